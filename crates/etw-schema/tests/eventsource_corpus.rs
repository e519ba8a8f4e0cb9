//! EventSource manifests carried in real traces: reassembled, parsed, and used to decode the EventSource events,
//! checked against TraceEvent's baselines for the net.4.5.2 traces (see `baseline_compare/mod.rs`) and, in the
//! others, by decoding every event of every provider that sent a manifest.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod baseline_compare;

use std::collections::BTreeMap;

use baseline_compare::{read_ours, Outcome, Rules};
use etw_core::Guid;
use etw_etl::EtlReader;
use etw_schema::sources::eventsource::EventSourceSource;
use etw_schema::{write_json, Decoder, DecodingSource, SchemaSource};
use etw_testkit::{baseline, corpus};

const PERFVIEW: Guid = Guid::parse_const("a8a71ac1-040f-54a2-07ca-00a89b5ab761");
const TPL: Guid = Guid::parse_const("2e5dba47-a3d2-4d16-8ee0-6671ffdcd7b5");
const FRAMEWORK: Guid = Guid::parse_const("8e9f5090-2d75-4d03-8a81-e5afbf85daf1");

const RULES: Rules = Rules {
    no_schema: &[],
    older_version: &[],
    // PerfView writes ClrEnableParameters' level as 8 bytes; its manifest says UInt32.
    trailing: &[("ClrEnableParameters", 4)],
    // TraceEvent's length of the chunk, not a payload field.
    derived: &[("ManifestData", "PayloadLength")],
    newer: &[],
    renamed: &[],
    enums: &[],
    names: &[],
    empty_template: &[],
};

/// Reads a whole trace into a source, as the CLI does before decoding.
fn learn(path: &std::path::Path) -> EventSourceSource {
    let mut es = EventSourceSource::new();
    EtlReader::open(path).unwrap().for_each(
        |ev| {
            es.observe(ev);
        },
        |d| panic!("{d}"),
    );
    es
}

#[test]
fn net452_eventsource_events_match_the_baselines() {
    let Some(dir) = corpus::require() else { return };
    let mut errors = Vec::new();
    for base in ["net.4.5.2.x64", "net.4.5.2.x86"] {
        let path = dir.join("etl/perfview").join(format!("{base}.etl"));
        let mut es = learn(&path);
        let stats = es.stats().clone();
        // PerfView sends its manifest twice (at start and at rundown), TPL and FrameworkEventSource once; each is
        // one chunk.
        assert_eq!((stats.chunks, stats.rejected_chunks, stats.completed, stats.parsed), (4, 0, 4, 3), "{base}");
        assert!(es.problems().is_empty(), "{base}: {:?}", es.problems());
        assert_eq!(es.provider_name(&PERFVIEW).as_deref(), Some("PerfView"));
        assert_eq!(es.provider_name(&TPL).as_deref(), Some("System.Threading.Tasks.TplEventSource"));
        assert_eq!(es.provider_name(&FRAMEWORK).as_deref(), Some("System.Diagnostics.Eventing.FrameworkEventSource"));

        let ours = read_ours(&path, |ev| es.lookup(ev));
        let events = baseline::read(&dir.join("baselines").join(format!("{base}.baseline.txt")));
        let select = |b: &baseline::BaselineEvent| {
            ["PerfView/", "System.Threading.Tasks.TplEventSource/", "System.Diagnostics.Eventing.FrameworkEventSource/"]
                .iter()
                .any(|p| b.name.starts_with(p))
        };
        let mut outcome = Outcome::default();
        outcome.compare(&events, &ours, select, |_| None, &RULES);
        assert_eq!(outcome.events, events.iter().filter(|b| select(b)).count(), "{base}");
        assert!(outcome.events >= 40 && outcome.exact >= 100, "{base}: too little compared: {outcome:?}");
        for o in ours.iter().filter_map(|o| o.schema.as_ref()).filter_map(|s| s.as_ref().ok()) {
            assert_eq!(o.source, DecodingSource::EventSource);
        }
        errors.extend(outcome.errors.iter().map(|e| format!("{base}: {e}")));
        errors.extend(outcome.unused(&RULES).into_iter().map(|r| format!("{base}: rule not needed: {r}")));
        eprintln!("{base}: {}", outcome.summary());
    }
    assert!(errors.is_empty(), "{} differences:\n{}", errors.len(), errors.join("\n"));
}

/// Every event of every provider that sent a manifest: (provider name, event name) -> count, and problems.
fn decode_all(path: &std::path::Path) -> (BTreeMap<(String, String), usize>, Vec<String>, EventSourceSource) {
    let mut es = learn(path);
    let senders: Vec<Guid> = es.manifests().providers().map(|(g, _)| g).collect();
    let mut decoder = Decoder::new();
    let mut seen = BTreeMap::new();
    let mut problems = Vec::new();
    let mut json = Vec::new();
    EtlReader::open(path).unwrap().for_each(
        |ev| {
            if !senders.contains(&ev.provider_id()) {
                return;
            }
            let schema = match es.lookup(ev) {
                Some(Ok(s)) => s,
                other => {
                    return problems.push(format!("{} id {} v{}: {other:?}", ev.provider_id(), ev.id(), ev.version()))
                }
            };
            match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                Ok(d) => {
                    if d.trailing_bytes() != 0 {
                        problems.push(format!("{}: {} bytes left", schema.display_name(), d.trailing_bytes()));
                    }
                    for (p, v) in d.properties() {
                        json.clear();
                        write_json(&mut json, &v, Some(p));
                    }
                }
                Err(e) => problems.push(format!("{}: {e}", schema.display_name())),
            }
            let provider = schema.provider_name.as_deref().unwrap_or("?").to_owned();
            *seen.entry((provider, schema.display_name())).or_default() += 1;
        },
        |d| panic!("{d}"),
    );
    (seen, problems, es)
}

#[test]
fn msbuild_eventsource_events_all_decode() {
    let Some(dir) = corpus::require() else { return };
    let (seen, problems, es) = decode_all(&dir.join("etl/perfview-user-msbuild/PerfViewData.etl"));
    // Two builds of Microsoft-Build (18,894- and 19,530-byte manifests, from different processes) and PerfView's,
    // each sent many times.
    let stats = es.stats();
    assert_eq!(stats.rejected_chunks, 0);
    assert_eq!(stats.parsed, 3, "{stats:?}");
    assert!(stats.completed > 30, "{stats:?}");
    assert!(es.problems().is_empty(), "{:?}", es.problems());
    let build = Guid::parse_const("d44a2098-821f-5808-4cea-1e24e982ca37");
    assert_eq!(es.provider_name(&build).as_deref(), Some("Microsoft-Build"));
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    let build_events: usize = seen.iter().filter(|((p, _), _)| p == "Microsoft-Build").map(|(_, n)| n).sum();
    eprintln!("{seen:#?}");
    assert!(build_events > 1000, "{build_events} Microsoft-Build events");
    // Events only the newer manifest has decode too: the two manifests are merged.
    assert!(seen.keys().any(|(p, e)| p == "Microsoft-Build" && e == "TargetStart"), "{seen:?}");
}

#[test]
fn monogame_eventsource_events_all_decode() {
    let Some(dir) = corpus::require() else { return };
    let (seen, problems, es) = decode_all(&dir.join("etl/perfview-user-monogame/PerfViewData.etl"));
    assert_eq!(es.stats().rejected_chunks, 0);
    assert!(es.problems().is_empty(), "{:?}", es.problems());
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    eprintln!("{seen:#?}");
    assert!(seen.len() >= 2, "{seen:?}");
}
