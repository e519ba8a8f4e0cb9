//! The payload layouts of the classic kernel (NT Kernel Logger) event classes and the classes KernelTraceControl
//! writes when it merges a trace, as tables.
//!
//! Facts come from Microsoft's MOF class documentation (the `MSNT_SystemTrace` classes, e.g.
//! `Process_V4_TypeGroup1`, `Thread_V3_TypeGroup1`, `Image_Load`, `DiskIo_TypeGroup1`, `TcpIp_TypeGroup1`,
//! `FileIo_ReadWrite`, `StackWalk_Event`), the kernel MOF of the Windows driver kit, TraceEvent's
//! KernelTraceEventParser (for the KernelTraceControl classes, which have no public MOF) and the records of
//! real traces. Names are the MOF property names; types are the MOF types, with pointer-sized values read at the
//! event's pointer size.
//!
//! Deliberate choices where the MOF and practice part ways (each checked against real records):
//! - process, thread and port numbers print in decimal although some MOF properties carry `Format("x")`;
//! - sizes the MOF marks `pointer` (`ImageSize`) are `SizeT`: numbers, not addresses;
//! - `EndTime`, `BootTime`, `StartTime` of the header and `ExitTime` of a defunct process are FILETIMEs;
//! - `Thread_V3_TypeGroup1` ends with `ThreadName` as in version 4: Windows 10 writes it into version 3 records
//!   (a 72-byte record has none, and decodes it as empty);
//! - a stack walk's frames `Stack1`..`StackN` are one array, `Stack`, as long as the record;
//! - `PartitionInfoExtension` (EventTrace 80) is the GUID form: records of version 2 are 48 bytes, not strings;
//! - `SystemConfig/Processors` holds `ProcessorIdentifier` before `VendorIdentifier` (the MOF lists them the other
//!   way round; the records have "Intel64 Family 6 ..." at offset 140 and "GenuineIntel" at 396).

use etw_core::Guid;

/// How a property is stored and shown.
#[derive(Clone, Copy, Debug)]
pub(crate) enum K {
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    U64,
    I64,
    /// 8-bit integer shown in hex.
    X8,
    /// 16-bit integer shown in hex.
    X16,
    /// 32-bit integer shown in hex.
    X32,
    /// 64-bit integer shown in hex.
    X64,
    /// Pointer-sized address.
    Ptr,
    /// Pointer-sized size or count (`SizeT` extension, or a `pointer` size).
    SizeT,
    /// NTSTATUS.
    Status,
    /// TCP/UDP port in network byte order.
    Port,
    /// IPv4 address in network byte order.
    Ip4,
    /// IPv6 address (16 bytes).
    Ip6,
    Guid,
    /// `TOKEN_USER` and SID (`Sid` extension), or one zero ULONG.
    Sid,
    /// NUL-terminated UTF-16.
    WStr,
    /// NUL-terminated 8-bit text.
    AStr,
    /// `char16[n]`: a fixed buffer of UTF-16 characters.
    WChars(u16),
    /// `uint8[n]`.
    Bytes(u16),
    /// Bytes to the end of the record.
    RestBytes,
    FileTime,
    /// `WmiTime`: a timestamp in the session's clock.
    WmiTime,
    /// An array whose length is the value of an earlier field (by index in the layout).
    Arr(&'static K, u8),
    /// An array as long as the rest of the record.
    Rest(&'static K),
}

/// Names for the values of an integer field.
#[derive(Debug)]
pub(crate) struct MapDef {
    pub(crate) name: &'static str,
    pub(crate) bitmap: bool,
    pub(crate) entries: &'static [(u64, &'static str)],
}

/// One field.
#[derive(Debug)]
pub(crate) struct F {
    pub(crate) name: &'static str,
    pub(crate) ty: K,
    pub(crate) map: Option<&'static MapDef>,
}

const fn f(name: &'static str, ty: K) -> F {
    F { name, ty, map: None }
}

const fn fm(name: &'static str, ty: K, map: &'static MapDef) -> F {
    F { name, ty, map: Some(map) }
}

/// An event class: the kernel group its hook records carry and the GUID its classic records carry.
#[derive(Debug)]
pub(crate) struct Class {
    pub(crate) name: &'static str,
    pub(crate) guid: Guid,
    pub(crate) group: Option<u8>,
    pub(crate) provider: &'static str,
}

/// The layout of some event types of a class, at some versions.
#[derive(Debug)]
pub(crate) struct Layout {
    pub(crate) class: &'static Class,
    pub(crate) versions: &'static [u8],
    pub(crate) events: &'static [(u8, &'static str)],
    pub(crate) fields: &'static [F],
}

const KERNEL: &str = "MSNT_SystemTrace";
const KTC: &str = "KernelTraceControl";

pub(crate) static EVENT_TRACE: Class = Class {
    name: "EventTrace",
    guid: Guid::parse_const("68fdd900-4a3e-11d1-84f4-0000f80464e3"),
    group: Some(0x00),
    provider: KERNEL,
};
pub(crate) static DISK_IO: Class = Class {
    name: "DiskIo",
    guid: Guid::parse_const("3d6fa8d4-fe05-11d0-9dda-00c04fd7ba7c"),
    group: Some(0x01),
    provider: KERNEL,
};
pub(crate) static PAGE_FAULT: Class = Class {
    name: "PageFault",
    guid: Guid::parse_const("3d6fa8d3-fe05-11d0-9dda-00c04fd7ba7c"),
    group: Some(0x02),
    provider: KERNEL,
};
pub(crate) static PROCESS: Class = Class {
    name: "Process",
    guid: Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c"),
    group: Some(0x03),
    provider: KERNEL,
};
pub(crate) static FILE_IO: Class = Class {
    name: "FileIo",
    guid: Guid::parse_const("90cbdc39-4a3e-11d1-84f4-0000f80464e3"),
    group: Some(0x04),
    provider: KERNEL,
};
pub(crate) static THREAD: Class = Class {
    name: "Thread",
    guid: Guid::parse_const("3d6fa8d1-fe05-11d0-9dda-00c04fd7ba7c"),
    group: Some(0x05),
    provider: KERNEL,
};
pub(crate) static TCP_IP: Class = Class {
    name: "TcpIp",
    guid: Guid::parse_const("9a280ac0-c8e0-11d1-84e2-00c04fb998a2"),
    group: Some(0x06),
    provider: KERNEL,
};
pub(crate) static UDP_IP: Class = Class {
    name: "UdpIp",
    guid: Guid::parse_const("bf3a50c5-a9c9-4988-a005-2df0b7c80f80"),
    group: Some(0x08),
    provider: KERNEL,
};
pub(crate) static REGISTRY: Class = Class {
    name: "Registry",
    guid: Guid::parse_const("ae53722e-c863-11d2-8659-00c04fa321a1"),
    group: Some(0x09),
    provider: KERNEL,
};
pub(crate) static SYSTEM_CONFIG: Class = Class {
    name: "SystemConfig",
    guid: Guid::parse_const("01853a65-418f-4f36-aefc-dc0f1d2fd235"),
    group: Some(0x0B),
    provider: KERNEL,
};
pub(crate) static PERF_INFO: Class = Class {
    name: "PerfInfo",
    guid: Guid::parse_const("ce1dbfb4-137e-4da6-87b0-3f59aa102cbc"),
    group: Some(0x0F),
    provider: KERNEL,
};
pub(crate) static IMAGE: Class = Class {
    name: "Image",
    guid: Guid::parse_const("2cb15d1d-5fc1-11d2-abe1-00a0c911f518"),
    group: Some(0x14),
    provider: KERNEL,
};
pub(crate) static STACK_WALK: Class = Class {
    name: "StackWalk",
    guid: Guid::parse_const("def2fe46-7bd6-4b80-bd94-f57fe20d0ce3"),
    group: Some(0x18),
    provider: KERNEL,
};
pub(crate) static ALPC: Class = Class {
    name: "ALPC",
    guid: Guid::parse_const("45d8cccd-539f-4b72-a8b7-5c683142609a"),
    group: Some(0x1A),
    provider: KERNEL,
};
pub(crate) static SPLIT_IO: Class = Class {
    name: "SplitIo",
    guid: Guid::parse_const("d837ca92-12b9-44a5-ad6a-3a65b3578aa8"),
    group: Some(0x1B),
    provider: KERNEL,
};
pub(crate) static LOST_EVENT: Class = Class {
    name: "Lost_Event",
    guid: Guid::parse_const("6a399ae0-4bc6-4de9-870b-3657f8947e7e"),
    group: None,
    provider: KERNEL,
};
/// System configuration that KernelTraceControl adds when it merges a trace (build, paths, volumes).
pub(crate) static SYS_CONFIG_EX: Class = Class {
    name: "SysConfigEx",
    guid: Guid::parse_const("9b79ee91-b5fd-41c0-a243-4248e266e9d0"),
    group: None,
    provider: KTC,
};
/// Image identities (PE timestamps, PDB signatures, file versions) that KernelTraceControl adds when it merges.
pub(crate) static IMAGE_ID: Class = Class {
    name: "ImageID",
    guid: Guid::parse_const("b3e675d7-2554-4f18-830b-2762732560de"),
    group: None,
    provider: KTC,
};
/// WinSAT assessment results (compressed XML) that KernelTraceControl adds when it merges.
pub(crate) static WIN_SAT: Class = Class {
    name: "WinSat",
    guid: Guid::parse_const("ed54dff8-c409-4cf6-bf83-05e1e61a09c4"),
    group: None,
    provider: KTC,
};

/// Every class, for lookups by group and by GUID.
pub(crate) static CLASSES: [&Class; 19] = [
    &EVENT_TRACE,
    &DISK_IO,
    &PAGE_FAULT,
    &PROCESS,
    &FILE_IO,
    &THREAD,
    &TCP_IP,
    &UDP_IP,
    &REGISTRY,
    &SYSTEM_CONFIG,
    &PERF_INFO,
    &IMAGE,
    &STACK_WALK,
    &ALPC,
    &SPLIT_IO,
    &LOST_EVENT,
    &SYS_CONFIG_EX,
    &IMAGE_ID,
    &WIN_SAT,
];

// ---------------------------------------------------------------------------------------------------------
// Value maps.

pub(crate) static WAIT_REASON: MapDef = MapDef {
    name: "KWAIT_REASON",
    bitmap: false,
    entries: &[
        (0, "Executive"),
        (1, "FreePage"),
        (2, "PageIn"),
        (3, "PoolAllocation"),
        (4, "DelayExecution"),
        (5, "Suspended"),
        (6, "UserRequest"),
        (7, "WrExecutive"),
        (8, "WrFreePage"),
        (9, "WrPageIn"),
        (10, "WrPoolAllocation"),
        (11, "WrDelayExecution"),
        (12, "WrSuspended"),
        (13, "WrUserRequest"),
        (14, "WrEventPair"),
        (15, "WrQueue"),
        (16, "WrLpcReceive"),
        (17, "WrLpcReply"),
        (18, "WrVirtualMemory"),
        (19, "WrPageOut"),
        (20, "WrRendezvous"),
        (21, "WrKeyedEvent"),
        (22, "WrTerminated"),
        (23, "WrProcessInSwap"),
        (24, "WrCpuRateControl"),
        (25, "WrCalloutStack"),
        (26, "WrKernel"),
        (27, "WrResource"),
        (28, "WrPushLock"),
        (29, "WrMutex"),
        (30, "WrQuantumEnd"),
        (31, "WrDispatchInt"),
        (32, "WrPreempted"),
        (33, "WrYieldExecution"),
        (34, "WrFastMutex"),
        (35, "WrGuardedMutex"),
        (36, "WrRundown"),
    ],
};

