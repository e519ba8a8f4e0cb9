//! Consuming a session: `OpenTraceW`, `ProcessTrace`, `CloseTrace`, and the callbacks ETW makes on the thread
//! that called `ProcessTrace`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use etw_core::{Clock, ExtType, ExtendedItem, Guid};
use etw_trace::{Dispatcher, ErrorCallback, TraceHandle};
use windows_sys::Win32::Foundation::GetLastError;
use windows_sys::Win32::System::Diagnostics::Etw::{
    CloseTrace, OpenTraceW, ProcessTrace, EVENT_HEADER, EVENT_HEADER_EXTENDED_DATA_ITEM, EVENT_RECORD,
    EVENT_TRACE_LOGFILEW, EVENT_TRACE_LOGFILEW_0, EVENT_TRACE_LOGFILEW_1, PROCESSTRACE_HANDLE,
    PROCESS_TRACE_MODE_EVENT_RECORD, PROCESS_TRACE_MODE_REAL_TIME,
};

use super::tdh::{self, Routed, TdhCache};
use crate::error::{code, LiveError, LiveErrorKind};
use crate::layout::is_invalid_processtrace_handle;
use crate::record::{with_event, ItemList, RecordParts, EVENT_HEADER_SIZE};
use crate::route::Router;
use crate::trace::LiveShared;

const _: () = assert!(core::mem::size_of::<EVENT_HEADER>() == EVENT_HEADER_SIZE);
const _: () = assert!(core::mem::offset_of!(EVENT_RECORD, BufferContext) == EVENT_HEADER_SIZE);
const _: () = assert!(core::mem::size_of::<EVENT_HEADER_EXTENDED_DATA_ITEM>() == 16);

/// What the event callback works with. ETW calls back on the thread that called `ProcessTrace`, one call at a
/// time, so the callbacks are the only users of it while events flow.
pub(crate) struct CallbackState {
    dispatcher: Dispatcher,
    router: Option<Router>,
    tdh: Option<Arc<Mutex<TdhCache>>>,
    handle: TraceHandle,
    live: Arc<LiveShared>,
    /// A panic outside the user's callbacks (which the dispatcher catches itself).
    fatal: Option<String>,
}

impl CallbackState {
    pub fn new(
        dispatcher: Dispatcher,
        router: Option<Router>,
        tdh: Option<Arc<Mutex<TdhCache>>>,
        handle: TraceHandle,
        live: Arc<LiveShared>,
    ) -> CallbackState {
        CallbackState { dispatcher, router, tdh, handle, live, fatal: None }
    }

    pub fn fatal(&self) -> Option<&str> {
        self.fatal.as_deref()
    }

    pub fn dispatcher(&self) -> &Dispatcher {
        &self.dispatcher
    }

    /// Hands one record to the dispatcher.
    ///
    /// # Safety
    /// `record` is the record ETW passed to the event callback (or one built the same way): valid, with its
    /// extended items and user data, until this returns.
    pub(crate) unsafe fn on_record(&mut self, record: *const EVENT_RECORD) {
        // SAFETY: guaranteed by the caller.
        let Some(parts) = (unsafe { record_parts(record) }) else { return };
        let provider = parts.provider_id();
        let flags = parts.flags();
        let owner = match self.router.as_mut() {
            Some(router) if router.needs(&provider, flags) => {
                let control = parts
                    .extended
                    .as_slice()
                    .iter()
                    .find(|i| i.kind() == ExtType::CONTROL_GUID)
                    .and_then(|i| Guid::read(i.data()));
                let cache = self.tdh.as_ref();
                router.owner(provider, flags, control, |_| {
                    // SAFETY: `record` is valid until we return (see above).
                    cache.and_then(|c| unsafe { tdh::owner_of_record(record, &parts, c) })
                })
            }
            _ => None,
        };
        let routed = owner.map(|o| Routed {
            payload: parts.payload.as_ptr() as usize,
            len: parts.payload.len(),
            owner: o,
            class: provider,
        });
        if let (Some(r), Some(c)) = (routed, self.tdh.as_ref()) {
            tdh::set_routed(c, Some(r));
        }
        let dispatcher = &mut self.dispatcher;
        with_event(&parts, &Clock::SYSTEM_TIME, owner, |ev| dispatcher.dispatch(ev));
        if let (Some(_), Some(c)) = (routed, self.tdh.as_ref()) {
            tdh::set_routed(c, None);
        }
    }

    fn fail(&mut self, message: String) {
        self.fatal.get_or_insert(message);
        self.handle.stop();
    }
}

