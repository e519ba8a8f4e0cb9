//! Live Event Tracing for Windows: [`UserTrace`] and [`KernelTrace`] start real-time sessions and hand their
//! events to the same providers, filters and callbacks as [`etw_trace::FileTrace`] does for ETL files.
//!
//! The types exist on every platform with the same API, so one program builds everywhere and picks its source at
//! run time; off Windows [`UserTrace::start`] returns [`TraceError::Unsupported`](etw_trace::TraceError). The
//! Windows calls go through `windows-sys` in one private module; nothing of it appears in the public API.
//!
//! # What a live trace does
//!
//! - **Sessions.** Named or with a generated name (`etwkit-<pid>-<hex>`, so sessions orphaned by a crash are
//!   easy to find and [`stop_by_name`]); buffers of 256 KB x 64-128 by default ([`BufferSettings`], with a tuning
//!   guide); real-time delivery, optionally also written to an ETL file ([`UserTrace::etl_file`]); a running
//!   session of the same name replaced, attached to (e.g. `EventLog-Security`) or refused
//!   ([`ExistingSession`]). A trace writing an ETL file can put the schemas of the events it saw into it as
//!   EventMetadata events ([`SchemaRecorder`], [`LiveHandle::write_metadata`]), so the file decodes anywhere. `start` blocks; [`spawn`](UserTrace::spawn) runs it on a thread; a
//!   [`TraceHandle`](etw_trace::TraceHandle) or [`LiveHandle`] stops it from any thread; the session is stopped
//!   whichever way `start` returns. Losses are counted: [`LiveHandle::stats`] and the result of `start` carry the
//!   session's `EventsLost` and lost buffers ([`SessionStats`]).
//! - **Providers.** By GUID, or by name: the providers registered on the system (`TdhEnumerateProviders`, read
//!   once per process), else the GUID EventSource and TraceLogging derive from the name. Keywords (`any`/`all`),
//!   level and enable properties ([`enable_property`]) come from the [`Provider`](etw_trace::Provider);
//!   kernel-side filters (event ids, as the union of the provider's filters' ids; process ids; executable names)
//!   and rundown from [`EnableOptions`]. Providers enabled twice are merged into one enable call. A provider that
//!   cannot be enabled is reported to the error callback and the trace goes on with the others.
//! - **Kernel.** A private system-logger session by default, the classic NT Kernel Logger on request; krabsetw's
//!   kernel providers ([`etw_trace::kernel`]) set the enable flags ([`kernel::flags_for_class`]), and flags,
//!   extended group masks and stack walks can be given directly.
//! - **Events.** Each `EVENT_RECORD` becomes the [`EventRef`](etw_core::EventRef) the ETL reader produces:
//!   header fields are copied out with unaligned reads, payload and extended data items stay borrowed bytes (no
//!   `&[u16]` or `&T` is ever made over them). Classic and kernel events get the header kind `FULL_HEADER64`/`32`
//!   with the class GUID as provider id and the event type as opcode, WPP events `MESSAGE`, the others
//!   `EVENT_HEADER64`/`32`; timestamps are UTC `FILETIME`s already ([`Clock::SYSTEM_TIME`](etw_core::Clock)).
//!   The event lives only during the callback, and the callback's signature makes keeping it impossible.
//!   Schemas come from etwkit's own sources first (TraceLogging, EventSource, manifests, kernel layouts), then
//!   from TDH (`TdhGetEventInformation`, cached per event type, and per metadata for TraceLogging). Callbacks run
//!   under `catch_unwind`, and no panic crosses back into Windows.
//! - **MOF and WPP routing.** A MOF event carries the GUID of its class and a WPP event that of its message, not
//!   the GUID the session enabled. When that GUID is not an enabled one, the owner is found once per class (a
//!   control-GUID extended item, else TDH's `ProviderGuid`, as krabsetw does) and the event is handed to the
//!   providers as the owner's event: its `provider_id()` is then the enabled GUID, and its schema is still looked
//!   up by its class. Events whose owner cannot be found reach the default callback.
//!
//! # What was verified where
//!
//! The Windows code is compiled and linted (clippy, warnings denied) for `x86_64-pc-windows-msvc` and `-gnu`, and
//! the unit tests run on Linux and, for `-gnu`, under Wine. Wine implements no ETW, so the tests that need a real
//! session skip there and on Linux, and run only on a real Windows machine (as administrator); none was run here.
//! Everything that is not a system call (property and filter layouts, names and buffers, stats, the record
//! adapter, routing, provider lists, error mapping) is a plain function tested on every platform.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod error;
pub mod kernel;
pub mod metadata;
// The byte layouts, the session plan, the record adapter, enable requests and routing serve the Windows module;
// off Windows they are built only for their unit tests (plain functions, tested on every platform).
#[cfg(any(windows, test))]
mod layout;
mod options;
#[cfg(any(windows, test))]
mod plan;
pub mod providers;
#[cfg(any(windows, test))]
mod record;
#[cfg(any(windows, test))]
mod request;
#[cfg(any(windows, test))]
mod route;
mod stats;
mod trace;

