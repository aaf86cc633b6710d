//! Record and document numbers driven by a context word: medical record ("MRN 00451234",
//! "med rec # 3349021"), account, health-plan/member/Medicare/Medicaid, policy, licence and
//! certificate ("DL# S530-4417-8821", "fishing license FL-2203-8841"), licence plate
//! ("plate KTX-4471", "tag 4KRD719"), device serial ("serial PJN402117S"), VIN, passport, claim.
//!
//! The context word governs the numbers right after it: "new MRN (00784512) instead of her old
//! one (00193377)" reports both. The span includes the context word when it is adjacent, so the
//! user sees what was recognised. A value must hold at least three digits; a bare year is not a
//! value.
//!
//! A clinician's NPI or DEA number identifies the provider, not a patient (Safe Harbor lists the
//! identifiers of the individual and their relatives): such numbers are reported `Low`.

use std::ops::Range;

use regex::Regex;

use super::context::digit_count;
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds context-announced ID numbers.
pub struct IdNumber {
    cue: Regex,
}

impl IdNumber {
    /// Compiles the context-word pattern.
    pub fn new() -> Self {
        IdNumber {
            cue: Regex::new(concat!(
                r"(?-u:\b)(?:",
                r"mrn|med(?:ical)? rec(?:ord)?s?|chart|acct|account|policy|",
                r"member(?: id)?|subscriber(?: id)?|group|insurance(?: id)?|",
                r"medicaid(?: id)?|medicare(?: id)?|health plan(?: id)?|",
                r"dl|driver'?s licen[cs]e|licen[cs]e(?: plate)?|lic|certificate|cert|",
                r"plate|tag|vin|serial|s/n|sn|device id|npi|dea|passport|claim|",
                // Australian and British plates: "rego KXT 4492", "number plate".
                r"rego|number plate|",
                // Indian and British hospital numbers: "UHID 2023/04417", "IP no", "NHS no".
                r"uhid|ip no|ipd no|cr no|nhs number|nhs no|hospital number|hosp no|",
                // Pharmacy and billing numbers: prescription, financial (FIN), Epic's contact
                // serial (CSN) and hospital account record (HAR).
                r"rx|fin|csn|har|",
                // Correctional numbers: "Inmate #A-448193", "booking no. 22-1187".
                r"inmate|booking|offender|",
                r"patient id|pt id|case|record|id",
                r")(?-u:\b)"
            ))
            .expect("id cue pattern compiles"),
        }
    }
}

impl Default for IdNumber {
    fn default() -> Self {
        IdNumber::new()
    }
}

/// Cue words that need an explicit "number"/"#"/"no."/"id"/":" after them (alone they are
/// common English words).
const NEEDS_MARKER: &[&str] = &[
    "rx",
    "inmate",
    "booking",
    "offender",
    "chart",
    "account",
    "policy",
    "member",
    "subscriber",
    "group",
    "insurance",
    "certificate",
    "cert",
    "claim",
    "case",
    "record",
    "id",
    "health plan",
];

/// Filler between a cue and its value: "number", "#", "no.", "is".
const FILLER: &[&str] = &[
    "number", "numbers", "num", "no", "nos", "id", "is", "was", "of", "ending", "ends", "in",
    "last", "four", "digits", "#",
];

/// How a governed value looks, to pick up its siblings ("(00784512) ... (00193377)").
#[derive(PartialEq, Clone, Copy)]
struct Shape {
    digits_only: bool,
    len: usize,
}

