"""Names on notes: found, and published as the organiser chose."""

from __future__ import annotations

import pytest

from app.domain import Note
from app.privacy.names import find_names, flagged, initials, published_text


def note(text: str, publish: str = "auto", kind: str = "note") -> Note:
    return Note(id=1, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=text, kind=kind,
                publish=publish)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Danke an Anna Schmidt für die Moderation", ["Anna Schmidt"]),
        ("Rückfragen bitte an A. Schmidt", ["A. Schmidt"]),
        ("Mehr Radwege und Busse", []),
        ("Digitale Zwillinge für die Stadtplanung", []),
        ("Mit Mehmet und Julia sprechen", ["Mehmet", "Julia"]),
    ],
)
def test_names_are_found(text: str, found: list[str]) -> None:
    assert [hit.text for hit in find_names(text)] == found


def test_a_header_card_with_a_single_name_is_flagged() -> None:
    assert [h.why for h in find_names("Cuong", header=True)] == ["first name"]
    assert [h.why for h in find_names("Wojtek", header=True)] == ["header card with a name"]
    assert find_names("Wojtek") == []  # only as a header card above a column
    assert find_names("Review", header=False) == []


def test_published_text_follows_the_choice() -> None:
    text = "Danke an Anna Schmidt!"
    assert published_text(note(text, "auto")) == text
    assert published_text(note(text, "keep")) == text
    assert published_text(note(text, "initials")) == "Danke an A. S.!"
    assert published_text(note(text, "omit")) is None
    assert initials("Anna-Lena Meyer") == "A. M."


def test_only_undecided_notes_are_flagged() -> None:
    notes = [note("Anna Schmidt"), note("Anna Schmidt", "keep"), note("Radwege")]
    assert [n.publish for n, _ in flagged(notes)] == ["auto"]
