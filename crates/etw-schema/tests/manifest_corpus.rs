//! Manifests from the shared corpus: `tx/HTTP_Server.man` decodes every event of `tx/HTTP_Server.etl`, the other
//! Tx manifests load, and all 841 dissect.etl manifests load without a panic, with every problem accounted for.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;

use etw_core::Guid;
use etw_etl::EtlReader;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{write_json, Decoder, DecodingSource, Parser, SchemaSource};
use etw_testkit::corpus;

const HTTP: Guid = Guid::parse_const("dd5ef90a-6398-47a4-ad34-4dcecdef795f");

fn json_of(d: &etw_schema::Decoded<'_>) -> String {
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

#[test]
fn http_server_decodes_fully_with_its_manifest() {
    let Some(dir) = corpus::require() else { return };
    let mut manifests = ManifestSource::new();
    let report = manifests.load_path(dir.join("manifests/tx/HTTP_Server.man")).unwrap();
    assert!(report.is_clean(), "{report:#?}");
    assert_eq!((report.files, report.loaded, report.providers, report.unusable_events), (1, 1, 1, 0));
    assert_eq!(manifests.provider_name(&HTTP).as_deref(), Some("Microsoft-Windows-HttpService"));

    let mut reader = EtlReader::open(dir.join("etl/tx/HTTP_Server.etl")).unwrap();
    let mut decoder = Decoder::new();
    let mut errs = Vec::new();
    let mut per_event: BTreeMap<String, usize> = BTreeMap::new();
    let mut first: BTreeMap<String, String> = BTreeMap::new();
    let mut checked = 0;
    reader.for_each(
        |ev| {
            if ev.provider_id() != HTTP {
                return;
            }
            let schema = match manifests.lookup(ev) {
                Some(Ok(s)) => s,
                other => return errs.push(format!("event {} v{}: no schema: {other:?}", ev.id(), ev.version())),
            };
            assert_eq!(schema.source, DecodingSource::Manifest);
            assert_eq!(schema.descriptor.task, ev.task(), "{}", schema.display_name());
            assert_eq!(schema.descriptor.opcode, ev.opcode(), "{}", schema.display_name());
            assert_eq!(schema.descriptor.level, ev.level(), "{}", schema.display_name());
            let d = match decoder.decode(&schema, ev.payload(), ev.pointer_size()) {
                Ok(d) => d,
                Err(e) => return errs.push(format!("{}: {e}", schema.display_name())),
            };
            if d.trailing_bytes() != 0 {
                errs.push(format!("{}: {} bytes left", schema.display_name(), d.trailing_bytes()));
            }
            let name = schema.display_name();
            *per_event.entry(name.clone()).or_default() += 1;
            let json = json_of(&d);
            let p = Parser::new(d);
            // Spot checks of values a person can judge.
            match name.as_str() {
                "HTTP Request Trace Task/Deliver" => {
                    let url: String = p.parse("Url").unwrap();
                    assert!(url.starts_with("http://georgis2:80/"), "{json}");
                    assert_eq!(p.parse::<String>("RequestQueueName").unwrap(), "DefaultAppPool", "{json}");
                    assert_eq!(p.parse::<u32>("Status").unwrap(), 0, "{json}");
                    checked += 1;
                }
                "HTTP Request Trace Task/FastSend" => {
                    let status: u16 = p.parse("HttpStatus").unwrap();
                    assert!(status == 200 || status == 304, "{json}");
                    checked += 1;
                }
                "HTTP Request Trace Task/FastResp" | "HTTP Request Trace Task/RecvResp" => {
                    assert_eq!(p.parse::<String>("Verb").unwrap(), "GET", "{json}");
                    checked += 1;
                }
                "HTTP Request Trace Task/RecvReq" => {
                    // A SOCKADDR_IN6 of 28 bytes, shown as [address]:port.
                    assert_eq!(p.parse::<u32>("RemoteAddrLength").unwrap(), 28, "{json}");
                    assert!(json.contains(r#""RemoteAddr":"[2001:4898:"#), "{json}");
                    checked += 1;
                }
                "HTTP Connection Trace Task/ConnConnect" => {
                    assert!(json.contains(r#""LocalAddr":"[2001:4898:0:fff:0:5efe:a78:109d]:80""#), "{json}");
                    checked += 1;
                }
                "HTTP Logging Trace Task/LogFileWrite" => {
                    // Value maps.
                    assert!(json.contains(r#""Type":"ResponseLogging""#), "{json}");
                    assert!(json.contains(r#""Format":"W3C""#), "{json}");
                    checked += 1;
                }
                _ => {}
            }
            first.entry(name).or_insert(json);
        },
        |d| panic!("{d}"),
    );
    assert!(errs.is_empty(), "{} problems:\n{}", errs.len(), errs.join("\n"));
    for (k, v) in &first {
        eprintln!("{k} x{}: {v}", per_event[k]);
    }
    // Tx's own tests count 2041 events (besides the logfile header).
    assert_eq!(per_event.values().sum::<usize>(), 2041, "{per_event:?}");
    assert!(checked > 1000, "{checked}");
}

#[test]
fn tx_manifests_load() {
    let Some(dir) = corpus::require() else { return };
    let mut manifests = ManifestSource::new();
    let report = manifests.load_path(dir.join("manifests/tx")).unwrap();
    for w in &report.warnings {
        eprintln!("{w}");
    }
    // HTTP_Server, IE_Client, SystemEvents (a component manifest: <assembly>), eventing and tcp.
    assert_eq!((report.files, report.loaded), (5, 5), "{:?}", report.errors);
    assert!(report.is_clean(), "{report:#?}");
    assert_eq!(report.events, 985);
    // SystemEvents.man has arrays of structs counted by an earlier field.
    let with_structs = manifests
        .schemas()
        .filter(|s| s.properties.iter().any(|p| matches!(p.ty, etw_schema::PropertyType::Struct { .. })))
        .count();
    assert!(with_structs > 0);
    let s = manifests.schemas().find(|s| s.index_of("SemActions").is_some()).unwrap();
    let i = s.index_of("SemActions").unwrap();
    let sem = &s.properties[i];
    let etw_schema::PropertyType::Struct { first, members } = sem.ty else { panic!("{sem:?}") };
    assert_eq!(sem.count, etw_schema::Count::Property(s.index_of("ActionCount").unwrap() as u16));
    assert_eq!(&*s.properties[usize::from(first)].name, "ProviderID");
    assert!(members >= 2 && usize::from(first) >= usize::from(s.top_level), "{s:#?}");
    eprintln!(
        "tx: {} providers, {} events, {} unusable, {} warnings, {} with structs",
        report.providers,
        report.events,
        report.unusable_events,
        report.warnings.len(),
        with_structs
    );
}

/// Why a dissect manifest is not clean, by kind.
fn kind_of(message: &str) -> String {
    let tail = message.rsplit(": ").next().unwrap_or(message);
    let generic: String = tail
        .split('\'')
        .enumerate()
        .map(|(i, part)| if i % 2 == 1 && !part.starts_with("win:") { "X" } else { part })
        .collect::<Vec<_>>()
        .join("'");
    generic.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

#[test]
fn all_dissect_manifests_load() {
    let Some(dir) = corpus::require() else { return };
    let mut manifests = ManifestSource::new();
    let report = manifests.load_path(dir.join("manifests/dissect-etl-3.14")).unwrap();
    assert_eq!(report.files, 841);
    // Four files are not well-formed XML: an attribute value with an unescaped quote or '<' in it.
    let mut bad: Vec<String> = report
        .errors
        .iter()
        .map(|e| {
            // The file name, whatever the separator (`\` on Windows).
            let file = e.origin.rsplit(['/', '\\']).next().unwrap().to_owned();
            format!("{file}:{}:{}", e.line, e.column)
        })
        .collect();
    bad.sort();
    assert_eq!(
        bad,
        [
            "{1e9a4978-78c2-441e-8858-75b5d1326bc5}.xml:32:66",
            "{3f471139-acb7-4a01-b7a7-ff5da4ba2d43}.xml:256:160",
            "{3ff37a1c-a68d-4d6e-8c9b-f79e8b16c482}.xml:43:213",
            "{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}.xml:29:70",
        ]
    );
    assert_eq!(report.loaded, 837);

    let mut files_with_warnings: BTreeMap<&str, ()> = BTreeMap::new();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for w in &report.warnings {
        assert!(w.line > 0 && w.column > 0, "{w}");
        files_with_warnings.insert(&w.origin, ());
        *kinds.entry(kind_of(&w.message)).or_default() += 1;
    }
    let clean = report.loaded - files_with_warnings.len();
    eprintln!(
        "dissect: {} files, {} loaded, {} clean; {} providers, {} events, {} unusable; warnings by kind:",
        report.files, report.loaded, clean, report.providers, report.events, report.unusable_events
    );
    for (k, n) in &kinds {
        eprintln!("{n:6}  {k}");
    }
    // What makes the others unclean, all of it the manifests' doing (dissect.etl rebuilt them from TDH and from
    // MOF classes): MOF type names that are not manifest in-types (win:WString, win:SInt32, win:IPAddrV4, ...),
    // in-types given as bare numbers, length names with spaces the data names lack, the level "win:Always"
    // (winmeta.xml has win:LogAlways), tasks and opcodes that are never declared, and events defined twice.
    let allowed = [
        "event #### version # defined twice",
        "the first one is used",
        "unknown inType",
        "names no earlier property",
        "unknown level 'win:Always'",
        "unknown opcode",
        "unknown task",
    ];
    for k in kinds.keys() {
        assert!(allowed.iter().any(|a| k.contains(a)), "unexpected kind of problem: {k}");
    }
    assert!(clean >= 690, "only {clean} clean manifests");
    assert!(report.events > 48_000, "{report:?}");
    assert!(report.unusable_events < 400, "{report:?}");
}
