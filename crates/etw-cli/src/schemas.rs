//! `etw schemas`: the schema store (import, list, show), and the store choice of the reading commands.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use etwkit::live::{ProviderDetails, ProviderInfo, SchemaKind};
use etwkit::schema::{Count, EventSchema, Length, PropertyType};
use etwkit::store::{default_store_path, Store, StoreChoice, StoredProvider};

use crate::input::Problems;

pub const SCHEMAS_ABOUT: &str = "\
Keep provider schemas and messages in one store file, so traces decode on any machine without the one that \
recorded them.

`etw schemas import` reads instrumentation manifests (.man, .xml), Windows binaries that carry provider \
resources (.dll, .exe, .sys: the WEVT_TEMPLATE resource with the compiled manifest, and the MESSAGETABLE with \
the message strings, also from the .mui files beside them), directories of both (recursively), and mounted \
Windows images (a directory holding Windows\\System32\\config\\SOFTWARE: its registry names every publisher's \
resource file, and those files are imported). Importing a provider again replaces it.

`etw schemas export` (Windows) writes the schemas of the providers registered on the machine, as TDH describes \
them (events, fields, names of levels, tasks, opcodes, channels and keywords, value maps), so that a store made on \
one Windows build decodes that build's traces anywhere. --provider NAME_OR_GUID (repeatable) exports only those.

`dump`, `stats` and `netmon` use the store without being asked: after the manifests given with --manifests \
and before the built-in schemas. Its events show decoded_by \"store\".

The store is one file: --store FILE, else $ETWKIT_STORE (set but empty: no store), else \
etwkit/schemas.etwstore in the user's data directory ($XDG_DATA_HOME or ~/.local/share on Linux, \
~/Library/Application Support on macOS, %LOCALAPPDATA% on Windows).";

pub const SCHEMAS_EXAMPLES: &str = "\
Examples:
  etw schemas import /mnt/win                   every provider of a mounted Windows image
  etw schemas import ./manifests C:/Windows/System32/wevtsvc.dll
  etw schemas import --store net.etwstore HTTP_Server.man
  etw schemas export --store win11-23h2.etwstore     (Windows) every registered manifest provider
  etw schemas export --provider Microsoft-Windows-Kernel-Process --provider Microsoft-Windows-DNS-Client
  etw schemas list                              the providers in the store
  etw schemas show Microsoft-Windows-Kernel-Process     its events, fields, types and maps
  etw dump --store net.etwstore trace.etl       decode with that store";

pub const EXPORT_EXAMPLES: &str = "\
Examples (Windows; any user may run them):
  etw schemas export                                      every manifest provider registered, into the default store
  etw schemas export --store win11-23h2.etwstore          a store to take to another machine
  etw schemas export --provider Microsoft-Windows-Kernel-Process --provider 22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716

Then, anywhere: etw dump --store win11-23h2.etwstore trace.etl";

#[derive(Args)]
pub struct SchemasArgs {
    #[command(subcommand)]
    command: SchemasCommand,
}

#[derive(Subcommand)]
enum SchemasCommand {
    /// Import manifests, binaries with provider resources, directories and mounted Windows images.
    #[command(after_help = SCHEMAS_EXAMPLES)]
    Import(ImportArgs),
    /// Windows: write the schemas of the providers registered on this machine (TDH) into the store.
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// List the providers in the store: GUID, name, events, the file they came from.
    List(ListArgs),
    /// Show a provider's events: versions, names, level, task, opcode, keywords, message, fields and their
    /// types, counts, lengths and maps.
    Show(ShowArgs),
}

#[derive(Args)]
struct StoreArg {
    /// The store file (default: $ETWKIT_STORE, else etwkit/schemas.etwstore in the user's data directory).
    #[arg(long, value_name = "FILE")]
    store: Option<PathBuf>,
}

#[derive(Args)]
struct ImportArgs {
    #[command(flatten)]
    store: StoreArg,
    /// List every file skipped and every problem (the default is one summary line).
    #[arg(long, short)]
    verbose: bool,
    /// Threads reading files (default: one per core).
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
    /// Files and directories to import.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct ExportArgs {
    #[command(flatten)]
    store: StoreArg,
    /// A provider to export, by name or GUID (default: every manifest provider registered). Repeatable.
    #[arg(long = "provider", value_name = "NAME_OR_GUID")]
    providers: Vec<String>,
    /// List every problem TDH had with an event (the default is one summary line).
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Args)]
struct ListArgs {
    #[command(flatten)]
    store: StoreArg,
    /// One JSON object per provider (one per line).
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ShowArgs {
    #[command(flatten)]
    store: StoreArg,
    /// Provider name or GUID.
    #[arg(value_name = "PROVIDER")]
    provider: String,
}

pub fn run(a: SchemasArgs, problems: &mut Problems) -> io::Result<()> {
    match a.command {
        SchemasCommand::Import(a) => import(a, problems),
        SchemasCommand::Export(a) => export(a),
        SchemasCommand::List(a) => list(a),
        SchemasCommand::Show(a) => show(a),
    }
}

fn store_path(arg: &StoreArg) -> io::Result<PathBuf> {
    arg.store.clone().or_else(default_store_path).ok_or_else(|| {
        io::Error::other("no store: $ETWKIT_STORE is empty or no data directory is known; give --store FILE")
    })
}

/// The store to read: a missing file is an error here (there is nothing to list or show).
fn open(arg: &StoreArg) -> io::Result<(PathBuf, Store)> {
    let path = store_path(arg)?;
    match Store::open(&path) {
        Ok(s) => Ok((path, s)),
        Err(e) if e.is_not_found() => Err(io::Error::other(format!(
            "no schema store at {} (make one with `etw schemas import PATH...`)",
            path.display()
        ))),
        Err(e) => Err(io::Error::other(e.to_string())),
    }
}

/// The store to add to: a missing file starts an empty store; one that cannot be read is an error.
fn open_for_writing(path: &Path) -> io::Result<Store> {
    match Store::open(path) {
        Ok(s) => Ok(s),
        Err(e) if e.is_not_found() => Ok(Store::new()),
        // Never overwrite a store that cannot be read: the user decides.
        Err(e) => Err(io::Error::other(format!("{e}; remove it or choose another --store"))),
    }
}

fn import(a: ImportArgs, problems: &mut Problems) -> io::Result<()> {
    let path = store_path(&a.store)?;
    let mut store = open_for_writing(&path)?;
    let before = store.len();
    for p in &a.paths {
        if !p.exists() {
            eprintln!("etw: error: {}: no such file or directory", p.display());
            problems.fatal += 1;
        }
    }
    let report = etwkit::store::import(&mut store, &a.paths, a.threads);
    store.save(&path).map_err(|e| io::Error::other(e.to_string()))?;
    if a.verbose {
        for s in &report.skipped {
            eprintln!("etw: skipped: {s}");
        }
        for w in &report.warnings {
            eprintln!("etw: warning: {w}");
        }
    }
    eprintln!(
        "etw: imported {}{}; the store {} holds {} providers ({} new), {} events",
        report.summary(),
        if !a.verbose && (report.skipped.len() + report.warnings.len()) > 0 { " (details with --verbose)" } else { "" },
        path.display(),
        store.len(),
        store.len().saturating_sub(before),
        store.event_count()
    );
    Ok(())
}

/// The providers `etw schemas export` asks TDH about: those named (each must be registered), else every manifest
/// provider. TDH lists the events of manifest providers only: others named are returned apart, to be reported.
pub fn export_selection<'a>(
    registered: &'a [ProviderInfo],
    wanted: &[String],
) -> Result<(Vec<&'a ProviderInfo>, Vec<&'a ProviderInfo>), String> {
    if wanted.is_empty() {
        return Ok((registered.iter().filter(|p| p.schema == SchemaKind::Manifest).collect(), Vec::new()));
    }
    let mut chosen: Vec<&ProviderInfo> = Vec::new();
    let mut unknown = Vec::new();
    for w in wanted {
        match etwkit::live::providers::find_provider(registered, w) {
            Some(p) if !chosen.iter().any(|c| c.guid == p.guid) => chosen.push(p),
            Some(_) => {}
            None => unknown.push(w.as_str()),
        }
    }
    if !unknown.is_empty() {
        return Err(format!(
            "not registered on this machine: {} (see `etw providers`; EventSource and TraceLogging providers \
             describe their events in the trace and need no store)",
            unknown.join(", ")
        ));
    }
    Ok(chosen.into_iter().partition(|p| p.schema == SchemaKind::Manifest))
}

