#!/usr/bin/env bash
# Build the one-folder app: dist/outreach-kit/outreach-kit (Linux; the same on macOS/Windows in
# Git Bash, see packaging/README.md). Usage: bash packaging/build.sh
#
# Why a separate build venv (build/venv) instead of `uv run --with pyinstaller`:
# - the bundle must hold exactly the *runtime* dependencies pinned in uv.lock. The project's
#   .venv also has the dev group (pytest, zxing-cpp…), and `uv sync --no-dev` there would rip
#   the test tools out from under everyone else working in the same checkout;
# - PyInstaller is a build tool, not a dependency of the app, so it stays out of
#   pyproject.toml/uv.lock and is pinned here instead.
# uv's cache makes the venv cheap: after the first build it is re-synced in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
HOOKS_CONTRIB_VERSION="${HOOKS_CONTRIB_VERSION:-2026.9}"
PYTHON_VERSION="${PYTHON_VERSION:-$(cat .python-version 2>/dev/null || echo 3.11)}"
VENV=build/venv

command -v uv >/dev/null || { echo "build.sh: uv is needed (https://docs.astral.sh/uv/)" >&2; exit 2; }
started=$(date +%s)

mkdir -p build
if [ ! -d "$VENV" ]; then
  uv venv --quiet --python "$PYTHON_VERSION" "$VENV"
fi
PY="$VENV/bin/python"
[ -x "$PY" ] || PY="$VENV/Scripts/python.exe"  # Windows (Git Bash)

# Runtime dependencies only, exactly as locked; the app itself is found through the spec's
# pathex, so it is bundled from this checkout rather than from an installed copy.
uv export --quiet --frozen --no-dev --no-emit-project --format requirements-txt \
  -o build/requirements.txt
uv pip sync --quiet --python "$PY" build/requirements.txt
uv pip install --quiet --python "$PY" \
  "pyinstaller==$PYINSTALLER_VERSION" "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION"

# The licence texts of everything bundled, from the build venv's own metadata; the spec ships
# them with LICENSE. Fails rather than ship incomplete notices.
"$PY" packaging/third_party_notices.py --requirements build/requirements.txt \
  --also pyinstaller -o build/THIRD-PARTY-NOTICES.txt

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/outreach-kit.spec

APP=dist/outreach-kit/outreach-kit
[ -x "$APP" ] || APP=dist/outreach-kit/outreach-kit.exe
"$APP" --version
echo "build.sh: built $APP in $(( $(date +%s) - started )) s;" \
  "size $(du -sh dist/outreach-kit | cut -f1)"
echo "build.sh: check it with: $APP --self-test"
