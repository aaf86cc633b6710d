//! Word lists shared by the name and location detectors, embedded at compile time.
//!
//! The files in `data/` are sorted, lowercase, one entry a line (see `data/PROVENANCE.md` and
//! `scripts/lexicons/generate.py`). `build.rs` embeds them front-coded (each entry as the
//! length of the prefix it shares with the one before, then the rest), which the wasm carries
//! in ~30 KB less than the plain text. They are decoded once per process into one text; a
//! [`WordList`] keeps slices into it and answers membership with a fast hash set.

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

/// A word list front-coded by `build.rs` from `data/NAME.txt`.
macro_rules! front_coded {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".fc"))
    };
}

/// Decodes a list front-coded by `build.rs` (`[shared prefix length][rest]\n` per entry) into
/// one newline-separated text that lives for the whole process, as the lexicons do.
fn decode_front_coded(data: &[u8]) -> &'static str {
    let mut text: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let mut previous = 0..0;
    let mut at = 0;
    while at < data.len() {
        let shared = usize::from(data[at]);
        let rest_end = data[at + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(data.len(), |k| at + 1 + k);
        let start = text.len();
        text.extend_from_within(previous.start..previous.start + shared);
        text.extend_from_slice(&data[at + 1..rest_end]);
        previous = start..text.len();
        text.push(b'\n');
        at = rest_end + 1;
    }
    // build.rs cuts only at character boundaries of valid UTF-8 text.
    let text = String::from_utf8(text).expect("front-coded lists decode to UTF-8");
    Box::leak(text.into_boxed_str())
}

/// The lexicons, decoded once per process (shared by every scanner).
pub fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    let list = |data: &[u8]| WordList::parse(decode_front_coded(data));
    LEX.get_or_init(|| Lexicons {
        first_names: list(front_coded!("first_names")),
        surnames: list(front_coded!("surnames")),
        places: list(front_coded!("places")),
        common_words: list(front_coded!("common_words")),
        eponyms: list(front_coded!("eponyms")),
        not_names: list(front_coded!("not_names")),
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
    fn front_coded_lists_decode_to_the_files() {
        for (coded, plain) in [
            (
                &front_coded!("places")[..],
                include_str!("../../data/places.txt"),
            ),
            (
                &front_coded!("not_names")[..],
                include_str!("../../data/not_names.txt"),
            ),
            (
                &front_coded!("first_names")[..],
                include_str!("../../data/first_names.txt"),
            ),
        ] {
            let decoded: Vec<&str> = decode_front_coded(coded).lines().collect();
            let lines: Vec<&str> = plain.lines().filter(|l| !l.trim().is_empty()).collect();
            assert_eq!(decoded, lines);
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
