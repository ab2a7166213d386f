#!/bin/sh
# Rebuild assets/phones/seal.js from src/hpke.js and the pinned noble libraries (package.json,
# package-lock.json), in a temporary folder: npm ci, then esbuild into one readable file (not
# minified, so it can be read and compared with the published sources), with a header naming
# each library, its version and its licence. Run from anywhere; needs node and npm.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
cp -r "$here/src" "$work/src"
(cd "$work" && npm ci --silent --no-audit --no-fund)
out="$repo/assets/phones/seal.js"
{
  echo "/*! Outreach Kit phone sign-up sealing: HPKE (RFC 9180) base mode,"
  echo " *  DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305."
  echo " *  Built by packaging/phones-js/build.sh from packaging/phones-js/src/hpke.js with:"
  for lib in curves hashes ciphers; do
    version=$(node -p "require('$work/node_modules/@noble/$lib/package.json').version")
    echo " *    @noble/$lib $version, MIT licence, (c) Paul Miller (paulmillr.com)"
  done
  echo " *  Licence texts: assets/phones/LICENSES.txt */"
  # From inside the temporary folder, so the bundle's file comments read node_modules/...
  (cd "$work" && ./node_modules/.bin/esbuild src/hpke.js --bundle --format=iife \
    --target=es2020 --legal-comments=none --log-level=warning)
} > "$out.tmp"
mv "$out.tmp" "$out"
{
  echo "Licences of the JavaScript vendored in assets/phones/seal.js"
  for lib in curves hashes ciphers; do
    version=$(node -p "require('$work/node_modules/@noble/$lib/package.json').version")
    echo
    echo "== @noble/$lib $version =="
    cat "$work/node_modules/@noble/$lib/LICENSE"
  done
} > "$repo/assets/phones/LICENSES.txt"
echo "wrote $out ($(wc -c < "$out") bytes)"
