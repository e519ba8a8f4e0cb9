//! Schemas embedded in the trace: the EventMetadata events KernelTraceControl (xperf, WPR) and PerfView write
//! when they merge or relog a trace, so that it decodes on a machine without the providers' manifests.
//!
//! They are classic events of class `{bbccf6c1-6cd1-48c4-80ff-839482e37671}` (task `MetaData`):
//!
//! - event type 32, `EventInfo`: a `TRACE_EVENT_INFO` as `TdhGetEventInformation` returns it: a 112-byte header
//!   (provider and event GUIDs, the event descriptor, the decoding source, offsets of the names, property counts
//!   and template flags, which do not matter for decoding), then `PropertyCount` 24-byte `EVENT_PROPERTY_INFO`s, then the UTF-16 names they point to.
//!   Every offset is from the start of the blob (the payload).
//! - event type 33, `EventMapInfo`: the provider GUID (16 bytes), then an `EVENT_MAP_INFO` (name offset, flags,
//!   entry count, value type, then `{OutputOffset, Value}` entries). Its offsets are from the start of the
//!   `EVENT_MAP_INFO`, 16 bytes into the payload. Properties name their map (`MapNameOffset`); maps are matched by
//!   provider and name.
//!
//! [`EventMetadataSource`] learns from these events ([`SchemaSource::observe`]; they may come after the events
//! they describe, so a reader should let it see the whole trace first, as the CLI does) and answers for manifest
//! events by (provider, event id, version) and for classic MOF events by (class GUID, event type, version). Maps
//! are attached when a schema is first asked for; a map that arrives later is attached to schemas built after it.
//! It also describes the metadata events themselves (`MetaData/EventInfo`, `MetaData/EventMapInfo`).
//!
//! [`parse_trace_event_info`] reads one `TRACE_EVENT_INFO` (the Windows TDH source reuses it). Every offset and
//! count is checked against the blob, errors name the field and its offset, nothing is allocated by an unchecked
//! count, and the result passes [`EventSchema::validate`]. Names such as `win:Info` lose their `win:` prefix.
//!
//! [`encode_metadata_events`] is the inverse: schemas written as EventMetadata payloads, for a writer that wants
//! its trace to carry the schemas of its providers.

use std::collections::HashMap;
use std::sync::Arc;

use etw_core::cursor::{guid_at, u16_at, u32_at, u64_at, u8_at};
use etw_core::{Channel, EventDescriptor, EventHeaderFlags, EventRef, Guid, Level, Opcode};

mod encode;
pub use encode::{
    encode_event_map_info, encode_metadata_events, encode_trace_event_info, EncodeError, EventKind, MetadataEvent,
};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::registry::{SchemaError, SchemaSource};
use crate::types::{InType, OutType};

/// The class GUID of the EventMetadata events.
pub const METADATA_CLASS: Guid = Guid::parse_const("bbccf6c1-6cd1-48c4-80ff-839482e37671");
/// Event type of a `TRACE_EVENT_INFO` event.
pub const OPCODE_EVENT_INFO: u8 = 32;
/// Event type of an `EVENT_MAP_INFO` event.
pub const OPCODE_EVENT_MAP_INFO: u8 = 33;

const SOURCE_NAME: &str = "event-metadata";
/// Size of the fixed part of `TRACE_EVENT_INFO`.
const HEADER: usize = 112;
/// Size of one `EVENT_PROPERTY_INFO`.
const PROPERTY: usize = 24;
/// Size of the fixed part of `EVENT_MAP_INFO`.
const MAP_HEADER: usize = 16;

// PROPERTY_FLAGS.
const PROPERTY_STRUCT: u32 = 0x1;
const PROPERTY_PARAM_LENGTH: u32 = 0x2;
const PROPERTY_PARAM_COUNT: u32 = 0x4;
const PROPERTY_PARAM_FIXED_LENGTH: u32 = 0x10;
const PROPERTY_PARAM_FIXED_COUNT: u32 = 0x20;

// MAP_FLAGS.
const MAP_VALUEMAP: u32 = 0x1;
const MAP_BITMAP: u32 = 0x2;
const MAP_PATTERNMAP: u32 = 0x4;
const MAP_WBEM_VALUEMAP: u32 = 0x8;
const MAP_WBEM_BITMAP: u32 = 0x10;

/// `DECODING_SOURCE` of a `TRACE_EVENT_INFO`.
const DECODING_XML_FILE: u32 = 0;
const DECODING_WBEM: u32 = 1;

