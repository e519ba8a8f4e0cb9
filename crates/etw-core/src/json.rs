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

/// Eight bytes at once: true if any of them needs escaping (a control byte, `"` or `\\`). The usual SWAR
/// test: a byte of `x - 0x01…` borrows (its high bit set where `x`'s was clear) only at a zero byte.
#[inline]
const fn any_needs_escape(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Bytes below 0x20: their three high bits are clear, i.e. `x & 0xe0` is a zero byte.
    let control = has_zero_byte(chunk & 0xe0e0_e0e0_e0e0_e0e0);
    let quote = has_zero_byte(chunk ^ (ONES * b'"' as u64));
    let backslash = has_zero_byte(chunk ^ (ONES * b'\\' as u64));
    control || quote || backslash
}

/// True if a byte of `x` is zero (exact: a borrow can only start at a zero byte).
#[inline]
const fn has_zero_byte(x: u64) -> bool {
    x.wrapping_sub(0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080 != 0
}

/// True if any byte of `bytes` needs escaping: eight at a time, then the rest one by one.
#[inline]
fn needs_escaping(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let word = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        if any_needs_escape(word) {
            return true;
        }
    }
    chunks.remainder().iter().any(|b| needs_escape(*b))
}

/// Appends the characters of `s`, escaped, without quotes.
#[inline]
pub fn string_body(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most strings need no escaping: copy them whole.
    if !needs_escaping(bytes) {
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
    // The plain ASCII prefix (usually the whole string) is copied four units at a time: every unit below 0x80
    // and none that needs escaping. The rest, from the first unit that is not, goes unit by unit.
    let mut plain = 0;
    for c in bytes.chunks_exact(8) {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0xff; 8]));
        // High bytes zero and low bytes below 0x80: ASCII; then the low bytes, packed, must need no escape.
        if w & 0xff80_ff80_ff80_ff80 != 0 {
            break;
        }
        let packed = (w & 0xff) | (w >> 8 & 0xff00) | (w >> 16 & 0xff_0000) | (w >> 24 & 0xff00_0000);
        // Pad the upper four bytes with 'a' so that only the four real characters are tested.
        if any_needs_escape(packed | 0x6161_6161_0000_0000) {
            break;
        }
        plain += 8;
    }
    let (ascii, bytes) = bytes.split_at(plain.min(bytes.len()));
    out.reserve(ascii.len() / 2 + bytes.len() / 2 + 1);
    out.extend(ascii.chunks_exact(2).map(|c| c.first().copied().unwrap_or(0)));
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
#[inline]
pub fn hex_padded(out: &mut Vec<u8>, v: u64, width: usize) {
    let needed = (64 - v.leading_zeros()).div_ceil(4).max(1) as usize;
    if width <= 16 {
        hex_quoted(out, v, needed.max(width));
        return;
    }
    // Wider than a u64's 16 digits (no real schema asks for it): the extra zeros, then 16 digits.
    let start = out.len();
    out.extend_from_slice(b"\"0x");
    out.resize(out.len() + (width - 16), b'0');
    hex_quoted(out, v, 16);
    // Only the digits and the closing quote of what hex_quoted wrote are wanted after the zeros.
    let opening = start + 3 + (width - 16);
    out.drain(opening..opening + 3);
}

/// Appends `"0x`, the low `digits` (1 to 16) hex digits of `v` (leading zeros where `v` has fewer) and `"`.
/// Pointers and flags are written for most events (arrays of them for stacks), so this avoids per-digit loops
/// and stack buffers: the digits wanted are shifted to the top, made at once in one u64 (up to eight) or two
/// ([`hex8`]) that are stored straight into `out`, and `out` is cut back to the digits wanted. (Bytes stored one
/// by one into a stack buffer and then copied out as a block stall the CPU: the block's load cannot be served
/// from the pending narrow stores.)
#[inline]
fn hex_quoted(out: &mut Vec<u8>, v: u64, digits: usize) {
    let n = digits.clamp(1, 16);
    out.reserve(20);
    let len = out.len();
    out.extend_from_slice(b"\"0x");
    if n <= 8 {
        // Eight digits or fewer (32-bit pointers and flags, most values): half the work.
        out.extend_from_slice(&hex8((v as u32) << (4 * (8 - n))).to_be_bytes());
    } else {
        let v = v << (4 * (16 - n));
        out.extend_from_slice(&hex8((v >> 32) as u32).to_be_bytes());
        out.extend_from_slice(&hex8(v as u32).to_be_bytes());
    }
    out.truncate(len + 3 + n);
    out.push(b'"');
}

