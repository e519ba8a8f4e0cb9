//! Reading TraceLogging event metadata into an [`EventSchema`], and the TraceLogging type numbering.
//!
//! Layout (`TraceLoggingProvider.h`):
//!
//! ```text
//! event:  u16 TotalSize (of the whole blob, this field included)
//!         u8  Tags[]          one or more; each byte with 0x80 set is followed by another
//!         NUL-terminated UTF-8 event name
//!         field...
//! field:  NUL-terminated UTF-8 field name
//!         u8  InType          low 5 bits: type; 0x60: 0x20 constant count, 0x40 variable count, 0x60 custom;
//!                             0x80: an OutType byte follows
//!         u8  OutType         if InType & 0x80; low 7 bits: type (a struct's member count); 0x80: tags follow
//!         u8  Tags[]          if OutType & 0x80; as above
//!         u16 Count           if constant count
//!         u16 TypeInfoSize, u8 TypeInfo[TypeInfoSize]   if custom
//! ```
//!
//! A struct field (in-type 24) holds no data of its own: its members are the next N fields (N from the out-type
//! byte), which may be structs themselves. In the payload a variable-count array starts with a u16 element count
//! and a custom field is a u16 byte count and the bytes.

use std::sync::Arc;

use etw_core::cursor::u16_at;
use etw_core::{EventDescriptor, Guid};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType};
use crate::registry::SchemaError;
use crate::types::{InType, OutType};

/// The source name in [`SchemaError`]s.
pub(crate) const SOURCE_NAME: &str = "tracelogging";

/// Structs may nest this deep (a struct directly in the event is at depth 1). The decoder and the JSON writer
/// recurse once per level, so the bound keeps hostile metadata from exhausting the stack.
pub const MAX_STRUCT_DEPTH: usize = 32;

/// TraceLogging in-type flag: a u16 element count follows in the metadata (`_TlgInCcount`).
const CCOUNT: u8 = 0x20;
/// TraceLogging in-type flag: a u16 element count precedes the values in the payload (`TlgInVcount`).
const VCOUNT: u8 = 0x40;
/// TraceLogging in-type flags for a custom-serialized field (`_TlgInCustom`).
const CUSTOM: u8 = 0x60;
/// The count/custom bits of an in-type byte.
const COUNT_MASK: u8 = 0x60;
/// The type bits of an in-type byte.
const TYPE_MASK: u8 = 0x1F;
/// In-type and out-type bit: another byte (out-type, tags) follows.
const CHAIN: u8 = 0x80;
/// `_TlgInSTRUCT`.
const TL_STRUCT: u8 = 24;

/// The TDH in-type of a TraceLogging in-type (the low 5 bits of the in-type byte), or `None` for a value
/// TraceLogging does not define (and for `_TlgInSTRUCT`, which is not a value type).
///
/// The numbering is TDH's for 0 to 13, 15 and 17 to 23. The differences: TraceLogging `BINARY` (14) and
/// `COUNTEDBINARY` (25) are a u16 byte count and the bytes, TDH's `MANIFEST_COUNTED_BINARY`; the counted
/// strings (22, 23) carry a u16 byte count, TDH's `MANIFEST_COUNTED_STRING` and `MANIFEST_COUNTED_ANSI_STRING`;
/// 16 (`_TlgInPOINTER_unsupported` in the header, TDH's `POINTER`) is read as a pointer of the event's pointer
/// size. `INTPTR`, `UINTPTR` and `POINTER` in TraceLogging source code are aliases that the compiler already
/// turned into 32- or 64-bit types.
pub fn tdh_in_type(tl: u8) -> Option<InType> {
    Some(match tl {
        0 => InType::NULL,
        1 => InType::UNICODE_STRING,
        2 => InType::ANSI_STRING,
        3 => InType::INT8,
        4 => InType::UINT8,
        5 => InType::INT16,
        6 => InType::UINT16,
        7 => InType::INT32,
        8 => InType::UINT32,
        9 => InType::INT64,
        10 => InType::UINT64,
        11 => InType::FLOAT,
        12 => InType::DOUBLE,
        13 => InType::BOOLEAN,
        14 | 25 => InType::MANIFEST_COUNTED_BINARY,
        15 => InType::GUID,
        16 => InType::POINTER,
        17 => InType::FILETIME,
        18 => InType::SYSTEMTIME,
        19 => InType::SID,
        20 => InType::HEXINT32,
        21 => InType::HEXINT64,
        22 => InType::MANIFEST_COUNTED_STRING,
        23 => InType::MANIFEST_COUNTED_ANSI_STRING,
        _ => return None,
    })
}

