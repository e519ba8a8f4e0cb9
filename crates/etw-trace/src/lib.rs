//! Traces, providers, event filters and callbacks: krabsetw's consumer model, the same for ETL files and (on
//! Windows, in `etw-live`) live sessions. [`Dispatcher`] is the part both share: it hands each event to the
//! providers, filters and callbacks.
//!
//! ```no_run
//! use etw_trace::{EventFilter, FileTrace, Provider};
//! use etw_filter::predicates::id_is;
//!
//! // Who sends TCP data: Microsoft-Windows-Kernel-Network, keyword 0x10 (IPv4), event 10.
//! let filter = EventFilter::new(id_is(10)).on_event(|_event, ctx| {
//!     if let Ok(parser) = ctx.parser() {
//!         if let Ok(pid) = parser.parse::<u32>("PID") {
//!             println!("process {pid} sent data");
//!         }
//!     }
//! });
//! let provider = Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10).filter(filter);
//! let mut trace = FileTrace::new(["network.etl"]);
//! trace.enable(provider);
//! let stats = trace.start()?;
//! println!("{} events, {} handled", stats.events_seen, stats.events_handled);
//! # Ok::<(), etw_trace::TraceError>(())
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod provider;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use etw_core::EventRef;
use etw_etl::{Damage, EtlError, EtlReader};
use etw_filter::{DecodeFailure, EventContext};
use etw_schema::sources::manifest::{LoadReport, ManifestError};
use etw_schema::{Decoder, SchemaRegistry};

pub use etw_store::StoreChoice;
pub use provider::{EventFilter, Provider, ProviderId, DEFAULT_LEVEL};

/// An event callback: the event and its context (schema, typed parser).
pub type Callback = Box<dyn FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send>;

