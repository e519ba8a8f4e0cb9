//! `WMI_BUFFER_HEADER` and the records after it.

use etw_core::{BufferFlags, BufferType};

use super::bytes::{set_u32, Put};
use super::lzxpress;
use super::record::Record;

/// Size of a buffer header; records start right after it.
pub const BUFFER_HEADER_SIZE: usize = 0x48;

/// The processor a buffer belongs to, as stored in `ClientContext`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processor {
    /// A processor number (u8 at 0x28, followed by the alignment byte).
    Number(u8),
    /// A processor index (u16 at 0x28; the buffer gets the `PROC_INDEX` flag).
    Index(u16),
}

/// One buffer: a 0x48-byte `WMI_BUFFER_HEADER`, then records.
///
/// By default the buffer is uncompressed, `FilledBytes` is the end of the last record, and `BufferSize` is the
/// nominal size given with [`size`](Self::size) (or by [`EtlBuilder`](super::EtlBuilder), the session's buffer
/// size), the bytes after `FilledBytes` being 0xFF as Windows leaves them. A [`compressed`](Self::compressed)
/// buffer holds the LZXpress-compressed records after its header and takes `0x48 + compressed length` bytes.
///
/// Header layout (hex offsets): 00 `BufferSize`, 04 `SavedOffset`, 08 `CurrentOffset`, 0C `ReferenceCount`, 10
/// `TimeStamp`, 18 `SequenceNumber`, 20 clock info, 28 `ClientContext` (processor number u8 + alignment u8, or
/// processor index u16; then logger id u16), 2C `State`, 30 `Offset` (`FilledBytes`), 34 `BufferFlag`, 36
/// `BufferType`, 38 `StartTime`, 40 `StartPerfClock`.
#[derive(Clone, Debug)]
pub struct BufferBuilder {
    processor: Processor,
    alignment: u8,
    logger_id: u16,
    flags: BufferFlags,
    buffer_type: BufferType,
    timestamp: i64,
    sequence_number: i64,
    clock_info: u64,
    state: u32,
    reference_count: u32,
    saved_offset: Option<u32>,
    current_offset: Option<u32>,
    reference_start_time: i64,
    reference_perf_clock: i64,
    data: Vec<u8>,
    record_offsets: Vec<u32>,
    compressed: bool,
    compressed_data: Option<Vec<u8>>,
    size: Option<u32>,
    pad_byte: u8,
    buffer_size_field: Option<u32>,
    filled_bytes_field: Option<u32>,
    patches: Vec<(usize, Vec<u8>)>,
}

impl Default for BufferBuilder {
    fn default() -> Self {
        BufferBuilder::new()
    }
}

impl BufferBuilder {
    /// An empty, uncompressed buffer of processor 0, logger 0x10, type GENERIC, no flags.
    pub fn new() -> BufferBuilder {
        BufferBuilder {
            processor: Processor::Number(0),
            alignment: 8,
            logger_id: 0x10,
            flags: BufferFlags(0),
            buffer_type: BufferType::GENERIC,
            timestamp: 0,
            sequence_number: 0,
            clock_info: 0,
            state: 0,
            reference_count: 0,
            saved_offset: None,
            current_offset: None,
            reference_start_time: 0,
            reference_perf_clock: 0,
            data: Vec::new(),
            record_offsets: Vec::new(),
            compressed: false,
            compressed_data: None,
            size: None,
            pad_byte: 0xFF,
            buffer_size_field: None,
            filled_bytes_field: None,
            patches: Vec::new(),
        }
    }

    /// Sets the processor number (u8).
    pub fn processor(mut self, n: u8) -> Self {
        self.processor = Processor::Number(n);
        self
    }

    /// Sets a processor index (u16) and with it the `PROC_INDEX` flag.
    pub fn processor_index(mut self, index: u16) -> Self {
        self.processor = Processor::Index(index);
        self
    }

    /// Sets the alignment byte after a processor number (default 8).
    pub fn alignment(mut self, a: u8) -> Self {
        self.alignment = a;
        self
    }

    /// Sets the logger id.
    pub fn logger_id(mut self, id: u16) -> Self {
        self.logger_id = id;
        self
    }

    /// Sets the buffer flags. `PROC_INDEX` and `COMPRESSED` are added as the buffer needs them.
    pub fn flags(mut self, flags: BufferFlags) -> Self {
        self.flags = flags;
        self
    }

    /// Sets the buffer type.
    pub fn buffer_type(mut self, t: BufferType) -> Self {
        self.buffer_type = t;
        self
    }

    /// Sets the flush `TimeStamp`.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }

    /// Sets `SequenceNumber`.
    pub fn sequence_number(mut self, n: i64) -> Self {
        self.sequence_number = n;
        self
    }

