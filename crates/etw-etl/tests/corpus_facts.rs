//! Every real file in the shared corpus, read by our reader, against the facts an independent scanner measured
//! (`corpus/expected/<file>.facts.json`): buffers, compression, records per header kind, per provider, per
//! kernel group, TraceLogging events, extended item types, top event ids, and the logfile header fields.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::BTreeMap;
use std::path::Path;

use etw_core::{Channel, ExtType, HeaderKind};
use etw_etl::{EtlError, EtlReader};
use etw_testkit::corpus;
use serde_json::Value;

#[derive(Default, Debug)]
struct Measured {
    n_buffers: u64,
    compressed_buffers: u64,
    n_events: u64,
    buffer_flags: BTreeMap<String, u64>,
    buffer_types: BTreeMap<String, u64>,
    buffer_sizes: BTreeMap<String, u64>,
    header_types: BTreeMap<String, u64>,
    provider_guids: BTreeMap<String, u64>,
    kernel_groups_by_hex: BTreeMap<u8, u64>,
    ext_types: BTreeMap<String, u64>,
    channel11_events: u64,
    event_ids: BTreeMap<String, u64>,
    classic_guid_types: BTreeMap<String, u64>,
    damage: Vec<String>,
}

fn measure(path: &Path) -> Result<(Measured, EtlReader<std::io::BufReader<std::fs::File>>), EtlError> {
    let mut r = EtlReader::open(path)?;
    let mut m = Measured::default();
    loop {
        match r.next_buffer() {
            None => break,
            Some(Err(d)) => {
                m.damage.push(d.to_string());
                continue;
            }
            Some(Ok(loc)) => {
                let h = loc.header;
                *m.buffer_flags.entry(format!("{:#x}", h.flags.0)).or_default() += 1;
                *m.buffer_types.entry(h.buffer_type.0.to_string()).or_default() += 1;
                *m.buffer_sizes.entry(h.buffer_size.to_string()).or_default() += 1;
            }
        }
        while let Some(item) = r.next_record() {
            let ev = match item {
                Ok(ev) => ev,
                Err(d) => {
                    m.damage.push(d.to_string());
                    break;
                }
            };
            m.n_events += 1;
            let kind = ev.header_kind();
            *m.header_types.entry(kind.to_string()).or_default() += 1;
            if kind.is_event_header() || kind.is_classic() {
                *m.provider_guids.entry(ev.provider_id().to_string()).or_default() += 1;
            }
            if let Some(hook) = ev.hook() {
                *m.kernel_groups_by_hex.entry(hook.group().0).or_default() += 1;
            }
            if kind.is_event_header() {
                *m.event_ids.entry(format!("{}#{}", ev.provider_id(), ev.id())).or_default() += 1;
                if ev.channel() == Channel::TRACELOGGING {
                    m.channel11_events += 1;
                }
            }
            if kind.is_classic() {
                *m.classic_guid_types.entry(format!("{}/type{}", ev.provider_id(), ev.opcode().0)).or_default() += 1;
            }
            for item in ev.extended() {
                *m.ext_types.entry(item.kind().0.to_string()).or_default() += 1;
            }
            let _ = ExtType::SID;
            let _ = HeaderKind::SYSTEM64;
        }
    }
    let counts = r.counts();
    m.n_buffers = counts.buffers;
    m.compressed_buffers = counts.compressed_buffers;
    Ok((m, r))
}

fn map_of(v: &Value) -> BTreeMap<String, u64> {
    v.as_object().map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0))).collect()).unwrap_or_default()
}

fn check_map(errs: &mut Vec<String>, what: &str, ours: &BTreeMap<String, u64>, theirs: &Value) {
    let theirs = map_of(theirs);
    if *ours != theirs {
        errs.push(format!("{what}: ours {ours:?} expected {theirs:?}"));
    }
}

