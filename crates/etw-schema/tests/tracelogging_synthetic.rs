//! TraceLogging metadata written by hand for every in-type, out-type, array form (constant and variable count),
//! struct form (nested, arrays of structs, arrays in structs), custom fields and tags, decoded and checked value
//! by value as JSON; events sharing an id but not metadata; the bounded cache; and bad metadata.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::io::Cursor;
use std::sync::Arc;

use etw_core::{
    Clock, EventDescriptor, EventHeader, EventRef, ExtType, ExtendedItem, ExtendedItems, Guid, HeaderKind, Level,
};
use etw_etl::EtlReader;
use etw_schema::sources::tracelogging::{parse_metadata, TraceLoggingSource, MAX_STRUCT_DEPTH};
use etw_schema::{
    write_json, Count, Decoder, DecodingSource, InType, NoSchema, OutType, Parser, PropertyType, SchemaRegistry,
    SchemaSource, StructValue,
};
use etw_testkit::build::{provider_traits_bytes, utf16z, BufferBuilder, EtlBuilder, EventRecord, ExtItem};

const PROVIDER: Guid = Guid::parse_const("d3dd3dd4-aac2-4e2a-8dd4-a8fb61b77615");
static CLOCK: Clock = Clock::SYSTEM_TIME;

/// TraceLogging in-type numbers.
mod tl {
    pub const NULL: u8 = 0;
    pub const UNICODESTRING: u8 = 1;
    pub const ANSISTRING: u8 = 2;
    pub const INT8: u8 = 3;
    pub const UINT8: u8 = 4;
    pub const INT16: u8 = 5;
    pub const UINT16: u8 = 6;
    pub const INT32: u8 = 7;
    pub const UINT32: u8 = 8;
    pub const UINT64: u8 = 10;
    pub const BINARY: u8 = 14;
    pub const POINTER: u8 = 16;
    pub const FILETIME: u8 = 17;
    pub const SYSTEMTIME: u8 = 18;
    pub const STRUCT: u8 = 24;
    pub const CCOUNT: u8 = 0x20;
    pub const VCOUNT: u8 = 0x40;
    pub const CUSTOM: u8 = 0x60;
    pub const CHAIN: u8 = 0x80;
}

/// Event metadata, written field by field.
struct Meta(Vec<u8>);

impl Meta {
    fn event(name: &str) -> Meta {
        Meta::tagged(name, &[0])
    }

    fn tagged(name: &str, tags: &[u8]) -> Meta {
        let mut v = vec![0, 0];
        v.extend_from_slice(tags);
        v.extend_from_slice(name.as_bytes());
        v.push(0);
        Meta(v)
    }

    fn raw(mut self, bytes: &[u8]) -> Meta {
        self.0.extend_from_slice(bytes);
        self
    }

    fn name(self, name: &str) -> Meta {
        self.raw(name.as_bytes()).raw(&[0])
    }

    fn scalar(self, name: &str, in_type: u8) -> Meta {
        self.name(name).raw(&[in_type])
    }

    fn out(self, name: &str, in_type: u8, out_type: u8) -> Meta {
        self.name(name).raw(&[in_type | tl::CHAIN, out_type])
    }

    fn ccount(self, name: &str, in_type: u8, n: u16) -> Meta {
        self.name(name).raw(&[in_type | tl::CCOUNT]).raw(&n.to_le_bytes())
    }

    fn vcount(self, name: &str, in_type: u8) -> Meta {
        self.name(name).raw(&[in_type | tl::VCOUNT])
    }

    fn strukt(self, name: &str, members: u8) -> Meta {
        self.out(name, tl::STRUCT, members)
    }

    fn build(&self) -> Vec<u8> {
        let mut v = self.0.clone();
        let n = u16::try_from(v.len()).unwrap();
        v[..2].copy_from_slice(&n.to_le_bytes());
        v
    }
}

fn counted(b: &[u8]) -> Vec<u8> {
    let mut v = u16::try_from(b.len()).unwrap().to_le_bytes().to_vec();
    v.extend_from_slice(b);
    v
}

const GUID_BYTES: [u8; 16] =
    [0xc4, 0x14, 0xd6, 0x0a, 0xf4, 0x0e, 0x25, 0x42, 0x80, 0x13, 0xf4, 0x4f, 0x37, 0xcb, 0x03, 0x97];
const FILETIME_BYTES: [u8; 8] = [0x70, 0x10, 0xfa, 0x4d, 0x8b, 0xa5, 0xd7, 0x01];
const SYSTEMTIME_BYTES: [u8; 16] = [0xe5, 7, 9, 0, 4, 0, 9, 0, 14, 0, 59, 0, 35, 0, 0x1f, 3];
const TIME_JSON: &str = "\"2021-09-09T14:59:35.7990000Z\"";

