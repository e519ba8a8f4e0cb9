//! Loading one buffer: reading its bytes and, for a compressed buffer, decompressing them.

use std::io::{Read, Seek};
use std::sync::Arc;

use etw_core::{Clock, EventHeader, EventRef, Location};

use crate::buffer::{BufferHeader, BUFFER_HEADER_SIZE, MAX_BUFFER_SIZE};
use crate::error::{Damage, DamageScope};
use crate::lzxpress;
use crate::record::{self, BufferContext, Checked, RecordId, Scan};
use crate::scan::BufferLocation;
use crate::source::Source;

/// A buffer in memory: its header and its (decompressed) bytes.
pub(crate) struct LoadedBuffer {
    pub location: BufferLocation,
    raw: Vec<u8>,
    decompressed: Vec<u8>,
    compressed: bool,
    /// End of valid record data in `data()`.
    end: usize,
    pub ctx: BufferContext,
}

/// Buffers whose records went to other threads, kept so that their memory is loaded into again once the last
/// record is dropped (instead of fresh allocations, whose pages the kernel must fault in for every buffer).
#[derive(Default)]
pub(crate) struct BufferPool {
    retired: std::collections::VecDeque<Arc<LoadedBuffer>>,
}

impl BufferPool {
    /// Retired buffers kept at most.
    const MAX_RETIRED: usize = 8;
    /// Larger buffers are not kept (hostile files can claim up to 64 MiB per buffer).
    const MAX_KEPT_BYTES: usize = 4 << 20;

    /// Takes the buffer out of `shared` to load another into it: its memory is reused when no record handed out
    /// still holds it, else a retired buffer no record holds any more, else a new one. `shared` is left holding
    /// an empty buffer.
    pub(crate) fn take(&mut self, shared: &mut Arc<LoadedBuffer>) -> LoadedBuffer {
        let owned = std::mem::replace(shared, Arc::new(LoadedBuffer::new()));
        let still_held = match Arc::try_unwrap(owned) {
            Ok(b) => return b,
            Err(held) => held,
        };
        let free = self.retired.iter().position(|b| Arc::strong_count(b) == 1);
        let reused = free.and_then(|i| self.retired.remove(i)).and_then(|b| Arc::try_unwrap(b).ok());
        if still_held.capacity() <= Self::MAX_KEPT_BYTES {
            if self.retired.len() >= Self::MAX_RETIRED {
                self.retired.pop_front();
            }
            self.retired.push_back(still_held);
        }
        reused.unwrap_or_else(LoadedBuffer::new)
    }
}

impl LoadedBuffer {
    pub(crate) fn new() -> LoadedBuffer {
        LoadedBuffer {
            location: BufferLocation { index: 0, offset: 0, header: Default::default(), available: 0 },
            raw: Vec::new(),
            decompressed: Vec::new(),
            compressed: false,
            end: 0,
            ctx: BufferContext { processor: 0, pointer_size: 8, location: Location::default() },
        }
    }

    /// The buffer's bytes, header included, decompressed if need be.
    pub(crate) fn data(&self) -> &[u8] {
        if self.compressed {
            &self.decompressed
        } else {
            &self.raw
        }
    }

    /// Bytes held (for memory accounting).
    pub(crate) fn capacity(&self) -> usize {
        self.raw.capacity() + self.decompressed.capacity()
    }

    fn damage(&self, scope: DamageScope, reason: String) -> Damage {
        Damage {
            scope,
            file: self.ctx.location.file,
            buffer: self.location.index,
            buffer_offset: self.location.offset,
            record_offset: None,
            reason,
        }
    }

