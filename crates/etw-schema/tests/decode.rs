//! The decoder and parser on hand-built schemas and payloads: every in-type, the out-types that change how
//! values are shown, lengths and counts of every kind, nested structs, maps, and every error path.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use etw_core::{EventDescriptor, FileTime, Guid};
use etw_schema::{
    insert_text, render_message, write_json, ArrayValue, Count, Decoder, DecodingSource, EventSchema, InType, Length,
    MessageTemplate, OutType, ParseError, Parser, Property, PropertyType, StructValue, Value, ValueMap,
};
use etw_testkit::build::utf16z;

fn schema(props: Vec<Property>) -> EventSchema {
    let mut s = EventSchema::new(Guid::ZERO, EventDescriptor::default(), DecodingSource::Manifest);
    for p in props {
        s.push(p);
    }
    s
}

fn p(name: &str, t: InType) -> Property {
    Property::simple(name, t, OutType::NULL)
}

fn po(name: &str, t: InType, o: OutType) -> Property {
    Property::simple(name, t, o)
}

fn with(mut prop: Property, count: Count, length: Length) -> Property {
    prop.count = count;
    prop.length = length;
    prop
}

/// The decoded event as a JSON object text.
fn json(schema: &EventSchema, payload: &[u8], ptr: u8) -> String {
    let mut d = Decoder::new();
    let decoded = d.decode(schema, payload, ptr).unwrap();
    let mut out = b"{".to_vec();
    for (i, (prop, v)) in decoded.properties().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(format!("\"{}\":", prop.name).as_bytes());
        write_json(&mut out, &v, Some(prop));
    }
    out.push(b'}');
    let text = String::from_utf8(out).unwrap();
    // Whatever we print must be valid JSON.
    assert!(text.starts_with('{') && text.ends_with('}'));
    text
}

