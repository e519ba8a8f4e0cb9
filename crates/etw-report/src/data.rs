//! The report's data: what the page embeds as JSON and draws. Everything here is bounded whatever the input:
//! a fixed number of time bins, the top series with the rest grouped, capped table rows, cut long strings.

use std::collections::{BTreeMap, HashMap};

use etw_core::{FileTime, KernelGroup};
use etw_pipeline::sinks::stats::{FileStats, LogfileStats};
use etw_pipeline::{RunInfo, Summary};
use serde::Serialize;

use crate::aggregate::{Part, SourceKey, TypeCounts};
use crate::bins::Series;

/// The layout version of [`ReportData`] (the page's embedded JSON).
pub const REPORT_DATA_VERSION: u32 = 1;

/// Series drawn one by one in a stacked chart; the others are summed into one "other" series.
pub const TOP_SERIES: usize = 8;
/// Rows of the process table.
pub const MAX_PROCESS_ROWS: usize = 500;
/// Processes drawn in the lifetime timeline.
pub const MAX_TIMELINE_ROWS: usize = 60;
/// Rows of the provider and event id table.
pub const MAX_TYPE_ROWS: usize = 3000;
/// Remote endpoints listed.
pub const MAX_ENDPOINTS: usize = 30;

/// Names (providers, processes, series) longer than this many bytes are cut.
pub const MAX_NAME: usize = 256;
/// The most bytes the page's JSON may take; [`ReportData::fit`] drops table rows (the rarest first) beyond it.
/// The rest of the page (styles, script, markup) is about 40 KB, so the page stays under 5 MB.
pub const MAX_DATA_BYTES: usize = 4_500_000;

/// `s` cut to at most `max` bytes (at a character boundary) with `…` appended when cut.
pub fn cut(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
        s.push('…');
    }
    s
}

/// FILETIME of 1970-01-01T00:00:00Z.
const UNIX_EPOCH_FILETIME: i64 = 116_444_736_000_000_000;

/// FILETIME ticks as milliseconds since the Unix epoch (what JavaScript's `Date` takes).
fn unix_ms(t: i64) -> f64 {
    (i128::from(t) - i128::from(UNIX_EPOCH_FILETIME)) as f64 / 10_000.0
}

/// Everything the page shows.
#[derive(Serialize)]
pub struct ReportData {
    /// [`REPORT_DATA_VERSION`].
    pub version: u32,
    /// What made the report.
    pub generator: String,
    /// Why there is nothing to chart (`None` when there is): no file opened, no events, or no event decoded.
    pub nothing_to_show: Option<String>,
    /// The summary.
    pub summary: SummaryData,
    /// The files read.
    pub files: Vec<FileData>,
    /// The time axis shared by every chart over time.
    pub time: Option<TimeAxis>,
    /// Events over time, by provider (or kernel group).
    pub events_over_time: Vec<NamedSeries>,
    /// Events per provider (and kernel group), most events first.
    pub providers: Vec<ProviderData>,
    /// Rows left out of `providers`.
    pub providers_left_out: usize,
    /// One row per provider and event id (or opcode), most events first.
    pub event_types: Vec<TypeRow>,
    /// Rows left out of `event_types`.
    pub event_types_left_out: usize,
    /// Processes.
    pub processes: Vec<ProcessRow>,
    /// Processes left out of `processes`.
    pub processes_left_out: usize,
    /// Network activity, when the trace has Kernel-Network or kernel TcpIp/UdpIp events.
    pub network: Option<NetworkData>,
    /// CPU use per process, when the trace has context switches or sampled-profile events.
    pub cpu: Option<CpuData>,
    /// Damaged places.
    pub damage: DamageData,
}

