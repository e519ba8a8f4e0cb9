//! For every corpus trace: the Parquet dataset read back with the `parquet` crate says what `etw dump` says.
//!
//! - the `events` table has one row per dump line, in the same order, with the same header values and the same
//!   properties object;
//! - every typed table's rows, found in the dump by their (file, record_index), hold every property the dump
//!   shows, after the documented type mapping (`docs/ANALYTICS.md`): integers shown in hex are numbers, times are
//!   timestamps, binary is bytes, value maps are names with the raw value in `NAME_value`, arrays are lists and
//!   structs are structs; and every event with a decoded schema is in a typed table.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, TimeUnit};
use etw_arrow::{DatasetOptions, ParquetDataset};
use etw_pipeline::sinks::json::{JsonLines, JsonStyle};
use etw_pipeline::{Order, Pipeline};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value as J;

/// The header columns before a typed table's properties.
const HEADER_COLUMNS: usize = 8;

fn registry() -> etw_schema::SchemaRegistry {
    etw_trace::default_registry(&[]).unwrap().0
}

fn dump_lines(path: &Path) -> Vec<J> {
    let mut sink = JsonLines::new(Vec::new(), JsonStyle::Decoded);
    Pipeline::new([path]).order(Order::Time).threads(1).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    let text = String::from_utf8(sink.into_inner()).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn convert(path: &Path, out: &Path) -> etw_arrow::DatasetReport {
    let mut sink = ParquetDataset::new(out, DatasetOptions { threads: 2, ..DatasetOptions::default() });
    Pipeline::new([path]).order(Order::Time).threads(2).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    sink.report().clone()
}

fn read_parquet(path: &Path) -> Vec<RecordBatch> {
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap()).unwrap().build().unwrap();
    reader.map(|b| b.unwrap()).collect()
}

/// RFC 3339 with 100 ns, as dump writes times.
fn rfc3339(ns: i64) -> String {
    let t = etw_core::FileTime(ns.div_euclid(100) + 116_444_736_000_000_000);
    let mut out = Vec::new();
    t.write_rfc3339(&mut out);
    String::from_utf8(out).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One cell as JSON, by the Arrow type.
fn cell(a: &dyn Array, i: usize) -> J {
    if a.is_null(i) {
        return J::Null;
    }
    match a.data_type() {
        DataType::Boolean => J::Bool(a.as_boolean().value(i)),
        DataType::Int8 => a.as_primitive::<Int8Type>().value(i).into(),
        DataType::Int16 => a.as_primitive::<Int16Type>().value(i).into(),
        DataType::Int32 => a.as_primitive::<Int32Type>().value(i).into(),
        DataType::Int64 => a.as_primitive::<Int64Type>().value(i).into(),
        DataType::UInt8 => a.as_primitive::<UInt8Type>().value(i).into(),
        DataType::UInt16 => a.as_primitive::<UInt16Type>().value(i).into(),
        DataType::UInt32 => a.as_primitive::<UInt32Type>().value(i).into(),
        DataType::UInt64 => a.as_primitive::<UInt64Type>().value(i).into(),
        DataType::Float32 => J::from(f64::from(a.as_primitive::<Float32Type>().value(i))),
        DataType::Float64 => J::from(a.as_primitive::<Float64Type>().value(i)),
        DataType::Utf8 => J::String(a.as_string::<i32>().value(i).to_owned()),
        DataType::Binary => J::String(hex(a.as_binary::<i32>().value(i))),
        DataType::Timestamp(TimeUnit::Nanosecond, _) => {
            J::String(rfc3339(a.as_primitive::<TimestampNanosecondType>().value(i)))
        }
        DataType::List(_) => {
            let l = a.as_list::<i32>().value(i);
            J::Array((0..l.len()).map(|j| cell(l.as_ref(), j)).collect())
        }
        DataType::Struct(fields) => {
            let s = a.as_struct();
            J::Object(
                fields.iter().enumerate().map(|(k, f)| (f.name().clone(), cell(s.column(k).as_ref(), i))).collect(),
            )
        }
        other => panic!("unexpected Arrow type {other}"),
    }
}

/// Does `got` (a typed cell as JSON) show what dump shows (`want`), under the documented mapping?
fn matches(got: &J, want: &J) -> bool {
    match (got, want) {
        (g, w) if g == w => true,
        // Integers dump writes in hex ("0x1f"): numbers in the table.
        (J::Number(g), J::String(w)) if w.starts_with("0x") => {
            u64::from_str_radix(&w[2..], 16).ok() == g.as_u64()
                || i64::from_str_radix(&w[2..], 16).ok().map(|x| x as i32 as i64) == g.as_i64()
                || u64::from_str_radix(&w[2..], 16).ok().map(|x| x as u32 as i32 as i64) == g.as_i64()
        }
        (J::Number(g), J::Number(w)) => {
            let (g, w) = (g.as_f64().unwrap(), w.as_f64().unwrap());
            (g - w).abs() <= 1e-6 * w.abs().max(1.0)
        }
        // Values kept as their JSON text.
        (J::String(g), w) if !w.is_string() => g.as_str() == w.to_string().as_str(),
        (J::Array(g), J::Array(w)) => g.len() == w.len() && g.iter().zip(w).all(|(g, w)| matches(g, w)),
        (J::Object(g), J::Object(w)) => object_matches(g, w).is_ok(),
        _ => false,
    }
}

/// Every property dump shows is in the columns (a value-mapped one as its name, or its raw value when the map
/// has no name for it), and no column holds a value dump does not show.
fn object_matches(got: &serde_json::Map<String, J>, want: &serde_json::Map<String, J>) -> Result<(), String> {
    for (k, w) in want {
        let g = got.get(k).ok_or_else(|| format!("no column {k}"))?;
        let ok = match got.get(&format!("{k}_value")) {
            Some(raw) if g.is_null() || !w.is_string() => matches(raw, w),
            Some(raw) if got.get(k).is_some_and(J::is_string) && !matches(g, w) => matches(raw, w),
            _ => matches(g, w),
        };
        if !ok {
            return Err(format!("{k}: table has {g}, dump has {w}"));
        }
    }
    for (k, g) in got {
        let base = k.strip_suffix("_value").filter(|b| got.contains_key(*b) && want.contains_key(*b));
        if !g.is_null() && !want.contains_key(k) && base.is_none() {
            return Err(format!("column {k} has {g}, dump shows no such property"));
        }
    }
    Ok(())
}

fn corpus_files() -> Option<Vec<PathBuf>> {
    let corpus = etw_testkit::corpus::require()?;
    Some(etw_testkit::corpus::etl_files(&corpus).into_iter().map(|rel| corpus.join("etl").join(rel)).collect())
}

fn parquet_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            parquet_files(&p, out);
        } else {
            assert!(
                p.extension().is_some_and(|x| x == "parquet")
                    && !p.file_name().unwrap().to_string_lossy().starts_with('.'),
                "{}: only complete part files are left",
                p.display()
            );
            out.push(p);
        }
    }
}

