"""A guard against reference-counting bugs of PySide6 6.12 on Python 3.11.

PySide6 6.12's stable-ABI wheels hand out ``None`` and ``True`` without taking a
reference, as if they were immortal (they are from Python 3.12 on, PEP 683):

* every void method (``setPen``, ``drawPolygon``, ``setObjectName``, ...) returns
  ``None`` so; a board view paints hundreds of outlines per frame;
* every ``Signal.emit()`` returns ``True`` so; the app emits a signal for most
  things the user does (and the views for most things they show).

On Python 3.11 each such call drops one reference, and once the count reaches zero
Python aborts ("none_dealloc: deallocating None", "bool_dealloc: deallocating True
or False"): the window would crash within seconds for ``None``, and after a few ten
thousand signals (a long day of reviewing) for ``True``. PySide6 6.11.3 has neither
bug (measured: no reference lost in 300 calls of either kind).

:func:`immortalize_singletons` does what Python 3.12 does: it gives ``None``,
``True`` and ``False`` a reference count so large that it never reaches zero. It
changes nothing on 3.12 and later, or on other Python implementations.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to each singleton's reference count: 2**60 lost references before it could reach zero.
_BALLAST = 1 << 60

#: The objects the binding hands out without a reference.
_SINGLETONS = (None, True, False)


def immortalize_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython before 3.12.

    True if it did (or had already).
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in _SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if refcount.value < _BALLAST // 2:
            refcount.value += _BALLAST
    return True
