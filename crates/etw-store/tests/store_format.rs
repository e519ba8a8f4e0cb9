//! The store file: every part of a schema survives a round trip; damage and truncation give errors with offsets,
//! never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;
use std::sync::Arc;

use etw_core::{Channel, EventDescriptor, Guid, Level, Opcode};
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{Count, DecodingSource, EventSchema, InType, Length, OutType, Property, PropertyType, ValueMap};
use etw_store::format::{decode_body, HEADER_LEN};
use etw_store::format::{fnv1a64, FORMAT_VERSION};
use etw_store::{FormatError, Store, StoreReader, StoredProvider};

const GUID: Guid = Guid::from_fields(0x1122_3344, 0x5566, 0x7788, [1, 2, 3, 4, 5, 6, 7, 8]);

fn rich_schema() -> EventSchema {
    let d = EventDescriptor {
        id: 7,
        version: 2,
        channel: Channel(16),
        level: Level(4),
        opcode: Opcode(1),
        task: 9,
        keywords: 0x8000_0000_0000_0011,
    };
    let mut s = EventSchema::new(GUID, d, DecodingSource::Manifest);
    s.provider_name = Some("Demo-Provider".into());
    s.event_name = Some("Hello".into());
    s.task_name = Some("Task".into());
    s.opcode_name = Some("Start".into());
    s.level_name = Some("Information".into());
    s.channel_name = Some("Demo/Operational".into());
    s.keyword_names = vec!["One".into(), "Two".into()];
    s.message = Some("Process %1 sent %2!d! bytes%n".into());
    let map = Arc::new(ValueMap {
        name: "Kind".into(),
        bitmap: true,
        entries: vec![(1, "A".into()), (2, "B".into()), (u64::MAX, "All".into())],
    });
    s.push(Property::simple("Count", InType::UINT16, OutType::NULL));
    s.push(Property {
        name: "Names".into(),
        ty: PropertyType::Simple { in_type: InType::UNICODE_STRING, out_type: OutType::STRING, map: None },
        count: Count::Property(0),
        length: Length::Natural,
    });
    s.push(Property::simple("Size", InType::UINT32, OutType::NULL));
    s.push(Property {
        name: "Blob".into(),
        ty: PropertyType::Simple { in_type: InType::BINARY, out_type: OutType::HEX_BINARY, map: None },
        count: Count::One,
        length: Length::Property(2),
    });
    s.push(Property {
        name: "Flags".into(),
        ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::HEXINT32, map: Some(map.clone()) },
        count: Count::Fixed(3),
        length: Length::Natural,
    });
    s.push(Property {
        name: "Items".into(),
        ty: PropertyType::Struct { first: 7, members: 2 },
        count: Count::Property(0),
        length: Length::Natural,
    });
    s.push(Property {
        name: "Addr".into(),
        ty: PropertyType::Simple { in_type: InType::BINARY, out_type: OutType::IPV6, map: None },
        count: Count::Remaining,
        length: Length::Fixed(16),
    });
    // Struct members.
    s.properties.push(Property {
        name: "Kind".into(),
        ty: PropertyType::Simple { in_type: InType::UINT8, out_type: OutType::NULL, map: Some(map) },
        count: Count::One,
        length: Length::Natural,
    });
    s.properties.push(Property {
        name: "Tag".into(),
        ty: PropertyType::Simple { in_type: InType(999), out_type: OutType(777), map: None },
        count: Count::Prefixed,
        length: Length::Natural,
    });
    s.validate().unwrap();
    s
}

fn store_of(schemas: Vec<EventSchema>) -> Store {
    let mut store = Store::new();
    let mut events = BTreeMap::new();
    for s in schemas {
        events.insert((s.descriptor.id, s.descriptor.version), Arc::new(s));
    }
    store.insert(StoredProvider {
        guid: GUID,
        name: Some("Demo-Provider".into()),
        origin: "C:\\demo\\demo.dll".into(),
        events,
    });
    store
}

/// What the store gives back: the same schema, saying it came from the store.
fn as_stored(s: &EventSchema) -> EventSchema {
    let mut s = s.clone();
    s.source = DecodingSource::Store;
    s
}

#[test]
fn every_field_survives_a_round_trip() {
    let schema = rich_schema();
    let mut bare = EventSchema::new(GUID, EventDescriptor { id: 8, ..Default::default() }, DecodingSource::Tdh);
    bare.provider_name = Some("Demo-Provider".into());
    let store = store_of(vec![schema.clone(), bare.clone()]);
    let bytes = store.to_bytes();
    let back = Store::from_bytes(&bytes).unwrap();
    let p = back.find("demo-provider").unwrap();
    assert_eq!(p.guid, GUID);
    assert_eq!(&*p.origin, "C:\\demo\\demo.dll");
    assert_eq!(**p.events.get(&(7, 2)).unwrap(), as_stored(&schema));
    assert_eq!(**p.events.get(&(8, 0)).unwrap(), as_stored(&bare));
    assert!(back.find("{11223344-5566-7788-0102-030405060708}").is_some());
    assert!(back.find("nobody").is_none());
    // Writing what was read gives the same bytes.
    assert_eq!(back.to_bytes(), bytes);
}

