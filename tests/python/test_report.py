"""`etw report` and `etw convert --format chrome-trace` on corpus traces: the report's numbers (read from the
page's embedded data) equal what `etw stats` and `etw netmon` say; a real headless browser draws every chart
without a console error; damaged and empty traces get reports that say so; the Chrome trace is valid JSON with
ordered tracks and balanced slices."""

import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import corpus, etw, etw_json_lines

# A kernel trace with processes, threads, sampled profile and TcpIp/UdpIp events, and a Kernel-Network trace.
KERNEL_TRACE = "perfview/net.4.5.2.x64.etl"
NETWORK_TRACE = "tx/KernelNetwork.etl"
BROWSER_TRACES = [KERNEL_TRACE, NETWORK_TRACE]


def trace(rel: str) -> str:
    return str(corpus() / "etl" / rel)


def report_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="etw-data">(.*?)</script>', page, re.S)
    assert m, "the page embeds its data"
    return json.loads(m.group(1))


def make_report(tmp_path: Path, *traces: str, name="report.html", ok=(0,)) -> tuple[Path, dict]:
    out = tmp_path / name
    etw("report", "--quiet", *traces, "-o", str(out), ok=ok)
    return out, report_data(out.read_text())


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The report of the two browser traces together."""
    return make_report(tmp_path_factory.mktemp("report"), *(trace(t) for t in BROWSER_TRACES))


def test_events_per_provider_equal_stats(both):
    _, data = both
    want = Counter()
    total = 0
    for rel in BROWSER_TRACES:
        stats = etw_json_lines("stats", "--json", trace(rel))[0]
        total += stats["records"]["total"]
        for p in stats["providers"]:
            want[p["guid"]] += p["events"]
        for g in stats["kernel_groups"]:
            want[f"kernel group {g['group']}"] += g["events"]
    got = Counter({p["guid"]: p["events"] for p in data["providers"]})
    assert got == want
    assert data["summary"]["events"] == total
    # The events-over-time series add up to every event but the session's own header records.
    assert sum(s["total"] for s in data["events_over_time"]) == total - want["kernel group 0"]
    assert all(len(s["values"]) == data["time"]["bins"] for s in data["events_over_time"])
    # The event id table covers every event.
    assert sum(r["events"] for r in data["event_types"]) == total


def test_bytes_per_process_equal_netmon(both):
    _, data = both
    netmon = etw_json_lines("netmon", "--json", *(trace(t) for t in BROWSER_TRACES))[0]
    want = {}
    for p in netmon["processes"]:
        sent = p["tcp"]["sent_bytes"] + p["udp"]["sent_bytes"]
        received = p["tcp"]["received_bytes"] + p["udp"]["received_bytes"]
        want[p["pid"]] = (sent, received)
    assert want, "the traces have network traffic"
    net = data["network"]
    assert {p["pid"]: (p["sent_bytes"], p["received_bytes"]) for p in net["processes"]} == want
    rows = {p["pid"]: (p["sent_bytes"], p["received_bytes"]) for p in data["processes"]}
    assert {pid: rows[pid] for pid in want} == want
    assert (net["sent_bytes"], net["received_bytes"]) == (
        netmon["totals"]["sent_bytes"], netmon["totals"]["received_bytes"])
    # Bytes over time add up to the totals.
    assert (sum(net["sent"]), sum(net["received"])) == (net["sent_bytes"], net["received_bytes"])


def test_processes_cpu_and_size(both):
    path, data = both
    procs = {p["pid"]: p for p in data["processes"]}
    # net.4.5.2.x64.etl: the test program started and ended inside the trace, with its command line.
    test = [p for p in procs.values() if p["image"] == "Test.x64.exe"]
    assert len(test) == 1 and test[0]["start_ms"] < test[0]["end_ms"] and test[0]["command_line"]
    assert data["cpu"]["source"] == "sampled profile"
    samples = sum(s["total"] for s in data["cpu"]["series"])
    # Every sample but the idle thread's lands in the chart: PerfInfo type 46 events of the trace, less thread 0.
    stats = etw_json_lines("stats", "--json", trace(KERNEL_TRACE))[0]
    perfinfo = next(g for g in stats["kernel_groups"] if g["name"] == "PerfInfo")
    profile = next(t["count"] for t in perfinfo["types"] if t["key"] == 46)
    assert 0 < samples <= profile
    assert path.stat().st_size < 5 * 1024 * 1024


def chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        subprocess.run([path, "--version"], capture_output=True, check=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path}: no working chromium (scripts/setup-chromium.sh installs it)")
        pytest.skip("chromium is not installed (scripts/setup-chromium.sh installs it)")
    return path


def load_in_browser(page: Path) -> tuple[str, list[str]]:
    """Loads `page` in headless chromium; its final DOM, and the console lines of the browser's log."""
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    return run.stdout, console


class Dom(html.parser.HTMLParser):
    """The figures of the dumped DOM with what each holds, and the body's attributes."""

    def __init__(self):
        super().__init__()
        self.body = {}
        self.figures = {}
        self.current = None
        self.depth = 0
        self.ids = set()
        self.tables = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if "data-table" in a:
            self.tables.add(a["data-table"])
        if tag == "body":
            self.body = a
        if tag == "figure" and "data-chart" in a:
            self.current = self.figures.setdefault(a["data-chart"], {"attrs": a, "tags": Counter()})
            self.depth = 0
        if self.current is not None:
            self.current["tags"][tag] += 1
            if tag == "figure":
                self.depth += 1

    def handle_endtag(self, tag):
        if self.current is not None and tag == "figure":
            self.depth -= 1
            if self.depth == 0:
                self.current = None


