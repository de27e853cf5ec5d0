#!/usr/bin/env bash
# Builds the installable packages with the Tauri CLI (installed with cargo when
# missing): the .deb (the tray app, its settings window, rcctl, the desktop
# entry with the rccontrol:// scheme). RC_BUNDLES=deb,appimage also tries the AppImage (its tools are
# downloaded from GitHub by the bundler). Prints the .deb's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo tauri --version >/dev/null 2>&1; then
  echo "package: installing tauri-cli (cargo install, a few minutes)" >&2
  cargo install tauri-cli --version "^2" --locked -q
fi
# rcctl goes into the .deb next to the app (tauri.conf.json bundle.linux.deb.files).
cargo build --release --locked -q -p rcctl >&2
cargo tauri build --ci --bundles "${RC_BUNDLES:-deb}" >&2
ls -t target/release/bundle/deb/*.deb | head -n 1
