//! Built-in schemas of Microsoft-Windows-Threat-Intelligence ({f4e1897c-bb5d-5668-f1d8-040f4d8dd344}), the
//! kernel's provider of cross-process memory, APC, thread-context and suspend/resume events that EDRs (and
//! SilkETW and Sealighter configurations) enable.
//!
//! Written by hand from the public facts about its events: the field names and in-types of every event of
//! version 0, as listed by the `Windows10EtwEvents` project (github.com/jdu2600/Windows10EtwEvents,
//! `manifest/Microsoft-Windows-Threat-Intelligence.tsv`, taken from the provider's registered manifest), with
//! the event, task and keyword names given there. That list does not give the numeric task, opcode and keyword
//! values, so the descriptors here leave them 0 (they are not used to decode). No trace of the test corpus holds
//! this provider, so these schemas are checked only for their own consistency.
//!
//! | ids | task | fields after the common blocks |
//! |---|---|---|
//! | 1, 6, 21, 26 | ALLOCVM | caller, target, original; BaseAddress, RegionSize, AllocationType, ProtectionMask |
//! | 2, 7, 22, 27 | PROTECTVM | caller, target, original; BaseAddress, RegionSize, ProtectionMask, LastProtectionMask |
//! | 3, 8, 23, 28 | MAPVIEW | caller, target; BaseAddress, ViewSize, AllocationType, ProtectionMask |
//! | 4, 24 | QUEUEUSERAPC | caller, target, target thread, original; TargetThreadAlertable, ApcRoutine, ApcArgument1-3, RealEventTime, VAD of ApcRoutine and of ApcArgument1 |
//! | 5, 25 | SETTHREADCONTEXT | caller, target, target thread; ContextFlags, ContextMask, Pc, Sp, Lr, Fp, Reg0-7, RealEventTime, VAD of Pc |
//! | 11-14 | READVM, WRITEVM | OperationStatus, caller, target; BaseAddress, BytesCopied |
//! | 15, 16 | SUSPENDRESUME_THREAD | OperationStatus, caller, target, target thread |
//! | 17-20 | SUSPENDRESUME_PROCESS | OperationStatus, caller, target |
//!
//! The blocks: caller = CallingProcessId, -CreateTime, -StartKey, -SignatureLevel, -SectionSignatureLevel,
//! -Protection, CallingThreadId, CallingThreadCreateTime; target and original = the same six process fields
//! (TargetProcess..., OriginalProcess...); target thread = TargetThreadId, TargetThreadCreateTime; the VAD of X =
//! XVadQueryResult, XVadAllocationBase, XVadAllocationProtect, XVadRegionType, XVadRegionSize, XVadCommitSize,
//! XVadMmfName.

use etw_core::Guid;

use super::table::{e, p, EventRow, PropertyRow, ProviderTable, Template};

// In-types (TDH's numbers).
const U8: u16 = 4;
const U16: u16 = 6;
const U32: u16 = 8;
const U64: u16 = 10;
const PTR: u16 = 16;
const FILETIME: u16 = 17;
const STR: u16 = 1;
const NONE: u16 = 0;

/// Joins property lists at compile time into an array of exactly `N` rows (a wrong `N` fails to compile).
#[allow(clippy::indexing_slicing)] // Evaluated by the compiler only: an index out of range is a build error.
const fn cat<const N: usize>(parts: &[&[PropertyRow]]) -> [PropertyRow; N] {
    let mut out = [p("", NONE, NONE); N];
    let (mut i, mut k) = (0, 0);
    while k < parts.len() {
        let mut j = 0;
        while j < parts[k].len() {
            out[i] = parts[k][j];
            i += 1;
            j += 1;
        }
        k += 1;
    }
    assert!(i == N, "the parts do not add up to N rows");
    out
}

const CALLER: [PropertyRow; 8] = [
    p("CallingProcessId", U32, NONE),
    p("CallingProcessCreateTime", FILETIME, NONE),
    p("CallingProcessStartKey", U64, NONE),
    p("CallingProcessSignatureLevel", U8, NONE),
    p("CallingProcessSectionSignatureLevel", U8, NONE),
    p("CallingProcessProtection", U8, NONE),
    p("CallingThreadId", U32, NONE),
    p("CallingThreadCreateTime", FILETIME, NONE),
];

const TARGET: [PropertyRow; 6] = [
    p("TargetProcessId", U32, NONE),
    p("TargetProcessCreateTime", FILETIME, NONE),
    p("TargetProcessStartKey", U64, NONE),
    p("TargetProcessSignatureLevel", U8, NONE),
    p("TargetProcessSectionSignatureLevel", U8, NONE),
    p("TargetProcessProtection", U8, NONE),
];