    /// Sets the 8 bytes at 0x20 (clock type and frequency bits).
    pub fn clock_info(mut self, v: u64) -> Self {
        self.clock_info = v;
        self
    }

    /// Sets `State`.
    pub fn state(mut self, v: u32) -> Self {
        self.state = v;
        self
    }

    /// Sets `ReferenceCount`.
    pub fn reference_count(mut self, v: u32) -> Self {
        self.reference_count = v;
        self
    }

    /// Sets `SavedOffset` (default: `FilledBytes`).
    pub fn saved_offset(mut self, v: u32) -> Self {
        self.saved_offset = Some(v);
        self
    }

    /// Sets `CurrentOffset` (default: `FilledBytes`).
    pub fn current_offset(mut self, v: u32) -> Self {
        self.current_offset = Some(v);
        self
    }

    /// Sets the reference time (`StartTime`, `StartPerfClock`).
    pub fn reference_time(mut self, start_time: i64, perf_clock: i64) -> Self {
        self.reference_start_time = start_time;
        self.reference_perf_clock = perf_clock;
        self
    }

    /// Appends a record (or [`Raw`](super::Raw) bytes).
    pub fn record(mut self, r: impl Record) -> Self {
        self.push(r);
        self
    }

    /// Appends records.
    pub fn records<R: Record>(mut self, rs: impl IntoIterator<Item = R>) -> Self {
        for r in rs {
            self.push(r);
        }
        self
    }

    /// Appends a record in place; returns its offset in the (decompressed) buffer.
    pub fn push(&mut self, r: impl Record) -> u32 {
        let at = self.next_record_offset();
        self.record_offsets.push(at);
        self.data.extend_from_slice(&r.to_bytes());
        at
    }

    /// The offset the next record will get, from the start of the buffer.
    pub fn next_record_offset(&self) -> u32 {
        (BUFFER_HEADER_SIZE + self.data.len()) as u32
    }

    /// The offsets of the records appended so far, from the start of the buffer.
    pub fn record_offsets(&self) -> &[u32] {
        &self.record_offsets
    }

    /// Compresses the records with LZXpress: `COMPRESSED` flag, the compressed data right after the header,
    /// `BufferSize` = 0x48 + compressed length, `FilledBytes` = 0x48 + record bytes.
    pub fn compressed(mut self) -> Self {
        self.compressed = true;
        self
    }

    /// Makes the buffer compressed with `data` as its compressed bytes instead of the compressed records (for
    /// broken streams; see [`Lz77Writer`](super::lzxpress::Lz77Writer)). `FilledBytes` still follows the records.
    pub fn compressed_data(mut self, data: Vec<u8>) -> Self {
        self.compressed = true;
        self.compressed_data = Some(data);
        self
    }

    /// Sets the nominal size: an uncompressed buffer is padded to it and `BufferSize` says it. Without it an
    /// [`EtlBuilder`](super::EtlBuilder) uses the session's buffer size, and [`build`](Self::build) ends the
    /// buffer at `FilledBytes`.
    pub fn size(mut self, size: u32) -> Self {
        self.size = Some(size);
        self
    }

    /// Sets the byte that fills an uncompressed buffer after `FilledBytes` (default 0xFF).
    pub fn pad_byte(mut self, b: u8) -> Self {
        self.pad_byte = b;
        self
    }

    /// Writes `size` as `BufferSize` whatever the buffer's real length (which does not change).
    pub fn buffer_size_field(mut self, size: u32) -> Self {
        self.buffer_size_field = Some(size);
        self
    }

    /// Writes `filled` as `FilledBytes` whatever the records' real extent.
    pub fn filled_bytes_field(mut self, filled: u32) -> Self {
        self.filled_bytes_field = Some(filled);
        self
    }

    /// Overwrites the finished buffer's bytes at `offset` (from the buffer start, as stored in the file) with
    /// `bytes`, after everything else is written; the buffer grows if need be.
    pub fn patch(mut self, offset: usize, bytes: impl Into<Vec<u8>>) -> Self {
        self.patches.push((offset, bytes.into()));
        self
    }

    /// The record bytes (uncompressed), without the header.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// The buffer's bytes: header, then the records (compressed or padded as configured).
    pub fn build(&self) -> Vec<u8> {
        self.render(None, true)
    }

