//! krabsetw's predicates by their names, and more. Each returns a [`Predicate`]; combine them with
//! [`and_filter`], [`or_filter`], [`not_filter`], [`any_of`], [`all_of`], [`none_of`] or the methods
//! [`Predicate::and`], [`Predicate::or`], [`Predicate::not`].
//!
//! ```
//! use etw_filter::predicates::*;
//!
//! // krabsetw: event_filter(id_is(10) && property_icontains(L"ImageFileName", L"powershell"))
//! let p = id_is(10).and(property_icontains("ImageFileName", "powershell"));
//! let q = any_of(vec![opcode_is(1), opcode_is(2)]).and(not_filter(process_id_is(4)));
//! # let _ = (p, q);
//! ```

use std::sync::Arc;

use etw_core::Guid;

use crate::context::EventContext;
use crate::predicate::{Custom, Field, Literal, Op, Predicate};

fn header(field: Field, op: Op, value: impl Into<Literal>) -> Predicate {
    Predicate::Header { field, op, value: value.into() }
}

fn property(name: &str, op: Op, value: impl Into<Literal>) -> Predicate {
    Predicate::Property { name: name.to_owned(), op, value: value.into() }
}

/// Every event.
pub fn any_event() -> Predicate {
    Predicate::True
}

/// No event.
pub fn no_event() -> Predicate {
    Predicate::False
}

/// The event id is `id`.
pub fn id_is(id: u16) -> Predicate {
    header(Field::Id, Op::Eq, id)
}

/// The opcode is `opcode` (for classic and kernel events, the event type).
pub fn opcode_is(opcode: u8) -> Predicate {
    header(Field::Opcode, Op::Eq, opcode)
}

/// The version is `version`.
pub fn version_is(version: u8) -> Predicate {
    header(Field::Version, Op::Eq, version)
}

/// The event's process id (from its header) is `pid`.
pub fn process_id_is(pid: u32) -> Predicate {
    header(Field::Pid, Op::Eq, pid)
}

/// The event's thread id is `tid`.
pub fn thread_id_is(tid: u32) -> Predicate {
    header(Field::Tid, Op::Eq, tid)
}

/// The task is `task`.
pub fn task_is(task: u16) -> Predicate {
    header(Field::Task, Op::Eq, task)
}

/// The level is `level`.
pub fn level_is(level: u8) -> Predicate {
    header(Field::Level, Op::Eq, level)
}

/// The event has any of the keyword bits in `mask`.
pub fn keyword_any(mask: u64) -> Predicate {
    header(Field::Keywords, Op::HasAny, mask)
}

/// The event has all of the keyword bits in `mask`.
pub fn keyword_all(mask: u64) -> Predicate {
    header(Field::Keywords, Op::HasAll, mask)
}

/// The provider is `provider`: a GUID, or a name (compared case-insensitively) or GUID as text.
pub fn provider_is(provider: impl Into<ProviderRef>) -> Predicate {
    match provider.into() {
        ProviderRef::Guid(g) => header(Field::Provider, Op::Eq, g),
        ProviderRef::Name(n) => header(Field::Provider, Op::Eq, n),
    }
}

/// The event's name (from its schema) is `name`.
pub fn event_name_is(name: &str) -> Predicate {
    header(Field::EventName, Op::Eq, name)
}

/// A provider, by GUID or by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProviderRef {
    /// By GUID.
    Guid(Guid),
    /// By name.
    Name(String),
}

impl From<Guid> for ProviderRef {
    fn from(g: Guid) -> Self {
        ProviderRef::Guid(g)
    }
}
impl From<&str> for ProviderRef {
    fn from(s: &str) -> Self {
        ProviderRef::Name(s.to_owned())
    }
}
impl From<String> for ProviderRef {
    fn from(s: String) -> Self {
        ProviderRef::Name(s)
    }
}

/// The property `name` equals `value` (numbers by value, text exactly, addresses and GUIDs by value).
pub fn property_is(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Eq, value)
}

/// The text property `name` equals `value` exactly.
pub fn property_equals(name: &str, value: &str) -> Predicate {
    property(name, Op::Eq, value)
}

/// The text property `name` equals `value`, ignoring case.
pub fn property_iequals(name: &str, value: &str) -> Predicate {
    property(name, Op::IEquals, value)
}

/// The text property `name` contains `value`.
pub fn property_contains(name: &str, value: &str) -> Predicate {
    property(name, Op::Contains, value)
}

/// The text property `name` contains `value`, ignoring case.
pub fn property_icontains(name: &str, value: &str) -> Predicate {
    property(name, Op::IContains, value)
}

/// The text property `name` starts with `value`.
pub fn property_starts_with(name: &str, value: &str) -> Predicate {
    property(name, Op::StartsWith, value)
}

/// The text property `name` starts with `value`, ignoring case.
pub fn property_istarts_with(name: &str, value: &str) -> Predicate {
    property(name, Op::IStartsWith, value)
}

/// The text property `name` ends with `value`.
pub fn property_ends_with(name: &str, value: &str) -> Predicate {
    property(name, Op::EndsWith, value)
}

/// The text property `name` ends with `value`, ignoring case.
pub fn property_iends_with(name: &str, value: &str) -> Predicate {
    property(name, Op::IEndsWith, value)
}

/// The numeric property `name` is greater than `value`.
pub fn property_gt(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Gt, value)
}

/// The numeric property `name` is at least `value`.
pub fn property_ge(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Ge, value)
}

/// The numeric property `name` is less than `value`.
pub fn property_lt(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Lt, value)
}

/// The numeric property `name` is at most `value`.
pub fn property_le(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Le, value)
}

/// The property `name` differs from `value`.
pub fn property_ne(name: &str, value: impl Into<Literal>) -> Predicate {
    property(name, Op::Ne, value)
}

/// The event has a property named `name`.
pub fn has_property(name: &str) -> Predicate {
    Predicate::HasProperty(name.to_owned())
}

/// Both `a` and `b` (krabsetw's `and_filter`).
pub fn and_filter(a: Predicate, b: Predicate) -> Predicate {
    Predicate::And(vec![a, b])
}

/// `a` or `b` (krabsetw's `or_filter`).
pub fn or_filter(a: Predicate, b: Predicate) -> Predicate {
    Predicate::Or(vec![a, b])
}

/// Not `p` (krabsetw's `not_filter`).
pub fn not_filter(p: Predicate) -> Predicate {
    Predicate::Not(Box::new(p))
}

/// At least one of `ps` (false for none, as krabsetw's `any_of`).
pub fn any_of(ps: Vec<Predicate>) -> Predicate {
    Predicate::Or(ps)
}

/// All of `ps`. Unlike krabsetw, whose `all_of` of nothing is false, all of nothing is true here, as in logic;
/// `all_of(vec![])` is rarely what anyone means, so say `no_event()` if that is.
pub fn all_of(ps: Vec<Predicate>) -> Predicate {
    Predicate::And(ps)
}

/// None of `ps`.
pub fn none_of(ps: Vec<Predicate>) -> Predicate {
    Predicate::Not(Box::new(Predicate::Or(ps)))
}

/// A custom test on the event and its context.
pub fn custom(f: impl Fn(&mut EventContext<'_, '_>) -> bool + Send + Sync + 'static) -> Predicate {
    Predicate::Custom(Custom(Arc::new(f)))
}
