//! Reads arbitrary bytes as an ETL file and drives the stats and netmon aggregation over its events (counts,
//! decode coverage, network activity, partial aggregates merged in order). Seed it with the reader's corpus:
//! `cargo +nightly fuzz run aggregates corpus/etl_reader`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_pipeline::fuzzing::aggregates(data));
