//! The byte layouts Windows takes for sessions and filters, built and read as plain bytes so they are tested on
//! every platform: `EVENT_TRACE_PROPERTIES` with its name areas, the `EVENT_FILTER_DESCRIPTOR` payloads,
//! `CLASSIC_EVENT_ID` lists (kernel stack walks) and `PERFINFO_GROUPMASK`. The Windows code copies these into
//! aligned memory and passes pointers; tests on Windows check the offsets against `windows-sys`.

use etw_core::cursor::{u32_at, u64_at};
use etw_core::Guid;

use crate::error::LiveError;
use crate::options::{check_session_name, BufferSettings, MAX_LOG_FILE_NAME, MAX_SESSION_NAME};
use crate::providers::utf16z_at;

/// `EVENT_TRACE_REAL_TIME_MODE`.
pub const REAL_TIME_MODE: u32 = 0x0000_0100;
/// `EVENT_TRACE_FILE_MODE_SEQUENTIAL`.
pub const FILE_MODE_SEQUENTIAL: u32 = 0x0000_0001;
/// `EVENT_TRACE_NO_PER_PROCESSOR_BUFFERING`: one set of buffers for all processors, so events arrive in order.
pub const NO_PER_PROCESSOR_BUFFERING: u32 = 0x1000_0000;
/// `EVENT_TRACE_SYSTEM_LOGGER_MODE`: a private session that receives kernel events (Windows 8 and later).
pub const SYSTEM_LOGGER_MODE: u32 = 0x0200_0000;
/// `WNODE_FLAG_TRACED_GUID`.
pub const WNODE_FLAG_TRACED_GUID: u32 = 0x0002_0000;
/// `Wnode.ClientContext` 1: the session stamps events with the QPC (ProcessTrace converts to UTC).
pub const CLOCK_QPC: u32 = 1;

/// Room reserved for each name after the fixed part, in UTF-16 units (ETW writes names back on query and stop).
const NAME_UNITS: usize = 1024;
const _: () = assert!(MAX_SESSION_NAME < NAME_UNITS && MAX_LOG_FILE_NAME < NAME_UNITS);

/// Offsets of `EVENT_TRACE_PROPERTIES` fields for a pointer size (4 or 8): everything up to `LoggerThreadId` is
/// the same, the two name offsets follow the pointer-sized handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PropertiesLayout {
    pub pointer_size: usize,
}

impl PropertiesLayout {
    /// The layout of this build's target.
    pub const NATIVE: PropertiesLayout = PropertiesLayout { pointer_size: core::mem::size_of::<usize>() };

    pub const WNODE_BUFFER_SIZE: usize = 0;
    pub const WNODE_HISTORICAL_CONTEXT: usize = 8;
    pub const WNODE_GUID: usize = 24;
    pub const WNODE_CLIENT_CONTEXT: usize = 40;
    pub const WNODE_FLAGS: usize = 44;
    pub const BUFFER_SIZE: usize = 48;
    pub const MINIMUM_BUFFERS: usize = 52;
    pub const MAXIMUM_BUFFERS: usize = 56;
    pub const LOG_FILE_MODE: usize = 64;
    pub const FLUSH_TIMER: usize = 68;
    pub const ENABLE_FLAGS: usize = 72;
    pub const NUMBER_OF_BUFFERS: usize = 80;
    pub const FREE_BUFFERS: usize = 84;
    pub const EVENTS_LOST: usize = 88;
    pub const BUFFERS_WRITTEN: usize = 92;
    pub const LOG_BUFFERS_LOST: usize = 96;
    pub const REAL_TIME_BUFFERS_LOST: usize = 100;
    pub const LOGGER_THREAD_ID: usize = 104;

    /// Offset of `LogFileNameOffset`.
    pub const fn log_file_name_offset(self) -> usize {
        Self::LOGGER_THREAD_ID + self.pointer_size
    }

    /// Offset of `LoggerNameOffset`.
    pub const fn logger_name_offset(self) -> usize {
        self.log_file_name_offset() + 4
    }

