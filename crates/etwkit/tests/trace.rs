//! The consumer API on real traces: providers with keywords and levels, filters made of every predicate and
//! combinator (checked against the same queries in the --where language), callbacks, the default and error
//! callbacks, stopping, and panics in callbacks.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use etw_testkit::corpus;
use etwkit::filter::{parse_where, Predicate};
use etwkit::predicates::*;
use etwkit::trace::{EventFilter, FileTrace, Order, Provider, TraceError};
use etwkit::Guid;

const KERNEL_NETWORK: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");

fn kernel_network(dir: &std::path::Path) -> PathBuf {
    dir.join("etl/tx/KernelNetwork.etl")
}

/// The (buffer, record offset) of every event `predicate` matches, with `provider` enabled.
fn matches(file: &PathBuf, provider: Provider, predicate: Predicate) -> BTreeSet<(u64, u32)> {
    let out = Arc::new(Mutex::new(BTreeSet::new()));
    let sink = out.clone();
    let filter = EventFilter::new(predicate).on_event(move |ev, _| {
        sink.lock().unwrap().insert((ev.location().buffer, ev.location().record_offset));
    });
    let mut trace = FileTrace::new([file]).order(Order::File);
    trace.enable(provider.filter(filter));
    trace.start().unwrap();
    let v = out.lock().unwrap().clone();
    v
}

#[test]
fn every_predicate_on_kernel_network_events_agrees_with_where() {
    let Some(dir) = corpus::require() else { return };
    let file = kernel_network(&dir);
    let all = || Provider::new(KERNEL_NETWORK);
    // (library predicate, the same query in --where, expected number of matches or None for "some but not all")
    let cases: Vec<(Predicate, &str, Option<usize>)> = vec![
        (any_event(), "true", Some(8923)),
        (no_event(), "false", Some(0)),
        (id_is(10), "id == 10", Some(575)),
        (id_is(11).or(id_is(10)), "id == 11 || id == 10", Some(8543)),
        (opcode_is(43), "opcode == 43", Some(149 + 61)),
        (version_is(0), "version == 0", Some(8923)),
        (task_is(11), "task == 11", Some(8 + 149 + 61)),
        (level_is(4), "level == 4", Some(8923)),
        (keyword_any(0x20), "keywords & 0x20", Some(26 + 134 + 2 + 61)),
        (keyword_all(0x8000_0000_0000_0010), "keywords has_all 0x8000000000000010", Some(575 + 7968 + 8 + 149)),
        (provider_is(KERNEL_NETWORK), "provider == \"7dd42a49-5329-4832-8dfd-43d979153a88\"", Some(8923)),
        (
            provider_is("Microsoft-Windows-Kernel-Network"),
            "provider == \"microsoft-windows-kernel-network\"",
            Some(8923),
        ),
        (provider_is("Some-Other-Provider"), "provider == \"Some-Other-Provider\"", Some(0)),
        (event_name_is("TcpIp/Send"), "event_name == \"TcpIp/Send\"", Some(575)),
        (process_id_is(0), "pid == 0", None),
        (thread_id_is(0), "tid == 0", None),
        (property_is("PID", 2432u32), "PID == 2432", None),
        (property_gt("size", 1000u32), "size > 1000", None),
        (property_le("size", 1000u32), "size <= 1000", None),
        (property_is("dport", 3389u16).or(property_is("sport", 3389u16)), "dport == 3389 or sport == 3389", None),
        (property_is("daddr", std::net::Ipv4Addr::new(157, 56, 244, 38)), "daddr == \"157.56.244.38\"", None),
        (property_starts_with("saddr", "10.121."), "saddr starts_with \"10.121.\"", None),
        (property_ends_with("daddr", ".38"), "daddr ends_with \".38\"", None),
        (property_contains("saddr", "121"), "saddr contains \"121\"", None),
        (property_is("NoSuchProperty", 1u32), "NoSuchProperty == 1", Some(0)),
        (has_property("seqnum"), "has seqnum", Some(8923)),
        (not_filter(id_is(11)), "!(id == 11)", Some(8923 - 7968)),
        (and_filter(id_is(10), property_gt("size", 100u32)), "id == 10 && size > 100", None),
        (or_filter(id_is(42), id_is(26)), "id == 42 or id == 26", Some(8 + 26)),
        (any_of(vec![id_is(27), id_is(29), id_is(59)]), "id == 27 || id == 29 || id == 59", Some(134 + 2 + 61)),
        (all_of(vec![id_is(11), keyword_any(0x10)]), "id == 11 && keywords & 0x10", Some(7968)),
        (none_of(vec![id_is(10), id_is(11)]), "not (id == 10 or id == 11)", Some(8923 - 8543)),
    ];
    let total = 8923;
    for (pred, text, expected) in cases {
        let lib = matches(&file, all(), pred.clone());
        let parsed = parse_where(text).unwrap_or_else(|e| panic!("{text}: {}", e.render(text)));
        let via_where = matches(&file, all(), parsed);
        assert_eq!(lib, via_where, "library and --where disagree on {text}");
        match expected {
            Some(n) => assert_eq!(lib.len(), n, "{text}"),
            None => assert!(!lib.is_empty() && lib.len() < total, "{text}: {} of {total}", lib.len()),
        }
    }
}

