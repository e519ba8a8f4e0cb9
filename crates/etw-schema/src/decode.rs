//! Decoding a payload by a schema.
//!
//! One pass measures every top-level property (where its bytes are, how many values it holds) without
//! allocating; values are read from those byte ranges only when asked for. Reads are bounds-checked and
//! alignment-free, so a schema that does not fit its payload gives a [`DecodeError`] naming the property and the
//! offset, never a panic.
//!
//! Lengths: a fixed or property-given `length` counts characters for UTF-16 strings and bytes otherwise.
//! Counted types carry a u16 byte count before their data (big-endian for the "reversed" ones); `HexDump` a u32.
//! A `TraceLogging` variable array ([`Count::Prefixed`]) has a u16 element count before its elements.
//! A [`Count::Remaining`] array holds as many whole values as the rest of the payload does.

use core::fmt;
use std::sync::Arc;

use etw_core::cursor::{u16_at, u32_at};
use etw_core::{FileTime, Guid, Sid};

use crate::model::{Count, EventSchema, Length, Property, PropertyType};
use crate::types::InType;
use crate::value::{ArrayValue, StructValue, Utf16Str, Value};

/// Arrays whose elements take no bytes may not claim more elements than this; nor may all the arrays of one
/// measuring pass together (nested arrays of empty structs would otherwise multiply their counts).
const MAX_EMPTY_ELEMENTS: usize = 1 << 16;

/// What one measuring pass keeps: the integer value of each property read so far (for count and length
/// properties), and how many array elements took no bytes.
#[derive(Default, Debug)]
pub(crate) struct Ints {
    values: Vec<Option<u64>>,
    empty_elements: usize,
}

impl Ints {
    fn new(properties: usize) -> Ints {
        Ints { values: vec![None; properties], empty_elements: 0 }
    }

    fn reset(&mut self, properties: usize) {
        self.values.clear();
        self.values.resize(properties, None);
        self.empty_elements = 0;
    }
}

impl core::ops::Deref for Ints {
    type Target = [Option<u64>];
    fn deref(&self) -> &[Option<u64>] {
        &self.values
    }
}

impl core::ops::DerefMut for Ints {
    fn deref_mut(&mut self) -> &mut [Option<u64>] {
        &mut self.values
    }
}

/// A payload that does not fit its schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The property being decoded.
    pub property: Arc<str>,
    /// Offset in the payload where decoding failed.
    pub offset: usize,
    /// What was wrong.
    pub reason: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "property '{}' at payload offset {}: {}", self.property, self.offset, self.reason)
    }
}

impl std::error::Error for DecodeError {}

/// Where one top-level property's values are in the payload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Slot {
    /// Offset of the first value.
    pub start: u32,
    /// Offset just past the last value.
    pub end: u32,
    /// Number of values (1 for a non-array).
    pub count: u32,
}

/// Reusable scratch space for decoding, so decoding many events allocates nothing after the first.
#[derive(Default, Debug)]
pub struct Decoder {
    slots: Vec<Slot>,
    ints: Ints,
}

impl Decoder {
    /// A decoder with empty scratch space.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Measures `payload` against `schema`. On success the returned [`Decoded`] gives every top-level value.
    pub fn decode<'a>(
        &'a mut self,
        schema: &'a EventSchema,
        payload: &'a [u8],
        pointer_size: u8,
    ) -> Result<Decoded<'a>, DecodeError> {
        self.slots.clear();
        self.ints.reset(schema.properties.len());
        let mut pos = 0usize;
        for i in 0..usize::from(schema.top_level).min(schema.properties.len()) {
            // Fast path: one fixed-size value (most properties of most events).
            if let Some(Property {
                ty: PropertyType::Simple { in_type, .. },
                count: Count::One,
                length: Length::Natural,
                ..
            }) = schema.properties.get(i)
            {
                if let Some(size) = in_type.fixed_size(pointer_size) {
                    if let Some(bytes) = payload.get(pos..pos + size) {
                        if let Some(slot) = self.ints.get_mut(i) {
                            *slot = read_uint(*in_type, bytes);
                        }
                        self.slots.push(Slot { start: pos as u32, end: (pos + size) as u32, count: 1 });
                        pos += size;
                        continue;
                    }
                }
            }
            let (start, end, count) = measure(schema, i, payload, pos, pointer_size, &mut self.ints)?;
            self.slots.push(Slot { start: start as u32, end: end as u32, count: count as u32 });
            pos = end;
        }
        Ok(Decoded { schema, payload, pointer_size, slots: &self.slots, trailing: payload.len().saturating_sub(pos) })
    }
}

