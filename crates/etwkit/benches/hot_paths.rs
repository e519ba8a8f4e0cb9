//! The hot paths of every command, one at a time, on real traces of the shared corpus.
//!
//! `cargo bench -p etwkit --bench hot_paths` (add `-- --quick` for a short run, or a filter such as `-- json/`).
//!
//! - `walk/*`: the record walk alone, from a file already in memory: [`EtlReader`] in file order and
//!   [`TimeOrderReader`] (the timestamp merge). Throughput in bytes of the file.
//! - `decode/*`: [`Decoder::decode`] on every event of a file whose schema is known (schemas looked up once,
//!   beforehand). Throughput in events.
//! - `json/*`: one JSON line per event into a reused buffer, as `etw dump` writes it: decoded (`decoded_line`:
//!   schema lookup, decode, render) and raw (`raw_line`). Throughput in events.
//! - `filter/*`: `--where` predicates on every event: header-only, on a decoded property, and a mix.
//! - `event10/*`: one 10-property event (Kernel-Network TcpIp/Send, built in memory): measure, parse every
//!   property by name through the typed parser, render as a JSON object.
//!
//! Times are wall-clock by default; `ETWKIT_BENCH_CLOCK=cpu` measures the benchmark thread's CPU time instead
//! (`CLOCK_THREAD_CPUTIME_ID`), which other processes competing for the cores do not inflate.
//!
//! The corpus is `../shared/corpus` (or `$ETWKIT_CORPUS`); without it the corpus groups are skipped with a
//! message (benchmarks are not tests). The input files are the two largest uncompressed traces.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)] // a benchmark of fixed inputs, not a reader

use std::hint::black_box;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BenchmarkId, Criterion, Throughput};
use etwkit::etl::{EtlReader, ReadItem, SharedRecord, TimeOrderReader};
use etwkit::filter::{parse_where, EventContext};
use etwkit::pipeline::sinks::json::{decoded_line, raw_line};
use etwkit::schema::sources::kernel_network::schemas;
use etwkit::schema::{write_json_object, Decoder, EventSchema, Parser, SchemaRegistry};
use etwkit::{Clock, EventRef};

const FILES: [&str; 2] = ["etwanalyzer/TraceLoggingTester.etl", "perfview/net.4.5.x86.PerfViewData.etl"];

/// A corpus file read into memory, with every record (each keeps its buffer alive) and the file's clock.
struct Loaded {
    name: String,
    bytes: Vec<u8>,
    clock: Clock,
    records: Vec<SharedRecord>,
}

fn corpus_files() -> Vec<PathBuf> {
    let Some(corpus) = etw_testkit::corpus::require() else { return Vec::new() };
    FILES.iter().map(|f| corpus.join("etl").join(f)).filter(|p| p.is_file()).collect()
}

fn load(path: &Path) -> Loaded {
    let bytes = std::fs::read(path).unwrap();
    let mut reader = EtlReader::new(Cursor::new(bytes.clone())).unwrap();
    let clock = *reader.clock();
    let mut records = Vec::new();
    while let Some(item) = reader.next_item() {
        if let ReadItem::Record(r) = item {
            records.push(r);
        }
    }
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    Loaded { name, bytes, clock, records }
}

/// The registry `etw dump` decodes with, having seen the file's own metadata (TraceLogging, MOF classes).
fn registry_for(path: &Path) -> SchemaRegistry {
    let (mut registry, _) = etwkit::trace::default_registry(&[]).unwrap();
    etwkit::pipeline::learn_from_paths(&mut registry, &[path.to_owned()], 1);
    registry
}

fn walk<M: Measurement>(c: &mut Criterion<M>) {
    for path in corpus_files() {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut g = c.benchmark_group("walk");
        g.sample_size(10).measurement_time(Duration::from_secs(4));
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(BenchmarkId::new("file_order", &name), |b| {
            b.iter(|| {
                let mut r = EtlReader::new(Cursor::new(bytes.as_slice())).unwrap();
                let mut n = 0u64;
                while let Some(e) = r.next_event() {
                    n += u64::from(e.is_ok());
                }
                n
            })
        });
        g.bench_function(BenchmarkId::new("time_order", &name), |b| {
            b.iter(|| {
                let r = EtlReader::new(Cursor::new(bytes.as_slice())).unwrap();
                let mut m = TimeOrderReader::new(vec![r]);
                let mut n = 0u64;
                while let Some(e) = m.next_event() {
                    n += u64::from(e.is_ok());
                }
                n
            })
        });
        g.finish();
    }
}

