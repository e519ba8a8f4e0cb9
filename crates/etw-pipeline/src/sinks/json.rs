//! JSON Lines: one object per event, decoded (`etw dump`) or raw (`etw dump --raw`), written by workers into
//! byte batches and by the sink in order.
//!
//! Decoded keys, in order: see [`decoded_line`].

use std::io::{self, Write};
use std::sync::Arc;

use etw_core::{json, CpuTime, EventRef, ExtType, ExtendedData, Guid, HeaderKind};
use etw_filter::EventContext;
use etw_schema::{write_json_object, Decoded, EventSchema, MessageTemplate};

use crate::sink::{Encoder, Flow, RunInfo, Sink};

/// Which lines a [`JsonLines`] sink writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    /// Decoded properties by name ([`decoded_line`]).
    Decoded,
    /// Header fields and the payload as hex, nothing decoded ([`raw_line`]).
    Raw,
}

/// Writes events as JSON Lines to `W`, in order.
pub struct JsonLines<W: Write> {
    out: W,
    style: JsonStyle,
    names: Arc<[String]>,
    spare: Spare,
}

/// Written batches, emptied, handed back to the encoders: a batch's memory is filled again instead of being
/// allocated (and its pages faulted in) for every chunk.
type Spare = Arc<std::sync::Mutex<Vec<Vec<u8>>>>;

/// Emptied batches kept at most.
const MAX_SPARE: usize = 32;

impl<W: Write> JsonLines<W> {
    /// A sink writing `style` lines to `out` (buffered by the caller, or not: it receives whole batches).
    pub fn new(out: W, style: JsonStyle) -> JsonLines<W> {
        JsonLines { out, style, names: Arc::from(Vec::new()), spare: Spare::default() }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Encodes JSON lines into a byte batch.
pub struct JsonEncoder {
    style: JsonStyle,
    names: Arc<[String]>,
    batch: Vec<u8>,
    keys: KeyCache,
    spare: Spare,
}

impl Encoder for JsonEncoder {
    type Batch = Vec<u8>;

    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        match self.style {
            JsonStyle::Decoded => decoded_line_with(&mut self.batch, event, cx, Some(&mut self.keys)),
            JsonStyle::Raw => {
                let name = self.names.get(event.location().file as usize).map(String::as_str).unwrap_or("");
                raw_line(&mut self.batch, event, name);
            }
        }
    }

    fn take(&mut self) -> Vec<u8> {
        let reused = self.spare.lock().ok().and_then(|mut s| s.pop());
        let next = reused.unwrap_or_else(|| Vec::with_capacity(self.batch.len().max(4096)));
        std::mem::replace(&mut self.batch, next)
    }
}

impl<W: Write> Sink for JsonLines<W> {
    type Encoder = JsonEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.names = run.files.iter().map(|f| f.path.display().to_string()).collect();
        Ok(())
    }

    fn encoder(&self) -> JsonEncoder {
        JsonEncoder {
            style: self.style,
            names: self.names.clone(),
            batch: Vec::new(),
            keys: KeyCache::default(),
            spare: self.spare.clone(),
        }
    }

    fn write(&mut self, mut batch: Vec<u8>) -> io::Result<Flow> {
        self.out.write_all(&batch)?;
        batch.clear();
        if let Ok(mut spare) = self.spare.lock() {
            if spare.len() < MAX_SPARE {
                spare.push(batch);
            }
        }
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &crate::sink::Summary) -> io::Result<()> {
        self.out.flush()
    }
}

/// Appends one decoded event as a JSON line to `out`; `cx` looks its schema up and decodes it.
///
/// Keys, in this order: `timestamp`, `provider` ({name, guid}), `id`, `version`, `opcode`, `task`, `level`,
/// `keywords`, `event_name`, `pid`, `tid`, `cpu`, `activity_id`, `related_activity_id`, `properties` (an object,
/// or `null` when the event has no schema), `message` (when the event decoded and its schema has a message
/// string: the message with its `%1`..`%n` inserts filled in from the properties, as Event Viewer shows it; see
/// [`MessageTemplate`]), `decoded_by` (`none` unless the event decoded), `header_kind`, then for kernel events
/// `hook`, and when decoding failed or left bytes over: `error`, `stopped_at` (when the payload did not fit the
/// schema: the top-level property where decoding stopped; `properties` then holds the ones before it),
/// `payload` (hex), `unparsed_bytes`.
pub fn decoded_line(out: &mut Vec<u8>, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
    decoded_line_with(out, ev, cx, None);
}

