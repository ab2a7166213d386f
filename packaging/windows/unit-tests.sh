#!/usr/bin/env bash
# Run the unit tests of the layers below kit/ui (domain, store, services, export, import,
# bundles, sync, protect) under the Windows CPython in Wine, so the portable core is proven on
# Windows' Python, not assumed:
#
#     bash packaging/windows/unit-tests.sh [extra pytest arguments]
#
# The Windows Python and the locked dependencies come from packaging/windows/build.sh (its
# first stage: apt, the hash-pinned Python from PyPI, the Windows wheels); the dev group's
# Windows wheels (pytest, hypothesis...) are added from uv.lock the same way, hashes included.
# Tests that only make sense on Linux are skipped on Windows with their reason (pytest -rs
# lists them); the Qt widgets' tests are not run here (Qt under Wine is the release check's).
set -euo pipefail
cd "$(dirname "$0")/../.."

# The test files of the layers below kit/ui, listed once for Wine and the release workflow.
mapfile -t TESTS < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/core-tests.txt)

OUTREACH_KIT_WINDOWS_STAGE=python bash packaging/windows/build.sh
CACHE="${OUTREACH_KIT_WINDOWS_CACHE:-$HOME/.cache/outreach-kit-windows}"
BUILD=build/windows
PY_DOT=$(sed -n 's/^PY_DOT=//p' packaging/windows/build.sh)
PYDIR="$BUILD/python"
export WINEPREFIX="$CACHE/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

uv export --quiet --frozen --only-group dev --no-emit-project --format requirements-txt \
  -o "$BUILD/dev-locked.txt"
HOSTPY="$CACHE/host-venv/bin/python"  # made by build.sh: a Linux Python with pip
"$HOSTPY" packaging/windows/win_requirements.py "$BUILD/dev-locked.txt" \
  -o "$BUILD/dev-requirements.txt" --python "$PY_DOT"
WINDOWS_WHEELS=(--platform win_amd64 --python-version "$PY_DOT" --implementation cp
                --only-binary=:all: --no-deps --require-hashes)
pip_quiet() {
  PIP_ROOT_USER_ACTION=ignore "$HOSTPY" -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}
pip_quiet download --quiet "${WINDOWS_WHEELS[@]}" -d "$CACHE/wheels" -r "$BUILD/dev-requirements.txt"
pip_quiet install --quiet --no-index --find-links "$CACHE/wheels" "${WINDOWS_WHEELS[@]}" \
  --target "$PYDIR/Lib/site-packages" --upgrade -r "$BUILD/dev-requirements.txt"

started=$(date +%s)
# Through a pipe (Wine 8 and a CPython stream redirected to a file do not mix, see build.sh).
status=0
nice -n 10 wine "$PYDIR/python.exe" -m pytest -p no:cacheprovider -q -rs "${TESTS[@]}" "$@" \
  </dev/null 2>&1 | tr -d '\r' | cat || status=$?
wineserver --wait
echo "windows/unit-tests.sh: ran under Wine in $(( $(date +%s) - started )) s"
exit "$status"
