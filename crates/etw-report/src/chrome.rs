//! Chrome's trace event format (the JSON that ui.perfetto.dev and chrome://tracing open), streamed.
//!
//! One track per process and thread (`pid`, `tid` from the event header; events whose header has no process,
//! such as the kernel's PERFINFO records, go to a process of their own with one track per CPU). Every event is
//! an instant (`"ph":"i"`) named `provider/event` with its decoded properties as `args`; a start (opcode 1) and
//! the stop (opcode 2) of the same provider, task and activity id make a slice (`"B"` at the start, `"E"` at
//! the stop; without an activity id, on the same thread); network bytes are counters (`"C"`: bytes sent and received so far, per process); process and
//! thread names are metadata (`"M"`).
//!
//! Workers format the events (the costly part) into batches; the sink, in time order, only decides which
//! starts and stops become slices and writes. A slice is always closed on the track it opened on, in nesting
//! order, at a time no earlier than anything before it, so `B`/`E` pairs balance and each track's events are in
//! time order. An `E` the sink writes itself (not a stop event on the slice's own thread) says why in
//! `args.closed`. Open slices are bounded ([`MAX_OPEN_SLICES`], [`MAX_DEPTH`]): when a start would go over, the
//! oldest open slices are closed rather than kept for a stop that may never come.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use etw_core::{EventRef, FileTime, Guid, KernelGroup};
use etw_filter::EventContext;
use etw_pipeline::sinks::json::{event_provider, write_properties, KeyCache};
use etw_pipeline::sinks::netmon::Netmon;
use etw_pipeline::{Encoder, Flow, RunInfo, Sink, Summary};

/// Slices open at once, over all tracks.
pub const MAX_OPEN_SLICES: usize = 100_000;
/// Slices open at once on one track.
pub const MAX_DEPTH: usize = 64;

/// The `pid` of events whose header has none.
const NO_PROCESS: u32 = u32::MAX;

/// What the sink must decide about an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Written as it is (an instant).
    Instant,
    /// A start: a `B` if it opens a slice, else an instant.
    Start,
    /// A stop: an `E` if it closes a slice, else an instant.
    Stop,
}

/// A start and its stop: provider, task, activity id; without an activity id, the track (process and thread) too.
type SliceKey = (Guid, u16, Guid, (u32, u32));

/// One event of a batch: its bytes are `bytes[start..end]` of the batch, an object whose `"ph":"?"` has its
/// `?` at `ph`.
struct Item {
    start: usize,
    end: usize,
    ph: usize,
    /// The timestamp's digits are `ts_at..ts_end`, so the sink can move a backwards timestamp forward.
    ts_at: usize,
    ts_end: usize,
    kind: Kind,
    key: SliceKey,
    track: (u32, u32),
    ts: i64,
    transfer: Option<(u64, u64)>,
    process_name: Option<String>,
}

/// A worker's formatted events.
#[derive(Default)]
pub struct ChromeBatch {
    bytes: Vec<u8>,
    items: Vec<Item>,
}

/// Formats events for the chrome-trace sink.
pub struct ChromeEncoder {
    origin: i64,
    batch: ChromeBatch,
    keys: KeyCache,
    netmon: Netmon,
}

/// Appends `ts` (FILETIME ticks since `origin`) as microseconds with one decimal.
fn write_us(out: &mut Vec<u8>, ticks: i64) {
    let sign = if ticks < 0 { "-" } else { "" };
    let abs = ticks.unsigned_abs();
    let _ = write!(out, "{sign}{}.{}", abs / 10, abs % 10);
}

impl ChromeEncoder {
    fn name(&self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>, out: &mut Vec<u8>) {
        let schema = cx.schema().ok().cloned();
        let provider = event_provider(ev, cx, schema.as_deref());
        let provider_text = match (&provider, ev.hook()) {
            (Some(p), _) => p.name().map_or_else(|| p.guid.to_string(), str::to_owned),
            (None, Some(h)) => format!("kernel {}", h.group()),
            (None, None) => ev.provider_id().to_string(),
        };
        let event_text = match (&schema, ev.hook()) {
            (Some(s), _) => s.display_name(),
            (None, Some(h)) => format!("type {}", h.kind()),
            (None, None) => format!("id {}", ev.id()),
        };
        out.extend_from_slice(b"\"name\":");
        etw_core::json::string(out, &format!("{provider_text}/{event_text}"));
        out.extend_from_slice(b",\"cat\":");
        etw_core::json::string(out, &provider_text);
    }
}

