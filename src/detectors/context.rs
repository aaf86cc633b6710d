//! Shared context cues for the structured detectors: digit utilities, word lookups and the
//! post-level signals ("this is a hypothetical", "this is the author's own family", "a real
//! encounter is described") that decide between `Severity::Low` and `Medium`.
//!
//! Everything here works on the ASCII-lowercased text ([`Text::lower`]) with plain substring
//! scans: no regexes, linear in the text.

use std::sync::OnceLock;

use regex::Regex;

use crate::text::{is_word_char, Text};

/// One regex matching any of `words` with word boundaries on their word-character ends: a
/// single pass over the post instead of one substring scan per word.
pub(crate) fn word_set(words: &[&str]) -> Regex {
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            let lead = if w.starts_with(is_word_char) {
                r"(?-u:\b)"
            } else {
                ""
            };
            let tail = if w.ends_with(is_word_char) {
                r"(?-u:\b)"
            } else {
                ""
            };
            format!("{lead}{}{tail}", regex::escape(w))
        })
        .collect();
    Regex::new(&format!("(?:{})", alternatives.join("|"))).expect("word set compiles")
}

/// A lazily compiled [`word_set`], shared by every scanner in the process.
fn cached<'a>(cell: &'a OnceLock<Regex>, words: &[&str]) -> &'a Regex {
    cell.get_or_init(|| word_set(words))
}

/// Number of ASCII digits in `s`.
pub(crate) fn digit_count(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// True when `word` occurs in `hay` with word boundaries on both sides (`word` may contain
/// spaces and punctuation; the boundaries are checked on its outer characters only).
pub(crate) fn has_word(hay: &str, word: &str) -> bool {
    find_word(hay, word).is_some()
}

/// Byte offset of the first bounded occurrence of `word` in `hay`.
pub(crate) fn find_word(hay: &str, word: &str) -> Option<usize> {
    let first_is_word = word.chars().next().is_some_and(is_word_char);
    let last_is_word = word.chars().next_back().is_some_and(is_word_char);
    hay.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before_ok = !first_is_word || !hay[..at].chars().next_back().is_some_and(is_word_char);
        let after_ok = !last_is_word
            || !hay[at + word.len()..]
                .chars()
                .next()
                .is_some_and(is_word_char);
        before_ok && after_ok
    })
}

/// True when any of `words` occurs, word-bounded, in `hay`.
pub(crate) fn has_any_word(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| has_word(hay, w))
}

/// The last word (letters, digits, apostrophes) of `s`, ignoring trailing spaces and `#`/`:`.
pub(crate) fn last_word(s: &str) -> &str {
    let s = s.trim_end_matches(|c: char| c.is_whitespace() || c == '#' || c == ':');
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_word_char(c) || c == '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

/// The clause of `before` that ends at the match: text after the last sentence break.
pub(crate) fn clause_tail(before: &str) -> &str {
    let cut = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1);
    &before[cut..]
}

/// Phrases framing a post as invented teaching material. One list for both users so they cannot
/// drift apart: the detectors' framing check ([`is_hypothetical`], word-bounded) and the risk
/// model's teaching cues (rule 2 in `risk.rs`, plain substrings, with cues of its own).
pub(crate) const TEACHING_FRAMING: &[&str] = &[
    "hypothetical",
    "fictional",
    "imagine a",
    "imagine an",
    "composite",
    "details changed",
    "usmle",
    "board question",
    "practice question",
    // Vignettes posed to learners: "Teaching case for the interns: 58M, ...", "Classic
    // textbook case", "NBME-style: 25F", "Case for the regs: 24F ... what do you give first?".
    "teaching case",
    "textbook case",
    "nbme",
    "case for the regs",
    "case for the interns",
    "case for the residents",
    "case for the students",
    "case for the juniors",
    "answers below",
    // "Case study for Thursday's in-service (totally made up, but you've all met him)".
    "case study for",
    "totally made up",
    "completely made up",
    "entirely made up",
    "what's your next move",
    "what is your next move",
    "what do you give first",
];

/// More words framing a post as invented or generic teaching material (for the detectors only):
/// a teaching case is not a patient.
const FRAMING_MORE: &[&str] = &[
    "fictitious",
    "board-style",
    "test question",
    "exam question",
    "question stem",
    "case stem",
    "not a real patient",
    "made-up",
    "made up case",
    // "Picture a 70-year-old woman sent over from a nursing home": a case to imagine.
    "picture a",
    "picture an",
];

