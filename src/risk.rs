//! The post-level risk model: from overlapping candidates to the findings worth underlining and
//! one risk level, with the reasons spelled out.
//!
//! Rules, in order (each is a line a reviewer can read):
//! 1. Overlaps: keep direct identifiers over quasi-identifiers, then the more severe, then the
//!    more confident, then the longer phrase.
//! 2. A direct identifier makes the post `Warn`; a high-severity one makes it `High`.
//! 3. Quasi-identifiers count in combination: three or more different kinds make the post
//!    `Warn`; fewer make it a `Notice`, and are then not underlined (a lone "tonight" is fine).

use crate::category::{Category, RiskLevel, Severity};
use crate::detector::Candidate;
use crate::text::Text;

/// The model's verdict on a post.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    /// Candidates to report, sorted by position, non-overlapping.
    pub kept: Vec<Candidate>,
    /// The post-level risk.
    pub risk: RiskLevel,
    /// Plain-language reasons for the risk.
    pub reasons: Vec<String>,
}

/// Number of distinct quasi-identifier kinds that together make a post risky.
const QUASI_KINDS_FOR_WARN: usize = 3;

/// Rates a post from its candidates.
pub fn assess(_text: &Text<'_>, candidates: Vec<Candidate>) -> Assessment {
    let kept = select_non_overlapping(candidates);
    let mut reasons = Vec::new();
    let mut risk = RiskLevel::None;

    let direct: Vec<&Candidate> = kept.iter().filter(|c| c.category.is_direct()).collect();
    if let Some(worst) = direct.iter().map(|c| c.severity).max() {
        risk = if worst == Severity::High {
            RiskLevel::High
        } else {
            RiskLevel::Warn
        };
        reasons.push(format!(
            "Contains {}: each can identify a patient on its own.",
            describe(direct.iter().map(|c| c.category))
        ));
    }

    let mut quasi_kinds: Vec<Category> = kept
        .iter()
        .filter(|c| !c.category.is_direct())
        .map(|c| c.category)
        .collect();
    quasi_kinds.sort();
    quasi_kinds.dedup();
    if quasi_kinds.len() >= QUASI_KINDS_FOR_WARN {
        risk = risk.max(RiskLevel::Warn);
        reasons.push(format!(
            "Combines {}: people who know this patient could recognise them.",
            describe(quasi_kinds.iter().copied())
        ));
    } else if !quasi_kinds.is_empty() && risk == RiskLevel::None {
        risk = RiskLevel::Notice;
    }

    let kept = if risk >= RiskLevel::Warn {
        kept
    } else {
        // Below warn, quasi-identifiers alone are not worth an underline.
        kept.into_iter()
            .filter(|c| c.category.is_direct())
            .collect()
    };
    Assessment {
        kept,
        risk,
        reasons,
    }
}

/// Keeps the best candidate wherever candidates overlap (rule 1); the result is sorted by start.
pub fn select_non_overlapping(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.category
            .is_direct()
            .cmp(&a.category.is_direct())
            .then(b.severity.cmp(&a.severity))
            .then(b.confidence.cmp(&a.confidence))
            .then((b.range.end - b.range.start).cmp(&(a.range.end - a.range.start)))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if c.range.is_empty() || kept.iter().any(|k| k.overlaps(&c)) {
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|c| c.range.start);
    kept
}

/// "a phone number and an age" style list of distinct category titles, lowercased.
fn describe(categories: impl Iterator<Item = Category>) -> String {
    let mut titles: Vec<&str> = Vec::new();
    for c in categories {
        let t = c.title();
        if !titles.contains(&t) {
            titles.push(t);
        }
    }
    let lower: Vec<String> = titles.iter().map(|t| t.to_lowercase()).collect();
    match lower.len() {
        0 => String::new(),
        1 => lower[0].clone(),
        n => format!("{} and {}", lower[..n - 1].join(", "), lower[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(start: usize, end: usize, category: Category, severity: Severity) -> Candidate {
        Candidate::new(start..end, category, severity, "test")
    }

    #[test]
    fn direct_beats_quasi_on_overlap() {
        let kept = select_non_overlapping(vec![
            cand(0, 10, Category::TimeContext, Severity::Low),
            cand(5, 8, Category::Date, Severity::Medium),
        ]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].category, Category::Date);
    }

    #[test]
    fn one_direct_identifier_warns() {
        let t = Text::new("call 555-204-9981");
        let a = assess(&t, vec![cand(5, 17, Category::Phone, Severity::Medium)]);
        assert_eq!(a.risk, RiskLevel::Warn);
        assert_eq!(a.kept.len(), 1);
        assert!(a.reasons[0].contains("phone number"));
    }

    #[test]
    fn a_lone_quasi_identifier_is_only_a_notice_and_not_underlined() {
        let t = Text::new("tonight");
        let a = assess(&t, vec![cand(0, 7, Category::TimeContext, Severity::Low)]);
        assert_eq!(a.risk, RiskLevel::Notice);
        assert!(a.kept.is_empty());
    }

    #[test]
    fn quasi_identifiers_combine() {
        let t = Text::new("x".repeat(30).as_str().to_owned().leak());
        let a = assess(
            &t,
            vec![
                cand(0, 5, Category::TimeContext, Severity::Low),
                cand(6, 10, Category::CareSetting, Severity::Low),
                cand(11, 20, Category::RareEvent, Severity::Low),
            ],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
        assert_eq!(a.kept.len(), 3);
    }
}
