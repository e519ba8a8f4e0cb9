//! The Arrow mapping of ETW types: which Arrow type each property of an event schema gets, from its TDH in-type
//! and out-type, its count (arrays become lists), its struct members (structs) and its value map.
//!
//! | ETW (in-type, out-type) | Arrow |
//! |---|---|
//! | `Int8`…`Int64`, `UInt8`…`UInt64`, `HexInt32`, `HexInt64` | `Int8`…`UInt64`, by width and sign (hex is a way of showing, not a type) |
//! | any integer with out-type `xs:boolean`; `Boolean` | `Boolean` |
//! | `UInt16` with out-type `win:Port` | `UInt16`, in host byte order (the port number) |
//! | `UInt32` with out-type `win:IPv4`; `Binary` with `win:IPv6` or `win:SocketAddress` | `Utf8`: `10.0.0.1`, `fe80::1`, `10.0.0.1:443` |
//! | `Float`, `Double` | `Float32`, `Float64` |
//! | strings of every form, `UnicodeChar`, `AnsiChar`, 8/16-bit integers shown as `xs:string` | `Utf8` |
//! | `GUID`, `SID`, `WbemSid` | `Utf8` in their usual text form |
//! | `Binary`, `CountedBinary`, `HexDump` | `Binary` (`Utf8` when the out-type says it is text) |
//! | `Pointer`, `SizeT` | `UInt32` or `UInt64`, by the event's pointer size |
//! | `FILETIME`, `SYSTEMTIME` | `Timestamp(ns, UTC)` (null outside 1677–2262, or for a zero SYSTEMTIME) |
//! | an integer with a value map | `Utf8` with the name `dump` shows (null when the map has none), and the raw integer beside it as `NAME_value` |
//! | an array (fixed, counted, or to the end of the payload) | `List` of the element's type |
//! | a struct | `Struct` of its members' types (a list of structs for an array of structs) |
//! | anything else | `Utf8` holding the value's JSON text as `dump` writes it |

use std::collections::HashSet;
use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, TimeUnit};
use etw_core::FileTime;
use etw_schema::{Count, EventSchema, InType, OutType, Property, PropertyType, ValueMap};

/// The Arrow type of a leaf value, with what the column builder needs to fill it.
#[derive(Clone, Debug)]
pub(crate) enum Leaf {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    Port,
    F32,
    F64,
    Text(OutType),
    MapName(Arc<ValueMap>),
    Binary,
    Time,
}

/// The shape of one column: a leaf, a list of something, or a struct of named columns.
#[derive(Clone, Debug)]
pub(crate) enum Shape {
    Leaf(Leaf),
    List(Box<Shape>),
    Struct(Vec<(String, Shape)>),
}

/// The timestamp type of every time column: nanoseconds (100 ns FILETIME precision kept) in UTC.
pub fn timestamp_type() -> DataType {
    DataType::Timestamp(TimeUnit::Nanosecond, Some("UTC".into()))
}

impl Leaf {
    fn data_type(&self) -> DataType {
        match self {
            Leaf::Bool => DataType::Boolean,
            Leaf::I8 => DataType::Int8,
            Leaf::I16 => DataType::Int16,
            Leaf::I32 => DataType::Int32,
            Leaf::I64 => DataType::Int64,
            Leaf::U8 => DataType::UInt8,
            Leaf::U16 | Leaf::Port => DataType::UInt16,
            Leaf::U32 => DataType::UInt32,
            Leaf::U64 => DataType::UInt64,
            Leaf::F32 => DataType::Float32,
            Leaf::F64 => DataType::Float64,
            Leaf::Text(_) | Leaf::MapName(_) => DataType::Utf8,
            Leaf::Binary => DataType::Binary,
            Leaf::Time => timestamp_type(),
        }
    }
}

