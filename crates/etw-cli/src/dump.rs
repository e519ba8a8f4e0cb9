//! `etw dump --raw`: one JSON object per record, header fields and payload as hex.

use std::io::{self, Write};

use etwkit::{CpuTime, EventRef, ExtType, ExtendedData, Guid, HeaderKind};

use etwkit::json;

/// Writes one raw event as a JSON line into `out` (cleared first).
///
/// Keys, in this order: `timestamp`, `provider` (`{name?, guid}`, or `null` for kernel hook events), `id`,
/// `version`, `channel`, `opcode`, `task`, `level`, `keywords`, `pid`, `tid`, `cpu`, `activity_id`,
/// `related_activity_id`, `header_kind`, `hook` (kernel events), `flags`, `event_property`, `cpu_time`,
/// `instance` / `message` (those header kinds), `extended`, `payload`, `timestamp_raw`, `location`.
pub fn raw_line(out: &mut Vec<u8>, ev: &EventRef<'_>, file_name: &str) {
    let h = ev.header();
    out.clear();
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
    let d = &h.descriptor;
    for (k, v) in [
        ("id", u64::from(d.id)),
        ("version", u64::from(d.version)),
        ("channel", u64::from(d.channel.0)),
        ("opcode", u64::from(d.opcode.0)),
        ("task", u64::from(d.task)),
        ("level", u64::from(d.level.0)),
    ] {
        out.push(b',');
        json::key(out, k);
        json::uint(out, v);
    }
    out.push(b',');
    json::key(out, "keywords");
    json::hex_u64(out, d.keywords);
    who_and_activity(out, ev);
    out.push(b',');
    json::key(out, "header_kind");
    header_kind(out, h.kind);
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
    out.push(b',');
    json::key(out, "flags");
    json::hex_u64(out, h.flags.0.into());
    out.push(b',');
    json::key(out, "event_property");
    json::hex_u64(out, h.event_property.0.into());
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
    out.extend_from_slice(b"],\"payload\":");
    json::hex_bytes(out, ev.payload());
    out.extend_from_slice(b",\"timestamp_raw\":");
    json::int(out, h.timestamp);
    let l = ev.location();
    out.extend_from_slice(b",\"location\":{\"file\":");
    json::string(out, file_name);
    out.extend_from_slice(b",\"buffer\":");
    json::uint(out, l.buffer);
    out.extend_from_slice(b",\"buffer_offset\":");
    json::uint(out, l.buffer_offset);
    out.extend_from_slice(b",\"record_offset\":");
    json::uint(out, l.record_offset.into());
    out.extend_from_slice(b"}}\n");
}

/// `{"name":…,"guid":…}` (no `name` when it is not known): the `provider` value of raw and decoded lines.
pub(crate) fn provider_object(out: &mut Vec<u8>, name: Option<&str>, guid: &Guid) {
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
pub(crate) fn who_and_activity(out: &mut Vec<u8>, ev: &EventRef<'_>) {
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
pub(crate) fn header_kind(out: &mut Vec<u8>, kind: HeaderKind) {
    match kind.name() {
        Some(name) => json::string(out, name),
        None => json::string(out, &kind.to_string()),
    }
}

/// The provider name an event carries itself (TraceLogging provider traits).
pub fn provider_name(ev: &EventRef<'_>) -> Option<String> {
    match ev.extended().find(ExtType::PROV_TRAITS)?.parse() {
        ExtendedData::ProviderTraits(t) => Some(t.name().into_owned()),
        _ => None,
    }
}

/// Writes raw lines for events to `w`.
pub struct RawDumper<W: Write> {
    w: W,
    line: Vec<u8>,
    names: Vec<String>,
}

impl<W: Write> RawDumper<W> {
    pub fn new(w: W, names: Vec<String>) -> Self {
        RawDumper { w, line: Vec::with_capacity(4096), names }
    }

    pub fn event(&mut self, ev: &EventRef<'_>) -> io::Result<()> {
        let name = self.names.get(ev.location().file as usize).map(String::as_str).unwrap_or("");
        raw_line(&mut self.line, ev, name);
        self.w.write_all(&self.line)
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.w.flush()
    }
}
