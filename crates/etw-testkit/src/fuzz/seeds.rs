//! Small synthetic seed inputs for the fuzz targets, built here byte by byte (nothing from real traces).
//!
//! `etl_reader` seeds are tiny ETL files: a logfile header buffer, then buffers holding one record of every
//! header kind, extended data items of every type, a compressed buffer, two processors, a damaged buffer
//! followed by a good one, and a file cut inside its last buffer. `lzxpress` seeds exercise literals, short and
//! overlapping matches and every length escape. Each seed stays under 4 KiB so the fuzzer's default maximum
//! length keeps its inputs small.

use crate::build::bytes::{set_u16, Put};

/// Session buffer size written in the seeds' logfile headers (the decompression limit).
const NOMINAL: u32 = 4096;
const BUFFER_HEADER: usize = 0x48;
const COMPRESSED: u16 = 0x40;
const PROC_INDEX: u16 = 0x20;
/// 2020-07-29T00:07:10Z as a FILETIME.
const START: i64 = 132_404_548_300_000_000;
const QPC_FREQ: i64 = 10_000_000;

fn guid(seed: u8) -> [u8; 16] {
    core::array::from_fn(|i| seed.wrapping_mul(31).wrapping_add(i as u8))
}

/// Pads a record to its 8-byte alignment after writing its size.
fn finish_record(mut r: Vec<u8>, size_at: usize) -> Vec<u8> {
    let size = r.len() as u16;
    set_u16(&mut r, size_at, size);
    r.resize(r.len().next_multiple_of(8), 0);
    r
}

/// A kernel record: SYSTEM (with CPU times), COMPACT or PERFINFO, by `kind`.
fn kernel(kind: u8, hook: u16, ts: i64, payload: &[u8]) -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(2);
    r.extend_from_slice(&[kind, 0xC0]);
    r.put_u16(0);
    r.put_u16(hook);
    if matches!(kind, 0x10 | 0x11) {
        r.put_u64(ts as u64);
    } else {
        r.put_u32(0x1234);
        r.put_u32(0x42);
        r.put_u64(ts as u64);
        if matches!(kind, 0x01 | 0x02) {
            r.put_u32(7);
            r.put_u32(9);
        }
    }
    r.extend_from_slice(payload);
    finish_record(r, 4)
}

/// A classic record: FULL_HEADER, INSTANCE or WNODE_HEADER, by `kind`.
fn classic(kind: u8, ts: i64, payload: &[u8]) -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(0);
    r.extend_from_slice(&[kind, 0xC0]);
    r.extend_from_slice(&[10, 4]); // type, level
    r.put_u16(2); // version
    r.put_u32(0x1234);
    r.put_u32(0x42);
    r.put_u64(ts as u64);
    r.extend_from_slice(&guid(kind));
    r.put_u32(1);
    r.put_u32(2);
    if matches!(kind, 0x0B | 0x15) {
        r.put_u32(5);
        r.put_u32(6);
        r.extend_from_slice(&guid(0x77));
    }
    r.extend_from_slice(payload);
    finish_record(r, 0)
}

/// An `EVENT_HEADER` record with extended items `ext` (type, data) and `payload`.
fn event(kind: u8, flags: u16, ts: i64, ext: &[(u16, Vec<u8>)], payload: &[u8]) -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(0);
    r.extend_from_slice(&[kind, 0xC0]);
    r.put_u16(flags | u16::from(!ext.is_empty()));
    r.put_u16(0);
    r.put_u32(0x1234);
    r.put_u32(0x42);
    r.put_u64(ts as u64);
    r.extend_from_slice(&guid(3));
    r.put_u16(17); // id
    r.extend_from_slice(&[1, 11, 4, 0]); // version, channel, level, opcode
    r.put_u16(5); // task
    r.put_u64(0x8000_0000_0000_0001);
    r.put_u64(0x0000_0003_0000_0004);
    r.extend_from_slice(&guid(4));
    for (i, (kind, data)) in ext.iter().enumerate() {
        let size = (8 + data.len()).next_multiple_of(8);
        r.put_u16(size as u16);
        r.put_u16(*kind);
        r.put_u16(u16::from(i + 1 < ext.len()));
        r.put_u16(data.len() as u16);
        r.extend_from_slice(data);
        r.resize(r.len() + size - 8 - data.len(), 0);
    }
    r.extend_from_slice(payload);
    finish_record(r, 0)
}