#[test]
fn every_fixed_size_in_type() {
    let s = schema(vec![
        p("i8", InType::INT8),
        p("u8", InType::UINT8),
        p("i16", InType::INT16),
        p("u16", InType::UINT16),
        p("i32", InType::INT32),
        p("u32", InType::UINT32),
        p("i64", InType::INT64),
        p("u64", InType::UINT64),
        p("f32", InType::FLOAT),
        p("f64", InType::DOUBLE),
        p("b", InType::BOOLEAN),
        p("g", InType::GUID),
        p("ptr", InType::POINTER),
        p("ft", InType::FILETIME),
        p("st", InType::SYSTEMTIME),
        p("h32", InType::HEXINT32),
        p("h64", InType::HEXINT64),
        p("c16", InType::UNICODE_CHAR),
        p("c8", InType::ANSI_CHAR),
        p("sz", InType::SIZET),
    ]);
    let mut b = Vec::new();
    b.push(0xff); // i8 -1
    b.push(200);
    b.extend_from_slice(&(-300i16).to_le_bytes());
    b.extend_from_slice(&60000u16.to_le_bytes());
    b.extend_from_slice(&(-70000i32).to_le_bytes());
    b.extend_from_slice(&4_000_000_000u32.to_le_bytes());
    b.extend_from_slice(&(-5_000_000_000i64).to_le_bytes());
    b.extend_from_slice(&u64::MAX.to_le_bytes());
    b.extend_from_slice(&1.5f32.to_le_bytes());
    b.extend_from_slice(&(-2.25f64).to_le_bytes());
    b.extend_from_slice(&1u32.to_le_bytes());
    let g: Guid = "0ad614c4-0ef4-4225-8a5f-2b0c5f6d7e8f".parse().unwrap();
    b.extend_from_slice(&g.to_le_bytes());
    b.extend_from_slice(&0x7ff6_1234_5678u64.to_le_bytes());
    b.extend_from_slice(&132_756_983_757_942_112i64.to_le_bytes());
    for w in [2021u16, 9, 4, 9, 14, 59, 35, 31] {
        b.extend_from_slice(&w.to_le_bytes());
    }
    b.extend_from_slice(&0xdead_beefu32.to_le_bytes());
    b.extend_from_slice(&0x1234u64.to_le_bytes());
    b.extend_from_slice(&u16::from(b'Z').to_le_bytes());
    b.push(b'q');
    b.extend_from_slice(&7u64.to_le_bytes());
    let text = json(&s, &b, 8);
    assert_eq!(
        text,
        r#"{"i8":-1,"u8":200,"i16":-300,"u16":60000,"i32":-70000,"u32":4000000000,"i64":-5000000000,"u64":18446744073709551615,"f32":1.5,"f64":-2.25,"b":true,"g":"0ad614c4-0ef4-4225-8a5f-2b0c5f6d7e8f","ptr":"0x7ff612345678","ft":"2021-09-09T21:59:35.7942112Z","st":"2021-09-09T14:59:35.0310000Z","h32":"0xdeadbeef","h64":"0x1234","c16":90,"c8":113,"sz":7}"#
    );
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    assert_eq!(parser.parse::<i8>("i8").unwrap(), -1);
    assert_eq!(parser.parse::<i64>("i8").unwrap(), -1);
    assert!(parser.parse::<u8>("i8").is_err(), "-1 does not fit a u8");
    assert_eq!(parser.parse::<u64>("u32").unwrap(), 4_000_000_000);
    assert!(parser.parse::<u16>("u32").is_err());
    assert_eq!(parser.parse::<f32>("f32").unwrap(), 1.5);
    assert_eq!(parser.parse::<f64>("f64").unwrap(), -2.25);
    assert!(parser.parse::<bool>("b").unwrap());
    assert_eq!(parser.parse::<Guid>("g").unwrap(), g);
    assert_eq!(parser.parse::<u64>("ptr").unwrap(), 0x7ff6_1234_5678);
    assert_eq!(parser.parse::<FileTime>("ft").unwrap(), FileTime(132_756_983_757_942_112));
    assert_eq!(parser.parse::<String>("c16").unwrap(), "Z");
    // Names match case-insensitively, as TDH does.
    assert_eq!(parser.parse::<u32>("U32").unwrap(), 4_000_000_000);
}

