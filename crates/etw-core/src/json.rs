//! A small, fast JSON writer: values are appended to a reused byte buffer, with no intermediate values. Used
//! for JSON Lines output, where every event is written field by field.

use crate::{FileTime, Guid};

/// True for the bytes a JSON string cannot hold as they are.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

fn push_escape(out: &mut Vec<u8>, b: u8) {
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0'));
            out.push(HEX.get(usize::from(b & 15)).copied().unwrap_or(b'0'));
        }
    }
}

/// Appends the characters of `s`, escaped, without quotes.
#[inline]
pub fn string_body(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most strings need no escaping: copy them whole.
    if !bytes.iter().any(|b| needs_escape(*b)) {
        out.extend_from_slice(bytes);
        return;
    }
    let mut rest = bytes;
    while let Some(i) = rest.iter().position(|b| needs_escape(*b)) {
        let (plain, tail) = rest.split_at(i);
        out.extend_from_slice(plain);
        if let Some((&b, after)) = tail.split_first() {
            push_escape(out, b);
            rest = after;
        } else {
            rest = &[];
        }
    }
    out.extend_from_slice(rest);
}

/// Appends `s` as a JSON string (quoted and escaped).
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    string_body(out, s);
    out.push(b'"');
}

/// Appends characters as a JSON string (quoted and escaped), e.g. straight from UTF-16 without a `String`.
pub fn string_from_chars(out: &mut Vec<u8>, chars: impl Iterator<Item = char>) {
    out.push(b'"');
    let mut buf = [0u8; 4];
    for c in chars {
        if c.is_ascii() {
            let b = c as u8;
            if needs_escape(b) {
                push_escape(out, b);
            } else {
                out.push(b);
            }
        } else {
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    out.push(b'"');
}

/// Appends UTF-16LE text (`bytes`, pairs of bytes; an odd last byte is ignored) as a JSON string, quoted and
/// escaped; unpaired surrogates become U+FFFD. ASCII, the common case, is copied unit by unit without decoding.
pub fn string_from_utf16le(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    out.reserve(bytes.len() / 2);
    let mut units = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]));
    let mut buf = [0u8; 4];
    while let Some(u) = units.next() {
        if u < 0x80 {
            let b = u as u8;
            if needs_escape(b) {
                push_escape(out, b);
            } else {
                out.push(b);
            }
            continue;
        }
        // A non-ASCII unit: decode it (with its pair, if a surrogate) the standard way.
        let c = match char::decode_utf16([u]).next() {
            Some(Ok(c)) => c,
            _ => {
                let low = units.clone().next();
                match low.map(|l| char::decode_utf16([u, l]).next()) {
                    Some(Some(Ok(c))) => {
                        units.next();
                        c
                    }
                    _ => char::REPLACEMENT_CHARACTER,
                }
            }
        };
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    out.push(b'"');
}

/// Appends `"0x…"` for `v` with at least `width` hex digits (zero-padded), as `format!("0x{v:0width$x}")`.
pub fn hex_padded(out: &mut Vec<u8>, v: u64, width: usize) {
    out.extend_from_slice(b"\"0x");
    let digits = ((64 - v.leading_zeros()).div_ceil(4).max(1) as usize).max(width.min(16));
    out.resize(out.len() + width.saturating_sub(digits), b'0');
    for i in (0..digits).rev() {
        out.push(hex_digit((v >> (i * 4)) as u8));
    }
    out.push(b'"');
}

/// Appends an unsigned integer.
#[inline]
pub fn uint(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Appends a signed integer.
#[inline]
pub fn int(out: &mut Vec<u8>, v: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// The hex digit for the low four bits of `n`.
#[inline]
fn hex_digit(n: u8) -> u8 {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    #[allow(clippy::indexing_slicing)] // masked to 0..16
    HEX[usize::from(n & 15)]
}

/// Appends `"0x…"` for `v`.
pub fn hex_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(b"\"0x");
    let digits = (64 - v.leading_zeros()).div_ceil(4).max(1);
    for i in (0..digits).rev() {
        out.push(hex_digit((v >> (i * 4)) as u8));
    }
    out.push(b'"');
}

/// The two hex digits of every byte value.
#[allow(clippy::indexing_slicing)] // const evaluation: i < 256 and both digit indices < 16
const HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [DIGITS[i >> 4], DIGITS[i & 15]];
        i += 1;
    }
    t
};

