#!/usr/bin/env bash
# Builds the installable packages with the Tauri CLI (installed from npm when
# missing): the .deb (the tray app, its settings window, rcctl, the desktop
# entry with the rccontrol:// scheme). RC_BUNDLES=deb,appimage also tries the AppImage (its tools are
# downloaded from GitHub by the bundler). Prints the .deb's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
# The Tauri CLI: `cargo tauri` when installed, else npm's build of the same CLI
# (@tauri-apps/cli ships the prebuilt binary, seconds to install, where
# `cargo install tauri-cli` compiles for 15 minutes on 2 cores). Pinned to the
# 2.x release that matches the tauri crate in Cargo.lock.
cli_version=2.12.6
if cargo tauri --version >/dev/null 2>&1; then
  tauri=(cargo tauri)
else
  cli_dir=target/tools/tauri-cli
  if [ "$(node -p "require('./$cli_dir/node_modules/@tauri-apps/cli/package.json').version" 2>/dev/null || true)" != "$cli_version" ]; then
    echo "package: installing the Tauri CLI $cli_version from npm" >&2
    mkdir -p "$cli_dir"
    npm install --prefix "$cli_dir" --no-audit --no-fund --silent "@tauri-apps/cli@$cli_version" >&2
  fi
  tauri=("$cli_dir/node_modules/.bin/tauri")
fi
# rcctl goes into the .deb next to the app (tauri.conf.json bundle.linux.deb.files).
cargo build --release --locked -q -p rcctl >&2
"${tauri[@]}" build --ci --bundles "${RC_BUNDLES:-deb}" >&2
ls -t target/release/bundle/deb/*.deb | head -n 1
