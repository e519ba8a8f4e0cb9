//! The borrowed event view shared by ETL files and live sessions.

use core::fmt;

use crate::consts::{Channel, EventHeaderFlags, EventProperty, ExtType, HeaderKind, HookId, Level, Opcode};
use crate::extended::{ExtendedData, ExtendedItems};
use crate::guid::Guid;
use crate::time::{Clock, FileTime};

/// `EVENT_DESCRIPTOR`: what kind of event this is, within its provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct EventDescriptor {
    /// Event id (0 for classic and kernel events, which are identified by opcode).
    pub id: u16,
    /// Event version (for classic and kernel records, the class/marker version).
    pub version: u8,
    /// Channel (11 for TraceLogging).
    pub channel: Channel,
    /// Level.
    pub level: Level,
    /// Opcode (for classic and kernel records, the event type).
    pub opcode: Opcode,
    /// Task.
    pub task: u16,
    /// Keyword bits.
    pub keywords: u64,
}

/// CPU time charged to the thread, as the header carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CpuTime {
    /// Kernel and user time, in clock ticks of the session (`KernelTime`, `UserTime`).
    KernelUser {
        /// Kernel-mode time.
        kernel: u32,
        /// User-mode time.
        user: u32,
    },
    /// Private sessions store one `ProcessorTime` value.
    Processor(u64),
    /// The header has no CPU time.
    #[default]
    None,
}

/// Extra fields of an `EVENT_INSTANCE_GUID_HEADER` record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct InstanceFields {
    /// Instance id.
    pub instance_id: u32,
    /// Parent instance id.
    pub parent_instance_id: u32,
    /// Parent GUID.
    pub parent_guid: Guid,
}

/// Extra fields of a `MESSAGE_TRACE_HEADER` (WPP / `TraceMessage`) record. Which are present depends on the
/// message's option flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MessageFields {
    /// The message number within its message GUID (the WPP format id).
    pub number: u16,
    /// `TRACE_MESSAGE_*` option flags.
    pub options: u16,
    /// Sequence number (`TRACE_MESSAGE_SEQUENCE`).
    pub sequence: Option<u32>,
    /// Component id (`TRACE_MESSAGE_COMPONENTID`).
    pub component_id: Option<u32>,
}

/// Where a record came from in its trace, for messages and for `dump --raw`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    /// Index of the file among those being read (0 for a single file or a live session).
    pub file: u32,
    /// Index of the buffer in the file, counting from 0 (the logfile header buffer).
    pub buffer: u64,
    /// File offset of the buffer.
    pub buffer_offset: u64,
    /// Offset of the record from the start of its (decompressed) buffer.
    pub record_offset: u32,
    /// Position of the record among its file's records, from 0, in the order they are read (file order, or the
    /// timestamp merge): the `record_index` of converted tables. Set by the event pipeline's reader; 0 where
    /// nothing counts records (a live session, a bare record cursor).
    pub record: u64,
}

/// The fixed part of an event, decoded from whichever header the record had.
///
/// Header families fill it as follows:
/// - `EVENT_HEADER`: everything as written.
/// - classic (`FULL_HEADER`, `INSTANCE`, `WNODE_HEADER`): `provider_id` is the MOF class GUID, the descriptor's
///   `opcode`, `level` and `version` come from the class fields, and `flags` has `CLASSIC_HEADER`, as a live
///   session reports them.
/// - kernel (`SYSTEM`, `COMPACT`, `PERFINFO`): `provider_id` is zero, `hook` is set, the descriptor's `opcode` is
///   the hook's type and `version` the marker's version.
/// - `MESSAGE`: `provider_id` is the message GUID when present, `flags` has `TRACE_MESSAGE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct EventHeader {
    /// Which header the record had.
    pub kind: HeaderKind,
    /// The marker's flag byte (byte 3; 0xC0 for most headers).
    pub marker_flags: u8,
    /// `EVENT_HEADER_FLAG_*` (written or, for other headers, implied).
    pub flags: EventHeaderFlags,
    /// `EVENT_HEADER_PROPERTY_*`.
    pub event_property: EventProperty,
    /// Provider GUID (or class / message GUID, see above).
    pub provider_id: Guid,
    /// The event descriptor.
    pub descriptor: EventDescriptor,
    /// The kernel hook id, for kernel headers.
    pub hook: Option<HookId>,
    /// Process id (`u32::MAX` where the header has none, e.g. PERFINFO).
    pub process_id: u32,
    /// Thread id (`u32::MAX` where the header has none).
    pub thread_id: u32,
    /// Processor number or index (from the buffer in an ETL file).
    pub processor: u16,
    /// Raw timestamp in the session's clock.
    pub timestamp: i64,
    /// Activity id (zero if none).
    pub activity_id: Guid,
    /// CPU time.
    pub cpu_time: CpuTime,
    /// Pointer size of the payload, 4 or 8.
    pub pointer_size: u8,
    /// Instance fields, for `INSTANCE` headers.
    pub instance: Option<InstanceFields>,
    /// Message fields, for `MESSAGE` headers.
    pub message: Option<MessageFields>,
    /// Where the record is.
    pub location: Location,
}

