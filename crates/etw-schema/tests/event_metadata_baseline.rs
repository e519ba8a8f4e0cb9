//! TraceEvent's decoded output (`corpus/baselines/net.4.5.2.x64.baseline.txt` and `net.4.5.2.x86`) against the
//! schemas embedded in those traces (EventMetadata events): every baseline event of a provider the trace's
//! metadata describes is matched to ours (time, processor, payload length, process, thread and provider; see
//! `baseline_fields`) and every field TraceEvent printed is compared with our property of the same name.
//!
//! TraceEvent decodes most of these providers (DNS-Client, Kernel-EventTracing, Kernel-Process, Immersive-Shell)
//! from the trace's metadata, as we do. It decodes the CLR providers and Kernel-File with built-in parsers of its
//! own instead, written for later versions of those events; the differences that follow from that are the rules
//! below, each checked, none skipped silently:
//! - [`NEWER`]: fields of a later version of the event than the trace holds; TraceEvent prints its default for
//!   them (the test checks that it is a default: `0`, `0x00000000`, `0.000`, `Unknown`);
//! - [`COMPUTED`]: fields TraceEvent computes from others of the same event; the test computes them from ours
//!   (a module's file name from its path, the heap totals from the generation sizes) and compares;
//! - [`DERIVED`]: fields TraceEvent takes from other events (type names) or state; not compared;
//! - [`ALIASES`]: TraceEvent's names for some properties (Kernel-File's, the type name of a bulk type record);
//! - TraceEvent's C# enums: a flags value of 0 prints `None`, an unnamed value prints as a plain number,
//!   Kernel-File's `ShareAccess` prints with TraceEvent's names (`ReadWrite, Delete`), and its `CreateOptions`
//!   prints the low 24 bits (the high 8 are the disposition) through TraceEvent's file-attribute names;
//! - Kernel-File's `FileName` is compared after mapping NT paths to DOS paths as TraceEvent does (see
//!   `baseline_fields::volume_mappings`);
//! - bitmaps: TraceEvent joins the names with ", " where we write "|".

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod baseline_fields;

use std::collections::BTreeMap;

use baseline_fields::{candidates, dos_path, same_value, unquote, volume_mappings, Candidate, Prop};
use etw_etl::EtlReader;
use etw_schema::sources::event_metadata::EventMetadataSource;
use etw_schema::SchemaSource;
use etw_testkit::{baseline, corpus};

const PAIRS: [(&str, &str); 2] =
    [("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl"), ("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl")];

/// (event, field): fields of a later event version than the trace's, printed by TraceEvent as its default.
const NEWER: &[(&str, &str)] = &[
    ("Microsoft-Windows-DotNETRuntime/GC/Start", "ClientSequenceNumber"),
    ("Microsoft-Windows-DotNETRuntime/GC/HeapStats", "GenerationSize4"),
    ("Microsoft-Windows-DotNETRuntime/GC/HeapStats", "TotalPromotedSize4"),
    ("Microsoft-Windows-DotNETRuntime/GC/AllocationTick", "ObjectSize"),
    ("Microsoft-Windows-DotNETRuntime/Method/LoadVerbose", "ReJITID"),
    ("Microsoft-Windows-DotNETRuntime/Method/LoadVerbose", "OptimizationTier"),
    ("Microsoft-Windows-DotNETRuntime/Method/UnloadVerbose", "ReJITID"),
    ("Microsoft-Windows-DotNETRuntime/Method/UnloadVerbose", "OptimizationTier"),
    ("Microsoft-Windows-DotNETRuntime/Contention/Start", "LockID"),
    ("Microsoft-Windows-DotNETRuntime/Contention/Start", "AssociatedObjectID"),
    ("Microsoft-Windows-DotNETRuntime/Contention/Start", "LockOwnerThreadID"),
    ("Microsoft-Windows-DotNETRuntime/Contention/Stop", "DurationNs"),
];

/// TraceEvent's defaults for fields an event version does not have.
const DEFAULTS: &[&str] = &["0", "0x00000000", "0.000", "Unknown"];

/// (event, field, how TraceEvent computes it from the event's own fields).
const COMPUTED: &[(&str, &str, &str)] = &[
    ("Microsoft-Windows-DotNETRuntime/GC/HeapStats", "TotalHeapSize", "GenerationSize0 + ... + GenerationSize3"),
    ("Microsoft-Windows-DotNETRuntime/GC/HeapStats", "TotalPromoted", "TotalPromotedSize0 + ... + TotalPromotedSize3"),
    ("Microsoft-Windows-DotNETRuntime/Loader/ModuleLoad", "ModuleILFileName", "the file name of ModuleILPath"),
    ("Microsoft-Windows-DotNETRuntime/Loader/ModuleUnload", "ModuleILFileName", "the file name of ModuleILPath"),
    ("Microsoft-Windows-DotNETRuntimeRundown/Loader/ModuleDCStop", "ModuleILFileName", "the file name of ModuleILPath"),
];

