//! Errors of live sessions: which Windows call failed, with which Win32 code, and what that means here.

use core::fmt;

use etw_trace::TraceError;

/// Win32 error codes the ETW calls return (winerror.h).
pub mod code {
    /// `ERROR_SUCCESS`.
    pub const SUCCESS: u32 = 0;
    /// `ERROR_ACCESS_DENIED`.
    pub const ACCESS_DENIED: u32 = 5;
    /// `ERROR_INVALID_HANDLE`.
    pub const INVALID_HANDLE: u32 = 6;
    /// `ERROR_NOT_ENOUGH_MEMORY`.
    pub const NOT_ENOUGH_MEMORY: u32 = 8;
    /// `ERROR_BAD_LENGTH`.
    pub const BAD_LENGTH: u32 = 24;
    /// `ERROR_NOT_SUPPORTED`.
    pub const NOT_SUPPORTED: u32 = 50;
    /// `ERROR_INVALID_PARAMETER`.
    pub const INVALID_PARAMETER: u32 = 87;
    /// `ERROR_CALL_NOT_IMPLEMENTED` (what Wine's `ProcessTrace` returns).
    pub const CALL_NOT_IMPLEMENTED: u32 = 120;
    /// `ERROR_INSUFFICIENT_BUFFER`.
    pub const INSUFFICIENT_BUFFER: u32 = 122;
    /// `ERROR_BAD_PATHNAME`.
    pub const BAD_PATHNAME: u32 = 161;
    /// `ERROR_ALREADY_EXISTS`.
    pub const ALREADY_EXISTS: u32 = 183;
    /// `ERROR_MORE_DATA`.
    pub const MORE_DATA: u32 = 234;
    /// `ERROR_NOT_FOUND`.
    pub const NOT_FOUND: u32 = 1168;
    /// `ERROR_CANCELLED` (`ProcessTrace` after a buffer callback returned FALSE).
    pub const CANCELLED: u32 = 1223;
    /// `ERROR_NO_SYSTEM_RESOURCES` (every session slot is taken).
    pub const NO_SYSTEM_RESOURCES: u32 = 1450;
    /// `ERROR_TIMEOUT`.
    pub const TIMEOUT: u32 = 1460;
    /// `ERROR_WMI_GUID_NOT_FOUND`.
    pub const WMI_GUID_NOT_FOUND: u32 = 4200;
    /// `ERROR_WMI_INSTANCE_NOT_FOUND` (no session of that name).
    pub const WMI_INSTANCE_NOT_FOUND: u32 = 4201;
    /// `ERROR_WMI_ALREADY_ENABLED`.
    pub const WMI_ALREADY_ENABLED: u32 = 4206;
    /// `ERROR_CTX_CLOSE_PENDING` (`CloseTrace` while events are still being delivered).
    pub const CTX_CLOSE_PENDING: u32 = 7007;
}

/// What kind of failure a [`LiveError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LiveErrorKind {
    /// Live sessions exist only on Windows.
    Unsupported,
    /// The caller lacks the right (controlling sessions needs an elevated prompt, or membership in
    /// Performance Log Users for user sessions).
    AccessDenied,
    /// A session of that name already exists.
    AlreadyExists,
    /// No such session, provider or schema.
    NotFound,
    /// Every ETW session slot is in use (often by sessions orphaned after a crash).
    NoSessionsLeft,
    /// Windows refused an argument (a setting out of range, a filter the provider cannot take, ...).
    InvalidParameter,
    /// The call is not implemented on this system (Wine implements no ETW).
    NotImplemented,
    /// The settings are wrong before any call is made (a name too long, buffer counts the wrong way round).
    BadSettings,
    /// Anything else.
    Other,
}

/// A failed live-session operation: the Windows call, its Win32 error code, and what it was doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveError {
    /// The Windows function (or step) that failed, e.g. `StartTraceW`.
    pub operation: &'static str,
    /// The Win32 error code, when a call returned one.
    pub code: Option<u32>,
    /// The kind of failure.
    pub kind: LiveErrorKind,
    /// What was being done (the session or provider concerned).
    pub detail: String,
}

impl LiveError {
    /// A failed Windows call.
    pub fn win32(operation: &'static str, code: u32, detail: impl Into<String>) -> LiveError {
        LiveError { operation, code: Some(code), kind: kind_of(code), detail: detail.into() }
    }

    /// Settings that cannot work, found before calling Windows.
    pub fn settings(detail: impl Into<String>) -> LiveError {
        LiveError { operation: "settings", code: None, kind: LiveErrorKind::BadSettings, detail: detail.into() }
    }

    /// The operation needs Windows.
    pub fn unsupported(operation: &'static str) -> LiveError {
        LiveError {
            operation,
            code: None,
            kind: LiveErrorKind::Unsupported,
            detail: "live ETW sessions exist only on Windows; read .etl files with FileTrace on any OS".into(),
        }
    }

    /// The `LiveError` inside a [`TraceError`] returned by a live trace, if there is one.
    pub fn of_trace_error(e: &TraceError) -> Option<&LiveError> {
        match e {
            TraceError::Session(e) => e.downcast_ref::<LiveError>(),
            _ => None,
        }
    }
}

