//! EventSource in-band manifests: the manifest a .NET `EventSource` writes into the trace about itself.
//!
//! When a session enables an EventSource (and again at rundown), the EventSource logs its own manifest as event
//! id `0xFFFE` (task `0xFFFE`, opcode `0xFE`, "ManifestData") of its own provider. The payload is a
//! `ManifestEnvelope` followed by one chunk of the UTF-8 manifest XML:
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 1 | `Format`: 1 = XML |
//! | 1 | 1 | `MajorVersion` (1) |
//! | 2 | 1 | `MinorVersion` (0) |
//! | 3 | 1 | `Magic`: `0x5B` |
//! | 4 | 2 | `TotalChunks` |
//! | 6 | 2 | `ChunkNumber` (0-based) |
//! | 8 | .. | the chunk |
//!
//! [`InBandManifestSource`] collects the chunks per (provider, process), in order; chunk 0 starts a new manifest
//! (EventSources send theirs again and again), a repeated chunk replaces the earlier one. When every chunk is
//! in, the manifest is parsed by the [manifest reader](super::manifest) and its events decode as
//! `eventsource`. A manifest may arrive after the events it describes: feed the whole trace to
//! [`SchemaSource::observe`] first (the registry forgets cached misses when a manifest completes).
//!
//! A manifest only describes the provider that sent it: a provider element with another GUID is ignored, so a
//! trace cannot redefine other providers' events this way. When one provider sends different manifests (two
//! builds of one EventSource in two processes), they are merged: the events of the one first completed later
//! replace those with the same id and version, and the others are kept. A manifest already parsed is not
//! parsed again when it is sent again. (The registry keeps schemas it has already given out, so an event type
//! decoded before a replacing manifest arrives keeps its first schema.)
//!
//! The ManifestData events themselves decode too, by a built-in schema of the envelope (`Format`,
//! `MajorVersion`, `MinorVersion`, `Magic`, `TotalChunks`, `ChunkNumber`) followed by the chunk as `Data`.
//!
//! # Hostile traces
//!
//! Memory is bounded: at most [`MAX_CHUNKS`] chunks and [`MAX_MANIFEST_BYTES`] bytes per manifest,
//! [`MAX_PENDING`] manifests being assembled at once (the oldest is dropped), [`MAX_MANIFESTS`] distinct
//! manifests parsed, [`MAX_SCHEMA_UNITS`] events and properties loaded from all of them, and [`MAX_PROBLEMS`]
//! problems kept.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, EventRef, Guid, Level, Opcode};

use crate::model::{DecodingSource, EventSchema, Property};
use crate::registry::{SchemaError, SchemaSource};
use crate::sources::manifest::{ManifestError, ManifestSource};
use crate::types::{InType, OutType};

/// The event id of ManifestData events.
pub const MANIFEST_EVENT_ID: u16 = 0xFFFE;
/// The opcode of ManifestData events.
pub const MANIFEST_OPCODE: u8 = 0xFE;
/// `ManifestEnvelope.Magic`.
pub const MAGIC: u8 = 0x5B;
/// `ManifestEnvelope.Format` of an XML manifest.
pub const FORMAT_XML: u8 = 1;
/// Size of the envelope before the chunk.
pub const ENVELOPE_SIZE: usize = 8;
/// Most chunks one manifest may have.
pub const MAX_CHUNKS: u16 = 1024;
/// Largest manifest assembled.
pub const MAX_MANIFEST_BYTES: usize = 16 << 20;
/// Most manifests being assembled at once.
pub const MAX_PENDING: usize = 64;
/// Most distinct manifests parsed over the life of the source.
pub const MAX_MANIFESTS: usize = 4096;
/// Most problems kept (more are counted).
pub const MAX_PROBLEMS: usize = 256;
/// Most events and properties all manifests together may load (see
/// [`MAX_DOCUMENT_UNITS`](super::manifest::MAX_DOCUMENT_UNITS)).
pub const MAX_SCHEMA_UNITS: usize = 1 << 21;

/// A `ManifestEnvelope` as read from the start of a ManifestData payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// Manifest format (1 = XML).
    pub format: u8,
    /// Major version.
    pub major_version: u8,
    /// Minor version.
    pub minor_version: u8,
    /// Magic byte (0x5B).
    pub magic: u8,
    /// Number of chunks of the manifest.
    pub total_chunks: u16,
    /// This chunk's number, from 0.
    pub chunk_number: u16,
}

