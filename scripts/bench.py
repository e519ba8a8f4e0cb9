#!/usr/bin/env python3
"""Whole-process benchmarks of the `etw` binary, its thread scaling, its memory, and two Python peers.

Usage:
  python3 scripts/bench.py [--runs N] [--threads 1,2] [--files REL ...] [--corpus DIR] [--no-throughput]
                           [--memory] [--large PATH] [--large-size 3G] [--peers] [--peer-runs N] [--out FILE.md]
                           [--commands convert,dump] [--ceiling]

Builds `etw` (and `etw-large` for --memory) in release mode, then for each file and command runs the whole
process N times (output to /dev/null, page cache warm: one untimed run first) and reports the MEDIAN wall time,
the median CPU time (user + sys, from the kernel's accounting of the child), MB/s of input file bytes (by the
median wall time), and the peak resident memory (GNU time's %M when /usr/bin/time exists; otherwise wait4's
ru_maxrss, an upper bound). Commands: `dump`, `dump --raw`, `dump --format csv`, `convert` to Parquet (with and
without the typed tables), `convert --format pcapng` (packet captures: `--files demikernel/PktMon.etl
--commands pcapng`), `stats`, `stats --no-decode`, `netmon`, each at every
`--threads` count, and the ratio of the thread counts' wall times (e.g. 2 vs 1).

On a machine shared with other work, wall time grows with the load while CPU time does not much: the script
prints the load average before and after, and both times.

--memory: peak RSS of `etw dump`, `dump --raw`, `stats`, `netmon` with threads 1, 2 and 7 on the largest corpus
file and on a multi-gigabyte synthetic trace written by the test kit (`etw-large`, under target/, never
committed; made once and reused). One run each: memory does not depend on the load.

--peers: makes a throwaway virtual environment under target/bench-peers-venv (reused if present), installs
dissect.etl and etl-parser from PyPI into it, and times them on the same files in the same run, each with a small
driver that walks every event and reads every decoded value (and counts events they fail on); prints the ratio
of their wall time to `etw dump`'s (decoded, one thread). Fails with a clear message if PyPI is unreachable.

--ceiling: what a second core can give at all. For each file and command, rounds of three runs in turn: `-j 1`
alone, two `-j 1` processes started together (they share nothing in software: any slowdown is the machine's, its
cores sharing caches, memory bandwidth or a physical core under virtualisation), and `-j 2` alone. Prints, per
round and as medians, the throughput of the two copies over one (the most a second core gives this work here) and
`-j 2`'s speed-up, and the same for a compute-only control (a Python loop that touches no memory).
"""
import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "target")

DEFAULT_FILES = ["etwanalyzer/TraceLoggingTester.etl", "perfview/net.4.5.x86.PerfViewData.etl"]

# Where `convert` writes while timed (replaced on every run).
CONVERT_OUT = os.path.join(TARGET, "bench", "convert-out")
PCAPNG_OUT = os.path.join(TARGET, "bench", "convert-out.pcapng")

COMMANDS = [
    ("dump", ["dump"]),
    ("dump --raw", ["dump", "--raw"]),
    ("dump --format csv", ["dump", "--format", "csv"]),
    ("convert (Parquet)", ["convert", "--force", "-o", CONVERT_OUT]),
    ("convert --no-typed", ["convert", "--force", "--no-typed", "-o", CONVERT_OUT]),
    ("convert --format pcapng", ["convert", "--format", "pcapng", "-o", PCAPNG_OUT]),
    ("stats", ["stats"]),
    ("stats --no-decode", ["stats", "--no-decode"]),
    ("netmon", ["netmon"]),
]

MEMORY_COMMANDS = [
    ("dump", ["dump"]),
    ("convert (Parquet)", ["convert", "--force", "-o", CONVERT_OUT]),
    ("dump --raw", ["dump", "--raw"]),
    ("stats", ["stats"]),
    ("netmon", ["netmon"]),
]

