//! The `EVENT_RECORD` adapter: a live event becomes the same [`EventRef`] the ETL reader produces.
//!
//! The Windows callback copies the 80-byte `EVENT_HEADER` and the 4-byte `ETW_BUFFER_CONTEXT` out of the record
//! with unaligned reads, borrows the extended data items and the payload as byte slices, and hands them here.
//! Everything below reads bytes at fixed offsets: no field is ever read through a reference into memory Windows
//! owns, and no `&[u16]` or `&T` is made over payload bytes (which may sit at any address).
//!
//! How header fields map (the ETL reader fills the same fields from the on-disk headers):
//!
//! | `EVENT_RECORD` | `EventHeader` |
//! |---|---|
//! | `Flags` with `TRACE_MESSAGE` | kind `MESSAGE`, `message.number` = the descriptor's id |
//! | `Flags` with `CLASSIC_HEADER` (MOF and kernel events) | kind `FULL_HEADER64`/`32`: `provider_id` is the class GUID, `opcode` the event type |
//! | otherwise | kind `EVENT_HEADER64`/`32` |
//! | `32_BIT_HEADER` / `64_BIT_HEADER` | `pointer_size` 4 / 8 (the native size if neither) |
//! | `BufferContext` | `processor`: `ProcessorIndex` when `PROCESSOR_INDEX` is set, else `ProcessorNumber` |
//! | `ProcessorTime` or `KernelTime`/`UserTime` | `cpu_time` (by `PRIVATE_SESSION` / `NO_CPUTIME`) |
//!
//! Live events have no marker and no location: `marker_flags` is 0 and `location` is all zero. Timestamps are
//! already UTC `FILETIME`s (ProcessTrace converts them), so the clock is [`Clock::SYSTEM_TIME`].
//!
//! The event borrows the callback's data: [`with_event`] hands it to a closure that cannot keep it, so nothing
//! reaches past the callback.

use etw_core::cursor::{guid_at, i64_at, u16_at, u32_at, u64_at, u8_at};
use etw_core::{
    Channel, Clock, CpuTime, EventDescriptor, EventHeader, EventHeaderFlags, EventProperty, EventRef, ExtType,
    ExtendedItem, ExtendedItems, Guid, HeaderKind, Level, Location, MessageFields, Opcode,
};

/// Size of `EVENT_HEADER`.
pub(crate) const EVENT_HEADER_SIZE: usize = 80;

/// Offsets in `EVENT_HEADER`.
pub(crate) mod at {
    pub const FLAGS: usize = 4;
    pub const EVENT_PROPERTY: usize = 6;
    pub const THREAD_ID: usize = 8;
    pub const PROCESS_ID: usize = 12;
    pub const TIMESTAMP: usize = 16;
    pub const PROVIDER_ID: usize = 24;
    pub const ID: usize = 40;
    pub const VERSION: usize = 42;
    pub const CHANNEL: usize = 43;
    pub const LEVEL: usize = 44;
    pub const OPCODE: usize = 45;
    pub const TASK: usize = 46;
    pub const KEYWORD: usize = 48;
    pub const KERNEL_TIME: usize = 56;
    pub const USER_TIME: usize = 60;
    pub const ACTIVITY_ID: usize = 64;
}

