//! The platform-neutral event model of etwkit.
//!
//! An [`EventRef`] is one event borrowed from wherever it lives (a buffer of an ETL file, or the `EVENT_RECORD`
//! of a live callback): its fixed header fields, its extended data items and its payload bytes. Nothing here
//! reads files or calls Windows; the `etw-etl` crate produces events from files, `etw-live` from sessions.
//!
//! Constants from the Windows headers are open newtypes ([`HeaderKind`], [`ExtType`], [`Level`], ...): unknown
//! values are kept and print as `Unknown(0x..)`.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod consts;
pub mod cursor;
pub mod event;
pub mod extended;
pub mod guid;
pub mod hash;
pub mod json;
pub mod nul;
mod sha1;
pub mod sid;
pub mod time;

pub use consts::{
    BufferFlags, BufferType, Channel, ClockType, EventHeaderFlags, EventProperty, ExtType, HeaderKind, HookId,
    KernelGroup, Level, Opcode,
};
pub use cursor::{Cursor, ReadError};
pub use event::{CpuTime, EventDescriptor, EventHeader, EventRef, InstanceFields, Location, MessageFields};
pub use extended::{ExtendedData, ExtendedDataError, ExtendedItem, ExtendedItems, Frames, ProviderTraits};
pub use guid::{Guid, ParseGuidError};
pub use sid::Sid;
pub use time::{Clock, FileTime};
