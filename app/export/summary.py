"""The themed summary's content, independent of any output format.

Per station, in station order: its name and guiding question, its themes in order
with their notes, then the notes in no theme under "Weitere Notizen".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from app.domain import Note, Workshop
from app.export.options import ExportOptions
from app.export.richtext import lines_of
from app.privacy.names import is_published, published_text
from app.store import Project

LABELS = {
    "de": {
        "moderation": "Moderation",
        "date": "Datum",
        "place": "Ort",
        "question": "Leitfrage",
        "unsorted": "Weitere Notizen",
        "votes": "Stimmen",
        "vote": "Stimme",
        "votes_checked": "Stimmen von Hand geprüft: %1 von %2 Notizen mit Stimmen.",
        "votes_checked_1": "Stimmen von Hand geprüft: %1 von 1 Notiz mit Stimmen.",
        "stations": "Stationen",
        "notes": "Notizen",
        "tags": "Schlagwörter",
        "empty": "Keine Notizen.",
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
        "chart": "Themen nach Zahl der Notizen und Stimmen",
        "page": "Seite",
        "contents": "Inhalt",
        "time": "Zeit",
        "credits": "Bildnachweis und Mitwirkende",
        "appendix": "Anhang: Notizen der Stationen",
        "evidence": "Aus den Notizen",
        "marker": "*",
        "footnote": "* noch nicht geprüft: automatisch gelesen, vom Moderationsteam "
        "noch nicht bestätigt",
        "unchecked_count": "{n} davon noch nicht geprüft (*)",
        "omitted_count": "{n} noch nicht geprüfte nicht aufgeführt",
        "unreadable_count": "{n} nicht lesbare Notizen nicht aufgeführt",
        "unreadable_count_1": "1 nicht lesbare Notiz nicht aufgeführt",
        "note_count": "{n} Notizen",
        "note_count_1": "1 Notiz",
        "photo_of": "Foto {i} von {n}",
        "photos": "{n} Fotos zusammengesetzt",
        "picture_of": "Abbildung {i} von {n}",
        "count": "Anzahl",
        "board_alt": "Foto der Pinnwand von {station}; die Notizen sind nach Themen "
        "farbig umrandet{themes}",
        "chart_alt": "Balkendiagramm: je Thema die Zahl der Notizen und der Stimmen. {data}",
        "overview_alt": "Balkendiagramm: je Station die Notizen, nach Themen aufgeteilt. "
        "{data}",
        "overview_chart": "Notizen je Station, nach Themen",
        "other_colour": "Grau: Weitere Notizen",
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
        "votes_checked_1": "Votes checked by hand: %1 of 1 note with votes.",
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
        "time": "Time",
        "credits": "Credits",
        "appendix": "Appendix: the stations' notes",
        "evidence": "From the notes",
        "marker": "*",
        "footnote": "* not yet checked: read automatically, not yet checked by the facilitators",
        "unchecked_count": "{n} of them not yet checked (*)",
        "omitted_count": "{n} not yet checked and left out",
        "unreadable_count": "{n} unreadable cards left out",
        "unreadable_count_1": "1 unreadable card left out",
        "note_count": "{n} notes",
        "note_count_1": "1 note",
        "photo_of": "photo {i} of {n}",
        "photos": "{n} photos combined",
        "picture_of": "picture {i} of {n}",
        "count": "Number",
        "board_alt": "Photo of the board of {station}; the notes are outlined in their "
        "theme's colour{themes}",
        "chart_alt": "Bar chart: per theme the number of notes and of votes. {data}",
        "overview_alt": "Bar chart: per station its notes, split by theme. {data}",
        "overview_chart": "Notes per station, by theme",
        "other_colour": "Grey: further contributions",
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


def format_day(iso: str, language: str) -> str:
    """``2026-12-01`` in running text: "1. Dezember 2026" (de) or "1 December 2026" (en)."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    lang = language if language in _MONTHS else "de"
    month = _MONTHS[lang].split()[day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"


def vote_label(votes: int, labels: dict[str, str]) -> str:
    """The number of votes with its word: "3 Stimmen", "1 vote"."""
    return f"{votes} {labels['vote'] if votes == 1 else labels['votes']}"


def note_label(count: int, labels: dict[str, str]) -> str:
    """The number of notes with its word: "3 Notizen", "1 Notiz", "1 note"."""
    return labels["note_count_1"] if count == 1 else labels["note_count"].format(n=count)


@dataclass
class Item:
    """One note as a bullet point."""

    note_id: int
    text: str
    votes: int
    tags: list[str]
    color: str
    reviewed: bool = True
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
    statement: list[str] = field(default_factory=list)  # the facilitator's points

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
    statement: list[str] = field(default_factory=list)  # the facilitator's points
    unreadable: int = 0  # notes with no text (left out)
    omitted: int = 0  # unchecked notes left out by the options

    @property
    def unchecked(self) -> int:
        """How many of the notes shown no one has checked yet."""
        return sum(not item.reviewed for g in self.groups for item in g.items)

    @property
    def title(self) -> str:
        """"Station 1 – Governance und Organisation"."""
        return f"Station {self.number} – {self.name}"

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
    evidence: str = "beneath"  # the notes beneath each statement, or in an "appendix"

    @property
    def appendix(self) -> bool:
        """Whether the notes go into an appendix (only when there are statements)."""
        return self.evidence == "appendix" and any(
            s.statement or any(g.statement for g in s.groups) for s in self.stations
        )

    @property
    def unchecked(self) -> int:
        return sum(s.unchecked for s in self.stations)

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
        label = self.labels["votes_checked_1" if voted == 1 else "votes_checked"]
        return label.replace("%1", str(checked)).replace("%2", str(voted))

    def facts(self) -> list[tuple[str, str]]:
        """The header's (label, value) lines that have a value: date, place, moderation."""
        facts = [
            (self.labels["date"], self.date),
            (self.labels["time"], self.workshop.time_slot),
            (self.labels["place"], self.workshop.place),
            (self.labels["moderation"], self.workshop.moderation),
        ]
        return [(label, value) for label, value in facts if value]


def paragraphs(text: str) -> list[str]:
    """A description's paragraphs: split at blank lines, inner line breaks kept."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]


def _item(note: Note) -> Item:
    # a note's line breaks follow the paper's width, not the sentence: join them;
    # names as the organiser chose (see app.privacy.names)
    text = " ".join((published_text(note) or "").split())
    return Item(
        note.id,
        text,
        note.votes,
        list(note.tags),
        note.color,
        reviewed=note.reviewed,
        votes_checked=note.votes_checked,
    )


def build_summary(
    project: Project,
    *,
    station_ids: list[int] | None = None,
    by_votes: bool = False,
    language: str | None = None,
    options: ExportOptions | None = None,
) -> Summary:
    """Collect what a summary shows; notes with no text are left out (and counted).

    ``options``, when given, stand for ``station_ids``, ``by_votes`` and ``language``
    and also say whether unchecked notes are marked or left out, whether recording
    regions are named, and where the notes go when there are statements.
    """
    if options is not None:
        station_ids, by_votes = options.stations, options.by_votes
        language = options.language or language
    options = options or ExportOptions()
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
            if n.kind != "header" and is_published(n)  # a note left out is not counted either
        ]
        readable = [n for n in notes if (n.text or "").strip()]
        section = StationSection(station.id, number, station.name, station.question)
        section.statement = lines_of(station.statement)
        section.unreadable = len(notes) - len(readable)
        if options.unreviewed == "omit":
            section.omitted = sum(not n.reviewed for n in readable)
            readable = [n for n in readable if n.reviewed]
        themes = project.themes.list(station.id)
        for theme in themes:
            items = [_item(n) for n in readable if n.theme_id == theme.id]
            regions = []
            if options.recordings:  # a region names a picture that is left out otherwise
                regions = [
                    " ".join(r.caption.split())
                    for r in project.recordings.regions(theme_id=theme.id)
                    if r.caption.strip()
                ]
            group = Group(theme.name, theme.color, items, theme.id, regions)
            group.statement = lines_of(theme.statement)
            section.groups.append(group)
        # unsorted: also a note whose theme was left out (damaged) or is another station's
        rest = [_item(n) for n in readable if n.theme_id not in {t.id for t in themes}]
        if rest:
            section.groups.append(Group(labels["unsorted"], "", rest))
        if by_votes:
            for group in section.groups:
                group.items.sort(key=lambda item: -item.votes)
        sections.append(section)
    cross = _cross_sections(project, station_ids, omit=options.unreviewed == "omit")
    return Summary(workshop, sections, labels, lang, cross, options.evidence)


def review_note(section: StationSection, labels: dict[str, str]) -> str:
    """The station's count line: "8 Notizen, 3 davon noch nicht geprüft (*); ..."."""
    count = section.note_count
    parts = [note_label(count, labels)]
    if section.unchecked:
        parts.append(labels["unchecked_count"].format(n=section.unchecked))
    if section.omitted:
        parts.append(labels["omitted_count"].format(n=section.omitted))
    if section.unreadable:
        key = "unreadable_count_1" if section.unreadable == 1 else "unreadable_count"
        parts.append(labels[key].format(n=section.unreadable))
    return ", ".join(parts[:2]) + "".join(f"; {p}" for p in parts[2:]) + "."


def _cross_sections(
    project: Project, station_ids: list[int] | None, *, omit: bool = False
) -> list[CrossSection]:
    """Cross-station themes with the themes and notes of the exported stations."""
    stations = {s.id: s.name for s in project.stations.list()}
    # damaged rows are left out of the lists, and so of the cross themes
    themes = {t.id: t for t in project.themes.list() if t.station_id in stations}
    notes = {n.id: n for n in project.notes.list()}
    result = []
    for cross in project.cross_themes.list():
        shown = [
            themes[t]
            for t in cross.theme_ids
            if t in themes and (station_ids is None or themes[t].station_id in station_ids)
        ]
        items = []
        for note_id in project.cross_themes.notes_of(cross.id):
            note = notes.get(note_id)
            if note is None or station_ids is not None and note.station_id not in station_ids:
                continue
            if omit and not note.reviewed:
                continue
            if (note.text or "").strip() and note.kind != "header" and is_published(note):
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
