//! Golden outputs: for every trace of the shared corpus, what `etw` prints (stdout, stderr, exit code) for
//! `dump`, `dump --order file`, `dump --raw`, `stats --json` and `netmon --json`, and what the library's
//! `FileTrace` delivers to a default callback (one line per event: raw timestamp, provider GUID, id, version,
//! opcode, pid, tid, the schema source and the properties decoded through the parser, or why they are not
//! available; then the error callback's damage reports and the final `TraceStats`). Compared byte for byte with
//! what is stored under `tests/golden/<path of the trace below corpus/etl>.zst`. The same for a few damaged traces
//! made from corpus traces while the test runs (`tests/golden/derived/`, see [`DERIVED`]), which pin the damage
//! reports on stderr (file offset, buffer, record) and what is read around them.
//!
//! Bless (after reviewing why the output changed; the change must be reviewed in the commit):
//!
//! ```sh
//! ETW_BLESS=1 cargo test -p etw-cli --test golden
//! ```
//!
//! The library stream lives here rather than in `etwkit`'s tests so that one archive per trace holds every
//! rendering of its events and one command blesses everything.
//!
//! The archive: a zstd frame (window at most 64 MiB, what ruzstd decodes) holding `etw-golden 1\n`, then
//! sections `@NAME LEN\n` followed by LEN bytes. Two sections are stored relative to others, because most of
//! the size is text they repeat; the comparison is always of the whole reconstructed text:
//! - `dump --order file` prints `dump`'s lines in another order: `dump-file.order` holds, for each line, the
//!   distance of its index in `dump`'s stdout from the previous line's index plus one (usually 0);
//! - the library stream repeats what `dump` and `dump --raw` print: `trace.events-delta` holds `=` for each line
//!   that is exactly what those two lines for the same event say, `+LINE` for any other.
//!
//! - `dump --raw`'s payloads (hex) are stored as bytes in `raw.stdout-payloads`, their lengths in
//!   `raw.stdout-payload-lengths`, the rest of the text in `raw.stdout-text`.
//!
//! Each falls back to the plain text when it does not fit.
//!
//! The commands run with `corpus/etl` as the working directory and the trace's path relative to it, written with
//! `/` on every OS, so the outputs are the same for any checkout location and on Windows.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use etw_testkit::corpus;
use etwkit::trace::{ErrorEvent, FileTrace};

const BLESS: &str = "ETW_BLESS=1 cargo test -p etw-cli --test golden";
const MAGIC: &[u8] = b"etw-golden 1\n";
/// zstd level and window used when blessing (window: 2^26 bytes, within ruzstd's 100 MiB limit).
#[cfg(not(target_env = "msvc"))]
const LEVEL: i32 = 12;
#[cfg(not(target_env = "msvc"))]
const WINDOW_LOG: u32 = 26;

/// The CLI invocations pinned, by the name their sections carry.
const COMMANDS: &[(&str, &[&str])] = &[
    ("dump", &["dump"]),
    ("dump-file", &["dump", "--order", "file"]),
    ("raw", &["dump", "--raw"]),
    ("stats", &["stats", "--json"]),
    ("netmon", &["netmon", "--json"]),
];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Everything pinned for one trace, by section name, in the order the archive stores them.
type Sections = BTreeMap<String, Vec<u8>>;

fn run_cli(etl_dir: &Path, rel: &str, out: &mut Sections) {
    for (name, args) in COMMANDS {
        let o = Command::new(env!("CARGO_BIN_EXE_etw"))
            .current_dir(etl_dir)
            .args(*args)
            .arg(rel)
            .output()
            .unwrap_or_else(|e| panic!("running etw {args:?} {rel}: {e}"));
        let code = o.status.code().map_or_else(|| "killed by a signal".to_owned(), |c| c.to_string());
        out.insert(format!("{name}.exit"), format!("{code}\n").into_bytes());
        out.insert(format!("{name}.stdout"), o.stdout);
        out.insert(format!("{name}.stderr"), o.stderr);
    }
}

