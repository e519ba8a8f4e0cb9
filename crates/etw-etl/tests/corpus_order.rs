//! Timestamp order on the real corpus: non-decreasing over each whole file, and the same records as file order.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use etw_core::EventRef;
use etw_etl::{EtlReader, TimeOrderReader};
use etw_testkit::corpus;

/// Identifies a record by where it is and what it holds.
fn fingerprint(ev: &EventRef<'_>) -> (u32, u64, u32, u64) {
    let mut h = DefaultHasher::new();
    ev.payload().hash(&mut h);
    ev.timestamp_raw().hash(&mut h);
    let l = ev.location();
    (l.file, l.buffer, l.record_offset, h.finish())
}

#[test]
fn time_order_is_sorted_and_complete_for_every_file() {
    let Some(dir) = corpus::require() else { return };
    let mut checked = 0;
    for rel in corpus::etl_files(&dir) {
        let path = dir.join("etl").join(&rel);
        let Ok(mut file_order) = EtlReader::open(&path) else {
            assert_eq!(corpus::slash_name(&rel), corpus::CORRUPT_SAMPLE);
            continue;
        };
        let mut in_file_order = Vec::new();
        file_order.for_each(|ev| in_file_order.push(fingerprint(ev)), |d| panic!("{}: {d}", rel.display()));

        let mut merged = TimeOrderReader::new(vec![EtlReader::open(&path).unwrap()]);
        let mut in_time_order = Vec::new();
        let mut last = (i64::MIN, i64::MIN);
        merged.for_each(
            |ev| {
                let t = (ev.timestamp().0, ev.timestamp_raw());
                assert!(t >= last, "{}: {t:?} after {last:?} at {:?}", rel.display(), ev.location());
                last = t;
                in_time_order.push(fingerprint(ev));
            },
            |d| panic!("{}: {d}", rel.display()),
        );
        assert_eq!(in_time_order.len(), in_file_order.len(), "{}", rel.display());
        in_time_order.sort_unstable();
        in_file_order.sort_unstable();
        assert!(in_time_order == in_file_order, "{}: time order and file order hold different records", rel.display());
        assert_eq!(merged.counts().records, in_file_order.len() as u64);
        checked += 1;
    }
    assert!(checked >= 30);
}

/// The four files of one Visual Studio Diagnostics Hub session merge into one timeline.
#[test]
fn several_files_merge_into_one_timeline() {
    let Some(dir) = corpus::require() else { return };
    let names = ["diaghub.etl", "diaghub.kernel.1.etl", "diaghub.user_injected.1.etl", "diaghub.user_paged.1.etl"];
    let readers: Vec<_> = names.iter().map(|n| EtlReader::open(dir.join("etl/perfview").join(n)).unwrap()).collect();
    let mut merged = TimeOrderReader::new(readers);
    let mut last = i64::MIN;
    let mut per_file = [0u64; 4];
    let mut switches = 0;
    let mut prev_file = u32::MAX;
    merged.for_each(
        |ev| {
            let t = ev.timestamp().0;
            assert!(t >= last);
            last = t;
            let f = ev.location().file;
            per_file[f as usize] += 1;
            switches += u32::from(f != prev_file);
            prev_file = f;
        },
        |d| panic!("{d}"),
    );
    // Counts per file from the independent facts: 62378+1, 16334+1, 3+1, 22034+1 records.
    assert_eq!(per_file, [62_379, 16_335, 4, 22_035]);
    assert!(switches > 100, "the files should interleave, switched {switches} times");
}

/// With a memory budget so small that every buffer load releases the others, the merge reads released buffers
/// again and delivers exactly what it delivers with room to spare.
#[test]
fn a_tiny_memory_budget_changes_nothing_but_memory() {
    let Some(dir) = corpus::require() else { return };
    for rel in ["tx/KernelNetwork.etl", "perfview/smallEtlFile.etl", "pyetwkit/sample.etl"] {
        let path = dir.join("etl").join(rel);
        let run = |budget: usize| {
            let mut merged = TimeOrderReader::new(vec![EtlReader::open(&path).unwrap()]).with_memory_budget(budget);
            let mut out = Vec::new();
            let mut peak = 0;
            while let Some(item) = merged.next_event() {
                out.push(fingerprint(&item.unwrap()));
                peak = peak.max(merged.loaded_buffer_bytes());
            }
            (out, peak)
        };
        let (roomy, roomy_peak) = run(etw_etl::DEFAULT_MEMORY_BUDGET);
        let (tight, tight_peak) = run(1);
        assert!(roomy == tight, "{rel}: a tiny budget changed the events");
        assert!(tight_peak < roomy_peak || roomy_peak <= 2 << 20, "{rel}: {tight_peak} vs {roomy_peak}");
        assert!(tight_peak <= 2 << 20, "{rel}: one buffer at a time, held {tight_peak}");
    }
}
