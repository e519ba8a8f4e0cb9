//! TDH: the providers registered on the system, and event schemas for what etwkit's own sources do not know.
//! Under Wine every call here is skipped (Wine's TDH aborts the process).

use std::collections::HashMap;
use std::ffi::c_void;
use std::ptr;
use std::sync::{Arc, Mutex};

use etw_core::{Clock, EventHeaderFlags, EventRef, ExtType, Guid};
use etw_schema::sources::event_metadata::{
    parse_event_map_info, parse_trace_event_info, parse_trace_event_info_with_maps,
};
use etw_schema::{DecodingSource, EventKey, EventSchema, SchemaError, SchemaSource, ValueMap};
use windows_sys::Win32::System::Diagnostics::Etw::{
    EventKeywordInformation, EventLevelInformation, TdhEnumerateManifestProviderEvents,
    TdhEnumerateProviderFieldInformation, TdhEnumerateProviders, TdhGetEventInformation, TdhGetEventMapInformation,
    TdhGetManifestEventInformation, EVENT_DESCRIPTOR, EVENT_FIELD_TYPE, EVENT_HEADER, EVENT_HEADER_EXTENDED_DATA_ITEM,
    EVENT_RECORD,
};

use super::to_guid;
use crate::error::{code, LiveError, LiveErrorKind};
use crate::providers::{
    attach_maps, find_provider, parse_event_descriptors, parse_field_info_array, parse_provider_enumeration,
    ProviderDetails, ProviderField, ProviderInfo, SchemaKind,
};
use crate::record::{with_event, RecordParts};

/// True where TDH may be called (not under Wine).
pub(crate) fn usable() -> bool {
    !super::is_wine()
}

fn unavailable(operation: &'static str) -> LiveError {
    LiveError {
        operation,
        code: None,
        kind: LiveErrorKind::NotImplemented,
        detail: "TDH is not available under Wine".into(),
    }
}

/// Calls a TDH function that fills a caller-sized buffer: first to learn the size, then with a buffer of that
/// size (again if it grew meanwhile). The buffer is 8-byte aligned; its bytes are returned.
fn with_buffer(what: &'static str, mut call: impl FnMut(*mut c_void, &mut u32) -> u32) -> Result<Vec<u8>, LiveError> {
    let mut words: Vec<u64> = Vec::new();
    for _ in 0..5 {
        let capacity = (words.len() * 8) as u32;
        let mut size = capacity;
        let p = if words.is_empty() { ptr::null_mut() } else { words.as_mut_ptr().cast::<c_void>() };
        match call(p, &mut size) {
            code::SUCCESS => return Ok(words.iter().flat_map(|w| w.to_le_bytes()).collect()),
            code::INSUFFICIENT_BUFFER | code::MORE_DATA => {
                let need = if size > capacity { size } else { capacity.saturating_add(4096) };
                words = vec![0u64; (need as usize).div_ceil(8)];
            }
            c => return Err(LiveError::win32(what, c, String::new())),
        }
    }
    Err(LiveError::win32(what, code::INSUFFICIENT_BUFFER, "the size kept growing"))
}

/// The registered providers, sorted by name, with a map from GUID to name.
pub(crate) struct Catalog {
    pub list: Vec<ProviderInfo>,
    by_guid: HashMap<Guid, Arc<str>>,
}

static CATALOG: Mutex<Option<Arc<Catalog>>> = Mutex::new(None);

