//! The report's aggregation: what a worker counts of its chunk ([`Part`]), merged in read order by the sink
//! ([`ReportSink`]). The statistics and the network activity are the pipeline's own aggregates
//! ([`Accumulator`] of `etw stats`, [`Netmon`] of `etw netmon`), so the report's numbers are theirs; this module
//! adds what they do not keep: counts over time, per event id decode status, processes, threads and CPU.

use std::collections::HashMap;
use std::io;

use etw_core::{EventRef, Guid, HeaderKind, KernelGroup};
use etw_etl::{BufferLocation, Damage};
use etw_filter::EventContext;
use etw_pipeline::sinks::netmon::Netmon;
use etw_pipeline::sinks::stats::{decode_outcome, Accumulator, Outcome};
use etw_pipeline::{Encoder, Flow, RunInfo, Sink, Summary};

use crate::bins::{Axis, Series, MAX_BINS};

/// Microsoft-Windows-Kernel-Process.
const KERNEL_PROCESS: Guid = Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716");

/// Kernel SampledProfile (PerfInfo type 46) and CSwitch (Thread type 36).
const SAMPLED_PROFILE: u8 = 46;
const CSWITCH: u8 = 36;

/// Command lines and image names longer than this are cut (a hostile trace could carry megabytes).
const MAX_TEXT: usize = 1024;

/// Damaged places listed one by one; more are counted.
pub const MAX_DAMAGE_LISTED: usize = 1000;

/// Where an event is counted in the events-over-time chart and the event table: as `etw stats` counts it, by
/// provider (EVENT_HEADER, classic and WPP records), by kernel hook group, or by header kind for the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKey {
    /// A provider (or MOF class, or WPP message GUID).
    Provider(Guid),
    /// A kernel hook group.
    Kernel(u8),
    /// Records of another header kind.
    Other(u8),
}

impl SourceKey {
    fn of(ev: &EventRef<'_>) -> SourceKey {
        if let Some(hook) = ev.hook() {
            return SourceKey::Kernel(hook.group().0);
        }
        let kind = ev.header_kind();
        if kind.is_event_header() || kind.is_classic() || kind == HeaderKind::MESSAGE {
            SourceKey::Provider(ev.provider_id())
        } else {
            SourceKey::Other(kind.0)
        }
    }

    /// The event's key within its source, as `etw stats` counts it: id (EVENT_HEADER, WPP), opcode (classic and
    /// kernel).
    fn type_key(ev: &EventRef<'_>) -> u16 {
        match ev.hook() {
            Some(h) => u16::from(h.kind()),
            None if ev.header_kind().is_classic() => u16::from(ev.opcode().0),
            None => ev.id(),
        }
    }
}

/// Events and decoded events of one event type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeCounts {
    /// Events.
    pub events: u64,
    /// Events decoded completely.
    pub decoded: u64,
    /// Events decoded in part (the payload did not fit the schema).
    pub partly: u64,
}

/// A process as its start, end and rundown events describe it.
#[derive(Clone, Debug, Default)]
pub struct ProcessFacts {
    /// Image file name.
    pub image: Option<String>,
    /// Command line.
    pub command_line: Option<String>,
    /// Parent process id.
    pub parent: Option<u32>,
    /// When it started, if within the trace (FILETIME ticks).
    pub start: Option<i64>,
    /// When it ended, if within the trace.
    pub end: Option<i64>,
    /// A rundown event saw it running (at the start or the end of the session).
    pub rundown: bool,
}

impl ProcessFacts {
    fn merge(&mut self, later: ProcessFacts) {
        // A later name is the newer one (a pid reused by a later process), as `etw netmon` names processes.
        if later.image.is_some() {
            self.image = later.image;
        }
        if later.command_line.as_deref().is_some_and(|c| !c.is_empty()) {
            self.command_line = later.command_line;
        }
        if later.parent.is_some() {
            self.parent = later.parent;
        }
        self.start = min_opt(self.start, later.start);
        self.end = max_opt(self.end, later.end);
        self.rundown |= later.rundown;
    }
}

fn min_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// CPU time from context switches. A CPU runs a thread from one switch to the next on that CPU; the first switch
/// a chunk sees on a CPU closes an interval that began in an earlier chunk, so each part keeps, per CPU, that
/// first switch (`head`) and the thread left running after its last one (`tail`), and [`Switches::merge`]
/// closes the interval between them. The result is what one pass over all events gives.
#[derive(Clone, Debug, Default)]
pub struct Switches {
    head: HashMap<u16, i64>,
    tail: HashMap<u16, (i64, u32)>,
    /// CPU time (FILETIME ticks) per thread, over time.
    pub(crate) by_thread: HashMap<u32, Series>,
}

