//! Word lists shared by the name and location detectors, embedded at compile time.
//!
//! The files in `data/` are sorted, lowercase, one entry a line (see `data/PROVENANCE.md` and
//! `scripts/lexicons/generate.py`). A [`WordList`] keeps slices into the embedded text and
//! answers membership with a binary search: no allocation per entry beyond one `Vec` of slices,
//! so building all lists costs well under a millisecond.

use std::sync::OnceLock;

/// A sorted list of lowercase entries, looked up with binary search.
#[derive(Debug)]
pub struct WordList {
    entries: Vec<&'static str>,
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
        WordList { entries }
    }

    /// True when `word` (already lowercase) is listed.
    pub fn contains(&self, word: &str) -> bool {
        self.entries.binary_search(&word).is_ok()
    }

    /// True when some entry starts with `prefix` followed by a space: the first word of a
    /// multi-word entry ("chapel" for "chapel hill").
    pub fn has_multiword_prefix(&self, prefix: &str) -> bool {
        let i = self.entries.partition_point(|e| *e < prefix);
        self.entries[i..]
            .iter()
            .take_while(|e| e.starts_with(prefix))
            .any(|e| e.as_bytes().get(prefix.len()) == Some(&b' '))
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
