//! Damaged copies of the real corpus, made in memory: the corrupt sample, every file cut at many offsets, and
//! random byte flips. The reader must never panic, must say where and what the damage is, and must still deliver
//! everything the damage did not touch, identical to what the pristine file gives.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};

use etw_core::EventRef;
use etw_etl::{Damage, DamageScope, EtlError, EtlReader, TimeOrderReader, BUFFER_HEADER_SIZE};
use etw_testkit::corpus;
use etw_testkit::fuzz::hash;

/// What we compare of an event: where it is and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Ev {
    buffer: u64,
    buffer_offset: u64,
    record_offset: u32,
    raw: i64,
    utc: i64,
    kind: u8,
    payload: u64,
    ext: u64,
}

fn ev(e: &EventRef<'_>) -> Ev {
    let l = e.location();
    Ev {
        buffer: l.buffer,
        buffer_offset: l.buffer_offset,
        record_offset: l.record_offset,
        raw: e.timestamp_raw(),
        utc: e.timestamp().0,
        kind: e.header_kind().0,
        payload: hash(e.payload()),
        ext: e.extended().iter().fold(0, |h, i| h ^ hash(i.data()).wrapping_add(u64::from(i.kind().0))),
    }
}

/// A buffer of the pristine file.
#[derive(Clone, Copy, Debug)]
struct Buf {
    offset: u64,
    size: u64,
}

struct Pristine {
    data: Vec<u8>,
    events: Vec<Ev>,
    buffers: Vec<Buf>,
}

/// Reads `data` in file order: events and damage, or the fatal error.
fn read(data: &[u8]) -> Result<(Vec<Ev>, Vec<Damage>), EtlError> {
    let mut r = EtlReader::new(Cursor::new(data))?;
    let (mut events, mut damage) = (Vec::new(), Vec::new());
    r.for_each(|e| events.push(ev(e)), |d| damage.push(d.clone()));
    assert_eq!(r.counts().records, events.len() as u64);
    Ok((events, damage))
}

/// Reads `data` in timestamp order and checks it delivers the records file order delivered.
fn check_time_order(data: &[u8], file_order: &[Ev], what: &str) {
    let r = EtlReader::new(Cursor::new(data)).unwrap();
    let mut merged = TimeOrderReader::new(vec![r]);
    let mut got = Vec::new();
    merged.for_each(|e| got.push(ev(e)), |d| assert!(!d.reason.is_empty()));
    let key = |e: &Ev| (e.buffer_offset, e.record_offset, e.payload, e.ext);
    let mut a: Vec<_> = file_order.iter().map(key).collect();
    let mut b: Vec<_> = got.iter().map(key).collect();
    a.sort_unstable();
    b.sort_unstable();
    assert!(a == b, "{what}: timestamp order delivered {} records, file order {}", b.len(), a.len());
}

fn pristine(dir: &Path, rel: &Path) -> Option<Pristine> {
    let data = std::fs::read(dir.join("etl").join(rel)).unwrap();
    let mut r = EtlReader::new(Cursor::new(&data[..])).ok()?;
    let mut buffers = Vec::new();
    while let Some(b) = r.next_buffer() {
        let loc = b.unwrap_or_else(|d| panic!("{}: {d}", rel.display()));
        buffers.push(Buf { offset: loc.offset, size: u64::from(loc.available) });
    }
    let (events, damage) = read(&data).unwrap();
    assert!(damage.is_empty(), "{}: {damage:?}", rel.display());
    Some(Pristine { data, events, buffers })
}

fn corpus_files() -> Option<(PathBuf, Vec<PathBuf>)> {
    let dir = corpus::require()?;
    let files: Vec<PathBuf> = corpus::etl_files(&dir).into_iter().filter(|f| !corpus::is_corrupt_sample(f)).collect();
    assert!(files.len() >= 30, "only {} corpus files", files.len());
    Some((dir, files))
}