impl Switches {
    /// A switch on `cpu` at `t` to thread `new`.
    pub fn switch(&mut self, axis: &Axis, cpu: u16, t: i64, new: u32) {
        match self.tail.get(&cpu).copied() {
            Some((since, tid)) => self.credit(axis, tid, since, t),
            None => {
                self.head.entry(cpu).or_insert(t);
            }
        }
        self.tail.insert(cpu, (t, new));
    }

    /// Credits `tid` with the time from `since` to `until`, split over the bins it spans. Thread 0 is the idle
    /// thread: its time is not CPU use.
    fn credit(&mut self, axis: &Axis, tid: u32, since: i64, until: i64) {
        if tid == 0 || until <= since {
            return;
        }
        let series = self.by_thread.entry(tid).or_default();
        let width = axis.width_ticks().max(1);
        let mut t = since;
        // The range holds both ends, so the interval spans at most MAX_BINS bins; the bound only guards the loop.
        for _ in 0..=MAX_BINS.saturating_mul(2) {
            if t >= until {
                break;
            }
            let bin_end = axis.bin(t).saturating_add(1).saturating_mul(width / 10).saturating_mul(10);
            let end = if bin_end > t { bin_end.min(until) } else { until };
            series.add(axis, t, u64::try_from(end.saturating_sub(t)).unwrap_or(0));
            t = end;
        }
    }

    /// Adds `later`'s switches, which came after this one's; `axis` must span both.
    pub fn merge(&mut self, axis: &Axis, later: Switches) {
        for (cpu, t) in later.head {
            match self.tail.get(&cpu).copied() {
                Some((since, tid)) => self.credit(axis, tid, since, t),
                None => {
                    self.head.entry(cpu).or_insert(t);
                }
            }
        }
        self.tail.extend(later.tail);
        for (tid, s) in later.by_thread {
            self.by_thread.entry(tid).or_default().merge(s);
        }
    }
}

/// What a worker counts of its chunk; [`Part::merge`] adds a later chunk's counts.
#[derive(Default)]
pub struct Part {
    /// `etw stats`'s counts.
    pub(crate) stats: Accumulator,
    /// `etw netmon`'s counts.
    pub(crate) netmon: Netmon,
    /// The time axis of everything below.
    pub(crate) axis: Axis,
    /// Events over time, by source.
    pub(crate) by_source: HashMap<SourceKey, Series>,
    /// Events and decode outcome by source and event type.
    pub(crate) types: HashMap<(SourceKey, u16), TypeCounts>,
    /// Network bytes sent over time.
    pub(crate) sent: Series,
    /// Network bytes received over time.
    pub(crate) received: Series,
    /// Events by the process id of their header.
    pub(crate) pid_events: HashMap<u32, u64>,
    /// Processes from process events.
    pub(crate) processes: HashMap<u32, ProcessFacts>,
    /// Thread id to process id, from thread events (the latest wins).
    pub(crate) threads: HashMap<u32, u32>,
    /// Sampled-profile samples per thread, over time.
    pub(crate) samples: HashMap<u32, Series>,
    /// Context switches.
    pub(crate) switches: Switches,
    /// Events other than the trace's own bookkeeping (kernel EventTrace group: the logfile header, rundown
    /// markers), and how many of them decoded.
    pub(crate) content_events: u64,
    /// Of those, decoded.
    pub(crate) content_decoded: u64,
}

fn text(parser: &etw_schema::Parser<'_>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| parser.parse::<String>(n).ok()).map(|s| crate::data::cut(s, MAX_TEXT))
}

fn number(parser: &etw_schema::Parser<'_>, names: &[&str]) -> Option<u32> {
    names.iter().find_map(|n| parser.parse::<u64>(n).ok()).and_then(|v| u32::try_from(v).ok())
}

impl Part {
    /// Counts a buffer the walk enters (file order).
    pub fn buffer(&mut self, location: &BufferLocation) {
        self.stats.buffer(location);
    }

