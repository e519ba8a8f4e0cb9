//! A Parquet dataset as a pipeline sink: `events/part-0.parquet` and the typed tables in Hive layout,
//! `typed/provider=NAME/event=NAME_OR_ID/v=VERSION/part-N.parquet`.
//!
//! Workers build Arrow record batches (the events rows and the rows of each typed table of a chunk); the sink
//! writes them in order. Every file is written under a hidden temporary name (`.part-N.parquet.tmp`, which
//! DuckDB's `*.parquet` globs and Spark both skip) and renamed when it is complete. Memory stays bounded:
//! row groups hold at most [`DatasetOptions::row_group_rows`] rows, the row groups being written are flushed
//! when together they pass [`DatasetOptions::memory_budget`], and typed rows wait in memory until their table has a
//! row group's worth or the budget is reached, so that most tables are written at the end one at a time (see
//! [`ParquetDataset`]).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;
use etw_core::EventRef;
use etw_filter::EventContext;
use etw_pipeline::{Encoder, Flow, RunInfo, Sink, Summary};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::events::{events_schema, EventsBuilder, RowMaker};
use crate::typed::{TableId, TypedBatch, TypedTables};

/// What a dataset holds and how it is written.
#[derive(Clone, Debug)]
pub struct DatasetOptions {
    /// Write the `events` table.
    pub events: bool,
    /// Write the typed tables.
    pub typed: bool,
    /// Rows per row group at most.
    pub row_group_rows: usize,
    /// Bytes of Arrow and Parquet data held in memory at most, about: half for typed rows waiting to be written,
    /// half for the row groups being written (the largest are flushed when they pass it).
    pub memory_budget: usize,
    /// Threads that write the typed tables still waiting at the end of the run (most of them: see
    /// [`ParquetDataset`]); each table is written by one thread.
    pub threads: usize,
}

impl Default for DatasetOptions {
    fn default() -> Self {
        DatasetOptions { events: true, typed: true, row_group_rows: 128 * 1024, memory_budget: 16 << 20, threads: 1 }
    }
}

/// The Parquet compression of every file: zstd, except where the build has no zstd (msvc targets, see the
/// crate's manifest), Snappy.
fn compression() -> Compression {
    #[cfg(not(target_env = "msvc"))]
    {
        Compression::ZSTD(parquet::basic::ZstdLevel::default())
    }
    #[cfg(target_env = "msvc")]
    {
        Compression::SNAPPY
    }
}

fn writer_properties(opts: &DatasetOptions) -> WriterProperties {
    use parquet::schema::types::ColumnPath;
    WriterProperties::builder()
        .set_compression(compression())
        // Nearly every value of these differs: a dictionary is built only to be dropped.
        .set_column_dictionary_enabled(ColumnPath::from("payload"), false)
        .set_column_dictionary_enabled(ColumnPath::from("record_index"), false)
        .set_column_dictionary_enabled(ColumnPath::from("_record_index"), false)
        .set_column_dictionary_enabled(ColumnPath::from("timestamp"), false)
        .set_column_dictionary_enabled(ColumnPath::from("_timestamp"), false)
        .set_max_row_group_row_count(Some(opts.row_group_rows.max(1)))
        .set_max_row_group_bytes(Some(opts.memory_budget.max(1 << 20)))
        .set_created_by(format!("etwkit {}", env!("CARGO_PKG_VERSION")))
        .build()
}

/// What one worker's chunk became: the `events` rows and each typed table's rows.
#[derive(Debug, Default)]
pub struct TableBatch {
    /// Rows of the `events` table.
    pub events: Option<RecordBatch>,
    /// Rows of typed tables.
    pub typed: Vec<TypedBatch>,
}

/// Encodes events into [`TableBatch`]es on a worker.
pub struct TableEncoder {
    events_on: bool,
    typed_on: bool,
    files: Arc<[String]>,
    rows: RowMaker,
    events: EventsBuilder,
    typed: TypedTables,
}

impl TableEncoder {
    /// An encoder making the tables `events`/`typed` says, naming files by `files` (by file index).
    pub fn new(events: bool, typed: bool, files: Arc<[String]>) -> TableEncoder {
        TableEncoder {
            events_on: events,
            typed_on: typed,
            files,
            rows: RowMaker::default(),
            events: EventsBuilder::default(),
            typed: TypedTables::default(),
        }
    }
}

