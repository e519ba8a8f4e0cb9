//! Decoded output: the schema registry, the learning pass over the trace, and one JSON object per event.

use std::io::{self, Write};

use etwkit::json;
use etwkit::schema::{write_json_object, Decoder, NoSchema, SchemaRegistry};
use etwkit::EventRef;

use crate::dump;

/// Why an event was not decoded, in a few words (for stats).
pub fn reason_key(e: &NoSchema) -> String {
    match e {
        NoSchema::Unknown => "no schema".to_owned(),
        NoSchema::Bad(e) => format!("bad {} metadata", e.source),
    }
}

/// Writes decoded events as JSON Lines.
pub struct DecodedDumper<W: Write> {
    w: W,
    line: Vec<u8>,
    registry: SchemaRegistry,
    decoder: Decoder,
}

impl<W: Write> DecodedDumper<W> {
    pub fn new(w: W, registry: SchemaRegistry) -> Self {
        DecodedDumper { w, line: Vec::with_capacity(4096), registry, decoder: Decoder::new() }
    }

    /// Whether `ev` passes `--where` and the configuration's selection (decoding it if they need properties).
    pub fn selects(
        &mut self,
        ev: &EventRef<'_>,
        filter: Option<&etwkit::filter::Predicate>,
        config: Option<&mut crate::config::Config>,
    ) -> bool {
        let mut ctx = etwkit::filter::EventContext::new(ev, &mut self.registry, &mut self.decoder);
        filter.is_none_or(|p| p.matches(&mut ctx)) && config.is_none_or(|c| c.selects(&mut ctx))
    }

    pub fn event(&mut self, ev: &EventRef<'_>) -> io::Result<()> {
        decoded_line(&mut self.line, ev, &mut self.registry, &mut self.decoder);
        self.w.write_all(&self.line)
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// Writes one decoded event as a JSON line into `out` (cleared first).
///
/// Keys, in this order: `timestamp`, `provider` ({name, guid}), `id`, `version`, `opcode`, `task`, `level`,
/// `keywords`, `event_name`, `pid`, `tid`, `cpu`, `activity_id`, `related_activity_id`, `properties` (an object,
/// or `null` when the event is not decoded), `decoded_by`, `header_kind`, then for kernel events `hook`, and when
/// decoding failed or left bytes over: `error`, `payload` (hex), `unparsed_bytes`.
pub fn decoded_line(out: &mut Vec<u8>, ev: &EventRef<'_>, registry: &mut SchemaRegistry, decoder: &mut Decoder) {
    let h = ev.header();
    let found = registry.lookup(ev);
    out.clear();
    out.push(b'{');
    json::key(out, "timestamp");
    json::time(out, ev.timestamp());
    out.extend_from_slice(b",\"provider\":");
    let schema = found.as_ref().ok();
    // Names are shared (Arc), so no allocation here unless the event only names itself in provider traits.
    let provider_name: Option<std::sync::Arc<str>> =
        schema.and_then(|s| s.provider_name.clone()).or_else(|| registry.provider_name(&h.provider_id));
    let traits_name = if provider_name.is_none() { dump::provider_name(ev) } else { None };
    let provider_name: Option<&str> = provider_name.as_deref().or(traits_name.as_deref());
    match (schema, h.kind.is_kernel()) {
        (None, true) => out.extend_from_slice(b"null"),
        _ => dump::provider_object(out, provider_name, &schema.map_or(h.provider_id, |s| s.provider_id)),
    }
    let d = &h.descriptor;
    for (k, v) in [
        ("id", u64::from(d.id)),
        ("version", u64::from(d.version)),
        ("opcode", u64::from(d.opcode.0)),
        ("task", u64::from(d.task)),
        ("level", u64::from(d.level.0)),
    ] {
        out.push(b',');
        json::key(out, k);
        json::uint(out, v);
    }
    out.extend_from_slice(b",\"keywords\":");
    json::hex_u64(out, d.keywords);
    out.extend_from_slice(b",\"event_name\":");
    match schema {
        Some(s) => match &s.event_name {
            Some(n) => json::string(out, n),
            None => json::string(out, &s.display_name()),
        },
        None => out.extend_from_slice(b"null"),
    }
    dump::who_and_activity(out, ev);
    out.extend_from_slice(b",\"properties\":");
    let mut error: Option<String> = None;
    let mut unparsed = 0usize;
    match &found {
        Ok(schema) => match decoder.decode(schema, ev.payload(), ev.pointer_size()) {
            Ok(decoded) => {
                write_json_object(out, decoded.properties());
                unparsed = decoded.trailing_bytes();
            }
            Err(e) => {
                out.extend_from_slice(b"null");
                error = Some(e.to_string());
            }
        },
        Err(e) => {
            out.extend_from_slice(b"null");
            error = Some(e.to_string());
        }
    }
    out.extend_from_slice(b",\"decoded_by\":");
    match (&found, &error) {
        (Ok(s), None) => json::string(out, s.source.as_str()),
        _ => json::string(out, "none"),
    }
    out.extend_from_slice(b",\"header_kind\":");
    dump::header_kind(out, h.kind);
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
