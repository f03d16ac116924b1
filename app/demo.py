"""The demo project: the sample workshop in ``resources/samples``, imported and exported.

The samples are rendered boards of the three stations of a real workshop report
(``resources/samples/workshop.json`` lists them with the notes they show). The demo
imports them like any photo (detection and OCR included), accepts the "as on the
board" theme suggestions (groups under header cards), and exports the summary.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import PinscribeError
from app.export.files import export
from app.pipeline import Reader, import_photos
from app.resources import samples_dir
from app.store import Project
from app.suggest import apply_suggestions, suggest

DEMO_NAME = "demo-workshop.pinscribe"


@dataclass
class DemoResult:
    project: Path
    exports: list[Path]
    notes: int
    failed: list[str]


def load_manifest(folder: Path) -> dict[str, Any]:
    path = folder / "workshop.json"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise PinscribeError.coded("demo.missing", path=path, reason=str(error)) from error


def build_demo(
    out_dir: Path,
    *,
    reader: Reader | None,
    log: Callable[[str], None] = print,
    summaries: bool = True,
) -> DemoResult:
    """Build the demo project in ``out_dir`` (replacing an earlier demo) and export it.

    ``summaries=False`` leaves out the exported summaries (the app opens the project).
    """
    folder = samples_dir()
    manifest = load_manifest(folder)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PinscribeError.coded(
            "demo.cannot_create_folder", path=out_dir, reason=error.strerror or error
        ) from error
    path = out_dir / DEMO_NAME
    if path.exists():
        Project.open(path).close()  # refuses to replace anything but a project
        path.unlink()
    failed: list[str] = []
    with Project.create(path) as project:
        project.workshop.update(**manifest["workshop"])
        for spec in manifest["stations"]:
            station = project.stations.add(
                spec["name"], spec.get("question", ""), spec.get("statement", "")
            )
            photos = [folder / name for name in spec.get("photos", [])]
            log(f"Importing {len(photos)} photo(s) into {station.name!r}...")
            result = import_photos(project, station.id, photos, reader=reader)
            failed += [message for _, message in result.failed]
            apply_suggestions(project, station.id, suggest(project, station.id, "layout"))
        notes = len(project.notes.list())
        exports = [  # an earlier demo's summaries are replaced, like its project
            export(project, out_dir / f"demo-summary{suffix}", overwrite=True)
            for suffix in ((".pdf", ".docx", ".html", ".md") if summaries else ())
        ]
    return DemoResult(path, exports, notes, failed)
