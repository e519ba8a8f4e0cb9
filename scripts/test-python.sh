#!/usr/bin/env bash
# The Python package's build and tests: formats and lints the extension crate (python/, a workspace of its own),
# builds the abi3 wheel (CPython >= 3.9) into target/wheels, installs it into target/venv, and runs the Python
# tests (tests/python: the package against `etw dump`/`convert`/`stats`/`netmon`, the Spark data source in local
# mode, the README's DuckDB queries). Expects scripts/setup-python.sh and setup-java.sh to have run, and the CLI
# built at target/debug/etw (scripts/test.sh does all three).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/venv
export CARGO_TARGET_DIR="$PWD/target/python"
(
    cd python
    cargo fmt -- --check
    cargo clippy --release --all-targets --quiet -- -D warnings
    "../$venv/bin/maturin" build --release --quiet --out ../target/wheels
)
wheel=$(ls -t target/wheels/etwkit-*-cp39-abi3-*.whl | head -1)
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
cd tests/python
ETW_BIN="$PWD/../../target/debug/etw" "../../$venv/bin/python" -m pytest -q "$@"
