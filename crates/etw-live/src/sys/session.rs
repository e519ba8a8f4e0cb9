//! Controlling sessions: `StartTraceW`, `ControlTraceW`, `EnableTraceEx2`, `TraceSetInformation`,
//! `QueryAllTracesW`.

use std::sync::Mutex;
use std::time::Duration;

use windows_sys::core::GUID;
use windows_sys::Win32::System::Diagnostics::Etw::{
    ControlTraceW, EnableTraceEx2, QueryAllTracesW, StartTraceW, TraceEvent, TraceSetInformation,
    TraceStackTracingInfo, TraceSystemTraceEnableFlagsInfo, CONTROLTRACE_HANDLE, ENABLE_TRACE_PARAMETERS,
    ENABLE_TRACE_PARAMETERS_VERSION_2, EVENT_CONTROL_CODE_CAPTURE_STATE, EVENT_CONTROL_CODE_ENABLE_PROVIDER,
    EVENT_FILTER_DESCRIPTOR, EVENT_TRACE_CONTROL_QUERY, EVENT_TRACE_CONTROL_STOP, EVENT_TRACE_HEADER,
    EVENT_TRACE_PROPERTIES, TRACE_QUERY_INFO_CLASS,
};

use super::{to_guid, wide};
use crate::error::{code, LiveError, LiveErrorKind};
use crate::kernel::GroupMask;
use crate::layout::{
    classic_event_ids, control_properties, group_mask_bytes, logger_name, read_properties, start_properties, Aligned,
    FilterPayload, PropertiesLayout, PropertiesSpec, PropertiesView,
};
use crate::options::ExistingSession;
use crate::request::EnableRequest;
use crate::stats::SessionStats;

const LAYOUT: PropertiesLayout = PropertiesLayout::NATIVE;

// The byte layout this crate builds is the one windows-sys declares.
const _: () = assert!(core::mem::size_of::<EVENT_TRACE_PROPERTIES>() == LAYOUT.size());
const _: () = assert!(core::mem::offset_of!(EVENT_TRACE_PROPERTIES, LoggerNameOffset) == LAYOUT.logger_name_offset());
const _: () =
    assert!(core::mem::offset_of!(EVENT_TRACE_PROPERTIES, LogFileNameOffset) == LAYOUT.log_file_name_offset());
const _: () = assert!(
    core::mem::offset_of!(EVENT_TRACE_PROPERTIES, RealTimeBuffersLost) == PropertiesLayout::REAL_TIME_BUFFERS_LOST
);
const _: () = assert!(core::mem::offset_of!(EVENT_TRACE_PROPERTIES, EventsLost) == PropertiesLayout::EVENTS_LOST);
const _: () = assert!(core::mem::offset_of!(EVENT_TRACE_PROPERTIES, EnableFlags) == PropertiesLayout::ENABLE_FLAGS);
const _: () = assert!(core::mem::size_of::<EVENT_FILTER_DESCRIPTOR>() == 16);
// The EVENT_TRACE_HEADER `crate::metadata` lays out: class GUID at 24, flags at 44, 48 bytes.
const _: () = assert!(core::mem::size_of::<EVENT_TRACE_HEADER>() == crate::metadata::EVENT_TRACE_HEADER_SIZE);
const _: () = assert!(core::mem::offset_of!(EVENT_TRACE_HEADER, Anonymous3) == 24);
const _: () = assert!(core::mem::offset_of!(EVENT_TRACE_HEADER, Anonymous4) == 40);

/// A session this trace started or attached to.
pub(crate) struct Session {
    pub name: String,
    pub wide_name: Vec<u16>,
    handle: u64,
    /// Started by us: stopped when we are done. An attached session is left running.
    pub owned: bool,
    /// The outcome of stopping, once stopped.
    stopped: Mutex<Option<Option<SessionStats>>>,
}

