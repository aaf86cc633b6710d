//! Ages in their written forms: "36yo", "36 y/o", "36-year-old", "a 36 yr old", "91 y.o.",
//! "six years old", "a 7 month old", "6wk old", "45M"/"80F"/"M45", "aged 101", "age 7",
//! "Ages 4, 7 & 11", "100th birthday", "turned 90", "She was 27." / "He's 14.", "The youngest is
//! 4", "Mr. Hannigan, 98,", "Mr. Leonard Ames (82)", "passed ... at 94", "her 3 year check",
//! "nonagenarian", "centenarian".
//!
//! Not ages: decade bands ("in his 80s": the safe wording), "PGY-3", "Apgar of 9",
//! "16 years in L&D", "8 years ago", "for 6 years", "G3P2", "23+4", durations ("36 hour"),
//! doses, "45 mg", "$45M", catheter sizes ("14F foley"), temperatures ("spiked 101F"),
//! population thresholds ("adults 45+"), things that are old ("a 40-year-old pacemaker").
//!
//! Severity: 90 and over is `High` (Safe Harbor); other ages `Medium`; `Low` when the post is
//! a hypothetical or teaching case, about the author's own family, or a generic teaching rule
//! ("0.5 mg in an 85-year-old") with no encounter. Suggestions: a decade band ("in his 30s"),
//! "an older adult" for 90+, "a young child" / "an infant" for small children.

use super::lexicon::lexicons;
use regex::Regex;

use super::context::{
    has_any_word, has_clinical_encounter, is_family_word, last_word, number_continues,
    number_glued_before, own_family_after, own_family_before, possessive_before, PETS,
};
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Letters of a name in the name-and-age patterns ("Mrs. Muñoz, 94"): Latin letters with their
/// accented forms. Not Unicode `\w`: its tables took ~1 ms per pattern to compile, a tenth of
/// the scanner's start-up, for scripts these capitalised-name patterns never see.
const NAME_LETTERS: &str = r"A-Za-z\u{C0}-\u{24F}";

/// Finds ages.
pub struct Age {
    unit: Regex,
    compact: Regex,
    labelled: Regex,
    birthday: Regex,
    turned: Regex,
    copula: Regex,
    titled: Regex,
    /// Spanish: "abuela de 96 años", "tiene 34 años", "cumplió 90 años" (a person's age, not a
    /// span of time: "hace 5 años", "después de 20 años" do not match).
    spanish: Regex,
    /// "Rose, 93, our oldest patient": a capitalised name, then an age between commas, then
    /// words that go on about a person.
    appositive: Regex,
    /// "the county's retired judge, 91, who told me": a person by an article and a noun, then an
    /// age between commas, then words that go on about them.
    appositive_noun: Regex,
    /// "shes 54. pray for her": "she's" or "he's" typed without the apostrophe (the sentence
    /// form takes the spelled ones), ending the clause.
    pronoun: Regex,
    /// "her grandmother (94 and sharp as a tack)", "pt (82)": an age in brackets after a person.
    bracketed: Regex,
    died_at: Regex,
    words: Regex,
    decade: Regex,
    /// "86 and a menace.", "101 and undefeated": an age opening a sentence, then what the person
    /// still is.
    and_still: Regex,
}

/// The year birth years are measured from: a birth year gives an age of at least this year
/// minus it, in this year or any later one.
const YEAR_AGES_ARE_MEASURED_FROM: u32 = 2025;
/// The latest birth year that means an age of 90 or more ("born 1931").
const BIRTH_YEAR_OF_THE_OLDEST: u32 = YEAR_AGES_ARE_MEASURED_FROM - 90;

/// Number words for spelled-out ages ("ninety-two years old").
const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Nouns after "N-year-old" that are things, not people ("a 40-year-old pacemaker").
const OBJECTS: &[&str] = &[
    "pacemaker",
    "license",
    "licence",
    "car",
    "truck",
    "house",
    "building",
    "device",
    "battery",
    "machine",
    "scar",
    "injury",
    "fracture",
    "tattoo",
    "implant",
    "stent",
    "graft",
    "valve",
    "record",
    "records",
    "chart",
    "note",
    "photo",
    "picture",
    "video",
    "tradition",
    "policy",
    "law",
    "study",
    "paper",
    "trial",
    "drug",
    "bottle",
    "sandwich",
    "wine",
    "whiskey",
    "bourbon",
    "scotch",
    "tree",
    "dog",
    "cat",
    "horse",
    "pony",
    "pet",
    "computer",
    "phone",
    "system",
    "ventilator",
    "software",
    "joke",
    "grudge",
    "habit",
    "tumor",
    "tumour",
    "mass",
    "lesion",
    "hernia",
    "wound",
    "prescription",
    "rx",
    "bill",
    "debt",
    "mattress",
    "shoes",
    "stethoscope",
    "textbook",
    "book",
    "guideline",
    "protocol",
    "hospital",
    "clinic",
    "company",
    "mystery",
    "question",
    "debate",
    "feud",
    "marriage",
    "relationship",
    "problem",
];

/// Words after a number that make it a measurement, not an age.
const UNITS_AFTER: &[&str] = &[
    "mg", "mcg", "g", "kg", "lb", "lbs", "ml", "l", "cc", "units", "u", "%", "percent", "cm", "mm",
    "in", "inches", "ft", "feet", "weeks", "wks", "wk", "days", "day", "hours", "hrs", "hr", "h",
    "minutes", "mins", "min", "seconds", "sec", "times", "x", "am", "pm", "o'clock", "degrees",
    "points", "pts", "of", "out", "more", "less", "patients", "people", "kids", "beats", "bpm",
    "breaths", "am.", "pm.", "weeks'", "months", "month", "mos", "mo", "years", "yrs", "year",
    "miles", "steps", "shifts", "nights", "codes", "cents", "bucks", "dollars", "k", "fr",
    "french", "gauge", "g.",
];

/// Words after "14F" that make it a catheter size or similar.
const FRENCH: &[&str] = &[
    "foley",
    "catheter",
    "cath",
    "sheath",
    "tube",
    "ng",
    "og",
    "pigtail",
    "drain",
    "dilator",
    "introducer",
    "ett",
    "suction",
    "coude",
    "chest",
    "trach",
    "mic-key",
    "g-tube",
    "fr",
];

/// Words after "45M" that make it millions.
const MILLIONS: &[&str] = &[
    "views",
    "people",
    "users",
    "dollars",
    "followers",
    "budget",
    "in",
    "of",
    "funding",
    "grant",
    "settlement",
    "deal",
    "americans",
    "patients",
];

