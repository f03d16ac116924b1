#!/usr/bin/env bash
# Strip the symbol tables of the bundle's libraries, except those in the wheels' *.libs
# folders: auditwheel patched those with patchelf, and strip breaks them ("ELF load
# command address/offset not page-aligned"). Prints the size before and after.
#   packaging/linux/strip_bundle.sh dist/pinscribe
set -euo pipefail
bundle=${1:?usage: strip_bundle.sh BUNDLE_DIR}
before=$(du -sm "$bundle" | cut -f1)
find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    if file -b "$lib" | grep -q 'not stripped'; then
      strip --strip-unneeded "$lib"
    fi
  done
after=$(du -sm "$bundle" | cut -f1)
echo "Stripped the bundle's libraries: ${before} MB -> ${after} MB"