impl Encoder for TableEncoder {
    type Batch = TableBatch;

    fn event(&mut self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        let file = self.files.get(ev.location().file as usize).map(String::as_str).unwrap_or("");
        if self.events_on {
            let events = &mut self.events;
            self.rows.with_row(ev, cx, file, |row| events.push(row));
        }
        if self.typed_on {
            let Ok(schema) = cx.schema().cloned() else { return };
            if let Ok(decoded) = cx.decoded() {
                self.typed.push(&schema, ev, &decoded, file);
            }
        }
    }

    fn take(&mut self) -> TableBatch {
        TableBatch { events: self.events.finish(), typed: if self.typed_on { self.typed.finish() } else { Vec::new() } }
    }
}

/// One Parquet file being written: under its temporary name until [`PartFile::commit`].
struct PartFile {
    tmp: PathBuf,
    dest: PathBuf,
    writer: Option<ArrowWriter<BufWriter<File>>>,
}

impl PartFile {
    /// A part file; `buffer` bytes of writes are gathered before they go to the file (the events table gets a
    /// large buffer; typed tables, of which many may be open, a small one).
    fn create(
        dir: &Path,
        part: u32,
        schema: SchemaRef,
        props: WriterProperties,
        buffer: usize,
    ) -> io::Result<PartFile> {
        std::fs::create_dir_all(dir).map_err(|e| with_path(e, dir))?;
        let dest = dir.join(format!("part-{part}.parquet"));
        let tmp = dir.join(format!(".part-{part}.parquet.tmp"));
        let file = File::create(&tmp).map_err(|e| with_path(e, &tmp))?;
        let writer = ArrowWriter::try_new(BufWriter::with_capacity(buffer, file), schema, Some(props))
            .map_err(|e| io::Error::other(format!("{}: {e}", tmp.display())))?;
        Ok(PartFile { tmp, dest, writer: Some(writer) })
    }

    fn write(&mut self, batch: &RecordBatch) -> io::Result<()> {
        if let Some(w) = self.writer.as_mut() {
            w.write(batch).map_err(|e| parquet_error(e, &self.tmp))?;
        }
        Ok(())
    }

    fn memory(&self) -> usize {
        self.writer.as_ref().map_or(0, ArrowWriter::memory_size)
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(w) = self.writer.as_mut() {
            w.flush().map_err(|e| parquet_error(e, &self.tmp))?;
        }
        Ok(())
    }

