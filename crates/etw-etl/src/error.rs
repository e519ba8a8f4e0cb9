//! Errors, by how far they reach.
//!
//! - [`EtlError`] is fatal: the file cannot be opened or read, or its logfile header (the first record) is
//!   damaged. Nothing can be delivered.
//! - [`Damage`] is local: one buffer or one record could not be read. It is reported where it happened and the
//!   reader goes on with the next buffer; everything readable is still delivered.

use core::fmt;
use std::io;
use std::path::PathBuf;

/// A fatal error: the trace cannot be read at all.
#[derive(Debug)]
pub enum EtlError {
    /// The file could not be opened or read.
    Io {
        /// The file, when known.
        path: Option<PathBuf>,
        /// The I/O error.
        source: io::Error,
    },
    /// The first buffer or its logfile header record is damaged or missing.
    BadLogfileHeader {
        /// The file, when known.
        path: Option<PathBuf>,
        /// File offset of the problem.
        offset: u64,
        /// What was wrong.
        reason: String,
    },
}

impl EtlError {
    pub(crate) fn with_path(self, p: &std::path::Path) -> EtlError {
        match self {
            EtlError::Io { path: None, source } => EtlError::Io { path: Some(p.to_owned()), source },
            EtlError::BadLogfileHeader { path: None, offset, reason } => {
                EtlError::BadLogfileHeader { path: Some(p.to_owned()), offset, reason }
            }
            other => other,
        }
    }
}

impl fmt::Display for EtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EtlError::Io { path: Some(p), source } => write!(f, "{}: {source}", p.display()),
            EtlError::Io { path: None, source } => write!(f, "{source}"),
            EtlError::BadLogfileHeader { path, offset, reason } => {
                if let Some(p) = path {
                    write!(f, "{}: ", p.display())?;
                }
                write!(f, "not a readable ETL file: logfile header damaged at offset {offset:#x}: {reason}")
            }
        }
    }
}

impl std::error::Error for EtlError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EtlError::Io { source, .. } => Some(source),
            EtlError::BadLogfileHeader { .. } => None,
        }
    }
}

impl From<io::Error> for EtlError {
    fn from(source: io::Error) -> EtlError {
        EtlError::Io { path: None, source }
    }
}

/// What part of the file a [`Damage`] affected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DamageScope {
    /// A whole buffer was skipped (or could not be found).
    Buffer,
    /// The rest of a buffer after a bad record was skipped; the records before it were delivered.
    Record,
    /// Reading the file failed; nothing after this point was read.
    Io,
}

/// Damage found while reading: where, and what was wrong. The reader skips the damaged part and goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damage {
    /// What was skipped.
    pub scope: DamageScope,
    /// Index of the file among those being read.
    pub file: u32,
    /// Index of the buffer in the file.
    pub buffer: u64,
    /// File offset of the buffer.
    pub buffer_offset: u64,
    /// Offset of the bad record from the start of its (decompressed) buffer, for record damage.
    pub record_offset: Option<u32>,
    /// What was wrong.
    pub reason: String,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scope {
            DamageScope::Buffer => {
                write!(f, "buffer {} at file offset {:#x} skipped: {}", self.buffer, self.buffer_offset, self.reason)
            }
            DamageScope::Record => write!(
                f,
                "buffer {} at file offset {:#x}: record at +{:#x} unreadable, rest of buffer skipped: {}",
                self.buffer,
                self.buffer_offset,
                self.record_offset.unwrap_or(0),
                self.reason
            ),
            DamageScope::Io => {
                write!(
                    f,
                    "read failed at buffer {} (file offset {:#x}): {}",
                    self.buffer, self.buffer_offset, self.reason
                )
            }
        }
    }
}

impl std::error::Error for Damage {}
