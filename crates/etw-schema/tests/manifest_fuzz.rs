//! The manifest fuzz body (`etw_schema::fuzzing::manifest`) on stable: the seed inputs in
//! `tests/fuzz_seeds/manifest/` (manifest text, a NUL, a payload), then mutations of them from a fixed-seed
//! generator, so every run replays the same inputs. Nothing may panic or hang.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::path::PathBuf;

use etw_testkit::fuzz::replay::{seed_files, Rng};

use etw_core::Guid;
use etw_schema::fuzzing::manifest as fuzz;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::Decoder;

fn seeds() -> Vec<(String, Vec<u8>)> {
    seed_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_seeds/manifest"))
}

/// (manifest text, payload) of a seed, as the fuzz body splits it.
fn split(seed: &[u8]) -> (String, &[u8]) {
    match seed.iter().position(|b| *b == 0) {
        Some(i) => (String::from_utf8(seed[..i].to_vec()).unwrap(), &seed[i + 1..]),
        None => (String::from_utf8(seed.to_vec()).unwrap(), seed),
    }
}

const GUID: Guid = Guid::parse_const("01234567-89ab-cdef-0123-456789abcdef");

#[test]
fn seeds_are_what_they_claim() {
    let seeds = seeds();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["assembly.bin", "count.bin", "full.bin", "malformed.xml", "no_payload.xml"]);
    for (name, seed) in &seeds {
        let (text, payload) = split(seed);
        let mut m = ManifestSource::new();
        let loaded = m.load_str(&text, name);
        let mut dec = Decoder::new();
        match name.as_str() {
            "malformed.xml" => assert!(loaded.is_err()),
            "full.bin" => {
                assert!(loaded.unwrap().is_clean());
                // Two payloads one after the other: event 1's, then event 2's.
                let e1 = m.schema(&GUID, 1, 0).unwrap().unwrap();
                let rest = dec.decode(&e1, payload, 8).unwrap().trailing_bytes();
                let e2 = m.schema(&GUID, 2, 1).unwrap().unwrap();
                let d = dec.decode(&e2, &payload[payload.len() - rest..], 8).unwrap();
                assert_eq!(d.trailing_bytes(), 0);
                assert!(m.schema(&GUID, 3, 0).unwrap().is_ok());
            }
            "count.bin" => {
                // A count of 0xffffffff elements of one byte with two bytes left: an error, not a loop.
                let s = m.schema(&GUID, 7, 0).unwrap().unwrap();
                assert!(dec.decode(&s, payload, 8).is_err());
            }
            _ => assert!(loaded.unwrap().events > 0, "{name}"),
        }
        fuzz(seed);
    }
}

/// Attributes spliced into tags, so mutations stay near well-formed.
const ATTRIBUTES: [&str; 12] = [
    " count=\"N\"",
    " length=\"Len\"",
    " count=\"65535\"",
    " length=\"0x10000\"",
    " inType=\"win:Binary\"",
    " inType=\"win:UnicodeString\"",
    " outType=\"win:SocketAddress\"",
    " map=\"B\"",
    " message=\"$(string.",
    " version=\"300\"",
    " value=\"-1\"",
    " template=\"T2\"",
];

/// Elements spliced between tags.
const ELEMENTS: [&str; 6] = [
    "<struct name=\"s\" count=\"2\"><data name=\"q\" inType=\"win:UInt8\"/></struct>",
    "<data name=\"Z\" inType=\"win:SID\"/>",
    "<data name=\"C\" inType=\"win:UInt16\"/><data name=\"D\" inType=\"win:UInt64\" count=\"C\"/>",
    "<struct name=\"n\"><struct name=\"m\"/></struct>",
    "<string id=\"x\" value=\"&amp;\"/>",
    "<event value=\"9\" template=\"T1\"/>",
];

fn positions(input: &[u8], byte: u8) -> Vec<usize> {
    (0..input.len()).filter(|i| input[*i] == byte).collect()
}

