#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# i.e. the real OS keychain (Secret Service), then stops both:
#   scripts/keyring-session.sh cargo test --workspace
# The keyring lives in a throw-away directory; nothing touches the user's own.
set -euo pipefail
if [ -z "${RCCTL_KEYRING_SESSION:-}" ]; then
  export RCCTL_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data"
mkdir -p "$XDG_DATA_HOME"
printf '%s' "throwaway-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring_pid=$!
cleanup() {
  kill "$keyring_pid" 2>/dev/null || true
  wait "$keyring_pid" 2>/dev/null || true
  rm -rf "$keyring_home"
}
trap cleanup EXIT

# Wait (bounded) until the Secret Service answers on the bus.
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true' \
  || { echo "keyring-session: gnome-keyring did not come up on the session bus" >&2; exit 1; }

"$@"
