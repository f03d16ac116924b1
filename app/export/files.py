"""Writing exports to files: :func:`export`, the one entry point for every format.

The format comes from the file's suffix (or ``format``); every file is written
completely or not at all (a temporary file, then a rename). An existing file is
replaced only when asked (``overwrite``: ``--force``, or the app's file dialog asked),
and never when it is a project file, the project being exported, or not a regular file.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInputError, PinscribeError
from app.export.options import (
    EVIDENCE_CHOICES,
    FORMATS,
    UNREVIEWED_CHOICES,
    Cancelled,
    ExportCancelledError,
    ExportOptions,
    ExportProgress,
    resolve_format,
)
from app.export.summary import LABELS, Summary, build_summary
from app.leftovers import temp_prefix
from app.store import Project

if TYPE_CHECKING:
    from app.export.pictures import Pictures

__all__ = ["FORMATS", "export", "export_summary", "images_folder", "write_atomically"]


def write_atomically(path: Path, content: bytes) -> None:
    """Write a file completely or not at all (temporary file, then rename)."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise PinscribeError.coded(
            "file.cannot_write", path=path, reason=error.strerror or error
        ) from error


def images_folder(out: Path) -> Path:
    """Where a Markdown export's pictures go: ``<name>_images/`` beside it."""
    return out.with_name(f"{out.stem}_images")


#: The names of the pictures an export writes (see ``app/export/pictures.py``).
_PICTURE_NAME = re.compile(
    r"(station-[0-9]+-(board(-[0-9]+)?|chart)|recording-[0-9]+|note-[0-9]+|overview)"
    r"\.(png|jpg)"
)


def _ours(folder: Path) -> bool:
    """Whether ``folder`` holds nothing but pictures an export wrote."""
    return all(p.is_file() and _PICTURE_NAME.fullmatch(p.name) for p in folder.iterdir())


def write_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Replace ``folder`` with one holding exactly ``files`` (none: no folder).

    A folder that holds anything an export did not write is left alone (an error).
    """
    try:
        if folder.is_symlink() or folder.exists() and not (folder.is_dir() and _ours(folder)):
            raise PinscribeError.coded("export.pictures_folder_foreign", folder=folder)
        if not files:
            if folder.exists():
                shutil.rmtree(folder)
            return
        temp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
        try:
            for name, data in files.items():
                if not _PICTURE_NAME.fullmatch(name):
                    raise InvalidInputError.coded("export.picture_name_invalid", name=name)
                (temp / name).write_bytes(data)
            os.chmod(temp, 0o755)
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(temp, folder)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
    except OSError as error:
        raise PinscribeError.coded(
            "file.cannot_write_folder", folder=folder, reason=error.strerror or error
        ) from error


class _Steps:
    """Counts an export's steps for ``progress`` and stops it once ``cancelled``."""

    def __init__(self, progress: ExportProgress | None, cancelled: Cancelled | None) -> None:
        self.done, self.total = 0, 1
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelledError.coded("export.cancelled")

    def step(self) -> None:
        self.check()
        self.done = min(self.done + 1, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)


class OutputExistsError(InvalidInputError):
    """The export's target exists and replacing it was not asked for."""


def _is_project_file(path: Path) -> bool:
    from app.store.database import SQLITE_MAGIC, held_open

    # a project open here is not read through a descriptor of our own (see held_open)
    if path.suffix.lower() == ".pinscribe" or held_open(path):
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_target(project_path: Path | None, out: Path, *, overwrite: bool) -> None:
    """Refuse to write an export onto something it must not replace."""
    if project_path is not None:
        related = {project_path.resolve()} | {
            project_path.resolve().with_name(project_path.name + s)
            for s in ("-wal", "-shm", "-journal", ".lock")
        }
        if out.resolve() in related:
            raise InvalidInputError.coded("export.target_is_project", path=out)
    if out.is_symlink() or out.exists():
        try:
            mode = out.stat().st_mode
        except OSError:
            mode = 0
        if stat.S_ISDIR(mode):
            raise InvalidInputError.coded("export.target_is_folder", path=out)
        if not stat.S_ISREG(mode) or out.is_symlink():
            raise InvalidInputError.coded("export.target_not_regular", path=out)
        if _is_project_file(out):
            raise InvalidInputError.coded("export.target_is_a_project", path=out)
        if not overwrite:
            raise OutputExistsError.coded("export.target_exists", path=out)


