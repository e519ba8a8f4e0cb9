//! The built-in kernel layouts on their own: every schema is consistent, each (class, event type, version) is
//! described once, the fixed sizes match the records Windows writes (at both pointer sizes), and lookups by hook,
//! by class GUID and through `SchemaSource` find what they should and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::HashSet;

use etw_core::{
    Clock, EventDescriptor, EventHeader, EventHeaderFlags, EventRef, ExtendedItems, Guid, HeaderKind, HookId,
    KernelGroup, Opcode,
};
use etw_schema::sources::kernel::{KernelMofSource, KERNEL_PROVIDER_NAME, KERNEL_TRACE_CONTROL_NAME};
use etw_schema::{write_json, Decoder, DecodingSource, SchemaSource};

const PROCESS: Guid = Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c");
const SYS_CONFIG_EX: Guid = Guid::parse_const("9b79ee91-b5fd-41c0-a243-4248e266e9d0");
const IMAGE_ID: Guid = Guid::parse_const("b3e675d7-2554-4f18-830b-2762732560de");

fn hook(group: KernelGroup, kind: u8) -> HookId {
    HookId::new(group, kind)
}

#[test]
fn every_schema_is_consistent_and_described_once() {
    let all = KernelMofSource::all_schemas();
    assert!(all.len() > 400, "{} schemas", all.len());
    let mut seen = HashSet::new();
    for s in &all {
        s.validate().unwrap_or_else(|e| panic!("{}: {e}", s.display_name()));
        assert_eq!(s.source, DecodingSource::KernelMof);
        let (task, opcode) = (s.task_name.as_deref().unwrap(), s.opcode_name.as_deref().unwrap());
        assert_eq!(s.event_name.as_deref(), Some(format!("{task}/{opcode}").as_str()));
        let provider = s.provider_name.as_deref().unwrap();
        assert!(provider == KERNEL_PROVIDER_NAME || provider == KERNEL_TRACE_CONTROL_NAME);
        assert_eq!(KernelMofSource::class_name(&s.provider_id), Some(task));
        assert!(
            seen.insert((s.provider_id, s.descriptor.opcode.0, s.descriptor.version)),
            "{} v{} is described twice",
            s.display_name(),
            s.descriptor.version
        );
        // Property names are unique within an event.
        let names: HashSet<_> = s.properties.iter().map(|p| p.name.to_ascii_lowercase()).collect();
        assert_eq!(names.len(), s.properties.len(), "{}", s.display_name());
    }
}

/// Decodes `len` zero bytes (the record's fixed size) with no bytes left, and fails on one byte less when the
/// layout ends in a fixed-size field.
fn fixed_size(hook: HookId, version: u8, ptr: u8, len: usize, ends_fixed: bool) -> String {
    let mut source = KernelMofSource::new();
    let schema = source.schema_for_hook(hook, version).unwrap_or_else(|| panic!("{hook} v{version}"));
    let zeros = vec![0u8; len];
    let mut d = Decoder::new();
    let decoded = d.decode(&schema, &zeros, ptr).unwrap_or_else(|e| panic!("{} ptr {ptr}: {e}", schema.display_name()));
    assert_eq!(decoded.trailing_bytes(), 0, "{} ptr {ptr}", schema.display_name());
    if ends_fixed {
        assert!(d.decode(&schema, &zeros[..len - 1], ptr).is_err(), "{} ptr {ptr} short", schema.display_name());
        // And one byte more is a trailing byte, not an error.
        let more = vec![0u8; len + 1];
        assert_eq!(d.decode(&schema, &more, ptr).unwrap().trailing_bytes(), 1);
    }
    schema.display_name()
}

