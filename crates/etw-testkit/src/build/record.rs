//! Record builders, one per header family, plus [`Raw`] bytes.
//!
//! Each builder starts from the values a real record would have, lets every field be set, and computes the size
//! field (header + extended items + payload) and the 8-byte alignment padding. [`size_field`] writes any other
//! value into the size field without changing the bytes written, and [`kind_byte`] / [`marker_flags`] change the
//! marker, so damaged records are as easy to make as good ones. The layout a builder writes is chosen when it is
//! created (from the header kind given to `new`) and does not change with `kind_byte`.
//!
//! [`size_field`]: KernelRecord::size_field
//! [`kind_byte`]: KernelRecord::kind_byte
//! [`marker_flags`]: KernelRecord::marker_flags

use etw_core::{Channel, EventHeaderFlags, EventProperty, Guid, HeaderKind, HookId, Level, Opcode};

use super::bytes::{pad8, set_u16, Put};
use super::extended::{chain, ExtItem};

/// Something that can be placed in a buffer as record bytes.
pub trait Record {
    /// The bytes as they go into a buffer: for the record builders, the record padded with zeros to a multiple of
    /// 8 bytes; for [`Raw`], exactly its bytes.
    fn to_bytes(&self) -> Vec<u8>;
}

impl<T: Record + ?Sized> Record for &T {
    fn to_bytes(&self) -> Vec<u8> {
        (**self).to_bytes()
    }
}

impl Record for Box<dyn Record> {
    fn to_bytes(&self) -> Vec<u8> {
        (**self).to_bytes()
    }
}

/// Bytes placed in a buffer as they are: no size, no alignment. For garbage, stray bytes and hand-made damage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raw(pub Vec<u8>);

impl Record for Raw {
    fn to_bytes(&self) -> Vec<u8> {
        self.0.clone()
    }
}

/// The marker bytes and size every record has.
#[derive(Clone, Debug)]
struct Common {
    kind_byte: u8,
    marker_flags: u8,
    size_field: Option<u16>,
    payload: Vec<u8>,
}

impl Common {
    fn new(kind: HeaderKind) -> Common {
        Common { kind_byte: kind.0, marker_flags: 0xC0, size_field: None, payload: Vec::new() }
    }

    /// Appends the payload to `head` (a fixed header whose size field is at `size_at`), writes the size and pads.
    fn finish(&self, mut rec: Vec<u8>, size_at: usize) -> Vec<u8> {
        rec.extend_from_slice(&self.payload);
        let size = self.size_field.unwrap_or_else(|| {
            u16::try_from(rec.len()).unwrap_or_else(|_| panic!("record of {} bytes does not fit a u16 size", rec.len()))
        });
        set_u16(&mut rec, size_at, size);
        pad8(&mut rec);
        rec
    }

    /// The first four bytes of a header whose size comes first: size (filled in later), kind byte, flags.
    fn size_first_marker(&self, rec: &mut Vec<u8>) {
        rec.put_u16(0);
        rec.put_u8(self.kind_byte);
        rec.put_u8(self.marker_flags);
    }
}

macro_rules! common_setters {
    ($default_flags:literal) => {
        #[doc = concat!("Sets the marker's flag byte (byte 3; default `", $default_flags, "`).")]
        pub fn marker_flags(mut self, flags: u8) -> Self {
            self.common.marker_flags = flags;
            self
        }

        /// Sets the header type byte of the marker (byte 2) to any value, known or not. The layout written stays
        /// the one chosen at construction.
        pub fn kind_byte(mut self, kind: u8) -> Self {
            self.common.kind_byte = kind;
            self
        }

        /// Writes `size` into the record's size field instead of the computed size. The bytes written do not
        /// change: this makes a record that lies about its size.
        pub fn size_field(mut self, size: u16) -> Self {
            self.common.size_field = Some(size);
            self
        }

        /// Sets the payload (user data) that follows the header.
        pub fn payload(mut self, payload: impl Into<Vec<u8>>) -> Self {
            self.common.payload = payload.into();
            self
        }
    };
}

/// Which kernel header a [`KernelRecord`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KernelLayout {
    /// `SYSTEM_TRACE_HEADER`, 0x20 bytes.
    System,
    /// Compact system header, 0x18 bytes.
    Compact,
    /// `PERFINFO_TRACE_HEADER`, 0x10 bytes.
    PerfInfo,
}

