//! Built-in schemas of Microsoft-Windows-Threat-Intelligence ({f4e1897c-bb5d-5668-f1d8-040f4d8dd344}), the kernel's
//! provider of cross-process memory, APC, thread-context and suspend/resume events that EDRs (and SilkETW and
//! Sealighter configurations) enable.
//!
//! GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from the facts written by
//! hand in `examples/builtin_tables/threat_intelligence.rs`: the field names and in-types of every event of version
//! 0, as listed by the `Windows10EtwEvents` project (github.com/jdu2600/Windows10EtwEvents,
//! `manifest/Microsoft-Windows-Threat-Intelligence.tsv`, taken from the provider's registered manifest), with the
//! event, task and keyword names given there. That list does not give the numeric task, opcode and keyword values,
//! so the descriptors leave them 0 (they are not used to decode). No trace of the test corpus holds this provider,
//! so these schemas are checked only for their own consistency.
//!
//! | provider | events (id and version) |
//! |---|---:|
//! | Microsoft-Windows-Threat-Intelligence | 26 |
//!
//! In-types used (TDH's numbers): 1 win:UnicodeString, 4 win:UInt8, 6 win:UInt16, 8 win:UInt32, 10 win:UInt64, 16 win:Pointer, 17 win:FILETIME.
//! Out-types used: 0 xs:null.
//!
//! Rows refer to each other by index and to strings by `S(byte offset, length)` in `STRINGS` (see
//! `table.rs`); each row's comment names what it holds.

use etw_core::Guid;

use super::table::{e, p, EventRow, MapRow, PropertyRow, ProviderRow, Tables, TemplateRow, S};

/// The tables of this module.
pub(super) const TABLES: Tables = Tables {
    strings: STRINGS,
    providers: PROVIDERS,
    events: EVENTS,
    templates: TEMPLATES,
    properties: PROPERTIES,
    maps: MAPS,
    map_entries: MAP_ENTRIES,
    keywords: KEYWORDS,
};

const PROVIDERS: &[ProviderRow] = &[
    ProviderRow {
        guid: Guid::parse_const("f4e1897c-bb5d-5668-f1d8-040f4d8dd344"),
        name: S(3297, 37), // Microsoft-Windows-Threat-Intelligence
        origin: S(3334, 59), // written by hand from Windows10EtwEvents' list of its fields
        appends_only: false,
        first: 0,
        count: 26,
    },
];

