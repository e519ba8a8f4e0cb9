//! Reading one ETL file in file order.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use etw_core::{Clock, EventRef, HookId};

use crate::buffer::{BufferHeader, BUFFER_HEADER_SIZE};
use crate::error::{Damage, DamageScope, EtlError};
use crate::load::{BufferPool, FoundRecord, LoadedBuffer, RecordCursor, SharedRecord};
use crate::logfile::LogfileHeader;
use crate::record::RecordId;
use crate::scan::{BufferLocation, Scanner};

use crate::source::Source;

/// Counts kept while reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadCounts {
    /// Buffers found (read whole, read in part, or skipped).
    pub buffers: u64,
    /// Buffers whose data was compressed.
    pub compressed_buffers: u64,
    /// Buffers skipped or read only in part.
    pub damaged_buffers: u64,
    /// Records delivered.
    pub records: u64,
    /// Buffers whose record walk ended at a bad record.
    pub damaged_records: u64,
    /// Bytes of the file covered by buffers that were read.
    pub bytes: u64,
}

/// A streaming reader of one ETL file, in file order: buffer by buffer, record by record.
///
/// Memory stays bounded by one buffer (at most 64 MiB, usually 64 KiB) whatever the file's size.
///
/// ```no_run
/// # fn main() -> Result<(), etw_etl::EtlError> {
/// let mut reader = etw_etl::EtlReader::open("trace.etl")?;
/// println!("logger: {}", reader.logfile_header().logger_name);
/// while let Some(item) = reader.next_event() {
///     match item {
///         Ok(event) => println!("{} {}", event.timestamp(), event.provider_id()),
///         Err(damage) => eprintln!("warning: {damage}"),
///     }
/// }
/// # Ok(()) }
/// ```
pub struct EtlReader<R> {
    src: Source<R>,
    path: Option<PathBuf>,
    file_index: u32,
    header: LogfileHeader,
    clock: Clock,
    scanner: Scanner,
    /// Shared so that records handed out by [`EtlReader::next_item`] keep it alive on other threads.
    buffer: Arc<LoadedBuffer>,
    pool: BufferPool,
    cursor: RecordCursor,
    counts: ReadCounts,
    pending: Option<Damage>,
    /// The processor whose buffer the cursor walks, once a buffer is loaded.
    walking: Option<u16>,
    /// The last timestamp seen on each processor: records without one take it, as in timestamp order.
    last_ts: HashMap<u16, i64>,
    /// A buffer found by [`EtlReader::skip_to`] at or after its offset: the next one to load.
    parked: Option<BufferLocation>,
}

impl EtlReader<BufReader<File>> {
    /// Opens a file and reads its logfile header.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, EtlError> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|e| EtlError::from(e).with_path(path))?;
        // Reads are whole buffers; a small BufReader only helps the 72-byte header reads of the scanner.
        let mut r = EtlReader::new(BufReader::with_capacity(8 << 10, file)).map_err(|e| e.with_path(path))?;
        r.path = Some(path.to_owned());
        Ok(r)
    }
}

impl<R: Read + Seek> EtlReader<R> {
    /// Reads the logfile header from `src`. Fails only if the file cannot be read or its first buffer and
    /// logfile header record are damaged.
    pub fn new(src: R) -> Result<Self, EtlError> {
        let mut src = Source::new(src)?;
        let header = read_logfile_header(&mut src)?;
        let clock = header.clock();
        let scanner = Scanner::new(header.buffer_size, 0);
        Ok(EtlReader {
            src,
            path: None,
            file_index: 0,
            clock,
            scanner,
            header,
            buffer: Arc::new(LoadedBuffer::new()),
            pool: BufferPool::default(),
            cursor: RecordCursor::finished(),
            counts: ReadCounts::default(),
            pending: None,
            walking: None,
            last_ts: HashMap::new(),
            parked: None,
        })
    }

    /// Sets the index reported in event locations and damage (when several files are read together).
    pub fn set_file_index(&mut self, index: u32) {
        self.file_index = index;
        self.scanner = Scanner::new(self.header.buffer_size, index);
    }

    /// The path this reader was opened from, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The logfile header.
    pub fn logfile_header(&self) -> &LogfileHeader {
        &self.header
    }

    /// The clock that converts raw timestamps to UTC.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Size of the file in bytes.
    pub fn file_len(&self) -> u64 {
        self.src.len()
    }

    /// Counts so far.
    pub fn counts(&self) -> ReadCounts {
        self.counts
    }

