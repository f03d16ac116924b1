"""The themed summary's content, independent of any output format.

Per station, in station order: its name and guiding question, its themes in order
with their notes, then the notes in no theme under "Weitere Beiträge".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import Note, Workshop
from app.store import Project

LABELS = {
    "de": {
        "moderation": "Moderation",
        "date": "Datum",
        "place": "Ort",
        "question": "Leitfrage",
        "unsorted": "Weitere Beiträge",
        "votes": "Punkte",
        "vote": "Punkt",
        "stations": "Stationen",
        "notes": "Beiträge",
        "tags": "Schlagworte",
        "empty": "Keine Beiträge.",
        "station": "Station",
        "themes": "Themen",
    },
    "en": {
        "moderation": "Moderation",
        "date": "Date",
        "place": "Place",
        "question": "Guiding question",
        "unsorted": "Further contributions",
        "votes": "votes",
        "vote": "vote",
        "stations": "Stations",
        "notes": "Notes",
        "tags": "Tags",
        "empty": "No notes.",
        "station": "Station",
        "themes": "Themes",
    },
}


@dataclass
class Item:
    """One note as a bullet point."""

    note_id: int
    text: str
    votes: int
    tags: list[str]
    color: str


@dataclass
class Group:
    name: str
    color: str
    items: list[Item] = field(default_factory=list)


@dataclass
class StationSection:
    station_id: int
    number: int
    name: str
    question: str
    groups: list[Group] = field(default_factory=list)  # themes in order, then "unsorted"

    @property
    def note_count(self) -> int:
        return sum(len(g.items) for g in self.groups)


@dataclass
class Summary:
    workshop: Workshop
    stations: list[StationSection]
    labels: dict[str, str]


def _item(note: Note) -> Item:
    return Item(note.id, (note.text or "").strip(), note.votes, list(note.tags), note.color)


def build_summary(
    project: Project,
    *,
    station_ids: list[int] | None = None,
    by_votes: bool = False,
    language: str | None = None,
) -> Summary:
    """Collect what a summary shows; notes with no text are left out."""
    workshop = project.workshop.get()
    labels = LABELS.get(language or workshop.language, LABELS["de"])
    sections = []
    for number, station in enumerate(project.stations.list(), start=1):
        if station_ids is not None and station.id not in station_ids:
            continue
        notes = [n for n in project.notes.list(station_id=station.id) if (n.text or "").strip()]
        section = StationSection(station.id, number, station.name, station.question)
        for theme in project.themes.list(station.id):
            items = [_item(n) for n in notes if n.theme_id == theme.id]
            section.groups.append(Group(theme.name, theme.color, items))
        rest = [_item(n) for n in notes if n.theme_id is None]
        if rest:
            section.groups.append(Group(labels["unsorted"], "", rest))
        if by_votes:
            for group in section.groups:
                group.items.sort(key=lambda item: -item.votes)
        sections.append(section)
    return Summary(workshop, sections, labels)