fn check_file(path: &Path, out: &Path) -> (usize, usize) {
    let dump = dump_lines(path);
    let report = convert(path, out);
    assert_eq!(report.events, dump.len() as u64, "{}: events rows", path.display());

    // The events table, row by row.
    let events: Vec<RecordBatch> = read_parquet(&out.join("events/part-0.parquet"));
    let mut row = 0usize;
    let mut by_record: HashMap<(String, u64), usize> = HashMap::new();
    for b in &events {
        let col = |name: &str| b.column_by_name(name).unwrap().clone();
        let names = ["timestamp", "provider_name", "provider_guid", "id", "version", "opcode", "task", "level"];
        for i in 0..b.num_rows() {
            let d = &dump[row];
            let at = || format!("{} event {row}", path.display());
            assert_eq!(cell(col(names[0]).as_ref(), i), d["timestamp"], "{}: timestamp", at());
            let provider = &d["provider"];
            assert_eq!(cell(col(names[1]).as_ref(), i), provider.get("name").cloned().unwrap_or(J::Null), "{}", at());
            assert_eq!(cell(col(names[2]).as_ref(), i), provider.get("guid").cloned().unwrap_or(J::Null), "{}", at());
            for k in [
                "id",
                "version",
                "opcode",
                "task",
                "level",
                "pid",
                "tid",
                "cpu",
                "activity_id",
                "related_activity_id",
                "event_name",
                "header_kind",
                "decoded_by",
            ] {
                assert_eq!(cell(col(k).as_ref(), i), d[k], "{}: {k}", at());
            }
            let kw = d["keywords"].as_str().unwrap();
            assert_eq!(cell(col("keywords").as_ref(), i).as_u64(), u64::from_str_radix(&kw[2..], 16).ok(), "{}", at());
            let props = cell(col("properties").as_ref(), i);
            let props: J =
                if props.is_null() { J::Null } else { serde_json::from_str(props.as_str().unwrap()).unwrap() };
            assert_eq!(props, d["properties"], "{}: properties", at());
            let file = cell(col("file").as_ref(), i).as_str().unwrap().to_owned();
            let record = cell(col("record_index").as_ref(), i).as_u64().unwrap();
            assert!(by_record.insert((file, record), row).is_none(), "{}: record_index repeats", at());
            row += 1;
        }
    }
    assert_eq!(row, dump.len(), "{}: rows", path.display());

    // The typed tables: every row is a decoded event of the dump, with the same properties.
    let mut files = Vec::new();
    if out.join("typed").exists() {
        parquet_files(&out.join("typed"), &mut files);
    }
    let mut typed_rows = 0usize;
    for f in &files {
        for b in read_parquet(f) {
            let schema = b.schema();
            for i in 0..b.num_rows() {
                let file = cell(b.column_by_name("_file").unwrap().as_ref(), i).as_str().unwrap().to_owned();
                let record = cell(b.column_by_name("_record_index").unwrap().as_ref(), i).as_u64().unwrap();
                let line = by_record[&(file, record)];
                let d = &dump[line];
                let at = format!("{} event {line} in {}", path.display(), f.display());
                assert_eq!(cell(b.column_by_name("_timestamp").unwrap().as_ref(), i), d["timestamp"], "{at}");
                assert_eq!(cell(b.column_by_name("_pid").unwrap().as_ref(), i), d["pid"], "{at}");
                let got: serde_json::Map<String, J> = schema
                    .fields()
                    .iter()
                    .enumerate()
                    .skip(HEADER_COLUMNS)
                    .map(|(k, fld)| (fld.name().clone(), cell(b.column(k).as_ref(), i)))
                    .collect();
                let want =
                    d["properties"].as_object().unwrap_or_else(|| panic!("{at}: typed row of an undecoded event"));
                if let Err(e) = object_matches(&got, want) {
                    panic!("{at}: {e}");
                }
                typed_rows += 1;
            }
        }
    }
    let decoded = dump.iter().filter(|d| d["decoded_by"] != "none").count();
    assert_eq!(typed_rows, decoded, "{}: every decoded event is in a typed table", path.display());
    assert_eq!(report.typed_rows, decoded as u64);
    (dump.len(), typed_rows)
}

