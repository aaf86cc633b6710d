//! US Social Security numbers: `212-09-7743`, `212 09 7743`, `212097743`.
//!
//! Numbers the SSA never issues are rejected (area 000, 666 or 900-999, group 00, serial 0000).
//! Only the dashed form stands on its own; spaced and undivided nine-digit runs need a cue
//! ("SSN", "social security", "social", "SS#") just before them, or any nine-digit number
//! would match. Always `High`: an SSN identifies a person on its own.

use regex::Regex;

use super::context::has_any_word;
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds Social Security numbers.
pub struct Ssn {
    pattern: Regex,
}

/// Words that announce an SSN.
const CUES: &[&str] = &[
    "ssn",
    "ssn#",
    "ss#",
    "ss #",
    "social",
    "social security",
    "social security number",
    "social security #",
    "soc sec",
];

impl Ssn {
    /// Compiles the pattern.
    pub fn new() -> Self {
        Ssn {
            pattern: Regex::new(r"([0-9]{3})([ \-]?)([0-9]{2})([ \-]?)([0-9]{4})")
                .expect("ssn pattern compiles"),
        }
    }
}

impl Default for Ssn {
    fn default() -> Self {
        Ssn::new()
    }
}

/// True when the parts could be an issued SSN.
fn valid(area: &str, group: &str, serial: &str) -> bool {
    area != "000" && area != "666" && !area.starts_with('9') && group != "00" && serial != "0000"
}

impl Detector for Ssn {
    fn name(&self) -> &'static str {
        "ssn"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        let bytes = lower.as_bytes();
        for caps in self.pattern.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let (start, end) = (m.start(), m.end());
            let glued_before = start > 0 && {
                let p = bytes[start - 1];
                p.is_ascii_alphanumeric()
                    || (matches!(p, b'-' | b'.' | b'/' | b'+' | b'$')
                        && (start < 2 || bytes[start - 2].is_ascii_digit() || p == b'$'))
            };
            let glued_after = bytes.get(end).is_some_and(|&n| {
                n.is_ascii_alphanumeric()
                    || (matches!(n, b'-' | b'.' | b'/')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
            });
            if glued_before || glued_after {
                continue;
            }
            let (sep1, sep2) = (&caps[2], &caps[4]);
            if sep1 != sep2 {
                continue;
            }
            if !valid(&caps[1], &caps[3], &caps[5]) {
                continue;
            }
            let cued = has_any_word(text.lower_before(start, 40), CUES);
            if sep1 != "-" && !cued {
                continue;
            }
            out.push(
                Candidate::new(
                    start..end,
                    Category::IdNumber,
                    Severity::High,
                    "A Social Security number identifies a person on its own and enables identity theft.",
                )
                .with_confidence(if cued { 98 } else { 90 }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Ssn::new().detect(&t, &mut out);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    #[test]
    fn finds_dashed_numbers_anywhere() {
        assert_eq!(found("then recited 212-09-7743 loud"), ["212-09-7743"]);
        assert_eq!(found("off a card (441-72-0938) so"), ["441-72-0938"]);
    }

    #[test]
    fn undashed_numbers_need_a_cue() {
        assert_eq!(found("her SSN 212 09 7743 out loud"), ["212 09 7743"]);
        assert_eq!(found("social security number: 212097743."), ["212097743"]);
        assert!(found("order 212097743 shipped").is_empty());
        assert!(found("call 212 09 7743").is_empty());
    }

    #[test]
    fn rejects_impossible_numbers() {
        for s in [
            "SSN 000-12-3456",
            "SSN 666-12-3456",
            "SSN 912-12-3456",
            "SSN 123-00-4567",
            "SSN 123-45-0000",
        ] {
            assert!(found(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn ignores_phones_dates_and_mixed_separators() {
        for s in [
            "call 614-555-0187",
            "on 03-14-2025",
            "4410-228-917",
            "212-097743",
            "1-212-09-7743-5",
        ] {
            assert!(found(s).is_empty(), "{s}");
        }
    }
}
