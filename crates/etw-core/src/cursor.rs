//! Bounds-checked little-endian reads over untrusted bytes, with a label for every read.
//!
//! Nothing here panics or allocates: a read past the end returns a [`ReadError`] that names the field, its
//! offset, how many bytes it needed and how many were left.

use core::fmt;

use crate::guid::Guid;

/// A read ran past the end of the available bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// What was being read, e.g. `"EVENT_HEADER.ProviderId"`.
    pub what: &'static str,
    /// Offset of the read from the start of the cursor's bytes.
    pub offset: usize,
    /// Bytes the read needed.
    pub needed: usize,
    /// Bytes that were left at `offset`.
    pub available: usize,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at offset {:#x} needs {} bytes, only {} left",
            self.what, self.offset, self.needed, self.available
        )
    }
}

impl std::error::Error for ReadError {}

/// Reads `N` bytes at `off`, or `None`.
#[inline]
pub fn array_at<const N: usize>(bytes: &[u8], off: usize) -> Option<[u8; N]> {
    let end = off.checked_add(N)?;
    bytes.get(off..end)?.try_into().ok()
}

/// Reads a little-endian `u8` at `off`.
#[inline]
pub fn u8_at(bytes: &[u8], off: usize) -> Option<u8> {
    bytes.get(off).copied()
}

/// Reads a little-endian `u16` at `off`.
#[inline]
pub fn u16_at(bytes: &[u8], off: usize) -> Option<u16> {
    array_at(bytes, off).map(u16::from_le_bytes)
}

/// Reads a little-endian `u32` at `off`.
#[inline]
pub fn u32_at(bytes: &[u8], off: usize) -> Option<u32> {
    array_at(bytes, off).map(u32::from_le_bytes)
}

/// Reads a little-endian `u64` at `off`.
#[inline]
pub fn u64_at(bytes: &[u8], off: usize) -> Option<u64> {
    array_at(bytes, off).map(u64::from_le_bytes)
}

/// Reads a little-endian `i64` at `off`.
#[inline]
pub fn i64_at(bytes: &[u8], off: usize) -> Option<i64> {
    array_at(bytes, off).map(i64::from_le_bytes)
}

/// Reads a GUID (Windows in-memory form) at `off`.
#[inline]
pub fn guid_at(bytes: &[u8], off: usize) -> Option<Guid> {
    array_at(bytes, off).map(Guid::from_le_bytes)
}

/// A forward cursor over bytes whose every read carries a label for its error.
#[derive(Clone, Debug)]
pub struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

macro_rules! cursor_read {
    ($name:ident, $t:ty) => {
        #[doc = concat!("Reads a little-endian `", stringify!($t), "`.")]
        #[inline]
        pub fn $name(&mut self, what: &'static str) -> Result<$t, ReadError> {
            self.array(what).map(<$t>::from_le_bytes)
        }
    };
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `bytes`.
    pub const fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, pos: 0 }
    }

    /// Current offset from the start.
    pub const fn position(&self) -> usize {
        self.pos
    }

    /// Bytes left after the current offset.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    /// The bytes after the current offset.
    pub fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or_default()
    }

    fn error(&self, what: &'static str, needed: usize) -> ReadError {
        ReadError { what, offset: self.pos, needed, available: self.remaining() }
    }

    /// Takes the next `n` bytes.
    #[inline]
    pub fn bytes(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ReadError> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.error(what, n))?;
        let out = self.bytes.get(self.pos..end).ok_or_else(|| self.error(what, n))?;
        self.pos = end;
        Ok(out)
    }

    /// Takes the next `N` bytes as an array.
    #[inline]
    pub fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], ReadError> {
        let b = self.bytes(N, what)?;
        b.try_into().map_err(|_| self.error(what, N))
    }

    /// Skips `n` bytes.
    pub fn skip(&mut self, n: usize, what: &'static str) -> Result<(), ReadError> {
        self.bytes(n, what).map(|_| ())
    }

    cursor_read!(u8, u8);
    cursor_read!(u16, u16);
    cursor_read!(u32, u32);
    cursor_read!(u64, u64);
    cursor_read!(i32, i32);
    cursor_read!(i64, i64);

    /// Reads a GUID.
    pub fn guid(&mut self, what: &'static str) -> Result<Guid, ReadError> {
        self.array(what).map(Guid::from_le_bytes)
    }

    /// Reads a NUL-terminated UTF-16LE string (the terminator is consumed, not returned). Without a terminator
    /// the rest of the bytes are taken; an odd trailing byte is ignored. Invalid UTF-16 is replaced (U+FFFD).
    pub fn utf16z(&mut self) -> String {
        let rest = self.rest();
        let mut units = Vec::new();
        let mut used = rest.len();
        for (i, pair) in rest.chunks_exact(2).enumerate() {
            let u = u16::from_le_bytes(pair.try_into().unwrap_or_default());
            if u == 0 {
                used = (i + 1) * 2;
                break;
            }
            units.push(u);
        }
        self.pos = self.pos.saturating_add(used);
        String::from_utf16_lossy(&units)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_labels_errors() {
        let mut c = Cursor::new(&[1, 0, 2, 0, 0, 0, 9]);
        assert_eq!(c.u16("a").unwrap(), 1);
        assert_eq!(c.u32("b").unwrap(), 2);
        let e = c.u32("c").unwrap_err();
        assert_eq!(e, ReadError { what: "c", offset: 6, needed: 4, available: 1 });
        assert_eq!(e.to_string(), "c at offset 0x6 needs 4 bytes, only 1 left");
        assert_eq!(c.u8("d").unwrap(), 9);
        assert!(c.bytes(usize::MAX, "huge").is_err());
    }

    #[test]
    fn utf16z_stops_at_nul_or_end() {
        let mut c = Cursor::new(&[b'h', 0, b'i', 0, 0, 0, b'x', 0]);
        assert_eq!(c.utf16z(), "hi");
        assert_eq!(c.position(), 6);
        assert_eq!(c.utf16z(), "x");
        assert_eq!(c.remaining(), 0);
        assert_eq!(Cursor::new(&[b'a', 0, 7]).utf16z(), "a");
    }

    #[test]
    fn free_readers_are_checked() {
        let b = [1u8, 2, 3];
        assert_eq!(u16_at(&b, 1), Some(0x0302));
        assert_eq!(u16_at(&b, 2), None);
        assert_eq!(u64_at(&b, usize::MAX), None);
    }
}
