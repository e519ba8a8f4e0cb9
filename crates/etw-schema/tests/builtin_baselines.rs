//! The .NET runtime's events of TraceEvent's baselines decoded by the built-in schemas (no manifest given), and
//! compared field by field with what TraceEvent printed (see `baseline_compare/mod.rs` for the matching and the
//! normalisation): `gcevents` and `gcrundownevents` (.NET 8) and the two `net.4.5.2` traces (.NET Framework
//! 4.5.2, whose traces also carry these schemas as EventMetadata; here the built-in table alone decodes them).
//! `net.4.5.x86.baseline.txt` is left out: it was made from a newer copy of that trace than the corpus holds.
//!
//! The built-in table is the runtime's manifest of January 2021. Each difference from TraceEvent is listed below
//! with its reason; everything else must match.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

mod baseline_compare;

use baseline_compare::{read_ours, Outcome, Rules};
use etw_schema::sources::builtin::BuiltinSource;
use etw_testkit::{baseline, corpus};

/// Microsoft-Windows-DotNETRuntime in `gcevents` (.NET 8) and the `net.4.5.2` traces (.NET Framework 4.5.2).
const RUNTIME_RULES: Rules = Rules {
    // .NET 8 events added to the runtime after the manifest's date.
    no_schema: &["GC/FitBucketInfo", "GC/LOHCompact"],
    // .NET 8 versions newer than the manifest's: the runtime only appends fields, so the newest older template
    // decodes the leading fields (the built-in source does this itself; the test checks which version it took).
    older_version: &[("GC/AllocationTick", 4, 3), ("GC/GlobalHeapHistory", 4, 3)],
    trailing: &[],
    derived: &[
        // TraceEvent fills type names in from the BulkType events it has seen.
        ("GC/FinalizeObject", "TypeName"),
        // TraceEvent's GC depth (from the GC/Start of the collection) and its sums of the generation sizes.
        ("GC/HeapStats", "Depth"),
        ("GC/HeapStats", "TotalHeapSize"),
        ("GC/HeapStats", "TotalPromoted"),
        // TraceEvent's file name taken from ModuleILPath.
        ("Loader/ModuleLoad", "ModuleILFileName"),
        ("Loader/ModuleUnload", "ModuleILFileName"),
    ],
    // Fields of later versions than the event has (TraceEvent prints its default for them), or than the
    // manifest has (.NET 8 events read with the older template).
    newer: &[
        ("GC/AllocationTick", "ObjectSize"),
        ("GC/Start", "ClientSequenceNumber"),
        ("GC/HeapStats", "GenerationSize4"),
        ("GC/HeapStats", "TotalPromotedSize4"),
        ("GC/GlobalHeapHistory", "Count"),
        ("GC/PerHeapHistory", "ConcurrentCompactMechanisms"),
        ("GC/PerHeapHistory", "MemoryPressure"),
        ("Method/LoadVerbose", "ReJITID"),
        ("Method/LoadVerbose", "OptimizationTier"),
        ("Method/UnloadVerbose", "ReJITID"),
        ("Method/UnloadVerbose", "OptimizationTier"),
        ("Contention/Start", "LockID"),
        ("Contention/Start", "AssociatedObjectID"),
        ("Contention/Start", "LockOwnerThreadID"),
        ("Contention/Stop", "DurationNs"),
    ],
    renamed: &[
        // The manifest calls event 202's fourth field "Bytes".
        ("GC/MarkWithType", "Promoted", "Bytes"),
        // The Name member of BulkType's type records (element 0 of the array, as TraceEvent prints it).
        ("Type/BulkType", "TypeName_0", "Name_0"),
    ],
    // Values TraceEvent names by its own enums where the manifest's map has no name for them (a later runtime's
    // values), or prints signed.
    enums: &[
        ("GC/CreateSegment", "Type", "PinnedObjectHeap", 3),
        ("GC/PerHeapHistory", "CompactMechanisms", "compact_high_frag", 0x8000_0002),
        ("GC/PerHeapHistory", "CompactMechanisms", "compact_loh_forced", 0x8000_0008),
        ("GC/PerHeapHistory", "ExpandMechanisms", "not_specified", 0),
        ("Exception/Start", "ExceptionHRESULT", "-2,147,024,894", 0x8007_0002),
        // The manifest's GlobalHeapHistory templates carry no value maps.
        ("GC/GlobalHeapHistory", "Reason", "Induced", 1),
        // Compaction | Promotion | Demotion | CardBundles.
        ("GC/GlobalHeapHistory", "GlobalMechanisms", "Compaction, Promotio...", 30),
        ("GC/GlobalHeapHistory", "PauseMode", "Interactive", 1),
    ],
    // TraceEvent's names for these events; the manifest's opcodes are named as shown.
    names: &[
        ("GC/MarkWithType", "GC/Mark"),
        ("GC/GenerationRange", "GC/GCGenerationRange"),
        ("GC/BulkSurvivingObjectRanges", "GC/GCBulkSurvivingObjectRanges"),
        ("GC/BulkMovedObjectRanges", "GC/GCBulkMovedObjectRanges"),
        ("GarbageCollection/IncreaseMemoryPressure", "GC/IncreaseMemoryPressure"),
    ],
    empty_template: &[],
};