impl Decoder {
    /// The result of the last successful [`decode`](Decoder::decode) again, without measuring anew. Pass the
    /// same schema, payload and pointer size: the slots describe those (values are still read bounds-checked).
    pub fn last<'a>(&'a self, schema: &'a EventSchema, payload: &'a [u8], pointer_size: u8) -> Decoded<'a> {
        let end = self.slots.last().map_or(0, |s| s.end as usize);
        Decoded { schema, payload, pointer_size, slots: &self.slots, trailing: payload.len().saturating_sub(end) }
    }
}

/// A payload measured against its schema.
#[derive(Clone, Copy, Debug)]
pub struct Decoded<'a> {
    schema: &'a EventSchema,
    payload: &'a [u8],
    pointer_size: u8,
    slots: &'a [Slot],
    trailing: usize,
}

impl<'a> Decoded<'a> {
    /// The schema.
    pub fn schema(&self) -> &'a EventSchema {
        self.schema
    }

    /// The payload.
    pub fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// Where each top-level property is.
    pub fn slots(&self) -> &'a [Slot] {
        self.slots
    }

    /// Bytes after the last property that the schema does not describe.
    pub fn trailing_bytes(&self) -> usize {
        self.trailing
    }

    /// The value of top-level property `index`.
    pub fn value(&self, index: usize) -> Option<Value<'a>> {
        let slot = self.slots.get(index)?;
        let bytes = self.payload.get(slot.start as usize..slot.end as usize)?;
        Some(property_value(self.schema, index, bytes, slot.count as usize, self.pointer_size))
    }

    /// Every top-level property with its value.
    pub fn properties(&self) -> impl Iterator<Item = (&'a Property, Value<'a>)> + '_ {
        let this = *self;
        (0..self.slots.len()).filter_map(move |i| Some((this.schema.properties.get(i)?, this.value(i)?)))
    }
}

fn err(schema: &EventSchema, index: usize, offset: usize, reason: impl Into<String>) -> DecodeError {
    let property = schema.properties.get(index).map(|p| p.name.clone()).unwrap_or_else(|| "?".into());
    DecodeError { property, offset, reason: reason.into() }
}

/// Measures property `index` (all its values) at `pos`: (start of the first value, end, count).
pub(crate) fn measure(
    schema: &EventSchema,
    index: usize,
    data: &[u8],
    pos: usize,
    ptr: u8,
    ints: &mut Ints,
) -> Result<(usize, usize, usize), DecodeError> {
    let p = schema.properties.get(index).ok_or_else(|| err(schema, index, pos, "no such property"))?;
    let (count, start) = match p.count {
        Count::One => (1usize, pos),
        Count::Fixed(n) => (usize::from(n), pos),
        Count::Property(j) => {
            let n = ints
                .get(usize::from(j))
                .copied()
                .flatten()
                .ok_or_else(|| err(schema, index, pos, format!("its count property (#{j}) has no value yet")))?;
            (usize::try_from(n).unwrap_or(usize::MAX), pos)
        }
        Count::Prefixed => {
            let n = u16_at(data, pos).ok_or_else(|| err(schema, index, pos, "array count cut off"))?;
            (usize::from(n), pos + 2)
        }
        Count::Remaining => return measure_remaining(schema, index, p, data, pos, ptr, ints),
    };
    let remaining = data.len().saturating_sub(start);
    // A fixed-size element type makes the whole array one multiplication.
    if let PropertyType::Simple { in_type, .. } = p.ty {
        if let (Some(size), Length::Natural) = (in_type.fixed_size(ptr), p.length) {
            if size == 0 && count > MAX_EMPTY_ELEMENTS {
                return Err(err(schema, index, start, format!("count {count} of empty {in_type} values")));
            }
            let total = size.checked_mul(count).filter(|t| *t <= remaining).ok_or_else(|| {
                err(
                    schema,
                    index,
                    start,
                    format!("{count} x {size} bytes of {in_type} run past the payload ({remaining} left)"),
                )
            })?;
            if count == 1 {
                if let Some(slot) = ints.get_mut(index) {
                    *slot = read_uint(in_type, data.get(start..start + size).unwrap_or_default());
                }
            }
            return Ok((start, start + total, count));
        }
    }
    if count > remaining && count > MAX_EMPTY_ELEMENTS {
        return Err(err(schema, index, start, format!("count {count} is larger than the {remaining} bytes left")));
    }
    let mut at = start;
    for _ in 0..count {
        let end = measure_one(schema, index, p, data, at, ptr, ints)?;
        if end == at {
            ints.empty_elements += 1;
            if count > MAX_EMPTY_ELEMENTS || ints.empty_elements > MAX_EMPTY_ELEMENTS {
                return Err(err(schema, index, at, "too many empty array elements"));
            }
        }
        at = end;
    }
    Ok((start, at, count))
}

