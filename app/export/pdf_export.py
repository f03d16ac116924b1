"""The summary as a tagged PDF (fpdf2 draws, :mod:`app.export.pdf_tags` tags).

A4, left-aligned text in an embedded TrueType font (DejaVu Sans, with fallback fonts
for glyphs it lacks), bookmarks for the stations and themes, page numbers, running
heads as artifacts. Pictures fill the rest of a page rather than leave it half empty
(down to 60 % of their size), and keep their caption on the same page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import cast

from fpdf.enums import XPos, YPos
from fpdf.errors import FPDFException

from app.errors import PinscribeError
from app.export.charts import UNSORTED, hex_rgb
from app.export.fonts import DAMAGED_FONT_ERRORS, fallback_fonts, find_family, missing
from app.export.pdf_tags import TaggedPdf
from app.export.pictures import Picture, Pictures
from app.export.richtext import Block, blocks
from app.export.summary import (
    Group,
    Item,
    StationSection,
    Summary,
    overview_rows,
    review_note,
    vote_label,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
FONT = "Sans"
INK = (34, 34, 34)
UNCHECKED = (105, 105, 105)
GREY = (110, 110, 110)
VOTES = (160, 48, 40)
RULE = (210, 210, 210)
PX_PER_MM = 7.0  # pictures are drawn for about 180 dpi
CROP_WIDTH = 14.0  # mm
LINE = 5.2
SHRINK = 0.6  # a picture may shrink to this share of its size to fill a page
REPLACEMENT = "\ufffd"


@lru_cache(maxsize=1)
def _fonts() -> tuple[Path, ...]:
    family = find_family()
    return ((family.regular,) if family else ()) + fallback_fonts()


def clean(text: str, lines: bool = False) -> str:
    """``text`` without control characters; line breaks become spaces unless ``lines``.

    A character none of the embedded fonts can draw becomes "�" (visibly missing,
    never silently dropped).
    """
    if lines:  # spaces collapsed, not stripped: a run may start or end with one
        # split, not splitlines: a break that ends a run (before a link) is kept
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join(re.sub(r"\s+", " ", line) for line in parts)
    else:
        text = " ".join(text.split())
    text = _CONTROL.sub("", text)
    for char in missing(text, _fonts()):
        text = text.replace(char, REPLACEMENT)
    return text


class _Pdf(TaggedPdf):
    """A4 pages with the workshop's title above and the page number below."""

    def __init__(self, title: str, page_label: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title, self.page_label = title, page_label

    def running_head(self) -> None:
        if self.page_no() > 1:
            self.set_y(9)
            self.set_font(FONT, "", 8)
            self.set_text_color(*GREY)
            self.cell(0, 5, self.doc_title, align="L")
            self.set_draw_color(*RULE)
            self.set_line_width(0.3)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_y(self.t_margin)

    def running_foot(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.page_label} {self.page_no()} / {{nb}}", align="C")

    @property
    def room(self) -> float:
        """The height left on this page, in mm."""
        return self.h - self.b_margin - self.get_y()

    def text_block(
        self, text: str, size: float = 10, style: str = "", color: tuple[int, int, int] = INK
    ) -> None:
        """A left-aligned paragraph of ``text`` (line breaks kept)."""
        self.set_font(FONT, style, size)
        self.set_text_color(*color)
        self.multi_cell(
            0, size * 0.52, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )


#: What adding a font file fpdf2 cannot embed raises.
_EMBED_ERRORS: tuple[type[Exception], ...] = (FPDFException, *DAMAGED_FONT_ERRORS)


def _new(summary: Summary) -> _Pdf:
    family = find_family()
    if family is None:
        raise PinscribeError.coded("export.pdf_font_missing")
    pdf = _Pdf(clean(summary.workshop.title), summary.labels["page"])
    pdf.add_font(FONT, "", str(family.regular))
    pdf.add_font(FONT, "B", str(family.bold))
    pdf.add_font(FONT, "I", str(family.italic))
    names = []
    for index, path in enumerate(fallback_fonts()):
        try:
            pdf.add_font(f"Fallback{index}", "", str(path))
        except _EMBED_ERRORS:  # a font fpdf2 cannot embed is not used
            continue
        names.append(f"Fallback{index}")
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(clean(summary.workshop.title))
    pdf.set_author(clean(summary.workshop.moderation))
    pdf.set_subject(clean(summary.workshop.subtitle))
    pdf.set_creator("Pinscribe")
    pdf.set_lang(_language(summary))
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _language(summary: Summary) -> str:
    return "de-DE" if summary.language == "de" else "en-GB"


def _room(pdf: _Pdf, height: float) -> None:
    """Start a new page unless ``height`` mm fit on this one."""
    if pdf.room < height:
        pdf.add_page()


def _heading(
    pdf: _Pdf, text: str, size: float, kind: str, level: int | None, keep: float = 30
) -> None:
    """A heading kept on one page with the ``keep`` mm that follow it."""
    _room(pdf, size * 1.2 + keep)
    pdf.ln(size * 0.45)
    if level is not None:
        pdf.start_section(text, level=level)
    with pdf.tag(kind):
        pdf.text_block(text, size, "B")
    pdf.ln(1.5)


def _rule(pdf: _Pdf) -> None:
    with pdf.artifact():
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2.5)