/// What is written the same way for every event of a schema, prepared once per schema rather than once per
/// event: the property names as JSON keys (`"name":`), the display name, the parsed message string. Holds the
/// schemas it has entries for (so a schema's address is never reused while its entry is here), at most
/// [`KeyCache::MAX_SCHEMAS`].
#[derive(Default)]
pub struct KeyCache {
    by_schema: etw_core::hash::FastMap<usize, SchemaKeys>,
    /// Working space for filling messages in.
    scratch: Vec<u8>,
    /// Provider objects as written, by GUID, with the name they were written with.
    providers: etw_core::hash::FastMap<Guid, (Option<Box<str>>, Vec<u8>)>,
}

/// One schema's entry in a [`KeyCache`].
struct SchemaKeys {
    /// The schema, kept alive.
    _schema: Arc<EventSchema>,
    /// The keys' text.
    text: Vec<u8>,
    /// Where each key ends in `text`.
    ends: Vec<usize>,
    /// The schema's display name as a JSON string.
    name: Vec<u8>,
    /// The message string, parsed.
    message: Option<MessageTemplate>,
}

impl KeyCache {
    /// Schemas kept; when full, the cache starts again empty.
    pub const MAX_SCHEMAS: usize = 4096;

    /// The entry of `schema`, made on first use.
    fn entry(&mut self, schema: &Arc<EventSchema>) -> Option<&SchemaKeys> {
        let at = Arc::as_ptr(schema) as usize;
        if !self.by_schema.contains_key(&at) {
            if self.by_schema.len() >= Self::MAX_SCHEMAS {
                self.by_schema.clear();
            }
            let mut text = Vec::new();
            let mut ends = Vec::with_capacity(schema.properties.len());
            for p in &schema.properties {
                json::string(&mut text, &p.name);
                text.push(b':');
                ends.push(text.len());
            }
            let mut name = Vec::new();
            json::string(&mut name, &schema.display_name());
            let message = schema.message.as_deref().map(MessageTemplate::new);
            self.by_schema.insert(at, SchemaKeys { _schema: schema.clone(), text, ends, name, message });
        }
        self.by_schema.get(&at)
    }

    /// The keys of `schema`'s properties: one byte string and the end of each property's key in it.
    fn keys(&mut self, schema: &Arc<EventSchema>) -> (&[u8], &[usize]) {
        match self.entry(schema) {
            Some(e) => (&e.text, &e.ends),
            None => (&[], &[]),
        }
    }

    /// `schema`'s display name as a JSON string.
    fn display_name(&mut self, schema: Option<&Arc<EventSchema>>) -> &[u8] {
        let Some(schema) = schema else { return b"null" };
        match self.entry(schema) {
            Some(e) => &e.name,
            None => b"null",
        }
    }

    /// Appends [`provider_object`], copied from what was written for the provider last time when its name is the
    /// same (a provider's name can differ between events: a schema's, or one a TraceLogging event carries).
    fn provider(&mut self, out: &mut Vec<u8>, name: Option<&str>, guid: &Guid) {
        if let Some((known, text)) = self.providers.get(guid) {
            if known.as_deref() == name {
                out.extend_from_slice(text);
                return;
            }
        }
        let start = out.len();
        provider_object(out, name, guid);
        if self.providers.len() >= Self::MAX_SCHEMAS {
            self.providers.clear();
        }
        let text = out.get(start..).unwrap_or_default().to_vec();
        self.providers.insert(*guid, (name.map(Box::from), text));
    }

    /// Appends `,"message":"…"` for a decoded event whose schema has a message string.
    fn message(&mut self, out: &mut Vec<u8>, schema: &Arc<EventSchema>, decoded: &Decoded<'_>) {
        if schema.message.is_none() {
            return;
        }
        self.entry(schema);
        let KeyCache { by_schema, scratch, .. } = self;
        if let Some(template) = by_schema.get(&(Arc::as_ptr(schema) as usize)).and_then(|e| e.message.as_ref()) {
            out.extend_from_slice(b",\"message\":");
            template.write_json(out, decoded, scratch);
        }
    }
}

