//! Decodes arbitrary payloads with the built-in schemas (.NET runtime, Windows providers): the first two bytes
//! pick the event.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_schema::sources::builtin::fuzz(data));
