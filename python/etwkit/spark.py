"""The ``etl`` data source for Spark (4.0 or later): ETL files as the ``events`` DataFrame, or one typed table.

.. code-block:: python

    import etwkit.spark
    etwkit.spark.register(spark)
    df = spark.read.format("etl").load("traces/**/*.etl")
    net = (spark.read.format("etl")
           .option("event", "Microsoft-Windows-Kernel-Network:10")   # provider:id_or_name[:version]
           .load("traces/"))

Partitions are files; a file larger than ``splitSize`` (default 128 MiB) is split into runs of buffers (byte
ranges), read by different tasks. The rows are those of ``etw convert``'s Parquet tables, with Spark's types for
what Spark lacks, as Spark's own Parquet reader maps them: unsigned integers widen (uint8 → short, uint16 → int,
uint32 → bigint, uint64 → decimal(20,0)), and timestamps are microseconds (ETW's 100 ns digit is cut; it stays in
the Parquet output and in ``etwkit.read_arrow``).

Options:

- ``manifests``: instrumentation manifests to decode with (files or directories, separated by commas);
- ``store``: a schema store made by ``etw schemas import``, or ``none`` for none (default: the default store);
- ``event``: ``PROVIDER:ID_OR_NAME`` or ``PROVIDER:ID_OR_NAME:VERSION``: that event's typed table; without a
  version, the first matching event's version (the driver reads up to it);
- ``where``: an ``etw dump --where`` expression, applied while reading;
- ``splitSize``: bytes per partition of a large file (default 134217728);
- ``errors``: ``log`` (default: each damaged place is logged as an error by the task that meets it, through the
  ``etwkit.spark`` logger, and reading goes on) or ``fail`` (the task fails at the first damaged place);
- ``threads``: decoding threads per task (default 1: Spark runs a task per core already).

Every executor reads the files by their paths: they must be on a file system that every executor sees (a shared
mount, ``/dbfs/...``), and the ``etwkit`` wheel must be installed on every executor (``spark.archives`` with a
packed virtual environment, ``--py-files`` does not carry native code, or the cluster's library installation).
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from typing import Any, Iterator, List, Optional, Sequence, Tuple

import pyarrow as pa
from pyspark.sql.datasource import DataSource, DataSourceReader, InputPartition
from pyspark.sql import types as T

from . import _expand, _manifests, _native, _on_problem, _store, DamageWarning

__all__ = ["register", "EtlDataSource"]

log = logging.getLogger("etwkit.spark")
if not log.handlers:
    # A task's stderr is the executor's log: damage must show there even where nobody configured logging.
    log.addHandler(logging.StreamHandler())

DEFAULT_SPLIT = 128 << 20


def register(spark: Any) -> None:
    """Registers the ``etl`` format with a SparkSession."""
    spark.dataSource.register(EtlDataSource)


def _spark_type(t: pa.DataType) -> Tuple[T.DataType, pa.DataType]:
    """An Arrow type of etwkit's mapping → (Spark type, the Arrow type Spark takes for it)."""
    if pa.types.is_boolean(t):
        return T.BooleanType(), t
    if pa.types.is_int8(t):
        return T.ByteType(), t
    if pa.types.is_int16(t) or pa.types.is_uint8(t):
        return T.ShortType(), pa.int16()
    if pa.types.is_int32(t) or pa.types.is_uint16(t):
        return T.IntegerType(), pa.int32()
    if pa.types.is_int64(t) or pa.types.is_uint32(t):
        return T.LongType(), pa.int64()
    if pa.types.is_uint64(t):
        return T.DecimalType(20, 0), pa.decimal128(20, 0)
    if pa.types.is_float32(t):
        return T.FloatType(), t
    if pa.types.is_float64(t):
        return T.DoubleType(), t
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return T.StringType(), pa.string()
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return T.BinaryType(), pa.binary()
    if pa.types.is_timestamp(t):
        return T.TimestampType(), pa.timestamp("us", tz="UTC")
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        inner, inner_arrow = _spark_type(t.value_type)
        return T.ArrayType(inner, True), pa.list_(pa.field("item", inner_arrow))
    if pa.types.is_struct(t):
        fields = [t.field(i) for i in range(t.num_fields)]
        converted = [(f.name, *_spark_type(f.type)) for f in fields]
        return (T.StructType([T.StructField(n, st, True) for n, st, _ in converted]),
                pa.struct([pa.field(n, at) for n, _, at in converted]))
    if pa.types.is_null(t):
        return T.StringType(), pa.string()
    raise TypeError(f"no Spark type for the Arrow type {t}")


def spark_schema(schema: pa.Schema) -> Tuple[T.StructType, pa.Schema]:
    """The Spark schema of an etwkit Arrow schema, and the Arrow schema its batches are cast to."""
    converted = [(f.name, *_spark_type(f.type)) for f in schema]
    return (T.StructType([T.StructField(n, st, True) for n, st, _ in converted]),
            pa.schema([pa.field(n, at) for n, _, at in converted]))


