//! Every TraceLogging event of the shared corpus through [`TraceLoggingSource`]: each decodes without error, its
//! properties consume the payload exactly (no trailing bytes), every value writes as JSON, and the provider names
//! match the facts an independent scanner measured (`tl_provider_names` in `corpus/expected/*.facts.json`).
//!
//! Set `ETWKIT_TL_DUMP=1` to print each distinct schema and one decoded event of it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use etw_core::ExtType;
use etw_etl::EtlReader;
use etw_schema::sources::tracelogging::TraceLoggingSource;
use etw_schema::{write_json, Decoder, SchemaSource};
use etw_testkit::corpus;

/// The corpus files whose facts list TraceLogging metadata items (extended item type 11), with that count.
const TL_FILES: [(&str, u64); 9] = [
    ("airbus-etl-parser/AMSITrace.etl", 19),
    ("airbus-etl-parser/lxcore_kernel.etl", 2),
    ("ebpf-for-windows/ebpforwindows.etl", 13841),
    ("etwanalyzer/TraceLoggingTester.etl", 70),
    ("hw3d/trace.etl", 1),
    ("perfview/diaghub.user_paged.1.etl", 256),
    ("perfview/primitive-types.etl", 5),
    ("perfview/SelfDescribingSingleEvent.etl", 1),
    ("pyetwkit/sample.etl", 73),
];

/// A facts value: the text after `"key": ` up to the end of its line (numbers) or its closing brace (objects).
fn fact<'a>(facts: &'a str, key: &str) -> &'a str {
    let at = facts.find(&format!("\"{key}\": ")).unwrap_or_else(|| panic!("no {key} in facts"));
    let rest = &facts[at + key.len() + 4..];
    if rest.starts_with('{') {
        &rest[..rest.find('}').unwrap() + 1]
    } else {
        rest[..rest.find([',', '\n']).unwrap()].trim()
    }
}

/// A flat `{"text": number, ...}` facts object.
fn flat_object(obj: &str) -> BTreeMap<String, u64> {
    let inner = obj.trim().trim_start_matches('{').trim_end_matches('}');
    inner
        .split(',')
        .filter(|kv| !kv.trim().is_empty())
        .map(|kv| {
            let (k, v) = kv.trim().rsplit_once(": ").unwrap();
            (k.trim_matches('"').to_owned(), v.trim().parse().unwrap())
        })
        .collect()
}

#[test]
fn facts_list_exactly_these_tracelogging_files() {
    let Some(dir) = corpus::require() else { return };
    let mut found = Vec::new();
    for rel in corpus::etl_files(&dir) {
        let Ok(facts) = std::fs::read_to_string(corpus::facts_path(&dir, &rel)) else { continue };
        if let Some(n) = flat_object(fact(&facts, "ext_types")).get("11") {
            found.push((corpus::slash_name(&rel), *n));
        }
    }
    found.sort();
    let mut want: Vec<(String, u64)> = TL_FILES.iter().map(|(f, n)| ((*f).to_owned(), *n)).collect();
    want.sort();
    assert_eq!(found, want);
}

struct FileResult {
    tl_events: u64,
    names: BTreeMap<String, u64>,
    errors: Vec<String>,
    schemas: usize,
    properties: u64,
}

fn decode_file(path: &Path, dump: bool) -> FileResult {
    let mut reader = EtlReader::open(path).unwrap();
    let mut source = TraceLoggingSource::new();
    let mut decoder = Decoder::new();
    let mut res = FileResult { tl_events: 0, names: BTreeMap::new(), errors: Vec::new(), schemas: 0, properties: 0 };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    reader.for_each(
        |ev| {
            let Some(answer) = source.lookup(ev) else {
                assert!(ev.extended().find(ExtType::EVENT_SCHEMA_TL).is_none());
                return;
            };
            res.tl_events += 1;
            let schema = match answer {
                Ok(s) => s,
                Err(e) => {
                    res.errors.push(format!("{:?}: {e}", ev.location()));
                    return;
                }
            };
            let name = schema.provider_name.as_deref().unwrap_or("<none>");
            *res.names.entry(format!("{} {name}", ev.provider_id())).or_default() += 1;
            let decoded = match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                Ok(d) => d,
                Err(e) => {
                    res.errors.push(format!("{} {:?}: {e}", schema.display_name(), ev.location()));
                    return;
                }
            };
            if decoded.trailing_bytes() != 0 {
                res.errors.push(format!(
                    "{} {:?}: {} trailing bytes of {}",
                    schema.display_name(),
                    ev.location(),
                    decoded.trailing_bytes(),
                    ev.payload().len()
                ));
            }
            let mut line = Vec::new();
            for (p, v) in decoded.properties() {
                out.clear();
                write_json(&mut out, &v, Some(p));
                assert!(!out.is_empty());
                res.properties += 1;
                line.push(format!("{}={}", p.name, String::from_utf8_lossy(&out)));
            }
            let key = format!("{}/{}/{:?}", ev.provider_id(), schema.display_name(), schema.properties);
            if seen.insert(key) {
                res.schemas += 1;
                if dump {
                    println!("{name}/{} id={} {:?}", schema.display_name(), ev.id(), schema.properties);
                    println!("    {}", line.join("; "));
                }
            }
        },
        |d| panic!("{d}"),
    );
    res
}

#[test]
fn every_tracelogging_event_in_the_corpus_decodes_exactly() {
    let Some(dir) = corpus::require() else { return };
    let dump = std::env::var_os("ETWKIT_TL_DUMP").is_some();
    let mut errs = Vec::new();
    let mut total = 0;
    for (rel, want) in TL_FILES {
        let r = decode_file(&dir.join("etl").join(rel), dump);
        let facts = std::fs::read_to_string(corpus::facts_path(&dir, Path::new(rel))).unwrap();
        let names = flat_object(fact(&facts, "tl_provider_names"));
        if r.tl_events != want {
            errs.push(format!("{rel}: {} TraceLogging events, facts say {want}", r.tl_events));
        }
        for (k, n) in &r.names {
            if names.get(k) != Some(n) {
                errs.push(format!("{rel}: provider {k}: {n} events, facts say {:?}", names.get(k)));
            }
        }
        errs.extend(r.errors.iter().take(20).map(|e| format!("{rel}: {e}")));
        if r.errors.len() > 20 {
            errs.push(format!("{rel}: ... {} errors in all", r.errors.len()));
        }
        eprintln!("{rel}: {} events, {} schemas, {} properties", r.tl_events, r.schemas, r.properties);
        total += r.tl_events;
    }
    assert!(errs.is_empty(), "{} problems:\n{}", errs.len(), errs.join("\n"));
    assert_eq!(total, TL_FILES.iter().map(|(_, n)| n).sum::<u64>());
}