/// The registered providers (`TdhEnumerateProviders`), read once per process.
pub(crate) fn catalog() -> Result<Arc<Catalog>, LiveError> {
    if !usable() {
        return Err(unavailable("TdhEnumerateProviders"));
    }
    let mut kept = CATALOG.lock().map_err(|_| LiveError::settings("provider list poisoned"))?;
    if let Some(c) = kept.as_ref() {
        return Ok(c.clone());
    }
    let blob = with_buffer("TdhEnumerateProviders", |p, size| {
        // SAFETY: `p` is null (with size 0, to learn the size) or an 8-byte aligned buffer of `*size` bytes that
        // outlives the call; TDH writes within it and updates `size`.
        unsafe { TdhEnumerateProviders(p.cast(), size) }
    })?;
    let (mut list, _unreadable) = parse_provider_enumeration(&blob).map_err(|e| LiveError {
        operation: "TdhEnumerateProviders",
        code: None,
        kind: LiveErrorKind::Other,
        detail: e,
    })?;
    list.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.guid.cmp(&b.guid)));
    let by_guid = list.iter().map(|p| (p.guid, Arc::from(p.name.as_str()))).collect();
    let c = Arc::new(Catalog { list, by_guid });
    *kept = Some(c.clone());
    Ok(c)
}

