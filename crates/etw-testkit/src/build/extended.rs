//! Extended data items of an `EVENT_HEADER` record.
//!
//! On disk each item is `{u16 Size (whole item, 8-aligned, including this 8-byte header), u16 ExtType, u16
//! Linkage (bit 0: another item follows), u16 DataSize}` then `DataSize` bytes of data and zero padding. An
//! [`ExtItem`] computes all of these; each can be overridden to break the chain on purpose.

use etw_core::{ExtType, Guid};

use super::bytes::Put;

/// One extended data item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtItem {
    kind: u16,
    data: Vec<u8>,
    size: Option<u16>,
    data_size: Option<u16>,
    linkage: Option<u16>,
}

impl ExtItem {
    /// An item of any type with `data`.
    pub fn new(kind: ExtType, data: impl Into<Vec<u8>>) -> ExtItem {
        ExtItem { kind: kind.0, data: data.into(), size: None, data_size: None, linkage: None }
    }

    /// An item of a type no reader knows (kept as bytes).
    pub fn unknown(kind: u16, data: impl Into<Vec<u8>>) -> ExtItem {
        ExtItem::new(ExtType(kind), data)
    }

    /// `RELATED_ACTIVITYID`: the parent activity GUID.
    pub fn related_activity_id(g: Guid) -> ExtItem {
        ExtItem::new(ExtType::RELATED_ACTIVITYID, g.to_le_bytes())
    }

    /// `SID`: a binary SID (see [`sid_bytes`]).
    pub fn sid(sid: impl Into<Vec<u8>>) -> ExtItem {
        ExtItem::new(ExtType::SID, sid)
    }

    /// `TS_ID`: the terminal session id.
    pub fn ts_id(session: u32) -> ExtItem {
        ExtItem::new(ExtType::TS_ID, session.to_le_bytes())
    }

    /// `INSTANCE_INFO`: `{u32 InstanceId, u32 ParentInstanceId, GUID ParentGuid}`.
    pub fn instance_info(instance_id: u32, parent_instance_id: u32, parent_guid: Guid) -> ExtItem {
        let mut d = Vec::with_capacity(24);
        d.put_u32(instance_id);
        d.put_u32(parent_instance_id);
        d.put_guid(parent_guid);
        ExtItem::new(ExtType::INSTANCE_INFO, d)
    }

    /// `STACK_TRACE32`: `{u64 MatchId, u32 Address[]}`.
    pub fn stack_trace32(match_id: u64, frames: &[u32]) -> ExtItem {
        let mut d = Vec::with_capacity(8 + 4 * frames.len());
        d.put_u64(match_id);
        frames.iter().for_each(|f| d.put_u32(*f));
        ExtItem::new(ExtType::STACK_TRACE32, d)
    }

    /// `STACK_TRACE64`: `{u64 MatchId, u64 Address[]}`.
    pub fn stack_trace64(match_id: u64, frames: &[u64]) -> ExtItem {
        let mut d = Vec::with_capacity(8 + 8 * frames.len());
        d.put_u64(match_id);
        frames.iter().for_each(|f| d.put_u64(*f));
        ExtItem::new(ExtType::STACK_TRACE64, d)
    }

    /// `PEBS_INDEX` (u64).
    pub fn pebs_index(v: u64) -> ExtItem {
        ExtItem::new(ExtType::PEBS_INDEX, v.to_le_bytes())
    }

    /// `PMC_COUNTERS`: u64 counter values.
    pub fn pmc_counters(values: &[u64]) -> ExtItem {
        let mut d = Vec::with_capacity(8 * values.len());
        values.iter().for_each(|v| d.put_u64(*v));
        ExtItem::new(ExtType::PMC_COUNTERS, d)
    }

    /// `PSM_KEY` (u64).
    pub fn psm_key(v: u64) -> ExtItem {
        ExtItem::new(ExtType::PSM_KEY, v.to_le_bytes())
    }

    /// `EVENT_KEY` (u64).
    pub fn event_key(v: u64) -> ExtItem {
        ExtItem::new(ExtType::EVENT_KEY, v.to_le_bytes())
    }

    /// `EVENT_SCHEMA_TL`: TraceLogging metadata bytes.
    pub fn tracelogging_schema(bytes: impl Into<Vec<u8>>) -> ExtItem {
        ExtItem::new(ExtType::EVENT_SCHEMA_TL, bytes)
    }

    /// `PROV_TRAITS`: see [`provider_traits_bytes`].
    pub fn provider_traits(name: &str, traits: &[(u8, &[u8])]) -> ExtItem {
        ExtItem::new(ExtType::PROV_TRAITS, provider_traits_bytes(name, traits))
    }

    /// `PROCESS_START_KEY` (u64).
    pub fn process_start_key(v: u64) -> ExtItem {
        ExtItem::new(ExtType::PROCESS_START_KEY, v.to_le_bytes())
    }

    /// `CONTROL_GUID`.
    pub fn control_guid(g: Guid) -> ExtItem {
        ExtItem::new(ExtType::CONTROL_GUID, g.to_le_bytes())
    }

