//! `etw convert` and `etw dump --format csv / -o` end to end: what they write, where, and what they do with bad
//! input and bad output places. (The values themselves are checked against `dump` for every corpus trace in
//! etw-arrow's corpus_roundtrip test, and by DuckDB in tests/python.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use etw_testkit::corpus;
use serde_json::Value;

mod common;
use common::etw;

fn etl(dir: &Path, rel: &str) -> PathBuf {
    dir.join("etl").join(rel)
}

fn scratch(name: &str) -> PathBuf {
    common::scratch("convert", name)
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(files_below(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn dump_lines(path: &Path) -> Vec<Value> {
    let out = etw().arg("dump").arg(path).output().unwrap();
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Splits CSV text into records of fields (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn dump_csv_has_the_events_columns_and_dump_values() {
    let Some(dir) = corpus::require() else { return };
    let trace = etl(&dir, "ebpf-for-windows/ebpforwindows.etl");
    let tmp = scratch("csv");
    let csv_path = tmp.join("events.csv");
    let out = etw().args(["dump", "--format", "csv", "-o"]).arg(&csv_path).arg(&trace).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "-o writes nothing to stdout");
    let rows = parse_csv(&std::fs::read_to_string(&csv_path).unwrap());
    let header = &rows[0];
    assert_eq!(header[0], "timestamp");
    assert_eq!(header.len(), 23, "{header:?}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let dump = dump_lines(&trace);
    assert_eq!(rows.len() - 1, dump.len());
    for (row, d) in rows[1..].iter().zip(&dump) {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[col("timestamp")], d["timestamp"].as_str().unwrap());
        assert_eq!(row[col("id")], d["id"].to_string());
        assert_eq!(row[col("provider_guid")], d["provider"]["guid"].as_str().unwrap_or(""));
        assert_eq!(row[col("event_name")], d["event_name"].as_str().unwrap_or(""));
        let kw = u64::from_str_radix(&d["keywords"].as_str().unwrap()[2..], 16).unwrap();
        assert_eq!(row[col("keywords")], kw.to_string());
        let props = &row[col("properties")];
        if d["properties"].is_null() {
            assert_eq!(props, "");
        } else {
            assert_eq!(serde_json::from_str::<Value>(props).unwrap(), d["properties"]);
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn convert_writes_a_dataset_and_refuses_to_overwrite_one() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("dataset");
    let ds = tmp.join("ds");
    let trace = etl(&dir, "tx/KernelNetwork.etl");
    let out = etw().args(["convert", "-o"]).arg(&ds).arg(&trace).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = files_below(&ds);
    assert!(files.contains(&ds.join("events/part-0.parquet")));
    let kn = ds.join("typed/provider=Microsoft-Windows-Kernel-Network/event=TcpIp%2FRecv/v=0/part-0.parquet");
    assert!(files.contains(&kn), "{files:?}");
    assert!(files.iter().all(|f| f.extension().unwrap() == "parquet"), "{files:?}");
    // Parquet files begin and end with the magic PAR1: complete files.
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"), "{}", f.display());
    }

    let again = etw().args(["convert", "-o"]).arg(&ds).arg(&trace).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    assert_eq!(files_below(&ds), files, "a refused run changes nothing");

    let forced = etw().args(["convert", "--force", "--no-typed", "-o"]).arg(&ds).arg(&trace).output().unwrap();
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    assert_eq!(files_below(&ds), vec![ds.join("events/part-0.parquet")]);
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn convert_reads_directories_patterns_and_stdin() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("inputs");
    // A directory: every .etl below it.
    let out =
        etw().args(["convert", "--format", "jsonl", "-o"]).arg(tmp.join("a")).arg(dir.join("etl/tx")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(tmp.join("a/events/part-0.jsonl")).unwrap();
    let tx: Vec<PathBuf> = std::fs::read_dir(dir.join("etl/tx")).unwrap().map(|e| e.unwrap().path()).collect();
    let mut expected = 0;
    for f in &tx {
        expected += dump_lines(f).len();
    }
    assert_eq!(text.lines().count(), expected);

    // A pattern, expanded by etw itself.
    let pattern = format!("{}/tx/Kernel*.etl", dir.join("etl").display());
    let out = etw().args(["convert", "--format", "csv", "-o"]).arg(tmp.join("b")).arg(&pattern).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = std::fs::read_to_string(tmp.join("b/events/part-0.csv")).unwrap();
    assert_eq!(csv.lines().count() - 1, dump_lines(&etl(&dir, "tx/KernelNetwork.etl")).len());
    let none =
        etw().args(["convert", "-o"]).arg(tmp.join("c")).arg(format!("{}/*.nothing", tmp.display())).output().unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no file matches"));

    // stdin.
    let trace = etl(&dir, "pyetwkit/sample.etl");
    let mut child = etw()
        .args(["dump", "--format", "csv", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&std::fs::read(&trace).unwrap()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count() - 1, dump_lines(&trace).len());
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn a_damaged_trace_converts_what_is_readable_and_exits_2() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("damaged");
    let full = std::fs::read(etl(&dir, "tx/KernelNetwork.etl")).unwrap();
    let cut = tmp.join("cut.etl");
    std::fs::write(&cut, &full[..10 * 8192 + 3000]).unwrap();
    let out = etw().args(["convert", "-o"]).arg(tmp.join("ds")).arg(&cut).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("buffer 10 at file offset 0x14000"), "{err}");
    let bytes = std::fs::read(tmp.join("ds/events/part-0.parquet")).unwrap();
    assert!(bytes.ends_with(b"PAR1"), "the readable events are written completely");
    let _ = std::fs::remove_dir_all(&tmp);
}

#[cfg(unix)]
#[test]
fn an_unwritable_output_is_a_clear_error_and_leaves_no_file() {
    let Some(dir) = corpus::require() else { return };
    let trace = etl(&dir, "pyetwkit/sample.etl");
    // A path under a regular file cannot be a directory.
    let tmp = scratch("unwritable");
    let blocker = tmp.join("file");
    std::fs::write(&blocker, b"x").unwrap();
    let out = etw().args(["convert", "-o"]).arg(blocker.join("ds")).arg(&trace).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("etw: error:") && err.contains("file/ds"), "{err}");
    let out = etw().args(["dump", "-o"]).arg(blocker.join("x.jsonl")).arg(&trace).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // /dev/full: every write fails with "no space left"; the temporary file is removed, no final file appears.
    if Path::new("/dev/full").exists() {
        let ds = tmp.join("full");
        std::fs::create_dir_all(&ds).unwrap();
        let out = etw().args(["dump", "-o", "/dev/full"]).arg(&trace).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(files_below(&tmp), vec![blocker]);
    let _ = std::fs::remove_dir_all(&tmp);
}
