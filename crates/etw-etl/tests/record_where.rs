//! `EtlReader::next_record_where` against `EtlReader::next_record`: a walk that picks records by their identity
//! sees the identity the full header gives, gets the picked records exactly as the full walk reads them
//! (timestamps of records without one included, which come from records it passed over), and meets the same
//! damage at the same place, on synthetic records of every kind, on the corpus and on damaged copies of it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::io::Cursor;

use etw_core::{EventHeader, EventRef, ExtType, Guid, HeaderKind, HookId, KernelGroup};
use etw_etl::{EtlReader, RecordId};
use etw_testkit::build::{
    BufferBuilder, ClassicRecord, EtlBuilder, EventRecord, ExtItem, KernelRecord, MessageRecord, OpaqueRecord,
    TimedRecord, WnodeRecord,
};
use etw_testkit::corpus;

/// A record as the test compares it, or the text and place of damage.
type Item = Result<(EventHeader, Vec<u8>, Vec<(ExtType, Vec<u8>)>), String>;

fn item(r: Result<EventRef<'_>, etw_etl::Damage>) -> Item {
    r.map(|ev| {
        let ext = ev.extended().iter().map(|i| (i.kind(), i.data().to_vec())).collect();
        (*ev.header(), ev.payload().to_vec(), ext)
    })
    .map_err(|d| format!("{d:?}"))
}

/// Walks `bytes` buffer by buffer twice, once reading every record and once picking those whose position
/// among the records `pick` accepts, and checks that the two agree. Returns the records seen.
fn compare(bytes: &[u8], pick: impl Fn(usize) -> bool, what: &str) -> usize {
    let Ok(mut full) = EtlReader::new(Cursor::new(bytes)) else { return 0 };
    let mut part = EtlReader::new(Cursor::new(bytes)).unwrap();
    let mut seen = 0;
    loop {
        let (a, b) = (full.next_buffer(), part.next_buffer());
        assert_eq!(a, b, "{what}: buffers");
        if a.is_none() {
            break;
        }
        let mut all = Vec::new();
        while let Some(r) = full.next_record() {
            all.push(item(r));
        }
        let mut ids: Vec<RecordId> = Vec::new();
        let mut got = Vec::new();
        while let Some(r) = part.next_record_where(|id| {
            ids.push(*id);
            pick(seen + ids.len() - 1)
        }) {
            got.push(item(r));
        }
        let headers: Vec<&EventHeader> = all.iter().filter_map(|i| i.as_ref().ok()).map(|(h, _, _)| h).collect();
        assert_eq!(ids.len(), headers.len(), "{what}: one identity per record");
        for (id, h) in ids.iter().zip(&headers) {
            assert_eq!(
                (id.kind(), id.provider_id(), id.id()),
                (h.kind, h.provider_id, h.descriptor.id),
                "{what}: identity of the record at {:?}",
                h.location
            );
            let probe = id.header();
            assert_eq!((probe.kind, probe.provider_id, probe.descriptor.id), (h.kind, h.provider_id, h.descriptor.id));
        }
        let expected: Vec<Item> = all
            .iter()
            .scan(seen, |n, i| {
                let keep = match i {
                    Ok(_) => {
                        *n += 1;
                        pick(*n - 1)
                    }
                    Err(_) => true,
                };
                Some(keep.then(|| i.clone()))
            })
            .flatten()
            .collect();
        assert_eq!(got, expected, "{what}: picked records and damage");
        seen += headers.len();
    }
    assert_eq!(full.counts(), part.counts(), "{what}: counts");
    seen
}

const PROVIDER: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
const CLASS: Guid = Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c");
const MSG_GUID: Guid = Guid::parse_const("b0b1b2b3-b4b5-b6b7-b8b9-babbbcbdbebf");