/// A kernel record: SYSTEM32/64 (`SYSTEM_TRACE_HEADER`, 0x20 bytes), COMPACT32/64 (0x18 bytes, no CPU times) or
/// PERFINFO32/64 (`PERFINFO_TRACE_HEADER`, 0x10 bytes, no thread or process).
///
/// Layout: version (u16), kind byte, marker flags, size (u16), hook id (u16), then thread id, process id (not in
/// PERFINFO), timestamp (i64), kernel time, user time (SYSTEM only).
#[derive(Clone, Debug)]
pub struct KernelRecord {
    common: Common,
    layout: KernelLayout,
    version: u16,
    hook: HookId,
    thread_id: u32,
    process_id: u32,
    timestamp: i64,
    kernel_time: u32,
    user_time: u32,
}

impl KernelRecord {
    /// A kernel record of `kind` for `hook`. PERFINFO kinds get the PERFINFO layout, COMPACT kinds the compact one,
    /// every other kind the SYSTEM layout.
    pub fn new(kind: HeaderKind, hook: HookId) -> KernelRecord {
        let layout = match kind {
            HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => KernelLayout::PerfInfo,
            HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => KernelLayout::Compact,
            _ => KernelLayout::System,
        };
        KernelRecord {
            common: Common::new(kind),
            layout,
            version: 2,
            hook,
            thread_id: 0,
            process_id: 0,
            timestamp: 0,
            kernel_time: 0,
            user_time: 0,
        }
    }

    /// A SYSTEM32 record.
    pub fn system32(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::SYSTEM32, hook)
    }

    /// A SYSTEM64 record.
    pub fn system64(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::SYSTEM64, hook)
    }

    /// A COMPACT32 record.
    pub fn compact32(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::COMPACT32, hook)
    }

    /// A COMPACT64 record.
    pub fn compact64(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::COMPACT64, hook)
    }

    /// A PERFINFO32 record.
    pub fn perfinfo32(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::PERFINFO32, hook)
    }

    /// A PERFINFO64 record.
    pub fn perfinfo64(hook: HookId) -> KernelRecord {
        KernelRecord::new(HeaderKind::PERFINFO64, hook)
    }

    common_setters!("0xC0");

    /// Sets the version (first u16; default 2): the event version (the reader reports one over 255 as damage).
    pub fn version(mut self, version: u16) -> Self {
        self.version = version;
        self
    }

    /// Sets the hook id.
    pub fn hook(mut self, hook: HookId) -> Self {
        self.hook = hook;
        self
    }

    /// Sets the thread id (not written by PERFINFO).
    pub fn thread_id(mut self, tid: u32) -> Self {
        self.thread_id = tid;
        self
    }

    /// Sets the process id (not written by PERFINFO).
    pub fn process_id(mut self, pid: u32) -> Self {
        self.process_id = pid;
        self
    }

    /// Sets the raw timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }

    /// Sets the kernel and user CPU times (written by SYSTEM only).
    pub fn cpu_times(mut self, kernel: u32, user: u32) -> Self {
        self.kernel_time = kernel;
        self.user_time = user;
        self
    }
}

impl Record for KernelRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(0x20 + self.common.payload.len());
        r.put_u16(self.version);
        r.put_u8(self.common.kind_byte);
        r.put_u8(self.common.marker_flags);
        r.put_u16(0);
        r.put_u16(self.hook.0);
        if self.layout != KernelLayout::PerfInfo {
            r.put_u32(self.thread_id);
            r.put_u32(self.process_id);
        }
        r.put_i64(self.timestamp);
        if self.layout == KernelLayout::System {
            r.put_u32(self.kernel_time);
            r.put_u32(self.user_time);
        }
        self.common.finish(r, 4)
    }
}

/// A classic record: FULL_HEADER32/64 (`EVENT_TRACE_HEADER`, 0x30 bytes) or INSTANCE32/64
/// (`EVENT_INSTANCE_GUID_HEADER`, 0x48 bytes).
///
/// Layout: size, kind byte, marker flags, class type (u8), level (u8), class version (u16), thread id, process id,
/// timestamp, class GUID, kernel time, user time (or one u64 processor time); INSTANCE adds instance id, parent
/// instance id and parent GUID.
#[derive(Clone, Debug)]
pub struct ClassicRecord {
    common: Common,
    instance_layout: bool,
    event_type: u8,
    level: u8,
    version: u16,
    thread_id: u32,
    process_id: u32,
    timestamp: i64,
    guid: Guid,
    cpu: u64,
    instance_id: u32,
    parent_instance_id: u32,
    parent_guid: Guid,
}

