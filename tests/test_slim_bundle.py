"""packaging/linux/slim_bundle.py on copies of the real wheels' libraries.

Each test rebuilds a small part of a bundle in a temporary folder (OpenCV with its
libraries, tesserocr with its libraries, Qt's ICU data), slims it as ``make package``
does, and runs the real library from there in a fresh Python: the results must match
those of the untouched wheels. Linux only; needs ``cc`` and ``readelf``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import slim_bundle  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux")
        or shutil.which("cc") is None
        or shutil.which("readelf") is None,
        reason="Linux with cc and readelf only",
    ),
]


def site_folder(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent.parent


def copy_package(package: str, libs: str, dest: Path) -> None:
    site = site_folder(package)
    shutil.copytree(site / package, dest / package, symlinks=True)
    if (site / libs).is_dir():
        shutil.copytree(site / libs, dest / libs, symlinks=True)


def run_python(code: str, path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(path), **env}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=300
    )


# Every OpenCV function that reaches LAPACK or BLAS (large enough matrices: OpenCV
# solves small ones itself), and those Pinscribe calls that use linear algebra.
OPENCV_MATH = r"""
import json, sys
import numpy as np, cv2
rng = np.random.default_rng(1)
out = {"file": cv2.__file__}
for dt in (np.float32, np.float64):
    n, tag = 160, dt.__name__
    A = rng.normal(size=(n, n)).astype(dt); b = rng.normal(size=(n, 3)).astype(dt)
    for name, flag in (("lu", cv2.DECOMP_LU), ("svd", cv2.DECOMP_SVD), ("qr", cv2.DECOMP_QR),
                       ("normal", cv2.DECOMP_NORMAL | cv2.DECOMP_LU)):
        out[f"solve_{name}_{tag}"] = cv2.solve(A, b, flags=flag)[1].ravel().tolist()
    S = (A @ A.T + n * np.eye(n)).astype(dt)
    out[f"chol_{tag}"] = cv2.solve(S, b, flags=cv2.DECOMP_CHOLESKY)[1].ravel().tolist()
    M = rng.normal(size=(200, 60)).astype(dt)
    out[f"svd_{tag}"] = cv2.SVDecomp(M)[0].ravel().tolist()
    out[f"inv_{tag}"] = cv2.invert(A)[1].ravel().tolist()
    G = rng.normal(size=(300, 300)).astype(dt)
    out[f"gemm_{tag}"] = cv2.gemm(G, G, 1, None, 0).ravel().tolist()
    C = rng.normal(size=(150, 150, 2)).astype(dt)
    out[f"cgemm_{tag}"] = cv2.gemm(C, C, 1, None, 0).ravel().tolist()
out["eigen_ns"] = sorted(cv2.eigenNonSymmetric(rng.normal(size=(80, 80)))[0].ravel().tolist())
t = np.linspace(0, 2 * np.pi, 600)
pts = np.stack([300 + 120 * np.cos(t), 200 + 60 * np.sin(t)], 1).astype(np.float32)
out["ellipse"] = np.ravel(cv2.fitEllipse(pts)[:2]).tolist()
src = rng.uniform(0, 500, size=(300, 2)).astype(np.float32)
H0 = np.array([[1.1, 0.05, 3], [0.02, 0.95, -4], [1e-4, 2e-4, 1]])
dst = cv2.perspectiveTransform(src[None], H0)[0]
out["homography"] = cv2.findHomography(src, dst, cv2.RANSAC)[0].ravel().tolist()
out["affine"] = cv2.estimateAffinePartial2D(src, src * 1.01 + 2)[0].ravel().tolist()
out["kmeans"] = sorted(cv2.kmeans(src, 3, None, (cv2.TERM_CRITERIA_MAX_ITER, 20, 0), 3,
                                  cv2.KMEANS_PP_CENTERS)[2].ravel().tolist())
