//! Parses arbitrary text as an instrumentation manifest and decodes payloads with its schemas.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::manifest(data));
