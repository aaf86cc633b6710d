//! [`Openings`]: the first two bytes a pattern's matches can begin with, so a rule set tries its
//! rules only where a match can start, instead of running one large automaton over every byte.
//!
//! The set is computed from the pattern's syntax tree and errs on the safe side: every match
//! of the pattern begins with an opening in the set (look-arounds are read as "any", so the
//! set may hold openings no match has). A pattern that can match one byte or none is kept as
//! such: [`Openings::may_start`] then answers true where one byte or none is enough.

use regex_syntax::hir::{Class, Hir, HirKind};
use regex_syntax::utf8::Utf8Sequences;

/// A set of bytes as a 256-bit mask.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn range(lo: u8, hi: u8) -> Self {
        let mut set = ByteSet::default();
        for (word, bits) in set.0.iter_mut().enumerate() {
            let (first, last) = (word * 64, word * 64 + 63);
            let (lo, hi) = (usize::from(lo).max(first), usize::from(hi).min(last));
            if lo <= hi {
                let width = hi - lo + 1;
                let mask = if width == 64 {
                    u64::MAX
                } else {
                    (1u64 << width) - 1
                };
                *bits = mask << (lo - first);
            }
        }
        set
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    fn union(&mut self, other: &ByteSet) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }

    fn is_empty(&self) -> bool {
        self.0 == [0; 4]
    }

    fn bytes(self) -> impl Iterator<Item = u8> {
        self.0.into_iter().enumerate().flat_map(|(word, mut bits)| {
            std::iter::from_fn(move || {
                let bit = bits.trailing_zeros();
                (bits != 0).then(|| {
                    bits &= bits - 1;
                    (word * 64) as u8 + bit as u8
                })
            })
        })
    }
}

/// Partly read openings while walking a pattern: matches that have consumed no byte yet
/// (`none`), and those that have consumed exactly one (`one`, by that byte). Matches that have
/// consumed two are complete and recorded in [`Openings`].
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct Partial {
    none: bool,
    one: ByteSet,
}

impl Partial {
    fn is_dead(&self) -> bool {
        !self.none && self.one.is_empty()
    }

    fn union(&mut self, other: &Partial) {
        self.none |= other.none;
        self.one.union(&other.one);
    }
}

/// The two-byte openings of a pattern's matches, plus the bytes after which a match may end
/// (or reach the end of the text) and whether the empty match is possible.
pub(crate) struct Openings {
    /// `second[b]`: the bytes that may follow `b` at the start of a match.
    second: Box<[ByteSet; 256]>,
    /// Bytes that alone may be a whole match.
    short: ByteSet,
    /// True when the pattern may match the empty string.
    empty: bool,
}

impl Openings {
    /// No opening yet: nothing may start anywhere.
    pub fn none() -> Self {
        Openings {
            second: Box::new([ByteSet::default(); 256]),
            short: ByteSet::default(),
            empty: false,
        }
    }

    /// Adds the openings of `hir`'s matches.
    pub fn add(&mut self, hir: &Hir) {
        let start = Partial {
            none: true,
            one: ByteSet::default(),
        };
        let end = self.walk(hir, start);
        self.short.union(&end.one);
        self.empty |= end.none;
    }

    /// True when a match may start with the bytes `at` begins with.
    #[inline]
    pub fn may_start(&self, at: &[u8]) -> bool {
        match at {
            [] => self.empty,
            [first] => self.empty || self.short.contains(*first),
            [first, second, ..] => {
                self.empty
                    || self.short.contains(*first)
                    || self.second[usize::from(*first)].contains(*second)
            }
        }
    }

    /// Reads one byte of `set` after `partial`, recording the openings it completes.
    fn step(&mut self, partial: Partial, set: &ByteSet) -> Partial {
        for first in partial.one.bytes() {
            self.second[usize::from(first)].union(set);
        }
        Partial {
            none: false,
            one: if partial.none {
                *set
            } else {
                ByteSet::default()
            },
        }
    }

