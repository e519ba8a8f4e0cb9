//! The learning pass: the schema sources that learn from the trace itself (EventMetadata events, EventSource
//! manifests) see every such event of the inputs, in file order, before decoding starts, since that metadata may
//! come after the events it describes.
//!
//! The pass is a walk of every record of every file, and on one thread it is about a tenth of a decoded dump. On
//! several threads each file is cut into as many byte ranges as there are threads: each thread walks the buffers
//! that start in its range (it gets there by reading buffer headers only) and keeps a copy of the few events that
//! teach, and the calling thread then hands them to the registry in range order, which is file order. So what
//! the registry learns is what one thread's walk teaches it, whatever the thread count.
//!
//! Memory stays bounded: a range keeps at most [`RANGE_BUDGET`] bytes of copied events. A range that holds more
//! (a trace made mostly of metadata) is not kept: the calling thread walks that range again itself, in its turn,
//! handing its events to the registry as it finds them.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use etw_core::{Clock, EventHeader, EventRef, ExtType, ExtendedItem, ExtendedItems};
use etw_etl::{EtlReader, RecordId};
use etw_schema::SchemaRegistry;

use crate::sink::OpenedFile;

/// Bytes of copied events one range may keep before its thread gives up keeping them.
pub const RANGE_BUDGET: usize = 8 << 20;

/// Files smaller than this are walked on the calling thread: starting threads would cost more than it saves.
const PARALLEL_FROM: u64 = 4 << 20;

/// The learning pass over `files` on up to `threads` threads (see the module documentation).
pub fn learn_from_files(registry: &mut SchemaRegistry, files: &[OpenedFile], threads: usize) {
    let paths: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    learn_from_paths(registry, &paths, threads);
}

/// [`learn_from_files`] over paths (files that do not open are skipped; the decoding pass reports them, and
/// damage, too).
pub fn learn_from_paths(registry: &mut SchemaRegistry, paths: &[PathBuf], threads: usize) {
    for path in paths {
        let Ok(len) = std::fs::metadata(path).map(|m| m.len()) else { continue };
        if threads <= 1 || len < PARALLEL_FROM {
            walk_range(path, 0..u64::MAX, |ev| registry.observe(ev));
        } else {
            learn_in_parallel(registry, path, &split(len, threads), RANGE_BUDGET);
        }
    }
}

/// `0..len` cut into `parts` ranges of about equal size (the last one open-ended, so a file that grows between
/// the size check and the walk loses nothing).
fn split(len: u64, parts: usize) -> Vec<Range<u64>> {
    let parts = u64::try_from(parts.max(1)).unwrap_or(1);
    let step = (len / parts).max(1);
    let mut cuts: Vec<u64> = (1..parts).map(|i| i.saturating_mul(step)).filter(|&c| c < len).collect();
    cuts.dedup();
    let mut ranges = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for c in cuts {
        ranges.push(start..c);
        start = c;
    }
    ranges.push(start..u64::MAX);
    ranges
}