impl Shape {
    /// The column's Arrow type.
    pub(crate) fn data_type(&self) -> DataType {
        match self {
            Shape::Leaf(l) => l.data_type(),
            Shape::List(item) => DataType::List(Arc::new(Field::new("item", item.data_type(), true))),
            Shape::Struct(members) => DataType::Struct(
                members.iter().map(|(n, s)| Field::new(n.as_str(), s.data_type(), true)).collect::<Fields>(),
            ),
        }
    }
}

/// True for the integer in-types a value map can name (pointers and sizes are integers too, but not named).
fn is_integer(t: InType) -> bool {
    t.is_integer() && !matches!(t, InType::SIZET | InType::POINTER)
}

/// The value map of a property whose values it names, if any.
fn map_of(p: &Property) -> Option<&Arc<ValueMap>> {
    match &p.ty {
        PropertyType::Simple { in_type, map: Some(map), .. } if is_integer(*in_type) => Some(map),
        _ => None,
    }
}

/// How many columns property `p` becomes: two for a value-mapped integer (its name and its raw value), else one.
pub(crate) fn columns_of(p: &Property) -> usize {
    if map_of(p).is_some() {
        2
    } else {
        1
    }
}

/// The leaf type of one value of `in_type` shown as `out_type`, in an event whose pointers are `pointer_size`
/// bytes.
fn leaf_of(in_type: InType, out_type: OutType, pointer_size: u8) -> Leaf {
    let boolean = out_type == OutType::BOOLEAN;
    match in_type {
        InType::INT8 if out_type == OutType::STRING => Leaf::Text(out_type),
        InType::UINT8 if out_type == OutType::STRING => Leaf::Text(out_type),
        InType::UINT16 if out_type == OutType::STRING => Leaf::Text(out_type),
        InType::UINT16 if out_type == OutType::PORT => Leaf::Port,
        InType::UINT32 | InType::HEXINT32 if out_type == OutType::IPV4 => Leaf::Text(out_type),
        t if boolean && is_integer(t) => Leaf::Bool,
        InType::INT8 => Leaf::I8,
        InType::UINT8 => Leaf::U8,
        InType::INT16 => Leaf::I16,
        InType::UINT16 => Leaf::U16,
        InType::INT32 => Leaf::I32,
        InType::UINT32 | InType::HEXINT32 => Leaf::U32,
        InType::INT64 => Leaf::I64,
        InType::UINT64 | InType::HEXINT64 => Leaf::U64,
        InType::FLOAT => Leaf::F32,
        InType::DOUBLE => Leaf::F64,
        InType::BOOLEAN => Leaf::Bool,
        InType::BINARY | InType::MANIFEST_COUNTED_BINARY | InType::HEXDUMP => match out_type {
            OutType::IPV6
            | OutType::IPV4
            | OutType::SOCKET_ADDRESS
            | OutType::STRING
            | OutType::UTF8
            | OutType::XML
            | OutType::JSON => Leaf::Text(out_type),
            _ => Leaf::Binary,
        },
        InType::POINTER | InType::SIZET if pointer_size == 4 => Leaf::U32,
        InType::POINTER | InType::SIZET => Leaf::U64,
        InType::FILETIME | InType::SYSTEMTIME => Leaf::Time,
        _ => Leaf::Text(out_type),
    }
}

/// The columns of property `index` of `schema`: `(name, shape)`, one, or two for a value-mapped integer
/// (`NAME` with the names, `NAME_value` with the raw values).
pub(crate) fn property_columns(schema: &EventSchema, index: usize, pointer_size: u8) -> Vec<(String, Shape)> {
    property_columns_at(schema, index, pointer_size, 0)
}

/// Structs nest at most this deep (a schema that says more is damaged or circular).
const MAX_DEPTH: usize = 8;

