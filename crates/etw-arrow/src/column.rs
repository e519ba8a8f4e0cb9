//! Column builders for decoded values: one [`Column`] per Arrow column of a typed table, built from the
//! property's ETW types ([`crate::mapping`]) and filled with [`Value`]s, one row per event.
//!
//! Arrow's own builders hold the leaves; lists and structs are assembled here (offsets, validity, children), so
//! that a property of any shape (arrays of structs of mapped integers) is one recursive value → column walk with
//! no dynamic dispatch per value.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use arrow_array::builder::{
    BinaryBuilder, BooleanBuilder, Float32Builder, Float64Builder, Int16Builder, Int32Builder, Int64Builder,
    Int8Builder, StringBuilder, TimestampNanosecondBuilder, UInt16Builder, UInt32Builder, UInt64Builder, UInt8Builder,
};
use arrow_array::{ArrayRef, ListArray, StructArray};
use arrow_buffer::{NullBufferBuilder, OffsetBuffer, ScalarBuffer};
use arrow_schema::{DataType, Field, FieldRef, Fields};
use etw_schema::{ansi_text, ipv4_of, mapped_name, socket_address, OutType, ValueMap};
use etw_schema::{write_json, Value};

use crate::mapping::{filetime_ns, systemtime_ns, Leaf, Shape};

/// The builder of one Arrow column.
pub(crate) enum Column {
    /// A leaf value.
    Leaf(LeafBuilder),
    /// A list: offsets into the child, and which rows have a list.
    List { item: FieldRef, offsets: Vec<i32>, valid: NullBufferBuilder, child: Box<Column> },
    /// A struct: one child per member column.
    Struct { fields: Fields, children: Vec<Column>, valid: NullBufferBuilder },
}

/// Arrow's builder for a leaf, and how values become its cells.
pub(crate) enum LeafBuilder {
    Bool(BooleanBuilder),
    I8(Int8Builder),
    I16(Int16Builder),
    I32(Int32Builder),
    I64(Int64Builder),
    U8(UInt8Builder),
    U16(UInt16Builder),
    U32(UInt32Builder),
    U64(UInt64Builder),
    /// A port stored in network byte order, kept as its number.
    Port(UInt16Builder),
    F32(Float32Builder),
    F64(Float64Builder),
    /// Text: strings, characters, GUIDs, SIDs, addresses (per the out-type); other values as their JSON text.
    Text(StringBuilder, OutType),
    /// The name of a value-mapped integer (null when the map has no name for it).
    MapName(StringBuilder, Arc<ValueMap>),
    Binary(BinaryBuilder),
    Time(TimestampNanosecondBuilder),
}

impl Column {
    /// A builder for `shape`.
    pub(crate) fn new(shape: &Shape) -> Column {
        match shape {
            Shape::Leaf(leaf) => Column::Leaf(LeafBuilder::new(leaf)),
            Shape::List(item) => Column::List {
                item: Arc::new(Field::new("item", item.data_type(), true)),
                offsets: vec![0],
                valid: NullBufferBuilder::new(0),
                child: Box::new(Column::new(item)),
            },
            Shape::Struct(members) => Column::Struct {
                fields: members.iter().map(|(name, s)| Field::new(name.as_str(), s.data_type(), true)).collect(),
                children: members.iter().map(|(_, s)| Column::new(s)).collect(),
                valid: NullBufferBuilder::new(0),
            },
        }
    }

    /// Appends one row: `value`, or null.
    pub(crate) fn append(&mut self, value: Option<&Value<'_>>, scratch: &mut Vec<u8>) {
        match self {
            Column::Leaf(leaf) => leaf.append(value, scratch),
            Column::List { offsets, valid, child, .. } => {
                let last = offsets.last().copied().unwrap_or(0);
                match value {
                    Some(Value::Array(a)) => {
                        let mut n = 0i32;
                        for v in a.iter() {
                            child.append(Some(&v), scratch);
                            n = n.saturating_add(1);
                        }
                        offsets.push(last.saturating_add(n));
                        valid.append_non_null();
                    }
                    _ => {
                        offsets.push(last);
                        valid.append_null();
                    }
                }
            }
            Column::Struct { children, valid, .. } => match value {
                Some(Value::Struct(s)) => {
                    let mut members = s.members();
                    // Members come in schema order; the column list has one or two columns per member
                    // (a mapped member has its name and its raw value), see `Shape::struct_of`.
                    let mut columns = children.iter_mut();
                    for (p, v) in members.by_ref() {
                        let width = crate::mapping::columns_of(p);
                        for _ in 0..width {
                            if let Some(c) = columns.next() {
                                c.append(Some(&v), scratch);
                            }
                        }
                    }
                    for c in columns {
                        c.append(None, scratch);
                    }
                    valid.append_non_null();
                }
                _ => {
                    for c in children.iter_mut() {
                        c.append(None, scratch);
                    }
                    valid.append_null();
                }
            },
        }
    }

