"""Printing helpers shared by the sub-commands.

Text from a project file may come from anyone: before it reaches the terminal, control
characters (which could clear the screen or set the window title) are shown escaped.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# C0 controls but tab, DEL, C1 controls, and the bidirectional overrides
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_UNESCAPED_BY_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: object) -> str:
    """Return ``text`` safe for a terminal: control characters are written escaped."""
    return _CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}"
        ),
        str(text),
    )


def one_line(text: str) -> str:
    """A note's text on one line: its lines joined with " / " (as the notes table shows it)."""
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def print_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    # JSON escapes C0 controls itself; C1 and bidi controls only occur inside strings
    sys.stdout.write(_UNESCAPED_BY_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    rows = [[plain(cell) for cell in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def row_id(text: str) -> int:
    """An argparse type: the id of a row (a whole number from 1 to 2^63 - 1)."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {plain(text[:40])!r}") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"no such id: {plain(text[:40])}")
    return value


def counted(number: int, word: str) -> str:
    """``1 note``, ``2 notes``: a count with an English noun in the right number."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"
