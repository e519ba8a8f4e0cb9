//! `TRACE_EVENT_INFO` and `EVENT_MAP_INFO` blobs built by hand: every field the parser reads, every damage it
//! must refuse (with the offset in the message), and the source's behaviour (metadata after the events, maps
//! attached by provider and name, classic and manifest keys, its own events).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_core::{
    Clock, CpuTime, EventDescriptor, EventHeader, EventHeaderFlags, EventRef, ExtendedItems, Guid, HeaderKind, Opcode,
};
use etw_schema::sources::event_metadata::{
    parse_trace_event_info, EventMetadataSource, METADATA_CLASS, OPCODE_EVENT_INFO, OPCODE_EVENT_MAP_INFO,
};
use etw_schema::{
    write_json, Count, Decoder, DecodingSource, InType, Length, OutType, PropertyType, SchemaRegistry, SchemaSource,
};
use etw_testkit::build::utf16z;

const PROVIDER: Guid = Guid::parse_const("1c95126e-7eea-49a9-a3fe-a378b03ddb4d");
const CLASS: Guid = Guid::parse_const("11111111-2222-3333-4444-555555555555");

/// One `EVENT_PROPERTY_INFO` to build.
#[derive(Clone)]
struct P {
    flags: u32,
    name: &'static str,
    in_type: u16,
    out_type: u16,
    map: Option<&'static str>,
    count: u16,
    length: u16,
}

fn p(name: &'static str, in_type: u16, out_type: u16) -> P {
    P { flags: 0, name, in_type, out_type, map: None, count: 1, length: 0 }
}

/// A `TRACE_EVENT_INFO` builder: header fields, then properties, then the names they point to.
#[derive(Clone)]
struct Tei {
    provider: Guid,
    event_guid: Guid,
    descriptor: [u8; 16],
    decoding: u32,
    provider_name: Option<&'static str>,
    level: Option<&'static str>,
    channel: Option<&'static str>,
    keywords: Vec<&'static str>,
    task: Option<&'static str>,
    opcode: Option<&'static str>,
    event_name: Option<&'static str>,
    flags: u32,
    props: Vec<P>,
    top_level: Option<u32>,
}

impl Tei {
    fn new(props: Vec<P>) -> Tei {
        let mut descriptor = [0u8; 16];
        descriptor[..2].copy_from_slice(&1001u16.to_le_bytes()); // id
        descriptor[2] = 1; // version
        descriptor[3] = 16; // channel
        descriptor[4] = 4; // level
        descriptor[5] = 0; // opcode
        descriptor[6..8].copy_from_slice(&1001u16.to_le_bytes()); // task
        descriptor[8..].copy_from_slice(&0x8000_0000_0000_0000u64.to_le_bytes());
        Tei {
            provider: PROVIDER,
            event_guid: Guid::ZERO,
            descriptor,
            decoding: 0,
            provider_name: Some("Microsoft-Windows-DNS-Client"),
            level: Some("win:Informational"),
            channel: Some("Microsoft-Windows-DNS-Client/Operational"),
            keywords: vec!["win:ResponseTime", "Session"],
            task: Some("DnsServerForInterface"),
            opcode: Some("win:Info"),
            event_name: None,
            flags: 1,
            props,
            top_level: None,
        }
    }