/// An error callback.
pub type ErrorCallback = Box<dyn FnMut(&ErrorEvent<'_>) + Send>;

/// Something that went wrong during a trace without stopping it (except a callback panic).
#[derive(Debug)]
pub enum ErrorEvent<'a> {
    /// Part of a file could not be read and was skipped.
    Damage(&'a Damage),
    /// An event was asked for its properties (by a predicate or a callback) but has no schema or does not
    /// decode.
    Decode {
        /// The event.
        event: &'a EventRef<'a>,
        /// What went wrong.
        failure: &'a DecodeFailure,
    },
    /// A callback panicked; the trace stops.
    CallbackPanic {
        /// The panic message.
        message: &'a str,
    },
    /// A manifest given to the trace has a problem (a document that did not load, an unusable event); the
    /// trace runs with what loaded.
    Manifest(&'a ManifestError),
    /// The default schema store could not be read; the trace runs without it.
    Store(&'a etw_store::StoreError),
    /// A live session hit a problem that does not stop it, e.g. one provider could not be enabled while the
    /// others run. The message names the provider or setting and the Windows error.
    Session {
        /// What happened.
        message: &'a str,
    },
}

/// Why a trace could not run, or stopped early.
#[derive(Debug)]
pub enum TraceError {
    /// A file could not be opened or its logfile header is damaged.
    Open(EtlError),
    /// The schemas could not be set up: a manifest path or the store file asked for could not be read.
    Schemas(SchemaSetupError),
    /// A callback panicked; the trace stopped cleanly after it.
    CallbackPanic(String),
    /// Live tracing is not available here (not Windows).
    Unsupported(&'static str),
    /// A live session could not be started, or failed while running. The error is the live backend's own
    /// (`etwkit::live::LiveError`, with the Windows error code), reachable by downcasting.
    Session(Box<dyn std::error::Error + Send + Sync + 'static>),
}

impl std::fmt::Display for TraceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TraceError::Open(e) => write!(f, "{e}"),
            TraceError::Schemas(e) => write!(f, "{e}"),
            TraceError::CallbackPanic(m) => write!(f, "a callback panicked, trace stopped: {m}"),
            TraceError::Unsupported(what) => write!(f, "{what}"),
            TraceError::Session(e) => write!(f, "live session: {e}"),
        }
    }
}

impl std::error::Error for TraceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TraceError::Open(e) => Some(e),
            TraceError::Schemas(e) => Some(e),
            TraceError::Session(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

/// Counts of a trace, readable at any time through a [`TraceHandle`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TraceStats {
    /// Events read.
    pub events_seen: u64,
    /// Events that reached at least one provider or filter callback.
    pub events_handled: u64,
    /// Events the session lost (logfile headers of files; the session's count when live).
    pub events_lost: u64,
    /// Buffers the session lost: the logfile headers' count for files, the session's count when live.
    pub buffers_lost: u64,
    /// Places in files found damaged and skipped (a buffer, or the rest of a buffer after a damaged record);
    /// each also went to the error callback as [`ErrorEvent::Damage`].
    pub damaged: u64,
    /// Buffers read.
    pub buffers_read: u64,
    /// Errors reported to the error callback.
    pub errors: u64,
}

#[derive(Default)]
struct Shared {
    stop: AtomicBool,
    events_seen: AtomicU64,
    events_handled: AtomicU64,
    events_lost: AtomicU64,
    buffers_lost: AtomicU64,
    damaged: AtomicU64,
    buffers_read: AtomicU64,
    errors: AtomicU64,
}

/// Stops a trace and reads its counts, from any thread or from inside a callback (clone it into the closure).
#[derive(Clone, Default)]
pub struct TraceHandle {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for TraceHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TraceHandle").field("stopped", &self.is_stopped()).field("stats", &self.stats()).finish()
    }
}

impl TraceHandle {
    /// Asks the trace to stop; `start` returns after the event being handled.
    pub fn stop(&self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }

    /// True once stop was asked.
    pub fn is_stopped(&self) -> bool {
        self.shared.stop.load(Ordering::Relaxed)
    }

    /// The counts so far.
    pub fn stats(&self) -> TraceStats {
        let s = &self.shared;
        TraceStats {
            events_seen: s.events_seen.load(Ordering::Relaxed),
            events_handled: s.events_handled.load(Ordering::Relaxed),
            events_lost: s.events_lost.load(Ordering::Relaxed),
            buffers_lost: s.buffers_lost.load(Ordering::Relaxed),
            damaged: s.damaged.load(Ordering::Relaxed),
            buffers_read: s.buffers_read.load(Ordering::Relaxed),
            errors: s.errors.load(Ordering::Relaxed),
        }
    }
}

pub use etw_pipeline::Order;

/// The schema registry with every source etwkit has, in the documented order (see
/// [`etw_schema::SchemaRegistry`]): TraceLogging; what the trace itself carries; the manifests given; the
/// built-in schemas (Kernel-Network, the .NET runtime and the other providers of
/// [`etw_schema::sources::builtin`], then the kernel MOF layouts), with the default schema store (`etw schemas
/// import`, see [`etw_store::default_store_path`]) if there is one between the manifests and the built-ins. A
/// manifest given wins over a built-in schema of the same event. Manifests are files or directories. Returns the
/// registry and what setting it up met ([`SchemaReport`]: manifests that did not load, unusable events, a damaged
/// default store left out); only a manifest path that cannot be read at all is an error.
pub fn default_registry(manifests: &[PathBuf]) -> Result<(SchemaRegistry, SchemaReport), SchemaSetupError> {
    registry_with_store(manifests, &StoreChoice::Default)
}

/// What setting the schemas up met that did not stop it.
#[derive(Debug, Default)]
pub struct SchemaReport {
    /// What loading the manifests did: its `errors` (documents that did not load) and `warnings` (unusable
    /// events, unknown names), each with file, line and column.
    pub manifests: LoadReport,
    /// The default store could not be read and was left out.
    pub store: Option<etw_store::StoreError>,
}

impl SchemaReport {
    /// Each problem, as a line for the user.
    pub fn lines(&self) -> Vec<String> {
        let m = &self.manifests;
        let mut lines: Vec<String> = m.errors.iter().chain(&m.warnings).map(ToString::to_string).collect();
        lines.extend(self.store.iter().map(|e| format!("{e} (the store is not used)")));
        lines
    }
}

/// Why the schemas could not be set up.
#[derive(Debug)]
pub enum SchemaSetupError {
    /// A manifest path could not be read.
    Manifest(ManifestError),
    /// The store file asked for could not be read.
    Store(etw_store::StoreError),
}

impl std::fmt::Display for SchemaSetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaSetupError::Manifest(e) => write!(f, "manifest: {e}"),
            SchemaSetupError::Store(e) => write!(f, "schema store: {e}"),
        }
    }
}