/// The TDH out-type of a TraceLogging out-type (low 7 bits of the out-type byte) on a field of TDH in-type
/// `in_type`.
///
/// TraceLogging numbers its out-types 0 to 18 differently from TDH: `NOPRINT` 1, `STRING` 2, `BOOLEAN` 3,
/// `HEX` 4 (TDH's `HEXINT8`..`HEXINT64` by the integer's width, `HEX_BINARY` on binary), `PID` 5, `TID` 6,
/// `PORT` 7, `IPV4` 8, `IPV6` 9, `SOCKETADDRESS` 10, `XML` 11, `JSON` 12, `WIN32ERROR` 13, `NTSTATUS` 14,
/// `HRESULT` 15, `FILETIME` 16 (TDH `DATETIME`), `SIGNED` 17 and `UNSIGNED` 18 (TDH's `BYTE`..`LONG` and
/// `UNSIGNED_BYTE`..`UNSIGNED_LONG` by width). From 33 up (`DATETIME_CULTURE_INSENSITIVE`, `UTF8`,
/// `PKCS7_WITH_TYPE_INFO`, `CODE_POINTER`, `DATETIME_UTC`) TraceLogging took TDH's numbers, so those and any
/// value TraceLogging does not define are kept as they are (an unknown value shows as `Unknown(n)`).
pub fn tdh_out_type(tl: u8, in_type: InType) -> OutType {
    let width = match in_type {
        InType::INT8 | InType::UINT8 => 1,
        InType::INT16 | InType::UINT16 => 2,
        InType::INT32 | InType::UINT32 | InType::HEXINT32 | InType::BOOLEAN => 4,
        InType::INT64 | InType::UINT64 | InType::HEXINT64 | InType::POINTER => 8,
        _ => 0,
    };
    match tl {
        0 => OutType::NULL,
        1 => OutType::NOPRINT,
        2 => OutType::STRING,
        3 => OutType::BOOLEAN,
        4 => match width {
            1 => OutType::HEXINT8,
            2 => OutType::HEXINT16,
            4 => OutType::HEXINT32,
            8 => OutType::HEXINT64,
            _ => OutType::HEX_BINARY,
        },
        5 => OutType::PID,
        6 => OutType::TID,
        7 => OutType::PORT,
        8 => OutType::IPV4,
        9 => OutType::IPV6,
        10 => OutType::SOCKET_ADDRESS,
        11 => OutType::XML,
        12 => OutType::JSON,
        13 => OutType::WIN32_ERROR,
        14 => OutType::NTSTATUS,
        15 => OutType::HRESULT,
        16 => OutType::DATETIME,
        17 => match width {
            1 => OutType::BYTE,
            2 => OutType::SHORT,
            4 => OutType::INT,
            8 => OutType::LONG,
            _ => OutType::NULL,
        },
        18 => match width {
            1 => OutType::UNSIGNED_BYTE,
            2 => OutType::UNSIGNED_SHORT,
            4 => OutType::UNSIGNED_INT,
            8 => OutType::UNSIGNED_LONG,
            _ => OutType::NULL,
        },
        other => OutType(u16::from(other)),
    }
}

/// One field as the metadata lists it, before structs are laid out.
struct RawField<'m> {
    /// Metadata offset of the field's name, for errors.
    offset: usize,
    name: &'m [u8],
    /// The in-type byte without the chain bit.
    in_type: u8,
    /// The out-type byte's low 7 bits (0 when absent).
    out_type: u8,
    /// The constant element count.
    ccount: u16,
}

