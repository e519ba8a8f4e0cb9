//! TraceEvent's decoded output for five corpus files (`corpus/baselines/*.baseline.txt`) against our reader:
//! the logfile header fields of the first line, and, for every event line, an event of ours with the same
//! relative time, process, thread, processor and payload length.
//!
//! Normalisation, as TraceEvent prints: numbers have `,` thousands separators; strings (and times, printed
//! `yy/MM/dd HH:mm:ss.fffffff`) longer than 20 characters are cut to 20 and end in `...`; relative times are
//! milliseconds since the session start with three decimals (we allow the last digit to differ by one, since
//! TraceEvent rounds a double); a missing process or thread id prints as -1. For kernel events ("Windows
//! Kernel/...") TraceEvent replaces the process and thread ids with ones from the payload (the issuing thread of a
//! disk I/O, the process of a TCP send), which is decoding, not reading: those are matched on time, processor and
//! payload length only.
//!
//! `net.4.5.x86.baseline.txt` is left out: it was made from a newer copy of that trace than the corpus holds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::HashMap;

use etw_etl::{EtlReader, LogfileHeader};
use etw_testkit::baseline::{cut, grouped, time, BaselineEvent, PAIRS};
use etw_testkit::corpus;

/// The `name=value` fields of a baseline line.
fn fields(line: &str) -> HashMap<&str, &str> {
    let mut parts = line.trim_end().trim_end_matches(';').split("; ");
    // The first part is `EVENT <time>: <name> PID=<pid>`.
    let first = parts.next().and_then(|p| p.rsplit_once(' ')).map(|(_, kv)| kv);
    first.into_iter().chain(parts).filter_map(|kv| kv.split_once('=')).collect()
}

fn expect_header(name: &str, h: &LogfileHeader, payload_len: usize, line: &str) -> Vec<String> {
    let f = fields(line);
    let ours: [(&str, String); 23] = [
        ("PID", h.record_process_id.to_string()),
        ("TID", h.record_thread_id.to_string()),
        ("DataLen", payload_len.to_string()),
        ("BufferSize", grouped(h.buffer_size.into())),
        ("Version", grouped(h.version.into())),
        ("ProviderVersion", grouped(h.provider_version.into())),
        ("NumberOfProcessors", grouped(h.number_of_processors.into())),
        ("EndTime", time(h.end_time)),
        ("TimerResolution", grouped(h.timer_resolution.into())),
        ("MaxFileSize", grouped(h.maximum_file_size.into())),
        ("LogFileMode", grouped(h.log_file_mode.into())),
        ("BuffersWritten", grouped(h.buffers_written.into())),
        ("StartBuffers", grouped(h.start_buffers.into())),
        ("PointerSize", grouped(h.pointer_size.into())),
        ("EventsLost", grouped(h.events_lost.into())),
        ("CPUSpeed", grouped(h.cpu_speed_mhz.into())),
        ("BootTime", time(h.boot_time)),
        ("PerfFreq", grouped(h.perf_freq.into())),
        ("StartTime", time(h.start_time)),
        ("ReservedFlags", grouped(h.reserved_flags.into())),
        ("BuffersLost", grouped(h.buffers_lost.into())),
        ("SessionName", cut(&h.logger_name)),
        ("LogFileName", cut(&h.log_file_name)),
    ];
    let mut errs = Vec::new();
    for (k, v) in ours {
        if f.get(k).copied() != Some(v.as_str()) {
            errs.push(format!("{name}: header {k}: ours {v:?}, baseline {:?}", f.get(k)));
        }
    }
    if f.get("UtcOffsetMinutes").copied() != Some(h.time_zone.bias.to_string().as_str()) {
        errs.push(format!(
            "{name}: UtcOffsetMinutes: ours {}, baseline {:?}",
            h.time_zone.bias,
            f.get("UtcOffsetMinutes")
        ));
    }
    errs
}

