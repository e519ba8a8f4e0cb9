//! The EventMetadata events of the real corpus: every `TRACE_EVENT_INFO` and `EVENT_MAP_INFO` blob parses, and
//! every event whose metadata is in its trace decodes with it, with no error and no byte left over (except the
//! events listed in [`TRAILING`], with the reason).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;

use etw_etl::EtlReader;
use etw_schema::sources::event_metadata::{
    parse_trace_event_info, EventMetadataSource, METADATA_CLASS, OPCODE_EVENT_INFO, OPCODE_EVENT_MAP_INFO,
};
use etw_schema::{write_json, Decoder, DecodingSource, SchemaSource};
use etw_testkit::corpus;

/// Events whose metadata leaves bytes undecoded, with the reason. Any other event must decode to its last byte.
const TRAILING: &[(&str, &str)] = &[(
    "CLRStack/CLRStackWalk",
    "the CLR manifest declares Stack as 2 pointers (count=\"2\"); the runtime writes FrameCount of them",
)];

#[derive(Default, Debug)]
struct PerFile {
    event_info: u64,
    map_info: u64,
    described: usize,
    maps: usize,
    decoded: BTreeMap<String, u64>,
}

#[test]
fn every_described_event_of_the_corpus_decodes() {
    let Some(dir) = corpus::require() else { return };
    let mut errors = Vec::new();
    let mut files = BTreeMap::new();
    let mut trailing_seen = std::collections::BTreeSet::new();
    for rel in corpus::etl_files(&dir) {
        if corpus::is_corrupt_sample(&rel) {
            continue;
        }
        let name = corpus::slash_name(&rel);
        let path = dir.join("etl").join(&rel);
        let mut source = EventMetadataSource::new();
        let mut stats = PerFile::default();
        // First pass: learn (and check that each blob parses on its own).
        EtlReader::open(&path).unwrap().for_each(
            |ev| {
                if ev.header_kind().is_classic() && ev.provider_id() == METADATA_CLASS {
                    match ev.opcode().0 {
                        OPCODE_EVENT_INFO => {
                            stats.event_info += 1;
                            if let Err(e) = parse_trace_event_info(ev.payload(), DecodingSource::EventMetadata) {
                                errors.push(format!("{name}: EventInfo of {} bytes: {e}", ev.payload().len()));
                            }
                        }
                        OPCODE_EVENT_MAP_INFO => stats.map_info += 1,
                        _ => {}
                    }
                }
                source.observe(ev);
            },
            |_| {},
        );
        if stats.event_info == 0 {
            continue;
        }
        stats.described = source.len();
        stats.maps = source.map_count();
        assert_eq!(source.unreadable(), 0, "{name}: unreadable EventInfo blobs");
        // Second pass: decode every described event.
        let mut decoder = Decoder::new();
        let mut out = Vec::new();
        EtlReader::open(&path).unwrap().for_each(
            |ev| {
                if ev.provider_id() == METADATA_CLASS {
                    return;
                }
                let Some(found) = source.lookup(ev) else { return };
                let schema = match found {
                    Ok(s) => s,
                    Err(e) => {
                        errors.push(format!("{name}: {e}"));
                        return;
                    }
                };
                match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                    Ok(d) => {
                        if d.trailing_bytes() > 0 {
                            let event = schema.display_name();
                            if TRAILING.iter().any(|(e, _)| *e == event) {
                                trailing_seen.insert(event);
                            } else if errors.len() < 50 {
                                errors.push(format!(
                                    "{name}: {event} leaves {} of {} bytes",
                                    d.trailing_bytes(),
                                    ev.payload().len()
                                ));
                            }
                        }
                        for (p, v) in d.properties() {
                            out.clear();
                            write_json(&mut out, &v, Some(p));
                        }
                        let provider = schema.provider_name.as_deref().unwrap_or("?").to_owned();
                        *stats.decoded.entry(provider).or_default() += 1;
                    }
                    Err(e) => {
                        if errors.len() < 50 {
                            errors.push(format!(
                                "{name}: {} ({} bytes): {e}",
                                schema.display_name(),
                                ev.payload().len()
                            ));
                        }
                    }
                }
            },
            |_| {},
        );
        files.insert(name, stats);
    }
    let mut total = 0;
    for (name, s) in &files {
        eprintln!(
            "{name}: {} EventInfo, {} EventMapInfo -> {} event types, {} maps; decoded {:?}",
            s.event_info, s.map_info, s.described, s.maps, s.decoded
        );
        total += s.decoded.values().sum::<u64>();
    }
    assert!(errors.is_empty(), "{} problems:\n{}", errors.len(), errors.join("\n"));
    for (event, why) in TRAILING {
        assert!(trailing_seen.contains(*event), "{event} is listed as leaving bytes ({why}) but none did");
    }
    let x64 = &files["perfview/net.4.5.2.x64.etl"];
    assert_eq!(x64.event_info + x64.map_info, 85, "net.4.5.2.x64 holds 85 EventMetadata events");
    assert!(x64.decoded.get("Microsoft-Windows-DNS-Client").is_some_and(|n| *n >= 4));
    assert!(total > 1000, "only {total} events decoded by EventMetadata");
}

