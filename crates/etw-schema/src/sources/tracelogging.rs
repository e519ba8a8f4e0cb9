//! TraceLogging: events that carry their own schema.
//!
//! A TraceLogging event has its metadata in an `EVENT_SCHEMA_TL` extended data item (field names and types, see
//! [`parse_metadata`] for the layout) and its provider's name in `PROV_TRAITS`. [`TraceLoggingSource`] reads them
//! into an [`EventSchema`] per event.
//!
//! TraceLogging events of one provider often share an event id (usually 0) while their metadata differs, so
//! schemas are cached by the metadata bytes themselves (with the provider, its traits and the descriptor), never
//! by id and version. The cache is bounded: a hostile trace with endless distinct metadata cannot grow it.
//!
//! Type mapping, TraceLogging to TDH: see [`tdh_in_type`] and [`tdh_out_type`].

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher, RandomState};
use std::sync::Arc;

use etw_core::{EventDescriptor, EventRef, ExtType, Guid, ProviderTraits};

use crate::model::EventSchema;
use crate::registry::{SchemaError, SchemaSource};

mod metadata;

pub use metadata::{parse_metadata, tdh_in_type, tdh_out_type, MAX_STRUCT_DEPTH};

/// Cache entries per generation, by default.
const DEFAULT_MAX_ENTRIES: usize = 4096;
/// Approximate bytes held per generation, by default.
const DEFAULT_MAX_BYTES: usize = 8 << 20;

/// One cached answer, with the key it was made for.
struct Entry {
    provider: Guid,
    descriptor: EventDescriptor,
    traits: Box<[u8]>,
    meta: Box<[u8]>,
    schema: Result<Arc<EventSchema>, SchemaError>,
}

impl Entry {
    fn is(&self, provider: Guid, descriptor: &EventDescriptor, traits: &[u8], meta: &[u8]) -> bool {
        self.provider == provider && self.descriptor == *descriptor && *self.meta == *meta && *self.traits == *traits
    }

    /// Roughly the bytes this entry holds.
    fn cost(&self) -> usize {
        let props = match &self.schema {
            Ok(s) => s.properties.iter().map(|p| core::mem::size_of_val(p) + p.name.len()).sum(),
            Err(e) => e.reason.len(),
        };
        core::mem::size_of::<Entry>() + self.meta.len() + self.traits.len() + props
    }
}

/// One generation of the cache: entries by key hash.
#[derive(Default)]
struct Generation {
    map: HashMap<u64, Vec<Entry>>,
    entries: usize,
    bytes: usize,
}

impl Generation {
    fn take(&mut self, h: u64, provider: Guid, d: &EventDescriptor, traits: &[u8], meta: &[u8]) -> Option<Entry> {
        let bucket = self.map.get_mut(&h)?;
        let i = bucket.iter().position(|e| e.is(provider, d, traits, meta))?;
        let e = bucket.swap_remove(i);
        if bucket.is_empty() {
            self.map.remove(&h);
        }
        self.entries -= 1;
        self.bytes = self.bytes.saturating_sub(e.cost());
        Some(e)
    }

    fn get(&self, h: u64, provider: Guid, d: &EventDescriptor, traits: &[u8], meta: &[u8]) -> Option<&Entry> {
        self.map.get(&h)?.iter().find(|e| e.is(provider, d, traits, meta))
    }

    fn insert(&mut self, h: u64, e: Entry) {
        self.entries += 1;
        self.bytes += e.cost();
        self.map.entry(h).or_default().push(e);
    }
}

/// The TraceLogging schema source: reads each event's `EVENT_SCHEMA_TL` metadata, with a bounded cache keyed by
/// the metadata bytes.
///
/// The cache has two generations: new schemas go into the young one; when it is full it becomes the old one
/// (the previous old one is dropped), and a hit in the old one moves back to the young one. So schemas in use
/// stay, and at most twice the limits are held.
pub struct TraceLoggingSource {
    hasher: RandomState,
    young: Generation,
    old: Generation,
    max_entries: usize,
    max_bytes: usize,
    parsed: u64,
}

impl Default for TraceLoggingSource {
    fn default() -> Self {
        TraceLoggingSource::new()
    }
}

impl core::fmt::Debug for TraceLoggingSource {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TraceLoggingSource")
            .field("cached", &self.cached())
            .field("parsed", &self.parsed)
            .field("max_entries", &self.max_entries)
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

impl TraceLoggingSource {
    /// A source with the default cache limits (4096 schemas and about 8 MiB per generation).
    pub fn new() -> TraceLoggingSource {
        TraceLoggingSource::with_limits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES)
    }

    /// A source whose cache holds about `max_entries` schemas and `max_bytes` bytes per generation (at least one
    /// entry).
    pub fn with_limits(max_entries: usize, max_bytes: usize) -> TraceLoggingSource {
        TraceLoggingSource {
            hasher: RandomState::new(),
            young: Generation::default(),
            old: Generation::default(),
            max_entries: max_entries.max(1),
            max_bytes,
            parsed: 0,
        }
    }

    /// Number of cached answers (schemas and errors).
    pub fn cached(&self) -> usize {
        self.young.entries + self.old.entries
    }

