"""Stand-in for shapely in Pinscribe's bundle: the polygon area and perimeter rapidocr uses.

See ``packaging/shims/README.md``. Anything else of shapely is missing on purpose.
"""

from shapely.geometry import Polygon

__all__ = ["Polygon"]
__version__ = "0+pinscribe.shim"