/// A provider's schemas as TDH gave them, as a store entry (origin `tdh`); `None` when TDH gave no event.
pub fn stored_provider(d: &ProviderDetails) -> Option<StoredProvider> {
    let mut events = std::collections::BTreeMap::new();
    for e in &d.events {
        // The store keys events by id and version; a manifest declares each pair once.
        events.entry((e.descriptor.id, e.descriptor.version)).or_insert_with(|| e.clone());
    }
    if events.is_empty() {
        return None;
    }
    Some(StoredProvider { guid: d.info.guid, name: Some(d.info.name.as_str().into()), origin: "tdh".into(), events })
}

fn export(a: ExportArgs) -> io::Result<()> {
    if !cfg!(windows) {
        return Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "`etw schemas export` reads the providers registered on Windows (TDH) and cannot run on this system; \
             here, build the store with `etw schemas import` (manifests, provider binaries, a mounted Windows image)",
        ));
    }
    let path = store_path(&a.store)?;
    // TDH first: where it cannot run (Wine), the store is left as it is.
    let registered = etwkit::live::providers().map_err(|e| io::Error::other(e.to_string()))?;
    let (chosen, others) = export_selection(&registered, &a.providers).map_err(io::Error::other)?;
    for p in &others {
        eprintln!(
            "etw: warning: {} is a {} provider: TDH lists the events of manifest providers only (skipped)",
            p.name,
            p.schema.as_str()
        );
    }
    let mut store = open_for_writing(&path)?;
    let before = store.len();
    let (mut exported, mut events, mut empty, mut failed, mut notes) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for p in &chosen {
        let d = match etwkit::live::provider_details(&p.guid.to_string()) {
            Ok(d) => d,
            Err(e) => {
                failed += 1;
                eprintln!("etw: warning: {}: {e}", p.name);
                continue;
            }
        };
        notes += d.problems.len();
        if a.verbose {
            for problem in &d.problems {
                eprintln!("etw: warning: {}: {problem}", p.name);
            }
        }
        match stored_provider(&d) {
            Some(sp) => {
                exported += 1;
                events += sp.events.len();
                store.insert(sp);
            }
            None => empty += 1,
        }
    }
    store.save(&path).map_err(|e| io::Error::other(e.to_string()))?;
    eprintln!(
        "etw: exported {exported} providers ({events} events) from TDH; {empty} without events, {failed} unreadable, \
         {notes} problems TDH reported{}; the store {} holds {} providers ({} new), {} events",
        if !a.verbose && notes > 0 { " (details with --verbose)" } else { "" },
        path.display(),
        store.len(),
        store.len().saturating_sub(before),
        store.event_count()
    );
    Ok(())
}

