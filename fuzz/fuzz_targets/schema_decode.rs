//! Decodes an arbitrary payload with an arbitrary schema.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::decode_any(data));