impl ClassicRecord {
    /// A classic record of `kind` for the MOF class `guid`. INSTANCE kinds get the instance layout, every other kind
    /// the `EVENT_TRACE_HEADER` one.
    pub fn new(kind: HeaderKind, guid: Guid) -> ClassicRecord {
        ClassicRecord {
            common: Common::new(kind),
            instance_layout: matches!(kind, HeaderKind::INSTANCE32 | HeaderKind::INSTANCE64),
            event_type: 0,
            level: 0,
            version: 0,
            thread_id: 0,
            process_id: 0,
            timestamp: 0,
            guid,
            cpu: 0,
            instance_id: 0,
            parent_instance_id: 0,
            parent_guid: Guid::ZERO,
        }
    }

    common_setters!("0xC0");

    /// Sets the class's event type (the opcode).
    pub fn event_type(mut self, t: impl Into<Opcode>) -> Self {
        self.event_type = t.into().0;
        self
    }

    /// Sets the level.
    pub fn level(mut self, level: impl Into<Level>) -> Self {
        self.level = level.into().0;
        self
    }

    /// Sets the class version (u16).
    pub fn version(mut self, version: u16) -> Self {
        self.version = version;
        self
    }

    /// Sets the thread id.
    pub fn thread_id(mut self, tid: u32) -> Self {
        self.thread_id = tid;
        self
    }

    /// Sets the process id.
    pub fn process_id(mut self, pid: u32) -> Self {
        self.process_id = pid;
        self
    }

    /// Sets the raw timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }

    /// Sets the class GUID.
    pub fn guid(mut self, guid: Guid) -> Self {
        self.guid = guid;
        self
    }

    /// Sets the kernel and user CPU times.
    pub fn cpu_times(mut self, kernel: u32, user: u32) -> Self {
        self.cpu = u64::from(kernel) | u64::from(user) << 32;
        self
    }

    /// Sets the CPU time field as one u64 (`ProcessorTime` of private sessions).
    pub fn processor_time(mut self, t: u64) -> Self {
        self.cpu = t;
        self
    }

    /// Sets the instance fields (written by INSTANCE layouts only).
    pub fn instance(mut self, instance_id: u32, parent_instance_id: u32, parent_guid: Guid) -> Self {
        self.instance_id = instance_id;
        self.parent_instance_id = parent_instance_id;
        self.parent_guid = parent_guid;
        self
    }
}

impl Record for ClassicRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(0x48 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        r.put_u8(self.event_type);
        r.put_u8(self.level);
        r.put_u16(self.version);
        r.put_u32(self.thread_id);
        r.put_u32(self.process_id);
        r.put_i64(self.timestamp);
        r.put_guid(self.guid);
        r.put_u64(self.cpu);
        if self.instance_layout {
            r.put_u32(self.instance_id);
            r.put_u32(self.parent_instance_id);
            r.put_guid(self.parent_guid);
        }
        self.common.finish(r, 0)
    }
}

/// An EVENT_HEADER32/64 record (`EVENT_HEADER`, 0x50 bytes), then extended data items, then the payload.
///
/// Layout: size, kind byte, marker flags, flags (u16), event property (u16), thread id, process id, timestamp,
/// provider GUID, descriptor (id u16, version u8, channel u8, level u8, opcode u8, task u16, keywords u64), kernel
/// and user time (or processor time, u64), activity GUID.
///
/// The flags default to `64_BIT_HEADER` or `32_BIT_HEADER` as the kind implies; `EXTENDED_INFO` is added when
/// items are present (see [`extended_info_flag`](Self::extended_info_flag) to force it on or off).
#[derive(Clone, Debug)]
pub struct EventRecord {
    common: Common,
    flags: EventHeaderFlags,
    extended_info: Option<bool>,
    event_property: u16,
    thread_id: u32,
    process_id: u32,
    timestamp: i64,
    provider: Guid,
    id: u16,
    version: u8,
    channel: u8,
    level: u8,
    opcode: u8,
    task: u16,
    keywords: u64,
    cpu: u64,
    activity_id: Guid,
    items: Vec<ExtItem>,
}

