//! EventSource in-band manifests built for the test: chunking, repeats, retransmission, interleaving, a manifest
//! after its events, refused envelopes, other providers, the memory bounds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_core::{Clock, EventDescriptor, EventHeader, EventRef, ExtendedItems, Guid, HeaderKind, Opcode};
use etw_schema::sources::eventsource::{
    Envelope, InBandManifestSource, MANIFEST_EVENT_ID, MAX_CHUNKS, MAX_MANIFEST_BYTES, MAX_PENDING,
};
use etw_schema::{write_json, Decoder, DecodingSource, NoSchema, SchemaRegistry, SchemaSource};

const PROVIDER: Guid = Guid::parse_const("aaaaaaaa-1111-2222-3333-444444444444");
const OTHER: Guid = Guid::parse_const("bbbbbbbb-1111-2222-3333-444444444444");

/// An EventSource-style manifest (as EventSource writes it) for `guid`, with `extra` more events.
fn manifest(guid: Guid, name: &str, extra: &str) -> String {
    format!(
        r#"<instrumentationManifest xmlns="http://schemas.microsoft.com/win/2004/08/events">
 <instrumentation xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:win="http://manifests.microsoft.com/win/2004/08/windows/events">
  <events xmlns="http://schemas.microsoft.com/win/2004/08/events">
<provider name="{name}" guid="{{{guid}}}" resourceFileName="{name}" messageFileName="{name}" symbol="X">
 <tasks><task name="Work" value="1"/></tasks>
 <maps><valueMap name="Color"><map value="0x0" message="$(string.map_Color.Red)"/><map value="0x1" message="$(string.map_Color.Blue)"/></valueMap></maps>
 <opcodes></opcodes>
 <events>
  <event value="1" version="0" level="win:Informational" opcode="win:Start" task="Work" template="WorkStartArgs"/>
  {extra}
 </events>
 <templates>
  <template tid="WorkStartArgs">
   <data name="name" inType="win:UnicodeString"/>
   <data name="color" inType="win:Int32" map="Color"/>
   <data name="flag" inType="win:Boolean"/>
  </template>
 </templates>
</provider>
</events>
</instrumentation>
<localization>
 <resources culture="en-US">
  <stringTable>
   <string id="map_Color.Blue" value="Blue"/>
   <string id="map_Color.Red" value="Red"/>
  </stringTable>
 </resources>
</localization>
</instrumentationManifest>"#
    )
}

/// ManifestData payloads carrying `xml` in chunks of `size` bytes.
fn chunks(xml: &str, size: usize) -> Vec<Vec<u8>> {
    let parts: Vec<&[u8]> = xml.as_bytes().chunks(size).collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut p = vec![1, 1, 0, 0x5B];
            p.extend_from_slice(&(parts.len() as u16).to_le_bytes());
            p.extend_from_slice(&(i as u16).to_le_bytes());
            p.extend_from_slice(c);
            p
        })
        .collect()
}

fn event<'a>(provider: Guid, id: u16, pid: u32, payload: &'a [u8], clock: &'a Clock) -> EventRef<'a> {
    let header = EventHeader {
        kind: HeaderKind::EVENT_HEADER64,
        provider_id: provider,
        descriptor: EventDescriptor {
            id,
            version: if id == MANIFEST_EVENT_ID { 1 } else { 0 },
            opcode: Opcode(if id == MANIFEST_EVENT_ID { 0xFE } else { 1 }),
            task: if id == MANIFEST_EVENT_ID { 0xFFFE } else { 1 },
            ..EventDescriptor::default()
        },
        process_id: pid,
        thread_id: 1,
        pointer_size: 8,
        ..EventHeader::default()
    };
    EventRef::new(header, ExtendedItems::NONE, payload, clock)
}

fn work_payload() -> Vec<u8> {
    let mut p: Vec<u8> = "job".encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect();
    p.extend_from_slice(&1i32.to_le_bytes());
    p.extend_from_slice(&1u32.to_le_bytes());
    p
}

fn feed(source: &mut InBandManifestSource, provider: Guid, pid: u32, payloads: &[Vec<u8>]) -> Vec<bool> {
    let clock = Clock::SYSTEM_TIME;
    payloads.iter().map(|p| source.observe(&event(provider, MANIFEST_EVENT_ID, pid, p, &clock))).collect()
}

