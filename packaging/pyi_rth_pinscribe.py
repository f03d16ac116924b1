"""PyInstaller runtime hook: make the bundle use its own data, never the system's.

Runs before Pinscribe's code. ``TESSDATA_PREFIX`` (honoured by libtesseract,
tesserocr, pytesseract and Pinscribe's Tesseract engine) is always set to the
bundled ``tessdata`` folder, overriding any value from the environment, so a
system Tesseract installation is never read. ``PINSCRIBE_RESOURCES`` points at
the bundled ``resources`` folder unless set already (a developer override);
``PINSCRIBE_HUNSPELL`` at the bundled Hunspell dictionaries (de_DE, en_US) for
the reading lexicon.
"""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
_tessdata = _bundle / "tessdata"
if _tessdata.is_dir():
    os.environ["TESSDATA_PREFIX"] = str(_tessdata)
_resources = _bundle / "resources"
if _resources.is_dir():
    os.environ.setdefault("PINSCRIBE_RESOURCES", str(_resources))
if (_resources / "hunspell").is_dir():
    os.environ["PINSCRIBE_HUNSPELL"] = str(_resources / "hunspell")
os.environ["PINSCRIBE_BUNDLE"] = str(_bundle)
