//! The pipeline sinks: [`ComponentSink`] (the names of PktMon's components, read in a first pass because pktmon
//! writes them when the capture stops, after the packets), [`PcapngSink`] (the pcapng file) and [`TrafficSink`]
//! (traffic per interface, protocol and endpoint pair).
//!
//! Workers read the packet events of their chunk and encode each frame's Enhanced Packet Block completely, with
//! a placeholder interface id; the sink, which sees the frames in order, numbers the interfaces by first use,
//! writes an Interface Description Block before an interface's first packet, patches the id in and writes the
//! block. NDIS-PacketCapture packets split over several events (Windows 8 and before) are joined in the sink,
//! the only place that sees consecutive events of different chunks ([`Reassembler`]).

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::sync::Arc;

use etw_core::{EventRef, FileTime, Location};
use etw_filter::EventContext;
use etw_pipeline::{Encoder, Flow, Sink};

use crate::capture::{self, CapturedFrame, Component, FragmentPart, Interface, PacketEvent};
use crate::pcapng::{self, Direction, EnhancedPacket, LinkType};
use crate::traffic::{analyze, Traffic};

/// The names of PktMon's components, by input file and component id.
#[derive(Clone, Debug, Default)]
pub struct ComponentNames {
    names: BTreeMap<(u32, u16), Component>,
}

impl ComponentNames {
    /// The component `id` of input file `file`, when the capture named it.
    pub fn get(&self, file: u32, id: u16) -> Option<&Component> {
        self.names.get(&(file, id))
    }

    /// Adds a name (the first one seen for a component stays).
    pub fn insert(&mut self, file: u32, c: Component) {
        self.names.entry((file, c.id)).or_insert(c);
    }

    /// How many components are named.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when none is.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The interface's name (`if_name`): the component's description and id for PktMon, the interface index
    /// for NDIS-PacketCapture (and the miniport's when a filter's), the link type when not Ethernet, the file
    /// when several were read.
    pub fn label(&self, i: &Interface) -> String {
        let mut s = match *i {
            Interface::PktMon { file, component, .. } => match self.get(file, component) {
                Some(c) if !c.description.is_empty() => format!("{} (PktMon component {component})", c.description),
                Some(c) if !c.name.is_empty() => format!("{} (PktMon component {component})", c.name),
                _ => format!("PktMon component {component}"),
            },
            Interface::Ndis { miniport, lower, .. } if miniport != lower => {
                format!("ifIndex {lower} (filter over ifIndex {miniport})")
            }
            Interface::Ndis { lower, .. } => format!("ifIndex {lower}"),
        };
        if i.link() != LinkType::ETHERNET {
            s.push_str(&format!(" [{}]", i.link().name()));
        }
        let file = match *i {
            Interface::PktMon { file, .. } | Interface::Ndis { file, .. } => file,
        };
        if file > 0 {
            s.push_str(&format!(" (file {})", u64::from(file) + 1));
        }
        s
    }

    /// The interface's description (`if_description`).
    pub fn description(&self, i: &Interface) -> String {
        match *i {
            Interface::PktMon { file, component, link } => match self.get(file, component) {
                Some(c) => format!(
                    "Microsoft-Windows-PktMon component {component}: {}, {}, {}",
                    c.name,
                    c.description,
                    link.name()
                ),
                None => format!("Microsoft-Windows-PktMon component {component}, {}", link.name()),
            },
            Interface::Ndis { miniport, lower, link, .. } => format!(
                "Microsoft-Windows-NDIS-PacketCapture LowerIfIndex {lower}, MiniportIfIndex {miniport}, {}",
                link.name()
            ),
        }
    }
}

/// Collects [`ComponentNames`] from PktMon's component events (id 20); every other event is ignored.
#[derive(Default)]
pub struct ComponentSink {
    names: ComponentNames,
}

impl ComponentSink {
    /// The names found.
    pub fn into_names(self) -> ComponentNames {
        self.names
    }
}

/// A worker's component names.
#[derive(Default)]
pub struct ComponentEncoder {
    found: Vec<(u32, Component)>,
}