/// The library's event stream: every event through a default callback, errors through the error callback.
fn run_trace(etl_dir: &Path, rel: &str, out: &mut Sections) {
    let full = etl_dir.join(rel);
    let events = Arc::new(Mutex::new(Vec::<u8>::new()));
    let errors = Arc::new(Mutex::new(Vec::<u8>::new()));
    let mut trace = FileTrace::new([&full]);
    let sink = events.clone();
    trace.on_default_event(move |ev, ctx| {
        let mut line = format!(
            "{} {} {} {} {} {} {} ",
            ev.timestamp_raw(),
            ev.provider_id(),
            ev.id(),
            ev.version(),
            ev.opcode().0,
            ev.process_id(),
            ev.thread_id()
        )
        .into_bytes();
        let mut props = Vec::new();
        let failure = match ctx.parser() {
            Ok(p) => {
                etwkit::schema::write_json_object(&mut props, p.properties());
                None
            }
            Err(f) => Some(f.to_string()),
        };
        match failure {
            None => {
                line.extend_from_slice(ctx.decoded_by().unwrap_or("?").as_bytes());
                line.push(b' ');
                line.extend_from_slice(&props);
            }
            Some(f) => {
                line.extend_from_slice(b"none ");
                line.extend_from_slice(f.as_bytes());
            }
        }
        line.push(b'\n');
        sink.lock().unwrap().extend_from_slice(&line);
    });
    let sink = errors.clone();
    trace.on_error(move |e| {
        let text = match e {
            // Shown inline on the event's line.
            ErrorEvent::Decode { .. } => return,
            ErrorEvent::Damage(d) => format!("damage: {d}\n"),
            other => format!("error: {other:?}\n"),
        };
        sink.lock().unwrap().extend_from_slice(text.as_bytes());
    });
    let end = match trace.start() {
        Ok(stats) => format!("ok: {stats:?}\n"),
        Err(e) => format!("error: {e}\n"),
    };
    // The path the trace was opened with is machine-specific: show it as the commands see it.
    let full_text = full.display().to_string();
    let normalise = |s: String| s.replace(&full_text, rel).into_bytes();
    out.insert("trace.events".to_owned(), std::mem::take(&mut *events.lock().unwrap()));
    out.insert("trace.errors".to_owned(), normalise(String::from_utf8_lossy(&errors.lock().unwrap()).into_owned()));
    out.insert("trace.end".to_owned(), normalise(end));
}

fn actual_sections(etl_dir: &Path, rel: &str) -> Sections {
    let mut s = Sections::new();
    run_cli(etl_dir, rel, &mut s);
    run_trace(etl_dir, rel, &mut s);
    s
}

fn lines(b: &[u8]) -> Vec<&[u8]> {
    b.split_inclusive(|c| *c == b'\n').collect()
}

/// `dump --order file`'s stdout as an order over `dump`'s lines, if it is a permutation of them.
fn order_of(dump: &[u8], file_order: &[u8]) -> Option<Vec<u8>> {
    let mut at: HashMap<&[u8], VecDeque<usize>> = HashMap::new();
    for (i, l) in lines(dump).into_iter().enumerate() {
        at.entry(l).or_default().push_back(i);
    }
    let mut out = Vec::new();
    let mut next = 0i64;
    for l in lines(file_order) {
        let i = at.get_mut(l)?.pop_front()? as i64;
        out.extend_from_slice(format!("{}\n", i - next).as_bytes());
        next = i + 1;
    }
    (apply_order(dump, &out).as_deref() == Some(file_order)).then_some(out)
}

fn apply_order(dump: &[u8], order: &[u8]) -> Option<Vec<u8>> {
    let dump = lines(dump);
    let mut out = Vec::new();
    let mut next = 0i64;
    for d in lines(order) {
        let d: i64 = std::str::from_utf8(d).ok()?.trim_end().parse().ok()?;
        let i = next + d;
        out.extend_from_slice(dump.get(usize::try_from(i).ok()?)?);
        next = i + 1;
    }
    Some(out)
}