fn fields(guid: &Guid, kind: EVENT_FIELD_TYPE) -> Result<Vec<ProviderField>, LiveError> {
    let g = to_guid(guid);
    let blob = with_buffer("TdhEnumerateProviderFieldInformation", |p, size| {
        // SAFETY: `g` is valid for the call; `p`/`size` as in `catalog`.
        unsafe { TdhEnumerateProviderFieldInformation(&g, kind, p.cast(), size) }
    });
    match blob {
        Ok(b) => parse_field_info_array(&b).map_err(|e| LiveError {
            operation: "TdhEnumerateProviderFieldInformation",
            code: None,
            kind: LiveErrorKind::Other,
            detail: e,
        }),
        // No such fields (e.g. a MOF provider without keywords).
        Err(e) if e.code == Some(code::NOT_FOUND) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// One provider in detail.
pub(crate) fn details(name_or_guid: &str) -> Result<ProviderDetails, LiveError> {
    let c = catalog()?;
    let info = match find_provider(&c.list, name_or_guid) {
        Some(p) => p.clone(),
        None => match name_or_guid.trim_matches(|ch| ch == '{' || ch == '}').parse::<Guid>() {
            Ok(g) => ProviderInfo { guid: g, name: g.to_string(), schema: SchemaKind::Manifest },
            Err(_) => {
                return Err(LiveError {
                    operation: "provider_details",
                    code: None,
                    kind: LiveErrorKind::NotFound,
                    detail: format!(
                        "'{name_or_guid}' is not a registered provider (EventSource and TraceLogging providers are not \
                         registered; their GUID is {})",
                        Guid::from_provider_name(name_or_guid)
                    ),
                })
            }
        },
    };
    let mut problems = Vec::new();
    let keywords = fields(&info.guid, EventKeywordInformation).unwrap_or_else(|e| {
        problems.push(format!("keywords: {e}"));
        Vec::new()
    });
    let levels = fields(&info.guid, EventLevelInformation).unwrap_or_else(|e| {
        problems.push(format!("levels: {e}"));
        Vec::new()
    });
    let mut events = Vec::new();
    // The provider's value maps by name, read once each.
    let mut maps: HashMap<String, Option<Arc<ValueMap>>> = HashMap::new();
    if info.schema == SchemaKind::Manifest {
        let g = to_guid(&info.guid);
        let list = with_buffer("TdhEnumerateManifestProviderEvents", |p, size| {
            // SAFETY: `g` is valid for the call; `p`/`size` as in `catalog`.
            unsafe { TdhEnumerateManifestProviderEvents(&g, p.cast(), size) }
        });
        match list.map(|b| parse_event_descriptors(&b)) {
            Ok(Ok(descriptors)) => {
                for d in descriptors {
                    let ed = EVENT_DESCRIPTOR {
                        Id: d.id,
                        Version: d.version,
                        Channel: d.channel.0,
                        Level: d.level.0,
                        Opcode: d.opcode.0,
                        Task: d.task,
                        Keyword: d.keywords,
                    };
                    let blob = with_buffer("TdhGetManifestEventInformation", |p, size| {
                        // SAFETY: `g` and `ed` are valid for the call; `p`/`size` as in `catalog`.
                        unsafe { TdhGetManifestEventInformation(&g, &ed, p.cast(), size) }
                    });
                    match blob.map(|b| parse_trace_event_info_with_maps(&b, DecodingSource::Tdh)) {
                        Ok(Ok((mut s, names))) => {
                            let missing = attach_maps(&mut s, &names, |name| {
                                maps.entry(name.to_owned()).or_insert_with(|| map_info(&info.guid, &ed, name)).clone()
                            });
                            for m in missing {
                                problems.push(format!("event {} v{}: map {m} not found", d.id, d.version));
                            }
                            events.push(Arc::new(s))
                        }
                        Ok(Err(e)) => problems.push(format!("event {} v{}: {}", d.id, d.version, e.reason)),
                        Err(e) => problems.push(format!("event {} v{}: {e}", d.id, d.version)),
                    }
                }
            }
            Ok(Err(e)) => problems.push(format!("events: {e}")),
            Err(e) if e.code == Some(code::NOT_FOUND) => {}
            Err(e) => problems.push(format!("events: {e}")),
        }
    }
    Ok(ProviderDetails { info, keywords, levels, events, problems })
}

/// A manifest provider's value map (`TdhGetEventMapInformation`), asked with a record that carries only the
/// provider and the event descriptor, as TDH needs no more to find a manifest's map. `None` when TDH has no
/// such map, or a map a schema cannot apply (pattern maps).
fn map_info(provider: &Guid, descriptor: &EVENT_DESCRIPTOR, name: &str) -> Option<Arc<ValueMap>> {
    let record = EVENT_RECORD {
        EventHeader: EVENT_HEADER {
            Size: 80,
            ProviderId: to_guid(provider),
            EventDescriptor: *descriptor,
            ..EVENT_HEADER::default()
        },
        ..EVENT_RECORD::default()
    };
    let wide: Vec<u16> = name.encode_utf16().chain([0]).collect();
    let blob = with_buffer("TdhGetEventMapInformation", |p, size| {
        // SAFETY: `record` and `wide` (NUL-terminated) are valid for the call; `p`/`size` as in `catalog`.
        unsafe { TdhGetEventMapInformation(&record, wide.as_ptr(), p.cast(), size) }
    })
    .ok()?;
    parse_event_map_info(&blob).ok().flatten().map(Arc::new)
}

/// `TdhGetEventInformation` for a record.
///
/// # Safety
/// `record` points to a valid `EVENT_RECORD` whose extended data and user data stay valid during the call.
unsafe fn event_info(record: *const EVENT_RECORD) -> Result<Vec<u8>, LiveError> {
    with_buffer("TdhGetEventInformation", |p, size| {
        // SAFETY: `record` is valid (caller); `p`/`size` as in `catalog`; no TDH context.
        unsafe { TdhGetEventInformation(record, 0, ptr::null(), p.cast(), size) }
    })
}

/// The `EVENT_RECORD` an event came from, rebuilt for TDH (which reads the header, the extended items and, for
/// some events, the payload). Kernel hook events become classic events of their group's class.
fn record_of(ev: &EventRef<'_>, items: &mut [EVENT_HEADER_EXTENDED_DATA_ITEM]) -> EVENT_RECORD {
    let h = ev.header();
    let width = if h.pointer_size == 4 { EventHeaderFlags::HEADER_32_BIT } else { EventHeaderFlags::HEADER_64_BIT };
    let (provider, mut flags, opcode) = match h.hook {
        Some(hook) => {
            (hook.group().class_guid().unwrap_or(Guid::ZERO), (EventHeaderFlags::CLASSIC_HEADER | width).0, hook.kind())
        }
        None => (h.provider_id, h.flags.0, h.descriptor.opcode.0),
    };
    if h.kind.is_classic() {
        flags |= EventHeaderFlags::CLASSIC_HEADER.0;
    }
    if items.is_empty() {
        flags &= !EventHeaderFlags::EXTENDED_INFO.0;
    } else {
        flags |= EventHeaderFlags::EXTENDED_INFO.0;
    }
    let d = &h.descriptor;
    let header = EVENT_HEADER {
        Size: 80,
        Flags: flags,
        EventProperty: h.event_property.0,
        ThreadId: h.thread_id,
        ProcessId: h.process_id,
        TimeStamp: h.timestamp,
        ProviderId: to_guid(&provider),
        EventDescriptor: EVENT_DESCRIPTOR {
            Id: d.id,
            Version: d.version,
            Channel: d.channel.0,
            Level: d.level.0,
            Opcode: opcode,
            Task: d.task,
            Keyword: d.keywords,
        },
        ActivityId: to_guid(&h.activity_id),
        ..EVENT_HEADER::default()
    };
    EVENT_RECORD {
        EventHeader: header,
        ExtendedDataCount: items.len() as u16,
        ExtendedData: if items.is_empty() { ptr::null_mut() } else { items.as_mut_ptr() },
        UserDataLength: ev.payload().len().min(usize::from(u16::MAX)) as u16,
        UserData: ev.payload().as_ptr().cast_mut().cast(),
        ..EVENT_RECORD::default()
    }
}

fn tdh_items(ev: &EventRef<'_>) -> Vec<EVENT_HEADER_EXTENDED_DATA_ITEM> {
    ev.extended()
        .iter()
        .take(usize::from(u16::MAX))
        .map(|i| EVENT_HEADER_EXTENDED_DATA_ITEM {
            ExtType: i.kind().0,
            DataSize: i.data().len().min(usize::from(u16::MAX)) as u16,
            DataPtr: i.data().as_ptr() as usize as u64,
            ..EVENT_HEADER_EXTENDED_DATA_ITEM::default()
        })
        .collect()
}

fn schema_of(blob: &[u8]) -> Result<Arc<EventSchema>, SchemaError> {
    parse_trace_event_info(blob, DecodingSource::Tdh)
        .map(Arc::new)
        .map_err(|e| SchemaError { source: "tdh", reason: e.reason })
}

/// What TDH answered for an event type.
type Answer = Option<Result<Arc<EventSchema>, SchemaError>>;

/// TDH's answers, by event type, and for TraceLogging events by their metadata.
#[derive(Default)]
pub(crate) struct TdhCache {
    answers: HashMap<Key, Answer>,
    /// The routed record being dispatched, if any.
    routed: Option<Routed>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Type(EventKey, bool),
    TraceLogging(Guid, Vec<u8>),
}

/// Answers kept at most (a trace with endless distinct types starts over).
const MAX_ANSWERS: usize = 1 << 16;

impl TdhCache {
    fn key(ev: &EventRef<'_>) -> Key {
        match ev.extended().find(ExtType::EVENT_SCHEMA_TL) {
            Some(i) => Key::TraceLogging(ev.provider_id(), i.data().to_vec()),
            None => Key::Type(EventKey::of(ev), ev.header_kind().is_classic()),
        }
    }

    fn keep(&mut self, key: Key, answer: Answer) {
        if self.answers.len() >= MAX_ANSWERS {
            self.answers.clear();
        }
        self.answers.insert(key, answer);
    }

    /// The schema of `ev`, asking TDH the first time its type is seen.
    pub fn lookup(&mut self, ev: &EventRef<'_>) -> Answer {
        let key = TdhCache::key(ev);
        if let Some(a) = self.answers.get(&key) {
            return a.clone();
        }
        let mut items = tdh_items(ev);
        let record = record_of(ev, &mut items);
        // SAFETY: `record` points into `items` and `ev`'s payload and extended data, all alive for the call.
        let answer = unsafe { event_info(&record) }.ok().map(|blob| schema_of(&blob));
        self.keep(key, answer.clone());
        answer
    }
}

/// The provider a routed (MOF or WPP) record belongs to, from TDH's answer for it (its `ProviderGuid`); the answer
/// is kept as the schema of the record's class.
///
/// # Safety
/// `record` is the record ETW passed to the event callback, valid until the callback returns; `parts` was read
/// from it.
pub(crate) unsafe fn owner_of_record(
    record: *const EVENT_RECORD,
    parts: &RecordParts<'_>,
    cache: &Mutex<TdhCache>,
) -> Option<Guid> {
    // SAFETY: guaranteed by the caller.
    let blob = unsafe { event_info(record) }.ok()?;
    let owner = Guid::read(&blob).filter(|g| !g.is_zero());
    if let Ok(mut c) = cache.lock() {
        with_event(parts, &Clock::SYSTEM_TIME, None, |ev| {
            c.keep(TdhCache::key(ev), Some(schema_of(&blob)));
        });
    }
    owner
}

/// The record being dispatched as another provider's event: its payload (to recognise it), the provider it is
/// handed on as, and its own class or message GUID (to find its schema).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Routed {
    pub payload: usize,
    pub len: usize,
    pub owner: Guid,
    pub class: Guid,
}

/// Marks (or clears) the record being dispatched as routed.
pub(crate) fn set_routed(cache: &Mutex<TdhCache>, r: Option<Routed>) {
    if let Ok(mut c) = cache.lock() {
        c.routed = r;
    }
}

/// Schemas of routed events: an event handed on under its provider's GUID is looked up under its own class GUID.
/// It answers before the registry's cache (which keys by the provider's GUID and would mix up a provider's
/// classes), and only for the routed record being dispatched.
pub(crate) struct RoutedSource {
    cache: Arc<Mutex<TdhCache>>,
}

impl RoutedSource {
    pub fn new(cache: Arc<Mutex<TdhCache>>) -> RoutedSource {
        RoutedSource { cache }
    }
}

impl SchemaSource for RoutedSource {
    fn name(&self) -> &'static str {
        "tdh"
    }

    fn cacheable(&self) -> bool {
        false
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let mut cache = self.cache.lock().ok()?;
        let r = cache.routed?;
        if event.payload().as_ptr() as usize != r.payload
            || event.payload().len() != r.len
            || event.provider_id() != r.owner
        {
            return None;
        }
        let mut header = *event.header();
        header.provider_id = r.class;
        let own = EventRef::new(header, event.extended(), event.payload(), event.clock());
        cache.lookup(&own)
    }
}