const EVENTS: &[EventRow] = &[
    // Microsoft-Windows-Threat-Intelligence
    e(1, 0, [0, 4, 0], 0, 0x0, [S(0, 29), S(0, 29), S(0, 0), S(29, 13), S(0, 0)], (0, 1), 0), // KERNEL_THREATINT_TASK_ALLOCVM
    e(2, 0, [0, 4, 0], 0, 0x0, [S(615, 31), S(615, 31), S(0, 0), S(29, 13), S(0, 0)], (1, 1), 1), // KERNEL_THREATINT_TASK_PROTECTVM
    e(3, 0, [0, 4, 0], 0, 0x0, [S(705, 29), S(705, 29), S(0, 0), S(29, 13), S(0, 0)], (2, 1), 2), // KERNEL_THREATINT_TASK_MAPVIEW
    e(4, 0, [0, 4, 0], 0, 0x0, [S(781, 34), S(781, 34), S(0, 0), S(29, 13), S(0, 0)], (3, 1), 3), // KERNEL_THREATINT_TASK_QUEUEUSERAPC
    e(5, 0, [0, 4, 0], 0, 0x0, [S(1329, 38), S(1329, 38), S(0, 0), S(29, 13), S(0, 0)], (4, 1), 4), // KERNEL_THREATINT_TASK_SETTHREADCONTEXT
    e(6, 0, [0, 4, 0], 0, 0x0, [S(1592, 30), S(0, 29), S(0, 0), S(29, 13), S(0, 0)], (5, 1), 0), // KERNEL_THREATINT_TASK_ALLOCVM6
    e(7, 0, [0, 4, 0], 0, 0x0, [S(1660, 32), S(615, 31), S(0, 0), S(29, 13), S(0, 0)], (6, 1), 1), // KERNEL_THREATINT_TASK_PROTECTVM7
    e(8, 0, [0, 4, 0], 0, 0x0, [S(1732, 30), S(705, 29), S(0, 0), S(29, 13), S(0, 0)], (7, 1), 2), // KERNEL_THREATINT_TASK_MAPVIEW8
    e(11, 0, [0, 4, 0], 0, 0x0, [S(1800, 28), S(1800, 28), S(0, 0), S(29, 13), S(0, 0)], (8, 1), 5), // KERNEL_THREATINT_TASK_READVM
    e(12, 0, [0, 4, 0], 0, 0x0, [S(1891, 29), S(1891, 29), S(0, 0), S(29, 13), S(0, 0)], (9, 1), 5), // KERNEL_THREATINT_TASK_WRITEVM
    e(13, 0, [0, 4, 0], 0, 0x0, [S(1958, 30), S(1800, 28), S(0, 0), S(29, 13), S(0, 0)], (10, 1), 5), // KERNEL_THREATINT_TASK_READVM13
    e(14, 0, [0, 4, 0], 0, 0x0, [S(2026, 31), S(1891, 29), S(0, 0), S(29, 13), S(0, 0)], (11, 1), 5), // KERNEL_THREATINT_TASK_WRITEVM14
    e(15, 0, [0, 4, 0], 0, 0x0, [S(2096, 42), S(2096, 42), S(0, 0), S(29, 13), S(0, 0)], (12, 1), 6), // KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD
    e(16, 0, [0, 4, 0], 0, 0x0, [S(2177, 44), S(2096, 42), S(0, 0), S(29, 13), S(0, 0)], (13, 1), 6), // KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD16
    e(17, 0, [0, 4, 0], 0, 0x0, [S(2259, 43), S(2259, 43), S(0, 0), S(29, 13), S(0, 0)], (14, 1), 7), // KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS
    e(18, 0, [0, 4, 0], 0, 0x0, [S(2342, 45), S(2259, 43), S(0, 0), S(29, 13), S(0, 0)], (15, 1), 7), // KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS18
    e(19, 0, [0, 4, 0], 0, 0x0, [S(2426, 45), S(2259, 43), S(0, 0), S(29, 13), S(0, 0)], (16, 1), 7), // KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS19
    e(20, 0, [0, 4, 0], 0, 0x0, [S(2510, 45), S(2259, 43), S(0, 0), S(29, 13), S(0, 0)], (17, 1), 7), // KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS20
    e(21, 0, [0, 4, 0], 0, 0x0, [S(2592, 31), S(0, 29), S(0, 0), S(29, 13), S(0, 0)], (18, 1), 0), // KERNEL_THREATINT_TASK_ALLOCVM21
    e(22, 0, [0, 4, 0], 0, 0x0, [S(2676, 33), S(615, 31), S(0, 0), S(29, 13), S(0, 0)], (19, 1), 1), // KERNEL_THREATINT_TASK_PROTECTVM22
    e(23, 0, [0, 4, 0], 0, 0x0, [S(2764, 31), S(705, 29), S(0, 0), S(29, 13), S(0, 0)], (20, 1), 2), // KERNEL_THREATINT_TASK_MAPVIEW23
    e(24, 0, [0, 4, 0], 0, 0x0, [S(2848, 36), S(781, 34), S(0, 0), S(29, 13), S(0, 0)], (21, 1), 3), // KERNEL_THREATINT_TASK_QUEUEUSERAPC24
    e(25, 0, [0, 4, 0], 0, 0x0, [S(2942, 40), S(1329, 38), S(0, 0), S(29, 13), S(0, 0)], (22, 1), 4), // KERNEL_THREATINT_TASK_SETTHREADCONTEXT25
    e(26, 0, [0, 4, 0], 0, 0x0, [S(3044, 31), S(0, 29), S(0, 0), S(29, 13), S(0, 0)], (23, 1), 0), // KERNEL_THREATINT_TASK_ALLOCVM26
    e(27, 0, [0, 4, 0], 0, 0x0, [S(3127, 33), S(615, 31), S(0, 0), S(29, 13), S(0, 0)], (24, 1), 1), // KERNEL_THREATINT_TASK_PROTECTVM27
    e(28, 0, [0, 4, 0], 0, 0x0, [S(3214, 31), S(705, 29), S(0, 0), S(29, 13), S(0, 0)], (25, 1), 2), // KERNEL_THREATINT_TASK_MAPVIEW28
];

