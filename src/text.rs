//! The post as detectors see it, and offset conversion.
//!
//! Detectors match case-insensitively against [`Text::lower`], an ASCII-lowercased copy whose
//! byte offsets equal the original's (regex's `(?i)` would cost ~48 KB of wasm for Unicode case
//! tables). They read [`Text::original`] when case matters (names, "45M").

use std::ops::Range;

/// A post being scanned.
#[derive(Debug)]
pub struct Text<'a> {
    original: &'a str,
    lower: String,
}

impl<'a> Text<'a> {
    /// Wraps `original`, computing its lowercased twin once.
    pub fn new(original: &'a str) -> Self {
        Text {
            original,
            lower: original.to_ascii_lowercase(),
        }
    }

    /// The text exactly as typed.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The text with ASCII letters lowercased; same length and byte offsets as the original.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The original slice for a byte range.
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        &self.original[range]
    }

    /// Up to `max_bytes` of lowercased text ending at `at`, cut on a char boundary: the words
    /// just before a match, for context cues ("MRN", "call me at").
    pub fn lower_before(&self, at: usize, max_bytes: usize) -> &str {
        let mut start = at.saturating_sub(max_bytes);
        while !self.lower.is_char_boundary(start) {
            start += 1;
        }
        &self.lower[start..at]
    }

    /// Up to `max_bytes` of lowercased text starting at `at`, cut on a char boundary.
    pub fn lower_after(&self, at: usize, max_bytes: usize) -> &str {
        let mut end = (at + max_bytes).min(self.lower.len());
        while !self.lower.is_char_boundary(end) {
            end -= 1;
        }
        &self.lower[at..end]
    }

    /// The char just before byte offset `at`, if any.
    pub fn char_before(&self, at: usize) -> Option<char> {
        self.original[..at].chars().next_back()
    }

    /// The char starting at byte offset `at`, if any.
    pub fn char_at(&self, at: usize) -> Option<char> {
        self.original[at..].chars().next()
    }
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
    fn lower_keeps_offsets() {
        let t = Text::new("Mrs. Ramírez MRN 12");
        assert_eq!(t.lower().len(), t.original().len());
        assert_eq!(&t.lower()[14..17], "mrn");
        assert_eq!(t.slice(5..13), "Ramírez");
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
    fn context_windows_respect_char_boundaries() {
        let t = Text::new("ééééé MRN");
        let before = t.lower_before(t.original().len(), 6);
        assert!(before.ends_with("mrn"));
        assert!(t.lower_after(0, 3).starts_with('é'));
    }
}