/// Appends the properties of a decoded event (or those decoded before decoding stopped) as a JSON object, with
/// the keys of `cache` when given.
fn write_property_object(
    out: &mut Vec<u8>,
    decoded: &Decoded<'_>,
    schema: Option<&Arc<EventSchema>>,
    cache: Option<&mut KeyCache>,
) {
    let (Some(cache), Some(schema)) = (cache, schema) else {
        write_json_object(out, decoded.properties());
        return;
    };
    let (text, ends) = cache.keys(schema);
    out.push(b'{');
    let mut first = true;
    // As Decoded::properties: every top-level property that has a value, in order.
    for (i, slot) in decoded.slots().iter().enumerate() {
        // A property has a value when its slot lies within the payload (as Decoded::value checks).
        let in_payload = decoded.payload().get(slot.start as usize..slot.end as usize).is_some();
        let (Some(p), true) = (schema.properties.get(i), in_payload) else { continue };
        if !first {
            out.push(b',');
        }
        first = false;
        let start = i.checked_sub(1).and_then(|j| ends.get(j)).copied().unwrap_or(0);
        let end = ends.get(i).copied().unwrap_or(start);
        out.extend_from_slice(text.get(start..end).unwrap_or_default());
        decoded.write_value_json(out, i, Some(p));
    }
    out.push(b'}');
}

/// [`decoded_line`], with the property keys of known schemas taken from `keys`.
pub fn decoded_line_with(
    out: &mut Vec<u8>,
    ev: &EventRef<'_>,
    cx: &mut EventContext<'_, '_>,
    mut keys: Option<&mut KeyCache>,
) {
    let h = ev.header();
    out.push(b'{');
    json::key(out, "timestamp");
    json::time(out, ev.timestamp());
    out.extend_from_slice(b",\"provider\":");
    let cx_schema = cx.schema().ok().cloned();
    let schema = cx_schema.as_deref();
    match (event_provider(ev, cx, schema), keys.as_deref_mut()) {
        (Some(p), Some(cache)) => cache.provider(out, p.name(), &p.guid),
        (Some(p), None) => provider_object(out, p.name(), &p.guid),
        (None, _) => out.extend_from_slice(b"null"),
    }
    descriptor_fields(out, &h.descriptor, false);
    out.extend_from_slice(b",\"event_name\":");
    match schema {
        Some(s) => match &s.event_name {
            Some(n) => json::string(out, n),
            None => match keys.as_deref_mut() {
                // The display name is made with format!: once per schema, not per event.
                Some(cache) => out.extend_from_slice(cache.display_name(cx_schema.as_ref())),
                None => json::string(out, &s.display_name()),
            },
        },
        None => out.extend_from_slice(b"null"),
    }
    who_and_activity(out, ev);
    out.extend_from_slice(b",\"properties\":");
    let PropertiesOutcome { error, unparsed_bytes: unparsed, stopped_at } =
        write_properties(out, cx, cx_schema.as_ref(), keys.as_deref_mut());
    if let (None, Some(schema)) = (&error, cx_schema.as_ref().filter(|s| s.message.is_some())) {
        // Decoded already (the context decodes once): the message's inserts are its properties.
        if let Ok(decoded) = cx.decoded() {
            match keys {
                Some(cache) => cache.message(out, schema, &decoded),
                None => {
                    // No cache: the message string is parsed for each event.
                    let template = MessageTemplate::new(schema.message.as_deref().unwrap_or_default());
                    out.extend_from_slice(b",\"message\":");
                    template.write_json(out, &decoded, &mut Vec::new());
                }
            }
        }
    }
    out.extend_from_slice(b",\"decoded_by\":");
    match (schema, &error) {
        (Some(s), None) => json::string(out, s.source.as_str()),
        _ => json::string(out, "none"),
    }
    out.extend_from_slice(b",\"header_kind\":");
    header_kind(out, h.kind);
    if let Some(hook) = h.hook {
        out.extend_from_slice(b",\"hook\":{\"group\":");
        json::uint(out, hook.group().0.into());
        out.extend_from_slice(b",\"type\":");
        json::uint(out, hook.kind().into());
        out.push(b'}');
    }
    if let Some(e) = &error {
        out.extend_from_slice(b",\"error\":");
        json::string(out, e);
    }
    if let Some(name) = &stopped_at {
        out.extend_from_slice(b",\"stopped_at\":");
        json::string(out, name);
    }
    if error.is_some() || unparsed > 0 {
        out.extend_from_slice(b",\"payload\":");
        json::hex_bytes(out, ev.payload());
    }
    if unparsed > 0 {
        out.extend_from_slice(b",\"unparsed_bytes\":");
        json::uint(out, unparsed as u64);
    }
    out.extend_from_slice(b"}\n");
}

