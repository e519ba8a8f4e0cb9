//! The pipeline's promise: the output of any thread count is the output of one thread, byte for byte, for every
//! corpus file, in file order and in timestamp order, decoded and raw, and for the aggregates (stats, netmon).
//! Damage is part of the output: where it comes between the batches matters, so it is recorded in the stream.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io;
use std::path::{Path, PathBuf};

use etwkit::etl::Damage;
use etwkit::pipeline::sinks::json::{JsonEncoder, JsonLines, JsonStyle};
use etwkit::pipeline::sinks::netmon::NetmonSink;
use etwkit::pipeline::sinks::stats::StatsSink;
use etwkit::pipeline::{Flow, Order, Pipeline, Problem, RunInfo, Sink, Summary};

/// JSON lines with each damage written into the stream where the sink received it.
struct Recorded(JsonLines<Vec<u8>>);

impl Sink for Recorded {
    type Encoder = JsonEncoder;
    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.0.start(run)
    }
    fn encoder(&self) -> JsonEncoder {
        self.0.encoder()
    }
    fn write(&mut self, batch: Vec<u8>) -> io::Result<Flow> {
        self.0.write(batch)
    }
    fn damage(&mut self, d: &Damage) -> io::Result<()> {
        self.0.write(format!("DAMAGE {d}\n").into_bytes()).map(|_| ())
    }
    fn finish(&mut self, s: &Summary) -> io::Result<()> {
        self.0.finish(s)
    }
}

fn registry() -> etwkit::schema::SchemaRegistry {
    etwkit::trace::default_registry(&[]).unwrap().0
}

fn dump(path: &Path, order: Order, style: JsonStyle, threads: usize) -> (Vec<u8>, Summary, Vec<String>) {
    let mut sink = Recorded(JsonLines::new(Vec::new(), style));
    let mut problems = Vec::new();
    let mut p = Pipeline::new([path]).order(order).threads(threads);
    if style == JsonStyle::Decoded {
        p = p.schemas(registry());
    }
    let summary = p
        .run(&mut sink, |pr| {
            problems.push(match pr {
                Problem::Open(e) => format!("open: {e}"),
                Problem::Damage { damage, .. } => format!("damage: {damage}"),
            })
        })
        .unwrap();
    (sink.0.into_inner(), summary, problems)
}

fn stats(path: &Path, threads: usize) -> String {
    let mut sink = StatsSink::new(true);
    Pipeline::new([path]).order(Order::File).threads(threads).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    serde_json::to_string(&sink.into_stats()).unwrap()
}

fn netmon(path: &Path, threads: usize) -> String {
    let mut sink = NetmonSink::new(None);
    Pipeline::new([path]).threads(threads).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    serde_json::to_string(&sink.into_netmon().report(5)).unwrap()
}

fn corpus_files() -> Option<Vec<PathBuf>> {
    let corpus = etw_testkit::corpus::require()?;
    Some(etw_testkit::corpus::etl_files(&corpus).into_iter().map(|rel| corpus.join("etl").join(rel)).collect())
}

#[test]
fn every_thread_count_writes_what_one_thread_writes() {
    let Some(files) = corpus_files() else { return };
    let mut checked = 0;
    for f in &files {
        for (order, style) in
            [(Order::Time, JsonStyle::Decoded), (Order::File, JsonStyle::Decoded), (Order::File, JsonStyle::Raw)]
        {
            let one = dump(f, order, style, 1);
            // Two threads are covered by the golden tests (the CLI runs on every core: two on CI).
            let many = dump(f, order, style, 7);
            assert!(one.0 == many.0, "{}: {order:?} {style:?}: output differs with 7 threads", f.display());
            assert_eq!(one.1, many.1, "{}: {order:?} {style:?}: summary, 7 threads", f.display());
            assert_eq!(one.2, many.2, "{}: {order:?} {style:?}: problems, 7 threads", f.display());
            checked += 1;
        }
        assert_eq!(stats(f, 1), stats(f, 3), "{}: stats", f.display());
        assert_eq!(netmon(f, 1), netmon(f, 3), "{}: netmon", f.display());
    }
    assert!(checked >= 3 * 36, "only {checked} runs compared");
}

