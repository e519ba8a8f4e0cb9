//! Reads arbitrary bytes as an ETL file and drives the columnar encoders over its events (the `events` table
//! row, the CSV line, the typed-table row of every decoded event, batches finished as the pipeline does).
//! Seed it with the reader's corpus: `cargo +nightly fuzz run tables corpus/etl_reader`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_arrow::fuzzing::tables(data));
