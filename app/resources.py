"""Finding Pinscribe's resource files (samples, translations, icons)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder: ``$PINSCRIBE_RESOURCES``, a bundle's, or the source tree's."""
    override = os.environ.get("PINSCRIBE_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def samples_dir() -> Path:
    return resource_dir() / "samples"
