//! Counts heap allocations per event on the paths of `etw dump`, `etw dump --raw`, `etw stats` and
//! `etw stats --no-decode`: the same pipeline and sinks, output discarded.
//!
//! `cargo run --release -p etwkit --example alloc_count -- [--threads N] [FILE.etl ...]`
//!
//! Without files it reads the two largest uncompressed traces of the shared corpus. For each command it runs
//! the pipeline over the input once and over the input given twice, and prints:
//! - `per event`: allocations of the whole run (learning pass, opening, schema caches, batches) / events;
//! - `steady`: (allocations of the doubled run − those of the single run) / events, i.e. the cost of one more
//!   event once every cache is warm, which is what "allocations per event on the decoded path" means.
//!
//! The schema registry (`etw`'s default one) is built before counting starts: it is made once per process.
//! Allocations are counted by a `#[global_allocator]` that wraps the system allocator (`stats_alloc`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring tool over fixed inputs

use std::alloc::System;
use std::io;
use std::path::PathBuf;

use etwkit::pipeline::sinks::json::{JsonLines, JsonStyle};
use etwkit::pipeline::sinks::stats::StatsSink;
use etwkit::pipeline::{learn_from_paths, Order, Pipeline, Sink, Summary};
use etwkit::schema::SchemaRegistry;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[derive(Clone, Copy)]
enum Command {
    Dump,
    DumpRaw,
    Stats,
    StatsNoDecode,
}

impl Command {
    fn name(self) -> &'static str {
        match self {
            Command::Dump => "dump",
            Command::DumpRaw => "dump --raw",
            Command::Stats => "stats",
            Command::StatsNoDecode => "stats --no-decode",
        }
    }
}

fn registry() -> SchemaRegistry {
    etwkit::trace::default_registry(&[]).unwrap().0
}

fn drive<S: Sink>(p: Pipeline, sink: &mut S) -> Summary {
    p.run(sink, |_| {}).unwrap()
}

/// Runs `cmd` over `files` as the `etw` command does; returns (allocations, bytes allocated, events read).
fn count(cmd: Command, files: &[PathBuf], threads: usize) -> (usize, usize, u64) {
    // Made outside the counted region: once per process, whatever the input.
    let mut reg = match cmd {
        Command::DumpRaw | Command::StatsNoDecode => None,
        Command::Dump | Command::Stats => Some(registry()),
    };
    let region = Region::new(GLOBAL);
    let mut events = 0;
    match cmd {
        Command::Dump | Command::DumpRaw => {
            let style = if matches!(cmd, Command::Dump) { JsonStyle::Decoded } else { JsonStyle::Raw };
            let mut p = Pipeline::new(files).order(Order::Time).threads(threads);
            if let Some(r) = reg.take() {
                p = p.schemas(r);
            }
            events += drive(p, &mut JsonLines::new(io::sink(), style)).events_read;
        }
        Command::Stats | Command::StatsNoDecode => {
            // As `etw stats`: one registry taught by every file, one pipeline per file in file order.
            if let Some(r) = reg.as_mut() {
                learn_from_paths(r, files, threads);
            }
            for f in files {
                let mut p = Pipeline::new([f]).order(Order::File).threads(threads).learn(false);
                if let Some(r) = &reg {
                    p = p.schemas(r.fork());
                }
                let mut sink = StatsSink::new(matches!(cmd, Command::Stats));
                events += drive(p, &mut sink).events_read;
                std::hint::black_box(sink.into_stats());
            }
        }
    }
    let c = region.change();
    drop(reg);
    (c.allocations + c.reallocations, c.bytes_allocated, events)
}

fn main() {
    let mut threads = 1;
    let mut files = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--threads" || a == "-j" {
            threads = args.next().and_then(|n| n.to_str()?.parse().ok()).unwrap_or(1);
        } else {
            files.push(PathBuf::from(a));
        }
    }
    if files.is_empty() {
        let Some(corpus) = etw_testkit::corpus::require() else { return };
        for f in ["etwanalyzer/TraceLoggingTester.etl", "perfview/net.4.5.x86.PerfViewData.etl"] {
            files.push(corpus.join("etl").join(f));
        }
    }
    println!("threads {threads}");
    println!(
        "{:<40} {:<18} {:>9} {:>11} {:>10} {:>10} {:>12}",
        "file", "command", "events", "allocs", "per event", "steady", "bytes/event"
    );
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for cmd in [Command::Dump, Command::DumpRaw, Command::Stats, Command::StatsNoDecode] {
            let (once, bytes, events) = count(cmd, std::slice::from_ref(f), threads);
            let (twice, _, _) = count(cmd, &[f.clone(), f.clone()], threads);
            let n = events.max(1) as f64;
            println!(
                "{name:<40} {:<18} {events:>9} {once:>11} {:>10.4} {:>10.4} {:>12.1}",
                cmd.name(),
                once as f64 / n,
                twice.saturating_sub(once) as f64 / n,
                bytes as f64 / n
            );
        }
    }
}
