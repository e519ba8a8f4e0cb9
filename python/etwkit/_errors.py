"""The exceptions and warnings of etwkit."""

from __future__ import annotations

from typing import Optional


class EtlError(Exception):
    """A trace that cannot be read at all: its logfile header (the first buffer) is damaged or it is not an ETL file.

    Attributes: ``path`` (the file), ``offset`` (the file offset of the damage), ``reason``.
    A missing or unreadable file raises ``FileNotFoundError``/``PermissionError``/``OSError`` instead.
    """

    def __init__(self, message: str, path: Optional[str] = None, offset: Optional[int] = None, reason: str = ""):
        super().__init__(message)
        self.path = path
        self.offset = offset
        self.reason = reason


class Damage:
    """A damaged place in a readable trace, skipped while everything around it was read.

    ``scope`` is ``"buffer"`` (a whole buffer skipped), ``"record"`` (a record and the rest of its buffer) or
    ``"io"``; ``buffer`` is the buffer's index in the file, ``buffer_offset`` its file offset, ``record_offset``
    the record's offset inside the buffer (for ``"record"``).
    """

    __slots__ = ("path", "scope", "buffer", "buffer_offset", "record_offset", "reason")

    def __init__(self, path: str, scope: str, buffer: int, buffer_offset: int, record_offset: Optional[int], reason: str):
        self.path = path
        self.scope = scope
        self.buffer = buffer
        self.buffer_offset = buffer_offset
        self.record_offset = record_offset
        self.reason = reason

    def __str__(self) -> str:
        where = f"buffer {self.buffer} at file offset {self.buffer_offset:#x}"
        if self.scope == "record":
            return (f"{self.path}: {where}: record at +{(self.record_offset or 0):#x} unreadable, rest of buffer "
                    f"skipped: {self.reason}")
        if self.scope == "io":
            return f"{self.path}: read failed at {where}: {self.reason}"
        return f"{self.path}: {where} skipped: {self.reason}"

    def __repr__(self) -> str:
        return (f"Damage(path={self.path!r}, scope={self.scope!r}, buffer={self.buffer}, "
                f"buffer_offset={self.buffer_offset:#x}, record_offset={self.record_offset!r}, reason={self.reason!r})")


class DamageWarning(UserWarning):
    """Warned for each damaged place of a trace (``errors="warn"``, the default); ``.damage`` says where."""

    def __init__(self, damage: Damage):
        super().__init__(str(damage))
        self.damage = damage


class DamageError(EtlError):
    """Raised at the first damaged place with ``errors="raise"``; ``.damage`` says where (``path``, ``offset``
    are the file and the damaged buffer's offset)."""

    def __init__(self, damage: Damage):
        super().__init__(str(damage), damage.path, damage.buffer_offset, damage.reason)
        self.damage = damage


class SchemaWarning(UserWarning):
    """A problem with the schemas given (a manifest that loaded only in part, an unreadable schema store)."""


class PropertyError(KeyError):
    """``parser.parse(name)`` for a property the event does not have (or an event that did not decode)."""

    def __str__(self) -> str:  # KeyError quotes its argument; the message is a sentence.
        return str(self.args[0]) if self.args else ""


class EventNotFound(LookupError):
    """``read_arrow(..., event=...)`` for an event that is not in the traces (or never decoded): there is no typed
    table, so no columns to give."""
