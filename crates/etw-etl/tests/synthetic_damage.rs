//! Every error path of the reader, on synthetic files: the fatal ones (no usable logfile header) with their offset
//! and reason, and the local ones ([`Damage`]) with their scope, buffer, offsets and reason, each followed by a good
//! buffer to show that reading goes on and nothing readable is lost.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod synthetic_support;

use std::io::{self, Cursor, Read, Seek, SeekFrom};

use etw_core::{EventHeaderFlags, Guid, HeaderKind, HookId};
use etw_etl::{Damage, DamageScope, EtlError, EtlReader, MAX_BUFFER_SIZE};
use etw_testkit::build::lzxpress::Lz77Writer;
use etw_testkit::build::{
    BufferBuilder, ClassicRecord, EtlBuilder, EventRecord, ExtItem, KernelRecord, MessageRecord, OpaqueRecord, Raw,
    Record, TimedRecord, WnodeRecord,
};
use synthetic_support::{damages, events, file_order, time_order, Item};

const PROVIDER: Guid = Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716");
const R0: i64 = 5_000_000;
const B: u64 = 0x2000;

/// An event whose id tells which buffer (tens) and record (units) it came from.
fn ev(id: u16) -> EventRecord {
    EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER)
        .id(id)
        .timestamp(R0 + i64::from(id))
        .payload(vec![id as u8; 5])
}

fn good(tag: u16) -> BufferBuilder {
    BufferBuilder::new().processor(tag as u8).record(ev(tag * 10)).record(ev(tag * 10 + 1))
}

/// The file [header][good 1][`bad` as buffer 2][good 3].
fn around(bad: BufferBuilder) -> Vec<u8> {
    EtlBuilder::new().buffer(good(1)).buffer(bad).buffer(good(3)).build()
}

/// A compact trace of what a walk handed out: `ev <id> @<buffer>` or the damage.
#[derive(Debug, PartialEq, Eq)]
enum T {
    Ev(u16, u64),
    D(Damage),
}

fn trace(items: &[Item]) -> Vec<T> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Ev(e) if e.header.kind == HeaderKind::SYSTEM64 && e.header.location.buffer == 0 => None,
            Item::Ev(e) => Some(T::Ev(e.header.descriptor.id, e.header.location.buffer)),
            Item::Damage(d) => Some(T::D(d.clone())),
        })
        .collect()
}

fn dmg(scope: DamageScope, buffer: u64, buffer_offset: u64, record_offset: Option<u32>, reason: &str) -> T {
    T::D(Damage { scope, file: 0, buffer, buffer_offset, record_offset, reason: reason.into() })
}

fn buffer_damage(buffer: u64, offset: u64, reason: &str) -> T {
    dmg(DamageScope::Buffer, buffer, offset, None, reason)
}

fn record_damage(buffer: u64, offset: u64, record: u32, reason: &str) -> T {
    dmg(DamageScope::Record, buffer, offset, Some(record), reason)
}

fn fatal(bytes: Vec<u8>) -> (u64, String) {
    match EtlReader::new(Cursor::new(bytes)) {
        Ok(_) => panic!("the logfile header was accepted"),
        Err(EtlError::BadLogfileHeader { path, offset, reason }) => {
            assert!(path.is_none());
            (offset, reason)
        }
        Err(e) => panic!("unexpected {e}"),
    }
}

fn header_record() -> KernelRecord {
    let spec = EtlBuilder::new().spec().clone();
    spec.record(1)
}

#[test]
fn file_shorter_than_a_buffer_header() {
    for len in [0usize, 1, 4, 71] {
        let bytes = EtlBuilder::new().build()[..len].to_vec();
        assert_eq!(fatal(bytes), (0, format!("the file has {len} bytes, fewer than one 72-byte buffer header")));
    }
    // Opened from a path, the error names the file.
    let path = std::env::temp_dir().join(format!("etwkit-short-{}.etl", std::process::id()));
    std::fs::write(&path, [0u8; 10]).unwrap();
    let err = EtlReader::open(&path).err().unwrap();
    std::fs::remove_file(&path).unwrap();
    let text = err.to_string();
    assert!(text.starts_with(&path.display().to_string()), "{text}");
    assert!(text.ends_with("not a readable ETL file: logfile header damaged at offset 0x0: the file has 10 bytes, fewer than one 72-byte buffer header"), "{text}");
}

