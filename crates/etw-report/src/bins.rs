//! Counts over time in a bounded number of bins, without knowing the time range in advance.
//!
//! Bins are aligned to an absolute origin (the FILETIME epoch) and are `1 µs × 2^shift` wide. A series keeps its
//! bins sparse, keyed by bin number; when the events seen so far span more than [`MAX_BINS`] bins, every bin
//! number is halved (`>> 1`), which merges neighbours exactly because the bins are aligned. Two partial
//! aggregates with different widths merge the same way, so the result does not depend on how the events were
//! cut into chunks or in which order the chunks' events came.

use std::collections::BTreeMap;

/// The most bins a time axis spans (it spans between half this and this many once the range is known).
pub const MAX_BINS: i64 = 400;

/// FILETIME ticks (100 ns) per microsecond, the width of a bin at shift 0.
const TICKS_PER_US: i64 = 10;

/// A time axis: the range of the times seen and the current bin width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Axis {
    /// Earliest and latest time seen (FILETIME ticks).
    range: Option<(i64, i64)>,
    /// Bins are `1 µs << shift` wide.
    shift: u32,
}

impl Axis {
    /// The bin width in FILETIME ticks.
    pub fn width_ticks(&self) -> i64 {
        if self.shift >= 62 {
            i64::MAX
        } else {
            TICKS_PER_US.saturating_mul(1i64 << self.shift)
        }
    }

    /// The bin width's power of two.
    pub fn shift(&self) -> u32 {
        self.shift
    }

    /// Earliest and latest time seen.
    pub fn range(&self) -> Option<(i64, i64)> {
        self.range
    }

    /// The bin of `t` at the current width.
    pub fn bin(&self, t: i64) -> i64 {
        shr(t.div_euclid(TICKS_PER_US), self.shift)
    }

    /// Takes `t` into the range; returns the shift the series must be coarsened to (the current one if it did not
    /// change).
    pub fn see(&mut self, t: i64) -> u32 {
        let (lo, hi) = match self.range {
            Some((lo, hi)) => (lo.min(t), hi.max(t)),
            None => (t, t),
        };
        self.range = Some((lo, hi));
        self.fit(lo, hi)
    }

    /// Takes another axis's range into this one; returns the shift needed for both.
    pub fn join(&mut self, other: &Axis) -> u32 {
        let shift = self.shift.max(other.shift);
        self.shift = shift;
        if let Some((olo, ohi)) = other.range {
            self.see(olo);
            self.see(ohi);
        }
        self.shift
    }

    fn fit(&mut self, lo: i64, hi: i64) -> u32 {
        let (ulo, uhi) = (lo.div_euclid(TICKS_PER_US), hi.div_euclid(TICKS_PER_US));
        while self.shift < 63 && shr(uhi, self.shift).saturating_sub(shr(ulo, self.shift)) >= MAX_BINS {
            self.shift += 1;
        }
        self.shift
    }

    /// The first and last bin of the range at the current width.
    pub fn bins(&self) -> Option<(i64, i64)> {
        self.range.map(|(lo, hi)| (self.bin(lo), self.bin(hi)))
    }
}

/// `v >> s` rounding towards minus infinity, for any `s`.
fn shr(v: i64, s: u32) -> i64 {
    if s >= 63 {
        if v < 0 {
            -1
        } else {
            0
        }
    } else {
        v >> s
    }
}

/// One series of sums per bin, at a width its owner keeps (the owner's [`Axis`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Series {
    bins: BTreeMap<i64, u64>,
    shift: u32,
}

impl Series {
    /// Adds `n` at `t` (FILETIME ticks), at the axis's width.
    pub fn add(&mut self, axis: &Axis, t: i64, n: u64) {
        self.coarsen(axis.shift());
        let e = self.bins.entry(axis.bin(t)).or_default();
        *e = e.saturating_add(n);
    }

