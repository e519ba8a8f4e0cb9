//! Opening the input files and walking their events in the order asked for, reporting damage on stderr.

use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use etwkit::etl::{Damage, EtlReader, TimeOrderReader};
use etwkit::EventRef;

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

pub type Reader = EtlReader<BufReader<File>>;

/// Opens every file; unreadable ones are reported on stderr and left out.
pub fn open_all(paths: &[PathBuf], problems: &mut Problems) -> Vec<Reader> {
    let mut readers = Vec::new();
    for p in paths {
        match EtlReader::open(p) {
            Ok(mut r) => {
                r.set_file_index(readers.len() as u32);
                readers.push(r);
            }
            Err(e) => {
                problems.fatal += 1;
                eprintln!("etw: error: {e}");
            }
        }
    }
    readers
}

/// Prints damage as a warning naming the file.
pub fn warn_damage(paths: &[&Path], d: &Damage) {
    let name = paths.get(d.file as usize).map(|p| p.display().to_string()).unwrap_or_default();
    eprintln!("etw: warning: {name}: {d}");
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

/// Walks the events of `readers` in `order`, calling `on_event` for each (an error stops the walk, e.g. a broken
/// pipe) and reporting damage on stderr.
pub fn walk(
    readers: Vec<Reader>,
    order: Order,
    problems: &mut Problems,
    quiet: bool,
    mut on_event: impl FnMut(&EventRef<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let paths: Vec<PathBuf> = readers.iter().map(|r| r.path().map(Path::to_owned).unwrap_or_default()).collect();
    let path_refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let total: u64 = readers.iter().map(|r| r.file_len()).sum();
    let mut progress = Progress::new(total, quiet);
    let mut n = 0u64;
    match order {
        Order::File => {
            let mut done_before = 0u64;
            for mut r in readers {
                while let Some(item) = r.next_event() {
                    match item {
                        Ok(ev) => {
                            on_event(&ev)?;
                            n += 1;
                            if n % 65_536 == 0 {
                                let bytes = ev.location().buffer_offset;
                                progress.tick(|| done_before + bytes);
                            }
                        }
                        Err(d) => {
                            problems.damage += 1;
                            warn_damage(&path_refs, &d);
                        }
                    }
                }
                done_before += r.file_len();
            }
        }
        Order::Time => {
            let mut merged = TimeOrderReader::new(readers);
            while let Some(item) = merged.next_event() {
                match item {
                    Ok(ev) => {
                        on_event(&ev)?;
                        n += 1;
                    }
                    Err(d) => {
                        problems.damage += 1;
                        warn_damage(&path_refs, &d);
                    }
                }
                if n % 65_536 == 0 {
                    progress.tick(|| merged.counts().bytes);
                }
            }
        }
    }
    progress.finish();
    Ok(())
}
