//! Scan results: [`Finding`]s and the post-level [`Report`].

use serde::Serialize;

use crate::category::{Category, RiskLevel, Severity};

/// A start/end pair in one unit of measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Inclusive start.
    pub start: usize,
    /// Exclusive end.
    pub end: usize,
}

/// One phrase to underline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// UTF-8 byte range (Rust).
    pub bytes: Span,
    /// Unicode scalar value range (Python `str`, the corpus).
    pub chars: Span,
    /// UTF-16 code unit range (DOM offsets).
    pub utf16: Span,
    /// The phrase itself.
    pub text: String,
    /// What it is.
    pub category: Category,
    /// The category's short human name ("Phone number"), for cards.
    pub title: &'static str,
    /// The HIPAA rule it relates to, in words (see [`Category::hipaa_basis`]).
    pub hipaa: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// Why it matters, in one plain sentence.
    pub reason: String,
    /// Safer wordings, best first.
    pub suggestions: Vec<String>,
}

/// Everything the scanner says about one post.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Report {
    /// Findings sorted by position, never overlapping.
    pub findings: Vec<Finding>,
    /// The post-level risk.
    pub risk: RiskLevel,
    /// Why the post got that risk, in plain sentences (empty for `None`).
    pub reasons: Vec<String>,
}

impl Report {
    /// True when the post should be flagged before posting (risk at least `Warn`).
    pub fn flagged(&self) -> bool {
        self.risk >= RiskLevel::Warn
    }
}
