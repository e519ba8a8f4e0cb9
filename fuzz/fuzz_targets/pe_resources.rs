//! Reads arbitrary bytes as a PE file: resource tree, MESSAGETABLE and WEVT_TEMPLATE.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_store::pe::fuzz(data));
