//! `etw stats`: what a trace holds, counted in one pass.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use etwkit::etl::{BufferLocation, Damage, LogfileHeader, ReadCounts};
use etwkit::{BufferFlags, EventRef, FileTime, Guid, HeaderKind};
use serde::Serialize;

use crate::dump::provider_name;

use etwkit::hash::FastMap;

/// What decoding made of one event.
pub enum Outcome {
    /// Decoded by this source.
    Decoded(&'static str, Option<std::sync::Arc<str>>),
    /// Not decoded, for this reason.
    Undecoded(String),
}

/// Decodes `ev` to see whether it can be, without printing anything.
pub fn decode_outcome(
    ev: &EventRef<'_>,
    registry: &mut etwkit::schema::SchemaRegistry,
    decoder: &mut etwkit::schema::Decoder,
) -> Outcome {
    match registry.lookup(ev) {
        Ok(schema) => match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
            Ok(_) => Outcome::Decoded(schema.source.as_str(), schema.provider_name.clone()),
            Err(e) => Outcome::Undecoded(format!("decode error: {}", e.reason)),
        },
        Err(e) => Outcome::Undecoded(crate::decode::reason_key(&e)),
    }
}

#[derive(Default)]
struct ProviderAcc {
    guid: Guid,
    name: Option<String>,
    kind: &'static str,
    events: u64,
    decoded: u64,
    decoded_by: BTreeMap<&'static str, u64>,
    undecoded: BTreeMap<String, u64>,
    /// By event id (manifest events), opcode (classic), message number (WPP).
    by_type: FastMap<u16, u64>,
}

/// Counts for one file, filled as its buffers and events go by.
#[derive(Default)]
pub struct Accumulator {
    /// Earliest and latest raw timestamps (one clock per file, so converting at the end is enough).
    first_raw: Option<i64>,
    last_raw: Option<i64>,
    clock: etwkit::Clock,
    by_kind: BTreeMap<u8, u64>,
    providers: Vec<ProviderAcc>,
    provider_index: FastMap<Guid, usize>,
    /// Events come in runs from one provider: the last one looked up.
    last_provider: Option<(Guid, usize)>,
    kernel: BTreeMap<u8, BTreeMap<u8, u64>>,
    other: BTreeMap<String, u64>,
    extended: BTreeMap<u16, u64>,
    buffer_types: BTreeMap<u16, u64>,
    buffer_flags: BTreeMap<u16, u64>,
    events_lost_flagged: u64,
    buffer_lost_flagged: u64,
    damage: Vec<String>,
    records: u64,
    /// Kernel hook events, decoded or not (they have no provider entry).
    kernel_decoded: BTreeMap<&'static str, u64>,
    kernel_undecoded: BTreeMap<String, u64>,
    coverage_on: bool,
}

impl Accumulator {
    /// Counts what decoding made of `ev` (after [`Accumulator::event`] counted it).
    pub fn coverage(&mut self, ev: &EventRef<'_>, outcome: Outcome) {
        self.coverage_on = true;
        if ev.hook().is_some() {
            match outcome {
                Outcome::Decoded(source, _) => *self.kernel_decoded.entry(source).or_default() += 1,
                Outcome::Undecoded(r) => *self.kernel_undecoded.entry(r).or_default() += 1,
            }
            return;
        }
        let Some(&(_, i)) = self.last_provider.as_ref().filter(|(g, _)| *g == ev.provider_id()) else { return };
        let Some(p) = self.providers.get_mut(i) else { return };
        match outcome {
            Outcome::Decoded(source, name) => {
                p.decoded += 1;
                *p.decoded_by.entry(source).or_default() += 1;
                if p.name.is_none() {
                    p.name = name.map(|n| n.to_string());
                }
            }
            Outcome::Undecoded(r) => *p.undecoded.entry(r).or_default() += 1,
        }
    }

    pub fn buffer(&mut self, loc: &BufferLocation) {
        let h = &loc.header;
        *self.buffer_types.entry(h.buffer_type.0).or_default() += 1;
        *self.buffer_flags.entry(h.flags.0).or_default() += 1;
        self.events_lost_flagged += u64::from(h.flags.contains(BufferFlags::EVENTS_LOST));
        self.buffer_lost_flagged += u64::from(h.flags.contains(BufferFlags::BUFFER_LOST));
    }

    pub fn damage(&mut self, d: &Damage) {
        self.damage.push(d.to_string());
    }

