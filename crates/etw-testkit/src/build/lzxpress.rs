//! A plain LZ77 "LZXpress" compressor ([MS-XCA] 2.3, no Huffman stage), the format of compressed ETW buffers.
//!
//! The stream is a sequence of 32-bit little-endian flag words, each governing the next 32 items, most
//! significant bit first: 0 is one literal byte, 1 a match `{u16: (offset - 1) << 3 | min(length - 3, 7)}`. A
//! length of 10 or more continues in a nibble shared by two matches (`length - 10`, up to 14), then a byte
//! (`length - 25`, up to 254), then a u16 (`length - 3`), then, after a zero u16, a u32 (`length - 3`). Offsets go
//! up to 8192. The last flag word's unused bits are set, as the reference encoder does.
//!
//! [`compress`] is a greedy encoder with hash chains; [`Lz77Writer`] writes items by hand, for streams that are
//! broken on purpose.

/// The farthest a match may reach back.
pub const MAX_OFFSET: usize = 8192;

/// Writes an LZXpress stream item by item.
#[derive(Clone, Debug)]
pub struct Lz77Writer {
    out: Vec<u8>,
    flag_pos: usize,
    flags: u32,
    count: u32,
    nibble: Option<usize>,
}

impl Default for Lz77Writer {
    fn default() -> Self {
        Lz77Writer::new()
    }
}

impl Lz77Writer {
    /// An empty stream.
    pub fn new() -> Lz77Writer {
        Lz77Writer { out: vec![0; 4], flag_pos: 0, flags: 0, count: 0, nibble: None }
    }

    fn flag(&mut self, bit: bool) {
        self.flags = self.flags << 1 | u32::from(bit);
        self.count += 1;
        if self.count == 32 {
            self.out[self.flag_pos..self.flag_pos + 4].copy_from_slice(&self.flags.to_le_bytes());
            self.flag_pos = self.out.len();
            self.out.extend_from_slice(&[0; 4]);
            self.flags = 0;
            self.count = 0;
        }
    }

    /// One literal byte.
    pub fn literal(&mut self, b: u8) -> &mut Self {
        self.out.push(b);
        self.flag(false);
        self
    }

    /// Literal bytes.
    pub fn literals(&mut self, bytes: &[u8]) -> &mut Self {
        for b in bytes {
            self.literal(*b);
        }
        self
    }

    /// A match copying `len` bytes from `offset` bytes back. Panics unless `1 <= offset <= 8192`, `len >= 3` and
    /// `len - 3` fits a u32; the offset is not checked against the output so far (that makes a broken stream).
    pub fn copy(&mut self, offset: usize, len: usize) -> &mut Self {
        assert!((1..=MAX_OFFSET).contains(&offset), "match offset {offset} out of 1..=8192");
        assert!(len >= 3, "match length {len} below 3");
        let extra = len - 3;
        let low = extra.min(7) as u16;
        self.out.extend_from_slice(&(((offset - 1) as u16) << 3 | low).to_le_bytes());
        if extra >= 7 {
            let n = (len - 10).min(15) as u8;
            match self.nibble.take() {
                None => {
                    self.nibble = Some(self.out.len());
                    self.out.push(n);
                }
                Some(at) => self.out[at] |= n << 4,
            }
            if n == 15 {
                let b = len - 25;
                if b < 255 {
                    self.out.push(b as u8);
                } else {
                    self.out.push(255);
                    let w = len - 3;
                    if let Ok(w) = u16::try_from(w) {
                        self.out.extend_from_slice(&w.to_le_bytes());
                    } else {
                        self.out.extend_from_slice(&0u16.to_le_bytes());
                        let d = u32::try_from(w).expect("match length does not fit a u32");
                        self.out.extend_from_slice(&d.to_le_bytes());
                    }
                }
            }
        }
        self.flag(true);
        self
    }

    /// Raw bytes appended to the stream as they are (no flag bit): for damage.
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.out.extend_from_slice(bytes);
        self
    }

    /// Bytes written so far (the current flag word is not final yet).
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// True if nothing but the first flag word's space was written.
    pub fn is_empty(&self) -> bool {
        self.out.len() == 4
    }

    /// Ends the stream: the last flag word gets its unused bits set.
    pub fn finish(mut self) -> Vec<u8> {
        let unused = 32 - self.count;
        let flags = if unused == 32 { u32::MAX } else { self.flags << unused | ((1u32 << unused) - 1) };
        self.out[self.flag_pos..self.flag_pos + 4].copy_from_slice(&flags.to_le_bytes());
        self.out
    }
}