pub(crate) static THREAD_STATE: MapDef = MapDef {
    name: "KTHREAD_STATE",
    bitmap: false,
    entries: &[
        (0, "Initialized"),
        (1, "Ready"),
        (2, "Running"),
        (3, "Standby"),
        (4, "Terminated"),
        (5, "Waiting"),
        (6, "Transition"),
        (7, "DeferredReady"),
    ],
};

pub(crate) static WAIT_MODE: MapDef =
    MapDef { name: "KPROCESSOR_MODE", bitmap: false, entries: &[(0, "KernelMode"), (1, "UserMode")] };

pub(crate) static ADJUST_REASON: MapDef =
    MapDef { name: "AdjustReason", bitmap: false, entries: &[(0, "Ignore"), (1, "Unwait"), (2, "Boost")] };

pub(crate) static MEM_FLAGS: MapDef = MapDef {
    name: "MEM_FLAGS",
    bitmap: true,
    entries: &[
        (0x1000, "MEM_COMMIT"),
        (0x2000, "MEM_RESERVE"),
        (0x4000, "MEM_DECOMMIT"),
        (0x8000, "MEM_RELEASE"),
        (0x8_0000, "MEM_RESET"),
        (0x10_0000, "MEM_TOP_DOWN"),
        (0x20_0000, "MEM_WRITE_WATCH"),
        (0x40_0000, "MEM_PHYSICAL"),
        (0x2000_0000, "MEM_LARGE_PAGES"),
    ],
};

// ---------------------------------------------------------------------------------------------------------
// EventTrace.

static HEADER: &[F] = &[
    f("BufferSize", K::U32),
    f("Version", K::U32),
    f("ProviderVersion", K::U32),
    f("NumberOfProcessors", K::U32),
    f("EndTime", K::FileTime),
    f("TimerResolution", K::U32),
    f("MaxFileSize", K::U32),
    f("LogFileMode", K::X32),
    f("BuffersWritten", K::U32),
    f("StartBuffers", K::U32),
    f("PointerSize", K::U32),
    f("EventsLost", K::U32),
    f("CPUSpeed", K::U32),
    f("LoggerName", K::Ptr),
    f("LogFileName", K::Ptr),
    f("TimeZoneInformation", K::Bytes(176)),
    f("BootTime", K::FileTime),
    f("PerfFreq", K::U64),
    f("StartTime", K::FileTime),
    f("ReservedFlags", K::X32),
    f("BuffersLost", K::U32),
    f("SessionNameString", K::WStr),
    f("LogFileNameString", K::WStr),
];

static GROUP_MASKS: &[F] = &[
    f("GroupMask1", K::X32),
    f("GroupMask2", K::X32),
    f("GroupMask3", K::X32),
    f("GroupMask4", K::X32),
    f("GroupMask5", K::X32),
    f("GroupMask6", K::X32),
    f("GroupMask7", K::X32),
    f("GroupMask8", K::X32),
];

static GROUP_MASKS_V2: &[F] = &[
    f("GroupMask1", K::X32),
    f("GroupMask2", K::X32),
    f("GroupMask3", K::X32),
    f("GroupMask4", K::X32),
    f("GroupMask5", K::X32),
    f("GroupMask6", K::X32),
    f("GroupMask7", K::X32),
    f("GroupMask8", K::X32),
    f("KernelEventVersion", K::X32),
];

// ---------------------------------------------------------------------------------------------------------
// Process.

static PROCESS_V0: &[F] =
    &[f("ProcessId", K::SizeT), f("ParentId", K::SizeT), f("UserSID", K::Sid), f("ImageFileName", K::AStr)];

static PROCESS_V1: &[F] = &[
    f("PageDirectoryBase", K::Ptr),
    f("ProcessId", K::U32),
    f("ParentId", K::U32),
    f("SessionId", K::U32),
    f("ExitStatus", K::I32),
    f("UserSID", K::Sid),
    f("ImageFileName", K::AStr),
];

static PROCESS_V2: &[F] = &[
    f("UniqueProcessKey", K::Ptr),
    f("ProcessId", K::U32),
    f("ParentId", K::U32),
    f("SessionId", K::U32),
    f("ExitStatus", K::I32),
    f("UserSID", K::Sid),
    f("ImageFileName", K::AStr),
    f("CommandLine", K::WStr),
];

static PROCESS_V3: &[F] = &[
    f("UniqueProcessKey", K::Ptr),
    f("ProcessId", K::U32),
    f("ParentId", K::U32),
    f("SessionId", K::U32),
    f("ExitStatus", K::I32),
    f("DirectoryTableBase", K::Ptr),
    f("UserSID", K::Sid),
    f("ImageFileName", K::AStr),
    f("CommandLine", K::WStr),
];

static PROCESS_V4: &[F] = &[
    f("UniqueProcessKey", K::Ptr),
    f("ProcessId", K::U32),
    f("ParentId", K::U32),
    f("SessionId", K::U32),
    f("ExitStatus", K::I32),
    f("DirectoryTableBase", K::Ptr),
    f("Flags", K::U32),
    f("UserSID", K::Sid),
    f("ImageFileName", K::AStr),
    f("CommandLine", K::WStr),
    f("PackageFullName", K::WStr),
    f("ApplicationId", K::WStr),
];

static PROCESS_DEFUNCT_V5: &[F] = &[
    f("UniqueProcessKey", K::Ptr),
    f("ProcessId", K::U32),
    f("ParentId", K::U32),
    f("SessionId", K::U32),
    f("ExitStatus", K::I32),
    f("DirectoryTableBase", K::Ptr),
    f("Flags", K::U32),
    f("UserSID", K::Sid),
    f("ImageFileName", K::AStr),
    f("CommandLine", K::WStr),
    f("PackageFullName", K::WStr),
    f("ApplicationId", K::WStr),
    f("ExitTime", K::FileTime),
];

static PROCESS_COUNTERS: &[F] = &[
    f("ProcessId", K::U32),
    f("PageFaultCount", K::U32),
    f("HandleCount", K::U32),
    f("Reserved", K::U32),
    f("PeakVirtualSize", K::SizeT),
    f("PeakWorkingSetSize", K::SizeT),
    f("PeakPagefileUsage", K::SizeT),
    f("QuotaPeakPagedPoolUsage", K::SizeT),
    f("QuotaPeakNonPagedPoolUsage", K::SizeT),
    f("VirtualSize", K::SizeT),
    f("WorkingSetSize", K::SizeT),
    f("PagefileUsage", K::SizeT),
    f("QuotaPagedPoolUsage", K::SizeT),
    f("QuotaNonPagedPoolUsage", K::SizeT),
    f("PrivatePageCount", K::SizeT),
];

static PROCESS_WAKE: &[F] = &[f("Object", K::Ptr), f("Tag", K::Ptr), f("ProcessId", K::U32), f("Count", K::U32)];

// ---------------------------------------------------------------------------------------------------------
// Thread.

static THREAD_V1_START: &[F] = &[
    f("ProcessId", K::U32),
    f("TThreadId", K::U32),
    f("StackBase", K::Ptr),
    f("StackLimit", K::Ptr),
    f("UserStackBase", K::Ptr),
    f("UserStackLimit", K::Ptr),
    f("StartAddr", K::Ptr),
    f("Win32StartAddr", K::Ptr),
    f("WaitMode", K::I8),
];

static THREAD_V2: &[F] = &[
    f("ProcessId", K::U32),
    f("TThreadId", K::U32),
    f("StackBase", K::Ptr),
    f("StackLimit", K::Ptr),
    f("UserStackBase", K::Ptr),
    f("UserStackLimit", K::Ptr),
    f("StartAddr", K::Ptr),
    f("Win32StartAddr", K::Ptr),
    f("TebBase", K::Ptr),
    f("SubProcessTag", K::X32),
];

/// Versions 3 and 4 (see the module notes on `ThreadName`).
static THREAD_V3: &[F] = &[
    f("ProcessId", K::U32),
    f("TThreadId", K::U32),
    f("StackBase", K::Ptr),
    f("StackLimit", K::Ptr),
    f("UserStackBase", K::Ptr),
    f("UserStackLimit", K::Ptr),
    f("Affinity", K::Ptr),
    f("Win32StartAddr", K::Ptr),
    f("TebBase", K::Ptr),
    f("SubProcessTag", K::X32),
    f("BasePriority", K::U8),
    f("PagePriority", K::U8),
    f("IoPriority", K::U8),
    f("ThreadFlags", K::U8),
    f("ThreadName", K::WStr),
];

static CSWITCH_V1: &[F] = &[
    f("NewThreadId", K::U32),
    f("OldThreadId", K::U32),
    f("NewThreadPriority", K::I8),
    f("OldThreadPriority", K::I8),
    f("NewThreadQuantum", K::I8),
    f("OldThreadQuantum", K::I8),
    fm("OldThreadWaitReason", K::I8, &WAIT_REASON),
    fm("OldThreadWaitMode", K::I8, &WAIT_MODE),
    fm("OldThreadState", K::I8, &THREAD_STATE),
    f("OldThreadWaitIdealProcessor", K::I8),
];

static CSWITCH_V2: &[F] = &[
    f("NewThreadId", K::U32),
    f("OldThreadId", K::U32),
    f("NewThreadPriority", K::I8),
    f("OldThreadPriority", K::I8),
    f("PreviousCState", K::U8),
    f("SpareByte", K::I8),
    fm("OldThreadWaitReason", K::I8, &WAIT_REASON),
    fm("OldThreadWaitMode", K::I8, &WAIT_MODE),
    fm("OldThreadState", K::I8, &THREAD_STATE),
    f("OldThreadWaitIdealProcessor", K::I8),
    f("NewThreadWaitTime", K::X32),
    f("Reserved", K::U32),
];

static CSWITCH_V3: &[F] = &[
    f("NewThreadId", K::U32),
    f("OldThreadId", K::U32),
    f("NewThreadPriority", K::I8),
    f("OldThreadPriority", K::I8),
    f("PreviousCState", K::U8),
    f("SpareByte", K::I8),
    fm("OldThreadWaitReason", K::I8, &WAIT_REASON),
    f("ThreadFlags", K::I8),
    fm("OldThreadState", K::I8, &THREAD_STATE),
    f("OldThreadWaitIdealProcessor", K::I8),
    f("NewThreadWaitTime", K::X32),
    f("Reserved", K::U32),
];