    /// Writes the footer and gives the file its final name.
    fn commit(mut self) -> io::Result<PathBuf> {
        if let Some(w) = self.writer.take() {
            let out = w.into_inner().map_err(|e| parquet_error(e, &self.tmp))?;
            let file = out.into_inner().map_err(|e| with_path(e.into_error(), &self.tmp))?;
            file.sync_all().map_err(|e| with_path(e, &self.tmp))?;
        }
        std::fs::rename(&self.tmp, &self.dest).map_err(|e| with_path(e, &self.dest))?;
        Ok(std::mem::take(&mut self.dest))
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        // Not committed: a failed or interrupted run leaves no partial file under any name.
        if self.writer.is_some() {
            self.writer = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn with_path(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

fn parquet_error(e: parquet::errors::ParquetError, path: &Path) -> io::Error {
    match e {
        parquet::errors::ParquetError::External(inner) => match inner.downcast::<io::Error>() {
            Ok(io) => with_path(*io, path),
            Err(other) => io::Error::other(format!("{}: {other}", path.display())),
        },
        other => io::Error::other(format!("{}: {other}", path.display())),
    }
}

/// What a dataset run wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatasetReport {
    /// Rows of the `events` table.
    pub events: u64,
    /// Typed tables written (directories).
    pub typed_tables: u64,
    /// Rows of typed tables, over all of them.
    pub typed_rows: u64,
    /// Files written, with their final names.
    pub files: Vec<PathBuf>,
}

/// One Arrow schema of one typed table: rows waiting to be written, and its file once it has one.
struct TypedTable {
    table: Arc<TableId>,
    schema: SchemaRef,
    /// Leaf columns: each open column writer holds compression contexts (about 70 KiB with zstd).
    leaves: usize,
    pending: Vec<RecordBatch>,
    pending_rows: usize,
    pending_bytes: usize,
    file: Option<PartFile>,
    last_used: u64,
}

/// Leaf columns of `schema` (lists and structs count their leaves).
fn leaf_count(schema: &SchemaRef) -> usize {
    fn leaves(t: &arrow_schema::DataType) -> usize {
        use arrow_schema::DataType as D;
        match t {
            D::List(f) | D::LargeList(f) | D::FixedSizeList(f, _) => leaves(f.data_type()),
            D::Struct(fields) => fields.iter().map(|f| leaves(f.data_type())).sum::<usize>().max(1),
            _ => 1,
        }
    }
    schema.fields().iter().map(|f| leaves(f.data_type())).sum()
}

/// Writes a Parquet dataset below a root directory.
///
/// Typed rows wait in memory as Arrow batches until their table has a row group's worth
/// ([`DatasetOptions::row_group_rows`]) or the waiting rows of all tables pass the memory budget (then the
/// tables with the most are written); only then does a table get a file. Most tables of a trace are small and
/// are written once, at the end, one at a time: a Parquet column writer holds compression contexts, and a
/// file open per table of a trace with hundreds of event types would hold hundreds of megabytes of them. Open
/// files are bounded by [`MAX_OPEN_LEAVES`] leaf columns; past it, the least recently written file is
/// completed and its table's next rows start its next part.
pub struct ParquetDataset {
    root: PathBuf,
    opts: DatasetOptions,
    props: WriterProperties,
    /// For tables of fewer than [`SMALL_TABLE_ROWS`] rows written whole at the end: no compression.
    small_props: WriterProperties,
    files: Arc<[String]>,
    events: Option<PartFile>,
    /// Typed tables, one entry per (table, Arrow schema).
    tables: Vec<TypedTable>,
    by_table: HashMap<Arc<TableId>, Vec<usize>>,
    /// The next part number per table directory.
    next_part: HashMap<Arc<TableId>, u32>,
    pending_bytes: usize,
    tick: u64,
    report: DatasetReport,
}

/// Typed tables with fewer rows than this, written whole at the end of a run, are not compressed: their column
/// chunks are a few hundred bytes, and setting up a zstd context for each column (which Parquet does per column,
/// for compression and decompression alike) costs more time than the compression saves space. On a trace with
/// hundreds of event types, most tables are this small.
pub const SMALL_TABLE_ROWS: usize = 256;

/// Leaf columns of typed tables with a file open at most (their compression contexts take about 70 KiB each).
pub const MAX_OPEN_LEAVES: usize = 128;

impl ParquetDataset {
    /// A dataset below `root` (created if missing).
    pub fn new(root: impl Into<PathBuf>, opts: DatasetOptions) -> ParquetDataset {
        let props = writer_properties(&opts);
        let small_props = props.clone().into_builder().set_compression(Compression::UNCOMPRESSED).build();
        ParquetDataset {
            root: root.into(),
            opts,
            props,
            small_props,
            files: Arc::from(Vec::new()),
            events: None,
            tables: Vec::new(),
            by_table: HashMap::new(),
            next_part: HashMap::new(),
            pending_bytes: 0,
            tick: 0,
            report: DatasetReport::default(),
        }
    }

    /// What was written (complete after the run).
    pub fn report(&self) -> &DatasetReport {
        &self.report
    }

    /// The index of `table`'s entry for `schema`, made if new.
    fn table_index(&mut self, table: &Arc<TableId>, schema: &SchemaRef) -> usize {
        let found = self.by_table.get(table).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&i| self.tables.get(i).is_some_and(|t| Arc::ptr_eq(&t.schema, schema) || *t.schema == **schema))
        });
        if let Some(i) = found {
            return i;
        }
        if !self.by_table.contains_key(table) {
            self.report.typed_tables += 1;
        }
        self.tables.push(TypedTable {
            table: table.clone(),
            schema: schema.clone(),
            leaves: leaf_count(schema),
            pending: Vec::new(),
            pending_rows: 0,
            pending_bytes: 0,
            file: None,
            last_used: 0,
        });
        let i = self.tables.len() - 1;
        self.by_table.entry(table.clone()).or_default().push(i);
        i
    }

    fn open_leaves(&self) -> usize {
        self.tables.iter().filter(|t| t.file.is_some()).map(|t| t.leaves).sum()
    }

