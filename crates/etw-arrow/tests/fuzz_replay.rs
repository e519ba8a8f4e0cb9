//! Replays the ETL reader's fuzz inputs (`fuzz/corpus/etl_reader/` seeds and `fuzz/regressions/etl_reader/`),
//! and bit-flipped corpus traces, through the body of the `tables` fuzz target, on stable. None may panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::Path;

#[test]
fn tables_survive_every_reader_fuzz_input() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/etl_reader", "regressions/etl_reader"] {
        for (name, data) in etw_testkit::fuzz::replay::seed_files(&fuzz.join(dir)) {
            if let Err(e) = std::panic::catch_unwind(|| etw_arrow::fuzzing::tables(&data)) {
                let msg =
                    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                panic!("tables panicked on {dir}/{name}: {}", msg.unwrap_or_default());
            }
            replayed += 1;
        }
    }
    assert!(replayed > 100, "only {replayed} inputs replayed");
}

/// Mutations of real traces (bit flips), as the fuzzer makes them, through the columnar encoders.
#[test]
fn tables_survive_flipped_corpus_traces() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let mut rng = etw_testkit::fuzz::replay::Rng(0x7461_626c);
    for rel in etw_testkit::corpus::etl_files(&corpus) {
        let bytes = std::fs::read(corpus.join("etl").join(&rel)).unwrap();
        if bytes.len() > 4 << 20 {
            continue;
        }
        for _ in 0..2 {
            let mut copy = bytes.clone();
            for _ in 0..16 {
                let at = rng.below(copy.len().max(1));
                if let Some(b) = copy.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            etw_arrow::fuzzing::tables(&copy);
        }
    }
}