/// The line the library stream is expected to hold for an event, made from the CLI's lines for it: the raw
/// timestamp, provider GUID, id, version, opcode, pid and tid of `dump --raw`, the schema source and the
/// properties (or the reason there are none) of `dump`. `None` where the lines do not have that shape.
fn trace_line_from_cli(dump: &[u8], raw: &[u8]) -> Option<Vec<u8>> {
    let r: serde_json::Value = serde_json::from_slice(raw).ok()?;
    let guid = match &r["provider"] {
        serde_json::Value::Null => "00000000-0000-0000-0000-000000000000",
        p => p["guid"].as_str()?,
    };
    let mut line = format!(
        "{} {guid} {} {} {} {} {} ",
        r["timestamp_raw"].as_i64()?,
        r["id"].as_u64()?,
        r["version"].as_u64()?,
        r["opcode"].as_u64()?,
        // `dump --raw` shows a pid or tid the header does not have as null; the event has u32::MAX there.
        r["pid"].as_u64().unwrap_or(u32::MAX.into()),
        r["tid"].as_u64().unwrap_or(u32::MAX.into())
    )
    .into_bytes();
    const PROPS: &[u8] = b",\"properties\":";
    const BY: &[u8] = b",\"decoded_by\":\"";
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let props_at = find(dump, PROPS)? + PROPS.len();
    let by_at = props_at + find(dump.get(props_at..)?, BY)?;
    let props = dump.get(props_at..by_at)?;
    let by_text = dump.get(by_at + BY.len()..)?;
    let by = by_text.get(..by_text.iter().position(|c| *c == b'"')?)?;
    if props == b"null" {
        let d: serde_json::Value = serde_json::from_slice(dump).ok()?;
        line.extend_from_slice(b"none ");
        line.extend_from_slice(d["error"].as_str()?.as_bytes());
    } else {
        line.extend_from_slice(by);
        line.push(b' ');
        line.extend_from_slice(props);
    }
    line.push(b'\n');
    Some(line)
}

/// The library stream as differences from what [`trace_line_from_cli`] makes of the CLI's lines: `=` for a line
/// that is exactly that, `+LINE` for any other. Stored this way because the stream says again what `dump` and
/// `dump --raw` say; the comparison is still of the whole text, byte for byte.
fn trace_delta(dump: &[u8], raw: &[u8], events: &[u8]) -> Vec<u8> {
    let (d, r) = (lines(dump), lines(raw));
    let mut out = Vec::new();
    for (i, l) in lines(events).into_iter().enumerate() {
        let made = d.get(i).zip(r.get(i)).and_then(|(d, r)| trace_line_from_cli(d, r));
        if made.as_deref() == Some(l) {
            out.extend_from_slice(b"=\n");
        } else {
            out.push(b'+');
            out.extend_from_slice(l);
            if !l.ends_with(b"\n") {
                // The stream's last line without a newline: kept distinguishable from one with.
                out.extend_from_slice(b"\n-\n");
            }
        }
    }
    out
}

fn apply_trace_delta(dump: &[u8], raw: &[u8], delta: &[u8]) -> Option<Vec<u8>> {
    let (d, r) = (lines(dump), lines(raw));
    let mut out = Vec::new();
    for (i, l) in lines(delta).into_iter().enumerate() {
        if l == b"=\n" {
            out.extend_from_slice(&trace_line_from_cli(d.get(i)?, r.get(i)?)?);
        } else if l == b"-\n" {
            out.pop();
        } else {
            out.extend_from_slice(l.strip_prefix(b"+")?);
        }
    }
    Some(out)
}

const PAYLOAD: &[u8] = b"\"payload\":\"";

/// `dump --raw`'s stdout with every payload taken out as bytes: (the text with empty payloads, the payloads, their
/// lengths, one decimal per line). Payloads are half the size of the stdout and compress better as bytes than as
/// hex. `None` when a payload is not lowercase hex.
fn split_payloads(raw: &[u8]) -> Option<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let (mut text, mut bytes, mut lengths) = (Vec::new(), Vec::new(), Vec::new());
    let mut rest = raw;
    while let Some(at) = rest.windows(PAYLOAD.len()).position(|w| w == PAYLOAD) {
        let start = at + PAYLOAD.len();
        text.extend_from_slice(&rest[..start]);
        let hex = &rest[start..];
        let hex = &hex[..hex.iter().position(|c| *c == b'"')?];
        if hex.len() % 2 != 0 {
            return None;
        }
        for pair in hex.chunks(2) {
            let digit = |c: u8| match c {
                b'0'..=b'9' => Some(c - b'0'),
                b'a'..=b'f' => Some(c - b'a' + 10),
                _ => None,
            };
            bytes.push(digit(pair[0])? << 4 | digit(pair[1])?);
        }
        lengths.extend_from_slice(format!("{}\n", hex.len() / 2).as_bytes());
        rest = &rest[start + hex.len()..];
    }
    text.extend_from_slice(rest);
    Some((text, bytes, lengths))
}