/// True when the post presents its case as hypothetical, fictional or a composite.
pub(crate) fn is_hypothetical(lower: &str) -> bool {
    static SET: OnceLock<Regex> = OnceLock::new();
    SET.get_or_init(|| word_set(&[TEACHING_FRAMING, FRAMING_MORE].concat()))
        .is_match(lower)
}

/// Words that show care given to a real, specific patient somewhere in the post. With
/// [`ENCOUNTER_TIMES`], the words of a real encounter.
const ENCOUNTER_CARE: &[&str] = &[
    "pt",
    "pt's",
    "pts",
    "patient",
    "patient's",
    "my patient",
    "our patient",
    "mr.",
    "mrs.",
    "ms.",
    "dob",
    "admitted",
    "discharged",
    // "after your dad's stay on 5 West", "after their dad's discharge".
    "discharge",
    "his stay",
    "her stay",
    "their stay",
    "your stay",
    "passed",
    "passed away",
    "died",
    "born",
    "coded",
    "delivered",
    "came in",
    "brought in",
    "hospice",
    "we had",
    "we saw",
    "i saw",
    "treated",
    "our er",
    "our ed",
    "in the er",
    "in the ed",
    "in clinic",
    "to clinic",
    "weeks inpatient",
    // "Abuela Carmen, 98, went home today from Valley Regional after 41 days on our COVID unit".
    "went home today",
    "went home from",
    "days on our",
    "weeks on our",
    "days inpatient",
    "months inpatient",
    "my shift",
    "this shift",
    "last shift",
];

/// True when the post describes a real patient or encounter (not just an announcement).
pub(crate) fn has_encounter(lower: &str) -> bool {
    static SET: OnceLock<Regex> = OnceLock::new();
    SET.get_or_init(|| word_set(&[ENCOUNTER_CARE, ENCOUNTER_TIMES].concat()))
        .is_match(lower)
}

/// Time words that date an encounter story. Not care on their own: the author's own child has
/// days too.
const ENCOUNTER_TIMES: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "last night",
    "this morning",
    "this afternoon",
    "this week",
];

/// True when the post describes care given, not only a day: [`ENCOUNTER_CARE`], without
/// "patient" as an adjective ("a very patient park ranger"). Decides whether "my 7-year-old" is
/// the author's child or patient.
pub(crate) fn has_clinical_encounter(lower: &str) -> bool {
    static SET: OnceLock<Regex> = OnceLock::new();
    cached(&SET, ENCOUNTER_CARE).find_iter(lower).any(|m| {
        m.as_str() != "patient"
            || !matches!(
                last_word(&lower[..m.start()]),
                "very" | "so" | "be" | "more" | "too" | "less" | "most" | "super" | "incredibly"
            )
    })
}

/// Family words that, after "my"/"our", point at the author's own relatives.
const FAMILY: &[&str] = &[
    "dad",
    "mom",
    "mum",
    "father",
    "mother",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "granny",
    // Pets are family: "my dog turned 10".
    "dog",
    "cat",
    "pup",
    "puppy",
    "kitten",
    // In the family's own language.
    "abuela",
    "abuelo",
    "abuelita",
    "abuelito",
    "tía",
    "tío",
    "mamá",
    "papá",
    "hija",
    "hijo",
    "esposo",
    "esposa",
    "lola",
    "lolo",
    "nani",
    "dadi",
    "oma",
    "opa",
    "bubbe",
    "zayde",
    "nonna",
    "nonno",
    "bà",
    "ông",
    "halmoni",
    "yiayia",
    "gran",
    "grams",
    "nana",
    "papa",
    "son",
    "daughter",
    "husband",
    "wife",
    "kid",
    "kids",
    "child",
    "baby",
    "sister",
    "brother",
    "aunt",
    "uncle",
    "partner",
    "boyfriend",
    "girlfriend",
    "fiance",
    "niece",
    "nephew",
    "cousin",
    "twins",
    "boy",
    "girl",
];

/// True for a word naming a relative ("grandma", "son", "wife").
pub(crate) fn is_family_word(word: &str) -> bool {
    FAMILY.contains(&word)
}

