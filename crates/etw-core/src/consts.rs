//! On-disk and on-the-wire constants as open newtypes.
//!
//! Every type here wraps the raw number and keeps any value, known or not: an unknown header kind, extended
//! item type or flag round-trips and prints as `Unknown(0x1f)` instead of being dropped. Known values are
//! associated constants named as in the Windows headers (without their common prefix).

use core::fmt;

macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident($repr:ty) {
            $( $(#[$cmeta:meta])* $konst:ident = $value:expr => $text:expr, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub $repr);

        impl $name {
            $( $(#[$cmeta])* pub const $konst: $name = $name($value); )*

            /// The name of a known value (as in the Windows headers, without prefix), `None` for an unknown one.
            pub const fn name(self) -> Option<&'static str> {
                match self.0 {
                    $( $value => Some($text), )*
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.name() {
                    Some(n) => f.write_str(n),
                    None => write!(f, "Unknown({:#x})", self.0),
                }
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self)
            }
        }

        impl From<$repr> for $name {
            fn from(v: $repr) -> Self {
                $name(v)
            }
        }
    };
}

macro_rules! open_flags {
    (
        $(#[$meta:meta])*
        $name:ident($repr:ty) {
            $( $(#[$cmeta:meta])* $konst:ident = $value:expr => $text:expr, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name(pub $repr);

        impl $name {
            $( $(#[$cmeta])* pub const $konst: $name = $name($value); )*

            const KNOWN: &'static [($repr, &'static str)] = &[ $( ($value, $text), )* ];

            /// True if every bit of `other` is set.
            pub const fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0
            }

            /// The raw bits.
            pub const fn bits(self) -> $repr {
                self.0
            }

            /// Names of the known bits that are set, in bit order.
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                Self::KNOWN.iter().filter(move |(v, _)| *v != 0 && self.0 & *v == *v).map(|(_, n)| *n)
            }

            /// Bits that are set but have no name.
            #[allow(clippy::indexing_slicing)] // `i` is bounded by the loop condition (no iterators in const fn).
            pub const fn unknown_bits(self) -> $repr {
                let mut known: $repr = 0;
                let mut i = 0;
                while i < Self::KNOWN.len() {
                    known |= Self::KNOWN[i].0;
                    i += 1;
                }
                self.0 & !known
            }
        }

        impl core::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, rhs: $name) -> $name {
                $name(self.0 | rhs.0)
            }
        }

        /// Prints as `0x21 (FLUSH_MARKER|PROC_INDEX)`; unnamed bits appear as `Unknown(0x..)`.
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:#x}", self.0)?;
                if self.0 == 0 {
                    return Ok(());
                }
                f.write_str(" (")?;
                let mut first = true;
                for n in self.names() {
                    if !first {
                        f.write_str("|")?;
                    }
                    first = false;
                    f.write_str(n)?;
                }
                let unknown = self.unknown_bits();
                if unknown != 0 {
                    if !first {
                        f.write_str("|")?;
                    }
                    write!(f, "Unknown({:#x})", unknown)?;
                }
                f.write_str(")")
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self)
            }
        }
    };
}

