//! Reads arbitrary bytes as a SOFTWARE registry hive and walks its WINEVT publishers.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_store::hive::fuzz(data));