/// `ControlTraceW` on a session by handle and name; what ETW wrote back.
fn control(handle: u64, wide_name: &[u16], control_code: u32, name: &str) -> Result<PropertiesView, LiveError> {
    let mut props = Aligned::from_bytes(&control_properties(LAYOUT));
    // SAFETY: `props` is an 8-byte aligned buffer of `Wnode.BufferSize` bytes: an EVENT_TRACE_PROPERTIES followed
    // by the room its name offsets point to, as ControlTraceW requires; `wide_name` is NUL-terminated. Both outlive
    // the call, and ControlTraceW writes only within the buffer.
    let rc = unsafe {
        ControlTraceW(
            CONTROLTRACE_HANDLE { Value: handle },
            wide_name.as_ptr(),
            props.as_mut_ptr().cast::<EVENT_TRACE_PROPERTIES>(),
            control_code,
        )
    };
    match rc {
        // MORE_DATA: the names did not fit; the counters are there.
        code::SUCCESS | code::MORE_DATA => Ok(read_properties(&props.to_bytes(), LAYOUT).unwrap_or_default()),
        c => Err(LiveError::win32("ControlTraceW", c, format!("session '{name}'"))),
    }
}

/// Queries or stops the session called `name`: its counters, `None` if it does not run.
pub(crate) fn control_by_name(name: &str, stop: bool) -> Result<Option<SessionStats>, LiveError> {
    let code = if stop { EVENT_TRACE_CONTROL_STOP } else { EVENT_TRACE_CONTROL_QUERY };
    match control(0, &wide(name), code, name) {
        Ok(v) => Ok(Some(SessionStats::from_view(&v))),
        Err(e) if e.kind == LiveErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The names of the running sessions.
pub(crate) fn session_names() -> Result<Vec<String>, LiveError> {
    const MAX: usize = 64;
    let mut buffers: Vec<Aligned> = (0..MAX).map(|_| Aligned::from_bytes(&control_properties(LAYOUT))).collect();
    let mut pointers: Vec<*mut EVENT_TRACE_PROPERTIES> =
        buffers.iter_mut().map(|b| b.as_mut_ptr().cast::<EVENT_TRACE_PROPERTIES>()).collect();
    let mut count = 0u32;
    // SAFETY: `pointers` holds MAX pointers to distinct, 8-byte aligned properties buffers of `Wnode.BufferSize`
    // bytes with their name offsets set, as QueryAllTracesW requires; all outlive the call, which writes only
    // within them and into `count`.
    let rc = unsafe { QueryAllTracesW(pointers.as_mut_ptr(), MAX as u32, &mut count) };
    if rc != code::SUCCESS && rc != code::MORE_DATA {
        return Err(LiveError::win32("QueryAllTracesW", rc, ""));
    }
    drop(pointers);
    Ok(buffers.iter().take(count as usize).filter_map(|b| logger_name(&b.to_bytes(), LAYOUT)).collect())
}

impl Session {
    /// Starts the session of `spec`; a running session of that name is handled as `existing` says.
    pub fn start(spec: &PropertiesSpec, existing: ExistingSession) -> Result<Session, LiveError> {
        let name = spec.logger_name.clone();
        let wide_name = wide(&name);
        let mut attempts = 0u32;
        loop {
            let mut props = Aligned::from_bytes(&start_properties(spec, LAYOUT)?);
            let mut handle = CONTROLTRACE_HANDLE { Value: 0 };
            // SAFETY: `props` is an 8-byte aligned buffer of `Wnode.BufferSize` bytes holding an
            // EVENT_TRACE_PROPERTIES and the names its offsets point to; `wide_name` is NUL-terminated; `handle` is
            // a valid place for the result. All outlive the call, which writes only within them.
            let rc = unsafe {
                StartTraceW(&mut handle, wide_name.as_ptr(), props.as_mut_ptr().cast::<EVENT_TRACE_PROPERTIES>())
            };
            match rc {
                code::SUCCESS => {
                    return Ok(Session {
                        name,
                        wide_name,
                        handle: handle.Value,
                        owned: true,
                        stopped: Mutex::new(None),
                    })
                }
                code::ALREADY_EXISTS => match existing {
                    ExistingSession::Fail => {
                        return Err(LiveError::win32(
                            "StartTraceW",
                            rc,
                            format!("session '{name}' (replace or attach to it with ExistingSession)"),
                        ))
                    }
                    ExistingSession::Attach => {
                        let v = control(0, &wide_name, EVENT_TRACE_CONTROL_QUERY, &name)?;
                        return Ok(Session {
                            name,
                            wide_name,
                            handle: v.historical_context,
                            owned: false,
                            stopped: Mutex::new(None),
                        });
                    }
                    ExistingSession::Replace => {
                        if attempts >= 3 {
                            return Err(LiveError::win32(
                                "StartTraceW",
                                rc,
                                format!("session '{name}' still exists after stopping it"),
                            ));
                        }
                        match control(0, &wide_name, EVENT_TRACE_CONTROL_STOP, &name) {
                            Ok(_) => {}
                            Err(e) if e.kind == LiveErrorKind::NotFound => {}
                            Err(e) if e.kind == LiveErrorKind::AccessDenied => {
                                return Err(LiveError {
                                    detail: format!(
                                        "session '{name}' is running and cannot be stopped; consume it as it is with \
                                         ExistingSession::Attach"
                                    ),
                                    ..e
                                })
                            }
                            Err(e) => return Err(e),
                        }
                        attempts += 1;
                        std::thread::sleep(Duration::from_millis(50 * u64::from(attempts)));
                    }
                },
                c => return Err(LiveError::win32("StartTraceW", c, format!("session '{name}'"))),
            }
        }
    }

    fn handle(&self) -> CONTROLTRACE_HANDLE {
        CONTROLTRACE_HANDLE { Value: self.handle }
    }

    /// Writes one classic event into the session (`TraceEvent` with the handle `StartTraceW` returned): `event`
    /// is an `EVENT_TRACE_HEADER` whose `Size` counts the payload right after it
    /// ([`classic_event_bytes`](crate::metadata::classic_event_bytes)).
    pub fn trace_event(&self, event: &[u8]) -> Result<(), LiveError> {
        if event.len() < core::mem::size_of::<EVENT_TRACE_HEADER>() {
            return Err(LiveError::settings(format!("an event of {} bytes has no room for its header", event.len())));
        }
        let buffer = Aligned::from_bytes(event);
        // SAFETY: `buffer` is an 8-byte aligned copy of an EVENT_TRACE_HEADER (checked long enough above) whose
        // Size counts the payload that follows it within the buffer; it outlives the call, which only reads it.
        let rc = unsafe { TraceEvent(self.handle, buffer.as_ptr().cast::<EVENT_TRACE_HEADER>()) };
        match rc {
            code::SUCCESS => Ok(()),
            c => Err(LiveError::win32("TraceEvent", c, format!("session '{}'", self.name))),
        }
    }

    /// Enables a provider; returns what was left out (filters Windows refused, or that do not fit).
    pub fn enable(&self, req: &EnableRequest) -> Result<Vec<String>, LiveError> {
        let (filters, mut notes) = req.filters();
        let rc = self.enable_with(req, &filters);
        if rc == code::SUCCESS {
            return Ok(notes);
        }
        if rc == code::INVALID_PARAMETER && !filters.is_empty() {
            // Older Windows versions, or providers, that take no kernel-side filters: enable without them.
            let again = self.enable_with(req, &[]);
            if again == code::SUCCESS {
                notes.push(format!(
                    "{}: Windows refused the kernel-side filters (invalid parameter); enabled without them, and the \
                     events are filtered here",
                    req.label
                ));
                return Ok(notes);
            }
            return Err(LiveError::win32("EnableTraceEx2", again, req.label.clone()));
        }
        Err(LiveError::win32("EnableTraceEx2", rc, req.label.clone()))
    }

    fn enable_with(&self, req: &EnableRequest, filters: &[FilterPayload]) -> u32 {
        let data: Vec<Aligned> = filters.iter().map(|f| Aligned::from_bytes(&f.data)).collect();
        let mut descriptors: Vec<EVENT_FILTER_DESCRIPTOR> = filters
            .iter()
            .zip(&data)
            .map(|(f, d)| EVENT_FILTER_DESCRIPTOR {
                Ptr: d.as_ptr() as usize as u64,
                Size: d.len() as u32,
                Type: f.kind,
            })
            .collect();
        let params = ENABLE_TRACE_PARAMETERS {
            Version: ENABLE_TRACE_PARAMETERS_VERSION_2,
            EnableProperty: req.enable_property,
            ControlFlags: 0,
            SourceId: GUID { data1: 0, data2: 0, data3: 0, data4: [0; 8] },
            EnableFilterDesc: if descriptors.is_empty() { std::ptr::null_mut() } else { descriptors.as_mut_ptr() },
            FilterDescCount: descriptors.len() as u32,
        };
        let guid = to_guid(&req.guid);
        // SAFETY: `guid` and `params` are valid for the call; `params.EnableFilterDesc` points to
        // `FilterDescCount` descriptors whose `Ptr`/`Size` name 8-byte aligned buffers in `data`, all alive until
        // the call returns (EnableTraceEx2 copies the filters).
        unsafe {
            EnableTraceEx2(
                self.handle(),
                &guid,
                EVENT_CONTROL_CODE_ENABLE_PROVIDER,
                req.level,
                req.any,
                req.all,
                0,
                &params,
            )
        }
    }

    /// Asks a provider for its current state (`EVENT_CONTROL_CODE_CAPTURE_STATE`).
    pub fn capture_state(&self, req: &EnableRequest) -> Result<(), LiveError> {
        let guid = to_guid(&req.guid);
        // SAFETY: `guid` is valid for the call; no parameters are passed.
        let rc = unsafe {
            EnableTraceEx2(
                self.handle(),
                &guid,
                EVENT_CONTROL_CODE_CAPTURE_STATE,
                req.level,
                req.any,
                req.all,
                0,
                std::ptr::null(),
            )
        };
        if rc == code::SUCCESS {
            Ok(())
        } else {
            Err(LiveError::win32("EnableTraceEx2", rc, format!("capture state of {}", req.label)))
        }
    }

    fn set_information(&self, class: TRACE_QUERY_INFO_CLASS, bytes: &[u8], what: &str) -> Result<(), LiveError> {
        let data = Aligned::from_bytes(bytes);
        // SAFETY: `data` holds `bytes.len()` bytes, 8-byte aligned, alive for the call; TraceSetInformation only
        // reads them.
        let rc = unsafe { TraceSetInformation(self.handle(), class, data.as_ptr().cast(), bytes.len() as u32) };
        if rc == code::SUCCESS {
            Ok(())
        } else {
            Err(LiveError::win32("TraceSetInformation", rc, what.to_owned()))
        }
    }

    /// Sets the extended kernel group masks (`TraceSystemTraceEnableFlagsInfo`).
    pub fn set_group_mask(&self, mask: &GroupMask) -> Result<(), LiveError> {
        self.set_information(TraceSystemTraceEnableFlagsInfo, &group_mask_bytes(&mask.0), "kernel group masks")
    }

    /// Asks for stacks on these kernel events (`TraceStackTracingInfo`).
    pub fn set_stack_tracing(&self, events: &[(etw_core::Guid, u8)]) -> Result<(), LiveError> {
        self.set_information(TraceStackTracingInfo, &classic_event_ids(events), "kernel stack walks")
    }

    /// The session's counters now.
    pub fn query(&self) -> Result<SessionStats, LiveError> {
        control(self.handle, &self.wide_name, EVENT_TRACE_CONTROL_QUERY, &self.name)
            .map(|v| SessionStats::from_view(&v))
    }

    /// Stops the session (once; later calls give the first outcome): its final counters, `None` if it was
    /// already gone.
    pub fn stop(&self) -> Result<Option<SessionStats>, LiveError> {
        let mut done = self.stopped.lock().map_err(|_| LiveError::settings("session state poisoned"))?;
        if let Some(outcome) = *done {
            return Ok(outcome);
        }
        let outcome = match control(self.handle, &self.wide_name, EVENT_TRACE_CONTROL_STOP, &self.name) {
            Ok(v) => Some(SessionStats::from_view(&v)),
            Err(e) if e.kind == LiveErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        *done = Some(outcome);
        Ok(outcome)
    }
}

impl Drop for Session {
    /// A session we started never outlives us, whatever the way out of `start`.
    fn drop(&mut self) {
        if self.owned {
            let _ = self.stop();
        }
    }
}