def _check(
    project: Project, out: Path, kind: str, options: ExportOptions, overwrite: bool
) -> None:
    if options.language is not None and options.language not in LABELS:
        raise InvalidInputError.coded("export.language_unknown", language=options.language)
    if options.unreviewed not in UNREVIEWED_CHOICES:
        raise InvalidInputError.coded("export.unreviewed_unknown", unreviewed=options.unreviewed)
    if options.evidence not in EVIDENCE_CHOICES:
        raise InvalidInputError.coded("export.evidence_unknown", evidence=options.evidence)
    for station_id in options.stations or []:
        project.stations.get(station_id)
    if out.is_dir():
        raise InvalidInputError.coded("export.target_is_folder", path=out)
    if not out.parent.is_dir():
        raise PinscribeError.coded("file.no_folder", parent=out.parent)
    check_target(project.path, out, overwrite=overwrite)
    if kind == "markdown":
        folder = images_folder(out)
        if not overwrite and (folder.is_symlink() or folder.exists()):
            raise OutputExistsError.coded("export.target_exists", path=folder)


@dataclass
class _Job:
    """One export under way: what every format's renderer gets."""

    project: Project
    out: Path
    options: ExportOptions
    language: str
    steps: _Steps


@dataclass
class _Rendered:
    """A renderer's result: the file's bytes, and the pictures beside it (Markdown)."""

    content: bytes
    images: dict[str, bytes] | None = None


def _summary_and_pictures(job: _Job) -> tuple[Summary, Pictures]:
    """The summary and its pictures, one progress step per station."""
    from app.export.pictures import collect_pictures

    options = dataclasses.replace(job.options, language=job.language)
    summary = build_summary(job.project, options=options)
    job.steps.total = len(summary.stations) + 2
    pictures = collect_pictures(job.project, summary, job.options, job.steps.step)
    job.steps.check()
    return summary, pictures


def _docx(job: _Job) -> _Rendered:
    from app.export.docx_export import render_docx

    return _Rendered(render_docx(*_summary_and_pictures(job)))


def _pdf(job: _Job) -> _Rendered:
    from app.export.pdf_export import render_pdf

    return _Rendered(render_pdf(*_summary_and_pictures(job)))


def _html(job: _Job) -> _Rendered:
    from app.export.html import render_html

    return _Rendered(render_html(*_summary_and_pictures(job)).encode("utf-8"))


def _markdown(job: _Job) -> _Rendered:
    from app.export.markdown import render_markdown

    summary, pictures = _summary_and_pictures(job)
    content = render_markdown(summary, pictures, images_folder(job.out).name).encode("utf-8")
    return _Rendered(content, {p.name: p.data for p in pictures.all()})


def _csv(job: _Job) -> _Rendered:
    from app.export.csv_export import render_csv

    return _Rendered(render_csv(job.project, job.options, job.language))


def _xlsx(job: _Job) -> _Rendered:
    from app.export.xlsx_export import render_xlsx

    return _Rendered(render_xlsx(job.project, job.options, job.language))


def _json(job: _Job) -> _Rendered:
    from app.export.json_export import render_json

    return _Rendered(render_json(job.project, job.options, with_photos=job.options.with_photos))


#: The renderer of each format: ``export`` looks the format up here.
RENDERERS: dict[str, Callable[[_Job], _Rendered]] = {
    "docx": _docx,
    "pdf": _pdf,
    "html": _html,
    "markdown": _markdown,
    "csv": _csv,
    "xlsx": _xlsx,
    "json": _json,
}


def export(
    project: Project,
    out: Path,
    *,
    format: str | None = None,
    options: ExportOptions | None = None,
    progress: ExportProgress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> Path:
    """Export ``project`` to ``out`` and return the path written.

    An existing ``out`` is replaced only with ``overwrite`` (see the module docstring).

    ``format`` is one of docx, pdf, html, markdown, csv, xlsx, json (default: from the
    suffix of ``out``). ``progress(done, total)`` is called after each step;
    ``cancelled()`` is asked between steps and stops the export (raising
    :class:`ExportCancelledError`) with nothing written. A Markdown export also
    writes its pictures into ``<name>_images/`` beside it.
    """
    kind = resolve_format(out, format)
    options = options or ExportOptions()
    _check(project, out, kind, options, overwrite)
    steps = _Steps(progress, cancelled)
    steps.check()
    language = options.language or project.workshop.get().language
    rendered = RENDERERS[kind](_Job(project, out, options, language, steps))
    steps.step()
    steps.check()
    check_target(project.path, out, overwrite=overwrite)  # nothing appeared meanwhile
    if rendered.images is not None:
        write_folder(images_folder(out), rendered.images)
    write_atomically(out, rendered.content)
    steps.step()
    return out


def export_summary(
    project: Project,
    out: Path,
    *,
    format: str | None = None,
    station_ids: list[int] | None = None,
    by_votes: bool = False,
) -> Path:
    """Export the themed summary to ``out`` (kept for callers of the first version)."""
    return export(
        project, out, format=format, options=ExportOptions(stations=station_ids, by_votes=by_votes)
    )
