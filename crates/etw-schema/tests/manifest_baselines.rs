//! The CLR events of TraceEvent's baselines `gcevents` and `gcrundownevents`, decoded with the dissect.etl
//! manifests (`corpus/manifests/dissect-etl-3.14/`, one per provider GUID), compared field by field (see
//! `baseline_compare/mod.rs` for the matching and the normalisation).
//!
//! Those manifests were taken from a machine with .NET Framework 4.x and rebuilt from TDH by dissect.etl; the
//! traces were written by .NET 8. So some events are newer than the manifest, some versions are, and some of
//! the rebuilt templates lost their value maps or a struct. Each such difference is listed below with its
//! reason; everything else must match.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod baseline_compare;

use baseline_compare::{read_ours, Outcome, Rules};
use etw_core::Guid;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::SchemaSource;
use etw_testkit::{baseline, corpus};

const RUNTIME: Guid = Guid::parse_const("e13c0d23-ccbc-4e12-931b-d9cc2eee27e4");
const RUNDOWN: Guid = Guid::parse_const("a669021c-c450-4609-a035-5af59af4df18");

/// Microsoft-Windows-DotNETRuntime in `gcevents`.
const GC_RULES: Rules = Rules {
    // .NET 5+ events the .NET Framework manifest does not have.
    no_schema: &["GC/FitBucketInfo", "GC/LOHCompact"],
    // Versions written by .NET 8 that the manifest does not have; the CLR only appends fields in new
    // versions, so the newest older template decodes the leading fields.
    older_version: &[("GC/AllocationTick", 4, 3), ("GC/GlobalHeapHistory", 4, 2), ("GC/HeapStats", 2, 1)],
    // The rebuilt V3 template flattened the array of per-generation structs (10 pointers each) into an array of
    // pointers, so it reads 5 pointers where there are 50.
    trailing: &[("GC/PerHeapHistory", 360)],
    derived: &[
        // TraceEvent fills type names in from the BulkType events it has seen.
        ("GC/FinalizeObject", "TypeName"),
        // TraceEvent's sums and its GC depth, not payload fields.
        ("GC/HeapStats", "TotalHeapSize"),
        ("GC/HeapStats", "TotalPromoted"),
        ("GC/HeapStats", "Depth"),
        // Properties of newer versions that TraceEvent prints empty for V3.
        ("GC/PerHeapHistory", "ConcurrentCompactMechanisms"),
        ("GC/PerHeapHistory", "MemoryPressure"),
    ],
    newer: &[
        ("GC/AllocationTick", "ObjectSize"),
        ("GC/GlobalHeapHistory", "CondemnReasons0"),
        ("GC/GlobalHeapHistory", "CondemnReasons1"),
        ("GC/GlobalHeapHistory", "Count"),
        ("GC/HeapStats", "GenerationSize4"),
        ("GC/HeapStats", "TotalPromotedSize4"),
    ],
    // The rebuilt manifest calls event 202's fourth field "Bytes".
    renamed: &[("GC/MarkWithType", "Promoted", "Bytes")],
    // The rebuilt templates of these versions have no map; TraceEvent names the values by its own enums.
    enums: &[
        ("GC/AllocationTick", "AllocationKind", "Small", 0),
        ("GC/CreateSegment", "Type", "SmallObjectHeap", 0),
        ("GC/CreateSegment", "Type", "LargeObjectHeap", 1),
        ("GC/CreateSegment", "Type", "PinnedObjectHeap", 3),
        ("GC/GlobalHeapHistory", "Reason", "Induced", 1),
        // Compaction | Promotion | Demotion | CardBundles.
        ("GC/GlobalHeapHistory", "GlobalMechanisms", "Compaction, Promotio...", 30),
        ("GC/GlobalHeapHistory", "PauseMode", "Interactive", 1),
        ("GC/PerHeapHistory", "CompactMechanisms", "compact_high_frag", 0x8000_0002),
        ("GC/PerHeapHistory", "CompactMechanisms", "compact_loh_forced", 0x8000_0008),
        ("GC/PerHeapHistory", "ExpandMechanisms", "not_specified", 0),
        ("GC/Start", "Reason", "Induced", 1),
        ("GC/Start", "Type", "NonConcurrentGC", 0),
        ("GC/SuspendEEStart", "Reason", "SuspendForGC", 1),
        ("GC/Triggered", "Reason", "Induced", 1),
        ("Runtime/Start", "Sku", "CoreClr", 2),
    ],
    // TraceEvent knows event 202 as MarkWithType; the rebuilt manifest's opcode is "Mark".
    names: &[("GC/MarkWithType", "GC/Mark")],
    empty_template: &[],
};