const ORIGINAL: [PropertyRow; 6] = [
    p("OriginalProcessId", U32, NONE),
    p("OriginalProcessCreateTime", FILETIME, NONE),
    p("OriginalProcessStartKey", U64, NONE),
    p("OriginalProcessSignatureLevel", U8, NONE),
    p("OriginalProcessSectionSignatureLevel", U8, NONE),
    p("OriginalProcessProtection", U8, NONE),
];

const TARGET_THREAD: [PropertyRow; 2] = [p("TargetThreadId", U32, NONE), p("TargetThreadCreateTime", FILETIME, NONE)];

const STATUS: [PropertyRow; 1] = [p("OperationStatus", U32, NONE)];

const fn vad(names: [&'static str; 7]) -> [PropertyRow; 7] {
    let [query, base, protect, kind, size, commit, name] = names;
    [
        p(query, U32, NONE),
        p(base, PTR, NONE),
        p(protect, U32, NONE),
        p(kind, U32, NONE),
        p(size, PTR, NONE),
        p(commit, PTR, NONE),
        p(name, STR, NONE),
    ]
}

static ALLOCVM: [PropertyRow; 24] = cat(&[
    &CALLER,
    &TARGET,
    &ORIGINAL,
    &[
        p("BaseAddress", PTR, NONE),
        p("RegionSize", PTR, NONE),
        p("AllocationType", U32, NONE),
        p("ProtectionMask", U32, NONE),
    ],
]);

static PROTECTVM: [PropertyRow; 24] = cat(&[
    &CALLER,
    &TARGET,
    &ORIGINAL,
    &[
        p("BaseAddress", PTR, NONE),
        p("RegionSize", PTR, NONE),
        p("ProtectionMask", U32, NONE),
        p("LastProtectionMask", U32, NONE),
    ],
]);

static MAPVIEW: [PropertyRow; 18] = cat(&[
    &CALLER,
    &TARGET,
    &[
        p("BaseAddress", PTR, NONE),
        p("ViewSize", PTR, NONE),
        p("AllocationType", U32, NONE),
        p("ProtectionMask", U32, NONE),
    ],
]);

static QUEUEUSERAPC: [PropertyRow; 42] = cat(&[
    &CALLER,
    &TARGET,
    &TARGET_THREAD,
    &ORIGINAL,
    &[
        p("TargetThreadAlertable", U8, NONE),
        p("ApcRoutine", PTR, NONE),
        p("ApcArgument1", PTR, NONE),
        p("ApcArgument2", PTR, NONE),
        p("ApcArgument3", PTR, NONE),
        p("RealEventTime", FILETIME, NONE),
    ],
    &vad([
        "ApcRoutineVadQueryResult",
        "ApcRoutineVadAllocationBase",
        "ApcRoutineVadAllocationProtect",
        "ApcRoutineVadRegionType",
        "ApcRoutineVadRegionSize",
        "ApcRoutineVadCommitSize",
        "ApcRoutineVadMmfName",
    ]),
    &vad([
        "ApcArgument1VadQueryResult",
        "ApcArgument1VadAllocationBase",
        "ApcArgument1VadAllocationProtect",
        "ApcArgument1VadRegionType",
        "ApcArgument1VadRegionSize",
        "ApcArgument1VadCommitSize",
        "ApcArgument1VadMmfName",
    ]),
]);

static SETTHREADCONTEXT: [PropertyRow; 38] = cat(&[
    &CALLER,
    &TARGET,
    &TARGET_THREAD,
    &[
        p("ContextFlags", U32, NONE),
        p("ContextMask", U16, NONE),
        p("Pc", PTR, NONE),
        p("Sp", PTR, NONE),
        p("Lr", PTR, NONE),
        p("Fp", PTR, NONE),
        p("Reg0", PTR, NONE),
        p("Reg1", PTR, NONE),
        p("Reg2", PTR, NONE),
        p("Reg3", PTR, NONE),
        p("Reg4", PTR, NONE),
        p("Reg5", PTR, NONE),
        p("Reg6", PTR, NONE),
        p("Reg7", PTR, NONE),
        p("RealEventTime", FILETIME, NONE),
    ],
    &vad([
        "PcVadQueryResult",
        "PcVadAllocationBase",
        "PcVadAllocationProtect",
        "PcVadRegionType",
        "PcVadRegionSize",
        "PcVadCommitSize",
        "PcVadMmfName",
    ]),
]);

static READWRITEVM: [PropertyRow; 17] =
    cat(&[&STATUS, &CALLER, &TARGET, &[p("BaseAddress", PTR, NONE), p("BytesCopied", PTR, NONE)]]);

static SUSPENDRESUME_THREAD: [PropertyRow; 17] = cat(&[&STATUS, &CALLER, &TARGET, &TARGET_THREAD]);

static SUSPENDRESUME_PROCESS: [PropertyRow; 15] = cat(&[&STATUS, &CALLER, &TARGET]);

static T_ALLOCVM: Template = Template { top_level: 24, properties: &ALLOCVM };
static T_PROTECTVM: Template = Template { top_level: 24, properties: &PROTECTVM };
static T_MAPVIEW: Template = Template { top_level: 18, properties: &MAPVIEW };
static T_QUEUEUSERAPC: Template = Template { top_level: 42, properties: &QUEUEUSERAPC };
static T_SETTHREADCONTEXT: Template = Template { top_level: 38, properties: &SETTHREADCONTEXT };
static T_READWRITEVM: Template = Template { top_level: 17, properties: &READWRITEVM };
static T_SUSPENDRESUME_THREAD: Template = Template { top_level: 17, properties: &SUSPENDRESUME_THREAD };
static T_SUSPENDRESUME_PROCESS: Template = Template { top_level: 15, properties: &SUSPENDRESUME_PROCESS };

/// An event of version 0, Informational, with its task and keyword names (numbers not given by the source).
const fn ti(
    id: u16,
    name: &'static str,
    task: &'static str,
    keyword: &'static [&'static str],
    t: &'static Template,
) -> EventRow {
    e(id, 0, [0, 4, 0], 0, 0, [name, task, "", "Informational", ""], keyword, t)
}

