//! `etw schemas`: the schema store (import, list, show), and the store choice of the reading commands.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use etwkit::schema::{Count, EventSchema, Length, PropertyType};
use etwkit::store::{default_store_path, Store, StoreChoice};

use crate::input::Problems;

pub const SCHEMAS_ABOUT: &str = "\
Keep provider schemas and messages in one store file, so traces decode on any machine without the one that \
recorded them.

`etw schemas import` reads instrumentation manifests (.man, .xml), Windows binaries that carry provider \
resources (.dll, .exe, .sys: the WEVT_TEMPLATE resource with the compiled manifest, and the MESSAGETABLE with \
the message strings, also from the .mui files beside them), directories of both (recursively), and mounted \
Windows images (a directory holding Windows\\System32\\config\\SOFTWARE: its registry names every publisher's \
resource file, and those files are imported). Importing a provider again replaces it.

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
  etw schemas list                              the providers in the store
  etw schemas show Microsoft-Windows-Kernel-Process     its events, fields, types and maps
  etw dump --store net.etwstore trace.etl       decode with that store";

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

fn import(a: ImportArgs, problems: &mut Problems) -> io::Result<()> {
    let path = store_path(&a.store)?;
    let mut store = match Store::open(&path) {
        Ok(s) => s,
        Err(e) if e.is_not_found() => Store::new(),
        // Never overwrite a store that cannot be read: the user decides.
        Err(e) => return Err(io::Error::other(format!("{e}; remove it or choose another --store"))),
    };
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
