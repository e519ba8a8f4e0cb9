//! The form of the built-in tables and how a row becomes an [`EventSchema`].
//!
//! The generated modules hold plain rows that point at each other by index, and strings as (offset, length) in one
//! string constant: no row holds a pointer, so the tables are read-only data the loader never has to relocate or
//! touch, and a process that decodes none of their events pays nothing for them. Nothing is allocated until an
//! event of a provider is looked up.

use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::types::{InType, OutType};

/// A string of the table: byte offset and length in [`Tables::strings`]. Length 0 is "no name".
#[derive(Clone, Copy, Debug)]
pub(crate) struct S(pub u32, pub u16);

/// No template, no map.
pub(crate) const NONE: u16 = u16::MAX;

/// One generated module's tables.
pub(crate) struct Tables {
    /// Every string, one after the other.
    pub strings: &'static str,
    pub providers: &'static [ProviderRow],
    /// Every provider's events, each provider's sorted by (id, version).
    pub events: &'static [EventRow],
    pub templates: &'static [TemplateRow],
    pub properties: &'static [PropertyRow],
    pub maps: &'static [MapRow],
    pub map_entries: &'static [(u64, S)],
    /// Keyword names; events refer to runs of them.
    pub keywords: &'static [S],
}

/// One provider.
pub(crate) struct ProviderRow {
    pub guid: Guid,
    pub name: S,
    /// Where the facts came from.
    pub origin: S,
    /// The provider only ever appends fields in new versions of an event (the .NET runtime's rule), so a version
    /// newer than the table's is read with the highest older version the table has.
    pub appends_only: bool,
    /// Its events: `events[first..first + count]`.
    pub first: u32,
    pub count: u32,
}

/// One event (id and version) of a provider.
pub(crate) struct EventRow {
    pub id: u16,
    pub version: u8,
    pub channel: u8,
    pub level: u8,
    pub opcode: u8,
    pub task: u16,
    pub keywords: u64,
    /// Event, task, opcode, level and channel names.
    pub names: [S; 5],
    /// Keyword names: `keywords[first..first + count]`.
    pub keyword_names: (u32, u16),
    /// Index in `templates`, or [`NONE`].
    pub template: u16,
}

/// The properties of an event: `properties[first..first + count]`, the top-level ones first.
pub(crate) struct TemplateRow {
    pub first: u32,
    pub count: u16,
    pub top_level: u16,
}

/// What a property holds.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// In-type and out-type (TDH's numbers), and a map index or [`NONE`].
    Simple {
        in_type: u16,
        out_type: u16,
        map: u16,
    },
    Struct {
        first: u16,
        members: u16,
    },
}

/// One property.
#[derive(Clone, Copy)]
pub(crate) struct PropertyRow {
    pub name: S,
    pub kind: Kind,
    pub count: Count,
    pub length: Length,
}

/// A value map or bitmap: its entries are `map_entries[first..first + count]`.
pub(crate) struct MapRow {
    pub name: S,
    pub bitmap: bool,
    pub first: u32,
    pub count: u32,
}

/// A property of in-type `in_type` shown as out-type `out_type`: one value of its natural length.
pub(crate) const fn p(name: S, in_type: u16, out_type: u16) -> PropertyRow {
    PropertyRow {
        name,
        kind: Kind::Simple { in_type, out_type, map: NONE },
        count: Count::One,
        length: Length::Natural,
    }
}

/// A struct whose members are `members` properties from index `first` of the event's properties.
pub(crate) const fn st(name: S, first: u16, members: u16) -> PropertyRow {
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

    /// Named through map `map` (for simple properties; a struct stays as it is).
    pub(crate) const fn map(self, map: u16) -> PropertyRow {
        match self.kind {
            Kind::Simple { in_type, out_type, .. } => {
                PropertyRow { kind: Kind::Simple { in_type, out_type, map }, ..self }
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
    names: [S; 5],
    keyword_names: (u32, u16),
    template: u16,
) -> EventRow {
    EventRow { id, version, channel, level, opcode, task, keywords, names, keyword_names, template }
}

/// A run of `count` rows from `first`, or nothing if the table does not hold it.
fn run<T>(rows: &'static [T], first: u32, count: u32) -> &'static [T] {
    let first = first as usize;
    rows.get(first..first.saturating_add(count as usize)).unwrap_or_default()
}

impl Tables {
    /// The text of `s`.
    pub(crate) fn text(&self, s: S) -> &'static str {
        let at = s.0 as usize;
        self.strings.get(at..at.saturating_add(usize::from(s.1))).unwrap_or_default()
    }

    /// A name, or `None` for an empty one.
    fn name(&self, s: S) -> Option<Arc<str>> {
        Some(self.text(s)).filter(|t| !t.is_empty()).map(Arc::from)
    }

    /// The events of `provider`, sorted by (id, version).
    pub(crate) fn events_of(&self, provider: &ProviderRow) -> &'static [EventRow] {
        run(self.events, provider.first, provider.count)
    }

    fn map(&self, index: u16) -> Option<Arc<ValueMap>> {
        let m = self.maps.get(usize::from(index))?;
        Some(Arc::new(ValueMap {
            name: self.text(m.name).into(),
            bitmap: m.bitmap,
            entries: run(self.map_entries, m.first, m.count).iter().map(|&(v, n)| (v, self.text(n).into())).collect(),
        }))
    }

    /// The schema of `row` of `provider`.
    pub(crate) fn build(&self, provider: &ProviderRow, row: &EventRow) -> EventSchema {
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
        s.provider_name = self.name(provider.name);
        let [event, task, opcode, level, channel] = row.names;
        s.event_name = self.name(event);
        s.task_name = self.name(task);
        s.opcode_name = self.name(opcode);
        s.level_name = self.name(level);
        s.channel_name = self.name(channel);
        let (first, count) = row.keyword_names;
        s.keyword_names = run(self.keywords, first, u32::from(count)).iter().map(|&k| self.text(k).into()).collect();
        if let Some(t) = self.templates.get(usize::from(row.template)) {
            s.properties = run(self.properties, t.first, u32::from(t.count))
                .iter()
                .map(|p| Property {
                    name: self.text(p.name).into(),
                    ty: match p.kind {
                        Kind::Simple { in_type, out_type, map } => PropertyType::Simple {
                            in_type: InType(in_type),
                            out_type: OutType(out_type),
                            map: self.map(map),
                        },
                        Kind::Struct { first, members } => PropertyType::Struct { first, members },
                    },
                    count: p.count,
                    length: p.length,
                })
                .collect();
            s.top_level = t.top_level;
        }
        s
    }
}
