//! Decoded property values, borrowed from the payload, read from the byte ranges that measuring found
//! ([`crate::measure`]), and how they are shown.

use core::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use etw_core::cursor::u16_at;
use etw_core::json;
use etw_core::{FileTime, Guid, Sid};

use crate::measure::{measure, measure_one, Ints};
use crate::model::{Count, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::types::{InType, OutType};

/// UTF-16LE text as stored (any alignment); decoded when shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Utf16Str<'a> {
    bytes: &'a [u8],
}

impl<'a> Utf16Str<'a> {
    /// The text in `bytes`: up to the first NUL character, as 8-bit text ends at its first NUL (fixed-size
    /// buffers such as `char16[256]` hold a string, then NULs and leftovers); an odd last byte is ignored.
    pub fn new(bytes: &'a [u8]) -> Utf16Str<'a> {
        let even = bytes.len() & !1;
        let s = bytes.get(..even).unwrap_or_default();
        let end = etw_core::nul::utf16_nul(s).map_or(s.len(), |i| 2 * i);
        Utf16Str { bytes: s.get(..end).unwrap_or_default() }
    }

    /// The code units.
    pub fn units(&self) -> Utf16Units<'a> {
        Utf16Units { chunks: self.bytes.chunks_exact(2) }
    }

    /// The characters (unpaired surrogates become U+FFFD), without allocating.
    pub fn chars(&self) -> Utf16Chars<'a> {
        Utf16Chars { inner: char::decode_utf16(self.units()) }
    }

    /// The stored bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// True if the text equals `s` (no allocation).
    pub fn eq_str(&self, s: &str) -> bool {
        self.chars().eq(s.chars())
    }
}

/// The code units of a [`Utf16Str`].
#[derive(Clone, Debug)]
pub struct Utf16Units<'a> {
    chunks: std::slice::ChunksExact<'a, u8>,
}

impl Iterator for Utf16Units<'_> {
    type Item = u16;
    fn next(&mut self) -> Option<u16> {
        let c = self.chunks.next()?;
        Some(u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
    }
}

/// The characters of a [`Utf16Str`].
#[derive(Clone, Debug)]
pub struct Utf16Chars<'a> {
    inner: std::char::DecodeUtf16<Utf16Units<'a>>,
}

impl Iterator for Utf16Chars<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        self.inner.next().map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
    }
}

impl fmt::Display for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for c in self.chars() {
            f.write_char(c)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string())
    }
}

/// An array property's values, decoded one by one as they are read.
#[derive(Clone, Copy)]
pub struct ArrayValue<'a> {
    pub(crate) schema: &'a EventSchema,
    pub(crate) index: usize,
    pub(crate) bytes: &'a [u8],
    pub(crate) count: usize,
    pub(crate) pointer_size: u8,
}

impl<'a> ArrayValue<'a> {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True if there are no elements.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The elements. Decoding already checked that all of them fit.
    pub fn iter(&self) -> impl Iterator<Item = Value<'a>> + 'a {
        element_values(self.schema, self.index, self.bytes, self.count, self.pointer_size)
    }

    /// The property the elements belong to.
    pub fn property(&self) -> Option<&'a Property> {
        self.schema.properties.get(self.index)
    }
}

impl fmt::Debug for ArrayValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A struct property's members, decoded as they are read.
#[derive(Clone, Copy)]
pub struct StructValue<'a> {
    pub(crate) schema: &'a EventSchema,
    pub(crate) first: usize,
    pub(crate) members: usize,
    pub(crate) bytes: &'a [u8],
    pub(crate) pointer_size: u8,
}

impl<'a> StructValue<'a> {
    /// The members: (property, value).
    pub fn members(&self) -> impl Iterator<Item = (&'a Property, Value<'a>)> + 'a {
        struct_members(self.schema, self.first, self.members, self.bytes, self.pointer_size)
    }

    /// The member named `name`.
    pub fn get(&self, name: &str) -> Option<Value<'a>> {
        self.members().find(|(p, _)| p.name.eq_ignore_ascii_case(name)).map(|(_, v)| v)
    }
}

impl fmt::Debug for StructValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.members().map(|(p, v)| (p.name.to_string(), v))).finish()
    }
}

