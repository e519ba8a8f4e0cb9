//! The schema of one event type, equivalent to TDH's `TRACE_EVENT_INFO`: identity and names, and the properties
//! with their types, lengths, counts, nested structs and value maps.

use std::sync::Arc;

use etw_core::{EventDescriptor, Guid};

use crate::types::{InType, OutType};

/// Where a schema came from; printed as `decoded_by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecodingSource {
    /// TraceLogging metadata carried by the event itself.
    TraceLogging,
    /// An instrumentation manifest (XML) the user gave.
    Manifest,
    /// The manifest an EventSource wrote into the trace.
    EventSource,
    /// `TRACE_EVENT_INFO` embedded in the trace (KernelTraceControl's EventMetadata events of merged traces).
    EventMetadata,
    /// Classic kernel (NT Kernel Logger) MOF layouts built into etwkit.
    KernelMof,
    /// Schemas built into etwkit for a manifest provider (Microsoft-Windows-Kernel-Network, the .NET runtime,
    /// the providers of [`crate::sources::builtin`]).
    BuiltIn,
    /// The schema store (`etw schemas import`): schemas read from manifests, provider binaries or TDH.
    Store,
    /// TDH on Windows.
    Tdh,
}

impl DecodingSource {
    /// The name printed as `decoded_by`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DecodingSource::TraceLogging => "tracelogging",
            DecodingSource::Manifest => "manifest",
            DecodingSource::EventSource => "eventsource",
            DecodingSource::EventMetadata => "event-metadata",
            DecodingSource::KernelMof => "kernel-mof",
            DecodingSource::BuiltIn => "builtin",
            DecodingSource::Store => "store",
            DecodingSource::Tdh => "tdh",
        }
    }
}

/// How many values a property holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Count {
    /// One value (not an array).
    #[default]
    One,
    /// A fixed number of values.
    Fixed(u16),
    /// As many values as an earlier property (by index in [`EventSchema::properties`]) says.
    Property(u16),
    /// As many values as a u16 in the data right before the values says (TraceLogging variable arrays).
    Prefixed,
    /// As many values as the rest of the payload holds (classic MOF arrays with no count, such as the frames of
    /// a kernel stack walk). Bytes too few for one more value are left as trailing bytes.
    Remaining,
}

/// How long one value of a variable-size type is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Length {
    /// The type's own rule: fixed size, NUL terminator, or length prefix.
    #[default]
    Natural,
    /// A fixed length: characters for strings, bytes for binary.
    Fixed(u16),
    /// The value of an earlier property (by index): characters for strings, bytes for binary.
    Property(u16),
}

/// A value map: names for the values of an integer property.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueMap {
    /// The map's name.
    pub name: Arc<str>,
    /// True for a bitmap (each entry names a bit or mask; several may apply).
    pub bitmap: bool,
    /// (value, name) pairs.
    pub entries: Vec<(u64, Arc<str>)>,
}

impl ValueMap {
    /// The name of `v` in a value map (exact match).
    pub fn value_name(&self, v: u64) -> Option<&str> {
        self.entries.iter().find(|(k, _)| *k == v).map(|(_, n)| &**n)
    }
}

/// What a property holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PropertyType {
    /// A value of a TDH in-type, shown per its out-type, optionally named through a value map.
    Simple {
        /// Binary form.
        in_type: InType,
        /// How to show it.
        out_type: OutType,
        /// Names for the values.
        map: Option<Arc<ValueMap>>,
    },
    /// A struct whose members are `members` properties starting at index `first` of
    /// [`EventSchema::properties`].
    Struct {
        /// Index of the first member.
        first: u16,
        /// Number of members.
        members: u16,
    },
}

/// One property of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Property {
    /// The property's name.
    pub name: Arc<str>,
    /// What it holds.
    pub ty: PropertyType,
    /// How many values.
    pub count: Count,
    /// How long one value is.
    pub length: Length,
}

impl Property {
    /// A single value of `in_type` shown as `out_type`.
    pub fn simple(name: &str, in_type: InType, out_type: OutType) -> Property {
        Property {
            name: name.into(),
            ty: PropertyType::Simple { in_type, out_type, map: None },
            count: Count::One,
            length: Length::Natural,
        }
    }

    /// The in-type, for simple properties.
    pub fn in_type(&self) -> Option<InType> {
        match self.ty {
            PropertyType::Simple { in_type, .. } => Some(in_type),
            PropertyType::Struct { .. } => None,
        }
    }

