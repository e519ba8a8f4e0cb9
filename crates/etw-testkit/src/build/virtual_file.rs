//! A file of any size that is never stored: buffers are made when they are read.

use std::io::{self, Read, Seek, SeekFrom};

use super::buffer::BufferBuilder;

/// A `Read + Seek` file made of a prefix (usually the logfile header buffer) and `count` buffers of `stride`
/// bytes each, every buffer made on demand from its index.
///
/// Only a buffer's header and records are stored (the buffer is rendered up to `FilledBytes` with `BufferSize`
/// = `stride`); every byte past them reads as zero. The reader of uncompressed buffers reads only up to
/// `FilledBytes`, so walking a terabyte of buffers of 64 MiB costs a few small reads per buffer. The most
/// recently made buffer is cached.
///
/// ```
/// use std::io::{Read, Seek, SeekFrom};
/// use etw_testkit::build::{BufferBuilder, VirtualFile};
///
/// let mut f = VirtualFile::new(vec![1, 2, 3], 1 << 20, 1 << 20, |i| BufferBuilder::new().processor((i % 4) as u8));
/// assert_eq!(f.len(), 3 + (1 << 40));
/// f.seek(SeekFrom::Start(3 + 5 * (1 << 20) + 0x28)).unwrap();
/// let mut b = [0u8; 1];
/// f.read_exact(&mut b).unwrap();
/// assert_eq!(b, [1]);
/// ```
pub struct VirtualFile {
    prefix: Vec<u8>,
    prefix_len: u64,
    stride: u64,
    count: u64,
    make: Box<dyn FnMut(u64) -> BufferBuilder>,
    cache: Option<(u64, Vec<u8>)>,
    made: u64,
    pos: u64,
}

impl VirtualFile {
    /// `prefix`, then `count` buffers of `stride` bytes, buffer `i` being `make(i)` with its size set to `stride`.
    /// `make` must give uncompressed buffers whose records fit `stride`.
    pub fn new(
        prefix: Vec<u8>,
        stride: u32,
        count: u64,
        make: impl FnMut(u64) -> BufferBuilder + 'static,
    ) -> VirtualFile {
        assert!(stride >= 0x48, "stride {stride} is smaller than a buffer header");
        let prefix_len = prefix.len() as u64;
        VirtualFile {
            prefix,
            prefix_len,
            stride: u64::from(stride),
            count,
            make: Box::new(make),
            cache: None,
            made: 0,
            pos: 0,
        }
    }

    /// Lets the prefix take `len` bytes of the file; those past the stored prefix read as zeros.
    pub fn prefix_len(mut self, len: u64) -> Self {
        assert!(len >= self.prefix.len() as u64, "prefix_len {len} is shorter than the stored prefix");
        self.prefix_len = len;
        self
    }

    /// The file's length.
    pub fn len(&self) -> u64 {
        self.prefix_len + self.count * self.stride
    }

    /// True if the file has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many times a buffer was made (cache misses).
    pub fn buffers_made(&self) -> u64 {
        self.made
    }

    /// File offset of buffer `i` (0-based, after the prefix).
    pub fn buffer_offset(&self, i: u64) -> u64 {
        self.prefix_len + i * self.stride
    }

    fn buffer(&mut self, i: u64) -> &[u8] {
        if self.cache.as_ref().is_none_or(|(at, _)| *at != i) {
            let b = (self.make)(i).size(self.stride as u32);
            let bytes = b.render(None, false);
            assert!(bytes.len() as u64 <= self.stride, "buffer {i} holds more than {} bytes", self.stride);
            self.cache = Some((i, bytes));
            self.made += 1;
        }
        self.cache.as_ref().map(|(_, b)| b.as_slice()).unwrap_or_default()
    }
}

/// Copies `src[at..]` into `out` and zeros the rest, up to `limit` bytes; returns the count.
fn fill(out: &mut [u8], src: &[u8], at: u64, limit: u64) -> usize {
    let n = (out.len() as u64).min(limit) as usize;
    let out = &mut out[..n];
    let from = src.get(at as usize..).unwrap_or_default();
    let k = from.len().min(n);
    out[..k].copy_from_slice(&from[..k]);
    out[k..].fill(0);
    n
}

impl Read for VirtualFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let len = self.len();
        if self.pos >= len || out.is_empty() {
            return Ok(0);
        }
        let pos = self.pos;
        let n = if pos < self.prefix_len {
            fill(out, &self.prefix, pos, self.prefix_len - pos)
        } else {
            let rel = pos - self.prefix_len;
            let (i, within) = (rel / self.stride, rel % self.stride);
            let stride = self.stride;
            let buf = self.buffer(i);
            let stored = buf.len() as u64;
            // Past the stored bytes the buffer is all zeros: fill up to the buffer's end in one go.
            let limit = if within < stored { stored - within } else { stride - within };
            fill(out, buf, within, limit)
        };
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for VirtualFile {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::End(d) => self.len().checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        let p = target.ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        self.pos = p;
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::Raw;

    #[test]
    fn reads_prefix_buffers_and_zeros() {
        let mut f = VirtualFile::new(vec![7; 4], 0x100, 3, |i| BufferBuilder::new().record(Raw(vec![i as u8 + 1; 8])))
            .prefix_len(0x10);
        assert_eq!(f.len(), 0x10 + 0x300);
        let mut all = Vec::new();
        f.read_to_end(&mut all).unwrap();
        assert_eq!(all.len(), 0x310);
        assert_eq!(&all[..5], &[7, 7, 7, 7, 0]);
        for i in 0..3usize {
            let b = &all[0x10 + i * 0x100..0x10 + (i + 1) * 0x100];
            assert_eq!(&b[..4], &[0, 1, 0, 0]);
            assert_eq!(&b[0x30..0x34], &[0x50, 0, 0, 0]);
            assert_eq!(&b[0x48..0x50], &[i as u8 + 1; 8]);
            assert!(b[0x50..].iter().all(|x| *x == 0));
        }
        assert_eq!(f.buffers_made(), 3);
        f.seek(SeekFrom::Start(0x10 + 0x148)).unwrap();
        let mut two = [0u8; 2];
        f.read_exact(&mut two).unwrap();
        assert_eq!(two, [2, 2]);
        f.seek(SeekFrom::Current(-2)).unwrap();
        f.read_exact(&mut two).unwrap();
        assert_eq!(f.buffers_made(), 4, "one miss for buffer 1, then the cache");
        assert!(f.seek(SeekFrom::Current(-0x1000)).is_err());
        f.seek(SeekFrom::End(0)).unwrap();
        assert_eq!(f.read(&mut two).unwrap(), 0);
    }
}