#[test]
fn pointer_and_size_t_follow_the_pointer_size() {
    let s = schema(vec![p("a", InType::POINTER), p("b", InType::SIZET), p("c", InType::UINT8)]);
    let b = [1, 0, 0, 0, 2, 0, 0, 0, 3];
    assert_eq!(json(&s, &b, 4), r#"{"a":"0x1","b":2,"c":3}"#);
    let mut d = Decoder::new();
    assert!(d.decode(&s, &b, 8).is_err(), "9 bytes are too few for two 8-byte pointers");
}

#[test]
fn arrays_of_pointers_show_every_element_as_hex_for_either_pointer_size() {
    // Pointer arrays (stack walks) are written straight from their bytes; sizes (SIZET) stay numbers.
    let s = schema(vec![
        p("n", InType::UINT16),
        with(p("stack", InType::POINTER), Count::Property(0), Length::Natural),
        with(p("sizes", InType::SIZET), Count::Fixed(2), Length::Natural),
    ]);
    let mut b4 = vec![3, 0];
    for v in [0x74c2_7bd0u32, 0, u32::MAX, 5, 6] {
        b4.extend_from_slice(&v.to_le_bytes());
    }
    assert_eq!(json(&s, &b4, 4), r#"{"n":3,"stack":["0x74c27bd0","0x0","0xffffffff"],"sizes":[5,6]}"#);
    let mut b8 = vec![2, 0];
    for v in [0x7ff8_1234_5678_9abcu64, 0x10, 7, 8] {
        b8.extend_from_slice(&v.to_le_bytes());
    }
    assert_eq!(json(&s, &b8, 8), r#"{"n":2,"stack":["0x7ff8123456789abc","0x10"],"sizes":[7,8]}"#);
    let empty = [0, 0, 1, 0, 0, 0, 2, 0, 0, 0];
    assert_eq!(json(&s, &empty, 4), r#"{"n":0,"stack":[],"sizes":[1,2]}"#);
}

#[test]
fn strings_of_every_kind_at_any_alignment() {
    let s = schema(vec![
        p("odd", InType::UINT8),
        p("w", InType::UNICODE_STRING),
        p("a", InType::ANSI_STRING),
        p("cw", InType::MANIFEST_COUNTED_STRING),
        p("ca", InType::MANIFEST_COUNTED_ANSI_STRING),
        p("rw", InType::REVERSED_COUNTED_STRING),
        with(p("fixed", InType::UNICODE_STRING), Count::One, Length::Fixed(3)),
        p("u8s", InType::ANSI_STRING),
        p("rest", InType::NON_NUL_TERMINATED_STRING),
    ]);
    let mut b = vec![7u8]; // puts every UTF-16 string at an odd offset
    b.extend(utf16z("héllo"));
    b.extend(b"ansi\0");
    b.extend(8u16.to_le_bytes());
    b.extend("cnt!".encode_utf16().flat_map(u16::to_le_bytes));
    b.extend(3u16.to_le_bytes());
    b.extend(b"abc");
    b.extend(4u16.to_be_bytes());
    b.extend("rv".encode_utf16().flat_map(u16::to_le_bytes));
    b.extend("xyz".encode_utf16().flat_map(u16::to_le_bytes));
    b.extend("ünï\0".as_bytes());
    b.extend("tail".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        json(&s, &b, 8),
        r#"{"odd":7,"w":"héllo","a":"ansi","cw":"cnt!","ca":"abc","rw":"rv","fixed":"xyz","u8s":"ünï","rest":"tail"}"#
    );
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    assert_eq!(parser.parse::<String>("w").unwrap(), "héllo");
    assert!(matches!(parser.parse::<Value>("w").unwrap(), Value::Utf16(u) if u.eq_str("héllo")));
}

#[test]
fn a_string_without_its_terminator_takes_the_rest() {
    let s = schema(vec![p("w", InType::UNICODE_STRING)]);
    let b: Vec<u8> = "abc".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(json(&s, &b, 8), r#"{"w":"abc"}"#);
    // Unpaired surrogates are replaced, not an error.
    let bad = [0x00, 0xd8, b'x', 0, 0, 0];
    assert_eq!(json(&s, &bad, 8), "{\"w\":\"\u{fffd}x\"}");
}

#[test]
fn out_types_change_how_values_show() {
    let s = schema(vec![
        po("ip4", InType::UINT32, OutType::IPV4),
        po("port", InType::UINT16, OutType::PORT),
        with(po("ip6", InType::BINARY, OutType::IPV6), Count::One, Length::Fixed(16)),
        po("err", InType::UINT32, OutType::WIN32_ERROR),
        po("nt", InType::UINT32, OutType::NTSTATUS),
        po("hr", InType::INT32, OutType::HRESULT),
        po("hex8", InType::UINT8, OutType::HEXINT8),
        po("hex16", InType::UINT16, OutType::HEXINT16),
        po("hex32", InType::UINT32, OutType::HEXINT32),
        po("hex64", InType::UINT64, OutType::HEXINT64),
        with(po("sa", InType::BINARY, OutType::SOCKET_ADDRESS), Count::One, Length::Fixed(16)),
        with(po("blob", InType::BINARY, OutType::NULL), Count::One, Length::Fixed(3)),
        po("x", InType::ANSI_STRING, OutType::XML),
        po("sid", InType::SID, OutType::NULL),
    ]);
    let mut b = Vec::new();
    b.extend([10, 0, 0, 7]);
    b.extend(443u16.to_be_bytes());
    b.extend(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1).octets());
    b.extend(5u32.to_le_bytes());
    b.extend(0xc000_0022u32.to_le_bytes());
    b.extend((0x8007_0005u32 as i32).to_le_bytes());
    b.push(0xab);
    b.extend(0xbeefu16.to_le_bytes());
    b.extend(0x10u32.to_le_bytes());
    b.extend(0xffu64.to_le_bytes());
    b.extend(2u16.to_le_bytes());
    b.extend(8080u16.to_be_bytes());
    b.extend([192, 168, 1, 2]);
    b.extend([0; 8]);
    b.extend([1, 2, 0xff]);
    b.extend(b"<a/>\0");
    b.extend([1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 2, 0, 0]);
    assert_eq!(
        json(&s, &b, 8),
        r#"{"ip4":"10.0.0.7","port":443,"ip6":"2001:db8::1","err":"0x00000005","nt":"0xc0000022","hr":"0x80070005","hex8":"0xab","hex16":"0xbeef","hex32":"0x00000010","hex64":"0xff","sa":"192.168.1.2:8080","blob":"0102ff","x":"<a/>","sid":"S-1-5-32-544"}"#
    );
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    assert_eq!(parser.parse::<Ipv4Addr>("ip4").unwrap(), Ipv4Addr::new(10, 0, 0, 7));
    assert_eq!(parser.parse::<IpAddr>("ip6").unwrap(), IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)));
    assert_eq!(parser.parse::<SocketAddr>("sa").unwrap(), "192.168.1.2:8080".parse().unwrap());
    assert_eq!(parser.parse::<&[u8]>("blob").unwrap(), &[1, 2, 0xff]);
    assert_eq!(parser.parse::<etw_core::Sid>("sid").unwrap().to_string(), "S-1-5-32-544");
}

#[test]
fn lengths_and_counts_from_other_properties() {
    let s = schema(vec![
        p("n", InType::UINT16),
        p("len", InType::UINT32),
        with(p("values", InType::UINT32), Count::Property(0), Length::Natural),
        with(p("bytes", InType::BINARY), Count::One, Length::Property(1)),
        with(p("fixed", InType::UINT8), Count::Fixed(2), Length::Natural),
        with(p("names", InType::UNICODE_STRING), Count::Property(0), Length::Natural),
        with(p("pre", InType::UINT16), Count::Prefixed, Length::Natural),
    ]);
    let mut b = Vec::new();
    b.extend(3u16.to_le_bytes());
    b.extend(2u32.to_le_bytes());
    for v in [10u32, 20, 30] {
        b.extend(v.to_le_bytes());
    }
    b.extend([0xaa, 0xbb]);
    b.extend([1, 2]);
    for n in ["a", "bc", ""] {
        b.extend(utf16z(n));
    }
    b.extend(2u16.to_le_bytes());
    b.extend(5u16.to_le_bytes());
    b.extend(6u16.to_le_bytes());
    assert_eq!(
        json(&s, &b, 8),
        r#"{"n":3,"len":2,"values":[10,20,30],"bytes":"aabb","fixed":[1,2],"names":["a","bc",""],"pre":[5,6]}"#
    );
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    assert_eq!(parser.parse::<Vec<u32>>("values").unwrap(), vec![10, 20, 30]);
    assert_eq!(parser.parse::<Vec<String>>("names").unwrap(), vec!["a", "bc", ""]);
    assert_eq!(parser.parse::<ArrayValue>("pre").unwrap().len(), 2);
    assert_eq!(parser.decoded().trailing_bytes(), 0);
}

#[test]
fn nested_structs_and_arrays_of_structs() {
    // Top level: count, items[count] of struct { id: u16, name: string, inner: struct { a: u8, b: u8 } }, tail.
    let mut s = schema(vec![]);
    s.properties = vec![
        p("count", InType::UINT8),
        Property {
            name: "items".into(),
            ty: PropertyType::Struct { first: 3, members: 3 },
            count: Count::Property(0),
            length: Length::Natural,
        },
        p("tail", InType::UINT32),
        p("id", InType::UINT16),
        p("name", InType::ANSI_STRING),
        Property {
            name: "inner".into(),
            ty: PropertyType::Struct { first: 6, members: 2 },
            count: Count::One,
            length: Length::Natural,
        },
        p("a", InType::UINT8),
        p("b", InType::UINT8),
    ];
    s.top_level = 3;
    s.validate().unwrap();
    let mut b = vec![2u8];
    b.extend(1u16.to_le_bytes());
    b.extend(b"one\0");
    b.extend([5, 6]);
    b.extend(2u16.to_le_bytes());
    b.extend(b"two\0");
    b.extend([7, 8]);
    b.extend(99u32.to_le_bytes());
    assert_eq!(
        json(&s, &b, 8),
        r#"{"count":2,"items":[{"id":1,"name":"one","inner":{"a":5,"b":6}},{"id":2,"name":"two","inner":{"a":7,"b":8}}],"tail":99}"#
    );
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    let items: Vec<StructValue> = parser.parse("items").unwrap();
    assert_eq!(items[1].get("name").map(|v| matches!(v, Value::Ansi(b"two\0"))), Some(true));
    assert_eq!(parser.parse::<u32>("tail").unwrap(), 99);
}

#[test]
fn value_maps_and_bitmaps() {
    let map = Arc::new(ValueMap {
        name: "Kind".into(),
        bitmap: false,
        entries: vec![(0, "None".into()), (1, "Small".into()), (2, "Large".into())],
    });
    let bits = Arc::new(ValueMap {
        name: "Flags".into(),
        bitmap: true,
        entries: vec![(1, "Read".into()), (2, "Write".into()), (8, "Delete".into())],
    });
    let mapped = |name: &str, m: &Arc<ValueMap>| Property {
        name: name.into(),
        ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::NULL, map: Some(m.clone()) },
        count: Count::One,
        length: Length::Natural,
    };
    let s = schema(vec![mapped("k", &map), mapped("k2", &map), mapped("f", &bits), mapped("f2", &bits)]);
    let mut b = Vec::new();
    for v in [2u32, 7, 1 | 8, 2 | 0x40] {
        b.extend(v.to_le_bytes());
    }
    // An unmapped value shows as its number; bits without a name as hex after the names.
    assert_eq!(json(&s, &b, 8), r#"{"k":"Large","k2":7,"f":"Read|Delete","f2":"Write|0x40"}"#);
}

#[test]
fn a_schema_that_does_not_fit_is_an_error_naming_property_and_offset() {
    let s = schema(vec![p("a", InType::UINT32), p("b", InType::UINT64)]);
    let mut d = Decoder::new();
    let e = d.decode(&s, &[1, 0, 0, 0, 2, 0], 8).unwrap_err();
    assert_eq!((&*e.property, e.offset), ("b", 4));
    assert!(e.to_string().contains("property 'b' at payload offset 4"), "{e}");

    let counted =
        schema(vec![p("n", InType::UINT32), with(p("v", InType::UINT64), Count::Property(0), Length::Natural)]);
    let e = d.decode(&counted, &[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0], 8).unwrap_err();
    assert_eq!(&*e.property, "v");
    assert!(e.reason.contains("run past the payload"), "{}", e.reason);

    let prefixed = schema(vec![p("s", InType::MANIFEST_COUNTED_STRING)]);
    let e = d.decode(&prefixed, &[200, 0, b'a', 0], 8).unwrap_err();
    assert!(e.reason.contains("needs 202 bytes"), "{}", e.reason);
    assert!(d.decode(&prefixed, &[1], 8).unwrap_err().reason.contains("cut off"));

    let sid = schema(vec![p("sid", InType::SID)]);
    assert!(d.decode(&sid, &[1, 9, 0, 0, 0, 0, 0, 5], 8).is_err());

    let bad_type = schema(vec![p("x", InType(777))]);
    assert!(d.decode(&bad_type, &[0; 8], 8).unwrap_err().reason.contains("not supported"));

    // A count that no element can back is refused before any element is read.
    let empty_elems =
        schema(vec![p("n", InType::UINT64), with(p("z", InType::NULL), Count::Property(0), Length::Natural)]);
    let e = d.decode(&empty_elems, &u64::MAX.to_le_bytes(), 8).unwrap_err();
    assert_eq!(&*e.property, "z");
}

#[test]
fn parser_errors_say_what_is_missing_or_what_is_there() {
    let s = schema(vec![p("PID", InType::UINT32), p("Name", InType::UNICODE_STRING)]);
    let mut b = 4u32.to_le_bytes().to_vec();
    b.extend(utf16z("x"));
    let mut d = Decoder::new();
    let parser = Parser::new(d.decode(&s, &b, 8).unwrap());
    match parser.parse::<u32>("size") {
        Err(ParseError::NoSuchProperty { name, available }) => {
            assert_eq!(name, "size");
            assert_eq!(available, vec!["PID", "Name"]);
        }
        other => panic!("{other:?}"),
    }
    let e = parser.parse::<u32>("Name").unwrap_err();
    assert_eq!(e.to_string(), "property 'Name' holds win:UnicodeString (string), which is not a u32");
    assert!(parser.try_parse::<String>("PID").is_none());
    assert_eq!(parser.properties().count(), 2);
}

#[test]
fn validate_refuses_indexes_that_point_nowhere() {
    let mut s = schema(vec![with(p("v", InType::UINT32), Count::Property(1), Length::Natural), p("n", InType::UINT32)]);
    assert!(s.validate().unwrap_err().contains("count from property 1"));
    s.properties[0].count = Count::One;
    s.properties[0].length = Length::Property(0);
    assert!(s.validate().is_err(), "a property cannot give its own length");
    let mut st = schema(vec![Property {
        name: "s".into(),
        ty: PropertyType::Struct { first: 0, members: 1 },
        count: Count::One,
        length: Length::Natural,
    }]);
    assert!(st.validate().is_err(), "a struct's members must follow it");
    st.properties[0].ty = PropertyType::Struct { first: 1, members: 5 };
    assert!(st.validate().is_err());
}

#[test]
fn decoding_arbitrary_bytes_never_panics() {
    // A schema with every kind of variable-size part, over many pseudo-random payloads.
    let s = schema(vec![
        p("n", InType::UINT8),
        with(p("w", InType::UNICODE_STRING), Count::Property(0), Length::Natural),
        p("c", InType::MANIFEST_COUNTED_BINARY),
        p("sid", InType::WBEMSID),
        with(p("pre", InType::ANSI_STRING), Count::Prefixed, Length::Natural),
        p("hd", InType::HEXDUMP),
        p("st", InType::SYSTEMTIME),
    ]);
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut d = Decoder::new();
    for len in 0..2000usize {
        let bytes: Vec<u8> = (0..len % 97)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed >> 24) as u8
            })
            .collect();
        if let Ok(decoded) = d.decode(&s, &bytes, if len % 2 == 0 { 8 } else { 4 }) {
            let mut out = Vec::new();
            for (prop, v) in decoded.properties() {
                write_json(&mut out, &v, Some(prop));
            }
        }
    }
}

