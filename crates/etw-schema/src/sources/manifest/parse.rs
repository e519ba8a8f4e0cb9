//! Reading one instrumentation manifest document into event schemas.
//!
//! The XML is parsed by `roxmltree` into a read-only tree; this module walks it by local element names (any
//! namespace), resolves names (`$(string.X)` messages, levels, tasks, opcodes, keywords, channels, maps,
//! templates) per provider, and builds one [`EventSchema`] per `<event>`. Problems that spoil one event (an
//! unknown in-type, a `length` naming a property that does not exist) make that event unusable and are reported
//! with their line and column; the other events of the manifest still load.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};
use roxmltree::{Document, Node, ParsingOptions, TextPos};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::types::{InType, OutType};

/// At most this many XML nodes per document: bounds the memory a hostile manifest can take.
const MAX_NODES: u32 = 1 << 22;
/// At most this many properties (top-level and struct members) per template.
const MAX_PROPERTIES: usize = 4096;

/// A problem at a place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Line (1-based).
    pub line: u32,
    /// Column (1-based, in characters).
    pub column: u32,
    /// What was wrong.
    pub message: String,
}

impl Problem {
    fn at(pos: TextPos, message: impl Into<String>) -> Problem {
        Problem { line: pos.row, column: pos.col, message: message.into() }
    }
}

/// An event of a provider: its schema, or why it cannot be used.
pub(crate) type EventEntry = Result<Arc<EventSchema>, Problem>;

/// One provider read from a manifest.
pub(crate) struct ParsedProvider {
    pub guid: Guid,
    pub name: Arc<str>,
    /// Events by (id, version), in document order.
    pub events: Vec<((u16, u8), EventEntry)>,
}

/// What a document held.
pub(crate) struct Parsed {
    pub providers: Vec<ParsedProvider>,
    /// Problems that spoiled parts of the manifest (unusable events are also in `events`).
    pub warnings: Vec<Problem>,
}

/// Parses a manifest document. An error means the document is not well-formed XML or not a manifest.
///
/// `budget` bounds the memory the schemas take: each event costs one unit and one per property; events past
/// the budget are kept as unusable. It is reduced by what the document used.
pub(crate) fn parse(text: &str, source: DecodingSource, budget: &mut usize) -> Result<Parsed, Problem> {
    let opts = ParsingOptions { allow_dtd: false, nodes_limit: MAX_NODES, ..ParsingOptions::default() };
    let doc = Document::parse_with_options(text, opts).map_err(|e| {
        // roxmltree ends its messages with the position, which the caller shows already.
        let pos = e.pos();
        let text = e.to_string();
        let suffix = format!(" at {}:{}", pos.row, pos.col);
        Problem::at(pos, text.strip_suffix(&suffix).unwrap_or(&text))
    })?;
    let root = doc.root_element();
    // Windows component manifests wrap the same content in <assembly>.
    if !matches!(root.tag_name().name(), "instrumentationManifest" | "assembly") {
        return Err(Problem::at(
            pos(&doc, root),
            format!("not an instrumentation manifest: the root element is <{}>", root.tag_name().name()),
        ));
    }
    let strings = string_table(root);
    let mut out = Parsed { providers: Vec::new(), warnings: Vec::new() };
    let providers = children(root, "instrumentation")
        .flat_map(|i| children(i, "events"))
        .flat_map(|e| children(e, "provider"))
        .collect::<Vec<_>>();
    if providers.is_empty() {
        return Err(Problem::at(pos(&doc, root), "no <instrumentation><events><provider> element"));
    }
    for p in providers {
        let mut reader = ProviderReader::new(&doc, &strings, source, &mut out.warnings, budget);
        if let Some(parsed) = reader.read(p) {
            out.providers.push(parsed);
        }
    }
    Ok(out)
}

fn pos(doc: &Document<'_>, n: Node<'_, '_>) -> TextPos {
    doc.text_pos_at(n.range().start)
}

