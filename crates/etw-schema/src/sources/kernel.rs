//! Built-in layouts of the classic kernel events (the NT Kernel Logger's MOF classes, `MSNT_SystemTrace`) and of
//! the classes KernelTraceControl adds when it merges a trace (image identities, system configuration).
//!
//! The kernel logs its events with SYSTEM, COMPACT and PERFINFO headers that carry a hook id (group and type)
//! instead of a provider GUID; merged and relogged traces also carry classic (MOF) records whose class GUID
//! names the same classes. [`KernelMofSource`] answers for both:
//!
//! - a hook record: the hook's group gives the class (0x03 → Process, 0x06 → TcpIp, ...), the hook's type is the
//!   event type (opcode), and the record's version picks the layout. One hook is filed under another class, as
//!   Windows does when it delivers it: 0x030A (process group, type 10) is `Image/Load`;
//! - a classic record (or a live record flagged `CLASSIC_HEADER`) whose class GUID is one of the classes below.
//!
//! Layouts are read at the event's pointer size, so one table serves 32- and 64-bit traces. Where a record is
//! longer than its layout (Windows appends fields in later builds), the known fields decode and the rest is
//! left as trailing bytes. A version newer than every version this table knows for a class is read with the
//! newest layout of that event type (Windows extends these classes by appending); versions in between that the
//! table lacks stay unknown rather than being guessed.
//!
//! | class | group | GUID | event types and versions |
//! |---|---|---|---|
//! | EventTrace | 0x00 | 68fdd900-… | Header (v0–2), Extension/EndExtension (v0–2), RDComplete, DbgIdRSDS, BuildInfo, ProviderBinaryPath, PartitionInfoExtension, LastDroppedTimes (v2) |
//! | DiskIo | 0x01 | 3d6fa8d4-… | Read/Write, ReadInit/WriteInit/FlushInit, FlushBuffers (v2, v3 with optical variants), driver call/return/completion (v2) |
//! | PageFault | 0x02 | 3d6fa8d3-… | TransitionFault … AccessViolation, HardFault, VirtualAlloc/VirtualFree and rundown, heap ranges, ImageLoadBacked, VirtualRotate, MemResetInfo (v2; HRRundown v3, v4) |
//! | Process | 0x03 | 3d6fa8d0-… | Start/End/DCStart/DCEnd/Defunct (v0–v4, Defunct v5), Terminate, PerfCtr/PerfCtrRundown, InSwap, wake events (v2) |
//! | FileIo | 0x04 | 90cbdc39-… | Name/FileCreate/FileDelete/FileRundown (v0–v3), Create, Cleanup/Close/Flush, Read/Write, SetInfo/Delete/Rename/QueryInfo/FSControl, DirEnum/DirNotify, OperationEnd (v2, v3), MapFile (v2), path operations and minifilter events (v3) |
//! | Thread | 0x05 | 3d6fa8d1-… | Start/End/DCStart/DCEnd (v0–v4), CSwitch (v1–v4), CompCS, SpinLock, ReadyThread, affinity, worker, queue, auto-boost, SetName (v2), priorities (v3) |
//! | TcpIp | 0x06 | 9a280ac0-… | Send/Recv/Connect/Disconnect/Retransmit/Accept/Reconnect/Fail/TCPCopy (v0, v1), IPv4 and IPv6 variants (v2) |
//! | UdpIp | 0x08 | bf3a50c5-… | Send/Recv (v0, v1), SendIPV4/RecvIPV4/Fail/SendIPV6/RecvIPV6 (v2) |
//! | Registry | 0x09 | ae53722e-… | key operations (v0–v2), transactions, counters, config, hive events, ChangeNotify (v2) |
//! | SystemConfig | 0x0B | 01853a65-… | CPU (v2, v3), PhyDisk, LogDisk, NIC, Video, Services (v2, v3), Power, Network, OpticalDisk, IRQ (v2, v3), PnP (v2–v5), IDEChannel, NumaNode, Platform, ProcessorGroup, ProcessorNumber, DPI, CodeIntegrity, telemetry, defrag, MobilePlatform (v2–v4), DeviceFamily, FlightIds, Processors, virtualization, boot (v2) |
//! | PerfInfo | 0x0F | ce1dbfb4-… | Mark (v0), SampleProf (v1, v2), PmcCounterProf, SetInterval/CollectionStart/CollectionEnd (v2, v3), SysClEnter/SysClExit, ISR, ThreadedDPC/DPC/TimerDPC, WDF, timers (v1/v2) |
//! | Image | 0x14 | 2cb15d1d-… | Load/UnLoad/DCStart/DCEnd (v0–v3), KernelBase, HypercallPage, loader events (v2, v3) |
//! | StackWalk | 0x18 | def2fe46-… | Stack, StackKeyKernel/StackKeyUser, KeyCreate/KeyDelete/KeyRundown (v2) |
//! | ALPC | 0x1A | 45d8cccd-… | send, receive, wait, unwait (v2) |
//! | SplitIo | 0x1B | d837ca92-… | VolMgr (v2) |
//! | Lost_Event | – | 6a399ae0-… | RTLostEvent/RTLostBuffer/RTLostFile |
//! | SysConfigEx (KernelTraceControl) | – | 9b79ee91-… | BuildInfo, SystemPaths, UnknownVolume, VolumeMapping |
//! | ImageID (KernelTraceControl) | – | b3e675d7-… | Info, None, DbgID_RSDS, DbgID_ILRSDS, DbgPPDB, DbgDeterm, FileVersion |
//! | WinSat (KernelTraceControl) | – | ed54dff8-… | WinSPR, Metrics, SystemConfig (compressed XML) |
//!
//! Events are named `Class/EventType` (`Process/Start`, `TcpIp/RecvIPV6`); the task name is the class, the
//! opcode name the MOF event type name; the provider is `MSNT_SystemTrace` or `KernelTraceControl`. See
//! `kernel/layouts.rs` for the fields and the few places where the layouts deliberately differ from the MOF text.