    /// The out-type, for simple properties.
    pub fn out_type(&self) -> Option<OutType> {
        match self.ty {
            PropertyType::Simple { out_type, .. } => Some(out_type),
            PropertyType::Struct { .. } => None,
        }
    }

    /// True if the property holds an array.
    pub fn is_array(&self) -> bool {
        self.count != Count::One
    }
}

/// The schema of one event type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventSchema {
    /// Provider GUID (or class GUID of a classic event).
    pub provider_id: Guid,
    /// Provider name.
    pub provider_name: Option<Arc<str>>,
    /// The descriptor the schema was written for.
    pub descriptor: EventDescriptor,
    /// Event name (TraceLogging, manifest `symbol`/template name, or the kernel class and opcode).
    pub event_name: Option<Arc<str>>,
    /// Task name.
    pub task_name: Option<Arc<str>>,
    /// Opcode name.
    pub opcode_name: Option<Arc<str>>,
    /// Level name.
    pub level_name: Option<Arc<str>>,
    /// Channel name.
    pub channel_name: Option<Arc<str>>,
    /// Keyword names.
    pub keyword_names: Vec<Arc<str>>,
    /// The event's message string (`%1`..`%n` insert the top-level properties; see
    /// [`render_message`](crate::render_message)), from a manifest's `message` attribute or a binary's
    /// MESSAGETABLE.
    pub message: Option<Arc<str>>,
    /// Where the schema came from.
    pub source: DecodingSource,
    /// Every property: the top-level ones first (`0..top_level`), then struct members.
    pub properties: Vec<Property>,
    /// Number of top-level properties.
    pub top_level: u16,
}

impl EventSchema {
    /// A schema with no properties, for `provider_id` and `descriptor`.
    pub fn new(provider_id: Guid, descriptor: EventDescriptor, source: DecodingSource) -> EventSchema {
        EventSchema {
            provider_id,
            provider_name: None,
            descriptor,
            event_name: None,
            task_name: None,
            opcode_name: None,
            level_name: None,
            channel_name: None,
            keyword_names: Vec::new(),
            message: None,
            source,
            properties: Vec::new(),
            top_level: 0,
        }
    }

    /// Adds a top-level property (before any struct member is added) and returns its index.
    pub fn push(&mut self, p: Property) -> u16 {
        self.properties.push(p);
        self.top_level = self.top_level.saturating_add(1);
        self.top_level - 1
    }

    /// The top-level properties.
    pub fn top_level_properties(&self) -> &[Property] {
        self.properties.get(..usize::from(self.top_level)).unwrap_or(&self.properties)
    }

    /// Index of the top-level property named `name` (ASCII case-insensitive, as TDH matches names).
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.top_level_properties().iter().position(|p| p.name.eq_ignore_ascii_case(name))
    }

    /// A name for the event: the event name, else `task/opcode`, else the task, else `id N`.
    pub fn display_name(&self) -> String {
        if let Some(n) = &self.event_name {
            return n.to_string();
        }
        match (&self.task_name, &self.opcode_name) {
            (Some(t), Some(o)) => format!("{t}/{o}"),
            (Some(t), None) => t.to_string(),
            _ => format!("id {}", self.descriptor.id),
        }
    }

    /// Checks that indexes (struct members, count and length properties) point where they may: count and
    /// length properties are earlier top-level integer properties, struct members exist. Sources call this on
    /// schemas built from untrusted bytes; the decoder relies on it.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.properties.len();
        if usize::from(self.top_level) > n {
            return Err(format!("top-level count {} is more than the {n} properties", self.top_level));
        }
        for (i, p) in self.properties.iter().enumerate() {
            let earlier_int = |j: u16| {
                let j = usize::from(j);
                j < i.min(usize::from(self.top_level))
                    && self.properties.get(j).and_then(Property::in_type).is_some_and(InType::is_integer)
            };
            if let Count::Property(j) = p.count {
                if !earlier_int(j) && i < usize::from(self.top_level) {
                    return Err(format!("property {i} '{}': count from property {j}, not an earlier integer", p.name));
                }
            }
            if let Length::Property(j) = p.length {
                if !earlier_int(j) && i < usize::from(self.top_level) {
                    return Err(format!("property {i} '{}': length from property {j}, not an earlier integer", p.name));
                }
            }
            if let PropertyType::Struct { first, members } = p.ty {
                let end = usize::from(first) + usize::from(members);
                if end > n || usize::from(first) <= i {
                    return Err(format!("property {i} '{}': struct members {first}..{end} out of range", p.name));
                }
            }
        }
        Ok(())
    }
}