#[test]
fn every_corpus_file_matches_its_facts() {
    let Some(dir) = corpus::require() else { return };
    let files = corpus::etl_files(&dir);
    assert!(files.len() >= 30, "expected the whole corpus, found {} files", files.len());
    let mut failures = Vec::new();
    for rel in &files {
        let facts: Value =
            serde_json::from_str(&std::fs::read_to_string(corpus::facts_path(&dir, rel)).unwrap()).unwrap();
        let path = dir.join("etl").join(rel);
        let mut errs = Vec::new();
        let name = corpus::slash_name(rel);
        if corpus::is_corrupt_sample(rel) {
            // Every 0x00 byte became 0x20: the first buffer's size reads 0x20202020 and the logfile header is
            // gone, which is the one fatal damage. The scanner's facts show the same (no logfile header).
            assert_eq!(facts["first_record_is_logfile_header"], Value::Bool(false));
            match measure(&path) {
                Err(EtlError::BadLogfileHeader { offset: 0, reason, .. }) => {
                    assert!(reason.contains("538976288"), "{reason}");
                }
                other => failures
                    .push(format!("{name}: expected a fatal logfile header error, got {:?}", other.map(|x| x.0))),
            }
            continue;
        }
        let (m, r) = match measure(&path) {
            Ok(x) => x,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        if !m.damage.is_empty() {
            errs.push(format!("damage reported: {:?}", m.damage));
        }
        let num = |k: &str| facts[k].as_u64().unwrap_or(u64::MAX);
        for (k, ours) in [
            ("n_buffers", m.n_buffers),
            ("compressed_buffers", m.compressed_buffers),
            ("n_events", m.n_events),
            ("channel11_events", m.channel11_events),
            ("tl_events", m.channel11_events),
        ] {
            if num(k) != ours {
                errs.push(format!("{k}: ours {ours} expected {}", num(k)));
            }
        }
        check_map(&mut errs, "buffer_flags", &m.buffer_flags, &facts["buffer_flags"]);
        check_map(&mut errs, "buffer_types", &m.buffer_types, &facts["buffer_types"]);
        check_map(&mut errs, "buffer_sizes", &m.buffer_sizes, &facts["buffer_sizes"]);
        check_map(&mut errs, "header_types", &m.header_types, &facts["header_types"]);
        check_map(&mut errs, "provider_guids", &m.provider_guids, &facts["provider_guids"]);
        check_map(&mut errs, "ext_types", &m.ext_types, &facts["ext_types"]);
        check_map(&mut errs, "classic_guid_types", &m.classic_guid_types, &facts["classic_guid_types"]);
        // Kernel groups are keyed "Name(0xNN)" by the scanner; compare by the number.
        let groups: BTreeMap<u8, u64> = map_of(&facts["kernel_groups"])
            .into_iter()
            .map(|(k, v)| {
                let hex = k.rsplit_once("(0x").and_then(|(_, h)| h.strip_suffix(')')).unwrap();
                (u8::from_str_radix(hex, 16).unwrap(), v)
            })
            .collect();
        if groups != m.kernel_groups_by_hex {
            errs.push(format!("kernel_groups: ours {:?} expected {groups:?}", m.kernel_groups_by_hex));
        }
        for (k, v) in map_of(&facts["top_event_ids"]) {
            let ours = m.event_ids.get(&k).copied().unwrap_or(0);
            if ours != v {
                errs.push(format!("top_event_ids[{k}]: ours {ours} expected {v}"));
            }
        }
        let tcp = m.kernel_groups_by_hex.get(&6).copied().unwrap_or(0);
        let udp = m.kernel_groups_by_hex.get(&8).copied().unwrap_or(0);
        if tcp != num("tcpip_hook_events") || udp != num("udpip_hook_events") {
            errs.push(format!("tcp/udp hook events: ours {tcp}/{udp}"));
        }
        compare_logfile(&mut errs, r.logfile_header(), &facts["logfile"]);
        if !errs.is_empty() {
            failures.push(format!("{name}:\n  {}", errs.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from their facts:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

fn compare_logfile(errs: &mut Vec<String>, h: &etw_etl::LogfileHeader, f: &Value) {
    let mut check = |k: &str, ours: Value| {
        if f[k] != ours {
            errs.push(format!("logfile.{k}: ours {ours} expected {}", f[k]));
        }
    };
    check("BootTime", h.boot_time.into());
    check("BufferSize", h.buffer_size.into());
    check("BuffersLost", h.buffers_lost.into());
    check("BuffersWritten", h.buffers_written.into());
    check("CpuSpeedInMHz", h.cpu_speed_mhz.into());
    check("EndTime", h.end_time.into());
    check("EndTimeUTC", utc_micros(h.end_time).into());
    check("EventsLost", h.events_lost.into());
    check("LogFileMode", format!("{:#x}", h.log_file_mode).into());
    check("LogFileName", h.log_file_name.clone().into());
    check("LoggerName", h.logger_name.clone().into());
    check("MaximumFileSizeMB", h.maximum_file_size.into());
    check("NumberOfProcessors", h.number_of_processors.into());
    check("OSMajor", h.os_major().into());
    check("OSMinor", h.os_minor().into());
    check("OSSubMinor", h.os_sub_minor().into());
    check("OSSubVersion", h.os_sub_version().into());
    check("PerfFreq", h.perf_freq.into());
    check("PointerSize", h.pointer_size.into());
    check("ProviderVersion_Build", h.provider_version.into());
    check("ReservedFlags_ClockType", h.reserved_flags.into());
    check("StartBuffers", h.start_buffers.into());
    check("StartTime", h.start_time.into());
    check("StartTimeUTC", utc_micros(h.start_time).into());
    check("TimeZoneStdName", h.time_zone.standard_name.clone().into());
    check("TimerResolution", h.timer_resolution.into());
    check("VersionRaw", format!("{:#x}", h.version).into());
    check("_header_type", h.header_kind.to_string().into());
}

/// The facts print UTC with microseconds: `2012-06-19T20:33:52.813594Z`.
fn utc_micros(ft: i64) -> String {
    let s = etw_core::FileTime(ft).to_string();
    format!("{}Z", &s[..s.len() - 2])
}

/// `skip_to` lands where a whole walk would be: after it, the reader yields exactly the buffers (and their
/// records) that start at or after the offset, for offsets before, on and inside buffers of every corpus file.
#[test]
fn skip_to_resumes_the_walk_at_the_first_buffer_from_an_offset() {
    let Some(dir) = corpus::require() else { return };
    let mut checked = 0;
    for rel in corpus::etl_files(&dir) {
        let path = dir.join("etl").join(&rel);
        let Ok(mut whole) = EtlReader::open(&path) else { continue };
        let buffers = buffers_and_records(&mut whole);
        let len = whole.file_len();
        let mut offsets = vec![0, 1, len / 3, len / 2, len.saturating_sub(1), len, len + 1];
        offsets.extend(buffers.iter().skip(1).take(2).map(|b| b.0));
        for offset in offsets {
            let mut r = EtlReader::open(&path).unwrap();
            r.skip_to(offset);
            let got = buffers_and_records(&mut r);
            let want: Vec<_> = buffers.iter().copied().filter(|b| b.0 >= offset).collect();
            assert_eq!(got, want, "{}: skip_to({offset})", rel.display());
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} skips checked");
}

/// (buffer offset, records and damage in it) for every buffer the rest of `r`'s walk loads.
fn buffers_and_records(r: &mut EtlReader<std::io::BufReader<std::fs::File>>) -> Vec<(u64, usize)> {
    let mut buffers = Vec::new();
    while let Some(b) = r.next_buffer() {
        if let Ok(loc) = b {
            let mut n = 0;
            while r.next_record().is_some() {
                n += 1;
            }
            buffers.push((loc.offset, n));
        }
    }
    buffers
}