#[test]
fn a_payload_cut_short_keeps_the_properties_before_the_one_that_does_not_fit() {
    // A template from another build of the provider: `c` and `d` are past the end of this payload.
    let s = schema(vec![
        p("a", InType::UINT32),
        p("name", InType::UNICODE_STRING),
        p("c", InType::UINT64),
        p("d", InType::UINT8),
    ]);
    let mut b = 7u32.to_le_bytes().to_vec();
    b.extend(utf16z("abc"));
    b.extend([1, 2, 3]);
    let mut d = Decoder::new();
    let e = d.decode(&s, &b, 8).unwrap_err();
    assert_eq!((&*e.property, e.offset), ("c", 12));
    let partial = d.partial(&s, &b, 8);
    assert_eq!(partial.slots().len(), 2, "decoding stopped at the third property");
    assert_eq!(&*s.properties[partial.slots().len()].name, "c");
    let shown: Vec<(String, String)> = partial
        .properties()
        .map(|(p, v)| {
            let mut out = Vec::new();
            write_json(&mut out, &v, Some(p));
            (p.name.to_string(), String::from_utf8(out).unwrap())
        })
        .collect();
    assert_eq!(shown, [("a".to_owned(), "7".to_owned()), ("name".to_owned(), "\"abc\"".to_owned())]);
    assert_eq!(partial.trailing_bytes(), 3, "the bytes from the property that did not fit on");

    // Stopping at the first property keeps none.
    let e = d.decode(&s, &[1, 2], 8).unwrap_err();
    assert_eq!(&*e.property, "a");
    assert_eq!(d.partial(&s, &[1, 2], 8).slots().len(), 0);
}

