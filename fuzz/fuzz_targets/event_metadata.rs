//! Parses arbitrary bytes as embedded TRACE_EVENT_INFO / EVENT_MAP_INFO blobs and decodes with them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::fuzzing::event_metadata(data));
