//! `WEVT_TEMPLATE`: the compiled instrumentation manifest the message compiler (`mc.exe`) puts into a
//! provider's binary, read into event schemas.
//!
//! # The format
//!
//! Facts from Joachim Metz's "Windows Event manifest binary format" (libfwevt documentation), checked and
//! completed on real binaries (the corpus's `libtrace.dll`, the .NET runtime's `clretwrc.dll`). Offsets are
//! relative to the start of the `CRIM` blob; strings are UTF-16LE with a u32 size (including itself) before
//! them.
//!
//! - `CRIM`: size, major and minor version, provider count, then (GUID, offset) per provider.
//! - `WEVT`: size, message id of the provider (`0xFFFFFFFF` for none), element count, a count of unknown
//!   values, then (offset, unknown) per element. Elements are told by their signature:
//!   - `CHAN`, `LEVL`, `OPCO`, `TASK`, `KEYW`: definitions with a value, a message id and a name offset
//!     (channels 16 bytes: id, name, unknown, message; levels and opcodes 12: value, message, name — an
//!     opcode's value holds the task in its low and the opcode in its high 16 bits; tasks 28: value, message,
//!     a GUID, name; keywords 16: mask (u64), message, name). Names are shown as TDH shows them: the message if
//!     there is one, else the name.
//!   - `MAPS`: a map count and an offset per map; each map is `VMAP` (value map) or `BMAP` (bitmap): size,
//!     name offset, a u32 (0 or 1), entry count, and (value, message id) per entry.
//!   - `TTBL`: `TEMP` templates: size, top-level item count, item count (struct members included), items
//!     offset, a u32, a GUID, the BinXML of the template's XML; then 20-byte items: flags (u32), in-type (u8) and out-type (u8) — or, for a struct, the
//!     index of its first member and its member count (u16 each) —, a map offset (u32, 0 for none), count and
//!     length (u16 each), name offset. Item flags (found by comparing binaries with their manifests, as
//!     libfwevt leaves them unknown): 0x01 struct, 0x02 fixed length, 0x04 length from the property whose index
//!     is the length, 0x08 fixed count, 0x10 count from the property whose index is the count. Struct members
//!     follow the top-level items, as in `TRACE_EVENT_INFO`.
//!   - `EVNT`: an event count, a u32, then 48-byte events: id (u16), version, channel, level, opcode (u8 each),
//!     task (u16), keywords (u64), message id, and the offsets of the template, opcode, level and task
//!     definitions (0 for none), then three u32s not needed here.
//!   - `PRVA`: provider attributes, written by newer message compilers: a count, then (kind, offset) pairs;
//!     kind 1 (in the low byte) is the provider's name, a NUL-terminated UTF-16LE string.
//!
//! The BinXML fragment of a template is not needed to decode events: the items say everything the decoder
//! needs, in the order the payload holds the values.
//!
//! Event names are not in the binary (a manifest's `symbol` is only in generated headers): an event is named
//! like a manifest event without a name, `Task/Opcode`, `Task`, or the opcode.

use std::collections::HashMap;
use std::sync::Arc;

use etw_core::cursor::{u16_at, u32_at, u64_at, u8_at};
use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};
use etw_schema::{Count, DecodingSource, EventSchema, InType, Length, OutType, Property, PropertyType, ValueMap};

use crate::msgtable::MessageTable;

const NO_MESSAGE: u32 = 0xFFFF_FFFF;
/// At most this many providers, events, templates, items or definitions in one list (far above real binaries).
const MAX_LIST: usize = 1 << 16;

/// A problem in a `WEVT_TEMPLATE`: the offset in the blob, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WevtProblem {
    /// Offset from the start of the `CRIM` blob.
    pub offset: usize,
    /// What was wrong.
    pub message: String,
}

impl std::fmt::Display for WevtProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WEVT_TEMPLATE offset {:#x}: {}", self.offset, self.message)
    }
}

/// One provider read from a `WEVT_TEMPLATE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WevtProvider {
    /// Provider GUID.
    pub guid: Guid,
    /// Provider name (from `PRVA`, else the provider's message), if the binary has one.
    pub name: Option<Arc<str>>,
    /// The events with a usable schema, in the binary's order.
    pub events: Vec<EventSchema>,
}

