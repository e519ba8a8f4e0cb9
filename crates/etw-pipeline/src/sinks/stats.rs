//! Statistics of a trace (`etw stats`): what a file holds, counted in one pass. Workers count their chunks into
//! partial [`Accumulator`]s, merged in read order by the sink ([`StatsSink`]), so every count, and every
//! "first seen" name, is what a single-threaded pass gives.

use std::collections::BTreeMap;
use std::io;

use etw_core::hash::FastMap;
use etw_core::{BufferFlags, EventRef, FileTime, Guid, HeaderKind};
use etw_etl::{BufferLocation, Damage, LogfileHeader, ReadCounts};
use etw_filter::{DecodeFailure, EventContext};
use etw_schema::NoSchema;
use serde::Serialize;

use crate::sink::{Encoder, Flow, RunInfo, Sink, Summary};
use crate::sinks::json::provider_name_of as provider_name;

/// What decoding made of one event.
pub enum Outcome<'a> {
    /// Decoded by this source (and the provider's name from the schema, borrowed: no reference count is
    /// taken per event).
    Decoded(&'static str, Option<&'a std::sync::Arc<str>>),
    /// Not decoded, for this reason.
    Undecoded(String),
    /// Not decoded because the payload did not fit the schema (for this reason): the properties before the one
    /// where decoding stopped were decoded (`etw dump` shows them, with `stopped_at`).
    PartlyDecoded(String),
}

/// Why an event was not decoded, in a few words (for stats).
pub fn reason_key(e: &NoSchema) -> String {
    match e {
        NoSchema::Unknown => "no schema".to_owned(),
        NoSchema::Bad(e) => format!("bad {} metadata", e.source),
        NoSchema::MissingVersion { .. } => "no schema for the event's version".to_owned(),
    }
}

/// Decodes the event of `cx` to see whether it can be, without printing anything.
pub fn decode_outcome<'a>(cx: &'a mut EventContext<'_, '_>) -> Outcome<'a> {
    match cx.decoded() {
        Ok(_) => match cx.schema() {
            Ok(schema) => Outcome::Decoded(schema.source.as_str(), schema.provider_name.as_ref()),
            Err(e) => Outcome::Undecoded(reason_key(e)),
        },
        Err(DecodeFailure::Decode(e)) => Outcome::PartlyDecoded(format!("decode error: {}", e.reason)),
        Err(DecodeFailure::NoSchema(e)) => Outcome::Undecoded(reason_key(&e)),
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
    /// Of the undecoded events, those decoded up to the property where decoding stopped.
    partly_decoded: u64,
    /// By event id (manifest events), opcode (classic), message number (WPP).
    by_type: FastMap<u16, u64>,
}

/// Counts for one file, filled as its buffers and events go by.
#[derive(Default)]
pub struct Accumulator {
    /// Earliest and latest raw timestamps (one clock per file, so converting at the end is enough).
    first_raw: Option<i64>,
    last_raw: Option<i64>,
    clock: etw_core::Clock,
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
    kernel_partly_decoded: u64,
    coverage_on: bool,
}

