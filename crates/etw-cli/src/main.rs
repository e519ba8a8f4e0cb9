//! `etw`: dump and summarise Event Tracing for Windows traces (ETL files), on any OS.

mod config;
mod convert;
mod decode;
mod input;
mod live;
mod netmon;
mod packets;
mod report;
mod schemas;
mod stats;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use etwkit::filter::EventContext;
use etwkit::packet::sink::TrafficSink;
use etwkit::pipeline::sinks::json::{JsonLines, JsonStyle};
use etwkit::pipeline::sinks::netmon::NetmonSink;
use etwkit::pipeline::sinks::pair::Pair;
use etwkit::pipeline::sinks::stats::StatsSink;
use etwkit::pipeline::{Pipeline, Selection};

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
  etw netmon trace.etl                      bytes sent and received per process
  etw convert 'traces/*.etl' -o ds          Parquet tables for DuckDB, pandas and Spark
  etw report trace.etl -o report.html       one HTML page: events over time, processes, network, CPU
  etw convert --format chrome-trace trace.etl -o trace.json     a timeline for ui.perfetto.dev
  etw convert --format pcapng PktMon.etl -o capture.pcapng   packets for Wireshark
  etw dump --format csv -o events.csv trace.etl";

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
    /// Convert traces into a dataset: Parquet tables (events, and one typed table per event schema), CSV or
    /// JSON Lines, for DuckDB, pandas, polars and Spark; or packet captures into pcapng, for Wireshark.
    #[command(long_about = convert::CONVERT_ABOUT, after_help = convert::CONVERT_EXAMPLES)]
    Convert(convert::ConvertArgs),
    /// Summarise traces: logfile header, time range, buffers, records per header kind, providers, event ids,
    /// kernel groups, extended data items, lost events.
    #[command(after_help = EXAMPLES)]
    Stats(StatsArgs),
    /// Per-process network activity: bytes and packets sent and received (TCP/UDP, IPv4/IPv6), connections,
    /// top remote endpoints, from Microsoft-Windows-Kernel-Network and kernel TcpIp/UdpIp events; for packet
    /// captures (pktmon, netsh trace), frames and bytes per interface, protocol and endpoint pair.
    #[command(after_help = NETMON_EXAMPLES)]
    Netmon(NetmonArgs),
    /// One self-contained HTML page about traces: summary, events over time, processes, network, CPU, providers
    /// and event ids, damage.
    #[command(long_about = report::REPORT_ABOUT, after_help = report::REPORT_EXAMPLES)]
    Report(report::ReportArgs),
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
  etw netmon --top 10 trace.etl             ten remote endpoints per process in the JSON
  etw netmon PktMon.etl                     a packet capture: per component, protocol, endpoint pair";

pub(crate) const WHERE_HELP: &str = "Only events matching this expression, e.g. 'id == 10 && size > 1000', \
'provider == \"Microsoft-Windows-Kernel-Network\"', 'ImageFileName icontains \"powershell\"'. Header fields \
(lowercase): provider id version opcode task level keywords channel pid tid cpu event_name header_kind; any other \
name is a property (prop.NAME forces one). Operators: == != < <= > >= & contains icontains starts_with \
istarts_with ends_with iends_with iequals has_any has_all, joined with && || ! and parentheses.";

const DUMP_ABOUT: &str = "\
Print every event as one JSON object per line (JSON Lines), ready for jq.

By default each event's payload is decoded into named properties. Keys, in order: timestamp (RFC 3339 UTC, \
100 ns), provider ({name, guid}), id, version, opcode, task, level, keywords (hex), event_name, pid, tid, cpu, \
activity_id, related_activity_id, properties ({name: value}, or null when no schema describes the event), message \
(when the schema has a message string, from a manifest or a binary's message table: the text Event Viewer shows, \
its %1..%n filled in from the properties), decoded_by (tracelogging, manifest, eventsource, event-metadata, store, \
kernel-mof, builtin, or none when the event did not decode), header_kind, hook (kernel events), and, when decoding \
failed or left bytes over, error, stopped_at, payload (hex) and unparsed_bytes.

