//! The EventSource fuzz body (`etw_schema::fuzzing::eventsource`) on stable: the seed inputs in
//! `tests/fuzz_seeds/eventsource/` (ManifestData payloads separated by `FF 00 FF`, each after a process byte),
//! then mutations of them from a fixed-seed generator, so every run replays the same inputs. Nothing may panic or
//! hang.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_testkit::fuzz::replay::{seed_files, Rng};

use etw_core::Guid;
use etw_schema::fuzzing::eventsource as fuzz;
use etw_schema::sources::eventsource::InBandManifestSource;

const PROVIDER: Guid = Guid::parse_const("12345678-9abc-def0-0102-030405060708");

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/eventsource"))
}

/// The pieces of a seed as the fuzz body cuts them: (process byte, payload).
fn pieces(seed: &[u8]) -> Vec<(u8, &[u8])> {
    let mut out = Vec::new();
    let mut rest = seed;
    loop {
        let end = rest.windows(3).position(|w| w == [0xFF, 0x00, 0xFF]).unwrap_or(rest.len());
        out.push((rest[0], &rest[1..end]));
        if end == rest.len() {
            return out;
        }
        rest = &rest[end + 3..];
    }
}

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["bad_envelopes.bin", "chunked.bin", "interleaved.bin", "one_chunk.bin", "repeated.bin"]);
    for (name, seed) in &seeds {
        let mut es = InBandManifestSource::new();
        let learned = pieces(seed).into_iter().filter(|(pid, p)| es.add_chunk(PROVIDER, u32::from(*pid), p)).count();
        match name.as_str() {
            "bad_envelopes.bin" => {
                assert_eq!(learned, 0);
                assert_eq!(es.stats().rejected_chunks, 4);
            }
            // Two builds of one provider, one per process.
            "interleaved.bin" => assert_eq!(learned, 2, "{name}"),
            _ => assert_eq!(learned, 1, "{name}"),
        }
        if learned > 0 {
            assert!(es.manifests().schema(&PROVIDER, 1, 0).unwrap().is_ok(), "{name}");
        }
        fuzz(seed);
    }
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        let len = input.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next_u64() as u8;
            }
            2 => {
                // A piece boundary added or an envelope's chunk fields changed.
                let at = rng.below(len + 1);
                input.splice(at..at, [0xFF, 0x00, 0xFF]);
            }
            3 if len > 1 => {
                let i = rng.below(len - 1);
                let v: u16 = [0, 1, 2, 0xff, 0x400, 0x401, 0xffff][rng.below(7)];
                input[i..i + 2].copy_from_slice(&v.to_le_bytes());
            }
            4 => input.truncate(rng.below(len + 1)),
            5 if len > 0 => {
                let start = rng.below(len);
                let end = (start + rng.below(64)).min(len);
                input.drain(start..end);
            }
            _ if len > 0 => {
                let start = rng.below(len);
                let end = (start + rng.below(200)).min(len);
                let chunk = input[start..end].to_vec();
                let at = rng.below(len + 1);
                input.splice(at..at, chunk);
            }
            _ => {}
        }
    }
}

/// Mutations of each seed, and random inputs, per run.
const PER_SEED: usize = 1500;
const RANDOM: usize = 2000;

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x0ddb_a11c_afe5_eed5);
    let mut runs = 0;
    for (_, seed) in seeds() {
        for _ in 0..PER_SEED {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
            runs += 1;
        }
    }
    for _ in 0..RANDOM {
        let n = rng.below(300);
        let input: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        fuzz(&input);
        runs += 1;
    }
    assert_eq!(runs, 5 * PER_SEED + RANDOM);
}
