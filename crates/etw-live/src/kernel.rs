//! Kernel sessions: the `EVENT_TRACE_FLAG_*` enable flags, which kernel class each of krabsetw's kernel providers
//! stands for, extended group masks and stack walks.
//!
//! A [`KernelTrace`](crate::KernelTrace) enabled with [`etw_trace::kernel`] providers turns each provider's
//! class GUID into flags ([`flags_for_class`]); flags can also be given directly
//! ([`KernelTrace::flags`](crate::KernelTrace::flags)) or by name ([`parse_flags`], what `etw trace --kernel`
//! takes).

use core::fmt;

use etw_core::{Guid, KernelGroup};

/// `EVENT_TRACE_FLAG_*`: which kernel events a kernel session receives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct KernelFlags(pub u32);

impl KernelFlags {
    /// No kernel events (only the session's own header and, unless `NO_SYSCONFIG`, the configuration rundown).
    pub const NONE: KernelFlags = KernelFlags(0);
    /// Process start and end (`EVENT_TRACE_FLAG_PROCESS`).
    pub const PROCESS: KernelFlags = KernelFlags(0x0000_0001);
    /// Thread start and end.
    pub const THREAD: KernelFlags = KernelFlags(0x0000_0002);
    /// Image (module) loads and unloads.
    pub const IMAGE_LOAD: KernelFlags = KernelFlags(0x0000_0004);
    /// Process counters (memory use at process end).
    pub const PROCESS_COUNTERS: KernelFlags = KernelFlags(0x0000_0008);
    /// Context switches.
    pub const CSWITCH: KernelFlags = KernelFlags(0x0000_0010);
    /// Deferred procedure calls.
    pub const DPC: KernelFlags = KernelFlags(0x0000_0020);
    /// Interrupts.
    pub const INTERRUPT: KernelFlags = KernelFlags(0x0000_0040);
    /// System calls.
    pub const SYSTEMCALL: KernelFlags = KernelFlags(0x0000_0080);
    /// Disk I/O completions.
    pub const DISK_IO: KernelFlags = KernelFlags(0x0000_0100);
    /// File names of disk I/O (`FileIo` name rundown).
    pub const DISK_FILE_IO: KernelFlags = KernelFlags(0x0000_0200);
    /// Disk I/O starts.
    pub const DISK_IO_INIT: KernelFlags = KernelFlags(0x0000_0400);
    /// Thread dispatch (ready thread).
    pub const DISPATCHER: KernelFlags = KernelFlags(0x0000_0800);
    /// All page faults.
    pub const MEMORY_PAGE_FAULTS: KernelFlags = KernelFlags(0x0000_1000);
    /// Hard page faults.
    pub const MEMORY_HARD_FAULTS: KernelFlags = KernelFlags(0x0000_2000);
    /// Virtual memory allocation and free.
    pub const VIRTUAL_ALLOC: KernelFlags = KernelFlags(0x0000_4000);
    /// Mapping of files into memory.
    pub const VAMAP: KernelFlags = KernelFlags(0x0000_8000);
    /// TCP/IP and UDP/IP.
    pub const NETWORK_TCPIP: KernelFlags = KernelFlags(0x0001_0000);
    /// Registry.
    pub const REGISTRY: KernelFlags = KernelFlags(0x0002_0000);
    /// Debug prints.
    pub const DBGPRINT: KernelFlags = KernelFlags(0x0004_0000);
    /// Job objects.
    pub const JOB: KernelFlags = KernelFlags(0x0008_0000);
    /// ALPC.
    pub const ALPC: KernelFlags = KernelFlags(0x0010_0000);
    /// Split I/O.
    pub const SPLIT_IO: KernelFlags = KernelFlags(0x0020_0000);
    /// Driver delays.
    pub const DRIVER: KernelFlags = KernelFlags(0x0080_0000);
    /// Sampled profile (CPU samples).
    pub const PROFILE: KernelFlags = KernelFlags(0x0100_0000);
    /// File I/O completions.
    pub const FILE_IO: KernelFlags = KernelFlags(0x0200_0000);
    /// File I/O requests.
    pub const FILE_IO_INIT: KernelFlags = KernelFlags(0x0400_0000);
    /// Leave out the system configuration rundown at the end of the session.
    pub const NO_SYSCONFIG: KernelFlags = KernelFlags(0x1000_0000);