    /// How many times metadata was parsed (cache misses).
    pub fn parsed(&self) -> u64 {
        self.parsed
    }

    /// The schema of a TraceLogging event given its parts: provider, descriptor, `PROV_TRAITS` bytes (may be
    /// empty) and `EVENT_SCHEMA_TL` bytes. Cached like [`SchemaSource::lookup`].
    pub fn schema_for(
        &mut self,
        provider: Guid,
        descriptor: &EventDescriptor,
        traits: &[u8],
        meta: &[u8],
    ) -> Result<Arc<EventSchema>, SchemaError> {
        let mut h = self.hasher.build_hasher();
        provider.hash(&mut h);
        descriptor.hash(&mut h);
        traits.hash(&mut h);
        meta.hash(&mut h);
        let h = h.finish();
        if let Some(e) = self.young.get(h, provider, descriptor, traits, meta) {
            return e.schema.clone();
        }
        let entry = match self.old.take(h, provider, descriptor, traits, meta) {
            Some(e) => e,
            None => {
                self.parsed += 1;
                let name = ProviderTraits::parse(traits)
                    .map(|t| t.name())
                    .filter(|n| !n.is_empty())
                    .map(|n| -> Arc<str> { n.into() });
                let schema = parse_metadata(provider, name, *descriptor, meta).map(Arc::new);
                Entry { provider, descriptor: *descriptor, traits: traits.into(), meta: meta.into(), schema }
            }
        };
        let answer = entry.schema.clone();
        if self.young.entries >= self.max_entries || self.young.bytes.saturating_add(entry.cost()) > self.max_bytes {
            self.old = core::mem::take(&mut self.young);
        }
        self.young.insert(h, entry);
        answer
    }
}

impl SchemaSource for TraceLoggingSource {
    fn name(&self) -> &'static str {
        metadata::SOURCE_NAME
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let ext = event.extended();
        let meta = ext.find(ExtType::EVENT_SCHEMA_TL)?.data();
        let traits = ext.find(ExtType::PROV_TRAITS).map(|i| i.data()).unwrap_or_default();
        Some(self.schema_for(event.provider_id(), event.descriptor(), traits, meta))
    }

    fn cacheable(&self) -> bool {
        false
    }

    fn fork(&self) -> Option<Box<dyn SchemaSource>> {
        // The state is a cache of parsed metadata: each thread keeps its own, with the same bounds.
        let mut fresh = TraceLoggingSource::new();
        fresh.max_entries = self.max_entries;
        fresh.max_bytes = self.max_bytes;
        Some(Box::new(fresh))
    }

    // No `provider_name`: a TraceLogging event names its provider itself (its schema carries the name from its
    // provider traits). A name remembered from earlier events would depend on which events a thread had seen,
    // so an event whose traits are missing or damaged would be named differently at different thread counts.
}

/// A fuzz target body: must never panic, hang or allocate without bound, whatever `data` is.
///
/// Input layout: byte 0 holds flags (bit 0: 32-bit pointers, bit 1: no provider traits); bytes 1..3 a u16
/// metadata length `n`; then `n` bytes of metadata (fewer if the input ends); the rest is the payload. The
/// metadata is parsed, the payload decoded with the schema, and every value written as JSON; then the same
/// event goes through [`TraceLoggingSource`] twice (miss, then hit).
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz(data: &[u8]) {
    use etw_core::{Clock, EventHeader, ExtendedItem, ExtendedItems};

    use crate::fuzzing::show_values;
    use crate::Decoder;

    let flags = data.first().copied().unwrap_or(0);
    let pointer_size = if flags & 1 != 0 { 4 } else { 8 };
    let n = etw_core::cursor::u16_at(data, 1).map_or(0, usize::from);
    let rest = data.get(3..).unwrap_or_default();
    let (meta, payload) = rest.split_at(n.min(rest.len()));
    let provider = Guid::from_le_bytes([0x5A; 16]);
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    if let Ok(schema) = parse_metadata(provider, None, EventDescriptor::default(), meta) {
        let _ = schema.display_name();
        show_values(&mut decoder, &schema, payload, pointer_size, &mut out);
    }

    let traits = fuzz_traits();
    let mut items = vec![ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, meta)];
    if flags & 2 == 0 {
        items.push(ExtendedItem::new(ExtType::PROV_TRAITS, &traits));
    }
    let header = EventHeader { provider_id: provider, pointer_size, ..EventHeader::default() };
    let clock = Clock::SYSTEM_TIME;
    let event = EventRef::new(header, ExtendedItems::from_list(&items), payload, &clock);
    let mut source = TraceLoggingSource::with_limits(1, 1);
    for _ in 0..2 {
        if let Some(Ok(schema)) = source.lookup(&event) {
            show_values(&mut decoder, &schema, payload, pointer_size, &mut out);
        }
    }
    let _ = source.provider_name(&provider);
}

#[cfg(feature = "fuzzing")]
fn fuzz_traits() -> Vec<u8> {
    let mut t = vec![0u8, 0];
    t.extend_from_slice(b"Fuzz.Provider\0");
    let n = u16::try_from(t.len()).unwrap_or(0).to_le_bytes();
    if let Some(size) = t.get_mut(..2) {
        size.copy_from_slice(&n);
    }
    t
}
