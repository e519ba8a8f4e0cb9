//! `etw trace` and `etw providers` where they cannot run: off Windows (and under Wine, which has no ETW) they exit
//! 2 with a message; bad arguments are refused everywhere, before anything starts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::process::{Command, Output};

fn etw(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_etw")).args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Where a live session cannot run, so every command below must fail.
fn no_live_etw() -> bool {
    !cfg!(windows) || etwkit::live::running_under_wine()
}

#[test]
fn live_commands_exit_2_where_there_is_no_etw() {
    if !no_live_etw() {
        eprintln!("skipped: this is Windows; see crates/etw-live/tests/live_windows.rs for real sessions");
        return;
    }
    for args in [
        &["trace", "--provider", "Microsoft-Windows-Kernel-Network:0x10", "--where", "id == 10", "--duration", "1"][..],
        &["trace", "--kernel", "process,image", "--duration", "1"],
        &["providers"],
        &["providers", "Microsoft-Windows-Kernel-Network"],
    ] {
        let o = etw(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
        let e = stderr(&o);
        if cfg!(windows) {
            // Wine: the session or TDH refuses.
            assert!(e.contains("etw: error:"), "{args:?}: {e}");
        } else {
            assert!(e.contains("cannot run on this system"), "{args:?}: {e}");
        }
    }
}

/// `etw schemas export` reads TDH: where there is none it exits 2 and leaves the store alone.
#[test]
fn schemas_export_exits_2_where_there_is_no_tdh() {
    if !no_live_etw() {
        eprintln!("skipped: this is Windows");
        return;
    }
    let dir = std::env::temp_dir().join(format!("etw-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let store = dir.join("s.etwstore");
    let o =
        etw(&["schemas", "export", "--store", store.to_str().unwrap(), "--provider", "Microsoft-Windows-DNS-Client"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    if cfg!(windows) {
        assert!(e.contains("etw: error:") && e.contains("TDH"), "{e}");
    } else {
        assert!(e.contains("`etw schemas export`") && e.contains("cannot run on this system"), "{e}");
        assert!(e.contains("etw schemas import"), "it says what to do instead: {e}");
    }
    assert!(!store.exists(), "no store written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_are_refused_first() {
    for (args, says) in [
        (&["trace"][..], "nothing to trace"),
        (&["trace", "--kernel", "process,bogus"], "unknown kernel flag 'bogus'"),
        (&["trace", "--provider", "X:zz"], "keywords"),
        (&["trace", "--provider", "X:1:loud"], "level"),
        (&["trace", "--provider", "X", "--where", "id =="], "--where"),
        (&["trace", "--provider", "X", "--min-buffers", "500"], "minimum buffers"),
        (&["trace", "--provider", "X", "--config", "c.json"], "cannot be used with"),
        (&["trace", "--provider", "X", "--attach"], "--name"),
    ] {
        let o = etw(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn help_describes_both_commands() {
    let o = etw(&["trace", "--help"]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("--provider") && text.contains("--kernel") && text.contains("--etl"), "{text}");
    let o = etw(&["--help"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("trace") && text.contains("providers"), "{text}");
}
