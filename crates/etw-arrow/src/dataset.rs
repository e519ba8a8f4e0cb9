//! A Parquet dataset as a pipeline sink: `events/part-0.parquet` and the typed tables in Hive layout,
//! `typed/provider=NAME/event=NAME_OR_ID/v=VERSION/part-N.parquet`.
//!
//! Workers build Arrow record batches (the events rows and the rows of each typed table of a chunk); the sink
//! writes them in order. Every file is written under a hidden temporary name (`.part-N.parquet.tmp`, which
//! DuckDB's `*.parquet` globs and Spark both skip) and renamed when it is complete. Memory stays bounded:
//! row groups hold at most [`DatasetOptions::row_group_rows`] rows, the row groups being written are flushed
//! when together they pass [`DatasetOptions::memory_budget`], and at most [`DatasetOptions::max_open`] typed
//! tables have a file open (the least recently written one is completed, and a later row of its table starts
//! its next part).

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
    /// Bytes that the row groups being written may hold together before the largest are flushed.
    pub memory_budget: usize,
    /// Typed tables with a file open at most.
    pub max_open: usize,
}

impl Default for DatasetOptions {
    fn default() -> Self {
        DatasetOptions { events: true, typed: true, row_group_rows: 128 * 1024, memory_budget: 24 << 20, max_open: 256 }
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
    WriterProperties::builder()
        .set_compression(compression())
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
    last_used: u64,
}

impl PartFile {
    fn create(dir: &Path, part: u32, schema: SchemaRef, props: WriterProperties) -> io::Result<PartFile> {
        std::fs::create_dir_all(dir).map_err(|e| with_path(e, dir))?;
        let dest = dir.join(format!("part-{part}.parquet"));
        let tmp = dir.join(format!(".part-{part}.parquet.tmp"));
        let file = File::create(&tmp).map_err(|e| with_path(e, &tmp))?;
        let writer = ArrowWriter::try_new(BufWriter::with_capacity(1 << 20, file), schema, Some(props))
            .map_err(|e| io::Error::other(format!("{}: {e}", tmp.display())))?;
        Ok(PartFile { tmp, dest, writer: Some(writer), last_used: 0 })
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

/// Writes a Parquet dataset below a root directory.
pub struct ParquetDataset {
    root: PathBuf,
    opts: DatasetOptions,
    props: WriterProperties,
    files: Arc<[String]>,
    events: Option<PartFile>,
    /// Open typed files by table, one per Arrow schema the table was written with.
    open: HashMap<Arc<TableId>, Vec<(SchemaRef, PartFile)>>,
    /// The next part number per table directory.
    next_part: HashMap<Arc<TableId>, u32>,
    tick: u64,
    report: DatasetReport,
}

impl ParquetDataset {
    /// A dataset below `root` (created if missing).
    pub fn new(root: impl Into<PathBuf>, opts: DatasetOptions) -> ParquetDataset {
        let props = writer_properties(&opts);
        ParquetDataset {
            root: root.into(),
            opts,
            props,
            files: Arc::from(Vec::new()),
            events: None,
            open: HashMap::new(),
            next_part: HashMap::new(),
            tick: 0,
            report: DatasetReport::default(),
        }
    }

    /// What was written (complete after the run).
    pub fn report(&self) -> &DatasetReport {
        &self.report
    }

    fn open_count(&self) -> usize {
        self.open.values().map(Vec::len).sum()
    }

    /// The file of `table` for `schema`, opened (and an older one completed, if too many are open) if needed.
    fn typed_file(&mut self, table: &Arc<TableId>, schema: &SchemaRef) -> io::Result<&mut PartFile> {
        let found = self
            .open
            .get(table)
            .and_then(|files| files.iter().position(|(s, _)| Arc::ptr_eq(s, schema) || **s == **schema));
        let index = match found {
            Some(i) => i,
            None => {
                if self.open_count() >= self.opts.max_open.max(1) {
                    self.close_least_recent()?;
                }
                let part = self.next_part.entry(table.clone()).or_insert(0);
                let n = *part;
                *part = part.saturating_add(1);
                if n == 0 {
                    self.report.typed_tables += 1;
                }
                let dir = self.root.join(table.relative_dir());
                let file = PartFile::create(&dir, n, schema.clone(), self.props.clone())?;
                let files = self.open.entry(table.clone()).or_default();
                files.push((schema.clone(), file));
                files.len() - 1
            }
        };
        self.tick += 1;
        let tick = self.tick;
        match self.open.get_mut(table).and_then(|files| files.get_mut(index)) {
            Some((_, f)) => {
                f.last_used = tick;
                Ok(f)
            }
            None => Err(io::Error::other("typed table file vanished")),
        }
    }

    fn close_least_recent(&mut self) -> io::Result<()> {
        let oldest = self
            .open
            .iter()
            .flat_map(|(t, files)| files.iter().enumerate().map(move |(i, (_, f))| (f.last_used, t.clone(), i)))
            .min_by_key(|(used, _, _)| *used);
        if let Some((_, table, i)) = oldest {
            if let Some(files) = self.open.get_mut(&table) {
                if i < files.len() {
                    let (_, f) = files.remove(i);
                    self.report.files.push(f.commit()?);
                }
                if files.is_empty() {
                    self.open.remove(&table);
                }
            }
        }
        Ok(())
    }

    /// Flushes the largest row groups in progress until they hold less than half the budget together.
    fn bound_memory(&mut self) -> io::Result<()> {
        let mut total: usize = self.events.as_ref().map_or(0, PartFile::memory)
            + self.open.values().flatten().map(|(_, f)| f.memory()).sum::<usize>();
        if total <= self.opts.memory_budget {
            return Ok(());
        }
        // (bytes, which file: a typed table's n-th file, or the events file for None)
        type Sized = (usize, Option<(Arc<TableId>, usize)>);
        let mut sizes: Vec<Sized> = self
            .open
            .iter()
            .flat_map(|(t, files)| files.iter().enumerate().map(move |(i, (_, f))| (f.memory(), Some((t.clone(), i)))))
            .collect();
        if let Some(e) = &self.events {
            sizes.push((e.memory(), None));
        }
        sizes.sort_by_key(|s| std::cmp::Reverse(s.0));
        for (size, which) in sizes {
            if total <= self.opts.memory_budget / 2 {
                break;
            }
            let file = match which {
                None => self.events.as_mut(),
                Some((t, i)) => self.open.get_mut(&t).and_then(|f| f.get_mut(i)).map(|(_, f)| f),
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
            self.events = Some(PartFile::create(&self.root.join("events"), 0, events_schema(), self.props.clone())?);
        }
        Ok(())
    }

    fn encoder(&self) -> TableEncoder {
        TableEncoder::new(self.opts.events, self.opts.typed, self.files.clone())
    }

    fn write(&mut self, batch: TableBatch) -> io::Result<Flow> {
        if let (Some(rows), Some(file)) = (&batch.events, self.events.as_mut()) {
            file.write(rows)?;
            self.report.events += rows.num_rows() as u64;
        }
        for t in &batch.typed {
            let schema = t.batch.schema();
            self.typed_file(&t.table, &schema)?.write(&t.batch)?;
            self.report.typed_rows += t.batch.num_rows() as u64;
        }
        self.bound_memory()?;
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        if let Some(f) = self.events.take() {
            self.report.files.push(f.commit()?);
        }
        let mut open: Vec<_> = self.open.drain().collect();
        open.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, files) in open {
            for (_, f) in files {
                self.report.files.push(f.commit()?);
            }
        }
        Ok(())
    }
}
