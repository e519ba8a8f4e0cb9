#!/usr/bin/env bash
# The project's tests, on a fresh machine: fetches what the tests read that is not in the repository (the .NET
# runtime's clretwrc.dll and a venv with the independent parsers libfwevt-python and regipy; a venv with pytest,
# duckdb and pyarrow; Debian's tshark for the pcapng tests; each skipped when already there), runs every crate's
# tests, then the Python tests (the DuckDB queries of the README on converted corpus traces). `.ci/run` calls this
# script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-binaries.sh --libfwevt
python="$(bash scripts/setup-python.sh)"
# tshark, the independent pcapng reader of the packet tests (crates/etw-cli/tests/pcapng.rs).
bash scripts/setup-tshark.sh
cargo test --workspace "$@"
# The Python tests run the CLI the cargo tests built.
cargo build -p etw-cli --quiet
(cd tests/python && ETW_BIN="$PWD/../../target/debug/etw" "../../$python" -m pytest -q)