/// One decoded value. Integers keep their stored width; how they are shown (hex, IP address, port, error code,
/// map name) comes from the property's out-type and map, see [`write_json`].
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    /// No value (`win:Null`).
    Null,
    /// Boolean.
    Bool(bool),
    /// Signed 8-bit.
    I8(i8),
    /// Unsigned 8-bit.
    U8(u8),
    /// Signed 16-bit.
    I16(i16),
    /// Unsigned 16-bit.
    U16(u16),
    /// Signed 32-bit.
    I32(i32),
    /// Unsigned 32-bit (also `HexInt32`).
    U32(u32),
    /// Signed 64-bit.
    I64(i64),
    /// Unsigned 64-bit (also `HexInt64`).
    U64(u64),
    /// 32-bit float.
    F32(f32),
    /// 64-bit float.
    F64(f64),
    /// Pointer or `size_t`, widened.
    Pointer(u64),
    /// GUID.
    Guid(Guid),
    /// FILETIME (100 ns since 1601, UTC).
    FileTime(FileTime),
    /// SYSTEMTIME fields: year, month, weekday, day, hour, minute, second, milliseconds.
    SystemTime([u16; 8]),
    /// Security identifier.
    Sid(Sid<'a>),
    /// UTF-16 text.
    Utf16(Utf16Str<'a>),
    /// 8-bit text (shown as UTF-8 where valid, else Latin-1).
    Ansi(&'a [u8]),
    /// Bytes.
    Binary(&'a [u8]),
    /// One UTF-16 code unit.
    Char16(u16),
    /// One 8-bit character.
    Char8(u8),
    /// An array.
    Array(ArrayValue<'a>),
    /// A struct.
    Struct(StructValue<'a>),
}

impl Value<'_> {
    /// The value as an unsigned integer, for integer, boolean, pointer and character values.
    pub fn as_u64(&self) -> Option<u64> {
        Some(match *self {
            Value::Bool(b) => u64::from(b),
            Value::U8(v) | Value::Char8(v) => v.into(),
            Value::U16(v) | Value::Char16(v) => v.into(),
            Value::U32(v) => v.into(),
            Value::U64(v) | Value::Pointer(v) => v,
            Value::I8(v) => u64::try_from(v).ok()?,
            Value::I16(v) => u64::try_from(v).ok()?,
            Value::I32(v) => u64::try_from(v).ok()?,
            Value::I64(v) => u64::try_from(v).ok()?,
            _ => return None,
        })
    }

    /// The value as a signed integer, for integer, boolean, pointer and character values.
    pub fn as_i64(&self) -> Option<i64> {
        Some(match *self {
            Value::I8(v) => v.into(),
            Value::I16(v) => v.into(),
            Value::I32(v) => v.into(),
            Value::I64(v) => v,
            other => i64::try_from(other.as_u64()?).ok()?,
        })
    }

    /// A short name of the value's kind, for error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::I8(_) | Value::I16(_) | Value::I32(_) | Value::I64(_) => "signed integer",
            Value::U8(_) | Value::U16(_) | Value::U32(_) | Value::U64(_) => "unsigned integer",
            Value::F32(_) | Value::F64(_) => "float",
            Value::Pointer(_) => "pointer",
            Value::Guid(_) => "GUID",
            Value::FileTime(_) | Value::SystemTime(_) => "time",
            Value::Sid(_) => "SID",
            Value::Utf16(_) | Value::Ansi(_) => "string",
            Value::Binary(_) => "binary",
            Value::Char16(_) | Value::Char8(_) => "character",
            Value::Array(_) => "array",
            Value::Struct(_) => "struct",
        }
    }
}

/// Decodes bytes as 8-bit text: UTF-8 where valid, else each byte as the Latin-1 character.
pub fn ansi_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let end = bytes.iter().position(|b| *b == 0).unwrap_or(bytes.len());
    let bytes = bytes.get(..end).unwrap_or_default();
    match std::str::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(_) => bytes.iter().map(|b| char::from(*b)).collect::<String>().into(),
    }
}

/// An IPv4 address stored in network byte order inside a little-endian u32.
pub fn ipv4_of(v: u32) -> Ipv4Addr {
    Ipv4Addr::from(v.to_le_bytes())
}

