#!/usr/bin/env bash
# Install the system packages Pinscribe needs on Debian/Ubuntu, or say what to install.
# Safe to run twice: installs only what is missing.
# Usage: packaging/system-deps.sh [--check | --missing]
#   --check    say what is missing and exit 1 if anything is
#   --missing  print the missing packages on one line (nothing when all are there)
set -euo pipefail

PACKAGES=(
  # OCR: Tesseract with German and English language data
  tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng
  # word lists for the OCR lexicon
  hunspell-de-de hunspell-en-us
  # Qt's runtime libraries (PySide6 wheels bundle Qt itself, not these)
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libx11-xcb1
  # fonts with umlauts for rendered samples and exports
  fonts-dejavu-core fonts-comic-neue fonts-dkg-handwriting
  # tests: a virtual display, PDF text extraction
  xvfb xauth poppler-utils
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# python3 -m venv needs ensurepip, which Debian ships separately
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  missing+=(python3-venv)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "${1:-}" = "--missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "${missing[*]}"
  else
    echo "Not a Debian/Ubuntu system: install Tesseract 5 with German (deu) and English (eng)" >&2
    echo "data, hunspell de_DE and en_US dictionaries and Python 3.11 or newer (README.md)." >&2
  fi
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Pinscribe needs these system packages (Debian names): ${missing[*]}" >&2
  echo "On other systems install: Tesseract 5 with German (deu) and English (eng) data," >&2
  echo "hunspell de_DE and en_US dictionaries, and Python 3.11 or newer. See README.md." >&2
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  echo "Missing system packages: ${missing[*]}"
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "Pinscribe needs these system packages; install them and run make again:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
