//! Our readings compared with independent parsers from the package registry (installed into a venv by
//! `scripts/test-binaries.sh --libfwevt`): libfwevt (Joachim Metz's WEVT_TEMPLATE parser) on real binaries
//! and on PE files our encoder built from the corpus's manifests; regipy on the registry hives our test writer
//! builds. Under CI=true a missing venv fails the tests.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use etw_schema::{Count, Length, OutType, PropertyType};
use etw_store::msgtable::MessageTable;
use etw_store::{pe, wevt};
use serde_json::Value;

fn python() -> Option<PathBuf> {
    if cfg!(windows) {
        // The venv is the host's (Linux) Python: a Windows test run under Wine cannot start it. The host run
        // compares the same readers; the Windows run checks them through every other test here.
        eprintln!("skipping: the independent parsers run in the host's Python venv, not under Windows");
        return None;
    }
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-data/venv/bin/python");
    let ok = p.is_file()
        && Command::new(&p).args(["-c", "import pyfwevt, regipy"]).output().is_ok_and(|o| o.status.success());
    if ok {
        return Some(p);
    }
    if etw_testkit::corpus::in_ci() {
        panic!("{} with pyfwevt and regipy is missing (CI=true): run scripts/test-binaries.sh --libfwevt", p.display());
    }
    eprintln!("skipping: no venv with libfwevt-python and regipy (run scripts/test-binaries.sh --libfwevt)");
    None
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scripts").join(name)
}

