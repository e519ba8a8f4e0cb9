//! ETW events as Apache Arrow and Parquet: the columnar side of etwkit, shared by `etw convert`, `etw dump
//! --format csv`, and the Python package.
//!
//! - [`events`]: the `events` table, one row per record with the header fields typed and the decoded properties
//!   as JSON text;
//! - [`typed`]: one table per event schema whose columns are the event's properties, typed by [`mapping`] (the
//!   Arrow mapping of ETW's in- and out-types);
//! - [`dataset`]: both, written as a Parquet dataset by a pipeline [`Sink`](etw_pipeline::Sink);
//! - [`csv`]: the `events` table as CSV.
//!
//! See `docs/ANALYTICS.md` in the repository for the layout, the type mapping and the reasons behind them.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod column;
pub mod csv;
pub mod dataset;
pub mod events;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
pub mod mapping;
pub mod typed;

pub use dataset::{DatasetOptions, DatasetReport, ParquetDataset, TableBatch, TableEncoder};
pub use events::{events_schema, EventRow, EventsBuilder, RowMaker};
pub use typed::{escape_path_value, typed_schema, TableId, TypedBatch, TypedBuilder, TypedTables};

/// The Arrow crates this crate builds on, for callers that read what it writes.
pub use {arrow_array, arrow_schema, parquet};
