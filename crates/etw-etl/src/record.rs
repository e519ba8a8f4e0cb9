//! Records inside a buffer: telling the header kinds apart and reading each one's fixed fields.
//!
//! Every record starts with a 32-bit marker. Its top byte holds flags: `0xC0` (`TRACE_HEADER_FLAG |
//! TRACE_HEADER_EVENT_TRACE`) means byte 2 is the header kind (`TRACE_HEADER_TYPE_*`). Older markers without
//! `TRACE_HEADER_EVENT_TRACE` are `0xB0` (timed), `0xA0` (a 32-bit value; today's error record) and `0x90`
//! (`TRACE_MESSAGE`). Kernel headers (system, compact, perfinfo) keep their size at offset 4 behind a version;
//! every other header starts with its size. Records are 8-byte aligned.
//!
//! | kind | fixed header | identity |
//! |---|---|---|
//! | SYSTEM32/64 | 0x20: version, marker, size, hook id, tid, pid, timestamp, kernel time, user time | hook id |
//! | COMPACT32/64 | 0x18: as SYSTEM without the CPU times | hook id |
//! | PERFINFO32/64 | 0x10: version, marker, size, hook id, timestamp | hook id |
//! | FULL_HEADER32/64 | 0x30: `EVENT_TRACE_HEADER` | class GUID + type |
//! | INSTANCE32/64 | 0x48: `EVENT_INSTANCE_GUID_HEADER` | class GUID + type |
//! | EVENT_HEADER32/64 | 0x50: `EVENT_HEADER`, then extended items if flagged | provider GUID + descriptor |
//! | MESSAGE | 8: size, marker, message number, option flags; then sequence, GUID or component id, timestamp, tid+pid as flagged | message GUID + number |
//! | TIMED | 0x10: size, marker, event id, timestamp | event id |
//! | WNODE_HEADER | 0x30: `WNODE_HEADER` whose low 16 bits of `BufferSize` are the size | GUID |
//! | ERROR | 4: size and marker; the rest is kept as payload (no public layout) | – |
//!
//! Kinds without a timestamp (ERROR; MESSAGE without `TRACE_MESSAGE_TIMESTAMP`) take the previous record's on the
//! same processor (the session start before any), so timestamp order keeps them in place and both orders agree.

use core::ops::Range;

use etw_core::cursor::{guid_at, i64_at, u16_at, u32_at, u64_at, u8_at};
use etw_core::{
    Channel, CpuTime, EventDescriptor, EventHeader, EventHeaderFlags, EventProperty, ExtendedItems, Guid, HeaderKind,
    HookId, InstanceFields, Level, Location, MessageFields, Opcode,
};

/// Facts about the buffer a record sits in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BufferContext {
    pub processor: u16,
    /// The logfile header's pointer size, for kinds that do not imply one.
    pub pointer_size: u8,
    pub location: Location,
}

const TRACE_MESSAGE_SEQUENCE: u16 = 0x01;
const TRACE_MESSAGE_GUID: u16 = 0x02;
const TRACE_MESSAGE_COMPONENTID: u16 = 0x04;
const TRACE_MESSAGE_TIMESTAMP: u16 = 0x08;
const TRACE_MESSAGE_SYSTEMINFO: u16 = 0x20;

/// Tells the header kind from a record's first four bytes. `None`: not a trace header marker.
pub(crate) fn classify(marker: [u8; 4]) -> Option<HeaderKind> {
    let flags = marker[3];
    if flags & 0xC0 == 0xC0 {
        return Some(HeaderKind(marker[2]));
    }
    match flags & 0xF0 {
        0xB0 => Some(HeaderKind::TIMED),
        0xA0 => Some(HeaderKind::ERROR),
        0x90 => Some(HeaderKind::MESSAGE),
        _ => None,
    }
}

