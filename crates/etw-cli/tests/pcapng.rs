//! `etw convert --format pcapng` read back by an independent reader, Wireshark's `tshark`, and `etw netmon`'s
//! packet counts checked against a computation from tshark's own fields: on the corpus capture
//! (`etl/demikernel/PktMon.etl`, whose frames are checked against what `etw dump` decodes with the trace's own
//! event metadata) and on synthetic captures from the test kit (PktMon and NDIS-PacketCapture events, drops, raw
//! IP, a truncated frame, a length field past its payload, fragments to join).
//!
//! tshark comes from `scripts/setup-tshark.sh` (`scripts/test.sh` runs it). Without tshark or the corpus these
//! tests skip on a developer machine and fail under CI (`CI=true`); the Windows check (under Wine) skips them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use etw_testkit::build::{utf16z, BufferBuilder, EtlBuilder, EventRecord};
use etw_testkit::corpus;
use etwkit::{Guid, HeaderKind};
use serde_json::Value;

mod common;
use common::{etw, ok};

const PKTMON: &str = "4d4f80d9-c8bd-4d73-bb5b-19c90402c5ac";
const NDIS: &str = "2ed6006e-4729-4609-b423-3ee7bcd678ef";

/// True when tshark runs; under CI its absence fails the test.
fn tshark() -> bool {
    if cfg!(windows) {
        // The Windows check runs the tests under Wine, where the host's tshark is not at hand.
        eprintln!("skipping: tshark runs on the host, not under Windows");
        return false;
    }
    if Command::new("tshark").arg("--version").output().is_ok_and(|o| o.status.success()) {
        return true;
    }
    if corpus::in_ci() {
        panic!("tshark is missing (CI=true: the pcapng tests must not skip); scripts/setup-tshark.sh installs it");
    }
    eprintln!("skipping: tshark not found (bash scripts/setup-tshark.sh installs it)");
    false
}