/// Reads a value at `at`: alphanumerics joined by single `-` or `.`. Returns its end.
fn read_value(lower: &str, at: usize) -> Option<usize> {
    let b = lower.as_bytes();
    let mut i = at;
    while i < b.len() {
        let joiner = (matches!(b[i], b'-' | b'.')
            && i > at
            && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric))
            // A year-prefixed number: "UHID 2023/04417" (not a date: "3/14").
            || (b[i] == b'/' && i >= at + 4 && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if b[i].is_ascii_alphanumeric() || joiner {
            i += 1;
        } else {
            break;
        }
    }
    // The value must end on a word boundary (not "abc123é").
    if i == at || lower[i..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let value = &lower[at..i];
    let alnum = value.bytes().filter(u8::is_ascii_alphanumeric).count();
    let digits = digit_count(value);
    let looks_like_year =
        alnum == 4 && digits == 4 && (value.starts_with("19") || value.starts_with("20"));
    if digits >= 3 && alnum >= 4 && !looks_like_year {
        Some(i)
    } else {
        None
    }
}

/// A plate written in two capitalised groups ("plate HZN 4471", "tag MKY 4EVR"): 2-4 letters
/// or digits, one space, 2-4 more, with a digit somewhere. Returns its end.
fn spaced_plate(original: &str, at: usize) -> Option<usize> {
    let b = original.as_bytes();
    let group = |from: usize| {
        let len = b[from..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            .count();
        (2..=4).contains(&len).then_some(from + len)
    };
    let first_end = group(at)?;
    if b.get(first_end) != Some(&b' ') {
        return None;
    }
    let end = group(first_end + 1)?;
    let ends_word = !original[end..].starts_with(char::is_alphanumeric);
    (ends_word && b[at..end].iter().any(u8::is_ascii_digit)).then_some(end)
}

/// Vanity plates quoted after "plate ... says/reads": "vanity plate on his caddy out front says
/// BIGDADY", "her plate reads 'GOLFNUT'". The value is 3-8 capitals or digits, one word, with a
/// letter, in the original text.
fn vanity_plates(text: &Text<'_>) -> Vec<Range<usize>> {
    let (lower, original) = (text.lower(), text.original());
    let mut found = Vec::new();
    for (at, _) in lower.match_indices("plate") {
        // The word "plate" or "plates", not "template" or "platelets".
        let word = !lower[..at].ends_with(|c: char| c.is_alphanumeric())
            && !lower[at + 5..]
                .trim_start_matches('s')
                .starts_with(|c: char| c.is_alphanumeric());
        if !word {
            continue;
        }
        let window = text.lower_after(at + 5, 48);
        let Some(verb_end) = [" says ", " reads ", " said ", " read "]
            .iter()
            .filter_map(|v| window.find(v).map(|i| i + v.len()))
            .min()
        else {
            continue;
        };
        let mut start = at + 5 + verb_end;
        start += original[start..]
            .find(|c: char| !matches!(c, '"' | '\'' | '“' | '‘' | ' '))
            .unwrap_or(0);
        let len = original[start..]
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            .count();
        let value = &original[start..start + len];
        let after = &original[start + len..];
        // One word: not a shouted sentence ("says NOT TODAY").
        let one_word = !after.starts_with(char::is_alphanumeric)
            && !after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_uppercase()));
        if (3..=8).contains(&len) && one_word && value.bytes().any(|b| b.is_ascii_uppercase()) {
            found.push(start..start + len);
        }
    }
    found
}

fn shape(value: &str) -> Shape {
    Shape {
        digits_only: value.bytes().all(|c| c.is_ascii_digit() || c == b'-'),
        len: value.len(),
    }
}

/// Skips spaces, punctuation and filler words after a cue; returns the offset of the value and
/// whether a marker ("#", "number", ":") was seen.
fn skip_filler(lower: &str, mut at: usize) -> (usize, bool) {
    let mut marker = false;
    for _ in 0..8 {
        let rest = &lower[at..];
        let trimmed = rest.trim_start_matches([' ', ':', '#', '(', '=', '\t']);
        if trimmed.len() != rest.len() {
            marker |= rest[..rest.len() - trimmed.len()].contains([':', '#', '(', '=']);
            at += rest.len() - trimmed.len();
            continue;
        }
        let word_len = rest
            .find(|c: char| !(c.is_ascii_alphabetic()))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if FILLER.contains(&word) && word_len > 0 {
            marker |= word != "is" && word != "was" && word != "of";
            at += word_len;
            if lower[at..].starts_with('.') {
                at += 1;
            }
        } else {
            break;
        }
    }
    (at, marker)
}

