"""Slim the Linux one-folder bundle after PyInstaller built it (``make package`` runs it).

    python packaging/linux/slim_bundle.py dist/pinscribe [OPENBLAS_ARCHIVE]

Each step prints what it did; a step that finds something unexpected leaves the
libraries as they are.

1. **ICU data**: ``libicudata`` rebuilt with the data of the root, German and English
   locales only (with their regional variants), without the East Asian converters and
   word dictionaries, and without the data of ICU services Qt never calls
   (transliteration, currency and unit names, break iteration...): 32 MB -> 3.5 MB. Qt
   collates and maps case in German and English as before; other locales fall back on
   ICU's root collation.
2. **OpenBLAS shim**: OpenCV's own OpenBLAS (39 MB, with libgfortran and libquadmath)
   becomes ``openblas_shim.c``, passing the BLAS/LAPACK functions cv2 imports on to
   numpy's OpenBLAS; built only if it provides every function cv2 imports.
2b. **numpy's OpenBLAS** (24 MB: all of LAPACK, kernels for 21 x86 generations) is
   linked anew from the static archive of ``build_openblas.sh`` (given as the second
   argument; ``make package`` does), exporting only what the bundle imports from it
   (BLAS, the LAPACK routines of ``numpy.linalg``) and OpenBLAS's own functions:
   the linker takes only the objects these need.
3. **Stubs** replace libraries that Pinscribe's code never reaches, but that another
   library links, so that the dynamic linker wants them at load time: OpenCV's video
   stack (FFmpeg; Pinscribe calls no ``VideoCapture``/``VideoWriter``), the AV1 codec
   under OpenCV's AVIF support (Pinscribe reads photos with Pillow, never ``cv2.imread``),
   the HEVC *encoder* x265 under libheif (Pinscribe only decodes HEIC), and systemd
   under libdbus (which asks it only for sockets handed over at start). A stub has
   the same soname and exports exactly the symbols (with their versions) that the rest
   of the bundle imports from the library; it is compiled here (needs ``cc``). Its
   functions write one line naming the library and the function to stderr and abort,
   except x265's: ``x265_api_get_*`` returns NULL, which libheif's own code takes as
   "no encoder for this bit depth" (and ``x265_cleanup`` does nothing), and systemd's:
   ``sd_listen_fds`` and ``sd_is_socket`` answer 0 ("none", "not a socket"), as systemd
   does for a process that was not started by socket activation.
4. **Fortran shim**: numpy's OpenBLAS imports four functions of the GNU Fortran run-time
   library (string concatenation, integer powers, CPU time); ``gfortran_shim.c`` has
   them with libgfortran's own arithmetic, in place of libgfortran and libquadmath
   (3 MB). Built only if nothing else is imported from libgfortran.
5. **Unreached libraries** go: a library that no Python extension module, Qt plugin or
   the executable needs, directly or through other libraries (GTK3, Kerberos, the
   libraries only the stubs' originals needed...), is never loaded. Libraries that are
   opened by name at run time (``DLOPENED``) stay.
6. **Compaction** of libraries that patchelf (auditwheel) laid out with 2 MB gaps of
   zeros between their load segments (libtiff 6.3 MB of which 5.8 are zeros): each
   segment is moved down to the next offset that keeps it page-congruent with its
   address, and its alignment set to the page size (4 KB on x86_64); the symbol table
   is left out as ``strip --strip-unneeded`` would. Loaded contents, addresses, dynamic
   symbols and relocations stay as they are. (``strip`` cannot do this: it breaks these
   files, "ELF load command address/offset not page-aligned".)
7. **Identical libraries** (two wheels vendoring the same build, e.g. libjpeg) become
   symbolic links to one copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from elf_compact import compact

# name pattern of the real library -> (policy, what is missing, in words)
STUBS: dict[str, tuple[str, str]] = {
    r"libavcodec-[0-9a-f]+\.so\..*": ("abort", "OpenCV's video support (FFmpeg)"),
    r"libavformat-[0-9a-f]+\.so\..*": ("abort", "OpenCV's video support (FFmpeg)"),
    r"libavutil-[0-9a-f]+\.so\..*": ("abort", "OpenCV's video support (FFmpeg)"),
    r"libswscale-[0-9a-f]+\.so\..*": ("abort", "OpenCV's video support (FFmpeg)"),
    r"libaom-[0-9a-f]+\.so\..*": ("abort", "the AV1 codec of OpenCV's AVIF support"),
    r"libx265-[0-9a-f]+\.so\..*": ("null", "the HEVC encoder x265 (HEIC writing)"),
    # libdbus asks systemd only for sockets handed over at start (sd_listen_fds,
    # sd_is_socket) when it serves a bus; 0 means "none" and "not a socket", which is the
    # truth for a client. libsystemd brings libgcrypt, libgpg-error, liblz4 and libcap.
    r"libsystemd\.so\.0": ("null", "systemd's socket activation"),
}
# Opened with dlopen() by name, never listed as NEEDED.
DLOPENED = (r"libonnxruntime_providers_shared\.so",)


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if is_elf(p))


def dynamic(path: Path) -> tuple[str | None, list[str], list[str]]:
    """(soname, needed, rpath entries) of an ELF file."""
    out = run("readelf", "-dW", str(path))
    soname = re.search(r"\(SONAME\).*\[(.+)\]", out)
    rpaths = re.findall(r"\((?:RPATH|RUNPATH)\).*\[(.+)\]", out)
    dirs = [d for r in rpaths for d in r.split(":")]
    return (soname.group(1) if soname else None), re.findall(r"\(NEEDED\).*\[(.+)\]", out), dirs


def size_mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


# -- 1. stubs ---------------------------------------------------------------------------


@dataclass
class Symbol:
    name: str
    version: str | None
    kind: str  # FUNC, OBJECT, IFUNC...
    size: int


def defined_symbols(lib: Path) -> dict[str, Symbol]:
    out = run("readelf", "--dyn-syms", "-W", str(lib))
    found: dict[str, Symbol] = {}
    for line in out.splitlines():
        cols = line.split()
        if len(cols) < 8 or cols[6] == "UND" or not cols[0].rstrip(":").isdigit():
            continue
        name, _, tag = cols[7].partition("@")
        if cols[4] in ("GLOBAL", "WEAK") and cols[3] in ("FUNC", "OBJECT", "IFUNC", "TLS"):
            size = int(cols[2], 0) if cols[2].startswith("0x") else int(cols[2])
            found[name] = Symbol(name, tag.lstrip("@") or None, cols[3], size)
    return found


def undefined_symbols(path: Path) -> set[str]:
    out = run("readelf", "--dyn-syms", "-W", str(path))
    names = set()
    for line in out.splitlines():
        cols = line.split()
        if len(cols) >= 8 and cols[6] == "UND":
            names.add(cols[7].split("@")[0])
    return names


def stub_source(lib_name: str, missing: str, policy: str, symbols: list[Symbol]) -> str:
    lines = [
        f"/* Stub of {lib_name}, generated by packaging/linux/slim_bundle.py */",
        "extern long write(int, const void *, unsigned long);",
        "extern void abort(void) __attribute__((noreturn));",
        "static unsigned long pinscribe_stub_len(const char *s) { unsigned long n = 0; "
        "while (s[n]) n++; return n; }",
        "__attribute__((noreturn)) static void pinscribe_stub_gone(const char *name) {",
        f'  static const char head[] = "Pinscribe: {missing} is not part of this bundle '
        f'({lib_name}); called: ";',
        "  write(2, head, sizeof head - 1); write(2, name, pinscribe_stub_len(name));",
        '  write(2, "\\n", 1);',
        "  abort();",
        "}",
    ]
    for s in symbols:
        if s.kind == "OBJECT" or s.kind == "TLS":
            tls = "__thread " if s.kind == "TLS" else ""
            lines.append(f"{tls}char {s.name}[{max(s.size, 1)}] __attribute__((aligned(16)));")
        elif policy == "null":
            lines.append(f"long {s.name}(void) {{ return 0; }}")
        else:
            lines.append(f'long {s.name}(void) {{ pinscribe_stub_gone("{s.name}"); }}')
    return "\n".join(lines) + "\n"


def version_script(symbols: list[Symbol]) -> str:
    nodes: dict[str | None, list[str]] = {}
    for s in symbols:
        nodes.setdefault(s.version, []).append(s.name)
    parts = []
    for i, (version, names) in enumerate(nodes.items()):
        body = " ".join(f"{n};" for n in names)
        local = " local: *;" if i == len(nodes) - 1 else ""
        parts.append(f"{version or ''} {{ global: {body}{local} }};".strip())
    return "\n".join(parts) + "\n"


def make_stubs(bundle: Path, cc: str) -> list[tuple[str, float, float]]:
    """Replace the STUBS libraries; (name, MB before, MB after) for each."""
    files = elf_files(bundle)
    targets = {
        p: STUBS[pattern]
        for p in files
        for pattern in STUBS
        if re.fullmatch(pattern, p.name)
    }
    sonames = {p: dynamic(p)[0] or p.name for p in targets}
    importers: dict[Path, list[Path]] = {p: [] for p in targets}
    for f in files:
        if f in targets:
            continue
        needed = dynamic(f)[1]
        for lib, soname in sonames.items():
            if soname in needed:
                importers[lib].append(f)
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        for lib, (policy, missing) in targets.items():
            defined = defined_symbols(lib)
            wanted = set().union(*(undefined_symbols(f) for f in importers[lib]))
            symbols = sorted((defined[n] for n in wanted if n in defined), key=lambda s: s.name)
            src, vmap = Path(tmp, "stub.c"), Path(tmp, "stub.map")
            src.write_text(stub_source(lib.name, missing, policy, symbols), encoding="utf-8")
            vmap.write_text(version_script(symbols), encoding="utf-8")
            out = Path(tmp, lib.name)
            subprocess.run(
                [cc, "-shared", "-fPIC", "-O1", "-s", "-w", "-o", str(out), str(src),
                 f"-Wl,-soname,{sonames[lib]}", f"-Wl,--version-script={vmap}"],
                check=True,
            )
            before = lib.stat().st_size
            shutil.copyfile(out, lib)
            report.append((lib.name, before / 1e6, lib.stat().st_size / 1e6))
            print(f"  stub {lib.name}: {len(symbols)} symbols for "
                  f"{', '.join(f.name for f in importers[lib]) or 'nobody'}")
    return report


def _imported_from(bundle: Path, lib: Path) -> tuple[str, list[Path], set[str]]:
    """``lib``'s soname, the bundle's files that link it, and the symbols they take from it."""
    soname = dynamic(lib)[0] or lib.name
    importers = [f for f in elf_files(bundle) if f != lib and soname in dynamic(f)[1]]
    wanted = set().union(*(undefined_symbols(f) for f in importers)) & set(defined_symbols(lib))
    return soname, importers, wanted


def _copy_over(built: Path, lib: Path) -> tuple[str, float, float]:
    """Put ``built`` in place of ``lib``: its name, MB before and after."""
    before = lib.stat().st_size
    shutil.copyfile(built, lib)
    return lib.name, before / 1e6, lib.stat().st_size / 1e6


# -- 1b. OpenCV's OpenBLAS -> numpy's ---------------------------------------------------


def replace_openblas(bundle: Path, cc: str) -> tuple[str, float, float] | None:
    """Replace cv2's OpenBLAS by openblas_shim.c over numpy's; None when not possible."""
    ours = [p for p in elf_files(bundle) if re.fullmatch(r"libopenblas.*\.so.*", p.name)]
    numpys = [p for p in elf_files(bundle) if re.fullmatch(r"libscipy_openblas64_-.*\.so", p.name)]
    if len(ours) != 1 or len(numpys) != 1:
        print(f"  OpenBLAS: kept (found {len(ours)} of OpenCV's, {len(numpys)} of numpy's)")
        return None
    lib, numpy_lib = ours[0], numpys[0]
    soname, importers, wanted = _imported_from(bundle, lib)
    rel = os.path.relpath(numpy_lib.parent, lib.parent)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, lib.name)
        built = subprocess.run(
            [cc, "-shared", "-fPIC", "-O2", "-s", "-o", str(out),
             str(Path(__file__).with_name("openblas_shim.c")), f"-Wl,-soname,{soname}",
             f"-L{numpy_lib.parent}", f"-l:{numpy_lib.name}", "-Wl,--no-undefined",
             f"-Wl,-rpath,$ORIGIN/{rel}:$ORIGIN"],
            capture_output=True, text=True,
        )
        if built.returncode != 0:
            print(f"  OpenBLAS: kept (the shim does not build over {numpy_lib.name}: "
                  f"{built.stderr.strip().splitlines()[-1:]})")
            return None
        missing = wanted - set(defined_symbols(out))
        if missing:
            print(f"  OpenBLAS: kept ({', '.join(f.name for f in importers)} also imports "
                  f"{', '.join(sorted(missing))})")
            return None
        sizes = _copy_over(out, lib)
    print(f"  OpenBLAS: {lib.name} ({len(wanted)} functions for "
          f"{', '.join(f.name for f in importers)}) now calls {numpy_lib.name}")
    return sizes


# -- 1b'. numpy's OpenBLAS -> a library linked from build_openblas.sh's archive --------------


def link_numpy_openblas(bundle: Path, cc: str, archive: Path) -> tuple[str, float, float] | None:
    """Replace numpy's OpenBLAS by one linked from ``archive`` with only what is imported.

    The library exports the functions the bundle imports from numpy's (BLAS and the
    LAPACK routines of ``numpy.linalg``) and OpenBLAS's own ``*openblas_*`` functions
    (threads, configuration); the linker takes from the archive only the objects these
    need. None (and the library kept) when the archive lacks one of them.
    """
    libs = [p for p in elf_files(bundle) if re.fullmatch(r"libscipy_openblas64_-.*\.so", p.name)]
    if len(libs) != 1:
        print(f"  numpy's OpenBLAS: kept (found {len(libs)})")
        return None
    lib = libs[0]
    soname, importers, wanted = _imported_from(bundle, lib)
    defined = defined_symbols(lib)
    wanted |= {n for n in defined if n.startswith("scipy_openblas_") and defined[n].kind == "FUNC"}
    with tempfile.TemporaryDirectory() as tmp:
        vmap, out = Path(tmp, "exports.map"), Path(tmp, lib.name)
        vmap.write_text("{ global: " + " ".join(f"{n};" for n in sorted(wanted))
                        + " local: *; };\n", encoding="utf-8")
        built = subprocess.run(
            [cc, "-shared", "-o", str(out), f"-Wl,-soname,{soname}",
             f"-Wl,--version-script={vmap}", "-Wl,--gc-sections", "-Wl,--no-undefined", "-s",
             *(f"-Wl,-u,{n}" for n in sorted(wanted)), str(archive), "-lpthread", "-lm"],
            capture_output=True, text=True,
        )
        missing = wanted - set(defined_symbols(out)) if built.returncode == 0 else wanted
        if built.returncode != 0 or missing:
            print(f"  numpy's OpenBLAS: kept ({archive.name} lacks "
                  f"{', '.join(sorted(missing)[:5]) or built.stderr.strip()[-200:]})")
            return None
        sizes = _copy_over(out, lib)
    print(f"  numpy's OpenBLAS: {lib.name} linked from {archive} ({len(wanted)} functions for "
          f"{', '.join(sorted(f.name.split('.')[0] for f in importers))})")
    return sizes


# -- 1c. libgfortran -> gfortran_shim.c -------------------------------------------------

GFORTRAN_SHIM = ("_gfortran_concat_string", "_gfortran_etime", "_gfortran_pow_r4_i8",
                 "_gfortran_pow_r8_i8")


def replace_gfortran(bundle: Path, cc: str) -> list[tuple[str, float, float]]:
    """Replace each libgfortran whose importers need only GFORTRAN_SHIM's functions.

    numpy's OpenBLAS imports four functions of libgfortran (which brings libquadmath);
    ``gfortran_shim.c`` has them, with the same arithmetic. (name, MB before, MB after).
    """
    files = elf_files(bundle)
    report = []
    for lib in [p for p in files if re.fullmatch(r"libgfortran.*\.so.*", p.name)]:
        soname = dynamic(lib)[0] or lib.name
        importers = [f for f in files if f != lib and soname in dynamic(f)[1]]
        defined = defined_symbols(lib)
        wanted = set().union(*(undefined_symbols(f) for f in importers)) & set(defined)
        if not importers or not wanted <= set(GFORTRAN_SHIM):
            print(f"  {lib.name}: kept ({', '.join(sorted(wanted - set(GFORTRAN_SHIM)))} "
                  "imported too)" if importers else f"  {lib.name}: kept (nobody imports it)")
            continue
        symbols = sorted((defined[n] for n in wanted), key=lambda s: s.name)
        with tempfile.TemporaryDirectory() as tmp:
            vmap, out = Path(tmp, "shim.map"), Path(tmp, lib.name)
            vmap.write_text(version_script(symbols), encoding="utf-8")
            subprocess.run(
                [cc, "-shared", "-fPIC", "-O2", "-s", "-o", str(out),
                 str(Path(__file__).with_name("gfortran_shim.c")), f"-Wl,-soname,{soname}",
                 f"-Wl,--version-script={vmap}", "-Wl,--no-undefined"],
                check=True,
            )
            before = lib.stat().st_size
            shutil.copyfile(out, lib)
        print(f"  {lib.name}: {len(symbols)} functions for "
              f"{', '.join(f.name for f in importers)} from gfortran_shim.c")
        report.append((lib.name, before / 1e6, lib.stat().st_size / 1e6))
    return report


# -- 2. unreached libraries -------------------------------------------------------------


def is_root(path: Path, bundle: Path) -> bool:
    name = path.name
    return (
        re.search(r"\.(cpython-[^.]+|abi3)\.so$", name) is not None
        or "plugins" in path.relative_to(bundle).parts
        or path.parent == bundle  # the executables
        or name.startswith("libpython")
        or any(re.fullmatch(p, name) for p in DLOPENED)
    )


def unreached(bundle: Path) -> list[Path]:
    files = elf_files(bundle)
    internal = bundle / "_internal"
    seen: set[Path] = set()
    stack = [p.resolve() for p in files if is_root(p, bundle)]
    while stack:
        path = stack.pop()
        if path in seen:
            continue
        seen.add(path)
        _, needed, rpaths = dynamic(path)
        dirs = [path.parent] + [Path(d.replace("$ORIGIN", str(path.parent))) for d in rpaths]
        for name in needed:
            for d in [*dirs, internal, bundle]:
                if (d / name).exists():
                    stack.append((d / name).resolve())
                    break
    return [p for p in files if p.resolve() not in seen]


def remove_unreached(bundle: Path) -> dict[str, int]:
    """Delete the unreached libraries; their names and sizes."""
    gone = {}
    for lib in unreached(bundle):
        gone[lib.name] = lib.stat().st_size
        lib.unlink()
    # Symbolic links that pointed at them (PyInstaller links _internal/libX -> pkg.libs/libX).
    for link in bundle.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return gone


# -- 4. ICU data ------------------------------------------------------------------------

# Locales whose ICU data stays (with their regional variants: de_AT, en_GB...).
ICU_LOCALES = ("root", "de", "en")
# A locale's file name: de, de_AT, en_001, sr_Latn_BA, ca_ES_VALENCIA (not pool, units...).
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?(_[A-Z0-9]+)*")
ICU_CONVERTER_MAX = 64 * 1024  # single-byte (European) converters stay, CJK ones go
# Data of ICU services Qt never calls (its ICU imports: collation, case mapping,
# converters, calendar time zones): transliteration, spelled-out numbers, currency and
# unit names, break iteration, character names, StringPrep profiles (IDNA2003) and the
# spoof checker's confusables. Qt formats numbers, currencies and names of languages
# with its own CLDR data.
ICU_UNUSED_TREES = ("translit", "rbnf", "curr", "unit", "brkitr")
ICU_UNUSED_SUFFIXES = ("spp", "cfu")
ICU_UNUSED_FILES = ("unames.icu",)


def icu_keep(name: str, size: int) -> bool:
    """Whether an item of ICU's data package stays (``icudt73l/coll/fr.res``...)."""
    path = name.split("/", 1)[1]
    stem, _, suffix = path.rsplit("/", 1)[-1].partition(".")
    if "/" in path and path.split("/", 1)[0] in ICU_UNUSED_TREES:
        return False
    if suffix in ICU_UNUSED_SUFFIXES or path in ICU_UNUSED_FILES:
        return False
    if suffix == "cnv":
        return size <= ICU_CONVERTER_MAX
    if suffix == "dict":  # word dictionaries for Thai, Khmer, Lao, Burmese, CJK
        return False
    if suffix == "res" and LOCALE_NAME.fullmatch(stem):
        return stem.split("_")[0] in ICU_LOCALES
    return True


