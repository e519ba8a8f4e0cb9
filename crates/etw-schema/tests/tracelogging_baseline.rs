//! `perfview/primitive-types.etl` (TraceLogging events of every primitive type) decoded by [`TraceLoggingSource`],
//! against TraceEvent's output for the same file (`corpus/baselines/primitive-types.baseline.txt`): every event
//! found by relative time, process, thread, processor and payload length, with the same name and every field
//! equal after normalisation.
//!
//! Normalisation: values are printed the way TraceEvent prints them (`etw_testkit::baseline::normalise`:
//! thousands separators, `True`/`False`, text cut to 20 characters and `...`; FILETIMEs as
//! `yy/MM/dd HH:mm:ss.fffffff`), plus three rules for how TraceEvent shows these fields:
//! - a UInt8 with the STRING out-type (a character, `char_type`) prints as its code, not as the character;
//! - a UInt64 prints as a signed 64-bit integer: the provider logged `int64_type` with the UInt64 in-type, so its
//!   stored 0xffffffffffffff34 is -204 there and 18446744073709551412 in our JSON; we compare it as an i64;
//! - a SYSTEMTIME's fraction of a second is not the stored milliseconds (TraceEvent prints `.03` for stored
//!   799, 239, ... ms): SYSTEMTIME values are compared to the second.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_etl::EtlReader;
use etw_schema::sources::tracelogging::TraceLoggingSource;
use etw_schema::{write_json, Decoder, InType, OutType, Property, SchemaSource, Value};
use etw_testkit::baseline::{self, grouped, normalise};
use etw_testkit::corpus;

/// A TraceLogging event of ours as TraceEvent would print it.
struct Ours {
    micros: i64,
    pid: i64,
    tid: i64,
    processor: u16,
    data_len: usize,
    name: String,
    /// (name, value as TraceEvent prints it, in-type)
    fields: Vec<(String, String, Option<InType>)>,
}

/// TraceEvent's `yy/MM/dd HH:mm:ss` of a SYSTEMTIME.
fn to_the_second(st: [u16; 8]) -> String {
    let [y, mo, _, d, h, mi, s, _] = st;
    format!("{:02}/{mo:02}/{d:02} {h:02}:{mi:02}:{s:02}", y % 100)
}

fn printed(p: &Property, v: &Value<'_>) -> String {
    match *v {
        Value::FileTime(t) => baseline::time(t.0),
        Value::SystemTime(st) => to_the_second(st),
        Value::U8(c) if p.out_type() == Some(OutType::STRING) => grouped(c.into()),
        Value::U64(x) if p.in_type() == Some(InType::UINT64) => grouped((x as i64).into()),
        _ => {
            let mut out = Vec::new();
            write_json(&mut out, v, Some(p));
            let hex_width = if p.out_type() == Some(OutType::HEXINT32) { 8 } else { 0 };
            normalise(&String::from_utf8(out).unwrap(), hex_width)
        }
    }
}

#[test]
fn primitive_types_match_traceevent() {
    let Some(dir) = corpus::require() else { return };
    let base = baseline::read(&dir.join("baselines/primitive-types.baseline.txt"));
    let mut reader = EtlReader::open(dir.join("etl/perfview/primitive-types.etl")).unwrap();
    let clock = *reader.clock();
    let mut source = TraceLoggingSource::new();
    let mut decoder = Decoder::new();
    let mut ours = Vec::new();
    reader.for_each(
        |ev| {
            let Some(schema) = source.lookup(ev) else { return };
            let schema = schema.unwrap();
            let decoded = decoder.decode(&schema, ev.payload(), ev.pointer_size()).unwrap();
            assert_eq!(decoded.trailing_bytes(), 0);
            let delta = (ev.timestamp_raw() - clock.reference_raw()) as f64;
            ours.push(Ours {
                micros: (delta * 1_000_000.0 / clock.ticks_per_second() as f64).round() as i64,
                pid: ev.process_id().into(),
                tid: ev.thread_id().into(),
                processor: ev.processor(),
                data_len: ev.payload().len(),
                name: format!("{}/{}", schema.provider_name.as_deref().unwrap(), schema.display_name()),
                fields: decoded.properties().map(|(p, v)| (p.name.to_string(), printed(p, &v), p.in_type())).collect(),
            });
        },
        |d| panic!("{d}"),
    );

    let mut errs = Vec::new();
    let mut checked = 0;
    let tl: Vec<_> = base.iter().filter(|b| !b.name.starts_with("Windows Kernel/")).collect();
    for b in &tl {
        let Some(o) = ours.iter().find(|o| {
            (o.micros - b.micros).abs() <= 1
                && (o.pid, o.tid, o.processor, o.data_len) == (b.pid, b.tid, b.processor, b.data_len)
        }) else {
            errs.push(format!("no event of ours for {}", b.line));
            continue;
        };
        if o.name != b.name {
            errs.push(format!("{}: ours is named {}", b.line, o.name));
        }
        let our_names: Vec<&str> = o.fields.iter().map(|(k, _, _)| k.as_str()).collect();
        if our_names != b.fields.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>() {
            errs.push(format!("{}: our fields {our_names:?}", b.line));
            continue;
        }
        for ((k, ours, in_type), (_, theirs)) in o.fields.iter().zip(&b.fields) {
            let theirs = match in_type {
                Some(InType::SYSTEMTIME) => theirs.get(..17).unwrap_or(theirs),
                _ => theirs,
            };
            if ours != theirs {
                errs.push(format!("{} {k}: ours {ours:?}, TraceEvent {theirs:?}", b.name));
            }
            checked += 1;
        }
    }
    assert!(errs.is_empty(), "{} mismatches:\n{}", errs.len(), errs.join("\n"));
    assert_eq!((tl.len(), ours.len()), (5, 5));
    assert_eq!(checked, 5 * 12);
}