    /// True if every bit of `other` is set.
    pub const fn contains(self, other: KernelFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// True if no bit is set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The names of the set bits (as [`parse_flags`] takes them), and unnamed bits in hex.
    pub fn names(self) -> Vec<String> {
        let mut out = Vec::new();
        let mut known = 0;
        for (name, f, _) in FLAG_NAMES {
            if self.contains(*f) && known & f.0 != f.0 {
                out.push((*name).to_owned());
                known |= f.0;
            }
        }
        if self.0 & !known != 0 {
            out.push(format!("{:#x}", self.0 & !known));
        }
        out
    }
}

impl core::ops::BitOr for KernelFlags {
    type Output = KernelFlags;
    fn bitor(self, rhs: KernelFlags) -> KernelFlags {
        KernelFlags(self.0 | rhs.0)
    }
}

impl core::ops::BitOrAssign for KernelFlags {
    fn bitor_assign(&mut self, rhs: KernelFlags) {
        self.0 |= rhs.0;
    }
}

impl fmt::Display for KernelFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        f.write_str(&self.names().join(","))
    }
}

/// Flag names (the first of each flag is its canonical name), the flags, and what they give.
pub const FLAG_NAMES: &[(&str, KernelFlags, &str)] = &[
    ("process", KernelFlags::PROCESS, "process start, end and rundown"),
    ("thread", KernelFlags::THREAD, "thread start, end and rundown"),
    ("image", KernelFlags::IMAGE_LOAD, "image (DLL, driver) loads and unloads"),
    ("image_load", KernelFlags::IMAGE_LOAD, ""),
    ("process_counters", KernelFlags::PROCESS_COUNTERS, "process memory counters"),
    ("cswitch", KernelFlags::CSWITCH, "context switches"),
    ("context_switch", KernelFlags::CSWITCH, ""),
    ("dpc", KernelFlags::DPC, "deferred procedure calls"),
    ("interrupt", KernelFlags::INTERRUPT, "interrupts"),
    ("syscall", KernelFlags::SYSTEMCALL, "system calls"),
    ("system_call", KernelFlags::SYSTEMCALL, ""),
    ("disk_io", KernelFlags::DISK_IO, "disk I/O completions"),
    ("disk_file_io", KernelFlags::DISK_FILE_IO, "file names of disk I/O"),
    ("disk_io_init", KernelFlags::DISK_IO_INIT, "disk I/O starts"),
    ("dispatcher", KernelFlags::DISPATCHER, "thread dispatch (ready thread)"),
    ("thread_dispatch", KernelFlags::DISPATCHER, ""),
    ("page_faults", KernelFlags::MEMORY_PAGE_FAULTS, "all page faults"),
    ("memory_page_fault", KernelFlags::MEMORY_PAGE_FAULTS, ""),
    ("hard_faults", KernelFlags::MEMORY_HARD_FAULTS, "hard page faults"),
    ("memory_hard_fault", KernelFlags::MEMORY_HARD_FAULTS, ""),
    ("virtual_alloc", KernelFlags::VIRTUAL_ALLOC, "virtual memory allocation"),
    ("vamap", KernelFlags::VAMAP, "file mappings"),
    ("network", KernelFlags::NETWORK_TCPIP, "TCP/IP and UDP/IP"),
    ("tcpip", KernelFlags::NETWORK_TCPIP, ""),
    ("network_tcpip", KernelFlags::NETWORK_TCPIP, ""),
    ("registry", KernelFlags::REGISTRY, "registry"),
    ("dbgprint", KernelFlags::DBGPRINT, "debug prints"),
    ("debug_print", KernelFlags::DBGPRINT, ""),
    ("job", KernelFlags::JOB, "job objects"),
    ("alpc", KernelFlags::ALPC, "ALPC"),
    ("split_io", KernelFlags::SPLIT_IO, "split I/O"),
    ("driver", KernelFlags::DRIVER, "driver delays"),
    ("profile", KernelFlags::PROFILE, "sampled CPU profile"),
    ("file_io", KernelFlags::FILE_IO, "file I/O completions"),
    ("file_io_init", KernelFlags::FILE_IO_INIT, "file I/O requests"),
    ("no_sysconfig", KernelFlags::NO_SYSCONFIG, "no system configuration rundown"),
];