const TEMPLATES: &[TemplateRow] = &[
    TemplateRow { first: 0, count: 24, top_level: 24 }, // 0
    TemplateRow { first: 24, count: 24, top_level: 24 }, // 1
    TemplateRow { first: 48, count: 18, top_level: 18 }, // 2
    TemplateRow { first: 66, count: 42, top_level: 42 }, // 3
    TemplateRow { first: 108, count: 38, top_level: 38 }, // 4
    TemplateRow { first: 146, count: 17, top_level: 17 }, // 5
    TemplateRow { first: 163, count: 17, top_level: 17 }, // 6
    TemplateRow { first: 180, count: 15, top_level: 15 }, // 7
];

const PROPERTIES: &[PropertyRow] = &[
    // template 0
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(411, 17), 8, 0), // OriginalProcessId
    p(S(428, 25), 17, 0), // OriginalProcessCreateTime
    p(S(453, 23), 10, 0), // OriginalProcessStartKey
    p(S(476, 29), 4, 0), // OriginalProcessSignatureLevel
    p(S(505, 36), 4, 0), // OriginalProcessSectionSignatureLevel
    p(S(541, 25), 4, 0), // OriginalProcessProtection
    p(S(566, 11), 16, 0), // BaseAddress
    p(S(577, 10), 16, 0), // RegionSize
    p(S(587, 14), 8, 0), // AllocationType
    p(S(601, 14), 8, 0), // ProtectionMask
    // template 1
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(411, 17), 8, 0), // OriginalProcessId
    p(S(428, 25), 17, 0), // OriginalProcessCreateTime
    p(S(453, 23), 10, 0), // OriginalProcessStartKey
    p(S(476, 29), 4, 0), // OriginalProcessSignatureLevel
    p(S(505, 36), 4, 0), // OriginalProcessSectionSignatureLevel
    p(S(541, 25), 4, 0), // OriginalProcessProtection
    p(S(566, 11), 16, 0), // BaseAddress
    p(S(577, 10), 16, 0), // RegionSize
    p(S(601, 14), 8, 0), // ProtectionMask
    p(S(687, 18), 8, 0), // LastProtectionMask
    // template 2
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(566, 11), 16, 0), // BaseAddress
    p(S(773, 8), 16, 0), // ViewSize
    p(S(587, 14), 8, 0), // AllocationType
    p(S(601, 14), 8, 0), // ProtectionMask
    // template 3
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(859, 14), 8, 0), // TargetThreadId
    p(S(873, 22), 17, 0), // TargetThreadCreateTime
    p(S(411, 17), 8, 0), // OriginalProcessId
    p(S(428, 25), 17, 0), // OriginalProcessCreateTime
    p(S(453, 23), 10, 0), // OriginalProcessStartKey
    p(S(476, 29), 4, 0), // OriginalProcessSignatureLevel
    p(S(505, 36), 4, 0), // OriginalProcessSectionSignatureLevel
    p(S(541, 25), 4, 0), // OriginalProcessProtection
    p(S(895, 21), 4, 0), // TargetThreadAlertable
    p(S(916, 10), 16, 0), // ApcRoutine
    p(S(926, 12), 16, 0), // ApcArgument1
    p(S(938, 12), 16, 0), // ApcArgument2
    p(S(950, 12), 16, 0), // ApcArgument3
    p(S(962, 13), 17, 0), // RealEventTime
    p(S(975, 24), 8, 0), // ApcRoutineVadQueryResult
    p(S(999, 27), 16, 0), // ApcRoutineVadAllocationBase
    p(S(1026, 30), 8, 0), // ApcRoutineVadAllocationProtect
    p(S(1056, 23), 8, 0), // ApcRoutineVadRegionType
    p(S(1079, 23), 16, 0), // ApcRoutineVadRegionSize
    p(S(1102, 23), 16, 0), // ApcRoutineVadCommitSize
    p(S(1125, 20), 1, 0), // ApcRoutineVadMmfName
    p(S(1145, 26), 8, 0), // ApcArgument1VadQueryResult
    p(S(1171, 29), 16, 0), // ApcArgument1VadAllocationBase
    p(S(1200, 32), 8, 0), // ApcArgument1VadAllocationProtect
    p(S(1232, 25), 8, 0), // ApcArgument1VadRegionType
    p(S(1257, 25), 16, 0), // ApcArgument1VadRegionSize
    p(S(1282, 25), 16, 0), // ApcArgument1VadCommitSize
    p(S(1307, 22), 1, 0), // ApcArgument1VadMmfName
    // template 4
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(859, 14), 8, 0), // TargetThreadId
    p(S(873, 22), 17, 0), // TargetThreadCreateTime
    p(S(1415, 12), 8, 0), // ContextFlags
    p(S(1427, 11), 6, 0), // ContextMask
    p(S(1438, 2), 16, 0), // Pc
    p(S(1440, 2), 16, 0), // Sp
    p(S(1442, 2), 16, 0), // Lr
    p(S(1444, 2), 16, 0), // Fp
    p(S(1446, 4), 16, 0), // Reg0
    p(S(1450, 4), 16, 0), // Reg1
    p(S(1454, 4), 16, 0), // Reg2
    p(S(1458, 4), 16, 0), // Reg3
    p(S(1462, 4), 16, 0), // Reg4
    p(S(1466, 4), 16, 0), // Reg5
    p(S(1470, 4), 16, 0), // Reg6
    p(S(1474, 4), 16, 0), // Reg7
    p(S(962, 13), 17, 0), // RealEventTime
    p(S(1478, 16), 8, 0), // PcVadQueryResult
    p(S(1494, 19), 16, 0), // PcVadAllocationBase
    p(S(1513, 22), 8, 0), // PcVadAllocationProtect
    p(S(1535, 15), 8, 0), // PcVadRegionType
    p(S(1550, 15), 16, 0), // PcVadRegionSize
    p(S(1565, 15), 16, 0), // PcVadCommitSize
    p(S(1580, 12), 1, 0), // PcVadMmfName
    // template 5
    p(S(1865, 15), 8, 0), // OperationStatus
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(566, 11), 16, 0), // BaseAddress
    p(S(1880, 11), 16, 0), // BytesCopied
    // template 6
    p(S(1865, 15), 8, 0), // OperationStatus
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
    p(S(859, 14), 8, 0), // TargetThreadId
    p(S(873, 22), 17, 0), // TargetThreadCreateTime
    // template 7
    p(S(1865, 15), 8, 0), // OperationStatus
    p(S(81, 16), 8, 0), // CallingProcessId
    p(S(97, 24), 17, 0), // CallingProcessCreateTime
    p(S(121, 22), 10, 0), // CallingProcessStartKey
    p(S(143, 28), 4, 0), // CallingProcessSignatureLevel
    p(S(171, 35), 4, 0), // CallingProcessSectionSignatureLevel
    p(S(206, 24), 4, 0), // CallingProcessProtection
    p(S(230, 15), 8, 0), // CallingThreadId
    p(S(245, 23), 17, 0), // CallingThreadCreateTime
    p(S(268, 15), 8, 0), // TargetProcessId
    p(S(283, 23), 17, 0), // TargetProcessCreateTime
    p(S(306, 21), 10, 0), // TargetProcessStartKey
    p(S(327, 27), 4, 0), // TargetProcessSignatureLevel
    p(S(354, 34), 4, 0), // TargetProcessSectionSignatureLevel
    p(S(388, 23), 4, 0), // TargetProcessProtection
];