/// The summary section.
#[derive(Serialize, Default)]
pub struct SummaryData {
    /// Events (records) read.
    pub events: u64,
    /// Events other than the trace's own bookkeeping (logfile header, rundown markers).
    pub content_events: u64,
    /// Earliest event (RFC 3339 UTC).
    pub first: Option<String>,
    /// Latest event.
    pub last: Option<String>,
    /// Seconds between them.
    pub seconds: f64,
    /// Decode coverage: decoded events.
    pub decoded: u64,
    /// Decoded events by schema source.
    pub decoded_by: BTreeMap<String, u64>,
    /// Why the others were not decoded, with counts.
    pub undecoded: BTreeMap<String, u64>,
    /// Of the undecoded, decoded in part.
    pub partly_decoded: u64,
    /// Events lost, from the logfile headers.
    pub events_lost: u64,
    /// Buffers lost, from the logfile headers.
    pub buffers_lost: u64,
    /// Buffers flagged EVENTS_LOST.
    pub buffers_flagged_events_lost: u64,
    /// Buffers flagged BUFFER_LOST.
    pub buffers_flagged_buffer_lost: u64,
    /// Damaged places skipped.
    pub damaged_places: u64,
    /// Files that did not open.
    pub files_failed: u64,
    /// Buffers read.
    pub buffers: u64,
}

/// One input file.
#[derive(Serialize)]
pub struct FileData {
    /// Path as given.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// The logfile header, as `etw stats --json` shows it.
    pub logfile: LogfileStats,
}

/// The time axis: bin `i` covers `[start_ms + i * bin_ms, start_ms + (i + 1) * bin_ms)`, in milliseconds since
/// the Unix epoch (UTC).
#[derive(Serialize)]
pub struct TimeAxis {
    /// Start of the first bin.
    pub start_ms: f64,
    /// Bin width.
    pub bin_ms: f64,
    /// Number of bins.
    pub bins: usize,
    /// The earliest event.
    pub first_ms: f64,
    /// The latest event.
    pub last_ms: f64,
}

/// A named series over the time axis.
#[derive(Serialize)]
pub struct NamedSeries {
    /// What it counts.
    pub name: String,
    /// Its sum.
    pub total: u64,
    /// One value per bin.
    pub values: Vec<u64>,
}

/// One provider or kernel group.
#[derive(Serialize)]
pub struct ProviderData {
    /// Name (the GUID when unknown).
    pub name: String,
    /// GUID (providers) or `kernel group N`.
    pub guid: String,
    /// `event`, `tracelogging`, `classic`, `message` (as `etw stats` says), `kernel` or `other`.
    pub kind: String,
    /// Events.
    pub events: u64,
    /// Events decoded.
    pub decoded: u64,
}

/// One provider's event id (or opcode).
#[derive(Serialize)]
pub struct TypeRow {
    /// Provider (or kernel group) name.
    pub provider: String,
    /// `id` or `opcode`.
    pub key_kind: &'static str,
    /// The id or opcode.
    pub key: u16,
    /// Events.
    pub events: u64,
    /// Decoded events.
    pub decoded: u64,
    /// `decoded`, `partly decoded`, `not decoded` or `mixed`.
    pub status: &'static str,
}

/// One process.
#[derive(Serialize)]
pub struct ProcessRow {
    /// Process id.
    pub pid: u32,
    /// Image name.
    pub image: Option<String>,
    /// Command line.
    pub command_line: Option<String>,
    /// Parent process id.
    pub parent: Option<u32>,
    /// Start, when within the trace (ms since the Unix epoch).
    pub start_ms: Option<f64>,
    /// End, when within the trace.
    pub end_ms: Option<f64>,
    /// Seen running by a rundown event (so it ran before or after the events that name it).
    pub rundown: bool,
    /// Events whose header names this process.
    pub events: u64,
    /// Network bytes sent (TCP and UDP).
    pub sent_bytes: u64,
    /// Network bytes received.
    pub received_bytes: u64,
    /// CPU: samples (sampled profile) or milliseconds (context switches), see [`CpuData::unit`].
    pub cpu: f64,
}