impl EventRecord {
    /// An event of `kind` (EVENT_HEADER32 or EVENT_HEADER64) from `provider`.
    pub fn new(kind: HeaderKind, provider: Guid) -> EventRecord {
        let flags = if kind == HeaderKind::EVENT_HEADER32 {
            EventHeaderFlags::HEADER_32_BIT
        } else {
            EventHeaderFlags::HEADER_64_BIT
        };
        EventRecord {
            common: Common::new(kind),
            flags,
            extended_info: None,
            event_property: 0,
            thread_id: 0,
            process_id: 0,
            timestamp: 0,
            provider,
            id: 0,
            version: 0,
            channel: 0,
            level: 0,
            opcode: 0,
            task: 0,
            keywords: 0,
            cpu: 0,
            activity_id: Guid::ZERO,
            items: Vec::new(),
        }
    }

    common_setters!("0xC0");

    /// Sets the header flags, written as given (`EXTENDED_INFO` is added when there are items, unless forced off).
    pub fn flags(mut self, flags: EventHeaderFlags) -> Self {
        self.flags = flags;
        self
    }

    /// Forces the `EXTENDED_INFO` flag on or off whatever the items.
    pub fn extended_info_flag(mut self, on: bool) -> Self {
        self.extended_info = Some(on);
        self
    }

    /// Sets the event property bits.
    pub fn event_property(mut self, p: EventProperty) -> Self {
        self.event_property = p.0;
        self
    }

    /// Sets the thread id.
    pub fn thread_id(mut self, tid: u32) -> Self {
        self.thread_id = tid;
        self
    }

    /// Sets the process id.
    pub fn process_id(mut self, pid: u32) -> Self {
        self.process_id = pid;
        self
    }

    /// Sets the raw timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }

    /// Sets the provider GUID.
    pub fn provider(mut self, provider: Guid) -> Self {
        self.provider = provider;
        self
    }

    /// Sets the event id.
    pub fn id(mut self, id: u16) -> Self {
        self.id = id;
        self
    }

    /// Sets the event version.
    pub fn version(mut self, version: u8) -> Self {
        self.version = version;
        self
    }

    /// Sets the channel.
    pub fn channel(mut self, channel: impl Into<Channel>) -> Self {
        self.channel = channel.into().0;
        self
    }

    /// Sets the level.
    pub fn level(mut self, level: impl Into<Level>) -> Self {
        self.level = level.into().0;
        self
    }

    /// Sets the opcode.
    pub fn opcode(mut self, opcode: impl Into<Opcode>) -> Self {
        self.opcode = opcode.into().0;
        self
    }

    /// Sets the task.
    pub fn task(mut self, task: u16) -> Self {
        self.task = task;
        self
    }

    /// Sets the keywords.
    pub fn keywords(mut self, keywords: u64) -> Self {
        self.keywords = keywords;
        self
    }

    /// Sets the kernel and user CPU times.
    pub fn cpu_times(mut self, kernel: u32, user: u32) -> Self {
        self.cpu = u64::from(kernel) | u64::from(user) << 32;
        self
    }

    /// Sets the CPU time field as one u64 (`ProcessorTime`, read as such with `PRIVATE_SESSION`).
    pub fn processor_time(mut self, t: u64) -> Self {
        self.cpu = t;
        self
    }

    /// Sets the activity id.
    pub fn activity_id(mut self, g: Guid) -> Self {
        self.activity_id = g;
        self
    }

    /// Appends an extended data item.
    pub fn ext(mut self, item: ExtItem) -> Self {
        self.items.push(item);
        self
    }

    /// Appends a related activity id item.
    pub fn related_activity_id(self, g: Guid) -> Self {
        self.ext(ExtItem::related_activity_id(g))
    }
}

impl Record for EventRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let ext = EventHeaderFlags::EXTENDED_INFO.0;
        let flags = match self.extended_info {
            Some(true) => self.flags.0 | ext,
            Some(false) => self.flags.0 & !ext,
            None if self.items.is_empty() => self.flags.0,
            None => self.flags.0 | ext,
        };
        let mut r = Vec::with_capacity(0x50 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        r.put_u16(flags);
        r.put_u16(self.event_property);
        r.put_u32(self.thread_id);
        r.put_u32(self.process_id);
        r.put_i64(self.timestamp);
        r.put_guid(self.provider);
        r.put_u16(self.id);
        r.put_u8(self.version);
        r.put_u8(self.channel);
        r.put_u8(self.level);
        r.put_u8(self.opcode);
        r.put_u16(self.task);
        r.put_u64(self.keywords);
        r.put_u64(self.cpu);
        r.put_guid(self.activity_id);
        r.extend_from_slice(&chain(&self.items));
        self.common.finish(r, 0)
    }
}

