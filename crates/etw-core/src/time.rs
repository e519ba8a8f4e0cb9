//! Timestamps: `FILETIME` values in UTC and the conversion from a session's raw clock.
//!
//! # How raw timestamps become UTC
//!
//! Every record carries a raw timestamp in the session's clock (`ClockType`, the logfile header's
//! `ReservedFlags`). The logfile header gives one point where raw and wall time are known together: its own
//! record's raw timestamp `R0` was taken when the session started, at `StartTime` (a `FILETIME`, UTC). With
//! `f` the clock's ticks per second, an event's UTC time is
//!
//! ```text
//! QPC (1, or 0 = default):  StartTime + floor((raw - R0) * 10_000_000 / PerfFreq)
//! CPU cycles (3):           StartTime + floor((raw - R0) * 10_000_000 / (CpuSpeedInMHz * 1_000_000))
//! system time (2):          raw            (already a FILETIME)
//! ```
//!
//! This is the conversion Windows applies when `ProcessTrace` delivers events from a file without
//! `PROCESS_TRACE_MODE_RAW_TIMESTAMP`. The product is computed in 128 bits, so no delta overflows, and the result
//! saturates at the ends of the `i64` range. A live session delivers system time already, so its clock is the
//! identity ([`Clock::SYSTEM_TIME`]).

use core::fmt;

use crate::consts::ClockType;

/// 100-nanosecond intervals since 1601-01-01 00:00:00 UTC (a Windows `FILETIME`, signed).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileTime(pub i64);

/// `FILETIME` of 1970-01-01T00:00:00Z.
const UNIX_EPOCH_FILETIME: i64 = 116_444_736_000_000_000;
const TICKS_PER_SECOND: i64 = 10_000_000;
const TICKS_PER_DAY: i64 = TICKS_PER_SECOND * 86_400;

impl FileTime {
    /// Seconds and 100 ns ticks since the Unix epoch (the ticks are always in `0..10_000_000`).
    pub const fn to_unix(self) -> (i64, u32) {
        // Split before shifting the epoch: `self.0 - UNIX_EPOCH_FILETIME` overflows for times before ~27,627 BC.
        let (secs, ticks) = (self.0.div_euclid(TICKS_PER_SECOND), self.0.rem_euclid(TICKS_PER_SECOND));
        (secs - UNIX_EPOCH_FILETIME / TICKS_PER_SECOND, ticks as u32)
    }

    /// The civil UTC date and time: (year, month, day, hour, minute, second, 100 ns ticks).
    pub const fn to_civil(self) -> (i64, u32, u32, u32, u32, u32, u32) {
        let days = self.0.div_euclid(TICKS_PER_DAY);
        let rem = self.0.rem_euclid(TICKS_PER_DAY);
        // 1601-01-01 is day 0 here; shift to days since 1970-01-01 for the civil algorithm.
        let (y, m, d) = civil_from_days(days - 134_774);
        let secs = rem / TICKS_PER_SECOND;
        let ticks = (rem % TICKS_PER_SECOND) as u32;
        (y, m, d, (secs / 3600) as u32, (secs / 60 % 60) as u32, (secs % 60) as u32, ticks)
    }

    /// Appends RFC 3339 with 100 ns precision and a `Z` suffix, e.g. `2012-06-19T20:33:52.8135944Z`, to `out`
    /// (28 bytes for years 0..=9999; other years are written with as many digits and sign as they need).
    pub fn write_rfc3339(self, out: &mut Vec<u8>) {
        let second = self.0.div_euclid(TICKS_PER_SECOND);
        let ticks = self.0.rem_euclid(TICKS_PER_SECOND) as u64;
        // Events come many to a second: the date and time up to the second are formatted once per second seen
        // (per thread) and copied after that; only the seven digits of ticks are written for every event.
        LAST_SECOND.with(|last| {
            let (cached, text) = last.get();
            let text = if cached == Some(second) {
                text
            } else {
                match self.second_text() {
                    Some(t) => {
                        last.set((Some(second), t));
                        t
                    }
                    None => return self.write_rfc3339_wide(out),
                }
            };
            // The seven digits of ticks and the `Z`, made in a register and stored as one u64 (a stack buffer
            // written byte by byte and then copied would stall on the copy's load).
            let mut tail = u64::from(b'Z') << 56;
            let mut rest = ticks;
            for i in 0..7 {
                tail |= (u64::from(b'0') + rest % 10) << (8 * (6 - i));
                rest /= 10;
            }
            out.extend_from_slice(&text);
            out.extend_from_slice(&tail.to_le_bytes());
        })
    }