static WORKER_THREAD: &[F] = &[f("TThreadId", K::U32), f("StartTime", K::U64), f("ThreadRoutine", K::Ptr)];

// ---------------------------------------------------------------------------------------------------------
// DiskIo.

static DISK_RW_V2: &[F] = &[
    f("DiskNumber", K::U32),
    f("IrpFlags", K::X32),
    f("TransferSize", K::U32),
    f("Reserved", K::U32),
    f("ByteOffset", K::U64),
    f("FileObject", K::Ptr),
    f("Irp", K::Ptr),
    f("HighResResponseTime", K::U64),
];

static DISK_RW_V3: &[F] = &[
    f("DiskNumber", K::U32),
    f("IrpFlags", K::X32),
    f("TransferSize", K::U32),
    f("Reserved", K::U32),
    f("ByteOffset", K::U64),
    f("FileObject", K::Ptr),
    f("Irp", K::Ptr),
    f("HighResResponseTime", K::U64),
    f("IssuingThreadId", K::U32),
];

static DISK_FLUSH_V2: &[F] =
    &[f("DiskNumber", K::U32), f("IrpFlags", K::X32), f("HighResResponseTime", K::U64), f("Irp", K::Ptr)];

static DISK_FLUSH_V3: &[F] = &[
    f("DiskNumber", K::U32),
    f("IrpFlags", K::X32),
    f("HighResResponseTime", K::U64),
    f("Irp", K::Ptr),
    f("IssuingThreadId", K::U32),
];

// ---------------------------------------------------------------------------------------------------------
// FileIo.

static FILE_NAME: &[F] = &[f("FileObject", K::Ptr), f("FileName", K::WStr)];

static FILE_CREATE_V2: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("TTID", K::Ptr),
    f("FileObject", K::Ptr),
    f("CreateOptions", K::X32),
    f("FileAttributes", K::X32),
    f("ShareAccess", K::X32),
    f("OpenPath", K::WStr),
];

static FILE_SIMPLE_V2: &[F] = &[f("IrpPtr", K::Ptr), f("TTID", K::Ptr), f("FileObject", K::Ptr), f("FileKey", K::Ptr)];

static FILE_RW_V2: &[F] = &[
    f("Offset", K::U64),
    f("IrpPtr", K::Ptr),
    f("TTID", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("IoSize", K::U32),
    f("IoFlags", K::X32),
];

static FILE_INFO_V2: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("TTID", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("ExtraInfo", K::Ptr),
    f("InfoClass", K::U32),
];

static FILE_DIR_V2: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("TTID", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("Length", K::U32),
    f("InfoClass", K::U32),
    f("FileIndex", K::U32),
    f("FileName", K::WStr),
];

static FILE_OP_END: &[F] = &[f("IrpPtr", K::Ptr), f("ExtraInfo", K::Ptr), f("NtStatus", K::Status)];

static FILE_MAP_V2: &[F] = &[
    f("ViewBase", K::Ptr),
    f("FileObject", K::Ptr),
    f("MiscInfo", K::X64),
    f("ViewSize", K::SizeT),
    f("ProcessId", K::U32),
];

static FILE_CREATE_V3: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("FileObject", K::Ptr),
    f("TTID", K::U32),
    f("CreateOptions", K::X32),
    f("FileAttributes", K::X32),
    f("ShareAccess", K::X32),
    f("OpenPath", K::WStr),
];

static FILE_SIMPLE_V3: &[F] = &[f("IrpPtr", K::Ptr), f("FileObject", K::Ptr), f("FileKey", K::Ptr), f("TTID", K::U32)];

static FILE_RW_V3: &[F] = &[
    f("Offset", K::U64),
    f("IrpPtr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("TTID", K::U32),
    f("IoSize", K::U32),
    f("IoFlags", K::X32),
];

static FILE_INFO_V3: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("ExtraInfo", K::Ptr),
    f("TTID", K::U32),
    f("InfoClass", K::U32),
];

static FILE_DIR_V3: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("TTID", K::U32),
    f("Length", K::U32),
    f("InfoClass", K::U32),
    f("FileIndex", K::U32),
    f("FileName", K::WStr),
];

static FILE_PATH_V3: &[F] = &[
    f("IrpPtr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileKey", K::Ptr),
    f("ExtraInfo", K::Ptr),
    f("TTID", K::U32),
    f("InfoClass", K::U32),
    f("FileName", K::WStr),
];

static FLT_INIT: &[F] = &[
    f("RoutineAddr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileContext", K::Ptr),
    f("IrpPtr", K::Ptr),
    f("CallbackDataPtr", K::Ptr),
    f("MajorFunction", K::U32),
];

static FLT_COMPLETION: &[F] = &[
    f("InitialTime", K::WmiTime),
    f("RoutineAddr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileContext", K::Ptr),
    f("IrpPtr", K::Ptr),
    f("CallbackDataPtr", K::Ptr),
    f("MajorFunction", K::U32),
];

static FLT_FAILURE: &[F] = &[
    f("RoutineAddr", K::Ptr),
    f("FileObject", K::Ptr),
    f("FileContext", K::Ptr),
    f("IrpPtr", K::Ptr),
    f("CallbackDataPtr", K::Ptr),
    f("MajorFunction", K::U32),
    f("Status", K::Status),
];

// ---------------------------------------------------------------------------------------------------------
// TcpIp and UdpIp.

static TCP_V0: &[F] = &[
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("size", K::U32),
    f("PID", K::U32),
];

static TCP_V1: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("connid", K::Ptr),
    f("seqnum", K::U32),
];

static TCP_SEND_V1: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("startime", K::U32),
    f("endtime", K::U32),
    f("connid", K::Ptr),
    f("seqnum", K::U32),
];

static TCP_CONNECT_V1: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("mss", K::U16),
    f("sackopt", K::U16),
    f("tsopt", K::U16),
    f("wsopt", K::U16),
    f("rcvwin", K::U32),
    f("rcvwinscale", K::I16),
    f("sndwinscale", K::I16),
    f("connid", K::Ptr),
    f("seqnum", K::U32),
];

static TCP_SEND_V4: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("startime", K::U32),
    f("endtime", K::U32),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static TCP_V4: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static TCP_CONNECT_V4: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
    f("mss", K::U16),
    f("sackopt", K::U16),
    f("tsopt", K::U16),
    f("wsopt", K::U16),
    f("rcvwin", K::U32),
    f("rcvwinscale", K::I16),
    f("sndwinscale", K::I16),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static TCP_SEND_V6: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip6),
    f("saddr", K::Ip6),
    f("dport", K::Port),
    f("sport", K::Port),
    f("startime", K::U32),
    f("endtime", K::U32),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static TCP_V6: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip6),
    f("saddr", K::Ip6),
    f("dport", K::Port),
    f("sport", K::Port),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static TCP_CONNECT_V6: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip6),
    f("saddr", K::Ip6),
    f("dport", K::Port),
    f("sport", K::Port),
    f("mss", K::U16),
    f("sackopt", K::U16),
    f("tsopt", K::U16),
    f("wsopt", K::U16),
    f("rcvwin", K::U32),
    f("rcvwinscale", K::I16),
    f("sndwinscale", K::I16),
    f("seqnum", K::U32),
    f("connid", K::Ptr),
];

static NET_FAIL: &[F] = &[f("Proto", K::U16), f("FailureCode", K::U16)];

static UDP_V0: &[F] = &[
    f("context", K::Ptr),
    f("saddr", K::Ip4),
    f("sport", K::Port),
    f("size", K::U16),
    f("daddr", K::Ip4),
    f("dport", K::Port),
    f("dsize", K::U16),
];

static UDP_V1: &[F] = &[
    f("PID", K::U32),
    f("size", K::U32),
    f("daddr", K::Ip4),
    f("saddr", K::Ip4),
    f("dport", K::Port),
    f("sport", K::Port),
];

// ---------------------------------------------------------------------------------------------------------
// Image.

static IMAGE_V2: &[F] = &[
    f("ImageBase", K::Ptr),
    f("ImageSize", K::SizeT),
    f("ProcessId", K::U32),
    f("ImageChecksum", K::U32),
    f("TimeDateStamp", K::U32),
    f("Reserved0", K::U32),
    f("DefaultBase", K::Ptr),
    f("Reserved1", K::U32),
    f("Reserved2", K::U32),
    f("Reserved3", K::U32),
    f("Reserved4", K::U32),
    f("FileName", K::WStr),
];

static IMAGE_V3: &[F] = &[
    f("ImageBase", K::Ptr),
    f("ImageSize", K::SizeT),
    f("ProcessId", K::U32),
    f("ImageChecksum", K::U32),
    f("TimeDateStamp", K::U32),
    f("SignatureLevel", K::U8),
    f("SignatureType", K::U8),
    f("Reserved0", K::U16),
    f("DefaultBase", K::Ptr),
    f("Reserved1", K::U32),
    f("Reserved2", K::U32),
    f("Reserved3", K::U32),
    f("Reserved4", K::U32),
    f("FileName", K::WStr),
];

static LOADER_CODED: &[F] =
    &[f("BaseAddress", K::X64), f("ErrorOpcode", K::X8), f("Code", K::I8), f("String", K::WStr)];

// ---------------------------------------------------------------------------------------------------------
// PageFault.

static VIRTUAL_ALLOC: &[F] =
    &[f("BaseAddress", K::Ptr), f("RegionSize", K::SizeT), f("ProcessId", K::U32), fm("Flags", K::X32, &MEM_FLAGS)];

static VIRTUAL_ALLOC_RUNDOWN: &[F] = &[
    f("BaseAddress", K::Ptr),
    f("RegionSize", K::SizeT),
    f("ProcessId", K::U32),
    fm("Flags", K::X32, &MEM_FLAGS),
    f("CommitSizeInBytes", K::SizeT),
];

static MEM_RANGE: &[F] = &[f("BaseAddress", K::Ptr), f("SizeInBytes", K::SizeT), f("Flags", K::U32)];

// ---------------------------------------------------------------------------------------------------------
// PerfInfo and StackWalk.

static ISR_V2: &[F] = &[
    f("InitialTime", K::WmiTime),
    f("Routine", K::Ptr),
    f("ReturnValue", K::U8),
    f("Vector", K::U16),
    f("Reserved", K::U8),
];

static DPC: &[F] = &[f("InitialTime", K::WmiTime), f("Routine", K::Ptr)];

static ROUTINE: &[F] = &[f("Routine", K::Ptr)];

static SAMPLE_INTERVAL_V2: &[F] = &[f("Source", K::U32), f("NewInterval", K::U32), f("OldInterval", K::U32)];

static STACK_KEY: &[F] =
    &[f("EventTimeStamp", K::U64), f("StackProcess", K::U32), f("StackThread", K::U32), f("StackKey", K::Ptr)];

// ---------------------------------------------------------------------------------------------------------
// Registry.

