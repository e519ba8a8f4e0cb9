//! `TDH_INTYPE` and `TDH_OUTTYPE`: how a property is stored, and how it is meant to be shown.
//!
//! The numbering is TDH's (tdh.h), shared by manifests, embedded `TRACE_EVENT_INFO` and the decoder. TraceLogging
//! uses its own smaller numbering on the wire; its source maps it to these.

use core::fmt;

macro_rules! open_u16 {
    ($(#[$meta:meta])* $name:ident { $( $(#[$cm:meta])* $konst:ident = $v:expr => $text:expr, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub u16);
        impl $name {
            $( $(#[$cm])* pub const $konst: $name = $name($v); )*
            /// The name used in manifests (`win:...`), or `None` for an unknown value.
            pub const fn name(self) -> Option<&'static str> {
                match self.0 { $( $v => Some($text), )* _ => None }
            }
            /// Looks a value up by its manifest name (`win:UInt32`, `xs:string`; the prefix may be left out).
            pub fn from_name(s: &str) -> Option<$name> {
                fn bare(t: &str) -> &str {
                    t.rsplit(':').next().unwrap_or(t)
                }
                let s = bare(s);
                match s {
                    $( x if x.eq_ignore_ascii_case(bare($text)) => Some($name::$konst), )*
                    _ => None,
                }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.name() { Some(n) => f.write_str(n), None => write!(f, "Unknown({})", self.0) }
            }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self)
            }
        }
    };
}

open_u16! {
    /// `TDH_INTYPE_*`: the binary form of a property.
    InType {
        /// No value.
        NULL = 0 => "win:Null",
        /// NUL-terminated (or counted by `length`) UTF-16LE string.
        UNICODE_STRING = 1 => "win:UnicodeString",
        /// NUL-terminated (or counted by `length`) 8-bit string.
        ANSI_STRING = 2 => "win:AnsiString",
        /// Signed 8-bit integer.
        INT8 = 3 => "win:Int8",
        /// Unsigned 8-bit integer.
        UINT8 = 4 => "win:UInt8",
        /// Signed 16-bit integer.
        INT16 = 5 => "win:Int16",
        /// Unsigned 16-bit integer.
        UINT16 = 6 => "win:UInt16",
        /// Signed 32-bit integer.
        INT32 = 7 => "win:Int32",
        /// Unsigned 32-bit integer.
        UINT32 = 8 => "win:UInt32",
        /// Signed 64-bit integer.
        INT64 = 9 => "win:Int64",
        /// Unsigned 64-bit integer.
        UINT64 = 10 => "win:UInt64",
        /// 32-bit float.
        FLOAT = 11 => "win:Float",
        /// 64-bit float.
        DOUBLE = 12 => "win:Double",
        /// 32-bit boolean (0 = false).
        BOOLEAN = 13 => "win:Boolean",
        /// Bytes; the size comes from `length`.
        BINARY = 14 => "win:Binary",
        /// GUID.
        GUID = 15 => "win:GUID",
        /// Pointer: 4 or 8 bytes by the event's pointer size.
        POINTER = 16 => "win:Pointer",
        /// FILETIME.
        FILETIME = 17 => "win:FILETIME",
        /// SYSTEMTIME (16 bytes).
        SYSTEMTIME = 18 => "win:SYSTEMTIME",
        /// Security identifier.
        SID = 19 => "win:SID",
        /// 32-bit integer shown in hex.
        HEXINT32 = 20 => "win:HexInt32",
        /// 64-bit integer shown in hex.
        HEXINT64 = 21 => "win:HexInt64",
        /// UTF-16 string with a u16 byte-count prefix (manifest form).
        MANIFEST_COUNTED_STRING = 22 => "win:CountedUnicodeString",
        /// 8-bit string with a u16 byte-count prefix (manifest form).
        MANIFEST_COUNTED_ANSI_STRING = 23 => "win:CountedAnsiString",
        /// Reserved.
        RESERVED24 = 24 => "win:Reserved24",
        /// Bytes with a u16 byte-count prefix (manifest form).
        MANIFEST_COUNTED_BINARY = 25 => "win:CountedBinary",
        /// UTF-16 string with a u16 byte-count prefix.
        COUNTED_STRING = 300 => "tdh:CountedString",
        /// 8-bit string with a u16 byte-count prefix.
        COUNTED_ANSI_STRING = 301 => "tdh:CountedAnsiString",
        /// UTF-16 string with a big-endian u16 byte-count prefix.
        REVERSED_COUNTED_STRING = 302 => "win:ReversedCountedString",
        /// 8-bit string with a big-endian u16 byte-count prefix.
        REVERSED_COUNTED_ANSI_STRING = 303 => "win:ReversedCountedAnsiString",
        /// UTF-16 string filling the rest of the data (or `length` characters).
        NON_NUL_TERMINATED_STRING = 304 => "win:NonNullTerminatedString",
        /// 8-bit string filling the rest of the data (or `length` bytes).
        NON_NUL_TERMINATED_ANSI_STRING = 305 => "win:NonNullTerminatedAnsiString",
        /// One UTF-16 code unit.
        UNICODE_CHAR = 306 => "win:UnicodeChar",
        /// One 8-bit character.
        ANSI_CHAR = 307 => "win:AnsiChar",
        /// `size_t`: pointer-sized unsigned integer.
        SIZET = 308 => "win:SizeT",
        /// Bytes with a u32 byte-count prefix.
        HEXDUMP = 309 => "win:HexDump",
        /// `TOKEN_USER` (two pointers) followed by a SID.
        WBEMSID = 310 => "win:WbemSid",
    }
}