#[test]
fn fixed_sizes_match_the_records_windows_writes() {
    use KernelGroup as G;
    // (hook, version, 64-bit size, 32-bit size, ends in a fixed-size field, name)
    let cases: &[(HookId, u8, usize, usize, bool, &str)] = &[
        (hook(G::IO, 10), 3, 52, 44, true, "DiskIo/Read"),
        (hook(G::IO, 11), 2, 48, 40, true, "DiskIo/Write"),
        (hook(G::IO, 12), 3, 12, 8, true, "DiskIo/ReadInit"),
        (hook(G::IO, 14), 3, 28, 24, true, "DiskIo/FlushBuffers"),
        (hook(G::TCPIP, 10), 2, 40, 36, true, "TcpIp/SendIPV4"),
        (hook(G::TCPIP, 11), 2, 32, 28, true, "TcpIp/RecvIPV4"),
        (hook(G::TCPIP, 12), 2, 48, 44, true, "TcpIp/ConnectIPV4"),
        (hook(G::TCPIP, 26), 2, 64, 60, true, "TcpIp/SendIPV6"),
        (hook(G::TCPIP, 27), 2, 56, 52, true, "TcpIp/RecvIPV6"),
        (hook(G::TCPIP, 17), 2, 4, 4, true, "TcpIp/Fail"),
        (hook(G::UDPIP, 11), 2, 32, 28, true, "UdpIp/RecvIPV4"),
        (hook(G::UDPIP, 26), 2, 56, 52, true, "UdpIp/SendIPV6"),
        (hook(G::PERFINFO, 46), 2, 16, 12, true, "PerfInfo/SampleProf"),
        (hook(G::PERFINFO, 73), 2, 12, 12, true, "PerfInfo/CollectionStart"),
        (hook(G::PERFINFO, 51), 2, 8, 4, true, "PerfInfo/SysClEnter"),
        (hook(G::PERFINFO, 67), 2, 20, 16, true, "PerfInfo/ISR"),
        (hook(G::MEMORY, 32), 2, 40, 32, true, "PageFault/HardFault"),
        (hook(G::MEMORY, 10), 2, 16, 8, true, "PageFault/TransitionFault"),
        (hook(G::MEMORY, 98), 2, 24, 16, true, "PageFault/VirtualAlloc"),
        (hook(G::PROCESS, 32), 2, 104, 60, true, "Process/PerfCtr"),
        (hook(G::THREAD, 36), 2, 24, 24, true, "Thread/CSwitch"),
        (hook(G::THREAD, 50), 2, 8, 8, true, "Thread/ReadyThread"),
        (hook(G::CONFIG, 10), 2, 808, 804, true, "SystemConfig/CPU"),
        (hook(G::CONFIG, 10), 3, 828, 820, true, "SystemConfig/CPU"),
        (hook(G::CONFIG, 11), 2, 568, 568, true, "SystemConfig/PhyDisk"),
        (hook(G::CONFIG, 12), 2, 112, 112, true, "SystemConfig/LogDisk"),
        (hook(G::CONFIG, 14), 2, 2584, 2584, true, "SystemConfig/Video"),
        (hook(G::CONFIG, 16), 2, 8, 8, true, "SystemConfig/Power"),
        (hook(G::CONFIG, 17), 2, 16, 16, true, "SystemConfig/Network"),
        (hook(G::IMAGE, 33), 2, 8, 4, true, "Image/KernelBase"),
        (hook(G::HEADER, 5), 2, 36, 36, true, "EventTrace/Extension"),
        (hook(G::HEADER, 80), 2, 48, 48, true, "EventTrace/PartitionInfoExtension"),
        // Ending in strings: the size with every string empty.
        (hook(G::HEADER, 0), 2, 284, 276, false, "EventTrace/Header"),
        (hook(G::THREAD, 1), 3, 72, 44, false, "Thread/Start"),
        (hook(G::PROCESS, 1), 4, 36 + 4 + 1 + 6, 28 + 4 + 1 + 6, false, "Process/Start"),
        (hook(G::PROCESS, 39), 5, 36 + 4 + 1 + 6 + 8, 28 + 4 + 1 + 6 + 8, true, "Process/Defunct"),
        (HookId(0x030A), 3, 56 + 2, 44 + 2, false, "Image/Load"),
        (hook(G::IMAGE, 3), 2, 56 + 2, 44 + 2, false, "Image/DCStart"),
        (hook(G::FILE, 0), 2, 8 + 2, 4 + 2, false, "FileIo/Name"),
        (hook(G::STACKWALK, 32), 2, 16, 16, false, "StackWalk/Stack"),
    ];
    for &(h, version, size64, size32, ends_fixed, name) in cases {
        assert_eq!(fixed_size(h, version, 8, size64, ends_fixed), name);
        assert_eq!(fixed_size(h, version, 4, size32, ends_fixed), name);
    }
}

