"""The Python package against the CLI: `etwkit.read` gives what `etw dump` prints, `read_arrow` what `etw convert`
writes, krabsetw's model reproduces the Kernel-Network PID example, and bad input raises or warns as documented."""

from __future__ import annotations

import ast
import collections
import json
import subprocess
import urllib.parse
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import etwkit
from etwkit import predicates as P

from conftest import REPO, corpus, damaged_copy, etw, etw_json_lines

KERNEL_NETWORK = "Microsoft-Windows-Kernel-Network"


def corpus_traces(max_bytes: int = 12 << 20) -> list[Path]:
    """Every corpus trace up to max_bytes (the larger ones are read by the throughput benchmark instead)."""
    files = sorted((corpus() / "etl").rglob("*.etl"))
    assert files, "no .etl file in the corpus"
    return [f for f in files if f.stat().st_size <= max_bytes]


def damage_lines(stderr_lines: list[str]) -> list[str]:
    return [l for l in stderr_lines if l.startswith("etw: warning: ")]


def test_read_equals_dump_for_every_corpus_trace():
    checked = 0
    for f in corpus_traces():
        run = subprocess.run([str(REPO / "target" / "debug" / "etw"), "dump", str(f)], capture_output=True, text=True)
        if "not a readable ETL file" in run.stderr:
            # A corpus sample damaged in its first buffer: the same refusal, as the documented exception.
            with pytest.raises(etwkit.EtlError, match="logfile header"):
                etwkit.read(f)
            continue
        assert run.returncode in (0, 2), run.stderr
        expected = [json.loads(l) for l in run.stdout.splitlines()]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            events = etwkit.read(f, threads=2)
            got = list(events)
        assert len(got) == len(expected), f.name
        for i, (a, b) in enumerate(zip(got, expected)):
            assert a == b, f"{f.name}: event {i} differs:\n{a}\n{b}"
        assert events.summary is not None and events.summary["events_selected"] == len(got)
        damage = [w.message for w in caught if isinstance(w.message, etwkit.DamageWarning)]
        assert len(damage) == events.summary["damaged_places"], f.name
        checked += 1
    assert checked >= 20


def test_read_where_and_file_order_equal_dump():
    f = corpus() / "etl" / "tx" / "KernelNetwork.etl"
    where = f'provider == "{KERNEL_NETWORK}" && id == 10 && size > 100'
    expected = etw_json_lines("dump", str(f), "--where", where, "--order", "file")
    got = list(etwkit.read(f, where=where, order="file"))
    assert got == expected and len(got) > 10


def test_read_arrow_equals_convert_events_table(tmp_path):
    traces = [corpus() / "etl" / "tx" / "KernelNetwork.etl", corpus() / "etl" / "perfview" / "net.4.5.2.x64.etl"]
    etw("convert", *map(str, traces), "-o", str(tmp_path / "ds"), "--quiet")
    parquet = pq.read_table(tmp_path / "ds" / "events")
    reader = etwkit.read_arrow(traces)
    assert isinstance(reader, pa.RecordBatchReader)
    table = reader.read_all()
    assert table.schema == parquet.schema.remove_metadata()
    assert table.num_rows == parquet.num_rows > 100_000
    assert table.equals(parquet.cast(table.schema))
    # And against dump, field by field, for the events dump prints.
    dumped = etw_json_lines("dump", *map(str, traces))
    rows = table.to_pylist()
    for row, d in zip(rows, dumped):
        assert row["id"] == d["id"] and row["pid"] == d["pid"] and row["provider_guid"] == d["provider"]["guid"]
        assert row["timestamp"].isoformat().startswith(d["timestamp"][:19])
        props = None if row["properties"] is None else json.loads(row["properties"])
        assert props == d.get("properties")