/// One sample of every TraceLogging value type: (in-type, TDH in-type it maps to, value bytes, value as JSON).
fn samples() -> Vec<(u8, InType, Vec<u8>, &'static str)> {
    vec![
        (0, InType::NULL, vec![], "null"),
        (1, InType::UNICODE_STRING, utf16z("héllo"), "\"héllo\""),
        (2, InType::ANSI_STRING, b"abc\0".to_vec(), "\"abc\""),
        (3, InType::INT8, vec![0xfb], "-5"),
        (4, InType::UINT8, vec![250], "250"),
        (5, InType::INT16, (-300i16).to_le_bytes().to_vec(), "-300"),
        (6, InType::UINT16, 60000u16.to_le_bytes().to_vec(), "60000"),
        (7, InType::INT32, (-70000i32).to_le_bytes().to_vec(), "-70000"),
        (8, InType::UINT32, 4_000_000_000u32.to_le_bytes().to_vec(), "4000000000"),
        (9, InType::INT64, (-5_000_000_000_000i64).to_le_bytes().to_vec(), "-5000000000000"),
        (10, InType::UINT64, u64::MAX.to_le_bytes().to_vec(), "18446744073709551615"),
        (11, InType::FLOAT, 1.5f32.to_le_bytes().to_vec(), "1.5"),
        (12, InType::DOUBLE, (-2.25f64).to_le_bytes().to_vec(), "-2.25"),
        (13, InType::BOOLEAN, 1u32.to_le_bytes().to_vec(), "true"),
        (14, InType::MANIFEST_COUNTED_BINARY, counted(&[1, 2, 3]), "\"010203\""),
        (15, InType::GUID, GUID_BYTES.to_vec(), "\"0ad614c4-0ef4-4225-8013-f44f37cb0397\""),
        (16, InType::POINTER, 0x7ff6_1234_5678u64.to_le_bytes().to_vec(), "\"0x7ff612345678\""),
        (17, InType::FILETIME, FILETIME_BYTES.to_vec(), TIME_JSON),
        (18, InType::SYSTEMTIME, SYSTEMTIME_BYTES.to_vec(), TIME_JSON),
        (19, InType::SID, vec![1, 3, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0], "\"S-1-5-21-1-2\""),
        (20, InType::HEXINT32, 0xbeefu32.to_le_bytes().to_vec(), "\"0xbeef\""),
        (21, InType::HEXINT64, 0x1_0000_0000_0001u64.to_le_bytes().to_vec(), "\"0x1000000000001\""),
        (22, InType::MANIFEST_COUNTED_STRING, counted(&[b'h', 0, b'i', 0]), "\"hi\""),
        (23, InType::MANIFEST_COUNTED_ANSI_STRING, counted(b"xyz"), "\"xyz\""),
        (25, InType::MANIFEST_COUNTED_BINARY, counted(&[0xab, 0xcd]), "\"abcd\""),
    ]
}

fn event<'a>(items: &'a [ExtendedItem<'a>], payload: &'a [u8], descriptor: EventDescriptor, ptr: u8) -> EventRef<'a> {
    let header = EventHeader { provider_id: PROVIDER, descriptor, pointer_size: ptr, ..EventHeader::default() };
    EventRef::new(header, ExtendedItems::from_list(items), payload, &CLOCK)
}

/// Every top-level property as `name=json`, after checking that the payload was consumed exactly.
fn decode_json(meta: &[u8], payload: &[u8], ptr: u8) -> Vec<String> {
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), meta).unwrap();
    schema.validate().unwrap();
    let mut decoder = Decoder::new();
    let decoded = decoder.decode(&schema, payload, ptr).unwrap();
    assert_eq!(decoded.trailing_bytes(), 0);
    decoded
        .properties()
        .map(|(p, v)| {
            let mut out = Vec::new();
            write_json(&mut out, &v, Some(p));
            format!("{}={}", p.name, String::from_utf8(out).unwrap())
        })
        .collect()
}

