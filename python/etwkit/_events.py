"""Events and parsers as callbacks receive them, built from the JSON line ``etw dump`` writes for the event."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, Optional

from ._errors import Damage, PropertyError

_MISSING = object()


class Event:
    """One event: its header fields as attributes, and the whole ``etw dump`` object in :meth:`as_dict`."""

    __slots__ = ("_d",)

    def __init__(self, d: Dict[str, Any]):
        self._d = d

    # The header, with krabsetw's names where it has them.
    @property
    def timestamp(self) -> str:
        """UTC, RFC 3339 with 100 ns digits, as ``etw dump`` writes it."""
        return self._d["timestamp"]

    @property
    def provider_name(self) -> Optional[str]:
        return self._d["provider"].get("name")

    @property
    def provider_id(self) -> str:
        """The provider GUID (lowercase, no braces)."""
        return self._d["provider"]["guid"]

    @property
    def id(self) -> int:
        return self._d["id"]

    @property
    def version(self) -> int:
        return self._d["version"]

    @property
    def opcode(self) -> int:
        return self._d["opcode"]

    @property
    def task(self) -> int:
        return self._d["task"]

    @property
    def level(self) -> int:
        return self._d["level"]

    @property
    def keywords(self) -> int:
        return int(self._d["keywords"], 16)

    @property
    def event_name(self) -> Optional[str]:
        return self._d.get("event_name")

    @property
    def process_id(self) -> Optional[int]:
        return self._d.get("pid")

    @property
    def thread_id(self) -> Optional[int]:
        return self._d.get("tid")

    @property
    def processor(self) -> Optional[int]:
        return self._d.get("cpu")

    @property
    def activity_id(self) -> Optional[str]:
        return self._d.get("activity_id")

    @property
    def properties(self) -> Optional[Dict[str, Any]]:
        """The decoded properties, or None when the event did not decode."""
        return self._d.get("properties")

    def as_dict(self) -> Dict[str, Any]:
        """The event as ``etw dump`` writes it."""
        return self._d

    def __repr__(self) -> str:
        return (f"Event({self.provider_name or self.provider_id} id={self.id} v{self.version} "
                f"pid={self.process_id} {self.timestamp})")


class Parser:
    """krabsetw's parser: an event's properties by name. ``parse("PID")`` returns the value ``etw dump`` shows
    (integers as ints, text as str, GUIDs, SIDs and addresses as text, hex-formatted values as "0x..." strings);
    ``parse("PID", int)`` also converts ("0x1f" → 31)."""

    __slots__ = ("_props", "_event")

    def __init__(self, props: Optional[Dict[str, Any]], event: Dict[str, Any]):
        self._props = props or {}
        self._event = event

    def parse(self, name: str, type: Optional[Callable[[Any], Any]] = None) -> Any:
        """The property ``name``; raises :class:`PropertyError` (a ``KeyError``) naming the properties the
        event has when it has no such property."""
        v = self._props.get(name, _MISSING)
        if v is _MISSING:
            if self._event.get("properties") is None:
                why = self._event.get("error") or "it did not decode"
                raise PropertyError(f"event has no properties to parse {name!r}: {why}")
            have = ", ".join(self._props) or "none"
            raise PropertyError(f"event has no property {name!r} (it has: {have})")
        if type is None:
            return v
        if type is int and isinstance(v, str):
            return int(v, 0)
        return type(v)

    def try_parse(self, name: str, default: Any = None, type: Optional[Callable[[Any], Any]] = None) -> Any:
        """Like :meth:`parse`, but ``default`` when the event has no such property."""
        try:
            return self.parse(name, type)
        except PropertyError:
            return default

    def __contains__(self, name: str) -> bool:
        return name in self._props

    def __getitem__(self, name: str) -> Any:
        return self.parse(name)

    @property
    def properties(self) -> Dict[str, Any]:
        return self._props


def _call(callback: Callable[[Event, Parser], Any], line: bytes) -> None:
    """Called by the native trace for each event a callback gets."""
    d = json.loads(line)
    callback(Event(d), Parser(d.get("properties"), d))


class TraceError:
    """What an error callback receives: ``kind`` (``damage``, ``decode``, ``manifest``, ``store``, ``session``,
    ``panic``), ``message``, and ``damage`` (a :class:`Damage`, for ``damage``)."""

    __slots__ = ("kind", "message", "damage")

    def __init__(self, kind: str, message: str, damage: Optional[Damage]):
        self.kind = kind
        self.message = message
        self.damage = damage

    def __repr__(self) -> str:
        return f"TraceError({self.kind}: {self.message})"


def _call_error(callback: Callable[[TraceError], Any], kind: str, message: str, where: Any) -> None:
    """Called by the native trace for each error."""
    damage = None
    if where is not None:
        buffer, offset, record_offset, reason = where
        damage = Damage("", "record" if record_offset is not None else "buffer", buffer, offset, record_offset, reason)
    callback(TraceError(kind, message, damage))