/// `TRACE_MESSAGE_SEQUENCE`.
pub const TRACE_MESSAGE_SEQUENCE: u16 = 0x01;
/// `TRACE_MESSAGE_GUID`.
pub const TRACE_MESSAGE_GUID: u16 = 0x02;
/// `TRACE_MESSAGE_COMPONENTID`.
pub const TRACE_MESSAGE_COMPONENTID: u16 = 0x04;
/// `TRACE_MESSAGE_TIMESTAMP`.
pub const TRACE_MESSAGE_TIMESTAMP: u16 = 0x08;
/// `TRACE_MESSAGE_PERFORMANCE_TIMESTAMP`.
pub const TRACE_MESSAGE_PERFORMANCE_TIMESTAMP: u16 = 0x10;
/// `TRACE_MESSAGE_SYSTEMINFO`.
pub const TRACE_MESSAGE_SYSTEMINFO: u16 = 0x20;

/// A MESSAGE record (`MESSAGE_TRACE_HEADER`: WPP and other `TraceMessage` events).
///
/// Layout: size (u16), kind byte (default 0x0F), marker flags (default 0x90, `TRACE_HEADER_FLAG | TRACE_MESSAGE`),
/// message number (u16), option flags (u16), then in this order the fields the options name: sequence (u32), GUID
/// or component id (u32), timestamp (i64), thread id and process id (u32 each, `TRACE_MESSAGE_SYSTEMINFO`).
///
/// The option flags are computed from the fields set; [`options`](Self::options) overrides them.
#[derive(Clone, Debug)]
pub struct MessageRecord {
    common: Common,
    number: u16,
    options: Option<u16>,
    extra_options: u16,
    sequence: Option<u32>,
    guid: Option<Guid>,
    component_id: Option<u32>,
    timestamp: Option<i64>,
    system_info: Option<(u32, u32)>,
}

impl MessageRecord {
    /// A message with number `number` and no optional fields.
    pub fn new(number: u16) -> MessageRecord {
        let mut common = Common::new(HeaderKind::MESSAGE);
        common.marker_flags = 0x90;
        MessageRecord {
            common,
            number,
            options: None,
            extra_options: 0,
            sequence: None,
            guid: None,
            component_id: None,
            timestamp: None,
            system_info: None,
        }
    }

    common_setters!("0x90");

    /// Sets the message number.
    pub fn number(mut self, number: u16) -> Self {
        self.number = number;
        self
    }

    /// Writes these option flags instead of the computed ones (the fields written do not change).
    pub fn options(mut self, options: u16) -> Self {
        self.options = Some(options);
        self
    }

    /// Adds option bits that name no field here (e.g. [`TRACE_MESSAGE_PERFORMANCE_TIMESTAMP`]).
    pub fn extra_options(mut self, bits: u16) -> Self {
        self.extra_options = bits;
        self
    }

    /// Adds a sequence number.
    pub fn sequence(mut self, seq: u32) -> Self {
        self.sequence = Some(seq);
        self
    }

    /// Adds the message GUID (replaces a component id).
    pub fn guid(mut self, g: Guid) -> Self {
        self.guid = Some(g);
        self.component_id = None;
        self
    }

    /// Adds a component id (replaces a GUID).
    pub fn component_id(mut self, id: u32) -> Self {
        self.component_id = Some(id);
        self.guid = None;
        self
    }

    /// Adds a timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = Some(ts);
        self
    }

    /// Adds thread and process ids.
    pub fn system_info(mut self, thread_id: u32, process_id: u32) -> Self {
        self.system_info = Some((thread_id, process_id));
        self
    }

    /// The option flags that will be written.
    pub fn option_flags(&self) -> u16 {
        self.options.unwrap_or_else(|| {
            let mut o = self.extra_options;
            if self.sequence.is_some() {
                o |= TRACE_MESSAGE_SEQUENCE;
            }
            if self.guid.is_some() {
                o |= TRACE_MESSAGE_GUID;
            }
            if self.component_id.is_some() {
                o |= TRACE_MESSAGE_COMPONENTID;
            }
            if self.timestamp.is_some() {
                o |= TRACE_MESSAGE_TIMESTAMP;
            }
            if self.system_info.is_some() {
                o |= TRACE_MESSAGE_SYSTEMINFO;
            }
            o
        })
    }
}