/// The eight lowercase hex digits of `x` as ASCII in a u64 (most significant digit in the most significant byte),
/// made at once: the nibbles are spread one to a byte, then each byte becomes `'0' + d`, plus the distance to
/// `'a'` where `d` is 10 or more.
#[inline]
const fn hex8(x: u32) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut x = x as u64;
    x = (x | (x << 16)) & 0x0000_ffff_0000_ffff;
    x = (x | (x << 8)) & 0x00ff_00ff_00ff_00ff;
    x = (x | (x << 4)) & 0x0f0f_0f0f_0f0f_0f0f;
    // A byte holds 0..=15, so adding 6 carries into its high nibble exactly when it is 10 or more.
    let letters = ((x + 6 * ONES) >> 4) & ONES;
    x + (b'0' as u64) * ONES + letters * (b'a' - b'0' - 10) as u64
}

/// The two decimal digits of every value below 100, as the u16 whose little-endian bytes they are.
#[allow(clippy::indexing_slicing)] // const evaluation: i < 100
const DECIMAL_PAIRS: [u16; 100] = {
    let mut t = [0u16; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = u16::from_le_bytes([b'0' + (i / 10) as u8, b'0' + (i % 10) as u8]);
        i += 1;
    }
    t
};

/// Appends an unsigned integer.
#[inline]
pub fn uint(out: &mut Vec<u8>, v: u64) {
    // Most integers of an event line (ids, versions, levels, opcodes, processors) are below 100.
    if v < 10 {
        out.push(b'0' + v as u8);
        return;
    }
    if v < 100 {
        out.extend_from_slice(&DECIMAL_PAIRS.get(v as usize).copied().unwrap_or(0).to_le_bytes());
        return;
    }
    if v < 100_000_000 {
        // Up to eight digits (process and thread ids, sizes) are made in a register, two at a time from the
        // least significant, each pair shifted in below the ones made before (the most significant digit ends up
        // in the lowest byte), stored into `out` as one u64, and `out` is cut back to the digits.
        let n = decimal_digits(v);
        let mut digits = 0u64;
        let mut rest = v;
        let mut left = n;
        while left >= 2 {
            digits = (digits << 16) | u64::from(DECIMAL_PAIRS.get((rest % 100) as usize).copied().unwrap_or(0));
            rest /= 100;
            left -= 2;
        }
        if left == 1 {
            digits = (digits << 8) | (u64::from(b'0') + rest);
        }
        out.reserve(8);
        let len = out.len();
        out.extend_from_slice(&digits.to_le_bytes());
        out.truncate(len + n);
        return;
    }
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// The number of decimal digits of `v` (1 for 0).
#[inline]
const fn decimal_digits(v: u64) -> usize {
    match v.checked_ilog10() {
        Some(l) => l as usize + 1,
        None => 1,
    }
}

/// Appends a signed integer.
#[inline]
pub fn int(out: &mut Vec<u8>, v: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Appends `"0x…"` for `v`.
#[inline]
pub fn hex_u64(out: &mut Vec<u8>, v: u64) {
    hex_quoted(out, v, (64 - v.leading_zeros()).div_ceil(4).max(1) as usize);
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

/// Appends bytes as a quoted lowercase hex string: eight bytes at a time through `hex8` (raw payloads are
/// the bulk of a raw dump), the rest byte by byte.
pub fn hex_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.reserve(bytes.len() * 2 + 2);
    out.push(b'"');
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_be_bytes(c.try_into().unwrap_or([0; 8]));
        let (high, low) = (hex8((v >> 32) as u32), hex8(v as u32));
        out.extend_from_slice(&high.to_be_bytes());
        out.extend_from_slice(&low.to_be_bytes());
    }
    for b in chunks.remainder() {
        out.extend_from_slice(HEX_PAIRS.get(usize::from(*b)).unwrap_or(&[b'0'; 2]));
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

/// Appends an IPv4 address as a quoted dotted quad (as `Ipv4Addr`'s `Display` writes it, without the
/// formatting machinery: Kernel-Network events carry two addresses each).
pub fn ipv4(out: &mut Vec<u8>, octets: [u8; 4]) {
    out.push(b'"');
    for (i, o) in octets.into_iter().enumerate() {
        if i > 0 {
            out.push(b'.');
        }
        uint(out, o.into());
    }
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
#[inline]
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
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(37).wrapping_add(0x9c)).collect();
            let want: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(s(|o| hex_bytes(o, &bytes)), format!("\"{want}\""));
        }
        assert_eq!(s(|o| string(o, "x\u{7f}\u{0}")), "\"x\u{7f}\\u0000\"");
        for text in ["plain", "a\"b\\c\n\u{1}é\u{10ffff}", "", "\u{1f}"] {
            assert_eq!(s(|o| string_from_chars(o, text.chars())), s(|o| string(o, text)));
        }
    }

    /// The eight-at-a-time paths (plain strings, plain UTF-16 prefixes) agree with character-by-character
    /// escaping for every character class at every position of strings of every length up to 40.
    #[test]
    fn word_at_a_time_paths_escape_like_one_at_a_time() {
        let specials = ['a', '"', '\\', '\n', '\u{0}', '\u{1f}', ' ', '\u{7f}', '\u{80}', 'é', '\u{ffff}', '\u{1f600}'];
        for len in 0..40 {
            for at in 0..len.max(1) {
                for c in specials {
                    let text: String = (0..len).map(|i| if i == at { c } else { 'x' }).collect();
                    let want = s(|o| string_from_chars(o, text.chars()));
                    assert_eq!(s(|o| string(o, &text)), want, "{text:?}");
                    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
                    assert_eq!(s(|o| string_from_utf16le(o, &utf16)), want, "{text:?} as UTF-16");
                }
            }
        }
        // Unpaired surrogates and an odd last byte, after a plain prefix.
        assert_eq!(
            s(|o| string_from_utf16le(o, &[b'a', 0, b'b', 0, b'c', 0, b'd', 0, 0x00, 0xd8, b'e'])),
            "\"abcd\u{fffd}\""
        );
    }

    #[test]
    fn numbers_of_every_length() {
        let mut v = 1u64;
        for _ in 0..20 {
            for n in [v - 1, v, v + 1, v.saturating_mul(9)] {
                assert_eq!(s(|o| uint(o, n)), n.to_string());
                assert_eq!(s(|o| hex_u64(o, n)), format!("\"0x{n:x}\""));
                for width in [0, 1, 4, 8, 16, 20] {
                    assert_eq!(s(|o| hex_padded(o, n, width)), format!("\"0x{n:0width$x}\""));
                }
            }
            v = v.saturating_mul(10);
        }
        assert_eq!(s(|o| uint(o, u64::MAX)), u64::MAX.to_string());
        for octets in [[0, 0, 0, 0], [255, 255, 255, 255], [10, 0, 99, 100], [192, 168, 1, 9]] {
            assert_eq!(s(|o| ipv4(o, octets)), format!("\"{}\"", std::net::Ipv4Addr::from(octets)));
        }
        // Every digit count, letters and digits, written after other text (the string is cut back from there).
        for digits in 1..=16u32 {
            for full in [0xfedc_ba98_7654_3210u64, 0x0123_4567_89ab_cdef, u64::MAX] {
                let n = full >> (4 * (16 - digits));
                let mut out = b"[1,".to_vec();
                hex_padded(&mut out, n, 0);
                out.push(b']');
                assert_eq!(String::from_utf8(out).unwrap(), format!("[1,\"0x{n:x}\"]"));
            }
        }
        for n in [u64::MAX, 0xfedc_ba98_7654_3210, 0x0123_4567_89ab_cdef, 0xa, 0xf0, 0x9f] {
            assert_eq!(s(|o| hex_u64(o, n)), format!("\"0x{n:x}\""));
            assert_eq!(s(|o| hex_padded(o, n, 8)), format!("\"0x{n:08x}\""));
        }
    }
}