    /// The column so far, emptying the builder.
    pub(crate) fn finish(&mut self) -> ArrayRef {
        match self {
            Column::Leaf(leaf) => leaf.finish(),
            Column::List { item, offsets, valid, child } => {
                let offsets = std::mem::replace(offsets, vec![0]);
                let values = child.finish();
                let nulls = valid.finish();
                // Offsets only grow from 0 and end at the child's length, so this holds by construction; an
                // error would mean a bug here, and an empty list column is a safe answer to it.
                match ListArray::try_new(item.clone(), OffsetBuffer::new(ScalarBuffer::from(offsets)), values, nulls) {
                    Ok(a) => Arc::new(a),
                    Err(_) => arrow_array::new_null_array(&DataType::List(item.clone()), 0),
                }
            }
            Column::Struct { fields, children, valid } => {
                let arrays: Vec<ArrayRef> = children.iter_mut().map(Column::finish).collect();
                let nulls = valid.finish();
                if arrays.is_empty() {
                    return Arc::new(StructArray::new_empty_fields(nulls.as_ref().map_or(0, |n| n.len()), nulls));
                }
                match StructArray::try_new(fields.clone(), arrays, nulls) {
                    Ok(a) => Arc::new(a),
                    Err(_) => arrow_array::new_null_array(&DataType::Struct(fields.clone()), 0),
                }
            }
        }
    }
}

impl LeafBuilder {
    fn new(leaf: &Leaf) -> LeafBuilder {
        match leaf {
            Leaf::Bool => LeafBuilder::Bool(BooleanBuilder::new()),
            Leaf::I8 => LeafBuilder::I8(Int8Builder::new()),
            Leaf::I16 => LeafBuilder::I16(Int16Builder::new()),
            Leaf::I32 => LeafBuilder::I32(Int32Builder::new()),
            Leaf::I64 => LeafBuilder::I64(Int64Builder::new()),
            Leaf::U8 => LeafBuilder::U8(UInt8Builder::new()),
            Leaf::U16 => LeafBuilder::U16(UInt16Builder::new()),
            Leaf::U32 => LeafBuilder::U32(UInt32Builder::new()),
            Leaf::U64 => LeafBuilder::U64(UInt64Builder::new()),
            Leaf::Port => LeafBuilder::Port(UInt16Builder::new()),
            Leaf::F32 => LeafBuilder::F32(Float32Builder::new()),
            Leaf::F64 => LeafBuilder::F64(Float64Builder::new()),
            Leaf::Text(out) => LeafBuilder::Text(StringBuilder::new(), *out),
            Leaf::MapName(map) => LeafBuilder::MapName(StringBuilder::new(), map.clone()),
            Leaf::Binary => LeafBuilder::Binary(BinaryBuilder::new()),
            Leaf::Time => LeafBuilder::Time(TimestampNanosecondBuilder::new().with_timezone("UTC")),
        }
    }

