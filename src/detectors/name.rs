//! Names of patients and relatives: "Deborah Kessler", "Linda", "Mrs. K", "pt J.R.", "Hope's mom",
//! a patient's @handle. Clinicians ("Dr. Chen"), cited authors ("Smith et al."), eponyms
//! ("Bell's palsy"), brands and famous historical patients are left alone.
//!
//! Words come from a small tokenizer over the original text (case matters for names); lookups
//! go to the shared [`super::lexicon`] lists. Context is read from neighbouring tokens only, so
//! the cost is linear in the post.

use std::borrow::Cow;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

use super::lexicon::{lexicons, Lexicons, WordHasher, WordSet};

/// Finds names of patients and their relatives.
pub struct Name {
    lex: &'static Lexicons,
    /// Function words, medical nouns and other words that are never names, hashed once.
    never_words: WordSet,
}

impl Name {
    /// Loads the shared lexicons (parsed once per process).
    pub fn new() -> Self {
        Name {
            lex: lexicons(),
            never_words: NOT_NAMES_EXTRA
                .iter()
                .chain(FUNCTION_WORDS)
                .chain(MEDICAL_NOUNS)
                .copied()
                .collect(),
        }
    }
}

impl Default for Name {
    fn default() -> Self {
        Self::new()
    }
}

/// One word of the post.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub range: Range<usize>,
    pub word: &'a str,
    /// Lowercased, possessive stripped (borrowed when already lowercase).
    pub key: Cow<'a, str>,
    /// Ends in 's / ’s / s'.
    pub possessive: bool,
}

/// Splits `s` into words: letters and digits, with inner apostrophes, hyphens and the periods of
/// initials ("J.R.") kept.
pub(crate) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(s.len() / 5 + 1);
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        // A letter glued to a symbol before it is no initial: "2,000°F. Hotter", "L&D. Things".
        let glued = s[..i].chars().next_back().is_some_and(|p| {
            matches!(
                p,
                '°' | '&' | '+' | '%' | '#' | '*' | '^' | '~' | '=' | '|' | '\\' | '$' | '<' | '>'
            )
        });
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                iter.next();
            } else if matches!(d, '\'' | '’' | '-' | '.') {
                // Keep when a letter follows ("O'Brien", "Al-Hassan", "J.R"), or for the final
                // period of an initial run ("J.R.").
                let next = s[j + d.len_utf8()..].chars().next();
                let initials = d == '.' && !glued && is_initials(&s[i..end]);
                if next.is_some_and(|n| n.is_alphabetic()) && (d != '.' || initials) {
                    end = j + d.len_utf8();
                    iter.next();
                } else if initials {
                    end = j + 1;
                    iter.next();
                    break;
                } else if matches!(d, '\'' | '’') && next == Some('s') {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let word = &s[i..end];
        let trimmed = word.trim_end_matches(['\'', '’']);
        let possessive = trimmed.ends_with("'s") || trimmed.ends_with("’s") || word.ends_with("s'");
        let base = trimmed
            .strip_suffix("'s")
            .or_else(|| trimmed.strip_suffix("’s"))
            .unwrap_or(trimmed);
        toks.push(Tok {
            range: i..end,
            word,
            key: if base.is_ascii() {
                // Same result as `to_lowercase`, without decoding chars.
                if base.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(base.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(base)
                }
            } else if base.chars().any(char::is_uppercase) {
                Cow::Owned(base.to_lowercase())
            } else {
                Cow::Borrowed(base)
            },
            possessive,
        });
    }
    toks
}

/// Dotted abbreviations that look like initials, without their last period.
const ABBREVIATIONS: &[&str] = &[
    "A.M", "D.C", "E.R", "L.A", "M.D", "N.P", "N.Y", "O.R", "P.A", "P.M", "R.N", "U.K", "U.S",
];

/// "J", "J.R", "W.T." : single letters joined by periods.
fn is_initials(w: &str) -> bool {
    w.trim_end_matches('.').split('.').all(|p| {
        let mut cs = p.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    })
}

/// Capitalised: an upper-case first letter followed by at least one lower-case letter.
pub(crate) fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(cs.next(), Some(c) if c.is_uppercase()) && w.chars().skip(1).any(|c| c.is_lowercase())
}

const TITLES: &[&str] = &[
    "abuela", "abuelo", "auntie", "aunty", "baby", "don", "dona", "doña", "grandma", "grandpa",
    "granny", "miss", "missus", "mister", "mr", "mrs", "ms", "mx", "nana", "papa", "señor",
    "señora", "sr", "sra", "srta", "tía", "tío",
];
/// Public roles: the name is kept (Low) only when the post also shows a real patient.
const PUBLIC_TITLES: &[&str] = &[
    "brother",
    "chief",
    "coach",
    "councilman",
    "councilwoman",
    "deacon",
    "father",
    "governor",
    "imam",
    "judge",
    "mayor",
    "officer",
    "pastor",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "senator",
    "sheriff",
    "sister",
];
/// Roles of clinicians, colleagues and speakers: names right after them are not patients'.
/// The praise words of [`STAFF`]: they mark colleagues, but staff thank patients too when they
/// use a courtesy title ("Shoutout to Miss Bev").
const PRAISE: &[&str] = &[
    "congrats",
    "congratulations",
    "kudos",
    "shoutout",
    "thank",
    "thanks",
    "welcome",
];

const STAFF: &[&str] = &[
    "anesthesiologist",
    "attending",
    "author",
    "boss",
    "ceo",
    "chair",
    "chaplain",
    "clerk",
    "cna",
    "co-worker",
    "colleague",
    "congrats",
    "congratulations",
    "coordinator",
    "coworker",
    "dean",
    "dietitian",
    "director",
    "doctor",
    "doula",
    "dr",
    "dummy",
    "educator",
    "featuring",
    "fellow",
    "ft",
    "hospitalist",
    "host",
    "hosted",
    "housekeeper",
    "intern",
    "interpreter",
    "janitor",
    "keynote",
    "kudos",
    "lecturer",
    "manager",
    "manikin",
    "mannequin",
    "md",
    "medic",
    "mentor",
    "midwife",
    "moderator",
    "np",
    "nurse",
    "pa",
    "panelist",
    "paramedic",
    "pharmacist",
    "physician",
    "preceptor",
    "prof",
    "professor",
    "provider",
    "receptionist",
    "resident",
    "rn",
    "robot",
    "scribe",
    "secretary",
    "shoutout",
    "sim",
    "simman",
    "speaker",
    "student",
    "supervisor",
    "surgeon",
    "team",
    "tech",
    "thank",
    "thanks",
    "therapist",
    "translator",
    "volunteer",
    "welcome",
];
/// Words right before a name that say a person (a patient or relative) is meant.
const PERSON_CUES: &[&str] = &[
    "aunt",
    "baby",
    "boy",
    "boyfriend",
    "brother",
    "called",
    "caregiver",
    "cousin",
    "dad",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "fiancé",
    "fighter",
    // "our frequent flyer Dale": ED slang for a patient who keeps coming back.
    "flier",
    "flyer",
    "friend",
    "girl",
    "girlfriend",
    "graduate",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "infant",
    "kiddo",
    "little",
    "mom",
    "mother",
    "mum",
    "name's",
    "named",
    "neighbor",
    "nephew",
    "niece",
    "partner",
    "patient",
    "patients",
    "pt",
    "pt's",
    "sister",
    "son",
    "spouse",
    "survivor",
    "sweet",
    "toddler",
    "twin",
    "twins",
    "uncle",
    "warrior",
    "wife",
];
/// Words right after a possessive name that say a person is meant ("Hope's mom").
const RELATIVES: &[&str] = &[
    "aunt",
    "baby",
    "bed",
    "birthday",
    "brother",
    "caregiver",
    "chart",
    "dad",
    "daughter",
    "diagnosis",
    "family",
    "father",
    "funeral",
    "grandfather",
    "grandma",
    "grandmother",
    "grandpa",
    "husband",
    "journey",
    "kids",
    "mom",
    "mother",
    "mum",
    "nurse",
    "parents",
    "recovery",
    "room",
    "sister",
    "son",
    "story",
    "surgery",
    "uncle",
    "wife",
];
/// Nouns after an eponym ("Bell's palsy", "Virchow's triad", "Apgar score").
const MEDICAL_NOUNS: &[&str] = &[
    "anomaly",
    "aphasia",
    "area",
    "bodies",
    "body",
    "boot",
    "breathing",
    "cast",
    "catheter",
    "cell",
    "cells",
    "chorea",
    "classification",
    "coma",
    "contracture",
    "criteria",
    "curve",
    "cyst",
    "dementia",
    "disease",
    "disorder",
    "diverticulum",
    "encephalopathy",
    "equation",
    "esophagus",
    "fistula",
    "formula",
    "fracture",
    "incision",
    "knot",
    "law",
    "line",
    "lymphoma",
    "malformation",
    "maneuver",
    "manoeuvre",
    "method",
    "nerve",
    "node",
    "nodes",
    "operation",
    "palsy",
    "phenomenon",
    "point",
    "position",
    "procedure",
    "reflex",
    "repair",
    "respiration",
    "rule",
    "rules",
    "sarcoma",
    "scale",
    "score",
    "scores",
    "sign",
    "signs",
    "splint",
    "stitch",
    "syndrome",
    "tear",
    "tears",
    "technique",
    "test",
    "tetralogy",
    "thyroiditis",
    "triad",
    "triangle",
    "tube",
    "tumor",
    "tumour",
    "ulcer",
];
/// Words after a full name that make it a performer, an author or a thing, not a patient.
const NOT_PERSON_AFTER: &[&str] = &[
    "academy",
    "act",
    "album",
    "arena",
    "ave",
    "avenue",
    "award",
    "awareness",
    "bill",
    "book",
    "bridge",
    "building",
    "center",
    "centre",
    "church",
    "clinic",
    "college",
    "concert",
    "county",
    "dental",
    "described",
    "discovered",
    "dnp",
    "do",
    "documentary",
    "elementary",
    "et",
    "facep",
    "fan",
    "fans",
    "fellowship",
    "film",
    "foundation",
    "game",
    "hall",
    "high",
    "hospital",
    "institute",
    "interview",
    "lab",
    "lake",
    "lecture",
    "library",
    "mall",
    "md",
    "memorial",
    "middle",
    "movie",
    "mph",
    "np",
    "orthopedics",
    "pa",
    "paper",
    "park",
    "parkway",
    "pediatrics",
    "pharmacy",
    "phd",
    "physical",
    "podcast",
    "posted",
    "prize",
    "pt",
    "published",
    "rd",
    "remembrance",
    "river",
    "rn",
    "road",
    "said",
    "says",
    "school",
    "show",
    "showed",
    "song",
    "songs",
    "st",
    "stadium",
    "street",
    "studied",
    "talk",
    "tour",
    "tweeted",
    "university",
    // "the Ferris wheel": a thing named after a person.
    "wheel",
    "wrote",
    "ymca",
];
/// Lower-case words that may start a sentence or a heading and look like names when capitalised.
const NOT_NAMES_EXTRA: &[&str] = &[
    // "Auld Lang Syne": sung every New Year's shift.
    "auld", "christ", "day", "dear", "ed", "er", "eve", "fyi", "god", "happy", "hello", "hey", "hi",
    "icu", "jesus", "lol", "lord", "mary", "me", "merry", "my", "night", "no", "ok", "okay", "omg",
    "ps", "psa", "pt", "rip", "syne", "thank", "thanks", "update", "week", "year", "yes",
];
/// Function words and sentence starters: never a name, however capitalised.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "although",
    "always",
    "an",
    "and",
    "any",
    "anyway",
    "are",
    "as",
    "asked",
    "at",
    "be",
    "because",
    "been",
    "before",
    "both",
    "but",
    "by",
    "came",
    "can't",
    "context",
    "dad",
    "did",
    "didn't",
    "do",
    "does",
    "don't",
    "down",
    "each",
    "edit",
    "even",
    "every",
    "first",
    "for",
    "from",
    "get",
    "got",
    "had",
    "has",
    "have",
    "he",
    "he's",
    "her",
    "here",
    "his",
    "how",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "just",
    "last",
    "maybe",
    "mom",
    "never",
    "new",
    "next",
    "no",
    "nope",
    "not",
    "note",
    "now",
    "of",
    "off",
    "oh",
    "ok",
    "okay",
    "old",
    "on",
    "one",
    "or",
    "our",
    "out",
    "over",
    "please",
    "really",
    "reminder",
    "said",
    "she",
    "she's",
    "since",
    "so",
    "some",
    "sorry",
    "still",
    "story",
    "taco",
    "than",
    "thanks",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "they're",
    "this",
    "those",
    "though",
    "thread",
    "three",
    "to",
    "today",
    "told",
    "tomorrow",
    "tonight",
    "too",
    "two",
    "under",
    "until",
    "up",
    "update",
    "very",
    "was",
    "we",
    "we're",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "with",
    "won't",
    "wow",
    "yep",
    "yes",
    "yesterday",
    "you",
    "your",
];
/// Words before a capitalised word that make it part of a place or institution name.
/// Month names and abbreviations: never a surname ("Houston Feb 13").
const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Credentials after a name, lowercased with the comma: a clinician, not a patient.
/// After a name, the clauses that make it a colleague's: "Carol Dufresne, who ran our PACU for
/// 27 years", "Harold Kessler, who taught general surgery".
const COLLEAGUE_CLAUSES: &[&str] = &[
    ", who built our",
    ", who directed our",
    ", who founded our",
    ", who led our",
    ", who managed our",
    ", who ran our",
    ", who started our",
    // "who taught me", not a patient's own past job ("Mr. Ichiro Tanaka, who taught judo at the
    // Y").
    ", who taught every",
    ", who taught generations",
    ", who taught half",
    ", who taught me",
    ", who taught our",
    ", who taught us",
    ", who trained every",
    ", who trained generations",
    ", who trained half",
    ", who trained me",
    ", who trained our",
    ", who trained us",
    ", who worked at our",
    ", who worked in our",
    ", who worked on our",
];

