//! WEVT_TEMPLATE and MESSAGETABLE of real binaries built by Microsoft's message compiler give the schemas and
//! messages of their source manifests.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod common;

use std::path::Path;

use etw_schema::sources::manifest::ManifestSource;
use etw_store::msgtable::MessageTable;
use etw_store::{pe, wevt};

fn read_binary(path: &Path) -> wevt::Wevt {
    let res = pe::read_resources_from_bytes(&std::fs::read(path).unwrap()).unwrap();
    assert!(res.warnings.is_empty(), "{:?}", res.warnings);
    let (messages, problems) = MessageTable::parse(res.message_table.as_deref().unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    wevt::parse(res.wevt_template.as_deref().unwrap(), &messages)
}

/// Compares every event both define; returns how many were compared. `known` lists the differences expected
/// (by their text's start), each of which must occur once.
fn compare(manifest: &Path, binary: &wevt::Wevt, known: &[&str]) -> usize {
    let mut m = ManifestSource::new();
    let report = m.load_path(manifest).unwrap();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let mut compared = 0;
    let mut diffs = Vec::new();
    for p in &binary.providers {
        for e in &p.events {
            let Some(Ok(want)) = m.schema(&p.guid, e.descriptor.id, e.descriptor.version) else { continue };
            diffs.extend(common::differences(&want, e));
            compared += 1;
        }
    }
    for k in known {
        let n = diffs.iter().filter(|d| d.starts_with(k)).count();
        assert_eq!(n, 1, "expected difference '{k}' found {n} times in:\n{}", diffs.join("\n"));
    }
    diffs.retain(|d| !known.iter().any(|k| d.starts_with(k)));
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
    compared
}

#[test]
fn rusttrace_dll_gives_its_manifests_schemas_and_messages() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let dir = corpus.join("pe/rusttrace");
    let w = read_binary(&dir.join("libtrace.dll"));
    assert!(w.problems.is_empty(), "{:?}", w.problems);
    assert_eq!(w.providers.len(), 1);
    let p = &w.providers[0];
    assert_eq!(p.guid.to_string(), "0330d9d7-32e3-4988-aaff-de3fe47ddfd2");
    // This older message compiler wrote no provider name into the binary.
    assert_eq!(p.name, None);
    assert_eq!(p.events.len(), 3);
    assert_eq!(compare(&dir.join("rtrace.man"), &w, &[]), 3);
    for e in &p.events {
        assert_eq!(e.message.as_deref(), Some("%1"));
        assert_eq!(e.level_name.as_deref(), Some("Verbose"));
    }
    assert_eq!(p.events[1].event_name.as_deref(), Some("Init/Generic"));
    // The resource bytes are the message compiler's outputs, byte for byte.
    let res = pe::read_resources_from_bytes(&std::fs::read(dir.join("libtrace.dll")).unwrap()).unwrap();
    assert_eq!(res.wevt_template.unwrap(), std::fs::read(dir.join("rtraceTEMP.BIN")).unwrap());
    assert_eq!(res.message_table.unwrap(), std::fs::read(dir.join("MSG00001.bin")).unwrap());
}

#[test]
fn clretwrc_dll_gives_the_runtime_manifests_schemas() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let Some(dll) = common::clretwrc() else { return };
    let w = read_binary(&dll);
    assert!(w.problems.is_empty(), "{:?}", w.problems);
    let names: Vec<_> = w.providers.iter().map(|p| p.name.as_deref().unwrap_or("?")).collect();
    assert_eq!(
        names,
        [
            "Microsoft-Windows-DotNETRuntime",
            "Microsoft-Windows-DotNETRuntimeRundown",
            "Microsoft-Windows-DotNETRuntimeStress",
            "Microsoft-Windows-DotNETRuntimePrivate"
        ]
    );
    // The shared manifest is a later version than the runtime 3.1.23 this binary is from: two bitmaps gained
    // entries (TypeFlagsMap the ArrayRankBit values, ILStubGeneratedFlagsMap StructMarshal) and event 159
    // (R2RGetEntryPoint) went from Verbose to Informational. Those differences, and only
    // those, are expected.
    let known = [
        "e13c0d23-ccbc-4e12-931b-d9cc2eee27e4 event 15 v0: property 6 'Flags' map: manifest Some(ValueMap { name: \"TypeFlagsMap\"",
        "e13c0d23-ccbc-4e12-931b-d9cc2eee27e4 event 88 v0: property 3 'StubFlags' map: manifest Some(ValueMap { name: \"ILStubGeneratedFlagsMap\"",
        "e13c0d23-ccbc-4e12-931b-d9cc2eee27e4 event 159 v0: descriptor: ",
        "e13c0d23-ccbc-4e12-931b-d9cc2eee27e4 event 159 v0: level name: manifest Some(\"Information\") / binary Some(\"Verbose\")",
    ];
    let compared = compare(&corpus.join("../schemas/dotnet/ClrEtwAll.man"), &w, &known);
    assert!(compared > 350, "{compared} events compared");
    let structs = w
        .providers
        .iter()
        .flat_map(|p| &p.events)
        .filter(|e| e.properties.iter().any(|p| matches!(p.ty, etw_schema::PropertyType::Struct { .. })))
        .count();
    let maps = w
        .providers
        .iter()
        .flat_map(|p| &p.events)
        .filter(|e| e.properties.iter().any(|p| matches!(&p.ty, etw_schema::PropertyType::Simple { map: Some(_), .. })))
        .count();
    assert!(structs > 10 && maps > 10, "structs {structs}, maps {maps}");
}
