//! Fuzz target bodies (behind the `fuzzing` feature; not a public API).

use etw_core::{FileTime, Guid};

use crate::capture::{self, EventFields, PacketEvent, NDIS_PACKET_CAPTURE, PKTMON};
use crate::pcapng::{self, EnhancedPacket, LinkType};
use crate::sink::{ComponentNames, Fragment, Reassembler};
use crate::traffic::analyze;

/// Reads arbitrary bytes as a packet event: the first byte's low three bits pick the event (0 and 5 PktMon 160,
/// 1 and 6 PktMon 170, 2 and 7 PktMon 240, 3 PktMon 20, 4 NDIS-PacketCapture 1001) and its high five bits the
/// keywords (NDIS fragment, media, direction); the rest is the payload. Each frame
/// read is analysed as every link type, its original length inferred, its interface named, its block encoded,
/// and three copies joined as fragments. Must never panic, overflow or hang.
pub fn packet_event(data: &[u8]) {
    let Some((&pick, payload)) = data.split_first() else { return };
    let (provider, id): (Guid, u16) = match (pick & 7) % 5 {
        0 => (PKTMON, 160),
        1 => (PKTMON, 170),
        2 => (PKTMON, 240),
        3 => (PKTMON, 20),
        _ => (NDIS_PACKET_CAPTURE, 1001),
    };
    // Bits 3..8 of the pick choose NDIS keywords: first, last, 802.11, wireless WAN, send.
    let mut keywords = 0;
    for (bit, kw) in [
        (3, capture::ndis_keywords::PACKET_START),
        (4, capture::ndis_keywords::PACKET_END),
        (5, capture::ndis_keywords::MEDIA_NATIVE_802_11),
        (6, capture::ndis_keywords::MEDIA_WIRELESS_WAN),
        (7, capture::ndis_keywords::SEND),
    ] {
        if pick & (1 << bit) != 0 {
            keywords |= kw;
        }
    }
    let f = EventFields {
        provider,
        id,
        keywords,
        process_id: u32::from(pick),
        timestamp: FileTime(i64::from(pick).wrapping_mul(0x0101_0101_0101_0101)),
        file: u32::from(pick),
        payload,
    };
    let Some(PacketEvent::Frame(frame)) = capture::parse_fields(&f) else { return };
    for link in [LinkType::ETHERNET, LinkType::RAW, LinkType::IEEE802_11, LinkType::USER0] {
        let _ = analyze(link, frame.data);
        let _ = capture::infer_original_len(link, frame.data);
    }
    let names = ComponentNames::default();
    let (name, description) = (names.label(&frame.interface), names.description(&frame.interface));
    let mut out = Vec::new();
    pcapng::interface(&mut out, frame.interface.link(), &name, &description);
    let comments = vec![name, description];
    let at = pcapng::enhanced_packet(
        &mut out,
        &EnhancedPacket {
            interface_id: 0,
            timestamp: crate::sink::pcapng_time(frame.timestamp),
            data: frame.data,
            original_len: frame.original_len,
            direction: frame.direction,
            comments: &comments,
        },
    );
    pcapng::set_interface_id(&mut out, at, 1);
    let mut r = Reassembler::default();
    for _ in 0..3 {
        let _ = r.push(Fragment::from_frame(&frame));
    }
    let _ = r.finish();
}