json.dump(out, sys.stdout)
"""


@pytest.fixture(scope="module")
def slim_opencv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cv2 with its libraries and numpy's, slimmed: stubs, the OpenBLAS shim, unreached gone."""
    pytest.importorskip("cv2")
    if not (site_folder("cv2") / "opencv_python_headless.libs").is_dir():
        pytest.skip("cv2 is not the PyPI wheel (the bundle's own build has no libraries)")
    folder = tmp_path_factory.mktemp("opencv")
    copy_package("cv2", "opencv_python_headless.libs", folder)
    shutil.copytree(site_folder("numpy") / "numpy.libs", folder / "numpy.libs")
    assert slim_bundle.replace_openblas(folder, "cc") is not None
    stubbed = {name for name, _, _ in slim_bundle.make_stubs(folder, "cc")}
    assert {n.split("-")[0] for n in stubbed} >= {"libavcodec", "libavformat", "libavutil"}
    gone = slim_bundle.remove_unreached(folder)
    assert any(n.startswith("libvpx") for n in gone) and any(n.startswith("libssl") for n in gone)
    assert any(n.startswith("libgfortran-83") or n.startswith("libgfortran") for n in gone)
    return folder


def test_opencv_math_is_unchanged_over_numpys_openblas(slim_opencv: Path) -> None:
    libs = slim_opencv / "opencv_python_headless.libs"
    assert not list(libs.glob("libgfortran*")) and not list(libs.glob("libquadmath*"))
    assert sum(p.stat().st_size for p in libs.iterdir()) < 15e6  # was 83 MB
    before = run_python(OPENCV_MATH, site_folder("cv2"))
    after = run_python(OPENCV_MATH, slim_opencv)
    assert before.returncode == 0 and after.returncode == 0, after.stderr
    want, got = json.loads(before.stdout), json.loads(after.stdout)
    assert got.pop("file").startswith(str(slim_opencv)) and want.pop("file")
    assert got.keys() == want.keys()
    for key, values in want.items():
        a, b = np.asarray(values), np.asarray(got[key])
        tol = 1e-3 if "float32" in key else 1e-8
        scale = max(1.0, float(abs(a).max()))
        assert abs(a - b).max() <= tol * scale, key


def test_opencv_video_says_what_is_missing(slim_opencv: Path, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42" + bytes(64))
    code = f"import cv2; cv2.VideoCapture({str(video)!r}, cv2.CAP_FFMPEG)"
    proc = run_python(code, slim_opencv)
    assert proc.returncode != 0
    assert "Pinscribe: OpenCV's video support (FFmpeg) is not part of this bundle" in proc.stderr
    # What Pinscribe does with OpenCV still works: image processing, PNG in memory.
    code = (
        "import cv2, numpy as np; a = np.zeros((40, 60, 3), np.uint8); a[10:30, 20:40] = 200;"
        "g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY); c, _ = cv2.findContours("
        "cv2.threshold(g, 100, 255, cv2.THRESH_BINARY)[1], cv2.RETR_EXTERNAL,"
        "cv2.CHAIN_APPROX_SIMPLE); ok, png = cv2.imencode('.png', a);"
        "print(len(c), cv2.imdecode(png, cv2.IMREAD_COLOR).shape)"
    )
    proc = run_python(code, slim_opencv)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "(40,", "60,", "3)"]


def test_compacted_tesseract_libraries_still_read(tmp_path: Path) -> None:
    """libtiff, libwebpmux... of the tesserocr wheel lose their 2 MB gaps and still work."""
    pytest.importorskip("tesserocr")
    if not (TESSDATA / "eng.traineddata").is_file():
        pytest.skip(f"no {TESSDATA}/eng.traineddata")
    copy_package("tesserocr", "tesserocr.libs", tmp_path)
    libs = sorted((tmp_path / "tesserocr.libs").iterdir())
    before = {p.name: p.stat().st_size for p in libs}
    dynamic = {p.name: slim_bundle.dynamic(p) for p in libs}
    symbols = {p.name: slim_bundle.defined_symbols(p) for p in libs}
    # A file with data after its ELF contents (like PyInstaller's executable) is left alone.
    tail = tmp_path / "with-archive"
    tail.write_bytes(libs[0].read_bytes() + b"PYZ archive" * 1000)
    assert slim_bundle.compact(tail) == 0
    saved = sum(slim_bundle.compact(p) for p in libs)
    assert saved > 5e6, saved
    for p in libs:
        assert p.stat().st_size <= before[p.name]
        assert slim_bundle.dynamic(p) == dynamic[p.name]
        assert slim_bundle.defined_symbols(p) == symbols[p.name]
    code = (
        "import tesserocr; from PIL import Image, ImageDraw, ImageFont;"
        "im = Image.new('L', (600, 120), 255); d = ImageDraw.Draw(im);"
        "d.text((20, 20), 'Workshop', fill=0, font=ImageFont.load_default(size=64));"
        "print(tesserocr.__file__);"
        f"print(tesserocr.image_to_text(im, lang='eng', path={str(TESSDATA) + '/'!r}).strip())"
    )
    proc = run_python(code, tmp_path)
    assert proc.returncode == 0, proc.stderr
    where, text = proc.stdout.strip().splitlines()
    assert where.startswith(str(tmp_path)) and text == "Workshop"


