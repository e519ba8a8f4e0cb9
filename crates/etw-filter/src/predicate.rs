//! Predicates: tests on an event's header fields and decoded properties, and their combinations.
//!
//! Every predicate is a [`Predicate`] value, whether made by the krabsetw-style functions of
//! [`crate::predicates`] or by parsing a `--where` expression ([`crate::parse_where`]), so the two always
//! agree. Property tests read the property without allocating where they can (strings are compared character by
//! character as stored); a property test on an event without that property (or without a schema) is false.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;

use etw_core::{EventRef, ExtType, Guid};
use etw_schema::{ansi_text, write_json, Property, Value};

use crate::context::EventContext;

/// A constant a field or property is compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// An integer.
    Int(i128),
    /// A floating-point number.
    Float(f64),
    /// Text.
    Str(String),
    /// A boolean.
    Bool(bool),
    /// A GUID.
    Guid(Guid),
    /// An IP address.
    Ip(IpAddr),
}

macro_rules! literal_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Literal {
            fn from(v: $t) -> Literal {
                Literal::Int(v as i128)
            }
        }
    )*};
}
literal_from_int!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl From<f64> for Literal {
    fn from(v: f64) -> Literal {
        Literal::Float(v)
    }
}
impl From<bool> for Literal {
    fn from(v: bool) -> Literal {
        Literal::Bool(v)
    }
}
impl From<&str> for Literal {
    fn from(v: &str) -> Literal {
        Literal::Str(v.to_owned())
    }
}
impl From<String> for Literal {
    fn from(v: String) -> Literal {
        Literal::Str(v)
    }
}
impl From<Guid> for Literal {
    fn from(v: Guid) -> Literal {
        Literal::Guid(v)
    }
}
impl From<IpAddr> for Literal {
    fn from(v: IpAddr) -> Literal {
        Literal::Ip(v)
    }
}
impl From<std::net::Ipv4Addr> for Literal {
    fn from(v: std::net::Ipv4Addr) -> Literal {
        Literal::Ip(IpAddr::V4(v))
    }
}
impl From<std::net::Ipv6Addr> for Literal {
    fn from(v: std::net::Ipv6Addr) -> Literal {
        Literal::Ip(IpAddr::V6(v))
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Int(v) => write!(f, "{v}"),
            Literal::Float(v) => write!(f, "{v}"),
            Literal::Str(s) => write!(f, "{s:?}"),
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Guid(g) => write!(f, "{g}"),
            Literal::Ip(a) => write!(f, "{a}"),
        }
    }
}

/// How a value is compared with a literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Equal (exact, case-sensitive for text).
    Eq,
    /// Not equal.
    Ne,
    /// Less than.
    Lt,
    /// Less than or equal.
    Le,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Ge,
    /// Equal ignoring case.
    IEquals,
    /// Contains.
    Contains,
    /// Contains, ignoring case.
    IContains,
    /// Starts with.
    StartsWith,
    /// Starts with, ignoring case.
    IStartsWith,
    /// Ends with.
    EndsWith,
    /// Ends with, ignoring case.
    IEndsWith,
    /// Has any of the bits (`value & literal != 0`).
    HasAny,
    /// Has all of the bits (`value & literal == literal`).
    HasAll,
}

impl Op {
    /// The operator as written in `--where`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "==",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::IEquals => "iequals",
            Op::Contains => "contains",
            Op::IContains => "icontains",
            Op::StartsWith => "starts_with",
            Op::IStartsWith => "istarts_with",
            Op::EndsWith => "ends_with",
            Op::IEndsWith => "iends_with",
            Op::HasAny => "has_any",
            Op::HasAll => "has_all",
        }
    }

    fn is_text(self) -> bool {
        matches!(
            self,
            Op::IEquals
                | Op::Contains
                | Op::IContains
                | Op::StartsWith
                | Op::IStartsWith
                | Op::EndsWith
                | Op::IEndsWith
        )
    }
}