    pub fn event(&mut self, ev: &EventRef<'_>) {
        self.records += 1;
        let t = ev.timestamp_raw();
        if self.first_raw.is_none() {
            self.clock = *ev.clock();
        }
        self.first_raw = Some(self.first_raw.map_or(t, |f| f.min(t)));
        self.last_raw = Some(self.last_raw.map_or(t, |l| l.max(t)));
        let kind = ev.header_kind();
        *self.by_kind.entry(kind.0).or_default() += 1;
        for item in ev.extended() {
            *self.extended.entry(item.kind().0).or_default() += 1;
        }
        if let Some(hook) = ev.hook() {
            *self.kernel.entry(hook.group().0).or_default().entry(hook.kind()).or_default() += 1;
            return;
        }
        let (family, key) = if kind.is_event_header() {
            ("manifest", ev.id())
        } else if kind.is_classic() {
            ("classic", u16::from(ev.opcode().0))
        } else if kind == HeaderKind::MESSAGE {
            ("message", ev.id())
        } else {
            *self.other.entry(kind.to_string()).or_default() += 1;
            return;
        };
        let guid = ev.provider_id();
        let index = match self.last_provider {
            Some((g, i)) if g == guid => i,
            _ => {
                let next = self.providers.len();
                let i = *self.provider_index.entry(guid).or_insert(next);
                if i == next {
                    self.providers.push(ProviderAcc { guid, ..ProviderAcc::default() });
                }
                self.last_provider = Some((guid, i));
                i
            }
        };
        let Some(p) = self.providers.get_mut(index) else { return };
        p.kind = family;
        p.events += 1;
        *p.by_type.entry(key).or_default() += 1;
        if p.name.is_none() && !ev.extended().is_empty() {
            p.name = provider_name(ev);
        }
    }

    pub fn finish(self, path: String, size: u64, header: &LogfileHeader, counts: ReadCounts) -> FileStats {
        let coverage = self.coverage_on.then(|| {
            let mut c = Coverage::default();
            for p in &self.providers {
                c.decoded += p.decoded;
                for (k, v) in &p.decoded_by {
                    *c.decoded_by.entry((*k).to_owned()).or_default() += v;
                }
                for (k, v) in &p.undecoded {
                    *c.undecoded.entry(k.clone()).or_default() += v;
                }
            }
            for (source, n) in &self.kernel_decoded {
                c.decoded += n;
                *c.decoded_by.entry((*source).to_owned()).or_default() += n;
            }
            for (k, v) in &self.kernel_undecoded {
                *c.undecoded.entry(format!("{k} (kernel hook events)")).or_default() += v;
            }
            c.events = self.records;
            c
        });
        let first = self.first_raw.map(|t| self.clock.to_utc(t));
        let last = self.last_raw.map(|t| self.clock.to_utc(t));
        let mut providers: Vec<ProviderStats> = self
            .providers
            .into_iter()
            .map(|p| {
                let guid = p.guid;
                let mut types: Vec<TypeCount> =
                    p.by_type.into_iter().map(|(k, count)| TypeCount { key: k, count }).collect();
                types.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
                ProviderStats {
                    guid: guid.to_string(),
                    name: p.name,
                    kind: p.kind,
                    events: p.events,
                    decoded: self.coverage_on.then_some(p.decoded),
                    decoded_by: p.decoded_by,
                    undecoded: p.undecoded,
                    types,
                }
            })
            .collect();
        providers.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.guid.cmp(&b.guid)));
        let kernel_groups = self
            .kernel
            .into_iter()
            .map(|(g, types)| {
                let group = etwkit::KernelGroup(g);
                let mut types: Vec<TypeCount> =
                    types.into_iter().map(|(k, count)| TypeCount { key: k.into(), count }).collect();
                types.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
                KernelGroupStats {
                    group: g,
                    name: group.name().map(str::to_owned).unwrap_or_else(|| group.to_string()),
                    events: types.iter().map(|t| t.count).sum(),
                    types,
                }
            })
            .collect();
        let name_of_ext = |k: u16| etwkit::ExtType(k).to_string();
        FileStats {
            file: path,
            size,
            logfile: LogfileStats::from(header),
            events: TimeRange {
                first: first.map(|t| t.to_string()),
                last: last.map(|t| t.to_string()),
                seconds: match (first, last) {
                    (Some(f), Some(l)) => (l.0 - f.0) as f64 / 1e7,
                    _ => 0.0,
                },
            },
            buffers: BufferStats {
                total: counts.buffers,
                compressed: counts.compressed_buffers,
                damaged: counts.damaged_buffers,
                flagged_events_lost: self.events_lost_flagged,
                flagged_buffer_lost: self.buffer_lost_flagged,
                by_type: self.buffer_types.into_iter().map(|(k, v)| (etwkit::BufferType(k).to_string(), v)).collect(),
                by_flags: self.buffer_flags.into_iter().map(|(k, v)| (BufferFlags(k).to_string(), v)).collect(),
            },
            records: RecordStats {
                total: self.records,
                damaged_buffers_cut_short: counts.damaged_records,
                by_header_kind: self.by_kind.into_iter().map(|(k, v)| (HeaderKind(k).to_string(), v)).collect(),
            },
            providers,
            kernel_groups,
            other_records: self.other,
            extended_items: self.extended.into_iter().map(|(k, v)| (name_of_ext(k), v)).collect(),
            coverage,
            lost: Lost {
                events: header.events_lost,
                buffers: header.buffers_lost,
                buffers_flagged_events_lost: self.events_lost_flagged,
                buffers_flagged_buffer_lost: self.buffer_lost_flagged,
            },
            damage: self.damage,
        }
    }
}