impl RawField<'_> {
    fn is_struct(&self) -> bool {
        self.in_type & TYPE_MASK == TL_STRUCT
    }

    fn label(&self) -> String {
        format!("field '{}'", String::from_utf8_lossy(self.name))
    }
}

fn error(offset: usize, what: impl core::fmt::Display) -> SchemaError {
    SchemaError { source: SOURCE_NAME, reason: format!("offset {offset}: {what}") }
}

/// A bounds-checked reader over the metadata.
struct Reader<'m> {
    bytes: &'m [u8],
    pos: usize,
}

impl<'m> Reader<'m> {
    fn u8(&mut self, what: &str) -> Result<u8, SchemaError> {
        let b = self.bytes.get(self.pos).copied().ok_or_else(|| error(self.pos, format!("{what} cut off")))?;
        self.pos += 1;
        Ok(b)
    }

    fn u16(&mut self, what: &str) -> Result<u16, SchemaError> {
        let v = u16_at(self.bytes, self.pos).ok_or_else(|| error(self.pos, format!("{what} cut off")))?;
        self.pos += 2;
        Ok(v)
    }

    fn skip(&mut self, n: usize, what: &str) -> Result<(), SchemaError> {
        let left = self.bytes.len().saturating_sub(self.pos);
        let end = self
            .pos
            .checked_add(n)
            .filter(|_| n <= left)
            .ok_or_else(|| error(self.pos, format!("{what} of {n} bytes runs past the end ({left} left)")))?;
        self.pos = end;
        Ok(())
    }

    /// A NUL-terminated string (without the NUL).
    fn cstr(&mut self, what: &str) -> Result<&'m [u8], SchemaError> {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        let n = rest.iter().position(|b| *b == 0).ok_or_else(|| error(self.pos, format!("{what} has no NUL")))?;
        let s = rest.get(..n).unwrap_or_default();
        self.pos += n + 1;
        Ok(s)
    }

    /// Tag bytes: each byte with the high bit set is followed by another.
    fn tags(&mut self, what: &str) -> Result<(), SchemaError> {
        while self.u8(what)? & CHAIN != 0 {}
        Ok(())
    }

    fn done(&self) -> bool {
        self.pos >= self.bytes.len()
    }
}

fn text(b: &[u8]) -> Arc<str> {
    String::from_utf8_lossy(b).into()
}

