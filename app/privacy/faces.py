"""Faces on the published photos: found with YuNet (on onnxruntime), proposed as blurred regions.

The published photos are the board photos and the graphic recordings (on a recording,
only the poster inside its corners is published).

A proposal is the face's box grown to cover hair, ears and chin; it is stored as a
redaction with ``source='face'`` (mode blur), which the organiser may remove again.
A face already hidden by a region (drawn by hand or proposed before) is not proposed twice.
Removing a proposal (:func:`dismiss_face`) records it as dismissed: a face inside a
dismissed region (the same overlap rule as for a hidden face) is neither proposed again
nor counted by the privacy check as not hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import FaceDismissal, Rect, Redaction
from app.errors import InvalidInputError
from app.resources import resource_dir
from app.store import Project
from app.store.values import DamagedRowError
from ocr.errors import ImageLoadError
from ocr.faces import MAX_SIDE, Face, FaceFinder
from ocr.loading import load_image_bytes

MODEL_NAME = "face_detection_yunet_2023mar.onnx"
#: How far a proposal reaches beyond the detector's box (which is tight around the eyes,
#: nose and mouth), as parts of the box's width and height: left/right, above, below.
GROW_SIDES, GROW_ABOVE, GROW_BELOW = 0.35, 0.5, 0.2
#: A face counts as hidden when a region covers this much of its detector box.
COVERED = 0.6


def face_model() -> Path:
    """The YuNet model shipped in ``resources/privacy/``."""
    return resource_dir() / "privacy" / MODEL_NAME


@dataclass(frozen=True)
class PhotoFaces:
    """The faces found on one photo, in the stored photo's pixels."""

    photo_id: int
    #: Every face found (score order).
    faces: list[Face]
    #: The faces no region hides yet and that are published (inside the crop).
    unhidden: list[Face]
    #: The regions that would hide them (grown boxes, clipped to the photo).
    proposals: list[Rect]
    #: The faces the organiser dismissed before (a removed proposal covers them).
    dismissed: list[Face] = field(default_factory=list)


def covered(face: Rect, regions: Sequence[Rect]) -> bool:
    """Whether ``regions`` together cover most of ``face`` (checked on a coarse grid)."""
    x, y, w, h = face
    steps = 8
    inside = 0
    for i in range(steps):
        for j in range(steps):
            px, py = x + (i + 0.5) * w / steps, y + (j + 0.5) * h / steps
            if any(rx <= px <= rx + rw and ry <= py <= ry + rh for rx, ry, rw, rh in regions):
                inside += 1
    return inside >= COVERED * steps * steps


def grown(face: Rect, width: int, height: int) -> Rect:
    """The region proposed for a face: its box grown to the whole head, inside the photo."""
    x, y, w, h = face
    x0, y0 = max(0.0, x - GROW_SIDES * w), max(0.0, y - GROW_ABOVE * h)
    x1 = min(float(width), x + w + GROW_SIDES * w)
    y1 = min(float(height), y + h + GROW_BELOW * h)
    return (x0, y0, x1 - x0, y1 - y0)


def _published(face: Rect, crop: Rect | None) -> bool:
    if crop is None:
        return True
    x, y, w, h = face
    cx, cy, cw, ch = crop
    return x < cx + cw and cx < x + w and y < cy + ch and cy < y + h


def _published_area(
    project: Project, photo_id: int, kind: str, crop: Rect | None
) -> Rect | None:
    """The part of a stored photo an export shows (None: all of it).

    A board photo: its crop. A graphic recording: the poster inside its corners (the
    export shows it straightened), its crop when it has no corners yet.
    """
    if kind != "recording":
        return crop
    try:
        recording = project.recordings.find(photo_id)
    except DamagedRowError:  # reported; the export shows the photo as it is
        return crop
    if recording is None or recording.corners is None:
        return crop
    xs = [x for x, _ in recording.corners]
    ys = [y for _, y in recording.corners]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def faces_on_photo(
    project: Project, photo_id: int, *, finder: FaceFinder | None = None
) -> PhotoFaces:
    """Find the faces on a stored photo and what would hide those not hidden yet."""
    photo = project.photos.get(photo_id)
    try:
        loaded = load_image_bytes(
            project.photos.data(photo_id), f"photo {photo_id}", max_side=MAX_SIDE
        )
    except ImageLoadError as error:
        raise InvalidInputError.carrying(error) from error
    found = (finder or FaceFinder(face_model())).find(loaded.rgb)
    back = 1.0 / loaded.scale
    faces = [Face((x * back, y * back, w * back, h * back), f.score)
             for f in found for x, y, w, h in [f.rect]]
    regions = [r.rect for r in project.photos.redactions(photo_id)]
    dismissals = [d.rect for d in project.photos.face_dismissals(photo_id)]
    unhidden: list[Face] = []
    proposals: list[Rect] = []
    dismissed: list[Face] = []
    area = _published_area(project, photo_id, photo.kind, photo.publish_crop)
    for face in faces:
        if covered(face.rect, regions + proposals) or not _published(face.rect, area):
            continue
        if covered(face.rect, dismissals):
            dismissed.append(face)
            continue
        unhidden.append(face)
        proposals.append(grown(face.rect, photo.width, photo.height))
    return PhotoFaces(photo_id, faces, unhidden, proposals, dismissed)


def faces_on_photos(
    project: Project,
    photo_ids: Sequence[int],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    unreadable: Callable[[int, InvalidInputError], None] | None = None,
) -> list[PhotoFaces]:
    """:func:`faces_on_photo` for several photos, loading the model once.

    A photo that cannot be decoded raises, unless ``unreadable`` is given: then it
    is told the photo's id and the error, and the other photos are still looked at.
    """
    finder = FaceFinder(face_model())
    out: list[PhotoFaces] = []
    for done, photo_id in enumerate(photo_ids):
        if cancelled():
            break
        try:
            out.append(faces_on_photo(project, photo_id, finder=finder))
        except InvalidInputError as error:
            if unreadable is None:
                raise
            unreadable(photo_id, error)
        if progress is not None:
            progress(done + 1, len(photo_ids))
    return out


def add_face_regions(project: Project, photo_id: int, proposals: Sequence[Rect]) -> list[Redaction]:
    """Store proposals as blurred regions marked as found faces."""
    return [
        project.photos.add_redaction(photo_id, rect, mode="blur", source="face")
        for rect in proposals
    ]


def dismiss_face(project: Project, region: Redaction) -> FaceDismissal:
    """Remove a face region and remember it, so that the face there is not proposed again.

    One transaction; the caller may undo it with :func:`undo_dismiss_face`.
    """
    if region.source != "face":
        raise InvalidInputError.coded("faces.region_by_hand", id=region.id)
    with project.transaction():
        project.photos.delete_redaction(region.id)
        return project.photos.add_face_dismissal(region.photo_id, region.rect)


def undo_dismiss_face(project: Project, region: Redaction, dismissal: FaceDismissal) -> None:
    """Put a dismissed face region back and forget the dismissal."""
    with project.transaction():
        project.photos.delete_face_dismissal(dismissal.id)
        project.photos.restore_redaction(region)