fn bad(reason: impl Into<String>) -> SchemaError {
    SchemaError { source: SOURCE_NAME, reason: reason.into() }
}

fn u32_field(blob: &[u8], offset: usize, what: &str) -> Result<u32, SchemaError> {
    u32_at(blob, offset).ok_or_else(|| bad(format!("{what} at offset {offset} is cut off ({} bytes)", blob.len())))
}

fn u16_field(blob: &[u8], offset: usize, what: &str) -> Result<u16, SchemaError> {
    u16_at(blob, offset).ok_or_else(|| bad(format!("{what} at offset {offset} is cut off ({} bytes)", blob.len())))
}

/// Where names may start: after the fixed part and the entries of a blob.
#[derive(Clone, Copy)]
struct Names {
    start: usize,
}

/// The NUL-terminated UTF-16 string at `at` (`what` is the offset field, at `field_offset`), which must lie in the
/// names part of the blob (from `names.start`).
fn utf16_at(blob: &[u8], at: usize, what: &str, field_offset: usize, names: Names) -> Result<String, SchemaError> {
    if at < names.start {
        return Err(bad(format!(
            "{what} (at offset {field_offset}) is {at}, inside the fixed part and entries (names start at {})",
            names.start
        )));
    }
    let rest = blob.get(at..).filter(|r| !r.is_empty()).ok_or_else(|| {
        bad(format!("{what} (at offset {field_offset}) is {at}, past the end of the {}-byte blob", blob.len()))
    })?;
    let units = rest.chunks_exact(2).map(|c| u16::from_le_bytes(c.try_into().unwrap_or([0, 0])));
    let mut out = String::new();
    for r in char::decode_utf16(units) {
        match r {
            Ok('\0') => return Ok(out),
            Ok(c) => out.push(c),
            Err(_) => out.push(char::REPLACEMENT_CHARACTER),
        }
    }
    Err(bad(format!("the string at {at} ({what}, at offset {field_offset}) has no terminating NUL")))
}

/// An optional name: offset 0 means none.
fn name_at(blob: &[u8], field_offset: usize, what: &str, names: Names) -> Result<Option<String>, SchemaError> {
    let at = u32_field(blob, field_offset, what)? as usize;
    if at == 0 {
        return Ok(None);
    }
    utf16_at(blob, at, what, field_offset, names).map(Some)
}

/// `win:Info` → `Info`: the standard names as TDH shows them.
fn strip_win(name: String) -> Arc<str> {
    name.strip_prefix("win:").map_or_else(|| name.as_str().into(), Arc::from)
}

/// A `TRACE_EVENT_INFO` read into a schema, with the map name of each property that has one.
#[derive(Clone, Debug)]
struct Parsed {
    schema: EventSchema,
    maps: MapNames,
}

/// Reads a `TRACE_EVENT_INFO` blob (as `TdhGetEventInformation` returns it, offsets from the start of `blob`)
/// into a schema whose `source` is `source`. Property value maps are not in the blob; properties that name one
/// get none here (see [`EventMetadataSource`] for how the trace's maps are attached).
///
/// Errors name the field and its offset: a blob shorter than its header, counts whose entries do not fit, name
/// offsets outside the blob or strings without a terminating NUL, struct members or count/length properties that
/// point where they may not.
pub fn parse_trace_event_info(blob: &[u8], source: DecodingSource) -> Result<EventSchema, SchemaError> {
    parse(blob, source).map(|p| p.schema)
}

/// The value map each property of a schema names: (property index, map name).
pub type MapNames = Vec<(usize, Arc<str>)>;

/// As [`parse_trace_event_info`], with the value map each property names: (property index, map name). The maps
/// themselves come separately (`TdhGetEventMapInformation`, or the trace's `EventMapInfo` events: see
/// [`parse_event_map_info`]).
pub fn parse_trace_event_info_with_maps(
    blob: &[u8],
    source: DecodingSource,
) -> Result<(EventSchema, MapNames), SchemaError> {
    parse(blob, source).map(|p| (p.schema, p.maps))
}

/// Reads an `EVENT_MAP_INFO` (as `TdhGetEventMapInformation` returns it; offsets from its start) into a value
/// map. `None` for maps that name patterns or strings rather than values (pattern maps), which a schema cannot
/// apply.
pub fn parse_event_map_info(map: &[u8]) -> Result<Option<ValueMap>, SchemaError> {
    parse_map_body(map).map(|m| m.map(|(_, m)| m))
}

