//! The providers registered on a system, as TDH lists them: names, GUIDs, keywords, levels, events and fields.
//! The blobs TDH returns are read here with every offset and count checked, so the readers run (and are tested)
//! on every platform; [`providers`](crate::providers()) and [`provider_details`](crate::provider_details) call
//! TDH on Windows.

use std::collections::HashMap;
use std::sync::Arc;

use etw_core::cursor::{u32_at, u64_at};
use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};
use etw_schema::{EventSchema, Property, PropertyType, ValueMap};

/// How a provider describes its events (`DECODING_SOURCE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SchemaKind {
    /// An instrumentation manifest.
    Manifest,
    /// A WMI MOF class (classic provider).
    Mof,
    /// WPP (trace message format files).
    Wpp,
    /// TraceLogging (self-describing).
    TraceLogging,
    /// Another value.
    Other(u32),
}

impl SchemaKind {
    /// From `DECODING_SOURCE`.
    pub fn from_raw(v: u32) -> SchemaKind {
        match v {
            0 => SchemaKind::Manifest,
            1 => SchemaKind::Mof,
            2 => SchemaKind::Wpp,
            3 => SchemaKind::TraceLogging,
            other => SchemaKind::Other(other),
        }
    }

    /// A short name: `manifest`, `mof`, `wpp`, `tracelogging`, or the number.
    pub fn as_str(&self) -> String {
        match self {
            SchemaKind::Manifest => "manifest".into(),
            SchemaKind::Mof => "mof".into(),
            SchemaKind::Wpp => "wpp".into(),
            SchemaKind::TraceLogging => "tracelogging".into(),
            SchemaKind::Other(v) => v.to_string(),
        }
    }
}

/// A registered provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderInfo {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    pub name: String,
    /// How it describes its events.
    pub schema: SchemaKind,
}

/// A keyword, level, channel, task or opcode a provider declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderField {
    /// Its name.
    pub name: String,
    /// Its description, when the manifest has one.
    pub description: Option<String>,
    /// Its value (the keyword bit mask, the level number, ...).
    pub value: u64,
}

/// One provider in detail: what `etw providers NAME` shows.
#[derive(Clone, Debug)]
pub struct ProviderDetails {
    /// The provider.
    pub info: ProviderInfo,
    /// Its keywords.
    pub keywords: Vec<ProviderField>,
    /// Its levels.
    pub levels: Vec<ProviderField>,
    /// Its events (manifest providers), each with its fields and their value maps; events TDH could not describe
    /// are left out and counted in `problems`, as are maps it did not give.
    pub events: Vec<Arc<EventSchema>>,
    /// What could not be read (a list TDH refused, an event whose description did not parse).
    pub problems: Vec<String>,
}

/// The NUL-terminated UTF-16 string at `offset` of a buffer (names TDH and ETW write into their buffers).
pub(crate) fn utf16z_at(b: &[u8], offset: usize) -> Option<String> {
    let rest = b.get(offset..)?;
    let units: Vec<u16> =
        rest.chunks_exact(2).map(|c| c.try_into().map_or(0, u16::from_le_bytes)).take_while(|&u| u != 0).collect();
    Some(String::from_utf16_lossy(&units))
}

fn string_at(blob: &[u8], offset: usize, what: &str) -> Result<String, String> {
    if offset == 0 || offset >= blob.len() {
        return Err(format!("{what} offset {offset} is outside the {}-byte list", blob.len()));
    }
    utf16z_at(blob, offset).ok_or_else(|| format!("{what} at {offset} is unreadable"))
}

