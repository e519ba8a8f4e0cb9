//! Traffic counted from the captured frames themselves (`etw netmon` on packet captures): frames and bytes per
//! capture interface or component, per protocol and per endpoint pair, read from the Ethernet, IPv4, IPv6, ARP,
//! TCP and UDP headers with `etherparse`.
//!
//! Every frame written to the pcapng counts once, as Wireshark's statistics count the converted file: a packet
//! that PktMon logged at six components counts six times (the per-component table says where). Bytes are the
//! frames' lengths on the wire (`frame.len` in Wireshark), not what was captured of them.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use etherparse::{EtherType, LaxNetSlice, LaxSlicedPacket, LinkSlice, TransportSlice};
use serde::Serialize;

use crate::capture::Interface;
use crate::pcapng::LinkType;

/// What the headers of one frame say.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FrameInfo {
    /// The innermost protocol recognised: `TCP`, `UDP`, `ICMP`, `ICMPv6`, `ARP`, `IPv4 proto N`, `IPv6 proto N`,
    /// `EtherType 0xNNNN`, `802.11` (frames other than unprotected LLC/SNAP data frames, whose payload is read
    /// as Ethernet's would be), or `unparsed` for a frame whose headers do not read.
    pub protocol: String,
    /// The endpoints, in the frame's direction (source, destination): `address:port` for TCP and UDP (IPv6
    /// addresses in brackets), the address for other IP protocols, MAC addresses for other Ethernet frames.
    pub endpoints: Option<(String, String)>,
}

fn mac(m: [u8; 6]) -> String {
    format!("{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", m[0], m[1], m[2], m[3], m[4], m[5])
}

fn with_port(ip: IpAddr, port: u16) -> String {
    std::net::SocketAddr::new(ip, port).to_string()
}

/// The EtherType and payload of an unprotected 802.11 data frame with an LLC/SNAP header; `None` for other
/// frames (management, control, still encrypted, or another LLC).
fn wifi_payload(frame: &[u8]) -> Option<(u16, &[u8])> {
    let (fc0, fc1) = (*frame.first()?, *frame.get(1)?);
    let (kind, subtype) = ((fc0 >> 2) & 3, fc0 >> 4);
    if kind != 2 || fc1 & 0x40 != 0 || subtype & 4 != 0 {
        // Not data, protected, or a data subtype without a body (null function).
        return None;
    }
    let mut header = 24usize;
    if fc1 & 3 == 3 {
        header += 6; // a fourth address between access points
    }
    if subtype & 8 != 0 {
        header += 2; // QoS control
        if fc1 & 0x80 != 0 {
            header += 4; // HT control
        }
    }
    let llc = frame.get(header..header.checked_add(8)?)?;
    if llc.get(..6)? != [0xaa, 0xaa, 0x03, 0, 0, 0] {
        return None;
    }
    let ether_type = u16::from_be_bytes([*llc.get(6)?, *llc.get(7)?]);
    Some((ether_type, frame.get(header + 8..)?))
}

/// Reads the headers of a frame of link type `link`.
pub fn analyze(link: LinkType, frame: &[u8]) -> FrameInfo {
    let unparsed = || FrameInfo { protocol: "unparsed".into(), endpoints: None };
    let packet = match link {
        LinkType::ETHERNET => match LaxSlicedPacket::from_ethernet(frame) {
            Ok(p) => p,
            Err(_) => return unparsed(),
        },
        LinkType::RAW => match LaxSlicedPacket::from_ip(frame) {
            Ok(p) => p,
            Err(_) => return unparsed(),
        },
        LinkType::IEEE802_11 => match wifi_payload(frame) {
            Some((ether_type, payload)) => LaxSlicedPacket::from_ether_type(EtherType(ether_type), payload),
            None => return FrameInfo { protocol: "802.11".into(), endpoints: None },
        },
        _ => return unparsed(),
    };
    let (ips, ip_proto) = match &packet.net {
        Some(LaxNetSlice::Ipv4(v4)) => {
            let h = v4.header();
            (
                Some((IpAddr::V4(h.source_addr()), IpAddr::V4(h.destination_addr()))),
                Some(format!("IPv4 proto {}", v4.payload().ip_number.0)),
            )
        }
        Some(LaxNetSlice::Ipv6(v6)) => {
            let h = v6.header();
            (
                Some((IpAddr::V6(h.source_addr()), IpAddr::V6(h.destination_addr()))),
                Some(format!("IPv6 proto {}", v6.payload().ip_number.0)),
            )
        }
        Some(LaxNetSlice::Arp(_)) => (None, None),
        None => (None, None),
    };
    let link_endpoints = match &packet.link {
        Some(LinkSlice::Ethernet2(e)) => Some((mac(e.source()), mac(e.destination()))),
        _ => None,
    };
    match (&packet.transport, ips) {
        (Some(TransportSlice::Tcp(t)), Some((s, d))) => FrameInfo {
            protocol: "TCP".into(),
            endpoints: Some((with_port(s, t.source_port()), with_port(d, t.destination_port()))),
        },
        (Some(TransportSlice::Udp(u)), Some((s, d))) => FrameInfo {
            protocol: "UDP".into(),
            endpoints: Some((with_port(s, u.source_port()), with_port(d, u.destination_port()))),
        },
        (Some(TransportSlice::Icmpv4(_)), Some((s, d))) => {
            FrameInfo { protocol: "ICMP".into(), endpoints: Some((s.to_string(), d.to_string())) }
        }
        (Some(TransportSlice::Icmpv6(_)), Some((s, d))) => {
            FrameInfo { protocol: "ICMPv6".into(), endpoints: Some((s.to_string(), d.to_string())) }
        }
        (_, Some((s, d))) => FrameInfo {
            protocol: ip_proto.unwrap_or_else(|| "IP".into()),
            endpoints: Some((s.to_string(), d.to_string())),
        },
        (_, None) => {
            let protocol = match (&packet.net, &packet.link) {
                (Some(LaxNetSlice::Arp(_)), _) => "ARP".to_string(),
                (_, Some(LinkSlice::Ethernet2(e))) => format!("EtherType {:#06x}", e.ether_type().0),
                _ => return unparsed(),
            };
            FrameInfo { protocol, endpoints: link_endpoints }
        }
    }
}