def test_read_arrow_typed_table_equals_convert(tmp_path):
    f = corpus() / "etl" / "tx" / "KernelNetwork.etl"
    etw("convert", str(f), "-o", str(tmp_path / "ds"), "--quiet")
    typed_dirs = list((tmp_path / "ds" / "typed").glob(f"provider={KERNEL_NETWORK}/event=*/v=*"))
    # Event 10 by id and by name give the same table; its directory is named after the event.
    table = etwkit.read_arrow(f, event=(KERNEL_NETWORK, 10)).read_all()
    matching = [d for d in typed_dirs if pq.read_table(d).num_rows == table.num_rows
                and pq.read_table(d).column("_record_index").equals(table.column("_record_index"))]
    assert len(matching) == 1, typed_dirs
    parquet = pq.read_table(matching[0])
    assert table.equals(parquet.cast(table.schema))
    assert set(table.column("PID").to_pylist()) == {2716}
    name = urllib.parse.unquote(matching[0].parent.name.split("=", 1)[1])
    if not name.isdigit():
        by_name = etwkit.read_arrow(f, event=(KERNEL_NETWORK, name)).read_all()
        assert by_name.equals(table)
    # pandas from there.
    assert len(table.to_pandas()) == table.num_rows
    with pytest.raises(etwkit.EventNotFound):
        etwkit.read_arrow(f, event=(KERNEL_NETWORK, 4242))


def test_kernel_network_pid_example_equals_netmon():
    """krabsetw's flagship example: Kernel-Network, keyword 0x10, event 10 (TCP send over IPv4), the PID."""
    f = corpus() / "etl" / "tx" / "KernelNetwork.etl"
    sent = collections.Counter()

    def on_send(event: etwkit.Event, parser: etwkit.Parser) -> None:
        assert event.id == 10 and event.provider_name == KERNEL_NETWORK
        sent[parser.parse("PID")] += parser.parse("size", int)

    trace = etwkit.FileTrace(f)
    provider = etwkit.Provider.by_name(KERNEL_NETWORK).any(0x10)
    provider.add_filter(etwkit.EventFilter(P.id_is(10)).on_event(on_send))
    trace.enable(provider)
    stats = trace.start()
    assert stats["events_handled"] == sum(1 for _ in etwkit.read(f, where=f'provider == "{KERNEL_NETWORK}" && id == 10'))
    netmon = json.loads(etw("netmon", "--json", str(f)))
    # netmon's TCP sent bytes per process include IPv6 (event 26); the example watches IPv4 sends (event 10).
    ipv4_sends = collections.Counter()
    for e in etw_json_lines("dump", str(f), "--where", f'provider == "{KERNEL_NETWORK}" && id == 10'):
        ipv4_sends[e["properties"]["PID"]] += e["properties"]["size"]
    assert sent == ipv4_sends and sent
    assert sum(sent.values()) <= netmon["totals"]["sent_bytes"]


def test_predicates_and_callbacks():
    f = corpus() / "etl" / "tx" / "KernelNetwork.etl"
    seen = []
    default = []
    errors = []
    trace = etwkit.FileTrace(f, order="file")
    big = P.property_gt("size", 1000) & P.any_of(P.id_is(11), P.id_is(27))
    trace.enable(etwkit.Provider(KERNEL_NETWORK).add_filter(etwkit.EventFilter(big).on_event(
        lambda e, p: seen.append((e.id, p.parse("size"), p.try_parse("nope", -1))))))
    trace.on_default_event(lambda e, p: default.append(e.id))
    trace.on_error(errors.append)
    trace.start()
    expected = etw_json_lines("dump", str(f), "--order", "file", "--where",
                              f'provider == "{KERNEL_NETWORK}" && size > 1000 && (id == 11 || id == 27)')
    assert seen == [(e["id"], e["properties"]["size"], -1) for e in expected] and seen
    assert errors == []
    assert repr(big).startswith("(property_gt(")
    with pytest.raises(ValueError):
        P.where("id ==")


