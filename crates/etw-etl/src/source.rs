//! Positioned reads over any `Read + Seek`, avoiding seeks when reads are sequential.

use std::io::{self, Read, Seek, SeekFrom};

pub(crate) struct Source<R> {
    inner: R,
    pos: u64,
    len: u64,
}

impl<R: Read + Seek> Source<R> {
    pub(crate) fn new(mut inner: R) -> io::Result<Source<R>> {
        let len = inner.seek(SeekFrom::End(0))?;
        inner.seek(SeekFrom::Start(0))?;
        Ok(Source { inner, pos: 0, len })
    }

    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// Reads exactly `buf.len()` bytes at `offset`.
    pub(crate) fn read_exact_at(&mut self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        if self.pos != offset {
            self.inner.seek(SeekFrom::Start(offset))?;
            self.pos = offset;
        }
        let r = self.inner.read_exact(buf);
        self.pos = if r.is_ok() { offset.saturating_add(buf.len() as u64) } else { u64::MAX };
        r
    }

    /// Reads exactly `n` bytes at `offset` into `buf` (replacing its contents). `n` must not run past the end.
    pub(crate) fn read_at(&mut self, offset: u64, n: usize, buf: &mut Vec<u8>) -> io::Result<()> {
        if self.pos != offset {
            self.inner.seek(SeekFrom::Start(offset))?;
            self.pos = offset;
        }
        buf.clear();
        buf.resize(n, 0);
        let r = self.inner.read_exact(buf);
        // On error the position is unknown: force a seek next time.
        self.pos = if r.is_ok() { offset.saturating_add(n as u64) } else { u64::MAX };
        r
    }
}