/// The outcome of checking one record.
#[derive(Debug)]
pub(crate) enum Scan {
    /// No more records in this buffer.
    End,
    /// A record with nothing wrong with it.
    Record(Checked),
    /// A damaged record: nothing after it in this buffer can be trusted.
    Bad { reason: String },
}

/// A record whose bytes have been checked: whatever can be wrong with it has been found, so its header and
/// identity read without a failure path. Splitting the check from the reading lets a walk that wants only a few
/// records find the same damage at the same place while reading no more than the identity of the others.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    kind: HeaderKind,
    /// The record's bytes in the buffer.
    bytes: Range<usize>,
    /// Its extended data items (empty if none).
    pub extended: Range<usize>,
    /// Its payload.
    pub payload: Range<usize>,
    /// Where the next record starts.
    pub next: usize,
}

/// Checks the record at `pos` of `data`, whose valid bytes end at `end`.
pub(crate) fn check_record(data: &[u8], pos: usize, end: usize) -> Scan {
    if pos >= end {
        return Scan::End;
    }
    let Some(rec_area) = data.get(pos..end) else { return Scan::End };
    let Some(marker) = rec_area.first_chunk::<4>().copied() else {
        return Scan::Bad { reason: format!("{} stray bytes at the end of the buffer data", rec_area.len()) };
    };
    let Some(kind) = classify(marker) else {
        return Scan::Bad {
            reason: format!("not a trace record: marker {:#010x} has no header flags", u32::from_le_bytes(marker)),
        };
    };
    let size_at_4 = kind.is_kernel();
    let size = if size_at_4 { u16_at(rec_area, 4) } else { u16_at(rec_area, 0) };
    let Some(size) = size.map(usize::from) else {
        return Scan::Bad { reason: format!("{kind} record header cut off by the end of the buffer data") };
    };
    let fixed = fixed_size(kind);
    if size < fixed {
        return Scan::Bad { reason: format!("{kind} record size {size} is smaller than its {fixed}-byte header") };
    }
    if size > rec_area.len() {
        return Scan::Bad {
            reason: format!("{kind} record size {size} runs past the buffer's filled bytes ({} left)", rec_area.len()),
        };
    }
    let Some(rec) = rec_area.get(..size) else { return Scan::Bad { reason: "record out of range".into() } };
    let next = pos + size.next_multiple_of(8);
    let body_start = match check_header(kind, rec) {
        Ok(at) => at,
        Err(reason) => return Scan::Bad { reason },
    };
    if body_start > rec.len() {
        return Scan::Bad {
            reason: format!("{kind} record size {} is smaller than its {body_start}-byte header", rec.len()),
        };
    }
    let body = pos + body_start..pos + size;
    let flags = EventHeaderFlags(u16_at(rec, 4).unwrap_or(0));
    let (extended, payload) = if kind.is_event_header() && flags.contains(EventHeaderFlags::EXTENDED_INFO) {
        let area = data.get(body.clone()).unwrap_or_default();
        match ExtendedItems::parse_packed(area) {
            Ok((_, rest)) => {
                let split = body.end - rest.len();
                (body.start..split, split..body.end)
            }
            Err(e) => return Scan::Bad { reason: format!("{kind} record: {e}") },
        }
    } else {
        (body.start..body.start, body)
    };
    Scan::Record(Checked { kind, bytes: pos..pos + size, extended, payload, next })
}