/// What a `WEVT_TEMPLATE` held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wevt {
    /// The providers read.
    pub providers: Vec<WevtProvider>,
    /// Damage and events left out, with offsets. A damaged provider is skipped, the others are read.
    pub problems: Vec<WevtProblem>,
}

fn problem(offset: usize, message: impl Into<String>) -> WevtProblem {
    WevtProblem { offset, message: message.into() }
}

#[derive(Clone)]
struct Named {
    value: u64,
    display: Arc<str>,
}

struct Blob<'a> {
    b: &'a [u8],
    messages: &'a MessageTable,
}

impl Blob<'_> {
    fn u32(&self, at: usize, what: &str) -> Result<u32, WevtProblem> {
        u32_at(self.b, at).ok_or_else(|| problem(at, format!("{what} past the end ({} bytes)", self.b.len())))
    }

    fn u16(&self, at: usize, what: &str) -> Result<u16, WevtProblem> {
        u16_at(self.b, at).ok_or_else(|| problem(at, format!("{what} past the end ({} bytes)", self.b.len())))
    }

    /// The 4-byte signature at `at`.
    fn sig(&self, at: usize) -> Option<&[u8]> {
        self.b.get(at..at.checked_add(4)?)
    }

    /// A list of `n` items of `size` bytes at `at`, checked to fit.
    fn list(&self, at: usize, n: u32, size: usize, what: &str) -> Result<usize, WevtProblem> {
        let n = n as usize;
        if n > MAX_LIST || at.saturating_add(n.saturating_mul(size)) > self.b.len() {
            return Err(problem(at, format!("{n} {what} do not fit")));
        }
        Ok(n)
    }

    /// A size-prefixed UTF-16 string.
    fn string(&self, at: u32) -> Result<String, WevtProblem> {
        let at = at as usize;
        let size = self.u32(at, "string size")? as usize;
        if size < 4 {
            return Err(problem(at, format!("string size {size}")));
        }
        let bytes = at
            .checked_add(size)
            .and_then(|end| self.b.get(at + 4..end))
            .ok_or_else(|| problem(at, format!("string of {size} bytes past the end ({} bytes)", self.b.len())))?;
        Ok(utf16z(bytes))
    }

    /// A NUL-terminated UTF-16 string.
    fn string_z(&self, at: u32) -> Result<String, WevtProblem> {
        let bytes = self.b.get(at as usize..).ok_or_else(|| problem(at as usize, "string past the end"))?;
        Ok(utf16z(bytes))
    }

    fn message(&self, id: u32) -> Option<Arc<str>> {
        (id != NO_MESSAGE).then(|| self.messages.get(id)).flatten().map(Arc::from)
    }

    /// The name TDH shows for a definition: its message if any (and not blank), else its name.
    fn display(&self, message: u32, name_at: u32) -> Result<Arc<str>, WevtProblem> {
        match self.message(message).filter(|m| !m.trim().is_empty()) {
            Some(m) => Ok(m),
            None => Ok(self.string(name_at)?.into()),
        }
    }
}

