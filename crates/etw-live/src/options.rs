//! Session and provider settings: buffers, names, what to do with an existing session, per-provider options.

use crate::error::LiveError;

/// The buffers of a session (`EVENT_TRACE_PROPERTIES` `BufferSize`, `MinimumBuffers`, `MaximumBuffers`,
/// `FlushTimer`).
///
/// # Tuning
///
/// A real-time session loses events when its buffers fill faster than the consumer empties them, and it says so
/// only through counters ([`SessionStats::events_lost`](crate::SessionStats::events_lost),
/// [`real_time_buffers_lost`](crate::SessionStats::real_time_buffers_lost)). Small buffers are the usual cause:
/// one published measurement of a Rust consumer at 32 KB x at most 24 buffers (768 KB) lost 11-55% of process
/// starts in a fork burst, and none with 256 KB x 64-128 buffers. The defaults here are that second setting:
///
/// | setting | default | notes |
/// |---|---|---|
/// | [`buffer_size_kb`](BufferSettings::buffer_size_kb) | 256 | 4..=16384 KB per buffer |
/// | [`minimum_buffers`](BufferSettings::minimum_buffers) | 64 | allocated at start (Windows raises it to at least two per CPU) |
/// | [`maximum_buffers`](BufferSettings::maximum_buffers) | 128 | the ceiling: 128 x 256 KB = 32 MB of nonpaged memory at worst |
/// | [`flush_timer_secs`](BufferSettings::flush_timer_secs) | 1 | partly filled buffers are delivered at least this often (latency) |
///
/// Tuning, in order: watch the loss counters; raise `maximum_buffers` (and `buffer_size_kb` for bursts of large
/// events); keep callbacks short (hand work to another thread, as the netmon example does); narrow what is
/// enabled (keywords, level, kernel-side event-id and process filters in [`EnableOptions`]); split a heavy
/// provider into its own session. A lower flush timer lowers latency, not loss. [`BufferSettings::high_volume`]
/// is a preset for busy kernel traces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BufferSettings {
    /// Size of one buffer, in KB.
    pub buffer_size_kb: u32,
    /// Buffers allocated when the session starts.
    pub minimum_buffers: u32,
    /// The most buffers the session may allocate.
    pub maximum_buffers: u32,
    /// Seconds after which a partly filled buffer is delivered anyway (0: Windows' default).
    pub flush_timer_secs: u32,
}

impl Default for BufferSettings {
    fn default() -> Self {
        BufferSettings { buffer_size_kb: 256, minimum_buffers: 64, maximum_buffers: 128, flush_timer_secs: 1 }
    }
}

/// The largest buffer ETW accepts, in KB.
pub const MAX_BUFFER_SIZE_KB: u32 = 16 * 1024;
/// The smallest buffer ETW accepts, in KB.
pub const MIN_BUFFER_SIZE_KB: u32 = 4;

impl BufferSettings {
    /// For busy traces (kernel file I/O, context switches): 1 MB x 64-256 buffers (at most 256 MB).
    pub const fn high_volume() -> BufferSettings {
        BufferSettings { buffer_size_kb: 1024, minimum_buffers: 64, maximum_buffers: 256, flush_timer_secs: 1 }
    }

    /// Checks the settings: a buffer size ETW accepts, at least two buffers, minimum no more than maximum.
    pub fn check(&self) -> Result<(), LiveError> {
        if !(MIN_BUFFER_SIZE_KB..=MAX_BUFFER_SIZE_KB).contains(&self.buffer_size_kb) {
            return Err(LiveError::settings(format!(
                "buffer size {} KB is outside {MIN_BUFFER_SIZE_KB}..={MAX_BUFFER_SIZE_KB} KB",
                self.buffer_size_kb
            )));
        }
        if self.maximum_buffers < 2 {
            return Err(LiveError::settings(format!("maximum buffers {} is below 2", self.maximum_buffers)));
        }
        if self.minimum_buffers > self.maximum_buffers {
            return Err(LiveError::settings(format!(
                "minimum buffers {} is more than maximum buffers {}",
                self.minimum_buffers, self.maximum_buffers
            )));
        }
        Ok(())
    }
}

/// What [`start`](crate::UserTrace::start) does when a session of the trace's name is already running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExistingSession {
    /// Stop it and start ours (krabsetw's behaviour; cleans up a session orphaned by a crash). If it cannot be
    /// stopped (access denied: a protected session), starting fails and says to attach instead.
    #[default]
    Replace,
    /// Consume the running session as it is (e.g. `EventLog-Security`, which only the system may start):
    /// providers given are enabled on it if Windows allows, and the session is left running at the end. A session
    /// that does not exist is started (and then stopped at the end) as usual.
    Attach,
    /// Fail with [`LiveErrorKind::AlreadyExists`](crate::LiveErrorKind::AlreadyExists).
    Fail,
}

