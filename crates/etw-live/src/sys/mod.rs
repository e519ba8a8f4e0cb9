//! The Windows side: every call into advapi32, tdh and kernel32, and the callbacks ETW makes. Every `unsafe`
//! block says why it is sound. Nothing here is public: the crate's API uses its own types.

pub(crate) mod console;
pub(crate) mod consumer;
pub(crate) mod session;
pub(crate) mod tdh;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use etw_core::Guid;
use etw_schema::SchemaSource;
use etw_trace::{default_registry, Dispatcher, Provider, TraceError, TraceHandle, TraceStats};
use windows_sys::core::GUID;
use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleW, GetProcAddress};

use crate::error::{code, LiveError, LiveErrorKind};
use crate::plan::plan;
use crate::providers::{find_provider, ProviderDetails, ProviderInfo};
use crate::route::Router;
use crate::stats::SessionStats;
use crate::trace::{report_to, Core, LiveShared, Mode, TraceState};

/// A NUL-terminated UTF-16 copy of `s`.
pub(crate) fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

/// Our GUID as Windows lays it out.
pub(crate) fn to_guid(g: &Guid) -> GUID {
    GUID { data1: g.data1, data2: g.data2, data3: g.data3, data4: g.data4 }
}

/// True under Wine: `ntdll.dll` exports `wine_get_version` only there.
pub(crate) fn is_wine() -> bool {
    static WINE: OnceLock<bool> = OnceLock::new();
    *WINE.get_or_init(|| {
        let name = wide("ntdll.dll");
        // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; GetModuleHandleW does not keep
        // it and does not change the module's reference count.
        let module = unsafe { GetModuleHandleW(name.as_ptr()) };
        if module.is_null() {
            return false;
        }
        // SAFETY: `module` is the handle just returned for ntdll (loaded in every process for its lifetime); the
        // procedure name is a NUL-terminated ASCII literal. The function is only looked up, never called.
        let f = unsafe { GetProcAddress(module, c"wine_get_version".as_ptr().cast()) };
        f.is_some()
    })
}

/// A GUID for a new session: no two sessions of a process share one.
fn session_guid() -> Guid {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let mut a = RandomState::new().build_hasher();
    a.write_u32(std::process::id());
    let mut b = RandomState::new().build_hasher();
    b.write_u64(a.finish());
    let (x, y) = (a.finish(), b.finish());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&x.to_le_bytes());
    bytes[8..].copy_from_slice(&y.to_le_bytes());
    // Version 4 (random), variant 1.
    bytes[7] = (bytes[7] & 0x0F) | 0x40;
    bytes[8] = (bytes[8] & 0x3F) | 0x80;
    Guid::from_le_bytes(bytes)
}

/// Runs a live trace: see `UserTrace::start`.
pub(crate) fn run(core: &mut Core) -> Result<TraceStats, TraceError> {
    let use_tdh = tdh::usable();
    let by_name = core.providers.iter().any(|(p, _)| matches!(p.id(), etw_trace::ProviderId::Name(_)));
    let catalog = if by_name && matches!(core.mode, Mode::User) {
        // Under Wine `catalog` refuses at once (its TDH would abort the process).
        match tdh::catalog() {
            Ok(c) => Some(c),
            Err(e) => {
                core.report(format!("registered providers unavailable ({e}); names resolve to EventSource GUIDs"));
                None
            }
        }
    } else {
        None
    };
    let lookup = |name: &str| catalog.as_ref().and_then(|c| find_provider(&c.list, name)).map(|p| p.guid);
    let plan = plan(core, lookup, session_guid())?;
    for note in &plan.notes {
        core.report(note.clone());
    }

    let (mut registry, _problems) = default_registry(&core.manifests).map_err(TraceError::Schemas)?;
    let names: HashMap<Guid, Arc<str>> = plan.names.iter().map(|(g, n)| (*g, Arc::from(n.as_str()))).collect();
    let cache = use_tdh.then(|| Arc::new(Mutex::new(tdh::TdhCache::default())));
    if let Some(c) = &cache {
        registry.add(Box::new(tdh::RoutedSource::new(c.clone())));
    }
    registry.add(Box::new(tdh::TdhSource::new(cache.clone(), names)));
    let providers: Vec<Provider> = std::mem::take(&mut core.providers).into_iter().map(|(p, _)| p).collect();
    let mut dispatcher = Dispatcher::new(providers, registry, core.handle.clone());
    dispatcher.set_default_callback(core.default_callback.take());

    let session = Arc::new(session::Session::start(&plan.spec, core.existing)?);
    core.live.set_session_name(&session.name);
    let mut enabled = Vec::new();
    let mut failures = Vec::new();
    for req in &plan.requests {
        match session.enable(req) {
            Ok(notes) => {
                enabled.push(req.guid);
                for n in notes {
                    core.report(n);
                }
            }
            Err(e) => {
                let text = format!("provider {} not enabled: {e}", req.label);
                failures.push(text.clone());
                core.report(text);
            }
        }
    }
    if !plan.requests.is_empty() && enabled.is_empty() && session.owned {
        return Err(LiveError {
            operation: "EnableTraceEx2",
            code: None,
            kind: LiveErrorKind::Other,
            detail: format!("no provider could be enabled: {}", failures.join("; ")),
        }
        .into());
    }
    if let Some(mask) = &plan.group_mask {
        if let Err(e) = session.set_group_mask(mask) {
            core.report(format!("extended kernel groups not set: {e}"));
        }
    }
    if !plan.stacks.is_empty() {
        if let Err(e) = session.set_stack_tracing(&plan.stacks) {
            core.report(format!("kernel stack walks not set: {e}"));
        }
    }

    let router = matches!(core.mode, Mode::User).then(|| Router::new(enabled.clone()));
    let state = consumer::OwnedState::new(consumer::CallbackState::new(
        dispatcher,
        router,
        cache,
        core.handle.clone(),
        core.live.clone(),
    ));
    let consumer = consumer::Consumer::open(&session.wide_name, &state)?;
    // Rundown asks providers for their state now; krabsetw does it right before processing, so the events are
    // not lost to a session nobody reads yet.
    for req in plan.requests.iter().filter(|r| r.rundown && enabled.contains(&r.guid)) {
        if let Err(e) = session.capture_state(req) {
            core.report(format!("rundown of {} not requested: {e}", req.label));
        }
    }
    state.set_error_callback(core.error_callback.take());

    core.live.set_state(TraceState::Running);
    let done = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (session, slot, handle, live, done) =
            (session.clone(), consumer.slot(), core.handle.clone(), core.live.clone(), done.clone());
        std::thread::Builder::new()
            .name("etw-live-watch".into())
            .spawn(move || watch(&session, &slot, &handle, &live, &done))
            .map_err(|e| LiveError::settings(format!("cannot start the watcher thread: {e}")))?
    };
    let rc = consumer.process();
    done.store(true, Ordering::Release);
    let _ = watcher.join();
    drop(consumer);

    let last = if session.owned { session.stop() } else { session.query().map(Some) };
    match last {
        Ok(Some(s)) => core.live.set_session_stats(s),
        Ok(None) => {}
        Err(e) => report_to(None, &core.live, format!("final session counters unavailable: {e}")),
    }
    let state = state.into_inner();
    if let Some(m) = state.fatal() {
        return Err(TraceError::CallbackPanic(m.to_owned()));
    }
    if let Some(m) = state.dispatcher().panicked() {
        return Err(TraceError::CallbackPanic(m.to_owned()));
    }
    match rc {
        code::SUCCESS | code::CANCELLED | code::CTX_CLOSE_PENDING => Ok(core.stats()),
        c => Err(LiveError::win32("ProcessTrace", c, format!("session '{}'", session.name)).into()),
    }
}

