//! The report and the Chrome trace of every corpus trace: the same output for any number of threads, a page
//! under 5 MB, and Chrome trace JSON that parses.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_pipeline::{Order, Pipeline};
use etw_report::{html, ChromeTraceSink, ReportSink};
use etw_testkit::corpus;

fn registry() -> etw_schema::SchemaRegistry {
    etw_trace::default_registry(&[]).unwrap().0
}

fn report(path: &std::path::Path, threads: usize) -> String {
    let mut sink = ReportSink::new();
    Pipeline::new([path]).order(Order::File).threads(threads).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    html::render(&sink.into_report()).unwrap()
}

#[test]
fn every_corpus_trace_reports_the_same_for_any_thread_count() {
    let Some(dir) = corpus::require() else { return };
    let files = corpus::etl_files(&dir);
    assert!(files.len() > 30, "{} corpus files", files.len());
    for rel in files {
        let path = dir.join("etl").join(&rel);
        let one = report(&path, 1);
        let three = report(&path, 3);
        assert!(one == three, "{}: the page differs between 1 and 3 threads", rel.display());
        assert!(one.len() < 5 << 20, "{}: {} bytes", rel.display(), one.len());
    }
}

#[test]
fn chrome_trace_is_the_same_for_any_thread_count_and_parses() {
    let Some(dir) = corpus::require() else { return };
    for rel in ["perfview/net.4.5.2.x86.etl", "tx/KernelNetwork.etl", "etwanalyzer/TraceLoggingTester.etl"] {
        let path = dir.join("etl").join(rel);
        let run = |threads: usize| {
            let mut sink = ChromeTraceSink::new(Vec::new());
            Pipeline::new([&path]).threads(threads).schemas(registry()).run(&mut sink, |_| {}).unwrap();
            sink.into_inner()
        };
        let one = run(1);
        assert!(one == run(3), "{rel}: the trace differs between 1 and 3 threads");
        let doc: serde_json::Value = serde_json::from_slice(&one).unwrap();
        assert!(doc["traceEvents"].as_array().unwrap().len() > 100, "{rel}");
    }
}

/// Truncated and byte-flipped copies of corpus traces: a report and a Chrome trace that parses, never a panic.
#[test]
fn damaged_copies_still_report() {
    let Some(dir) = corpus::require() else { return };
    let tmp = std::env::temp_dir().join(format!("etw-report-damaged-{}.etl", std::process::id()));
    for rel in ["tx/KernelNetwork.etl", "perfview/diaghub.kernel.1.etl"] {
        let full = std::fs::read(dir.join("etl").join(rel)).unwrap();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for case in 0..12 {
            let mut bytes = full.clone();
            if case % 2 == 0 {
                bytes.truncate((next() as usize) % full.len());
            } else {
                for _ in 0..64 {
                    let at = (next() as usize) % bytes.len();
                    bytes[at] ^= (next() as u8) | 1;
                }
            }
            std::fs::write(&tmp, &bytes).unwrap();
            let page = report(&tmp, 2);
            assert!(page.contains("id=\"etw-data\""), "{rel} case {case}");
            let mut sink = ChromeTraceSink::new(Vec::new());
            Pipeline::new([&tmp]).threads(2).schemas(registry()).run(&mut sink, |_| {}).unwrap();
            let _: serde_json::Value = serde_json::from_slice(&sink.into_inner())
                .unwrap_or_else(|e| panic!("{rel} case {case}: chrome trace does not parse: {e}"));
        }
    }
    let _ = std::fs::remove_file(&tmp);
}
