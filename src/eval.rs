//! Scoring against a labeled corpus (`shared/corpus/SCHEMA.md`), used by `phi-guard eval` and
//! `phi-guard scan --jsonl`. Native only.
//!
//! A gold span counts as found when a reported span of the same label group (direct or quasi)
//! overlaps it; a reported span that overlaps no gold span is a false alarm; a post counts as
//! flagged when its risk reaches `Warn`. Offsets are in chars (what Python's `str` indexes).

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::category::Category;
use crate::report::Report;
use crate::scanner::Scanner;

/// One corpus line.
#[derive(Debug, Clone, Deserialize)]
pub struct Post {
    /// Unique id ("dev-0001").
    pub id: String,
    /// `twitter` or `facebook`.
    #[serde(default)]
    pub site: String,
    /// The post as typed.
    pub text: String,
    /// `phi` or `ok`.
    #[serde(default)]
    pub verdict: String,
    /// Gold spans.
    #[serde(default)]
    pub spans: Vec<GoldSpan>,
}

/// A labeled phrase in a post.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    /// Exact substring of the post.
    pub text: String,
    /// Corpus label.
    pub label: String,
    /// Which occurrence when the text occurs more than once (0-based).
    #[serde(default)]
    pub occurrence: usize,
}

/// A corpus problem, naming the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CorpusError {}

/// Parses a JSONL corpus; blank lines are skipped, anything else malformed is an error.
pub fn parse_corpus(jsonl: &str) -> Result<Vec<Post>, CorpusError> {
    let mut posts = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let post: Post = serde_json::from_str(line).map_err(|e| CorpusError {
            line: i + 1,
            message: format!("not a corpus post: {e}"),
        })?;
        for span in &post.spans {
            if Category::from_label(&span.label).is_none() {
                return Err(CorpusError {
                    line: i + 1,
                    message: format!("unknown label {:?}", span.label),
                });
            }
            if gold_range(&post.text, span).is_none() {
                return Err(CorpusError {
                    line: i + 1,
                    message: format!(
                        "span {:?} (occurrence {}) is not in the text",
                        span.text, span.occurrence
                    ),
                });
            }
        }
        posts.push(post);
    }
    Ok(posts)
}