/// Appends bytes as a quoted lowercase hex string.
pub fn hex_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let start = out.len();
    out.resize(start + bytes.len() * 2, 0);
    if let Some(dst) = out.get_mut(start..) {
        for (pair, b) in dst.chunks_exact_mut(2).zip(bytes) {
            pair.copy_from_slice(HEX_PAIRS.get(usize::from(*b)).unwrap_or(&[b'0'; 2]));
        }
    }
    out.push(b'"');
}

/// Appends a quoted GUID.
pub fn guid(out: &mut Vec<u8>, g: &Guid) {
    let mut buf = [0u8; 36];
    out.push(b'"');
    out.extend_from_slice(g.encode_lower(&mut buf).as_bytes());
    out.push(b'"');
}

/// Appends a quoted GUID, or `null` for the zero GUID.
pub fn guid_or_null(out: &mut Vec<u8>, g: &Guid) {
    if g.is_zero() {
        out.extend_from_slice(b"null");
    } else {
        guid(out, g);
    }
}

/// Appends a float (non-finite values, which JSON cannot hold, as strings).
pub fn float(out: &mut Vec<u8>, v: f64) {
    use std::io::Write as _;
    // Written into `out` directly (writing to a Vec cannot fail): no String per value.
    if v.is_finite() {
        let _ = write!(out, "{v}");
    } else {
        let _ = write!(out, "\"{v}\"");
    }
}

/// Appends a value's `Display` text as a JSON string, for text that never needs escaping (addresses, SIDs,
/// numbers): no String per value.
pub fn display_string(out: &mut Vec<u8>, v: impl core::fmt::Display) {
    use std::io::Write as _;
    out.push(b'"');
    let _ = write!(out, "{v}");
    out.push(b'"');
}

/// Appends `true` or `false`.
pub fn bool(out: &mut Vec<u8>, v: bool) {
    out.extend_from_slice(if v { b"true" } else { b"false" });
}

/// Appends a quoted RFC 3339 UTC timestamp with 100 ns precision.
pub fn time(out: &mut Vec<u8>, t: FileTime) {
    out.push(b'"');
    t.write_rfc3339(out);
    out.push(b'"');
}

/// Appends `"key":` (the key must not need escaping).
pub fn key(out: &mut Vec<u8>, k: &str) {
    out.push(b'"');
    out.extend_from_slice(k.as_bytes());
    out.extend_from_slice(b"\":");
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn s(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut v = Vec::new();
        f(&mut v);
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn writes_valid_json() {
        assert_eq!(s(|o| string(o, "a\"b\\c\n\u{1}é")), r#""a\"b\\c\n\u0001é""#);
        assert_eq!(s(|o| uint(o, 0)), "0");
        assert_eq!(s(|o| uint(o, u64::MAX)), "18446744073709551615");
        assert_eq!(s(|o| int(o, i64::MIN)), "-9223372036854775808");
        assert_eq!(s(|o| hex_u64(o, 0)), "\"0x0\"");
        assert_eq!(s(|o| hex_u64(o, 0x8000_0000_0000_0010)), "\"0x8000000000000010\"");
        assert_eq!(s(|o| hex_bytes(o, &[0, 0xab])), "\"00ab\"");
        assert_eq!(s(|o| string(o, "x\u{7f}\u{0}")), "\"x\u{7f}\\u0000\"");
        for text in ["plain", "a\"b\\c\n\u{1}é\u{10ffff}", "", "\u{1f}"] {
            assert_eq!(s(|o| string_from_chars(o, text.chars())), s(|o| string(o, text)));
        }
    }
}