def icu_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, data)]) of an ICU common data package ("CmnD")."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    # magic 0xda27, then UDataInfo: little-endian (byte 8 = 0), data format "CmnD"
    if blob[2:4] != b"\xda\x27" or blob[8] != 0 or blob[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = blob[toc + name_at : blob.index(b"\0", toc + name_at)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append((name, blob[toc + data_at : toc + end]))
    return blob[:header_size], items


def icu_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += (-(len(header) + data_start)) % 16
    toc, body, name_at, data_at = bytearray(struct.pack("<I", len(items))), bytearray(), 0, 0
    for name, data in items:
        toc += struct.pack("<II", toc_size + name_at, data_start + data_at)
        name_at += len(name) + 1
        pad = (-len(data)) % 16
        body += data + bytes(pad)
        data_at += len(data) + pad
    head = bytes(toc) + names
    return header + head + bytes(data_start - len(head)) + bytes(body)


def symbol_bytes(lib: Path, symbol: str) -> bytes:
    """The contents of a data symbol of an ELF library."""
    syms = run("readelf", "--dyn-syms", "-W", str(lib))
    m = re.search(rf"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+{symbol}$",
                  syms, re.M)
    if m is None:
        raise ValueError(f"no {symbol} in {lib.name}")
    vaddr, size = int(m.group(1), 16), int(m.group(2), 0)
    for line in run("readelf", "-lW", str(lib)).splitlines():
        cols = line.split()
        if cols and cols[0] == "LOAD":
            offset, start, filesz = int(cols[1], 16), int(cols[2], 16), int(cols[4], 16)
            if start <= vaddr and vaddr + size <= start + filesz:
                with lib.open("rb") as f:
                    f.seek(offset + vaddr - start)
                    return f.read(size)
    raise ValueError(f"{symbol} of {lib.name} is not in the file")


def trim_icu(bundle: Path, cc: str) -> tuple[str, float, float] | None:
    """Rebuild libicudata with the data of ICU_LOCALES only."""
    libs = [p for p in elf_files(bundle) if re.fullmatch(r"libicudata\.so\.\d+", p.name)]
    if len(libs) != 1:
        return None
    lib = libs[0]
    symbol = f"icudt{lib.name.rsplit('.', 1)[1]}_dat"
    try:
        header, items = icu_items(symbol_bytes(lib, symbol))
    except ValueError as error:
        print(f"  ICU data: kept ({error})")
        return None
    kept = [(n, d) for n, d in items if icu_keep(n, len(d))]
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm, out = Path(tmp, "icu.dat"), Path(tmp, "icu.S"), Path(tmp, lib.name)
        dat.write_bytes(icu_package(header, kept))
        asm.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
            f'{symbol}:\n.incbin "{dat}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        subprocess.run([cc, "-shared", "-nostdlib", "-s", "-o", str(out), str(asm),
                        f"-Wl,-soname,{lib.name}"], check=True)
        before = lib.stat().st_size
        shutil.copyfile(out, lib)
    print(f"  ICU data: {len(kept)} of {len(items)} items kept (locales "
          f"{', '.join(ICU_LOCALES)}; no CJK converters, no word dictionaries, none of "
          f"{', '.join(ICU_UNUSED_TREES + ICU_UNUSED_SUFFIXES + ICU_UNUSED_FILES)})")
    return lib.name, before / 1e6, lib.stat().st_size / 1e6


