//! `etw`: dump and summarise Event Tracing for Windows traces (ETL files), on any OS.

mod dump;
mod input;
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

Exit status: 0 when everything was read; 2 on bad arguments, an unreadable file, a damaged logfile header, or \
damage skipped inside a file (everything readable is still printed first; warnings go to stderr).";

const EXAMPLES: &str = "\
Examples:
  etw stats trace.etl                       what the trace holds: header, time range, providers, kernel groups
  etw stats --json trace.etl | jq .providers
  etw dump --raw trace.etl | head           one JSON object per event: header fields, payload as hex
  etw dump --raw --order file a.etl b.etl   as stored, file after file (faster than timestamp order)
  etw dump --raw trace.etl | jq -c 'select(.provider.guid == \"7dd42a49-5329-4832-8dfd-43d979153a88\" and .id == 10)'";

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
}

const DUMP_ABOUT: &str = "\
Print every event as one JSON object per line (JSON Lines), ready for jq.

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
    /// Order of events: by timestamp across processors and files, or as stored.
    #[arg(long, value_enum, default_value = "time")]
    order: Order,
}

#[derive(Args)]
struct StatsArgs {
    #[command(flatten)]
    common: Common,
    /// One JSON object per file (one per line) instead of the table.
    #[arg(long)]
    json: bool,
    /// Indent the JSON.
    #[arg(long, requires = "json")]
    pretty: bool,
    /// Event ids (or opcodes) listed under each provider in the table.
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut problems = Problems::default();
    let result = match cli.command {
        Command::Dump(a) => run_dump(a, &mut problems),
        Command::Stats(a) => run_stats(a, &mut problems),
    };
    match result {
        Ok(()) if problems.any() => ExitCode::from(2),
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away (e.g. `| head`): not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("etw: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_dump(a: DumpArgs, problems: &mut Problems) -> io::Result<()> {
    // Until payload decoding exists, dump prints raw events with or without --raw.
    let _ = a.raw;
    let readers = input::open_all(&a.common.files, problems);
    let names = readers.iter().map(|r| r.path().map(|p| p.display().to_string()).unwrap_or_default()).collect();
    let stdout = io::stdout().lock();
    let mut dumper = dump::RawDumper::new(BufWriter::with_capacity(256 << 10, stdout), names);
    input::walk(readers, a.order, problems, a.common.quiet, |ev| dumper.event(ev))?;
    dumper.finish()
}

fn run_stats(a: StatsArgs, problems: &mut Problems) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut first = true;
    for r in input::open_all(&a.common.files, problems) {
        let stats = stats_of(r, problems, a.common.quiet);
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
    out.flush()
}

fn stats_of(mut r: input::Reader, problems: &mut Problems, quiet: bool) -> stats::FileStats {
    let path = r.path().map(|p| p.display().to_string()).unwrap_or_default();
    let mut acc = stats::Accumulator::default();
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
                Ok(ev) => acc.event(&ev),
                Err(d) => report(&mut acc, &d),
            }
        }
    }
    progress.finish();
    let size = r.file_len();
    let counts = r.counts();
    acc.finish(path, size, r.logfile_header(), counts)
}