#[test]
fn every_value_type_decodes_exactly() {
    let mut meta = Meta::event("AllTypes");
    let mut payload = Vec::new();
    let mut want = Vec::new();
    for (t, _, bytes, json) in samples() {
        meta = meta.scalar(&format!("t{t}"), t);
        payload.extend_from_slice(&bytes);
        want.push(format!("t{t}={json}"));
    }
    let meta = meta.build();
    assert_eq!(decode_json(&meta, &payload, 8), want);

    let schema = parse_metadata(PROVIDER, Some("P".into()), EventDescriptor::default(), &meta).unwrap();
    assert_eq!(schema.source, DecodingSource::TraceLogging);
    assert_eq!(schema.event_name.as_deref(), Some("AllTypes"));
    assert_eq!(schema.provider_name.as_deref(), Some("P"));
    let in_types: Vec<InType> = schema.properties.iter().map(|p| p.in_type().unwrap()).collect();
    assert_eq!(in_types, samples().iter().map(|s| s.1).collect::<Vec<_>>());
    assert!(schema.properties.iter().all(|p| p.out_type() == Some(OutType::NULL) && p.count == Count::One));
}

#[test]
fn typed_parser_reads_tracelogging_values() {
    let meta = Meta::event("E")
        .scalar("pid", tl::UINT32)
        .scalar("name", tl::UNICODESTRING)
        .out("ok", tl::UINT8, 3)
        .scalar("when", tl::FILETIME)
        .build();
    let mut payload = 4152u32.to_le_bytes().to_vec();
    payload.extend(utf16z("svchost.exe"));
    payload.push(1);
    payload.extend_from_slice(&FILETIME_BYTES);
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    let mut decoder = Decoder::new();
    let parser = Parser::new(decoder.decode(&schema, &payload, 8).unwrap());
    assert_eq!(parser.parse::<u32>("PID").unwrap(), 4152);
    assert_eq!(parser.parse::<String>("name").unwrap(), "svchost.exe");
    assert!(parser.parse::<bool>("ok").unwrap());
    assert_eq!(parser.parse::<etw_core::FileTime>("when").unwrap().0, i64::from_le_bytes(FILETIME_BYTES));
}

#[test]
fn pointers_follow_the_event_pointer_size() {
    let meta =
        Meta::event("P").scalar("p", tl::POINTER).ccount("ps", tl::POINTER, 2).scalar("after", tl::UINT8).build();
    let mut p32 = 0x1234_5678u32.to_le_bytes().to_vec();
    p32.extend(1u32.to_le_bytes());
    p32.extend(2u32.to_le_bytes());
    p32.push(7);
    assert_eq!(decode_json(&meta, &p32, 4), ["p=\"0x12345678\"", "ps=[\"0x1\",\"0x2\"]", "after=7"]);
    let mut p64 = 0xffff_8000_0000_0010u64.to_le_bytes().to_vec();
    p64.extend(1u64.to_le_bytes());
    p64.extend(2u64.to_le_bytes());
    p64.push(7);
    assert_eq!(decode_json(&meta, &p64, 8), ["p=\"0xffff800000000010\"", "ps=[\"0x1\",\"0x2\"]", "after=7"]);
}

#[test]
fn arrays_of_every_type_with_constant_and_variable_counts() {
    let mut meta = Meta::event("Arrays");
    let mut payload = Vec::new();
    let mut want = Vec::new();
    for (t, in_type, bytes, json) in samples() {
        meta = meta.ccount(&format!("c{t}"), t, 2);
        payload.extend(bytes.repeat(2));
        want.push(format!("c{t}=[{json},{json}]"));
        meta = meta.vcount(&format!("v{t}"), t);
        payload.extend(3u16.to_le_bytes());
        payload.extend(bytes.repeat(3));
        want.push(format!("v{t}=[{json},{json},{json}]"));
        meta = meta.vcount(&format!("e{t}"), t);
        payload.extend(0u16.to_le_bytes());
        want.push(format!("e{t}=[]"));
        let _ = in_type;
    }
    let meta = meta.build();
    assert_eq!(decode_json(&meta, &payload, 8), want);
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    assert_eq!(schema.properties[0].count, Count::Fixed(2));
    assert_eq!(schema.properties[1].count, Count::Prefixed);
}

