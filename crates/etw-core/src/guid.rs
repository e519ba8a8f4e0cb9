//! GUIDs as ETW stores them: the first three fields little-endian, the last eight bytes as they are.

use core::fmt;
use core::str::FromStr;

/// A Windows GUID.
///
/// ETW writes GUIDs in their in-memory (mixed-endian) form: `Data1` (u32), `Data2` and `Data3` (u16) are
/// little-endian, `Data4` is eight bytes in order. [`Guid::from_le_bytes`] reads that form; `Display` prints the
/// canonical lowercase form without braces, e.g. `7dd42a49-5329-4832-8dfd-43d979153a88`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Guid {
    /// `Data1`.
    pub data1: u32,
    /// `Data2`.
    pub data2: u16,
    /// `Data3`.
    pub data3: u16,
    /// `Data4`.
    pub data4: [u8; 8],
}

impl Guid {
    /// The all-zero GUID (`GUID_NULL`).
    pub const ZERO: Guid = Guid { data1: 0, data2: 0, data3: 0, data4: [0; 8] };

    /// Builds a GUID from its fields.
    pub const fn from_fields(data1: u32, data2: u16, data3: u16, data4: [u8; 8]) -> Guid {
        Guid { data1, data2, data3, data4 }
    }

    /// Reads the 16-byte in-memory form used by Windows (and by ETW on disk).
    #[allow(clippy::indexing_slicing)] // constant indices into a fixed-size array
    pub const fn from_le_bytes(b: [u8; 16]) -> Guid {
        Guid {
            data1: u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            data2: u16::from_le_bytes([b[4], b[5]]),
            data3: u16::from_le_bytes([b[6], b[7]]),
            data4: [b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]],
        }
    }

    /// The 16-byte in-memory form used by Windows.
    #[allow(clippy::indexing_slicing)] // constant indices into fixed-size arrays
    pub const fn to_le_bytes(&self) -> [u8; 16] {
        let a = self.data1.to_le_bytes();
        let b = self.data2.to_le_bytes();
        let c = self.data3.to_le_bytes();
        let d = self.data4;
        [a[0], a[1], a[2], a[3], b[0], b[1], c[0], c[1], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]]
    }

    /// Reads a GUID from the first 16 bytes of `bytes`, or `None` if there are fewer.
    pub fn read(bytes: &[u8]) -> Option<Guid> {
        let b: [u8; 16] = bytes.get(..16)?.try_into().ok()?;
        Some(Guid::from_le_bytes(b))
    }

    /// Parses the canonical text form at compile time; panics (a compile error in const context) on bad input.
    /// Meant for constants written in source code, never for input.
    pub const fn parse_const(s: &str) -> Guid {
        match parse_bytes(s.as_bytes()) {
            Some(g) => g,
            None => panic!("invalid GUID literal"),
        }
    }

    /// The GUID EventSource and TraceLogging derive from a provider name: SHA-1 over a fixed namespace and the
    /// upper-cased name in UTF-16 big-endian, first 16 bytes, with the version 5 marker. Manifest providers
    /// (most `Microsoft-Windows-*` ones) have arbitrary GUIDs instead; their names come from schemas.
    pub fn from_provider_name(name: &str) -> Guid {
        const NAMESPACE: [u8; 16] =
            [0x48, 0x2C, 0x2D, 0xB2, 0xC3, 0x90, 0x47, 0xC8, 0x87, 0xF8, 0x1A, 0x15, 0xBF, 0xC1, 0x30, 0xFB];
        let mut data = NAMESPACE.to_vec();
        for unit in name.to_uppercase().encode_utf16() {
            data.extend_from_slice(&unit.to_be_bytes());
        }
        let digest = crate::sha1::sha1(&data);
        let mut b = [0u8; 16];
        b.copy_from_slice(digest.get(..16).unwrap_or(&[0; 16]));
        // Version 5 in the high nibble of byte 7, as EventSource sets it on the little-endian layout.
        b[7] = (b[7] & 0x0F) | 0x50;
        Guid::from_le_bytes(b)
    }

    /// True for the all-zero GUID.
    pub const fn is_zero(&self) -> bool {
        self.data1 == 0 && self.data2 == 0 && self.data3 == 0 && u64::from_le_bytes(self.data4) == 0
    }
}

const fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, optionally in braces.
// Const fn: no `get`. Every index is below the length checked on entry or the size of a fixed array.
#[allow(clippy::indexing_slicing)]
const fn parse_bytes(s: &[u8]) -> Option<Guid> {
    let (start, len) = if s.len() == 38 && s[0] == b'{' && s[37] == b'}' { (1, 36) } else { (0, s.len()) };
    if len != 36 {
        return None;
    }
    // Positions of the 32 hex digits within the 36-character form.
    let mut digits = [0u8; 32];
    let mut i = 0;
    let mut n = 0;
    while i < 36 {
        let c = s[start + i];
        if i == 8 || i == 13 || i == 18 || i == 23 {
            if c != b'-' {
                return None;
            }
        } else {
            match hex_val(c) {
                Some(v) => {
                    digits[n] = v;
                    n += 1;
                }
                None => return None,
            }
        }
        i += 1;
    }
    let mut bytes = [0u8; 16];
    let mut k = 0;
    while k < 16 {
        bytes[k] = digits[2 * k] << 4 | digits[2 * k + 1];
        k += 1;
    }
    Some(Guid {
        data1: u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
        data2: u16::from_be_bytes([bytes[4], bytes[5]]),
        data3: u16::from_be_bytes([bytes[6], bytes[7]]),
        data4: [bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]],
    })
}

/// The text was not a GUID in `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` form (braces optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseGuidError;

impl fmt::Display for ParseGuidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a GUID: expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
    }
}

impl std::error::Error for ParseGuidError {}

impl FromStr for Guid {
    type Err = ParseGuidError;
    fn from_str(s: &str) -> Result<Guid, ParseGuidError> {
        parse_bytes(s.trim().as_bytes()).ok_or(ParseGuidError)
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 36];
        f.write_str(self.encode_lower(&mut buf))
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({self})")
    }
}

impl Guid {
    /// Writes the canonical lowercase form into `buf` and returns it as a string slice (no allocation).
    #[allow(clippy::indexing_slicing)] // 16 bytes make exactly 32 digits and 4 dashes: `o` stays below 36
    pub fn encode_lower<'b>(&self, buf: &'b mut [u8; 36]) -> &'b str {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut bytes = [0u8; 16];
        bytes[..4].copy_from_slice(&self.data1.to_be_bytes());
        bytes[4..6].copy_from_slice(&self.data2.to_be_bytes());
        bytes[6..8].copy_from_slice(&self.data3.to_be_bytes());
        bytes[8..].copy_from_slice(&self.data4);
        let mut o = 0;
        for (i, b) in bytes.iter().enumerate() {
            if i == 4 || i == 6 || i == 8 || i == 10 {
                buf[o] = b'-';
                o += 1;
            }
            buf[o] = HEX[(b >> 4) as usize];
            buf[o + 1] = HEX[(b & 15) as usize];
            o += 2;
        }
        // Only ASCII hex digits and dashes were written.
        core::str::from_utf8(buf).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text_and_bytes() {
        let g: Guid = "7dd42a49-5329-4832-8dfd-43d979153a88".parse().unwrap();
        assert_eq!(g.to_string(), "7dd42a49-5329-4832-8dfd-43d979153a88");
        assert_eq!(Guid::from_le_bytes(g.to_le_bytes()), g);
        assert_eq!(g.to_le_bytes()[..4], [0x49, 0x2a, 0xd4, 0x7d]);
        assert_eq!("{7DD42A49-5329-4832-8DFD-43D979153A88}".parse::<Guid>().unwrap(), g);
        assert_eq!(Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88"), g);
    }

    #[test]
    fn name_based_guids_match_eventsource() {
        // EventSource and TraceLogging providers named in real traces (names from their provider traits).
        let cases = [
            ("PerfView", "a8a71ac1-040f-54a2-07ca-00a89b5ab761"),
            ("Microsoft-Build", "d44a2098-821f-5808-4cea-1e24e982ca37"),
            ("JohnLudlow.TerrainGeneration2D.Performance", "550bde9a-7248-5bfa-8400-3572cf6fb950"),
            ("Microsoft-Diagnostics-DiagnosticSource", "adb401e1-5296-51f8-c125-5fda75826144"),
        ];
        for (name, guid) in cases {
            assert_eq!(Guid::from_provider_name(name).to_string(), guid, "{name}");
        }
        assert_eq!(Guid::from_provider_name("perfview"), Guid::from_provider_name("PerfView"));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "",
            "7dd42a49-5329-4832-8dfd-43d979153a8",
            "7dd42a49_5329-4832-8dfd-43d979153a88",
            "zzd42a49-5329-4832-8dfd-43d979153a88",
        ] {
            assert!(bad.parse::<Guid>().is_err(), "{bad}");
        }
    }
}
