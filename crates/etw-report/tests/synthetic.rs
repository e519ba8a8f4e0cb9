//! The report and the Chrome trace on synthetic traces built with the test kit: an empty trace, and start/stop
//! pairs that nest, cross threads, never stop, or go deeper than the bound.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::HashMap;
use std::path::PathBuf;

use etw_core::{Guid, HeaderKind};
use etw_pipeline::{Order, Pipeline};
use etw_report::chrome::MAX_DEPTH;
use etw_report::{html, ChromeTraceSink, ReportSink};
use etw_testkit::build::{BufferBuilder, EtlBuilder, EventRecord};
use serde_json::Value;

const PROVIDER: Guid = Guid::parse_const("11111111-2222-3333-4444-555555555555");

/// A file in the temp directory, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str, bytes: &[u8]) -> Temp {
        let p = std::env::temp_dir().join(format!("etw-report-{}-{name}", std::process::id()));
        std::fs::write(&p, bytes).unwrap();
        Temp(p)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn registry() -> etw_schema::SchemaRegistry {
    etw_trace::default_registry(&[]).unwrap().0
}

#[test]
fn an_empty_trace_gets_a_report_that_says_so() {
    let file = Temp::new("empty.etl", &EtlBuilder::new().build());
    let mut sink = ReportSink::new();
    for threads in [1, 3] {
        sink = ReportSink::new();
        Pipeline::new([&file.0])
            .order(Order::File)
            .threads(threads)
            .schemas(registry())
            .run(&mut sink, |_| {})
            .unwrap();
    }
    let data = sink.into_report();
    assert!(data.nothing_to_show.as_deref().unwrap().contains("no events"), "{:?}", data.nothing_to_show);
    assert!(data.events_over_time.is_empty() && data.network.is_none() && data.cpu.is_none());
    assert_eq!(data.summary.content_events, 0);
    assert_eq!(data.files.len(), 1);
    let page = html::render(&data).unwrap();
    assert!(page.contains("id=\"etw-data\""));
    let json: Value = serde_json::from_str(&html::data_json(&data).unwrap()).unwrap();
    assert_eq!(json["nothing_to_show"], Value::String(data.nothing_to_show.clone().unwrap()));
}

#[test]
fn no_input_at_all_says_so() {
    let mut sink = ReportSink::new();
    let summary = Pipeline::new(["/nonexistent/x.etl"]).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    assert_eq!(summary.files_failed, 1);
    let data = sink.into_report();
    assert!(data.nothing_to_show.unwrap().contains("No input file"));
}

fn ev(t: i64, tid: u32, opcode: u8, task: u16, activity: Guid) -> EventRecord {
    EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER)
        .id(task)
        .task(task)
        .opcode(opcode)
        .activity_id(activity)
        .process_id(100)
        .thread_id(tid)
        .timestamp(t)
}

fn chrome(records: Vec<EventRecord>) -> (Vec<Value>, etw_report::chrome::ChromeTraceReport) {
    let file = Temp::new(
        &format!("chrome-{}.etl", records.len()),
        &EtlBuilder::new().buffer_size(1 << 20).buffer(BufferBuilder::new().records(records)).build(),
    );
    let mut sink = ChromeTraceSink::new(Vec::new());
    Pipeline::new([&file.0]).threads(2).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    let report = sink.report();
    let doc: Value = serde_json::from_slice(&sink.into_inner()).unwrap();
    (doc["traceEvents"].as_array().unwrap().clone(), report)
}

/// Each track's events in time order, and its B and E balanced and never below zero.
fn check_tracks(events: &[Value]) -> HashMap<(u64, u64), Vec<String>> {
    let mut depth: HashMap<(u64, u64), i64> = HashMap::new();
    let mut last: HashMap<(u64, u64), f64> = HashMap::new();
    let mut phases: HashMap<(u64, u64), Vec<String>> = HashMap::new();
    for e in events {
        let ph = e["ph"].as_str().unwrap();
        if ph == "M" || ph == "C" {
            continue;
        }
        let track = (e["pid"].as_u64().unwrap(), e["tid"].as_u64().unwrap());
        let ts = e["ts"].as_f64().unwrap();
        assert!(ts >= *last.get(&track).unwrap_or(&f64::MIN), "{e}");
        last.insert(track, ts);
        let d = depth.entry(track).or_default();
        match ph {
            "B" => *d += 1,
            "E" => *d -= 1,
            _ => {}
        }
        assert!(*d >= 0, "{e}");
        phases.entry(track).or_default().push(ph.to_owned());
    }
    assert!(depth.values().all(|d| *d == 0), "{depth:?}");
    phases
}