/// Calls `observe` for every event of `path` that may teach a schema, in file order, among the buffers that
/// start in `range`. Damage is passed over (the decoding pass reports it).
fn walk_range(path: &Path, range: Range<u64>, mut observe: impl FnMut(&EventRef<'_>)) {
    let Ok(mut r) = EtlReader::open(path) else { return };
    if range.start > 0 {
        r.skip_to(range.start);
    }
    // `may_teach` looks at the header kind, provider id and event id only, so it is asked first of an event made
    // of a record's identity alone: the other records' headers are never read.
    let clock = *r.clock();
    let may_teach =
        |id: &RecordId| etw_schema::sources::may_teach(&EventRef::new(id.header(), ExtendedItems::NONE, &[], &clock));
    loop {
        match r.next_buffer() {
            None => return,
            Some(Ok(loc)) if loc.offset >= range.end => return,
            Some(_) => {}
        }
        while let Some(item) = r.next_record_where(may_teach) {
            if let Ok(ev) = item {
                if etw_schema::sources::may_teach(&ev) {
                    observe(&ev);
                }
            }
        }
    }
}

/// One teaching event, copied out of its buffer.
struct Copied {
    header: EventHeader,
    extended: Vec<(ExtType, Vec<u8>)>,
    payload: Vec<u8>,
}

impl Copied {
    fn of(ev: &EventRef<'_>) -> Copied {
        Copied {
            header: *ev.header(),
            extended: ev.extended().iter().map(|item| (item.kind(), item.data().to_vec())).collect(),
            payload: ev.payload().to_vec(),
        }
    }

    fn size(&self) -> usize {
        self.payload.len() + self.extended.iter().map(|(_, d)| d.len()).sum::<usize>() + size_of::<Copied>()
    }

    fn observe_by(&self, registry: &mut SchemaRegistry, clock: &Clock) {
        let items: Vec<ExtendedItem<'_>> = self.extended.iter().map(|(k, d)| ExtendedItem::new(*k, d)).collect();
        let extended = if items.is_empty() { ExtendedItems::default() } else { ExtendedItems::from_list(&items) };
        registry.observe(&EventRef::new(self.header, extended, &self.payload, clock));
    }
}

/// What one range's thread found: the events, or `None` if they came to more than the budget.
type Found = Option<Vec<Copied>>;

fn collect_range(path: &Path, range: Range<u64>, budget: usize) -> Found {
    let mut kept = Vec::new();
    let mut bytes = 0usize;
    let mut over = false;
    walk_range(path, range, |ev| {
        if over {
            return;
        }
        let c = Copied::of(ev);
        bytes = bytes.saturating_add(c.size());
        if bytes > budget {
            over = true;
            kept = Vec::new();
        } else {
            kept.push(c);
        }
    });
    (!over).then_some(kept)
}

fn learn_in_parallel(registry: &mut SchemaRegistry, path: &Path, ranges: &[Range<u64>], budget: usize) {
    let Ok(reader) = EtlReader::open(path) else { return };
    let clock = *reader.clock();
    drop(reader);
    let next = AtomicUsize::new(0);
    let mut found: Vec<(usize, Found)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..ranges.len())
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(range) = ranges.get(i) else { break };
                        mine.push((i, collect_range(path, range.clone(), budget)));
                    }
                    mine
                })
            })
            .collect();
        // A thread that panicked found nothing; its ranges are walked below like ranges over the budget.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    found.sort_by_key(|(i, _)| *i);
    for (i, range) in ranges.iter().enumerate() {
        match found.iter().find(|(j, _)| *j == i).and_then(|(_, f)| f.as_ref()) {
            Some(events) => events.iter().for_each(|c| c.observe_by(registry, &clock)),
            None => walk_range(path, range.clone(), |ev| registry.observe(ev)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sinks::json::{JsonLines, JsonStyle};
    use crate::{Order, Pipeline};
    use etw_schema::sources;

    fn registry() -> SchemaRegistry {
        let mut r = SchemaRegistry::new();
        r.add(Box::new(sources::tracelogging::TraceLoggingSource::new()));
        r.add(Box::new(sources::event_metadata::EventMetadataSource::new()));
        r.add(Box::new(sources::eventsource::InBandManifestSource::new()));
        r.add(Box::new(sources::kernel::KernelMofSource::new()));
        r
    }

    /// Every event of `path`, decoded by a registry taught by `teach`, as JSON lines.
    fn decoded_by(path: &Path, teach: impl FnOnce(&mut SchemaRegistry)) -> Vec<u8> {
        let mut r = registry();
        teach(&mut r);
        let mut sink = JsonLines::new(Vec::new(), JsonStyle::Decoded);
        Pipeline::new([path]).order(Order::File).threads(1).learn(false).schemas(r).run(&mut sink, |_| {}).unwrap();
        sink.into_inner()
    }

    /// The registry learns the same from ranges walked on threads, kept or (over the budget) walked again, as
    /// from one walk: every event of every corpus file that holds teaching events decodes the same.
    #[test]
    fn ranges_teach_what_one_walk_teaches() {
        let Some(corpus) = etw_testkit::corpus::require() else { return };
        let mut compared = 0;
        for rel in etw_testkit::corpus::etl_files(&corpus) {
            let path = corpus.join("etl").join(rel);
            let mut teaching = 0usize;
            walk_range(&path, 0..u64::MAX, |_| teaching += 1);
            if teaching == 0 {
                continue;
            }
            let len = std::fs::metadata(&path).unwrap().len();
            let one = decoded_by(&path, |r| walk_range(&path, 0..u64::MAX, |ev| r.observe(ev)));
            for (parts, budget) in [(2, RANGE_BUDGET), (7, RANGE_BUDGET), (7, 0), (3, 4096)] {
                let many = decoded_by(&path, |r| learn_in_parallel(r, &path, &split(len, parts), budget));
                assert!(one == many, "{}: {parts} ranges, budget {budget}: decoded differently", path.display());
            }
            compared += 1;
        }
        // The corpus has EventSource manifests (PerfView) and EventMetadata (merged kernel traces).
        assert!(compared >= 3, "only {compared} corpus files hold teaching events");
    }

    #[test]
    fn ranges_cover_the_file_once_and_in_order() {
        for (len, parts) in [(0, 2), (1, 7), (10, 3), (1 << 30, 2), (100, 1), (5, 9)] {
            let r = split(len, parts);
            assert!(!r.is_empty() && r.len() <= parts.max(1), "{len} {parts}: {r:?}");
            assert_eq!(r.first().map(|r| r.start), Some(0));
            assert_eq!(r.last().map(|r| r.end), Some(u64::MAX));
            for w in r.windows(2) {
                let [a, b] = w else { unreachable!() };
                assert_eq!(a.end, b.start, "{len} {parts}: {r:?}");
                assert!(a.start < a.end);
            }
        }
    }
}
