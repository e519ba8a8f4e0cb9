//! The built-in tables (`src/sources/builtin/*.rs`) against their sources: regenerating them from the manifests
//! gives the committed files byte for byte, and every built-in schema equals what the manifest gives through
//! `--manifests` (the same parser; for Threat-Intelligence, the facts written in the generator), apart from saying it is built in and the one documented correction (the
//! .NET stack-walk events' frame count), which the corpus's stack walks confirm.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

#[path = "../examples/builtin_tables/gen.rs"]
mod gen;

use std::path::{Path, PathBuf};

use etw_etl::EtlReader;
use etw_schema::sources::builtin::BuiltinSource;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{Decoder, DecodingSource, EventSchema, Value};
use etw_testkit::corpus;

fn shared() -> Option<PathBuf> {
    let corpus = corpus::require()?;
    Some(corpus.parent().unwrap().to_path_buf())
}

#[test]
fn committed_tables_are_what_the_generator_makes() {
    let Some(shared) = shared() else { return };
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    for spec in gen::specs() {
        let fresh = gen::generate(&spec, &shared).unwrap();
        let committed = std::fs::read_to_string(crate_dir.join(spec.file)).unwrap();
        if fresh != committed {
            let line = fresh
                .lines()
                .zip(committed.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| fresh.lines().count().min(committed.lines().count()));
            panic!(
                "{} differs from what the generator makes (first at line {}): regenerate it with \
                 `cargo run -p etw-schema --example builtin_tables`\n  generated: {:?}\n  committed: {:?}",
                spec.file,
                line + 1,
                fresh.lines().nth(line),
                committed.lines().nth(line)
            );
        }
    }
}

#[test]
fn every_builtin_schema_equals_the_manifests() {
    let Some(shared) = shared() else { return };
    let mut builtin = BuiltinSource::new();
    let mut checked = 0;
    let mut corrected = Vec::new();
    for spec in gen::specs() {
        for input in &spec.inputs {
            // The providers as their source gives them: the manifest through ManifestSource (as `--manifests`
            // reads it), or the facts written in code.
            let sources: Vec<(etw_core::Guid, String, Vec<std::sync::Arc<EventSchema>>)> = match input.code {
                Some(code) => code(),
                None => {
                    let mut m = ManifestSource::new();
                    m.load_path(shared.join(&input.manifest)).unwrap();
                    input
                        .providers
                        .iter()
                        .map(|&name| {
                            let (guid, _) = m.providers().find(|(_, n)| *n == name).unwrap();
                            let schemas = m.schemas().filter(|s| s.provider_id == guid).cloned().collect();
                            (guid, name.to_owned(), schemas)
                        })
                        .collect()
                }
            };
            assert_eq!(sources.len(), input.providers.len());
            for (guid, name, from_source) in sources {
                let pairs = BuiltinSource::events(&guid);
                assert_eq!(pairs.len(), from_source.len(), "{name}: events in the table");
                for want in from_source {
                    let d = want.descriptor;
                    let got = builtin.schema(&guid, d.id, d.version).unwrap();
                    assert_eq!(got.source, DecodingSource::BuiltIn);
                    let mut want = EventSchema::clone(&want);
                    want.source = DecodingSource::BuiltIn;
                    // The tables hold no message strings (yet): messages come from manifests and the store.
                    want.message = None;
                    if input.stack_counts && gen::correct_stack_count(&mut want) {
                        corrected.push(format!("{name} {}", d.id));
                    }
                    assert_eq!(*got, want, "{name} event {} version {}", d.id, d.version);
                    checked += 1;
                }
                let listed = BuiltinSource::providers().find(|p| p.guid == guid).unwrap();
                assert_eq!((listed.name, listed.events), (name.as_str(), pairs.len()));
            }
        }
    }
    // ClrEtwAll.man alone has 429 event definitions.
    assert!(checked > 429, "{checked} schemas checked");
    assert_eq!(
        corrected,
        [
            "Microsoft-Windows-DotNETRuntime 82",
            "Microsoft-Windows-DotNETRuntimeRundown 0",
            "Microsoft-Windows-DotNETRuntimeStress 1",
            "Microsoft-Windows-DotNETRuntimePrivate 151"
        ]
    );
}

#[test]
fn clr_stack_walks_hold_frame_count_frames() {
    let Some(corpus) = corpus::require() else { return };
    let runtime = BuiltinSource::providers().find(|p| p.name == "Microsoft-Windows-DotNETRuntime").unwrap().guid;
    let mut source = BuiltinSource::new();
    let mut decoder = Decoder::new();
    let (mut walks, mut frames) = (0usize, 0usize);
    EtlReader::open(corpus.join("etl/perfview/net.4.5.x86.PerfViewData.etl")).unwrap().for_each(
        |ev| {
            if ev.provider_id() != runtime || ev.id() != 82 {
                return;
            }
            let schema = source.schema(&runtime, 82, ev.version()).unwrap();
            let d = decoder.decode(&schema, ev.payload(), ev.pointer_size()).unwrap();
            assert_eq!(d.trailing_bytes(), 0, "a stack walk of {} bytes", ev.payload().len());
            let count = d.value(3).and_then(|v| v.as_u64()).unwrap() as usize;
            match d.value(4) {
                Some(Value::Array(a)) => assert_eq!(a.len(), count),
                other => panic!("Stack is {other:?}"),
            }
            walks += 1;
            frames += count;
        },
        |damage| panic!("{damage}"),
    );
    // The trace's CLR stack walks, every one exactly FrameCount pointers long (not the manifest's 2).
    assert!(walks > 50_000 && frames > walks * 2, "{walks} walks, {frames} frames");
}
