#!/bin/sh
# Install Pinscribe for the current user (no administrator rights needed):
#   the program      -> ~/.local/lib/pinscribe/   (a copy of this folder)
#   the command      -> ~/.local/bin/pinscribe
#   menu entry, icon, the .pinscribe file type (double-click opens the project)
#                    -> ~/.local/share/{applications,icons,mime,metainfo}
#
#   ./install.sh               install (or update: run the new version's install.sh)
#   ./install.sh --uninstall   remove everything this script installed (projects stay)
set -eu

ID=io.github.pinscribe.Pinscribe
MIME=application/x-pinscribe
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PINSCRIBE_PREFIX:-$HOME/.local}
APP_DIR=$PREFIX/lib/pinscribe
BIN_DIR=$PREFIX/bin
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

refresh() {
    # Tell the desktop about the changes; each tool is optional.
    if have update-mime-database; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
    if have update-desktop-database; then update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true; fi
    if have gtk-update-icon-cache; then gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" >/dev/null 2>&1 || true; fi
}

uninstall() {
    rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml" \
        "$DATA/mime/packages/$ID.xml" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    if [ -L "$BIN_DIR/pinscribe" ]; then rm -f "$BIN_DIR/pinscribe"; fi
    apps=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list
    if [ -f "$apps" ]; then sed -i "\|^$MIME=$ID.desktop;*\$|d" "$apps" || true; fi
    refresh
    case "$HERE" in
        "$APP_DIR") say "Removing $APP_DIR"; cd / && rm -rf "$APP_DIR" ;;
        *) rm -rf "$APP_DIR" ;;
    esac
    say "Pinscribe is uninstalled. Your projects (*.pinscribe files) are untouched."
}

install_files() {
    if [ ! -x "$HERE/pinscribe" ] || [ ! -d "$HERE/share" ]; then
        say "install.sh: run me from the unpacked Pinscribe folder (pinscribe and share/ next to me)." >&2
        exit 1
    fi
    # The program: a fresh copy, swapped in at the end so that a failed copy leaves the old one.
    if [ "$HERE" != "$APP_DIR" ]; then
        mkdir -p "$PREFIX/lib"
        rm -rf "$APP_DIR.new"
        cp -R "$HERE" "$APP_DIR.new"
        rm -rf "$APP_DIR"
        mv "$APP_DIR.new" "$APP_DIR"
    fi
    mkdir -p "$BIN_DIR"
    ln -sfn "$APP_DIR/pinscribe" "$BIN_DIR/pinscribe"

    # Menu entry: the absolute path, so it works even where ~/.local/bin is not on PATH.
    mkdir -p "$DATA/applications"
    sed -e "s|^Exec=pinscribe |Exec=\"$APP_DIR/pinscribe\" |" \
        -e "s|^TryExec=pinscribe\$|TryExec=$APP_DIR/pinscribe|" \
        "$APP_DIR/share/applications/$ID.desktop" > "$DATA/applications/$ID.desktop"
    mkdir -p "$DATA/metainfo" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
    cp "$APP_DIR/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
    cp "$APP_DIR/share/mime/packages/$ID.xml" "$DATA/mime/packages/"
    cp "$APP_DIR/share/icons/hicolor/scalable/apps/$ID.svg" "$DATA/icons/hicolor/scalable/apps/"
    for size in $SIZES; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
        cp "$APP_DIR/share/icons/hicolor/${size}x${size}/apps/$ID.png" \
            "$DATA/icons/hicolor/${size}x${size}/apps/"
    done
    refresh
    # Make Pinscribe the default program for projects (double-click opens them).
    if have xdg-mime; then xdg-mime default "$ID.desktop" "$MIME" >/dev/null 2>&1 || true; fi

    say "Pinscribe $("$APP_DIR/pinscribe" --version | sed 's/^pinscribe //') is installed."
    say "Start it from your applications menu, or double-click a .pinscribe project."
    case ":$PATH:" in
        *":$BIN_DIR:"*) say "In a terminal: pinscribe --help" ;;
        *) say "In a terminal: $BIN_DIR/pinscribe --help ($BIN_DIR is not on your PATH)" ;;
    esac
    say "To remove it: $APP_DIR/install.sh --uninstall"
}

case "${1:-}" in
    "") install_files ;;
    --uninstall) uninstall ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) say "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