/// The header fields of a record from its `EVENT_HEADER` bytes and `ETW_BUFFER_CONTEXT` bytes.
pub(crate) fn header_from_bytes(h: &[u8; EVENT_HEADER_SIZE], buffer_context: [u8; 4]) -> EventHeader {
    let flags = EventHeaderFlags(u16_at(h, at::FLAGS).unwrap_or(0));
    let pointer_size = if flags.contains(EventHeaderFlags::HEADER_32_BIT) {
        4
    } else if flags.contains(EventHeaderFlags::HEADER_64_BIT) {
        8
    } else {
        core::mem::size_of::<usize>() as u8
    };
    let wide = pointer_size == 8;
    let kind = if flags.contains(EventHeaderFlags::TRACE_MESSAGE) {
        HeaderKind::MESSAGE
    } else if flags.contains(EventHeaderFlags::CLASSIC_HEADER) {
        if wide {
            HeaderKind::FULL_HEADER64
        } else {
            HeaderKind::FULL_HEADER32
        }
    } else if wide {
        HeaderKind::EVENT_HEADER64
    } else {
        HeaderKind::EVENT_HEADER32
    };
    let descriptor = EventDescriptor {
        id: u16_at(h, at::ID).unwrap_or(0),
        version: u8_at(h, at::VERSION).unwrap_or(0),
        channel: Channel(u8_at(h, at::CHANNEL).unwrap_or(0)),
        level: Level(u8_at(h, at::LEVEL).unwrap_or(0)),
        opcode: Opcode(u8_at(h, at::OPCODE).unwrap_or(0)),
        task: u16_at(h, at::TASK).unwrap_or(0),
        keywords: u64_at(h, at::KEYWORD).unwrap_or(0),
    };
    let cpu_time = if flags.contains(EventHeaderFlags::PRIVATE_SESSION) {
        CpuTime::Processor(u64_at(h, at::KERNEL_TIME).unwrap_or(0))
    } else if flags.contains(EventHeaderFlags::NO_CPUTIME) {
        CpuTime::None
    } else {
        CpuTime::KernelUser {
            kernel: u32_at(h, at::KERNEL_TIME).unwrap_or(0),
            user: u32_at(h, at::USER_TIME).unwrap_or(0),
        }
    };
    let [number, alignment, _, _] = buffer_context;
    let processor = if flags.contains(EventHeaderFlags::PROCESSOR_INDEX) {
        u16::from_le_bytes([number, alignment])
    } else {
        u16::from(number)
    };
    let message = (kind == HeaderKind::MESSAGE).then_some(MessageFields {
        number: descriptor.id,
        options: 0,
        sequence: None,
        component_id: None,
    });
    EventHeader {
        kind,
        marker_flags: 0,
        flags,
        event_property: EventProperty(u16_at(h, at::EVENT_PROPERTY).unwrap_or(0)),
        provider_id: guid_at(h, at::PROVIDER_ID).unwrap_or(Guid::ZERO),
        descriptor,
        hook: None,
        process_id: u32_at(h, at::PROCESS_ID).unwrap_or(u32::MAX),
        thread_id: u32_at(h, at::THREAD_ID).unwrap_or(u32::MAX),
        processor,
        timestamp: i64_at(h, at::TIMESTAMP).unwrap_or(0),
        activity_id: guid_at(h, at::ACTIVITY_ID).unwrap_or(Guid::ZERO),
        cpu_time,
        pointer_size,
        instance: None,
        message,
        location: Location::default(),
    }
}

/// Extended items kept without allocating up to this many (live events rarely carry more than a few).
const INLINE_ITEMS: usize = 8;

/// The extended data items of one record.
pub(crate) struct ItemList<'a> {
    inline: [ExtendedItem<'a>; INLINE_ITEMS],
    len: usize,
    spill: Vec<ExtendedItem<'a>>,
}

impl<'a> ItemList<'a> {
    pub fn new() -> ItemList<'a> {
        ItemList { inline: [ExtendedItem::new(ExtType(0), &[]); INLINE_ITEMS], len: 0, spill: Vec::new() }
    }

    pub fn push(&mut self, item: ExtendedItem<'a>) {
        if !self.spill.is_empty() {
            self.spill.push(item);
        } else if let Some(slot) = self.inline.get_mut(self.len) {
            *slot = item;
            self.len += 1;
        } else {
            self.spill.extend_from_slice(&self.inline);
            self.spill.push(item);
        }
    }

    pub fn as_slice(&self) -> &[ExtendedItem<'a>] {
        if self.spill.is_empty() {
            self.inline.get(..self.len).unwrap_or_default()
        } else {
            &self.spill
        }
    }
}

/// One record's parts: header and buffer-context bytes (copies), extended items and payload (borrowed for the
/// callback).
pub(crate) struct RecordParts<'a> {
    pub header: [u8; EVENT_HEADER_SIZE],
    pub buffer_context: [u8; 4],
    pub extended: ItemList<'a>,
    pub payload: &'a [u8],
}

#[cfg(windows)]
impl RecordParts<'_> {
    /// The provider GUID in the header (the class or message GUID of MOF and WPP events).
    pub fn provider_id(&self) -> Guid {
        guid_at(&self.header, at::PROVIDER_ID).unwrap_or(Guid::ZERO)
    }

    /// The header flags.
    pub fn flags(&self) -> EventHeaderFlags {
        EventHeaderFlags(u16_at(&self.header, at::FLAGS).unwrap_or(0))
    }
}

