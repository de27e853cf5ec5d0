#!/usr/bin/env bash
# The installable package end to end: builds the .deb (scripts/package.sh),
# installs it on this machine with apt-get, checks what it put where, starts
# the INSTALLED app in a private desktop session (Xvfb, D-Bus, keyring, dunst)
# and pauses through the INSTALLED rcctl against the simulator; then removes
# the package again (unless it was installed before). Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

deb=$(scripts/package.sh | tail -n 1)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
was_installed=0
dpkg-query -W -f='${Status}' recording-control 2>/dev/null | grep -q "install ok installed" && was_installed=1
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
cleanup() { [ "$was_installed" = 1 ] || $sudo apt-get remove -y -qq recording-control >/dev/null 2>&1 || true; }
trap cleanup EXIT

fail() { echo "package test FAILED: $*" >&2; exit 1; }
[ -x /usr/bin/recording-control ] || fail "/usr/bin/recording-control missing"
[ -x /usr/bin/rcctl ] || fail "/usr/bin/rcctl missing"
[ -x /usr/bin/recording-control-settings ] || fail "/usr/bin/recording-control-settings (the settings window) missing"
ldd /usr/bin/recording-control | grep -q libwebkit2gtk && fail "the installed tray app links WebKit"
desktop=$(dpkg -L recording-control | grep '\.desktop$' | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry"
grep -q 'x-scheme-handler/rccontrol' "$desktop" || fail "$desktop does not declare the rccontrol:// scheme"
echo "package: installed /usr/bin/recording-control (no WebKit), /usr/bin/recording-control-settings, /usr/bin/rcctl, $desktop"

cargo build --locked -q -p rccontrol-sim
export RC_PACKAGE_SIM="$PWD/target/debug/rccontrol-sim"
scripts/test-session.sh bash -c '
  set -euo pipefail
  work=$(mktemp -d)
  pids=()
  trap "kill \${pids[*]} 2>/dev/null; wait 2>/dev/null; rm -rf $work" EXIT
  "$RC_PACKAGE_SIM" --port 0 --ca-out "$work/ca.pem" > "$work/sim.out" 2>"$work/sim.err" &
  pids+=($!)
  for _ in $(seq 1 200); do grep -q RCCONTROL_SIM_URL "$work/sim.out" 2>/dev/null && break; sleep 0.05; done
  url=$(sed -n "s/^RCCONTROL_SIM_URL=//p" "$work/sim.out")
  [ -n "$url" ] || { echo "simulator did not start" >&2; exit 1; }
  echo 0d3e5a7c9b1f2e4d6a8c0b2d4f6e8a1c | /usr/bin/rcctl --config-dir "$work/cfg" setup --cluster "$url" \
    --tenant demo --email agent@demo.example --ca-file "$work/ca.pem" --allow-custom-host >/dev/null
  /usr/bin/recording-control --config-dir "$work/cfg" > "$work/app.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do [ -S "$work/cfg/rccontrol.sock" ] && break; sleep 0.1; done
  [ -S "$work/cfg/rccontrol.sock" ] || { cat "$work/app.log" >&2; echo "the installed app did not start" >&2; exit 1; }
  out=$(/usr/bin/rcctl --config-dir "$work/cfg" pause --json)
  echo "$out" | grep -q "\"via\":\"app\"" || { echo "$out" >&2; exit 1; }
  echo "$out" | grep -q "\"outcome\":\"applied\"" || { echo "$out" >&2; exit 1; }
  echo "package: the installed app paused through the installed rcctl: $out"
  # A second launch opens the settings window: the installed window binary connects.
  /usr/bin/recording-control --config-dir "$work/cfg" >/dev/null 2>&1
  for _ in $(seq 1 300); do grep -q "settings window connected" "$work/app.log" && break; sleep 0.1; done
  grep -q "settings window connected" "$work/app.log" || { cat "$work/app.log" >&2; echo "the installed settings window did not connect" >&2; exit 1; }
  echo "package: a second launch opened the installed settings window"
'
echo "package test: passed"
