//! Timestamp order ([`etw_etl::TimeOrderReader`]) on synthetic multi-processor and multi-file inputs: sorted,
//! stable ties (equal times in file order), the same records as file order, and records without a timestamp kept
//! in their place.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod synthetic_support;

use std::collections::BTreeMap;

use etw_core::{Guid, HeaderKind, HookId};
use etw_testkit::build::{BufferBuilder, ClassicRecord, EtlBuilder, EventRecord, KernelRecord, MessageRecord, Record};
use synthetic_support::{damages, events, file_order, time_order, Ev};

const PROVIDER: Guid = Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716");
const R0: i64 = 5_000_000;
const START: i64 = 133_500_000_000_000_000;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// A record of a kind picked by `k`, stamped `t`, whose payload names it (`tag`).
fn record(k: u64, t: i64, tag: u32) -> Box<dyn Record> {
    let payload = tag.to_le_bytes().to_vec();
    match k % 5 {
        0 => Box::new(EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER).timestamp(t).payload(payload)),
        1 => Box::new(KernelRecord::system64(HookId(0x0501)).timestamp(t).payload(payload)),
        2 => Box::new(KernelRecord::perfinfo64(HookId(0x0f2e)).timestamp(t).payload(payload)),
        3 => Box::new(ClassicRecord::new(HeaderKind::FULL_HEADER32, PROVIDER).timestamp(t).payload(payload)),
        _ => Box::new(MessageRecord::new(7).timestamp(t).payload(payload)),
    }
}

/// `processors` streams of `per_proc` buffers each, stamped with small random steps (many equal times), and
/// flushed to the file in a random interleaving that keeps each processor's buffers in order.
fn multi_processor_file(seed: u64, processors: u8, per_proc: usize, index_form: bool) -> Vec<u8> {
    let mut rng = Lcg(seed);
    let mut clock: Vec<i64> = vec![R0; processors as usize];
    let mut left: Vec<usize> = vec![per_proc; processors as usize];
    let mut tag = 0u32;
    let mut file = EtlBuilder::new().buffer_size(0x1000);
    while left.iter().any(|n| *n > 0) {
        let p = loop {
            let p = rng.next(u64::from(processors)) as usize;
            if left[p] > 0 {
                break p;
            }
        };
        left[p] -= 1;
        let mut b = if index_form {
            BufferBuilder::new().processor_index(0x100 + p as u16)
        } else {
            BufferBuilder::new().processor(p as u8)
        };
        for _ in 0..1 + rng.next(12) {
            clock[p] += 10 * rng.next(4) as i64;
            b = b.record(record(rng.next(5), clock[p], tag));
            tag += 1;
        }
        file = file.buffer(b);
    }
    file.build()
}

fn tag(e: &Ev) -> u32 {
    u32::from_le_bytes(e.payload[..4].try_into().unwrap())
}

/// Checks the merge of `files` against file order: the same records with the same fields, sorted by UTC, ties in
/// (file, buffer, record) order, and each (file, processor) stream in its file order.
fn check_merge(files: &[Vec<u8>]) -> Vec<Ev> {
    let mut by_file: Vec<Ev> = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let (items, _) = file_order(f);
        assert!(damages(&items).is_empty());
        by_file.extend(events(&items).into_iter().map(|mut e| {
            e.header.location.file = i as u32;
            e
        }));
    }
    let (items, counts) = time_order(files);
    assert!(damages(&items).is_empty(), "{items:?}");
    let merged = events(&items);
    assert_eq!(counts.records, by_file.len() as u64);
    // The expected order, computed from the file-order records: UTC, then file, buffer and record.
    let mut expected = by_file.clone();
    expected.sort_by_key(|e| (e.utc, e.place()));
    assert_eq!(merged.len(), expected.len());
    for (i, (m, x)) in merged.iter().zip(&expected).enumerate() {
        assert_eq!(m, x, "position {i}");
    }
    // Each stream keeps its own order.
    let streams = |v: &[Ev]| {
        let mut s: BTreeMap<(u32, u16), Vec<(u64, u32)>> = BTreeMap::new();
        for e in v {
            s.entry((e.header.location.file, e.header.processor))
                .or_default()
                .push((e.header.location.buffer, e.header.location.record_offset));
        }
        s
    };
    assert_eq!(streams(&merged), streams(&by_file));
    merged
}

#[test]
fn multi_processor_file_merges_into_timestamp_order() {
    for seed in 1..=8 {
        let file = multi_processor_file(seed, 4, 6, seed % 2 == 0);
        let merged = check_merge(std::slice::from_ref(&file));
        assert!(merged.windows(2).all(|w| w[0].utc <= w[1].utc));
        // The file's own order is not sorted (the merge has work to do), and equal times occur.
        let fo = events(&file_order(&file).0);
        assert!(fo.windows(2).any(|w| w[0].utc > w[1].utc), "seed {seed}: file order already sorted");
        assert!(merged.windows(2).any(|w| w[0].utc == w[1].utc), "seed {seed}: no ties");
        let tags: Vec<u32> = merged[1..].iter().map(tag).collect();
        let mut sorted = tags.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..tags.len() as u32).collect::<Vec<_>>(), "every record once");
    }
}