#[cfg(windows)]
#[allow(unsafe_code)]
mod sys;
#[cfg(windows)]
use sys as platform;
#[cfg(not(windows))]
mod nosys;
#[cfg(not(windows))]
use nosys as platform;

use etw_core::Guid;
use etw_schema::SchemaSource;

pub use error::{LiveError, LiveErrorKind};
pub use kernel::{GroupMask, KernelFlags, StackEvent};
pub use metadata::SchemaRecorder;
pub use options::{
    check_session_name, enable_property, generated_session_name, BufferSettings, EnableOptions, ExistingSession,
    GENERATED_NAME_PREFIX, MAX_BUFFER_SIZE_KB, MAX_LOG_FILE_NAME, MAX_SESSION_NAME, MIN_BUFFER_SIZE_KB,
};
pub use providers::{ProviderDetails, ProviderField, ProviderInfo, SchemaKind};
pub use stats::SessionStats;
pub use trace::{query_session, sessions, stop_by_name, KernelTrace, LiveHandle, TraceState, UserTrace};

/// The providers registered on this system (`TdhEnumerateProviders`), sorted by name. Read once per process and
/// kept.
pub fn providers() -> Result<Vec<ProviderInfo>, LiveError> {
    platform::providers()
}

/// The GUID of the registered provider called `name` (case-insensitive), if there is one. [`UserTrace`] falls
/// back to [`Guid::from_provider_name`] for names that are not registered (EventSource and TraceLogging
/// providers).
pub fn resolve_provider(name: &str) -> Result<Option<Guid>, LiveError> {
    Ok(providers::find_provider(&platform::providers()?, name).map(|p| p.guid))
}

/// One provider in detail (by name or GUID): its keywords, levels, and, for manifest providers, its events with
/// their fields (`TdhEnumerateProviderFieldInformation`, `TdhEnumerateManifestProviderEvents`,
/// `TdhGetManifestEventInformation`).
pub fn provider_details(name_or_guid: &str) -> Result<ProviderDetails, LiveError> {
    platform::provider_details(name_or_guid)
}

/// TDH as a schema source, to add at the end of a [`SchemaRegistry`](etw_schema::SchemaRegistry) (what live
/// traces do): `None` off Windows, and under Wine, whose TDH aborts the process.
pub fn tdh_schema_source() -> Option<Box<dyn SchemaSource>> {
    platform::tdh_schema_source()
}

/// Runs `f` when the console gets Ctrl+C, Ctrl+Break or is closed, instead of ending the process at once (which
/// would leave a real-time session running with nobody reading it). Typically `f` stops the traces.
pub fn on_ctrl_c(f: impl Fn() + Send + Sync + 'static) -> Result<(), LiveError> {
    platform::on_ctrl_c(Box::new(f))
}

/// True when running under Wine (which implements no ETW): `ntdll.dll` exports `wine_get_version` only there.
/// Always false off Windows. Tests that need a real session skip when this is true.
pub fn running_under_wine() -> bool {
    platform::is_wine()
}
