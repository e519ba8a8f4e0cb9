//! Test kit for etwkit.
//!
//! - [`corpus`]: the shared corpus of real ETL files recorded by other people (`../shared/corpus`), with the
//!   facts an independent tool measured for each file. Tests that need it fail, not skip, when `CI=true`.
//! - [`baseline`]: TraceEvent's decoded output of five corpus files, and our values normalised as it prints them.
//! - [`build`]: builders for synthetic ETL files, buffers, records of every header kind and extended data
//!   items, so every header kind and every error path has a test without a fixture file.
//! - [`fuzz`]: the bodies of the fuzz targets, shared by `cargo fuzz` and by the tests that replay the fuzz
//!   corpus on stable.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod baseline;
pub mod build;
pub mod corpus;
pub mod fuzz;
