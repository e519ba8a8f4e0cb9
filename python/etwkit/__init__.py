"""etwkit: Event Tracing for Windows (ETL) files on any OS.

- :func:`read` — events as dicts, the same keys and values as ``etw dump``;
- :func:`read_arrow` — a ``pyarrow.RecordBatchReader`` of the ``events`` table (or of one typed table), the
  columns of ``etw convert``'s Parquet, through the Arrow C stream interface;
- :func:`stats` — what ``etw stats --json`` prints;
- krabsetw's model: :class:`FileTrace` (any OS), :class:`UserTrace` / :class:`KernelTrace` (live, Windows),
  :class:`Provider`, :class:`EventFilter`, :mod:`etwkit.predicates`, callbacks ``f(event, parser)``;
- :mod:`etwkit.spark` — the ``etl`` data source for Spark.

Damage in a readable trace never stops reading: each damaged place is a :class:`DamageWarning` (``errors="warn"``,
the default), a :class:`DamageError` (``errors="raise"``), or nothing (``errors="ignore"``).
"""

from __future__ import annotations

import glob
import json
import os
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _native
from ._errors import Damage, DamageError, DamageWarning, EtlError, EventNotFound, PropertyError, SchemaWarning
from ._events import Event, Parser, TraceError
from . import predicates, kernel
from ._native import Predicate

__version__: str = _native.__version__

__all__ = [
    "read", "read_arrow", "stats", "FileTrace", "UserTrace", "KernelTrace", "Provider", "EventFilter", "Predicate",
    "predicates", "kernel", "Event", "Parser", "TraceError", "EtlError", "Damage", "DamageWarning", "DamageError",
    "PropertyError", "SchemaWarning", "EventNotFound", "Events", "__version__",
]

PathLike = Union[str, "os.PathLike[str]"]
Paths = Union[PathLike, Iterable[PathLike]]


def _expand(paths: Paths) -> List[str]:
    """Files, directories (every .etl below them, sorted) and glob patterns, in the order given."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: List[str] = []
    for p in paths:
        s = os.fspath(p)
        if os.path.isdir(s):
            found = sorted(str(f) for f in Path(s).rglob("*") if f.is_file() and f.suffix.lower() == ".etl")
            if not found:
                raise FileNotFoundError(f"no .etl file below the directory {s}")
            out.extend(found)
        elif os.path.exists(s):
            out.append(s)
        elif glob.has_magic(s):
            found = sorted(f for f in glob.glob(s, recursive=True) if os.path.isfile(f))
            if not found:
                raise FileNotFoundError(f"no file matches the pattern {s}")
            out.extend(found)
        else:
            raise FileNotFoundError(2, "No such file or directory", s)
    if not out:
        raise ValueError("no trace to read: give at least one .etl file")
    return out


def _manifests(manifests: Union[None, PathLike, Iterable[PathLike]]) -> List[str]:
    if manifests is None:
        return []
    if isinstance(manifests, (str, os.PathLike)):
        manifests = [manifests]
    return [os.fspath(m) for m in manifests]


def _store(store: Union[None, bool, PathLike]) -> Tuple[Optional[str], bool]:
    """``store=None``: the default store if there is one; ``False``: none; a path: that store."""
    if store is None or store is True:
        return None, False
    if store is False:
        return None, True
    return os.fspath(store), False


_ERRORS = ("warn", "raise", "ignore")


def _on_problem(errors: str) -> Callable[[str, Any], None]:
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")

    def on_problem(kind: str, what: Any) -> None:
        if kind == "note":
            warnings.warn(what, UserWarning, stacklevel=3)
            return
        if kind == "open":
            if errors == "raise":
                raise EtlError(what)
            if errors == "warn":
                warnings.warn(what, UserWarning, stacklevel=3)
            return
        damage = Damage(*what)
        if errors == "raise":
            raise DamageError(damage)
        if errors == "warn":
            warnings.warn(DamageWarning(damage), stacklevel=3)

    return on_problem


def _schema_warnings(lines: Sequence[str]) -> None:
    for line in lines:
        warnings.warn(line, SchemaWarning, stacklevel=3)


class Events(Iterator[Dict[str, Any]]):
    """The iterator :func:`read` returns: events as dicts. :attr:`summary` has the run's counts once it ended."""

    def __init__(self, stream: Any):
        self._stream = stream
        self._lines: Iterator[bytes] = iter(())

    def __iter__(self) -> "Events":
        return self

    def __next__(self) -> Dict[str, Any]:
        while True:
            line = next(self._lines, None)
            if line is not None:
                return json.loads(line)
            batch = next(self._stream)  # StopIteration at the end
            self._lines = iter(batch.splitlines())

    @property
    def summary(self) -> Optional[Dict[str, int]]:
        """events_read, events_selected, damaged_places, buffers, bytes, ... once the iterator is exhausted."""
        return self._stream.summary()


