"""Stand-in for requests in Pinscribe's bundle, which downloads nothing.

rapidocr imports requests to fetch missing models and to open images given as URLs;
Pinscribe hands it the bundled models and images in memory. See
``packaging/shims/README.md``.
"""

from __future__ import annotations

from typing import Any, NoReturn

__version__ = "0+pinscribe.shim"


class RequestException(OSError):
    """Every request fails with this."""


class Response:
    """Never returned; only named in annotations."""


def get(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise RequestException(f"Pinscribe's bundle downloads nothing (asked for {url})")


request = post = head = get