    /// `YYYY-MM-DDTHH:MM:SS.` of this time's second, for years 0..=9999.
    fn second_text(self) -> Option<[u8; 20]> {
        let (y, mo, d, h, mi, s, _) = self.to_civil();
        let year = u64::try_from(y).ok().filter(|y| *y <= 9999)?;
        let mut text = *b"0000-00-00T00:00:00.";
        let fields = [(0, 4, year), (5, 2, mo.into()), (8, 2, d.into()), (11, 2, h.into()), (14, 2, mi.into())];
        fill_digits(&mut text, &fields);
        fill_digits(&mut text, &[(17, 2, s.into())]);
        Some(text)
    }

    /// [`FileTime::write_rfc3339`] for years outside 0..=9999 (a sign and as many digits as the year needs).
    fn write_rfc3339_wide(self, out: &mut Vec<u8>) {
        let (y, mo, d, h, mi, s, t) = self.to_civil();
        out.extend_from_slice(y.to_string().as_bytes());
        let mut rest = *b"-00-00T00:00:00.0000000Z";
        let fields = [(1, 2, mo), (4, 2, d), (7, 2, h), (10, 2, mi), (13, 2, s), (16, 7, t)];
        fill_digits(&mut rest, &fields.map(|(at, width, v)| (at, width, v as u64)));
        out.extend_from_slice(&rest);
    }
}

std::thread_local! {
    /// The second last formatted on this thread, and its text (see [`FileTime::write_rfc3339`]).
    // The initializer is a `const` block; clippy 1.96 (the Windows check's) still asks for one when the target's
    // `thread_local!` expands without it.
    #[allow(clippy::missing_const_for_thread_local)]
    static LAST_SECOND: core::cell::Cell<(Option<i64>, [u8; 20])> = const { core::cell::Cell::new((None, [0; 20])) };
}

/// Writes each `(at, width, value)` as zero-padded decimal digits into `text` (digits that do not fit are left).
fn fill_digits(text: &mut [u8], fields: &[(usize, usize, u64)]) {
    for &(at, width, mut v) in fields {
        if let Some(slot) = text.get_mut(at..at + width) {
            for d in slot.iter_mut().rev() {
                *d = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
const fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl fmt::Display for FileTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = Vec::with_capacity(32);
        self.write_rfc3339(&mut v);
        f.write_str(core::str::from_utf8(&v).unwrap_or("?"))
    }
}

impl fmt::Debug for FileTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FileTime({} = {})", self.0, self)
    }
}

/// Converts a session's raw timestamps to UTC (see the [module docs](self) for the formula).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    kind: ClockType,
    /// Raw timestamp at the reference point.
    ref_raw: i64,
    /// UTC at the reference point.
    ref_utc: FileTime,
    /// Raw ticks per second; 0 when unknown (then raw values are taken as `FILETIME`s).
    ticks_per_second: i64,
}

impl Clock {
    /// The identity clock: raw timestamps are already `FILETIME`s (live sessions, system-time ETL files).
    pub const SYSTEM_TIME: Clock =
        Clock { kind: ClockType::SYSTEM_TIME, ref_raw: 0, ref_utc: FileTime(0), ticks_per_second: 0 };

    /// Builds the clock of a trace from its logfile header values.
    ///
    /// `clock_type` is `ReservedFlags`; `ref_raw` is the raw timestamp of the logfile header record and
    /// `start_time` its `StartTime`; `perf_freq` is `PerfFreq`; `cpu_mhz` is `CpuSpeedInMHz`. A clock whose
    /// frequency is zero or negative cannot scale and falls back to treating raw values as `FILETIME`s.
    pub fn from_logfile(clock_type: u32, ref_raw: i64, start_time: i64, perf_freq: i64, cpu_mhz: u32) -> Clock {
        let kind = ClockType(clock_type);
        let ticks_per_second = match kind {
            ClockType::SYSTEM_TIME => 0,
            ClockType::CPU_CYCLE => i64::from(cpu_mhz).saturating_mul(1_000_000),
            // QPC, the default (0), and unknown values: Windows treats anything but 2 and 3 as QPC.
            _ => perf_freq,
        };
        if ticks_per_second <= 0 {
            return Clock { kind, ..Clock::SYSTEM_TIME };
        }
        Clock { kind, ref_raw, ref_utc: FileTime(start_time), ticks_per_second }
    }

    /// The clock type.
    pub const fn kind(&self) -> ClockType {
        self.kind
    }

    /// Raw ticks per second (0 for the identity clock).
    pub const fn ticks_per_second(&self) -> i64 {
        self.ticks_per_second
    }

    /// The raw timestamp at the reference point.
    pub const fn reference_raw(&self) -> i64 {
        self.ref_raw
    }

    /// UTC at the reference point.
    pub const fn reference_utc(&self) -> FileTime {
        self.ref_utc
    }

