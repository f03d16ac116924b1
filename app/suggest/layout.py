"""Suggestions "as on the board": the groups participants formed on the pinboard.

Per photo, the board's perspective is undone first (:mod:`app.suggest.board_frame`),
so that columns and rows are straight and sizes comparable. Then:

- on a board with a drawn grid (a kanban or scrum board), the long lines found by
  :func:`ocr.board_lines.find_board_lines` separate the groups: the columns between
  vertical lines, or the rows between horizontal ones; the cards above the first
  line across the top are the columns' header cards (a line is no line through
  notes where only header cards pinned over it hang across it);
- otherwise notes are clustered by the gaps between their outlines, measured in
  note sizes: single linkage (a minimum spanning tree) cut at the largest relative
  jump in gap length, so tight groups separated by wider gaps come apart whatever
  the photo's scale.

A header card (on top of its group, larger, wider, white or differently coloured,
few words) names its group. A column of a drawn grid without one is named after the
title written above it, on the board or on a card the detector missed (the grey
"Busy" card of a scrum board on a whiteboard), when the photo can be read
(:attr:`PhotoContext.title_reader`); such a name is provisional. Notes cut off by the
photo's edge are narrow, so they count neither for the note size nor as header
cards, but they join their column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.domain import Note
from app.suggest.board_frame import board_transform, to_board
from app.suggest.core import GROUP_WORD, Suggestion
from app.suggest.wording import keywords_for
from ocr.board_lines import BoardLine

#: Gaps (in median note sizes) below this always join, above the maximum never do.
MIN_CUT = 0.3
MAX_JOIN = 2.5
#: A cut needs the next gap to be this many times the previous one.
MIN_JUMP = 1.5


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    area: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def _box(note: Note) -> Box:
    pts = np.asarray(note.polygon, dtype=float)
    x, y = pts[:, 0], pts[:, 1]
    area = 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))))
    return Box(float(x.min()), float(y.min()), float(x.max()), float(y.max()), max(area, 1.0))


def gap_matrix(boxes: list[Box], size: float | None = None) -> np.ndarray:
    """Edge-to-edge distances between bounding boxes, in (median) note sizes."""
    b = np.array([[k.x0, k.y0, k.x1, k.y1] for k in boxes])
    dx = np.maximum(
        0, np.maximum(b[:, None, 0], b[None, :, 0]) - np.minimum(b[:, None, 2], b[None, :, 2])
    )
    dy = np.maximum(
        0, np.maximum(b[:, None, 1], b[None, :, 1]) - np.minimum(b[:, None, 3], b[None, :, 3])
    )
    if size is None:
        size = float(np.median([np.sqrt(k.area) for k in boxes]))
    return np.hypot(dx, dy) / max(size, 1.0)


def _spanning_tree(gaps: np.ndarray) -> list[tuple[float, int, int]]:
    """Prim's minimum spanning tree over a dense distance matrix."""
    n = len(gaps)
    inside = np.zeros(n, dtype=bool)
    inside[0] = True
    best = gaps[0].copy()
    parent = np.zeros(n, dtype=int)
    edges = []
    for _ in range(n - 1):
        candidates = np.where(inside, np.inf, best)
        j = int(np.argmin(candidates))
        edges.append((float(best[j]), int(parent[j]), j))
        inside[j] = True
        closer = gaps[j] < best
        best = np.where(closer, gaps[j], best)
        parent = np.where(closer, j, parent)
    return edges


def choose_cut(lengths: list[float]) -> float:
    """The gap length above which groups are separate (``inf``: one group)."""
    ordered = sorted(lengths)
    best_ratio, cut = MIN_JUMP, float("inf")
    for low, high in zip(ordered, ordered[1:], strict=False):
        if high < MIN_CUT or low > MAX_JOIN:
            continue
        ratio = (high + 0.05) / (low + 0.05)
        if ratio >= best_ratio:
            best_ratio, cut = ratio, float(np.sqrt(max(low, 0.01) * high))
    return min(cut, MAX_JOIN)


def cluster_boxes(boxes: list[Box], size: float | None = None) -> list[list[int]]:
    """Group boxes that lie close together; returns lists of indices, largest first."""
    if not boxes:
        return []
    if len(boxes) == 1:
        return [[0]]
    gaps = gap_matrix(boxes, size)
    edges = _spanning_tree(gaps)
    cut = choose_cut([length for length, _, _ in edges])
    parent = list(range(len(boxes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for length, a, b in edges:
        if length < cut:
            parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), min(boxes[i].x0 for i in g)))


def _words(note: Note) -> int:
    return len((note.text or "").split())