/// The four files of one Visual Studio diagnostics session: the metadata is in `diaghub.etl`, most of the events
/// it describes are in the others. Learning from all of them first (as a reader of the set does) decodes them.
#[test]
fn metadata_of_a_file_set_decodes_the_other_files() {
    let Some(dir) = corpus::require() else { return };
    let set = ["diaghub.etl", "diaghub.kernel.1.etl", "diaghub.user_injected.1.etl", "diaghub.user_paged.1.etl"]
        .map(|f| dir.join("etl/perfview").join(f));
    let mut source = EventMetadataSource::new();
    for path in &set {
        EtlReader::open(path).unwrap().for_each(
            |ev| {
                source.observe(ev);
            },
            |_| {},
        );
    }
    assert_eq!(source.len(), 17);
    let mut decoder = Decoder::new();
    let mut per_file = Vec::new();
    for path in &set {
        let (mut decoded, mut failed) = (0u64, Vec::new());
        EtlReader::open(path).unwrap().for_each(
            |ev| {
                if ev.provider_id() == METADATA_CLASS {
                    return;
                }
                let Some(found) = source.lookup(ev) else { return };
                let schema = found.unwrap();
                match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                    Ok(d) if d.trailing_bytes() == 0 => decoded += 1,
                    Ok(d) => failed.push(format!("{} leaves {} bytes", schema.display_name(), d.trailing_bytes())),
                    Err(e) => failed.push(format!("{}: {e}", schema.display_name())),
                }
            },
            |_| {},
        );
        assert!(failed.is_empty(), "{}: {}", path.display(), failed[..failed.len().min(10)].join("\n"));
        per_file.push(decoded);
    }
    eprintln!("decoded per file: {per_file:?}");
    assert!(per_file.iter().skip(1).sum::<u64>() > 0, "no event of the other files decoded: {per_file:?}");
}

/// The writer against what Windows wrote: every `TRACE_EVENT_INFO` and `EVENT_MAP_INFO` of the corpus, read,
/// written again with `encode_trace_event_info` / `encode_event_map_info`, and read back, gives the same schema
/// and map.
#[test]
fn corpus_metadata_written_again_reads_back_the_same() {
    use etw_schema::sources::event_metadata::{
        encode_event_map_info, encode_trace_event_info, parse_event_map_info, EventKind,
    };
    let Some(dir) = corpus::require() else { return };
    let (mut schemas, mut maps) = (0u64, 0u64);
    let mut errors = Vec::new();
    for rel in corpus::etl_files(&dir) {
        if corpus::is_corrupt_sample(&rel) {
            continue;
        }
        let name = corpus::slash_name(&rel);
        EtlReader::open(dir.join("etl").join(&rel)).unwrap().for_each(
            |ev| {
                if !ev.header_kind().is_classic() || ev.provider_id() != METADATA_CLASS {
                    return;
                }
                let payload = ev.payload();
                match ev.opcode().0 {
                    OPCODE_EVENT_INFO => {
                        let Ok(schema) = parse_trace_event_info(payload, DecodingSource::Tdh) else { return };
                        // DecodingSource at offset 48: 1 is WBEM (classic).
                        let kind = if payload[48] == 1 { EventKind::Classic } else { EventKind::Manifest };
                        let again = encode_trace_event_info(&schema, kind)
                            .map_err(|e| e.to_string())
                            .and_then(|b| parse_trace_event_info(&b, DecodingSource::Tdh).map_err(|e| e.to_string()));
                        match again {
                            Ok(s) if s == schema => schemas += 1,
                            Ok(s) => {
                                errors.push(format!("{name}: {} differs:\n{schema:?}\n{s:?}", schema.display_name()))
                            }
                            Err(e) => errors.push(format!("{name}: {}: {e}", schema.display_name())),
                        }
                    }
                    OPCODE_EVENT_MAP_INFO => {
                        let Ok(Some(map)) = parse_event_map_info(&payload[16..]) else { return };
                        let again = encode_event_map_info(&map).map(|b| parse_event_map_info(&b));
                        match again {
                            Ok(Ok(Some(m))) if m == map => maps += 1,
                            other => errors.push(format!("{name}: map {}: {other:?}", map.name)),
                        }
                    }
                    _ => {}
                }
            },
            |_| {},
        );
    }
    assert!(errors.is_empty(), "{}", errors[..errors.len().min(5)].join("\n"));
    eprintln!("{schemas} schemas and {maps} maps written again");
    assert!(schemas > 0 && maps > 0, "the corpus has EventMetadata events: {schemas} schemas, {maps} maps");
}
