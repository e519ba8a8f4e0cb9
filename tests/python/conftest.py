"""Shared fixtures of the Python tests: the `etw` binary, the corpus, and a converted dataset."""

import json
import os
import subprocess
from pathlib import Path

import pytest

# No default schema store: the CLI and the Python package decode with the same built-in schemas on any machine.
os.environ["ETWKIT_STORE"] = ""

REPO = Path(__file__).resolve().parents[2]
CORPUS = (REPO / ".." / "shared" / "corpus").resolve()
# The README's DuckDB dataset: a Kernel-Network trace and a kernel trace with process starts.
DATASET_TRACES = ["tx/KernelNetwork.etl", "etwanalyzer/TraceLoggingTester.etl"]


def etw_binary() -> Path:
    path = Path(os.environ.get("ETW_BIN", REPO / "target" / "debug" / "etw"))
    if not path.exists():
        pytest.fail(f"{path}: build the CLI first (cargo build -p etw-cli), or set ETW_BIN")
    return path


def corpus() -> Path:
    if not (CORPUS / "etl").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CORPUS}: the shared corpus is missing")
        pytest.skip("the shared corpus is not beside the repository")
    return CORPUS


def etw(*args: str, cwd: Path | None = None, ok=(0,), stderr: bool = False) -> str:
    """Runs etw and returns its stdout (or its stderr); an exit status not in `ok` fails the test with its
    stderr."""
    run = subprocess.run([str(etw_binary()), *args], cwd=cwd, capture_output=True, text=True)
    assert run.returncode in ok, f"etw {' '.join(args)}: exit {run.returncode}\n{run.stderr}"
    return run.stderr if stderr else run.stdout


def etw_json_lines(*args: str, ok=(0,)) -> list[dict]:
    return [json.loads(line) for line in etw(*args, ok=ok).splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dataset_dir(tmp_path_factory) -> Path:
    """A directory holding `ds/`, the README's dataset, converted from the corpus traces."""
    root = tmp_path_factory.mktemp("duckdb")
    traces = [str(corpus() / "etl" / t) for t in DATASET_TRACES]
    etw("convert", *traces, "-o", str(root / "ds"), "--quiet")
    return root


def damaged_copy(tmp_path: Path) -> Path:
    """A corpus trace with 200 kB in its middle overwritten: readable, with damaged buffers."""
    data = bytearray((corpus() / "etl" / "perfview" / "net.4.5.2.x64.etl").read_bytes())
    mid = len(data) // 2
    data[mid:mid + 200_000] = b"\xff" * 200_000
    out = tmp_path / "damaged.etl"
    out.write_bytes(bytes(data))
    return out