const MAPS: &[MapRow] = &[
];

const MAP_ENTRIES: &[(u64, S)] = &[
];

const KEYWORDS: &[S] = &[
    S(42, 39), // KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE
    S(646, 41), // KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE
    S(734, 39), // KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE
    S(815, 44), // KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE
    S(1367, 48), // KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE
    S(1622, 38), // KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL
    S(1692, 40), // KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL
    S(1762, 38), // KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL
    S(1828, 37), // KERNEL_THREATINT_KEYWORD_READVM_LOCAL
    S(1920, 38), // KERNEL_THREATINT_KEYWORD_WRITEVM_LOCAL
    S(1988, 38), // KERNEL_THREATINT_KEYWORD_READVM_REMOTE
    S(2057, 39), // KERNEL_THREATINT_KEYWORD_WRITEVM_REMOTE
    S(2138, 39), // KERNEL_THREATINT_KEYWORD_SUSPEND_THREAD
    S(2221, 38), // KERNEL_THREATINT_KEYWORD_RESUME_THREAD
    S(2302, 40), // KERNEL_THREATINT_KEYWORD_SUSPEND_PROCESS
    S(2387, 39), // KERNEL_THREATINT_KEYWORD_RESUME_PROCESS
    S(2471, 39), // KERNEL_THREATINT_KEYWORD_FREEZE_PROCESS
    S(2555, 37), // KERNEL_THREATINT_KEYWORD_THAW_PROCESS
    S(2623, 53), // KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE_KERNEL_CALLER
    S(2709, 55), // KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE_KERNEL_CALLER
    S(2795, 53), // KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE_KERNEL_CALLER
    S(2884, 58), // KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE_KERNEL_CALLER
    S(2982, 62), // KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE_KERNEL_CALL...
    S(3075, 52), // KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL_KERNEL_CALLER
    S(3160, 54), // KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL_KERNEL_CALLER
    S(3245, 52), // KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL_KERNEL_CALLER
];