fn message(options: u16, ts: i64, payload: &[u8]) -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(0);
    r.extend_from_slice(&[0, 0x90]);
    r.put_u16(12);
    r.put_u16(options);
    if options & 1 != 0 {
        r.put_u32(99);
    }
    if options & 2 != 0 {
        r.extend_from_slice(&guid(9));
    } else if options & 4 != 0 {
        r.put_u32(3);
    }
    if options & 8 != 0 {
        r.put_u64(ts as u64);
    }
    if options & 0x20 != 0 {
        r.put_u32(0x1234);
        r.put_u32(0x42);
    }
    r.extend_from_slice(payload);
    finish_record(r, 0)
}

fn timed(ts: i64) -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(0);
    r.extend_from_slice(&[0x0C, 0xB0]);
    r.put_u32(77);
    r.put_u64(ts as u64);
    r.extend_from_slice(b"tm");
    finish_record(r, 0)
}

fn wnode(ts: i64) -> Vec<u8> {
    classic(0x0E, ts, b"wnode")
}

fn error_record() -> Vec<u8> {
    let mut r = Vec::new();
    r.put_u16(0);
    r.extend_from_slice(&[0x0D, 0xC0]);
    r.put_u32(0xDEAD);
    finish_record(r, 0)
}

/// The `TRACE_LOGFILE_HEADER` payload, 64- or 32-bit layout.
fn logfile_payload(wide: bool, clock_type: u32) -> Vec<u8> {
    let mut p = Vec::new();
    p.put_u32(NOMINAL);
    p.extend_from_slice(&[10, 0, 0, 0]); // version 10.0
    p.put_u32(19041);
    p.put_u32(2); // processors
    p.put_u64((START + 50_000_000) as u64); // end time
    p.put_u32(156_250);
    p.put_u32(0);
    p.put_u32(0x0100_0001);
    p.put_u32(4);
    p.put_u32(0);
    p.put_u32(if wide { 8 } else { 4 });
    p.put_u32(0);
    p.put_u32(3000); // CPU MHz
    if wide {
        p.put_u64(0xFFFF_8000_1234_0000);
        p.put_u64(0xFFFF_8000_1234_1000);
    } else {
        p.put_u32(0x8000_0000);
        p.put_u32(0x8000_1000);
    }
    // TIME_ZONE_INFORMATION: bias, names and rules.
    let tz_start = p.len();
    p.put_u32(0xFFFF_FFC4); // -60
    for c in "W. Europe".encode_utf16() {
        p.put_u16(c);
    }
    p.resize(tz_start + 0x44, 0);
    for w in [0u16, 10, 0, 5, 3, 0, 0, 0] {
        p.put_u16(w);
    }
    p.put_u32(0);
    for c in "W. Europe Daylight".encode_utf16() {
        p.put_u16(c);
    }
    p.resize(tz_start + 0x98, 0);
    for w in [0u16, 3, 0, 5, 2, 0, 0, 0] {
        p.put_u16(w);
    }
    p.put_u32(0xFFFF_FFC4);
    p.resize(p.len().next_multiple_of(8), 0);
    p.put_u64((START - 36_000_000_000) as u64); // boot time
    p.put_u64(QPC_FREQ as u64);
    p.put_u64(START as u64);
    p.put_u32(clock_type);
    p.put_u32(0);
    for s in ["Seed Session", "C:\\seed.etl"] {
        for c in s.encode_utf16() {
            p.put_u16(c);
        }
        p.put_u16(0);
    }
    p
}

/// A buffer: header then `records`. `size` is its `BufferSize` (at least header plus records).
fn buffer(processor: u16, flags: u16, records: &[u8], size: usize) -> Vec<u8> {
    let filled = BUFFER_HEADER + records.len();
    let mut b = buffer_header(size as u32, filled as u32, processor, flags, 0);
    b.extend_from_slice(records);
    b.resize(size.max(filled), 0xFF);
    b
}