impl Age {
    /// Compiles the patterns.
    pub fn new() -> Self {
        // "88 years young" is how families and staff say an age.
        const OLD: &str = r"(?:-| )?(?:yo|y/o|y\.o\.?|yr?s?(?:-| )old|years?(?:-| )(?:old|young)|(?:month|mo|mos|months)(?:-| )old|(?:week|wk|weeks|wks)(?:-| )old|days?(?:-| )old)";
        let words = format!(
            r"(?-u:\b)(?:(?:{tens})(?:-| )?(?:{ones})?|(?:{ones})|(?:a|one) hundred(?: and)?(?: (?:{tens})(?:-| )?(?:{ones})?| (?:{ones}))?){old}",
            tens = TENS[2..].join("|"),
            ones = ONES[1..].join("|"),
            old = OLD
        );
        Age {
            unit: Regex::new(&format!(
                r"(?-u:\b)([0-9]{{1,3}}){OLD}(?: ?(?:f|m|male|female)(?-u:\b))?|(?-u:\b)([0-9]{{1,3}})(?:-| )?(?:year|yr|month|mo|week|wk)(?:-| )(?:check|checkup|check-up|well|well-child|visit|appointment|appt|shots|vaccines|weight check)(?-u:\b)"
            ))
            .expect("age unit pattern compiles"),
            compact: Regex::new(r"(?-u:\b)([0-9]{1,3}) ?([MF])(?-u:\b)|(?-u:\b)([MF])([0-9]{2,3})(?-u:\b)")
                .expect("compact age pattern compiles"),
            labelled: Regex::new(
                r"(?-u:\b)(?:aged?:?|ages|age of) ?([0-9]{1,3})(?:(?: ?, ?| ?& ?| and | ?, and )[0-9]{1,3})*(?: ?(?:years|yrs|months|mos|weeks|days))?",
            )
            .expect("labelled age pattern compiles"),
            birthday: Regex::new(
                r"(?-u:\b)(?:([0-9]{1,3})(?:st|nd|rd|th)|(?:ninetieth|hundredth|centennial|eightieth|seventieth|sixtieth|fiftieth|fortieth|thirtieth|twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet sixteen)) (?:birthday|bday|b-day)(?-u:\b)|(?-u:\b)(?:nonagenarian|centenarian|supercentenarian|octogenarian)(?-u:\b)|(?-u:\b)(?:his|her|their|happy) ([4-9][0-9]|1[01][0-9])(?:st|nd|rd|th)(?:[.,!]| in | at | on | to | party| celebration| bash|$)",
            )
            .expect("birthday pattern compiles"),
            turned: Regex::new(r"(?-u:\b)(?:turned|turns|turning|will turn|just turned) ([0-9]{1,3})(?-u:\b)")
                .expect("turned pattern compiles"),
            copula: Regex::new(
                r"(?-u:\b)(?:he|she|they|who|pt|patient|the patient|the pt|the baby|baby|mom|mama|dad|the youngest|the oldest|the eldest|the kid|the child|the boy|the girl|(?:his|her|their) (?:son|daughter|mom|mother|mama|dad|father|wife|husband|brother|sister|grandson|granddaughter|baby|kid))(?:'s|’s| is| was| were| are| just turned) ([0-9]{1,3})(?-u:\b)",
            )
            .expect("copula age pattern compiles"),
            titled: Regex::new(&format!(
                r"(?-u:\b)(?:Mr|Mrs|Ms|Miss|Mx|Don|Doña|Dona|Sr|Sra)\.? (?:[A-Z][{NAME_LETTERS}'\-]* ){{0,2}}[A-Z][{NAME_LETTERS}'\-]*(?:(?:, ?| ?\()([0-9]{{1,3}})[,)]|(?: is| was) ([0-9]{{1,3}})(?:[,!;)]|\.(?:[^0-9]|$)|$| and | now))",
            ))
            .expect("titled age pattern compiles"),
            spanish: Regex::new(
                r"(?-u:\b)(?:tiene|tenía|cumplió|cumple|edad de|(?:doña|dona|don|señor|señora) [a-záéíóúñ]+ de|(?:señor|señora|señorita|abuela|abuelo|abuelita|abuelito|niño|niña|bebé|mujer|hombre|paciente|joven|chico|chica|muchacho|muchacha) de) ([0-9]{1,3}) (?:años|meses)(?-u:\b)",
            )
            .expect("spanish age pattern compiles"),
            appositive: Regex::new(&format!(
                r"(?-u:\b)[A-Z][{NAME_LETTERS}]+(?: [A-Z][{NAME_LETTERS}]+)?, ([0-9]{{2,3}}), [a-z]{{2,}}(?-u:\b)",
            ))
            .expect("appositive age pattern compiles"),
            appositive_noun: Regex::new(
                r"(?:(?-u:\b)(?:the|a|an|our|my|this) (?:[a-z'’-]+ ){0,2}|: (?:[a-z0-9'’-]+ ){0,4})[a-z]{3,}, ([0-9]{2,3}), [a-z]{2,}(?-u:\b)",
            )
            .expect("appositive noun age pattern compiles"),
            pronoun: Regex::new(
                r"(?-u:\b)(?:shes|hes) ([0-9]{1,3})(?:[.,!;)]|$| (?:and|but|now)(?-u:\b))",
            )
            .expect("pronoun age pattern compiles"),
            bracketed: Regex::new(
                r"(?-u:\b)(?:grandmother|grandma|grandfather|grandpa|granny|nana|mother|father|mom|dad|wife|husband|son|daughter|patient|pt|man|woman|lady|gentleman|guy|neighbor|aunt|uncle|vet|veteran|residents?|patients|kid|kiddo|boy|girl|teen|teenager|toddler|brother|sister|grandson|granddaughter|friend) \(([0-9]{1,3})(?:\)|!\)|,| and | now| y/?o| yo| years?)",
            )
            .expect("bracketed age pattern compiles"),
            died_at: Regex::new(
                r"(?-u:\b)(?:died|passed|passed away|death|lived to(?: be)?)(?-u:\b)[a-z0-9 ,'/\-]{0,40}?(?-u:\b)(?:at|to|be|aged?) ([0-9]{2,3})(?-u:\b)",
            )
            .expect("died-at pattern compiles"),
            words: Regex::new(&words).expect("word age pattern compiles"),
            and_still: Regex::new(
                r"(?:^|[.!?] +|\n)([0-9]{2,3}) and (?:she|he|still|a|an|sharp|undefeated)(?-u:\b)",
            )
            .expect("age-and pattern compiles"),
            decade: Regex::new(
                r"(?-u:\b)in (?:his|her|their) (?:(?:early|mid|late)[- ])?(?:9|10|11)0'?s(?-u:\b)|(?-u:\b)in (?:his|her|their) (?:nineties|hundreds)(?-u:\b)|(?-u:\b)(?:9[0-9]|10[0-9])[- ]something(?-u:\b)",
            )
            .expect("decade pattern compiles"),
        }
    }
}