impl Encoder for ChromeEncoder {
    type Batch = ChromeBatch;

    fn event(&mut self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        let t = ev.timestamp().0;
        let ts = t.saturating_sub(self.origin);
        let pid = ev.process_id();
        // Without a process, a CPU's events share a track.
        let tid = if pid == NO_PROCESS { u32::from(ev.processor()) } else { ev.thread_id() };
        let opcode = ev.opcode().0;
        let kind = match opcode {
            1 if ev.hook().is_none() => Kind::Start,
            2 if ev.hook().is_none() => Kind::Stop,
            _ => Kind::Instant,
        };
        let activity = ev.activity_id();
        let key = (ev.provider_id(), ev.task(), activity, if activity == Guid::ZERO { (pid, tid) } else { (0, 0) });
        let transfer =
            self.netmon.event(cx, None).map(|t| (t.sent_bytes, t.received_bytes)).filter(|(s, r)| *s > 0 || *r > 0);
        let process_name = process_name(ev, cx);
        let mut out = std::mem::take(&mut self.batch.bytes);
        let start = out.len();
        out.push(b'{');
        self.name(ev, cx, &mut out);
        out.extend_from_slice(b",\"ph\":\"");
        let ph = out.len();
        out.extend_from_slice(b"i\",\"ts\":");
        let ts_at = out.len();
        write_us(&mut out, ts);
        let ts_end = out.len();
        let _ = write!(out, ",\"pid\":{pid},\"tid\":{tid}");
        if kind == Kind::Instant {
            out.extend_from_slice(b",\"s\":\"t\"");
        }
        out.extend_from_slice(b",\"args\":{\"id\":");
        let _ = write!(out, "{},\"opcode\":{opcode}", ev.id());
        if ev.activity_id() != Guid::ZERO {
            out.extend_from_slice(b",\"activity_id\":\"");
            let mut buf = [0u8; 36];
            out.extend_from_slice(ev.activity_id().encode_lower(&mut buf).as_bytes());
            out.push(b'"');
        }
        out.extend_from_slice(b",\"properties\":");
        let schema = cx.schema().ok().cloned();
        write_properties(&mut out, cx, schema.as_ref(), Some(&mut self.keys));
        out.extend_from_slice(b"}}");
        let end = out.len();
        self.batch.bytes = out;
        self.batch.items.push(Item {
            start,
            end,
            ph,
            ts_at,
            ts_end,
            kind,
            key,
            track: (pid, tid),
            ts,
            transfer,
            process_name,
        });
    }

    fn take(&mut self) -> ChromeBatch {
        // Process names are the sink's to keep; the worker's netmon only classifies.
        self.netmon = Netmon::default();
        std::mem::take(&mut self.batch)
    }
}

/// The image name a kernel Process or Kernel-Process start or rundown event gives its process.
fn process_name(ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) -> Option<String> {
    let is_process = match ev.hook() {
        Some(h) => h.group() == KernelGroup::PROCESS && matches!(h.kind(), 1 | 3),
        None => {
            ev.provider_id() == Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716") && matches!(ev.id(), 1 | 15)
        }
    };
    if !is_process {
        return None;
    }
    let parser = cx.parser().ok()?;
    let pid = ["ProcessId", "ProcessID"].iter().find_map(|n| parser.parse::<u64>(n).ok())?;
    let name = parser.parse::<String>("ImageFileName").or_else(|_| parser.parse::<String>("ImageName")).ok()?;
    let short = name.rsplit(['\\', '/']).next().unwrap_or(&name);
    (!short.is_empty()).then(|| format!("{pid}\u{0}{short}"))
}