#[test]
fn values_are_shown_as_their_types_say() {
    let mut source = KernelMofSource::new();
    let mut d = Decoder::new();
    let mut render = |h: HookId, version: u8, payload: &[u8], ptr: u8| -> Vec<String> {
        let schema = source.schema_for_hook(h, version).unwrap();
        let decoded = d.decode(&schema, payload, ptr).unwrap();
        decoded
            .properties()
            .map(|(p, v)| {
                let mut out = Vec::new();
                write_json(&mut out, &v, Some(p));
                format!("{}={}", p.name, String::from_utf8(out).unwrap())
            })
            .collect()
    };
    // TcpIp SendIPV4 v2, 32-bit: addresses and ports in network byte order.
    let mut send = Vec::new();
    send.extend(4152u32.to_le_bytes());
    send.extend(1400u32.to_le_bytes());
    send.extend([10, 0, 0, 7, 192, 168, 1, 2]);
    send.extend([0x01, 0xbb, 0xed, 0xa9]); // 443, 60841
    send.extend([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]);
    send.extend(0xdead_beefu32.to_le_bytes());
    assert_eq!(
        render(hook(KernelGroup::TCPIP, 10), 2, &send, 4),
        [
            "PID=4152",
            "size=1400",
            "daddr=\"10.0.0.7\"",
            "saddr=\"192.168.1.2\"",
            "dport=443",
            "sport=60841",
            "startime=1",
            "endtime=2",
            "seqnum=3",
            "connid=\"0xdeadbeef\""
        ]
    );
    // CSwitch v2 with its value maps.
    let cswitch = [1, 0, 0, 0, 2, 0, 0, 0, 9, 8, 0, 0, 15, 1, 5, 3, 0x10, 0, 0, 0, 0, 0, 0, 0];
    let shown = render(hook(KernelGroup::THREAD, 36), 2, &cswitch, 8);
    assert_eq!(
        shown[6..9],
        ["OldThreadWaitReason=\"WrQueue\"", "OldThreadWaitMode=\"UserMode\"", "OldThreadState=\"Waiting\""]
    );
    assert_eq!(shown[10], "NewThreadWaitTime=\"0x00000010\"");
    // PerfCtr v2: sizes are numbers.
    let mut counters = vec![0u8; 16];
    counters.extend((1u64..=11).flat_map(|v| (v * 4096).to_le_bytes()));
    assert_eq!(render(hook(KernelGroup::PROCESS, 32), 2, &counters, 8)[4], "PeakVirtualSize=4096");
    // VirtualAlloc flags as a bitmap.
    let mut alloc = 0x7ff0_0000u64.to_le_bytes().to_vec();
    alloc.extend(65536u64.to_le_bytes());
    alloc.extend(42u32.to_le_bytes());
    alloc.extend(0x3000u32.to_le_bytes());
    assert_eq!(render(hook(KernelGroup::MEMORY, 98), 2, &alloc, 8)[3], "Flags=\"MEM_COMMIT|MEM_RESERVE\"");
    // Processors: the identifier before the vendor, each a fixed buffer ending at its NUL.
    let mut cpu = vec![0u8; 12];
    let wide = |t: &str, chars: usize| {
        let mut v: Vec<u8> = t.encode_utf16().flat_map(u16::to_le_bytes).collect();
        v.resize(2 * chars, 0);
        v
    };
    cpu.extend(wide("Some CPU", 64));
    cpu.extend(wide("Intel64 Family 6 Model 183 Stepping 1", 128));
    cpu.extend(wide("GenuineIntel", 16));
    let shown = render(hook(KernelGroup::CONFIG, 35), 2, &cpu, 8);
    assert_eq!(
        shown[3..],
        [
            "ProcessorName=\"Some CPU\"",
            "ProcessorIdentifier=\"Intel64 Family 6 Model 183 Stepping 1\"",
            "VendorIdentifier=\"GenuineIntel\""
        ]
    );
    // A stack: as many frames as the record holds.
    let mut stack = 5u64.to_le_bytes().to_vec();
    stack.extend([4, 0, 0, 0, 8, 0, 0, 0]);
    stack.extend([0x10, 0, 0, 0, 0x20, 0, 0, 0, 0x30, 0, 0, 0]);
    assert_eq!(render(hook(KernelGroup::STACKWALK, 32), 2, &stack, 4)[3], "Stack=[\"0x10\",\"0x20\",\"0x30\"]");
}

#[test]
fn lookups_by_hook_and_version() {
    use KernelGroup as G;
    let mut source = KernelMofSource::new();
    let name = |s: Option<std::sync::Arc<etw_schema::EventSchema>>| s.map(|s| s.display_name());
    // The image-load hook lives in the process group.
    assert_eq!(name(source.schema_for_hook(HookId(0x030A), 2)).as_deref(), Some("Image/Load"));
    assert_eq!(name(source.schema_for_hook(hook(G::PROCESS, 1), 4)).as_deref(), Some("Process/Start"));
    // A version newer than any the table has for the class: the newest layout of that event type.
    let newer = source.schema_for_hook(hook(G::PROCESS, 1), 9).unwrap();
    assert_eq!(newer.descriptor.version, 9);
    assert_eq!(newer.properties.len(), 12, "the version 4 layout");
    let thread = source.schema_for_hook(hook(G::THREAD, 3), 7).unwrap();
    assert_eq!(thread.properties.last().unwrap().name.as_ref(), "ThreadName");
    // A version the table lacks in between, or an event type it has only at another version: unknown.
    assert!(source.schema_for_hook(hook(G::IO, 10), 1).is_none());
    assert!(source.schema_for_class(&Guid::parse_const("90cbdc39-4a3e-11d1-84f4-0000f80464e3"), 37, 3).is_none());
    assert!(source.schema_for_hook(hook(G::PROCESS, 39), 5).is_some());
    assert!(source.schema_for_hook(hook(G::PROCESS, 1), 5).is_none(), "v5 is known for Defunct only");
    // Unknown groups and event types.
    assert!(source.schema_for_hook(hook(G::HEAP, 33), 2).is_none());
    assert!(source.schema_for_hook(hook(G::PROCESS, 200), 2).is_none());
    assert!(source.schema_for_hook(HookId(0xff01), 2).is_none());
    // Cached: the same Arc twice.
    let a = source.schema_for_hook(hook(G::TCPIP, 26), 2).unwrap();
    let b = source.schema_for_hook(hook(G::TCPIP, 26), 2).unwrap();
    assert!(std::sync::Arc::ptr_eq(&a, &b));
    assert_eq!(KernelMofSource::class_of_group(G::UDPIP).map(|(n, _)| n), Some("UdpIp"));
    assert_eq!(KernelMofSource::class_of_group(G::POOL), None);
}

