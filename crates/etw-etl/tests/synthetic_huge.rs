//! Bounded memory: a 1 TiB file (far more than the RAM of the machines this runs on) of 64 MiB buffers, made on
//! demand by `etw_testkit::build::VirtualFile`, walked in file order and in timestamp order. The reader reads only
//! the filled part of each uncompressed buffer, so this takes seconds and a few MiB.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_core::HookId;
use etw_etl::{EtlReader, TimeOrderReader, MAX_BUFFER_SIZE};
use etw_testkit::build::{BufferBuilder, EtlBuilder, KernelRecord, VirtualFile};

const STRIDE: u32 = MAX_BUFFER_SIZE as u32;
/// 16384 buffers of 64 MiB: 1 TiB.
const COUNT: u64 = 16_384;
const PROCESSORS: u64 = 4;
const PER_BUFFER: u64 = 4;
const R0: i64 = 5_000_000;
/// A PERFINFO64 header (0x10) and an 8-byte payload.
const RECORD: u32 = 0x18;

/// Buffer `i` belongs to processor `i % 4`, round `i / 4`; within a round the processors' records interleave in
/// time, so the file is not in timestamp order.
fn stamp(round: u64, record: u64, processor: u64) -> i64 {
    R0 + 1 + (round * 1_000 + record * 200 + processor * 7) as i64
}

fn terabyte() -> VirtualFile {
    EtlBuilder::new().buffer_size(STRIDE).virtual_file(COUNT, |i| {
        let (round, p) = (i / PROCESSORS, i % PROCESSORS);
        (0..PER_BUFFER).fold(BufferBuilder::new().processor(p as u8).sequence_number(i as i64), |b, j| {
            b.record(KernelRecord::perfinfo64(HookId(0x0f2e)).timestamp(stamp(round, j, p)).payload(i.to_le_bytes()))
        })
    })
}

#[test]
fn virtual_file_is_larger_than_memory() {
    let f = terabyte();
    assert_eq!(f.len(), (COUNT + 1) * u64::from(STRIDE));
    assert!(f.len() > 1 << 40);
    assert_eq!(f.buffer_offset(0), u64::from(STRIDE), "the header buffer takes one stride");
}

#[test]
fn terabyte_in_file_order() {
    let mut r = EtlReader::new(terabyte()).unwrap();
    assert_eq!(r.file_len(), (COUNT + 1) * u64::from(STRIDE));
    assert_eq!(r.logfile_header().buffer_size, STRIDE);
    let mut k = 0u64;
    while let Some(item) = r.next_event() {
        let ev = item.unwrap();
        let loc = *ev.location();
        if k == 0 {
            assert_eq!((loc.buffer, ev.timestamp_raw()), (0, R0));
        } else {
            let n = k - 1;
            let i = n / PER_BUFFER;
            let (round, p, j) = (i / PROCESSORS, i % PROCESSORS, n % PER_BUFFER);
            assert_eq!(loc.buffer, 1 + i);
            assert_eq!(loc.buffer_offset, (1 + i) * u64::from(STRIDE));
            assert_eq!(loc.record_offset, 0x48 + j as u32 * RECORD);
            assert_eq!(u64::from(ev.processor()), p);
            assert_eq!(ev.timestamp_raw(), stamp(round, j, p));
            assert_eq!(ev.payload(), i.to_le_bytes());
        }
        k += 1;
    }
    assert_eq!(k, 1 + COUNT * PER_BUFFER);
    let c = r.counts();
    assert_eq!((c.buffers, c.records, c.damaged_buffers, c.damaged_records), (COUNT + 1, k, 0, 0));
    assert_eq!(c.bytes, (COUNT + 1) * u64::from(STRIDE), "every buffer counted at its full size");
}

#[test]
fn terabyte_in_timestamp_order_with_bounded_memory() {
    let mut m = TimeOrderReader::new(vec![EtlReader::new(terabyte()).unwrap()]);
    let mut k = 0u64;
    let mut peak = 0usize;
    let mut last = i64::MIN;
    while let Some(item) = m.next_event() {
        let ev = item.unwrap();
        let loc = *ev.location();
        let t = ev.timestamp_raw();
        assert!(t >= last);
        last = t;
        if k > 0 {
            // Sorted by time: round, then record within the buffer, then processor.
            let n = k - 1;
            let (round, j, p) = (n / (PER_BUFFER * PROCESSORS), n / PROCESSORS % PER_BUFFER, n % PROCESSORS);
            assert_eq!(t, stamp(round, j, p), "event {k}");
            assert_eq!(loc.buffer, 1 + round * PROCESSORS + p, "event {k}");
            assert_eq!(loc.record_offset, 0x48 + j as u32 * RECORD, "event {k}");
        }
        k += 1;
        if k % 256 == 1 {
            peak = peak.max(m.buffer_memory());
        }
    }
    assert_eq!(k, 1 + COUNT * PER_BUFFER);
    // One small buffer per processor stream and a 24-byte index entry per buffer: well under a MiB here.
    assert!(peak > (COUNT as usize) * 24, "the index is counted: {peak}");
    assert!(peak < 4 << 20, "{peak} bytes of buffer memory");
    assert_eq!(m.counts().buffers, COUNT + 1);
}