impl std::error::Error for SchemaSetupError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SchemaSetupError::Manifest(e) => Some(e),
            SchemaSetupError::Store(e) => Some(e),
        }
    }
}

/// As [`default_registry`], with the schema store chosen: the default one (missing is fine, damaged is a
/// problem reported and the store left out), a file (which must exist and read), or none.
pub fn registry_with_store(
    manifests: &[PathBuf],
    store: &StoreChoice,
) -> Result<(SchemaRegistry, SchemaReport), SchemaSetupError> {
    use etw_schema::sources;
    let mut r = SchemaRegistry::new();
    let mut report = SchemaReport::default();
    r.add(Box::new(sources::tracelogging::TraceLoggingSource::new()));
    r.add(Box::new(sources::event_metadata::EventMetadataSource::new()));
    r.add(Box::new(sources::eventsource::InBandManifestSource::new()));
    if !manifests.is_empty() {
        let mut m = sources::manifest::ManifestSource::new();
        for path in manifests {
            report.manifests.absorb(m.load_path(path).map_err(SchemaSetupError::Manifest)?);
        }
        r.add(Box::new(m));
    }
    match store.open_reader() {
        Ok(Some(s)) => {
            r.add(Box::new(etw_store::StoreSource::new(s)));
        }
        Ok(None) => {}
        Err(e) if matches!(store, StoreChoice::File(_)) => return Err(SchemaSetupError::Store(e)),
        Err(e) => report.store = Some(e),
    }
    r.add(Box::new(sources::kernel_network::KernelNetworkSource::new()));
    r.add(Box::new(sources::builtin::BuiltinSource::new()));
    r.add(Box::new(sources::kernel::KernelMofSource::new()));
    Ok((r, report))
}

/// The learning pass: lets the schema sources that learn from the trace itself (EventMetadata events, EventSource
/// manifests) see every event of `files` before decoding starts, since such metadata may come after the events it
/// describes. Files that do not open and damage are skipped here; the decoding pass reports them.
/// It runs on every core ([`etw_pipeline::default_threads`]); what is learned does not depend on the number.
pub fn learn_from_files(registry: &mut SchemaRegistry, files: &[PathBuf]) {
    etw_pipeline::learn_from_paths(registry, files, etw_pipeline::default_threads());
}

/// Dispatches events to providers, filters and callbacks: the part a file trace and a live session share.
pub struct Dispatcher {
    handlers: Handlers,
    registry: SchemaRegistry,
    decoder: Decoder,
}

/// The providers and callbacks of a dispatcher, apart from its schemas (so both can be borrowed at once).
struct Handlers {
    providers: Vec<Provider>,
    default_callback: Option<Callback>,
    error_callback: Option<ErrorCallback>,
    handle: TraceHandle,
    panic: Option<String>,
}

impl Dispatcher {
    /// A dispatcher over `providers` looking schemas up in `registry`.
    pub fn new(providers: Vec<Provider>, registry: SchemaRegistry, handle: TraceHandle) -> Dispatcher {
        Dispatcher {
            handlers: Handlers { providers, default_callback: None, error_callback: None, handle, panic: None },
            registry,
            decoder: Decoder::new(),
        }
    }

    /// Sets the callback for events no provider or filter handled.
    pub fn set_default_callback(&mut self, cb: Option<Callback>) {
        self.handlers.default_callback = cb;
    }

