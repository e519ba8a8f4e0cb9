//! Whole ETL files: the logfile header buffer, then data buffers.

use etw_core::{BufferFlags, BufferType, HeaderKind, HookId};

use super::buffer::BufferBuilder;
use super::bytes::{utf16z, Put};
use super::record::KernelRecord;
use super::virtual_file::VirtualFile;

/// `TIME_ZONE_INFORMATION` (0xAC bytes): bias, two names of 32 UTF-16 units, two `SYSTEMTIME` rules and biases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeZoneInfo {
    /// Minutes to add to local time to get UTC.
    pub bias: i32,
    /// Standard time name (at most 32 UTF-16 units are written).
    pub standard_name: String,
    /// When standard time starts: year, month, day of week, day, hour, minute, second, milliseconds.
    pub standard_date: [u16; 8],
    /// Extra bias during standard time.
    pub standard_bias: i32,
    /// Daylight time name (at most 32 UTF-16 units are written).
    pub daylight_name: String,
    /// When daylight time starts.
    pub daylight_date: [u16; 8],
    /// Extra bias during daylight time.
    pub daylight_bias: i32,
}

impl Default for TimeZoneInfo {
    /// Central European time, as a German machine records it.
    fn default() -> Self {
        TimeZoneInfo {
            bias: -60,
            standard_name: "@tzres.dll,-322".into(),
            standard_date: [0, 10, 0, 5, 3, 0, 0, 0],
            standard_bias: 0,
            daylight_name: "@tzres.dll,-321".into(),
            daylight_date: [0, 3, 0, 5, 2, 0, 0, 0],
            daylight_bias: -60,
        }
    }
}

impl TimeZoneInfo {
    /// The 0xAC bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let name = |out: &mut Vec<u8>, s: &str| {
            let units: Vec<u16> = s.encode_utf16().take(32).collect();
            for i in 0..32 {
                out.put_u16(units.get(i).copied().unwrap_or(0));
            }
        };
        let mut v = Vec::with_capacity(0xAC);
        v.put_i32(self.bias);
        name(&mut v, &self.standard_name);
        self.standard_date.iter().for_each(|w| v.put_u16(*w));
        v.put_i32(self.standard_bias);
        name(&mut v, &self.daylight_name);
        self.daylight_date.iter().for_each(|w| v.put_u16(*w));
        v.put_i32(self.daylight_bias);
        debug_assert_eq!(v.len(), 0xAC);
        v
    }
}

/// Every field of `TRACE_LOGFILE_HEADER` and of the SYSTEM record that carries it.
///
/// The defaults describe a 64-bit Windows 10 session with a QPC clock of 10 MHz, so one raw tick is 100 ns and a
/// record's UTC time is `start_time + (timestamp - record_timestamp)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogfileSpec {
    /// SYSTEM64 (x64 layout, 8-byte pointers) or SYSTEM32 (x86 layout). Other kinds write the x64 layout.
    pub header_kind: HeaderKind,
    /// Version of the SYSTEM record (its first u16).
    pub record_version: u16,
    /// Raw timestamp of the header record: the clock reading at `start_time`.
    pub record_timestamp: i64,
    /// Thread id of the header record.
    pub record_thread_id: u32,
    /// Process id of the header record.
    pub record_process_id: u32,
    /// Kernel time of the header record.
    pub record_kernel_time: u32,
    /// User time of the header record.
    pub record_user_time: u32,
    /// The session's buffer size; also the default size of uncompressed buffers.
    pub buffer_size: u32,
    /// `Version`: major, minor, sub, sub-minor OS version bytes, lowest byte first.
    pub version: u32,
    /// `ProviderVersion`: the OS build number.
    pub provider_version: u32,
    /// `NumberOfProcessors`.
    pub number_of_processors: u32,
    /// `EndTime` (FILETIME).
    pub end_time: i64,
    /// `TimerResolution` (100 ns units).
    pub timer_resolution: u32,
    /// `MaximumFileSize` (MB).
    pub maximum_file_size: u32,
    /// `LogFileMode`.
    pub log_file_mode: u32,
    /// `BuffersWritten`; `None` counts the buffers of the file.
    pub buffers_written: Option<u32>,
    /// `StartBuffers`.
    pub start_buffers: u32,
    /// `PointerSize`; `None` follows the header kind (4 for SYSTEM32, else 8).
    pub pointer_size: Option<u32>,
    /// `EventsLost`.
    pub events_lost: u32,
    /// `CpuSpeedInMHz`.
    pub cpu_speed_mhz: u32,
    /// The `LoggerName` pointer value (truncated to 32 bits in the x86 layout).
    pub logger_name_ptr: u64,
    /// The `LogFileName` pointer value (truncated to 32 bits in the x86 layout).
    pub log_file_name_ptr: u64,
    /// `TimeZone`.
    pub time_zone: TimeZoneInfo,
    /// `BootTime` (FILETIME).
    pub boot_time: i64,
    /// `PerfFreq`.
    pub perf_freq: i64,
    /// `StartTime` (FILETIME).
    pub start_time: i64,
    /// `ReservedFlags`: the clock type (1 QPC, 2 system time, 3 CPU cycles).
    pub reserved_flags: u32,
    /// `BuffersLost`.
    pub buffers_lost: u32,
    /// The logger name written after the fixed header.
    pub logger_name: String,
    /// The log file name written after the logger name.
    pub log_file_name: String,
}