/// `EVENT_ENABLE_PROPERTY_*`: what ETW adds to each event of a provider ([`Provider::trace_flags`]), as extended
/// data items.
///
/// [`Provider::trace_flags`]: etw_trace::Provider::trace_flags
pub mod enable_property {
    /// The user's SID (`ExtType::SID`).
    pub const SID: u32 = 0x1;
    /// The terminal session id (`ExtType::TS_ID`).
    pub const TS_ID: u32 = 0x2;
    /// A call stack (`ExtType::STACK_TRACE64`/`32`).
    pub const STACK_TRACE: u32 = 0x4;
    /// The PSM key.
    pub const PSM_KEY: u32 = 0x8;
    /// Filter out events whose keyword is 0.
    pub const IGNORE_KEYWORD_0: u32 = 0x10;
    /// Enable the provider group (the GUID is a provider group).
    pub const PROVIDER_GROUP: u32 = 0x20;
    /// Events with keyword 0 pass even when keywords are given.
    pub const ENABLE_KEYWORD_0: u32 = 0x40;
    /// The process start key (`ExtType::PROCESS_START_KEY`).
    pub const PROCESS_START_KEY: u32 = 0x80;
    /// The event key (`ExtType::EVENT_KEY`).
    pub const EVENT_KEY: u32 = 0x100;
    /// Leave out events from InPrivate processes.
    pub const EXCLUDE_INPRIVATE: u32 = 0x200;
    /// Events from silos (containers) too.
    pub const ENABLE_SILOS: u32 = 0x400;
    /// The container id of the source (`ExtType::CONTAINER_ID`).
    pub const SOURCE_CONTAINER_TRACKING: u32 = 0x800;
}

/// Live-only options of one enabled provider: kernel-side filters and rundown. (Keywords, level and enable
/// properties are set on the [`Provider`](etw_trace::Provider) itself.)
///
/// Kernel-side filters cut events before they reach the session's buffers, which lowers the load and the loss;
/// the provider's own filters and callbacks still see every event that arrives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnableOptions {
    pub(crate) event_ids: Option<Vec<u16>>,
    pub(crate) process_ids: Vec<u32>,
    pub(crate) executables: Vec<String>,
    pub(crate) stack_event_ids: Vec<u16>,
    pub(crate) rundown: bool,
}

impl EnableOptions {
    /// No filters, no rundown.
    pub fn new() -> EnableOptions {
        EnableOptions::default()
    }

    /// Only these event ids (`EVENT_FILTER_TYPE_EVENT_ID`, at most 64). Without this, the ids come from the
    /// provider's event filters when every filter names its ids ([`Provider::event_ids`]: their union, as
    /// krabsetw sends one filter).
    ///
    /// [`Provider::event_ids`]: etw_trace::Provider::event_ids
    pub fn event_ids(mut self, ids: impl IntoIterator<Item = u16>) -> EnableOptions {
        self.event_ids = Some(ids.into_iter().collect());
        self
    }

    /// Only events of these processes (`EVENT_FILTER_TYPE_PID`, at most 8; manifest and TraceLogging providers).
    pub fn process_ids(mut self, pids: impl IntoIterator<Item = u32>) -> EnableOptions {
        self.process_ids.extend(pids);
        self
    }

    /// Only events of processes running these executables, by file name such as `powershell.exe`
    /// (`EVENT_FILTER_TYPE_EXECUTABLE_NAME`).
    pub fn executables<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> EnableOptions {
        self.executables.extend(names.into_iter().map(Into::into));
        self
    }

    /// Capture call stacks only for these event ids (`EVENT_ENABLE_PROPERTY_STACK_TRACE` with an
    /// `EVENT_FILTER_TYPE_STACKWALK` filter).
    pub fn stack_event_ids(mut self, ids: impl IntoIterator<Item = u16>) -> EnableOptions {
        self.stack_event_ids.extend(ids);
        self
    }

    /// Ask the provider for its current state right before events are processed
    /// (`EVENT_CONTROL_CODE_CAPTURE_STATE`): e.g. the processes, threads and modules already running.
    pub fn rundown(mut self, on: bool) -> EnableOptions {
        self.rundown = on;
        self
    }
}

