"""Settings stored in a project file, each declared once with default and description."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InvalidInputError
from app.store import Project


@dataclass(frozen=True)
class ProjectSetting:
    key: str
    default: str
    choices: tuple[str, ...] | None
    description: str


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
    )
}


def get_setting(project: Project | None, key: str) -> str:
    setting = SETTINGS[key]
    value = project.settings.get(key) if project is not None else None
    return value if value is not None else setting.default


def set_setting(project: Project, key: str, value: str) -> None:
    if key not in SETTINGS:
        raise InvalidInputError(f"Unknown setting {key!r}: use one of {', '.join(SETTINGS)}.")
    setting = SETTINGS[key]
    value = value.strip()
    if setting.choices is not None and value not in setting.choices:
        raise InvalidInputError(
            f"Invalid {key} {value!r}: use one of {', '.join(setting.choices)}."
        )
    if key == "ocr.languages" and not all(part.isalpha() for part in value.split("+")):
        raise InvalidInputError(f"Invalid {key} {value!r}: use codes like deu+eng.")
    project.settings.set(key, value)