def _size(pdf: _Pdf, picture: Picture, max_width: float | None = None) -> tuple[float, float]:
    """A picture's width and height on the page, in mm (at most a page's text area)."""
    width = min(max_width or pdf.epw, picture.width / PX_PER_MM)
    height = width * picture.height / picture.width
    room = pdf.h - pdf.b_margin - pdf.t_margin - 14
    if height > room:  # a tall picture: fit it to a page
        height, width = room, room * picture.width / picture.height
    return width, height


def _picture(pdf: _Pdf, picture: Picture, max_width: float | None = None) -> None:
    """A picture and its caption, on one page; shrunk to fill this page if that is enough."""
    width, height = _size(pdf, picture, max_width)
    caption = 9.0 if picture.caption else 3.0
    if pdf.room < height + caption:
        fits = pdf.room - caption
        if fits >= height * SHRINK and fits >= 40:
            width, height = width * fits / height, fits
        else:
            pdf.add_page()
    x = pdf.l_margin + (pdf.epw - width) / 2
    with pdf.tag("Figure", alt=clean(picture.alt or picture.caption)):
        pdf.image(io.BytesIO(picture.data), x=x, y=pdf.get_y(), w=width, h=height)
    pdf.set_y(pdf.get_y() + height + 1.5)
    if picture.caption:
        with pdf.tag("Caption"):
            pdf.set_font(FONT, "I", 8)
            pdf.set_text_color(*GREY)
            pdf.multi_cell(
                0, 4, clean(picture.caption), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
    pdf.ln(3)


def _list_item(pdf: _Pdf, write: object, indent: float = 5, glyph: str = "•") -> None:
    """One list item: a label and a body that ``write()`` draws."""
    _room(pdf, 6)
    top = pdf.get_y()
    with pdf.group("LI"):
        with pdf.tag("Lbl"):
            pdf.set_font(FONT, "B", 10)
            pdf.set_text_color(*GREY)
            pdf.set_xy(pdf.l_margin + indent - 4, top)
            pdf.cell(4, LINE, glyph)
        margin = pdf.l_margin
        pdf.set_left_margin(margin + indent)
        pdf.set_xy(margin + indent, top)
        with pdf.tag("LBody"):
            write()  # type: ignore[operator]
        pdf.set_left_margin(margin)
        pdf.set_x(margin)
    pdf.ln(1.3)


def _bullet(
    pdf: _Pdf, item: Item, labels: dict[str, str], crop: Picture | None, size: float = 10
) -> None:
    def write() -> None:
        pdf.set_font(FONT, "", size)
        pdf.set_text_color(*(INK if item.reviewed else UNCHECKED))
        pdf.write(LINE, clean(item.text))
        if not item.reviewed:
            pdf.set_font(FONT, "B", size)
            pdf.set_text_color(*VOTES)
            pdf.write(LINE, "\u00a0" + labels["marker"])
        if item.votes:
            pdf.set_font(FONT, "B", size - 1)
            pdf.set_text_color(*VOTES)
            pdf.write(LINE, "  (" + vote_label(item.votes, labels).replace(" ", "\u00a0") + ")")
        if item.tags:
            pdf.set_font(FONT, "I", size - 1.5)
            pdf.set_text_color(*GREY)
            pdf.write(LINE, "   " + " · ".join(clean(t) for t in item.tags))
        pdf.ln(LINE)

    if crop is None:
        _list_item(pdf, write)
        return
    height = CROP_WIDTH * crop.height / max(crop.width, 1)
    _room(pdf, height + 2)
    top = pdf.get_y()
    with pdf.group("LI"):
        with pdf.group("Lbl"), pdf.tag("Figure", alt=clean(crop.alt or item.text)):
            pdf.image(io.BytesIO(crop.data), x=pdf.l_margin + 5, y=top, w=CROP_WIDTH, h=height)
        margin = pdf.l_margin
        left = margin + 5 + CROP_WIDTH + 3
        pdf.set_left_margin(left)
        pdf.set_xy(left, top + max(0.0, (height - 2 * LINE) / 2))
        with pdf.tag("LBody"):
            write()
        pdf.set_left_margin(margin)
        pdf.set_x(margin)
    pdf.set_y(max(pdf.get_y(), top + height) + 1.3)


def _points(pdf: _Pdf, points: list[str], size: float = 10.5, bold: bool = False) -> None:
    """The facilitator's statement: one bullet a point."""
    if not points:
        return
    with pdf.group("L"):
        for point in points:
            _list_item(pdf, lambda p=point: pdf.text_block(clean(p), size, "B" if bold else ""))
    pdf.ln(1)


def _blocks(pdf: _Pdf, parsed: list[Block], heading_size: float = 13) -> None:
    """The organiser's text: paragraphs, headings and lists (bold runs kept)."""
    index = 0
    while index < len(parsed):
        block = parsed[index]
        if block.kind in ("bullet", "number"):
            run = [b for b in parsed[index:]]
            end = next((i for i, b in enumerate(run) if b.kind != block.kind), len(run))
            with pdf.group("L"):
                for item in run[:end]:
                    glyph = f"{item.number}." if item.kind == "number" else "•"
                    _list_item(pdf, lambda b=item: _runs(pdf, b), 6, glyph)
            pdf.ln(1.5)
            index += end
            continue
        if block.kind == "heading":
            _heading(pdf, clean(block.text), heading_size, "H2", None, keep=15)
        else:
            _room(pdf, 12)
            with pdf.tag("P"):
                _runs(pdf, block)
            pdf.ln(2.5)
        index += 1


def _runs(pdf: _Pdf, block: Block) -> None:
    for run in block.runs:
        pdf.set_font(FONT, "B" if run.bold else "", 10)
        pdf.set_text_color(*INK)
        if run.text == "\n":
            pdf.ln(LINE)
            continue
        text = clean(run.text, lines=True)
        if run.link:
            text += f" ({run.link})"
        parts = text.split("\n")
        for n, part in enumerate(parts):
            if n:
                pdf.ln(LINE)
            pdf.write(LINE, part)
    pdf.ln(LINE)


def _group_heading(pdf: _Pdf, group: Group, keep: float) -> None:
    """A theme's heading with a bar in its colour, on one page with ``keep`` mm."""
    color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
    _room(pdf, 12 + keep)
    pdf.ln(2.5)
    name = clean(group.name)
    pdf.start_section(name, level=1)
    top = pdf.get_y()
    with pdf.artifact():
        pdf.set_fill_color(*color)
        pdf.rect(pdf.l_margin, top + 0.6, 2.2, 5.2, style="F")
    pdf.set_left_margin(pdf.l_margin + 4.5)
    pdf.set_x(pdf.l_margin)
    with pdf.tag("H3"):
        pdf.text_block(name, 12, "B")
    pdf.set_left_margin(pdf.l_margin - 4.5)
    pdf.ln(1)


def _notes(pdf: _Pdf, group: Group, labels: dict[str, str], pictures: Pictures) -> None:
    """A theme's notes as a list (smaller, as evidence, beneath a statement)."""
    size = 9.0 if group.statement else 10.0
    if group.statement and group.items:
        _room(pdf, 16)  # the label stays with the first note
        with pdf.tag("P"):
            pdf.text_block(labels["evidence"] + ":", 9, "I", GREY)
    with pdf.group("L"):
        for item in group.items:
            _bullet(pdf, item, labels, pictures.crops.get(item.note_id), size)
    if not group.items:
        with pdf.tag("P"):
            pdf.text_block(labels["empty"], 10, "", GREY)


def _overview(pdf: _Pdf, summary: Summary, pictures: Pictures) -> None:
    labels = summary.labels
    with pdf.group("Sect"):
        keep = _size(pdf, pictures.overview)[1] * SHRINK + 5 if pictures.overview else 30
        _heading(pdf, labels["overview"], 15, "H2", 0, keep=keep)
        _rule(pdf)
        if pictures.overview:
            _picture(pdf, pictures.overview)
        heads = (
            labels["station"],
            labels["themes"],
            labels["notes"],
            labels["votes"].capitalize(),
        )
        _table(pdf, heads, overview_rows(summary), (46, 72, 22, 26))
    pdf.ln(4)


def _table(
    pdf: _Pdf,
    heads: tuple[str, ...],
    rows: Sequence[Sequence[str]],
    widths: tuple[float, ...],
) -> None:
    """A simple tagged table (Table > TR > TH/TD); numbers right-aligned, totals bold."""
    widths = tuple(w * pdf.epw / sum(widths) for w in widths)
    aligns = ("L", "L", "R", "R")
    line = 4.6

    def row(cells: Sequence[str], kind: str, style: str, fill: bool) -> None:
        cells = [clean(c) for c in cells]
        pdf.set_font(FONT, style, 9)
        height = _row_height(pdf, widths, cells, line)
        _room(pdf, height)
        top, x = pdf.get_y(), pdf.l_margin
        with pdf.artifact():
            if fill:
                pdf.set_fill_color(238, 241, 245)
                pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, top + height, pdf.l_margin + pdf.epw, top + height)
        with pdf.group("TR"):
            for width, text, align in zip(widths, cells, aligns, strict=True):
                pdf.set_xy(x + 1.5, top + 1.5)
                with pdf.tag(kind):
                    pdf.set_font(FONT, style, 9)
                    pdf.set_text_color(*INK)
                    pdf.multi_cell(width - 3, line, text, align=align)
                x += width
        pdf.set_xy(pdf.l_margin, top + height)

    pdf.set_font(FONT, "", 9)
    whole = sum(_row_height(pdf, widths, r, line) for r in [heads, *rows])
    if pdf.room < whole <= pdf.h - pdf.t_margin - pdf.b_margin - 10:
        pdf.add_page()  # a table that fits on a page is not split
    with pdf.group("Table"):
        row(heads, "TH", "B", True)
        for index, cells in enumerate(rows):
            row(cells, "TD", "B" if index == len(rows) - 1 else "", False)


