//! Every kernel record of the real corpus against the built-in kernel layouts: each kernel hook record (SYSTEM,
//! COMPACT, PERFINFO) and each classic record of a kernel or KernelTraceControl class must decode without error,
//! or be one of the few listed below as unknown, with the reason.
//!
//! The test prints a table per class, event type and version: records decoded, how many of them had bytes after
//! the last known field (newer builds append fields), and the unknown ones.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;

use etw_core::EventRef;
use etw_etl::EtlReader;
use etw_schema::sources::kernel::KernelMofSource;
use etw_schema::{write_json, Decoder, SchemaSource};
use etw_testkit::corpus;

/// Records this source does not decode, by (class or group, event type, version), with the reason.
const KNOWN_UNKNOWN: &[(&str, u8, u8, &str)] = &[
    ("SystemConfig", 19, 2, "SystemConfig event type 19 is in no public MOF (one 8-byte record)"),
    (
        "SysConfigEx",
        36,
        0,
        "KernelTraceControl network-interface record: no public layout (1352 bytes of fixed buffers)",
    ),
    ("SysConfigEx", 37, 0, "KernelTraceControl SysConfigEx type 37: no public layout (16 bytes)"),
    ("ImageID", 34, 2, "KernelTraceControl DbgID type 34 (a .dbg file name after three ULONGs): no public layout"),
    ("ImageID", 39, 1, "KernelTraceControl DbgID type 39 (a GUID after a version word): no public layout"),
    ("ImageID", 41, 1, "KernelTraceControl DbgID type 41 (an error message): no public layout"),
    (
        "bf6ef1cb-89b5-490a-80ac-b180cfbcff0f",
        33,
        0,
        "KernelTraceControl PerfTrack metadata: compressed, no public layout",
    ),
    ("bf6ef1cb-89b5-490a-80ac-b180cfbcff0f", 34, 1, "KernelTraceControl PerfTrack metadata: no public layout"),
];

/// Class GUIDs of KernelTraceControl that this source does not cover at all (so they are counted as unknown).
const UNCOVERED_CLASSES: &[&str] = &["bf6ef1cb-89b5-490a-80ac-b180cfbcff0f"];

#[derive(Default)]
struct Tally {
    decoded: u64,
    with_trailing: u64,
    unknown: u64,
    errors: Vec<String>,
    files: std::collections::BTreeSet<String>,
}

fn class_key(ev: &EventRef<'_>) -> Option<String> {
    if let Some(h) = ev.hook() {
        if h.0 == 0x030A {
            return Some("Image".into());
        }
        return Some(
            KernelMofSource::class_of_group(h.group()).map_or_else(|| h.group().to_string(), |(n, _)| n.into()),
        );
    }
    if ev.header_kind().is_classic() {
        let guid = ev.provider_id();
        if let Some(name) = KernelMofSource::class_name(&guid) {
            return Some(name.to_owned());
        }
        let text = guid.to_string();
        if UNCOVERED_CLASSES.contains(&text.as_str()) {
            return Some(text);
        }
    }
    None
}

#[test]
fn every_kernel_record_of_the_corpus_decodes() {
    let Some(dir) = corpus::require() else { return };
    let mut tally: BTreeMap<(String, u8, u8), Tally> = BTreeMap::new();
    let mut source = KernelMofSource::new();
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    for rel in corpus::etl_files(&dir) {
        if corpus::is_corrupt_sample(&rel) {
            continue;
        }
        let name = corpus::slash_name(&rel);
        let mut reader = EtlReader::open(dir.join("etl").join(&rel)).unwrap();
        reader.for_each(
            |ev| {
                let Some(class) = class_key(ev) else { return };
                let opcode = ev.hook().map_or(ev.opcode().0, |h| h.kind());
                let t = tally.entry((class, opcode, ev.version())).or_default();
                t.files.insert(name.clone());
                match source.lookup(ev) {
                    None => t.unknown += 1,
                    Some(Err(e)) => t.errors.push(format!("{name}: {e}")),
                    Some(Ok(schema)) => match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                        Ok(decoded) => {
                            t.decoded += 1;
                            t.with_trailing += u64::from(decoded.trailing_bytes() > 0);
                            for (p, v) in decoded.properties() {
                                out.clear();
                                write_json(&mut out, &v, Some(p));
                            }
                        }
                        Err(e) => {
                            if t.errors.len() < 3 {
                                t.errors.push(format!(
                                    "{name} {} len {} ptr {}: {e}",
                                    schema.display_name(),
                                    ev.payload().len(),
                                    ev.pointer_size()
                                ));
                            }
                        }
                    },
                }
            },
            |_| {},
        );
    }
    let mut errors = Vec::new();
    let mut unexpected_unknown = Vec::new();
    let (mut decoded, mut unknown) = (0u64, 0u64);
    eprintln!("{:<40} {:>4} {:>3} {:>9} {:>9} {:>8}", "class", "type", "ver", "decoded", "trailing", "unknown");
    for ((class, opcode, version), t) in &tally {
        eprintln!(
            "{class:<40} {opcode:>4} {version:>3} {:>9} {:>9} {:>8}  {}",
            t.decoded,
            t.with_trailing,
            t.unknown,
            t.files.iter().take(2).cloned().collect::<Vec<_>>().join(", ")
        );
        decoded += t.decoded;
        unknown += t.unknown;
        errors.extend(t.errors.iter().cloned());
        let listed = KNOWN_UNKNOWN.iter().find(|(c, o, v, _)| c == class && o == opcode && v == version);
        match (t.unknown > 0, listed) {
            (true, None) => unexpected_unknown.push(format!("{class} type {opcode} v{version}: {} unknown", t.unknown)),
            (false, Some(_)) => {
                unexpected_unknown.push(format!("{class} type {opcode} v{version} is listed unknown but decodes"))
            }
            _ => {}
        }
        if t.unknown > 0 && t.decoded > 0 {
            unexpected_unknown.push(format!("{class} type {opcode} v{version}: some decode, some do not"));
        }
    }
    eprintln!("decoded {decoded} kernel records, {unknown} unknown");
    for (c, o, v, why) in KNOWN_UNKNOWN {
        eprintln!("unknown {c} type {o} v{v}: {why}");
    }
    assert!(errors.is_empty(), "{} decode errors:\n{}", errors.len(), errors.join("\n"));
    assert!(unexpected_unknown.is_empty(), "{}", unexpected_unknown.join("\n"));
    assert!(decoded > 500_000, "only {decoded} kernel records decoded");
}
