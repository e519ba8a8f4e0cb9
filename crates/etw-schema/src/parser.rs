//! The typed parser: `parser.parse::<u32>("PID")`, as krabsetw has it.
//!
//! ```
//! use etw_core::{EventDescriptor, Guid};
//! use etw_schema::{DecodingSource, Decoder, EventSchema, InType, OutType, Parser, Property};
//!
//! let mut schema = EventSchema::new(Guid::ZERO, EventDescriptor::default(), DecodingSource::BuiltIn);
//! schema.push(Property::simple("PID", InType::UINT32, OutType::NULL));
//! schema.push(Property::simple("daddr", InType::UINT32, OutType::IPV4));
//! let payload = [0x38, 0x10, 0, 0, 10, 0, 0, 7];
//! let mut decoder = Decoder::new();
//! let parser = Parser::new(decoder.decode(&schema, &payload, 8).unwrap());
//! assert_eq!(parser.parse::<u32>("PID").unwrap(), 4152);
//! assert_eq!(parser.parse::<std::net::Ipv4Addr>("daddr").unwrap().to_string(), "10.0.0.7");
//! assert!(parser.parse::<String>("PID").is_err());
//! assert!(parser.try_parse::<u32>("size").is_none());
//! ```

use core::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use etw_core::{FileTime, Guid, Sid};

use crate::decode::Decoded;
use crate::model::Property;
use crate::types::OutType;
use crate::value::{ansi_text, ipv4_of, socket_address, ArrayValue, StructValue, Value};

/// Why a property could not be parsed as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The event's schema has no property of that name.
    NoSuchProperty {
        /// The name asked for.
        name: String,
        /// The names the schema has.
        available: Vec<String>,
    },
    /// The property's type does not convert to the type asked for.
    TypeMismatch {
        /// The property.
        name: String,
        /// What it holds.
        found: String,
        /// What was asked for.
        wanted: &'static str,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NoSuchProperty { name, available } => {
                write!(f, "no property '{name}' in this event (it has: {})", available.join(", "))
            }
            ParseError::TypeMismatch { name, found, wanted } => {
                write!(f, "property '{name}' holds {found}, which is not a {wanted}")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// Converts a decoded value into a Rust type. Integers convert when the value fits; strings from UTF-16 or 8-bit
/// text; addresses from integers or bytes shown as addresses.
pub trait FromValue<'a>: Sized {
    /// A short name of the type, for errors.
    const NAME: &'static str;
    /// Converts, or returns `None` if the value is of another kind or does not fit.
    fn from_value(v: &Value<'a>, prop: &Property) -> Option<Self>;
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl<'a> FromValue<'a> for $t {
            const NAME: &'static str = stringify!($t);
            fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
                match v {
                    Value::I8(_) | Value::I16(_) | Value::I32(_) | Value::I64(_) => <$t>::try_from(v.as_i64()?).ok(),
                    _ => <$t>::try_from(v.as_u64()?).ok(),
                }
            }
        }
    )*};
}
from_int!(u8, u16, u32, u64, i8, i16, i32, i64, usize);

