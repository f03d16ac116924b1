"""Which files to import: photos given one by one or as folders (a phone's export).

Folders are opened into the image files inside them, sorted by name (``--recursive``
also looks into sub-folders); other files in a folder are skipped and counted, so the
caller can say so in one line. A file named on its own is always passed on, whatever
its suffix: the loader then says what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: Suffixes of the photo formats Pinscribe reads (lower case, with the dot).
PHOTO_SUFFIXES: frozenset[str] = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".heic", ".heif", ".hif", ".avif", ".webp", ".tif",
     ".tiff", ".bmp"}
)


@dataclass
class PhotoSelection:
    """The photos found in what the user gave, and what was left out."""

    photos: list[Path] = field(default_factory=list)
    #: Files inside the given folders that are not photos (documents, videos, ...).
    skipped: list[Path] = field(default_factory=list)
    #: Given folders in which no photo was found.
    empty_folders: list[Path] = field(default_factory=list)


def is_photo_name(path: Path) -> bool:
    return path.suffix.lower() in PHOTO_SUFFIXES and not path.name.startswith(".")


def collect_photos(paths: Iterable[Path], *, recursive: bool = False) -> PhotoSelection:
    """Expand folders into the photos inside them, keeping the order the user gave."""
    selection = PhotoSelection()
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            found, skipped = _folder_photos(given, recursive=recursive)
            if not found:
                selection.empty_folders.append(given)
            selection.skipped.extend(skipped)
            new = [p for p in found if p not in seen]
        else:
            new = [given] if given not in seen else []
        seen.update(new)
        selection.photos.extend(new)
    return selection


def _folder_photos(folder: Path, *, recursive: bool) -> tuple[list[Path], list[Path]]:
    pattern = "**/*" if recursive else "*"
    photos: list[Path] = []
    skipped: list[Path] = []
    try:
        entries = sorted(folder.glob(pattern), key=lambda p: _natural_key(p.relative_to(folder)))
    except OSError:
        return [], []
    for entry in entries:
        if any(part.startswith(".") for part in entry.relative_to(folder).parts):
            continue  # hidden files and folders (.DS_Store, .thumbnails)
        try:
            if entry.is_dir() or not entry.is_file():
                continue
        except OSError:
            continue
        (photos if is_photo_name(entry) else skipped).append(entry)
    return photos, skipped


def _natural_key(path: Path) -> tuple[tuple[int, int | str], ...]:
    """Sort ``IMG_2.jpg`` before ``IMG_10.jpg``, as file managers do."""
    key: list[tuple[int, int | str]] = []
    for part in path.parts:
        for chunk in _chunks(part.lower()):
            key.append((0, int(chunk)) if chunk.isdigit() else (1, chunk))
        key.append((1, "/"))
    return tuple(key)


def _chunks(text: str) -> list[str]:
    chunks: list[str] = []
    for ch in text:
        if chunks and chunks[-1][-1].isdigit() == ch.isdigit():
            chunks[-1] += ch
        else:
            chunks.append(ch)
    return chunks
