//! Which events carry frames, and what they say: Microsoft-Windows-PktMon (the `pktmon` tool) and
//! Microsoft-Windows-NDIS-PacketCapture (`netsh trace start capture=yes`, `ndiscap`).
//!
//! The payloads are read by their fixed layouts (the providers' manifests), not through a schema: a capture
//! converts the same whether or not the trace carries its event metadata, and a worker reads each packet event
//! with a few bounds-checked reads instead of a decode.
//!
//! | provider | ids | layout (little-endian) |
//! |---|---|---|
//! | PktMon | 160 packet, 170 dropped packet, 240 duplicate drop | PktGroupId u64, PktNumber u16, AppearanceCount u16, DirTag u16, PacketType u16, ComponentId u16, EdgeId u16, FilterId u16, DropReason u32, DropLocation u32, OriginalPayloadSize u16, LoggedPayloadSize u16, Payload\[LoggedPayloadSize\] |
//! | PktMon | 20 component | Id u16, Type u16, Name (UTF-16, NUL-terminated), Description (UTF-16, NUL-terminated) |
//! | NDIS-PacketCapture | 1001 packet fragment | MiniportIfIndex u32, LowerIfIndex u32, FragmentSize u32, Fragment\[FragmentSize\], then (newer versions) fields this reader does not need |
//!
//! PktMon's `PacketType` is the frame's media: 1 Ethernet, 2 Wi-Fi (802.11), 3 IP; other values (HTTP, TCP, UDP,
//! ARP, ICMP, ESP, AH, layer-4 payload) are what a component above the link layer saw, written with
//! [`LinkType::USER0`]. NDIS-PacketCapture tells the media by keyword (`0x10000` native 802.11, `0x200` wireless
//! WAN, i.e. raw IP, else Ethernet), the direction by keyword (`0x100000000` send, `0x200000000` receive), and
//! which events make one packet by `0x40000000` (first fragment) and `0x80000000` (last fragment): since
//! Windows 8.1 every packet is one event with both.

use etw_core::{EventRef, FileTime, Guid};

use crate::pcapng::{Direction, LinkType};

/// Microsoft-Windows-PktMon.
pub const PKTMON: Guid = Guid::parse_const("4d4f80d9-c8bd-4d73-bb5b-19c90402c5ac");
/// Microsoft-Windows-NDIS-PacketCapture.
pub const NDIS_PACKET_CAPTURE: Guid = Guid::parse_const("2ed6006e-4729-4609-b423-3ee7bcd678ef");

/// NDIS-PacketCapture keywords (from its manifest).
pub mod ndis_keywords {
    /// The frame is a native 802.11 frame.
    pub const MEDIA_NATIVE_802_11: u64 = 0x1_0000;
    /// The frame is from a mobile broadband (wireless WAN) interface: raw IP.
    pub const MEDIA_WIRELESS_WAN: u64 = 0x200;
    /// First fragment of a packet.
    pub const PACKET_START: u64 = 0x4000_0000;
    /// Last fragment of a packet.
    pub const PACKET_END: u64 = 0x8000_0000;
    /// Sent.
    pub const SEND: u64 = 0x1_0000_0000;
    /// Received.
    pub const RECEIVE: u64 = 0x2_0000_0000;
}

/// The interface a frame was captured on: one Interface Description Block each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Interface {
    /// A PktMon component (a driver in the network stack: miniport, filter, protocol), by its id.
    PktMon {
        /// Index of the input file (component ids are per capture).
        file: u32,
        /// ComponentId.
        component: u16,
        /// Link type of its frames.
        link: LinkType,
    },
    /// An NDIS-PacketCapture interface, by its interface indexes.
    Ndis {
        /// Index of the input file.
        file: u32,
        /// MiniportIfIndex: the adapter.
        miniport: u32,
        /// LowerIfIndex: the interface the packet was seen on (a filter over the miniport, or the miniport).
        lower: u32,
        /// Link type of its frames.
        link: LinkType,
    },
}

impl Interface {
    /// The link type of the interface's frames.
    pub fn link(&self) -> LinkType {
        match self {
            Interface::PktMon { link, .. } | Interface::Ndis { link, .. } => *link,
        }
    }
}

