//! Writes a synthetic ETL file of any size, for memory and throughput measurements on inputs larger than any
//! real trace at hand: `etw-large [--size 3G] [--packets] OUT.etl`.
//!
//! With `--packets` the buffers hold a PktMon packet capture instead (what `etw convert --format pcapng` reads):
//! Microsoft-Windows-PktMon packet events (id 160) carrying Ethernet/IPv4/TCP frames of 60 to 1,514 bytes, each
//! packet logged at four components in turn, and the components' names (id 20) in the first buffer.
//!
//! The file is made by the test kit, never recorded on Windows, and is not meant to be committed: write it under
//! `target/`. It is a 64-bit session with a 10 MHz QPC clock and 64 KiB buffers, round-robin over four
//! processors, each buffer filled with a mix like a network trace's: Microsoft-Windows-Kernel-Network TCP
//! send/receive events (EVENT_HEADER64, decoded by the built-in schemas), kernel TCP/IP and process records
//! (PERFINFO64 / SYSTEM64, decoded by the kernel MOF schemas), and a TraceLogging event that carries its own
//! metadata and provider name. Timestamps rise on every processor, so both file order and time order walk it.
//!
//! The buffers are made while the file is written (`VirtualFile`), so writing takes little memory; the file
//! appears under its name only when complete.

#![allow(clippy::indexing_slicing)] // a generator of fixed test data, not a reader of input

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use etw_core::{Guid, HeaderKind, HookId, KernelGroup, Level};
use etw_testkit::build::utf16z;
use etw_testkit::build::{BufferBuilder, EtlBuilder, EventRecord, ExtItem, KernelRecord};

const PKTMON: Guid = Guid::parse_const("4d4f80d9-c8bd-4d73-bb5b-19c90402c5ac");
const KERNEL_NETWORK: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
const SAMPLE_TRACELOGGING: Guid = Guid::parse_const("3b1e2f6a-8c0d-5f42-9a1b-6c7d8e9f0a1b");

const BUFFER_SIZE: u32 = 64 * 1024;
const START_FILETIME: i64 = 134_399_952_000_000_000;
const START_QPC: i64 = 50_000_000_000;
/// Room kept free at the end of a buffer: more than the largest record made here.
const MARGIN: u32 = 512;
/// The same for packet buffers (a 1,514-byte frame and its fields).
const PACKET_MARGIN: u32 = 1700;

/// An Ethernet/IPv4/TCP frame of `len` bytes (at least 54).
fn tcp_frame(len: usize, n: u64) -> Vec<u8> {
    let mut f = vec![0x00, 0x15, 0x5d, 1, 2, 3, 0x00, 0x15, 0x5d, 4, 5, 6, 0x08, 0x00];
    let ip_len = (len - 14) as u16;
    f.extend_from_slice(&[0x45, 0, (ip_len >> 8) as u8, ip_len as u8, 0, 0, 0x40, 0, 64, 6, 0, 0]);
    f.extend_from_slice(&[10, 0, 0, 5, 10, 0, (n % 7) as u8, 7]);
    f.extend_from_slice(&(50_000 + (n % 50) as u16).to_be_bytes());
    f.extend_from_slice(&443u16.to_be_bytes());
    f.extend_from_slice(&(n as u32).to_be_bytes());
    f.extend_from_slice(&[0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff, 0, 0, 0, 0]);
    f.resize(len, 0x61);
    f
}

/// Packet buffer `i`: PktMon packet events, each packet at four components; the component names first.
fn packet_buffer(i: u64) -> BufferBuilder {
    let cpu = (i % 4) as u8;
    let mut b = BufferBuilder::new().processor(cpu);
    if i == 0 {
        for (id, name) in [(1u16, "Synthetic Adapter"), (2, "Filter A"), (3, "Filter B"), (4, "TCPIP")] {
            let mut p = id.to_le_bytes().to_vec();
            p.extend_from_slice(&2u16.to_le_bytes());
            p.extend_from_slice(&utf16z("synthetic.sys"));
            p.extend_from_slice(&utf16z(name));
            b.push(
                EventRecord::new(HeaderKind::EVENT_HEADER64, PKTMON).id(20).keywords(2).timestamp(START_QPC).payload(p),
            );
        }
    }
    let mut j: u64 = 0;
    while b.next_record_offset() + PACKET_MARGIN < BUFFER_SIZE {
        let n = i * 1000 + j;
        let packet = n / 4;
        let len = [60usize, 590, 1514, 120, 1514, 66][(packet % 6) as usize];
        let frame = tcp_frame(len, packet);
        let mut p = (0x10_0000 + packet).to_le_bytes().to_vec();
        let component = 1 + (n % 4) as u16;
        for v in [1u16, 1 + (n % 4) as u16, 4, 1, component, 1, 1] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(&[0; 8]);
        p.extend_from_slice(&(len as u16).to_le_bytes());
        p.extend_from_slice(&(len as u16).to_le_bytes());
        p.extend_from_slice(&frame);
        let ts = START_QPC + (n as i64) * 3 + i64::from(cpu);
        b.push(
            EventRecord::new(HeaderKind::EVENT_HEADER64, PKTMON)
                .id(160)
                .level(Level::INFORMATION)
                .keywords(0x10)
                .timestamp(ts)
                .payload(p),
        );
        j += 1;
    }
    b
}