fn run_tshark(args: &[&str], file: &Path) -> String {
    let out = Command::new("tshark").arg("-r").arg(file).args(args).output().unwrap();
    assert!(out.status.success(), "tshark {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// What tshark reads of one frame.
#[derive(Debug)]
struct Read {
    /// 100 ns units since 1970.
    time: i64,
    len: u64,
    cap_len: u64,
    interface: String,
    comments: String,
    direction: String,
    bytes: Vec<u8>,
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect()
}

/// "1718050715.489172100" as 100 ns units since 1970.
fn epoch_ticks(s: &str) -> i64 {
    let (secs, frac) = s.split_once('.').unwrap_or((s, "0"));
    let frac = format!("{frac:0<9}");
    secs.parse::<i64>().unwrap() * 10_000_000 + frac[..9].parse::<i64>().unwrap() / 100
}

/// Every frame of a pcapng file, as tshark reads it.
fn tshark_frames(file: &Path) -> Vec<Read> {
    let fields = run_tshark(
        &[
            "-T",
            "fields",
            "-E",
            "separator=/t",
            "-E",
            "aggregator=|",
            "-e",
            "frame.time_epoch",
            "-e",
            "frame.len",
            "-e",
            "frame.cap_len",
            "-e",
            "frame.interface_name",
            "-e",
            "frame.comment",
            "-e",
            "frame.packet_flags_direction",
        ],
        file,
    );
    let json: Value = serde_json::from_str(&run_tshark(&["-T", "json", "-x"], file)).unwrap();
    let raws: Vec<Vec<u8>> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| hex(p["_source"]["layers"]["frame_raw"][0].as_str().unwrap()))
        .collect();
    let rows: Vec<&str> = fields.lines().collect();
    assert_eq!(rows.len(), raws.len());
    rows.iter()
        .zip(raws)
        .map(|(row, bytes)| {
            let f: Vec<&str> = row.split('\t').collect();
            Read {
                time: epoch_ticks(f[0]),
                len: f[1].parse().unwrap(),
                cap_len: f[2].parse().unwrap(),
                interface: f[3].to_owned(),
                comments: f.get(4).unwrap_or(&"").to_string(),
                direction: f.get(5).unwrap_or(&"").to_string(),
                bytes,
            }
        })
        .collect()
}

/// What a frame must be.
#[derive(Debug, Clone)]
struct Want {
    time: i64,
    bytes: Vec<u8>,
    original: u64,
    /// 1 inbound, 2 outbound, 0 unknown.
    direction: u8,
    comment_has: Vec<String>,
}

/// RFC 3339 UTC with up to 7 fraction digits as 100 ns units since 1970.
fn rfc3339_ticks(s: &str) -> i64 {
    let (date, time) = s.trim_end_matches('Z').split_once('T').unwrap();
    let d: Vec<i64> = date.split('-').map(|x| x.parse().unwrap()).collect();
    let (hms, frac) = time.split_once('.').unwrap_or((time, "0"));
    let t: Vec<i64> = hms.split(':').map(|x| x.parse().unwrap()).collect();
    let (y, m) = if d[1] <= 2 { (d[0] - 1, d[1] + 9) } else { (d[0], d[1] - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d[2] - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + t[0] * 3600 + t[1] * 60 + t[2];
    secs * 10_000_000 + format!("{frac:0<7}")[..7].parse::<i64>().unwrap()
}

/// The frames and netmon report `etw` makes of `etl`, checked against `want` and tshark.
fn check_capture(etl: &Path, want: &[Want], expect_exit: i32, tmp: &Path) {
    let pcap = tmp.join("out.pcapng");
    let out = etw().args(["convert", "-q", "--format", "pcapng"]).arg(etl).arg("-o").arg(&pcap).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(expect_exit), "{stderr}");
    let frames = tshark_frames(&pcap);
    assert_eq!(frames.len(), want.len(), "packet count");
    for (i, (got, want)) in frames.iter().zip(want).enumerate() {
        assert_eq!(got.bytes, want.bytes, "frame {i}: bytes");
        assert_eq!(got.time, want.time, "frame {i}: timestamp");
        assert_eq!(got.cap_len, want.bytes.len() as u64, "frame {i}: captured length");
        assert_eq!(got.len, want.original, "frame {i}: original length");
        let dir = match want.direction {
            1 => "0x00000001",
            2 => "0x00000002",
            _ => "",
        };
        assert_eq!(got.direction, dir, "frame {i}: direction");
        for c in &want.comment_has {
            assert!(got.comments.contains(c.as_str()), "frame {i}: comment {:?} lacks {c:?}", got.comments);
        }
        assert!(!got.interface.is_empty(), "frame {i}: an unnamed interface");
    }
    // The same file for any number of threads.
    for threads in ["1", "3"] {
        let again = tmp.join(format!("out-{threads}.pcapng"));
        let o =
            etw().args(["convert", "-q", "--format", "pcapng", "-j", threads]).arg(etl).arg("-o").arg(&again).output();
        assert_eq!(o.unwrap().status.code(), Some(expect_exit));
        assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&pcap).unwrap(), "-j {threads}");
    }
    check_netmon(etl, &pcap);
}