/// Reads a `PROVIDER_ENUMERATION_INFO` (`NumberOfProviders`, reserved, then 24-byte `TRACE_PROVIDER_INFO`s:
/// GUID, `SchemaSource`, `ProviderNameOffset`; names are UTF-16 from the start of the blob). Unreadable entries
/// are skipped and reported.
pub fn parse_provider_enumeration(blob: &[u8]) -> Result<(Vec<ProviderInfo>, Vec<String>), String> {
    let count = u32_at(blob, 0).ok_or("the provider list is shorter than its header")? as usize;
    let room = blob.len().saturating_sub(8) / 24;
    if count > room {
        return Err(format!("the provider list says {count} providers but has room for {room}"));
    }
    let mut out = Vec::with_capacity(count);
    let mut problems = Vec::new();
    for i in 0..count {
        let at = 8 + i * 24;
        let (Some(guid), Some(source), Some(name_at)) =
            (Guid::read(blob.get(at..).unwrap_or_default()), u32_at(blob, at + 16), u32_at(blob, at + 20))
        else {
            problems.push(format!("provider {i}: entry cut off"));
            continue;
        };
        match string_at(blob, name_at as usize, "name") {
            Ok(name) => out.push(ProviderInfo { guid, name, schema: SchemaKind::from_raw(source) }),
            Err(e) => problems.push(format!("provider {i} ({guid}): {e}")),
        }
    }
    Ok((out, problems))
}

/// Reads a `PROVIDER_FIELD_INFOARRAY` (`NumberOfElements`, `FieldType`, then 16-byte `PROVIDER_FIELD_INFO`s:
/// `NameOffset`, `DescriptionOffset`, `Value`).
pub fn parse_field_info_array(blob: &[u8]) -> Result<Vec<ProviderField>, String> {
    let count = u32_at(blob, 0).ok_or("the field list is shorter than its header")? as usize;
    let room = blob.len().saturating_sub(8) / 16;
    if count > room {
        return Err(format!("the field list says {count} fields but has room for {room}"));
    }
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let at = 8 + i * 16;
        let name_at = u32_at(blob, at).unwrap_or(0) as usize;
        let description_at = u32_at(blob, at + 4).unwrap_or(0) as usize;
        let value = u64_at(blob, at + 8).unwrap_or(0);
        let name = string_at(blob, name_at, &format!("field {i} name"))?;
        let description = if description_at == 0 {
            None
        } else {
            Some(string_at(blob, description_at, &format!("field {i} description"))?).filter(|d| !d.is_empty())
        };
        out.push(ProviderField { name: name.trim_end().to_owned(), description, value });
    }
    Ok(out)
}

/// Reads a `PROVIDER_EVENT_INFO` (`NumberOfEvents`, reserved, then 16-byte `EVENT_DESCRIPTOR`s).
pub fn parse_event_descriptors(blob: &[u8]) -> Result<Vec<EventDescriptor>, String> {
    let count = u32_at(blob, 0).ok_or("the event list is shorter than its header")? as usize;
    let room = blob.len().saturating_sub(8) / 16;
    if count > room {
        return Err(format!("the event list says {count} events but has room for {room}"));
    }
    Ok((0..count)
        .map(|i| {
            let d = blob.get(8 + i * 16..8 + i * 16 + 16).unwrap_or_default();
            let b = |at: usize| d.get(at).copied().unwrap_or(0);
            EventDescriptor {
                id: u16::from_le_bytes([b(0), b(1)]),
                version: b(2),
                channel: Channel(b(3)),
                level: Level(b(4)),
                opcode: Opcode(b(5)),
                task: u16::from_le_bytes([b(6), b(7)]),
                keywords: u64_at(d, 8).unwrap_or(0),
            }
        })
        .collect())
}