static REGISTRY_V2: &[F] = &[
    f("InitialTime", K::WmiTime),
    f("Status", K::Status),
    f("Index", K::U32),
    f("KeyHandle", K::Ptr),
    f("KeyName", K::WStr),
];

// ---------------------------------------------------------------------------------------------------------
// SystemConfig.

static CPU_V2: &[F] = &[
    f("MHz", K::U32),
    f("NumberOfProcessors", K::U32),
    f("MemSize", K::U32),
    f("PageSize", K::U32),
    f("AllocationGranularity", K::U32),
    f("ComputerName", K::WChars(256)),
    f("DomainName", K::WChars(134)),
    f("HyperThreadingFlag", K::Ptr),
];

static CPU_V3: &[F] = &[
    f("MHz", K::U32),
    f("NumberOfProcessors", K::U32),
    f("MemSize", K::U32),
    f("PageSize", K::U32),
    f("AllocationGranularity", K::U32),
    f("ComputerName", K::WChars(256)),
    f("DomainName", K::WChars(134)),
    f("HyperThreadingFlag", K::Ptr),
    f("HighestUserAddress", K::Ptr),
    f("ProcessorArchitecture", K::U16),
    f("ProcessorLevel", K::U16),
    f("ProcessorRevision", K::U16),
    f("PaeEnabled", K::U8),
    f("NxEnabled", K::U8),
    f("MemorySpeed", K::U32),
];

static PHY_DISK: &[F] = &[
    f("DiskNumber", K::U32),
    f("BytesPerSector", K::U32),
    f("SectorsPerTrack", K::U32),
    f("TracksPerCylinder", K::U32),
    f("Cylinders", K::U64),
    f("SCSIPort", K::U32),
    f("SCSIPath", K::U32),
    f("SCSITarget", K::U32),
    f("SCSILun", K::U32),
    f("Manufacturer", K::WChars(256)),
    f("PartitionCount", K::U32),
    f("WriteCacheEnabled", K::U8),
    f("Pad", K::U8),
    f("BootDriveLetter", K::WChars(3)),
    f("Spare", K::WChars(2)),
];

static LOG_DISK: &[F] = &[
    f("StartOffset", K::U64),
    f("PartitionSize", K::U64),
    f("DiskNumber", K::U32),
    f("Size", K::U32),
    f("DriveType", K::U32),
    f("DriveLetterString", K::WChars(4)),
    f("Pad1", K::U32),
    f("PartitionNumber", K::U32),
    f("SectorsPerCluster", K::U32),
    f("BytesPerSector", K::U32),
    f("Pad2", K::U32),
    f("NumberOfFreeClusters", K::I64),
    f("TotalNumberOfClusters", K::I64),
    f("FileSystem", K::WChars(16)),
    f("VolumeExt", K::U32),
    f("Pad3", K::U32),
];

static NIC_V2: &[F] = &[
    f("PhysicalAddr", K::X64),
    f("PhysicalAddrLen", K::U32),
    f("Ipv4Index", K::U32),
    f("Ipv6Index", K::U32),
    f("NICDescription", K::WStr),
    f("IpAddresses", K::WStr),
    f("DnsServerAddresses", K::WStr),
];

static VIDEO: &[F] = &[
    f("MemorySize", K::U32),
    f("XResolution", K::U32),
    f("YResolution", K::U32),
    f("BitsPerPixel", K::U32),
    f("VRefresh", K::U32),
    f("ChipType", K::WChars(256)),
    f("DACType", K::WChars(256)),
    f("AdapterString", K::WChars(256)),
    f("BiosString", K::WChars(256)),
    f("DeviceId", K::WChars(256)),
    f("StateFlags", K::X32),
];

static SERVICES_V2: &[F] = &[
    f("ProcessId", K::U32),
    f("ServiceState", K::U32),
    f("SubProcessTag", K::X32),
    f("ServiceName", K::WStr),
    f("DisplayName", K::WStr),
    f("ProcessName", K::WStr),
];

static SERVICES_V3: &[F] = &[
    f("ProcessId", K::U32),
    f("ServiceState", K::U32),
    f("SubProcessTag", K::X32),
    f("ServiceName", K::WStr),
    f("DisplayName", K::WStr),
    f("ProcessName", K::WStr),
    f("LoadOrderGroup", K::WStr),
    f("SvchostGroup", K::WStr),
];

static POWER: &[F] = &[
    f("S1", K::U8),
    f("S2", K::U8),
    f("S3", K::U8),
    f("S4", K::U8),
    f("S5", K::U8),
    f("Pad1", K::U8),
    f("Pad2", K::U8),
    f("Pad3", K::U8),
];

static OPTICAL_DISK: &[F] = &[
    f("DiskNumber", K::U16),
    f("BusType", K::U16),
    f("DeviceType", K::U16),
    f("MediaType", K::U16),
    f("StartingOffset", K::U64),
    f("Size", K::U64),
    f("NumberOfFreeBlocks", K::U64),
    f("TotalNumberOfBlocks", K::U64),
    f("NextWritableAddress", K::U64),
    f("NumberOfSessions", K::U32),
    f("NumberOfTracks", K::U32),
    f("BytesPerSector", K::U32),
    f("DiscStatus", K::U16),
    f("LastSessionStatus", K::U16),
    f("DriveLetter", K::WStr),
    f("FileSystemName", K::WStr),
    f("DeviceName", K::AStr),
    f("ManufacturerName", K::AStr),
];

static IRQ_V2: &[F] = &[
    f("IRQAffinity", K::X64),
    f("IRQNum", K::U32),
    f("DeviceDescriptionLen", K::U32),
    f("DeviceDescription", K::WStr),
];

static IRQ_V3: &[F] = &[
    f("IRQAffinity", K::X64),
    f("IRQGroup", K::U16),
    f("Reserved", K::U16),
    f("IRQNum", K::U32),
    f("DeviceDescriptionLen", K::U32),
    f("DeviceDescription", K::WStr),
];

static PNP_V2: &[F] = &[
    f("IDLength", K::U32),
    f("DescriptionLength", K::U32),
    f("FriendlyNameLength", K::U32),
    f("DeviceID", K::WStr),
    f("DeviceDescription", K::WStr),
    f("FriendlyName", K::WStr),
];

static PNP_V3: &[F] = &[
    f("IDLength", K::U32),
    f("DescriptionLength", K::U32),
    f("FriendlyNameLength", K::U32),
    f("DeviceID", K::WStr),
    f("DeviceDescription", K::WStr),
    f("FriendlyName", K::WStr),
    f("PdoName", K::WStr),
];

static PNP_V4: &[F] = &[
    f("ClassGuid", K::Guid),
    f("UpperFiltersCount", K::U32),
    f("LowerFiltersCount", K::U32),
    f("DeviceID", K::WStr),
    f("DeviceDescription", K::WStr),
    f("FriendlyName", K::WStr),
    f("PdoName", K::WStr),
    f("ServiceName", K::WStr),
    f("UpperFilters", K::Arr(&K::WStr, 1)),
    f("LowerFilters", K::Arr(&K::WStr, 2)),
];

static PNP_V5: &[F] = &[
    f("ClassGuid", K::Guid),
    f("UpperFiltersCount", K::U32),
    f("LowerFiltersCount", K::U32),
    f("DevStatus", K::U32),
    f("DevProblem", K::U32),
    f("DeviceID", K::WStr),
    f("DeviceDescription", K::WStr),
    f("FriendlyName", K::WStr),
    f("PdoName", K::WStr),
    f("ServiceName", K::WStr),
    f("UpperFilters", K::Arr(&K::WStr, 1)),
    f("LowerFilters", K::Arr(&K::WStr, 2)),
];

static DEFRAG: &[F] = &[
    f("AlignmentClusters", K::U64),
    f("AvgFreeSpaceSize", K::U64),
    f("ClustersPerSlab", K::U64),
    f("FragmentedDirectoryExtents", K::U64),
    f("FragmentedExtents", K::U64),
    f("FreeSpaceCount", K::U64),
    f("LargestFreeSpaceSize", K::U64),
    f("LastRunActualPurgeClusters", K::U64),
    f("LastRunClustersTrimmed", K::U64),
    f("LastRunFullDefragTime", K::U64),
    f("LastRunTime", K::U64),
    f("MFTSize", K::U64),
    f("TotalClusters", K::U64),
    f("TotalUsedClusters", K::U64),
    f("AvgFragmentsPerFile", K::U32),
    f("BytesPerCluster", K::U32),
    f("DirectoryCount", K::U32),
    f("FragmentedDirectories", K::U32),
    f("FragmentedFiles", K::U32),
    f("FragmentedSpace", K::U32),
    f("HardwareIssue", K::U32),
    f("InUseMFTRecords", K::U32),
    f("InUseSlabs", K::U32),
    f("LastRunActualPurgeSlabs", K::U32),
    f("LastRunInitialBackedSlabs", K::U32),
    f("LastRunPercentFragmentation", K::U32),
    f("LastRunPinnedSlabs", K::U32),
    f("LastRunPotentialPurgeSlabs", K::U32),
    f("LastRunSpaceInefficientSlabs", K::U32),
    f("LastRunTrimmedSlabs", K::U32),
    f("LastRunUnknownEvictFailSlabs", K::U32),
    f("LastRunVolsnapPinnedSlabs", K::U32),
    f("MFTFragmentCount", K::U32),
    f("MovableFiles", K::U32),
    f("TotalMFTRecords", K::U32),
    f("TotalSlabs", K::U32),
    f("UnmovableFiles", K::U32),
    f("VolumeId", K::Guid),
    f("VolumePathNames", K::WStr),
];

static MOBILE_PLATFORM_V2: &[F] = &[
    f("BootLoaderVersion", K::WStr),
    f("FirmwareRevision", K::WStr),
    f("FriendlyName", K::WStr),
    f("HardwareRevision", K::WStr),
    f("Manufacturer", K::WStr),
    f("ManufacturerDisplayName", K::WStr),
    f("ManufacturerModelName", K::WStr),
    f("MobileOperatorDisplayName", K::WStr),
    f("MobileOperatorName", K::WStr),
    f("ModelName", K::WStr),
    f("RadioHardwareRevision", K::WStr),
    f("RadioSoftwareRevision", K::WStr),
    f("ROMVersion", K::WStr),
    f("SOCVersion", K::WStr),
    f("HardwareVariant", K::WStr),
];

static MOBILE_PLATFORM_V3: &[F] = &[
    f("DeviceManufacturer", K::WStr),
    f("DeviceManufacturerDisplayName", K::WStr),
    f("DeviceModel", K::WStr),
    f("DeviceModelDisplayName", K::WStr),
    f("MobileOperator", K::WStr),
    f("MobileOperatorDisplayName", K::WStr),
    f("HardwareVersion", K::WStr),
    f("SocVersion", K::WStr),
    f("RadioHardwareVersion", K::WStr),
    f("RadioSoftwareVersion", K::WStr),
    f("BspVersion", K::WStr),
    f("OemSoftwareVersion", K::WStr),
];

