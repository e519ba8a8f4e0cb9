//! Replays the fuzz targets' inputs on stable: every seed in `fuzz/corpus/<target>/` and every input that once
//! crashed a target, in `fuzz/regressions/<target>/`. Each must run through its target body without a panic.
//!
//! `cargo test -p etw-etl --test fuzz_replay -- --ignored write_seeds` rewrites the seed files from the
//! builders in `etw_testkit::fuzz::seeds`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::{Path, PathBuf};

use etw_core::HookId;
use etw_etl::{EtlReader, TimeOrderReader};
use etw_testkit::fuzz;

type Body = fn(&[u8]);

const TARGETS: [(&str, Body); 2] = [("etl_reader", fuzz::etl_reader), ("lzxpress", fuzz::lzxpress)];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// The files of `dir`, sorted; fails if the directory is missing or empty.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let rd = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = rd.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no inputs", dir.display());
    files
}

fn replay(kind: &str) {
    for (target, body) in TARGETS {
        let dir = fuzz_dir().join(kind).join(target);
        for path in inputs(&dir) {
            let data = std::fs::read(&path).unwrap();
            if let Err(e) = std::panic::catch_unwind(|| body(&data)) {
                let msg =
                    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                panic!("{target} panicked on {}: {}", path.display(), msg.unwrap_or_default());
            }
        }
    }
}

#[test]
fn seed_corpus_replays_cleanly() {
    replay("corpus");
}

#[test]
fn regressions_replay_cleanly() {
    replay("regressions");
}

/// The built-in seeds are what they claim: readable ETL files with the records and damage they were made for.
#[test]
fn synthetic_seeds_read_as_intended() {
    let seeds = fuzz::seeds::etl_reader();
    let get = |name: &str| seeds.iter().find(|(n, _)| *n == name).map(|(_, d)| d.clone()).unwrap();
    let read = |data: Vec<u8>| {
        let mut r = EtlReader::new(std::io::Cursor::new(data)).unwrap();
        let (mut events, mut damage) = (Vec::new(), Vec::new());
        r.for_each(|ev| events.push((ev.header_kind(), ev.payload().to_vec())), |d| damage.push(d.clone()));
        (events, damage, r)
    };
    for (name, data) in &seeds {
        match *name {
            "tiny" => assert!(EtlReader::new(std::io::Cursor::new(data)).is_err()),
            _ => {
                let r = EtlReader::new(std::io::Cursor::new(data)).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(r.logfile_header().logger_name, "Seed Session", "{name}");
            }
        }
    }
    let (events, damage, _) = read(get("kinds64"));
    assert!(damage.is_empty(), "{damage:?}");
    assert_eq!(events.len(), 1 + 12);
    assert_eq!(events[1].1, b"sys");
    let (events, damage, _) = read(get("kinds32"));
    assert!(damage.is_empty(), "{damage:?}");
    assert_eq!(events.len(), 1 + 12);
    let (events, damage, r) = read(get("compressed"));
    assert!(damage.is_empty(), "{damage:?}");
    assert_eq!(events.len(), 1 + 24 + 1);
    assert_eq!(r.counts().compressed_buffers, 1);
    let mut r = EtlReader::new(std::io::Cursor::new(get("extended"))).unwrap();
    let mut n_items = 0;
    r.for_each(
        |ev| {
            if ev.hook() != Some(HookId(0)) {
                n_items += ev.extended().iter().count();
            }
        },
        |d| panic!("{d}"),
    );
    assert_eq!(n_items, 21);
    let (events, damage, _) = read(get("resync"));
    assert_eq!(damage.len(), 1, "{damage:?}");
    assert_eq!(events.len(), 1 + 2);
    let (events, damage, _) = read(get("bad-record"));
    assert_eq!(damage.len(), 1, "{damage:?}");
    assert_eq!(events.len(), 1 + 1 + 2);
    for name in ["truncated", "truncated-compressed"] {
        let (_, damage, _) = read(get(name));
        assert!(!damage.is_empty(), "{name}");
    }
    let mut merged = TimeOrderReader::new(vec![EtlReader::new(std::io::Cursor::new(get("two-processors"))).unwrap()]);
    let mut order = Vec::new();
    merged.for_each(|ev| order.push(ev.payload().to_vec()), |d| panic!("{d}"));
    assert_eq!(order[1..], [b"a", b"b", b"c", b"d", b"e"].map(|p| p.to_vec()));
}

/// Writes the built-in seeds to `fuzz/corpus/<target>/seed-<name>`.
#[test]
#[ignore = "rewrites the seed files in fuzz/corpus"]
fn write_seeds() {
    for (target, seeds) in [("etl_reader", fuzz::seeds::etl_reader()), ("lzxpress", fuzz::seeds::lzxpress())] {
        let dir = fuzz_dir().join("corpus").join(target);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, data) in seeds {
            std::fs::write(dir.join(format!("seed-{name}")), data).unwrap();
        }
    }
}