PEER_VENV = os.path.join(TARGET, "bench-peers-venv")
PEER_PACKAGES = ["dissect.etl", "etl-parser"]

# Drivers for the peers: walk every event, decode it the way the library offers, and read every value.
# Each prints one JSON object: events seen, events decoded, events the library failed on, values read.
DISSECT_DRIVER = r'''
import json, sys
from dissect.etl.etl import ETL
events = decoded = failed = values = bad_buffers = 0
for path in sys.argv[1:]:
    with open(path, "rb") as fh:
        etl = ETL(fh)
        for i in range(etl.logfile_header.buffers_written):
            try:
                buf = etl.buffer(i)
                records = iter(buf)
            except Exception:
                bad_buffers += 1
                continue
            while True:
                try:
                    rec = next(records)
                except StopIteration:
                    break
                except Exception:
                    bad_buffers += 1
                    break
                events += 1
                try:
                    ev = rec.event
                    for k, v in ev.event_values().items():
                        values += 1
                    if ev._struct is not None:
                        decoded += 1
                except Exception:
                    failed += 1
print(json.dumps({"events": events, "decoded": decoded, "failed": failed, "values": values,
                  "unreadable_buffers": bad_buffers}))
'''

ETLPARSER_DRIVER = r'''
import json, sys
from etl.etl import build_from_stream, ChunkParser
from etl.event import Event
from etl.system import System
from etl.perf import PerfInfo
from etl.wintrace import WinTrace
from etl import error
NO_PARSER = (error.GroupNotFound, error.VersionNotFound, error.EventTypeNotFound, error.GuidNotFound,
             error.EventIdNotFound, error.EtwVersionNotFound, error.TlMetaDataNotFound)
events = decoded = no_parser = failed = values = bad_chunks = 0

def touch(obj):
    global values
    src = getattr(obj, "source", obj)
    if isinstance(src, dict):
        for k, v in src.items():
            values += 1

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = f.read()
    etl_file = build_from_stream(data)
    for chunk in etl_file.chunks:
        try:
            records = ChunkParser.parse(chunk.payload)
        except Exception:
            bad_chunks += 1
            continue
        for r in records:
            events += 1
            try:
                t, v = r.type, r.value
                if t == "EventRecord":
                    e = Event(v)
                    tl = v.extended_data is not None and any(x.ext_type == 11 for x in v.extended_data)
                    touch(e.parse_tracelogging() if tl else e.parse_etw())
                elif t == "SystemTraceRecord":
                    touch(System(v).get_mof())
                elif t == "PerfInfoTraceRecord":
                    touch(PerfInfo(v).get_mof())
                elif t == "WinTraceRecord":
                    touch(WinTrace(v).parse_etw())
                else:
                    no_parser += 1
                    continue
                decoded += 1
            except NO_PARSER:
                no_parser += 1
            except Exception:
                failed += 1
print(json.dumps({"events": events, "decoded": decoded, "no_parser": no_parser, "failed": failed,
                  "values": values, "unreadable_chunks": bad_chunks}))
'''


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} logical CPUs, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}"


def run_once(cmd, capture=False):
    """One whole-process run: (wall s, cpu s, peak RSS KiB, stdout or None). Output goes to /dev/null."""
    use_time = os.path.exists("/usr/bin/time")
    rss_file = os.path.join(TARGET, "bench", f".rss.{os.getpid()}")
    full = (["/usr/bin/time", "-o", rss_file, "-f", "%M"] + cmd) if use_time else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(full, stdout=subprocess.PIPE if capture else devnull, stderr=subprocess.PIPE)
        out, err = p.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')[-2000:]}")
    if use_time:
        with open(rss_file) as f:
            rss = int(f.read().strip().splitlines()[-1])
        os.remove(rss_file)
    else:
        rss = after.ru_maxrss  # the largest of any child so far: an upper bound
    return wall, cpu, rss, (out.decode() if capture else None)