    /// `sizeof(EVENT_TRACE_PROPERTIES)`: the struct holds 64-bit fields, so it is padded to 8 bytes.
    pub const fn size(self) -> usize {
        (self.logger_name_offset() + 4).next_multiple_of(8)
    }

    /// Size of a whole properties buffer: the struct and room for both names.
    pub const fn buffer_size(self) -> usize {
        self.size() + 2 * NAME_UNITS * 2
    }
}

/// What a session is started with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PropertiesSpec {
    pub logger_name: String,
    /// An ETL file written alongside real-time delivery.
    pub log_file: Option<String>,
    pub buffers: BufferSettings,
    pub log_file_mode: u32,
    pub enable_flags: u32,
    /// `Wnode.Guid`: the session's GUID (the kernel control GUID for the NT Kernel Logger).
    pub session_guid: Guid,
}

fn put_u32(b: &mut [u8], at: usize, v: u32) {
    if let Some(d) = b.get_mut(at..at + 4) {
        d.copy_from_slice(&v.to_le_bytes());
    }
}

fn put_utf16(b: &mut [u8], at: usize, s: &str) {
    for (i, u) in s.encode_utf16().enumerate() {
        if let Some(d) = b.get_mut(at + 2 * i..at + 2 * i + 2) {
            d.copy_from_slice(&u.to_le_bytes());
        }
    }
}

/// A zeroed properties buffer whose `Wnode.BufferSize` and name offsets are set: what `ControlTrace` (query,
/// stop, update) and `QueryAllTraces` fill in.
pub(crate) fn control_properties(layout: PropertiesLayout) -> Vec<u8> {
    let mut b = vec![0u8; layout.buffer_size()];
    put_u32(&mut b, PropertiesLayout::WNODE_BUFFER_SIZE, layout.buffer_size() as u32);
    put_u32(&mut b, layout.logger_name_offset(), layout.size() as u32);
    put_u32(&mut b, layout.log_file_name_offset(), (layout.size() + NAME_UNITS * 2) as u32);
    b
}

/// The `EVENT_TRACE_PROPERTIES` buffer `StartTrace` takes for `spec`: the struct, then the session name, then
/// the log file name (its offset is 0 when there is no file). Names are checked first.
pub(crate) fn start_properties(spec: &PropertiesSpec, layout: PropertiesLayout) -> Result<Vec<u8>, LiveError> {
    check_session_name(&spec.logger_name)?;
    spec.buffers.check()?;
    let mut b = control_properties(layout);
    type L = PropertiesLayout;
    put_u32(&mut b, L::WNODE_FLAGS, WNODE_FLAG_TRACED_GUID);
    put_u32(&mut b, L::WNODE_CLIENT_CONTEXT, CLOCK_QPC);
    if let Some(d) = b.get_mut(L::WNODE_GUID..L::WNODE_GUID + 16) {
        d.copy_from_slice(&spec.session_guid.to_le_bytes());
    }
    put_u32(&mut b, L::BUFFER_SIZE, spec.buffers.buffer_size_kb);
    put_u32(&mut b, L::MINIMUM_BUFFERS, spec.buffers.minimum_buffers);
    put_u32(&mut b, L::MAXIMUM_BUFFERS, spec.buffers.maximum_buffers);
    put_u32(&mut b, L::FLUSH_TIMER, spec.buffers.flush_timer_secs);
    put_u32(&mut b, L::ENABLE_FLAGS, spec.enable_flags);
    let mut mode = spec.log_file_mode;
    put_utf16(&mut b, layout.size(), &spec.logger_name);
    match &spec.log_file {
        Some(path) => {
            let units = path.encode_utf16().count();
            if path.is_empty() || path.contains('\0') || units > MAX_LOG_FILE_NAME {
                return Err(LiveError::settings(format!(
                    "the log file path must be 1..={MAX_LOG_FILE_NAME} UTF-16 units without NUL ({units} given)"
                )));
            }
            mode |= FILE_MODE_SEQUENTIAL;
            put_utf16(&mut b, layout.size() + NAME_UNITS * 2, path);
        }
        None => put_u32(&mut b, layout.log_file_name_offset(), 0),
    }
    put_u32(&mut b, L::LOG_FILE_MODE, mode);
    Ok(b)
}

