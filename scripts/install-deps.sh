#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for one purpose:
#   scripts/install-deps.sh run    — build and run rcctl / the demo
#   scripts/install-deps.sh test   — also the real keychain (gnome-keyring over D-Bus)
#   scripts/install-deps.sh bench  — also curl and hyperfine for the benchmark
# Installs only missing Debian packages (apt-get, as root or through sudo) and a
# Rust toolchain through rustup if cargo is missing. Prints what it does.
set -euo pipefail
purpose=${1:-run}

base=(build-essential pkg-config ca-certificates libdbus-1-dev)
case "$purpose" in
  run) pkgs=("${base[@]}") ;;
  test) pkgs=("${base[@]}" dbus dbus-x11 gnome-keyring libsecret-tools) ;;
  bench) pkgs=("${base[@]}" dbus dbus-x11 gnome-keyring curl hyperfine) ;;
  *) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "install-deps: installing the Rust toolchain with rustup" >&2
  command -v curl >/dev/null 2>&1 || { ${sudo:-} apt-get install -y -qq curl >/dev/null; }
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal >/dev/null
fi
