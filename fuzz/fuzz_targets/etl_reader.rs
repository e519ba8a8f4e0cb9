//! Reads arbitrary bytes as an ETL file in file order, buffer by buffer, and in timestamp order.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_testkit::fuzz::etl_reader(data));
