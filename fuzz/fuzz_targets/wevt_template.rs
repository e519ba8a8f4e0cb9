//! Parses arbitrary bytes as a WEVT_TEMPLATE resource (CRIM blob) and decodes them with the schemas it yields.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_store::wevt::fuzz(data));