/// (event, field, where TraceEvent takes it from).
const DERIVED: &[(&str, &str, &str)] = &[
    ("Microsoft-Windows-DotNETRuntime/GC/HeapStats", "Depth", "the Depth of the GC/Start event of this collection"),
    ("Microsoft-Windows-DotNETRuntime/GC/FinalizeObject", "TypeName", "the name of TypeID, from Type/BulkType events"),
    ("Microsoft-Windows-Kernel-File/Create", "CreateDisposition", "bits 24-31 of CreateOptions, by TraceEvent's names"),
];

/// (event, TraceEvent's field, the property in the trace's metadata).
const ALIASES: &[(&str, &str, &str)] = &[
    // The Name member of BulkType's type records (flattened, see baseline_fields).
    ("Microsoft-Windows-DotNETRuntime/Type/BulkType", "TypeName_0", "Name_0"),
    ("Microsoft-Windows-Kernel-File/Create", "IrpPtr", "Irp"),
    ("Microsoft-Windows-Kernel-File/Create", "FileAttributes", "CreateAttributes"),
];

/// A C# flags enum printed: names of the set bits (composite names first), joined by ", "; `None` for zero; the
/// number when a bit has no name.
fn enum_flags(v: u64, names: &[(u64, &str)]) -> String {
    if v == 0 {
        return "None".into();
    }
    let mut rest = v;
    let mut parts = Vec::new();
    for (bits, name) in names {
        if rest & bits == *bits {
            parts.push(*name);
            rest &= !bits;
        }
    }
    if rest != 0 {
        return v.to_string();
    }
    baseline::cut(&parts.join(", "))
}

const SHARE_ACCESS: &[(u64, &str)] = &[(3, "ReadWrite"), (1, "Read"), (2, "Write"), (4, "Delete")];
const FILE_ATTRIBUTES: &[(u64, &str)] = &[
    (0x1, "FILE_ATTRIBUTE_READONLY"),
    (0x2, "FILE_ATTRIBUTE_HIDDEN"),
    (0x4, "FILE_ATTRIBUTE_SYSTEM"),
    (0x10, "FILE_ATTRIBUTE_DIRECTORY"),
    (0x20, "FILE_ATTRIBUTE_ARCHIVE"),
    (0x40, "FILE_ATTRIBUTE_DEVICE"),
    (0x80, "FILE_ATTRIBUTE_NORMAL"),
];

struct Used {
    newer: std::collections::BTreeSet<(&'static str, &'static str)>,
    computed: std::collections::BTreeSet<(&'static str, &'static str)>,
    derived: std::collections::BTreeSet<(&'static str, &'static str)>,
    aliases: std::collections::BTreeSet<(&'static str, &'static str)>,
}

fn find<'c>(ours: &'c Candidate, name: &str) -> Result<&'c Prop, String> {
    ours.props.iter().find(|p| p.name.eq_ignore_ascii_case(name)).ok_or_else(|| {
        let names: Vec<_> = ours.props.iter().map(|p| p.name.as_str()).collect();
        format!("{name}: no such property (ours: {})", names.join(", "))
    })
}

fn int(ours: &Candidate, name: &str) -> Result<u64, String> {
    find(ours, name)?.int.map(|(v, _)| v).ok_or_else(|| format!("{name} is not an integer"))
}