#[test]
fn one_chunk_manifest_decodes_its_events_and_itself() {
    let mut es = InBandManifestSource::new();
    let xml = manifest(PROVIDER, "My-Source", "");
    let payloads = chunks(&xml, 1 << 16);
    assert_eq!(feed(&mut es, PROVIDER, 7, &payloads), [true]);
    assert_eq!(es.provider_name(&PROVIDER).as_deref(), Some("My-Source"));
    let clock = Clock::SYSTEM_TIME;
    let work = work_payload();
    let s = es.lookup(&event(PROVIDER, 1, 7, &work, &clock)).unwrap().unwrap();
    assert_eq!(s.source, DecodingSource::EventSource);
    assert_eq!(s.event_name.as_deref(), Some("Work/Start"));
    let mut dec = Decoder::new();
    let d = dec.decode(&s, &work, 8).unwrap();
    assert_eq!(d.trailing_bytes(), 0);
    let mut out = Vec::new();
    for (p, v) in d.properties() {
        write_json(&mut out, &v, Some(p));
        out.push(b' ');
    }
    assert_eq!(String::from_utf8(out).unwrap(), r#""job" "Blue" true "#);

    // The ManifestData event itself: the envelope, then the chunk as text.
    let me = es.lookup(&event(PROVIDER, MANIFEST_EVENT_ID, 7, &payloads[0], &clock)).unwrap().unwrap();
    assert_eq!(me.event_name.as_deref(), Some("ManifestData"));
    assert_eq!(me.provider_name.as_deref(), Some("My-Source"));
    let d = dec.decode(&me, &payloads[0], 8).unwrap();
    let names: Vec<&str> = d.properties().map(|(p, _)| &*p.name).collect();
    assert_eq!(names, ["Format", "MajorVersion", "MinorVersion", "Magic", "TotalChunks", "ChunkNumber", "Data"]);
    assert_eq!(d.value(3).unwrap().as_u64(), Some(0x5B));
    assert_eq!(d.trailing_bytes(), 0);
    assert_eq!(
        Envelope::read(&payloads[0]),
        Some(Envelope { format: 1, major_version: 1, minor_version: 0, magic: 0x5B, total_chunks: 1, chunk_number: 0 })
    );
    // Sent again, the same manifest teaches nothing new.
    assert_eq!(feed(&mut es, PROVIDER, 7, &payloads), [false]);
    assert_eq!((es.stats().completed, es.stats().parsed), (2, 1));
}

#[test]
fn chunks_reassemble_in_order_with_repeats_restarts_and_interleaving() {
    let xml = manifest(PROVIDER, "Chunked", "");
    let parts = chunks(&xml, 300);
    assert!(parts.len() >= 5, "{}", parts.len());

    // A repeated chunk replaces the earlier copy.
    let mut es = InBandManifestSource::new();
    let mut with_repeat = parts.clone();
    with_repeat.insert(2, parts[1].clone());
    let got = feed(&mut es, PROVIDER, 1, &with_repeat);
    assert_eq!(got.iter().filter(|b| **b).count(), 1);
    assert_eq!(got.last(), Some(&true));

    // Chunk 0 again starts over: a broken first transmission followed by a whole one.
    let mut es = InBandManifestSource::new();
    let mut restarted = parts[..3].to_vec();
    restarted.extend(parts.iter().cloned());
    assert_eq!(feed(&mut es, PROVIDER, 1, &restarted).last(), Some(&true));

    // Chunks without their beginning are dropped.
    let mut es = InBandManifestSource::new();
    assert!(feed(&mut es, PROVIDER, 1, &parts[1..]).iter().all(|b| !b));
    assert!(es.manifests().schema(&PROVIDER, 1, 0).is_none());
    assert!(es.stats().rejected_chunks > 0);

    // Two processes sending two manifests of one provider, interleaved, both complete and merge.
    let mut es = InBandManifestSource::new();
    let second = manifest(
        PROVIDER,
        "Chunked",
        r#"<event value="2" version="0" level="win:Informational" task="Work" template="WorkStartArgs"/>"#,
    );
    let other_parts = chunks(&second, 250);
    let clock = Clock::SYSTEM_TIME;
    let mut learned = 0;
    for i in 0..parts.len().max(other_parts.len()) {
        if let Some(p) = parts.get(i) {
            learned += usize::from(es.observe(&event(PROVIDER, MANIFEST_EVENT_ID, 10, p, &clock)));
        }
        if let Some(p) = other_parts.get(i) {
            learned += usize::from(es.observe(&event(PROVIDER, MANIFEST_EVENT_ID, 11, p, &clock)));
        }
    }
    assert_eq!(learned, 2);
    assert!(es.manifests().schema(&PROVIDER, 1, 0).is_some());
    assert!(es.manifests().schema(&PROVIDER, 2, 0).is_some());
    assert!(es.problems().is_empty(), "{:?}", es.problems());
}

#[test]
fn a_manifest_after_its_events_through_the_registry() {
    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(InBandManifestSource::new()));
    let clock = Clock::SYSTEM_TIME;
    let work = work_payload();
    let ev = event(PROVIDER, 1, 5, &work, &clock);
    assert_eq!(registry.lookup(&ev).unwrap_err(), NoSchema::Unknown);
    for p in chunks(&manifest(PROVIDER, "Late", ""), 100) {
        registry.observe(&event(PROVIDER, MANIFEST_EVENT_ID, 5, &p, &clock));
    }
    // The cached miss was forgotten when the manifest completed.
    let s = registry.lookup(&ev).unwrap();
    assert_eq!(s.source, DecodingSource::EventSource);
    assert_eq!(registry.provider_name(&PROVIDER).as_deref(), Some("Late"));
    assert_eq!(registry.source_names(), ["eventsource"]);
}

