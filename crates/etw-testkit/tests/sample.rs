//! The synthetic sample that the README's first command shows reads back as written.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;
use std::process::Command;

use etw_etl::{EtlReader, TimeOrderReader};

#[test]
fn sample_reads_back_in_both_orders() {
    let out = std::env::temp_dir().join(format!("etw-sample-{}.etl", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_etw-sample")).arg(&out).status().unwrap();
    assert!(status.success());
    let mut kinds = BTreeMap::<String, u32>::new();
    let mut r = EtlReader::open(&out).unwrap();
    assert_eq!(r.logfile_header().logger_name, "etwkit-sample");
    r.for_each(|ev| *kinds.entry(ev.header_kind().to_string()).or_default() += 1, |d| panic!("{d}"));
    assert_eq!(r.counts().compressed_buffers, 1);
    let expected: BTreeMap<String, u32> =
        [("EVENT_HEADER64", 131), ("FULL_HEADER64", 1), ("MESSAGE", 1), ("PERFINFO64", 1), ("SYSTEM64", 2)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
    assert_eq!(kinds, expected);
    let mut merged = TimeOrderReader::new(vec![EtlReader::open(&out).unwrap()]);
    let mut last = i64::MIN;
    merged.for_each(
        |ev| {
            assert!(ev.timestamp().0 >= last);
            last = ev.timestamp().0;
        },
        |d| panic!("{d}"),
    );
    assert_eq!(merged.counts().records, 136);
    std::fs::remove_file(&out).unwrap();
}