#[test]
fn keyword_and_level_select_events_as_etw_would() {
    let Some(dir) = corpus::require() else { return };
    let file = kernel_network(&dir);
    let count = |p: Provider| matches(&file, p, any_event()).len();
    // Keywords: 0x10 IPv4, 0x20 IPv6 (plus the channel bit 0x8000000000000000 on every event).
    assert_eq!(count(Provider::new(KERNEL_NETWORK)), 8923);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).any(0x10)), 575 + 7968 + 8 + 149);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).any(0x20)), 26 + 134 + 2 + 61);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).any(0x30)), 8923);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).any(0x40)), 0);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).any(0x30).all(0x8000_0000_0000_0020)), 26 + 134 + 2 + 61);
    // Every event is level 4 (informational).
    assert_eq!(count(Provider::new(KERNEL_NETWORK).level(4)), 8923);
    assert_eq!(count(Provider::new(KERNEL_NETWORK).level(3)), 0);
    // By name, through the built-in schema's provider name.
    assert_eq!(count(Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x20)), 223);
}

#[test]
fn default_callback_gets_what_no_filter_handled() {
    let Some(dir) = corpus::require() else { return };
    let handled = Arc::new(Mutex::new(0u64));
    let unhandled = Arc::new(Mutex::new(0u64));
    let (h, u) = (handled.clone(), unhandled.clone());
    let mut trace = FileTrace::new([kernel_network(&dir)]);
    trace.enable(
        Provider::new(KERNEL_NETWORK).filter(EventFilter::ids([10, 26]).on_event(move |_, _| *h.lock().unwrap() += 1)),
    );
    trace.on_default_event(move |_, _| *u.lock().unwrap() += 1);
    let stats = trace.start().unwrap();
    assert_eq!(*handled.lock().unwrap(), 575 + 26);
    // The logfile header event and every other Kernel-Network event.
    assert_eq!(*unhandled.lock().unwrap(), 8924 - 601);
    assert_eq!(stats.events_seen, 8924);
    assert_eq!(stats.events_handled, 601);
    assert_eq!(stats.buffers_read, 129);
}

