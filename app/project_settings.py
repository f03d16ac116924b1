"""Settings stored in a project file, each declared once with default and description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import InvalidInputError
from app.store import Project, values


@dataclass(frozen=True)
class ProjectSetting:
    key: str
    default: str
    choices: tuple[str, ...] | None
    description: str


_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")

SETTINGS: dict[str, ProjectSetting] = {
    s.key: s
    for s in (
        ProjectSetting(
            "ocr.engine",
            "auto",
            ("auto", "ppocr", "tesseract"),
            "OCR engine for this project: auto (chosen per note), ppocr or tesseract",
        ),
        ProjectSetting(
            "ocr.languages",
            "deu+eng",
            None,
            "Tesseract languages joined by '+', e.g. deu+eng",
        ),
        ProjectSetting(
            "photos.keep_metadata",
            "no",
            ("no", "yes"),
            "keep the photos' metadata on import (GPS position, owner, camera serial): "
            "no (default: only the pixels and the orientation are stored) or yes",
        ),
        ProjectSetting(
            "opendata.publisher", "", None, "open data: the publishing body, e.g. Stadt Osnabrück"
        ),
        ProjectSetting("opendata.contact", "", None, "open data: contact e-mail address"),
        ProjectSetting(
            "opendata.licence",
            "dl-by-de/2.0",
            ("dl-by-de/2.0", "dl-zero-de/2.0"),
            "open data: licence (Datenlizenz Deutschland: dl-by-de/2.0 or dl-zero-de/2.0)",
        ),
        ProjectSetting(
            "opendata.base_url", "", None, "open data: web address the folder is published at"
        ),
    )
}


#: A Tesseract language code (``deu``, ``eng``, ``chi_sim``); at most eight joined by '+'.
_LANGUAGE = re.compile(r"[a-z]{3}(_[a-z]{2,8})?")


def check_setting(key: str, value: str) -> str:
    """Return ``value`` (stripped) if it is valid for ``key``, else raise InvalidInputError."""
    if key not in SETTINGS:
        raise InvalidInputError.coded("setting.unknown", key=key, names=", ".join(SETTINGS))
    setting = SETTINGS[key]
    value = value.strip()
    if setting.choices is not None and value not in setting.choices:
        raise InvalidInputError.coded(
            "setting.not_a_choice", key=key, value=value[:40], names=", ".join(setting.choices)
        )
    if key == "ocr.languages":
        parts = value.split("+")
        if len(parts) > 8 or not all(_LANGUAGE.fullmatch(part) for part in parts):
            raise InvalidInputError.coded("setting.not_languages", key=key, value=value[:40])
    if key == "opendata.contact" and value and not _EMAIL.fullmatch(value):
        raise InvalidInputError.coded("setting.not_an_email", key=key, value=value[:40])
    if key == "opendata.base_url" and value and not value.startswith(("https://", "http://")):
        raise InvalidInputError.coded("setting.not_a_web_address", key=key, value=value[:40])
    if key.startswith("opendata.") and len(value) > 500:
        raise InvalidInputError.coded("setting.too_long", key=key)
    return value


def get_setting(project: Project | None, key: str) -> str:
    """A setting's value; a stored value that is not valid is reported once and ignored."""
    setting = SETTINGS[key]
    value = project.settings.get(key) if project is not None else None
    if value is None or project is None:
        return setting.default
    try:
        return check_setting(key, value)
    except InvalidInputError:
        values.report(
            project.path.name, "setting", key, values.BadValue(f"{key} is not a valid value")
        )
        return setting.default


def set_setting(project: Project, key: str, value: str) -> None:
    project.settings.set(key, check_setting(key, value))
