//! The one trait every detector family implements.

use std::borrow::Cow;
use std::ops::Range;

use crate::category::{Category, Severity};
use crate::text::Text;

/// A detector family: phone numbers, dates, names... Built once (compile regexes and lexicons in
/// the constructor), then asked to look at many posts.
pub trait Detector: Send + Sync {
    /// A stable, short name for diagnostics and benchmarks ("phone").
    fn name(&self) -> &'static str;

    /// Pushes every phrase of `text` this family recognises onto `out`. Candidates may overlap
    /// each other and other families' candidates: the risk model picks among them.
    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>);
}

/// A phrase a detector proposes, before overlap resolution and the post-level risk model.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte range in the original text (on char boundaries).
    pub range: Range<usize>,
    /// What the phrase is.
    pub category: Category,
    /// How serious it is on its own.
    pub severity: Severity,
    /// One plain-language sentence for the user ("A phone number can be looked up...").
    pub reason: Cow<'static, str>,
    /// Safer wordings, best first; empty when the fix is to delete the phrase.
    pub suggestions: Vec<String>,
    /// How sure the detector is, 0-100; wins ties in overlap resolution.
    pub confidence: u8,
}

impl Candidate {
    /// A candidate with no suggestion and confidence 80.
    pub fn new(
        range: Range<usize>,
        category: Category,
        severity: Severity,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        Candidate {
            range,
            category,
            severity,
            reason: reason.into(),
            suggestions: Vec::new(),
            confidence: 80,
        }
    }

    /// Adds a safer wording.
    pub fn suggest(mut self, replacement: impl Into<String>) -> Self {
        self.suggestions.push(replacement.into());
        self
    }

    /// Sets the confidence (0-100).
    pub fn with_confidence(mut self, confidence: u8) -> Self {
        self.confidence = confidence.min(100);
        self
    }

    /// True when the two byte ranges share at least one byte.
    pub fn overlaps(&self, other: &Candidate) -> bool {
        self.range.start < other.range.end && other.range.start < self.range.end
    }
}
