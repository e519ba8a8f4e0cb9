//! Synthetic files built with `etw_testkit::build`: every header kind with every field, the 32- and 64-bit logfile
//! headers, the clock types, processor numbers and indexes, and compressed buffers.
//!
//! Damage is tested in `synthetic_damage.rs`, timestamp order in `synthetic_order.rs`, files larger than memory in
//! `synthetic_huge.rs` and the LZXpress round trip in `synthetic_lzxpress.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod synthetic_support;

use etw_core::{
    BufferFlags, Channel, ClockType, CpuTime, EventDescriptor, EventHeader, EventHeaderFlags, EventProperty, ExtType,
    ExtendedData, ExtendedItem, FileTime, Guid, HeaderKind, HookId, InstanceFields, KernelGroup, Level, Location,
    MessageFields, Opcode,
};
use etw_etl::{EtlReader, LogfileHeader, SystemTime, TimeZone};
use etw_testkit::build::{
    sid_bytes, BufferBuilder, ClassicRecord, EtlBuilder, EventRecord, ExtItem, KernelRecord, LogfileSpec,
    MessageRecord, OpaqueRecord, Record, TimeZoneInfo, TimedRecord, WnodeRecord,
};
use synthetic_support::{events, file_order, reader, Ev, Item};

/// Defaults of `LogfileSpec`: raw clock at session start, session start, 10 MHz QPC (one tick = 100 ns).
const R0: i64 = 5_000_000;
const START: i64 = 133_500_000_000_000_000;

const PROVIDER: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
const CLASS: Guid = Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c");
const PARENT: Guid = Guid::parse_const("9e814aad-3204-11d2-9a82-006008a86939");
const ACTIVITY: Guid = Guid::parse_const("01020304-0506-0708-090a-0b0c0d0e0f10");
const RELATED: Guid = Guid::parse_const("a0a1a2a3-a4a5-a6a7-a8a9-aaabacadaeaf");
const MSG_GUID: Guid = Guid::parse_const("b0b1b2b3-b4b5-b6b7-b8b9-babbbcbdbebf");

fn ts(i: i64) -> i64 {
    R0 + 1_000 * i
}

/// The header every record of buffer 1 (processor 3) shares; each case overrides what its kind sets.
fn base(kind: HeaderKind, ptr: u8) -> EventHeader {
    EventHeader {
        kind,
        marker_flags: 0xC0,
        processor: 3,
        process_id: u32::MAX,
        thread_id: u32::MAX,
        pointer_size: ptr,
        ..EventHeader::default()
    }
}

fn width(ptr: u8) -> EventHeaderFlags {
    if ptr == 4 {
        EventHeaderFlags::HEADER_32_BIT
    } else {
        EventHeaderFlags::HEADER_64_BIT
    }
}

fn all_ext_items() -> Vec<ExtItem> {
    vec![
        ExtItem::related_activity_id(RELATED),
        ExtItem::sid(sid_bytes(5, &[21, 1, 2, 3, 1001])),
        ExtItem::ts_id(7),
        ExtItem::instance_info(11, 12, PARENT),
        ExtItem::stack_trace32(0x55, &[0x1000, 0x2000, 0x3000]),
        ExtItem::stack_trace64(0x66, &[0xFFFF_F800_0000_1000, 0x7FF6_0000_2000]),
        ExtItem::pebs_index(0x77),
        ExtItem::pmc_counters(&[1, 2, 3]),
        ExtItem::psm_key(0x88),
        ExtItem::event_key(0x1234_5678_9ABC_DEF0),
        ExtItem::tracelogging_schema(vec![0x20, 0x00, 0x00, b'E', b'v', 0]),
        ExtItem::provider_traits("My.Provider", &[(1, &PARENT.to_le_bytes())]),
        ExtItem::process_start_key(0x0100_0000_0000_0042),
        ExtItem::control_guid(CLASS),
        ExtItem::qpc_delta(0x99),
        ExtItem::container_id(MSG_GUID),
        ExtItem::stack_key32(0xAA, 0xBB),
        ExtItem::stack_key64(0xCC, 0xDD),
        ExtItem::unknown(0x7777, vec![1, 2, 3]),
    ]
}