    /// Moves to the next buffer and returns its location and header, or damage that was skipped, or `None` at
    /// the end of the file. Any records left in the current buffer are skipped.
    pub fn next_buffer(&mut self) -> Option<Result<BufferLocation, Damage>> {
        if let Some(d) = self.pending.take() {
            return Some(Err(d));
        }
        if let Some(p) = self.walking.take() {
            self.last_ts.insert(p, self.cursor.last_timestamp());
        }
        self.cursor = RecordCursor::finished();
        let scanned = match self.parked.take() {
            Some(loc) => Ok(loc),
            None => self.scanner.next(&mut self.src)?,
        };
        let located = match scanned {
            Ok(loc) => loc,
            Err(d) => {
                self.counts.buffers += u64::from(d.scope == DamageScope::Buffer);
                self.counts.damaged_buffers += u64::from(d.scope == DamageScope::Buffer);
                return Some(Err(d));
            }
        };
        self.counts.buffers += 1;
        self.counts.compressed_buffers += u64::from(located.header.is_compressed());
        // Records without a timestamp take the previous one of their processor (the session start at first).
        let proc = located.header.processor;
        let last_ts = self.last_ts.get(&proc).copied().unwrap_or(self.header.record_timestamp);
        let mut buffer = self.pool.take(&mut self.buffer);
        let loaded = buffer.load(
            &mut self.src,
            located.index,
            located.offset,
            located.available,
            self.header.buffer_size,
            self.header.default_pointer_size(),
            self.file_index,
        );
        self.buffer = Arc::new(buffer);
        match loaded {
            Ok(partial) => {
                self.counts.bytes += u64::from(located.available);
                if partial.is_some() {
                    self.counts.damaged_buffers += 1;
                }
                self.pending = partial;
                self.cursor = RecordCursor::start(last_ts);
                self.walking = Some(proc);
                Some(Ok(located))
            }
            Err(d) => {
                self.counts.damaged_buffers += 1;
                Some(Err(d))
            }
        }
    }

    fn next_found(&mut self) -> Option<Result<FoundRecord, Damage>> {
        if let Some(d) = self.pending.take() {
            return Some(Err(d));
        }
        let r = self.cursor.next(&self.buffer)?;
        match &r {
            Ok(_) => self.counts.records += 1,
            Err(_) => self.counts.damaged_records += 1,
        }
        Some(r)
    }

    /// Moves on to the first buffer that starts at or after `offset`, reading only the headers of the buffers
    /// before it (no record is loaded, counted or reported, and damage on the way is passed over). For a reader
    /// that is to walk a part of a file, e.g. one of several threads sharing a file: call it before reading.
    /// Records without a timestamp of their own then take the session start, not their processor's last
    /// timestamp before `offset`.
    pub fn skip_to(&mut self, offset: u64) {
        if self.parked.as_ref().is_some_and(|loc| loc.offset >= offset) {
            return;
        }
        self.parked = None;
        while let Some(found) = self.scanner.next(&mut self.src) {
            if let Ok(loc) = found {
                if loc.offset >= offset {
                    self.parked = Some(loc);
                    return;
                }
            }
        }
    }

