#!/usr/bin/env python3
"""Whole-process benchmarks of the `etw` binary on the largest real traces of the shared corpus.

Usage: python3 scripts/bench.py [--runs N] [--corpus DIR] [--out docs/BENCHMARKS.md]

Builds `etw` in release mode, then runs each command N times (output to /dev/null) and reports the fastest and
median wall time, throughput in MB/s of input file bytes, and the peak resident memory of the process.
Timings are of whole processes, start-up included, read from the page cache (a first untimed run warms it).
"""
import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = [
    # (label, corpus-relative files, compressed?)
    ("TraceLoggingTester.etl (WPR kernel+user, 1 MiB buffers)", ["etwanalyzer/TraceLoggingTester.etl"]),
    ("net.4.5.x86.PerfViewData.etl (PerfView kernel+CLR)", ["perfview/net.4.5.x86.PerfViewData.etl"]),
    ("diaghub.user_paged.1.etl (TraceLogging, stacks)", ["perfview/diaghub.user_paged.1.etl"]),
    ("net.4.5.2.x64.etl (LZXpress-compressed, relogged)", ["perfview/net.4.5.2.x64.etl"]),
    ("whole corpus (36 readable files)", None),
]

COMMANDS = [
    ("stats --no-decode", ["stats", "--no-decode"]),
    ("stats (with decode coverage)", ["stats"]),
    ("dump --raw (time order)", ["dump", "--raw"]),
    ("dump --raw --order file", ["dump", "--raw", "--order", "file"]),
    ("dump (decoded, time order)", ["dump"]),
]


def all_files(corpus):
    out = []
    for d, _, names in os.walk(os.path.join(corpus, "etl")):
        for n in names:
            if n.endswith(".etl") and "CORRUPT" not in n:
                out.append(os.path.join(d, n))
    return sorted(out)


def run_once(cmd):
    """Wall time and peak RSS (KiB) of one run of cmd."""
    with open(os.devnull, "wb") as devnull:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.PIPE)
        _, err = p.communicate()
        wall = time.perf_counter() - start
    if p.returncode not in (0,):
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return wall


def peak_rss_kib(cmd):
    """Peak RSS of the command alone. A child forked from Python inherits Python's resident pages until exec,
    and ru_maxrss counts them, so measure through GNU time (a small C program) when it is installed."""
    if os.path.exists("/usr/bin/time"):
        with open(os.devnull, "wb") as devnull:
            r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=devnull, stderr=subprocess.PIPE, check=True)
        return int(r.stderr.decode().strip().splitlines()[-1])
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(cmd, stdout=devnull, stderr=devnull)
        _, _, usage = os.wait4(p.pid, 0)
    return usage.ru_maxrss  # an upper bound: includes the forked Python's pages


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
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--out", default=None, help="write the markdown table here as well")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "-q", "-p", "etw-cli"], cwd=ROOT, check=True)
    etw = os.path.join(ROOT, "target", "release", "etw")
    rows = []
    for label, rel in CASES:
        files = all_files(a.corpus) if rel is None else [os.path.join(a.corpus, "etl", r) for r in rel]
        size = sum(os.path.getsize(f) for f in files)
        out = subprocess.run([etw, "stats", "--json", "--no-decode", "--quiet"] + files, capture_output=True, text=True)
        events = sum(json.loads(l)["records"]["total"] for l in out.stdout.splitlines() if l.strip())
        for cname, args in COMMANDS:
            cmd = [etw] + args + ["--quiet"] + files
            run_once(cmd)  # warm the page cache
            times = [run_once(cmd) for _ in range(a.runs)]
            rss = peak_rss_kib(cmd)
            best, med = min(times), statistics.median(times)
            rows.append((label, cname, size, best, med, size / 1e6 / best, events / best / 1e6, rss / 1024))
            print(f"{label:55} {cname:30} {size/1e6:7.1f} MB  best {best*1000:7.1f} ms  median {med*1000:7.1f} ms"
                  f"  {size/1e6/best:7.0f} MB/s  {events/best/1e6:5.2f} M events/s  peak RSS {rss/1024:6.1f} MiB",
                  flush=True)

    lines = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}.",
        f"Command: `python3 scripts/bench.py --runs {a.runs}` (whole `etw` processes, output to /dev/null, "
        "page cache warm; MB/s = input file bytes / best wall time).",
        "",
        "| input | command | MB | best ms | median ms | MB/s | M events/s | peak RSS MiB |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, cname, size, best, med, mbs, evs, rss in rows:
        lines.append(
            f"| {label} | `etw {cname}` | {size/1e6:.1f} | {best*1000:.1f} | {med*1000:.1f} | {mbs:.0f} | {evs:.2f} | {rss:.1f} |"
        )
    text = "\n".join(lines) + "\n"
    print()
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