/// Checks each item read back through `ExtendedItem::parse`.
fn check_ext_items(ev: &Ev) {
    let kinds: Vec<ExtType> = ev.ext.iter().map(|(k, _)| *k).collect();
    let expected: Vec<ExtType> = all_ext_items().iter().map(ExtItem::kind).collect();
    assert_eq!(kinds, expected);
    let parsed: Vec<ExtendedData<'_>> = ev.ext.iter().map(|(k, d)| ExtendedItem::new(*k, d).parse()).collect();
    assert_eq!(parsed[0], ExtendedData::RelatedActivityId(RELATED));
    match parsed[1] {
        ExtendedData::Sid(s) => assert_eq!(s.to_string(), "S-1-5-21-1-2-3-1001"),
        other => panic!("{other:?}"),
    }
    assert_eq!(parsed[2], ExtendedData::TerminalSessionId(7));
    assert_eq!(parsed[3], ExtendedData::InstanceInfo { instance_id: 11, parent_instance_id: 12, parent_guid: PARENT });
    match parsed[4] {
        ExtendedData::StackTrace32 { match_id, frames } => {
            assert_eq!(match_id, 0x55);
            assert_eq!(frames.iter().collect::<Vec<_>>(), [0x1000, 0x2000, 0x3000]);
        }
        other => panic!("{other:?}"),
    }
    match parsed[5] {
        ExtendedData::StackTrace64 { match_id, frames } => {
            assert_eq!(match_id, 0x66);
            assert_eq!(frames.iter().collect::<Vec<_>>(), [0xFFFF_F800_0000_1000, 0x7FF6_0000_2000]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(parsed[6], ExtendedData::PebsIndex(0x77));
    match parsed[7] {
        ExtendedData::PmcCounters(c) => assert_eq!(c.iter().collect::<Vec<_>>(), [1, 2, 3]),
        other => panic!("{other:?}"),
    }
    assert_eq!(parsed[8], ExtendedData::PsmKey(0x88));
    assert_eq!(parsed[9], ExtendedData::EventKey(0x1234_5678_9ABC_DEF0));
    assert_eq!(parsed[10], ExtendedData::TraceLoggingSchema(&[0x20, 0x00, 0x00, b'E', b'v', 0]));
    match parsed[11] {
        ExtendedData::ProviderTraits(t) => {
            assert_eq!(t.name(), "My.Provider");
            assert_eq!(t.group(), Some(PARENT));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(parsed[12], ExtendedData::ProcessStartKey(0x0100_0000_0000_0042));
    assert_eq!(parsed[13], ExtendedData::ControlGuid(CLASS));
    assert_eq!(parsed[14], ExtendedData::QpcDelta(0x99));
    assert_eq!(parsed[15], ExtendedData::ContainerId(MSG_GUID));
    assert_eq!(parsed[16], ExtendedData::StackKey32 { match_id: 0xAA, stack_key: 0xBB });
    assert_eq!(parsed[17], ExtendedData::StackKey64 { match_id: 0xCC, stack_key: 0xDD });
    assert_eq!(parsed[18], ExtendedData::Unknown { kind: ExtType(0x7777), data: &[1, 2, 3] });
}

/// One record of every kind: the record, the header it must read as (location filled in later), its payload.
fn every_kind() -> Vec<(Box<dyn Record>, EventHeader, Vec<u8>)> {
    let hook = HookId::new(KernelGroup::PROCESS, 1);
    let mut cases: Vec<(Box<dyn Record>, EventHeader, Vec<u8>)> = Vec::new();
    // Kernel headers: SYSTEM and COMPACT have thread, process (and SYSTEM CPU times); PERFINFO has neither.
    for (i, kind) in [HeaderKind::SYSTEM32, HeaderKind::SYSTEM64, HeaderKind::COMPACT32, HeaderKind::COMPACT64]
        .into_iter()
        .enumerate()
    {
        let i = i as i64;
        let ptr = kind.pointer_size().unwrap();
        let payload = vec![0x10 + i as u8; 3 + i as usize];
        let rec = KernelRecord::new(kind, hook)
            .version(3)
            .thread_id(100 + i as u32)
            .process_id(200 + i as u32)
            .timestamp(ts(i))
            .cpu_times(300, 400)
            .payload(payload.clone());
        let system = matches!(kind, HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64);
        let h = EventHeader {
            flags: if system { width(ptr) } else { width(ptr) | EventHeaderFlags::NO_CPUTIME },
            descriptor: EventDescriptor { opcode: Opcode(1), version: 3, ..EventDescriptor::default() },
            hook: Some(hook),
            thread_id: 100 + i as u32,
            process_id: 200 + i as u32,
            timestamp: ts(i),
            cpu_time: if system { CpuTime::KernelUser { kernel: 300, user: 400 } } else { CpuTime::None },
            ..base(kind, ptr)
        };
        cases.push((Box::new(rec), h, payload));
    }
    // Classic headers.
    for (i, kind) in [HeaderKind::FULL_HEADER32, HeaderKind::INSTANCE32].into_iter().enumerate() {
        let i = 4 + i as i64;
        let ptr = 4;
        let payload = b"classic payload".to_vec();
        let rec = ClassicRecord::new(kind, CLASS)
            .event_type(Opcode::DC_START)
            .level(Level::INFORMATION)
            .version(2)
            .thread_id(1_000)
            .process_id(2_000)
            .timestamp(ts(i))
            .cpu_times(5, 6)
            .instance(77, 66, PARENT)
            .payload(payload.clone());
        let instance = (kind == HeaderKind::INSTANCE32).then_some(InstanceFields {
            instance_id: 77,
            parent_instance_id: 66,
            parent_guid: PARENT,
        });
        let h = EventHeader {
            flags: width(ptr) | EventHeaderFlags::CLASSIC_HEADER,
            provider_id: CLASS,
            descriptor: EventDescriptor {
                opcode: Opcode::DC_START,
                level: Level::INFORMATION,
                version: 2,
                ..EventDescriptor::default()
            },
            thread_id: 1_000,
            process_id: 2_000,
            timestamp: ts(i),
            cpu_time: CpuTime::KernelUser { kernel: 5, user: 6 },
            instance,
            ..base(kind, ptr)
        };
        cases.push((Box::new(rec), h, payload));
    }
    // TIMED: event id (32 bits on disk; one that does not fit the descriptor's 16 is damage, see record.rs) and
    // timestamp; pointer size from the logfile header.
    cases.push((
        Box::new(TimedRecord::new(0xFF42).timestamp(ts(6)).payload(vec![0xEE; 2])),
        EventHeader {
            descriptor: EventDescriptor { id: 0xFF42, ..EventDescriptor::default() },
            timestamp: ts(6),
            ..base(HeaderKind::TIMED, 8)
        },
        vec![0xEE; 2],
    ));
    // ERROR: no timestamp (the previous record's), everything after the marker is payload.
    cases.push((
        Box::new(OpaqueRecord::error().payload(vec![1, 2, 3, 4, 5])),
        EventHeader { timestamp: ts(6), ..base(HeaderKind::ERROR, 8) },
        vec![1, 2, 3, 4, 5],
    ));
    // WNODE_HEADER: GUID and timestamp.
    cases.push((
        Box::new(
            WnodeRecord::new(CLASS)
                .provider_id(9)
                .historical_context(10)
                .timestamp(ts(8))
                .client_context(1)
                .flags(0x0002_0000)
                .payload(vec![0xAB; 8]),
        ),
        EventHeader {
            flags: EventHeaderFlags::HEADER_64_BIT | EventHeaderFlags::CLASSIC_HEADER,
            provider_id: CLASS,
            timestamp: ts(8),
            ..base(HeaderKind::WNODE_HEADER, 8)
        },
        vec![0xAB; 8],
    ));
    // MESSAGE with every optional field.
    cases.push((
        Box::new(
            MessageRecord::new(42)
                .sequence(0xDEAD)
                .guid(MSG_GUID)
                .timestamp(ts(9))
                .system_info(31, 32)
                .payload(b"wpp args".to_vec()),
        ),
        EventHeader {
            marker_flags: 0x90,
            flags: EventHeaderFlags::HEADER_64_BIT | EventHeaderFlags::TRACE_MESSAGE,
            provider_id: MSG_GUID,
            descriptor: EventDescriptor { id: 42, ..EventDescriptor::default() },
            thread_id: 31,
            process_id: 32,
            timestamp: ts(9),
            message: Some(MessageFields { number: 42, options: 0x2B, sequence: Some(0xDEAD), component_id: None }),
            ..base(HeaderKind::MESSAGE, 8)
        },
        b"wpp args".to_vec(),
    ));
    // PERFINFO: hook and timestamp only.
    for (i, kind) in [HeaderKind::PERFINFO32, HeaderKind::PERFINFO64].into_iter().enumerate() {
        let i = 10 + i as i64;
        let ptr = kind.pointer_size().unwrap();
        let hook = HookId::new(KernelGroup::PERFINFO, 0x2E);
        let rec = KernelRecord::new(kind, hook).version(2).timestamp(ts(i)).payload(vec![0x5A; 16]);
        let h = EventHeader {
            flags: width(ptr) | EventHeaderFlags::NO_CPUTIME,
            descriptor: EventDescriptor { opcode: Opcode(0x2E), version: 2, ..EventDescriptor::default() },
            hook: Some(hook),
            timestamp: ts(i),
            ..base(kind, ptr)
        };
        cases.push((Box::new(rec), h, vec![0x5A; 16]));
    }
    // EVENT_HEADER: every field; the 64-bit one carries every extended item type.
    for (i, kind) in [HeaderKind::EVENT_HEADER32, HeaderKind::EVENT_HEADER64].into_iter().enumerate() {
        let i = 12 + i as i64;
        let ptr = kind.pointer_size().unwrap();
        let mut rec = EventRecord::new(kind, PROVIDER)
            .event_property(EventProperty::RELOGGABLE)
            .thread_id(0x111)
            .process_id(0x222)
            .timestamp(ts(i))
            .id(0x1234)
            .version(5)
            .channel(Channel::TRACELOGGING)
            .level(Level::VERBOSE)
            .opcode(Opcode::STOP)
            .task(0x4321)
            .keywords(0x8000_0000_0000_0010)
            .cpu_times(7, 8)
            .activity_id(ACTIVITY)
            .payload(b"event payload".to_vec());
        let mut flags = width(ptr);
        if kind == HeaderKind::EVENT_HEADER64 {
            for item in all_ext_items() {
                rec = rec.ext(item);
            }
            flags = flags | EventHeaderFlags::EXTENDED_INFO;
        }
        let h = EventHeader {
            flags,
            event_property: EventProperty::RELOGGABLE,
            provider_id: PROVIDER,
            descriptor: EventDescriptor {
                id: 0x1234,
                version: 5,
                channel: Channel::TRACELOGGING,
                level: Level::VERBOSE,
                opcode: Opcode::STOP,
                task: 0x4321,
                keywords: 0x8000_0000_0000_0010,
            },
            thread_id: 0x111,
            process_id: 0x222,
            timestamp: ts(i),
            cpu_time: CpuTime::KernelUser { kernel: 7, user: 8 },
            activity_id: ACTIVITY,
            ..base(kind, ptr)
        };
        cases.push((Box::new(rec), h, b"event payload".to_vec()));
    }
    for (i, kind) in [HeaderKind::FULL_HEADER64, HeaderKind::INSTANCE64].into_iter().enumerate() {
        let i = 14 + i as i64;
        let rec = ClassicRecord::new(kind, CLASS)
            .event_type(11)
            .level(2)
            .version(1)
            .thread_id(3)
            .process_id(4)
            .timestamp(ts(i))
            .cpu_times(0, 9)
            .instance(1, 2, PARENT)
            .payload(vec![]);
        let h = EventHeader {
            flags: EventHeaderFlags::HEADER_64_BIT | EventHeaderFlags::CLASSIC_HEADER,
            provider_id: CLASS,
            descriptor: EventDescriptor {
                opcode: Opcode(11),
                level: Level(2),
                version: 1,
                ..EventDescriptor::default()
            },
            thread_id: 3,
            process_id: 4,
            timestamp: ts(i),
            cpu_time: CpuTime::KernelUser { kernel: 0, user: 9 },
            instance: (kind == HeaderKind::INSTANCE64).then_some(InstanceFields {
                instance_id: 1,
                parent_instance_id: 2,
                parent_guid: PARENT,
            }),
            ..base(kind, 8)
        };
        cases.push((Box::new(rec), h, vec![]));
    }
    // A kind nobody knows: kept, with everything after the marker as payload and the previous timestamp.
    cases.push((
        Box::new(OpaqueRecord::unknown(0x1F).payload(vec![0xC3; 12])),
        EventHeader { timestamp: ts(15), ..base(HeaderKind(0x1F), 8) },
        vec![0xC3; 12],
    ));
    cases
}

#[test]
fn every_header_kind_reads_with_every_field() {
    let cases = every_kind();
    let kinds: Vec<u8> = cases.iter().map(|(_, h, _)| h.kind.0).collect();
    let mut known: Vec<u8> = HeaderKind::ALL.iter().map(|k| k.0).collect();
    known.push(0x1F);
    let (mut a, mut b) = (kinds.clone(), known);
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b, "every TRACE_HEADER_TYPE and one unknown kind");

    let buffer = cases.iter().fold(BufferBuilder::new().processor(3), |b, (r, _, _)| b.record(r));
    let img = EtlBuilder::new().buffer(buffer).build_image();
    let (items, counts) = file_order(&img.bytes);
    let evs = events(&items);
    assert_eq!(evs.len(), items.len(), "no damage: {items:?}");
    assert_eq!(evs.len(), 1 + cases.len());
    assert_eq!(counts.records, 1 + cases.len() as u64);
    assert_eq!(counts.buffers, 2);
    assert_eq!(img.buffers[1].offset, 0x2000);
    for (i, ((_, expected, payload), ev)) in cases.iter().zip(&evs[1..]).enumerate() {
        let location = Location {
            file: 0,
            buffer: 1,
            buffer_offset: 0x2000,
            record_offset: img.buffers[1].record_offsets[i],
            record: 0,
        };
        assert_eq!(ev.header, EventHeader { location, ..*expected }, "case {i} ({})", expected.kind);
        assert_eq!(&ev.payload, payload, "case {i} ({})", expected.kind);
        // QPC at 10 MHz: one raw tick is 100 ns, the reference is (R0, START).
        assert_eq!(ev.utc, FileTime(START + expected.timestamp - R0), "case {i}");
        if expected.kind == HeaderKind::EVENT_HEADER64 {
            assert_eq!(ev.related, Some(RELATED));
            check_ext_items(ev);
        } else {
            assert!(ev.ext.is_empty() && ev.related.is_none(), "case {i}");
        }
    }
    // The records sit back to back, each 8-aligned, right after the 0x48-byte buffer header.
    let offs = &img.buffers[1].record_offsets;
    assert_eq!(offs[0], 0x48);
    assert_eq!(offs[1], 0x48 + 0x28, "SYSTEM32 of 0x23 bytes takes 0x28");
}

#[test]
fn event_header_cpu_time_forms() {
    let rec = |flags: EventHeaderFlags| {
        EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER).flags(flags).processor_time(0x0000_0009_0000_0004)
    };
    let bytes = EtlBuilder::new()
        .buffer(
            BufferBuilder::new()
                .record(rec(EventHeaderFlags::HEADER_64_BIT))
                .record(rec(EventHeaderFlags::PRIVATE_SESSION))
                .record(rec(EventHeaderFlags::NO_CPUTIME))
                .record(rec(EventHeaderFlags::HEADER_64_BIT).related_activity_id(RELATED).extended_info_flag(false)),
        )
        .build();
    let evs = events(&file_order(&bytes).0);
    assert_eq!(evs[1].header.cpu_time, CpuTime::KernelUser { kernel: 4, user: 9 });
    assert_eq!(evs[2].header.cpu_time, CpuTime::Processor(0x0000_0009_0000_0004));
    assert_eq!(evs[3].header.cpu_time, CpuTime::None);
    // Without EXTENDED_INFO the item bytes are payload, not items.
    assert_eq!(evs[4].related, None);
    assert_eq!(evs[4].payload.len(), 0x18);
    assert_eq!(&evs[4].payload[..4], &[0x18, 0, 1, 0]);
}

#[test]
fn legacy_markers_and_message_forms() {
    let bytes = EtlBuilder::new()
        .buffer(
            BufferBuilder::new()
                .record(TimedRecord::new(3).timestamp(ts(1)).marker_flags(0xB0).kind_byte(0))
                .record(OpaqueRecord::error().marker_flags(0xA0).kind_byte(0).payload(vec![7; 4]))
                .record(MessageRecord::new(1).marker_flags(0xC0).component_id(0x55).payload(vec![1]))
                .record(MessageRecord::new(2).kind_byte(0).sequence(9).timestamp(ts(2)))
                .record(MessageRecord::new(3).extra_options(0x10).system_info(1, 2)),
        )
        .build();
    let evs = events(&file_order(&bytes).0);
    let h: Vec<&EventHeader> = evs[1..].iter().map(|e| &e.header).collect();
    assert_eq!((h[0].kind, h[0].marker_flags, h[0].descriptor.id, h[0].timestamp), (HeaderKind::TIMED, 0xB0, 3, ts(1)));
    assert_eq!((h[1].kind, h[1].marker_flags, h[1].timestamp), (HeaderKind::ERROR, 0xA0, ts(1)));
    assert_eq!(evs[2].payload, [7; 4]);
    assert_eq!((h[2].kind, h[2].marker_flags, h[2].timestamp), (HeaderKind::MESSAGE, 0xC0, ts(1)));
    assert_eq!(
        h[2].message,
        Some(MessageFields { number: 1, options: 0x04, sequence: None, component_id: Some(0x55) })
    );
    assert_eq!((h[2].provider_id, h[2].process_id, h[2].thread_id), (Guid::ZERO, u32::MAX, u32::MAX));
    assert_eq!(evs[3].payload, [1]);
    assert_eq!((h[3].kind, h[3].marker_flags, h[3].timestamp), (HeaderKind::MESSAGE, 0x90, ts(2)));
    assert_eq!(h[3].message.unwrap().sequence, Some(9));
    assert_eq!(h[4].message.unwrap().options, 0x30);
    assert_eq!((h[4].thread_id, h[4].process_id, h[4].timestamp), (1, 2, ts(2)));
}

#[test]
fn x86_file_gives_4_byte_pointers_to_kinds_that_do_not_say() {
    let bytes = EtlBuilder::new()
        .x86()
        .buffer(
            BufferBuilder::new()
                .record(TimedRecord::new(1).timestamp(ts(1)))
                .record(OpaqueRecord::error())
                .record(WnodeRecord::new(CLASS).timestamp(ts(2)))
                .record(MessageRecord::new(1).timestamp(ts(3)))
                .record(OpaqueRecord::unknown(0x30))
                .record(KernelRecord::system64(HookId(0x0501)).timestamp(ts(4)))
                .record(EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER).timestamp(ts(5))),
        )
        .build();
    let evs = events(&file_order(&bytes).0);
    assert_eq!(evs[0].header.kind, HeaderKind::SYSTEM32);
    assert_eq!(evs[0].header.pointer_size, 4);
    let ptrs: Vec<u8> = evs[1..].iter().map(|e| e.header.pointer_size).collect();
    assert_eq!(ptrs, [4, 4, 4, 4, 4, 8, 8]);
    assert_eq!(evs[3].header.flags, EventHeaderFlags::HEADER_32_BIT | EventHeaderFlags::CLASSIC_HEADER);
    assert_eq!(evs[4].header.flags, EventHeaderFlags::HEADER_32_BIT | EventHeaderFlags::TRACE_MESSAGE);
}

#[test]
fn processor_number_and_index_come_from_the_buffer() {
    let rec = |t| EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER).timestamp(t);
    let img = EtlBuilder::new()
        .buffer(BufferBuilder::new().processor(0xFE).alignment(0x77).record(rec(ts(1))))
        .buffer(BufferBuilder::new().processor_index(0x1234).logger_id(0x22).record(rec(ts(2))).record(rec(ts(3))))
        .buffer(BufferBuilder::new().processor(7).record(KernelRecord::perfinfo64(HookId(0x0f2e)).timestamp(ts(4))))
        .build_image();
    let mut r = reader(&img.bytes);
    let mut seen = Vec::new();
    while let Some(loc) = r.next_buffer() {
        let loc = loc.unwrap();
        let flags = loc.header.flags;
        while let Some(ev) = r.next_record() {
            let ev = ev.unwrap();
            seen.push((loc.index, loc.offset, flags.contains(BufferFlags::PROC_INDEX), ev.processor()));
        }
    }
    assert_eq!(
        seen,
        [
            (0, 0, false, 0),
            (1, 0x2000, false, 0xFE),
            (2, 0x4000, true, 0x1234),
            (2, 0x4000, true, 0x1234),
            (3, 0x6000, false, 7),
        ]
    );
}

fn full_spec(h: &mut LogfileSpec) {
    h.record_version = 2;
    h.record_timestamp = 123_456_789;
    h.record_thread_id = 0x1111;
    h.record_process_id = 0x2222;
    h.buffer_size = 0x4000;
    h.version = 0x0502_0106;
    h.provider_version = 7601;
    h.number_of_processors = 12;
    h.end_time = 129_846_116_328_135_944;
    h.timer_resolution = 156_001;
    h.maximum_file_size = 250;
    h.log_file_mode = 0x0400_0001;
    h.buffers_written = Some(77);
    h.start_buffers = 3;
    h.pointer_size = Some(8);
    h.events_lost = 5;
    h.cpu_speed_mhz = 3_401;
    h.logger_name_ptr = 0x1122_3344_5566_7788;
    h.log_file_name_ptr = 0x99AA_BBCC_DDEE_FF00;
    h.time_zone = TimeZoneInfo {
        bias: 300,
        standard_name: "Eastern Standard Time".into(),
        standard_date: [0, 11, 0, 1, 2, 0, 0, 0],
        standard_bias: 0,
        // 40 characters: only the first 32 fit the field.
        daylight_name: "Eastern Daylight Time, and then some more".into(),
        daylight_date: [2024, 3, 0, 10, 2, 30, 15, 500],
        daylight_bias: -60,
    };
    h.boot_time = 129_846_000_000_000_000;
    h.perf_freq = 2_533_200;
    h.start_time = 129_846_100_000_000_000;
    h.reserved_flags = 1;
    h.buffers_lost = 9;
    h.logger_name = "NT Kernel Logger".into();
    h.log_file_name = "C:\\Windows\\Temp\\kernel.etl".into();
}

fn expected_header(kind: HeaderKind) -> LogfileHeader {
    let x86 = kind == HeaderKind::SYSTEM32;
    LogfileHeader {
        header_kind: kind,
        record_version: 2,
        record_timestamp: 123_456_789,
        record_process_id: 0x2222,
        record_thread_id: 0x1111,
        buffer_size: 0x4000,
        version: 0x0502_0106,
        provider_version: 7601,
        number_of_processors: 12,
        end_time: 129_846_116_328_135_944,
        timer_resolution: 156_001,
        maximum_file_size: 250,
        log_file_mode: 0x0400_0001,
        buffers_written: 77,
        start_buffers: 3,
        pointer_size: 8,
        events_lost: 5,
        cpu_speed_mhz: 3_401,
        logger_name_ptr: if x86 { 0x5566_7788 } else { 0x1122_3344_5566_7788 },
        log_file_name_ptr: if x86 { 0xDDEE_FF00 } else { 0x99AA_BBCC_DDEE_FF00 },
        time_zone: TimeZone {
            bias: 300,
            standard_name: "Eastern Standard Time".into(),
            standard_date: SystemTime { month: 11, day: 1, hour: 2, ..SystemTime::default() },
            standard_bias: 0,
            daylight_name: "Eastern Daylight Time, and then ".into(),
            daylight_date: SystemTime {
                year: 2024,
                month: 3,
                day_of_week: 0,
                day: 10,
                hour: 2,
                minute: 30,
                second: 15,
                milliseconds: 500,
            },
            daylight_bias: -60,
        },
        boot_time: 129_846_000_000_000_000,
        perf_freq: 2_533_200,
        start_time: 129_846_100_000_000_000,
        reserved_flags: 1,
        buffers_lost: 9,
        logger_name: "NT Kernel Logger".into(),
        log_file_name: "C:\\Windows\\Temp\\kernel.etl".into(),
    }
}

#[test]
fn logfile_header_64_bit_every_field() {
    let bytes = EtlBuilder::new()
        .logfile(full_spec)
        .buffer(BufferBuilder::new().record(KernelRecord::system64(HookId(0x0301)).timestamp(123_456_789 + 2_533_200)))
        .build();
    assert_eq!(bytes.len(), 2 * 0x4000, "buffers take the session's buffer size");
    let r = reader(&bytes);
    let h = r.logfile_header();
    assert_eq!(*h, expected_header(HeaderKind::SYSTEM64));
    assert_eq!((h.os_major(), h.os_minor(), h.os_sub_version(), h.os_sub_minor()), (6, 1, 2, 5));
    assert_eq!(h.clock_type(), ClockType::QPC);
    assert_eq!(h.start_time_utc(), FileTime(129_846_100_000_000_000));
    assert_eq!(h.end_time_utc().to_string(), "2012-06-19T20:33:52.8135944Z");
    assert_eq!(h.default_pointer_size(), 8);
    let (items, _) = file_order(&bytes);
    let evs = events(&items);
    // The header record itself is the first event; one second of QPC later is one second of UTC later.
    assert_eq!(evs[0].header.kind, HeaderKind::SYSTEM64);
    assert_eq!(evs[0].header.hook, Some(HookId(0)));
    assert_eq!(evs[0].utc, FileTime(129_846_100_000_000_000));
    assert_eq!(evs[0].payload.len(), 0x118 + 2 * 17 + 2 * 27);
    assert_eq!(evs[1].utc, FileTime(129_846_100_000_000_000 + 10_000_000));
}

#[test]
fn logfile_header_32_bit_every_field() {
    let bytes = EtlBuilder::new()
        .x86()
        .logfile(full_spec)
        .buffer(BufferBuilder::new().record(KernelRecord::system32(HookId(0x0301)).timestamp(123_456_789)))
        .build();
    let r = reader(&bytes);
    assert_eq!(*r.logfile_header(), expected_header(HeaderKind::SYSTEM32));
    assert_eq!(r.logfile_header().default_pointer_size(), 4);
    let evs = events(&file_order(&bytes).0);
    assert_eq!(evs[0].payload.len(), 0x110 + 2 * 17 + 2 * 27);
    assert_eq!(evs.len(), 2);
}

/// A file whose clock is `clock` with the reference (1_000_000 raw, START UTC), with one event per raw time.
fn clock_file(clock: u32, perf_freq: i64, cpu_mhz: u32, raws: &[i64]) -> Vec<Ev> {
    let buffer =
        raws.iter().fold(BufferBuilder::new(), |b, t| b.record(KernelRecord::perfinfo64(HookId(1)).timestamp(*t)));
    let bytes = EtlBuilder::new()
        .logfile(|h| {
            h.reserved_flags = clock;
            h.perf_freq = perf_freq;
            h.cpu_speed_mhz = cpu_mhz;
            h.record_timestamp = 1_000_000;
            h.start_time = START;
        })
        .buffer(buffer)
        .build();
    let evs = events(&file_order(&bytes).0);
    assert_eq!(evs.len(), 1 + raws.len());
    evs[1..].to_vec()
}

fn utcs(evs: &[Ev]) -> Vec<i64> {
    evs.iter().map(|e| e.utc.0 - START).collect()
}

#[test]
fn qpc_clock_converts_from_the_header_reference() {
    // The ACPI PM timer frequency: one tick is 2.79 units of 100 ns; times before the reference round down.
    let evs =
        clock_file(1, 3_579_545, 0, &[1_000_000, 1_000_001, 999_999, 1_000_000 + 3_579_545, 1_000_000 + 7 * 3_579_545]);
    assert_eq!(utcs(&evs), [0, 2, -3, 10_000_000, 70_000_000]);
    // Clock type 0 is QPC too.
    let evs = clock_file(0, 3_579_545, 0, &[1_000_000 + 3_579_545]);
    assert_eq!(utcs(&evs), [10_000_000]);
}

#[test]
fn system_time_and_cpu_cycle_clocks() {
    let evs = clock_file(2, 3_579_545, 3_000, &[START + 5, 7]);
    assert_eq!(evs.iter().map(|e| e.utc.0).collect::<Vec<_>>(), [START + 5, 7], "system time is already UTC");
    // 3000 MHz: 300 cycles are 100 ns.
    let evs = clock_file(3, 10_000_000, 3_000, &[1_000_000 + 299, 1_000_000 + 300, 1_000_000 + 3_000_000_000]);
    assert_eq!(utcs(&evs), [0, 1, 10_000_000]);
    let r = reader(&EtlBuilder::new().logfile(|h| h.reserved_flags = 3).build());
    assert_eq!(r.clock().kind(), ClockType::CPU_CYCLE);
    assert_eq!(r.clock().ticks_per_second(), 2_995_000_000);
}

/// Records that compress well and badly, spread over three buffers of two processors.
fn mixed_buffers() -> Vec<BufferBuilder> {
    let mut seed = 0x1234_5678u32;
    let mut noise = |n: usize| {
        (0..n)
            .map(|_| {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (seed >> 24) as u8
            })
            .collect::<Vec<u8>>()
    };
    let mut out = Vec::new();
    for b in 0..3u8 {
        let mut buf = BufferBuilder::new().processor(b % 2);
        for i in 0..40i64 {
            let t = ts(i64::from(b) * 100 + i);
            let payload = match i % 4 {
                0 => vec![0; 200],
                1 => noise(300),
                2 => b"the quick brown fox jumps over the lazy dog ".repeat(10),
                _ => noise(7),
            };
            let rec: Box<dyn Record> = match i % 3 {
                0 => Box::new(
                    EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER)
                        .timestamp(t)
                        .ext(ExtItem::ts_id(1))
                        .payload(payload),
                ),
                1 => Box::new(KernelRecord::system64(HookId(0x0502)).timestamp(t).thread_id(i as u32).payload(payload)),
                _ => Box::new(ClassicRecord::new(HeaderKind::FULL_HEADER64, CLASS).timestamp(t).payload(payload)),
            };
            buf = buf.record(rec);
        }
        out.push(buf);
    }
    out
}

