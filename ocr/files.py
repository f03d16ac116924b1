"""Reading a photo file safely: regular files only, their size checked before reading.

A FIFO, a device (``/dev/zero``) or a symlink to one would hang a reader or fill the
memory; a file is opened without blocking, checked to be a regular file of at most
``limit`` bytes, and read no further than that even if it grows meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ocr.errors import ImageLoadError


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or ImageLoadError."""
    name = path.name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ImageLoadError.coded("image.not_found", name=name) from None
    except IsADirectoryError:
        raise ImageLoadError.coded("image.folder", name=name) from None
    except OSError as error:
        raise ImageLoadError.coded(
            "image.cannot_read", name=name, reason=error.strerror or error
        ) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ImageLoadError.coded("image.folder", name=name)
        if not stat.S_ISREG(info.st_mode):
            raise ImageLoadError.coded("image.not_regular", name=name)
        if info.st_size > limit:
            raise ImageLoadError.coded(
                "image.file_too_large",
                name=name,
                size=info.st_size // 2**20,
                limit=limit // 2**20,
            )
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ImageLoadError.coded("image.file_over_limit", name=name, limit=limit // 2**20)
        return b"".join(chunks)
    except OSError as error:
        raise ImageLoadError.coded(
            "image.cannot_read", name=name, reason=error.strerror or error
        ) from error
    finally:
        os.close(fd)
