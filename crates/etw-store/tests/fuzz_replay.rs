//! The fuzz bodies of etw-store (`wevt_template`, `pe_resources`, `schema_store`, `registry_hive`) on stable:
//! the seed inputs in `tests/fuzz_seeds/<target>/`, then mutations of them from a fixed-seed generator, so
//! every run replays the same inputs. Nothing may panic or hang.
//!
//! The seeds are built here from a small manifest (structs, counts and lengths from other fields, a fixed
//! count, a value map and a bitmap, messages) by the test encoder and hive writer; this test checks that the
//! committed files are still what they build to. `ETWKIT_BLESS=1 cargo test -p etw-store --test fuzz_replay`
//! writes them again.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use etw_schema::sources::manifest::ManifestSource;
use etw_store::{Store, StoredProvider};
use etw_testkit::fuzz::replay::{seed_files, Rng};

const MANIFEST: &str = r#"<instrumentationManifest xmlns="http://schemas.microsoft.com/win/2004/08/events">
  <instrumentation><events>
    <provider name="Fuzz-Seed" guid="{01234567-89ab-cdef-0123-456789abcdef}">
      <channels><channel name="Fuzz-Seed/Operational" chid="op" type="Operational"/></channels>
      <tasks><task name="Work" value="1"/></tasks>
      <keywords><keyword name="Io" mask="0x1"/></keywords>
      <maps>
        <valueMap name="Kind"><map value="1" message="$(string.one)"/><map value="2" message="$(string.two)"/></valueMap>
        <bitMap name="Flags"><map value="0x1" message="$(string.one)"/><map value="0x4" message="$(string.two)"/></bitMap>
      </maps>
      <events>
        <event value="1" version="0" level="win:Informational" task="Work" opcode="win:Start" keywords="Io"
               channel="op" template="T1" message="$(string.msg1)"/>
        <event value="2" version="1" level="win:Verbose" template="T2" message="$(string.msg2)"/>
      </events>
      <templates>
        <template tid="T1">
          <data name="Count" inType="win:UInt16"/>
          <data name="Names" inType="win:UnicodeString" count="Count"/>
          <data name="Size" inType="win:UInt32"/>
          <data name="Blob" inType="win:Binary" length="Size"/>
          <data name="Kind" inType="win:UInt8" map="Kind"/>
          <data name="Flags" inType="win:UInt32" map="Flags"/>
          <data name="Fixed" inType="win:UInt16" count="3"/>
        </template>
        <template tid="T2">
          <data name="N" inType="win:UInt32"/>
          <struct name="Items" count="N">
            <data name="Id" inType="win:UInt64" outType="win:HexInt64"/>
            <data name="Addr" inType="win:Binary" outType="win:IPv6"/>
          </struct>
        </template>
      </templates>
    </provider>
  </events></instrumentation>
  <localization><resources culture="en-US"><stringTable>
    <string id="one" value="One"/><string id="two" value="Two"/>
    <string id="msg1" value="Started %1 names (%5, %6!x!)"/><string id="msg2" value="%1 items%n"/>
  </stringTable></resources></localization>
</instrumentationManifest>"#;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds")
}

/// (target, file name, bytes) of every seed.
fn build() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let mut m = ManifestSource::new();
    let report = m.load_str(MANIFEST, "seed.man").unwrap();
    assert!(report.is_clean(), "{report:?}");
    let guid = m.providers().next().unwrap().0;
    let mut events: Vec<_> = m.schemas().cloned().collect();
    events.sort_by_key(|e| e.descriptor.id);
    let mut messages = common::encode::Messages::default();
    let blob = common::encode::wevt(guid, Some("Fuzz-Seed"), &events, &mut messages);
    let table = messages.table();
    let pe = common::encode::pe(Some(&blob), Some(&table));
    let mut store = Store::new();
    let map: BTreeMap<_, _> = events.iter().map(|e| ((e.descriptor.id, e.descriptor.version), Arc::clone(e))).collect();
    store.insert(StoredProvider { guid, name: Some("Fuzz-Seed".into()), origin: "seed.man".into(), events: map });
    let hive = common::hive::software(&[(
        "{01234567-89AB-CDEF-0123-456789ABCDEF}",
        "Fuzz-Seed",
        "%SystemRoot%\\system32\\seed.dll",
        "%SystemRoot%\\system32\\seed.dll",
    )]);
    vec![
        ("wevt_template", "seed.crim", blob),
        ("pe_resources", "seed.dll", pe),
        ("schema_store", "seed.etwstore", store.to_bytes()),
        ("registry_hive", "SOFTWARE", hive),
    ]
}

#[test]
fn seeds_are_what_they_build_to() {
    let bless = std::env::var_os("ETWKIT_BLESS").is_some();
    for (target, name, bytes) in build() {
        let path = seeds_dir().join(target).join(name);
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let stored =
            std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (ETWKIT_BLESS=1 writes it)", path.display()));
        assert!(stored == bytes, "{} is not what it builds to (ETWKIT_BLESS=1 writes it again)", path.display());
    }
    // And they are what they claim: each reads whole.
    let w = etw_store::wevt::parse(
        &std::fs::read(seeds_dir().join("wevt_template/seed.crim")).unwrap(),
        &Default::default(),
    );
    assert!(w.problems.iter().all(|p| p.message.contains("message")), "{:?}", w.problems);
    assert_eq!(w.providers[0].events.len(), 2);
    let s = Store::from_bytes(&std::fs::read(seeds_dir().join("schema_store/seed.etwstore")).unwrap()).unwrap();
    assert_eq!(s.event_count(), 2);
    let (p, _) =
        etw_store::hive::read_publishers(&std::fs::read(seeds_dir().join("registry_hive/SOFTWARE")).unwrap()).unwrap();
    assert_eq!(p.len(), 1);
}

fn replay(target: &str, body: fn(&[u8]), rounds: usize) {
    let seeds = seed_files(&seeds_dir().join(target));
    assert!(!seeds.is_empty(), "{target}: no seeds");
    let mut rng = Rng(0x5EED_0000 + target.len() as u64);
    for (_, seed) in &seeds {
        body(seed);
        for cut in (0..seed.len()).step_by(7) {
            body(&seed[..cut]);
        }
        for _ in 0..rounds {
            let mut b = seed.clone();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(b.len());
                match rng.below(3) {
                    0 => b[i] ^= 1 << rng.below(8),
                    1 => b[i] = [0, 0xFF, 0x7F, 0x80][rng.below(4)],
                    _ => {
                        // A little-endian u32 of a telling value, where an offset or count may be.
                        let v = [0u32, 1, 0xFFFF_FFFF, 0x8000_0000, b.len() as u32][rng.below(5)];
                        let j = i.min(b.len().saturating_sub(4));
                        let n = 4.min(b.len() - j);
                        b[j..j + n].copy_from_slice(&v.to_le_bytes()[..n]);
                    }
                }
            }
            body(&b);
        }
    }
}

#[test]
fn wevt_template_replays() {
    replay("wevt_template", etw_store::wevt::fuzz, 4000);
}

#[test]
fn pe_resources_replays() {
    replay("pe_resources", etw_store::pe::fuzz, 4000);
}

#[test]
fn schema_store_replays() {
    replay("schema_store", etw_store::format::fuzz, 4000);
}

#[test]
fn registry_hive_replays() {
    replay("registry_hive", etw_store::hive::fuzz, 4000);
}
