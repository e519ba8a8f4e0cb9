//! Importing schemas into a store: instrumentation manifests, PE files with provider resources, directories of
//! them, and mounted Windows images.
//!
//! Files are read in parallel (one thread per core) and merged in path order, so the result does not depend on
//! the number of threads: when two files describe the same provider, the later path wins, as a later import
//! replaces an earlier one. Nothing aborts an import: a file that cannot be read is listed with why (and where
//! in it), and the others are read.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use etw_core::Guid;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{DecodingSource, EventSchema};

use crate::msgtable::MessageTable;
use crate::pe::{self, FileAt, PeError};
use crate::store::{Store, StoredProvider};
use crate::{hive, wevt};

/// Directories are walked at most this deep.
const MAX_DEPTH: usize = 40;

/// A file and something about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileNote {
    /// The file (or directory).
    pub path: PathBuf,
    /// What happened.
    pub message: String,
}

impl fmt::Display for FileNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Files looked at.
    pub files: usize,
    /// Manifests read.
    pub manifests: usize,
    /// PE files read (with or without provider resources).
    pub binaries: usize,
    /// PE files that held a `WEVT_TEMPLATE`.
    pub binaries_with_providers: usize,
    /// Windows images found (their registry named the files imported).
    pub images: usize,
    /// Providers imported (a provider imported twice counts twice).
    pub providers: usize,
    /// Event schemas imported.
    pub events: usize,
    /// Event schemas with a message string.
    pub messages: usize,
    /// Files skipped: not a manifest or PE file, damaged, unreadable. One line each, with the offset where
    /// there is one.
    pub skipped: Vec<FileNote>,
    /// Problems inside files that were read: events left out, names or messages missing.
    pub warnings: Vec<FileNote>,
}

impl ImportReport {
    fn absorb(&mut self, o: ImportReport) {
        self.files += o.files;
        self.manifests += o.manifests;
        self.binaries += o.binaries;
        self.binaries_with_providers += o.binaries_with_providers;
        self.images += o.images;
        self.providers += o.providers;
        self.events += o.events;
        self.messages += o.messages;
        self.skipped.extend(o.skipped);
        self.warnings.extend(o.warnings);
    }

    /// One line: what was imported, and how many files were skipped or had problems.
    pub fn summary(&self) -> String {
        format!(
            "{} providers, {} events ({} with messages) from {} files ({} manifests, {} of {} PE files with \
             providers{}); {} files skipped, {} warnings",
            self.providers,
            self.events,
            self.messages,
            self.files,
            self.manifests,
            self.binaries_with_providers,
            self.binaries,
            if self.images > 0 { format!(", {} Windows images", self.images) } else { String::new() },
            self.skipped.len(),
            self.warnings.len(),
        )
    }
}

/// What a file is, by its extension (when walking directories) or its first bytes (when named).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Manifest,
    Binary,
}

fn kind_by_extension(p: &Path) -> Option<Kind> {
    let ext = p.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "man" | "xml" => Some(Kind::Manifest),
        "dll" | "exe" | "sys" => Some(Kind::Binary),
        _ => None,
    }
}

fn kind_by_content(p: &Path) -> Result<Option<Kind>, std::io::Error> {
    use std::io::Read;
    let mut head = [0u8; 4];
    let mut f = std::fs::File::open(p)?;
    let n = f.read(&mut head)?;
    let head = head.get(..n).unwrap_or_default();
    Ok(if head.starts_with(b"MZ") {
        Some(Kind::Binary)
    } else if head.starts_with(b"<") || head.starts_with(&[0xEF, 0xBB, 0xBF]) || head.starts_with(&[0xFF, 0xFE]) {
        Some(Kind::Manifest)
    } else {
        kind_by_extension(p)
    })
}

/// One file to read, with the provider name the registry gives (Windows images) and whether it was named on
/// the command line (then a well-formed XML file that is not a manifest is reported).
struct Job {
    path: PathBuf,
    kind: Kind,
    named: bool,
    /// Provider names from a Windows image's registry, by GUID.
    names: Option<Arc<BTreeMap<Guid, Arc<str>>>>,
    /// Message files the registry names for this resource file.
    message_files: Vec<PathBuf>,
}

/// What reading one file gave.
struct Outcome {
    providers: Vec<StoredProvider>,
    report: ImportReport,
}

/// Imports `paths` (files, directories, mounted Windows images) into `store`, replacing providers already
/// there. Uses up to `threads` threads (0: one per core).
pub fn import(store: &mut Store, paths: &[PathBuf], threads: usize) -> ImportReport {
    let mut report = ImportReport::default();
    let mut jobs = Vec::new();
    for p in paths {
        collect(p, &mut jobs, &mut report);
    }
    let outcomes = run(jobs, threads);
    for o in outcomes {
        for p in o.providers {
            store.insert(p);
        }
        report.absorb(o.report);
    }
    report
}