/// Compares one field; `Ok(true)` compared, `Ok(false)` derived.
fn field(
    event: &str,
    name: &str,
    expected: &str,
    ours: &Candidate,
    mappings: &[(String, String)],
    used: &mut Used,
) -> Result<bool, String> {
    // Events of the later version (where the trace has them) compare as usual.
    if let Some((e, f)) = NEWER.iter().find(|(e, f)| *e == event && *f == name && find(ours, name).is_err()) {
        used.newer.insert((e, f));
        return if DEFAULTS.contains(&expected) {
            Ok(true)
        } else {
            Err(format!("{name}: baseline {expected:?} is not a default"))
        };
    }
    if let Some((e, f, _)) = DERIVED.iter().find(|(e, f, _)| *e == event && *f == name) {
        used.derived.insert((e, f));
        return Ok(false);
    }
    if let Some((e, f, _)) = COMPUTED.iter().find(|(e, f, _)| *e == event && *f == name) {
        used.computed.insert((e, f));
        let value = match name {
            "TotalHeapSize" => {
                (0..4).map(|g| int(ours, &format!("GenerationSize{g}"))).sum::<Result<u64, _>>()?.to_string()
            }
            "TotalPromoted" => {
                (0..4).map(|g| int(ours, &format!("TotalPromotedSize{g}"))).sum::<Result<u64, _>>()?.to_string()
            }
            "ModuleILFileName" => {
                let path = unquote(&find(ours, "ModuleILPath")?.json);
                path.rsplit('\\').next().unwrap_or("").to_owned()
            }
            other => panic!("no computation for {other}"),
        };
        let rendered = Prop {
            name: name.into(),
            json: format!("{value:?}"),
            int: value.parse().ok().map(|v| (v, 64)),
            filetime: None,
            mapped: false,
        };
        return if same_value(expected, &rendered) {
            Ok(true)
        } else {
            Err(format!("{name}: baseline {expected:?}, computed from ours {value:?}"))
        };
    }
    let our_name = match ALIASES.iter().find(|(e, f, _)| *e == event && *f == name) {
        Some((e, f, n)) => {
            used.aliases.insert((e, f));
            *n
        }
        None => name,
    };
    let p = find(ours, our_name)?;
    let ok = match (event, our_name) {
        ("Microsoft-Windows-Kernel-File/Create", "ShareAccess") => {
            enum_flags(p.int.unwrap().0, SHARE_ACCESS) == expected
        }
        ("Microsoft-Windows-Kernel-File/Create", "CreateOptions") => {
            enum_flags(p.int.unwrap().0 & 0xff_ffff, FILE_ATTRIBUTES) == expected
        }
        ("Microsoft-Windows-Kernel-File/Create", "FileName") => {
            baseline::cut(&dos_path(&unquote(&p.json), mappings)) == expected
        }
        _ => {
            let joined = Prop { json: p.json.replace('|', ", "), ..p.clone() };
            same_value(expected, p)
                || same_value(expected, &joined)
                || (p.mapped && expected == "None" && p.int.is_some_and(|(v, _)| v == 0))
        }
    };
    if ok {
        Ok(true)
    } else {
        Err(format!("{name}: baseline {expected:?}, ours {} ({our_name})", p.json))
    }
}

#[test]
fn described_events_match_traceevent_field_by_field() {
    let Some(dir) = corpus::require() else { return };
    let mut failures = Vec::new();
    let mut compared = BTreeMap::<String, (usize, usize, usize)>::new();
    let mut used = Used {
        newer: Default::default(),
        computed: Default::default(),
        derived: Default::default(),
        aliases: Default::default(),
    };
    for (base, etl) in PAIRS {
        let path = dir.join("etl").join(etl);
        let mappings = volume_mappings(&path);
        let mut source = EventMetadataSource::new();
        EtlReader::open(&path).unwrap().for_each(
            |ev| {
                source.observe(ev);
            },
            |_| {},
        );
        let providers: std::collections::BTreeSet<String> =
            source.provider_names().iter().map(|p| p.to_string()).collect();
        let wanted: Vec<_> = baseline::read(&dir.join("baselines").join(format!("{base}.baseline.txt")))
            .into_iter()
            .filter(|b| b.name.split('/').next().is_some_and(|p| providers.contains(p)))
            .collect();
        assert!(wanted.len() > 50, "{base}: only {} described events in the baseline", wanted.len());
        let found = candidates(&path, &wanted, |ev| source.lookup(ev).and_then(Result::ok));
        for (b, cands) in wanted.iter().zip(found) {
            let (provider, _) = b.name.split_once('/').unwrap();
            let event = b.name.as_str();
            let cands: Vec<_> =
                cands.into_iter().filter(|c| c.provider == provider && c.pid == b.pid && c.tid == b.tid).collect();
            if cands.is_empty() {
                failures.push(format!("{base}: no event of ours for {}", &b.line[..b.line.len().min(150)]));
                continue;
            }
            let mut best: Option<(Vec<String>, usize, usize)> = None;
            for c in &cands {
                let mut errs = Vec::new();
                let (mut same, mut derived) = (0, 0);
                for (name, value) in &b.fields {
                    match field(event, name, value, c, &mappings, &mut used) {
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
            if !errs.is_empty() {
                failures.push(format!("{base} {} at {} µs: {}", b.name, b.micros, errs.join("; ")));
            }
        }
    }
    let (mut events, mut fields, mut derived) = (0, 0, 0);
    for (name, (n, same, der)) in &compared {
        eprintln!("{name:<90} {n:>3} events {same:>4} fields equal {der:>3} derived");
        events += n;
        fields += same;
        derived += der;
    }
    eprintln!("{events} baseline events, {fields} fields equal, {derived} derived fields not compared");
    let unused: Vec<String> = NEWER
        .iter()
        .filter(|k| !used.newer.contains(k))
        .map(|k| format!("newer {k:?}"))
        .chain(COMPUTED.iter().filter(|(e, f, _)| !used.computed.contains(&(e, f))).map(|k| format!("computed {k:?}")))
        .chain(DERIVED.iter().filter(|(e, f, _)| !used.derived.contains(&(e, f))).map(|k| format!("derived {k:?}")))
        .chain(ALIASES.iter().filter(|(e, f, _)| !used.aliases.contains(&(e, f))).map(|k| format!("alias {k:?}")))
        .collect();
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    assert!(unused.is_empty(), "rules no event needs: {unused:?}");
    assert!(events > 100 && fields > 300, "only {events} events and {fields} fields compared");
}