/// The kind of a Win32 error code.
pub fn kind_of(c: u32) -> LiveErrorKind {
    match c {
        code::ACCESS_DENIED => LiveErrorKind::AccessDenied,
        code::ALREADY_EXISTS => LiveErrorKind::AlreadyExists,
        code::WMI_INSTANCE_NOT_FOUND | code::NOT_FOUND | code::WMI_GUID_NOT_FOUND => LiveErrorKind::NotFound,
        code::NO_SYSTEM_RESOURCES => LiveErrorKind::NoSessionsLeft,
        code::INVALID_PARAMETER | code::BAD_LENGTH | code::BAD_PATHNAME => LiveErrorKind::InvalidParameter,
        code::CALL_NOT_IMPLEMENTED | code::NOT_SUPPORTED => LiveErrorKind::NotImplemented,
        _ => LiveErrorKind::Other,
    }
}

/// What a Win32 error code means for ETW calls, in a few words (with the usual remedy).
pub fn explain(c: u32) -> &'static str {
    match c {
        code::ACCESS_DENIED => {
            "access denied: controlling ETW sessions needs an elevated (administrator) prompt, or membership in \
             Performance Log Users for user sessions"
        }
        code::ALREADY_EXISTS => "a session with this name already exists",
        code::WMI_INSTANCE_NOT_FOUND => "no session of that name is running",
        code::NOT_FOUND => "not found",
        code::WMI_GUID_NOT_FOUND => "no such provider",
        code::NO_SYSTEM_RESOURCES => {
            "no ETW session slot left: stop orphaned sessions (see `logman query -ets`, or etw_live::stop_by_name)"
        }
        code::INVALID_PARAMETER => "invalid parameter",
        code::BAD_LENGTH => "a structure had the wrong size",
        code::BAD_PATHNAME => "the log file path is not valid",
        code::CALL_NOT_IMPLEMENTED => "not implemented on this system (Wine implements no ETW)",
        code::NOT_SUPPORTED => "not supported on this version of Windows",
        code::INSUFFICIENT_BUFFER | code::MORE_DATA => "the buffer was too small",
        code::NOT_ENOUGH_MEMORY => "not enough memory",
        code::INVALID_HANDLE => "invalid handle",
        code::CANCELLED => "cancelled",
        code::CTX_CLOSE_PENDING => "closing; events still being delivered",
        code::WMI_ALREADY_ENABLED => "already enabled",
        code::TIMEOUT => "timed out",
        _ => "Windows error",
    }
}

impl fmt::Display for LiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.kind, self.code) {
            (LiveErrorKind::Unsupported, _) => write!(f, "{}: {}", self.operation, self.detail),
            (LiveErrorKind::BadSettings, _) => write!(f, "bad settings: {}", self.detail),
            (_, Some(c)) => {
                write!(f, "{} failed: {} (Win32 error {c})", self.operation, explain(c))?;
                if !self.detail.is_empty() {
                    write!(f, ": {}", self.detail)?;
                }
                Ok(())
            }
            (_, None) => write!(f, "{} failed: {}", self.operation, self.detail),
        }
    }
}

impl std::error::Error for LiveError {}

impl From<LiveError> for TraceError {
    /// Live errors travel in [`TraceError::Session`]; [`LiveError::of_trace_error`] gets them back. Off Windows
    /// the error is [`TraceError::Unsupported`].
    fn from(e: LiveError) -> TraceError {
        match e.kind {
            LiveErrorKind::Unsupported => TraceError::Unsupported(UNSUPPORTED),
            _ => TraceError::Session(Box::new(e)),
        }
    }
}

/// The message of [`TraceError::Unsupported`] from a live trace off Windows.
pub const UNSUPPORTED: &str =
    "live ETW tracing needs Windows: UserTrace and KernelTrace start sessions only there (read .etl files with \
     FileTrace on any OS)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_kinds_and_words() {
        assert_eq!(kind_of(5), LiveErrorKind::AccessDenied);
        assert_eq!(kind_of(183), LiveErrorKind::AlreadyExists);
        assert_eq!(kind_of(4201), LiveErrorKind::NotFound);
        assert_eq!(kind_of(1450), LiveErrorKind::NoSessionsLeft);
        assert_eq!(kind_of(87), LiveErrorKind::InvalidParameter);
        assert_eq!(kind_of(120), LiveErrorKind::NotImplemented);
        assert_eq!(kind_of(31), LiveErrorKind::Other);
        let e = LiveError::win32("StartTraceW", 5, "session 'x'");
        let text = e.to_string();
        assert!(text.starts_with("StartTraceW failed: access denied"), "{text}");
        assert!(text.ends_with("(Win32 error 5): session 'x'"), "{text}");
        assert_eq!(
            LiveError::win32("ProcessTrace", 9999, "").to_string(),
            "ProcessTrace failed: Windows error (Win32 error 9999)"
        );
        assert!(LiveError::settings("buffer size 0").to_string().contains("buffer size 0"));
    }

    #[test]
    fn trace_errors_carry_the_live_error() {
        let e = LiveError::win32("EnableTraceEx2", 87, "provider p");
        let t: TraceError = e.clone().into();
        assert!(matches!(&t, TraceError::Session(_)));
        assert_eq!(LiveError::of_trace_error(&t), Some(&e));
        assert!(t.to_string().contains("EnableTraceEx2 failed: invalid parameter"));
        let u: TraceError = LiveError::unsupported("start").into();
        assert!(matches!(u, TraceError::Unsupported(m) if m == UNSUPPORTED));
        let m = etw_schema::sources::manifest::ManifestError {
            origin: "m".into(),
            line: 0,
            column: 0,
            message: "m".into(),
        };
        assert_eq!(LiveError::of_trace_error(&TraceError::Schemas(etw_trace::SchemaSetupError::Manifest(m))), None);
    }
}