/// Copies the header and buffer context out of a record and borrows its extended items and user data.
///
/// # Safety
/// `record` is null or points to a valid `EVENT_RECORD` whose `ExtendedData` array (of `ExtendedDataCount`
/// items), whose items' data and whose `UserData` (of `UserDataLength` bytes) stay valid and unchanged for `'a`.
pub(crate) unsafe fn record_parts<'a>(record: *const EVENT_RECORD) -> Option<RecordParts<'a>> {
    if record.is_null() {
        return None;
    }
    // SAFETY: `record` points to a valid EVENT_RECORD (caller); read_unaligned copies it whatever its alignment.
    let rec: EVENT_RECORD = unsafe { ptr::read_unaligned(record) };
    // SAFETY: the EVENT_HEADER is the record's first 80 bytes (asserted above), plain data.
    let header: [u8; EVENT_HEADER_SIZE] =
        unsafe { ptr::read_unaligned(ptr::addr_of!((*record).EventHeader).cast::<[u8; EVENT_HEADER_SIZE]>()) };
    // SAFETY: ETW_BUFFER_CONTEXT is 4 bytes of plain data inside the record.
    let buffer_context: [u8; 4] =
        unsafe { ptr::read_unaligned(ptr::addr_of!((*record).BufferContext).cast::<[u8; 4]>()) };
    let mut extended = ItemList::new();
    if !rec.ExtendedData.is_null() {
        for i in 0..usize::from(rec.ExtendedDataCount) {
            // SAFETY: `ExtendedData` points to `ExtendedDataCount` items (caller); each is copied unaligned.
            let item = unsafe { ptr::read_unaligned(rec.ExtendedData.add(i)) };
            let data: &'a [u8] = if item.DataPtr == 0 || item.DataSize == 0 {
                &[]
            } else {
                // SAFETY: an item's `DataPtr` points to `DataSize` bytes valid for `'a` (caller); bytes have no
                // alignment requirement.
                unsafe { std::slice::from_raw_parts(item.DataPtr as usize as *const u8, usize::from(item.DataSize)) }
            };
            extended.push(ExtendedItem::new(ExtType(item.ExtType), data));
        }
    }
    let payload: &'a [u8] = if rec.UserData.is_null() || rec.UserDataLength == 0 {
        &[]
    } else {
        // SAFETY: `UserData` points to `UserDataLength` bytes valid for `'a` (caller); bytes have no alignment
        // requirement, and nothing else is ever made of them but byte reads.
        unsafe { std::slice::from_raw_parts(rec.UserData.cast::<u8>().cast_const(), usize::from(rec.UserDataLength)) }
    };
    Some(RecordParts { header, buffer_context, extended, payload })
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic in the event callback".to_owned())
}

/// The event callback ETW calls for each record. It never unwinds into Windows.
pub(crate) unsafe extern "system" fn event_record_callback(record: *mut EVENT_RECORD) {
    if record.is_null() {
        return;
    }
    // SAFETY: ETW passes a valid record for the duration of the call; the field is copied unaligned.
    let context = unsafe { ptr::read_unaligned(ptr::addr_of!((*record).UserContext)) }.cast::<CallbackState>();
    if context.is_null() {
        return;
    }
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `context` is the CallbackState `run` passed to OpenTraceW as the logfile's Context: it stays
        // alive until ProcessTrace returns, and nothing else touches it meanwhile (callbacks come one at a time on
        // the ProcessTrace thread). `record` is valid for this call.
        unsafe { (*context).on_record(record) };
    }));
    if let Err(p) = outcome {
        let message = panic_message(p.as_ref());
        // Dropping the payload or recording the failure must not unwind either.
        let _ = catch_unwind(AssertUnwindSafe(move || {
            drop(p);
            // SAFETY: as above; the mutable borrow inside the first closure has ended.
            unsafe { (*context).fail(message) };
        }));
    }
}

/// Called after each buffer is delivered: counts it, and ends `ProcessTrace` (by returning FALSE) once the trace
/// is asked to stop.
pub(crate) unsafe extern "system" fn buffer_callback(logfile: *mut EVENT_TRACE_LOGFILEW) -> u32 {
    if logfile.is_null() {
        return 1;
    }
    // SAFETY: ETW passes the logfile of the trace being processed for the duration of the call; the field is
    // copied unaligned.
    let context = unsafe { ptr::read_unaligned(ptr::addr_of!((*logfile).Context)) }.cast::<CallbackState>();
    if context.is_null() {
        return 1;
    }
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: see `event_record_callback`; only shared access here, and the event callback is not running.
        let state = unsafe { &*context };
        state.live.buffers_read.fetch_add(1, Ordering::Relaxed);
        !state.handle.is_stopped()
    }));
    u32::from(outcome.unwrap_or(false))
}

/// The callback state, kept at one address while ETW may call back (a box turned into a raw pointer, freed when
/// dropped or taken back).
pub(crate) struct OwnedState(*mut CallbackState);

impl OwnedState {
    pub fn new(state: CallbackState) -> OwnedState {
        OwnedState(Box::into_raw(Box::new(state)))
    }

    fn as_ptr(&self) -> *mut CallbackState {
        self.0
    }