/// What a record's fixed header can have wrong beyond its size (values that do not fit the event model, a
/// `TRACE_MESSAGE` shorter than its options say); returns the offset (within the record) where its body starts.
fn check_header(kind: HeaderKind, r: &[u8]) -> Result<usize, String> {
    match kind {
        HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64 => {
            check_version(kind, Fixed::<0x20>::of(kind, r)?.u16(0))?;
            Ok(0x20)
        }
        HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => {
            check_version(kind, Fixed::<0x18>::of(kind, r)?.u16(0))?;
            Ok(0x18)
        }
        HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => {
            check_version(kind, Fixed::<0x10>::of(kind, r)?.u16(0))?;
            Ok(0x10)
        }
        HeaderKind::FULL_HEADER32 | HeaderKind::FULL_HEADER64 => {
            check_version(kind, Fixed::<0x30>::of(kind, r)?.u16(6))?;
            Ok(0x30)
        }
        HeaderKind::INSTANCE32 | HeaderKind::INSTANCE64 => {
            check_version(kind, Fixed::<0x48>::of(kind, r)?.u16(6))?;
            Ok(0x48)
        }
        HeaderKind::WNODE_HEADER => Fixed::<0x30>::of(kind, r).map(|_| 0x30),
        HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64 => Fixed::<0x50>::of(kind, r).map(|_| 0x50),
        HeaderKind::MESSAGE => MessageLayout::of(Fields { kind, r }).map(|m| m.end),
        HeaderKind::TIMED => {
            let event_id = Fixed::<0x10>::of(kind, r)?.u32(4);
            u16::try_from(event_id)
                .map_err(|_| format!("{kind} record event id {event_id} does not fit the 16-bit event id"))?;
            Ok(0x10)
        }
        // ERROR, and kinds we do not know: keep everything after the size and marker as payload.
        _ => Ok(4),
    }
}

/// What a record is, read without the rest of its header: its kind, provider id and event id, as its full
/// header would give them. For walks that want only a few records (see [`crate::EtlReader::next_record_where`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordId {
    kind: HeaderKind,
    provider_id: Guid,
    id: u16,
    /// `None` for kinds without a timestamp (the walk needs it for the records that follow).
    timestamp: Option<i64>,
}

impl RecordId {
    /// The header kind.
    pub fn kind(&self) -> HeaderKind {
        self.kind
    }

    /// The provider id (class or message GUID for classic and message headers; zero where the header has none),
    /// as [`EventHeader::provider_id`].
    pub fn provider_id(&self) -> Guid {
        self.provider_id
    }

    /// The event id, as the header's `descriptor.id`.
    pub fn id(&self) -> u16 {
        self.id
    }

    /// The raw timestamp, for kinds that have one.
    pub(crate) fn timestamp(&self) -> Option<i64> {
        self.timestamp
    }

    /// A header with the kind, provider id and event id set and every other field at its default: for
    /// predicates written against whole events that look at no more than these.
    pub fn header(&self) -> EventHeader {
        let mut h = EventHeader { kind: self.kind, provider_id: self.provider_id, ..EventHeader::default() };
        h.descriptor.id = self.id;
        h
    }
}

