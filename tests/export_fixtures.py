"""A small but complete workshop for the export tests (and for looking at exports)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from app.store import Project

DANGEROUS = '<script>alert(1)</script> & "Quotes" <b>'
UMLAUTS = "Bürgerbeteiligung für Ältere: Größe und Übermaß (ß) öffentlich"
FORMULA = '=HYPERLINK("http://x")'

STATIONS = [
    (
        "Governance und Organisation",
        "Welche Strukturen braucht eine erfolgreiche Smart City?",
        [
            ("Prozesse", [("Schlanke Prozesse mit klarer Kommunikation", 3), (DANGEROUS, 0)]),
            ("Rückhalt", [("Politisches Mandat und Rückhalt von oben einfordern", 5)]),
            ("Zusammenarbeit", [("Allianz der Willigen suchen", 1), ("Silos aufbrechen", 2)]),
        ],
        [("Interkommunal arbeiten und Kosten teilen", 0)],
    ),
    (
        "Technologie und Infrastruktur",
        "Welche digitalen Lösungen sind für Kommunen besonders relevant?",
        [
            ("Datenplattform", [("Urbane Datenplattform ist unersetzlich", 4), (FORMULA, 0)]),
            ("Leerstand", [("Rückschlüsse auf Leerstand in Innenstädten", 2)]),
        ],
        [(UMLAUTS, 1)],
    ),
    (
        "Bürgerbeteiligung und Akzeptanz",
        "Wie können Menschen aktiv in den digitalen Wandel eingebunden werden?",
        [],
        [],
    ),
]

NOTE_COLORS = {
    "Prozesse": (250, 225, 90),
    "Rückhalt": (245, 150, 190),
    "Zusammenarbeit": (140, 210, 140),
    "Datenplattform": (120, 190, 240),
    "Leerstand": (250, 180, 90),
}


def jpeg(width: int, height: int, boxes: list[tuple[int, int, int, int]], colors: list) -> bytes:
    """A board photo: a light grey board with coloured notes at ``boxes``."""
    image = Image.new("RGB", (width, height), (226, 222, 214))
    draw = ImageDraw.Draw(image)
    for (x0, y0, x1, y1), color in zip(boxes, colors, strict=True):
        draw.rectangle((x0, y0, x1, y1), fill=color)
        for line in range(3):
            y = y0 + 30 + line * 28
            draw.line((x0 + 18, y, x1 - 18 - line * 20, y), fill=(40, 40, 60), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def crop_of(color: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (200, 200), color)
    ImageDraw.Draw(image).line((20, 100, 180, 100), fill=(30, 30, 30), width=6)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def build_project(path: Path) -> Project:
    """Create the test workshop at ``path`` and return it open."""
    project = Project.create(path, title="Smart City für Kommunen")
    project.workshop.update(
        subtitle="Grundlagen und erste Schritte zur digitalen Stadtentwicklung",
        date="2025-02-05",
        place="Regionalkonferenz Osnabrück",
        moderation="Johanna Amtmann, urban catalyst",
        description="Drei Gruppen durchliefen drei Stationen.\n\nJede mit einer Leitfrage.",
    )
    for name, question, themes, rest in STATIONS:
        station = project.stations.add(name, question)
        notes = [(theme, text, votes) for theme, items in themes for text, votes in items]
        notes += [(None, text, votes) for text, votes in rest]
        if not notes:
            continue
        boxes = [
            (40 + (i % 4) * 240, 40 + (i // 4) * 240, 240 + (i % 4) * 240, 240 + (i // 4) * 240)
            for i in range(len(notes))
        ]
        colors = [NOTE_COLORS.get(theme or "", (240, 240, 240)) for theme, _, _ in notes]
        photo = project.photos.add(
            station.id,
            jpeg(1000, 520 if len(notes) <= 4 else 760, boxes, colors),
            filename=f"board {station.position + 1}.jpg",
            width=1000,
            height=520 if len(notes) <= 4 else 760,
            mime="image/jpeg",
        )
        ids = {theme: project.themes.add(station.id, theme).id for theme, _ in themes}
        for (theme, text, votes), box, color in zip(notes, boxes, colors, strict=True):
            x0, y0, x1, y1 = box
            note = project.notes.add(
                photo.id,
                [(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
                text=text,
                votes=votes,
                confidence=0.87,
                reviewed=votes > 2,
                color="yellow",
                crop=crop_of(color),
            )
            if theme:
                project.notes.set_theme([note.id], ids[theme])
            if votes >= 3:
                project.tags.add([note.id], "Priorität")
            if "Daten" in text or text == UMLAUTS:
                project.tags.add([note.id], "Datenschutz")
    recording = jpeg(800, 500, [(100, 100, 700, 400)], [(255, 255, 255)])
    project.photos.add(
        None,
        recording,
        filename="recording.jpg",
        width=800,
        height=500,
        mime="image/jpeg",
        kind="recording",
    )
    return project


def all_texts() -> list[str]:
    texts = [t for _, _, themes, _ in STATIONS for _, items in themes for t, _ in items]
    return texts + [t for _, _, _, rest in STATIONS for t, _ in rest]


INTRODUCTION = (
    "Der erste Teil startete mit einer **Begrüßung** und Einordnung.\n\n"
    "Berichtet wurde:\n"
    "- drei Säulen: Kernteam, Fachämter, externe Akteure\n"
    "- ein ausführlicher Strategieprozess\n\n"
    "1. urbane Resilienz\n"
    "2. nachhaltiger Standort"
)
METHOD = "Die Teilnehmenden durchliefen in drei Gruppen die drei Stationen."
CREDITS = "Fotos: Pinscribe-Team\nGraphic Recording: Anna Zeichnerin"
CLOSING = (
    "Koordinierungs- und Transferstelle\n"
    "Heinrich-Konen-Straße 1 | 53227 Bonn\n\n"
    "Veranstaltungsseite [Regionalkonferenz](https://example.org/konferenz)"
)
STATION_STATEMENT = (
    "schlanke Prozesse mit klarer Kommunikation anschließen\n"
    "politisches Mandat und Rückhalt von oben einfordern"
)
THEME_STATEMENT = "„Allianz der Willigen“ suchen, um Projekte anzuschieben"
REGION = "Brücken zwischen den Ämtern"
RARE = "Ein Zeichen ⟁ und 𝄞"  # glyphs DejaVu Sans lacks (a fallback font or "�")


def build_publishable(path: Path) -> Project:
    """The test workshop with everything the organiser adds before publishing.

    The organiser's texts, statements for the first station and one theme, a header
    card, an unreadable note, a note with rare glyphs, and a straightened graphic
    recording with a captioned region linked to a theme.
    """
    project = build_project(path)
    project.workshop.update(
        introduction=INTRODUCTION,
        description=METHOD,
        time_slot="14:00–15:30",
        credits=CREDITS,
        closing=CLOSING,
    )
    first = project.stations.list()[0]
    project.stations.update(first.id, statement=STATION_STATEMENT)
    together = project.themes.by_name(first.id, "Zusammenarbeit")
    project.themes.update(together.id, statement=THEME_STATEMENT)
    photo = project.photos.list(first.id, kind="board")[0]
    project.notes.add(photo.id, [(10, 10), (30, 10), (30, 30), (10, 30)], kind="header",
                      text="GOVERNANCE", reviewed=True)
    project.notes.add(photo.id, [(40, 500), (60, 500), (60, 515), (40, 515)], text=None)
    project.notes.add(photo.id, [(70, 500), (90, 500), (90, 515), (70, 515)], text=RARE,
                      reviewed=True)
    recording = next(p for p in project.photos.list(kind="recording"))
    project.recordings.create(recording.id)
    project.recordings.update(
        recording.id, corners=[(100, 100), (700, 100), (700, 400), (100, 400)], paper="A1"
    )
    flat = io.BytesIO()
    Image.new("RGB", (600, 300), (250, 250, 250)).save(flat, "JPEG")
    project.recordings.set_flattened(recording.id, flat.getvalue())
    project.recordings.update(recording.id, aspect=2.0)
    project.recordings.add_region(
        recording.id, [(10, 10), (300, 10), (300, 150), (10, 150)], REGION, together.id
    )
    return project