    fn build(&self) -> Vec<u8> {
        let fixed = 112 + 24 * self.props.len();
        let mut names: Vec<u8> = Vec::new();
        let add = |s: &str, names: &mut Vec<u8>| {
            let at = fixed + names.len();
            names.extend(utf16z(s));
            at as u32
        };
        let mut offsets = Vec::new();
        for s in [self.provider_name, self.level, self.channel] {
            offsets.push(s.map_or(0, |s| add(s, &mut names)));
        }
        let keywords = if self.keywords.is_empty() {
            0
        } else {
            let at = (fixed + names.len()) as u32;
            for k in &self.keywords {
                names.extend(utf16z(k));
            }
            names.extend([0, 0]);
            at
        };
        offsets.push(keywords);
        for s in [self.task, self.opcode] {
            offsets.push(s.map_or(0, |s| add(s, &mut names)));
        }
        let event_name = self.event_name.map_or(0, |s| add(s, &mut names));
        let mut props = Vec::new();
        for pr in &self.props {
            let name = add(pr.name, &mut names);
            let map = pr.map.map_or(0, |m| add(m, &mut names));
            props.extend(pr.flags.to_le_bytes());
            props.extend(name.to_le_bytes());
            props.extend(pr.in_type.to_le_bytes());
            props.extend(pr.out_type.to_le_bytes());
            props.extend(map.to_le_bytes());
            props.extend(pr.count.to_le_bytes());
            props.extend(pr.length.to_le_bytes());
            props.extend(0u32.to_le_bytes());
        }
        let mut b = Vec::new();
        b.extend(self.provider.to_le_bytes());
        b.extend(self.event_guid.to_le_bytes());
        b.extend(self.descriptor);
        b.extend(self.decoding.to_le_bytes());
        for o in &offsets {
            b.extend(o.to_le_bytes()); // provider, level, channel, keywords, task, opcode
        }
        b.extend([0u8; 16]); // event message, provider message, binary XML offset and size
        b.extend(event_name.to_le_bytes());
        b.extend(0u32.to_le_bytes()); // event attributes
        b.extend((self.props.len() as u32).to_le_bytes());
        b.extend(self.top_level.unwrap_or(self.props.len() as u32).to_le_bytes());
        b.extend(self.flags.to_le_bytes());
        assert_eq!(b.len(), 112);
        b.extend(props);
        b.extend(names);
        b
    }
}

/// An `EventMapInfo` payload: provider, then `EVENT_MAP_INFO` (offsets from its start).
fn map_info(provider: Guid, name: &str, flags: u32, entries: &[(u32, &str)]) -> Vec<u8> {
    let fixed = 16 + 8 * entries.len();
    let mut names = utf16z(name);
    let mut table = Vec::new();
    for (value, text) in entries {
        table.extend(((fixed + names.len()) as u32).to_le_bytes());
        table.extend(value.to_le_bytes());
        names.extend(utf16z(&format!("{text} ")));
    }
    let mut m = Vec::new();
    m.extend((fixed as u32).to_le_bytes());
    m.extend(flags.to_le_bytes());
    m.extend((entries.len() as u32).to_le_bytes());
    m.extend(0u32.to_le_bytes());
    m.extend(table);
    m.extend(names);
    let mut payload = provider.to_le_bytes().to_vec();
    payload.extend(m);
    payload
}

fn dns_like() -> Tei {
    let mut address = p("Address", 14, 25);
    address.flags = 0x2; // length from property 4
    address.length = 4;
    let mut dynamic = p("DynamicAddress", 4, 4);
    dynamic.map = Some("DnsIpTypeMap");
    dynamic.length = 1;
    Tei::new(vec![
        p("Interface", 1, 1),
        p("TotalServerCount", 8, 8),
        p("Index", 8, 8),
        dynamic,
        p("AddressLength", 8, 8),
        address,
    ])
}

fn dns_payload(index: u32, dynamic: u8) -> Vec<u8> {
    let mut v = utf16z("Ethernet");
    v.extend(4u32.to_le_bytes());
    v.extend(index.to_le_bytes());
    v.push(dynamic);
    let sockaddr = [2u8, 0, 0, 53, 10, 50, 10, 50, 0, 0, 0, 0, 0, 0, 0, 0];
    v.extend((sockaddr.len() as u32).to_le_bytes());
    v.extend(sockaddr);
    v
}

fn header(kind: HeaderKind, provider: Guid, id: u16, version: u8, opcode: u8) -> EventHeader {
    let mut flags = EventHeaderFlags::default();
    if kind.is_classic() {
        flags = EventHeaderFlags::CLASSIC_HEADER;
    }
    EventHeader {
        kind,
        marker_flags: 0xC0,
        flags,
        provider_id: provider,
        descriptor: EventDescriptor { id, version, opcode: Opcode(opcode), ..EventDescriptor::default() },
        process_id: 1,
        thread_id: 2,
        cpu_time: CpuTime::None,
        pointer_size: 8,
        ..EventHeader::default()
    }
}

fn json(props: impl Iterator<Item = (String, String)>) -> Vec<String> {
    props.map(|(n, v)| format!("{n}={v}")).collect()
}