impl Detector for IdNumber {
    fn name(&self) -> &'static str {
        "id_number"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        for range in vanity_plates(text) {
            out.push(
                Candidate::new(
                    range,
                    Category::IdNumber,
                    Severity::Medium,
                    "A vanity plate is one car's: people who see it around town know whose.",
                )
                .with_confidence(80),
            );
        }
        if digit_count(lower) < 3 {
            return;
        }
        let hypothetical = text.is_hypothetical();
        let mut covered_to = 0;
        for m in self.cue.find_iter(lower) {
            if m.start() < covered_to {
                continue;
            }
            let cue = m.as_str();
            let (value_at, marker) = skip_filler(lower, m.end());
            // "ID" in capitals is the abbreviation ("ID 1EG4-TE5-MK72"), not "id" typed for "I'd".
            let needs_marker = NEEDS_MARKER.contains(&cue)
                && !(cue == "id" && &text.original()[m.range()] == "ID");
            if needs_marker && !marker {
                continue;
            }
            if value_at - m.end() > 16 {
                continue;
            }
            let value_end = match read_value(lower, value_at) {
                Some(end) => end,
                None if matches!(
                    cue,
                    "plate" | "tag" | "license plate" | "licence plate" | "rego" | "number plate"
                ) =>
                {
                    match spaced_plate(text.original(), value_at) {
                        Some(end) => end,
                        None => continue,
                    }
                }
                None => continue,
            };
            let (severity, reason) = if matches!(cue, "npi" | "dea") {
                (
                    Severity::Low,
                    "A provider's registration number: it identifies a clinician, not a patient.",
                )
            } else if hypothetical {
                (
                    Severity::Low,
                    "An ID number, in what the post calls a made-up case.",
                )
            } else if cue.starts_with("mrn")
                || cue.starts_with("med")
                || cue.starts_with("acct")
                || cue.starts_with("account")
                || cue.starts_with("member")
                || cue.starts_with("subscriber")
                || cue.starts_with("policy")
                || cue.starts_with("dl")
                || cue.starts_with("driver")
                || cue.starts_with("passport")
                || cue.starts_with("patient")
                || cue.starts_with("pt")
                || matches!(cue, "inmate" | "booking" | "offender")
            {
                (
                    Severity::High,
                    "A record or account number points to exactly one person's records.",
                )
            } else {
                (
                    Severity::Medium,
                    "An ID, licence, plate or serial number can be traced back to one person.",
                )
            };
            // Include the context word when it is adjacent ("med rec # 3349021").
            let gap = &lower[m.end()..value_at];
            let start = if gap.len() <= 12 && !gap.contains('(') {
                m.start()
            } else {
                value_at
            };
            out.push(
                Candidate::new(start..value_end, Category::IdNumber, severity, reason)
                    .with_confidence(88),
            );
            covered_to = value_end;

            // Siblings governed by the same cue: same-shaped values a few words on.
            let first = shape(&lower[value_at..value_end]);
            let window_end = {
                let mut e = (value_end + 60).min(lower.len());
                while !lower.is_char_boundary(e) {
                    e -= 1;
                }
                lower[value_end..e]
                    .find(['.', '!', '?', '\n'])
                    .map_or(e, |i| value_end + i)
            };
            let mut i = value_end;
            while i < window_end {
                let c = lower.as_bytes()[i];
                let starts_value =
                    c.is_ascii_alphanumeric() && !lower.as_bytes()[i - 1].is_ascii_alphanumeric();
                if starts_value {
                    if let Some(end) = read_value(lower, i) {
                        let s = shape(&lower[i..end]);
                        if s.digits_only == first.digits_only && s.len.abs_diff(first.len) <= 1 {
                            out.push(
                                Candidate::new(i..end, Category::IdNumber, severity, reason)
                                    .with_confidence(80),
                            );
                            covered_to = end;
                        }
                        i = end;
                        continue;
                    }
                }
                i += 1;
            }
        }
        if !hypothetical {
            let covered: Vec<_> = out.iter().map(|c| c.range.clone()).collect();
            self.detect_bare(text, &covered, out);
        }
    }
}

