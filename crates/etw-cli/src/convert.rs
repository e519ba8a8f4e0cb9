//! `etw convert`: traces to a dataset (Parquet by default, CSV or JSON Lines) that DuckDB, pandas, polars and
//! Spark read.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use etwkit::arrow::{DatasetOptions, ParquetDataset};
use etwkit::filter::EventContext;
use etwkit::pipeline::sinks::json::{JsonLines, JsonStyle};
use etwkit::pipeline::Selection;

use crate::input::{AtomicFile, Order, Problems};
use crate::{parse_where, pipeline, report_problem, schemas, Common, SchemaArgs, WHERE_HELP};

pub const CONVERT_ABOUT: &str = "\
Convert traces into a dataset for analytics: Parquet (the default), CSV or JSON Lines, in the directory given \
with -o.

Parquet writes two kinds of tables:
  DIR/events/part-0.parquet     one row per event: timestamp (UTC, 100 ns), provider_name, provider_guid, id, \
version, opcode, task, level, keywords, channel, pid, tid, cpu, activity_id, related_activity_id, event_name, \
header_kind, decoded_by, file, record_index, properties (the decoded properties as JSON text, as `etw dump` \
writes them), error and payload (when the event was not decoded completely)
  DIR/typed/provider=P/event=E/v=V/part-N.parquet
                                one table per event schema, in Hive layout: the event's properties as typed \
columns (integers by width and sign, floats, booleans, strings, binary, timestamps, addresses as text, lists, \
structs; value maps as their names with the raw value in NAME_value), after the header columns _timestamp, _pid, \
_tid, _cpu, _activity_id, _related_activity_id, _file, _record_index
See docs/ANALYTICS.md for the whole type mapping. Files are zstd-compressed, written in row groups of bounded \
size, and appear under their names only when complete.

CSV and JSON Lines write the events table only: DIR/events/part-0.csv (the columns above) or \
DIR/events/part-0.jsonl (what `etw dump` prints).

chrome-trace writes one FILE (-o is a file here): Chrome's trace event JSON, which ui.perfetto.dev and \
chrome://tracing open. One track per process and thread; every event an instant named provider/event with its \
properties; a start and stop (opcodes 1 and 2) of one provider, task and activity id a slice; network bytes \
counters per process; events in time order (--order does not apply).
pcapng writes one file, -o FILE.pcapng, for Wireshark and tshark: every frame of Microsoft-Windows-PktMon (pktmon) \
and Microsoft-Windows-NDIS-PacketCapture (netsh trace capture=yes) events as an Enhanced Packet Block with its \
time (100 ns), captured and original length, direction, and a comment with what pcapng has no field for (PktMon \
component, edge, packet group, drop reason, process id); one interface per PktMon component or capture \
interface, named after it. Other events are ignored. See docs/PACKETS.md.

Inputs are files, directories (every .etl below them), glob patterns (quoted, so that etw expands them), or - for \
one trace on stdin. A damaged trace converts everything readable; each damaged place is named on stderr and the \
exit status is 2.";

pub const CONVERT_EXAMPLES: &str = "\
Examples:
  etw convert trace.etl -o out                        Parquet: out/events and out/typed
  etw convert 'traces/**/*.etl' -o out --threads 8    every trace below traces/, on 8 threads
  etw convert trace.etl -o out --format csv           out/events/part-0.csv
  etw convert trace.etl -o trace.json --format chrome-trace    open trace.json in ui.perfetto.dev
  etw convert PktMon.etl --format pcapng -o capture.pcapng    packets for Wireshark
  duckdb -c \"SELECT provider_name, count(*) FROM 'out/events/*.parquet' GROUP BY ALL ORDER BY 2 DESC\"";

/// `etw convert --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ConvertFormat {
    /// Parquet: the events table and a typed table per event schema.
    Parquet,
    /// CSV: the events table.
    Csv,
    /// JSON Lines: the events table, as `etw dump` prints it.
    Jsonl,
    /// Chrome trace event JSON (one file) for ui.perfetto.dev and chrome://tracing.
    ChromeTrace,
    /// pcapng: the frames of packet captures (pktmon, netsh trace) for Wireshark, in the file given with -o.
    Pcapng,
}

#[derive(Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub common: Common,
    /// The dataset's directory (created if missing; it must not hold a dataset already, see --force), or for
    /// chrome-trace or pcapng the file to write.
    #[arg(long, short, value_name = "PATH", required = true)]
    pub output: PathBuf,
    /// What to write.
    #[arg(long, value_enum, default_value = "parquet")]
    pub format: ConvertFormat,
    /// Parquet: write only the events table, no typed tables.
    #[arg(long, conflicts_with = "no_events")]
    pub no_typed: bool,
    /// Parquet: write only the typed tables, no events table.
    #[arg(long)]
    pub no_events: bool,
    /// Replace the events/ and typed/ directories of a dataset already in DIR.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub schemas: SchemaArgs,
    /// Order of events: by timestamp across processors and files, or as stored (faster).
    #[arg(long, value_enum, default_value = "time")]
    pub order: Order,
    #[arg(long = "where", value_name = "EXPR", help = WHERE_HELP)]
    pub where_: Option<String>,
}