impl Accumulator {
    /// Counts what decoding made of `ev` (after [`Accumulator::event`] counted it).
    pub fn coverage(&mut self, ev: &EventRef<'_>, outcome: Outcome<'_>) {
        self.coverage_on = true;
        if ev.hook().is_some() {
            match outcome {
                Outcome::Decoded(source, _) => *self.kernel_decoded.entry(source).or_default() += 1,
                Outcome::Undecoded(r) => *self.kernel_undecoded.entry(r).or_default() += 1,
                Outcome::PartlyDecoded(r) => {
                    *self.kernel_undecoded.entry(r).or_default() += 1;
                    self.kernel_partly_decoded += 1;
                }
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
            Outcome::PartlyDecoded(r) => {
                *p.undecoded.entry(r).or_default() += 1;
                p.partly_decoded += 1;
            }
        }
    }

    /// Counts a buffer the walk enters.
    pub fn buffer(&mut self, loc: &BufferLocation) {
        let h = &loc.header;
        *self.buffer_types.entry(h.buffer_type.0).or_default() += 1;
        *self.buffer_flags.entry(h.flags.0).or_default() += 1;
        self.events_lost_flagged += u64::from(h.flags.contains(BufferFlags::EVENTS_LOST));
        self.buffer_lost_flagged += u64::from(h.flags.contains(BufferFlags::BUFFER_LOST));
    }

    /// Notes a damaged place.
    pub fn damage(&mut self, d: &Damage) {
        self.damage.push(d.to_string());
    }

    /// Counts an event.
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
            // TraceLogging events carry their schema; the others (manifest, EventSource) are keyed by event id.
            let tracelogging = ev.extended().find(etw_core::ExtType::EVENT_SCHEMA_TL).is_some();
            (if tracelogging { "tracelogging" } else { "event" }, ev.id())
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

    /// The statistics of the file at `path`, with the reader's counts.
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
                c.partly_decoded += p.partly_decoded;
            }
            c.partly_decoded += self.kernel_partly_decoded;
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
                    partly_decoded: p.partly_decoded,
                    types,
                }
            })
            .collect();
        providers.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.guid.cmp(&b.guid)));
        let kernel_groups = self
            .kernel
            .into_iter()
            .map(|(g, types)| {
                let group = etw_core::KernelGroup(g);
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
        let name_of_ext = |k: u16| etw_core::ExtType(k).to_string();
        FileStats {
            version: STATS_JSON_VERSION,
            file: path,
            size,
            logfile: LogfileStats::from(header),
            events: TimeRange {
                first: first.map(|t| t.to_string()),
                last: last.map(|t| t.to_string()),
                seconds: match (first, last) {
                    (Some(f), Some(l)) => (i128::from(l.0) - i128::from(f.0)) as f64 / 1e7,
                    _ => 0.0,
                },
            },
            buffers: BufferStats {
                total: counts.buffers,
                compressed: counts.compressed_buffers,
                damaged: counts.damaged_buffers,
                flagged_events_lost: self.events_lost_flagged,
                flagged_buffer_lost: self.buffer_lost_flagged,
                by_type: self.buffer_types.into_iter().map(|(k, v)| (etw_core::BufferType(k).to_string(), v)).collect(),
                by_flags: self.buffer_flags.into_iter().map(|(k, v)| (BufferFlags(k).to_string(), v)).collect(),
            },
            records: RecordStats {
                total: self.records,
                damaged_records: counts.damaged_records,
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

/// The layout version of [`FileStats`] as JSON. Version 2: `version` added; `records.damaged_buffers_cut_short`
/// renamed `records.damaged_records`; a provider's `kind` is `event`, `tracelogging`, `classic` or `message`
/// (version 1 said `manifest` for every EVENT_HEADER provider, TraceLogging ones included).
pub const STATS_JSON_VERSION: u32 = 2;

/// Statistics of one file (`etw stats --json` prints one per line).
#[derive(Serialize)]
pub struct FileStats {
    /// The version of this layout ([`STATS_JSON_VERSION`]): it changes when a key is renamed or its meaning
    /// changes (new keys may appear without a change).
    pub version: u32,
    /// The file, as given.
    pub file: String,
    /// Its size in bytes.
    pub size: u64,
    /// The logfile header.
    pub logfile: LogfileStats,
    /// The time range of the events.
    pub events: TimeRange,
    /// Buffers.
    pub buffers: BufferStats,
    /// Records.
    pub records: RecordStats,
    /// Providers (EVENT_HEADER, classic and WPP), most events first.
    pub providers: Vec<ProviderStats>,
    /// Kernel events (SYSTEM, COMPACT, PERFINFO headers) by hook group.
    pub kernel_groups: Vec<KernelGroupStats>,
    /// Records of other header kinds, by kind.
    pub other_records: BTreeMap<String, u64>,
    /// Extended data items, by type.
    pub extended_items: BTreeMap<String, u64>,
    /// Decode coverage (absent with `--no-decode`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Coverage>,
    /// What the session says it lost.
    pub lost: Lost,
    /// Each damaged place skipped, as the warning says it.
    pub damage: Vec<String>,
}

/// The logfile header's fields.
#[derive(Serialize)]
pub struct LogfileStats {
    /// The header kind of the logfile header record.
    pub header_kind: String,
    /// The session (logger) name.
    pub logger_name: String,
    /// The file name the session wrote.
    pub log_file_name: String,
    /// Windows version, `major.minor`.
    pub os_version: String,
    /// Windows build number.
    pub build: u32,
    /// `ProviderVersion` as stored (hex).
    pub version_raw: String,
    /// Processors of the machine.
    pub processors: u32,
    /// Pointer size of the machine, in bytes.
    pub pointer_size: u32,
    /// Processor speed in MHz.
    pub cpu_speed_mhz: u32,
    /// The session clock (QPC, system time, CPU cycles).
    pub clock_type: String,
    /// Frequency of the session clock, in ticks per second.
    pub perf_freq: i64,
    /// Timer resolution, in 100 ns units.
    pub timer_resolution: u32,
    /// The session's buffer size in bytes.
    pub buffer_size: u32,
    /// Buffers the session wrote.
    pub buffers_written: u32,
    /// `StartBuffers` of the header.
    pub start_buffers: u32,
    /// `LogFileMode` flags.
    pub log_file_mode: String,
    /// Maximum file size in MB (0: none).
    pub maximum_file_size_mb: u32,
    /// Session start (UTC).
    pub start_time: String,
    /// Session end (UTC).
    pub end_time: String,
    /// Boot time of the machine (UTC).
    pub boot_time: String,
    /// Time zone bias, minutes west of UTC.
    pub time_zone_bias_minutes: i32,
    /// Time zone name (standard time).
    pub time_zone_standard_name: String,
    /// Time zone name (daylight saving time).
    pub time_zone_daylight_name: String,
    /// Events the session lost.
    pub events_lost: u32,
    /// Buffers the session lost.
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

/// When the events happened.
#[derive(Serialize)]
pub struct TimeRange {
    /// Earliest event time (RFC 3339 UTC).
    pub first: Option<String>,
    /// Latest event time (RFC 3339 UTC).
    pub last: Option<String>,
    /// Seconds between them.
    pub seconds: f64,
}

/// Buffers of the file.
#[derive(Serialize)]
pub struct BufferStats {
    /// Buffers found.
    pub total: u64,
    /// Compressed buffers.
    pub compressed: u64,
    /// Buffers skipped or read only in part.
    pub damaged: u64,
    /// Buffers flagged EVENTS_LOST.
    pub flagged_events_lost: u64,
    /// Buffers flagged BUFFER_LOST.
    pub flagged_buffer_lost: u64,
    /// Buffers by buffer type.
    pub by_type: BTreeMap<String, u64>,
    /// Buffers by flags.
    pub by_flags: BTreeMap<String, u64>,
}

/// Records of the file.
#[derive(Serialize)]
pub struct RecordStats {
    /// Records read.
    pub total: u64,
    /// Damaged records: each ended its buffer's walk (the rest of that buffer was skipped).
    pub damaged_records: u64,
    /// Records by header kind.
    pub by_header_kind: BTreeMap<String, u64>,
}

/// One provider.
#[derive(Serialize)]
pub struct ProviderStats {
    /// Provider GUID (class GUID for classic events).
    pub guid: String,
    /// Provider name, where known.
    pub name: Option<String>,
    /// `event` (EVENT_HEADER: manifest or EventSource, by event id), `tracelogging` (EVENT_HEADER with
    /// TraceLogging metadata, by event id), `classic` (MOF: by opcode), `message` (WPP: by message number).
    pub kind: &'static str,
    /// Events.
    pub events: u64,
    /// Events decoded (absent with `--no-decode`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded: Option<u64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    /// Decoded events by schema source.
    pub decoded_by: BTreeMap<&'static str, u64>,
    /// Why the rest were not, with counts.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub undecoded: BTreeMap<String, u64>,
    /// Of the undecoded events, those whose payload did not fit the schema (a manifest from another build of the
    /// provider): `etw dump` shows their properties up to the one where decoding stopped (absent when none).
    #[serde(skip_serializing_if = "is_zero")]
    pub partly_decoded: u64,
    /// Events by id, opcode or message number, most first.
    pub types: Vec<TypeCount>,
}

/// What decoding made of the events.
#[derive(Serialize, Default)]
pub struct Coverage {
    /// Events.
    pub events: u64,
    /// Events decoded.
    pub decoded: u64,
    /// Decoded events by schema source.
    pub decoded_by: BTreeMap<String, u64>,
    /// Reasons, with counts.
    pub undecoded: BTreeMap<String, u64>,
    /// Of the undecoded events, those whose payload did not fit the schema: `etw dump` shows their properties up
    /// to the one where decoding stopped.
    pub partly_decoded: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A count of one event type.
#[derive(Serialize)]
pub struct TypeCount {
    /// Event id, opcode or message number, depending on the provider's kind.
    pub key: u16,
    /// Events.
    pub count: u64,
}

/// One kernel hook group.
#[derive(Serialize)]
pub struct KernelGroupStats {
    /// The hook group.
    pub group: u8,
    /// Its name.
    pub name: String,
    /// Events.
    pub events: u64,
    /// By hook type (the kernel event's opcode).
    pub types: Vec<TypeCount>,
}

/// What was lost.
#[derive(Serialize)]
pub struct Lost {
    /// Events lost, from the logfile header.
    pub events: u32,
    /// Buffers lost, from the logfile header.
    pub buffers: u32,
    /// Buffers flagged EVENTS_LOST.
    pub buffers_flagged_events_lost: u64,
    /// Buffers flagged BUFFER_LOST.
    pub buffers_flagged_buffer_lost: u64,
}

fn add_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: BTreeMap<K, u64>) {
    for (k, v) in from {
        let e = into.entry(k).or_default();
        *e = e.saturating_add(v);
    }
}

impl Accumulator {
    /// Adds `later`, the counts of the events that came after this accumulator's, as if one accumulator had
    /// seen them all in order (names first seen stay; the latest family of a provider wins).
    pub fn merge(&mut self, later: Accumulator) {
        if self.first_raw.is_none() && later.first_raw.is_some() {
            self.clock = later.clock;
        }
        self.first_raw = match (self.first_raw, later.first_raw) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last_raw = match (self.last_raw, later.last_raw) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        add_counts(&mut self.by_kind, later.by_kind);
        for p in later.providers {
            let next = self.providers.len();
            let i = *self.provider_index.entry(p.guid).or_insert(next);
            if i == next {
                self.providers.push(p);
                continue;
            }
            let Some(mine) = self.providers.get_mut(i) else { continue };
            mine.kind = p.kind;
            mine.events = mine.events.saturating_add(p.events);
            mine.decoded = mine.decoded.saturating_add(p.decoded);
            if mine.name.is_none() {
                mine.name = p.name;
            }
            add_counts(&mut mine.decoded_by, p.decoded_by);
            add_counts(&mut mine.undecoded, p.undecoded);
            mine.partly_decoded = mine.partly_decoded.saturating_add(p.partly_decoded);
            for (k, v) in p.by_type {
                let e = mine.by_type.entry(k).or_default();
                *e = e.saturating_add(v);
            }
        }
        self.last_provider = None;
        for (g, types) in later.kernel {
            add_counts(self.kernel.entry(g).or_default(), types);
        }
        add_counts(&mut self.other, later.other);
        add_counts(&mut self.extended, later.extended);
        add_counts(&mut self.buffer_types, later.buffer_types);
        add_counts(&mut self.buffer_flags, later.buffer_flags);
        self.events_lost_flagged = self.events_lost_flagged.saturating_add(later.events_lost_flagged);
        self.buffer_lost_flagged = self.buffer_lost_flagged.saturating_add(later.buffer_lost_flagged);
        self.damage.extend(later.damage);
        self.records = self.records.saturating_add(later.records);
        add_counts(&mut self.kernel_decoded, later.kernel_decoded);
        add_counts(&mut self.kernel_undecoded, later.kernel_undecoded);
        self.kernel_partly_decoded = self.kernel_partly_decoded.saturating_add(later.kernel_partly_decoded);
        self.coverage_on |= later.coverage_on;
    }
}

/// Counts one file's statistics: run a pipeline over that one file (in file order) into it, then
/// [`StatsSink::into_stats`].
#[derive(Default)]
pub struct StatsSink {
    total: Accumulator,
    coverage: bool,
    file: Option<crate::sink::OpenedFile>,
    counts: ReadCounts,
}

impl StatsSink {
    /// A sink that also counts what decoding makes of each event when `coverage` (the pipeline must then have
    /// schemas).
    pub fn new(coverage: bool) -> StatsSink {
        StatsSink { coverage, ..StatsSink::default() }
    }

    /// The statistics, or `None` if the file did not open.
    pub fn into_stats(self) -> Option<FileStats> {
        let f = self.file?;
        Some(self.total.finish(f.path.display().to_string(), f.size, &f.header, self.counts))
    }
}

/// Counts a chunk of events into a partial [`Accumulator`].
pub struct StatsEncoder {
    acc: Accumulator,
    coverage: bool,
}

impl Encoder for StatsEncoder {
    type Batch = Accumulator;

    fn buffer(&mut self, location: &BufferLocation) {
        self.acc.buffer(location);
    }

    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        self.acc.event(event);
        if self.coverage {
            self.acc.coverage(event, decode_outcome(cx));
        }
    }

    fn take(&mut self) -> Accumulator {
        std::mem::take(&mut self.acc)
    }
}

impl Sink for StatsSink {
    type Encoder = StatsEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.file = run.files.first().cloned();
        Ok(())
    }

    fn encoder(&self) -> StatsEncoder {
        StatsEncoder { acc: Accumulator::default(), coverage: self.coverage }
    }

    fn write(&mut self, batch: Accumulator) -> io::Result<Flow> {
        self.total.merge(batch);
        Ok(Flow::Continue)
    }

    fn damage(&mut self, damage: &Damage) -> io::Result<()> {
        self.total.damage(damage);
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.counts = summary.counts;
        Ok(())
    }
}