    /// Sets the error callback.
    pub fn set_error_callback(&mut self, cb: Option<ErrorCallback>) {
        self.handlers.error_callback = cb;
    }

    /// The schema registry (to let it learn from events before dispatching).
    pub fn registry(&mut self) -> &mut SchemaRegistry {
        &mut self.registry
    }

    /// A callback panicked: its message.
    pub fn panicked(&self) -> Option<&str> {
        self.handlers.panic.as_deref()
    }

    /// Reports a problem with a manifest to the error callback.
    pub fn manifest_problem(&mut self, problem: &ManifestError) {
        self.handlers.report(&ErrorEvent::Manifest(problem));
    }

    /// Reports damage to the error callback.
    pub fn damage(&mut self, d: &Damage) {
        self.handlers.handle.shared.damaged.fetch_add(1, Ordering::Relaxed);
        self.handlers.report(&ErrorEvent::Damage(d));
    }

    /// Hands one event to the providers, filters and callbacks, looking its schema up in the dispatcher's own
    /// registry. Returns false once the trace should stop.
    pub fn dispatch(&mut self, ev: &EventRef<'_>) -> bool {
        let mut ctx = EventContext::new(ev, &mut self.registry, &mut self.decoder);
        self.handlers.dispatch(ev, &mut ctx)
    }

    /// Hands one event to the providers, filters and callbacks, with a context made by the caller (a pipeline's,
    /// which may already have looked the schema up or decoded). Returns false once the trace should stop.
    pub fn dispatch_with(&mut self, ev: &EventRef<'_>, ctx: &mut EventContext<'_, '_>) -> bool {
        self.handlers.dispatch(ev, ctx)
    }
}

impl Handlers {
    fn report(&mut self, e: &ErrorEvent<'_>) {
        self.handle.shared.errors.fetch_add(1, Ordering::Relaxed);
        if let Some(cb) = self.error_callback.as_mut() {
            cb(e);
        }
    }

    /// Runs `cb` on the event, catching a panic (which stops the trace).
    fn call(cb: &mut Callback, ev: &EventRef<'_>, ctx: &mut EventContext<'_, '_>) -> Result<(), String> {
        catch_unwind(AssertUnwindSafe(|| cb(ev, ctx))).map_err(|payload| {
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a callback panicked".to_owned())
        })
    }

    fn dispatch(&mut self, ev: &EventRef<'_>, ctx: &mut EventContext<'_, '_>) -> bool {
        if self.handle.is_stopped() {
            return false;
        }
        self.handle.shared.events_seen.fetch_add(1, Ordering::Relaxed);
        let mut handled = false;
        let mut panic = None;
        'providers: for p in &mut self.providers {
            if !p.accepts(ev) || !p.owns(ctx) {
                continue;
            }
            for cb in &mut p.callbacks {
                handled = true;
                if let Err(m) = Handlers::call(cb, ev, ctx) {
                    panic = Some(m);
                    break 'providers;
                }
            }
            for f in &mut p.filters {
                if !f.test(ctx) {
                    continue;
                }
                for cb in &mut f.callbacks {
                    handled = true;
                    if let Err(m) = Handlers::call(cb, ev, ctx) {
                        panic = Some(m);
                        break 'providers;
                    }
                }
            }
        }
        if !handled && panic.is_none() {
            if let Some(cb) = self.default_callback.as_mut() {
                if let Err(m) = Handlers::call(cb, ev, ctx) {
                    panic = Some(m);
                }
            }
        }
        if handled {
            self.handle.shared.events_handled.fetch_add(1, Ordering::Relaxed);
        }
        if let Some(f) = ctx.failure() {
            self.report(&ErrorEvent::Decode { event: ev, failure: &f });
        }
        if let Some(m) = panic {
            self.report(&ErrorEvent::CallbackPanic { message: &m });
            self.panic = Some(m);
            self.handle.stop();
            return false;
        }
        !self.handle.is_stopped()
    }
}

