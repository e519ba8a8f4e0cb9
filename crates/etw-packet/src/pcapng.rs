//! A pcapng writer: the blocks `etw convert --format pcapng` needs, laid out as the pcapng specification
//! (IETF draft-ietf-opsawg-pcapng) says, little-endian.
//!
//! - Section Header Block (type `0x0A0D0D0A`): byte-order magic `0x1A2B3C4D`, version 1.0, section length -1
//!   (unknown: the file is written as a stream), `shb_userappl`.
//! - Interface Description Block (type 1): link type, snap length 0 (no limit), `if_name`, `if_description`,
//!   and `if_tsresol` = 7 (timestamps count 10^-7 s, the 100 ns of ETW timestamps, so no precision is lost).
//! - Enhanced Packet Block (type 6): interface id, 64-bit timestamp, captured and original length, the frame
//!   padded to 4 bytes, `epb_flags` (direction) and `opt_comment`s.
//!
//! Every block's length is written at its start and end, and each option's value is padded to 4 bytes. A value
//! that cannot fit (an option longer than 65,535 bytes, a frame longer than a block can hold) is cut to what
//! fits, never a panic.

/// A pcapng link type (the `LINKTYPE_` values of tcpdump.org), as an open newtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct LinkType(pub u16);

impl LinkType {
    /// Ethernet (`LINKTYPE_ETHERNET`).
    pub const ETHERNET: LinkType = LinkType(1);
    /// Raw IPv4 or IPv6, no link-layer header (`LINKTYPE_RAW`).
    pub const RAW: LinkType = LinkType(101);
    /// IEEE 802.11 without radio information (`LINKTYPE_IEEE802_11`).
    pub const IEEE802_11: LinkType = LinkType(105);
    /// Reserved for private use (`LINKTYPE_USER0`): payloads that are not link-layer frames (PktMon's HTTP,
    /// TCP or UDP payload components), which Wireshark can be told to dissect with a protocol of one's choice.
    pub const USER0: LinkType = LinkType(147);

    /// The short name used in interface names and reports (`ethernet`, `raw-ip`, `802.11`, `user0`, `linktype-N`).
    pub fn name(self) -> String {
        match self {
            LinkType::ETHERNET => "ethernet".into(),
            LinkType::RAW => "raw-ip".into(),
            LinkType::IEEE802_11 => "802.11".into(),
            LinkType::USER0 => "user0".into(),
            LinkType(n) => format!("linktype-{n}"),
        }
    }
}

/// Direction of a packet, for the `epb_flags` option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Direction {
    /// Received.
    Inbound,
    /// Sent.
    Outbound,
}

const SHB: u32 = 0x0A0D_0D0A;
const IDB: u32 = 1;
const EPB: u32 = 6;
const BYTE_ORDER_MAGIC: u32 = 0x1A2B_3C4D;
const OPT_END: u16 = 0;
const OPT_COMMENT: u16 = 1;
const SHB_USERAPPL: u16 = 4;
const IF_NAME: u16 = 2;
const IF_DESCRIPTION: u16 = 3;
const IF_TSRESOL: u16 = 9;
const EPB_FLAGS: u16 = 2;
/// Block lengths are 32-bit; a frame is cut well before that (and before what readers accept, 256 MiB).
const MAX_FRAME: usize = 64 << 20;

/// Bytes of padding after `len` bytes up to a multiple of 4.
const fn pad4(len: usize) -> usize {
    (4 - len % 4) % 4
}

/// Builds one block: type, a length patched in at the end, the body, options, the trailing length. It takes the
/// output vector over while it is built (`begin`) and gives it back (`end`), so blocks append to a caller's
/// buffer without an intermediate copy.
struct Block {
    bytes: Vec<u8>,
    start: usize,
}

impl Block {
    fn begin(out: &mut Vec<u8>, kind: u32) -> Block {
        let start = out.len();
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        Block { bytes: std::mem::take(out), start }
    }

    fn option(&mut self, code: u16, value: &[u8]) {
        let value = value.get(..value.len().min(usize::from(u16::MAX) - 3)).unwrap_or_default();
        self.bytes.extend_from_slice(&code.to_le_bytes());
        self.bytes.extend_from_slice(&u16::try_from(value.len()).unwrap_or(u16::MAX).to_le_bytes());
        self.bytes.extend_from_slice(value);
        self.bytes.resize(self.bytes.len() + pad4(value.len()), 0);
    }

    fn end(mut self, out: &mut Vec<u8>, with_options: bool) {
        if with_options {
            self.bytes.extend_from_slice(&OPT_END.to_le_bytes());
            self.bytes.extend_from_slice(&0u16.to_le_bytes());
        }
        let total = self.bytes.len().saturating_sub(self.start).saturating_add(4);
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        self.bytes.extend_from_slice(&total.to_le_bytes());
        if let Some(field) = self.bytes.get_mut(self.start + 4..self.start + 8) {
            field.copy_from_slice(&total.to_le_bytes());
        }
        *out = self.bytes;
    }
}

/// Appends a Section Header Block naming the writing application.
pub fn section_header(out: &mut Vec<u8>, application: &str) {
    let mut b = Block::begin(out, SHB);
    b.bytes.extend_from_slice(&BYTE_ORDER_MAGIC.to_le_bytes());
    b.bytes.extend_from_slice(&1u16.to_le_bytes());
    b.bytes.extend_from_slice(&0u16.to_le_bytes());
    b.bytes.extend_from_slice(&(-1i64).to_le_bytes());
    b.option(SHB_USERAPPL, application.as_bytes());
    b.end(out, true);
}