/// Flags from a comma-separated list of names ([`FLAG_NAMES`], case-insensitive) or numbers (`0x10`).
pub fn parse_flags(list: &str) -> Result<KernelFlags, String> {
    let mut flags = KernelFlags::NONE;
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let lower = part.to_ascii_lowercase();
        if let Some((_, f, _)) = FLAG_NAMES.iter().find(|(n, _, _)| *n == lower) {
            flags |= *f;
            continue;
        }
        let number = match lower.strip_prefix("0x") {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => lower.parse().ok(),
        };
        match number {
            Some(n) => flags |= KernelFlags(n),
            None => {
                let names: Vec<&str> =
                    FLAG_NAMES.iter().filter(|(_, _, doc)| !doc.is_empty()).map(|(n, _, _)| *n).collect();
                return Err(format!("unknown kernel flag '{part}' (known: {})", names.join(", ")));
            }
        }
    }
    if flags.is_empty() {
        return Err("no kernel flags given".to_owned());
    }
    Ok(flags)
}

/// The flags a kernel provider of [`etw_trace::kernel`] stands for, by its class GUID (krabsetw pairs each of its
/// kernel providers with a flag and the class its events carry). `None` for GUIDs that are not kernel classes.
///
/// | class | flags |
/// |---|---|
/// | Process | `PROCESS` |
/// | Thread | `THREAD` |
/// | Image | `IMAGE_LOAD` |
/// | DiskIo | `DISK_IO`, `DISK_IO_INIT` |
/// | FileIo | `FILE_IO`, `FILE_IO_INIT`, `DISK_FILE_IO` |
/// | TcpIp, UdpIp | `NETWORK_TCPIP` |
/// | Registry | `REGISTRY` |
/// | PageFault | `MEMORY_PAGE_FAULTS`, `MEMORY_HARD_FAULTS` |
/// | PerfInfo | `PROFILE` (system calls, DPCs and interrupts are separate flags) |
/// | ALPC | `ALPC` |
/// | SplitIo | `SPLIT_IO` |
/// | DbgPrint | `DBGPRINT` |
/// | Job | `JOB` |
/// | StackWalk, SystemConfig, EventTrace | none: stack walks are asked per event ([`KernelTrace::stack_walk`](crate::KernelTrace::stack_walk)); configuration and header events come anyway |
pub fn flags_for_class(class: &Guid) -> Option<KernelFlags> {
    let group = KERNEL_GROUPS.iter().copied().find(|g| g.class_guid().as_ref() == Some(class))?;
    Some(match group {
        KernelGroup::PROCESS => KernelFlags::PROCESS,
        KernelGroup::THREAD => KernelFlags::THREAD,
        KernelGroup::IMAGE => KernelFlags::IMAGE_LOAD,
        KernelGroup::IO => KernelFlags::DISK_IO | KernelFlags::DISK_IO_INIT,
        KernelGroup::FILE => KernelFlags::FILE_IO | KernelFlags::FILE_IO_INIT | KernelFlags::DISK_FILE_IO,
        KernelGroup::TCPIP | KernelGroup::UDPIP => KernelFlags::NETWORK_TCPIP,
        KernelGroup::REGISTRY => KernelFlags::REGISTRY,
        KernelGroup::MEMORY => KernelFlags::MEMORY_PAGE_FAULTS | KernelFlags::MEMORY_HARD_FAULTS,
        KernelGroup::PERFINFO => KernelFlags::PROFILE,
        KernelGroup::ALPC => KernelFlags::ALPC,
        KernelGroup::SPLITIO => KernelFlags::SPLIT_IO,
        KernelGroup::DBGPRINT => KernelFlags::DBGPRINT,
        KernelGroup::JOB => KernelFlags::JOB,
        _ => KernelFlags::NONE,
    })
}

/// True if `guid` is the class GUID of kernel events (what kernel sessions deliver; never routed elsewhere).
pub fn is_kernel_class(guid: &Guid) -> bool {
    KERNEL_GROUPS.iter().any(|g| g.class_guid().as_ref() == Some(guid))
}