#[test]
fn first_buffer_damaged() {
    let cases: Vec<(EtlBuilder, &str)> = vec![
        (
            EtlBuilder::new().header_buffer(|b| b.buffer_size_field(16)),
            "first buffer: BufferSize 16 is smaller than the 72-byte buffer header",
        ),
        (
            EtlBuilder::new().header_buffer(|b| b.buffer_size_field(MAX_BUFFER_SIZE as u32 + 1)),
            "first buffer: BufferSize 67108865 is larger than any ETW buffer (67108864 bytes)",
        ),
        (
            EtlBuilder::new().header_buffer(|b| b.filled_bytes_field(16)),
            "FilledBytes 16 is smaller than the 72-byte buffer header",
        ),
        (
            EtlBuilder::new().header_buffer(|b| b.filled_bytes_field(0x3000)),
            "buffer read in part: FilledBytes 12288 is larger than BufferSize 8192",
        ),
        (
            EtlBuilder::new().header_buffer(|b| b.compressed_data(vec![1, 2])),
            "buffer read in part: LZXpress data broken at input offset 0x0 after 0 output bytes: truncated flag word",
        ),
    ];
    for (file, reason) in cases {
        assert_eq!(fatal(file.build()), (0, reason.to_string()));
    }
    // Cut inside the first buffer.
    let mut bytes = EtlBuilder::new().build();
    bytes.truncate(0x1000);
    assert_eq!(
        fatal(bytes),
        (0, "first buffer: BufferSize 8192 runs past the end of the file (4096 bytes left): file truncated?".into())
    );
}

#[test]
fn first_record_not_the_logfile_header() {
    let header_like = |r: KernelRecord| r.payload(EtlBuilder::new().spec().payload(1));
    let cases: Vec<(BufferBuilder, u64, &str)> = vec![
        (
            BufferBuilder::new().record(ev(1)).record(header_record()),
            0x48,
            "the first record is EVENT_HEADER64 None, not the SYSTEM logfile header event (hook 0x0000)",
        ),
        (
            BufferBuilder::new().record(header_like(KernelRecord::system64(HookId(0x0301)))),
            0x48,
            "the first record is SYSTEM64 Some(HookId(Process/1 (0x0301))), not the SYSTEM logfile header event (hook 0x0000)",
        ),
        (BufferBuilder::new(), 0x48, "the first buffer holds no records"),
        (
            BufferBuilder::new().record(Raw(vec![0; 16])),
            0x48,
            "not a trace record: marker 0x00000000 has no header flags",
        ),
        (
            BufferBuilder::new().record(KernelRecord::system64(HookId(0)).size_field(0x10)),
            0x48,
            "SYSTEM64 record size 16 is smaller than its 32-byte header",
        ),
        (
            BufferBuilder::new().record(header_like(KernelRecord::compact64(HookId(0)))),
            0x68,
            "header record has kind COMPACT64, expected SYSTEM32 or SYSTEM64",
        ),
        (
            BufferBuilder::new().record(header_like(KernelRecord::perfinfo32(HookId(0)))),
            0x68,
            "header record has kind PERFINFO32, expected SYSTEM32 or SYSTEM64",
        ),
    ];
    for (buffer, offset, reason) in cases {
        let bytes = EtlBuilder::new().replace_header_buffer(buffer).buffer(good(1)).build();
        assert_eq!(fatal(bytes), (offset, reason.to_string()));
    }
}

#[test]
fn logfile_header_too_short() {
    for (x86, keep, needed) in [(false, 0x100usize, 280), (false, 0x117, 280), (true, 0x10F, 272), (true, 0, 272)] {
        let mut b = EtlBuilder::new();
        if x86 {
            b = b.x86();
        }
        let spec = b.spec().clone();
        let payload = spec.payload(1)[..keep].to_vec();
        let bytes = b.replace_header_buffer(BufferBuilder::new().record(spec.record(1).payload(payload))).build();
        assert_eq!(
            fatal(bytes),
            (0x68, format!("TRACE_LOGFILE_HEADER needs {needed} bytes, the record has {keep}")),
            "x86 {x86}, {keep} bytes"
        );
    }
    // The fixed part alone is enough: the names are then empty.
    let spec = EtlBuilder::new().spec().clone();
    let fixed = spec.payload(1)[..0x118].to_vec();
    let bytes =
        EtlBuilder::new().replace_header_buffer(BufferBuilder::new().record(spec.record(1).payload(fixed))).build();
    let r = EtlReader::new(Cursor::new(bytes)).unwrap();
    assert_eq!((r.logfile_header().logger_name.as_str(), r.logfile_header().log_file_name.as_str()), ("", ""));
    assert_eq!(r.logfile_header().buffer_size, 0x2000);
}