/// Why the sink closed a slice itself (`args.closed` of its `E`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Closed {
    /// Its stop came on another thread (the stop is an instant there).
    StopOnOtherTrack,
    /// A slice it was inside ended first.
    OuterEnded,
    /// Too many slices were open (on its thread, or in all).
    TooMany,
    /// The trace ended before its stop.
    TraceEnded,
}

impl Closed {
    fn as_str(self) -> &'static str {
        match self {
            Closed::StopOnOtherTrack => "stop on another thread",
            Closed::OuterEnded => "outer slice ended",
            Closed::TooMany => "no stop: too many slices open",
            Closed::TraceEnded => "no stop before the end of the trace",
        }
    }
}

/// An open slice.
struct Open {
    key: SliceKey,
}

/// Writes Chrome trace event JSON to `out`, in time order (run the pipeline in [`etw_pipeline::Order::Time`]).
pub struct ChromeTraceSink<W: Write> {
    out: W,
    origin: i64,
    first: bool,
    last_ts: i64,
    /// Open slices per track, innermost last.
    stacks: HashMap<(u32, u32), Vec<Open>>,
    /// Where each open slice is.
    open: HashMap<SliceKey, (u32, u32)>,
    open_count: usize,
    /// Order in which tracks last opened a slice, oldest first (for closing the oldest when too many are open).
    opened_at: BTreeMap<u64, (u32, u32)>,
    track_opened: HashMap<(u32, u32), u64>,
    clock: u64,
    /// Tracks that have their metadata written.
    named_tracks: std::collections::HashSet<(u32, u32)>,
    named_processes: HashMap<u32, String>,
    /// Bytes sent and received so far, per process.
    traffic: HashMap<u32, (u64, u64)>,
    slices: u64,
    unmatched: u64,
    events: u64,
}

/// What a chrome-trace run wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChromeTraceReport {
    /// Events written (instants and slice ends).
    pub events: u64,
    /// Slices (`B`/`E` pairs).
    pub slices: u64,
    /// Of those, closed without their stop (too many open, or the trace ended).
    pub unmatched: u64,
}