/// What [`write_properties`] found besides the properties.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PropertiesOutcome {
    /// Why the event could not be decoded completely.
    pub error: Option<String>,
    /// Payload bytes left over after the last property.
    pub unparsed_bytes: usize,
    /// When a schema does not fit the payload: the top-level property where decoding stopped (the properties
    /// before it were written).
    pub stopped_at: Option<Arc<str>>,
}

/// Appends the `properties` value of a decoded line: an object of the event's top-level properties by name;
/// when the schema does not fit the payload, the properties before the one where decoding stopped; `null` when
/// there is no schema. `schema` is `cx`'s schema (the caller has looked it up already); `keys` holds the
/// property keys of schemas already written.
pub fn write_properties(
    out: &mut Vec<u8>,
    cx: &mut EventContext<'_, '_>,
    schema: Option<&Arc<EventSchema>>,
    keys: Option<&mut KeyCache>,
) -> PropertiesOutcome {
    let error = match cx.decoded() {
        Ok(decoded) => {
            write_property_object(out, &decoded, schema, keys);
            return PropertiesOutcome { error: None, unparsed_bytes: decoded.trailing_bytes(), stopped_at: None };
        }
        Err(e) => e.to_string(),
    };
    // A schema that does not fit the payload: the properties before the one where decoding stopped.
    let mut stopped_at = None;
    match cx.partial() {
        Some(decoded) => {
            write_property_object(out, &decoded, schema, keys);
            stopped_at = schema.and_then(|s| s.properties.get(decoded.slots().len())).map(|p| p.name.clone());
        }
        None => out.extend_from_slice(b"null"),
    }
    PropertiesOutcome { error: Some(error), unparsed_bytes: 0, stopped_at }
}

/// Appends one raw event as a JSON line to `out`.
///
/// Keys, in this order: `timestamp`, `provider` (`{name?, guid}`, or `null` for kernel hook events), `id`,
/// `version`, `channel`, `opcode`, `task`, `level`, `keywords`, `pid`, `tid`, `cpu`, `activity_id`,
/// `related_activity_id`, `header_kind`, `hook` (kernel events), `flags`, `event_property`, `cpu_time`,
/// `instance` / `message` (those header kinds), `extended`, `payload`, `timestamp_raw`, `location`.
pub fn raw_line(out: &mut Vec<u8>, ev: &EventRef<'_>, file_name: &str) {
    let h = ev.header();
    out.push(b'{');
    json::key(out, "timestamp");
    json::time(out, ev.timestamp());
    out.extend_from_slice(b",");
    json::key(out, "provider");
    if h.kind.is_kernel() {
        out.extend_from_slice(b"null");
    } else {
        let traits = ev.extended().find(ExtType::PROV_TRAITS).map(|i| i.parse());
        let name = match &traits {
            Some(ExtendedData::ProviderTraits(t)) => Some(t.name()),
            _ => None,
        };
        provider_object(out, name.as_deref(), &h.provider_id);
    }
    descriptor_fields(out, &h.descriptor, true);
    who_and_activity(out, ev);
    out.push(b',');
    json::key(out, "header_kind");
    header_kind(out, h.kind);
    raw_hook(out, h);
    out.push(b',');
    json::key(out, "flags");
    json::hex_u64(out, h.flags.0.into());
    out.push(b',');
    json::key(out, "event_property");
    json::hex_u64(out, h.event_property.0.into());
    raw_cpu_time(out, h);
    raw_instance_and_message(out, h);
    raw_extended(out, ev);
    out.push(b']');
    out.extend_from_slice(b",\"payload\":");
    json::hex_bytes(out, ev.payload());
    out.extend_from_slice(b",\"timestamp_raw\":");
    json::int(out, h.timestamp);
    raw_location(out, ev, file_name);
    out.extend_from_slice(b"}\n");
}