/// Buffer 1's two events, `middle`, then the two events of good buffer 3 found as buffer `third_index`.
fn good_1_and_3(middle: Vec<T>, third_index: u64) -> Vec<T> {
    let mut v = vec![T::Ev(10, 1), T::Ev(11, 1)];
    v.extend(middle);
    v.extend([T::Ev(30, third_index), T::Ev(31, third_index)]);
    v
}

#[test]
fn buffer_size_smaller_than_a_buffer_header() {
    let (items, counts) = file_order(&around(good(2).buffer_size_field(16)));
    assert_eq!(
        trace(&items),
        good_1_and_3(vec![buffer_damage(2, 2 * B, "BufferSize 16 is smaller than the 72-byte buffer header")], 3)
    );
    let evs = events(&items);
    assert_eq!(evs.last().unwrap().header.location.buffer_offset, 3 * B, "resynchronised at the nominal stride");
    assert_eq!((counts.buffers, counts.damaged_buffers, counts.records), (4, 1, 5));
}

#[test]
fn buffer_size_larger_than_any_buffer_resyncs_at_the_stride() {
    // The damaged buffer carries a plausible buffer image in a payload: a byte scan would stop there, the guess at
    // the session's buffer size finds the real next buffer first.
    let decoy = BufferBuilder::new().record(ev(99)).build();
    let bad = BufferBuilder::new().record(ev(20).payload(decoy)).buffer_size_field(MAX_BUFFER_SIZE as u32 + 1);
    let (items, _) = file_order(&around(bad));
    assert_eq!(
        trace(&items),
        good_1_and_3(
            vec![buffer_damage(2, 2 * B, "BufferSize 67108865 is larger than any ETW buffer (67108864 bytes)")],
            3
        )
    );
    assert_eq!(events(&items).last().unwrap().header.location.buffer_offset, 3 * B);
}

#[test]
fn buffer_size_larger_than_any_buffer_resyncs_by_scanning() {
    // The damaged buffer takes 0x1000 bytes and 13 bytes of garbage follow: the next buffer is off the stride.
    let img = EtlBuilder::new()
        .buffer(good(1))
        .buffer(good(2).size(0x1000).buffer_size_field(u32::MAX))
        .raw(vec![0x5A; 13])
        .buffer(good(3))
        .buffer(good(4))
        .build_image();
    let third = img.buffers[3].offset;
    assert_eq!(third, 2 * B + 0x1000 + 13);
    let (items, counts) = file_order(&img.bytes);
    let mut expected = good_1_and_3(
        vec![buffer_damage(2, 2 * B, "BufferSize 4294967295 is larger than any ETW buffer (67108864 bytes)")],
        3,
    );
    expected.extend([T::Ev(40, 4), T::Ev(41, 4)]);
    assert_eq!(trace(&items), expected);
    let evs = events(&items);
    assert_eq!(evs[evs.len() - 3].header.location.buffer_offset, third);
    assert_eq!(evs[evs.len() - 1].header.location.buffer_offset, third + B);
    assert_eq!(counts.buffers, 5);
}

#[test]
fn damaged_buffer_with_nothing_after_it_ends_the_walk() {
    let bytes = EtlBuilder::new().buffer(good(1)).buffer(good(2).buffer_size_field(3)).build();
    let (items, _) = file_order(&bytes);
    assert_eq!(
        trace(&items),
        [T::Ev(10, 1), T::Ev(11, 1), buffer_damage(2, 2 * B, "BufferSize 3 is smaller than the 72-byte buffer header")]
    );
}

