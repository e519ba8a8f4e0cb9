//! The inverse of the parser: schemas written as the payloads of EventMetadata events (`TRACE_EVENT_INFO` and
//! `EVENT_MAP_INFO`, laid out as TDH lays them out), so that a trace can carry the schemas of its providers and
//! decode on a machine that has none of them, as merged traces do.

use std::collections::BTreeMap;
use std::sync::Arc;

use etw_core::Guid;

use super::{
    DECODING_WBEM, DECODING_XML_FILE, HEADER, MAP_BITMAP, MAP_HEADER, MAP_VALUEMAP, OPCODE_EVENT_INFO,
    OPCODE_EVENT_MAP_INFO, PROPERTY, PROPERTY_PARAM_COUNT, PROPERTY_PARAM_FIXED_COUNT, PROPERTY_PARAM_FIXED_LENGTH,
    PROPERTY_PARAM_LENGTH, PROPERTY_STRUCT,
};
use crate::model::{Count, DecodingSource, EventSchema, Length, PropertyType, ValueMap};

/// One EventMetadata event to write: a classic event of class
/// [`METADATA_CLASS`](super::METADATA_CLASS), version 0, with this event type (opcode) and payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetadataEvent {
    /// [`OPCODE_EVENT_INFO`] or [`OPCODE_EVENT_MAP_INFO`].
    pub opcode: u8,
    /// The `TRACE_EVENT_INFO`, or the provider GUID followed by the `EVENT_MAP_INFO`.
    pub payload: Vec<u8>,
}

/// How the event a schema describes is identified in a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A manifest-based event: by provider, event id and version (`DecodingSourceXMLFile`).
    Manifest,
    /// A classic (MOF) event: by class GUID (the schema's `provider_id`), event type (its opcode) and version
    /// (`DecodingSourceWbem`).
    Classic,
}

/// Why a schema or map could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EncodeError {}

/// The fixed part and entries, then the NUL-terminated UTF-16 strings they point to (offsets from the start).
struct Blob {
    bytes: Vec<u8>,
}

impl Blob {
    fn with_fixed(size: usize) -> Blob {
        Blob { bytes: vec![0; size] }
    }

    fn put(&mut self, at: usize, value: &[u8]) -> Result<(), EncodeError> {
        let end = at.checked_add(value.len()).ok_or_else(|| EncodeError("offset overflow".into()))?;
        let slot = self.bytes.get_mut(at..end).ok_or_else(|| EncodeError(format!("no room at offset {at}")))?;
        slot.copy_from_slice(value);
        Ok(())
    }

    fn put_u32(&mut self, at: usize, v: u32) -> Result<(), EncodeError> {
        self.put(at, &v.to_le_bytes())
    }

    fn put_u16(&mut self, at: usize, v: u16) -> Result<(), EncodeError> {
        self.put(at, &v.to_le_bytes())
    }

    /// Appends strings (each NUL-terminated, one more empty string if `list`) and returns their offset.
    fn strings<'a>(&mut self, texts: impl IntoIterator<Item = &'a str>, list: bool) -> Result<u32, EncodeError> {
        let at = u32::try_from(self.bytes.len()).map_err(|_| EncodeError("the blob passes 4 GiB".into()))?;
        for t in texts {
            self.bytes.extend(t.encode_utf16().chain([0]).flat_map(u16::to_le_bytes));
        }
        if list {
            self.bytes.extend([0, 0]);
        }
        Ok(at)
    }

    /// Appends one string and writes its offset at `field`; nothing (offset 0) for `None`.
    fn name(&mut self, field: usize, text: Option<&str>) -> Result<(), EncodeError> {
        match text {
            Some(t) => {
                let at = self.strings([t], false)?;
                self.put_u32(field, at)
            }
            None => Ok(()),
        }
    }
}