impl Checked {
    fn record<'a>(&self, data: &'a [u8]) -> &'a [u8] {
        data.get(self.bytes.clone()).unwrap_or_default()
    }

    /// The record's identity: the same provider id, event id and timestamp as [`Checked::header`] gives (a test
    /// holds the two together over the corpus).
    pub(crate) fn identity(&self, data: &[u8]) -> RecordId {
        let r = self.record(data);
        let kind = self.kind;
        let mut id = RecordId { kind, provider_id: Guid::default(), id: 0, timestamp: None };
        // The record is at least its kind's fixed size (checked), so these reads are plain loads.
        match kind {
            HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64 | HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => {
                id.timestamp = Fixed::<0x18>::get(r).map(|f| f.i64(0x10));
            }
            HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => {
                id.timestamp = Fixed::<0x10>::get(r).map(|f| f.i64(8));
            }
            HeaderKind::FULL_HEADER32
            | HeaderKind::FULL_HEADER64
            | HeaderKind::INSTANCE32
            | HeaderKind::INSTANCE64
            | HeaderKind::WNODE_HEADER => {
                if let Some(f) = Fixed::<0x30>::get(r) {
                    id.timestamp = Some(f.i64(0x10));
                    id.provider_id = f.guid(0x18);
                }
            }
            HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64 => {
                if let Some(f) = Fixed::<0x50>::get(r) {
                    id.timestamp = Some(f.i64(0x10));
                    id.provider_id = f.guid(0x18);
                    id.id = f.u16(0x28);
                }
            }
            HeaderKind::TIMED => {
                if let Some(f) = Fixed::<0x10>::get(r) {
                    id.id = timed_event_id(f.u32(4));
                    id.timestamp = Some(f.i64(8));
                }
            }
            HeaderKind::MESSAGE => {
                if let Ok(m) = MessageLayout::of(Fields { kind, r }) {
                    id.id = m.number;
                    id.provider_id = m.guid.and_then(|at| guid_at(r, at)).unwrap_or_default();
                    id.timestamp = m.timestamp.and_then(|at| i64_at(r, at));
                }
            }
            _ => {}
        }
        id
    }

    /// The record's header. `last_ts` stands in for a timestamp the record does not have.
    ///
    /// Inlined so that the header is built where the caller keeps it rather than copied there (176 bytes a
    /// record).
    #[inline]
    pub(crate) fn header(&self, data: &[u8], ctx: &BufferContext, last_ts: i64) -> EventHeader {
        let r = self.record(data);
        let kind = self.kind;
        let mut h = EventHeader {
            kind,
            marker_flags: u8_at(r, 3).unwrap_or(0),
            pointer_size: kind.pointer_size().unwrap_or(ctx.pointer_size),
            processor: ctx.processor,
            process_id: u32::MAX,
            thread_id: u32::MAX,
            timestamp: last_ts,
            location: ctx.location,
            ..EventHeader::default()
        };
        match kind {
            HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64 | HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => {
                read_system_header(kind, r, &mut h)
            }
            HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => read_perfinfo_header(r, &mut h),
            HeaderKind::FULL_HEADER32
            | HeaderKind::FULL_HEADER64
            | HeaderKind::INSTANCE32
            | HeaderKind::INSTANCE64
            | HeaderKind::WNODE_HEADER => read_classic_header(kind, r, &mut h),
            HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64 => read_event_header(r, &mut h),
            HeaderKind::MESSAGE => read_message_header(Fields { kind, r }, &mut h),
            HeaderKind::TIMED => read_timed_header(r, &mut h),
            _ => {}
        }
        h
    }
}

fn missing(kind: HeaderKind, field: &str) -> String {
    format!("{kind} record too short for {field}")
}

/// The fixed header size of each kind (the minimum record size).
pub(crate) fn fixed_size(kind: HeaderKind) -> usize {
    match kind {
        HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64 => 0x20,
        HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => 0x18,
        HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => 0x10,
        HeaderKind::FULL_HEADER32 | HeaderKind::FULL_HEADER64 => 0x30,
        HeaderKind::INSTANCE32 | HeaderKind::INSTANCE64 => 0x48,
        HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64 => 0x50,
        HeaderKind::MESSAGE => 8,
        HeaderKind::TIMED => 0x10,
        HeaderKind::WNODE_HEADER => 0x30,
        // ERROR and unknown kinds: only the size and marker are known.
        _ => 4,
    }
}

/// A record's bytes with its kind, for reading fields that may be missing (the error names the kind and the
/// field): the optional fields of a `TRACE_MESSAGE` header, which follow its fixed 8 bytes.
#[derive(Clone, Copy)]
struct Fields<'a> {
    kind: HeaderKind,
    r: &'a [u8],
}

impl Fields<'_> {
    fn u16(&self, at: usize, what: &str) -> Result<u16, String> {
        u16_at(self.r, at).ok_or_else(|| missing(self.kind, what))
    }

    fn u32(&self, at: usize, what: &str) -> Result<u32, String> {
        u32_at(self.r, at).ok_or_else(|| missing(self.kind, what))
    }

    fn i64(&self, at: usize, what: &str) -> Result<i64, String> {
        i64_at(self.r, at).ok_or_else(|| missing(self.kind, what))
    }

    fn guid(&self, at: usize, what: &str) -> Result<Guid, String> {
        guid_at(self.r, at).ok_or_else(|| missing(self.kind, what))
    }
}