#[test]
fn a_sink_that_stops_ends_the_run_with_every_thread_count() {
    struct Head(u64, u64);
    struct Count;
    impl etwkit::pipeline::Encoder for Count {
        type Batch = u64;
        fn event(&mut self, _: &etwkit::EventRef<'_>, _: &mut etwkit::filter::EventContext<'_, '_>) {}
        fn take(&mut self) -> u64 {
            1
        }
    }
    impl Sink for Head {
        type Encoder = Count;
        fn encoder(&self) -> Count {
            Count
        }
        fn write(&mut self, n: u64) -> io::Result<Flow> {
            self.0 += n;
            Ok(if self.0 >= self.1 { Flow::Stop } else { Flow::Continue })
        }
    }
    let Some(files) = corpus_files() else { return };
    let big = files.iter().max_by_key(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).unwrap();
    for threads in [1, 2, 7] {
        let mut sink = Head(0, 3);
        let summary = Pipeline::new([big]).threads(threads).run(&mut sink, |_| {}).unwrap();
        assert!(summary.stopped, "{threads} threads");
        assert_eq!(sink.0, 3, "{threads} threads: no batch after the stop");
        assert!(summary.events_read < 20 * etwkit::pipeline::CHUNK_RECORDS as u64, "{threads} threads read on");
    }
}

/// Damage found by workers is reported in the same place, with the same output around it, whatever the thread
/// count: copies of real traces with bytes flipped in many buffers, decoded in both orders.
#[test]
fn damage_lands_in_the_same_place_with_every_thread_count() {
    let Some(files) = corpus_files() else { return };
    let dir = std::env::temp_dir().join(format!("etwkit-pipeline-damage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut rng = etw_testkit::fuzz::replay::Rng(0x6461_6d61_6765);
    let mut damaged_runs = 0;
    // Uncompressed and compressed files of a few MB: many buffers, so flips land in many places.
    for name in ["net.4.5.2.x64.etl", "ebpforwindows.etl", "diaghub.kernel.1.etl", "ShutdownPerfDiagLogger.etl"] {
        let Some(src) = files.iter().find(|f| f.file_name().is_some_and(|n| n == name)) else { continue };
        let pristine = std::fs::read(src).unwrap();
        for copy in 0..3 {
            let mut bytes = pristine.clone();
            // Leave the logfile header buffer alone (its damage is fatal, not reported in place).
            for _ in 0..40 {
                let at = 65_536 + rng.below(bytes.len().saturating_sub(65_536).max(1));
                if let Some(b) = bytes.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            let path = dir.join(format!("{copy}-{name}"));
            std::fs::write(&path, &bytes).unwrap();
            for order in [Order::Time, Order::File] {
                let one = dump(&path, order, JsonStyle::Decoded, 1);
                let many = dump(&path, order, JsonStyle::Decoded, 3);
                assert!(one.0 == many.0, "{}: {order:?}: output differs with 3 threads", path.display());
                assert_eq!(one.1, many.1, "{}: {order:?}: summary", path.display());
                assert_eq!(one.2, many.2, "{}: {order:?}: problems", path.display());
                damaged_runs += usize::from(one.1.damage > 0);
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(damaged_runs >= 4, "only {damaged_runs} runs met damage: the flips missed");
}

fn dump_range(path: &Path, range: std::ops::Range<u64>, threads: usize) -> (Vec<u8>, Vec<String>) {
    let mut sink = Recorded(JsonLines::new(Vec::new(), JsonStyle::Decoded));
    let mut problems = Vec::new();
    Pipeline::new([path])
        .threads(threads)
        .schemas(registry())
        .byte_range(range)
        .run(&mut sink, |pr| problems.push(format!("{pr:?}")))
        .unwrap();
    (sink.0.into_inner(), problems)
}

/// Byte ranges (the Spark data source's partitions of one file) partition the file-order output exactly: the
/// ranges' outputs, one after another, are the whole file's, record indexes and damage included, wherever the
/// cuts fall (inside buffers, on buffer boundaries, past the end).
#[test]
fn byte_ranges_partition_a_file_exactly() {
    let Some(files) = corpus_files() else { return };
    for path in &files {
        let whole = dump(path, Order::File, JsonStyle::Decoded, 1).0;
        let len = std::fs::metadata(path).unwrap().len();
        for parts in [1u64, 3, 7] {
            let mut joined = Vec::new();
            let mut cuts: Vec<u64> = (0..parts).map(|i| len * i / parts).collect();
            cuts.push(len + 1);
            for w in cuts.windows(2) {
                joined.extend(dump_range(path, w[0]..w[1], 2).0);
            }
            assert!(joined == whole, "{}: {parts} ranges differ from the whole file", path.display());
        }
        // A cut on a buffer boundary: the second buffer's offset.
        let Ok(mut r) = etwkit::etl::EtlReader::open(path) else { continue };
        let mut offsets = Vec::new();
        while let Some(b) = r.next_buffer() {
            if let Ok(loc) = b {
                offsets.push(loc.offset);
            }
        }
        if let Some(&cut) = offsets.get(1) {
            let mut joined = dump_range(path, 0..cut, 1).0;
            joined.extend(dump_range(path, cut..u64::MAX, 1).0);
            assert!(joined == whole, "{}: cut at buffer 1 ({cut}) differs", path.display());
        }
    }
}