fn parse(blob: &[u8], source: DecodingSource) -> Result<Parsed, SchemaError> {
    if blob.len() < HEADER {
        return Err(bad(format!("TRACE_EVENT_INFO of {} bytes is shorter than its {HEADER}-byte header", blob.len())));
    }
    let provider = guid_at(blob, 0).ok_or_else(|| bad("ProviderGuid cut off"))?;
    let event_guid = guid_at(blob, 16).ok_or_else(|| bad("EventGuid cut off"))?;
    let descriptor = EventDescriptor {
        id: u16_field(blob, 32, "EventDescriptor.Id")?,
        version: u8_at(blob, 34).unwrap_or(0),
        channel: Channel(u8_at(blob, 35).unwrap_or(0)),
        level: Level(u8_at(blob, 36).unwrap_or(0)),
        opcode: Opcode(u8_at(blob, 37).unwrap_or(0)),
        task: u16_field(blob, 38, "EventDescriptor.Task")?,
        keywords: u64_at(blob, 40).unwrap_or(0),
    };
    let decoding = u32_field(blob, 48, "DecodingSource")?;
    // The template flags (offset 108) say whether the manifest's template was EventData or UserData (XML the
    // provider lays out, as the CLR's templates are); either way the properties below describe the payload.
    let count = u32_field(blob, 100, "PropertyCount")? as usize;
    let top_level = u32_field(blob, 104, "TopLevelPropertyCount")? as usize;
    let room = (blob.len() - HEADER) / PROPERTY;
    if count > room || count > usize::from(u16::MAX) {
        return Err(bad(format!(
            "PropertyCount (at offset 100) is {count}, but the {}-byte blob has room for {room} properties",
            blob.len()
        )));
    }
    if top_level > count {
        return Err(bad(format!(
            "TopLevelPropertyCount (at offset 104) is {top_level}, more than the {count} properties"
        )));
    }
    // A classic (MOF) event is identified by its class GUID, which TDH puts in EventGuid.
    let id_guid = if decoding == DECODING_WBEM && !event_guid.is_zero() { event_guid } else { provider };
    let names = Names { start: HEADER + count * PROPERTY };
    let mut schema = EventSchema::new(id_guid, descriptor, source);
    schema.provider_name = name_at(blob, 52, "ProviderNameOffset", names)?.map(Arc::from);
    schema.level_name = name_at(blob, 56, "LevelNameOffset", names)?.map(strip_win);
    schema.channel_name = name_at(blob, 60, "ChannelNameOffset", names)?.map(Arc::from);
    schema.task_name = name_at(blob, 68, "TaskNameOffset", names)?.map(strip_win);
    schema.opcode_name = name_at(blob, 72, "OpcodeNameOffset", names)?.map(strip_win);
    // Offset 92 holds the event name for manifest events (and the activity id name for WBEM ones).
    if decoding == DECODING_XML_FILE {
        schema.event_name = name_at(blob, 92, "EventNameOffset", names)?.map(Arc::from);
    }
    let keywords_at = u32_field(blob, 64, "KeywordsNameOffset")? as usize;
    if keywords_at != 0 {
        // A list of strings ended by an empty one.
        let mut at = keywords_at;
        loop {
            let k = utf16_at(blob, at, "KeywordsNameOffset", 64, names)?;
            if k.is_empty() {
                break;
            }
            at += 2 * (k.encode_utf16().count() + 1);
            schema.keyword_names.push(strip_win(k));
        }
    }
    schema.properties.reserve(count);
    let mut maps = Vec::new();
    for i in 0..count {
        let base = HEADER + i * PROPERTY;
        let what = |f: &str| format!("property {i} {f}");
        let flags = u32_field(blob, base, &what("Flags"))?;
        let name_offset = u32_field(blob, base + 4, &what("NameOffset"))? as usize;
        let name = utf16_at(blob, name_offset, &what("NameOffset"), base + 4, names)?;
        let first = u16_field(blob, base + 8, &what("InType"))?;
        let second = u16_field(blob, base + 10, &what("OutType"))?;
        let map_offset = u32_field(blob, base + 12, &what("MapNameOffset"))? as usize;
        let count_field = u16_field(blob, base + 16, &what("count"))?;
        let length_field = u16_field(blob, base + 18, &what("length"))?;
        let ty = if flags & PROPERTY_STRUCT != 0 {
            PropertyType::Struct { first, members: second }
        } else {
            if map_offset != 0 {
                let map = utf16_at(blob, map_offset, &what("MapNameOffset"), base + 12, names)?;
                maps.push((i, Arc::from(map.as_str())));
            }
            PropertyType::Simple { in_type: InType(first), out_type: OutType(second), map: None }
        };
        let count = if flags & PROPERTY_PARAM_COUNT != 0 {
            Count::Property(count_field)
        } else if flags & PROPERTY_PARAM_FIXED_COUNT != 0 || count_field > 1 {
            Count::Fixed(count_field)
        } else {
            Count::One
        };
        let fixed_size = match ty {
            PropertyType::Simple { in_type, .. } => in_type.fixed_size(8).is_some(),
            PropertyType::Struct { .. } => true,
        };
        let length = if flags & PROPERTY_PARAM_LENGTH != 0 {
            Length::Property(length_field)
        } else if !fixed_size && (length_field > 0 || flags & PROPERTY_PARAM_FIXED_LENGTH != 0) {
            Length::Fixed(length_field)
        } else {
            Length::Natural
        };
        schema.properties.push(Property { name: name.into(), ty, count, length });
    }
    // At most PropertyCount, which was checked against u16::MAX above.
    schema.top_level =
        u16::try_from(top_level).map_err(|_| bad(format!("TopLevelPropertyCount {top_level} is too large")))?;
    schema.validate().map_err(|e| bad(format!("inconsistent TRACE_EVENT_INFO: {e}")))?;
    Ok(Parsed { schema, maps })
}