fn join_payloads(text: &[u8], bytes: &[u8], lengths: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut rest, mut bytes) = (text, bytes);
    let mut lengths = lines(lengths).into_iter();
    while let Some(at) = rest.windows(PAYLOAD.len()).position(|w| w == PAYLOAD) {
        let start = at + PAYLOAD.len();
        out.extend_from_slice(&rest[..start]);
        let n: usize = std::str::from_utf8(lengths.next()?).ok()?.trim_end().parse().ok()?;
        for b in bytes.get(..n)? {
            out.extend_from_slice(format!("{b:02x}").as_bytes());
        }
        bytes = &bytes[n..];
        rest = &rest[start..];
    }
    out.extend_from_slice(rest);
    (bytes.is_empty() && lengths.next().is_none()).then_some(out)
}

/// The archive's content: every section in name order, except that the order of `dump --order file` and the
/// library stream are stored relative to `dump` and `dump --raw` when that is exact.
fn pack(s: &Sections) -> Vec<u8> {
    let empty = Vec::new();
    let get = |name: &str| s.get(name).unwrap_or(&empty).as_slice();
    let mut packed = s.clone();
    if let Some(order) = order_of(get("dump.stdout"), get("dump-file.stdout")) {
        packed.remove("dump-file.stdout");
        packed.insert("dump-file.order".to_owned(), order);
    }
    let delta = trace_delta(get("dump.stdout"), get("raw.stdout"), get("trace.events"));
    if apply_trace_delta(get("dump.stdout"), get("raw.stdout"), &delta).as_deref() == Some(get("trace.events")) {
        packed.remove("trace.events");
        packed.insert("trace.events-delta".to_owned(), delta);
    }
    if let Some((text, bytes, lengths)) = split_payloads(get("raw.stdout")) {
        if join_payloads(&text, &bytes, &lengths).as_deref() == Some(get("raw.stdout")) {
            packed.remove("raw.stdout");
            packed.insert("raw.stdout-text".to_owned(), text);
            packed.insert("raw.stdout-payloads".to_owned(), bytes);
            packed.insert("raw.stdout-payload-lengths".to_owned(), lengths);
        }
    }
    let mut out = MAGIC.to_vec();
    for (name, bytes) in &packed {
        out.extend_from_slice(format!("@{name} {}\n", bytes.len()).as_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

fn unpack(b: &[u8]) -> Result<Sections, String> {
    let mut rest = b.strip_prefix(MAGIC).ok_or("not a golden archive (bad magic)")?;
    let mut s = Sections::new();
    while !rest.is_empty() {
        let nl = rest.iter().position(|c| *c == b'\n').ok_or("truncated section header")?;
        let head = std::str::from_utf8(&rest[..nl]).map_err(|e| e.to_string())?;
        let (name, len) = head.strip_prefix('@').and_then(|h| h.rsplit_once(' ')).ok_or("bad section header")?;
        let len: usize = len.parse().map_err(|_| format!("bad section length in {head:?}"))?;
        let body = rest.get(nl + 1..nl + 1 + len).ok_or("truncated section")?;
        s.insert(name.to_owned(), body.to_vec());
        rest = &rest[nl + 1 + len..];
    }
    let empty = Vec::new();
    if let Some(text) = s.remove("raw.stdout-text") {
        let bytes = s.remove("raw.stdout-payloads").unwrap_or_default();
        let lengths = s.remove("raw.stdout-payload-lengths").unwrap_or_default();
        let raw = join_payloads(&text, &bytes, &lengths).ok_or("raw.stdout-payloads do not fit raw.stdout-text")?;
        s.insert("raw.stdout".to_owned(), raw);
    }
    if let Some(order) = s.remove("dump-file.order") {
        let dump = s.get("dump.stdout").unwrap_or(&empty);
        let file_order = apply_order(dump, &order).ok_or("dump-file.order does not fit dump.stdout")?;
        s.insert("dump-file.stdout".to_owned(), file_order);
    }
    if let Some(delta) = s.remove("trace.events-delta") {
        let (dump, raw) = (s.get("dump.stdout").unwrap_or(&empty), s.get("raw.stdout").unwrap_or(&empty));
        let events = apply_trace_delta(dump, raw, &delta).ok_or("trace.events-delta does not fit the dumps")?;
        s.insert("trace.events".to_owned(), events);
    }
    Ok(s)
}

fn read_golden(path: &Path) -> Result<Sections, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut dec = ruzstd::decoding::StreamingDecoder::new(std::io::BufReader::new(f))
        .map_err(|e| format!("{}: not zstd: {e}", path.display()))?;
    let mut b = Vec::new();
    dec.read_to_end(&mut b).map_err(|e| format!("{}: {e}", path.display()))?;
    unpack(&b).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(not(target_env = "msvc"))]
fn compress(b: &[u8]) -> Result<Vec<u8>, String> {
    use zstd::zstd_safe::CParameter;
    let mut c = zstd::bulk::Compressor::new(LEVEL).map_err(|e| e.to_string())?;
    for p in [
        CParameter::WindowLog(WINDOW_LOG),
        CParameter::EnableLongDistanceMatching(true),
        CParameter::ChecksumFlag(true),
    ] {
        c.set_parameter(p).map_err(|e| e.to_string())?;
    }
    c.compress(b).map_err(|e| e.to_string())
}

#[cfg(target_env = "msvc")]
fn compress(_: &[u8]) -> Result<Vec<u8>, String> {
    Err("blessing needs libzstd (the zstd crate), which this project does not build for msvc targets; bless on \
         Linux or x86_64-pc-windows-gnu"
        .to_owned())
}

/// Writes a golden archive under its final name only once complete.
fn write_golden(path: &Path, s: &Sections) -> Result<(), String> {
    let z = compress(&pack(s))?;
    std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
    let tmp = path.with_extension("zst.tmp");
    std::fs::write(&tmp, z).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))
}