static MOBILE_PLATFORM_V4: &[F] = &[
    f("DeviceManufacturer", K::WStr),
    f("DeviceManufacturerDisplayName", K::WStr),
    f("DeviceModel", K::WStr),
    f("DeviceModelDisplayName", K::WStr),
    f("MobileOperator", K::WStr),
    f("SocVersion", K::WStr),
    f("BspVersion", K::WStr),
];

static PROCESSORS: &[F] = &[
    f("ProcessorIndex", K::U32),
    f("FeatureSet", K::X32),
    f("ProcessorSpeed", K::U32),
    f("ProcessorName", K::WChars(64)),
    f("ProcessorIdentifier", K::WChars(128)),
    f("VendorIdentifier", K::WChars(16)),
];

// ---------------------------------------------------------------------------------------------------------
// KernelTraceControl.

static DBG_ID_RSDS: &[F] = &[
    f("ImageBase", K::Ptr),
    f("ProcessId", K::U32),
    f("GuidSig", K::Guid),
    f("Age", K::U32),
    f("PdbFileName", K::AStr),
];

static WIN_SAT_XML: &[F] = &[f("State", K::U32), f("UncompressedLength", K::U32), f("CompressedXml", K::RestBytes)];

// ---------------------------------------------------------------------------------------------------------
// The table.

const fn l(
    class: &'static Class,
    versions: &'static [u8],
    events: &'static [(u8, &'static str)],
    fields: &'static [F],
) -> Layout {
    Layout { class, versions, events, fields }
}

const PROCESS_EVENTS: &[(u8, &str)] = &[(1, "Start"), (2, "End"), (3, "DCStart"), (4, "DCEnd"), (39, "Defunct")];
const THREAD_EVENTS: &[(u8, &str)] = &[(1, "Start"), (2, "End"), (3, "DCStart"), (4, "DCEnd")];
const IMAGE_EVENTS: &[(u8, &str)] = &[(10, "Load"), (2, "UnLoad"), (3, "DCStart"), (4, "DCEnd")];
const FILE_NAME_EVENTS: &[(u8, &str)] = &[(0, "Name"), (32, "FileCreate"), (35, "FileDelete"), (36, "FileRundown")];
const FILE_SIMPLE_EVENTS: &[(u8, &str)] = &[(65, "Cleanup"), (66, "Close"), (73, "Flush")];
const FILE_RW_EVENTS: &[(u8, &str)] = &[(67, "Read"), (68, "Write")];
const FILE_INFO_EVENTS: &[(u8, &str)] =
    &[(69, "SetInfo"), (70, "Delete"), (71, "Rename"), (74, "QueryInfo"), (75, "FSControl")];
const FILE_DIR_EVENTS: &[(u8, &str)] = &[(72, "DirEnum"), (77, "DirNotify")];
const REGISTRY_V2_EVENTS: &[(u8, &str)] = &[
    (10, "Create"),
    (11, "Open"),
    (12, "Delete"),
    (13, "Query"),
    (14, "SetValue"),
    (15, "DeleteValue"),
    (16, "QueryValue"),
    (17, "EnumerateKey"),
    (18, "EnumerateValueKey"),
    (19, "QueryMultipleValue"),
    (20, "SetInformation"),
    (21, "Flush"),
    (22, "KCBCreate"),
    (23, "KCBDelete"),
    (24, "KCBRundownBegin"),
    (25, "KCBRundownEnd"),
    (26, "Virtualize"),
    (27, "Close"),
    (28, "SetSecurity"),
    (29, "QuerySecurity"),
];
const REGISTRY_V0_EVENTS: &[(u8, &str)] = &[
    (10, "Create"),
    (11, "Open"),
    (12, "Delete"),
    (13, "Query"),
    (14, "SetValue"),
    (15, "DeleteValue"),
    (16, "QueryValue"),
    (17, "EnumerateKey"),
    (18, "EnumerateValueKey"),
    (19, "QueryMultipleValue"),
    (20, "SetInformation"),
    (21, "Flush"),
];
const REGISTRY_V1_EVENTS: &[(u8, &str)] = &[
    (10, "Create"),
    (11, "Open"),
    (12, "Delete"),
    (13, "Query"),
    (14, "SetValue"),
    (15, "DeleteValue"),
    (16, "QueryValue"),
    (17, "EnumerateKey"),
    (18, "EnumerateValueKey"),
    (19, "QueryMultipleValue"),
    (20, "SetInformation"),
    (21, "Flush"),
    (22, "RunDown"),
];