def measure(cmd, runs, capture=False):
    """Median wall, median CPU, max peak RSS over `runs` runs after one untimed warm-up run."""
    run_once(cmd, capture)
    res = [run_once(cmd, capture) for _ in range(runs)]
    wall = statistics.median(r[0] for r in res)
    cpu = statistics.median(r[1] for r in res)
    rss = max(r[2] for r in res)
    return wall, cpu, rss, res[-1][3]


def build(*bins):
    args = ["cargo", "build", "--release", "-q"]
    for pkg, b in bins:
        args += ["-p", pkg, "--bin", b]
    subprocess.run(args, cwd=ROOT, check=True)


def count_events(etw, files):
    out = subprocess.run([etw, "stats", "--json", "--no-decode", "--quiet"] + files, capture_output=True, text=True)
    return sum(json.loads(l)["records"]["total"] for l in out.stdout.splitlines() if l.strip())


def md_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return lines


def throughput(etw, files, threads, runs):
    rows, by = [], {}
    for path in files:
        size = os.path.getsize(path)
        events = count_events(etw, [path])
        name = os.path.basename(path)
        for cname, args in COMMANDS:
            for t in threads:
                cmd = [etw] + args + ["--quiet", "--threads", str(t), path]
                wall, cpu, rss, _ = measure(cmd, runs)
                by[(name, cname, t)] = (wall, cpu, rss, None)
                ratio = ""
                if t != threads[0] and (name, cname, threads[0]) in by:
                    ratio = f"{by[(name, cname, threads[0])][0] / wall:.2f}×"
                row = (name, f"`etw {cname} -j {t}`", f"{size/1e6:.1f}", f"{wall*1000:.0f}", f"{cpu*1000:.0f}",
                       f"{size/1e6/wall:.0f}", f"{size/1e6/cpu:.0f}" if cpu > 0 else "-", f"{events/wall/1e6:.2f}",
                       f"{rss/1024:.1f}", ratio)
                rows.append(row)
                print("  ".join(str(c) for c in row), flush=True)
    header = ["file", "command", "MB", "median wall ms", "median CPU ms", "MB/s (wall)", "MB/s (CPU)",
              "M events/s (wall)", "peak RSS MiB", f"× vs -j {threads[0]}"]
    return md_table(header, rows), by


def memory(etw, corpus, large, large_size):
    """One run of each command (memory does not depend on the load; the large file takes minutes)."""
    if not os.path.exists(large):
        build(("etw-testkit", "etw-large"))
        os.makedirs(os.path.dirname(large), exist_ok=True)
        subprocess.run([os.path.join(TARGET, "release", "etw-large"), "--size", large_size, large], check=True)
    files = all_files(corpus)
    largest = max(files, key=os.path.getsize)
    rows = []
    for path in [largest, large]:
        size = os.path.getsize(path)
        for cname, args in MEMORY_COMMANDS:
            for t in (1, 2, 7):
                cmd = [etw] + args + ["--quiet", "--threads", str(t), path]
                wall, cpu, rss, _ = run_once(cmd)
                row = (os.path.basename(path), f"{size/2**20:.0f}", f"`etw {cname} -j {t}`", f"{rss/1024:.1f}",
                       f"{wall:.2f}", f"{cpu:.2f}")
                rows.append(row)
                print("  ".join(str(c) for c in row), flush=True)
    return md_table(["file", "MiB", "command", "peak RSS MiB", "wall s", "CPU s"], rows)


def all_files(corpus):
    out = []
    for d, _, names in os.walk(os.path.join(corpus, "etl")):
        for n in names:
            if n.endswith(".etl") and "CORRUPT" not in n:
                out.append(os.path.join(d, n))
    return sorted(out)


