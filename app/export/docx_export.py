"""The summary as a Word document (python-docx).

Real heading styles (Heading 1: the workshop, Heading 2: overview and stations,
Heading 3: themes) so Word's navigation pane and table of contents work; notes are
"List Bullet" paragraphs.
"""

from __future__ import annotations

import datetime
import io
import re
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from app import __version__
from app.export.charts import UNSORTED, hex_rgb
from app.export.pictures import Picture, Pictures
from app.export.richtext import Block, blocks, plain
from app.export.summary import (
    Group,
    Item,
    StationSection,
    Summary,
    overview_rows,
    review_note,
    vote_label,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
VOTES = RGBColor(0xA0, 0x30, 0x28)
GREY = RGBColor(0x66, 0x66, 0x66)
UNCHECKED = RGBColor(0x60, 0x60, 0x60)
TEXT_WIDTH = Cm(16)
MAX_HEIGHT = Cm(19.5)  # a picture and its caption always fit on one page


def clean(text: str) -> str:
    """``text`` without the control characters XML cannot hold."""
    return _CONTROL.sub("", text)


def _picture(doc: docx.document.Document, picture: Picture, width: int) -> None:
    """A picture with its alt text, kept on one page with its caption."""
    width = min(width, Cm(picture.width / 40))
    height = width * picture.height / max(picture.width, 1)
    if height > MAX_HEIGHT:  # a tall photo: scale it so the caption stays with it
        width = int(MAX_HEIGHT * picture.width / max(picture.height, 1))
    shape = doc.add_picture(io.BytesIO(picture.data), width=int(width))
    _describe(shape._inline, picture.alt or picture.caption)
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    doc.paragraphs[-1].paragraph_format.keep_together = True
    if picture.caption:
        doc.add_paragraph(clean(picture.caption), style="Caption")


def _describe(inline: object, alt: str) -> None:
    """Give an inline picture its alt text (``wp:docPr/@descr``, Word's "Alt Text")."""
    doc_pr = inline.docPr  # type: ignore[attr-defined]
    doc_pr.set("descr", clean(alt))
    doc_pr.set("title", clean(alt)[:100])


def _bullet_runs(paragraph: Paragraph, item: Item, labels: dict[str, str]) -> None:
    run = paragraph.add_run(clean(item.text))
    if not item.reviewed:
        run.font.color.rgb = UNCHECKED
        marker = paragraph.add_run("\u00a0" + labels["marker"])
        marker.bold, marker.font.color.rgb = True, VOTES
    if item.votes:
        votes = vote_label(item.votes, labels).replace(" ", "\u00a0")  # kept on one line
        run = paragraph.add_run(f"  ({votes})")
        run.bold, run.font.color.rgb = True, VOTES
    if item.tags:
        run = paragraph.add_run("  " + " · ".join(clean(t) for t in item.tags))
        run.italic, run.font.color.rgb, run.font.size = True, GREY, Pt(9)


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _items(
    doc: docx.document.Document, items: list[Item], labels: dict[str, str], crops: Pictures
) -> None:
    """A theme's notes: "List Bullet" paragraphs; with crops, a table of crop and bullet."""
    if not any(item.note_id in crops.crops for item in items):
        for item in items:
            _bullet_runs(doc.add_paragraph(style="List Bullet"), item, labels)
        return
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    _no_borders(table)
    for item in items:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(1.9), Cm(14.1)
        for cell in cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        crop = crops.crops.get(item.note_id)
        if crop is not None:
            run = cells[0].paragraphs[0].add_run()
            shape = run.add_picture(io.BytesIO(crop.data), width=Cm(1.5))
            _describe(shape._inline, crop.alt or item.text)
        paragraph = cells[1].paragraphs[0]
        paragraph.style = doc.styles["List Bullet"]
        _bullet_runs(paragraph, item, labels)
    for column, width in enumerate((Cm(1.9), Cm(14.1))):
        table.columns[column].width = width


def _theme_heading(doc: docx.document.Document, name: str, color: tuple[int, int, int]) -> None:
    """A Heading 3 with a bar in the theme's colour on its left (the text stays clean)."""
    heading = doc.add_heading(clean(name), level=3)
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("val", "single"), ("sz", "36"), ("space", "6")):
        left.set(qn(f"w:{key}"), value)
    left.set(qn("w:color"), "{:02X}{:02X}{:02X}".format(*color))
    borders.append(left)
    heading._p.get_or_add_pPr().append(borders)