impl<W: Write> ChromeTraceSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> ChromeTraceSink<W> {
        ChromeTraceSink {
            out,
            origin: 0,
            first: true,
            last_ts: i64::MIN,
            stacks: HashMap::new(),
            open: HashMap::new(),
            open_count: 0,
            opened_at: BTreeMap::new(),
            track_opened: HashMap::new(),
            clock: 0,
            named_tracks: std::collections::HashSet::new(),
            named_processes: HashMap::new(),
            traffic: HashMap::new(),
            slices: 0,
            unmatched: 0,
            events: 0,
        }
    }

    /// What was written.
    pub fn report(&self) -> ChromeTraceReport {
        ChromeTraceReport { events: self.events, slices: self.slices, unmatched: self.unmatched }
    }

    /// The writer.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn comma(&mut self) -> io::Result<()> {
        if self.first {
            self.first = false;
            self.out.write_all(b"\n")
        } else {
            self.out.write_all(b",\n")
        }
    }

    fn metadata(&mut self, name: &str, pid: u32, tid: u32, value: &str) -> io::Result<()> {
        self.comma()?;
        let mut line = Vec::with_capacity(80);
        let _ = write!(line, "{{\"name\":\"{name}\",\"ph\":\"M\",\"pid\":{pid},\"tid\":{tid},\"args\":{{\"name\":");
        etw_core::json::string(&mut line, value);
        line.extend_from_slice(b"}}");
        self.out.write_all(&line)
    }

    fn name_track(&mut self, (pid, tid): (u32, u32)) -> io::Result<()> {
        if !self.named_tracks.insert((pid, tid)) {
            return Ok(());
        }
        if let std::collections::hash_map::Entry::Vacant(e) = self.named_processes.entry(pid) {
            let name =
                if pid == NO_PROCESS { "events without a process id".to_owned() } else { format!("process {pid}") };
            e.insert(name.clone());
            self.metadata("process_name", pid, 0, &name)?;
        }
        let name = if pid == NO_PROCESS { format!("CPU {tid}") } else { format!("thread {tid}") };
        self.metadata("thread_name", pid, tid, &name)
    }

    /// Closes the slices on `track` above depth `depth` (innermost first) at `ts`. Each `E` written here, rather
    /// than by a stop event on its own track, says why in `args.closed`: `why` for the slice at `depth`,
    /// "outer slice ended" for those inside it. Slices closed without their stop count as unmatched.
    fn close_to(&mut self, track: (u32, u32), depth: usize, ts: i64, why: Closed) -> io::Result<()> {
        let Some(mut stack) = self.stacks.remove(&track) else { return Ok(()) };
        while stack.len() > depth {
            let Some(open) = stack.pop() else { break };
            self.open.remove(&open.key);
            self.open_count = self.open_count.saturating_sub(1);
            let reason = if stack.len() > depth { Closed::OuterEnded } else { why };
            self.unmatched += u64::from(reason != Closed::StopOnOtherTrack);
            self.comma()?;
            let mut line = Vec::with_capacity(112);
            let _ = write!(line, "{{\"ph\":\"E\",\"ts\":");
            write_us(&mut line, ts);
            let _ = write!(
                line,
                ",\"pid\":{},\"tid\":{},\"args\":{{\"closed\":\"{}\"}}}}",
                track.0,
                track.1,
                reason.as_str()
            );
            self.out.write_all(&line)?;
        }
        if stack.is_empty() {
            if let Some(at) = self.track_opened.remove(&track) {
                self.opened_at.remove(&at);
            }
        } else {
            self.stacks.insert(track, stack);
        }
        Ok(())
    }

    fn write_item(&mut self, bytes: &[u8], item: &Item) -> io::Result<()> {
        // Time order within the stream: the pipeline merges by timestamp, so only damaged clocks go backwards;
        // such an event is placed at the latest time written, keeping every track in order.
        let ts = item.ts.max(self.last_ts);
        self.last_ts = ts;
        self.name_track(item.track)?;
        if let Some(name) = &item.process_name {
            if let Some((pid, image)) = name.split_once('\u{0}') {
                if let Ok(pid) = pid.parse::<u32>() {
                    if self.named_processes.get(&pid).map(String::as_str) != Some(image) {
                        self.named_processes.insert(pid, image.to_owned());
                        self.metadata("process_name", pid, 0, image)?;
                    }
                }
            }
        }
        let mut ph = b'i';
        match item.kind {
            Kind::Instant => {}
            Kind::Start => {
                if !self.open.contains_key(&item.key) {
                    self.make_room(item.track, ts)?;
                    let stack = self.stacks.entry(item.track).or_default();
                    stack.push(Open { key: item.key });
                    self.open.insert(item.key, item.track);
                    self.open_count += 1;
                    self.slices += 1;
                    self.clock += 1;
                    if let Some(old) = self.track_opened.insert(item.track, self.clock) {
                        self.opened_at.remove(&old);
                    }
                    self.opened_at.insert(self.clock, item.track);
                    ph = b'B';
                }
            }
            Kind::Stop => {
                if let Some(track) = self.open.get(&item.key).copied() {
                    let depth = self
                        .stacks
                        .get(&track)
                        .and_then(|s| s.iter().position(|o| o.key == item.key))
                        .unwrap_or(usize::MAX);
                    if track == item.track && self.stacks.get(&track).is_some_and(|s| s.len() == depth + 1) {
                        // The innermost slice of this thread ends: the stop event itself is its E.
                        if let Some(mut stack) = self.stacks.remove(&track) {
                            stack.pop();
                            self.open.remove(&item.key);
                            self.open_count = self.open_count.saturating_sub(1);
                            if stack.is_empty() {
                                if let Some(at) = self.track_opened.remove(&track) {
                                    self.opened_at.remove(&at);
                                }
                            } else {
                                self.stacks.insert(track, stack);
                            }
                        }
                        ph = b'E';
                    } else if depth != usize::MAX {
                        // The stop came on another thread, or inner slices are still open: close on the slice's
                        // own track, innermost first, and keep the stop as an instant where it happened.
                        self.close_to(track, depth, ts, Closed::StopOnOtherTrack)?;
                    }
                }
            }
        }
        self.comma()?;
        // The bytes up to the phase, the phase, up to the timestamp, the timestamp, the rest.
        let ph_at = item.ph.saturating_sub(item.start);
        let (ts_at, ts_end) = (item.ts_at.saturating_sub(item.start), item.ts_end.saturating_sub(item.start));
        self.out.write_all(bytes.get(..ph_at).unwrap_or_default())?;
        self.out.write_all(&[ph])?;
        self.out.write_all(bytes.get(ph_at.saturating_add(1)..ts_at).unwrap_or_default())?;
        if item.ts == ts {
            self.out.write_all(bytes.get(ts_at..ts_end).unwrap_or_default())?;
        } else {
            let mut buf = Vec::with_capacity(24);
            write_us(&mut buf, ts);
            self.out.write_all(&buf)?;
        }
        self.out.write_all(bytes.get(ts_end..).unwrap_or_default())?;
        self.events += 1;
        if let Some((sent, received)) = item.transfer {
            let pid = item.track.0;
            let t = self.traffic.entry(pid).or_default();
            t.0 = t.0.saturating_add(sent);
            t.1 = t.1.saturating_add(received);
            let (s, r) = *t;
            self.comma()?;
            let mut line = Vec::with_capacity(120);
            let _ = write!(line, "{{\"name\":\"network bytes\",\"ph\":\"C\",\"ts\":");
            write_us(&mut line, ts);
            let _ = write!(line, ",\"pid\":{pid},\"args\":{{\"sent\":{s},\"received\":{r}}}}}");
            self.out.write_all(&line)?;
        }
        Ok(())
    }

    /// Before a slice opens on `track`: closes its whole stack if it is [`MAX_DEPTH`] deep, and the oldest
    /// track's slices while [`MAX_OPEN_SLICES`] are open.
    fn make_room(&mut self, track: (u32, u32), ts: i64) -> io::Result<()> {
        if self.stacks.get(&track).is_some_and(|s| s.len() >= MAX_DEPTH) {
            self.close_to(track, 0, ts, Closed::TooMany)?;
        }
        while self.open_count >= MAX_OPEN_SLICES {
            let Some((_, oldest)) = self.opened_at.iter().next().map(|(k, v)| (*k, *v)) else { break };
            self.close_to(oldest, 0, ts, Closed::TooMany)?;
            if self.stacks.contains_key(&oldest) {
                break;
            }
        }
        Ok(())
    }
}

