//! Measuring a payload against a schema: where each property's values are and how many there are.
//!
//! Measuring reads only the bytes it needs (counts, lengths, length prefixes) and allocates nothing; the
//! values themselves are read later, from the byte ranges found here ([`crate::value`]). Reads are
//! bounds-checked and alignment-free, so a schema that does not fit its payload gives a [`DecodeError`] naming
//! the property and the offset, never a panic.
//!
//! Lengths: a fixed or property-given `length` counts characters for UTF-16 strings and bytes otherwise.
//! Counted types carry a u16 byte count before their data (big-endian for the "reversed" ones); `HexDump` a u32.
//! A `TraceLogging` variable array ([`Count::Prefixed`]) has a u16 element count before its elements.
//! A [`Count::Remaining`] array holds as many whole values as the rest of the payload does.

use core::fmt;
use std::sync::Arc;

use etw_core::cursor::{u16_at, u32_at};

use crate::model::{Count, EventSchema, Length, Property, PropertyType};
use crate::types::InType;

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
    pub(crate) fn new(properties: usize) -> Ints {
        Ints { values: vec![None; properties], empty_elements: 0 }
    }

    pub(crate) fn reset(&mut self, properties: usize) {
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

pub(crate) fn err(schema: &EventSchema, index: usize, offset: usize, reason: impl Into<String>) -> DecodeError {
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
pub(crate) fn measure_one(
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

/// The integer in `b` if `t` is an integer type (the value a count or length property gives).
pub(crate) fn read_uint(t: InType, b: &[u8]) -> Option<u64> {
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
                let nul = etw_core::nul::utf16_nul(rest);
                Ok(nul.map_or(data.len(), |i| pos + 2 * i + 2))
            }
        },
        InType::ANSI_STRING | InType::NON_NUL_TERMINATED_ANSI_STRING => match length {
            Some(n) => need(n),
            None if t == InType::NON_NUL_TERMINATED_ANSI_STRING => Ok(data.len()),
            None => Ok(etw_core::nul::ansi_nul(rest).map_or(data.len(), |i| pos + i + 1)),
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
