//! The shared corpus of real ETL files (`../shared/corpus` beside the workspace).
//!
//! Corpus files are never copied into the project: tests read them in place. When the corpus is missing, a test
//! skips with a message on a developer machine and **fails** under CI (`CI=true`), so a CI run can never pass
//! without having looked at the real data.

use std::path::{Path, PathBuf};

/// The corpus directory: `$ETWKIT_CORPUS`, or `../shared/corpus` relative to the workspace root.
pub fn dir() -> PathBuf {
    if let Some(d) = std::env::var_os("ETWKIT_CORPUS") {
        return PathBuf::from(d);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// True when running under CI (`CI` set to anything but `false`/`0`/empty).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The corpus directory if it exists. Under CI a missing corpus panics (the test fails); elsewhere this prints
/// why the test is skipped and returns `None`.
pub fn require() -> Option<PathBuf> {
    let d = dir();
    if d.join("etl").is_dir() {
        return Some(d);
    }
    if in_ci() {
        panic!("the shared corpus is missing at {} (CI=true: corpus tests must not skip)", d.display());
    }
    eprintln!("skipping: shared corpus not found at {} (set ETWKIT_CORPUS)", d.display());
    None
}

/// Every `.etl` file under `corpus/etl`, as paths relative to `corpus/etl`, sorted.
pub fn etl_files(corpus: &Path) -> Vec<PathBuf> {
    let root = corpus.join("etl");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    out
}

fn walk(root: &Path, d: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(d) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("etl")) {
            out.push(p.strip_prefix(root).unwrap().to_owned());
        }
    }
}

/// The facts file for a corpus-relative ETL path.
pub fn facts_path(corpus: &Path, rel: &Path) -> PathBuf {
    let mut name = rel.as_os_str().to_owned();
    name.push(".facts.json");
    corpus.join("expected").join(name)
}

/// The corrupt sample: every 0x00 byte replaced by 0x20.
pub const CORRUPT_SAMPLE: &str = "explorer-dollydoll/ExplorerStartupLog.CORRUPT-nul-to-space.etl";

/// A corpus-relative path written with `/` between its components on every OS (Windows paths from
/// [`etl_files`] use `\`), for names in messages and comparisons with constants such as [`CORRUPT_SAMPLE`].
pub fn slash_name(rel: &Path) -> String {
    let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
    parts.join("/")
}

/// True for the corrupt sample, whatever the separators of `rel`.
pub fn is_corrupt_sample(rel: &Path) -> bool {
    slash_name(rel) == CORRUPT_SAMPLE
}