/// Writes `schema` as a `TRACE_EVENT_INFO`, as `TdhGetEventInformation` returns it: what
/// [`parse_trace_event_info`](super::parse_trace_event_info) reads back into the same schema (its message is
/// written too, as `EventMessageOffset`, though the parser does not read it). Properties that have a value map
/// name it; write the maps with [`encode_event_map_info`].
pub fn encode_trace_event_info(schema: &EventSchema, kind: EventKind) -> Result<Vec<u8>, EncodeError> {
    schema.validate().map_err(|e| EncodeError(format!("inconsistent schema: {e}")))?;
    let count = schema.properties.len();
    let fixed = count.checked_mul(PROPERTY).and_then(|n| n.checked_add(HEADER));
    let mut b = Blob::with_fixed(fixed.ok_or_else(|| EncodeError(format!("{count} properties")))?);
    let d = &schema.descriptor;
    let (provider, event_guid, source) = match kind {
        EventKind::Manifest => (schema.provider_id, Guid::ZERO, DECODING_XML_FILE),
        // TDH puts a classic event's class in EventGuid; the provider that logs it is not known here.
        EventKind::Classic => (schema.provider_id, schema.provider_id, DECODING_WBEM),
    };
    b.put(0, &provider.to_le_bytes())?;
    b.put(16, &event_guid.to_le_bytes())?;
    b.put_u16(32, d.id)?;
    b.put(34, &[d.version, d.channel.0, d.level.0, d.opcode.0])?;
    b.put_u16(38, d.task)?;
    b.put(40, &d.keywords.to_le_bytes())?;
    b.put_u32(48, source)?;
    let count32 = u32::try_from(count).map_err(|_| EncodeError(format!("{count} properties")))?;
    b.put_u32(100, count32)?;
    b.put_u32(104, u32::from(schema.top_level))?;
    b.name(52, schema.provider_name.as_deref())?;
    b.name(56, schema.level_name.as_deref())?;
    b.name(60, schema.channel_name.as_deref())?;
    if !schema.keyword_names.is_empty() {
        let at = b.strings(schema.keyword_names.iter().map(|k| &**k), true)?;
        b.put_u32(64, at)?;
    }
    b.name(68, schema.task_name.as_deref())?;
    b.name(72, schema.opcode_name.as_deref())?;
    b.name(76, schema.message.as_deref())?;
    // Offset 92 names the event for manifest events only (for WBEM ones it names the activity id).
    if kind == EventKind::Manifest {
        b.name(92, schema.event_name.as_deref())?;
    }
    for (i, p) in schema.properties.iter().enumerate() {
        let base = HEADER + i * PROPERTY;
        let mut flags = 0;
        b.name(base + 4, Some(&p.name))?;
        let natural = match &p.ty {
            PropertyType::Simple { in_type, out_type, map } => {
                b.put_u16(base + 8, in_type.0)?;
                b.put_u16(base + 10, out_type.0)?;
                b.name(base + 12, map.as_ref().map(|m| &*m.name))?;
                // TDH gives a fixed-size type its size as its length.
                in_type.fixed_size(8).and_then(|s| u16::try_from(s).ok()).unwrap_or(0)
            }
            PropertyType::Struct { first, members } => {
                flags |= PROPERTY_STRUCT;
                b.put_u16(base + 8, *first)?;
                b.put_u16(base + 10, *members)?;
                0
            }
        };
        let count = match p.count {
            Count::One => 1,
            Count::Fixed(n) => {
                flags |= PROPERTY_PARAM_FIXED_COUNT;
                n
            }
            Count::Property(i) => {
                flags |= PROPERTY_PARAM_COUNT;
                i
            }
            // TRACE_EVENT_INFO counts only by a number or another property.
            Count::Prefixed | Count::Remaining => {
                return Err(EncodeError(format!(
                    "property {i} ({}) is an array whose count TRACE_EVENT_INFO cannot express ({:?})",
                    p.name, p.count
                )))
            }
        };
        let length = match p.length {
            Length::Natural => natural,
            Length::Fixed(n) => {
                flags |= PROPERTY_PARAM_FIXED_LENGTH;
                n
            }
            Length::Property(i) => {
                flags |= PROPERTY_PARAM_LENGTH;
                i
            }
        };
        b.put_u32(base, flags)?;
        b.put_u16(base + 16, count)?;
        b.put_u16(base + 18, length)?;
    }
    Ok(b.bytes)
}

