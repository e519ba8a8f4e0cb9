//! The form of the built-in tables: static rows that the generated modules fill in, and how a row becomes an
//! [`EventSchema`]. Nothing here allocates until an event of a provider is looked up.

use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::types::{InType, OutType};

/// One provider: its identity and its events, sorted by (id, version).
pub(crate) struct ProviderTable {
    pub guid: Guid,
    pub name: &'static str,
    /// Where the facts came from (shown in docs and messages).
    pub origin: &'static str,
    /// The provider only ever appends fields in new versions of an event (the .NET runtime's rule), so a
    /// version newer than the table's is read with the highest older version the table has.
    pub appends_only: bool,
    pub events: &'static [EventRow],
}

/// One event (id and version) of a provider. Names are empty where the source gives none.
pub(crate) struct EventRow {
    pub id: u16,
    pub version: u8,
    pub channel: u8,
    pub level: u8,
    pub opcode: u8,
    pub task: u16,
    pub keywords: u64,
    /// Event, task, opcode, level and channel names.
    pub names: [&'static str; 5],
    pub keyword_names: &'static [&'static str],
    pub template: &'static Template,
}

/// The properties of an event: the top-level ones first, then struct members.
pub(crate) struct Template {
    pub top_level: u16,
    pub properties: &'static [PropertyRow],
}

/// A template with no properties.
pub(crate) static EMPTY: Template = Template { top_level: 0, properties: &[] };

/// What a property holds.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Simple { in_type: InType, out_type: OutType, map: Option<&'static MapRow> },
    Struct { first: u16, members: u16 },
}

/// One property.
#[derive(Clone, Copy)]
pub(crate) struct PropertyRow {
    pub name: &'static str,
    pub kind: Kind,
    pub count: Count,
    pub length: Length,
}

/// A value map or bitmap.
pub(crate) struct MapRow {
    pub name: &'static str,
    pub bitmap: bool,
    pub entries: &'static [(u64, &'static str)],
}

/// A property of in-type `in_type` shown as out-type `out_type` (TDH's numbers, see [`InType`] and [`OutType`]):
/// one value of its natural length.
pub(crate) const fn p(name: &'static str, in_type: u16, out_type: u16) -> PropertyRow {
    PropertyRow {
        name,
        kind: Kind::Simple { in_type: InType(in_type), out_type: OutType(out_type), map: None },
        count: Count::One,
        length: Length::Natural,
    }
}

/// A struct whose members are `members` properties from index `first`.
pub(crate) const fn st(name: &'static str, first: u16, members: u16) -> PropertyRow {
    PropertyRow { name, kind: Kind::Struct { first, members }, count: Count::One, length: Length::Natural }
}

impl PropertyRow {
    /// With a count.
    pub(crate) const fn count(self, count: Count) -> PropertyRow {
        PropertyRow { count, ..self }
    }

    /// With a length.
    pub(crate) const fn length(self, length: Length) -> PropertyRow {
        PropertyRow { length, ..self }
    }

    /// Named through a map (for simple properties; a struct stays as it is).
    pub(crate) const fn map(self, map: &'static MapRow) -> PropertyRow {
        match self.kind {
            Kind::Simple { in_type, out_type, .. } => {
                PropertyRow { kind: Kind::Simple { in_type, out_type, map: Some(map) }, ..self }
            }
            Kind::Struct { .. } => self,
        }
    }
}

/// An event row: `e(id, version, [channel, level, opcode], task, keywords, [names], keyword names, template)`.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn e(
    id: u16,
    version: u8,
    [channel, level, opcode]: [u8; 3],
    task: u16,
    keywords: u64,
    names: [&'static str; 5],
    keyword_names: &'static [&'static str],
    template: &'static Template,
) -> EventRow {
    EventRow { id, version, channel, level, opcode, task, keywords, names, keyword_names, template }
}

fn name(s: &'static str) -> Option<Arc<str>> {
    (!s.is_empty()).then(|| Arc::from(s))
}

fn map_of(m: &MapRow) -> Arc<ValueMap> {
    Arc::new(ValueMap {
        name: m.name.into(),
        bitmap: m.bitmap,
        entries: m.entries.iter().map(|&(v, n)| (v, Arc::from(n))).collect(),
    })
}

/// The schema of `row` of `provider`.
pub(crate) fn build(provider: &ProviderTable, row: &EventRow) -> EventSchema {
    let descriptor = EventDescriptor {
        id: row.id,
        version: row.version,
        channel: Channel(row.channel),
        level: Level(row.level),
        opcode: Opcode(row.opcode),
        task: row.task,
        keywords: row.keywords,
    };
    let mut s = EventSchema::new(provider.guid, descriptor, DecodingSource::BuiltIn);
    s.provider_name = name(provider.name);
    let [event, task, opcode, level, channel] = row.names;
    s.event_name = name(event);
    s.task_name = name(task);
    s.opcode_name = name(opcode);
    s.level_name = name(level);
    s.channel_name = name(channel);
    s.keyword_names = row.keyword_names.iter().map(|&k| Arc::from(k)).collect();
    s.properties = row
        .template
        .properties
        .iter()
        .map(|p| Property {
            name: p.name.into(),
            ty: match p.kind {
                Kind::Simple { in_type, out_type, map } => {
                    PropertyType::Simple { in_type, out_type, map: map.map(map_of) }
                }
                Kind::Struct { first, members } => PropertyType::Struct { first, members },
            },
            count: p.count,
            length: p.length,
        })
        .collect();
    s.top_level = row.template.top_level;
    s
}
