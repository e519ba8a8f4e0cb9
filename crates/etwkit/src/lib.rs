//! etwkit: Event Tracing for Windows in Rust.
//!
//! This is the one crate to depend on. It gathers:
//!
//! - the event model ([`EventRef`], [`Guid`], [`HeaderKind`], [`ExtendedItems`], [`Clock`], ...), shared by every
//!   event source;
//! - the ETL reader ([`etl`]): any `.etl` file, on any OS, in file order ([`etl::EtlReader`]) or timestamp order
//!   across processors and files ([`etl::TimeOrderReader`]);
//! - schemas and decoding ([`schema`]): an event's payload as named, typed properties, and the typed parser
//!   (`parser.parse::<u32>("PID")`);
//! - krabsetw's consumer model ([`trace`]): traces, providers with keyword masks and levels, event filters built
//!   from [`predicates`], callbacks with a typed parser, stats and stop handles; over ETL files on any OS, and over
//!   live sessions on Windows ([`trace::UserTrace`], [`trace::KernelTrace`], settings in [`live`]).
//!
//! # From krabsetw
//!
//! | krabsetw (C++) | etwkit |
//! |---|---|
//! | `krabs::user_trace trace(L"name")` | [`trace::FileTrace::new(files)`](trace::FileTrace::new)`.named("name")`; live: [`trace::UserTrace::new()`](trace::UserTrace::new)`.named("name")` (Windows) |
//! | `krabs::kernel_trace` | kernel providers on a file trace; live: [`trace::KernelTrace`] (Windows) |
//! | `krabs::provider<> p(L"Microsoft-Windows-Kernel-Network")` | [`trace::Provider::by_name`] |
//! | `krabs::provider<> p(guid)` | [`trace::Provider::new`] |
//! | `p.any(0x10)`, `p.all(m)`, `p.level(l)`, `p.trace_flags(f)` | the same names, builder style |
//! | `krabs::kernel::network_tcpip_provider` etc. | [`trace::kernel::network_tcpip`] etc. |
//! | `krabs::event_filter f(predicate)` | [`trace::EventFilter::new`] |
//! | `krabs::event_filter f(std::vector<unsigned short>{10, 11})` | [`trace::EventFilter::ids`] |
//! | `f.add_on_event_callback(cb)` | [`trace::EventFilter::on_event`] / `add_on_event_callback` |
//! | `p.add_filter(f)` / `p.add_on_event_callback(cb)` | [`trace::Provider::filter`] / [`trace::Provider::on_event`] |
//! | `trace.enable(p)` | [`trace::FileTrace::enable`] |
//! | `trace.set_default_event_callback(cb)` | [`trace::FileTrace::on_default_event`] |
//! | `p.add_on_error_callback(cb)` | [`trace::FileTrace::on_error`] (damage, undecodable events, panics) |
//! | `trace.start()` (blocks) / `trace.stop()` | [`trace::FileTrace::start`] / [`trace::TraceHandle::stop`] from any thread or callback |
//! | `trace.query_stats()` | [`trace::FileTrace::stats`] / [`trace::TraceHandle::stats`] |
//! | `krabs::schema schema(record, ctx.schema_locator)` | `ctx.schema()` ([`filter::EventContext::schema`]) |
//! | `krabs::parser parser(schema)` | `ctx.parser()` ([`filter::EventContext::parser`]) |
//! | `parser.parse<uint32_t>(L"PID")`, `try_parse` | [`schema::Parser::parse`]`::<u32>("PID")`, [`schema::Parser::try_parse`] |
//! | `parser.parse<krabs::ip_address>`, `<krabs::binary>`, `<std::wstring>`, SIDs, GUIDs | `parse::<IpAddr>`, `<&[u8]>`, `<String>`, `<Sid>`, `<Guid>` |
//! | `predicates::id_is`, `opcode_is`, `version_is`, `process_id_is` | [`predicates`], same names |
//! | `property_is`, `property_equals`, `property_iequals`, `property_contains`, `property_icontains`, `property_starts_with`, ... `property_iends_with` | [`predicates`], same names (no allocation per event) |
//! | `and_filter`, `or_filter`, `not_filter`, `any_of`, `all_of`, `none_of` | [`predicates`], same names, and [`filter::Predicate::and`] / `or` / `not` |
//!
//! Beyond krabsetw: `task_is`, `level_is`, `keyword_any`, `thread_id_is`, `provider_is`, `event_name_is`, numeric
//! property comparisons, a `--where` expression language that compiles to the same predicates
//! ([`filter::parse_where`]), per-event-type caching of header verdicts, and decoding on any OS without TDH.
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

/// The schema store (`etw schemas import`): provider schemas and messages from manifests, provider binaries
/// and Windows images, in one file: see [`etw_store`].
pub mod store {
    pub use etw_store::*;
}

/// Predicates and the `--where` language: see [`etw_filter`].
pub mod filter {
    pub use etw_filter::*;
}

/// The event pipeline every command runs on (read, decode, select, encode on every core, write in order) and its
/// sinks: see [`etw_pipeline`].
pub mod pipeline {
    pub use etw_pipeline::*;
}

/// krabsetw's predicates by name (`id_is`, `property_icontains`, `any_of`, ...).
/// Events as Apache Arrow and Parquet: the `events` table, typed tables per event schema, Parquet datasets and
/// CSV (`etw convert`), as pipeline sinks.
pub mod arrow {
    pub use etw_arrow::*;
}

/// See a trace: the self-contained HTML report (`etw report`) and Chrome trace event JSON for Perfetto
/// (`etw convert --format chrome-trace`), as pipeline sinks; see [`etw_report`].
pub mod report {
    pub use etw_report::*;
}

/// Packet captures (PktMon, NDIS-PacketCapture) as pcapng for Wireshark, and traffic counted from their frames
/// (`etw convert --format pcapng`, `etw netmon`), as pipeline sinks.
pub mod packet {
    pub use etw_packet::*;
}

pub use etw_filter::predicates;

/// Traces, providers, event filters and callbacks: see [`etw_trace`]. The live traces ([`UserTrace`](trace::UserTrace),
/// [`KernelTrace`](trace::KernelTrace)) come from [`etw_live`]: they build everywhere and start sessions on Windows.
pub mod trace {
    pub use etw_live::{KernelTrace, LiveHandle, UserTrace};
    pub use etw_trace::*;
}

/// Live sessions on Windows: session settings, kernel flags, provider lists, session control; see [`etw_live`].
pub mod live {
    pub use etw_live::*;
}

/// The README's examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