/// What PktMon says about a packet beyond the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PktMonDetail {
    /// The event id: 160 packet, 170 dropped packet, 240 duplicate drop.
    pub event_id: u16,
    /// PktGroupId: the net buffer list the packet belongs to.
    pub group: u64,
    /// PktNumber: the packet's number in its group.
    pub number: u16,
    /// AppearanceCount: how many components had seen the packet, this one included.
    pub appearance: u16,
    /// DirTag (3 Rx, 4 Tx).
    pub dir_tag: u16,
    /// PacketType (the media).
    pub packet_type: u16,
    /// EdgeId: the component's edge (upper or lower side) the packet crossed.
    pub edge: u16,
    /// FilterId: the pktmon filter that matched.
    pub filter: u16,
    /// DropReason (0 when not dropped).
    pub drop_reason: u32,
    /// DropLocation.
    pub drop_location: u32,
}

impl PktMonDetail {
    /// True for a dropped packet.
    pub fn dropped(&self) -> bool {
        self.event_id != 160 || self.drop_reason != 0
    }
}

/// Where a fragment of an NDIS-PacketCapture packet stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FragmentPart {
    /// A whole packet in one event (first and last fragment).
    Whole,
    /// The first of several.
    First,
    /// Neither first nor last.
    Middle,
    /// The last of several.
    Last,
}

/// One frame (or fragment) from a packet event, borrowing the event's payload.
#[derive(Clone, Debug)]
pub struct CapturedFrame<'a> {
    /// The interface.
    pub interface: Interface,
    /// The event's time.
    pub timestamp: FileTime,
    /// The captured bytes: what the event holds, at most what its length field says.
    pub data: &'a [u8],
    /// The length on the wire the event gives (PktMon's OriginalPayloadSize; for NDIS the fragment's size,
    /// see [`infer_original_len`]).
    pub original_len: u32,
    /// Inbound or outbound, when the event says.
    pub direction: Option<Direction>,
    /// The process id in the event header, when there is one (not 0 or 0xFFFFFFFF).
    pub process_id: Option<u32>,
    /// PktMon's fields.
    pub pktmon: Option<PktMonDetail>,
    /// NDIS-PacketCapture's fragment position.
    pub fragment: FragmentPart,
    /// The length field said more bytes than the event holds: (said, present).
    pub short_by_event: Option<(u32, u32)>,
}

/// A PktMon component's name and description (event 20).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Component {
    /// ComponentId.
    pub id: u16,
    /// The driver (`netvsc.sys`).
    pub name: String,
    /// What it is (`Microsoft Hyper-V Network Adapter #3`, `TCP/IPv4 - L3/L4`).
    pub description: String,
}

/// What a packet-capture event is.
#[derive(Clone, Debug)]
pub enum PacketEvent<'a> {
    /// A frame or a fragment of one.
    Frame(CapturedFrame<'a>),
    /// A PktMon component's name.
    Component(Component),
    /// A packet event too short for its fixed fields: nothing can be written. The text says what was missing.
    Unreadable(String),
}

/// The fields of an event that [`parse`] reads, apart from the event itself (so a fuzzer can drive it).
#[derive(Clone, Copy, Debug)]
pub struct EventFields<'a> {
    /// Provider GUID.
    pub provider: Guid,
    /// Event id.
    pub id: u16,
    /// Keywords.
    pub keywords: u64,
    /// Process id of the header.
    pub process_id: u32,
    /// Timestamp.
    pub timestamp: FileTime,
    /// Index of the input file.
    pub file: u32,
    /// The payload.
    pub payload: &'a [u8],
}

impl<'a> EventFields<'a> {
    /// The fields of `ev`.
    pub fn of(ev: &EventRef<'a>) -> EventFields<'a> {
        EventFields {
            provider: ev.provider_id(),
            id: ev.id(),
            keywords: ev.keywords(),
            process_id: ev.process_id(),
            timestamp: ev.timestamp(),
            file: ev.location().file,
            payload: ev.payload(),
        }
    }
}

/// True when `provider` and `id` name an event [`parse`] reads (a cheap test before it).
pub fn is_packet_provider(provider: Guid) -> bool {
    provider == PKTMON || provider == NDIS_PACKET_CAPTURE
}

/// Reads a packet-capture event; `None` for every other event (other providers, PktMon's counters and
/// properties, NDIS-PacketCapture's state events).
pub fn parse<'a>(ev: &EventRef<'a>) -> Option<PacketEvent<'a>> {
    if !ev.header_kind().is_event_header() || !is_packet_provider(ev.provider_id()) {
        return None;
    }
    parse_fields(&EventFields::of(ev))
}

