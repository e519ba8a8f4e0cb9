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

/// One manifest and the providers taken from it.
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
            }],
        },
        Spec { file: "src/sources/builtin/windows.rs", header: WINDOWS_HEADER, inputs: windows },
    ]
}

/// One provider read: (GUID, name, schemas sorted by id and version).
type Loaded = (Guid, String, Vec<Arc<EventSchema>>);

/// The providers one input gives.
/// Events whose template the parser cannot use are added to `left_out`.
fn load(shared: &Path, input: &Input, left_out: &mut Vec<String>) -> Result<Vec<Loaded>, String> {
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

/// Interned statics of one file: maps and templates by their text.
#[derive(Default)]
struct Statics {
    maps: Vec<String>,
    map_index: HashMap<String, usize>,
    templates: Vec<String>,
    template_index: HashMap<String, usize>,
    in_types: BTreeSet<u16>,
    out_types: BTreeSet<u16>,
    uses_count: bool,
    uses_length: bool,
    uses_struct: bool,
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

impl Statics {
    fn map(&mut self, m: &ValueMap) -> usize {
        let mut body = format!("MapRow {{ name: {}, bitmap: {}, entries: &[", lit(&m.name), m.bitmap);
        for (i, (v, n)) in m.entries.iter().enumerate() {
            if i % 4 == 0 {
                body.push_str("\n   ");
            }
            let _ = write!(body, " (0x{v:x}, {}),", lit(n));
        }
        body.push_str("\n] }");
        let next = self.maps.len();
        let i = *self.map_index.entry(body.clone()).or_insert(next);
        if i == next {
            self.maps.push(body);
        }
        i
    }

    fn template(&mut self, s: &EventSchema) -> Option<usize> {
        if s.properties.is_empty() && s.top_level == 0 {
            return None;
        }
        let mut body = format!("Template {{ top_level: {}, properties: &[\n", s.top_level);
        for p in &s.properties {
            let mut line = match &p.ty {
                PropertyType::Simple { in_type, out_type, map } => {
                    self.in_types.insert(in_type.0);
                    self.out_types.insert(out_type.0);
                    let mut l = format!("p({}, {}, {})", lit(&p.name), in_type.0, out_type.0);
                    if let Some(m) = map {
                        let _ = write!(l, ".map(&M{})", self.map(m));
                    }
                    l
                }
                PropertyType::Struct { first, members } => {
                    self.uses_struct = true;
                    format!("st({}, {first}, {members})", lit(&p.name))
                }
            };
            match p.count {
                Count::One => {}
                c => {
                    self.uses_count = true;
                    let _ = write!(line, ".count(Count::{c:?})");
                }
            }
            match p.length {
                Length::Natural => {}
                l => {
                    self.uses_length = true;
                    let _ = write!(line, ".length(Length::{l:?})");
                }
            }
            let _ = writeln!(body, "    {line},");
        }
        body.push_str("] }");
        let next = self.templates.len();
        let i = *self.template_index.entry(body.clone()).or_insert(next);
        if i == next {
            self.templates.push(body);
        }
        Some(i)
    }
}

fn name_of(what: &str, s: &EventSchema, n: &Option<Arc<str>>) -> Result<String, String> {
    match n.as_deref() {
        Some("") => Err(format!(
            "event {} v{} of {}: an empty {what} (the tables write an absent name as \"\")",
            s.descriptor.id, s.descriptor.version, s.provider_id
        )),
        Some(t) => Ok(lit(t)),
        None => Ok("\"\"".into()),
    }
}

fn event_row(st: &mut Statics, s: &EventSchema) -> Result<String, String> {
    let d = &s.descriptor;
    let names = [
        name_of("event name", s, &s.event_name)?,
        name_of("task name", s, &s.task_name)?,
        name_of("opcode name", s, &s.opcode_name)?,
        name_of("level name", s, &s.level_name)?,
        name_of("channel name", s, &s.channel_name)?,
    ];
    let keywords: Vec<String> = s.keyword_names.iter().map(|k| lit(k)).collect();
    let template = match st.template(s) {
        Some(i) => format!("&T{i}"),
        None => "&EMPTY".into(),
    };
    Ok(format!(
        "e({}, {}, [{}, {}, {}], {}, 0x{:x}, [{}], &[{}], {template})",
        d.id,
        d.version,
        d.channel.0,
        d.level.0,
        d.opcode.0,
        d.task,
        d.keywords,
        names.join(", "),
        keywords.join(", ")
    ))
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
    let mut st = Statics::default();
    let mut providers = String::new();
    let mut counts = BTreeMap::new();
    let mut left_out = Vec::new();
    for input in &spec.inputs {
        for (guid, name, schemas) in load(shared, input, &mut left_out)? {
            counts.insert(name.clone(), schemas.len());
            let _ = writeln!(
                providers,
                "    ProviderTable {{\n        guid: Guid::parse_const(\"{guid}\"),\n        name: {},\n        \
                 origin: {},\n        appends_only: {},\n        events: &[",
                lit(&name),
                lit(&input.origin),
                input.appends_only
            );
            for s in &schemas {
                let _ = writeln!(providers, "            {},", event_row(&mut st, s)?);
            }
            providers.push_str("        ],\n    },\n");
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
    for t in &st.in_types {
        let _ = write!(out, " {t} {},", InType(*t).name().unwrap_or("?"));
    }
    out.pop();
    out.push_str(".\n//! Out-types used:");
    for t in &st.out_types {
        let _ = write!(out, " {t} {},", OutType(*t).name().unwrap_or("?"));
    }
    out.pop();
    out.push_str(".\n\n");
    let mut model = Vec::new();
    if st.uses_count {
        model.push("Count");
    }
    if st.uses_length {
        model.push("Length");
    }
    if !model.is_empty() {
        let _ = writeln!(out, "use crate::model::{{{}}};", model.join(", "));
    }
    out.push_str("use etw_core::Guid;\n\n");
    let mut table = vec!["e", "p"];
    if st.uses_struct {
        table.push("st");
    }
    if !st.maps.is_empty() {
        table.push("MapRow");
    }
    table.extend(["ProviderTable", "Template", "EMPTY"]);
    let _ = writeln!(out, "use super::table::{{{}}};\n", table.join(", "));
    out.push_str("/// The providers of this table.\npub(super) static PROVIDERS: &[ProviderTable] = &[\n");
    out.push_str(&providers);
    out.push_str("];\n");
    for (i, t) in st.templates.iter().enumerate() {
        let _ = write!(out, "\nstatic T{i}: Template = {t};\n");
    }
    for (i, m) in st.maps.iter().enumerate() {
        let _ = write!(out, "\nstatic M{i}: MapRow = {m};\n");
    }
    Ok(out)
}
