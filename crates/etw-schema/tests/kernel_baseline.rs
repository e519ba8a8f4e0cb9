//! TraceEvent's decoded output (`corpus/baselines/net.4.5.2.x64.baseline.txt` and `net.4.5.2.x86`) against the
//! built-in kernel layouts: every "Windows Kernel/...", "MSNT_SystemTrace/..." and "KernelTraceControl/..."
//! event of the baselines is matched to one of ours (time, processor, payload length, task; see
//! `baseline_fields`) and every field TraceEvent printed is compared with our property of the same name.
//!
//! Rules beyond `baseline_fields`' normalisation, each with its reason:
//! - [`ALIASES`]: TraceEvent's name for a MOF property (`FileKey` is the MOF's `FileObject`, `StartAddr` of a
//!   version 3 thread event is the MOF's `Affinity`, ...);
//! - [`DERIVED`]: fields TraceEvent computes from the header, from other events or from bits of a field, or reads
//!   at offsets of another version; they have no payload counterpart of that name;
//! - TraceEvent prints two flag fields with its own enum names: `IrpFlags` of disk I/O (after masking the three
//!   I/O priority bits, which it prints as `Priority`) and `Flags` of process events. The test renders our raw
//!   value with those names (listed in [`IRP_FLAGS`] and [`PROCESS_FLAGS`]) and compares;
//! - TraceEvent turns the NT paths of image events into DOS paths with the trace's own `SysConfigEx/VolumeMapping`
//!   events (`\Device\HarddiskVolume1\` → `C:\`) and `SysConfigEx/SystemPaths` (`\Windows\` → the Windows
//!   directory); the test does the same with the mappings it decodes from the trace before comparing `FileName`;
//! - [`NO_SCHEMA`]: the baseline events no layout describes (TraceEvent prints no field of them either).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod baseline_fields;

use std::collections::BTreeMap;

use baseline_fields::{candidates, dos_path, same_value, unquote, volume_mappings, Candidate, Prop};
use etw_schema::sources::kernel::KernelMofSource;
use etw_schema::SchemaSource;
use etw_testkit::{baseline, corpus};

const PAIRS: [(&str, &str); 2] =
    [("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl"), ("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl")];

/// TraceEvent's task names that differ from the MOF class names.
const TASKS: &[(&str, &str)] =
    &[("DiskIO", "DiskIo"), ("Memory", "PageFault"), ("SysConfig", "SysConfigEx"), ("FileIO", "FileIo")];

/// (our task, TraceEvent's field name, the MOF property name).
const ALIASES: &[(&str, &str, &str)] = &[
    // The header's strings: TraceEvent names them after the pointers that precede them in the MOF.
    ("EventTrace", "SessionName", "SessionNameString"),
    ("EventTrace", "LogFileName", "LogFileNameString"),
    ("DiskIo", "FileKey", "FileObject"),
    ("PageFault", "FileKey", "FileObject"),
    ("Process", "PageDirectoryBase", "DirectoryTableBase"),
    ("Process", "MemoryCount", "PageFaultCount"),
    // Version 3 replaced StartAddr by Affinity at the same offset; TraceEvent keeps the version 2 name.
    ("Thread", "StartAddr", "Affinity"),
    ("PerfInfo", "SampleSource", "Source"),
    ("SysConfigEx", "Value", "NtPath"),
];