open_enum! {
    /// `TRACE_HEADER_TYPE_*`: which fixed header starts a record in a trace buffer (byte 2 of the marker).
    HeaderKind(u8) {
        /// `SYSTEM_TRACE_HEADER` from a 32-bit logger (kernel events; 0x20 bytes).
        SYSTEM32 = 0x01 => "SYSTEM32",
        /// `SYSTEM_TRACE_HEADER` from a 64-bit logger.
        SYSTEM64 = 0x02 => "SYSTEM64",
        /// Compact system header: `SYSTEM_TRACE_HEADER` without the CPU times (0x18 bytes), 32-bit.
        COMPACT32 = 0x03 => "COMPACT32",
        /// Compact system header, 64-bit.
        COMPACT64 = 0x04 => "COMPACT64",
        /// Classic `EVENT_TRACE_HEADER` (MOF events, 0x30 bytes), 32-bit payload.
        FULL_HEADER32 = 0x0A => "FULL_HEADER32",
        /// `EVENT_INSTANCE_GUID_HEADER` (0x48 bytes), 32-bit payload.
        INSTANCE32 = 0x0B => "INSTANCE32",
        /// `TIMED_TRACE_HEADER` (0x10 bytes). Windows defines it but does not use it.
        TIMED = 0x0C => "TIMED",
        /// An error record written when logging an event failed; no public layout.
        ERROR = 0x0D => "ERROR",
        /// A logged `WNODE_HEADER` (0x30 bytes). Windows defines it but does not use it.
        WNODE_HEADER = 0x0E => "WNODE_HEADER",
        /// `MESSAGE_TRACE_HEADER`: WPP and other `TraceMessage` events.
        MESSAGE = 0x0F => "MESSAGE",
        /// `PERFINFO_TRACE_HEADER` (kernel events without thread/process; 0x10 bytes), 32-bit.
        PERFINFO32 = 0x10 => "PERFINFO32",
        /// `PERFINFO_TRACE_HEADER`, 64-bit.
        PERFINFO64 = 0x11 => "PERFINFO64",
        /// `EVENT_HEADER` (manifest, TraceLogging and EventSource events; 0x50 bytes), 32-bit.
        EVENT_HEADER32 = 0x12 => "EVENT_HEADER32",
        /// `EVENT_HEADER`, 64-bit.
        EVENT_HEADER64 = 0x13 => "EVENT_HEADER64",
        /// Classic `EVENT_TRACE_HEADER`, 64-bit payload.
        FULL_HEADER64 = 0x14 => "FULL_HEADER64",
        /// `EVENT_INSTANCE_GUID_HEADER`, 64-bit payload.
        INSTANCE64 = 0x15 => "INSTANCE64",
    }
}

impl HeaderKind {
    /// Every known header kind, in numeric order.
    pub const ALL: [HeaderKind; 16] = [
        HeaderKind::SYSTEM32,
        HeaderKind::SYSTEM64,
        HeaderKind::COMPACT32,
        HeaderKind::COMPACT64,
        HeaderKind::FULL_HEADER32,
        HeaderKind::INSTANCE32,
        HeaderKind::TIMED,
        HeaderKind::ERROR,
        HeaderKind::WNODE_HEADER,
        HeaderKind::MESSAGE,
        HeaderKind::PERFINFO32,
        HeaderKind::PERFINFO64,
        HeaderKind::EVENT_HEADER32,
        HeaderKind::EVENT_HEADER64,
        HeaderKind::FULL_HEADER64,
        HeaderKind::INSTANCE64,
    ];

    /// The pointer size the kind implies for the payload (4 or 8), `None` when the kind does not say.
    pub const fn pointer_size(self) -> Option<u8> {
        match self {
            HeaderKind::SYSTEM32
            | HeaderKind::COMPACT32
            | HeaderKind::FULL_HEADER32
            | HeaderKind::INSTANCE32
            | HeaderKind::PERFINFO32
            | HeaderKind::EVENT_HEADER32 => Some(4),
            HeaderKind::SYSTEM64
            | HeaderKind::COMPACT64
            | HeaderKind::FULL_HEADER64
            | HeaderKind::INSTANCE64
            | HeaderKind::PERFINFO64
            | HeaderKind::EVENT_HEADER64 => Some(8),
            _ => None,
        }
    }

    /// True for the kernel headers identified by a hook id (system, compact, perfinfo).
    pub const fn is_kernel(self) -> bool {
        matches!(
            self,
            HeaderKind::SYSTEM32
                | HeaderKind::SYSTEM64
                | HeaderKind::COMPACT32
                | HeaderKind::COMPACT64
                | HeaderKind::PERFINFO32
                | HeaderKind::PERFINFO64
        )
    }

    /// True for the classic headers identified by a MOF class GUID (full, instance, wnode).
    pub const fn is_classic(self) -> bool {
        matches!(
            self,
            HeaderKind::FULL_HEADER32
                | HeaderKind::FULL_HEADER64
                | HeaderKind::INSTANCE32
                | HeaderKind::INSTANCE64
                | HeaderKind::WNODE_HEADER
        )
    }

    /// True for `EVENT_HEADER32`/`EVENT_HEADER64`.
    pub const fn is_event_header(self) -> bool {
        matches!(self, HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64)
    }
}

