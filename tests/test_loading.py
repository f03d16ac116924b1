"""Loading photos: formats, EXIF orientation and every kind of bad file."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocr.errors import ImageLoadError, ImageTooLargeError
from ocr.loading import load_image, load_image_bytes, max_pixels


def _photo(w: int = 60, h: int = 40) -> Image.Image:
    """A test image with a red block in the top-left corner and blue elsewhere."""
    arr = np.zeros((h, w, 3), np.uint8)
    arr[...] = (40, 60, 200)
    arr[: h // 3, : w // 3] = (220, 20, 20)
    return Image.fromarray(arr)


@pytest.mark.parametrize(
    ("fmt", "suffix", "kwargs"),
    [
        ("JPEG", ".jpg", {"quality": 95}),
        ("PNG", ".png", {}),
        ("WEBP", ".webp", {"quality": 95}),
        ("TIFF", ".tif", {}),
    ],
)
def test_good_formats(tmp_path: Path, fmt: str, suffix: str, kwargs: dict[str, int]) -> None:
    path = tmp_path / f"photo{suffix}"
    _photo().save(path, fmt, **kwargs)
    img = load_image(path)
    assert img.format == fmt
    assert img.rgb.dtype == np.uint8
    assert img.rgb.shape == (40, 60, 3)
    assert (img.width, img.height) == (60, 40)
    r, g, b = (int(v) for v in img.rgb[5, 5])
    assert r > 150 and g < 80 and b < 80
    same = load_image_bytes(path.read_bytes(), path.name)
    assert same.rgb.shape == img.rgb.shape


def test_grayscale_and_alpha_become_rgb(tmp_path: Path) -> None:
    gray = tmp_path / "gray.png"
    Image.new("L", (10, 8), 128).save(gray)
    assert load_image(gray).rgb.shape == (8, 10, 3)
    rgba = tmp_path / "alpha.png"
    Image.new("RGBA", (10, 8), (255, 0, 0, 0)).save(rgba)
    out = load_image(rgba).rgb
    assert out.shape == (8, 10, 3)
    assert tuple(int(v) for v in out[0, 0]) == (255, 255, 255)  # transparent over white


def _with_orientation(path: Path, orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    _photo(60, 40).save(path, "JPEG", quality=95, exif=exif.tobytes())


@pytest.mark.parametrize(
    ("orientation", "corner"),
    [(6, "top-right"), (8, "bottom-left"), (1, "top-left"), (3, "bottom-right")],
)
def test_exif_orientation_applied(tmp_path: Path, orientation: int, corner: str) -> None:
    path = tmp_path / f"o{orientation}.jpg"
    _with_orientation(path, orientation)
    rgb = load_image(path).rgb
    if orientation in (6, 8):
        assert rgb.shape == (60, 40, 3)  # portrait after rotation, as displayed
    else:
        assert rgb.shape == (40, 60, 3)
    h, w = rgb.shape[:2]
    ys = slice(2, 8) if corner.startswith("top") else slice(h - 8, h - 2)
    xs = slice(2, 8) if corner.endswith("left") else slice(w - 8, w - 2)
    patch = rgb[ys, xs].reshape(-1, 3).mean(axis=0)
    assert patch[0] > 150 and patch[2] < 100, (corner, patch)


def _assert_refused(exc: pytest.ExceptionInfo[ImageLoadError], name: str) -> None:
    msg = str(exc.value)
    assert name in msg
    assert "\n" not in msg
    assert "Traceback" not in msg


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    _assert_refused(exc, "empty.jpg")
    with pytest.raises(ImageLoadError):
        load_image_bytes(b"", "empty.jpg")


def _random_image(fmt: str, seed: int) -> bytes:
    buf = io.BytesIO()
    pixels = np.random.default_rng(seed).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(buf, fmt)
    return buf.getvalue()


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = _random_image("JPEG", 0)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    _assert_refused(exc, "cut.jpg")


def test_truncated_png(tmp_path: Path) -> None:
    data = _random_image("PNG", 1)
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    _assert_refused(exc, "cut.png")


def test_random_bytes_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "noise.jpg"
    path.write_bytes(np.random.default_rng(2).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    _assert_refused(exc, "noise.jpg")


def test_text_renamed_png(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("Dies ist keine Bilddatei.\n")
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    _assert_refused(exc, "notes.png")


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_huge_png_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(50000, 50000))
    t0 = time.perf_counter()
    with pytest.raises(ImageTooLargeError) as exc:
        load_image(path)
    assert time.perf_counter() - t0 < 1.0
    _assert_refused(exc, "bomb.png")
    assert max_pixels < 50000 * 50000
    with pytest.raises(ImageTooLargeError):
        load_image_bytes(path.read_bytes(), "bomb.png")


def test_allowed_size_but_broken_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "broken12mp.png"
    path.write_bytes(_png_header_only(4000, 3000))
    with pytest.raises(ImageLoadError) as exc:
        load_image(path)
    assert not isinstance(exc.value, ImageTooLargeError)
    _assert_refused(exc, "broken12mp.png")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    with pytest.raises(ImageLoadError) as exc:
        load_image(folder)
    _assert_refused(exc, "photos.jpg")


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(ImageLoadError) as exc:
        load_image(tmp_path / "nowhere.jpg")
    _assert_refused(exc, "nowhere.jpg")


def _pillow_pixels(data: bytes) -> np.ndarray:
    """What Pillow alone decodes, turned upright: the reference for the OpenCV path."""
    from PIL import ImageOps

    with Image.open(io.BytesIO(data)) as img:
        upright = ImageOps.exif_transpose(img)
        return np.asarray(upright.convert("RGB"))


@pytest.mark.parametrize("orientation", range(1, 9))
def test_jpeg_pixels_as_pillow_decodes_them(tmp_path: Path, orientation: int) -> None:
    """Colour JPEGs are decoded by OpenCV: the same pixels as Pillow's, turned the same way."""
    pixels = np.random.default_rng(orientation).integers(0, 255, (37, 53, 3), dtype=np.uint8)
    pixels[:10, :20] = (230, 30, 30)  # an asymmetric block: every turn differs
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", quality=90, exif=exif.tobytes())
    data = buf.getvalue()
    expected = _pillow_pixels(data)
    got = load_image_bytes(data, "photo.jpg").rgb
    assert got.flags.c_contiguous
    np.testing.assert_array_equal(got, expected)
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    np.testing.assert_array_equal(load_image(path).rgb, expected)


def test_jpeg_with_data_after_its_end_decodes_through_pillow() -> None:
    buf = io.BytesIO()
    _photo().save(buf, "JPEG", quality=95, progressive=True)
    data = buf.getvalue() + b"trailing bytes"
    np.testing.assert_array_equal(load_image_bytes(data, "p.jpg").rgb, _pillow_pixels(data))
