//! A pure-Rust reader for Event Trace Log (ETL) files, the files Event Tracing for Windows writes.
//!
//! It reads any ETL file on any OS: the logfile header (32- and 64-bit layouts), every buffer by its own size,
//! LZXpress-compressed buffers, and every trace header kind (`TRACE_HEADER_TYPE_*` 0x01 to 0x15). Each record
//! becomes an [`etw_core::EventRef`], the same event view a live session produces.
//!
//! - [`EtlReader`] streams one file in file order.
//! - [`TimeOrderReader`] merges one or more files into timestamp order.
//!
//! # Hostile input
//!
//! Nothing here panics on bad bytes, and no allocation is sized by the file beyond one buffer (64 MiB at most).
//! Damage is reported where it is found and skipped: a bad record ends its buffer, a bad buffer is skipped,
//! and reading goes on; only a damaged logfile header stops the reader ([`EtlError`]).

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod buffer;
mod error;
mod load;
mod logfile;
pub mod lzxpress;
mod merge;
mod reader;
mod record;
mod scan;
mod source;

pub use buffer::{BufferHeader, BUFFER_HEADER_SIZE, MAX_BUFFER_SIZE};
pub use error::{Damage, DamageScope, EtlError};
pub use load::SharedRecord;
pub use logfile::{LogfileHeader, SystemTime, TimeZone};
pub use merge::{TimeOrderReader, DEFAULT_MEMORY_BUDGET};
pub use reader::{EtlReader, ReadCounts, ReadItem};
pub use record::RecordId;
pub use scan::BufferLocation;