def _row_height(
    pdf: _Pdf, widths: tuple[float, ...], cells: Sequence[str], line: float
) -> float:
    """A table row's height: its tallest cell, and the padding."""
    lines = [
        len(cast(list[str], pdf.multi_cell(w - 3, line, clean(c), dry_run=True, output="LINES")))
        for w, c in zip(widths, cells, strict=True)
    ]
    return max(lines) * line + 3


def _station(
    pdf: _Pdf, summary: Summary, section: StationSection, pictures: Pictures
) -> None:
    labels = summary.labels
    mine = pictures.station(section.station_id)
    keep = _size(pdf, mine.chart, 150)[1] * SHRINK + 25 if mine.chart else 40
    _heading(pdf, clean(f"{section.number}. {section.name}"), 15, "H2", 0, keep=keep)
    _rule(pdf)
    if section.question:
        with pdf.tag("P"):
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_text_color(*INK)
            pdf.write(5.6, f"{labels['question']}: ")
            pdf.set_font(FONT, "I", 10.5)
            pdf.write(5.6, clean(section.question))
            pdf.ln(5.6)
        pdf.ln(2)
    _points(pdf, section.statement, 10.5)
    with pdf.tag("P"):
        pdf.text_block(review_note(section, labels), 9, "", GREY)
    pdf.ln(2)
    if mine.chart:
        _picture(pdf, mine.chart, 150)
    if not section.groups:
        with pdf.tag("P"):
            pdf.text_block(labels["empty"], 10, "", GREY)
    for group in section.groups:
        if summary.appendix and not group.statement:
            continue
        first = group.items[0] if group.items else None
        crop = pictures.crops.get(first.note_id) if first else None
        keep = CROP_WIDTH + 2 if crop else 8
        _group_heading(pdf, group, keep + (6 * len(group.statement[:1])))
        _points(pdf, group.statement, 10.5)
        if not summary.appendix:
            _notes(pdf, group, labels, pictures)
        if group.regions:
            with pdf.tag("P"):
                shown = clean(f"{labels['recording']}: " + "; ".join(group.regions))
                pdf.text_block(shown, 10, "I", GREY)
    if section.unchecked and not summary.appendix:
        pdf.ln(1)
        with pdf.tag("Note"):
            pdf.text_block(labels["footnote"], 8.5, "", GREY)
    if mine.boards or mine.recordings:
        pdf.ln(3)
    for picture in mine.boards + mine.recordings:
        _picture(pdf, picture)


