//! See a trace: a self-contained HTML report ([`html::render`]) and Chrome trace event JSON ([`chrome`]), both
//! computed in one streaming pass on the event pipeline.
//!
//! The report's aggregation ([`ReportSink`]) runs on every core: workers count their chunks into partial
//! aggregates ([`aggregate::Part`]) that the sink merges in read order, reusing `etw stats`'s and `etw netmon`'s
//! aggregates, so the report's numbers are theirs. The result ([`ReportData`]) is bounded whatever the input
//! (a fixed number of time bins, top-N series with the rest grouped, capped rows), and the page embeds it as JSON
//! and draws it with a small inline script: no external library, no network. `docs/REPORT.md` in the repository
//! describes the sections and why the charts are drawn this way.
//!
//! ```no_run
//! use etw_pipeline::Pipeline;
//! use etw_report::ReportSink;
//!
//! # fn main() -> std::io::Result<()> {
//! // Built-in schemas and the default schema store, as `etw report` decodes.
//! let (registry, _) = etw_trace::default_registry(&[]).map_err(std::io::Error::other)?;
//! let mut sink = ReportSink::new();
//! Pipeline::new(["trace.etl"])
//!     .order(etw_pipeline::Order::File)
//!     .schemas(registry)
//!     .run(&mut sink, |_problem| {})?;
//! let page = etw_report::html::render(&sink.into_report())?;
//! std::fs::write("report.html", page)?;
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod aggregate;
pub mod bins;
pub mod chrome;
pub mod data;
pub mod html;

pub use aggregate::ReportSink;
pub use chrome::ChromeTraceSink;
pub use data::ReportData;
