//! `UserTrace` and `KernelTrace`: the same API as [`etw_trace::FileTrace`], on a live session.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use etw_core::EventRef;
use etw_filter::EventContext;
use etw_schema::sources::event_metadata::MetadataEvent;
use etw_trace::{Callback, ErrorCallback, ErrorEvent, Provider, TraceError, TraceHandle, TraceStats};

use crate::error::LiveError;
use crate::kernel::{GroupMask, KernelFlags, StackEvent, KERNEL_LOGGER_NAME};
use crate::options::{generated_session_name, BufferSettings, EnableOptions, ExistingSession};
use crate::stats::SessionStats;

/// Where a live trace is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceState {
    /// `start` was not called yet.
    NotStarted,
    /// The session is being set up.
    Starting,
    /// Events are being processed.
    Running,
    /// `start` returned after running.
    Stopped,
    /// `start` returned an error.
    Failed,
}

impl TraceState {
    fn from_u8(v: u8) -> TraceState {
        match v {
            1 => TraceState::Starting,
            2 => TraceState::Running,
            3 => TraceState::Stopped,
            4 => TraceState::Failed,
            _ => TraceState::NotStarted,
        }
    }
}

/// What a live trace shares with its handles.
#[derive(Debug, Default)]
pub(crate) struct LiveShared {
    state: AtomicU8,
    pub buffers_read: AtomicU64,
    session_name: Mutex<String>,
    session_stats: Mutex<Option<SessionStats>>,
    problems: Mutex<Vec<String>>,
    /// EventMetadata events waiting to be written into the session.
    metadata: Mutex<Vec<MetadataEvent>>,
}

impl LiveShared {
    pub fn set_state(&self, s: TraceState) {
        self.state.store(s as u8, Ordering::Release);
    }

    pub fn state(&self) -> TraceState {
        TraceState::from_u8(self.state.load(Ordering::Acquire))
    }

    #[cfg(any(windows, test))]
    pub fn set_session_stats(&self, s: SessionStats) {
        if let Ok(mut g) = self.session_stats.lock() {
            *g = Some(s);
        }
    }

    pub fn session_stats(&self) -> Option<SessionStats> {
        self.session_stats.lock().ok().and_then(|g| *g)
    }

    #[cfg(any(windows, test))]
    pub fn add_problem(&self, p: String) {
        if let Ok(mut g) = self.problems.lock() {
            g.push(p);
        }
    }

    pub fn problems(&self) -> Vec<String> {
        self.problems.lock().map(|g| g.clone()).unwrap_or_default()
    }

    pub fn set_session_name(&self, name: &str) {
        if let Ok(mut g) = self.session_name.lock() {
            name.clone_into(&mut g);
        }
    }

    /// The EventMetadata events queued so far, taken.
    #[cfg(any(windows, test))]
    pub fn take_metadata(&self) -> Vec<MetadataEvent> {
        self.metadata.lock().map(|mut g| std::mem::take(&mut *g)).unwrap_or_default()
    }

    fn session_name(&self) -> String {
        self.session_name.lock().map(|g| g.clone()).unwrap_or_default()
    }
}

/// A handle to a live trace: stop it, wait for it to run, read its counts and the session's, from any thread.
/// ([`UserTrace::handle`] gives the plain [`TraceHandle`] a file trace gives; this one knows the session.)
#[derive(Clone, Debug)]
pub struct LiveHandle {
    trace: TraceHandle,
    live: Arc<LiveShared>,
}

impl LiveHandle {
    /// Asks the trace to stop: the session is stopped (or, when attached to someone else's session, the
    /// consumer is closed) within about 50 ms, and `start` returns once the events already delivered are handled.
    pub fn stop(&self) {
        self.trace.stop();
    }

    /// Where the trace is in its life.
    pub fn state(&self) -> TraceState {
        self.live.state()
    }

    /// Queues EventMetadata events (see [`SchemaRecorder`](crate::SchemaRecorder)) to be written into the
    /// session, and so into its ETL file ([`UserTrace::etl_file`]), as classic events of KernelTraceControl's
    /// metadata class: the trace writes them within about 50 ms, and those still queued right before it stops
    /// the session. Only a user trace's own session takes them (not the kernel's, nor one attached to); events
    /// that could not be written are counted in [`problems`](Self::problems). The session delivers them in real
    /// time too: [`is_metadata_event`](crate::metadata::is_metadata_event) tells them apart.
    pub fn write_metadata(&self, events: Vec<MetadataEvent>) {
        if let Ok(mut g) = self.live.metadata.lock() {
            g.extend(events);
        }
    }