fn property_columns_at(schema: &EventSchema, index: usize, pointer_size: u8, depth: usize) -> Vec<(String, Shape)> {
    let Some(p) = schema.properties.get(index) else { return Vec::new() };
    let name = p.name.to_string();
    let list = |s: Shape| if p.count == Count::One { s } else { Shape::List(Box::new(s)) };
    match &p.ty {
        PropertyType::Simple { in_type, out_type, map } => {
            let raw = leaf_of(*in_type, *out_type, pointer_size);
            match map {
                Some(map) if is_integer(*in_type) => vec![
                    (name.clone(), list(Shape::Leaf(Leaf::MapName(map.clone())))),
                    (format!("{name}_value"), list(Shape::Leaf(raw))),
                ],
                _ => vec![(name, list(Shape::Leaf(raw)))],
            }
        }
        PropertyType::Struct { first, members } => {
            let mut cols = Vec::new();
            if depth < MAX_DEPTH {
                let first = usize::from(*first);
                for m in first..first.saturating_add(usize::from(*members)) {
                    cols.extend(property_columns_at(schema, m, pointer_size, depth + 1));
                }
            }
            vec![(name, list(Shape::Struct(unique_names(cols))))]
        }
    }
}

/// Makes column names unique, ignoring ASCII case (DuckDB and Spark compare names that way): a name already
/// taken gets `_2`, `_3`, …; an empty name becomes `field_N`.
pub(crate) fn unique_names(cols: Vec<(String, Shape)>) -> Vec<(String, Shape)> {
    let mut taken = HashSet::new();
    unique_names_with(cols, &mut taken)
}

/// [`unique_names`], with names already taken (lowercase) in `taken`.
pub(crate) fn unique_names_with(cols: Vec<(String, Shape)>, taken: &mut HashSet<String>) -> Vec<(String, Shape)> {
    cols.into_iter()
        .enumerate()
        .map(|(i, (name, shape))| {
            let base = if name.is_empty() { format!("field_{i}") } else { name };
            let mut candidate = base.clone();
            let mut n = 2;
            while !taken.insert(candidate.to_ascii_lowercase()) {
                candidate = format!("{base}_{n}");
                n += 1;
            }
            (candidate, shape)
        })
        .collect()
}

/// Nanoseconds since the Unix epoch of a FILETIME, or `None` outside what a nanosecond timestamp holds
/// (about 1677 to 2262).
pub fn filetime_ns(t: FileTime) -> Option<i64> {
    let (secs, ticks) = t.to_unix();
    secs.checked_mul(1_000_000_000)?.checked_add(i64::from(ticks) * 100)
}

/// Nanoseconds since the Unix epoch of a SYSTEMTIME (year, month, weekday, day, hour, minute, second,
/// milliseconds), taken as UTC; `None` for an all-zero or impossible one.
pub fn systemtime_ns(st: [u16; 8]) -> Option<i64> {
    let [y, mo, _wd, d, h, mi, s, ms] = st;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 || ms > 999 {
        return None;
    }
    let days = days_from_civil(i64::from(y), i64::from(mo), i64::from(d));
    let secs = days.checked_mul(86_400)? + i64::from(h) * 3600 + i64::from(mi) * 60 + i64::from(s);
    secs.checked_mul(1_000_000_000)?.checked_add(i64::from(ms) * 1_000_000)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_convert_to_unix_nanoseconds() {
        // 2012-06-19T20:33:52.8135944Z
        let ft = FileTime(129_846_116_328_135_944);
        assert_eq!(filetime_ns(ft), Some(1_340_138_032_813_594_400));
        assert_eq!(systemtime_ns([2012, 6, 2, 19, 20, 33, 52, 813]), Some(1_340_138_032_813_000_000));
        assert_eq!(systemtime_ns([0; 8]), None);
        assert_eq!(filetime_ns(FileTime(i64::MAX)), None);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn names_are_unique_ignoring_case() {
        let leaf = || Shape::Leaf(Leaf::U32);
        let cols =
            vec![("PID".into(), leaf()), ("pid".into(), leaf()), (String::new(), leaf()), ("pid_2".into(), leaf())];
        let names: Vec<String> = unique_names(cols).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["PID", "pid_2", "field_2", "pid_2_2"]);
    }
}