/// A line for a report: at most about 300 characters of it, around byte `focus` (where it differs).
fn show(line: &[u8], focus: usize) -> String {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let start = focus.saturating_sub(100).min(line.len());
    let end = (start + 300).min(line.len());
    let mut s = String::from_utf8_lossy(&line[start..end]).into_owned();
    if start > 0 {
        s = format!("…{s}");
    }
    if end < line.len() {
        s.push('…');
    }
    s
}

/// A readable account of how `actual` differs from `expected`: the first differing line with some context, shown
/// from a little before the first differing byte.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (lines(expected), lines(actual));
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let column = match (e.get(first), a.get(first)) {
        (Some(x), Some(y)) => x.iter().zip(y.iter()).position(|(p, q)| p != q).unwrap_or(x.len().min(y.len())),
        _ => 0,
    };
    let mut out = format!(
        "  expected {} bytes in {} lines, got {} bytes in {} lines; first difference at line {}, byte {} of the line\n",
        expected.len(),
        e.len(),
        actual.len(),
        a.len(),
        first + 1,
        column + 1
    );
    for (i, l) in e.iter().enumerate().take(first).skip(first.saturating_sub(2)) {
        out.push_str(&format!("    {:>7}   {}\n", i + 1, show(l, column)));
    }
    for (i, l) in e.iter().enumerate().skip(first).take(3) {
        out.push_str(&format!("    {:>7} - {}\n", i + 1, show(l, column)));
    }
    for (i, l) in a.iter().enumerate().skip(first).take(3) {
        out.push_str(&format!("    {:>7} + {}\n", i + 1, show(l, column)));
    }
    out
}

/// The mismatches of one trace, as (section, report) pairs; blesses instead when asked.
fn check(root: &Path, rel: &str, bless: bool) -> Vec<(String, String)> {
    let path = golden_dir().join(format!("{rel}.zst"));
    let actual = actual_sections(root, rel);
    let expected = read_golden(&path);
    if bless {
        if expected.as_ref().ok() == Some(&actual) {
            return Vec::new();
        }
        return match write_golden(&path, &actual) {
            Ok(()) => {
                eprintln!("blessed {}", path.display());
                Vec::new()
            }
            Err(e) => vec![("(bless)".to_owned(), format!("  {e}\n"))],
        };
    }
    let expected = match expected {
        Ok(e) => e,
        Err(e) => return vec![("(golden file)".to_owned(), format!("  {e}\n"))],
    };
    let mut bad = Vec::new();
    for name in expected.keys().chain(actual.keys().filter(|k| !expected.contains_key(*k))) {
        let (e, a) = (expected.get(name), actual.get(name));
        if e != a {
            let empty = Vec::new();
            bad.push((name.clone(), diff(e.unwrap_or(&empty), a.unwrap_or(&empty))));
        }
    }
    bad
}