    /// Adds `n` to bin `bin` at width `shift` (coarsening this series first if it is finer).
    pub fn add_bin(&mut self, shift: u32, bin: i64, n: u64) {
        self.coarsen(shift);
        let bin = shr(bin, self.shift.saturating_sub(shift));
        let e = self.bins.entry(bin).or_default();
        *e = e.saturating_add(n);
    }

    /// Makes the bins `1 µs << shift` wide (no-op when they are already as wide or wider).
    pub fn coarsen(&mut self, shift: u32) {
        if shift <= self.shift {
            return;
        }
        let by = shift - self.shift;
        self.shift = shift;
        if self.bins.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.bins);
        for (b, n) in old {
            let e = self.bins.entry(shr(b, by)).or_default();
            *e = e.saturating_add(n);
        }
    }

    /// Adds the bins of `other`.
    pub fn merge(&mut self, other: Series) {
        let shift = self.shift.max(other.shift);
        self.coarsen(shift);
        for (b, n) in other.bins {
            self.add_bin(other.shift, b, n);
        }
    }

    /// The sum of every bin.
    pub fn total(&self) -> u64 {
        self.bins.values().fold(0u64, |a, b| a.saturating_add(*b))
    }

    /// The values of bins `first..=last` at width `shift`, zeros where empty (bins outside are left out).
    pub fn dense(&self, shift: u32, first: i64, last: i64) -> Vec<u64> {
        let mut me = self.clone();
        me.coarsen(shift);
        let len = usize::try_from(last.saturating_sub(first).saturating_add(1)).unwrap_or(0).min(MAX_BINS as usize);
        let mut out = vec![0u64; len];
        for (b, n) in me.bins.range(first..=last) {
            if let Some(slot) = usize::try_from(b.saturating_sub(first)).ok().and_then(|i| out.get_mut(i)) {
                *slot = slot.saturating_add(*n);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events cut into chunks in any way, merged in any order, give the bins one pass gives.
    #[test]
    fn chunked_and_merged_equals_one_pass() {
        let times: Vec<i64> =
            (0..5000i64).map(|i| 132_000_000_000_000_000 + (i * i * 7919) % 3_000_000_000 + i * 13).collect();
        let mut axis = Axis::default();
        let mut one = Series::default();
        for &t in &times {
            axis.see(t);
            one.add(&axis, t, 1);
        }
        for chunk in [1usize, 7, 333, 4999] {
            let mut total_axis = Axis::default();
            let mut total = Series::default();
            for part in times.chunks(chunk).rev() {
                let mut a = Axis::default();
                let mut s = Series::default();
                for &t in part {
                    a.see(t);
                    s.add(&a, t, 1);
                }
                total_axis.join(&a);
                total.merge(s);
            }
            let (first, last) = axis.bins().unwrap();
            assert_eq!(total_axis, axis);
            assert_eq!(total.dense(axis.shift(), first, last), one.dense(axis.shift(), first, last), "{chunk}");
        }
        let (first, last) = axis.bins().unwrap();
        assert!(last - first < MAX_BINS && last - first >= MAX_BINS / 2 - 1, "{first} {last}");
        assert_eq!(one.dense(axis.shift(), first, last).iter().sum::<u64>(), 5000);
    }

    #[test]
    fn extreme_times_neither_panic_nor_overflow() {
        let mut axis = Axis::default();
        let mut s = Series::default();
        for t in [i64::MIN, i64::MAX, 0, -1, 1] {
            axis.see(t);
            s.add(&axis, t, u64::MAX);
        }
        let (first, last) = axis.bins().unwrap();
        assert!(last - first < MAX_BINS);
        assert_eq!(s.total(), u64::MAX);
        assert_eq!(s.dense(axis.shift(), first, last).iter().fold(0u64, |a, b| a.saturating_add(*b)), u64::MAX);
        assert!(axis.width_ticks() > 0);
    }
}
