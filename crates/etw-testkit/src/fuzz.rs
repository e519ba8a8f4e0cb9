//! The bodies of the fuzz targets, as plain functions over bytes.
//!
//! `fuzz/` (a `cargo fuzz` project) calls these from its targets, and `etw-etl`'s `fuzz_replay` test runs them
//! on stable over the seed inputs and every saved regression, so a crash found once stays fixed.
//!
//! Each body must return normally for *any* input. Besides "no panic", they check what the reader promises:
//! the counts match what was delivered, damage carries a message, file order and timestamp order deliver the same
//! records, and decompression never produces more than its limit.

use std::hint::black_box;
use std::io::Cursor;

use etw_core::{EventRef, ExtendedData};
use etw_etl::lzxpress;
use etw_etl::{Damage, EtlReader, TimeOrderReader};

pub mod replay;
pub mod seeds;

/// Reads `data` as an ETL file every way the reader offers: file order event by event, buffer by buffer and
/// record by record (leaving some buffers half read), and timestamp order, alone and merged with itself.
pub fn etl_reader(data: &[u8]) {
    let mut r = match EtlReader::new(Cursor::new(data)) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let h = r.logfile_header();
    black_box((h.os_major(), h.os_minor(), h.os_sub_version(), h.os_sub_minor(), h.clock_type()));
    black_box((h.start_time_utc().to_string(), h.end_time_utc().to_string(), format!("{h:?}")));
    black_box((r.clock().to_utc(i64::MIN), r.clock().to_utc(i64::MAX), r.file_len()));

    // File order, event by event.
    let mut file_order = Vec::new();
    while let Some(item) = r.next_event() {
        match item {
            Ok(ev) => file_order.push(touch(&ev)),
            Err(d) => check_damage(&d),
        }
    }
    assert!(r.next_event().is_none(), "the reader yields nothing after its end");
    let counts = r.counts();
    assert_eq!(counts.records, file_order.len() as u64, "records counted and delivered differ");
    assert!(counts.damaged_buffers <= counts.buffers);

    // Buffer by buffer and record by record; every third buffer is left after its first record.
    if let Ok(mut r) = EtlReader::new(Cursor::new(data)) {
        r.set_file_index(7);
        black_box(r.path());
        let mut n = 0u64;
        while let Some(b) = r.next_buffer() {
            match b {
                Ok(loc) => {
                    black_box(format!("{loc:?}"));
                    black_box(loc.header.is_compressed());
                    let mut taken = 0;
                    while let Some(rec) = r.next_record() {
                        match rec {
                            Ok(ev) => {
                                assert_eq!(touch(&ev).0, 7, "the file index is not the one set");
                            }
                            Err(d) => check_damage(&d),
                        }
                        taken += 1;
                        if n % 3 == 2 && taken == 1 {
                            break;
                        }
                    }
                }
                Err(d) => check_damage(&d),
            }
            n += 1;
        }
        black_box(r.counts());
    }

    // Timestamp order: the same records as file order.
    if let Ok(r) = EtlReader::new(Cursor::new(data)) {
        let mut merged = TimeOrderReader::new(vec![r]);
        let mut time_order = Vec::new();
        black_box((merged.logfile_headers().count(), merged.paths().count()));
        while let Some(item) = merged.next_event() {
            match item {
                Ok(ev) => time_order.push(touch(&ev)),
                Err(d) => check_damage(&d),
            }
            black_box(merged.buffer_memory());
        }
        assert_eq!(merged.counts().records, time_order.len() as u64);
        let mut a: Vec<_> = file_order.iter().map(|k| (k.0, k.1, k.3)).collect();
        let mut b: Vec<_> = time_order.iter().map(|k| (k.0, k.1, k.3)).collect();
        a.sort_unstable();
        b.sort_unstable();
        assert!(a == b, "file order and timestamp order deliver different records");
    }

    // Two copies merged: events of both files, each once.
    if let (Ok(a), Ok(b)) = (EtlReader::new(Cursor::new(data)), EtlReader::new(Cursor::new(data))) {
        let mut merged = TimeOrderReader::new(vec![a, b]);
        let mut n = 0usize;
        merged.for_each(
            |ev| {
                touch(ev);
                n += 1;
            },
            check_damage,
        );
        assert_eq!(n, 2 * file_order.len());
    }
}

