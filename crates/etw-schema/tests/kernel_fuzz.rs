//! The kernel layouts' fuzz body (`etw_schema::fuzzing::kernel_layouts`) on stable: the seed inputs in
//! `tests/fuzz_seeds/kernel/` (class pick, flags with the pointer size and version, event type, then a payload),
//! then mutations of them from a fixed-seed generator, so every run replays the same inputs. Nothing may panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_testkit::fuzz::replay::{seed_files, Rng};

use etw_core::{Guid, HookId};
use etw_schema::fuzzing::kernel_layouts as fuzz;
use etw_schema::sources::kernel::KernelMofSource;
use etw_schema::{write_json, Decoder};

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/kernel"))
}

/// The classes in the order of the table (the fuzz body's first byte picks one).
const GROUPS: [Option<u16>; 19] = [
    Some(0x00),
    Some(0x01),
    Some(0x02),
    Some(0x03),
    Some(0x04),
    Some(0x05),
    Some(0x06),
    Some(0x08),
    Some(0x09),
    Some(0x0B),
    Some(0x0F),
    Some(0x14),
    Some(0x18),
    Some(0x1A),
    Some(0x1B),
    None,
    None,
    None,
    None,
];

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "header_v2.bin",
            "image_id_rsds.bin",
            "pnp_v5.bin",
            "process_start_v4.bin",
            "stack_v2.bin",
            "tcp_send_v2_32.bin",
            "thread_start_v3.bin"
        ]
    );
    let mut source = KernelMofSource::new();
    for (name, seed) in &seeds {
        let (pick, flags, event_type, payload) = (seed[0], seed[1], seed[2], &seed[3..]);
        let ptr = if flags & 1 == 0 { 8 } else { 4 };
        let schema = match GROUPS[usize::from(pick)] {
            Some(group) => source.schema_for_hook(HookId(group << 8 | u16::from(event_type)), flags >> 4),
            None => source.schema_for_class(&Guid::parse_const("b3e675d7-2554-4f18-830b-2762732560de"), event_type, 0),
        }
        .unwrap_or_else(|| panic!("{name}: no schema"));
        let mut d = Decoder::new();
        let decoded = d.decode(&schema, payload, ptr).unwrap_or_else(|e| panic!("{name}: {e}"));
        let shown: Vec<String> = decoded
            .properties()
            .map(|(p, v)| {
                let mut out = Vec::new();
                write_json(&mut out, &v, Some(p));
                format!("{}={}", p.name, String::from_utf8(out).unwrap())
            })
            .collect();
        let (event, trailing, check) = match name.as_str() {
            "header_v2.bin" => ("EventTrace/Header", 0, "SessionNameString=\"PerfViewSession\""),
            "image_id_rsds.bin" => ("ImageID/DbgID_RSDS", 0, "PdbFileName=\"wntdll.pdb\""),
            "pnp_v5.bin" => ("SystemConfig/PnP", 0, "LowerFilters=[\"LowerA\",\"LowerB\"]"),
            "process_start_v4.bin" => ("Process/Start", 0, "UserSID=\"S-1-5-18\""),
            "stack_v2.bin" => ("StackWalk/Stack", 2, "StackThread=8"),
            "tcp_send_v2_32.bin" => ("TcpIp/SendIPV4", 0, "connid=\"0xdeadbeef\""),
            "thread_start_v3.bin" => ("Thread/Start", 0, "ThreadName=\"worker\""),
            other => panic!("unexpected seed {other}"),
        };
        assert_eq!(schema.display_name(), event, "{name}");
        assert_eq!(decoded.trailing_bytes(), trailing, "{name}");
        assert!(shown.iter().any(|s| s == check), "{name}: {shown:?}");
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
                let n = rng.below(16);
                for _ in 0..n {
                    input.insert(at, rng.next_u64() as u8);
                }
            }
            4 if len > 4 => {
                let i = rng.below(len - 3);
                input[i..i + 4].copy_from_slice(&(rng.next_u64() as u32).to_le_bytes());
            }
            5 if len > 0 => {
                // A different class, version or event type.
                let i = rng.below(len.min(3));
                input[i] = rng.next_u64() as u8;
            }
            _ => input.extend_from_slice(&[0, 0]),
        }
    }
}

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x6b65_726e_656c_0001);
    let seeds = seeds();
    for (_, seed) in &seeds {
        for _ in 0..100 {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
        }
    }
    // Short and empty inputs, and every class and event type with an empty payload.
    fuzz(&[]);
    fuzz(&[3]);
    for pick in 0..19u8 {
        for flags in [0x20u8, 0x31, 0x40] {
            for event_type in [0u8, 10, 36, 255] {
                fuzz(&[pick, flags, event_type]);
            }
        }
    }
}