impl Encoder for ComponentEncoder {
    type Batch = Vec<(u32, Component)>;

    fn event(&mut self, event: &EventRef<'_>, _cx: &mut EventContext<'_, '_>) {
        if event.provider_id() == capture::PKTMON && event.id() == 20 {
            if let Some(PacketEvent::Component(c)) = capture::parse(event) {
                self.found.push((event.location().file, c));
            }
        }
    }

    fn take(&mut self) -> Self::Batch {
        std::mem::take(&mut self.found)
    }
}

impl Sink for ComponentSink {
    type Encoder = ComponentEncoder;

    fn encoder(&self) -> ComponentEncoder {
        ComponentEncoder::default()
    }

    fn write(&mut self, batch: Vec<(u32, Component)>) -> io::Result<Flow> {
        for (file, c) in batch {
            self.names.insert(file, c);
        }
        Ok(Flow::Continue)
    }
}

/// A packet event that was written cut short, or could not be written: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadPacket {
    /// The event's place.
    pub location: Location,
    /// What was wrong, and what was done.
    pub reason: String,
}

/// How many bad packet events a sink keeps for the report (all are counted).
pub const BAD_PACKETS_KEPT: usize = 20;

/// Frames written and problems met.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PacketSummary {
    /// Enhanced Packet Blocks written (or frames counted).
    pub frames: u64,
    /// Interfaces (Interface Description Blocks).
    pub interfaces: u64,
    /// Packet events whose length fields disagree with their payload (written cut short) or that were too short
    /// to read (not written).
    pub bad_events: u64,
    /// The first [`BAD_PACKETS_KEPT`] of them.
    pub bad: Vec<BadPacket>,
    /// Fragmented packets written incomplete (a fragment missing).
    pub incomplete: u64,
}

impl PacketSummary {
    fn bad(&mut self, b: BadPacket) {
        self.bad_events = self.bad_events.saturating_add(1);
        if self.bad.len() < BAD_PACKETS_KEPT {
            self.bad.push(b);
        }
    }
}

/// A frame that is one fragment of a packet, kept until its packet is whole.
#[derive(Clone, Debug)]
pub struct Fragment {
    interface: Interface,
    timestamp: FileTime,
    data: Vec<u8>,
    direction: Option<Direction>,
    process_id: Option<u32>,
    part: FragmentPart,
    notes: Vec<String>,
}

impl Fragment {
    /// A fragment holding a copy of `f`'s bytes.
    pub fn from_frame(f: &CapturedFrame<'_>) -> Fragment {
        Fragment::of(f, Vec::new())
    }

    fn of(f: &CapturedFrame<'_>, notes: Vec<String>) -> Fragment {
        Fragment {
            interface: f.interface,
            timestamp: f.timestamp,
            data: f.data.to_vec(),
            direction: f.direction,
            process_id: f.process_id,
            part: f.fragment,
            notes,
        }
    }
}

/// A packet put together from its fragments: the last fragment's time and the first's direction and process.
#[derive(Clone, Debug)]
pub struct Assembled {
    /// The interface.
    pub interface: Interface,
    /// The time of the last fragment (when the packet was complete).
    pub timestamp: FileTime,
    /// The frame.
    pub data: Vec<u8>,
    /// Direction.
    pub direction: Option<Direction>,
    /// Process id.
    pub process_id: Option<u32>,
    /// Comments: the fragments' own, and what was missing.
    pub notes: Vec<String>,
    /// A fragment was missing.
    pub incomplete: bool,
}

/// A packet of several fragments is cut at this size (ndiscap's packets are at most 64 KiB).
pub const MAX_REASSEMBLED: usize = 256 << 10;

/// Joins NDIS-PacketCapture fragments as Microsoft's etl2pcapng does: from a first fragment to the next last
/// fragment, in event order. What does not fit that pattern is written as it is, with a comment: fragments
/// before a first fragment, a first fragment followed by another first fragment, a packet still open when the
/// trace ends, or one of more than [`MAX_REASSEMBLED`] bytes.
#[derive(Default)]
pub struct Reassembler {
    pending: Option<Assembled>,
}