#[test]
fn buffer_truncated_by_the_end_of_the_file() {
    let img = EtlBuilder::new()
        .buffer(good(1))
        .buffer(BufferBuilder::new().record(ev(20)).record(ev(21)).record(ev(22)))
        .build_image();
    let offs = img.buffers[2].record_offsets.clone();
    // Cut 8 bytes into the third record: the first two are delivered, the third is reported.
    let cut = 2 * B as usize + offs[2] as usize + 8;
    let (items, counts) = file_order(&img.bytes[..cut]);
    assert_eq!(
        trace(&items),
        [
            T::Ev(10, 1),
            T::Ev(11, 1),
            buffer_damage(
                2,
                2 * B,
                &format!(
                    "buffer read in part: only {} of the buffer's 8192 bytes are in the file (truncated?)",
                    offs[2] + 8
                )
            ),
            T::Ev(20, 2),
            T::Ev(21, 2),
            record_damage(
                2,
                2 * B,
                offs[2],
                "EVENT_HEADER64 record size 85 runs past the buffer's filled bytes (8 left)"
            ),
        ]
    );
    assert_eq!((counts.buffers, counts.damaged_buffers, counts.damaged_records, counts.records), (3, 1, 1, 5));

    // Cut right after the records (only padding lost): every record, and the buffer reported as partial.
    let filled = 2 * B as usize + offs[2] as usize + 0x58;
    let (items, _) = file_order(&img.bytes[..filled]);
    let t = trace(&items);
    assert_eq!(t.len(), 6);
    assert_eq!(t[5], T::Ev(22, 2));
    assert!(
        matches!(&t[2], T::D(d) if d.reason.ends_with(&format!("only {} of the buffer's 8192 bytes are in the file (truncated?)", offs[2] + 0x58)))
    );

    // Cut inside the next buffer's header: too few bytes for a header.
    let (items, _) = file_order(&img.bytes[..2 * B as usize + 0x30]);
    assert_eq!(
        trace(&items),
        [
            T::Ev(10, 1),
            T::Ev(11, 1),
            buffer_damage(2, 2 * B, "48 trailing bytes are too few for a buffer header (file truncated?)")
        ]
    );
}

#[test]
fn compressed_buffer_truncated_keeps_what_decompresses() {
    let mut seed = 7u32;
    let mut noise = || {
        (0..400)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 16) as u8
            })
            .collect::<Vec<u8>>()
    };
    let recs: Vec<EventRecord> = (0..3).map(|i| ev(20 + i).payload(noise())).collect();
    let img = EtlBuilder::new()
        .buffer(good(1))
        .buffer(recs.iter().fold(BufferBuilder::new(), |b, r| b.record(r)).compressed())
        .build_image();
    let len = img.buffers[2].len as usize;
    let cut = 2 * B as usize + 0x48 + (len - 0x48) / 2;
    let (items, _) = file_order(&img.bytes[..cut]);
    let t = trace(&items);
    assert_eq!(&t[..2], &[T::Ev(10, 1), T::Ev(11, 1)]);
    assert_eq!(
        t[2],
        buffer_damage(
            2,
            2 * B,
            &format!(
                "buffer read in part: only {} of the buffer's {len} bytes are in the file (truncated?)",
                cut - 2 * B as usize
            )
        )
    );
    // The records that decompressed whole are delivered with the right payload; the cut one is reported.
    let evs = events(&items);
    assert_eq!(evs.len(), 3 + 1, "header, 2 of buffer 1, the first of buffer 2: {t:?}");
    assert_eq!(evs[3].payload, recs[0].to_bytes()[0x50..0x50 + 400]);
    assert!(
        matches!(&t[4], T::D(d) if d.scope == DamageScope::Record && d.record_offset == Some(img.buffers[2].record_offsets[1])),
        "{t:?}"
    );
}

#[test]
fn filled_bytes_smaller_than_a_buffer_header() {
    let (items, counts) = file_order(&around(good(2).filled_bytes_field(16)));
    assert_eq!(
        trace(&items),
        good_1_and_3(vec![buffer_damage(2, 2 * B, "FilledBytes 16 is smaller than the 72-byte buffer header")], 3)
    );
    assert_eq!((counts.buffers, counts.damaged_buffers), (4, 1));
}

