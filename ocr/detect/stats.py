"""Column medians, as ``np.median(x, axis=0)`` gives them, in a fraction of the time.

``np.median`` partitions around the two middle positions at once, which numpy
does slowly on long columns (a millisecond for 27 000 values); one partition
around the upper middle and the largest value below it give the same two order
statistics. The detector takes thousands of medians per photo.
"""

from __future__ import annotations

import numpy as np


def column_median(x: np.ndarray) -> np.ndarray:
    """``np.median(x, axis=0)`` of a 2-D array (same values and dtype), one partition per column.

    Empty input goes to ``np.median`` itself (NaN and its warning).
    """
    n = x.shape[0]
    if n == 0 or x.ndim != 2:
        return np.asarray(np.median(x, axis=0))
    k = n // 2
    part = np.partition(np.ascontiguousarray(x.T), k, axis=1)
    hi = part[:, k]
    lo = part[:, :k].max(axis=1) if n % 2 == 0 else hi
    if np.issubdtype(x.dtype, np.inexact):
        return (lo + hi) / x.dtype.type(2)  # np.median: the mean of the two, in x's type
    return (lo.astype(np.float64) + hi) / 2.0