    /// Waits until the trace processes events (`true`), or until it ended, failed or `timeout` passed (`false`).
    pub fn wait_running(&self, timeout: Duration) -> bool {
        let end = Instant::now() + timeout;
        loop {
            match self.state() {
                TraceState::Running => return true,
                TraceState::Stopped | TraceState::Failed => return false,
                _ if Instant::now() >= end => return false,
                _ => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }

    /// The counts so far: the consumer's (events seen and handled, buffers received, errors) with the session's
    /// losses as last queried (every second while running, and at the end).
    pub fn stats(&self) -> TraceStats {
        merged_stats(&self.trace, &self.live)
    }

    /// The session's own counters as last queried (every second while running, and at the end).
    pub fn session_stats(&self) -> Option<SessionStats> {
        self.live.session_stats()
    }

    /// Queries the session now (`ControlTrace` query).
    pub fn query_stats(&self) -> Result<SessionStats, LiveError> {
        query_session(&self.session_name())?.ok_or_else(|| {
            LiveError::win32("ControlTraceW", crate::error::code::WMI_INSTANCE_NOT_FOUND, self.session_name())
        })
    }

    /// The session's name.
    pub fn session_name(&self) -> String {
        self.live.session_name()
    }

    /// What went wrong without stopping the trace: providers that could not be enabled, kernel-side filters left
    /// out, settings Windows refused. Each was also reported to the error callback.
    pub fn problems(&self) -> Vec<String> {
        self.live.problems()
    }
}

fn merged_stats(trace: &TraceHandle, live: &LiveShared) -> TraceStats {
    let mut s = trace.stats();
    s.buffers_read = live.buffers_read.load(Ordering::Relaxed);
    s.errors += live.problems().len() as u64;
    match live.session_stats() {
        Some(session) => session.apply(s),
        None => s,
    }
}

/// What kind of session a trace starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    User,
    Kernel { classic: bool, flags: KernelFlags, group_mask: GroupMask, stacks: Vec<StackEvent> },
}

/// Everything a live trace holds before it starts.
pub(crate) struct Core {
    pub name: String,
    pub mode: Mode,
    pub buffers: BufferSettings,
    pub existing: ExistingSession,
    pub etl: Option<PathBuf>,
    pub manifests: Vec<PathBuf>,
    pub providers: Vec<(Provider, EnableOptions)>,
    pub default_callback: Option<Callback>,
    pub error_callback: Option<ErrorCallback>,
    pub handle: TraceHandle,
    pub live: Arc<LiveShared>,
}

impl Core {
    fn new(mode: Mode) -> Core {
        let name = match mode {
            Mode::Kernel { classic: true, .. } => KERNEL_LOGGER_NAME.to_owned(),
            _ => generated_session_name(),
        };
        let live = Arc::new(LiveShared::default());
        live.set_session_name(&name);
        Core {
            name,
            mode,
            buffers: BufferSettings::default(),
            existing: ExistingSession::default(),
            etl: None,
            manifests: Vec::new(),
            providers: Vec::new(),
            default_callback: None,
            error_callback: None,
            handle: TraceHandle::default(),
            live,
        }
    }

    fn set_name(&mut self, name: &str) {
        name.clone_into(&mut self.name);
        self.live.set_session_name(name);
    }

    fn live_handle(&self) -> LiveHandle {
        LiveHandle { trace: self.handle.clone(), live: self.live.clone() }
    }

    fn start(&mut self) -> Result<TraceStats, TraceError> {
        self.live.set_state(TraceState::Starting);
        let r = self.run();
        self.live.set_state(if r.is_ok() { TraceState::Stopped } else { TraceState::Failed });
        r
    }

    fn run(&mut self) -> Result<TraceStats, TraceError> {
        crate::platform::run(self)
    }

    #[cfg(any(windows, test))]
    /// Reports a problem that does not stop the trace: to the error callback (as an [`ErrorEvent::Session`]) and
    /// to [`LiveHandle::problems`].
    pub fn report(&mut self, reason: String) {
        report_to(self.error_callback.as_mut(), &self.live, reason);
    }