#[test]
fn parser_in_callbacks_reads_typed_properties() {
    let Some(dir) = corpus::require() else { return };
    let sent = Arc::new(Mutex::new(std::collections::BTreeMap::<u32, u64>::new()));
    let s = sent.clone();
    let mut trace = FileTrace::new([kernel_network(&dir)]);
    trace.enable(Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10).filter(
        EventFilter::new(id_is(10)).on_event(move |_, ctx| {
            let parser = ctx.parser().unwrap();
            let pid: u32 = parser.parse("PID").unwrap();
            let size: u32 = parser.parse("size").unwrap();
            let _: std::net::IpAddr = parser.parse("daddr").unwrap();
            assert!(parser.parse::<String>("PID").is_err());
            *s.lock().unwrap().entry(pid).or_default() += u64::from(size);
        }),
    ));
    trace.start().unwrap();
    let sent = sent.lock().unwrap();
    assert!(!sent.is_empty());
    assert_eq!(sent.values().sum::<u64>(), raw_sum(&kernel_network(&dir), 10));
}

/// Bytes of every event `id` of Kernel-Network, summed straight from the payload (size: u32 at offset 4).
fn raw_sum(file: &PathBuf, id: u16) -> u64 {
    let mut r = etwkit::etl::EtlReader::open(file).unwrap();
    let mut total = 0;
    r.for_each(
        |ev| {
            if ev.provider_id() == KERNEL_NETWORK && ev.id() == id {
                total += u64::from(u32::from_le_bytes(ev.payload()[4..8].try_into().unwrap()));
            }
        },
        |_| {},
    );
    total
}

#[test]
fn stop_from_a_callback_and_from_another_thread() {
    let Some(dir) = corpus::require() else { return };
    let mut trace = FileTrace::new([kernel_network(&dir)]);
    let handle = trace.handle();
    let seen = Arc::new(Mutex::new(0));
    let s = seen.clone();
    trace.on_default_event(move |_, _| {
        let mut n = s.lock().unwrap();
        *n += 1;
        if *n == 100 {
            handle.stop();
        }
    });
    let stats = trace.start().unwrap();
    assert_eq!(*seen.lock().unwrap(), 100);
    assert_eq!(stats.events_seen, 100);

    // From another thread: stopped before the first event, the spawned trace reads nothing.
    let trace = FileTrace::new([kernel_network(&dir)]);
    let handle = trace.handle();
    handle.stop();
    let stats = trace.spawn().join().unwrap().unwrap();
    assert_eq!(stats.events_seen, 0);
    assert!(handle.is_stopped());
}

#[test]
fn a_panicking_callback_stops_the_trace_and_is_reported() {
    let Some(dir) = corpus::require() else { return };
    let reported = Arc::new(Mutex::new(Vec::new()));
    let r = reported.clone();
    let mut trace = FileTrace::new([kernel_network(&dir)]);
    trace.enable(
        Provider::new(KERNEL_NETWORK).filter(EventFilter::new(id_is(26)).on_event(|_, _| panic!("boom in callback"))),
    );
    trace.on_error(move |e| r.lock().unwrap().push(format!("{e:?}")));
    let handle = trace.handle();
    match trace.start() {
        Err(TraceError::CallbackPanic(m)) => assert_eq!(m, "boom in callback"),
        other => panic!("{other:?}"),
    }
    assert!(handle.stats().events_seen < 8924);
    assert!(reported.lock().unwrap().iter().any(|e| e.contains("boom in callback")));
}

#[test]
fn events_without_schema_reach_the_error_callback_when_asked_for_properties() {
    let Some(dir) = corpus::require() else { return };
    // A manifest provider with no schema at hand: predicates on properties are false, and asking for the
    // parser reports the missing schema without stopping the trace.
    let file = dir.join("etl/tx/WsRm01.etl");
    let errors = Arc::new(Mutex::new(0));
    let seen = Arc::new(Mutex::new(0));
    let (e, s) = (errors.clone(), seen.clone());
    let mut trace = FileTrace::new([file]);
    trace.on_default_event(move |_, ctx| {
        *s.lock().unwrap() += 1;
        let _ = ctx.parser();
    });
    trace.on_error(move |_| *e.lock().unwrap() += 1);
    let stats = trace.start().unwrap();
    assert_eq!(*seen.lock().unwrap(), 71);
    assert_eq!(stats.events_seen, 71);
    assert!(*errors.lock().unwrap() >= 70, "{}", errors.lock().unwrap());
}