fn mutate_text(rng: &mut Rng, text: &mut Vec<u8>) {
    let len = text.len();
    match rng.below(8) {
        // An attribute added to a tag, before its `>` or `/>`.
        0 | 1 => {
            let ends = positions(text, b'>');
            if let Some(&at) = ends.get(rng.below(ends.len())) {
                let at = if at > 0 && text[at - 1] == b'/' { at - 1 } else { at };
                let a = ATTRIBUTES[rng.below(ATTRIBUTES.len())].as_bytes();
                text.splice(at..at, a.iter().copied());
            }
        }
        // An element added after a tag.
        2 => {
            let ends = positions(text, b'>');
            if let Some(&at) = ends.get(rng.below(ends.len())) {
                let e = ELEMENTS[rng.below(ELEMENTS.len())].as_bytes();
                text.splice(at + 1..at + 1, e.iter().copied());
            }
        }
        // A tag repeated or removed.
        3 | 4 => {
            let starts = positions(text, b'<');
            if let Some(&s) = starts.get(rng.below(starts.len())) {
                if let Some(e) = text[s..].iter().position(|b| *b == b'>') {
                    let tag = text[s..=s + e].to_vec();
                    if tag.ends_with(b"/>") || rng.below(4) == 0 {
                        if rng.below(2) == 0 {
                            text.splice(s..s, tag);
                        } else {
                            text.drain(s..=s + e);
                        }
                    }
                }
            }
        }
        // A digit changed: counts, lengths, values, versions.
        5 | 6 => {
            let digits: Vec<usize> = (0..len).filter(|i| text[*i].is_ascii_digit()).collect();
            if let Some(&i) = digits.get(rng.below(digits.len())) {
                text[i] = b'0' + rng.below(10) as u8;
            }
        }
        // Now and then, any byte.
        _ if len > 0 => {
            let i = rng.below(len);
            text[i] = rng.next_u64() as u8;
        }
        _ => {}
    }
}

fn mutate_payload(rng: &mut Rng, payload: &mut Vec<u8>) {
    let len = payload.len();
    match rng.below(4) {
        0 if len > 0 => {
            let i = rng.below(len);
            payload[i] = [0, 1, 2, 0x7f, 0x80, 0xff][rng.below(6)];
        }
        1 => payload.truncate(rng.below(len + 1)),
        2 => {
            let at = rng.below(len + 1);
            payload.splice(at..at, (0..rng.below(24)).map(|_| rng.next_u64() as u8));
        }
        _ if len > 0 => {
            let i = rng.below(len);
            payload[i] ^= 1 << rng.below(8);
        }
        _ => {}
    }
}

/// Mutates the text or the payload of a seed (text, NUL, payload).
fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    let nul = input.iter().position(|b| *b == 0);
    let (mut text, mut payload) = match nul {
        Some(i) => (input[..i].to_vec(), input[i + 1..].to_vec()),
        None => (input.clone(), Vec::new()),
    };
    for _ in 0..=rng.below(3) {
        if nul.is_some() && rng.below(3) == 0 {
            mutate_payload(rng, &mut payload);
        } else {
            mutate_text(rng, &mut text);
        }
    }
    text.retain(|b| *b != 0);
    *input = text;
    if nul.is_some() {
        input.push(0);
        input.extend_from_slice(&payload);
    }
}

/// Mutations of each seed, and random inputs, per run.
const PER_SEED: usize = 1500;
const RANDOM: usize = 2000;

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x0005_eed0_f3a1_fe57);
    let mut runs = 0;
    let mut loaded = 0;
    for (_, seed) in seeds() {
        for _ in 0..PER_SEED {
            let mut input = seed.clone();
            mutate(&mut rng, &mut input);
            fuzz(&input);
            runs += 1;
            let text = input.split(|b| *b == 0).next().unwrap_or_default();
            loaded += usize::from(ManifestSource::new().load_str(&String::from_utf8_lossy(text), "m").is_ok());
        }
    }
    // Most mutations keep the text a manifest, so the schema building and decoding behind it are exercised.
    assert!(loaded > 4000, "only {loaded} mutated inputs loaded");
    eprintln!("{loaded} of {runs} mutated inputs loaded");
    // Random bytes too, of random lengths.
    for _ in 0..RANDOM {
        let n = rng.below(300);
        let input: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        fuzz(&input);
        runs += 1;
    }
    assert_eq!(runs, 5 * PER_SEED + RANDOM);
}
