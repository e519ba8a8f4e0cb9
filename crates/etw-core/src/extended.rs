//! Extended data items attached to an event (`EVENT_HEADER_EXTENDED_DATA_ITEM`).
//!
//! In an ETL file the items follow the 0x50-byte `EVENT_HEADER` back to back, each
//! `{u16 Size (of the whole item, 8-aligned), u16 ExtType, u16 Linkage (bit 0: another item follows),
//! u16 DataSize}` followed by `DataSize` bytes of data. A live session delivers an array of items instead. Both
//! forms are read through [`ExtendedItems`].

use core::fmt;

use crate::consts::ExtType;
use crate::cursor::{guid_at, u16_at, u32_at, u64_at};
use crate::guid::Guid;
use crate::sid::Sid;

/// One extended data item: its type and its data bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ExtendedItem<'a> {
    kind: ExtType,
    data: &'a [u8],
}

impl<'a> ExtendedItem<'a> {
    /// An item of type `kind` with `data`.
    pub const fn new(kind: ExtType, data: &'a [u8]) -> ExtendedItem<'a> {
        ExtendedItem { kind, data }
    }

    /// The item's type.
    pub const fn kind(&self) -> ExtType {
        self.kind
    }

    /// The item's data bytes.
    pub const fn data(&self) -> &'a [u8] {
        self.data
    }

    /// The item's data read according to its type; an unknown type, or data too short for its type, gives
    /// [`ExtendedData::Unknown`] with the bytes.
    pub fn parse(&self) -> ExtendedData<'a> {
        parse_item(self.kind, self.data).unwrap_or(ExtendedData::Unknown { kind: self.kind, data: self.data })
    }
}

impl fmt::Debug for ExtendedItem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.parse())
    }
}

fn parse_item(kind: ExtType, d: &[u8]) -> Option<ExtendedData<'_>> {
    Some(match kind {
        ExtType::RELATED_ACTIVITYID => ExtendedData::RelatedActivityId(guid_at(d, 0)?),
        ExtType::SID => ExtendedData::Sid(Sid::parse(d)?.0),
        ExtType::TS_ID => ExtendedData::TerminalSessionId(u32_at(d, 0)?),
        ExtType::INSTANCE_INFO => ExtendedData::InstanceInfo {
            instance_id: u32_at(d, 0)?,
            parent_instance_id: u32_at(d, 4)?,
            parent_guid: guid_at(d, 8)?,
        },
        ExtType::STACK_TRACE32 => {
            ExtendedData::StackTrace32 { match_id: u64_at(d, 0)?, frames: Frames::new(d.get(8..)?, 4) }
        }
        ExtType::STACK_TRACE64 => {
            ExtendedData::StackTrace64 { match_id: u64_at(d, 0)?, frames: Frames::new(d.get(8..)?, 8) }
        }
        ExtType::PEBS_INDEX => ExtendedData::PebsIndex(u64_at(d, 0)?),
        ExtType::PMC_COUNTERS => ExtendedData::PmcCounters(Frames::new(d, 8)),
        ExtType::PSM_KEY => ExtendedData::PsmKey(u64_at(d, 0)?),
        ExtType::EVENT_KEY => ExtendedData::EventKey(u64_at(d, 0)?),
        ExtType::EVENT_SCHEMA_TL => ExtendedData::TraceLoggingSchema(d),
        ExtType::PROV_TRAITS => ExtendedData::ProviderTraits(ProviderTraits::parse(d)?),
        ExtType::PROCESS_START_KEY => ExtendedData::ProcessStartKey(u64_at(d, 0)?),
        ExtType::CONTROL_GUID => ExtendedData::ControlGuid(guid_at(d, 0)?),
        ExtType::QPC_DELTA => ExtendedData::QpcDelta(u64_at(d, 0)?),
        ExtType::CONTAINER_ID => ExtendedData::ContainerId(guid_at(d, 0)?),
        ExtType::STACK_KEY32 => ExtendedData::StackKey32 { match_id: u64_at(d, 0)?, stack_key: u32_at(d, 8)?.into() },
        ExtType::STACK_KEY64 => ExtendedData::StackKey64 { match_id: u64_at(d, 0)?, stack_key: u64_at(d, 8)? },
        _ => return None,
    })
}