/// TDH as the last schema source, and provider names: those the trace resolved, then the registered ones.
pub(crate) struct TdhSource {
    cache: Option<Arc<Mutex<TdhCache>>>,
    names: HashMap<Guid, Arc<str>>,
}

impl TdhSource {
    /// `cache: None`: names only (under Wine).
    pub fn new(cache: Option<Arc<Mutex<TdhCache>>>, names: HashMap<Guid, Arc<str>>) -> TdhSource {
        TdhSource { cache, names }
    }
}

impl SchemaSource for TdhSource {
    fn name(&self) -> &'static str {
        "tdh"
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        self.cache.as_ref()?.lock().ok()?.lookup(event)
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        if let Some(n) = self.names.get(provider) {
            return Some(n.clone());
        }
        self.cache.as_ref()?;
        catalog().ok()?.by_guid.get(provider).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebuilt_records_carry_the_event() {
        use etw_core::{EventDescriptor, EventHeader, ExtendedItem, ExtendedItems, HeaderKind, HookId, KernelGroup};
        let tl = [1u8, 2, 3];
        let items = [ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, &tl)];
        let payload = [9u8; 5];
        let header = EventHeader {
            kind: HeaderKind::EVENT_HEADER64,
            flags: EventHeaderFlags::HEADER_64_BIT,
            provider_id: Guid::from_provider_name("p"),
            descriptor: EventDescriptor { id: 7, version: 1, keywords: 3, ..EventDescriptor::default() },
            process_id: 4,
            thread_id: 5,
            pointer_size: 8,
            ..EventHeader::default()
        };
        let ev = EventRef::new(header, ExtendedItems::from_list(&items), &payload, &Clock::SYSTEM_TIME);
        let mut raw = tdh_items(&ev);
        let r = record_of(&ev, &mut raw);
        assert_eq!(r.EventHeader.Flags, 0x41, "64-bit and extended info");
        assert_eq!((r.EventHeader.EventDescriptor.Id, r.EventHeader.ProcessId), (7, 4));
        assert_eq!(r.ExtendedDataCount, 1);
        assert_eq!(raw[0].DataSize, 3);
        assert_eq!(raw[0].DataPtr as usize, tl.as_ptr() as usize);
        assert_eq!((r.UserDataLength, r.UserData as usize), (5, payload.as_ptr() as usize));
        assert!(matches!(TdhCache::key(&ev), Key::TraceLogging(_, m) if m == tl));

