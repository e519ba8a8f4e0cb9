//! The EventMetadata fuzz body (`etw_schema::fuzzing::event_metadata`) on stable: the seed inputs in
//! `tests/fuzz_seeds/event_metadata/` (`TRACE_EVENT_INFO` blobs and `EventMapInfo` payloads built by hand), then
//! mutations of them from a fixed-seed generator, so every run replays the same inputs. Nothing may panic, and
//! no allocation may follow an unchecked count.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_testkit::fuzz::replay::{seed_files, Rng};

use etw_schema::fuzzing::event_metadata as fuzz;
use etw_schema::sources::event_metadata::{parse_trace_event_info, EventMetadataSource};
use etw_schema::DecodingSource;

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/event_metadata"))
}

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "arrays_structs.bin",
            "bitmap.bin",
            "dns_event_info.bin",
            "huge_count.bin",
            "value_map.bin",
            "wbem_classic.bin"
        ]
    );
    for (name, seed) in &seeds {
        let parsed = parse_trace_event_info(seed, DecodingSource::EventMetadata);
        let mut source = EventMetadataSource::new();
        match name.as_str() {
            "bitmap.bin" | "value_map.bin" => {
                assert!(parsed.is_err(), "{name} is a map, not an event");
                assert!(source.learn_event_map_info(seed), "{name}");
            }
            "huge_count.bin" => {
                let e = parsed.unwrap_err();
                assert!(e.reason.contains("PropertyCount (at offset 100) is 4294967295"), "{e}");
            }
            "arrays_structs.bin" => assert_eq!(parsed.unwrap().top_level, 5),
            "dns_event_info.bin" => assert_eq!(parsed.unwrap().properties.len(), 6),
            "wbem_classic.bin" => assert_eq!(parsed.unwrap().properties.len(), 2),
            other => panic!("unexpected seed {other}"),
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
                input[i] = [0, 0xff, 0x7f, 0x80, 1][rng.below(5)];
            }
            2 => input.truncate(rng.below(len + 1)),
            3 => {
                let at = rng.below(len + 1);
                for _ in 0..rng.below(16) {
                    input.insert(at, rng.next_u64() as u8);
                }
            }
            // Offsets and counts: a u32 in the header or the property array set to something else.
            4 if len > 4 => {
                let i = 4 * rng.below((len.min(400) - 3) / 4);
                let v = [0u32, 1, 112, 0xffff_ffff, (len as u32).wrapping_sub(2), rng.next_u64() as u32][rng.below(6)];
                input[i..i + 4].copy_from_slice(&v.to_le_bytes());
            }
            5 if len > 2 => {
                // A u16 of a property entry (in/out type, count or length index).
                let i = 2 * rng.below((len.min(400) - 1) / 2);
                input[i..i + 2].copy_from_slice(&(rng.below(12) as u16).to_le_bytes());
            }
            _ => input.extend_from_slice(&[0, 0]),
        }
    }
}

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x6d65_7461_6461_7461);
    for (_, seed) in &seeds() {
        for _ in 0..400 {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
        }
    }
    fuzz(&[]);
    fuzz(&[0; 111]);
    fuzz(&[0; 112]);
    fuzz(&[0xff; 200]);
}
