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

/// Runs `body` on every input of the ETL reader's fuzz target (`fuzz/corpus/etl_reader` seeds and
/// `fuzz/regressions/etl_reader`), naming the input and the body (`what`) when it panics; returns how many ran.
/// Other targets' bodies that read an ETL file replay these inputs too.
pub fn each_reader_input(what: &str, body: impl Fn(&[u8]) + std::panic::RefUnwindSafe) -> usize {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/etl_reader", "regressions/etl_reader"] {
        for (name, data) in seed_files(&fuzz.join(dir)) {
            if let Err(e) = std::panic::catch_unwind(|| body(&data)) {
                let msg =
                    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                panic!("{what} panicked on {dir}/{name}: {}", msg.unwrap_or_default());
            }
            replayed += 1;
        }
    }
    replayed
}

/// Runs `body` on `copies` mutations of each corpus trace of at most 4 MiB (16 bit flips each, as the fuzzer
/// makes them, from a generator seeded with `seed`). Does nothing when the corpus is missing (and fails under
/// CI, through [`crate::corpus::require`]).
pub fn each_flipped_corpus_trace(seed: u64, copies: usize, mut body: impl FnMut(&[u8])) {
    let Some(corpus) = crate::corpus::require() else { return };
    let mut rng = Rng(seed);
    for rel in crate::corpus::etl_files(&corpus) {
        let bytes = std::fs::read(corpus.join("etl").join(&rel)).unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        if bytes.len() > 4 << 20 {
            continue;
        }
        for _ in 0..copies {
            let mut copy = bytes.clone();
            for _ in 0..16 {
                let at = rng.below(copy.len().max(1));
                if let Some(b) = copy.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            body(&copy);
        }
    }
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