#[test]
fn datasets_read_back_equal_dump() {
    let Some(files) = corpus_files() else { return };
    let tmp = std::env::temp_dir().join(format!("etw-arrow-roundtrip-{}", std::process::id()));
    let (mut events, mut typed) = (0, 0);
    for (n, path) in files.iter().enumerate() {
        let out = tmp.join(n.to_string());
        let (e, t) = check_file(path, &out);
        events += e;
        typed += t;
        let _ = std::fs::remove_dir_all(&out);
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(events > 500_000, "the corpus has over half a million events; saw {events}");
    assert!(typed > events / 2, "most corpus events decode into typed tables; saw {typed} of {events}");
}

/// Every typed row of a dataset as (file, record, the row's values as JSON text), sorted.
fn typed_rows(out: &Path) -> Vec<(String, u64, String)> {
    let mut files = Vec::new();
    parquet_files(&out.join("typed"), &mut files);
    let mut rows = Vec::new();
    for f in &files {
        for b in read_parquet(f) {
            for i in 0..b.num_rows() {
                let file = cell(b.column_by_name("_file").unwrap().as_ref(), i).as_str().unwrap().to_owned();
                let record = cell(b.column_by_name("_record_index").unwrap().as_ref(), i).as_u64().unwrap();
                let values: Vec<J> = (0..b.num_columns()).map(|k| cell(b.column(k).as_ref(), i)).collect();
                rows.push((file, record, serde_json::to_string(&values).unwrap()));
            }
        }
    }
    rows.sort();
    rows
}

#[test]
fn a_tiny_memory_budget_splits_tables_into_parts_and_loses_nothing() {
    let Some(files) = corpus_files() else { return };
    let path = files.iter().find(|p| p.ends_with("etwanalyzer/TraceLoggingTester.etl")).unwrap();
    let tmp = std::env::temp_dir().join(format!("etw-arrow-budget-{}", std::process::id()));
    let (roomy, tight) = (tmp.join("roomy"), tmp.join("tight"));
    convert(path, &roomy);
    // Row groups of 500 rows and 64 KiB: waiting rows are written early, files are completed to keep the
    // open columns bounded, and tables come out in several parts.
    let opts = DatasetOptions { row_group_rows: 500, memory_budget: 64 << 10, threads: 3, ..DatasetOptions::default() };
    let mut sink = ParquetDataset::new(&tight, opts);
    Pipeline::new([path]).order(Order::Time).threads(2).schemas(registry()).run(&mut sink, |_| {}).unwrap();
    let mut parts = Vec::new();
    parquet_files(&tight.join("typed"), &mut parts);
    let mut roomy_parts = Vec::new();
    parquet_files(&roomy.join("typed"), &mut roomy_parts);
    assert!(parts.len() > roomy_parts.len(), "{} parts, {} with room", parts.len(), roomy_parts.len());
    assert_eq!(typed_rows(&tight), typed_rows(&roomy));
    let events = |dir: &Path| {
        read_parquet(&dir.join("events/part-0.parquet"))
            .iter()
            .map(|b| (0..b.num_rows()).map(|i| cell(b.column(20).as_ref(), i)).collect::<Vec<_>>())
            .collect::<Vec<_>>()
            .concat()
    };
    assert_eq!(events(&tight), events(&roomy));
    let _ = std::fs::remove_dir_all(&tmp);
}
