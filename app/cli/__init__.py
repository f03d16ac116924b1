"""The ``pinscribe`` command line.

Exit codes: 0 success, 1 bad input (one line on stderr, no traceback), 2 usage error.
Each sub-command lives in a small module that registers itself with :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import (
    export_cmds,
    image_cmds,
    note_cmds,
    privacy_cmds,
    project_cmds,
    recording_cmds,
    theme_cmds,
)
from app.cli.output import plain
from app.errors import PinscribeError
from app.store import lock, values

#: Opens the desktop app with an optional project path; returns the exit code.
AppLauncher = Callable[[str | None], int]

_MODULES = (
    project_cmds, image_cmds, note_cmds, theme_cmds, recording_cmds, export_cmds, privacy_cmds
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pinscribe",
        description=(
            "Turn photos of workshop pinboards into themed results. Without a command, "
            "opens the app (with PROJECT if given)."
        ),
        epilog="Run 'pinscribe COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"pinscribe {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _MODULES:
        module.register(commands)
    _add_break_lock(parser)
    return parser


def _add_break_lock(parser: argparse.ArgumentParser) -> None:
    """Give every command that opens a project the ``--break-lock`` option."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                _add_break_lock(sub)
    if any(a.dest == "project" for a in parser._actions) and parser.prog.split()[-1] != "rescue":
        parser.add_argument(
            "--break-lock",
            action="store_true",
            help="take over a project left locked by Pinscribe on another machine",
        )


def command_names(parser: argparse.ArgumentParser | None = None) -> list[str]:
    parser = parser or build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def _error(message: str) -> int:
    print(f"pinscribe: error: {plain(message)}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None, *, open_app: AppLauncher | None = None) -> int:
    """Run the command line; ``open_app`` is called when no command is given."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (
        args_list[0] not in command_names(parser) and not args_list[0].startswith("-")
    ):
        return _open_app(parser, args_list, open_app)
    args = parser.parse_args(args_list)
    values.set_reporter(_warn)
    try:
        return _run_command(args)
    finally:
        values.set_reporter(None)


def _open_app(
    parser: argparse.ArgumentParser, args_list: list[str], open_app: AppLauncher | None
) -> int:
    """Start the desktop app, on the project file named if one is."""
    if len(args_list) > 1:
        parser.error(f"unknown command {args_list[0]!r}")
    if open_app is None:
        return _error("the desktop app is not available in this installation")
    return open_app(args_list[0] if args_list else None)


def _warn(message: str) -> None:
    print(f"pinscribe: warning: {plain(message)}", file=sys.stderr)


def _run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; every expected failure becomes one line and exit status 1."""
    try:
        if getattr(args, "break_lock", False):
            warning = lock.break_lock(args.project)
            if warning:
                _warn(warning)
        return int(args.run(args) or 0)
    except PinscribeError as error:
        return _error(str(error))
    except _ocr_errors() as error:
        return _error(str(error))
    except KeyboardInterrupt:
        return _error("interrupted")
    except BrokenPipeError:
        return 1
    except MemoryError:
        return _error("not enough memory for this; nothing was changed")
    except sqlite3.DatabaseError as error:
        return _error(f"the project file cannot be used ({error}); use an earlier copy of it")
    except OSError as error:
        name = f"{error.filename}: " if error.filename else ""
        return _error(f"{name}{error.strerror or error}")


def _ocr_errors() -> type[Exception]:
    from ocr.errors import OcrError

    return OcrError