/// Golden archives whose trace is no longer in the corpus.
fn stale(rels: &[String]) -> Vec<PathBuf> {
    fn walk(d: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    walk(&golden_dir(), &mut all);
    let known: Vec<PathBuf> = rels.iter().map(|r| golden_dir().join(format!("{r}.zst"))).collect();
    all.retain(|p| !known.contains(p));
    all
}

/// How a damaged trace is made from a corpus trace.
type Harm = fn(&mut Vec<u8>);

/// Damaged traces made from corpus traces while the test runs (the corpus's own damaged trace is fatal at its
/// first byte, so it shows no damage report in the middle of a trace): name below `derived/`, the corpus trace,
/// the damage. They pin where and how damage is reported, in both orders, and that reading goes on after it.
const DERIVED: &[(&str, &str, Harm)] = &[
    ("KernelNetwork.truncated.etl", "tx/KernelNetwork.etl", |b| b.truncate(b.len() / 2 + 12345)),
    ("KernelNetwork.smashed.etl", "tx/KernelNetwork.etl", |b| {
        // 8 KiB buffers: buffer 5's FilledBytes beyond its size, the first record of buffer 7 overwritten.
        b.splice(0xa030..0xa034, [0xff, 0xff, 0, 0]);
        b.splice(0xe048..0xe050, [0xee; 8]);
    }),
    ("PerfViewData.compressed-smashed.etl", "perfview-user-monogame/PerfViewData.etl", |b| {
        // 12 of its 13 buffers are compressed: 64 bytes in the middle of the file overwritten.
        let at = b.len() / 2;
        b.splice(at..at + 64, [0xee; 64]);
    }),
    ("sample.truncated.etl", "pyetwkit/sample.etl", |b| b.truncate(b.len() * 2 / 3)),
];

/// Writes the [`DERIVED`] traces under `root/derived/`.
fn make_derived(etl_dir: &Path, root: &Path) -> Vec<String> {
    std::fs::create_dir_all(root.join("derived")).unwrap();
    DERIVED
        .iter()
        .map(|(name, source, harm)| {
            let mut b = std::fs::read(etl_dir.join(source)).unwrap();
            harm(&mut b);
            let rel = format!("derived/{name}");
            std::fs::write(root.join(&rel), b).unwrap();
            rel
        })
        .collect()
}

#[test]
fn every_corpus_trace_prints_what_its_golden_file_holds() {
    let Some(dir) = corpus::require() else { return };
    let etl_dir = dir.join("etl");
    let bless = std::env::var_os("ETW_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let corpus_rels: Vec<String> = corpus::etl_files(&dir).iter().map(|r| corpus::slash_name(r)).collect();
    assert!(!corpus_rels.is_empty(), "no .etl files under {}", etl_dir.display());
    let scratch = std::env::temp_dir().join(format!("etw-golden-{}", std::process::id()));
    let derived = make_derived(&etl_dir, &scratch);
    // (directory, trace path relative to it), largest last: the threads take from the end and finish together.
    let mut work: Vec<(&Path, String)> = corpus_rels.iter().map(|r| (etl_dir.as_path(), r.clone())).collect();
    work.extend(derived.iter().map(|r| (scratch.as_path(), r.clone())));
    work.sort_by_key(|(d, r)| std::fs::metadata(d.join(r)).map_or(0, |m| m.len()));
    let rels: Vec<String> = work.iter().map(|(_, r)| r.clone()).collect();
    let queue = Mutex::new(work);
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(rels.len());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let Some((root, rel)) = queue.lock().unwrap().pop() else { break };
                let bad = check(root, &rel, bless);
                results.lock().unwrap().push((rel, bad));
            });
        }
    });
    std::fs::remove_dir_all(&scratch).unwrap();
    let mut results = results.into_inner().unwrap();
    results.sort();
    let mut report = String::new();
    let mut pairs = Vec::new();
    for (rel, bad) in &results {
        for (section, text) in bad {
            report.push_str(&format!("{rel}: {section} differs from its golden file\n{text}"));
            pairs.push(format!("{rel}: {section}"));
        }
    }
    for p in stale(&rels) {
        if bless {
            std::fs::remove_file(&p).unwrap();
            eprintln!("removed {} (no such corpus trace)", p.display());
        } else {
            pairs.push(format!("{}: golden file of no corpus trace", p.display()));
        }
    }
    if !pairs.is_empty() {
        panic!(
            "{report}\n{} mismatch(es) in {} traces:\n  {}\nIf the change is intended, bless with `{BLESS}` and \
             review the changed golden files in the commit.",
            pairs.len(),
            results.len(),
            pairs.join("\n  ")
        );
    }
}
