"""Download one source distribution from PyPI's simple index and check its SHA-256.

    python3 packaging/linux/fetch_sdist.py PROJECT FILENAME TARGET [SHA256]

The simple index is what pip reads (PyPI's JSON API answers 404 for some releases). The
file must match the SHA-256 the index lists and, when given, the expected one pinned by
the calling build script. Used by build_opencv.sh and build_openblas.sh; standard library
only, so it runs before any virtual environment exists.
"""

from __future__ import annotations

import hashlib
import re
import sys
import urllib.request


def fetch(url: str, caller: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            return bytes(response.read())
    except OSError as exc:  # URLError and HTTPError are OSErrors
        sys.exit(f"{caller}: cannot download {url}: {exc}")


def main(argv: list[str]) -> None:
    project, name, target = argv[:3]
    expected = argv[3] if len(argv) > 3 else None
    caller = f"fetch_sdist.py ({project})"
    index = f"https://pypi.org/simple/{project}/"
    page = fetch(index, caller).decode("utf-8")
    found = re.search(r'href="([^"#]*/' + re.escape(name) + r')#sha256=([0-9a-f]{64})"', page)
    if found is None:
        sys.exit(f"{caller}: {index} lists no {name}")
    if expected is not None and found.group(2) != expected:
        sys.exit(f"{caller}: {index} lists {name} with another SHA-256 than expected")
    data = fetch(found.group(1), caller)
    if hashlib.sha256(data).hexdigest() != found.group(2):
        sys.exit(f"{caller}: the downloaded {name} does not match its SHA-256")
    with open(target, "wb") as out:
        out.write(data)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__.strip().splitlines()[2].strip())
    main(sys.argv[1:])