/// The char range of a gold span, counting occurrences at every start position as SCHEMA.md does.
pub fn gold_range(text: &str, span: &GoldSpan) -> Option<(usize, usize)> {
    if span.text.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut seen = 0;
    while let Some(i) = text[from..].find(&span.text) {
        let at = from + i;
        if seen == span.occurrence {
            let start = text[..at].chars().count();
            return Some((start, start + span.text.chars().count()));
        }
        seen += 1;
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Per-label counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LabelScore {
    /// Gold spans with this label.
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
}

/// The scores SCHEMA.md defines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Posts scored.
    pub posts: usize,
    /// Posts with verdict `phi`.
    pub phi_posts: usize,
    /// Posts with verdict `ok`.
    pub ok_posts: usize,
    /// `phi` posts flagged (risk >= warn).
    pub phi_flagged: usize,
    /// `ok` posts flagged.
    pub ok_flagged: usize,
    /// Reported spans overlapping no gold span, in `ok` posts.
    pub false_spans_ok: usize,
    /// Reported spans overlapping no gold span, in `phi` posts.
    pub false_spans_phi: usize,
    /// Per-label recall counts.
    pub labels: BTreeMap<Category, LabelScore>,
}

impl Scores {
    fn recall(&self, direct: bool) -> f64 {
        let (gold, found) = self
            .labels
            .iter()
            .filter(|(c, _)| c.is_direct() == direct)
            .fold((0, 0), |(g, f), (_, s)| (g + s.gold, f + s.found));
        ratio(found, gold)
    }

    /// Recall over direct-identifier gold spans.
    pub fn direct_recall(&self) -> f64 {
        self.recall(true)
    }

    /// Recall over quasi-identifier gold spans.
    pub fn quasi_recall(&self) -> f64 {
        self.recall(false)
    }

    /// False spans per `ok` post.
    pub fn false_spans_per_ok_post(&self) -> f64 {
        ratio(self.false_spans_ok, self.ok_posts)
    }

    /// Share of `phi` posts flagged.
    pub fn phi_flagged_share(&self) -> f64 {
        ratio(self.phi_flagged, self.phi_posts)
    }

    /// Share of `ok` posts flagged.
    pub fn ok_flagged_share(&self) -> f64 {
        ratio(self.ok_flagged, self.ok_posts)
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// A post's scan, in corpus terms.
#[derive(Debug, Clone)]
pub struct Scored {
    /// The scanner's report.
    pub report: Report,
    /// Gold spans (char range, category) with whether each was found.
    pub gold: Vec<((usize, usize), Category, bool)>,
    /// Reported spans (char range) that overlap no gold span.
    pub false_spans: Vec<(usize, usize)>,
}

/// Scans one post and matches its findings against the gold spans.
pub fn score_post(scanner: &Scanner, post: &Post) -> Scored {
    let report = scanner.scan(&post.text);
    let gold: Vec<((usize, usize), Category)> = post
        .spans
        .iter()
        .filter_map(|s| Some((gold_range(&post.text, s)?, Category::from_label(&s.label)?)))
        .collect();
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let gold_found = gold
        .iter()
        .map(|&(range, cat)| {
            let found = report.findings.iter().any(|f| {
                f.category.is_direct() == cat.is_direct()
                    && overlaps(range, (f.chars.start, f.chars.end))
            });
            (range, cat, found)
        })
        .collect();
    let false_spans = report
        .findings
        .iter()
        .map(|f| (f.chars.start, f.chars.end))
        .filter(|&r| !gold.iter().any(|&(g, _)| overlaps(g, r)))
        .collect();
    Scored {
        report,
        gold: gold_found,
        false_spans,
    }
}

/// Scores a whole corpus.
pub fn evaluate(scanner: &Scanner, posts: &[Post]) -> Scores {
    let mut scores = Scores::default();
    for post in posts {
        let scored = score_post(scanner, post);
        let is_phi = post.verdict == "phi";
        scores.posts += 1;
        if is_phi {
            scores.phi_posts += 1;
            scores.phi_flagged += usize::from(scored.report.flagged());
            scores.false_spans_phi += scored.false_spans.len();
        } else {
            scores.ok_posts += 1;
            scores.ok_flagged += usize::from(scored.report.flagged());
            scores.false_spans_ok += scored.false_spans.len();
        }
        for (_, cat, found) in scored.gold {
            let entry = scores.labels.entry(cat).or_default();
            entry.gold += 1;
            entry.found += usize::from(found);
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_count_at_every_start() {
        let span = GoldSpan {
            text: "aa".into(),
            label: "name".into(),
            occurrence: 1,
        };
        assert_eq!(gold_range("aaa", &span), Some((1, 3)));
        let span = GoldSpan {
            text: "é".into(),
            label: "name".into(),
            occurrence: 0,
        };
        assert_eq!(gold_range("😀é", &span), Some((1, 2)));
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let err = parse_corpus("{\"id\":\"a\",\"text\":\"x\"}\n\nnot json\n").unwrap_err();
        assert_eq!(err.line, 3);
        let err = parse_corpus(r#"{"id":"a","text":"x","spans":[{"text":"y","label":"name"}]}"#)
            .unwrap_err();
        assert!(err.message.contains("not in the text"));
    }

    #[test]
    fn scores_recall_and_false_spans() {
        let posts = parse_corpus(concat!(
            r#"{"id":"1","text":"email a@b.org now","verdict":"phi","spans":[{"text":"a@b.org","label":"email"}]}"#,
            "\n",
            r#"{"id":"2","text":"write c@d.org","verdict":"ok","spans":[]}"#,
        ))
        .unwrap();
        let s = evaluate(&Scanner::default(), &posts);
        assert_eq!(s.labels[&Category::Email], LabelScore { gold: 1, found: 1 });
        assert_eq!(s.false_spans_ok, 1);
        assert_eq!(s.phi_flagged_share(), 1.0);
        assert_eq!(s.ok_flagged_share(), 1.0);
    }
}