/// The fields of an `EVENT_TRACE_PROPERTIES` buffer that ETW fills in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PropertiesView {
    pub historical_context: u64,
    pub buffer_size_kb: u32,
    pub minimum_buffers: u32,
    pub maximum_buffers: u32,
    pub log_file_mode: u32,
    pub enable_flags: u32,
    pub number_of_buffers: u32,
    pub free_buffers: u32,
    pub events_lost: u32,
    pub buffers_written: u32,
    pub log_buffers_lost: u32,
    pub real_time_buffers_lost: u32,
}

/// Reads what ETW wrote into a properties buffer; `None` if it is shorter than the struct.
pub(crate) fn read_properties(b: &[u8], layout: PropertiesLayout) -> Option<PropertiesView> {
    if b.len() < layout.size() {
        return None;
    }
    type L = PropertiesLayout;
    let f = |at| u32_at(b, at).unwrap_or(0);
    Some(PropertiesView {
        historical_context: u64_at(b, L::WNODE_HISTORICAL_CONTEXT).unwrap_or(0),
        buffer_size_kb: f(L::BUFFER_SIZE),
        minimum_buffers: f(L::MINIMUM_BUFFERS),
        maximum_buffers: f(L::MAXIMUM_BUFFERS),
        log_file_mode: f(L::LOG_FILE_MODE),
        enable_flags: f(L::ENABLE_FLAGS),
        number_of_buffers: f(L::NUMBER_OF_BUFFERS),
        free_buffers: f(L::FREE_BUFFERS),
        events_lost: f(L::EVENTS_LOST),
        buffers_written: f(L::BUFFERS_WRITTEN),
        log_buffers_lost: f(L::LOG_BUFFERS_LOST),
        real_time_buffers_lost: f(L::REAL_TIME_BUFFERS_LOST),
    })
}

/// The session name ETW wrote back into a properties buffer.
pub(crate) fn logger_name(b: &[u8], layout: PropertiesLayout) -> Option<String> {
    let at = u32_at(b, layout.logger_name_offset())? as usize;
    if at == 0 {
        return None;
    }
    utf16z_at(b, at)
}

/// `EVENT_FILTER_TYPE_EVENT_ID`.
pub const FILTER_EVENT_ID: u32 = 0x8000_0200;
/// `EVENT_FILTER_TYPE_PID`.
pub const FILTER_PID: u32 = 0x8000_0004;
/// `EVENT_FILTER_TYPE_EXECUTABLE_NAME`.
pub const FILTER_EXECUTABLE_NAME: u32 = 0x8000_0008;
/// `EVENT_FILTER_TYPE_STACKWALK`.
pub const FILTER_STACKWALK: u32 = 0x8000_1000;
/// `MAX_EVENT_FILTER_EVENT_ID_COUNT`.
pub const MAX_FILTER_EVENT_IDS: usize = 64;
/// `MAX_EVENT_FILTER_PID_COUNT`.
pub const MAX_FILTER_PIDS: usize = 8;
/// `MAX_EVENT_FILTER_DATA_SIZE`.
pub const MAX_FILTER_DATA: usize = 1024;

/// The data one `EVENT_FILTER_DESCRIPTOR` points to, with its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FilterPayload {
    pub kind: u32,
    pub data: Vec<u8>,
}

/// An `EVENT_FILTER_EVENT_ID` (`FilterIn`, reserved byte, `Count`, then the ids), of `kind`
/// [`FILTER_EVENT_ID`] or [`FILTER_STACKWALK`]. `Err` when there are none or more than Windows takes.
pub(crate) fn event_id_filter(kind: u32, ids: &[u16], filter_in: bool) -> Result<FilterPayload, String> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() || ids.len() > MAX_FILTER_EVENT_IDS {
        return Err(format!("{} event ids: a kernel-side filter takes 1..={MAX_FILTER_EVENT_IDS}", ids.len()));
    }
    let mut data = vec![u8::from(filter_in), 0];
    data.extend_from_slice(&(ids.len() as u16).to_le_bytes());
    for id in ids {
        data.extend_from_slice(&id.to_le_bytes());
    }
    Ok(FilterPayload { kind, data })
}