When the payload does not fit the schema (a manifest from another Windows build whose template runs past the \
payload), properties holds the properties decoded before the one where decoding stopped, and stopped_at names \
that one; `etw stats` counts such events as partly_decoded. When the trace has a version of an event that the \
schemas lack, error says which versions they have.

Schemas come from, in this order: TraceLogging metadata in the event itself; metadata the trace carries \
(EventMetadata events of merged traces, EventSource manifests), learned in a first pass over the files; \
manifests given with --manifests; the schema store (--store FILE, else the default store if there is one: see \
`etw schemas --help`); built-in schemas: the .NET runtime (DotNETRuntime, -Rundown, -Private, -Stress), \
Microsoft-Windows-Kernel-Process, -Kernel-File, -Kernel-Registry, -Kernel-Memory, -Kernel-Network, -DNS-Client, \
-PowerShell, -WMI-Activity, -TCPIP, -Security-Auditing, -Threat-Intelligence, and classic kernel events. A manifest \
given wins over a built-in schema of the same event.

With --raw, nothing is decoded: each line holds the header fields and the payload as hex. Keys, in order: \
timestamp (RFC 3339 UTC, 100 ns), provider ({name, guid}; name only when the event carries it, as TraceLogging \
events do; null for kernel hook events), id, version, channel, opcode, task, level, keywords (hex), pid, tid \
(null when the header has none), cpu, activity_id, related_activity_id, header_kind (e.g. EVENT_HEADER64, \
PERFINFO64), hook ({group, type, group_name}, kernel events only), flags, event_property, cpu_time, instance or \
message (those header kinds), extended ([{type, data}]), payload (hex), timestamp_raw (the session clock), \
location ({file, buffer, buffer_offset, record_offset}).

Classic (MOF) events show their class GUID as provider.guid and their event type as opcode.";

#[derive(Args)]
pub(crate) struct Common {
    /// ETL files to read; a directory stands for every .etl below it, a quoted pattern ('traces/*.etl') for the
    /// files it matches, - for one trace on stdin.
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// No progress indicator on stderr.
    #[arg(long, short)]
    pub(crate) quiet: bool,
    /// Threads that decode and format events (default: the cores available). The output is the same for any
    /// number; 1 runs everything on one thread.
    #[arg(long, short = 'j', value_name = "N")]
    pub(crate) threads: Option<usize>,
}

impl Common {
    fn threads(&self) -> usize {
        self.threads.unwrap_or_else(etwkit::pipeline::default_threads)
    }
}

#[derive(Args)]
struct DumpArgs {
    #[command(flatten)]
    common: Common,
    /// Print header fields and the payload as hex, without decoding (JSON Lines only).
    #[arg(long, conflicts_with = "format")]
    raw: bool,
    /// Output format: JSON Lines, or CSV (the columns of `etw convert`'s events table, the properties as one JSON
    /// column).
    #[arg(long, value_enum, default_value = "jsonl")]
    format: DumpFormat,
    /// Write to FILE instead of stdout (it appears under its name only when complete).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
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

/// `etw dump --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum DumpFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
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
    /// Remote endpoints listed per process, and endpoint pairs of packet captures.
    #[arg(long, default_value_t = 5, value_name = "N")]
    top: usize,
}