#[test]
fn baselines_header_and_event_times_match() {
    let Some(dir) = corpus::require() else { return };
    let mut errs = Vec::new();
    let mut matched = 0;
    for (base, etl) in PAIRS {
        let text = std::fs::read_to_string(dir.join("baselines").join(format!("{base}.baseline.txt"))).unwrap();
        let mut lines = text.lines().filter(|l| l.starts_with("EVENT "));
        let mut reader = EtlReader::open(dir.join("etl").join(etl)).unwrap();
        let header = reader.logfile_header().clone();
        let clock = *reader.clock();
        // Every event of ours, keyed by what a baseline line shows.
        let mut ours: HashMap<(i64, i64, u16, usize), Vec<i64>> = HashMap::new();
        // TraceEvent shows kernel hook events and the classic kernel-class events of merged traces (SysConfigEx)
        // alike as "Windows Kernel/...".
        let mut ours_kernel: HashMap<(u16, usize), Vec<i64>> = HashMap::new();
        let mut header_payload = None;
        reader.for_each(
            |ev| {
                header_payload.get_or_insert(ev.payload().len());
                let delta = (ev.timestamp_raw() - clock.reference_raw()) as f64;
                let micros = (delta * 1_000_000.0 / clock.ticks_per_second() as f64).round() as i64;
                let id = |v: u32| if v == u32::MAX { -1 } else { i64::from(v) };
                ours.entry((id(ev.process_id()), id(ev.thread_id()), ev.processor(), ev.payload().len()))
                    .or_default()
                    .push(micros);
                ours_kernel.entry((ev.processor(), ev.payload().len())).or_default().push(micros);
            },
            |d| panic!("{d}"),
        );
        errs.extend(expect_header(base, &header, header_payload.unwrap(), lines.next().unwrap()));
        for line in lines {
            let b = BaselineEvent::parse(line).unwrap_or_else(|| panic!("{base}: unreadable line {line}"));
            let (micros, pid, tid, cpu, len) = (b.micros, b.pid, b.tid, b.processor, b.data_len);
            let near = |ts: &Vec<i64>| ts.iter().any(|t| (t - micros).abs() <= 1);
            let found = if line.contains(": Windows Kernel/") {
                ours_kernel.get(&(cpu, len)).is_some_and(near)
            } else {
                ours.get(&(pid, tid, cpu, len)).is_some_and(near)
            };
            if found {
                matched += 1;
            } else {
                errs.push(format!("{base}: no event of ours matches {}", &line[..line.len().min(160)]));
            }
        }
    }
    assert!(errs.is_empty(), "{} mismatches:\n{}", errs.len(), errs.join("\n"));
    assert!(matched > 1000, "only {matched} baseline events checked");
}

/// The clock conversion against each file's own logfile header: no event is before the session's StartTime,
/// and the last events are within seconds of EndTime (files written by a relogger, and some flushes, carry
/// events a little after EndTime; a wrong conversion would be off by hours or years).
#[test]
fn event_times_fall_within_the_session() {
    let Some(dir) = corpus::require() else { return };
    let mut checked = 0;
    for rel in corpus::etl_files(&dir) {
        let Ok(mut r) = EtlReader::open(dir.join("etl").join(&rel)) else { continue };
        let h = r.logfile_header().clone();
        let (mut first, mut last) = (i64::MAX, i64::MIN);
        r.for_each(
            |ev| {
                first = first.min(ev.timestamp().0);
                last = last.max(ev.timestamp().0);
            },
            |_| {},
        );
        let name = rel.display();
        assert!(first >= h.start_time, "{name}: first event {first} before StartTime {}", h.start_time);
        // The logfile header record itself is stamped with the reference reading: exactly StartTime.
        assert_eq!(first, h.start_time, "{name}");
        let after_end = (last - h.end_time) as f64 / 1e7;
        assert!(after_end < 5.0, "{name}: last event {after_end:.3} s after EndTime");
        let span = (h.end_time - h.start_time) as f64 / 1e7;
        assert!((0.0..86_400.0 * 30.0).contains(&span), "{name}: session of {span} s");
        checked += 1;
    }
    assert!(checked >= 36);
}