/// The data of an extended item, by type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendedData<'a> {
    /// The related (parent) activity id.
    RelatedActivityId(Guid),
    /// The user's security identifier.
    Sid(Sid<'a>),
    /// The terminal session id.
    TerminalSessionId(u32),
    /// Instance information.
    InstanceInfo {
        /// Instance id.
        instance_id: u32,
        /// Parent instance id.
        parent_instance_id: u32,
        /// Parent GUID.
        parent_guid: Guid,
    },
    /// A call stack with 32-bit addresses.
    StackTrace32 {
        /// Matches kernel and user halves of one stack.
        match_id: u64,
        /// Return addresses, innermost first.
        frames: Frames<'a>,
    },
    /// A call stack with 64-bit addresses.
    StackTrace64 {
        /// Matches kernel and user halves of one stack.
        match_id: u64,
        /// Return addresses, innermost first.
        frames: Frames<'a>,
    },
    /// PEBS index.
    PebsIndex(u64),
    /// PMC counter values (u64 each).
    PmcCounters(Frames<'a>),
    /// PSM key.
    PsmKey(u64),
    /// Event key.
    EventKey(u64),
    /// TraceLogging event metadata (decoded by the schema layer).
    TraceLoggingSchema(&'a [u8]),
    /// Provider traits: the provider's name and trait records.
    ProviderTraits(ProviderTraits<'a>),
    /// Process start key.
    ProcessStartKey(u64),
    /// Control GUID.
    ControlGuid(Guid),
    /// QPC delta.
    QpcDelta(u64),
    /// Container id.
    ContainerId(Guid),
    /// Stack key (32-bit).
    StackKey32 {
        /// Match id.
        match_id: u64,
        /// Stack key.
        stack_key: u64,
    },
    /// Stack key (64-bit).
    StackKey64 {
        /// Match id.
        match_id: u64,
        /// Stack key.
        stack_key: u64,
    },
    /// An item of an unknown type, or too short for its type: kept as bytes.
    Unknown {
        /// The item's type.
        kind: ExtType,
        /// The item's bytes.
        data: &'a [u8],
    },
}

/// A packed array of little-endian addresses or counters (4 or 8 bytes each).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Frames<'a> {
    bytes: &'a [u8],
    width: usize,
}

impl<'a> Frames<'a> {
    fn new(bytes: &'a [u8], width: usize) -> Frames<'a> {
        Frames { bytes, width }
    }

    /// Number of whole entries.
    pub fn len(&self) -> usize {
        self.bytes.len() / self.width.max(1)
    }

    /// True if there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entries, widened to u64.
    pub fn iter(&self) -> impl Iterator<Item = u64> + 'a {
        let (bytes, width) = (self.bytes, self.width);
        (0..self.len()).filter_map(move |i| {
            let off = i * width;
            if width == 4 {
                u32_at(bytes, off).map(u64::from)
            } else {
                u64_at(bytes, off)
            }
        })
    }
}

impl fmt::Debug for Frames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(|a| format!("{a:#x}"))).finish()
    }
}

/// Provider traits (`EVENT_HEADER_EXT_TYPE_PROV_TRAITS`): `{u16 TotalSize, NUL-terminated UTF-8 provider name,
/// then trait records {u16 Size, u8 Type, data}}`. TraceLogging providers always carry their name here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ProviderTraits<'a> {
    name: &'a [u8],
    traits: &'a [u8],
}

impl<'a> ProviderTraits<'a> {
    /// Reads the traits blob; `None` if it is shorter than its size field says.
    pub fn parse(d: &'a [u8]) -> Option<ProviderTraits<'a>> {
        let total = usize::from(u16_at(d, 0)?);
        let body = d.get(2..total.max(2))?;
        let nul = body.iter().position(|b| *b == 0).unwrap_or(body.len());
        let name = body.get(..nul)?;
        let traits = body.get(nul + 1..).unwrap_or_default();
        Some(ProviderTraits { name, traits })
    }

    /// The provider name (invalid UTF-8 is replaced).
    pub fn name(&self) -> std::borrow::Cow<'a, str> {
        String::from_utf8_lossy(self.name)
    }