#[test]
fn structs_nested_arrays_of_structs_and_arrays_in_structs() {
    let meta = Meta::event("Structs")
        .scalar("id", tl::UINT32)
        .strukt("point", 2)
        .scalar("x", tl::INT32)
        .scalar("y", tl::INT32)
        .strukt("outer", 3)
        .scalar("name", tl::ANSISTRING)
        .strukt("inner", 1)
        .out("flag", tl::UINT8, 3)
        .vcount("list", tl::UINT16)
        .name("pts")
        .raw(&[tl::STRUCT | tl::VCOUNT | tl::CHAIN, 2])
        .scalar("a", tl::UINT8)
        .scalar("s", tl::UNICODESTRING)
        .name("fixed")
        .raw(&[tl::STRUCT | tl::CCOUNT | tl::CHAIN, 1, 2, 0])
        .ccount("v", tl::UINT16, 2)
        .scalar("tail", tl::UINT8)
        .build();
    let mut p = 42u32.to_le_bytes().to_vec();
    p.extend((-1i32).to_le_bytes());
    p.extend(2i32.to_le_bytes());
    p.extend(b"n\0");
    p.push(1);
    p.extend([2, 0, 7, 0, 8, 0]);
    p.extend([2, 0]);
    p.push(1);
    p.extend(utf16z("p"));
    p.push(2);
    p.extend(utf16z("q"));
    p.extend([1, 0, 2, 0, 3, 0, 4, 0]);
    p.push(9);
    assert_eq!(
        decode_json(&meta, &p, 8),
        [
            "id=42",
            "point={\"x\":-1,\"y\":2}",
            "outer={\"name\":\"n\",\"inner\":{\"flag\":true},\"list\":[7,8]}",
            "pts=[{\"a\":1,\"s\":\"p\"},{\"a\":2,\"s\":\"q\"}]",
            "fixed=[{\"v\":[1,2]},{\"v\":[3,4]}]",
            "tail=9",
        ]
    );

    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    assert_eq!(schema.top_level, 6);
    assert_eq!(schema.properties[3].count, Count::Prefixed);
    assert!(matches!(schema.properties[3].ty, PropertyType::Struct { members: 2, .. }));
    assert_eq!(schema.properties[4].count, Count::Fixed(2));
    let mut decoder = Decoder::new();
    let parser = Parser::new(decoder.decode(&schema, &p, 8).unwrap());
    let outer = parser.parse::<StructValue>("outer").unwrap();
    assert_eq!(outer.get("name").map(|v| v.kind_name()), Some("string"));
    let pts = parser.parse::<Vec<StructValue>>("pts").unwrap();
    assert_eq!(pts.len(), 2);
    assert_eq!(pts[1].get("a").and_then(|v| v.as_u64()), Some(2));
}

#[test]
fn structs_nest_as_deep_as_allowed_and_no_deeper() {
    let nest = |depth: usize| {
        let mut m = Meta::event("Deep");
        for i in 0..depth {
            m = m.strukt(&format!("s{i}"), 1);
        }
        m.scalar("leaf", tl::UINT8).build()
    };
    let mut want = "s0=".to_owned();
    for i in 1..MAX_STRUCT_DEPTH {
        want.push_str(&format!("{{\"s{i}\":"));
    }
    want.push_str(&format!("{{\"leaf\":5{}", "}".repeat(MAX_STRUCT_DEPTH)));
    assert_eq!(decode_json(&nest(MAX_STRUCT_DEPTH), &[5], 8), [want]);
    let err = parse_metadata(PROVIDER, None, EventDescriptor::default(), &nest(MAX_STRUCT_DEPTH + 1)).unwrap_err();
    assert!(err.reason.contains("structs nest deeper than 32"), "{err}");
}

/// (name, in-type, TraceLogging out-type, payload, TDH out-type, JSON)
type OutCase = (&'static str, u8, u8, Vec<u8>, OutType, &'static str);