/// True when a credential ("Linda Marsh, RN") or a colleague's clause follows the name ending
/// at `end`.
fn colleague_after(text: &Text<'_>, end: usize) -> bool {
    let after = text.lower_after(end, 32);
    CREDENTIALS
        .iter()
        .chain(COLLEAGUE_CLAUSES)
        .any(|c| after.starts_with(c))
        || tenure_after(after)
}

/// "Bev Lindstrom after 41 years in our NICU", "Ray Holloway, 27 years with Station 4": a
/// tenure with the author's unit or company is a colleague's.
fn tenure_after(after: &str) -> bool {
    let rest = after
        .strip_prefix(" after ")
        .or_else(|| after.strip_prefix(", "))
        .unwrap_or("");
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && [
            " years in our ",
            " years on our ",
            " years at our ",
            " years with ",
        ]
        .iter()
        .any(|w| rest[digits..].starts_with(w))
}

const CREDENTIALS: &[&str] = &[
    ", md",
    ", rn",
    ", phd",
    ", do,",
    ", np",
    ", pa-c",
    ", lpn",
    ", cna",
    ", pharmd",
    ", crna",
    ", dnp",
    ", bsn",
    ", msn",
    ", aprn",
    ", dds",
    ", dmd",
    ", od,",
    ", rrt",
    ", emt",
    ", medic",
    ", pt, dpt",
    ", dpt",
    ", otr",
    ", slp",
    ", ccc-slp",
    ", rdn",
    ", lcsw",
    ", rph",
    ", cnm",
    ", ibclc",
    ", facs",
];

const PLACE_PREFIXES: &[&str] = &[
    "de", "del", "des", "east", "el", "fort", "ft", "glen", "la", "lake", "las", "los", "lower",
    "mount", "mt", "new", "north", "port", "saint", "san", "santa", "south", "st", "upper", "west",
];

/// A staff word ("nurse", "dr."), its plural ("nurses") or a kind of tech ("histotechs"); praise
/// words ("shoutout", "thanks") count only with `praise`.
fn is_staff_word(key: &str, praise: bool) -> bool {
    let staff = |k: &str| in_list(List::Staff, k) && (praise || !in_list(List::Praise, k));
    let key = key.trim_end_matches('.');
    staff(key)
        || key
            .strip_suffix('s')
            .is_some_and(|k| k.len() > 2 && staff(k))
        || key.ends_with("techs")
}

/// The word lists the name detector asks about per token, as bits of one lookup.
#[derive(Clone, Copy)]
#[repr(u16)]
enum List {
    Titles = 1 << 0,
    PublicTitles = 1 << 1,
    Praise = 1 << 2,
    Staff = 1 << 3,
    PersonCues = 1 << 4,
    Relatives = 1 << 5,
    MedicalNouns = 1 << 6,
    NotPersonAfter = 1 << 7,
    Months = 1 << 8,
    PlacePrefixes = 1 << 9,
    StaffJobs = 1 << 10,
}

/// A word and the [`List`]s it is in, as bits.
type ListIndex = std::collections::HashMap<&'static str, u16, BuildHasherDefault<WordHasher>>;

/// Every word of the [`List`]s and the lists it is in: one hash lookup per question, where a
/// binary search per list was a tenth of a scan.
fn list_index() -> &'static ListIndex {
    static INDEX: OnceLock<ListIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = ListIndex::default();
        for (list, words) in [
            (List::Titles, TITLES),
            (List::PublicTitles, PUBLIC_TITLES),
            (List::Praise, PRAISE),
            (List::Staff, STAFF),
            (List::PersonCues, PERSON_CUES),
            (List::Relatives, RELATIVES),
            (List::MedicalNouns, MEDICAL_NOUNS),
            (List::NotPersonAfter, NOT_PERSON_AFTER),
            (List::Months, MONTHS),
            (List::PlacePrefixes, PLACE_PREFIXES),
            (List::StaffJobs, STAFF_JOBS),
        ] {
            for &word in words {
                *index.entry(word).or_insert(0) |= list as u16;
            }
        }
        index
    })
}

/// Membership in one of the word lists above.
fn in_list(list: List, w: &str) -> bool {
    list_index()
        .get(w)
        .is_some_and(|&lists| lists & list as u16 != 0)
}

impl Name {
    /// A capitalised word that the lexicons know as a given name and that is not an ordinary
    /// word ("Linda", not "Hope").
    fn strong_first(&self, t: &Tok<'_>) -> bool {
        is_cap(t.word)
            && self.lex.first_names.contains(&t.key)
            && !self.lex.common_words.contains(&t.key)
            && !self.never(t)
    }

    /// Never a patient's name: brands, eponyms in use, month names...
    fn never(&self, t: &Tok<'_>) -> bool {
        self.never_words.contains(t.key.as_ref()) || self.lex.not_names.contains(&t.key)
    }

    /// A capitalised word that could be a surname: listed, or unknown and not an English word.
    fn surname_like(&self, t: &Tok<'_>) -> bool {
        is_cap(t.word)
            && !self.never(t)
            && (self.lex.surnames.contains(&t.key) || !self.lex.common_words.contains(&t.key))
            && !self.lex.eponyms.contains(&t.key)
            && t.key
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            // "C-section", "T-cell", "X-ray": a letter and a hyphen start a term, not a name.
            && t.key.split_once('-').is_none_or(|(head, _)| head.chars().count() != 1)
            && (self.is_name_word(t) || !t.word.chars().skip(1).any(|c| c.is_uppercase()))
    }

    /// Eponym in use: "Parkinson's", "Bell's palsy", "Guillain-Barré", "Graves'".
    fn eponym_at(&self, toks: &[Tok<'_>], i: usize) -> bool {
        let t = &toks[i];
        let parts_eponym = t.key.split('-').any(|p| {
            self.lex.eponyms.contains(p) || self.lex.eponyms.contains(p.trim_end_matches('\''))
        });
        if !parts_eponym {
            return false;
        }
        let next_medical = toks.get(i + 1).is_some_and(|n| {
            in_list(List::MedicalNouns, &n.key) || self.lex.eponyms.contains(&n.key)
        });
        let prev_eponym = i > 0 && self.lex.eponyms.contains(&toks[i - 1].key);
        t.possessive || t.key.contains('-') || next_medical || prev_eponym || !self.is_name_word(t)
    }

    fn is_name_word(&self, t: &Tok<'_>) -> bool {
        self.lex.first_names.contains(&t.key) || self.lex.surnames.contains(&t.key)
    }

    /// Context before token `i` names a clinician, colleague, speaker or praise.
    fn staff_before(&self, text: &Text<'_>, toks: &[Tok<'_>], i: usize) -> bool {
        if self.staff_word_before(text, toks, i, true) {
            return true;
        }
        let before = text.lower_before(toks[i].range.start, 60);
        [
            "thank you",
            "shout out",
            "reply to",
            "replying to",
            "ask for",
            "rsvp to",
            "reach out to",
            "paper by",
            "talk by",
            "lecture by",
            "grand rounds",
            "our own",
            // Conference talks: "Next up Harlan Krumholz on outcomes".
            "next up",
            "keynote",
        ]
        .iter()
        .any(|p| before.contains(p))
    }

    /// A staff word among the three words before token `i` in the same sentence ("Dr.",
    /// "nurse", "my PT"); praise words ("shoutout", "thanks") count only with `praise`.
    fn staff_word_before(&self, text: &Text<'_>, toks: &[Tok<'_>], i: usize, praise: bool) -> bool {
        let mut from = i;
        // Three words back, not counting the other names of a list ("To our histotechs, Priya,
        // Jerome and Tran"); eight at most.
        let mut words = 0;
        while from > 0 && words < 3 && i - from < 8 {
            let gap = &text.original()[toks[from - 1].range.end..toks[from].range.start];
            if gap.contains(['!', '?', '\n'])
                || (gap.contains('.')
                    && !is_initials(toks[from - 1].word)
                    && !in_list(List::Titles, &toks[from - 1].key)
                    && toks[from - 1].key != "dr")
            {
                break;
            }
            from -= 1;
            let listed = matches!(toks[from].key.as_ref(), "and" | "&") || is_cap(toks[from].word);
            if !listed {
                words += 1;
            }
        }
        // "my PT Joanna": therapists written in capitals are staff ("pt Linda" is a patient).
        toks[from..i]
            .iter()
            .any(|t| is_staff_word(&t.key, praise) || matches!(t.word, "PT" | "OT" | "SLP" | "RT"))
    }

    /// Context after the span `end` (token index past the name) says it is not a patient.
    fn not_person_after(&self, text: &Text<'_>, toks: &[Tok<'_>], end: usize) -> bool {
        if let Some(n) = toks.get(end) {
            if in_list(List::NotPersonAfter, &n.key) || in_list(List::MedicalNouns, &n.key) {
                return true;
            }
        }
        let after = text.lower_after(toks[end - 1].range.end, 12);
        // An author before the title of a work: "Paul Kalanithi's 'When Breath Becomes Air'".
        let work = toks[end - 1].possessive
            && after.strip_prefix(' ').is_some_and(|rest| {
                rest.starts_with(['\'', '"', '\u{2018}', '\u{201c}', '*', '_'])
            });
        // A credential after the name: a colleague ("Linda Marsh, RN, after 34 years").
        work || colleague_after(text, toks[end - 1].range.end)
    }

    /// Given names of colleagues written with a credential ("Linda Marsh, RN") or after a staff
    /// word ("our charge nurse Priya Raman"): the same first name later in the post ("Linda,
    /// enjoy the lake house", "Priya, your night crew is here") is theirs too.
    fn colleague_first_names(&self, text: &Text<'_>, toks: &[Tok<'_>]) -> Vec<String> {
        (0..toks.len())
            .filter(|&i| {
                let first = &toks[i];
                if !(is_cap(first.word) && self.lex.first_names.contains(&first.key)) {
                    return false;
                }
                let credential = toks
                    .get(i + 1)
                    .is_some_and(|last| is_cap(last.word) && colleague_after(text, last.range.end));
                if credential {
                    return true;
                }
                // Only a name right after the staff word, or in a list after it ("our
                // histotechs, Priya, Jerome and Tran"): in "the nurse told Linda", Linda is not
                // staff.
                let staff_word = |t: &Tok<'_>| is_staff_word(&t.key, true);
                toks[..i]
                    .iter()
                    .rev()
                    .find(|t| {
                        staff_word(t) || !(is_cap(t.word) || matches!(t.key.as_ref(), "and" | "&"))
                    })
                    .is_some_and(staff_word)
                    && self.staff_word_before(text, toks, i, false)
            })
            .map(|i| toks[i].key.to_string())
            .collect()
    }

    fn push(&self, out: &mut Vec<Candidate>, range: Range<usize>, full: bool, low: bool) {
        let (sev, reason) = if low {
            (
                Severity::Low,
                "This name may not be a patient's, but it identifies one if the post is about their care.",
            )
        } else if full {
            (
                Severity::High,
                "A full name identifies a person on its own.",
            )
        } else {
            (
                Severity::Medium,
                "A first name or initial can identify a patient to people who know them.",
            )
        };
        out.push(
            Candidate::new(range, Category::Name, sev, reason)
                .suggest("my patient")
                .suggest("the patient")
                .with_confidence(if full { 85 } else { 70 }),
        );
    }
}