fn list(a: ListArgs) -> io::Result<()> {
    let (_, store) = open(&a.store)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for p in store.providers() {
        if a.json {
            let v = serde_json::json!({
                "guid": p.guid.to_string(),
                "name": p.name.as_deref(),
                "events": p.events.len(),
                "origin": &*p.origin,
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(
                out,
                "{}  {:<50}  {:>5} events  {}",
                p.guid,
                p.name.as_deref().unwrap_or("-"),
                p.events.len(),
                p.origin
            )?;
        }
    }
    out.flush()
}

fn show(a: ShowArgs) -> io::Result<()> {
    let (path, store) = open(&a.store)?;
    let Some(p) = store.find(&a.provider) else {
        return Err(io::Error::other(format!("no provider '{}' in the store {}", a.provider, path.display())));
    };
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(out, "{} {}", p.name.as_deref().unwrap_or("(no name)"), p.guid)?;
    writeln!(out, "from {}", p.origin)?;
    writeln!(out, "{} events", p.events.len())?;
    let mut maps = std::collections::BTreeMap::new();
    for e in p.events.values() {
        writeln!(out)?;
        event(&mut out, e, &mut maps)?;
    }
    if !maps.is_empty() {
        writeln!(out, "\nmaps:")?;
        for (name, m) in maps {
            let m: &etwkit::schema::ValueMap = m;
            writeln!(out, "  {name} ({})", if m.bitmap { "bitmap" } else { "value map" })?;
            for (v, n) in &m.entries {
                writeln!(out, "    {v:#x} = {n}")?;
            }
        }
    }
    out.flush()
}

fn event<'a>(
    out: &mut impl Write,
    e: &'a EventSchema,
    maps: &mut std::collections::BTreeMap<String, &'a etwkit::schema::ValueMap>,
) -> io::Result<()> {
    let d = &e.descriptor;
    writeln!(out, "event {} version {}: {}", d.id, d.version, e.display_name())?;
    let name = |n: &Option<std::sync::Arc<str>>| n.as_deref().map(|s| format!(" ({s})")).unwrap_or_default();
    writeln!(
        out,
        "  level {}{}  task {}{}  opcode {}{}  channel {}{}  keywords {:#x}{}",
        d.level.0,
        name(&e.level_name),
        d.task,
        name(&e.task_name),
        d.opcode.0,
        name(&e.opcode_name),
        d.channel.0,
        name(&e.channel_name),
        d.keywords,
        if e.keyword_names.is_empty() { String::new() } else { format!(" ({})", e.keyword_names.join(", ")) }
    )?;
    if let Some(m) = &e.message {
        writeln!(out, "  message: {}", m.replace("\r\n", "\\r\\n").replace('\n', "\\n"))?;
    }
    for (i, p) in e.properties.iter().enumerate() {
        let member = i >= usize::from(e.top_level);
        let indent = if member { "      " } else { "  " };
        let mut line = format!("{indent}{i:>2} {}: ", p.name);
        match &p.ty {
            PropertyType::Simple { in_type, out_type, map } => {
                line.push_str(&in_type.to_string());
                if out_type.0 != 0 {
                    line.push_str(&format!(" as {out_type}"));
                }
                if let Some(m) = map {
                    line.push_str(&format!(" map {}", m.name));
                    maps.insert(m.name.to_string(), m);
                }
            }
            PropertyType::Struct { first, members } => {
                line.push_str(&format!("struct of properties {first}..{}", u32::from(*first) + u32::from(*members)))
            }
        }
        let names = |j: u16| e.properties.get(usize::from(j)).map_or_else(|| format!("#{j}"), |p| p.name.to_string());
        match p.count {
            Count::One => {}
            Count::Fixed(n) => line.push_str(&format!(" [{n}]")),
            Count::Property(j) => line.push_str(&format!(" [count from {}]", names(j))),
            Count::Prefixed => line.push_str(" [count before the values]"),
            Count::Remaining => line.push_str(" [to the end]"),
        }
        match p.length {
            Length::Natural => {}
            Length::Fixed(n) => line.push_str(&format!(" length {n}")),
            Length::Property(j) => line.push_str(&format!(" length from {}", names(j))),
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The schema registry of a reading command: the given manifests, and the store (`--store FILE`, which must
/// exist, else the default store if there is one). Problems loading them are warnings: one line summing up the
/// manifests' (a large set has thousands), or each on its own line when `verbose`.
pub fn registry(
    manifests: &[PathBuf],
    store: Option<&Path>,
    verbose: bool,
) -> io::Result<etwkit::schema::SchemaRegistry> {
    let (r, report) =
        etwkit::trace::registry_with_store(manifests, &StoreChoice::from_option(store)).map_err(io::Error::other)?;
    let m = &report.manifests;
    match m.summary() {
        Some(line) if !verbose && m.errors.len() + m.warnings.len() > 1 => {
            eprintln!("etw: warning: {line} (--verbose lists each)");
            if let Some(e) = &report.store {
                eprintln!("etw: warning: {e} (the store is not used)");
            }
        }
        _ => {
            for p in report.lines() {
                eprintln!("etw: warning: {p}");
            }
        }
    }
    Ok(r)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use std::sync::Arc;

    use etwkit::schema::{DecodingSource, InType, OutType, Property, ValueMap};
    use etwkit::{EventDescriptor, Guid};

    use super::*;

    fn info(name: &str, schema: SchemaKind) -> ProviderInfo {
        ProviderInfo { guid: Guid::from_provider_name(name), name: name.into(), schema }
    }

    #[test]
    fn export_asks_for_manifest_providers_or_those_named() {
        let list = [
            info("Microsoft-Windows-Kernel-Process", SchemaKind::Manifest),
            info("Some-Mof", SchemaKind::Mof),
            info("Microsoft-Windows-DNS-Client", SchemaKind::Manifest),
        ];
        let (all, others) = export_selection(&list, &[]).unwrap();
        assert_eq!(all.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), [&list[0].name, &list[2].name]);
        assert!(others.is_empty());
        let wanted = ["microsoft-windows-dns-client".to_owned(), list[0].guid.to_string(), "Some-Mof".to_owned()];
        let (chosen, others) = export_selection(&list, &wanted).unwrap();
        assert_eq!(chosen.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), [&list[2].name, &list[0].name]);
        assert_eq!(others.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Some-Mof"]);
        let twice = ["Microsoft-Windows-DNS-Client".to_owned(), list[2].guid.to_string()];
        assert_eq!(export_selection(&list, &twice).unwrap().0.len(), 1, "named twice, asked once");
        let e = export_selection(&list, &["Nope".to_owned(), "Nor-This".to_owned()]).unwrap_err();
        assert!(e.contains("not registered on this machine: Nope, Nor-This"), "{e}");
    }

    /// What TDH gave for a provider becomes a store entry that reads back from the store file with the same
    /// events, maps included, as `store` schemas.
    #[test]
    fn tdh_details_become_a_store_entry() {
        let p = info("Microsoft-Windows-Kernel-Process", SchemaKind::Manifest);
        let mut e = EventSchema::new(
            p.guid,
            EventDescriptor { id: 1, version: 3, keywords: 0x10, ..Default::default() },
            DecodingSource::Tdh,
        );
        // TDH names the provider in every TRACE_EVENT_INFO.
        e.provider_name = Some(p.name.as_str().into());
        e.event_name = Some("ProcessStart".into());
        e.keyword_names = vec!["WINEVENT_KEYWORD_PROCESS".into()];
        e.push(Property::simple("ProcessID", InType::UINT32, OutType::NULL));
        let map = Arc::new(ValueMap { name: "Flags".into(), bitmap: true, entries: vec![(1, "Wow64".into())] });
        e.push(Property {
            name: "Flags".into(),
            ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::NULL, map: Some(map) },
            count: Count::One,
            length: Length::Natural,
        });
        let mut other = e.clone();
        other.descriptor.version = 4;
        let mut duplicate = e.clone();
        duplicate.event_name = Some("Later".into());
        let mut d = ProviderDetails {
            info: p.clone(),
            keywords: Vec::new(),
            levels: Vec::new(),
            events: vec![Arc::new(e.clone()), Arc::new(other), Arc::new(duplicate)],
            problems: Vec::new(),
        };
        let sp = stored_provider(&d).unwrap();
        assert_eq!((sp.guid, sp.name.as_deref(), &*sp.origin), (p.guid, Some(p.name.as_str()), "tdh"));
        assert_eq!(sp.events.keys().copied().collect::<Vec<_>>(), [(1, 3), (1, 4)]);
        let mut store = Store::new();
        store.insert(sp);
        let back = Store::from_bytes(&store.to_bytes()).unwrap();
        let got = back.schema(&p.guid, 1, 3).unwrap();
        let mut expected = e;
        expected.source = DecodingSource::Store;
        assert_eq!(**got, expected, "the first description of (1, 3) is kept");
        d.events.clear();
        assert!(stored_provider(&d).is_none(), "no events: nothing to store");
    }
}