/// True when the phrase ending at `at` is dedicated to the author's own relative: "95th
/// birthday to my grandma", "a 90th for our dad".
pub(crate) fn own_family_after(text: &Text<'_>, at: usize) -> bool {
    let after = text.lower_after(at, 40);
    let Some(rest) = [" to ", " for ", ", "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    let Some(rest) = ["my ", "our "].iter().find_map(|p| rest.strip_prefix(p)) else {
        return false;
    };
    let rest = [
        "sweet ",
        "dear ",
        "amazing ",
        "beautiful ",
        "wonderful ",
        "own ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    .unwrap_or(rest);
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    FAMILY.contains(&word)
}

/// True when the clause just before `at` speaks of the author's own relative ("my dad turned",
/// "our son Eli") or of the author ("I'm", "I turned"): not a patient.
pub(crate) fn own_family_before(text: &Text<'_>, at: usize) -> bool {
    let window = text.lower_before(at, 80);
    let mut before = clause_tail(window);
    if before.trim().is_empty() {
        // The phrase opens its sentence ("Ninety years old and..."): read the one before.
        let prev =
            window[..window.len() - before.len()].trim_end_matches(['.', '!', '?', ' ', '\n']);
        before = clause_tail(prev);
    }
    if has_any_word(
        before,
        &["i'm", "i am", "i was", "i turned", "i turn", "i'll be"],
    ) {
        return true;
    }
    // `before` is a slice of the lowercased text: where it starts in the post.
    let clause_start = before.as_ptr() as usize - text.lower().as_ptr() as usize;
    if kin_name_opens_post(text, clause_start) {
        return true;
    }
    // "... got my dad back on his feet. Dad is 78 and just mowed his own lawn": a kin word used
    // as a name (opening the clause, or the phrase itself), in a post that calls the same
    // relative "my dad".
    let clause_subject = clause_start + before.len() - before.trim_start().len();
    if [clause_subject, at]
        .iter()
        .any(|&from| kin_named_by_author(text, from))
    {
        return true;
    }
    // Spanish too: "mi abuela de 89 años".
    for possessive in ["my", "our", "mi", "mis", "nuestra", "nuestro"] {
        let mut rest = before;
        while let Some(i) = find_word(rest, possessive) {
            let after = rest.get(i + possessive.len() + 1..).unwrap_or("");
            // "my own daughter".
            let after = after.strip_prefix("own ").unwrap_or(after);
            let word = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if FAMILY.contains(&word) {
                return true;
            }
            rest = &rest[i + 1..];
        }
    }
    false
}

/// True when a capitalised kin word starts at `at` ("Dad is 78") and the post calls the same
/// relative "my dad" or "our dad".
fn kin_named_by_author(text: &Text<'_>, at: usize) -> bool {
    let word = text.lower()[at..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && FAMILY.contains(&word)
        && text.char_at(at).is_some_and(char::is_uppercase)
        && ["my ", "our "]
            .iter()
            .any(|p| find_word(text.lower(), &format!("{p}{word}")).is_some())
}

/// Kin words families use as names ("Grandma turned 101").
const KIN_NAMES: &[&str] = &[
    "grandma", "grandpa", "granny", "grammy", "gramps", "nana", "papa", "mamaw", "papaw", "meemaw",
    "pawpaw", "mom", "mum", "dad", "abuela", "abuelo", "oma", "opa", "nonna", "nonno",
];

/// True when the phrase at `at` opens a post that starts with a kin word used as a name and whose
/// first paragraph tells no care: "Grandma turned 101 on Sunday" and "Nana turned 95 today!!"
/// are about the author's own grandmother, while "... Mom brought the tooth in" later in a
/// clinic story is a patient's mother.
pub(crate) fn kin_name_opens_post(text: &Text<'_>, at: usize) -> bool {
    let opening = text.original();
    opening[..at].chars().all(|c| !c.is_alphanumeric())
        && {
            let s = opening.trim_start_matches(|c: char| !c.is_alphanumeric());
            let word = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            // "Mom of the 26-weeker in pod C": someone's mother, not a name ("Mom of 3 here" is
            // the author).
            let of_someone = [
                " of the ",
                " of a ",
                " of an ",
                " of that ",
                " of this ",
                " of our ",
            ]
            .iter()
            .any(|p| {
                s.as_bytes()[word.len()..]
                    .get(..p.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
            });
            // Typed all in lower case, a kin word still opens the post as a name ("grandma
            // turned 95 today and beat me at rummy").
            let lowercase_typist = !opening.chars().any(char::is_uppercase);
            (word.starts_with(char::is_uppercase) || lowercase_typist)
                && KIN_NAMES.contains(&word.to_lowercase().as_str())
                && !of_someone
        }
        && {
            let lower = text.lower();
            !has_clinical_encounter(&lower[..lower.find("\n\n").unwrap_or(lower.len())])
        }
}

/// Words that show the post is about a patient (narrower than [`has_encounter`]).
const PATIENT_WORDS: &[&str] = &[
    "pt",
    "pt's",
    "pts",
    "patient",
    "patient's",
    "my patient",
    "our patient",
    "mr.",
    "mrs.",
    "ms.",
    "admitted",
    "came in",
    "brought in",
    "coded",
    "triage",
    "bed",
    "room",
    "bay",
];

/// True when the post names a patient or an admission.
pub(crate) fn has_patient_word(lower: &str) -> bool {
    static SET: OnceLock<Regex> = OnceLock::new();
    cached(&SET, PATIENT_WORDS).is_match(lower)
}

/// Pets and breeds: "our 13-year-old golden retriever" is the author's dog, and its age is no
/// person's.
pub(crate) const PETS: &[&str] = &[
    "dog",
    "dogs",
    "cat",
    "cats",
    "pup",
    "puppy",
    "kitten",
    "kitty",
    "retriever",
    "labrador",
    "shepherd",
    "beagle",
    "poodle",
    "terrier",
    "dachshund",
    "corgi",
    "husky",
    "pug",
    "collie",
    "spaniel",
    "chihuahua",
    "mutt",
    "doodle",
    "horse",
    "mare",
    "gelding",
    "pony",
    "parrot",
    "cockatiel",
    "tabby",
    "hamster",
    "tortoise",
    "goldfish",
];

/// True when the post mentions the author's own relatives ("my dad", "our son").
pub(crate) fn mentions_own_family(lower: &str) -> bool {
    for possessive in ["my ", "our ", "mi ", "mis "] {
        for (i, _) in lower.match_indices(possessive) {
            if i > 0 && lower[..i].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            // The relative may follow a word or two ("my oldest daughter", "my hospice therapy
            // dog"), but not someone else's ("my patient's mom").
            for (k, raw) in lower[i + possessive.len()..].split(' ').take(3).enumerate() {
                // "my great-aunt Fern", "my great-grandma": the kin word after "great-".
                let raw = raw.strip_prefix("great-").unwrap_or(raw);
                let word = raw.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                // After other words, "baby" or "kid" may be the author's first delivery ("my
                // very first baby"): only unambiguous relatives count there.
                let ambiguous = matches!(
                    word,
                    "baby" | "boy" | "girl" | "kid" | "kids" | "child" | "twins" | "partner"
                );
                if (FAMILY.contains(&word) || PETS.contains(&word)) && (k == 0 || !ambiguous) {
                    return true;
                }
                // An age before the relative: "our 13-year-old golden retriever".
                let age = raw.starts_with(|c: char| c.is_ascii_digit())
                    && ["-year-old", "yo", "y/o"].iter().any(|u| raw.ends_with(u));
                if age {
                    // "My 4yo asked why I sleep during the day": a child's age alone, right
                    // after "my", is the author's child (a patient is "my 4yo patient", and
                    // adults in one's care are older).
                    let years: u32 = raw
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect::<String>()
                        .parse()
                        .unwrap_or(99);
                    let next = lower[i + possessive.len()..]
                        .split(' ')
                        .nth(k + 1)
                        .unwrap_or("");
                    let patient_next = ["patient", "pt", "pts", "patients", "kiddo"]
                        .iter()
                        .any(|w| next.starts_with(w));
                    if k == 0 && years < 18 && possessive == "my " && !patient_next {
                        return true;
                    }
                    continue;
                }
                if raw.contains(['\'', '’']) || word.len() != raw.len() {
                    break; // a possessive or the end of a phrase ("my patient's mom", "my ED,")
                }
            }
        }
    }
    false
}

/// True when the words just before `at` are "my"/"our" alone ("my 6-year-old", "my 103 y/o"):
/// the author's child, or their patient; callers decide with [`has_encounter`].
pub(crate) fn possessive_before(text: &Text<'_>, at: usize) -> bool {
    let before = text.lower_before(at, 12).trim_end();
    matches!(last_word(before), "my" | "our")
}

/// True when the byte at `at` (exclusive end of a number) is followed by more of a number:
/// a digit, or a `.`/`,`/`/`/`:` joining another digit.
pub(crate) fn number_continues(lower: &str, at: usize) -> bool {
    let b = lower.as_bytes();
    match b.get(at) {
        Some(c) if c.is_ascii_digit() => true,
        Some(b'.' | b',' | b'/' | b':' | b'-') => b.get(at + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// True when the number starting at `at` is glued to a preceding number, word or symbol
/// (`$45`, `x45`, `1.45`, `3/45`).
pub(crate) fn number_glued_before(lower: &str, at: usize) -> bool {
    let b = lower.as_bytes();
    if at == 0 {
        return false;
    }
    match b[at - 1] {
        c if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' => true,
        b'.' | b',' | b'/' | b':' | b'-' | b'+' => at >= 2 && b[at - 2].is_ascii_digit(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_bounded() {
        assert!(has_word("the pt is here", "pt"));
        assert!(!has_word("the ptosis", "pt"));
        assert!(has_word("call mr. smith", "mr."));
        assert_eq!(last_word("med rec # "), "rec");
    }

    #[test]
    fn own_family_cues() {
        // A child's age right after "my" is the author's child; "my 4yo patient" is not.
        assert!(mentions_own_family(
            "my 4yo asked why i sleep during the day"
        ));
        assert!(mentions_own_family(
            "my great-aunt fern turned 102 on sunday"
        ));
        assert!(!mentions_own_family("my 4yo patient asked why"));
        assert!(!mentions_own_family("my 94yo asked for whiskey"));
        let t = Text::new("My dad turned 90 today");
        assert!(own_family_before(&t, 14));
        let t = Text::new("My 6-year-old told her class");
        assert!(possessive_before(&t, 3));
        let t = Text::new("My patient turned 90 today");
        assert!(!own_family_before(&t, 18));
        // A kin word as a name opening a post with no encounter: the author's relative.
        let t = Text::new("Grandma turned 101 on Sunday");
        assert!(own_family_before(&t, 15));
        // A day word is no encounter; care in the first paragraph is. "Mom of the 26-weeker" is
        // someone's mother; a post typed in lower case still opens with a kin name.
        for (post, opens) in [
            (
                "Nana turned 95 today!!\n\nBorn in Shreveport, raised six kids",
                true,
            ),
            ("Grandma in bed 4 came in today, she turned 95", false),
            ("Mom of the 26-weeker left her charger on my cart", false),
            ("Mom of 3 here, and my oldest turned 12 today", true),
            ("grandma turned 95 today and beat me at rummy twice", true),
        ] {
            assert_eq!(kin_name_opens_post(&Text::new(post), 0), opens, "{post}");
        }
        let t = Text::new("Sat with the family last night. Oma turned 102 in May");
        assert!(!own_family_before(&t, 43));
        assert!(mentions_own_family(
            "my hospice therapy dog biscuit turned 10"
        ));
        assert!(mentions_own_family("my dad's surgery"));
        assert!(!mentions_own_family("my patient's mom called"));
        assert!(!mentions_own_family("in my ed, her son"));
        assert!(!mentions_own_family(
            "last night i caught my very first baby"
        ));
    }

    #[test]
    fn spanish_possessives_are_family() {
        let t = Text::new("y mi abuela de 89 años still made me eat");
        assert!(own_family_before(&t, t.lower().find("89").unwrap()));
        // Relatives spelled with accents ("tía", "mamá") are words too.
        let t = Text::new("mi tía de 92 años bailó toda la noche");
        assert!(own_family_before(&t, t.lower().find("92").unwrap()));
        assert!(mentions_own_family("mi tía lupe hizo su famoso arroz"));
    }

    #[test]
    fn pets_are_family() {
        assert!(mentions_own_family(
            "our 13-year-old golden retriever had surgery"
        ));
        assert!(mentions_own_family("my 15yo daughter"));
        assert!(!mentions_own_family("my 80yo patient"));
    }

    #[test]
    fn framing_and_encounter() {
        let t = Text::new("Happy 95th birthday to my grandma, Dorothy!");
        assert!(own_family_after(
            &t,
            t.lower().find(" birthday").unwrap() + 9
        ));
        let t = Text::new("Happy 95th birthday to my patient");
        assert!(!own_family_after(
            &t,
            t.lower().find(" birthday").unwrap() + 9
        ));
        assert!(is_hypothetical("hypothetical for the students: 45m"));
        assert!(is_hypothetical(
            "case study for thursday's in-service (totally made up, but you've all met him)"
        ));
        assert!(is_hypothetical(
            "picture a 70-year-old woman sent over from"
        ));
        assert!(!is_hypothetical("took a picture at the gala"));
        assert!(has_encounter("2 yo in our er tonight"));
        assert!(!has_encounter("clinic closed monday for labor day"));
    }
}