impl Envelope {
    /// Reads the envelope at the start of `payload` (8 bytes), if it is long enough.
    pub fn read(payload: &[u8]) -> Option<Envelope> {
        let b: [u8; ENVELOPE_SIZE] = payload.get(..ENVELOPE_SIZE)?.try_into().ok()?;
        let [format, major_version, minor_version, magic, t0, t1, c0, c1] = b;
        Some(Envelope {
            format,
            major_version,
            minor_version,
            magic,
            total_chunks: u16::from_le_bytes([t0, t1]),
            chunk_number: u16::from_le_bytes([c0, c1]),
        })
    }
}

/// What the source has seen, for statistics and messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventSourceStats {
    /// ManifestData events seen.
    pub chunks: u64,
    /// Chunks refused (bad envelope, over a limit).
    pub rejected_chunks: u64,
    /// Manifests completed (including repeats of one already parsed).
    pub completed: u64,
    /// Distinct manifests parsed.
    pub parsed: u64,
    /// Manifests that could not be parsed.
    pub failed: u64,
}

struct Assembly {
    total: u16,
    chunks: Vec<Option<Vec<u8>>>,
    received: u16,
    bytes: usize,
    /// When the assembly last got a chunk (a counter), to drop the oldest when too many are open.
    touched: u64,
}

/// Schemas from the manifests EventSources write into the trace.
pub struct InBandManifestSource {
    manifests: ManifestSource,
    pending: HashMap<(Guid, u32), Assembly>,
    /// Hashes of the manifests parsed, keyed per source so a trace cannot aim collisions at it.
    parsed: HashSet<(Guid, u64)>,
    hasher: RandomState,
    envelope_schemas: HashMap<Guid, Arc<EventSchema>>,
    stats: EventSourceStats,
    problems: Vec<ManifestError>,
    dropped_problems: u64,
    clock: u64,
}

impl Default for InBandManifestSource {
    fn default() -> Self {
        InBandManifestSource::new()
    }
}

impl std::fmt::Debug for InBandManifestSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InBandManifestSource")
            .field("manifests", &self.manifests)
            .field("pending", &self.pending.len())
            .field("stats", &self.stats)
            .finish()
    }
}

impl InBandManifestSource {
    /// A source that has seen no manifest yet.
    pub fn new() -> InBandManifestSource {
        InBandManifestSource {
            manifests: ManifestSource::with_source(DecodingSource::EventSource, MAX_SCHEMA_UNITS),
            pending: HashMap::new(),
            parsed: HashSet::new(),
            hasher: RandomState::new(),
            envelope_schemas: HashMap::new(),
            stats: EventSourceStats::default(),
            problems: Vec::new(),
            dropped_problems: 0,
            clock: 0,
        }
    }

    /// The manifests parsed so far.
    pub fn manifests(&self) -> &ManifestSource {
        &self.manifests
    }

    /// Counts of what was seen.
    pub fn stats(&self) -> &EventSourceStats {
        &self.stats
    }

    /// Problems met: refused chunks, manifests that did not parse, parts of manifests that did not load (at most
    /// [`MAX_PROBLEMS`]; [`dropped_problems`](Self::dropped_problems) counts the rest).
    pub fn problems(&self) -> &[ManifestError] {
        &self.problems
    }

    /// Problems not kept.
    pub fn dropped_problems(&self) -> u64 {
        self.dropped_problems
    }

    fn problem(&mut self, origin: &str, message: String) {
        self.push_problem(ManifestError { origin: origin.into(), line: 0, column: 0, message });
    }