#[derive(Args)]
pub(crate) struct SchemaArgs {
    /// Instrumentation manifests (.man/.xml files, or directories searched recursively) to decode with.
    /// Repeatable. Not needed for the providers etwkit has built in (see `etw dump --help`); a manifest given
    /// wins over a built-in schema.
    #[arg(long = "manifests", value_name = "PATH")]
    pub(crate) manifests: Vec<PathBuf>,
    /// The schema store to decode with (made by `etw schemas import`); it must exist. Default: the store in
    /// $ETWKIT_STORE or the user's data directory, when there is one.
    #[arg(long, value_name = "FILE")]
    pub(crate) store: Option<PathBuf>,
    /// List each problem met loading the manifests (files that do not parse, with line and column; unusable
    /// events; unknown names) on its own line. By default one line sums them up (a large manifest set can have
    /// thousands), or shows the problem itself when there is only one.
    #[arg(long, short)]
    pub(crate) verbose: bool,
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
        Command::Convert(a) => convert::run(a, &mut problems),
        Command::Stats(a) => run_stats(a, &mut problems),
        Command::Netmon(a) => run_netmon(a, &mut problems),
        Command::Report(a) => report::run(a, &mut problems),
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
pub(crate) fn parse_where(text: Option<&str>) -> Option<etwkit::filter::Predicate> {
    let text = text?;
    match etwkit::filter::parse_where(text) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("etw: error: --where: {}", e.render(text));
            std::process::exit(2);
        }
    }
}

/// The pipeline's problems, reported on stderr as they come and counted for the exit status.
pub(crate) fn report_problem(problems: &mut Problems) -> impl FnMut(etwkit::pipeline::Problem<'_>) + '_ {
    move |p| match p {
        etwkit::pipeline::Problem::Open(e) => {
            problems.fatal += 1;
            eprintln!("etw: error: {e}");
        }
        etwkit::pipeline::Problem::Damage { damage, path } => {
            problems.damage += 1;
            eprintln!("etw: warning: {}: {damage}", path.display());
        }
    }
}

/// What must outlive a run: the expanded inputs (a trace read from stdin lives in a temporary file) and the
/// progress bar.
pub(crate) struct RunGuard {
    _inputs: input::Inputs,
    _progress: Option<input::Progress>,
}

/// A pipeline over `common`'s inputs (files, directories, patterns, `-`) with its thread count and progress bar.
pub(crate) fn pipeline(common: &Common, order: Order) -> io::Result<(Pipeline, RunGuard)> {
    Ok(pipeline_over(input::expand(&common.files)?, common, order))
}

/// [`pipeline`] over inputs already expanded (for a command that reads them twice: a trace from stdin is read
/// once, into a temporary file that both passes read).
pub(crate) fn pipeline_over(inputs: input::Inputs, common: &Common, order: Order) -> (Pipeline, RunGuard) {
    let total: u64 = inputs.files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let mut p = Pipeline::new(&inputs.files).order(order.into()).threads(common.threads());
    let progress = input::Progress::new(total, common.quiet);
    if let Some(bar) = &progress {
        p = p.progress(bar.callback());
    }
    (p, RunGuard { _inputs: inputs, _progress: progress })
}

fn run_dump(a: DumpArgs, problems: &mut Problems) -> io::Result<()> {
    let config = match &a.config {
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
    let output_path = a.output.clone().or(config.as_ref().and_then(|c| c.output.clone()));
    let mut file = match &output_path {
        Some(p) if p != std::path::Path::new("-") => Some(input::AtomicFile::create(p)?),
        _ => None,
    };
    let filter = parse_where(a.where_.as_deref());
    let mut manifests = a.schemas.manifests.clone();
    manifests.extend(config.as_ref().map(|c| c.manifests.clone()).unwrap_or_default());
    let selecting = filter.is_some() || config.is_some();
    let (mut pipeline, _guard) = pipeline(&a.common, order)?;
    // Schemas decode for printing and for filters on properties.
    if !a.raw || selecting {
        pipeline = pipeline.schemas(schemas::registry(&manifests, a.schemas.store.as_deref(), a.schemas.verbose)?);
    }
    if selecting {
        // Each worker selects with its own copy (filters cache verdicts per event type).
        let config = config.map(|c| Arc::new(std::sync::Mutex::new(c)));
        pipeline = pipeline.select(Selection::new(move || {
            let filter = filter.clone();
            let mut config = config.as_ref().and_then(|c| c.lock().ok()).map(|c| c.selection_copy());
            Box::new(move |cx: &mut EventContext<'_, '_>| {
                filter.as_ref().is_none_or(|p| p.matches(cx)) && config.as_mut().is_none_or(|c| c.selects(cx))
            })
        }));
    }
    let summary = {
        let out: Box<dyn Write> = match file.as_mut() {
            Some(f) => Box::new(f),
            None => Box::new(BufWriter::with_capacity(256 << 10, io::stdout().lock())),
        };
        match a.format {
            DumpFormat::Jsonl => {
                let style = if a.raw { JsonStyle::Raw } else { JsonStyle::Decoded };
                pipeline.run(&mut JsonLines::new(out, style), report_problem(problems))?
            }
            DumpFormat::Csv => pipeline.run(&mut etwkit::arrow::csv::CsvSink::new(out), report_problem(problems))?,
        }
    };
    if let Some(f) = file {
        f.commit()?;
    }
    problems.nothing_matched = selecting && summary.events_selected == 0;
    Ok(())
}

fn run_netmon(a: NetmonArgs, problems: &mut Problems) -> io::Result<()> {
    let filter = parse_where(a.where_.as_deref());
    let matching = filter.is_some();
    let registry = schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref(), a.schemas.verbose)?;
    // Per-process activity from network events, and the traffic of packet captures from their frames, in one
    // read of the files.
    let (names, pipeline, guard) = packets::names_and_pipeline(&a.common, Order::Time)?;
    let mut sink = Pair(NetmonSink::new(filter), TrafficSink::new(names));
    pipeline.schemas(registry).run(&mut sink, report_problem(problems))?;
    let Pair(netmon_sink, traffic) = sink;
    packets::report_bad(traffic.summary(), &guard, problems);
    let report = netmon_sink.into_netmon().report(a.top);
    // The packet section appears only for traces with packet events, so other traces' output is unchanged.
    let packet_report = (traffic.summary().frames > 0).then(|| traffic.report(a.top));
    let mut out = BufWriter::new(io::stdout().lock());
    if a.json {
        let json = NetmonJson { report: &report, packets: packet_report.as_ref() };
        writeln!(out, "{}", serde_json::to_string(&json).map_err(io::Error::other)?)?;
    } else {
        write!(out, "{}", netmon::table(&report))?;
        if let Some(p) = &packet_report {
            write!(out, "{}", packets::table(p))?;
        }
    }
    problems.nothing_matched = matching && report.network_events == 0;
    out.flush()
}

/// `etw netmon --json`: the per-process report, and `packets` for packet captures.
#[derive(serde::Serialize)]
struct NetmonJson<'a> {
    #[serde(flatten)]
    report: &'a etwkit::pipeline::sinks::netmon::Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    packets: Option<&'a etwkit::packet::traffic::PacketReport>,
}

