"""Suggestions "as on the board": the groups participants formed on the pinboard.

Notes are clustered per photo by the gaps between their outlines, measured in
note sizes: single linkage (a minimum spanning tree) cut at the largest relative
jump in gap length, so tight groups separated by wider gaps come apart whatever the
photo's scale. A header card (on top of its group, larger, wider or differently
coloured, few words) names its group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.domain import Note
from app.suggest.core import GROUP_WORD, Suggestion
from app.suggest.wording import keywords_for

#: Gaps (in median note sizes) below this always join, above the maximum never do.
MIN_CUT = 0.3
MAX_JOIN = 2.5
#: A cut needs the next gap to be this many times the previous one.
MIN_JUMP = 1.8


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


def gap_matrix(boxes: list[Box]) -> np.ndarray:
    """Edge-to-edge distances between bounding boxes, in median note sizes."""
    b = np.array([[k.x0, k.y0, k.x1, k.y1] for k in boxes])
    dx = np.maximum(
        0, np.maximum(b[:, None, 0], b[None, :, 0]) - np.minimum(b[:, None, 2], b[None, :, 2])
    )
    dy = np.maximum(
        0, np.maximum(b[:, None, 1], b[None, :, 1]) - np.minimum(b[:, None, 3], b[None, :, 3])
    )
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


def cluster_boxes(boxes: list[Box]) -> list[list[int]]:
    """Group boxes that lie close together; returns lists of indices, largest first."""
    if not boxes:
        return []
    if len(boxes) == 1:
        return [[0]]
    gaps = gap_matrix(boxes)
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


def header_like(notes: list[Note], boxes: list[Box]) -> list[bool]:
    """Notes that look like header cards: larger or wider than most, with few words."""
    areas = float(np.median([b.area for b in boxes]))
    aspects = float(np.median([b.width / max(b.height, 1.0) for b in boxes]))
    return [
        _words(n) <= 4 and (b.area >= 1.4 * areas or b.width / max(b.height, 1.0) >= 1.5 * aspects)
        for n, b in zip(notes, boxes, strict=True)
    ]


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


def group_notes(notes: list[Note], boxes: list[Box]) -> list[tuple[list[int], int | None]]:
    """Groups of indices on one photo, each with the index of its header card or ``None``.

    Header-like cards are left out of the clustering (being large, they would bridge
    neighbouring groups) and then given to the group right under them.
    """
    if not boxes:
        return []
    heads = header_like(notes, boxes)
    regular = [i for i, h in enumerate(heads) if not h]
    if len(regular) < 2:
        regular, heads = list(range(len(boxes))), [False] * len(boxes)
    groups = [[regular[j] for j in g] for g in cluster_boxes([boxes[i] for i in regular])]
    size = float(np.median([np.sqrt(boxes[i].area) for i in regular]))
    headers: dict[int, int] = {}
    loose: list[int] = []
    for i in sorted((i for i, h in enumerate(heads) if h), key=lambda i: boxes[i].y0):
        k = _group_below(boxes[i], groups, boxes, size)
        if k is None or k in headers:
            loose.append(i)
        else:
            headers[k] = i
    result = [(g, headers.get(k)) for k, g in enumerate(groups)]
    return result + [([i], None) for i in loose]


def _header_name(text: str) -> str:
    text = " ".join(text.split()).strip(" :-–")
    return text.title() if text.isupper() and len(text) > 3 else text


def suggest_by_layout(notes: list[Note], language: str = "de") -> list[Suggestion]:
    """Groups of notes as laid out on each photo, named by their header card if any."""
    suggestions: list[Suggestion] = []
    counter = 0
    for photo_id in sorted({n.photo_id for n in notes}):
        on_photo = [n for n in notes if n.photo_id == photo_id]
        boxes = [_box(n) for n in on_photo]
        groups = group_notes(on_photo, boxes)
        groups.sort(key=lambda g: (min(boxes[i].x0 for i in g[0]), min(boxes[i].y0 for i in g[0])))
        for members, head in groups:
            header = on_photo[head] if head is not None and on_photo[head].text else None
            ids = [on_photo[i].id for i in members]
            if head is not None and header is None:
                ids.append(on_photo[head].id)
            if len(ids) < 2 and header is None:
                continue
            counter += 1
            words = keywords_for([on_photo[i] for i in members])
            if header is not None:
                name = _header_name(header.text or "")
            elif words:
                name = " / ".join(words[:2])
            else:
                name = f"{GROUP_WORD.get(language, 'Gruppe')} {counter}"
            suggestions.append(
                Suggestion(name, ids, "layout", header.id if header else None, keywords=words)
            )
    return suggestions
