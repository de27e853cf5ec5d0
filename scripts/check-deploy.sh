#!/usr/bin/env bash
# Checks deploy/ quickly (no build, no network):
#   - deploy/rccontrol-relay.service with `systemd-analyze verify`, when there is
#     systemd-analyze. verify refuses a unit whose ExecStart binary is missing, and
#     /usr/bin/rccontrol-relay is not installed here: it checks a copy of the unit
#     (same name, in a temporary directory) whose ExecStart is /bin/true instead;
#     every other line is the unit's own.
#   - deploy/Dockerfile, minimally: every stage's FROM names an image by tag (or
#     digest), not `latest` nor nothing; no `ADD http…` (unverified downloads).
#   - deploy/relay.toml.example parses as TOML (python3's tomllib).
# Exits non-zero on any failure, naming the file.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=0
fail() { echo "check-deploy: FAIL: $1: $2" >&2; failed=1; file_failed=1; }
ok() { echo "check-deploy: ok: $1" >&2; }

unit=deploy/rccontrol-relay.service
if [ ! -f "$unit" ]; then
  fail "$unit" "missing"
elif ! grep -q '^ExecStart=/usr/bin/rccontrol-relay serve ' "$unit"; then
  fail "$unit" "no ExecStart=/usr/bin/rccontrol-relay serve …"
elif command -v systemd-analyze >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  sed 's|^ExecStart=/usr/bin/rccontrol-relay |ExecStart=/bin/true |' "$unit" >"$tmp/rccontrol-relay.service"
  # --man=no: the unit's Documentation= is not looked up. Any message is a finding
  # (verify exits 0 on some warnings, e.g. unknown settings).
  if out=$(cd "$tmp" && SYSTEMD_LOG_COLOR=0 timeout 8 systemd-analyze verify --man=no \
      "$tmp/rccontrol-relay.service" 2>&1) && [ -z "$out" ]; then
    ok "$unit (systemd-analyze verify)"
  else
    fail "$unit" "systemd-analyze verify: ${out:-exit status $?}"
  fi
else
  echo "check-deploy: $unit: not verified (no systemd-analyze)" >&2
fi

dockerfile=deploy/Dockerfile
if [ ! -f "$dockerfile" ]; then
  fail "$dockerfile" "missing"
else
  file_failed=0
  stages=0
  while read -r image; do
    stages=$((stages + 1))
    case "$image" in
      *@sha256:*) ;;
      *:latest) fail "$dockerfile" "FROM $image: pin a tag other than latest" ;;
      *:*) ;;
      *) fail "$dockerfile" "FROM $image: no tag" ;;
    esac
  done < <(awk '
    # The image of each FROM (options skipped); an earlier stage named by its
    # alias (FROM build AS …) is no image and not printed.
    toupper($1) == "FROM" {
      image = ""
      for (i = 2; i <= NF; i++) {
        if (image == "" && $i !~ /^--/) image = $i
        else if (toupper($i) == "AS" && i < NF) stage[tolower($(i + 1))] = 1
      }
      if (image != "" && !(tolower(image) in stage)) print image
    }' "$dockerfile")
  [ "$stages" -gt 0 ] || fail "$dockerfile" "no FROM"
  if grep -nEi '^[[:space:]]*ADD([[:space:]]+--[^[:space:]]+)*[[:space:]]+(https?|ftp)://' "$dockerfile" >&2; then
    fail "$dockerfile" "ADD of a URL: download in a RUN step and check its digest"
  fi
  [ "$file_failed" = 1 ] || ok "$dockerfile ($stages stages pinned, no ADD of a URL)"
fi

example=deploy/relay.toml.example
if [ ! -f "$example" ]; then
  fail "$example" "missing"
elif ! command -v python3 >/dev/null 2>&1; then
  fail "$example" "python3 is needed to parse it"
elif out=$(python3 - "$example" 2>&1 <<'PY'
import sys, tomllib
try:
    with open(sys.argv[1], "rb") as f:
        config = tomllib.load(f)
except tomllib.TOMLDecodeError as e:
    sys.exit(f"not TOML: {e}")
for key in ("listen", "database_url", "tenant"):
    if key not in config:
        sys.exit(f"no {key}")
PY
); then
  ok "$example (TOML)"
else
  fail "$example" "$out"
fi

exit "$failed"