/// Reads TraceLogging event metadata (the data of an `EVENT_SCHEMA_TL` extended item, or the event metadata a
/// live provider passes to `EventWriteTransfer`) into a schema with `DecodingSource::TraceLogging`.
///
/// Bytes past the blob's own `TotalSize` are ignored. Errors say at which metadata offset what was wrong: a
/// size that does not fit, a name without its NUL, an in-type TraceLogging does not define, a struct with more
/// members than fields follow, structs nested deeper than [`MAX_STRUCT_DEPTH`]. Nothing is allocated beyond
/// what the metadata's own length bounds.
pub fn parse_metadata(
    provider: Guid,
    provider_name: Option<Arc<str>>,
    descriptor: EventDescriptor,
    meta: &[u8],
) -> Result<EventSchema, SchemaError> {
    let total = u16_at(meta, 0).ok_or_else(|| error(0, "metadata size cut off"))?;
    let total = usize::from(total);
    if total > meta.len() {
        return Err(error(0, format!("metadata size {total} is more than the {} bytes present", meta.len())));
    }
    if total < 4 {
        return Err(error(0, format!("metadata size {total} is too small for tags and a name")));
    }
    let mut r = Reader { bytes: meta.get(..total).unwrap_or_default(), pos: 2 };
    r.tags("event tags")?;
    let event_name = r.cstr("event name")?;

    let mut fields: Vec<RawField<'_>> = Vec::new();
    while !r.done() {
        let offset = r.pos;
        let name = r.cstr("field name")?;
        let in_byte = r.u8("field in-type")?;
        let in_type = in_byte & !CHAIN;
        let mut out_type = 0;
        if in_byte & CHAIN != 0 {
            let out_byte = r.u8("field out-type")?;
            out_type = out_byte & !CHAIN;
            if out_byte & CHAIN != 0 {
                r.tags("field tags")?;
            }
        }
        let mut ccount = 0;
        match in_type & COUNT_MASK {
            CCOUNT => ccount = r.u16("constant array count")?,
            CUSTOM => {
                let n = r.u16("custom type info size")?;
                r.skip(usize::from(n), "custom type info")?;
            }
            _ => {}
        }
        let field = RawField { offset, name, in_type, out_type, ccount };
        if field.is_struct() {
            if in_byte & CHAIN == 0 {
                return Err(error(offset, format!("{}: a struct without its member count", field.label())));
            }
            if in_type & COUNT_MASK == CUSTOM {
                return Err(error(offset, format!("{}: a struct cannot be custom-serialized", field.label())));
            }
        } else if tdh_in_type(in_type & TYPE_MASK).is_none() && in_type & COUNT_MASK != CUSTOM {
            return Err(error(offset, format!("{}: unknown in-type {}", field.label(), in_type & TYPE_MASK)));
        }
        fields.push(field);
    }
    if fields.len() > usize::from(u16::MAX) {
        return Err(error(0, format!("{} fields are more than a schema holds", fields.len())));
    }

    // Which struct each field belongs to: a struct takes the next N fields, which may be structs themselves.
    let n = fields.len();
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(n);
    let mut depth: Vec<usize> = Vec::with_capacity(n);
    let mut open: Vec<(usize, u8)> = Vec::new(); // (struct, members still to come)
    for (i, f) in fields.iter().enumerate() {
        let p = open.last().map(|(s, _)| *s);
        let d = p.and_then(|p| depth.get(p)).map_or(1, |d| d + 1);
        parent.push(p);
        depth.push(d);
        if let Some((_, left)) = open.last_mut() {
            *left -= 1;
            if *left == 0 {
                open.pop();
            }
        }
        if f.is_struct() {
            if d > MAX_STRUCT_DEPTH {
                return Err(error(f.offset, format!("{}: structs nest deeper than {MAX_STRUCT_DEPTH}", f.label())));
            }
            if f.out_type > 0 {
                open.push((i, f.out_type));
            }
        }
    }
    if let Some((s, left)) = open.first() {
        let (name, at) = fields.get(*s).map(|f| (String::from_utf8_lossy(f.name), f.offset)).unwrap_or_default();
        return Err(error(total, format!("struct '{name}' at offset {at}: the metadata ends {left} member(s) short")));
    }
    // Fields in each field's subtree (itself and, for a struct, its members' subtrees): a field's next sibling
    // is that many fields on.
    let mut size = vec![1usize; n];
    for i in (0..n).rev() {
        if let (Some(Some(p)), Some(s)) = (parent.get(i).copied(), size.get(i).copied()) {
            if let Some(ps) = size.get_mut(p) {
                *ps += s;
            }
        }
    }
    let size = &size;
    let siblings = |first: usize, count: usize| {
        let mut at = first;
        (0..count).map_while(move |_| {
            let this = at;
            at += size.get(this).copied()?;
            (this < n).then_some(this)
        })
    };

    // Lay the fields out as the schema wants them: top-level fields first, then each struct's members together
    // after every earlier property.
    let mut order: Vec<usize> = siblings(0, n).collect();
    let top_level = order.len();
    let mut properties: Vec<Property> = Vec::with_capacity(n);
    let mut next = 0;
    while let Some(&raw) = order.get(next) {
        let f = fields.get(raw).ok_or_else(|| error(0, "field index out of range"))?;
        let mut p = property(f)?;
        if f.is_struct() {
            let first = order.len();
            order.extend(siblings(raw + 1, usize::from(f.out_type)));
            let members = order.len() - first;
            p.ty = PropertyType::Struct {
                first: u16::try_from(first).map_err(|_| error(f.offset, "too many fields"))?,
                members: u16::try_from(members).map_err(|_| error(f.offset, "too many fields"))?,
            };
        }
        properties.push(p);
        next += 1;
    }

    let mut schema = EventSchema::new(provider, descriptor, DecodingSource::TraceLogging);
    schema.provider_name = provider_name;
    schema.event_name = Some(text(event_name));
    schema.properties = properties;
    schema.top_level = u16::try_from(top_level).map_err(|_| error(0, "too many fields"))?;
    schema.validate().map_err(|e| error(0, format!("schema does not hold together: {e}")))?;
    Ok(schema)
}