/// The fixed header of a record: `N` bytes that [`parse_record`] has already checked are there (a record is at
/// least [`fixed_size`] bytes long). Reads at constant offsets inside an array of known length cannot fail, so
/// once inlined they are plain loads, without a bounds check or an error path per field.
#[derive(Clone, Copy)]
struct Fixed<'a, const N: usize>(&'a [u8; N]);

impl<'a, const N: usize> Fixed<'a, N> {
    /// The first `N` bytes of record `r` of `kind`; an error only if the size check were skipped.
    #[inline(always)]
    fn of(kind: HeaderKind, r: &'a [u8]) -> Result<Self, String> {
        Self::get(r).ok_or_else(|| format!("{kind} record size {} is smaller than its {N}-byte header", r.len()))
    }

    /// The first `N` bytes of a checked record (`None` only if the check were skipped).
    #[inline(always)]
    fn get(r: &'a [u8]) -> Option<Self> {
        r.first_chunk::<N>().map(Fixed)
    }

    #[inline(always)]
    fn u8(self, at: usize) -> u8 {
        u8_at(self.0, at).unwrap_or(0)
    }

    #[inline(always)]
    fn u16(self, at: usize) -> u16 {
        u16_at(self.0, at).unwrap_or(0)
    }

    #[inline(always)]
    fn u32(self, at: usize) -> u32 {
        u32_at(self.0, at).unwrap_or(0)
    }

    #[inline(always)]
    fn u64(self, at: usize) -> u64 {
        u64_at(self.0, at).unwrap_or(0)
    }

    #[inline(always)]
    fn i64(self, at: usize) -> i64 {
        i64_at(self.0, at).unwrap_or(0)
    }

    #[inline(always)]
    fn guid(self, at: usize) -> Guid {
        guid_at(self.0, at).unwrap_or_default()
    }
}

/// The header flag for the pointer size the header kind (or the logfile) gives.
fn width_flag(h: &EventHeader) -> EventHeaderFlags {
    if h.pointer_size == 4 {
        EventHeaderFlags::HEADER_32_BIT
    } else {
        EventHeaderFlags::HEADER_64_BIT
    }
}

/// A 16-bit version on disk as the descriptor's 8 bits; [`check_header`] has turned larger ones into damage.
fn narrow_version(version: u16) -> u8 {
    u8::try_from(version).unwrap_or(u8::MAX)
}

/// SYSTEM and COMPACT kernel headers: version, marker, size, hook id, thread, process, timestamp, and (SYSTEM
/// only) kernel and user time.
fn read_system_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) {
    let Some(f) = Fixed::<0x18>::get(r) else { return };
    let hook = HookId(f.u16(6));
    h.hook = Some(hook);
    h.flags = width_flag(h);
    h.descriptor.opcode = Opcode(hook.kind());
    h.descriptor.version = narrow_version(f.u16(0));
    h.thread_id = f.u32(8);
    h.process_id = f.u32(0xC);
    h.timestamp = f.i64(0x10);
    if matches!(kind, HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64) {
        let Some(f) = Fixed::<0x20>::get(r) else { return };
        h.cpu_time = CpuTime::KernelUser { kernel: f.u32(0x18), user: f.u32(0x1C) };
    } else {
        h.flags = h.flags | EventHeaderFlags::NO_CPUTIME;
    }
}

/// A version that is 16 bits on disk (a kernel header's, before the kind and marker flags; a classic header's
/// `Class.Version`) and 8 in the event descriptor: a larger one cannot be shown as it is.
fn check_version(kind: HeaderKind, version: u16) -> Result<u8, String> {
    u8::try_from(version).map_err(|_| format!("{kind} record version {version} does not fit the 8-bit event version"))
}