/// Microsoft-Windows-DotNETRuntimeRundown in `gcrundownevents`.
const RUNDOWN_RULES: Rules = Rules {
    // .NET Core rundown events the .NET Framework manifest does not have.
    no_schema: &["TieredCompilationRundown/SettingsDCStart", "GC/SettingsRundown"],
    older_version: &[],
    trailing: &[],
    // TraceEvent's file name taken from ModuleILPath.
    derived: &[("Loader/ModuleDCStop", "ModuleILFileName")],
    newer: &[],
    renamed: &[],
    enums: &[
        ("Loader/AppDomainDCStop", "AppDomainFlags", "Default, Executable", 3),
        ("Loader/AssemblyDCStop", "AssemblyFlags", "None", 0),
        ("Loader/AssemblyDCStop", "AssemblyFlags", "ReadyToRun", 0x10),
        ("Loader/DomainModuleDCStop", "ModuleFlags", "Manifest", 8),
        ("Loader/DomainModuleDCStop", "ModuleFlags", "Manifest, ReadyToRun...", 0x28),
        ("Loader/ModuleDCStop", "ModuleFlags", "Manifest", 8),
        ("Loader/ModuleDCStop", "ModuleFlags", "Manifest, ReadyToRun...", 0x28),
        ("Runtime/Start", "Sku", "CoreClr", 2),
    ],
    names: &[],
    empty_template: &[],
};

#[test]
fn clr_baselines_match_field_by_field_with_the_dissect_manifests() {
    let Some(dir) = corpus::require() else { return };
    let manifests = dir.join("manifests/dissect-etl-3.14");
    let mut exact = ManifestSource::new();
    exact.load_path(&manifests).unwrap();
    let mut older = ManifestSource::new();
    older.set_version_fallback(true);
    older.load_path(&manifests).unwrap();
    assert_eq!(exact.provider_name(&RUNTIME).as_deref(), Some("Microsoft-Windows-DotNETRuntime"));
    assert_eq!(exact.provider_name(&RUNDOWN).as_deref(), Some("Microsoft-Windows-DotNETRuntimeRundown"));

    let mut report = Vec::new();
    let mut errors = Vec::new();
    for (base, etl, provider, rules) in [
        ("gcevents", "perfview/gcevents.PerfViewData.etl", "Microsoft-Windows-DotNETRuntime/", &GC_RULES),
        (
            "gcrundownevents",
            "perfview/gcrundownevents.PerfViewData.clrRundown.etl",
            "Microsoft-Windows-DotNETRuntimeRundown/",
            &RUNDOWN_RULES,
        ),
    ] {
        let ours = read_ours(&dir.join("etl").join(etl), |ev| exact.lookup(ev));
        let events = baseline::read(&dir.join("baselines").join(format!("{base}.baseline.txt")));
        let mut outcome = Outcome::default();
        let guid = if base == "gcevents" { RUNTIME } else { RUNDOWN };
        outcome.compare(
            &events,
            &ours,
            |b| b.name.starts_with(provider),
            |o| older.schema(&guid, o.id, o.version).and_then(Result::ok),
            rules,
        );
        let selected = events.iter().filter(|b| b.name.starts_with(provider)).count();
        assert_eq!(outcome.events, selected, "{base}: every baseline event of {provider} is matched");
        errors.extend(outcome.errors.iter().map(|e| format!("{base}: {e}")));
        errors.extend(outcome.unused(rules).into_iter().map(|r| format!("{base}: rule not needed: {r}")));
        report.push(format!("{base}: {}", outcome.summary()));
    }
    eprintln!("{}", report.join("\n"));
    assert!(errors.is_empty(), "{} differences:\n{}", errors.len(), errors.join("\n"));
}
