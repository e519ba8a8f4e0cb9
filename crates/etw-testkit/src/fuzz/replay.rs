//! What the stable replays of fuzz bodies share: the seed files of a target, and a small fixed-seed generator
//! for mutating them, so every run replays the same inputs.

use std::path::Path;

/// Every file in `dir` as (file name, bytes), sorted by name.
pub fn seed_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("seed directory {}: {e}", dir.display()));
    let mut v: Vec<(String, Vec<u8>)> = entries
        .map(|e| {
            let p = e.expect("seed directory entry").path();
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("seed {}: {e}", p.display()));
            (p.file_name().expect("a file name").to_string_lossy().into_owned(), bytes)
        })
        .collect();
    v.sort();
    v
}

/// xorshift64*: a small fixed-seed generator (the state must not be zero).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn the_sequence_is_fixed_by_the_seed() {
        let mut a = Rng(0x9e37_79b9_7f4a_7c15);
        let mut b = Rng(0x9e37_79b9_7f4a_7c15);
        let first: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        assert_eq!(first, (0..4).map(|_| b.next_u64()).collect::<Vec<_>>());
        assert_ne!(first[0], first[1]);
        assert!((0..100).all(|_| a.below(7) < 7));
        assert_eq!(a.below(0), 0);
    }
}
