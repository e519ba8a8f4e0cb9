"""krabsetw's predicates, for :class:`etwkit.EventFilter`. Combine them with ``&``, ``|``, ``~`` or
:func:`and_filter`, :func:`or_filter`, :func:`not_filter`, :func:`any_of`, :func:`all_of`, :func:`none_of`.
Property comparisons decode the event once; header tests do not decode at all."""

from __future__ import annotations

from typing import Union

from ._native import Predicate

Value = Union[int, float, bool, str]


def _p(name: str, *args: object) -> Predicate:
    return Predicate.make(name, *args)


def any_event() -> Predicate:
    return _p("any_event")


def no_event() -> Predicate:
    return _p("no_event")


def id_is(event_id: int) -> Predicate:
    return _p("id_is", event_id)


def opcode_is(opcode: int) -> Predicate:
    return _p("opcode_is", opcode)


def version_is(version: int) -> Predicate:
    return _p("version_is", version)


def process_id_is(pid: int) -> Predicate:
    return _p("process_id_is", pid)


def thread_id_is(tid: int) -> Predicate:
    return _p("thread_id_is", tid)


def task_is(task: int) -> Predicate:
    return _p("task_is", task)


def level_is(level: int) -> Predicate:
    return _p("level_is", level)


def keyword_any(mask: int) -> Predicate:
    return _p("keyword_any", mask)


def keyword_all(mask: int) -> Predicate:
    return _p("keyword_all", mask)


def provider_is(name_or_guid: str) -> Predicate:
    return _p("provider_is", name_or_guid)


def event_name_is(name: str) -> Predicate:
    return _p("event_name_is", name)


def has_property(name: str) -> Predicate:
    return _p("has_property", name)


def property_is(name: str, value: Value) -> Predicate:
    """The property equals ``value`` (numbers compare as numbers, text exactly)."""
    return _p("property_is", name, value)


def property_ne(name: str, value: Value) -> Predicate:
    return _p("property_ne", name, value)


def property_gt(name: str, value: Value) -> Predicate:
    return _p("property_gt", name, value)


def property_ge(name: str, value: Value) -> Predicate:
    return _p("property_ge", name, value)


def property_lt(name: str, value: Value) -> Predicate:
    return _p("property_lt", name, value)


def property_le(name: str, value: Value) -> Predicate:
    return _p("property_le", name, value)


def property_equals(name: str, text: str) -> Predicate:
    return _p("property_equals", name, text)


def property_iequals(name: str, text: str) -> Predicate:
    return _p("property_iequals", name, text)


def property_contains(name: str, text: str) -> Predicate:
    return _p("property_contains", name, text)


def property_icontains(name: str, text: str) -> Predicate:
    return _p("property_icontains", name, text)


def property_starts_with(name: str, text: str) -> Predicate:
    return _p("property_starts_with", name, text)


def property_istarts_with(name: str, text: str) -> Predicate:
    return _p("property_istarts_with", name, text)


def property_ends_with(name: str, text: str) -> Predicate:
    return _p("property_ends_with", name, text)


def property_iends_with(name: str, text: str) -> Predicate:
    return _p("property_iends_with", name, text)


def and_filter(a: Predicate, b: Predicate) -> Predicate:
    return _p("and_filter", a, b)


def or_filter(a: Predicate, b: Predicate) -> Predicate:
    return _p("or_filter", a, b)


def not_filter(p: Predicate) -> Predicate:
    return _p("not_filter", p)


def any_of(*ps: Predicate) -> Predicate:
    return _p("any_of", *ps)


def all_of(*ps: Predicate) -> Predicate:
    return _p("all_of", *ps)


def none_of(*ps: Predicate) -> Predicate:
    return _p("none_of", *ps)


def where(expression: str) -> Predicate:
    """An ``etw dump --where`` expression, e.g. ``'ImageFileName icontains "powershell" && pid != 4'``."""
    return _p("where", expression)
