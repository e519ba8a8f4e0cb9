//! Manifests written for the test: every feature the reader supports, the problems it reports, and lookups
//! through `SchemaSource` and the registry.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::sync::Arc;

use etw_core::{
    Channel, Clock, EventDescriptor, EventHeader, EventRef, ExtendedItems, Guid, HeaderKind, Level, Opcode,
};
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{
    write_json, Count, Decoder, DecodingSource, EventSchema, Length, Parser, PropertyType, SchemaRegistry, SchemaSource,
};
use etw_testkit::build::utf16z;

const GUID: Guid = Guid::parse_const("11111111-2222-3333-4444-555555555555");

/// A manifest with one provider around `body` (its `<events>`, `<templates>`, ... elements) and `tail` after
/// `</instrumentation>` (localization).
fn manifest(body: &str, tail: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<instrumentationManifest xmlns="http://schemas.microsoft.com/win/2004/08/events"
    xmlns:win="http://manifests.microsoft.com/win/2004/08/windows/events">
  <instrumentation>
    <events>
      <provider name="Test-Provider" guid="{{11111111-2222-3333-4444-555555555555}}" symbol="TP">
{body}
      </provider>
    </events>
  </instrumentation>
{tail}
</instrumentationManifest>"#
    )
}

fn load(body: &str, tail: &str) -> ManifestSource {
    let mut m = ManifestSource::new();
    let report = m.load_str(&manifest(body, tail), "test.man").unwrap();
    assert!(report.is_clean(), "{report:#?}");
    m
}

fn schema(m: &ManifestSource, id: u16, version: u8) -> Arc<EventSchema> {
    m.schema(&GUID, id, version).unwrap().unwrap()
}

/// The event's properties as one JSON object.
fn json(schema: &EventSchema, payload: &[u8]) -> String {
    let mut dec = Decoder::new();
    let d = dec.decode(schema, payload, 8).unwrap();
    assert_eq!(d.trailing_bytes(), 0, "{schema:#?}");
    let mut out = vec![b'{'];
    for (i, (p, v)) in d.properties().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(format!("{:?}:", &*p.name).as_bytes());
        write_json(&mut out, &v, Some(p));
    }
    out.push(b'}');
    String::from_utf8(out).unwrap()
}

fn event<'a>(
    provider: Guid,
    id: u16,
    version: u8,
    kind: HeaderKind,
    payload: &'a [u8],
    clock: &'a Clock,
) -> EventRef<'a> {
    let header = EventHeader {
        kind,
        provider_id: provider,
        descriptor: EventDescriptor { id, version, ..EventDescriptor::default() },
        process_id: 42,
        thread_id: 43,
        pointer_size: 8,
        ..EventHeader::default()
    };
    EventRef::new(header, ExtendedItems::NONE, payload, clock)
}