    /// Counts one event.
    pub fn event(&mut self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        self.stats.event(ev);
        let outcome = decode_outcome(cx);
        let (decoded, partly) = match &outcome {
            Outcome::Decoded(..) => (true, false),
            Outcome::PartlyDecoded(_) => (false, true),
            Outcome::Undecoded(_) => (false, false),
        };
        self.stats.coverage(ev, outcome);
        let t = ev.timestamp().0;
        self.axis.see(t);
        let key = SourceKey::of(ev);
        self.by_source.entry(key).or_default().add(&self.axis, t, 1);
        let counts = self.types.entry((key, SourceKey::type_key(ev))).or_default();
        counts.events = counts.events.saturating_add(1);
        counts.decoded = counts.decoded.saturating_add(u64::from(decoded));
        counts.partly = counts.partly.saturating_add(u64::from(partly));
        if key != SourceKey::Kernel(KernelGroup::HEADER.0) {
            self.content_events = self.content_events.saturating_add(1);
            self.content_decoded = self.content_decoded.saturating_add(u64::from(decoded));
        }
        let pid = ev.process_id();
        if pid != u32::MAX {
            let n = self.pid_events.entry(pid).or_default();
            *n = n.saturating_add(1);
        }
        if let Some(transfer) = self.netmon.event(cx, None) {
            if transfer.sent_bytes > 0 {
                self.sent.add(&self.axis, t, transfer.sent_bytes);
            }
            if transfer.received_bytes > 0 {
                self.received.add(&self.axis, t, transfer.received_bytes);
            }
        }
        if decoded {
            self.kernel_facts(ev, cx, t);
        }
    }

    /// Processes, threads and CPU from kernel and Kernel-Process events.
    fn kernel_facts(&mut self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>, t: i64) {
        let Ok(parser) = cx.parser() else { return };
        match ev.hook().map(|h| (h.group(), h.kind())) {
            Some((KernelGroup::PROCESS, kind @ (1..=4 | 39))) => {
                let facts = ProcessFacts {
                    image: text(&parser, &["ImageFileName"]),
                    command_line: text(&parser, &["CommandLine"]),
                    parent: number(&parser, &["ParentId"]),
                    start: (kind == 1).then_some(t),
                    end: (kind == 2).then_some(t),
                    rundown: matches!(kind, 3 | 4),
                };
                if let Some(pid) = number(&parser, &["ProcessId"]) {
                    self.processes.entry(pid).or_default().merge(facts);
                }
            }
            Some((KernelGroup::THREAD, 1..=4)) => {
                if let (Some(pid), Some(tid)) = (number(&parser, &["ProcessId"]), number(&parser, &["TThreadId"])) {
                    self.threads.insert(tid, pid);
                }
            }
            Some((KernelGroup::THREAD, CSWITCH)) => {
                if let Some(new) = number(&parser, &["NewThreadId"]) {
                    self.switches.switch(&self.axis, ev.processor(), t, new);
                }
            }
            Some((KernelGroup::PERFINFO, SAMPLED_PROFILE)) => {
                // Thread 0 is the idle thread: its samples are not CPU use.
                if let Some(tid) = number(&parser, &["ThreadId"]).filter(|tid| *tid != 0) {
                    self.samples.entry(tid).or_default().add(&self.axis, t, 1);
                }
            }
            Some(_) => {}
            None if ev.provider_id() == KERNEL_PROCESS && ev.header_kind().is_event_header() => match ev.id() {
                1 | 2 | 15 => {
                    let id = ev.id();
                    let facts = ProcessFacts {
                        image: text(&parser, &["ImageName"]),
                        command_line: None,
                        parent: number(&parser, &["ParentProcessID"]),
                        start: (id == 1).then_some(t),
                        end: (id == 2).then_some(t),
                        rundown: id == 15,
                    };
                    if let Some(pid) = number(&parser, &["ProcessID"]) {
                        self.processes.entry(pid).or_default().merge(facts);
                    }
                }
                3 | 4 => {
                    if let (Some(pid), Some(tid)) = (number(&parser, &["ProcessID"]), number(&parser, &["ThreadID"])) {
                        self.threads.insert(tid, pid);
                    }
                }
                _ => {}
            },
            None => {}
        }
    }

    /// Adds `later`, the counts of the events that came after this part's, as if one part had seen them all.
    pub fn merge(&mut self, later: Part) {
        self.stats.merge(later.stats);
        self.netmon.merge(later.netmon);
        self.axis.join(&later.axis);
        for (k, s) in later.by_source {
            self.by_source.entry(k).or_default().merge(s);
        }
        for (k, c) in later.types {
            let mine = self.types.entry(k).or_default();
            mine.events = mine.events.saturating_add(c.events);
            mine.decoded = mine.decoded.saturating_add(c.decoded);
            mine.partly = mine.partly.saturating_add(c.partly);
        }
        self.sent.merge(later.sent);
        self.received.merge(later.received);
        for (pid, n) in later.pid_events {
            let e = self.pid_events.entry(pid).or_default();
            *e = e.saturating_add(n);
        }
        for (pid, f) in later.processes {
            self.processes.entry(pid).or_default().merge(f);
        }
        self.threads.extend(later.threads);
        for (tid, s) in later.samples {
            self.samples.entry(tid).or_default().merge(s);
        }
        self.switches.merge(&self.axis, later.switches);
        self.content_events = self.content_events.saturating_add(later.content_events);
        self.content_decoded = self.content_decoded.saturating_add(later.content_decoded);
    }
}

