//! [`Scanner`]: build once from a [`Config`], then scan many posts.

use serde::{Deserialize, Serialize};

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::detectors;
use crate::report::{Finding, Report, Span};
use crate::risk;
use crate::text::{PositionCursor, Text};

/// A term an organisation wants flagged (its hospitals, units, local towns), with the category
/// it should raise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomTerm {
    /// The phrase, matched case-insensitively on word boundaries.
    pub term: String,
    /// The category a match raises.
    pub category: Category,
}

/// Scanner settings. Every field has a safe default, so a partial JSON object deserialises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Config {
    /// Findings below this severity are not reported (they still count towards the risk).
    pub minimum_severity: Severity,
    /// Extra phrases to flag.
    pub custom_terms: Vec<CustomTerm>,
    /// Phrases never to flag (matched case-insensitively): the user's and the organisation's
    /// allow lists.
    pub allowed_terms: Vec<String>,
}

/// The scanner: all detector families, compiled once.
pub struct Scanner {
    detectors: Vec<Box<dyn Detector>>,
    minimum_severity: Severity,
    allowed_terms: Vec<String>,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.detectors.iter().map(|d| d.name()).collect();
        f.debug_struct("Scanner")
            .field("detectors", &names)
            .finish()
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new(Config::default())
    }
}

impl Scanner {
    /// Compiles every detector family (regexes, lexicons) for `config`.
    pub fn new(config: Config) -> Self {
        Scanner {
            detectors: detectors::all(&config),
            minimum_severity: config.minimum_severity,
            allowed_terms: config
                .allowed_terms
                .iter()
                .map(|t| t.trim().to_ascii_lowercase())
                .filter(|t| !t.is_empty())
                .collect(),
        }
    }

    /// The names of the detector families, in the order they run.
    pub fn detector_names(&self) -> Vec<&'static str> {
        self.detectors.iter().map(|d| d.name()).collect()
    }

    /// Scans one post.
    pub fn scan(&self, input: &str) -> Report {
        let text = Text::new(input);
        let mut candidates = Vec::new();
        for detector in &self.detectors {
            detector.detect(&text, &mut candidates);
        }
        candidates.retain(|c| !self.is_allowed(&text, c));
        let mut assessment = risk::assess(&text, candidates);
        for c in &mut assessment.kept {
            c.range = text.to_input_range(c.range.clone());
        }

        let mut cursor = PositionCursor::new(input);
        let findings = assessment
            .kept
            .into_iter()
            .filter(|c| c.severity >= self.minimum_severity)
            .map(|c| {
                let start = cursor.position(c.range.start);
                let end = cursor.position(c.range.end);
                Finding {
                    bytes: Span {
                        start: start.byte,
                        end: end.byte,
                    },
                    chars: Span {
                        start: start.char,
                        end: end.char,
                    },
                    utf16: Span {
                        start: start.utf16,
                        end: end.utf16,
                    },
                    text: input[c.range.clone()].to_owned(),
                    category: c.category,
                    title: c.category.title(),
                    hipaa: c.category.hipaa_basis(),
                    severity: c.severity,
                    reason: c.reason.into_owned(),
                    suggestions: c.suggestions,
                }
            })
            .collect();
        Report {
            findings,
            risk: assessment.risk,
            reasons: assessment.reasons,
        }
    }

    /// True when the candidate lies inside an occurrence of an allowed phrase.
    fn is_allowed(&self, text: &Text<'_>, candidate: &Candidate) -> bool {
        let phrase = &text.lower()[candidate.range.clone()];
        self.allowed_terms.iter().any(|allowed| {
            phrase.trim() == allowed
                || text.lower().match_indices(allowed.as_str()).any(|(at, m)| {
                    at <= candidate.range.start && candidate.range.end <= at + m.len()
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_deserialises_from_partial_json_defaults() {
        let c = Config::default();
        assert_eq!(c.minimum_severity, Severity::Low);
        assert!(c.custom_terms.is_empty());
    }

    #[test]
    fn custom_terms_raise_their_category_and_allowed_terms_silence() {
        let scanner = Scanner::new(Config {
            custom_terms: vec![CustomTerm {
                term: "St. Elsewhere".into(),
                category: Category::CareSetting,
            }],
            ..Config::default()
        });
        let r = scanner.scan("transferred from st. elsewhere");
        // Organisation terms are always underlined, with the category the policy gave them.
        assert!(
            r.findings
                .iter()
                .any(|f| f.category == Category::CareSetting && f.text == "st. elsewhere"),
            "{:?}",
            r.findings
        );

        let quiet = Scanner::new(Config {
            allowed_terms: vec!["jane@example.org".into()],
            ..Config::default()
        });
        assert!(quiet.scan("mail jane@example.org").findings.is_empty());
    }

    #[test]
    fn offsets_are_consistent() {
        let s = "😀 write to a.b@c.org";
        let r = Scanner::default().scan(s);
        let f = &r.findings[0];
        assert_eq!(&s[f.bytes.start..f.bytes.end], f.text);
        assert_eq!(f.chars.start, 11);
        assert_eq!(f.utf16.start, 12);
    }
}