def _group_below(box: Box, groups: list[list[int]], boxes: list[Box], size: float) -> int | None:
    """The group right under a header card (overlapping it horizontally), if any."""
    best, best_gap = None, 1.5 * size
    for k, group in enumerate(groups):
        x0 = min(boxes[j].x0 for j in group)
        x1 = max(boxes[j].x1 for j in group)
        top = min(boxes[j].y0 for j in group)
        overlap = min(box.x1, x1) - max(box.x0, x0)
        gap = top - box.y1
        if overlap > 0.5 * min(box.width, x1 - x0) and -0.3 * size < gap < best_gap:
            best, best_gap = k, gap
    return best


def _header_name(text: str) -> str:
    text = " ".join(text.split()).strip(" :-–")
    # "PROZESSE" reads better as "Prozesse"; short words ("WAIT", "KPI") stay as written
    return text.title() if text.isupper() and len(text) > 4 else text


#: A column's title is looked for in a band above its first line across the top as
#: high as this many note sizes (or as the tallest header card of the row, if higher).
TITLE_BAND = 1.2

#: Groups of one photo: members (indices of its notes) and the index of their header card.
Groups = list[tuple[list[int], int | None]]
#: A rectangle on the board (x0, y0, x1, y1) where a group's title would be written.
Band = tuple[float, float, float, float]


@dataclass
class PhotoContext:
    """What is known about a photo beyond its notes: its size and the lines drawn on it.

    ``title_reader`` reads the title written in a quadrilateral of the photo (four
    corners in photo pixels, clockwise from top left); ``""`` if there is none.
    """

    width: int = 0
    height: int = 0
    lines: list[BoardLine] = field(default_factory=list)
    title_reader: Callable[[np.ndarray], str] | None = None


def is_cut(note: Note, context: PhotoContext | None) -> bool:
    """A note cut off by the photo's edge: marked so by the detector, or touching it."""
    if getattr(note, "cut", False):
        return True
    if context is None or not context.width or not context.height:
        return False
    pts = np.asarray(note.polygon, dtype=float)
    margin = 0.004 * max(context.width, context.height)
    return bool(
        pts[:, 0].min() <= margin
        or pts[:, 1].min() <= margin
        or pts[:, 0].max() >= context.width - 1 - margin
        or pts[:, 1].max() >= context.height - 1 - margin
    )


def _board_box(points: np.ndarray) -> Box:
    x, y = points[:, 0], points[:, 1]
    area = 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))))
    return Box(float(x.min()), float(y.min()), float(x.max()), float(y.max()), max(area, 1.0))


