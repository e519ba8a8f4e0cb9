//! Reads arbitrary bytes as a packet-capture event (PktMon packet or component event, NDIS-PacketCapture
//! fragment; the first byte picks it and the keywords) and drives what `etw convert --format pcapng` and
//! `etw netmon` do with it: the frame's headers read, its original length inferred, its interface named, its
//! pcapng blocks encoded, fragments joined. Seeds: `crates/etw-packet/tests/fuzz_seeds/packet_event`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| etw_packet::fuzzing::packet_event(data));
