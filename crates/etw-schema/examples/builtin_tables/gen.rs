//! The generator of etw-schema's built-in tables (`src/sources/builtin/*.rs`): reads instrumentation manifests
//! with etw-schema's own manifest parser and writes the facts it finds (ids, versions, names, types, lengths,
//! counts, maps) as static Rust tables. Shared by the `builtin_tables` example (which writes the files) and the
//! `builtin_tables` test (which checks that the committed files are what this gives).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use etw_core::Guid;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{Count, EventSchema, InType, Length, OutType, PropertyType, ValueMap};

#[path = "threat_intelligence.rs"]
mod threat_intelligence;

/// One manifest (or a table of facts written in code) and the providers taken from it.
pub struct Input {
    /// The manifest, relative to the shared data directory (`../shared`).
    pub manifest: String,
    /// Names of the providers to take.
    pub providers: Vec<&'static str>,
    /// Where the facts come from, as the table says it.
    pub origin: String,
    /// The providers only append fields in new event versions (see `ProviderTable::appends_only`).
    pub appends_only: bool,
    /// Apply [`correct_stack_count`] (the .NET runtime's stack-walk events).
    pub stack_counts: bool,
    /// Facts written in code rather than read from `manifest` (then empty).
    pub code: Option<fn() -> Vec<Loaded>>,
}

/// The one correction made to a manifest's facts, with its reason: the .NET runtime's stack-walk events
/// (CLRStackWalk and its Rundown, Stress and Private twins) declare their `Stack` field as `count="2"`, a
/// placeholder, while the runtime writes `FrameCount` frames (TraceEvent reads `FrameCount` frames too, and every
/// such event of the corpus is exactly that long). The table counts `Stack` by `FrameCount`. Returns true if
/// `schema` was corrected.
pub fn correct_stack_count(schema: &mut EventSchema) -> bool {
    let top = usize::from(schema.top_level);
    let Some(stack) = schema.properties.iter().take(top).position(|p| &*p.name == "Stack") else { return false };
    let Some(frames) = stack.checked_sub(1) else { return false };
    let is_frame_count = schema.properties.get(frames).is_some_and(|p| &*p.name == "FrameCount");
    let Some(p) = schema.properties.get_mut(stack) else { return false };
    if !is_frame_count || p.count != Count::Fixed(2) || p.in_type() != Some(InType::POINTER) {
        return false;
    }
    p.count = Count::Property(frames as u16);
    true
}

/// One generated file.
pub struct Spec {
    /// The file, relative to the etw-schema crate.
    pub file: &'static str,
    /// The module's doc comment (without the `//! ` prefixes); `{licence:PATH}` lines are replaced by the text of
    /// that file of the shared directory.
    pub header: &'static str,
    /// What goes in.
    pub inputs: Vec<Input>,
}

const DISSECT: &str = "corpus/manifests/dissect-etl-3.14";

const DOTNET_HEADER: &str = "\
Built-in schemas of the .NET runtime's providers: every event and version of Microsoft-Windows-DotNETRuntime,
-DotNETRuntimeRundown, -DotNETRuntimeStress and -DotNETRuntimePrivate.

GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from `ClrEtwAll.man`, the
runtime's instrumentation manifest (github.com/dotnet/runtime, `src/coreclr/vm/ClrEtwAll.man` at commit
6ded57b3d2c66c73a0a2674ec820c7a8137d7590, 2021-01-13), which is kept outside this repository. Only facts are
taken: ids, versions, levels, tasks, opcodes, keywords and their names, field names, types, lengths, counts and
value maps; no message text. One correction: the `Stack` field of the stack-walk events (CLRStackWalk and its
Rundown, Stress and Private twins) is declared `count=2` in the manifest, a placeholder; the runtime writes
`FrameCount` frames, and the table counts `Stack` by `FrameCount`.

The manifest is distributed under the MIT licence, whose notice follows:

{licence:schemas/dotnet/ClrEtwAll.LICENSE.txt}";

const WINDOWS_HEADER: &str = "\
Built-in schemas of Windows providers that security and performance work enables most (the ones SilkETW and
Sealighter configurations name): Microsoft-Windows-Kernel-Process, -Kernel-File, -Kernel-Registry,
-Kernel-Memory, -DNS-Client, -PowerShell, -WMI-Activity, -TCPIP and -Security-Auditing.

GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from the public
instrumentation manifests of these providers (as Windows registers them; the copies read are the ones
dissect.etl 3.14 ships, kept outside this repository in the test corpus, `corpus/manifests/dissect-etl-3.14`).
Only facts are taken: ids, versions, levels, tasks, opcodes, keywords and their names, field names, types,
lengths, counts and value maps; no message text. Each provider's `origin` names the manifest it came from.";

const TI_HEADER: &str = "\
Built-in schemas of Microsoft-Windows-Threat-Intelligence ({f4e1897c-bb5d-5668-f1d8-040f4d8dd344}), the kernel's
provider of cross-process memory, APC, thread-context and suspend/resume events that EDRs (and SilkETW and
Sealighter configurations) enable.

GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from the facts written by
hand in `examples/builtin_tables/threat_intelligence.rs`: the field names and in-types of every event of version
0, as listed by the `Windows10EtwEvents` project (github.com/jdu2600/Windows10EtwEvents,
`manifest/Microsoft-Windows-Threat-Intelligence.tsv`, taken from the provider's registered manifest), with the
event, task and keyword names given there. That list does not give the numeric task, opcode and keyword values,
so the descriptors leave them 0 (they are not used to decode). No trace of the test corpus holds this provider,
so these schemas are checked only for their own consistency.";

/// The files the generator writes.
pub fn specs() -> Vec<Spec> {
    let windows = [
        ("{22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716}", "Microsoft-Windows-Kernel-Process"),
        ("{edd08927-9cc4-4e65-b970-c2560fb5c289}", "Microsoft-Windows-Kernel-File"),
        ("{70eb4f03-c1de-4f73-a051-33d13d5413bd}", "Microsoft-Windows-Kernel-Registry"),
        ("{d1d93ef7-e1f2-4f45-9943-03d245fe6c00}", "Microsoft-Windows-Kernel-Memory"),
        ("{1c95126e-7eea-49a9-a3fe-a378b03ddb4d}", "Microsoft-Windows-DNS-Client"),
        ("{a0c1853b-5c40-4b15-8766-3cf1c58f985a}", "Microsoft-Windows-PowerShell"),
        ("{1418ef04-b0b4-4623-bf7e-d74ab47bbdaa}", "Microsoft-Windows-WMI-Activity"),
        ("{2f07e2ee-15db-40f1-90ef-9d7ba282188a}", "Microsoft-Windows-TCPIP"),
        ("{54849625-5478-4994-a5ba-3e3b0328c30d}", "Microsoft-Windows-Security-Auditing"),
    ]
    .into_iter()
    .map(|(guid, name)| Input {
        manifest: format!("{DISSECT}/{guid}.xml"),
        providers: vec![name],
        origin: format!("manifest {guid}.xml of dissect.etl 3.14"),
        appends_only: false,
        stack_counts: false,
        code: None,
    })
    .collect();
    vec![
        Spec {
            file: "src/sources/builtin/dotnet.rs",
            header: DOTNET_HEADER,
            inputs: vec![Input {
                manifest: "schemas/dotnet/ClrEtwAll.man".into(),
                providers: vec![
                    "Microsoft-Windows-DotNETRuntime",
                    "Microsoft-Windows-DotNETRuntimeRundown",
                    "Microsoft-Windows-DotNETRuntimeStress",
                    "Microsoft-Windows-DotNETRuntimePrivate",
                ],
                origin: "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)".into(),
                appends_only: true,
                stack_counts: true,
                code: None,
            }],
        },
        Spec { file: "src/sources/builtin/windows.rs", header: WINDOWS_HEADER, inputs: windows },
        Spec {
            file: "src/sources/builtin/threat_intelligence.rs",
            header: TI_HEADER,
            inputs: vec![Input {
                manifest: String::new(),
                providers: vec!["Microsoft-Windows-Threat-Intelligence"],
                origin: "written by hand from Windows10EtwEvents' list of its fields".into(),
                appends_only: false,
                stack_counts: false,
                code: Some(threat_intelligence::providers),
            }],
        },
    ]
}

/// One provider read: (GUID, name, schemas sorted by id and version).
pub type Loaded = (Guid, String, Vec<Arc<EventSchema>>);

/// The providers one input gives.
/// Events whose template the parser cannot use are added to `left_out`.
fn load(shared: &Path, input: &Input, left_out: &mut Vec<String>) -> Result<Vec<Loaded>, String> {
    if let Some(code) = input.code {
        return Ok(code());
    }
    let path = shared.join(&input.manifest);
    let mut m = ManifestSource::new();
    let report = m.load_path(&path).map_err(|e| e.to_string())?;
    if let Some(e) = report.errors.first() {
        return Err(e.to_string());
    }
    // An event the parser cannot use has no schema to write: it is listed in the file's header. (Warnings that
    // only lose a name, such as an opcode with no definition, lose it here as they do with `--manifests`.)
    let unusable: Vec<&str> =
        report.warnings.iter().map(|w| w.message.as_str()).filter(|m| m.starts_with("event ")).collect();
    if unusable.len() != report.unusable_events {
        return Err(format!("{} unusable events, {} described", report.unusable_events, unusable.len()));
    }
    left_out.extend(unusable.iter().map(|m| format!("{}: {m}", input.providers.join(", "))));
    let mut out = Vec::new();
    for &want in &input.providers {
        let guid = m
            .providers()
            .find(|(_, n)| *n == want)
            .map(|(g, _)| g)
            .ok_or_else(|| format!("{}: no provider {want}", path.display()))?;
        let mut schemas: Vec<Arc<EventSchema>> = m.schemas().filter(|s| s.provider_id == guid).cloned().collect();
        if input.stack_counts {
            for s in &mut schemas {
                let mut fixed = EventSchema::clone(s);
                if correct_stack_count(&mut fixed) {
                    *s = Arc::new(fixed);
                }
            }
        }
        schemas.sort_by_key(|s| (s.descriptor.id, s.descriptor.version));
        out.push((guid, want.to_owned(), schemas));
    }
    Ok(out)
}

/// The rows of one file, interned: strings, templates, maps and keyword lists are written once.
#[derive(Default)]
struct Rows {
    strings: Vec<String>,
    string_at: HashMap<String, (u32, u16)>,
    string_bytes: u32,
    templates: Vec<String>,
    template_at: HashMap<String, u16>,
    properties: Vec<String>,
    maps: Vec<String>,
    map_at: HashMap<String, u16>,
    map_entries: Vec<String>,
    keywords: Vec<String>,
    keyword_runs: HashMap<Vec<String>, (u32, u16)>,
    providers: Vec<String>,
    events: Vec<String>,
    /// Rows (not comment lines) in `events` and `properties`.
    event_rows: usize,
    property_rows: usize,
    uses_none: bool,
    in_types: BTreeSet<u16>,
    out_types: BTreeSet<u16>,
    uses_count: bool,
    uses_length: bool,
    uses_struct: bool,
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// A one-line comment: the text, shortened, with no line breaks.
fn note(s: &str) -> String {
    let flat: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let short: String = flat.chars().take(60).collect();
    if short.len() < flat.len() {
        format!("{short}...")
    } else {
        short
    }
}

impl Rows {
    /// The `S(offset, length)` of `s` (empty: no name).
    fn s(&mut self, s: &str) -> Result<String, String> {
        if s.is_empty() {
            return Ok("S(0, 0)".into());
        }
        if let Some((at, len)) = self.string_at.get(s) {
            return Ok(format!("S({at}, {len})"));
        }
        let len = u16::try_from(s.len()).map_err(|_| format!("a string of {} bytes", s.len()))?;
        let at = self.string_bytes;
        self.string_bytes = at.checked_add(u32::from(len)).ok_or("more than 4 GiB of strings")?;
        self.string_at.insert(s.to_owned(), (at, len));
        self.strings.push(format!("    {}, // {at}", lit(s)));
        Ok(format!("S({at}, {len})"))
    }

    fn map(&mut self, m: &ValueMap) -> Result<u16, String> {
        let key = format!("{m:?}");
        if let Some(i) = self.map_at.get(&key) {
            return Ok(*i);
        }
        let i = u16::try_from(self.maps.len()).ok().filter(|i| *i != u16::MAX).ok_or("too many maps")?;
        let first = self.map_entries.len();
        for (v, n) in &m.entries {
            let s = self.s(n)?;
            self.map_entries.push(format!("    (0x{v:x}, {s}), // {}", note(n)));
        }
        let name = self.s(&m.name)?;
        self.maps.push(format!(
            "    MapRow {{ name: {name}, bitmap: {}, first: {first}, count: {} }}, // {i} {}",
            m.bitmap,
            m.entries.len(),
            note(&m.name)
        ));
        self.map_at.insert(key, i);
        Ok(i)
    }

    fn template(&mut self, s: &EventSchema) -> Result<Option<u16>, String> {
        if s.properties.is_empty() && s.top_level == 0 {
            return Ok(None);
        }
        let key = format!("{}{:?}", s.top_level, s.properties);
        if let Some(i) = self.template_at.get(&key) {
            return Ok(Some(*i));
        }
        let i = u16::try_from(self.templates.len()).ok().filter(|i| *i != u16::MAX).ok_or("too many templates")?;
        let first = self.property_rows;
        self.properties.push(format!("    // template {i}"));
        self.property_rows += s.properties.len();
        for p in &s.properties {
            let name = self.s(&p.name)?;
            let mut line = match &p.ty {
                PropertyType::Simple { in_type, out_type, map } => {
                    self.in_types.insert(in_type.0);
                    self.out_types.insert(out_type.0);
                    let mut l = format!("p({name}, {}, {})", in_type.0, out_type.0);
                    if let Some(m) = map {
                        let _ = write!(l, ".map({})", self.map(m)?);
                    }
                    l
                }
                PropertyType::Struct { first, members } => {
                    self.uses_struct = true;
                    format!("st({name}, {first}, {members})")
                }
            };
            if p.count != Count::One {
                self.uses_count = true;
                let _ = write!(line, ".count(Count::{:?})", p.count);
            }
            if p.length != Length::Natural {
                self.uses_length = true;
                let _ = write!(line, ".length(Length::{:?})", p.length);
            }
            self.properties.push(format!("    {line}, // {}", note(&p.name)));
        }
        self.templates.push(format!(
            "    TemplateRow {{ first: {first}, count: {}, top_level: {} }}, // {i}",
            s.properties.len(),
            s.top_level
        ));
        self.template_at.insert(key, i);
        Ok(Some(i))
    }

    fn keyword_run(&mut self, names: &[Arc<str>]) -> Result<(u32, u16), String> {
        let key: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        if let Some(r) = self.keyword_runs.get(&key) {
            return Ok(*r);
        }
        let first = u32::try_from(self.keywords.len()).map_err(|_| "too many keywords")?;
        for n in &key {
            let s = self.s(n)?;
            self.keywords.push(format!("    {s}, // {}", note(n)));
        }
        let run = (first, u16::try_from(key.len()).map_err(|_| "too many keywords on one event")?);
        self.keyword_runs.insert(key, run);
        Ok(run)
    }

    fn event(&mut self, s: &EventSchema) -> Result<(), String> {
        let d = &s.descriptor;
        let mut names = Vec::new();
        for (what, n) in [
            ("event name", &s.event_name),
            ("task name", &s.task_name),
            ("opcode name", &s.opcode_name),
            ("level name", &s.level_name),
            ("channel name", &s.channel_name),
        ] {
            match n.as_deref() {
                Some("") => {
                    return Err(format!(
                        "event {} v{} of {}: an empty {what} (the tables write an absent name as empty)",
                        d.id, d.version, s.provider_id
                    ))
                }
                Some(t) => names.push(self.s(t)?),
                None => names.push("S(0, 0)".into()),
            }
        }
        let (kw_first, kw_count) = self.keyword_run(&s.keyword_names)?;
        let template = match self.template(s)? {
            Some(i) => i.to_string(),
            None => {
                self.uses_none = true;
                "NONE".into()
            }
        };
        self.event_rows += 1;
        self.events.push(format!(
            "    e({}, {}, [{}, {}, {}], {}, 0x{:x}, [{}], ({kw_first}, {kw_count}), {template}), // {}",
            d.id,
            d.version,
            d.channel.0,
            d.level.0,
            d.opcode.0,
            d.task,
            d.keywords,
            names.join(", "),
            note(&s.display_name())
        ));
        Ok(())
    }
}

fn array(out: &mut String, name: &str, ty: &str, rows: &[String]) {
    let _ = writeln!(out, "\nconst {name}: &[{ty}] = &[");
    for r in rows {
        out.push_str(r);
        out.push('\n');
    }
    out.push_str("];\n");
}

/// The Rust text of one spec's file.
pub fn generate(spec: &Spec, shared: &Path) -> Result<String, String> {
    let mut out = String::new();
    for line in spec.header.lines() {
        if let Some(file) = line.strip_prefix("{licence:").and_then(|l| l.strip_suffix('}')) {
            let text = std::fs::read_to_string(shared.join(file)).map_err(|e| format!("{file}: {e}"))?;
            for l in text.lines() {
                out.push_str(format!("//! > {l}").trim_end());
                out.push('\n');
            }
        } else {
            out.push_str(format!("//! {line}").trim_end());
            out.push('\n');
        }
    }
    let mut rows = Rows::default();
    let mut counts = BTreeMap::new();
    let mut left_out = Vec::new();
    for input in &spec.inputs {
        for (guid, name, schemas) in load(shared, input, &mut left_out)? {
            counts.insert(name.clone(), schemas.len());
            let first = rows.event_rows;
            rows.events.push(format!("    // {name}"));
            for s in &schemas {
                rows.event(s)?;
            }
            let (n, origin) = (rows.s(&name)?, rows.s(&input.origin)?);
            rows.providers.push(format!(
                "    ProviderRow {{\n        guid: Guid::parse_const(\"{guid}\"),\n        name: {n}, // {name}\n        \
                 origin: {origin}, // {}\n        appends_only: {},\n        first: {},\n        count: {},\n    }},",
                note(&input.origin),
                input.appends_only,
                first,
                schemas.len()
            ));
        }
    }
    out.push_str("//!\n//! | provider | events (id and version) |\n//! |---|---:|\n");
    for (name, n) in &counts {
        let _ = writeln!(out, "//! | {name} | {n} |");
    }
    if !left_out.is_empty() {
        out.push_str(
            "//!\n//! Left out, because the manifest's template cannot be used (so these stay undecoded, as they do with\n\
             //! `--manifests`):\n",
        );
        for l in &left_out {
            let _ = writeln!(out, "//! - {l}");
        }
    }
    out.push_str("//!\n//! In-types used (TDH's numbers):");
    for t in &rows.in_types {
        let _ = write!(out, " {t} {},", InType(*t).name().unwrap_or("?"));
    }
    out.pop();
    out.push_str(".\n//! Out-types used:");
    for t in &rows.out_types {
        let _ = write!(out, " {t} {},", OutType(*t).name().unwrap_or("?"));
    }
    out.pop();
    out.push_str(
        ".\n//!\n//! Rows refer to each other by index and to strings by `S(byte offset, length)` in `STRINGS` (see\n\
         //! `table.rs`); each row's comment names what it holds.\n\n",
    );
    let mut model = Vec::new();
    if rows.uses_count {
        model.push("Count");
    }
    if rows.uses_length {
        model.push("Length");
    }
    if !model.is_empty() {
        let _ = writeln!(out, "use crate::model::{{{}}};", model.join(", "));
    }
    out.push_str("use etw_core::Guid;\n\n");
    let mut uses = vec!["e", "p"];
    if rows.uses_struct {
        uses.push("st");
    }
    uses.extend(["EventRow", "MapRow", "PropertyRow", "ProviderRow", "Tables", "TemplateRow"]);
    if rows.uses_none {
        uses.push("NONE");
    }
    uses.push("S");
    let _ = writeln!(out, "use super::table::{{{}}};\n", uses.join(", "));
    out.push_str(
        "/// The tables of this module.\npub(super) const TABLES: Tables = Tables {\n    strings: STRINGS,\n    \
         providers: PROVIDERS,\n    events: EVENTS,\n    templates: TEMPLATES,\n    properties: PROPERTIES,\n    \
         maps: MAPS,\n    map_entries: MAP_ENTRIES,\n    keywords: KEYWORDS,\n};\n",
    );
    array(&mut out, "PROVIDERS", "ProviderRow", &rows.providers);
    array(&mut out, "EVENTS", "EventRow", &rows.events);
    array(&mut out, "TEMPLATES", "TemplateRow", &rows.templates);
    array(&mut out, "PROPERTIES", "PropertyRow", &rows.properties);
    array(&mut out, "MAPS", "MapRow", &rows.maps);
    array(&mut out, "MAP_ENTRIES", "(u64, S)", &rows.map_entries);
    array(&mut out, "KEYWORDS", "S", &rows.keywords);
    out.push_str("\n/// Every string of the rows, one after the other (each line's comment is its offset).\n");
    out.push_str("const STRINGS: &str = concat!(\n");
    for s in &rows.strings {
        out.push_str(s);
        out.push('\n');
    }
    out.push_str(");\n");
    Ok(out)
}
