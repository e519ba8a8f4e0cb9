//! The schema store from the library: imported once, used by a `FileTrace` with `.store(path)`; a missing
//! named store fails the trace.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::sync::{Arc, Mutex};

use etw_testkit::corpus;
use etwkit::schema::DecodingSource;
use etwkit::store::{import, Store};
use etwkit::trace::{FileTrace, Provider, TraceError};
use etwkit::Guid;

const HTTP: Guid = Guid::parse_const("dd5ef90a-6398-47a4-ad34-4dcecdef795f");

#[test]
fn a_file_trace_decodes_with_an_imported_store() {
    let Some(dir) = corpus::require() else { return };
    let tmp = std::env::temp_dir().join(format!("etwkit-store-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let path = tmp.join("http.etwstore");
    let mut store = Store::new();
    let report = import(&mut store, &[dir.join("manifests/tx/HTTP_Server.man")], 1);
    assert_eq!((report.providers, report.skipped.len()), (1, 0), "{report:?}");
    store.save(&path).unwrap();

    let seen = Arc::new(Mutex::new((0usize, 0usize)));
    let sink = seen.clone();
    let mut trace = FileTrace::new([dir.join("etl/tx/HTTP_Server.etl")]).store(&path);
    trace.enable(Provider::new(HTTP).on_event(move |_ev, ctx| {
        let mut s = sink.lock().unwrap();
        s.0 += 1;
        if let Ok(schema) = ctx.schema() {
            assert_eq!(schema.source, DecodingSource::Store);
            assert_eq!(schema.provider_name.as_deref(), Some("Microsoft-Windows-HttpService"));
            if ctx.parser().is_ok() {
                s.1 += 1;
            }
        }
    }));
    trace.start().unwrap();
    let (events, decoded) = *seen.lock().unwrap();
    assert!(events > 1000 && decoded == events, "{events} events, {decoded} decoded");

    // Without the store (and no default one), nothing decodes.
    let none = Arc::new(Mutex::new(0usize));
    let sink = none.clone();
    let mut trace = FileTrace::new([dir.join("etl/tx/HTTP_Server.etl")]).no_store();
    trace.enable(Provider::new(HTTP).on_event(move |_ev, ctx| {
        if ctx.schema().is_ok() {
            *sink.lock().unwrap() += 1;
        }
    }));
    trace.start().unwrap();
    assert_eq!(*none.lock().unwrap(), 0);

    // A named store that is missing fails the trace, naming the file.
    let mut trace = FileTrace::new([dir.join("etl/tx/HTTP_Server.etl")]).store(tmp.join("missing.etwstore"));
    match trace.start() {
        Err(TraceError::Schemas(e)) => assert!(e.to_string().contains("missing.etwstore"), "{e}"),
        other => panic!("{other:?}"),
    }
    // Best effort: under Wine the last handles on a store file may close late.
    let _ = std::fs::remove_dir_all(&tmp);
}