    /// The next record of the current buffer, damage that ends the buffer, or `None` at its end.
    pub fn next_record(&mut self) -> Option<Result<EventRef<'_>, Damage>> {
        match self.next_found()? {
            Ok(found) => Some(Ok(found.event(self.buffer.data(), &self.clock))),
            Err(d) => Some(Err(d)),
        }
    }

    /// The next record of the current buffer that `wanted` accepts, damage that ends the buffer, or `None` at its
    /// end: [`EtlReader::next_record`] for walks that want only a few records (e.g. the events that teach a
    /// schema). `wanted` sees each record's [`RecordId`]; the records it turns down are checked as
    /// [`EtlReader::next_record`] checks them, so damage comes at the same place, but the rest of their header is
    /// not read. They count as records in [`ReadCounts::records`].
    pub fn next_record_where(&mut self, wanted: impl FnMut(&RecordId) -> bool) -> Option<Result<EventRef<'_>, Damage>> {
        if let Some(d) = self.pending.take() {
            return Some(Err(d));
        }
        let mut passed_over = 0;
        let found = self.cursor.next_where(&self.buffer, wanted, &mut passed_over);
        self.counts.records += passed_over;
        match found? {
            Ok(found) => {
                self.counts.records += 1;
                Some(Ok(found.event(self.buffer.data(), &self.clock)))
            }
            Err(d) => {
                self.counts.damaged_records += 1;
                Some(Err(d))
            }
        }
    }

    /// The next event in file order, or damage that was skipped (reading goes on after it), or `None` at the end.
    pub fn next_event(&mut self) -> Option<Result<EventRef<'_>, Damage>> {
        loop {
            match self.next_found() {
                Some(Ok(found)) => return Some(Ok(found.event(self.buffer.data(), &self.clock))),
                Some(Err(d)) => return Some(Err(d)),
                None => {}
            }
            match self.next_buffer()? {
                Ok(_) => {}
                Err(d) => return Some(Err(d)),
            }
        }
    }

    /// The next item in file order: a buffer when the walk enters it, then its records, with damage where it is
    /// found; `None` at the end. Records are owned ([`SharedRecord`]): they keep their buffer alive, so they can
    /// be decoded on other threads while this reader moves on.
    pub fn next_item(&mut self) -> Option<ReadItem> {
        match self.next_found() {
            Some(Ok(found)) => return Some(ReadItem::Record(SharedRecord::new(self.buffer.clone(), found))),
            Some(Err(d)) => return Some(ReadItem::Damage(d)),
            None => {}
        }
        Some(match self.next_buffer()? {
            Ok(loc) => ReadItem::Buffer(loc),
            Err(d) => ReadItem::Damage(d),
        })
    }

    /// Calls `f` for every event in file order and `on_damage` for every damage; returns the counts.
    pub fn for_each(&mut self, mut f: impl FnMut(&EventRef<'_>), mut on_damage: impl FnMut(&Damage)) -> ReadCounts {
        while let Some(item) = self.next_event() {
            match item {
                Ok(ev) => f(&ev),
                Err(d) => on_damage(&d),
            }
        }
        self.counts
    }

    pub(crate) fn into_parts(self) -> (Source<R>, LogfileHeader, Clock, Option<PathBuf>, u32) {
        (self.src, self.header, self.clock, self.path, self.file_index)
    }
}

/// What a walk through a file yields, one at a time (see [`EtlReader::next_item`]).
#[derive(Clone, Debug)]
pub enum ReadItem {
    /// The walk enters a buffer (file order only).
    Buffer(BufferLocation),
    /// A record.
    Record(SharedRecord),
    /// Damage that was skipped; reading goes on after it.
    Damage(Damage),
}

/// Reads buffer 0 and its first record, the logfile header. Any problem here is fatal.
fn read_logfile_header<R: Read + Seek>(src: &mut Source<R>) -> Result<LogfileHeader, EtlError> {
    let bad = |offset: u64, reason: String| EtlError::BadLogfileHeader { path: None, offset, reason };
    let len = src.len();
    if len < BUFFER_HEADER_SIZE as u64 {
        return Err(bad(0, format!("the file has {len} bytes, fewer than one 72-byte buffer header")));
    }
    let mut bytes = Vec::new();
    src.read_at(0, BUFFER_HEADER_SIZE, &mut bytes)?;
    let h = BufferHeader::parse(&bytes).ok_or_else(|| bad(0, "short buffer header".into()))?;
    if let Some(problem) = h.size_problem(len) {
        return Err(bad(0, format!("first buffer: {problem}")));
    }
    let mut buf = LoadedBuffer::new();
    if let Some(d) = buf.load(src, 0, 0, h.buffer_size, h.buffer_size, 8, 0).map_err(|d| bad(0, d.reason))? {
        return Err(bad(0, d.reason));
    }
    let mut cursor = RecordCursor::start(0);
    let found = match cursor.next(&buf) {
        Some(Ok(f)) => f,
        Some(Err(d)) => return Err(bad(BUFFER_HEADER_SIZE as u64, d.reason)),
        None => return Err(bad(BUFFER_HEADER_SIZE as u64, "the first buffer holds no records".into())),
    };
    let hdr = found.header;
    if hdr.hook != Some(HookId(0)) {
        return Err(bad(
            BUFFER_HEADER_SIZE as u64,
            format!(
                "the first record is {} {:?}, not the SYSTEM logfile header event (hook 0x0000)",
                hdr.kind, hdr.hook
            ),
        ));
    }
    let payload = buf.data().get(found.payload.clone()).unwrap_or_default();
    LogfileHeader::parse(
        hdr.kind,
        u16::from(hdr.descriptor.version),
        hdr.timestamp,
        hdr.process_id,
        hdr.thread_id,
        payload,
    )
    .map_err(|reason| bad(BUFFER_HEADER_SIZE as u64 + 0x20, reason))
}
