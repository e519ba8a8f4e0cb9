//! Timestamp order across processors, buffers and files: a k-way merge of per-processor streams.
//!
//! Each processor fills its own buffers, so within one processor's buffers (taken in file order) records are
//! already in timestamp order; the file interleaves the processors by flush time, not by event time. The merge
//! first indexes every buffer header (one 72-byte read per buffer, 24 bytes kept per buffer), then holds one
//! buffer per stream in memory and repeatedly hands out the stream head with the smallest timestamp.
//!
//! Memory: the index takes 24 bytes per buffer, about 1/2700 of the file for 64 KiB buffers; each (file,
//! processor) stream holds its current buffer. Those buffers are kept under a budget
//! ([`TimeOrderReader::with_memory_budget`], 128 MiB by default): when loading a buffer takes the total over it,
//! the least recently loaded buffers of other streams are released and read again when their stream is next
//! needed. Real traces (a few dozen processors, buffers of 64 KiB to 1 MiB) never reach it; a hostile file whose
//! tiny compressed buffers each inflate to 64 MiB on thousands of processors costs time, not memory. Memory is
//! never proportional to the number of events.
//!
//! Ties are stable: events with equal times come in file order (lower file index first, then earlier buffer,
//! then earlier record), so the merge of a single-processor file is exactly file order.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::io::{Read, Seek};
use std::path::PathBuf;
use std::sync::Arc;

use etw_core::{Clock, EventRef};

use crate::error::{Damage, DamageScope};
use crate::load::{BufferPool, FoundRecord, LoadedBuffer, RecordCursor, SharedRecord};
use crate::logfile::LogfileHeader;
use crate::reader::{EtlReader, ReadCounts, ReadItem};
use crate::scan::Scanner;
use crate::source::Source;

struct FileState<R> {
    src: Source<R>,
    header: LogfileHeader,
    clock: Clock,
    path: Option<PathBuf>,
    index: u32,
}

/// Where a buffer is; the header is read again when the buffer is loaded.
#[derive(Clone, Copy)]
struct IndexEntry {
    index: u64,
    offset: u64,
    available: u32,
}

struct Stream {
    file: usize,
    queue: VecDeque<IndexEntry>,
    /// Shared with the records handed out by [`TimeOrderReader::next_item`].
    buf: Arc<LoadedBuffer>,
    /// The buffer `buf` holds (or held, if released).
    current: Option<IndexEntry>,
    /// True while `buf` holds `current`'s bytes.
    resident: bool,
    /// When `buf` was last loaded (for releasing the least recently loaded first).
    loaded_at: u64,
    cursor: RecordCursor,
    head: Option<FoundRecord>,
    last_ts: i64,
}

/// The default memory budget for loaded buffers.
pub const DEFAULT_MEMORY_BUDGET: usize = 128 << 20;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    utc: i64,
    file: u32,
    raw: i64,
    buffer: u64,
    record: u32,
    stream: usize,
}

/// Events of one or more ETL files in timestamp order.
///
/// ```no_run
/// # fn main() -> Result<(), etw_etl::EtlError> {
/// let files = ["a.etl", "b.etl"].iter().map(etw_etl::EtlReader::open).collect::<Result<Vec<_>, _>>()?;
/// let mut merged = etw_etl::TimeOrderReader::new(files);
/// while let Some(item) = merged.next_event() {
///     if let Ok(event) = item {
///         println!("{}", event.timestamp());
///     }
/// }
/// # Ok(()) }
/// ```
pub struct TimeOrderReader<R> {
    files: Vec<FileState<R>>,
    streams: Vec<Stream>,
    heap: BinaryHeap<Reverse<Key>>,
    pending: VecDeque<Damage>,
    /// The stream whose head was handed out last: it moves on at the next call.
    advance: Option<usize>,
    started: bool,
    counts: ReadCounts,
    budget: usize,
    pool: BufferPool,
    /// Bytes held by resident buffers.
    resident_bytes: usize,
    /// Resident streams by load time.
    resident: std::collections::BTreeSet<(u64, usize)>,
    tick: u64,
}

