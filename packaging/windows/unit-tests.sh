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

# The test files of the layers below kit/ui: none of them imports Qt's widgets.
TESTS=(
  tests/unit/test_domain.py tests/unit/test_domain_properties.py tests/unit/test_identity.py
  tests/unit/test_times.py tests/unit/test_coarse_time.py tests/unit/test_person_fields.py
  tests/unit/test_shown_form.py tests/unit/test_store.py tests/unit/test_services.py
  tests/unit/test_kit_desk.py tests/unit/test_people_door.py tests/unit/test_outbox_owner.py
  tests/unit/test_retention.py tests/unit/test_export_service.py
  tests/unit/test_export_writers.py tests/unit/test_export_late_arrivals.py
  tests/unit/test_export_since_sealed.py tests/unit/test_export_upload_safety.py
  tests/unit/test_export_golden.py tests/unit/test_import_csv.py
  tests/unit/test_import_encodings.py tests/unit/test_import_journal.py
  tests/unit/test_import_protected.py tests/unit/test_import_roundtrip.py
  tests/unit/test_bundle.py tests/unit/test_bundle_import.py tests/unit/test_bundle_stream.py
  tests/unit/test_sync_engine.py tests/unit/test_sync_fidelity.py
  tests/unit/test_sync_hardening.py tests/unit/test_sync_keyring.py
  tests/unit/test_sync_plans.py tests/unit/test_sync_sealed.py
  tests/unit/test_background_sync.py tests/unit/test_protect.py
  tests/unit/test_protect_open_kit.py tests/unit/test_kiosk_pin.py
  tests/unit/test_pack_privacy.py tests/unit/test_campaign_save.py
  tests/unit/test_first_run_services.py tests/unit/test_live_status.py
  tests/unit/test_hardening.py tests/unit/test_windows_portability.py
)

OUTREACH_KIT_WINDOWS_STAGE=python bash packaging/windows/build.sh
CACHE="${OUTREACH_KIT_WINDOWS_CACHE:-$HOME/.cache/outreach-kit-windows}"
BUILD=build/windows
PY_DOT=$(sed -n 's/^PY_DOT=//p' packaging/windows/build.sh)
PYDIR="$BUILD/python"
export WINEPREFIX="$CACHE/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

uv export --quiet --frozen --only-group dev --no-emit-project --format requirements-txt \
  -o "$BUILD/dev-locked.txt"
python3 packaging/windows/win_requirements.py "$BUILD/dev-locked.txt" \
  -o "$BUILD/dev-requirements.txt" --python "$PY_DOT"
WINDOWS_WHEELS=(--platform win_amd64 --python-version "$PY_DOT" --implementation cp
                --only-binary=:all: --no-deps --require-hashes)
pip_quiet() {
  PIP_ROOT_USER_ACTION=ignore python3 -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2)
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