#[derive(Serialize)]
pub struct FileStats {
    pub file: String,
    pub size: u64,
    pub logfile: LogfileStats,
    pub events: TimeRange,
    pub buffers: BufferStats,
    pub records: RecordStats,
    pub providers: Vec<ProviderStats>,
    pub kernel_groups: Vec<KernelGroupStats>,
    pub other_records: BTreeMap<String, u64>,
    pub extended_items: BTreeMap<String, u64>,
    /// Decode coverage (absent with `--no-decode`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Coverage>,
    pub lost: Lost,
    pub damage: Vec<String>,
}

#[derive(Serialize)]
pub struct LogfileStats {
    pub header_kind: String,
    pub logger_name: String,
    pub log_file_name: String,
    pub os_version: String,
    pub build: u32,
    pub version_raw: String,
    pub processors: u32,
    pub pointer_size: u32,
    pub cpu_speed_mhz: u32,
    pub clock_type: String,
    pub perf_freq: i64,
    pub timer_resolution: u32,
    pub buffer_size: u32,
    pub buffers_written: u32,
    pub start_buffers: u32,
    pub log_file_mode: String,
    pub maximum_file_size_mb: u32,
    pub start_time: String,
    pub end_time: String,
    pub boot_time: String,
    pub time_zone_bias_minutes: i32,
    pub time_zone_standard_name: String,
    pub time_zone_daylight_name: String,
    pub events_lost: u32,
    pub buffers_lost: u32,
}

impl From<&LogfileHeader> for LogfileStats {
    fn from(h: &LogfileHeader) -> Self {
        LogfileStats {
            header_kind: h.header_kind.to_string(),
            logger_name: h.logger_name.clone(),
            log_file_name: h.log_file_name.clone(),
            os_version: format!("{}.{}.{}.{}", h.os_major(), h.os_minor(), h.os_sub_version(), h.os_sub_minor()),
            build: h.provider_version,
            version_raw: format!("{:#x}", h.version),
            processors: h.number_of_processors,
            pointer_size: h.pointer_size,
            cpu_speed_mhz: h.cpu_speed_mhz,
            clock_type: h.clock_type().to_string(),
            perf_freq: h.perf_freq,
            timer_resolution: h.timer_resolution,
            buffer_size: h.buffer_size,
            buffers_written: h.buffers_written,
            start_buffers: h.start_buffers,
            log_file_mode: format!("{:#x}", h.log_file_mode),
            maximum_file_size_mb: h.maximum_file_size,
            start_time: FileTime(h.start_time).to_string(),
            end_time: FileTime(h.end_time).to_string(),
            boot_time: FileTime(h.boot_time).to_string(),
            time_zone_bias_minutes: h.time_zone.bias,
            time_zone_standard_name: h.time_zone.standard_name.clone(),
            time_zone_daylight_name: h.time_zone.daylight_name.clone(),
            events_lost: h.events_lost,
            buffers_lost: h.buffers_lost,
        }
    }
}

#[derive(Serialize)]
pub struct TimeRange {
    pub first: Option<String>,
    pub last: Option<String>,
    pub seconds: f64,
}

#[derive(Serialize)]
pub struct BufferStats {
    pub total: u64,
    pub compressed: u64,
    pub damaged: u64,
    pub flagged_events_lost: u64,
    pub flagged_buffer_lost: u64,
    pub by_type: BTreeMap<String, u64>,
    pub by_flags: BTreeMap<String, u64>,
}

