//! Word lists shared by the name and location detectors, embedded at compile time.
//!
//! The files in `data/` are sorted, lowercase, one entry a line (see `data/PROVENANCE.md` and
//! `scripts/lexicons/generate.py`). A [`WordList`] keeps slices into the embedded text and
//! answers membership with a fast hash set: no allocation per entry beyond the sets of slices,
//! built once per process.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast, non-cryptographic hasher (rustc's Fx hash, finalised) for short words:
/// the word lists are fixed and embedded, so hash flooding is no concern.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Fold the high bits down (a murmur3 finaliser): the multiply leaves the low bits,
        // which pick the bucket, depending on the first bytes of the word only.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// A set of static words hashed with [`WordHasher`].
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// A list of lowercase entries, answered through hash sets of the entries and of the first
/// words of multi-word entries.
#[derive(Debug)]
pub struct WordList {
    /// The sorted entries (kept for the tests).
    #[cfg(test)]
    entries: Vec<&'static str>,
    set: WordSet,
    /// Every part of an entry before one of its spaces ("chapel" of "chapel hill").
    multiword_prefixes: WordSet,
}

impl WordList {
    /// Splits an embedded newline-separated list; sorts it if the file is not already sorted.
    pub fn parse(data: &'static str) -> Self {
        let mut entries: Vec<&'static str> = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        if !entries.windows(2).all(|w| w[0] <= w[1]) {
            entries.sort_unstable();
        }
        let set = entries.iter().copied().collect();
        // One scan of the whole file first: most lists have no multi-word entry at all.
        let multiword_prefixes = if data.contains(' ') {
            entries
                .iter()
                .flat_map(|e| e.match_indices(' ').map(|(k, _)| &e[..k]))
                .collect()
        } else {
            WordSet::default()
        };
        WordList {
            #[cfg(test)]
            entries,
            set,
            multiword_prefixes,
        }
    }

    /// True when `word` (already lowercase) is listed.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// True when some entry starts with `prefix` followed by a space: the first word of a
    /// multi-word entry ("chapel" for "chapel hill").
    #[inline]
    pub fn has_multiword_prefix(&self, prefix: &str) -> bool {
        self.multiword_prefixes.contains(prefix)
    }
}

/// Every lexicon the name and location families use.
#[derive(Debug)]
pub struct Lexicons {
    /// Given names and common nicknames (Census 1990 plus a hand list).
    pub first_names: WordList,
    /// The most frequent Census surnames.
    pub surnames: WordList,
    /// US city and town names.
    pub places: WordList,
    /// Entries of the lists above that are also everyday English words ("hope", "mobile").
    pub common_words: WordList,
    /// Disease, sign and scale eponyms ("parkinson", "bell", "apgar").
    pub eponyms: WordList,
    /// Brands, drugs, platforms and famous historical patients: never a patient's name.
    pub not_names: WordList,
}

/// The lexicons, parsed once per process (shared by every scanner).
pub fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| Lexicons {
        first_names: WordList::parse(include_str!("../../data/first_names.txt")),
        surnames: WordList::parse(include_str!("../../data/surnames.txt")),
        places: WordList::parse(include_str!("../../data/places.txt")),
        common_words: WordList::parse(include_str!("../../data/common_words.txt")),
        eponyms: WordList::parse(include_str!("../../data/eponyms.txt")),
        not_names: WordList::parse(include_str!("../../data/not_names.txt")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        let t = std::time::Instant::now();
        let lex = lexicons();
        let took = t.elapsed();
        assert!(lex.first_names.contains("linda"));
        assert!(lex.surnames.contains("kessler"));
        assert!(lex.places.contains("dayton"));
        assert!(lex.places.contains("chapel hill"));
        assert!(lex.places.has_multiword_prefix("chapel"));
        assert!(!lex.places.contains("texas"), "states are never places");
        assert!(!lex.first_names.contains("may"), "months are never names");
        assert!(lex.common_words.contains("hope"));
        assert!(lex.common_words.contains("mobile"));
        assert!(!lex.common_words.contains("linda"));
        assert!(lex.eponyms.contains("parkinson"));
        assert!(lex.not_names.contains("ozempic"));
        eprintln!("lexicons parsed in {took:?}");
        // Start-up budget: generous for debug builds and a loaded machine.
        assert!(took.as_millis() < 200, "lexicons took {took:?}");
    }

    #[test]
    fn multiword_prefixes_match_a_scan_of_the_entries() {
        let lex = lexicons();
        for list in [&lex.places, &lex.first_names, &lex.surnames, &lex.not_names] {
            for e in &list.entries {
                for k in 1..=e.len() {
                    let Some(prefix) = e.get(..k) else { continue };
                    // The former binary-search answer, as the reference.
                    let i = list.entries.partition_point(|x| *x < prefix);
                    let scan = list.entries[i..]
                        .iter()
                        .take_while(|x| x.starts_with(prefix))
                        .any(|x| x.as_bytes().get(prefix.len()) == Some(&b' '));
                    assert_eq!(list.has_multiword_prefix(prefix), scan, "{prefix}");
                }
            }
        }
    }

    #[test]
    fn files_are_sorted_lowercase_and_unique() {
        for (name, data) in [
            ("first_names", include_str!("../../data/first_names.txt")),
            ("surnames", include_str!("../../data/surnames.txt")),
            ("places", include_str!("../../data/places.txt")),
            ("common_words", include_str!("../../data/common_words.txt")),
            ("eponyms", include_str!("../../data/eponyms.txt")),
            ("not_names", include_str!("../../data/not_names.txt")),
        ] {
            let lines: Vec<&str> = data.lines().collect();
            assert!(
                lines.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted and unique"
            );
            assert!(lines.iter().all(|l| *l == l.to_lowercase()), "{name} case");
        }
    }
}
