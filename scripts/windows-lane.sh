#!/usr/bin/env bash
# The Windows lane, run by ./test (so by CI): every Windows binary of the
# project cross-built, linted and run under Wine on this Linux machine, the
# macOS type-check, and the real runners' workflow linted.
#
#   scripts/windows-lane.sh
#
# 1. Installs what it needs (scripts/install-deps.sh windows): Debian's second
#    Rust (rustc-web/cargo-web 1.96 with std's source and clippy), mingw-w64,
#    wine64, clang, Node.js.
# 2. clippy -D warnings for x86_64-pc-windows-gnu over libs, bins, tests and
#    benches (Linux-only tests are cfg-gated and compile to nothing there).
# 3. Builds the Windows test binaries and, with them, the Windows binaries
#    (recording-control.exe, the tray; recording-control-settings.exe, the
#    settings window; rcctl.exe; rccontrol-sim.exe).
# 4. cargo check of the core and rcctl for x86_64-apple-darwin.
# 5. actionlint over .github/workflows (scripts/actionlint.sh).
# 6. Under Wine, in a throw-away prefix (scripts/wine-session.sh) inside the
#    desktop session of scripts/test-session.sh (Xvfb, trayer, dunst):
#    - first, src-tauri/tests/wine.rs, the Linux test that drives the
#      Windows binaries: rcctl.exe with Credential Manager, the tray app
#      (icon, named pipe, links, second launch, a managed policy refused as
#      the Wine user's file, log file, hotkeys, the end of the session while
#      paused);
#    - then the Windows test binaries of the core, the simulator, the
#      catalogs, the client against the simulator over real TLS, rcctl end to
#      end and the tray app's unit tests (ignored ones included: they write
#      the Run key), run by cargo through Wine as the target's runner.
#
# The Debian toolchain is only ever called by its full path, through xcargo
# below: the project's rustup toolchain stays first on PATH for everything
# else. Windows builds go to target/windows, macOS checks to target/macos;
# no debug info (smaller, faster links). Prints each step's wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"

win=x86_64-pc-windows-gnu
mac=x86_64-apple-darwin
bins="$root/target/windows/$win/debug"
# Packages whose tests run under Wine (the desktop tests are Linux-only).
wine_packages=(-p rccontrol -p rccontrol-sim -p rccontrol-i18n -p rccontrol-e2e -p rcctl -p recording-control)

# Debian's cargo-web/rustc-web, with std built from its source for the target.
xcargo() { # xcargo TARGET_DIR TRIPLE SUBCOMMAND ARGS…
  local dir=$1 triple=$2 sub=$3
  shift 3
  env -u RUSTC_WRAPPER -u RUSTC_WORKSPACE_WRAPPER -u CARGO_BUILD_TARGET \
    PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_DIR="$root/target/$dir" CARGO_PROFILE_DEV_DEBUG=0 \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="${WINE:-wine64}" \
    CC_x86_64_apple_darwin=clang \
    CFLAGS_x86_64_apple_darwin="--target=$mac -ffreestanding -nostdlibinc -I$root/scripts/macos-stubs" \
    /usr/bin/cargo "$sub" -Zbuild-std=std,panic_abort --target "$triple" --locked "$@"
}

# Inside the sessions (the script calls itself there): the Wine tests.
if [ "${1:-}" = --in-wine ]; then
  # The binaries driven from Linux first, in the fresh prefix. Run after the
  # Windows test binaries (the tray app's unit tests are enough), the first
  # tray app started in the prefix left its named pipe unanswered (rcctl.exe
  # status hung over 200 s): not explained yet — see the closing note of
  # stop 22 and issue 16's Windows pipe work.
  echo "windows lane: the Windows binaries driven from Linux (src-tauri/tests/wine.rs)" >&2
  RC_WINDOWS_BINS="$bins" cargo test --locked -q -p recording-control --test wine -- --ignored --test-threads 1
  echo "windows lane: the Windows test binaries under Wine" >&2
  xcargo windows "$win" test -q "${wine_packages[@]}" --lib --tests -- --include-ignored
  exit 0
fi

lane_start=$(date +%s)
step_start=$lane_start
current_step=""
step() { # step NAME: closes the previous step with its time, opens the next
  local now
  now=$(date +%s)
  [ -z "$current_step" ] || echo "windows lane: $current_step: $((now - step_start)) s" >&2
  current_step=$1
  step_start=$now
  [ -z "$1" ] || echo "windows lane: $1…" >&2
}

step "installing what it needs"
scripts/install-deps.sh windows

step "clippy -D warnings for $win"
# The relay (rccontrol-relay) is a Linux server (systemd unit, Docker image):
# not a Windows binary, so not in this lane.
xcargo windows "$win" clippy -q --workspace --exclude rccontrol-relay --all-targets -- -D warnings

step "building the Windows binaries and tests"
# One build for both: the integration tests need their packages' binaries, so
# cargo builds every .exe with the tests' features, and the dependencies once.
xcargo windows "$win" test -q --no-run "${wine_packages[@]}" --lib --tests
for exe in recording-control recording-control-settings rcctl rccontrol-sim; do
  [ -f "$bins/$exe.exe" ] || { echo "windows lane: $exe.exe was not built" >&2; exit 1; }
  echo "windows lane: built $exe.exe ($(du -k "$bins/$exe.exe" | cut -f1) KiB)" >&2
done
cargo test --locked -q --no-run -p recording-control --test wine

step "cargo check for $mac (the core and rcctl)"
xcargo macos "$mac" check -q -p rccontrol -p rcctl

step "actionlint over .github/workflows"
scripts/actionlint.sh

step "Wine"
scripts/test-session.sh scripts/wine-session.sh "$0" --in-wine

step ""
echo "windows lane: passed in $(($(date +%s) - lane_start)) s" >&2
