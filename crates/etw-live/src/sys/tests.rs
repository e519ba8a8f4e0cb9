//! Windows tests that need no session: real `EVENT_RECORD` structs built in memory go through the same code as
//! ETW's records (offsets checked against windows-sys), and the callbacks are called directly. They run under Wine.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use etw_core::{ExtType, Guid, HeaderKind};
use etw_schema::SchemaRegistry;
use etw_trace::{Dispatcher, Provider, TraceHandle};
use windows_sys::Win32::System::Diagnostics::Etw::{
    ETW_BUFFER_CONTEXT, ETW_BUFFER_CONTEXT_0, EVENT_DESCRIPTOR, EVENT_HEADER, EVENT_HEADER_0,
    EVENT_HEADER_EXTENDED_DATA_ITEM, EVENT_RECORD, EVENT_TRACE_LOGFILEW,
};

use super::consumer::{record_parts, CallbackState, OwnedState};
use super::to_guid;
use crate::record::with_event;
use crate::route::Router;
use crate::trace::LiveShared;

const PROVIDER: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
const CLASS: Guid = Guid::parse_const("22222222-2222-2222-2222-222222222222");

/// A record as ETW would hand it over, pointing into `items` and `payload`.
fn record(flags: u16, provider: Guid, items: &mut [EVENT_HEADER_EXTENDED_DATA_ITEM], payload: &[u8]) -> EVENT_RECORD {
    EVENT_RECORD {
        EventHeader: EVENT_HEADER {
            Size: 80,
            Flags: flags | if items.is_empty() { 0 } else { 1 },
            ThreadId: 77,
            ProcessId: 66,
            TimeStamp: 133_500_000_000_000_000,
            ProviderId: to_guid(&provider),
            EventDescriptor: EVENT_DESCRIPTOR {
                Id: 10,
                Version: 2,
                Channel: 16,
                Level: 4,
                Opcode: 1,
                Task: 10,
                Keyword: 0x10,
            },
            Anonymous: EVENT_HEADER_0 { ProcessorTime: 0x0000_0009_0000_0008 },
            ..EVENT_HEADER::default()
        },
        BufferContext: ETW_BUFFER_CONTEXT { Anonymous: ETW_BUFFER_CONTEXT_0 { ProcessorIndex: 0x0102 }, LoggerId: 5 },
        ExtendedDataCount: items.len() as u16,
        ExtendedData: if items.is_empty() { std::ptr::null_mut() } else { items.as_mut_ptr() },
        UserDataLength: payload.len() as u16,
        UserData: payload.as_ptr().cast_mut().cast(),
        UserContext: std::ptr::null_mut(),
    }
}

fn item(kind: ExtType, data: &[u8]) -> EVENT_HEADER_EXTENDED_DATA_ITEM {
    EVENT_HEADER_EXTENDED_DATA_ITEM {
        ExtType: kind.0,
        DataSize: data.len() as u16,
        DataPtr: data.as_ptr() as usize as u64,
        ..EVENT_HEADER_EXTENDED_DATA_ITEM::default()
    }
}

#[test]
fn real_event_records_become_event_refs() {
    let related = Guid::from_provider_name("related").to_le_bytes();
    let ts = 3u32.to_le_bytes();
    let mut items = [item(ExtType::RELATED_ACTIVITYID, &related), item(ExtType::TS_ID, &ts)];
    // A payload at an odd address: nothing may assume alignment.
    let backing = [0u8, 0x41, 0, 0x42, 0, 0, 0];
    let payload = &backing[1..];
    let rec = record(0x0040 | 0x0200, PROVIDER, &mut items, payload);
    // SAFETY: `rec` points into `items`, their data and `backing`, all alive for the test.
    let parts = unsafe { record_parts(&rec) }.unwrap();
    with_event(&parts, &etw_core::Clock::SYSTEM_TIME, None, |ev| {
        assert_eq!(ev.header_kind(), HeaderKind::EVENT_HEADER64);
        assert_eq!(ev.provider_id(), PROVIDER);
        assert_eq!((ev.id(), ev.version(), ev.channel().0, ev.level().0, ev.opcode().0), (10, 2, 16, 4, 1));
        assert_eq!((ev.task(), ev.keywords()), (10, 0x10));
        assert_eq!((ev.process_id(), ev.thread_id()), (66, 77));
        assert_eq!(ev.timestamp_raw(), 133_500_000_000_000_000);
        assert_eq!(ev.processor(), 0x0102, "ProcessorIndex (flag 0x200)");
        assert_eq!(ev.header().cpu_time, etw_core::CpuTime::KernelUser { kernel: 8, user: 9 });
        assert_eq!(ev.payload(), payload);
        assert_eq!(ev.payload().as_ptr(), payload.as_ptr(), "borrowed, not copied");
        assert_eq!(ev.related_activity_id(), Some(Guid::from_provider_name("related")));
        assert_eq!(ev.extended().find(ExtType::TS_ID).map(|i| i.data()), Some(&ts[..]));
    });
    // SAFETY: a null record is refused.
    assert!(unsafe { record_parts(std::ptr::null()) }.is_none());
    // Null pointers with counts, as a damaged record might carry, give empty parts.
    let mut bad = record(0x0040, PROVIDER, &mut [], &[]);
    bad.UserData = std::ptr::null_mut();
    bad.UserDataLength = 50;
    bad.ExtendedData = std::ptr::null_mut();
    bad.ExtendedDataCount = 3;
    // SAFETY: the pointers are null; nothing is read through them.
    let parts = unsafe { record_parts(&bad) }.unwrap();
    assert!(parts.payload.is_empty() && parts.extended.as_slice().is_empty());
}