/// One event, borrowed from the buffer (or live callback) that holds it. Cheap to copy; nothing is decoded
/// beyond the fixed header until asked.
#[derive(Clone, Copy)]
pub struct EventRef<'a> {
    header: EventHeader,
    extended: ExtendedItems<'a>,
    payload: &'a [u8],
    clock: &'a Clock,
}

impl<'a> EventRef<'a> {
    /// Assembles an event from its parts.
    pub const fn new(header: EventHeader, extended: ExtendedItems<'a>, payload: &'a [u8], clock: &'a Clock) -> Self {
        EventRef { header, extended, payload, clock }
    }

    /// The fixed header fields.
    pub const fn header(&self) -> &EventHeader {
        &self.header
    }

    /// Which header the record had.
    pub const fn header_kind(&self) -> HeaderKind {
        self.header.kind
    }

    /// `EVENT_HEADER_FLAG_*`.
    pub const fn flags(&self) -> EventHeaderFlags {
        self.header.flags
    }

    /// The provider GUID; for classic events the MOF class GUID; zero for kernel hook events (see [`hook`](Self::hook)).
    pub const fn provider_id(&self) -> Guid {
        self.header.provider_id
    }

    /// The MOF class GUID of a classic record.
    pub const fn class_guid(&self) -> Option<Guid> {
        if self.header.kind.is_classic() {
            Some(self.header.provider_id)
        } else {
            None
        }
    }

    /// The kernel hook id (group and type) of a SYSTEM, COMPACT or PERFINFO record.
    pub const fn hook(&self) -> Option<HookId> {
        self.header.hook
    }

    /// The event descriptor.
    pub const fn descriptor(&self) -> &EventDescriptor {
        &self.header.descriptor
    }

    /// Event id.
    pub const fn id(&self) -> u16 {
        self.header.descriptor.id
    }

    /// Event version.
    pub const fn version(&self) -> u8 {
        self.header.descriptor.version
    }

    /// Channel.
    pub const fn channel(&self) -> Channel {
        self.header.descriptor.channel
    }

    /// Level.
    pub const fn level(&self) -> Level {
        self.header.descriptor.level
    }

    /// Opcode.
    pub const fn opcode(&self) -> Opcode {
        self.header.descriptor.opcode
    }

    /// Task.
    pub const fn task(&self) -> u16 {
        self.header.descriptor.task
    }

    /// Keyword bits.
    pub const fn keywords(&self) -> u64 {
        self.header.descriptor.keywords
    }

    /// Process id.
    pub const fn process_id(&self) -> u32 {
        self.header.process_id
    }

    /// Thread id.
    pub const fn thread_id(&self) -> u32 {
        self.header.thread_id
    }

    /// Processor number or index.
    pub const fn processor(&self) -> u16 {
        self.header.processor
    }

    /// Raw timestamp in the session's clock.
    pub const fn timestamp_raw(&self) -> i64 {
        self.header.timestamp
    }

    /// Timestamp in UTC.
    pub fn timestamp(&self) -> FileTime {
        self.clock.to_utc(self.header.timestamp)
    }

    /// The clock that converts this event's raw timestamp.
    pub const fn clock(&self) -> &'a Clock {
        self.clock
    }

    /// Activity id (zero if none).
    pub const fn activity_id(&self) -> Guid {
        self.header.activity_id
    }

    /// Related activity id, from the extended data.
    pub fn related_activity_id(&self) -> Option<Guid> {
        match self.extended.find(ExtType::RELATED_ACTIVITYID)?.parse() {
            ExtendedData::RelatedActivityId(g) => Some(g),
            _ => None,
        }
    }

    /// Pointer size of the payload: 4 or 8.
    pub const fn pointer_size(&self) -> u8 {
        self.header.pointer_size
    }

    /// The extended data items.
    pub const fn extended(&self) -> ExtendedItems<'a> {
        self.extended
    }

    /// The payload (user data) bytes.
    pub const fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// Where the record is in its trace.
    pub const fn location(&self) -> &Location {
        &self.header.location
    }
}

impl fmt::Debug for EventRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventRef")
            .field("header", &self.header)
            .field("timestamp", &self.timestamp())
            .field("extended", &self.extended)
            .field("payload_len", &self.payload.len())
            .finish()
    }
}
