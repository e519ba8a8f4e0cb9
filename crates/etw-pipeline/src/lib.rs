//! One event pipeline for every command: read → decode → select → encode → write, on every core, in order.
//!
//! A [`Pipeline`] describes a run (inputs, order, threads, schemas, selection); [`Pipeline::run`] has worker
//! threads take turns cutting chunks from one walk of the inputs, then decode, select and encode them
//! ([`Encoder`], one per worker), and hands the batches to one [`Sink`] in exactly the order a single-threaded
//! run gives. See [`engine`] for how, and `docs/PIPELINE.md` in the repository for the design.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod engine;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
pub mod learn;
pub mod sink;
pub mod sinks;

pub use engine::{
    default_threads, Consumer, Order, Pipeline, ProgressFn, ProgressTick, SelectFn, Selection, CHUNK_RECORDS,
};
pub use learn::{learn_from_files, learn_from_paths};
pub use sink::{Encoder, Flow, OpenedFile, Problem, RunInfo, Sink, Summary};