/// SplitMix64: a deterministic PRNG without dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[test]
fn corrupt_sample_is_a_clear_logfile_header_error() {
    let Some(dir) = corpus::require() else { return };
    let path = dir.join("etl").join(corpus::CORRUPT_SAMPLE);
    let data = std::fs::read(&path).unwrap();
    match EtlReader::new(Cursor::new(&data[..])) {
        Err(EtlError::BadLogfileHeader { path: None, offset, reason }) => {
            assert_eq!(offset, 0, "{reason}");
            // Every NUL became a space: BufferSize reads 0x20202020 or thereabouts, far beyond any buffer.
            assert!(reason.contains("BufferSize") && reason.contains("larger than any ETW buffer"), "{reason}");
        }
        Err(e) => panic!("expected BadLogfileHeader, got {e:?}"),
        Ok(_) => panic!("the corrupt sample opened"),
    }
    let msg = match EtlReader::open(&path) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("the corrupt sample opened"),
    };
    assert!(msg.contains("ExplorerStartupLog.CORRUPT"), "{msg}");
    assert!(msg.contains("logfile header damaged at offset 0x0"), "{msg}");
    assert!(msg.contains("BufferSize"), "{msg}");
}

/// Where to cut one file: every kind of place a cut can fall, at least ~30 per file.
fn cut_points(p: &Pristine, rng: &mut Rng) -> Vec<u64> {
    let len = p.data.len() as u64;
    let mut cuts = vec![0, 1, 4, BUFFER_HEADER_SIZE as u64 - 1, BUFFER_HEADER_SIZE as u64, 200];
    // A sample of the buffers (every buffer of a small file); fewer for big files, where each cut costs a read
    // of everything before it.
    let samples = if len > 1 << 20 { 3 } else { 12 };
    let step = (p.buffers.len() / samples).max(1);
    for (i, b) in p.buffers.iter().enumerate() {
        if i % step != 0 && i + 1 != p.buffers.len() {
            continue;
        }
        let (o, s) = (b.offset, b.size);
        cuts.extend([o.saturating_sub(1), o, o + 1]); // boundaries
        cuts.extend([o + 0x30, o + BUFFER_HEADER_SIZE as u64 - 1]); // inside the buffer header
        cuts.extend([o + BUFFER_HEADER_SIZE as u64 + 3, o + s / 2, o + s - 1]); // records or compressed data
    }
    cuts.retain(|c| *c < len);
    cuts.sort_unstable();
    cuts.dedup();
    // Pseudo-random offsets: ten, or as many as a file of few buffers needs to reach 40 cuts.
    for _ in 0..10.max(40usize.saturating_sub(cuts.len())) {
        cuts.push(rng.below(len));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

#[test]
fn truncated_files_deliver_a_prefix_and_report_the_cut() {
    let Some((dir, files)) = corpus_files() else { return };
    let mut rng = Rng(0x7472_756e_6361_7465);
    let mut total_cuts = 0;
    for rel in &files {
        let p = pristine(&dir, rel).unwrap();
        let cuts = cut_points(&p, &mut rng);
        assert!(cuts.len() >= 30 || p.data.len() < 30 * 72, "{}: {} cuts", rel.display(), cuts.len());
        let first_end = p.buffers[0].offset + p.buffers[0].size;
        let ends: HashMap<u64, u64> = p.buffers.iter().map(|b| (b.offset, b.offset + b.size)).collect();
        for (n, &cut) in cuts.iter().enumerate() {
            let what = format!("{} cut at {cut:#x}", rel.display());
            let data = &p.data[..cut as usize];
            let (events, damage) = match read(data) {
                Ok(r) => r,
                Err(EtlError::BadLogfileHeader { reason, .. }) => {
                    assert!(cut < first_end, "{what}: {reason}");
                    continue;
                }
                Err(e) => panic!("{what}: {e}"),
            };
            assert!(cut >= first_end, "{what}: opened with buffer 0 cut");
            // The buffer the cut falls in (strictly inside), if any.
            let inside = p.buffers.iter().position(|b| b.offset < cut && cut < b.offset + b.size);
            // Events of the buffers that end at or before the cut: all of them must come, unchanged.
            let complete = p.events.iter().take_while(|e| ends[&e.buffer_offset] <= cut).count();
            assert!(
                events.len() >= complete,
                "{what}: {} events, {complete} in the whole buffers before",
                events.len()
            );
            assert!(events.len() <= p.events.len(), "{what}: more events than the whole file");
            assert!(events[..] == p.events[..events.len()], "{what}: events differ from the pristine file's");
            match inside {
                Some(i) => {
                    let b = p.buffers[i];
                    // Nothing beyond the cut buffer, and the cut is reported at that buffer.
                    assert!(events.iter().all(|e| e.buffer_offset <= b.offset), "{what}");
                    assert!(
                        damage.iter().any(|d| d.buffer_offset == b.offset && d.scope == DamageScope::Buffer),
                        "{what}: no damage at buffer {i} ({:#x}): {damage:?}",
                        b.offset
                    );
                    for d in &damage {
                        assert_eq!(d.buffer_offset, b.offset, "{what}: {d}");
                        assert!(!d.reason.is_empty() && d.to_string().contains(&format!("{:#x}", b.offset)), "{d}");
                    }
                }
                None => {
                    assert_eq!(events.len(), complete, "{what}");
                    assert!(damage.is_empty(), "{what}: {damage:?}");
                }
            }
            // Timestamp order on a few cuts per file (it indexes the whole file first).
            if n % 8 == 0 {
                check_time_order(data, &events, &what);
            }
            total_cuts += 1;
        }
    }
    assert!(total_cuts > 30 * 30, "{total_cuts}");
}

/// The buffers a set of flips leaves alone. A flip in a buffer's `BufferSize` can move every later boundary as
/// far as the new size reaches, so the buffers up to there count as touched too.
fn untouched(p: &Pristine, flips: &[(usize, u8)]) -> Vec<u64> {
    let mut touched = HashSet::new();
    let mut layout_from = u64::MAX;
    for &(at, _) in flips {
        let at = at as u64;
        let Some(b) = p.buffers.iter().find(|b| b.offset <= at && at < b.offset + b.size) else { continue };
        touched.insert(b.offset);
        if at < b.offset + 4 {
            layout_from = layout_from.min(b.offset);
        }
    }
    p.buffers.iter().map(|b| b.offset).filter(|o| !touched.contains(o) && *o < layout_from).collect()
}

#[test]
fn byte_flips_spare_untouched_buffers() {
    let Some((dir, files)) = corpus_files() else { return };
    let mut rng = Rng(0x666c_6970_7321);
    let mut runs = 0;
    for rel in &files {
        let p = pristine(&dir, rel).unwrap();
        let len = p.data.len();
        // Many runs on small files, fewer on big ones (each run reads the whole file).
        let iterations = if len <= 512 << 10 { 40 } else { (8 << 20) / len }.max(2);
        let first_end = (p.buffers[0].offset + p.buffers[0].size) as usize;
        let mut data = p.data.clone();
        for it in 0..iterations {
            let n = 1 + rng.below(8) as usize;
            // Mostly after the logfile header buffer; now and then anywhere; now and then in buffer headers.
            let flips: Vec<(usize, u8)> = (0..n)
                .map(|_| {
                    let at = match rng.below(8) {
                        0 => rng.below(len as u64) as usize,
                        1 | 2 => {
                            let b = p.buffers[rng.below(p.buffers.len() as u64) as usize];
                            (b.offset + rng.below(BUFFER_HEADER_SIZE as u64)) as usize
                        }
                        _ => first_end + rng.below((len - first_end).max(1) as u64) as usize,
                    };
                    (at.min(len - 1), 1u8 << rng.below(8))
                })
                .collect();
            for &(at, bit) in &flips {
                data[at] ^= bit;
            }
            let what = format!("{} flips {flips:x?}", rel.display());
            match read(&data) {
                Err(EtlError::BadLogfileHeader { offset, reason, .. }) => {
                    assert!(flips.iter().any(|(at, _)| *at < first_end), "{what}: {reason}");
                    assert!(offset < first_end as u64 && !reason.is_empty(), "{what}");
                }
                Err(e) => panic!("{what}: {e}"),
                Ok((events, damage)) => {
                    for d in &damage {
                        assert!(!d.reason.is_empty(), "{what}");
                    }
                    let spared: HashSet<u64> = untouched(&p, &flips).into_iter().collect();
                    let key = |e: &Ev| (e.buffer_offset, e.record_offset, e.payload, e.ext);
                    let want: HashSet<_> =
                        p.events.iter().filter(|e| spared.contains(&e.buffer_offset)).map(key).collect();
                    let got: HashSet<_> = events.iter().map(key).collect();
                    let missing = want.difference(&got).count();
                    assert_eq!(missing, 0, "{what}: {missing} records of untouched buffers lost; damage {damage:?}");
                    if it % 4 == 0 {
                        check_time_order(&data, &events, &what);
                    }
                }
            }
            for &(at, _) in &flips {
                data[at] = p.data[at];
            }
            runs += 1;
        }
    }
    assert!(runs > 500, "{runs}");
}
