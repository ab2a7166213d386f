#!/usr/bin/env bash
# Wrap "dist/Outreach Kit.app" (made by packaging/build.sh on a Mac) in a disk image:
# dist/OutreachKit-<version>-<arch>.dmg, with a link to /Applications to drag the app onto.
#
#     bash packaging/build.sh && bash packaging/macos/make-dmg.sh
#
# macOS only (hdiutil). Not run on the project's Linux machine: see packaging/README.md#macos.
# Signing and notarising come before this step when a Developer ID is at hand:
#     codesign --deep --force --options runtime --sign "Developer ID Application: ..." "dist/Outreach Kit.app"
#     (then the .dmg: xcrun notarytool submit --wait, xcrun stapler staple)
set -euo pipefail
cd "$(dirname "$0")/../.."

APP="dist/Outreach Kit.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kit/__init__.py)
ARCH="${OUTREACH_KIT_TARGET_ARCH:-$(uname -m)}"
DMG="dist/OutreachKit-$VERSION-$ARCH.dmg"

[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: needs macOS (hdiutil)" >&2; exit 2; }
[ -d "$APP" ] || { echo "make-dmg.sh: no $APP; run packaging/build.sh first" >&2; exit 2; }
plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$plist_version" = "$VERSION" ] || { echo "make-dmg.sh: the app says $plist_version" >&2; exit 1; }
"$APP/Contents/MacOS/outreach-kit" --version

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Outreach Kit $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -ov "$DMG"
hdiutil verify "$DMG"
echo "make-dmg.sh: built $DMG ($(du -h "$DMG" | cut -f1))"