/// A number that looks like an identifier with no cue word: an all-caps code mixing letters
/// and digits ("XJH448201937", a Medicare number "1EG4TE5MK73", a plate "7KFD219"), or a long
/// digit run with a leading zero ("labs on 00483921": amounts and phone numbers do not start
/// with 0).
fn bare_id(word: &str) -> bool {
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    let letters = word.bytes().filter(u8::is_ascii_uppercase).count();
    if digits + letters != word.len() {
        return false;
    }
    if letters == 0 {
        return word.starts_with('0') && (7..=12).contains(&digits);
    }
    // A word and a year ("NURSES2025", a promo code) or a word and a version is not an ID.
    let trailing_digits = word.len() - word.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let word_then_number = trailing_digits == digits && digits <= 4;
    (7..=14).contains(&word.len()) && digits >= 3 && letters >= 2 && !word_then_number
}

impl IdNumber {
    /// Identifier-shaped words with no cue word ([`bare_id`]), outside spans already found.
    fn detect_bare(
        &self,
        text: &Text<'_>,
        covered: &[std::ops::Range<usize>],
        out: &mut Vec<Candidate>,
    ) {
        let raw = text.original();
        let lower = text.lower();
        let bytes = raw.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            // Whole words only: not inside a handle, hashtag, URL, email or a longer word.
            let before = raw[..start].chars().next_back();
            let after = raw[i..].chars().next();
            // "#00482913" is a number, not a hashtag; "#PGY2024" is a hashtag.
            let hash_number = before == Some('#') && bytes[start..i].iter().all(u8::is_ascii_digit);
            if (before.is_some_and(|c| {
                c.is_alphanumeric() || matches!(c, '#' | '@' | '/' | '.' | '_' | '-')
            }) && !hash_number)
                || after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '_' | '-'))
            {
                continue;
            }
            if !bare_id(&raw[start..i])
                || covered.iter().any(|r| r.start < i && start < r.end)
                || super::cues::previous_word_is(
                    text,
                    start,
                    &["lot", "batch", "model", "flight", "code"],
                )
                || lower[..start].ends_with("ndc ")
            {
                continue;
            }
            out.push(
                Candidate::new(
                    start..i,
                    Category::IdNumber,
                    Severity::Medium,
                    "Looks like an ID, record, member or plate number: it can be traced back to one person.",
                )
                .with_confidence(60),
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
        IdNumber::new().detect(&t, &mut out);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    #[test]
    fn record_and_account_numbers() {
        assert_eq!(found("pt med rec # 3349021 and"), ["med rec # 3349021"]);
        assert_eq!(found("MRN 00451234 has been"), ["MRN 00451234"]);
        // Part of a number is still an identifier.
        assert_eq!(found("Her MRN ends in 4471, can"), ["MRN ends in 4471"]);
        assert_eq!(found("Account #77120349 keeps"), ["Account #77120349"]);
        assert_eq!(
            found("her account number 4410-228-917, and"),
            ["account number 4410-228-917"]
        );
        assert_eq!(
            found("insurance (member ID WXG884410273) denied"),
            ["member ID WXG884410273"]
        );
        assert_eq!(
            found("Medicare number 1EG4-TE5-MK73 right there"),
            ["Medicare number 1EG4-TE5-MK73"]
        );
        assert_eq!(
            found("Inmate #A-448193 has put in 11 slips"),
            ["Inmate #A-448193"]
        );
        assert!(found("the inmate in cell 4 and 12 others").is_empty());
    }

    #[test]
    fn governed_siblings() {
        assert_eq!(
            found("created a new MRN (00784512) instead of using her old one (00193377). She"),
            ["00784512", "00193377"]
        );
    }

    #[test]
    fn licences_plates_and_serials() {
        assert_eq!(found("found DL# S530-4417-8821 in"), ["DL# S530-4417-8821"]);
        assert_eq!(
            found("a fishing license FL-2203-8841. Social"),
            ["license FL-2203-8841"]
        );
        assert_eq!(found("plate 4KRD719 — you hit"), ["plate 4KRD719"]);
        assert_eq!(
            found("the silver Corolla rego KXT 4492 parked"),
            ["rego KXT 4492"]
        );
        assert_eq!(found("expedite? UHID 2023/04417, 34F"), ["UHID 2023/04417"]);
        assert_eq!(
            found("a Medicare card, ID 1EG4-TE5-MK72, left"),
            ["ID 1EG4-TE5-MK72"]
        );
        assert!(found("id 2023 be happy").is_empty());
        assert_eq!(found("F-150 w/ plate KTX-4471 in"), ["plate KTX-4471"]);
        assert_eq!(
            found("vanity plate on his caddy out front says BIGDADY 🚗"),
            ["BIGDADY"]
        );
        assert_eq!(found("her plate reads 'GOLFNUT'."), ["GOLFNUT"]);
        assert!(found("the note template says NONE; platelets read HIGH").is_empty());
        assert!(
            found("the plate says I can't eat that. My plate read OK. Plate says NOT TODAY")
                .is_empty()
        );
        assert_eq!(
            found("rollover, plate HZN 4471, single"),
            ["plate HZN 4471"]
        );
        assert!(found("a plate of 3 tacos, tag me in 2 pics at 10 am").is_empty());
        assert_eq!(found("shows serial PJN402117S is"), ["serial PJN402117S"]);
        assert_eq!(
            found("(t:slim, serial 1127-4410-93) keeps"),
            ["serial 1127-4410-93"]
        );
    }

    #[test]
    fn pharmacy_and_billing_numbers() {
        assert_eq!(found("Rx #6120457 is ready"), ["Rx #6120457"]);
        assert_eq!(
            found("MRN 7734019, FIN 5500312894, bed 22"),
            ["MRN 7734019", "FIN 5500312894"]
        );
        assert!(found("rx for amoxicillin 500 mg").is_empty());
    }

    #[test]
    fn identifier_shaped_words_without_a_cue() {
        assert_eq!(
            found("written on the fridge (1EG4TE5MK73) so"),
            ["1EG4TE5MK73"]
        );
        assert_eq!(
            found("reads her ID out loud, XJH448201937, and"),
            ["XJH448201937"]
        );
        assert_eq!(found("silver Tacoma 7KFD219 parked"), ["7KFD219"]);
        assert_eq!(found("pull the 0600 labs on 00483921 for me"), ["00483921"]);
        assert_eq!(found("untangling #00482913 from his chart"), ["00482913"]);
        for s in [
            "use code NURSES2025 at checkout",
            "lot 23B0417 of saline",
            "lot AB12345 recalled",
            "the 10000000 steps challenge",
            "#PGY2024 forever",
            "COVID19 and H5N1 and BRCA1 and HER2",
            "call 555-123-4567",
            "see example.com/AB12C345",
        ] {
            assert!(found(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn provider_numbers_are_low() {
        let t = Text::new("my NPI 1234567893 is on the form");
        let mut out = Vec::new();
        IdNumber::new().detect(&t, &mut out);
        assert_eq!(out[0].severity, Severity::Low);
    }

    #[test]
    fn ignores_words_without_numbers() {
        for s in [
            "his only ID was a library card",
            "tag a friend who needs this",
            "member since 2019",
            "serial killer documentary",
            "account for 3 of them",
            "lot 23B0417 of saline",
            "Room 2104 of the Hanson building",
            "chart 2 hours later",
            "license renewal due in 2025",
        ] {
            assert!(found(s).is_empty(), "{s}");
        }
    }
}