def expected_charts(data: dict) -> set[str]:
    charts = set()
    if not data["nothing_to_show"] or data["summary"]["content_events"]:
        charts.add("events-over-time")
    if not data["nothing_to_show"]:
        if any(p["start_ms"] is not None or p["end_ms"] is not None or p["rundown"] or p["image"]
               for p in data["processes"]):
            charts.add("process-timeline")
        if data["network"]:
            charts |= {"network-over-time", "network-endpoints"}
        if data["cpu"]:
            charts.add("cpu-over-time")
    return charts


def check_page(page: Path) -> tuple[Dom, dict]:
    dom_text, console = load_in_browser(page)
    assert console == [], "console messages:\n" + "\n".join(console)
    dom = Dom()
    dom.feed(dom_text)
    assert json.loads(dom.body.get("data-errors", "missing")) == []
    data = report_data(page.read_text())
    want = expected_charts(data)
    assert set(dom.body["data-rendered"].split()) == want
    for name in want:
        fig = dom.figures[name]
        assert fig["attrs"].get("data-rendered") == "true", name
        shapes = fig["tags"]["path"] + fig["tags"]["rect"]
        assert fig["tags"]["svg"] == 1 and shapes > 0 and fig["tags"]["text"] > 0, (name, fig["tags"])
    return dom, data


def test_browser_draws_the_report_of_two_traces(both):
    page, data = both
    dom, _ = check_page(page)
    assert len(data["files"]) == 2 and "files" in dom.tables
    assert {"network", "cpu", "processes"} <= dom.ids


@pytest.mark.parametrize("rel", BROWSER_TRACES)
def test_browser_draws_every_chart(tmp_path, rel):
    page, data = make_report(tmp_path, trace(rel))
    dom, _ = check_page(page)
    assert data["nothing_to_show"] is None
    assert {"summary", "events", "processes", "providers", "damage", "no-damage"} <= dom.ids
    if rel == NETWORK_TRACE:
        assert "network" in dom.ids and data["cpu"] is None
    else:
        assert {"network", "cpu"} <= dom.ids


def test_damaged_trace_lists_each_damaged_place(tmp_path):
    full = Path(trace(NETWORK_TRACE)).read_bytes()
    cut = tmp_path / "cut.etl"
    # Cut in the middle of buffer 10 (buffers are 8 KiB), as the CLI test of damage does.
    cut.write_bytes(full[: 10 * 8192 + 3000])
    page, data = make_report(tmp_path, str(cut), ok=(2,))
    stats = etw_json_lines("stats", "--json", str(cut), ok=(2,))[0]
    assert stats["damage"], "the cut trace is damaged"
    assert [p["what"] for p in data["damage"]["places"]] == stats["damage"]
    assert "buffer 10 at file offset 0x14000" in data["damage"]["places"][0]["what"]
    assert {p["file"] for p in data["damage"]["places"]} == {str(cut)}
    assert data["summary"]["damaged_places"] == data["damage"]["total"] == len(stats["damage"])
    dom, _ = check_page(page)
    assert "damage-list" in dom.ids and "no-damage" not in dom.ids


def test_empty_trace_says_so(tmp_path):
    # Only the logfile header buffer: no events but the header record.
    empty = tmp_path / "empty.etl"
    empty.write_bytes(Path(trace(NETWORK_TRACE)).read_bytes()[:8192])
    page, data = make_report(tmp_path, str(empty))
    assert data["nothing_to_show"] and "no events" in data["nothing_to_show"]
    assert data["events_over_time"] == [] and data["network"] is None and data["cpu"] is None
    dom, _ = check_page(page)
    assert "nothing-to-show" in dom.ids
    assert dom.body["data-rendered"] == ""


def test_undecodable_trace_says_so(tmp_path):
    # HTTP_Server.etl's provider has no built-in schema (its manifest is in the corpus, not given here).
    page, data = make_report(tmp_path, trace("tx/HTTP_Server.etl"))
    assert data["nothing_to_show"] and "could be decoded" in data["nothing_to_show"]
    assert data["summary"]["decoded"] <= 1
    assert all(r["status"] == "not decoded" for r in data["event_types"] if not r["provider"].startswith("kernel"))
    check_page(page)


def test_chrome_trace_is_valid_ordered_and_balanced(tmp_path):
    out = tmp_path / "trace.json"
    etw("convert", "--quiet", "--format", "chrome-trace", trace(KERNEL_TRACE), trace(NETWORK_TRACE), "-o", str(out))
    doc = json.loads(out.read_text())
    events = doc["traceEvents"]
    phases = Counter(e["ph"] for e in events)
    assert phases["i"] > 100_000 and phases["B"] > 0 and phases["C"] > 0 and phases["M"] > 0
    stats_total = sum(etw_json_lines("stats", "--json", trace(t))[0]["records"]["total"]
                      for t in (KERNEL_TRACE, NETWORK_TRACE))
    # Every event is an instant, a slice's B or a slice's E; the E events the converter adds itself (a stop on
    # another thread, no stop at all) say why in args.closed.
    added = sum(1 for e in events if e["ph"] == "E" and "closed" in e.get("args", {}))
    assert phases["i"] + phases["B"] + phases["E"] - added == stats_total
    last = {}
    stacks = defaultdict(int)
    for e in events:
        if e["ph"] == "M":
            continue
        track = (e["pid"], e.get("tid")) if e["ph"] != "C" else (e["pid"], "counter")
        assert e["ts"] >= last.get(track, float("-inf")), (track, e)
        last[track] = e["ts"]
        if e["ph"] == "B":
            stacks[track] += 1
        elif e["ph"] == "E":
            stacks[track] -= 1
            assert stacks[track] >= 0, track
    assert all(v == 0 for v in stacks.values())
    names = {e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "process_name"}
    assert "Test.x64.exe" in names