def _page_number_footer(doc: docx.document.Document, text: str) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{text} · ")
    run.font.size, run.font.color.rgb = Pt(8), GREY
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    number = OxmlElement("w:t")
    number.text = "1"
    inner.append(number)
    field.append(inner)
    paragraph._p.append(field)


def _setup(doc: docx.document.Document, summary: Summary) -> None:
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "de-DE" if summary.language == "de" else "en-GB")
    normal.element.get_or_add_rPr().append(language)
    for name, size in (("Heading 1", 20), ("Heading 2", 15), ("Heading 3", 12)):
        style = doc.styles[name]
        style.font.name, style.font.size = "Arial", Pt(size)
        style.paragraph_format.space_before = Pt(18 if name != "Heading 3" else 12)
    doc.styles["List Bullet"].paragraph_format.space_after = Pt(3)
    caption = doc.styles["Caption"]
    caption.font.bold, caption.font.italic, caption.font.size = False, True, Pt(8.5)
    caption.font.color.rgb = GREY
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_after = Pt(10)
    _properties(doc, summary)
    _page_number_footer(doc, clean(summary.workshop.title))


def _properties(doc: docx.document.Document, summary: Summary) -> None:
    """Word's document properties: title, author (the moderation), now, Pinscribe."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    props = doc.core_properties
    props.title = _short(summary.workshop.title)
    props.subject = _short(summary.workshop.subtitle)
    props.author = _short(summary.workshop.moderation)
    props.last_modified_by = _short(summary.workshop.moderation) or "Pinscribe"
    props.created = props.modified = now
    props.last_printed = now
    props.revision = 1
    props.comments = _short(plain(summary.workshop.introduction))
    props.keywords = _short(", ".join(s.name for s in summary.stations))
    props.category = ""
    props.language = "de-DE" if summary.language == "de" else "en-GB"
    package = doc.part.package
    for part in package.parts:
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML.format(
                version=xml_escape(__version__), company=xml_escape(clean(summary.workshop.place))
            ).encode("utf-8")
    for rel_id, rel in list(package.rels.items()):  # the template's thumbnail is not ours
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


def _short(text: str) -> str:
    """``text`` on one line, cut to the 255 characters a Word property holds."""
    text = " ".join(clean(text).split())
    return text if len(text) <= 255 else text[:254] + "…"


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Pinscribe</Application><AppVersion>{version}</AppVersion>"
    "<DocSecurity>0</DocSecurity><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _overview(doc: docx.document.Document, summary: Summary, pictures: Pictures) -> None:
    labels = summary.labels
    doc.add_heading(labels["overview"], level=2)
    if pictures.overview:
        _picture(doc, pictures.overview, TEXT_WIDTH)
    rows = overview_rows(summary)
    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Light List Accent 1"]
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = (labels["station"], labels["themes"], labels["notes"], labels["votes"].capitalize())
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = text
    for index, values in enumerate(rows):
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.text = clean(text)
            run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
            if run is not None and index == len(rows) - 1:
                run.bold = True
            if column >= 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column, width in enumerate((Cm(5.0), Cm(7.0), Cm(2.0), Cm(2.0))):
        table.columns[column].width = width
        for cell in table.columns[column].cells:
            cell.width = width


def _blocks(doc: docx.document.Document, parsed: list[Block]) -> None:
    """The organiser's text: paragraphs (line breaks kept), headings and lists."""
    for block in parsed:
        if block.kind == "heading":
            doc.add_heading(clean(block.text), level=2)
            continue
        style = {"bullet": "List Bullet", "number": "List Number"}.get(block.kind)
        paragraph = doc.add_paragraph(style=style)
        if block.kind == "paragraph":
            paragraph.paragraph_format.space_after = Pt(8)
        for run in block.runs:
            for index, line in enumerate(clean(run.text).split("\n")):
                if index:
                    paragraph.add_run().add_break()
                if line:
                    added = paragraph.add_run(line + (f" ({run.link})" if run.link else ""))
                    added.bold = run.bold or None


def _points(doc: docx.document.Document, points: list[str]) -> None:
    for point in points:
        doc.add_paragraph(clean(point), style="List Bullet")