/// `,"hook":{group, type, group_name?}` of a kernel event's raw line.
fn raw_hook(out: &mut Vec<u8>, h: &etw_core::EventHeader) {
    if let Some(hook) = h.hook {
        out.push(b',');
        json::key(out, "hook");
        out.push(b'{');
        json::key(out, "group");
        json::uint(out, hook.group().0.into());
        out.push(b',');
        json::key(out, "type");
        json::uint(out, hook.kind().into());
        if let Some(name) = hook.group().name() {
            out.push(b',');
            json::key(out, "group_name");
            json::string(out, name);
        }
        out.push(b'}');
    }
}

/// `,"cpu_time":…` of a raw line: kernel and user ticks, processor time, or null.
fn raw_cpu_time(out: &mut Vec<u8>, h: &etw_core::EventHeader) {
    out.push(b',');
    json::key(out, "cpu_time");
    match h.cpu_time {
        CpuTime::KernelUser { kernel, user } => {
            out.extend_from_slice(b"{\"kernel\":");
            json::uint(out, kernel.into());
            out.extend_from_slice(b",\"user\":");
            json::uint(out, user.into());
            out.push(b'}');
        }
        CpuTime::Processor(t) => {
            out.extend_from_slice(b"{\"processor\":");
            json::uint(out, t);
            out.push(b'}');
        }
        CpuTime::None => out.extend_from_slice(b"null"),
    }
}

/// `,"instance":…` and `,"message":…` of a raw line, for the header kinds that have them.
fn raw_instance_and_message(out: &mut Vec<u8>, h: &etw_core::EventHeader) {
    if let Some(i) = h.instance {
        out.extend_from_slice(b",\"instance\":{\"instance_id\":");
        json::uint(out, i.instance_id.into());
        out.extend_from_slice(b",\"parent_instance_id\":");
        json::uint(out, i.parent_instance_id.into());
        out.extend_from_slice(b",\"parent_guid\":");
        json::guid(out, &i.parent_guid);
        out.push(b'}');
    }
    if let Some(m) = h.message {
        out.extend_from_slice(b",\"message\":{\"number\":");
        json::uint(out, m.number.into());
        out.extend_from_slice(b",\"options\":");
        json::hex_u64(out, m.options.into());
        if let Some(s) = m.sequence {
            out.extend_from_slice(b",\"sequence\":");
            json::uint(out, s.into());
        }
        if let Some(c) = m.component_id {
            out.extend_from_slice(b",\"component_id\":");
            json::uint(out, c.into());
        }
        out.push(b'}');
    }
}

/// `,"extended":[{type, data}…` of a raw line, without the closing bracket.
fn raw_extended(out: &mut Vec<u8>, ev: &EventRef<'_>) {
    out.extend_from_slice(b",\"extended\":[");
    for (i, item) in ev.extended().iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"type\":");
        match item.kind().name() {
            Some(n) => json::string(out, n),
            None => json::uint(out, item.kind().0.into()),
        }
        out.extend_from_slice(b",\"data\":");
        json::hex_bytes(out, item.data());
        out.push(b'}');
    }
}

/// `,"location":{file, buffer, buffer_offset, record_offset}` of a raw line (its last key).
fn raw_location(out: &mut Vec<u8>, ev: &EventRef<'_>, file_name: &str) {
    let l = ev.location();
    out.extend_from_slice(b",\"location\":{\"file\":");
    json::string(out, file_name);
    out.extend_from_slice(b",\"buffer\":");
    json::uint(out, l.buffer);
    out.extend_from_slice(b",\"buffer_offset\":");
    json::uint(out, l.buffer_offset);
    out.extend_from_slice(b",\"record_offset\":");
    json::uint(out, l.record_offset.into());
    out.push(b'}');
}

