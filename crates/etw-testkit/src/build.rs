//! Builders for synthetic ETL data: whole files, buffers, records of every header kind, extended data items, an
//! LZXpress compressor, and a virtual file of any size.
//!
//! Every builder writes bytes as Windows lays them out (the `etw-etl` module docs describe each layout), computes
//! sizes, 8-byte record alignment and flags, and lets any field be overridden, so a damaged input is as easy to
//! make as a good one and every error path can have a test without a fixture file.
//!
//! - [`EtlBuilder`]: a file; buffer 0 holds the logfile header record ([`LogfileSpec`], 32- or 64-bit layout).
//! - [`BufferBuilder`]: one buffer: processor, flags, type, records; uncompressed and padded, or
//!   [`compressed`](BufferBuilder::compressed); overrides for `BufferSize`, `FilledBytes` and raw bytes.
//! - Records: [`KernelRecord`] (SYSTEM, COMPACT, PERFINFO), [`ClassicRecord`] (FULL_HEADER, INSTANCE),
//!   [`EventRecord`] (EVENT_HEADER with [`ExtItem`]s), [`MessageRecord`], [`TimedRecord`], [`WnodeRecord`],
//!   [`OpaqueRecord`] (ERROR and unknown kinds) and [`Raw`] bytes.
//! - [`lzxpress`]: the compressor and a hand writer for broken streams.
//! - [`VirtualFile`]: a terabyte-sized `Read + Seek` file whose buffers are made when read.
//!
//! ```
//! use etw_core::{Guid, HeaderKind, HookId, KernelGroup};
//! use etw_testkit::build::{BufferBuilder, EtlBuilder, EventRecord, ExtItem, KernelRecord};
//!
//! let provider = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
//! let bytes: Vec<u8> = EtlBuilder::new()
//!     .buffer(
//!         BufferBuilder::new()
//!             .processor(2)
//!             .record(KernelRecord::system64(HookId::new(KernelGroup::PROCESS, 1)).timestamp(5_000_010))
//!             .record(
//!                 EventRecord::new(HeaderKind::EVENT_HEADER64, provider)
//!                     .id(1)
//!                     .timestamp(5_000_020)
//!                     .ext(ExtItem::ts_id(1))
//!                     .payload(b"hello".to_vec()),
//!             ),
//!     )
//!     .buffer(BufferBuilder::new().processor(3).compressed())
//!     .build();
//! assert_eq!(&bytes[0x2000 + 0x28..0x2000 + 0x29], &[2]);
//! ```

mod buffer;
pub(crate) mod bytes;
mod extended;
mod file;
pub mod lzxpress;
mod record;
mod virtual_file;

pub use buffer::{set_buffer_size, set_filled_bytes, BufferBuilder, Processor, BUFFER_HEADER_SIZE};
pub use bytes::utf16z;
pub use extended::{chain, provider_traits_bytes, sid_bytes, ExtItem};
pub use file::{EtlBuilder, EtlImage, LogfileSpec, Placement, TimeZoneInfo};
pub use record::{
    ClassicRecord, EventRecord, KernelRecord, MessageRecord, OpaqueRecord, Raw, Record, TimedRecord, WnodeRecord,
    TRACE_MESSAGE_COMPONENTID, TRACE_MESSAGE_GUID, TRACE_MESSAGE_PERFORMANCE_TIMESTAMP, TRACE_MESSAGE_SEQUENCE,
    TRACE_MESSAGE_SYSTEMINFO, TRACE_MESSAGE_TIMESTAMP,
};
pub use virtual_file::VirtualFile;