/// The property of one field (a struct's members are filled in by the caller).
fn property(f: &RawField<'_>) -> Result<Property, SchemaError> {
    let count = match f.in_type & COUNT_MASK {
        CCOUNT => Count::Fixed(f.ccount),
        VCOUNT => Count::Prefixed,
        _ => Count::One,
    };
    let ty = if f.is_struct() {
        PropertyType::Struct { first: 0, members: 0 }
    } else if f.in_type & COUNT_MASK == CUSTOM {
        // A custom-serialized value: a u16 byte count and the bytes, whatever the type bits say.
        let in_type = InType::MANIFEST_COUNTED_BINARY;
        PropertyType::Simple { in_type, out_type: tdh_out_type(f.out_type, in_type), map: None }
    } else {
        let in_type = tdh_in_type(f.in_type & TYPE_MASK)
            .ok_or_else(|| error(f.offset, format!("{}: unknown in-type {}", f.label(), f.in_type & TYPE_MASK)))?;
        PropertyType::Simple { in_type, out_type: tdh_out_type(f.out_type, in_type), map: None }
    };
    Ok(Property { name: text(f.name), ty, count, length: Length::Natural })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(fields: &[u8]) -> Vec<u8> {
        let mut m = vec![0, 0, 0];
        m.extend_from_slice(b"Ev\0");
        m.extend_from_slice(fields);
        let n = m.len() as u16;
        m[..2].copy_from_slice(&n.to_le_bytes());
        m
    }

    fn parse(m: &[u8]) -> Result<EventSchema, SchemaError> {
        parse_metadata(Guid::ZERO, None, EventDescriptor::default(), m)
    }

    #[test]
    fn nested_structs_are_laid_out_breadth_first() {
        // a, S{b, T{c}, d}, e
        let m = meta(b"a\0\x08S\0\x98\x03b\0\x04T\0\x98\x01c\0\x06d\0\x07e\0\x09");
        let s = parse(&m).unwrap();
        let names: Vec<&str> = s.properties.iter().map(|p| &*p.name).collect();
        assert_eq!(names, ["a", "S", "e", "b", "T", "d", "c"]);
        assert_eq!(s.top_level, 3);
        assert_eq!(s.properties[1].ty, PropertyType::Struct { first: 3, members: 3 });
        assert_eq!(s.properties[4].ty, PropertyType::Struct { first: 6, members: 1 });
    }

    #[test]
    fn errors_name_the_offset() {
        let e = parse(&meta(b"S\0\x98\x02a\0\x04")).unwrap_err();
        assert!(e.reason.contains("struct 'S' at offset 6: the metadata ends 1 member(s) short"), "{e}");
        let e = parse(&meta(b"a\0\x1f")).unwrap_err();
        assert_eq!(e.reason, "offset 6: field 'a': unknown in-type 31");
        let e = parse(&meta(b"a\0")).unwrap_err();
        assert_eq!(e.reason, "offset 8: field in-type cut off");
        assert!(parse(&[9, 0, 0]).unwrap_err().reason.contains("more than the 3 bytes"));
    }

    #[test]
    fn out_types_map_by_width() {
        assert_eq!(tdh_out_type(4, InType::UINT8), OutType::HEXINT8);
        assert_eq!(tdh_out_type(4, InType::MANIFEST_COUNTED_BINARY), OutType::HEX_BINARY);
        assert_eq!(tdh_out_type(18, InType::UINT16), OutType::UNSIGNED_SHORT);
        assert_eq!(tdh_out_type(38, InType::FILETIME), OutType::DATETIME_UTC);
        assert_eq!(tdh_out_type(99, InType::UINT32), OutType(99));
    }
}
