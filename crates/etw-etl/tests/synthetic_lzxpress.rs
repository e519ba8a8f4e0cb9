//! The test kit's LZXpress compressor against `etw_etl::lzxpress::decompress`: round trips of varied data (runs
//! past every length escape, incompressible bytes, matches at the window's edge), and hand-written streams whose
//! lengths sit on each escape's boundaries.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_etl::lzxpress::decompress;
use etw_testkit::build::lzxpress::{compress, Lz77Writer, MAX_OFFSET};

fn noise(seed: u32, n: usize) -> Vec<u8> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (s >> 24) as u8
        })
        .collect()
}

/// Compresses, decompresses with the exact limit, and checks that one byte less is refused.
fn round_trip(input: &[u8]) -> Vec<u8> {
    let c = compress(input);
    let mut out = Vec::new();
    decompress(&c, &mut out, input.len()).unwrap_or_else(|e| panic!("{} bytes: {e}", input.len()));
    assert!(out == input, "{} bytes do not round-trip", input.len());
    if !input.is_empty() {
        let mut out = Vec::new();
        let e = decompress(&c, &mut out, input.len() - 1).unwrap_err();
        assert_eq!(e.reason, "output larger than the buffer");
        assert!(out.len() < input.len());
    }
    c
}

#[test]
fn small_and_structured_inputs() {
    for input in [
        &b""[..],
        b"a",
        b"ab",
        b"abc",
        b"abcabc",
        b"aaaa",
        b"the quick brown fox jumps over the lazy dog; the quick brown fox jumps over the lazy cat",
    ] {
        round_trip(input);
    }
    round_trip(&b"abc".repeat(100));
    let all: Vec<u8> = (0..=255u8).collect();
    round_trip(&all);
    // Matches 256 bytes back.
    assert!(round_trip(&all.repeat(40)).len() < 400);
    // A buffer of ETW-like records: repeated headers with changing fields.
    let mut recs = Vec::new();
    for i in 0..500u32 {
        recs.extend_from_slice(&[0x50, 0, 0x13, 0xC0, 0x40, 0, 0, 0]);
        recs.extend_from_slice(&(i * 7).to_le_bytes());
        recs.extend_from_slice(&1234u32.to_le_bytes());
        recs.extend_from_slice(&(1_000_000u64 + u64::from(i) * 13).to_le_bytes());
        recs.extend_from_slice(&[0x11; 16]);
        recs.extend_from_slice(&noise(i, 8));
    }
    let c = round_trip(&recs);
    assert!(c.len() < recs.len() / 2, "{} of {}", c.len(), recs.len());
}

#[test]
fn runs_past_every_length_escape() {
    let mut lens: Vec<usize> = (1..=40).collect();
    lens.extend(270..=290);
    lens.extend(65_530..=65_545);
    lens.extend([100_000, 1 << 20, 5 << 20]);
    for n in lens {
        let run = vec![0xA5u8; n];
        let c = round_trip(&run);
        if n >= 4 {
            assert!(c.len() <= 15, "a run of {n} takes {} bytes", c.len());
        }
        // After a literal prefix the run is one match at offset 1.
        let mut prefixed = b"prefix".to_vec();
        prefixed.extend_from_slice(&run);
        round_trip(&prefixed);
    }
}

#[test]
fn each_escape_is_chosen_at_its_boundaries() {
    // One literal, then a match of length n - 1 at offset 1: flag word (4) + literal (1) + match bytes.
    for (n, size) in [
        (4usize, 7usize),
        (10, 7),
        (11, 8),
        (25, 8),
        (26, 9),
        (280, 9),
        (281, 11),
        (65_539, 11),
        (65_540, 15),
        (3 << 20, 15),
    ] {
        let c = round_trip(&vec![7u8; n]);
        assert_eq!(c.len(), size, "run of {n}");
    }
}

#[test]
fn incompressible_data_grows_by_the_flag_words_only() {
    for n in [1usize, 31, 32, 33, 4096, 200_000] {
        let input = noise(n as u32, n);
        let c = round_trip(&input);
        let flag_words = n / 32 + 1;
        assert!(c.len() <= n + 4 * flag_words, "{n}: {}", c.len());
        assert!(c.len() >= n, "{n}: {}", c.len());
    }
}

#[test]
fn matches_at_the_edge_of_the_window() {
    let block = noise(1, 64);
    // The block again exactly 8192 bytes after its start: found, at the largest offset.
    let mut at_edge = block.clone();
    at_edge.extend(noise(2, MAX_OFFSET - block.len()));
    at_edge.extend_from_slice(&block);
    let near = round_trip(&at_edge);
    // One byte further: out of reach, stored as literals.
    let mut beyond = block.clone();
    beyond.extend(noise(2, MAX_OFFSET + 1 - block.len()));
    beyond.extend_from_slice(&block);
    let far = round_trip(&beyond);
    assert!(far.len() > near.len() + 40, "{} vs {}", far.len(), near.len());
}

#[test]
fn random_copies_of_earlier_data() {
    for seed in 1..=6u32 {
        let mut r = noise(seed, 4096).into_iter().map(usize::from).cycle();
        let mut data = noise(seed + 100, 300);
        while data.len() < 400_000 {
            let pick = r.next().unwrap();
            if pick < 100 {
                let extra = noise(seed ^ data.len() as u32, 1 + pick);
                data.extend(extra);
            } else {
                let back = 1 + (pick * 37 + data.len()) % data.len().min(10_000);
                let len = match pick % 4 {
                    0 => 3 + pick % 8,
                    1 => 20 + pick,
                    2 => 300 + pick * 40,
                    _ => 66_000 + pick,
                };
                let start = data.len() - back;
                for i in 0..len {
                    let b = data[start + i];
                    data.push(b);
                }
            }
        }
        let c = round_trip(&data);
        assert!(c.len() < data.len() / 4, "seed {seed}: {} of {}", c.len(), data.len());
    }
}

#[test]
fn hand_written_streams_on_every_boundary() {
    // Pairs of matches share a nibble byte; the lengths sit on each side of each escape.
    let lens = [3usize, 9, 10, 11, 24, 25, 26, 279, 280, 281, 65_538, 65_539, 65_540, 70_000];
    for first in lens {
        for second in lens {
            let mut w = Lz77Writer::new();
            w.literals(b"ab").copy(2, first).literal(b'c').copy(3, second);
            let stream = w.finish();
            let mut expected = b"ab".to_vec();
            for _ in 0..first {
                expected.push(expected[expected.len() - 2]);
            }
            expected.push(b'c');
            for _ in 0..second {
                expected.push(expected[expected.len() - 3]);
            }
            let mut out = Vec::new();
            decompress(&stream, &mut out, expected.len()).unwrap();
            assert!(out == expected, "lengths {first} and {second}");
        }
    }
    // More than 32 items: several flag words, the last one padded with set bits.
    let mut w = Lz77Writer::new();
    let mut expected = Vec::new();
    for i in 0..100u8 {
        w.literal(i);
        expected.push(i);
        if i % 3 == 0 && i > 0 {
            w.copy(1, 12);
            expected.extend(std::iter::repeat_n(i, 12));
        }
    }
    let mut out = Vec::new();
    decompress(&w.finish(), &mut out, expected.len()).unwrap();
    assert_eq!(out, expected);
}
