"""Killing an import at random moments and checking that the project survives.

Used by ``bench/crash.py`` (50 kills) and by the tests (a few kills): every kill
must leave a project that opens, passes ``PRAGMA integrity_check``, keeps all that
was committed before, and holds each photo either complete (all its notes) or not
at all.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.pipeline import import_photos
from app.store import Project


@dataclass
class KillReport:
    runs: int = 0
    intact: int = 0
    photos_complete: int = 0
    problems: list[str] = field(default_factory=list)


def reference_counts(photos: list[Path], folder: Path) -> dict[str, int]:
    """How many notes an uninterrupted import stores for each photo."""
    path = folder / "reference.pinscribe"
    with Project.create(path) as project:
        station = project.stations.add("S")
        import_photos(project, station.id, photos, keep_empty=True)
        return {
            p.filename: len(project.notes.list(photo_id=p.id))
            for p in project.photos.list(station.id)
        }


def _check(path: Path, base: dict[str, int], reference: dict[str, int]) -> tuple[list[str], int]:
    problems: list[str] = []
    complete = 0
    try:
        with Project.open(path) as project:  # also takes over the dead process's lock
            if project.integrity_check() != "ok":
                problems.append("integrity_check failed")
            station = project.stations.by_name("S")
            for photo in project.photos.list(station.id):
                notes = len(project.notes.list(photo_id=photo.id))
                expected = base.get(photo.filename, reference.get(photo.filename))
                if notes != expected:
                    problems.append(f"{photo.filename}: {notes} notes, expected {expected}")
                elif photo.filename not in base:
                    complete += 1
            stored = {p.filename for p in project.photos.list(station.id)}
            missing = set(base) - stored
            if missing:
                problems.append(f"committed photos lost: {sorted(missing)}")
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding
        problems.append(f"cannot open: {type(error).__name__}: {error}")
    return problems, complete


def kill_imports(
    photos: list[Path], folder: Path, runs: int, *, seed: int = 0, window: float | None = None
) -> KillReport:
    """Run ``pinscribe import`` ``runs`` times, killing it with SIGKILL at random moments."""
    rng = random.Random(seed)
    base_photos, new_photos = photos[:1], photos[1:]
    reference = reference_counts(photos, folder)
    base_path = folder / "base.pinscribe"
    with Project.create(base_path) as project:
        station = project.stations.add("S")
        import_photos(project, station.id, base_photos, keep_empty=True)
    base = {p.name: reference[p.name] for p in base_photos}
    command = [
        sys.executable,
        "-m",
        "ui.entry",
        "import",
        "--no-ocr",
        "--no-merge",
        "--keep-empty",
        "--station",
        "S",
    ]
    if window is None:
        started = time.monotonic()
        trial = folder / "trial.pinscribe"
        shutil.copy(base_path, trial)
        subprocess.run(
            [*command, str(trial), *map(str, new_photos)], check=True, capture_output=True
        )
        window = time.monotonic() - started
    report = KillReport()
    for run in range(runs):
        target = folder / f"run{run}.pinscribe"
        shutil.copy(base_path, target)
        process = subprocess.Popen(
            [*command, str(target), *map(str, new_photos)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.0, window))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        problems, complete = _check(target, base, reference)
        report.runs += 1
        report.photos_complete += complete
        if problems:
            report.problems.append(f"run {run}: " + "; ".join(problems))
        else:
            report.intact += 1
        for leftover in folder.glob(f"run{run}.pinscribe*"):
            leftover.unlink()
    return report
