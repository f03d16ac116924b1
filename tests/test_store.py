"""The project file: round trips, migrations, refusals, full-text search."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.errors import (
    InvalidInputError,
    NewerVersionError,
    NotAProjectError,
    NotFoundError,
    ProjectExistsError,
    ProjectNotFoundError,
    ReadOnlyProjectError,
)
from app.store import SCHEMA_VERSION, Project
from app.store.database import _connect, backup_path
from app.store.migrations import APPLICATION_ID, migrate

SQUARE = [(10.0, 10.0), (110.0, 12.0), (108.0, 112.0), (9.0, 110.0)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_workshop_round_trip(project_path: Path) -> None:
    with Project.create(project_path, title="Smart City") as project:
        project.workshop.update(
            subtitle="Grundlagen",
            date="2025-02-05",
            place="Osnabrück",
            moderation="Johanna Amtmann",
            description="Teil 1 und 2",
            language="en",
        )
    with Project.open(project_path) as project:
        workshop = project.workshop.get()
    assert workshop.title == "Smart City"
    assert workshop.place == "Osnabrück"
    assert workshop.date == "2025-02-05"
    assert workshop.language == "en"


def test_workshop_rejects_bad_date_and_language(project) -> None:
    with pytest.raises(InvalidInputError):
        project.workshop.update(date="5.2.2025")
    with pytest.raises(InvalidInputError):
        project.workshop.update(language="fr")
    assert project.workshop.get().date == ""


def test_station_round_trip_order_and_delete(project, project_path: Path) -> None:
    a = project.stations.add("Governance und Organisation", "Welche Strukturen?")
    b = project.stations.add("Technologie und Infrastruktur", "Welche Lösungen?")
    c = project.stations.add("Bürgerbeteiligung und Akzeptanz")
    project.stations.move(c.id, 0)
    assert [s.name for s in project.stations.list()] == [c.name, a.name, b.name]
    project.stations.update(b.id, name="Technologie", question="Was ist relevant?")
    assert project.stations.by_name("technologie").question == "Was ist relevant?"
    with pytest.raises(InvalidInputError):
        project.stations.add("GOVERNANCE UND ORGANISATION")
    with pytest.raises(InvalidInputError):
        project.stations.add("   ")
    project.stations.delete(a.id)
    project.close()
    with Project.open(project_path) as reopened:
        assert [s.name for s in reopened.stations.list()] == [c.name, "Technologie"]
        with pytest.raises(NotFoundError):
            reopened.stations.by_name("Governance und Organisation")


def _board(project) -> tuple[int, int]:
    station = project.stations.add("Station 1", "Frage?")
    photo = project.photos.add(
        station.id,
        b"\xff\xd8 not decoded here",
        filename="board 1.jpg",
        width=4000,
        height=3000,
        mime="image/jpeg",
    )
    return station.id, photo.id


def test_photo_and_note_round_trip(project, project_path: Path) -> None:
    station_id, photo_id = _board(project)
    note = project.notes.add(
        photo_id,
        SQUARE,
        crop=b"PNGDATA",
        color="yellow",
        rgb=(250, 220, 80),
        shape="square",
        detection_confidence=0.9,
        text="Straße für Bürger",
        confidence=0.42,
        votes=3,
        cut=True,
    )
    whole = project.notes.add(photo_id, SQUARE)
    project.close()
    with Project.open(project_path) as project:
        photo = project.photos.get(photo_id)
        assert photo.filename == "board 1.jpg" and (photo.width, photo.height) == (4000, 3000)
        assert project.photos.data(photo_id) == b"\xff\xd8 not decoded here"
        assert project.photos.list(station_id) == [photo]
        stored = project.notes.get(note.id)
        assert stored.polygon == SQUARE
        assert stored.rgb == (250, 220, 80)
        assert (stored.color, stored.shape, stored.votes) == ("yellow", "square", 3)
        assert stored.cut and not project.notes.get(whole.id).cut
        assert stored.text == "Straße für Bürger" and stored.confidence == pytest.approx(0.42)
        assert stored.station_id == station_id and not stored.reviewed
        assert project.notes.crop(note.id) == b"PNGDATA"
        project.notes.update(note.id, text="Straßen für Bürger", reviewed=True)
        assert project.notes.get(note.id).reviewed


def test_themes_and_tags_round_trip(project, project_path: Path) -> None:
    station_id, photo_id = _board(project)
    notes = [project.notes.add(photo_id, SQUARE, text=f"Note {i}") for i in range(3)]
    first = project.themes.add(station_id, "Prozesse")
    second = project.themes.add(station_id, "Kommunikation", color="#123456")
    project.notes.set_theme([notes[0].id, notes[1].id], first.id)
    project.notes.set_theme([notes[1].id], second.id)  # a note is in at most one theme
    project.themes.move(second.id, 0)
    project.tags.add([notes[0].id, notes[2].id], "Datenschutz")
    project.tags.add([notes[0].id], "Priorität")
    project.close()
    with Project.open(project_path) as project:
        assert [t.name for t in project.themes.list(station_id)] == ["Kommunikation", "Prozesse"]
        assert project.themes.get(second.id).color == "#123456"
        assert [n.id for n in project.notes.list(theme_id=first.id)] == [notes[0].id]
        assert project.notes.get(notes[1].id).theme_id == second.id
        assert project.notes.get(notes[0].id).tags == ["Datenschutz", "Priorität"]
        assert {t.name: t.count for t in project.tags.list()} == {"Datenschutz": 2, "Priorität": 1}
        # deleting a theme sends its notes back to unsorted
        assert project.themes.delete(first.id) == [notes[0].id]
        assert project.notes.get(notes[0].id).theme_id is None
        project.tags.remove([notes[0].id], "Priorität")
        assert [t.name for t in project.tags.list()] == ["Datenschutz"]


def test_deleting_a_station_deletes_its_photos_and_notes(project) -> None:
    station_id, photo_id = _board(project)
    project.notes.add(photo_id, SQUARE, text="weg")
    project.stations.delete(station_id)
    assert project.notes.list() == []
    assert project.photos.list() == []
    assert project.notes.search("weg") == []


def test_notes_order_by_confidence(project) -> None:
    _, photo_id = _board(project)
    high = project.notes.add(photo_id, SQUARE, text="a", confidence=0.9)
    unread = project.notes.add(photo_id, SQUARE)
    low = project.notes.add(photo_id, SQUARE, text="b", confidence=0.1)
    ordered = project.notes.list(order="confidence")
    assert [n.id for n in ordered] == [unread.id, low.id, high.id]
    project.notes.update(low.id, reviewed=True)
    assert [n.id for n in project.notes.list(unreviewed=True)] == [high.id, unread.id]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Bürger", True),
        ("bürger", True),
        ("BÜRGER", True),
        ("Buerger", True),
        ("Burger", True),
        ("bürgerräte", True),
        ("Straße", True),
        ("strasse", True),
        ("Öffentlichkeit", True),
        ("oeffentlichkeit", True),
        ("Rathaus", False),
    ],
)
def test_full_text_search_is_umlaut_aware(project, query: str, found: bool) -> None:
    _, photo_id = _board(project)
    target = project.notes.add(photo_id, SQUARE, text="Bürgerräte für mehr Öffentlichkeit")
    street = project.notes.add(photo_id, SQUARE, text="Straße sanieren")
    hits = {n.id for n in project.notes.search(query)}
    assert bool(hits & {target.id, street.id}) is found


def test_search_follows_text_edits(project) -> None:
    _, photo_id = _board(project)
    note = project.notes.add(photo_id, SQUARE, text="Datenplattform")
    project.notes.update(note.id, text="Urbane Datenplattform")
    assert [n.id for n in project.notes.search("urbane")] == [note.id]
    project.notes.update(note.id, text=None)
    assert project.notes.search("Datenplattform") == []


def test_migrates_forward_from_version_1(tmp_path: Path) -> None:
    path = tmp_path / "old.pinscribe"
    conn = _connect(path)
    migrate(conn, target=1)
    conn.execute("PRAGMA trusted_schema = ON")  # our own schema: the index triggers may run
    conn.execute("UPDATE workshop SET title = 'Alt' WHERE id = 1")
    conn.execute("INSERT INTO station (name) VALUES ('Station A')")
    conn.execute(
        "INSERT INTO photo (station_id, kind, filename, width, height, mime, sha256, data, "
        "imported_at) VALUES (1, 'board', 'a.jpg', 1, 1, 'image/jpeg', '', x'00', '')"
    )
    conn.execute(
        "INSERT INTO note (photo_id, polygon, text) VALUES (1, '[[0,0],[1,0],[1,1]]', 'Grün')"
    )
    conn.close()
    original = path.read_bytes()
    with Project.open(path) as project:
        assert int(project.query("PRAGMA user_version")[0][0]) == SCHEMA_VERSION
        assert project.workshop.get().title == "Alt"
        assert [n.text for n in project.notes.search("grün")] == ["Grün"]
        project.settings.set("ocr.engine", "auto")  # a table from version 2
        assert project.settings.get("ocr.engine") == "auto"
        assert project.integrity_check() == "ok"
    backup = backup_path(path, 1)
    assert backup.read_bytes() == original


def test_migrates_version_5_to_6_with_face_dismissals(tmp_path: Path) -> None:
    """Version 6 adds ``face_dismissal``; a version-5 file keeps its regions."""
    path = tmp_path / "v5.pinscribe"
    conn = _connect(path)
    migrate(conn, target=5)
    conn.execute("PRAGMA trusted_schema = ON")
    conn.execute(
        "INSERT INTO photo (kind, filename, width, height, mime, sha256, data, imported_at) "
        "VALUES ('board', 'a.jpg', 100, 80, 'image/jpeg', '', x'00', '')"
    )
    conn.execute("INSERT INTO redaction (photo_id, rect, source) VALUES (1, '[1, 2, 30, 40]', "
                 "'face')")
    conn.close()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        sqlite3.connect(path).execute("SELECT * FROM face_dismissal")
    with Project.open(path) as project:
        assert int(project.query("PRAGMA user_version")[0][0]) == SCHEMA_VERSION >= 6
        assert [r.rect for r in project.photos.redactions()] == [(1, 2, 30, 40)]
        assert project.photos.face_dismissals() == []
        dismissal = project.photos.add_face_dismissal(1, (90, 70, 50, 50))
        assert dismissal.rect == (90, 70, 10, 10)  # clipped to the photo
        project.photos.delete_face_dismissal(dismissal.id)
        project.photos.restore_face_dismissal(dismissal)
        assert project.photos.face_dismissals() == [dismissal]
        with pytest.raises(NotFoundError):
            project.photos.delete_face_dismissal(99)
        assert project.integrity_check() == "ok"
    assert backup_path(path, 5).exists()


def test_refuses_a_newer_file_and_leaves_it_untouched(project_path: Path) -> None:
    Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(project_path)
    with pytest.raises(NewerVersionError, match="newer Pinscribe"):
        Project.open(project_path)
    assert _digest(project_path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, I am a text file\n", b"SQLite format 3\x00" + b"\x00" * 100],
    ids=["empty", "text", "truncated-sqlite"],
)
def test_refuses_a_file_that_is_not_a_project(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.pinscribe"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert path.read_bytes() == content


def test_refuses_a_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert _digest(path) == before
    assert APPLICATION_ID != 0


def test_missing_existing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError):
        Project.open(tmp_path / "nope.pinscribe")
    with pytest.raises(NotAProjectError):
        Project.open(tmp_path)
    Project.create(tmp_path / "a.pinscribe").close()
    with pytest.raises(ProjectExistsError):
        Project.create(tmp_path / "a.pinscribe")


def test_read_only_refuses_changes(project_path: Path) -> None:
    Project.create(project_path).close()
    with Project.open(project_path, read_only=True) as project, pytest.raises(ReadOnlyProjectError):
        project.stations.add("X")


def test_failed_transaction_leaves_nothing(project) -> None:
    station_id, _ = _board(project)
    with pytest.raises(RuntimeError), project.transaction():
        photo = project.photos.add(
            station_id, b"x", filename="b.jpg", width=1, height=1, mime="image/jpeg"
        )
        project.notes.add(photo.id, SQUARE, text="halb")
        raise RuntimeError("crash in the middle of a photo")
    assert len(project.photos.list()) == 1
    assert project.notes.search("halb") == []


def test_project_file_settings_and_wal(project) -> None:
    assert project.query("PRAGMA journal_mode")[0][0] == "wal"
    assert project.query("PRAGMA foreign_keys")[0][0] == 1
    assert project.settings.get("missing", "default") == "default"