fn decode_all(schema: &etw_schema::EventSchema, payload: &[u8]) -> Vec<String> {
    let mut d = Decoder::new();
    let decoded = d.decode(schema, payload, 8).unwrap();
    assert_eq!(decoded.trailing_bytes(), 0);
    json(decoded.properties().map(|(p, v)| {
        let mut out = Vec::new();
        write_json(&mut out, &v, Some(p));
        (p.name.to_string(), String::from_utf8(out).unwrap())
    }))
}

#[test]
fn every_header_field_and_property_form_is_read() {
    let mut tei = dns_like();
    tei.event_name = Some("DnsServer");
    let schema = parse_trace_event_info(&tei.build(), DecodingSource::Tdh).unwrap();
    assert_eq!(schema.provider_id, PROVIDER);
    assert_eq!(schema.source, DecodingSource::Tdh);
    assert_eq!(schema.descriptor.id, 1001);
    assert_eq!(schema.descriptor.version, 1);
    assert_eq!(schema.descriptor.channel.0, 16);
    assert_eq!(schema.descriptor.level.0, 4);
    assert_eq!(schema.descriptor.task, 1001);
    assert_eq!(schema.descriptor.keywords, 0x8000_0000_0000_0000);
    assert_eq!(schema.provider_name.as_deref(), Some("Microsoft-Windows-DNS-Client"));
    assert_eq!(schema.level_name.as_deref(), Some("Informational"));
    assert_eq!(schema.channel_name.as_deref(), Some("Microsoft-Windows-DNS-Client/Operational"));
    assert_eq!(schema.task_name.as_deref(), Some("DnsServerForInterface"));
    assert_eq!(schema.opcode_name.as_deref(), Some("Info"));
    assert_eq!(schema.event_name.as_deref(), Some("DnsServer"));
    assert_eq!(schema.keyword_names.iter().map(|k| &**k).collect::<Vec<_>>(), ["ResponseTime", "Session"]);
    assert_eq!(schema.top_level, 6);
    let names: Vec<_> = schema.properties.iter().map(|p| &*p.name).collect();
    assert_eq!(names, ["Interface", "TotalServerCount", "Index", "DynamicAddress", "AddressLength", "Address"]);
    assert_eq!(schema.properties[5].length, Length::Property(4));
    assert_eq!(schema.properties[5].out_type(), Some(OutType::SOCKET_ADDRESS));
    // Fixed-size types keep their natural length even though TDH gives one.
    assert_eq!(schema.properties[1].length, Length::Natural);
    assert_eq!(
        decode_all(&schema, &dns_payload(3, 1)),
        [
            "Interface=\"Ethernet\"",
            "TotalServerCount=4",
            "Index=3",
            "DynamicAddress=1",
            "AddressLength=16",
            "Address=\"10.50.10.50:53\""
        ]
    );
}

#[test]
fn counts_lengths_and_structs() {
    let mut fixed_array = p("Fixed", 8, 0);
    fixed_array.count = 3;
    let mut fixed_one = p("FixedOne", 8, 0);
    fixed_one.flags = 0x20; // PropertyParamFixedCount: an array of one
    let mut counted = p("Counted", 6, 0);
    counted.flags = 0x4;
    counted.count = 0; // count from property 0
    let mut fixed_string = p("Name", 1, 0);
    fixed_string.length = 3;
    let mut empty_binary = p("Empty", 14, 0);
    empty_binary.flags = 0x10; // PropertyParamFixedLength with length 0
    let mut s = p("Pair", 0, 0);
    s.flags = 0x1; // struct of properties 7 and 8
    s.in_type = 7;
    s.out_type = 2;
    s.count = 2;
    let mut tei = Tei::new(vec![
        p("N", 8, 0),
        fixed_array,
        fixed_one,
        counted,
        fixed_string,
        empty_binary,
        s,
        p("A", 4, 0),
        p("B", 6, 0),
    ]);
    tei.top_level = Some(7);
    let schema = parse_trace_event_info(&tei.build(), DecodingSource::EventMetadata).unwrap();
    assert_eq!(schema.top_level, 7);
    assert_eq!(schema.properties[1].count, Count::Fixed(3));
    assert_eq!(schema.properties[2].count, Count::Fixed(1));
    assert_eq!(schema.properties[3].count, Count::Property(0));
    assert_eq!(schema.properties[4].length, Length::Fixed(3));
    assert_eq!(schema.properties[5].length, Length::Fixed(0));
    assert_eq!(schema.properties[6].ty, PropertyType::Struct { first: 7, members: 2 });
    let mut payload = Vec::new();
    payload.extend(2u32.to_le_bytes());
    for v in [10u32, 11, 12, 13] {
        payload.extend(v.to_le_bytes());
    }
    payload.extend([5, 0, 6, 0]);
    payload.extend([b'a', 0, b'b', 0, b'c', 0]);
    payload.extend([1, 2, 0, 3, 4, 0]);
    assert_eq!(
        decode_all(&schema, &payload),
        [
            "N=2",
            "Fixed=[10,11,12]",
            "FixedOne=[13]",
            "Counted=[5,6]",
            "Name=\"abc\"",
            "Empty=\"\"",
            "Pair=[{\"A\":1,\"B\":2},{\"A\":3,\"B\":4}]"
        ]
    );
}