#[derive(Serialize)]
pub struct RecordStats {
    pub total: u64,
    pub damaged_buffers_cut_short: u64,
    pub by_header_kind: BTreeMap<String, u64>,
}

#[derive(Serialize)]
pub struct ProviderStats {
    pub guid: String,
    pub name: Option<String>,
    /// `manifest` (EVENT_HEADER: by event id), `classic` (MOF: by opcode), `message` (WPP: by message number).
    pub kind: &'static str,
    pub events: u64,
    /// Events decoded (absent with `--no-decode`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded: Option<u64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub decoded_by: BTreeMap<&'static str, u64>,
    /// Why the rest were not, with counts.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub undecoded: BTreeMap<String, u64>,
    pub types: Vec<TypeCount>,
}

#[derive(Serialize, Default)]
pub struct Coverage {
    pub events: u64,
    pub decoded: u64,
    pub decoded_by: BTreeMap<String, u64>,
    /// Reasons, with counts.
    pub undecoded: BTreeMap<String, u64>,
}

#[derive(Serialize)]
pub struct TypeCount {
    /// Event id, opcode or message number, depending on the provider's kind.
    pub key: u16,
    pub count: u64,
}

#[derive(Serialize)]
pub struct KernelGroupStats {
    pub group: u8,
    pub name: String,
    pub events: u64,
    /// By hook type (the kernel event's opcode).
    pub types: Vec<TypeCount>,
}

#[derive(Serialize)]
pub struct Lost {
    pub events: u32,
    pub buffers: u32,
    pub buffers_flagged_events_lost: u64,
    pub buffers_flagged_buffer_lost: u64,
}

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
    let l = &s.logfile;
    let _ = writeln!(o, "{}  ({} bytes)", s.file, grouped(s.size));
    let row = |o: &mut String, k: &str, v: String| {
        let _ = writeln!(o, "  {k:<14}{v}");
    };
    row(&mut o, "logger", l.logger_name.clone());
    row(&mut o, "log file", l.log_file_name.clone());
    row(
        &mut o,
        "system",
        format!(
            "Windows {} build {}, {} processors at {} MHz, pointer size {}",
            l.os_version, l.build, l.processors, l.cpu_speed_mhz, l.pointer_size
        ),
    );
    row(
        &mut o,
        "clock",
        format!(
            "{} at {} Hz, timer resolution {} x 100 ns",
            l.clock_type,
            grouped(l.perf_freq.max(0) as u64),
            l.timer_resolution
        ),
    );
    row(&mut o, "session", format!("{} to {}", l.start_time, l.end_time));
    row(
        &mut o,
        "events",
        match (&s.events.first, &s.events.last) {
            (Some(f), Some(t)) => format!("{f} to {t} ({:.3} s)", s.events.seconds),
            _ => "none".into(),
        },
    );
    row(
        &mut o,
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
        &mut o,
        "lost",
        format!(
            "{} events, {} buffers (logfile header); {} buffers flagged EVENTS_LOST, {} BUFFER_LOST",
            grouped(s.lost.events.into()),
            grouped(s.lost.buffers.into()),
            s.lost.buffers_flagged_events_lost,
            s.lost.buffers_flagged_buffer_lost
        ),
    );
    row(&mut o, "records", grouped(s.records.total));
    if let Some(c) = &s.coverage {
        let by: Vec<String> = c.decoded_by.iter().map(|(k, v)| format!("{k} {}", grouped(*v))).collect();
        row(
            &mut o,
            "decoded",
            format!(
                "{} of {} ({:.1}%){}",
                grouped(c.decoded),
                grouped(c.events),
                100.0 * c.decoded as f64 / c.events.max(1) as f64,
                if by.is_empty() { String::new() } else { format!(": {}", by.join(", ")) }
            ),
        );
    }

    let _ = writeln!(o, "\n  {:<30}{:>12}", "HEADER KIND", "RECORDS");
    for (k, v) in &s.records.by_header_kind {
        let _ = writeln!(o, "  {k:<30}{:>12}", grouped(*v));
    }
    if !s.providers.is_empty() {
        let _ = writeln!(o, "\n  {:<38}{:<10}{:>12}{:>9}  NAME", "PROVIDER", "KIND", "EVENTS", "DECODED");
        for p in &s.providers {
            let decoded =
                p.decoded.map_or("-".to_owned(), |d| format!("{:.0}%", 100.0 * d as f64 / p.events.max(1) as f64));
            let _ = writeln!(
                o,
                "  {:<38}{:<10}{:>12}{:>9}  {}",
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
    o
}
