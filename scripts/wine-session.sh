#!/usr/bin/env bash
# Runs a command with a throw-away Wine prefix, then stops every Wine process
# of that prefix (wineserver -k) and removes it:
#   - WINEPREFIX: a new 64-bit prefix (wineboot), no Mono/Gecko, no menu entries
#     written to the real home (winemenubuilder off)
#   - bcryptprimitives.dll, a test shim built here with mingw (scripts/wine/):
#     Rust's std imports ProcessPrng, which Wine 8 lacks
#   - WINE: the loader to start Windows programs with (wine64)
# Usage: scripts/wine-session.sh COMMAND…  (inside scripts/test-session.sh when
# the programs need the desktop: Xvfb, trayer, dunst).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export WINE=/usr/lib/wine/wine64
[ -x "$WINE" ] || { echo "wine-session: $WINE missing (scripts/install-deps.sh windows)" >&2; exit 1; }
export WINESERVER=/usr/lib/wine/wineserver
export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/rccontrol-wine.XXXXXX")
export WINEARCH=win64 WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
cleanup() {
  "$WINESERVER" -k >/dev/null 2>&1 || true
  "$WINESERVER" -w >/dev/null 2>&1 || true
  rm -rf "$WINEPREFIX"
}
trap cleanup EXIT

"$WINE" wineboot --init >"$WINEPREFIX.boot.log" 2>&1 || { cat "$WINEPREFIX.boot.log" >&2; exit 1; }
rm -f "$WINEPREFIX.boot.log"
system32="$WINEPREFIX/drive_c/windows/system32"
[ -d "$system32" ] || { echo "wine-session: wineboot made no $system32" >&2; exit 1; }
x86_64-w64-mingw32-gcc -shared -O2 -o "$system32/bcryptprimitives.dll" \
  "$root/scripts/wine/bcryptprimitives.c" "$root/scripts/wine/bcryptprimitives.def" -ladvapi32
"$@"
