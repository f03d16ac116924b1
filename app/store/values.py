"""Checks of the values read back from a project file, which may come from anyone.

Each reader of :mod:`app.store` turns a row into a domain object through these
checks. A value that is not what Pinscribe writes (a polygon with NaN, a colour
``#-1-1-1``, a confidence ``'high'``) raises :class:`BadValue`; the repository leaves
the row out of lists and reports it once (:func:`report`), and a single ``get`` of it
gives a one-line error. Nothing else in the app has to guard against such rows.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Callable
from typing import Any

from app.errors import InvalidInputError, ProjectError
from ocr.types import COLORS, SHAPES

#: Largest coordinate stored for an outline (photos are at most 100 megapixels).
MAX_COORDINATE = 1_000_000.0
#: Most points an outline may have.
MAX_POINTS = 4096
#: Longest text kept in one field (a note's text, a statement, a caption).
MAX_TEXT = 100_000
#: Longest name of a station, theme, cross-station theme or tag.
MAX_NAME = 10_000
#: Largest integer (ids, positions, votes, sizes) that makes sense in a project.
MAX_INT = 2**53

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


class BadValue(ValueError):
    """A stored value that Pinscribe would never have written."""


class DamagedRowError(ProjectError):
    """A row asked for by its id holds a value Pinscribe would never have written."""


def number(value: Any, what: str, *, low: float = -math.inf, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue(f"{what} is not a number")
    result = float(value)
    if not math.isfinite(result) or not low <= result <= high:
        raise BadValue(f"{what} is out of range")
    return result


def optional_number(
    value: Any, what: str, *, low: float = -math.inf, high: float = math.inf
) -> float | None:
    return None if value is None else number(value, what, low=low, high=high)


def integer(value: Any, what: str, *, low: int = -MAX_INT, high: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadValue(f"{what} is not a whole number in range")
    return value


def optional_integer(value: Any, what: str, *, low: int = 0, high: int = MAX_INT) -> int | None:
    return None if value is None else integer(value, what, low=low, high=high)


def text(value: Any, what: str, *, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise BadValue(f"{what} is not a text")
    if len(value) > limit:
        raise BadValue(f"{what} is longer than {limit} characters")
    return value


def fits(project: str, value: str | None, what: str, *, limit: int = MAX_TEXT) -> None:
    """Refuse to store a text longer than :func:`text` reads back (the row would be lost)."""
    if value is not None and len(value) > limit:
        reason = f"the {what} is longer than {limit} characters"
        raise InvalidInputError.coded("file.cannot_write", path=project, reason=reason)


def optional_text(value: Any, what: str, *, limit: int = MAX_TEXT) -> str | None:
    return None if value is None else text(value, what, limit=limit)


def choice(value: Any, what: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise BadValue(f"{what} is not one of {', '.join(choices)}")
    return str(value)


def color_name(value: Any) -> str:
    return choice(value, "colour", COLORS)


def shape(value: Any) -> str:
    return choice(value, "shape", SHAPES)


def hex_color(value: Any) -> str:
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise BadValue("colour is not #rrggbb")
    return value


def _json(value: Any, what: str) -> Any:
    if not isinstance(value, str) or len(value) > MAX_TEXT * 4:
        raise BadValue(f"{what} is not stored as text")
    try:
        return json.loads(value, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BadValue(f"{what} is not valid JSON") from error


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def points(value: Any, what: str = "outline", *, minimum: int = 3) -> list[tuple[float, float]]:
    """A JSON list of ``[x, y]`` pairs of finite, bounded numbers."""
    data = _json(value, what)
    if not isinstance(data, list) or not minimum <= len(data) <= MAX_POINTS:
        raise BadValue(f"{what} does not have {minimum} to {MAX_POINTS} points")
    result = []
    for point in data:
        if not isinstance(point, list) or len(point) != 2:
            raise BadValue(f"{what} has a point that is not a pair")
        x, y = (number(c, what, low=-MAX_COORDINATE, high=MAX_COORDINATE) for c in point)
        result.append((x, y))
    return result


def rgb(value: Any) -> tuple[int, int, int]:
    data = _json(value, "rgb")
    if not isinstance(data, list) or len(data) != 3:
        raise BadValue("rgb is not three numbers")
    r, g, b = (integer(c, "rgb", low=0, high=255) for c in data)
    return r, g, b


def string_list(value: Any, what: str) -> list[str]:
    data = _json(value, what)
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise BadValue(f"{what} is not a list of texts")
    return data


#: Receives a one-line message per damaged row (the CLI prints it, the app shows it).
Reporter = Callable[[str], None]
_reporter: list[Reporter] = []


def set_reporter(reporter: Reporter | None) -> None:
    """Where messages about damaged rows go (``None``: nowhere but :func:`reported`)."""
    _reporter.clear()
    if reporter is not None:
        _reporter.append(reporter)


_seen: dict[tuple[str, str, int], str] = {}


def report(
    project: str, table: str, row_id: object, error: BadValue, *, notify: bool = True
) -> None:
    """Report a damaged row once per project, table and id.

    ``notify``: tell the reporter (else it is only remembered, for :func:`reported`).
    """
    key = (project, table, row_id if isinstance(row_id, int) else -1)
    if key in _seen:
        return
    message = f"{project}: {table} {row_id} is damaged ({error}) and is left out"
    _seen[key] = message
    if not notify:
        return
    for reporter in _reporter:
        # reading goes on whatever the listener does (a closed window's, say)
        with contextlib.suppress(Exception):
            reporter(message)


def reported() -> list[str]:
    """Every damaged row reported so far (for the tests and the Problems panel)."""
    return list(_seen.values())


def forget() -> None:
    _seen.clear()


def read_rows(
    project: str, table: str, rows: list[Any], make: Callable[[Any], Any], key: str = "id"
) -> list[Any]:
    """``make`` applied to each row; damaged rows are reported once and left out."""
    result = []
    for row in rows:
        try:
            result.append(make(row))
        except BadValue as error:
            report(project, table, _key(row, key), error)
    return result


def read_row(
    project: str, table: str, row: Any, make: Callable[[Any], Any], key: str = "id"
) -> Any:
    """``make`` applied to one row asked for by id; a damaged one is a one-line error.

    The error is the report: the reporter is not told as well (the command line would
    print a warning and then the error about the same row).
    """
    try:
        return make(row)
    except BadValue as error:
        report(project, table, _key(row, key), error, notify=False)
        raise DamagedRowError.coded(
            "row.damaged", project=project, table=table, value=_key(row, key), reason=str(error)
        ) from error


def _key(row: Any, key: str) -> object:
    try:
        return row[key]
    except (IndexError, KeyError):
        return "?"