ICU_CHECK = r"""
import json, sys
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
import PySide6
words = ["Zebra", "Äpfel", "apfel", "Österreich", "Ober", "straße", "Strasse", "éclair",
         "Ähre", "Ahorn", "Item 10", "Item 9"]
out = {"maps": [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l][:1]}
for loc in ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR"):
    c = QCollator(QLocale(loc)); out["sort_" + loc] = sorted(words, key=c.sortKey)
    c.setNumericMode(True); out["num_" + loc] = sorted(words, key=c.sortKey)
    out["upper_" + loc] = QLocale(loc).toUpper("straße é")
for enc in ("windows-1252", "ISO-8859-15", "IBM850", "KOI8-R"):
    out["codec_" + enc] = QStringDecoder(enc).isValid()
json.dump(out, sys.stdout)
"""


def test_trimmed_icu_data_sorts_german_and_english_alike(tmp_path: Path) -> None:
    """Qt with ICU data of root, de and en only: collation and case as with all of it."""
    pytest.importorskip("PySide6")
    site = site_folder("PySide6")
    # PySide6 as links to the wheel's files, except a copy of libicudata to trim.
    (tmp_path / "PySide6").mkdir()
    for src in (site / "PySide6").rglob("*"):
        dest = tmp_path / "PySide6" / src.relative_to(site / "PySide6")
        if src.is_dir() and not src.is_symlink():
            dest.mkdir(parents=True, exist_ok=True)
        elif src.name.startswith("libicudata"):
            shutil.copyfile(src, dest)
        else:
            dest.symlink_to(src)
    shutil.copytree(site / "shiboken6", tmp_path / "shiboken6", symlinks=True)
    icu = next((tmp_path / "PySide6").rglob("libicudata.so.*"))
    before = icu.stat().st_size
    want = run_python(ICU_CHECK, site)
    assert slim_bundle.trim_icu(tmp_path, "cc") is not None
    assert icu.stat().st_size < before / 3
    got = run_python(ICU_CHECK, tmp_path)
    assert want.returncode == 0 and got.returncode == 0, got.stderr
    a, b = json.loads(want.stdout), json.loads(got.stdout)
    assert b.pop("maps") == [str(icu)] and a.pop("maps")
    assert a == b
    assert b["sort_de_DE"].index("Äpfel") < b["sort_de_DE"].index("Ober")  # Ä among the A