/// [`parse`] on the fields of an event.
pub fn parse_fields<'a>(f: &EventFields<'a>) -> Option<PacketEvent<'a>> {
    if f.provider == PKTMON {
        match f.id {
            160 | 170 | 240 => Some(pktmon_packet(f)),
            20 => pktmon_component(f.payload).map(PacketEvent::Component),
            _ => None,
        }
    } else if f.provider == NDIS_PACKET_CAPTURE && f.id == 1001 {
        Some(ndis_fragment(f))
    } else {
        None
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

fn process_id(pid: u32) -> Option<u32> {
    (pid != 0 && pid != u32::MAX).then_some(pid)
}

/// The bytes a length field names, or what is there when it names more: (data, said and present if short).
fn take(rest: &[u8], said: u32) -> (&[u8], Option<(u32, u32)>) {
    let want = usize::try_from(said).unwrap_or(usize::MAX);
    match rest.get(..want) {
        Some(d) => (d, None),
        None => (rest, Some((said, u32::try_from(rest.len()).unwrap_or(u32::MAX)))),
    }
}

/// The fixed part of PktMon's packet events, before the payload.
const PKTMON_FIXED: usize = 34;

fn pktmon_packet<'a>(f: &EventFields<'a>) -> PacketEvent<'a> {
    let p = f.payload;
    let fields = (|| {
        Some(PktMonDetail {
            event_id: f.id,
            group: u64_at(p, 0)?,
            number: u16_at(p, 8)?,
            appearance: u16_at(p, 10)?,
            dir_tag: u16_at(p, 12)?,
            packet_type: u16_at(p, 14)?,
            edge: u16_at(p, 18)?,
            filter: u16_at(p, 20)?,
            drop_reason: u32_at(p, 22)?,
            drop_location: u32_at(p, 26)?,
        })
    })();
    let (Some(detail), Some(component), Some(original), Some(logged)) =
        (fields, u16_at(p, 16), u16_at(p, 30), u16_at(p, 32))
    else {
        return PacketEvent::Unreadable(format!(
            "PktMon packet event {} has {} payload bytes, fewer than its {PKTMON_FIXED} bytes of fixed fields",
            f.id,
            p.len()
        ));
    };
    let (data, short) = take(p.get(PKTMON_FIXED..).unwrap_or_default(), u32::from(logged));
    let link = match detail.packet_type {
        1 => LinkType::ETHERNET,
        2 => LinkType::IEEE802_11,
        3 => LinkType::RAW,
        _ => LinkType::USER0,
    };
    let direction = match detail.dir_tag {
        3 => Some(Direction::Inbound),
        4 => Some(Direction::Outbound),
        _ => None,
    };
    PacketEvent::Frame(CapturedFrame {
        interface: Interface::PktMon { file: f.file, component, link },
        timestamp: f.timestamp,
        data,
        original_len: u32::from(original),
        direction,
        process_id: process_id(f.process_id),
        pktmon: Some(detail),
        fragment: FragmentPart::Whole,
        short_by_event: short,
    })
}

/// A NUL-terminated UTF-16 string at the start of `b`, and what follows it.
fn utf16z(b: &[u8]) -> (String, &[u8]) {
    let mut units = Vec::new();
    let mut at = 0;
    while let Some(u) = u16_at(b, at) {
        at += 2;
        if u == 0 {
            break;
        }
        units.push(u);
    }
    (String::from_utf16_lossy(&units), b.get(at..).unwrap_or_default())
}

fn pktmon_component(p: &[u8]) -> Option<Component> {
    let id = u16_at(p, 0)?;
    let (name, rest) = utf16z(p.get(4..)?);
    let (description, _) = utf16z(rest);
    Some(Component { id, name, description })
}

