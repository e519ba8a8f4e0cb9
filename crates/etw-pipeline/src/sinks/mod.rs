//! The sinks: what a pipeline writes or counts.

pub mod json;
pub mod netmon;
pub mod pair;
pub mod stats;
