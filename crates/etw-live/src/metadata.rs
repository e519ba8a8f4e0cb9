//! The schemas a live trace writes into its ETL file, as EventMetadata events (KernelTraceControl's class, whose
//! `EventInfo` payload is a `TRACE_EVENT_INFO`), so that the file decodes on machines without the providers, as
//! merged traces do. [`SchemaRecorder`] decides which schemas go in, once each; the Windows module writes the
//! events into the session (`TraceEvent`) while it runs and right before it stops.

use std::collections::HashSet;
use std::sync::Arc;

use etw_core::{EventHeaderFlags, EventRef, Guid};
use etw_schema::sources::event_metadata::{
    encode_event_map_info, encode_trace_event_info, EventKind, MetadataEvent, METADATA_CLASS, OPCODE_EVENT_INFO,
    OPCODE_EVENT_MAP_INFO,
};
use etw_schema::{DecodingSource, EventKey, EventSchema, PropertyType};

/// The largest payload one classic event carries: `EVENT_TRACE_HEADER.Size` is a u16 counting the 48-byte
/// header too.
pub const MAX_METADATA_PAYLOAD: usize = u16::MAX as usize - EVENT_TRACE_HEADER_SIZE;

/// Size of `EVENT_TRACE_HEADER`.
pub(crate) const EVENT_TRACE_HEADER_SIZE: usize = 48;
/// `WNODE_FLAG_TRACED_GUID`: the header names its class GUID in `Guid`.
#[cfg(any(windows, test))]
const WNODE_FLAG_TRACED_GUID: u32 = 0x0002_0000;

fn is_classic(ev: &EventRef<'_>) -> bool {
    ev.header_kind().is_classic() || ev.flags().contains(EventHeaderFlags::CLASSIC_HEADER)
}

/// True for the EventMetadata events themselves (a trace that writes them reads them back in real time).
pub fn is_metadata_event(ev: &EventRef<'_>) -> bool {
    is_classic(ev) && ev.provider_id() == METADATA_CLASS
}

/// Which schemas of the events a trace saw its ETL file should carry, encoded once each.
///
/// Ask [`is_new`](SchemaRecorder::is_new) for every event; for those it says are new, [`record`](Self::record)
/// the schema the event decoded with; [`take`](Self::take) the events to write. Left out: kernel events
/// (their layouts are built into every reader), TraceLogging and EventSource events (the trace carries their
/// metadata already), and the EventMetadata events themselves.
#[derive(Debug, Default)]
pub struct SchemaRecorder {
    seen: HashSet<EventKey>,
    maps: HashSet<(Guid, Arc<str>)>,
    pending: Vec<MetadataEvent>,
    problems: Vec<String>,
    schemas: u64,
}

impl SchemaRecorder {
    /// A recorder that has seen nothing.
    pub fn new() -> SchemaRecorder {
        SchemaRecorder::default()
    }

    /// True the first time an event of this type (provider or class, id, version, opcode) is seen, if its kind
    /// of schema belongs in the file; false for every later event of the type.
    pub fn is_new(&mut self, ev: &EventRef<'_>) -> bool {
        if ev.hook().is_some() || is_metadata_event(ev) {
            return false;
        }
        self.seen.insert(EventKey::of(ev))
    }

    /// Encodes the schema `ev` decoded with (and the value maps it names, once per provider and map) for the
    /// file. Schemas the trace carries by other means are skipped; what cannot be encoded is kept as a problem.
    pub fn record(&mut self, ev: &EventRef<'_>, schema: &EventSchema) {
        match schema.source {
            DecodingSource::TraceLogging
            | DecodingSource::EventSource
            | DecodingSource::EventMetadata
            | DecodingSource::KernelMof => return,
            DecodingSource::Manifest | DecodingSource::BuiltIn | DecodingSource::Store | DecodingSource::Tdh => {}
        }
        let kind = if is_classic(ev) { EventKind::Classic } else { EventKind::Manifest };
        let what =
            || format!("{} event {} v{}", schema.display_name(), schema.descriptor.id, schema.descriptor.version);
        match encode_trace_event_info(schema, kind) {
            Ok(payload) if payload.len() <= MAX_METADATA_PAYLOAD => {
                self.pending.push(MetadataEvent { opcode: OPCODE_EVENT_INFO, payload });
                self.schemas += 1;
            }
            Ok(payload) => {
                self.problems.push(format!(
                    "{}: its TRACE_EVENT_INFO of {} bytes is too large for an event",
                    what(),
                    payload.len()
                ));
                return;
            }
            Err(e) => {
                self.problems.push(format!("{}: {e}", what()));
                return;
            }
        }
        for p in &schema.properties {
            let PropertyType::Simple { map: Some(m), .. } = &p.ty else { continue };
            if !self.maps.insert((schema.provider_id, m.name.clone())) {
                continue;
            }
            match encode_event_map_info(m) {
                Ok(body) if body.len() + 16 <= MAX_METADATA_PAYLOAD => {
                    let mut payload = schema.provider_id.to_le_bytes().to_vec();
                    payload.extend(body);
                    self.pending.push(MetadataEvent { opcode: OPCODE_EVENT_MAP_INFO, payload });
                }
                Ok(_) => self.problems.push(format!("{}: map {} is too large for an event", what(), m.name)),
                Err(e) => self.problems.push(format!("{}: {e}", what())),
            }
        }
    }