open_u16! {
    /// `TDH_OUTTYPE_*`: how a property is meant to be shown.
    OutType {
        /// Default for the in-type.
        NULL = 0 => "xs:null",
        /// String.
        STRING = 1 => "xs:string",
        /// Date and time.
        DATETIME = 2 => "xs:dateTime",
        /// Signed byte.
        BYTE = 3 => "xs:byte",
        /// Unsigned byte.
        UNSIGNED_BYTE = 4 => "xs:unsignedByte",
        /// Short.
        SHORT = 5 => "xs:short",
        /// Unsigned short.
        UNSIGNED_SHORT = 6 => "xs:unsignedShort",
        /// Int.
        INT = 7 => "xs:int",
        /// Unsigned int.
        UNSIGNED_INT = 8 => "xs:unsignedInt",
        /// Long.
        LONG = 9 => "xs:long",
        /// Unsigned long.
        UNSIGNED_LONG = 10 => "xs:unsignedLong",
        /// Float.
        FLOAT = 11 => "xs:float",
        /// Double.
        DOUBLE = 12 => "xs:double",
        /// Boolean.
        BOOLEAN = 13 => "xs:boolean",
        /// GUID.
        GUID = 14 => "xs:GUID",
        /// Bytes in hex.
        HEX_BINARY = 15 => "xs:hexBinary",
        /// 8-bit integer in hex.
        HEXINT8 = 16 => "win:HexInt8",
        /// 16-bit integer in hex.
        HEXINT16 = 17 => "win:HexInt16",
        /// 32-bit integer in hex.
        HEXINT32 = 18 => "win:HexInt32",
        /// 64-bit integer in hex.
        HEXINT64 = 19 => "win:HexInt64",
        /// Process id.
        PID = 20 => "win:PID",
        /// Thread id.
        TID = 21 => "win:TID",
        /// TCP/UDP port, network byte order.
        PORT = 22 => "win:Port",
        /// IPv4 address, network byte order.
        IPV4 = 23 => "win:IPv4",
        /// IPv6 address.
        IPV6 = 24 => "win:IPv6",
        /// `SOCKADDR` of any family.
        SOCKET_ADDRESS = 25 => "win:SocketAddress",
        /// CIM date and time.
        CIM_DATETIME = 26 => "win:CIMDateTime",
        /// ETW time.
        ETW_TIME = 27 => "win:ETWTIME",
        /// XML text.
        XML = 28 => "win:Xml",
        /// Error code.
        ERROR_CODE = 29 => "win:ErrorCode",
        /// Win32 error code.
        WIN32_ERROR = 30 => "win:Win32Error",
        /// NTSTATUS.
        NTSTATUS = 31 => "win:NTSTATUS",
        /// HRESULT.
        HRESULT = 32 => "win:HResult",
        /// Date and time, not culture-specific.
        CULTURE_INSENSITIVE_DATETIME = 33 => "win:DateTimeCultureInsensitive",
        /// JSON text.
        JSON = 34 => "win:Json",
        /// UTF-8 text (on an 8-bit string).
        UTF8 = 35 => "win:Utf8",
        /// PKCS#7 with type info.
        PKCS7_WITH_TYPE_INFO = 36 => "win:Pkcs7WithTypeInfo",
        /// Code pointer.
        CODE_POINTER = 37 => "win:CodePointer",
        /// Date and time in UTC.
        DATETIME_UTC = 38 => "win:DateTimeUtc",
        /// Reduced string.
        REDUCED_STRING = 300 => "win:ReducedString",
        /// Not to be shown.
        NOPRINT = 301 => "win:NoPrint",
    }
}

impl InType {
    /// An integer type, which can give another property its count or length.
    pub const fn is_integer(self) -> bool {
        matches!(
            self,
            InType::INT8
                | InType::UINT8
                | InType::INT16
                | InType::UINT16
                | InType::INT32
                | InType::UINT32
                | InType::INT64
                | InType::UINT64
                | InType::HEXINT32
                | InType::HEXINT64
                | InType::SIZET
                | InType::POINTER
        )
    }

    /// The fixed size of one value, or `None` when it varies (strings, binary, SID) or depends on the pointer
    /// size (pass it in `pointer_size`).
    pub const fn fixed_size(self, pointer_size: u8) -> Option<usize> {
        Some(match self {
            InType::INT8 | InType::UINT8 | InType::ANSI_CHAR => 1,
            InType::INT16 | InType::UINT16 | InType::UNICODE_CHAR => 2,
            InType::INT32 | InType::UINT32 | InType::FLOAT | InType::BOOLEAN | InType::HEXINT32 => 4,
            InType::INT64 | InType::UINT64 | InType::DOUBLE | InType::FILETIME | InType::HEXINT64 => 8,
            InType::GUID | InType::SYSTEMTIME => 16,
            InType::POINTER | InType::SIZET => pointer_size as usize,
            InType::NULL => 0,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        assert_eq!(InType::from_name("win:UInt32"), Some(InType::UINT32));
        assert_eq!(InType::from_name("UnicodeString"), Some(InType::UNICODE_STRING));
        assert_eq!(OutType::from_name("win:IPv4"), Some(OutType::IPV4));
        assert_eq!(OutType::from_name("xs:unsignedInt"), Some(OutType::UNSIGNED_INT));
        assert_eq!(OutType::from_name("xs:string"), Some(OutType::STRING));
        assert_eq!(InType::from_name("win:CountedAnsiString"), Some(InType::MANIFEST_COUNTED_ANSI_STRING));
        assert_eq!(InType(999).to_string(), "Unknown(999)");
        assert_eq!(InType::POINTER.fixed_size(4), Some(4));
        assert_eq!(InType::SID.fixed_size(8), None);
    }
}