impl Age {
    /// A number said of a listed given name: "Tadeusz is 71, a retired roofer", "Kayla is 26
    /// now", "(Gene, 76)", "Keanu (34) married Leilani", "Tasha, 29, a single mom". The name
    /// must not be an everyday word ("Will is 5" stays unread), and the number must end the
    /// phrase (not "Sodium is 128.4", "Chen, 2019").
    fn named_ages(&self, text: &Text<'_>, post: &PostContext, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        let original = text.original();
        let lex = lexicons();
        for link in [" is ", " was ", " (", ", "] {
            for (at, _) in lower.match_indices(link) {
                let num_at = at + link.len();
                let digits = lower[num_at..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                if !(1..=3).contains(&digits) {
                    continue;
                }
                let num_end = num_at + digits;
                let rest = &lower[num_end..];
                let closes = match link {
                    " (" => rest.starts_with(')') || rest.starts_with("!)"),
                    ", " => {
                        rest.starts_with([',', ')']) && !rest[1..].starts_with(char::is_numeric)
                    }
                    _ => {
                        rest.is_empty()
                            || rest.starts_with([',', '!', ';', ')'])
                            || (rest.starts_with('.') && !rest[1..].starts_with(char::is_numeric))
                            || [" and ", " now", " years", " yrs"]
                                .iter()
                                .any(|w| rest.starts_with(w))
                    }
                };
                if !closes {
                    continue;
                }
                // The word before the link: a capitalised listed given name.
                let word_start = original[..at]
                    .rfind(|c: char| !c.is_alphabetic())
                    .map_or(0, |i| {
                        i + original[i..].chars().next().map_or(1, char::len_utf8)
                    });
                let word = &original[word_start..at];
                let key = &lower[word_start..at];
                let bracket_before = original[..word_start].ends_with('(');
                if !word.starts_with(char::is_uppercase)
                    || !word.chars().skip(1).all(char::is_lowercase)
                    || word.len() < 3
                    || !lex.first_names.contains(key)
                    || lex.common_words.contains(key)
                    || lex.not_names.contains(key)
                    // "(Gene, 76)" but not a list "Dayton, 45" after a comma: bracketed only.
                    || (link == ", " && !bracket_before && !rest.starts_with(", "))
                {
                    continue;
                }
                let age: u32 = lower[num_at..num_end].parse().unwrap_or(0);
                if age == 0 || age > 110 {
                    continue;
                }
                self.push(text, post, out, num_at, num_end, age, Unit::Years, 80);
            }
        }
    }
}

impl Default for Age {
    fn default() -> Self {
        Age::new()
    }
}

/// Parses a spelled-out number ("ninety-two", "a hundred and one").
fn parse_words(s: &str) -> Option<u32> {
    let mut total = 0;
    for w in s.split([' ', '-']) {
        if let Some(i) = ONES.iter().position(|o| *o == w) {
            total += i as u32;
        } else if let Some(i) = TENS.iter().position(|t| !t.is_empty() && *t == w) {
            total += 10 * i as u32;
        } else if w == "hundred" {
            total += 100;
        }
    }
    (total > 0).then_some(total)
}

/// What the match says about the unit: years, or a baby's months/weeks/days.
#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Years,
    Infant,
}

/// A safer wording for an age.
fn suggestion(age: u32, unit: Unit, sex: Option<char>) -> String {
    if unit == Unit::Infant {
        return "an infant".into();
    }
    match age {
        90.. => "an older adult".into(),
        0..=4 => "a young child".into(),
        5..=12 => "a child".into(),
        13..=19 => "a teenager".into(),
        _ => {
            let pron = match sex {
                Some('m') => "his",
                Some('f') => "her",
                _ => "their",
            };
            format!("in {pron} {}s", age / 10 * 10)
        }
    }
}

/// Sex given by the match or the words just around it, for the decade band's pronoun.
fn sex_near(text: &Text<'_>, start: usize, end: usize, phrase: &str) -> Option<char> {
    let tail = phrase.trim_end();
    if tail.ends_with('m') || tail.ends_with("male") && !tail.ends_with("female") {
        return Some('m');
    }
    if tail.ends_with('f') || tail.ends_with("female") {
        return Some('f');
    }
    // A pronoun inside the phrase itself ("He was 38") decides.
    if has_any_word(phrase, &["he", "he's"]) {
        return Some('m');
    }
    if has_any_word(phrase, &["she", "she's"]) {
        return Some('f');
    }
    let around = format!(
        "{} {}",
        text.lower_before(start, 24),
        text.lower_after(end, 24)
    );
    let male = has_any_word(
        &around,
        &[
            "he",
            "his",
            "him",
            "man",
            "guy",
            "male",
            "boy",
            "dad",
            "father",
            "husband",
            "gentleman",
            "mr.",
        ],
    );
    let female = has_any_word(
        &around,
        &[
            "she", "her", "woman", "lady", "female", "girl", "mom", "mother", "wife", "mrs.", "ms.",
        ],
    );
    match (male, female) {
        (true, false) => Some('m'),
        (false, true) => Some('f'),
        _ => None,
    }
}

/// The first word after `at`, lowercased, with its trailing punctuation trimmed.
fn next_word<'t>(text: &'t Text<'_>, at: usize) -> &'t str {
    let after = text.lower_after(at, 24);
    let after = after.trim_start_matches([' ', '-']);
    let end = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '%' || c == '-'))
        .unwrap_or(after.len());
    &after[..end]
}

/// True when one of the two words after `at` is a thing, not a person ("a 20 yr old fishing
/// license").
fn object_follows(text: &Text<'_>, at: usize) -> bool {
    let after = text.lower_after(at, 32);
    let mut words = after
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (Some(first), _) if OBJECTS.contains(&first) || PETS.contains(&first) => true,
        // A pet's breed: "our 13-year-old golden retriever".
        (Some(_), Some(second)) if PETS.contains(&second) => true,
        // An attributive word first ("fishing license", "used car").
        (Some(first), Some(second)) => {
            (first.ends_with("ing") || matches!(first, "used" | "old" | "new" | "broken"))
                && OBJECTS.contains(&second)
        }
        _ => false,
    }
}

/// Post-level facts, computed once per post.
#[derive(Clone, Copy)]
struct PostContext {
    hypothetical: bool,
    encounter: bool,
    family_only: bool,
    historical: bool,
}