impl Default for LogfileSpec {
    fn default() -> Self {
        LogfileSpec {
            header_kind: HeaderKind::SYSTEM64,
            record_version: 2,
            record_timestamp: 5_000_000,
            record_thread_id: 0x448,
            record_process_id: 0x1178,
            record_kernel_time: 0,
            record_user_time: 0,
            buffer_size: 0x2000,
            version: 0x0000_000A,
            provider_version: 19045,
            number_of_processors: 4,
            end_time: 133_500_000_600_000_000,
            timer_resolution: 156_250,
            maximum_file_size: 0,
            log_file_mode: 0x0000_0001,
            buffers_written: None,
            start_buffers: 1,
            pointer_size: None,
            events_lost: 0,
            cpu_speed_mhz: 2_995,
            logger_name_ptr: 0xFFFF_8000_1234_0000,
            log_file_name_ptr: 0xFFFF_8000_1234_0100,
            time_zone: TimeZoneInfo::default(),
            boot_time: 133_499_000_000_000_000,
            perf_freq: 10_000_000,
            start_time: 133_500_000_000_000_000,
            reserved_flags: 1,
            buffers_lost: 0,
            logger_name: "etwkit test session".into(),
            log_file_name: "C:\\etwkit\\test.etl".into(),
        }
    }
}

impl LogfileSpec {
    /// True for the x86 layout (SYSTEM32).
    pub fn is_x86(&self) -> bool {
        self.header_kind == HeaderKind::SYSTEM32
    }

    /// The `TRACE_LOGFILE_HEADER` bytes (fixed part, then the two names), with `buffers` as the default
    /// `BuffersWritten`.
    pub fn payload(&self, buffers: u32) -> Vec<u8> {
        let x86 = self.is_x86();
        let mut p = Vec::with_capacity(0x160);
        p.put_u32(self.buffer_size);
        p.put_u32(self.version);
        p.put_u32(self.provider_version);
        p.put_u32(self.number_of_processors);
        p.put_i64(self.end_time);
        p.put_u32(self.timer_resolution);
        p.put_u32(self.maximum_file_size);
        p.put_u32(self.log_file_mode);
        p.put_u32(self.buffers_written.unwrap_or(buffers));
        p.put_u32(self.start_buffers);
        p.put_u32(self.pointer_size.unwrap_or(if x86 { 4 } else { 8 }));
        p.put_u32(self.events_lost);
        p.put_u32(self.cpu_speed_mhz);
        if x86 {
            p.put_u32(self.logger_name_ptr as u32);
            p.put_u32(self.log_file_name_ptr as u32);
        } else {
            p.put_u64(self.logger_name_ptr);
            p.put_u64(self.log_file_name_ptr);
        }
        p.extend_from_slice(&self.time_zone.to_bytes());
        // The 64-bit times after the time zone are 8-aligned.
        p.resize(p.len().next_multiple_of(8), 0);
        p.put_i64(self.boot_time);
        p.put_i64(self.perf_freq);
        p.put_i64(self.start_time);
        p.put_u32(self.reserved_flags);
        p.put_u32(self.buffers_lost);
        debug_assert_eq!(p.len(), if x86 { 0x110 } else { 0x118 });
        p.extend_from_slice(&utf16z(&self.logger_name));
        p.extend_from_slice(&utf16z(&self.log_file_name));
        p
    }

