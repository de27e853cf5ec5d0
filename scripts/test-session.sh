#!/usr/bin/env bash
# Runs a command inside a private desktop session made of real parts, then
# stops every process it started (by PID):
#   - a private D-Bus session bus (dbus-run-session)
#   - gnome-keyring, unlocked, in a throw-away directory (the real Secret Service)
#   - Xvfb (a real X server) on a free display       → DISPLAY
#   - dunst, a real notification daemon, logging every notification it receives
#     to $RC_NOTIFY_LOG (tab-separated: app, summary, body)
#   - trayer, an XEmbed system tray host
# Usage: scripts/test-session.sh cargo test --workspace
# RC_SESSION_NO_DESKTOP=1 skips Xvfb/dunst/trayer (keychain only).
set -euo pipefail
if [ -z "${RC_TEST_SESSION:-}" ]; then
  export RC_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

session_dir=$(mktemp -d)
pids=()
cleanup() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$session_dir"
}
trap cleanup EXIT

wait_for() { # wait_for DESCRIPTION COMMAND… : bounded polling, 10 s
  local what=$1; shift
  for _ in $(seq 1 100); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "test-session: $what did not come up" >&2; return 1
}
bus_has() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

# The real keychain, in a throw-away home for keyrings.
export XDG_DATA_HOME="$session_dir/data"
mkdir -p "$XDG_DATA_HOME"
printf '%s' "throwaway-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
pids+=($!)
wait_for "gnome-keyring" bus_has org.freedesktop.secrets

if [ -z "${RC_SESSION_NO_DESKTOP:-}" ]; then
  # A real X server on a free display (Xvfb picks it and writes it to fd 3).
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$session_dir/display" 2>"$session_dir/xvfb.log" &
  pids+=($!)
  wait_for "Xvfb" test -s "$session_dir/display"
  export DISPLAY=":$(head -n1 "$session_dir/display")"
  wait_for "the X display" xdpyinfo

  # A real notification daemon that records what it receives.
  export RC_NOTIFY_LOG="$session_dir/notifications.tsv"
  : > "$RC_NOTIFY_LOG"
  cat > "$session_dir/record.sh" <<REC
#!/bin/sh
printf '%s\t%s\t%s\n' "\$DUNST_APP_NAME" "\$DUNST_SUMMARY" "\$DUNST_BODY" >> "$RC_NOTIFY_LOG"
REC
  chmod +x "$session_dir/record.sh"
  cat > "$session_dir/dunstrc" <<CONF
[global]
    monitor = 0
    follow = none
    stack_duplicates = false
    notification_limit = 0
[record_everything]
    summary = "*"
    script = $session_dir/record.sh
CONF
  dunst -config "$session_dir/dunstrc" >"$session_dir/dunst.log" 2>&1 &
  pids+=($!)
  wait_for "dunst" bus_has org.freedesktop.Notifications

  # An XEmbed tray host for the tray icon.
  trayer --edge top --align right --widthtype request --height 32 --SetDockType true >"$session_dir/trayer.log" 2>&1 &
  pids+=($!)
  wait_for "trayer" sh -c 'xprop -root _NET_SUPPORTING_WM_CHECK >/dev/null; xdotool search --class trayer'
fi

"$@"
