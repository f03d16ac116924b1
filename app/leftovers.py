"""Files an interrupted export or copy leaves behind, found and removed on the next start.

Exports and copies are written to a temporary file beside the target and renamed
when complete. A crash in between leaves that temporary file; its name marks it as
Pinscribe's (``.NAME.pinscribe-XXXX.tmp`` or ``.NAME.pinscribe-partial``), so it is
safe to remove once it is older than a running export could be.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

TEMP_INFIX = ".pinscribe-"
PATTERNS = (f".*{TEMP_INFIX}*.tmp", f".*{TEMP_INFIX}partial")


def temp_prefix(target: Path) -> str:
    """The prefix of temporary files written for ``target``."""
    return f".{target.name}{TEMP_INFIX}"


def partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{TEMP_INFIX}partial")


def find_leftovers(folders: Iterable[Path], *, older_than: float = 600.0) -> list[Path]:
    """Pinscribe's temporary files in ``folders`` not touched for ``older_than`` seconds."""
    now = time.time()
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in PATTERNS:
            for path in folder.glob(pattern):
                try:
                    if path.is_file() and now - path.stat().st_mtime > older_than:
                        found.add(path)
                except OSError:
                    continue
    return sorted(found)


def remove_leftovers(paths: Iterable[Path]) -> list[Path]:
    """Delete the given leftovers; returns those actually removed."""
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed
