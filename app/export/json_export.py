"""The whole project as JSON, and back.

The format is described by ``schema/project-v2.schema.json``: the workshop with the
organiser's texts, stations and themes with their statements, photo metadata (and,
when asked for, the photos' bytes), notes, tags, and graphic recordings with their
corners, paper and regions. :func:`import_json` rebuilds a project from it, so export,
import and export again give the same file (up to ids). A photo whose bytes the file
does not hold comes back as a placeholder that says so on its face, stored under its
own hash (never the original's, so it is never taken for the real photo).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from app import __version__
from app.domain import Photo
from app.errors import InvalidInputError, PinscribeError
from app.export.options import ExportOptions
from app.export.validate import errors
from app.images import encode_jpeg
from app.privacy.names import is_published, published_text
from app.privacy.photos import photo_label, published_photo
from app.store import Project

FORMAT = "pinscribe-project"
VERSION = 2
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "project-v2.schema.json"
#: Prefixed to the file name of a photo that came back as a placeholder.
PLACEHOLDER_PREFIX = "[placeholder] "


def schema() -> dict[str, Any]:
    """The JSON Schema of the current version."""
    return dict(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def export_json(
    project: Project, options: ExportOptions | None = None, *, with_photos: bool = False
) -> dict[str, Any]:
    """The project (or ``options.stations`` of it) as a JSON-ready dict.

    ``with_photos``: include each photo's original bytes (base64), so an import
    gets the real photos back.
    """
    wanted = options.stations if options else None
    stations = [s for s in project.stations.list() if wanted is None or s.id in wanted]
    ids = {s.id for s in stations}
    photos = [p for p in project.photos.list() if p.station_id is None or p.station_id in ids]
    themes = [t for t in project.themes.list() if t.station_id in ids]
    notes = [
        n for s in stations for n in project.notes.list(station_id=s.id) if is_published(n)
    ]
    positions: dict[int, int] = {}  # a theme's index among its station's themes
    seen: dict[int, int] = {}
    for theme in themes:
        positions[theme.id] = seen.get(theme.station_id, 0)
        seen[theme.station_id] = positions[theme.id] + 1
    w = project.workshop.get()
    return {
        "$schema": SCHEMA_PATH.name,
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Pinscribe {__version__}",
        "workshop": {
            "title": w.title,
            "subtitle": w.subtitle,
            "date": w.date,
            "place": w.place,
            "moderation": w.moderation,
            "description": w.description,
            "language": w.language,
            "introduction": w.introduction,
            "time_slot": w.time_slot,
            "credits": w.credits,
            "closing": w.closing,
        },
        "stations": [
            {
                "id": s.id,
                "name": s.name,
                "question": s.question,
                "position": i,
                "statement": s.statement,
            }
            for i, s in enumerate(stations)
        ],
        "photos": [_photo(project, p, with_photos) for p in photos],
        "themes": [
            {
                "id": t.id,
                "station": t.station_id,
                "name": t.name,
                "color": t.color,
                "position": positions[t.id],
                "statement": t.statement,
            }
            for t in themes
        ],
        "tags": sorted({tag for n in notes for tag in n.tags}, key=str.casefold),
        "notes": [
            {
                "id": n.id,
                "photo": n.photo_id,
                "station": n.station_id,
                "polygon": [[x, y] for x, y in n.polygon],
                "color": n.color,
                "rgb": list(n.rgb),
                "shape": n.shape,
                "detection_confidence": n.detection_confidence,
                "text": published_text(n),
                "confidence": n.confidence,
                "reviewed": n.reviewed,
                "votes": n.votes,
                "votes_checked": n.votes_checked,
                "kind": n.kind,
                "theme": n.theme_id,
                "tags": list(n.tags),
            }
            for n in notes
        ],
        "recordings": _recordings(project, {p.id for p in photos}, {t.id for t in themes}),
        "cross_themes": _cross_themes(project, {t.id for t in themes}, {n.id for n in notes}),
    }


def _cross_themes(project: Project, themes: set[int], notes: set[int]) -> list[dict[str, Any]]:
    """Cross-station themes with their members among the exported themes and notes."""
    return [
        {
            "name": c.name,
            "color": c.color,
            "statement": c.statement,
            "themes": [t for t in c.theme_ids if t in themes],
            "notes": [n for n in c.note_ids if n in notes],
        }
        for c in project.cross_themes.list()
    ]


def _photo(project: Project, photo: Photo, with_data: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": photo.id,
        "station": photo.station_id,
        "kind": photo.kind,
        # published: named by station and number, never by the file's name
        "filename": photo_label(project, photo.id, language="en"),
        "width": photo.width,
        "height": photo.height,
        "mime": photo.mime,
        "sha256": photo.sha256,
        "imported_at": photo.imported_at,
    }
    if with_data:
        data = project.photos.data(photo.id)
        if project.photos.redactions(photo.id):
            # hidden regions are hidden here too; not cropped, so the outlines still fit
            shown = published_photo(project, photo.id, cropped=False).rgb
            data = encode_jpeg(shown, quality=92)
            record["mime"] = "image/jpeg"
        record["data"] = base64.b64encode(data).decode("ascii")
    return record


def _recordings(project: Project, photos: set[int], themes: set[int]) -> list[dict[str, Any]]:
    """The exported photos' recordings: corners, paper, settings and captioned regions."""
    out = []
    for recording in project.recordings.list():
        if recording.photo_id not in photos:
            continue
        regions = project.recordings.regions(recording.photo_id)
        out.append(
            {
                "photo": recording.photo_id,
                "corners": None
                if recording.corners is None
                else [[x, y] for x, y in recording.corners],
                "found": recording.found,
                "paper": recording.paper,
                "aspect": recording.aspect,
                "enhance": recording.enhance,
                "words": recording.words,
                "regions": [
                    {
                        "polygon": [[x, y] for x, y in r.polygon],
                        "caption": r.caption,
                        "theme": r.theme_id if r.theme_id in themes else None,
                        "position": r.position,
                    }
                    for r in regions
                ],
            }
        )
    return out


