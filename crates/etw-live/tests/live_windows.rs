//! Tests against real ETW sessions. They need Windows and an elevated prompt: on other systems this file is empty,
//! under Wine (which implements no ETW) and without the right to start sessions each test says why it skips and
//! passes. Run them on a Windows machine as administrator: `cargo test -p etw-live --test live_windows`.
//!
//! The events come from a provider this test registers itself (`EventRegister`/`EventWrite`) and from the kernel
//! (a child process started by the test), so nothing depends on what else runs on the machine.
#![cfg(windows)]
#![allow(unsafe_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use etw_core::Guid;
use etw_live::{
    query_session, running_under_wine, stop_by_name, ExistingSession, KernelTrace, LiveError, LiveErrorKind,
    LiveHandle, UserTrace,
};
use etw_trace::{kernel, Provider, TraceError, TraceStats};
use windows_sys::Win32::System::Diagnostics::Etw::{
    EventRegister, EventUnregister, EventWrite, EVENT_DATA_DESCRIPTOR, EVENT_DESCRIPTOR, REGHANDLE,
};

/// A provider only these tests write to.
const TEST_PROVIDER: Guid = Guid::parse_const("5c0f5b3e-1f0c-4f51-9a8e-2a7be1c0e7a1");

/// Why this machine cannot run a real session, if it cannot.
fn skip_reason() -> Option<&'static str> {
    if running_under_wine() {
        return Some("Wine implements no ETW");
    }
    None
}

/// Whether a failed start means "not allowed here" (then the test skips).
fn not_allowed(e: &TraceError) -> bool {
    LiveError::of_trace_error(e).is_some_and(|l| l.kind == LiveErrorKind::AccessDenied)
}

/// Writes events of `TEST_PROVIDER`: id `i`, payload `u32 i` then the UTF-16 string "etwkit".
struct TestProvider(REGHANDLE);

impl TestProvider {
    fn register() -> TestProvider {
        let guid = windows_sys::core::GUID {
            data1: TEST_PROVIDER.data1,
            data2: TEST_PROVIDER.data2,
            data3: TEST_PROVIDER.data3,
            data4: TEST_PROVIDER.data4,
        };
        let mut h: REGHANDLE = 0;
        // SAFETY: `guid` and `h` are valid for the call; no enable callback.
        let rc = unsafe { EventRegister(&guid, None, std::ptr::null(), &mut h) };
        assert_eq!(rc, 0, "EventRegister");
        TestProvider(h)
    }

    fn write(&self, id: u16) {
        let number = u32::from(id);
        let text: Vec<u16> = "etwkit".encode_utf16().chain([0]).collect();
        let data = [
            EVENT_DATA_DESCRIPTOR { Ptr: std::ptr::addr_of!(number) as u64, Size: 4, ..Default::default() },
            EVENT_DATA_DESCRIPTOR { Ptr: text.as_ptr() as u64, Size: (text.len() * 2) as u32, ..Default::default() },
        ];
        let d = EVENT_DESCRIPTOR { Id: id, Version: 0, Channel: 0, Level: 4, Opcode: 0, Task: 0, Keyword: 0 };
        // SAFETY: the descriptors point to `number` and `text`, alive for the call.
        let rc = unsafe { EventWrite(self.0, &d, 2, data.as_ptr()) };
        assert_eq!(rc, 0, "EventWrite");
    }
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        // SAFETY: the handle came from EventRegister.
        unsafe { EventUnregister(self.0) };
    }
}