#[test]
fn filled_bytes_larger_than_buffer_size() {
    let bad = good(2).filled_bytes_field(0x3000);
    let end = bad.next_record_offset();
    let (items, _) = file_order(&around(bad));
    assert_eq!(
        trace(&items),
        good_1_and_3(
            vec![
                buffer_damage(2, 2 * B, "buffer read in part: FilledBytes 12288 is larger than BufferSize 8192"),
                T::Ev(20, 2),
                T::Ev(21, 2),
                // The walk goes on to BufferSize and meets the 0xFF padding.
                record_damage(
                    2,
                    2 * B,
                    end,
                    &format!(
                        "Unknown(0xff) record size 65535 runs past the buffer's filled bytes ({} left)",
                        0x2000 - end
                    ),
                ),
            ],
            3
        )
    );
}

#[test]
fn compressed_filled_bytes_wrong() {
    let too_big = good(2).compressed().filled_bytes_field(MAX_BUFFER_SIZE as u32 + 8);
    let (items, _) = file_order(&EtlBuilder::new().buffer(good(1)).buffer(too_big).buffer(good(3)).build());
    assert_eq!(
        trace(&items),
        good_1_and_3(vec![buffer_damage(2, 2 * B, "FilledBytes 67108872 is larger than any ETW buffer")], 3)
    );
    // FilledBytes beyond what the data decompresses to: every record, and the buffer reported as partial.
    let short = good(2).compressed().filled_bytes_field(0x1000);
    let data_end = good(2).next_record_offset();
    let (items, _) = file_order(&EtlBuilder::new().buffer(good(1)).buffer(short).buffer(good(3)).build());
    assert_eq!(
        trace(&items),
        good_1_and_3(
            vec![
                buffer_damage(
                    2,
                    2 * B,
                    &format!("buffer read in part: decompressed to {data_end} bytes, FilledBytes says 4096")
                ),
                T::Ev(20, 2),
                T::Ev(21, 2),
            ],
            3
        )
    );
}

#[test]
fn broken_compressed_data_keeps_the_prefix() {
    let b = BufferBuilder::new().record(ev(20)).record(ev(21)).record(ev(22));
    let offs = b.record_offsets().to_vec();
    let good_part = offs[2] as usize - 0x48;
    let mut w = Lz77Writer::new();
    w.literals(&b.data()[..good_part]);
    // The decoder reports the offset after the bad match's two bytes.
    let ip = w.len() + 2;
    w.copy(8192, 3);
    let broken = b.compressed_data(w.finish());
    let (items, counts) = file_order(&around(broken));
    assert_eq!(
        trace(&items),
        good_1_and_3(
            vec![
                buffer_damage(
                    2,
                    2 * B,
                    &format!(
                        "buffer read in part: LZXpress data broken at input offset {ip:#x} after {good_part} output bytes: match offset before the start of the output"
                    )
                ),
                T::Ev(20, 2),
                T::Ev(21, 2),
            ],
            3
        )
    );
    assert_eq!((counts.compressed_buffers, counts.damaged_buffers, counts.damaged_records), (1, 1, 0));

    // Other ways a stream breaks.
    let mut huge = Lz77Writer::new();
    huge.literal(1).copy(1, 10_000_000);
    let mut cut_match = Lz77Writer::new();
    cut_match.literals(&[1, 2, 3]).copy(2, 300);
    let mut cut_match = cut_match.finish();
    cut_match.pop();
    for (stream, reason, stray) in [
        (vec![0u8, 0], "LZXpress data broken at input offset 0x0 after 0 output bytes: truncated flag word", 0),
        (
            huge.finish(),
            "LZXpress data broken at input offset 0xf after 1 output bytes: output larger than the buffer",
            1,
        ),
        (cut_match, "LZXpress data broken at input offset 0xb after 3 output bytes: truncated length word", 3),
    ] {
        let (items, _) = file_order(&around(BufferBuilder::new().record(ev(20)).compressed_data(stream)));
        let mut middle = vec![buffer_damage(2, 2 * B, &format!("buffer read in part: {reason}"))];
        if stray > 0 {
            // The bytes decoded before the break are too few for a record.
            middle.push(record_damage(2, 2 * B, 0x48, &format!("{stray} stray bytes at the end of the buffer data")));
        }
        let t = trace(&items);
        assert_eq!(&t[2..t.len() - 2], &middle[..], "{reason}");
        assert_eq!(events(&items).len(), 5, "buffers 1 and 3 still read");
    }
}

