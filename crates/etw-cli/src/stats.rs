//! `etw stats`: the human-readable table of a file's statistics (counted by `etwkit::pipeline::sinks::stats`).

use std::fmt::Write as _;

use etwkit::pipeline::sinks::stats::FileStats;

fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The human-readable report.
pub fn table(s: &FileStats, types_per_provider: usize) -> String {
    let mut o = String::new();
    summary_rows(&mut o, s);
    header_kinds(&mut o, s);
    providers(&mut o, s, types_per_provider);
    kernel_and_other(&mut o, s, types_per_provider);
    o
}

/// The file's name and size, then the summary rows: session, system, clock, time range, buffers, losses, records, decode coverage.
fn summary_rows(o: &mut String, s: &FileStats) {
    let l = &s.logfile;
    let _ = writeln!(o, "{}  ({} bytes)", s.file, grouped(s.size));
    let row = |o: &mut String, k: &str, v: String| {
        let _ = writeln!(o, "  {k:<14}{v}");
    };
    row(o, "logger", l.logger_name.clone());
    row(o, "log file", l.log_file_name.clone());
    row(
        o,
        "system",
        format!(
            "Windows {} build {}, {} processors at {} MHz, pointer size {}",
            l.os_version, l.build, l.processors, l.cpu_speed_mhz, l.pointer_size
        ),
    );
    row(
        o,
        "clock",
        format!(
            "{} at {} Hz, timer resolution {} x 100 ns",
            l.clock_type,
            grouped(l.perf_freq.max(0) as u64),
            l.timer_resolution
        ),
    );
    row(o, "session", format!("{} to {}", l.start_time, l.end_time));
    row(
        o,
        "events",
        match (&s.events.first, &s.events.last) {
            (Some(f), Some(t)) => format!("{f} to {t} ({:.3} s)", s.events.seconds),
            _ => "none".into(),
        },
    );
    row(
        o,
        "buffers",
        format!(
            "{} ({} compressed, {} damaged), session buffer size {}, mode {}",
            grouped(s.buffers.total),
            grouped(s.buffers.compressed),
            grouped(s.buffers.damaged),
            grouped(l.buffer_size.into()),
            l.log_file_mode
        ),
    );
    row(
        o,
        "lost",
        format!(
            "{} events, {} buffers (logfile header); {} buffers flagged EVENTS_LOST, {} BUFFER_LOST",
            grouped(s.lost.events.into()),
            grouped(s.lost.buffers.into()),
            s.lost.buffers_flagged_events_lost,
            s.lost.buffers_flagged_buffer_lost
        ),
    );
    row(o, "records", grouped(s.records.total));
    if let Some(c) = &s.coverage {
        let by: Vec<String> = c.decoded_by.iter().map(|(k, v)| format!("{k} {}", grouped(*v))).collect();
        row(
            o,
            "decoded",
            format!(
                "{} of {} ({:.1}%){}",
                grouped(c.decoded),
                grouped(c.events),
                100.0 * c.decoded as f64 / c.events.max(1) as f64,
                if by.is_empty() { String::new() } else { format!(": {}", by.join(", ")) }
            ),
        );
        if c.partly_decoded > 0 {
            row(
                o,
                "partial",
                format!(
                    "{} partly decoded (payload shorter than the schema: `etw dump` shows the properties before \
                     where decoding stopped)",
                    grouped(c.partly_decoded)
                ),
            );
        }
    }
}

/// Records per header kind.
fn header_kinds(o: &mut String, s: &FileStats) {
    let _ = writeln!(o, "\n  {:<30}{:>12}", "HEADER KIND", "RECORDS");
    for (k, v) in &s.records.by_header_kind {
        let _ = writeln!(o, "  {k:<30}{:>12}", grouped(*v));
    }
}

/// Providers, with their undecoded reasons and busiest event types.
fn providers(o: &mut String, s: &FileStats, types_per_provider: usize) {
    if !s.providers.is_empty() {
        let _ = writeln!(o, "\n  {:<38}{:<13}{:>12}{:>9}  NAME", "PROVIDER", "KIND", "EVENTS", "DECODED");
        for p in &s.providers {
            let decoded =
                p.decoded.map_or("-".to_owned(), |d| format!("{:.0}%", 100.0 * d as f64 / p.events.max(1) as f64));
            let _ = writeln!(
                o,
                "  {:<38}{:<13}{:>12}{:>9}  {}",
                p.guid,
                p.kind,
                grouped(p.events),
                decoded,
                p.name.as_deref().unwrap_or("-")
            );
            for (reason, n) in &p.undecoded {
                let _ = writeln!(o, "    not decoded: {reason} ({})", grouped(*n));
            }
            let label = match p.kind {
                "classic" => "opcode",
                "message" => "message",
                _ => "id",
            };
            for t in p.types.iter().take(types_per_provider) {
                let _ = writeln!(o, "    {:<46}{:>12}", format!("{label} {}", t.key), grouped(t.count));
            }
            if p.types.len() > types_per_provider {
                let _ = writeln!(o, "    ... {} more (see --json)", p.types.len() - types_per_provider);
            }
        }
    }
}

/// Kernel hook groups, other records, extended items, damage.
fn kernel_and_other(o: &mut String, s: &FileStats, types_per_provider: usize) {
    if !s.kernel_groups.is_empty() {
        let _ = writeln!(o, "\n  {:<48}{:>12}", "KERNEL GROUP (hook group)", "EVENTS");
        for g in &s.kernel_groups {
            let _ = writeln!(o, "  {:<48}{:>12}", format!("{} ({:#04x})", g.name, g.group), grouped(g.events));
            for t in g.types.iter().take(types_per_provider) {
                let _ = writeln!(o, "    {:<46}{:>12}", format!("type {}", t.key), grouped(t.count));
            }
        }
    }
    if !s.other_records.is_empty() {
        let _ = writeln!(o, "\n  {:<48}{:>12}", "OTHER RECORDS", "RECORDS");
        for (k, v) in &s.other_records {
            let _ = writeln!(o, "  {k:<48}{:>12}", grouped(*v));
        }
    }
    if !s.extended_items.is_empty() {
        let _ = writeln!(o, "\n  {:<48}{:>12}", "EXTENDED ITEM", "ITEMS");
        for (k, v) in &s.extended_items {
            let _ = writeln!(o, "  {k:<48}{:>12}", grouped(*v));
        }
    }
    if !s.damage.is_empty() {
        let _ = writeln!(o, "\n  DAMAGE ({} places, skipped)", s.damage.len());
        for d in &s.damage {
            let _ = writeln!(o, "    {d}");
        }
    }
}