/// One buffer with a record of every kind, those without a timestamp (ERROR, unknown, MESSAGE without the
/// timestamp option) right after ones with one, so a picking walk must carry timestamps over what it passes.
fn every_kind() -> Vec<u8> {
    let hook = HookId::new(KernelGroup::PROCESS, 1);
    let mut b = BufferBuilder::new().processor(2);
    for (i, kind) in [
        HeaderKind::SYSTEM32,
        HeaderKind::SYSTEM64,
        HeaderKind::COMPACT32,
        HeaderKind::COMPACT64,
        HeaderKind::PERFINFO32,
        HeaderKind::PERFINFO64,
    ]
    .into_iter()
    .enumerate()
    {
        b = b.record(KernelRecord::new(kind, hook).version(2).timestamp(100 + i as i64).payload(vec![7; 5]));
        b = b.record(OpaqueRecord::error().payload(vec![1, 2, 3]));
    }
    for (i, kind) in
        [HeaderKind::FULL_HEADER32, HeaderKind::FULL_HEADER64, HeaderKind::INSTANCE32, HeaderKind::INSTANCE64]
            .into_iter()
            .enumerate()
    {
        b = b.record(ClassicRecord::new(kind, CLASS).version(1).timestamp(200 + i as i64).payload(vec![8; 9]));
        b = b.record(OpaqueRecord::unknown(0x1F).payload(vec![4; 4]));
    }
    b = b.record(WnodeRecord::new(CLASS).timestamp(300).payload(vec![9; 3]));
    b = b.record(TimedRecord::new(0xFF42).timestamp(301).payload(vec![1]));
    b = b.record(MessageRecord::new(42).sequence(5).guid(MSG_GUID).timestamp(302).system_info(1, 2));
    b = b.record(MessageRecord::new(43).component_id(6).payload(b"no timestamp".to_vec()));
    b = b.record(MessageRecord::new(44).payload(b"bare".to_vec()));
    for (i, kind) in [HeaderKind::EVENT_HEADER32, HeaderKind::EVENT_HEADER64].into_iter().enumerate() {
        b = b.record(
            EventRecord::new(kind, PROVIDER)
                .id(0x1234 + i as u16)
                .timestamp(400 + i as i64)
                .ext(ExtItem::new(ExtType::TS_ID, 7u32.to_le_bytes()))
                .payload(vec![0xAB; 6]),
        );
        b = b.record(OpaqueRecord::error());
    }
    EtlBuilder::new().buffer(b).build()
}

#[test]
fn picking_by_identity_reads_what_the_full_walk_reads_for_every_kind() {
    let bytes = every_kind();
    for (name, pick) in [
        ("all", &(|_| true) as &dyn Fn(usize) -> bool),
        ("none", &|_| false),
        ("odd", &|n| n % 2 == 1),
        ("even", &|n| n % 2 == 0),
        ("every third", &|n| n % 3 == 2),
    ] {
        let seen = compare(&bytes, pick, name);
        assert_eq!(seen, 30, "{name}: the logfile header and 29 records");
    }
}

#[test]
fn picking_by_identity_finds_the_same_damage() {
    // Damage inside the buffer: every cut of the records area and a run of byte flips over it.
    let bytes = every_kind();
    let records_from = bytes.len() - bytes.len() / 2;
    for at in (records_from..bytes.len()).step_by(5) {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0xA5;
        compare(&flipped, |n| n % 2 == 0, &format!("flip at {at:#x}"));
        compare(&bytes[..at], |n| n % 3 == 0, &format!("cut at {at:#x}"));
    }
}

#[test]
fn picking_by_identity_agrees_on_the_corpus_and_damaged_copies() {
    let Some(dir) = corpus::require() else { return };
    for rel in corpus::etl_files(&dir) {
        let bytes = std::fs::read(dir.join("etl").join(&rel)).unwrap();
        let name = rel.display().to_string();
        compare(&bytes, |n| n % 7 == 3, &name);
        // Bytes flipped every 9973 bytes past the first buffer: records and buffers damaged all through.
        let mut flipped = bytes.clone();
        for at in (0x10000..flipped.len()).step_by(9973) {
            flipped[at] ^= 0x5A;
        }
        compare(&flipped, |n| n % 5 == 1, &format!("{name}, flipped"));
    }
}
