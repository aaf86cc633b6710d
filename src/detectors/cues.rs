//! Small helpers shared by the quasi-identifier families: compiling a lowercase lexicon pattern
//! and pushing its matches as candidates.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, Anchored, Input, MatchKind, PatternSet};
use regex_syntax::hir::{Hir, Look};

use crate::category::{Category, Severity};
use crate::detector::Candidate;
use crate::detectors::openings::Openings;
use crate::text::{is_word_char, Text};

/// One lexicon rule of a family: a lowercase pattern (matched against [`Text::lower`]) and what a
/// match means.
pub(crate) struct Rule {
    /// The pattern source (lowercase), without boundaries.
    source: String,
    /// The pattern anchored at a match start; group 1, when present, is the phrase to underline,
    /// otherwise the whole match. Compiled on first use (the first post where the rule
    /// matches): compiling them all up front was a quarter of the scanner's start-up time.
    anchored: OnceLock<Regex>,
    /// Which sub-family of the detector this rule is (detectors apply extra checks per tag).
    pub tag: u8,
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
            source: pattern.to_owned(),
            anchored: OnceLock::new(),
            tag: 0,
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

    /// Sets the tag.
    pub fn tag(mut self, tag: u8) -> Self {
        self.tag = tag;
        self
    }

    /// Sets the confidence.
    pub fn confidence(mut self, confidence: u8) -> Self {
        self.confidence = confidence;
        self
    }

    /// The anchored pattern, compiled on first use.
    fn anchored(&self) -> &Regex {
        self.anchored.get_or_init(|| {
            Regex::new(&format!(r"^(?:{})(?-u:\b)", self.source)).expect("lexicon pattern compiles")
        })
    }

    /// The candidate for a matched range.
    pub fn candidate(&self, range: Range<usize>) -> Candidate {
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
}

/// A detector's rules, searched together: each rule is tried, anchored, only where a word
/// boundary meets an opening (first two bytes) that some rule's matches can begin with.
///
/// Before, one combined pattern of all the rules found where any rule may start. Its lazy DFA
/// had so many states that every byte was a cache miss: the six rule sets were 40% of a scan.
/// The openings table lets through every spot where a rule can start (and some where none
/// does), and the anchored automaton decides there as before, so the matches are the same
/// (measured: identical output on 4,260 posts; native scans ~10% faster; in wasm, where the
/// old DFA's misses cost less, a tweet's scan ~15% slower, well inside its budget).
pub(crate) struct RuleSet {
    /// The openings and the anchored automaton, built on first use: the rules' patterns are
    /// parsed once for both. Built with the scanner, they were a third of its build time; a
    /// post's first scan builds them, and the extension's worker runs one right after the
    /// build, before the user types.
    compiled: OnceLock<Compiled>,
    rules: Vec<Rule>,
}

/// A lazy DFA's scratch space, one per thread that scans.
type CachePool = Pool<hybrid::dfa::Cache, Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync>>;

/// What a [`RuleSet`] searches with.
struct Compiled {
    /// The openings of any rule's matches.
    openings: Openings,
    /// Every rule anchored at a start, in one lazy DFA: which rules match at a spot, in one
    /// pass, instead of trying each rule's regex in turn. A lazy DFA alone rather than a
    /// `meta::Regex`, which would also compile a reverse automaton and other engines that an
    /// anchored "which rules match" never uses (measured: half the compile time).
    at_start: hybrid::dfa::DFA,
    caches: CachePool,
}

impl RuleSet {
    /// Combines `rules`.
    pub fn new(rules: Vec<Rule>) -> Self {
        RuleSet {
            compiled: OnceLock::new(),
            rules,
        }
    }

    /// The openings and the anchored automaton, built on first use.
    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let mut openings = Openings::none();
            let patterns: Vec<Hir> = self
                .rules
                .iter()
                .map(|rule| {
                    let hir = regex_syntax::parse(&rule.source).expect("lexicon pattern parses");
                    openings.add(&hir);
                    // The rule, then a word boundary: `(?:rule)(?-u:\b)`.
                    Hir::concat(vec![hir, Hir::look(Look::WordAscii)])
                })
                .collect();
            let nfa = thompson::Compiler::new()
                .configure(thompson::Config::new().which_captures(WhichCaptures::None))
                .build_many_from_hir(&patterns)
                .expect("anchored lexicon compiles");
            let at_start = hybrid::dfa::Builder::new()
                .configure(
                    hybrid::dfa::DFA::config()
                        .match_kind(MatchKind::All)
                        .cache_capacity(16 << 20),
                )
                .build_from_nfa(nfa)
                .expect("anchored lexicon's lazy DFA builds");
            let for_caches = at_start.clone();
            let caches: CachePool = Pool::new(Box::new(move || for_caches.create_cache()));
            Compiled {
                openings,
                at_start,
                caches,
            }
        })
    }

    /// Every (rule, phrase range) found, in text order; several rules may match at one spot.
    ///
    /// Every start is tried, even inside another match: one rule's match ("he's a ...") must
    /// not hide a rule that starts within it ("a logger"). A rule starts only at a word
    /// boundary (an ASCII one, like the rules' own `(?-u:\b)`).
    pub fn matches(&self, text: &Text<'_>) -> Vec<(&Rule, Range<usize>)> {
        let lower = text.lower();
        let mut out = Vec::new();
        // Per rule, where its last phrase ended: a later start inside it ("the construction
        // worker" then "construction worker") is the same finding again.
        let mut last_end = vec![0; self.rules.len()];
        let Compiled {
            openings,
            at_start,
            caches,
        } = self.compiled();
        let mut cache = caches.get();
        let mut which = PatternSet::new(self.rules.len());
        for &start in text.word_boundaries() {
            if !openings.may_start(&lower.as_bytes()[start..]) {
                continue;
            }
            // Each rule is matched against the text from `start` on, as if it began there.
            let tail = &lower[start..];
            which.clear();
            at_start
                .try_which_overlapping_matches(
                    &mut cache,
                    &Input::new(tail).anchored(Anchored::Yes),
                    &mut which,
                )
                .expect("the lazy DFA never gives up or quits on these rules");
            for index in which.iter() {
                let (rule, last_end) = (&self.rules[index], &mut last_end[index]);
                if let Some(caps) = rule.anchored().captures(tail) {
                    if let Some(g) = caps.get(1).or_else(|| caps.get(0)) {
                        let range = start + g.start()..start + g.end();
                        if !range.is_empty() && range.end > *last_end {
                            *last_end = range.end;
                            out.push((rule, range));
                        }
                    }
                }
            }
        }
        out
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
    fn a_rule_starting_inside_another_match_is_found_once() {
        let set = RuleSet::new(vec![
            Rule::new(r"he's a [a-z]+ from", Category::Demographic, "x", None),
            Rule::new(r"(?:a )?logger", Category::Demographic, "y", None),
        ]);
        let t = Text::new("He's a logger from Idaho");
        let found: Vec<_> = set
            .matches(&t)
            .into_iter()
            .map(|(_, g)| t.slice(g))
            .collect();
        assert_eq!(found, ["He's a logger from", "a logger"]);
    }

    #[test]
    fn rule_reports_group_one() {
        let r = Rule::new(r"in (bed [0-9]+)", Category::CareSetting, "x", None);
        let set = RuleSet::new(vec![r]);
        let t = Text::new("pt in bed 4 now");
        let found: Vec<_> = set
            .matches(&t)
            .into_iter()
            .map(|(_, g)| t.slice(g))
            .collect();
        assert_eq!(found, ["bed 4"]);
    }
}
