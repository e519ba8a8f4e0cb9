//! The decoder features the kernel layouts rely on: arrays that fill the rest of the payload
//! ([`Count::Remaining`], stack frames), the one-ULONG form of an absent `WbemSid` (process events of processes
//! without a token), and `SizeT` shown as a number.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_core::{EventDescriptor, Guid};
use etw_schema::{write_json, Count, Decoder, DecodingSource, EventSchema, InType, OutType, Property, Value};

fn schema(props: Vec<Property>) -> EventSchema {
    let mut s = EventSchema::new(Guid::ZERO, EventDescriptor::default(), DecodingSource::KernelMof);
    for p in props {
        s.push(p);
    }
    s.validate().unwrap();
    s
}

fn json_of(schema: &EventSchema, payload: &[u8], ptr: u8) -> Vec<String> {
    let mut d = Decoder::new();
    let decoded = d.decode(schema, payload, ptr).unwrap();
    decoded
        .properties()
        .map(|(p, v)| {
            let mut out = Vec::new();
            write_json(&mut out, &v, Some(p));
            String::from_utf8(out).unwrap()
        })
        .collect()
}

#[test]
fn remaining_pointer_array_takes_whole_values_and_leaves_the_rest() {
    let mut frames = Property::simple("Stack", InType::POINTER, OutType::NULL);
    frames.count = Count::Remaining;
    let s = schema(vec![Property::simple("EventTimeStamp", InType::UINT64, OutType::NULL), frames]);
    let mut payload = 7u64.to_le_bytes().to_vec();
    payload.extend_from_slice(&0x1000u64.to_le_bytes());
    payload.extend_from_slice(&0x2000u64.to_le_bytes());
    payload.extend_from_slice(&[1, 2, 3]);
    let mut d = Decoder::new();
    let decoded = d.decode(&s, &payload, 8).unwrap();
    assert_eq!(decoded.trailing_bytes(), 3);
    let Some(Value::Array(a)) = decoded.value(1) else { panic!("not an array") };
    assert_eq!(a.len(), 2);
    assert_eq!(json_of(&s, &payload, 8), ["7", r#"["0x1000","0x2000"]"#]);
    // The same bytes as 32-bit pointers: five frames (the timestamp stays 8 bytes), one byte left.
    let decoded = d.decode(&s, &payload, 4).unwrap();
    assert_eq!(decoded.slots()[1].count, 4);
    assert_eq!(decoded.trailing_bytes(), 3);
    // Nothing left: an empty array, not an error.
    let decoded = d.decode(&s, &payload[..8], 8).unwrap();
    assert_eq!(decoded.slots()[1].count, 0);
}

#[test]
fn remaining_string_array_reads_strings_to_the_end() {
    let mut names = Property::simple("Names", InType::UNICODE_STRING, OutType::NULL);
    names.count = Count::Remaining;
    let s = schema(vec![names]);
    let mut payload = Vec::new();
    for t in ["ab", "", "c"] {
        payload.extend(t.encode_utf16().flat_map(u16::to_le_bytes));
        payload.extend_from_slice(&[0, 0]);
    }
    assert_eq!(json_of(&s, &payload, 8), [r#"["ab","","c"]"#]);
}

#[test]
fn remaining_array_of_empty_values_is_an_error_not_a_hang() {
    let mut nothing = Property::simple("Nothing", InType::NULL, OutType::NULL);
    nothing.count = Count::Remaining;
    let s = schema(vec![nothing]);
    let mut d = Decoder::new();
    assert!(d.decode(&s, &[1, 2, 3], 8).is_err());
}

#[test]
fn null_wbem_sid_is_one_zero_ulong() {
    let s = schema(vec![
        Property::simple("UserSID", InType::WBEMSID, OutType::NULL),
        Property::simple("ImageFileName", InType::ANSI_STRING, OutType::NULL),
    ]);
    let payload = [0, 0, 0, 0, b'a', b'b', 0];
    assert_eq!(json_of(&s, &payload, 8), ["null", r#""ab""#]);
    // A real one: TOKEN_USER (two pointers) then S-1-5-18.
    let mut payload = vec![0x11; 16];
    payload.extend_from_slice(&[1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0]);
    payload.extend_from_slice(b"x\0");
    assert_eq!(json_of(&s, &payload, 8), [r#""S-1-5-18""#, r#""x""#]);
}

#[test]
fn size_t_is_a_number_unless_hex_is_asked_for() {
    let s = schema(vec![
        Property::simple("Size", InType::SIZET, OutType::NULL),
        Property::simple("Mask", InType::SIZET, OutType::HEXINT64),
        Property::simple("Address", InType::POINTER, OutType::NULL),
    ]);
    let mut payload = 4096u64.to_le_bytes().to_vec();
    payload.extend_from_slice(&255u64.to_le_bytes());
    payload.extend_from_slice(&4096u64.to_le_bytes());
    assert_eq!(json_of(&s, &payload, 8), ["4096", r#""0xff""#, r#""0x1000""#]);
}

#[test]
fn utf16_text_ends_at_its_first_nul_as_ansi_text_does() {
    // A fixed char16[8] buffer: "ab", a NUL, then leftovers.
    let mut name = Property::simple("Name", InType::UNICODE_STRING, OutType::NULL);
    name.length = etw_schema::Length::Fixed(8);
    let mut ansi = Property::simple("Ansi", InType::ANSI_STRING, OutType::NULL);
    ansi.length = etw_schema::Length::Fixed(4);
    let s = schema(vec![name, ansi]);
    let mut payload: Vec<u8> = "ab\0xyz\0q".encode_utf16().flat_map(u16::to_le_bytes).collect();
    payload.extend(b"c\0de");
    assert_eq!(json_of(&s, &payload, 8), [r#""ab""#, r#""c""#]);
}
