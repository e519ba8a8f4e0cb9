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

/// The outcome of reading one record.
#[derive(Debug)]
pub(crate) enum Step {
    /// No more records in this buffer.
    End,
    /// A record: its header, the byte range of its extended data, of its payload, and where the next one starts.
    Record { header: EventHeader, extended: Range<usize>, payload: Range<usize>, next: usize },
    /// A damaged record: nothing after it in this buffer can be trusted.
    Bad { reason: String },
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

/// Reads the record at `pos` of `data`, whose valid bytes end at `end`. `last_ts` is the previous record's
/// timestamp (used by kinds that have none).
pub(crate) fn parse_record(data: &[u8], pos: usize, end: usize, ctx: &BufferContext, last_ts: i64) -> Step {
    if pos >= end {
        return Step::End;
    }
    let Some(rec_area) = data.get(pos..end) else { return Step::End };
    let Some(marker) = rec_area.get(..4).and_then(|m| <[u8; 4]>::try_from(m).ok()) else {
        return Step::Bad { reason: format!("{} stray bytes at the end of the buffer data", rec_area.len()) };
    };
    let Some(kind) = classify(marker) else {
        return Step::Bad {
            reason: format!("not a trace record: marker {:#010x} has no header flags", u32::from_le_bytes(marker)),
        };
    };
    let size_at_4 = kind.is_kernel();
    let size = if size_at_4 { u16_at(rec_area, 4) } else { u16_at(rec_area, 0) };
    let Some(size) = size.map(usize::from) else {
        return Step::Bad { reason: format!("{kind} record header cut off by the end of the buffer data") };
    };
    let fixed = fixed_size(kind);
    if size < fixed {
        return Step::Bad { reason: format!("{kind} record size {size} is smaller than its {fixed}-byte header") };
    }
    if size > rec_area.len() {
        return Step::Bad {
            reason: format!("{kind} record size {size} runs past the buffer's filled bytes ({} left)", rec_area.len()),
        };
    }
    let Some(rec) = rec_area.get(..size) else { return Step::Bad { reason: "record out of range".into() } };
    let next = pos + size.next_multiple_of(8);

    match read_header(kind, marker[3], rec, ctx, last_ts) {
        Ok((header, body_start)) => {
            let body = pos + body_start..pos + size;
            let (extended, payload) =
                if kind.is_event_header() && header.flags.contains(EventHeaderFlags::EXTENDED_INFO) {
                    let area = data.get(body.clone()).unwrap_or_default();
                    match ExtendedItems::parse_packed(area) {
                        Ok((_, rest)) => {
                            let split = body.end - rest.len();
                            (body.start..split, split..body.end)
                        }
                        Err(e) => return Step::Bad { reason: format!("{kind} record: {e}") },
                    }
                } else {
                    (body.start..body.start, body)
                };
            Step::Record { header, extended, payload, next }
        }
        Err(reason) => Step::Bad { reason },
    }
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

fn missing(kind: HeaderKind, field: &str) -> String {
    format!("{kind} record too short for {field}")
}

/// Reads the fixed fields; returns the header and the offset (within the record) where its body starts.
fn read_header(
    kind: HeaderKind,
    marker_flags: u8,
    r: &[u8],
    ctx: &BufferContext,
    last_ts: i64,
) -> Result<(EventHeader, usize), String> {
    let pointer_size = kind.pointer_size().unwrap_or(ctx.pointer_size);
    let mut h = EventHeader {
        kind,
        marker_flags,
        pointer_size,
        processor: ctx.processor,
        process_id: u32::MAX,
        thread_id: u32::MAX,
        timestamp: last_ts,
        location: ctx.location,
        ..EventHeader::default()
    };
    let body_start = match kind {
        HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64 | HeaderKind::COMPACT32 | HeaderKind::COMPACT64 => {
            read_system_header(kind, r, &mut h)?
        }
        HeaderKind::PERFINFO32 | HeaderKind::PERFINFO64 => read_perfinfo_header(kind, r, &mut h)?,
        HeaderKind::FULL_HEADER32
        | HeaderKind::FULL_HEADER64
        | HeaderKind::INSTANCE32
        | HeaderKind::INSTANCE64
        | HeaderKind::WNODE_HEADER => read_classic_header(kind, r, &mut h)?,
        HeaderKind::EVENT_HEADER32 | HeaderKind::EVENT_HEADER64 => read_event_header(kind, r, &mut h)?,
        HeaderKind::MESSAGE => read_message_header(Fields { kind, r }, &mut h)?,
        HeaderKind::TIMED => read_timed_header(kind, r, &mut h)?,
        // ERROR, and kinds we do not know: keep everything after the size and marker as payload.
        _ => 4,
    };
    if body_start > r.len() {
        return Err(format!("{kind} record size {} is smaller than its {body_start}-byte header", r.len()));
    }
    Ok((h, body_start))
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
        r.first_chunk::<N>()
            .map(Fixed)
            .ok_or_else(|| format!("{kind} record size {} is smaller than its {N}-byte header", r.len()))
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

/// SYSTEM and COMPACT kernel headers: version, marker, size, hook id, thread, process, timestamp, and (SYSTEM
/// only) kernel and user time.
fn read_system_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) -> Result<usize, String> {
    let f = Fixed::<0x18>::of(kind, r)?;
    let hook = HookId(f.u16(6));
    h.hook = Some(hook);
    h.flags = width_flag(h);
    h.descriptor.opcode = Opcode(hook.kind());
    h.descriptor.version = kernel_version(kind, f.u16(0))?;
    h.thread_id = f.u32(8);
    h.process_id = f.u32(0xC);
    h.timestamp = f.i64(0x10);
    if matches!(kind, HeaderKind::SYSTEM32 | HeaderKind::SYSTEM64) {
        let f = Fixed::<0x20>::of(kind, r)?;
        h.cpu_time = CpuTime::KernelUser { kernel: f.u32(0x18), user: f.u32(0x1C) };
        Ok(0x20)
    } else {
        h.flags = h.flags | EventHeaderFlags::NO_CPUTIME;
        Ok(0x18)
    }
}

/// A kernel header's version: 16 bits on disk (before the kind and marker flags), 8 in the event descriptor.
fn kernel_version(kind: HeaderKind, version: u16) -> Result<u8, String> {
    u8::try_from(version).map_err(|_| format!("{kind} record version {version} does not fit the 8-bit event version"))
}

/// PERFINFO kernel headers: version, marker, size, hook id, timestamp.
fn read_perfinfo_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) -> Result<usize, String> {
    let f = Fixed::<0x10>::of(kind, r)?;
    let hook = HookId(f.u16(6));
    h.hook = Some(hook);
    h.flags = width_flag(h) | EventHeaderFlags::NO_CPUTIME;
    h.descriptor.opcode = Opcode(hook.kind());
    h.descriptor.version = kernel_version(kind, f.u16(0))?;
    h.timestamp = f.i64(8);
    Ok(0x10)
}

/// Classic (MOF) headers: `EVENT_TRACE_HEADER`, `EVENT_INSTANCE_GUID_HEADER`, and the bare `WNODE_HEADER`.
fn read_classic_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) -> Result<usize, String> {
    let f = Fixed::<0x30>::of(kind, r)?;
    h.flags = width_flag(h) | EventHeaderFlags::CLASSIC_HEADER;
    h.timestamp = f.i64(0x10);
    h.provider_id = f.guid(0x18);
    if kind == HeaderKind::WNODE_HEADER {
        // WNODE_HEADER: BufferSize, ProviderId, HistoricalContext, TimeStamp, Guid, ClientContext, Flags.
        return Ok(0x30);
    }
    h.descriptor.opcode = Opcode(f.u8(4));
    h.descriptor.level = Level(f.u8(5));
    // `Class.Version` is 16 bits on disk, the descriptor's version 8: a larger one cannot be shown as it is.
    let version = f.u16(6);
    h.descriptor.version = u8::try_from(version)
        .map_err(|_| format!("{kind} record version {version} does not fit the 8-bit event version"))?;
    h.thread_id = f.u32(8);
    h.process_id = f.u32(0xC);
    h.cpu_time = CpuTime::KernelUser { kernel: f.u32(0x28), user: f.u32(0x2C) };
    if !matches!(kind, HeaderKind::INSTANCE32 | HeaderKind::INSTANCE64) {
        return Ok(0x30);
    }
    let f = Fixed::<0x48>::of(kind, r)?;
    h.instance =
        Some(InstanceFields { instance_id: f.u32(0x30), parent_instance_id: f.u32(0x34), parent_guid: f.guid(0x38) });
    Ok(0x48)
}