/// Measures a [`Count::Remaining`] array: as many whole values as fit in the rest of the payload.
fn measure_remaining(
    schema: &EventSchema,
    index: usize,
    p: &Property,
    data: &[u8],
    pos: usize,
    ptr: u8,
    ints: &mut Ints,
) -> Result<(usize, usize, usize), DecodeError> {
    let remaining = data.len().saturating_sub(pos);
    if let PropertyType::Simple { in_type, .. } = p.ty {
        if let (Some(size), Length::Natural) = (in_type.fixed_size(ptr), p.length) {
            if size == 0 {
                return Err(err(schema, index, pos, format!("an array of empty {in_type} values has no length")));
            }
            let count = remaining / size;
            return Ok((pos, pos + count * size, count));
        }
    }
    // Variable-size values: measure them one by one until the payload ends.
    let mut at = pos;
    let mut count = 0usize;
    while at < data.len() {
        let end = measure_one(schema, index, p, data, at, ptr, ints)?;
        if end <= at {
            return Err(err(schema, index, at, "an array element takes no bytes"));
        }
        at = end;
        count += 1;
    }
    Ok((pos, at, count))
}

/// Measures one value of property `index` at `pos`; returns its end.
fn measure_one(
    schema: &EventSchema,
    index: usize,
    p: &Property,
    data: &[u8],
    pos: usize,
    ptr: u8,
    ints: &mut Ints,
) -> Result<usize, DecodeError> {
    match p.ty {
        PropertyType::Struct { first, members } => {
            let mut at = pos;
            for m in usize::from(first)..usize::from(first) + usize::from(members) {
                if m <= index {
                    return Err(err(schema, index, pos, "struct member index does not follow the struct"));
                }
                at = measure(schema, m, data, at, ptr, ints)?.1;
            }
            Ok(at)
        }
        PropertyType::Simple { in_type, .. } => {
            let length = match p.length {
                Length::Natural => None,
                Length::Fixed(n) => Some(usize::from(n)),
                Length::Property(j) => {
                    Some(ints.get(usize::from(j)).copied().flatten().and_then(|v| usize::try_from(v).ok()).ok_or_else(
                        || err(schema, index, pos, format!("its length property (#{j}) has no value yet")),
                    )?)
                }
            };
            let end = simple_end(in_type, length, data, pos, ptr).map_err(|reason| err(schema, index, pos, reason))?;
            if p.count == Count::One {
                if let Some(slot) = ints.get_mut(index) {
                    *slot = read_uint(in_type, data.get(pos..end).unwrap_or_default());
                }
            }
            Ok(end)
        }
    }
}

fn read_uint(t: InType, b: &[u8]) -> Option<u64> {
    let n = |k: usize| {
        let s = b.get(..k)?;
        let mut w = [0u8; 8];
        w.get_mut(..k)?.copy_from_slice(s);
        Some(u64::from_le_bytes(w))
    };
    match t {
        InType::INT8 | InType::UINT8 => n(1),
        InType::INT16 | InType::UINT16 => n(2),
        InType::INT32 | InType::UINT32 | InType::HEXINT32 => n(4),
        InType::INT64 | InType::UINT64 | InType::HEXINT64 => n(8),
        InType::POINTER | InType::SIZET => n(b.len().min(8)),
        _ => None,
    }
}

