//! Built-in schemas for Microsoft-Windows-Kernel-Network ({7dd42a49-5329-4832-8dfd-43d979153a88}), the
//! provider of krabsetw's network monitoring example, so its events decode with no manifest at hand.
//!
//! Written from the public facts about its events: TCP and UDP events for IPv4 and IPv6 under tasks TcpIp (10)
//! and UdpIp (11), keyword 0x10 for IPv4 and 0x20 for IPv6. Addresses are stored in network byte order (a
//! u32 for IPv4, 16 bytes for IPv6), ports in network byte order, the connection id is a pointer.
//!
//! | ids | event | fields |
//! |---|---|---|
//! | 10, 26 | TcpIp/Send(IPV6) | PID, size, daddr, saddr, dport, sport, startime, endtime, seqnum, connid |
//! | 11, 13, 14, 16, 18, 27, 29, 30, 32, 34 | TcpIp/Recv, Disconnect, Retransmit, Reconnect, TCPCopy (and IPV6) | PID, size, daddr, saddr, dport, sport, seqnum, connid |
//! | 12, 15, 28, 31 | TcpIp/Connect, Accept (and IPV6) | PID, size, daddr, saddr, dport, sport, mss, sackopt, tsopt, wsopt, rcvwin, rcvwinscale, sndwinscale, seqnum, connid |
//! | 17, 49 | TcpIp/Fail, UdpIp/Fail | Proto, FailureCode |
//! | 42, 43, 58, 59 | UdpIp/Send, Recv (and IPV6) | PID, size, daddr, saddr, dport, sport, seqnum, connid |

use std::collections::HashMap;
use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, EventRef, Guid, Level, Opcode};

use crate::model::{DecodingSource, EventSchema, Length, Property, PropertyType};
use crate::registry::{SchemaError, SchemaSource};
use crate::types::{InType, OutType};

/// The provider's GUID.
pub const PROVIDER: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
/// The provider's name.
pub const PROVIDER_NAME: &str = "Microsoft-Windows-Kernel-Network";

/// Keyword of IPv4 events.
pub const KEYWORD_IPV4: u64 = 0x10;
/// Keyword of IPv6 events.
pub const KEYWORD_IPV6: u64 = 0x20;

#[derive(Clone, Copy)]
enum Shape {
    Send,
    Data,
    Connect,
    Fail,
}

/// (id, task, opcode, name, IPv6?, shape)
const EVENTS: &[(u16, u16, u8, &str, bool, Shape)] = &[
    (10, 10, 10, "TcpIp/Send", false, Shape::Send),
    (11, 10, 11, "TcpIp/Recv", false, Shape::Data),
    (12, 10, 12, "TcpIp/Connect", false, Shape::Connect),
    (13, 10, 13, "TcpIp/Disconnect", false, Shape::Data),
    (14, 10, 14, "TcpIp/Retransmit", false, Shape::Data),
    (15, 10, 15, "TcpIp/Accept", false, Shape::Connect),
    (16, 10, 16, "TcpIp/Reconnect", false, Shape::Data),
    (17, 10, 17, "TcpIp/Fail", false, Shape::Fail),
    (18, 10, 18, "TcpIp/TCPCopy", false, Shape::Data),
    (26, 10, 10, "TcpIp/SendIPV6", true, Shape::Send),
    (27, 10, 11, "TcpIp/RecvIPV6", true, Shape::Data),
    (28, 10, 12, "TcpIp/ConnectIPV6", true, Shape::Connect),
    (29, 10, 13, "TcpIp/DisconnectIPV6", true, Shape::Data),
    (30, 10, 14, "TcpIp/RetransmitIPV6", true, Shape::Data),
    (31, 10, 15, "TcpIp/AcceptIPV6", true, Shape::Connect),
    (32, 10, 16, "TcpIp/ReconnectIPV6", true, Shape::Data),
    (34, 10, 18, "TcpIp/TCPCopyIPV6", true, Shape::Data),
    (42, 11, 42, "UdpIp/Send", false, Shape::Data),
    (43, 11, 43, "UdpIp/Recv", false, Shape::Data),
    (49, 11, 49, "UdpIp/Fail", false, Shape::Fail),
    (58, 11, 42, "UdpIp/SendIPV6", true, Shape::Data),
    (59, 11, 43, "UdpIp/RecvIPV6", true, Shape::Data),
];

fn address(name: &str, v6: bool) -> Property {
    if v6 {
        Property {
            name: name.into(),
            ty: PropertyType::Simple { in_type: InType::BINARY, out_type: OutType::IPV6, map: None },
            count: crate::model::Count::One,
            length: Length::Fixed(16),
        }
    } else {
        Property::simple(name, InType::UINT32, OutType::IPV4)
    }
}

