#!/usr/bin/env bash
# Install the built bundle for the current user, no root needed, so the app shows up in the
# desktop's menu: the bundle in $PREFIX/lib/outreach-kit, a command in $PREFIX/bin, the
# .desktop file, the AppStream metainfo and the icons under $PREFIX/share.
#   bash packaging/linux/install.sh               # PREFIX defaults to ~/.local
#   PREFIX=/opt/outreach sudo -E bash packaging/linux/install.sh   # system-wide
#   bash packaging/linux/install.sh --uninstall
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=${BUNDLE:-$ROOT/dist/outreach-kit}
PREFIX=${PREFIX:-$HOME/.local}
APP_ID=org.outreachkit.OutreachKit
SIZES="16 24 32 48 64 128 256 512"
DEST=$PREFIX/lib/outreach-kit
SHARE=$PREFIX/share

refresh_caches() {
  # Menus pick the entry up without these too, only later; never fail an install over them.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$DEST"
  rm -f "$PREFIX/bin/outreach-kit" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
  refresh_caches
  echo "install.sh: removed Outreach Kit from $PREFIX (your data dir is left as it is)"
  exit 0
fi

[ -x "$BUNDLE/outreach-kit" ] || { echo "install.sh: no bundle at $BUNDLE; run: bash packaging/build.sh" >&2; exit 2; }
"$BUNDLE/outreach-kit" --version >/dev/null

# Copy next to the target, then swap: an interrupted install leaves the old version whole.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$DEST.new"
cp -a "$BUNDLE" "$DEST.new"
rm -rf "$DEST"
mv "$DEST.new" "$DEST"
ln -sfn "$DEST/outreach-kit" "$PREFIX/bin/outreach-kit"

# An absolute Exec line: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=.*|Exec=\"$DEST/outreach-kit\"|" "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
ICONS=$ROOT/assets/icons
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$ICONS/outreach-kit.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$ICONS/outreach-kit-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "install.sh: installed Outreach Kit $("$DEST/outreach-kit" --version | cut -d' ' -f2) into $PREFIX"
echo "install.sh: check it with: $PREFIX/bin/outreach-kit --self-test"
