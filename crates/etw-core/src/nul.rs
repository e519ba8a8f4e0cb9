//! Finding the NUL that ends a string in event data, a word at a time: every string property of every event
//! is measured by it, so it is one of the hottest loops of a decode.

/// The index of the first zero UTF-16 unit of `bytes` (pairs of bytes; an odd last byte is not a unit).
pub fn utf16_nul(bytes: &[u8]) -> Option<usize> {
    let skipped = zero_free_words(bytes, U16_UNITS);
    let from = bytes.get(skipped..).unwrap_or_default();
    from.chunks_exact(2).position(|c| c == [0, 0]).map(|i| skipped / 2 + i)
}

/// The index of the first zero byte of `bytes`.
pub fn ansi_nul(bytes: &[u8]) -> Option<usize> {
    let skipped = zero_free_words(bytes, BYTE_UNITS);
    bytes.get(skipped..).unwrap_or_default().iter().position(|b| *b == 0).map(|i| skipped + i)
}

/// A unit width as two masks over a u64: the lowest bit of each unit, and the highest.
type Units = (u64, u64);
const BYTE_UNITS: Units = (0x0101_0101_0101_0101, 0x8080_8080_8080_8080);
const U16_UNITS: Units = (0x0001_0001_0001_0001, 0x8000_8000_8000_8000);

/// How many leading bytes of `bytes` lie in whole 8-byte words that hold no zero unit. Strings are measured and
/// written for every event, so they are tested a word at a time, and only the word that holds the zero is
/// searched unit by unit. A word has a zero unit exactly when subtracting 1 from each unit borrows into the top
/// bit of a unit whose top bit was clear.
fn zero_free_words(bytes: &[u8], (ones, high): Units) -> usize {
    let mut skipped = 0;
    for c in bytes.chunks_exact(8) {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        if w.wrapping_sub(ones) & !w & high != 0 {
            break;
        }
        skipped += 8;
    }
    skipped
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time NUL searches find what a byte-by-byte search finds, wherever the zero is, with
    /// zero bytes that straddle two units (which are not a zero unit).
    #[test]
    fn nul_searches_agree_with_plain_ones() {
        for len in 0..40usize {
            for zero_at in 0..=len {
                for fill in [1u8, 0x80, 0xff] {
                    let mut b = vec![fill; len];
                    if let Some(x) = b.get_mut(zero_at) {
                        *x = 0;
                    }
                    assert_eq!(ansi_nul(&b), b.iter().position(|x| *x == 0), "{len} {zero_at} {fill}");
                    if let Some(x) = b.get_mut(zero_at ^ 1) {
                        *x = if zero_at % 3 == 0 { 0 } else { fill };
                    }
                    if let Some(x) = b.get_mut(zero_at + 1) {
                        *x = 0;
                    }
                    let want = b.chunks_exact(2).position(|c| c == [0, 0]);
                    assert_eq!(utf16_nul(&b), want, "{len} {zero_at} {fill}: {b:?}");
                }
            }
        }
    }
}