/// The text predicates on real UTF-16 string properties (HTTP.sys events decoded with their manifest), against
/// the same queries in --where and a count computed from the decoded values themselves.
#[test]
fn text_predicates_on_manifest_strings() {
    let Some(dir) = corpus::require() else { return };
    let file = dir.join("etl/tx/HTTP_Server.etl");
    let manifest = dir.join("manifests/tx/HTTP_Server.man");
    let run = |pred: Predicate| {
        let out = Arc::new(Mutex::new(BTreeSet::new()));
        let sink = out.clone();
        let mut trace = FileTrace::new([&file]).manifests(&manifest);
        trace.on_error(|_| {});
        trace.enable(Provider::by_name("Microsoft-Windows-HttpService").filter(EventFilter::new(pred).on_event(
            move |ev, _| {
                sink.lock().unwrap().insert((ev.location().buffer, ev.location().record_offset));
            },
        )));
        trace.start().unwrap();
        let v = out.lock().unwrap().clone();
        v
    };
    // Every Url and Verb value, read through the parser, to count what each predicate should match.
    let values = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let sink = values.clone();
    let mut trace = FileTrace::new([&file]).manifests(&manifest);
    trace.on_default_event(move |_, ctx| {
        if let Ok(p) = ctx.parser() {
            for name in ["Url", "Verb", "RequestQueueName"] {
                if let Ok(v) = p.parse::<String>(name) {
                    sink.lock().unwrap().push((name.to_owned(), v));
                }
            }
        }
    });
    trace.start().unwrap();
    let values = values.lock().unwrap().clone();
    let expect = |name: &str, f: &dyn Fn(&str) -> bool| values.iter().filter(|(n, v)| n == name && f(v)).count();

    let cases: Vec<(Predicate, &str, usize)> = vec![
        (property_equals("Verb", "GET"), r#"Verb == "GET""#, expect("Verb", &|v| v == "GET")),
        (property_equals("Verb", "get"), r#"Verb == "get""#, 0),
        (property_iequals("Verb", "get"), r#"Verb iequals "get""#, expect("Verb", &|v| v.eq_ignore_ascii_case("get"))),
        (property_contains("Url", "windir"), r#"Url contains "windir""#, expect("Url", &|v| v.contains("windir"))),
        (
            property_icontains("Url", "WINDIR.TXT"),
            r#"Url icontains "WINDIR.TXT""#,
            expect("Url", &|v| v.to_lowercase().contains("windir.txt")),
        ),
        (
            property_starts_with("Url", "http://georgis2"),
            r#"Url starts_with "http://georgis2""#,
            expect("Url", &|v| v.starts_with("http://georgis2")),
        ),
        (
            property_istarts_with("Url", "HTTP://GEORGIS2"),
            r#"Url istarts_with "HTTP://GEORGIS2""#,
            expect("Url", &|v| v.to_lowercase().starts_with("http://georgis2")),
        ),
        (property_ends_with("Url", ".txt"), r#"Url ends_with ".txt""#, expect("Url", &|v| v.ends_with(".txt"))),
        (
            property_iends_with("Url", ".TXT"),
            r#"Url iends_with ".TXT""#,
            expect("Url", &|v| v.to_lowercase().ends_with(".txt")),
        ),
        (
            property_is("RequestQueueName", "DefaultAppPool"),
            r#"RequestQueueName == "DefaultAppPool""#,
            expect("RequestQueueName", &|v| v == "DefaultAppPool"),
        ),
    ];
    for (pred, text, n) in cases {
        let lib = run(pred);
        let via_where = run(parse_where(text).unwrap());
        assert_eq!(lib, via_where, "library and --where disagree on {text}");
        assert_eq!(lib.len(), n, "{text}");
    }
    assert!(expect("Url", &|_| true) > 500);
}
