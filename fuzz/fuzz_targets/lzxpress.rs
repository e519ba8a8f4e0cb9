//! Decompresses arbitrary bytes as LZXpress with several output limits.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_testkit::fuzz::lzxpress(data));