GFORTRAN_CALLS = r"""
import ctypes, json, sys
lib = ctypes.CDLL(sys.argv[1])
out = {}
for name, real in (("_gfortran_pow_r4_i8", ctypes.c_float),
                   ("_gfortran_pow_r8_i8", ctypes.c_double)):
    f = getattr(lib, name)
    f.restype, f.argtypes = real, [real, ctypes.c_int64]
    values = []
    for a in (0.0, -0.0, 1.0, -1.0, 0.5, -1.7, 3.14159, 1e-3, 7.0, 1e30, float("inf"),
              float("-inf"), 1.0000001, 0.9999999):
        for n in (0, 1, 2, 3, -1, -2, -7, 10, 31, 33, -40, 64, 1023, -1074, 2**40,
                  -(2**40) - 1):
            values.append(float(f(a, n)).hex())
    out[name] = values
concat = lib._gfortran_concat_string
concat.argtypes = [ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                   ctypes.c_size_t, ctypes.c_char_p]
for dest_len in (0, 3, 6, 9, 12):
    for a, b in ((b"ABCDE", b"xyz"), (b"", b"xy"), (b"AB", b"")):
        dest = ctypes.create_string_buffer(b"#" * 16, 16)
        concat(dest_len, dest, len(a), a, len(b), b)
        out[f"concat_{dest_len}_{a}_{b}"] = dest.raw.decode()
# etime(TARRAY): a descriptor of a REAL array (2), as gfortran passes it
class Dim(ctypes.Structure):
    _fields_ = [("stride", ctypes.c_ssize_t), ("lbound", ctypes.c_ssize_t),
                ("ubound", ctypes.c_ssize_t)]
class Desc(ctypes.Structure):
    _fields_ = [("base", ctypes.POINTER(ctypes.c_float)), ("offset", ctypes.c_size_t),
                ("elem_len", ctypes.c_size_t), ("version", ctypes.c_int),
                ("rank", ctypes.c_byte), ("type", ctypes.c_byte), ("attribute", ctypes.c_short),
                ("span", ctypes.c_ssize_t),
                ("dim", Dim * 1)]
arr = (ctypes.c_float * 4)(-5, -5, -5, -5)
desc = Desc(ctypes.cast(arr, ctypes.POINTER(ctypes.c_float)), 0, 4, 0, 1, 3, 0, 4,
            (Dim * 1)(Dim(2, 1, 2)))
etime = lib._gfortran_etime
etime.restype, etime.argtypes = ctypes.c_float, [ctypes.POINTER(Desc)]
total = etime(ctypes.byref(desc))
out["etime"] = [total > 0, arr[0] >= 0, arr[1] == -5, arr[2] >= 0,
                abs(arr[0] + arr[2] - total) < 1e-3]
json.dump(out, sys.stdout)
"""

NUMPY_LINALG = r"""
import json, sys
import numpy as np
rng = np.random.default_rng(7)
out = {"maps": sorted({l.split()[-1].rsplit("/", 1)[-1].split("-")[0]
                       for l in open("/proc/self/maps") if "numpy.libs" in l and sys.argv[1] in l})}
for dt in (np.float32, np.float64, np.complex64, np.complex128):
    n, tag = 120, np.dtype(dt).name
    imag = 1j * rng.normal(size=(n, n)) if dt in (np.complex64, np.complex128) else 0
    A = (rng.normal(size=(n, n)) + imag).astype(dt)
    b = rng.normal(size=(n, 4)).astype(dt)
    H = A @ A.conj().T + n * np.eye(n, dtype=dt)
    res = {"solve": np.linalg.solve(A, b), "inv": np.linalg.inv(A), "det": np.linalg.det(A),
           "eigvals": np.sort_complex(np.linalg.eigvals(A)), "eigh": np.linalg.eigh(H)[0],
           "svd": np.linalg.svd(A, compute_uv=False), "qr": np.linalg.qr(A)[1],
           "chol": np.linalg.cholesky(H), "lstsq": np.linalg.lstsq(A[:, :60], b, rcond=None)[0],
           "pinv": np.linalg.pinv(A[:, :50]), "matmul": A @ A,
           "power": np.linalg.matrix_power(A / n, 5)}
    for key, value in res.items():
        out[f"{key}_{tag}"] = np.asarray(value).tobytes().hex()
json.dump(out, sys.stdout)
"""


def test_gfortran_shim_computes_as_libgfortran(tmp_path: Path) -> None:
    """numpy's OpenBLAS over gfortran_shim.c: the same functions, the same bits."""
    copy_package("numpy", "numpy.libs", tmp_path)
    original = next((site_folder("numpy") / "numpy.libs").glob("libgfortran*"))
    copy = tmp_path / "numpy.libs" / original.name
    want = subprocess.run([sys.executable, "-c", GFORTRAN_CALLS, str(original)],
                          capture_output=True, text=True, timeout=120)
    assert want.returncode == 0, want.stderr
    report = slim_bundle.replace_gfortran(tmp_path, "cc")
    assert [name for name, _, _ in report] == [original.name]
    assert copy.stat().st_size < 100_000 < original.stat().st_size
    got = subprocess.run([sys.executable, "-c", GFORTRAN_CALLS, str(copy)],
                         capture_output=True, text=True, timeout=120)
    assert got.returncode == 0, got.stderr
    a, b = json.loads(want.stdout), json.loads(got.stdout)
    assert a == b
    assert all(b["etime"])
    # libquadmath was only libgfortran's; numpy computes as before, over the shim.
    gone = slim_bundle.remove_unreached(tmp_path)
    assert [n.split("-")[0] for n in gone] == ["libquadmath"]
    before = subprocess.run([sys.executable, "-c", NUMPY_LINALG, str(site_folder("numpy"))],
                            capture_output=True, text=True, timeout=300)
    after = run_python(NUMPY_LINALG.replace("sys.argv[1]", repr(str(tmp_path))), tmp_path)
    assert before.returncode == 0 and after.returncode == 0, after.stderr
    x, y = json.loads(before.stdout), json.loads(after.stdout)
    assert y.pop("maps") == ["libgfortran", "libscipy_openblas64_"]
    x.pop("maps")
    assert x == y