impl Reassembler {
    /// Adds a fragment; returns the packets it completes or pushes out (at most two).
    pub fn push(&mut self, f: Fragment) -> Vec<Assembled> {
        let mut out = Vec::new();
        let continues = self.pending.as_ref().is_some_and(|p| p.interface == f.interface)
            && matches!(f.part, FragmentPart::Middle | FragmentPart::Last);
        if !continues {
            if let Some(mut p) = self.pending.take() {
                p.incomplete = true;
                p.notes.push("packet incomplete: its last fragment is missing".into());
                out.push(p);
            }
            let mut notes = f.notes;
            let missing_first = matches!(f.part, FragmentPart::Middle | FragmentPart::Last);
            if missing_first {
                notes.push("packet incomplete: its first fragment is missing".into());
            }
            let a = Assembled {
                interface: f.interface,
                timestamp: f.timestamp,
                data: f.data,
                direction: f.direction,
                process_id: f.process_id,
                notes,
                incomplete: missing_first,
            };
            if matches!(f.part, FragmentPart::Last | FragmentPart::Whole) {
                out.push(a);
            } else {
                self.pending = Some(a);
            }
            return out;
        }
        if let Some(p) = self.pending.as_mut() {
            let room = MAX_REASSEMBLED.saturating_sub(p.data.len());
            p.data.extend_from_slice(f.data.get(..f.data.len().min(room)).unwrap_or_default());
            p.timestamp = f.timestamp;
            p.notes.extend(f.notes);
            if f.data.len() > room {
                p.incomplete = true;
                p.notes.push(format!("packet cut at {MAX_REASSEMBLED} bytes"));
            }
        }
        if f.part == FragmentPart::Last || self.pending.as_ref().is_some_and(|p| p.data.len() >= MAX_REASSEMBLED) {
            out.extend(self.pending.take());
        }
        out
    }

    /// The packet still open at the end of the trace, if any.
    pub fn finish(&mut self) -> Option<Assembled> {
        self.pending.take().map(|mut p| {
            p.incomplete = true;
            p.notes.push("packet incomplete: the trace ends before its last fragment".into());
            p
        })
    }
}

/// 100 ns units since 1970, as pcapng's timestamps with `if_tsresol` 7 count (0 for earlier times).
pub fn pcapng_time(t: FileTime) -> u64 {
    const UNIX_EPOCH_FILETIME: i64 = 116_444_736_000_000_000;
    u64::try_from(t.0.saturating_sub(UNIX_EPOCH_FILETIME)).unwrap_or(0)
}

/// The comments of a frame: PktMon's component, edge, direction, group, drop; the process; a length problem.
fn comments(f: &CapturedFrame<'_>) -> Vec<String> {
    let mut parts = Vec::new();
    if let (Some(d), Interface::PktMon { component, .. }) = (&f.pktmon, &f.interface) {
        let dir = match d.dir_tag {
            3 => "Rx".to_string(),
            4 => "Tx".to_string(),
            n => format!("direction {n}"),
        };
        parts.push(format!(
            "PktMon component {component}, edge {}, {dir}, PktGroupId {}, PktNumber {}, appearance {}, filter {}, packet type {}",
            d.edge, d.group, d.number, d.appearance, d.filter, d.packet_type
        ));
        if d.dropped() {
            let what = if d.event_id == 240 { "duplicate drop" } else { "dropped" };
            parts.push(format!("{what}: drop reason {}, drop location {:#010x}", d.drop_reason, d.drop_location));
        }
    }
    if let Some(pid) = f.process_id {
        parts.push(format!("process id {pid}"));
    }
    let mut out = Vec::new();
    if !parts.is_empty() {
        out.push(parts.join("; "));
    }
    if let Some((said, present)) = f.short_by_event {
        out.push(short_note(said, present));
    }
    out
}

fn short_note(said: u32, present: u32) -> String {
    format!("bad packet event: its length field says {said} bytes, the event holds {present}: truncated to what exists")
}