/// `EVENT_HEADER` (manifest, TraceLogging and EventSource providers).
fn read_event_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) -> Result<usize, String> {
    let f = Fixed::<0x50>::of(kind, r)?;
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
    Ok(0x50)
}

/// WPP's `TRACE_MESSAGE` header: size, marker, message number, option flags, then the optional fields the
/// options name, in order.
fn read_message_header(f: Fields<'_>, h: &mut EventHeader) -> Result<usize, String> {
    let number = f.u16(4, "message number")?;
    let options = f.u16(6, "option flags")?;
    h.flags = width_flag(h) | EventHeaderFlags::TRACE_MESSAGE;
    h.descriptor.id = number;
    let mut m = MessageFields { number, options, sequence: None, component_id: None };
    let mut off = 8usize;
    if options & TRACE_MESSAGE_SEQUENCE != 0 {
        m.sequence = Some(f.u32(off, "sequence number")?);
        off += 4;
    }
    if options & TRACE_MESSAGE_GUID != 0 {
        h.provider_id = f.guid(off, "message GUID")?;
        off += 16;
    } else if options & TRACE_MESSAGE_COMPONENTID != 0 {
        m.component_id = Some(f.u32(off, "component id")?);
        off += 4;
    }
    if options & TRACE_MESSAGE_TIMESTAMP != 0 {
        h.timestamp = f.i64(off, "timestamp")?;
        off += 8;
    }
    if options & TRACE_MESSAGE_SYSTEMINFO != 0 {
        h.thread_id = f.u32(off, "thread id")?;
        h.process_id = f.u32(off + 4, "process id")?;
        off += 8;
    }
    h.message = Some(m);
    Ok(off)
}

/// The timed header: size, marker, event id, timestamp.
fn read_timed_header(kind: HeaderKind, r: &[u8], h: &mut EventHeader) -> Result<usize, String> {
    let f = Fixed::<0x10>::of(kind, r)?;
    let event_id = f.u32(4);
    h.descriptor.id = u16::try_from(event_id)
        .map_err(|_| format!("{kind} record event id {event_id} does not fit the 16-bit event id"))?;
    h.timestamp = f.i64(8);
    Ok(0x10)
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