fn tcp_payload(pid: u32, size: u32, daddr: [u8; 4], sport: u16, seq: u32) -> Vec<u8> {
    let mut p = Vec::with_capacity(36);
    p.extend_from_slice(&pid.to_le_bytes());
    p.extend_from_slice(&size.to_le_bytes());
    p.extend_from_slice(&daddr);
    p.extend_from_slice(&[10, 0, 0, 5]);
    p.extend_from_slice(&443u16.to_be_bytes());
    p.extend_from_slice(&sport.to_be_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(&seq.to_le_bytes());
    p.extend_from_slice(&0xffff_a000_0000_1000u64.to_le_bytes());
    p
}

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
    m.push(1);
    m.extend_from_slice(b"Status\0");
    m.push(7);
    let len = m.len() as u16;
    m[..2].copy_from_slice(&len.to_le_bytes());
    m
}

/// Buffer `i`: processor `i % 4`, filled with records whose timestamps continue those of the processor's
/// previous buffer.
fn buffer(i: u64) -> BufferBuilder {
    let cpu = (i % 4) as u8;
    let mut b = BufferBuilder::new().processor(cpu);
    let mut j: u64 = 0;
    while b.next_record_offset() + MARGIN < BUFFER_SIZE {
        let n = i * 1000 + j;
        let ts = START_QPC + (n as i64) * 3 + i64::from(cpu);
        let pid = [4312u32, 1208, 9100, 4][(n % 4) as usize];
        let seq = n as u32;
        match j % 16 {
            0 => {
                b.push(
                    EventRecord::new(HeaderKind::EVENT_HEADER64, SAMPLE_TRACELOGGING)
                        .channel(11)
                        .level(Level::VERBOSE)
                        .process_id(pid)
                        .thread_id(pid + 4)
                        .timestamp(ts)
                        .ext(ExtItem::provider_traits("Contoso.Sample.Web", &[]))
                        .ext(ExtItem::tracelogging_schema(tracelogging_metadata()))
                        .payload(
                            [
                                utf16z("https://example.test/api/items"),
                                (200i32 + (n % 3) as i32).to_le_bytes().to_vec(),
                            ]
                            .concat(),
                        ),
                );
            }
            1 => {
                b.push(
                    KernelRecord::perfinfo64(HookId::new(KernelGroup::TCPIP, 10))
                        .process_id(pid)
                        .thread_id(pid + 4)
                        .timestamp(ts)
                        .payload(tcp_payload(pid, 1460, [10, 0, 0, 7], 50_000 + cpu as u16, seq)),
                );
            }
            2 if j % 64 == 2 => {
                b.push(
                    KernelRecord::system64(HookId::new(KernelGroup::PROCESS, 1))
                        .process_id(pid)
                        .thread_id(pid + 4)
                        .timestamp(ts)
                        .payload(process_payload(pid, 900, "curl.exe")),
                );
            }
            _ => {
                let send = j % 3 != 2;
                b.push(
                    EventRecord::new(HeaderKind::EVENT_HEADER64, KERNEL_NETWORK)
                        .id(if send { 10 } else { 11 })
                        .task(if send { 10 } else { 11 })
                        .level(Level::INFORMATION)
                        .keywords(0x8000_0000_0000_0010)
                        .process_id(pid)
                        .thread_id(pid + 8)
                        .timestamp(ts)
                        .payload(tcp_payload(
                            pid,
                            512 + (n % 1000) as u32,
                            [10, 0, (n % 7) as u8, 7],
                            50_000 + cpu as u16,
                            seq,
                        )),
                );
            }
        }
        j += 1;
    }
    b
}

/// `3G`, `500M`, `64K` or a number of bytes.
fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()?.to_ascii_uppercase() {
        'G' => (&s[..s.len() - 1], 1u64 << 30),
        'M' => (&s[..s.len() - 1], 1 << 20),
        'K' => (&s[..s.len() - 1], 1 << 10),
        _ => (s, 1),
    };
    num.parse::<u64>().ok()?.checked_mul(mult)
}

fn main() -> ExitCode {
    let mut size = 3u64 << 30;
    let mut out: Option<PathBuf> = None;
    let mut packets = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--packets" {
            packets = true;
        } else if a == "--size" {
            match args.next().as_deref().and_then(parse_size) {
                Some(s) => size = s,
                None => {
                    eprintln!("etw-large: --size takes a size such as 3G, 500M or 1048576");
                    return ExitCode::from(2);
                }
            }
        } else if out.is_none() {
            out = Some(PathBuf::from(a));
        } else {
            eprintln!("usage: etw-large [--size 3G] [--packets] OUT.etl");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("usage: etw-large [--size 3G] [--packets] OUT.etl");
        return ExitCode::from(2);
    };
    let count = (size / u64::from(BUFFER_SIZE)).saturating_sub(1).max(1);
    let mut file = EtlBuilder::new()
        .buffer_size(BUFFER_SIZE)
        .logfile(|h| {
            h.logger_name = "etwkit-large".into();
            h.log_file_name = "C:\\traces\\etwkit-large.etl".into();
            h.number_of_processors = 4;
            h.start_time = START_FILETIME;
            h.end_time = START_FILETIME + (count as i64) * 3000;
            h.perf_freq = 10_000_000;
            h.record_timestamp = START_QPC;
        })
        .virtual_file(count, if packets { packet_buffer } else { buffer });
    let len = file.len();
    let mut partial = out.clone().into_os_string();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let written = File::create(&partial).and_then(|f| {
        let mut w = BufWriter::with_capacity(1 << 20, f);
        std::io::copy(&mut file, &mut w)?;
        w.flush()?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&partial, &out)) {
        eprintln!("etw-large: cannot write {}: {e}", out.display());
        let _ = std::fs::remove_file(&partial);
        return ExitCode::from(2);
    }
    eprintln!("wrote {} ({len} bytes, {} buffers of 64 KiB, synthetic)", out.display(), count + 1);
    ExitCode::SUCCESS
}
