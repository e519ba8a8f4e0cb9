//! PE files built by our own encoder from the corpus's manifests (every provider of every manifest: structs,
//! counts and lengths taken from other fields, fixed counts and lengths, value maps and bitmaps, messages) read
//! back into the manifests' schemas; damaged and truncated ones give errors, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod common;

use std::path::{Path, PathBuf};

use etw_schema::{Count, Length, PropertyType};
use etw_store::msgtable::MessageTable;
use etw_store::{pe, wevt};

fn manifests(corpus: &Path) -> Vec<PathBuf> {
    let mut out = vec![corpus.join("../schemas/dotnet/ClrEtwAll.man"), corpus.join("pe/rusttrace/rtrace.man")];
    for dir in ["manifests/tx", "manifests/dissect-etl-3.14"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn read(bytes: &[u8]) -> wevt::Wevt {
    let res = pe::read_resources_from_bytes(bytes).unwrap();
    let (table, problems) = MessageTable::parse(res.message_table.as_deref().unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    wevt::parse(res.wevt_template.as_deref().unwrap(), &table)
}

#[test]
fn every_corpus_manifest_round_trips_through_a_pe_file() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let (mut events, mut providers) = (0usize, 0usize);
    let (mut structs, mut counted, mut lengths, mut fixed, mut maps, mut bitmaps, mut messages) = (0, 0, 0, 0, 0, 0, 0);
    for man in manifests(&corpus) {
        for (guid, schemas, bytes) in common::encode::pe_of_manifest(&man) {
            // For the import benchmark (docs/BENCHMARKS.md): a directory of these PE files.
            if let Some(dir) = std::env::var_os("ETWKIT_WRITE_PES") {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(PathBuf::from(dir).join(format!("{guid}.dll")), &bytes).unwrap();
            }
            let w = read(&bytes);
            assert!(w.problems.is_empty(), "{}: {:?}", man.display(), w.problems);
            assert_eq!(w.providers.len(), 1);
            let p = &w.providers[0];
            assert_eq!(p.guid, guid);
            assert_eq!(p.name.as_deref(), schemas[0].provider_name.as_deref());
            assert_eq!(p.events.len(), schemas.len(), "{}", man.display());
            for (want, got) in schemas.iter().zip(&p.events) {
                let d = common::differences_with(want, got, false);
                assert!(d.is_empty(), "{}:\n{}", man.display(), d.join("\n"));
                messages += usize::from(got.message.is_some());
                for prop in &got.properties {
                    structs += usize::from(matches!(prop.ty, PropertyType::Struct { .. }));
                    counted += usize::from(matches!(prop.count, Count::Property(_)));
                    lengths += usize::from(matches!(prop.length, Length::Property(_)));
                    fixed +=
                        usize::from(matches!(prop.count, Count::Fixed(_)) || matches!(prop.length, Length::Fixed(_)));
                    if let PropertyType::Simple { map: Some(m), .. } = &prop.ty {
                        if m.bitmap {
                            bitmaps += 1
                        } else {
                            maps += 1
                        }
                    }
                }
            }
            events += schemas.len();
            providers += 1;
        }
    }
    eprintln!(
        "{providers} providers, {events} events: {structs} structs, {counted} counts and {lengths} lengths from \
         other fields, {fixed} fixed, {maps} value maps, {bitmaps} bitmaps, {messages} messages"
    );
    assert!(providers > 800 && events > 10_000, "{providers} {events}");
    assert!(
        structs > 20 && counted > 100 && lengths > 50 && fixed > 20 && maps > 100 && bitmaps > 20 && messages > 1000
    );
}

#[test]
fn damaged_pe_files_are_errors_with_offsets_never_panics() {
    let Some(corpus) = etw_testkit::corpus::require() else { return };
    let (_, _, bytes) = common::encode::pe_of_manifest(&corpus.join("manifests/tx/HTTP_Server.man")).remove(0);
    assert!(read(&bytes).problems.is_empty());
    for cut in 0..bytes.len() {
        match pe::read_resources_from_bytes(&bytes[..cut]) {
            Ok(res) => {
                // A resource cut short is a warning; what was read parses without a panic.
                let (t, _) = MessageTable::parse(res.message_table.as_deref().unwrap_or_default());
                let _ = wevt::parse(res.wevt_template.as_deref().unwrap_or_default(), &t);
            }
            Err(e) => {
                let text = e.to_string();
                assert!(text.contains("offset") || text.contains("without resources"), "cut {cut}: {text}");
            }
        }
    }
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..3000 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let mut b = bytes.clone();
        let i = (rng % b.len() as u64) as usize;
        b[i] ^= (rng >> 32) as u8 | 1;
        etw_store::pe::fuzz(&b);
        if let Ok(res) = pe::read_resources_from_bytes(&b) {
            let (t, _) = MessageTable::parse(res.message_table.as_deref().unwrap_or_default());
            let w = wevt::parse(res.wevt_template.as_deref().unwrap_or_default(), &t);
            let blob_len = res.wevt_template.as_deref().map_or(0, <[u8]>::len);
            for p in &w.problems {
                assert!(p.offset < blob_len.max(1), "{p}");
            }
        }
    }
    // Not a PE, and a PE without resources.
    assert!(pe::read_resources_from_bytes(b"hello").unwrap_err().to_string().contains("not a PE file"));
    let bare = common::encode::pe(None, None);
    let res = pe::read_resources_from_bytes(&bare).unwrap();
    assert_eq!((res.wevt_template, res.message_table), (None, None));
}
