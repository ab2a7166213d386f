# Sourced by .ci/run (under set -euo pipefail): a private D-Bus session with gnome-keyring's
# Secret Service, its login keyring unlocked, so a test stores, reads and deletes a target's key
# through a real keyring (what users' desktops have). Private: its own bus and its own keyring
# folder, never a user's session or keyrings.
# Tolerant: when anything is missing it says so and returns; the keyring test then skips locally
# and fails under CI=true.
#
# Exports for the tests:
#   DBUS_SESSION_BUS_ADDRESS         the private bus (so keyring/secretstorage find it)
#   OUTREACH_KIT_TEST_SECRET_SERVICE the same address: the marker the test checks
_outreach_keyring() {
  local home address
  if ! command -v dbus-daemon >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "keyring.sh: dbus-daemon or gnome-keyring-daemon missing; the keyring test will not run"
    return 0
  fi
  home=$(mktemp -d "${TMPDIR:-/tmp}/outreach-keyring.XXXXXX") || return 0
  address=$(dbus-daemon --session --fork --print-address=1 --nopidfile 2>/dev/null | head -n 1) \
    || { echo "keyring.sh: the D-Bus session did not start"; return 0; }
  [ -n "$address" ] || { echo "keyring.sh: the D-Bus session gave no address"; return 0; }
  # gnome-keyring keeps its keyrings in $XDG_DATA_HOME/keyrings: a fresh folder, and a login
  # keyring created and unlocked with a throwaway password read from stdin.
  if ! printf '%s' "outreach-kit-ci" | DBUS_SESSION_BUS_ADDRESS="$address" \
      XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home" HOME="$home" \
      gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1; then
    echo "keyring.sh: gnome-keyring-daemon did not start"; return 0
  fi
  export DBUS_SESSION_BUS_ADDRESS="$address"
  export OUTREACH_KIT_TEST_SECRET_SERVICE="$address"
  echo "keyring.sh: Secret Service (gnome-keyring) on a private D-Bus session"
}
_outreach_keyring || true
unset -f _outreach_keyring
