//! The built-in tables (`src/sources/builtin/*.rs`) against their sources: regenerating them from the manifests
//! gives the committed files byte for byte, and every built-in schema equals what the manifest gives through
//! `--manifests` (the same parser), apart from saying it is built in.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

#[path = "../examples/builtin_tables/gen.rs"]
mod gen;

use std::path::{Path, PathBuf};

use etw_schema::sources::builtin::BuiltinSource;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{DecodingSource, EventSchema};
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
    for spec in gen::specs() {
        for input in &spec.inputs {
            let mut m = ManifestSource::new();
            m.load_path(shared.join(&input.manifest)).unwrap();
            for &name in &input.providers {
                let (guid, _) = m.providers().find(|(_, n)| *n == name).unwrap();
                let from_manifest: Vec<&EventSchema> =
                    m.schemas().filter(|s| s.provider_id == guid).map(|s| &**s).collect();
                let pairs = BuiltinSource::events(&guid);
                assert_eq!(pairs.len(), from_manifest.len(), "{name}: events in the table");
                for want in from_manifest {
                    let d = want.descriptor;
                    let got = builtin.schema(&guid, d.id, d.version).unwrap();
                    assert_eq!(got.source, DecodingSource::BuiltIn);
                    let mut want = want.clone();
                    want.source = DecodingSource::BuiltIn;
                    assert_eq!(*got, want, "{name} event {} version {}", d.id, d.version);
                    checked += 1;
                }
                let listed = BuiltinSource::providers().find(|p| p.guid == guid).unwrap();
                assert_eq!((listed.name, listed.events), (name, pairs.len()));
            }
        }
    }
    // ClrEtwAll.man alone has 429 event definitions.
    assert!(checked > 429, "{checked} schemas checked");
}