    /// The partial openings after reading `hir` from `partial`.
    fn walk(&mut self, hir: &Hir, partial: Partial) -> Partial {
        if partial.is_dead() {
            return partial;
        }
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => partial,
            HirKind::Literal(literal) => literal
                .0
                .iter()
                .fold(partial, |p, &b| self.step(p, &ByteSet::range(b, b))),
            HirKind::Class(Class::Bytes(class)) => {
                let mut set = ByteSet::default();
                for r in class.ranges() {
                    set.union(&ByteSet::range(r.start(), r.end()));
                }
                self.step(partial, &set)
            }
            HirKind::Class(Class::Unicode(class)) => {
                // Each char of the class is one UTF-8 sequence of byte ranges. Any of their
                // first bytes may follow a byte already read; from no byte read, a one-byte
                // sequence leaves its byte read, and a longer one completes an opening.
                let mut firsts = ByteSet::default();
                let mut single = ByteSet::default();
                for r in class.ranges() {
                    for sequence in Utf8Sequences::new(r.start(), r.end()) {
                        let ranges = sequence.as_slice();
                        let first = ByteSet::range(ranges[0].start, ranges[0].end);
                        firsts.union(&first);
                        match ranges.get(1) {
                            None => single.union(&first),
                            Some(second) if partial.none => {
                                let second = ByteSet::range(second.start, second.end);
                                for b in first.bytes() {
                                    self.second[usize::from(b)].union(&second);
                                }
                            }
                            Some(_) => {}
                        }
                    }
                }
                for b in partial.one.bytes() {
                    self.second[usize::from(b)].union(&firsts);
                }
                Partial {
                    none: false,
                    one: if partial.none {
                        single
                    } else {
                        ByteSet::default()
                    },
                }
            }
            HirKind::Capture(capture) => self.walk(&capture.sub, partial),
            HirKind::Concat(parts) => parts.iter().fold(partial, |p, h| self.walk(h, p)),
            HirKind::Alternation(branches) => {
                let mut out = Partial::default();
                for branch in branches {
                    let p = self.walk(branch, partial);
                    out.union(&p);
                }
                out
            }
            HirKind::Repetition(rep) => {
                let mut out = if rep.min == 0 {
                    partial
                } else {
                    Partial::default()
                };
                let mut current = partial;
                let mut count = 0u32;
                loop {
                    count += 1;
                    current = self.walk(&rep.sub, current);
                    if current.is_dead() {
                        break;
                    }
                    if count >= rep.min {
                        let before = out;
                        out.union(&current);
                        // A partial state only grows towards a fixed point: once another round
                        // adds nothing, later rounds add nothing either.
                        if out == before {
                            break;
                        }
                    }
                    if rep.max.is_some_and(|max| count >= max) {
                        break;
                    }
                }
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn openings(pattern: &str) -> Openings {
        let mut openings = Openings::none();
        openings.add(&regex_syntax::parse(pattern).unwrap());
        openings
    }

    #[test]
    fn literal_alternatives_open_with_their_first_two_bytes() {
        let o = openings(r"(?-u:\b)(?:the mayor|a (?:teacher|nurse))(?-u:\b)");
        assert!(o.may_start(b"th"));
        assert!(o.may_start(b"a "));
        assert!(!o.may_start(b"an"));
        assert!(!o.may_start(b"ma"));
        assert!(!o.may_start(b"t"));
        assert!(!o.may_start(b""));
    }

    #[test]
    fn optional_prefixes_and_classes() {
        let o = openings(r"(?:my )?[0-9]{2}(?:yo|f|m)");
        assert!(o.may_start(b"my"));
        assert!(o.may_start(b"36"));
        assert!(!o.may_start(b"3y"));
        let o = openings(r"\w+ville");
        assert!(o.may_start(b"ev"));
        assert!(o.may_start("é".as_bytes()));
    }

    #[test]
    fn short_and_empty_matches_are_kept() {
        let o = openings(r"x|yz");
        assert!(o.may_start(b"x"));
        assert!(o.may_start(b"xq"));
        assert!(o.may_start(b"yz"));
        assert!(!o.may_start(b"y"));
        let o = openings(r"a*");
        assert!(o.may_start(b""));
        assert!(o.may_start(b"zz"));
    }

    /// Patterns with the shapes the rule sets use: optional words, gaps, classes, counted
    /// repetitions, Unicode, look-arounds, empty branches.
    const SHAPES: &[&str] = &[
        r"(?:a|an|the) (?:[a-z-]+ ){0,2}?tattoo",
        r"(?:(?:wild|pet)\x20)*(?:dog|cat)s? bit",
        r"[0-9]{2,3}(?:yo|y/o| year old)",
        r"(?:my )?(?:é|è)t[a-z]*",
        r"x{3}y|(?:)z",
        r"(?-u:\b)ab(?-u:\b)c?|\w\w?q",
        r"(?:a|b){2,}c|d+",
        r"[^a-c\n]{2}",
    ];

    proptest::proptest! {
        /// Wherever a pattern matches, [`Openings::may_start`] says it may.
        #[test]
        fn every_match_begins_with_an_opening(text in "[abcdeqtxyz0-9 é\n-]{0,12}") {
            for shape in SHAPES {
                let anchored = regex::Regex::new(&format!("^(?:{shape})")).unwrap();
                if anchored.is_match(&text) {
                    proptest::prop_assert!(openings(shape).may_start(text.as_bytes()), "{shape} on {text:?}");
                }
            }
        }
    }
}
