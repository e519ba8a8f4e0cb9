#!/usr/bin/env bash
# The Python side of the tests: a virtual environment at target/venv with pytest, duckdb, pyarrow and pandas
# (independent readers of what `etw convert` writes), maturin (builds the etwkit wheel) and pyspark (the Spark
# data source's tests), from the package registry. Skips what is already there; prints the venv's python on
# stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/venv
# Pinned, so that the outputs shown in the README are what these versions print.
want=(pytest==9.2.0 duckdb==2.0.1 pyarrow==26.0.1 pandas==2.3.3 maturin==1.9.6 pyspark==4.0.5)
check='import duckdb, pyarrow, pandas, pytest, pyspark, maturin
assert duckdb.__version__ == "2.0.1" and pyspark.__version__ == "4.0.5"'
if ! "$venv/bin/python" -c "$check" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${want[@]}" >&2
fi
echo "$venv/bin/python"