/// Makes sure `dir` can take a new dataset: no events/ or typed/ in it unless `force`, which removes them.
fn prepare(dir: &Path, force: bool) -> io::Result<()> {
    for sub in ["events", "typed"] {
        let p = dir.join(sub);
        if p.exists() {
            if !force {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} already exists: choose another -o directory, or --force to replace it", p.display()),
                ));
            }
            std::fs::remove_dir_all(&p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
        }
    }
    std::fs::create_dir_all(dir.join("events")).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))
}

pub fn run(a: ConvertArgs, problems: &mut Problems) -> io::Result<()> {
    let filter = parse_where(a.where_.as_deref());
    if a.format == ConvertFormat::Pcapng {
        // Packet events are read by their layout; schemas decode only for a --where on properties.
        let selection = match filter {
            Some(filter) => Some((
                schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref(), a.schemas.verbose)?,
                Selection::new(move || {
                    let filter = filter.clone();
                    Box::new(move |cx: &mut EventContext<'_, '_>| filter.matches(cx))
                }),
            )),
            None => None,
        };
        let selecting = selection.is_some();
        let selected = crate::packets::convert(&a.common, a.order, &a.output, selection, problems)?;
        problems.nothing_matched = selecting && selected == 0;
        return Ok(());
    }
    // Formats that write one file, not a dataset directory.
    let single_file = matches!(a.format, ConvertFormat::ChromeTrace);
    if !single_file {
        prepare(&a.output, a.force)?;
    }
    // A timeline needs its events in time order.
    let order = if single_file { Order::Time } else { a.order };
    let (mut pipeline, _guard) = pipeline(&a.common, order)?;
    pipeline =
        pipeline.schemas(schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref(), a.schemas.verbose)?);
    let selecting = filter.is_some();
    if let Some(filter) = filter {
        pipeline = pipeline.select(Selection::new(move || {
            let filter = filter.clone();
            Box::new(move |cx: &mut EventContext<'_, '_>| filter.matches(cx))
        }));
    }
    let summary = match a.format {
        ConvertFormat::Parquet => {
            let opts = DatasetOptions {
                events: !a.no_events,
                typed: !a.no_typed,
                threads: a.common.threads(),
                ..DatasetOptions::default()
            };
            let mut sink = ParquetDataset::new(&a.output, opts);
            let summary = pipeline.run(&mut sink, report_problem(problems))?;
            let r = sink.report();
            if !a.common.quiet {
                eprintln!(
                    "etw: wrote {} events to {} and {} rows to {} typed tables in {}",
                    r.events,
                    a.output.join("events").display(),
                    r.typed_rows,
                    r.typed_tables,
                    a.output.join("typed").display()
                );
            }
            summary
        }
        // Converted above: it writes a file, not a dataset directory.
        ConvertFormat::Pcapng => return Ok(()),
        ConvertFormat::Csv | ConvertFormat::Jsonl => {
            let ext = if a.format == ConvertFormat::Csv { "csv" } else { "jsonl" };
            let dest = a.output.join("events").join(format!("part-0.{ext}"));
            let mut file = AtomicFile::create(&dest)?;
            let summary = if a.format == ConvertFormat::Csv {
                pipeline.run(&mut etwkit::arrow::csv::CsvSink::new(&mut file), report_problem(problems))?
            } else {
                pipeline.run(&mut JsonLines::new(&mut file, JsonStyle::Decoded), report_problem(problems))?
            };
            file.flush()?;
            file.commit()?;
            if !a.common.quiet {
                eprintln!("etw: wrote {} events to {}", summary.events_selected, dest.display());
            }
            summary
        }
        ConvertFormat::ChromeTrace => {
            let mut file = AtomicFile::create(&a.output)?;
            let mut sink = etwkit::report::ChromeTraceSink::new(&mut file);
            let summary = pipeline.run(&mut sink, report_problem(problems))?;
            let r = sink.report();
            file.commit()?;
            if !a.common.quiet {
                eprintln!(
                    "etw: wrote {} events and {} slices ({} without their stop) to {}",
                    r.events,
                    r.slices,
                    r.unmatched,
                    a.output.display()
                );
            }
            summary
        }
    };
    problems.nothing_matched = selecting && summary.events_selected == 0;
    Ok(())
}