fn buffer_header(size: u32, filled: u32, processor: u16, flags: u16, buffer_type: u16) -> Vec<u8> {
    let mut b = Vec::new();
    b.put_u32(size);
    b.put_u32(0);
    b.put_u32(filled);
    b.put_u32(0);
    b.put_u64(1000);
    b.put_u64(1);
    b.put_u64(0);
    b.put_u16(processor);
    b.put_u16(5); // logger id
    b.put_u32(0);
    b.put_u32(filled);
    b.put_u16(flags);
    b.put_u16(buffer_type);
    b.put_u64(START as u64);
    b.put_u64(0);
    b
}

/// Buffer 0: the logfile header record.
fn header_buffer(wide: bool, clock_type: u32) -> Vec<u8> {
    let kind = if wide { 0x02 } else { 0x01 };
    let rec = kernel(kind, 0x0000, 0, &logfile_payload(wide, clock_type));
    let mut b = buffer(0, 0, &rec, BUFFER_HEADER + rec.len());
    b.truncate(BUFFER_HEADER + rec.len());
    b
}

fn concat(parts: &[Vec<u8>]) -> Vec<u8> {
    parts.concat()
}

/// Records of every header kind, 64-bit where the kind has a width, with timestamps from `ts`.
fn every_kind(ts: i64, wide: bool) -> Vec<u8> {
    let k = |narrow: u8, w: u8| if wide { w } else { narrow };
    concat(&[
        kernel(k(0x01, 0x02), 0x0524, ts, b"sys"),
        kernel(k(0x03, 0x04), 0x0A43, ts + 1, b"compact"),
        kernel(k(0x10, 0x11), 0x0F33, ts + 2, b"perfinfo"),
        classic(k(0x0A, 0x14), ts + 3, b"full"),
        classic(k(0x0B, 0x15), ts + 4, b"instance"),
        event(k(0x12, 0x13), 0, ts + 5, &[], b"event"),
        message(0x2B, ts + 6, b"wpp"),
        message(0x04, ts + 7, b"no timestamp"),
        timed(ts + 8),
        wnode(ts + 9),
        error_record(),
        {
            // An unknown kind: kept as payload.
            let mut r = vec![0, 0, 0x1F, 0xC0, 1, 2, 3, 4];
            set_u16(&mut r, 0, 8);
            r
        },
    ])
}

fn every_extended_item(ts: i64) -> Vec<u8> {
    let mut sid = vec![1u8, 2, 0, 0, 0, 0, 0, 5];
    sid.extend_from_slice(&32u32.to_le_bytes());
    sid.extend_from_slice(&544u32.to_le_bytes());
    let mut traits = Vec::new();
    traits.put_u16(0);
    traits.extend_from_slice(b"Seed.Provider\0");
    traits.put_u16(19);
    traits.push(1);
    traits.extend_from_slice(&guid(5));
    let n = traits.len() as u16;
    set_u16(&mut traits, 0, n);
    let mut stack64 = 42u64.to_le_bytes().to_vec();
    for a in [0xFFFF_F800_0000_1000u64, 0x7FF6_0000_2000] {
        stack64.extend_from_slice(&a.to_le_bytes());
    }
    let mut stack32 = 43u64.to_le_bytes().to_vec();
    for a in [0x7700_1000u32, 0x7700_2000] {
        stack32.extend_from_slice(&a.to_le_bytes());
    }
    let mut inst = vec![1, 0, 0, 0, 2, 0, 0, 0];
    inst.extend_from_slice(&guid(6));
    let eight = 0x1122_3344_5566_7788u64.to_le_bytes().to_vec();
    let mut key = eight.clone();
    key.extend_from_slice(&eight);
    let items: Vec<(u16, Vec<u8>)> = vec![
        (1, guid(1).to_vec()),
        (2, sid),
        (3, 1u32.to_le_bytes().to_vec()),
        (4, inst),
        (5, stack32),
        (6, stack64),
        (7, eight.clone()),
        (8, key.clone()),
        (9, eight.clone()),
        (10, eight.clone()),
        (11, vec![0x20, 0, 0, b'E', b'v', 0, 1, 2]),
        (12, traits),
        (13, eight.clone()),
        (14, guid(7).to_vec()),
        (15, eight.clone()),
        (16, guid(8).to_vec()),
        (17, key[..12].to_vec()),
        (18, key),
        (0x99, vec![1, 2, 3]),
        (6, vec![1]), // too short for its type
    ];
    concat(&[
        event(0x13, 0x10, ts, &items[..10], b"first"),
        event(0x13, 0x02, ts + 1, &items[10..], b"second"),
        event(0x12, 0, ts + 2, &items[..1], b"32-bit"),
    ])
}