impl<W: Write> Sink for ChromeTraceSink<W> {
    type Encoder = ChromeEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        // Timestamps count from the earliest session start, so that they stay small (JSON numbers are doubles).
        self.origin = run.files.iter().map(|f| f.header.start_time).filter(|t| *t > 0).min().unwrap_or(0);
        self.out.write_all(b"{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":")?;
        let mut line = Vec::new();
        etw_core::json::string(&mut line, &format!("etwkit {}", env!("CARGO_PKG_VERSION")));
        line.extend_from_slice(b",\"origin\":");
        etw_core::json::string(&mut line, &FileTime(self.origin).to_string());
        line.extend_from_slice(b",\"files\":[");
        for (i, f) in run.files.iter().enumerate() {
            if i > 0 {
                line.push(b',');
            }
            etw_core::json::string(&mut line, &f.path.display().to_string());
        }
        line.extend_from_slice(b"]},\"traceEvents\":[");
        self.out.write_all(&line)
    }

    fn encoder(&self) -> ChromeEncoder {
        ChromeEncoder {
            origin: self.origin,
            batch: ChromeBatch::default(),
            keys: KeyCache::default(),
            netmon: Netmon::default(),
        }
    }

    fn write(&mut self, batch: ChromeBatch) -> io::Result<Flow> {
        for item in &batch.items {
            let bytes = batch.bytes.get(item.start..item.end).unwrap_or_default();
            self.write_item(bytes, item)?;
        }
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        // Slices still open at the end close at the last time written.
        let ts = self.last_ts.max(0);
        let tracks: Vec<(u32, u32)> = self.stacks.keys().copied().collect();
        let mut tracks = tracks;
        tracks.sort_unstable();
        for track in tracks {
            self.close_to(track, 0, ts, Closed::TraceEnded)?;
        }
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()
    }
}