impl Detector for Name {
    fn name(&self) -> &'static str {
        "name"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let toks = text.tokens();
        let first_new = out.len();
        let mut i = 0;
        while i < toks.len() {
            let used = self.detect_at(text, &toks, i, out);
            i += used.max(1);
        }
        self.handles(text, out);
        self.census_names(text, &toks, out);
        self.family_names(text, &toks, out);
        self.aged_names(text, &toks, out);
        let colleagues = self.colleague_first_names(text, &toks);
        if !colleagues.is_empty() {
            retain_from(out, first_new, |c| {
                // "our flight nurse Jenna Marquez ... Jenna's holiday socks": possessive too.
                let key = text.slice(c.range.clone()).to_lowercase();
                let key = key
                    .strip_suffix("'s")
                    .or_else(|| key.strip_suffix("\u{2019}s"))
                    .unwrap_or(&key);
                !colleagues.iter().any(|n| n == key)
            });
        }
        let not_patients = self.drop_known_non_patients(text, &toks, out, first_new);
        // Every mention of a colleague is a colleague's: "Carl from EVS singing ... Carl you are
        // a gem".
        if !not_patients.is_empty() {
            retain_from(out, first_new, |c| {
                let key = text.lower()[c.range.clone()].trim_end_matches("'s");
                !not_patients.iter().any(|n| n == key)
            });
        }
        self.demote(text, &toks, &mut out[first_new..]);
        self.repeated_mentions(&toks, out, first_new);
        // A name inside a longer one found by another pattern ("Ana" in "'Castillo, Ana'") is
        // the same finding.
        let ranges: Vec<_> = out[first_new..].iter().map(|c| c.range.clone()).collect();
        retain_from(out, first_new, |c| {
            let r = &c.range;
            !ranges
                .iter()
                .any(|o| o.start <= r.start && r.end <= o.end && o.len() > r.len())
        });
    }
}

/// Keeps the candidates from `from` on that `keep` accepts, in order (the ones before are
/// other detectors').
fn retain_from(out: &mut Vec<Candidate>, from: usize, keep: impl FnMut(&Candidate) -> bool) {
    let mine = out.split_off(from);
    out.extend(mine.into_iter().filter(keep));
}

