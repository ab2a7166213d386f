#!/usr/bin/env bash
# Lay out an AppDir from the built bundle (build/OutreachKit.AppDir) and, when `appimagetool`
# is on PATH, pack it into dist/OutreachKit-<version>-<arch>.AppImage.
#   bash packaging/build.sh && bash packaging/linux/make-appimage.sh
# appimagetool is not in Debian or PyPI, so it cannot be fetched on the project's build machine:
# there this script stops after the AppDir and prints the remaining step (packaging/README.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=${BUNDLE:-$ROOT/dist/outreach-kit}
APPDIR=${APPDIR:-$ROOT/build/OutreachKit.AppDir}
APP_ID=org.outreachkit.OutreachKit
ARCH=${ARCH:-$(uname -m)}

[ -x "$BUNDLE/outreach-kit" ] || { echo "make-appimage.sh: no bundle at $BUNDLE; run: bash packaging/build.sh" >&2; exit 2; }
VERSION=$("$BUNDLE/outreach-kit" --version | cut -d' ' -f2)

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo" \
         "$APPDIR/usr/share/icons/hicolor/256x256/apps" "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$APPDIR/usr/lib/outreach-kit"
cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
# AppImage entry point: run the bundled executable with the caller's arguments.
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/outreach-kit/outreach-kit" "$@"
APPRUN
chmod +x "$APPDIR/AppRun"
cp "$HERE/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
cp "$HERE/$APP_ID.desktop" "$APPDIR/usr/share/applications/"
cp "$HERE/$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"
cp "$ROOT/assets/icons/outreach-kit-256.png" "$APPDIR/$APP_ID.png"
cp "$ROOT/assets/icons/outreach-kit-256.png" "$APPDIR/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"
cp "$ROOT/assets/icons/outreach-kit.svg" "$APPDIR/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
ln -sfn "$APP_ID.png" "$APPDIR/.DirIcon"
"$APPDIR/AppRun" --version >/dev/null
echo "make-appimage.sh: AppDir ready at $APPDIR"

OUT=$ROOT/dist/OutreachKit-$VERSION-$ARCH.AppImage
if command -v appimagetool >/dev/null; then
  ARCH=$ARCH appimagetool "$APPDIR" "$OUT"
  echo "make-appimage.sh: wrote $OUT"
else
  echo "make-appimage.sh: appimagetool is not on PATH; on a machine that has it, run:"
  echo "  ARCH=$ARCH appimagetool $APPDIR $OUT"
fi