/// (our task, TraceEvent's field, why it has no payload counterpart).
const DERIVED: &[(&str, &str, &str)] = &[
    ("EventTrace", "UtcOffsetMinutes", "the Bias inside TimeZoneInformation (176 bytes, not split)"),
    ("DiskIo", "ElapsedTimeMSec", "from HighResResponseTime and the event time"),
    ("DiskIo", "DiskServiceTimeMSec", "from the times of other disk events"),
    ("DiskIo", "FileName", "the name of FileObject, from FileIo/Name events"),
    ("DiskIo", "Priority", "bits 17-19 of IrpFlags"),
    ("PageFault", "ElapsedTimeMSec", "from InitialTime and the event time"),
    ("PageFault", "FileName", "the name of FileObject, from FileIo/Name events"),
    ("Thread", "ParentThreadID", "TraceEvent overwrites the payload's ids with the header's (creating thread)"),
    ("Thread", "ParentProcessID", "TraceEvent overwrites the payload's ids with the header's (creating process)"),
    ("Image", "BuildTime", "TimeDateStamp as a date"),
    ("ImageID", "BuildTime", "TimeDateStamp as a date"),
    ("ImageID", "ProcessID", "TraceEvent prints a constant 0 for it (its payload getter is commented out)"),
    ("SystemConfig", "ProcessName", "the name of the process ProcessId, from TraceEvent's process table"),
    ("PerfInfo", "ProcessorNumber", "the header's processor"),
    ("PerfInfo", "Priority", "bits 3-7 of the byte after Count (MOF: Reserved)"),
    ("PerfInfo", "ExecutingDPC", "bit 0 of the byte after Count (MOF: Reserved)"),
    ("PerfInfo", "ExecutingISR", "bit 1 of the byte after Count (MOF: Reserved)"),
    ("PerfInfo", "Rank", "the high byte of Reserved"),
    // UdpIp version 2 (PID, size, daddr, saddr, dport, sport, seqnum, connid) has no such fields: TraceEvent reads
    // them at the offsets of version 0's `context` (the first 8 bytes) and `dsize`.
    ("UdpIp", "context", "read at version 0's offset: PID and size as one pointer"),
    ("UdpIp", "dsize", "read at version 0's offset: inside seqnum"),
];

/// Baseline events that no layout of ours describes, with the reason (TraceEvent prints no field of them either).
const NO_SCHEMA: &[(&str, &str)] =
    &[("Windows Kernel/SysConfig/Opcode(37)", "KernelTraceControl SysConfigEx type 37: no public layout")];

/// TraceEvent's names for the IRP flags, as it prints them (after masking the priority bits 0xe0000).
const IRP_FLAGS: &[(u64, &str)] = &[
    (0x1, "Nocache"),
    (0x2, "MountCompletion"),
    (0x4, "SynchronousApi"),
    (0x8, "AssociatedIrp"),
    (0x10, "BufferedIO"),
    (0x20, "DeallocateBuffer"),
    (0x40, "SynchronousPagingIO"),
    (0x80, "Create"),
    (0x100, "Read"),
    (0x200, "Write"),
    (0x400, "Close"),
    (0x800, "DeferIOCompletion"),
    (0x1000, "ObQueryName"),
    (0x2000, "HoldDeviceQueue"),
];

/// TraceEvent's names for the process flags.
const PROCESS_FLAGS: &[(u64, &str)] = &[(0x1, "PackageFullName"), (0x2, "Wow64"), (0x4, "Protected")];

/// A C# flags enum printed: the names of the set bits joined by ", ", `None` for zero.
fn enum_flags(v: u64, names: &[(u64, &str)]) -> String {
    if v == 0 {
        return "None".into();
    }
    let set: Vec<&str> = names.iter().filter(|(b, _)| v & b == *b).map(|(_, n)| *n).collect();
    baseline::cut(&set.join(", "))
}

/// (TraceEvent provider, task, opcode) of a baseline event name.
fn split_name(name: &str) -> (&str, &str, &str) {
    let mut parts = name.splitn(3, '/');
    let provider = parts.next().unwrap_or("");
    let task = parts.next().unwrap_or("");
    (provider, task, parts.next().unwrap_or(""))
}

fn is_kernel(b: &baseline::BaselineEvent) -> bool {
    let (provider, task, _) = split_name(&b.name);
    matches!(provider, "Windows Kernel" | "MSNT_SystemTrace")
        || (provider == "KernelTraceControl" && task != "MetaData")
}

/// Compares one baseline field; `Ok(true)` compared equal, `Ok(false)` derived (not compared).
fn field(
    task: &str,
    name: &str,
    expected: &str,
    ours: &Candidate,
    mappings: &[(String, String)],
) -> Result<bool, String> {
    if DERIVED.iter().any(|(t, f, _)| *t == task && *f == name) {
        return Ok(false);
    }
    let our_name = ALIASES.iter().find(|(t, f, _)| *t == task && *f == name).map_or(name, |(_, _, n)| *n);
    let p: &Prop = ours
        .props
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(our_name))
        .ok_or_else(|| format!("{name}: no property {our_name} (ours: {})", names(ours)))?;
    let ok = match (task, our_name) {
        ("DiskIo", "IrpFlags") => enum_flags(p.int.unwrap().0 & !0xe0000, IRP_FLAGS) == expected,
        ("Process", "Flags") => enum_flags(p.int.unwrap().0, PROCESS_FLAGS) == expected,
        ("Image", "FileName") => {
            let raw: String = unquote(&p.json);
            baseline::cut(&dos_path(&raw, mappings)) == expected || same_value(expected, p)
        }
        _ => same_value(expected, p),
    };
    if ok {
        Ok(true)
    } else {
        Err(format!("{name}: baseline {expected:?}, ours {} ({our_name})", p.json))
    }
}