def _cast(batch: pa.RecordBatch, target: pa.Schema) -> pa.RecordBatch:
    # Only widenings and the timestamps' 100 ns digit: safe=False lets the latter through.
    columns = [batch.column(i).cast(target.field(i).type, safe=False) for i in range(batch.num_columns)]
    return pa.RecordBatch.from_arrays(columns, schema=target)


def _paths(options: Any) -> List[str]:
    given: List[str] = []
    if "paths" in options:
        given.extend(json.loads(options["paths"]))
    if "path" in options:
        given.append(options["path"])
    if not given:
        raise ValueError('the etl data source needs paths: spark.read.format("etl").load("traces/**/*.etl")')
    return _expand(given)


def _event(options: Any) -> Optional[Tuple[str, Any, Optional[int]]]:
    text = options.get("event")
    if not text:
        return None
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise ValueError(f"option event must be PROVIDER:ID_OR_NAME[:VERSION], not {text!r}")
    ev: Any = int(parts[1]) if parts[1].isdigit() else parts[1]
    version = int(parts[2]) if len(parts) == 3 else None
    return parts[0], ev, version


class _Settings:
    """The options, parsed once on the driver and sent to the tasks (picklable)."""

    def __init__(self, options: Any):
        self.paths = _paths(options)
        self.manifests = _manifests([m for m in options.get("manifests", "").split(",") if m])
        store = options.get("store")
        self.store, self.no_store = _store(False if store == "none" else store)
        self.where = options.get("where")
        self.event = _event(options)
        self.split = int(options.get("splitSize", DEFAULT_SPLIT))
        if self.split <= 0:
            raise ValueError("option splitSize must be a positive number of bytes")
        self.errors = options.get("errors", "log")
        if self.errors not in ("log", "fail"):
            raise ValueError(f"option errors must be log or fail, not {self.errors!r}")
        self.threads = int(options.get("threads", 1))

    def open(self, paths: Sequence[str], byte_range: Optional[Tuple[int, int]], errors: str) -> Any:
        reader, _warnings, table = _native.read_arrow(list(paths), self.manifests, self.store, self.no_store,
                                                      self.where, self.threads, "file", byte_range,
                                                      _on_problem(errors), self.event)
        return reader, table


class EtlDataSource(DataSource):
    """``spark.read.format("etl")``: see the module's documentation."""

    @classmethod
    def name(cls) -> str:
        return "etl"

    def __init__(self, options: Any):
        super().__init__(options)
        self.settings = _Settings(options)
        if self.settings.event is None:
            self.arrow_schema = _native.events_schema()
        else:
            # The typed table's columns come from the first matching event: the driver reads up to it, and fixes
            # the version so that every task reads the same table.
            reader, table = self.settings.open(self.settings.paths, None, "ignore")
            if reader is None or table is None:
                provider, ev, version = self.settings.event
                v = "" if version is None else f" version {version}"
                raise LookupError(f"no event {ev}{v} of provider {provider} in {len(self.settings.paths)} trace(s)")
            self.arrow_schema = reader.schema
            provider, ev, _ = self.settings.event
            self.settings.event = (provider, ev, table[2])
        self.spark_schema, self.target = spark_schema(self.arrow_schema)

    def schema(self) -> T.StructType:
        return self.spark_schema

    def reader(self, schema: T.StructType) -> "EtlReader":
        return EtlReader(self.settings, self.target)


class EtlPartition(InputPartition):
    """One file, or one byte range of a large file."""

    def __init__(self, path: str, start: int, end: int):
        super().__init__((path, start, end))
        self.path = path
        self.start = start
        self.end = end


class EtlReader(DataSourceReader):
    def __init__(self, settings: _Settings, target: pa.Schema):
        self.settings = settings
        self.target = target

    def partitions(self) -> List[EtlPartition]:
        parts: List[EtlPartition] = []
        for path in self.settings.paths:
            size = os.path.getsize(path)
            start = 0
            while True:
                end = start + self.settings.split
                if end >= size:
                    # The last range ends past the file: every buffer starts before its end.
                    parts.append(EtlPartition(path, start, size + 1))
                    break
                parts.append(EtlPartition(path, start, end))
                start = end
        return parts

    def read(self, partition: EtlPartition) -> Iterator[pa.RecordBatch]:
        s = self.settings
        errors = "raise" if s.errors == "fail" else "warn"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reader, _ = s.open([partition.path], (partition.start, partition.end), errors)
            if reader is None:  # a typed table with no event in this partition
                self._log(caught)
                return
            for batch in reader:
                self._log(caught)
                yield _cast(batch, self.target)
            self._log(caught)

    @staticmethod
    def _log(caught: List[warnings.WarningMessage]) -> None:
        for w in caught:
            if isinstance(w.message, DamageWarning):
                log.error("etwkit: damaged trace, skipped: %s", w.message)
            else:
                log.warning("etwkit: %s", w.message)
        caught.clear()