impl<'a> FromValue<'a> for f64 {
    const NAME: &'static str = "f64";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::F32(f) => Some(f.into()),
            Value::F64(f) => Some(f),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for f32 {
    const NAME: &'static str = "f32";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::F32(f) => Some(f),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for bool {
    const NAME: &'static str = "bool";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Bool(b) => Some(b),
            Value::U8(b) => Some(b != 0),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for String {
    const NAME: &'static str = "string";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Utf16(s) => Some(s.to_string()),
            Value::Ansi(b) => Some(ansi_text(b).into_owned()),
            Value::Char16(c) => {
                Some(char::decode_utf16([c]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect())
            }
            Value::Char8(c) => Some(char::from(c).to_string()),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for &'a [u8] {
    const NAME: &'static str = "binary";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Binary(b) | Value::Ansi(b) => Some(b),
            Value::Utf16(s) => Some(s.as_bytes()),
            Value::Sid(s) => Some(s.as_bytes()),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for Guid {
    const NAME: &'static str = "GUID";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Guid(g) => Some(g),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for FileTime {
    const NAME: &'static str = "FILETIME";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::FileTime(t) => Some(t),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for Sid<'a> {
    const NAME: &'static str = "SID";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Sid(s) => Some(s),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for Ipv4Addr {
    const NAME: &'static str = "IPv4 address";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::U32(a) => Some(ipv4_of(a)),
            Value::Binary(b) => <[u8; 4]>::try_from(b).ok().map(Ipv4Addr::from),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for Ipv6Addr {
    const NAME: &'static str = "IPv6 address";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Binary(b) => <[u8; 16]>::try_from(b).ok().map(Ipv6Addr::from),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for IpAddr {
    const NAME: &'static str = "IP address";
    fn from_value(v: &Value<'a>, p: &Property) -> Option<Self> {
        match v {
            Value::U32(_) => Ipv4Addr::from_value(v, p).map(IpAddr::V4),
            Value::Binary(b) if b.len() == 4 => Ipv4Addr::from_value(v, p).map(IpAddr::V4),
            Value::Binary(b) if b.len() == 16 => Ipv6Addr::from_value(v, p).map(IpAddr::V6),
            Value::Binary(b) if p.out_type() == Some(OutType::SOCKET_ADDRESS) => socket_address(b).map(|s| s.ip()),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for SocketAddr {
    const NAME: &'static str = "socket address";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Binary(b) => socket_address(b),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for ArrayValue<'a> {
    const NAME: &'static str = "array";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for StructValue<'a> {
    const NAME: &'static str = "struct";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        match *v {
            Value::Struct(s) => Some(s),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for Value<'a> {
    const NAME: &'static str = "value";
    fn from_value(v: &Value<'a>, _: &Property) -> Option<Self> {
        Some(*v)
    }
}

impl<'a, T: FromValue<'a>> FromValue<'a> for Vec<T> {
    const NAME: &'static str = "array";
    fn from_value(v: &Value<'a>, p: &Property) -> Option<Self> {
        match v {
            Value::Array(a) => a.iter().map(|e| T::from_value(&e, p)).collect(),
            _ => None,
        }
    }
}

/// Typed access to the properties of one decoded event.
#[derive(Clone, Copy, Debug)]
pub struct Parser<'a> {
    decoded: Decoded<'a>,
}

impl<'a> Parser<'a> {
    /// A parser over a decoded event.
    pub fn new(decoded: Decoded<'a>) -> Parser<'a> {
        Parser { decoded }
    }

    /// The decoded event.
    pub fn decoded(&self) -> &Decoded<'a> {
        &self.decoded
    }

    /// The value of the property named `name` (case-insensitive).
    pub fn value(&self, name: &str) -> Result<(&'a Property, Value<'a>), ParseError> {
        let schema = self.decoded.schema();
        let found = schema.index_of(name).and_then(|i| Some((schema.properties.get(i)?, self.decoded.value(i)?)));
        found.ok_or_else(|| self.missing(name))
    }

    /// The property named `name` as a `T`; an error names what is missing or what the property holds instead.
    pub fn parse<T: FromValue<'a>>(&self, name: &str) -> Result<T, ParseError> {
        // The value is made and converted here rather than taken from `value`: a `Value` handed back inside a
        // `Result` big enough for the errors is copied through memory several times, which cost more than the
        // rest of a parse.
        let schema = self.decoded.schema();
        if let Some(i) = schema.index_of(name) {
            if let (Some(p), Some(v)) = (schema.properties.get(i), self.decoded.value(i)) {
                return match T::from_value(&v, p) {
                    Some(t) => Ok(t),
                    None => Err(mismatch::<T>(p, &v)),
                };
            }
        }
        Err(self.missing(name))
    }

    #[cold]
    fn missing(&self, name: &str) -> ParseError {
        ParseError::NoSuchProperty {
            name: name.to_owned(),
            available: self.decoded.schema().top_level_properties().iter().map(|p| p.name.to_string()).collect(),
        }
    }

    /// The property named `name` as a `T`, or `None` if it is missing or of another type.
    pub fn try_parse<T: FromValue<'a>>(&self, name: &str) -> Option<T> {
        self.parse(name).ok()
    }

    /// Every top-level property with its value.
    pub fn properties(&self) -> impl Iterator<Item = (&'a Property, Value<'a>)> + '_ {
        self.decoded.properties()
    }
}

/// The error of a property that holds another type than the one asked for.
#[cold]
fn mismatch<'a, T: FromValue<'a>>(p: &Property, v: &Value<'a>) -> ParseError {
    ParseError::TypeMismatch {
        name: p.name.to_string(),
        found: match p.in_type() {
            Some(t) => format!("{t} ({})", v.kind_name()),
            None => v.kind_name().to_owned(),
        },
        wanted: T::NAME,
    }
}