NUMPY_MATH = r"""
import ctypes, json, sys
import numpy as np
rng = np.random.default_rng(11)
out = {}
for dt in (np.float32, np.float64, np.complex64, np.complex128):
    n, tag = 150, np.dtype(dt).name
    imag = 1j * rng.normal(size=(n, n)) if dt in (np.complex64, np.complex128) else 0
    A = (rng.normal(size=(n, n)) + imag).astype(dt)
    b = rng.normal(size=(n, 3)).astype(dt)
    H = A @ A.conj().T + n * np.eye(n, dtype=dt)
    res = {"solve": np.linalg.solve(A, b), "inv": np.linalg.inv(A), "det": np.linalg.det(A),
           "eigvals": np.sort(np.abs(np.linalg.eigvals(A))), "eigh": np.linalg.eigh(H)[0],
           "svd": np.linalg.svd(A, compute_uv=False), "qr": np.abs(np.linalg.qr(A)[1]),
           "chol": np.linalg.cholesky(H), "lstsq": np.linalg.lstsq(A[:, :60], b, rcond=None)[0],
           "matmul": A @ A, "vdot": np.vdot(A[0], A[1]), "matvec": A @ b[:, 0]}
    for key, value in res.items():
        value = np.asarray(value).astype(np.complex128).ravel()
        out[f"{key}_{tag}"] = [value.real.tolist(), value.imag.tolist()]
lib = next(l.split()[-1] for l in open("/proc/self/maps") if "libscipy_openblas64_" in l)
config = ctypes.CDLL(lib).scipy_openblas_get_config64_
config.restype = ctypes.c_char_p
out["config"] = config().decode()
json.dump(out, sys.stdout)
"""


def test_numpys_openblas_linked_small_computes_as_the_wheels(tmp_path: Path) -> None:
    """numpy over the OpenBLAS linked from build_openblas.sh's archive: the same results
    (to rounding: other kernels order sums differently), a fraction of the size."""
    archives = sorted((ROOT / "packaging" / ".cache" / "openblas").glob("*/libopenblas.a"))
    if not archives:
        pytest.skip("no OpenBLAS archive: run packaging/linux/build_openblas.sh")
    copy_package("numpy", "numpy.libs", tmp_path)
    original = next((site_folder("numpy") / "numpy.libs").glob("libscipy_openblas64_*"))
    report = slim_bundle.link_numpy_openblas(tmp_path, "cc", archives[-1])
    assert report is not None and report[0] == original.name
    copy = tmp_path / "numpy.libs" / original.name
    assert copy.stat().st_size < original.stat().st_size / 2
    before = subprocess.run([sys.executable, "-c", NUMPY_MATH], capture_output=True,
                            text=True, timeout=300)
    after = run_python(NUMPY_MATH, tmp_path)
    assert before.returncode == 0 and after.returncode == 0, after.stderr
    x, y = json.loads(before.stdout), json.loads(after.stdout)
    assert "DYNAMIC_ARCH" in y.pop("config") and "DYNAMIC_ARCH" in x.pop("config")
    assert x.keys() == y.keys()
    for key in x:
        tol = 2e-3 if key.endswith(("float32", "complex64")) else 1e-8
        assert np.allclose(np.array(x[key]), np.array(y[key]), rtol=tol, atol=tol), key
