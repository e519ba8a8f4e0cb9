//! The schema store: provider schemas and messages gathered once (from instrumentation manifests, provider
//! binaries and mounted Windows images) into one file, so that traces decode on any machine without the
//! machine that recorded them.
//!
//! - [`Store`] holds providers ([`StoredProvider`]: GUID, name, the file they came from) with their
//!   [`EventSchema`](etw_schema::EventSchema)s, messages included; [`Store::open`] and [`Store::save`] read and
//!   write the store file (format in [`format`](mod@format): magic, version, a hash of the body; damage is reported with its
//!   file offset; writes go to a temporary file renamed into place).
//! - [`StoreReader`] opens a store file for lookups (a provider's events are read when first asked for) and
//!   [`StoreSource`] answers schema lookups from it; the registry asks it after the manifests given on the
//!   command line and before the built-in schemas.
//! - [`default_store_path`] names the default store file (`ETWKIT_STORE`, else the user's data directory) and
//!   [`StoreChoice`] opens the store a command uses.
//!
//! # Hostile input
//!
//! Store files and the binaries imported are read with bounds-checked cursors: damage is an error naming the
//! offset, never a panic, and no allocation is sized by a count from the file before the bytes that count
//! describes are known to be there.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod format;
pub mod hive;
pub mod import;
mod location;
pub mod msgtable;
pub mod pe;
mod store;
pub mod wevt;

pub use format::FormatError;
pub use import::{import, FileNote, ImportReport};
pub use location::{default_store_path, StoreChoice, STORE_ENV, STORE_FILE_NAME};
pub use store::{Store, StoreError, StoreReader, StoreSource, StoredProvider};