/// The longest session name ETW takes, in UTF-16 units (without the terminating NUL).
pub const MAX_SESSION_NAME: usize = 1023;
/// The longest log file path this crate passes, in UTF-16 units (without the terminating NUL).
pub const MAX_LOG_FILE_NAME: usize = 1023;

/// The prefix of generated session names: `logman query -ets` lists sessions left behind by a crash under it,
/// and [`stop_by_name`](crate::stop_by_name) stops them.
pub const GENERATED_NAME_PREFIX: &str = "etwkit-";

/// Checks a session name: not empty, no NUL, at most [`MAX_SESSION_NAME`] UTF-16 units.
pub fn check_session_name(name: &str) -> Result<(), LiveError> {
    if name.is_empty() {
        return Err(LiveError::settings("the session name is empty"));
    }
    if name.contains('\0') {
        return Err(LiveError::settings("the session name contains a NUL character"));
    }
    let units = name.encode_utf16().count();
    if units > MAX_SESSION_NAME {
        return Err(LiveError::settings(format!(
            "the session name is {units} UTF-16 units long; ETW takes at most {MAX_SESSION_NAME}"
        )));
    }
    Ok(())
}

/// A session name of its own for an unnamed trace: `etwkit-<pid>-<16 hex digits>`, the digits mixing the
/// time, a per-process counter and a random key, so two traces of one process, or of two processes, never share
/// a name.
pub fn generated_session_name() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};

    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let mut h = RandomState::new().build_hasher();
    h.write_u128(nanos);
    h.write_u64(n);
    h.write_u32(std::process::id());
    name_from_parts(std::process::id(), h.finish())
}

/// `etwkit-<pid>-<unique as 16 hex digits>`.
pub(crate) fn name_from_parts(pid: u32, unique: u64) -> String {
    format!("{GENERATED_NAME_PREFIX}{pid}-{unique:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LiveErrorKind;

    #[test]
    fn default_buffers_are_the_survey_setting() {
        let b = BufferSettings::default();
        assert_eq!((b.buffer_size_kb, b.minimum_buffers, b.maximum_buffers, b.flush_timer_secs), (256, 64, 128, 1));
        b.check().unwrap();
        BufferSettings::high_volume().check().unwrap();
    }

    #[test]
    fn bad_buffers_are_refused_before_windows_sees_them() {
        let bad = [
            BufferSettings { buffer_size_kb: 0, ..BufferSettings::default() },
            BufferSettings { buffer_size_kb: 3, ..BufferSettings::default() },
            BufferSettings { buffer_size_kb: 16 * 1024 + 1, ..BufferSettings::default() },
            BufferSettings { minimum_buffers: 200, ..BufferSettings::default() },
            BufferSettings { minimum_buffers: 0, maximum_buffers: 1, ..BufferSettings::default() },
        ];
        for b in bad {
            let e = b.check().unwrap_err();
            assert_eq!(e.kind, LiveErrorKind::BadSettings, "{b:?}");
        }
        BufferSettings { buffer_size_kb: 4, minimum_buffers: 2, maximum_buffers: 2, flush_timer_secs: 0 }
            .check()
            .unwrap();
    }

    #[test]
    fn session_names() {
        check_session_name("my session").unwrap();
        check_session_name(&"x".repeat(1023)).unwrap();
        assert!(check_session_name("").is_err());
        assert!(check_session_name("a\0b").is_err());
        assert!(check_session_name(&"x".repeat(1024)).is_err());
        // Counted in UTF-16 units: a character outside the BMP takes two.
        assert!(check_session_name(&"\u{1F600}".repeat(512)).is_err());
        assert_eq!(name_from_parts(1234, 0xab), "etwkit-1234-00000000000000ab");
    }

    #[test]
    fn generated_names_are_unique_and_valid() {
        let names: std::collections::HashSet<String> = (0..1000).map(|_| generated_session_name()).collect();
        assert_eq!(names.len(), 1000);
        for n in names.iter().take(5) {
            check_session_name(n).unwrap();
            assert!(n.starts_with(&format!("etwkit-{}-", std::process::id())), "{n}");
        }
    }

    #[test]
    fn enable_options_collect() {
        let o = EnableOptions::new()
            .event_ids([10, 11])
            .process_ids([4])
            .process_ids([8])
            .executables(["a.exe"])
            .stack_event_ids([1])
            .rundown(true);
        assert_eq!(o.event_ids, Some(vec![10, 11]));
        assert_eq!(o.process_ids, vec![4, 8]);
        assert_eq!(o.executables, vec!["a.exe".to_owned()]);
        assert_eq!(o.stack_event_ids, vec![1]);
        assert!(o.rundown);
    }
}