/// A file trace's dispatcher as the consumer of a pipeline.
impl etw_pipeline::Consumer for Dispatcher {
    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) -> bool {
        self.dispatch_with(event, cx)
    }

    fn problem(&mut self, problem: etw_pipeline::Problem<'_>) {
        match problem {
            etw_pipeline::Problem::Damage { damage, .. } => self.damage(damage),
            // Files are opened (and refused) before the pipeline runs.
            etw_pipeline::Problem::Open(_) => {}
        }
    }
}

/// A trace over one or more ETL files: the same providers, filters and callbacks as a live session, on any OS.
pub struct FileTrace {
    files: Vec<PathBuf>,
    name: Option<String>,
    order: Order,
    manifests: Vec<PathBuf>,
    store: StoreChoice,
    providers: Vec<Provider>,
    default_callback: Option<Callback>,
    error_callback: Option<ErrorCallback>,
    handle: TraceHandle,
}

impl std::fmt::Debug for FileTrace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileTrace")
            .field("files", &self.files)
            .field("name", &self.name)
            .field("order", &self.order)
            .field("providers", &self.providers)
            .finish()
    }
}

impl FileTrace {
    /// A trace over these files (in timestamp order by default).
    pub fn new<P: Into<PathBuf>>(files: impl IntoIterator<Item = P>) -> FileTrace {
        FileTrace {
            files: files.into_iter().map(Into::into).collect(),
            name: None,
            order: Order::Time,
            manifests: Vec::new(),
            store: StoreChoice::Default,
            providers: Vec::new(),
            default_callback: None,
            error_callback: None,
            handle: TraceHandle::default(),
        }
    }

    /// Names the trace (for messages; a file trace has no session).
    pub fn named(mut self, name: &str) -> FileTrace {
        self.name = Some(name.to_owned());
        self
    }

    /// The trace's name, if given.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Sets the order events are delivered in.
    pub fn order(mut self, order: Order) -> FileTrace {
        self.order = order;
        self
    }

    /// Adds instrumentation manifests (files or directories) to decode with.
    pub fn manifests(mut self, path: impl Into<PathBuf>) -> FileTrace {
        self.manifests.push(path.into());
        self
    }

    /// Decodes with the schema store in `path` (made by `etw schemas import`) instead of the default store
    /// ([`etw_store::default_store_path`], used when it exists). A store that cannot be read makes
    /// [`start`](FileTrace::start) fail.
    pub fn store(mut self, path: impl Into<PathBuf>) -> FileTrace {
        self.store = StoreChoice::File(path.into());
        self
    }

    /// Decodes without any schema store, not even the default one.
    pub fn no_store(mut self) -> FileTrace {
        self.store = StoreChoice::None;
        self
    }

    /// Enables a provider.
    pub fn enable(&mut self, provider: Provider) -> &mut FileTrace {
        self.providers.push(provider);
        self
    }

    /// Sets the callback for events that no provider callback or filter handled (krabsetw's default callback).
    pub fn on_default_event(
        &mut self,
        cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static,
    ) -> &mut FileTrace {
        self.default_callback = Some(Box::new(cb));
        self
    }