/// Writes a value map as an `EVENT_MAP_INFO` (`MapEntryValueType` ULONG; names from its start), as
/// `TdhGetEventMapInformation` returns it. Values past `u32::MAX` cannot be written.
pub fn encode_event_map_info(map: &ValueMap) -> Result<Vec<u8>, EncodeError> {
    let entries = map.entries.len();
    let fixed = entries.checked_mul(8).and_then(|n| n.checked_add(MAP_HEADER));
    let mut b = Blob::with_fixed(fixed.ok_or_else(|| EncodeError(format!("{entries} map entries")))?);
    b.name(0, Some(&map.name))?;
    b.put_u32(4, if map.bitmap { MAP_BITMAP } else { MAP_VALUEMAP })?;
    b.put_u32(8, u32::try_from(entries).map_err(|_| EncodeError(format!("{entries} map entries")))?)?;
    for (i, (value, text)) in map.entries.iter().enumerate() {
        let at = MAP_HEADER + i * 8;
        let v = u32::try_from(*value)
            .map_err(|_| EncodeError(format!("map {}: value {value:#x} does not fit in 32 bits", map.name)))?;
        b.name(at, Some(text))?;
        b.put_u32(at + 4, v)?;
    }
    Ok(b.bytes)
}

/// The EventMetadata events that describe `schemas`: one `EventInfo` per schema, then one `EventMapInfo` per
/// value map (per provider and map name, once). Schemas of TraceLogging events are left out (they carry their own
/// metadata); `kind` says how each schema's events are identified. What cannot be written is returned beside the
/// events, one line each, and the rest is written.
pub fn encode_metadata_events<'a>(
    schemas: impl IntoIterator<Item = (&'a EventSchema, EventKind)>,
) -> (Vec<MetadataEvent>, Vec<String>) {
    let mut events = Vec::new();
    let mut problems = Vec::new();
    let mut maps: BTreeMap<(Guid, Arc<str>), Arc<ValueMap>> = BTreeMap::new();
    for (schema, kind) in schemas {
        if schema.source == DecodingSource::TraceLogging {
            continue;
        }
        match encode_trace_event_info(schema, kind) {
            Ok(payload) => events.push(MetadataEvent { opcode: OPCODE_EVENT_INFO, payload }),
            Err(e) => {
                problems.push(format!(
                    "{} {} v{}: {e}",
                    schema.provider_id, schema.descriptor.id, schema.descriptor.version
                ));
                continue;
            }
        }
        for p in &schema.properties {
            if let PropertyType::Simple { map: Some(m), .. } = &p.ty {
                maps.entry((schema.provider_id, m.name.clone())).or_insert_with(|| m.clone());
            }
        }
    }
    for ((provider, name), map) in maps {
        match encode_event_map_info(&map) {
            Ok(body) => {
                let mut payload = provider.to_le_bytes().to_vec();
                payload.extend(body);
                events.push(MetadataEvent { opcode: OPCODE_EVENT_MAP_INFO, payload });
            }
            Err(e) => problems.push(format!("{provider} map {name}: {e}")),
        }
    }
    (events, problems)
}

#[cfg(test)]
mod tests {
    use super::super::{parse_event_map_info, parse_trace_event_info, EventMetadataSource, Key};
    use super::*;
    use crate::model::Property;
    use crate::types::{InType, OutType};
    use etw_core::{Channel, EventDescriptor, Level, Opcode};

    const PROVIDER: Guid = Guid::parse_const("1c95126e-7eea-49a9-a3fe-a378b03ddb4d");