/// 802.11 frames from ndiscap are logged decrypted with the Protected flag still set; Wireshark would try to
/// decrypt them again, so the flag is cleared (what Microsoft's etl2pcapng does).
fn clear_protected_flag(frame: &mut [u8]) -> bool {
    match frame.get_mut(1) {
        Some(b) if *b & 0x40 != 0 => {
            *b &= !0x40;
            true
        }
        _ => false,
    }
}

/// One item of a pcapng batch, in event order.
#[derive(Debug)]
enum PcapItem {
    /// An Enhanced Packet Block at `start` in the batch's bytes.
    Block { start: usize, end: usize, interface: Interface },
    /// A fragment to join.
    Fragment(Fragment),
    /// A bad packet event.
    Bad(BadPacket),
}

/// What a worker hands the pcapng sink.
#[derive(Debug, Default)]
pub struct PcapBatch {
    bytes: Vec<u8>,
    items: Vec<PcapItem>,
}

/// Encodes a chunk's packet events into Enhanced Packet Blocks.
#[derive(Default)]
pub struct PcapngEncoder {
    batch: PcapBatch,
}

/// The frame of a packet event, for both encoders: `None` for other events and component names; for an unreadable
/// packet event, its report (`not` says what becomes of it: "not written", "not counted") and no frame; for a
/// frame whose length field says more than its event holds, the frame and that report.
fn frame_of<'a>(event: &EventRef<'a>, not: &str) -> Option<(Option<CapturedFrame<'a>>, Option<BadPacket>)> {
    match capture::parse(event)? {
        PacketEvent::Frame(f) => {
            let bad = bad_of(event, &f);
            Some((Some(f), bad))
        }
        PacketEvent::Component(_) => None,
        PacketEvent::Unreadable(reason) => {
            Some((None, Some(BadPacket { location: *event.location(), reason: format!("{reason}; {not}") })))
        }
    }
}

/// The report of a frame whose length field says more than its event holds (`None` for a sound one).
fn bad_of(event: &EventRef<'_>, f: &CapturedFrame<'_>) -> Option<BadPacket> {
    f.short_by_event.map(|(said, present)| BadPacket {
        location: *event.location(),
        reason: format!(
            "{} packet event {}: its length field says {said} bytes, the event holds {present}; written truncated",
            provider_name(event),
            event.id()
        ),
    })
}

fn provider_name(event: &EventRef<'_>) -> &'static str {
    if event.provider_id() == capture::PKTMON {
        "Microsoft-Windows-PktMon"
    } else {
        "Microsoft-Windows-NDIS-PacketCapture"
    }
}

/// What an Enhanced Packet Block is made of, before its interface has an id.
struct Frame<'a> {
    interface: Interface,
    timestamp: FileTime,
    data: &'a [u8],
    /// The length on the wire when the event says it (PktMon); else read from the IP header.
    original_len: Option<u32>,
    direction: Option<Direction>,
    notes: &'a [String],
}

impl<'a> Frame<'a> {
    fn assembled(a: &'a Assembled) -> Frame<'a> {
        Frame {
            interface: a.interface,
            timestamp: a.timestamp,
            data: &a.data,
            original_len: None,
            direction: a.direction,
            notes: &a.notes,
        }
    }

    /// Appends the block to `out` with interface id 0; returns where it starts and ends.
    fn encode(&self, out: &mut Vec<u8>) -> (usize, usize) {
        let original =
            self.original_len.unwrap_or_else(|| capture::infer_original_len(self.interface.link(), self.data));
        let start = pcapng::enhanced_packet(
            out,
            &EnhancedPacket {
                interface_id: 0,
                timestamp: pcapng_time(self.timestamp),
                data: self.data,
                original_len: original,
                direction: self.direction,
                comments: self.notes,
            },
        );
        (start, out.len())
    }
}

impl Encoder for PcapngEncoder {
    type Batch = PcapBatch;