    /// `QPC_DELTA` (u64).
    pub fn qpc_delta(v: u64) -> ExtItem {
        ExtItem::new(ExtType::QPC_DELTA, v.to_le_bytes())
    }

    /// `CONTAINER_ID` (GUID).
    pub fn container_id(g: Guid) -> ExtItem {
        ExtItem::new(ExtType::CONTAINER_ID, g.to_le_bytes())
    }

    /// `STACK_KEY32`: `{u64 MatchId, u32 StackKey, u32 Padding}`.
    pub fn stack_key32(match_id: u64, key: u32) -> ExtItem {
        let mut d = Vec::with_capacity(16);
        d.put_u64(match_id);
        d.put_u32(key);
        d.put_u32(0);
        ExtItem::new(ExtType::STACK_KEY32, d)
    }

    /// `STACK_KEY64`: `{u64 MatchId, u64 StackKey}`.
    pub fn stack_key64(match_id: u64, key: u64) -> ExtItem {
        let mut d = Vec::with_capacity(16);
        d.put_u64(match_id);
        d.put_u64(key);
        ExtItem::new(ExtType::STACK_KEY64, d)
    }

    /// Writes `size` as the item's `Size` instead of the computed one (the bytes written do not change).
    pub fn size_field(mut self, size: u16) -> Self {
        self.size = Some(size);
        self
    }

    /// Writes `size` as the item's `DataSize` instead of the data length.
    pub fn data_size_field(mut self, size: u16) -> Self {
        self.data_size = Some(size);
        self
    }

    /// Writes `linkage` instead of the computed one (bit 0 set on every item but the last).
    pub fn linkage(mut self, linkage: u16) -> Self {
        self.linkage = Some(linkage);
        self
    }

    /// The item's type.
    pub fn kind(&self) -> ExtType {
        ExtType(self.kind)
    }

    /// The item's data.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// The item's bytes; `more` is the computed linkage (another item follows).
    pub fn to_bytes(&self, more: bool) -> Vec<u8> {
        let len = (8 + self.data.len()).next_multiple_of(8);
        let size = self.size.unwrap_or_else(|| u16::try_from(len).expect("extended item larger than 64 KiB"));
        let data_size = self.data_size.unwrap_or_else(|| u16::try_from(self.data.len()).expect("item data too long"));
        let mut v = Vec::with_capacity(len);
        v.put_u16(size);
        v.put_u16(self.kind);
        v.put_u16(self.linkage.unwrap_or(u16::from(more)));
        v.put_u16(data_size);
        v.extend_from_slice(&self.data);
        v.resize(len, 0);
        v
    }
}

/// The packed bytes of `items` as they follow an `EVENT_HEADER`: every item but the last has linkage bit 0 set.
pub fn chain(items: &[ExtItem]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        out.extend_from_slice(&item.to_bytes(i + 1 < items.len()));
    }
    out
}

/// A binary SID: revision 1, sub-authority count, 48-bit big-endian `authority`, little-endian sub-authorities.
/// `sid_bytes(5, &[18])` is `S-1-5-18`.
pub fn sid_bytes(authority: u64, sub_authorities: &[u32]) -> Vec<u8> {
    let mut v = vec![1u8, u8::try_from(sub_authorities.len()).expect("at most 255 sub-authorities")];
    v.extend_from_slice(&authority.to_be_bytes()[2..]);
    sub_authorities.iter().for_each(|s| v.put_u32(*s));
    v
}

/// Provider traits: `{u16 TotalSize, NUL-terminated UTF-8 name, then trait records {u16 Size (3 + data length),
/// u8 Type, data}}`. Trait type 1 is the provider group GUID.
pub fn provider_traits_bytes(name: &str, traits: &[(u8, &[u8])]) -> Vec<u8> {
    let mut v = vec![0u8, 0];
    v.extend_from_slice(name.as_bytes());
    v.push(0);
    for (kind, data) in traits {
        v.put_u16(u16::try_from(3 + data.len()).expect("trait too long"));
        v.push(*kind);
        v.extend_from_slice(data);
    }
    let total = u16::try_from(v.len()).expect("traits too long");
    v[..2].copy_from_slice(&total.to_le_bytes());
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_aligned_and_linked() {
        let c = chain(&[ExtItem::ts_id(7), ExtItem::unknown(0x99, vec![1; 9])]);
        assert_eq!(&c[..8], &[0x10, 0, 3, 0, 1, 0, 4, 0]);
        assert_eq!(&c[8..12], &[7, 0, 0, 0]);
        assert_eq!(&c[16..24], &[0x18, 0, 0x99, 0, 0, 0, 9, 0]);
        assert_eq!(c.len(), 16 + 24);
        let broken = ExtItem::ts_id(1).linkage(1).size_field(4).data_size_field(9).to_bytes(false);
        assert_eq!(&broken[..8], &[4, 0, 3, 0, 1, 0, 9, 0]);
    }

    #[test]
    fn sid_and_traits() {
        assert_eq!(sid_bytes(5, &[18]), [1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0]);
        let t = provider_traits_bytes("P", &[(1, &[0xAB; 16])]);
        assert_eq!(&t[..5], &[23, 0, b'P', 0, 19]);
        assert_eq!(t.len(), 23);
    }
}
