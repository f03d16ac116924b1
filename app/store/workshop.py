"""The workshop's details (one row) and the project's settings (key and value)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from app.domain import Workshop
from app.errors import InvalidInputError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project

_FIELDS = tuple(f.name for f in dataclasses.fields(Workshop))
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LANGUAGES = ("de", "en")


def check_date(value: str) -> str:
    """Return an ISO date unchanged, or raise InvalidInputError for anything else."""
    import datetime

    value = value.strip()
    if value and not _DATE.match(value):
        raise InvalidInputError.coded("date.invalid", value=value)
    if value:
        try:
            datetime.date.fromisoformat(value)
        except ValueError as error:
            raise InvalidInputError.coded(
                "date.invalid_reason", value=value, reason=str(error)
            ) from error
    return value


class WorkshopRepo:
    def __init__(self, project: Project) -> None:
        self._p = project

    def get(self) -> Workshop:
        row = self._p.query(f"SELECT {', '.join(_FIELDS)} FROM workshop WHERE id = 1")[0]
        try:
            fields = {name: values.text(row[name], name) for name in _FIELDS}
            fields["language"] = values.choice(row["language"], "language", LANGUAGES)
        except values.BadValue as error:
            values.report(self._p.path.name, "workshop", 1, error)
            # the workshop's row always exists: bad fields fall back to their defaults
            default = Workshop()
            fields = {
                name: row[name]
                if isinstance(row[name], str) and len(row[name]) < values.MAX_TEXT
                else getattr(default, name)
                for name in _FIELDS
            }
            if fields["language"] not in LANGUAGES:
                fields["language"] = default.language
        return Workshop(**fields)

    def update(self, **fields: str) -> Workshop:
        """Change some of the workshop's fields (title, date, place, ...)."""
        unknown = set(fields) - set(_FIELDS)
        if unknown:
            raise InvalidInputError.coded(
                "workshop.fields_unknown", names=", ".join(sorted(unknown))
            )
        if "date" in fields:
            fields["date"] = check_date(fields["date"])
        if "language" in fields and fields["language"] not in LANGUAGES:
            raise InvalidInputError.coded("export.language_unknown", language=fields["language"])
        for name, value in fields.items():
            values.fits(self._p.path.name, value, name.replace("_", " "))
        with self._p.transaction():
            self._p.db.table("workshop").update(
                1, {k: (v or "").strip() for k, v in fields.items()}
            )
        return self.get()


class Settings:
    """Per-project settings (OCR engine, languages, ...) stored in the file."""

    def __init__(self, project: Project) -> None:
        self._p = project

    def get(self, key: str, default: str | None = None) -> str | None:
        """The stored text of a setting (checked by the caller: it may come from anyone)."""
        rows = self._p.query("SELECT value FROM setting WHERE key = ?", (key,))
        if not rows or not isinstance(rows[0]["value"], str):
            return default
        return str(rows[0]["value"])

    def set(self, key: str, value: str) -> None:
        with self._p.transaction():
            self._p.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete(self, key: str) -> None:
        """Remove a setting (its default applies again)."""
        with self._p.transaction():
            self._p.execute("DELETE FROM setting WHERE key = ?", (key,))
