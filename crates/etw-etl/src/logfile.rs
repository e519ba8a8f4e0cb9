//! `TRACE_LOGFILE_HEADER`: the payload of the first record of every ETL file.
//!
//! The record is a SYSTEM32 or SYSTEM64 record with hook id 0x0000 (`EventTrace` header). Its header kind decides
//! the layout: the two pointers `LoggerName` and `LogFileName` are 4 or 8 bytes, which moves every later field.
//!
//! | field | x86 | x64 |
//! |---|---|---|
//! | BufferSize, Version, ProviderVersion, NumberOfProcessors | 0x00..0x10 | same |
//! | EndTime | 0x10 | 0x10 |
//! | TimerResolution, MaximumFileSize, LogFileMode, BuffersWritten | 0x18..0x28 | same |
//! | StartBuffers, PointerSize, EventsLost, CpuSpeedInMHz | 0x28..0x38 | same |
//! | LoggerName, LogFileName (pointers, meaningless on disk) | 0x38, 0x3C | 0x38, 0x40 |
//! | TimeZone (`TIME_ZONE_INFORMATION`, 0xAC bytes) | 0x40 | 0x48 |
//! | BootTime, PerfFreq, StartTime | 0xF0, 0xF8, 0x100 | 0xF8, 0x100, 0x108 |
//! | ReservedFlags (clock type), BuffersLost | 0x108, 0x10C | 0x110, 0x114 |
//! | logger name, log file name (NUL-terminated UTF-16) | 0x110 | 0x118 |

use etw_core::cursor::{array_at, i64_at, u16_at, u32_at, u64_at};
use etw_core::{Clock, ClockType, Cursor, FileTime, HeaderKind};

/// A `SYSTEMTIME` as stored in time zone rules (a month/weekday rule when `year` is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SystemTime {
    /// Year (0 in a recurring time zone rule).
    pub year: u16,
    /// Month, 1-12.
    pub month: u16,
    /// Day of week, 0 = Sunday.
    pub day_of_week: u16,
    /// Day of month (or week-of-month in a rule).
    pub day: u16,
    /// Hour.
    pub hour: u16,
    /// Minute.
    pub minute: u16,
    /// Second.
    pub second: u16,
    /// Milliseconds.
    pub milliseconds: u16,
}

impl SystemTime {
    fn read(b: &[u8], off: usize) -> SystemTime {
        let w = |i: usize| u16_at(b, off + 2 * i).unwrap_or(0);
        SystemTime {
            year: w(0),
            month: w(1),
            day_of_week: w(2),
            day: w(3),
            hour: w(4),
            minute: w(5),
            second: w(6),
            milliseconds: w(7),
        }
    }
}

/// `TIME_ZONE_INFORMATION` of the machine that recorded the trace.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimeZone {
    /// Minutes to add to local time to get UTC.
    pub bias: i32,
    /// Standard time name, e.g. `@tzres.dll,-212`.
    pub standard_name: String,
    /// When standard time starts.
    pub standard_date: SystemTime,
    /// Extra bias during standard time.
    pub standard_bias: i32,
    /// Daylight time name.
    pub daylight_name: String,
    /// When daylight time starts.
    pub daylight_date: SystemTime,
    /// Extra bias during daylight time.
    pub daylight_bias: i32,
}

/// Size of `TIME_ZONE_INFORMATION`.
const TIME_ZONE_SIZE: usize = 0xAC;

impl TimeZone {
    fn read(b: &[u8], off: usize) -> TimeZone {
        let name = |o: usize| {
            let units: Vec<u16> = (0..32).map_while(|i| u16_at(b, off + o + 2 * i)).take_while(|u| *u != 0).collect();
            String::from_utf16_lossy(&units)
        };
        let i32_at = |o: usize| array_at::<4>(b, off + o).map_or(0, i32::from_le_bytes);
        TimeZone {
            bias: i32_at(0),
            standard_name: name(4),
            standard_date: SystemTime::read(b, off + 0x44),
            standard_bias: i32_at(0x54),
            daylight_name: name(0x58),
            daylight_date: SystemTime::read(b, off + 0x98),
            daylight_bias: i32_at(0xA8),
        }
    }
}