fn utf16z(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
        .take_while(|u| *u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}

/// The standard keywords (winmeta.xml), named as the manifest reader names them.
const STANDARD_KEYWORDS: [(u64, &str); 8] = [
    (0x0001_0000_0000_0000, "ResponseTime"),
    (0x0002_0000_0000_0000, "WDIContext"),
    (0x0004_0000_0000_0000, "WDIDiag"),
    (0x0008_0000_0000_0000, "SQM"),
    (0x0010_0000_0000_0000, "AuditFailure"),
    (0x0020_0000_0000_0000, "AuditSuccess"),
    (0x0040_0000_0000_0000, "CorrelationHint"),
    (0x0080_0000_0000_0000, "EventlogClassic"),
];

/// Reads a `WEVT_TEMPLATE` blob; `messages` gives the message strings (the binary's MESSAGETABLE).
pub fn parse(blob: &[u8], messages: &MessageTable) -> Wevt {
    let mut out = Wevt::default();
    let b = Blob { b: blob, messages };
    if b.sig(0) != Some(b"CRIM") {
        out.problems.push(problem(0, "no \"CRIM\" signature"));
        return out;
    }
    let count = match b.u32(12, "provider count") {
        Ok(n) => n,
        Err(p) => {
            out.problems.push(p);
            return out;
        }
    };
    let n = match b.list(16, count, 20, "providers") {
        Ok(n) => n,
        Err(p) => {
            out.problems.push(p);
            return out;
        }
    };
    for i in 0..n {
        let at = 16 + 20 * i;
        let Some(guid) = etw_core::cursor::guid_at(blob, at) else { break };
        let offset = match b.u32(at + 16, "provider offset") {
            Ok(o) => o as usize,
            Err(p) => {
                out.problems.push(p);
                break;
            }
        };
        let mut reader = ProviderReader { b: &b, problems: &mut out.problems, templates: HashMap::new() };
        match reader.provider(guid, offset) {
            Ok(p) => out.providers.push(p),
            Err(p) if p.offset >= blob.len() => out
                .problems
                .push(problem(at + 16, format!("provider {guid} at {offset:#x}: at {:#x}: {}", p.offset, p.message))),
            Err(p) => out.problems.push(WevtProblem { message: format!("provider {guid}: {}", p.message), ..p }),
        }
    }
    out
}

struct ProviderReader<'b, 'a> {
    b: &'b Blob<'a>,
    problems: &'b mut Vec<WevtProblem>,
    templates: HashMap<u32, Result<(Vec<Property>, u16), WevtProblem>>,
}

#[derive(Default)]
struct Elements {
    channels: HashMap<u8, Arc<str>>,
    levels: HashMap<u32, Named>,
    opcodes: HashMap<u32, Named>,
    tasks: HashMap<u32, Named>,
    keywords: Vec<Named>,
    maps: HashMap<u32, Arc<ValueMap>>,
    events: Option<usize>,
    name: Option<Arc<str>>,
}

impl ProviderReader<'_, '_> {
    fn provider(&mut self, guid: Guid, at: usize) -> Result<WevtProvider, WevtProblem> {
        let b = self.b;
        if b.sig(at) != Some(b"WEVT") {
            return Err(problem(at, "no \"WEVT\" signature"));
        }
        let message = b.u32(at + 8, "provider message id")?;
        let count = b.u32(at + 12, "element count")?;
        let n = b.list(at + 20, count, 8, "elements")?;
        let mut el = Elements::default();
        for i in 0..n {
            let d = at + 20 + 8 * i;
            let e = b.u32(d, "element offset")? as usize;
            let result = match b.sig(e) {
                Some(b"CHAN") => self.channels(e, &mut el),
                Some(b"LEVL") => self.definitions(e, 12, &mut el.levels, |b, d| {
                    Ok((u64::from(b.u32(d, "level")?), b.u32(d + 4, "message")?, b.u32(d + 8, "name")?))
                }),
                Some(b"OPCO") => self.definitions(e, 12, &mut el.opcodes, |b, d| {
                    Ok((u64::from(b.u32(d, "opcode")? >> 16), b.u32(d + 4, "message")?, b.u32(d + 8, "name")?))
                }),
                Some(b"TASK") => self.definitions(e, 28, &mut el.tasks, |b, d| {
                    Ok((u64::from(b.u32(d, "task")?), b.u32(d + 4, "message")?, b.u32(d + 24, "name")?))
                }),
                Some(b"KEYW") => self.keywords(e, &mut el),
                Some(b"MAPS") => self.maps(e, &mut el),
                Some(b"PRVA") => self.attributes(e, &mut el),
                Some(b"EVNT") => {
                    el.events = Some(e);
                    Ok(())
                }
                // Templates are read when an event points at one.
                Some(b"TTBL") => Ok(()),
                Some(other) => {
                    let sig = String::from_utf8_lossy(other).into_owned();
                    Err(problem(e, format!("unknown provider element \"{sig}\" skipped")))
                }
                None => Err(problem(d, format!("provider element at {e:#x} is past the end"))),
            };
            if let Err(p) = result {
                // Where the element was named, when the damage is past the end of the blob.
                let p = if p.offset >= b.b.len() { problem(d, format!("element at {e:#x}: {}", p.message)) } else { p };
                self.problems.push(p);
            }
        }
        let name = el.name.clone().or_else(|| b.message(message));
        let mut events = Vec::new();
        if let Some(e) = el.events {
            let count = b.u32(e + 8, "event count")?;
            let n = b.list(e + 16, count, 48, "events")?;
            for i in 0..n {
                let d = e + 16 + 48 * i;
                match self.event(guid, name.as_ref(), d, &el) {
                    Ok(s) => events.push(s),
                    Err(p) if p.offset >= b.b.len() => {
                        self.problems.push(problem(d, format!("event at {d:#x}: at {:#x}: {}", p.offset, p.message)))
                    }
                    Err(p) => self.problems.push(p),
                }
            }
        }
        Ok(WevtProvider { guid, name, events })
    }

    fn channels(&mut self, at: usize, el: &mut Elements) -> Result<(), WevtProblem> {
        let b = self.b;
        let count = b.u32(at + 8, "channel count")?;
        let n = b.list(at + 12, count, 16, "channels")?;
        for i in 0..n {
            let d = at + 12 + 16 * i;
            let id = b.u32(d, "channel id")?;
            let name = b.string(b.u32(d + 4, "channel name")?)?;
            if let Ok(id) = u8::try_from(id) {
                el.channels.insert(id, name.into());
            }
        }
        Ok(())
    }

    /// Levels, opcodes, tasks: by the offset of their definition (events point at them).
    fn definitions(
        &mut self,
        at: usize,
        size: usize,
        into: &mut HashMap<u32, Named>,
        read: impl Fn(&Blob<'_>, usize) -> Result<(u64, u32, u32), WevtProblem>,
    ) -> Result<(), WevtProblem> {
        let b = self.b;
        let count = b.u32(at + 8, "definition count")?;
        let n = b.list(at + 12, count, size, "definitions")?;
        for i in 0..n {
            let d = at + 12 + size * i;
            let (value, message, name) = read(b, d)?;
            let display = b.display(message, name)?;
            into.insert(d as u32, Named { value, display });
        }
        Ok(())
    }

    fn keywords(&mut self, at: usize, el: &mut Elements) -> Result<(), WevtProblem> {
        let b = self.b;
        let count = b.u32(at + 8, "keyword count")?;
        let n = b.list(at + 12, count, 16, "keywords")?;
        for i in 0..n {
            let d = at + 12 + 16 * i;
            let mask = u64_at(b.b, d).ok_or_else(|| problem(d, "keyword mask past the end"))?;
            let display = b.display(b.u32(d + 8, "message")?, b.u32(d + 12, "name")?)?;
            el.keywords.push(Named { value: mask, display });
        }
        el.keywords.sort_by_key(|k| k.value);
        Ok(())
    }

    fn maps(&mut self, at: usize, el: &mut Elements) -> Result<(), WevtProblem> {
        let b = self.b;
        let count = b.u32(at + 8, "map count")?;
        let n = b.list(at + 12, count, 4, "maps")?;
        let mut offsets: Vec<u32> = (0..n).filter_map(|i| u32_at(b.b, at + 12 + 4 * i)).collect();
        // Older message compilers leave the first map's offset out: it follows the list of the others.
        let is_map = |o: u32| matches!(b.sig(o as usize), Some(b"VMAP" | b"BMAP"));
        if n > 0 && !offsets.iter().all(|o| is_map(*o)) {
            let implied = (at + 12 + 4 * (n - 1)) as u32;
            if is_map(implied) {
                offsets.truncate(n - 1);
                offsets.insert(0, implied);
            }
        }
        for (i, o) in offsets.into_iter().enumerate() {
            match self.map(o) {
                Ok(m) => {
                    el.maps.insert(o, Arc::new(m));
                }
                Err(p) => self
                    .problems
                    .push(problem(at + 12 + 4 * i, format!("map {i} at {:#x}: at {:#x}: {}", o, p.offset, p.message))),
            }
        }
        Ok(())
    }

    fn map(&mut self, at: u32) -> Result<ValueMap, WevtProblem> {
        let b = self.b;
        let a = at as usize;
        let bitmap = match b.sig(a) {
            Some(b"VMAP") => false,
            Some(b"BMAP") => true,
            _ => return Err(problem(a, "a map that is neither VMAP nor BMAP")),
        };
        let name = b.string(b.u32(a + 8, "map name")?)?;
        let count = b.u32(a + 16, "map entry count")?;
        let n = b.list(a + 20, count, 8, "map entries")?;
        let mut entries = Vec::with_capacity(n);
        for i in 0..n {
            let d = a + 20 + 8 * i;
            let value = b.u32(d, "map value")?;
            let message = b.u32(d + 4, "map message")?;
            match b.message(message) {
                Some(text) => entries.push((u64::from(value), text)),
                None => self.problems.push(problem(
                    d,
                    format!("map '{name}' entry {value:#x}: message {message:#x} not in the message table"),
                )),
            }
        }
        if bitmap {
            entries.sort_by_key(|(v, _)| *v);
        }
        Ok(ValueMap { name: name.into(), bitmap, entries })
    }

    fn attributes(&mut self, at: usize, el: &mut Elements) -> Result<(), WevtProblem> {
        let b = self.b;
        let count = b.u32(at + 8, "attribute count")?;
        let n = b.list(at + 12, count, 8, "attributes")?;
        for i in 0..n {
            let kind = b.u32(at + 12 + 8 * i, "attribute kind")?;
            let off = b.u32(at + 16 + 8 * i, "attribute offset")?;
            if kind & 0xFF == 1 {
                let name = b.string_z(off)?;
                if !name.is_empty() {
                    el.name = Some(name.into());
                }
            }
        }
        Ok(())
    }

    fn event(
        &mut self,
        guid: Guid,
        provider: Option<&Arc<str>>,
        d: usize,
        el: &Elements,
    ) -> Result<EventSchema, WevtProblem> {
        let b = self.b;
        let byte = |o: usize| u8_at(b.b, d + o).unwrap_or(0);
        let id = b.u16(d, "event id")?;
        let version = byte(2);
        let descriptor = EventDescriptor {
            id,
            version,
            channel: Channel(byte(3)),
            level: Level(byte(4)),
            opcode: Opcode(byte(5)),
            task: b.u16(d + 6, "event task")?,
            keywords: u64_at(b.b, d + 8).ok_or_else(|| problem(d + 8, "event keywords past the end"))?,
        };
        let message = b.u32(d + 16, "event message")?;
        let template = b.u32(d + 20, "template offset")?;
        let opcode = el.opcodes.get(&b.u32(d + 24, "opcode offset")?);
        let level = el.levels.get(&b.u32(d + 28, "level offset")?);
        let task = el.tasks.get(&b.u32(d + 32, "task offset")?);
        let mut s = EventSchema::new(guid, descriptor, DecodingSource::Store);
        s.provider_name = provider.cloned();
        s.message = b.message(message);
        s.level_name = level.map(|l| l.display.clone());
        s.task_name = task.map(|t| t.display.clone());
        s.opcode_name = opcode.map(|o| o.display.clone());
        s.channel_name = el.channels.get(&descriptor.channel.0).cloned();
        s.keyword_names = keyword_names(descriptor.keywords, &el.keywords);
        s.event_name = match (task, opcode) {
            (Some(t), Some(o)) if o.value != 0 => Some(format!("{}/{}", t.display, o.display).into()),
            (Some(t), _) => Some(t.display.clone()),
            (None, Some(o)) if o.value != 0 => Some(o.display.clone()),
            _ => None,
        };
        if template != 0 {
            let compiled = match self.templates.get(&template) {
                Some(t) => t.clone(),
                None => {
                    let t = self.template(template as usize, el);
                    self.templates.insert(template, t.clone());
                    t
                }
            };
            let (props, top) = compiled.map_err(|p| {
                problem(
                    d,
                    format!(
                        "event {id} version {version}: template at {template:#x}: at {:#x}: {}",
                        p.offset, p.message
                    ),
                )
            })?;
            s.properties = props;
            s.top_level = top;
        }
        s.validate().map_err(|why| problem(d, format!("event {id} version {version}: {why}")))?;
        Ok(s)
    }

    /// A `TEMP` template: its properties and the number of top-level ones.
    fn template(&mut self, at: usize, el: &Elements) -> Result<(Vec<Property>, u16), WevtProblem> {
        let b = self.b;
        if b.sig(at) != Some(b"TEMP") {
            return Err(problem(at, "no \"TEMP\" signature"));
        }
        // The descriptor count is the number of top-level items; struct members follow them, and the name
        // count covers all.
        let top_count = b.u32(at + 8, "item count")?;
        let names = b.u32(at + 12, "item name count")?;
        let items = b.u32(at + 16, "items offset")? as usize;
        let count = top_count.max(names);
        if count == 0 {
            return Ok((Vec::new(), 0));
        }
        let n = b.list(items, count, 20, "template items")?;
        if n > usize::from(u16::MAX) {
            return Err(problem(at, format!("{n} template items")));
        }
        let mut props = Vec::with_capacity(n);
        let mut top = (top_count as usize).min(n);
        for i in 0..n {
            let d = items + 20 * i;
            let flags = b.u32(d, "item flags")?;
            let map_at = b.u32(d + 8, "item map")?;
            let count = b.u16(d + 12, "item count")?;
            let length = b.u16(d + 14, "item length")?;
            let name = b.string(b.u32(d + 16, "item name")?)?;
            if flags & !0x1F != 0 {
                self.problems.push(problem(d, format!("item '{name}': unknown flags {flags:#x}")));
            }
            let ty = if flags & 0x01 != 0 {
                let first = b.u16(d + 4, "struct first member")?;
                let members = b.u16(d + 6, "struct member count")?;
                top = top.min(usize::from(first));
                PropertyType::Struct { first, members }
            } else {
                let in_type = InType(u16::from(u8_at(b.b, d + 4).unwrap_or(0)));
                let out_type = OutType(u16::from(u8_at(b.b, d + 5).unwrap_or(0)));
                let map = match map_at {
                    0 => None,
                    m => Some(
                        el.maps
                            .get(&m)
                            .cloned()
                            .ok_or_else(|| problem(d, format!("item '{name}': no map at offset {m:#x}")))?,
                    ),
                };
                PropertyType::Simple { in_type, out_type, map }
            };
            let count = if flags & 0x10 != 0 {
                Count::Property(count)
            } else if flags & 0x08 != 0 {
                Count::Fixed(count)
            } else {
                Count::One
            };
            let mut length = if flags & 0x04 != 0 {
                Length::Property(length)
            } else if flags & 0x02 != 0 || length != 0 {
                Length::Fixed(length)
            } else {
                Length::Natural
            };
            if let PropertyType::Simple { in_type: InType::BINARY, out_type: OutType::IPV6, .. } = ty {
                if length == Length::Natural {
                    length = Length::Fixed(16);
                }
            }
            props.push(Property { name: name.into(), ty, count, length });
        }
        let top = u16::try_from(top).unwrap_or(u16::MAX);
        Ok((props, top))
    }
}

/// The names of the keywords whose bits are set: the provider's (in ascending mask order), then the standard
/// ones.
fn keyword_names(keywords: u64, defined: &[Named]) -> Vec<Arc<str>> {
    let mut out: Vec<Arc<str>> =
        defined.iter().filter(|k| k.value != 0 && k.value & keywords == k.value).map(|k| k.display.clone()).collect();
    for (mask, name) in STANDARD_KEYWORDS {
        if keywords & mask != 0 && !defined.iter().any(|k| k.value == mask) {
            out.push(name.into());
        }
    }
    out
}

/// Fuzz body: `data` as a `WEVT_TEMPLATE` blob (with an empty message table), then every schema it yields
/// decoding the blob itself as a payload. Never panics.
pub fn fuzz(data: &[u8]) {
    let wevt = parse(data, &MessageTable::default());
    let mut decoder = etw_schema::Decoder::new();
    for p in &wevt.providers {
        for s in &p.events {
            let _ = decoder.decode(s, data, 8).map(|d| d.properties().count());
        }
    }
}