fn ndis_fragment<'a>(f: &EventFields<'a>) -> PacketEvent<'a> {
    use ndis_keywords::*;
    let p = f.payload;
    let (Some(miniport), Some(lower), Some(size)) = (u32_at(p, 0), u32_at(p, 4), u32_at(p, 8)) else {
        return PacketEvent::Unreadable(format!(
            "NDIS-PacketCapture packet event has {} payload bytes, fewer than its 12 bytes of fixed fields",
            p.len()
        ));
    };
    let (data, short) = take(p.get(12..).unwrap_or_default(), size);
    let link = if f.keywords & MEDIA_NATIVE_802_11 != 0 {
        LinkType::IEEE802_11
    } else if f.keywords & MEDIA_WIRELESS_WAN != 0 {
        LinkType::RAW
    } else {
        LinkType::ETHERNET
    };
    let direction = if f.keywords & SEND != 0 {
        Some(Direction::Outbound)
    } else if f.keywords & RECEIVE != 0 {
        Some(Direction::Inbound)
    } else {
        None
    };
    let fragment = match (f.keywords & PACKET_START != 0, f.keywords & PACKET_END != 0) {
        (true, true) => FragmentPart::Whole,
        (true, false) => FragmentPart::First,
        (false, true) => FragmentPart::Last,
        (false, false) => FragmentPart::Middle,
    };
    PacketEvent::Frame(CapturedFrame {
        interface: Interface::Ndis { file: f.file, miniport, lower, link },
        timestamp: f.timestamp,
        data,
        original_len: size,
        direction,
        process_id: process_id(f.process_id),
        pktmon: None,
        fragment,
        short_by_event: short,
    })
}

/// The length on the wire of an NDIS-PacketCapture frame, whose events give only the captured size: ndiscap
/// truncates frames without saying so, so the IP header's length (IPv4 total length, IPv6 payload length plus
/// its header) says how long the frame was, when it says more than was captured. Large-send packets carry 0 in
/// those fields; then the captured length stands. This is what Microsoft's etl2pcapng does.
pub fn infer_original_len(link: LinkType, frame: &[u8]) -> u32 {
    let captured = u32::try_from(frame.len()).unwrap_or(u32::MAX);
    let ip_len = |ip: &[u8]| -> Option<u32> {
        match ip.first()? >> 4 {
            4 => u16_at_be(ip, 2).map(u32::from),
            6 => u16_at_be(ip, 4).map(|n| u32::from(n) + 40),
            _ => None,
        }
    };
    let inferred = match link {
        LinkType::ETHERNET => match u16_at_be(frame, 12) {
            Some(0x0800 | 0x86DD) => frame.get(14..).and_then(ip_len).map(|n| n.saturating_add(14)),
            _ => None,
        },
        LinkType::RAW => ip_len(frame),
        _ => None,
    };
    inferred.map_or(captured, |n| n.max(captured))
}