    /// Reads buffer number `index` at file offset `offset`, of which `available` bytes are in the file (the whole
    /// buffer, or less if the file ends early), and parses its header. `nominal` is the session's buffer size (the
    /// decompressed size limit).
    ///
    /// `Ok(None)`: loaded whole. `Ok(Some(damage))`: loaded in part; the records that are there can still be
    /// read, and `damage` says what is missing. `Err`: nothing usable.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn load<R: Read + Seek>(
        &mut self,
        src: &mut Source<R>,
        index: u64,
        offset: u64,
        available: u32,
        nominal: u32,
        pointer_size: u8,
        file: u32,
    ) -> Result<Option<Damage>, Damage> {
        self.end = 0;
        self.location = BufferLocation { index, offset, header: BufferHeader::default(), available };
        self.ctx.location = Location { file, buffer: index, buffer_offset: offset, record_offset: 0, record: 0 };
        // The header says how much of the buffer matters: an uncompressed buffer's bytes past FilledBytes are
        // never used, so only the filled part is read.
        let mut head = [0u8; BUFFER_HEADER_SIZE];
        src.read_exact_at(offset, &mut head).map_err(|e| self.damage(DamageScope::Io, e.to_string()))?;
        let to_read = match BufferHeader::parse(&head) {
            Some(h) if !h.is_compressed() => {
                h.filled_bytes.clamp(BUFFER_HEADER_SIZE as u32, available.max(BUFFER_HEADER_SIZE as u32)).min(available)
            }
            _ => available,
        };
        // The header is in hand: read only what follows it, where the source already stands (reading from
        // `offset` again would seek back and throw away what the reader had buffered).
        let to_read = to_read as usize;
        self.raw.clear();
        self.raw.extend_from_slice(head.get(..to_read).unwrap_or(&head));
        src.read_appending_at(
            offset + BUFFER_HEADER_SIZE as u64,
            to_read.saturating_sub(BUFFER_HEADER_SIZE),
            &mut self.raw,
        )
        .map_err(|e| self.damage(DamageScope::Io, e.to_string()))?;
        let h = BufferHeader::parse(&self.raw)
            .ok_or_else(|| self.damage(DamageScope::Buffer, "buffer shorter than its 72-byte header".into()))?;
        self.location.header = h;
        self.ctx.processor = h.processor;
        self.ctx.pointer_size = pointer_size;
        let loc = self.location;
        let mut partial = (loc.available < h.buffer_size).then(|| {
            format!("only {} of the buffer's {} bytes are in the file (truncated?)", loc.available, h.buffer_size)
        });
        let filled = h.filled_bytes as usize;
        if filled < BUFFER_HEADER_SIZE {
            return Err(self.damage(
                DamageScope::Buffer,
                format!("FilledBytes {filled} is smaller than the 72-byte buffer header"),
            ));
        }
        self.compressed = h.is_compressed();
        if self.compressed {
            if filled > MAX_BUFFER_SIZE {
                return Err(
                    self.damage(DamageScope::Buffer, format!("FilledBytes {filled} is larger than any ETW buffer"))
                );
            }
            // The decompressed data may run to the session's full buffer size; what counts ends at FilledBytes.
            let limit = filled.max(nominal as usize).min(MAX_BUFFER_SIZE).saturating_sub(BUFFER_HEADER_SIZE);
            // Rebuild a whole buffer: the stored header, then the decompressed records.
            let (header, input) = self.raw.split_at_checked(BUFFER_HEADER_SIZE).unwrap_or((&self.raw, &[]));
            self.decompressed.clear();
            self.decompressed.extend_from_slice(header);
            let result = lzxpress::decompress(input, &mut self.decompressed, limit);
            if let Err(e) = result {
                partial.get_or_insert_with(|| e.to_string());
            } else if self.decompressed.len() < filled && partial.is_none() {
                partial = Some(format!("decompressed to {} bytes, FilledBytes says {filled}", self.decompressed.len()));
            }
            self.end = filled.min(self.decompressed.len());
        } else {
            if filled > h.buffer_size as usize {
                partial
                    .get_or_insert_with(|| format!("FilledBytes {filled} is larger than BufferSize {}", h.buffer_size));
            }
            self.end = filled.min(self.raw.len());
        }
        Ok(partial.map(|reason| self.damage(DamageScope::Buffer, format!("buffer read in part: {reason}"))))
    }
}

/// The position of a walk through one buffer's records.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RecordCursor {
    pos: usize,
    last_ts: i64,
    done: bool,
}

/// A record found by the cursor, as ranges into the buffer's data.
#[derive(Clone, Debug)]
pub(crate) struct FoundRecord {
    pub header: EventHeader,
    pub extended: core::ops::Range<usize>,
    pub payload: core::ops::Range<usize>,
}

/// A record together with the buffer that holds it: owned, cheap to clone, and `Send`, so a record can be
/// decoded on another thread than the one that read it. The buffer lives as long as any of its records.
#[derive(Clone)]
pub struct SharedRecord {
    buffer: Arc<LoadedBuffer>,
    found: FoundRecord,
}

impl std::fmt::Debug for SharedRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedRecord").field("location", &self.found.header.location).finish()
    }
}