impl<R: Read + Seek> TimeOrderReader<R> {
    /// Merges the files read by `readers` (their logfile headers already read). The file index of each reader
    /// becomes its position in `readers`.
    pub fn new(readers: Vec<EtlReader<R>>) -> TimeOrderReader<R> {
        let files = readers
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let (src, header, clock, path, _) = r.into_parts();
                FileState { src, header, clock, path, index: i as u32 }
            })
            .collect();
        TimeOrderReader {
            files,
            streams: Vec::new(),
            heap: BinaryHeap::new(),
            pending: VecDeque::new(),
            advance: None,
            started: false,
            counts: ReadCounts::default(),
            budget: DEFAULT_MEMORY_BUDGET,
            pool: BufferPool::default(),
            resident_bytes: 0,
            resident: std::collections::BTreeSet::new(),
            tick: 0,
        }
    }

    /// Sets how many bytes of loaded buffers may be held across streams (see the module docs). The buffer in use
    /// is always held, so the peak is the budget plus one buffer.
    pub fn with_memory_budget(mut self, bytes: usize) -> Self {
        self.budget = bytes;
        self
    }

    /// The logfile headers, one per file.
    pub fn logfile_headers(&self) -> impl Iterator<Item = &LogfileHeader> {
        self.files.iter().map(|f| &f.header)
    }

    /// The paths of the files, where known.
    pub fn paths(&self) -> impl Iterator<Item = Option<&std::path::Path>> {
        self.files.iter().map(|f| f.path.as_deref())
    }

    /// Counts so far (buffers are counted when the index is built, before the first event).
    pub fn counts(&self) -> ReadCounts {
        self.counts
    }

    /// Bytes of buffer memory held now, index included (for memory accounting in tests and benchmarks).
    pub fn buffer_memory(&self) -> usize {
        self.streams.iter().map(|s| s.buf.capacity() + s.queue.capacity() * size_of::<IndexEntry>()).sum()
    }

    /// Bytes held by loaded buffers now (kept near the memory budget).
    pub fn loaded_buffer_bytes(&self) -> usize {
        self.resident_bytes
    }

    fn build_index(&mut self) {
        // Stream of each (file, processor): a hostile file can have 65536 processors, too many to search.
        let mut stream_of: HashMap<(usize, u16), usize> = HashMap::new();
        for (fi, file) in self.files.iter_mut().enumerate() {
            let mut scanner = Scanner::new(file.header.buffer_size, file.index);
            while let Some(item) = scanner.next(&mut file.src) {
                self.counts.buffers += 1;
                match item {
                    Err(d) => {
                        self.counts.damaged_buffers += u64::from(d.scope == DamageScope::Buffer);
                        self.pending.push_back(d);
                    }
                    Ok(loc) => {
                        self.counts.compressed_buffers += u64::from(loc.header.is_compressed());
                        let entry = IndexEntry { index: loc.index, offset: loc.offset, available: loc.available };
                        let proc = loc.header.processor;
                        match stream_of.get(&(fi, proc)).and_then(|s| self.streams.get_mut(*s)) {
                            Some(s) => s.queue.push_back(entry),
                            None => {
                                stream_of.insert((fi, proc), self.streams.len());
                                self.streams.push(Stream {
                                    file: fi,
                                    queue: VecDeque::from([entry]),
                                    buf: Arc::new(LoadedBuffer::new()),
                                    current: None,
                                    resident: false,
                                    loaded_at: 0,
                                    cursor: RecordCursor::finished(),
                                    head: None,
                                    last_ts: file.header.record_timestamp,
                                });
                            }
                        }
                    }
                }
            }
        }
        for s in 0..self.streams.len() {
            self.fill_head(s);
        }
    }

    /// Reads stream `s`'s next record into its head (loading buffers as needed) and queues it for the merge.
    fn fill_head(&mut self, s: usize) {
        if !self.ensure_resident(s) {
            return;
        }
        if let Some(stream) = self.streams.get_mut(s) {
            stream.head = None;
        }
        loop {
            let Some(stream) = self.streams.get_mut(s) else { return };
            match stream.cursor.next(&stream.buf) {
                Some(Ok(found)) => {
                    let Some(file) = self.files.get(stream.file) else { return };
                    let h = &found.header;
                    stream.last_ts = h.timestamp;
                    self.counts.records += 1;
                    self.heap.push(Reverse(Key {
                        utc: file.clock.to_utc(h.timestamp).0,
                        file: file.index,
                        raw: h.timestamp,
                        buffer: h.location.buffer,
                        record: h.location.record_offset,
                        stream: s,
                    }));
                    stream.head = Some(found);
                    return;
                }
                Some(Err(d)) => {
                    self.counts.damaged_records += 1;
                    self.pending.push_back(d);
                }
                None => {
                    let Some(entry) = stream.queue.pop_front() else { return };
                    if let Some(partial) = self.load(s, entry) {
                        self.counts.bytes += u64::from(entry.available);
                        if let Some(d) = partial {
                            self.counts.damaged_buffers += 1;
                            self.pending.push_back(d);
                        }
                        if let Some(stream) = self.streams.get_mut(s) {
                            stream.cursor = RecordCursor::start(stream.last_ts);
                        }
                    }
                }
            }
        }
    }

    /// Loads `entry` into stream `s`'s buffer, keeping the total under the budget. `None` if it could not be
    /// loaded (the damage is queued); else the partial-read damage, if any.
    fn load(&mut self, s: usize, entry: IndexEntry) -> Option<Option<Damage>> {
        self.release(s);
        let stream = self.streams.get_mut(s)?;
        let file = self.files.get_mut(stream.file)?;
        let ptr = file.header.default_pointer_size();
        let nominal = file.header.buffer_size;
        let mut buf = self.pool.take(&mut stream.buf);
        let result = buf.load(&mut file.src, entry.index, entry.offset, entry.available, nominal, ptr, file.index);
        stream.buf = Arc::new(buf);
        stream.current = Some(entry);
        match result {
            Ok(partial) => {
                self.tick += 1;
                stream.resident = true;
                stream.loaded_at = self.tick;
                self.resident.insert((self.tick, s));
                self.resident_bytes += stream.buf.capacity();
                self.enforce_budget(s);
                Some(partial)
            }
            Err(d) => {
                stream.cursor = RecordCursor::finished();
                self.counts.damaged_buffers += 1;
                self.pending.push_back(d);
                None
            }
        }
    }

    /// Frees stream `s`'s buffer (its cursor and head stay; the buffer is read again when needed).
    fn release(&mut self, s: usize) {
        let Some(stream) = self.streams.get_mut(s) else { return };
        if stream.resident {
            self.resident.remove(&(stream.loaded_at, s));
            self.resident_bytes = self.resident_bytes.saturating_sub(stream.buf.capacity());
            // Records handed out may still hold the buffer; it is freed when the last of them goes.
            stream.buf = Arc::new(LoadedBuffer::new());
            stream.resident = false;
        }
    }

    /// Releases the least recently loaded buffers of streams other than `keep` while over the budget.
    fn enforce_budget(&mut self, keep: usize) {
        while self.resident_bytes > self.budget {
            let Some(&(_, victim)) = self.resident.iter().find(|(_, s)| *s != keep) else { break };
            self.release(victim);
        }
    }

    /// Reads stream `s`'s current buffer again if it was released. False if that failed.
    fn ensure_resident(&mut self, s: usize) -> bool {
        let Some(stream) = self.streams.get(s) else { return false };
        if stream.resident {
            return true;
        }
        let Some(entry) = stream.current else { return true };
        let cursor = stream.cursor;
        // The damage of a partial read was reported when the buffer was first loaded.
        let ok = self.load(s, entry).is_some();
        if let Some(stream) = self.streams.get_mut(s) {
            stream.cursor = cursor;
        }
        ok
    }

    /// The next event in timestamp order, or damage that was skipped (reading goes on after it), or `None` at
    /// the end of every file.
    pub fn next_event(&mut self) -> Option<Result<EventRef<'_>, Damage>> {
        let (s, file) = match self.next_head()? {
            Ok(at) => at,
            Err(d) => return Some(Err(d)),
        };
        let stream = self.streams.get(s)?;
        let file = self.files.get(file)?;
        let head = stream.head.as_ref()?;
        Some(Ok(head.event(stream.buf.data(), &file.clock)))
    }

    /// The next item in timestamp order: a record or damage (never [`ReadItem::Buffer`]: buffers of all
    /// processors are walked at once), or `None` at the end of every file. Records are owned ([`SharedRecord`]):
    /// they keep their buffer alive, so they can be decoded on other threads while the merge moves on.
    pub fn next_item(&mut self) -> Option<ReadItem> {
        let (s, _) = match self.next_head()? {
            Ok(at) => at,
            Err(d) => return Some(ReadItem::Damage(d)),
        };
        let stream = self.streams.get(s)?;
        let head = stream.head.as_ref()?;
        Some(ReadItem::Record(SharedRecord::new(stream.buf.clone(), head.clone())))
    }

    /// The clock of file `index` (its position among the readers given to [`TimeOrderReader::new`]).
    pub fn clock(&self, index: usize) -> Option<&Clock> {
        self.files.get(index).map(|f| &f.clock)
    }

    /// Moves the merge on: the stream and file of the next head in timestamp order, or damage, or `None` at the
    /// end.
    fn next_head(&mut self) -> Option<Result<(usize, usize), Damage>> {
        if !self.started {
            self.started = true;
            self.build_index();
        }
        if let Some(s) = self.advance.take() {
            self.fill_head(s);
        }
        loop {
            if let Some(d) = self.pending.pop_front() {
                return Some(Err(d));
            }
            let Reverse(key) = self.heap.pop()?;
            self.advance = Some(key.stream);
            if self.ensure_resident(key.stream) {
                let stream = self.streams.get(key.stream)?;
                return Some(Ok((key.stream, stream.file)));
            }
            // Reading the buffer again failed; the damage is queued. Move on.
            self.fill_head(key.stream);
            self.advance = None;
        }
    }

    /// Calls `f` for every event in timestamp order and `on_damage` for every damage; returns the counts.
    pub fn for_each(&mut self, mut f: impl FnMut(&EventRef<'_>), mut on_damage: impl FnMut(&Damage)) -> ReadCounts {
        while let Some(item) = self.next_event() {
            match item {
                Ok(ev) => f(&ev),
                Err(d) => on_damage(&d),
            }
        }
        self.counts
    }
}
