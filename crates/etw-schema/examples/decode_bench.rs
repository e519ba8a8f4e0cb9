//! Per-event decoding cost of a 10-property event (Kernel-Network TcpIp/Send: PID, size, daddr, saddr, dport,
//! sport, startime, endtime, seqnum, connid), in three steps: measure the payload, read every value through the
//! typed parser, and render every value as JSON.
//!
//! `cargo run --release -p etw-schema --example decode_bench`
//!
//! The same event is measured by criterion, with confidence intervals and optionally in thread CPU time, as the
//! `event10/*` group of `cargo bench -p etwkit --bench hot_paths` (see docs/BENCHMARKS.md).

use std::hint::black_box;
use std::time::Instant;

use etw_schema::sources::kernel_network::schemas;
use etw_schema::{write_json, Decoder, Parser, Value};

fn main() {
    let Some(schema) = schemas().into_iter().find(|s| s.descriptor.id == 10) else {
        eprintln!("no built-in TcpIp/Send schema");
        return;
    };
    let mut payload = Vec::new();
    for v in [2716u32, 1460, u32::from_le_bytes([157, 56, 244, 38]), u32::from_le_bytes([10, 121, 106, 118])] {
        payload.extend_from_slice(&v.to_le_bytes());
    }
    payload.extend_from_slice(&443u16.to_be_bytes());
    payload.extend_from_slice(&50_000u16.to_be_bytes());
    for v in [2_961_389u32, 2_961_391, 7] {
        payload.extend_from_slice(&v.to_le_bytes());
    }
    payload.extend_from_slice(&0xffff_fa80_1234_5678u64.to_le_bytes());

    let mut decoder = Decoder::new();
    let mut out = Vec::with_capacity(512);
    let n = 2_000_000u32;
    let report = |what: &str, f: &mut dyn FnMut()| {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!("{what:<52} {:>7.1} ns/event", best * 1e9 / f64::from(n));
    };
    report("measure 10 properties", &mut || {
        black_box(decoder.decode(black_box(&schema), black_box(&payload), 8).map(|d| d.slots().len()).ok());
    });
    report("measure + parse every property by name (typed)", &mut || {
        let d = decoder.decode(&schema, black_box(&payload), 8).ok();
        if let Some(d) = d {
            let p = Parser::new(d);
            black_box(p.parse::<u32>("PID").ok());
            black_box(p.parse::<u32>("size").ok());
            black_box(p.parse::<std::net::Ipv4Addr>("daddr").ok());
            black_box(p.parse::<std::net::Ipv4Addr>("saddr").ok());
            black_box(p.parse::<u16>("dport").ok());
            black_box(p.parse::<u16>("sport").ok());
            black_box(p.parse::<u32>("startime").ok());
            black_box(p.parse::<u32>("endtime").ok());
            black_box(p.parse::<u32>("seqnum").ok());
            black_box(p.parse::<u64>("connid").ok());
        }
    });
    report("measure + every value in order", &mut || {
        if let Ok(d) = decoder.decode(&schema, black_box(&payload), 8) {
            let mut sum = 0u64;
            for (_, v) in d.properties() {
                if let Value::U32(x) = v {
                    sum += u64::from(x);
                }
            }
            black_box(sum);
        }
    });
    report("measure + render all 10 as JSON", &mut || {
        out.clear();
        if let Ok(d) = decoder.decode(&schema, black_box(&payload), 8) {
            for (p, v) in d.properties() {
                write_json(&mut out, &v, Some(p));
            }
        }
        black_box(out.len());
    });
}