    fn event(&mut self, event: &EventRef<'_>, _cx: &mut EventContext<'_, '_>) {
        let Some((frame, bad)) = frame_of(event, "not written") else { return };
        self.batch.items.extend(bad.map(PcapItem::Bad));
        let Some(f) = frame else { return };
        let mut notes = comments(&f);
        if f.fragment != FragmentPart::Whole {
            self.batch.items.push(PcapItem::Fragment(Fragment::of(&f, notes)));
            return;
        }
        let ndis = f.pktmon.is_none();
        // Only an ndiscap 802.11 frame is changed (its Protected flag); every other frame is encoded in place.
        let changed: Vec<u8>;
        let data = if ndis && f.interface.link() == LinkType::IEEE802_11 {
            let mut copy = f.data.to_vec();
            if clear_protected_flag(&mut copy) {
                notes.push("802.11 Protected flag cleared: ndiscap logs frames decrypted".into());
            }
            changed = copy;
            &changed[..]
        } else {
            f.data
        };
        let frame = Frame {
            interface: f.interface,
            timestamp: f.timestamp,
            data,
            // PktMon says the length on the wire; NDIS-PacketCapture does not, so it is read from the IP header.
            original_len: if ndis { None } else { Some(f.original_len) },
            direction: f.direction,
            notes: &notes,
        };
        let (start, end) = frame.encode(&mut self.batch.bytes);
        self.batch.items.push(PcapItem::Block { start, end, interface: f.interface });
    }

    fn take(&mut self) -> PcapBatch {
        std::mem::take(&mut self.batch)
    }
}

/// Numbers interfaces by first use and writes their Interface Description Blocks.
struct InterfaceTable {
    names: Arc<ComponentNames>,
    ids: HashMap<Interface, u32>,
}

impl InterfaceTable {
    /// The interface's id; a new interface's description block is appended to `out` first.
    fn id(&mut self, i: Interface, out: &mut Vec<u8>) -> u32 {
        if let Some(id) = self.ids.get(&i) {
            return *id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        pcapng::interface(out, i.link(), &self.names.label(&i), &self.names.description(&i));
        self.ids.insert(i, id);
        id
    }
}

/// Writes the packets of a run as a pcapng file to `out`: a section header, then interfaces and packets in
/// event order. Events that are not packets are ignored.
pub struct PcapngSink<W: Write> {
    out: W,
    interfaces: InterfaceTable,
    reassembler: Reassembler,
    summary: PacketSummary,
    scratch: Vec<u8>,
}

impl<W: Write> PcapngSink<W> {
    /// A sink writing to `out`, naming PktMon's components with `names` (from a [`ComponentSink`] pass).
    pub fn new(out: W, names: ComponentNames) -> io::Result<PcapngSink<W>> {
        let mut sink = PcapngSink {
            out,
            interfaces: InterfaceTable { names: Arc::new(names), ids: HashMap::new() },
            reassembler: Reassembler::default(),
            summary: PacketSummary::default(),
            scratch: Vec::new(),
        };
        pcapng::section_header(&mut sink.scratch, &format!("etwkit {}", env!("CARGO_PKG_VERSION")));
        sink.out.write_all(&sink.scratch)?;
        sink.scratch.clear();
        Ok(sink)
    }

    /// What was written.
    pub fn summary(&self) -> &PacketSummary {
        &self.summary
    }

    /// The writer.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn write_assembled(&mut self, mut a: Assembled) -> io::Result<()> {
        if a.interface.link() == LinkType::IEEE802_11 && clear_protected_flag(&mut a.data) {
            a.notes.push("802.11 Protected flag cleared: ndiscap logs frames decrypted".into());
        }
        if a.incomplete {
            self.summary.incomplete = self.summary.incomplete.saturating_add(1);
        }
        self.scratch.clear();
        let id = self.interfaces.id(a.interface, &mut self.scratch);
        let (start, _) = Frame::assembled(&a).encode(&mut self.scratch);
        pcapng::set_interface_id(&mut self.scratch, start, id);
        self.summary.frames = self.summary.frames.saturating_add(1);
        self.out.write_all(&self.scratch)
    }
}

impl<W: Write> Sink for PcapngSink<W> {
    type Encoder = PcapngEncoder;