fn names(c: &Candidate) -> String {
    c.props.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
}

#[test]
fn kernel_events_match_traceevent_field_by_field() {
    let Some(dir) = corpus::require() else { return };
    let mut failures = Vec::new();
    let mut compared = BTreeMap::<String, (usize, usize, usize)>::new();
    let mut used_aliases = std::collections::BTreeSet::new();
    let mut used_derived = std::collections::BTreeSet::new();
    let mut used_no_schema = std::collections::BTreeSet::new();
    for (base, etl) in PAIRS {
        let wanted: Vec<_> = baseline::read(&dir.join("baselines").join(format!("{base}.baseline.txt")))
            .into_iter()
            .filter(is_kernel)
            .collect();
        assert!(wanted.len() > 150, "{base}: only {} kernel events in the baseline", wanted.len());
        let path = dir.join("etl").join(etl);
        let mappings = volume_mappings(&path);
        assert!(!mappings.is_empty(), "{base}: no VolumeMapping events");
        let mut source = KernelMofSource::new();
        let found = candidates(&path, &wanted, |ev| source.lookup(ev).and_then(Result::ok));
        for (b, cands) in wanted.iter().zip(found) {
            let (_, te_task, _) = split_name(&b.name);
            let task = TASKS.iter().find(|(t, _)| *t == te_task).map_or(te_task, |(_, ours)| *ours);
            let cands: Vec<_> = cands.into_iter().filter(|c| c.task == task).collect();
            if cands.is_empty() {
                if NO_SCHEMA.iter().any(|(n, _)| *n == b.name) && b.fields.is_empty() {
                    used_no_schema.insert(b.name.clone());
                    continue;
                }
                failures.push(format!("{base}: no event of ours for {}", &b.line[..b.line.len().min(150)]));
                continue;
            }
            // The candidate with the fewest differences.
            let mut best: Option<(Vec<String>, usize, usize)> = None;
            for c in &cands {
                let mut errs = Vec::new();
                let (mut same, mut derived) = (0, 0);
                for (name, value) in &b.fields {
                    match field(task, name, value, c, &mappings) {
                        Ok(true) => same += 1,
                        Ok(false) => derived += 1,
                        Err(e) => errs.push(e),
                    }
                }
                if best.as_ref().is_none_or(|(e, _, _)| errs.len() < e.len()) {
                    best = Some((errs, same, derived));
                }
            }
            let (errs, same, derived) = best.unwrap();
            let entry = compared.entry(format!("{base} {}", b.name)).or_default();
            entry.0 += 1;
            entry.1 += same;
            entry.2 += derived;
            for (name, _) in &b.fields {
                if let Some(a) = ALIASES.iter().find(|(t, f, _)| *t == task && f == name) {
                    used_aliases.insert(*a);
                }
                if let Some(d) = DERIVED.iter().find(|(t, f, _)| *t == task && f == name) {
                    used_derived.insert(*d);
                }
            }
            if !errs.is_empty() {
                failures.push(format!("{base} {} at {} µs: {}", b.name, b.micros, errs.join("; ")));
            }
        }
    }
    let (mut events, mut fields, mut derived) = (0, 0, 0);
    for (name, (n, same, der)) in &compared {
        eprintln!("{name:<70} {n:>3} events {same:>4} fields equal {der:>3} derived");
        events += n;
        fields += same;
        derived += der;
    }
    eprintln!("{events} baseline events, {fields} fields equal, {derived} derived fields not compared");
    let unused: Vec<_> = ALIASES
        .iter()
        .filter(|a| !used_aliases.contains(*a))
        .map(|a| format!("alias {a:?}"))
        .chain(DERIVED.iter().filter(|d| !used_derived.contains(*d)).map(|d| format!("derived {d:?}")))
        .chain(NO_SCHEMA.iter().filter(|(n, _)| !used_no_schema.contains(*n)).map(|n| format!("no schema {n:?}")))
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    assert!(unused.is_empty(), "rules no event needs:\n{}", unused.join("\n"));
    assert!(events > 300 && fields > 2000, "only {events} events and {fields} fields compared");
}