/// An `EVENT_FILTER_TYPE_PID` filter: the process ids as 32-bit values.
pub(crate) fn pid_filter(pids: &[u32]) -> Result<FilterPayload, String> {
    let mut pids = pids.to_vec();
    pids.sort_unstable();
    pids.dedup();
    if pids.is_empty() || pids.len() > MAX_FILTER_PIDS {
        return Err(format!("{} process ids: a kernel-side filter takes 1..={MAX_FILTER_PIDS}", pids.len()));
    }
    Ok(FilterPayload { kind: FILTER_PID, data: pids.iter().flat_map(|p| p.to_le_bytes()).collect() })
}

/// An `EVENT_FILTER_TYPE_EXECUTABLE_NAME` filter: the names joined by `;`, NUL-terminated UTF-16.
pub(crate) fn executable_filter(names: &[String]) -> Result<FilterPayload, String> {
    if names.is_empty() || names.iter().any(|n| n.is_empty() || n.contains(';') || n.contains('\0')) {
        return Err("executable names must be non-empty, without ';' or NUL".to_owned());
    }
    let joined = names.join(";");
    let mut data: Vec<u8> = joined.encode_utf16().flat_map(u16::to_le_bytes).collect();
    data.extend_from_slice(&[0, 0]);
    if data.len() > MAX_FILTER_DATA {
        return Err(format!("executable names take {} bytes; a filter takes at most {MAX_FILTER_DATA}", data.len()));
    }
    Ok(FilterPayload { kind: FILTER_EXECUTABLE_NAME, data })
}

/// `CLASSIC_EVENT_ID`s (class GUID, event type, 7 reserved bytes) for `TraceSetInformation(TraceStackTracingInfo)`.
pub(crate) fn classic_event_ids(events: &[(Guid, u8)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(events.len() * 24);
    for (guid, opcode) in events {
        out.extend_from_slice(&guid.to_le_bytes());
        out.push(*opcode);
        out.extend_from_slice(&[0; 7]);
    }
    out
}

/// A `PERFINFO_GROUPMASK` (eight 32-bit masks) as bytes, for `TraceSetInformation(TraceSystemTraceEnableFlagsInfo)`.
pub(crate) fn group_mask_bytes(masks: &[u32; 8]) -> Vec<u8> {
    masks.iter().flat_map(|m| m.to_le_bytes()).collect()
}

/// `INVALID_PROCESSTRACE_HANDLE`: all ones on 64-bit Windows; a 32-bit process gets `0x00000000FFFFFFFF`.
pub(crate) fn is_invalid_processtrace_handle(h: u64) -> bool {
    h == u64::MAX || h == u64::from(u32::MAX)
}

/// Copies bytes into 8-byte aligned storage (the structs Windows reads hold 64-bit fields).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Aligned {
    words: Vec<u64>,
    len: usize,
}

impl Aligned {
    pub fn from_bytes(b: &[u8]) -> Aligned {
        let words = b
            .chunks(8)
            .map(|c| {
                let mut w = [0u8; 8];
                if let Some(d) = w.get_mut(..c.len()) {
                    d.copy_from_slice(c);
                }
                u64::from_le_bytes(w)
            })
            .collect();
        Aligned { words, len: b.len() }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b: Vec<u8> = self.words.iter().flat_map(|w| w.to_le_bytes()).collect();
        b.truncate(self.len);
        b
    }

    pub fn len(&self) -> usize {
        self.len
    }

    #[cfg(windows)]
    pub fn as_mut_ptr(&mut self) -> *mut u64 {
        self.words.as_mut_ptr()
    }

