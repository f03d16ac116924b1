"""Every message of the core a user may see has a code, so the app can translate it.

The raises of the user-facing error types (``PinscribeError`` and ``OcrError`` and their
subclasses) in ``app/`` and ``ocr/`` are read with :mod:`ast`: each must be made with
``.coded(code, ...)`` (or ``.carrying(error)`` for a coded error of ``ocr``), never with
a plain string. ``app/cli`` is left out: the command line prints English.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import app
import ocr
from app.errors import PinscribeError
from app.messages import MESSAGES, fields, message, parse
from ocr.errors import OcrError

ROOT = Path(__file__).parent.parent


def _subclasses(base: type) -> set[type]:
    found, todo = set(), [base]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def user_facing_errors() -> set[str]:
    """The names of the error types whose text reaches the user."""
    for package in (app, ocr):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    return {cls.__name__ for cls in _subclasses(PinscribeError) | _subclasses(OcrError)}


def sources() -> list[Path]:
    files = sorted((ROOT / "app").rglob("*.py")) + sorted((ROOT / "ocr").rglob("*.py"))
    return [f for f in files if "cli" not in f.relative_to(ROOT).parts]


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def raises(path: Path) -> list[tuple[int, str, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            found.append((node.lineno, _name(node.exc.func), node.exc))
    return found


def coded_calls(path: Path) -> list[tuple[int, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "coded"
    ]


def test_user_facing_errors_are_raised_with_a_code() -> None:
    errors = user_facing_errors()
    assert {"InvalidInputError", "ProjectError", "ImageLoadError", "CallTimeout"} <= errors
    plain = []
    for path in sources():
        for line, name, call in raises(path):
            if name in errors and not (
                isinstance(call.func, ast.Attribute) and call.func.attr in ("coded", "carrying")
            ):
                plain.append(f"{path.relative_to(ROOT)}:{line} {name}")
    assert plain == [], "raised without a code (use .coded): " + ", ".join(plain)


def test_the_scan_finds_a_plain_raise(tmp_path: Path) -> None:
    """The check above can fail: a raise with a plain string is found."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'raise InvalidInputError(f"Bad {x}.")\nraise InvalidInputError.coded("a.b", x=1)\n'
    )
    found = [(line, name) for line, name, call in raises(sample) if isinstance(call.func, ast.Name)]
    assert found == [(1, "InvalidInputError")]


def test_every_coded_call_names_a_known_code_with_its_parameters() -> None:
    wrong = []
    for path in [*sources(), *sorted((ROOT / "app" / "cli").rglob("*.py"))]:
        for line, call in coded_calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if not call.args or not isinstance(call.args[0], ast.Constant):
                continue  # chosen at run time among literal codes (checked where written)
            code = call.args[0].value
            if code not in MESSAGES:
                wrong.append(f"{where}: unknown code {code!r}")
                continue
            given = {k.arg for k in call.keywords}
            if given != set(fields(code)):
                wrong.append(f"{where}: {code} takes {fields(code)}, given {sorted(given)}")
    assert wrong == []


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_formats_and_is_recognised(code: str) -> None:
    params = {name: f"<{name}>" for name in fields(code)}
    text = message(code, **params)
    assert "{" not in text.replace("{{", "")
    parsed = parse(text)
    assert parsed is not None
    # Recognised as itself, or as a code with the same English text.
    assert parsed[0] == code or _shape(MESSAGES[parsed[0]]) == _shape(MESSAGES[code])
    assert message(parsed[0], **parsed[1]) == text


def _shape(template: str) -> str:
    return re.sub(r"\{\w+(![rs])?\}", "{}", template)


def test_templates_are_well_formed() -> None:
    for code, template in MESSAGES.items():
        names = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert all(n.isidentifier() for n in names), code
        assert template.strip() == template and template, code


def test_coded_errors_keep_their_code_through_the_app() -> None:
    error = OcrError.coded("image.empty", name="a.jpg")
    assert str(error) == "a.jpg: file is empty"
    carried = PinscribeError.carrying(error)
    assert carried.code == "image.empty" and carried.params == {"name": "a.jpg"}
    assert str(carried) == str(error)