def _distinct_colour(notes: list[Note], index: int) -> bool:
    """White, or of a colour that few other notes share."""
    colour = notes[index].color
    if colour == "white":
        return True
    counts = Counter(n.color for n in notes)
    return counts[colour] <= max(1, len(notes) // 6)


def header_like(
    notes: list[Note], boxes: list[Box], cut: Sequence[bool] | None = None
) -> list[bool]:
    """Notes that look like header cards: larger, wider or of another colour, few words.

    A header card sits above other notes; notes cut by the photo's edge never count.
    """
    cut = cut or [False] * len(notes)
    whole = [b for b, c in zip(boxes, cut, strict=True) if not c] or boxes
    areas = float(np.median([b.area for b in whole]))
    aspects = float(np.median([b.width / max(b.height, 1.0) for b in whole]))
    size = float(np.sqrt(areas))
    result = []
    for i, (note, box) in enumerate(zip(notes, boxes, strict=True)):
        if cut[i] or _words(note) > 4:
            result.append(False)
            continue
        bigger = box.area >= 1.4 * areas or box.width / max(box.height, 1.0) >= 1.5 * aspects
        below = sum(
            1
            for j, other in enumerate(boxes)
            if j != i
            and other.y0 >= box.y1 - 0.3 * size
            and min(box.x1, other.x1) - max(box.x0, other.x0) > 0.3 * min(box.width, other.width)
        )
        on_top = below >= 1
        result.append(on_top and (bigger or (_distinct_colour(notes, i) and below >= 2)))
    return result


def _lane_positions(
    lines: list[tuple[float, float, float]], extent: tuple[float, float]
) -> list[tuple[float, float, float]]:
    """Lines (position, start, end) that span enough of ``extent`` to bound a lane."""
    lo, hi = extent
    span = max(hi - lo, 1.0)
    kept = [ln for ln in lines if min(ln[2], hi) - max(ln[1], lo) >= 0.4 * span]
    return sorted(kept)


def _crosses(line: tuple[float, float, float], boxes: list[Box], vertical: bool) -> bool:
    """Whether a line (position, start, end) runs through the middle part of a note."""
    at, start, end = line
    for b in boxes:
        lo, hi = (b.x0, b.x1) if vertical else (b.y0, b.y1)
        a0, a1 = (b.y0, b.y1) if vertical else (b.x0, b.x1)
        margin = 0.2 * (hi - lo)
        if lo + margin < at < hi - margin and min(end, a1) - max(start, a0) > 0.5 * (a1 - a0):
            return True
    return False


def _under_top_cards(line: tuple[float, float, float], boxes: list[Box]) -> bool:
    """Whether a horizontal line runs only through cards pinned over it at the top.

    Each card it crosses hangs down over it from above (its centre above the line)
    and has no note above it, and most notes lie below the line: the line under a
    row of header cards.
    """
    at = line[0]
    crossed = [b for b in boxes if _crosses(line, [b], False)]
    if not crossed or sum((b.y0 + b.y1) / 2 < at for b in boxes) > 0.3 * len(boxes):
        return False
    for card in crossed:
        if (card.y0 + card.y1) / 2 >= at:
            return False
        if any(
            other.y1 <= card.y0 and min(card.x1, other.x1) > max(card.x0, other.x0)
            for other in boxes
        ):
            return False
    return True


def _under_header(
    line: tuple[float, float, float],
    head_row: list[tuple[float, float, int, float]],
    boxes: list[Box],
) -> bool:
    """Whether a vertical line (position, start, end) runs on under a header card.

    Under the middle part of one of the header row's cards, that is.
    """
    at, _, end = line
    for _, _, i, _ in head_row:
        box = boxes[i]
        margin = 0.2 * box.width
        if box.x0 + margin < at < box.x1 - margin and end > box.y1:
            return True
    return False


def _header_line(horizontal: list[tuple[float, float, float]], centres: np.ndarray) -> float | None:
    """The line across the top that separates header cards from the notes below."""
    ys = centres[:, 1]
    for y, _, _ in sorted(horizontal):
        above = int((ys < y).sum())
        if 1 <= above <= max(1, int(0.3 * len(ys))):
            return y
    return None


def group_by_lines(
    notes: list[Note], boxes: list[Box], lines: list[BoardLine], matrix: np.ndarray, cut: list[bool]
) -> tuple[Groups, dict[int, Band]] | None:
    """Groups of indices between the lines of a drawn grid, or ``None`` without a grid.

    Vertical lines make columns; a board with only horizontal lines makes rows. A
    column's header card is its topmost card above the first line across the top (or,
    without such a line, its topmost header-like card). Where a row of header cards
    heads the columns, a line running under a header card's middle is ignored, and two
    header cards with no line between them are parted halfway between them.

    Also returned: for each column without a header card under a line across the
    top, the band above that line between the column's edges (by group index), where
    its title may be written.
    """
    centres = np.array([[(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2] for b in boxes])
    vertical, horizontal = [], []
    for line in lines:
        a, b = to_board(matrix, [(line.x0, line.y0), (line.x1, line.y1)])
        if line.vertical:
            vertical.append(((a[0] + b[0]) / 2, min(a[1], b[1]), max(a[1], b[1])))
        else:
            horizontal.append(((a[1] + b[1]) / 2, min(a[0], b[0]), max(a[0], b[0])))
    ys = (float(min(b.y0 for b in boxes)), float(max(b.y1 for b in boxes)))
    xs = (float(min(b.x0 for b in boxes)), float(max(b.x1 for b in boxes)))
    columns = _lane_positions(vertical, ys)
    rows = _lane_positions(horizontal, xs)
    # a line through the middle of a note separates nothing (a shadow, a texture),
    # but header cards are often pinned over the line under them
    columns = [ln for ln in columns if not _crosses(ln, boxes, True)]
    rows = [ln for ln in rows if not _crosses(ln, boxes, False) or _under_top_cards(ln, boxes)]
    heads = header_like(notes, boxes, cut)
    head_row = header_lanes([i for i, h in enumerate(heads) if h], boxes)
    # a row of header cards heads the columns: a line running on under a header
    # card's middle is no column's edge (a seam of the board, a pattern)
    columns = [ln for ln in columns if not _under_header(ln, head_row, boxes)]
    split = [p for p, _, _ in columns if xs[0] < p < xs[1]]
    if split and head_row:
        # two header cards with no line between them head two columns all the same
        for (_, edge, a, _), (_, _, b, _) in zip(head_row, head_row[1:], strict=False):
            ca, cb = (boxes[a].x0 + boxes[a].x1) / 2, (boxes[b].x0 + boxes[b].x1) / 2
            if not any(ca < p < cb for p in split):
                split.append(edge)
        split.sort()
    if split:
        lanes = np.searchsorted(np.array(split), centres[:, 0])
        header_y = _header_line(rows, centres)
        # titles are written above the header line, or above a line with no note over it
        above_all = [y for y, _, _ in rows if y < ys[0]]
        title_y = header_y if header_y is not None else max(above_all, default=None)
    else:
        split = [p for p, _, _ in rows if ys[0] < p < ys[1]]
        if not split:
            return None
        if head_row:
            return None  # a row of header cards heads columns; the line runs under it
        lanes = np.searchsorted(np.array(split), centres[:, 1])
        header_y = title_y = None
    groups: Groups = []
    bands: dict[int, Band] = {}
    for lane in sorted(set(lanes.tolist())):
        members = [i for i in range(len(notes)) if lanes[i] == lane]
        members.sort(key=lambda i: (boxes[i].y0, boxes[i].x0))
        if header_y is not None:
            candidates = [i for i in members if centres[i, 1] < header_y]
        else:
            candidates = [i for i in members[:1] if heads[i]] if columns else []
        head = _named_first(notes, candidates)
        if head is None and title_y is not None and columns:
            bands[len(groups)] = _title_band(lane, split, members, boxes, title_y, cut)
        groups.append(([i for i in members if i != head], head))
    return groups, bands


def _named_first(notes: list[Note], candidates: list[int]) -> int | None:
    """The first candidate header card with text, else the first one."""
    named = [i for i in candidates if (notes[i].text or "").strip()]
    return (named or candidates)[0] if candidates else None


def _title_band(
    lane: int,
    split: list[float],
    members: list[int],
    boxes: list[Box],
    header_y: float,
    cut: list[bool],
) -> Band:
    """Where a column's title would be written: above the line across the top.

    Between the column's lines (an outer column reaches as far as its notes), widened
    by half a note size on either side (a title may be wider than its column), as high
    as :data:`TITLE_BAND` note sizes or the tallest card above the line.
    """
    whole = [b for b, c in zip(boxes, cut, strict=True) if not c] or boxes
    size = float(np.median([np.sqrt(b.area) for b in whole]))
    above = [b.height for b in boxes if (b.y0 + b.y1) / 2 < header_y]
    height = max([TITLE_BAND * size, *above])
    left = split[lane - 1] if lane > 0 else min(boxes[i].x0 for i in members)
    right = split[lane] if lane < len(split) else max(boxes[i].x1 for i in members)
    return (left - size / 2, header_y - height, right + size / 2, header_y)


def header_lanes(
    head_indices: list[int], boxes: list[Box]
) -> list[tuple[float, float, int, float]]:
    """Columns under a row of header cards: (left, right, header index, row centre).

    Two or more header cards side by side in one row head the columns of a board (the
    kanban layout): each column reaches halfway to its neighbours' headers, the outer
    ones half a column further out. Empty when there is no such row.
    """
    if len(head_indices) < 2:
        return []
    height = float(np.median([boxes[i].height for i in head_indices]))
    top = min(head_indices, key=lambda i: boxes[i].y0)
    row = sorted(
        (i for i in head_indices if abs(boxes[i].cy - boxes[top].cy) < 0.5 * height),
        key=lambda i: boxes[i].x0 + boxes[i].x1,
    )
    if len(row) < 2 or any(boxes[a].x1 > boxes[b].x0 for a, b in zip(row, row[1:], strict=False)):
        return []  # one card, or overlapping cards: not a row of headers
    centres = [(boxes[i].x0 + boxes[i].x1) / 2 for i in row]
    half = float(np.median(np.diff(centres))) / 2
    edges = [centres[0] - half]
    edges += [(a + b) / 2 for a, b in zip(centres, centres[1:], strict=False)]
    edges.append(centres[-1] + half)
    return [(edges[k], edges[k + 1], i, boxes[i].cy) for k, i in enumerate(row)]


def _lane_of(box: Box, lanes: list[tuple[float, float, int, float]]) -> int | None:
    """The column (index into ``lanes``) of a note below the header row, if any."""
    centre = (box.x0 + box.x1) / 2
    for k, (left, right, _, row) in enumerate(lanes):
        if left <= centre < right and box.y0 > row:
            return k
    return None


def group_notes(
    notes: list[Note], boxes: list[Box], cut: list[bool] | None = None
) -> list[tuple[list[int], int | None]]:
    """Groups of indices on one photo, each with the index of its header card or ``None``.

    Header-like cards are left out of the clustering (being large, they would bridge
    neighbouring groups) and then given to the group right under them. Notes cut by
    the photo's edge do not count for the size of a note.
    """
    if not boxes:
        return []
    cut = cut or [False] * len(boxes)
    heads = header_like(notes, boxes, cut)
    regular = [i for i, h in enumerate(heads) if not h]
    if len(regular) < 2:
        regular, heads = list(range(len(boxes))), [False] * len(boxes)
    whole = [i for i in regular if not cut[i]] or regular
    size = float(np.median([np.sqrt(boxes[i].area) for i in whole]))
    lanes = header_lanes([i for i, h in enumerate(heads) if h], boxes)
    in_lane: dict[int, list[int]] = {}
    for i in regular:
        lane = _lane_of(boxes[i], lanes)
        if lane is not None:
            in_lane.setdefault(lane, []).append(i)
    rest = [i for i in regular if not any(i in g for g in in_lane.values())]
    groups = [[rest[j] for j in g] for g in cluster_boxes([boxes[i] for i in rest], size)]
    headers: dict[int, int] = {}
    for lane, members in sorted(in_lane.items()):
        headers[len(groups)] = lanes[lane][2]
        groups.append(members)
    laned = {head for _, _, head, _ in lanes}
    loose: list[int] = []
    for i in sorted((i for i, h in enumerate(heads) if h), key=lambda i: boxes[i].y0):
        if i in laned:
            continue
        k = _group_below(boxes[i], groups, boxes, size)
        if k is None or k in headers:
            loose.append(i)
        else:
            headers[k] = i
    result = [(g, headers.get(k)) for k, g in enumerate(groups)]
    return result + [([i], None) for i in loose]


def photo_groups(
    notes: list[Note], context: PhotoContext | None = None
) -> tuple[Groups, list[Box], dict[int, str]]:
    """The groups on one photo and the notes' boxes on the board.

    Groups hold indices into ``notes``; also returned are the titles written above
    columns without a header card (by group index).
    """
    context = context or PhotoContext()
    size = (context.width, context.height) if context.width and context.height else None
    cut = [is_cut(n, context) for n in notes]
    polygons = [n.polygon for n, c in zip(notes, cut, strict=True) if not c]
    matrix = board_transform(polygons, context.lines, size)
    boxes = [_board_box(to_board(matrix, n.polygon)) for n in notes]
    found = group_by_lines(notes, boxes, context.lines, matrix, cut) if context.lines else None
    if found is None:
        return group_notes(notes, boxes, cut), boxes, {}
    groups, bands = found
    titles = {}
    if context.title_reader is not None:
        inverse = np.linalg.inv(matrix)
        for k, (x0, y0, x1, y1) in bands.items():
            quad = to_board(inverse, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
            title = _header_name(context.title_reader(quad))
            if title:
                titles[k] = title
    return groups, boxes, titles


def suggest_by_layout(
    notes: list[Note], language: str = "de", photos: dict[int, PhotoContext] | None = None
) -> list[Suggestion]:
    """Groups of notes as laid out on each photo, named by their header card if any.

    A name is provisional unless it is a header card's reviewed text.
    """
    suggestions: list[Suggestion] = []
    counter = 0
    for photo_id in sorted({n.photo_id for n in notes}):
        on_photo = [n for n in notes if n.photo_id == photo_id]
        groups, boxes, titles = photo_groups(on_photo, (photos or {}).get(photo_id))
        order = sorted(
            range(len(groups)),
            key=lambda k: (
                min(boxes[i].x0 for i in groups[k][0] or [groups[k][1]]),  # type: ignore[list-item]
                min(boxes[i].y0 for i in groups[k][0] or [groups[k][1]]),  # type: ignore[list-item]
            ),
        )
        for k in order:
            members, head = groups[k]
            header = on_photo[head] if head is not None and on_photo[head].text else None
            ids = [on_photo[i].id for i in members]
            if head is not None and header is None:
                ids.append(on_photo[head].id)
            title = titles.get(k)
            if not ids or (len(ids) < 2 and header is None and title is None):
                continue
            counter += 1
            words = keywords_for([on_photo[i] for i in members])
            if header is not None:
                name = _header_name(header.text or "")
                provisional = not header.reviewed
            elif title is not None:
                name, provisional = title, True  # read from the photo, unreviewed
            elif words:
                name, provisional = " / ".join(words[:2]), True
            else:
                name, provisional = f"{GROUP_WORD.get(language, 'Thema')} {counter}", True
            suggestions.append(
                Suggestion(
                    name,
                    ids,
                    "layout",
                    header.id if header else None,
                    keywords=words,
                    provisional=provisional,
                )
            )
    return suggestions
