//! Replays the ETL reader's fuzz inputs (`fuzz/corpus/etl_reader/` seeds and `fuzz/regressions/etl_reader/`)
//! through the stats and netmon aggregation body of the `aggregates` fuzz target, on stable. None may panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_testkit::fuzz::replay;

#[test]
fn aggregates_survive_every_reader_fuzz_input() {
    let replayed = replay::each_reader_input("aggregates", etw_pipeline::fuzzing::aggregates);
    assert!(replayed > 100, "only {replayed} inputs replayed");
}

/// Mutations of real traces (bit flips), as the fuzzer makes them, through the aggregation body.
#[test]
fn aggregates_survive_flipped_corpus_traces() {
    replay::each_flipped_corpus_trace(0x6167_6772, 3, etw_pipeline::fuzzing::aggregates);
}
