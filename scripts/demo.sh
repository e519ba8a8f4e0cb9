#!/usr/bin/env bash
# Builds etw, writes a small synthetic trace with the test kit (made here, not recorded on Windows), and runs
# etw on it: the summary, then the first events as JSON Lines.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p etw-cli -p etw-testkit --bin etw --bin etw-sample
mkdir -p target/sample
target/release/etw-sample target/sample/sample.etl
echo
echo "\$ etw stats target/sample/sample.etl"
target/release/etw stats target/sample/sample.etl
echo
echo "\$ etw dump --raw target/sample/sample.etl | head -n 3"
target/release/etw dump --raw target/sample/sample.etl | head -n 3
echo
echo "Run it on your own traces: target/release/etw stats YOUR.etl   (see target/release/etw --help)"