    /// Writes table `i`'s waiting rows to its file (opened if needed; older files are completed to keep the open
    /// leaf columns bounded). With `complete`, the file is completed too.
    fn write_pending(&mut self, i: usize, complete: bool) -> io::Result<()> {
        let Some(t) = self.tables.get(i) else { return Ok(()) };
        if t.file.is_none() && !t.pending.is_empty() {
            let need = t.leaves;
            while self.open_leaves() > 0 && self.open_leaves().saturating_add(need) > MAX_OPEN_LEAVES {
                self.complete_least_recent(i)?;
            }
            let t = self.tables.get(i).ok_or_else(|| io::Error::other("typed table vanished"))?;
            let part = self.next_part.entry(t.table.clone()).or_insert(0);
            let n = *part;
            *part = part.saturating_add(1);
            let dir = self.root.join(t.table.relative_dir());
            let file = PartFile::create(&dir, n, t.schema.clone(), self.props.clone(), 64 << 10)?;
            if let Some(t) = self.tables.get_mut(i) {
                t.file = Some(file);
            }
        }
        self.tick += 1;
        let tick = self.tick;
        let Some(t) = self.tables.get_mut(i) else { return Ok(()) };
        t.last_used = tick;
        if let Some(file) = t.file.as_mut() {
            for b in t.pending.drain(..) {
                file.write(&b)?;
            }
        }
        self.pending_bytes = self.pending_bytes.saturating_sub(t.pending_bytes);
        t.pending_rows = 0;
        t.pending_bytes = 0;
        if complete {
            if let Some(file) = t.file.take() {
                self.report.files.push(file.commit()?);
            }
        }
        Ok(())
    }

    /// Completes the least recently written open file other than table `except`'s.
    fn complete_least_recent(&mut self, except: usize) -> io::Result<()> {
        let oldest = self
            .tables
            .iter()
            .enumerate()
            .filter(|(i, t)| *i != except && t.file.is_some())
            .min_by_key(|(_, t)| t.last_used)
            .map(|(i, _)| i);
        match oldest {
            Some(i) => self.write_pending(i, true),
            None => Ok(()),
        }
    }

    /// Keeps memory bounded: waiting rows past the budget are written, largest tables first; row groups in
    /// progress past the budget are flushed, largest first.
    fn bound_memory(&mut self) -> io::Result<()> {
        let half = self.opts.memory_budget / 2;
        if self.pending_bytes > half {
            let mut order: Vec<(usize, usize)> =
                self.tables.iter().enumerate().map(|(i, t)| (t.pending_bytes, i)).collect();
            order.sort_unstable_by_key(|(bytes, _)| std::cmp::Reverse(*bytes));
            for (_, i) in order {
                if self.pending_bytes <= half / 2 {
                    break;
                }
                self.write_pending(i, false)?;
            }
        }
        let mut total: usize = self.events.as_ref().map_or(0, PartFile::memory)
            + self.tables.iter().filter_map(|t| t.file.as_ref()).map(PartFile::memory).sum::<usize>();
        if total <= half {
            return Ok(());
        }
        let mut order: Vec<(usize, Option<usize>)> = self
            .tables
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.file.as_ref().map(|f| (f.memory(), Some(i))))
            .collect();
        if let Some(e) = &self.events {
            order.push((e.memory(), None));
        }
        order.sort_unstable_by_key(|(bytes, _)| std::cmp::Reverse(*bytes));
        for (size, which) in order {
            if total <= half / 2 {
                break;
            }
            let file = match which {
                None => self.events.as_mut(),
                Some(i) => self.tables.get_mut(i).and_then(|t| t.file.as_mut()),
            };
            if let Some(f) = file {
                f.flush()?;
                total = total.saturating_sub(size);
            }
        }
        Ok(())
    }
}