#[test]
fn length_and_count_from_other_fields_and_numbers() {
    let m = load(
        r#"<events><event value="1" version="0" symbol="Sized" template="T"/></events>
        <templates><template tid="T">
          <data name="Count" inType="win:UInt16"/>
          <data name="Values" inType="win:UInt32" count="Count"/>
          <data name="NameChars" inType="win:UInt32"/>
          <data name="Name" inType="win:UnicodeString" length="NameChars"/>
          <data name="Size" inType="win:UInt8"/>
          <data name="Blob" inType="win:Binary" length="Size"/>
          <data name="Tag" inType="win:AnsiString" length="4"/>
          <data name="Pair" inType="win:UInt16" count="0x2"/>
          <data name="Addr" inType="win:Binary" outType="win:IPv6"/>
          <data name="Ip" inType="win:UInt32" outType="win:IPv4"/>
          <data name="Port" inType="win:UInt16" outType="win:Port"/>
          <data name="Flags" inType="win:UInt32" outType="win:HexInt32"/>
          <data name="Tail" inType="win:UnicodeString"/>
        </template></templates>"#,
        "",
    );
    let s = schema(&m, 1, 0);
    assert_eq!(s.top_level, 13);
    assert_eq!(s.properties[1].count, Count::Property(0));
    assert_eq!(s.properties[3].length, Length::Property(2));
    assert_eq!(s.properties[5].length, Length::Property(4));
    assert_eq!(s.properties[6].length, Length::Fixed(4));
    assert_eq!(s.properties[7].count, Count::Fixed(2));
    // An IPv6 address without a length is 16 bytes.
    assert_eq!(s.properties[8].length, Length::Fixed(16));

    let mut p = Vec::new();
    p.extend_from_slice(&3u16.to_le_bytes());
    for v in [7u32, 8, 9] {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&2u32.to_le_bytes());
    p.extend_from_slice(&utf16z("hi")[..4]);
    p.push(3);
    p.extend_from_slice(&[0xde, 0xad, 0xbe]);
    p.extend_from_slice(b"ABCD");
    p.extend_from_slice(&[1, 0, 2, 0]);
    p.extend_from_slice(&"2001:db8::1".parse::<std::net::Ipv6Addr>().unwrap().octets());
    p.extend_from_slice(&[10, 0, 0, 7]);
    p.extend_from_slice(&443u16.to_be_bytes());
    p.extend_from_slice(&0x2au32.to_le_bytes());
    p.extend_from_slice(&utf16z("end"));
    assert_eq!(
        json(&s, &p),
        r#"{"Count":3,"Values":[7,8,9],"NameChars":2,"Name":"hi","Size":3,"Blob":"deadbe","Tag":"ABCD","Pair":[1,2],"Addr":"2001:db8::1","Ip":"10.0.0.7","Port":443,"Flags":"0x0000002a","Tail":"end"}"#
    );
    // The typed parser reads the same values.
    let mut dec = Decoder::new();
    let parser = Parser::new(dec.decode(&s, &p, 8).unwrap());
    assert_eq!(parser.parse::<String>("Name").unwrap(), "hi");
    assert_eq!(parser.parse::<std::net::Ipv4Addr>("Ip").unwrap().to_string(), "10.0.0.7");
    // Cut inside Flags: an error naming the property, not a panic.
    let err = Decoder::new().decode(&s, &p[..p.len() - 9], 8).unwrap_err();
    assert_eq!(&*err.property, "Flags", "{err}");
}

#[test]
fn structs_with_counts_and_members_sized_by_members() {
    let m = load(
        r#"<events><event value="2" version="1" symbol="WithStructs" template="S"/></events>
        <templates><template tid="S">
          <data name="N" inType="win:UInt8"/>
          <struct name="Items" count="N">
            <data name="Id" inType="win:UInt32"/>
            <data name="Len" inType="win:UInt16"/>
            <data name="Text" inType="win:AnsiString" length="Len"/>
          </struct>
          <struct name="Fixed" count="2">
            <data name="X" inType="win:Int16"/>
          </struct>
          <struct name="One">
            <data name="G" inType="win:GUID"/>
            <data name="B" inType="win:Boolean"/>
          </struct>
          <data name="After" inType="win:UInt8"/>
        </template></templates>"#,
        "",
    );
    let s = schema(&m, 2, 1);
    assert_eq!(s.top_level, 5);
    let PropertyType::Struct { first, members } = s.properties[1].ty else { panic!() };
    assert_eq!((first, members), (5, 3));
    assert_eq!(s.properties[1].count, Count::Property(0));
    // A member's length names an earlier member of its struct.
    assert_eq!(s.properties[7].length, Length::Property(6));
    let PropertyType::Struct { first, members } = s.properties[2].ty else { panic!() };
    assert_eq!((first, members, s.properties[2].count), (8, 1, Count::Fixed(2)));
    let PropertyType::Struct { first, members } = s.properties[3].ty else { panic!() };
    assert_eq!((first, members, s.properties[3].count), (9, 2, Count::One));

    let mut p = vec![2u8];
    for (id, text) in [(1u32, "ab"), (2, "xyz")] {
        p.extend_from_slice(&id.to_le_bytes());
        p.extend_from_slice(&(text.len() as u16).to_le_bytes());
        p.extend_from_slice(text.as_bytes());
    }
    p.extend_from_slice(&(-1i16).to_le_bytes());
    p.extend_from_slice(&5i16.to_le_bytes());
    let g = Guid::parse_const("aabbccdd-0011-2233-4455-66778899aabb");
    p.extend_from_slice(&g.to_le_bytes());
    p.extend_from_slice(&1u32.to_le_bytes());
    p.push(9);
    assert_eq!(
        json(&s, &p),
        r#"{"N":2,"Items":[{"Id":1,"Len":2,"Text":"ab"},{"Id":2,"Len":3,"Text":"xyz"}],"Fixed":[{"X":-1},{"X":5}],"One":{"G":"aabbccdd-0011-2233-4455-66778899aabb","B":true},"After":9}"#
    );
}