open_enum! {
    /// `TRACE_LEVEL_*` / `WINEVENT_LEVEL_*`: event severity, lower is more severe.
    Level(u8) {
        /// Log always (0).
        LOG_ALWAYS = 0 => "LogAlways",
        /// Critical (1).
        CRITICAL = 1 => "Critical",
        /// Error (2).
        ERROR = 2 => "Error",
        /// Warning (3).
        WARNING = 3 => "Warning",
        /// Informational (4).
        INFORMATION = 4 => "Informational",
        /// Verbose (5).
        VERBOSE = 5 => "Verbose",
    }
}

open_enum! {
    /// `EVENT_TRACE_TYPE_*` / `WINEVENT_OPCODE_*`: what the event marks in an activity.
    Opcode(u8) {
        /// Info (0).
        INFO = 0 => "Info",
        /// Start (1).
        START = 1 => "Start",
        /// Stop / end (2).
        STOP = 2 => "Stop",
        /// Data collection start (3).
        DC_START = 3 => "DCStart",
        /// Data collection stop (4).
        DC_STOP = 4 => "DCStop",
        /// Extension (5).
        EXTENSION = 5 => "Extension",
        /// Reply (6).
        REPLY = 6 => "Reply",
        /// Resume / dequeue (7).
        RESUME = 7 => "Resume",
        /// Suspend / checkpoint (8).
        SUSPEND = 8 => "Suspend",
        /// Send (9).
        SEND = 9 => "Send",
        /// Receive (240).
        RECEIVE = 240 => "Receive",
    }
}

open_enum! {
    /// The event channel from the descriptor; 11 marks TraceLogging events.
    Channel(u8) {
        /// No channel (classic and most manifest events).
        NONE = 0 => "None",
        /// System.
        SYSTEM = 8 => "System",
        /// Application.
        APPLICATION = 9 => "Application",
        /// Security.
        SECURITY = 10 => "Security",
        /// TraceLogging (`WINEVENT_CHANNEL_TRACELOGGING`).
        TRACELOGGING = 11 => "TraceLogging",
        /// Provider metadata (`WINEVENT_CHANNEL_PROVIDERMETADATA`).
        PROVIDER_METADATA = 12 => "ProviderMetadata",
    }
}

open_enum! {
    /// `EVENT_HEADER_EXT_TYPE_*`: the type of an extended data item.
    ExtType(u16) {
        /// Related activity id (GUID).
        RELATED_ACTIVITYID = 0x0001 => "RELATED_ACTIVITYID",
        /// Security identifier of the user.
        SID = 0x0002 => "SID",
        /// Terminal session id (u32).
        TS_ID = 0x0003 => "TS_ID",
        /// Instance info (`EVENT_EXTENDED_ITEM_INSTANCE`).
        INSTANCE_INFO = 0x0004 => "INSTANCE_INFO",
        /// Call stack with 32-bit addresses.
        STACK_TRACE32 = 0x0005 => "STACK_TRACE32",
        /// Call stack with 64-bit addresses.
        STACK_TRACE64 = 0x0006 => "STACK_TRACE64",
        /// PEBS index.
        PEBS_INDEX = 0x0007 => "PEBS_INDEX",
        /// PMC counters.
        PMC_COUNTERS = 0x0008 => "PMC_COUNTERS",
        /// PSM key.
        PSM_KEY = 0x0009 => "PSM_KEY",
        /// Event key (u64).
        EVENT_KEY = 0x000A => "EVENT_KEY",
        /// TraceLogging event schema (self-describing metadata).
        EVENT_SCHEMA_TL = 0x000B => "EVENT_SCHEMA_TL",
        /// Provider traits (provider name and group).
        PROV_TRAITS = 0x000C => "PROV_TRAITS",
        /// Process start key (u64).
        PROCESS_START_KEY = 0x000D => "PROCESS_START_KEY",
        /// Control GUID.
        CONTROL_GUID = 0x000E => "CONTROL_GUID",
        /// QPC delta.
        QPC_DELTA = 0x000F => "QPC_DELTA",
        /// Container id (GUID).
        CONTAINER_ID = 0x0010 => "CONTAINER_ID",
        /// Stack key, 32-bit.
        STACK_KEY32 = 0x0011 => "STACK_KEY32",
        /// Stack key, 64-bit.
        STACK_KEY64 = 0x0012 => "STACK_KEY64",
    }
}

