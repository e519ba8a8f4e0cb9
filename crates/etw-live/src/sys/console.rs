//! Ctrl+C: stop traces instead of ending the process with a real-time session still running.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use windows_sys::core::BOOL;
use windows_sys::Win32::Foundation::GetLastError;
use windows_sys::Win32::System::Console::{SetConsoleCtrlHandler, CTRL_BREAK_EVENT, CTRL_CLOSE_EVENT, CTRL_C_EVENT};

use crate::error::LiveError;

type Handler = Box<dyn Fn() + Send + Sync>;

static HANDLERS: Mutex<Vec<Handler>> = Mutex::new(Vec::new());
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Runs on a thread Windows creates for the signal. Never unwinds.
unsafe extern "system" fn on_signal(kind: u32) -> BOOL {
    if !matches!(kind, CTRL_C_EVENT | CTRL_BREAK_EVENT | CTRL_CLOSE_EVENT) {
        return 0;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(handlers) = HANDLERS.lock() {
            for h in handlers.iter() {
                h();
            }
        }
    }));
    if kind == CTRL_CLOSE_EVENT {
        // The process ends when this returns: give the traces a moment to stop their sessions.
        std::thread::sleep(Duration::from_millis(1500));
    }
    1
}

pub(crate) fn on_ctrl_c(f: Handler) -> Result<(), LiveError> {
    HANDLERS.lock().map_err(|_| LiveError::settings("Ctrl+C handlers poisoned"))?.push(f);
    if !INSTALLED.swap(true, Ordering::AcqRel) {
        // SAFETY: `on_signal` is a valid handler routine for the life of the process and never unwinds.
        let ok = unsafe { SetConsoleCtrlHandler(Some(on_signal), 1) };
        if ok == 0 {
            INSTALLED.store(false, Ordering::Release);
            // SAFETY: no preconditions.
            let code = unsafe { GetLastError() };
            return Err(LiveError::win32("SetConsoleCtrlHandler", code, ""));
        }
    }
    Ok(())
}