/// PERFINFO kernel headers: version, marker, size, hook id, timestamp.
fn read_perfinfo_header(r: &[u8], h: &mut EventHeader) {
    let Some(f) = Fixed::<0x10>::get(r) else { return };
    let hook = HookId(f.u16(6));
    h.hook = Some(hook);
    h.flags = width_flag(h) | EventHeaderFlags::NO_CPUTIME;
    h.descriptor.opcode = Opcode(hook.kind());
    h.descriptor.version = narrow_version(f.u16(0));
    h.timestamp = f.i64(8);
}

/// Classic (MOF) headers: `EVENT_TRACE_HEADER`, `EVENT_INSTANCE_GUID_HEADER`, and the bare `WNODE_HEADER`.
fn read_classic_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) {
    let Some(f) = Fixed::<0x30>::get(r) else { return };
    h.flags = width_flag(h) | EventHeaderFlags::CLASSIC_HEADER;
    h.timestamp = f.i64(0x10);
    h.provider_id = f.guid(0x18);
    if kind == HeaderKind::WNODE_HEADER {
        // WNODE_HEADER: BufferSize, ProviderId, HistoricalContext, TimeStamp, Guid, ClientContext, Flags.
        return;
    }
    h.descriptor.opcode = Opcode(f.u8(4));
    h.descriptor.level = Level(f.u8(5));
    h.descriptor.version = narrow_version(f.u16(6));
    h.thread_id = f.u32(8);
    h.process_id = f.u32(0xC);
    h.cpu_time = CpuTime::KernelUser { kernel: f.u32(0x28), user: f.u32(0x2C) };
    if !matches!(kind, HeaderKind::INSTANCE32 | HeaderKind::INSTANCE64) {
        return;
    }
    let Some(f) = Fixed::<0x48>::get(r) else { return };
    h.instance =
        Some(InstanceFields { instance_id: f.u32(0x30), parent_instance_id: f.u32(0x34), parent_guid: f.guid(0x38) });
}

/// `EVENT_HEADER` (manifest, TraceLogging and EventSource providers).
fn read_event_header(r: &[u8], h: &mut EventHeader) {
    let Some(f) = Fixed::<0x50>::get(r) else { return };
    let flags = EventHeaderFlags(f.u16(4));
    h.flags = flags;
    h.event_property = EventProperty(f.u16(6));
    h.thread_id = f.u32(8);
    h.process_id = f.u32(0xC);
    h.timestamp = f.i64(0x10);
    h.provider_id = f.guid(0x18);
    h.descriptor = EventDescriptor {
        id: f.u16(0x28),
        version: f.u8(0x2A),
        channel: Channel(f.u8(0x2B)),
        level: Level(f.u8(0x2C)),
        opcode: Opcode(f.u8(0x2D)),
        task: f.u16(0x2E),
        keywords: f.u64(0x30),
    };
    h.cpu_time = if flags.contains(EventHeaderFlags::PRIVATE_SESSION) {
        CpuTime::Processor(f.u64(0x38))
    } else if flags.contains(EventHeaderFlags::NO_CPUTIME) {
        CpuTime::None
    } else {
        CpuTime::KernelUser { kernel: f.u32(0x38), user: f.u32(0x3C) }
    };
    h.activity_id = f.guid(0x40);
}

/// Where the fields of a `TRACE_MESSAGE` header are: size, marker, message number, option flags, then the
/// optional fields the options name, in order.
struct MessageLayout {
    number: u16,
    options: u16,
    sequence: Option<usize>,
    guid: Option<usize>,
    component_id: Option<usize>,
    timestamp: Option<usize>,
    /// Thread id, then process id.
    system_info: Option<usize>,
    /// Where the body starts.
    end: usize,
}