/// [`PostContext`] computed on first use: most posts have no age candidate at all.
struct LazyPostContext<'t, 'a> {
    text: &'t Text<'a>,
    facts: std::cell::OnceCell<PostContext>,
}

impl std::ops::Deref for LazyPostContext<'_, '_> {
    type Target = PostContext;

    fn deref(&self) -> &PostContext {
        self.facts.get_or_init(|| {
            let lower = self.text.lower();
            PostContext {
                hypothetical: self.text.is_hypothetical(),
                encounter: self.text.has_encounter(),
                family_only: self.text.is_own_family_post(),
                historical: cites_old_year(lower),
            }
        })
    }
}

/// True when the post cites a year before 1961 (a historical case).
fn cites_old_year(lower: &str) -> bool {
    let b = lower.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (w[0] == b'1' && (b'5'..=b'8').contains(&w[1])
                || w[0] == b'1' && w[1] == b'9' && w[2] <= b'5')
    })
}

impl Age {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        text: &Text<'_>,
        post: &PostContext,
        out: &mut Vec<Candidate>,
        start: usize,
        end: usize,
        age: u32,
        unit: Unit,
        confidence: u8,
    ) {
        if unit == Unit::Years && age > 120 {
            return; // impossible: a placeholder or a typo
        }
        // "babies under six months old", "kids younger than 5 years old", "kids under age 5": a
        // population's bound.
        if matches!(
            last_word(text.lower_before(start, 16)),
            "under" | "over" | "above" | "below" | "than" | "between" | "from" | "by"
        ) {
            return;
        }
        let before_clause = text.lower_before(start, 8);
        // "in a 45-year-old", "STOP using a patient's 10-year-old as the interpreter": anyone.
        let generic_rule = (!post.encounter
            && (before_clause.ends_with("in a ") || before_clause.ends_with("in an ")))
            || text.lower_before(start, 16).ends_with("a patient's ");
        // The first word after the age and its unit ("95 yo grandma", not "96 yo patient's
        // daughter").
        let kin_after = text
            .lower_after(end, 24)
            .split_whitespace()
            .find(|w| !matches!(*w, "yo" | "y/o" | "yr" | "year" | "years" | "old"))
            .is_some_and(|w| is_family_word(w.trim_end_matches(['.', ',', '!'])));
        let low = post.hypothetical
            || post.family_only
            || own_family_before(text, start)
            || own_family_after(text, end)
            // "Today is my 34th birthday": the author's own, whatever care the post tells.
            || (text.lower()[start..end].contains("birthday")
                && text.lower_before(start, 4).ends_with("my "))
            // "Turned 40 on a 12-hour shift" opening the post: no subject, the author.
            || (text.lower()[start..].starts_with("turn") && text.lower()[..start].trim().is_empty())
            // "my 7-year-old lost her first tooth yesterday" is the author's child unless the
            // post describes care; "my 103 y/o went home today" is an adult in their care.
            // "Our 101yo resident", "my 16yo patient": the author's charge, not their child.
            // "my 95 yo grandma": the author's relative, named right after the age.
            || (possessive_before(text, start) && kin_after)
            // "Our 94yo hip fracture this AM": no child of the author's is 94.
            || (possessive_before(text, start)
                && !(unit == Unit::Years && age >= 90)
                && !matches!(
                    text.lower_after(end, 16).split_whitespace().next(),
                    Some(
                        "resident" | "patient" | "pt" | "client" | "guy" | "lady" | "gentleman"
                            // "our 97 y/o frequent flyer": ED slang for a returning patient.
                            | "frequent" | "regular" | "veteran"
                    )
                )
                && !(post.encounter
                    && (unit == Unit::Years && age >= 18 || has_clinical_encounter(text.lower()))))
            || generic_rule
            // "I felt about 100 years old", "makes me feel like 90 years old": the author.
            || {
                let before = text.lower_before(start, 16);
                let before = before
                    .strip_suffix("about ")
                    .or_else(|| before.strip_suffix("like "))
                    .unwrap_or(before);
                before.ends_with("feel ") || before.ends_with("felt ")
            };
        let severity = if low {
            Severity::Low
        } else if unit == Unit::Years && age >= 90 {
            Severity::High
        } else {
            Severity::Medium
        };
        let reason = match severity {
            Severity::High => "An age of 90 or more is rare enough to identify someone on its own.",
            Severity::Medium => "An exact age narrows down who the patient is; a range is safer.",
            Severity::Low => {
                "An age, but the post reads as a teaching case or the author's own family."
            }
        };
        let phrase = &text.lower()[start..end];
        let sex = sex_near(text, start, end, phrase);
        out.push(
            Candidate::new(start..end, Category::Age, severity, reason)
                .suggest(suggestion(age, unit, sex))
                .with_confidence(confidence),
        );
    }
}

/// True for a noun that names a person: an agent ("farmer", "pianist", "lineman") or a listed
/// role ("judge", "vet"), not "the score, 21, was" or "the number, 21, was".
fn is_person_noun(noun: &str) -> bool {
    const ROLES: &[&str] = &[
        "chief", "coach", "cop", "deputy", "guy", "gal", "judge", "lady", "mayor", "medic", "nun",
        "pastor", "patient", "priest", "rabbi", "resident", "sheriff", "vet", "veteran", "widow",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "center", "chapter", "counter", "letter", "number", "order", "other", "quarter", "water",
    ];
    ROLES.contains(&noun)
        || (!NOT_PEOPLE.contains(&noun)
            && ["er", "or", "ist", "ian", "man", "woman"]
                .iter()
                .any(|s| noun.ends_with(s)))
}

fn unit_of(phrase: &str) -> Unit {
    if ["month", "mo ", "mo-", "mos", "week", "wk", "day"]
        .iter()
        .any(|u| phrase.contains(u))
    {
        Unit::Infant
    } else {
        Unit::Years
    }
}

impl Detector for Age {
    fn name(&self) -> &'static str {
        "age"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        let original = text.original();
        let post = LazyPostContext {
            text,
            facts: std::cell::OnceCell::new(),
        };

