//! Reads arbitrary bytes as a schema store file (and as its body, past the hash check).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_store::format::fuzz(data));
