//! The post as detectors see it, and offset conversion.
//!
//! Detectors match case-insensitively against [`Text::lower`], an ASCII-lowercased copy whose
//! byte offsets equal [`Text::original`]'s (regex's `(?i)` would cost ~48 KB of wasm for Unicode
//! case tables). They read [`Text::original`] when case matters (names, "45M").
//!
//! Both are *folded*: invisible characters (zero-width spaces and joiners, soft hyphens, BOMs) are
//! dropped and full-width ASCII forms ("５５５") become ASCII, so "555\u{200b}123\u{200b}4567" is
//! still seen as a phone number. Detectors work in folded offsets; the scanner maps their ranges
//! back to the input with [`Text::to_input_range`].

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::detectors::context;
use crate::detectors::name::{tokenize, Tok};

/// A post being scanned.
#[derive(Debug)]
pub struct Text<'a> {
    input: &'a str,
    folded: Cow<'a, str>,
    lower: String,
    /// Present only when folding changed the text.
    map: Option<OffsetMap>,
    /// The words of the input, tokenised once for the name and location families; only filled
    /// when folding left the text unchanged (the tokens borrow from the input).
    tokens: OnceCell<Vec<Tok<'a>>>,
    /// Post-level signals several detectors read, computed once per post.
    hypothetical: OnceCell<bool>,
    encounter: OnceCell<bool>,
    own_family_post: OnceCell<bool>,
    /// Offsets in [`Text::lower`] where an ASCII word boundary (regex's `(?-u:\b)`) lies.
    word_boundaries: OnceCell<Vec<usize>>,
}

/// Folded byte offset -> input byte offset, for range starts and range ends.
#[derive(Debug)]
struct OffsetMap {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

/// What folding does with one input char: `None` drops it.
fn fold_char(c: char) -> Option<char> {
    match c {
        // Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, invisible operators.
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' => None,
        // Full-width ASCII variants.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ => Some(c),
    }
}

impl<'a> Text<'a> {
    /// Wraps `input`, folding it and computing its lowercased twin once.
    pub fn new(input: &'a str) -> Self {
        let needs_folding = input.chars().any(|c| fold_char(c) != Some(c));
        let (folded, map) = if needs_folding {
            let (folded, map) = fold(input);
            (Cow::Owned(folded), Some(map))
        } else {
            (Cow::Borrowed(input), None)
        };
        let lower = folded.to_ascii_lowercase();
        Text {
            input,
            folded,
            lower,
            map,
            tokens: OnceCell::new(),
            hypothetical: OnceCell::new(),
            encounter: OnceCell::new(),
            own_family_post: OnceCell::new(),
            word_boundaries: OnceCell::new(),
        }
    }

    /// Offsets in [`Text::lower`] where an ASCII word boundary lies (between a byte of
    /// `[0-9A-Za-z_]` and one of anything else, or the text's edge), once per post: where the
    /// rule sets try their rules.
    pub(crate) fn word_boundaries(&self) -> &[usize] {
        self.word_boundaries.get_or_init(|| {
            let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
            let mut boundaries = Vec::new();
            let mut word_before = false;
            for (at, &b) in self.lower.as_bytes().iter().enumerate() {
                let word_here = is_word(b);
                if word_here != word_before {
                    boundaries.push(at);
                }
                word_before = word_here;
            }
            if word_before {
                boundaries.push(self.lower.len());
            }
            boundaries
        })
    }

    /// The post presents its case as hypothetical ([`context::is_hypothetical`]), once per post.
    pub(crate) fn is_hypothetical(&self) -> bool {
        *self
            .hypothetical
            .get_or_init(|| context::is_hypothetical(&self.lower))
    }

    /// The post describes a real encounter ([`context::has_encounter`]), once per post.
    pub(crate) fn has_encounter(&self) -> bool {
        *self
            .encounter
            .get_or_init(|| context::has_encounter(&self.lower))
    }

    /// The post is about the author's own family and names no patient, once per post.
    pub(crate) fn is_own_family_post(&self) -> bool {
        *self.own_family_post.get_or_init(|| {
            context::mentions_own_family(&self.lower) && !context::has_patient_word(&self.lower)
        })
    }