/// Reads a `SOCKADDR_IN` / `SOCKADDR_IN6` (family, port in network byte order, address).
pub fn socket_address(b: &[u8]) -> Option<SocketAddr> {
    let family = u16::from_le_bytes(b.get(..2)?.try_into().ok()?);
    let port = u16::from_be_bytes(b.get(2..4)?.try_into().ok()?);
    match family {
        2 => {
            let a: [u8; 4] = b.get(4..8)?.try_into().ok()?;
            Some(SocketAddr::new(IpAddr::V4(Ipv4Addr::from(a)), port))
        }
        23 => {
            let a: [u8; 16] = b.get(8..24)?.try_into().ok()?;
            Some(SocketAddr::new(IpAddr::V6(Ipv6Addr::from(a)), port))
        }
        _ => None,
    }
}

/// The name a value map gives `v`, as `dump` shows it: the entry's name; for a bitmap the names of its set bits
/// joined by `|`, with any bits no entry names appended in hex (`A|B|0x40`), and for 0 the name of the 0 entry.
/// `None` when the map names nothing of `v`.
pub fn mapped_name(map: &ValueMap, v: u64) -> Option<std::borrow::Cow<'_, str>> {
    if !map.bitmap || v == 0 {
        return map.value_name(v).map(std::borrow::Cow::Borrowed);
    }
    let mut text = String::new();
    mapped_parts(map, v, |part| text.push_str(part)).then_some(text.into())
}

/// Hands the pieces of a bitmap's name for `v` (`v` not 0) to `emit`, in order: the names of its set bits, `|`
/// between them, and any bits no entry names in hex. False, with nothing emitted, when no entry names a bit.
fn mapped_parts(map: &ValueMap, v: u64, mut emit: impl FnMut(&str)) -> bool {
    let names = |(k, _): &&(u64, std::sync::Arc<str>)| *k != 0 && v & *k == *k;
    if !map.entries.iter().any(|e| names(&e)) {
        return false;
    }
    let mut rest = v;
    for (i, (k, n)) in map.entries.iter().filter(names).enumerate() {
        if i > 0 {
            emit("|");
        }
        emit(n);
        rest &= !*k;
    }
    if rest != 0 {
        // "|0x" and up to 16 hex digits, without an allocation.
        let mut buf = [0u8; 19];
        let digits = (64 - rest.leading_zeros()).div_ceil(4).max(1) as usize;
        let text = buf.get_mut(..digits + 3).unwrap_or_default();
        text.iter_mut().zip(b"|0x").for_each(|(t, c)| *t = *c);
        for (i, t) in text.iter_mut().skip(3).enumerate() {
            let shift = 4 * (digits - 1 - i);
            *t = b"0123456789abcdef".get(((rest >> shift) & 15) as usize).copied().unwrap_or(b'0');
        }
        emit(std::str::from_utf8(text).unwrap_or_default());
    }
    true
}

fn write_mapped(out: &mut Vec<u8>, v: u64, map: &ValueMap) -> bool {
    if !map.bitmap || v == 0 {
        return match map.value_name(v) {
            Some(n) => {
                json::string(out, n);
                true
            }
            None => false,
        };
    }
    // Straight into the output: bitmaps are common (keywords, flags) and this is the decoded path's hot spot.
    let start = out.len();
    out.push(b'"');
    if mapped_parts(map, v, |part| json::string_body(out, part)) {
        out.push(b'"');
        true
    } else {
        out.truncate(start);
        false
    }
}

fn write_hex(out: &mut Vec<u8>, v: u64, width: usize) {
    json::hex_padded(out, v, width);
}

