#!/usr/bin/env bash
# The project's tests, on a fresh machine: fetches what the tests read that is not in the repository (the .NET
# runtime's clretwrc.dll, and a venv under target/ with the independent parsers libfwevt-python and regipy;
# each skipped when already there), then runs every crate's tests. `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-binaries.sh --libfwevt
cargo test --workspace "$@"
