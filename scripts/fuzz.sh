#!/usr/bin/env bash
# Runs one fuzz target for a while: scripts/fuzz.sh <target> [seconds] [extra libFuzzer flags...]
# Targets: etl_reader lzxpress tracelogging manifest eventsource event_metadata kernel_layouts schema_decode builtin
# wevt_template pe_resources schema_store registry_hive packet_event, and aggregates (stats and netmon over
# arbitrary ETL bytes; seeded from the reader's corpus).
#
# Needs the nightly toolchain (cargo-fuzz builds with sanitizer flags only nightly accepts) and installs
# cargo-fuzz from crates.io if it is missing. New inputs that widen coverage go to fuzz/corpus/<target>/ (kept
# out of git unless small); a crash is saved under fuzz/artifacts/<target>/. To keep one as a regression, copy
# it to fuzz/regressions/<target>/ after fixing it: crates/etw-etl/tests/fuzz_replay.rs replays those on stable.
set -euo pipefail

target="${1:?usage: $0 <etl_reader|lzxpress|tracelogging|manifest|eventsource|event_metadata|kernel_layouts|schema_decode|builtin|wevt_template|pe_resources|schema_store|registry_hive|packet_event|aggregates> [seconds] [libFuzzer flags...]}"
seconds="${2:-300}"
shift $(( $# >= 2 ? 2 : 1 ))

cd "$(dirname "$0")/../fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# Schema targets start from the seeds their replay tests use (read-only; new inputs go to corpus/<target>).
mkdir -p "corpus/$target"
seeds=()
case "$target" in
    kernel_layouts) seed_dir=../crates/etw-schema/tests/fuzz_seeds/kernel ;;
    aggregates) seed_dir=corpus/etl_reader ;;
    packet_event) seed_dir=../crates/etw-packet/tests/fuzz_seeds/packet_event ;;
    wevt_template|pe_resources|schema_store|registry_hive) seed_dir="../crates/etw-store/tests/fuzz_seeds/$target" ;;
    *) seed_dir="../crates/etw-schema/tests/fuzz_seeds/$target" ;;
esac
[ -d "$seed_dir" ] && seeds+=("$seed_dir")

# -a keeps debug assertions and overflow checks on in the optimised fuzz build; one job, one core.
exec cargo +nightly fuzz run -a "$target" "corpus/$target" "${seeds[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