/// The end of one value of `t` starting at `pos`. `length` is in characters for UTF-16 strings, else bytes.
fn simple_end(t: InType, length: Option<usize>, data: &[u8], pos: usize, ptr: u8) -> Result<usize, String> {
    let rest = data.get(pos..).unwrap_or_default();
    let need = |n: usize| -> Result<usize, String> {
        if n <= rest.len() {
            Ok(pos + n)
        } else {
            Err(format!("{t} needs {n} bytes, {} left", rest.len()))
        }
    };
    if let Some(size) = t.fixed_size(ptr) {
        // A length on a fixed-size type is the size the manifest gives (e.g. 16-byte binary-like values).
        return need(length.filter(|l| *l > 0 && *l != size).unwrap_or(size));
    }
    match t {
        InType::UNICODE_STRING | InType::NON_NUL_TERMINATED_STRING => match length {
            Some(chars) => need(chars.checked_mul(2).ok_or("length overflows")?),
            None if t == InType::NON_NUL_TERMINATED_STRING => Ok(data.len()),
            None => {
                let nul = rest.chunks_exact(2).position(|c| c == [0, 0]);
                Ok(nul.map_or(data.len(), |i| pos + 2 * i + 2))
            }
        },
        InType::ANSI_STRING | InType::NON_NUL_TERMINATED_ANSI_STRING => match length {
            Some(n) => need(n),
            None if t == InType::NON_NUL_TERMINATED_ANSI_STRING => Ok(data.len()),
            None => Ok(rest.iter().position(|b| *b == 0).map_or(data.len(), |i| pos + i + 1)),
        },
        InType::BINARY => match length {
            Some(n) => need(n),
            None => Ok(data.len()),
        },
        InType::MANIFEST_COUNTED_STRING
        | InType::MANIFEST_COUNTED_ANSI_STRING
        | InType::MANIFEST_COUNTED_BINARY
        | InType::COUNTED_STRING
        | InType::COUNTED_ANSI_STRING => {
            let n = u16_at(rest, 0).ok_or("length prefix cut off")?;
            need(2 + usize::from(n))
        }
        InType::REVERSED_COUNTED_STRING | InType::REVERSED_COUNTED_ANSI_STRING => {
            let n = u16_at(rest, 0).ok_or("length prefix cut off")?.swap_bytes();
            need(2 + usize::from(n))
        }
        InType::HEXDUMP => {
            let n = u32_at(rest, 0).ok_or("length prefix cut off")?;
            need(4usize.checked_add(n as usize).ok_or("length overflows")?)
        }
        InType::SID => {
            let n = rest.get(1).copied().ok_or("SID cut off")?;
            need(8 + 4 * usize::from(n))
        }
        InType::WBEMSID => {
            // No SID: the kernel writes a single zero ULONG instead of the TOKEN_USER.
            if u32_at(rest, 0) == Some(0) {
                return need(4);
            }
            let skip = 2 * usize::from(ptr);
            let n = rest.get(skip + 1).copied().ok_or("SID cut off")?;
            need(skip + 8 + 4 * usize::from(n))
        }
        other => Err(format!("in-type {other} is not supported")),
    }
}

/// The value of property `index` whose values occupy `bytes`.
pub(crate) fn property_value<'a>(
    schema: &'a EventSchema,
    index: usize,
    bytes: &'a [u8],
    count: usize,
    ptr: u8,
) -> Value<'a> {
    let Some(p) = schema.properties.get(index) else { return Value::Null };
    if p.count != Count::One {
        return Value::Array(ArrayValue { schema, index, bytes, count, pointer_size: ptr });
    }
    one_value(schema, p, bytes, ptr)
}

fn one_value<'a>(schema: &'a EventSchema, p: &Property, bytes: &'a [u8], ptr: u8) -> Value<'a> {
    match p.ty {
        PropertyType::Struct { first, members } => Value::Struct(StructValue {
            schema,
            first: usize::from(first),
            members: usize::from(members),
            bytes,
            pointer_size: ptr,
        }),
        PropertyType::Simple { in_type, .. } => simple_value(in_type, bytes, ptr),
    }
}