/// Reads an `EventMapInfo` payload: (provider, map name, map). `None` for maps that name patterns or strings
/// rather than values (pattern maps), which a schema cannot apply.
fn parse_map(payload: &[u8]) -> Result<Option<(Guid, Arc<str>, ValueMap)>, SchemaError> {
    let provider = guid_at(payload, 0).ok_or_else(|| bad("EventMapInfo shorter than its provider GUID"))?;
    let map = payload.get(16..).unwrap_or_default();
    Ok(parse_map_body(map)?.map(|(name, m)| (provider, name, m)))
}

/// An `EVENT_MAP_INFO` alone: its name and map.
fn parse_map_body(map: &[u8]) -> Result<Option<(Arc<str>, ValueMap)>, SchemaError> {
    if map.len() < MAP_HEADER {
        return Err(bad(format!("EVENT_MAP_INFO of {} bytes is shorter than its {MAP_HEADER}-byte header", map.len())));
    }
    let name_offset = u32_field(map, 0, "NameOffset")? as usize;
    let flags = u32_field(map, 4, "Flag")?;
    let entries = u32_field(map, 8, "EntryCount")? as usize;
    let value_type = u32_field(map, 12, "MapEntryValueType")?;
    let room = (map.len() - MAP_HEADER) / 8;
    if entries > room {
        return Err(bad(format!(
            "EntryCount (at map offset 8) is {entries}, but the {}-byte map has room for {room} entries",
            map.len()
        )));
    }
    let names = Names { start: MAP_HEADER + entries * 8 };
    let name = utf16_at(map, name_offset, "NameOffset", 0, names)?;
    if flags & MAP_PATTERNMAP != 0 || value_type != 0 {
        return Ok(None);
    }
    let bitmap = flags & (MAP_BITMAP | MAP_WBEM_BITMAP) != 0;
    if !bitmap && flags & (MAP_VALUEMAP | MAP_WBEM_VALUEMAP) == 0 {
        return Ok(None);
    }
    let mut list = Vec::with_capacity(entries);
    for i in 0..entries {
        let at = MAP_HEADER + i * 8;
        let output = u32_field(map, at, "OutputOffset")? as usize;
        let value = u32_field(map, at + 4, "Value")?;
        let text = utf16_at(map, output, &format!("entry {i} OutputOffset"), at, names)?;
        // TDH ends map names with a space; TraceEvent and readers want the name.
        list.push((u64::from(value), Arc::from(text.trim_end())));
    }
    let name: Arc<str> = Arc::from(name.as_str());
    Ok(Some((name.clone(), ValueMap { name, bitmap, entries: list })))
}

