//! Finding the buffers of a file, by each buffer header's own `BufferSize`.
//!
//! A buffer whose size cannot be right (smaller than its header, larger than any ETW buffer) leaves the next
//! buffer's position unknown. The scanner then looks for the next plausible buffer header: first at the session's
//! nominal buffer size (uncompressed files keep buffers at that stride), then byte by byte.

use std::io::{Read, Seek};

use crate::buffer::{BufferHeader, BUFFER_HEADER_SIZE};
use crate::error::{Damage, DamageScope};
use crate::source::Source;

/// A buffer found in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BufferLocation {
    /// Index of the buffer in the file (0 is the logfile header buffer).
    pub index: u64,
    /// File offset.
    pub offset: u64,
    /// The buffer header.
    pub header: BufferHeader,
    /// Bytes of the buffer present in the file: `BufferSize`, or less if the file ends early.
    pub available: u32,
}

pub(crate) struct Scanner {
    next_offset: u64,
    next_index: u64,
    nominal: u32,
    file_index: u32,
    done: bool,
    scratch: Vec<u8>,
}

/// How far a resynchronisation scan looks before giving up on the rest of the file.
const RESYNC_CHUNK: usize = 1 << 20;

impl Scanner {
    pub(crate) fn new(nominal: u32, file_index: u32) -> Scanner {
        Scanner { next_offset: 0, next_index: 0, nominal, file_index, done: false, scratch: Vec::new() }
    }

    fn damage(&self, offset: u64, reason: String, scope: DamageScope) -> Damage {
        Damage {
            scope,
            file: self.file_index,
            buffer: self.next_index,
            buffer_offset: offset,
            record_offset: None,
            reason,
        }
    }

    /// The next buffer, or damage that was skipped, or `None` at the end of the file.
    pub(crate) fn next<R: Read + Seek>(&mut self, src: &mut Source<R>) -> Option<Result<BufferLocation, Damage>> {
        if self.done {
            return None;
        }
        let offset = self.next_offset;
        let remaining = src.len().saturating_sub(offset);
        if remaining == 0 {
            self.done = true;
            return None;
        }
        if remaining < BUFFER_HEADER_SIZE as u64 {
            self.done = true;
            return Some(Err(self.damage(
                offset,
                format!("{remaining} trailing bytes are too few for a buffer header (file truncated?)"),
                DamageScope::Buffer,
            )));
        }
        if let Err(e) = src.read_at(offset, BUFFER_HEADER_SIZE, &mut self.scratch) {
            self.done = true;
            return Some(Err(self.damage(offset, e.to_string(), DamageScope::Io)));
        }
        let Some(header) = BufferHeader::parse(&self.scratch) else {
            self.done = true;
            return None;
        };
        match header.size_problem(remaining) {
            None => {
                let loc = BufferLocation { index: self.next_index, offset, header, available: header.buffer_size };
                self.next_offset = offset + u64::from(header.buffer_size);
                self.next_index += 1;
                Some(Ok(loc))
            }
            Some(_)
                if header.buffer_size as usize >= BUFFER_HEADER_SIZE
                    && u64::from(header.buffer_size) > remaining
                    && header.looks_valid(u64::from(header.buffer_size)) =>
            {
                // A plausible buffer cut off by the end of the file: deliver what is there, then stop.
                // Less than the buffer's u32 size here, so it fits.
                let available = u32::try_from(remaining).unwrap_or(header.buffer_size);
                let loc = BufferLocation { index: self.next_index, offset, header, available };
                self.next_index += 1;
                self.done = true;
                Some(Ok(loc))
            }
            Some(reason) => {
                let damage = self.damage(offset, reason, DamageScope::Buffer);
                match self.resync(src, offset) {
                    Ok(Some(next)) => self.next_offset = next,
                    Ok(None) => self.done = true,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(self.damage(offset, e.to_string(), DamageScope::Io)));
                    }
                }
                self.next_index += 1;
                Some(Err(damage))
            }
        }
    }

    /// Finds the offset of the next plausible buffer header after a damaged one at `from`.
    fn resync<R: Read + Seek>(&mut self, src: &mut Source<R>, from: u64) -> std::io::Result<Option<u64>> {
        let len = src.len();
        let plausible_at =
            |bytes: &[u8], at: u64| BufferHeader::parse(bytes).is_some_and(|h| h.looks_valid(len.saturating_sub(at)));
        if self.nominal as usize >= BUFFER_HEADER_SIZE {
            let guess = from + u64::from(self.nominal);
            if guess + BUFFER_HEADER_SIZE as u64 <= len {
                src.read_at(guess, BUFFER_HEADER_SIZE, &mut self.scratch)?;
                if plausible_at(&self.scratch, guess) {
                    return Ok(Some(guess));
                }
            }
        }
        let mut start = from + 1;
        while start + BUFFER_HEADER_SIZE as u64 <= len {
            let n = (len - start).min(RESYNC_CHUNK as u64 + BUFFER_HEADER_SIZE as u64) as usize;
            src.read_at(start, n, &mut self.scratch)?;
            for i in 0..=n.saturating_sub(BUFFER_HEADER_SIZE) {
                let at = start + i as u64;
                if plausible_at(self.scratch.get(i..).unwrap_or_default(), at) {
                    return Ok(Some(at));
                }
            }
            start += (n.saturating_sub(BUFFER_HEADER_SIZE) + 1) as u64;
        }
        Ok(None)
    }
}