def render_json(
    project: Project, options: ExportOptions | None = None, *, with_photos: bool = False
) -> bytes:
    data = export_json(project, options, with_photos=with_photos)
    # strict JSON: no NaN or Infinity (values read back are checked; this makes sure)
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def check(data: Any) -> dict[str, Any]:
    """Return ``data`` if it is a project export this version reads, else raise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInputError.coded("json.not_an_export")
    version = data.get("version")
    if isinstance(version, int) and version > VERSION:
        raise InvalidInputError.coded("json.newer_version", version=version, supported=VERSION)
    problems = errors(data, schema())
    if problems:
        if len(problems) > 1:
            raise InvalidInputError.coded(
                "json.invalid_more", problem=problems[0], more=len(problems) - 1
            )
        raise InvalidInputError.coded("json.invalid", problem=problems[0])
    return data


def load_json(path: Path) -> dict[str, Any]:
    """Read and check a project export."""
    if path.exists() and not path.is_file():  # a pipe or a device would be read for ever
        raise PinscribeError.coded("file.cannot_read", path=path, reason="not a regular file")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise PinscribeError.coded(
            "file.cannot_read", path=path, reason=error.strerror or error
        ) from error
    except ValueError as error:
        raise InvalidInputError.coded("json.not_json", name=path.name, reason=str(error)) from error
    return check(data)


def _placeholder(width: int, height: int, filename: str) -> bytes:
    """A grey picture of the photo's size that says on its face what it is."""
    image = Image.new("RGB", (width, height), (200, 200, 200))
    draw = ImageDraw.Draw(image)
    draw.line((0, 0, width, height), fill=(160, 160, 160), width=max(1, width // 200))
    draw.line((0, height, width, 0), fill=(160, 160, 160), width=max(1, width // 200))
    from app.export.fonts import pil_font

    size = max(12, min(width, height) // 20)
    font = pil_font(size)
    lines = ["Placeholder / Platzhalter", filename[:60], "(not in the JSON export)"]
    for index, line in enumerate(lines):
        y = height / 2 + (index - 1) * size * 1.4
        draw.text((width / 2, y), line, fill=(60, 60, 60), font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


def _photo_bytes(p: dict[str, Any]) -> tuple[bytes, str | None, str]:
    """The bytes to store for a photo of the file, its hash and its file name.

    The real photo when the file holds it (and its hash matches), else a placeholder,
    stored under its own hash and a file name that says it is one.
    """
    from ocr import loading

    if p["width"] * p["height"] > loading.max_pixels:  # Pinscribe never stores such a photo
        reason = f"{p['width']} x {p['height']} pixels, more than {loading.max_pixels} pixels"
        raise InvalidInputError.coded("json.photo_invalid", photo_id=p["id"], reason=reason)
    if "data" in p:
        try:
            data = base64.b64decode(p["data"], validate=True)
        except (binascii.Error, ValueError) as error:
            raise InvalidInputError.coded(
                "json.photo_invalid", photo_id=p["id"], reason=str(error)
            ) from error
        if hashlib.sha256(data).hexdigest() != p["sha256"]:
            raise InvalidInputError.coded("json.photo_sha256", photo_id=p["id"])
        return data, p["sha256"], p["filename"]
    placeholder = _placeholder(p["width"], p["height"], p["filename"])
    return placeholder, None, PLACEHOLDER_PREFIX + p["filename"]


def _ref(mapping: dict[int, int], key: Any, what: str) -> int:
    if key not in mapping:
        raise InvalidInputError.coded("json.unknown_key", what=what, key=key)
    return mapping[key]


def import_json(project: Project, data: dict[str, Any]) -> None:
    """Fill an empty project from a project export, in one transaction."""
    data = check(data)
    if project.stations.list() or project.photos.list():
        raise InvalidInputError.coded("json.import_into_empty")
    with project.transaction():
        project.workshop.update(**data["workshop"])
        stations: dict[int, int] = {}
        for s in sorted(data["stations"], key=lambda s: s["position"]):
            stations[s["id"]] = project.stations.add(
                s["name"], s["question"], s.get("statement", "")
            ).id
        photos: dict[int, int] = {}
        for p in data["photos"]:
            station = None if p["station"] is None else _ref(stations, p["station"], "station")
            content, sha256, filename = _photo_bytes(p)
            photos[p["id"]] = project.photos.add(
                station,
                content,
                filename=filename,
                width=p["width"],
                height=p["height"],
                mime=p["mime"] if sha256 else "image/jpeg",
                kind=p["kind"],
                sha256=sha256,
                imported_at=p["imported_at"],
            ).id
        themes: dict[int, int] = {}
        for t in sorted(data["themes"], key=lambda t: t["position"]):
            station = _ref(stations, t["station"], "station")
            themes[t["id"]] = project.themes.add(station, t["name"], t["color"]).id
            if t.get("statement"):
                project.themes.update(themes[t["id"]], statement=t["statement"])
        imported = _import_notes(project, data["notes"], photos, themes)
        for c in data.get("cross_themes", []):
            cross = project.cross_themes.add(c["name"], c["color"], c["statement"])
            project.cross_themes.add_members(
                cross.id,
                theme_ids=[_ref(themes, t, "theme") for t in c["themes"]],
                note_ids=[_ref(imported, n, "note") for n in c["notes"]],
            )
        _import_recordings(project, data.get("recordings", []), photos, themes)


def _import_notes(
    project: Project,
    notes: list[dict[str, Any]],
    photos: dict[int, int],
    themes: dict[int, int],
) -> dict[int, int]:
    """Add the exported notes with their themes and tags; their new ids by exported id."""
    tagged: dict[str, list[int]] = {}
    imported: dict[int, int] = {}
    for n in notes:
        note = project.notes.add(
            _ref(photos, n["photo"], "photo"),
            [(x, y) for x, y in n["polygon"]],
            color=n["color"],
            rgb=n["rgb"],
            shape=n["shape"],
            detection_confidence=n["detection_confidence"],
            text=n["text"],
            confidence=n["confidence"],
            reviewed=n["reviewed"],
            votes=n["votes"],
            votes_checked=bool(n.get("votes_checked", False)),
            kind=n.get("kind", "note"),
        )
        imported[n["id"]] = note.id
        if n["theme"] is not None:
            project.notes.set_theme([note.id], _ref(themes, n["theme"], "theme"))
        for tag in n["tags"]:
            tagged.setdefault(tag, []).append(note.id)
    for name, note_ids in tagged.items():
        project.tags.add(note_ids, name)
    return imported


def _import_recordings(
    project: Project,
    recordings: list[dict[str, Any]],
    photos: dict[int, int],
    themes: dict[int, int],
) -> None:
    """Add the exported recordings with their captioned regions."""
    for r in recordings:
        photo_id = _ref(photos, r["photo"], "photo")
        project.recordings.create(photo_id)
        corners = r["corners"]
        project.recordings.update(
            photo_id,
            corners=None if corners is None else [(x, y) for x, y in corners],
            found=r["found"],
            paper=r["paper"],
            aspect=r["aspect"],
            enhance=r["enhance"],
            words=r.get("words"),
        )
        for region in sorted(r["regions"], key=lambda region: region["position"]):
            theme = None if region["theme"] is None else _ref(themes, region["theme"], "theme")
            project.recordings.add_region(
                photo_id,
                [(x, y) for x, y in region["polygon"]],
                region["caption"],
                theme,
            )