#[test]
fn compressed_buffers_read_like_uncompressed_ones() {
    let plain = EtlBuilder::new().buffer_size(0x4000).buffers(mixed_buffers()).build();
    let packed_img = EtlBuilder::new()
        .buffer_size(0x4000)
        .buffers(mixed_buffers().into_iter().map(BufferBuilder::compressed))
        .build_image();
    let packed = &packed_img.bytes;
    assert!(packed.len() < plain.len() * 3 / 4, "{} vs {}", packed.len(), plain.len());
    let (a, ca) = file_order(&plain);
    let (b, cb) = file_order(packed);
    assert_eq!((ca.compressed_buffers, cb.compressed_buffers), (0, 3));
    assert_eq!((ca.damaged_buffers, cb.damaged_buffers, ca.records, cb.records), (0, 0, 121, 121));
    let (a, b) = (events(&a), events(&b));
    assert_eq!(a.len(), 121);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        let buffer = y.header.location.buffer as usize;
        assert_eq!(y.header.location.buffer_offset, packed_img.buffers[buffer].offset, "record {i}");
        let mut y = y.clone();
        y.header.location.buffer_offset = x.header.location.buffer_offset;
        assert_eq!(*x, y, "record {i}");
    }
    // Timestamp order reads compressed buffers the same way too.
    let ta = events(&synthetic_support::time_order(&[plain]).0);
    let tb = events(&synthetic_support::time_order(std::slice::from_ref(packed)).0);
    assert_eq!(ta.iter().map(Ev::place).collect::<Vec<_>>(), tb.iter().map(Ev::place).collect::<Vec<_>>());
    assert_eq!(
        ta.iter().map(|e| e.payload.clone()).collect::<Vec<_>>(),
        tb.iter().map(|e| e.payload.clone()).collect::<Vec<_>>()
    );
}