#[test]
fn out_types_map_to_tdh_and_show_as_they_say() {
    let ipv6: Vec<u8> = std::net::Ipv6Addr::LOCALHOST.octets().to_vec();
    let sockaddr = [2, 0, 0, 80, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    let cases: Vec<OutCase> = vec![
        ("noprint", tl::UINT8, 1, vec![3], OutType::NOPRINT, "3"),
        ("ch", tl::UINT8, 2, vec![b'A'], OutType::STRING, "\"A\""),
        ("sch", tl::INT8, 2, vec![b'z'], OutType::STRING, "\"z\""),
        ("wch", tl::UINT16, 2, vec![0xe9, 0], OutType::STRING, "\"é\""),
        ("no", tl::UINT8, 3, vec![0], OutType::BOOLEAN, "false"),
        ("yes", tl::UINT8, 3, vec![2], OutType::BOOLEAN, "true"),
        ("h8", tl::UINT8, 4, vec![0xab], OutType::HEXINT8, "\"0xab\""),
        ("h16", tl::UINT16, 4, vec![0x34, 0x12], OutType::HEXINT16, "\"0x1234\""),
        ("h32", tl::UINT32, 4, vec![0xad, 0xde, 0, 0], OutType::HEXINT32, "\"0x0000dead\""),
        ("h64", tl::UINT64, 4, vec![0x1f, 0, 0, 0, 0, 0, 0, 0], OutType::HEXINT64, "\"0x1f\""),
        ("hbin", tl::BINARY, 4, vec![1, 0, 0xff], OutType::HEX_BINARY, "\"ff\""),
        ("pid", tl::UINT32, 5, vec![4, 0, 0, 0], OutType::PID, "4"),
        ("tid", tl::UINT32, 6, vec![8, 0, 0, 0], OutType::TID, "8"),
        ("port", tl::UINT16, 7, vec![0x1f, 0x90], OutType::PORT, "8080"),
        ("ip4", tl::UINT32, 8, vec![10, 0, 0, 7], OutType::IPV4, "\"10.0.0.7\""),
        ("ip6", tl::BINARY, 9, counted(&ipv6), OutType::IPV6, "\"::1\""),
        ("sa", tl::BINARY, 10, counted(&sockaddr), OutType::SOCKET_ADDRESS, "\"127.0.0.1:80\""),
        ("xml", tl::UNICODESTRING, 11, utf16z("<a/>"), OutType::XML, "\"<a/>\""),
        ("json", tl::ANSISTRING, 12, b"{}\0".to_vec(), OutType::JSON, "\"{}\""),
        ("w32", tl::UINT32, 13, vec![5, 0, 0, 0], OutType::WIN32_ERROR, "\"0x00000005\""),
        ("nt", tl::UINT32, 14, vec![5, 0, 0, 0xc0], OutType::NTSTATUS, "\"0xc0000005\""),
        ("hr", tl::INT32, 15, vec![5, 0x40, 0, 0x80], OutType::HRESULT, "\"0x80004005\""),
        ("ft", tl::FILETIME, 16, FILETIME_BYTES.to_vec(), OutType::DATETIME, TIME_JSON),
        ("signed", tl::UINT32, 17, vec![7, 0, 0, 0], OutType::INT, "7"),
        ("unsigned", tl::INT16, 18, vec![0xff, 0xff], OutType::UNSIGNED_SHORT, "-1"),
        ("ci", tl::SYSTEMTIME, 33, SYSTEMTIME_BYTES.to_vec(), OutType::CULTURE_INSENSITIVE_DATETIME, TIME_JSON),
        ("utf8", tl::ANSISTRING, 35, "é\0".as_bytes().to_vec(), OutType::UTF8, "\"é\""),
        ("pkcs7", tl::BINARY, 36, counted(&[0x30]), OutType::PKCS7_WITH_TYPE_INFO, "\"30\""),
        ("cp", tl::UINT64, 37, 0x7ff6_0000_1000u64.to_le_bytes().to_vec(), OutType::CODE_POINTER, "\"0x7ff600001000\""),
        ("utc", tl::FILETIME, 38, FILETIME_BYTES.to_vec(), OutType::DATETIME_UTC, TIME_JSON),
        ("unknown", tl::UINT32, 99, vec![9, 0, 0, 0], OutType(99), "9"),
    ];
    let mut meta = Meta::event("Out");
    let mut payload = Vec::new();
    for (name, in_type, out_type, bytes, _, _) in &cases {
        meta = meta.out(name, *in_type, *out_type);
        payload.extend_from_slice(bytes);
    }
    let meta = meta.build();
    let want: Vec<String> = cases.iter().map(|c| format!("{}={}", c.0, c.5)).collect();
    assert_eq!(decode_json(&meta, &payload, 8), want);
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    let got: Vec<OutType> = schema.properties.iter().map(|p| p.out_type().unwrap()).collect();
    assert_eq!(got, cases.iter().map(|c| c.4).collect::<Vec<_>>());
}

#[test]
fn tags_and_custom_fields_are_read_past() {
    let meta = Meta::tagged("Tagged", &[0x81, 0x82, 0x03])
        .name("a")
        .raw(&[tl::UINT32 | tl::CHAIN, 0x80, 0x85, 0x01])
        .name("s")
        .raw(&[tl::STRUCT | tl::CHAIN, 0x80 | 3, 0x00])
        .scalar("x", tl::UINT8)
        .name("proto")
        .raw(&[tl::BINARY | tl::CUSTOM])
        .raw(&5u16.to_le_bytes())
        .raw(b"types")
        .scalar("y", tl::UINT8)
        .name("hexcustom")
        .raw(&[tl::BINARY | tl::CUSTOM | tl::CHAIN, 4, 1, 0, 0xee])
        .build();
    let mut p = 7u32.to_le_bytes().to_vec();
    p.push(1);
    p.extend(counted(&[0xca, 0xfe]));
    p.push(2);
    p.extend(counted(&[0x01]));
    assert_eq!(decode_json(&meta, &p, 8), ["a=7", "s={\"x\":1,\"proto\":\"cafe\",\"y\":2}", "hexcustom=\"01\""]);
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    assert_eq!(schema.event_name.as_deref(), Some("Tagged"));
    assert_eq!(schema.properties[3].in_type(), Some(InType::UINT8));
    assert_eq!(schema.properties[4].in_type(), Some(InType::MANIFEST_COUNTED_BINARY));
}

#[test]
fn events_sharing_an_id_decode_by_their_own_metadata() {
    let m1 = Meta::event("First").scalar("a", tl::UINT32).build();
    let m2 = Meta::event("Second").scalar("b", tl::UINT16).scalar("c", tl::UINT16).build();
    let traits = provider_traits_bytes("My.Provider", &[]);
    let payload = [1, 0, 2, 0];
    let d = EventDescriptor { channel: 11.into(), ..EventDescriptor::default() };
    let items1 = [ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, &m1), ExtendedItem::new(ExtType::PROV_TRAITS, &traits)];
    let items2 = [ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, &m2), ExtendedItem::new(ExtType::PROV_TRAITS, &traits)];
    let (e1, e2) = (event(&items1, &payload, d, 8), event(&items2, &payload, d, 8));

    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(TraceLoggingSource::new()));
    for _ in 0..2 {
        let s1 = registry.lookup(&e1).unwrap();
        let s2 = registry.lookup(&e2).unwrap();
        assert_eq!(s1.event_name.as_deref(), Some("First"));
        assert_eq!(s2.event_name.as_deref(), Some("Second"));
        assert_eq!(s1.provider_name.as_deref(), Some("My.Provider"));
        let mut dec = Decoder::new();
        assert_eq!(Parser::new(dec.decode(&s1, &payload, 8).unwrap()).parse::<u32>("a").unwrap(), 0x0002_0001);
        let mut dec = Decoder::new();
        let p2 = Parser::new(dec.decode(&s2, &payload, 8).unwrap());
        assert_eq!((p2.parse::<u16>("b").unwrap(), p2.parse::<u16>("c").unwrap()), (1, 2));
    }
    // The name travels with each event's schema; the source remembers none for events without traits (what it
    // remembered would depend on which events a thread had seen, and so on the thread count).
    assert_eq!(registry.provider_name(&PROVIDER), None);
    let plain = event(&[], &payload, d, 8);
    assert_eq!(registry.lookup(&plain).unwrap_err(), NoSchema::Unknown);
}