def _cross(pdf: _Pdf, summary: Summary) -> None:
    """The section of cross-station themes, if any."""
    if not summary.cross:
        return
    labels = summary.labels
    with pdf.group("Sect"):
        _heading(pdf, clean(labels["cross"]), 15, "H2", 0, keep=40)
        _rule(pdf)
        for cross in summary.cross:
            _group_heading(pdf, Group(cross.name, cross.color, theme_id=-1), 8)
            if cross.statement.strip():
                with pdf.tag("P"):
                    pdf.text_block(clean(cross.statement.strip()), 10.5)
            if cross.themes:
                with pdf.tag("P"):
                    shown = clean(f"{labels['gathers']}: " + "; ".join(cross.themes))
                    pdf.text_block(shown, 10, "I", GREY)
            if cross.items:
                with pdf.group("L"):
                    for item in cross.items:
                        _bullet(pdf, item, labels, None)


def _appendix(pdf: _Pdf, summary: Summary, pictures: Pictures) -> None:
    labels = summary.labels
    with pdf.group("Sect"):
        _heading(pdf, labels["appendix"], 15, "H2", 0, keep=40)
        _rule(pdf)
        for section in summary.stations:
            with pdf.group("Sect"):
                _room(pdf, 30)
                pdf.start_section(clean(section.title), level=1)
                with pdf.tag("H3"):
                    pdf.text_block(clean(f"{section.number}. {section.name}"), 12, "B")
                for group in section.groups:
                    _room(pdf, 20)
                    with pdf.tag("H4"):
                        pdf.text_block(clean(group.name), 10.5, "B")
                    with pdf.group("L"):
                        for item in group.items:
                            _bullet(pdf, item, labels, pictures.crops.get(item.note_id))
                if section.unchecked:
                    with pdf.tag("Note"):
                        pdf.text_block(labels["footnote"], 8.5, "", GREY)
                pdf.ln(3)