#[test]
fn messages_are_filled_with_the_properties_as_event_viewer_shows_them() {
    let map = Arc::new(ValueMap {
        name: "Kind".into(),
        bitmap: false,
        entries: vec![(1, "Small".into()), (2, "Large \"L\"".into())],
    });
    let kind = Property {
        name: "kind".into(),
        ty: PropertyType::Simple { in_type: InType::UINT32, out_type: OutType::NULL, map: Some(map) },
        count: Count::One,
        length: Length::Natural,
    };
    let mut s = schema(vec![
        p("path", InType::UNICODE_STRING),
        kind,
        p("pid", InType::UINT32),
        po("status", InType::UINT32, OutType::NTSTATUS),
        p("id", InType::GUID),
        p("ok", InType::BOOLEAN),
        with(p("ports", InType::UINT16), Count::Fixed(3), Length::Natural),
        p("neg", InType::INT32),
    ]);
    s.message = Some(
        "Process %3 (%3!x!) opened \"%1\"%tas %2: %4, %5, %6; ports %7; %8!+d!; 100%%%nmissing %9 %10!d!%0hidden %1"
            .into(),
    );
    let guid: Guid = "0330d9d7-32e3-4988-aaff-de3fe47ddfd2".parse().unwrap();
    let mut b = utf16z("C:\\Temp\\a\"b\".txt");
    b.extend(2u32.to_le_bytes());
    b.extend(4660u32.to_le_bytes());
    b.extend(0xC000_0022u32.to_le_bytes());
    b.extend(guid.to_le_bytes());
    b.extend(1u32.to_le_bytes());
    for port in [80u16, 443, 8080] {
        b.extend(port.to_le_bytes());
    }
    b.extend((-5i32).to_le_bytes());
    let mut d = Decoder::new();
    let decoded = d.decode(&s, &b, 8).unwrap();
    let template = MessageTemplate::new(s.message.as_deref().unwrap());
    let expected = "Process 4660 (1234) opened \"C:\\Temp\\a\"b\".txt\"\tas Large \"L\": 0xc0000022, \
                    {0330D9D7-32E3-4988-AAFF-DE3FE47DDFD2}, true; ports 80, 443, 8080; -5; 100%\nmissing %9 %10!d!";
    assert_eq!(template.render_decoded(&decoded), expected);
    // The same text written straight into JSON, escaped.
    let mut out = Vec::new();
    template.write_json(&mut out, &decoded, &mut Vec::new());
    let mut want = Vec::new();
    etw_core::json::string(&mut want, expected);
    assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(want).unwrap());
    // And as render_message fills it from the inserts' text.
    let inserts: Vec<String> = (0..8).map(|i| insert_text(&decoded.value(i).unwrap(), s.properties.get(i))).collect();
    assert_eq!(render_message(s.message.as_deref().unwrap(), &inserts), expected);
    assert_eq!(inserts[1], "Large \"L\"");
    assert_eq!(inserts[3], "0xc0000022");
}
