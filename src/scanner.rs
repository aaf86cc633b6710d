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

/// Posts from this many bytes are scanned line by line by [`Scanner::scan_cached`]; shorter ones
/// (every tweet) whole, with exact whole-post semantics.
pub const LINE_MODE_MIN_BYTES: usize = 5000;

/// The detectors' candidates for each line of the last post given to [`Scanner::scan_cached`],
/// keyed by the line's folded text. One per editor (a cache shared by two posts only misses).
#[derive(Debug, Default)]
pub struct LineCache {
    lines: std::collections::HashMap<String, Vec<Candidate>>,
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
        self.report(input, &text, candidates)
    }

    /// Scans one post like [`Scanner::scan`], but runs the detectors line by line and reuses
    /// `cache`'s candidates for lines seen in the previous call, so a keystroke in a long post
    /// re-detects one line instead of the whole post. The post-level steps (allow list, risk
    /// rules, overlap resolution) still run over the whole post, so the risk and the reasons
    /// come from all the findings together. Posts shorter than [`LINE_MODE_MIN_BYTES`] are
    /// scanned whole (exactly [`Scanner::scan`]); above it, a phrase running across a line break
    /// is not seen (rare in long posts; the price of scanning a keystroke in constant time).
    pub fn scan_cached(&self, input: &str, cache: &mut LineCache) -> Report {
        if input.len() < LINE_MODE_MIN_BYTES {
            return self.scan(input);
        }
        let text = Text::new(input);
        let mut candidates = Vec::new();
        let mut next = std::collections::HashMap::new();
        let mut start = 0;
        // Folding keeps '\n' and works char by char, so the folded post is its folded lines
        // joined by '\n' and a line's candidates shift by the line's folded start.
        for line in text.original().split('\n') {
            let found = match cache.lines.remove(line).or_else(|| next.remove(line)) {
                Some(found) => found,
                None => {
                    let mut found = Vec::new();
                    let line_text = Text::new(line);
                    for detector in &self.detectors {
                        detector.detect(&line_text, &mut found);
                    }
                    found
                }
            };
            candidates.extend(found.iter().cloned().map(|mut c: Candidate| {
                c.range = c.range.start + start..c.range.end + start;
                c
            }));
            next.insert(line.to_owned(), found);
            start += line.len() + 1;
        }
        // Only this post's lines stay cached: memory follows the post's size.
        cache.lines = next;
        self.report(input, &text, candidates)
    }

    /// The post-level steps over the detectors' candidates (folded offsets of `text`).
    fn report(&self, input: &str, text: &Text<'_>, mut candidates: Vec<Candidate>) -> Report {
        candidates.retain(|c| !self.is_allowed(text, c));
        let mut assessment = risk::assess(text, candidates);
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
    fn scan_cached_equals_scan_below_the_threshold_and_reuses_lines_above() {
        let scanner = Scanner::default();
        let mut cache = LineCache::default();
        let short = "My patient is a 36yo,\ncall his wife at 555.204.9981 tonight";
        assert_eq!(scanner.scan_cached(short, &mut cache), scanner.scan(short));
        assert!(cache.lines.is_empty(), "short posts are scanned whole");

        let line = "Finished the discharge summary for MRN 00784512, write to a.b@c.org\n";
        let mut long = line.repeat(LINE_MODE_MIN_BYTES / line.len() + 1);
        long.push_str("My patient is a 36yo");
        let first = scanner.scan_cached(&long, &mut cache);
        // No phrase here spans a line break, so line mode finds exactly what a whole scan finds.
        assert_eq!(first, scanner.scan(&long));
        long.push_str(" with a 36 hour priapism, \u{ff15}55.204.9981");
        let again = scanner.scan_cached(&long, &mut cache);
        assert_eq!(again, scanner.scan(&long));
        assert_eq!(cache.lines.len(), 2, "one entry per distinct line");
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
