//! `etw schemas` end to end: import, list, show, and `dump` decoding with the store (default and `--store`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use etw_testkit::corpus;
use serde_json::Value;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("etw-schemas-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `etw` with the default store at `store` (never the user's own).
fn etw(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_etw"));
    c.env("ETWKIT_STORE", store);
    c
}

fn ok(out: Output) -> Output {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

fn lines(out: &Output) -> Vec<Value> {
    out.stdout.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect()
}

#[test]
fn a_store_made_from_a_manifest_decodes_as_the_manifest_does() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("http");
    let store = tmp.join("default.etwstore");
    let man = dir.join("manifests/tx/HTTP_Server.man");
    let etl = dir.join("etl/tx/HTTP_Server.etl");
    let out = ok(etw(&store).args(["schemas", "import"]).arg(&man).output().unwrap());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 providers") && err.contains("0 files skipped"), "{err}");
    assert_eq!(err.lines().count(), 1, "one summary line: {err}");

    // list and show
    let out = ok(etw(&store).args(["schemas", "list", "--json"]).output().unwrap());
    let list = lines(&out);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["name"], "Microsoft-Windows-HttpService");
    assert_eq!(list[0]["guid"], "dd5ef90a-6398-47a4-ad34-4dcecdef795f");
    let events = list[0]["events"].as_u64().unwrap();
    assert!(events > 50);
    for who in
        ["Microsoft-Windows-HttpService", "microsoft-windows-httpservice", "{DD5EF90A-6398-47A4-AD34-4DCECDEF795F}"]
    {
        let out = ok(etw(&store).args(["schemas", "show", who]).output().unwrap());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.starts_with("Microsoft-Windows-HttpService dd5ef90a-6398-47a4-ad34-4dcecdef795f"), "{text}");
        assert_eq!(text.matches("\nevent ").count() as u64, events);
    }
    let out = etw(&store).args(["schemas", "show", "Nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no provider 'Nobody'"));

    // dump with the default store decodes what --manifests decodes, saying so.
    let with_manifest =
        ok(etw(&tmp.join("none.etwstore")).args(["dump", "--manifests"]).arg(&man).arg(&etl).output().unwrap());
    let with_store = ok(etw(&store).arg("dump").arg(&etl).output().unwrap());
    let (a, b) = (lines(&with_manifest), lines(&with_store));
    assert_eq!(a.len(), b.len());
    let mut from_store = 0;
    for (mut x, y) in a.into_iter().zip(b) {
        if x["decoded_by"] == "manifest" {
            x["decoded_by"] = "store".into();
            from_store += 1;
        }
        assert_eq!(x, y);
    }
    assert!(from_store > 1000, "{from_store}");
    // --store names the file; the default store is then not used.
    let named = ok(etw(&tmp.join("none.etwstore")).args(["dump", "--store"]).arg(&store).arg(&etl).output().unwrap());
    assert_eq!(named.stdout, with_store.stdout);
    // Without a store nothing decodes from it.
    let without = ok(etw(&tmp.join("none.etwstore")).arg("dump").arg(&etl).output().unwrap());
    assert!(lines(&without).iter().all(|l| l["decoded_by"] != "store"));
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn missing_and_damaged_stores_are_clear_errors() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("bad");
    let etl = dir.join("etl/tx/HTTP_Server.etl");
    // A missing --store is an error; a missing default store is fine.
    let out =
        etw(&tmp.join("none")).args(["dump", "--store"]).arg(tmp.join("missing.etwstore")).arg(&etl).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("missing.etwstore"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ok(etw(&tmp.join("none")).args(["stats"]).arg(&etl).output().unwrap());
    // A damaged store: named, it is an error with the offset; as the default, a warning and decoding goes on.
    let store = tmp.join("s.etwstore");
    ok(etw(&store).args(["schemas", "import"]).arg(dir.join("manifests/tx/HTTP_Server.man")).output().unwrap());
    let mut bytes = std::fs::read(&store).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&store, &bytes).unwrap();
    let out = etw(&tmp.join("none")).args(["dump", "--store"]).arg(&store).arg(&etl).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("offset 0x10") && err.contains("truncated"), "{err}");
    let out = etw(&store).args(["dump"]).arg(&etl).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning"));
    // Importing into a damaged store refuses to overwrite it.
    let out = etw(&store).args(["schemas", "import"]).arg(dir.join("manifests/tx/HTTP_Server.man")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&store).unwrap(), bytes);
    let out = etw(&tmp.join("none")).args(["schemas", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("etw schemas import"));
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn bad_files_are_skipped_with_one_line_each_and_the_rest_imported() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("skip");
    let files = tmp.join("files");
    std::fs::create_dir_all(files.join("sub")).unwrap();
    std::fs::copy(dir.join("pe/rusttrace/libtrace.dll"), files.join("sub/libtrace.dll")).unwrap();
    std::fs::write(files.join("notpe.dll"), b"this is not a PE file").unwrap();
    std::fs::write(
        files.join("broken.man"),
        "<instrumentationManifest>\n  <instrumentation>\n</instrumentationManifest>",
    )
    .unwrap();
    std::fs::write(files.join("config.xml"), "<configuration/>").unwrap();
    let mut cut = std::fs::read(dir.join("pe/rusttrace/libtrace.dll")).unwrap();
    cut.truncate(0x200);
    std::fs::write(files.join("cut.dll"), &cut).unwrap();
    let store = tmp.join("s.etwstore");
    let out = ok(etw(&store).args(["schemas", "import", "--verbose"]).arg(&files).output().unwrap());
    let err = String::from_utf8_lossy(&out.stderr);
    let skipped: Vec<&str> = err.lines().filter(|l| l.starts_with("etw: skipped:")).collect();
    assert_eq!(skipped.len(), 3, "{err}");
    assert!(
        skipped.iter().any(|l| l.contains("notpe.dll") && l.contains("not a PE file") && l.contains("offset 0x0")),
        "{err}"
    );
    assert!(skipped.iter().any(|l| l.contains("broken.man") && l.contains("line 3 column")), "{err}");
    assert!(skipped.iter().any(|l| l.contains("cut.dll") && l.contains("offset")), "{err}");
    assert!(!err.contains("config.xml"), "a configuration file found in a directory is not reported: {err}");
    assert!(err.contains("1 providers, 3 events (3 with messages)"), "{err}");
    let out = ok(etw(&store).args(["schemas", "show", "0330D9D7-32E3-4988-AAFF-DE3FE47DDFD2"]).output().unwrap());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("event 1 version 0: Init/Generic") && text.contains("message: %1"), "{text}");
    // Re-importing replaces the provider: the store still holds one.
    ok(etw(&store).args(["schemas", "import"]).arg(files.join("sub/libtrace.dll")).output().unwrap());
    let out = ok(etw(&store).args(["schemas", "list", "--json"]).output().unwrap());
    assert_eq!(lines(&out).len(), 1);
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&tmp);
}
