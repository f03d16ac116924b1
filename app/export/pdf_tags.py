"""A tagged PDF (PDF/UA-style): fpdf2 draws, this module marks and adds the structure tree.

fpdf2 (2.8) tags only pictures and sections, in a flat list, and none of the text, so
a screen reader gets nothing from it. Here the drawing is wrapped in marked content
(``/P <</MCID 3>> BDC ... EMC``) with our own tree of structure elements (Document,
Sect, H1-H3, P, L, LI, LBody, Figure with Alt, Table, TR, TH, TD, Note); running heads,
page numbers and decoration are artifacts. After fpdf2 has written the file, pikepdf
(qpdf) adds the StructTreeRoot with its ParentTree, MarkInfo, the pages' StructParents
and tab order, the XMP metadata with the PDF/UA identifier and DisplayDocTitle.
A marked sequence that a page break interrupts is closed before the footer and
reopened after the header, as a second piece of the same element.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pikepdf
from fpdf import FPDF


@dataclass(eq=False)
class Node:
    """A structure element: its type, alt text, and kids (elements or marked content)."""

    kind: str
    alt: str = ""
    kids: list[Node | tuple[int, int]] = field(default_factory=list)  # (page, mcid)
    parent: Node | None = None


class TaggedPdf(FPDF):
    """FPDF that records a structure tree while it draws (see the module's docstring)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.root = Node("Document")
        self._stack: list[Node] = [self.root]
        self._open: Node | None = None  # the leaf whose marked content is open
        self._mcids: dict[int, int] = {}  # next MCID per page
        self._in_artifact = False

    # -- structure -------------------------------------------------------------------
    @contextmanager
    def group(self, kind: str, alt: str = "") -> Iterator[Node]:
        """A structure element that holds others (Sect, L, LI, Table, TR, ...)."""
        node = Node(kind, alt, parent=self._stack[-1])
        self._stack[-1].kids.append(node)
        self._stack.append(node)
        try:
            yield node
        finally:
            self._stack.pop()

    @contextmanager
    def tag(self, kind: str, alt: str = "") -> Iterator[Node]:
        """A structure element whose content is what is drawn inside the block."""
        if self._open is not None:
            raise RuntimeError(f"tag {kind} inside the open tag {self._open.kind}")
        node = Node(kind, alt, parent=self._stack[-1])
        self._stack[-1].kids.append(node)
        self._open = node
        self._begin(node)
        try:
            yield node
        finally:
            self._out("EMC")
            self._open = None

    @contextmanager
    def artifact(self) -> Iterator[None]:
        """Decoration a screen reader skips (rules, colour bars, bullet glyphs)."""
        suspended = self._open
        if suspended is not None:
            self._out("EMC")
            self._open = None
        self._out("/Artifact BMC")
        self._in_artifact = True
        try:
            yield
        finally:
            self._in_artifact = False
            self._out("EMC")
            if suspended is not None:
                self._open = suspended
                self._begin(suspended)

    def _begin(self, node: Node) -> None:
        mcid = self._mcids.get(self.page, 0)
        self._mcids[self.page] = mcid + 1
        node.kids.append((self.page, mcid))
        self._out(f"/{node.kind} <</MCID {mcid}>> BDC")

    # -- page breaks: close the open sequence before the footer, reopen after the header
    def running_head(self) -> None:
        """Drawn at the top of each page (an artifact); override."""

    def running_foot(self) -> None:
        """Drawn at the bottom of each page (an artifact); override."""

    def header(self) -> None:
        self._out("/Artifact BMC")
        self.running_head()
        self._out("EMC")
        if self._open is not None:
            self._begin(self._open)

    def footer(self) -> None:
        if self._open is not None:
            self._out("EMC")
        self._out("/Artifact BMC")
        self.running_foot()
        self._out("EMC")

    # -- the structure tree, written after fpdf2 -----------------------------------------
    def tagged_output(self, title: str, language: str) -> bytes:
        """The PDF bytes with the structure tree and the PDF/UA metadata added."""
        data = bytes(self.output())
        return add_structure(data, self.root, title, language)


def add_structure(data: bytes, root: Node, title: str, language: str) -> bytes:
    """``data`` (a PDF drawn with marked content) with ``root`` as its structure tree."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = list(pdf.pages)
    parents: dict[int, dict[int, pikepdf.Object]] = {}  # page index -> mcid -> element
    tree_root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))

    def build(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        element = pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + node.kind))
        )
        element.P = parent
        if node.alt:
            element.Alt = pikepdf.String(node.alt)
        kids = pikepdf.Array()
        first_page = None
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(build(kid, element))
                continue
            page_number, mcid = kid
            page = pages[page_number - 1]
            parents.setdefault(page_number - 1, {})[mcid] = element
            if first_page is None:
                first_page = page_number
                element.Pg = page.obj
            if page_number == first_page:
                kids.append(mcid)
            else:
                kids.append(
                    pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=page.obj, MCID=mcid)
                )
        element.K = kids
        return element

    document = build(root, tree_root)
    tree_root.K = pikepdf.Array([document])
    nums = pikepdf.Array()
    for index, page in enumerate(pages):
        page.obj.Tabs = pikepdf.Name.S
        mcids = parents.get(index)
        if not mcids:
            continue
        page.obj.StructParents = index
        nums.append(index)
        nums.append(pdf.make_indirect(pikepdf.Array([mcids[m] for m in sorted(mcids)])))
    tree_root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=nums))
    tree_root.ParentTreeNextKey = len(pages)
    pdf.Root.StructTreeRoot = tree_root
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    pdf.Root.Lang = pikepdf.String(language)
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
        meta["pdfuaid:part"] = "1"
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