    fn push_problem(&mut self, e: ManifestError) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(e);
        } else {
            self.dropped_problems += 1;
        }
    }

    /// Takes one ManifestData payload of `provider` from process `pid`. Returns true if it completed a manifest
    /// that taught something new.
    pub fn add_chunk(&mut self, provider: Guid, pid: u32, payload: &[u8]) -> bool {
        self.stats.chunks += 1;
        self.clock += 1;
        let origin = format!("EventSource manifest of {provider} (process {pid})");
        let Some(env) = Envelope::read(payload) else {
            self.stats.rejected_chunks += 1;
            self.problem(&origin, format!("ManifestData payload of {} bytes has no envelope", payload.len()));
            return false;
        };
        let why = if env.magic != MAGIC {
            Some(format!("bad envelope magic {:#04x}", env.magic))
        } else if env.format != FORMAT_XML {
            Some(format!("manifest format {} is not XML (1)", env.format))
        } else if env.total_chunks == 0 || env.total_chunks > MAX_CHUNKS {
            Some(format!("{} chunks (at most {MAX_CHUNKS} are taken)", env.total_chunks))
        } else if env.chunk_number >= env.total_chunks {
            Some(format!("chunk {} of {}", env.chunk_number, env.total_chunks))
        } else {
            None
        };
        if let Some(why) = why {
            self.stats.rejected_chunks += 1;
            self.problem(&origin, why);
            return false;
        }
        self.envelope_schema(provider);
        let chunk = payload.get(ENVELOPE_SIZE..).unwrap_or_default();
        let key = (provider, pid);
        let restart = env.chunk_number == 0 || self.pending.get(&key).is_none_or(|a| a.total != env.total_chunks);
        if restart {
            if env.chunk_number != 0 {
                // A chunk without its beginning: wait for the next transmission.
                self.stats.rejected_chunks += 1;
                self.pending.remove(&key);
                return false;
            }
            self.make_room(&key);
            let assembly = Assembly {
                total: env.total_chunks,
                chunks: vec![None; usize::from(env.total_chunks)],
                received: 0,
                bytes: 0,
                touched: self.clock,
            };
            self.pending.insert(key, assembly);
        }
        let Some(a) = self.pending.get_mut(&key) else { return false };
        a.touched = self.clock;
        let Some(slot) = a.chunks.get_mut(usize::from(env.chunk_number)) else { return false };
        let old = slot.as_ref().map_or(0, Vec::len);
        let bytes = a.bytes - old + chunk.len();
        if bytes > MAX_MANIFEST_BYTES {
            self.pending.remove(&key);
            self.stats.rejected_chunks += 1;
            self.problem(&origin, format!("manifest larger than {MAX_MANIFEST_BYTES} bytes: dropped"));
            return false;
        }
        if slot.is_none() {
            a.received += 1;
        }
        *slot = Some(chunk.to_vec());
        a.bytes = bytes;
        if a.received < a.total {
            return false;
        }
        let Some(done) = self.pending.remove(&key) else { return false };
        let mut text = Vec::with_capacity(done.bytes);
        for c in done.chunks.into_iter().flatten() {
            text.extend_from_slice(&c);
        }
        self.complete(provider, &origin, &text)
    }

    /// Drops the least recently touched assembly when too many are open.
    fn make_room(&mut self, keep: &(Guid, u32)) {
        if self.pending.len() < MAX_PENDING || self.pending.contains_key(keep) {
            return;
        }
        if let Some(oldest) = self.pending.iter().min_by_key(|(_, a)| a.touched).map(|(k, _)| *k) {
            self.pending.remove(&oldest);
            self.problem(
                "EventSource manifests",
                format!("too many manifests in progress: dropped one of {}", oldest.0),
            );
        }
    }

    fn complete(&mut self, provider: Guid, origin: &str, text: &[u8]) -> bool {
        self.stats.completed += 1;
        let id = (provider, self.hasher.hash_one(text));
        if self.parsed.contains(&id) {
            return false;
        }
        if self.parsed.len() >= MAX_MANIFESTS {
            self.problem(origin, format!("more than {MAX_MANIFESTS} distinct manifests: ignored"));
            return false;
        }
        self.parsed.insert(id);
        // The text may end in NULs (a terminator).
        let end = text.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
        let xml = match std::str::from_utf8(text.get(..end).unwrap_or_default()) {
            Ok(s) => s.trim_start_matches('\u{feff}'),
            Err(e) => {
                self.stats.failed += 1;
                self.problem(origin, format!("manifest is not UTF-8 (bad byte at offset {})", e.valid_up_to()));
                return false;
            }
        };
        match self.manifests.load_str_for(xml, origin, Some(provider)) {
            Ok(report) => {
                self.stats.parsed += 1;
                for w in report.warnings {
                    self.push_problem(w);
                }
                if let Some(name) = self.manifests.provider_name(&provider) {
                    if let Some(s) = self.envelope_schemas.get_mut(&provider) {
                        Arc::make_mut(s).provider_name = Some(name);
                    }
                }
                report.providers > 0
            }
            Err(e) => {
                self.stats.failed += 1;
                self.push_problem(e);
                false
            }
        }
    }

    /// The schema of the ManifestData events of `provider`.
    fn envelope_schema(&mut self, provider: Guid) {
        if self.envelope_schemas.contains_key(&provider) {
            return;
        }
        let descriptor = EventDescriptor {
            id: MANIFEST_EVENT_ID,
            version: 1,
            channel: Channel(0),
            level: Level(0),
            opcode: Opcode(MANIFEST_OPCODE),
            task: MANIFEST_EVENT_ID,
            keywords: 0,
        };
        let mut s = EventSchema::new(provider, descriptor, DecodingSource::EventSource);
        s.provider_name = self.manifests.provider_name(&provider);
        s.event_name = Some("ManifestData".into());
        for (name, t) in [
            ("Format", InType::UINT8),
            ("MajorVersion", InType::UINT8),
            ("MinorVersion", InType::UINT8),
            ("Magic", InType::UINT8),
            ("TotalChunks", InType::UINT16),
            ("ChunkNumber", InType::UINT16),
        ] {
            s.push(Property::simple(name, t, OutType::NULL));
        }
        s.push(Property::simple("Data", InType::NON_NUL_TERMINATED_ANSI_STRING, OutType::XML));
        self.envelope_schemas.insert(provider, Arc::new(s));
    }
}