/// The provider's table.
pub(super) static PROVIDERS: &[ProviderTable] = &[ProviderTable {
    guid: Guid::parse_const("f4e1897c-bb5d-5668-f1d8-040f4d8dd344"),
    name: "Microsoft-Windows-Threat-Intelligence",
    origin: "hand-written from Windows10EtwEvents' list of the provider's fields",
    appends_only: false,
    events: &[
        ti(
            1,
            "KERNEL_THREATINT_TASK_ALLOCVM",
            "KERNEL_THREATINT_TASK_ALLOCVM",
            &["KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE"],
            &T_ALLOCVM,
        ),
        ti(
            2,
            "KERNEL_THREATINT_TASK_PROTECTVM",
            "KERNEL_THREATINT_TASK_PROTECTVM",
            &["KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE"],
            &T_PROTECTVM,
        ),
        ti(
            3,
            "KERNEL_THREATINT_TASK_MAPVIEW",
            "KERNEL_THREATINT_TASK_MAPVIEW",
            &["KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE"],
            &T_MAPVIEW,
        ),
        ti(
            4,
            "KERNEL_THREATINT_TASK_QUEUEUSERAPC",
            "KERNEL_THREATINT_TASK_QUEUEUSERAPC",
            &["KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE"],
            &T_QUEUEUSERAPC,
        ),
        ti(
            5,
            "KERNEL_THREATINT_TASK_SETTHREADCONTEXT",
            "KERNEL_THREATINT_TASK_SETTHREADCONTEXT",
            &["KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE"],
            &T_SETTHREADCONTEXT,
        ),
        ti(
            6,
            "KERNEL_THREATINT_TASK_ALLOCVM6",
            "KERNEL_THREATINT_TASK_ALLOCVM",
            &["KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL"],
            &T_ALLOCVM,
        ),
        ti(
            7,
            "KERNEL_THREATINT_TASK_PROTECTVM7",
            "KERNEL_THREATINT_TASK_PROTECTVM",
            &["KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL"],
            &T_PROTECTVM,
        ),
        ti(
            8,
            "KERNEL_THREATINT_TASK_MAPVIEW8",
            "KERNEL_THREATINT_TASK_MAPVIEW",
            &["KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL"],
            &T_MAPVIEW,
        ),
        ti(
            11,
            "KERNEL_THREATINT_TASK_READVM",
            "KERNEL_THREATINT_TASK_READVM",
            &["KERNEL_THREATINT_KEYWORD_READVM_LOCAL"],
            &T_READWRITEVM,
        ),
        ti(
            12,
            "KERNEL_THREATINT_TASK_WRITEVM",
            "KERNEL_THREATINT_TASK_WRITEVM",
            &["KERNEL_THREATINT_KEYWORD_WRITEVM_LOCAL"],
            &T_READWRITEVM,
        ),
        ti(
            13,
            "KERNEL_THREATINT_TASK_READVM13",
            "KERNEL_THREATINT_TASK_READVM",
            &["KERNEL_THREATINT_KEYWORD_READVM_REMOTE"],
            &T_READWRITEVM,
        ),
        ti(
            14,
            "KERNEL_THREATINT_TASK_WRITEVM14",
            "KERNEL_THREATINT_TASK_WRITEVM",
            &["KERNEL_THREATINT_KEYWORD_WRITEVM_REMOTE"],
            &T_READWRITEVM,
        ),
        ti(
            15,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD",
            &["KERNEL_THREATINT_KEYWORD_SUSPEND_THREAD"],
            &T_SUSPENDRESUME_THREAD,
        ),
        ti(
            16,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD16",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_THREAD",
            &["KERNEL_THREATINT_KEYWORD_RESUME_THREAD"],
            &T_SUSPENDRESUME_THREAD,
        ),
        ti(
            17,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS",
            &["KERNEL_THREATINT_KEYWORD_SUSPEND_PROCESS"],
            &T_SUSPENDRESUME_PROCESS,
        ),
        ti(
            18,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS18",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS",
            &["KERNEL_THREATINT_KEYWORD_RESUME_PROCESS"],
            &T_SUSPENDRESUME_PROCESS,
        ),
        ti(
            19,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS19",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS",
            &["KERNEL_THREATINT_KEYWORD_FREEZE_PROCESS"],
            &T_SUSPENDRESUME_PROCESS,
        ),
        ti(
            20,
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS20",
            "KERNEL_THREATINT_TASK_SUSPENDRESUME_PROCESS",
            &["KERNEL_THREATINT_KEYWORD_THAW_PROCESS"],
            &T_SUSPENDRESUME_PROCESS,
        ),
        ti(
            21,
            "KERNEL_THREATINT_TASK_ALLOCVM21",
            "KERNEL_THREATINT_TASK_ALLOCVM",
            &["KERNEL_THREATINT_KEYWORD_ALLOCVM_REMOTE_KERNEL_CALLER"],
            &T_ALLOCVM,
        ),
        ti(
            22,
            "KERNEL_THREATINT_TASK_PROTECTVM22",
            "KERNEL_THREATINT_TASK_PROTECTVM",
            &["KERNEL_THREATINT_KEYWORD_PROTECTVM_REMOTE_KERNEL_CALLER"],
            &T_PROTECTVM,
        ),
        ti(
            23,
            "KERNEL_THREATINT_TASK_MAPVIEW23",
            "KERNEL_THREATINT_TASK_MAPVIEW",
            &["KERNEL_THREATINT_KEYWORD_MAPVIEW_REMOTE_KERNEL_CALLER"],
            &T_MAPVIEW,
        ),
        ti(
            24,
            "KERNEL_THREATINT_TASK_QUEUEUSERAPC24",
            "KERNEL_THREATINT_TASK_QUEUEUSERAPC",
            &["KERNEL_THREATINT_KEYWORD_QUEUEUSERAPC_REMOTE_KERNEL_CALLER"],
            &T_QUEUEUSERAPC,
        ),
        ti(
            25,
            "KERNEL_THREATINT_TASK_SETTHREADCONTEXT25",
            "KERNEL_THREATINT_TASK_SETTHREADCONTEXT",
            &["KERNEL_THREATINT_KEYWORD_SETTHREADCONTEXT_REMOTE_KERNEL_CALLER"],
            &T_SETTHREADCONTEXT,
        ),
        ti(
            26,
            "KERNEL_THREATINT_TASK_ALLOCVM26",
            "KERNEL_THREATINT_TASK_ALLOCVM",
            &["KERNEL_THREATINT_KEYWORD_ALLOCVM_LOCAL_KERNEL_CALLER"],
            &T_ALLOCVM,
        ),
        ti(
            27,
            "KERNEL_THREATINT_TASK_PROTECTVM27",
            "KERNEL_THREATINT_TASK_PROTECTVM",
            &["KERNEL_THREATINT_KEYWORD_PROTECTVM_LOCAL_KERNEL_CALLER"],
            &T_PROTECTVM,
        ),
        ti(
            28,
            "KERNEL_THREATINT_TASK_MAPVIEW28",
            "KERNEL_THREATINT_TASK_MAPVIEW",
            &["KERNEL_THREATINT_KEYWORD_MAPVIEW_LOCAL_KERNEL_CALLER"],
            &T_MAPVIEW,
        ),
    ],
}];