#[test]
fn wbem_events_are_named_by_their_class() {
    let mut tei = Tei::new(vec![p("Value", 8, 0)]);
    tei.decoding = 1;
    tei.event_guid = CLASS;
    tei.event_name = Some("ignored for WBEM");
    let schema = parse_trace_event_info(&tei.build(), DecodingSource::Tdh).unwrap();
    assert_eq!(schema.provider_id, CLASS);
    assert_eq!(schema.event_name, None);
}

/// Damage, and the start of the message it must give.
#[test]
fn bad_blobs_are_refused_with_the_offset() {
    let good = dns_like().build();
    let expect = |blob: &[u8], want: &str| {
        let e = parse_trace_event_info(blob, DecodingSource::EventMetadata).unwrap_err();
        assert!(e.reason.contains(want), "{:?} does not say {want:?}", e.reason);
        assert_eq!(e.source, "event-metadata");
    };
    expect(&good[..111], "shorter than its 112-byte header");
    expect(&[], "shorter than its 112-byte header");
    // Property count beyond the blob (and a huge one: nothing may be allocated for it).
    for count in [1000u32, u32::MAX] {
        let mut b = good.clone();
        b[100..104].copy_from_slice(&count.to_le_bytes());
        expect(&b, "PropertyCount (at offset 100)");
    }
    // One more property than there is: its entry would overlap the names.
    let mut b = good.clone();
    b[100..104].copy_from_slice(&7u32.to_le_bytes());
    expect(&b, "inside the fixed part and entries (names start at 280)");
    let mut b = good.clone();
    b[104..108].copy_from_slice(&7u32.to_le_bytes());
    expect(&b, "TopLevelPropertyCount (at offset 104) is 7");
    // A header name offset past the end, inside the header, and one whose string never ends.
    let mut b = good.clone();
    b[52..56].copy_from_slice(&(good.len() as u32).to_le_bytes());
    expect(&b, &format!("ProviderNameOffset (at offset 52) is {}, past the end", good.len()));
    let mut b = good.clone();
    b[68..72].copy_from_slice(&40u32.to_le_bytes());
    expect(&b, "TaskNameOffset (at offset 68) is 40, inside the fixed part");
    let mut b = good.clone();
    let n = b.len();
    b[n - 2..].copy_from_slice(&[b'x', 0]);
    let last_name = u32::from_le_bytes(b[112 + 5 * 24 + 4..112 + 5 * 24 + 8].try_into().unwrap());
    expect(&b, &format!("the string at {last_name}"));
    // A property name offset past the end.
    let mut b = good.clone();
    b[112 + 4..112 + 8].copy_from_slice(&u32::MAX.to_le_bytes());
    expect(&b, "property 0 NameOffset (at offset 116)");
    // A map name offset inside the property array.
    let mut b = good.clone();
    b[112 + 3 * 24 + 12..112 + 3 * 24 + 16].copy_from_slice(&200u32.to_le_bytes());
    expect(&b, "property 3 MapNameOffset (at offset 196) is 200, inside the fixed part");
    // A keyword list that runs off the end.
    let mut b = good.clone();
    b[64..68].copy_from_slice(&((good.len() - 2) as u32).to_le_bytes());
    b.truncate(good.len() - 1);
    expect(&b, "KeywordsNameOffset");
}

