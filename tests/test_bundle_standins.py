"""The bundle's stand-ins (packaging/shims, packaging/pyi_rth_no_tls.py) against the real
libraries."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIMS = ROOT / "packaging" / "shims"


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polygon_stand_in_computes_as_shapely() -> None:
    """Area and perimeter to the bit, on boxes as rapidocr's detector passes them."""
    shapely_geometry = pytest.importorskip("shapely.geometry")
    shim = load("shim_geometry", SHIMS / "shapely" / "geometry.py")
    rng = np.random.default_rng(3)
    boxes = [rng.uniform(0, 2000, size=(4, 2)).astype(np.float32) for _ in range(300)]
    boxes += [rng.integers(0, 2000, size=(4, 2)) for _ in range(100)]
    boxes += [np.array([[10, 10], [110, 10], [110, 40], [10, 40]]),  # axis-aligned
              np.array([[5.5, 5.5], [5.5, 5.5], [9.25, 5.5], [9.25, 7.0]]),  # repeated point
              rng.uniform(0, 50, size=(9, 2))]  # more corners
    for box in boxes:
        real, ours = shapely_geometry.Polygon(box), shim.Polygon(box)
        assert ours.area == real.area and ours.length == real.length, box.tolist()


def test_requests_stand_in_refuses_downloads() -> None:
    shim = load("shim_requests", SHIMS / "requests" / "__init__.py")
    with pytest.raises(shim.RequestException, match="downloads nothing"):
        shim.get("https://example.org/model.onnx", stream=True, timeout=60)
    assert issubclass(shim.RequestException, OSError)


NO_TLS = r"""
import sys
sys.modules["ssl"] = sys.modules["_ssl"] = None  # a Python without ssl, as in the bundle
import urllib.request, urllib.error, http.client
assert not hasattr(urllib.request, "HTTPSHandler")
exec(open(sys.argv[1]).read())
import fpdf.image_parsing as ip  # subclasses both HTTPS classes
opener = ip._build_remote_resource_opener(next(iter(ip.ResourceAccessPolicy)), {})
try:
    urllib.request.build_opener(urllib.request.HTTPSHandler()).open("https://localhost:9/x")
except urllib.error.URLError as error:
    print(error.reason)
"""


def test_fpdf_imports_without_tls_and_https_is_refused() -> None:
    pytest.importorskip("fpdf")
    proc = subprocess.run(
        [sys.executable, "-c", NO_TLS, str(ROOT / "packaging" / "pyi_rth_no_tls.py")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "opens no https connections" in proc.stdout
