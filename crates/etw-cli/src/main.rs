//! `etw`: dump and summarise Event Tracing for Windows traces (ETL files), on any OS.

mod config;
mod decode;
mod dump;
mod input;
mod live;
mod netmon;
mod schemas;
mod stats;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::input::{Order, Problems};

const ABOUT: &str = "Read Event Tracing for Windows traces (.etl files) on any OS.";

const LONG_ABOUT: &str = "\
Read Event Tracing for Windows traces (.etl files) on any OS, in pure Rust.

An ETL file is a sequence of buffers (some LZXpress-compressed), each holding records with one of sixteen \
header kinds: kernel events identified by a hook id, classic (MOF) events by a class GUID, manifest, \
TraceLogging and EventSource events by a provider GUID and event id, WPP messages by a message GUID.

Exit status: 0 when everything was read; 1 when a --where or --config filter matched no event; 2 on bad \
arguments, an unreadable file, a damaged logfile header, or damage skipped inside a file (everything readable is \
still printed first; warnings go to stderr).";

const EXAMPLES: &str = "\
Examples:
  etw stats trace.etl                       what the trace holds: header, time range, providers, kernel groups
  etw stats --json trace.etl | jq .providers
  etw dump trace.etl | head                 one JSON object per event, properties decoded by name
  etw dump --raw --order file a.etl b.etl   header fields and payload hex, as stored (faster than time order)
  etw dump --where 'id == 10 && size > 1000' trace.etl    only matching events
  etw dump --manifests ./manifests trace.etl              decode providers whose manifests you have
  etw netmon trace.etl                      bytes sent and received per process";

#[derive(Parser)]
#[command(name = "etw", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every event as one JSON object per line (JSON Lines).
    #[command(long_about = DUMP_ABOUT, after_help = EXAMPLES)]
    Dump(DumpArgs),
    /// Summarise traces: logfile header, time range, buffers, records per header kind, providers, event ids,
    /// kernel groups, extended data items, lost events.
    #[command(after_help = EXAMPLES)]
    Stats(StatsArgs),
    /// Per-process network activity: bytes and packets sent and received (TCP/UDP, IPv4/IPv6), connections,
    /// top remote endpoints, from Microsoft-Windows-Kernel-Network and kernel TcpIp/UdpIp events.
    #[command(after_help = NETMON_EXAMPLES)]
    Netmon(NetmonArgs),
    /// Record a live ETW session and print its events as `dump` does (Windows, elevated).
    #[command(long_about = live::TRACE_ABOUT, after_help = live::TRACE_EXAMPLES)]
    Trace(live::TraceArgs),
    /// List the event providers registered on this system, or show one's keywords, events and fields (Windows).
    #[command(after_help = live::PROVIDERS_EXAMPLES)]
    Providers(live::ProvidersArgs),
    /// The schema store: import manifests, provider binaries and Windows images once, decode their traces
    /// anywhere (`import`, `list`, `show`).
    #[command(long_about = schemas::SCHEMAS_ABOUT, after_help = schemas::SCHEMAS_EXAMPLES)]
    Schemas(schemas::SchemasArgs),
}

const NETMON_EXAMPLES: &str = "\
Examples:
  etw netmon trace.etl                      the table, busiest processes first
  etw netmon --json trace.etl | jq '.processes[] | select(.name == \"chrome.exe\")'
  etw netmon --where 'dport == 443' trace.etl      only traffic to port 443
  etw netmon --top 10 trace.etl             ten remote endpoints per process in the JSON";

const WHERE_HELP: &str = "Only events matching this expression, e.g. 'id == 10 && size > 1000', \
'provider == \"Microsoft-Windows-Kernel-Network\"', 'ImageFileName icontains \"powershell\"'. Header fields \
(lowercase): provider id version opcode task level keywords channel pid tid cpu event_name header_kind; any other \
name is a property (prop.NAME forces one). Operators: == != < <= > >= & contains icontains starts_with \
istarts_with ends_with iends_with iequals has_any has_all, joined with && || ! and parentheses.";

