//! The engine: N workers that take turns cutting chunks from one walk of the inputs, and the calling thread
//! writing their batches in order.
//!
//! ```text
//!  worker 1..N: take a token, then under the walk's lock cut the next chunk (seq) ──► select, decode, encode
//!    the walk: EtlReader / TimeOrderReader                                               │ pieces (seq)
//!    (I/O, decompression, the record walk, the merge)                                    ▼
//!                                     calling thread: reorder by seq ─► Sink (batches and damage in read order)
//! ```
//!
//! The walk goes through the files exactly as a single-threaded walk does (file order, or the timestamp merge)
//! and is cut into chunks of records; every record keeps its buffer alive ([`etw_etl::SharedRecord`]), so a
//! worker decodes its chunk while another cuts the next. Each chunk gets a sequence number as it is cut; the
//! calling thread writes the workers' results strictly in sequence order. So the output of any thread count is
//! the output of one thread, byte for byte, by construction: nothing a worker does depends on which worker it
//! is or what else it saw, except caches (schemas by event key, TraceLogging metadata), whose answers do not
//! depend on order.
//!
//! Why no reader thread of its own: with one, `-j N` keeps N + 1 threads busy, and on a machine with N cores
//! one of them always waits for a core; and the records a worker decodes were loaded into another core's
//! cache. Cutting a chunk under a lock takes a fraction of the time decoding it does, so the workers seldom
//! wait for the lock.
//!
//! Memory is bounded: at most `2 × threads + 2` chunks, and never more than [`MAX_IN_FLIGHT`], are in flight (a
//! worker takes a token before it cuts a chunk, and the calling thread gives it back when the chunk's result is
//! written), and a chunk holds at most [`CHUNK_RECORDS`] records.
//!
//! With one thread nothing is spawned: the same chunk function runs inline.
//!
//! Stopping: when the sink returns an error (a closed pipe) or [`Flow::Stop`], the calling thread raises a stop
//! flag and drops its ends of the channels; the workers see the flag or a closed channel before their next chunk
//! and end.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufReader};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crossbeam_channel::{bounded, Receiver, Sender};
use etw_core::{Clock, EventRef};
use etw_etl::{Damage, EtlReader, ReadCounts, ReadItem, TimeOrderReader};
use etw_filter::EventContext;
use etw_schema::{Decoder, SchemaRegistry};

use crate::sink::{Encoder, Flow, OpenedFile, Problem, RunInfo, Sink, Summary};

/// Records per chunk: large enough that a chunk's overhead (two channel hops, one batch) is small per event,
/// small enough that a few chunks per thread in flight keep memory flat. At 2,048, eight chunks in flight of
/// raw JSON lines from 1 MiB buffers (TraceLoggingTester at `-j 7`) peaked at 68 MiB; at 1,024, 50 MiB, at the
/// same CPU time.
pub const CHUNK_RECORDS: usize = 1024;

/// Chunks in flight at most, whatever the thread count: each keeps its buffers (up to 1 MiB each in real traces)
/// and its batch alive, so more threads than this buys no speed on the machines we have and costs memory.
pub const MAX_IN_FLIGHT: usize = 8;

/// The order events are delivered in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// By timestamp across processors and files, as Windows delivers them.
    #[default]
    Time,
    /// As stored: file after file, buffer after buffer.
    File,
}

/// Decides, per event, whether it goes on to the encoder. Made once per worker by a [`Selection`].
pub type SelectFn = Box<dyn FnMut(&mut EventContext<'_, '_>) -> bool + Send>;

/// Which events go on to the sink: a factory of per-worker selectors (filters keep per-event-type caches, so
/// each worker has its own).
#[derive(Clone)]
pub struct Selection {
    make: Arc<dyn Fn() -> SelectFn + Send + Sync>,
}

impl Selection {
    /// A selection whose workers each run `make()`'s selector.
    pub fn new(make: impl Fn() -> SelectFn + Send + Sync + 'static) -> Selection {
        Selection { make: Arc::new(make) }
    }

    fn selector(&self) -> SelectFn {
        (self.make)()
    }
}

impl std::fmt::Debug for Selection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Selection")
    }
}

/// How far reading has got, as a [`ProgressFn`] sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProgressTick {
    /// Bytes of the inputs read.
    pub bytes_done: u64,
    /// Bytes of all the inputs that opened.
    pub bytes_total: u64,
    /// Records read (before any selection).
    pub records: u64,
}

