# Sourced by .ci/run (under set -euo pipefail): start CUPS with a cups-pdf virtual printer, so
# the printing tests send real jobs through a real scheduler and read the printed PDF back.
# Tolerant: when anything is missing it says so and returns; the printing tests then skip
# locally and fail under CI=true.
#
# Exports for the tests:
#   OUTREACH_KIT_TEST_PRINTER  the queue's name (OutreachPDF)
#   OUTREACH_KIT_PRINT_OUT     the folder cups-pdf writes each printed job to
_outreach_cups() {
  local queue=OutreachPDF out=/var/spool/cups-pdf/outreach-kit ppd="" conf=/etc/cups/cups-pdf.conf
  if ! command -v cupsd >/dev/null 2>&1 || ! command -v lpadmin >/dev/null 2>&1; then
    echo "cups.sh: CUPS is not installed; printing tests will not run"; return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "cups.sh: not root, cannot configure CUPS; printing tests will not run"; return 0
  fi
  # cups-pdf writes to `Out` (default ${HOME}/PDF); a fixed, known folder instead. Label 2
  # puts the job id in every file name, so a test finds exactly its own job's file.
  # (Directives: /etc/cups/cups-pdf.conf as shipped by printer-driver-cups-pdf.)
  mkdir -p "$out" && chmod 1777 "$out"
  if [ -f "$conf" ]; then
    sed -i -e 's|^#\{0,1\}Out .*|Out '"$out"'|' -e 's|^#\{0,1\}Label .*|Label 2|' "$conf"
    grep -q '^Label ' "$conf" || echo "Label 2" >>"$conf"
  fi
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    mkdir -p /run/cups
    cupsd || { echo "cups.sh: cupsd did not start"; return 0; }
    local waited=0
    until lpstat -r 2>/dev/null | grep -q "is running"; do
      sleep 0.5; waited=$((waited + 1))
      [ "$waited" -lt 40 ] || { echo "cups.sh: cupsd did not answer within 20 s"; return 0; }
    done
  fi
  for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd; do
    [ -f "$candidate" ] && { ppd=$candidate; break; }
  done
  if [ -z "$ppd" ]; then
    echo "cups.sh: no cups-pdf PPD (package printer-driver-cups-pdf); printing tests will not run"
    return 0
  fi
  if ! lpstat -p "$queue" >/dev/null 2>&1; then
    lpadmin -p "$queue" -E -v cups-pdf:/ -P "$ppd" -o printer-is-shared=false \
      || { echo "cups.sh: could not add the $queue queue"; return 0; }
  fi
  cupsenable "$queue" 2>/dev/null || true
  cupsaccept "$queue" 2>/dev/null || true
  export OUTREACH_KIT_TEST_PRINTER="$queue"
  export OUTREACH_KIT_PRINT_OUT="$out"
  echo "cups.sh: printing to $queue, printed files in $out"
}
_outreach_cups || true
unset -f _outreach_cups
