"""What the tests of hostile command-line input share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def no_traceback(code: int, err: str) -> None:
    """The CLI failed with exit code 1 and one line of message, no traceback."""
    assert code == 1, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