/// The logfile header: every field of `TRACE_LOGFILE_HEADER`, plus the facts of the record that carried it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LogfileHeader {
    /// SYSTEM32 or SYSTEM64: which layout the header used.
    pub header_kind: HeaderKind,
    /// Version of the SYSTEM record (2 since Windows Vista, 1 before).
    pub record_version: u16,
    /// Raw timestamp of the header record: the clock reading at `start_time`.
    pub record_timestamp: i64,
    /// Process that wrote the header.
    pub record_process_id: u32,
    /// Thread that wrote the header.
    pub record_thread_id: u32,
    /// The session's buffer size in bytes (not the on-disk size of each buffer).
    pub buffer_size: u32,
    /// `Version` raw: major, minor, sub, sub-minor version bytes of the OS, lowest byte first.
    pub version: u32,
    /// `ProviderVersion`: the OS build number.
    pub provider_version: u32,
    /// Processors in the recording machine.
    pub number_of_processors: u32,
    /// `EndTime` (FILETIME; 0 if the session did not close the file cleanly).
    pub end_time: i64,
    /// Timer resolution in 100 ns units.
    pub timer_resolution: u32,
    /// Maximum file size in MB.
    pub maximum_file_size: u32,
    /// `EVENT_TRACE_*_MODE` flags of the session.
    pub log_file_mode: u32,
    /// Buffers written to the file.
    pub buffers_written: u32,
    /// `StartBuffers`.
    pub start_buffers: u32,
    /// Pointer size of the recording machine.
    pub pointer_size: u32,
    /// Events lost by the session.
    pub events_lost: u32,
    /// CPU speed in MHz.
    pub cpu_speed_mhz: u32,
    /// The `LoggerName` pointer value as stored (not a string on disk).
    pub logger_name_ptr: u64,
    /// The `LogFileName` pointer value as stored.
    pub log_file_name_ptr: u64,
    /// The recording machine's time zone.
    pub time_zone: TimeZone,
    /// Boot time (FILETIME).
    pub boot_time: i64,
    /// QPC frequency in ticks per second.
    pub perf_freq: i64,
    /// Session start (FILETIME).
    pub start_time: i64,
    /// `ReservedFlags`: the clock type.
    pub reserved_flags: u32,
    /// Buffers lost by the session.
    pub buffers_lost: u32,
    /// Session (logger) name.
    pub logger_name: String,
    /// Log file name at recording time.
    pub log_file_name: String,
}

impl LogfileHeader {
    /// Reads the header from the payload of the header record.
    pub(crate) fn parse(
        kind: HeaderKind,
        record_version: u16,
        record_timestamp: i64,
        pid: u32,
        tid: u32,
        p: &[u8],
    ) -> Result<LogfileHeader, String> {
        let wide = match kind {
            HeaderKind::SYSTEM64 => true,
            HeaderKind::SYSTEM32 => false,
            other => return Err(format!("header record has kind {other}, expected SYSTEM32 or SYSTEM64")),
        };
        let fixed = if wide { 0x118 } else { 0x110 };
        if p.len() < fixed {
            return Err(format!("TRACE_LOGFILE_HEADER needs {fixed} bytes, the record has {}", p.len()));
        }
        let u32f = |o: usize| u32_at(p, o).unwrap_or(0);
        let i64f = |o: usize| i64_at(p, o).unwrap_or(0);
        // The time zone follows the two pointers; the 64-bit times after it are 8-aligned (4 bytes of padding).
        let tz = if wide { 0x48 } else { 0x40 };
        let times = (tz + TIME_ZONE_SIZE).next_multiple_of(8);
        let (name_ptr, file_ptr) = if wide {
            (u64_at(p, 0x38).unwrap_or(0), u64_at(p, 0x40).unwrap_or(0))
        } else {
            (u64::from(u32f(0x38)), u64::from(u32f(0x3C)))
        };
        let mut names = Cursor::new(p.get(fixed..).unwrap_or_default());
        let logger_name = names.utf16z();
        let log_file_name = names.utf16z();
        Ok(LogfileHeader {
            header_kind: kind,
            record_version,
            record_timestamp,
            record_process_id: pid,
            record_thread_id: tid,
            buffer_size: u32f(0x00),
            version: u32f(0x04),
            provider_version: u32f(0x08),
            number_of_processors: u32f(0x0C),
            end_time: i64f(0x10),
            timer_resolution: u32f(0x18),
            maximum_file_size: u32f(0x1C),
            log_file_mode: u32f(0x20),
            buffers_written: u32f(0x24),
            start_buffers: u32f(0x28),
            pointer_size: u32f(0x2C),
            events_lost: u32f(0x30),
            cpu_speed_mhz: u32f(0x34),
            logger_name_ptr: name_ptr,
            log_file_name_ptr: file_ptr,
            time_zone: TimeZone::read(p, tz),
            boot_time: i64f(times),
            perf_freq: i64f(times + 8),
            start_time: i64f(times + 16),
            reserved_flags: u32f(times + 24),
            buffers_lost: u32f(times + 28),
            logger_name,
            log_file_name,
        })
    }

    /// OS major version (e.g. 10).
    pub fn os_major(&self) -> u8 {
        self.version.to_le_bytes()[0]
    }
    /// OS minor version.
    pub fn os_minor(&self) -> u8 {
        self.version.to_le_bytes()[1]
    }
    /// OS sub-version (service pack).
    pub fn os_sub_version(&self) -> u8 {
        self.version.to_le_bytes()[2]
    }
    /// OS sub-minor version.
    pub fn os_sub_minor(&self) -> u8 {
        self.version.to_le_bytes()[3]
    }

    /// The clock type (`ReservedFlags`).
    pub fn clock_type(&self) -> ClockType {
        ClockType(self.reserved_flags)
    }

    /// Session start as UTC.
    pub fn start_time_utc(&self) -> FileTime {
        FileTime(self.start_time)
    }

    /// Session end as UTC.
    pub fn end_time_utc(&self) -> FileTime {
        FileTime(self.end_time)
    }

    /// The clock that converts this trace's raw timestamps to UTC.
    pub fn clock(&self) -> Clock {
        Clock::from_logfile(
            self.reserved_flags,
            self.record_timestamp,
            self.start_time,
            self.perf_freq,
            self.cpu_speed_mhz,
        )
    }

    /// The pointer size records should assume when their header kind does not say: the header kind's.
    pub fn default_pointer_size(&self) -> u8 {
        self.header_kind.pointer_size().unwrap_or(8)
    }
}
