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
        raise ImageLoadError(f"{name}: file not found") from None
    except IsADirectoryError:
        raise ImageLoadError(f"{name}: is a folder, not a photo") from None
    except OSError as error:
        raise ImageLoadError(f"{name}: cannot be read ({error.strerror or error})") from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ImageLoadError(f"{name}: is a folder, not a photo")
        if not stat.S_ISREG(info.st_mode):
            raise ImageLoadError(f"{name}: is not a regular file (a device or a pipe?)")
        if info.st_size > limit:
            raise ImageLoadError(
                f"{name}: file is too large ({info.st_size // 2**20} MB, limit {limit // 2**20} MB)"
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
                raise ImageLoadError(f"{name}: file is too large (limit {limit // 2**20} MB)")
        return b"".join(chunks)
    except OSError as error:
        raise ImageLoadError(f"{name}: cannot be read ({error.strerror or error})") from error
    finally:
        os.close(fd)