    fn encoder(&self) -> PcapngEncoder {
        PcapngEncoder::default()
    }

    fn write(&mut self, mut batch: PcapBatch) -> io::Result<Flow> {
        for item in std::mem::take(&mut batch.items) {
            match item {
                PcapItem::Block { start, end, interface } => {
                    self.scratch.clear();
                    let id = self.interfaces.id(interface, &mut self.scratch);
                    if !self.scratch.is_empty() {
                        self.out.write_all(&self.scratch)?;
                    }
                    pcapng::set_interface_id(&mut batch.bytes, start, id);
                    if let Some(block) = batch.bytes.get(start..end) {
                        self.out.write_all(block)?;
                    }
                    self.summary.frames = self.summary.frames.saturating_add(1);
                }
                PcapItem::Fragment(f) => {
                    for a in self.reassembler.push(f) {
                        self.write_assembled(a)?;
                    }
                }
                PcapItem::Bad(b) => self.summary.bad(b),
            }
        }
        self.summary.interfaces = self.interfaces.ids.len() as u64;
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &etw_pipeline::Summary) -> io::Result<()> {
        if let Some(a) = self.reassembler.finish() {
            self.write_assembled(a)?;
        }
        self.summary.interfaces = self.interfaces.ids.len() as u64;
        self.out.flush()
    }
}

/// One item of a traffic batch.
enum TrafficItem {
    Fragment(Fragment),
    Bad(BadPacket),
}

/// What a worker hands the traffic sink: the counts of its whole frames, and fragments to join.
#[derive(Default)]
pub struct TrafficBatch {
    traffic: Traffic,
    frames: u64,
    items: Vec<TrafficItem>,
}

/// Counts a chunk's frames.
#[derive(Default)]
pub struct TrafficEncoder {
    batch: TrafficBatch,
}

impl Encoder for TrafficEncoder {
    type Batch = TrafficBatch;

    fn event(&mut self, event: &EventRef<'_>, _cx: &mut EventContext<'_, '_>) {
        let Some((frame, bad)) = frame_of(event, "not counted") else { return };
        self.batch.items.extend(bad.map(TrafficItem::Bad));
        let Some(f) = frame else { return };
        if f.fragment != FragmentPart::Whole {
            self.batch.items.push(TrafficItem::Fragment(Fragment::of(&f, Vec::new())));
            return;
        }
        let wire = if f.pktmon.is_some() {
            f.original_len.max(u32::try_from(f.data.len()).unwrap_or(u32::MAX))
        } else {
            capture::infer_original_len(f.interface.link(), f.data)
        };
        // Read as the pcapng file has it: an ndiscap 802.11 frame without its Protected flag.
        let info = if f.pktmon.is_none() && f.interface.link() == LinkType::IEEE802_11 {
            let mut copy = f.data.to_vec();
            clear_protected_flag(&mut copy);
            analyze(LinkType::IEEE802_11, &copy)
        } else {
            analyze(f.interface.link(), f.data)
        };
        self.batch.traffic.frame(f.interface, info, u64::from(wire));
        self.batch.frames = self.batch.frames.saturating_add(1);
    }

    fn take(&mut self) -> TrafficBatch {
        std::mem::take(&mut self.batch)
    }
}

/// Counts the traffic of a run's packet events.
#[derive(Default)]
pub struct TrafficSink {
    names: ComponentNames,
    traffic: Traffic,
    reassembler: Reassembler,
    summary: PacketSummary,
}

impl TrafficSink {
    /// A sink labelling PktMon's components with `names`.
    pub fn new(names: ComponentNames) -> TrafficSink {
        TrafficSink { names, ..TrafficSink::default() }
    }

    /// The counts.
    pub fn traffic(&self) -> &Traffic {
        &self.traffic
    }

    /// Frames counted and problems met.
    pub fn summary(&self) -> &PacketSummary {
        &self.summary
    }

    /// The report, with the `top` busiest endpoint pairs.
    pub fn report(&self, top: usize) -> crate::traffic::PacketReport {
        self.traffic.report(top, |i| self.names.label(i))
    }