mod layouts;

use std::collections::HashMap;
use std::sync::Arc;

use etw_core::{EventDescriptor, EventHeaderFlags, EventRef, Guid, HookId, Opcode};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::registry::{SchemaError, SchemaSource};
use crate::types::{InType, OutType};

use layouts::{Class, Layout, MapDef, CLASSES, K, LAYOUTS};

/// The provider name of the kernel classes.
pub const KERNEL_PROVIDER_NAME: &str = "MSNT_SystemTrace";
/// The provider name of the classes KernelTraceControl writes.
pub const KERNEL_TRACE_CONTROL_NAME: &str = "KernelTraceControl";

/// The built-in kernel and KernelTraceControl layouts as a schema source (`decoded_by`: `kernel-mof`).
///
/// ```
/// use etw_core::{HookId, KernelGroup};
/// use etw_schema::sources::kernel::KernelMofSource;
///
/// let mut source = KernelMofSource::new();
/// let schema = source.schema_for_hook(HookId::new(KernelGroup::TCPIP, 10), 2).unwrap();
/// assert_eq!(schema.event_name.as_deref(), Some("TcpIp/SendIPV4"));
/// assert_eq!(schema.properties[2].name.as_ref(), "daddr");
/// ```
#[derive(Debug, Default)]
pub struct KernelMofSource {
    /// Built schemas by (layout index, event type, version as the event carries it).
    cache: HashMap<(usize, u8, u8), Arc<EventSchema>>,
}

impl KernelMofSource {
    /// A source with nothing built yet (schemas are built on first use and kept).
    pub fn new() -> KernelMofSource {
        KernelMofSource::default()
    }

    /// The schema of a kernel hook record of `version`, if the hook's group is a known class and the table has
    /// its event type at that version.
    pub fn schema_for_hook(&mut self, hook: HookId, version: u8) -> Option<Arc<EventSchema>> {
        let (class, opcode) = class_of_hook(hook)?;
        self.schema(class, opcode, version)
    }

    /// The schema of a classic record of class `class` (a kernel or KernelTraceControl class GUID), event type
    /// `opcode` and `version`.
    pub fn schema_for_class(&mut self, class: &Guid, opcode: u8, version: u8) -> Option<Arc<EventSchema>> {
        let class = class_of_guid(class)?;
        self.schema(class, opcode, version)
    }

    /// Every schema of the table: one per class, event type and listed version.
    pub fn all_schemas() -> Vec<Arc<EventSchema>> {
        let mut out = Vec::new();
        for layout in LAYOUTS {
            for &(opcode, name) in layout.events {
                for &version in layout.versions {
                    out.push(Arc::new(build(layout, opcode, name, version)));
                }
            }
        }
        out
    }

