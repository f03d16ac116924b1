"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12's stable-ABI wheels return ``None`` from every void method without
taking a reference, as if ``None`` were immortal (it is from Python 3.12 on, PEP 683).
On Python 3.11 each such call (``setPen``, ``drawPolygon``, ``setObjectName``, ...)
therefore drops one reference to ``None``, and after a few thousand calls Python
aborts with "none_dealloc: deallocating None". A board view paints hundreds of
outlines per frame, so the window would crash within seconds.

:func:`immortalize_none` does what Python 3.12 does: it gives ``None`` a reference
count so large that it never reaches zero. It changes nothing on 3.12 and later,
or on other Python implementations.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count: 2**60 void calls before it could reach zero.
_BALLAST = 1 << 60


def immortalize_none() -> bool:
    """Make ``None`` effectively immortal on CPython before 3.12; True if it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field
    if refcount.value < _BALLAST // 2:
        refcount.value += _BALLAST
    return True
