"""The themed summary's content, independent of any output format.

Per station, in station order: its name and guiding question, its themes in order
with their notes, then the notes in no theme under "Weitere Beiträge".
"""

from __future__ import annotations

import datetime
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
        "votes_checked": "Punkte von Hand geprüft: %1 von %2 Beiträgen mit Punkten.",
        "stations": "Stationen",
        "notes": "Beiträge",
        "tags": "Schlagworte",
        "empty": "Keine Beiträge.",
        "station": "Station",
        "themes": "Themen",
        "theme": "Thema",
        "overview": "Überblick",
        "total": "Gesamt",
        "board": "Pinnwand",
        "cross": "Stationsübergreifende Themen",
        "gathers": "Umfasst",
        "recordings": "Graphic Recordings",
        "recording": "Graphic Recording",
        "chart": "Themen nach Zahl der Beiträge und Punkte",
        "page": "Seite",
        "contents": "Inhalt",
    },
    "en": {
        "moderation": "Moderation",
        "date": "Date",
        "place": "Place",
        "question": "Guiding question",
        "unsorted": "Further contributions",
        "votes": "votes",
        "vote": "vote",
        "votes_checked": "Votes checked by hand: %1 of %2 notes with votes.",
        "stations": "Stations",
        "notes": "Notes",
        "tags": "Tags",
        "empty": "No notes.",
        "station": "Station",
        "themes": "Themes",
        "theme": "Theme",
        "overview": "Overview",
        "total": "Total",
        "board": "Board",
        "cross": "Cross-station themes",
        "gathers": "Gathers",
        "recordings": "Graphic recordings",
        "recording": "Graphic recording",
        "chart": "Themes by number of notes and votes",
        "page": "Page",
        "contents": "Contents",
    },
}

_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
_WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}


def format_date(iso: str, language: str) -> str:
    """``2025-02-05`` as "Mittwoch, 5. Februar 2025" (de) or "Wednesday, 5 February 2025"."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    lang = language if language in _MONTHS else "de"
    month = _MONTHS[lang].split()[day.month - 1]
    weekday = _WEEKDAYS[lang].split()[day.weekday()]
    if lang == "de":
        return f"{weekday}, {day.day}. {month} {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


def vote_label(votes: int, labels: dict[str, str]) -> str:
    """The number of votes with its word: "3 Punkte", "1 vote"."""
    return f"{votes} {labels['vote'] if votes == 1 else labels['votes']}"


@dataclass
class Item:
    """One note as a bullet point."""

    note_id: int
    text: str
    votes: int
    tags: list[str]
    color: str
    #: The vote count was checked by a person in the review (else as counted on the photo).
    votes_checked: bool = False


@dataclass
class Group:
    """A theme with its notes, or (``theme_id`` None) the station's unsorted notes."""

    name: str
    color: str
    items: list[Item] = field(default_factory=list)
    theme_id: int | None = None
    regions: list[str] = field(default_factory=list)  # captions of linked recording regions

    @property
    def votes(self) -> int:
        return sum(item.votes for item in self.items)


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

    @property
    def votes(self) -> int:
        return sum(g.votes for g in self.groups)


@dataclass
class CrossSection:
    """A cross-station theme: the themes it gathers (as "Station: Theme") and its notes."""

    name: str
    color: str
    statement: str = ""
    themes: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass
