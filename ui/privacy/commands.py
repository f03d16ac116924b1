"""Undo commands for what is published: a note's publish choice, a photo's crop, regions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain import FaceDismissal, Rect, Redaction
from app.privacy.faces import add_face_regions, dismiss_face, undo_dismiss_face
from ui.core.commands import Command
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate


class PublishChoiceCommand(Command):
    """Publish a note as written, with its names as initials, or leave it out."""

    def __init__(self, document: ProjectDocument, note_id: int, choice: str) -> None:
        super().__init__(document, translate("PrivacyCommands", "Choose how a note is published"))
        self.note_id = note_id
        self.choice = choice
        self.before = document.project.notes.get(note_id).publish

    def _do(self) -> None:
        self.document.project.notes.update(self.note_id, publish=self.choice)

    def _undo(self) -> None:
        self.document.project.notes.update(self.note_id, publish=self.before)


class PublishCropCommand(Command):
    """Publish only part of a photo (or the whole photo again)."""

    def __init__(self, document: ProjectDocument, photo_id: int, crop: Rect | None) -> None:
        super().__init__(document, translate("PrivacyCommands", "Crop a photo for publishing"))
        self.photo_id = photo_id
        self.crop = crop
        self.before = document.project.photos.get(photo_id).publish_crop

    def _do(self) -> None:
        self.document.project.photos.set_publish_crop(self.photo_id, self.crop)

    def _undo(self) -> None:
        self.document.project.photos.set_publish_crop(self.photo_id, self.before)


class AddRegionCommand(Command):
    """Hide a region of a photo in everything published."""

    def __init__(self, document: ProjectDocument, photo_id: int, area: Rect, mode: str) -> None:
        text = (
            translate("PrivacyCommands", "Black out a region")
            if mode == "black"
            else translate("PrivacyCommands", "Blur a region")
        )
        super().__init__(document, text)
        self.photo_id, self.area, self.mode = photo_id, area, mode
        self.region: Redaction | None = None

    def _do(self) -> None:
        photos = self.document.project.photos
        if self.region is None:
            self.region = photos.add_redaction(self.photo_id, self.area, mode=self.mode)
        else:
            photos.restore_redaction(self.region)

    def _undo(self) -> None:
        if self.region is not None:
            self.document.project.photos.delete_redaction(self.region.id)


class RemoveRegionCommand(Command):
    """Show a hidden region again.

    A found face's region is also remembered as dismissed, so that the face finder does
    not propose it again (undo forgets that too).
    """

    def __init__(self, document: ProjectDocument, region: Redaction) -> None:
        text = (
            translate("PrivacyCommands", "Dismiss a face")
            if region.source == "face"
            else translate("PrivacyCommands", "Show a hidden region again")
        )
        super().__init__(document, text)
        self.region = region
        self.dismissal: FaceDismissal | None = None

    def _do(self) -> None:
        project = self.document.project
        if self.region.source != "face":
            project.photos.delete_redaction(self.region.id)
        elif self.dismissal is None:
            self.dismissal = dismiss_face(project, self.region)
        else:  # redo: the dismissal comes back under its old id
            with project.transaction():
                project.photos.delete_redaction(self.region.id)
                project.photos.restore_face_dismissal(self.dismissal)

    def _undo(self) -> None:
        project = self.document.project
        if self.dismissal is not None:
            undo_dismiss_face(project, self.region, self.dismissal)
        else:
            project.photos.restore_redaction(self.region)


class AddFaceRegionsCommand(Command):
    """Blur the faces found on a photo: one undo step for all of them."""

    def __init__(self, document: ProjectDocument, photo_id: int, areas: Sequence[Rect]) -> None:
        super().__init__(
            document, translate("PrivacyCommands", "Blur %n face(s)", "", len(areas))
        )
        self.photo_id = photo_id
        self.areas = list(areas)
        self.regions: list[Redaction] = []

    def _do(self) -> None:
        project = self.document.project
        with project.transaction():
            if not self.regions:
                self.regions = add_face_regions(project, self.photo_id, self.areas)
            else:
                for region in self.regions:
                    project.photos.restore_redaction(region)

    def _undo(self) -> None:
        project = self.document.project
        with project.transaction():
            for region in self.regions:
                project.photos.delete_redaction(region.id)
