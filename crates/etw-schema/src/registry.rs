//! Finding the schema of an event: sources asked in a fixed order, answers cached by event type.
//!
//! # Lookup order
//!
//! 1. **TraceLogging**: an event that carries its own metadata (`EVENT_SCHEMA_TL`) is decoded by it, cached by
//!    the metadata bytes themselves (never by event id: TraceLogging events often share id 0).
//! 2. Sources that learn from the trace itself, in the order added: **EventMetadata** (`TRACE_EVENT_INFO` blobs
//!    of merged traces) and **EventSource** in-band manifests. They describe the exact provider build that wrote
//!    the trace, so they come first.
//! 3. **Manifests** the user gave (`--manifests`).
//! 4. The **schema store** (`etw schemas import`, the `etw-store` crate): schemas gathered from manifests,
//!    provider binaries and Windows images, by default from the user's data directory.
//! 5. **Built-in** schemas: Microsoft-Windows-Kernel-Network, the .NET runtime's providers and the other
//!    manifest providers of [`sources::builtin`](crate::sources::builtin), then the classic kernel MOF layouts.
//!    Coming after the user's manifests and the store, a built-in schema never overrides one the user gave.
//! 6. TDH, on Windows.
//!
//! Other events are cached by (provider or class GUID, id, version, opcode, kernel hook, pointer size), with
//! misses cached too. A miss for an event the sources know in other versions only says which
//! ([`NoSchema::MissingVersion`], from [`SchemaSource::versions`]). Metadata may arrive after the events it describes: when a source learns a new schema
//! ([`SchemaRegistry::observe`]) the cached misses are forgotten, and a reader can feed the whole trace to
//! `observe` before decoding (the CLI does).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use etw_core::hash::SeededMap;
use etw_core::{EventRef, Guid, HookId};

use crate::model::EventSchema;

/// A place schemas come from.
pub trait SchemaSource: Send {
    /// A short name for messages (`tracelogging`, `manifest`, ...).
    fn name(&self) -> &'static str;

    /// Learns from an event of the trace (metadata events, manifest chunks). Returns true if a schema became
    /// known. Most sources learn nothing.
    fn observe(&mut self, _event: &EventRef<'_>) -> bool {
        false
    }

    /// The schema for `event`, if this source has one. A source that cannot parse what it has (bad metadata)
    /// returns an error, which is reported and treated as a miss.
    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>>;

    /// True if answers for one event type hold for every event of that type (so the registry may cache them by
    /// type). TraceLogging's do not: its schema travels with each event.
    fn cacheable(&self) -> bool {
        true
    }

    /// The provider's name, if this source knows it.
    fn provider_name(&self, _provider: &Guid) -> Option<Arc<str>> {
        None
    }

    /// The versions of event `id` of `provider` this source has schemas for (events with an `EVENT_HEADER`,
    /// looked up by provider, id and version), in increasing order, so that a miss can say which versions
    /// exist. The default, for sources that do not look events up by version, is none.
    fn versions(&self, _provider: &Guid, _id: u16) -> Vec<u8> {
        Vec::new()
    }

    /// A fresh copy of this source for another thread's registry, for per-event sources whose state is only a
    /// cache (see [`SchemaRegistry::fork`]); `None` (the default) if the source is to be shared instead.
    fn fork(&self) -> Option<Box<dyn SchemaSource>> {
        None
    }
}

/// Metadata that could not be read: which source, and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaError {
    /// The source.
    pub source: &'static str,
    /// What was wrong (with offsets where they help).
    pub reason: String,
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} metadata unreadable: {}", self.source, self.reason)
    }
}

impl std::error::Error for SchemaError {}

/// Why an event has no schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoSchema {
    /// No source knows the event type.
    Unknown,
    /// A source has metadata for it that could not be read.
    Bad(SchemaError),
    /// The sources know the event, but not the version the trace has (a manifest or store from another build of
    /// the provider; TDH too matches versions exactly).
    MissingVersion {
        /// The event id.
        id: u16,
        /// The version the trace has.
        version: u8,
        /// The versions the sources have, in increasing order.
        known: Vec<u8>,
    },
}

impl std::fmt::Display for NoSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoSchema::Unknown => f.write_str(
                "no schema: not TraceLogging, not described by metadata in the trace, by a manifest given with \
                 --manifests, by the schema store, or by a built-in schema",
            ),
            NoSchema::Bad(e) => write!(f, "{e}"),
            NoSchema::MissingVersion { id, version, known } => {
                write!(f, "no schema for version {version} of event {id}; known versions: ")?;
                for (i, v) in known.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                Ok(())
            }
        }
    }
}

/// The identity of an event type for caching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventKey {
    /// Provider GUID, or class GUID for classic events (zero for kernel hook events).
    pub provider: Guid,
    /// Event id.
    pub id: u16,
    /// Version.
    pub version: u8,
    /// Opcode (event type for classic and kernel events).
    pub opcode: u8,
    /// Kernel hook id.
    pub hook: Option<HookId>,
    /// Pointer size: 32- and 64-bit kernel layouts differ.
    pub pointer_size: u8,
}

impl EventKey {
    /// The key of an event.
    pub fn of(ev: &EventRef<'_>) -> EventKey {
        EventKey {
            provider: ev.provider_id(),
            id: ev.id(),
            version: ev.version(),
            opcode: ev.opcode().0,
            hook: ev.hook(),
            pointer_size: ev.pointer_size(),
        }
    }
}

/// Cached answers per registry: a hostile file with endless distinct event keys cannot grow the cache past this;
/// when full it starts again empty.
pub const MAX_CACHED_KEYS: usize = 1 << 16;