/// Frames and bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Frames.
    pub frames: u64,
    /// Bytes on the wire.
    pub bytes: u64,
}

impl Counts {
    fn add(&mut self, frames: u64, bytes: u64) {
        self.frames = self.frames.saturating_add(frames);
        self.bytes = self.bytes.saturating_add(bytes);
    }
}

/// The aggregation, fed frame by frame; partial aggregations merge in any order (sums only).
#[derive(Clone, Debug, Default)]
pub struct Traffic {
    /// Every frame.
    pub total: Counts,
    /// Per interface.
    pub interfaces: BTreeMap<Interface, Counts>,
    /// Per protocol.
    pub protocols: BTreeMap<String, Counts>,
    /// Per endpoint pair (the two endpoints in sorted order, so both directions count together) and protocol.
    pub pairs: HashMap<(String, String, String), Counts>,
}

impl Traffic {
    /// Counts one frame of `wire_len` bytes on the wire seen on `interface`.
    pub fn frame(&mut self, interface: Interface, info: FrameInfo, wire_len: u64) {
        self.total.add(1, wire_len);
        self.interfaces.entry(interface).or_default().add(1, wire_len);
        if let Some((a, b)) = info.endpoints {
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            self.pairs.entry((a, b, info.protocol.clone())).or_default().add(1, wire_len);
        }
        self.protocols.entry(info.protocol).or_default().add(1, wire_len);
    }

    /// Adds another aggregation's counts.
    pub fn merge(&mut self, other: Traffic) {
        self.total.add(other.total.frames, other.total.bytes);
        for (k, v) in other.interfaces {
            self.interfaces.entry(k).or_default().add(v.frames, v.bytes);
        }
        for (k, v) in other.protocols {
            self.protocols.entry(k).or_default().add(v.frames, v.bytes);
        }
        for (k, v) in other.pairs {
            self.pairs.entry(k).or_default().add(v.frames, v.bytes);
        }
    }

    /// The report: interfaces (named by `label`) and protocols busiest first, the `top` busiest endpoint pairs.
    pub fn report(&self, top: usize, label: impl Fn(&Interface) -> String) -> PacketReport {
        fn rows<'a>(m: impl Iterator<Item = (String, &'a Counts)>) -> Vec<Row> {
            let mut v: Vec<Row> = m.map(|(k, c)| Row { name: k, frames: c.frames, bytes: c.bytes }).collect();
            v.sort_by(|a, b| (b.bytes, b.frames).cmp(&(a.bytes, a.frames)).then_with(|| a.name.cmp(&b.name)));
            v
        }
        let mut pairs: Vec<PairRow> = self
            .pairs
            .iter()
            .map(|((a, b, p), c)| PairRow {
                protocol: p.clone(),
                a: a.clone(),
                b: b.clone(),
                frames: c.frames,
                bytes: c.bytes,
            })
            .collect();
        let distinct_pairs = pairs.len() as u64;
        pairs.sort_by(|x, y| {
            (y.bytes, y.frames)
                .cmp(&(x.bytes, x.frames))
                .then_with(|| (&x.protocol, &x.a, &x.b).cmp(&(&y.protocol, &y.a, &y.b)))
        });
        pairs.truncate(top);
        PacketReport {
            frames: self.total.frames,
            bytes: self.total.bytes,
            interfaces: rows(self.interfaces.iter().map(|(k, c)| (label(k), c))),
            protocols: rows(self.protocols.iter().map(|(k, c)| (k.clone(), c))),
            endpoint_pairs: distinct_pairs,
            top_pairs: pairs,
        }
    }
}

/// One line of a per-interface or per-protocol table.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Row {
    /// The interface's label or the protocol.
    pub name: String,
    /// Frames.
    pub frames: u64,
    /// Bytes on the wire.
    pub bytes: u64,
}

/// One endpoint pair.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PairRow {
    /// The protocol.
    pub protocol: String,
    /// One endpoint (the smaller, as text).
    pub a: String,
    /// The other.
    pub b: String,
    /// Frames either way.
    pub frames: u64,
    /// Bytes either way.
    pub bytes: u64,
}

