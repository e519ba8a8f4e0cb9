//! Security identifiers in their binary form, printed as `S-1-5-21-...`.

use core::fmt;

use crate::cursor::u32_at;

/// A borrowed binary SID: revision, sub-authority count, 48-bit big-endian authority, then little-endian
/// 32-bit sub-authorities.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sid<'a> {
    bytes: &'a [u8],
}

impl<'a> Sid<'a> {
    /// Checks the layout and returns the SID and the bytes after it, or `None` if `bytes` is too short.
    pub fn parse(bytes: &'a [u8]) -> Option<(Sid<'a>, &'a [u8])> {
        let count = usize::from(*bytes.get(1)?);
        let len = 8 + 4 * count;
        let sid = bytes.get(..len)?;
        Some((Sid { bytes: sid }, bytes.get(len..).unwrap_or_default()))
    }

    /// The SID's bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The revision (1 for every SID Windows writes).
    pub fn revision(&self) -> u8 {
        self.bytes.first().copied().unwrap_or(0)
    }

    /// The 48-bit identifier authority.
    pub fn authority(&self) -> u64 {
        self.bytes.get(2..8).map_or(0, |b| b.iter().fold(0u64, |acc, x| acc << 8 | u64::from(*x)))
    }

    /// The sub-authorities.
    pub fn sub_authorities(&self) -> impl Iterator<Item = u32> + 'a {
        let bytes = self.bytes;
        (8..bytes.len()).step_by(4).filter_map(move |off| u32_at(bytes, off))
    }
}

impl fmt::Display for Sid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = self.authority();
        write!(f, "S-{}-", self.revision())?;
        if auth >= 1 << 32 {
            write!(f, "{auth:#014x}")?;
        } else {
            write!(f, "{auth}")?;
        }
        for s in self.sub_authorities() {
            write!(f, "-{s}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Sid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sid({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_well_known_sids() {
        let local_system = [1u8, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0];
        let (sid, rest) = Sid::parse(&local_system).unwrap();
        assert_eq!(sid.to_string(), "S-1-5-18");
        assert!(rest.is_empty());
        let user = [1u8, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 2, 0, 0, 0xAA];
        let (sid, rest) = Sid::parse(&user).unwrap();
        assert_eq!(sid.to_string(), "S-1-5-32-544");
        assert_eq!(rest, &[0xAA]);
        assert!(Sid::parse(&[1, 3, 0, 0, 0, 0, 0, 5]).is_none());
    }
}
