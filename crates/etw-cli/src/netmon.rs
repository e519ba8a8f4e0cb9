//! `etw netmon`: the human-readable table (counted by `etwkit::pipeline::sinks::netmon`).

use std::fmt::Write as _;

use etwkit::pipeline::sinks::netmon::Report;

pub(crate) fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", UNITS.get(u).unwrap_or(&"?"))
    }
}

/// The human-readable report.
pub fn table(report: &Report) -> String {
    {
        let mut o = String::new();
        let sources: Vec<String> = report.sources.iter().map(|(k, v)| format!("{v} from {k}")).collect();
        let _ = writeln!(
            o,
            "{} network events ({}), {} sent, {} received{}",
            report.network_events,
            if sources.is_empty() { "none".to_owned() } else { sources.join(", ") },
            human(report.totals.sent_bytes),
            human(report.totals.received_bytes),
            if report.undecoded_events > 0 {
                format!("; {} could not be decoded", report.undecoded_events)
            } else {
                String::new()
            }
        );
        if report.processes.is_empty() {
            return o;
        }
        let _ = writeln!(
            o,
            "\n{:>7}  {:<22}{:>11}{:>11}{:>11}{:>11}{:>9}{:>6}{:>6}  TOP REMOTE",
            "PID", "PROCESS", "TCP SENT", "TCP RECV", "UDP SENT", "UDP RECV", "PACKETS", "CONN", "ACC"
        );
        for p in &report.processes {
            let packets = p.tcp.sent_packets + p.tcp.received_packets + p.udp.sent_packets + p.udp.received_packets;
            let top = p.top_remote.first().map_or(String::new(), |e| e.endpoint.clone());
            let name: String = p.name.clone().unwrap_or_else(|| "-".into()).chars().take(21).collect();
            let _ = writeln!(
                o,
                "{:>7}  {:<22}{:>11}{:>11}{:>11}{:>11}{:>9}{:>6}{:>6}  {}",
                p.pid,
                name,
                human(p.tcp.sent_bytes),
                human(p.tcp.received_bytes),
                human(p.udp.sent_bytes),
                human(p.udp.received_bytes),
                packets,
                p.connects,
                p.accepts,
                top
            );
        }
        o
    }
}
