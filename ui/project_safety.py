"""Keeping the user's project safe: in use elsewhere, read-only media, copies, resuming.

Small functions the main window calls around opening a project; every question goes
through the :class:`~ui.dialogs.Dialogs` object.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import PinscribeError
from app.import_journal import interrupted_import
from app.leftovers import find_leftovers, remove_leftovers
from app.store.lock import ProjectInUseError
from app.store.project import Project
from app.store.schema_check import ForeignSchemaError
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.plain import fill

translate = QCoreApplication.translate


def open_project(parent: QWidget, dialogs: Dialogs, path: str) -> Project | None:
    """Open ``path``; if another Pinscribe writes it, offer to open it read-only.

    Errors are shown; returns None when the project was not opened.
    """
    try:
        project = Project.open(path)
    except ProjectInUseError as error:
        question = translate("ProjectSafety", "%1\n\nOpen it read-only?").replace(
            "%1", user_message(error)
        )
        if not dialogs.ask_yes_no(parent, translate("ProjectSafety", "Project in use"), question):
            return None
        try:
            project = Project.open(path, read_only=True)
        except PinscribeError as again:
            dialogs.show_error(
                parent, translate("ProjectSafety", "Cannot open the project"), str(again)
            )
            return None
    except ForeignSchemaError as error:
        return _offer_rescue(parent, dialogs, Path(path), error)
    except PinscribeError as error:
        dialogs.show_error(
            parent, translate("ProjectSafety", "Cannot open the project"), user_message(error)
        )
        return None
    if project.read_only_reason == "medium":
        dialogs.show_info(
            parent,
            translate("ProjectSafety", "Opened read-only"),
            translate(
                "ProjectSafety",
                "%1 is on a read-only medium or in a folder you cannot write to. It is open "
                "read-only: changes cannot be saved. Use File ▸ Save a Copy… to edit a copy.",
            ).replace("%1", Path(path).name),
        )
    return project


def _offer_rescue(
    parent: QWidget, dialogs: Dialogs, path: Path, error: ForeignSchemaError
) -> Project | None:
    """A file with parts Pinscribe did not create: offer to copy its data into a new project."""
    title = translate("ProjectSafety", "Not opened")
    question = translate(
        "ProjectSafety",
        "%1 contains parts that Pinscribe did not create (%2). It was not opened and not "
        "changed.\n\nCopy its data (workshop, stations, photos, notes, themes) into a new "
        "project? The parts Pinscribe did not create are left behind.",
    )
    first = error.differences[0] if error.differences else ""
    question = fill(question, path.name, first)
    if not dialogs.ask_yes_no(parent, title, question):
        return None
    target = dialogs.ask_new_project_path(parent)
    if not target:
        return None
    from app.store.rescue import rescue

    try:
        report = rescue(path, Path(target))
        project = Project.open(target)
    except PinscribeError as again:
        dialogs.show_error(parent, translate("ProjectSafety", "Cannot rescue the data"), str(again))
        return None
    dialogs.show_info(
        parent,
        translate("ProjectSafety", "Data rescued"),
        fill(
            translate("ProjectSafety", "The data of %1 is now in %2 (%3)."),
            path.name,
            Path(target).name,
            report.summary(),
        ),
    )
    return project


def save_copy(parent: QWidget, dialogs: Dialogs, project: Project) -> Path | None:
    """File ▸ Save a Copy…: a consistent copy of the open project, wherever the user says."""
    suggested = str(project.path.with_name(f"{project.path.stem} (copy){project.path.suffix}"))
    target = dialogs.ask_copy_path(parent, suggested)
    if not target:
        return None
    try:
        return project.save_copy(target)
    except PinscribeError as error:
        dialogs.show_error(
            parent, translate("ProjectSafety", "Cannot save a copy"), user_message(error)
        )
        return None


def photos_to_resume(parent: QWidget, dialogs: Dialogs, project: Project) -> tuple[int, list[Path]]:
    """An import the last session left unfinished: the station and the files to import.

    Asks the user; returns ``(station id, [])`` when there is nothing to resume.
    """
    if project.read_only:
        return 0, []
    left = interrupted_import(project)
    if left is None:
        return 0, []
    existing = [p for p in left.remaining if _regular_file(p)]
    message = (
        translate(
            "ProjectSafety",
            "An import into this project was interrupted after %1 photo(s); %2 photo(s) were not "
            "imported. Nothing half-imported was kept.",
        )
        .replace("%1", str(left.done))
        .replace("%2", str(len(left.remaining)))
    )
    title = translate("ProjectSafety", "Interrupted import")
    if not existing:
        dialogs.show_info(parent, title, message)
        _forget(project)
        return 0, []
    shown = "\n".join(f"  {p}" for p in existing[:10])
    if len(existing) > 10:
        shown += "\n  " + translate("ProjectSafety", "… and %1 more").replace(
            "%1", str(len(existing) - 10)
        )
    question = (
        message
        + "\n\n"
        + translate("ProjectSafety", "Import these photos now?")
        + "\n"
        + shown
    )
    if dialogs.ask_yes_no(parent, title, question):
        return left.station_id, existing
    _forget(project)
    return 0, []


def _regular_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _forget(project: Project) -> None:
    from app import import_journal as jobs

    with contextlib.suppress(PinscribeError):
        jobs.finish(project)


def clean_leftovers(project: Project, export_folder: str) -> int:
    """Remove what an interrupted export or copy left beside the project or the last export.

    Returns how many files were removed, for the window to say so.
    """
    folders = [project.path.resolve().parent]
    if export_folder:
        folders.append(Path(export_folder))
    return len(remove_leftovers(find_leftovers(folders)))