impl SchemaSource for InBandManifestSource {
    fn name(&self) -> &'static str {
        DecodingSource::EventSource.as_str()
    }

    fn observe(&mut self, event: &EventRef<'_>) -> bool {
        let kind = event.header_kind();
        if event.id() != MANIFEST_EVENT_ID || kind.is_kernel() || kind.is_classic() {
            return false;
        }
        self.add_chunk(event.provider_id(), event.process_id(), event.payload())
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let kind = event.header_kind();
        if kind.is_kernel() || kind.is_classic() {
            return None;
        }
        if event.id() == MANIFEST_EVENT_ID {
            if let Some(s) = self.envelope_schemas.get(&event.provider_id()) {
                return Some(Ok(s.clone()));
            }
        }
        self.manifests.lookup(event)
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        self.manifests.provider_name(provider)
    }

    fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        self.manifests.versions(provider, id)
    }
}

/// Fuzz body: `data` is cut into ManifestData payloads (at each `0xFF 0x00 0xFF` separator; the first byte of a
/// piece picks its process), fed to a source, and every schema learned then decodes every piece. Never panics.
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz(data: &[u8]) {
    use etw_core::{EventHeader, ExtendedItems, HeaderKind};

    use crate::fuzzing::exercise;

    let provider = Guid::from_fields(0x1234_5678, 0x9abc, 0xdef0, [1, 2, 3, 4, 5, 6, 7, 8]);
    let mut source = InBandManifestSource::new();
    let pieces = split(data);
    for piece in &pieces {
        let (pid, payload) = match piece.split_first() {
            Some((p, rest)) => (u32::from(*p % 4), rest),
            None => (0, *piece),
        };
        source.add_chunk(provider, pid, payload);
        // The same payload through the registry's entry point, as an EVENT_HEADER event.
        let clock = etw_core::Clock::SYSTEM_TIME;
        let header = EventHeader {
            kind: HeaderKind::EVENT_HEADER64,
            provider_id: provider,
            descriptor: EventDescriptor { id: MANIFEST_EVENT_ID, ..EventDescriptor::default() },
            process_id: pid.wrapping_add(100),
            pointer_size: 8,
            ..EventHeader::default()
        };
        let ev = EventRef::new(header, ExtendedItems::NONE, payload, &clock);
        source.observe(&ev);
        let _ = source.lookup(&ev);
    }
    for piece in &pieces {
        exercise(source.manifests.schemas().chain(source.envelope_schemas.values()), piece);
    }
}

#[cfg(feature = "fuzzing")]
fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while let Some(i) = rest.windows(3).position(|w| w == [0xFF, 0x00, 0xFF]) {
        out.push(rest.get(..i).unwrap_or_default());
        rest = rest.get(i + 3..).unwrap_or_default();
        if out.len() >= 64 {
            break;
        }
    }
    out.push(rest);
    out
}
