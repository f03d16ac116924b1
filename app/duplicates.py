"""Notes seen twice: the same note in two overlapping photos of one board.

For every two photos of a station, the overlap is first found from the images
themselves: features matched and a homography fitted with RANSAC
(:mod:`app.board_mosaic`). Notes that land on each other through it are
duplicates, whatever their likeness, so notes cut by a photo's edge are found too;
photos the features show not to overlap are kept apart. Where the images cannot
tell (too little texture, undecodable), candidate pairs (same colour, crops alike,
texts not contradicting) vote for a similarity transform fitted with RANSAC on the
note centres; without enough of them, only pairs that look alike and read alike
count.
The user confirms; :func:`merge_notes` keeps one note with the sharper crop and the
better reading.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass

import numpy as np

from app.board_mosaic import photo_overlaps
from app.domain import Note
from app.errors import PinscribeError
from app.images import decode_rgb
from app.store import Project
from ocr.geometry import affine_points, distance_inside, fit_similarity, map_points
from ocr.similarity import crop_signature, sharpness, signature_similarity

#: Without a fitted overlap: combined look-and-text score needed ...
THRESHOLD = 0.8
#: ... or, where a text is missing, likeness of the crops alone.
LOOK_THRESHOLD = 0.9
#: Candidates that may vote for an overlap.
VOTE_LOOK = 0.6


@dataclass(frozen=True)
class DuplicatePair:
    keep: int  # note id whose crop and reading are kept
    drop: int
    score: float


@dataclass
class _Seen:
    note: Note
    signature: np.ndarray
    sharpness: float
    centre: np.ndarray
    size: float


def _text_similarity(a: str | None, b: str | None) -> float | None:
    if not (a or "").strip() or not (b or "").strip():
        return None
    return difflib.SequenceMatcher(None, (a or "").casefold(), (b or "").casefold()).ratio()


def _seen(project: Project, note: Note) -> _Seen | None:
    data = project.notes.crop(note.id)
    if data is None:
        return None
    try:
        rgb = decode_rgb(data)
    except PinscribeError:
        return None  # a damaged crop: the note is not compared
    pts = np.asarray(note.polygon, dtype=float)
    x, y = pts[:, 0], pts[:, 1]
    area = 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))))
    return _Seen(note, crop_signature(rgb), sharpness(rgb), pts.mean(axis=0), max(area, 1.0) ** 0.5)


def _pair(a: _Seen, b: _Seen, score: float) -> DuplicatePair:
    largest = max(a.size, b.size)

    def quality(s: _Seen) -> tuple[int, int, float, float]:
        # a note cut by a photo's edge shows less of itself: keep the whole one
        whole = int(s.size >= 0.9 * largest)
        return (int(s.note.reviewed), whole, s.sharpness, s.note.confidence or 0.0)

    keep, drop = sorted((a, b), key=quality, reverse=True)
    return DuplicatePair(keep.note.id, drop.note.id, round(score, 3))


def _candidates(
    first: list[_Seen], second: list[_Seen]
) -> list[tuple[_Seen, _Seen, float, float | None]]:
    found = []
    for a, b in itertools.product(first, second):
        if a.note.color != b.note.color:
            continue
        text = _text_similarity(a.note.text, b.note.text)
        if text is not None and text < 0.5:
            continue
        look = max(0.0, signature_similarity(a.signature, b.signature))
        found.append((a, b, look, text))
    return found


def _by_overlap(first: list[_Seen], second: list[_Seen]) -> list[DuplicatePair] | None:
    """Pairs consistent with the overlap of two photos, or None if it cannot be fitted."""
    votes = [(a, b) for a, b, look, _ in _candidates(first, second) if look >= VOTE_LOOK]
    if len(votes) < 3:
        return None
    src = np.array([a.centre for a, _ in votes], dtype=np.float32)
    dst = np.array([b.centre for _, b in votes], dtype=np.float32)
    size = float(np.median([s.size for s in first + second]))
    matrix, inliers = fit_similarity(src, dst, threshold=0.3 * size, max_iters=2000)
    if matrix is None or inliers < 3:
        return None
    mapped = affine_points([a.centre for a in first], matrix)
    options = []
    for (i, a), (j, b) in itertools.product(enumerate(first), enumerate(second)):
        if a.note.color != b.note.color:
            continue
        distance = float(np.linalg.norm(mapped[i] - b.centre)) / size
        if distance < 0.45:
            options.append((distance, i, j))
    pairs, used_a, used_b = [], set(), set()
    for distance, i, j in sorted(options):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(_pair(first[i], second[j], 1.0 - distance))
    return pairs


def _inside(polygon: list[tuple[float, float]], point: np.ndarray, margin: float) -> bool:
    return distance_inside(polygon, point) >= -margin


def _by_homography(
    first: list[_Seen], second: list[_Seen], homography: np.ndarray
) -> list[DuplicatePair]:
    """Pairs that land on each other through the photos' homography.

    Two notes match when either one's centre falls inside the other's outline once
    mapped (a note cut by a photo's edge has its centre off the whole note's), or
    their centres nearly meet; same colour unless they coincide.
    """
    if not first or not second:
        return []
    there = map_points([a.centre for a in first], homography)
    back = map_points([b.centre for b in second], np.linalg.inv(homography))
    options = []
    for (i, a), (j, b) in itertools.product(enumerate(first), enumerate(second)):
        size = min(a.size, b.size)
        distance = float(np.linalg.norm(there[i] - b.centre)) / size
        overlapping = _inside(b.note.polygon, there[i], 0.05 * size) or _inside(
            a.note.polygon, back[j], 0.05 * size
        )
        if not (distance < 0.45 or overlapping):
            continue
        if a.note.color == b.note.color or distance < 0.2:
            options.append((distance, i, j))
    pairs, used_a, used_b = [], set(), set()
    for distance, i, j in sorted(options):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(_pair(first[i], second[j], max(0.0, 1.0 - distance)))
    return pairs


def _by_likeness(first: list[_Seen], second: list[_Seen]) -> list[DuplicatePair]:
    found = []
    for a, b, look, text in _candidates(first, second):
        score = look if text is None else 0.4 * look + 0.6 * text
        if score >= (THRESHOLD if text is not None else LOOK_THRESHOLD):
            found.append(_pair(a, b, score))
    return found


def find_duplicates(project: Project, station_id: int) -> list[DuplicatePair]:
    """Likely duplicate pairs among a station's notes across its photos, best first.

    Each note is in at most one pair.
    """
    by_photo: dict[int, list[_Seen]] = {}
    for note in project.notes.list(station_id=station_id):
        seen = _seen(project, note)
        if seen is not None:
            by_photo.setdefault(note.photo_id, []).append(seen)
    candidates: list[DuplicatePair] = []
    overlaps = photo_overlaps(project, sorted(by_photo)) if len(by_photo) > 1 else {}
    for p, q in itertools.combinations(sorted(by_photo), 2):
        if (p, q) in overlaps:  # the images could tell
            homography = overlaps[(p, q)]
            if homography is not None:
                candidates += _by_homography(by_photo[p], by_photo[q], homography)
            continue  # known not to overlap: keep apart
        fitted = _by_overlap(by_photo[p], by_photo[q])
        candidates += fitted if fitted is not None else _by_likeness(by_photo[p], by_photo[q])
    candidates.sort(key=lambda pair: -pair.score)
    used: set[int] = set()
    pairs = []
    for pair in candidates:
        if pair.keep in used or pair.drop in used:
            continue
        used |= {pair.keep, pair.drop}
        pairs.append(pair)
    return pairs


def better_reading(a: Note, b: Note) -> Note:
    """The note with the better reading: reviewed text first, then confidence.

    The confidence is the reading's (calibrated) one; a note without text never
    wins over one with text.
    """
    if not (b.text or "").strip():
        return a
    if not (a.text or "").strip():
        return b
    if a.reviewed != b.reviewed:
        return a if a.reviewed else b
    return b if (b.confidence or 0.0) > (a.confidence or 0.0) else a


def merge_notes(project: Project, keep: int, drop: int) -> Note:
    """Merge note ``drop`` into ``keep`` in one transaction and delete ``drop``.

    ``keep`` keeps its outline and crop; it takes the better reading of the two
    (:func:`better_reading`; the other reading becomes an alternative), the checked
    vote count (else the larger one), both notes' tags, and the other's theme if it
    has none.
    """
    a, b = project.notes.get(keep), project.notes.get(drop)
    with project.transaction():
        if a.votes_checked != b.votes_checked:
            votes, checked = (a.votes, True) if a.votes_checked else (b.votes, True)
        else:
            votes, checked = max(a.votes, b.votes), a.votes_checked
        changes: dict[str, object] = {"votes": votes, "votes_checked": checked}
        best, other = (b, a) if better_reading(a, b) is b else (a, b)
        if best is b:
            changes.update(text=b.text, confidence=b.confidence, reviewed=b.reviewed)
        alternatives = [
            t
            for t in [other.text or "", *best.alternatives, *other.alternatives]
            if t.strip() and t.strip() != (best.text or "").strip()
        ]
        changes["alternatives"] = list(dict.fromkeys(alternatives))
        project.notes.update(keep, **changes)
        for tag in b.tags:
            project.tags.add([keep], tag)
        if a.theme_id is None and b.theme_id is not None:
            project.notes.set_theme([keep], b.theme_id)
        project.notes.delete([drop])
    return project.notes.get(keep)


def merge_pairs(project: Project, pairs: list[DuplicatePair]) -> list[DuplicatePair]:
    """Merge every pair (skipping pairs a note of which is gone); returns those merged."""
    merged = []
    for pair in pairs:
        if project.notes.exists(pair.keep) and project.notes.exists(pair.drop):
            merge_notes(project, pair.keep, pair.drop)
            merged.append(pair)
    return merged


def merge_all(project: Project, station_id: int) -> list[DuplicatePair]:
    """Find and merge every duplicate pair of a station; returns the pairs merged."""
    return merge_pairs(project, find_duplicates(project, station_id))