/// netmon's per-protocol and per-endpoint-pair totals equal what tshark's fields of the converted file give.
fn check_netmon(etl: &Path, pcap: &Path) {
    let fields = run_tshark(
        &[
            "-o",
            "ip.defragment:FALSE",
            "-o",
            "ipv6.defragment:FALSE",
            "-T",
            "fields",
            "-E",
            "separator=/t",
            "-E",
            "occurrence=f",
            "-e",
            "frame.len",
            "-e",
            "frame.protocols",
            "-e",
            "ip.src",
            "-e",
            "ip.dst",
            "-e",
            "ipv6.src",
            "-e",
            "ipv6.dst",
            "-e",
            "tcp.srcport",
            "-e",
            "tcp.dstport",
            "-e",
            "udp.srcport",
            "-e",
            "udp.dstport",
            "-e",
            "eth.src",
            "-e",
            "eth.dst",
        ],
        pcap,
    );
    let mut protocols: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut pairs: BTreeMap<(String, String, String), (u64, u64)> = BTreeMap::new();
    let mut total = (0u64, 0u64);
    for row in fields.lines() {
        let f: Vec<&str> = row.split('\t').collect();
        let len: u64 = f[0].parse().unwrap();
        total = (total.0 + 1, total.1 + len);
        let layers: Vec<&str> = f[1].split(':').collect();
        let proto = layers.iter().find_map(|l| match *l {
            "tcp" => Some("TCP"),
            "udp" => Some("UDP"),
            "icmp" => Some("ICMP"),
            "icmpv6" => Some("ICMPv6"),
            "arp" => Some("ARP"),
            _ => None,
        });
        let Some(proto) = proto else { continue };
        let (src, dst) = if !f[2].is_empty() {
            (f[2].to_owned(), f[3].to_owned())
        } else {
            (format!("[{}]", f[4]), format!("[{}]", f[5]))
        };
        let (a, b) = match proto {
            "TCP" => (format!("{src}:{}", f[6]), format!("{dst}:{}", f[7])),
            "UDP" => (format!("{src}:{}", f[8]), format!("{dst}:{}", f[9])),
            "ICMP" | "ICMPv6" => (src.trim_matches(['[', ']']).to_owned(), dst.trim_matches(['[', ']']).to_owned()),
            _ => (f[10].to_owned(), f[11].to_owned()),
        };
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let e = protocols.entry(proto.to_owned()).or_default();
        *e = (e.0 + 1, e.1 + len);
        let e = pairs.entry((proto.to_owned(), a, b)).or_default();
        *e = (e.0 + 1, e.1 + len);
    }
    let out = etw().args(["netmon", "-q", "--json", "--top", "100000"]).arg(etl).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &report["packets"];
    assert_eq!((p["frames"].as_u64().unwrap(), p["bytes"].as_u64().unwrap()), total, "netmon totals");
    let ours: BTreeMap<String, (u64, u64)> = p["protocols"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| protocols.contains_key(r["name"].as_str().unwrap()))
        .map(|r| {
            (r["name"].as_str().unwrap().to_owned(), (r["frames"].as_u64().unwrap(), r["bytes"].as_u64().unwrap()))
        })
        .collect();
    assert_eq!(ours, protocols, "per protocol");
    let ours: BTreeMap<(String, String, String), (u64, u64)> = p["top_pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| protocols.contains_key(r["protocol"].as_str().unwrap()))
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap().to_owned();
            ((s("protocol"), s("a"), s("b")), (r["frames"].as_u64().unwrap(), r["bytes"].as_u64().unwrap()))
        })
        .collect();
    assert_eq!(ours, pairs, "per endpoint pair");
}

fn scratch(name: &str) -> PathBuf {
    common::scratch("pcapng", name)
}

#[test]
fn corpus_pktmon_capture_reads_back_in_tshark() {
    let Some(dir) = corpus::require() else { return };
    if !tshark() {
        return;
    }
    let etl = dir.join("etl/demikernel/PktMon.etl");
    // The frames as the trace's own event metadata decodes them (not the layout etw-packet reads).
    let out = ok(etw()
        .args([
            "dump",
            "-q",
            "--where",
            "provider == \"Microsoft-Windows-PktMon\" && (id == 160 || id == 170 || id == 240)",
        ])
        .arg(&etl)
        .output()
        .unwrap());
    let want: Vec<Want> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let p = &v["properties"];
            assert_eq!(v["decoded_by"], "event-metadata");
            let bytes = hex(p["Payload"].as_str().unwrap());
            assert_eq!(bytes.len() as u64, p["LoggedPayloadSize"].as_u64().unwrap());
            Want {
                time: rfc3339_ticks(v["timestamp"].as_str().unwrap()),
                bytes,
                original: p["OriginalPayloadSize"].as_u64().unwrap(),
                direction: match p["DirTag"].as_str() {
                    Some("Rx") => 1,
                    Some("Tx") => 2,
                    _ => 0,
                },
                comment_has: vec![
                    format!("PktMon component {}, edge {}", p["ComponentId"], p["EdgeId"]),
                    format!("PktGroupId {}", p["PktGroupId"]),
                ],
            }
        })
        .collect();
    assert_eq!(want.len(), 114, "the corpus capture's packet events");
    let tmp = scratch("corpus");
    check_capture(&etl, &want, 0, &tmp);
    // Interfaces are named after the components, from the component events at the end of the capture.
    let names = run_tshark(&["-T", "fields", "-e", "frame.interface_name"], &tmp.join("out.pcapng"));
    assert!(names.contains("Microsoft Hyper-V Network Adapter #3 (PktMon component 59)"), "{names}");
    let _ = std::fs::remove_dir_all(&tmp);
}

fn eth(ether_type: u16, rest: &[u8]) -> Vec<u8> {
    let mut f = vec![0x00, 0x15, 0x5d, 0x01, 0x02, 0x03, 0x00, 0x15, 0x5d, 0x0a, 0x0b, 0x0c];
    f.extend_from_slice(&ether_type.to_be_bytes());
    f.extend_from_slice(rest);
    f
}