    /// The trait records after the name: (type, data). Stops at the first malformed record.
    pub fn traits(&self) -> impl Iterator<Item = (u8, &'a [u8])> + 'a {
        let mut rest = self.traits;
        core::iter::from_fn(move || {
            let size = usize::from(u16_at(rest, 0)?);
            let kind = *rest.get(2)?;
            let data = rest.get(3..size)?;
            rest = rest.get(size..).unwrap_or_default();
            Some((kind, data))
        })
    }

    /// The provider group GUID (trait type 1), if present.
    pub fn group(&self) -> Option<Guid> {
        self.traits().find(|(k, _)| *k == 1).and_then(|(_, d)| guid_at(d, 0))
    }
}

impl fmt::Debug for ProviderTraits<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderTraits").field("name", &self.name()).field("group", &self.group()).finish()
    }
}

/// The extended data items of one event.
#[derive(Clone, Copy, Default)]
pub struct ExtendedItems<'a> {
    repr: Repr<'a>,
}

#[derive(Clone, Copy, Default)]
enum Repr<'a> {
    #[default]
    None,
    /// The on-disk form, already validated by [`ExtendedItems::parse_packed`].
    Packed(&'a [u8]),
    /// Items as a live session delivers them.
    List(&'a [ExtendedItem<'a>]),
}

/// What was wrong with a packed extended data area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExtendedDataError {
    /// Offset of the bad item from the start of the extended data area.
    pub offset: usize,
    /// What was wrong.
    pub reason: &'static str,
}

impl fmt::Display for ExtendedDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "extended data item at +{:#x}: {}", self.offset, self.reason)
    }
}

impl<'a> ExtendedItems<'a> {
    /// No items.
    pub const NONE: ExtendedItems<'static> = ExtendedItems { repr: Repr::None };

    /// Items delivered as a list (live sessions).
    pub const fn from_list(items: &'a [ExtendedItem<'a>]) -> ExtendedItems<'a> {
        ExtendedItems { repr: Repr::List(items) }
    }

    /// Walks the on-disk item chain at the start of `bytes` and returns the items and the bytes after the
    /// last one (the payload). Each item's `Size` must cover its 8-byte header and its data; the chain ends
    /// at the first item whose linkage bit is clear.
    pub fn parse_packed(bytes: &'a [u8]) -> Result<(ExtendedItems<'a>, &'a [u8]), ExtendedDataError> {
        let mut off = 0usize;
        loop {
            let err = |reason| ExtendedDataError { offset: off, reason };
            let size = usize::from(u16_at(bytes, off).ok_or(err("item header runs past the record"))?);
            let linkage = u16_at(bytes, off + 4).ok_or(err("item header runs past the record"))?;
            let data_size = usize::from(u16_at(bytes, off + 6).ok_or(err("item header runs past the record"))?);
            if size < 8 || data_size > size - 8 {
                return Err(err("item size is smaller than its header and data"));
            }
            let end = off.checked_add(size).ok_or(err("item size overflows"))?;
            if end > bytes.len() {
                return Err(err("item runs past the record"));
            }
            off = end;
            if linkage & 1 == 0 {
                break;
            }
        }
        let (items, payload) = bytes.split_at_checked(off).unwrap_or((bytes, &[]));
        Ok((ExtendedItems { repr: Repr::Packed(items) }, payload))
    }

    /// The items in order.
    pub fn iter(&self) -> ExtendedIter<'a> {
        ExtendedIter { repr: self.repr, pos: 0 }
    }

    /// True if there are no items.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// The first item of type `kind`.
    pub fn find(&self, kind: ExtType) -> Option<ExtendedItem<'a>> {
        self.iter().find(|i| i.kind() == kind)
    }
}

impl<'a> IntoIterator for ExtendedItems<'a> {
    type Item = ExtendedItem<'a>;
    type IntoIter = ExtendedIter<'a>;
    fn into_iter(self) -> ExtendedIter<'a> {
        self.iter()
    }
}