#[test]
fn events_sharing_an_id_in_an_etl_file_decode_by_their_own_metadata() {
    let m1 = Meta::event("Open").scalar("path", tl::UNICODESTRING).build();
    let m2 = Meta::event("Close").scalar("handle", tl::UINT64).scalar("ok", tl::INT32).build();
    let record = |meta: &[u8], payload: Vec<u8>, ts: i64| {
        EventRecord::new(HeaderKind::EVENT_HEADER64, PROVIDER)
            .id(0)
            .channel(11)
            .level(Level(5))
            .timestamp(ts)
            .ext(ExtItem::tracelogging_schema(meta.to_vec()))
            .ext(ExtItem::provider_traits("solar_system", &[]))
            .payload(payload)
    };
    let mut close = 0x1234u64.to_le_bytes().to_vec();
    close.extend(1i32.to_le_bytes());
    let bytes = EtlBuilder::new()
        .buffer(
            BufferBuilder::new()
                .record(record(&m1, utf16z("C:\\a.txt"), 100))
                .record(record(&m2, close.clone(), 200))
                .record(record(&m1, utf16z("D:\\b"), 300)),
        )
        .build();
    let mut reader = EtlReader::new(Cursor::new(bytes)).unwrap();
    let mut source = TraceLoggingSource::new();
    let mut decoder = Decoder::new();
    let mut lines = Vec::new();
    reader.for_each(
        |ev| {
            let Some(schema) = source.lookup(ev) else { return };
            let schema = schema.unwrap();
            let decoded = decoder.decode(&schema, ev.payload(), ev.pointer_size()).unwrap();
            assert_eq!(decoded.trailing_bytes(), 0);
            let mut line = format!("{}/{}:", schema.provider_name.as_deref().unwrap(), schema.display_name());
            for (p, v) in decoded.properties() {
                let mut out = Vec::new();
                write_json(&mut out, &v, Some(p));
                line.push_str(&format!(" {}={}", p.name, String::from_utf8(out).unwrap()));
            }
            assert_eq!(schema.descriptor, *ev.descriptor());
            lines.push(line);
        },
        |d| panic!("{d}"),
    );
    assert_eq!(
        lines,
        [
            "solar_system/Open: path=\"C:\\\\a.txt\"",
            "solar_system/Close: handle=4660 ok=1",
            "solar_system/Open: path=\"D:\\\\b\""
        ]
    );
    assert_eq!(source.parsed(), 2);
}

