//! Packet captures in ETL files, for Wireshark and for counting: the frames of Microsoft-Windows-PktMon
//! (`pktmon start --capture`) and Microsoft-Windows-NDIS-PacketCapture (`netsh trace start capture=yes`) as a
//! pcapng file, and the traffic they hold per interface, protocol and endpoint pair.
//!
//! - [`capture`]: which events carry frames and how their payloads are laid out (read by fixed layout, with
//!   bounds-checked reads, whether or not the trace carries its schemas).
//! - [`pcapng`]: the pcapng blocks (section header, interface description, enhanced packet).
//! - [`traffic`]: frames read with `etherparse` (Ethernet, ARP, IPv4, IPv6, TCP, UDP, ICMP) and counted.
//! - [`sink`]: the pipeline sinks: component names (a first pass), the pcapng file, the traffic counts.
//!
//! Everything runs on `etw-pipeline`: workers read and encode the packet events of their chunk, the sink
//! writes them in event order. A packet event whose length field says more than the event holds is written cut
//! to what exists, with a comment saying so, and counted ([`sink::PacketSummary`]); events that are not packets
//! are ignored. `docs/PACKETS.md` in the repository maps events to blocks.
//!
//! ```no_run
//! use etw_packet::sink::{ComponentSink, PcapngSink};
//! use etw_pipeline::{Order, Pipeline};
//!
//! fn main() -> std::io::Result<()> {
//!     let files = ["PktMon.etl"];
//!     // pktmon names its components when the capture stops: read the names first.
//!     let mut names = ComponentSink::default();
//!     Pipeline::new(files).order(Order::File).run(&mut names, |_| {})?;
//!     let out = std::io::BufWriter::new(std::fs::File::create("capture.pcapng")?);
//!     let mut sink = PcapngSink::new(out, names.into_names())?;
//!     Pipeline::new(files).run(&mut sink, |problem| eprintln!("{problem:?}"))?;
//!     println!("{} packets, {} bad packet events", sink.summary().frames, sink.summary().bad_events);
//!     Ok(())
//! }
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod capture;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
pub mod pcapng;
pub mod sink;
pub mod traffic;
