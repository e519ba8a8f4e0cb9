//! `WMI_BUFFER_HEADER`: the 0x48-byte header of every buffer in an ETL file.

use etw_core::cursor::{i64_at, u16_at, u32_at, u64_at, u8_at};
use etw_core::{BufferFlags, BufferType};

/// Size of a buffer header; records start right after it.
pub const BUFFER_HEADER_SIZE: usize = 0x48;

/// The largest buffer we accept, compressed or not. ETW's own limit is far lower (1 MiB for most sessions, 16 MiB
/// at most); anything larger is damage, and the bound keeps allocations under control for hostile files.
pub const MAX_BUFFER_SIZE: usize = 64 << 20;

/// A buffer header as stored in the file.
///
/// Layout (offsets in hex): 00 `BufferSize` (bytes this buffer takes in the file), 04 `SavedOffset`, 08
/// `CurrentOffset`, 0C `ReferenceCount`, 10 `TimeStamp`, 18 `SequenceNumber`, 20 clock type and frequency (or a
/// list link), 28 `ClientContext` (processor number or index, alignment, logger id), 2C `State`, 30 `Offset` (the
/// filled bytes: end of valid data, counted from the start of the buffer), 34 `BufferFlag`, 36 `BufferType`,
/// 38 reference time (`StartTime`, `StartPerfClock`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct BufferHeader {
    /// Bytes the buffer takes in the file (for a compressed buffer: header plus compressed data).
    pub buffer_size: u32,
    /// `SavedOffset` (0 in Windows 7 files).
    pub saved_offset: u32,
    /// `CurrentOffset`.
    pub current_offset: u32,
    /// `ReferenceCount`.
    pub reference_count: u32,
    /// `TimeStamp` when the buffer was flushed.
    pub timestamp: i64,
    /// `SequenceNumber`.
    pub sequence_number: i64,
    /// The raw 8 bytes at 0x20 (clock type and frequency bit fields).
    pub clock_info: u64,
    /// Processor number (or index when [`BufferFlags::PROC_INDEX`] is set).
    pub processor: u16,
    /// Logger id.
    pub logger_id: u16,
    /// `State`.
    pub state: u32,
    /// Filled bytes: the end of valid data, counted from the start of the (decompressed) buffer.
    pub filled_bytes: u32,
    /// `BufferFlag`.
    pub flags: BufferFlags,
    /// `BufferType`.
    pub buffer_type: BufferType,
    /// Reference time: `StartTime` (FILETIME).
    pub reference_start_time: i64,
    /// Reference time: `StartPerfClock`.
    pub reference_perf_clock: i64,
}

impl BufferHeader {
    /// Reads a buffer header from the first 0x48 bytes of `b`, or `None` if there are fewer.
    pub fn parse(b: &[u8]) -> Option<BufferHeader> {
        if b.len() < BUFFER_HEADER_SIZE {
            return None;
        }
        let flags = BufferFlags(u16_at(b, 0x34)?);
        let processor =
            if flags.contains(BufferFlags::PROC_INDEX) { u16_at(b, 0x28)? } else { u16::from(u8_at(b, 0x28)?) };
        Some(BufferHeader {
            buffer_size: u32_at(b, 0x00)?,
            saved_offset: u32_at(b, 0x04)?,
            current_offset: u32_at(b, 0x08)?,
            reference_count: u32_at(b, 0x0C)?,
            timestamp: i64_at(b, 0x10)?,
            sequence_number: i64_at(b, 0x18)?,
            clock_info: u64_at(b, 0x20)?,
            processor,
            logger_id: u16_at(b, 0x2A)?,
            state: u32_at(b, 0x2C)?,
            filled_bytes: u32_at(b, 0x30)?,
            flags,
            buffer_type: BufferType(u16_at(b, 0x36)?),
            reference_start_time: i64_at(b, 0x38)?,
            reference_perf_clock: i64_at(b, 0x40)?,
        })
    }

    /// True if the buffer's data is LZXpress compressed.
    pub fn is_compressed(&self) -> bool {
        self.flags.contains(BufferFlags::COMPRESSED)
    }

    /// Checks the sizes against the bytes left in the file and returns what is wrong, if anything.
    pub(crate) fn size_problem(&self, remaining_in_file: u64) -> Option<String> {
        let size = self.buffer_size as usize;
        if size < BUFFER_HEADER_SIZE {
            return Some(format!("BufferSize {size} is smaller than the 72-byte buffer header"));
        }
        if size > MAX_BUFFER_SIZE {
            return Some(format!("BufferSize {size} is larger than any ETW buffer ({MAX_BUFFER_SIZE} bytes)"));
        }
        if u64::from(self.buffer_size) > remaining_in_file {
            return Some(format!(
                "BufferSize {size} runs past the end of the file ({remaining_in_file} bytes left): file truncated?"
            ));
        }
        None
    }

    /// A quick plausibility test used to find the next buffer after damage.
    pub(crate) fn looks_valid(&self, remaining_in_file: u64) -> bool {
        let filled = self.filled_bytes as usize;
        self.size_problem(remaining_in_file).is_none()
            && (BUFFER_HEADER_SIZE..=MAX_BUFFER_SIZE).contains(&filled)
            && (self.is_compressed() || filled <= self.buffer_size as usize)
            && self.flags.unknown_bits() == 0
            && self.buffer_type.name().is_some()
    }
}