    fn append(&mut self, value: Option<&Value<'_>>, scratch: &mut Vec<u8>) {
        let v = match value {
            Some(Value::Null) | None => None,
            Some(v) => Some(v),
        };
        match self {
            LeafBuilder::Bool(b) => b.append_option(v.and_then(|v| match v {
                Value::Bool(x) => Some(*x),
                other => other.as_u64().map(|x| x != 0),
            })),
            LeafBuilder::I8(b) => b.append_option(v.and_then(|v| v.as_i64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::I16(b) => b.append_option(v.and_then(|v| v.as_i64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::I32(b) => b.append_option(v.and_then(|v| v.as_i64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::I64(b) => b.append_option(v.and_then(|v| v.as_i64())),
            LeafBuilder::U8(b) => b.append_option(v.and_then(|v| v.as_u64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::U16(b) => b.append_option(v.and_then(|v| v.as_u64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::U32(b) => b.append_option(v.and_then(|v| v.as_u64()).and_then(|x| x.try_into().ok())),
            LeafBuilder::U64(b) => b.append_option(v.and_then(|v| v.as_u64())),
            LeafBuilder::Port(b) => b.append_option(v.and_then(|v| match v {
                Value::U16(x) => Some(u16::from_be(*x)),
                _ => None,
            })),
            LeafBuilder::F32(b) => b.append_option(v.and_then(|v| match v {
                Value::F32(x) => Some(*x),
                _ => None,
            })),
            LeafBuilder::F64(b) => b.append_option(v.and_then(|v| match v {
                Value::F64(x) => Some(*x),
                Value::F32(x) => Some(f64::from(*x)),
                _ => None,
            })),
            LeafBuilder::Binary(b) => match v {
                Some(Value::Binary(x)) | Some(Value::Ansi(x)) => b.append_value(x),
                _ => b.append_null(),
            },
            LeafBuilder::Time(b) => b.append_option(v.and_then(|v| match v {
                Value::FileTime(t) => filetime_ns(*t),
                Value::SystemTime(st) => systemtime_ns(*st),
                _ => None,
            })),
            LeafBuilder::MapName(b, map) => {
                let name = v.and_then(|v| v.as_u64()).and_then(|x| mapped_name(map, x));
                b.append_option(name.as_deref());
            }
            LeafBuilder::Text(b, out) => match v {
                None => b.append_null(),
                Some(v) => {
                    scratch.clear();
                    if text_of(v, *out, scratch) {
                        match std::str::from_utf8(scratch) {
                            Ok(text) => b.append_value(text),
                            Err(_) => b.append_value(String::from_utf8_lossy(scratch)),
                        }
                    } else {
                        b.append_null();
                    }
                }
            },
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            LeafBuilder::Bool(b) => Arc::new(b.finish()),
            LeafBuilder::I8(b) => Arc::new(b.finish()),
            LeafBuilder::I16(b) => Arc::new(b.finish()),
            LeafBuilder::I32(b) => Arc::new(b.finish()),
            LeafBuilder::I64(b) => Arc::new(b.finish()),
            LeafBuilder::U8(b) => Arc::new(b.finish()),
            LeafBuilder::U16(b) | LeafBuilder::Port(b) => Arc::new(b.finish()),
            LeafBuilder::U32(b) => Arc::new(b.finish()),
            LeafBuilder::U64(b) => Arc::new(b.finish()),
            LeafBuilder::F32(b) => Arc::new(b.finish()),
            LeafBuilder::F64(b) => Arc::new(b.finish()),
            LeafBuilder::Text(b, _) | LeafBuilder::MapName(b, _) => Arc::new(b.finish()),
            LeafBuilder::Binary(b) => Arc::new(b.finish()),
            LeafBuilder::Time(b) => Arc::new(b.finish()),
        }
    }
}

/// Writes the text of `v` shown as `out` into `buf`: strings as they are, characters as one character, GUIDs and
/// SIDs in their usual form, IPv4/IPv6 addresses and socket addresses in their notation; any other value as the
/// JSON `dump` writes for it. False if there is nothing to write.
fn text_of(v: &Value<'_>, out: OutType, buf: &mut Vec<u8>) -> bool {
    use std::fmt::Write as _;
    // The common cases, strings, go straight into `buf`, with no allocation of their own.
    match *v {
        Value::Utf16(u) => {
            let mut utf8 = [0u8; 4];
            for c in u.chars() {
                buf.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
            return true;
        }
        Value::Ansi(b) => {
            buf.extend_from_slice(ansi_text(b).as_bytes());
            return true;
        }
        _ => {}
    }
    let mut s = String::new();
    match *v {
        Value::Char16(c) => s.extend(char::decode_utf16([c]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))),
        Value::Char8(c) => s.push(char::from(c)),
        Value::U8(c) if out == OutType::STRING => s.push(char::from(c)),
        Value::I8(c) if out == OutType::STRING => s.push(char::from(c as u8)),
        Value::U16(c) if out == OutType::STRING => {
            s.extend(char::decode_utf16([c]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)))
        }
        Value::Guid(g) => {
            let _ = write!(s, "{g}");
        }
        Value::Sid(sid) => {
            let _ = write!(s, "{sid}");
        }
        Value::U32(x) if out == OutType::IPV4 => {
            let _ = write!(s, "{}", ipv4_of(x));
        }
        Value::Binary(b) if out == OutType::IPV6 && b.len() == 16 => {
            let a: [u8; 16] = b.try_into().unwrap_or([0; 16]);
            let _ = write!(s, "{}", Ipv6Addr::from(a));
        }
        Value::Binary(b) if out == OutType::IPV4 && b.len() == 4 => {
            let a: [u8; 4] = b.try_into().unwrap_or([0; 4]);
            let _ = write!(s, "{}", Ipv4Addr::from(a));
        }
        Value::Binary(b) if out == OutType::SOCKET_ADDRESS => match socket_address(b) {
            Some(sa) => {
                let _ = write!(s, "{sa}");
            }
            None => return false,
        },
        Value::Binary(b) if matches!(out, OutType::STRING | OutType::UTF8 | OutType::XML | OutType::JSON) => {
            s.push_str(&ansi_text(b))
        }
        ref other => {
            write_json(buf, other, None);
            return true;
        }
    }
    buf.extend_from_slice(s.as_bytes());
    true
}