fn collect(p: &Path, jobs: &mut Vec<Job>, report: &mut ImportReport) {
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            report.skipped.push(FileNote { path: p.to_owned(), message: e.to_string() });
            return;
        }
    };
    if meta.is_dir() {
        if let Some(image) = hive::find_image(p) {
            report.images += 1;
            match hive::publishers(&image) {
                Ok((publishers, problems)) => {
                    report.warnings.extend(problems);
                    jobs.extend(image_jobs(&image, publishers, report));
                }
                Err(e) => report.skipped.push(e),
            }
            return;
        }
        let mut files = Vec::new();
        walk(p, 0, &mut files, report);
        files.sort();
        jobs.extend(files.into_iter().filter_map(|f| {
            kind_by_extension(&f).map(|kind| Job {
                path: f,
                kind,
                named: false,
                names: None,
                message_files: Vec::new(),
            })
        }));
        return;
    }
    match kind_by_content(p) {
        Ok(Some(kind)) => {
            jobs.push(Job { path: p.to_owned(), kind, named: true, names: None, message_files: Vec::new() })
        }
        Ok(None) => report.skipped.push(FileNote {
            path: p.to_owned(),
            message: "not a manifest (.man, .xml) or PE file (.dll, .exe, .sys)".into(),
        }),
        Err(e) => report.skipped.push(FileNote { path: p.to_owned(), message: e.to_string() }),
    }
}

/// The resource files a Windows image's publishers name, one job each, with the registry's provider names.
fn image_jobs(image: &hive::Image, publishers: Vec<hive::Publisher>, report: &mut ImportReport) -> Vec<Job> {
    let names: Arc<BTreeMap<Guid, Arc<str>>> =
        Arc::new(publishers.iter().filter_map(|p| Some((p.guid, p.name.clone()?))).collect());
    let mut by_file: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for p in &publishers {
        let Some(res) = &p.resource_file else { continue };
        match image.resolve(res) {
            Some(file) => {
                let messages = p.message_file.as_deref().and_then(|m| image.resolve(m));
                let entry = by_file.entry(file).or_default();
                if let Some(m) = messages {
                    if !entry.contains(&m) {
                        entry.push(m);
                    }
                }
            }
            None => report.warnings.push(FileNote {
                path: image.root.clone(),
                message: format!("publisher {}: resource file {res} is not in the image", p.guid),
            }),
        }
    }
    by_file
        .into_iter()
        .map(|(path, message_files)| Job {
            path,
            kind: Kind::Binary,
            named: true,
            names: Some(names.clone()),
            message_files,
        })
        .collect()
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>, report: &mut ImportReport) {
    if depth > MAX_DEPTH {
        report.skipped.push(FileNote { path: dir.to_owned(), message: format!("more than {MAX_DEPTH} levels deep") });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            report.skipped.push(FileNote { path: dir.to_owned(), message: e.to_string() });
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        // Symbolic links to directories are not followed (loops); links to files are read.
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&p, depth + 1, out, report),
            Ok(_) if p.is_file() => out.push(p),
            _ => {}
        }
    }
}

fn run(jobs: Vec<Job>, threads: usize) -> Vec<Outcome> {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let cultures = Cultures::default();
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::with_capacity(jobs.len()));
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(job) = jobs.get(i) else { break };
        let outcome = read_job(job, &cultures);
        if let Ok(mut r) = results.lock() {
            r.push((i, outcome));
        }
    };
    if threads <= 1 {
        work();
    } else {
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(work);
            }
        });
    }
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, o)| o).collect()
}

fn read_job(job: &Job, cultures: &Cultures) -> Outcome {
    let mut report = ImportReport { files: 1, ..ImportReport::default() };
    let providers = match job.kind {
        Kind::Manifest => read_manifest(job, &mut report),
        Kind::Binary => read_binary(job, cultures, &mut report),
    };
    report.providers += providers.len();
    for p in &providers {
        report.events += p.events.len();
        report.messages += p.events.values().filter(|e| e.message.is_some()).count();
    }
    Outcome { providers, report }
}

fn read_manifest(job: &Job, report: &mut ImportReport) -> Vec<StoredProvider> {
    let mut m = ManifestSource::new();
    let loaded = match m.load_path(&job.path) {
        Ok(r) => r,
        Err(e) => {
            report.skipped.push(FileNote { path: job.path.clone(), message: e.message });
            return Vec::new();
        }
    };
    for e in loaded.errors {
        // Well-formed XML that is not a manifest is common in directories (configuration files): only named
        // files are reported for it.
        if !job.named && e.message.starts_with("not an instrumentation manifest") {
            return Vec::new();
        }
        let at = if e.line == 0 { e.message } else { format!("line {} column {}: {}", e.line, e.column, e.message) };
        report.skipped.push(FileNote { path: job.path.clone(), message: at });
    }
    if loaded.loaded == 0 {
        return Vec::new();
    }
    report.manifests += 1;
    for w in loaded.warnings {
        let at = if w.line == 0 { w.message } else { format!("line {} column {}: {}", w.line, w.column, w.message) };
        report.warnings.push(FileNote { path: job.path.clone(), message: at });
    }
    let origin: Arc<str> = job.path.display().to_string().into();
    let mut by_guid: BTreeMap<Guid, StoredProvider> = m
        .providers()
        .map(|(guid, name)| {
            let name = (!name.is_empty()).then(|| Arc::from(name));
            (guid, StoredProvider { guid, name, origin: origin.clone(), events: BTreeMap::new() })
        })
        .collect();
    for s in m.schemas() {
        if let Some(p) = by_guid.get_mut(&s.provider_id) {
            p.events.insert((s.descriptor.id, s.descriptor.version), Arc::new(stored(s)));
        }
    }
    by_guid.into_values().collect()
}