    /// Sets the error callback: damage in files, events that do not decode, callback panics. Errors never stop
    /// the trace, except a panic.
    pub fn on_error(&mut self, cb: impl FnMut(&ErrorEvent<'_>) + Send + 'static) -> &mut FileTrace {
        self.error_callback = Some(Box::new(cb));
        self
    }

    /// A handle to stop the trace and read its counts from another thread or a callback.
    pub fn handle(&self) -> TraceHandle {
        self.handle.clone()
    }

    /// The counts so far.
    pub fn stats(&self) -> TraceStats {
        self.handle.stats()
    }

    /// Reads the files and hands their events to the providers; blocks until every event is read or the trace
    /// is stopped. The providers and callbacks are used up: a trace runs once.
    pub fn start(&mut self) -> Result<TraceStats, TraceError> {
        let (registry, report) = registry_with_store(&self.manifests, &self.store).map_err(TraceError::Schemas)?;
        let mut d = Dispatcher::new(std::mem::take(&mut self.providers), SchemaRegistry::new(), self.handle.clone());
        d.set_default_callback(self.default_callback.take());
        d.set_error_callback(self.error_callback.take());
        for problem in report.manifests.errors.iter().chain(&report.manifests.warnings) {
            d.manifest_problem(problem);
        }
        if let Some(e) = &report.store {
            d.handlers.report(&ErrorEvent::Store(e));
        }
        let shared = &self.handle.shared;
        // Every file must open (a trace over files it cannot read is an error, not a warning).
        for f in &self.files {
            let r = EtlReader::open(f).map_err(TraceError::Open)?;
            shared.events_lost.fetch_add(r.logfile_header().events_lost.into(), Ordering::Relaxed);
            shared.buffers_lost.fetch_add(r.logfile_header().buffers_lost.into(), Ordering::Relaxed);
        }
        let summary = etw_pipeline::Pipeline::new(&self.files).order(self.order).schemas(registry).for_each(&mut d);
        shared.buffers_read.store(summary.counts.buffers, Ordering::Relaxed);
        if let Some(m) = d.panicked() {
            return Err(TraceError::CallbackPanic(m.to_owned()));
        }
        Ok(self.handle.stats())
    }

    /// Starts the trace on a thread of its own; join the handle for the result. Stop it with
    /// [`handle`](FileTrace::handle), taken before.
    pub fn spawn(mut self) -> std::thread::JoinHandle<Result<TraceStats, TraceError>> {
        std::thread::spawn(move || self.start())
    }
}

/// krabsetw's kernel providers, by the kernel class GUID their events carry. On a file trace they select the
/// kernel events of NT Kernel Logger traces; on Windows they also set the kernel enable flags.
pub mod kernel {
    use etw_core::KernelGroup;

    use super::Provider;

    fn of(group: KernelGroup) -> Provider {
        Provider::new(group.class_guid().unwrap_or(etw_core::Guid::ZERO))
    }

    /// Process start, end and rundown.
    pub fn process() -> Provider {
        of(KernelGroup::PROCESS)
    }
    /// Thread start, end, context switches.
    pub fn thread() -> Provider {
        of(KernelGroup::THREAD)
    }
    /// Image loads and unloads.
    pub fn image_load() -> Provider {
        of(KernelGroup::IMAGE)
    }
    /// Disk I/O.
    pub fn disk_io() -> Provider {
        of(KernelGroup::IO)
    }
    /// File I/O.
    pub fn file_io() -> Provider {
        of(KernelGroup::FILE)
    }
    /// TCP/IP send, receive, connect, accept, ...
    pub fn network_tcpip() -> Provider {
        of(KernelGroup::TCPIP)
    }
    /// UDP/IP send and receive.
    pub fn network_udpip() -> Provider {
        of(KernelGroup::UDPIP)
    }
    /// Registry.
    pub fn registry() -> Provider {
        of(KernelGroup::REGISTRY)
    }
    /// Page faults.
    pub fn page_fault() -> Provider {
        of(KernelGroup::MEMORY)
    }
    /// PerfInfo: sampled profile, system calls, ISRs, DPCs.
    pub fn perf_info() -> Provider {
        of(KernelGroup::PERFINFO)
    }
    /// Stack walks.
    pub fn stack_walk() -> Provider {
        of(KernelGroup::STACKWALK)
    }
    /// ALPC.
    pub fn alpc() -> Provider {
        of(KernelGroup::ALPC)
    }
    /// System configuration rundown.
    pub fn system_config() -> Provider {
        of(KernelGroup::CONFIG)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn session_errors_keep_the_backend_error_as_their_source() {
        let inner = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "StartTraceW failed: access denied");
        let e = TraceError::Session(Box::new(inner));
        assert_eq!(e.to_string(), "live session: StartTraceW failed: access denied");
        let source = e.source().and_then(|s| s.downcast_ref::<std::io::Error>());
        assert_eq!(source.map(std::io::Error::kind), Some(std::io::ErrorKind::PermissionDenied));
        assert!(TraceError::Unsupported("not here").source().is_none());
    }
}
