//! Phone and fax numbers: North American forms (`(608) 555-0144`, `555.204.9981`,
//! `+1 702 555 0119`, `(402)555-0163`), seven-digit local numbers after a phone word
//! ("call 555-0162"), international `+44 20 7946 0958` and UK-style `07700 900123`, each with an
//! optional extension ("x204", "ext. 12").
//!
//! Not flagged: three-digit hotlines (988, 911), vitals (`180/110`), ranges and times (`10-2`),
//! doses, years. Severity: toll-free numbers and numbers in an organisation's announcement
//! ("call us", "front desk", "our clinic") are `Low` (public, not a patient's); a number tied to
//! a patient or relative ("her cell", "pt's son") is `High`; anything else `Medium`.

use regex::Regex;

use super::context::{digit_count, has_any_word, word_set};
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds phone and fax numbers.
pub struct Phone {
    nanp: Regex,
    local: Regex,
    /// Ten digits with no separators ("5552049981"): a phone only after a phone word.
    bare: Regex,
    international: Regex,
    uk: Regex,
    extension: Regex,
    org_cues: Regex,
}

/// North American toll-free area codes: such numbers belong to organisations and hotlines.
const TOLL_FREE: &[&str] = &["800", "888", "877", "866", "855", "844", "833", "822"];

/// Words right before a seven-digit or UK-style number that make it a phone number.
const PHONE_WORDS: &[&str] = &[
    "call", "calling", "called", "text", "texted", "phone", "cell", "fax", "faxed", "tel", "tel.",
    "number", "line", "reach", "dial", "contact", "mobile", "landline", "#", "ph", "whatsapp",
    "at",
];

/// Post-level signs of an organisation's announcement.
const ORG_CUES: &[&str] = &[
    "our clinic",
    "our office",
    "our practice",
    "our on-call",
    "our after-hours",
    "the clinic",
    "front desk",
    "main line",
    "nurse line",
    "on-call line",
    "call us",
    "contact us",
    "to book",
    "to schedule",
    "book online",
    "appointments",
    "health department",
    "hotline",
    "helpline",
    "crisis line",
    "accepting new patients",
    "new patients",
    "walk-ins",
    "walk-in",
    "records requests",
];

/// Words near a number that tie it to a patient or relative.
const PERSONAL_CUES: &[&str] = &[
    "pt",
    "pt's",
    "patient",
    "patient's",
    "his",
    "her",
    "him",
    "son",
    "daughter",
    "wife",
    "husband",
    "mom",
    "dad",
    "mother",
    "father",
    "family",
    "cell",
    "personal",
    "home",
    "grandson",
    "granddaughter",
    "sister",
    "brother",
    "she says",
    "he says",
    "call me back",
    "text me",
    "work number",
    "attn",
];

impl Phone {
    /// Compiles the patterns.
    pub fn new() -> Self {
        Phone {
            nanp: Regex::new(
                r"(?:\+?1[ .\-]?)?(?:\([0-9]{3}\) ?|[0-9]{3}[ .\-])[0-9]{3}[ .\-][0-9]{4}",
            )
            .expect("nanp pattern compiles"),
            local: Regex::new(r"[0-9]{3}[.\-][0-9]{4}").expect("local pattern compiles"),
            bare: Regex::new(r"(?:\+?1)?[2-9][0-9]{9}").expect("bare pattern compiles"),
            international: Regex::new(r"\+[2-9][0-9]{0,2}(?:[ .\-]?\(?[0-9]{1,5}\)?){2,6}")
                .expect("international pattern compiles"),
            uk: Regex::new(r"0[0-9]{2,4}[ \-][0-9]{3,4}[ \-]?[0-9]{3,4}")
                .expect("uk pattern compiles"),
            org_cues: word_set(ORG_CUES),
            extension: Regex::new(r"^,? ?(?:x|ext\.?|extension) ?[0-9]{1,5}")
                .expect("extension pattern compiles"),
        }
    }

    /// Extends `end` over an extension such as " ext. 2" or " x204".
    fn with_extension(&self, text: &Text<'_>, end: usize) -> usize {
        match self.extension.find(text.lower_after(end, 20)) {
            Some(m) => end + m.end(),
            None => end,
        }
    }

    fn severity(&self, text: &Text<'_>, start: usize, end: usize, org_post: bool) -> Severity {
        let number = &text.lower()[start..end];
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let area = digits
            .strip_prefix('1')
            .filter(|d| d.len() == 10)
            .unwrap_or(&digits);
        let near = format!(
            "{} {}",
            text.lower_before(start, 60),
            text.lower_after(end, 25)
        );
        let personal = has_any_word(&near, PERSONAL_CUES);
        if (area.len() == 10 && TOLL_FREE.iter().any(|t| area.starts_with(t)))
            || (org_post && !personal)
        {
            Severity::Low
        } else if personal {
            Severity::High
        } else {
            Severity::Medium
        }
    }
}

impl Default for Phone {
    fn default() -> Self {
        Phone::new()
    }
}