/// Every layout. A (class, event type, version) appears at most once (a test checks it).
pub(crate) static LAYOUTS: &[Layout] = &[
    // EventTrace.
    l(&EVENT_TRACE, &[0, 1, 2], &[(0, "Header")], HEADER),
    l(&EVENT_TRACE, &[0, 1], &[(5, "Extension"), (32, "EndExtension")], GROUP_MASKS),
    l(&EVENT_TRACE, &[2], &[(5, "Extension"), (32, "EndExtension")], GROUP_MASKS_V2),
    l(&EVENT_TRACE, &[0, 1, 2], &[(8, "RDComplete")], &[]),
    l(&EVENT_TRACE, &[2], &[(64, "DbgIdRSDS")], &[f("Guid", K::Guid), f("Age", K::U32), f("PdbName", K::AStr)]),
    l(&EVENT_TRACE, &[2], &[(66, "BuildInfo")], &[f("BuildString", K::AStr)]),
    l(
        &EVENT_TRACE,
        &[2],
        &[(67, "ProviderBinaryPath")],
        &[f("GuidCount", K::U32), f("Guid", K::Arr(&K::Guid, 0)), f("BinaryPath", K::WStr)],
    ),
    l(
        &EVENT_TRACE,
        &[0, 1, 2],
        &[(80, "PartitionInfoExtension")],
        &[
            f("EventVersion", K::U16),
            f("Reserved", K::U16),
            f("PartitionType", K::U32),
            f("QpcOffsetFromRoot", K::I64),
            f("PartitionId", K::Guid),
            f("ParentId", K::Guid),
        ],
    ),
    l(
        &EVENT_TRACE,
        &[2],
        &[(82, "LastDroppedTimes")],
        &[f("TimeStampCount", K::U32), f("Padding", K::U32), f("TimeStamp", K::Arr(&K::U64, 0))],
    ),
    // Process.
    l(&PROCESS, &[0], &[(1, "Start"), (2, "End"), (3, "DCStart"), (4, "DCEnd")], PROCESS_V0),
    l(&PROCESS, &[1], &[(1, "Start"), (2, "End"), (3, "DCStart"), (4, "DCEnd")], PROCESS_V1),
    l(&PROCESS, &[2], PROCESS_EVENTS, PROCESS_V2),
    l(&PROCESS, &[3], PROCESS_EVENTS, PROCESS_V3),
    l(&PROCESS, &[4], PROCESS_EVENTS, PROCESS_V4),
    l(&PROCESS, &[5], &[(39, "Defunct")], PROCESS_DEFUNCT_V5),
    l(&PROCESS, &[2], &[(11, "Terminate")], &[f("ProcessId", K::U32)]),
    l(&PROCESS, &[2], &[(32, "PerfCtr"), (33, "PerfCtrRundown")], PROCESS_COUNTERS),
    l(&PROCESS, &[2], &[(35, "InSwap")], &[f("DirectoryTableBase", K::Ptr), f("ProcessId", K::U32)]),
    l(
        &PROCESS,
        &[2],
        &[
            (48, "WakeChargeUser"),
            (49, "WakeChargeExecution"),
            (50, "WakeChargeKernel"),
            (51, "WakeChargeInstrumentation"),
            (52, "WakeChargePreserveProcess"),
            (64, "WakeReleaseUser"),
            (65, "WakeReleaseExecution"),
            (66, "WakeReleaseKernel"),
            (67, "WakeReleaseInstrumentation"),
            (68, "WakeReleasePreserveProcess"),
            (80, "WakeDropUser"),
            (81, "WakeDropExecution"),
            (82, "WakeDropKernel"),
            (83, "WakeDropInstrumentation"),
            (84, "WakeDropPreserveProcess"),
        ],
        PROCESS_WAKE,
    ),
    l(
        &PROCESS,
        &[2],
        &[(96, "WakeEventUser"), (97, "WakeEventExecution"), (98, "WakeEventKernel"), (99, "WakeEventInstrumentation")],
        &[f("Object", K::Ptr)],
    ),
    // Thread.
    l(&THREAD, &[0], THREAD_EVENTS, &[f("TThreadId", K::U32), f("ProcessId", K::U32)]),
    l(&THREAD, &[1], &[(1, "Start"), (3, "DCStart"), (4, "DCEnd")], THREAD_V1_START),
    l(&THREAD, &[1], &[(2, "End")], &[f("ProcessId", K::U32), f("TThreadId", K::U32)]),
    l(&THREAD, &[1], &[(36, "CSwitch")], CSWITCH_V1),
    l(&THREAD, &[1, 2], &[(57, "WorkerThread")], WORKER_THREAD),
    l(&THREAD, &[2], THREAD_EVENTS, THREAD_V2),
    l(&THREAD, &[3, 4], THREAD_EVENTS, THREAD_V3),
    l(&THREAD, &[2], &[(72, "SetName")], &[f("ProcessId", K::U32), f("ThreadId", K::U32), f("ThreadName", K::WStr)]),
    l(&THREAD, &[2], &[(36, "CSwitch")], CSWITCH_V2),
    l(&THREAD, &[3, 4], &[(36, "CSwitch")], CSWITCH_V3),
    l(&THREAD, &[2], &[(37, "CompCS")], &[]),
    l(
        &THREAD,
        &[2],
        &[(41, "SpinLock")],
        &[
            f("SpinLockAddress", K::Ptr),
            f("CallerAddress", K::Ptr),
            f("AcquireTime", K::U64),
            f("ReleaseTime", K::U64),
            f("WaitTimeInCycles", K::U32),
            f("SpinCount", K::U32),
            f("ThreadId", K::U32),
            f("InterruptCount", K::U32),
            f("Irql", K::U8),
            f("AcquireDepth", K::U8),
            f("Flag", K::U8),
            f("Reserved", K::Bytes(5)),
        ],
    ),
    l(
        &THREAD,
        &[2],
        &[(50, "ReadyThread")],
        &[
            f("TThreadId", K::U32),
            fm("AdjustReason", K::I8, &ADJUST_REASON),
            f("AdjustIncrement", K::I8),
            f("Flag", K::I8),
            f("Reserved", K::I8),
        ],
    ),
    l(
        &THREAD,
        &[2],
        &[(53, "ThreadAffinity")],
        &[f("Affinity", K::Ptr), f("ThreadId", K::U32), f("Group", K::U16), f("Reserved", K::U16)],
    ),
    l(
        &THREAD,
        &[2],
        &[(60, "AntiStarvationBoost")],
        &[f("ThreadId", K::U32), f("ProcessorIndex", K::U16), f("Priority", K::U8), f("Reserved", K::U8)],
    ),
    l(
        &THREAD,
        &[2],
        &[(61, "Thread Migration")],
        &[
            f("ThreadId", K::U32),
            f("SourceProcessorIndex", K::U16),
            f("TargetProcessorIndex", K::U16),
            f("Priority", K::U8),
            f("IdealProcessorAdjust", K::U8),
            f("OldIdealProcessorIndex", K::U16),
        ],
    ),
    l(&THREAD, &[2], &[(62, "Kernel Queue Enqueue")], &[f("Entry", K::Ptr), f("ThreadId", K::U32)]),
    l(
        &THREAD,
        &[2],
        &[(63, "Kernel Queue Dequeue")],
        &[f("ThreadId", K::U32), f("EntryCount", K::U32), f("Entries", K::Arr(&K::Ptr, 1))],
    ),
    l(&THREAD, &[2], &[(64, "Start"), (65, "End")], &[f("CallbackRoutine", K::Ptr)]),
    l(
        &THREAD,
        &[2],
        &[(66, "AutoBoost Set Floor")],
        &[
            f("Lock", K::Ptr),
            f("ThreadId", K::U32),
            f("NewCpuPriorityFloor", K::U8),
            f("OldCpuPriority", K::U8),
            f("IoPriorities", K::U8),
            f("BoostFlags", K::U8),
        ],
    ),
    l(
        &THREAD,
        &[2],
        &[(67, "AutoBoost Clear Floor")],
        &[f("LockAddress", K::Ptr), f("ThreadId", K::U32), f("BoostBitmap", K::U32)],
    ),
    l(&THREAD, &[2], &[(68, "AutoBoost Entry Exhaustion")], &[f("LockAddress", K::Ptr), f("ThreadId", K::U32)]),
    l(&THREAD, &[2], &[(69, "SubProcessTag Changed")], &[f("OldTag", K::X32), f("NewTag", K::X32)]),
    l(
        &THREAD,
        &[3],
        &[(48, "SetPriority"), (49, "SetBasePriority"), (51, "SetPagePriority"), (52, "SetIoPriority")],
        &[f("ThreadId", K::U32), f("OldPriority", K::U8), f("NewPriority", K::U8), f("Reserved", K::U16)],
    ),
    // DiskIo.
    l(&DISK_IO, &[2], &[(10, "Read"), (11, "Write")], DISK_RW_V2),
    l(&DISK_IO, &[2], &[(12, "ReadInit"), (13, "WriteInit"), (15, "FlushInit")], &[f("Irp", K::Ptr)]),
    l(&DISK_IO, &[2], &[(14, "FlushBuffers")], DISK_FLUSH_V2),
    l(
        &DISK_IO,
        &[2],
        &[(34, "DrvMjFnCall")],
        &[
            f("MajorFunction", K::U32),
            f("MinorFunction", K::U32),
            f("RoutineAddr", K::Ptr),
            f("FileObject", K::Ptr),
            f("Irp", K::Ptr),
            f("UniqMatchId", K::U32),
        ],
    ),
    l(&DISK_IO, &[2], &[(35, "DrvMjFnRet"), (53, "DrvComplReqRet")], &[f("Irp", K::Ptr), f("UniqMatchId", K::U32)]),
    l(&DISK_IO, &[2], &[(37, "DrvComplRout")], &[f("Routine", K::Ptr), f("IrpPtr", K::Ptr), f("UniqMatchId", K::U32)]),
    l(&DISK_IO, &[2], &[(52, "DrvComplReq")], &[f("RoutineAddr", K::Ptr), f("Irp", K::Ptr), f("UniqMatchId", K::U32)]),
    l(&DISK_IO, &[3], &[(10, "Read"), (11, "Write"), (55, "OpticalRead"), (56, "OpticalWrite")], DISK_RW_V3),
    l(&DISK_IO, &[3], &[(14, "FlushBuffers"), (57, "OpticalFlushBuffers")], DISK_FLUSH_V3),
    l(
        &DISK_IO,
        &[3],
        &[
            (12, "ReadInit"),
            (13, "WriteInit"),
            (15, "FlushInit"),
            (58, "OpticalReadInit"),
            (59, "OpticalWriteInit"),
            (60, "OpticalFlushInit"),
        ],
        &[f("Irp", K::Ptr), f("IssuingThreadId", K::U32)],
    ),
    // FileIo.
    l(&FILE_IO, &[0], &[(0, "Name")], FILE_NAME),
    l(&FILE_IO, &[1], &[(0, "Name"), (32, "FileCreate")], FILE_NAME),
    l(&FILE_IO, &[2, 3], FILE_NAME_EVENTS, FILE_NAME),
    l(&FILE_IO, &[2], &[(64, "Create")], FILE_CREATE_V2),
    l(&FILE_IO, &[2], FILE_SIMPLE_EVENTS, FILE_SIMPLE_V2),
    l(&FILE_IO, &[2], FILE_RW_EVENTS, FILE_RW_V2),
    l(&FILE_IO, &[2], FILE_INFO_EVENTS, FILE_INFO_V2),
    l(&FILE_IO, &[2], FILE_DIR_EVENTS, FILE_DIR_V2),
    l(&FILE_IO, &[2, 3], &[(76, "OperationEnd")], FILE_OP_END),
    l(&FILE_IO, &[2], &[(37, "MapFile"), (38, "UnmapFile"), (39, "MapFileDCStart"), (40, "MapFileDCEnd")], FILE_MAP_V2),
    l(&FILE_IO, &[3], &[(64, "Create")], FILE_CREATE_V3),
    l(&FILE_IO, &[3], FILE_SIMPLE_EVENTS, FILE_SIMPLE_V3),
    l(&FILE_IO, &[3], FILE_RW_EVENTS, FILE_RW_V3),
    l(&FILE_IO, &[3], FILE_INFO_EVENTS, FILE_INFO_V3),
    l(&FILE_IO, &[3], FILE_DIR_EVENTS, FILE_DIR_V3),
    l(&FILE_IO, &[3], &[(79, "DletePath"), (80, "RenamePath"), (81, "SetLinkPath")], FILE_PATH_V3),
    l(&FILE_IO, &[3], &[(96, "PreOpInit"), (97, "PostOpInit")], FLT_INIT),
    l(&FILE_IO, &[3], &[(98, "PreOpCompletion"), (99, "PostOpCompletion")], FLT_COMPLETION),
    l(&FILE_IO, &[3], &[(100, "PreOpFailure"), (101, "PostOpFailure")], FLT_FAILURE),
    // TcpIp.
    l(
        &TCP_IP,
        &[0],
        &[(10, "Send"), (11, "Recv"), (12, "Connect"), (13, "Disconnect"), (14, "Retransmit"), (15, "Accept")],
        TCP_V0,
    ),
    l(
        &TCP_IP,
        &[1],
        &[
            (11, "Recv"),
            (13, "Disconnect"),
            (14, "Retransmit"),
            (16, "Reconnect"),
            (18, "TCPCopy"),
            (19, "ARPCopy"),
            (20, "FullACK"),
            (21, "PartACK"),
            (22, "DupACK"),
        ],
        TCP_V1,
    ),
    l(&TCP_IP, &[1], &[(10, "Send")], TCP_SEND_V1),
    l(&TCP_IP, &[1], &[(12, "Connect"), (15, "Accept")], TCP_CONNECT_V1),
    l(&TCP_IP, &[1], &[(17, "Fail")], &[f("Proto", K::U32)]),
    l(&TCP_IP, &[2], &[(10, "SendIPV4")], TCP_SEND_V4),
    l(
        &TCP_IP,
        &[2],
        &[(11, "RecvIPV4"), (13, "DisconnectIPV4"), (14, "RetransmitIPV4"), (16, "ReconnectIPV4"), (18, "TCPCopyIPV4")],
        TCP_V4,
    ),
    l(&TCP_IP, &[2], &[(12, "ConnectIPV4"), (15, "AcceptIPV4")], TCP_CONNECT_V4),
    l(&TCP_IP, &[2], &[(17, "Fail")], NET_FAIL),
    l(&TCP_IP, &[2], &[(26, "SendIPV6")], TCP_SEND_V6),
    l(
        &TCP_IP,
        &[2],
        &[(27, "RecvIPV6"), (29, "DisconnectIPV6"), (30, "RetransmitIPV6"), (32, "ReconnectIPV6"), (34, "TCPCopyIPV6")],
        TCP_V6,
    ),
    l(&TCP_IP, &[2], &[(28, "ConnectIPV6"), (31, "AcceptIPV6")], TCP_CONNECT_V6),
    // UdpIp.
    l(&UDP_IP, &[0], &[(10, "Send"), (11, "Recv")], UDP_V0),
    l(&UDP_IP, &[1], &[(10, "Send"), (11, "Recv")], UDP_V1),
    l(&UDP_IP, &[2], &[(10, "SendIPV4"), (11, "RecvIPV4")], TCP_V4),
    l(&UDP_IP, &[2], &[(17, "Fail")], NET_FAIL),
    l(&UDP_IP, &[2], &[(26, "SendIPV6"), (27, "RecvIPV6")], TCP_V6),
    // Image.
    l(&IMAGE, &[0], &[(10, "Load")], &[f("BaseAddress", K::Ptr), f("ModuleSize", K::U32), f("ImageFileName", K::WStr)]),
    l(
        &IMAGE,
        &[1],
        &[(10, "Load")],
        &[f("ImageBase", K::Ptr), f("ImageSize", K::SizeT), f("ProcessId", K::U32), f("FileName", K::WStr)],
    ),
    l(&IMAGE, &[2], IMAGE_EVENTS, IMAGE_V2),
    l(&IMAGE, &[3], IMAGE_EVENTS, IMAGE_V3),
    l(&IMAGE, &[2], &[(33, "KernelBase")], &[f("ImageBase", K::Ptr)]),
    l(&IMAGE, &[2], &[(34, "HypercallPage")], &[f("HypercallPageVa", K::Ptr)]),
    l(
        &IMAGE,
        &[2],
        &[
            (128, "LoaderLockAttempt"),
            (129, "LoaderLockAcquire"),
            (130, "LoaderLockTriedAndFailed"),
            (131, "LoaderLockWait"),
            (132, "ProcessInitDone"),
            (133, "CreateSectionBegin"),
            (134, "CreateSectionEnd"),
            (135, "MapViewBegin"),
        ],
        &[],
    ),
    l(
        &IMAGE,
        &[2],
        &[
            (144, "RelocateImageBegin"),
            (145, "RelocateImageEnd"),
            (146, "HandleOldDescsBegin"),
            (147, "HandleOldDescsEnd"),
            (148, "HandleNewDescsBegin"),
            (149, "HandleNewDescsEnd"),
            (150, "DllMainExit"),
        ],
        &[f("BaseAddress", K::X64)],
    ),
    l(
        &IMAGE,
        &[2],
        &[
            (160, "FindDllByName"),
            (161, "MapViewEnd"),
            (162, "LoaderLockRelease"),
            (163, "DllMainEnter"),
            (164, "LoaderError"),
        ],
        LOADER_CODED,
    ),
    l(
        &IMAGE,
        &[3],
        &[
            (165, "MapViewStart"),
            (166, "SnappingStart"),
            (167, "SnappingEnd"),
            (168, "LoadingStart"),
            (169, "LoadingEnd"),
            (170, "FoundKnownDll"),
            (171, "AbnormalTermination"),
            (172, "ModulePlaceHolder"),
            (173, "ReadyToInit"),
            (174, "ReadyToRun"),
            (208, "ApiSetResolving"),
            (209, "ApiSetHosted"),
            (210, "ApiSetUnhosted"),
            (211, "ApiSetUnresolved"),
        ],
        LOADER_CODED,
    ),
    l(
        &IMAGE,
        &[3],
        &[(192, "DllSearchPathExternal"), (193, "DllSearchPathInternal")],
        &[
            f("BaseAddress", K::X64),
            f("ErrorOpcode", K::X8),
            f("Code", K::I8),
            f("String1", K::WStr),
            f("String2", K::WStr),
        ],
    ),
    l(
        &IMAGE,
        &[3],
        &[(176, "NewDllLoad"), (177, "NewDllLoadAsData")],
        &[
            f("NewDllBaseAddress", K::Ptr),
            f("ParentDllBaseAddress", K::Ptr),
            f("LoadReason", K::X32),
            f("FilePath", K::WStr),
        ],
    ),
    l(
        &IMAGE,
        &[3],
        &[(212, "DllSearchResults")],
        &[
            f("LdrLoadFlags", K::X32),
            f("LdrSearchFlags", K::X32),
            f("SearchInfo", K::X32),
            f("LoadReason", K::X32),
            f("FullDllName", K::WStr),
        ],
    ),
    l(
        &IMAGE,
        &[3],
        &[(213, "DllPathSearchResults")],
        &[
            f("SearchInfo", K::X32),
            f("Cwd", K::WStr),
            f("AppDir", K::WStr),
            f("DllDir", K::WStr),
            f("DllLoadDir", K::WStr),
        ],
    ),
    // PageFault.
    l(
        &PAGE_FAULT,
        &[2],
        &[
            (10, "TransitionFault"),
            (11, "DemandZeroFault"),
            (12, "CopyOnWrite"),
            (13, "GuardPageFault"),
            (14, "HardPageFault"),
            (15, "AccessViolation"),
        ],
        &[f("VirtualAddress", K::Ptr), f("ProgramCounter", K::Ptr)],
    ),
    l(
        &PAGE_FAULT,
        &[2],
        &[(32, "HardFault")],
        &[
            f("InitialTime", K::WmiTime),
            f("ReadOffset", K::X64),
            f("VirtualAddress", K::Ptr),
            f("FileObject", K::Ptr),
            f("TThreadId", K::U32),
            f("ByteCount", K::U32),
        ],
    ),
    l(
        &PAGE_FAULT,
        &[2],
        &[(100, "HRRundown")],
        &[f("HeapHandle", K::Ptr), f("HRFlags", K::X32), f("HRPid", K::U32), f("HRRangeCount", K::U32)],
    ),
    l(
        &PAGE_FAULT,
        &[3],
        &[(100, "HRRundown")],
        &[
            f("HeapHandle", K::Ptr),
            f("HRFlags", K::X32),
            f("HRPid", K::U32),
            f("HRRangeCount", K::U32),
            f("Reserved", K::U32),
        ],
    ),
    l(
        &PAGE_FAULT,
        &[4],
        &[(100, "HRRundown")],
        &[
            f("HeapHandle", K::Ptr),
            f("HRFlags", K::X32),
            f("HRPid", K::U32),
            f("HRRangeCount", K::U32),
            f("HRHeapTag", K::U64),
        ],
    ),
    l(
        &PAGE_FAULT,
        &[2],
        &[(101, "HRCreate")],
        &[f("HeapHandle", K::Ptr), f("FirstRangeSize", K::SizeT), f("HRCreateFlags", K::X32)],
    ),
    l(
        &PAGE_FAULT,
        &[2],
        &[(102, "HRReserve"), (103, "HRRelease")],
        &[f("HeapHandle", K::Ptr), f("HRAddress", K::Ptr), f("HRSize", K::SizeT)],
    ),
    l(&PAGE_FAULT, &[2], &[(104, "HRDestroy")], &[f("HeapHandle", K::Ptr)]),
    l(
        &PAGE_FAULT,
        &[2],
        &[(105, "ImageLoadBacked")],
        &[f("FileObject", K::Ptr), f("DeviceChar", K::X32), f("FileChar", K::X16), f("LoadFlags", K::X16)],
    ),
    l(&PAGE_FAULT, &[2], &[(98, "VirtualAlloc"), (99, "VirtualFree")], VIRTUAL_ALLOC),
    l(&PAGE_FAULT, &[2], &[(128, "VirtualAllocDCStart"), (129, "VirtualAllocDCEnd")], VIRTUAL_ALLOC_RUNDOWN),
    l(&PAGE_FAULT, &[2], &[(127, "VirtualRotate"), (134, "MemResetInfo")], MEM_RANGE),
    // PerfInfo.
    l(&PERF_INFO, &[0], &[(34, "Mark")], &[f("Message", K::AStr)]),
    l(
        &PERF_INFO,
        &[1],
        &[(67, "ISR"), (95, "ISR-PASS")],
        &[f("InitialTime", K::WmiTime), f("Routine", K::Ptr), f("ReturnValue", K::U32)],
    ),
    l(&PERF_INFO, &[1], &[(68, "DPC"), (69, "TimerDPC")], DPC),
    l(
        &PERF_INFO,
        &[1],
        &[(46, "SampleProf")],
        &[f("InstructionPointer", K::Ptr), f("ThreadId", K::U32), f("Count", K::U16)],
    ),
    l(
        &PERF_INFO,
        &[2],
        &[(46, "SampleProf")],
        &[f("InstructionPointer", K::Ptr), f("ThreadId", K::U32), f("Count", K::U16), f("Reserved", K::U16)],
    ),
    l(
        &PERF_INFO,
        &[2],
        &[(47, "PmcCounterProf")],
        &[f("InstructionPointer", K::Ptr), f("ThreadId", K::U32), f("ProfileSource", K::U16), f("Reserved", K::U16)],
    ),
    l(&PERF_INFO, &[2], &[(72, "SetInterval"), (73, "CollectionStart"), (74, "CollectionEnd")], SAMPLE_INTERVAL_V2),
    l(
        &PERF_INFO,
        &[3],
        &[(73, "CollectionStart"), (74, "CollectionEnd")],
        &[f("Source", K::U32), f("NewInterval", K::U32), f("OldInterval", K::U32), f("SourceName", K::WStr)],
    ),
    l(&PERF_INFO, &[2], &[(48, "PmcCtrConfig")], &[f("CounterCount", K::U32), f("CounterName", K::Arr(&K::WStr, 0))]),
    l(
        &PERF_INFO,
        &[2],
        &[(75, "CollectionStart"), (76, "CollectionEnd")],
        &[
            f("SpinLockSpinThreshold", K::U32),
            f("SpinLockContentionSampleRate", K::U32),
            f("SpinLockAcquireSampleRate", K::U32),
        ],
    ),
    l(
        &PERF_INFO,
        &[3],
        &[(75, "CollectionStart"), (76, "CollectionEnd")],
        &[
            f("SpinLockSpinThreshold", K::U32),
            f("SpinLockContentionSampleRate", K::U32),
            f("SpinLockAcquireSampleRate", K::U32),
            f("SpinLockHoldThreshold", K::U32),
        ],
    ),
    l(&PERF_INFO, &[2], &[(51, "SysClEnter")], &[f("SysCallAddress", K::Ptr)]),
    l(&PERF_INFO, &[2], &[(52, "SysClExit")], &[f("SysCallNtStatus", K::Status)]),
    l(&PERF_INFO, &[2], &[(67, "ISR"), (95, "ISR-PASS")], ISR_V2),
    l(
        &PERF_INFO,
        &[2],
        &[(50, "ISR-MSI")],
        &[
            f("InitialTime", K::WmiTime),
            f("Routine", K::Ptr),
            f("ReturnValue", K::U8),
            f("Vector", K::U16),
            f("Reserved", K::U8),
            f("MessageNumber", K::U32),
        ],
    ),
    l(&PERF_INFO, &[2], &[(92, "ISR-Unexpected")], &[f("Vector", K::U16)]),
    l(&PERF_INFO, &[2], &[(66, "ThreadedDPC"), (68, "DPC"), (69, "TimerDPC"), (70, "IOTimer")], DPC),
    l(&PERF_INFO, &[2], &[(96, "WdfISR"), (97, "WdfPassiveISR"), (98, "WdfDPC"), (103, "WdfWorkItem")], ROUTINE),
    l(&PERF_INFO, &[2], &[(58, "DebuggerEnabled")], &[]),
    l(
        &PERF_INFO,
        &[2],
        &[(93, "IoStartTimer"), (94, "IoStopTimer")],
        &[f("DeviceObject", K::Ptr), f("TimerRoutine", K::Ptr)],
    ),
    l(
        &PERF_INFO,
        &[2],
        &[(104, "SetKTimer2"), (105, "ExpireKTimer2")],
        &[
            f("DueTime", K::U64),
            f("MaximumDueTime", K::U64),
            f("Period", K::U64),
            f("Timer", K::Ptr),
            f("Callback", K::Ptr),
            f("CallbackContext", K::Ptr),
            f("TimerFlags", K::U8),
        ],
    ),
    l(&PERF_INFO, &[2], &[(106, "CancelKTimer2")], &[f("Timer", K::Ptr)]),
    l(
        &PERF_INFO,
        &[2],
        &[(107, "DisableKTimer2")],
        &[f("Timer", K::Ptr), f("DisableCallback", K::Ptr), f("DisableContext", K::Ptr), f("TimerFlags", K::U8)],
    ),
    l(
        &PERF_INFO,
        &[2],
        &[(108, "FinalizeKTimer2")],
        &[f("Timer", K::Ptr), f("DisableCallback", K::Ptr), f("DisableContext", K::Ptr)],
    ),
    // StackWalk.
    l(
        &STACK_WALK,
        &[2],
        &[(32, "Stack")],
        &[
            f("EventTimeStamp", K::U64),
            f("StackProcess", K::U32),
            f("StackThread", K::U32),
            f("Stack", K::Rest(&K::Ptr)),
        ],
    ),
    l(&STACK_WALK, &[2], &[(37, "StackKeyKernel"), (38, "StackKeyUser")], STACK_KEY),
    l(
        &STACK_WALK,
        &[2],
        &[(34, "KeyCreate"), (35, "KeyDelete"), (36, "KeyRundown")],
        &[f("Key", K::Ptr), f("StackFrame", K::Rest(&K::Ptr))],
    ),
    // Registry.
    l(
        &REGISTRY,
        &[0],
        REGISTRY_V0_EVENTS,
        &[f("Status", K::Ptr), f("KeyHandle", K::Ptr), f("ElapsedTime", K::I64), f("KeyName", K::WStr)],
    ),
    l(
        &REGISTRY,
        &[1],
        REGISTRY_V1_EVENTS,
        &[
            f("Status", K::Ptr),
            f("KeyHandle", K::Ptr),
            f("ElapsedTime", K::I64),
            f("Index", K::U32),
            f("KeyName", K::WStr),
        ],
    ),
    l(&REGISTRY, &[2], REGISTRY_V2_EVENTS, REGISTRY_V2),
    l(
        &REGISTRY,
        &[2],
        &[(30, "TxRCommit"), (31, "TxRPrepare"), (32, "TxRRollback")],
        &[
            f("TxrGUID", K::Guid),
            f("Status", K::Status),
            f("UowCount", K::U32),
            f("OperationTime", K::U64),
            f("Hive", K::WStr),
        ],
    ),
    l(
        &REGISTRY,
        &[2],
        &[(34, "Counters")],
        &[
            f("Counter1", K::U64),
            f("Counter2", K::U64),
            f("Counter3", K::U64),
            f("Counter4", K::U64),
            f("Counter5", K::U64),
            f("Counter6", K::U64),
            f("Counter7", K::U64),
            f("Counter8", K::U64),
            f("Counter9", K::U64),
            f("Counter10", K::U64),
            f("Counter11", K::U64),
        ],
    ),
    l(&REGISTRY, &[2], &[(35, "Config")], &[f("CurrentControlSet", K::U32)]),
    l(
        &REGISTRY,
        &[2],
        &[(36, "HiveInit")],
        &[
            f("Hive", K::Ptr),
            f("OperationType", K::U32),
            f("PoolTag", K::X32),
            f("Size", K::U32),
            f("FileName", K::WStr),
        ],
    ),
    l(&REGISTRY, &[2], &[(37, "HiveDestroy")], &[f("Hive", K::Ptr), f("FileName", K::WStr), f("Path", K::WStr)]),
    l(&REGISTRY, &[2], &[(38, "HiveLink")], &[f("Hive", K::Ptr), f("Path", K::WStr)]),
    l(
        &REGISTRY,
        &[2],
        &[(39, "HiveDCEnd")],
        &[
            f("Size", K::U64),
            f("Hive", K::Ptr),
            f("LoadedKeyCount", K::U32),
            f("FileName", K::WStr),
            f("LinkPath", K::WStr),
        ],
    ),
    l(&REGISTRY, &[2], &[(40, "HiveDirty")], &[f("Hive", K::Ptr), f("LinkPath", K::WStr), f("DirtyReason", K::U32)]),
    l(
        &REGISTRY,
        &[2],
        &[(48, "ChangeNotify")],
        &[
            f("Notification", K::Ptr),
            f("KeyHandle", K::Ptr),
            f("Type", K::U8),
            f("WatchSubtree", K::U8),
            f("Primary", K::U8),
        ],
    ),
    // SplitIo, ALPC, Lost_Event.
    l(&SPLIT_IO, &[2], &[(32, "VolMgr")], &[f("ParentIrp", K::Ptr), f("ChildIrp", K::Ptr)]),
    l(
        &ALPC,
        &[2],
        &[(33, "ALPC-Send-Message"), (34, "ALPC-Receive-Message"), (35, "ALPC-Wait-For-Reply")],
        &[f("MessageID", K::U32)],
    ),
    l(&ALPC, &[2], &[(36, "ALPC-Wait-For-New-Message")], &[f("IsServerPort", K::U32), f("PortName", K::WStr)]),
    l(&ALPC, &[2], &[(37, "ALPC-Unwait")], &[f("Status", K::Status)]),
    l(&LOST_EVENT, &[0], &[(32, "RTLostEvent"), (33, "RTLostBuffer"), (34, "RTLostFile")], &[]),
    // SystemConfig.
    l(&SYSTEM_CONFIG, &[2], &[(10, "CPU")], CPU_V2),
    l(&SYSTEM_CONFIG, &[3], &[(10, "CPU")], CPU_V3),
    l(&SYSTEM_CONFIG, &[2], &[(11, "PhyDisk")], PHY_DISK),
    l(&SYSTEM_CONFIG, &[2], &[(12, "LogDisk")], LOG_DISK),
    l(&SYSTEM_CONFIG, &[2], &[(13, "NIC")], NIC_V2),
    l(&SYSTEM_CONFIG, &[2], &[(14, "Video")], VIDEO),
    l(&SYSTEM_CONFIG, &[2], &[(15, "Services")], SERVICES_V2),
    l(&SYSTEM_CONFIG, &[3], &[(15, "Services")], SERVICES_V3),
    l(&SYSTEM_CONFIG, &[2], &[(16, "Power")], POWER),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(17, "Network")],
        &[
            f("TcbTablePartitions", K::U32),
            f("MaxHashTableSize", K::U32),
            f("MaxUserPort", K::U32),
            f("TcpTimedWaitDelay", K::U32),
        ],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(18, "OpticalDisk")], OPTICAL_DISK),
    l(&SYSTEM_CONFIG, &[2], &[(21, "IRQ")], IRQ_V2),
    l(&SYSTEM_CONFIG, &[3], &[(21, "IRQ")], IRQ_V3),
    l(&SYSTEM_CONFIG, &[2], &[(22, "PnP")], PNP_V2),
    l(&SYSTEM_CONFIG, &[3], &[(22, "PnP")], PNP_V3),
    l(&SYSTEM_CONFIG, &[4], &[(22, "PnP")], PNP_V4),
    l(&SYSTEM_CONFIG, &[5], &[(22, "PnP")], PNP_V5),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(23, "IDEChannel")],
        &[
            f("TargetId", K::U32),
            f("DeviceType", K::X32),
            f("DeviceTimingMode", K::X32),
            f("LocationInformationLen", K::U32),
            f("LocationInformation", K::WStr),
        ],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(24, "NumaNode")], &[f("NodeCount", K::U32), f("NodeMap", K::Arr(&K::U64, 0))]),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(25, "Platform")],
        &[
            f("SystemManufacturer", K::WStr),
            f("SystemProductName", K::WStr),
            f("BiosDate", K::WStr),
            f("BiosVersion", K::WStr),
        ],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(26, "ProcessorGroup")], &[f("GroupCount", K::U32), f("Affinity", K::Arr(&K::Ptr, 0))]),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(27, "ProcessorNumber")],
        &[f("ProcessorCount", K::U32), f("ProcessorNumber", K::Arr(&K::X32, 0))],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(28, "DPI")], &[f("MachineDPI", K::U32), f("UserDPI", K::U32)]),
    l(&SYSTEM_CONFIG, &[2], &[(29, "CodeIntegrity")], &[f("CodeIntegrityInfo", K::X32)]),
    l(&SYSTEM_CONFIG, &[2], &[(30, "TelemetryConfiguration")], &[f("MachineId", K::Guid)]),
    l(&SYSTEM_CONFIG, &[2], &[(31, "Defragmentation")], DEFRAG),
    l(&SYSTEM_CONFIG, &[2], &[(32, "MobilePlatform")], MOBILE_PLATFORM_V2),
    l(&SYSTEM_CONFIG, &[3], &[(32, "MobilePlatform")], MOBILE_PLATFORM_V3),
    l(&SYSTEM_CONFIG, &[4], &[(32, "MobilePlatform")], MOBILE_PLATFORM_V4),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(33, "DeviceFamily")],
        &[f("UAPInfo", K::U64), f("DeviceFamily", K::U32), f("DeviceForm", K::U32)],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(34, "FlightIds")], &[f("UpdateId", K::WStr), f("FlightIdList", K::WStr)]),
    l(&SYSTEM_CONFIG, &[2], &[(35, "Processors")], PROCESSORS),
    l(
        &SYSTEM_CONFIG,
        &[2],
        &[(36, "Virtualization Config Info")],
        &[f("VbsEnabled", K::U8), f("HvciEnabled", K::U8), f("HyperVisorEnabled", K::U8), f("Reserved", K::U8)],
    ),
    l(&SYSTEM_CONFIG, &[2], &[(37, "Boot Config Info")], &[f("BootFlags", K::X64)]),
    // KernelTraceControl: SysConfigEx.
    l(
        &SYS_CONFIG_EX,
        &[0],
        &[(32, "BuildInfo")],
        &[f("InstallDate", K::FileTime), f("BuildLab", K::WStr), f("ProductName", K::WStr)],
    ),
    l(
        &SYS_CONFIG_EX,
        &[0],
        &[(33, "SystemPaths")],
        &[f("SystemDirectory", K::WStr), f("SystemWindowsDirectory", K::WStr)],
    ),
    l(&SYS_CONFIG_EX, &[0], &[(34, "UnknownVolume")], &[f("NtPath", K::WStr)]),
    l(&SYS_CONFIG_EX, &[0], &[(35, "VolumeMapping")], &[f("NtPath", K::WStr), f("DosPath", K::WStr)]),
    // KernelTraceControl: ImageID.
    l(
        &IMAGE_ID,
        &[0, 1, 2],
        &[(0, "Info")],
        &[
            f("ImageBase", K::Ptr),
            f("ImageSize", K::SizeT),
            f("ProcessId", K::U32),
            f("TimeDateStamp", K::U32),
            f("OriginalFileName", K::WStr),
        ],
    ),
    l(&IMAGE_ID, &[0, 1, 2], &[(32, "None"), (40, "DbgDeterm")], &[f("ImageBase", K::Ptr), f("ProcessId", K::U32)]),
    l(&IMAGE_ID, &[0, 1, 2], &[(36, "DbgID_RSDS"), (37, "DbgID_ILRSDS")], DBG_ID_RSDS),
    l(
        &IMAGE_ID,
        &[0, 1, 2],
        &[(38, "DbgPPDB")],
        &[
            f("ImageBase", K::Ptr),
            f("ProcessId", K::U32),
            f("TimeDateStamp", K::U32),
            f("MajorVersion", K::U16),
            f("MinorVersion", K::U16),
        ],
    ),
    l(
        &IMAGE_ID,
        &[0, 1, 2],
        &[(64, "FileVersion")],
        &[
            f("ImageSize", K::U32),
            f("TimeDateStamp", K::U32),
            f("OrigFileName", K::WStr),
            f("FileDescription", K::WStr),
            f("FileVersion", K::WStr),
            f("BinFileVersion", K::WStr),
            f("VerLanguage", K::WStr),
            f("ProductName", K::WStr),
            f("CompanyName", K::WStr),
            f("ProductVersion", K::WStr),
            f("FileId", K::WStr),
            f("ProgramId", K::WStr),
        ],
    ),
    // KernelTraceControl: WinSat.
    l(&WIN_SAT, &[0, 1, 2], &[(33, "WinSPR"), (35, "Metrics"), (37, "SystemConfig")], WIN_SAT_XML),
];