/// The kernel groups with a class GUID.
const KERNEL_GROUPS: [KernelGroup; 24] = [
    KernelGroup::HEADER,
    KernelGroup::IO,
    KernelGroup::MEMORY,
    KernelGroup::PROCESS,
    KernelGroup::FILE,
    KernelGroup::THREAD,
    KernelGroup::TCPIP,
    KernelGroup::JOB,
    KernelGroup::UDPIP,
    KernelGroup::REGISTRY,
    KernelGroup::DBGPRINT,
    KernelGroup::CONFIG,
    KernelGroup::POOL,
    KernelGroup::PERFINFO,
    KernelGroup::HEAP,
    KernelGroup::OBJECT,
    KernelGroup::POWER,
    KernelGroup::IMAGE,
    KernelGroup::CRITSEC,
    KernelGroup::STACKWALK,
    KernelGroup::UMS,
    KernelGroup::ALPC,
    KernelGroup::SPLITIO,
    KernelGroup::THREAD_POOL,
];

/// `SystemTraceControlGuid`: the control GUID of the NT Kernel Logger.
pub const SYSTEM_TRACE_CONTROL_GUID: Guid = Guid::parse_const("9e814aad-3204-11d2-9a82-006008a86939");
/// The name of the classic kernel session.
pub const KERNEL_LOGGER_NAME: &str = "NT Kernel Logger";

/// A `PERFINFO_GROUPMASK`: eight 32-bit masks. Mask 0 holds the `EVENT_TRACE_FLAG_*` bits; the others hold
/// extended groups that have no flag. A group constant (`PERF_*` of ntwmi.h) keeps the mask index in its top
/// three bits and the bit in the rest: `PERF_OB_HANDLE` (`0x80000040`) is bit `0x40` of mask 4.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GroupMask(pub [u32; 8]);

/// `PERF_OB_HANDLE`: object manager handle events (krabsetw's object manager provider).
pub const PERF_OB_HANDLE: u32 = 0x8000_0040;

impl GroupMask {
    /// The mask with these flags in mask 0.
    pub const fn with_flags(flags: KernelFlags) -> GroupMask {
        GroupMask([flags.0, 0, 0, 0, 0, 0, 0, 0])
    }

    /// Sets a group given as a `PERF_*` constant.
    pub fn set(&mut self, group: u32) {
        let index = (group >> 29) as usize;
        if let Some(m) = self.0.get_mut(index) {
            *m |= group & 0x1FFF_FFFF;
        }
    }

    /// True if any mask beyond mask 0 has a bit set (then the session needs
    /// `TraceSetInformation(TraceSystemTraceEnableFlagsInfo)`).
    pub fn has_extended(&self) -> bool {
        self.0.iter().skip(1).any(|m| *m != 0)
    }
}

/// A kernel event whose call stack the session should capture: its class GUID and event type (opcode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StackEvent {
    /// The kernel class.
    pub class: Guid,
    /// The event type.
    pub opcode: u8,
}

impl StackEvent {
    /// The event `opcode` of the class of `group`.
    pub const fn of(group: KernelGroup, opcode: u8) -> StackEvent {
        let class = match group.class_guid() {
            Some(g) => g,
            None => Guid::ZERO,
        };
        StackEvent { class, opcode }
    }

    /// Process start (Process, type 1).
    pub const PROCESS_START: StackEvent = StackEvent::of(KernelGroup::PROCESS, 1);
    /// Process end (Process, type 2).
    pub const PROCESS_END: StackEvent = StackEvent::of(KernelGroup::PROCESS, 2);
    /// Thread start (Thread, type 1).
    pub const THREAD_START: StackEvent = StackEvent::of(KernelGroup::THREAD, 1);
    /// Image load (Image, type 10).
    pub const IMAGE_LOAD: StackEvent = StackEvent::of(KernelGroup::IMAGE, 10);
    /// File create (FileIo, type 64).
    pub const FILE_CREATE: StackEvent = StackEvent::of(KernelGroup::FILE, 64);
    /// Registry key create (Registry, type 10).
    pub const REGISTRY_CREATE: StackEvent = StackEvent::of(KernelGroup::REGISTRY, 10);
    /// TCP send over IPv4 (TcpIp, type 10).
    pub const TCP_SEND_V4: StackEvent = StackEvent::of(KernelGroup::TCPIP, 10);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_values_are_evntrace_h() {
        assert_eq!(KernelFlags::PROCESS.0, 1);
        assert_eq!(KernelFlags::IMAGE_LOAD.0, 4);
        assert_eq!(KernelFlags::NETWORK_TCPIP.0, 0x10000);
        assert_eq!(KernelFlags::REGISTRY.0, 0x20000);
        assert_eq!(KernelFlags::FILE_IO_INIT.0, 0x0400_0000);
        assert_eq!(KernelFlags::PROFILE.0, 0x0100_0000);
    }