#[test]
fn the_cache_is_keyed_by_metadata_provider_and_descriptor_and_bounded() {
    let mut source = TraceLoggingSource::with_limits(3, usize::MAX);
    let traits_a = provider_traits_bytes("A", &[]);
    let traits_b = provider_traits_bytes("B", &[]);
    let d = EventDescriptor::default();
    let metas: Vec<Vec<u8>> = (0..10).map(|i| Meta::event(&format!("E{i}")).scalar("x", tl::UINT8).build()).collect();
    for m in &metas {
        let s = source.schema_for(PROVIDER, &d, &traits_a, m).unwrap();
        assert_eq!(s.provider_name.as_deref(), Some("A"));
    }
    assert_eq!(source.parsed(), 10);
    assert!(source.cached() <= 6, "{}", source.cached());
    // The last ones are still cached; the first ones were evicted and are parsed again, correctly.
    let s = source.schema_for(PROVIDER, &d, &traits_a, &metas[9]).unwrap();
    assert_eq!((s.event_name.as_deref(), source.parsed()), (Some("E9"), 10));
    let s = source.schema_for(PROVIDER, &d, &traits_a, &metas[0]).unwrap();
    assert_eq!((s.event_name.as_deref(), source.parsed()), (Some("E0"), 11));
    // Same metadata under another provider name, another provider GUID, another descriptor: other entries.
    let s = source.schema_for(PROVIDER, &d, &traits_b, &metas[0]).unwrap();
    assert_eq!(s.provider_name.as_deref(), Some("B"));
    let other = Guid::from_le_bytes([7; 16]);
    assert_eq!(source.schema_for(other, &d, &traits_b, &metas[0]).unwrap().provider_id, other);
    let d2 = EventDescriptor { level: Level(2), opcode: 1.into(), ..d };
    assert_eq!(source.schema_for(PROVIDER, &d2, &traits_a, &metas[0]).unwrap().descriptor, d2);
    assert_eq!(source.parsed(), 14);
    assert_eq!(source.provider_name(&other), None, "names are per event, not remembered");

    // A byte budget too small for one entry keeps at most the two generations' newest entries.
    let mut tiny = TraceLoggingSource::with_limits(1000, 1);
    for m in &metas {
        tiny.schema_for(PROVIDER, &d, &[], m).unwrap();
    }
    assert!(tiny.cached() <= 2);
    assert_eq!(tiny.schema_for(PROVIDER, &d, &[], &metas[9]).unwrap().provider_name, None);
}

#[test]
fn events_without_tracelogging_metadata_are_not_ours() {
    let mut source = TraceLoggingSource::new();
    assert_eq!(source.name(), "tracelogging");
    assert!(!source.cacheable());
    let traits = provider_traits_bytes("P", &[]);
    let items = [ExtendedItem::new(ExtType::PROV_TRAITS, &traits)];
    assert!(source.lookup(&event(&items, &[], EventDescriptor::default(), 8)).is_none());
    assert!(source.lookup(&event(&[], &[], EventDescriptor::default(), 8)).is_none());
}

