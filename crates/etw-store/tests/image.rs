//! Importing a mounted Windows image: the SOFTWARE hive (built here by the test's own writer) names the
//! publishers' resource and message files, found in the image whatever the case of their names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod common;

use std::path::{Path, PathBuf};

use etw_store::hive::{find_image, read_publishers, Hive};
use etw_store::{import, Store};

const RUSTTRACE: &str = "{0330D9D7-32E3-4988-AAFF-DE3FE47DDFD2}";
const HTTP: &str = "{DD5EF90A-6398-47A4-AD34-4DCECDEF795F}";

fn write(p: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// An image: rusttrace's schemas in `windows/SYSTEM32/rt.dll` (no name, no messages: those are in
/// `en-US/rt.dll.mui`), HTTP's in `Program Files/Vendor/http.dll` (messages in the same file), a publisher
/// whose file is missing, and a hive with odd-cased paths.
fn image(corpus: &Path, root: &Path) {
    let (_, _, rt) = common::encode::pe_of_manifest(&corpus.join("pe/rusttrace/rtrace.man")).remove(0);
    // Split rusttrace's resources: the template without a name in the DLL, the messages in the .mui.
    let res = etw_store::pe::read_resources_from_bytes(&rt).unwrap();
    let mut m = etw_schema::sources::manifest::ManifestSource::new();
    m.load_path(corpus.join("pe/rusttrace/rtrace.man")).unwrap();
    let mut events: Vec<_> = m.schemas().cloned().collect();
    events.sort_by_key(|e| e.descriptor.id);
    let mut messages = common::encode::Messages::default();
    let blob = common::encode::wevt(events[0].provider_id, None, &events, &mut messages);
    write(&root.join("windows/SYSTEM32/rt.dll"), &common::encode::pe(Some(&blob), None));
    write(&root.join("windows/SYSTEM32/en-US/rt.dll.mui"), &common::encode::pe(None, Some(&messages.table())));
    assert!(res.message_table.is_some());
    let (_, _, http) = common::encode::pe_of_manifest(&corpus.join("manifests/tx/HTTP_Server.man")).remove(0);
    write(&root.join("Program Files/Vendor/http.dll"), &http);
    let hive = common::hive::software(&[
        (RUSTTRACE, "RustTrace", "%SystemRoot%\\system32\\rt.dll", "%SystemRoot%\\system32\\rt.dll"),
        (HTTP, "Microsoft-Windows-HttpService", "C:\\Program Files\\Vendor\\http.dll", ""),
        ("{11111111-2222-3333-4444-555555555555}", "Gone", "%windir%\\System32\\gone.dll", ""),
        ("{22222222-2222-3333-4444-555555555555}", "NoFile", "", ""),
    ]);
    write(&root.join("windows/SYSTEM32/config/SOFTWARE"), &hive);
}

/// A path as text to compare: under Windows file names are case-insensitive and either slash separates, so the
/// image's own spelling ("Windows\\system32") may come back for what a test wrote as "windows/SYSTEM32".
fn norm(p: &std::path::Path) -> String {
    let s = p.to_string_lossy().into_owned();
    if cfg!(windows) {
        s.to_lowercase().replace('/', "\\")
    } else {
        s
    }
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("etw-image-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn the_hive_names_publishers_and_their_files() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let root = scratch("img");
    image(&corpus, &root);
    let img = find_image(&root).unwrap();
    // Windows file names are case-insensitive: there the image's own spelling ("Windows") may come back.
    let same = |a: &std::path::Path, b: &std::path::Path| {
        if cfg!(windows) {
            a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase()
        } else {
            a == b
        }
    };
    assert!(
        same(&img.windows, &root.join("windows")),
        "{} vs {}",
        img.windows.display(),
        root.join("windows").display()
    );
    assert!(same(&find_image(&root.join("windows")).unwrap().software, &img.software));
    assert!(find_image(&corpus).is_none());
    let (pubs, problems) = read_publishers(&std::fs::read(&img.software).unwrap()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(pubs.len(), 4);
    let rt = pubs.iter().find(|p| p.name.as_deref() == Some("RustTrace")).unwrap();
    assert_eq!(rt.resource_file.as_deref(), Some("%SystemRoot%\\system32\\rt.dll"));
    assert_eq!(
        img.resolve("%SystemRoot%\\system32\\rt.dll").map(|p| norm(&p)),
        Some(norm(&root.join("windows/SYSTEM32/rt.dll")))
    );
    assert_eq!(img.resolve("rt.dll").map(|p| norm(&p)), Some(norm(&root.join("windows/SYSTEM32/rt.dll"))));
    assert_eq!(
        img.resolve("\\SystemRoot\\System32\\RT.DLL").map(|p| norm(&p)),
        Some(norm(&root.join("windows/SYSTEM32/rt.dll")))
    );
    assert_eq!(
        img.resolve("C:\\Program Files\\Vendor\\http.dll").map(|p| norm(&p)),
        Some(norm(&root.join("Program Files/Vendor/http.dll")))
    );
    assert_eq!(
        img.resolve("%ProgramFiles%\\vendor\\HTTP.dll").map(|p| norm(&p)),
        Some(norm(&root.join("Program Files/Vendor/http.dll")))
    );
    assert_eq!(img.resolve("%windir%\\System32\\gone.dll"), None);
    assert_eq!(img.resolve("%windir%\\..\\windows\\SYSTEM32\\rt.dll"), None, "no way out of the image");

    let mut store = Store::new();
    let report = import(&mut store, std::slice::from_ref(&root), 2);
    assert_eq!(report.images, 1);
    assert_eq!((report.binaries, report.binaries_with_providers, report.providers), (2, 2, 2), "{report:#?}");
    assert_eq!(report.warnings.len(), 1, "{report:#?}");
    assert!(report.warnings[0].message.contains("gone.dll is not in the image"));
    let rt = store.find("RustTrace").expect("named by the registry");
    assert_eq!(rt.events.len(), 3);
    for e in rt.events.values() {
        assert_eq!(e.message.as_deref(), Some("%1"), "the message from en-US\\rt.dll.mui");
        assert_eq!(e.provider_name.as_deref(), Some("RustTrace"));
    }
    let http = store.find("Microsoft-Windows-HttpService").unwrap();
    assert!(http.events.len() > 50);
    assert!(http.origin.ends_with("http.dll"));
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn damaged_hives_are_errors_with_offsets() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let root = scratch("bad");
    image(&corpus, &root);
    let software = root.join("windows/SYSTEM32/config/SOFTWARE");
    let bytes = std::fs::read(&software).unwrap();
    let h = Hive::new(&bytes).unwrap();
    let top = h.root().unwrap();
    assert_eq!(h.name(top).unwrap(), "ROOT");
    // Every truncation and many byte flips: errors, never panics.
    for cut in 0..bytes.len() {
        if let Err(e) = read_publishers(&bytes[..cut]) {
            assert!(e.to_string().contains("offset"), "{e}");
        }
    }
    let mut rng = etw_testkit::fuzz::replay::Rng(7);
    for _ in 0..5000 {
        let mut b = bytes.clone();
        let i = 0x1000 + rng.below(b.len() - 0x1000);
        b[i] ^= 1 << rng.below(8);
        etw_store::hive::fuzz(&b);
    }
    // A damaged hive in an image: one line, and the import goes on with the other paths.
    let mut cut = bytes.clone();
    cut.truncate(0x1000 + 0x40);
    std::fs::write(&software, &cut).unwrap();
    let mut store = Store::new();
    let report = import(&mut store, &[root.clone(), corpus.join("pe/rusttrace/libtrace.dll")], 1);
    assert_eq!(report.skipped.len(), 1, "{report:#?}");
    assert!(report.skipped[0].message.contains("offset"), "{}", report.skipped[0]);
    assert_eq!(store.len(), 1);
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&root);
}