/// Reports how far reading has got. Called by whichever thread cuts a chunk (the walk is under a lock, so never
/// by two at once), every few thousand records.
pub type ProgressFn = Arc<dyn Fn(&ProgressTick) + Send + Sync>;

/// A description of a run: what to read, in which order, on how many threads, decoded by which schemas, and
/// which events to keep. [`Pipeline::run`] runs it into a [`Sink`].
pub struct Pipeline {
    inputs: Vec<PathBuf>,
    order: Order,
    threads: usize,
    registry: Option<SchemaRegistry>,
    learn: bool,
    selection: Option<Selection>,
    progress: Option<ProgressFn>,
    range: Option<Range<u64>>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("inputs", &self.inputs)
            .field("order", &self.order)
            .field("threads", &self.threads)
            .field("decoding", &self.registry.is_some())
            .field("selection", &self.selection.is_some())
            .finish()
    }
}

/// The number of threads a pipeline uses by default: the cores available.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

impl Pipeline {
    /// A pipeline over these files, in timestamp order, on every core, with no schemas (nothing decoded) and no
    /// selection.
    pub fn new<P: Into<PathBuf>>(inputs: impl IntoIterator<Item = P>) -> Pipeline {
        Pipeline {
            inputs: inputs.into_iter().map(Into::into).collect(),
            order: Order::Time,
            threads: default_threads(),
            registry: None,
            learn: true,
            selection: None,
            progress: None,
            range: None,
        }
    }

    /// Sets the order events come in.
    pub fn order(mut self, order: Order) -> Self {
        self.order = order;
        self
    }

    /// Sets the number of decoding threads (at least 1; 1 runs everything on the calling thread).
    pub fn threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Decodes with `registry` (each worker gets a [fork](SchemaRegistry::fork)). Unless
    /// [`learn`](Self::learn)`(false)`, the sources that learn from the trace itself see every event of the
    /// inputs first, since such metadata may come after the events it describes.
    pub fn schemas(mut self, registry: SchemaRegistry) -> Self {
        self.registry = Some(registry);
        self
    }

    /// Whether to run the learning pass before decoding (default true; only with [`schemas`](Self::schemas)).
    pub fn learn(mut self, learn: bool) -> Self {
        self.learn = learn;
        self
    }

    /// Keeps only the events `selection` selects.
    pub fn select(mut self, selection: Selection) -> Self {
        self.selection = Some(selection);
        self
    }

    /// Reads only the buffers that start inside `range` (file offsets) of each input, in file order: one
    /// partition of a large file, for readers that split files among machines (the Spark data source). The
    /// records before the range are still walked, so that [`Location::record`](etw_core::Location::record) is
    /// what a whole-file read gives and records without a timestamp take the same one; the learning pass still
    /// sees the whole file. Damage is reported by the partition whose range holds the damaged buffer's offset.
    /// Ranges that cut a file at any offsets therefore partition its events and damage exactly.
    pub fn byte_range(mut self, range: Range<u64>) -> Self {
        self.range = Some(range);
        self.order = Order::File;
        self
    }

    /// Reports progress (bytes read, total bytes, records) every few thousand records, from whichever thread is
    /// reading.
    pub fn progress(mut self, progress: ProgressFn) -> Self {
        self.progress = Some(progress);
        self
    }