    /// The class name of a kernel or KernelTraceControl class GUID (`Process`, `ImageID`, ...).
    pub fn class_name(class: &Guid) -> Option<&'static str> {
        class_of_guid(class).map(|c| c.name)
    }

    /// The class (name and GUID) that a kernel hook group stands for.
    pub fn class_of_group(group: etw_core::KernelGroup) -> Option<(&'static str, Guid)> {
        class_of_group(group.0).map(|c| (c.name, c.guid))
    }

    fn schema(&mut self, class: &'static Class, opcode: u8, version: u8) -> Option<Arc<EventSchema>> {
        let (index, name) = find(class, opcode, version)?;
        let layout = LAYOUTS.get(index)?;
        let schema = self
            .cache
            .entry((index, opcode, version))
            .or_insert_with(|| Arc::new(build(layout, opcode, name, version)));
        Some(schema.clone())
    }
}

impl SchemaSource for KernelMofSource {
    fn name(&self) -> &'static str {
        "kernel-mof"
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let schema = if let Some(hook) = event.hook() {
            self.schema_for_hook(hook, event.version())
        } else if event.header_kind().is_classic() || event.flags().contains(EventHeaderFlags::CLASSIC_HEADER) {
            self.schema_for_class(&event.provider_id(), event.opcode().0, event.version())
        } else {
            None
        };
        schema.map(Ok)
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        class_of_guid(provider).map(|c| c.provider.into())
    }
}

/// The class and event type of a hook id: the group's class and the hook's type, except for the few hooks
/// Windows files under another group's class (image loads are logged in the process group).
fn class_of_hook(hook: HookId) -> Option<(&'static Class, u8)> {
    match hook.0 {
        0x030A => Some((&layouts::IMAGE, 10)),
        _ => Some((class_of_group(hook.group().0)?, hook.kind())),
    }
}

fn class_of_group(group: u8) -> Option<&'static Class> {
    CLASSES.iter().copied().find(|c| c.group == Some(group))
}

fn class_of_guid(guid: &Guid) -> Option<&'static Class> {
    CLASSES.iter().copied().find(|c| c.guid == *guid)
}

