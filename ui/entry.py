"""The ``pinscribe`` executable: the command line, or the app when no command is given.

Lives in :mod:`ui` because only the user interface may import Qt; the command line
itself (:mod:`app.cli`) is handed a way to open the app. Qt is imported only when
the app is opened, so headless commands start fast and run without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def open_app(project: str | None) -> int:
    from ui.application import run_app

    return run_app(project)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, open_app=open_app)


def gui_main() -> int:
    return open_app(sys.argv[1] if len(sys.argv) > 1 else None)


if __name__ == "__main__":
    sys.exit(main())
