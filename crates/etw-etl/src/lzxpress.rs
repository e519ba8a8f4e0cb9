//! Plain LZ77 "LZXpress" decompression ([MS-XCA] 2.3/2.4, no Huffman stage), as ETW uses for compressed buffers.
//!
//! The stream is a sequence of 32-bit little-endian flag words, each governing the next 32 items, most
//! significant bit first: 0 is one literal byte, 1 a match `{u16: length-3 in the low 3 bits, offset-1 in the high
//! 13}`. A length of 7 continues in a shared nibble byte, then a byte, then a u16, then a u32. The stream ends
//! when the input is exhausted.
//!
//! Output never grows past `limit` bytes, so a hostile stream cannot make us allocate more than the caller allows.

use core::fmt;

/// Why decompression stopped early. The bytes produced before the error are kept in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecompressError {
    /// Offset in the compressed input where the problem was found.
    pub input_offset: usize,
    /// Bytes produced before the problem.
    pub output_len: usize,
    /// What was wrong.
    pub reason: &'static str,
}

impl fmt::Display for DecompressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "LZXpress data broken at input offset {:#x} after {} output bytes: {}",
            self.input_offset, self.output_len, self.reason
        )
    }
}

impl std::error::Error for DecompressError {}

fn le<const N: usize>(input: &[u8], at: usize) -> Option<[u8; N]> {
    input.get(at..at.checked_add(N)?)?.try_into().ok()
}