#[test]
fn marker_without_header_flags() {
    let bad = BufferBuilder::new().record(ev(20)).record(Raw(vec![0x10, 0x00, 0x13, 0x40, 1, 2, 3, 4])).record(ev(21));
    let at = bad.record_offsets()[1];
    let (items, counts) = file_order(&around(bad));
    assert_eq!(
        trace(&items),
        good_1_and_3(
            vec![
                T::Ev(20, 2),
                record_damage(2, 2 * B, at, "not a trace record: marker 0x40130010 has no header flags")
            ],
            3
        )
    );
    assert_eq!((counts.damaged_records, counts.damaged_buffers, counts.records), (1, 0, 6));
}

#[test]
fn record_size_smaller_than_its_header() {
    let g = PROVIDER;
    let cases: Vec<(Box<dyn Record>, String)> = vec![
        (Box::new(ev(0).size_field(0x40)), "EVENT_HEADER64 record size 64 is smaller than its 80-byte header".into()),
        (
            Box::new(EventRecord::new(HeaderKind::EVENT_HEADER32, g).size_field(0x4F)),
            "EVENT_HEADER32 record size 79 is smaller than its 80-byte header".into(),
        ),
        (
            Box::new(KernelRecord::system64(HookId(1)).size_field(0x18)),
            "SYSTEM64 record size 24 is smaller than its 32-byte header".into(),
        ),
        (
            Box::new(KernelRecord::compact32(HookId(1)).size_field(0x10)),
            "COMPACT32 record size 16 is smaller than its 24-byte header".into(),
        ),
        (
            Box::new(KernelRecord::perfinfo64(HookId(1)).size_field(8)),
            "PERFINFO64 record size 8 is smaller than its 16-byte header".into(),
        ),
        (
            Box::new(ClassicRecord::new(HeaderKind::FULL_HEADER64, g).size_field(0x28)),
            "FULL_HEADER64 record size 40 is smaller than its 48-byte header".into(),
        ),
        (
            Box::new(ClassicRecord::new(HeaderKind::INSTANCE32, g).size_field(0x30)),
            "INSTANCE32 record size 48 is smaller than its 72-byte header".into(),
        ),
        (Box::new(TimedRecord::new(1).size_field(8)), "TIMED record size 8 is smaller than its 16-byte header".into()),
        (
            Box::new(WnodeRecord::new(g).size_field(0x20)),
            "WNODE_HEADER record size 32 is smaller than its 48-byte header".into(),
        ),
        (Box::new(OpaqueRecord::error().size_field(2)), "ERROR record size 2 is smaller than its 4-byte header".into()),
        (
            Box::new(OpaqueRecord::unknown(0x33).size_field(3)),
            "Unknown(0x33) record size 3 is smaller than its 4-byte header".into(),
        ),
        (
            Box::new(MessageRecord::new(1).size_field(4)),
            "MESSAGE record size 4 is smaller than its 8-byte header".into(),
        ),
        // MESSAGE: the option flags promise fields the size leaves out.
        (
            Box::new(MessageRecord::new(1).sequence(1).size_field(8)),
            "MESSAGE record too short for sequence number".into(),
        ),
        (Box::new(MessageRecord::new(1).guid(g).size_field(16)), "MESSAGE record too short for message GUID".into()),
        (
            Box::new(MessageRecord::new(1).component_id(2).size_field(8)),
            "MESSAGE record too short for component id".into(),
        ),
        (Box::new(MessageRecord::new(1).timestamp(2).size_field(12)), "MESSAGE record too short for timestamp".into()),
        (
            Box::new(MessageRecord::new(1).system_info(1, 2).size_field(12)),
            "MESSAGE record too short for process id".into(),
        ),
        (Box::new(MessageRecord::new(1).options(0x20)), "MESSAGE record too short for thread id".into()),
    ];
    for (rec, reason) in cases {
        let bad = BufferBuilder::new().record(ev(20)).record(rec).record(ev(21));
        let at = bad.record_offsets()[1];
        let (items, _) = file_order(&around(bad));
        assert_eq!(
            trace(&items),
            good_1_and_3(vec![T::Ev(20, 2), record_damage(2, 2 * B, at, &reason)], 3),
            "{reason}"
        );
    }
}

