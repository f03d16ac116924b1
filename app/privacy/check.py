"""The privacy check before an export: what it would publish that may identify people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain import Note, Photo
from app.photo_metadata import personal_metadata
from app.privacy.faces import faces_on_photos
from app.privacy.names import NameHit, flagged
from app.store import Project


@dataclass
class PrivacyReport:
    #: Notes that may name a person, not yet decided (keep, initials, leave out).
    names: list[tuple[Note, list[NameHit]]] = field(default_factory=list)
    #: Board photos published whole (not cropped to the board).
    uncropped: list[int] = field(default_factory=list)
    #: Published photos (board photos and graphic recordings) whose stored file still
    #: carries personal metadata, and what.
    metadata: list[tuple[int, list[str]]] = field(default_factory=list)
    #: Published photos (board photos and graphic recordings) with faces that are
    #: published and not hidden, and how many.
    faces: list[tuple[int, int]] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.names or self.uncropped or self.metadata or self.faces)

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
            "unredacted_faces": [
                {"photo_id": photo_id, "faces": count} for photo_id, count in self.faces
            ],
        }


def privacy_check(
    project: Project,
    station_ids: list[int] | None = None,
    *,
    pictures: bool = True,
    recordings: bool = True,
    faces: bool = False,
) -> PrivacyReport:
    """What an export of ``station_ids`` (all stations when None) would publish about people.

    ``pictures``: the export shows the board photos (else they are not looked at).
    ``recordings``: the export shows the graphic recordings (the workshop's and those of
    the stations chosen); their photos are checked for metadata and faces like the board
    photos (a recording is published straightened, so it is never "uncropped").
    ``faces``: also look for faces not hidden on them (about a second per photo; the
    window does this part in the background with :func:`unhidden_faces`).
    """
    stations = [s.id for s in project.stations.list()]
    chosen = [s for s in stations if station_ids is None or s in station_ids]
    report = PrivacyReport()
    for station_id in chosen:
        report.names += flagged(project.notes.list(station_id=station_id))
    for photo in published_photos(project, station_ids, pictures=pictures, recordings=recordings):
        if photo.kind == "board" and photo.publish_crop is None:
            report.uncropped.append(photo.id)
        what = personal_metadata(project.photos.head(photo.id))
        if what:
            report.metadata.append((photo.id, what))
    if faces:
        report.faces = unhidden_faces(
            project, station_ids, pictures=pictures, recordings=recordings
        )
    return report


def published_photos(
    project: Project,
    station_ids: list[int] | None = None,
    *,
    pictures: bool = True,
    recordings: bool = True,
) -> list[Photo]:
    """The photos an export of ``station_ids`` (all when None) would show.

    Board photos (``pictures``) of the stations chosen, then graphic recordings
    (``recordings``): the workshop's (an export shows them whatever stations it has)
    and those of the stations chosen.
    """
    chosen = [
        station.id
        for station in project.stations.list()
        if station_ids is None or station.id in station_ids
    ]
    found: list[Photo] = []
    if pictures:
        for station_id in chosen:
            found += project.photos.list(station_id=station_id, kind="board")
    if recordings:
        found += [
            photo for photo in project.photos.list(kind="recording")
            if photo.station_id is None or photo.station_id in chosen
        ]
    return found


def board_photos(project: Project, station_ids: list[int] | None = None) -> list[int]:
    """The board photos an export of ``station_ids`` (all when None) would show."""
    return [photo.id for photo in published_photos(project, station_ids, recordings=False)]


def unhidden_faces(
    project: Project,
    station_ids: list[int] | None = None,
    *,
    pictures: bool = True,
    recordings: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[int, int]]:
    """The published photos with faces that no region hides, and how many.

    Board photos when ``pictures``, graphic recordings when ``recordings``
    (see :func:`published_photos`).
    """
    ids = [
        photo.id
        for photo in published_photos(
            project, station_ids, pictures=pictures, recordings=recordings
        )
    ]
    # A photo that cannot be decoded is left out of every export (its picture is
    # skipped with a notice), so it publishes no face: the others are still looked at.
    found = faces_on_photos(
        project, ids, cancelled=cancelled, progress=progress, unreadable=lambda *_: None
    )
    return [(f.photo_id, len(f.unhidden)) for f in found if f.unhidden]