/// Decompresses `input`, appending at most `limit` bytes to `out`. Matches can only refer to bytes produced by
/// this call, not to what `out` held before (so a caller can put a header in front without moving the data).
///
/// Returns an error if the stream is malformed or would exceed `limit`; `out` then holds what was decoded up to
/// that point.
pub fn decompress(input: &[u8], out: &mut Vec<u8>, limit: usize) -> Result<(), DecompressError> {
    let base = out.len();
    out.reserve(limit.min(input.len().saturating_mul(8)).min(1 << 24));
    let mut ip = 0usize;
    // The flag word, shifted so that the next item's flag is the top bit; `flag_count` items remain in it.
    let mut flags: u32 = 0;
    let mut flag_count = 0u32;
    let mut last_nibble: Option<usize> = None;

    let fail =
        |ip: usize, out: &Vec<u8>, reason| DecompressError { input_offset: ip, output_len: out.len() - base, reason };

    loop {
        if flag_count == 0 {
            // A stream may end right after its last item, before a new flag word.
            let Some(word) = le::<4>(input, ip) else {
                return if ip >= input.len() { Ok(()) } else { Err(fail(ip, out, "truncated flag word")) };
            };
            flags = u32::from_le_bytes(word);
            flag_count = 32;
            ip += 4;
        }
        // A run of literals: as many as there are clear flag bits before the next set one.
        let run = flags.leading_zeros().min(flag_count) as usize;
        if run > 0 {
            let rest = input.get(ip..).unwrap_or_default();
            let room = limit - (out.len() - base);
            let take = run.min(rest.len()).min(room);
            out.extend_from_slice(rest.get(..take).unwrap_or_default());
            ip += take;
            if take < run.min(rest.len()) {
                return Err(fail(ip, out, "output larger than the buffer"));
            }
            if take < run {
                // The input ended inside the run: the end of the stream.
                return Ok(());
            }
            flags = flags.checked_shl(run as u32).unwrap_or(0);
            flag_count -= run as u32;
            if flag_count == 0 {
                continue;
            }
        }
        // A match.
        flags <<= 1;
        flag_count -= 1;
        // A set flag at the very end of the input marks the end of the stream.
        let Some(pair) = le::<2>(input, ip) else {
            return if ip >= input.len() { Ok(()) } else { Err(fail(ip, out, "truncated match")) };
        };
        let match_bytes = usize::from(u16::from_le_bytes(pair));
        ip += 2;
        let offset = (match_bytes >> 3) + 1;
        let mut length = match_bytes & 7;
        if length == 7 {
            length = match last_nibble.take() {
                None => {
                    let &b = input.get(ip).ok_or_else(|| fail(ip, out, "truncated length nibble"))?;
                    last_nibble = Some(ip);
                    ip += 1;
                    usize::from(b & 0x0f)
                }
                Some(at) => usize::from(input.get(at).copied().unwrap_or(0) >> 4),
            };
            if length == 15 {
                let &b = input.get(ip).ok_or_else(|| fail(ip, out, "truncated length byte"))?;
                ip += 1;
                length = usize::from(b);
                if length == 255 {
                    let w = le::<2>(input, ip).ok_or_else(|| fail(ip, out, "truncated length word"))?;
                    ip += 2;
                    length = usize::from(u16::from_le_bytes(w));
                    if length == 0 {
                        let d = le::<4>(input, ip).ok_or_else(|| fail(ip, out, "truncated length dword"))?;
                        ip += 4;
                        length = u32::from_le_bytes(d) as usize;
                    }
                    if length < 15 + 7 {
                        return Err(fail(ip, out, "match length too small"));
                    }
                    length -= 15 + 7;
                }
                length += 15;
            }
            length += 7;
        }
        length += 3;
        if offset > out.len() - base {
            return Err(fail(ip, out, "match offset before the start of the output"));
        }
        if length > limit - (out.len() - base) {
            return Err(fail(ip, out, "output larger than the buffer"));
        }
        // Copy in chunks that never overlap what is being written: when the match overlaps itself (offset <
        // length) the bytes repeat with period `offset`, and the available pattern doubles with each chunk.
        let start = out.len() - offset;
        let mut copied = 0;
        while copied < length {
            let n = (out.len() - start).min(length - copied);
            out.extend_from_within(start..start + n);
            copied += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], limit: usize) -> (Vec<u8>, Result<(), DecompressError>) {
        let mut out = Vec::new();
        let r = decompress(input, &mut out, limit);
        (out, r)
    }

    #[test]
    fn literals_only() {
        let mut input = vec![0, 0, 0, 0];
        input.extend_from_slice(b"abc");
        let (out, r) = run(&input, 100);
        r.unwrap();
        assert_eq!(out, b"abc");
    }

    #[test]
    fn short_and_overlapping_matches() {
        // "abc" then a match of length 6 at offset 3 -> "abcabcabc".
        let flags: u32 = 0b0001 << 28; // items: lit, lit, lit, match
        let mut input = flags.to_le_bytes().to_vec();
        input.extend_from_slice(b"abc");
        let m: u16 = ((3 - 1) << 3) | (6 - 3);
        input.extend_from_slice(&m.to_le_bytes());
        let (out, r) = run(&input, 100);
        r.unwrap();
        assert_eq!(out, b"abcabcabc");
    }

    #[test]
    fn long_match_uses_nibble_byte_and_word() {
        // 'x' then a match at offset 1 of length 3+7+15+... encoded through the u16 escape: 1000 more bytes.
        let flags: u32 = 0b01 << 30;
        let mut input = flags.to_le_bytes().to_vec();
        input.push(b'x');
        input.extend_from_slice(&7u16.to_le_bytes()); // offset 1, length 7 -> escape
        input.push(0x0f); // nibble 15 -> byte escape
        input.push(255); // byte 255 -> word
        input.extend_from_slice(&(1000u16 - 3).to_le_bytes()); // length = word + 3 (after -22 +15 +7 +3)
        let (out, r) = run(&input, 2000);
        r.unwrap();
        assert_eq!(out.len(), 1001);
        assert!(out.iter().all(|b| *b == b'x'));
    }

    #[test]
    fn errors_keep_prefix_and_never_exceed_limit() {
        let flags: u32 = 0b01 << 30;
        let mut input = flags.to_le_bytes().to_vec();
        input.push(b'y');
        input.extend_from_slice(&((5u16) << 3).to_le_bytes()); // offset 6 > 1 byte produced
        let (out, r) = run(&input, 100);
        assert_eq!(out, b"y");
        assert_eq!(r.unwrap_err().reason, "match offset before the start of the output");

        let mut big = flags.to_le_bytes().to_vec();
        big.push(b'z');
        big.extend_from_slice(&7u16.to_le_bytes());
        big.push(0x0f);
        big.push(255);
        big.extend_from_slice(&0u16.to_le_bytes());
        big.extend_from_slice(&u32::MAX.to_le_bytes());
        let (out, r) = run(&big, 4096);
        assert!(out.len() <= 4096);
        assert!(r.is_err());
    }

    #[test]
    fn appends_after_existing_bytes_without_reaching_them() {
        let flags: u32 = 0b0001 << 28;
        let mut input = flags.to_le_bytes().to_vec();
        input.extend_from_slice(b"abc");
        input.extend_from_slice(&((3u16 - 1) << 3).to_le_bytes()); // offset 3, length 3
        let mut out = b"HEADER".to_vec();
        decompress(&input, &mut out, 6).unwrap();
        assert_eq!(out, b"HEADERabcabc");
        // An offset reaching into the prefix is an error, not a copy of the prefix.
        let mut far = (0b01u32 << 30).to_le_bytes().to_vec();
        far.push(b'x');
        far.extend_from_slice(&((2u16 - 1) << 3).to_le_bytes());
        let mut out = b"HEADER".to_vec();
        assert_eq!(decompress(&far, &mut out, 100).unwrap_err().reason, "match offset before the start of the output");
    }

    #[test]
    fn truncated_inputs_are_errors_or_clean_ends() {
        for cut in 0..6 {
            let input = [0u8, 0, 0, 0x80, 1, 2];
            let _ = run(&input[..cut], 100);
        }
        let (_, r) = run(&[1, 2], 10);
        assert_eq!(r.unwrap_err().reason, "truncated flag word");
    }
}