/// What an event is looked up by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// Manifest-based events: provider, event id, version.
    Manifest(Guid, u16, u8),
    /// Classic (MOF) events: class GUID, event type, version.
    Classic(Guid, u8, u8),
}

#[derive(Debug)]
struct Entry {
    blob: Vec<u8>,
    parsed: Result<Parsed, SchemaError>,
    /// The schema with the maps known when it was built.
    built: Option<Arc<EventSchema>>,
}

/// The EventMetadata events of a trace as a schema source (`decoded_by`: `event-metadata`).
#[derive(Debug, Default)]
pub struct EventMetadataSource {
    entries: HashMap<Key, Entry>,
    maps: HashMap<(Guid, Arc<str>), Arc<ValueMap>>,
    /// EventInfo blobs too damaged to tell which event they describe.
    unreadable: u64,
    own: HashMap<u8, Arc<EventSchema>>,
}

impl EventMetadataSource {
    /// A source that knows nothing yet.
    pub fn new() -> EventMetadataSource {
        EventMetadataSource::default()
    }

    /// Number of event types described so far (readable or not).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if no event type is described.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of value maps learned.
    pub fn map_count(&self) -> usize {
        self.maps.len()
    }

    /// The names of the providers whose events are described, sorted, each once.
    pub fn provider_names(&self) -> Vec<Arc<str>> {
        let mut names: Vec<Arc<str>> = self
            .entries
            .values()
            .filter_map(|e| e.parsed.as_ref().ok().and_then(|p| p.schema.provider_name.clone()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// EventInfo blobs whose header could not be read at all (they describe no known event).
    pub fn unreadable(&self) -> u64 {
        self.unreadable
    }

    /// Learns from one `TRACE_EVENT_INFO` blob. Returns true if it describes an event type that was not known or
    /// was described differently.
    pub fn learn_event_info(&mut self, blob: &[u8]) -> bool {
        let Some(key) = key_of_blob(blob) else {
            self.unreadable += 1;
            return false;
        };
        if self.entries.get(&key).is_some_and(|e| e.blob == blob) {
            return false;
        }
        let parsed = parse(blob, DecodingSource::EventMetadata);
        self.entries.insert(key, Entry { blob: blob.to_vec(), parsed, built: None });
        true
    }

    /// Learns from one `EventMapInfo` payload (provider GUID, then `EVENT_MAP_INFO`). Returns true if the map is
    /// new or changed.
    pub fn learn_event_map_info(&mut self, payload: &[u8]) -> bool {
        let Ok(Some((provider, name, map))) = parse_map(payload) else { return false };
        let key = (provider, name);
        if self.maps.get(&key).is_some_and(|m| **m == map) {
            return false;
        }
        self.maps.insert(key, Arc::new(map));
        // Schemas of this provider are rebuilt with the map next time they are asked for.
        for e in self.entries.values_mut() {
            if guid_at(&e.blob, 0) == Some(provider) {
                e.built = None;
            }
        }
        true
    }

    fn schema_for(&mut self, key: Key) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let maps = &self.maps;
        let entry = self.entries.get_mut(&key)?;
        if let Some(built) = &entry.built {
            return Some(Ok(built.clone()));
        }
        let parsed = match &entry.parsed {
            Ok(p) => p,
            Err(e) => return Some(Err(e.clone())),
        };
        let provider = guid_at(&entry.blob, 0).unwrap_or(Guid::ZERO);
        let mut schema = parsed.schema.clone();
        for (i, name) in &parsed.maps {
            let Some(map) = maps.get(&(provider, name.clone())) else { continue };
            if let Some(Property { ty: PropertyType::Simple { map: slot, .. }, .. }) = schema.properties.get_mut(*i) {
                *slot = Some(map.clone());
            }
        }
        let built = Arc::new(schema);
        entry.built = Some(built.clone());
        Some(Ok(built))
    }

    /// The schemas of the metadata events themselves.
    fn own_schema(&mut self, opcode: u8, version: u8) -> Option<Arc<EventSchema>> {
        if opcode != OPCODE_EVENT_INFO && opcode != OPCODE_EVENT_MAP_INFO {
            return None;
        }
        let schema = self.own.entry(opcode).or_insert_with(|| {
            let descriptor = EventDescriptor { opcode: Opcode(opcode), version, ..EventDescriptor::default() };
            let mut s = EventSchema::new(METADATA_CLASS, descriptor, DecodingSource::EventMetadata);
            s.provider_name = Some("KernelTraceControl".into());
            s.task_name = Some("MetaData".into());
            let binary = |name: &str| Property::simple(name, InType::BINARY, OutType::HEX_BINARY);
            if opcode == OPCODE_EVENT_INFO {
                s.opcode_name = Some("EventInfo".into());
                s.push(binary("TraceEventInfo"));
            } else {
                s.opcode_name = Some("EventMapInfo".into());
                s.push(Property::simple("ProviderGuid", InType::GUID, OutType::NULL));
                s.push(binary("EventMapInfo"));
            }
            s.event_name = Some(format!("MetaData/{}", s.opcode_name.as_deref().unwrap_or("")).into());
            Arc::new(s)
        });
        Some(schema.clone())
    }
}

/// The lookup key of the event a blob describes, from its header alone.
fn key_of_blob(blob: &[u8]) -> Option<Key> {
    if blob.len() < HEADER {
        return None;
    }
    let provider = guid_at(blob, 0)?;
    let event_guid = guid_at(blob, 16)?;
    let id = u16_at(blob, 32)?;
    let version = u8_at(blob, 34)?;
    let opcode = u8_at(blob, 37)?;
    match u32_at(blob, 48)? {
        DECODING_WBEM if !event_guid.is_zero() => Some(Key::Classic(event_guid, opcode, version)),
        DECODING_WBEM => Some(Key::Classic(provider, opcode, version)),
        // Manifest events; TraceLogging (3) and WPP (2) events carry or name their own metadata.
        DECODING_XML_FILE => Some(Key::Manifest(provider, id, version)),
        _ => None,
    }
}

fn is_classic(event: &EventRef<'_>) -> bool {
    event.header_kind().is_classic() || event.flags().contains(EventHeaderFlags::CLASSIC_HEADER)
}

impl SchemaSource for EventMetadataSource {
    fn name(&self) -> &'static str {
        SOURCE_NAME
    }

    fn observe(&mut self, event: &EventRef<'_>) -> bool {
        if !is_classic(event) || event.provider_id() != METADATA_CLASS {
            return false;
        }
        match event.opcode().0 {
            OPCODE_EVENT_INFO => self.learn_event_info(event.payload()),
            OPCODE_EVENT_MAP_INFO => self.learn_event_map_info(event.payload()),
            _ => false,
        }
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        if event.hook().is_some() {
            return None;
        }
        let provider = event.provider_id();
        if is_classic(event) {
            if provider == METADATA_CLASS {
                return self.own_schema(event.opcode().0, event.version()).map(Ok);
            }
            self.schema_for(Key::Classic(provider, event.opcode().0, event.version()))
        } else {
            self.schema_for(Key::Manifest(provider, event.id(), event.version()))
        }
    }

    fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        let mut known: Vec<u8> = self
            .entries
            .keys()
            .filter_map(|k| match *k {
                Key::Manifest(p, i, v) if p == *provider && i == id => Some(v),
                _ => None,
            })
            .collect();
        known.sort_unstable();
        known
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        if *provider == METADATA_CLASS {
            return Some("KernelTraceControl".into());
        }
        self.entries.iter().find_map(|(k, e)| {
            let p = match k {
                Key::Manifest(p, ..) | Key::Classic(p, ..) => p,
            };
            if p != provider {
                return None;
            }
            e.parsed.as_ref().ok().and_then(|x| x.schema.provider_name.clone())
        })
    }
}

/// Fuzz body: reads `data` as a `TRACE_EVENT_INFO` and as an `EventMapInfo` payload, learns both, and decodes the
/// data's tail (after the first byte, which picks the pointer size) with any schema that resulted, through
/// [`Decoder`](crate::Decoder) and [`write_json`](crate::write_json). Never panics.
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz(data: &[u8]) {
    use crate::fuzzing::show_values;
    use crate::Decoder;

    let pointer_size = if data.first().copied().unwrap_or(0) & 1 == 0 { 8 } else { 4 };
    let mut source = EventMetadataSource::new();
    source.learn_event_map_info(data);
    source.learn_event_info(data);
    let _ = parse_trace_event_info(data, DecodingSource::Tdh);
    let payload = data.get(1..).unwrap_or_default();
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    let keys: Vec<Key> = source.entries.keys().copied().collect();
    for key in keys {
        if let Some(Ok(schema)) = source.schema_for(key) {
            show_values(&mut decoder, &schema, payload, pointer_size, &mut out);
        }
    }
}