def _notes(
    doc: docx.document.Document, group: Group, labels: dict[str, str], pictures: Pictures
) -> None:
    if group.statement and group.items:
        run = doc.add_paragraph().add_run(labels["evidence"] + ":")
        run.italic, run.font.color.rgb, run.font.size = True, GREY, Pt(9)
    _items(doc, group.items, labels, pictures)
    if not group.items:
        doc.add_paragraph(labels["empty"])


def _grey(doc: docx.document.Document, text: str, size: float = 9) -> None:
    run = doc.add_paragraph().add_run(clean(text))
    run.font.color.rgb, run.font.size = GREY, Pt(size)


def _station(
    doc: docx.document.Document, summary: Summary, section: StationSection, pictures: Pictures
) -> None:
    labels = summary.labels
    mine = pictures.station(section.station_id)
    doc.add_heading(clean(f"{section.number}. {section.name}"), level=2)
    if section.question:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{labels['question']}: ").bold = True
        paragraph.add_run(clean(section.question)).italic = True
        paragraph.paragraph_format.keep_with_next = True
    first = len(doc.paragraphs)
    _points(doc, section.statement)
    _grey(doc, review_note(section, labels))
    if mine.chart:
        # The station's start moves to the next page with its chart, never left alone
        # at the foot of a page.
        for paragraph in doc.paragraphs[first:]:
            paragraph.paragraph_format.keep_with_next = True
        _picture(doc, mine.chart, Cm(14))
    if not section.groups:
        doc.add_paragraph(labels["empty"])
    for group in section.groups:
        if summary.appendix and not group.statement:
            continue
        color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
        _theme_heading(doc, group.name, color)
        _points(doc, group.statement)
        if not summary.appendix:
            _notes(doc, group, labels, pictures)
        if group.regions:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{labels['recording']}: ").italic = True
            paragraph.add_run(clean("; ".join(group.regions))).italic = True
    if section.unchecked and not summary.appendix:
        _grey(doc, labels["footnote"], 8.5)
    for picture in mine.boards + mine.recordings:
        _picture(doc, picture, TEXT_WIDTH)


def _cross(doc: docx.document.Document, summary: Summary) -> None:
    """The section of cross-station themes, if any."""
    if not summary.cross:
        return
    labels = summary.labels
    doc.add_heading(labels["cross"], level=2)
    for cross in summary.cross:
        _theme_heading(doc, clean(cross.name), hex_rgb(cross.color))
        if cross.statement.strip():
            doc.add_paragraph(clean(cross.statement.strip()))
        if cross.themes:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{labels['gathers']}: ").italic = True
            paragraph.add_run(clean("; ".join(cross.themes))).italic = True
        _items(doc, cross.items, labels, Pictures())


def _appendix(doc: docx.document.Document, summary: Summary, pictures: Pictures) -> None:
    labels = summary.labels
    doc.add_page_break()
    doc.add_heading(labels["appendix"], level=2)
    for section in summary.stations:
        doc.add_heading(clean(f"{section.number}. {section.name}"), level=3)
        for group in section.groups:
            doc.add_heading(clean(group.name), level=4)
            _items(doc, group.items, labels, pictures)
        if section.unchecked:
            _grey(doc, labels["footnote"], 8.5)


def render_docx(summary: Summary, pictures: Pictures | None = None) -> bytes:
    """The summary as .docx bytes."""
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    doc = docx.Document()
    _setup(doc, summary)
    doc.add_heading(clean(w.title), level=1)
    if w.subtitle:
        run = doc.add_paragraph().add_run(clean(w.subtitle))
        run.bold, run.font.size = True, Pt(13)
    for label, value in summary.facts():
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(clean(value))
    doc.add_paragraph()
    _blocks(doc, blocks(w.introduction))
    _blocks(doc, blocks(w.description))
    if summary.stations:
        _overview(doc, summary, pictures)
    if pictures.recordings:
        doc.add_heading(labels["recordings"], level=2)
        for picture in pictures.recordings:
            _picture(doc, picture, TEXT_WIDTH)
    for section in summary.stations:
        _station(doc, summary, section, pictures)
    _cross(doc, summary)
    if summary.appendix:
        _appendix(doc, summary, pictures)
    if w.credits.strip():
        doc.add_heading(labels["credits"], level=2)
        _blocks(doc, blocks(w.credits))
    if w.closing.strip():
        doc.add_paragraph()
        _blocks(doc, blocks(w.closing))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