/// Gives the properties of `schema` that name a value map (`names`: property index and map name, as
/// [`parse_trace_event_info_with_maps`](etw_schema::sources::event_metadata::parse_trace_event_info_with_maps)
/// returns them) the map `lookup` finds for the name. `lookup` is asked once per distinct name; properties whose
/// map it does not find keep none (their values print as numbers). Returns the names not found.
pub fn attach_maps(
    schema: &mut EventSchema,
    names: &[(usize, Arc<str>)],
    mut lookup: impl FnMut(&str) -> Option<Arc<ValueMap>>,
) -> Vec<Arc<str>> {
    let mut found: HashMap<Arc<str>, Option<Arc<ValueMap>>> = HashMap::new();
    let mut missing = Vec::new();
    for (index, name) in names {
        let map = found.entry(name.clone()).or_insert_with(|| lookup(name)).clone();
        let Some(map) = map else {
            if !missing.contains(name) {
                missing.push(name.clone());
            }
            continue;
        };
        if let Some(Property { ty: PropertyType::Simple { map: slot, .. }, .. }) = schema.properties.get_mut(*index) {
            *slot = Some(map);
        }
    }
    missing
}

/// The provider called `name` (ASCII case-insensitive, as Windows compares provider names), or given as a GUID.
pub fn find_provider<'a>(list: &'a [ProviderInfo], name_or_guid: &str) -> Option<&'a ProviderInfo> {
    if let Ok(g) = name_or_guid.trim_matches(|c| c == '{' || c == '}').parse::<Guid>() {
        return list.iter().find(|p| p.guid == g);
    }
    list.iter().find(|p| p.name.eq_ignore_ascii_case(name_or_guid))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn utf16z(s: &str) -> Vec<u8> {
        s.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect()
    }

    /// A PROVIDER_ENUMERATION_INFO as TDH lays it out.
    pub fn enumeration(providers: &[(Guid, u32, &str)]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&(providers.len() as u32).to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        let names_start = 8 + 24 * providers.len();
        let mut names = Vec::new();
        for (g, source, name) in providers {
            b.extend_from_slice(&g.to_le_bytes());
            b.extend_from_slice(&source.to_le_bytes());
            b.extend_from_slice(&((names_start + names.len()) as u32).to_le_bytes());
            names.extend(utf16z(name));
        }
        b.extend(names);
        b
    }

    const NET: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");

    #[test]
    fn provider_enumeration() {
        let blob = enumeration(&[(NET, 0, "Microsoft-Windows-Kernel-Network"), (Guid::ZERO, 1, "Some MOF")]);
        let (list, problems) = parse_provider_enumeration(&blob).unwrap();
        assert!(problems.is_empty());
        assert_eq!(list.len(), 2);
        assert_eq!(
            list[0],
            ProviderInfo { guid: NET, name: "Microsoft-Windows-Kernel-Network".into(), schema: SchemaKind::Manifest }
        );
        assert_eq!(list[1].schema, SchemaKind::Mof);
        assert_eq!(find_provider(&list, "microsoft-windows-kernel-network").map(|p| p.guid), Some(NET));
        assert_eq!(
            find_provider(&list, "{7dd42a49-5329-4832-8dfd-43d979153a88}").map(|p| p.name.as_str()),
            Some("Microsoft-Windows-Kernel-Network")
        );
        assert_eq!(find_provider(&list, "nope"), None);
        assert_eq!(SchemaKind::from_raw(3).as_str(), "tracelogging");
        assert_eq!(SchemaKind::from_raw(9).as_str(), "9");
    }

    #[test]
    fn damaged_enumerations() {
        assert!(parse_provider_enumeration(&[]).is_err());
        let mut blob = enumeration(&[(NET, 0, "A")]);
        blob[0] = 5;
        assert!(parse_provider_enumeration(&blob).is_err(), "count past the end");
        let mut blob = enumeration(&[(NET, 0, "A"), (NET, 0, "B")]);
        blob[8 + 24 + 20..8 + 24 + 24].copy_from_slice(&9999u32.to_le_bytes());
        let (list, problems) = parse_provider_enumeration(&blob).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(problems.len(), 1);
        // A name without a NUL still reads (to the end of the blob) rather than failing.
        let mut blob = enumeration(&[(NET, 0, "A")]);
        blob.truncate(blob.len() - 2);
        assert_eq!(parse_provider_enumeration(&blob).unwrap().0[0].name, "A");
    }

    #[test]
    fn field_arrays() {
        let mut b = Vec::new();
        b.extend_from_slice(&2u32.to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        let names_at = 8 + 32;
        let a = utf16z("KERNEL_NETWORK_KEYWORD_IPV4 ");
        let d = utf16z("IPv4 traffic");
        let c = utf16z("IPV6");
        for (n, desc, v) in [(names_at, names_at + a.len(), 0x10u64), (names_at + a.len() + d.len(), 0, 0x20)] {
            b.extend_from_slice(&(n as u32).to_le_bytes());
            b.extend_from_slice(&(desc as u32).to_le_bytes());
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.extend(a);
        b.extend(d);
        b.extend(c);
        let f = parse_field_info_array(&b).unwrap();
        assert_eq!(
            f[0],
            ProviderField {
                name: "KERNEL_NETWORK_KEYWORD_IPV4".into(),
                description: Some("IPv4 traffic".into()),
                value: 0x10
            }
        );
        assert_eq!(f[1], ProviderField { name: "IPV6".into(), description: None, value: 0x20 });
        b[0] = 9;
        assert!(parse_field_info_array(&b).is_err());
        b[0] = 2;
        b[8..12].copy_from_slice(&0u32.to_le_bytes());
        assert!(parse_field_info_array(&b).is_err(), "a name offset of 0");
    }

    #[test]
    fn maps_are_attached_by_name_and_asked_for_once() {
        use etw_schema::{DecodingSource, InType, OutType};
        let mut s = EventSchema::new(NET, EventDescriptor::default(), DecodingSource::Tdh);
        for name in ["State", "Other", "Again", "Lost"] {
            s.push(Property::simple(name, InType::UINT32, OutType::NULL));
        }
        let state = Arc::new(ValueMap { name: "StateMap".into(), bitmap: false, entries: vec![(1, "On".into())] });
        let names: Vec<(usize, Arc<str>)> =
            vec![(0, "StateMap".into()), (2, "StateMap".into()), (3, "Gone".into()), (9, "StateMap".into())];
        let mut asked = Vec::new();
        let missing = attach_maps(&mut s, &names, |n| {
            asked.push(n.to_owned());
            (n == "StateMap").then(|| state.clone())
        });
        assert_eq!(asked, ["StateMap", "Gone"]);
        assert_eq!(missing, [Arc::<str>::from("Gone")]);
        let map_of = |i: usize| match &s.properties[i].ty {
            PropertyType::Simple { map, .. } => map.clone(),
            PropertyType::Struct { .. } => None,
        };
        assert_eq!(map_of(0), Some(state.clone()));
        assert_eq!(map_of(1), None);
        assert_eq!(map_of(2), Some(state));
        assert_eq!(map_of(3), None, "index 9 is past the properties and is ignored");
    }

    #[test]
    fn event_descriptor_lists() {
        let mut b = vec![2, 0, 0, 0, 0, 0, 0, 0];
        b.extend_from_slice(&[10, 0, 1, 16, 4, 0, 10, 0]);
        b.extend_from_slice(&0x8000_0000_0000_0010u64.to_le_bytes());
        b.extend_from_slice(&[11, 0, 0, 0, 5, 2, 11, 0]);
        b.extend_from_slice(&0u64.to_le_bytes());
        let d = parse_event_descriptors(&b).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].id, d[0].version, d[0].channel.0, d[0].level.0, d[0].task), (10, 1, 16, 4, 10));
        assert_eq!(d[0].keywords, 0x8000_0000_0000_0010);
        assert_eq!((d[1].id, d[1].opcode.0), (11, 2));
        b[0] = 3;
        assert!(parse_event_descriptors(&b).is_err());
        assert!(parse_event_descriptors(&[1]).is_err());
    }
}