        // A kernel hook event from an ETL file asks TDH as a classic event of its group's class.
        let hook = EventHeader {
            kind: HeaderKind::PERFINFO64,
            hook: Some(HookId::new(KernelGroup::TCPIP, 10)),
            pointer_size: 8,
            ..EventHeader::default()
        };
        let ev = EventRef::new(hook, ExtendedItems::NONE, &[], &Clock::SYSTEM_TIME);
        let r = record_of(&ev, &mut []);
        assert_eq!(r.EventHeader.Flags, 0x0140);
        assert_eq!(r.EventHeader.EventDescriptor.Opcode, 10);
        assert_eq!(r.EventHeader.ProviderId.data1, KernelGroup::TCPIP.class_guid().unwrap().data1);
        assert!(r.ExtendedData.is_null());
    }

    #[test]
    fn routed_source_answers_only_for_the_routed_record() {
        let cache = Arc::new(Mutex::new(TdhCache::default()));
        let mut src = RoutedSource::new(cache.clone());
        let payload = [1u8, 2];
        let header = etw_core::EventHeader { provider_id: Guid::from_provider_name("owner"), ..Default::default() };
        let ev = EventRef::new(header, etw_core::ExtendedItems::NONE, &payload, &Clock::SYSTEM_TIME);
        assert!(src.lookup(&ev).is_none(), "nothing routed");
        // Another record's payload: not this one.
        set_routed(&cache, Some(Routed { payload: 1, len: 2, owner: header.provider_id, class: Guid::ZERO }));
        assert!(src.lookup(&ev).is_none());
        // The routed record: looked up under its class, here from an answer already kept (TDH is not called).
        let class = Guid::from_provider_name("class");
        let mut class_header = header;
        class_header.provider_id = class;
        let class_ev = EventRef::new(class_header, etw_core::ExtendedItems::NONE, &payload, &Clock::SYSTEM_TIME);
        let schema = Arc::new(EventSchema::new(class, Default::default(), DecodingSource::Tdh));
        cache.lock().unwrap().keep(TdhCache::key(&class_ev), Some(Ok(schema.clone())));
        set_routed(
            &cache,
            Some(Routed { payload: payload.as_ptr() as usize, len: 2, owner: header.provider_id, class }),
        );
        assert_eq!(src.lookup(&ev).unwrap().unwrap(), schema);
        set_routed(&cache, None);
        assert!(src.lookup(&ev).is_none());
        assert!(!src.cacheable());
    }

    #[test]
    fn names_come_from_the_trace_first() {
        let g = Guid::from_provider_name("x");
        let src = TdhSource::new(None, HashMap::from([(g, Arc::from("x"))]));
        assert_eq!(src.provider_name(&g).as_deref(), Some("x"));
        assert_eq!(src.provider_name(&Guid::ZERO), None, "no TDH: no other names");
    }
}