impl MessageLayout {
    /// The layout, or which field the record is too short for.
    fn of(f: Fields<'_>) -> Result<MessageLayout, String> {
        let number = f.u16(4, "message number")?;
        let options = f.u16(6, "option flags")?;
        let mut m = MessageLayout {
            number,
            options,
            sequence: None,
            guid: None,
            component_id: None,
            timestamp: None,
            system_info: None,
            end: 8,
        };
        if options & TRACE_MESSAGE_SEQUENCE != 0 {
            f.u32(m.end, "sequence number")?;
            m.sequence = Some(m.end);
            m.end += 4;
        }
        if options & TRACE_MESSAGE_GUID != 0 {
            f.guid(m.end, "message GUID")?;
            m.guid = Some(m.end);
            m.end += 16;
        } else if options & TRACE_MESSAGE_COMPONENTID != 0 {
            f.u32(m.end, "component id")?;
            m.component_id = Some(m.end);
            m.end += 4;
        }
        if options & TRACE_MESSAGE_TIMESTAMP != 0 {
            f.i64(m.end, "timestamp")?;
            m.timestamp = Some(m.end);
            m.end += 8;
        }
        if options & TRACE_MESSAGE_SYSTEMINFO != 0 {
            f.u32(m.end, "thread id")?;
            f.u32(m.end + 4, "process id")?;
            m.system_info = Some(m.end);
            m.end += 8;
        }
        Ok(m)
    }
}

/// WPP's `TRACE_MESSAGE` header (see [`MessageLayout`]).
fn read_message_header(f: Fields<'_>, h: &mut EventHeader) {
    let Ok(m) = MessageLayout::of(f) else { return };
    let r = f.r;
    h.flags = width_flag(h) | EventHeaderFlags::TRACE_MESSAGE;
    h.descriptor.id = m.number;
    if let Some(at) = m.guid {
        h.provider_id = guid_at(r, at).unwrap_or_default();
    }
    if let Some(at) = m.timestamp {
        h.timestamp = i64_at(r, at).unwrap_or(h.timestamp);
    }
    if let Some(at) = m.system_info {
        h.thread_id = u32_at(r, at).unwrap_or(u32::MAX);
        h.process_id = u32_at(r, at + 4).unwrap_or(u32::MAX);
    }
    h.message = Some(MessageFields {
        number: m.number,
        options: m.options,
        sequence: m.sequence.and_then(|at| u32_at(r, at)),
        component_id: m.component_id.and_then(|at| u32_at(r, at)),
    });
}

/// A timed record's 32-bit event id as the descriptor's 16 bits; [`check_header`] has turned wider ones into
/// damage.
fn timed_event_id(event_id: u32) -> u16 {
    u16::try_from(event_id).unwrap_or(u16::MAX)
}

/// The timed header: size, marker, event id, timestamp.
fn read_timed_header(r: &[u8], h: &mut EventHeader) {
    let Some(f) = Fixed::<0x10>::get(r) else { return };
    h.descriptor.id = timed_event_id(f.u32(4));
    h.timestamp = f.i64(8);
}

