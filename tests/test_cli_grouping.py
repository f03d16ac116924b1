"""The command line of issue 18: note set, tag list, suggest --by, theme cross."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.store import Project
from tests.test_cli import run


@pytest.fixture
def board(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[int]]:
    """A project with two stations, a theme on each and three notes on the first."""
    path = tmp_path / "grouping.pinscribe"
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    with Project.open(path) as project:
        first = project.stations.add("Governance")
        second = project.stations.add("Technologie")
        photo = project.photos.add(
            first.id, b"x", filename="a.jpg", width=100, height=100, mime="image/jpeg"
        )
        ids = [
            project.notes.add(
                photo.id,
                [(x, 0), (x + 20, 0), (x + 20, 20), (x, 20)],
                text=text,
                color=color,
            ).id
            for x, text, color in (
                (0, "Datenplattform aufbauen", "yellow"),
                (30, "Offene Daten", "yellow"),
                # not "Radwege bauen": its verb is as close to "aufbauen" as "Daten"
                # is to "Datenplattform", for the lexical and the sentence similarity
                (60, "Mehr Radwege", "pink"),
            )
        ]
        project.themes.add(first.id, "Daten")
        project.themes.add(second.id, "Netze")
    return path, ids


def test_note_set_changes_every_field(board, capsys) -> None:
    path, ids = board
    code, out, err = run(
        capsys, "note", "set", str(path), str(ids[0]), "--text", "Urbane Datenplattform",
        "--theme", "daten", "--tag", "Priorität", "--tag", "Daten", "--reviewed", "--votes", "3",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Daten" in out
    with Project.open(path, read_only=True) as project:
        note = project.notes.get(ids[0])
        theme = project.themes.get(note.theme_id)
    assert (note.text, note.reviewed, note.votes, theme.name) == (
        "Urbane Datenplattform", True, 3, "Daten"
    )  # fmt: skip
    assert note.tags == ["Daten", "Priorität"]
    code, _, _ = run(
        capsys, "note", "set", str(path), str(ids[0]), "--no-theme", "--untag", "Daten"
    )
    assert code == 0
    with Project.open(path, read_only=True) as project:
        note = project.notes.get(ids[0])
    assert note.theme_id is None and note.tags == ["Priorität"]


def test_note_set_delete(board, capsys) -> None:
    path, ids = board
    code, out, _ = run(capsys, "note", "set", str(path), str(ids[2]), "--delete")
    assert code == 0 and "Deleted" in out
    with Project.open(path, read_only=True) as project:
        assert [n.id for n in project.notes.list()] == ids[:2]


@pytest.mark.parametrize(
    "args",
    [
        ["--theme", "Daten", "--no-theme"],
        ["--delete", "--text", "x"],
        [],
        ["--votes", "many"],
    ],
)
def test_note_set_usage_errors_exit_2(board, capsys, args) -> None:
    path, ids = board
    code, _, err = run(capsys, "note", "set", str(path), str(ids[0]), *args)
    assert code == 2 and "usage" in err


def test_note_set_refuses_an_id_beyond_any_note_without_a_traceback(board, capsys) -> None:
    path, ids = board
    for args in (
        ["note", "set", str(path), "100000000000000000000", "--text", "x"],
        ["theme", "cross", "join", str(path), "X", "--note", "100000000000000000000"],
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == "" and "no such id" in err and "Traceback" not in err
    with Project.open(path, read_only=True) as project:  # nothing changed or lost
        assert [n.text for n in project.notes.list()] == [
            "Datenplattform aufbauen", "Offene Daten", "Mehr Radwege",
        ]  # fmt: skip


def test_note_set_prints_the_note_safely(board, capsys) -> None:
    """The confirmation shows the note's text on one line; control characters of a
    stranger's project (here in a theme's name) reach the terminal escaped."""
    path, ids = board
    with Project.open(path) as project:
        station = project.stations.list()[0]
        project.themes.add(station.id, "Dat\x1b]0;title\x07en")
    code, out, _ = run(
        capsys, "note", "set", str(path), str(ids[0]), "--text", "Urbane\nDatenplattform",
        "--theme", "Dat\x1b]0;title\x07en", "--reviewed",
    )  # fmt: skip
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "Urbane / Datenplattform (reviewed)" in out and "Dat\\x1b]0;title\\x07en" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999", "--text", "x"], "999"),
        (["{first}", "--theme", "Nowhere"], "Nowhere"),
        (["{first}", "--votes", "-1"], "negative"),
        (["{first}", "--votes", "100000000000000000000"], "at most 100000 votes"),
        (["{first}", "--votes", "100001"], "at most 100000 votes"),
    ],
)
def test_note_set_bad_input_exits_1(board, capsys, args, message) -> None:
    path, ids = board
    args = [a.replace("{first}", str(ids[0])) for a in args]
    code, out, err = run(capsys, "note", "set", str(path), *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_tag_list(board, capsys) -> None:
    path, ids = board
    run(capsys, "note", "set", str(path), str(ids[0]), "--tag", "Priorität")
    run(capsys, "note", "set", str(path), str(ids[1]), "--tag", "Priorität", "--tag", "Daten")
    code, out, _ = run(capsys, "tag", "list", str(path), "--json")
    assert code == 0
    assert [(t["name"], t["notes"]) for t in json.loads(out)] == [("Daten", 1), ("Priorität", 2)]
    code, out, _ = run(capsys, "tag", "list", str(path))
    assert code == 0 and "Priorität" in out
    assert run(capsys, "tag", "list")[0] == 2
    assert run(capsys, "tag", "list", str(path.with_name("missing.pinscribe")))[0] == 1


@pytest.mark.parametrize("method", ["text", "wording"])
def test_suggest_by_text_gives_note_ids(board, capsys, method) -> None:
    path, ids = board
    code, out, _ = run(
        capsys, "suggest", str(path), "--station", "Governance", "--by", method, "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert [sorted(s["note_ids"]) for s in found] == [ids[:2]]
    assert found[0]["notes"] == found[0]["note_ids"] and found[0]["method"] == "text"
    assert found[0]["provisional"] is True  # made from unreviewed text


@pytest.mark.parametrize("method", ["color", "colour"])
def test_suggest_by_color(board, capsys, method) -> None:
    path, ids = board
    code, out, _ = run(
        capsys, "suggest", str(path), "--station", "Governance", "--by", method, "--json"
    )
    assert code == 0
    assert [(s["name"], sorted(s["note_ids"])) for s in json.loads(out)] == [("Gelb", ids[:2])]


def test_suggest_prints_proposals_on_one_line_each_and_says_when_there_are_none(
    board, capsys
) -> None:
    path, ids = board
    run(capsys, "note", "set", str(path), str(ids[0]), "--text", "Datenplattform\naufbauen")
    code, out, _ = run(capsys, "suggest", str(path), "--station", "Governance", "--by", "text")
    assert code == 0
    assert f"  - Datenplattform / aufbauen [{ids[0]}]" in out.splitlines()
    assert "\\x0a" not in out and "name provisional" in out.splitlines()[0]
    code, out, _ = run(capsys, "suggest", str(path), "--station", "Technologie", "--by", "text")
    assert code == 0 and out.startswith("No proposals")


def test_suggest_usage_and_bad_input(board, capsys) -> None:
    path, _ = board
    assert run(capsys, "suggest", str(path), "--station", "Governance", "--by", "smell")[0] == 2
    code, _, err = run(capsys, "suggest", str(path), "--station", "Nowhere", "--by", "text")
    assert code == 1 and err.count("\n") == 1


def test_theme_cross_gathers_themes_and_notes(board, capsys) -> None:
    path, ids = board
    assert run(capsys, "theme", "cross", "add", str(path), "Daten überall")[0] == 0
    with Project.open(path, read_only=True) as project:
        themes = {t.name: t.id for t in project.themes.list()}
    code, _, _ = run(
        capsys, "theme", "cross", "join", str(path), "Daten überall",
        "--theme", str(themes["Daten"]), "--theme", str(themes["Netze"]), "--note", str(ids[2]),
    )  # fmt: skip
    assert code == 0
    run(capsys, "note", "set", str(path), str(ids[0]), "--theme", "Daten")
    code, out, _ = run(capsys, "theme", "cross", "list", str(path), "--json")
    assert code == 0
    (cross,) = json.loads(out)
    assert cross["name"] == "Daten überall"
    assert [t["station"] for t in cross["themes"]] == ["Governance", "Technologie"]
    assert cross["note_ids"] == [ids[2]] and cross["all_note_ids"] == [ids[0], ids[2]]
    code, _, _ = run(
        capsys, "theme", "cross", "leave", str(path), "Daten überall", "--note", str(ids[2])
    )
    assert code == 0
    code, out, _ = run(capsys, "theme", "cross", "list", str(path))
    assert code == 0 and "Governance: Daten" in out and f"note {ids[2]}" not in out
    assert run(capsys, "theme", "cross", "join", str(path), "Daten überall")[0] == 2
    code, _, err = run(capsys, "theme", "cross", "join", str(path), "Nope", "--note", "1")
    assert code == 1 and "Nope" in err
    code, _, err = run(capsys, "theme", "cross", "add", str(path), "X", "--color", "red")
    assert code == 1 and "colour" in err
    assert run(capsys, "theme", "cross", "delete", str(path), "Daten überall")[0] == 0
    with Project.open(path, read_only=True) as project:
        assert project.cross_themes.list() == []
        assert len(project.themes.list()) == 2


def test_counts_are_printed_in_the_right_number() -> None:
    from app.cli.output import counted

    assert counted(1, "note") == "1 note"
    assert [counted(n, "note") for n in (0, 2)] == ["0 notes", "2 notes"]