#[test]
fn bad_metadata_is_an_error_with_its_offset() {
    let ok = Meta::event("E");
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (vec![], "offset 0: metadata size cut off"),
        (vec![7], "offset 0: metadata size cut off"),
        (vec![9, 0, 0, b'E', 0], "offset 0: metadata size 9 is more than the 5 bytes present"),
        (vec![3, 0, 0], "offset 0: metadata size 3 is too small for tags and a name"),
        (vec![5, 0, 0x80, 0x80, 0x80], "offset 5: event tags cut off"),
        (vec![5, 0, 0, b'E', b'v'], "offset 3: event name has no NUL"),
        (Meta::event("E").raw(b"abc").build(), "offset 5: field name has no NUL"),
        (Meta::event("E").name("f").build(), "offset 7: field in-type cut off"),
        (Meta::event("E").name("f").raw(&[tl::UINT8 | tl::CHAIN]).build(), "offset 8: field out-type cut off"),
        (Meta::event("E").name("f").raw(&[tl::UINT8 | tl::CHAIN, 0x80, 0x81]).build(), "offset 10: field tags cut off"),
        (
            Meta::event("E").name("f").raw(&[tl::UINT8 | tl::CCOUNT, 1]).build(),
            "offset 8: constant array count cut off",
        ),
        (
            Meta::event("E").name("f").raw(&[tl::BINARY | tl::CUSTOM, 9, 0, 1]).build(),
            "offset 10: custom type info of 9 bytes runs past the end (1 left)",
        ),
        (Meta::event("E").scalar("f", 26).build(), "offset 5: field 'f': unknown in-type 26"),
        (Meta::event("E").scalar("f", 31 | tl::VCOUNT).build(), "offset 5: field 'f': unknown in-type 31"),
        (Meta::event("E").scalar("s", tl::STRUCT).build(), "offset 5: field 's': a struct without its member count"),
        (
            Meta::event("E").name("s").raw(&[tl::STRUCT | tl::CUSTOM | tl::CHAIN, 1, 0, 0]).build(),
            "offset 5: field 's': a struct cannot be custom-serialized",
        ),
        (
            Meta::event("E").strukt("s", 3).scalar("a", tl::UINT8).build(),
            "offset 12: struct 's' at offset 5: the metadata ends 2 member(s) short",
        ),
    ];
    let mut source = TraceLoggingSource::new();
    for (meta, want) in cases {
        let e = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap_err();
        assert_eq!(e.source, "tracelogging");
        assert_eq!(e.reason, want, "{meta:02x?}");
        // Through the source: an error, cached like a schema.
        let items = [ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, &meta)];
        for _ in 0..2 {
            let got = source.lookup(&event(&items, &[], EventDescriptor::default(), 8)).unwrap().unwrap_err();
            assert_eq!(got.reason, want);
        }
    }
    // Bytes after the blob's own size are not metadata.
    let mut padded = ok.scalar("x", tl::UINT8).build();
    padded.extend([0xff; 5]);
    assert_eq!(decode_json(&padded, &[3], 8), ["x=3"]);
    // Through the registry the error is reported, not a miss.
    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(TraceLoggingSource::new()));
    let bad = Meta::event("E").scalar("f", 30).build();
    let items = [ExtendedItem::new(ExtType::EVENT_SCHEMA_TL, &bad)];
    assert!(matches!(registry.lookup(&event(&items, &[], EventDescriptor::default(), 8)), Err(NoSchema::Bad(_))));
}

#[test]
fn payloads_that_do_not_fit_are_decode_errors() {
    let meta = Meta::event("E").scalar("a", tl::UINT8).ccount("arr", tl::UINT32, 3).build();
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    let e = Decoder::new().decode(&schema, &[1, 0, 0, 0, 0, 0, 0, 0, 0], 8).unwrap_err();
    assert_eq!((&*e.property, e.offset), ("arr", 1));
    let meta = Meta::event("E").vcount("v", tl::UINT16).build();
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    assert_eq!(Decoder::new().decode(&schema, &[5], 8).unwrap_err().reason, "array count cut off");
    assert!(Decoder::new().decode(&schema, &[5, 0, 1, 0], 8).is_err());
}

#[test]
fn nested_arrays_of_empty_structs_fail_fast() {
    // 65535 x 65535 elements that take no bytes: the decoder gives up instead of counting them all.
    let meta = Meta::event("E")
        .name("outer")
        .raw(&[tl::STRUCT | tl::CCOUNT | tl::CHAIN, 1, 0xff, 0xff])
        .name("inner")
        .raw(&[tl::STRUCT | tl::CCOUNT | tl::CHAIN, 1, 0xff, 0xff])
        .ccount("none", tl::UINT8, 0)
        .build();
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    let e = Decoder::new().decode(&schema, &[], 8).unwrap_err();
    assert_eq!(e.reason, "too many empty array elements");
    // A modest number of empty elements is fine.
    let meta = Meta::event("E")
        .name("outer")
        .raw(&[tl::STRUCT | tl::CCOUNT | tl::CHAIN, 1, 3, 0])
        .ccount("none", tl::UINT8, 0)
        .build();
    assert_eq!(decode_json(&meta, &[], 8), ["outer=[{\"none\":[]},{\"none\":[]},{\"none\":[]}]"]);
}

#[test]
fn null_and_the_unnamed_are_kept() {
    let meta = Meta::event("").scalar("", tl::NULL).scalar("z", tl::UINT8).build();
    let schema = parse_metadata(PROVIDER, None, EventDescriptor::default(), &meta).unwrap();
    assert_eq!(schema.event_name.as_deref(), Some(""));
    assert_eq!(decode_json(&meta, &[1], 8), ["=null", "z=1"]);
    let _: Arc<str> = schema.properties[0].name.clone();
}
