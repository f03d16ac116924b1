"""Remove photo metadata: clean the photos of a project imported before it was removed.

The project is copied first (``NAME.before-metadata-removal.pinscribe`` beside it, never
replacing an earlier copy), then every photo whose stored file carries more than the
pixels and the orientation is replaced by its cleaned version, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.images import format_of, mime_of
from app.photo_metadata import MetadataError, personal_metadata, remove_personal_metadata
from app.store import Project


@dataclass
class CleaningResult:
    backup: Path
    cleaned: int
    photos: int
    #: (photo id, reason) of photos that could not be cleaned; they are left as they were.
    failed: list[tuple[int, str]]


def backup_path(project: Path) -> Path:
    stem = project.name.removesuffix(".pinscribe")
    candidate = project.with_name(f"{stem}.before-metadata-removal.pinscribe")
    number = 2
    while candidate.exists():
        candidate = project.with_name(f"{stem}.before-metadata-removal-{number}.pinscribe")
        number += 1
    return candidate


def remove_photo_metadata(project: Project) -> CleaningResult:
    """Back the project up, then store every photo without its personal metadata."""
    backup = project.save_copy(backup_path(project.path))
    photos = project.photos.list()
    cleaned, failed = 0, []
    replacements: list[tuple[int, bytes, str]] = []
    for photo in photos:
        data = project.photos.data(photo.id)
        try:
            new, image_format = remove_personal_metadata(data, format_of(photo.mime))
        except (MetadataError, OSError, ValueError) as error:
            failed.append((photo.id, str(error)))
            continue
        if new != data:
            replacements.append((photo.id, new, mime_of(image_format)))
    with project.transaction():
        for photo_id, new, mime in replacements:
            project.photos.replace_data(photo_id, new, mime)
            cleaned += 1
    return CleaningResult(backup, cleaned, len(photos), failed)


def photos_with_metadata(project: Project) -> list[tuple[int, list[str]]]:
    """The photos whose stored file still names a person, device or place, and what."""
    found = []
    for photo in project.photos.list():
        what = personal_metadata(project.photos.head(photo.id))
        if what:
            found.append((photo.id, what))
    return found
