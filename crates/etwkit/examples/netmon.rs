//! The network monitor from krabsetw's documentation, in Rust: watch Microsoft-Windows-Kernel-Network
//! (keyword 0x10, IPv4) for event 10 ("TCP data sent") and hand each sending process's PID to user logic on a
//! worker thread.
//!
//! ```text
//! cargo run --release -p etwkit --example netmon -- trace.etl     # from an ETL file, on any OS
//! cargo run --release -p etwkit --example netmon -- --live 30     # live for 30 s (Windows, elevated; Ctrl+C ends it sooner)
//! ```
//!
//! The providers, filters and callbacks are the same for both; only the trace they are enabled on changes, chosen
//! at run time: a `FileTrace` over the file, or a live `UserTrace` (which off Windows says it needs Windows).

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::Duration;

use etwkit::predicates::id_is;
use etwkit::trace::{EventFilter, FileTrace, Provider, UserTrace};

/// Where the events come from.
enum Source {
    File(std::ffi::OsString),
    Live(Duration),
}

/// What the callback hands to the worker.
struct Sent {
    pid: u32,
    bytes: u32,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let source = match args.next() {
        Some(a) if a == "--live" => {
            let secs = args.next().and_then(|s| s.to_str()?.parse().ok()).unwrap_or(10);
            Source::Live(Duration::from_secs(secs))
        }
        Some(path) => Source::File(path),
        None => {
            eprintln!("usage: netmon TRACE.etl | netmon --live [SECONDS]");
            std::process::exit(2);
        }
    };

    // The user logic runs on a worker, so the callback stays short (a live session must not fall behind).
    let (tx, rx) = mpsc::channel::<Sent>();
    let worker = std::thread::spawn(move || {
        let mut by_pid: HashMap<u32, (u64, u64)> = HashMap::new();
        for s in rx {
            let e = by_pid.entry(s.pid).or_default();
            e.0 += 1;
            e.1 += u64::from(s.bytes);
        }
        by_pid
    });

    // krabsetw: event_filter filter(id_is(10)); filter.add_on_event_callback(...); provider.add_filter(filter);
    let filter = EventFilter::new(id_is(10)).on_event(move |_event, ctx| {
        let Ok(parser) = ctx.parser() else { return };
        if let (Ok(pid), Ok(bytes)) = (parser.parse::<u32>("PID"), parser.parse::<u32>("size")) {
            let _ = tx.send(Sent { pid, bytes });
        }
    });
    // krabsetw: provider<> provider(L"Microsoft-Windows-Kernel-Network"); provider.any(0x10);
    let provider = Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10).filter(filter);

    // The trace is dropped at the end of its arm, with the filter's sender, so the worker's loop ends.
    let stats = match source {
        Source::File(path) => {
            let mut trace = FileTrace::new([path]);
            trace.enable(provider);
            trace.start()?
        }
        Source::Live(duration) => {
            let mut trace = UserTrace::new();
            trace.enable(provider);
            let handle = trace.handle();
            let on_ctrl_c = handle.clone();
            // Ctrl+C stops the session cleanly instead of leaving it running (not available off Windows).
            let _ = etwkit::live::on_ctrl_c(move || on_ctrl_c.stop());
            std::thread::spawn(move || {
                std::thread::sleep(duration);
                handle.stop();
            });
            trace.start()?
        }
    };

    let mut by_pid: Vec<(u32, (u64, u64))> = worker.join().map_err(|_| "worker panicked")?.into_iter().collect();
    by_pid.sort_by_key(|(_, (_, bytes))| std::cmp::Reverse(*bytes));
    println!("{:>8} {:>10} {:>14}", "PID", "SENDS", "BYTES SENT");
    for (pid, (sends, bytes)) in by_pid {
        println!("{pid:>8} {sends:>10} {bytes:>14}");
    }
    eprintln!("{} events read, {} handled, {} lost", stats.events_seen, stats.events_handled, stats.events_lost);
    Ok(())
}
