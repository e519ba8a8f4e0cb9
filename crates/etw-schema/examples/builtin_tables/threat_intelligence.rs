//! The facts of Microsoft-Windows-Threat-Intelligence ({f4e1897c-bb5d-5668-f1d8-040f4d8dd344}), written by hand:
//! the field names and in-types of every event of version 0, and the event, task and keyword names, as listed by
//! the `Windows10EtwEvents` project (github.com/jdu2600/Windows10EtwEvents,
//! `manifest/Microsoft-Windows-Threat-Intelligence.tsv`, taken from the provider's registered manifest). That list
//! does not give the numeric task, opcode and keyword values, so the descriptors leave them 0 (they are not used
//! to decode).

use std::sync::Arc;

use etw_core::{EventDescriptor, Guid, Level};
use etw_schema::{DecodingSource, EventSchema, InType, OutType, Property};

use super::Loaded;

const GUID: Guid = Guid::parse_const("f4e1897c-bb5d-5668-f1d8-040f4d8dd344");
const NAME: &str = "Microsoft-Windows-Threat-Intelligence";

type Fields = &'static [(&'static str, InType)];

const CALLER: Fields = &[
    ("CallingProcessId", InType::UINT32),
    ("CallingProcessCreateTime", InType::FILETIME),
    ("CallingProcessStartKey", InType::UINT64),
    ("CallingProcessSignatureLevel", InType::UINT8),
    ("CallingProcessSectionSignatureLevel", InType::UINT8),
    ("CallingProcessProtection", InType::UINT8),
    ("CallingThreadId", InType::UINT32),
    ("CallingThreadCreateTime", InType::FILETIME),
];
const TARGET: Fields = &[
    ("TargetProcessId", InType::UINT32),
    ("TargetProcessCreateTime", InType::FILETIME),
    ("TargetProcessStartKey", InType::UINT64),
    ("TargetProcessSignatureLevel", InType::UINT8),
    ("TargetProcessSectionSignatureLevel", InType::UINT8),
    ("TargetProcessProtection", InType::UINT8),
];
const ORIGINAL: Fields = &[
    ("OriginalProcessId", InType::UINT32),
    ("OriginalProcessCreateTime", InType::FILETIME),
    ("OriginalProcessStartKey", InType::UINT64),
    ("OriginalProcessSignatureLevel", InType::UINT8),
    ("OriginalProcessSectionSignatureLevel", InType::UINT8),
    ("OriginalProcessProtection", InType::UINT8),
];
const TARGET_THREAD: Fields = &[("TargetThreadId", InType::UINT32), ("TargetThreadCreateTime", InType::FILETIME)];
const STATUS: Fields = &[("OperationStatus", InType::UINT32)];
const ALLOCVM: Fields = &[
    ("BaseAddress", InType::POINTER),
    ("RegionSize", InType::POINTER),
    ("AllocationType", InType::UINT32),
    ("ProtectionMask", InType::UINT32),
];
const PROTECTVM: Fields = &[
    ("BaseAddress", InType::POINTER),
    ("RegionSize", InType::POINTER),
    ("ProtectionMask", InType::UINT32),
    ("LastProtectionMask", InType::UINT32),
];
const MAPVIEW: Fields = &[
    ("BaseAddress", InType::POINTER),
    ("ViewSize", InType::POINTER),
    ("AllocationType", InType::UINT32),
    ("ProtectionMask", InType::UINT32),
];
const APC: Fields = &[
    ("TargetThreadAlertable", InType::UINT8),
    ("ApcRoutine", InType::POINTER),
    ("ApcArgument1", InType::POINTER),
    ("ApcArgument2", InType::POINTER),
    ("ApcArgument3", InType::POINTER),
    ("RealEventTime", InType::FILETIME),
];
const CONTEXT: Fields = &[
    ("ContextFlags", InType::UINT32),
    ("ContextMask", InType::UINT16),
    ("Pc", InType::POINTER),
    ("Sp", InType::POINTER),
    ("Lr", InType::POINTER),
    ("Fp", InType::POINTER),
    ("Reg0", InType::POINTER),
    ("Reg1", InType::POINTER),
    ("Reg2", InType::POINTER),
    ("Reg3", InType::POINTER),
    ("Reg4", InType::POINTER),
    ("Reg5", InType::POINTER),
    ("Reg6", InType::POINTER),
    ("Reg7", InType::POINTER),
    ("RealEventTime", InType::FILETIME),
];
const COPY: Fields = &[("BaseAddress", InType::POINTER), ("BytesCopied", InType::POINTER)];

/// The VAD fields of `x`: xVadQueryResult, xVadAllocationBase, ... xVadMmfName.
fn vad(x: &str) -> Vec<(String, InType)> {
    [
        ("QueryResult", InType::UINT32),
        ("AllocationBase", InType::POINTER),
        ("AllocationProtect", InType::UINT32),
        ("RegionType", InType::UINT32),
        ("RegionSize", InType::POINTER),
        ("CommitSize", InType::POINTER),
        ("MmfName", InType::UNICODE_STRING),
    ]
    .into_iter()
    .map(|(n, t)| (format!("{x}Vad{n}"), t))
    .collect()
}

fn fields(blocks: &[Fields], extra: Vec<(String, InType)>) -> Vec<(String, InType)> {
    let mut out: Vec<(String, InType)> =
        blocks.iter().flat_map(|b| b.iter().map(|&(n, t)| (n.to_owned(), t))).collect();
    out.extend(extra);
    out
}

