"""The summary as PDF (fpdf2): real, searchable text in an embedded TrueType font.

A4, bookmarks for the stations and themes, page numbers, the pictures scaled to the
text width. The font is found by :mod:`app.export.fonts` (DejaVu Sans, with umlauts).
"""

from __future__ import annotations

import io
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

from app.errors import PinscribeError
from app.export.charts import UNSORTED, hex_rgb
from app.export.fonts import find_family
from app.export.pictures import Picture, Pictures
from app.export.summary import Item, Summary, overview_rows, paragraphs, vote_label

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
FONT = "Sans"
INK = (34, 34, 34)
GREY = (110, 110, 110)
VOTES = (160, 48, 40)
RULE = (210, 210, 210)
PX_PER_MM = 7.0
CROP_WIDTH = 14.0  # mm  # pictures are drawn for about 180 dpi


def clean(text: str) -> str:
    """``text`` without control characters (line breaks become spaces)."""
    return _CONTROL.sub("", " ".join(text.split()))


class _Pdf(FPDF):
    """A4 pages with the workshop's title above and the page number below."""

    def __init__(self, title: str, page_label: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title, self.page_label = title, page_label

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_y(9)
            self.set_font(FONT, "", 8)
            self.set_text_color(*GREY)
            self.cell(0, 5, self.doc_title, align="L")
            self.set_draw_color(*RULE)
            self.set_line_width(0.3)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.page_label} {self.page_no()} / {{nb}}", align="C")


def _new(summary: Summary) -> _Pdf:
    family = find_family()
    if family is None:
        raise PinscribeError(
            "PDF export needs the DejaVu Sans font (or Arial); it was not found on this computer."
        )
    pdf = _Pdf(clean(summary.workshop.title), summary.labels["page"])
    pdf.add_font(FONT, "", str(family.regular))
    pdf.add_font(FONT, "B", str(family.bold))
    pdf.add_font(FONT, "I", str(family.italic))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(clean(summary.workshop.title))
    pdf.set_author(clean(summary.workshop.moderation))
    pdf.set_subject(clean(summary.workshop.subtitle))
    pdf.set_creator("Pinscribe")
    pdf.set_lang("de-DE" if summary.language == "de" else "en-GB")
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _room(pdf: _Pdf, height: float) -> None:
    """Start a new page unless ``height`` mm fit on this one."""
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()


def _heading(pdf: _Pdf, text: str, size: float, level: int | None = None, keep: float = 30) -> None:
    """A heading kept on one page with the ``keep`` mm that follow it."""
    _room(pdf, size * 1.2 + keep)
    pdf.ln(size * 0.45)
    if level is not None:
        pdf.start_section(text, level=level)
    pdf.set_font(FONT, "B", size)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _rule(pdf: _Pdf) -> None:
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2.5)


def _size(pdf: _Pdf, picture: Picture, max_width: float | None = None) -> tuple[float, float]:
    """A picture's width and height on the page, in mm (at most a page's text area)."""
    text_width = pdf.w - pdf.l_margin - pdf.r_margin
    width = min(max_width or text_width, picture.width / PX_PER_MM)
    height = width * picture.height / picture.width
    room = pdf.h - pdf.b_margin - pdf.t_margin - 12
    if height > room:  # a tall picture: fit it to a page
        height, width = room, room * picture.width / picture.height
    return width, height