    /// The final counts.
    pub fn stats(&self) -> TraceStats {
        merged_stats(&self.handle, &self.live)
    }
}

#[cfg(any(windows, test))]
/// See [`Core::report`].
pub(crate) fn report_to(cb: Option<&mut ErrorCallback>, live: &LiveShared, reason: String) {
    if let Some(cb) = cb {
        cb(&ErrorEvent::Session { message: &reason });
    }
    live.add_problem(reason);
}

macro_rules! common_api {
    ($t:ident) => {
        impl $t {
            /// Uses this session name instead of a generated one (`etwkit-<pid>-<16 hex digits>`). A session
            /// of that name already running is handled as [`existing`](Self::existing) says.
            pub fn named(mut self, name: &str) -> $t {
                self.core.set_name(name);
                self
            }

            /// The session name.
            pub fn name(&self) -> &str {
                &self.core.name
            }

            /// Sets the session's buffers (see [`BufferSettings`] for the defaults and for tuning).
            pub fn buffers(mut self, buffers: BufferSettings) -> $t {
                self.core.buffers = buffers;
                self
            }

            /// What to do when a session of this name is already running (default: replace it).
            pub fn existing(mut self, policy: ExistingSession) -> $t {
                self.core.existing = policy;
                self
            }

            /// Also writes the session's events to this ETL file (sequential, alongside real-time delivery).
            pub fn etl_file(mut self, path: impl Into<PathBuf>) -> $t {
                self.core.etl = Some(path.into());
                self
            }

            /// Adds instrumentation manifests (files or directories) to decode with, before TDH is asked.
            pub fn manifests(mut self, path: impl Into<PathBuf>) -> $t {
                self.core.manifests.push(path.into());
                self
            }

            /// Enables a provider.
            pub fn enable(&mut self, provider: Provider) -> &mut $t {
                self.core.providers.push((provider, EnableOptions::default()));
                self
            }

            /// Enables a provider with live-only options (kernel-side filters, rundown).
            pub fn enable_with(&mut self, provider: Provider, options: EnableOptions) -> &mut $t {
                self.core.providers.push((provider, options));
                self
            }

            /// Sets the callback for events that no provider callback or filter handled (krabsetw's default
            /// callback).
            pub fn on_default_event(
                &mut self,
                cb: impl FnMut(&EventRef<'_>, &mut EventContext<'_, '_>) + Send + 'static,
            ) -> &mut $t {
                self.core.default_callback = Some(Box::new(cb));
                self
            }

            /// Sets the error callback: events that do not decode, callback panics, and problems that do not stop
            /// the trace (a provider that could not be enabled, a kernel-side filter Windows refused), which arrive
            /// as [`ErrorEvent::Session`].
            pub fn on_error(&mut self, cb: impl FnMut(&ErrorEvent<'_>) + Send + 'static) -> &mut $t {
                self.core.error_callback = Some(Box::new(cb));
                self
            }

            /// A handle to stop the trace and read its counts from another thread or a callback.
            pub fn handle(&self) -> TraceHandle {
                self.core.handle.clone()
            }

            /// A handle that also knows the session: its state, its loss counters, problems.
            pub fn live_handle(&self) -> LiveHandle {
                self.core.live_handle()
            }

            /// The counts so far, with the session's losses.
            pub fn stats(&self) -> TraceStats {
                self.core.stats()
            }

            /// Queries the session's counters now (while it runs; see [`LiveHandle::query_stats`] from another
            /// thread).
            pub fn query_stats(&self) -> Result<SessionStats, LiveError> {
                self.live_handle().query_stats()
            }

            /// Starts the session, enables the providers and hands events to them on the calling thread; blocks
            /// until the trace is stopped ([`TraceHandle::stop`] from any thread or callback), the session is
            /// stopped from outside, or a callback panics. The session is stopped when `start` returns, whatever
            /// the way out (a session it attached to is left running). The providers and callbacks are used up: a
            /// trace runs once.
            ///
            /// Off Windows this returns [`TraceError::Unsupported`]. Other failures are [`TraceError::Session`]
            /// with a [`LiveError`] inside ([`LiveError::of_trace_error`]).
            pub fn start(&mut self) -> Result<TraceStats, TraceError> {
                self.core.start()
            }

            /// Starts the trace on a thread of its own; join the handle for the result. Take a
            /// [`handle`](Self::handle) or [`live_handle`](Self::live_handle) before, to stop it.
            pub fn spawn(mut self) -> std::thread::JoinHandle<Result<TraceStats, TraceError>> {
                std::thread::spawn(move || self.start())
            }
        }

        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($t))
                    .field("name", &self.core.name)
                    .field("mode", &self.core.mode)
                    .field("buffers", &self.core.buffers)
                    .field("existing", &self.core.existing)
                    .field("etl", &self.core.etl)
                    .field("providers", &self.core.providers)
                    .finish()
            }
        }
    };
}

