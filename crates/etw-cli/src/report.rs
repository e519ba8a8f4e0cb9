//! `etw report`: one self-contained HTML page about traces (computed by `etwkit::report`).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use etwkit::report::{html, ReportSink};

use crate::input::{AtomicFile, Order, Problems};
use crate::{pipeline, report_problem, schemas, Common, SchemaArgs};

pub const REPORT_ABOUT: &str = "\
Write one self-contained HTML page about the traces: a summary (system, session, time range, events, losses, \
damaged places, decode coverage), events over time per provider, processes (a table and a timeline of their \
lifetimes, with image names and command lines from kernel Process or Microsoft-Windows-Kernel-Process events; \
events, network bytes and CPU per process), network bytes over time and per remote endpoint (Kernel-Network or \
kernel TcpIp/UdpIp events), CPU per process over time (context switches or sampled profile), a searchable table \
of providers and event ids with counts and decode status, and the damaged places.

The page works offline: its styles, its script and its data are inline, nothing is fetched. Its size is bounded \
(a few hundred time bins, the busiest series with the rest grouped, capped tables) whatever the input. Times are \
UTC. The data the page draws is in its <script type=\"application/json\" id=\"etw-data\"> element, for scripts.

All files given go into one report, read in one pass on all cores. A damaged trace still gets its report, with \
the damaged places listed (and exit status 2).";

pub const REPORT_EXAMPLES: &str = "\
Examples:
  etw report trace.etl -o report.html
  etw report kernel.etl user.etl -o both.html        two traces of one session in one report
  etw report --manifests ./manifests trace.etl -o report.html";

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub common: Common,
    /// The HTML file to write (it appears under its name only when complete).
    #[arg(long, short, value_name = "FILE", required = true)]
    pub output: PathBuf,
    #[command(flatten)]
    pub schemas: SchemaArgs,
}

pub fn run(a: ReportArgs, problems: &mut Problems) -> io::Result<()> {
    let registry = schemas::registry(&a.schemas.manifests, a.schemas.store.as_deref(), a.schemas.verbose)?;
    // File order: the aggregation does not depend on order, and file order also sees the buffers (their loss
    // flags), at less cost than the timestamp merge.
    let (pipeline, _guard) = pipeline(&a.common, Order::File)?;
    let mut sink = ReportSink::new();
    pipeline.schemas(registry).run(&mut sink, report_problem(problems))?;
    let data = sink.into_report();
    let page = html::render(&data)?;
    let mut file = AtomicFile::create(&a.output)?;
    file.write_all(page.as_bytes())?;
    file.commit()?;
    if !a.common.quiet {
        eprintln!("etw: wrote {} ({} bytes)", a.output.display(), page.len());
    }
    Ok(())
}