/// Packet-capture traffic (`etw netmon --json`'s `packets`).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PacketReport {
    /// Frames.
    pub frames: u64,
    /// Bytes on the wire.
    pub bytes: u64,
    /// Per capture interface or PktMon component, busiest first.
    pub interfaces: Vec<Row>,
    /// Per protocol, busiest first.
    pub protocols: Vec<Row>,
    /// Distinct endpoint pairs.
    pub endpoint_pairs: u64,
    /// The busiest endpoint pairs.
    pub top_pairs: Vec<PairRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eth(ether_type: u16, rest: &[u8]) -> Vec<u8> {
        let mut f = vec![0x00, 0x22, 0x48, 0x7b, 0xb3, 0x80, 0x94, 0x8e, 0xd3, 0xc5, 0xf7, 0x48];
        f.extend_from_slice(&ether_type.to_be_bytes());
        f.extend_from_slice(rest);
        f
    }

    fn ipv4(proto: u8, payload: &[u8]) -> Vec<u8> {
        let total = (20 + payload.len()) as u16;
        let mut h = vec![0x45, 0, 0, 0, 0, 0, 0, 0, 64, proto, 0, 0, 10, 9, 1, 14, 10, 9, 1, 22];
        h[2..4].copy_from_slice(&total.to_be_bytes());
        h.extend_from_slice(payload);
        h
    }

    #[test]
    fn protocols_and_endpoints() {
        let udp = [0x00, 0x35, 0xc0, 0x00, 0, 8, 0, 0];
        let info = analyze(LinkType::ETHERNET, &eth(0x0800, &ipv4(17, &udp)));
        assert_eq!(info.protocol, "UDP");
        assert_eq!(info.endpoints, Some(("10.9.1.14:53".into(), "10.9.1.22:49152".into())));
        let info = analyze(LinkType::RAW, &ipv4(1, &[8, 0, 0, 0, 0, 0, 0, 0]));
        assert_eq!(info.protocol, "ICMP");
        assert_eq!(info.endpoints, Some(("10.9.1.14".into(), "10.9.1.22".into())));
        let info = analyze(LinkType::RAW, &ipv4(47, &[0; 4]));
        assert_eq!(info.protocol, "IPv4 proto 47");
        let info = analyze(LinkType::ETHERNET, &eth(0x88cc, &[0; 10]));
        assert_eq!(info.protocol, "EtherType 0x88cc");
        assert_eq!(info.endpoints, Some(("94:8e:d3:c5:f7:48".into(), "00:22:48:7b:b3:80".into())));
        assert_eq!(analyze(LinkType::ETHERNET, &[1, 2, 3]).protocol, "unparsed");
        let mut wifi = vec![0x88, 0x01, 0, 0];
        wifi.extend_from_slice(&[0; 18]);
        wifi.extend_from_slice(&[0, 0, 0x07, 0]); // sequence control, QoS control
        wifi.extend_from_slice(&[0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00]);
        wifi.extend_from_slice(&ipv4(17, &udp));
        assert_eq!(analyze(LinkType::IEEE802_11, &wifi).protocol, "UDP");
        wifi[1] |= 0x40;
        assert_eq!(analyze(LinkType::IEEE802_11, &wifi).protocol, "802.11");
        assert_eq!(analyze(LinkType::IEEE802_11, &wifi[..30]).protocol, "802.11");
        assert_eq!(analyze(LinkType::USER0, &[1, 2, 3]).protocol, "unparsed");
        // A frame cut inside the TCP header still names its addresses.
        let cut = eth(0x0800, &ipv4(6, &[0; 20]));
        let info = analyze(LinkType::ETHERNET, &cut[..14 + 20 + 4]);
        assert!(info.endpoints.is_some());
    }

    #[test]
    fn pairs_count_both_directions_and_merge() {
        let mut t = Traffic::default();
        let fwd = FrameInfo { protocol: "TCP".into(), endpoints: Some(("b:1".into(), "a:2".into())) };
        let back = FrameInfo { protocol: "TCP".into(), endpoints: Some(("a:2".into(), "b:1".into())) };
        let if0 = Interface::PktMon { file: 0, component: 0, link: LinkType::ETHERNET };
        let if1 = Interface::PktMon { file: 0, component: 1, link: LinkType::ETHERNET };
        t.frame(if0, fwd, 100);
        let mut u = Traffic::default();
        u.frame(if1, back, 60);
        t.merge(u);
        let r = t.report(5, |i| format!("{i:?}"));
        assert_eq!((r.frames, r.bytes, r.endpoint_pairs), (2, 160, 1));
        assert_eq!(
            r.top_pairs[0],
            PairRow { protocol: "TCP".into(), a: "a:2".into(), b: "b:1".into(), frames: 2, bytes: 160 }
        );
        assert_eq!(r.interfaces[0].name, format!("{if0:?}"));
        assert_eq!(r.protocols, vec![Row { name: "TCP".into(), frames: 2, bytes: 160 }]);
    }
}