#[test]
fn multi_file_merge_with_different_clocks() {
    // File 0: QPC at 10 MHz from START. File 1: QPC at 3 MHz with its own reference. File 2: system time.
    let qpc10 = |raw_steps: &[i64]| raws_file(EtlBuilder::new(), raw_steps.iter().map(|s| R0 + s).collect());
    let f0 = qpc10(&[0, 30, 60, 60, 90]);
    let f1 = raws_file(
        EtlBuilder::new().logfile(|h| {
            h.perf_freq = 3_000_000;
            h.record_timestamp = 1_000;
            h.start_time = START + 15;
        }),
        // 3 raw ticks are 10 units of 100 ns, rounded down: 15, 25, 45, 58, 95 after START.
        vec![1_000, 1_003, 1_009, 1_013, 1_024],
    );
    let f2 = raws_file(
        EtlBuilder::new().logfile(|h| h.reserved_flags = 2),
        vec![START - 5, START + 30, START + 60, START + 61],
    );
    let merged = check_merge(&[f0, f1, f2]);
    let got: Vec<(i64, u32)> = merged.iter().map(|e| (e.utc.0 - START, e.header.location.file)).collect();
    assert_eq!(
        got,
        [
            // File 2's header record is at raw 5_000_000, a FILETIME in 1601.
            (5_000_000 - START, 2),
            (-5, 2),
            (0, 0),
            (0, 0),
            (15, 1),
            (15, 1),
            (25, 1),
            (30, 0),
            (30, 2),
            (45, 1),
            (58, 1),
            (60, 0),
            (60, 0),
            (60, 2),
            (61, 2),
            (90, 0),
            (95, 1),
        ]
    );
}

/// A file whose one buffer holds a PERFINFO record per raw time (the header record comes first, at its own time).
fn raws_file(b: EtlBuilder, raws: Vec<i64>) -> Vec<u8> {
    let buffer =
        raws.iter().fold(BufferBuilder::new(), |b, t| b.record(KernelRecord::perfinfo64(HookId(1)).timestamp(*t)));
    b.buffer(buffer).build()
}

#[test]
fn equal_timestamps_come_in_file_order() {
    // Two files, two processors each, every record stamped alike: the merge is the files' concatenation.
    let same = |proc: u8, n: u32| {
        (0..n).fold(BufferBuilder::new().processor(proc), |b, i| b.record(record(u64::from(i), R0 + 100, i)))
    };
    let file = || EtlBuilder::new().buffer(same(1, 3)).buffer(same(0, 2)).buffer(same(1, 4)).buffer(same(0, 1)).build();
    let files = [file(), file()];
    let merged = check_merge(&files);
    let places: Vec<(u32, u64, u32)> = merged.iter().filter(|e| e.header.location.buffer > 0).map(Ev::place).collect();
    let mut expected = Vec::new();
    for f in 0..2 {
        for (b, n) in [(1u64, 3u32), (2, 2), (3, 4), (4, 1)] {
            let offs = (0..n).scan(0x48u32, |at, i| {
                let here = *at;
                *at += record(u64::from(i), 0, 0).to_bytes().len() as u32;
                Some(here)
            });
            expected.extend(offs.map(|o| (f, b, o)));
        }
    }
    assert_eq!(places, expected);
    // The header records (both at R0) lead, file 0 first.
    assert_eq!((merged[0].place(), merged[1].place()), ((0, 0, 0x48), (1, 0, 0x48)));
}

#[test]
fn records_without_a_timestamp_keep_their_place() {
    let ev = |t: i64, id: u16| EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER).timestamp(R0 + t).id(id);
    let msg = |id: u16| MessageRecord::new(id).sequence(u32::from(id));
    let bytes = EtlBuilder::new()
        .buffer(BufferBuilder::new().processor(1).record(ev(100, 1)).record(msg(2)).record(ev(300, 5)))
        .buffer(BufferBuilder::new().processor(2).record(ev(150, 3)).record(ev(200, 4)).record(ev(350, 7)))
        // Processor 1 again: a message at the start of a buffer takes processor 1's last time (300).
        .buffer(BufferBuilder::new().processor(1).record(msg(6)).record(ev(400, 8)))
        .build();
    let merged = check_merge(std::slice::from_ref(&bytes));
    let ids: Vec<(u16, i64)> = merged[1..].iter().map(|e| (e.header.descriptor.id, e.header.timestamp - R0)).collect();
    assert_eq!(ids, [(1, 100), (2, 100), (3, 150), (4, 200), (5, 300), (6, 300), (7, 350), (8, 400)]);
    // File order gives the same times to the same records.
    let fo = events(&file_order(&bytes).0);
    let by_id: BTreeMap<u16, i64> = fo.iter().map(|e| (e.header.descriptor.id, e.header.timestamp - R0)).collect();
    assert_eq!(by_id[&6], 300);
    assert_eq!(by_id[&2], 100);
}

#[test]
fn message_before_any_timed_record_takes_the_session_start() {
    let bytes = EtlBuilder::new()
        .buffer(BufferBuilder::new().processor(3).record(MessageRecord::new(1)))
        .buffer(BufferBuilder::new().processor(4).record(KernelRecord::perfinfo64(HookId(1)).timestamp(R0 + 50)))
        .build();
    let merged = check_merge(std::slice::from_ref(&bytes));
    assert_eq!(merged[1].header.timestamp, R0);
    assert_eq!(merged[1].header.kind, HeaderKind::MESSAGE);
    assert_eq!(merged[0].header.location.buffer, 0, "the header record comes first: equal time, earlier buffer");
}

#[test]
fn merge_holds_one_buffer_per_stream() {
    let bytes = multi_processor_file(99, 3, 20, false);
    let r = synthetic_support::reader(&bytes);
    let mut m = etw_etl::TimeOrderReader::new(vec![r]);
    assert_eq!(m.buffer_memory(), 0, "nothing is read before the first event");
    let mut peak = 0;
    let mut n = 0;
    while let Some(item) = m.next_event() {
        item.unwrap();
        n += 1;
        peak = peak.max(m.buffer_memory());
    }
    assert!(n > 60);
    // Three streams of small buffers (only FilledBytes are read) and an index of 60 entries.
    assert!(peak > 0 && peak < 3 * 0x1000 + 64 * 24 * 3, "{peak}");
}