/// A header field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Provider: compared with a GUID, or with the provider's name (case-insensitive) or GUID text.
    Provider,
    /// Event id.
    Id,
    /// Version.
    Version,
    /// Opcode.
    Opcode,
    /// Task.
    Task,
    /// Level.
    Level,
    /// Keywords.
    Keywords,
    /// Channel.
    Channel,
    /// Process id.
    Pid,
    /// Thread id.
    Tid,
    /// Processor.
    Cpu,
    /// Event name (from the schema: TraceLogging name, manifest symbol, `Task/Opcode`).
    EventName,
    /// Header kind name (`EVENT_HEADER64`, `PERFINFO64`, ...).
    HeaderKind,
}

impl Field {
    /// Every field with its `--where` name.
    pub const ALL: [(&'static str, Field); 13] = [
        ("provider", Field::Provider),
        ("id", Field::Id),
        ("version", Field::Version),
        ("opcode", Field::Opcode),
        ("task", Field::Task),
        ("level", Field::Level),
        ("keywords", Field::Keywords),
        ("channel", Field::Channel),
        ("pid", Field::Pid),
        ("tid", Field::Tid),
        ("cpu", Field::Cpu),
        ("event_name", Field::EventName),
        ("header_kind", Field::HeaderKind),
    ];

    /// The field's `--where` name.
    pub fn name(self) -> &'static str {
        Field::ALL.iter().find(|(_, f)| *f == self).map_or("?", |(n, _)| n)
    }

    /// True if every event of one type has the same value (so a verdict can be cached per event type).
    pub const fn is_per_type(self) -> bool {
        !matches!(self, Field::Pid | Field::Tid | Field::Cpu)
    }

    /// True for the fields holding numbers.
    pub const fn is_numeric(self) -> bool {
        !matches!(self, Field::Provider | Field::EventName | Field::HeaderKind)
    }
}

/// A custom test, for what the built-in predicates cannot say.
#[derive(Clone)]
pub struct Custom(pub Arc<dyn Fn(&mut EventContext<'_, '_>) -> bool + Send + Sync>);

impl fmt::Debug for Custom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Custom(..)")
    }
}

/// A test on an event.
#[derive(Clone, Debug)]
pub enum Predicate {
    /// Every event.
    True,
    /// No event.
    False,
    /// A header field compared with a literal.
    Header {
        /// The field.
        field: Field,
        /// The comparison.
        op: Op,
        /// The literal.
        value: Literal,
    },
    /// A top-level property compared with a literal (false when the event has no such property).
    Property {
        /// The property name (case-insensitive).
        name: String,
        /// The comparison.
        op: Op,
        /// The literal.
        value: Literal,
    },
    /// The event has a property of that name.
    HasProperty(String),
    /// All must hold (true when empty).
    And(Vec<Predicate>),
    /// One must hold (false when empty).
    Or(Vec<Predicate>),
    /// Must not hold.
    Not(Box<Predicate>),
    /// A custom test.
    Custom(Custom),
}

/// What a predicate says about every event of one type, before looking at any one event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every event of the type matches.
    Always,
    /// No event of the type matches.
    Never,
    /// It depends on the event (process, thread, properties).
    Sometimes,
}

impl Predicate {
    /// Both this and `other`.
    pub fn and(self, other: Predicate) -> Predicate {
        match self {
            Predicate::And(mut v) => {
                v.push(other);
                Predicate::And(v)
            }
            p => Predicate::And(vec![p, other]),
        }
    }

    /// This or `other`.
    pub fn or(self, other: Predicate) -> Predicate {
        match self {
            Predicate::Or(mut v) => {
                v.push(other);
                Predicate::Or(v)
            }
            p => Predicate::Or(vec![p, other]),
        }
    }

