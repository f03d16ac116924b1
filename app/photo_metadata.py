"""Personal metadata out of stored photos: GPS position, owner, camera serial, comments.

A phone writes much more than the picture into a photo file: where it was taken (GPS),
the owner's name, the device's serial number, editing software, thumbnails. A project
file is mailed around, so on import Pinscribe keeps the pixels and the orientation and
drops the rest (the project setting ``photos.keep_metadata`` keeps everything).

JPEG, PNG and WebP are cleaned without touching the compressed picture: metadata
segments and chunks are left out and, for JPEG, a minimal EXIF block carrying only the
orientation is written back. Formats whose metadata cannot be cut out losslessly here
(HEIC/HEIF, AVIF, TIFF) are stored as a high-quality JPEG of the upright picture.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageOps

from app.messages import message

#: EXIF tag of the orientation (1 = upright; 2-8 = mirrored and/or turned).
ORIENTATION = 0x0112
#: EXIF tags that identify a person, a device or a place.
PERSONAL_TAGS = {
    0x8825: message("metadata.gps"),
    0x013B: message("metadata.artist"),
    0x8298: message("metadata.copyright"),
    0xA430: message("metadata.owner"),
    0xA431: message("metadata.serial"),
    0xA435: message("metadata.lens_serial"),
    0x010F: message("metadata.make"),
    0x0110: message("metadata.model"),
    0x0131: message("metadata.software"),
    0x9286: message("metadata.comment"),
    0x010E: message("metadata.description"),
    0xC62F: message("metadata.serial"),
}

_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}  # JFIF, ICC profile (colours), Adobe (colour transform)
_PNG_DROP = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}
_WEBP_DROP = {b"EXIF", b"XMP "}


class MetadataError(ValueError):
    """The photo's structure is not what its format says; nothing was changed."""


def remove_personal_metadata(data: bytes, image_format: str) -> tuple[bytes, str]:
    """The photo without its metadata, and its format (which changes for HEIC, AVIF, TIFF)."""
    fmt = image_format.upper()
    if fmt in ("JPEG", "MPO"):
        return _clean_jpeg(data), "JPEG"
    if fmt == "PNG":
        return _clean_png(data), "PNG"
    if fmt == "WEBP":
        return _clean_webp(data), "WEBP"
    if fmt == "BMP":
        return data, "BMP"
    return _reencode_upright(data), "JPEG"


def personal_metadata(data: bytes) -> list[str]:
    """What in the photo's EXIF identifies a person, device or place (for checks and tests).

    The beginning of the file is enough (JPEG keeps its EXIF in the first 64 KB);
    a picture cut short is fine, its pixels are not read.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            found = [name for tag, name in PERSONAL_TAGS.items() if tag in exif]
            if exif.get_ifd(0x8825):
                found.append(message("metadata.gps"))
            text = {k: v for k, v in image.info.items() if isinstance(v, (str, bytes))}
            if any(key in text for key in ("XML:com.adobe.xmp", "xmp", "comment", "Comment")):
                found.append(message("metadata.text"))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return []
    return sorted(set(found))


def _minimal_exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    return exif.tobytes()


def _orientation(data: bytes) -> int:
    try:
        with Image.open(io.BytesIO(data)) as image:
            value = image.getexif().get(ORIENTATION, 1)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _clean_jpeg(data: bytes) -> bytes:
    if data[:2] != b"\xff\xd8":
        raise MetadataError(message("metadata.not_jpeg"))
    orientation = _orientation(data)
    out = bytearray(b"\xff\xd8")
    if orientation != 1:
        payload = _minimal_exif(orientation)
        out += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise MetadataError(message("metadata.jpeg_segment"))
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if marker == 0xDA:  # start of scan: the picture itself, kept to its end marker
            end = data.find(b"\xff\xd9", pos)
            # Anything after the first picture (a phone's trailer, the further pictures
            # of an MPO file with their own EXIF) is left out.
            out += data[pos:] if end < 0 else data[pos : end + 2]
            return bytes(out)
        if pos + 4 > len(data):
            raise MetadataError(message("metadata.jpeg_short"))
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segment = data[pos : pos + 2 + length]
        is_app = 0xE0 <= marker <= 0xEF
        multi_picture = marker == 0xE2 and segment[4:8] == b"MPF\x00"
        if marker == 0xFE or multi_picture or (is_app and marker not in _JPEG_KEEP_APP):
            pass  # EXIF/XMP (APP1), Photoshop/IPTC (APP13), comments, maker data: left out
        else:
            out += segment
        pos += 2 + length
    raise MetadataError(message("metadata.jpeg_empty"))


def _tiff_orientation(orientation: int) -> bytes:
    """The orientation alone as TIFF-structured EXIF (without JPEG's "Exif" header)."""
    return _minimal_exif(orientation).removeprefix(b"Exif\x00\x00")


def _clean_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise MetadataError(message("metadata.not_png"))
    orientation = _orientation(data)
    out = bytearray(signature)
    pos = len(signature)
    while pos + 8 <= len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise MetadataError(message("metadata.png_short"))
        if kind not in _PNG_DROP:
            out += data[pos:end]
        if kind == b"IHDR" and orientation != 1:
            payload = _tiff_orientation(orientation)
            out += struct.pack(">I", len(payload)) + b"eXIf" + payload
            out += struct.pack(">I", zlib.crc32(b"eXIf" + payload))
        pos = end
        if kind == b"IEND":
            break
    return bytes(out)


def _clean_webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise MetadataError(message("metadata.not_webp"))
    orientation = _orientation(data)
    chunks = bytearray()
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        size = struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        end = pos + 8 + size + (size & 1)
        chunk = bytearray(data[pos:end])
        if kind == b"VP8X" and len(chunk) >= 9:
            chunk[8] &= ~0x0C & 0xFF  # clear the EXIF and XMP flags
            if orientation != 1:
                chunk[8] |= 0x08  # an EXIF chunk with the orientation alone follows
        if kind not in _WEBP_DROP:
            chunks += chunk
        pos = end
    if orientation != 1 and b"VP8X" in bytes(chunks[:4]):
        payload = _tiff_orientation(orientation)
        chunks += b"EXIF" + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + bytes(chunks)


def _reencode_upright(data: bytes) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            upright = ImageOps.exif_transpose(image) or image
            rgb = upright.convert("RGB")
            icc = image.info.get("icc_profile")
    except Image.DecompressionBombError as error:  # a stored photo from a stranger's file
        raise MetadataError(str(error)) from error
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=95, subsampling=0, icc_profile=icc)
    return buffer.getvalue()