fn ipv4(proto: u8, src: [u8; 4], dst: [u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut h = vec![0x45, 0, 0, 0, 0x12, 0x34, 0x40, 0, 64, proto, 0, 0];
    h[2..4].copy_from_slice(&((20 + payload.len()) as u16).to_be_bytes());
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    h.extend_from_slice(payload);
    h
}

fn ipv6_udp(src_last: u8, sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let mut udp = Vec::new();
    udp.extend_from_slice(&sport.to_be_bytes());
    udp.extend_from_slice(&dport.to_be_bytes());
    udp.extend_from_slice(&((8 + data.len()) as u16).to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(data);
    let mut h = vec![0x60, 0, 0, 0];
    h.extend_from_slice(&(udp.len() as u16).to_be_bytes());
    h.extend_from_slice(&[17, 64]);
    let mut a = [0u8; 16];
    a[0] = 0xfe;
    a[1] = 0x80;
    a[15] = src_last;
    h.extend_from_slice(&a);
    a[15] = 0x99;
    h.extend_from_slice(&a);
    h.extend_from_slice(&udp);
    h
}

fn tcp(sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(&sport.to_be_bytes());
    t.extend_from_slice(&dport.to_be_bytes());
    t.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff, 0, 0, 0, 0]);
    t.extend_from_slice(data);
    t
}