    /// Converts a raw timestamp to UTC.
    #[inline]
    pub fn to_utc(&self, raw: i64) -> FileTime {
        if self.ticks_per_second <= 0 {
            return FileTime(raw);
        }
        // Fast path: a 10 MHz clock (the QPC frequency of most Windows 8+ machines) already counts 100 ns units.
        if self.ticks_per_second == TICKS_PER_SECOND {
            if let Some(t) = raw.checked_sub(self.ref_raw).and_then(|d| d.checked_add(self.ref_utc.0)) {
                return FileTime(t);
            }
        }
        let delta = i128::from(raw) - i128::from(self.ref_raw);
        let scaled = (delta * i128::from(TICKS_PER_SECOND)).div_euclid(i128::from(self.ticks_per_second));
        let t = i128::from(self.ref_utc.0) + scaled;
        FileTime(t.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
    }
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::SYSTEM_TIME
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(t: i64) -> String {
        FileTime(t).to_string()
    }

    #[test]
    fn formats_rfc3339_with_100ns() {
        assert_eq!(rfc(129_846_116_328_135_944), "2012-06-19T20:33:52.8135944Z");
        assert_eq!(rfc(UNIX_EPOCH_FILETIME), "1970-01-01T00:00:00.0000000Z");
        assert_eq!(rfc(0), "1601-01-01T00:00:00.0000000Z");
        assert_eq!(rfc(132_404_548_306_935_923), "2020-07-29T00:07:10.6935923Z");
        // Leap day.
        assert_eq!(rfc(UNIX_EPOCH_FILETIME + (11_016 * 86_400 + 1) * TICKS_PER_SECOND), "2000-02-29T00:00:01.0000000Z");
    }

    /// The per-second cache gives what formatting each time from scratch gives, for times in the same second,
    /// across seconds and days, going back, and alternating with times of other years (wide ones included).
    #[test]
    fn cached_seconds_format_like_fresh_ones() {
        let fresh = |t: i64| {
            let mut v = Vec::new();
            FileTime(t).write_rfc3339_wide(&mut v);
            let text = String::from_utf8(v).unwrap();
            // The wide form writes the year unpadded; years 0..=9999 have four digits.
            let (y, rest) = text.split_at(text.find('-').unwrap_or(0).max(1));
            match y.parse::<i64>() {
                Ok(y) if (0..=9999).contains(&y) => format!("{y:04}{rest}"),
                _ => text,
            }
        };
        let base = 129_846_116_328_135_944i64;
        let mut times = vec![base, base + 1, base - 1, base + 9_999_999, base + TICKS_PER_DAY, base, 0, i64::MAX];
        times.extend([i64::MIN, base + 3, -TICKS_PER_DAY * 365 * 1_700, base + 4, UNIX_EPOCH_FILETIME - 1]);
        for t in times {
            assert_eq!(rfc(t), fresh(t), "{t}");
        }
    }

    #[test]
    fn extreme_values_do_not_panic() {
        for t in [i64::MIN, i64::MAX, -1, 1] {
            let _ = rfc(t);
            let (secs, ticks) = FileTime(t).to_unix();
            assert_eq!(
                i128::from(secs) * 10_000_000 + i128::from(ticks),
                i128::from(t) - i128::from(UNIX_EPOCH_FILETIME)
            );
        }
        assert_eq!(FileTime(UNIX_EPOCH_FILETIME - 1).to_unix(), (-1, 9_999_999));
        let c = Clock::from_logfile(1, i64::MIN, i64::MAX, 1, 0);
        let _ = c.to_utc(i64::MAX);
    }

    #[test]
    fn qpc_clock_scales_from_reference() {
        let c = Clock::from_logfile(1, 1_000, 130_000_000_000_000_000, 2_994_853, 0);
        assert_eq!(c.to_utc(1_000), FileTime(130_000_000_000_000_000));
        assert_eq!(c.to_utc(1_000 + 2_994_853), FileTime(130_000_000_010_000_000));
        // Before the reference, floor keeps the conversion monotonic.
        assert_eq!(c.to_utc(999), FileTime(130_000_000_000_000_000 - 4));
    }

    #[test]
    fn ten_megahertz_fast_path_agrees_with_general_path() {
        let fast = Clock::from_logfile(1, 5_000, 130_000_000_000_000_000, 10_000_000, 0);
        for raw in [i64::MIN, -1, 0, 4_999, 5_000, 123_456_789, i64::MAX] {
            let delta = i128::from(raw) - 5_000;
            let expected = (130_000_000_000_000_000i128 + delta).clamp(i64::MIN.into(), i64::MAX.into()) as i64;
            assert_eq!(fast.to_utc(raw), FileTime(expected), "{raw}");
        }
    }

    #[test]
    fn cpu_cycle_and_system_time_clocks() {
        let c = Clock::from_logfile(3, 0, 0, 10_000_000, 3_000);
        assert_eq!(c.to_utc(3_000_000_000), FileTime(10_000_000));
        let s = Clock::from_logfile(2, 5, 7, 10_000_000, 3_000);
        assert_eq!(s.to_utc(42), FileTime(42));
        let zero_freq = Clock::from_logfile(1, 5, 7, 0, 0);
        assert_eq!(zero_freq.to_utc(42), FileTime(42));
    }
}