    pub fn as_ptr(&self) -> *const u64 {
        self.words.as_ptr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use etw_core::cursor::u16_at;

    fn spec() -> PropertiesSpec {
        PropertiesSpec {
            logger_name: "etwkit-test".into(),
            log_file: None,
            buffers: BufferSettings::default(),
            log_file_mode: REAL_TIME_MODE | NO_PER_PROCESSOR_BUFFERING,
            enable_flags: 0,
            session_guid: Guid::parse_const("11111111-2222-3333-4444-555555555555"),
        }
    }

    #[test]
    fn layout_sizes_for_both_pointer_widths() {
        let l64 = PropertiesLayout { pointer_size: 8 };
        assert_eq!((l64.log_file_name_offset(), l64.logger_name_offset(), l64.size()), (112, 116, 120));
        let l32 = PropertiesLayout { pointer_size: 4 };
        assert_eq!((l32.log_file_name_offset(), l32.logger_name_offset(), l32.size()), (108, 112, 120));
        assert_eq!(l64.buffer_size(), 120 + 4096);
    }

    #[test]
    fn start_properties_hold_settings_and_names() {
        let l = PropertiesLayout { pointer_size: 8 };
        let b = start_properties(&spec(), l).unwrap();
        assert_eq!(b.len(), l.buffer_size());
        assert_eq!(u32_at(&b, 0), Some(l.buffer_size() as u32), "Wnode.BufferSize");
        assert_eq!(u32_at(&b, 44), Some(WNODE_FLAG_TRACED_GUID));
        assert_eq!(u32_at(&b, 40), Some(1), "QPC clock");
        assert_eq!(Guid::read(&b[24..]), Some(spec().session_guid));
        let v = read_properties(&b, l).unwrap();
        assert_eq!((v.buffer_size_kb, v.minimum_buffers, v.maximum_buffers), (256, 64, 128));
        assert_eq!(u32_at(&b, 68), Some(1), "flush timer");
        assert_eq!(v.log_file_mode, REAL_TIME_MODE | NO_PER_PROCESSOR_BUFFERING);
        assert_eq!(u32_at(&b, 116), Some(120), "LoggerNameOffset");
        assert_eq!(u32_at(&b, 112), Some(0), "no log file");
        assert_eq!(logger_name(&b, l).as_deref(), Some("etwkit-test"));
        assert_eq!(u16_at(&b, 120 + 2 * "etwkit-test".len()), Some(0), "NUL-terminated");
    }

    #[test]
    fn a_log_file_sets_sequential_mode_and_its_offset() {
        let l = PropertiesLayout { pointer_size: 8 };
        let mut s = spec();
        s.log_file = Some(r"C:\traces\out.etl".into());
        let b = start_properties(&s, l).unwrap();
        let v = read_properties(&b, l).unwrap();
        assert_eq!(v.log_file_mode, REAL_TIME_MODE | NO_PER_PROCESSOR_BUFFERING | FILE_MODE_SEQUENTIAL);
        let at = u32_at(&b, 112).unwrap() as usize;
        assert_eq!(at, 120 + 2048);
        assert_eq!(utf16z_at(&b, at).as_deref(), Some(r"C:\traces\out.etl"));
        s.log_file = Some(String::new());
        assert!(start_properties(&s, l).is_err());
        s.log_file = Some("x".repeat(1024));
        assert!(start_properties(&s, l).is_err());
    }

    #[test]
    fn longest_names_fit_their_areas() {
        let l = PropertiesLayout { pointer_size: 8 };
        let mut s = spec();
        s.logger_name = "n".repeat(MAX_SESSION_NAME);
        s.log_file = Some("f".repeat(MAX_LOG_FILE_NAME));
        let b = start_properties(&s, l).unwrap();
        assert_eq!(logger_name(&b, l).unwrap().len(), MAX_SESSION_NAME);
        assert_eq!(utf16z_at(&b, 120 + 2048).unwrap().len(), MAX_LOG_FILE_NAME);
        s.logger_name.push('n');
        assert!(start_properties(&s, l).is_err());
    }

    #[test]
    fn bad_settings_are_refused() {
        let l = PropertiesLayout::NATIVE;
        let mut s = spec();
        s.buffers.minimum_buffers = 1000;
        assert!(start_properties(&s, l).is_err());
        let mut s = spec();
        s.logger_name.clear();
        assert!(start_properties(&s, l).is_err());
    }

    #[test]
    fn control_buffers_leave_room_for_names() {
        let l = PropertiesLayout { pointer_size: 8 };
        let b = control_properties(l);
        assert_eq!(u32_at(&b, 0), Some(4216));
        assert_eq!(u32_at(&b, 116), Some(120));
        assert_eq!(u32_at(&b, 112), Some(120 + 2048));
        assert_eq!(read_properties(&b, l).unwrap(), PropertiesView::default());
        assert_eq!(read_properties(&b[..100], l), None);
        // What ETW writes back is read at the documented offsets.
        let mut b = b;
        for (at, v) in [(88, 7u32), (92, 9), (96, 2), (100, 3), (80, 64), (84, 60)] {
            b[at..at + 4].copy_from_slice(&v.to_le_bytes());
        }
        b[8..16].copy_from_slice(&0x1234u64.to_le_bytes());
        let v = read_properties(&b, l).unwrap();
        assert_eq!((v.events_lost, v.buffers_written, v.log_buffers_lost, v.real_time_buffers_lost), (7, 9, 2, 3));
        assert_eq!((v.number_of_buffers, v.free_buffers, v.historical_context), (64, 60, 0x1234));
    }

    #[test]
    fn event_id_filters() {
        let f = event_id_filter(FILTER_EVENT_ID, &[11, 10, 10], true).unwrap();
        assert_eq!(f.kind, 0x8000_0200);
        assert_eq!(f.data, [1, 0, 2, 0, 10, 0, 11, 0]);
        let f = event_id_filter(FILTER_STACKWALK, &[5], false).unwrap();
        assert_eq!((f.kind, f.data.as_slice()), (0x8000_1000, [0u8, 0, 1, 0, 5, 0].as_slice()));
        assert!(event_id_filter(FILTER_EVENT_ID, &[], true).is_err());
        let many: Vec<u16> = (0..64).collect();
        assert_eq!(event_id_filter(FILTER_EVENT_ID, &many, true).unwrap().data.len(), 4 + 128);
        let too_many: Vec<u16> = (0..65).collect();
        assert!(event_id_filter(FILTER_EVENT_ID, &too_many, true).is_err());
    }

    #[test]
    fn pid_and_executable_filters() {
        let f = pid_filter(&[8, 4, 8]).unwrap();
        assert_eq!((f.kind, f.data.as_slice()), (0x8000_0004, [4u8, 0, 0, 0, 8, 0, 0, 0].as_slice()));
        assert!(pid_filter(&[]).is_err());
        assert!(pid_filter(&(1..=9).collect::<Vec<_>>()).is_err());
        let f = executable_filter(&["a.exe".into(), "b.exe".into()]).unwrap();
        assert_eq!(f.kind, 0x8000_0008);
        let units: Vec<u16> = f.data.chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        assert_eq!(String::from_utf16(&units).unwrap(), "a.exe;b.exe\0");
        assert!(executable_filter(&["a;b".into()]).is_err());
        assert!(executable_filter(&[]).is_err());
        assert!(executable_filter(&["x".repeat(600)]).is_err());
    }

    #[test]
    fn classic_ids_and_group_masks() {
        let g = Guid::parse_const("3d6fa8d0-fe05-11d0-9dda-00c04fd7ba7c");
        let b = classic_event_ids(&[(g, 1), (g, 2)]);
        assert_eq!(b.len(), 48);
        assert_eq!(Guid::read(&b[24..]), Some(g));
        assert_eq!(&b[16..24], &[1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(b[40], 2);
        let m = group_mask_bytes(&[1, 0, 0, 0, 0x40, 0, 0, 0]);
        assert_eq!(m.len(), 32);
        assert_eq!(u32_at(&m, 16), Some(0x40));
    }

    #[test]
    fn invalid_handles_and_alignment() {
        assert!(is_invalid_processtrace_handle(u64::MAX));
        assert!(is_invalid_processtrace_handle(0xFFFF_FFFF));
        assert!(!is_invalid_processtrace_handle(0x1234));
        let bytes: Vec<u8> = (0..13).collect();
        let a = Aligned::from_bytes(&bytes);
        assert_eq!(a.to_bytes(), bytes);
        assert_eq!(a.len(), 13);
        assert_eq!(a.as_ptr() as usize % 8, 0);
    }
}