const DUMP_ABOUT: &str = "\
Print every event as one JSON object per line (JSON Lines), ready for jq.

By default each event's payload is decoded into named properties. Keys, in order: timestamp (RFC 3339 UTC, \
100 ns), provider ({name, guid}), id, version, opcode, task, level, keywords (hex), event_name, pid, tid, cpu, \
activity_id, related_activity_id, properties ({name: value}, or null when the event could not be decoded), \
decoded_by (tracelogging, manifest, eventsource, event-metadata, store, kernel-mof, builtin, or none), header_kind, \
hook (kernel events), and, when decoding failed or left bytes over, error, payload (hex) and unparsed_bytes.

Schemas come from, in this order: TraceLogging metadata in the event itself; metadata the trace carries \
(EventMetadata events of merged traces, EventSource manifests), learned in a first pass over the files; \
manifests given with --manifests; the schema store (--store FILE, else the default store if there is one: see `etw schemas --help`); built-in schemas (Microsoft-Windows-Kernel-Network, classic kernel events).

With --raw, nothing is decoded: each line holds the header fields and the payload as hex. Keys, in order: \
timestamp (RFC 3339 UTC, 100 ns), provider ({name, guid}; name only when the event carries it, as TraceLogging \
events do; null for kernel hook events), id, version, channel, opcode, task, level, keywords (hex), pid, tid \
(null when the header has none), cpu, activity_id, related_activity_id, header_kind (e.g. EVENT_HEADER64, \
PERFINFO64), hook ({group, type, group_name}, kernel events only), flags, event_property, cpu_time, instance or \
message (those header kinds), extended ([{type, data}]), payload (hex), timestamp_raw (the session clock), \
location ({file, buffer, buffer_offset, record_offset}).

Classic (MOF) events show their class GUID as provider.guid and their event type as opcode.";