/// Microsoft-Windows-DotNETRuntimeRundown in `gcrundownevents` (.NET 8) and the `net.4.5.2` traces.
const RUNDOWN_RULES: Rules = Rules {
    // Rundown event 10 (GC settings) was added to the runtime after the manifest's date.
    no_schema: &["GC/SettingsRundown"],
    older_version: &[],
    trailing: &[],
    // TraceEvent's file name taken from ModuleILPath.
    derived: &[("Loader/ModuleDCStop", "ModuleILFileName")],
    newer: &[],
    renamed: &[],
    // ReadyToRun (0x10) is a later runtime's flag than the manifest's AssemblyFlagsMap has.
    enums: &[("Loader/AssemblyDCStop", "AssemblyFlags", "ReadyToRun", 0x10)],
    // The manifest's task for event 280 is TieredCompilation (TraceEvent: TieredCompilationRundown).
    names: &[("TieredCompilationRundown/SettingsDCStart", "TieredCompilation/SettingsDCStart")],
    empty_template: &[],
};

/// Microsoft-Windows-DotNETRuntimePrivate in the `net.4.5.2` traces.
const PRIVATE_RULES: Rules = Rules {
    no_schema: &[],
    older_version: &[],
    trailing: &[],
    derived: &[],
    // Fields of the later versions TraceEvent's parser was written for; it prints them empty for version 1.
    newer: &[
        ("GC/GlobalHeapHistory", "PauseMode"),
        ("GC/GlobalHeapHistory", "MemoryPressure"),
        ("GC/GlobalHeapHistory", "CondemnReasons0"),
        ("GC/GlobalHeapHistory", "CondemnReasons1"),
        ("GC/GlobalHeapHistory", "Count"),
    ],
    renamed: &[],
    // The manifest's private templates carry no value maps; TraceEvent names the values by its own enums.
    enums: &[
        ("GC/GlobalHeapHistory", "Reason", "AllocSmall", 0),
        ("GC/GlobalHeapHistory", "GlobalMechanisms", "Promotion", 4),
        // Promotion | CardBundles.
        ("GC/GlobalHeapHistory", "GlobalMechanisms", "Promotion, CardBundl...", 20),
        ("NgenBinder/NgenBind", "ReasonCode", "START_BIND", 0),
        ("NgenBinder/NgenBind", "ReasonCode", "REJECT_IL_SIG", 9),
    ],
    names: &[],
    // The manifest declares private event 4 version 2 (GCPerHeapHistory) with an empty template; the runtime
    // writes the per-heap history there, which TraceEvent reads with its own parser.
    empty_template: &["GC/PerHeapHistory"],
};

/// The traces of each provider, and the rules for that provider (one set for all its traces, so that every
/// rule must be needed by some event of some trace).
/// (provider prefix as TraceEvent names events, its (baseline, trace) pairs, its rules)
type Group = (&'static str, &'static [(&'static str, &'static str)], &'static Rules);

const GROUPS: &[Group] = &[
    (
        "Microsoft-Windows-DotNETRuntime/",
        &[
            ("gcevents", "perfview/gcevents.PerfViewData.etl"),
            ("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl"),
            ("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl"),
        ],
        &RUNTIME_RULES,
    ),
    (
        "Microsoft-Windows-DotNETRuntimeRundown/",
        &[
            ("gcrundownevents", "perfview/gcrundownevents.PerfViewData.clrRundown.etl"),
            ("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl"),
            ("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl"),
        ],
        &RUNDOWN_RULES,
    ),
    (
        "Microsoft-Windows-DotNETRuntimePrivate/",
        &[("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl"), ("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl")],
        &PRIVATE_RULES,
    ),
];

#[test]
fn dotnet_baselines_match_field_by_field_with_the_builtin_schemas() {
    let Some(dir) = corpus::require() else { return };
    let mut report = Vec::new();
    let mut errors = Vec::new();
    let mut total = 0;
    for &(provider, traces, rules) in GROUPS {
        let name = provider.trim_end_matches('/');
        let guid = BuiltinSource::providers().find(|p| p.name == name).unwrap().guid;
        let mut outcome = Outcome::default();
        for &(base, etl) in traces {
            let mut exact = BuiltinSource::new();
            // Exact versions first; an older version only where a rule says so (the comparison checks which).
            let ours = read_ours(&dir.join("etl").join(etl), |ev| {
                exact
                    .schema(&ev.provider_id(), ev.id(), ev.version())
                    .filter(|s| s.descriptor.version == ev.version())
                    .map(Ok)
            });
            let events = baseline::read(&dir.join("baselines").join(format!("{base}.baseline.txt")));
            let before = (outcome.events, outcome.errors.len());
            outcome.compare(
                &events,
                &ours,
                |b| b.name.starts_with(provider),
                |o| BuiltinSource::new().schema(&guid, o.id, o.version),
                rules,
            );
            let selected = events.iter().filter(|b| b.name.starts_with(provider)).count();
            assert_eq!(outcome.events - before.0, selected, "{base}: every baseline event of {name} is matched");
            errors.extend(outcome.errors[before.1..].iter().map(|e| format!("{base}: {e}")));
        }
        total += outcome.events;
        errors.extend(outcome.unused(rules).into_iter().map(|r| format!("{name}: rule not needed: {r}")));
        report.push(format!("{name}: {}", outcome.summary()));
    }
    eprintln!("{}", report.join("\n"));
    assert!(errors.is_empty(), "{} differences:\n{}", errors.len(), errors.join("\n"));
    assert!(total > 500, "{total} events compared");
}
