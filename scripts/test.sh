#!/usr/bin/env bash
# The project's tests, on a fresh machine: fetches what the tests read that is not in the repository (the .NET
# runtime's clretwrc.dll and a venv with the independent parsers libfwevt-python and regipy; a venv with pytest,
# duckdb, pyarrow, pandas, maturin and pyspark; Java 17 for Spark; Debian's chromium for the report's browser
# test and tshark for the pcapng tests; each skipped when already there), runs every crate's tests, then builds
# the Python package and runs the Python tests (the package against the CLI, the Spark data source in local mode,
# the README's DuckDB queries, `etw report` in headless chromium). `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-binaries.sh --libfwevt
bash scripts/setup-python.sh >/dev/null
bash scripts/setup-java.sh
bash scripts/setup-chromium.sh >/dev/null
# tshark, the independent pcapng reader of the packet tests (crates/etw-cli/tests/pcapng.rs).
bash scripts/setup-tshark.sh
cargo test --workspace "$@"
# The Python tests run the CLI the cargo tests built.
cargo build -p etw-cli --quiet
bash scripts/test-python.sh