/// `,"id":…,"version":…,` (`"channel":…,` in raw lines) `"opcode":…,"task":…,"level":…,"keywords":"0x…"` of raw and
/// decoded lines.
fn descriptor_fields(out: &mut Vec<u8>, d: &etw_core::EventDescriptor, channel: bool) {
    // Each key with its comma as one literal: one copy per field.
    out.extend_from_slice(b",\"id\":");
    json::uint(out, u64::from(d.id));
    out.extend_from_slice(b",\"version\":");
    json::uint(out, u64::from(d.version));
    if channel {
        out.extend_from_slice(b",\"channel\":");
        json::uint(out, u64::from(d.channel.0));
    }
    out.extend_from_slice(b",\"opcode\":");
    json::uint(out, u64::from(d.opcode.0));
    out.extend_from_slice(b",\"task\":");
    json::uint(out, u64::from(d.task));
    out.extend_from_slice(b",\"level\":");
    json::uint(out, u64::from(d.level.0));
    out.extend_from_slice(b",\"keywords\":");
    json::hex_u64(out, d.keywords);
}

/// `{"name":…,"guid":…}` (no `name` when it is not known): the `provider` value of raw and decoded lines.
pub fn provider_object(out: &mut Vec<u8>, name: Option<&str>, guid: &Guid) {
    out.push(b'{');
    if let Some(name) = name {
        json::key(out, "name");
        json::string(out, name);
        out.push(b',');
    }
    json::key(out, "guid");
    json::guid(out, guid);
    out.push(b'}');
}

/// `,"pid":…,"tid":…,"cpu":…,"activity_id":…,"related_activity_id":…` of raw and decoded lines (ids that Windows
/// did not record, `u32::MAX`, and zero activity ids are `null`).
pub fn who_and_activity(out: &mut Vec<u8>, ev: &EventRef<'_>) {
    let h = ev.header();
    for (k, v) in [("pid", h.process_id), ("tid", h.thread_id)] {
        out.push(b',');
        json::key(out, k);
        if v == u32::MAX {
            out.extend_from_slice(b"null");
        } else {
            json::uint(out, v.into());
        }
    }
    out.extend_from_slice(b",\"cpu\":");
    json::uint(out, h.processor.into());
    out.extend_from_slice(b",\"activity_id\":");
    json::guid_or_null(out, &h.activity_id);
    out.extend_from_slice(b",\"related_activity_id\":");
    match ev.related_activity_id() {
        Some(g) => json::guid(out, &g),
        None => out.extend_from_slice(b"null"),
    }
}

/// The `header_kind` value: its name, or its number when it has none.
pub fn header_kind(out: &mut Vec<u8>, kind: HeaderKind) {
    match kind.name() {
        // The names are identifiers from the Windows headers: nothing to escape.
        Some(name) => {
            out.push(b'"');
            out.extend_from_slice(name.as_bytes());
            out.push(b'"');
        }
        None => json::string(out, &kind.to_string()),
    }
}

/// The provider a decoded line names: its GUID (the schema's, else the header's) and its name, when known.
#[derive(Debug)]
pub struct EventProvider {
    /// The provider's GUID (a classic event's class GUID).
    pub guid: Guid,
    /// The name the schemas give it (shared: no allocation).
    known: Option<Arc<str>>,
    /// Else the name the event carries in its provider traits.
    carried: Option<String>,
}

impl EventProvider {
    /// The provider's name, when known.
    pub fn name(&self) -> Option<&str> {
        self.known.as_deref().or(self.carried.as_deref())
    }
}

/// The provider of `ev` as decoded lines and tables name it (`schema` is `cx`'s): `None` for a kernel hook event
/// that no schema describes.
pub fn event_provider(
    ev: &EventRef<'_>,
    cx: &mut EventContext<'_, '_>,
    schema: Option<&EventSchema>,
) -> Option<EventProvider> {
    let h = ev.header();
    if schema.is_none() && h.kind.is_kernel() {
        return None;
    }
    let known = cx.provider_name();
    let carried = if known.is_none() { provider_name_of(ev) } else { None };
    Some(EventProvider { guid: schema.map_or(h.provider_id, |s| s.provider_id), known, carried })
}

/// The provider name an event carries itself (TraceLogging provider traits).
pub fn provider_name_of(ev: &EventRef<'_>) -> Option<String> {
    match ev.extended().find(ExtType::PROV_TRAITS)?.parse() {
        ExtendedData::ProviderTraits(t) => Some(t.name().into_owned()),
        _ => None,
    }
}