#[test]
fn bad_envelopes_other_providers_and_bad_text_are_refused() {
    let mut es = InBandManifestSource::new();
    let good = chunks(&manifest(PROVIDER, "P", ""), 1 << 16).remove(0);
    let mut bad = Vec::new();
    bad.push(good[..7].to_vec()); // too short for an envelope
    let mut magic = good.clone();
    magic[3] = 0x5A;
    bad.push(magic);
    let mut format = good.clone();
    format[0] = 2;
    bad.push(format);
    let mut zero = good.clone();
    zero[4] = 0;
    bad.push(zero);
    let mut beyond = good.clone();
    beyond[6] = 1; // chunk 1 of 1
    bad.push(beyond);
    let mut too_many = good.clone();
    too_many[4..6].copy_from_slice(&(MAX_CHUNKS + 1).to_le_bytes());
    bad.push(too_many);
    assert!(feed(&mut es, PROVIDER, 1, &bad).iter().all(|b| !b));
    assert_eq!(es.stats().rejected_chunks, 6);
    let problems: Vec<String> = es.problems().iter().map(ToString::to_string).collect();
    for p in
        ["has no envelope", "bad envelope magic 0x5a", "format 2 is not XML", "0 chunks", "chunk 1 of 1", "1025 chunks"]
    {
        assert!(problems.iter().any(|x| x.contains(p)), "{p}: {problems:#?}");
    }

    // A manifest may only describe the provider that sends it.
    let mut es = InBandManifestSource::new();
    let foreign = chunks(&manifest(OTHER, "Impostor", ""), 1 << 16);
    assert_eq!(feed(&mut es, PROVIDER, 1, &foreign), [false]);
    assert!(es.manifests().schema(&OTHER, 1, 0).is_none());
    assert!(
        es.problems().iter().any(|p| p.message.contains("not the one that sent the manifest")),
        "{:?}",
        es.problems()
    );

    // Not UTF-8, not XML.
    let mut es = InBandManifestSource::new();
    let mut latin1 = chunks("<x/>", 100).remove(0);
    latin1.push(0xE9);
    assert_eq!(feed(&mut es, PROVIDER, 1, &[latin1]), [false]);
    assert_eq!(feed(&mut es, PROVIDER, 1, &chunks("<instrumentationManifest><oops", 100)), [false]);
    assert_eq!(es.stats().failed, 2);
    assert!(es.problems()[0].message.contains("not UTF-8"));
    assert!(es.problems()[1].line > 0, "{}", es.problems()[1]);

    // Events that are not ManifestData, or not from an EVENT_HEADER, are not taken as chunks.
    let clock = Clock::SYSTEM_TIME;
    let mut es = InBandManifestSource::new();
    assert!(!es.observe(&event(PROVIDER, 1, 1, &good, &clock)));
    let mut classic = event(PROVIDER, MANIFEST_EVENT_ID, 1, &good, &clock);
    let mut h = *classic.header();
    h.kind = HeaderKind::FULL_HEADER64;
    classic = EventRef::new(h, ExtendedItems::NONE, &good, &clock);
    assert!(!es.observe(&classic));
    assert_eq!(es.stats().chunks, 0);
}

#[test]
fn memory_stays_bounded() {
    // A manifest larger than the limit is dropped as soon as it is too large.
    let mut es = InBandManifestSource::new();
    let chunk = vec![b' '; 1 << 20];
    let total = (MAX_MANIFEST_BYTES >> 20) as u16 + 2;
    let mut learned = false;
    for i in 0..total {
        let mut p = vec![1, 1, 0, 0x5B];
        p.extend_from_slice(&total.to_le_bytes());
        p.extend_from_slice(&i.to_le_bytes());
        p.extend_from_slice(&chunk);
        learned |= es.add_chunk(PROVIDER, 1, &p);
    }
    assert!(!learned);
    assert!(es.problems().iter().any(|p| p.message.contains("manifest larger than")), "{:?}", es.problems());

    // At most MAX_PENDING manifests are assembled at once: the least recently fed is dropped.
    let mut es = InBandManifestSource::new();
    let parts = chunks(&manifest(PROVIDER, "P", ""), 200);
    for pid in 0..=MAX_PENDING as u32 {
        es.add_chunk(PROVIDER, pid, &parts[0]);
    }
    assert!(es.problems().iter().any(|p| p.message.contains("too many manifests in progress")));
    // Process 0's assembly was the oldest and is gone; the newest completes.
    let newest = MAX_PENDING as u32;
    assert!(parts[1..].iter().any(|p| es.add_chunk(PROVIDER, newest, p)));
    assert!(!parts[1..].iter().any(|p| es.add_chunk(PROVIDER, 0, p)));
}