fn schema_for(id: u16, task: u16, opcode: u8, name: &str, v6: bool, shape: Shape) -> EventSchema {
    let descriptor = EventDescriptor {
        id,
        version: 0,
        channel: Channel(16),
        level: Level::INFORMATION,
        opcode: Opcode(opcode),
        task,
        keywords: 0x8000_0000_0000_0000 | if v6 { KEYWORD_IPV6 } else { KEYWORD_IPV4 },
    };
    let mut s = EventSchema::new(PROVIDER, descriptor, DecodingSource::BuiltIn);
    s.provider_name = Some(PROVIDER_NAME.into());
    s.event_name = Some(name.into());
    let (task_name, opcode_name) = name.split_once('/').unwrap_or((name, ""));
    s.task_name = Some(task_name.into());
    s.opcode_name = Some(opcode_name.into());
    s.level_name = Some("Informational".into());
    s.keyword_names = vec![if v6 { "KERNEL_NETWORK_KEYWORD_IPV6" } else { "KERNEL_NETWORK_KEYWORD_IPV4" }.into()];
    let u16p = |n: &str| Property::simple(n, InType::UINT16, OutType::NULL);
    let u32p = |n: &str| Property::simple(n, InType::UINT32, OutType::NULL);
    if let Shape::Fail = shape {
        s.push(u16p("Proto"));
        s.push(u16p("FailureCode"));
        return s;
    }
    s.push(Property::simple("PID", InType::UINT32, OutType::PID));
    s.push(u32p("size"));
    s.push(address("daddr", v6));
    s.push(address("saddr", v6));
    s.push(Property::simple("dport", InType::UINT16, OutType::PORT));
    s.push(Property::simple("sport", InType::UINT16, OutType::PORT));
    match shape {
        Shape::Send => {
            s.push(u32p("startime"));
            s.push(u32p("endtime"));
        }
        Shape::Connect => {
            for n in ["mss", "sackopt", "tsopt", "wsopt"] {
                s.push(u16p(n));
            }
            s.push(u32p("rcvwin"));
            s.push(u16p("rcvwinscale"));
            s.push(u16p("sndwinscale"));
        }
        Shape::Data | Shape::Fail => {}
    }
    s.push(u32p("seqnum"));
    s.push(Property::simple("connid", InType::POINTER, OutType::NULL));
    s
}

/// Every built-in Kernel-Network schema.
pub fn schemas() -> Vec<EventSchema> {
    EVENTS.iter().map(|&(id, task, op, name, v6, shape)| schema_for(id, task, op, name, v6, shape)).collect()
}

/// The built-in Kernel-Network schemas as a source (answers version-0 events of the provider by id).
pub struct KernelNetworkSource {
    by_id: HashMap<u16, Arc<EventSchema>>,
}

impl Default for KernelNetworkSource {
    fn default() -> Self {
        KernelNetworkSource::new()
    }
}

impl KernelNetworkSource {
    /// The source with every built-in event.
    pub fn new() -> KernelNetworkSource {
        KernelNetworkSource { by_id: schemas().into_iter().map(|s| (s.descriptor.id, Arc::new(s))).collect() }
    }
}

impl SchemaSource for KernelNetworkSource {
    fn name(&self) -> &'static str {
        "builtin"
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        if event.provider_id() != PROVIDER || event.version() != 0 || !event.header_kind().is_event_header() {
            return None;
        }
        self.by_id.get(&event.id()).cloned().map(Ok)
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        (*provider == PROVIDER).then(|| PROVIDER_NAME.into())
    }

    fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        // Every event of the table is version 0.
        if *provider == PROVIDER && self.by_id.contains_key(&id) {
            vec![0]
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Decoder;

    #[test]
    fn every_schema_is_valid_and_sized_as_on_the_wire() {
        let all = schemas();
        assert_eq!(all.len(), EVENTS.len());
        // Payload sizes of 64-bit events in a real trace (tx/KernelNetwork.etl of the corpus).
        for (id, size) in [(10u16, 40usize), (11, 32), (26, 64), (27, 56), (29, 56), (42, 32), (43, 32), (59, 56)] {
            let s = all.iter().find(|s| s.descriptor.id == id).unwrap();
            s.validate().unwrap();
            let payload = vec![0u8; size];
            let mut d = Decoder::new();
            let decoded = d.decode(s, &payload, 8).unwrap();
            assert_eq!(decoded.trailing_bytes(), 0, "event {id}");
        }
    }
}
