//! Hostile synthetic files that aim at time and memory rather than at parsing: built in memory, a few bytes per
//! buffer, many buffers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::io::Cursor;

use etw_etl::{EtlReader, TimeOrderReader};
use etw_testkit::fuzz::seeds;

/// A logfile header buffer whose session buffer size is `nominal`.
fn header_buffer(nominal: u32) -> Vec<u8> {
    let mut h = seeds::etl_reader().into_iter().find(|(n, _)| *n == "header-only").unwrap().1;
    // TRACE_LOGFILE_HEADER.BufferSize: buffer header (0x48) + SYSTEM record header (0x20).
    h[0x68..0x6C].copy_from_slice(&nominal.to_le_bytes());
    h
}

/// A 72-byte buffer header: BufferSize, FilledBytes, processor (u16 with PROC_INDEX), flags.
fn buffer_header(size: u32, filled: u32, processor: u16, flags: u16) -> Vec<u8> {
    let mut b = vec![0u8; 0x48];
    b[0..4].copy_from_slice(&size.to_le_bytes());
    b[0x28..0x2A].copy_from_slice(&processor.to_le_bytes());
    b[0x30..0x34].copy_from_slice(&filled.to_le_bytes());
    b[0x34..0x36].copy_from_slice(&(flags | 0x20).to_le_bytes());
    b
}

/// 131072 empty buffers on 65536 processors. Timestamp order used to look up each buffer's stream by a linear
/// search over all streams: about 4 * 10^9 comparisons here, 12 s; with a map it is a fraction of a second.
/// (Speed is not asserted here; a return of the linear search shows as a slow test run.)
#[test]
fn time_order_indexes_many_processors_in_linear_time() {
    let mut data = header_buffer(4096);
    for i in 0..131_072u32 {
        data.extend(buffer_header(0x48, 0x48, i as u16, 0));
    }
    let mut merged = TimeOrderReader::new(vec![EtlReader::new(Cursor::new(&data[..])).unwrap()]);
    let counts = merged.for_each(|_| {}, |d| panic!("{d}"));
    assert_eq!(counts.buffers, 131_073);
    assert_eq!(counts.records, 1);
}

/// Compressed buffers on distinct processors, each a 40-byte record and then one LZXpress match that fills the
/// rest of a 64 MiB buffer: about 150 bytes of file each. Timestamp order holds one loaded buffer per processor
/// stream, so this 3.5 KB file would make it hold 24 * 64 MiB, and with 65536 processors there would be no useful
/// bound; the memory budget releases and re-reads buffers instead.
#[test]
fn time_order_memory_does_not_follow_the_decompression_ratio() {
    const NOMINAL: u32 = 64 << 20;
    let mut data = header_buffer(NOMINAL);
    for i in 0..24u16 {
        // A SYSTEM64 record of 40 bytes: version, kind, marker, size, hook, tid, pid, timestamp, CPU times, payload.
        let mut rec = vec![2, 0, 0x02, 0xC0, 40, 0, 0x24, 0x05, 1, 0, 0, 0, 2, 0, 0, 0];
        rec.extend_from_slice(&(100 + i64::from(i)).to_le_bytes());
        rec.extend_from_slice(&[0; 8]);
        rec.extend_from_slice(b"xxxxxxxx");
        // 40 literals, then a match at offset 1 whose u32 length fills the buffer.
        let mut stream = 0u32.to_le_bytes().to_vec();
        stream.extend_from_slice(&rec[..32]);
        stream.extend_from_slice(&(1u32 << 23).to_le_bytes());
        stream.extend_from_slice(&rec[32..]);
        stream.extend_from_slice(&[7, 0, 0x0f, 0xff, 0, 0]);
        stream.extend_from_slice(&(NOMINAL - 0x48 - 40 - 3).to_le_bytes());
        data.extend(buffer_header(0x48 + stream.len() as u32, NOMINAL, i, 0x40));
        data.extend(stream);
    }
    let mut merged = TimeOrderReader::new(vec![EtlReader::new(Cursor::new(&data[..])).unwrap()]);
    let mut events = 0;
    let mut damaged = 0;
    let mut peak = 0;
    while let Some(item) = merged.next_event() {
        match item {
            Ok(_) => events += 1,
            // After its record each buffer holds 64 MiB of 'x' from the match: not a record.
            Err(d) => {
                assert!(d.reason.contains("0x78787878"), "{d}");
                damaged += 1;
            }
        }
        peak = peak.max(merged.buffer_memory());
    }
    // The header record and one record per processor, with at most the budget plus the buffer in use held at
    // any time.
    assert_eq!((events, damaged), (25, 24));
    let bound = etw_etl::DEFAULT_MEMORY_BUDGET + (64 << 20) + (1 << 20);
    assert!(peak <= bound, "{} MiB held for a {} byte file", peak >> 20, data.len());
    assert!(merged.loaded_buffer_bytes() <= bound);
}