impl Sink for ParquetDataset {
    type Encoder = TableEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.files = run.files.iter().map(|f| f.path.display().to_string()).collect();
        std::fs::create_dir_all(&self.root).map_err(|e| with_path(e, &self.root))?;
        if self.opts.events {
            let dir = self.root.join("events");
            self.events = Some(PartFile::create(&dir, 0, events_schema(), self.props.clone(), 1 << 20)?);
        }
        Ok(())
    }

    fn encoder(&self) -> TableEncoder {
        TableEncoder::new(self.opts.events, self.opts.typed, self.files.clone())
    }

    /// A chunk's Arrow batches take several MiB, and the writing on the calling thread is what bounds the speed:
    /// one chunk per worker and one being written keep every core busy, more would only hold memory.
    fn max_in_flight(&self) -> Option<usize> {
        Some(self.opts.threads.saturating_add(1))
    }

    fn write(&mut self, batch: TableBatch) -> io::Result<Flow> {
        if let (Some(rows), Some(file)) = (&batch.events, self.events.as_mut()) {
            file.write(rows)?;
            self.report.events += rows.num_rows() as u64;
        }
        for t in batch.typed {
            let schema = t.batch.schema();
            let i = self.table_index(&t.table, &schema);
            let rows = t.batch.num_rows();
            let bytes = t.batch.get_array_memory_size();
            self.report.typed_rows += rows as u64;
            let row_group = self.opts.row_group_rows.max(1);
            let full = match self.tables.get_mut(i) {
                Some(entry) => {
                    entry.pending.push(t.batch);
                    entry.pending_rows += rows;
                    entry.pending_bytes += bytes;
                    entry.pending_rows >= row_group
                }
                None => false,
            };
            self.pending_bytes += bytes;
            if full {
                self.write_pending(i, false)?;
            }
        }
        self.bound_memory()?;
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        if let Some(f) = self.events.take() {
            self.report.files.push(f.commit()?);
        }
        // Every table's remaining rows, with its open file or the part number of a new one. The tables are
        // independent, so they are written on several threads; a thread takes the next table when done.
        let mut jobs: Vec<FinishJob> = Vec::new();
        for t in self.tables.drain(..) {
            if t.pending.is_empty() && t.file.is_none() {
                continue;
            }
            let target = match t.file {
                Some(file) => Target::Open(Box::new(file)),
                None => {
                    let part = self.next_part.entry(t.table.clone()).or_insert(0);
                    let n = *part;
                    *part = part.saturating_add(1);
                    Target::New { dir: self.root.join(t.table.relative_dir()), part: n, schema: t.schema.clone() }
                }
            };
            jobs.push(FinishJob { target, batches: t.pending });
        }
        self.pending_bytes = 0;
        // Largest first, so that a big table does not start last.
        jobs.sort_by_key(|j| std::cmp::Reverse(j.batches.iter().map(RecordBatch::num_rows).sum::<usize>()));
        let jobs: Vec<std::sync::Mutex<Option<FinishJob>>> =
            jobs.into_iter().map(|j| std::sync::Mutex::new(Some(j))).collect();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let props = &self.props;
        let small = &self.small_props;
        let run = || -> io::Result<Vec<PathBuf>> {
            let mut done = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(slot) = jobs.get(i) else { return Ok(done) };
                let job = slot.lock().ok().and_then(|mut j| j.take());
                if let Some(job) = job {
                    done.push(job.run(props, small)?);
                }
            }
        };
        let threads = self.opts.threads.clamp(1, jobs.len().max(1));
        let results: Vec<io::Result<Vec<PathBuf>>> = if threads == 1 {
            vec![run()]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads).map(|_| scope.spawn(run)).collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|_| Err(io::Error::other("a table writer panicked"))))
                    .collect()
            })
        };
        let mut written = Vec::new();
        for r in results {
            written.extend(r?);
        }
        // Jobs not run (another failed first) are dropped here: their temporary files are removed.
        drop(jobs);
        written.sort();
        self.report.files.extend(written);
        Ok(())
    }
}

/// Where a table's last rows go at the end of a run.
enum Target {
    /// Its file, already open.
    Open(Box<PartFile>),
    /// A new part file.
    New { dir: PathBuf, part: u32, schema: SchemaRef },
}

/// One table's last rows, to be written and its file completed.
struct FinishJob {
    target: Target,
    batches: Vec<RecordBatch>,
}

impl FinishJob {
    fn run(self, props: &WriterProperties, small: &WriterProperties) -> io::Result<PathBuf> {
        let rows: usize = self.batches.iter().map(RecordBatch::num_rows).sum();
        let mut file = match self.target {
            Target::Open(f) => *f,
            Target::New { dir, part, schema } => {
                let props = if rows < SMALL_TABLE_ROWS { small } else { props };
                PartFile::create(&dir, part, schema, props.clone(), 64 << 10)?
            }
        };
        for b in &self.batches {
            file.write(b)?;
        }
        file.commit()
    }
}
