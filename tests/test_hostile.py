"""The hostile-input corpus: every command on every hostile project (see tests/hostile.py).

Commands run in-process through the CLI's ``main()`` (a true subprocess with a timeout
for the files that once made Pinscribe hang). Each run must end with exit code 0 or 1,
no traceback, no terminal escape sequence on stdout, strict JSON where JSON is asked
for; refused files stay byte for byte as they were; nothing outside the run's output
folder changes; no note is lost silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.store import values
from tests import hostile

pytestmark = pytest.mark.slow

READ = [
    ["notes", "{P}"],
    ["notes", "{P}", "--json"],
    ["station", "list", "{P}", "--json"],
    ["theme", "list", "{P}", "--json"],
    ["config", "{P}"],
    ["recording", "list", "{P}", "--json"],
    ["recording", "search", "{P}", "region"],
    ["duplicates", "{P}", "--station", hostile.STATION],
    ["suggest", "{P}", "--station", hostile.STATION, "--by", "text", "--json"],
    ["export", "{P}", "-o", "{OUT}/summary.json"],
    ["export", "{P}", "-o", "{OUT}/summary.csv"],
    ["recording", "export", "{P}", "{REC}", "-o", "{OUT}/poster.png"],
    ["export", "{P}", "-o", "{OUT}/summary.xlsx"],
    ["tag", "list", "{P}", "--json"],
    ["workshop", "show", "{P}", "--json"],
    ["theme", "cross", "list", "{P}", "--json"],
    ["photo", "list", "{P}", "--json"],
    ["privacy", "check", "{P}", "--json", "--no-faces"],
]
WRITE = [
    ["config", "{P}", "ocr.engine", "tesseract"],
    ["station", "add", "{P}", "New station"],
    ["theme", "add", "{P}", "New theme", "--station", hostile.STATION],
    ["suggest", "{P}", "--station", hostile.STATION, "--by", "colour", "--apply"],
    ["recording", "set", "{P}", "{REC}", "--paper", "A1"],
    ["note", "set", "{P}", "2", "--text", "changed", "--tag", "new"],
    ["theme", "cross", "add", "{P}", "Across"],
    ["theme", "cross", "join", "{P}", "Across", "--theme", "1", "--note", "1"],
]
#: Slower commands, run on every third file.
SOME = [
    ["export", "{P}", "-o", "{OUT}/summary.html"],
    ["export", "{P}", "-o", "{OUT}/summary.md"],
    ["import", "{P}", "--station", hostile.STATION, "--no-ocr", "--no-merge", "{PHOTO}"],
]
#: The slowest exports, run on every eighth file.
HEAVY = [
    ["export", "{P}", "-o", "{OUT}/summary.docx"],
    ["export", "{P}", "-o", "{OUT}/summary.pdf", "--crops"],
]


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(argv: list[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; any exception escaping main() is a failure of the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), time_limit(60):
        try:
            code = main(argv)
        except SystemExit as stop:
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _notes(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM note").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def _strict(text: str) -> object:
    def refuse(name: str) -> object:
        raise ValueError(f"{name} in JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    base = hostile.base_project(folder)
    user = folder / "user-files"
    user.mkdir()
    (user / "thesis.txt").write_text("the user's own work", encoding="utf-8")
    (user / "other.pinscribe").write_bytes(base.read_bytes())
    photo = user / "photo.jpg"
    photo.write_bytes((folder / "board.jpg").read_bytes())
    return folder, base, user


def test_the_corpus_is_large_enough() -> None:
    assert len(hostile.ALL) >= 40
    assert len(set(hostile.ALL)) == len(hostile.ALL)


#: The corpus is run in this many parts, so that ``make test``'s processes share them out.
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS))
def test_every_command_on_every_hostile_project(corpus, tmp_path: Path, part: int) -> None:  # noqa: C901
    folder, base, user = corpus
    before = _digest(user)
    problems: list[str] = []
    runs = 0
    started = time.monotonic()
    values.forget()
    for number, name in enumerate(hostile.ALL):
        if (number + number // 8) % PARTS != part:  # the heavy commands' projects spread too
            continue
        if name.startswith(("view-recursive",)):
            continue  # run as subprocesses below: a hang in SQLite cannot be interrupted here
        work = tmp_path / name
        project = hostile.make(base, work, name)
        out = work / "out"
        out.mkdir()
        refused = name in hostile.SCHEMA_VARIANTS or name in hostile.FILE_VARIANTS
        # damaged inside a photo's data: it reads, but is never written
        damaged = name == "damaged-middle"
        refused = refused and not damaged
        original = project.read_bytes()
        notes_before = _notes(project)
        commands = (
            READ
            + WRITE
            + (SOME if number % 3 == 0 or name in hostile.SCHEMA_VARIANTS else [])
            + (HEAVY if number % 8 == 0 else [])
        )
        for template in commands:
            argv = [
                part.replace("{P}", str(project))
                .replace("{OUT}", str(out))
                .replace("{REC}", "2")
                .replace("{PHOTO}", str(user / "photo.jpg"))
                for part in template
            ]
            label = f"{name}: {' '.join(template)}"
            runs += 1
            try:
                code, stdout, stderr = run(argv)
            except Hang as error:
                problems.append(f"{label}: {error}")
                continue
            except Exception as error:  # noqa: BLE001 - the point of the test
                problems.append(f"{label}: traceback {type(error).__name__}: {error}")
                continue
            if code not in (0, 1):
                problems.append(f"{label}: exit {code}: {stderr.strip()[:200]}")
            if "Traceback" in stderr or "Traceback" in stdout:
                problems.append(f"{label}: traceback printed")
            if any(c in stdout + stderr for c in ("\x1b", "\x9b", "\x07")):
                problems.append(f"{label}: terminal control characters printed")
            if (refused or (damaged and template in WRITE)) and code != 1:
                problems.append(f"{label}: a refused file gave exit {code}")
            if code == 0 and "--json" in template:
                try:
                    _strict(stdout)
                except ValueError as error:
                    problems.append(f"{label}: not strict JSON ({error})")
            if code == 0 and template[-1].endswith("summary.json"):
                try:
                    _strict((out / "summary.json").read_text(encoding="utf-8"))
                except ValueError as error:
                    problems.append(f"{label}: export is not strict JSON ({error})")
            readable = not refused and template[0] in ("notes", "export")
            # The whole-project JSON (with photos) reads every page, the damaged one too:
            # for it a one-line refusal is right, as for the poster.
            whole = damaged and template[-1].endswith("summary.json")
            if readable and not whole and template[-1] != "{OUT}/poster.png" and code != 0:
                problems.append(f"{label}: a readable project was refused: {stderr.strip()[:200]}")
        if (refused or damaged) and project.read_bytes() != original:
            problems.append(f"{name}: the refused file was changed")
        if not refused and notes_before is not None:
            after = _notes(project)
            if after is not None and after < notes_before:
                problems.append(f"{name}: {notes_before - after} note(s) lost")
        # rescue: the data of any file that is a Pinscribe project comes out
        code, _, stderr = run(["rescue", str(project), str(out / "rescued.pinscribe")])
        if code not in (0, 1) or "Traceback" in stderr:
            problems.append(f"{name}: rescue: exit {code} {stderr.strip()[:200]}")
        if code == 0:
            code, _, stderr = run(["notes", str(out / "rescued.pinscribe"), "--json"])
            if code != 0:
                problems.append(f"{name}: the rescued project does not open: {stderr[:200]}")
        runs += 1
    elapsed = time.monotonic() - started
    assert _digest(user) == before, "files of the user were changed"
    print(f"{runs} runs on part {part} of {len(hostile.ALL)} hostile projects in {elapsed:.1f} s")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", ["view-recursive-station", "view-recursive-note"])
@pytest.mark.parametrize("command", [["notes", "{P}"], ["station", "list", "{P}"]])
def test_recursive_views_do_not_hang(corpus, tmp_path: Path, name: str, command: list[str]) -> None:
    _folder, base, _user = corpus
    project = hostile.make(base, tmp_path, name)
    argv = [c.replace("{P}", str(project)) for c in command]
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 1
    assert "contains parts that Pinscribe did not create" in done.stderr
    assert "Traceback" not in done.stderr


def test_planted_journals_are_not_offered(corpus, tmp_path: Path) -> None:
    from app.import_journal import interrupted_import
    from app.store import Project

    _folder, base, _user = corpus
    for name in ("journal-foreign-host", "journal-this-host-other-user", "journal-garbage"):
        project = hostile.make(base, tmp_path / name, name)
        with Project.open(project, read_only=True) as opened:
            assert interrupted_import(opened) is None
        code, _, stderr = run(
            [
                "import",
                str(project),
                "--station",
                hostile.STATION,
                "--no-ocr",
                str(tmp_path / "missing.jpg"),
            ]
        )
        assert "interrupted" not in stderr


def test_bad_settings_fall_back_and_are_reported(corpus, tmp_path: Path) -> None:
    from app.reading.readers import project_languages
    from app.store import Project

    _folder, base, _user = corpus
    project = hostile.make(base, tmp_path, "setting-languages-path")
    values.forget()
    with Project.open(project, read_only=True) as opened:
        assert project_languages(opened) == ("deu", "eng")
    assert any("ocr.languages" in message for message in values.reported())
