"""Learning from the facilitator: reviews teach the lexicon, the rest is read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.pipeline import import_photos
from app.reading import check_engines
from app.reading.learning import relearn
from app.reading.readers import make_reader
from app.store import Project
from tests.ui.boards import write_board
from ui.board import note_commands
from ui.main_window import MainWindow

WORDS = ("Radwege", "Bäume", "Plätze", "Busse")


def _read_project(tmp_path: Path) -> Path:
    if not any(s.available for s in check_engines()):
        pytest.skip("no OCR engine installed")
    path = tmp_path / "learn.pinscribe"
    photo = write_board(tmp_path / "b.jpg", columns=2, rows=2, words=WORDS)
    with Project.create(path, title="Smart City") as project:
        station = project.stations.add("Mobilität")
        reader = make_reader(None, project=project)
        result = import_photos(project, station.id, [photo], reader=reader)
        assert result.imported[0].read == 4
    return path


def test_relearn_rereads_unreviewed_and_never_touches_reviewed(tmp_path: Path) -> None:
    path = _read_project(tmp_path)
    with Project.open(path) as project:
        first, second, *rest = project.notes.list()
        project.notes.update(first.id, text="Radwege sicher", reviewed=True)
        project.notes.update(second.id, text="stale reading", confidence=0.2)
        changed = relearn(project)
        assert second.id in changed and first.id not in changed
        assert project.notes.get(first.id).text == "Radwege sicher"
        assert project.notes.get(second.id).text == second.text  # read again
        assert all(project.notes.get(n.id).text == n.text for n in rest)
        assert relearn(project) == []  # nothing new: nothing written


def test_a_batch_of_reviews_starts_the_rereading(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = _read_project(tmp_path)
    with Project.open(path) as project:
        notes = project.notes.list()
        project.notes.update(notes[3].id, text="stale reading")
    assert window.open_project(str(path))
    document = window.document
    learning = window.workflow.learning
    assert document is not None and learning is not None
    learning.batch = 2
    document.run(note_commands.review_note(document, notes[0].id, "Radwege!"))
    assert document.writer.active() == []  # one review is no batch yet
    with qtbot.waitSignal(learning.relearned, timeout=60_000) as done:
        document.run(note_commands.review_note(document, notes[1].id, None))
    assert done.args[0] >= 1  # the stale one; confidences may follow the lexicon too
    now = {n.id: n for n in document.project.notes.list()}
    assert now[notes[3].id].text == notes[3].text
    assert (now[notes[0].id].text, now[notes[0].id].reviewed) == ("Radwege!", True)
    assert now[notes[1].id].reviewed and now[notes[1].id].text == notes[1].text