impl Name {
    /// Every later or earlier mention of a name already found, by one of its words: "Mr. Harold
    /// Jenkins died this morning ... Thank you for letting me be your nurse, Harold", "CALL WALT
    /// ... Walt, we've got it". The context that made the first mention a name holds for the
    /// rest of the post. Only capitalised or all-caps words, and not words that are also
    /// everyday English ("Hope"), titles or initials.
    fn repeated_mentions(&self, toks: &[Tok<'_>], out: &mut Vec<Candidate>, first_new: usize) {
        let found_end = out.len();
        if found_end == first_new {
            return;
        }
        let mut keys: Vec<(&str, usize)> = Vec::new();
        for (k, c) in out[first_new..].iter().enumerate() {
            for t in toks
                .iter()
                .filter(|t| c.range.start <= t.range.start && t.range.end <= c.range.end)
            {
                if t.key.len() >= 3
                    && t.key.chars().all(char::is_alphabetic)
                    && !in_list(List::Titles, &t.key)
                    && !self.lex.common_words.contains(&t.key)
                    && !self.never(t)
                {
                    keys.push((t.key.as_ref(), first_new + k));
                }
            }
        }
        for t in toks {
            let Some(&(_, k)) = keys.iter().find(|(key, _)| *key == t.key.as_ref()) else {
                continue;
            };
            let shouted = t.word.len() >= 3 && t.word.chars().all(|c| c.is_uppercase());
            let inside = out[first_new..found_end]
                .iter()
                .any(|c| c.range.start < t.range.end && t.range.start < c.range.end);
            let thing = toks
                .iter()
                .find(|n| n.range.start >= t.range.end)
                .is_some_and(|n| in_list(List::NotPersonAfter, &n.key));
            if (is_cap(t.word) || shouted) && !inside && !thing {
                let mut again = out[k].clone();
                again.range = t.range.clone();
                out.push(again);
            }
        }
    }

    /// Drops a name that is part of a listed non-patient with the word before or after it
    /// ("Magic Johnson": "Magic" is an everyday word, so only "Johnson" was taken as a name), or
    /// a colleague's; returns the dropped names' words, lowercase.
    fn drop_known_non_patients(
        &self,
        text: &Text<'_>,
        toks: &[Tok<'_>],
        out: &mut Vec<Candidate>,
        first_new: usize,
    ) -> Vec<String> {
        let mut dropped = Vec::new();
        let mut k = first_new;
        while k < out.len() {
            let range = out[k].range.clone();
            let at = toks.partition_point(|t| t.range.start < range.start);
            let end = toks.partition_point(|t| t.range.end <= range.end);
            let key = |from: usize, to: usize| {
                toks[from..to]
                    .iter()
                    .map(|t| t.key.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            // Up to two words either side ("Karen Ann Quinlan" from "Karen").
            let listed = at < end
                && (0..=2).any(|b| {
                    (0..=2).any(|a| {
                        (a + b > 0)
                            && at >= b
                            && end + a <= toks.len()
                            && self.lex.not_names.contains(&key(at - b, end + a))
                    })
                });
            // "Brenda from admin", "Ms. Pearl in environmental services": a colleague from a
            // department; "Carla Jimenez was a charge nurse": a colleague by her job.
            let after = text.lower_after(range.end, 40);
            let department = DEPARTMENTS.iter().any(|d| {
                [" from ", " in "]
                    .iter()
                    .find_map(|p| after.strip_prefix(p))
                    .and_then(|rest| rest.strip_prefix(d))
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            });
            // Not with a courtesy title: "Mrs. K was a nurse in Korea" is a patient's past.
            let titled = text
                .slice(range.clone())
                .split([' ', '.'])
                .next()
                .is_some_and(|w| in_list(List::Titles, &w.to_lowercase()));
            let job_within = |prefixes: &[&str], words: usize| {
                prefixes
                    .iter()
                    .find_map(|p| after.strip_prefix(p))
                    .is_some_and(|rest| {
                        rest.split(|c: char| !c.is_alphanumeric())
                            .take(words)
                            .any(|w| {
                                in_list(List::StaffJobs, w)
                                    || w.strip_suffix('s')
                                        .is_some_and(|w| in_list(List::StaffJobs, w))
                            })
                    })
            };
            // "Tasha Greenlee, one of the best triage nurses I have ever worked beside".
            let job = !titled
                && (job_within(
                    &[
                        " was a ",
                        " is a ",
                        " was our ",
                        " is our ",
                        ", our ",
                        ", a ",
                    ],
                    3,
                ) || job_within(&[", one of the ", ", one of our ", ", one of my "], 5));
            let department = department || job;
            if listed || department {
                dropped.extend(toks[at..end].iter().map(|t| t.key.to_string()));
                out.remove(k);
            } else {
                k += 1;
            }
        }
        dropped
    }
}

/// Phrases that speak to someone who may read the post ("@jaxx if ur reading this").
const READING_THIS: &[&str] = &[
    "if you're reading this",
    "if ur reading this",
    "if you are reading this",
    "if you see this",
    "if u see this",
];

/// Departments a colleague is "from" ("Brenda from admin").
const DEPARTMENTS: &[&str] = &[
    "admin",
    "administration",
    "hr",
    "management",
    "scheduling",
    "staffing",
    "billing",
    "risk",
    "compliance",
    "quality",
    "corporate",
    "it",
    "pharmacy",
    "registration",
    "case management",
    "infection control",
    "the c-suite",
    "environmental services",
    "evs",
    "housekeeping",
    "dietary",
    "nutrition services",
    "security",
];

/// Jobs that make a named person a colleague when the post says they were one ("was a charge
/// nurse"). Sorted.
const STAFF_JOBS: &[&str] = &[
    "aide",
    "cna",
    "doctor",
    "emt",
    "lpn",
    "medic",
    "midwife",
    "nurse",
    "paramedic",
    "pharmacist",
    "physician",
    "rn",
    "secretary",
    "surgeon",
    "tech",
    "technician",
    "therapist",
];

/// Posts about a simulation mannequin: its "name" is nobody's.
const SIM_CUES: &[&str] = &[
    "manikin",
    "mannequin",
    "sim lab",
    "simman",
    "simulation lab",
];
/// Posts praising staff.
const PRAISE_CUES: &[&str] = &[
    "'s last shift",
    "appreciation",
    "congrats",
    "congratulat",
    "employee of the month",
    "grateful for",
    "kudos",
    "nurses week",
    "people like",
    "precepted",
    "retire",
    "shout out",
    "shoutout",
    "thank you to",
    "thanks to",
    "trained every",
    "unsung",
    "week!",
    "welcome",
];
/// Non-patient roles a praise post is about.
const STAFF_ROLES: &[&str] = &[
    "charge nurse",
    "co-worker",
    "colleague",
    "coworker",
    "custodian",
    "housekeeper",
    "housekeeping",
    "janitor",
    "our nurses",
    "phlebotomist",
    "receptionist",
    "secretary",
    "tech ",
    "techs",
    "transporter",
    "unit clerk",
    "volunteer",
];

/// Listed non-names of two or three words that are no public figure or famous case: "our John
/// Doe" is a patient, "Good Sam" a hospital.
const NOT_FAMOUS_PEOPLE: &[&str] = &[
    "auld lang syne",
    "good sam",
    "jane doe",
    "john doe",
    "john hopkins",
    "johns hopkins",
    "santa claus",
    // An operation's name: "getting his Tommy John with our team Thursday".
    "tommy john",
];

/// True when the post names a public figure or a famous case from the lexicon ("Henrietta
/// Lacks", "jimmy carter", "Damar Hamlin"): their ages, dates and families are public history.
pub(crate) fn names_a_famous_person(text: &Text<'_>) -> bool {
    let lex = lexicons();
    let toks = text.tokens();
    (0..toks.len()).any(|i| {
        // Cheap gate: the first word of some listed multi-word entry ("henry", "typhoid").
        if !lex.not_names.has_multiword_prefix(&toks[i].key) {
            return false;
        }
        (2..=3).any(|n| {
            toks.get(i..i + n).is_some_and(|words| {
                let joined = words
                    .iter()
                    .map(|t| t.key.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ");
                lex.not_names.contains(&joined) && !NOT_FAMOUS_PEOPLE.contains(&joined.as_str())
            })
        })
    })
}

/// True for a name written with a courtesy title ("Mrs. Delgado", "Mr D", "Miss Bev"): how
/// staff speak of patients, not of their colleagues or their own family.
pub(crate) fn is_courtesy_titled(name: &str) -> bool {
    let first = name
        .split(|c: char| c.is_whitespace() || c == '.')
        .next()
        .unwrap_or("");
    ["mr", "mrs", "ms", "miss", "mx"]
        .iter()
        .any(|t| first.eq_ignore_ascii_case(t))
}

impl Name {
    /// Turns first-name findings into Low ("maybe not a patient's") when the post is about a
    /// simulation mannequin, praises staff without a patient in sight, names the author's own
    /// relative ("my aunt ... Aunt Rosie"), or announces an expected baby ("Baby Morales is due").
    fn demote(&self, text: &Text<'_>, toks: &[Tok<'_>], found: &mut [Candidate]) {
        if found.is_empty() {
            return;
        }
        let lower = text.lower();
        let sim = SIM_CUES.iter().any(|c| lower.contains(c));
        let patient = ["patient", "pt ", "pt's", "my pt", "admitted", "discharged"]
            .iter()
            .any(|c| lower.contains(c));
        let praise_words = PRAISE_CUES.iter().any(|c| lower.contains(c));
        let staff_roles = STAFF_ROLES.iter().any(|c| lower.contains(c));
        let praise = !patient && (praise_words || staff_roles);
        for c in found.iter_mut() {
            // Colleagues are thanked by first name or "Dr.": a courtesy title ("Shoutout to Mrs.
            // Okonkwo who walks to our clinic", "Welcome, Mr. Pasquale!") is a patient's, unless
            // the post praises someone in a staff role ("Ms. Teodora, in chair 7 ... three techs
            // cried" praises no one).
            let courtesy = is_courtesy_titled(text.slice(c.range.clone()));
            let praise = praise && (!courtesy || (staff_roles && praise_words));
            // A full name in a praise post is a colleague too ("Bev Kowalski's last shift"), but
            // not in a post that merely mentions staff ("our unit secretary ... attn Daniel
            // Ochoa").
            if c.severity == Severity::Low
                || (c.severity == Severity::High && !(praise && praise_words))
            {
                continue;
            }
            let k = toks.partition_point(|t| t.range.start < c.range.start);
            let idx = (k < toks.len()).then_some(k);
            let prev = idx
                .and_then(|k| k.checked_sub(1))
                .map(|k| toks[k].key.as_ref())
                .unwrap_or("");
            // A kin title written as part of the name, with no one else's possessive before it
            // ("No, Uncle Ray, I will not look at your rash"): the author's own relative.
            let kin_title = idx.and_then(|k| k.checked_sub(1)).is_some_and(|k| {
                is_cap(toks[k].word)
                    && matches!(
                        prev,
                        "uncle"
                            | "aunt"
                            | "auntie"
                            | "cousin"
                            | "grandma"
                            | "grandpa"
                            | "nana"
                            | "papa"
                    )
                    && !k.checked_sub(1).is_some_and(|b| {
                        matches!(
                            toks[b].key.as_ref(),
                            "a" | "her" | "his" | "pt's" | "the" | "their" | "your"
                        )
                    })
            });
            let own_relative = kin_title
                || in_list(List::Relatives, prev)
                    && !matches!(prev, "room" | "bed" | "chart" | "nurse")
                    && (lower.contains(&format!("my {prev}"))
                        || lower.contains(&format!("our {prev}")));
            let after = text.lower_after(c.range.end, 12);
            let expected = text.lower()[c.range.clone()].starts_with("baby ")
                && (after.starts_with(" is due") || after.starts_with(" due"));
            if sim || praise || own_relative || expected {
                c.severity = Severity::Low;
                c.reason = "This name may not be a patient's, but it identifies one if the post is about their care.".into();
            }
        }
    }
}

impl Name {
    /// Tries the patterns at token `i`; returns how many tokens were consumed.
    fn detect_at(
        &self,
        text: &Text<'_>,
        toks: &[Tok<'_>],
        i: usize,
        out: &mut Vec<Candidate>,
    ) -> usize {
        let t = &toks[i];
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let prev_key = prev.map(|p| p.key.trim_end_matches('.')).unwrap_or("");
        // Fast path: most words are lower-case and only count as names right after "pt",
        // "patient" or "named" ("pt linda"), or when they are a title ("mr").
        if !t.word.starts_with(char::is_uppercase)
            && !matches!(prev_key, "pt" | "patient" | "named")
            && !in_list(List::Titles, t.key.trim_end_matches('.'))
        {
            // "linda in bed 7 keeps pressing the call light": a given name typed in lowercase
            // is still a person when the words after it put them in a numbered bed or room.
            if self.lex.first_names.contains(&t.key)
                && !self.lex.common_words.contains(&t.key)
                && !self.never(t)
                && t.word.chars().all(char::is_lowercase)
                && Self::placed_in_bed_after(text.lower_after(t.range.end, 24))
            {
                self.push(out, t.range.clone(), false, false);
            }
            return 1;
        }
        // "Proud to work at Grady": an employer, not a person.
        if prev_key == "at"
            && i >= 2
            && matches!(
                toks[i - 2].key.as_ref(),
                "work" | "works" | "working" | "worked" | "job" | "shift" | "shifts" | "rotation"
            )
        {
            return 1;
        }
        // "Carl from EVS singing Whitney at full volume": a singer after a music verb.
        if matches!(
            prev_key,
            "singing" | "sang" | "sings" | "humming" | "hummed" | "blasting" | "belting"
        ) || (matches!(prev_key, "to")
            && i >= 2
            && matches!(
                toks[i - 2].key.as_ref(),
                "listening" | "listened" | "jamming" | "jammed" | "dancing" | "danced"
            ))
        {
            return 1;
        }
        // "Cake from Lupita's, obviously", "dinner at Mario's.": a possessive that ends the phrase
        // after "from" or "at" is a shop or restaurant ("from Linda's daughter" is a person).
        if t.possessive
            && matches!(prev_key, "from" | "at")
            && text.original()[t.range.end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | ')' | '\n'))
        {
            return 1;
        }
        // "before Jan 1", "May 3rd": a month with its day, not a name.
        if in_list(List::Months, t.key.trim_end_matches('.'))
            && toks
                .get(i + 1)
                .is_some_and(|n| n.word.starts_with(|c: char| c.is_ascii_digit()))
        {
            return 1;
        }
        let sentence_start = i == 0
            || text.original()[prev.map_or(0, |p| p.range.end)..t.range.start]
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“'))
            || prev.is_some_and(|p| p.word.ends_with('.') && !is_initials(p.word));
        // "Page us.", "Call me": a sentence-opening verb with its object, not a name.
        if sentence_start
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.key.as_ref(), "us" | "me"))
        {
            return 1;
        }

        // 1. Title + name: "Mrs. Delgado", "Mr. W", "Ms. Betty Okafor", "Baby Josiah".
        let title_word = t.key.trim_end_matches('.');
        // Lowercase "miss" is mostly the verb ("miss you guys"), unless a listed given name
        // follows and the person is placed in a bed, even a name that is also a word
        // ("shoutout to miss ethel in bed 9").
        let placed_miss = title_word == "miss"
            && toks.get(i + 1).is_some_and(|n| {
                self.lex.first_names.contains(&n.key)
                    && Self::placed_in_bed_after(text.lower_after(n.range.end, 24))
            });
        let is_title = in_list(List::Titles, title_word)
            && (is_cap(t.word) || title_word.len() <= 3 || placed_miss);
        let is_public = in_list(List::PublicTitles, title_word) && is_cap(t.word);
        // Staff thank patients by courtesy title ("Shoutout to Miss Bev in 3B") and colleagues by
        // name or "Dr.": for a courtesy title only a staff word right before counts.
        let courtesy = matches!(title_word, "mr" | "mrs" | "ms" | "miss" | "mx");
        let staff = if courtesy {
            // Right before: "our interpreter Mrs. Lee", not "an interpreter call for Mr. Haile"
            // or "Night team: Mrs. Dlamini's son".
            i > 0
                && is_staff_word(&toks[i - 1].key, false)
                && &text.original()[toks[i - 1].range.end..t.range.start] == " "
        } else {
            self.staff_before(text, toks, i)
        };
        if (is_title || is_public) && !staff {
            let mut j = i + 1;
            let mut parts = 0;
            while let Some(n) = toks.get(j) {
                let gap = &text.original()[toks[j - 1].range.end..n.range.start];
                // A period after the title only for an abbreviation ("Mr. D", "Gov. Ames"), not
                // a sentence end ("(We are, Grandma. Mostly.)").
                let abbreviation = matches!(
                    title_word,
                    "mr" | "mrs"
                        | "ms"
                        | "mx"
                        | "sr"
                        | "sra"
                        | "srta"
                        | "gov"
                        | "sen"
                        | "rep"
                        | "sgt"
                        | "lt"
                        | "capt"
                        | "cpt"
                        | "fr"
                        | "rev"
                        | "col"
                        | "gen"
                        | "det"
                        | "ofc"
                );
                if !(gap == " " || (j == i + 1 && abbreviation && (gap == ". " || gap == "."))) {
                    break;
                }
                let initial = is_initials(n.word);
                // Typed all in lowercase ("mr kowalczyk i will never forget you"): a listed
                // surname or given name that is not also an everyday word.
                // ... or one letter after the title's period ("mrs. o in 22").
                let lowercase_name = j == i + 1
                    && matches!(
                        title_word,
                        "mr" | "mrs" | "ms" | "miss" | "don" | "sr" | "sra"
                    )
                    && n.word.chars().all(char::is_lowercase)
                    && (self.lex.surnames.contains(&n.key)
                        || (n.word.len() == 1 && gap == ". ")
                        || self.lex.first_names.contains(&n.key))
                    && (!self.lex.common_words.contains(&n.key) || placed_miss)
                    && !self.never(n);
                if (initial
                    || lowercase_name
                    || (is_cap(n.word) && !self.never(n) && !self.eponym_at(toks, j)))
                    && parts < 3
                {
                    parts += 1;
                    j += 1;
                    if n.possessive {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "Don" / "Sister" / "Baby" as ordinary words need a capitalised name right after.
            if parts > 0 && !self.not_person_after(text, toks, j) {
                let full = parts >= 2;
                self.push(out, t.range.start..toks[j - 1].range.end, full, is_public);
                return j - i;
            }
        }

        // Nicknames: "Big Mike", "Little Tony", "Lil Jay": a known first name, unless the pair
        // is a place ("Little Rock") or a thing ("Big Ben").
        if matches!(t.key.as_ref(), "big" | "little" | "lil") && is_cap(t.word) {
            if let Some(n) = toks.get(i + 1) {
                if &text.original()[t.range.end..n.range.start] == " "
                    && is_cap(n.word)
                    && self.lex.first_names.contains(&n.key)
                    && !self.lex.places.contains(&format!("{} {}", t.key, n.key))
                    && !matches!(n.key.as_ref(), "ben" | "john" | "bertha")
                    && !self.never(n)
                {
                    self.push(out, t.range.start..n.range.end, false, false);
                    return 2;
                }
            }
        }

        // A word of a hashtag or handle, even after an underscore ("@ICU_Sam"): the handle
        // rules decide on the whole.
        let tag_start = text.original()[..t.range.start]
            .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
        let hashed = tag_start.ends_with(['#', '@']);
        // "South Dakota", "St. Jude's", but not "on 3 South. Danny is 12".
        let place_prefix = in_list(List::PlacePrefixes, prev_key)
            && (!sentence_start || matches!(prev_key, "st" | "ft" | "mt"));
        if hashed || self.never(t) || self.eponym_at(toks, i) || place_prefix {
            return 1;
        }

        // 2a. Initials in capitals without periods, placed in a bed or room: "my guy JR in rm
        // 402". Not abbreviations that are placed too ("PT in room 4", "CT in bay 2").
        if (2..=3).contains(&t.word.len())
            && t.word.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(
                t.word,
                "PT" | "OT"
                    | "RT"
                    | "RN"
                    | "MD"
                    | "NP"
                    | "PA"
                    | "DR"
                    | "ER"
                    | "ED"
                    | "OR"
                    | "ICU"
                    | "CT"
                    | "MRI"
                    | "IV"
                    | "GI"
                    | "OB"
                    | "EMS"
                    | "EMT"
                    | "CNA"
                    | "LPN"
                    | "ENT"
                    | "DOA"
                    | "GSW"
                    | "MVC"
                    | "US"
                    | "UK"
                    | "TV"
                    | "OK"
                    | "LOL"
                    | "OMG"
                    | "BP"
            )
            && (Self::placed_in_bed_after(text.lower_after(t.range.end, 24))
                // Or addressed at the opening: "JT from the feed store, if you're reading this,
                // TAKE YOUR INSULIN".
                || (i == 0 && {
                    let after = text.lower_after(t.range.end, 48);
                    READING_THIS.iter().any(|c| after.contains(c))
                }))
        {
            self.push(out, t.range.clone(), false, false);
            return 1;
        }

        // 2. Initials after a patient cue: "pt J.R.", "Patient W.T.".
        if is_initials(t.word) && t.word.contains('.') {
            // "T.W., age 7, in my office again": initials with an age are a person.
            let after = text.lower_after(t.range.end, 24);
            let age_after = [", age ", ", aged ", " (age ", ", ", " ("]
                .iter()
                .find_map(|p| after.strip_prefix(p))
                .is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_ascii_digit())
                        || after.starts_with(", age")
                        || after.starts_with(" (age")
                });
            // "Intubated D.W. from the rescue": initials a clinician cared for.
            let cared_for = matches!(
                prev_key,
                "intubated"
                    | "extubated"
                    | "treated"
                    | "admitted"
                    | "discharged"
                    | "transported"
                    | "triaged"
                    | "stitched"
                    | "splinted"
                    | "sedated"
                    | "resuscitated"
                    | "coded"
                    | "delivered"
                    | "transferred"
            );
            // "J.M. came back today to show off his cast": dotted initials doing what patients
            // do. Not an abbreviation ("the U.S. is back").
            let returned = t.word.matches('.').count() >= 2
                && !ABBREVIATIONS.contains(&t.word.trim_end_matches('.'))
                && [
                    " came ",
                    " comes ",
                    " showed ",
                    " presented ",
                    " returned ",
                    // "J.T. from our Thursday diabetes group hit an A1c of 6.4".
                    " from our ",
                    " walked ",
                    " went home",
                    " is back",
                    " was back",
                    " was discharged",
                    " was admitted",
                    " rang the bell",
                    " made it",
                    // "Shoutout to J.T. in our rehab gym": placed in the author's unit.
                    " in our ",
                    " in my ",
                ]
                .iter()
                .any(|v| after.starts_with(v));
            // "RIP J.T.": someone mourned by initials, as staff write of patients.
            let cue = matches!(prev_key, "pt" | "patient" | "initials" | "pt's" | "rip")
                || returned
                || cared_for
                || Self::placed_in_bed_after(after)
                || age_after;
            if cue {
                self.push(out, t.range.clone(), false, false);
                return 1;
            }
            // "J. Montoya": an initial before a surname-like word.
            if t.word.len() <= 3 {
                if let Some(n) = toks.get(i + 1) {
                    if self.surname_like(n)
                        && !self.staff_before(text, toks, i)
                        && !self.not_person_after(text, toks, i + 2)
                        && toks.get(i + 2).is_none_or(|x| x.key != "et")
                    {
                        self.push(out, t.range.start..n.range.end, true, false);
                        return 2;
                    }
                }
            }
            return 1;
        }

        let cap = is_cap(t.word);
        let named_before = {
            let lb = text
                .lower_before(t.range.start, 30)
                .trim_end_matches(['"', '“', ' ', '\'', '‘']);
            [
                "name is",
                "name is already",
                "nicknamed",
                "goes by",
                "we call her",
                "we call him",
            ]
            .iter()
            .any(|c| lb.ends_with(c))
        };
        let person_cue = named_before
            || in_list(List::PersonCues, prev_key)
            || (prev_key == "is" && i >= 2 && toks[i - 2].key == "name")
            // "a Navy corpsman, last name Adeyemi".
            || (prev_key == "name"
                && i >= 2
                && matches!(toks[i - 2].key.as_ref(), "last" | "first" | "maiden" | "middle"))
            || (matches!(
                prev_key,
                "her" | "him" | "them" | "it" | "baby" | "daughter" | "son"
            ) && i >= 2
                && matches!(toks[i - 2].key.as_ref(), "named" | "called" | "name"));
        // Praise words mark colleagues, but not someone placed in a bed: "shoutout to Hope in bay
        // 3, 102 today".
        let staff = self.staff_before(text, toks, i)
            && !(self.lex.first_names.contains(&t.key)
                && Self::placed_in_bed_after(text.lower_after(t.range.end, 24)));

        // 3. Full name: a listed first name and a surname-like word.
        if cap && !staff && self.lex.first_names.contains(&t.key) && !t.possessive {
            if let Some(n) = toks.get(i + 1) {
                let gap = &text.original()[t.range.end..n.range.start];
                let strong = !self.lex.common_words.contains(&t.key);
                let n_ok = self.surname_like(n)
                    && (strong || self.lex.surnames.contains(&n.key) || person_cue)
                    && gap == " "
                    && !self.eponym_at(toks, i + 1);
                let whole = format!("{} {}", t.key, n.key);
                // "Marion County", "Grace Church": a place named after a person; "Abraham Colles",
                // "Charles Bell": the namesake of an eponym; "Houston Feb 13": a date.
                if self.lex.not_names.contains(&whole)
                    || (is_cap(n.word)
                        && (in_list(List::NotPersonAfter, &n.key)
                            || self.lex.eponyms.contains(&n.key)
                            || in_list(List::Months, &n.key)))
                {
                    return 2;
                }
                if n_ok {
                    if self.lex.places.contains(&whole)
                        || self.not_person_after(text, toks, i + 2)
                        || (prev_key == "the" && !person_cue)
                        || in_list(List::PlacePrefixes, prev_key)
                    {
                        return 2;
                    }
                    self.push(out, t.range.start..n.range.end, true, false);
                    return 2;
                }
            }
        }
        if staff {
            return 1;
        }

        // 4. A word after a person cue: "named her Hope", "her mom Jen", "pt linda".
        let lower_ok = matches!(prev_key, "pt" | "patient" | "named")
            && self.lex.first_names.contains(&t.key)
            && !self.lex.common_words.contains(&t.key)
            && t.word.chars().all(|c| c.is_lowercase());
        if person_cue
            && (lower_ok
                || (named_before && cap)
                || (cap && (self.lex.first_names.contains(&t.key) || self.surname_like(t))))
            && !in_list(List::MedicalNouns, &t.key)
            && (named_before || self.lex.first_names.contains(&t.key) || !sentence_start)
            // "Infant Loss Remembrance Day": a cue word inside an event's title ("her mom Jen
            // says" is a person). "a psychiatrist named Alois Alzheimer": an eponym's namesake.
            && !toks.get(i + 1).is_some_and(|n| {
                is_cap(n.word)
                    && (in_list(List::NotPersonAfter, &n.key) || self.lex.eponyms.contains(&n.key))
            })
        {
            // The author's own family ("my son Eli", "our daughter") is theirs to share.
            let own = i >= 2
                && matches!(toks[i - 2].key.as_ref(), "my" | "our")
                && in_list(List::Relatives, prev_key);
            self.push(out, t.range.clone(), false, own);
            return 1;
        }

        if !cap || !self.lex.first_names.contains(&t.key) {
            // 5b. "the Hendersons": a family by surname.
            if cap && prev_key == "the" && t.key.ends_with('s') && t.key.len() > 4 {
                let stem = &t.key[..t.key.len() - 1];
                // Not a surname that itself ends in "s" ("the Ferris wheel").
                if self.lex.surnames.contains(stem)
                    && !self.lex.surnames.contains(&t.key)
                    && !self.lex.common_words.contains(stem)
                    && !self.lex.common_words.contains(&t.key)
                    && !self.never(t)
                {
                    self.push(out, t.range.clone(), false, false);
                }
            }
            return 1;
        }

        // 5. A lone first name. Ordinary words ("Grace", "Will") need the possessive-relative or
        // ", 34," cues; names that are not words ("Linda") stand alone, unless the sentence
        // starts with them and they are also a place ("Dallas").
        let own_family = i >= 2
            && matches!(toks[i - 2].key.as_ref(), "my" | "our")
            && in_list(List::PersonCues, prev_key);
        if own_family {
            return 1;
        }
        let possessive_rel = t.possessive
            && toks
                .get(i + 1)
                .is_some_and(|n| in_list(List::Relatives, &n.key));
        let age_after = {
            let after = text.lower_after(t.range.end, 8);
            after.starts_with(", ") && after[2..].starts_with(|c: char| c.is_ascii_digit())
        };
        let is_place = self.lex.places.contains(&t.key);
        let place_cue = matches!(prev_key, "in" | "from" | "near" | "outside" | "around")
            || (prev_key == "to"
                && i >= 2
                && matches!(
                    toks[i - 2].key.as_ref(),
                    "moved"
                        | "move"
                        | "moving"
                        | "drove"
                        | "drive"
                        | "driving"
                        | "went"
                        | "go"
                        | "going"
                        | "flew"
                        | "fly"
                        | "headed"
                        | "heading"
                        | "relocated"
                        | "trip"
                        | "back"
                        | "road"
                        | "welcome"
                        | "way"
                ));
        let lone = self.strong_first(t)
            && !(is_place && (place_cue || sentence_start))
            && prev_key != "the"
            // "per Barry's The Great Influenza": a source cited.
            && prev_key != "per"
            && toks
                .get(i + 1)
                .is_none_or(|n| !in_list(List::NotPersonAfter, &n.key));
        let after = text.lower_after(t.range.end, 48);
        // "Gladys (you know who you are, ...)": a person spoken to.
        let addressed = [" (you ", ", you ", " (if you ", ", if you "]
            .iter()
            .any(|p| after.starts_with(p));
        let clinical_status = Self::clinical_status_after(after)
            || Self::placed_in_bed_after(after)
            || Self::patient_appositive_after(after)
            || (matches!(
                prev_key,
                "told" | "tell" | "telling" | "showed" | "gave" | "called" | "updated"
            ) && Self::own_results_after(after))
            || addressed;
        if possessive_rel || age_after || lone || clinical_status {
            self.push(out, t.range.clone(), false, false);
        }
        1
    }

    /// True when the words after a name give a patient's clinical status ("Grace is finally off
    /// the vent", "Will was extubated"): a name that is also a word ("Grace", "Will") is then a person.
    fn clinical_status_after(after: &str) -> bool {
        const VERBS: &[&str] = &[" is ", " was ", " has been ", " got ", "'s "];
        const ADVERBS: &[&str] = &["finally ", "now ", "still ", "just ", "already ", "being "];
        const STATUS: &[&str] = &[
            "off the vent",
            "on the vent",
            "extubated",
            "intubated",
            "discharged",
            "admitted",
            "out of surgery",
            "in surgery",
            "off pressors",
            "off oxygen",
            "off o2",
            "on comfort care",
            "in hospice",
            "transferred",
            "coding",
            "awake",
            "in the picu",
            "in the nicu",
            "in the icu",
        ];
        let Some(rest) = VERBS.iter().find_map(|v| after.strip_prefix(v)) else {
            return false;
        };
        let rest = ADVERBS
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        STATUS.iter().any(|s| rest.starts_with(s))
    }

    /// True when a bracket or comma after a name calls them the author's patient ("Hope (my
    /// sweet little pt w/ leukemia)", "Will, my patient from last year,"): a name that is also a
    /// word is then a person.
    fn patient_appositive_after(after: &str) -> bool {
        let Some(rest) = [" (my ", ", my ", " (our ", ", our ", " - my "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
        else {
            return false;
        };
        let aside = rest.split([')', ',', '.']).next().unwrap_or("");
        aside
            .split(' ')
            .take(4)
            .any(|w| matches!(w, "pt" | "patient"))
    }

    /// True when the words after a name are that person's own results ("Told Mark his biopsy
    /// came back benign"): after "told", "showed" and the like, the name is the patient told.
    fn own_results_after(after: &str) -> bool {
        let Some(rest) = [" his ", " her ", " their "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
        else {
            return false;
        };
        [
            "biopsy",
            "scan",
            "results",
            "labs",
            "diagnosis",
            "mri",
            "ct",
            "pathology",
            "path ",
            "x-ray",
            "xray",
            "echo",
            "ekg",
            "prognosis",
            "tumor",
            "cancer",
            "test results",
            "pet scan",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    }

    /// True when the words after a name place the person in a numbered bed, bay or room ("Bill
    /// from bed 7", "Mark in room 5"): only patients are placed that way, so a name that is
    /// also a word is a person.
    fn placed_in_bed_after(after: &str) -> bool {
        let Some(rest) = [" in ", " from ", " (", ", "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
        else {
            return false;
        };
        let Some(rest) = ["bed ", "bay ", "room ", "rm ", "rm. ", "pod ", "cubicle "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            return false;
        };
        rest.trim_start_matches('#')
            .starts_with(|c: char| c.is_ascii_digit())
    }

    /// A name in a chart's "Surname, Given" form, quoted or bracketed as copied from a census or
    /// bed board: "'Castillo, Ana'", "(Hollis, R)". Unquoted, the form is too often a list
    /// ("Austin, Tyler and I") or a citation.
    fn census_names(&self, text: &Text<'_>, toks: &[Tok<'_>], out: &mut Vec<Candidate>) {
        let s = text.original();
        for (i, t) in toks.iter().enumerate() {
            let opened = text
                .char_before(t.range.start)
                .is_some_and(|c| matches!(c, '\'' | '"' | '“' | '‘' | '(' | '['));
            let Some(given) = toks.get(i + 1) else {
                break;
            };
            if !opened
                || !is_cap(t.word)
                || t.possessive
                || &s[t.range.end..given.range.start] != ", "
                || !self.lex.surnames.contains(&t.key)
                || self.lex.common_words.contains(&t.key)
                || self.never(t)
            {
                continue;
            }
            // "(Jackson, Georgia)": a town and its state.
            if self.lex.places.contains(&t.key)
                && crate::detectors::location::US_STATES.contains(&given.key.as_ref())
            {
                continue;
            }
            let initial = is_initials(given.word) && given.word.trim_end_matches('.').len() == 1;
            if initial || (is_cap(given.word) && self.lex.first_names.contains(&given.key)) {
                self.push(out, t.range.start..given.range.end, true, false);
            }
        }
    }

    /// A capitalised word given an age, which only people have: "Rami, 34, came to our burn
    /// center", "Gabe was 13.", "Keanu (34)". Not an everyday word, a place, a month or a listed
    /// non-name, nor a list ("Lisinopril, 10, and then 20"). The age detector's `named_ages`
    /// reads the same shapes the other way round: there the name must be listed and more may
    /// follow the number ("Kayla is 26 now"); here any name-like word counts, so the number
    /// must close the phrase.
    fn aged_names(&self, text: &Text<'_>, toks: &[Tok<'_>], out: &mut Vec<Candidate>) {
        let lower = text.lower();
        for t in toks {
            if !is_cap(t.word) || t.possessive || t.word.len() < 3 {
                continue;
            }
            let after = &lower[t.range.end..];
            let rest = [", ", " (", " was ", " is "]
                .iter()
                .find_map(|link| after.strip_prefix(link).map(|r| (*link, r)));
            let Some((link, rest)) = rest else {
                continue;
            };
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let closing = &rest[digits..];
            let closes = match link {
                // Not a list: "Lisinopril, 10, and then 20".
                ", " => {
                    closing.starts_with(", ")
                        && !closing[2..].starts_with(|c: char| c.is_ascii_digit())
                        && !["and ", "or ", "then ", "to "]
                            .iter()
                            .any(|w| closing[2..].starts_with(w))
                }
                " (" => closing.starts_with([')', ',']),
                _ => {
                    closing.starts_with(['.', '!', ','])
                        && !closing[1..].starts_with(|c: char| c.is_ascii_digit())
                }
            };
            let age: u32 = rest[..digits].parse().unwrap_or(0);
            if !(1..=3).contains(&digits) || !closes || !(1..=110).contains(&age) {
                continue;
            }
            if self.lex.common_words.contains(&t.key)
                || self.lex.places.contains(&t.key)
                || self.never(t)
                || in_list(List::Months, &t.key)
                || in_list(List::Staff, &t.key)
                || in_list(List::Relatives, &t.key)
                || crate::detectors::location::US_STATES.contains(&t.key.as_ref())
            {
                continue;
            }
            self.push(out, t.range.clone(), false, false);
        }
    }

    /// A family named by its surname in a post about care: "To the Haddad family in room 302",
    /// "the Nguyen family brought food for the unit". Without care in the post, "dinner with the
    /// Patel family" is the author's own life.
    fn family_names(&self, text: &Text<'_>, toks: &[Tok<'_>], out: &mut Vec<Candidate>) {
        // Care given, not only a day: "Dinner with the Patel family tonight" is the author's
        // evening. Checked once, on the first family word.
        let mut care: Option<bool> = None;
        for (k, w) in toks.windows(2).enumerate() {
            let [surname, family] = w else {
                continue;
            };
            // "the Wojcik family", or a family spoken to at a sentence start ("Hayes family
            // we'll miss you").
            let the = k > 0 && toks[k - 1].key == "the";
            let opens = k == 0
                || text.original()[toks[k - 1].range.end..surname.range.start]
                    .contains(['.', '!', '?', '\n', ':']);
            if !(the || opens)
                || !matches!(
                    family.key.as_ref(),
                    "family"
                        | "families"
                        | "kids"
                        | "boys"
                        | "girls"
                        | "twins"
                        | "triplets"
                        | "quads"
                        | "quadruplets"
                        | "quints"
                        | "babies"
                )
                || !is_cap(surname.word)
                || surname.possessive
                // A listed surname, or a hyphenated one with a listed part ("Al-Hassan").
                || !(self.lex.surnames.contains(&surname.key)
                    || (surname.key.contains('-')
                        && surname
                            .key
                            .split('-')
                            .any(|p| p.len() > 2 && self.lex.surnames.contains(p))))
                || self.lex.common_words.contains(&surname.key)
                || self.never(surname)
            {
                continue;
            }
            let after = text.lower_after(family.range.end, 16);
            let care = *care.get_or_insert_with(|| {
                let lower = text.lower();
                crate::detectors::context::has_clinical_encounter(lower)
                    || [
                        "nicu",
                        "picu",
                        "icu",
                        "surgery",
                        "transplant",
                        "our unit",
                        "our floor",
                    ]
                    .iter()
                    .any(|w| lower.contains(w))
            });
            if care || Self::placed_in_bed_after(after) {
                let start = if the {
                    toks[k - 1].range.start
                } else {
                    surname.range.start
                };
                self.push(out, start..family.range.end, false, false);
            }
        }
    }

    /// A patient's @handle: a handle built on a given name, in a post about a patient.
    fn handles(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let s = text.original();
        if !s.contains('@') {
            return;
        }
        let lower = text.lower();
        // "@jaxx_thefirefly if ur reading this", "@JakeHRunner 8 months ago you came into our
        // trauma bay": a handle spoken to in a patient post is the patient's, even when no part
        // of it is a given name.
        let addressed = READING_THIS
            .iter()
            .chain(&[
                "you came in",
                "you were brought in",
                "you rolled in",
                // "I KNOW that was you I stitched up saturday night".
                "that was you",
                "stitched you up",
                "you were my patient",
                "you were my pt",
                // "@grandpa_gus_bakes you are the best patient a home health nurse could ask for".
                "you are the best patient",
                "you're the best patient",
                "best patient a",
            ])
            .any(|c| lower.contains(c));
        let patient_post = [
            "patient",
            "pt ",
            "pt's",
            "our unit",
            "your stay",
            // "after your dad's stay", "walked back into our CCU today to say thanks".
            "'s stay",
            "walked back into",
            "came back to say",
            "discharged",
            "her name",
            "his name",
            "instagram",
            "tiktok",
            "her mom",
            "his mom",
            "picu",
            "nicu",
            "recovery story",
            "her story",
            "his story",
            "asked me to share",
            "survivor",
            "diagnosed",
            "her surgery",
            "his surgery",
            "trauma team",
            "your crash",
            "your accident",
            "glad you're home",
            "glad you are home",
            "follow up",
            "follow-up",
            "your cast",
            "your stitches",
            "your team is",
            "your care team",
            "your nurses",
            "my pt",
            "post-op",
            "hospital bed",
            "left ama",
            "psych unit",
            "group therapy",
            "my patients",
            "adolescent patients",
            // "girl i was literally your L&D nurse": the handle's owner was a patient.
            "your nurse",
            "your l&d nurse",
            "your nicu nurse",
            "your er nurse",
            "your doctor",
            "your surgeon",
            // Spoken to as a former patient.
            "you were in our",
            "you were our patient",
            // Care the handle's owner got: "you cannot tweet about skipping dialysis and then tag
            // our clinic", "saw your story about getting stitched up".
            "dialysis",
            "your chair",
            "stitched up",
            "laceration",
            "tag our clinic",
            "tag the clinic",
            "consented",
            // "@dustin_farms_ks u scared me half to death yesterday bud. 14 staples".
            "staples",
            "stitches",
            // "@kaylee_braids99 really tagged our office in her TikTok".
            "tagged our",
            "tetanus shot",
            "your cast",
            "your splint",
            "your labs",
        ]
        .iter()
        .any(|c| lower.contains(c))
            || addressed;
        if !patient_post {
            return;
        }
        for (at, _) in s.match_indices('@') {
            if at > 0
                && s[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric())
            {
                continue; // an email address
            }
            let body_end = s[at + 1..]
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '.'))
                .map_or(s.len(), |(k, _)| at + 1 + k);
            let handle = s[at + 1..body_end].trim_end_matches('.');
            if handle.len() < 3 {
                continue;
            }
            let hl = handle.to_lowercase();
            // Any part of the handle may carry the name ("@glamgranny_rosa", "@sk8rboi_jayden");
            // a later part needs four letters ("@tx_ama": three-letter parts are mostly acronyms).
            // A part may also start or end with a given name of four letters or more that is
            // not an everyday word ("@sunflowerjess_", "@bigmike_lifts").
            let glued_name = |part: &str| {
                part.is_ascii()
                    && (4..part.len().min(9)).any(|n| {
                        [&part[..n], &part[part.len() - n..]].iter().any(|w| {
                            self.lex.first_names.contains(w) && !self.lex.common_words.contains(w)
                        })
                    })
            };
            let has_given_name = hl
                .split(['_', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                .enumerate()
                .any(|(k, part)| {
                    ((k == 0 || part.len() >= 4) && self.lex.first_names.contains(part))
                        || glued_name(part)
                });
            let staffish = [
                "md", "rn", "dr", "doc", "nurse", "np", "health", "hospital", "med",
            ]
            .iter()
            .any(|w| hl.starts_with(w) || hl.ends_with(w));
            let before = text.lower_before(at, 40);
            let praise = [
                "thanks",
                "thank you",
                "shoutout",
                "shout out",
                "congrats",
                "kudos",
                "by ",
                "replying to",
                "h/t",
                "cc ",
            ]
            .iter()
            .any(|w| before.contains(w));
            // "hi @sunflowerjess_ 👋": greeted in a patient post; "If you know @x please check
            // on her", "posting clips on TikTok (@x": the person the post is about.
            let greeted = [
                "hi ",
                "hey ",
                "hello ",
                "if you know ",
                "tiktok (",
                "instagram (",
                "her account ",
                "his account ",
                "handle is ",
                // "my pt just told me to follow him @dj_krazykev": the patient's own account.
                "follow him ",
                "follow her ",
                "follow them ",
            ]
            .iter()
            .any(|g| before.ends_with(g));
            // "@jdoe_1985 was my patient last week", "my pt @x": the handle is the patient
            // the post refers to, whatever it is built on.
            let after = text.lower_after(body_end, 24);
            let referred = [
                " was my patient",
                " was my pt",
                " is my patient",
                " is my pt",
                " was our patient",
                " is our patient",
                " was a patient of mine",
                " who was my patient",
                " who was my pt",
                " who was our patient",
                " who was our pt",
                // "Shoutout to @x who I consented for his liver transplant": cared for.
                " who i consented",
                " who i treated",
                " who i stitched",
                " who i operated on",
                " who i took care of",
                " who we treated",
                " who we took care of",
                // "shoutout to @x who came into PT today": a patient returning.
                " who came in",
                " who came back",
            ]
            .iter()
            .any(|w| after.starts_with(w))
                || ["my patient ", "my pt ", "our patient "]
                    .iter()
                    .any(|w| before.ends_with(w));
            // A post about care that opens by speaking to a handle, with banter or a relative's
            // words ("@bigmike_hauls my guy you cannot tweet about skipping dialysis",
            // "@dale_mcgarrity_ your uncle Vern asked me to tell you"), speaks to the patient;
            // "@acep_news guidance for your care team" speaks to an organisation.
            let spoken_to = at == 0
                && [
                    " u ",
                    " ur ",
                    "my guy",
                    " bud",
                    "buddy",
                    " dude",
                    " bro ",
                    " girl",
                    "my man",
                    "your uncle",
                    "your aunt",
                    "your mom",
                    "your dad",
                    "your grandma",
                    "your grandpa",
                    "your brother",
                    "your sister",
                    "your husband",
                    "your wife",
                ]
                .iter()
                .any(|w| lower.contains(w));
            if (has_given_name || addressed || greeted || referred || spoken_to)
                && !staffish
                && (!praise || referred)
            {
                out.push(
                    Candidate::new(
                        at..at + 1 + handle.len(),
                        Category::Name,
                        Severity::Medium,
                        "A patient's social-media handle leads straight to them.",
                    )
                    .suggest("")
                    .with_confidence(70),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Name::new().detect(&t, &mut out);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    fn sev(s: &str) -> Vec<Severity> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Name::new().detect(&t, &mut out);
        out.iter().map(|c| c.severity).collect()
    }

    /// Lookups no longer need it (they hash), but sorted lists without duplicates are easier to
    /// review and extend.
    #[test]
    fn word_lists_are_sorted() {
        for list in [
            TITLES,
            PUBLIC_TITLES,
            STAFF,
            PERSON_CUES,
            RELATIVES,
            MEDICAL_NOUNS,
            NOT_PERSON_AFTER,
            NOT_NAMES_EXTRA,
            FUNCTION_WORDS,
            PLACE_PREFIXES,
            SIM_CUES,
            PRAISE_CUES,
            STAFF_ROLES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn tokenizer_keeps_initials_and_possessives() {
        let toks = tokenize("pt J.R. and Mr. Ochoa's wife, O'Brien-Smith.");
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            [
                "pt",
                "J.R.",
                "and",
                "Mr",
                "Ochoa's",
                "wife",
                "O'Brien-Smith"
            ]
        );
        assert!(toks[4].possessive);
        assert_eq!(toks[4].key, "ochoa");
        // A letter glued to a symbol is no initial: the period ends the sentence.
        let toks = tokenize("2,000°F. Hotter. 20 years on L&D. Things");
        assert!(toks.iter().all(|t| !t.word.ends_with('.')));
    }

    #[test]
    fn finds_full_and_first_names() {
        assert_eq!(
            found("my pt Deborah Kessler came back"),
            ["Deborah Kessler"]
        );
        assert_eq!(sev("my pt Deborah Kessler came back"), [Severity::High]);
        assert_eq!(
            found("a certain pt's aunt (you know who you are, Linda)"),
            ["Linda"]
        );
        assert_eq!(sev("you know who you are, Linda"), [Severity::Medium]);
        assert_eq!(
            found("Her name, Gladys Pruitt, in Sharpie"),
            ["Gladys Pruitt"]
        );
    }

    #[test]
    fn finds_titles_and_initials() {
        assert_eq!(found("Mrs. K was back again"), ["Mrs. K"]);
        assert_eq!(
            found("Aunty Leilani from Hoolehua brought a whole tray of butter mochi"),
            ["Aunty Leilani"]
        );
        assert_eq!(found("Mr. D's portal logins"), ["Mr. D's"]);
        assert_eq!(found("Happy birthday Ms. Ruby!!"), ["Ms. Ruby"]);
        assert_eq!(found("saw pt J.R. today"), ["J.R."]);
        assert_eq!(found("Patient W.T. in the burn unit"), ["W.T."]);
        assert_eq!(
            found("One of my patients, Mr. Eugene Bradley, is"),
            ["Mr. Eugene Bradley"]
        );
        assert_eq!(found("asking for Sra. Ortiz who"), ["Sra. Ortiz"]);
        assert_eq!(found("Doña Carmen from Pilsen"), ["Doña Carmen"]);
        assert_eq!(found("Ms. Betty Okafor"), ["Ms. Betty Okafor"]);
    }

    #[test]
    fn finds_non_anglo_and_lowercase_names_with_context() {
        assert_eq!(found("my patient Mr. Tesfaye"), ["Mr. Tesfaye"]);
        assert_eq!(found("Mrs. Al-Hassan went home"), ["Mrs. Al-Hassan"]);
        assert_eq!(found("pt linda was confused"), ["linda"]);
        assert_eq!(
            found("linda in bed 7 keeps pressing the call light"),
            ["linda"]
        );
        // Lowercase words that are also names stay words ("rose in room 5": "rose" is a verb).
        assert!(found("rose in room 5 to a standing ovation").is_empty());
        assert!(found("stayed with linda for a while").is_empty());
        assert_eq!(sev("My pt Maria told me"), [Severity::Medium]);
        assert_eq!(found("her son Okonkwo drove"), ["Okonkwo"]);
        assert_eq!(
            found("Mr. Ramírez and Mrs. Kowalczyk"),
            ["Mr. Ramírez", "Mrs. Kowalczyk"]
        );
        assert_eq!(found("Maria Nguyen was admitted"), ["Maria Nguyen"]);
    }

    #[test]
    fn word_names_need_person_context() {
        assert_eq!(found("mom named her Hope"), ["Hope"]);
        assert_eq!(
            found("our frequent flyer Dale was back again tonight"),
            ["Dale"]
        );
        assert_eq!(found("Baby's nickname is already \"Ferris\""), ["Ferris"]);
        assert_eq!(
            found("if you know the Hendersons tell them"),
            ["Hendersons"]
        );
        assert_eq!(found("Hope's mom called"), ["Hope's"]);
        assert_eq!(found("little Grace is home"), ["Grace"]);
        assert_eq!(found("Grace, 34, came in"), ["Grace"]);
        assert_eq!(found("Grace is finally off the vent!!"), ["Grace"]);
        assert_eq!(found("So glad Will was extubated today"), ["Will"]);
        assert_eq!(found("Bill from bed 7 tried to leave"), ["Bill"]);
        assert_eq!(found("shoutout to Hope in bay 3, 102 today"), ["Hope"]);
        assert_eq!(
            found("Hope (my sweet little pt w/ leukemia) rang the bell today"),
            ["Hope"]
        );
        assert_eq!(found("Told Mark his biopsy came back benign"), ["Mark"]);
        assert!(found("Hope (my favorite word) is what keeps us going").is_empty());
        assert!(
            found("Will his biopsy change management? Told Grace her shift was over").is_empty()
        );
        assert_eq!(
            found("The Al-Hassan family brought biryani for the floor after their dad's discharge today"),
            ["The Al-Hassan family"]
        );
        assert!(found("The Smith family foundation funded our new NICU wing today").is_empty());
        assert_eq!(found("shoutout to K.M. in bed 11 who"), ["K.M."]);
        assert_eq!(
            found("census (Room 7, 'Castillo, Ana', MRN"),
            ["Castillo, Ana"]
        );
        assert_eq!(found("'Hollis, R — 4471' in the hall"), ["Hollis, R"]);
        assert!(found("(Jackson, Georgia)").is_empty());
        assert!(found("Per the health dept, Marion County is up to 47 cases").is_empty());
        assert!(found(
            "we said goodbye to Linda Marsh, RN, after 34 years. Linda, enjoy the lake house"
        )
        .is_empty());
        assert_eq!(found("hearts on 3 South. Danny is 12"), ["Danny"]);
        assert!(found("update from St. Jude's: the kid").is_empty());
        assert!(found("Forever grateful to my PT Joanna at Summit PT").is_empty());
        assert_eq!(
            found("Shoutout to Miss Bev in 3B for the cookies"),
            ["Miss Bev"]
        );
        assert!(
            found("named after Abraham Colles the surgeon. Bell's palsy: Charles Bell.").is_empty()
        );
        assert!(found("our poster at CSM in Houston Feb 13!").is_empty());
        assert!(found("Carla Jimenez was a charge nurse in the ED for 28 years").is_empty());
        assert_eq!(
            found("Mrs. Kowalski was a nurse in Korea and now"),
            ["Mrs. Kowalski"]
        );
        assert!(found("Ms. Pearl in environmental services, you kept").is_empty());
        assert_eq!(
            found("vent.\n\nGladys (you know who you are, you come in every Monday)"),
            ["Gladys"]
        );
        assert_eq!(found("then Mark in room 5 asked for a beer"), ["Mark"]);
        assert!(found("Mark in pencil. Bill in full by room 5.").is_empty());
        assert!(found("Will is on the agenda. Grace is awarded").is_empty());
        assert!(found("There is hope. Grace under pressure. Will you come?").is_empty());
        assert!(
            found("Faith in the system. Mark my words. Bill the visit. Rose to the occasion.")
                .is_empty()
        );
    }

    #[test]
    fn titled_names_typed_in_lowercase() {
        assert_eq!(
            found("mr kowalczyk i will never forget you"),
            ["mr kowalczyk"]
        );
        assert!(found("i miss having weekends, miss you guys").is_empty());
        assert!(found("mr right is out there").is_empty());
        assert_eq!(found("mrs. o in 22 just asked"), ["mrs. o"]);
        assert_eq!(
            found("shoutout to miss dorothy in bed 9 who told our intern"),
            ["miss dorothy"]
        );
        assert!(found("i miss dorothy so much, she retired").is_empty());
        assert_eq!(
            found("back en el cuarto 12. don ramiro por favor"),
            ["don ramiro"]
        );
        // "a" after a title is the article, an everyday word; other single letters are
        // initials.
        assert_eq!(
            found("mr. a and ms. b are placeholders? no: i am a nurse"),
            ["ms. b"]
        );
    }

    #[test]
    fn handles_in_patient_posts() {
        assert_eq!(
            found("a patient told me today she reads my tweets. hi @sunflowerjess_ yes"),
            ["@sunflowerjess_"]
        );
        assert!(found("replying to @ScrubCapSteph: a patient of mine swallowed").is_empty());
        assert_eq!(
            found("@kaylee_rose_04 I saw your tiktok about your stay on our unit"),
            ["@kaylee_rose_04"]
        );
        assert!(found("shoutout to @EMCrit and @sarah_md for the talk").is_empty());
        assert_eq!(found("Discharged Big Mike today"), ["Big Mike"]);
        let places = found("moved to Little Rock and watched Big Ben");
        assert!(!places
            .iter()
            .any(|f| f.starts_with("Little") || f.starts_with("Big")));
        assert_eq!(
            found("Tagging @jenny_runs_far: she asked me to share her recovery story"),
            ["@jenny_runs_far"]
        );
        assert_eq!(
            found("@sk8rboi_jayden if you're reading this, stop doing kickflips in the cast"),
            ["@sk8rboi_jayden"]
        );
        assert!(found("@acep_news guidance for your care team").is_empty());
        assert_eq!(
            found("Shoutout to @jaydenruns_26 who I consented for his liver transplant"),
            ["@jaydenruns_26"]
        );
        assert_eq!(
            found("shoutout to @brodie_lifts_22 who came into PT today 8 wks post ACL recon"),
            ["@brodie_lifts_22"]
        );
        assert_eq!(
            found("@jessie_hauls my guy you cannot tweet about skipping dialysis"),
            ["@jessie_hauls"]
        );
        assert!(found("Shoutout to @jaydenruns_26 for the great talk").is_empty());
        assert_eq!(
            found("Shoutout to @gr8grammy_bev who was our pt on ortho last month"),
            ["@gr8grammy_bev"]
        );
        assert_eq!(
            found("@grandpa_gus_bakes you are the best patient a home health nurse could ask for"),
            ["@grandpa_gus_bakes"]
        );
        // A handle the patient reference is about, whatever it is built on.
        assert_eq!(
            found("@jdoe_1985 was my patient last week, so glad he's recovering"),
            ["@jdoe_1985"]
        );
        assert_eq!(
            found("so proud of my patient @tk_lifts, walking again"),
            ["@tk_lifts"]
        );
        assert!(found("@jdoe_1985 was my attending last week, best teacher").is_empty());
        assert_eq!(
            found("lol my pt just told me to follow him @dj_krazykev and rate his mixtape"),
            ["@dj_krazykev"]
        );
    }

    #[test]
    fn ignores_clinicians_authors_and_staff() {
        assert!(found("Congrats Dr. Maya Chen on the award").is_empty());
        assert!(found("Dr. Nguyen will be seeing patients").is_empty());
        assert!(found("great paper by Smith et al. on sepsis").is_empty());
        assert!(
            found("also Paul Kalanithi's 'When Breath Becomes Air' if you want to sob").is_empty()
        );
        assert!(found("read Lucy Kalanithi’s “Afterword” twice").is_empty());
        assert!(found("the Glasgow scale of Teasdale and Jennett").is_empty());
        assert!(found("When Magic Johnson announced his HIV diagnosis").is_empty());
        assert!(found("this week: Karen Ann Quinlan (1976) and Nancy Cruzan").is_empty());
        assert!(
            found("4 nurses for 32 pts is not 'a little tight,' Brenda from admin.").is_empty()
        );
        assert!(found("Brenda Milner studied him for decades").is_empty());
        assert!(found("our unit secretary Brenda runs this floor").is_empty());
        assert!(found("Thank you Sarah Jenkins, RN for the lecture").is_empty());
        assert!(found("Our ASL interpreter Dana covered 3 codes").is_empty());
        assert!(
            found("we lost our flight nurse Jenna Marquez. I still have Jenna's socks").is_empty()
        );
        // A courtesy title is a patient's unless the staff word is right before it.
        assert_eq!(
            found("a video interpreter call for Mr. Haile Gebremedhin's transplant consent"),
            ["Mr. Haile Gebremedhin's"]
        );
        assert!(found("Terri Schiavo and Karen Quinlan").is_empty());
    }

    #[test]
    fn ignores_eponyms_brands_and_famous_patients() {
        for s in [
            "Parkinson's is hard",
            "new dx of Crohn's disease",
            "classic Bell's palsy today",
            "kids with Down syndrome",
            "Hashimoto's thyroiditis",
            "Graves' disease",
            "Virchow's triad",
            "positive Murphy's sign",
            "Apgar 9 and 9",
            "Guillain-Barré after the flu",
            "a Mallory-Weiss tear",
            "Ramsay Hunt syndrome",
            "my Littmann stethoscope",
            "Ozempic and Wegovy shortages",
            "Henry Molaison (H.M.) changed memory science",
            "Phineas Gage survived",
            "Henrietta Lacks and HeLa cells",
            "Anne Miller, the first penicillin patient",
            "a 51-year-old woman named Auguste Deter at an asylum in Frankfurt",
            "Curtis Means, born at 21w1d in Alabama in 2020",
            "a German psychiatrist named Alois Alzheimer met",
        ] {
            assert!(found(s).is_empty(), "{s}: {:?}", found(s));
        }
    }

    #[test]
    fn own_family_staff_praise_and_mannequins_are_low() {
        for s in [
            "I lost my aunt to AML. This one was for you, Aunt Rosie.",
            "Shout out to the housekeeper on 4 West. Hospitals run on people like Ms. Denise",
            "Our SimMan \"Harold\" coded 4 times today. RIP Harold",
            "it's finally our turn. Baby Morales is due in March",
            "our son Eli came home from the NICU",
            "Shoutout to Jessica and Tyler on nights, best team ever",
            "Happy Nurses Week to Amanda, Chris and Jordan!",
            "Please join me in congratulating Marisol Peña, our Employee of the Month!",
        ] {
            assert!(
                sev(s).iter().all(|v| *v == Severity::Low),
                "{s}: {:?}",
                sev(s)
            );
        }
    }

    #[test]
    fn ignores_performers_places_months_and_sentence_words() {
        assert!(found("a fan at the Luke Combs show").is_empty());
        assert!(found("We moved to Dallas in May. Monday was busy.").is_empty());
        assert!(found("Happy Thanksgiving! Merry Christmas to all.").is_empty());
        // Titles of days and songs, terms starting with a letter and a hyphen, a title word
        // ending a sentence.
        assert!(found("Pregnancy & Infant Loss Remembrance Day. #NICU").is_empty());
        assert!(found("our guard playing Auld Lang Syne on his phone").is_empty());
        assert!(found("the day after her daughter's C-section, she").is_empty());
        assert!(found("(We are, Grandma. Mostly.)").is_empty());
        // A singer after a music verb; a shop by its owner's name ending the phrase.
        assert!(found("the tech was singing Whitney at full volume").is_empty());
        assert!(found("jamming to Shania in the med room").is_empty());
        assert!(found("Cake from Lupita's, obviously.").is_empty());
        assert_eq!(found("got flowers from Linda's daughter"), ["Linda's"]);
        // Public figures' reported overdose deaths.
        assert!(found("Prince. Tom Petty. Fentanyl doesn't care how famous you are.").is_empty());
    }

    #[test]
    fn colleagues_in_lists_and_with_more_credentials() {
        assert!(found(
            "Tasha Greenlee, one of the best triage nurses I have ever worked beside, was killed"
        )
        .is_empty());
        assert!(found(
            "To our histotechs, Priya, Jerome and Tran: thank you. The pineapple pizza is for Jerome."
        )
        .is_empty());
        assert!(
            found("Congrats to Bev Kaminski, PT, DPT, on retiring! Bev, we will miss you.")
                .is_empty()
        );
        assert!(
            found("Please keep Dr. Sarah Lindqvist in your thoughts. Love you, Sarah.").is_empty()
        );
        // A name after a verb is not apposed to the staff word: Linda is the patient, in both
        // mentions.
        assert_eq!(
            found("The nurse told Linda the results. Linda cried."),
            ["Linda", "Linda"]
        );
    }

    #[test]
    fn handles_of_the_person_a_patient_post_is_about() {
        assert_eq!(
            found(
                "If you know @lil_kaydee_09 please check on her, she left AMA from our psych unit"
            ),
            ["@lil_kaydee_09"]
        );
        assert_eq!(
            found("One of my adolescent patients posts our group therapy on TikTok (@sadgirl.kenz, yes)"),
            ["@sadgirl.kenz"]
        );
        assert!(found("If you know @tx_ama you know the rules").is_empty());
        assert_eq!(
            found("@tiny_tina_92 girl i was literally your L&D nurse in april"),
            ["@tiny_tina_92"]
        );
    }

    #[test]
    fn everyday_words_in_the_census_lists_need_a_cue() {
        assert!(found("I stopped. Numbers land like a verdict.").is_empty());
    }

    #[test]
    fn colleagues_named_with_their_job() {
        assert!(found(
            "Tonight we said goodbye to Bev Lindstrom after 41 years in our NICU. Bev taught me"
        )
        .is_empty());
        assert_eq!(
            found("Bev Lindstrom after 41 years of smoking"),
            ["Bev Lindstrom"]
        );
        assert!(found("Today we said goodbye to Carol Dufresne, who ran our PACU for 27 years. Enjoy the lake house, Carol.").is_empty());
        assert_eq!(
            found("we said goodbye to Carol Dufresne, who was 71"),
            ["Carol Dufresne"]
        );
    }

    #[test]
    fn initials_with_an_age() {
        assert_eq!(found("T.W., age 7, in my office again."), ["T.W."]);
        assert_eq!(found("Saw J.R. (54) in clinic"), ["J.R."]);
        assert_eq!(found("Intubated D.W. from the rescue"), ["D.W."]);
        assert_eq!(
            found("Update from last week: J.M. came back today to show off a cast"),
            ["J.M."]
        );
        assert!(found("Then the U.S. came back in the second half").is_empty());
        assert_eq!(
            found("He's a Navy corpsman, last name Adeyemi, and the email bounces"),
            ["Adeyemi"]
        );
        assert_eq!(
            found("Happy 100th to Mr. Ichiro Tanaka, who taught judo at the Y"),
            ["Mr. Ichiro Tanaka"]
        );
        assert_eq!(found("Shoutout to J.T. in our rehab gym who"), ["J.T."]);
        assert_eq!(found("RIP J.T. Three years of helping you up"), ["J.T."]);
        assert_eq!(
            found("lol @bucky_hauls_cattle I KNOW that was you I stitched up saturday night"),
            ["@bucky_hauls_cattle"]
        );
        assert_eq!(
            found("@bigmike_hauls my guy you cannot tweet about skipping dialysis and then tag our clinic"),
            ["@bigmike_hauls"]
        );
        assert_eq!(
            found("@dustin_farms_ks u scared me half to death yesterday bud. 14 staples and a tetanus shot."),
            ["@dustin_farms_ks"]
        );
        assert!(found("@CDCgov your new guidance on tetanus shots is great").is_empty());
        assert_eq!(
            found("@JakeHRunner 8 months ago you came into our trauma bay"),
            ["@JakeHRunner"]
        );
        assert!(found("Read the billing guidance before Jan 1.").is_empty());
        assert!(found("Proud to work at Grady.").is_empty());
        assert!(found("there for you too, not just the patients. Page us.").is_empty());
        // A kin title with the name: the author's own relative, unless someone else's.
        assert_eq!(
            sev("No I will not look at your rash, Uncle Ray."),
            [Severity::Low]
        );
        assert!(sev("the pt's Uncle Ray called twice").contains(&Severity::Medium));
        assert_eq!(found("shoutout to my guy JR in rm 402 who"), ["JR"]);
        assert_eq!(
            found("JT from the feed store, if you're reading this, TAKE YOUR INSULIN"),
            ["JT"]
        );
        assert!(found("ICU team, if you're reading this, thank you").is_empty());
        assert!(found("Thanks JT, if you're reading this").is_empty());
        assert!(found("the CT in bay 2 is down").is_empty());
        assert_eq!(found("shoutout to miss ethel in bed 9 who"), ["miss ethel"]);
        assert!(found("Meet at 5 p.m., 20 of us").is_empty());
    }

    #[test]
    fn colleagues_handles_and_sources_in_every_mention() {
        assert!(found(
            "the only other human in the dept is Carl from EVS singing Whitney. Carl you are a gem"
        )
        .is_empty());
        assert!(found("@ICU_Sam this thread is gold, saving it for every new resident").is_empty());
        assert!(
            found("The 1918 flu may have started in Kansas, per Barry's The Great Influenza")
                .is_empty()
        );
    }

    #[test]
    fn every_mention_of_a_name_found_once() {
        assert_eq!(
            found("Mr. Harold Jenkins died this morning. Thank you for letting me be your nurse, Harold."),
            ["Mr. Harold Jenkins", "Harold"]
        );
        assert_eq!(
            found("Case says 'IF FOUND CALL WALT'. Walt, we've got it"),
            ["Walt", "WALT"]
        );
        // Not an everyday word, and not a thing named after the person.
        assert_eq!(
            found("Baby's nickname is already \"Ferris\". Born near the Ferris wheel"),
            ["Ferris"]
        );
        assert_eq!(
            found("Grace is finally off the vent. Grace under pressure"),
            ["Grace"]
        );
    }

    #[test]
    fn names_given_an_age() {
        assert_eq!(
            found("Rami, 34, came to our burn center in March"),
            ["Rami"]
        );
        assert_eq!(
            found("We lost one of our clinic kids. Gabe was 13. He"),
            ["Gabe"]
        );
        assert!(found("Lisinopril, 10, and then 20").is_empty());
        assert!(found("Dayton, 45, is where").is_empty());
        assert!(found("March was 12.5 degrees").is_empty());
    }

    #[test]
    fn a_family_spoken_to_at_a_sentence_start() {
        assert_eq!(
            found("went home from our NICU today after 71 days!! Hayes family we'll miss you"),
            ["Hayes family"]
        );
        assert!(found("Hayes family reunion was fun").is_empty());
        assert_eq!(
            found("Delivered the Abernathy quads this morning in our NICU"),
            ["the Abernathy quads"]
        );
    }

    #[test]
    fn families_named_by_surname_in_care_posts() {
        assert_eq!(
            found("To the Haddad family in room 302:"),
            ["the Haddad family"]
        );
        assert_eq!(
            found("the Nguyen family brought food after we discharged him"),
            ["the Nguyen family"]
        );
        assert!(found("Dinner with the Patel family tonight").is_empty());
    }
}