#[test]
fn compressed_header_buffer_and_empty_compressed_buffer() {
    let bytes = EtlBuilder::new()
        .header_buffer(BufferBuilder::compressed)
        .buffer(BufferBuilder::new().compressed())
        .buffer(BufferBuilder::new().compressed().record(KernelRecord::system64(HookId(0x0301)).timestamp(ts(1))))
        .build();
    let mut r = EtlReader::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(r.logfile_header().logger_name, "etwkit test session");
    let mut kinds = Vec::new();
    while let Some(item) = r.next_event() {
        kinds.push(item.unwrap().header_kind());
    }
    assert_eq!(kinds, [HeaderKind::SYSTEM64, HeaderKind::SYSTEM64]);
    assert_eq!(r.counts().compressed_buffers, 3);
    assert_eq!(r.counts().buffers, 3);
}

#[test]
fn items_are_delivered_in_file_order_with_locations() {
    // Two buffers: locations count buffers from 0 (the header buffer) and records from the buffer start.
    let img = EtlBuilder::new()
        .buffer(
            BufferBuilder::new()
                .record(TimedRecord::new(1).timestamp(ts(1)))
                .record(TimedRecord::new(2).timestamp(ts(2))),
        )
        .buffer(BufferBuilder::new().record(TimedRecord::new(3).timestamp(ts(0))))
        .build_image();
    let (items, _) = file_order(&img.bytes);
    let places: Vec<_> = items
        .iter()
        .map(|i| match i {
            Item::Ev(e) => (e.header.location.buffer, e.header.location.buffer_offset, e.header.location.record_offset),
            Item::Damage(d) => panic!("{d}"),
        })
        .collect();
    assert_eq!(places, [(0, 0, 0x48), (1, 0x2000, 0x48), (1, 0x2000, 0x58), (2, 0x4000, 0x48)]);
}
