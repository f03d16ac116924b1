"""Groups of items from their pairwise similarities, as a neighbour graph (no Qt, numpy only).

Each item is linked to its nearest others; spectral clustering splits the graph,
and the number of groups is the one of the highest modularity
(:func:`graph_groups`), so no similarity threshold decides how many there are.
Used for the wording suggestion of a station of 8 or more notes (:mod:`app.suggest.wording`).
"""

from __future__ import annotations

import math

import numpy as np

#: Most groups looked for in a station (bounds the time of a large one).
MAX_GROUPS = 40
#: Tries of k-means from different starts for each number of groups; the one of
#: the least spread wins (fewer tries for a large station, where each costs more).
KMEANS_TRIES = 10
KMEANS_TRIES_LARGE = 3
#: Similarities closer than this are the same for :func:`neighbour_graph`.
TIE = 1e-9
#: A graph of fewer items may be split into pairs (at most n/2 groups, else n/3):
#: a small station's themes are often two notes that say one thing.
FEW_ITEMS = 16
#: Resolution of the modularity that chooses the number of groups (above 1, smaller
#: groups pay less). At 1 (Newman's) it chose too few on the tuning data: on the 60
#: stations ``bench/suggest.py`` draws from the ``tune`` and ``tune2`` themes, 0.81 of
#: the true number of groups on average (mean ARI 0.449), and four groups for the eight
#: themes of ``tune2``. Chosen on those alone (number found / true, mean ARI): 1.15:
#: 0.85, 0.466; 1.3: 0.90, 0.475; 1.5: 0.96, 0.472; 1.75: 1.06, 0.462; 2: 1.13, 0.425,
#: where stations of fewer than six themes split (their ARI 0.552 at 1, 0.540 at 1.3,
#: 0.398 at 2). ``tune`` stays 0.801, the sample boards as they were. Measured after
#: the choice, on other draws of 60 stations (seeds 1, 2 of the tuning themes, 0-2 of
#: the held-out ones): mean ARI 0.546 -> 0.529, 0.498 -> 0.498, 0.479 -> 0.481,
#: 0.485 -> 0.489, 0.492 -> 0.491; groups found 0.89-0.96 -> 0.98-1.05 of the true
#: number; stations of six or more themes gain 0.02-0.06, those of fewer lose 0.01-0.06
#: (two themes most: found as 3.2 groups instead of 2.9).
RESOLUTION = 1.3


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """``matrix`` with each row scaled to length 1 (a row of zeros stays)."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def neighbour_graph(similarity: np.ndarray, neighbours: int) -> np.ndarray:
    """Each item linked to its ``neighbours`` most similar others (either way).

    Others as similar as the last of them (within :data:`TIE`) are linked too, so
    that the graph does not depend on the items' order (twenty copies of one text
    make one complete graph, not a star around the first ones). A link weighs the
    pair's similarity (a negative one as 0, and 0 as a tiny weight, so that each
    item keeps its links).
    """
    n = len(similarity)
    others = np.where(np.eye(n, dtype=bool), -np.inf, similarity)
    last = -np.sort(-others, axis=1)[:, min(neighbours, n - 1) - 1]
    linked = others >= last[:, None] - TIE
    linked |= linked.T
    np.fill_diagonal(linked, False)
    return np.where(linked, np.maximum(similarity, 1e-6), 0.0)


def modularity(graph: np.ndarray, labels: np.ndarray, resolution: float = 1.0) -> float:
    """Newman's modularity of a partition of a weighted graph (at most 1).

    How much more of the graph's weight lies inside the groups than if its links
    were drawn at random (that expectation weighed by ``resolution``: above 1,
    smaller groups pay).
    """
    total = graph.sum()
    if total <= 0:
        return 0.0
    _, index = np.unique(labels, return_inverse=True)
    members = np.zeros((len(labels), index.max() + 1))
    members[np.arange(len(labels)), index] = 1
    inside = float((members * (graph @ members)).sum())
    degrees = graph.sum(axis=1) @ members
    return inside / total - resolution * float(((degrees / total) ** 2).sum())


def kmeans(points: np.ndarray, k: int, tries: int, seed: int = 0) -> np.ndarray:
    """k-means (k-means++ starts, Lloyd's steps) labels of points; the same every run."""
    rng = np.random.default_rng(seed)
    squares = (points**2).sum(axis=1)
    best: tuple[float, np.ndarray] | None = None
    for _ in range(tries):
        centres = [points[rng.integers(len(points))]]
        nearest = ((points - centres[0]) ** 2).sum(axis=1)
        for _ in range(k - 1):
            total = nearest.sum()
            pick = (
                rng.choice(len(points), p=nearest / total)
                if total > 0
                else rng.integers(len(points))
            )
            centres.append(points[pick])
            nearest = np.minimum(nearest, ((points - points[pick]) ** 2).sum(axis=1))
        centre = np.array(centres)
        labels = np.zeros(len(points), dtype=int)
        for _ in range(100):
            distance = squares[:, None] - 2 * points @ centre.T + (centre**2).sum(axis=1)
            labels = np.argmin(distance, axis=1)
            counts = np.bincount(labels, minlength=k)
            sums = np.zeros_like(centre)
            np.add.at(sums, labels, points)
            moved = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centre)
            if np.allclose(moved, centre):
                break
            centre = moved
        spread = float(((points - centre[labels]) ** 2).sum())
        if best is None or spread < best[0]:
            best = (spread, labels)
    assert best is not None
    return best[1]


def graph_groups(similarity: np.ndarray) -> np.ndarray:
    """A group label per item: spectral clustering of the items' neighbour graph.

    Each item is linked to its √n most similar others; the graph's leading
    eigenvectors place items of one densely linked part close together, and k-means
    groups them there. The number of groups is the one whose partition has the
    highest modularity (at :data:`RESOLUTION`), from 2 to n/3 (n/2 below
    :data:`FEW_ITEMS` items; at most :data:`MAX_GROUPS`), so nothing needs a
    similarity threshold; one group where no split has a positive modularity (copies
    of one text). On the written set's
    ``tune`` part the eight themes are found (ARI 0.801; 0.664 by average linkage
    at a threshold), and on its never-tuned-on ``heldout`` part too (0.731).
    """
    n = len(similarity)
    graph = neighbour_graph(similarity, max(1, round(math.sqrt(n))))
    degree = graph.sum(axis=1)
    scale = 1 / np.sqrt(np.where(degree > 0, degree, 1))
    values, vectors = np.linalg.eigh(graph * scale[:, None] * scale[None, :])
    vectors = vectors[:, np.argsort(-values, kind="stable")]
    tries = KMEANS_TRIES if n <= 200 else KMEANS_TRIES_LARGE
    # one group (modularity 0) unless a split has more weight inside its groups
    best = (0.0, np.zeros(n, dtype=int))
    most = n // 2 if n < FEW_ITEMS else n // 3
    for k in range(2, max(2, min(most, MAX_GROUPS)) + 1):
        labels = kmeans(unit_rows(vectors[:, :k]), k, tries)
        quality = modularity(graph, labels, RESOLUTION)
        if quality > best[0]:
            best = (quality, labels)
    return best[1]
