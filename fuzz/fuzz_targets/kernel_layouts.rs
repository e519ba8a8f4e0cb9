//! Decodes arbitrary payloads with the built-in kernel MOF layouts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::kernel_layouts(data));
