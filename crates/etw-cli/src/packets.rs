//! Packet captures: `etw convert --format pcapng` and the packet part of `etw netmon` (counted by
//! `etwkit::packet`).

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use etwkit::packet::sink::{ComponentNames, ComponentSink, PacketSummary, PcapngSink};
use etwkit::packet::traffic::PacketReport;
use etwkit::pipeline::{Pipeline, Selection};

use crate::input::{AtomicFile, Order, Problems};
use crate::{pipeline_over, report_problem, Common, RunGuard};

/// Expands the inputs once and reads PktMon's component names from them (pktmon writes them when the capture
/// stops, after the packets, so they are read in a pass of their own before the interfaces are written). The
/// main run reports damage and unreadable files; this pass stays quiet about them.
pub fn names_and_pipeline(common: &Common, order: Order) -> io::Result<(ComponentNames, Pipeline, RunGuard)> {
    let inputs = crate::input::expand(&common.files)?;
    let mut names = ComponentSink::default();
    Pipeline::new(&inputs.files)
        .order(etwkit::pipeline::Order::File)
        .threads(common.threads())
        .run(&mut names, |_| {})?;
    let (pipeline, guard) = pipeline_over(inputs, common, order);
    Ok((names.into_names(), pipeline, guard))
}

/// The path of input file `index` of a run.
fn input_path(guard: &RunGuard, index: u32) -> PathBuf {
    usize::try_from(index).ok().and_then(|i| guard._inputs.files.get(i)).cloned().unwrap_or_default()
}

/// Reports the bad packet events on stderr (each kept one with its place, then the total) and counts them as
/// damage for the exit status.
pub fn report_bad(summary: &PacketSummary, guard: &RunGuard, problems: &mut Problems) {
    for b in &summary.bad {
        let l = &b.location;
        eprintln!(
            "etw: warning: {}: buffer {} at file offset {:#x}, record at +{:#x}: {}",
            input_path(guard, l.file).display(),
            l.buffer,
            l.buffer_offset,
            l.record_offset,
            b.reason
        );
    }
    let shown = summary.bad.len() as u64;
    if summary.bad_events > shown {
        eprintln!("etw: warning: {} more bad packet events not listed", summary.bad_events - shown);
    }
    if summary.bad_events > 0 {
        eprintln!("etw: warning: {} bad packet events in total", summary.bad_events);
        problems.damage = problems.damage.saturating_add(usize::try_from(summary.bad_events).unwrap_or(usize::MAX));
    }
}

/// `etw convert --format pcapng`: every packet of the inputs into the pcapng file `output`.
pub fn convert(
    common: &Common,
    order: Order,
    output: &Path,
    selection: Option<(etwkit::schema::SchemaRegistry, Selection)>,
    problems: &mut Problems,
) -> io::Result<u64> {
    if output.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory: pcapng is one file, give its name (-o capture.pcapng)", output.display()),
        ));
    }
    let (names, mut pipeline, guard) = names_and_pipeline(common, order)?;
    if let Some((registry, selection)) = selection {
        pipeline = pipeline.schemas(registry).select(selection);
    }
    let mut file = AtomicFile::create(output)?;
    let mut sink = PcapngSink::new(&mut file, names)?;
    let run = pipeline.run(&mut sink, report_problem(problems))?;
    let summary = sink.summary().clone();
    drop(sink);
    report_bad(&summary, &guard, problems);
    file.flush()?;
    file.commit()?;
    if !common.quiet {
        let incomplete = if summary.incomplete > 0 {
            format!(" ({} reassembled packets incomplete)", summary.incomplete)
        } else {
            String::new()
        };
        eprintln!(
            "etw: wrote {} packets on {} interfaces to {}{incomplete}",
            summary.frames,
            summary.interfaces,
            output.display()
        );
    }
    Ok(run.events_selected)
}

fn human(bytes: u64) -> String {
    crate::netmon::human(bytes)
}

/// The packet part of `etw netmon`'s table.
pub fn table(r: &PacketReport) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "\n{} captured frames, {} on the wire (a packet seen at several components counts at each)",
        r.frames,
        human(r.bytes)
    );
    let _ = writeln!(o, "\n{:>9}{:>12}  INTERFACE / COMPONENT", "FRAMES", "BYTES");
    for row in &r.interfaces {
        let _ = writeln!(o, "{:>9}{:>12}  {}", row.frames, human(row.bytes), row.name);
    }
    let _ = writeln!(o, "\n{:>9}{:>12}  PROTOCOL", "FRAMES", "BYTES");
    for row in &r.protocols {
        let _ = writeln!(o, "{:>9}{:>12}  {}", row.frames, human(row.bytes), row.name);
    }
    if !r.top_pairs.is_empty() {
        let _ = writeln!(o, "\n{:>9}{:>12}  {:<8}ENDPOINTS ({} pairs)", "FRAMES", "BYTES", "PROTO", r.endpoint_pairs);
        for p in &r.top_pairs {
            let _ = writeln!(o, "{:>9}{:>12}  {:<8}{} <-> {}", p.frames, human(p.bytes), p.protocol, p.a, p.b);
        }
    }
    o
}