def read(
    paths: Paths,
    manifests: Union[None, PathLike, Iterable[PathLike]] = None,
    where: Optional[str] = None,
    *,
    store: Union[None, bool, PathLike] = None,
    threads: Optional[int] = None,
    order: str = "time",
    errors: str = "warn",
) -> Events:
    """Reads traces and yields each event as a dict, with the same keys and values as ``etw dump``.

    ``paths``: a file, a directory (every .etl below it), a glob pattern, or a list of them.
    ``manifests``: instrumentation manifests (files or directories) to decode with, beside the built-in schemas
    and the default schema store (``store=False`` for none, or a path to another store).
    ``where``: an ``etw dump --where`` expression, e.g. ``'provider == "Microsoft-Windows-Kernel-Network" && id == 10'``.
    ``order``: ``"time"`` (across processors and files, as ``etw dump``) or ``"file"`` (as stored).
    ``threads``: decoding threads (default: every core); the order of events does not depend on it.
    ``errors``: what a damaged place does: ``"warn"`` (a :class:`DamageWarning`), ``"raise"``, ``"ignore"``.

    Raises ``FileNotFoundError`` for a missing file and :class:`EtlError` for a file that is not a readable trace,
    before any event is read.
    """
    store_path, no_store = _store(store)
    stream, lines = _native.read_json(_expand(paths), _manifests(manifests), store_path, no_store, where, threads,
                                      order, None, _on_problem(errors))
    _schema_warnings(lines)
    return Events(stream)


def read_arrow(
    paths: Paths,
    manifests: Union[None, PathLike, Iterable[PathLike]] = None,
    where: Optional[str] = None,
    *,
    event: Optional[Tuple[Any, ...]] = None,
    store: Union[None, bool, PathLike] = None,
    threads: Optional[int] = None,
    order: str = "time",
    errors: str = "warn",
    byte_range: Optional[Tuple[int, int]] = None,
) -> "pyarrow.RecordBatchReader":  # noqa: F821
    """Reads traces into a ``pyarrow.RecordBatchReader``: the ``events`` table (the columns of ``etw convert``'s
    ``events`` Parquet table), or with ``event=(provider, id_or_name)`` or ``(provider, id_or_name, version)``
    that event's typed table (its properties as typed columns after ``_timestamp``, ``_pid``, ...);
    :class:`EventNotFound` (a ``LookupError``) when no such event is in the traces.

    The batches come through the Arrow C stream interface: no copy through Python objects. ``.read_all()`` gives
    a ``pyarrow.Table``, ``.read_pandas()`` a pandas DataFrame, ``polars.from_arrow(reader.read_all())`` polars.
    A typed table's columns come from its first event; when the event also occurs in another version (another
    schema), those rows are left out with a warning that says which ``version=`` reads them.

    ``byte_range=(start, end)``: only the buffers that start at those file offsets, in file order (how the Spark
    data source splits a large file); record indexes are those of the whole file.
    The other arguments are :func:`read`'s. Needs ``pyarrow``.
    """
    store_path, no_store = _store(store)
    ev = None
    if event is not None:
        if not isinstance(event, tuple) or len(event) not in (2, 3):
            raise ValueError("event must be (provider, id_or_name) or (provider, id_or_name, version)")
        ev = (str(event[0]), event[1], event[2] if len(event) == 3 else None)
    try:
        import pyarrow  # noqa: F401  (the reader is a pyarrow object)
    except ImportError as e:
        raise ImportError("etwkit.read_arrow needs pyarrow 15 or later: pip install pyarrow") from e

    reader, lines, _table = _native.read_arrow(_expand(paths), _manifests(manifests), store_path, no_store, where,
                                               threads, "file" if byte_range else order, byte_range,
                                               _on_problem(errors), ev)
    _schema_warnings(lines)
    if reader is None:
        assert ev is not None
        version = "" if ev[2] is None else f" version {ev[2]}"
        raise EventNotFound(f"no event {ev[1]}{version} of provider {ev[0]} in these traces (or none decoded): no "
                            "typed table to read; `etw stats` lists the providers and events a trace holds")
    return reader


def stats(
    paths: Paths,
    manifests: Union[None, PathLike, Iterable[PathLike]] = None,
    *,
    store: Union[None, bool, PathLike] = None,
    errors: str = "warn",
) -> List[Dict[str, Any]]:
    """What ``etw stats --json`` prints, one dict per file: records per provider and event, decode coverage,
    buffers, losses, damage."""
    store_path, no_store = _store(store)
    on_problem = _on_problem(errors)
    return [json.loads(_native.stats(p, _manifests(manifests), store_path, no_store, on_problem)) for p in _expand(paths)]