/// The seeds of the `etl_reader` target: (name, bytes).
pub fn etl_reader() -> Vec<(&'static str, Vec<u8>)> {
    let h64 = header_buffer(true, 1);
    let plain = |procs: u16, recs: &[u8]| buffer(procs, 0, recs, BUFFER_HEADER + recs.len() + 8);
    let kinds = every_kind(1_000, true);
    let mut out = vec![
        ("header-only", h64.clone()),
        ("kinds64", concat(&[h64.clone(), plain(0, &kinds)])),
        ("kinds32", concat(&[header_buffer(false, 1), plain(0, &every_kind(1_000, false))])),
        ("cpu-cycle-clock", concat(&[header_buffer(true, 3), plain(1, &kernel(0x02, 0x0524, 5, b"x"))])),
        ("system-time-clock", concat(&[header_buffer(true, 2), plain(0, &event(0x13, 0, START + 5, &[], b"y"))])),
        ("extended", concat(&[h64.clone(), plain(0, &every_extended_item(2_000))])),
    ];
    // Two processors whose buffers interleave in time; the second uses PROC_INDEX.
    let p0a = concat(&[kernel(0x02, 0x0524, 10, b"a"), kernel(0x02, 0x0524, 30, b"c")]);
    let p1 = concat(&[event(0x13, 0, 20, &[], b"b"), event(0x13, 0, 40, &[], b"d")]);
    let p0b = kernel(0x02, 0x0524, 50, b"e");
    out.push((
        "two-processors",
        concat(&[h64.clone(), plain(0, &p0a), buffer(1, PROC_INDEX, &p1, BUFFER_HEADER + p1.len()), plain(0, &p0b)]),
    ));
    // A compressed buffer: header, then LZXpress data that decompresses to the records.
    let recs = concat(&[kinds.clone(), kinds.clone()]);
    let packed = compress(&recs);
    let mut cb =
        buffer_header((BUFFER_HEADER + packed.len()) as u32, (BUFFER_HEADER + recs.len()) as u32, 0, COMPRESSED, 0);
    cb.extend_from_slice(&packed);
    out.push(("compressed", concat(&[h64.clone(), cb.clone(), plain(1, &p0b)])));
    // A buffer whose size is impossible, then a good buffer the scanner must find again.
    let mut bad = plain(0, &p0a);
    bad[..4].copy_from_slice(&3u32.to_le_bytes());
    out.push(("resync", concat(&[h64.clone(), bad, plain(0, &p1)])));
    // A bad record in the middle of a buffer ends that buffer only.
    let mut broken = concat(&[kernel(0x02, 0x0524, 10, b"a"), vec![0; 16], kernel(0x02, 0x0524, 30, b"c")]);
    broken.extend_from_slice(&[0; 8]);
    out.push(("bad-record", concat(&[h64.clone(), plain(0, &broken), plain(0, &p1)])));
    // The file ends inside its last buffer, and inside a compressed buffer.
    let whole = concat(&[h64.clone(), plain(0, &p0a), plain(1, &p1)]);
    out.push(("truncated", whole[..whole.len() - 20].to_vec()));
    let with_cb = concat(&[h64.clone(), cb]);
    out.push(("truncated-compressed", with_cb[..with_cb.len() - 9].to_vec()));
    out.push(("tiny", vec![0x48, 0, 0, 0]));
    out
}