    fn map(name: &str, bitmap: bool, entries: &[(u64, &str)]) -> Arc<ValueMap> {
        Arc::new(ValueMap {
            name: name.into(),
            bitmap,
            entries: entries.iter().map(|(v, t)| (*v, Arc::from(*t))).collect(),
        })
    }

    /// A schema using every part of the format: names, keywords, a map, a struct array counted by a property,
    /// lengths fixed and taken from a property, fixed counts.
    fn schema(source: DecodingSource) -> EventSchema {
        let descriptor = EventDescriptor {
            id: 1001,
            version: 2,
            channel: Channel(16),
            level: Level(4),
            opcode: Opcode(12),
            task: 77,
            keywords: 0x8000_0000_0000_0011,
        };
        let mut s = EventSchema::new(PROVIDER, descriptor, source);
        s.provider_name = Some("Microsoft-Windows-DNS-Client".into());
        s.event_name = Some("QueryStart".into());
        s.task_name = Some("DnsQuery".into());
        s.opcode_name = Some("Start".into());
        s.level_name = Some("Informational".into());
        s.channel_name = Some("Microsoft-Windows-DNS-Client/Operational".into());
        s.keyword_names = vec!["ResponseTime".into(), "Session".into()];
        let state = map("StateMap", false, &[(0, "Idle"), (1, "Running"), (0xffff_ffff, "Gone")]);
        let flags = map("FlagMap", true, &[(1, "Read"), (2, "Write")]);
        s.push(Property::simple("Count", InType::UINT16, OutType::NULL));
        s.push(Property {
            name: "Entries".into(),
            ty: PropertyType::Struct { first: 6, members: 2 },
            count: Count::Property(0),
            length: Length::Natural,
        });
        s.push(Property {
            name: "State".into(),
            ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::NULL, map: Some(state) },
            count: Count::One,
            length: Length::Natural,
        });
        s.push(Property::simple("Size", InType::UINT32, OutType::NULL));
        s.push(Property {
            name: "Data".into(),
            ty: PropertyType::Simple { in_type: InType::BINARY, out_type: OutType::HEX_BINARY, map: None },
            count: Count::One,
            length: Length::Property(3),
        });
        s.push(Property {
            name: "Tag".into(),
            ty: PropertyType::Simple { in_type: InType::ANSI_STRING, out_type: OutType::NULL, map: None },
            count: Count::Fixed(3),
            length: Length::Fixed(4),
        });
        s.top_level = 6;
        s.properties.push(Property::simple("Name", InType::UNICODE_STRING, OutType::NULL));
        s.properties.push(Property {
            name: "Flags".into(),
            ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::HEXINT32, map: Some(flags) },
            count: Count::One,
            length: Length::Natural,
        });
        s.validate().unwrap();
        s
    }

    #[test]
    fn schemas_come_back_from_their_trace_event_info() {
        let s = schema(DecodingSource::Tdh);
        let blob = encode_trace_event_info(&s, EventKind::Manifest).unwrap();
        // The parser leaves map contents to the maps: compare without them.
        let mut without_maps = s.clone();
        for p in &mut without_maps.properties {
            if let PropertyType::Simple { map, .. } = &mut p.ty {
                *map = None;
            }
        }
        assert_eq!(parse_trace_event_info(&blob, DecodingSource::Tdh).unwrap(), without_maps);
        let (_, names) = super::super::parse_trace_event_info_with_maps(&blob, DecodingSource::Tdh).unwrap();
        assert_eq!(names, vec![(2, Arc::from("StateMap")), (7, Arc::from("FlagMap"))]);
        // The message is written where TDH writes it, and the parser does not take it.
        let mut with_message = s.clone();
        with_message.message = Some("Query %1 started".into());
        let blob = encode_trace_event_info(&with_message, EventKind::Manifest).unwrap();
        assert_eq!(parse_trace_event_info(&blob, DecodingSource::Tdh).unwrap(), without_maps);
        let at = u32::from_le_bytes(blob[76..80].try_into().unwrap()) as usize;
        assert_eq!(&blob[at..at + 4], &[b'Q', 0, b'u', 0]);
    }

    #[test]
    fn metadata_events_teach_the_event_metadata_source_the_same_schema() {
        let s = schema(DecodingSource::Tdh);
        let mut classic = EventSchema::new(
            Guid::parse_const("9e814aad-3204-11d2-9a82-006008a86939"),
            EventDescriptor { opcode: Opcode(10), version: 3, ..EventDescriptor::default() },
            DecodingSource::Tdh,
        );
        classic.provider_name = Some("Process".into());
        classic.push(Property::simple("ProcessId", InType::UINT32, OutType::NULL));
        let tl = EventSchema::new(PROVIDER, EventDescriptor::default(), DecodingSource::TraceLogging);
        let (events, problems) = encode_metadata_events([
            (&s, EventKind::Manifest),
            (&classic, EventKind::Classic),
            (&tl, EventKind::Manifest),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let opcodes: Vec<u8> = events.iter().map(|e| e.opcode).collect();
        // Two schemas (TraceLogging left out), then the two maps, each once.
        assert_eq!(opcodes, [OPCODE_EVENT_INFO, OPCODE_EVENT_INFO, OPCODE_EVENT_MAP_INFO, OPCODE_EVENT_MAP_INFO]);
        let mut source = EventMetadataSource::new();
        for e in &events {
            let learned = match e.opcode {
                OPCODE_EVENT_INFO => source.learn_event_info(&e.payload),
                _ => source.learn_event_map_info(&e.payload),
            };
            assert!(learned, "each event teaches something new");
        }
        let mut expected = s.clone();
        expected.source = DecodingSource::EventMetadata;
        let back = source.schema_for(Key::Manifest(PROVIDER, 1001, 2)).unwrap().unwrap();
        assert_eq!(*back, expected);
        let mut expected = classic.clone();
        expected.source = DecodingSource::EventMetadata;
        let back = source.schema_for(Key::Classic(classic.provider_id, 10, 3)).unwrap().unwrap();
        assert_eq!(*back, expected);
    }

    #[test]
    fn maps_come_back_from_their_event_map_info() {
        for m in [map("M", false, &[(0, "Zero"), (7, "Seven")]), map("B", true, &[(1, "A"), (0x8000_0000, "Top")])] {
            let blob = encode_event_map_info(&m).unwrap();
            assert_eq!(parse_event_map_info(&blob).unwrap().as_ref(), Some(&*m));
        }
        let empty = map("Empty", false, &[]);
        assert_eq!(parse_event_map_info(&encode_event_map_info(&empty).unwrap()).unwrap().as_ref(), Some(&*empty));
    }

    #[test]
    fn what_cannot_be_written_is_said_and_the_rest_written() {
        let wide = map("Wide", false, &[(1 << 40, "Huge")]);
        let e = encode_event_map_info(&wide).unwrap_err();
        assert!(e.0.contains("does not fit in 32 bits"), "{e}");
        let mut s = schema(DecodingSource::Tdh);
        if let PropertyType::Simple { map, .. } = &mut s.properties[2].ty {
            *map = Some(wide);
        }
        let mut broken = schema(DecodingSource::Tdh);
        broken.descriptor.id = 5;
        broken.top_level = 99;
        let (events, problems) = encode_metadata_events([(&s, EventKind::Manifest), (&broken, EventKind::Manifest)]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("inconsistent schema"), "{problems:?}");
        assert!(problems[1].contains("map Wide"), "{problems:?}");
        // The schema and the other map are written.
        assert_eq!(events.iter().map(|e| e.opcode).collect::<Vec<_>>(), [OPCODE_EVENT_INFO, OPCODE_EVENT_MAP_INFO]);
        let mut prefixed = schema(DecodingSource::Tdh);
        prefixed.properties[5].count = Count::Prefixed;
        let e = encode_trace_event_info(&prefixed, EventKind::Manifest).unwrap_err();
        assert!(e.0.contains("property 5 (Tag)"), "{e}");
    }
}