    /// Not this.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Predicate {
        Predicate::Not(Box::new(self))
    }

    /// Tests one event.
    pub fn matches(&self, ctx: &mut EventContext<'_, '_>) -> bool {
        match self {
            Predicate::True => true,
            Predicate::False => false,
            Predicate::Header { field, op, value } => header_matches(ctx, *field, *op, value),
            Predicate::Property { name, op, value } => {
                let Ok(parser) = ctx.parser() else { return false };
                let Ok((prop, v)) = parser.value(name) else { return false };
                value_matches(&v, prop, *op, value)
            }
            Predicate::HasProperty(name) => ctx.parser().is_ok_and(|p| p.value(name).is_ok()),
            Predicate::And(v) => v.iter().all(|p| p.matches(ctx)),
            Predicate::Or(v) => v.iter().any(|p| p.matches(ctx)),
            Predicate::Not(p) => !p.matches(ctx),
            Predicate::Custom(c) => (c.0)(ctx),
        }
    }

    /// What the predicate says about every event of the type of the event in `ctx` (see [`Verdict`]).
    pub fn type_verdict(&self, ctx: &mut EventContext<'_, '_>) -> Verdict {
        match self {
            Predicate::True => Verdict::Always,
            Predicate::False => Verdict::Never,
            Predicate::Header { field, op, value } if field.is_per_type() => {
                if header_matches(ctx, *field, *op, value) {
                    Verdict::Always
                } else {
                    Verdict::Never
                }
            }
            Predicate::Property { name, .. } | Predicate::HasProperty(name) => match ctx.schema() {
                Ok(s) if s.index_of(name).is_some() => {
                    if matches!(self, Predicate::HasProperty(_)) {
                        Verdict::Always
                    } else {
                        Verdict::Sometimes
                    }
                }
                _ => Verdict::Never,
            },
            Predicate::And(v) => {
                let mut all = Verdict::Always;
                for p in v {
                    match p.type_verdict(ctx) {
                        Verdict::Never => return Verdict::Never,
                        Verdict::Sometimes => all = Verdict::Sometimes,
                        Verdict::Always => {}
                    }
                }
                all
            }
            Predicate::Or(v) => {
                let mut any = Verdict::Never;
                for p in v {
                    match p.type_verdict(ctx) {
                        Verdict::Always => return Verdict::Always,
                        Verdict::Sometimes => any = Verdict::Sometimes,
                        Verdict::Never => {}
                    }
                }
                any
            }
            Predicate::Not(p) => match p.type_verdict(ctx) {
                Verdict::Always => Verdict::Never,
                Verdict::Never => Verdict::Always,
                Verdict::Sometimes => Verdict::Sometimes,
            },
            _ => Verdict::Sometimes,
        }
    }

    /// The event ids this predicate can match, if it limits them (used for ETW's kernel-side event id filter).
    pub fn event_ids(&self) -> Option<Vec<u16>> {
        match self {
            Predicate::Header { field: Field::Id, op: Op::Eq, value: Literal::Int(v) } => {
                u16::try_from(*v).ok().map(|v| vec![v])
            }
            Predicate::And(v) => v.iter().find_map(Predicate::event_ids),
            Predicate::Or(v) => {
                let mut ids = Vec::new();
                for p in v {
                    ids.extend(p.event_ids()?);
                }
                Some(ids)
            }
            _ => None,
        }
    }
}

fn num_cmp(a: i128, op: Op, b: i128) -> bool {
    match op {
        Op::Eq | Op::IEquals => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
        Op::HasAny => a & b != 0,
        Op::HasAll => a & b == b,
        _ => false,
    }
}

fn float_cmp(a: f64, op: Op, b: f64) -> bool {
    match op {
        Op::Eq | Op::IEquals => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
        _ => false,
    }
}

