"""Several photos of one board: how they overlap, and the board stitched from them.

:func:`photo_overlaps` finds, for every two board photos of a station, the
homography between them from image features (or that they do not overlap);
:func:`board_mosaic` joins the overlapping ones into one picture of the board.
Photos that overlap none of the others are kept apart, and the message says so.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.messages import message
from app.store import Project
from ocr import mosaic
from ocr.errors import OcrError
from ocr.loading import load_image_bytes

#: A pair of photo ids (first < second) and the homography from the first to the second,
#: or None when they do not overlap.
Overlaps = dict[tuple[int, int], np.ndarray | None]


@dataclass
class BoardMosaic:
    """A station's board as one picture.

    ``image`` is the stitched board of the largest group of overlapping photos (None
    without photos); ``homographies`` map each of those photos' pixels to the image's
    pixels. ``apart`` lists the photos that could not be placed on it.
    """

    image: np.ndarray | None
    homographies: dict[int, np.ndarray] = field(default_factory=dict)
    groups: list[list[int]] = field(default_factory=list)
    apart: list[int] = field(default_factory=list)
    status: str = "empty"  # "empty", "single", "stitched", "partial", "apart"
    message: str = ""


def _load(project: Project, photo_id: int) -> np.ndarray | None:
    photo = project.photos.get(photo_id)
    try:
        return load_image_bytes(project.photos.data(photo_id), photo.filename).rgb
    except (OcrError, OSError, ValueError):
        return None


def photo_overlaps(
    project: Project, photo_ids: Sequence[int], *, images: dict[int, np.ndarray] | None = None
) -> Overlaps:
    """The overlap of every two of ``photo_ids`` that can be compared.

    A pair is left out when a photo cannot be decoded or has too little texture to
    tell; it maps to None when both have features but no consistent overlap.
    """
    found: dict[int, mosaic.Features] = {}
    for photo_id in photo_ids:
        rgb = images.get(photo_id) if images is not None else None
        if rgb is None:
            rgb = _load(project, photo_id)
            if rgb is not None and images is not None:
                images[photo_id] = rgb
        if rgb is not None:
            features = mosaic.features(rgb)
            if len(features.keypoints) >= 4 * mosaic.MIN_INLIERS:
                found[photo_id] = features
    overlaps: Overlaps = {}
    for p, q in itertools.combinations(sorted(found), 2):
        overlap = mosaic.match(found[p], found[q])
        overlaps[(p, q)] = overlap.homography if overlap is not None else None
    return overlaps


def homography_between(overlaps: Overlaps, p: int, q: int) -> np.ndarray | None:
    """The map from photo ``p``'s pixels to photo ``q``'s, if known."""
    if (p, q) in overlaps:
        return overlaps[(p, q)]
    back = overlaps.get((q, p))
    return np.linalg.inv(back) if back is not None else None


def _groups(photo_ids: list[int], overlaps: Overlaps) -> list[list[int]]:
    """Connected groups of overlapping photos, largest first."""
    groups: list[list[int]] = []
    seen: set[int] = set()
    for start in photo_ids:
        if start in seen:
            continue
        group, queue = [], [start]
        seen.add(start)
        while queue:
            current = queue.pop(0)
            group.append(current)
            for other in photo_ids:
                if other not in seen and homography_between(overlaps, current, other) is not None:
                    seen.add(other)
                    queue.append(other)
        groups.append(sorted(group))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _to_reference(group: list[int], overlaps: Overlaps) -> tuple[int, dict[int, np.ndarray]]:
    """Pick the best-connected photo as reference; chain homographies to it."""
    degree = {
        p: sum(homography_between(overlaps, p, q) is not None for q in group if q != p)
        for p in group
    }
    reference = max(group, key=lambda p: (degree[p], -p))
    maps = {reference: np.eye(3)}
    queue = [reference]
    while queue:
        current = queue.pop(0)
        for other in group:
            if other in maps:
                continue
            step = homography_between(overlaps, other, current)
            if step is not None:
                maps[other] = maps[current] @ step
                queue.append(other)
    return reference, maps


def board_mosaic(project: Project, station_id: int) -> BoardMosaic:
    """The station's board photos stitched into one image where they overlap."""
    photo_ids = [p.id for p in project.photos.list(station_id, kind="board")]
    images: dict[int, np.ndarray] = {}
    for photo_id in photo_ids:
        rgb = _load(project, photo_id)
        if rgb is not None:
            images[photo_id] = rgb
    usable = [p for p in photo_ids if p in images]
    if not usable:
        return BoardMosaic(None, message=message("mosaic.no_board_photo"))
    if len(usable) == 1:
        only = usable[0]
        return BoardMosaic(images[only], {only: np.eye(3)}, [[only]], [], "single", "")
    overlaps = photo_overlaps(project, usable, images=images)
    groups = _groups(usable, overlaps)
    main = groups[0]
    _, maps = _to_reference(main, overlaps)
    image, shift = mosaic.stitch([images[p] for p in main], [maps[p] for p in main])
    homographies = {p: shift @ maps[p] for p in main}
    apart = [p for p in usable if p not in main]
    names = {p.id: p.filename for p in project.photos.list(station_id, kind="board")}
    if len(main) == 1:
        status = "apart"
        text = message("mosaic.apart")
    elif apart:
        status = "partial"
        text = message("mosaic.partial", names=", ".join(names.get(p, str(p)) for p in apart))
    else:
        status, text = "stitched", ""
    return BoardMosaic(image, homographies, groups, apart, status, text)