        // "36yo", "a 7 month old", "27 yo F", "her 3 year check".
        for caps in self.unit.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let num = caps.get(1).or_else(|| caps.get(2)).expect("a number");
            if number_glued_before(lower, num.start()) {
                continue;
            }
            if lower[m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
                continue;
            }
            if object_follows(text, m.end()) {
                continue;
            }
            let age: u32 = num.as_str().parse().unwrap_or(0);
            let unit = unit_of(m.as_str());
            self.push(text, &post, out, m.start(), m.end(), age, unit, 90);
        }

        // "born 1931": a birth year that puts the age over 89 (Safe Harbor counts such years with
        // the ages). Measured from 2025, so the age is at least this in any later year.
        for (at, _) in lower.match_indices("born ") {
            let rest = &lower[at + 5..];
            let skip = ["in ", "back in "]
                .iter()
                .find(|p| rest.starts_with(*p))
                .map_or(0, |p| p.len());
            let digits = &rest.as_bytes()[skip..];
            let is_year = digits.len() >= 4
                && digits[..4].iter().all(u8::is_ascii_digit)
                && digits.get(4).is_none_or(|b| !b.is_ascii_alphanumeric());
            if !is_year || number_glued_before(lower, at) {
                continue;
            }
            let start = at + 5 + skip;
            let year: u32 = lower[start..start + 4].parse().unwrap_or(0);
            if (1880..=BIRTH_YEAR_OF_THE_OLDEST).contains(&year) {
                let age = YEAR_AGES_ARE_MEASURED_FROM - year;
                self.push(text, &post, out, at, start + 4, age, Unit::Years, 85);
            }
        }

        // "ninety years old", "a six-year-old".
        for m in self.words.find_iter(lower) {
            if lower[m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                || object_follows(text, m.end())
            {
                continue;
            }
            let phrase = m.as_str();
            let number_part = phrase
                .split([' ', '-'])
                .take_while(|w| {
                    ![
                        "yo", "y/o", "yr", "yrs", "year", "years", "month", "months", "mo", "mos",
                        "week", "weeks", "wk", "wks", "day", "days", "old", "y.o", "y.o.",
                    ]
                    .contains(w)
                })
                .collect::<Vec<_>>()
                .join(" ");
            let Some(age) = parse_words(&number_part) else {
                continue;
            };
            self.push(
                text,
                &post,
                out,
                m.start(),
                m.end(),
                age,
                unit_of(phrase),
                85,
            );
        }

        // "45M", "80F", "M45" (case matters: read the original).
        for caps in self.compact.captures_iter(original) {
            let m = caps.get(0).expect("whole match");
            let (num, sex) = match (caps.get(1), caps.get(2), caps.get(3), caps.get(4)) {
                (Some(n), Some(s), _, _) => (n, s.as_str()),
                (_, _, Some(s), Some(n)) => (n, s.as_str()),
                _ => continue,
            };
            if number_glued_before(lower, m.start()) || number_continues(lower, m.end()) {
                continue;
            }
            let next = next_word(text, m.end());
            let before = text.lower_before(m.start(), 24);
            if sex == "F"
                && (FRENCH.contains(&next)
                    || has_any_word(
                        before,
                        &[
                            "temp",
                            "temperature",
                            "fever",
                            "febrile",
                            "tmax",
                            "t max",
                            "spiked",
                            "degrees",
                        ],
                    ))
            {
                continue;
            }
            if sex == "M" && (MILLIONS.contains(&next) || lower[m.end()..].starts_with("illion")) {
                continue;
            }
            // Med-school years, motorways, rifles: "M1", "M4" need two digits (regex) and a
            // plausible age.
            let age: u32 = num.as_str().parse().unwrap_or(0);
            if age == 0 || age > 110 {
                continue;
            }
            self.push(text, &post, out, m.start(), m.end(), age, Unit::Years, 85);
        }

        // "aged 101", "age 7", "Ages 4, 7 & 11".
        for caps in self.labelled.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            // "Ages 25–44 still account for more than half", "ages 18 to 24": a range is a
            // population, not a person.
            let rest = &lower[m.end()..];
            let range = ["-", "–", " - ", " – ", " to "].iter().any(|d| {
                rest.strip_prefix(d)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            });
            if number_continues(lower, m.end()) || rest.starts_with('+') || range {
                continue;
            }
            let age: u32 = caps[1].parse().unwrap_or(0);
            let max = m
                .as_str()
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<u32>().ok())
                .max()
                .unwrap_or(age);
            let unit = unit_of(m.as_str());
            self.push(text, &post, out, m.start(), m.end(), max, unit, 88);
        }

        // "100th birthday", "centenarian".
        for caps in self.birthday.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let phrase = m.as_str();
            // "at her 100th in the dayroom": the ordinal alone, up to its suffix.
            if let Some(n) = caps.get(2) {
                // "Happy 50th to Mercy Regional!": an institution's anniversary.
                let institution = phrase.starts_with("happy")
                    && [
                        "hospital",
                        "regional",
                        "medical",
                        "clinic",
                        "center",
                        "centre",
                        "health",
                        "university",
                        "st. ",
                        "saint ",
                        "our ",
                    ]
                    .iter()
                    .any(|w| text.lower_after(m.end(), 32).contains(w));
                if institution {
                    continue;
                }
                let age: u32 = n.as_str().parse().unwrap_or(0);
                self.push(
                    text,
                    &post,
                    out,
                    m.start(),
                    n.end() + 2,
                    age,
                    Unit::Years,
                    80,
                );
                continue;
            }
            let age = match caps.get(1) {
                Some(n) => n.as_str().parse().unwrap_or(0),
                None if phrase.contains("hundred") || phrase.contains("centen") => 100,
                None if phrase.contains("ninet") || phrase.contains("nonagen") => 90,
                None if phrase.contains("eight") || phrase.contains("octogen") => 80,
                None if phrase.contains("sixteen") => 16,
                None => 50,
            };
            if caps.get(1).is_some() && number_glued_before(lower, m.start()) {
                continue;
            }
            self.push(text, &post, out, m.start(), m.end(), age, Unit::Years, 85);
        }

        // "turned 90", "turns 104 today".
        for caps in self.turned.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let n = caps.get(1).expect("number");
            // "turned 102 in September": after "turned", "in" starts a time, not inches.
            let next = next_word(text, n.end());
            if number_continues(lower, n.end()) || (next != "in" && UNITS_AFTER.contains(&next)) {
                continue;
            }
            let age: u32 = n.as_str().parse().unwrap_or(0);
            self.push(text, &post, out, m.start(), m.end(), age, Unit::Years, 82);
        }

        // "She was 27.", "He's 89 and", "The youngest is 4".
        for caps in self.copula.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let n = caps.get(1).expect("number");
            if number_continues(lower, n.end()) {
                continue;
            }
            let rest = text.lower_after(n.end(), 12);
            let ok_next = match rest.chars().next() {
                None => true,
                Some(c) if c.is_ascii_alphanumeric() => false,
                Some(' ') => {
                    let w = next_word(text, n.end());
                    w.is_empty()
                        || matches!(
                            w,
                            "and"
                                | "but"
                                | "now"
                                | "today"
                                | "tomorrow"
                                | "years"
                                | "yrs"
                                | "yo"
                                | "with"
                                | "when"
                                | "so"
                                | "already"
                                | "still"
                                | "too"
                                | "going"
                                | "this"
                                | "next"
                                | "last"
                                | "y"
                                | "yr"
                        )
                        || rest
                            .trim_start()
                            .starts_with(['&', '—', '-', '(', '!', '.', ','])
                }
                // "patient's 10-year-old": a possessive before a unit form (the unit rule's).
                Some(c) => !matches!(c, '%' | '/' | '\'' | '"' | ':' | '+' | 'x' | '°' | '-'),
            };
            if !ok_next {
                continue;
            }
            let age: u32 = n.as_str().parse().unwrap_or(0);
            // "a retired nun who's 97": but "Had Ella, who is 9" is as often the author's child.
            if age == 0 || (m.as_str().starts_with("who") && age < 50) {
                continue;
            }
            self.push(text, &post, out, m.start(), n.end(), age, Unit::Years, 80);
        }

        // "Abuela de 96 años", "tiene 2 meses".
        for caps in self.spanish.captures_iter(lower) {
            let n = caps.get(1).expect("number");
            let age: u32 = n.as_str().parse().unwrap_or(0);
            let unit = if caps.get(0).expect("whole").as_str().ends_with("meses") {
                Unit::Infant
            } else {
                Unit::Years
            };
            if age > 0 {
                self.push(
                    text,
                    &post,
                    out,
                    n.start(),
                    caps.get(0).expect("whole").end(),
                    age,
                    unit,
                    80,
                );
            }
        }

        // "Mr. Hannigan, 98,", "Mr. Leonard Ames (82)", "Rose, 93, our oldest".
        for caps in self
            .titled
            .captures_iter(original)
            .chain(self.appositive.captures_iter(original).filter(|caps| {
                // "Doris Whitcombe, 94, and we need" but not "Lisinopril, 10, and then 20": a
                // list's joining word needs a full name before it.
                let name = &original[caps.get(0).expect("whole").start()..];
                let after = &original[caps.get(1).expect("number").end() + 2..];
                let joining = ["and ", "or ", "then ", "to "]
                    .iter()
                    .any(|w| after.starts_with(w));
                let name = name.split(',').next().unwrap_or("");
                // "Henrietta Lacks, 31, died Oct 4, 1951": a famous patient's age is history.
                let famous = lexicons().not_names.contains(&name.to_lowercase());
                !famous && (!joining || name.contains(' '))
            }))
            .chain(
                (lower.starts_with("hes ") || lower.contains("shes ") || lower.contains(" hes "))
                    .then(|| self.pronoun.captures_iter(lower))
                    .into_iter()
                    .flatten(),
            )
            .chain(self.bracketed.captures_iter(lower))
        {
            let n = caps.get(1).or_else(|| caps.get(2)).expect("number");
            let age: u32 = n.as_str().parse().unwrap_or(0);
            // "Mrs. Muñoz, 94, in clinic" is both titled and an appositive.
            if age == 0 || out.iter().any(|c| c.range == n.range()) {
                continue;
            }
            self.push(text, &post, out, n.start(), n.end(), age, Unit::Years, 80);
        }

        self.named_ages(text, &post, out);

        // "the county's retired judge, 91, who told me he sentenced my uncle": the age belongs to
        // the person it is written after, so a relative elsewhere in the post does not make it
        // the author's family (unless that person is the relative).
        // Cheap gates first: most posts have no ", 91," and no "shes 54".
        let comma_number = lower
            .match_indices(", ")
            .any(|(at, _)| lower.as_bytes().get(at + 2).is_some_and(u8::is_ascii_digit));
        let appositive_nouns = comma_number.then(|| self.appositive_noun.captures_iter(lower));
        for caps in appositive_nouns.into_iter().flatten() {
            let n = caps.get(1).expect("number");
            let age: u32 = n.as_str().parse().unwrap_or(0);
            let noun = lower[..n.start() - 2].rsplit(' ').next().unwrap_or("");
            // "One of my assisted living residents, 93, just won": one of several.
            let singular = noun
                .strip_suffix('s')
                .filter(|n| n.len() > 3)
                .unwrap_or(noun);
            if age == 0 || is_family_word(noun) || !is_person_noun(singular) {
                continue;
            }
            let attributed = PostContext {
                family_only: false,
                ..*post
            };
            self.push(
                text,
                &attributed,
                out,
                n.start(),
                n.end(),
                age,
                Unit::Years,
                80,
            );
        }

        // "in his 90s": below 90 a decade band is the safe wording, from 90 on Safe Harbor
        // still counts it (ages over 89 must be pooled into "90 or older").
        for m in self.decade.find_iter(lower) {
            self.push(text, &post, out, m.start(), m.end(), 90, Unit::Years, 80);
        }

        // "86 and a menace.", "101 and undefeated": only the old are described this way.
        for caps in self.and_still.captures_iter(lower) {
            let n = caps.get(1).expect("number");
            let age: u32 = n.as_str().parse().unwrap_or(0);
            if (60..=115).contains(&age) {
                self.push(text, &post, out, n.start(), n.end(), age, Unit::Years, 75);
            }
        }

        // "passed on January 9th at 94", "lived to 97".
        for caps in self.died_at.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let n = caps.get(1).expect("number");
            if number_continues(lower, n.end()) || number_glued_before(lower, n.start()) {
                continue;
            }
            let connector = lower[..n.start()].trim_end();
            if !(connector.ends_with(" at")
                || connector.ends_with(" to")
                || connector.ends_with(" be")
                || connector.ends_with(" age")
                || connector.ends_with(" aged"))
            {
                continue;
            }
            let next = next_word(text, n.end());
            if UNITS_AFTER.contains(&next) || next.starts_with("am") || next.starts_with("pm") {
                continue;
            }
            let age: u32 = n.as_str().parse().unwrap_or(0);
            if !(13..=120).contains(&age) {
                continue;
            }
            let before = out.len();
            self.push(text, &post, out, n.start(), n.end(), age, Unit::Years, 78);
            if post.historical && m.as_str().starts_with("lived") {
                if let Some(c) = out.get_mut(before) {
                    c.severity = Severity::Low;
                    c.reason = "An age, in what reads as a historical case.".into();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, Severity)> {
        crate::detectors::test_support::found(&Age::new(), s)
    }

    fn texts(s: &str) -> Vec<String> {
        found(s).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn ages_said_of_a_given_name() {
        assert_eq!(texts("Tamara is 71, a retired roofer"), ["71"]);
        assert_eq!(texts("Kayla is 26 now and a paramedic"), ["26"]);
        assert_eq!(texts("laundry basket lady (Gina, 76) refused"), ["76"]);
        assert_eq!(texts("Marcus (34) married Leilani"), ["34"]);
        assert_eq!(texts("Tasha, 29, a single mom of three"), ["29"]);
        // Not an everyday word, a lab value, a year or a list of places.
        assert!(texts("Will is 5 minutes late").is_empty());
        assert!(texts("Sodium is 128.4 today").is_empty());
        assert!(texts("Dayton, 45 miles north").is_empty());
        assert!(texts("per Chen, 2019, the rate").is_empty());
    }

    #[test]
    fn unit_forms() {
        assert_eq!(texts("36yo guy came in"), ["36yo"]);
        assert_eq!(texts("My 103 y/o went home today"), ["103 y/o"]);
        assert_eq!(texts("a 34 y/o new mom came in"), ["34 y/o"]);
        assert_eq!(texts("a 31-year-old dad lost"), ["31-year-old"]);
        assert_eq!(texts("a 36 yr old came in"), ["36 yr old"]);
        assert_eq!(texts("a 91 y.o. man"), ["91 y.o."]);
        assert_eq!(texts("27 yo F, 31 wks"), ["27 yo F"]);
        assert_eq!(texts("the 7 month old we coded"), ["7 month old"]);
        assert_eq!(texts("a 6wk old in the ED"), ["6wk old"]);
        assert_eq!(texts("a 3 day old today"), ["3 day old"]);
        assert_eq!(texts("at her 3 year check today"), ["3 year check"]);
        assert_eq!(texts("a little boy, 6 years old, who"), ["6 years old"]);
        assert_eq!(
            texts("a ninety-two-year-old came in"),
            ["ninety-two-year-old"]
        );
    }

    #[test]
    fn compact_and_labelled_forms() {
        assert_eq!(texts("61M brought in by his wife"), ["61M"]);
        assert_eq!(texts("24F marathoner"), ["24F"]);
        assert_eq!(texts("pt M45 with chest pain"), ["M45"]);
        assert_eq!(
            texts("the sweetest lady, aged 101 as of Sunday"),
            ["aged 101"]
        );
        assert_eq!(texts("seen today, age 7, with"), ["age 7"]);
        assert_eq!(texts("Ages 4, 7 & 11. Dad"), ["Ages 4, 7 & 11"]);
    }

    #[test]
    fn ages_between_commas_brackets_and_after_who() {
        // Any description may follow an age set between commas after a name or a person noun.
        assert_eq!(texts("Grandma, 72, carried her down three flights"), ["72"]);
        assert_eq!(
            texts("I saw a Deaf gentleman, 81, retired chemistry teacher"),
            ["81"]
        );
        assert_eq!(texts("Pt is Doris Whitcombe, 94, and we need"), ["94"]);
        assert_eq!(texts("a retired nun who's 97, told me"), ["who's 97"]);
        assert_eq!(texts("Mr. Voss is 93, doesn't have long"), ["93"]);
        assert_eq!(texts("Her son Robert (78!) drove up"), ["78"]);
        assert_eq!(texts("our memory care residents (88, former coach"), ["88"]);
        assert_eq!(
            texts("One of my assisted living residents, 93, just won"),
            ["93"]
        );
        assert_eq!(texts("Our youngest patient (15 now, dystonia"), ["15"]);
        assert_eq!(texts("who died 4/22 at 88 after 26 yrs"), ["88"]);
        // "Diagnosed at 36" is as often a memoir's author ("When Breath Becomes Air").
        assert!(texts("he was diagnosed with stage IV lung cancer at 36, and").is_empty());
        assert_eq!(texts("picked the lock. 86 and a menace."), ["86"]);
        assert_eq!(texts("singing at her 100th in the dayroom"), ["her 100th"]);
        assert_eq!(
            texts("came in for her 2 month shots today"),
            ["2 month shots"]
        );
        // Not ages: lists, counts, times, measures, other ordinals.
        assert!(texts("Rooms 12, 14, and 16 are open").is_empty());
        assert!(texts("Smith, 2019, found").is_empty());
        assert!(texts("the patient who is 5'2\" and").is_empty());
        assert!(texts("who was 12 weeks along").is_empty());
        assert!(texts("this was her 100th delivery").is_empty());
        assert!(texts("We hit 100 and counting.").is_empty());
        assert!(texts("diagnosed at 3am").is_empty());
        assert!(texts("Had Ella, who is 9, and Sam").is_empty());
        assert!(texts("Henrietta Lacks, 31, died Oct 4, 1951").is_empty());
    }

    #[test]
    fn sentence_forms() {
        assert_eq!(texts("She was 27. Pregnant"), ["She was 27"]);
        assert_eq!(texts("It is not user error. She's 14. She"), ["She's 14"]);
        assert_eq!(texts("pt came in. He's 89 and still chops"), ["He's 89"]);
        assert_eq!(texts("Their mama is 19 and brave"), ["Their mama is 19"]);
        assert_eq!(
            texts("The youngest is 4 and she kept"),
            ["The youngest is 4"]
        );
        assert_eq!(texts("Mr. Hannigan, 98, WWII vet"), ["98"]);
        assert_eq!(texts("Rose, 93, our oldest patient this year"), ["93"]);
        // A person by a noun, and an age said of "she" or "he".
        assert_eq!(
            found("tonight one of them is the county's retired judge, 91, who told me he sentenced my uncle"),
            [("91".to_string(), Severity::High)]
        );
        assert!(found("my grandma, 91, who taught me to knit")
            .iter()
            .all(|(_, sev)| *sev == Severity::Low));
        assert_eq!(
            texts("came in w stroke sx yesterday. shes 54. pray"),
            ["54"]
        );
        assert!(texts("shes 5'4 and hes 6 feet").is_empty());
        assert!(texts("Ages 25–44 still account for more than half; ages 18 to 24").is_empty());
        assert_eq!(
            found("Today is my 34th birthday. I spent a month in the hospital at 22")[0].1,
            Severity::Low
        );
        assert!(texts("the score, 21, was").is_empty());
        // Pets' ages are not people's.
        assert!(texts("Our 13-year-old golden retriever had his TPLO").is_empty());
        assert!(texts("my 14 yo dog is snoring").is_empty());
        assert_eq!(
            texts("Happy 90th to Rose, who has come in every March 9"),
            ["Happy 90th"]
        );
        assert!(texts("Happy 50th to Mercy Regional! Fifty years").is_empty());
        assert_eq!(
            found("Our 94yo hip fracture this AM told me he flew B-17s")[0].1,
            Severity::High
        );
        assert_eq!(found("Visiting my 95 yo grandma today")[0].1, Severity::Low);
        assert_eq!(
            found("Our 96 yo patient's daughter brought pie")[0].1,
            Severity::High
        );
        assert_eq!(
            found("Abuela Carmen, 98, went home today after 41 days on our COVID unit")[0].1,
            Severity::High
        );
        assert_eq!(
            texts("New eval today: retired 8th grade science teacher, 71, broke her wrist"),
            ["71"]
        );
        assert_eq!(
            found("Thank you to Riverside Rehab who got my dad back on his feet.\n\nDad is 78 and just mowed his own lawn.")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("Brought in by EMS at 3am. Dad is 78 and was found down.")[0].1,
            Severity::Medium
        );
        assert_eq!(
            found("Our 97 y/o frequent flyer fell off a stepladder AGAIN")[0].1,
            Severity::High
        );
        assert_eq!(texts("a 13-year-old boy with a dog bite"), ["13-year-old"]);
        // Accented names.
        assert_eq!(texts("Saw Mrs. Muñoz, 94, in clinic"), ["94"]);
        assert_eq!(texts("José Núñez, 67, our patient from"), ["67"]);
        assert_eq!(
            texts("for Oma, who turned 102 in September"),
            ["turned 102"]
        );
        assert_eq!(
            texts("a family whose grandmother (94 and sharp as a tack) refused"),
            ["94"]
        );
        assert_eq!(texts("Abuela de 96 años en la cama 4"), ["96 años"]);
        assert_eq!(texts("llegó doña chuy de 94 años caminando"), ["94 años"]);
        assert!(texts("hace 5 años, después de 20 años de carrera").is_empty());
        assert!(texts("Lisinopril, 10, and then 20").is_empty());
        assert_eq!(texts("Mr. Leonard Ames (82) would"), ["82"]);
        assert_eq!(texts("my patient passed on January 9th at 94. He"), ["94"]);
        assert_eq!(
            texts("Happy 100th birthday to my patient"),
            ["100th birthday"]
        );
        assert_eq!(texts("pt turned 104 today on our unit"), ["turned 104"]);
        assert_eq!(
            texts("our oldest pt, a centenarian, today"),
            ["centenarian"]
        );
        assert_eq!(texts("Man in his 90s came in"), ["in his 90s"]);
        assert_eq!(found("Man in his 90s came in")[0].1, Severity::High);
    }

    #[test]
    fn how_the_author_feels() {
        assert_eq!(
            found("not a single student had heard of them. I felt about 100 years old.")[0].1,
            Severity::Low
        );
        assert_eq!(found("makes me feel like 90 years old")[0].1, Severity::Low);
    }

    #[test]
    fn birth_years_of_the_oldest() {
        assert_eq!(
            found("my pt pulled out his license to prove his age. born 1931."),
            [("born 1931".to_string(), Severity::High)]
        );
        assert_eq!(texts("she was born in 1922 in Fargo"), ["born in 1922"]);
        // Younger birth years are allowed by Safe Harbor.
        assert!(found("if you were born 1957-1989, check your MMR").is_empty());
        assert!(found("born in 1962, raised in Ohio").is_empty());
    }

    #[test]
    fn years_young() {
        assert_eq!(found("Miss Ruth, 88 years young, in bed 4").len(), 1);
        assert_eq!(
            found("one hundred and one years young and in our ED").len(),
            1
        );
    }

    #[test]
    fn population_bounds_are_not_ages() {
        assert!(found("most were babies under six months old").is_empty());
        assert!(found("kids younger than 5 years old").is_empty());
        assert_eq!(found("a 6 month old with RSV").len(), 1);
    }

    #[test]
    fn severity_and_suggestions() {
        assert_eq!(found("92F on 5 West at 0300")[0].1, Severity::High);
        assert_eq!(found("36yo guy came into our ED")[0].1, Severity::Medium);
        assert_eq!(
            found("STOP using a patient's 10-year-old as the interpreter")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("Our 101yo resident just beat the activities director")[0].1,
            Severity::High
        );
        assert_eq!(
            found("My 7-year-old lost her first tooth yesterday")[0].1,
            Severity::Low
        );
        assert_eq!(found("Hypothetical: 45M, chest pain")[0].1, Severity::Low);
        assert_eq!(
            found("Happy 95th birthday to my grandma, Dorothy!")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("Happy 95th birthday to my favorite patient")[0].1,
            Severity::High
        );
        assert_eq!(
            texts("happy 100th bday to my fave resident"),
            ["100th bday"]
        );
        assert_eq!(
            found("Turned 40 on a 12-hour shift, as planned")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("Mrs. K is stable. Turned 40 on the unit")[0].1,
            Severity::Medium
        );
        assert_eq!(
            found("My dad turned 90 today!!! Ninety years old and he")[0].1,
            Severity::Low
        );
        assert!(found("My dad turned 90 today!!! Ninety years old and he")
            .iter()
            .all(|(_, s)| *s == Severity::Low));
        assert_eq!(
            found("haloperidol 0.5 mg in an 85-year-old, not 5 mg")[0].1,
            Severity::Low
        );
        let t = Text::new("36yo guy came into our ED");
        let mut out = Vec::new();
        Age::new().detect(&t, &mut out);
        assert_eq!(out[0].suggestions, ["in his 30s"]);
        let t = Text::new("a 7 month old came in");
        let mut out = Vec::new();
        Age::new().detect(&t, &mut out);
        assert_eq!(out[0].suggestions, ["an infant"]);
        let t = Text::new("She is 20 weeks. He was 38 and pale");
        let mut out = Vec::new();
        Age::new().detect(&t, &mut out);
        assert_eq!(out[0].suggestions, ["in his 30s"]);
    }

    #[test]
    fn ignores_non_ages() {
        for s in [
            "our PGY-3s are great",
            "an Apgar of 9 at 5 minutes",
            "16 years in L&D",
            "10 years as an RN",
            "That was 8 years ago",
            "in 6 months",
            "for 6 years",
            "G3P2 at 38 wks",
            "born at 23+4 on 2/29",
            "abx x 3 days",
            "a 36 hour priapism",
            "45 mg and 45 min and a $45M grant",
            "placed a 14F foley",
            "spiked to 101F overnight",
            "Adults 45+ should screen",
            "a man in his 80s",
            "a 40-year-old pacemaker",
            "a 20 yr old fishing license",
            "she's 5 cm dilated",
            "He was 2 lbs 3 oz",
            "pharmacy thinks she's 125 and",
            "the M1s and M2s",
            "the best one you don't lose",
            "kids under age 5 should",
            "she was 3 days postpartum",
            "BP 180/110 and she's 10/10 pain",
        ] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
    }
}
