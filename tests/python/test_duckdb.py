"""The README's DuckDB queries, run on converted corpus traces: their numbers equal what `etw netmon` and
`etw stats` say about the same traces, and the README shows each query as it is in scripts/queries/."""

import os
from collections import Counter
from pathlib import Path

import duckdb

from conftest import DATASET_TRACES, REPO, corpus, etw, etw_json_lines

QUERIES = REPO / "scripts" / "queries"


def run_query(dataset_dir: Path, name: str):
    """Runs scripts/queries/NAME.sql with `ds/` relative to `dataset_dir`; the last statement's rows."""
    sql = (QUERIES / f"{name}.sql").read_text()
    con = duckdb.connect()
    old = os.getcwd()
    os.chdir(dataset_dir)
    try:
        statements = [s for s in sql.split(";") if s.strip() and not all(
            line.strip().startswith("--") or not line.strip() for line in s.splitlines())]
        for s in statements[:-1]:
            con.execute(s)
        rel = con.sql(statements[-1])
        return rel.columns, rel.fetchall()
    finally:
        os.chdir(old)


def test_tcp_bytes_per_process_equal_netmon(dataset_dir):
    columns, rows = run_query(dataset_dir, "tcp_bytes_per_process")
    assert columns == ["pid", "tcp_sent", "tcp_received", "events"]
    got = {pid: (sent or 0, received or 0) for pid, sent, received, _ in rows}
    want = {}
    for trace in DATASET_TRACES:
        report = etw_json_lines("netmon", "--json", str(corpus() / "etl" / trace))[0]
        for p in report["processes"]:
            tcp = p["tcp"]
            if tcp["sent_bytes"] or tcp["received_bytes"]:
                sent, received = want.get(p["pid"], (0, 0))
                want[p["pid"]] = (sent + tcp["sent_bytes"], received + tcp["received_bytes"])
    assert want, "the dataset has TCP traffic"
    assert {pid: v for pid, v in got.items() if v != (0, 0)} == want


def test_events_per_provider_equal_stats(dataset_dir):
    columns, rows = run_query(dataset_dir, "events_per_provider_per_second")
    assert columns == ["provider", "second", "events"]
    per_provider = Counter()
    for provider, _second, events in rows:
        per_provider[provider] += events
    want = Counter()
    total = 0
    for trace in DATASET_TRACES:
        stats = etw_json_lines("stats", "--json", str(corpus() / "etl" / trace))[0]
        total += stats["records"]["total"]
        for p in stats["providers"]:
            want[p["name"] or p["guid"]] += p["events"]
    assert sum(per_provider.values()) == total
    # Kernel events: stats counts them by kernel group, the events table under their schema's provider name
    # (MSNT_SystemTrace); the total above covers them.
    for provider, events in want.items():
        if provider != "MSNT_SystemTrace":
            assert per_provider[provider] == events, provider


def test_process_starts_equal_dump(dataset_dir):
    columns, rows = run_query(dataset_dir, "process_starts")
    assert columns == ["time", "pid", "parent", "image", "command_line"]
    want = []
    for trace in DATASET_TRACES:
        where = 'event_name == "Process/Start"'
        # Exit status 1: nothing matched in that trace.
        for e in etw_json_lines("dump", "--where", where, str(corpus() / "etl" / trace), ok=(0, 1)):
            p = e["properties"]
            want.append((e["timestamp"], p["ProcessId"], p["ParentId"], p["ImageFileName"], p["CommandLine"]))
    assert want, "the dataset has process starts"
    got = [(t.strftime("%Y-%m-%dT%H:%M:%S.%f"), pid, parent, image, cmd) for t, pid, parent, image, cmd in rows]
    # Microseconds as Python shows them: the dump's 100 ns times cut to the same precision.
    want = sorted((t[:26], pid, parent, image, cmd) for t, pid, parent, image, cmd in want)
    assert got == want


def test_readme_shows_the_queries():
    readme = (REPO / "README.md").read_text()
    for q in sorted(QUERIES.glob("*.sql")):
        body = q.read_text().strip()
        assert body in readme, f"README.md does not show {q.name} as it is"