/// Every string of the rows, one after the other (each line's comment is its offset).
const STRINGS: &str = concat!(
    "KERNEL_THREATINT_TASK_ALLOCVM", // 0
    "Informational", // 29
    "KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE", // 42
    "CallingProcessId", // 81
    "CallingProcessCreateTime", // 97
    "CallingProcessStartKey", // 121
    "CallingProcessSignatureLevel", // 143
    "CallingProcessSectionSignatureLevel", // 171
    "CallingProcessProtection", // 206
    "CallingThreadId", // 230
    "CallingThreadCreateTime", // 245
    "TargetProcessId", // 268
    "TargetProcessCreateTime", // 283
    "TargetProcessStartKey", // 306
    "TargetProcessSignatureLevel", // 327
    "TargetProcessSectionSignatureLevel", // 354
    "TargetProcessProtection", // 388
    "OriginalProcessId", // 411
    "OriginalProcessCreateTime", // 428
    "OriginalProcessStartKey", // 453
    "OriginalProcessSignatureLevel", // 476
    "OriginalProcessSectionSignatureLevel", // 505
    "OriginalProcessProtection", // 541
    "BaseAddress", // 566
    "RegionSize", // 577
    "AllocationType", // 587
    "ProtectionMask", // 601
    "KERNEL_THREATINT_TASK_PROTECTVM", // 615
    "KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE", // 646
    "LastProtectionMask", // 687
    "KERNEL_THREATINT_TASK_MAPVIEW", // 705
    "KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE", // 734
    "ViewSize", // 773
    "KERNEL_THREATINT_TASK_QUEUEUSERAPC", // 781
    "KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE", // 815
    "TargetThreadId", // 859
    "TargetThreadCreateTime", // 873
    "TargetThreadAlertable", // 895
    "ApcRoutine", // 916
    "ApcArgument1", // 926
    "ApcArgument2", // 938
    "ApcArgument3", // 950
    "RealEventTime", // 962
    "ApcRoutineVadQueryResult", // 975
    "ApcRoutineVadAllocationBase", // 999
    "ApcRoutineVadAllocationProtect", // 1026
    "ApcRoutineVadRegionType", // 1056
    "ApcRoutineVadRegionSize", // 1079
    "ApcRoutineVadCommitSize", // 1102
    "ApcRoutineVadMmfName", // 1125
    "ApcArgument1VadQueryResult", // 1145
    "ApcArgument1VadAllocationBase", // 1171
    "ApcArgument1VadAllocationProtect", // 1200
    "ApcArgument1VadRegionType", // 1232
    "ApcArgument1VadRegionSize", // 1257
    "ApcArgument1VadCommitSize", // 1282
    "ApcArgument1VadMmfName", // 1307
    "KERNEL_THREATINT_TASK_SETTHREADCONTEXT", // 1329
    "KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE", // 1367
    "ContextFlags", // 1415
    "ContextMask", // 1427
    "Pc", // 1438
    "Sp", // 1440
    "Lr", // 1442
    "Fp", // 1444
    "Reg0", // 1446
    "Reg1", // 1450
    "Reg2", // 1454
    "Reg3", // 1458
    "Reg4", // 1462
    "Reg5", // 1466
    "Reg6", // 1470
    "Reg7", // 1474
    "PcVadQueryResult", // 1478
    "PcVadAllocationBase", // 1494
    "PcVadAllocationProtect", // 1513
    "PcVadRegionType", // 1535
    "PcVadRegionSize", // 1550
    "PcVadCommitSize", // 1565
    "PcVadMmfName", // 1580
    "KERNEL_THREATINT_TASK_ALLOCVM6", // 1592
    "KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL", // 1622
    "KERNEL_THREATINT_TASK_PROTECTVM7", // 1660
    "KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL", // 1692
    "KERNEL_THREATINT_TASK_MAPVIEW8", // 1732
    "KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL", // 1762
    "KERNEL_THREATINT_TASK_READVM", // 1800
    "KERNEL_THREATINT_KEYWORD_READVM_LOCAL", // 1828
    "OperationStatus", // 1865
    "BytesCopied", // 1880
    "KERNEL_THREATINT_TASK_WRITEVM", // 1891
    "KERNEL_THREATINT_KEYWORD_WRITEVM_LOCAL", // 1920
    "KERNEL_THREATINT_TASK_READVM13", // 1958
    "KERNEL_THREATINT_KEYWORD_READVM_REMOTE", // 1988
    "KERNEL_THREATINT_TASK_WRITEVM14", // 2026
    "KERNEL_THREATINT_KEYWORD_WRITEVM_REMOTE", // 2057
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD", // 2096
    "KERNEL_THREATINT_KEYWORD_SUSPEND_THREAD", // 2138
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD16", // 2177
    "KERNEL_THREATINT_KEYWORD_RESUME_THREAD", // 2221
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS", // 2259
    "KERNEL_THREATINT_KEYWORD_SUSPEND_PROCESS", // 2302
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS18", // 2342
    "KERNEL_THREATINT_KEYWORD_RESUME_PROCESS", // 2387
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS19", // 2426
    "KERNEL_THREATINT_KEYWORD_FREEZE_PROCESS", // 2471
    "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS20", // 2510
    "KERNEL_THREATINT_KEYWORD_THAW_PROCESS", // 2555
    "KERNEL_THREATINT_TASK_ALLOCVM21", // 2592
    "KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE_KERNEL_CALLER", // 2623
    "KERNEL_THREATINT_TASK_PROTECTVM22", // 2676
    "KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE_KERNEL_CALLER", // 2709
    "KERNEL_THREATINT_TASK_MAPVIEW23", // 2764
    "KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE_KERNEL_CALLER", // 2795
    "KERNEL_THREATINT_TASK_QUEUEUSERAPC24", // 2848
    "KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE_KERNEL_CALLER", // 2884
    "KERNEL_THREATINT_TASK_SETTHREADCONTEXT25", // 2942
    "KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE_KERNEL_CALLER", // 2982
    "KERNEL_THREATINT_TASK_ALLOCVM26", // 3044
    "KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL_KERNEL_CALLER", // 3075
    "KERNEL_THREATINT_TASK_PROTECTVM27", // 3127
    "KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL_KERNEL_CALLER", // 3160
    "KERNEL_THREATINT_TASK_MAPVIEW28", // 3214
    "KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL_KERNEL_CALLER", // 3245
    "Microsoft-Windows-Threat-Intelligence", // 3297
    "written by hand from Windows10EtwEvents' list of its fields", // 3334
);