class EventFilter:
    """krabsetw's ``event_filter``: events passing ``predicate`` (and, if given, with one of ``ids``) go to its
    callbacks. ``EventFilter(predicates.id_is(10))``, ``EventFilter(ids=[10, 11])``, or both."""

    def __init__(self, predicate: Union[Predicate, Iterable[int], None] = None, ids: Optional[Iterable[int]] = None):
        if predicate is not None and not isinstance(predicate, Predicate):
            ids, predicate = predicate, None
        self._native = _native.EventFilter(predicate, list(ids) if ids is not None else None)

    def on_event(self, callback: Callable[[Event, Parser], Any]) -> "EventFilter":
        """Adds ``callback(event, parser)``; returns the filter, to chain."""
        self._native.add_on_event_callback(callback)
        return self

    add_on_event_callback = on_event


class Provider:
    """A provider to enable, by name (``Provider.by_name("Microsoft-Windows-Kernel-Network")``) or GUID
    (``Provider("7dd42a49-5329-4832-8dfd-43d979153a88")``); keyword masks with :meth:`any` / :meth:`all`, and
    :meth:`level`, :meth:`trace_flags`, :meth:`add_filter`, :meth:`on_event`, all chainable."""

    def __init__(self, name_or_guid: str, _native_provider: Any = None):
        self._native = _native_provider if _native_provider is not None else _native.Provider(name_or_guid)

    @classmethod
    def by_name(cls, name: str) -> "Provider":
        return cls(name)

    @classmethod
    def by_guid(cls, guid: str) -> "Provider":
        return cls(guid)

    @property
    def name(self) -> str:
        return self._native.name

    def any(self, mask: int) -> "Provider":
        """Events with any of these keyword bits."""
        self._native.set_any(mask)
        return self

    def all(self, mask: int) -> "Provider":
        """Events with all of these keyword bits."""
        self._native.set_all(mask)
        return self

    def level(self, level: int) -> "Provider":
        self._native.set_level(level)
        return self

    def trace_flags(self, flags: int) -> "Provider":
        self._native.set_trace_flags(flags)
        return self

    def add_filter(self, f: EventFilter) -> "Provider":
        self._native.add_filter(f._native)
        return self

    filter = add_filter

    def on_event(self, callback: Callable[[Event, Parser], Any]) -> "Provider":
        """Adds ``callback(event, parser)`` for every event of this provider."""
        self._native.add_on_event_callback(callback)
        return self

    add_on_event_callback = on_event

    def __repr__(self) -> str:
        return f"Provider({self.name!r})"


class _Trace:
    def __init__(self, native: Any):
        self._native = native

    def enable(self, provider: Provider) -> "_Trace":
        self._native.enable(provider._native)
        return self

    def set_default_event_callback(self, callback: Optional[Callable[[Event, Parser], Any]]) -> "_Trace":
        """For events that no provider callback or filter handled."""
        self._native.set_default_event_callback(callback)
        return self

    on_default_event = set_default_event_callback

    def on_error(self, callback: Optional[Callable[[TraceError], Any]]) -> "_Trace":
        """``callback(error)`` for damage, events that do not decode, manifest and store problems."""
        self._native.set_error_callback(callback)
        return self

    def manifests(self, path: PathLike) -> "_Trace":
        self._native.add_manifests(os.fspath(path))
        return self

    def start(self) -> Dict[str, int]:
        """Runs the trace until its events are all read (a file trace) or :meth:`stop`; returns :meth:`stats`.
        An exception raised by a callback stops the trace and is raised here."""
        return self._native.start()

    def stop(self) -> None:
        """Stops the trace, from a callback or another thread."""
        self._native.stop()

    def stats(self) -> Dict[str, int]:
        """events_seen, events_handled, events_lost, buffers_lost, damaged, buffers_read, errors."""
        return self._native.stats()

    query_stats = stats


class FileTrace(_Trace):
    """A trace over ETL files, on any OS: the same providers, filters and callbacks as a live session.

    ``order="time"`` delivers events by timestamp across processors and files, as Windows does; ``"file"`` as
    stored. ``store`` as in :func:`read`.
    """

    def __init__(self, paths: Paths, *, name: Optional[str] = None, order: str = "time",
                 store: Union[None, bool, PathLike] = None):
        store_path, no_store = _store(store)
        super().__init__(_native.Trace("file", _expand(paths), order, store_path, no_store, name))


class UserTrace(_Trace):
    """A live user-mode session (Windows; elsewhere :meth:`start` raises ``RuntimeError``)."""

    def __init__(self, name: Optional[str] = None):
        super().__init__(_native.Trace("user", [], "time", None, False, name))


class KernelTrace(_Trace):
    """A live NT Kernel Logger session with :mod:`etwkit.kernel` providers (Windows; elsewhere :meth:`start`
    raises ``RuntimeError``)."""

    def __init__(self, name: Optional[str] = None):
        super().__init__(_native.Trace("kernel", [], "time", None, False, name))