def _picture(pdf: _Pdf, picture: Picture, max_width: float | None = None) -> None:
    text_width = pdf.w - pdf.l_margin - pdf.r_margin
    width, height = _size(pdf, picture, max_width)
    _room(pdf, height + (8 if picture.caption else 3))
    x = pdf.l_margin + (text_width - width) / 2
    pdf.image(io.BytesIO(picture.data), x=x, y=pdf.get_y(), w=width, h=height)
    pdf.set_y(pdf.get_y() + height + 1.5)
    if picture.caption:
        pdf.set_font(FONT, "I", 8)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 4, clean(picture.caption), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _bullet(pdf: _Pdf, item: Item, labels: dict[str, str], crop: Picture | None) -> None:
    indent = pdf.l_margin + 5
    top = pdf.get_y()
    crop_height = 0.0
    if crop is not None:
        crop_height = _crop_height(crop)
        _room(pdf, crop_height + 2)
        top = pdf.get_y()
        pdf.image(io.BytesIO(crop.data), x=indent, y=top, w=CROP_WIDTH, h=crop_height)
        text_left = indent + CROP_WIDTH + 3
        pdf.set_font(FONT, "", 10)
        words = pdf.get_string_width(clean(item.text)) + (25 if item.votes else 0)
        lines = int(words // (pdf.w - pdf.r_margin - text_left)) + 1
        text_top = top + max(0.0, (crop_height - lines * 5.2) / 2)
    else:
        _room(pdf, 6)
        top = pdf.get_y()
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(*GREY)
        pdf.set_xy(pdf.l_margin + 1, top)
        pdf.cell(4, 5.2, "•")
        text_left, text_top = indent, top
    margin = pdf.l_margin
    pdf.set_left_margin(text_left)
    pdf.set_xy(text_left, text_top)
    pdf.set_font(FONT, "", 10)
    pdf.set_text_color(*INK)
    pdf.write(5.2, clean(item.text))
    if item.votes:
        pdf.set_font(FONT, "B", 9)
        pdf.set_text_color(*VOTES)
        pdf.write(5.2, "  (" + vote_label(item.votes, labels).replace(" ", "\u00a0") + ")")
    if item.tags:
        pdf.set_font(FONT, "I", 8.5)
        pdf.set_text_color(*GREY)
        pdf.write(5.2, "   " + " · ".join(clean(t) for t in item.tags))
    pdf.ln(5.2)
    pdf.set_left_margin(margin)
    pdf.set_x(margin)
    pdf.set_y(max(pdf.get_y(), top + crop_height) + 1.3)


def _crop_height(crop: Picture) -> float:
    return CROP_WIDTH * crop.height / max(crop.width, 1)


def _theme(pdf: _Pdf, name: str, color: tuple[int, int, int], keep: float) -> None:
    """A theme's heading, on one page with the ``keep`` mm of its first note."""
    _room(pdf, 12 + keep)
    pdf.ln(2.5)
    pdf.start_section(name, level=1)
    top = pdf.get_y()
    pdf.set_fill_color(*color)
    pdf.rect(pdf.l_margin, top + 0.6, 2.2, 5.2, style="F")
    pdf.set_x(pdf.l_margin + 4.5)
    pdf.set_font(FONT, "B", 12)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 6.4, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _overview(pdf: _Pdf, summary: Summary, pictures: Pictures) -> None:
    labels = summary.labels
    keep = _size(pdf, pictures.overview)[1] + 5 if pictures.overview else 30
    _heading(pdf, labels["overview"], 15, level=0, keep=keep)
    _rule(pdf)
    if pictures.overview:
        _picture(pdf, pictures.overview)
    rows = overview_rows(summary)
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*RULE)
    heads = (labels["station"], labels["themes"], labels["notes"], labels["votes"].capitalize())
    with pdf.table(
        col_widths=(48, 76, 22, 20),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=(238, 241, 245)),
        line_height=5,
        padding=1.5,
        borders_layout="HORIZONTAL_LINES",
    ) as table:
        table.row(heads)
        for index, values in enumerate(rows):
            style = FontFace(emphasis="BOLD") if index == len(rows) - 1 else None
            table.row([clean(v) for v in values], style=style)
    pdf.ln(4)