# -- 7. identical libraries ------------------------------------------------------------


def link_duplicates(bundle: Path) -> dict[str, int]:
    """Libraries with the same bytes as another become symbolic links to it.

    Two wheels may vendor the same build of a library under the same name (pikepdf and
    tesserocr: libjpeg). Only libraries without RPATH/RUNPATH: their ``$ORIGIN`` would
    change with the link. Returns the linked files' names and sizes.
    """
    first: dict[tuple[int, bytes], Path] = {}
    linked = {}
    for lib in elf_files(bundle):
        if dynamic(lib)[2]:
            continue
        data = lib.read_bytes()
        key = (len(data), hashlib.sha256(data).digest())
        if key not in first:
            first[key] = lib
            continue
        lib.unlink()
        lib.symlink_to(os.path.relpath(first[key], lib.parent))
        linked[str(lib.relative_to(bundle))] = len(data)
    return linked



def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: slim_bundle.py BUNDLE_DIR [OPENBLAS_ARCHIVE]", file=sys.stderr)
        return 2
    bundle = Path(argv[1])
    archive = Path(argv[2]) if len(argv) == 3 else None
    cc = os.environ.get("CC", "cc")
    if shutil.which(cc) is None:
        print(f"slim_bundle.py: no C compiler ({cc}) to build the stub libraries; "
              "install gcc (Debian: apt install gcc) or set CC", file=sys.stderr)
        return 1
    total = size_mb(elf_files(bundle))
    print("Slimming the bundle:")
    icu = trim_icu(bundle, cc)
    shim = replace_openblas(bundle, cc)
    numpy_blas = link_numpy_openblas(bundle, cc, archive) if archive else None
    fortran = replace_gfortran(bundle, cc)
    for name, before, after in make_stubs(bundle, cc):
        print(f"  {name}: {before:.1f} MB -> stub of {after * 1000:.0f} KB")
    if shim:
        print(f"  {shim[0]}: {shim[1]:.1f} MB -> shim of {shim[2] * 1000:.0f} KB")
    if numpy_blas:
        print(f"  {numpy_blas[0]}: {numpy_blas[1]:.1f} MB -> {numpy_blas[2]:.1f} MB")
    for name, before, after in fortran:
        print(f"  {name}: {before:.1f} MB -> shim of {after * 1000:.0f} KB")
    if icu:
        print(f"  {icu[0]}: {icu[1]:.1f} MB -> {icu[2]:.1f} MB")
    gone = remove_unreached(bundle)
    print(f"  unreached libraries removed ({len(gone)}, {sum(gone.values()) / 1e6:.1f} MB): "
          + ", ".join(sorted(gone)))
    compacted = 0
    for lib in elf_files(bundle):
        saved = compact(lib)
        if saved:
            print(f"  compacted {lib.name}: -{saved / 1e6:.1f} MB")
            compacted += saved
    print(f"  compaction: -{compacted / 1e6:.1f} MB")
    linked = link_duplicates(bundle)
    print(f"  identical libraries linked ({len(linked)}, {sum(linked.values()) / 1e6:.1f} MB): "
          + ", ".join(sorted(linked)))
    print(f"  libraries: {total:.0f} MB -> {size_mb(elf_files(bundle)):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