const NAMES: &str = r#"
    <channels>
      <importChannel chid="sys" name="System"/>
      <channel chid="op" name="Test-Provider/Operational" type="Operational" message="$(string.ch.op)"/>
      <channel chid="dbg" name="Test-Provider/Debug" type="Debug"/>
      <channel chid="an" name="Test-Provider/Analytic" type="Analytic" value="20"/>
    </channels>
    <levels><level name="Chatty" value="16" message="$(string.level.chatty)"/></levels>
    <tasks>
      <task name="Connect" value="7" message="$(string.task.connect)">
        <opcodes><opcode name="Retry" value="11" message="$(string.op.retry)"/></opcodes>
      </task>
      <task name="Plain" value="8"/>
    </tasks>
    <opcodes><opcode name="Flush" value="12" message="$(string.op.flush)"/></opcodes>
    <keywords>
      <keyword name="Net" mask="0x10" message="$(string.kw.net)"/>
      <keyword name="Disk" mask="0x20"/>
    </keywords>
    <maps>
      <valueMap name="State">
        <map value="0" message="$(string.map.idle)"/>
        <map value="0x1" message="$(string.map.busy)"/>
        <map value="2" message="Literal"/>
      </valueMap>
      <bitMap name="Bits">
        <map value="0x4" message="$(string.map.c)"/>
        <map value="0x1" message="$(string.map.a)"/>
        <map value="0x2" message="$(string.map.b)"/>
      </bitMap>
    </maps>
    <events>
      <event value="10" version="0" symbol="ConnectRetry" task="Connect" opcode="Retry" level="Chatty"
             keywords="Net Disk win:ResponseTime" channel="op" template="M"/>
      <event value="11" version="0" task="Connect" opcode="win:Start" level="win:Informational" channel="sys"/>
      <event value="12" version="0" task="Plain" opcode="Flush" level="win:Verbose" channel="dbg"/>
      <event value="13" version="2" task="Plain" level="win:Error" channel="an"/>
      <event value="14" version="0" name="NamedEvent" symbol="SymbolName" opcode="win:Stop" level="win:LogAlways"/>
    </events>
    <templates><template tid="M">
      <data name="State" inType="win:UInt32" map="State"/>
      <data name="Bits" inType="win:UInt8" map="Bits"/>
    </template></templates>"#;

const STRINGS: &str = r#"<localization>
    <resources culture="de-DE"><stringTable>
      <string id="task.connect" value="Verbinden"/>
      <string id="only.german" value="Nur deutsch"/>
      <string id="map.c" value="Drei"/>
    </stringTable></resources>
    <resources culture="en-US"><stringTable>
      <string id="ch.op" value="Operational channel"/>
      <string id="level.chatty" value="Chatty level"/>
      <string id="task.connect" value="Connecting"/>
      <string id="op.retry" value="Retrying"/>
      <string id="op.flush" value="Flushing"/>
      <string id="kw.net" value="Network"/>
      <string id="map.idle" value="Idle"/>
      <string id="map.busy" value="Busy"/>
      <string id="map.a" value="A"/>
      <string id="map.b" value="B"/>
    </stringTable></resources>
  </localization>"#;