    #[test]
    fn names_parse_and_print() {
        assert_eq!(parse_flags("process,image").unwrap(), KernelFlags::PROCESS | KernelFlags::IMAGE_LOAD);
        assert_eq!(parse_flags(" Process , IMAGE_LOAD ").unwrap(), KernelFlags(5));
        assert_eq!(parse_flags("0x10,registry").unwrap(), KernelFlags(0x20010));
        assert_eq!(parse_flags("65536").unwrap(), KernelFlags::NETWORK_TCPIP);
        let e = parse_flags("process,bogus").unwrap_err();
        assert!(e.contains("'bogus'") && e.contains("image"), "{e}");
        assert!(parse_flags("").is_err());
        assert!(parse_flags(",").is_err());
        assert_eq!((KernelFlags::PROCESS | KernelFlags::IMAGE_LOAD).to_string(), "process,image");
        assert_eq!(KernelFlags(0x4000_0001).to_string(), "process,0x40000000");
        assert_eq!(KernelFlags::NONE.to_string(), "none");
        // Every canonical name round-trips.
        for (name, f, doc) in FLAG_NAMES {
            assert_eq!(parse_flags(name).unwrap(), *f);
            if !doc.is_empty() {
                assert_eq!(f.to_string(), *name);
            }
        }
    }

    #[test]
    fn krabsetw_kernel_providers_map_to_flags() {
        use etw_trace::kernel;
        let flags = |p: etw_trace::Provider| match p.id() {
            etw_trace::ProviderId::Guid(g) => flags_for_class(g),
            etw_trace::ProviderId::Name(_) => None,
        };
        assert_eq!(flags(kernel::process()), Some(KernelFlags::PROCESS));
        assert_eq!(flags(kernel::thread()), Some(KernelFlags::THREAD));
        assert_eq!(flags(kernel::image_load()), Some(KernelFlags::IMAGE_LOAD));
        assert_eq!(flags(kernel::network_tcpip()), Some(KernelFlags::NETWORK_TCPIP));
        assert_eq!(flags(kernel::network_udpip()), Some(KernelFlags::NETWORK_TCPIP));
        assert_eq!(flags(kernel::registry()), Some(KernelFlags::REGISTRY));
        assert_eq!(flags(kernel::disk_io()), Some(KernelFlags::DISK_IO | KernelFlags::DISK_IO_INIT));
        assert!(flags(kernel::file_io()).unwrap().contains(KernelFlags::FILE_IO));
        assert_eq!(flags(kernel::page_fault()), Some(KernelFlags(0x3000)));
        assert_eq!(flags(kernel::perf_info()), Some(KernelFlags::PROFILE));
        assert_eq!(flags(kernel::alpc()), Some(KernelFlags::ALPC));
        assert_eq!(flags(kernel::stack_walk()), Some(KernelFlags::NONE));
        assert_eq!(flags(kernel::system_config()), Some(KernelFlags::NONE));
        assert_eq!(flags_for_class(&Guid::from_provider_name("x")), None);
        assert!(is_kernel_class(&KernelGroup::TCPIP.class_guid().unwrap()));
        assert!(!is_kernel_class(&SYSTEM_TRACE_CONTROL_GUID));
    }

    #[test]
    fn group_masks() {
        let mut m = GroupMask::with_flags(KernelFlags::PROCESS);
        assert!(!m.has_extended());
        m.set(PERF_OB_HANDLE);
        assert_eq!(m.0, [1, 0, 0, 0, 0x40, 0, 0, 0]);
        assert!(m.has_extended());
        m.set(0x2000_0002); // mask 1, bit 2
        assert_eq!(m.0[1], 2);
    }

    #[test]
    fn stack_events() {
        assert_eq!(StackEvent::PROCESS_START.class, KernelGroup::PROCESS.class_guid().unwrap());
        assert_eq!(StackEvent::PROCESS_START.opcode, 1);
        assert_eq!(StackEvent::IMAGE_LOAD.class, KernelGroup::IMAGE.class_guid().unwrap());
    }
}
