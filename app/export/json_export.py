"""The whole project as JSON (photo metadata, not bytes), and back.

The format is described by ``schema/project-v1.schema.json``; :func:`import_json`
rebuilds a project from it, so export, import and export again give the same file
(up to ids). A photo comes back as a neutral grey picture of its size, since the
export holds no image bytes: notes keep their outlines, themes and tags.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from app import __version__
from app.errors import InvalidInputError, PinscribeError
from app.export.options import ExportOptions
from app.export.validate import errors
from app.store import Project

FORMAT = "pinscribe-project"
VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "project-v1.schema.json"


def schema() -> dict[str, Any]:
    """The JSON Schema of the current version."""
    return dict(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def export_json(project: Project, options: ExportOptions | None = None) -> dict[str, Any]:
    """The project (or ``options.stations`` of it) as a JSON-ready dict."""
    wanted = options.stations if options else None
    stations = [s for s in project.stations.list() if wanted is None or s.id in wanted]
    ids = {s.id for s in stations}
    photos = [p for p in project.photos.list() if p.station_id is None or p.station_id in ids]
    themes = [t for t in project.themes.list() if t.station_id in ids]
    notes = [n for s in stations for n in project.notes.list(station_id=s.id)]
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
        },
        "stations": [
            {"id": s.id, "name": s.name, "question": s.question, "position": i}
            for i, s in enumerate(stations)
        ],
        "photos": [
            {
                "id": p.id,
                "station": p.station_id,
                "kind": p.kind,
                "filename": p.filename,
                "width": p.width,
                "height": p.height,
                "mime": p.mime,
                "sha256": p.sha256,
                "imported_at": p.imported_at,
            }
            for p in photos
        ],
        "themes": [
            {
                "id": t.id,
                "station": t.station_id,
                "name": t.name,
                "color": t.color,
                "position": positions[t.id],
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
                "text": n.text,
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


def render_json(project: Project, options: ExportOptions | None = None) -> bytes:
    # strict JSON: no NaN or Infinity (values read back are checked; this makes sure)
    text = json.dumps(
        export_json(project, options), ensure_ascii=False, indent=2, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


def check(data: Any) -> dict[str, Any]:
    """Return ``data`` if it is a project export this version reads, else raise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInputError("Not a Pinscribe project export (JSON).")
    version = data.get("version")
    if isinstance(version, int) and version > VERSION:
        raise InvalidInputError(
            f"The JSON export has version {version}; this Pinscribe reads up to {VERSION}. "
            "Please update Pinscribe."
        )
    problems = errors(data, schema())
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InvalidInputError(f"Invalid project export: {problems[0]}{more}.")
    return data


def load_json(path: Path) -> dict[str, Any]:
    """Read and check a project export."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise PinscribeError(f"Cannot read {path}: {error.strerror or error}") from error
    except ValueError as error:
        raise InvalidInputError(f"{path.name} is not valid JSON: {error}") from error
    return check(data)


def _placeholder(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 200, 200)).save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


def _ref(mapping: dict[int, int], key: Any, what: str) -> int:
    if key not in mapping:
        raise InvalidInputError(f"Invalid project export: unknown {what} {key!r}.")
    return mapping[key]


def import_json(project: Project, data: dict[str, Any]) -> None:
    """Fill an empty project from a project export, in one transaction."""
    data = check(data)
    if project.stations.list() or project.photos.list():
        raise InvalidInputError("Import a project export into a new, empty project only.")
    with project.transaction():
        project.workshop.update(**data["workshop"])
        stations: dict[int, int] = {}
        for s in sorted(data["stations"], key=lambda s: s["position"]):
            stations[s["id"]] = project.stations.add(s["name"], s["question"]).id
        photos: dict[int, int] = {}
        for p in data["photos"]:
            station = None if p["station"] is None else _ref(stations, p["station"], "station")
            photos[p["id"]] = project.photos.add(
                station,
                _placeholder(p["width"], p["height"]),
                filename=p["filename"],
                width=p["width"],
                height=p["height"],
                mime=p["mime"],
                kind=p["kind"],
                sha256=p["sha256"],
                imported_at=p["imported_at"],
            ).id
        themes: dict[int, int] = {}
        for t in sorted(data["themes"], key=lambda t: t["position"]):
            station = _ref(stations, t["station"], "station")
            themes[t["id"]] = project.themes.add(station, t["name"], t["color"]).id
        tagged: dict[str, list[int]] = {}
        imported: dict[int, int] = {}
        for n in data["notes"]:
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
        for c in data.get("cross_themes", []):
            cross = project.cross_themes.add(c["name"], c["color"], c["statement"])
            project.cross_themes.add_members(
                cross.id,
                theme_ids=[_ref(themes, t, "theme") for t in c["themes"]],
                note_ids=[_ref(imported, n, "note") for n in c["notes"]],
            )