impl fmt::Debug for ExtendedItems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterator over [`ExtendedItems`].
#[derive(Clone)]
pub struct ExtendedIter<'a> {
    repr: Repr<'a>,
    pos: usize,
}

impl<'a> Iterator for ExtendedIter<'a> {
    type Item = ExtendedItem<'a>;

    fn next(&mut self) -> Option<ExtendedItem<'a>> {
        match self.repr {
            Repr::None => None,
            Repr::List(items) => {
                let item = items.get(self.pos)?;
                self.pos += 1;
                Some(*item)
            }
            Repr::Packed(bytes) => {
                let off = self.pos;
                let size = usize::from(u16_at(bytes, off)?);
                let kind = ExtType(u16_at(bytes, off + 2)?);
                let data_size = usize::from(u16_at(bytes, off + 6)?);
                let data = bytes.get(off + 8..off + 8 + data_size)?;
                self.pos = off + size.max(8);
                Some(ExtendedItem { kind, data })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: u16, data: &[u8], more: bool) -> Vec<u8> {
        let size = (8 + data.len()).next_multiple_of(8);
        let mut v = Vec::new();
        v.extend_from_slice(&(size as u16).to_le_bytes());
        v.extend_from_slice(&kind.to_le_bytes());
        v.extend_from_slice(&u16::from(more).to_le_bytes());
        v.extend_from_slice(&(data.len() as u16).to_le_bytes());
        v.extend_from_slice(data);
        v.resize(size, 0);
        v
    }

    #[test]
    fn walks_packed_chain_and_finds_payload() {
        let mut bytes = item(1, &[7u8; 16], true);
        bytes.extend(item(3, &[5, 0, 0, 0], true));
        bytes.extend(item(0x77, &[1, 2, 3], false));
        bytes.extend_from_slice(b"payload");
        let (items, payload) = ExtendedItems::parse_packed(&bytes).unwrap();
        assert_eq!(payload, b"payload");
        let v: Vec<_> = items.iter().map(|i| i.parse()).collect();
        assert_eq!(v.len(), 3);
        assert!(matches!(v[0], ExtendedData::RelatedActivityId(_)));
        assert_eq!(v[1], ExtendedData::TerminalSessionId(5));
        assert_eq!(v[2], ExtendedData::Unknown { kind: ExtType(0x77), data: &[1, 2, 3] });
    }

    #[test]
    fn rejects_bad_sizes() {
        let mut bad = item(1, &[0; 16], false);
        bad[0] = 4; // smaller than the header
        assert_eq!(
            ExtendedItems::parse_packed(&bad).unwrap_err().reason,
            "item size is smaller than its header and data"
        );
        let dangling = item(1, &[0; 16], true); // linkage says more, nothing follows
        assert_eq!(ExtendedItems::parse_packed(&dangling).unwrap_err().offset, 24);
        assert!(ExtendedItems::parse_packed(&[]).is_err());
    }

    #[test]
    fn provider_traits_name_and_group() {
        let mut d = vec![0u8, 0];
        d.extend_from_slice(b"My.Provider\0");
        d.extend_from_slice(&19u16.to_le_bytes());
        d.push(1);
        d.extend_from_slice(&[0xAB; 16]);
        let n = d.len() as u16;
        d[..2].copy_from_slice(&n.to_le_bytes());
        let t = ProviderTraits::parse(&d).unwrap();
        assert_eq!(t.name(), "My.Provider");
        assert_eq!(t.group(), Some(Guid::from_le_bytes([0xAB; 16])));
    }

    #[test]
    fn short_data_is_unknown_not_a_panic() {
        let i = ExtendedItem::new(ExtType::STACK_TRACE64, &[1, 2]);
        assert!(matches!(i.parse(), ExtendedData::Unknown { .. }));
        let s = ExtendedItem::new(ExtType::STACK_TRACE64, &[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 9]);
        match s.parse() {
            ExtendedData::StackTrace64 { frames, .. } => assert_eq!(frames.iter().collect::<Vec<_>>(), vec![1]),
            other => panic!("{other:?}"),
        }
    }
}
