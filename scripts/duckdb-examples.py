"""Prints the README's "Query with DuckDB" examples: each query of scripts/queries/ and what DuckDB prints for
it, run on the dataset `etw convert` writes from the two corpus traces the README names.

    bash scripts/setup-python.sh                  # target/venv with the pinned duckdb
    cargo build --release -p etw-cli
    target/venv/bin/python scripts/duckdb-examples.py [--etw target/release/etw]
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
TRACES = ["tx/KernelNetwork.etl", "etwanalyzer/TraceLoggingTester.etl"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--etw", default=str(REPO / "target" / "release" / "etw"))
    ap.add_argument("--corpus", default=str(REPO / ".." / "shared" / "corpus" / "etl"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        traces = [str(Path(a.corpus) / t) for t in TRACES]
        subprocess.run([a.etw, "convert", *traces, "-o", os.path.join(tmp, "ds"), "--quiet"], check=True)
        os.chdir(tmp)
        for q in sorted((REPO / "scripts" / "queries").glob("*.sql")):
            sql = q.read_text()
            con = duckdb.connect()
            parts = [s for s in sql.split(";") if any(l.strip() and not l.strip().startswith("--") for l in s.splitlines())]
            for s in parts[:-1]:
                con.execute(s)
            print(f"### {q.name}\n```sql\n{sql.strip()}\n```\n```text\n{con.sql(parts[-1])}```\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