#[test]
fn a_whole_manifest_survives_a_round_trip() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let man = corpus.join("../schemas/dotnet/ClrEtwAll.man");
    let mut m = ManifestSource::new();
    let report = m.load_path(&man).unwrap();
    assert!(report.events > 400, "{report:?}");
    let mut store = Store::new();
    for (guid, name) in m.providers() {
        let events = m
            .schemas()
            .filter(|s| s.provider_id == guid)
            .map(|s| ((s.descriptor.id, s.descriptor.version), s.clone()))
            .collect();
        store.insert(StoredProvider { guid, name: Some(name.into()), origin: "ClrEtwAll.man".into(), events });
    }
    let back = Store::from_bytes(&store.to_bytes()).unwrap();
    assert_eq!(back.event_count(), report.events);
    let mut messages = 0;
    for s in m.schemas() {
        let got = back.schema(&s.provider_id, s.descriptor.id, s.descriptor.version).unwrap();
        assert_eq!(**got, as_stored(s));
        messages += usize::from(s.message.is_some());
    }
    assert!(messages > 100, "the manifest's messages are kept ({messages})");
}

#[test]
fn damage_is_an_error_with_an_offset_never_a_panic() {
    let bytes = store_of(vec![rich_schema()]).to_bytes();
    assert_eq!(Store::from_bytes(b"not a store").unwrap_err(), FormatError::NotAStore);
    // Every truncation.
    for cut in 0..bytes.len() {
        let e = Store::from_bytes(&bytes[..cut]).unwrap_err();
        let text = e.to_string();
        assert!(!text.is_empty());
        if cut >= HEADER_LEN {
            assert!(text.contains("truncated"), "cut at {cut}: {text}");
        }
    }
    // A flipped byte in the body is caught by the hash.
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x40;
    assert_eq!(Store::from_bytes(&flipped).unwrap_err(), FormatError::Checksum);
    // Another version.
    let mut v2 = bytes.clone();
    v2[8] = 1;
    assert_eq!(FORMAT_VERSION, 2);
    assert_eq!(Store::from_bytes(&v2).unwrap_err(), FormatError::Version { found: 1 });
    assert!(Store::from_bytes(&v2).unwrap_err().to_string().contains("version 1"));
    // Past the hash: every truncation and byte flip of the body reads without a panic, and errors name offsets
    // inside the file.
    let body = &bytes[HEADER_LEN..];
    for cut in 0..body.len() {
        match decode_body(&body[..cut]) {
            Err(FormatError::Damaged { offset, .. }) => assert!(offset as usize <= bytes.len()),
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
    for i in 0..body.len() {
        for bit in [0x01u8, 0x80] {
            let mut b = body.to_vec();
            b[i] ^= bit;
            if let Err(FormatError::Damaged { offset, .. }) = decode_body(&b) {
                assert!(offset as usize <= bytes.len(), "flip at {i}");
            }
        }
    }
}

#[test]
fn a_schema_that_does_not_validate_is_damage() {
    let mut s = rich_schema();
    // Count from a later property: the decoder must never see this.
    s.properties[1].count = Count::Property(5);
    let store = store_of(vec![s]);
    let e = Store::from_bytes(&store.to_bytes()).unwrap_err();
    assert!(e.to_string().contains("event 7 version 2"), "{e}");
}

#[test]
fn saving_is_atomic_and_replaces() {
    let dir = std::env::temp_dir().join(format!("etw-store-test-{}", std::process::id()));
    let path = dir.join("sub").join("s.etwstore");
    let store = store_of(vec![rich_schema()]);
    store.save(&path).unwrap();
    assert_eq!(Store::open(&path).unwrap().event_count(), 1);
    let mut bigger = store.clone();
    bigger.insert(StoredProvider { guid: Guid::ZERO, name: None, origin: "x".into(), events: BTreeMap::new() });
    bigger.save(&path).unwrap();
    assert_eq!(Store::open(&path).unwrap().len(), 2);
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    let missing = Store::open(dir.join("missing")).unwrap_err();
    assert!(missing.is_not_found());
    assert!(missing.to_string().contains("missing"));
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_reader_reads_a_providers_events_when_first_asked() {
    let schema = rich_schema();
    let mut store = store_of(vec![schema.clone()]);
    let other = Guid::from_fields(9, 9, 9, [9; 8]);
    let mut s2 = schema.clone();
    s2.provider_id = other;
    s2.provider_name = None;
    store.insert(StoredProvider {
        guid: other,
        name: None,
        origin: "other.man".into(),
        events: [((7, 2), Arc::new(s2))].into_iter().collect(),
    });
    let bytes = store.to_bytes();
    let r = StoreReader::from_bytes(bytes.clone()).unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r.provider_name(&GUID).as_deref(), Some("Demo-Provider"));
    assert_eq!(*r.schema(&GUID, 7, 2).unwrap().unwrap(), as_stored(&schema));
    assert!(r.schema(&GUID, 7, 3).is_none());
    assert!(r.schema(&Guid::ZERO, 7, 2).is_none());

    // Damage inside one provider's events that the hash does not catch (a file written by a faulty writer):
    // opening works, that provider's lookups give the error with its offset, the other provider reads.
    let mut bad = bytes.clone();
    // The last provider's last property ends with its length kind and a u16 length.
    let kind = bad.len() - 3;
    bad[kind] = 9; // a length kind that does not exist
    let h = fnv1a64(&bad[HEADER_LEN..]);
    bad[24..32].copy_from_slice(&h.to_le_bytes());
    let r = StoreReader::from_bytes(bad).unwrap();
    let damaged: Vec<_> = [GUID, other].iter().filter_map(|g| r.schema(g, 7, 2)).filter(Result::is_err).collect();
    assert_eq!(damaged.len(), 1);
    let e = damaged[0].as_ref().unwrap_err().to_string();
    assert!(e.contains("damaged at offset") && e.contains("length kind 9"), "{e}");
}
