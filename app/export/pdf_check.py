"""A check of a PDF's accessibility structure: the machine-checkable part of PDF/UA-1.

veraPDF (the reference validator) needs a Java install that is not part of Pinscribe,
so this is our own check, on the rules a tagged summary can break (Matterhorn
protocol numbers in brackets): the document is marked as tagged, has a language, a
title that viewers show, the PDF/UA identifier in its XMP metadata (06, 07, 11);
every piece of content on every page is either tagged or an artifact (01-003/004);
every marked-content id is in the structure tree and the ParentTree agrees (01-006);
every Figure has alt text (13-004); heading levels never skip one (14-003); tables
hold rows and rows hold cells, lists hold items (09-004); every font is embedded (31-001).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pikepdf

#: Operators that paint something on the page.
_PAINT = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI"}
_CHILDREN = {
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "THead": {"TR"},
    "TBody": {"TR"},
    "TFoot": {"TR"},
    "TR": {"TH", "TD"},
    "L": {"LI", "Caption", "L"},
    "LI": {"Lbl", "LBody"},
}


def _name(value: object) -> str:
    return str(value).lstrip("/")


def _elements(node: Any) -> Iterator[Any]:
    """Every structure element below ``node``, depth first, in reading order."""
    kids: Any = node.get("/K")
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR" and "/S" in kid:
            yield kid
            yield from _elements(kid)


def _marked(page: pikepdf.Page) -> tuple[set[int], list[str]]:
    """The MCIDs used on a page, and what is painted outside any tag or artifact."""
    mcids: set[int] = set()
    problems: list[str] = []
    stack: list[str] = []  # "tag", "artifact" or "other" per open sequence
    instructions: list[Any] = list(pikepdf.parse_content_stream(page))
    for operands, operator in instructions:
        op = str(operator)
        if op == "BDC":
            props = operands[1]
            if _name(operands[0]) == "Artifact":
                stack.append("artifact")
            elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                mcids.add(int(props.MCID))
                stack.append("tag")
            else:
                stack.append("other")
        elif op == "BMC":
            stack.append("artifact" if _name(operands[0]) == "Artifact" else "other")
        elif op == "EMC":
            if stack:
                stack.pop()
            else:
                problems.append("EMC without an open marked-content sequence")
        elif op in _PAINT and not any(kind in ("tag", "artifact") for kind in stack):
            problems.append(f"content ({op}) neither tagged nor an artifact")
    if stack:
        problems.append("a marked-content sequence is left open")
    return mcids, problems


def _document_problems(pdf: pikepdf.Pdf, root: Any) -> list[str]:
    """Problems with the document-wide settings: tagging, language, title, PDF/UA id."""
    problems: list[str] = []
    if not (root.get("/MarkInfo") and root.MarkInfo.get("/Marked")):
        problems.append("not marked as tagged (MarkInfo)")
    if not str(root.get("/Lang", "")).strip():
        problems.append("no document language (Lang)")
    prefs = root.get("/ViewerPreferences")
    if not (prefs and prefs.get("/DisplayDocTitle")):
        problems.append("viewers are not asked to show the title (DisplayDocTitle)")
    meta = pdf.open_metadata()
    if not str(meta.get("dc:title", "")).strip():
        problems.append("no title in the XMP metadata")
    if str(meta.get("pdfuaid:part", "")) != "1":
        problems.append("no PDF/UA identifier in the XMP metadata")
    return problems


def _element_problems(
    element: Any, pages: dict[Any, int], owners: dict[tuple[int, int], Any]
) -> list[str]:
    """Problems with one structure element; records which element owns which (page, MCID)."""
    problems: list[str] = []
    kind = _name(element.S)
    if kind == "Figure" and not str(element.get("/Alt", "")).strip():
        problems.append("a Figure without alt text")
    allowed = _CHILDREN.get(kind)
    kids: Any = element.get("/K")
    kid_list = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    for kid in kid_list:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            if allowed is not None and _name(kid.S) not in allowed:
                problems.append(f"{_name(kid.S)} inside {kind}")
        elif isinstance(kid, int) or (isinstance(kid, pikepdf.Object) and kid is not None):
            if isinstance(kid, pikepdf.Dictionary):  # a marked-content reference
                page: Any = kid.get("/Pg", element.get("/Pg"))
                mcid = int(kid.MCID)
            else:
                page, mcid = element.get("/Pg"), int(kid)
            if page is None:
                problems.append(f"{kind} has content but no page")
                continue
            owners[(pages.get(page.objgen, -1), mcid)] = element
    return problems


def _heading_problems(elements: list[Any]) -> list[str]:
    """Headings must start at H1 and never skip a level."""
    problems: list[str] = []
    headings = {f"H{n}" for n in range(1, 7)}
    levels = [int(_name(e.S)[1]) for e in elements if _name(e.S) in headings]
    if levels and levels[0] != 1:
        problems.append(f"the first heading is H{levels[0]}, not H1")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            problems.append(f"heading level skipped: H{before} then H{after}")
    return problems


def _mcid_problems(
    index: int, sheet: Any, by_key: dict[int, Any], owners: dict[tuple[int, int], Any]
) -> list[str]:
    """Problems with page ``index``'s marked content against the structure and ParentTree."""
    mcids, found = _marked(sheet)
    problems = [f"page {index + 1}: {p}" for p in found]
    for mcid in sorted(mcids):
        if (index, mcid) not in owners:
            problems.append(f"page {index + 1}: MCID {mcid} is not in the structure tree")
    if mcids:
        key = sheet.obj.get("/StructParents")
        listed = by_key.get(int(key)) if key is not None else None
        if listed is None or len(listed) < max(mcids) + 1:
            problems.append(f"page {index + 1}: the ParentTree does not list its MCIDs")
        else:
            for mcid in mcids:
                if listed[mcid].objgen != owners.get((index, mcid), listed[mcid]).objgen:
                    problems.append(f"page {index + 1}: ParentTree disagrees on {mcid}")
    return problems


def _font_problems(sheet: Any, fonts_seen: set[tuple[int, int]]) -> list[str]:
    """Fonts on ``sheet`` (not in ``fonts_seen`` yet) that are not embedded."""
    problems: list[str] = []
    resources: Any = sheet.obj.get("/Resources", {})
    for font in dict(resources.get("/Font", {})).values():
        if font.objgen in fonts_seen:
            continue
        fonts_seen.add(font.objgen)
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font.DescendantFonts[0].get("/FontDescriptor")
        if descriptor is None or not any(
            k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            problems.append(f"font {_name(font.get('/BaseFont', '?'))} is not embedded")
    return problems


def check_pdf_ua(data: bytes) -> list[str]:
    """What keeps the PDF in ``data`` from being accessible (empty: nothing found)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root: Any = pdf.Root
        problems = _document_problems(pdf, root)
        tree = root.get("/StructTreeRoot")
        if tree is None:
            return [*problems, "no structure tree"]
        elements = list(_elements(tree))
        owners: dict[tuple[int, int], Any] = {}
        pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
        for element in elements:
            problems += _element_problems(element, pages, owners)
        problems += _heading_problems(elements)
        parent_tree = tree.get("/ParentTree")
        nums = list(parent_tree.get("/Nums", [])) if parent_tree is not None else []
        by_key = {int(nums[i]): nums[i + 1] for i in range(0, len(nums) - 1, 2)}
        fonts_seen: set[tuple[int, int]] = set()
        for index, sheet in enumerate(pdf.pages):
            problems += _mcid_problems(index, sheet, by_key, owners)
            problems += _font_problems(sheet, fonts_seen)
    return problems