/// Network activity.
#[derive(Serialize)]
pub struct NetworkData {
    /// Network events.
    pub events: u64,
    /// Network events not decoded.
    pub undecoded_events: u64,
    /// Events by source.
    pub sources: BTreeMap<String, u64>,
    /// Bytes sent in all.
    pub sent_bytes: u64,
    /// Bytes received in all.
    pub received_bytes: u64,
    /// Bytes sent over time.
    pub sent: Vec<u64>,
    /// Bytes received over time.
    pub received: Vec<u64>,
    /// Remote endpoints, busiest first.
    pub endpoints: Vec<EndpointRow>,
    /// Processes with traffic, busiest first, as `etw netmon` counts them.
    pub processes: Vec<NetProcess>,
}

/// A remote endpoint, summed over processes.
#[derive(Serialize)]
pub struct EndpointRow {
    /// Address and port.
    pub endpoint: String,
    /// Bytes sent to it.
    pub sent_bytes: u64,
    /// Bytes received from it.
    pub received_bytes: u64,
    /// Send and receive events.
    pub packets: u64,
}

/// One process's traffic.
#[derive(Serialize)]
pub struct NetProcess {
    /// Process id.
    pub pid: u32,
    /// Image name.
    pub name: Option<String>,
    /// TCP and UDP bytes sent.
    pub sent_bytes: u64,
    /// TCP and UDP bytes received.
    pub received_bytes: u64,
}

/// CPU use per process over time.
#[derive(Serialize)]
pub struct CpuData {
    /// `context switches` or `sampled profile`.
    pub source: &'static str,
    /// `ms` (CPU time from context switches) or `samples`.
    pub unit: &'static str,
    /// The busiest processes, then the rest as one series.
    pub series: Vec<NamedSeries>,
}

/// Damaged places.
#[derive(Serialize, Default)]
pub struct DamageData {
    /// How many.
    pub total: u64,
    /// Each listed place: file and what was skipped.
    pub places: Vec<DamagePlace>,
}

/// One damaged place.
#[derive(Serialize)]
pub struct DamagePlace {
    /// The file.
    pub file: String,
    /// What was wrong and what was skipped (as `etw` warns).
    pub what: String,
}

/// The top `TOP_SERIES` series by total, then the rest summed as `other`.
fn top_series(mut all: Vec<NamedSeries>, other: &str, bins: usize) -> Vec<NamedSeries> {
    all.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name)));
    let rest = if all.len() > TOP_SERIES + 1 { all.split_off(TOP_SERIES) } else { Vec::new() };
    if !rest.is_empty() {
        let mut values = vec![0u64; bins];
        let mut total = 0u64;
        for s in rest {
            total = total.saturating_add(s.total);
            for (slot, v) in values.iter_mut().zip(s.values) {
                *slot = slot.saturating_add(v);
            }
        }
        all.push(NamedSeries { name: other.to_owned(), total, values });
    }
    all
}