const HASH_BITS: u32 = 15;
const MAX_CHAIN: usize = 48;
/// A match this long ends the search for a longer one.
const GOOD_ENOUGH: usize = 1024;
const NONE: usize = usize::MAX;

fn hash(b: &[u8], i: usize) -> usize {
    let v = u32::from(b[i]) | u32::from(b[i + 1]) << 8 | u32::from(b[i + 2]) << 16;
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

/// Compresses `input` (greedy matching over hash chains, offsets up to 8192, matches of any length).
pub fn compress(input: &[u8]) -> Vec<u8> {
    let n = input.len();
    let mut w = Lz77Writer::new();
    w.out.reserve(n + n / 8 + 8);
    let mut head = vec![NONE; 1 << HASH_BITS];
    let mut prev = vec![NONE; MAX_OFFSET];
    let insert = |i: usize, head: &mut [usize], prev: &mut [usize]| {
        if i + 3 <= n {
            let h = hash(input, i);
            prev[i % MAX_OFFSET] = head[h];
            head[h] = i;
        }
    };
    let mut i = 0;
    while i < n {
        let (mut best_len, mut best_off) = (0, 0);
        if i + 3 <= n {
            let mut cand = head[hash(input, i)];
            let mut steps = 0;
            while cand != NONE && i - cand <= MAX_OFFSET && steps < MAX_CHAIN {
                let len = input[cand..].iter().zip(&input[i..]).take_while(|(a, b)| a == b).count();
                if len > best_len {
                    best_len = len;
                    best_off = i - cand;
                    if i + len == n || len >= GOOD_ENOUGH {
                        break;
                    }
                }
                let next = prev[cand % MAX_OFFSET];
                if next == NONE || next >= cand {
                    break;
                }
                cand = next;
                steps += 1;
            }
        }
        if best_len >= 3 {
            w.copy(best_off, best_len);
            for j in i..i + best_len {
                insert(j, &mut head, &mut prev);
            }
            i += best_len;
        } else {
            w.literal(input[i]);
            insert(i, &mut head, &mut prev);
            i += 1;
        }
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_xca_example() {
        // [MS-XCA] 3.1: "abc" repeated 100 times.
        let input = b"abc".repeat(100);
        assert_eq!(compress(&input), [0xff, 0xff, 0xff, 0x1f, 0x61, 0x62, 0x63, 0x17, 0x00, 0x0f, 0xff, 0x26, 0x01]);
        // The alphabet has no matches: one flag word, 26 literals, unused flag bits set.
        let abc = b"abcdefghijklmnopqrstuvwxyz";
        let mut expected = vec![0x3f, 0x00, 0x00, 0x00];
        expected.extend_from_slice(abc);
        assert_eq!(compress(abc), expected);
        assert_eq!(compress(&[]), [0xff; 4]);
    }

    #[test]
    fn shared_nibble_and_escapes() {
        let mut w = Lz77Writer::new();
        w.literal(b'x').copy(1, 12).copy(1, 20).copy(1, 300).copy(1, 70_000);
        let s = w.finish();
        // Flags: literal then four matches, the rest set.
        assert_eq!(&s[..4], &0x7fff_ffffu32.to_le_bytes());
        assert_eq!(s[4], b'x');
        // 12: u16 with 7, new nibble byte (2); 20: u16 with 7, high nibble of that byte (10).
        assert_eq!(&s[5..8], &[7, 0, 0xA2]);
        assert_eq!(&s[8..10], &[7, 0]);
        // 300: u16, new nibble byte (15), byte 255, u16 297.
        assert_eq!(&s[10..12], &[7, 0]);
        assert_eq!(s[13], 0xff);
        assert_eq!(&s[14..16], &297u16.to_le_bytes());
        // 70000: the high nibble of that byte (15), byte 255, u16 0, u32 69997.
        assert_eq!(s[12], 0xff);
        assert_eq!(&s[16..21], &[7, 0, 0xff, 0, 0]);
        assert_eq!(&s[21..25], &69_997u32.to_le_bytes());
        assert_eq!(s.len(), 25);
    }

    #[test]
    fn flag_words_every_32_items() {
        let s = compress(&(0..40u8).collect::<Vec<_>>());
        assert_eq!(&s[..4], &[0; 4]);
        assert_eq!(&s[36..40], &0x00ff_ffffu32.to_le_bytes());
        assert_eq!(s.len(), 4 + 32 + 4 + 8);
    }
}