/// The layout (index in [`LAYOUTS`]) and event name for (class, event type, version): the layout listing that
/// version, else, for a version newer than any the table has for the class, the newest layout of the event type.
fn find(class: &'static Class, opcode: u8, version: u8) -> Option<(usize, &'static str)> {
    let mut newest: Option<(u8, usize, &'static str)> = None;
    let mut class_max = 0u8;
    for (i, layout) in LAYOUTS.iter().enumerate() {
        if !std::ptr::eq(layout.class, class) {
            continue;
        }
        let layout_max = layout.versions.iter().copied().max().unwrap_or(0);
        class_max = class_max.max(layout_max);
        let Some(&(_, name)) = layout.events.iter().find(|(op, _)| *op == opcode) else { continue };
        if layout.versions.contains(&version) {
            return Some((i, name));
        }
        if newest.is_none_or(|(v, _, _)| layout_max > v) {
            newest = Some((layout_max, i, name));
        }
    }
    match newest {
        Some((_, i, name)) if version > class_max => Some((i, name)),
        _ => None,
    }
}

fn build(layout: &Layout, opcode: u8, name: &str, version: u8) -> EventSchema {
    let class = layout.class;
    let descriptor = EventDescriptor { opcode: Opcode(opcode), version, ..EventDescriptor::default() };
    let mut schema = EventSchema::new(class.guid, descriptor, DecodingSource::KernelMof);
    schema.provider_name = Some(class.provider.into());
    schema.task_name = Some(class.name.into());
    schema.opcode_name = Some(name.into());
    schema.event_name = Some(format!("{}/{}", class.name, name).into());
    for field in layout.fields {
        let (count, element) = match field.ty {
            K::Arr(element, index) => (Count::Property(u16::from(index)), *element),
            K::Rest(element) => (Count::Remaining, *element),
            other => (Count::One, other),
        };
        let (in_type, out_type, length) = simple(element);
        schema.push(Property {
            name: field.name.into(),
            ty: PropertyType::Simple { in_type, out_type, map: field.map.map(value_map) },
            count,
            length,
        });
    }
    schema
}

fn value_map(def: &MapDef) -> Arc<ValueMap> {
    Arc::new(ValueMap {
        name: def.name.into(),
        bitmap: def.bitmap,
        entries: def.entries.iter().map(|(v, n)| (*v, Arc::from(*n))).collect(),
    })
}

/// The TDH types of one value of `t`.
fn simple(t: K) -> (InType, OutType, Length) {
    use Length::{Fixed, Natural};
    match t {
        K::U8 => (InType::UINT8, OutType::NULL, Natural),
        K::I8 => (InType::INT8, OutType::NULL, Natural),
        K::U16 => (InType::UINT16, OutType::NULL, Natural),
        K::I16 => (InType::INT16, OutType::NULL, Natural),
        K::U32 => (InType::UINT32, OutType::NULL, Natural),
        K::I32 => (InType::INT32, OutType::NULL, Natural),
        K::U64 => (InType::UINT64, OutType::NULL, Natural),
        K::I64 | K::WmiTime => (InType::INT64, OutType::NULL, Natural),
        K::X8 => (InType::UINT8, OutType::HEXINT8, Natural),
        K::X16 => (InType::UINT16, OutType::HEXINT16, Natural),
        K::X32 => (InType::UINT32, OutType::HEXINT32, Natural),
        K::X64 => (InType::UINT64, OutType::HEXINT64, Natural),
        K::Ptr => (InType::POINTER, OutType::NULL, Natural),
        K::SizeT => (InType::SIZET, OutType::NULL, Natural),
        K::Status => (InType::UINT32, OutType::NTSTATUS, Natural),
        K::Port => (InType::UINT16, OutType::PORT, Natural),
        K::Ip4 => (InType::UINT32, OutType::IPV4, Natural),
        K::Ip6 => (InType::BINARY, OutType::IPV6, Fixed(16)),
        K::Guid => (InType::GUID, OutType::NULL, Natural),
        K::Sid => (InType::WBEMSID, OutType::NULL, Natural),
        K::WStr => (InType::UNICODE_STRING, OutType::NULL, Natural),
        K::AStr => (InType::ANSI_STRING, OutType::NULL, Natural),
        K::WChars(n) => (InType::UNICODE_STRING, OutType::NULL, Fixed(n)),
        K::Bytes(n) => (InType::BINARY, OutType::HEX_BINARY, Fixed(n)),
        K::RestBytes => (InType::BINARY, OutType::HEX_BINARY, Natural),
        K::FileTime => (InType::FILETIME, OutType::NULL, Natural),
        // Nested arrays do not occur in the table (a test checks every schema).
        K::Arr(..) | K::Rest(..) => (InType::BINARY, OutType::HEX_BINARY, Natural),
    }
}

/// Fuzz body: the first three bytes pick a class (index into the table's classes), flags (bit 0: 32-bit
/// pointers; high nibble: the record version) and an event type; the rest is a payload. The payload is looked up
/// as a hook record and as a classic record of that class and decoded through [`Decoder`](crate::Decoder) and
/// [`write_json`](crate::write_json), then decoded with every built-in layout. Never panics.
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz(data: &[u8]) {
    use std::sync::OnceLock;

    use crate::fuzzing::show_values;
    use crate::Decoder;

    static ALL: OnceLock<Vec<Arc<EventSchema>>> = OnceLock::new();
    let (head, payload) = data.split_at(data.len().min(3));
    let pick = head.first().copied().unwrap_or(0);
    let flags = head.get(1).copied().unwrap_or(0);
    let event_type = head.get(2).copied().unwrap_or(0);
    let pointer_size = if flags & 1 == 0 { 8 } else { 4 };
    let version = flags >> 4;
    let mut source = KernelMofSource::new();
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    let mut run = |schema: &EventSchema| show_values(&mut decoder, schema, payload, pointer_size, &mut out);
    if let Some(class) = CLASSES.get(usize::from(pick) % CLASSES.len()) {
        if let Some(group) = class.group {
            let hook = HookId(u16::from(group) << 8 | u16::from(event_type));
            if let Some(s) = source.schema_for_hook(hook, version) {
                run(&s);
            }
        }
        if let Some(s) = source.schema_for_class(&class.guid, event_type, version) {
            run(&s);
        }
    }
    for schema in ALL.get_or_init(KernelMofSource::all_schemas) {
        run(schema);
    }
}