impl Record for MessageRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(0x30 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        r.put_u16(self.number);
        r.put_u16(self.option_flags());
        if let Some(s) = self.sequence {
            r.put_u32(s);
        }
        if let Some(g) = self.guid {
            r.put_guid(g);
        }
        if let Some(c) = self.component_id {
            r.put_u32(c);
        }
        if let Some(t) = self.timestamp {
            r.put_i64(t);
        }
        if let Some((tid, pid)) = self.system_info {
            r.put_u32(tid);
            r.put_u32(pid);
        }
        self.common.finish(r, 0)
    }
}

/// A TIMED record (`TIMED_TRACE_HEADER`, 0x10 bytes): size, kind byte, marker flags, event id (u32), timestamp.
///
/// The marker defaults to kind 0x0C with flags 0xC0; older files mark it with flags 0xB0 instead.
#[derive(Clone, Debug)]
pub struct TimedRecord {
    common: Common,
    event_id: u32,
    timestamp: i64,
}

impl TimedRecord {
    /// A timed record with event id `event_id`.
    pub fn new(event_id: u32) -> TimedRecord {
        TimedRecord { common: Common::new(HeaderKind::TIMED), event_id, timestamp: 0 }
    }

    common_setters!("0xC0");

    /// Sets the event id.
    pub fn event_id(mut self, id: u32) -> Self {
        self.event_id = id;
        self
    }

    /// Sets the raw timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }
}

impl Record for TimedRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(0x10 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        r.put_u32(self.event_id);
        r.put_i64(self.timestamp);
        self.common.finish(r, 0)
    }
}

/// A logged `WNODE_HEADER` (0x30 bytes): `BufferSize` (u32; its low 16 bits are the record size, its high 16 bits
/// the kind byte and marker flags), `ProviderId` (u32), `HistoricalContext` (u64), `TimeStamp`, `Guid`,
/// `ClientContext` (u32), `Flags` (u32).
#[derive(Clone, Debug)]
pub struct WnodeRecord {
    common: Common,
    provider_id: u32,
    historical_context: u64,
    timestamp: i64,
    guid: Guid,
    client_context: u32,
    flags: u32,
}

impl WnodeRecord {
    /// A WNODE_HEADER record for `guid`.
    pub fn new(guid: Guid) -> WnodeRecord {
        WnodeRecord {
            common: Common::new(HeaderKind::WNODE_HEADER),
            provider_id: 0,
            historical_context: 0,
            timestamp: 0,
            guid,
            client_context: 0,
            flags: 0,
        }
    }

    common_setters!("0xC0");

    /// Sets `ProviderId`.
    pub fn provider_id(mut self, id: u32) -> Self {
        self.provider_id = id;
        self
    }

    /// Sets `HistoricalContext`.
    pub fn historical_context(mut self, v: u64) -> Self {
        self.historical_context = v;
        self
    }

    /// Sets the raw timestamp.
    pub fn timestamp(mut self, ts: i64) -> Self {
        self.timestamp = ts;
        self
    }

    /// Sets the GUID.
    pub fn guid(mut self, g: Guid) -> Self {
        self.guid = g;
        self
    }

    /// Sets `ClientContext`.
    pub fn client_context(mut self, v: u32) -> Self {
        self.client_context = v;
        self
    }

    /// Sets `Flags`.
    pub fn flags(mut self, v: u32) -> Self {
        self.flags = v;
        self
    }
}

impl Record for WnodeRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(0x30 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        r.put_u32(self.provider_id);
        r.put_u64(self.historical_context);
        r.put_i64(self.timestamp);
        r.put_guid(self.guid);
        r.put_u32(self.client_context);
        r.put_u32(self.flags);
        self.common.finish(r, 0)
    }
}

/// A record whose only known fields are its size and marker: the ERROR record (no public layout) and kinds no
/// reader knows. Layout: size (u16), kind byte, marker flags, then the payload.
#[derive(Clone, Debug)]
pub struct OpaqueRecord {
    common: Common,
}