    /// The text as typed, folded (see the module docs); detectors' offsets refer to it.
    pub fn original(&self) -> &str {
        &self.folded
    }

    /// The folded text with ASCII letters lowercased; same byte offsets as [`Text::original`].
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The folded, case-preserving slice for a byte range.
    pub fn slice(&self, range: Range<usize>) -> &str {
        &self.folded[range]
    }

    /// The input range (what the user typed) covered by a folded range.
    pub fn to_input_range(&self, range: Range<usize>) -> Range<usize> {
        match &self.map {
            None => range,
            Some(map) => {
                let start = map.starts[range.start];
                start..map.ends[range.end].max(start)
            }
        }
    }

    /// The words of [`Text::original`] (see [`tokenize`]), computed once per post when the
    /// text needed no folding (the usual case), else on each call.
    pub(crate) fn tokens(&self) -> Cow<'_, [Tok<'_>]> {
        match &self.folded {
            Cow::Borrowed(input) => Cow::Borrowed(self.tokens.get_or_init(|| tokenize(input))),
            Cow::Owned(folded) => Cow::Owned(tokenize(folded)),
        }
    }

    /// The unfolded input.
    pub fn input(&self) -> &'a str {
        self.input
    }

    /// Up to `max_bytes` of lowercased text ending at `at`, cut on a char boundary: the words
    /// just before a match, for context cues ("MRN", "call me at"). Empty when `at` is past the
    /// end or inside a char.
    pub fn lower_before(&self, at: usize, max_bytes: usize) -> &str {
        if !self.lower.is_char_boundary(at) {
            return "";
        }
        let mut start = at.saturating_sub(max_bytes);
        while !self.lower.is_char_boundary(start) {
            start += 1;
        }
        &self.lower[start..at]
    }

    /// Up to `max_bytes` of lowercased text starting at `at`, cut on a char boundary; empty when
    /// `at` is past the end or inside a char.
    pub fn lower_after(&self, at: usize, max_bytes: usize) -> &str {
        if !self.lower.is_char_boundary(at) {
            return "";
        }
        let mut end = (at + max_bytes).min(self.lower.len());
        while !self.lower.is_char_boundary(end) {
            end -= 1;
        }
        &self.lower[at..end]
    }

    /// The char just before byte offset `at`, if any (`None` when `at` is out of range or
    /// inside a char).
    pub fn char_before(&self, at: usize) -> Option<char> {
        self.folded.get(..at)?.chars().next_back()
    }

    /// The char starting at byte offset `at`, if any (`None` when `at` is out of range or
    /// inside a char).
    pub fn char_at(&self, at: usize) -> Option<char> {
        self.folded.get(at..)?.chars().next()
    }
}

/// Folds `input` and records where each folded byte came from.
fn fold(input: &str) -> (String, OffsetMap) {
    let mut folded = String::with_capacity(input.len());
    let mut starts = Vec::with_capacity(input.len() + 1);
    let mut ends = Vec::with_capacity(input.len() + 1);
    ends.push(0);
    for (at, c) in input.char_indices() {
        if let Some(f) = fold_char(c) {
            folded.push(f);
            for _ in 0..f.len_utf8() {
                starts.push(at);
            }
            // Only the entry at the end of this folded char is used as a range end.
            ends.resize(folded.len(), at);
            ends.push(at + c.len_utf8());
        }
    }
    starts.push(input.len());
    debug_assert_eq!(starts.len(), folded.len() + 1);
    debug_assert_eq!(ends.len(), folded.len() + 1);
    (folded, OffsetMap { starts, ends })
}

/// A position expressed in the three units callers need: UTF-8 bytes (Rust), Unicode scalar
/// values (Python's `str`, the corpus) and UTF-16 code units (the DOM).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// UTF-8 byte offset.
    pub byte: usize,
    /// Unicode scalar value (char) offset.
    pub char: usize,
    /// UTF-16 code unit offset.
    pub utf16: usize,
}