    /// Opens the inputs (reporting those that do not open) and runs the learning pass.
    fn open(&mut self, summary: &mut Summary, problem: &mut impl FnMut(Problem<'_>)) -> Opened {
        let mut readers = Vec::new();
        let mut info = RunInfo::default();
        for path in &self.inputs {
            match EtlReader::open(path) {
                Ok(mut r) => {
                    r.set_file_index(readers.len() as u32);
                    info.files.push(OpenedFile {
                        path: path.clone(),
                        header: r.logfile_header().clone(),
                        size: r.file_len(),
                    });
                    readers.push(r);
                }
                Err(e) => {
                    summary.files_failed += 1;
                    problem(Problem::Open(&e));
                }
            }
        }
        let mut registry = self.registry.take().unwrap_or_default();
        if self.learn {
            crate::learn::learn_from_files(&mut registry, &info.files, self.threads);
        }
        let clocks: Arc<[Clock]> = readers.iter().map(|r| *r.clock()).collect();
        let total: u64 = info.files.iter().map(|f| f.size).sum();
        let walk = match self.order {
            Order::File => Walk::Files { readers: readers.into_iter().collect(), done_bytes: 0, counts: Vec::new() },
            Order::Time => Walk::Merged(Box::new(TimeOrderReader::new(readers))),
        };
        let spare_items = SpareItems::default();
        let reader = ChunkReader {
            spare_items: spare_items.clone(),
            walk,
            seq: 0,
            progress: self.progress.take(),
            total,
            read_since_tick: 0,
            records_read: 0,
            records_per_file: Vec::new(),
            range: self.range.clone(),
            skipping: false,
            one: Vec::new(),
        };
        let setup = WorkerSetup { registry, selection: self.selection.take(), clocks, spare_items };
        Opened { info, reader, setup }
    }

    /// Reads the inputs into `sink`. Files that do not open and damage inside files are reported to `problem`
    /// and counted in the summary; the run goes on. An error is the sink's (e.g. a closed pipe, which ends the
    /// run early and cleanly).
    pub fn run<S: Sink>(mut self, sink: &mut S, mut problem: impl FnMut(Problem<'_>)) -> io::Result<Summary> {
        let mut summary = Summary::default();
        let Opened { info, reader, setup } = self.open(&mut summary, &mut problem);
        sink.start(&info)?;
        let mut report = |d: &Damage, summary: &mut Summary| {
            summary.damage += 1;
            problem(Problem::Damage { damage: d, path: info.path_of(d.file) });
        };
        let counts = if self.threads <= 1 {
            run_inline(reader, &setup, sink, &mut summary, &mut report)
        } else {
            run_parallel(reader, &setup, self.threads, sink, &mut summary, &mut report)
        }?;
        summary.counts = counts;
        sink.finish(&summary)?;
        Ok(summary)
    }

    /// Hands every selected event, with its context (schema, decoder, typed parser), to `consumer` on the calling
    /// thread, in order, until it returns false; damage goes to [`Consumer::problem`] at its place. For
    /// callbacks that must see events one by one in order (krabsetw's model); the thread count is not used.
    pub fn for_each(mut self, consumer: &mut impl Consumer) -> Summary {
        let mut summary = Summary::default();
        let Opened { info, mut reader, setup } = self.open(&mut summary, &mut |p| consumer.problem(p));
        let mut worker = setup.worker(());
        let fallback = Clock::default();
        while let Some(item) = reader.next_item() {
            match item {
                ReadItem::Buffer(_) => {}
                ReadItem::Record(rec) => {
                    summary.events_read += 1;
                    let clock = worker.clocks.get(rec.header().location.file as usize).unwrap_or(&fallback);
                    let ev = rec.event(clock);
                    let mut cx = EventContext::new(&ev, &mut worker.registry, &mut worker.decoder);
                    if let Some(select) = worker.select.as_mut() {
                        if !select(&mut cx) {
                            continue;
                        }
                    }
                    summary.events_selected += 1;
                    if !consumer.event(&ev, &mut cx) {
                        summary.stopped = true;
                        break;
                    }
                }
                ReadItem::Damage(d) => {
                    summary.damage += 1;
                    consumer.problem(Problem::Damage { damage: &d, path: info.path_of(d.file) });
                }
            }
        }
        summary.counts = reader.walk.counts();
        summary
    }
}

/// What [`Pipeline::for_each`] hands events and problems to.
pub trait Consumer {
    /// One selected event, in order. Returns false to stop.
    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) -> bool;
    /// A file that did not open, or damage at its place in the order.
    fn problem(&mut self, problem: Problem<'_>);
}

struct Opened {
    info: RunInfo,
    reader: ChunkReader,
    setup: WorkerSetup,
}

impl RunInfo {
    fn path_of(&self, file: u32) -> &std::path::Path {
        self.files.get(file as usize).map_or(std::path::Path::new(""), |f| f.path.as_path())
    }
}

type FileReader = EtlReader<BufReader<File>>;

enum Walk {
    Files { readers: std::collections::VecDeque<FileReader>, done_bytes: u64, counts: Vec<ReadCounts> },
    Merged(Box<TimeOrderReader<BufReader<File>>>),
}

impl Walk {
    /// Pushes the next item of the walk onto `out`; false, with nothing pushed, at the end.
    fn push_next(&mut self, out: &mut Vec<ReadItem>) -> bool {
        let item = match self {
            Walk::Files { readers, done_bytes, counts } => loop {
                let Some(r) = readers.front_mut() else { return false };
                if let Some(item) = r.next_item() {
                    break item;
                }
                *done_bytes = done_bytes.saturating_add(r.file_len());
                counts.push(r.counts());
                readers.pop_front();
            },
            Walk::Merged(m) => match m.next_item() {
                Some(item) => item,
                None => return false,
            },
        };
        out.push(item);
        true
    }

    /// Leaves the current file (file order only; the timestamp merge has no current file).
    fn skip_file(&mut self) {
        if let Walk::Files { readers, done_bytes, counts } = self {
            if let Some(r) = readers.pop_front() {
                *done_bytes = done_bytes.saturating_add(r.file_len());
                counts.push(r.counts());
            }
        }
    }

    fn bytes_done(&self) -> u64 {
        match self {
            Walk::Files { readers, done_bytes, .. } => {
                done_bytes.saturating_add(readers.front().map_or(0, |r| r.counts().bytes))
            }
            Walk::Merged(m) => m.counts().bytes,
        }
    }

    fn counts(&self) -> ReadCounts {
        match self {
            Walk::Files { readers, counts, .. } => counts
                .iter()
                .chain(readers.iter().map(|r| r.counts()).collect::<Vec<_>>().iter())
                .fold(ReadCounts::default(), |a, c| ReadCounts {
                    buffers: a.buffers.saturating_add(c.buffers),
                    compressed_buffers: a.compressed_buffers.saturating_add(c.compressed_buffers),
                    damaged_buffers: a.damaged_buffers.saturating_add(c.damaged_buffers),
                    records: a.records.saturating_add(c.records),
                    damaged_records: a.damaged_records.saturating_add(c.damaged_records),
                    bytes: a.bytes.saturating_add(c.bytes),
                }),
            Walk::Merged(m) => m.counts(),
        }
    }
}

/// Emptied chunk Vecs, handed back by the workers to be filled again: a chunk's Vec (a thousand
/// items of 216 bytes) would otherwise be allocated and freed for every chunk.
type SpareItems = Arc<std::sync::Mutex<Vec<Vec<ReadItem>>>>;

/// Emptied chunk Vecs kept at most (the chunks in flight hold the others).
const MAX_SPARE_ITEMS: usize = 4;

/// The walk cut into numbered chunks.
struct ChunkReader {
    spare_items: SpareItems,
    walk: Walk,
    seq: u64,
    progress: Option<ProgressFn>,
    total: u64,
    read_since_tick: usize,
    records_read: u64,
    /// Records read so far per file: the next record's [`Location::record`](etw_core::Location::record).
    records_per_file: Vec<u64>,
    /// [`Pipeline::byte_range`].
    range: Option<Range<u64>>,
    /// True while the walk is in a buffer before the range: its records are numbered but not handed on.
    skipping: bool,
    /// [`ChunkReader::next_item`]'s one-item Vec, kept so that handing items out one by one allocates nothing.
    one: Vec<ReadItem>,
}

struct Chunk {
    seq: u64,
    items: Vec<ReadItem>,
}

impl ChunkReader {
    /// The next item of the walk: records numbered per file, and only what lies in the byte range if one is set.
    fn next_item(&mut self) -> Option<ReadItem> {
        let mut one = std::mem::take(&mut self.one);
        let item = self.push_next(&mut one).and_then(|_| one.pop());
        self.one = one;
        item
    }

    /// [`ChunkReader::next_item`] pushed onto `items` (so a record is made in its place in the chunk): `None` at
    /// the end, else whether the item pushed is a record.
    fn push_next(&mut self, items: &mut Vec<ReadItem>) -> Option<bool> {
        loop {
            if !self.walk.push_next(items) {
                return None;
            }
            let item = items.last_mut()?;
            if let Some(range) = &self.range {
                match &*item {
                    ReadItem::Buffer(loc) if loc.offset >= range.end => {
                        // Buffers come in offset order: nothing after this one is in the range.
                        items.pop();
                        self.walk.skip_file();
                        continue;
                    }
                    ReadItem::Buffer(loc) => self.skipping = loc.offset < range.start,
                    ReadItem::Damage(d) if !range.contains(&d.buffer_offset) => {
                        items.pop();
                        continue;
                    }
                    ReadItem::Damage(_) | ReadItem::Record(_) => {}
                }
            }
            let is_record = if let ReadItem::Record(rec) = item {
                let file = rec.header().location.file as usize;
                if self.records_per_file.len() <= file {
                    self.records_per_file.resize(file.saturating_add(1), 0);
                }
                if let Some(n) = self.records_per_file.get_mut(file) {
                    rec.set_record_index(*n);
                    *n = n.saturating_add(1);
                }
                true
            } else {
                false
            };
            if self.skipping {
                items.pop();
                continue;
            }
            return Some(is_record);
        }
    }

    fn next_chunk(&mut self) -> Option<Chunk> {
        // Room for the buffer and damage items between the records too: a chunk of 64 KiB buffers crosses
        // several, and growing past CHUNK_RECORDS would copy the whole chunk (216 bytes an item) once more.
        let spare = self.spare_items.lock().ok().and_then(|mut spare| spare.pop());
        let mut items = spare.unwrap_or_else(|| Vec::with_capacity(CHUNK_RECORDS + CHUNK_RECORDS / 8));
        let mut records = 0;
        while records < CHUNK_RECORDS {
            let Some(is_record) = self.push_next(&mut items) else { break };
            records += usize::from(is_record);
        }
        if items.is_empty() {
            return None;
        }
        self.records_read = self.records_read.saturating_add(records as u64);
        if let Some(p) = &self.progress {
            self.read_since_tick += records;
            if self.read_since_tick >= 8 * CHUNK_RECORDS {
                self.read_since_tick = 0;
                p(&ProgressTick {
                    bytes_done: self.walk.bytes_done(),
                    bytes_total: self.total,
                    records: self.records_read,
                });
            }
        }
        let seq = self.seq;
        self.seq += 1;
        Some(Chunk { seq, items })
    }
}

/// What every worker starts from.
struct WorkerSetup {
    registry: SchemaRegistry,
    selection: Option<Selection>,
    clocks: Arc<[Clock]>,
    spare_items: SpareItems,
}

/// One worker's state.
struct Worker<E> {
    registry: SchemaRegistry,
    decoder: Decoder,
    select: Option<SelectFn>,
    clocks: Arc<[Clock]>,
    encoder: E,
    spare_items: SpareItems,
}

impl WorkerSetup {
    fn worker<E>(&self, encoder: E) -> Worker<E> {
        Worker {
            registry: self.registry.fork(),
            decoder: Decoder::new(),
            select: self.selection.as_ref().map(Selection::selector),
            clocks: self.clocks.clone(),
            encoder,
            spare_items: self.spare_items.clone(),
        }
    }
}

/// A chunk's result: batches with damage between them, in read order.
struct Done<B> {
    seq: u64,
    pieces: Vec<Piece<B>>,
    read: u64,
    selected: u64,
}

enum Piece<B> {
    Batch(B),
    Damage(Damage),
}

impl<E: Encoder> Worker<E> {
    fn encode(&mut self, chunk: Chunk) -> Done<E::Batch> {
        let mut pieces = Vec::new();
        let (mut read, mut selected) = (0u64, 0u64);
        let fallback = Clock::default();
        let mut items = chunk.items;
        for item in items.drain(..) {
            match item {
                ReadItem::Buffer(loc) => self.encoder.buffer(&loc),
                ReadItem::Record(rec) => {
                    read += 1;
                    let clock = self.clocks.get(rec.header().location.file as usize).unwrap_or(&fallback);
                    let ev = rec.event(clock);
                    let mut cx = EventContext::new(&ev, &mut self.registry, &mut self.decoder);
                    if let Some(select) = self.select.as_mut() {
                        if !select(&mut cx) {
                            continue;
                        }
                    }
                    selected += 1;
                    self.encoder.event(&ev, &mut cx);
                }
                ReadItem::Damage(d) => {
                    pieces.push(Piece::Batch(self.encoder.take()));
                    pieces.push(Piece::Damage(d));
                }
            }
        }
        pieces.push(Piece::Batch(self.encoder.take()));
        if let Ok(mut spare) = self.spare_items.lock() {
            if spare.len() < MAX_SPARE_ITEMS {
                spare.push(items);
            }
        }
        Done { seq: chunk.seq, pieces, read, selected }
    }
}

/// Hands one chunk's result to the sink, in order. `Ok(false)` once the run should stop.
fn deliver<S: Sink>(
    sink: &mut S,
    done: Done<<S::Encoder as Encoder>::Batch>,
    summary: &mut Summary,
    report: &mut impl FnMut(&Damage, &mut Summary),
) -> io::Result<bool> {
    summary.events_read += done.read;
    summary.events_selected += done.selected;
    for piece in done.pieces {
        match piece {
            Piece::Batch(b) => {
                if sink.write(b)? == Flow::Stop {
                    summary.stopped = true;
                    return Ok(false);
                }
            }
            Piece::Damage(d) => {
                report(&d, summary);
                sink.damage(&d)?;
            }
        }
    }
    Ok(true)
}

fn run_inline<S: Sink>(
    mut reader: ChunkReader,
    setup: &WorkerSetup,
    sink: &mut S,
    summary: &mut Summary,
    report: &mut impl FnMut(&Damage, &mut Summary),
) -> io::Result<ReadCounts> {
    let mut worker = setup.worker(sink.encoder());
    while let Some(chunk) = reader.next_chunk() {
        let done = worker.encode(chunk);
        if !deliver(sink, done, summary, report)? {
            break;
        }
    }
    Ok(reader.walk.counts())
}

fn run_parallel<S: Sink>(
    reader: ChunkReader,
    setup: &WorkerSetup,
    threads: usize,
    sink: &mut S,
    summary: &mut Summary,
    report: &mut impl FnMut(&Damage, &mut Summary),
) -> io::Result<ReadCounts> {
    let in_flight =
        (2 * threads + 2).min(MAX_IN_FLIGHT).min(sink.max_in_flight().unwrap_or(usize::MAX)).max(threads + 1);
    let (done_tx, done_rx) = bounded::<Done<<S::Encoder as Encoder>::Batch>>(in_flight);
    let (token_tx, token_rx) = bounded::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = token_tx.send(());
    }
    let stop = AtomicBool::new(false);
    let reader = Mutex::new(reader);
    let workers: Vec<Worker<S::Encoder>> = (0..threads).map(|_| setup.worker(sink.encoder())).collect();
    std::thread::scope(|scope| {
        for mut worker in workers {
            let (done_tx, token_rx, reader, stop) = (done_tx.clone(), token_rx.clone(), &reader, &stop);
            scope.spawn(move || {
                while let Some(chunk) = take_chunk(reader, &token_rx, stop) {
                    if done_tx.send(worker.encode(chunk)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        drop(token_rx);
        let written = write_in_order(sink, &done_rx, &token_tx, summary, report);
        // Whatever happened, let the workers see closed channels and end.
        stop.store(true, Ordering::Relaxed);
        drop(done_rx);
        drop(token_tx);
        written
    })?;
    // The workers have ended (the scope joined them; a panic in one was carried out of the scope).
    Ok(reader.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner).walk.counts())
}

/// A worker's next chunk: it waits for a token (a place among the chunks in flight), then cuts the chunk from the
/// walk under the reader's lock. So the walk is shared by the workers rather than run on a thread of its own:
/// on a machine with as many cores as workers no thread waits for a core, and the worker that walked a chunk's
/// records decodes them while they are still in its core's cache. `None` once the walk is done or the run stops.
fn take_chunk(reader: &Mutex<ChunkReader>, tokens: &Receiver<()>, stop: &AtomicBool) -> Option<Chunk> {
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    tokens.recv().ok()?;
    let mut reader = reader.lock().ok()?;
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    reader.next_chunk()
}

fn write_in_order<S: Sink>(
    sink: &mut S,
    done: &Receiver<Done<<S::Encoder as Encoder>::Batch>>,
    tokens: &Sender<()>,
    summary: &mut Summary,
    report: &mut impl FnMut(&Damage, &mut Summary),
) -> io::Result<()> {
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    for d in done {
        waiting.insert(d.seq, d);
        while let Some(d) = waiting.remove(&next) {
            next += 1;
            if !deliver(sink, d, summary, report)? {
                return Ok(());
            }
            let _ = tokens.send(());
        }
    }
    Ok(())
}
