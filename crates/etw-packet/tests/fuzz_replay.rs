//! Replays the `packet_event` fuzz target's seeds (`tests/fuzz_seeds/packet_event`), mutations of them, and the
//! packet events of the corpus capture (`etl/demikernel/PktMon.etl`) with bit flips, through the target's body
//! on stable. None may panic. `cargo test -p etw-packet --test fuzz_replay -- --ignored write_seeds` writes the
//! seeds again.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::{Path, PathBuf};

use etw_packet::capture::{NDIS_PACKET_CAPTURE, PKTMON};
use etw_packet::fuzzing::packet_event;
use etw_testkit::fuzz::replay::{seed_files, Rng};

fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/packet_event")
}

/// Synthetic seeds: each kind of event, whole and cut, with Ethernet, raw IP and ARP frames.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut eth_tcp = vec![0, 0x15, 0x5d, 1, 2, 3, 0, 0x15, 0x5d, 4, 5, 6, 0x08, 0x00];
    eth_tcp.extend_from_slice(&[0x45, 0, 0, 44, 0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
    eth_tcp.extend_from_slice(&[0xc0, 0, 1, 0xbb, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff, 0, 0, 0, 0]);
    eth_tcp.extend_from_slice(b"data");
    let mut v6 = vec![0, 0x15, 0x5d, 1, 2, 3, 0, 0x15, 0x5d, 4, 5, 6, 0x86, 0xdd, 0x60, 0, 0, 0, 0, 8, 17, 64];
    v6.extend_from_slice(&[0xfe; 32]);
    v6.extend_from_slice(&[0x14, 0xe9, 0x14, 0xe9, 0, 8, 0, 0]);
    let pktmon = |ptype: u16, frame: &[u8], logged: u16| {
        let mut p = 42u64.to_le_bytes().to_vec();
        for v in [1u16, 1, 3, ptype, 59, 1, 1] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(&[0; 8]);
        p.extend_from_slice(&(frame.len() as u16).to_le_bytes());
        p.extend_from_slice(&logged.to_le_bytes());
        p.extend_from_slice(frame);
        p
    };
    let ndis = |frame: &[u8]| {
        let mut p = Vec::new();
        for v in [5u32, 7, frame.len() as u32] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(frame);
        p
    };
    let mut component = vec![59, 0, 2, 0];
    for s in ["netvsc.sys", "Adapter"] {
        for u in s.encode_utf16() {
            component.extend_from_slice(&u.to_le_bytes());
        }
        component.extend_from_slice(&[0, 0]);
    }
    let with = |pick: u8, payload: Vec<u8>| {
        let mut v = vec![pick];
        v.extend(payload);
        v
    };
    vec![
        ("pktmon-160-ethernet".into(), with(0, pktmon(1, &eth_tcp, eth_tcp.len() as u16))),
        ("pktmon-160-ipv6".into(), with(0, pktmon(1, &v6, v6.len() as u16))),
        ("pktmon-170-raw-ip".into(), with(1, pktmon(3, &eth_tcp[14..], 40))),
        ("pktmon-240-short".into(), with(2, pktmon(1, &eth_tcp[..20], 400))),
        ("pktmon-20-component".into(), with(3, component)),
        ("ndis-whole-send".into(), with(4 | 0x08 | 0x10 | 0x80, ndis(&eth_tcp))),
        ("ndis-first-80211".into(), with(4 | 0x08 | 0x20, ndis(&eth_tcp))),
        ("ndis-last-wwan".into(), with(4 | 0x10 | 0x40, ndis(&eth_tcp[14..]))),
    ]
}

#[test]
#[ignore = "writes the seed files"]
fn write_seeds() {
    let dir = seed_dir();
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in seeds() {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

#[test]
fn the_committed_seeds_are_the_generated_ones() {
    let committed = seed_files(&seed_dir());
    let mut generated = seeds();
    generated.sort();
    assert_eq!(committed, generated, "run write_seeds (see the file's docs)");
}

#[test]
fn seeds_and_their_mutations_never_panic() {
    let mut rng = Rng(0x7061_636b);
    for (_, seed) in seed_files(&seed_dir()) {
        packet_event(&seed);
        for cut in 0..seed.len() {
            packet_event(&seed[..cut]);
        }
        for _ in 0..200 {
            let mut m = seed.clone();
            for _ in 0..1 + rng.below(6) {
                let at = rng.below(m.len());
                m[at] ^= 1 << rng.below(8);
            }
            packet_event(&m);
        }
    }
}

/// The corpus capture's packet events (read in place, never stored), as the target's inputs, whole and flipped.
#[test]
fn corpus_packet_events_never_panic() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let mut reader = etw_etl::EtlReader::open(corpus.join("etl/demikernel/PktMon.etl")).unwrap();
    let mut rng = Rng(0x6574_6c70);
    let mut replayed = 0;
    while let Some(item) = reader.next_event() {
        let Ok(ev) = item else { continue };
        let pick = match (ev.provider_id(), ev.id()) {
            (p, 160) if p == PKTMON => 0,
            (p, 20) if p == PKTMON => 3,
            (p, 1001) if p == NDIS_PACKET_CAPTURE => 4 | 0x18,
            _ => continue,
        };
        let mut input = vec![pick];
        input.extend_from_slice(ev.payload());
        packet_event(&input);
        for _ in 0..20 {
            let mut m = input.clone();
            let at = 1 + rng.below(m.len() - 1);
            m[at] ^= 1 << rng.below(8);
            packet_event(&m);
        }
        replayed += 1;
    }
    assert!(replayed > 100, "only {replayed} packet events replayed");
}