fn stored(s: &EventSchema) -> EventSchema {
    let mut s = s.clone();
    s.source = DecodingSource::Store;
    s
}

/// The message tables that go with a binary: its own, then the `.mui` files beside it (`en-US\NAME.mui`, then
/// any other culture directory), then message files the registry names.
fn message_tables(job: &Job, own: Option<&[u8]>, cultures: &Cultures, report: &mut ImportReport) -> MessageTable {
    let mut table = MessageTable::default();
    let mut add = |bytes: &[u8], from: &Path, report: &mut ImportReport| {
        let (t, problems) = MessageTable::parse(bytes);
        report.warnings.extend(problems.into_iter().map(|message| FileNote { path: from.to_owned(), message }));
        table.fill_from(t);
    };
    if let Some(b) = own {
        add(b, &job.path, report);
    }
    let mut others: Vec<PathBuf> = Vec::new();
    if let (Some(dir), Some(name)) = (job.path.parent(), job.path.file_name()) {
        let mui = format!("{}.mui", name.to_string_lossy());
        others.extend(cultures.of(dir).iter().map(|c| c.join(&mui)));
    }
    others.extend(job.message_files.iter().filter(|m| **m != job.path).cloned());
    for p in others {
        if !p.is_file() {
            continue;
        }
        match FileAt::open(&p).map_err(PeError::Io).and_then(|mut f| pe::read_resources(&mut f)) {
            Ok(res) => {
                if let Some(b) = res.message_table.as_deref() {
                    add(b, &p, report);
                }
            }
            Err(e) => report.warnings.push(FileNote { path: p.clone(), message: format!("message file: {e}") }),
        }
    }
    table
}

/// The culture directories (`en-US` first, then the others by name) beside binaries, listed once per directory:
/// a directory of thousands of binaries is not listed thousands of times.
#[derive(Default)]
struct Cultures(Mutex<std::collections::HashMap<PathBuf, Arc<Vec<PathBuf>>>>);

impl Cultures {
    fn of(&self, dir: &Path) -> Arc<Vec<PathBuf>> {
        if let Some(c) = self.0.lock().ok().and_then(|m| m.get(dir).cloned()) {
            return c;
        }
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .filter(|e| looks_like_culture(&e.file_name().to_string_lossy()))
                    .map(|e| e.path())
                    .collect()
            })
            .unwrap_or_default();
        found.sort_by_key(|p| (!p.ends_with("en-US"), p.clone()));
        let found = Arc::new(found);
        if let Ok(mut m) = self.0.lock() {
            m.insert(dir.to_owned(), found.clone());
        }
        found
    }
}

/// `en-US`, `de-DE`, `zh-Hans-CN`, `fr`: letters in groups joined by `-`, the first of two or three.
fn looks_like_culture(name: &str) -> bool {
    let mut parts = name.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn read_binary(job: &Job, cultures: &Cultures, report: &mut ImportReport) -> Vec<StoredProvider> {
    let res = match FileAt::open(&job.path).map_err(PeError::Io).and_then(|mut f| pe::read_resources(&mut f)) {
        Ok(r) => r,
        Err(e) => {
            report.skipped.push(FileNote { path: job.path.clone(), message: e.to_string() });
            return Vec::new();
        }
    };
    report.binaries += 1;
    for w in &res.warnings {
        report.warnings.push(FileNote { path: job.path.clone(), message: w.clone() });
    }
    let Some(blob) = res.wevt_template.as_deref() else {
        if job.named && job.names.is_some() {
            report.warnings.push(FileNote {
                path: job.path.clone(),
                message: "named as a publisher's resource file, but has no WEVT_TEMPLATE".into(),
            });
        }
        return Vec::new();
    };
    report.binaries_with_providers += 1;
    let messages = message_tables(job, res.message_table.as_deref(), cultures, report);
    let parsed = wevt::parse(blob, &messages);
    for p in parsed.problems {
        report.warnings.push(FileNote { path: job.path.clone(), message: p.to_string() });
    }
    let origin: Arc<str> = job.path.display().to_string().into();
    parsed
        .providers
        .into_iter()
        .map(|p| {
            let registry_name = job.names.as_ref().and_then(|n| n.get(&p.guid).cloned());
            let name = registry_name.or(p.name);
            let events = p
                .events
                .into_iter()
                .map(|mut e| {
                    e.provider_name = name.clone();
                    ((e.descriptor.id, e.descriptor.version), Arc::new(e))
                })
                .collect();
            StoredProvider { guid: p.guid, name, origin: origin.clone(), events }
        })
        .collect()
}
