"""Close the gaps between an ELF64 file's load segments.

Optionally also leave out what ``strip --strip-unneeded`` would. The last step of
``slim_bundle.py``, kept apart because it rewrites ELF files by their headers alone.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

PAGE = 0x1000
PT_LOAD = 1
SHT_SYMTAB = 2
SHT_NOBITS = 8
SHF_ALLOC = 2
PHDR = "<IIQQQQQQ"  # type, flags, offset, vaddr, paddr, filesz, memsz, align
SHDR = "<IIQQQQIIQQ"  # name, type, flags, addr, offset, size, link, info, addralign, entsize


class Moves:
    """Where the file ranges of the load segments go: (old start, old end, shift)."""

    def __init__(self, loads: list[list[int]]) -> None:
        self.ranges: list[tuple[int, int, int]] = []
        self.end = 0
        for p in sorted(loads, key=lambda p: p[2]):
            offset, vaddr, filesz = p[2], p[3], p[5]
            # The first segment stays; each next one goes to the first offset past the
            # previous one that is page-congruent with its address.
            new = offset if not self.ranges else self.end + (vaddr - self.end) % PAGE
            if new > offset:
                raise ValueError("overlapping load segments")  # not patchelf's layout
            self.ranges.append((offset, offset + filesz, new - offset))
            self.end = max(self.end, new + filesz)

    def saved(self) -> int:
        return -self.ranges[-1][2] if self.ranges else 0

    def new(self, offset: int, size: int = 0, *, at_end: bool = False) -> int | None:
        """New offset of the file range [offset, offset+size) if inside one segment."""
        for start, stop, shift in self.ranges:
            inside = offset < stop or (at_end and offset == stop)
            if start <= offset and offset + size <= stop and inside:
                return offset + shift
        return None


def unneeded_sections(shdrs: list[list[int]], data: bytes, shstrndx: int) -> set[int]:
    """Indices of the sections ``strip --strip-unneeded`` removes.

    The symbol table (.symtab and its names), debugging data and comments; never a
    section that is loaded.
    """
    names = shdrs[shstrndx][4] if shstrndx < len(shdrs) else None
    drop = set()
    for i, sh in enumerate(shdrs):
        if sh[2] & SHF_ALLOC or i == shstrndx or names is None:
            continue
        name = data[names + sh[0] : data.index(b"\0", names + sh[0])]
        if sh[1] == SHT_SYMTAB:
            drop.add(i)
            if sh[6] != shstrndx and not shdrs[sh[6]][2] & SHF_ALLOC:
                drop.add(sh[6])
        elif name.startswith((b".debug", b".zdebug")) or name == b".comment":
            drop.add(i)
    return drop


def place_sections(
    shdrs: list[list[int]], data: bytes, out: bytearray, moves: Moves, drop: set[int]
) -> None:
    """Sections in a load segment move with it; the others are appended to ``out``.

    Those in ``drop`` become empty (type NULL).
    """
    for i, sh in enumerate(shdrs):
        offset, size, align = sh[4], sh[5], max(sh[8], 1)
        if i in drop:
            sh[1:] = [0] * 9  # keeps its name; no type, no data, no links
        elif sh[1] == SHT_NOBITS or size == 0:
            new = moves.new(offset, at_end=True)
            sh[4] = new if new is not None else min(offset, len(out))
        elif (new := moves.new(offset, size)) is not None:
            sh[4] = new
        else:
            out += bytes(-len(out) % align)
            sh[4] = len(out)
            out += data[offset : offset + size]


def compact(path: Path, *, strip: bool = True) -> int:
    """Close the gaps between the load segments of an ELF64 file; bytes saved.

    With ``strip``, also leave out what ``strip --strip-unneeded`` would (which cannot be
    run on these files: it breaks patchelf's layout, "ELF load command address/offset
    not page-aligned").

    Sections outside the load segments (symbol tables, comments, names) and the section
    header table are appended after the last segment. Returns 0 (file untouched) for
    anything unexpected: 32-bit or big-endian files, data after the ELF contents,
    overlapping segments, headers outside the segments, or less than 64 KB to gain.
    """
    data = path.read_bytes()
    if data[4] != 2 or data[5] != 1:  # ELF64, little-endian only
        return 0
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    phdrs = [list(struct.unpack_from(PHDR, data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(struct.unpack_from(SHDR, data, shoff + i * shentsize)) for i in range(shnum)]
    known = max(
        [shoff + shnum * shentsize, phoff + phnum * phentsize]
        + [p[2] + p[5] for p in phdrs]
        + [sh[4] + sh[5] for sh in shdrs if sh[1] != SHT_NOBITS]
    )
    if len(data) > known + 4096:
        return 0  # data after the ELF contents (PyInstaller's executable carries its archive)
    try:
        moves = Moves([p for p in phdrs if p[0] == PT_LOAD])
    except ValueError:
        return 0
    new_phoff = moves.new(phoff, phnum * phentsize)
    shstrndx = struct.unpack_from("<H", data, 0x3E)[0]
    drop = unneeded_sections(shdrs, data, shstrndx) if strip else set()
    if new_phoff is None or (moves.saved() == 0 and not drop):
        return 0
    out = bytearray(moves.end)
    for start, stop, shift in moves.ranges:
        out[start + shift : stop + shift] = data[start:stop]
    place_sections(shdrs, data, out, moves, drop)
    for p in phdrs:
        new = moves.new(p[2], p[5], at_end=p[5] == 0)
        if new is None:
            return 0  # a segment outside the load segments: leave the file alone
        p[2] = new
        if p[0] == PT_LOAD:
            p[7] = PAGE
    out += bytes(-len(out) % 8)
    struct.pack_into("<QQ", out, 0x20, new_phoff, len(out))
    for sh in shdrs:
        out += struct.pack(SHDR, *sh)
    for i, p in enumerate(phdrs):
        struct.pack_into(PHDR, out, new_phoff + i * phentsize, *p)
    if len(data) - len(out) < (1 << 16):
        return 0
    tmp = path.with_name(path.name + ".compact")
    tmp.write_bytes(out)
    tmp.chmod(path.stat().st_mode)
    os.replace(tmp, path)
    return len(data) - len(out)