/// A live session of user-mode (manifest, TraceLogging, EventSource, MOF, WPP) providers: krabsetw's
/// `user_trace`, with [`etw_trace::FileTrace`]'s API.
///
/// ```no_run
/// use etw_live::UserTrace;
/// use etw_trace::{EventFilter, Provider};
/// use etw_filter::predicates::id_is;
///
/// let filter = EventFilter::new(id_is(10)).on_event(|_event, ctx| {
///     if let Ok(p) = ctx.parser() {
///         println!("pid {:?} sent {:?} bytes", p.parse::<u32>("PID"), p.parse::<u32>("size"));
///     }
/// });
/// let mut trace = UserTrace::new();
/// trace.enable(Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10).filter(filter));
/// let handle = trace.handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_secs(10));
///     handle.stop();
/// });
/// let stats = trace.start()?; // blocks for ten seconds
/// println!("{} events, {} lost", stats.events_seen, stats.events_lost);
/// # Ok::<(), etw_trace::TraceError>(())
/// ```
pub struct UserTrace {
    pub(crate) core: Core,
}

impl Default for UserTrace {
    fn default() -> Self {
        UserTrace::new()
    }
}

impl UserTrace {
    /// A trace with a session name of its own (see [`named`](Self::named)).
    pub fn new() -> UserTrace {
        UserTrace { core: Core::new(Mode::User) }
    }
}

common_api!(UserTrace);

/// A live session of kernel events: krabsetw's `kernel_trace`, with [`etw_trace::FileTrace`]'s API.
///
/// By default a private session in system logger mode (`EVENT_TRACE_SYSTEM_LOGGER_MODE`, Windows 8 and later:
/// several can run at once); [`classic`](Self::classic) uses the one "NT Kernel Logger" instead. Kernel
/// providers ([`etw_trace::kernel`]) set the enable flags ([`kernel::flags_for_class`](crate::kernel::flags_for_class));
/// [`flags`](Self::flags), [`group_mask`](Self::group_mask) and [`stack_walk`](Self::stack_walk) add more.
///
/// ```no_run
/// use etw_live::KernelTrace;
/// use etw_trace::kernel;
///
/// let mut trace = KernelTrace::new();
/// trace.enable(kernel::process().on_event(|event, ctx| {
///     if let Ok(p) = ctx.parser() {
///         println!("{} {:?}", event.opcode(), p.parse::<String>("ImageFileName"));
///     }
/// }));
/// trace.start()?;
/// # Ok::<(), etw_trace::TraceError>(())
/// ```
pub struct KernelTrace {
    pub(crate) core: Core,
}

impl Default for KernelTrace {
    fn default() -> Self {
        KernelTrace::new()
    }
}

impl KernelTrace {
    /// A private kernel session with a name of its own.
    pub fn new() -> KernelTrace {
        KernelTrace {
            core: Core::new(Mode::Kernel {
                classic: false,
                flags: KernelFlags::NONE,
                group_mask: GroupMask::default(),
                stacks: Vec::new(),
            }),
        }
    }

    /// Uses the classic "NT Kernel Logger" session (one per system; Windows 7, or tools that need it). Replacing
    /// it (the default for a running session) stops whatever other tool was using it.
    pub fn classic(mut self) -> KernelTrace {
        if let Mode::Kernel { classic, .. } = &mut self.core.mode {
            *classic = true;
        }
        self.core.set_name(KERNEL_LOGGER_NAME);
        self
    }

    /// Adds enable flags (on top of those the enabled kernel providers stand for).
    pub fn flags(mut self, more: KernelFlags) -> KernelTrace {
        if let Mode::Kernel { flags, .. } = &mut self.core.mode {
            *flags |= more;
        }
        self
    }

    /// Adds an extended group (a `PERF_*` constant such as [`PERF_OB_HANDLE`](crate::kernel::PERF_OB_HANDLE)),
    /// set through `TraceSetInformation(TraceSystemTraceEnableFlagsInfo)` after the session starts.
    pub fn group_mask(mut self, group: u32) -> KernelTrace {
        if let Mode::Kernel { group_mask, .. } = &mut self.core.mode {
            group_mask.set(group);
        }
        self
    }