#[test]
fn names_levels_tasks_opcodes_keywords_channels_and_localized_strings() {
    let m = load(NAMES, STRINGS);
    let s = schema(&m, 10, 0);
    assert_eq!(s.provider_name.as_deref(), Some("Test-Provider"));
    assert_eq!(s.event_name.as_deref(), Some("ConnectRetry"));
    // Messages from the en-US string table, as TDH shows them.
    assert_eq!(s.task_name.as_deref(), Some("Connecting"));
    assert_eq!(s.opcode_name.as_deref(), Some("Retrying"));
    assert_eq!(s.level_name.as_deref(), Some("Chatty level"));
    // Channels by their name; keywords by message, else name; standard keywords without "win:".
    assert_eq!(s.channel_name.as_deref(), Some("Test-Provider/Operational"));
    let kw: Vec<&str> = s.keyword_names.iter().map(|k| &**k).collect();
    assert_eq!(kw, ["Network", "Disk", "ResponseTime"]);
    assert_eq!(
        s.descriptor,
        EventDescriptor {
            id: 10,
            version: 0,
            channel: Channel(16),
            level: Level(16),
            opcode: Opcode(11),
            task: 7,
            keywords: 0x30 | 0x0001_0000_0000_0000,
        }
    );
    // A value map, a literal message, a bitmap listed from the lowest bit, a bit from the other culture.
    let mut p = 1u32.to_le_bytes().to_vec();
    p.push(0b111);
    assert_eq!(json(&s, &p), r#"{"State":"Busy","Bits":"A|B|Drei"}"#);
    let mut p = 2u32.to_le_bytes().to_vec();
    p.push(0b1010);
    assert_eq!(json(&s, &p), r#"{"State":"Literal","Bits":"B|0x8"}"#);
    let mut p = 9u32.to_le_bytes().to_vec();
    p.push(0);
    assert_eq!(json(&s, &p), r#"{"State":9,"Bits":0}"#);

    // Standard opcodes and levels; an event without a symbol is named task/opcode.
    let s = schema(&m, 11, 0);
    assert_eq!(s.event_name.as_deref(), Some("Connecting/Start"));
    assert_eq!((s.opcode_name.as_deref(), s.level_name.as_deref()), (Some("Start"), Some("Information")));
    assert_eq!((s.descriptor.opcode, s.descriptor.level, s.descriptor.channel), (Opcode(1), Level(4), Channel(8)));
    assert_eq!(s.channel_name.as_deref(), Some("System"));
    assert!(s.properties.is_empty());
    // A provider-level opcode; a task without a message shows its name; channels without a value count from 16.
    let s = schema(&m, 12, 0);
    assert_eq!(s.event_name.as_deref(), Some("Plain/Flushing"));
    assert_eq!((s.descriptor.opcode, s.descriptor.task, s.descriptor.channel), (Opcode(12), 8, Channel(17)));
    assert_eq!(s.level_name.as_deref(), Some("Verbose"));
    // Opcode 0 (none given): just the task.
    let s = schema(&m, 13, 2);
    assert_eq!(s.event_name.as_deref(), Some("Plain"));
    assert_eq!((s.descriptor.level, s.descriptor.channel), (Level(2), Channel(20)));
    // The `name` attribute comes before the symbol.
    let s = schema(&m, 14, 0);
    assert_eq!(s.event_name.as_deref(), Some("NamedEvent"));
    assert_eq!((s.level_name.as_deref(), s.opcode_name.as_deref()), (Some("Log Always"), Some("Stop")));
    assert!(m.schema(&GUID, 14, 1).is_none());
}

#[test]
fn malformed_xml_is_an_error_with_line_and_column() {
    let mut m = ManifestSource::new();
    let bad = "<instrumentationManifest>\n  <instrumentation>\n    <events>\n      <provider name=\"x\" guid=\"{11111111-2222-3333-4444-555555555555}\">\n    </events>";
    let e = m.load_str(bad, "broken.man").unwrap_err();
    assert_eq!(&*e.origin, "broken.man");
    // The `</events>` that should have been `</provider>`.
    assert_eq!((e.line, e.column), (5, 5), "{e}");
    assert!(e.to_string().starts_with("broken.man:5:5: "), "{e}");

    let e = m.load_str("<root/>", "other.xml").unwrap_err();
    assert!(e.message.contains("not an instrumentation manifest"), "{e}");
    assert_eq!((e.line, e.column), (1, 1));
    let e = m.load_str("<instrumentationManifest/>", "empty.man").unwrap_err();
    assert!(e.message.contains("no <instrumentation><events><provider>"), "{e}");
    let e = m.load_str("not xml at all", "text.man").unwrap_err();
    assert_eq!(e.line, 1);
    let e = m.load_str("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>", "dtd.man").unwrap_err();
    assert!(e.line >= 1);
    assert_eq!(m.event_count(), 0);
}

#[test]
fn unusable_events_say_why_and_where_and_the_rest_still_load() {
    let text = manifest(
        r#"<events>
          <event value="1" version="0" template="Good"/>
          <event value="2" version="0" template="UnknownType"/>
          <event value="3" version="0" template="LaterLength"/>
          <event value="4" version="0" template="StringCount"/>
          <event value="5" version="0" template="Nested"/>
          <event value="6" version="0" template="Outside"/>
          <event value="7" version="0" template="Missing"/>
          <event value="8" version="0" template="BadMap"/>
          <event value="9" version="0" template="Good" level="win:Nope" opcode="Nope" task="Nope"/>
          <event value="9" version="0" template="Good"/>
          <event value="70000" version="0"/>
        </events>
        <templates>
          <template tid="Good"><data name="A" inType="win:UInt32"/></template>
          <template tid="UnknownType"><data name="A" inType="win:WString"/></template>
          <template tid="LaterLength">
            <data name="S" inType="win:AnsiString" length="L"/>
            <data name="L" inType="win:UInt16"/>
          </template>
          <template tid="StringCount">
            <data name="S" inType="win:UnicodeString"/>
            <data name="V" inType="win:UInt8" count="S"/>
          </template>
          <template tid="Nested"><struct name="O"><struct name="I"><data name="X" inType="win:UInt8"/></struct></struct></template>
          <template tid="Outside">
            <data name="N" inType="win:UInt8"/>
            <struct name="O"><data name="X" inType="win:Binary" length="N"/></struct>
          </template>
          <template tid="BadMap"><data name="A" inType="win:UInt32" map="NoSuchMap"/></template>
        </templates>"#,
        "",
    );
    let mut m = ManifestSource::new();
    let report = m.load_str(&text, "mixed.man").unwrap();
    assert_eq!((report.events, report.unusable_events), (2, 7), "{report:#?}");
    assert!(m.schema(&GUID, 1, 0).unwrap().is_ok());
    let reason = |id: u16| m.schema(&GUID, id, 0).unwrap().unwrap_err().reason;
    // Each reason names the file, line and column of the element at fault.
    assert!(reason(2).contains("unknown inType 'win:WString'") && reason(2).starts_with("mixed.man:"), "{}", reason(2));
    assert!(reason(3).contains("length=\"L\" names no earlier property"), "{}", reason(3));
    assert!(reason(4).contains("count=\"S\" names a property that is not a single integer"), "{}", reason(4));
    assert!(reason(5).contains("a struct inside a struct is not supported"), "{}", reason(5));
    assert!(reason(6).contains("names a property outside its struct"), "{}", reason(6));
    assert!(reason(7).contains("template 'Missing': no such template"), "{}", reason(7));
    assert!(reason(8).contains("unknown map 'NoSuchMap'"), "{}", reason(8));
    let line_of = |id: u16| reason(id).split(':').nth(1).unwrap().parse::<u32>().unwrap();
    assert_eq!(line_of(2), text.lines().position(|l| l.contains("win:WString")).unwrap() as u32 + 1);
    assert_eq!(line_of(7), text.lines().position(|l| l.contains("\"Missing\"")).unwrap() as u32 + 1);
    let err = m.schema(&GUID, 2, 0).unwrap().unwrap_err();
    assert_eq!(err.source, "manifest");
    // Unknown names lose only the name; a duplicate event keeps the first definition.
    let s = m.schema(&GUID, 9, 0).unwrap().unwrap();
    assert_eq!((s.level_name.clone(), s.opcode_name.clone(), s.task_name.clone()), (None, None, None));
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    for w in ["unknown level 'win:Nope'", "unknown opcode 'Nope'", "unknown task 'Nope'", "defined twice", "70000"] {
        assert!(warnings.iter().any(|x| x.contains(w)), "{w}: {warnings:#?}");
    }
    assert!(report.warnings.iter().all(|w| w.line > 0 && w.column > 0));
}

#[test]
fn lookup_by_event_and_through_the_registry() {
    let mut m = load(
        r#"<events>
          <event value="5" version="0" symbol="V0" template="T0"/>
          <event value="5" version="2" symbol="V2" template="T2"/>
        </events>
        <templates>
          <template tid="T0"><data name="A" inType="win:UInt32"/></template>
          <template tid="T2"><data name="A" inType="win:UInt32"/><data name="B" inType="win:UInt32"/></template>
        </templates>"#,
        "",
    );
    let clock = Clock::SYSTEM_TIME;
    let payload = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0];
    let ev = |version: u8, kind: HeaderKind| event(GUID, 5, version, kind, &payload, &clock);
    assert_eq!(m.lookup(&ev(2, HeaderKind::EVENT_HEADER64)).unwrap().unwrap().event_name.as_deref(), Some("V2"));
    assert_eq!(m.lookup(&ev(0, HeaderKind::EVENT_HEADER32)).unwrap().unwrap().event_name.as_deref(), Some("V0"));
    // Versions match exactly unless asked otherwise; classic and kernel headers are never matched.
    assert!(m.lookup(&ev(1, HeaderKind::EVENT_HEADER64)).is_none());
    assert!(m.lookup(&ev(3, HeaderKind::EVENT_HEADER64)).is_none());
    assert!(m.lookup(&ev(0, HeaderKind::FULL_HEADER64)).is_none());
    assert!(m.lookup(&ev(0, HeaderKind::SYSTEM64)).is_none());
    assert!(m.lookup(&event(Guid::ZERO, 5, 0, HeaderKind::EVENT_HEADER64, &payload, &clock)).is_none());
    m.set_version_fallback(true);
    assert_eq!(m.lookup(&ev(1, HeaderKind::EVENT_HEADER64)).unwrap().unwrap().event_name.as_deref(), Some("V0"));
    let v3 = m.lookup(&ev(3, HeaderKind::EVENT_HEADER64)).unwrap().unwrap();
    assert_eq!((v3.event_name.as_deref(), v3.descriptor.version), (Some("V2"), 2));
    let mut dec = Decoder::new();
    assert_eq!(dec.decode(&v3, &payload, 8).unwrap().trailing_bytes(), 4);

    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(load(
        r#"<events><event value="5" version="0" template="T0"/></events>
        <templates><template tid="T0"><data name="A" inType="win:UInt32"/></template></templates>"#,
        "",
    )));
    assert_eq!(registry.source_names(), ["manifest"]);
    let s = registry.lookup(&ev(0, HeaderKind::EVENT_HEADER64)).unwrap();
    assert_eq!(s.source, DecodingSource::Manifest);
    assert!(registry.lookup(&ev(1, HeaderKind::EVENT_HEADER64)).is_err());
    assert_eq!(registry.provider_name(&GUID).as_deref(), Some("Test-Provider"));
}

#[test]
fn later_manifests_replace_events_and_keep_the_others() {
    let mut m = ManifestSource::new();
    let one = manifest(r#"<events><event value="1" symbol="Old"/><event value="2" symbol="Kept"/></events>"#, "");
    let two = manifest(r#"<events><event value="1" symbol="New"/><event value="3" symbol="Added"/></events>"#, "");
    m.load_str(&one, "one.man").unwrap();
    m.load_str(&two.replace("Test-Provider", "Renamed-Provider"), "two.man").unwrap();
    let name = |id| m.schema(&GUID, id, 0).unwrap().unwrap().event_name.clone().unwrap();
    assert_eq!((&*name(1), &*name(2), &*name(3)), ("New", "Kept", "Added"));
    assert_eq!(m.provider_name(&GUID).as_deref(), Some("Renamed-Provider"));
    assert_eq!(m.providers().count(), 1);
    assert_eq!(m.event_count(), 3);
}

#[test]
fn assembly_manifests_several_providers_and_bad_provider_guids() {
    let text = r#"<assembly xmlns="urn:schemas-microsoft-com:asm.v3">
      <instrumentation xmlns:win="http://manifests.microsoft.com/win/2004/08/windows/events">
        <events xmlns="http://schemas.microsoft.com/win/2004/08/events">
          <provider name="A" guid="{aaaaaaaa-0000-0000-0000-000000000001}"><events><event value="1"/></events></provider>
          <provider name="B" guid="bbbbbbbb-0000-0000-0000-000000000002"><events><event value="1"/></events></provider>
          <provider name="C" guid="not-a-guid"><events><event value="1"/></events></provider>
        </events>
      </instrumentation>
    </assembly>"#;
    let mut m = ManifestSource::new();
    let report = m.load_str(text, "component.man").unwrap();
    assert_eq!((report.providers, report.events), (2, 2));
    assert!(report.warnings[0].message.contains("provider 'C' has no valid guid"), "{:?}", report.warnings);
    let b = Guid::parse_const("bbbbbbbb-0000-0000-0000-000000000002");
    assert_eq!(m.provider_name(&b).as_deref(), Some("B"));
}

#[test]
fn load_path_reads_directories_recursively_and_reports_each_bad_file() {
    let dir = std::env::temp_dir().join(format!("etwkit-manifest-test-{}", std::process::id()));
    let sub = dir.join("nested/deeper");
    std::fs::create_dir_all(&sub).unwrap();
    let good = manifest(r#"<events><event value="1" symbol="E"/></events>"#, "");
    std::fs::write(dir.join("a.man"), &good).unwrap();
    std::fs::write(dir.join("ignored.txt"), "not a manifest").unwrap();
    std::fs::write(dir.join("nested/broken.XML"), "<instrumentationManifest>\n  <instrumentation a=1/>\n").unwrap();
    // UTF-16 with a byte order mark, as manifests saved by Windows tools often are.
    let other = good.replace("11111111-2222-3333-4444-555555555555", "22222222-2222-3333-4444-555555555555");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(other.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(sub.join("wide.man"), utf16).unwrap();
    std::fs::write(sub.join("latin1.man"), b"<instrumentationManifest name=\"\xe9\"/>").unwrap();

    let mut m = ManifestSource::new();
    let report = m.load_path(&dir).unwrap();
    assert_eq!((report.files, report.loaded, report.providers), (4, 2, 2), "{report:#?}");
    assert_eq!(report.errors.len(), 2);
    let broken = report.errors.iter().find(|e| e.origin.ends_with("broken.XML")).unwrap();
    assert_eq!((broken.line, broken.column), (2, 22), "{broken}");
    let latin1 = report.errors.iter().find(|e| e.origin.ends_with("latin1.man")).unwrap();
    assert!(latin1.message.contains("not UTF-8"), "{latin1}");
    assert!(m.schema(&Guid::parse_const("22222222-2222-3333-4444-555555555555"), 1, 0).is_some());

    // One file directly, whatever its extension; a missing path is an error.
    let mut one = ManifestSource::new();
    std::fs::write(dir.join("manifest.txt"), &good).unwrap();
    assert_eq!(one.load_path(dir.join("manifest.txt")).unwrap().events, 1);
    assert!(one.load_path(dir.join("missing.man")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_document_loads_a_bounded_number_of_events_and_properties() {
    use etw_schema::sources::manifest::MAX_DOCUMENT_UNITS;
    let data: String = (0..4096).map(|i| format!(r#"<data name="F{i}" inType="win:UInt8"/>"#)).collect();
    let events: String = (1..=300).map(|i| format!(r#"<event value="{i}" template="Big"/>"#)).collect();
    let text = manifest(
        &format!(r#"<events>{events}</events><templates><template tid="Big">{data}</template></templates>"#),
        "",
    );
    let mut m = ManifestSource::new();
    let r = m.load_str(&text, "big.man").unwrap();
    let fit = MAX_DOCUMENT_UNITS / 4097;
    assert_eq!((r.events, r.unusable_events), (fit, 300 - fit), "{:?}", &r.warnings[..1]);
    assert!(m.schema(&GUID, 300, 0).unwrap().unwrap_err().reason.contains("over the limit of properties"));
    // A template of more than 4096 properties is refused.
    let text = manifest(
        &format!(
            r#"<events><event value="1" template="T"/></events><templates><template tid="T">{data}<data name="X" inType="win:UInt8"/></template></templates>"#
        ),
        "",
    );
    let r = ManifestSource::new().load_str(&text, "wide.man").unwrap();
    assert_eq!(r.unusable_events, 1);
    assert!(r.warnings[0].message.contains("more than 4096 properties"), "{}", r.warnings[0]);
}