fn children<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children().filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The string table: `en-US` first, then the other cultures for ids `en-US` lacks.
fn string_table<'a>(root: Node<'a, 'a>) -> HashMap<&'a str, &'a str> {
    let mut resources: Vec<Node<'a, 'a>> =
        children(root, "localization").flat_map(|l| children(l, "resources")).collect();
    // Stable sort: en-US first, the rest in document order.
    resources.sort_by_key(|r| !r.attribute("culture").is_some_and(|c| c.eq_ignore_ascii_case("en-US")));
    let mut table = HashMap::new();
    for r in resources {
        for s in children(r, "stringTable").flat_map(|t| children(t, "string")) {
            if let (Some(id), Some(value)) = (s.attribute("id"), s.attribute("value")) {
                table.entry(id).or_insert(value);
            }
        }
    }
    table
}

/// Parses a manifest number: decimal or `0x` hex.
fn number(s: &str) -> Option<u64> {
    let s = s.trim();
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

/// The standard levels of winmeta.xml: (name, value, display name as TDH gives it).
const LEVELS: [(&str, u8, &str); 6] = [
    ("win:LogAlways", 0, "Log Always"),
    ("win:Critical", 1, "Critical"),
    ("win:Error", 2, "Error"),
    ("win:Warning", 3, "Warning"),
    ("win:Informational", 4, "Information"),
    ("win:Verbose", 5, "Verbose"),
];

/// The standard opcodes of winmeta.xml.
const OPCODES: [(&str, u8, &str); 11] = [
    ("win:Info", 0, "Info"),
    ("win:Start", 1, "Start"),
    ("win:Stop", 2, "Stop"),
    ("win:DC_Start", 3, "DCStart"),
    ("win:DC_Stop", 4, "DCStop"),
    ("win:Extension", 5, "Extension"),
    ("win:Reply", 6, "Reply"),
    ("win:Resume", 7, "Resume"),
    ("win:Suspend", 8, "Suspend"),
    ("win:Send", 9, "Send"),
    ("win:Receive", 240, "Receive"),
];

/// The standard channels (for `importChannel` and direct references).
const CHANNELS: [(&str, u8); 6] = [
    ("TraceClassic", 0),
    ("System", 8),
    ("Application", 9),
    ("Security", 10),
    ("TraceLogging", 11),
    ("ProviderMetadata", 12),
];

/// The standard keywords of winmeta.xml.
const KEYWORDS: [(&str, u64); 9] = [
    ("win:AnyKeyword", 0),
    ("win:ResponseTime", 0x0001_0000_0000_0000),
    ("win:WDIContext", 0x0002_0000_0000_0000),
    ("win:WDIDiag", 0x0004_0000_0000_0000),
    ("win:SQM", 0x0008_0000_0000_0000),
    ("win:AuditFailure", 0x0010_0000_0000_0000),
    ("win:AuditSuccess", 0x0020_0000_0000_0000),
    ("win:CorrelationHint", 0x0040_0000_0000_0000),
    ("win:EventlogClassic", 0x0080_0000_0000_0000),
];

/// A named value with the name shown for it.
#[derive(Clone)]
struct Named<T> {
    value: T,
    display: Arc<str>,
}

struct Task<'a> {
    value: u16,
    display: Arc<str>,
    opcodes: HashMap<&'a str, Named<u8>>,
}

/// A compiled template: every property, and how many are top-level.
#[derive(Clone)]
struct Template {
    properties: Vec<Property>,
    top_level: u16,
}

struct ProviderReader<'d, 'a> {
    doc: &'d Document<'a>,
    strings: &'d HashMap<&'a str, &'a str>,
    source: DecodingSource,
    warnings: &'d mut Vec<Problem>,
    budget: &'d mut usize,
    levels: HashMap<&'a str, Named<u8>>,
    tasks: HashMap<&'a str, Task<'a>>,
    opcodes: HashMap<&'a str, Named<u8>>,
    keywords: HashMap<&'a str, Named<u64>>,
    channels: HashMap<&'a str, Named<u8>>,
    maps: HashMap<&'a str, Arc<ValueMap>>,
    templates: HashMap<&'a str, Node<'a, 'a>>,
    compiled: HashMap<&'a str, Result<Arc<Template>, Problem>>,
}