fn dispatcher(providers: Vec<Provider>, handle: &TraceHandle) -> Dispatcher {
    Dispatcher::new(providers, SchemaRegistry::new(), handle.clone())
}

#[test]
fn records_reach_providers_and_mof_events_are_routed() {
    let handle = TraceHandle::default();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let provider = Provider::new(PROVIDER).on_event(move |ev, _| {
        s.lock().unwrap().push((ev.provider_id(), ev.header_kind(), ev.payload().to_vec()));
    });
    let defaults = Arc::new(AtomicUsize::new(0));
    let d = defaults.clone();
    let mut disp = dispatcher(vec![provider], &handle);
    disp.set_default_callback(Some(Box::new(move |_, _| {
        d.fetch_add(1, Ordering::Relaxed);
    })));
    let live = Arc::new(LiveShared::default());
    let mut state = CallbackState::new(disp, Some(Router::new(vec![PROVIDER])), None, handle.clone(), live);

    // A manifest event of the provider.
    let payload = [1u8, 2, 3];
    let rec = record(0x0040, PROVIDER, &mut [], &payload);
    // SAFETY: `rec` and its payload are alive for the call.
    unsafe { state.on_record(&rec) };
    // A classic event of a class of the provider, with a control GUID item: handed on as the provider's.
    let control = PROVIDER.to_le_bytes();
    let mut items = [item(ExtType::CONTROL_GUID, &control)];
    let rec = record(0x0100 | 0x0040, CLASS, &mut items, &payload[..1]);
    // SAFETY: as above.
    unsafe { state.on_record(&rec) };
    // A classic event nobody claims (no control GUID, no TDH here): the default callback.
    let rec = record(0x0100 | 0x0040, CLASS, &mut [], &[]);
    // SAFETY: as above.
    unsafe { state.on_record(&rec) };

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0], (PROVIDER, HeaderKind::EVENT_HEADER64, vec![1, 2, 3]));
    assert_eq!(seen[1], (PROVIDER, HeaderKind::FULL_HEADER64, vec![1]));
    assert_eq!(defaults.load(Ordering::Relaxed), 1);
    assert_eq!(handle.stats().events_seen, 3);
    assert_eq!(handle.stats().events_handled, 2);
}

#[test]
fn the_extern_callbacks_never_unwind() {
    let handle = TraceHandle::default();
    let mut disp = dispatcher(Vec::new(), &handle);
    disp.set_default_callback(Some(Box::new(|_, _| panic!("boom in a callback"))));
    let live = Arc::new(LiveShared::default());
    let state = OwnedState::new(CallbackState::new(disp, None, None, handle.clone(), live.clone()));
    let ptr = state_ptr(&state);

    let mut logfile = EVENT_TRACE_LOGFILEW { Context: ptr, ..EVENT_TRACE_LOGFILEW::default() };
    // SAFETY: the logfile's Context is the live state; nothing else uses it during the call.
    assert_eq!(unsafe { super::consumer::buffer_callback(&mut logfile) }, 1, "go on while not stopped");

    let mut rec = record(0x0040, PROVIDER, &mut [], &[]);
    rec.UserContext = ptr;
    // SAFETY: the record's UserContext is the live state; the record has no data pointers.
    unsafe { super::consumer::event_record_callback(&mut rec) };
    assert!(handle.is_stopped(), "a panicking callback stops the trace");
    // SAFETY: as above.
    assert_eq!(unsafe { super::consumer::buffer_callback(&mut logfile) }, 0, "ProcessTrace is told to stop");
    assert_eq!(live.buffers_read.load(Ordering::Relaxed), 2);
    // Null pointers are ignored.
    // SAFETY: null is handled before any access.
    unsafe { super::consumer::event_record_callback(std::ptr::null_mut()) };
    rec.UserContext = std::ptr::null_mut();
    // SAFETY: a null context is handled before any access.
    unsafe { super::consumer::event_record_callback(&mut rec) };

    let state = state.into_inner();
    assert_eq!(state.dispatcher().panicked(), Some("boom in a callback"));
}

fn state_ptr(s: &OwnedState) -> *mut core::ffi::c_void {
    s.context()
}

#[test]
fn wine_is_detected() {
    // Under the project's Windows check this runs in Wine; on a real Windows machine it is false.
    let wine = super::is_wine();
    eprintln!("running under Wine: {wine}");
    assert_eq!(wine, crate::running_under_wine());
    assert_eq!(super::tdh::usable(), !wine);
    if wine {
        assert!(crate::tdh_schema_source().is_none());
        let e = crate::providers().unwrap_err();
        assert_eq!(e.kind, crate::LiveErrorKind::NotImplemented);
    }
}

#[test]
fn under_wine_start_fails_cleanly() {
    if !super::is_wine() {
        eprintln!("skipped: checks Wine's stubs (a real Windows machine would start a session)");
        return;
    }
    // Wine's StartTraceW and EnableTraceEx2 say yes and OpenTraceW returns the invalid handle: start must fail
    // with that, without hanging, and without calling TDH (which aborts under Wine), even for a provider by name.
    let mut t = crate::UserTrace::new();
    t.enable(Provider::new(PROVIDER));
    t.enable(Provider::by_name("Microsoft-Windows-Kernel-Network"));
    let h = t.live_handle();
    let err = t.start().unwrap_err();
    let live = crate::LiveError::of_trace_error(&err).expect("a live error");
    assert_eq!(live.operation, "OpenTraceW", "{live}");
    assert_eq!(h.state(), crate::TraceState::Failed);
    assert!(h.problems().iter().any(|p| p.contains("registered providers unavailable")), "{:?}", h.problems());

    let mut k = crate::KernelTrace::new();
    k.enable(etw_trace::kernel::process());
    assert!(k.start().is_err());
}
