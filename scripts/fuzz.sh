#!/usr/bin/env bash
# Runs one fuzz target for a while: scripts/fuzz.sh <etl_reader|lzxpress> [seconds] [extra libFuzzer flags...]
#
# Needs the nightly toolchain (cargo-fuzz builds with sanitizer flags only nightly accepts) and installs
# cargo-fuzz from crates.io if it is missing. New inputs that widen coverage go to fuzz/corpus/<target>/ (kept
# out of git unless small); a crash is saved under fuzz/artifacts/<target>/. To keep one as a regression, copy
# it to fuzz/regressions/<target>/ after fixing it: crates/etw-etl/tests/fuzz_replay.rs replays those on stable.
set -euo pipefail

target="${1:?usage: $0 <etl_reader|lzxpress> [seconds] [libFuzzer flags...]}"
seconds="${2:-300}"
shift $(( $# >= 2 ? 2 : 1 ))

cd "$(dirname "$0")/../fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# -a keeps debug assertions and overflow checks on in the optimised fuzz build; one job, one core.
exec cargo +nightly fuzz run -a "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