/// One event: (id, event name, task, keyword, fields).
type Event = (u16, &'static str, &'static str, &'static str, Vec<(String, InType)>);

/// The provider and its events.
pub fn providers() -> Vec<Loaded> {
    let alloc = || fields(&[CALLER, TARGET, ORIGINAL, ALLOCVM], vec![]);
    let protect = || fields(&[CALLER, TARGET, ORIGINAL, PROTECTVM], vec![]);
    let map = || fields(&[CALLER, TARGET, MAPVIEW], vec![]);
    let apc =
        || fields(&[CALLER, TARGET, TARGET_THREAD, ORIGINAL, APC], [vad("ApcRoutine"), vad("ApcArgument1")].concat());
    let context = || fields(&[CALLER, TARGET, TARGET_THREAD, CONTEXT], vad("Pc"));
    let copy = || fields(&[STATUS, CALLER, TARGET, COPY], vec![]);
    let thread = || fields(&[STATUS, CALLER, TARGET, TARGET_THREAD], vec![]);
    let process = || fields(&[STATUS, CALLER, TARGET], vec![]);
    let events: Vec<Event> = vec![
        (1, "ALLOCVM", "ALLOCVM", "ALLOCVM_REMOTE", alloc()),
        (2, "PROTECTVM", "PROTECTVM", "PROTECTVM_REMOTE", protect()),
        (3, "MAPVIEW", "MAPVIEW", "MAPVIEW_REMOTE", map()),
        (4, "QUEUEUSERAPC", "QUEUEUSERAPC", "QUEUEUSERAPC_REMOTE", apc()),
        (5, "SETTHREADCONTEXT", "SETTHREADCONTEXT", "SETTHREADCONTEXT_REMOTE", context()),
        (6, "ALLOCVM6", "ALLOCVM", "ALLOCVM_LOCAL", alloc()),
        (7, "PROTECTVM7", "PROTECTVM", "PROTECTVM_LOCAL", protect()),
        (8, "MAPVIEW8", "MAPVIEW", "MAPVIEW_LOCAL", map()),
        (11, "READVM", "READVM", "READVM_LOCAL", copy()),
        (12, "WRITEVM", "WRITEVM", "WRITEVM_LOCAL", copy()),
        (13, "READVM13", "READVM", "READVM_REMOTE", copy()),
        (14, "WRITEVM14", "WRITEVM", "WRITEVM_REMOTE", copy()),
        (15, "SUSPENDRESUME_THREAD", "SUSPENDRESUME_THREAD", "SUSPEND_THREAD", thread()),
        (16, "SUSPENDRESUME_THREAD16", "SUSPENDRESUME_THREAD", "RESUME_THREAD", thread()),
        (17, "SUSPENDRESUME_PROCESS", "SUSPENDRESUME_PROCESS", "SUSPEND_PROCESS", process()),
        (18, "SUSPENDRESUME_PROCESS18", "SUSPENDRESUME_PROCESS", "RESUME_PROCESS", process()),
        (19, "SUSPENDRESUME_PROCESS19", "SUSPENDRESUME_PROCESS", "FREEZE_PROCESS", process()),
        (20, "SUSPENDRESUME_PROCESS20", "SUSPENDRESUME_PROCESS", "THAW_PROCESS", process()),
        (21, "ALLOCVM21", "ALLOCVM", "ALLOCVM_REMOTE_KERNEL_CALLER", alloc()),
        (22, "PROTECTVM22", "PROTECTVM", "PROTECTVM_REMOTE_KERNEL_CALLER", protect()),
        (23, "MAPVIEW23", "MAPVIEW", "MAPVIEW_REMOTE_KERNEL_CALLER", map()),
        (24, "QUEUEUSERAPC24", "QUEUEUSERAPC", "QUEUEUSERAPC_REMOTE_KERNEL_CALLER", apc()),
        (25, "SETTHREADCONTEXT25", "SETTHREADCONTEXT", "SETTHREADCONTEXT_REMOTE_KERNEL_CALLER", context()),
        (26, "ALLOCVM26", "ALLOCVM", "ALLOCVM_LOCAL_KERNEL_CALLER", alloc()),
        (27, "PROTECTVM27", "PROTECTVM", "PROTECTVM_LOCAL_KERNEL_CALLER", protect()),
        (28, "MAPVIEW28", "MAPVIEW", "MAPVIEW_LOCAL_KERNEL_CALLER", map()),
    ];
    let schemas = events
        .into_iter()
        .map(|(id, name, task, keyword, fields)| {
            let descriptor = EventDescriptor { id, level: Level::INFORMATION, ..EventDescriptor::default() };
            let mut s = EventSchema::new(GUID, descriptor, DecodingSource::BuiltIn);
            s.provider_name = Some(NAME.into());
            s.event_name = Some(format!("KERNEL_THREATINT_TASK_{name}").into());
            s.task_name = Some(format!("KERNEL_THREATINT_TASK_{task}").into());
            s.level_name = Some("Informational".into());
            s.keyword_names = vec![format!("KERNEL_THREATINT_KEYWORD_{keyword}").into()];
            for (n, t) in fields {
                s.push(Property::simple(&n, t, OutType::NULL));
            }
            Arc::new(s)
        })
        .collect();
    vec![(GUID, NAME.to_owned(), schemas)]
}