def _front(pdf: _Pdf, summary: Summary) -> None:
    """The title, the facts, the introduction and the method."""
    w = summary.workshop
    with pdf.tag("H1"):
        pdf.text_block(clean(w.title), 21, "B")
    if w.subtitle:
        pdf.ln(1)
        with pdf.tag("P"):
            pdf.text_block(clean(w.subtitle), 13, "", (70, 70, 70))
    pdf.ln(3)
    for label, value in summary.facts():
        with pdf.tag("P"):
            pdf.set_font(FONT, "B", 10)
            pdf.set_text_color(*INK)
            pdf.write(5.5, f"{label}: ")
            pdf.set_font(FONT, "", 10)
            pdf.write(5.5, clean(value))
            pdf.ln(5.5)
    pdf.ln(3)
    _blocks(pdf, blocks(w.introduction))
    _blocks(pdf, blocks(w.description))


def _back(pdf: _Pdf, summary: Summary) -> None:
    """Credits, then the closing block (imprint, contact, event page)."""
    w = summary.workshop
    if w.credits.strip():
        with pdf.group("Sect"):
            _heading(pdf, summary.labels["credits"], 13, "H2", 0, keep=15)
            _blocks(pdf, blocks(w.credits))
    if w.closing.strip():
        closing = blocks(w.closing)
        pdf.ln(4)
        _room(pdf, sum(b.text.count("\n") + 1 for b in closing) * LINE + 3 * len(closing) + 3)
        _rule(pdf)
        with pdf.group("Sect"):
            _blocks(pdf, closing)


def render_pdf(summary: Summary, pictures: Pictures | None = None) -> bytes:
    """The summary as the bytes of a tagged PDF."""
    labels = summary.labels
    pictures = pictures or Pictures()
    pdf = _new(summary)
    _front(pdf, summary)
    if summary.stations:
        _overview(pdf, summary, pictures)
    if pictures.recordings:
        with pdf.group("Sect"):
            keep = _size(pdf, pictures.recordings[0])[1] * SHRINK + 10
            _heading(pdf, labels["recordings"], 15, "H2", 0, keep=keep)
            _rule(pdf)
            for picture in pictures.recordings:
                _picture(pdf, picture)
    for section in summary.stations:
        with pdf.group("Sect"):
            _station(pdf, summary, section, pictures)
    _cross(pdf, summary)
    if summary.appendix:
        _appendix(pdf, summary, pictures)
    _back(pdf, summary)
    return pdf.tagged_output(clean(summary.workshop.title), _language(summary))