/// Appends `value` as JSON, shown as the out-type and map say:
///
/// - integers as numbers; `HexInt*`, pointers, Win32 errors, NTSTATUS and HRESULT as `"0x..."` strings;
/// - `IPv4` (a u32 in network byte order) and `IPv6` as addresses, `Port` in host order, `SocketAddress` as
///   `ip:port`; a value-mapped integer as its name (bitmaps as `A|B`);
/// - strings as strings, binary as lowercase hex, GUIDs and SIDs in text form, FILETIME and SYSTEMTIME as RFC 3339;
/// - arrays as arrays and structs as objects.
pub fn write_json(out: &mut Vec<u8>, value: &Value<'_>, prop: Option<&Property>) {
    let out_type = prop.and_then(Property::out_type).unwrap_or(OutType::NULL);
    let map = match prop.map(|p| &p.ty) {
        Some(crate::model::PropertyType::Simple { map, .. }) => map.as_deref(),
        _ => None,
    };
    if let (Some(map), Some(v)) = (map, value.as_u64()) {
        if write_mapped(out, v, map) {
            return;
        }
    }
    match *value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => json::bool(out, b),
        Value::U32(v) if out_type == OutType::IPV4 => json::ipv4(out, ipv4_of(v).octets()),
        Value::U16(v) if out_type == OutType::PORT => json::uint(out, u16::from_be(v).into()),
        Value::U32(v)
            if matches!(
                out_type,
                OutType::WIN32_ERROR | OutType::NTSTATUS | OutType::HRESULT | OutType::HEXINT32 | OutType::ERROR_CODE
            ) =>
        {
            write_hex(out, v.into(), 8)
        }
        Value::U32(v) if prop.and_then(Property::in_type) == Some(InType::HEXINT32) => write_hex(out, v.into(), 0),
        Value::I32(v)
            if matches!(out_type, OutType::HRESULT | OutType::NTSTATUS | OutType::WIN32_ERROR | OutType::HEXINT32) =>
        {
            write_hex(out, u64::from(v as u32), 8)
        }
        Value::U64(v)
            if out_type == OutType::HEXINT64 || prop.and_then(Property::in_type) == Some(InType::HEXINT64) =>
        {
            write_hex(out, v, 0)
        }
        Value::U8(v) if out_type == OutType::HEXINT8 => write_hex(out, v.into(), 0),
        Value::U16(v) if out_type == OutType::HEXINT16 => write_hex(out, v.into(), 0),
        // An integer shown as a boolean (TraceLogging's `TraceLoggingBoolean` is a UInt8 with this out-type).
        Value::I8(_)
        | Value::U8(_)
        | Value::I16(_)
        | Value::U16(_)
        | Value::I32(_)
        | Value::U32(_)
        | Value::I64(_)
        | Value::U64(_)
            if out_type == OutType::BOOLEAN =>
        {
            json::bool(out, value.as_u64() != Some(0))
        }
        Value::U32(v) if out_type == OutType::CODE_POINTER => write_hex(out, v.into(), 0),
        Value::U64(v) if out_type == OutType::CODE_POINTER => write_hex(out, v, 0),
        Value::I8(v) if out_type == OutType::STRING => {
            json::string_from_chars(out, std::iter::once(char::from(v as u8)))
        }
        Value::U8(v) | Value::Char8(v) if out_type == OutType::STRING => {
            json::string_from_chars(out, std::iter::once(char::from(v)))
        }
        Value::U16(v) | Value::Char16(v) if out_type == OutType::STRING => {
            json::string_from_chars(out, char::decode_utf16([v]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)))
        }
        Value::I8(v) => json::int(out, v.into()),
        Value::I16(v) => json::int(out, v.into()),
        Value::I32(v) => json::int(out, v.into()),
        Value::I64(v) => json::int(out, v),
        Value::U8(v) | Value::Char8(v) => json::uint(out, v.into()),
        Value::U16(v) | Value::Char16(v) => json::uint(out, v.into()),
        Value::U32(v) => json::uint(out, v.into()),
        Value::U64(v) => json::uint(out, v),
        Value::F32(v) => json::float(out, v.into()),
        Value::F64(v) => json::float(out, v),
        // `size_t` is a size, not an address: a number unless the out-type asks for hex.
        Value::Pointer(v)
            if prop.and_then(Property::in_type) == Some(InType::SIZET)
                && !matches!(out_type, OutType::HEXINT32 | OutType::HEXINT64) =>
        {
            json::uint(out, v)
        }
        Value::Pointer(v) => write_hex(out, v, 0),
        Value::Guid(g) => json::guid(out, &g),
        Value::FileTime(t) => json::time(out, t),
        Value::SystemTime(st) => json::string(out, &systemtime_text(st)),
        Value::Sid(s) => json::display_string(out, s),
        Value::Utf16(s) => json::string_from_utf16le(out, s.as_bytes()),
        Value::Ansi(b) => json::string(out, &ansi_text(b)),
        Value::Binary(b) => match out_type {
            OutType::IPV6 if b.len() == 16 => {
                let a: [u8; 16] = b.try_into().unwrap_or([0; 16]);
                json::display_string(out, Ipv6Addr::from(a));
            }
            OutType::IPV4 if b.len() == 4 => {
                json::ipv4(out, b.try_into().unwrap_or([0; 4]));
            }
            OutType::SOCKET_ADDRESS => match socket_address(b) {
                Some(sa) => json::display_string(out, sa),
                None => json::hex_bytes(out, b),
            },
            OutType::STRING | OutType::UTF8 | OutType::XML | OutType::JSON => json::string(out, &ansi_text(b)),
            _ => json::hex_bytes(out, b),
        },
        Value::Array(a) => {
            out.push(b'[');
            let element_prop = a.property();
            if !write_pointer_elements(out, &a, element_prop) {
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    write_json(out, &v, element_prop);
                }
            }
            out.push(b']');
        }
        Value::Struct(s) => write_json_object(out, s.members()),
    }
}

