//! Providers and event filters: which events reach which callbacks.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use etw_core::{EventRef, ExtType, Guid};
use etw_filter::{EventContext, Predicate, Verdict};
use etw_schema::EventKey;

use super::Callback;

/// A provider given by GUID or by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProviderId {
    /// By GUID.
    Guid(Guid),
    /// By name (e.g. `Microsoft-Windows-Kernel-Network`), compared case-insensitively.
    Name(String),
}

/// The default enable level: `TRACE_LEVEL_VERBOSE` (5), as krabsetw uses.
pub const DEFAULT_LEVEL: u8 = 5;

/// An event provider to enable, with keyword masks, level, filters and callbacks (krabsetw's `provider`).
///
/// On a file trace the keyword and level settings select events the way ETW would have when the events were
/// written: an event passes if its level is 0 or at most [`level`](Provider::level), and if its keywords are 0
/// or share a bit with [`any`](Provider::any) and contain all bits of [`all`](Provider::all). If `any` is never
/// set, every keyword passes (krabsetw users enable providers without keywords and expect their events; the live
/// path enables such a provider with all keyword bits set, to the same effect).
pub struct Provider {
    id: ProviderId,
    any: Option<u64>,
    all: u64,
    level: u8,
    trace_flags: u32,
    pub(crate) filters: Vec<EventFilter>,
    pub(crate) callbacks: Vec<Callback>,
    /// Per provider GUID seen: does it belong to this provider (names resolve lazily).
    resolved: HashMap<Guid, bool>,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider")
            .field("id", &self.id)
            .field("any", &self.any)
            .field("all", &self.all)
            .field("level", &self.level)
            .field("filters", &self.filters.len())
            .field("callbacks", &self.callbacks.len())
            .finish()
    }
}

impl Provider {
    fn with_id(id: ProviderId) -> Provider {
        Provider {
            id,
            any: None,
            all: 0,
            level: DEFAULT_LEVEL,
            trace_flags: 0,
            filters: Vec::new(),
            callbacks: Vec::new(),
            resolved: HashMap::new(),
        }
    }

    /// The provider with this GUID.
    pub fn new(guid: Guid) -> Provider {
        Provider::with_id(ProviderId::Guid(guid))
    }

    /// The provider with this name. In files it matches events whose schema or provider traits carry the name,
    /// and the GUID EventSource and TraceLogging derive from the name.
    pub fn by_name(name: &str) -> Provider {
        Provider::with_id(ProviderId::Name(name.to_owned()))
    }

    /// The provider given as a GUID string, or else as a name.
    pub fn parse(text: &str) -> Provider {
        match text.parse::<Guid>() {
            Ok(g) => Provider::new(g),
            Err(_) => Provider::by_name(text),
        }
    }

    /// Which provider this is.
    pub fn id(&self) -> &ProviderId {
        &self.id
    }

    /// Enable events with any of these keyword bits (`MatchAnyKeyword`).
    pub fn any(mut self, mask: u64) -> Provider {
        self.any = Some(mask);
        self
    }

    /// Enable only events with all of these keyword bits (`MatchAllKeyword`).
    pub fn all(mut self, mask: u64) -> Provider {
        self.all = mask;
        self
    }

    /// Enable events up to this level (1 critical .. 5 verbose; default 5).
    pub fn level(mut self, level: u8) -> Provider {
        self.level = level;
        self
    }

    /// `EnableProperty` flags for a live session (stack traces, SID, terminal session id, ...). Files already
    /// carry whatever was enabled when they were recorded.
    pub fn trace_flags(mut self, flags: u32) -> Provider {
        self.trace_flags = flags;
        self
    }

    /// The `MatchAnyKeyword` mask (all bits when never set).
    pub fn any_mask(&self) -> u64 {
        self.any.unwrap_or(u64::MAX)
    }

    /// The `MatchAllKeyword` mask.
    pub fn all_mask(&self) -> u64 {
        self.all
    }

    /// The enable level.
    pub fn enable_level(&self) -> u8 {
        self.level
    }

    /// The `EnableProperty` flags.
    pub fn enable_flags(&self) -> u32 {
        self.trace_flags
    }

    /// Adds an event filter (builder form).
    pub fn filter(mut self, f: EventFilter) -> Provider {
        self.filters.push(f);
        self
    }

    /// Adds an event filter.
    pub fn add_filter(&mut self, f: EventFilter) {
        self.filters.push(f);
    }

    /// Whether the event belongs to this provider, passes its keywords and level, and passes one of its
    /// filters (or the provider has none). This is the selection a trace makes before calling callbacks.
    pub fn selects(&mut self, ctx: &mut EventContext<'_, '_>) -> bool {
        if !self.accepts(ctx.event()) || !self.owns(ctx) {
            return false;
        }
        if self.filters.is_empty() {
            return true;
        }
        self.filters.iter_mut().any(|f| f.test(ctx))
    }

    /// A copy of what this provider selects (identity, keywords, level, filters' predicates) without its
    /// callbacks, for another thread to select with (see [`Provider::selects`]).
    pub fn selection_copy(&self) -> Provider {
        Provider {
            id: self.id.clone(),
            any: self.any,
            all: self.all,
            level: self.level,
            trace_flags: self.trace_flags,
            filters: self.filters.iter().map(|f| EventFilter::new(f.predicate.clone())).collect(),
            callbacks: Vec::new(),
            resolved: HashMap::new(),
        }
    }

    /// Adds a callback for every event of the provider that passes keywords and level (builder form).
    pub fn on_event(mut self, cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static) -> Provider {
        self.callbacks.push(Box::new(cb));
        self
    }

    /// Adds a callback for every event of the provider that passes keywords and level.
    pub fn add_on_event_callback(&mut self, cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static) {
        self.callbacks.push(Box::new(cb));
    }