fn lower_eq(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// Compares text given as a character iterator with `needle`, without allocating.
pub(crate) fn text_matches<I>(hay: I, op: Op, needle: &str) -> bool
where
    I: Iterator<Item = char> + Clone,
{
    let fold = matches!(op, Op::IEquals | Op::IContains | Op::IStartsWith | Op::IEndsWith);
    let same = |a: char, b: char| if fold { lower_eq(a, b) } else { a == b };
    fn starts<J: Iterator<Item = char>>(mut h: J, needle: &str, same: impl Fn(char, char) -> bool) -> bool {
        needle.chars().all(|n| h.next().is_some_and(|c| same(c, n)))
    }
    let prefix = |h: I| starts(h, needle, same);
    match op {
        Op::Eq | Op::IEquals => {
            let mut h = hay;
            needle.chars().all(|n| h.next().is_some_and(|c| same(c, n))) && h.next().is_none()
        }
        Op::Ne => !text_matches(hay, Op::Eq, needle),
        Op::StartsWith | Op::IStartsWith => prefix(hay),
        Op::EndsWith | Op::IEndsWith => {
            let n = needle.chars().count();
            let len = hay.clone().count();
            len >= n && starts(hay.skip(len - n), needle, same)
        }
        Op::Contains | Op::IContains => {
            let mut h = hay;
            loop {
                if prefix(h.clone()) {
                    return true;
                }
                if h.next().is_none() {
                    return false;
                }
            }
        }
        Op::Lt | Op::Le | Op::Gt | Op::Ge => {
            let ord = hay.cmp(needle.chars());
            match op {
                Op::Lt => ord.is_lt(),
                Op::Le => ord.is_le(),
                Op::Gt => ord.is_gt(),
                _ => ord.is_ge(),
            }
        }
        Op::HasAny | Op::HasAll => false,
    }
}

fn header_matches(ctx: &mut EventContext<'_, '_>, field: Field, op: Op, value: &Literal) -> bool {
    let ev: &EventRef<'_> = ctx.event();
    let number = |n: u64| match value {
        Literal::Int(b) => num_cmp(i128::from(n), op, *b),
        _ => false,
    };
    match field {
        Field::Id => number(ev.id().into()),
        Field::Version => number(ev.version().into()),
        Field::Opcode => number(ev.opcode().0.into()),
        Field::Task => number(ev.task().into()),
        Field::Level => number(ev.level().0.into()),
        Field::Keywords => number(ev.keywords()),
        Field::Channel => number(ev.channel().0.into()),
        Field::Pid => number(ev.process_id().into()),
        Field::Tid => number(ev.thread_id().into()),
        Field::Cpu => number(ev.processor().into()),
        Field::HeaderKind => match value {
            Literal::Str(s) => text_matches(ev.header_kind().name().unwrap_or("").chars(), op, s),
            _ => false,
        },
        Field::Provider => {
            let guid = ev.provider_id();
            match value {
                Literal::Guid(g) => match op {
                    Op::Eq | Op::IEquals => guid == *g,
                    Op::Ne => guid != *g,
                    _ => false,
                },
                Literal::Str(s) => {
                    if let Ok(g) = s.parse::<Guid>() {
                        return match op {
                            Op::Eq | Op::IEquals => guid == g,
                            Op::Ne => guid != g,
                            _ => text_matches(guid.to_string().chars(), op, s),
                        };
                    }
                    // Provider names compare case-insensitively, as ETW treats them.
                    let op = match op {
                        Op::Eq => Op::IEquals,
                        Op::Contains => Op::IContains,
                        Op::StartsWith => Op::IStartsWith,
                        Op::EndsWith => Op::IEndsWith,
                        other => other,
                    };
                    let name = provider_name_of(ctx);
                    match name {
                        Some(n) => text_matches(n.chars(), op, s),
                        None => op == Op::Ne,
                    }
                }
                _ => false,
            }
        }
        Field::EventName => {
            let Literal::Str(s) = value else { return false };
            match ctx.schema() {
                Ok(schema) => text_matches(schema.display_name().chars(), op, s),
                Err(_) => op == Op::Ne,
            }
        }
    }
}

fn provider_name_of(ctx: &mut EventContext<'_, '_>) -> Option<Arc<str>> {
    if let Some(n) = ctx.provider_name() {
        return Some(n);
    }
    match ctx.event().extended().find(ExtType::PROV_TRAITS)?.parse() {
        etw_core::ExtendedData::ProviderTraits(t) => Some(t.name().into()),
        _ => None,
    }
}

/// Compares a decoded value with a literal.
pub(crate) fn value_matches(v: &Value<'_>, prop: &Property, op: Op, lit: &Literal) -> bool {
    // Text compared with text, character by character, without allocating.
    if let Literal::Str(s) = lit {
        match *v {
            Value::Utf16(u) => return text_matches(u.chars(), op, s),
            Value::Ansi(b) => return text_matches(ansi_text(b).chars(), op, s),
            _ => {}
        }
    }
    match (v, lit) {
        (Value::F32(_) | Value::F64(_), Literal::Int(_) | Literal::Float(_)) => {
            let a = match *v {
                Value::F32(f) => f64::from(f),
                Value::F64(f) => f,
                _ => return false,
            };
            let b = match *lit {
                Literal::Int(i) => i as f64,
                Literal::Float(f) => f,
                _ => return false,
            };
            float_cmp(a, op, b)
        }
        (_, Literal::Int(b)) if !op.is_text() => {
            // A port is stored in network byte order; compare the number people know (3389, not 15629).
            let a = match *v {
                Value::U16(p) if prop.out_type() == Some(etw_schema::OutType::PORT) => {
                    Some(i128::from(u16::from_be(p)))
                }
                _ => v.as_i64().map(i128::from).or_else(|| v.as_u64().map(i128::from)),
            };
            a.is_some_and(|a| num_cmp(a, op, *b))
        }
        (_, Literal::Float(b)) => v.as_i64().is_some_and(|a| float_cmp(a as f64, op, *b)),
        (Value::Bool(a), Literal::Bool(b)) => match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            _ => false,
        },
        (Value::Guid(a), Literal::Guid(b)) => match op {
            Op::Eq | Op::IEquals => a == b,
            Op::Ne => a != b,
            _ => false,
        },
        // Anything else is compared as shown: IP addresses, GUIDs, SIDs, times, mapped names, hex numbers.
        _ => {
            let mut out = Vec::new();
            write_json(&mut out, v, Some(prop));
            let shown = String::from_utf8_lossy(&out);
            let shown = shown.trim_matches('"');
            let want = match lit {
                Literal::Str(s) => s.clone(),
                other => other.to_string(),
            };
            text_matches(shown.chars(), op, &want)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_ops_without_allocation() {
        let t = |h: &str, op, n: &str| text_matches(h.chars(), op, n);
        assert!(t("powershell.exe", Op::Eq, "powershell.exe"));
        assert!(!t("powershell.exe", Op::Eq, "PowerShell.exe"));
        assert!(t("powershell.exe", Op::IEquals, "PowerShell.EXE"));
        assert!(t("C:\\Windows\\powershell.exe", Op::IContains, "POWERSHELL"));
        assert!(!t("C:\\Windows\\cmd.exe", Op::IContains, "powershell"));
        assert!(t("abc", Op::Contains, ""));
        assert!(t("abc", Op::StartsWith, "ab"));
        assert!(!t("abc", Op::StartsWith, "abcd"));
        assert!(t("abc", Op::EndsWith, "bc"));
        assert!(t("ABC", Op::IEndsWith, "bc"));
        assert!(!t("c", Op::EndsWith, "bc"));
        assert!(t("b", Op::Gt, "a"));
        assert!(t("x", Op::Ne, "y"));
    }

    #[test]
    fn numbers_and_bits() {
        assert!(num_cmp(0x8000_0000_0000_0010, Op::HasAny, 0x10));
        assert!(!num_cmp(0x20, Op::HasAny, 0x10));
        assert!(num_cmp(0x30, Op::HasAll, 0x30));
        assert!(num_cmp(5, Op::Le, 5) && !num_cmp(5, Op::Lt, 5));
    }

    #[test]
    fn event_ids_of_combinations() {
        let id = |v: u16| Predicate::Header { field: Field::Id, op: Op::Eq, value: Literal::Int(v.into()) };
        assert_eq!(id(10).or(id(11)).event_ids(), Some(vec![10, 11]));
        assert_eq!(id(10).and(Predicate::True).event_ids(), Some(vec![10]));
        assert_eq!(id(10).or(Predicate::True).event_ids(), None);
    }
}
