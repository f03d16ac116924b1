"""The app's own settings (not the project's): each declared once, read through QSettings.

Every setting is a :class:`Setting` in :data:`SETTINGS` with its key, type, default
and description; :class:`AppSettings` reads and writes them over one QSettings
object handed in, so tests give it a file of their own and never touch the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    description: str


RECENT_FILES = Setting("files/recent", list, [], "Recently opened projects, newest first.")
LAST_PROJECT = Setting("files/last", str, "", "The project open when the app was last closed.")
REOPEN_LAST = Setting("files/reopen_last", bool, True, "Reopen the last project at start.")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window geometry.")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window toolbars/docks.")
IMPORT_READS_TEXT = Setting(
    "import/read_text", bool, True, "Read the notes' text (OCR) while importing photos."
)
LAST_EXPORT_FOLDER = Setting("export/folder", str, "", "The folder of the last export.")
LANGUAGE = Setting(
    "ui/language", str, "system", "The app's language: system (the desktop's), de or en."
)
#: The choices of :data:`LANGUAGE` (each named in its own language in the menu).
LANGUAGES = ("system", "de", "en")

SETTINGS: tuple[Setting, ...] = (
    RECENT_FILES,
    LAST_PROJECT,
    REOPEN_LAST,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    IMPORT_READS_TEXT,
    LAST_EXPORT_FOLDER,
    LANGUAGE,
)


class AppSettings:
    """Typed access to the declared settings over one QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def get(self, setting: Setting) -> object:
        """The stored value converted to the setting's type, or its default."""
        if not self._store.contains(setting.key):
            return setting.default
        value = self._store.value(setting.key)
        if setting.type is bool:
            return value in (True, "true", "1", 1)
        if setting.type is list:
            if value is None:
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        return setting.type(value)

    def set(self, setting: Setting, value: object) -> None:
        if setting.type is list and not value:
            self._store.remove(setting.key)  # an empty list does not survive an INI file
            return
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    # Convenience for the settings used in several places.

    def recent_files(self) -> list[str]:
        value = self.get(RECENT_FILES)
        return list(value) if isinstance(value, list) else []

    def add_recent_file(self, path: str | Path) -> list[str]:
        """Put ``path`` first in the recent files (at most :data:`MAX_RECENT`)."""
        entry = str(Path(path).resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        files = files[:MAX_RECENT]
        self.set(RECENT_FILES, files)
        return files

    def remove_recent_file(self, path: str | Path) -> list[str]:
        entry = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != entry]
        self.set(RECENT_FILES, files)
        return files

    def clear_recent_files(self) -> None:
        self.set(RECENT_FILES, [])

    def last_project(self) -> str:
        return str(self.get(LAST_PROJECT) or "")

    def set_last_project(self, path: str | Path | None) -> None:
        self.set(LAST_PROJECT, str(Path(path).resolve()) if path else "")

    def reopen_last(self) -> bool:
        return bool(self.get(REOPEN_LAST))

    def language(self) -> str:
        """The chosen language: "system", "de" or "en" (anything else reads as "system")."""
        value = str(self.get(LANGUAGE) or "system")
        return value if value in LANGUAGES else "system"