fn decode_and_render<M: Measurement>(c: &mut Criterion<M>) {
    for path in corpus_files() {
        let f = load(&path);
        let mut registry = registry_for(&path);
        let events: Vec<_> = f.records.iter().map(|r| r.event(&f.clock)).collect();
        let n = events.len() as u64;
        let file_mb = f.bytes.len() as f64 / 1e6;
        eprintln!("{}: {n} events, {file_mb:.1} MB (MB/s of input = events/s × {:.1e})", f.name, file_mb / n as f64);

        // Decode alone: the events that have a schema, schemas looked up beforehand.
        let known: Vec<(&EventRef<'_>, Arc<EventSchema>)> =
            events.iter().filter_map(|e| registry.lookup(e).ok().map(|s| (e, s))).collect();
        let mut g = c.benchmark_group("decode");
        g.sample_size(10).measurement_time(Duration::from_secs(4));
        g.throughput(Throughput::Elements(known.len() as u64));
        let mut decoder = Decoder::new();
        g.bench_function(BenchmarkId::new("events_with_schema", &f.name), |b| {
            b.iter(|| {
                let mut ok = 0u64;
                for (e, s) in &known {
                    ok += u64::from(decoder.decode(s, e.payload(), e.pointer_size()).is_ok());
                }
                ok
            })
        });
        g.finish();

        let mut g = c.benchmark_group("json");
        g.sample_size(10).measurement_time(Duration::from_secs(5));
        g.throughput(Throughput::Elements(n));
        let mut out = Vec::with_capacity(1 << 16);
        g.bench_function(BenchmarkId::new("decoded_line", &f.name), |b| {
            b.iter(|| {
                let mut bytes = 0usize;
                for e in &events {
                    out.clear();
                    decoded_line(&mut out, e, &mut EventContext::new(e, &mut registry, &mut decoder));
                    bytes += out.len();
                }
                bytes
            })
        });
        g.bench_function(BenchmarkId::new("raw_line", &f.name), |b| {
            b.iter(|| {
                let mut bytes = 0usize;
                for e in &events {
                    out.clear();
                    raw_line(&mut out, e, &f.name);
                    bytes += out.len();
                }
                bytes
            })
        });
        g.finish();

        let mut g = c.benchmark_group("filter");
        g.sample_size(10).measurement_time(Duration::from_secs(4));
        g.throughput(Throughput::Elements(n));
        for (label, expr) in [
            ("header", "id == 10 && opcode == 0 && level <= 4"),
            ("property", "size > 1000"),
            ("mixed", "provider == \"Microsoft-Windows-Kernel-Network\" && id == 10 && size > 1000"),
            ("text", "ImageFileName icontains \"powershell\""),
        ] {
            let p = parse_where(expr).unwrap();
            g.bench_function(BenchmarkId::new(label, &f.name), |b| {
                b.iter(|| {
                    let mut hits = 0u64;
                    for e in &events {
                        hits += u64::from(p.matches(&mut EventContext::new(e, &mut registry, &mut decoder)));
                    }
                    hits
                })
            });
        }
        g.finish();
    }
}

/// A Kernel-Network TcpIp/Send (id 10) payload: PID, size, daddr, saddr, dport, sport, startime, endtime,
/// seqnum, connid.
fn tcp_send_payload() -> Vec<u8> {
    let mut p = Vec::new();
    for v in [2716u32, 1460, u32::from_le_bytes([157, 56, 244, 38]), u32::from_le_bytes([10, 121, 106, 118])] {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&443u16.to_be_bytes());
    p.extend_from_slice(&50_000u16.to_be_bytes());
    for v in [2_961_389u32, 2_961_391, 7] {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&0xffff_fa80_1234_5678u64.to_le_bytes());
    p
}

fn event10<M: Measurement>(c: &mut Criterion<M>) {
    let Some(schema) = schemas().into_iter().find(|s| s.descriptor.id == 10) else {
        eprintln!("skipping event10: no built-in TcpIp/Send schema");
        return;
    };
    let payload = tcp_send_payload();
    let mut decoder = Decoder::new();
    let mut out = Vec::with_capacity(512);
    let mut g = c.benchmark_group("event10");
    g.sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    g.throughput(Throughput::Elements(1));
    g.bench_function("measure", |b| {
        b.iter(|| decoder.decode(black_box(&schema), black_box(&payload), 8).map(|d| d.slots().len()).ok())
    });
    g.bench_function("measure_parse_by_name", |b| {
        b.iter(|| {
            let Ok(d) = decoder.decode(&schema, black_box(&payload), 8) else { return 0u64 };
            let p = Parser::new(d);
            let mut sum = u64::from(p.parse::<u32>("PID").unwrap_or(0));
            sum += u64::from(p.parse::<u32>("size").unwrap_or(0));
            sum += u64::from(p.parse::<std::net::Ipv4Addr>("daddr").map_or(0, u32::from));
            sum += u64::from(p.parse::<std::net::Ipv4Addr>("saddr").map_or(0, u32::from));
            sum += u64::from(p.parse::<u16>("dport").unwrap_or(0));
            sum += u64::from(p.parse::<u16>("sport").unwrap_or(0));
            sum += u64::from(p.parse::<u32>("startime").unwrap_or(0));
            sum += u64::from(p.parse::<u32>("endtime").unwrap_or(0));
            sum += u64::from(p.parse::<u32>("seqnum").unwrap_or(0));
            sum + p.parse::<u64>("connid").unwrap_or(0)
        })
    });
    g.bench_function("measure_render_json", |b| {
        b.iter(|| {
            out.clear();
            if let Ok(d) = decoder.decode(&schema, black_box(&payload), 8) {
                write_json_object(&mut out, d.properties());
            }
            out.len()
        })
    });
    g.finish();
}

/// The CPU time of the benchmarking thread (every benchmark here runs on one thread).
struct ThreadCpu;

static WALL: WallTime = WallTime;

impl Measurement for ThreadCpu {
    type Intermediate = cpu_time::ThreadTime;
    type Value = Duration;

    fn start(&self) -> cpu_time::ThreadTime {
        cpu_time::ThreadTime::now()
    }
    fn end(&self, start: cpu_time::ThreadTime) -> Duration {
        start.elapsed()
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, d: &Duration) -> f64 {
        d.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

fn run<M: Measurement>(mut c: Criterion<M>) {
    event10(&mut c);
    walk(&mut c);
    decode_and_render(&mut c);
    c.final_summary();
}

fn main() {
    let base = Criterion::default().configure_from_args();
    if std::env::var("ETWKIT_BENCH_CLOCK").is_ok_and(|v| v == "cpu") {
        eprintln!("measuring thread CPU time (ETWKIT_BENCH_CLOCK=cpu)");
        run(base.with_measurement(ThreadCpu));
    } else {
        run(base);
    }
}