fn udp4(sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let mut u = Vec::new();
    u.extend_from_slice(&sport.to_be_bytes());
    u.extend_from_slice(&dport.to_be_bytes());
    u.extend_from_slice(&((8 + data.len()) as u16).to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(data);
    u
}

fn arp() -> Vec<u8> {
    let mut a = vec![0, 1, 8, 0, 6, 4, 0, 1];
    a.extend_from_slice(&[0x00, 0x15, 0x5d, 0x0a, 0x0b, 0x0c, 10, 0, 0, 1]);
    a.extend_from_slice(&[0, 0, 0, 0, 0, 0, 10, 0, 0, 2]);
    a
}

/// A PktMon packet event's payload.
#[allow(clippy::too_many_arguments)]
fn pktmon_payload(dir: u16, ptype: u16, comp: u16, drop: u32, original: u16, logged: u16, frame: &[u8]) -> Vec<u8> {
    let mut p = Vec::new();
    p.extend_from_slice(&(0x1000 + u64::from(comp)).to_le_bytes());
    for v in [1u16, 1, dir, ptype, comp, 1, 2] {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&drop.to_le_bytes());
    p.extend_from_slice(&0x1234u32.to_le_bytes());
    p.extend_from_slice(&original.to_le_bytes());
    p.extend_from_slice(&logged.to_le_bytes());
    p.extend_from_slice(frame);
    p
}

fn ndis_payload(miniport: u32, lower: u32, frame: &[u8]) -> Vec<u8> {
    let mut p = Vec::new();
    for v in [miniport, lower, frame.len() as u32] {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(frame);
    p
}

const KW_START: u64 = 0x4000_0000;
const KW_END: u64 = 0x8000_0000;
const KW_SEND: u64 = 0x1_0000_0000;
const KW_RECV: u64 = 0x2_0000_0000;

#[test]
fn synthetic_captures_read_back_in_tshark() {
    if !tshark() {
        return;
    }
    let pktmon: Guid = PKTMON.parse().unwrap();
    let ndis: Guid = NDIS.parse().unwrap();
    let other: Guid = "7dd42a49-5329-4832-8dfd-43d979153a88".parse().unwrap();

    let tcp4 = eth(0x0800, &ipv4(6, [10, 0, 0, 1], [10, 0, 0, 2], &tcp(49_152, 443, b"hello")));
    let udp6 = eth(0x86dd, &ipv6_udp(1, 5353, 5353, b"mdns"));
    let arp = eth(0x0806, &arp());
    let dropped = eth(0x0800, &ipv4(17, [10, 0, 0, 2], [10, 0, 0, 1], &udp4(53, 50_000, &[0; 12])));
    let raw_icmp = ipv4(1, [192, 168, 1, 1], [192, 168, 1, 7], &[8, 0, 0, 0, 0, 1, 0, 1]);
    let big = eth(0x0800, &ipv4(6, [10, 0, 0, 1], [10, 0, 0, 3], &tcp(49_153, 80, &[0x41; 1400])));
    let cut = &big[..60];
    let bad_frame = eth(0x0800, &ipv4(17, [10, 0, 0, 1], [10, 0, 0, 9], &udp4(1000, 2000, &[7; 38])));
    let ndis_tcp = eth(0x0800, &ipv4(6, [172, 16, 0, 5], [172, 16, 0, 6], &tcp(3389, 50_001, &[1; 30])));
    let ndis_joined = eth(0x0800, &ipv4(17, [172, 16, 0, 6], [172, 16, 0, 5], &udp4(123, 123, &[2; 48])));
    // An 802.11 data frame (to DS) with the Protected flag set, as ndiscap logs decrypted frames.
    let mut wifi = vec![0x08, 0x41, 0, 0];
    wifi.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x15, 0x5d, 0x0a, 0x0b, 0x0c]);
    wifi.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x66, 0x10, 0x00]);
    wifi.extend_from_slice(&[0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00]);
    wifi.extend_from_slice(&ipv4(17, [192, 168, 5, 2], [192, 168, 5, 1], &udp4(5000, 6000, &[3; 10])));
    let mut wifi_clear = wifi.clone();
    wifi_clear[1] = 0x01;

    let mut events: Vec<(u16, Guid, u64, u32, Vec<u8>)> = vec![
        (160, pktmon, 0x10, 4242, pktmon_payload(4, 1, 5, 0, tcp4.len() as u16, tcp4.len() as u16, &tcp4)),
        (160, pktmon, 0x10, 0, pktmon_payload(3, 1, 6, 0, udp6.len() as u16, udp6.len() as u16, &udp6)),
        (160, pktmon, 0x10, 0, pktmon_payload(3, 1, 5, 0, arp.len() as u16, arp.len() as u16, &arp)),
        (170, pktmon, 0x10, 0, pktmon_payload(3, 1, 6, 25, dropped.len() as u16, dropped.len() as u16, &dropped)),
        (160, pktmon, 0x10, 0, pktmon_payload(4, 3, 7, 0, raw_icmp.len() as u16, raw_icmp.len() as u16, &raw_icmp)),
        (160, pktmon, 0x10, 0, pktmon_payload(4, 1, 5, 0, big.len() as u16, 60, cut)),
        // The length field says 200 bytes; the event holds 80.
        (160, pktmon, 0x10, 0, pktmon_payload(4, 1, 5, 0, 200, 200, &bad_frame)),
        (7, other, 0, 0, vec![1, 2, 3]),
        (1001, ndis, KW_START | KW_END | KW_SEND, 0, ndis_payload(11, 12, &ndis_tcp)),
        (1001, ndis, KW_START | KW_RECV, 0, ndis_payload(11, 11, &ndis_joined[..30])),
        (1001, ndis, KW_RECV, 0, ndis_payload(11, 11, &ndis_joined[30..50])),
        (1001, ndis, KW_END | KW_RECV, 0, ndis_payload(11, 11, &ndis_joined[50..])),
        (1001, ndis, KW_START | KW_END | KW_SEND | 0x1_0000, 77, ndis_payload(13, 13, &wifi)),
    ];
    // Component names come at the end, as pktmon writes them.
    for (id, name, description) in [(5u16, "netvsc.sys", "Synthetic Adapter"), (6, "tcpip.sys", "TCP/IPv6 - L2")] {
        let mut p = id.to_le_bytes().to_vec();
        p.extend_from_slice(&2u16.to_le_bytes());
        p.extend_from_slice(&utf16z(name));
        p.extend_from_slice(&utf16z(description));
        events.push((20, pktmon, 0x2, 0, p));
    }
    let mut buffer = BufferBuilder::new();
    for (i, (id, provider, keywords, pid, payload)) in events.iter().enumerate() {
        buffer = buffer.record(
            EventRecord::new(HeaderKind::EVENT_HEADER64, *provider)
                .id(*id)
                .keywords(*keywords)
                .process_id(*pid)
                .timestamp(5_000_000 + 1_000 * i as i64)
                .payload(payload.clone()),
        );
    }
    let tmp = scratch("synthetic");
    let etl = tmp.join("capture.etl");
    std::fs::write(&etl, EtlBuilder::new().buffer(buffer).build()).unwrap();

    // The events' times, as `etw dump` gives them.
    let out = etw().args(["dump", "-q", "--raw"]).arg(&etl).output().unwrap();
    let times: Vec<i64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["provider"]["guid"] != other.to_string() && v["header_kind"] == "EVENT_HEADER64")
        .map(|v| rfc3339_ticks(v["timestamp"].as_str().unwrap()))
        .collect();
    assert_eq!(times.len(), events.len() - 1);
    let w = |i: usize, bytes: &[u8], original: usize, direction: u8, comment_has: &[&str]| Want {
        time: times[i],
        bytes: bytes.to_vec(),
        original: original as u64,
        direction,
        comment_has: comment_has.iter().map(|s| s.to_string()).collect(),
    };
    let want = vec![
        w(0, &tcp4, tcp4.len(), 2, &["PktMon component 5, edge 1, Tx", "process id 4242"]),
        w(1, &udp6, udp6.len(), 1, &["PktMon component 6"]),
        w(2, &arp, arp.len(), 1, &["Rx"]),
        w(3, &dropped, dropped.len(), 1, &["dropped: drop reason 25, drop location 0x00001234"]),
        w(4, &raw_icmp, raw_icmp.len(), 2, &["PktMon component 7"]),
        w(5, cut, big.len(), 2, &[]),
        w(6, &bad_frame, 200, 2, &["length field says 200 bytes, the event holds 80: truncated to what exists"]),
        w(7, &ndis_tcp, ndis_tcp.len(), 2, &[]),
        // Three fragments, one packet, at the time of the last.
        w(10, &ndis_joined, ndis_joined.len(), 1, &[]),
        w(11, &wifi_clear, wifi.len(), 2, &["802.11 Protected flag cleared", "process id 77"]),
    ];
    // The bad event makes the exit status 2, as damage does; the file is written all the same.
    check_capture(&etl, &want, 2, &tmp);
    let out =
        etw().args(["convert", "--format", "pcapng"]).arg(&etl).arg("-o").arg(tmp.join("x.pcapng")).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 bad packet events in total"), "{stderr}");
    assert!(stderr.contains("record at +0x"), "the bad event's place: {stderr}");
    assert!(stderr.contains("wrote 10 packets on 6 interfaces"), "{stderr}");

    let names = run_tshark(
        &["-T", "fields", "-e", "frame.interface_name", "-e", "frame.interface_description"],
        &tmp.join("out.pcapng"),
    );
    assert!(names.contains("Synthetic Adapter (PktMon component 5)"), "{names}");
    assert!(names.contains("PktMon component 7 [raw-ip]"), "{names}");
    assert!(names.contains("ifIndex 12 (filter over ifIndex 11)"), "{names}");
    let encaps = run_tshark(&["-T", "fields", "-e", "frame.encap_type"], &tmp.join("out.pcapng"));
    assert_eq!(encaps.lines().filter(|l| *l == "7").count(), 1, "one raw IP frame: {encaps}");
    assert_eq!(encaps.lines().filter(|l| *l == "20").count(), 1, "one 802.11 frame: {encaps}");
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn a_trace_without_packets_makes_an_empty_capture() {
    if !tshark() {
        return;
    }
    let tmp = scratch("empty");
    let etl = tmp.join("none.etl");
    let other: Guid = "7dd42a49-5329-4832-8dfd-43d979153a88".parse().unwrap();
    let buffer =
        BufferBuilder::new().record(EventRecord::new(HeaderKind::EVENT_HEADER64, other).id(10).payload(vec![0; 8]));
    std::fs::write(&etl, EtlBuilder::new().buffer(buffer).build()).unwrap();
    let pcap = tmp.join("none.pcapng");
    ok(etw().args(["convert", "-q", "--format", "pcapng"]).arg(&etl).arg("-o").arg(&pcap).output().unwrap());
    assert_eq!(tshark_frames(&pcap).len(), 0);
    // -o is a file for pcapng: a directory is refused before anything is read.
    let out = etw().args(["convert", "-q", "--format", "pcapng"]).arg(&etl).arg("-o").arg(&tmp).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is a directory"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // netmon says nothing about packets for a trace without them.
    let out = ok(etw().args(["netmon", "--json"]).arg(&etl).output().unwrap());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report.get("packets").is_none(), "{report}");
    let _ = std::fs::remove_dir_all(&tmp);
}
