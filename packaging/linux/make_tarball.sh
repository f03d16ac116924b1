#!/bin/sh
# Finish the Linux bundle built by PyInstaller and pack it for facilitators.
#
#   packaging/linux/make_tarball.sh VERSION [DIST] [ICONS]
#
# In DIST/pinscribe (default dist/pinscribe): strips the locally built Python library
# (the wheels' libraries are left as they are: most are stripped already, and
# stripping patched wheel libraries can break them), adds the desktop integration
# (share/: .desktop entry, AppStream metainfo, MIME type, icons) and install.sh, then
# writes DIST/pinscribe-VERSION-linux-ARCH.tar.gz with one top folder pinscribe-VERSION.
set -eu

VERSION=$1
DIST=${2:-dist}
ICONS=${3:-build/icons}
ID=io.github.pinscribe.Pinscribe
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=$DIST/pinscribe
ARCH=$(uname -m)
TARBALL=$DIST/pinscribe-$VERSION-linux-$ARCH.tar.gz

test -x "$BUNDLE/pinscribe" || { echo "make_tarball: no bundle in $BUNDLE" >&2; exit 1; }
test -f "$ICONS/pinscribe-512.png" || { echo "make_tarball: no icons in $ICONS" >&2; exit 1; }

if command -v strip >/dev/null 2>&1; then
    for lib in "$BUNDLE"/_internal/libpython3*.so* "$BUNDLE"/_internal/python3*/lib-dynload/*.so; do
        [ -f "$lib" ] && strip --strip-unneeded "$lib"
    done
fi

rm -rf "$BUNDLE/share"
mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/metainfo" "$BUNDLE/share/mime/packages" \
    "$BUNDLE/share/icons/hicolor/scalable/apps"
cp "$HERE/$ID.desktop" "$BUNDLE/share/applications/"
cp "$HERE/$ID.metainfo.xml" "$BUNDLE/share/metainfo/"
cp "$HERE/$ID.mime.xml" "$BUNDLE/share/mime/packages/$ID.xml"
cp "$ROOT/resources/icons/pinscribe.svg" "$BUNDLE/share/icons/hicolor/scalable/apps/$ID.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$BUNDLE/share/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/pinscribe-$size.png" "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
cp "$HERE/install.sh" "$BUNDLE/install.sh"
cp "$HERE/README.txt" "$BUNDLE/README.txt"
chmod 755 "$BUNDLE/install.sh"

rm -f "$TARBALL"
tar -C "$DIST" --owner=0 --group=0 --numeric-owner \
    --transform "s,^pinscribe,pinscribe-$VERSION," -czf "$TARBALL" pinscribe
echo "make_tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1)); bundle $(du -sh "$BUNDLE" | cut -f1)"