/// Appends an Interface Description Block with 100 ns timestamps (`if_tsresol` 7).
pub fn interface(out: &mut Vec<u8>, link: LinkType, name: &str, description: &str) {
    let mut b = Block::begin(out, IDB);
    b.bytes.extend_from_slice(&link.0.to_le_bytes());
    b.bytes.extend_from_slice(&0u16.to_le_bytes());
    b.bytes.extend_from_slice(&0u32.to_le_bytes());
    b.option(IF_NAME, name.as_bytes());
    if !description.is_empty() {
        b.option(IF_DESCRIPTION, description.as_bytes());
    }
    b.option(IF_TSRESOL, &[7]);
    b.end(out, true);
}

/// One Enhanced Packet Block's content.
#[derive(Clone, Debug)]
pub struct EnhancedPacket<'a> {
    /// The interface's index among the section's Interface Description Blocks.
    pub interface_id: u32,
    /// 100 ns units since 1970-01-01 UTC.
    pub timestamp: u64,
    /// The captured bytes.
    pub data: &'a [u8],
    /// The frame's length on the wire (at least `data.len()`: a smaller value is raised to it).
    pub original_len: u32,
    /// Inbound or outbound, when known.
    pub direction: Option<Direction>,
    /// Comments (`opt_comment`), one option each.
    pub comments: &'a [String],
}

/// Offset of the interface id inside an Enhanced Packet Block (after type and length), so that a block encoded
/// before its interface got an index can be patched ([`set_interface_id`]).
pub const EPB_INTERFACE_ID_OFFSET: usize = 8;

/// Appends an Enhanced Packet Block; returns its offset in `out`.
pub fn enhanced_packet(out: &mut Vec<u8>, p: &EnhancedPacket<'_>) -> usize {
    let start = out.len();
    let mut b = Block::begin(out, EPB);
    let data = p.data.get(..p.data.len().min(MAX_FRAME)).unwrap_or_default();
    let captured = u32::try_from(data.len()).unwrap_or(u32::MAX);
    b.bytes.extend_from_slice(&p.interface_id.to_le_bytes());
    b.bytes.extend_from_slice(&((p.timestamp >> 32) as u32).to_le_bytes());
    b.bytes.extend_from_slice(&(p.timestamp as u32).to_le_bytes());
    b.bytes.extend_from_slice(&captured.to_le_bytes());
    b.bytes.extend_from_slice(&p.original_len.max(captured).to_le_bytes());
    b.bytes.extend_from_slice(data);
    b.bytes.resize(b.bytes.len() + pad4(data.len()), 0);
    let with_options = p.direction.is_some() || !p.comments.is_empty();
    if let Some(d) = p.direction {
        let flags: u32 = match d {
            Direction::Inbound => 1,
            Direction::Outbound => 2,
        };
        b.option(EPB_FLAGS, &flags.to_le_bytes());
    }
    for c in p.comments {
        b.option(OPT_COMMENT, c.as_bytes());
    }
    b.end(out, with_options);
    start
}

/// Sets the interface id of the Enhanced Packet Block at `block` in `bytes` (does nothing if it is not there).
pub fn set_interface_id(bytes: &mut [u8], block: usize, interface_id: u32) {
    let at = block.saturating_add(EPB_INTERFACE_ID_OFFSET);
    if let Some(field) = bytes.get_mut(at..at.saturating_add(4)) {
        field.copy_from_slice(&interface_id.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn blocks_have_matching_lengths_and_padding() {
        let mut out = Vec::new();
        section_header(&mut out, "etwkit test");
        let shb_len = u32_at(&out, 4) as usize;
        assert_eq!(shb_len, out.len());
        assert_eq!(u32_at(&out, shb_len - 4) as usize, shb_len);
        assert_eq!(u32_at(&out, 8), BYTE_ORDER_MAGIC);

        interface(&mut out, LinkType::ETHERNET, "eth0", "");
        let idb = &out[shb_len..];
        assert_eq!(u32_at(idb, 0), IDB);
        assert_eq!(u32_at(idb, 4) as usize, idb.len());
        assert_eq!(idb.len() % 4, 0);

        let before = out.len();
        let comments = vec!["hello".to_string()];
        let at = enhanced_packet(
            &mut out,
            &EnhancedPacket {
                interface_id: 9,
                timestamp: 0x1_0000_0002,
                data: &[1, 2, 3, 4, 5],
                original_len: 3,
                direction: Some(Direction::Outbound),
                comments: &comments,
            },
        );
        assert_eq!(at, before);
        let epb = &out[before..];
        assert_eq!(u32_at(epb, 4) as usize, epb.len());
        assert_eq!(u32_at(epb, epb.len() - 4) as usize, epb.len());
        assert_eq!(u32_at(epb, 8), 9);
        assert_eq!((u32_at(epb, 12), u32_at(epb, 16)), (1, 2));
        // The original length is never below the captured one.
        assert_eq!((u32_at(epb, 20), u32_at(epb, 24)), (5, 5));
        assert_eq!(&epb[28..33], &[1, 2, 3, 4, 5]);
        assert_eq!(&epb[33..36], &[0, 0, 0]);
        // epb_flags: outbound.
        assert_eq!(&epb[36..40], &[2, 0, 4, 0]);
        assert_eq!(u32_at(epb, 40), 2);
        set_interface_id(&mut out, at, 3);
        assert_eq!(u32_at(&out[before..], 8), 3);
        set_interface_id(&mut out, usize::MAX, 3);
    }
}