impl OpaqueRecord {
    /// An ERROR record (kind 0x0D, flags 0xC0; older files use flags 0xA0).
    pub fn error() -> OpaqueRecord {
        OpaqueRecord { common: Common::new(HeaderKind::ERROR) }
    }

    /// A record of any kind byte with flags 0xC0, e.g. an unknown kind such as 0x1F.
    pub fn unknown(kind: u8) -> OpaqueRecord {
        OpaqueRecord { common: Common::new(HeaderKind(kind)) }
    }

    common_setters!("0xC0");
}

impl Record for OpaqueRecord {
    fn to_bytes(&self) -> Vec<u8> {
        let mut r = Vec::with_capacity(4 + self.common.payload.len());
        self.common.size_first_marker(&mut r);
        self.common.finish(r, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_layouts_and_sizes() {
        let s = KernelRecord::system64(HookId(0x0301))
            .thread_id(5)
            .process_id(6)
            .timestamp(7)
            .cpu_times(8, 9)
            .payload(vec![0xAA; 3])
            .to_bytes();
        assert_eq!(s.len(), 0x28);
        assert_eq!(&s[..8], &[2, 0, 0x02, 0xC0, 0x23, 0, 0x01, 0x03]);
        assert_eq!(&s[8..0x20], &[5, 0, 0, 0, 6, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0]);
        assert_eq!(&s[0x20..], &[0xAA, 0xAA, 0xAA, 0, 0, 0, 0, 0]);
        let c = KernelRecord::compact32(HookId(1)).to_bytes();
        assert_eq!((c.len(), c[2], c[4]), (0x18, 0x03, 0x18));
        let p = KernelRecord::perfinfo64(HookId(0x0f2e)).timestamp(-1).to_bytes();
        assert_eq!(p, [2, 0, 0x11, 0xC0, 0x10, 0, 0x2e, 0x0f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
        let lie = KernelRecord::perfinfo64(HookId(0)).size_field(0x400).kind_byte(0x1f).to_bytes();
        assert_eq!((lie.len(), lie[2], lie[4], lie[5]), (0x10, 0x1f, 0x00, 0x04));
    }

    #[test]
    fn size_first_layouts() {
        let g = Guid::from_fields(1, 2, 3, [4; 8]);
        let f = ClassicRecord::new(HeaderKind::FULL_HEADER64, g).event_type(10).level(4).version(2).to_bytes();
        assert_eq!(&f[..8], &[0x30, 0, 0x14, 0xC0, 10, 4, 2, 0]);
        assert_eq!(&f[0x18..0x28], &g.to_le_bytes());
        let i = ClassicRecord::new(HeaderKind::INSTANCE32, g).instance(1, 2, g).payload(vec![1]).to_bytes();
        assert_eq!((i.len(), i[0], i[2]), (0x50, 0x49, 0x0B));
        let e = EventRecord::new(HeaderKind::EVENT_HEADER64, g).id(0x1234).to_bytes();
        assert_eq!(&e[..6], &[0x50, 0, 0x13, 0xC0, 0x40, 0]);
        assert_eq!(&e[0x28..0x2A], &[0x34, 0x12]);
        let x = EventRecord::new(HeaderKind::EVENT_HEADER32, g).ext(ExtItem::ts_id(3)).payload(vec![9; 2]).to_bytes();
        assert_eq!(u16::from_le_bytes([x[0], x[1]]), 0x50 + 0x10 + 2);
        assert_eq!(&x[4..6], &[0x21, 0]);
        assert_eq!(x.len(), 0x68);
        let m = MessageRecord::new(7).sequence(1).component_id(2).timestamp(3).system_info(4, 5).to_bytes();
        assert_eq!(&m[..8], &[0x20, 0, 0x0F, 0x90, 7, 0, 0x2D, 0]);
        assert_eq!(m.len(), 0x20);
        let t = TimedRecord::new(9).timestamp(1).to_bytes();
        assert_eq!(&t[..8], &[0x10, 0, 0x0C, 0xC0, 9, 0, 0, 0]);
        let w = WnodeRecord::new(g).to_bytes();
        assert_eq!((w.len(), w[0], w[2]), (0x30, 0x30, 0x0E));
        assert_eq!(
            OpaqueRecord::error().payload(vec![1, 2, 3, 4, 5]).to_bytes(),
            [9, 0, 0x0D, 0xC0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(Raw(vec![1, 2, 3]).to_bytes(), [1, 2, 3]);
    }
}
