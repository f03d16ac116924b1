"""Errors of the application core, each with a message fit to show a user.

The CLI prints ``str(error)`` on one line and exits 1; the app shows it in a dialog.
"""

from __future__ import annotations

from typing import TypeVar

_E = TypeVar("_E", bound="PinscribeError")


class PinscribeError(Exception):
    """Base class of errors a user can act on.

    ``code`` and ``params`` (see :mod:`app.messages`) let the app show the
    message in the user's language; ``str(error)`` is the English text.
    """

    def __init__(self, *args: object, code: str = "", params: dict[str, object] | None = None):
        super().__init__(*args)
        self.code = code
        self.params = dict(params or {})

    @classmethod
    def coded(cls: type[_E], code: str, **params: object) -> _E:
        """The error with the message ``code`` of :mod:`app.messages`."""
        from app.messages import message

        return cls(message(code, **params), code=code, params=params)

    @classmethod
    def carrying(cls: type[_E], error: Exception) -> _E:
        """An error of this type with the message (text, code and parameters) of ``error``.

        For errors of :mod:`ocr`, which carry codes of :mod:`ocr.messages`.
        """
        return cls(
            str(error), code=getattr(error, "code", ""), params=getattr(error, "params", None)
        )


class ProjectError(PinscribeError):
    """A project file cannot be opened or written."""


class ProjectNotFoundError(ProjectError):
    """The project file does not exist."""


class NotAProjectError(ProjectError):
    """The file exists but is not a Pinscribe project."""


class NewerVersionError(ProjectError):
    """The project was written by a newer Pinscribe and is left untouched."""


class ProjectExistsError(ProjectError):
    """A new project would overwrite an existing file."""


class ReadOnlyProjectError(ProjectError):
    """A change was asked of a project opened read-only."""


class NotFoundError(PinscribeError):
    """A station, note, theme or tag named by the user does not exist."""


class InvalidInputError(PinscribeError):
    """A value given by the user is not acceptable (empty name, bad date, ...)."""