/// The seeds of the `lzxpress` target: (name, bytes).
pub fn lzxpress() -> Vec<(&'static str, Vec<u8>)> {
    let text = b"the quick brown fox jumps over the lazy dog; the quick brown fox jumps again".to_vec();
    let mut runs = Vec::new();
    for (b, n) in [(b'a', 3usize), (b'b', 9), (b'c', 20), (b'd', 40), (b'e', 300), (b'f', 70_000)] {
        runs.extend(std::iter::repeat_n(b, n));
        runs.push(b'|');
    }
    vec![
        ("empty", Vec::new()),
        ("literals", compress(b"abc")),
        ("text", compress(&text)),
        ("runs", compress(&runs)),
        ("records", compress(&every_kind(7, true))),
        ("truncated", {
            let c = compress(&runs);
            c[..c.len() / 2].to_vec()
        }),
    ]
}

/// Plain LZXpress ([MS-XCA] 2.3) by greedy longest match; simple and slow, for small inputs.
pub fn compress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut flag_pos = 0usize;
    let mut flags = 0u32;
    let mut nflags = 0u32;
    let mut nibble_at: Option<usize> = None;
    out.extend_from_slice(&[0; 4]);
    let mut push_flag = |out: &mut Vec<u8>, bit: bool, flag_pos: &mut usize| {
        flags = (flags << 1) | u32::from(bit);
        nflags += 1;
        if nflags == 32 {
            out[*flag_pos..*flag_pos + 4].copy_from_slice(&flags.to_le_bytes());
            *flag_pos = out.len();
            out.extend_from_slice(&[0; 4]);
            flags = 0;
            nflags = 0;
        }
    };
    let mut i = 0;
    // Flag bits are written before their item's bytes, so each item's bytes go to a scratch first.
    while i < input.len() {
        let (mut best_len, mut best_off) = (0usize, 0usize);
        for off in 1..=i.min(8192) {
            let mut l = 0;
            while i + l < input.len() && input[i + l - off] == input[i + l] {
                l += 1;
            }
            if l > best_len {
                (best_len, best_off) = (l, off);
            }
        }
        if best_len < 3 {
            out.push(input[i]);
            push_flag(&mut out, false, &mut flag_pos);
            i += 1;
            continue;
        }
        let len = best_len;
        let m = len - 3;
        let token = ((best_off - 1) << 3) as u16 | (m.min(7) as u16);
        out.extend_from_slice(&token.to_le_bytes());
        if m >= 7 {
            let rest = m - 7;
            let nib = rest.min(15) as u8;
            match nibble_at.take() {
                None => {
                    nibble_at = Some(out.len());
                    out.push(nib);
                }
                Some(at) => out[at] |= nib << 4,
            }
            if rest >= 15 {
                let rest = rest - 15;
                if rest < 255 {
                    out.push(rest as u8);
                } else {
                    out.push(255);
                    if m < 65_536 {
                        out.extend_from_slice(&(m as u16).to_le_bytes());
                    } else {
                        out.extend_from_slice(&0u16.to_le_bytes());
                        out.extend_from_slice(&(m as u32).to_le_bytes());
                    }
                }
            }
        }
        push_flag(&mut out, true, &mut flag_pos);
        i += len;
    }
    // Unused flag bits are set: a set bit with no input left ends the stream.
    let shift = 32 - nflags;
    let last = if nflags == 0 { u32::MAX } else { (flags << shift) | ((1u32 << shift).wrapping_sub(1)) };
    out[flag_pos..flag_pos + 4].copy_from_slice(&last.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compress_round_trips() {
        for (_, data) in [("x", b"abcabcabcabcabcabcabcabcabcabcabcabcabc".to_vec())]
            .into_iter()
            .chain([("kinds", every_kind(1, true)), ("recs", every_extended_item(1))])
        {
            let packed = compress(&data);
            let mut out = Vec::new();
            etw_etl::lzxpress::decompress(&packed, &mut out, 1 << 20).unwrap();
            assert_eq!(out, data);
        }
        let mut long = vec![1u8, 2, 3];
        long.extend(std::iter::repeat_n(9u8, 100_000));
        let mut out = Vec::new();
        etw_etl::lzxpress::decompress(&compress(&long), &mut out, 1 << 20).unwrap();
        assert_eq!(out, long);
    }

    #[test]
    fn seeds_are_small() {
        for (name, s) in etl_reader().into_iter().chain(lzxpress()) {
            assert!(s.len() <= 4096, "{name}: {} bytes", s.len());
        }
    }
}