open_flags! {
    /// `EVENT_HEADER_FLAG_*`: flags of an `EVENT_HEADER` (and of the `EVENT_RECORD` a live session delivers).
    EventHeaderFlags(u16) {
        /// Extended data items follow the header.
        EXTENDED_INFO = 0x0001 => "EXTENDED_INFO",
        /// Private session: `ProcessorTime` instead of kernel/user times.
        PRIVATE_SESSION = 0x0002 => "PRIVATE_SESSION",
        /// The payload is a NUL-terminated UTF-16 string.
        STRING_ONLY = 0x0004 => "STRING_ONLY",
        /// A `TraceMessage` (WPP) event.
        TRACE_MESSAGE = 0x0008 => "TRACE_MESSAGE",
        /// No CPU times.
        NO_CPUTIME = 0x0010 => "NO_CPUTIME",
        /// Written by a 32-bit provider: pointers are 4 bytes.
        HEADER_32_BIT = 0x0020 => "32_BIT_HEADER",
        /// Written by a 64-bit provider: pointers are 8 bytes.
        HEADER_64_BIT = 0x0040 => "64_BIT_HEADER",
        /// Decode GUID (the provider id is a decode GUID).
        DECODE_GUID = 0x0080 => "DECODE_GUID",
        /// A classic (MOF) event; the provider id is the class GUID and the opcode the event type.
        CLASSIC_HEADER = 0x0100 => "CLASSIC_HEADER",
        /// The processor is an index, not a number.
        PROCESSOR_INDEX = 0x0200 => "PROCESSOR_INDEX",
    }
}

open_flags! {
    /// `EVENT_HEADER_PROPERTY_*`.
    EventProperty(u16) {
        /// The payload is XML.
        XML = 0x0001 => "XML",
        /// Forwarded XML.
        FORWARDED_XML = 0x0002 => "FORWARDED_XML",
        /// Legacy event log.
        LEGACY_EVENTLOG = 0x0004 => "LEGACY_EVENTLOG",
        /// Reloggable.
        RELOGGABLE = 0x0008 => "RELOGGABLE",
    }
}

open_flags! {
    /// `ETW_BUFFER_FLAG_*` in a buffer header.
    BufferFlags(u16) {
        /// Flush marker.
        FLUSH_MARKER = 0x0001 => "FLUSH_MARKER",
        /// Events were lost while this buffer was filled.
        EVENTS_LOST = 0x0002 => "EVENTS_LOST",
        /// A buffer was lost before this one.
        BUFFER_LOST = 0x0004 => "BUFFER_LOST",
        /// Real-time backup corrupt.
        RTBACKUP_CORRUPT = 0x0008 => "RTBACKUP_CORRUPT",
        /// Real-time backup.
        RTBACKUP = 0x0010 => "RTBACKUP",
        /// The processor field is a 16-bit processor index.
        PROC_INDEX = 0x0020 => "PROC_INDEX",
        /// The buffer's data is LZXpress compressed.
        COMPRESSED = 0x0040 => "COMPRESSED",
    }
}

open_enum! {
    /// `ETW_BUFFER_TYPE_*` in a buffer header.
    BufferType(u16) {
        /// Generic.
        GENERIC = 0 => "GENERIC",
        /// Rundown.
        RUNDOWN = 1 => "RUNDOWN",
        /// Context swap.
        CTX_SWAP = 2 => "CTX_SWAP",
        /// Reference time.
        REFTIME = 3 => "REFTIME",
        /// The logfile header buffer.
        HEADER = 4 => "HEADER",
        /// Batched.
        BATCHED = 5 => "BATCHED",
        /// Empty marker.
        EMPTY_MARKER = 6 => "EMPTY_MARKER",
        /// Debug info.
        DBG_INFO = 7 => "DBG_INFO",
    }
}

open_enum! {
    /// The clock a session stamped events with (`ReservedFlags` of the logfile header, `ClientContext` of a session).
    ClockType(u32) {
        /// Query performance counter, ticks at `PerfFreq` per second (0 also means this: the default).
        QPC = 1 => "QPC",
        /// System time: 100 ns units since 1601 (`FILETIME`).
        SYSTEM_TIME = 2 => "SystemTime",
        /// CPU cycle counter, `CpuSpeedInMHz` million ticks per second.
        CPU_CYCLE = 3 => "CpuCycle",
    }
}