def test_callback_exception_stops_the_trace_and_is_raised():
    f = corpus() / "etl" / "tx" / "KernelNetwork.etl"
    calls = []

    def boom(event, parser):
        calls.append(event.id)
        parser.parse("NoSuchProperty")

    trace = etwkit.FileTrace(f)
    trace.enable(etwkit.Provider.by_name(KERNEL_NETWORK).on_event(boom))
    with pytest.raises(etwkit.PropertyError, match="NoSuchProperty.*it has: PID"):
        trace.start()
    assert len(calls) == 1
    with pytest.raises(RuntimeError, match="runs once"):
        trace.start()


def test_stats_equals_cli():
    f = corpus() / "etl" / "perfview" / "net.4.5.2.x64.etl"
    ours = etwkit.stats(f)
    cli = json.loads(etw("stats", "--json", str(f)).splitlines()[0])
    for key in ("records", "providers", "coverage", "damage", "buffers", "events"):
        assert ours[0][key] == cli[key], key


def test_missing_and_unreadable_files_raise(tmp_path):
    with pytest.raises(FileNotFoundError):
        etwkit.read(tmp_path / "missing.etl")
    with pytest.raises(FileNotFoundError):
        etwkit.read(str(tmp_path / "none-*.etl"))
    junk = tmp_path / "junk.etl"
    junk.write_bytes(b"\x00" * 4096)
    with pytest.raises(etwkit.EtlError) as e:
        etwkit.read(junk)
    assert e.value.path == str(junk) and e.value.offset == 0 and "logfile header" in str(e.value)
    with pytest.raises(ValueError, match="where"):
        etwkit.read(corpus() / "etl" / "tx" / "KernelNetwork.etl", where="id = = 3")
    with pytest.raises(ValueError, match="errors"):
        etwkit.read(corpus() / "etl" / "tx" / "KernelNetwork.etl", errors="sometimes")


def test_damage_warns_with_its_place_and_everything_else_is_read(tmp_path):
    f = damaged_copy(tmp_path)
    run = subprocess.run([str(REPO / "target" / "debug" / "etw"), "dump", str(f)],
                                       capture_output=True, text=True)
    assert run.returncode == 2
    expected = [json.loads(l) for l in run.stdout.splitlines()]
    cli_damage = damage_lines(run.stderr.splitlines())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(etwkit.read(f))
    assert got == expected
    damage = [w.message.damage for w in caught if isinstance(w.message, etwkit.DamageWarning)]
    assert damage and len(damage) == len(cli_damage)
    for d, line in zip(damage, cli_damage):
        assert d.path == str(f) and f"{d.buffer_offset:#x}" in line and f"buffer {d.buffer} " in line
    # The same damage from the Arrow reader, and as an exception with errors="raise".
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = etwkit.read_arrow(f).read_all().num_rows
    assert rows == len(expected)
    assert len([w for w in caught if isinstance(w.message, etwkit.DamageWarning)]) == len(damage)
    with pytest.raises(etwkit.DamageError) as e:
        list(etwkit.read(f, errors="raise"))
    assert e.value.damage.buffer_offset == damage[0].buffer_offset and e.value.offset == damage[0].buffer_offset
    with pytest.raises(Exception, match="buffer"):
        etwkit.read_arrow(f, errors="raise").read_all()


def test_byte_ranges_partition_the_events_table():
    f = corpus() / "etl" / "perfview" / "net.4.5.2.x64.etl"
    whole = etwkit.read_arrow(f, order="file").read_all()
    size = f.stat().st_size
    cuts = [0, size // 3, 2 * size // 3, size + 1]
    parts = [etwkit.read_arrow(f, byte_range=(a, b)).read_all() for a, b in zip(cuts, cuts[1:])]
    assert all(p.num_rows for p in parts)
    assert pa.concat_tables(parts).equals(whole)


def test_package_sources_are_python_3_9():
    """The wheel is abi3 for CPython >= 3.9: its Python sources must parse as 3.9."""
    for src in sorted((REPO / "python" / "etwkit").glob("*.py*")):
        ast.parse(src.read_text(), filename=str(src), feature_version=(3, 9))