def peers_venv():
    py = os.path.join(PEER_VENV, "bin", "python")
    if not os.path.exists(py):
        print(f"creating {PEER_VENV} ...", flush=True)
        r = subprocess.run([sys.executable, "-m", "venv", PEER_VENV], capture_output=True, text=True)
        if r.returncode != 0:
            shutil.rmtree(PEER_VENV, ignore_errors=True)
            sys.exit("cannot create a virtual environment (on Debian/Ubuntu: apt-get install python3-venv):\n"
                     + r.stderr)
    r = subprocess.run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check"] + PEER_PACKAGES,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"pip could not install {' '.join(PEER_PACKAGES)} into {PEER_VENV} (is PyPI reachable?):\n"
                 + r.stderr[-3000:])
    versions = subprocess.run([py, "-m", "pip", "list", "--format", "json"], capture_output=True, text=True)
    have = {p["name"].lower(): p["version"] for p in json.loads(versions.stdout)}
    return py, {n: have.get(n.lower().replace("_", "-"), have.get(n.lower(), "?")) for n in PEER_PACKAGES}


def peers(etw, files, runs, etw_walls):
    py, versions = peers_venv()
    drivers = os.path.join(TARGET, "bench", "peers")
    os.makedirs(drivers, exist_ok=True)
    scripts = {}
    for name, text in (("dissect.etl", DISSECT_DRIVER), ("etl-parser", ETLPARSER_DRIVER)):
        p = os.path.join(drivers, name.replace(".", "_") + "_driver.py")
        with open(p, "w") as f:
            f.write(text)
        scripts[name] = p
    rows = []
    for path in files:
        name = os.path.basename(path)
        ours, ours_cpu, _, _ = etw_walls.get((name, "dump", 1)) or measure(
            [etw, "dump", "--quiet", "--threads", "1", path], 5)
        for peer, script in scripts.items():
            # The peers take seconds to minutes: `--peer-runs` runs, no warm-up (the file is in the page cache).
            try:
                res = [run_once([py, script, path], capture=True) for _ in range(max(1, runs))]
                wall = statistics.median(r[0] for r in res)
                cpu = statistics.median(r[1] for r in res)
                rss, out = max(r[2] for r in res), res[-1][3]
                facts = json.loads(out.strip().splitlines()[-1])
            except SystemExit as e:
                print(f"{peer} failed on {name}: {e}", flush=True)
                rows.append((name, f"{peer} {versions[peer]}", "failed", "", "", "", "", "", "", ""))
                continue
            row = (name, f"{peer} {versions[peer]}", f"{wall:.2f}", f"{cpu:.2f}", f"{rss/1024:.0f}",
                   facts.get("events"), facts.get("decoded"), facts.get("failed"), f"{wall/ours:.0f}×",
                   f"{cpu/ours_cpu:.0f}×" if ours_cpu > 0 else "-")
            rows.append(row)
            print("  ".join(str(c) for c in row), f"({json.dumps(facts)}; etw dump -j 1: {ours:.3f} s wall, "
                  f"{ours_cpu:.3f} s CPU)", flush=True)
    return md_table(["file", "peer", "median wall s", "median CPU s", "peak RSS MiB", "events seen",
                     "events decoded", "events failed", "etw dump -j 1 faster (wall)", "(CPU)"], rows)


