//! Replays the ETL reader's fuzz inputs (`fuzz/corpus/etl_reader/` seeds and `fuzz/regressions/etl_reader/`),
//! and bit-flipped corpus traces, through the body of the `tables` fuzz target, on stable. None may panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_testkit::fuzz::replay;

#[test]
fn tables_survive_every_reader_fuzz_input() {
    let replayed = replay::each_reader_input("tables", etw_arrow::fuzzing::tables);
    assert!(replayed > 100, "only {replayed} inputs replayed");
}

/// Mutations of real traces (bit flips), as the fuzzer makes them, through the columnar encoders.
#[test]
fn tables_survive_flipped_corpus_traces() {
    replay::each_flipped_corpus_trace(0x7461_626c, 2, etw_arrow::fuzzing::tables);
}