/// Builds the event-to-be from a parsed step's ranges.
pub(crate) fn split<'a>(
    data: &'a [u8],
    extended: &Range<usize>,
    payload: &Range<usize>,
) -> (ExtendedItems<'a>, &'a [u8]) {
    let ext_bytes = data.get(extended.clone()).unwrap_or_default();
    let items = if ext_bytes.is_empty() {
        ExtendedItems::NONE
    } else {
        ExtendedItems::parse_packed(ext_bytes).map(|(items, _)| items).unwrap_or(ExtendedItems::NONE)
    };
    (items, data.get(payload.clone()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outcome of reading one record whole.
    #[derive(Debug)]
    enum Step {
        End,
        Record { header: EventHeader },
        Bad { reason: String },
    }

    /// Checks the record at `pos` and reads its header, as the record cursor does.
    fn parse_record(data: &[u8], pos: usize, end: usize, ctx: &BufferContext, last_ts: i64) -> Step {
        match check_record(data, pos, end) {
            Scan::End => Step::End,
            Scan::Bad { reason } => Step::Bad { reason },
            Scan::Record(c) => Step::Record { header: c.header(data, ctx, last_ts) },
        }
    }

    #[test]
    fn classifies_markers() {
        assert_eq!(classify([0, 0, 0x13, 0xC0]), Some(HeaderKind::EVENT_HEADER64));
        assert_eq!(classify([0, 0, 0x1f, 0xC0]), Some(HeaderKind(0x1f)));
        assert_eq!(classify([0, 0, 0, 0x90]), Some(HeaderKind::MESSAGE));
        assert_eq!(classify([0, 0, 0, 0xB0]), Some(HeaderKind::TIMED));
        assert_eq!(classify([0, 0, 0, 0xA0]), Some(HeaderKind::ERROR));
        assert_eq!(classify([0xff, 0xff, 0xff, 0x7f]), None);
        assert_eq!(classify([0, 0, 0, 0]), None);
    }

    #[test]
    fn empty_and_garbage() {
        let ctx = BufferContext { processor: 0, pointer_size: 8, location: Location::default() };
        assert!(matches!(parse_record(&[], 0, 0, &ctx, 0), Step::End));
        assert!(matches!(parse_record(&[1, 2], 0, 2, &ctx, 0), Step::Bad { .. }));
        assert!(matches!(parse_record(&[0; 16], 0, 16, &ctx, 0), Step::Bad { .. }));
    }

    fn reason(step: Step) -> String {
        match step {
            Step::Bad { reason } => reason,
            other => panic!("expected damage, got {other:?}"),
        }
    }

    #[test]
    fn values_wider_than_the_event_model_are_damage_not_truncated() {
        let ctx = BufferContext { processor: 0, pointer_size: 8, location: Location::default() };
        // FULL_HEADER32: size 0x30, marker (kind 0x0A, flags 0xC0), type, level, 16-bit version.
        let mut full = vec![0u8; 0x30];
        full[..4].copy_from_slice(&[0x30, 0, 0x0A, 0xC0]);
        full[6..8].copy_from_slice(&255u16.to_le_bytes());
        let Step::Record { header, .. } = parse_record(&full, 0, full.len(), &ctx, 0) else { panic!() };
        assert_eq!(header.descriptor.version, 255);
        full[6..8].copy_from_slice(&0x0102u16.to_le_bytes());
        assert_eq!(
            reason(parse_record(&full, 0, full.len(), &ctx, 0)),
            "FULL_HEADER32 record version 258 does not fit the 8-bit event version"
        );
        // SYSTEM64: 16-bit version, kind 0x02, flags 0xC0, size 0x20 at 4.
        let mut system = vec![0u8; 0x20];
        system[..6].copy_from_slice(&[2, 0, 0x02, 0xC0, 0x20, 0]);
        let Step::Record { header, .. } = parse_record(&system, 0, system.len(), &ctx, 0) else { panic!() };
        assert_eq!(header.descriptor.version, 2);
        system[1] = 1;
        assert_eq!(
            reason(parse_record(&system, 0, system.len(), &ctx, 0)),
            "SYSTEM64 record version 258 does not fit the 8-bit event version"
        );
        // TIMED: size 0x10, marker 0xB0, 32-bit event id, timestamp.
        let mut timed = vec![0u8; 0x10];
        timed[..4].copy_from_slice(&[0x10, 0, 0, 0xB0]);
        timed[4..8].copy_from_slice(&65_535u32.to_le_bytes());
        let Step::Record { header, .. } = parse_record(&timed, 0, timed.len(), &ctx, 0) else { panic!() };
        assert_eq!(header.descriptor.id, 65_535);
        timed[4..8].copy_from_slice(&65_536u32.to_le_bytes());
        assert_eq!(
            reason(parse_record(&timed, 0, timed.len(), &ctx, 0)),
            "TIMED record event id 65536 does not fit the 16-bit event id"
        );
    }
}
