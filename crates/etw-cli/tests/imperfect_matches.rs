//! Schemas that do not quite match the trace, as with manifests from another Windows build: a template that runs
//! past the payload keeps what it decoded and names where it stopped (`dump`) and is counted (`stats`); a
//! version the schemas lack says which versions they have; a large manifest set's problems are summed up in one
//! line unless `--verbose`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::{Path, PathBuf};

use etw_testkit::corpus;
use serde_json::Value;

mod common;
use common::{etw, lines, ok};

fn scratch(name: &str) -> PathBuf {
    common::scratch("imperfect", name)
}

/// The names of the top-level items of the template of event `id` (version 0) in a manifest, read with
/// roxmltree.
fn template_names(manifest: &Path, id: u64) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let event = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("event")
                && n.attribute("value") == Some(&id.to_string())
                && n.attribute("version").unwrap_or("0") == "0"
        })
        .unwrap();
    let tid = event.attribute("template").unwrap();
    let template = doc.descendants().find(|n| n.has_tag_name("template") && n.attribute("tid") == Some(tid)).unwrap();
    template
        .children()
        .filter(|c| c.has_tag_name("data") || c.has_tag_name("struct"))
        .map(|c| c.attribute("name").unwrap().to_owned())
        .collect()
}

const KERNEL_NETWORK: &str = "7dd42a49-5329-4832-8dfd-43d979153a88";

#[test]
fn a_template_longer_than_the_payload_keeps_what_it_decoded_and_is_counted() {
    let Some(dir) = corpus::require() else { return };
    // The dissect.etl package's Kernel-Network manifest comes from another Windows build than the one that
    // recorded this trace: for some events its template has more than the payload holds.
    let man = dir.join(format!("manifests/dissect-etl-3.14/{{{KERNEL_NETWORK}}}.xml"));
    let etl = dir.join("etl/tx/KernelNetwork.etl");
    let with = lines(&ok(etw().args(["dump", "-q", "--manifests"]).arg(&man).arg(&etl).output().unwrap()));
    // The same events decoded by the built-in schema, which fits them.
    let builtin = lines(&ok(etw().args(["dump", "-q"]).arg(&etl).output().unwrap()));
    assert_eq!(with.len(), builtin.len());
    let mut cut_short = 0u64;
    for ((line, v), (_, b)) in with.iter().zip(&builtin) {
        assert_eq!(v["timestamp"], b["timestamp"]);
        let Some(stopped_at) = v.get("stopped_at") else {
            assert!(v["error"].is_null(), "{line}");
            continue;
        };
        cut_short += 1;
        let stopped_at = stopped_at.as_str().unwrap();
        assert!(v["error"].as_str().unwrap().contains("run past the payload"), "{line}");
        assert_eq!(v["decoded_by"], "none", "{line}");
        assert!(v["payload"].is_string(), "{line}");
        // `properties` holds the template's items before the one where decoding stopped, in order.
        let names = template_names(&man, v["id"].as_u64().unwrap());
        let at = names.iter().position(|n| n == stopped_at).unwrap();
        let shown: Vec<&String> = v["properties"].as_object().unwrap().keys().collect();
        let mut expected: Vec<&String> = names[..at].iter().collect();
        expected.sort();
        assert_eq!(shown, expected, "{line}");
        assert!(at >= 2, "{line}");
        let mut from = 0;
        for n in &names[..at] {
            from += line[from..].find(&format!("\"{n}\":")).unwrap_or_else(|| panic!("{n} out of order in {line}"));
        }
        assert!(line.find("\"stopped_at\":").unwrap() > line.find("\"error\":").unwrap(), "{line}");
        // The leading fields mean the same in both layouts: the values agree with the built-in decoding.
        for field in ["PID", "size"] {
            assert_eq!(v["properties"][field], b["properties"][field], "{field}: {line}");
        }
    }
    assert!(cut_short > 100, "only {cut_short} events were cut short");

    // stats counts them, per provider and in the coverage.
    let out = ok(etw().args(["stats", "--json", "-q", "--manifests"]).arg(&man).arg(&etl).output().unwrap());
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["coverage"]["partly_decoded"], cut_short);
    let provider = stats["providers"].as_array().unwrap().iter().find(|p| p["guid"] == KERNEL_NETWORK).unwrap();
    assert_eq!(provider["partly_decoded"], cut_short);
    let undecoded: u64 = provider["undecoded"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(undecoded, cut_short, "partly decoded events are among the undecoded ones");
    let out = ok(etw().args(["stats", "-q", "--manifests"]).arg(&man).arg(&etl).output().unwrap());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains(&format!("\n  partial       {cut_short} partly decoded (")), "{table}");
    // Without the foreign manifest nothing is cut short.
    let out = ok(etw().args(["stats", "--json", "-q"]).arg(&etl).output().unwrap());
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["coverage"]["partly_decoded"], 0);
    let provider = stats["providers"].as_array().unwrap().iter().find(|p| p["guid"] == KERNEL_NETWORK).unwrap();
    assert!(provider.get("partly_decoded").is_none(), "{provider}");
}