class Summary:
    workshop: Workshop
    stations: list[StationSection]
    labels: dict[str, str]
    language: str = "de"
    cross: list[CrossSection] = field(default_factory=list)

    @property
    def date(self) -> str:
        """The workshop's date, spelled out in the summary's language."""
        return format_date(self.workshop.date, self.language) if self.workshop.date else ""

    def vote_check(self) -> tuple[int, int]:
        """(notes with votes whose count was checked, notes with votes)."""
        voted = [i for s in self.stations for g in s.groups for i in g.items if i.votes]
        return sum(i.votes_checked for i in voted), len(voted)

    def vote_check_note(self) -> str:
        """A line saying how many vote counts were checked; empty without votes."""
        checked, voted = self.vote_check()
        if not voted:
            return ""
        return self.labels["votes_checked"].replace("%1", str(checked)).replace("%2", str(voted))

    def facts(self) -> list[tuple[str, str]]:
        """The header's (label, value) lines that have a value: date, place, moderation."""
        facts = [
            (self.labels["date"], self.date),
            (self.labels["place"], self.workshop.place),
            (self.labels["moderation"], self.workshop.moderation),
        ]
        return [(label, value) for label, value in facts if value]


def paragraphs(text: str) -> list[str]:
    """A description's paragraphs: split at blank lines, inner line breaks kept."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]


def _item(note: Note) -> Item:
    # a note's line breaks follow the paper's width, not the sentence: join them
    text = " ".join((note.text or "").split())
    return Item(note.id, text, note.votes, list(note.tags), note.color, note.votes_checked)


def build_summary(
    project: Project,
    *,
    station_ids: list[int] | None = None,
    by_votes: bool = False,
    language: str | None = None,
) -> Summary:
    """Collect what a summary shows; notes with no text are left out."""
    workshop = project.workshop.get()
    lang = language or workshop.language
    lang = lang if lang in LABELS else "de"
    labels = LABELS[lang]
    sections = []
    for number, station in enumerate(project.stations.list(), start=1):
        if station_ids is not None and station.id not in station_ids:
            continue
        notes = [
            n
            for n in project.notes.list(station_id=station.id)
            if (n.text or "").strip() and n.kind != "header"
        ]
        section = StationSection(station.id, number, station.name, station.question)
        for theme in project.themes.list(station.id):
            items = [_item(n) for n in notes if n.theme_id == theme.id]
            regions = [
                " ".join(r.caption.split())
                for r in project.recordings.regions(theme_id=theme.id)
                if r.caption.strip()
            ]
            section.groups.append(Group(theme.name, theme.color, items, theme.id, regions))
        rest = [_item(n) for n in notes if n.theme_id is None]
        if rest:
            section.groups.append(Group(labels["unsorted"], "", rest))
        if by_votes:
            for group in section.groups:
                group.items.sort(key=lambda item: -item.votes)
        sections.append(section)
    return Summary(workshop, sections, labels, lang, _cross_sections(project, station_ids))


def _cross_sections(project: Project, station_ids: list[int] | None) -> list[CrossSection]:
    """Cross-station themes with the themes and notes of the exported stations."""
    stations = {s.id: s.name for s in project.stations.list()}
    themes = {t.id: t for t in project.themes.list()}
    result = []
    for cross in project.cross_themes.list():
        shown = [
            themes[t]
            for t in cross.theme_ids
            if t in themes and (station_ids is None or themes[t].station_id in station_ids)
        ]
        items = []
        for note_id in project.cross_themes.notes_of(cross.id):
            note = project.notes.get(note_id)
            if station_ids is not None and note.station_id not in station_ids:
                continue
            if (note.text or "").strip() and note.kind != "header":
                items.append(_item(note))
        if shown or items:
            names = [f"{stations[t.station_id]}: {t.name}" for t in shown]
            result.append(CrossSection(cross.name, cross.color, cross.statement, names, items))
    return result


def overview_rows(summary: Summary) -> list[tuple[str, str, str, str]]:
    """The overview table: station, its themes with their note counts, notes, votes.

    The last row holds the totals.
    """
    rows = []
    for s in summary.stations:
        themes = ", ".join(f"{g.name} ({len(g.items)})" for g in s.groups if g.theme_id)
        rows.append((f"{s.number}. {s.name}", themes, str(s.note_count), str(s.votes)))
    notes = sum(s.note_count for s in summary.stations)
    votes = sum(s.votes for s in summary.stations)
    rows.append((summary.labels["total"], "", str(notes), str(votes)))
    return rows
