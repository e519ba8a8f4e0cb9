//! etwkit: Event Tracing for Windows in Rust.
//!
//! This is the one crate to depend on. It gathers:
//!
//! - the event model ([`EventRef`], [`Guid`], [`HeaderKind`], [`ExtendedItems`], [`Clock`], ...), shared by every
//!   event source;
//! - the ETL reader ([`etl`]): any `.etl` file, on any OS, in file order ([`etl::EtlReader`]) or timestamp order
//!   across processors and files ([`etl::TimeOrderReader`]);
//! - schemas and decoding ([`schema`]): an event's payload as named, typed properties, and the typed parser
//!   (`parser.parse::<u32>("PID")`).
//!
//! ```no_run
//! use etwkit::etl::EtlReader;
//!
//! # fn main() -> Result<(), etwkit::etl::EtlError> {
//! let mut reader = EtlReader::open("trace.etl")?;
//! let header = reader.logfile_header();
//! println!("{} on {} processors", header.logger_name, header.number_of_processors);
//! while let Some(item) = reader.next_event() {
//!     match item {
//!         Ok(event) => println!("{} {} id={} pid={}", event.timestamp(), event.provider_id(), event.id(), event.process_id()),
//!         Err(damage) => eprintln!("skipped: {damage}"),
//!     }
//! }
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]

pub use etw_core::*;

/// Reading ETL files: see [`etw_etl`].
pub mod etl {
    pub use etw_etl::*;
}

/// Schemas, the decoder and the typed parser: see [`etw_schema`].
pub mod schema {
    pub use etw_schema::*;
}

/// Predicates and the `--where` language: see [`etw_filter`].
pub mod filter {
    pub use etw_filter::*;
}

/// krabsetw's predicates by name (`id_is`, `property_icontains`, `any_of`, ...).
pub use etw_filter::predicates;

pub mod trace;