/// True when the match `[start, end)` is not glued to surrounding digits or words.
fn bounded(lower: &str, start: usize, end: usize) -> bool {
    let b = lower.as_bytes();
    let before_ok = start == 0 || {
        let p = b[start - 1];
        !(p.is_ascii_alphanumeric()
            || p == b'$'
            || p == b'_'
            || p == b'+'
            || (matches!(p, b'-' | b'.' | b'/') && start >= 2 && b[start - 2].is_ascii_digit()))
    };
    let after_ok = match b.get(end) {
        None => true,
        Some(&n) => {
            !(n.is_ascii_alphanumeric()
                || n == b'%'
                || (matches!(n, b'-' | b'.' | b'/')
                    && b.get(end + 1).is_some_and(u8::is_ascii_digit)))
        }
    };
    before_ok && after_ok
}

/// True when a phone word ends the text just before `start`.
fn phone_word_before(text: &Text<'_>, start: usize) -> bool {
    let before = text.lower_before(start, 30);
    has_any_word(before, PHONE_WORDS)
}

impl Detector for Phone {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        if digit_count(lower) < 7 {
            return;
        }
        let org_post = self.org_cues.is_match(lower);
        let mut found: Vec<(usize, usize)> = Vec::new();
        for m in self.nanp.find_iter(lower) {
            if bounded(lower, m.start(), m.end()) {
                found.push((m.start(), m.end()));
            }
        }
        for m in self.international.find_iter(lower) {
            let n = digit_count(m.as_str());
            if (8..=15).contains(&n) && bounded(lower, m.start(), m.end()) {
                found.push((m.start(), m.end()));
            }
        }
        for m in self.uk.find_iter(lower) {
            let n = digit_count(m.as_str());
            if (10..=11).contains(&n)
                && bounded(lower, m.start(), m.end())
                && phone_word_before(text, m.start())
            {
                found.push((m.start(), m.end()));
            }
        }
        for m in self
            .local
            .find_iter(lower)
            .chain(self.bare.find_iter(lower))
        {
            if bounded(lower, m.start(), m.end()) && phone_word_before(text, m.start()) {
                found.push((m.start(), m.end()));
            }
        }
        found.sort_unstable();
        let mut last_end = 0;
        for (start, end) in found {
            if start < last_end {
                continue; // inside a longer number already reported
            }
            let end = self.with_extension(text, end);
            last_end = end;
            let severity = self.severity(text, start, end, org_post);
            let reason = if severity == Severity::Low {
                "A phone number; it looks like an organisation's public line, so it is only a risk if the post also describes a patient."
            } else {
                "A phone number leads straight to a person: anyone can call it or look it up."
            };
            out.push(
                Candidate::new(start..end, Category::Phone, severity, reason).with_confidence(90),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, Severity)> {
        crate::detectors::test_support::found(&Phone::new(), s)
    }

    fn texts(s: &str) -> Vec<String> {
        found(s).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn north_american_forms() {
        assert_eq!(texts("text her at 555.204.9981 when"), ["555.204.9981"]);
        assert_eq!(texts("call (608) 555-0144 now"), ["(608) 555-0144"]);
        assert_eq!(texts("at (402)555-0163 she says"), ["(402)555-0163"]);
        assert_eq!(texts("from +1 702 555 0119 eleven"), ["+1 702 555 0119"]);
        assert_eq!(texts("1-614-555-0187."), ["1-614-555-0187"]);
        assert_eq!(texts("is 555-301-8822 attn"), ["555-301-8822"]);
    }

    #[test]
    fn extensions_are_included() {
        assert_eq!(
            texts("is 317-555-0132 ext 4410 and"),
            ["317-555-0132 ext 4410"]
        );
        assert_eq!(texts("at 419-555-0126 ext. 2 and"), ["419-555-0126 ext. 2"]);
        assert_eq!(texts("call 212-555-0101 x204"), ["212-555-0101 x204"]);
    }

    #[test]
    fn international_and_local_forms() {
        assert_eq!(texts("ring +44 20 7946 0958 today"), ["+44 20 7946 0958"]);
        assert_eq!(texts("her mobile 07700 900123"), ["07700 900123"]);
        assert_eq!(texts("To book, call 555-0162 or"), ["555-0162"]);
    }

    #[test]
    fn ten_bare_digits_need_a_phone_word() {
        assert_eq!(texts("text her at 5552049981 tonight"), ["5552049981"]);
        assert!(texts("order 5552049981 shipped").is_empty());
        assert!(
            texts("call 55520499812 now").is_empty(),
            "11 bare digits are no US number"
        );
    }

    #[test]
    fn severity_follows_context() {
        assert_eq!(
            found("pt's daughter wrote her cell 614-555-0187")[0].1,
            Severity::High
        );
        assert_eq!(
            found("Our clinic is open Saturdays. Call (919) 555-0100 or show up")[0].1,
            Severity::Low
        );
        assert_eq!(found("poison control 1-800-222-1222")[0].1, Severity::Low);
        assert_eq!(found("Call the front desk at 555-0134")[0].1, Severity::Low);
    }

    #[test]
    fn ignores_numbers_that_are_not_phones() {
        for s in [
            "call or text 988",
            "call 911",
            "BP 180/110 and HR 98",
            "Saturday 10-2 at the rec center, open 8-12",
            "deaths 25-44 went up 18% from 2022 to 2023",
            "epi 0.3-0.5 mg IM",
            "ICD E11.9 and I21.4",
            "lot 23B0417",
            "over 40,000 tablets",
            "SSN 212-09-7743",
            "room 2104 at 0659",
            "$1,200-1,500",
        ] {
            assert!(texts(s).is_empty(), "{s}");
        }
    }
}
