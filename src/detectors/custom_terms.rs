//! The organisation's own terms (hospitals, units, local towns) from managed policy, each raising
//! the category the administrator chose.

use crate::category::Severity;
use crate::detector::{Candidate, Detector};
use crate::scanner::CustomTerm;
use crate::text::{is_word_char, Text};

/// Matches configured phrases case-insensitively on word boundaries.
pub struct CustomTerms {
    terms: Vec<CustomTerm>,
}

impl CustomTerms {
    /// Keeps the non-empty terms, lowercased for matching.
    pub fn new(terms: &[CustomTerm]) -> Self {
        CustomTerms {
            terms: terms
                .iter()
                .filter(|t| !t.term.trim().is_empty())
                .map(|t| CustomTerm {
                    term: t.term.trim().to_ascii_lowercase(),
                    category: t.category,
                })
                .collect(),
        }
    }
}

impl Detector for CustomTerms {
    fn name(&self) -> &'static str {
        "custom_terms"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for term in &self.terms {
            for (at, m) in text.lower().match_indices(term.term.as_str()) {
                let end = at + m.len();
                let starts_word = text.char_before(at).is_none_or(|c| !is_word_char(c));
                let ends_word = text.char_at(end).is_none_or(|c| !is_word_char(c));
                if starts_word && ends_word {
                    let severity = if term.category.is_direct() {
                        Severity::Medium
                    } else {
                        Severity::Low
                    };
                    out.push(
                        Candidate::new(
                            at..end,
                            term.category,
                            severity,
                            "Your organisation asked PHI Guard to flag this term.",
                        )
                        .with_confidence(100),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::Category;

    #[test]
    fn matches_whole_words_case_insensitively() {
        let d = CustomTerms::new(&[CustomTerm {
            term: "Maple Falls".into(),
            category: Category::Location,
        }]);
        let t = Text::new("drove in from maple falls; not Maple Fallsville");
        let mut out = Vec::new();
        d.detect(&t, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(t.slice(out[0].range.clone()), "maple falls");
        assert_eq!(out[0].category, Category::Location);
    }
}
