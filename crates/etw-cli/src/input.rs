//! What the commands share about their inputs: the order flag, the problems that set the exit status, progress.

use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Which order events come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// By timestamp across processors and files, as Windows delivers them.
    Time,
    /// As stored: file by file, buffer by buffer (faster; shows the file's layout).
    File,
}

/// What went wrong while reading, for the exit code.
#[derive(Default, Debug)]
pub struct Problems {
    /// Files that could not be opened or whose logfile header is damaged.
    pub fatal: usize,
    /// Damage skipped inside readable files.
    pub damage: usize,
    /// A filter was given and nothing matched (exit status 1).
    pub nothing_matched: bool,
}

impl Problems {
    pub fn any(&self) -> bool {
        self.fatal + self.damage > 0
    }
}

/// Shows progress on stderr for long runs when stderr is a terminal.
pub struct Progress {
    enabled: bool,
    total: u64,
    last: Instant,
    shown: bool,
}

impl Progress {
    pub fn new(total_bytes: u64, quiet: bool) -> Progress {
        let enabled = !quiet && total_bytes > 128 << 20 && io::stderr().is_terminal();
        Progress { enabled, total: total_bytes.max(1), last: Instant::now(), shown: false }
    }

    #[inline]
    pub fn tick(&mut self, done_bytes: impl FnOnce() -> u64) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(500) {
            return;
        }
        self.last = Instant::now();
        let pct = done_bytes().saturating_mul(100) / self.total;
        eprint!("\r{pct:3}% read");
        self.shown = true;
    }

    pub fn finish(&mut self) {
        if self.shown {
            eprint!("\r         \r");
            let _ = io::stderr().flush();
        }
    }
}

impl From<Order> for etwkit::pipeline::Order {
    fn from(o: Order) -> Self {
        match o {
            Order::Time => etwkit::pipeline::Order::Time,
            Order::File => etwkit::pipeline::Order::File,
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

impl Progress {
    /// Progress for a pipeline (called from its reader thread), or `None` when it would show nothing.
    pub fn shared(total_bytes: u64, quiet: bool) -> Option<etwkit::pipeline::ProgressFn> {
        let p = Progress::new(total_bytes, quiet);
        if !p.enabled {
            return None;
        }
        let p = Mutex::new(p);
        Some(Arc::new(move |done, _total| {
            if let Ok(mut p) = p.lock() {
                p.tick(|| done);
            }
        }))
    }
}