#[test]
fn record_size_past_filled_bytes() {
    let cases: Vec<(Box<dyn Record>, &str)> = vec![
        (Box::new(ev(22).size_field(0x1000)), "EVENT_HEADER64"),
        (Box::new(KernelRecord::system32(HookId(1)).size_field(0x1000)), "SYSTEM32"),
        (Box::new(MessageRecord::new(1).size_field(0x1000)), "MESSAGE"),
    ];
    for (rec, kind) in cases {
        let bad = BufferBuilder::new().record(ev(20)).record(rec).record(ev(21));
        let at = bad.record_offsets()[1];
        let left = bad.next_record_offset() - at;
        let (items, _) = file_order(&around(bad));
        assert_eq!(
            trace(&items),
            good_1_and_3(
                vec![
                    T::Ev(20, 2),
                    record_damage(
                        2,
                        2 * B,
                        at,
                        &format!("{kind} record size 4096 runs past the buffer's filled bytes ({left} left)")
                    ),
                ],
                3
            )
        );
    }
}

#[test]
fn broken_extended_item_chain() {
    let cases: Vec<(EventRecord, &str)> = vec![
        (
            ev(22).payload(vec![]).ext(ExtItem::ts_id(1).linkage(1)),
            "extended data item at +0x10: item header runs past the record",
        ),
        (
            ev(22).ext(ExtItem::ts_id(1)).ext(ExtItem::event_key(2).size_field(4)),
            "extended data item at +0x10: item size is smaller than its header and data",
        ),
        (
            ev(22).ext(ExtItem::ts_id(1).data_size_field(9)),
            "extended data item at +0x0: item size is smaller than its header and data",
        ),
        (ev(22).ext(ExtItem::ts_id(1).size_field(0x100)), "extended data item at +0x0: item runs past the record"),
        (
            ev(22).payload(vec![]).extended_info_flag(true),
            "extended data item at +0x0: item header runs past the record",
        ),
        (
            EventRecord::new(HeaderKind::EVENT_HEADER32, PROVIDER)
                .flags(EventHeaderFlags::EXTENDED_INFO)
                .payload(vec![1, 2, 3]),
            "extended data item at +0x0: item header runs past the record",
        ),
    ];
    for (rec, reason) in cases {
        let kind = if rec.to_bytes()[2] == 0x12 { "EVENT_HEADER32" } else { "EVENT_HEADER64" };
        let bad = BufferBuilder::new().record(ev(20)).record(rec).record(ev(21));
        let at = bad.record_offsets()[1];
        let (items, _) = file_order(&around(bad));
        assert_eq!(
            trace(&items),
            good_1_and_3(vec![T::Ev(20, 2), record_damage(2, 2 * B, at, &format!("{kind} record: {reason}"))], 3),
            "{reason}"
        );
    }
}

#[test]
fn trailing_bytes_in_a_buffer() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (vec![0xAA, 0xBB], "2 stray bytes at the end of the buffer data"),
        (vec![0xC0, 0xC0, 0xC0], "3 stray bytes at the end of the buffer data"),
        (vec![0x01], "1 stray bytes at the end of the buffer data"),
        (vec![0x02, 0x00, 0x02, 0xC0], "SYSTEM64 record header cut off by the end of the buffer data"),
        (vec![0x02, 0x00, 0x11, 0xC0, 0x10], "PERFINFO64 record header cut off by the end of the buffer data"),
    ];
    for (tail, reason) in cases {
        let bad = BufferBuilder::new().record(ev(20)).record(Raw(tail));
        let at = bad.record_offsets()[1];
        let (items, counts) = file_order(&around(bad));
        assert_eq!(trace(&items), good_1_and_3(vec![T::Ev(20, 2), record_damage(2, 2 * B, at, reason)], 3), "{reason}");
        assert_eq!(counts.damaged_records, 1);
    }
}