/// Stops the session once the trace handle asks (the session if it is ours, else just our consumer), and reads
/// the session's counters every second meanwhile.
fn watch(
    session: &session::Session,
    slot: &consumer::ConsumerSlot,
    handle: &TraceHandle,
    live: &LiveShared,
    done: &AtomicBool,
) {
    let mut last = Instant::now();
    let mut metadata = MetadataWrites::default();
    while !done.load(Ordering::Acquire) {
        // Queued EventMetadata events go in while the session runs, and the last ones right before it stops.
        metadata.write(session, live);
        if handle.is_stopped() {
            metadata.report(live);
            let stopped = session.owned
                && match session.stop() {
                    Ok(s) => {
                        if let Some(s) = s {
                            live.set_session_stats(s);
                        }
                        true
                    }
                    Err(_) => false,
                };
            if !stopped {
                slot.close();
            }
            return;
        }
        if last.elapsed() >= Duration::from_secs(1) {
            if let Ok(s) = session.query() {
                live.set_session_stats(s);
            }
            last = Instant::now();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    metadata.report(live);
}

/// The EventMetadata events the watcher wrote into the session, and the first reason one was not.
#[derive(Default)]
struct MetadataWrites {
    failed: u64,
    first_error: Option<String>,
    reported: bool,
}

impl MetadataWrites {
    fn write(&mut self, session: &session::Session, live: &LiveShared) {
        for event in live.take_metadata() {
            let outcome = if !session.owned {
                Err("the session was attached to, not started by this trace".to_owned())
            } else {
                match crate::metadata::classic_event_bytes(&event) {
                    Some(bytes) => session.trace_event(&bytes).map_err(|e| e.to_string()),
                    None => Err(format!("a payload of {} bytes is too large for an event", event.payload.len())),
                }
            };
            if let Err(e) = outcome {
                self.failed += 1;
                self.first_error.get_or_insert(e);
            }
        }
    }

    fn report(&mut self, live: &LiveShared) {
        if self.failed > 0 && !self.reported {
            self.reported = true;
            live.add_problem(format!(
                "{} EventMetadata events (schemas for the ETL file) not written: {}",
                self.failed,
                self.first_error.as_deref().unwrap_or("")
            ));
        }
    }
}

pub(crate) fn control_by_name(name: &str, stop: bool) -> Result<Option<SessionStats>, LiveError> {
    session::control_by_name(name, stop)
}

pub(crate) fn session_names() -> Result<Vec<String>, LiveError> {
    session::session_names()
}

pub(crate) fn providers() -> Result<Vec<ProviderInfo>, LiveError> {
    tdh::catalog().map(|c| c.list.clone())
}

pub(crate) fn provider_details(name_or_guid: &str) -> Result<ProviderDetails, LiveError> {
    tdh::details(name_or_guid)
}

pub(crate) fn tdh_schema_source() -> Option<Box<dyn SchemaSource>> {
    tdh::usable().then(|| {
        let cache = Arc::new(Mutex::new(tdh::TdhCache::default()));
        Box::new(tdh::TdhSource::new(Some(cache), HashMap::new())) as Box<dyn SchemaSource>
    })
}

pub(crate) fn on_ctrl_c(f: Box<dyn Fn() + Send + Sync>) -> Result<(), LiveError> {
    console::on_ctrl_c(f)
}
