"""A small JSON Schema checker for the subset our schemas use.

Supported keywords: ``type`` (a name or a list of names), ``properties``, ``required``,
``additionalProperties: false``, ``items``, ``enum``, ``minimum``, ``maximum``,
``minItems``, ``maxItems``, ``minLength``, ``pattern`` and ``$ref`` to ``#/$defs/NAME``.
Anything else is ignored, so keep the schema within this list.
"""

from __future__ import annotations

import re
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _is(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None) -> list[str]:
    """Every way ``value`` breaks ``schema``, as "path: problem" lines (none: valid)."""
    found: list[str] = []
    _check(value, schema, root or schema, "$", found)
    return found


def _check(
    value: Any, schema: dict[str, Any], root: dict[str, Any], path: str, found: list[str]
) -> None:
    if "$ref" in schema:
        name = str(schema["$ref"]).removeprefix("#/$defs/")
        _check(value, root["$defs"][name], root, path, found)
        return
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is(value, name) for name in names):
            found.append(f"{path}: expected {' or '.join(names)}, got {type(value).__name__}")
            return
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, schema, path, found)
    if isinstance(value, str):
        _check_string(value, schema, path, found)
    if isinstance(value, list):
        _check_array(value, schema, root, path, found)
    if isinstance(value, dict):
        _check_object(value, schema, root, path, found)


def _check_number(value: float, schema: dict[str, Any], path: str, found: list[str]) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        found.append(f"{path}: {value} is less than {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        found.append(f"{path}: {value} is more than {schema['maximum']}")


def _check_string(value: str, schema: dict[str, Any], path: str, found: list[str]) -> None:
    if len(value) < schema.get("minLength", 0):
        found.append(f"{path}: too short")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: {value!r} does not match {schema['pattern']}")


def _check_array(
    value: list[Any], schema: dict[str, Any], root: dict[str, Any], path: str, found: list[str]
) -> None:
    if len(value) < schema.get("minItems", 0):
        found.append(f"{path}: fewer than {schema['minItems']} items")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        found.append(f"{path}: more than {schema['maxItems']} items")
    if "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], root, f"{path}[{index}]", found)


def _check_object(
    value: dict[str, Any],
    schema: dict[str, Any],
    root: dict[str, Any],
    path: str,
    found: list[str],
) -> None:
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            found.append(f"{path}: missing {name!r}")
    for name, item in value.items():
        if name in properties:
            _check(item, properties[name], root, f"{path}.{name}", found)
        elif schema.get("additionalProperties") is False:
            found.append(f"{path}: unexpected {name!r}")