impl<'d, 'a> ProviderReader<'d, 'a> {
    fn new(
        doc: &'d Document<'a>,
        strings: &'d HashMap<&'a str, &'a str>,
        source: DecodingSource,
        warnings: &'d mut Vec<Problem>,
        budget: &'d mut usize,
    ) -> Self {
        ProviderReader {
            doc,
            strings,
            source,
            warnings,
            budget,
            levels: HashMap::new(),
            tasks: HashMap::new(),
            opcodes: HashMap::new(),
            keywords: HashMap::new(),
            channels: HashMap::new(),
            maps: HashMap::new(),
            templates: HashMap::new(),
            compiled: HashMap::new(),
        }
    }

    fn warn(&mut self, n: Node<'_, '_>, message: impl Into<String>) {
        let p = Problem::at(pos(self.doc, n), message);
        self.warnings.push(p);
    }

    fn problem(&self, n: Node<'_, '_>, message: impl Into<String>) -> Problem {
        Problem::at(pos(self.doc, n), message)
    }

    /// A `message` attribute resolved through the string table (`$(string.X)`), or literal text.
    fn message(&self, n: Node<'a, 'a>) -> Option<&'a str> {
        let m = n.attribute("message")?;
        match m.strip_prefix("$(string.").and_then(|s| s.strip_suffix(')')) {
            Some(id) => self.strings.get(id).copied(),
            None if m.starts_with("$(") => None,
            None => Some(m),
        }
    }

    /// The name shown for a task, opcode or level: its message (as TDH gives it), else its name.
    fn display(&self, n: Node<'a, 'a>, name: &str) -> Arc<str> {
        self.message(n).filter(|m| !m.trim().is_empty()).unwrap_or(name).into()
    }

    /// A numeric attribute that must fit `T`; a warning and `None` when missing or too large.
    fn num<T: TryFrom<u64>>(&mut self, n: Node<'a, 'a>, attr: &str) -> Option<T> {
        let Some(text) = n.attribute(attr) else {
            self.warn(n, format!("<{}> has no {attr}", n.tag_name().name()));
            return None;
        };
        match number(text).and_then(|v| T::try_from(v).ok()) {
            Some(v) => Some(v),
            None => {
                self.warn(n, format!("<{}> {attr}=\"{text}\" is not a number in range", n.tag_name().name()));
                None
            }
        }
    }

    fn read(&mut self, p: Node<'a, 'a>) -> Option<ParsedProvider> {
        let name = p.attribute("name").unwrap_or_default();
        let guid = match p.attribute("guid").map(str::parse::<Guid>) {
            Some(Ok(g)) => g,
            Some(Err(_)) | None => {
                let text = p.attribute("guid").unwrap_or_default();
                self.warn(p, format!("provider '{name}' has no valid guid (\"{text}\"): skipped"));
                return None;
            }
        };
        self.read_levels(p);
        self.read_tasks(p);
        self.read_opcodes(p);
        self.read_keywords(p);
        self.read_channels(p);
        self.read_maps(p);
        for t in children(p, "templates").flat_map(|t| children(t, "template")) {
            match t.attribute("tid") {
                Some(tid) => {
                    if self.templates.insert(tid, t).is_some() {
                        self.warn(t, format!("template '{tid}' defined twice: the later one is used"));
                    }
                }
                None => self.warn(t, "<template> without tid"),
            }
        }
        let provider_name: Arc<str> = name.into();
        let mut events: Vec<((u16, u8), EventEntry)> = Vec::new();
        let mut seen: HashSet<(u16, u8)> = HashSet::new();
        for e in children(p, "events").flat_map(|e| children(e, "event")) {
            let Some(id) = self.num::<u16>(e, "value") else { continue };
            let version = match e.attribute("version") {
                None => 0,
                Some(_) => match self.num::<u8>(e, "version") {
                    Some(v) => v,
                    None => continue,
                },
            };
            if !seen.insert((id, version)) {
                self.warn(e, format!("event {id} version {version} defined twice: the first one is used"));
                continue;
            }
            let entry = self.event(e, guid, &provider_name, id, version);
            if let Err(problem) = &entry {
                self.warnings.push(problem.clone());
            }
            events.push(((id, version), entry));
        }
        Some(ParsedProvider { guid, name: provider_name, events })
    }

    fn read_levels(&mut self, p: Node<'a, 'a>) {
        for l in children(p, "levels").flat_map(|l| children(l, "level")) {
            let Some(name) = l.attribute("name") else { continue };
            let Some(value) = self.num::<u8>(l, "value") else { continue };
            let display = self.display(l, name);
            self.levels.insert(name, Named { value, display });
        }
    }

    fn read_opcode_list(&mut self, parent: Node<'a, 'a>) -> HashMap<&'a str, Named<u8>> {
        let mut out = HashMap::new();
        for o in children(parent, "opcodes").flat_map(|o| children(o, "opcode")) {
            let Some(name) = o.attribute("name") else { continue };
            let Some(value) = self.num::<u8>(o, "value") else { continue };
            let display = self.display(o, name);
            out.insert(name, Named { value, display });
        }
        out
    }

    fn read_tasks(&mut self, p: Node<'a, 'a>) {
        for t in children(p, "tasks").flat_map(|t| children(t, "task")) {
            let Some(name) = t.attribute("name") else { continue };
            let Some(value) = self.num::<u16>(t, "value") else { continue };
            let display = self.display(t, name);
            let opcodes = self.read_opcode_list(t);
            self.tasks.insert(name, Task { value, display, opcodes });
        }
    }

    fn read_opcodes(&mut self, p: Node<'a, 'a>) {
        self.opcodes = self.read_opcode_list(p);
    }

    fn read_keywords(&mut self, p: Node<'a, 'a>) {
        for k in children(p, "keywords").flat_map(|k| children(k, "keyword")) {
            let Some(name) = k.attribute("name") else { continue };
            let Some(value) = self.num::<u64>(k, "mask") else { continue };
            let display = self.display(k, name);
            self.keywords.insert(name, Named { value, display });
        }
    }

    fn read_channels(&mut self, p: Node<'a, 'a>) {
        let mut next = 16u8;
        for c in children(p, "channels").flat_map(|c| c.children()).filter(Node::is_element) {
            let kind = c.tag_name().name();
            if kind != "channel" && kind != "importChannel" {
                continue;
            }
            let Some(name) = c.attribute("name") else { continue };
            let value = if let Some(v) = c.attribute("value") {
                match number(v).and_then(|v| u8::try_from(v).ok()) {
                    Some(v) => v,
                    None => {
                        self.warn(c, format!("channel '{name}' value=\"{v}\" is not a number in range"));
                        continue;
                    }
                }
            } else if kind == "importChannel" {
                CHANNELS.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map_or(0, |(_, v)| *v)
            } else {
                let v = next;
                next = next.saturating_add(1);
                v
            };
            if kind == "channel" && value >= next {
                next = value.saturating_add(1);
            }
            // Channels are shown by name (the log's path), the way Event Viewer lists them.
            let named = Named { value, display: name.into() };
            if let Some(chid) = c.attribute("chid") {
                self.channels.insert(chid, named.clone());
            }
            self.channels.insert(name, named);
        }
    }

    fn read_maps(&mut self, p: Node<'a, 'a>) {
        for m in children(p, "maps").flat_map(|m| m.children()).filter(Node::is_element) {
            let bitmap = match m.tag_name().name() {
                "valueMap" => false,
                "bitMap" => true,
                _ => continue,
            };
            let Some(name) = m.attribute("name") else {
                self.warn(m, "map without a name");
                continue;
            };
            let mut entries = Vec::new();
            for e in children(m, "map") {
                let Some(value) = self.num::<u64>(e, "value") else { continue };
                match self.message(e) {
                    Some(text) => entries.push((value, Arc::from(text))),
                    None => self.warn(e, format!("map '{name}' entry {value:#x} has no message that resolves")),
                }
            }
            if bitmap {
                // In ascending order, as the message compiler stores them: a value's names then list from the
                // lowest bit up.
                entries.sort_by_key(|(v, _)| *v);
            }
            self.maps.insert(name, Arc::new(ValueMap { name: name.into(), bitmap, entries }));
        }
    }

    fn level(&mut self, e: Node<'a, 'a>) -> Option<Named<u8>> {
        let name = e.attribute("level")?;
        if let Some(l) = self.levels.get(name) {
            return Some(l.clone());
        }
        if let Some((_, value, display)) = LEVELS.iter().find(|(n, _, _)| *n == name) {
            return Some(Named { value: *value, display: (*display).into() });
        }
        self.warn(e, format!("unknown level '{name}'"));
        None
    }

    fn opcode(&mut self, e: Node<'a, 'a>, task: Option<&str>) -> Option<Named<u8>> {
        let name = e.attribute("opcode")?;
        if let Some(o) = task.and_then(|t| self.tasks.get(t)).and_then(|t| t.opcodes.get(name)) {
            return Some(o.clone());
        }
        if let Some(o) = self.opcodes.get(name) {
            return Some(o.clone());
        }
        if let Some((_, value, display)) = OPCODES.iter().find(|(n, _, _)| *n == name) {
            return Some(Named { value: *value, display: (*display).into() });
        }
        self.warn(e, format!("unknown opcode '{name}'"));
        None
    }

    fn channel(&mut self, e: Node<'a, 'a>) -> Option<Named<u8>> {
        let name = e.attribute("channel")?;
        if let Some(c) = self.channels.get(name) {
            return Some(c.clone());
        }
        let bare = name.strip_prefix("win:").unwrap_or(name);
        if let Some((n, value)) = CHANNELS.iter().find(|(n, _)| *n == bare) {
            return Some(Named { value: *value, display: (*n).into() });
        }
        self.warn(e, format!("unknown channel '{name}'"));
        None
    }

    fn keywords(&mut self, e: Node<'a, 'a>) -> (u64, Vec<Arc<str>>) {
        let mut mask = 0u64;
        let mut names = Vec::new();
        for k in e.attribute("keywords").unwrap_or_default().split_whitespace() {
            if let Some(kw) = self.keywords.get(k) {
                mask |= kw.value;
                names.push(kw.display.clone());
            } else if let Some((n, v)) = KEYWORDS.iter().find(|(n, _)| *n == k) {
                mask |= *v;
                names.push(Arc::from(n.strip_prefix("win:").unwrap_or(n)));
            } else {
                self.warn(e, format!("unknown keyword '{k}'"));
            }
        }
        (mask, names)
    }

    fn event(&mut self, e: Node<'a, 'a>, guid: Guid, provider: &Arc<str>, id: u16, version: u8) -> EventEntry {
        if *self.budget == 0 {
            return Err(self.problem(e, format!("event {id} version {version}: over the limit of events loaded")));
        }
        *self.budget -= 1;
        let level = self.level(e);
        let task_name = e.attribute("task");
        let task = match task_name {
            Some(t) => match self.tasks.get(t) {
                Some(task) => Some(Named { value: task.value, display: task.display.clone() }),
                None => {
                    self.warn(e, format!("unknown task '{t}'"));
                    None
                }
            },
            None => None,
        };
        let opcode = self.opcode(e, task_name);
        let channel = self.channel(e);
        let (keywords, keyword_names) = self.keywords(e);
        let descriptor = EventDescriptor {
            id,
            version,
            channel: Channel(channel.as_ref().map_or(0, |c| c.value)),
            level: Level(level.as_ref().map_or(0, |l| l.value)),
            opcode: Opcode(opcode.as_ref().map_or(0, |o| o.value)),
            task: task.as_ref().map_or(0, |t| t.value),
            keywords,
        };
        let mut schema = EventSchema::new(guid, descriptor, self.source);
        schema.provider_name = Some(provider.clone());
        schema.task_name = task.as_ref().map(|t| t.display.clone());
        schema.opcode_name = opcode.as_ref().map(|o| o.display.clone());
        schema.level_name = level.map(|l| l.display);
        schema.channel_name = channel.map(|c| c.display);
        schema.keyword_names = keyword_names;
        schema.message = self.message(e).map(Arc::from);
        schema.event_name = match e.attribute("name").or_else(|| e.attribute("symbol")) {
            Some(n) if !n.is_empty() => Some(n.into()),
            _ => match (&task, &opcode) {
                (Some(t), Some(o)) if o.value != 0 => Some(format!("{}/{}", t.display, o.display).into()),
                (Some(t), _) => Some(t.display.clone()),
                (None, Some(o)) if o.value != 0 => Some(o.display.clone()),
                _ => None,
            },
        };
        if let Some(tid) = e.attribute("template") {
            let template = self.template(tid).map_err(|p| {
                // Point at the template's bad element where there is one, else at the event.
                let at = if p.line == 0 { pos(self.doc, e) } else { TextPos::new(p.line, p.column) };
                Problem::at(at, format!("event {id} version {version}: template '{tid}': {}", p.message))
            })?;
            let cost = template.properties.len();
            if cost > *self.budget {
                return Err(
                    self.problem(e, format!("event {id} version {version}: over the limit of properties loaded"))
                );
            }
            *self.budget -= cost;
            schema.properties = template.properties.clone();
            schema.top_level = template.top_level;
        }
        schema.validate().map_err(|why| self.problem(e, format!("event {id} version {version}: {why}")))?;
        Ok(Arc::new(schema))
    }

    fn template(&mut self, tid: &str) -> Result<Arc<Template>, Problem> {
        let Some((&key, &node)) = self.templates.get_key_value(tid) else {
            return Err(Problem { line: 0, column: 0, message: "no such template".into() });
        };
        if let Some(done) = self.compiled.get(key) {
            return done.clone();
        }
        let t = self.compile(node).map(Arc::new);
        self.compiled.insert(key, t.clone());
        t
    }

    /// Builds the properties of a template: top-level `<data>` and `<struct>` elements first, then the members
    /// of each struct, in order.
    fn compile(&self, t: Node<'a, 'a>) -> Result<Template, Problem> {
        let fields: Vec<Node<'a, 'a>> =
            t.children().filter(|c| c.is_element() && matches!(c.tag_name().name(), "data" | "struct")).collect();
        let top = fields.len();
        let too_many = || self.problem(t, format!("more than {MAX_PROPERTIES} properties"));
        if top > MAX_PROPERTIES {
            return Err(too_many());
        }
        let top_level = u16::try_from(top).map_err(|_| too_many())?;
        let mut props: Vec<Property> = Vec::with_capacity(top);
        for (i, f) in fields.iter().enumerate() {
            props.push(self.field(*f, &props, 0..i, 0..0)?);
        }
        for (k, f) in fields.iter().enumerate() {
            if f.tag_name().name() != "struct" {
                continue;
            }
            let first = props.len();
            for m in f.children().filter(Node::is_element) {
                match m.tag_name().name() {
                    "data" => {}
                    "struct" => return Err(self.problem(m, "a struct inside a struct is not supported")),
                    _ => continue,
                }
                if props.len() >= MAX_PROPERTIES {
                    return Err(too_many());
                }
                let p = self.field(m, &props, first..props.len(), 0..k)?;
                props.push(p);
            }
            let members = props.len() - first;
            let (Ok(first), Ok(members)) = (u16::try_from(first), u16::try_from(members)) else {
                return Err(too_many());
            };
            if members == 0 {
                return Err(self.problem(*f, "struct with no <data> members"));
            }
            if let Some(p) = props.get_mut(k) {
                p.ty = PropertyType::Struct { first, members };
            }
        }
        Ok(Template { properties: props, top_level })
    }

    /// One `<data>` or `<struct>` element. `scope` is the range of `props` its `length` and `count` may name
    /// (earlier siblings); `outer` the top-level properties before its struct, which it may not use.
    fn field(
        &self,
        f: Node<'a, 'a>,
        props: &[Property],
        scope: std::ops::Range<usize>,
        outer: std::ops::Range<usize>,
    ) -> Result<Property, Problem> {
        let kind = f.tag_name().name();
        let name = f
            .attribute("name")
            .filter(|n| !n.is_empty())
            .ok_or_else(|| self.problem(f, format!("<{kind}> without a name")))?;
        let count = match f.attribute("count") {
            None => Count::One,
            Some(c) => match self.reference(f, c, "count", props, &scope, &outer)? {
                Ref::Fixed(n) => Count::Fixed(n),
                Ref::Property(j) => Count::Property(j),
            },
        };
        if kind == "struct" {
            // The members are filled in once the top-level properties are laid out.
            return Ok(Property {
                name: name.into(),
                ty: PropertyType::Struct { first: 0, members: 0 },
                count,
                length: Length::Natural,
            });
        }
        let in_name = f.attribute("inType").ok_or_else(|| self.problem(f, format!("data '{name}' has no inType")))?;
        let in_type = InType::from_name(in_name)
            .ok_or_else(|| self.problem(f, format!("data '{name}': unknown inType '{in_name}'")))?;
        let out_type = match f.attribute("outType") {
            None => OutType::NULL,
            Some(o) => {
                OutType::from_name(o).ok_or_else(|| self.problem(f, format!("data '{name}': unknown outType '{o}'")))?
            }
        };
        let mut length = match f.attribute("length") {
            None => Length::Natural,
            Some(l) => match self.reference(f, l, "length", props, &scope, &outer)? {
                Ref::Fixed(n) => Length::Fixed(n),
                Ref::Property(j) => Length::Property(j),
            },
        };
        if length == Length::Natural && in_type == InType::BINARY && out_type == OutType::IPV6 {
            length = Length::Fixed(16);
        }
        let map = match f.attribute("map") {
            None => None,
            Some(m) => Some(
                self.maps
                    .get(m)
                    .cloned()
                    .ok_or_else(|| self.problem(f, format!("data '{name}': unknown map '{m}'")))?,
            ),
        };
        Ok(Property { name: name.into(), ty: PropertyType::Simple { in_type, out_type, map }, count, length })
    }

    /// A `length` or `count` value: a number, or the name of an earlier integer property in scope.
    fn reference(
        &self,
        f: Node<'a, 'a>,
        text: &str,
        what: &str,
        props: &[Property],
        scope: &std::ops::Range<usize>,
        outer: &std::ops::Range<usize>,
    ) -> Result<Ref, Problem> {
        if let Some(n) = number(text) {
            return u16::try_from(n)
                .map(Ref::Fixed)
                .map_err(|_| self.problem(f, format!("{what}=\"{text}\" is larger than 65535")));
        }
        let find = |r: &std::ops::Range<usize>, exact: bool| {
            props.get(r.clone()).and_then(|s| {
                s.iter()
                    .rposition(|p| if exact { &*p.name == text } else { p.name.eq_ignore_ascii_case(text) })
                    .map(|i| i + r.start)
            })
        };
        let found = find(scope, true).or_else(|| find(scope, false));
        let Some(j) = found else {
            let why = if find(outer, false).is_some() {
                "names a property outside its struct, which is not supported"
            } else {
                "names no earlier property"
            };
            return Err(self.problem(f, format!("{what}=\"{text}\" {why}")));
        };
        let p = props.get(j).ok_or_else(|| self.problem(f, format!("{what}=\"{text}\": bad index")))?;
        let integer = p.in_type().is_some_and(InType::is_integer);
        if !integer || p.count != Count::One || p.length != Length::Natural {
            return Err(self.problem(f, format!("{what}=\"{text}\" names a property that is not a single integer")));
        }
        u16::try_from(j).map(Ref::Property).map_err(|_| self.problem(f, "too many properties"))
    }
}

enum Ref {
    Fixed(u16),
    Property(u16),
}