#[test]
fn inconsistent_property_references_are_refused() {
    let expect = |props: Vec<P>, top: Option<u32>, want: &str| {
        let mut tei = Tei::new(props);
        tei.top_level = top;
        let e = parse_trace_event_info(&tei.build(), DecodingSource::EventMetadata).unwrap_err();
        assert!(e.reason.contains(want), "{:?} does not say {want:?}", e.reason);
    };
    // A count from a later property, from itself, and from a string.
    let mut counted = p("Counted", 8, 0);
    counted.flags = 0x4;
    counted.count = 1;
    expect(vec![counted.clone(), p("N", 8, 0)], None, "count from property 1");
    counted.count = 0;
    expect(vec![counted.clone()], None, "count from property 0");
    counted.count = 0;
    expect(vec![p("S", 1, 0), counted], None, "not an earlier integer");
    // A length from a property that does not exist.
    let mut sized = p("Data", 14, 0);
    sized.flags = 0x2;
    sized.length = 9;
    expect(vec![sized], None, "length from property 9");
    // Struct members out of range, and a struct whose members come before it.
    let mut s = p("S", 0, 0);
    s.flags = 0x1;
    s.in_type = 1;
    s.out_type = 5;
    expect(vec![s.clone(), p("A", 8, 0)], Some(1), "out of range");
    s.in_type = 0;
    s.out_type = 1;
    expect(vec![p("A", 8, 0), s], Some(2), "out of range");
}

fn event<'a>(h: EventHeader, payload: &'a [u8], clock: &'a Clock) -> EventRef<'a> {
    EventRef::new(h, ExtendedItems::NONE, payload, clock)
}

#[test]
fn source_learns_late_metadata_and_attaches_maps() {
    let clock = Clock::default();
    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(EventMetadataSource::new()));
    let data = dns_payload(1, 1);
    let dns = event(header(HeaderKind::EVENT_HEADER64, PROVIDER, 1001, 1, 0), &data, &clock);
    // The event comes first: unknown, and the miss is cached...
    assert!(registry.lookup(&dns).is_err());
    // ...until the map and the metadata arrive (the registry forgets its misses when a source learns).
    let map = map_info(PROVIDER, "DnsIpTypeMap", 1, &[(0, "static"), (1, "dynamic")]);
    let blob = dns_like().build();
    let classic = |opcode: u8| header(HeaderKind::FULL_HEADER64, METADATA_CLASS, 0, 0, opcode);
    registry.observe(&event(classic(OPCODE_EVENT_MAP_INFO), &map, &clock));
    registry.observe(&event(classic(OPCODE_EVENT_INFO), &blob, &clock));
    let schema = registry.lookup(&dns).unwrap();
    assert_eq!(schema.source, DecodingSource::EventMetadata);
    assert_eq!(decode_all(&schema, &data)[3], "DynamicAddress=\"dynamic\"");
    assert_eq!(registry.provider_name(&PROVIDER).as_deref(), Some("Microsoft-Windows-DNS-Client"));
    // Another version of the same event is not described.
    let v2 = event(header(HeaderKind::EVENT_HEADER64, PROVIDER, 1001, 2, 0), &data, &clock);
    assert!(registry.lookup(&v2).is_err());
    // The metadata events describe themselves.
    let own = registry.lookup(&event(classic(OPCODE_EVENT_MAP_INFO), &map, &clock)).unwrap();
    assert_eq!(own.display_name(), "MetaData/EventMapInfo");
    let mut d = Decoder::new();
    let decoded = d.decode(&own, &map, 8).unwrap();
    assert_eq!(decoded.trailing_bytes(), 0);
}

#[test]
fn maps_after_the_metadata_and_bitmaps() {
    let mut source = EventMetadataSource::new();
    let mut flags = p("Flags", 8, 0);
    flags.map = Some("FlagMap");
    let blob = Tei::new(vec![flags]).build();
    assert!(source.learn_event_info(&blob));
    assert!(!source.learn_event_info(&blob), "the same blob again teaches nothing");
    let clock = Clock::default();
    let payload = 5u32.to_le_bytes();
    let ev = event(header(HeaderKind::EVENT_HEADER64, PROVIDER, 1001, 1, 0), &payload, &clock);
    let before = source.lookup(&ev).unwrap().unwrap();
    assert_eq!(decode_all(&before, &payload), ["Flags=5"]);
    // A map of another provider does not apply; a pattern map is not a value map; then the bitmap does.
    assert!(source.learn_event_map_info(&map_info(CLASS, "FlagMap", 2, &[(1, "A"), (4, "C")])));
    assert!(!source.learn_event_map_info(&map_info(PROVIDER, "FlagMap", 4, &[(1, "A")])));
    assert_eq!(decode_all(&source.lookup(&ev).unwrap().unwrap(), &payload), ["Flags=5"]);
    assert!(source.learn_event_map_info(&map_info(PROVIDER, "FlagMap", 2, &[(1, "A"), (2, "B"), (4, "C")])));
    assert!(!source.learn_event_map_info(&map_info(PROVIDER, "FlagMap", 2, &[(1, "A"), (2, "B"), (4, "C")])));
    assert_eq!(source.map_count(), 2);
    assert_eq!(decode_all(&source.lookup(&ev).unwrap().unwrap(), &payload), ["Flags=\"A|C\""]);
}

