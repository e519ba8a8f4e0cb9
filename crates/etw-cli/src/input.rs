//! What the commands share about their inputs and outputs: which files a command line names (files,
//! directories, glob patterns, `-` for stdin), the order flag, the problems that set the exit status, the
//! progress bar, and output files that appear under their name only when complete.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Which order events come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// By timestamp across processors and files, as Windows delivers them.
    Time,
    /// As stored: file by file, buffer by buffer (faster; shows the file's layout).
    File,
}

impl From<Order> for etwkit::pipeline::Order {
    fn from(o: Order) -> Self {
        match o {
            Order::Time => etwkit::pipeline::Order::Time,
            Order::File => etwkit::pipeline::Order::File,
        }
    }
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

/// The files a command line names, and a trace read from stdin kept in a temporary file while they are read.
pub struct Inputs {
    pub files: Vec<PathBuf>,
    _stdin: Option<TempFile>,
}

/// Expands the inputs of a command line: a directory stands for every `*.etl` below it (recursively, sorted), a
/// pattern with `*`, `?` or `[` that names no file stands for the files it matches (sorted), `-` for one trace
/// read from stdin; anything else is a file, reported by the pipeline if it does not open.
pub fn expand(args: &[PathBuf]) -> io::Result<Inputs> {
    let mut files = Vec::new();
    let mut stdin = None;
    for arg in args {
        let text = arg.to_string_lossy();
        if text == "-" {
            if stdin.is_some() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "`-` (stdin) given twice"));
            }
            let tmp = TempFile::from_stdin()?;
            files.push(tmp.path.clone());
            stdin = Some(tmp);
        } else if arg.is_dir() {
            let before = files.len();
            etl_files_below(arg, &mut files)?;
            if files.len() == before {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("{}: no .etl file in this directory or below it", arg.display()),
                ));
            }
        } else if !arg.exists() && text.contains(['*', '?', '[']) {
            let matches =
                glob::glob(&text).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{text}: {e}")))?;
            let mut found: Vec<PathBuf> = matches.filter_map(Result::ok).filter(|p| p.is_file()).collect();
            if found.is_empty() {
                return Err(io::Error::new(io::ErrorKind::NotFound, format!("{text}: no file matches")));
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(arg.clone());
        }
    }
    Ok(Inputs { files, _stdin: stdin })
}

fn etl_files_below(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            etl_files_below(&p, out)?;
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("etl")) {
            out.push(p);
        }
    }
    Ok(())
}

/// A file removed when dropped.
struct TempFile {
    path: PathBuf,
}

impl TempFile {
    /// Copies stdin into a new temporary file (ETL is read by offset, so a pipe cannot be read in place).
    fn from_stdin() -> io::Result<TempFile> {
        let path = std::env::temp_dir().join(format!("etw-stdin-{}.etl", std::process::id()));
        let tmp = TempFile { path };
        let mut file =
            File::create(&tmp.path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", tmp.path.display())))?;
        let mut buf = vec![0u8; 1 << 20];
        let mut input = io::stdin().lock();
        loop {
            let n = input.read(&mut buf)?;
            if n == 0 {
                break;
            }
            file.write_all(buf.get(..n).unwrap_or_default())?;
        }
        file.flush()?;
        Ok(tmp)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// An output file written under a hidden temporary name beside its final one, and renamed when
/// [`AtomicFile::commit`] says it is complete; dropped without a commit, it is removed. An output that exists and
/// is not a regular file (a device such as /dev/null, a named pipe) is written in place: it has no name to give.
pub struct AtomicFile {
    /// The temporary name, `None` when writing in place.
    tmp: Option<PathBuf>,
    dest: PathBuf,
    out: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", dest.display()));
        let special = std::fs::metadata(dest).is_ok_and(|m| !m.is_file() && !m.is_dir());
        let (tmp, file) = if special {
            (None, std::fs::OpenOptions::new().write(true).open(dest).map_err(named)?)
        } else {
            let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
            let tmp = dest.with_file_name(format!(".{name}.tmp"));
            let file = File::create(&tmp).map_err(named)?;
            (Some(tmp), file)
        };
        Ok(AtomicFile { tmp, dest: dest.to_path_buf(), out: Some(BufWriter::with_capacity(1 << 20, file)) })
    }

    /// Flushes, syncs and renames the file to its final name.
    pub fn commit(mut self) -> io::Result<()> {
        let dest = self.dest.clone();
        let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", dest.display()));
        if let Some(out) = self.out.take() {
            let file = out.into_inner().map_err(|e| named(e.into_error()))?;
            if self.tmp.is_some() {
                file.sync_all().map_err(named)?;
            }
        }
        match self.tmp.take() {
            Some(tmp) => std::fs::rename(&tmp, &self.dest).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                named(e)
            }),
            None => Ok(()),
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.out.as_mut() {
            Some(o) => o.write(buf),
            None => Err(io::Error::other("output file already complete")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.as_mut().map_or(Ok(()), Write::flush)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            if let Some(tmp) = &self.tmp {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

/// The progress bar on stderr: bytes read of the total, events per second, time left. Shown only when stderr
/// is a terminal, the inputs are large enough to wait for, and `--quiet` is not given.
pub struct Progress {
    bar: indicatif::ProgressBar,
}

/// Inputs smaller than this finish before a bar would be worth drawing.
const PROGRESS_MIN_BYTES: u64 = 32 << 20;

impl Progress {
    /// A bar for `total_bytes` of input, or `None` when it would not be shown.
    pub fn new(total_bytes: u64, quiet: bool) -> Option<Progress> {
        if quiet || total_bytes < PROGRESS_MIN_BYTES || !io::stderr().is_terminal() {
            return None;
        }
        let bar = indicatif::ProgressBar::with_draw_target(Some(total_bytes), indicatif::ProgressDrawTarget::stderr());
        let style = indicatif::ProgressStyle::with_template(
            "{bar:30} {bytes}/{total_bytes} {msg} {elapsed} elapsed, {eta} left",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(250));
        Some(Progress { bar })
    }

    /// The pipeline's progress callback for this bar.
    pub fn callback(&self) -> etwkit::pipeline::ProgressFn {
        let bar = self.bar.clone();
        Arc::new(move |t: &etwkit::pipeline::ProgressTick| {
            bar.set_position(t.bytes_done);
            let secs = bar.elapsed().as_secs_f64().max(0.001);
            bar.set_message(format!("{:.0}k events/s", t.records as f64 / secs / 1000.0));
        })
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
