//! The TraceLogging fuzz body (`etw_schema::fuzzing::tracelogging`) on stable: the seed inputs in
//! `tests/fuzz_seeds/tracelogging/` (flags byte, u16 metadata length, metadata, payload), then mutations of them
//! from a fixed-seed generator, so every run replays the same inputs. Nothing may panic or hang.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_testkit::fuzz::replay::{seed_files, Rng};

use etw_core::{EventDescriptor, Guid};
use etw_schema::fuzzing::tracelogging as fuzz;
use etw_schema::sources::tracelogging::parse_metadata;
use etw_schema::Decoder;

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/tracelogging"))
}

/// (metadata, payload, pointer size) of a seed, as the fuzz body splits it.
fn split(seed: &[u8]) -> (&[u8], &[u8], u8) {
    let n = usize::from(u16::from_le_bytes([seed[1], seed[2]]));
    let (meta, payload) = seed[3..].split_at(n.min(seed.len() - 3));
    (meta, payload, if seed[0] & 1 != 0 { 4 } else { 8 })
}

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["arrays", "bad-struct", "empty-nested", "ptr32", "scalars", "structs"]);
    for (name, seed) in &seeds {
        let (meta, payload, ptr) = split(seed);
        let parsed = parse_metadata(Guid::ZERO, None, EventDescriptor::default(), meta);
        match name.as_str() {
            "bad-struct" => assert!(parsed.is_err()),
            "empty-nested" => {
                let e = Decoder::new().decode(&parsed.unwrap(), payload, ptr).unwrap_err();
                assert_eq!(e.reason, "too many empty array elements");
            }
            _ => {
                let schema = parsed.unwrap();
                let mut decoder = Decoder::new();
                let decoded = decoder.decode(&schema, payload, ptr).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(decoded.trailing_bytes(), 0, "{name}");
            }
        }
        fuzz(seed);
    }
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        let len = input.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next_u64() as u8;
            }
            2 => {
                let i = rng.below(len + 1);
                input.insert(i, rng.next_u64() as u8);
            }
            3 if len > 0 => {
                input.remove(rng.below(len));
            }
            4 => input.truncate(rng.below(len + 1)),
            5 if len > 1 => {
                // Interesting u16 values: counts and sizes at their edges.
                let i = rng.below(len - 1);
                let v: u16 = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff][rng.below(8)];
                input[i..i + 2].copy_from_slice(&v.to_le_bytes());
            }
            6 if len > 0 => {
                // In-type bytes with their flags.
                let i = rng.below(len);
                input[i] = [0x18, 0x38, 0x58, 0x98, 0xb8, 0xd8, 0x60, 0x6e, 0x81, 0x9f][rng.below(10)];
            }
            _ if len > 0 => {
                let start = rng.below(len);
                let end = (start + rng.below(16)).min(len);
                let chunk = input[start..end].to_vec();
                let at = rng.below(len + 1);
                input.splice(at..at, chunk);
            }
            _ => {}
        }
    }
}

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut runs = 0;
    for (_, seed) in seeds() {
        for _ in 0..2500 {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
            runs += 1;
        }
    }
    // Random bytes too, of random lengths.
    for _ in 0..4000 {
        let n = rng.below(300);
        let input: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        fuzz(&input);
        runs += 1;
    }
    assert_eq!(runs, 19_000);
}