/// Identity of a delivered record: (file, buffer, record offset, payload hash).
type Key = (u32, u64, u32, u64);

/// Calls every accessor of `ev` (formatting included) and returns its identity.
fn touch(ev: &EventRef<'_>) -> Key {
    black_box((ev.header_kind(), ev.flags(), ev.provider_id(), ev.class_guid(), ev.hook(), ev.descriptor()));
    black_box((ev.id(), ev.version(), ev.channel(), ev.level(), ev.opcode(), ev.task(), ev.keywords()));
    black_box((ev.process_id(), ev.thread_id(), ev.processor(), ev.timestamp_raw(), ev.activity_id()));
    black_box((ev.pointer_size(), ev.clock().kind(), ev.related_activity_id(), ev.header()));
    let t = ev.timestamp();
    black_box((t.to_string(), t.to_unix(), t.to_civil()));
    for item in ev.extended() {
        black_box((item.kind().to_string(), item.data().len()));
        match item.parse() {
            ExtendedData::Sid(s) => {
                black_box((s.to_string(), s.revision(), s.authority(), s.sub_authorities().count()));
            }
            ExtendedData::ProviderTraits(p) => {
                black_box((p.name(), p.group(), p.traits().count()));
            }
            ExtendedData::StackTrace32 { frames, .. }
            | ExtendedData::StackTrace64 { frames, .. }
            | ExtendedData::PmcCounters(frames) => {
                assert_eq!(frames.iter().count(), frames.len());
                black_box(frames.is_empty());
            }
            other => {
                black_box(format!("{other:?}"));
            }
        }
    }
    black_box(ev.extended().is_empty());
    let text = format!("{ev:?}");
    black_box(text);
    let payload = ev.payload();
    let l = ev.location();
    assert_eq!(l.buffer, ev.header().location.buffer);
    (l.file, l.buffer, l.record_offset, hash(payload))
}

fn check_damage(d: &Damage) {
    assert!(!d.reason.is_empty(), "damage without a reason: {d:?}");
    black_box(d.to_string());
}

/// A stable 64-bit hash without dependencies (FNV-style over 8-byte words, then the tail and the length).
pub fn hash(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x100_0000_01b3;
    let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(PRIME).rotate_left(29);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(mix(h, u64::from_le_bytes(tail)), bytes.len() as u64)
}

/// Decompresses `data` with several output limits; the output never exceeds the limit, a smaller limit gives
/// a prefix of a larger one's output, and an error's counts match the output kept.
pub fn lzxpress(data: &[u8]) {
    let limits = [0usize, 1, 7, 100, 4096, 65_536, 1 << 20];
    let mut out = Vec::new();
    let mut widest: Option<Vec<u8>> = None;
    for limit in limits.iter().rev().copied() {
        // decompress appends after what `out` holds; start each run empty.
        out.clear();
        let result = lzxpress::decompress(data, &mut out, limit);
        assert!(out.len() <= limit, "{} bytes out with limit {limit}", out.len());
        if let Err(e) = &result {
            assert_eq!(e.output_len, out.len(), "error reports {} bytes, output has {}", e.output_len, out.len());
            assert!(e.input_offset <= data.len());
            black_box(e.to_string());
        }
        match &widest {
            // A stream that fit in the larger limit decodes the same under a smaller one, up to where it stops.
            Some(w) => assert!(w.starts_with(&out), "output under limit {limit} is not a prefix"),
            None => widest = Some(out.clone()),
        }
    }
    // With bytes already in the vector: they stay, the limit counts only the new bytes, and the new bytes are
    // the same as from an empty start.
    let mut behind = b"header".to_vec();
    let result = lzxpress::decompress(data, &mut behind, 4096);
    assert!(behind.starts_with(b"header") && behind.len() <= 6 + 4096);
    if let Some(w) = &widest {
        assert!(w.starts_with(&behind[6..]), "output after a header differs");
    }
    if let Err(e) = result {
        assert_eq!(e.output_len, behind.len() - 6);
    }
}