    /// The events recorded since the last call, in order.
    pub fn take(&mut self) -> Vec<MetadataEvent> {
        std::mem::take(&mut self.pending)
    }

    /// What could not be recorded, one line each.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Schemas recorded so far.
    pub fn schemas(&self) -> u64 {
        self.schemas
    }
}

/// One EventMetadata event as `TraceEvent` takes it: an `EVENT_TRACE_HEADER` (size, event type, class GUID,
/// `WNODE_FLAG_TRACED_GUID`; ETW fills in the thread, process and time) with the payload right after it. `None`
/// when the payload is too large for one event.
#[cfg(any(windows, test))]
pub(crate) fn classic_event_bytes(event: &MetadataEvent) -> Option<Vec<u8>> {
    let size = u16::try_from(EVENT_TRACE_HEADER_SIZE + event.payload.len()).ok()?;
    let mut b = Vec::with_capacity(usize::from(size));
    b.extend_from_slice(&size.to_le_bytes()); // Size
    b.extend_from_slice(&[0, 0]); // FieldTypeFlags
    b.extend_from_slice(&[event.opcode, 0, 0, 0]); // Class.Type, Class.Level, Class.Version
    b.extend_from_slice(&[0; 16]); // ThreadId, ProcessId, TimeStamp
    b.extend_from_slice(&METADATA_CLASS.to_le_bytes()); // Guid
    b.extend_from_slice(&0u32.to_le_bytes()); // ClientContext
    b.extend_from_slice(&WNODE_FLAG_TRACED_GUID.to_le_bytes()); // Flags
    b.extend_from_slice(&event.payload);
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use etw_core::{Clock, EventDescriptor, EventHeader, ExtendedItems, HeaderKind, HookId, KernelGroup, Opcode};
    use etw_schema::sources::event_metadata::EventMetadataSource;
    use etw_schema::{InType, OutType, Property, SchemaSource, ValueMap};

    const PROVIDER: Guid = Guid::parse_const("1c95126e-7eea-49a9-a3fe-a378b03ddb4d");

    fn event_header(id: u16) -> EventHeader {
        EventHeader {
            kind: HeaderKind::EVENT_HEADER64,
            flags: EventHeaderFlags::HEADER_64_BIT,
            provider_id: PROVIDER,
            descriptor: EventDescriptor { id, version: 1, ..EventDescriptor::default() },
            pointer_size: 8,
            ..EventHeader::default()
        }
    }

    fn schema(id: u16, source: DecodingSource) -> EventSchema {
        let mut s = EventSchema::new(PROVIDER, EventDescriptor { id, version: 1, ..Default::default() }, source);
        s.provider_name = Some("Microsoft-Windows-DNS-Client".into());
        s.event_name = Some(format!("Event{id}").into());
        let map = Arc::new(ValueMap { name: "Status".into(), bitmap: false, entries: vec![(0, "Ok".into())] });
        s.push(Property {
            name: "Status".into(),
            ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::NULL, map: Some(map) },
            count: etw_schema::Count::One,
            length: etw_schema::Length::Natural,
        });
        s
    }

    /// What a live trace writes is what a reader of the file learns: the recorded events, as the ETL reader
    /// hands them to the EventMetadata source, give back the schemas, maps included.
    #[test]
    fn recorded_schemas_teach_a_reader_of_the_file() {
        let mut r = SchemaRecorder::new();
        let payload = [0u8; 4];
        let e10 = EventRef::new(event_header(10), ExtendedItems::NONE, &payload, &Clock::SYSTEM_TIME);
        let e11 = EventRef::new(event_header(11), ExtendedItems::NONE, &payload, &Clock::SYSTEM_TIME);
        assert!(r.is_new(&e10));
        r.record(&e10, &schema(10, DecodingSource::Tdh));
        assert!(!r.is_new(&e10), "once per event type");
        assert!(r.is_new(&e11));
        r.record(&e11, &schema(11, DecodingSource::Manifest));
        let events = r.take();
        assert!(r.take().is_empty(), "taken once");
        // Two schemas and their one map (same provider, same name): written once.
        let opcodes: Vec<u8> = events.iter().map(|e| e.opcode).collect();
        assert_eq!(opcodes, [OPCODE_EVENT_INFO, OPCODE_EVENT_MAP_INFO, OPCODE_EVENT_INFO]);
        assert_eq!(r.schemas(), 2);
        assert!(r.problems().is_empty());

        let mut source = EventMetadataSource::new();
        for e in &events {
            let bytes = classic_event_bytes(e).unwrap();
            // What a reader of the file sees: a classic event of the metadata class, with this event type.
            let header = EventHeader {
                kind: HeaderKind::FULL_HEADER64,
                provider_id: Guid::read(&bytes[24..40]).unwrap(),
                descriptor: EventDescriptor { opcode: Opcode(bytes[4]), ..EventDescriptor::default() },
                pointer_size: 8,
                ..EventHeader::default()
            };
            let ev = EventRef::new(header, ExtendedItems::NONE, &bytes[48..], &Clock::SYSTEM_TIME);
            assert!(is_metadata_event(&ev));
            assert!(!r.is_new(&ev), "the metadata events read back are not recorded");
            assert!(source.observe(&ev));
        }
        for (ev, id) in [(&e10, 10), (&e11, 11)] {
            let mut expected = schema(id, DecodingSource::EventMetadata);
            expected.source = DecodingSource::EventMetadata;
            assert_eq!(*source.lookup(ev).unwrap().unwrap(), expected);
        }
    }

    #[test]
    fn schemas_the_file_has_otherwise_are_left_out() {
        let mut r = SchemaRecorder::new();
        let ev = EventRef::new(event_header(10), ExtendedItems::NONE, &[], &Clock::SYSTEM_TIME);
        for source in [DecodingSource::TraceLogging, DecodingSource::EventSource, DecodingSource::KernelMof] {
            r.record(&ev, &schema(10, source));
        }
        assert!(r.take().is_empty());
        let hook = EventHeader {
            kind: HeaderKind::PERFINFO64,
            hook: Some(HookId::new(KernelGroup::TCPIP, 10)),
            pointer_size: 8,
            ..EventHeader::default()
        };
        let kernel = EventRef::new(hook, ExtendedItems::NONE, &[], &Clock::SYSTEM_TIME);
        assert!(!r.is_new(&kernel), "kernel layouts are built into readers");
        // A schema that cannot be written is a problem, not a panic.
        let mut bad = schema(12, DecodingSource::Tdh);
        bad.top_level = 9;
        r.record(&ev, &bad);
        assert_eq!(r.problems().len(), 1, "{:?}", r.problems());
        assert!(r.take().is_empty());
    }

    #[test]
    fn classic_event_layout() {
        let e = MetadataEvent { opcode: OPCODE_EVENT_INFO, payload: vec![7; 10] };
        let b = classic_event_bytes(&e).unwrap();
        assert_eq!(b.len(), 58);
        assert_eq!(u16::from_le_bytes([b[0], b[1]]), 58);
        assert_eq!(b[4], OPCODE_EVENT_INFO);
        assert_eq!(Guid::read(&b[24..40]), Some(METADATA_CLASS));
        assert_eq!(u32::from_le_bytes(b[44..48].try_into().unwrap()), WNODE_FLAG_TRACED_GUID);
        assert_eq!(&b[48..], &[7; 10]);
        let big = MetadataEvent { opcode: OPCODE_EVENT_INFO, payload: vec![0; MAX_METADATA_PAYLOAD + 1] };
        assert!(classic_event_bytes(&big).is_none());
        let fits = MetadataEvent { opcode: OPCODE_EVENT_INFO, payload: vec![0; MAX_METADATA_PAYLOAD] };
        assert_eq!(classic_event_bytes(&fits).unwrap().len(), usize::from(u16::MAX));
    }
}