/// Aggregates a pipeline's events into a report; [`ReportSink::into_report`] gives the report's data.
#[derive(Default)]
pub struct ReportSink {
    total: Part,
    run: RunInfo,
    damage: Vec<(u32, String)>,
    damage_total: u64,
    summary: Summary,
}

impl ReportSink {
    /// A sink for one report. The pipeline must decode (have schemas): the report shows decode coverage and
    /// reads processes, threads and network activity from decoded events.
    pub fn new() -> ReportSink {
        ReportSink::default()
    }

    /// The report's data.
    pub fn into_report(self) -> crate::data::ReportData {
        crate::data::ReportData::build(self.total, &self.run, self.damage, self.damage_total, &self.summary)
    }
}

/// Counts a chunk's events into a [`Part`].
pub struct ReportEncoder {
    part: Part,
}

impl Encoder for ReportEncoder {
    type Batch = Part;

    fn buffer(&mut self, location: &BufferLocation) {
        self.part.buffer(location);
    }

    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        self.part.event(event, cx);
    }

    fn take(&mut self) -> Part {
        std::mem::take(&mut self.part)
    }
}

impl Sink for ReportSink {
    type Encoder = ReportEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.run = run.clone();
        Ok(())
    }

    fn encoder(&self) -> ReportEncoder {
        ReportEncoder { part: Part::default() }
    }

    fn write(&mut self, batch: Part) -> io::Result<Flow> {
        self.total.merge(batch);
        Ok(Flow::Continue)
    }

    fn damage(&mut self, damage: &Damage) -> io::Result<()> {
        self.total.stats.damage(damage);
        self.damage_total = self.damage_total.saturating_add(1);
        if self.damage.len() < MAX_DAMAGE_LISTED {
            self.damage.push((damage.file, damage.to_string()));
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.summary = summary.clone();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Context switches cut into chunks anywhere give the CPU time one pass gives.
    #[test]
    fn switches_merged_in_order_equal_one_pass() {
        // (cpu, time, new thread): two CPUs, threads 5, 6, 7 and the idle thread 0.
        let switches: Vec<(u16, i64, u32)> = (0..600i64)
            .map(|i| ((i % 2) as u16, 1_000_000 + i * 997 + (i % 7) * 13, [5, 6, 0, 7][(i % 4) as usize]))
            .collect();
        let mut axis = Axis::default();
        for (_, t, _) in &switches {
            axis.see(*t);
        }
        let mut one = Switches::default();
        for &(cpu, t, new) in &switches {
            one.switch(&axis, cpu, t, new);
        }
        let (first, last) = axis.bins().unwrap();
        let dense = |s: &Switches, tid: u32| s.by_thread.get(&tid).map(|x| x.dense(axis.shift(), first, last));
        let total_one: u64 = one.by_thread.values().map(Series::total).sum();
        assert!(total_one > 0);
        for chunk in [1usize, 3, 64, 599] {
            let mut total = Switches::default();
            for part in switches.chunks(chunk) {
                let mut s = Switches::default();
                for &(cpu, t, new) in part {
                    s.switch(&axis, cpu, t, new);
                }
                total.merge(&axis, s);
            }
            for tid in [5, 6, 7] {
                assert_eq!(dense(&total, tid), dense(&one, tid), "chunk {chunk} thread {tid}");
            }
            assert!(!total.by_thread.contains_key(&0), "idle time is not CPU use");
        }
    }

    #[test]
    fn credit_splits_an_interval_over_bins_and_ignores_backwards_time() {
        let mut axis = Axis::default();
        axis.see(0);
        axis.see(40_000_000);
        let mut s = Switches::default();
        s.switch(&axis, 0, 0, 9);
        s.switch(&axis, 0, 40_000_000, 3);
        s.switch(&axis, 0, 10, 4); // time going backwards: nothing credited
        let series = &s.by_thread[&9];
        assert_eq!(series.total(), 40_000_000);
        let (first, last) = axis.bins().unwrap();
        assert!(series.dense(axis.shift(), first, last).iter().filter(|v| **v > 0).count() > 100);
        assert!(!s.by_thread.contains_key(&3));
    }
}