open_enum! {
    /// The group of a kernel hook id (`EVENT_TRACE_GROUP_*` >> 8): which kernel subsystem logged the event.
    KernelGroup(u8) {
        /// Trace header and session events (`EventTrace`).
        HEADER = 0x00 => "EventTrace",
        /// Disk I/O.
        IO = 0x01 => "DiskIo",
        /// Memory: page faults.
        MEMORY = 0x02 => "PageFault",
        /// Process.
        PROCESS = 0x03 => "Process",
        /// File I/O.
        FILE = 0x04 => "FileIo",
        /// Thread.
        THREAD = 0x05 => "Thread",
        /// TCP/IP.
        TCPIP = 0x06 => "TcpIp",
        /// Job.
        JOB = 0x07 => "Job",
        /// UDP/IP.
        UDPIP = 0x08 => "UdpIp",
        /// Registry.
        REGISTRY = 0x09 => "Registry",
        /// Debug print.
        DBGPRINT = 0x0A => "DbgPrint",
        /// System configuration (`SysConfig`).
        CONFIG = 0x0B => "SystemConfig",
        /// Spare.
        SPARE1 = 0x0C => "Spare1",
        /// Windows Notification Facility.
        WNF = 0x0D => "Wnf",
        /// Pool.
        POOL = 0x0E => "Pool",
        /// Performance info: sampled profile, system calls, ISR, DPC, ...
        PERFINFO = 0x0F => "PerfInfo",
        /// Heap.
        HEAP = 0x10 => "Heap",
        /// Object manager.
        OBJECT = 0x11 => "Object",
        /// Power.
        POWER = 0x12 => "Power",
        /// Modbound.
        MODBOUND = 0x13 => "Modbound",
        /// Image load.
        IMAGE = 0x14 => "Image",
        /// DPC.
        DPC = 0x15 => "Dpc",
        /// Cache manager.
        CC = 0x16 => "CacheManager",
        /// Critical sections.
        CRITSEC = 0x17 => "CritSec",
        /// Stack walk.
        STACKWALK = 0x18 => "StackWalk",
        /// User-mode scheduling.
        UMS = 0x19 => "Ums",
        /// ALPC.
        ALPC = 0x1A => "Alpc",
        /// Split I/O.
        SPLITIO = 0x1B => "SplitIo",
        /// Thread pool.
        THREAD_POOL = 0x1C => "ThreadPool",
        /// Hypervisor.
        HYPERVISOR = 0x1D => "Hypervisor",
        /// Hypervisor (extended).
        HYPERVISORX = 0x1E => "HypervisorX",
    }
}