fn run_stats(a: StatsArgs, problems: &mut Problems) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut first = true;
    let filter = parse_where(a.where_.as_deref());
    let decoding = !a.no_decode || filter.is_some();
    // One registry for every file: what one file's metadata teaches may decode another's events.
    let mut registry = if decoding {
        Some(schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref(), a.schemas.verbose)?)
    } else {
        None
    };
    let inputs = input::expand(&a.common.files)?;
    if let Some(r) = registry.as_mut() {
        etwkit::pipeline::learn_from_paths(r, &inputs.files, a.common.threads());
    }
    let mut matched = 0;
    for file in &inputs.files {
        let mut sink = StatsSink::new(!a.no_decode);
        let one = Common { files: vec![file.clone()], quiet: a.common.quiet, threads: a.common.threads };
        let (p, _guard) = pipeline(&one, Order::File)?;
        let mut p = p.learn(false);
        if let Some(r) = &registry {
            p = p.schemas(r.fork());
        }
        if let Some(filter) = &filter {
            let filter = filter.clone();
            p = p.select(Selection::new(move || {
                let filter = filter.clone();
                Box::new(move |cx: &mut EventContext<'_, '_>| filter.matches(cx))
            }));
        }
        p.run(&mut sink, report_problem(problems))?;
        let Some(stats) = sink.into_stats() else { continue };
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