    /// The pointer ETW gets as the logfile's `Context` (and passes back as each record's `UserContext`).
    #[cfg(test)]
    pub fn context(&self) -> *mut core::ffi::c_void {
        self.0.cast()
    }

    /// Sets the error callback before processing starts.
    pub fn set_error_callback(&self, cb: Option<ErrorCallback>) {
        // SAFETY: called before ProcessTrace, so no callback is using the state; the pointer is the live box.
        unsafe { (*self.0).dispatcher.set_error_callback(cb) };
    }

    /// Takes the state back once ProcessTrace has returned.
    pub fn into_inner(self) -> CallbackState {
        let p = self.0;
        std::mem::forget(self);
        // SAFETY: `p` came from Box::into_raw and is taken back once (forget keeps Drop from freeing it too);
        // ProcessTrace has returned, so ETW no longer uses it.
        *unsafe { Box::from_raw(p) }
    }
}

impl Drop for OwnedState {
    fn drop(&mut self) {
        // SAFETY: the pointer came from Box::into_raw and is freed once. `run` declares the consumer after the
        // state, so the consumer is closed (and no callback can come) before this runs.
        drop(unsafe { Box::from_raw(self.0) });
    }
}

/// A consumer handle that either side may close (the watcher, to end an attached trace; `run`, at the end).
#[derive(Default)]
pub(crate) struct ConsumerSlot(Mutex<Option<u64>>);

impl ConsumerSlot {
    pub fn close(&self) {
        let taken = self.0.lock().ok().and_then(|mut g| g.take());
        if let Some(h) = taken {
            // SAFETY: `h` came from OpenTraceW and is closed once (taken out of the slot under the lock).
            let _ = unsafe { CloseTrace(PROCESSTRACE_HANDLE { Value: h }) };
        }
    }
}

/// An open consumer of a real-time session.
pub(crate) struct Consumer {
    handle: u64,
    slot: Arc<ConsumerSlot>,
    /// The structure given to OpenTraceW and the name it points to, kept at stable addresses until the consumer is
    /// closed (Windows documents copying them, but nothing is lost by keeping them).
    _logfile: Box<EVENT_TRACE_LOGFILEW>,
    _name: Vec<u16>,
}

impl Consumer {
    /// Opens the session called `wide_name` for real-time processing with `state` as the callbacks' context.
    pub fn open(wide_name: &[u16], state: &OwnedState) -> Result<Consumer, LiveError> {
        let mut name = wide_name.to_vec();
        let mut logfile = Box::new(EVENT_TRACE_LOGFILEW {
            LoggerName: name.as_mut_ptr(),
            Anonymous1: EVENT_TRACE_LOGFILEW_0 {
                ProcessTraceMode: PROCESS_TRACE_MODE_REAL_TIME | PROCESS_TRACE_MODE_EVENT_RECORD,
            },
            Anonymous2: EVENT_TRACE_LOGFILEW_1 { EventRecordCallback: Some(event_record_callback) },
            BufferCallback: Some(buffer_callback),
            Context: state.as_ptr().cast(),
            ..EVENT_TRACE_LOGFILEW::default()
        });
        // SAFETY: `logfile` is initialised (zeroed, then the fields OpenTraceW reads for a real-time session);
        // `name` is NUL-terminated; both live, unmoved, as long as the consumer. The callbacks are functions that
        // never unwind; `Context` stays valid until ProcessTrace returns (OwnedState).
        let h = unsafe { OpenTraceW(&mut *logfile) };
        if is_invalid_processtrace_handle(h.Value) {
            // SAFETY: no preconditions.
            let last = unsafe { GetLastError() };
            let session = String::from_utf16_lossy(wide_name.strip_suffix(&[0]).unwrap_or(wide_name));
            return Err(if last == code::SUCCESS {
                LiveError {
                    operation: "OpenTraceW",
                    code: None,
                    kind: LiveErrorKind::Other,
                    detail: format!("returned the invalid handle for session '{session}'"),
                }
            } else {
                LiveError::win32("OpenTraceW", last, format!("session '{session}'"))
            });
        }
        let slot = Arc::new(ConsumerSlot(Mutex::new(Some(h.Value))));
        Ok(Consumer { handle: h.Value, slot, _logfile: logfile, _name: name })
    }

    pub fn slot(&self) -> Arc<ConsumerSlot> {
        self.slot.clone()
    }

    /// Processes events until the session stops, the consumer is closed, or the buffer callback says stop.
    pub fn process(&self) -> u32 {
        let h = PROCESSTRACE_HANDLE { Value: self.handle };
        // SAFETY: one valid handle from OpenTraceW; no time window. The callbacks' context outlives the call.
        unsafe { ProcessTrace(&h, 1, ptr::null(), ptr::null()) }
    }
}

impl Drop for Consumer {
    fn drop(&mut self) {
        self.slot.close();
    }
}