    /// The SYSTEM record (hook 0x0000) carrying the header.
    pub fn record(&self, buffers: u32) -> KernelRecord {
        KernelRecord::new(self.header_kind, HookId(0))
            .version(self.record_version)
            .thread_id(self.record_thread_id)
            .process_id(self.record_process_id)
            .timestamp(self.record_timestamp)
            .cpu_times(self.record_kernel_time, self.record_user_time)
            .payload(self.payload(buffers))
    }
}

type BufferTweak = Box<dyn Fn(BufferBuilder) -> BufferBuilder>;

enum Part {
    Buffer(BufferBuilder),
    Raw(Vec<u8>),
}

/// Where a buffer ended up in a built file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// File offset of the buffer.
    pub offset: u64,
    /// Bytes it takes in the file.
    pub len: u64,
    /// Offsets of its records from the buffer start.
    pub record_offsets: Vec<u32>,
}

/// A built file and where its buffers are.
#[derive(Clone, Debug)]
pub struct EtlImage {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The buffers in file order, the logfile header buffer first.
    pub buffers: Vec<Placement>,
}

/// A whole ETL file: buffer 0 with the logfile header record, then the buffers added.
///
/// ```
/// use etw_core::{Guid, HeaderKind};
/// use etw_testkit::build::{BufferBuilder, EtlBuilder, EventRecord};
///
/// let file = EtlBuilder::new()
///     .logfile(|h| h.number_of_processors = 2)
///     .buffer(BufferBuilder::new().processor(1).record(
///         EventRecord::new(HeaderKind::EVENT_HEADER64, Guid::ZERO).id(7).timestamp(5_000_100),
///     ))
///     .build();
/// assert_eq!(file.len(), 2 * 0x2000);
/// ```
pub struct EtlBuilder {
    spec: LogfileSpec,
    header_tweak: Option<BufferTweak>,
    header_replacement: Option<BufferBuilder>,
    parts: Vec<Part>,
}

impl Default for EtlBuilder {
    fn default() -> Self {
        EtlBuilder::new()
    }
}

impl EtlBuilder {
    /// A 64-bit file with the default [`LogfileSpec`] and no data buffers.
    pub fn new() -> EtlBuilder {
        EtlBuilder { spec: LogfileSpec::default(), header_tweak: None, header_replacement: None, parts: Vec::new() }
    }

    /// Switches to the x86 layout: a SYSTEM32 header record, pointer size 4.
    pub fn x86(mut self) -> Self {
        self.spec.header_kind = HeaderKind::SYSTEM32;
        self
    }

    /// Sets the session's buffer size (the default size of uncompressed buffers).
    pub fn buffer_size(mut self, size: u32) -> Self {
        self.spec.buffer_size = size;
        self
    }

    /// Changes any logfile header field.
    pub fn logfile(mut self, f: impl FnOnce(&mut LogfileSpec)) -> Self {
        f(&mut self.spec);
        self
    }

    /// The logfile header fields.
    pub fn spec(&self) -> &LogfileSpec {
        &self.spec
    }

    /// Changes the header buffer (processor, flags, size, damage, records after the logfile header record...).
    /// It starts as processor 0, `FLUSH_MARKER`, type `HEADER`, holding the logfile header record.
    pub fn header_buffer(mut self, f: impl Fn(BufferBuilder) -> BufferBuilder + 'static) -> Self {
        self.header_tweak = Some(Box::new(f));
        self
    }

    /// Uses `b` as buffer 0 instead of the generated header buffer (to damage or replace the header record; see
    /// [`LogfileSpec::record`] for the real one).
    pub fn replace_header_buffer(mut self, b: BufferBuilder) -> Self {
        self.header_replacement = Some(b);
        self
    }

    /// Appends a buffer.
    pub fn buffer(mut self, b: BufferBuilder) -> Self {
        self.parts.push(Part::Buffer(b));
        self
    }

    /// Appends buffers.
    pub fn buffers(mut self, bs: impl IntoIterator<Item = BufferBuilder>) -> Self {
        self.parts.extend(bs.into_iter().map(Part::Buffer));
        self
    }

    /// Appends bytes between buffers (garbage, for resynchronisation tests).
    pub fn raw(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.parts.push(Part::Raw(bytes.into()));
        self
    }

    fn buffer_count(&self) -> u32 {
        1 + self.parts.iter().filter(|p| matches!(p, Part::Buffer(_))).count() as u32
    }

    /// The header buffer as it will be written.
    pub fn header_buffer_builder(&self) -> BufferBuilder {
        self.header_buffer_for(self.buffer_count())
    }