impl ReportData {
    /// Builds the data from the merged aggregate.
    pub(crate) fn build(
        part: Part,
        run: &RunInfo,
        damage: Vec<(u32, String)>,
        damage_total: u64,
        summary: &Summary,
    ) -> ReportData {
        let path_of = |i: u32| {
            usize::try_from(i)
                .ok()
                .and_then(|i| run.files.get(i))
                .map_or_else(|| format!("file {i}"), |f| f.path.display().to_string())
        };
        let files: Vec<FileData> = run
            .files
            .iter()
            .map(|f| FileData {
                path: f.path.display().to_string(),
                size: f.size,
                logfile: LogfileStats::from(&f.header),
            })
            .collect();
        let damage = DamageData {
            total: damage_total,
            places: damage.into_iter().map(|(f, what)| DamagePlace { file: path_of(f), what }).collect(),
        };
        let Part {
            stats,
            netmon,
            axis,
            by_source,
            types,
            sent,
            received,
            pid_events,
            processes,
            threads,
            samples,
            switches,
            content_events,
            content_decoded,
        } = part;
        let header = run.files.first().map(|f| f.header.clone()).unwrap_or_default();
        let stats: FileStats = stats.finish(String::new(), 0, &header, summary.counts);

        // Names of providers (as `etw stats` found them) and kernel groups.
        let mut names: HashMap<SourceKey, (String, String, String)> = HashMap::new();
        let mut providers: Vec<ProviderData> = Vec::new();
        for p in &stats.providers {
            let name = cut(p.name.clone().unwrap_or_else(|| p.guid.clone()), MAX_NAME);
            if let Ok(guid) = p.guid.parse::<etw_core::Guid>() {
                names.insert(SourceKey::Provider(guid), (name.clone(), p.guid.clone(), p.kind.to_owned()));
            }
            providers.push(ProviderData {
                name,
                guid: p.guid.clone(),
                kind: p.kind.to_owned(),
                events: p.events,
                decoded: p.decoded.unwrap_or(0),
            });
        }
        for g in &stats.kernel_groups {
            let name = format!("kernel {}", g.name);
            let decoded = types
                .iter()
                .filter(|((k, _), _)| *k == SourceKey::Kernel(g.group))
                .fold(0u64, |a, (_, c)| a.saturating_add(c.decoded));
            names.insert(
                SourceKey::Kernel(g.group),
                (name.clone(), format!("kernel group {}", g.group), "kernel".into()),
            );
            providers.push(ProviderData {
                name,
                guid: format!("kernel group {}", g.group),
                kind: "kernel".into(),
                events: g.events,
                decoded,
            });
        }
        for (kind, n) in &stats.other_records {
            providers.push(ProviderData {
                name: format!("{kind} records"),
                guid: String::new(),
                kind: "other".into(),
                events: *n,
                decoded: 0,
            });
        }
        providers.sort_by(|a, b| {
            b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)).then_with(|| a.guid.cmp(&b.guid))
        });
        let name_of = |k: &SourceKey| -> String {
            // Names in `names` are cut already; GUIDs, kernel groups and header kinds are short.
            match names.get(k) {
                Some((n, _, _)) => n.clone(),
                None => match k {
                    SourceKey::Provider(g) => g.to_string(),
                    SourceKey::Kernel(g) => {
                        let group = KernelGroup(*g);
                        format!("kernel {}", group.name().map(str::to_owned).unwrap_or_else(|| group.to_string()))
                    }
                    SourceKey::Other(kind) => format!("{} records", etw_core::HeaderKind(*kind)),
                },
            }
        };

        // The time axis.
        let bins = axis.bins();
        let time = bins.zip(axis.range()).map(|((first, last), (lo, hi))| {
            let width = axis.width_ticks();
            TimeAxis {
                start_ms: unix_ms(first.saturating_mul(width)),
                bin_ms: width as f64 / 10_000.0,
                bins: usize::try_from(last.saturating_sub(first).saturating_add(1)).unwrap_or(0),
                first_ms: unix_ms(lo),
                last_ms: unix_ms(hi),
            }
        });
        let n_bins = time.as_ref().map_or(0, |t| t.bins);
        let dense = |s: &Series| match bins {
            Some((first, last)) => s.dense(axis.shift(), first, last),
            None => Vec::new(),
        };

        // Sorted by key first, so that series of equal names and totals (two providers both named
        // KernelTraceControl) keep one order whatever the hash maps' order: the page is the same for any run.
        let mut sources: Vec<(&SourceKey, &Series)> = by_source.iter().collect();
        sources.sort_by_key(|(k, _)| **k);
        let over_time: Vec<NamedSeries> = sources
            .into_iter()
            .filter(|(k, _)| **k != SourceKey::Kernel(KernelGroup::HEADER.0))
            .map(|(k, s)| NamedSeries { name: name_of(k), total: s.total(), values: dense(s) })
            .collect();
        let events_over_time = top_series(over_time, "other providers", n_bins);

        // Event types, in key order before the stable sort below (see the series above).
        let mut types: Vec<(&(SourceKey, u16), &TypeCounts)> = types.iter().collect();
        types.sort_by_key(|(k, _)| **k);
        let mut rows: Vec<TypeRow> = types
            .into_iter()
            .map(|((k, key), c): (&(SourceKey, u16), &TypeCounts)| TypeRow {
                provider: name_of(k),
                key_kind: match k {
                    SourceKey::Provider(g) if names.get(&SourceKey::Provider(*g)).is_some_and(|n| n.2 == "classic") => {
                        "opcode"
                    }
                    SourceKey::Provider(_) => "id",
                    SourceKey::Kernel(_) => "opcode",
                    SourceKey::Other(_) => "id",
                },
                key: *key,
                events: c.events,
                decoded: c.decoded,
                status: if c.decoded == c.events {
                    "decoded"
                } else if c.decoded == 0 && c.partly == c.events {
                    "partly decoded"
                } else if c.decoded == 0 && c.partly == 0 {
                    "not decoded"
                } else {
                    "mixed"
                },
            })
            .collect();
        rows.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.provider.cmp(&b.provider)).then(a.key.cmp(&b.key)));
        let event_types_left_out = rows.len().saturating_sub(MAX_TYPE_ROWS);
        rows.truncate(MAX_TYPE_ROWS);

        // Network.
        let net = netmon.report(usize::MAX);
        let mut net_by_pid: HashMap<u32, (u64, u64)> = HashMap::new();
        let mut endpoints: BTreeMap<String, EndpointRow> = BTreeMap::new();
        let mut net_processes = Vec::new();
        for p in &net.processes {
            let s = p.tcp.sent_bytes.saturating_add(p.udp.sent_bytes);
            let r = p.tcp.received_bytes.saturating_add(p.udp.received_bytes);
            net_by_pid.insert(p.pid, (s, r));
            net_processes.push(NetProcess {
                pid: p.pid,
                name: p.name.clone().map(|n| cut(n, MAX_NAME)),
                sent_bytes: s,
                received_bytes: r,
            });
            for e in &p.top_remote {
                let row = endpoints.entry(e.endpoint.clone()).or_insert_with(|| EndpointRow {
                    endpoint: e.endpoint.clone(),
                    sent_bytes: 0,
                    received_bytes: 0,
                    packets: 0,
                });
                row.sent_bytes = row.sent_bytes.saturating_add(e.sent_bytes);
                row.received_bytes = row.received_bytes.saturating_add(e.received_bytes);
                row.packets = row.packets.saturating_add(e.packets);
            }
        }
        let mut endpoints: Vec<EndpointRow> = endpoints.into_values().collect();
        endpoints.sort_by(|a, b| {
            b.sent_bytes
                .saturating_add(b.received_bytes)
                .cmp(&a.sent_bytes.saturating_add(a.received_bytes))
                .then_with(|| a.endpoint.cmp(&b.endpoint))
        });
        endpoints.truncate(MAX_ENDPOINTS);
        net_processes.truncate(MAX_PROCESS_ROWS);
        let network = (net.network_events > 0 || net.undecoded_events > 0).then(|| NetworkData {
            events: net.network_events,
            undecoded_events: net.undecoded_events,
            sources: net.sources.clone(),
            sent_bytes: net.totals.sent_bytes,
            received_bytes: net.totals.received_bytes,
            sent: dense(&sent),
            received: dense(&received),
            endpoints,
            processes: net_processes,
        });

        // CPU: context switches when the trace has them (exact), else sampled profile.
        let (cpu_threads, source, unit, scale) = if !switches.by_thread.is_empty() {
            (&switches.by_thread, "context switches", "ms", 10_000.0)
        } else {
            (&samples, "sampled profile", "samples", 1.0)
        };
        let mut cpu_by_pid: HashMap<Option<u32>, Series> = HashMap::new();
        for (tid, s) in cpu_threads {
            cpu_by_pid.entry(threads.get(tid).copied()).or_default().merge(s.clone());
        }
        let process_name = |pid: u32| -> String {
            let image = processes.get(&pid).and_then(|p| p.image.clone()).map(|i| cut(i, MAX_NAME));
            match image {
                Some(i) => format!("{i} ({pid})"),
                None => format!("process {pid}"),
            }
        };
        let cpu = (!cpu_by_pid.is_empty()).then(|| {
            let mut pids: Vec<(&Option<u32>, &Series)> = cpu_by_pid.iter().collect();
            pids.sort_by_key(|(pid, _)| **pid);
            let all: Vec<NamedSeries> = pids
                .into_iter()
                .map(|(pid, s)| NamedSeries {
                    name: pid.map_or_else(|| "unknown thread".to_owned(), process_name),
                    total: s.total(),
                    values: dense(s),
                })
                .collect();
            let mut series = top_series(all, "other processes", n_bins);
            if scale != 1.0 {
                // Ticks to milliseconds, rounded, for the chart; totals too.
                for s in &mut series {
                    s.total = (s.total as f64 / scale).round() as u64;
                    for v in &mut s.values {
                        *v = (*v as f64 / scale).round() as u64;
                    }
                }
            }
            CpuData { source, unit, series }
        });

        // Processes: every pid something names.
        let mut pids: Vec<u32> = processes.keys().copied().collect();
        pids.extend(pid_events.keys().copied());
        pids.extend(net_by_pid.keys().copied());
        pids.extend(cpu_by_pid.keys().filter_map(|p| *p));
        pids.sort_unstable();
        pids.dedup();
        let mut process_rows: Vec<ProcessRow> = pids
            .into_iter()
            .map(|pid| {
                let facts = processes.get(&pid).cloned().unwrap_or_default();
                let (sent_bytes, received_bytes) = net_by_pid.get(&pid).copied().unwrap_or((0, 0));
                ProcessRow {
                    pid,
                    image: facts.image.map(|i| cut(i, MAX_NAME)),
                    command_line: facts.command_line,
                    parent: facts.parent,
                    start_ms: facts.start.map(unix_ms),
                    end_ms: facts.end.map(unix_ms),
                    rundown: facts.rundown,
                    events: pid_events.get(&pid).copied().unwrap_or(0),
                    sent_bytes,
                    received_bytes,
                    cpu: cpu_by_pid.get(&Some(pid)).map_or(0.0, |s| s.total() as f64 / scale),
                }
            })
            .collect();
        process_rows.sort_by(|a, b| {
            b.cpu
                .total_cmp(&a.cpu)
                .then(b.events.cmp(&a.events))
                .then(b.sent_bytes.saturating_add(b.received_bytes).cmp(&a.sent_bytes.saturating_add(a.received_bytes)))
                .then(a.pid.cmp(&b.pid))
        });
        let processes_left_out = process_rows.len().saturating_sub(MAX_PROCESS_ROWS);
        process_rows.truncate(MAX_PROCESS_ROWS);

        let lost_events = run.files.iter().fold(0u64, |a, f| a.saturating_add(u64::from(f.header.events_lost)));
        let lost_buffers = run.files.iter().fold(0u64, |a, f| a.saturating_add(u64::from(f.header.buffers_lost)));
        let coverage = stats.coverage.unwrap_or_default();
        let (first, last) = match axis.range() {
            Some((lo, hi)) => (Some(FileTime(lo).to_string()), Some(FileTime(hi).to_string())),
            None => (None, None),
        };
        let summary_data = SummaryData {
            events: stats.records.total,
            content_events,
            first,
            last,
            seconds: axis.range().map_or(0.0, |(lo, hi)| (i128::from(hi) - i128::from(lo)) as f64 / 1e7),
            decoded: coverage.decoded,
            decoded_by: coverage.decoded_by,
            undecoded: coverage.undecoded,
            partly_decoded: coverage.partly_decoded,
            events_lost: lost_events,
            buffers_lost: lost_buffers,
            buffers_flagged_events_lost: stats.buffers.flagged_events_lost,
            buffers_flagged_buffer_lost: stats.buffers.flagged_buffer_lost,
            damaged_places: damage.total,
            files_failed: summary.files_failed,
            buffers: summary.counts.buffers,
        };
        let nothing_to_show = if run.files.is_empty() {
            Some("No input file could be read.".to_owned())
        } else if content_events == 0 {
            Some("The trace holds no events (only the logfile header and session bookkeeping).".to_owned())
        } else if content_decoded == 0 {
            Some(format!(
                "None of the trace's {content_events} events could be decoded: no schema describes them (give \
                 --manifests or a schema store). The counts per provider and event id below are all there is."
            ))
        } else {
            None
        };
        let mut data = ReportData {
            version: REPORT_DATA_VERSION,
            generator: format!("etwkit {}", env!("CARGO_PKG_VERSION")),
            nothing_to_show,
            summary: summary_data,
            files,
            time,
            events_over_time,
            providers,
            providers_left_out: 0,
            event_types: rows,
            event_types_left_out,
            processes: process_rows,
            processes_left_out,
            network,
            cpu,
            damage,
        };
        data.fit();
        data
    }

    /// Drops rows from the longest tables (the rarest rows first: the tables are sorted busiest first) until the
    /// JSON takes at most [`MAX_DATA_BYTES`]. The caps on rows and string lengths keep real traces far below it;
    /// this bounds what a hostile trace can make of them (strings of characters JSON escapes six times longer).
    pub fn fit(&mut self) {
        fn halve<T>(v: &mut Vec<T>) -> usize {
            let keep = v.len() / 2;
            let dropped = v.len() - keep;
            v.truncate(keep);
            dropped
        }
        for _ in 0..64 {
            let Ok(json) = crate::html::data_json(self) else { return };
            if json.len() <= MAX_DATA_BYTES {
                return;
            }
            let lens = [
                self.event_types.len(),
                self.processes.len(),
                self.providers.len(),
                self.network.as_ref().map_or(0, |n| n.processes.len()),
                self.damage.places.len(),
            ];
            let Some((longest, _)) = lens.iter().enumerate().filter(|(_, n)| **n > 0).max_by_key(|(_, n)| **n) else {
                return;
            };
            match longest {
                0 => self.event_types_left_out += halve(&mut self.event_types),
                1 => self.processes_left_out += halve(&mut self.processes),
                2 => self.providers_left_out += halve(&mut self.providers),
                3 => {
                    if let Some(n) = self.network.as_mut() {
                        halve(&mut n.processes);
                    }
                }
                _ => {
                    halve(&mut self.damage.places);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tables full of strings that JSON escapes six times longer still fit.
    #[test]
    fn fit_bounds_the_data_whatever_the_rows() {
        let mut data = crate::aggregate::ReportSink::new().into_report();
        let evil = "<".repeat(1024);
        for pid in 0..20_000u32 {
            data.processes.push(ProcessRow {
                pid,
                image: Some(cut(evil.clone(), MAX_NAME)),
                command_line: Some(evil.clone()),
                parent: None,
                start_ms: None,
                end_ms: None,
                rundown: false,
                events: 1,
                sent_bytes: 0,
                received_bytes: 0,
                cpu: 0.0,
            });
            data.event_types.push(TypeRow {
                provider: cut(evil.clone(), MAX_NAME),
                key_kind: "id",
                key: 1,
                events: 1,
                decoded: 0,
                status: "not decoded",
            });
        }
        assert!(crate::html::data_json(&data).unwrap().len() > 10 * MAX_DATA_BYTES);
        data.fit();
        let len = crate::html::data_json(&data).unwrap().len();
        assert!(len <= MAX_DATA_BYTES, "{len}");
        assert!(len > MAX_DATA_BYTES / 4, "{len}: fit dropped more than it had to");
        assert_eq!(data.processes.len() + data.processes_left_out, 20_000);
        assert_eq!(data.event_types.len() + data.event_types_left_out, 20_000);
        assert!(crate::html::render(&data).unwrap().len() < 5 << 20);
    }
}