fn run(python: &Path, script_name: &str, file: &Path) -> Value {
    let out = Command::new(python).arg(script(script_name)).arg(file).output().unwrap();
    assert!(out.status.success(), "{}: {}", file.display(), String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Compares libfwevt's reading of a CRIM blob with ours; returns the number of events compared.
fn compare_blob(python: &Path, blob: &[u8], messages: &MessageTable, what: &str) -> usize {
    let tmp = std::env::temp_dir().join(format!(
        "etw-libfwevt-{}-{}.crim",
        std::process::id(),
        what.replace(['/', ' '], "_")
    ));
    std::fs::write(&tmp, blob).unwrap();
    let theirs = run(python, "libfwevt_dump.py", &tmp);
    std::fs::remove_file(&tmp).unwrap();
    let ours = wevt::parse(blob, messages);
    assert!(ours.problems.is_empty(), "{what}: {:?}", ours.problems);
    let theirs = theirs.as_array().unwrap();
    assert_eq!(theirs.len(), ours.providers.len(), "{what}: providers");
    let mut compared = 0;
    for (t, o) in theirs.iter().zip(&ours.providers) {
        assert_eq!(t["guid"].as_str().unwrap(), o.guid.to_string(), "{what}");
        let events = t["events"].as_array().unwrap();
        assert_eq!(events.len(), o.events.len(), "{what} {}: events", o.guid);
        for (te, oe) in events.iter().zip(&o.events) {
            let key = format!("{what} {} event {} v{}", o.guid, oe.descriptor.id, oe.descriptor.version);
            assert_eq!(te["id"].as_u64().unwrap(), u64::from(oe.descriptor.id), "{key}");
            assert_eq!(te["version"].as_u64().unwrap(), u64::from(oe.descriptor.version), "{key}");
            let has_message = te["message"].as_u64().unwrap() != 0xFFFF_FFFF;
            assert_eq!(has_message, oe.message.is_some(), "{key}: message");
            let items = te["items"].as_array().map(Vec::as_slice).unwrap_or_default();
            assert_eq!(items.len(), oe.properties.len(), "{key}: items");
            for (ti, p) in items.iter().zip(&oe.properties) {
                let ti = ti.as_array().unwrap();
                assert_eq!(ti[0].as_str().unwrap(), &*p.name, "{key}");
                if let PropertyType::Simple { in_type, out_type, .. } = p.ty {
                    assert_eq!(ti[1].as_u64().unwrap(), u64::from(in_type.0), "{key} {}: in-type", p.name);
                    assert_eq!(ti[2].as_u64().unwrap(), u64::from(out_type.0), "{key} {}: out-type", p.name);
                }
                let count = match p.count {
                    Count::One => 0,
                    Count::Fixed(n) | Count::Property(n) => u64::from(n),
                    other => panic!("{key}: {other:?}"),
                };
                assert_eq!(ti[3].as_u64().unwrap(), count, "{key} {}: count", p.name);
                let length = match p.length {
                    Length::Natural => 0,
                    // A 16-byte IPv6 address with no length in the binary: we give it its size.
                    Length::Fixed(16) if p.out_type() == Some(OutType::IPV6) && ti[4].as_u64() == Some(0) => 0,
                    Length::Fixed(n) | Length::Property(n) => u64::from(n),
                };
                assert_eq!(ti[4].as_u64().unwrap(), length, "{key} {}: length", p.name);
            }
            compared += 1;
        }
    }
    compared
}

fn resources(bytes: &[u8]) -> (Vec<u8>, MessageTable) {
    let res = pe::read_resources_from_bytes(bytes).unwrap();
    let (t, _) = MessageTable::parse(res.message_table.as_deref().unwrap_or_default());
    (res.wevt_template.unwrap(), t)
}

#[test]
fn libfwevt_reads_real_binaries_as_we_do() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let Some(py) = python() else { return };
    let (blob, t) = resources(&std::fs::read(corpus.join("pe/rusttrace/libtrace.dll")).unwrap());
    assert_eq!(compare_blob(&py, &blob, &t, "libtrace.dll"), 3);
    if let Some(dll) = common::clretwrc() {
        let (blob, t) = resources(&std::fs::read(dll).unwrap());
        assert_eq!(compare_blob(&py, &blob, &t, "clretwrc.dll"), 410);
    }
}

#[test]
fn libfwevt_reads_our_encoded_manifests_as_we_do() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let Some(py) = python() else { return };
    let mut manifests = vec![corpus.join("../schemas/dotnet/ClrEtwAll.man")];
    let mut tx: Vec<PathBuf> =
        std::fs::read_dir(corpus.join("manifests/tx")).unwrap().map(|e| e.unwrap().path()).collect();
    tx.sort();
    manifests.extend(tx);
    let mut compared = 0;
    for man in manifests {
        for (guid, _, bytes) in common::encode::pe_of_manifest(&man) {
            let (blob, t) = resources(&bytes);
            compared += compare_blob(&py, &blob, &t, &format!("{} {guid}", man.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(compared > 1400, "{compared}");
}

#[test]
fn regipy_reads_our_test_hives_as_we_do() {
    let Some(py) = python() else { return };
    let hive = common::hive::software(&[
        (
            "{0330D9D7-32E3-4988-AAFF-DE3FE47DDFD2}",
            "RustTrace",
            "%SystemRoot%\\system32\\rt.dll",
            "%SystemRoot%\\system32\\rt.dll",
        ),
        (
            "{DD5EF90A-6398-47A4-AD34-4DCECDEF795F}",
            "Microsoft-Windows-HttpService",
            "C:\\Program Files\\Vendor\\http.dll",
            "",
        ),
        ("{11111111-2222-3333-4444-555555555555}", "Gone", "%windir%\\System32\\gone.dll", ""),
    ]);
    let tmp = std::env::temp_dir().join(format!("etw-regipy-{}.hive", std::process::id()));
    std::fs::write(&tmp, &hive).unwrap();
    let theirs = run(&py, "regipy_dump.py", &tmp);
    std::fs::remove_file(&tmp).unwrap();
    let (ours, problems) = etw_store::hive::read_publishers(&hive).unwrap();
    assert!(problems.is_empty());
    let theirs = theirs.as_array().unwrap();
    assert_eq!(theirs.len(), ours.len());
    for (t, o) in theirs.iter().zip(&ours) {
        let key = t["key"].as_str().unwrap();
        assert_eq!(key.trim_matches(['{', '}']).to_ascii_lowercase(), o.guid.to_string());
        let v = &t["values"];
        // regipy names the default value "(default)".
        assert_eq!(v["(default)"].as_str(), o.name.as_deref(), "{key}");
        assert_eq!(v["ResourceFileName"].as_str(), o.resource_file.as_deref(), "{key}");
        assert_eq!(v["MessageFileName"].as_str(), o.message_file.as_deref(), "{key}");
    }
}