#[test]
fn a_missing_version_names_the_versions_the_schemas_have() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("versions");
    // The trace's HttpService manifest, as another build of the provider might have it: event 2 (version 0 in
    // the trace, 291 times) only in versions 1 and 2.
    let text = std::fs::read_to_string(dir.join("manifests/tx/HTTP_Server.man")).unwrap();
    let original = r#"<event value="2" version="0""#;
    assert_eq!(text.matches(original).count(), 1);
    let start = text.find(original).unwrap();
    let end = start + text[start..].find("/>").unwrap() + 2;
    let event = &text[start..end];
    let versions = format!(
        "{}\n{}",
        event.replace(r#"version="0""#, r#"version="2""#),
        event.replace(r#"version="0""#, r#"version="1""#)
    );
    let man = tmp.join("HTTP_Server.other-build.man");
    std::fs::write(&man, format!("{}{versions}{}", &text[..start], &text[end..])).unwrap();
    let etl = dir.join("etl/tx/HTTP_Server.etl");
    let store = tmp.join("s.etwstore");
    ok(etw().args(["schemas", "import", "--store"]).arg(&store).arg(&man).output().unwrap());

    // From the manifest and from a store made of it alike.
    for source in [
        vec!["--manifests".into(), man.clone().into_os_string()],
        vec!["--store".into(), store.clone().into_os_string()],
    ] {
        let out = ok(etw().args(["dump", "-q"]).args(&source).arg(&etl).output().unwrap());
        let mut missing = 0u64;
        for (line, v) in lines(&out) {
            if v["provider"]["guid"] == "dd5ef90a-6398-47a4-ad34-4dcecdef795f" && v["id"] == 2 {
                missing += 1;
                assert_eq!(v["error"], "no schema for version 0 of event 2; known versions: 1, 2", "{line}");
                assert!(v["properties"].is_null(), "{line}");
            } else if v["header_kind"] != "SYSTEM64" {
                assert!(v["error"].is_null(), "{line}");
            }
        }
        assert_eq!(missing, 291);
        let out = ok(etw().args(["stats", "--json", "-q"]).args(&source).arg(&etl).output().unwrap());
        let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(stats["coverage"]["undecoded"]["no schema for the event's version"], missing, "{source:?}");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}

/// The numbers of the summary line: (documents that did not load, warnings).
fn summed_up(line: &str) -> (usize, usize) {
    let number_before = |what: &str| -> usize {
        let at = line.find(what).unwrap_or_else(|| panic!("no '{what}' in {line}"));
        line[..at].trim_end().rsplit([' ', ';']).next().unwrap().parse().unwrap()
    };
    (number_before(" could not be read or parsed"), number_before(" warnings in "))
}

#[test]
fn a_large_manifest_set_sums_its_problems_up_in_one_line_unless_verbose() {
    let Some(dir) = corpus::require() else { return };
    let set = dir.join("manifests/dissect-etl-3.14");
    let etl = dir.join("etl/tx/KernelNetwork.etl");
    let out = ok(etw().args(["stats", "-q", "--manifests"]).arg(&set).arg(&etl).output().unwrap());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    let line = err.lines().next().unwrap();
    assert!(line.starts_with("etw: warning: manifests: ") && line.ends_with("(--verbose lists each)"), "{line}");
    let (errors, warnings) = summed_up(line);
    assert!(errors > 0 && warnings > 1000, "{line}");

    // Thousands of lines: stderr goes to a file rather than a pipe (under Wine, reading a megabyte from a
    // child's pipe failed once with ERROR_INTERNAL_ERROR).
    let tmp = scratch("verbose");
    let err_path = tmp.join("stderr.txt");
    let status = etw()
        .args(["stats", "-q", "--verbose", "--manifests"])
        .arg(&set)
        .arg(&etl)
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .status()
        .unwrap();
    assert!(status.success());
    let err = std::fs::read_to_string(&err_path).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    assert_eq!(err.lines().count(), errors + warnings, "one line per problem");
    // Each names its file, line and column.
    let placed = err
        .lines()
        .filter(|l| {
            let rest = l.strip_prefix("etw: warning: ").unwrap();
            let after = &rest[rest.find(".xml:").unwrap() + 5..];
            let mut parts = after.splitn(3, ':');
            parts.next().unwrap().parse::<u32>().is_ok() && parts.next().unwrap().parse::<u32>().is_ok()
        })
        .count();
    assert_eq!(placed, errors + warnings, "{err}");

    // One problem is shown as it is, with its place.
    let tmp = scratch("one");
    std::fs::write(tmp.join("broken.man"), "<instrumentationManifest>\n  <a b=c/>\n</instrumentationManifest>\n")
        .unwrap();
    let out = ok(etw().args(["stats", "-q", "--manifests"]).arg(tmp.join("broken.man")).arg(&etl).output().unwrap());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("etw: warning: ") && err.contains("broken.man:2:"), "{err}");
    let _ = std::fs::remove_dir_all(&tmp);
}