#[test]
fn starts_and_stops_become_balanced_slices() {
    let x = Guid::parse_const("aaaaaaaa-0000-0000-0000-000000000001");
    let y = Guid::parse_const("aaaaaaaa-0000-0000-0000-000000000002");
    let records = vec![
        ev(1_000, 1, 1, 1, x),          // B on thread 1
        ev(1_010, 1, 1, 2, Guid::ZERO), // B inside it
        ev(1_020, 1, 0, 9, Guid::ZERO), // an instant
        ev(1_030, 1, 2, 2, Guid::ZERO), // E of the inner one
        ev(1_040, 1, 2, 1, x),          // E of the outer one
        ev(1_050, 1, 1, 3, y),          // B on thread 1 ...
        ev(1_060, 2, 2, 3, y),          // ... whose stop comes on thread 2: closed on thread 1, an instant on 2
        ev(1_070, 2, 2, 4, Guid::ZERO), // a stop without a start: an instant
        ev(1_080, 3, 1, 5, Guid::ZERO), // a start that never stops: closed at the end
        ev(1_090, 3, 0, 9, Guid::ZERO),
    ];
    let (events, report) = chrome(records);
    let phases = check_tracks(&events);
    assert_eq!(phases[&(100, 1)], ["B", "B", "i", "E", "E", "B", "E"]);
    assert_eq!(phases[&(100, 2)], ["i", "i"]);
    assert_eq!(phases[&(100, 3)], ["B", "i", "E"]);
    assert_eq!(report.slices, 4);
    assert_eq!(report.unmatched, 1);
    let closed: Vec<&str> = events.iter().filter_map(|e| e["args"]["closed"].as_str()).collect();
    assert_eq!(closed, ["stop on another thread", "no stop before the end of the trace"]);
    assert!(events.iter().any(|e| e["ph"] == "M" && e["name"] == "thread_name"));
}

#[test]
fn nesting_deeper_than_the_bound_is_closed_not_kept() {
    let n = MAX_DEPTH * 3 + 5;
    let records: Vec<EventRecord> = (0..n).map(|i| ev(1_000 + i as i64, 7, 1, i as u16, Guid::ZERO)).collect();
    let (events, report) = chrome(records);
    let phases = check_tracks(&events);
    assert_eq!(phases[&(100, 7)].iter().filter(|p| *p == "B").count(), n);
    assert_eq!(report.slices as usize, n);
    assert_eq!(report.unmatched as usize, n);
    // At most MAX_DEPTH open at once.
    let mut d = 0usize;
    for p in &phases[&(100, 7)] {
        d = if p == "B" { d + 1 } else { d - 1 };
        assert!(d <= MAX_DEPTH);
    }
}

/// CSwitch (Thread type 36, version 2): NewThreadId, OldThreadId, priorities, states, NewThreadWaitTime,
/// Reserved: 24 bytes.
fn cswitch(t: i64, new: u32, old: u32) -> etw_testkit::build::KernelRecord {
    let mut p = Vec::new();
    p.extend_from_slice(&new.to_le_bytes());
    p.extend_from_slice(&old.to_le_bytes());
    p.extend_from_slice(&[0u8; 8]);
    p.extend_from_slice(&0u32.to_le_bytes());
    p.extend_from_slice(&0u32.to_le_bytes());
    etw_testkit::build::KernelRecord::compact64(etw_core::HookId::new(etw_core::KernelGroup::THREAD, 36))
        .version(2)
        .timestamp(t)
        .payload(p)
}

/// Thread/DCStart (version 3, 64-bit): ProcessId, TThreadId, seven pointers, SubProcessTag, four bytes.
fn thread_rundown(t: i64, pid: u32, tid: u32) -> etw_testkit::build::KernelRecord {
    let mut p = Vec::new();
    p.extend_from_slice(&pid.to_le_bytes());
    p.extend_from_slice(&tid.to_le_bytes());
    p.extend_from_slice(&[0u8; 7 * 8 + 4 + 4]);
    etw_testkit::build::KernelRecord::system64(etw_core::HookId::new(etw_core::KernelGroup::THREAD, 3))
        .version(3)
        .timestamp(t)
        .payload(p)
}

/// CPU time from context switches: a thread runs on a CPU from the switch to it to the next switch there; the
/// idle thread (0) is not counted; threads belong to the processes their thread events name.
#[test]
fn context_switches_give_cpu_time_per_process() {
    let cpu0 = BufferBuilder::new()
        .processor(0)
        .record(thread_rundown(500, 40, 5))
        .record(thread_rundown(600, 41, 6))
        .record(cswitch(1_000, 5, 0)) // thread 5 (process 40) from 1,000 ...
        .record(cswitch(11_000, 0, 5)) // ... to 11,000: 1 ms
        .record(cswitch(21_000, 6, 0)) // thread 6 (process 41) from 21,000 ...
        .record(cswitch(41_000, 5, 6)); // ... to 41,000: 2 ms; thread 5 runs on to the end (not counted)
    let cpu1 = BufferBuilder::new()
        .processor(1)
        .record(cswitch(5_000, 6, 0)) // thread 6 from 5,000 ...
        .record(cswitch(35_000, 0, 6)); // ... to 35,000: 3 ms
    let file = Temp::new("cswitch.etl", &EtlBuilder::new().buffer(cpu0).buffer(cpu1).build());
    for threads in [1, 2] {
        let mut sink = ReportSink::new();
        Pipeline::new([&file.0])
            .order(Order::File)
            .threads(threads)
            .schemas(registry())
            .run(&mut sink, |_| {})
            .unwrap();
        let data = sink.into_report();
        let cpu = data.cpu.expect("a CPU section");
        assert_eq!((cpu.source, cpu.unit), ("context switches", "ms"));
        let totals: HashMap<&str, u64> = cpu.series.iter().map(|s| (s.name.as_str(), s.total)).collect();
        assert_eq!(totals, HashMap::from([("process 40", 1), ("process 41", 5)]), "{threads} threads");
        let rows: HashMap<u32, f64> = data.processes.iter().map(|p| (p.pid, p.cpu)).collect();
        assert_eq!((rows[&40], rows[&41]), (1.0, 5.0));
    }
}
