//! The network monitor from krabsetw's documentation, in Rust: watch Microsoft-Windows-Kernel-Network
//! (keyword 0x10, IPv4) for event 10 ("TCP data sent") and hand each sending process's PID to user logic on a
//! worker thread.
//!
//! ```text
//! cargo run --release -p etwkit --example netmon -- trace.etl     # from an ETL file, on any OS
//! ```
//!
//! The trace is a `FileTrace` here; on Windows the same providers, filters and callbacks go to a live
//! `UserTrace` (the source is the only thing that changes).

use std::collections::HashMap;
use std::sync::mpsc;

use etwkit::predicates::id_is;
use etwkit::trace::{EventFilter, FileTrace, Provider};

/// What the callback hands to the worker.
struct Sent {
    pid: u32,
    bytes: u32,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: netmon TRACE.etl");
        std::process::exit(2);
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

    let mut trace = FileTrace::new([path]);
    trace.enable(provider);
    let stats = trace.start()?;
    drop(trace); // drops the filter's sender, so the worker's loop ends

    let mut by_pid: Vec<(u32, (u64, u64))> = worker.join().map_err(|_| "worker panicked")?.into_iter().collect();
    by_pid.sort_by_key(|(_, (_, bytes))| std::cmp::Reverse(*bytes));
    println!("{:>8} {:>10} {:>14}", "PID", "SENDS", "BYTES SENT");
    for (pid, (sends, bytes)) in by_pid {
        println!("{pid:>8} {sends:>10} {bytes:>14}");
    }
    eprintln!("{} events read, {} handled", stats.events_seen, stats.events_handled);
    Ok(())
}