/// Runs `f` on the event the record's parts make. With `owner`, the event is handed on as an event of that
/// provider (MOF and WPP events routed to the provider that was enabled, see the crate docs).
pub(crate) fn with_event<R>(
    parts: &RecordParts<'_>,
    clock: &Clock,
    owner: Option<Guid>,
    f: impl FnOnce(&EventRef<'_>) -> R,
) -> R {
    let mut header = header_from_bytes(&parts.header, parts.buffer_context);
    if let Some(o) = owner {
        header.provider_id = o;
    }
    let ev = EventRef::new(header, ExtendedItems::from_list(parts.extended.as_slice()), parts.payload, clock);
    f(&ev)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use etw_core::ExtendedData;

    /// An `EVENT_HEADER` image with the fields tests set.
    #[derive(Clone, Copy)]
    pub struct Header {
        pub flags: u16,
        pub pid: u32,
        pub tid: u32,
        pub timestamp: i64,
        pub provider: Guid,
        pub descriptor: EventDescriptor,
        pub time_field: u64,
        pub activity: Guid,
    }

    impl Default for Header {
        fn default() -> Self {
            Header {
                flags: 0x40,
                pid: 1234,
                tid: 5678,
                timestamp: 133_000_000_000_000_000,
                provider: Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88"),
                descriptor: EventDescriptor {
                    id: 10,
                    version: 0,
                    channel: Channel(16),
                    level: Level(4),
                    opcode: Opcode(0),
                    task: 10,
                    keywords: 0x8000_0000_0000_0010,
                },
                time_field: 0x0000_0007_0000_0003,
                activity: Guid::ZERO,
            }
        }
    }

    impl Header {
        pub fn bytes(&self) -> [u8; EVENT_HEADER_SIZE] {
            let mut b = [0u8; EVENT_HEADER_SIZE];
            b[0..2].copy_from_slice(&80u16.to_le_bytes());
            b[4..6].copy_from_slice(&self.flags.to_le_bytes());
            b[8..12].copy_from_slice(&self.tid.to_le_bytes());
            b[12..16].copy_from_slice(&self.pid.to_le_bytes());
            b[16..24].copy_from_slice(&self.timestamp.to_le_bytes());
            b[24..40].copy_from_slice(&self.provider.to_le_bytes());
            let d = &self.descriptor;
            b[40..42].copy_from_slice(&d.id.to_le_bytes());
            b[42] = d.version;
            b[43] = d.channel.0;
            b[44] = d.level.0;
            b[45] = d.opcode.0;
            b[46..48].copy_from_slice(&d.task.to_le_bytes());
            b[48..56].copy_from_slice(&d.keywords.to_le_bytes());
            b[56..64].copy_from_slice(&self.time_field.to_le_bytes());
            b[64..80].copy_from_slice(&self.activity.to_le_bytes());
            b
        }
    }

    fn parts<'a>(h: &Header, ctx: [u8; 4], items: &[ExtendedItem<'a>], payload: &'a [u8]) -> RecordParts<'a> {
        let mut extended = ItemList::new();
        for i in items {
            extended.push(*i);
        }
        RecordParts { header: h.bytes(), buffer_context: ctx, extended, payload }
    }

    #[test]
    fn manifest_event_header() {
        let h = Header { activity: Guid::from_provider_name("a"), ..Header::default() };
        let payload = [1u8, 2, 3, 4, 5];
        let p = parts(&h, [3, 0, 7, 0], &[], &payload);
        with_event(&p, &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header_kind(), HeaderKind::EVENT_HEADER64);
            assert_eq!(ev.provider_id(), h.provider);
            assert_eq!(*ev.descriptor(), h.descriptor);
            assert_eq!((ev.process_id(), ev.thread_id(), ev.processor()), (1234, 5678, 3));
            assert_eq!(ev.timestamp_raw(), h.timestamp);
            assert_eq!(ev.timestamp().0, h.timestamp, "live timestamps are FILETIMEs already");
            assert_eq!(ev.activity_id(), h.activity);
            assert_eq!(ev.pointer_size(), 8);
            assert_eq!(ev.header().cpu_time, CpuTime::KernelUser { kernel: 3, user: 7 });
            assert_eq!(ev.payload(), &payload);
            assert!(ev.extended().is_empty());
            assert_eq!(ev.hook(), None);
            assert_eq!(ev.class_guid(), None);
            assert_eq!(*ev.location(), Location::default());
        });
    }

    #[test]
    fn classic_message_and_32_bit_kinds() {
        let classic = Header { flags: 0x0100 | 0x0040, ..Header::default() };
        with_event(&parts(&classic, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header_kind(), HeaderKind::FULL_HEADER64);
            assert_eq!(ev.class_guid(), Some(classic.provider));
        });
        let classic32 = Header { flags: 0x0100 | 0x0020, ..Header::default() };
        with_event(&parts(&classic32, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header_kind(), HeaderKind::FULL_HEADER32);
            assert_eq!(ev.pointer_size(), 4);
        });
        let manifest32 = Header { flags: 0x0020, ..Header::default() };
        with_event(&parts(&manifest32, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header_kind(), HeaderKind::EVENT_HEADER32);
        });
        let wpp = Header { flags: 0x0008 | 0x0040, ..Header::default() };
        with_event(&parts(&wpp, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header_kind(), HeaderKind::MESSAGE);
            assert_eq!(ev.header().message.map(|m| m.number), Some(10));
        });
        let neither = Header { flags: 0, ..Header::default() };
        with_event(&parts(&neither, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(usize::from(ev.pointer_size()), core::mem::size_of::<usize>());
        });
    }

    #[test]
    fn cpu_time_and_processor_index() {
        let private = Header { flags: 0x0002 | 0x0040 | 0x0200, time_field: 0x1234_5678_9abc, ..Header::default() };
        with_event(&parts(&private, [0x34, 0x12, 0, 0], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header().cpu_time, CpuTime::Processor(0x1234_5678_9abc));
            assert_eq!(ev.processor(), 0x1234, "PROCESSOR_INDEX: a 16-bit index");
        });
        let none = Header { flags: 0x0010 | 0x0040, ..Header::default() };
        with_event(&parts(&none, [0x34, 0x12, 0, 0], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| {
            assert_eq!(ev.header().cpu_time, CpuTime::None);
            assert_eq!(ev.processor(), 0x34, "ProcessorNumber: one byte");
        });
    }

    #[test]
    fn extended_items_and_routing() {
        let related = Guid::from_provider_name("related");
        let rel = related.to_le_bytes();
        let sid = [1u8, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0];
        let items = [ExtendedItem::new(ExtType::RELATED_ACTIVITYID, &rel), ExtendedItem::new(ExtType::SID, &sid)];
        let owner = Guid::from_provider_name("owner");
        let h = Header::default();
        with_event(&parts(&h, [0; 4], &items, &[]), &Clock::SYSTEM_TIME, Some(owner), |ev| {
            assert_eq!(ev.related_activity_id(), Some(related));
            assert_eq!(ev.extended().iter().count(), 2);
            assert!(matches!(ev.extended().find(ExtType::SID).map(|i| i.parse()), Some(ExtendedData::Sid(_))));
            assert_eq!(ev.provider_id(), owner);
        });
    }

    #[test]
    fn many_items_spill_without_loss() {
        let data: Vec<[u8; 4]> = (0u32..20).map(u32::to_le_bytes).collect();
        let mut list = ItemList::new();
        for d in &data {
            list.push(ExtendedItem::new(ExtType::TS_ID, d));
        }
        assert_eq!(list.as_slice().len(), 20);
        for (i, item) in list.as_slice().iter().enumerate() {
            assert_eq!(item.data(), &data[i]);
        }
        assert!(ItemList::new().as_slice().is_empty());
    }

    #[test]
    fn unaligned_payloads_are_plain_bytes() {
        // A UTF-16 string payload at an odd address decodes through the schema path without any aligned view.
        let backing = [0u8, b'h', 0, b'i', 0, 0, 0];
        let payload = &backing[1..];
        assert_eq!(payload.as_ptr() as usize % 2, (backing.as_ptr() as usize + 1) % 2);
        let h = Header::default();
        with_event(&parts(&h, [0; 4], &[], payload), &Clock::SYSTEM_TIME, None, |ev| {
            let mut schema = etw_schema::EventSchema::new(h.provider, h.descriptor, etw_schema::DecodingSource::Tdh);
            schema.push(etw_schema::Property::simple(
                "Text",
                etw_schema::InType::UNICODE_STRING,
                etw_schema::OutType::STRING,
            ));
            let mut d = etw_schema::Decoder::new();
            let decoded = d.decode(&schema, ev.payload(), ev.pointer_size()).unwrap();
            let mut out = Vec::new();
            for (p, v) in decoded.properties() {
                etw_schema::write_json(&mut out, &v, Some(p));
            }
            assert_eq!(String::from_utf8(out).unwrap(), "\"hi\"");
        });
    }

    #[test]
    fn live_events_dispatch_and_decode_as_file_events_do() {
        use etw_filter::predicates::id_is;
        use etw_trace::{default_registry, Dispatcher, EventFilter, Provider, TraceHandle};
        use std::sync::{Arc, Mutex};

        // krabsetw's network monitor on a synthetic live Kernel-Network TCP send (event 10, keyword 0x10).
        let sent = Arc::new(Mutex::new(Vec::new()));
        let s = sent.clone();
        let filter = EventFilter::new(id_is(10)).on_event(move |_, ctx| {
            let p = ctx.parser().unwrap();
            s.lock().unwrap().push((p.parse::<u32>("PID").unwrap(), p.parse::<u32>("size").unwrap()));
        });
        let net = Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10).filter(filter);
        let kernel_seen = Arc::new(Mutex::new(Vec::new()));
        let k = kernel_seen.clone();
        let process = etw_trace::kernel::process().on_event(move |ev, ctx| {
            let name = ctx.schema().map(|s| s.display_name()).unwrap_or_default();
            k.lock().unwrap().push((ev.opcode().0, name, ctx.decoded_by()));
        });
        let handle = TraceHandle::default();
        let (registry, _) = default_registry(&[]).unwrap();
        let mut d = Dispatcher::new(vec![net, process], registry, handle.clone());

        let mut payload = Vec::new();
        payload.extend_from_slice(&4242u32.to_le_bytes()); // PID
        payload.extend_from_slice(&1460u32.to_le_bytes()); // size
        payload.extend_from_slice(&[10, 0, 0, 1, 10, 0, 0, 2, 0x01, 0xbb, 0xc0, 0x00]); // daddr, saddr, dport, sport
        payload.extend_from_slice(&[0; 16]); // startime, endtime, seqnum, connid (32-bit fields)
        payload.resize(40, 0);
        // An odd address again: live payloads are only ever read as bytes.
        let mut backing = vec![0u8];
        backing.extend_from_slice(&payload);
        let h = Header::default();
        with_event(&parts(&h, [0; 4], &[], &backing[1..]), &Clock::SYSTEM_TIME, None, |ev| assert!(d.dispatch(ev)));

        // A live kernel event: classic header, the Process class GUID, event type 1 (Start), version 4.
        let start = Header {
            flags: 0x0100 | 0x0040,
            provider: etw_core::KernelGroup::PROCESS.class_guid().unwrap(),
            descriptor: EventDescriptor { opcode: Opcode(1), version: 4, ..EventDescriptor::default() },
            ..Header::default()
        };
        with_event(&parts(&start, [0; 4], &[], &[]), &Clock::SYSTEM_TIME, None, |ev| assert!(d.dispatch(ev)));

        assert_eq!(sent.lock().unwrap().as_slice(), [(4242, 1460)]);
        let k = kernel_seen.lock().unwrap();
        assert_eq!(k.len(), 1);
        assert_eq!((k[0].0, k[0].1.as_str()), (1, "Process/Start"));
        assert_eq!(handle.stats().events_handled, 2);
    }

    #[test]
    fn header_offsets_match_the_etl_event_header() {
        // The ETL reader reads an EVENT_HEADER64 record at the same offsets (the on-disk record starts with the
        // same 80 bytes, Size and marker in place of Size and HeaderType).
        assert_eq!((at::FLAGS, at::EVENT_PROPERTY, at::THREAD_ID, at::TIMESTAMP), (4, 6, 8, 0x10));
        assert_eq!((at::PROVIDER_ID, at::ID, at::KEYWORD, at::ACTIVITY_ID), (0x18, 0x28, 0x30, 0x40));
    }
}