#[test]
fn trailing_bytes_after_the_last_buffer() {
    let mut bytes = EtlBuilder::new().buffer(good(1)).buffer(good(2)).build();
    bytes.extend_from_slice(&[0x11; 0x20]);
    let expected = vec![
        T::Ev(10, 1),
        T::Ev(11, 1),
        T::Ev(20, 2),
        T::Ev(21, 2),
        buffer_damage(3, 3 * B, "32 trailing bytes are too few for a buffer header (file truncated?)"),
    ];
    let (items, counts) = file_order(&bytes);
    assert_eq!(trace(&items), expected);
    assert_eq!((counts.buffers, counts.damaged_buffers), (4, 1));
    // Timestamp order finds the same damage (reported before the events, when the buffers are indexed).
    let (items, _) = time_order(&[bytes]);
    let t = trace(&items);
    assert_eq!(t[0], expected[4]);
    assert_eq!(&t[1..], &expected[..4]);
}

/// A reader whose bytes at or after `fail_at` cannot be read.
struct FailingReader {
    inner: Cursor<Vec<u8>>,
    fail_at: u64,
}

impl Read for FailingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let pos = self.inner.position();
        if buf.is_empty() {
            return Ok(0);
        }
        if pos >= self.fail_at {
            return Err(io::Error::other("disk gone"));
        }
        let n = buf.len().min((self.fail_at - pos) as usize);
        self.inner.read(&mut buf[..n])
    }
}

impl Seek for FailingReader {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.inner.seek(to)
    }
}

fn failing(bytes: Vec<u8>, fail_at: u64) -> Vec<T> {
    let mut r = EtlReader::new(FailingReader { inner: Cursor::new(bytes), fail_at }).unwrap();
    let mut out = Vec::new();
    while let Some(item) = r.next_event() {
        out.push(match item {
            Ok(e) if e.location().buffer == 0 => continue,
            Ok(e) => T::Ev(e.id(), e.location().buffer),
            Err(d) => T::D(d),
        });
    }
    out
}

#[test]
fn read_errors_stop_the_walk_with_io_damage() {
    let bytes = EtlBuilder::new().buffer(good(1)).buffer(good(2)).buffer(good(3)).build();
    // The header of buffer 2 cannot be read: the walk ends there.
    assert_eq!(
        failing(bytes.clone(), 2 * B + 0x10),
        [T::Ev(10, 1), T::Ev(11, 1), dmg(DamageScope::Io, 2, 2 * B, None, "disk gone")]
    );
    // Its header reads but its records do not: the buffer is lost, and the next header read fails too.
    assert_eq!(
        failing(bytes, 2 * B + 0x50),
        [
            T::Ev(10, 1),
            T::Ev(11, 1),
            dmg(DamageScope::Io, 2, 2 * B, None, "disk gone"),
            dmg(DamageScope::Io, 3, 3 * B, None, "disk gone"),
        ]
    );
}

#[test]
fn time_order_reports_the_same_damage_and_events_as_file_order() {
    let bytes = EtlBuilder::new()
        .buffer(good(1))
        .buffer(good(2).buffer_size_field(16))
        .buffer(BufferBuilder::new().processor(1).record(ev(30)).record(Raw(vec![1, 2])))
        .buffer(good(4).filled_bytes_field(0x3000))
        .buffer(good(5).compressed().filled_bytes_field(0x400))
        .buffer(BufferBuilder::new().processor(2).record(ev(60)).record(ev(61).size_field(0x30)))
        .buffer(good(7))
        .build();
    let (fo, fc) = file_order(&bytes);
    let (to, tc) = time_order(&[bytes]);
    let key = |d: &Damage| (d.buffer, d.record_offset, d.reason.clone());
    let mut fd: Vec<_> = damages(&fo).iter().map(key).collect();
    let mut td: Vec<_> = damages(&to).iter().map(key).collect();
    fd.sort();
    td.sort();
    assert_eq!(fd.len(), 6, "{fd:?}");
    assert_eq!(fd, td);
    let mut fe: Vec<_> = events(&fo).iter().map(|e| (e.place(), e.header.descriptor.id)).collect();
    let te: Vec<_> = events(&to).iter().map(|e| (e.place(), e.header.descriptor.id)).collect();
    assert_eq!(fe.len(), 1 + 2 + 1 + 2 + 2 + 1 + 2);
    // All timestamps here grow in file order, so time order is file order.
    assert_eq!(fe, te);
    fe.dedup();
    assert_eq!(fe.len(), te.len());
    assert_eq!((fc.records, fc.damaged_records), (tc.records, tc.damaged_records));
}