    fn header_buffer_for(&self, buffers: u32) -> BufferBuilder {
        if let Some(b) = &self.header_replacement {
            return b.clone();
        }
        let b = BufferBuilder::new()
            .flags(BufferFlags::FLUSH_MARKER)
            .buffer_type(BufferType::HEADER)
            .record(self.spec.record(buffers));
        match &self.header_tweak {
            Some(f) => f(b),
            None => b,
        }
    }

    /// The file's bytes.
    pub fn build(&self) -> Vec<u8> {
        self.build_image().bytes
    }

    /// The file's bytes and where each buffer is.
    pub fn build_image(&self) -> EtlImage {
        let nominal = Some(self.spec.buffer_size);
        let mut bytes = Vec::new();
        let mut buffers = Vec::new();
        let mut put = |b: &BufferBuilder, bytes: &mut Vec<u8>| {
            let img = b.render(nominal, true);
            buffers.push(Placement {
                offset: bytes.len() as u64,
                len: img.len() as u64,
                record_offsets: b.record_offsets().to_vec(),
            });
            bytes.extend_from_slice(&img);
        };
        put(&self.header_buffer_for(self.buffer_count()), &mut bytes);
        for p in &self.parts {
            match p {
                Part::Buffer(b) => put(b, &mut bytes),
                Part::Raw(r) => bytes.extend_from_slice(r),
            }
        }
        EtlImage { bytes, buffers }
    }

    /// A [`VirtualFile`]: the header buffer (of the session's buffer size, only its filled part stored), then
    /// `count` buffers of the session's buffer size made on demand by `make` from their index (0-based, not
    /// counting the header buffer). Buffers added with [`buffer`](Self::buffer) are not part of it.
    pub fn virtual_file(&self, count: u64, make: impl FnMut(u64) -> BufferBuilder + 'static) -> VirtualFile {
        assert!(self.parts.is_empty(), "virtual_file uses only the header buffer; buffers added would be lost");
        let buffers = u32::try_from(count.saturating_add(1)).unwrap_or(u32::MAX);
        let header = self.header_buffer_for(buffers).render(Some(self.spec.buffer_size), false);
        let header_len = u64::from(u32::from_le_bytes(header[..4].try_into().unwrap()));
        VirtualFile::new(header, self.spec.buffer_size, count, make).prefix_len(header_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn logfile_header_layouts() {
        let s = LogfileSpec::default();
        let p = s.payload(3);
        assert_eq!(u32_at(&p, 0x24), 3);
        assert_eq!(u32_at(&p, 0x2C), 8);
        assert_eq!(&p[0x38..0x40], &0xFFFF_8000_1234_0000u64.to_le_bytes());
        assert_eq!(u32_at(&p, 0x48), (-60i32) as u32);
        assert_eq!(&p[0x100..0x108], &10_000_000i64.to_le_bytes());
        assert_eq!(u32_at(&p, 0x110), 1);
        assert_eq!(&p[0x118..0x11C], &[b'e', 0, b't', 0]);
        let x86 = LogfileSpec { header_kind: HeaderKind::SYSTEM32, ..LogfileSpec::default() };
        let p = x86.payload(1);
        assert_eq!(u32_at(&p, 0x2C), 4);
        assert_eq!(u32_at(&p, 0x38), 0x1234_0000);
        assert_eq!(u32_at(&p, 0x3C), 0x1234_0100);
        assert_eq!(u32_at(&p, 0x40), (-60i32) as u32);
        assert_eq!(&p[0xF8..0x100], &10_000_000i64.to_le_bytes());
        assert_eq!(u32_at(&p, 0x108), 1);
    }

    #[test]
    fn file_layout() {
        let img = EtlBuilder::new()
            .buffer(BufferBuilder::new().processor(1))
            .raw(vec![0; 8])
            .buffer(BufferBuilder::new().compressed())
            .build_image();
        assert_eq!(img.buffers.len(), 3);
        assert_eq!(img.buffers[1].offset, 0x2000);
        assert_eq!(img.buffers[2].offset, 0x4008);
        assert_eq!(img.bytes.len() as u64, 0x4008 + img.buffers[2].len);
        let h = &img.bytes;
        assert_eq!(&h[0x34..0x38], &[1, 0, 4, 0]);
        assert_eq!(&h[0x48..0x50], &[2, 0, 2, 0xC0, 0x86, 1, 0, 0]);
    }
}