#[test]
fn bad_maps_are_ignored() {
    let mut source = EventMetadataSource::new();
    let good = map_info(PROVIDER, "M", 1, &[(1, "one")]);
    for bad in [
        good[..20].to_vec(),
        // Entry count beyond the map.
        {
            let mut b = good.clone();
            b[24..28].copy_from_slice(&u32::MAX.to_le_bytes());
            b
        },
        // Name offset past the end.
        {
            let mut b = good.clone();
            b[16..20].copy_from_slice(&9999u32.to_le_bytes());
            b
        },
        // An entry's output offset inside the entries.
        {
            let mut b = good.clone();
            b[32..36].copy_from_slice(&8u32.to_le_bytes());
            b
        },
    ] {
        assert!(!source.learn_event_map_info(&bad));
    }
    assert_eq!(source.map_count(), 0);
    assert!(source.learn_event_map_info(&good));
}

#[test]
fn classic_events_are_found_by_class_opcode_and_version() {
    let mut tei = Tei::new(vec![p("Value", 8, 0)]);
    tei.decoding = 1;
    tei.event_guid = CLASS;
    tei.descriptor[2] = 2; // version
    tei.descriptor[5] = 11; // opcode
    let mut source = EventMetadataSource::new();
    assert!(source.learn_event_info(&tei.build()));
    let clock = Clock::default();
    let payload = 9u32.to_le_bytes();
    let found = source.lookup(&event(header(HeaderKind::FULL_HEADER32, CLASS, 0, 2, 11), &payload, &clock));
    assert_eq!(decode_all(&found.unwrap().unwrap(), &payload), ["Value=9"]);
    assert!(source.lookup(&event(header(HeaderKind::FULL_HEADER32, CLASS, 0, 2, 12), &payload, &clock)).is_none());
    // A manifest event with that GUID is a different key.
    assert!(source.lookup(&event(header(HeaderKind::EVENT_HEADER64, CLASS, 0, 2, 11), &payload, &clock)).is_none());
}

#[test]
fn unreadable_metadata_is_reported_for_its_event() {
    let mut source = EventMetadataSource::new();
    let mut b = dns_like().build();
    b[52..56].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(source.learn_event_info(&b));
    let clock = Clock::default();
    let data = dns_payload(1, 0);
    let e = source.lookup(&event(header(HeaderKind::EVENT_HEADER64, PROVIDER, 1001, 1, 0), &data, &clock));
    let e = e.unwrap().unwrap_err();
    assert!(e.reason.contains("ProviderNameOffset"), "{e}");
    // Too short to say which event it describes: counted, not stored.
    assert!(!source.learn_event_info(&b[..50]));
    assert_eq!(source.unreadable(), 1);
    assert_eq!(source.len(), 1);
    // TraceLogging and WPP descriptions are not used (those events carry or name their own metadata).
    let mut tl = dns_like();
    tl.decoding = 3;
    assert!(!source.learn_event_info(&tl.build()));
    assert_eq!(source.name(), "event-metadata");
    assert_eq!(source.provider_names().len(), 0);
}

#[test]
fn in_types_are_kept_as_given() {
    // Unknown in-types are kept (the decoder reports them when it meets them).
    let schema = parse_trace_event_info(&Tei::new(vec![p("X", 999, 0)]).build(), DecodingSource::Tdh).unwrap();
    assert_eq!(schema.properties[0].in_type(), Some(InType(999)));
    assert!(Decoder::new().decode(&schema, &[1, 2], 8).is_err());
}
