//! The built-in tables' fuzz body (`etw_schema::sources::builtin::fuzz`) on stable: the seed inputs in
//! `tests/fuzz_seeds/builtin/` (a little-endian u16 picking an event of the tables, then a payload), then
//! mutations of them from a fixed-seed generator, so every run replays the same inputs; and every event of the
//! tables with short payloads. Nothing may panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_schema::sources::builtin::{fuzz, BuiltinSource};
use etw_schema::{write_json, Decoder};
use etw_testkit::fuzz::replay::{seed_files, Rng};

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/builtin"))
}

/// Every event of the tables in the fuzz body's order: (provider name, GUID, id, version).
fn events() -> Vec<(&'static str, etw_core::Guid, u16, u8)> {
    BuiltinSource::providers()
        .flat_map(|p| BuiltinSource::events(&p.guid).into_iter().map(move |(id, v)| (p.name, p.guid, id, v)))
        .collect()
}

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["bulk_type.bin", "gc_start_v2.bin", "gc_start_v2_short.bin", "process_start.bin", "ti_readvm.bin"]
    );
    let all = events();
    let mut source = BuiltinSource::new();
    for (name, seed) in &seeds {
        let pick = usize::from(u16::from_le_bytes([seed[0], seed[1]]));
        let (provider, guid, id, version) = all[pick];
        let schema = source.schema(&guid, id, version).unwrap();
        let mut d = Decoder::new();
        let decoded = d.decode(&schema, &seed[2..], 8);
        let (event, check) = match name.as_str() {
            "bulk_type.bin" => ("Microsoft-Windows-DotNETRuntime BulkType", "Values=[{\"TypeID\":\"0x7ff81000\""),
            "gc_start_v2.bin" => ("Microsoft-Windows-DotNETRuntime GCStart_V2", "ClientSequenceNumber=42"),
            "gc_start_v2_short.bin" => ("Microsoft-Windows-DotNETRuntime GCStart_V2", ""),
            "process_start.bin" => (
                "Microsoft-Windows-Kernel-Process ProcessStart",
                "ImageName=\"\\\\Device\\\\HarddiskVolume3\\\\Windows\\\\notepad.exe\"",
            ),
            "ti_readvm.bin" => ("Microsoft-Windows-Threat-Intelligence KERNEL_THREATINT_TASK_READVM", "BytesCopied="),
            other => panic!("unexpected seed {other}"),
        };
        assert_eq!(format!("{provider} {}", schema.display_name()), event, "{name}");
        if check.is_empty() {
            // A payload cut inside its last field: an error, not a panic.
            assert!(decoded.is_err(), "{name}");
        } else {
            let decoded = decoded.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(decoded.trailing_bytes(), 0, "{name}");
            let shown: Vec<String> = decoded
                .properties()
                .map(|(p, v)| {
                    let mut out = Vec::new();
                    write_json(&mut out, &v, Some(p));
                    format!("{}={}", p.name, String::from_utf8(out).unwrap())
                })
                .collect();
            assert!(shown.iter().any(|s| s.starts_with(check)), "{name}: {shown:?}");
        }
        fuzz(seed);
    }
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        let len = input.len();
        match rng.below(6) {
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
            4 if len > 6 => {
                let i = rng.below(len - 3);
                input[i..i + 4].copy_from_slice(&(rng.next_u64() as u32).to_le_bytes());
            }
            _ => input.extend_from_slice(&[0xff, 0xff]),
        }
    }
}

#[test]
fn mutated_seeds_and_every_event_with_short_payloads_never_panic() {
    let mut rng = Rng(0x6275_696c_7469_6e01);
    for (_, seed) in &seeds() {
        for _ in 0..200 {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
        }
    }
    fuzz(&[]);
    fuzz(&[1]);
    let n = events().len();
    assert!(n > 1500, "{n} events in the tables");
    for pick in 0..n as u16 {
        let [lo, hi] = pick.to_le_bytes();
        fuzz(&[lo, hi]);
        fuzz(&[lo, hi, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0]);
    }
}