    fn count(&mut self, mut a: Assembled) {
        if a.interface.link() == LinkType::IEEE802_11 {
            clear_protected_flag(&mut a.data);
        }
        if a.incomplete {
            self.summary.incomplete = self.summary.incomplete.saturating_add(1);
        }
        let wire = capture::infer_original_len(a.interface.link(), &a.data);
        self.traffic.frame(a.interface, analyze(a.interface.link(), &a.data), u64::from(wire));
        self.summary.frames = self.summary.frames.saturating_add(1);
    }
}

impl Sink for TrafficSink {
    type Encoder = TrafficEncoder;

    fn encoder(&self) -> TrafficEncoder {
        TrafficEncoder::default()
    }

    fn write(&mut self, batch: TrafficBatch) -> io::Result<Flow> {
        self.traffic.merge(batch.traffic);
        self.summary.frames = self.summary.frames.saturating_add(batch.frames);
        for item in batch.items {
            match item {
                TrafficItem::Fragment(f) => {
                    for a in self.reassembler.push(f) {
                        self.count(a);
                    }
                }
                TrafficItem::Bad(b) => self.summary.bad(b),
            }
        }
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &etw_pipeline::Summary) -> io::Result<()> {
        if let Some(a) = self.reassembler.finish() {
            self.count(a);
        }
        self.summary.interfaces = self.traffic.interfaces.len() as u64;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frag(part: FragmentPart, data: &[u8], t: i64) -> Fragment {
        Fragment {
            interface: Interface::Ndis { file: 0, miniport: 1, lower: 1, link: LinkType::ETHERNET },
            timestamp: FileTime(t),
            data: data.to_vec(),
            direction: None,
            process_id: None,
            part,
            notes: Vec::new(),
        }
    }

    #[test]
    fn fragments_join_from_first_to_last() {
        let mut r = Reassembler::default();
        assert!(r.push(frag(FragmentPart::First, &[1, 2], 1)).is_empty());
        assert!(r.push(frag(FragmentPart::Middle, &[3], 2)).is_empty());
        let out = r.push(frag(FragmentPart::Last, &[4], 3));
        assert_eq!(out.len(), 1);
        assert_eq!(
            (out[0].data.as_slice(), out[0].timestamp, out[0].incomplete),
            (&[1u8, 2, 3, 4][..], FileTime(3), false)
        );
        assert!(r.finish().is_none());
    }

    #[test]
    fn missing_fragments_are_written_with_a_comment() {
        let mut r = Reassembler::default();
        // A last fragment alone.
        let out = r.push(frag(FragmentPart::Last, &[9], 1));
        assert!(out[0].incomplete && out[0].notes[0].contains("first fragment is missing"));
        // A first fragment pushed out by another.
        r.push(frag(FragmentPart::First, &[1], 2));
        let out = r.push(frag(FragmentPart::First, &[2], 3));
        assert_eq!(out.len(), 1);
        assert!(out[0].notes[0].contains("last fragment is missing"));
        // A whole packet pushes out the open one and comes out itself.
        let out = r.push(frag(FragmentPart::Whole, &[5], 4));
        assert_eq!(out.len(), 2);
        assert!(!out[1].incomplete);
        r.push(frag(FragmentPart::First, &[1], 5));
        let open = r.finish().unwrap();
        assert!(open.notes[0].contains("trace ends"));
    }

    #[test]
    fn a_huge_packet_is_cut() {
        let mut r = Reassembler::default();
        r.push(frag(FragmentPart::First, &vec![0; MAX_REASSEMBLED - 1], 1));
        let out = r.push(frag(FragmentPart::Middle, &[1, 2, 3], 2));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].data.len(), MAX_REASSEMBLED);
        assert!(out[0].incomplete);
    }

    #[test]
    fn times_before_1970_are_zero() {
        assert_eq!(pcapng_time(FileTime(0)), 0);
        assert_eq!(pcapng_time(FileTime(116_444_736_000_000_123)), 123);
    }
}
