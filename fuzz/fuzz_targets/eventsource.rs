//! Feeds arbitrary EventSource manifest envelopes and chunks, and decodes with the result.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::eventsource(data));