/// Writes the elements of an array of pointers without a map (a stack walk's frames, most of the bytes of a .NET
/// trace) straight from its bytes, as the general path writes each element's [`Value::Pointer`]: each element is
/// the next 4 or 8 bytes, and the elements stop where one does not fit, as [`ArrayValue::iter`] stops. False,
/// having written nothing, for any other array.
fn write_pointer_elements(out: &mut Vec<u8>, a: &ArrayValue<'_>, prop: Option<&Property>) -> bool {
    let Some(Property {
        ty: PropertyType::Simple { in_type: InType::POINTER, map: None, .. },
        length: Length::Natural,
        ..
    }) = prop
    else {
        return false;
    };
    let size = usize::from(a.pointer_size);
    if size != 4 && size != 8 {
        return false;
    }
    out.reserve(a.count.min(a.bytes.len() / size).saturating_mul(21));
    for (i, b) in a.bytes.chunks_exact(size).take(a.count).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let v = match <[u8; 4]>::try_from(b) {
            Ok(four) => u32::from_le_bytes(four).into(),
            Err(_) => <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes),
        };
        write_hex(out, v, 0);
    }
    true
}

/// Named values as one JSON object, `{"name":value,...}` in their order: a struct's members, or an event's
/// properties ([`Decoded::properties`](crate::Decoded::properties)).
pub fn write_json_object<'a>(out: &mut Vec<u8>, fields: impl Iterator<Item = (&'a Property, Value<'a>)>) {
    out.push(b'{');
    for (i, (p, v)) in fields.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json::string(out, &p.name);
        out.push(b':');
        write_json(out, &v, Some(p));
    }
    out.push(b'}');
}

/// SYSTEMTIME as RFC 3339 (its zone is not stored; it is shown as UTC like the FILETIMEs next to it).
pub fn systemtime_text(st: [u16; 8]) -> String {
    let [y, mo, _dow, d, h, mi, s, ms] = st;
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}0000Z")
}

/// The value of property `index` whose values occupy `bytes`.
#[inline]
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

#[inline]
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
#[inline]
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
    // Only struct elements record integers (their members' counts and lengths); an element of a simple type
    // looks nothing up that an element could have recorded, so it needs no table (and no allocation per array).
    let is_struct =
        matches!(schema.properties.get(index).map(|p| &p.ty), Some(crate::model::PropertyType::Struct { .. }));
    let mut ints = Ints::new(if is_struct { schema.properties.len() } else { 0 });
    // Elements of one fixed size (pointers of a stack, integers): no measuring, each is the next `size` bytes,
    // as measuring would find (it stops where an element does not fit, as the `get` below does).
    let fixed = match schema.properties.get(index) {
        Some(Property { ty: PropertyType::Simple { in_type, .. }, length: Length::Natural, .. }) => {
            in_type.fixed_size(ptr).map(|size| (*in_type, size))
        }
        _ => None,
    };
    let mut at = 0usize;
    let mut left = count;
    std::iter::from_fn(move || {
        if left == 0 {
            return None;
        }
        left -= 1;
        if let Some((in_type, size)) = fixed {
            let v = simple_value(in_type, bytes.get(at..at.checked_add(size)?)?, ptr);
            at += size;
            return Some(v);
        }
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
