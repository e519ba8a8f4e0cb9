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

    /// Reads exactly `n` bytes at `offset` and appends them to `buf`.
    ///
    /// The bytes go straight into `buf`'s spare capacity: unlike [`Source::read_at`], nothing is zero-filled
    /// first, which for a whole buffer would be a second pass over up to 64 MiB on every load.
    pub(crate) fn read_appending_at(&mut self, offset: u64, n: usize, buf: &mut Vec<u8>) -> io::Result<()> {
        if self.pos != offset {
            self.inner.seek(SeekFrom::Start(offset))?;
            self.pos = offset;
        }
        buf.reserve_exact(n);
        let limit = u64::try_from(n).unwrap_or(u64::MAX);
        let r = (&mut self.inner).take(limit).read_to_end(buf).and_then(|got| {
            if got == n {
                Ok(())
            } else {
                // What `read_exact` says when the file ends early.
                Err(io::Error::new(io::ErrorKind::UnexpectedEof, "failed to fill whole buffer"))
            }
        });
        self.pos = if r.is_ok() { offset.saturating_add(limit) } else { u64::MAX };
        r
    }

    /// Reads exactly `n` bytes at `offset` into `buf` (replacing its contents). `n` must not run past the end.
    pub(crate) fn read_at(&mut self, offset: u64, n: usize, buf: &mut Vec<u8>) -> io::Result<()> {
        if self.pos != offset {
            self.inner.seek(SeekFrom::Start(offset))?;
            self.pos = offset;
        }
        // Every byte is overwritten by the read, so only growth is zero-filled (clearing first would zero all
        // of it, e.g. every 1 MiB window of a resynchronisation scan).
        buf.truncate(n);
        buf.resize(n, 0);
        let r = self.inner.read_exact(buf);
        // On error the position is unknown: force a seek next time.
        self.pos = if r.is_ok() { offset.saturating_add(n as u64) } else { u64::MAX };
        r
    }
}