fn wait_until(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let end = Instant::now() + timeout;
    while !done() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Spawns `trace`, waits until it runs; `None` (skip) when this machine does not allow sessions.
fn running(
    handle: &LiveHandle,
    join: std::thread::JoinHandle<Result<TraceStats, TraceError>>,
) -> Option<std::thread::JoinHandle<Result<TraceStats, TraceError>>> {
    if handle.wait_running(Duration::from_secs(10)) {
        return Some(join);
    }
    match join.join().unwrap() {
        Err(e) if not_allowed(&e) => {
            eprintln!("skipped: not allowed to start sessions here ({e}); run elevated");
            None
        }
        other => panic!("the trace did not start: {other:?}"),
    }
}

#[test]
fn user_trace_receives_our_events_and_counts_them() {
    if let Some(why) = skip_reason() {
        eprintln!("skipped: {why}");
        return;
    }
    let got = Arc::new(Mutex::new(Vec::new()));
    let g = got.clone();
    let mut trace = UserTrace::new();
    trace.enable(Provider::new(TEST_PROVIDER).on_event(move |ev, _| {
        g.lock().unwrap().push((ev.id(), ev.process_id(), ev.payload().to_vec()));
    }));
    let handle = trace.live_handle();
    let Some(join) = running(&handle, trace.spawn()) else { return };
    let p = TestProvider::register();
    std::thread::sleep(Duration::from_millis(300));
    for id in 1..=20 {
        p.write(id);
    }
    wait_until("20 events", Duration::from_secs(10), || got.lock().unwrap().len() >= 20);
    let s = handle.query_stats().unwrap();
    assert!(s.buffer_size_kb >= 4, "{s:?}");
    handle.stop();
    let stats = join.join().unwrap().unwrap();
    let got = got.lock().unwrap();
    for (i, (id, pid, payload)) in got.iter().take(20).enumerate() {
        assert_eq!(usize::from(*id), i + 1);
        assert_eq!(*pid, std::process::id());
        assert_eq!(&payload[..4], &(i as u32 + 1).to_le_bytes());
    }
    assert!(stats.events_seen >= 20, "{stats:?}");
    assert_eq!(stats.events_lost, 0, "{stats:?}");
    assert!(handle.session_stats().is_some());
}

#[test]
fn kernel_trace_sees_a_child_process_start() {
    if let Some(why) = skip_reason() {
        eprintln!("skipped: {why}");
        return;
    }
    let child_pid = Arc::new(AtomicU32::new(0));
    let found = Arc::new(AtomicU32::new(0));
    let (c, f) = (child_pid.clone(), found.clone());
    let mut trace = KernelTrace::new();
    trace.enable(kernel::process().on_event(move |ev, ctx| {
        if ev.opcode().0 != 1 {
            return;
        }
        let Ok(p) = ctx.parser() else { return };
        if p.parse::<u32>("ProcessId").ok() == Some(c.load(Ordering::SeqCst)) {
            f.fetch_add(1, Ordering::SeqCst);
        }
    }));
    let handle = trace.live_handle();
    let Some(join) = running(&handle, trace.spawn()) else { return };
    std::thread::sleep(Duration::from_millis(300));
    let mut child = std::process::Command::new("cmd").args(["/c", "exit", "0"]).spawn().unwrap();
    child_pid.store(child.id(), Ordering::SeqCst);
    child.wait().unwrap();
    wait_until("the child's process start", Duration::from_secs(10), || found.load(Ordering::SeqCst) > 0);
    handle.stop();
    join.join().unwrap().unwrap();
}

#[test]
fn sessions_are_stopped_by_name_and_replaced() {
    if let Some(why) = skip_reason() {
        eprintln!("skipped: {why}");
        return;
    }
    let name = format!("etwkit-test-{}", std::process::id());
    let mut first = UserTrace::new().named(&name);
    first.enable(Provider::new(TEST_PROVIDER));
    let h1 = first.live_handle();
    let Some(j1) = running(&h1, first.spawn()) else { return };
    assert!(query_session(&name).unwrap().is_some());

    // A second trace of the same name replaces the first (whose start then returns).
    let mut second = UserTrace::new().named(&name);
    second.enable(Provider::new(TEST_PROVIDER));
    let h2 = second.live_handle();
    let j2 = running(&h2, second.spawn()).expect("second trace");
    j1.join().unwrap().unwrap();

    // Refused when asked to.
    let mut third = UserTrace::new().named(&name).existing(ExistingSession::Fail);
    third.enable(Provider::new(TEST_PROVIDER));
    let e = third.start().unwrap_err();
    assert_eq!(LiveError::of_trace_error(&e).map(|l| l.kind), Some(LiveErrorKind::AlreadyExists));

    // Stopped from outside, as an orphan would be: the trace ends.
    assert!(stop_by_name(&name).unwrap().is_some());
    j2.join().unwrap().unwrap();
    assert!(query_session(&name).unwrap().is_none());
    assert!(stop_by_name(&name).unwrap().is_none());
}

#[test]
fn live_events_also_go_to_an_etl_file_that_reads_back() {
    if let Some(why) = skip_reason() {
        eprintln!("skipped: {why}");
        return;
    }
    let path = std::env::temp_dir().join(format!("etwkit-live-{}.etl", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let live = Arc::new(AtomicU32::new(0));
    let l = live.clone();
    let mut trace = UserTrace::new().etl_file(&path);
    trace.enable(Provider::new(TEST_PROVIDER).on_event(move |_, _| {
        l.fetch_add(1, Ordering::SeqCst);
    }));
    let handle = trace.live_handle();
    let Some(join) = running(&handle, trace.spawn()) else { return };
    let p = TestProvider::register();
    std::thread::sleep(Duration::from_millis(300));
    for id in 1..=5 {
        p.write(id);
    }
    wait_until("5 live events", Duration::from_secs(10), || live.load(Ordering::SeqCst) >= 5);
    handle.stop();
    join.join().unwrap().unwrap();
    let mut reader = etw_etl::EtlReader::open(&path).unwrap();
    let mut in_file = 0;
    while let Some(item) = reader.next_event() {
        if let Ok(ev) = item {
            if ev.provider_id() == TEST_PROVIDER {
                in_file += 1;
            }
        }
    }
    assert_eq!(in_file, 5);
    let _ = std::fs::remove_file(&path);
}