    /// Renders the buffer. `default_size` applies when no size was set; with `pad` false the bytes of an
    /// uncompressed buffer end at `FilledBytes` (the rest is implied, as in a [`VirtualFile`](super::VirtualFile)).
    pub(crate) fn render(&self, default_size: Option<u32>, pad: bool) -> Vec<u8> {
        let filled = (BUFFER_HEADER_SIZE + self.data.len()) as u32;
        let mut flags = self.flags.0;
        if matches!(self.processor, Processor::Index(_)) {
            flags |= BufferFlags::PROC_INDEX.0;
        }
        let body = if self.compressed {
            flags |= BufferFlags::COMPRESSED.0;
            self.compressed_data.clone().unwrap_or_else(|| lzxpress::compress(&self.data))
        } else {
            self.data.clone()
        };
        let stored = (BUFFER_HEADER_SIZE + body.len()) as u32;
        let size = match (self.size, self.compressed) {
            (Some(s), _) => s,
            (None, true) => stored,
            (None, false) => default_size.unwrap_or(stored),
        };
        assert!(
            size >= stored || self.buffer_size_field.is_some() || self.size.is_some(),
            "records ({stored} bytes with the header) do not fit a buffer of {size} bytes: set a larger size"
        );
        let filled_field = self.filled_bytes_field.unwrap_or(filled);
        let mut b = Vec::with_capacity(if pad { size.max(stored) as usize } else { stored as usize });
        b.put_u32(self.buffer_size_field.unwrap_or(size));
        b.put_u32(self.saved_offset.unwrap_or(filled_field));
        b.put_u32(self.current_offset.unwrap_or(filled_field));
        b.put_u32(self.reference_count);
        b.put_i64(self.timestamp);
        b.put_i64(self.sequence_number);
        b.put_u64(self.clock_info);
        match self.processor {
            Processor::Number(n) => {
                b.put_u8(n);
                b.put_u8(self.alignment);
            }
            Processor::Index(i) => b.put_u16(i),
        }
        b.put_u16(self.logger_id);
        b.put_u32(self.state);
        b.put_u32(filled_field);
        b.put_u16(flags);
        b.put_u16(self.buffer_type.0);
        b.put_i64(self.reference_start_time);
        b.put_i64(self.reference_perf_clock);
        debug_assert_eq!(b.len(), BUFFER_HEADER_SIZE);
        b.extend_from_slice(&body);
        if pad && size as usize > b.len() {
            b.resize(size as usize, self.pad_byte);
        }
        for (at, bytes) in &self.patches {
            let end = at + bytes.len();
            if end > b.len() {
                b.resize(end, self.pad_byte);
            }
            b[*at..end].copy_from_slice(bytes);
        }
        b
    }
}

/// Overwrites the `BufferSize` field of the buffer at `bytes[at..]`.
pub fn set_buffer_size(bytes: &mut [u8], at: usize, size: u32) {
    set_u32(bytes, at, size);
}

/// Overwrites the `FilledBytes` field of the buffer at `bytes[at..]`.
pub fn set_filled_bytes(bytes: &mut [u8], at: usize, filled: u32) {
    set_u32(bytes, at + 0x30, filled);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::Raw;

    #[test]
    fn header_fields_and_padding() {
        let b = BufferBuilder::new()
            .processor(3)
            .logger_id(0x1f)
            .timestamp(0x1122)
            .record(Raw(vec![1; 8]))
            .record(Raw(vec![2; 8]))
            .size(0x100)
            .build();
        assert_eq!(b.len(), 0x100);
        assert_eq!(&b[0..4], &0x100u32.to_le_bytes());
        assert_eq!(&b[4..12], &[0x58, 0, 0, 0, 0x58, 0, 0, 0]);
        assert_eq!(&b[0x10..0x12], &[0x22, 0x11]);
        assert_eq!(&b[0x28..0x2C], &[3, 8, 0x1f, 0]);
        assert_eq!(&b[0x30..0x38], &[0x58, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&b[0x48..0x58], &[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
        assert!(b[0x58..].iter().all(|x| *x == 0xFF));
    }

    #[test]
    fn processor_index_and_compression() {
        let mut bb = BufferBuilder::new().processor_index(0x1234).flags(BufferFlags::FLUSH_MARKER).compressed();
        assert_eq!(bb.push(Raw(vec![7; 100])), 0x48);
        assert_eq!(bb.next_record_offset(), 0x48 + 100);
        let b = bb.build();
        assert_eq!(&b[0x28..0x2A], &[0x34, 0x12]);
        assert_eq!(&b[0x34..0x36], &[0x61, 0]);
        assert_eq!(u32::from_le_bytes(b[0..4].try_into().unwrap()) as usize, b.len());
        assert_eq!(&b[0x30..0x34], &(0x48u32 + 100).to_le_bytes());
        assert!(b.len() < 0x48 + 20);
    }

    #[test]
    fn overrides_and_patches() {
        let b = BufferBuilder::new()
            .record(Raw(vec![0; 8]))
            .buffer_size_field(16)
            .filled_bytes_field(0x1000)
            .patch(0x50, vec![9, 9])
            .build();
        assert_eq!(b.len(), 0x52);
        assert_eq!(&b[0..4], &[16, 0, 0, 0]);
        assert_eq!(&b[0x30..0x34], &[0, 0x10, 0, 0]);
        assert_eq!(&b[0x50..], &[9, 9]);
    }
}
