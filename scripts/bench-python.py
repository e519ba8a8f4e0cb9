#!/usr/bin/env python3
"""What the Python package's throughput is measured with (docs/BENCHMARKS.md, "Python and Spark").

    python scripts/bench-python.py read_arrow FILE [THREADS]   the events table as Arrow batches, every batch touched
    python scripts/bench-python.py read FILE [THREADS]         events as dicts
    python scripts/bench-python.py dissect FILE                dissect.etl (in its own venv), every record's event parsed

Each prints the events it read; time the whole process (e.g. `/usr/bin/time -v`) beside `etw convert FILE -o DIR
--threads N`.
"""

import sys


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    n = 0
    if mode == "read_arrow":
        import etwkit

        for batch in etwkit.read_arrow(path, threads=threads, order="file", store=False):
            n += batch.num_rows
    elif mode == "read":
        import etwkit

        for _ in etwkit.read(path, threads=threads, order="file", store=False):
            n += 1
    elif mode == "dissect":
        from dissect.etl import ETL

        failed = 0
        with open(path, "rb") as fh:
            try:
                for record in ETL(fh):
                    # The record's event: dissect parses its header and payload structure here. (Its
                    # event_values() fails with dissect.cstruct 4 for every event, so it is not called.)
                    try:
                        record.event.provider_name
                        n += 1
                    except Exception:
                        failed += 1
            except Exception as e:  # the walk itself stopped
                print(f"walk stopped after {n + failed} records: {type(e).__name__}: {e}", file=sys.stderr)
        print(f"{failed} records whose event did not parse", file=sys.stderr)
    else:
        raise SystemExit(__doc__)
    print(n)


if __name__ == "__main__":
    main()
