#!/usr/bin/env bash
# The Python side of the tests: a virtual environment at target/venv with pytest, duckdb and pyarrow from the
# package registry (independent readers of what `etw convert` writes). Skips what is already there; prints the
# venv's python on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/venv
# Pinned, so that the outputs shown in the README are what these versions print.
want=(pytest==9.2.0 duckdb==2.0.1 pyarrow==26.0.1)
if ! "$venv/bin/python" -c 'import duckdb, pyarrow, pytest; assert duckdb.__version__ == "2.0.1"' 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${want[@]}" >&2
fi
echo "$venv/bin/python"