fn u16_at_be(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(provider: Guid, id: u16, keywords: u64, payload: &[u8]) -> EventFields<'_> {
        EventFields { provider, id, keywords, process_id: 0, timestamp: FileTime(0), file: 0, payload }
    }

    fn pktmon_payload(dir: u16, ptype: u16, original: u16, logged: u16, frame: &[u8]) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(&7u64.to_le_bytes());
        for v in [1u16, 2, dir, ptype, 59, 1, 3] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(&0u32.to_le_bytes());
        p.extend_from_slice(&0u32.to_le_bytes());
        p.extend_from_slice(&original.to_le_bytes());
        p.extend_from_slice(&logged.to_le_bytes());
        p.extend_from_slice(frame);
        p
    }

    #[test]
    fn pktmon_packet_fields() {
        let p = pktmon_payload(4, 1, 100, 3, &[1, 2, 3, 9]);
        let Some(PacketEvent::Frame(f)) = parse_fields(&fields(PKTMON, 160, 0x10, &p)) else { panic!() };
        assert_eq!(f.data, &[1, 2, 3]);
        assert_eq!(f.original_len, 100);
        assert_eq!(f.direction, Some(Direction::Outbound));
        assert_eq!(f.interface, Interface::PktMon { file: 0, component: 59, link: LinkType::ETHERNET });
        let d = f.pktmon.unwrap();
        assert_eq!((d.group, d.number, d.appearance, d.edge, d.filter), (7, 1, 2, 1, 3));
        assert!(!d.dropped());
        assert_eq!(f.short_by_event, None);
    }

    #[test]
    fn a_length_past_the_payload_keeps_what_is_there() {
        let p = pktmon_payload(3, 3, 100, 50, &[0x45, 0, 0, 20]);
        let Some(PacketEvent::Frame(f)) = parse_fields(&fields(PKTMON, 170, 0, &p)) else { panic!() };
        assert_eq!(f.data.len(), 4);
        assert_eq!(f.short_by_event, Some((50, 4)));
        assert_eq!(f.interface.link(), LinkType::RAW);
        assert!(f.pktmon.unwrap().dropped());
        for cut in 0..PKTMON_FIXED {
            assert!(matches!(parse_fields(&fields(PKTMON, 160, 0, &p[..cut])), Some(PacketEvent::Unreadable(_))));
        }
    }

    #[test]
    fn component_names() {
        let mut p = vec![59, 0, 2, 0];
        for s in ["netvsc.sys", "Adapter #3"] {
            for u in s.encode_utf16() {
                p.extend_from_slice(&u.to_le_bytes());
            }
            p.extend_from_slice(&[0, 0]);
        }
        let Some(PacketEvent::Component(c)) = parse_fields(&fields(PKTMON, 20, 0, &p)) else { panic!() };
        assert_eq!(c, Component { id: 59, name: "netvsc.sys".into(), description: "Adapter #3".into() });
        // Unterminated strings end with the payload.
        let Some(PacketEvent::Component(c)) = parse_fields(&fields(PKTMON, 20, 0, &p[..9])) else { panic!() };
        assert_eq!((c.name.as_str(), c.description.as_str()), ("ne", ""));
        assert!(parse_fields(&fields(PKTMON, 20, 0, &p[..3])).is_none());
        assert!(parse_fields(&fields(PKTMON, 30, 0, &p)).is_none());
    }

    #[test]
    fn ndis_fragments_by_keyword() {
        use ndis_keywords::*;
        let mut p = Vec::new();
        for v in [5u32, 7, 3] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(&[0xaa, 0xbb, 0xcc, 0, 0, 0, 0]);
        let kw = PACKET_START | PACKET_END | RECEIVE | MEDIA_NATIVE_802_11;
        let Some(PacketEvent::Frame(f)) = parse_fields(&fields(NDIS_PACKET_CAPTURE, 1001, kw, &p)) else { panic!() };
        assert_eq!(f.data, &[0xaa, 0xbb, 0xcc]);
        assert_eq!(f.fragment, FragmentPart::Whole);
        assert_eq!(f.direction, Some(Direction::Inbound));
        assert_eq!(f.interface, Interface::Ndis { file: 0, miniport: 5, lower: 7, link: LinkType::IEEE802_11 });
        let Some(PacketEvent::Frame(f)) = parse_fields(&fields(NDIS_PACKET_CAPTURE, 1001, SEND, &p)) else { panic!() };
        assert_eq!((f.fragment, f.direction), (FragmentPart::Middle, Some(Direction::Outbound)));
        assert!(parse_fields(&fields(NDIS_PACKET_CAPTURE, 1002, 0, &p)).is_none());
    }

    #[test]
    fn original_length_from_the_ip_header() {
        let mut eth = vec![0u8; 12];
        eth.extend_from_slice(&[0x08, 0x00, 0x45, 0, 0x05, 0xdc]);
        assert_eq!(infer_original_len(LinkType::ETHERNET, &eth), 1500 + 14);
        assert_eq!(infer_original_len(LinkType::RAW, &eth[14..]), 1500);
        let v6 = [0x60, 0, 0, 0, 0, 8];
        assert_eq!(infer_original_len(LinkType::RAW, &v6), 48);
        // A zero length (large send) or a short frame keeps the captured length.
        assert_eq!(infer_original_len(LinkType::RAW, &[0x45, 0, 0, 0]), 4);
        assert_eq!(infer_original_len(LinkType::ETHERNET, &eth[..13]), 13);
        assert_eq!(infer_original_len(LinkType::IEEE802_11, &eth), eth.len() as u32);
    }
}