/// Converts ascending byte offsets into [`Position`]s in one forward pass, so a report with many
/// findings over a long post costs O(text) rather than O(text × findings).
#[derive(Debug)]
pub struct PositionCursor<'a> {
    text: &'a str,
    at: Position,
}

impl<'a> PositionCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        PositionCursor {
            text,
            at: Position::default(),
        }
    }

    /// The position of byte offset `byte`. Offsets must be on char boundaries; calls with an
    /// offset lower than the previous one restart from the beginning (still correct, slower).
    pub fn position(&mut self, byte: usize) -> Position {
        assert!(
            self.text.is_char_boundary(byte),
            "offset {byte} is not on a char boundary"
        );
        if byte < self.at.byte {
            self.at = Position::default();
        }
        for c in self.text[self.at.byte..byte].chars() {
            self.at.char += 1;
            self.at.utf16 += c.len_utf16();
        }
        self.at.byte = byte;
        self.at
    }
}

/// True when `c` can be part of a word (letters, digits, underscore): used for hand-made word
/// boundaries around lexicon matches.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_are_ascii_word_edges() {
        // "pt's bed_4 (é)": edges around "pt", "s", "bed_4"; "é" is not an ASCII word byte.
        let t = Text::new("pt's bed_4 (é)");
        assert_eq!(t.word_boundaries(), [0, 2, 3, 4, 5, 10]);
        assert_eq!(Text::new("ok").word_boundaries(), [0, 2]);
        assert!(Text::new(" … ").word_boundaries().is_empty());
    }

    #[test]
    fn lower_keeps_offsets() {
        let t = Text::new("Mrs. Ramírez MRN 12");
        assert_eq!(t.lower().len(), t.original().len());
        assert_eq!(&t.lower()[14..17], "mrn");
        assert_eq!(t.slice(5..13), "Ramírez");
    }

    #[test]
    fn folding_drops_invisibles_and_maps_back() {
        let input = "call 555\u{200b}123\u{200b}4567\u{200b} now";
        let t = Text::new(input);
        assert_eq!(t.original(), "call 5551234567 now");
        let at = t.original().find("555").unwrap();
        let r = t.to_input_range(at..at + 10);
        assert_eq!(&input[r], "555\u{200b}123\u{200b}4567");
    }

    #[test]
    fn folding_turns_full_width_into_ascii() {
        let input = "ＭＲＮ ０１２３";
        let t = Text::new(input);
        assert_eq!(t.lower(), "mrn 0123");
        assert_eq!(&input[t.to_input_range(4..8)], "０１２３");
        assert_eq!(&input[t.to_input_range(0..8)], input);
    }

    #[test]
    fn unfolded_text_is_borrowed_and_maps_identically() {
        let t = Text::new("plain é text");
        assert!(matches!(t.folded, Cow::Borrowed(_)));
        assert_eq!(t.to_input_range(2..5), 2..5);
    }

    #[test]
    fn positions_count_chars_and_utf16() {
        let s = "a😀é b";
        let mut cur = PositionCursor::new(s);
        let b = s.find('b').unwrap();
        let p = cur.position(b);
        assert_eq!(p.char, 4);
        assert_eq!(p.utf16, 5);
        // Going backwards restarts and stays correct.
        assert_eq!(cur.position(1).utf16, 1);
    }

    #[test]
    fn context_helpers_are_total() {
        let t = Text::new("ab é");
        assert_eq!(t.lower_after(99, 4), "");
        assert_eq!(t.lower_before(99, 4), "");
        assert_eq!(t.lower_after(4, 4), "");
        assert_eq!(t.char_at(99), None);
        assert_eq!(t.char_at(4), None, "inside 'é'");
        assert_eq!(t.char_before(99), None);
    }

    #[test]
    fn context_windows_respect_char_boundaries() {
        let t = Text::new("ééééé MRN");
        let before = t.lower_before(t.original().len(), 6);
        assert!(before.ends_with("mrn"));
        assert!(t.lower_after(0, 3).starts_with('é'));
    }
}