    /// The event ids all this provider's filters are limited to, if every filter limits them (the union, as
    /// krabsetw hands ETW one event-id filter). `None` when any filter, or a plain callback, wants every id.
    pub fn event_ids(&self) -> Option<Vec<u16>> {
        if !self.callbacks.is_empty() || self.filters.is_empty() {
            return None;
        }
        let mut ids = Vec::new();
        for f in &self.filters {
            ids.extend(f.predicate.event_ids()?);
        }
        ids.sort_unstable();
        ids.dedup();
        Some(ids)
    }

    /// Whether the event comes from this provider (kernel hook events by their class GUID; names through
    /// schemas, provider traits or the name-based GUID).
    pub fn owns(&mut self, ctx: &mut EventContext<'_, '_>) -> bool {
        let ev = ctx.event();
        // Kernel hook events carry no GUID; the group's class GUID stands for it, as live sessions report.
        let guid = match ev.hook() {
            Some(h) => h.group().class_guid().unwrap_or(Guid::ZERO),
            None => ev.provider_id(),
        };
        match &self.id {
            ProviderId::Guid(g) => *g == guid,
            ProviderId::Name(name) => {
                if let Some(known) = self.resolved.get(&guid) {
                    return *known;
                }
                let by_hash = Guid::from_provider_name(name) == guid;
                let by_name = by_hash || event_provider_name(ctx).is_some_and(|n| n.eq_ignore_ascii_case(name));
                self.resolved.insert(guid, by_name);
                by_name
            }
        }
    }

    /// Whether ETW would have delivered the event to a session that enabled this provider so.
    pub fn accepts(&self, ev: &EventRef<'_>) -> bool {
        let level = ev.level().0;
        let level_ok = level == 0 || level <= self.level;
        let kw = ev.keywords();
        let keywords_ok = kw == 0 || (kw & self.any_mask() != 0 && kw & self.all == self.all);
        level_ok && keywords_ok
    }
}

fn event_provider_name(ctx: &mut EventContext<'_, '_>) -> Option<String> {
    if let Some(n) = ctx.provider_name() {
        return Some(n.to_string());
    }
    match ctx.event().extended().find(ExtType::PROV_TRAITS)?.parse() {
        etw_core::ExtendedData::ProviderTraits(t) => Some(t.name().into_owned()),
        _ => None,
    }
}

/// A predicate with callbacks (krabsetw's `event_filter`). The predicate's verdict on header fields is cached
/// per event type, so events that cannot match are not decoded.
pub struct EventFilter {
    pub(crate) predicate: Predicate,
    pub(crate) callbacks: Vec<Callback>,
    verdicts: HashMap<FilterKey, Verdict>,
}

impl std::fmt::Debug for EventFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventFilter")
            .field("predicate", &self.predicate)
            .field("callbacks", &self.callbacks.len())
            .finish()
    }
}

/// An event type as far as header predicates can tell.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct FilterKey {
    key: EventKey,
    level: u8,
    task: u16,
    keywords: u64,
    channel: u8,
    /// Hash of TraceLogging metadata: TraceLogging events of one id differ by it.
    tracelogging: u64,
}

impl FilterKey {
    fn of(ev: &EventRef<'_>) -> FilterKey {
        let tracelogging = ev.extended().find(ExtType::EVENT_SCHEMA_TL).map_or(0, |i| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            i.data().hash(&mut h);
            h.finish()
        });
        FilterKey {
            key: EventKey::of(ev),
            level: ev.level().0,
            task: ev.task(),
            keywords: ev.keywords(),
            channel: ev.channel().0,
            tracelogging,
        }
    }
}

impl EventFilter {
    /// A filter passing the events `predicate` accepts.
    pub fn new(predicate: Predicate) -> EventFilter {
        EventFilter { predicate, callbacks: Vec::new(), verdicts: HashMap::new() }
    }

    /// A filter for these event ids (krabsetw's `event_filter(std::vector<unsigned short>)`).
    pub fn ids(ids: impl IntoIterator<Item = u16>) -> EventFilter {
        EventFilter::new(etw_filter::predicates::any_of(ids.into_iter().map(etw_filter::predicates::id_is).collect()))
    }

    /// A filter for these event ids that also checks `predicate`.
    pub fn ids_and(ids: impl IntoIterator<Item = u16>, predicate: Predicate) -> EventFilter {
        let f = EventFilter::ids(ids);
        EventFilter::new(f.predicate.and(predicate))
    }

    /// The predicate.
    pub fn predicate(&self) -> &Predicate {
        &self.predicate
    }

    /// Adds a callback for matching events (builder form).
    pub fn on_event(
        mut self,
        cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static,
    ) -> EventFilter {
        self.callbacks.push(Box::new(cb));
        self
    }

    /// Adds a callback for matching events.
    pub fn add_on_event_callback(&mut self, cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static) {
        self.callbacks.push(Box::new(cb));
    }

    /// Whether the event passes the filter (the verdict on the event's type is cached).
    pub fn test(&mut self, ctx: &mut EventContext<'_, '_>) -> bool {
        let key = FilterKey::of(ctx.event());
        let verdict = match self.verdicts.get(&key) {
            Some(v) => *v,
            None => {
                let v = self.predicate.type_verdict(ctx);
                // Keep the cache bounded against traces with endless distinct event types.
                if self.verdicts.len() > 1 << 16 {
                    self.verdicts.clear();
                }
                self.verdicts.insert(key, v);
                v
            }
        };
        match verdict {
            Verdict::Always => true,
            Verdict::Never => false,
            Verdict::Sometimes => self.predicate.matches(ctx),
        }
    }
}
