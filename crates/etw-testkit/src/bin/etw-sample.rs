//! Writes a small synthetic ETL file: `etw-sample OUT.etl`.
//!
//! The trace is made by the test kit, not recorded on Windows. It has what a real mixed trace has: a 64-bit
//! logfile header with a 10 MHz QPC clock, buffers from four processors (one of them compressed), kernel
//! process and TCP/IP events (SYSTEM64 and PERFINFO64 records), Microsoft-Windows-Kernel-Network TCP send and
//! receive events (EVENT_HEADER64), a TraceLogging event naming its provider, a classic MOF event and a WPP
//! message.

#![allow(clippy::indexing_slicing)] // a generator of fixed test data, not a reader of input

use std::process::ExitCode;

use etw_core::{Guid, HeaderKind, HookId, KernelGroup, Level};
use etw_testkit::build::utf16z;
use etw_testkit::build::{BufferBuilder, ClassicRecord, EtlBuilder, EventRecord, ExtItem, KernelRecord, MessageRecord};

const KERNEL_NETWORK: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
const SAMPLE_TRACELOGGING: Guid = Guid::parse_const("3b1e2f6a-8c0d-5f42-9a1b-6c7d8e9f0a1b");
const SAMPLE_CLASSIC: Guid = Guid::parse_const("d2f5a7c1-4e3b-4a9d-8c6f-1b2a3c4d5e6f");
const SAMPLE_WPP: Guid = Guid::parse_const("9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b");

/// Session start: 2026-11-24T12:00:00Z, and the QPC reading at that moment.
const START_FILETIME: i64 = 134_399_952_000_000_000;
const START_QPC: i64 = 50_000_000_000;

fn qpc(ms: i64) -> i64 {
    START_QPC + ms * 10_000
}

/// A Kernel-Network TCP event payload (IPv4): PID, size, daddr, saddr, dport, sport, then start/end time,
/// sequence number and connection id.
fn tcp_payload(pid: u32, size: u32, daddr: [u8; 4], saddr: [u8; 4], dport: u16, sport: u16, seq: u32) -> Vec<u8> {
    let mut p = Vec::new();
    p.extend_from_slice(&pid.to_le_bytes());
    p.extend_from_slice(&size.to_le_bytes());
    p.extend_from_slice(&daddr);
    p.extend_from_slice(&saddr);
    p.extend_from_slice(&dport.to_be_bytes());
    p.extend_from_slice(&sport.to_be_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(&seq.to_le_bytes());
    p.extend_from_slice(&0xffff_a000_0000_1000u64.to_le_bytes());
    p
}

/// Process start (hook 0x0301) payload, shortened: unique key, pid, parent pid, session, exit status.
fn process_payload(pid: u32, parent: u32, image: &str) -> Vec<u8> {
    let mut p = Vec::new();
    p.extend_from_slice(&0xffff_b000_0000_0000u64.to_le_bytes());
    p.extend_from_slice(&pid.to_le_bytes());
    p.extend_from_slice(&parent.to_le_bytes());
    p.extend_from_slice(&1u32.to_le_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(image.as_bytes());
    p.push(0);
    p
}

/// TraceLogging metadata for an event "RequestDone" with fields Url (UTF-16 string) and Status (INT32).
fn tracelogging_metadata() -> Vec<u8> {
    let mut m = vec![0u8, 0, 0];
    m.extend_from_slice(b"RequestDone\0");
    m.extend_from_slice(b"Url\0");
    m.push(1); // TlgInUNICODESTRING
    m.extend_from_slice(b"Status\0");
    m.push(7); // TlgInINT32
    let len = m.len() as u16;
    m[..2].copy_from_slice(&len.to_le_bytes());
    m
}

fn network_events(cpu: u8, base_ms: i64, n: u32) -> Vec<EventRecord> {
    (0..n)
        .map(|i| {
            let send = i % 3 != 2;
            let pid = [4312, 1208, 4312][(i % 3) as usize];
            EventRecord::new(HeaderKind::EVENT_HEADER64, KERNEL_NETWORK)
                .id(if send { 10 } else { 11 })
                .task(if send { 10 } else { 11 })
                .level(Level::INFORMATION)
                .keywords(0x8000_0000_0000_0010)
                .process_id(pid)
                .thread_id(pid + 8)
                .timestamp(qpc(base_ms + i64::from(i) * 7 + i64::from(cpu)))
                .payload(tcp_payload(pid, 512 + 97 * i, [10, 0, 0, 7], [10, 0, 0, 5], 443, 50_000 + cpu as u16, i))
        })
        .collect()
}

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: etw-sample OUT.etl");
        return ExitCode::from(2);
    };
    let file = EtlBuilder::new()
        .buffer_size(64 * 1024)
        .logfile(|h| {
            h.logger_name = "etwkit-sample".into();
            h.log_file_name = "C:\\traces\\etwkit-sample.etl".into();
            h.number_of_processors = 4;
            h.start_time = START_FILETIME;
            h.end_time = START_FILETIME + 20_000_000;
            h.perf_freq = 10_000_000;
            h.record_timestamp = START_QPC;
        })
        .buffer(
            BufferBuilder::new()
                .processor(0)
                .record(
                    KernelRecord::system64(HookId::new(KernelGroup::PROCESS, 1))
                        .process_id(4312)
                        .thread_id(4320)
                        .timestamp(qpc(1))
                        .payload(process_payload(4312, 900, "curl.exe")),
                )
                .records(network_events(0, 5, 40))
                .record(
                    KernelRecord::perfinfo64(HookId::new(KernelGroup::TCPIP, 10))
                        .timestamp(qpc(400))
                        .payload(tcp_payload(4312, 1460, [10, 0, 0, 7], [10, 0, 0, 5], 443, 50_000, 1)),
                ),
        )
        .buffer(
            BufferBuilder::new().processor(1).records(network_events(1, 3, 30)).record(
                ClassicRecord::new(HeaderKind::FULL_HEADER64, SAMPLE_CLASSIC)
                    .event_type(1)
                    .level(Level::INFORMATION)
                    .process_id(1208)
                    .thread_id(1300)
                    .timestamp(qpc(250))
                    .payload(utf16z("classic MOF event payload")),
            ),
        )
        .buffer(
            BufferBuilder::new()
                .processor(2)
                .record(
                    EventRecord::new(HeaderKind::EVENT_HEADER64, SAMPLE_TRACELOGGING)
                        .channel(11)
                        .level(Level::VERBOSE)
                        .process_id(1208)
                        .thread_id(1212)
                        .timestamp(qpc(120))
                        .ext(ExtItem::provider_traits("Contoso.Sample.Web", &[]))
                        .ext(ExtItem::tracelogging_schema(tracelogging_metadata()))
                        .payload([utf16z("https://example.test/"), 200i32.to_le_bytes().to_vec()].concat()),
                )
                .record(
                    MessageRecord::new(12)
                        .sequence(1)
                        .guid(SAMPLE_WPP)
                        .timestamp(qpc(130))
                        .system_info(1212, 1208)
                        .payload(42u32.to_le_bytes().to_vec()),
                ),
        )
        .buffer(BufferBuilder::new().processor(3).records(network_events(3, 11, 60)).compressed())
        .build();
    if let Err(e) = std::fs::write(&out, &file) {
        eprintln!("etw-sample: cannot write {}: {e}", out.to_string_lossy());
        return ExitCode::from(2);
    }
    eprintln!("wrote {} ({} bytes, synthetic)", out.to_string_lossy(), file.len());
    ExitCode::SUCCESS
}
