//! Little-endian writers shared by the builders.

use etw_core::Guid;

/// Little-endian appends to a byte vector.
pub(crate) trait Put {
    fn put_u8(&mut self, v: u8);
    fn put_u16(&mut self, v: u16);
    fn put_u32(&mut self, v: u32);
    fn put_u64(&mut self, v: u64);
    fn put_i32(&mut self, v: i32) {
        self.put_u32(v as u32);
    }
    fn put_i64(&mut self, v: i64) {
        self.put_u64(v as u64);
    }
    fn put_guid(&mut self, g: Guid);
}

impl Put for Vec<u8> {
    fn put_u8(&mut self, v: u8) {
        self.push(v);
    }
    fn put_u16(&mut self, v: u16) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_u32(&mut self, v: u32) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_u64(&mut self, v: u64) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_guid(&mut self, g: Guid) {
        self.extend_from_slice(&g.to_le_bytes());
    }
}

/// Overwrites `bytes[at..at + 2]` with `v`.
pub(crate) fn set_u16(bytes: &mut [u8], at: usize, v: u16) {
    bytes[at..at + 2].copy_from_slice(&v.to_le_bytes());
}

/// Overwrites `bytes[at..at + 4]` with `v`.
pub(crate) fn set_u32(bytes: &mut [u8], at: usize, v: u32) {
    bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// Pads `bytes` with zeros to a multiple of 8.
pub(crate) fn pad8(bytes: &mut Vec<u8>) {
    let n = bytes.len().next_multiple_of(8);
    bytes.resize(n, 0);
}

/// `s` as UTF-16LE code units followed by a NUL.
pub fn utf16z(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * s.len() + 2);
    for u in s.encode_utf16() {
        out.put_u16(u);
    }
    out.put_u16(0);
    out
}