impl KernelGroup {
    /// The kernel MOF class GUID a live session reports for this group's events (the `*Guid` constants of
    /// evntrace.h, e.g. `ProcessGuid`), where there is one. In an ETL file kernel events carry only their hook
    /// id; this maps them to the provider GUID a live `EVENT_RECORD` would show.
    pub const fn class_guid(self) -> Option<crate::Guid> {
        use crate::Guid;
        Some(match self {
            KernelGroup::HEADER => Guid::parse_const("68fdd900-4a3e-11d1-84f4-0000f80464e3"),
            KernelGroup::IO => Guid::parse_const("3d6fa8d4-fe05-11d0-9dda-00c04fd7ba7c"),
            KernelGroup::MEMORY => Guid::parse_const("3d6fa8d3-fe05-11d0-9dda-00c04fd7ba7c"),
            KernelGroup::PROCESS => Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c"),
            KernelGroup::FILE => Guid::parse_const("90cbdc39-4a3e-11d1-84f4-0000f80464e3"),
            KernelGroup::THREAD => Guid::parse_const("3d6fa8d1-fe05-11d0-9dda-00c04fd7ba7c"),
            KernelGroup::TCPIP => Guid::parse_const("9a280ac0-c8e0-11d1-84e2-00c04fb998a2"),
            KernelGroup::JOB => Guid::parse_const("3282fc76-feed-498e-8aa7-e70f459d430e"),
            KernelGroup::UDPIP => Guid::parse_const("bf3a50c5-a9c9-4988-a005-2df0b7c80f80"),
            KernelGroup::REGISTRY => Guid::parse_const("ae53722e-c863-11d2-8659-00c04fa321a1"),
            KernelGroup::DBGPRINT => Guid::parse_const("13976d09-a327-438c-950b-7f03192815c7"),
            KernelGroup::CONFIG => Guid::parse_const("01853a65-418f-4f36-aefc-dc0f1d2fd235"),
            KernelGroup::POOL => Guid::parse_const("0268a8b6-74fd-4302-9dd0-6e8f1795c0cf"),
            KernelGroup::PERFINFO => Guid::parse_const("ce1dbfb4-137e-4da6-87b0-3f59aa102cbc"),
            KernelGroup::HEAP => Guid::parse_const("222962ab-6180-4b88-a825-346b75f2a24a"),
            KernelGroup::OBJECT => Guid::parse_const("89497f50-effe-4440-8cf2-ce6b1cdcaca7"),
            KernelGroup::POWER => Guid::parse_const("e43445e0-0903-48c3-b878-ff0fccebdd04"),
            KernelGroup::IMAGE => Guid::parse_const("2cb15d1d-5fc1-11d2-abe1-00a0c911f518"),
            KernelGroup::CRITSEC => Guid::parse_const("3ac66736-cc59-4cff-8115-8df50e39816b"),
            KernelGroup::STACKWALK => Guid::parse_const("def2fe46-7bd6-4b80-bd94-f57fe20d0ce3"),
            KernelGroup::UMS => Guid::parse_const("9aec974b-5b8e-4118-9b92-3186d8002ce5"),
            KernelGroup::ALPC => Guid::parse_const("45d8cccd-539f-4b72-a8b7-5c683142609a"),
            KernelGroup::SPLITIO => Guid::parse_const("d837ca92-12b9-44a5-ad6a-3a65b3578aa8"),
            KernelGroup::THREAD_POOL => Guid::parse_const("c861d0e2-a2c1-4d36-9f9c-970bab943a12"),
            _ => return None,
        })
    }
}

/// A kernel event's hook id: `group << 8 | type`. It identifies SYSTEM, COMPACT and PERFINFO records, which carry
/// no provider GUID of their own (the group maps to a kernel MOF class, the type is its opcode).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct HookId(pub u16);

impl HookId {
    /// Builds a hook id from group and type.
    pub const fn new(group: KernelGroup, kind: u8) -> HookId {
        HookId((group.0 as u16) << 8 | kind as u16)
    }
    /// The kernel group (high byte).
    pub const fn group(self) -> KernelGroup {
        KernelGroup((self.0 >> 8) as u8)
    }
    /// The event type within the group (low byte): the opcode of the kernel MOF class.
    pub const fn kind(self) -> u8 {
        (self.0 & 0xff) as u8
    }
}

impl fmt::Display for HookId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{} ({:#06x})", self.group(), self.kind(), self.0)
    }
}

impl fmt::Debug for HookId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HookId({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_values_round_trip_and_print() {
        assert_eq!(HeaderKind(0x1f).to_string(), "Unknown(0x1f)");
        assert_eq!(HeaderKind(0x13).to_string(), "EVENT_HEADER64");
        assert_eq!(ExtType(0x99).name(), None);
        assert_eq!(BufferFlags(0x61).to_string(), "0x61 (FLUSH_MARKER|PROC_INDEX|COMPRESSED)");
        assert_eq!(BufferFlags(0x8001).to_string(), "0x8001 (FLUSH_MARKER|Unknown(0x8000))");
        assert_eq!(HookId(0x060a).group(), KernelGroup::TCPIP);
        assert_eq!(HookId(0x060a).kind(), 10);
        assert_eq!(HookId::new(KernelGroup::UDPIP, 11), HookId(0x080b));
    }

    #[test]
    fn header_kind_classes() {
        for k in HeaderKind::ALL {
            assert!(k.name().is_some());
            let classes = [k.is_kernel(), k.is_classic(), k.is_event_header()].iter().filter(|b| **b).count();
            assert!(classes <= 1, "{k}");
        }
        assert_eq!(HeaderKind::PERFINFO32.pointer_size(), Some(4));
        assert_eq!(HeaderKind::MESSAGE.pointer_size(), None);
    }
}