fn ev<'a>(
    kind: HeaderKind,
    provider: Guid,
    hook: Option<HookId>,
    opcode: u8,
    version: u8,
    payload: &'a [u8],
    clock: &'a Clock,
) -> EventRef<'a> {
    let flags = if kind.is_classic() { EventHeaderFlags::CLASSIC_HEADER } else { EventHeaderFlags::default() };
    let header = EventHeader {
        kind,
        flags,
        provider_id: provider,
        hook,
        descriptor: EventDescriptor { opcode: Opcode(opcode), version, ..EventDescriptor::default() },
        pointer_size: kind.pointer_size().unwrap_or(8),
        ..EventHeader::default()
    };
    EventRef::new(header, ExtendedItems::NONE, payload, clock)
}

#[test]
fn source_lookups_by_header_kind() {
    let clock = Clock::default();
    let mut source = KernelMofSource::new();
    let payload = [0u8; 64];
    let name = |r: Option<Result<std::sync::Arc<etw_schema::EventSchema>, etw_schema::SchemaError>>| {
        r.map(|r| r.unwrap().display_name())
    };
    // Kernel hook records.
    let h = HookId::new(KernelGroup::TCPIP, 27);
    let e = ev(HeaderKind::PERFINFO64, Guid::ZERO, Some(h), 27, 2, &payload, &clock);
    assert_eq!(name(source.lookup(&e)).as_deref(), Some("TcpIp/RecvIPV6"));
    let e = ev(HeaderKind::SYSTEM32, Guid::ZERO, Some(HookId::new(KernelGroup::PROCESS, 3)), 3, 3, &payload, &clock);
    assert_eq!(name(source.lookup(&e)).as_deref(), Some("Process/DCStart"));
    // Classic records of kernel and KernelTraceControl classes.
    let e = ev(HeaderKind::FULL_HEADER64, SYS_CONFIG_EX, None, 35, 0, &payload, &clock);
    assert_eq!(name(source.lookup(&e)).as_deref(), Some("SysConfigEx/VolumeMapping"));
    let e = ev(HeaderKind::FULL_HEADER32, IMAGE_ID, None, 36, 2, &payload, &clock);
    assert_eq!(name(source.lookup(&e)).as_deref(), Some("ImageID/DbgID_RSDS"));
    let e = ev(HeaderKind::FULL_HEADER64, PROCESS, None, 2, 4, &payload, &clock);
    assert_eq!(name(source.lookup(&e)).as_deref(), Some("Process/End"));
    // A live record: EVENT_HEADER flagged classic.
    let mut live = ev(HeaderKind::EVENT_HEADER64, PROCESS, None, 1, 4, &payload, &clock);
    assert!(source.lookup(&live).is_none(), "not classic: a manifest provider could have this GUID");
    let mut h = *live.header();
    h.flags = EventHeaderFlags::CLASSIC_HEADER;
    live = EventRef::new(h, ExtendedItems::NONE, &payload, &clock);
    assert_eq!(name(source.lookup(&live)).as_deref(), Some("Process/Start"));
    // Other classes: not ours.
    let e = ev(
        HeaderKind::FULL_HEADER64,
        Guid::parse_const("bbccf6c1-6cd1-48c4-80ff-839482e37671"),
        None,
        32,
        0,
        &payload,
        &clock,
    );
    assert!(source.lookup(&e).is_none());
    assert_eq!(source.provider_name(&PROCESS).as_deref(), Some(KERNEL_PROVIDER_NAME));
    assert_eq!(source.provider_name(&IMAGE_ID).as_deref(), Some(KERNEL_TRACE_CONTROL_NAME));
    assert_eq!(source.provider_name(&Guid::ZERO), None);
    assert_eq!(source.name(), "kernel-mof");
}
