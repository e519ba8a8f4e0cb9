"""The `etl` Spark data source in local mode: events per provider equal `etw stats`, per-process bytes equal
`etw netmon`, split files give the rows of whole files, typed tables, and damage is logged, not lost."""

from __future__ import annotations

import collections
import json
import os
import sys

import pytest

from conftest import corpus, damaged_copy, etw

pyspark = pytest.importorskip("pyspark") if os.environ.get("CI") != "true" else __import__("pyspark")
from pyspark.sql import SparkSession, functions as F  # noqa: E402

import etwkit.spark  # noqa: E402

KERNEL_NETWORK = "Microsoft-Windows-Kernel-Network"
TRACES = ["tx/KernelNetwork.etl", "perfview/net.4.5.2.x64.etl", "krabsetw/powershell.etl", "tx/HTTP_Server.etl"]


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("etwkit-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "1g")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    etwkit.spark.register(session)
    yield session
    session.stop()


def paths() -> list[str]:
    return [str(corpus() / "etl" / t) for t in TRACES]


def test_events_per_provider_equal_etw_stats(spark):
    df = spark.read.format("etl").option("splitSize", str(1 << 20)).load(paths())
    got = {(r["provider_guid"], r["n"]) for r in
           df.groupBy("provider_guid").agg(F.count(F.lit(1)).alias("n")).collect()}
    expected = collections.Counter()
    for p in paths():
        stats = json.loads(etw("stats", "--json", p).splitlines()[0])
        for prov in stats["providers"]:
            expected[prov["guid"]] += prov["events"]
    assert {(g, n) for g, n in got if expected.get(g)} == {(g, n) for g, n in expected.items() if n}
    # Rows of no named provider (kernel events by group, classic headers) are the rest of `records.total`.
    total = sum(json.loads(etw("stats", "--json", p).splitlines()[0])["records"]["total"] for p in paths())
    assert df.count() == total
    assert sum(n for _, n in got) == total


def test_split_files_give_the_rows_of_whole_files(spark):
    p = str(corpus() / "etl" / "perfview" / "net.4.5.2.x64.etl")
    split = spark.read.format("etl").option("splitSize", str(512 << 10)).load(p)
    assert split.rdd.getNumPartitions() >= 8
    whole = spark.read.format("etl").load(p)
    cols = ["file", "record_index", "id", "pid", "properties"]
    assert split.select(cols).exceptAll(whole.select(cols)).count() == 0
    assert split.count() == whole.count()
    assert split.select("record_index").distinct().count() == whole.count()


def test_per_process_bytes_equal_etw_netmon(spark):
    p = str(corpus() / "etl" / "tx" / "KernelNetwork.etl")
    df = spark.read.format("etl").load(p).where(F.col("provider_name") == KERNEL_NETWORK)
    sends, receives = [10, 26, 42, 58], [11, 27, 43, 59, 18, 34]
    size = F.get_json_object("properties", "$.size").cast("long")
    pid = F.get_json_object("properties", "$.PID").cast("long")
    rows = (df.withColumn("pid_", pid).groupBy("pid_")
            .agg(F.sum(F.when(F.col("id").isin(sends), size).otherwise(0)).alias("sent"),
                 F.sum(F.when(F.col("id").isin(receives), size).otherwise(0)).alias("received"))
            .collect())
    got = {r["pid_"]: (r["sent"], r["received"]) for r in rows if r["sent"] or r["received"]}
    netmon = json.loads(etw("netmon", "--json", p))
    expected = {
        proc["pid"]: (proc["tcp"]["sent_bytes"] + proc["udp"]["sent_bytes"],
                      proc["tcp"]["received_bytes"] + proc["udp"]["received_bytes"])
        for proc in netmon["processes"]
        if proc["tcp"]["sent_bytes"] + proc["udp"]["sent_bytes"] + proc["tcp"]["received_bytes"]
        + proc["udp"]["received_bytes"]
    }
    assert got == expected and len(expected) >= 2


def test_typed_table(spark):
    p = str(corpus() / "etl" / "tx" / "KernelNetwork.etl")
    df = spark.read.format("etl").option("event", f"{KERNEL_NETWORK}:10").load(p)
    assert {"_timestamp", "_pid", "_record_index", "PID", "size", "daddr", "dport"} <= set(df.columns)
    sent = {r["PID"]: r["s"] for r in df.groupBy("PID").agg(F.sum("size").alias("s")).collect()}
    ipv4 = collections.Counter()
    for e in etwkit.read(p, where=f'provider == "{KERNEL_NETWORK}" && id == 10'):
        ipv4[e["properties"]["PID"]] += e["properties"]["size"]
    assert sent == dict(ipv4)


def test_damaged_file_is_read_and_its_damage_logged(spark, tmp_path, caplog):
    damaged = damaged_copy(tmp_path)
    expected = len(etw("dump", str(damaged), ok=(2,)).splitlines())
    assert spark.read.format("etl").load(str(damaged)).count() == expected
    # What a task does, run here so that its log can be read: each damaged place is logged as an error by the
    # task whose byte range holds it (on a cluster, in that executor's log).
    source = etwkit.spark.EtlDataSource({"path": str(damaged), "splitSize": str(1 << 20)})
    reader = source.reader(source.schema())
    with caplog.at_level("ERROR", logger="etwkit.spark"):
        rows = sum(b.num_rows for part in reader.partitions() for b in reader.read(part))
    assert rows == expected
    logged = [r.getMessage() for r in caplog.records if r.name == "etwkit.spark"]
    cli_damage = [l for l in etw("dump", str(damaged), ok=(2,), stderr=True).splitlines()
                  if l.startswith("etw: warning:")]
    assert logged and len(logged) == len(cli_damage)
    assert all("etwkit: damaged trace, skipped: " + str(damaged) in m for m in logged)
    with pytest.raises(Exception, match="buffer"):
        spark.read.format("etl").option("errors", "fail").load(str(damaged)).count()


def test_bad_options_are_clear_errors(spark, tmp_path):
    with pytest.raises(Exception, match="PROVIDER:ID_OR_NAME"):
        spark.read.format("etl").option("event", "nonsense").load(paths()[0]).schema
    with pytest.raises(Exception, match="No such file|no file matches"):
        spark.read.format("etl").load(str(tmp_path / "missing.etl")).schema
