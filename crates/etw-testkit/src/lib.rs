//! Test kit for etwkit.
//!
//! - [`corpus`]: the shared corpus of real ETL files recorded by other people (`../shared/corpus`), with the
//!   facts an independent tool measured for each file. Tests that need it fail, not skip, when `CI=true`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod corpus;
