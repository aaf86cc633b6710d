//! Small helpers shared by the quasi-identifier families: compiling a lowercase lexicon pattern
//! and pushing its matches as candidates.

use std::borrow::Cow;

use regex::Regex;

use crate::category::{Category, Severity};
use crate::detector::Candidate;
use crate::text::{is_word_char, Text};

/// One lexicon rule of a family: a lowercase pattern (matched against [`Text::lower`]) and what a
/// match means.
pub(crate) struct Rule {
    /// The pattern; group 1, when present, is the phrase to underline, otherwise the whole match.
    pub pattern: Regex,
    /// Category raised.
    pub category: Category,
    /// Severity raised.
    pub severity: Severity,
    /// Plain-language reason.
    pub reason: &'static str,
    /// Safer wording, if any.
    pub suggestion: Option<&'static str>,
    /// Detector confidence.
    pub confidence: u8,
}

impl Rule {
    /// Compiles `pattern` wrapped in word boundaries.
    pub fn new(
        pattern: &str,
        category: Category,
        reason: &'static str,
        suggestion: Option<&'static str>,
    ) -> Self {
        Rule {
            pattern: Regex::new(&format!(r"\b(?:{pattern})\b")).expect("lexicon pattern compiles"),
            category,
            severity: Severity::Low,
            reason,
            suggestion,
            confidence: 70,
        }
    }

    /// Sets the severity.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Sets the confidence.
    pub fn confidence(mut self, confidence: u8) -> Self {
        self.confidence = confidence;
        self
    }

    /// The candidate for a matched range.
    pub fn candidate(&self, range: std::ops::Range<usize>) -> Candidate {
        let mut c = Candidate::new(
            range,
            self.category,
            self.severity,
            Cow::Borrowed(self.reason),
        )
        .with_confidence(self.confidence);
        if let Some(s) = self.suggestion {
            c = c.suggest(s);
        }
        c
    }

    /// Every match in `text` (group 1 if the pattern has one and it matched).
    pub fn matches<'t>(
        &'t self,
        text: &'t Text<'_>,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
        self.pattern.captures_iter(text.lower()).filter_map(|caps| {
            caps.get(1)
                .or_else(|| caps.get(0))
                .map(|m| m.range())
                .filter(|r| !r.is_empty())
        })
    }
}

/// True when the word just before `at` (skipping spaces) is one of `words` (lowercase).
pub(crate) fn previous_word_is(text: &Text<'_>, at: usize, words: &[&str]) -> bool {
    let before = text.lower_before(at, 24).trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_word_char(c) || c == '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    words.contains(&word)
}

/// True when the char just before `at` is `#` or `@` (a hashtag or handle, not prose).
pub(crate) fn in_tag(text: &Text<'_>, at: usize) -> bool {
    matches!(text.char_before(at), Some('#') | Some('@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_word_and_tags() {
        let t = Text::new("call my dad #nightshift");
        let dad = t.lower().find("dad").unwrap();
        assert!(previous_word_is(&t, dad, &["my"]));
        assert!(!previous_word_is(&t, dad, &["your"]));
        let tag = t.lower().find("nightshift").unwrap();
        assert!(in_tag(&t, tag));
        assert!(!in_tag(&t, dad));
    }

    #[test]
    fn rule_reports_group_one() {
        let r = Rule::new(r"in (bed [0-9]+)", Category::CareSetting, "x", None);
        let t = Text::new("pt in bed 4 now");
        let found: Vec<_> = r.matches(&t).map(|g| t.slice(g)).collect();
        assert_eq!(found, ["bed 4"]);
    }
}
