//! Parses arbitrary TraceLogging metadata and decodes an arbitrary payload with it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::tracelogging(data));