/// The sources every fork of a registry shares, asked under a lock (only on a cache miss).
#[derive(Default)]
struct Shared {
    sources: Mutex<Vec<Box<dyn SchemaSource>>>,
    /// Bumped whenever a source learns something, so every fork forgets its cached misses.
    learned: AtomicU64,
}

/// Sources in lookup order, with a cache.
///
/// A registry can be [forked](SchemaRegistry::fork) for other threads: forks share the sources (asked under a
/// lock, and only when a fork's own cache misses) and each has its own cache, and its own copy of the sources
/// whose answers are per event (TraceLogging), so decoding threads rarely wait for each other.
pub struct SchemaRegistry {
    /// Per-event sources this registry owns (TraceLogging), asked first, in the order added.
    local: Vec<Box<dyn SchemaSource>>,
    shared: Arc<Shared>,
    /// `shared.learned` when the cache was last checked.
    learned_seen: u64,
    cache: SeededMap<EventKey, Result<Arc<EventSchema>, NoSchema>>,
}

impl Default for SchemaRegistry {
    fn default() -> Self {
        SchemaRegistry::new()
    }
}

impl SchemaRegistry {
    /// A registry with no sources.
    pub fn new() -> SchemaRegistry {
        SchemaRegistry { local: Vec::new(), shared: Arc::default(), learned_seen: 0, cache: SeededMap::default() }
    }

    fn shared_sources(&self) -> std::sync::MutexGuard<'_, Vec<Box<dyn SchemaSource>>> {
        // A source that panicked while the lock was held leaves its data as it was: keep using it.
        self.shared.sources.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Adds a source after those already added. A per-event source (not [`SchemaSource::cacheable`]) that can
    /// [fork](SchemaSource::fork) is kept per registry; every other source is shared by the registry's forks.
    pub fn add(&mut self, source: Box<dyn SchemaSource>) -> &mut Self {
        if !source.cacheable() && source.fork().is_some() {
            self.local.push(source);
        } else {
            self.shared_sources().push(source);
        }
        self.cache.clear();
        self
    }

    /// A registry for another thread: the same sources (shared), an empty cache, fresh per-event sources. What
    /// any fork learns later ([`observe`](Self::observe)) reaches all of them.
    pub fn fork(&self) -> SchemaRegistry {
        SchemaRegistry {
            local: self.local.iter().filter_map(|s| s.fork()).collect(),
            shared: self.shared.clone(),
            learned_seen: self.shared.learned.load(Ordering::Acquire),
            cache: SeededMap::default(),
        }
    }

    /// The sources' names, in lookup order.
    pub fn source_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.local.iter().map(|s| s.name()).collect();
        names.extend(self.shared_sources().iter().map(|s| s.name()));
        names
    }

    /// Lets every source learn from `event`. Cached misses are forgotten, in every fork, when one learns
    /// something.
    pub fn observe(&mut self, event: &EventRef<'_>) {
        let mut learned = false;
        for s in &mut self.local {
            learned |= s.observe(event);
        }
        for s in self.shared_sources().iter_mut() {
            learned |= s.observe(event);
        }
        if learned {
            self.shared.learned.fetch_add(1, Ordering::AcqRel);
        }
    }

    /// The schema of `event`.
    pub fn lookup(&mut self, event: &EventRef<'_>) -> Result<Arc<EventSchema>, NoSchema> {
        // Sources whose answers are per event (TraceLogging) are asked every time, before the cache.
        for s in &mut self.local {
            if let Some(r) = s.lookup(event) {
                return r.map_err(NoSchema::Bad);
            }
        }
        let learned = self.shared.learned.load(Ordering::Acquire);
        if learned != self.learned_seen {
            self.learned_seen = learned;
            self.cache.retain(|_, v| v.is_ok());
        }
        let key = EventKey::of(event);
        if let Some(hit) = self.cache.get(&key) {
            return hit.clone();
        }
        // An answer (or a miss) may be cached only if no per-event source took part in it.
        let mut per_event = false;
        let mut answer = Err(NoSchema::Unknown);
        let mut sources = self.shared_sources();
        for s in sources.iter_mut() {
            per_event |= !s.cacheable();
            if let Some(found) = s.lookup(event) {
                answer = found.map_err(NoSchema::Bad);
                break;
            }
        }
        let kind = event.header_kind();
        if answer == Err(NoSchema::Unknown) && !kind.is_kernel() && !kind.is_classic() {
            // A miss is rare and cached, so asking every source for the versions it has costs little.
            let mut known: Vec<u8> =
                sources.iter().flat_map(|s| s.versions(&key.provider, key.id)).filter(|v| *v != key.version).collect();
            if !known.is_empty() {
                known.sort_unstable();
                known.dedup();
                answer = Err(NoSchema::MissingVersion { id: key.id, version: key.version, known });
            }
        }
        drop(sources);
        if !per_event {
            if self.cache.len() >= MAX_CACHED_KEYS {
                self.cache.clear();
            }
            // This fork's own copy: every hit clones the Arc, and a count shared by the forks on other threads
            // would bounce between their cores' caches on every event.
            let answer = answer.map(|schema| Arc::new(EventSchema::clone(&schema)));
            self.cache.insert(key, answer.clone());
            return answer;
        }
        answer
    }

    /// The provider's name from any source that knows it.
    pub fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        self.local
            .iter()
            .find_map(|s| s.provider_name(provider))
            .or_else(|| self.shared_sources().iter().find_map(|s| s.provider_name(provider)))
    }
}