/// Reads one value of `t` from exactly its bytes.
pub fn simple_value(t: InType, b: &[u8], ptr: u8) -> Value<'_> {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        b.get(..N).and_then(|s| s.try_into().ok()).unwrap_or([0; N])
    }
    fn counted(b: &[u8]) -> &[u8] {
        b.get(2..).unwrap_or_default()
    }
    match t {
        InType::NULL => Value::Null,
        InType::INT8 => Value::I8(i8::from_le_bytes(arr(b))),
        InType::UINT8 => Value::U8(arr::<1>(b)[0]),
        InType::INT16 => Value::I16(i16::from_le_bytes(arr(b))),
        InType::UINT16 => Value::U16(u16::from_le_bytes(arr(b))),
        InType::INT32 => Value::I32(i32::from_le_bytes(arr(b))),
        InType::UINT32 | InType::HEXINT32 => Value::U32(u32::from_le_bytes(arr(b))),
        InType::INT64 => Value::I64(i64::from_le_bytes(arr(b))),
        InType::UINT64 | InType::HEXINT64 => Value::U64(u64::from_le_bytes(arr(b))),
        InType::FLOAT => Value::F32(f32::from_le_bytes(arr(b))),
        InType::DOUBLE => Value::F64(f64::from_le_bytes(arr(b))),
        InType::BOOLEAN => Value::Bool(u32::from_le_bytes(arr(b)) != 0),
        InType::GUID => Value::Guid(Guid::from_le_bytes(arr(b))),
        InType::POINTER | InType::SIZET => {
            Value::Pointer(if ptr == 4 { u32::from_le_bytes(arr(b)).into() } else { u64::from_le_bytes(arr(b)) })
        }
        InType::FILETIME => Value::FileTime(FileTime(i64::from_le_bytes(arr(b)))),
        InType::SYSTEMTIME => {
            let w: [u8; 16] = arr(b);
            let mut st = [0u16; 8];
            for (i, v) in st.iter_mut().enumerate() {
                *v = u16_at(&w, 2 * i).unwrap_or(0);
            }
            Value::SystemTime(st)
        }
        InType::SID => Sid::parse(b).map_or(Value::Binary(b), |(s, _)| Value::Sid(s)),
        InType::WBEMSID => {
            if b.len() == 4 && b.iter().all(|x| *x == 0) {
                return Value::Null;
            }
            let skip = 2 * usize::from(ptr);
            let rest = b.get(skip..).unwrap_or_default();
            Sid::parse(rest).map_or(Value::Binary(b), |(s, _)| Value::Sid(s))
        }
        InType::UNICODE_STRING | InType::NON_NUL_TERMINATED_STRING => Value::Utf16(Utf16Str::new(b)),
        InType::ANSI_STRING | InType::NON_NUL_TERMINATED_ANSI_STRING => Value::Ansi(b),
        InType::MANIFEST_COUNTED_STRING | InType::COUNTED_STRING | InType::REVERSED_COUNTED_STRING => {
            Value::Utf16(Utf16Str::new(counted(b)))
        }
        InType::MANIFEST_COUNTED_ANSI_STRING | InType::COUNTED_ANSI_STRING | InType::REVERSED_COUNTED_ANSI_STRING => {
            Value::Ansi(counted(b))
        }
        InType::MANIFEST_COUNTED_BINARY => Value::Binary(counted(b)),
        InType::HEXDUMP => Value::Binary(b.get(4..).unwrap_or_default()),
        InType::UNICODE_CHAR => Value::Char16(u16::from_le_bytes(arr(b))),
        InType::ANSI_CHAR => Value::Char8(arr::<1>(b)[0]),
        _ => Value::Binary(b),
    }
}

/// The elements of an array property (used by [`ArrayValue`]).
pub(crate) fn element_values<'a>(
    schema: &'a EventSchema,
    index: usize,
    bytes: &'a [u8],
    count: usize,
    ptr: u8,
) -> impl Iterator<Item = Value<'a>> + 'a {
    let mut ints = Ints::new(schema.properties.len());
    let mut at = 0usize;
    let mut left = count;
    std::iter::from_fn(move || {
        if left == 0 {
            return None;
        }
        left -= 1;
        let p = schema.properties.get(index)?;
        let end = measure_one(schema, index, p, bytes, at, ptr, &mut ints).ok()?;
        let v = one_value(schema, p, bytes.get(at..end)?, ptr);
        at = end;
        Some(v)
    })
}

/// The members of a struct value (used by [`StructValue`]).
pub(crate) fn struct_members<'a>(
    schema: &'a EventSchema,
    first: usize,
    members: usize,
    bytes: &'a [u8],
    ptr: u8,
) -> impl Iterator<Item = (&'a Property, Value<'a>)> + 'a {
    let mut ints = Ints::new(schema.properties.len());
    let mut at = 0usize;
    (first..first + members).map_while(move |m| {
        let (start, end, count) = measure(schema, m, bytes, at, ptr, &mut ints).ok()?;
        at = end;
        Some((schema.properties.get(m)?, property_value(schema, m, bytes.get(start..end)?, count, ptr)))
    })
}