impl SharedRecord {
    pub(crate) fn new(buffer: Arc<LoadedBuffer>, found: FoundRecord) -> SharedRecord {
        SharedRecord { buffer, found }
    }

    /// The record's header.
    pub fn header(&self) -> &EventHeader {
        &self.found.header
    }

    /// Sets the record's position among its file's records ([`Location::record`](etw_core::Location::record)).
    pub fn set_record_index(&mut self, index: u64) {
        self.found.header.location.record = index;
    }

    /// The event, with timestamps converted by `clock` (its file's, see [`crate::EtlReader::clock`]).
    pub fn event<'a>(&'a self, clock: &'a Clock) -> EventRef<'a> {
        self.found.event(self.buffer.data(), clock)
    }
}

impl FoundRecord {
    pub(crate) fn event<'a>(&self, data: &'a [u8], clock: &'a etw_core::Clock) -> EventRef<'a> {
        let (ext, payload) = record::split(data, &self.extended, &self.payload);
        EventRef::new(self.header, ext, payload, clock)
    }
}

impl RecordCursor {
    /// A cursor at the first record of `buf`; `start_ts` stands in for records without a timestamp.
    pub(crate) fn start(start_ts: i64) -> RecordCursor {
        RecordCursor { pos: BUFFER_HEADER_SIZE, last_ts: start_ts, done: false }
    }

    /// A cursor that yields nothing.
    pub(crate) fn finished() -> RecordCursor {
        RecordCursor { pos: 0, last_ts: 0, done: true }
    }

    pub(crate) fn last_timestamp(&self) -> i64 {
        self.last_ts
    }

    /// The next record, damage that ends the buffer, or `None` at its end.
    pub(crate) fn next(&mut self, buf: &LoadedBuffer) -> Option<Result<FoundRecord, Damage>> {
        if self.done {
            return None;
        }
        let data = buf.data();
        let checked = match record::check_record(data, self.pos, buf.end) {
            Scan::End => {
                self.done = true;
                return None;
            }
            Scan::Bad { reason } => return Some(Err(self.bad(buf, reason))),
            Scan::Record(c) => c,
        };
        Some(Ok(self.read(buf, checked)))
    }

    /// The next record that `wanted` accepts, damage that ends the buffer, or `None` at its end. The records it
    /// turns down are checked as [`RecordCursor::next`] checks them (so damage is found at the same place) but
    /// only their identity is read; `passed_over` counts them.
    pub(crate) fn next_where(
        &mut self,
        buf: &LoadedBuffer,
        mut wanted: impl FnMut(&RecordId) -> bool,
        passed_over: &mut u64,
    ) -> Option<Result<FoundRecord, Damage>> {
        let data = buf.data();
        loop {
            if self.done {
                return None;
            }
            let checked = match record::check_record(data, self.pos, buf.end) {
                Scan::End => {
                    self.done = true;
                    return None;
                }
                Scan::Bad { reason } => return Some(Err(self.bad(buf, reason))),
                Scan::Record(c) => c,
            };
            let id = checked.identity(data);
            if wanted(&id) {
                return Some(Ok(self.read(buf, checked)));
            }
            self.pos = checked.next;
            // Records without a timestamp take the one before them, wanted or not.
            self.last_ts = id.timestamp().unwrap_or(self.last_ts);
            *passed_over += 1;
        }
    }

    /// Reads the header of the checked record at the cursor's position and moves past it.
    fn read(&mut self, buf: &LoadedBuffer, checked: Checked) -> FoundRecord {
        let mut ctx = buf.ctx;
        // Within one buffer (at most MAX_BUFFER_SIZE bytes), so it always fits.
        ctx.location.record_offset = u32::try_from(self.pos).unwrap_or(u32::MAX);
        let header = checked.header(buf.data(), &ctx, self.last_ts);
        self.pos = checked.next;
        self.last_ts = header.timestamp;
        FoundRecord { header, extended: checked.extended, payload: checked.payload }
    }

    /// Ends the walk at a bad record at the cursor's position.
    fn bad(&mut self, buf: &LoadedBuffer, reason: String) -> Damage {
        self.done = true;
        Damage {
            scope: DamageScope::Record,
            file: buf.ctx.location.file,
            buffer: buf.location.index,
            buffer_offset: buf.location.offset,
            // Within one buffer (at most MAX_BUFFER_SIZE bytes), so it always fits.
            record_offset: Some(u32::try_from(self.pos).unwrap_or(u32::MAX)),
            reason,
        }
    }
}