def timed_together(cmds):
    """Starts every command at once (output to /dev/null); the wall time until the last one ends."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        procs = [subprocess.Popen(c, stdout=devnull, stderr=subprocess.PIPE) for c in cmds]
        for c, p in zip(cmds, procs):
            _, err = p.communicate()
            if p.returncode != 0:
                sys.exit(f"command failed ({p.returncode}): {' '.join(c)}\n{err.decode(errors='replace')[-2000:]}")
    return time.perf_counter() - start


# Compute only: a loop over small integers, nothing in memory beyond the interpreter's own few pages.
CONTROL = [sys.executable, "-c", "s = 0\nfor i in range(2_000_000):\n    s ^= i * 7\n"]


def ceiling(etw, files, runs):
    """Per file and command: two copies of `-j 1` at once against one, and `-j 2` against `-j 1`, in rounds."""
    cases = [("compute-only control", "-", CONTROL, None)]
    for path in files:
        for cname, args in COMMANDS:
            one = [etw] + args + ["--quiet", "--threads", "1", path]
            two = [etw] + args + ["--quiet", "--threads", "2", path]
            cases.append((os.path.basename(path), f"`etw {cname}`", one, two))
    rows = []
    for name, cname, one, two in cases:
        timed_together([one])  # warm-up: page cache, binary
        copies, speedups = [], []
        for _ in range(runs):
            alone = timed_together([one])
            together = timed_together([one, one])
            copies.append(2 * alone / together)
            if two is not None:
                speedups.append(alone / timed_together([two]))
        med_copies = statistics.median(copies)
        row = [name, cname, f"{med_copies:.2f}× ({min(copies):.2f}–{max(copies):.2f})"]
        if speedups:
            med = statistics.median(speedups)
            row += [f"{med:.2f}× ({min(speedups):.2f}–{max(speedups):.2f})", f"{med / med_copies:.0%}"]
        else:
            row += ["-", "-"]
        rows.append(row)
        print("  ".join(row), flush=True)
    header = ["file", "command", "two `-j 1` copies at once, throughput over one (median, range)",
              "`-j 2` over `-j 1` (median, range)", "`-j 2` of the two copies' figure"]
    return md_table(header, rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", default="1,2", help="thread counts to compare, first one is the base")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--files", nargs="*", default=DEFAULT_FILES, help="corpus-relative ETL files")
    ap.add_argument("--memory", action="store_true", help="peak RSS on the largest and a multi-GB file")
    ap.add_argument("--large", default=os.path.join(TARGET, "bench", "large-3G.etl"))
    ap.add_argument("--large-size", default="3G")
    ap.add_argument("--peers", action="store_true", help="time dissect.etl and etl-parser too")
    ap.add_argument("--peer-runs", type=int, default=1, help="runs of each peer on each file (median)")
    ap.add_argument("--ceiling", action="store_true",
                    help="two -j 1 processes at once against one, beside -j 2: what a second core gives at all")
    ap.add_argument("--no-throughput", action="store_true", help="skip the throughput table")
    ap.add_argument("--out", default=None, help="write the markdown tables here as well")
    ap.add_argument("--commands", default=None,
                    help="only the commands whose name contains one of these comma-separated words (e.g. convert,dump)")
    a = ap.parse_args()
    if a.commands:
        words = a.commands.split(",")
        COMMANDS[:] = [c for c in COMMANDS if any(w in c[0] for w in words)]

    threads = [int(t) for t in a.threads.split(",")]
    files = [os.path.join(a.corpus, "etl", f) for f in a.files]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        sys.exit(f"missing input files (set --corpus): {', '.join(missing)}")
    os.makedirs(os.path.join(TARGET, "bench"), exist_ok=True)
    build(("etw-cli", "etw"))
    etw = os.path.join(TARGET, "release", "etw")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    lines = [f"Machine: {machine()}. Commit {commit.stdout.strip()}. Load average at start: {load_average()}.", ""]
    print(lines[0], flush=True)
    walls = {}
    if not a.no_throughput:
        table, walls = throughput(etw, files, threads, a.runs)
        lines += ["### Throughput", ""] + table + [""]
    if a.memory:
        lines += ["### Peak memory", ""] + memory(etw, a.corpus, a.large, a.large_size) + [""]
    if a.ceiling:
        lines += ["### What a second core gives", ""] + ceiling(etw, files, a.runs) + [""]
    if a.peers:
        lines += ["### Peers", ""] + peers(etw, files, a.peer_runs, walls) + [""]
    lines.append(f"Load average at end: {load_average()}.")
    text = "\n".join(lines) + "\n"
    print()
    print(text)
    if a.out:
        tmp = a.out + ".partial"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, a.out)


if __name__ == "__main__":
    main()
