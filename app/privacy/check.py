"""The privacy check before an export: what it would publish that may identify people."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import Note
from app.photo_metadata import personal_metadata
from app.privacy.names import NameHit, flagged
from app.store import Project


@dataclass
class PrivacyReport:
    #: Notes that may name a person, not yet decided (keep, initials, leave out).
    names: list[tuple[Note, list[NameHit]]] = field(default_factory=list)
    #: Board photos published whole (not cropped to the board).
    uncropped: list[int] = field(default_factory=list)
    #: Photos whose stored file still carries personal metadata, and what.
    metadata: list[tuple[int, list[str]]] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.names or self.uncropped or self.metadata)

    def as_json(self) -> dict[str, object]:
        return {
            "names": [
                {"note_id": note.id, "text": note.text, "names": [h.text for h in hits]}
                for note, hits in self.names
            ],
            "uncropped_photos": self.uncropped,
            "photos_with_metadata": [
                {"photo_id": photo_id, "metadata": what} for photo_id, what in self.metadata
            ],
        }


def privacy_check(
    project: Project, station_ids: list[int] | None = None, *, pictures: bool = True
) -> PrivacyReport:
    """What an export of ``station_ids`` (all stations when None) would publish about people.

    ``pictures``: the export shows the board photos (else they are not looked at).
    """
    stations = [s.id for s in project.stations.list()]
    chosen = [s for s in stations if station_ids is None or s in station_ids]
    report = PrivacyReport()
    for station_id in chosen:
        report.names += flagged(project.notes.list(station_id=station_id))
        if not pictures:
            continue
        for photo in project.photos.list(station_id=station_id, kind="board"):
            if photo.publish_crop is None:
                report.uncropped.append(photo.id)
            what = personal_metadata(project.photos.head(photo.id))
            if what:
                report.metadata.append((photo.id, what))
    return report
