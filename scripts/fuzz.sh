#!/usr/bin/env bash
# Fuzzes the core crate (crates/rccontrol) with cargo-fuzz, a bounded time per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      (default 60; works from any directory)
#
# Prints one line per target, `target  runs=N  crashes=K  seconds=S`, and exits
# non-zero if any target crashed (reproducer: fuzz/artifacts/<target>/).
#
# Works on a stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its nightly
# -Z flags (sanitizer, coverage). Environment knobs:
#   FUZZ_TARGETS      targets to run (default: "classify settings protocol")
#   FUZZ_SANITIZER    address (default) | none | … (falls back to none if ASan fails to build)
#   FUZZ_TARGET_DIR   cargo target dir (default: <repo>/../target-fuzz, apart from other builds)
#
# Corpus: the committed seeds in fuzz/corpus/<target>/ are only read; what the
# fuzzer finds is kept in fuzz/corpus-local/<target>/ (git-ignored) for the next run.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS_PER_TARGET]   (a positive whole number; default 60)" >&2
    exit 2
fi

root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz_dir="$root/fuzz"
read -r -a targets <<<"${FUZZ_TARGETS:-classify settings protocol}"
sanitizer="${FUZZ_SANITIZER:-address}"

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$(dirname -- "$root")/target-fuzz}"

# The harnesses put their scratch files (settings files, the control socket) in
# TMPDIR; give them a directory of their own (in memory when /dev/shm is there:
# the settings target writes files on every run) and remove it afterwards.
scratch_base="${TMPDIR:-/tmp}"
if [[ -z "${TMPDIR:-}" && -d /dev/shm && -w /dev/shm ]]; then
    scratch_base=/dev/shm
fi
scratch="$(mktemp -d "$scratch_base/rccontrol-fuzz.XXXXXX")"
trap 'rm -rf -- "$scratch"' EXIT

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz not found: installing it (cargo install cargo-fuzz --locked)" >&2
    cargo install cargo-fuzz --locked
fi

cd -- "$root"
echo "building fuzz targets (sanitizer: $sanitizer, target dir: $CARGO_TARGET_DIR)" >&2
if ! cargo fuzz build --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" >&2; then
    [[ "$sanitizer" != none ]] || exit 1
    echo "warning: building with sanitizer '$sanitizer' failed; retrying without a sanitizer" >&2
    sanitizer=none
    cargo fuzz build --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" >&2
fi

summary=()
failed=0
for target in "${targets[@]}"; do
    local_corpus="$fuzz_dir/corpus-local/$target"
    seeds="$fuzz_dir/corpus/$target"
    artifacts="$fuzz_dir/artifacts/$target"
    log="$scratch/$target.log"
    marker="$scratch/$target.start"
    mkdir -p -- "$local_corpus" "$seeds" "$artifacts"
    touch -- "$marker"

    args=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1)
    if [[ -f "$fuzz_dir/dict/$target.dict" ]]; then
        args+=(-dict="$fuzz_dir/dict/$target.dict")
    fi
    if [[ "$target" == protocol ]]; then
        # Longer than the protocol's 4096-byte request limit, so the fuzzer's own
        # inputs cross it too (the harness also pads lines across it).
        args+=(-max_len=8192)
    fi

    echo "fuzzing $target for ${seconds}s (log: fuzz/artifacts/$target/last-run.log)" >&2
    start=$SECONDS
    if TMPDIR="$scratch" cargo fuzz run --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" \
        "$target" "$local_corpus" "$seeds" -- "${args[@]}" >"$log" 2>&1; then
        rc=0
    else
        rc=$?
    fi
    elapsed=$((SECONDS - start))
    cp -- "$log" "$artifacts/last-run.log"

    runs="$(sed -n 's/^stat::number_of_executed_units: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)"
    if [[ -z "$runs" ]]; then
        runs="$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$log" | tail -n 1)"
    fi
    # libFuzzer writes crash-*, leak-*, oom-*, timeout-* files; count this run's.
    new_artifacts() {
        find "$artifacts" -maxdepth 1 -type f -newer "$marker" ! -name 'last-run.log'
    }
    crashes="$(new_artifacts | wc -l)"
    if [[ "$rc" -ne 0 && "$crashes" -eq 0 ]]; then
        crashes=1 # libFuzzer failed without writing an artifact (build or start-up error)
    fi
    if [[ "$crashes" -gt 0 ]]; then
        failed=1
        echo "CRASH in $target — reproducer(s):" >&2
        new_artifacts | sed 's/^/  /' >&2
        grep -m 5 -E "panicked at|ERROR: (libFuzzer|AddressSanitizer)" "$log" >&2 || true
        env="RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$CARGO_TARGET_DIR"
        echo "  reproduce: (cd $root && $env cargo fuzz run --sanitizer $sanitizer $target <file>)" >&2
        echo "  minimize:  (cd $root && $env cargo fuzz tmin --sanitizer $sanitizer $target <file>)" >&2
    fi
    summary+=("$(printf '%-9s runs=%s  crashes=%s  seconds=%s' "$target" "${runs:-0}" "$crashes" "$elapsed")")
done

printf '%s\n' "${summary[@]}"
exit "$failed"
