//! What the CLI's end-to-end tests share: the `etw` binary with no default store, output checks, scratch
//! directories.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

/// `etw` with no default store (never the user's own).
pub fn etw() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_etw"));
    c.env("ETWKIT_STORE", "");
    c
}

/// `out`, after checking that the command succeeded (its stderr otherwise).
pub fn ok(out: Output) -> Output {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// stdout's JSON lines, each with its text.
pub fn lines(out: &Output) -> Vec<(String, Value)> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| (l.to_owned(), serde_json::from_str(l).unwrap()))
        .collect()
}

/// An empty directory of the system's temporary directory, named after the test file and `name`.
pub fn scratch(test: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("etw-{test}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