def render_pdf(summary: Summary, pictures: Pictures | None = None) -> bytes:
    """The summary as PDF bytes."""
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    pdf = _new(summary)
    pdf.set_font(FONT, "B", 21)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 9.5, clean(w.title), new_x="LMARGIN", new_y="NEXT")
    if w.subtitle:
        pdf.ln(1)
        pdf.set_font(FONT, "", 13)
        pdf.set_text_color(70, 70, 70)
        pdf.multi_cell(0, 6.5, clean(w.subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, value in summary.facts():
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(*INK)
        pdf.write(5.5, f"{label}: ")
        pdf.set_font(FONT, "", 10)
        pdf.write(5.5, clean(value))
        pdf.ln(5.5)
    pdf.set_font(FONT, "", 10)
    for text in paragraphs(w.description):
        pdf.ln(2.5)
        pdf.multi_cell(0, 5.2, clean(text), new_x="LMARGIN", new_y="NEXT")
    if summary.stations:
        _overview(pdf, summary, pictures)
    if pictures.recordings:
        keep = _size(pdf, pictures.recordings[0])[1] + 10
        _heading(pdf, labels["recordings"], 15, level=0, keep=keep)
        _rule(pdf)
        for picture in pictures.recordings:
            _picture(pdf, picture)
    for section in summary.stations:
        mine = pictures.station(section.station_id)
        keep = _size(pdf, mine.chart, 150)[1] + 25 if mine.chart else 40
        _heading(pdf, clean(f"{section.number}. {section.name}"), 15, level=0, keep=keep)
        _rule(pdf)
        if section.question:
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_text_color(*INK)
            pdf.write(5.6, f"{labels['question']}: ")
            pdf.set_font(FONT, "I", 10.5)
            pdf.write(5.6, clean(section.question))
            pdf.ln(8)
        if mine.chart:
            _picture(pdf, mine.chart, 150)
        if not section.groups:
            pdf.set_font(FONT, "", 10)
            pdf.set_text_color(*GREY)
            pdf.multi_cell(0, 5.2, labels["empty"], new_x="LMARGIN", new_y="NEXT")
        for group in section.groups:
            color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
            first = group.items[0] if group.items else None
            crop = pictures.crops.get(first.note_id) if first else None
            _theme(pdf, clean(group.name), color, _crop_height(crop) + 2 if crop else 8)
            for item in group.items:
                _bullet(pdf, item, labels, pictures.crops.get(item.note_id))
            if not group.items:
                pdf.set_font(FONT, "", 10)
                pdf.set_text_color(*GREY)
                pdf.multi_cell(0, 5.2, labels["empty"], new_x="LMARGIN", new_y="NEXT")
            if group.regions:
                pdf.set_font(FONT, "I", 10)
                pdf.set_text_color(*GREY)
                shown = clean(f"{labels['recording']}: " + "; ".join(group.regions))
                pdf.multi_cell(0, 5.2, shown, new_x="LMARGIN", new_y="NEXT")
        if mine.boards or mine.recordings:
            pdf.ln(3)
        for picture in mine.boards + mine.recordings:
            _picture(pdf, picture)
    _cross(pdf, summary)
    return bytes(pdf.output())


def _cross(pdf: _Pdf, summary: Summary) -> None:
    """The section of cross-station themes, if any."""
    if not summary.cross:
        return
    labels = summary.labels
    _heading(pdf, clean(labels["cross"]), 15, level=0, keep=40)
    _rule(pdf)
    for cross in summary.cross:
        _theme(pdf, clean(cross.name), hex_rgb(cross.color), 8)
        pdf.set_text_color(*INK)
        if cross.statement.strip():
            pdf.set_font(FONT, "", 10.5)
            pdf.multi_cell(0, 5.4, clean(cross.statement.strip()), new_x="LMARGIN", new_y="NEXT")
        if cross.themes:
            pdf.set_font(FONT, "I", 10)
            pdf.set_text_color(*GREY)
            shown = clean(f"{labels['gathers']}: " + "; ".join(cross.themes))
            pdf.multi_cell(0, 5.2, shown, new_x="LMARGIN", new_y="NEXT")
        for item in cross.items:
            _bullet(pdf, item, labels, None)