#[derive(Args)]
struct Common {
    /// ETL files to read.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// No progress indicator on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
struct DumpArgs {
    #[command(flatten)]
    common: Common,
    /// Print header fields and the payload as hex, without decoding.
    #[arg(long)]
    raw: bool,
    #[command(flatten)]
    schemas: SchemaArgs,
    /// Order of events: by timestamp across processors and files, or as stored.
    #[arg(long, value_enum)]
    order: Option<Order>,
    #[arg(long = "where", value_name = "EXPR", help = WHERE_HELP)]
    where_: Option<String>,
    /// A JSON file declaring providers (by name, GUID or kernel provider), keyword masks, level, filters
    /// (--where expressions) and an output file; only events it selects are printed. See the README.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Args)]
struct NetmonArgs {
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    schemas: SchemaArgs,
    #[arg(long = "where", value_name = "EXPR", help = WHERE_HELP)]
    where_: Option<String>,
    /// One JSON object instead of the table.
    #[arg(long)]
    json: bool,
    /// Remote endpoints listed per process.
    #[arg(long, default_value_t = 5, value_name = "N")]
    top: usize,
}

#[derive(Args)]
struct SchemaArgs {
    /// Instrumentation manifests (.man/.xml files, or directories searched recursively) to decode with.
    /// Repeatable.
    #[arg(long = "manifests", value_name = "PATH")]
    manifests: Vec<PathBuf>,
    /// The schema store to decode with (made by `etw schemas import`); it must exist. Default: the store in
    /// $ETWKIT_STORE or the user's data directory, when there is one.
    #[arg(long, value_name = "FILE")]
    store: Option<PathBuf>,
}

#[derive(Args)]
struct StatsArgs {
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    schemas: SchemaArgs,
    /// Do not decode (faster): no decode coverage in the report.
    #[arg(long)]
    no_decode: bool,
    /// One JSON object per file (one per line) instead of the table.
    #[arg(long)]
    json: bool,
    /// Indent the JSON.
    #[arg(long, requires = "json")]
    pretty: bool,
    /// Event ids (or opcodes) listed under each provider in the table.
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    #[arg(long = "where", value_name = "EXPR", help = WHERE_HELP)]
    where_: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut problems = Problems::default();
    let result = match cli.command {
        Command::Dump(a) => run_dump(a, &mut problems),
        Command::Stats(a) => run_stats(a, &mut problems),
        Command::Netmon(a) => run_netmon(a, &mut problems),
        Command::Trace(a) => live::run_trace(a, &mut problems),
        Command::Providers(a) => live::run_providers(a, &mut problems),
        Command::Schemas(a) => schemas::run(a, &mut problems),
    };
    match result {
        Ok(()) if problems.any() => ExitCode::from(2),
        Ok(()) if problems.nothing_matched => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away (e.g. `| head`): not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("etw: error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Parses `--where`, or prints where it is wrong and exits 2.
fn parse_where(text: Option<&str>) -> Option<etwkit::filter::Predicate> {
    let text = text?;
    match etwkit::filter::parse_where(text) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("etw: error: --where: {}", e.render(text));
            std::process::exit(2);
        }
    }
}

fn run_dump(a: DumpArgs, problems: &mut Problems) -> io::Result<()> {
    let mut config = match &a.config {
        Some(path) => match config::load(path) {
            Ok(c) => Some(c),
            Err(e) => {
                eprintln!("etw: error: {e}");
                std::process::exit(2);
            }
        },
        None => None,
    };
    let order = a.order.or(config.as_ref().and_then(|c| c.order)).unwrap_or(Order::Time);
    let output: Box<dyn Write> = match config.as_ref().and_then(|c| c.output.clone()) {
        Some(p) if p != std::path::Path::new("-") => {
            Box::new(std::fs::File::create(&p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?)
        }
        _ => Box::new(io::stdout().lock()),
    };
    let stdout = BufWriter::with_capacity(256 << 10, output);
    let filter = parse_where(a.where_.as_deref());
    let mut manifests = a.schemas.manifests.clone();
    manifests.extend(config.as_ref().map(|c| c.manifests.clone()).unwrap_or_default());
    // The registry decodes for printing and for filters on properties.
    let mut registry = if a.raw && filter.is_none() && config.is_none() {
        None
    } else {
        Some(schemas::registry(&manifests, a.schemas.store.as_deref())?)
    };
    if let Some(r) = registry.as_mut() {
        etwkit::trace::learn_from_files(r, &a.common.files);
    }
    let mut decoder = etwkit::schema::Decoder::new();
    let mut matched = 0u64;
    let readers = input::open_all(&a.common.files, problems);
    if a.raw {
        let names = readers.iter().map(|r| r.path().map(|p| p.display().to_string()).unwrap_or_default()).collect();
        let mut dumper = dump::RawDumper::new(stdout, names);
        input::walk(readers, order, problems, a.common.quiet, |ev| {
            if let Some(r) = registry.as_mut() {
                let mut ctx = etwkit::filter::EventContext::new(ev, r, &mut decoder);
                if filter.as_ref().is_some_and(|p| !p.matches(&mut ctx))
                    || config.as_mut().is_some_and(|c| !c.selects(&mut ctx))
                {
                    return Ok(());
                }
            }
            matched += 1;
            dumper.event(ev)
        })?;
        dumper.finish()?;
    } else {
        let mut dumper = decode::DecodedDumper::new(stdout, registry.take().unwrap_or_default());
        input::walk(readers, order, problems, a.common.quiet, |ev| {
            if !dumper.selects(ev, filter.as_ref(), config.as_mut()) {
                return Ok(());
            }
            matched += 1;
            dumper.event(ev)
        })?;
        dumper.finish()?;
    }
    problems.nothing_matched = (filter.is_some() || config.is_some()) && matched == 0;
    Ok(())
}

fn run_netmon(a: NetmonArgs, problems: &mut Problems) -> io::Result<()> {
    let filter = parse_where(a.where_.as_deref());
    let mut registry = schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref())?;
    etwkit::trace::learn_from_files(&mut registry, &a.common.files);
    let mut decoder = etwkit::schema::Decoder::new();
    let mut mon = netmon::Netmon::default();
    let readers = input::open_all(&a.common.files, problems);
    input::walk(readers, input::Order::Time, problems, a.common.quiet, |ev| {
        let mut ctx = etwkit::filter::EventContext::new(ev, &mut registry, &mut decoder);
        mon.event(&mut ctx, filter.as_ref());
        Ok(())
    })?;
    let report = mon.report(a.top);
    let mut out = BufWriter::new(io::stdout().lock());
    if a.json {
        writeln!(out, "{}", serde_json::to_string(&report).map_err(io::Error::other)?)?;
    } else {
        write!(out, "{}", report.table())?;
    }
    problems.nothing_matched = filter.is_some() && report.network_events == 0;
    out.flush()
}

fn run_stats(a: StatsArgs, problems: &mut Problems) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut first = true;
    let filter = parse_where(a.where_.as_deref());
    let mut registry = if a.no_decode && filter.is_none() {
        None
    } else {
        Some(schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref())?)
    };
    if let Some(r) = registry.as_mut() {
        etwkit::trace::learn_from_files(r, &a.common.files);
    }
    let mut matched = 0;
    for r in input::open_all(&a.common.files, problems) {
        let stats = stats_of(r, problems, a.common.quiet, registry.as_mut(), filter.as_ref(), !a.no_decode);
        matched += stats.records.total;
        if a.json {
            let text = if a.pretty { serde_json::to_string_pretty(&stats) } else { serde_json::to_string(&stats) };
            writeln!(out, "{}", text.map_err(io::Error::other)?)?;
        } else {
            if !first {
                writeln!(out)?;
            }
            write!(out, "{}", stats::table(&stats, a.top))?;
        }
        first = false;
    }
    problems.nothing_matched = filter.is_some() && matched == 0;
    out.flush()
}

fn stats_of(
    mut r: input::Reader,
    problems: &mut Problems,
    quiet: bool,
    mut registry: Option<&mut etwkit::schema::SchemaRegistry>,
    filter: Option<&etwkit::filter::Predicate>,
    coverage: bool,
) -> stats::FileStats {
    let path = r.path().map(|p| p.display().to_string()).unwrap_or_default();
    let mut acc = stats::Accumulator::default();
    let mut decoder = etwkit::schema::Decoder::new();
    let mut progress = input::Progress::new(r.file_len(), quiet);
    let mut report = |acc: &mut stats::Accumulator, d: &etwkit::etl::Damage| {
        problems.damage += 1;
        eprintln!("etw: warning: {path}: {d}");
        acc.damage(d);
    };
    while let Some(b) = r.next_buffer() {
        match b {
            Ok(loc) => {
                acc.buffer(&loc);
                progress.tick(|| loc.offset);
            }
            Err(d) => {
                report(&mut acc, &d);
                continue;
            }
        }
        while let Some(item) = r.next_record() {
            match item {
                Ok(ev) => {
                    if let (Some(p), Some(reg)) = (filter, registry.as_deref_mut()) {
                        if !p.matches(&mut etwkit::filter::EventContext::new(&ev, reg, &mut decoder)) {
                            continue;
                        }
                    }
                    acc.event(&ev);
                    if let (true, Some(reg)) = (coverage, registry.as_deref_mut()) {
                        acc.coverage(&ev, stats::decode_outcome(&ev, reg, &mut decoder));
                    }
                }
                Err(d) => report(&mut acc, &d),
            }
        }
    }
    progress.finish();
    let size = r.file_len();
    let counts = r.counts();
    acc.finish(path, size, r.logfile_header(), counts)
}