    /// Captures the call stack of this kernel event (`TraceSetInformation(TraceStackTracingInfo)`); the stacks
    /// arrive as separate StackWalk events (enable [`etw_trace::kernel::stack_walk`] to receive them).
    pub fn stack_walk(mut self, event: StackEvent) -> KernelTrace {
        if let Mode::Kernel { stacks, .. } = &mut self.core.mode {
            if !stacks.contains(&event) {
                stacks.push(event);
            }
        }
        self
    }
}

common_api!(KernelTrace);

/// Stops the session called `name` (e.g. one orphaned by a crash); its final counters, or `None` if no such
/// session runs.
pub fn stop_by_name(name: &str) -> Result<Option<SessionStats>, LiveError> {
    crate::options::check_session_name(name)?;
    crate::platform::control_by_name(name, true)
}

/// The counters of the session called `name`, or `None` if no such session runs.
pub fn query_session(name: &str) -> Result<Option<SessionStats>, LiveError> {
    crate::options::check_session_name(name)?;
    crate::platform::control_by_name(name, false)
}

/// The names of the sessions running on the system (`QueryAllTraces`, up to 64).
pub fn sessions() -> Result<Vec<String>, LiveError> {
    crate::platform::session_names()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_handles() {
        let t = UserTrace::new();
        assert!(t.name().starts_with("etwkit-"));
        assert_ne!(UserTrace::new().name(), t.name());
        let t = t.named("mine");
        assert_eq!(t.name(), "mine");
        let h = t.live_handle();
        assert_eq!(h.session_name(), "mine");
        assert_eq!(h.state(), TraceState::NotStarted);
        assert!(!h.wait_running(Duration::from_millis(1)));
        assert_eq!(h.stats(), TraceStats::default());
        assert!(format!("{t:?}").contains("mine"));
    }

    #[test]
    fn metadata_queued_on_a_handle_reaches_the_session_side_once() {
        let t = UserTrace::new();
        let h = t.live_handle();
        let e = |n: u8| MetadataEvent { opcode: 32, payload: vec![n] };
        h.write_metadata(vec![e(1), e(2)]);
        h.clone().write_metadata(vec![e(3)]);
        assert_eq!(t.core.live.take_metadata(), [e(1), e(2), e(3)]);
        assert!(t.core.live.take_metadata().is_empty());
    }

    #[test]
    fn problems_reach_the_error_callback_and_the_handle() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let mut t = UserTrace::new();
        t.on_error(move |e| {
            if let ErrorEvent::Session { message } = e {
                s.lock().unwrap().push((*message).to_owned());
            }
        });
        t.core.report("provider x could not be enabled".into());
        assert_eq!(seen.lock().unwrap().as_slice(), ["provider x could not be enabled"]);
        let h = t.live_handle();
        assert_eq!(h.problems(), vec!["provider x could not be enabled".to_owned()]);
        assert_eq!(h.stats().errors, 1);
    }

    #[test]
    fn session_stats_merge_into_handle_stats() {
        let t = UserTrace::new();
        let h = t.live_handle();
        t.core.live.buffers_read.store(7, Ordering::Relaxed);
        t.core.live.set_session_stats(SessionStats {
            events_lost: 3,
            real_time_buffers_lost: 2,
            ..SessionStats::default()
        });
        let s = h.stats();
        assert_eq!((s.events_lost, s.buffers_lost, s.buffers_read), (3, 2, 7));
        assert_eq!(h.session_stats().map(|s| s.events_lost), Some(3));
    }

    #[cfg(not(windows))]
    #[test]
    fn off_windows_start_is_unsupported() {
        const NET: etw_core::Guid = etw_core::Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
        let mut t = UserTrace::new();
        t.enable(Provider::new(NET));
        let h = t.live_handle();
        assert!(matches!(t.start(), Err(TraceError::Unsupported(m)) if m == crate::error::UNSUPPORTED));
        assert_eq!(h.state(), TraceState::Failed);
        let r = KernelTrace::new().spawn().join().unwrap();
        assert!(matches!(r, Err(TraceError::Unsupported(_))));
        assert_eq!(stop_by_name("x").unwrap_err().kind, crate::LiveErrorKind::Unsupported);
        assert_eq!(query_session("x").unwrap_err().kind, crate::LiveErrorKind::Unsupported);
        assert_eq!(sessions().unwrap_err().kind, crate::LiveErrorKind::Unsupported);
        assert_eq!(t.query_stats().unwrap_err().kind, crate::LiveErrorKind::Unsupported);
        // Names are checked before anything else.
        assert_eq!(stop_by_name("").unwrap_err().kind, crate::LiveErrorKind::BadSettings);
    }
}
