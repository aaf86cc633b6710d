//! The post-level risk model: from overlapping candidates to the findings worth underlining and
//! one risk level, with the reasons spelled out.
//!
//! Rules, in order (each is a line a reviewer can read, and each has its own test below):
//! 1. Organisation terms (confidence 100) are always kept and count as direct identifiers.
//! 2. Context: a post that reads as a teaching case or history ("Pop quiz: 62M...", "Fictional
//!    case", "in 1848") is not patient data unless it names a specific patient ("my pt"). A post
//!    about the author's own life ("my dad turned 90") or an organisational announcement
//!    ("clinic news", "now accepting new patients") is not patient data unless it names a
//!    specific patient, tells a memorable patient event, or puts an age or a name in a care
//!    setting. Such posts report nothing, except a paragraph of a longer post that has no such
//!    cue of its own and tells a patient's arrival or names a patient ("Proud dad moment: ...",
//!    then "we got called to the Dollar General for a woman in labor"): that paragraph is
//!    assessed alone.
//! 3. Patient evidence = a patient reference, a memorable event or a personal detail tied to a
//!    patient. A direct identifier of `Low` severity (public or organisational by its detector)
//!    counts only with patient evidence.
//! 4. An age, a date or a place alone, with no patient evidence and no care setting, is only a
//!    notice ("haloperidol 0.5 mg in an 85-year-old" is a dosing pearl; "on to fellowship in
//!    Denver" is the author's news). A care setting does not tie a place to a patient ("our
//!    hospital in Tillamook County").
//! 5. Any other direct identifier makes the post `Warn`; a high-severity one makes it `High`.
//! 6. Quasi-identifiers count in combination: three or more different kinds, at least one of
//!    them a personal detail, a memorable event or a specific patient ("my pt", "the guy in bay
//!    3": the coworkers on that shift know who), make the post `Warn`; so does a personal
//!    detail with a time or a memorable event ("a pregnant teacher ... this morning"). Four or
//!    more kinds with a memorable event make it `High`. Time and place alone say when and
//!    where, never who.
//! 7. Below `Warn`, quasi-identifiers are not underlined (a lone "tonight" is fine).
//! 8. Overlaps: keep organisation terms, then direct identifiers over quasi-identifiers, then the more severe, then the
//!    more confident, then the longer phrase.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::category::{Category, RiskLevel, Severity};
use crate::detector::Candidate;
use crate::detectors::context::{has_patient_word, kin_name_opens_post, TEACHING_FRAMING};
use crate::detectors::name::{is_courtesy_titled, names_a_famous_person};
use crate::detectors::patient_reference::STRONG;
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

/// Number of distinct quasi-identifier kinds that together make a post risky (rule 6).
pub const QUASI_KINDS_FOR_WARN: usize = 3;
/// Number of distinct quasi-identifier kinds, one a memorable event, that make a post high risk.
pub const QUASI_KINDS_FOR_HIGH: usize = 4;

/// Confidence of an organisation's custom term (rule 1).
const CUSTOM: u8 = 100;

/// Phrases that mark a teaching case or a hypothetical (rule 2), besides the detectors' shared
/// [`TEACHING_FRAMING`] list.
const TEACHING_CUES: &[&str] = &[
    "case for students",
    "pop quiz",
    // A general question answered for everyone: "Someone asked in here whether to go to urgent
    // care or the ER", "Someone asked me what a hospital chaplain actually does".
    "someone asked in here",
    "someone asked me what",
    "someone asked whether",
    "someone asked if",
    // A lesson told to every trainee: "Something I tell every new intern".
    "i tell every new",
    "i tell every intern",
    "i tell all my",
    "i always tell my",
    "quiz:",
    "morning report",
    "boards question",
    "imagine you",
    "for the students",
    "for my students",
    "nursing students",
    "case report",
    "presents with",
    "vignette",
    "what's your next step",
    "what is your next step",
    // Exam prep: "Step 1 q i got wrong today: 14yo boy...", "Study group question of the night".
    "step 1 q",
    "step 2 q",
    "step 1 question",
    "step 2 question",
    "uworld",
    "qbank",
    "shelf exam",
    "question of the day",
    "question of the night",
    "study group question",
    "which of the following",
    "most likely diagnosis",
    "next best step",
    "board review",
    "reading list",
    "course page",
    "public record",
    "bioethics",
    // Exam tips and open differential questions: "NCLEX tip: ...", "imagine: 32F, 3 days
    // postpartum ... what's at the top of your ddx?". Not "#FOAMed": real cases are shared
    // under it too.
    "nclex",
    // "MCQ: 6 yo boy w/ a barking cough ... dx?": a multiple-choice question.
    "mcq",
    // Simulation: "Sim lab today: our manikin 'Mr. Stan' coded 3 times".
    "sim lab",
    "simulation lab",
    "manikin",
    "mannequin",
    "imagine:",
    "your ddx",
    "your differential",
    // Privacy reminders quote an identifying phrase as the bad example.
    "hipaa reminder",
    "hipaa tip",
    "hipaa lesson",
    "is identifying",
    "counts as phi",
    // Reviews and quizzes for the author's own team: "Eponym review for my flight crew ...
    // Quiz next week".
    "eponym review",
    "review for my",
    "quiz next week",
    "quiz tomorrow",
    // Made-up cases: "For my student nurses, a practice case (entirely made up)".
    "practice case",
    "entirely made up",
    // Composites: "This post isn't about one patient. It's about a hundred of them".
    "isn't about one patient",
    "not about one patient",
    "none of them are real",
];

/// Phrases that mark history or famous cases (rule 2).
///
/// Not "history" alone: "medical history", "crown history" and "history of" are clinical talk.
const HISTORY_CUES: &[&str] = &[
    "historical",
    "famous patient",
    "famous case",
    // Public figures' own health news ("Celebrities talking openly about their own health",
    // "a former president chose hospice publicly").
    // Not "celebrity" alone: "our local celebrity patient".
    "celebrities",
    "famous people",
    "former president",
    "chose it publicly",
    "went public with",
    "going public about",
    "went public about",
    "going public with",
    "so open about",
    "announced his diagnosis",
    "announced her diagnosis",
    "talking openly about",
    "speak so openly",
    "speaks so openly",
    "speaking openly about",
    "spoke openly about",
    "has written publicly",
    "has spoken publicly",
    "wrote publicly",
    "shared publicly",
    // A collapse everyone watched ("on the field in front of millions of people").
    "in front of millions",
    "on live tv",
    "on live television",
    "on national tv",
    "on national television",
    "team announced",
    "office announced",
    "announced by the team",
    "per the team",
    "press release",
    "press conference",
    // Commentary on the news and on films: "Read the news about St. Bridget's closing its ER",
    // "Watched a documentary last night revisiting the Octomom story".
    "read the news",
    "reading the news",
    "reading about the",
    "seeing the news",
    "saw the news that",
    "the coverage",
    "documentary",
    // "Good on the governor for being open about his AFib ablation. Not my patient, just glad
    // a public figure is normalizing it".
    "public figure",
    "not my patient",
    "history nerd",
    "history buff",
    "#histmed",
    "#onthisday",
    "on this day in",
    "today in history",
    "in medical history",
    "history of medicine",
    "history lesson",
    "#medhistory",
    "#historyofmedicine",
];

/// Phrases that mark an organisational announcement (rule 2).
const ORG_CUES: &[&str] = &[
    "clinic news",
    // Census and season updates: "Quick public health update from a PICU nurse".
    "public health update",
    "public health message",
    "now accepting",
    "accepting new patients",
    "health fair",
    "we're hiring",
    "we are hiring",
    "now hiring",
    "job opening",
    "job posting",
    "apply now",
    "open house",
    "grand rounds",
    "journal club",
    "lecture today",
    "will be closed",
    "office will be",
    "is now open",
    "now open",
    "opens monday",
    "new location",
    "to book",
    "to schedule",
    "free clinic",
    "free talk",
    "free screening",
    "flu shot clinic",
    "i am retiring",
    "i'm retiring",
    "is retiring",
    "congrats dr",
    "congrats to dr",
    "congratulations to dr",
    "kudos to dr",
    "congratulations dr",
    "congrats to our",
    "congratulations to our",
    "shoutout to our",
    "shout out to our",
    "nurses week",
    "memorial service for our donors",
    "services will be",
    // Not "conference" alone: "her conference meet" is a college athlete's race.
    "the conference",
    "this conference",
    "annual conference",
    "medical conference",
    "conference next",
    "conference this",
    "i'm presenting",
    "community health report",
    "our clinic's",
    "our office",
    "call us",
    "nurse line",
    "main line",
    "on-call line",
    "appointment line",
    "presenting at",
    "presented at",
    "my talk",
    "workshop",
    "shoutout to",
    "shout out to",
    "appreciation post",
    "my coworkers",
    "my co-workers",
    "to my team",
    "mark your calendar",
    "save the date",
    "sign up",
    "register now",
    "registration is open",
    "medical mission",
    "confirmed cases",
    "is due",
    // Business news: "Big news for Hartwell Family Pharmacy! ... we'll be open Sundays".
    "big news",
    "we'll be open",
    "will be open",
    "volunteers needed",
    // Moves: "We're moving! ... our new office at 220 Maple Avenue ... Our phone number stays
    // the same".
    "we're moving",
    "we are moving",
    "our new office",
    "our phone number",
    // Drives and fundraisers.
    "coat drive",
    "food drive",
    "toy drive",
    "blood drive",
    "drop boxes",
    "fundraiser",
    "fundraising",
    "our goal",
    "team page",
    "walk with us",
    "every dollar",
    "please donate",
    // Helping or honouring a colleague, recruiting volunteers.
    "one of our own",
    "set up a fund",
    "drop-offs",
    "drop offs",
    "hanging up her stethoscope",
    "hanging up his stethoscope",
    "looking for volunteers",
    "volunteer opportunit",
    "send the application",
    // Advocacy about services, not cases: "Call your legislators".
    "call your legislator",
    "call your representative",
    "call your senator",
    "call your congress",
    "write your legislator",
    "write to your state rep",
    "contact your representative",
    // Lawmaking: "Testified at the State House today", "Called Governor Reyes' office".
    "testified",
    "state representative",
    "your legislator",
    "my legislator",
    "letter to my",
    "state house",
    "statehouse",
    "the legislature",
    "lawmakers",
    "' office",
    "'s office today",
    "'s office at",
    "committee vote",
    "tell them no",
    "vote no",
    "vote yes",
    "medicaid cuts",
    "staffing ratios",
    "ratios bill",
    // Flyers and postings: "Free skin cancer screenings this Saturday", "Hiring: PGY-2+
    // moonlighters", "Donate: ...".
    "screenings",
    "no appointment needed",
    "walk-ins welcome",
    "info:",
    "hiring:",
    "hiring!",
    "moonlighters",
    "/hr",
    "send your cv",
    "book online",
    "reminder from your",
    "our poster",
    "book club",
    "to register",
    "spots are limited",
    "scholarships available",
    "booking clients",
    "raise money",
    "raising money",
    "donate:",
    "donate at",
    "donate here",
    // Career reflections: "I'm stepping back from deliveries next year".
    "stepping back from",
    "stepping away from",
    "the privilege of my life",
    "the privilege of my career",
    // Event details: "Questions? Call Lt. Hayes at ...", "Register at ...".
    "questions? call",
    "questions? email",
    "questions? text",
    "questions? dm",
    "families welcome",
    "all are welcome",
    "everyone is welcome",
    // Not "register at" alone: "the lady who runs the register at the Dollar General".
    "register at www",
    "register at http",
    "register here",
    "register online",
    "rsvp",
    "lunch provided",
    "lunch is provided",
    "speakers include",
    "ceus",
    "ceu day",
    "cme credit",
    // The author says so: "Story time from last night's shift, and for once it's not about a
    // patient".
    "not about a patient",
    "not a patient story",
    // Foundation events: "Saturday night's Heart of Lakeshore Gala raised $412,000". Not
    // openings ("grand opening", "cut the ribbon"): a patient's story can happen at one.
    "gala",
    "presenting sponsor",
    "our sponsors",
    // Published statistics: "from the county health department's annual report".
    "annual report",
    // Practice and program news: "Big news from Elmwood Family Health! Starting Monday ...",
    // "Proud to announce that the Ridgeway VA is launching ...", "show up to the community
    // meeting on the 14th", "(not medical advice for your specific kid ...)".
    "big news from",
    "proud to announce",
    "is launching",
    "community meeting",
    "not medical advice",
    "booked online",
    "book online",
    // Anniversaries and drives: "we opened the doors of this little clinic", "everyone who
    // donated to our holiday drive".
    "opened the doors",
    "opened our doors",
    "who donated",
    "holiday drive",
    // Tributes to a colleague who died or retired: "Our hospital lost a legend this week.
    // Carla Jimenez was a charge nurse ... before she retired in 2019. Services are Saturday".
    "lost a legend",
    "services are",
    "services will be",
    "celebration of life",
    "worked beside",
    "ever worked with",
    "ever worked alongside",
    "nurse manager",
    "precepted me",
    "our ed family",
    "our er family",
    "our icu family",
    "our unit family",
    "our hospital family",
    "our nicu family",
    "health department's",
];

/// Phrases that mark the author's own life (rule 2).
const OWN_LIFE_CUES: &[&str] = &[
    "my dad",
    "my mom",
    "my mother",
    "my father",
    "my grandma",
    "my grandpa",
    "my grandmother",
    "my grandfather",
    "my daughter",
    "my son",
    "our son",
    "our daughter",
    "my husband",
    "my wife",
    "my kid",
    "my baby",
    "our baby",
    "my surgery",
    "my own mom",
    "my own mother",
    "my own dad",
    "my own father",
    "my own kids",
    "my own family",
    // A post addressed to the author's family: "To my family: I'm sorry I'm missing Thanksgiving".
    "to my family",
    // Outings with the author's own training class.
    "residency class",
    "intern class",
    "co-residents",
    "co-interns",
    "back to work after my",
    "my first colonoscopy",
    "my aunt",
    "my uncle",
    "my sister",
    "my brother",
    // Reflections on the job: "After 12 years in this job I've learned the calls that stay with
    // you ...", "Things I've learned on nights".
    "i've learned",
    "i have learned",
    "nobody tells you",
    "no one tells you",
    "my own hospital",
    "happy birthday",
    "i'm 2",
    "i'm 3",
    "i'm 4",
    "i'm 5",
    "i'm 6",
    "i am 2",
    "i am 3",
    "i am 4",
    "i am 5",
    "i am 6",
    // The author's own moves and jobs ("Moving to Seattle for my new job at Harborview").
    "my new job",
    "new job at",
    "i'm moving to",
    "i am moving to",
    "we're moving to",
    "i matched",
    "i got the job",
    "i'm starting at",
    "years practicing in",
    "years of practice in",
    "when i got here",
    "i moved here",
    // The author's own pregnancy ("Happy 36 weeks to me!").
    "weeks to me",
    "birthday to me",
    "i'm due",
    "i am due",
    "baby bump",
    "my pregnancy",
    "i'm pregnant",
    "i am pregnant",
    "we're expecting",
    "we are expecting",
    "my kids",
    "my children",
    // Grandparents named in the family's own language ("My Bà Nội passed away").
    "my abuela",
    "my abuelo",
    "my lola",
    "my lolo",
    "my nana",
    "my nani",
    "my nanu",
    "my dadi",
    "my dada",
    "my oma",
    "my opa",
    "my bubbe",
    "my zayde",
    "my nonna",
    "my nonno",
    "my bà",
    "my ông",
    "my halmoni",
    "my yiayia",
    "my grams",
    // Not "my granola": the word ends there.
    "my gran ",
    "my gran,",
    "my gran.",
    "my gran'",
    "my gran!",
    "my granny",
    "as a granddaughter",
    "as a grandson",
    "as a daughter, not",
    "as a son, not",
    // The author as the patient ("fractured my own 5th metatarsal ... I am now the patient").
    "i am now the patient",
    "i'm now the patient",
    "i'm the patient now",
    "i am the patient now",
    // Updates on the author's own parent: "Update on Dad: he's home!".
    // The author's pets: "My hospice therapy dog Biscuit turned 10 today!".
    // (Cues match word starts only: not "our cat", which is in "our cath lab".)
    "my dog",
    "our dog",
    "my cat",
    "pet parent",
    "dog mom",
    "dog dad",
    "cat mom",
    "fur baby",
    // The clinician as a parent in the waiting room: "Being the parent in the ED hits different".
    "being the parent",
    "therapy dog",
    "my pup",
    "life update",
    "personal update",
    "personal note",
    "update on dad",
    "update on mom",
    "update on grandma",
    "update on grandpa",
    "update on my",
    "update on our girl",
    "update on our boy",
    "update on our son",
    "update on our daughter",
    "update on our little",
    "on the other side of the bed rail",
    "other side of the rail",
    "doctor was the patient",
    "nurse was the patient",
    "i was the patient",
    "drove myself in",
];

/// Own-life phrases about the author's own body and births (rule 2): these hold even when the
/// post tells a memorable event, which is then the author's own ("I gave birth to my twins in
/// the back seat").
const OWN_STORY_CUES: &[&str] = &[
    "i gave birth",
    // "Some personal news: I'm 28 weeks pregnant with twins!": the author's own.
    "personal news",
    "weeks pregnant with",
    // The clinician as the patient: "the physical therapist is now the patient".
    "now the patient",
    "other side of the table",
    "other side of the bed",
    "other side of the drape",
    "my twins",
    "my babies",
    "my own daughter",
    "my own son",
    "my own kid",
    "happy birthday to my",
    "birthday to me",
    "weeks to me",
    "my pregnancy",
    "i'm pregnant",
    "i am pregnant",
    // The author's own reason for the job: "Why I became a nurse: in 1994 my dad caught his
    // overalls in an auger".
    "why i became a",
    // The author as the patient: "I was diagnosed with Crohn's at 22 ... the same IBD clinic
    // where I was a patient".
    "i was diagnosed",
    // "had my own appendix out ... would recommend being the patient once".
    "being the patient",
    "had my own",
    "where i was a patient",
    "when i was a patient",
    "why i went into",
    "the reason i became",
    // "Went to my own ED at 2am for chest pain. 38F, nurse": the author as a patient where
    // they work.
    "went to my own",
    "checked into my own",
    "checked myself into",
    "i was the patient",
    // The author's own care and children: "Post-op day 3 from my own C-section", "My own ACL
    // reconstruction was last Tuesday", "My own twins turned 6 today".
    "my own twins",
    "my own baby",
    "my own babies",
    "my own c-section",
    "my own delivery",
    "my own labor",
    "my own surgery",
    "my own acl",
    "my own diagnosis",
    "my own mammogram",
    "and i are expecting",
    "i'm a terrible patient",
    "i'm the worst patient",
    "become the patient",
];

/// Which cue lists of rule 2 occur in a post, found in one pass over the lowercased text.
#[derive(Default)]
struct Cues {
    teaching: bool,
    history: bool,
    org: bool,
    own_life: bool,
    own_story: bool,
}

/// The cue lists of rule 2, each with the index of its [`Cues`] field.
const CUE_LISTS: [(&[&str], u8); 6] = [
    (TEACHING_FRAMING, 0),
    (TEACHING_CUES, 0),
    (HISTORY_CUES, 1),
    (ORG_CUES, 2),
    (OWN_LIFE_CUES, 3),
    (OWN_STORY_CUES, 4),
];

/// One automaton over every cue phrase; a pattern's list is looked up in `lists`.
struct CueMatcher {
    automaton: AhoCorasick,
    lists: Vec<u8>,
}

fn cue_matcher() -> &'static CueMatcher {
    static MATCHER: OnceLock<CueMatcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut lists = Vec::new();
        for (list, field) in CUE_LISTS {
            for cue in list {
                patterns.push(*cue);
                lists.push(field);
            }
        }
        CueMatcher {
            // A DFA: this search runs on every post, and overlapping searches cannot use the
            // SIMD prefilter, so the faster state machine pays for its few KB.
            automaton: AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(patterns)
                .expect("cue phrases compile"),
            lists,
        }
    })
}

/// The spans of quoted speech in `lower`: "'Who would take my kids?'" is a patient's question,
/// not the author's own life. A single quote followed by a letter is an apostrophe inside the
/// quote ("'I don't know'").
fn quoted_spans(lower: &str) -> Vec<std::ops::Range<usize>> {
    static QUOTED: OnceLock<regex::Regex> = OnceLock::new();
    QUOTED
        .get_or_init(|| {
            regex::Regex::new(
                r#""[^"\n]{1,300}"|\u{201c}[^\u{201d}\n]{1,300}\u{201d}|\u{2018}[^\u{2019}\n]{1,300}\u{2019}|(?:^|[^a-z0-9])'(?:[^'\n]|'[a-z]){1,300}'"#,
            )
            .expect("quote pattern compiles")
        })
        .find_iter(lower)
        .map(|m| m.range())
        .collect()
}

impl Cues {
    /// Every cue list with a phrase starting a word in `lower` (overlapping matches count).
    /// Own-life phrases inside quoted speech are someone else's words and do not count.
    fn find(lower: &str) -> Cues {
        let matcher = cue_matcher();
        let mut seen = [false; 5];
        let mut quoted: Option<Vec<std::ops::Range<usize>>> = None;
        for m in matcher.automaton.find_overlapping_iter(lower) {
            // A cue starts a word: "our baby" is not in "congrats on your baby boy".
            if lower[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let list = matcher.lists[m.pattern().as_usize()] as usize;
            // "he sang happy birthday at every table": a song, not the author's greeting.
            if list == 3
                && ["sang ", "sing ", "sings ", "singing ", "sung "]
                    .iter()
                    .any(|w| lower[..m.start()].ends_with(w))
            {
                continue;
            }
            if list >= 3
                && quoted
                    .get_or_insert_with(|| quoted_spans(lower))
                    .iter()
                    .any(|q| q.start < m.start() && m.end() < q.end)
            {
                continue;
            }
            seen[list] = true;
            if seen.iter().all(|&s| s) {
                break;
            }
        }
        Cues {
            teaching: seen[0],
            history: seen[1],
            org: seen[2],
            own_life: seen[3] || seen[4],
            own_story: seen[4],
        }
    }
}

/// Rule 2's reason for a post about the author's own life.
const OWN_LIFE: &str = "Reads as your own life, not a patient's.";

/// In a post of several paragraphs that reads as the author's own life, the paragraphs that
/// tell a patient's story anyway: no own-life, teaching, history or announcement cue of their
/// own, and a patient reference or words of an arrival or of care ("came in", "was born"). "Proud dad
/// moment: my son Eli pitched ... Then the shift itself: ... a woman in labor in the checkout
/// line ..." is two stories, and the second one is a patient's.
fn patient_paragraphs(text: &Text<'_>, candidates: &[Candidate]) -> Vec<std::ops::Range<usize>> {
    let lower = text.lower();
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (at, _) in lower.match_indices("\n\n") {
        paragraphs.push(start..at);
        start = at + 2;
    }
    if paragraphs.is_empty() {
        return Vec::new();
    }
    paragraphs.push(start..lower.len());
    paragraphs
        .into_iter()
        .filter(|p| {
            let words = &lower[p.clone()];
            let cues = Cues::find(words);
            let referenced = candidates
                .iter()
                .any(|c| c.category == Category::PatientReference && p.contains(&c.range.start));
            // Arrival and care words only: "passed my boards", "delivery nurse" and "your
            // patient" are not a story about one.
            let arrived = [
                "came in",
                "brought in",
                "rolled in",
                "walked in",
                "got called to",
                "we got called",
                "was born",
                "born right",
                "came off the vent",
                "we admitted",
                "admitted in room",
                "admitted to our",
                "we transported",
                "we coded",
            ]
            .iter()
            .any(|w| words.contains(w));
            !(cues.own_life || cues.own_story || cues.teaching || cues.history || cues.org)
                && (referenced || arrived)
        })
        .collect()
}

/// Why a post is not about a patient (rule 2), if it is not.
fn non_patient_context(
    lower: &str,
    strong_reference: bool,
    rare_event: bool,
    patient_here: bool,
    titled_name: bool,
    kin_opening: bool,
    famous: bool,
) -> Option<String> {
    let mut cues = Cues::find(lower);
    // Opening hours and event times ("this Saturday, 9am-1pm, at the Eastwood Public Library"):
    // no patient's visit is written as a range.
    cues.org |= has_hours_range(lower);
    // "Grandma turns 95 Sunday and has requested a karaoke machine": a kin word used as a name
    // opens a post with no encounter, so it is the author's own relative.
    cues.own_life |= kin_opening;
    // "Board question, except it's real life: 67M ...": the author says the case is real.
    if cues.teaching
        && [
            "it's real life",
            "except it's real",
            "this one is real",
            "real case:",
            "not a hypothetical",
            "not hypothetical",
        ]
        .iter()
        .any(|c| lower.contains(c))
    {
        cues.teaching = false;
    }
    // A named history cue and an old year: "History nerd moment: Patient H.M. ... in 1953" is a
    // famous case even though it says "patient".
    if cues.history && mentions_old_year(lower) {
        return Some("Reads as history or a famous case, not one of your patients.".into());
    }
    if strong_reference {
        return None;
    }
    // "Our beloved night nurse Denise Harlow died Saturday ... She was 54 ... on 6 North",
    // "Rest easy, Captain Hal Svensen": a colleague's death or retirement, whatever ages and
    // units the tribute names.
    if staff_tribute(lower) {
        return Some("Reads as a tribute to a colleague, not patient data.".into());
    }
    // "fun fact: henry heimlich ... he was 96", "Jimmy Carter spent nineteen months on home
    // hospice before he died at 100": a public figure's age and story are public. Not with a
    // courtesy-titled patient in the post.
    if famous && !titled_name {
        return Some(
            "Reads as about a public figure or a famous case, not one of your patients.".into(),
        );
    }
    if cues.teaching {
        return Some("Reads as a teaching case or hypothetical, not a real patient.".into());
    }
    // An old year in a story told by someone in our care ("a 92 y/o on our floor taught me how
    // they made IVs in 1944") is that patient's memory, not history.
    if (cues.history || mentions_old_year(lower)) && !patient_here {
        return Some("Reads as history or a famous case, not one of your patients.".into());
    }
    if patient_here {
        return None;
    }
    // The author's own story may be memorable ("I gave birth to my twins in the back seat"): a
    // memorable event overrides an announcement's cues, not the author's own life.
    if cues.own_story && !cues.org {
        return Some(OWN_LIFE.into());
    }
    if rare_event {
        return None;
    }
    // "Shoutout to Miss Bev in apartment 3B": staff thank patients by courtesy title, colleagues
    // by first name or "Dr.".
    if cues.org && !titled_name {
        return Some("Reads as an organisational announcement, not patient data.".into());
    }
    if cues.own_life {
        return Some(OWN_LIFE.into());
    }
    None
}

/// The post's first sentence: up to the first '.', '!', '?' or line break, not counting the
/// period of a title or an initial ("Dr. Alan Feldstein", "J. Smith").
fn first_sentence(lower: &str) -> &str {
    let lower = lower.trim_start();
    for (at, c) in lower.char_indices() {
        match c {
            '!' | '?' | '\n' => return &lower[..at],
            '.' => {
                let word = lower[..at]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let abbreviation = word.chars().count() == 1
                    || matches!(word, "dr" | "mr" | "mrs" | "ms" | "st" | "jr" | "sr");
                if !abbreviation {
                    return &lower[..at];
                }
            }
            _ => {}
        }
    }
    lower
}

/// True when the post's first sentence puts a colleague (a staff word) next to a death or a
/// retirement: "After 38 years on the trauma service, our charge nurse Bernadette Kowalski is
/// retiring", "RIP Dr. Alan Feldstein, my residency PD". "A retired Navy nurse" is a patient's
/// past job, not a retirement.
fn staff_tribute(lower: &str) -> bool {
    let first = first_sentence(lower);
    // The author's own role as a short heading is no colleague ("CNA life: held the hand of a
    // resident as she died"); "RIP Dr. Alan Feldstein: ..." is a tribute's heading.
    let staff_part = match first.split_once(':') {
        Some((heading, rest))
            if heading.split_whitespace().count() <= 3
                && !["rip", "rest", "died", "passed", "retir"]
                    .iter()
                    .any(|w| heading.contains(w)) =>
        {
            rest
        }
        _ => first,
    };
    let (words, staff_words) = (words_of(first), words_of(staff_part));
    // Not someone's carer: "Don died in our hospice last night, his aide holding his hand".
    let staff = staff_words.iter().enumerate().any(|(i, w)| {
        let carer = i > 0 && matches!(staff_words[i - 1], "his" | "her" | "their");
        !carer
            && matches!(
                *w,
                "dr" | "nurse"
                    | "medic"
                    | "paramedic"
                    | "pilot"
                    | "captain"
                    | "colleague"
                    | "coworker"
                    | "co-worker"
                    | "preceptor"
                    | "attending"
                    | "mentor"
                    | "pd"
                    | "firefighter"
                    | "hygienist"
                    | "pharmacist"
                    | "therapist"
                    | "director"
                    | "manager"
                    | "supervisor"
                    | "administrator"
                    | "educator"
                    | "dispatcher"
                    | "emt"
                    | "rn"
                    | "lpn"
                    | "cna"
                    | "aide"
                    | "surgeon"
                    | "physician"
                    | "midwife"
                    | "secretary"
                    | "clerk"
            )
    }) || [
        // A director of nursing: "Deb Marchetti, our DON for 22 years, who retires Friday" (not
        // "Don", a name).
        "our don ", "our don,",
    ]
    .iter()
    .any(|p| staff_part.contains(p));
    let parting = words.iter().any(|w| {
        matches!(
            *w,
            "died" | "retiring" | "retires" | "rip" | "funeral" | "memorial"
        )
    }) || [
        "passed away",
        "retired after",
        "retired today",
        "retired this",
        "retired last",
        "rest easy",
        "rest in peace",
        "rest well",
        "said goodbye",
        "hanging up",
        "to rest",
        "celebration of life",
        // A first responder's death on duty: "we lost Firefighter Danny Ruiz in the line of duty".
        "line of duty",
        "end of watch",
    ]
    .iter()
    .any(|p| first.contains(p));
    // "Dr. Chen and I admitted a 91 yo who died overnight": a patient's death (the shared
    // patient words, and an age).
    let patient = has_patient_word(first)
        || [" yo ", "y/o", "year-old", "year old", "yr old"]
            .iter()
            .any(|p| first.contains(p));
    staff && parting && !patient
}

/// The words of `s`: letters and digits, with inner hyphens and apostrophes.
fn words_of(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The four-digit year a date phrase ends with ("6/22/1948", "March 3, 1951").
fn birth_year(phrase: &str) -> Option<u32> {
    let digits = &phrase[phrase.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

/// True when `lower` gives a range of clock times: "10am-1pm", "9 - 11:30 am", "8am–5pm".
fn has_hours_range(lower: &str) -> bool {
    static RANGE: OnceLock<regex::Regex> = OnceLock::new();
    RANGE
        .get_or_init(|| {
            regex::Regex::new(
                r"(?-u:\b)[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)? ?[-\u{2013}\u{2014}] ?[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)(?-u:\b)",
            )
            .expect("hours range pattern compiles")
        })
        .is_match(lower)
}

/// True for an age with a sex letter: "15m", "34 f", "m45".
fn is_case_shorthand(phrase: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    let p = phrase.trim();
    p.strip_suffix(['m', 'f'])
        .is_some_and(|n| digits(n.trim_end()))
        || p.strip_prefix(['m', 'f'])
            .is_some_and(|n| digits(n.trim_start()))
}

/// True for a care setting naming a numbered bed or bay ("bed 11", "trauma bay 2").
fn is_numbered_bed(phrase: &str) -> bool {
    // The bed word, then its number ("bed 11", "bay #2"): not a unit's size ("our 12-bed ICU").
    // Dialysis, infusion and dental chairs hold one patient each too ("the man in chair 4").
    ["bed ", "bay ", "cubicle ", "pod ", "chair "]
        .iter()
        .any(|w| {
            phrase.match_indices(w).any(|(at, _)| {
                phrase[at + w.len()..]
                    .trim_start_matches('#')
                    .starts_with(|c: char| c.is_ascii_digit())
            })
        })
}

/// True for "in 1848", "in 1953" or a date like "Oct 4, 1951": a year before 1980 (history, not
/// a case). Not a birth year ("born in 1917", "DOB 3/4/1941" has no such form anyway).
fn mentions_old_year(lower: &str) -> bool {
    let old_year_at = |at: usize| {
        let digits = &lower.as_bytes()[at..];
        digits.len() >= 4
            && digits[..4].iter().all(u8::is_ascii_digit)
            && digits.get(4).is_none_or(|b| !b.is_ascii_alphanumeric())
            && std::str::from_utf8(&digits[..4])
                .ok()
                .and_then(|y| y.parse::<u32>().ok())
                .is_some_and(|y| (1000..1980).contains(&y))
    };
    let after_in = lower
        .match_indices("in 1")
        .any(|(at, _)| !lower[..at].ends_with("born ") && old_year_at(at + 3));
    // ", 1951" after a day of the month ("Oct 4, 1951").
    let after_date = lower.match_indices(", 1").any(|(at, _)| {
        let mut from = at.saturating_sub(24);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
        let before = &lower[from..at];
        before.ends_with(|c: char| c.is_ascii_digit())
            && old_year_at(at + 2)
            && !before.contains("dob")
            && !before.contains("born")
    });
    after_in || after_date
}

/// Rates a post from its candidates.
pub fn assess(text: &Text<'_>, candidates: Vec<Candidate>) -> Assessment {
    let has = |cat: Category| candidates.iter().any(|c| c.category == cat);
    let strong_reference = candidates
        .iter()
        .any(|c| c.category == Category::PatientReference && c.confidence >= STRONG);
    let rare_event = has(Category::RareEvent);
    // A numbered bed or bay holds a patient ("K.M. in bed 11"); rooms are left out, since
    // meetings have them too ("room 204").
    let bed = candidates.iter().any(|c| {
        c.category == Category::CareSetting && is_numbered_bed(&text.lower()[c.range.clone()])
    });
    // An age in case shorthand ("15M", "34F", "M45") with a time of the encounter ("this am",
    // "today") is a patient written up; without one it is as often a teaching vignette ("45M
    // with chest pain: next step?").
    let case_age = has(Category::TimeContext)
        && candidates.iter().any(|c| {
            c.category == Category::Age
                && c.severity > Severity::Low
                && is_case_shorthand(&text.lower()[c.range.clone()])
        });
    let evidence = rare_event
        || bed
        || case_age
        || has(Category::PatientReference)
        || has(Category::Demographic);
    let care = has(Category::CareSetting);
    let mut reasons = Vec::new();

    // Rule 2: not patient data at all. A care setting with an age or a courtesy-titled name
    // ("19 yo ... in our ED", "Mrs. Delgado on 5 West") is an encounter, whatever else the post
    // says ("my mother would be thrilled", "her conference meet"). Not a bare first name: the
    // author's newborn has one too ("Evelyn Rose, born at 3:12am" on the author's own L&D).
    let titled_name = candidates
        .iter()
        .any(|c| c.category == Category::Name && is_courtesy_titled(text.slice(c.range.clone())));
    // An age of 90+ that its detector did not tie to the author's family is a Safe Harbor
    // identifier whatever else the post says ("placed a 91 year old vet in long-term care ...
    // in my husband's truck").
    let oldest_old = candidates
        .iter()
        .any(|c| c.category == Category::Age && c.severity == Severity::High);
    // Ages the detector found to be the author's family or a teaching case are Low.
    let patient_age = candidates
        .iter()
        .any(|c| c.category == Category::Age && c.severity > Severity::Low);
    // A contact or record number that identifies on its own, in a post with patient evidence,
    // is a patient's or their family's ("sign up through her sister at lupe...@gmail.com").
    let contact_with_evidence = evidence
        && candidates.iter().any(|c| {
            matches!(
                c.category,
                Category::Email | Category::Phone | Category::IdNumber
            ) && c.severity == Severity::High
        });
    // A date of birth is one person's, whatever the post announces ("Parent of Aarav Deshmukh
    // (DOB 04/11/2015): ... call us").
    let birth_date = candidates.iter().any(|c| {
        let (before, phrase) = (
            text.lower_before(c.range.start, 16),
            text.lower().get(c.range.clone()).unwrap_or(""),
        );
        // "Gerald Moffit, born 6/22/1948": an adult's birth date (parents announce a newborn's).
        let adult_born = before.ends_with("born ") && birth_year(phrase).is_some_and(|y| y < 2006);
        c.category == Category::Date
            && c.severity == Severity::High
            && (adult_born
                || ["dob", "d.o.b", "date of birth"]
                    .iter()
                    .any(|w| before.contains(w) || phrase.contains(w)))
    });
    // A numbered bed holds a patient, whatever the post thanks ("shoutout to the dad in bed 3").
    let patient_here = (care && (patient_age || titled_name))
        || oldest_old
        || contact_with_evidence
        || birth_date
        || bed;
    let any_reference = has(Category::PatientReference);
    // Someone in the author's care setting described ("the line cook ... came to our clinic").
    let own_patient = rare_event || any_reference || (care && describes_someone(text, &candidates));
    let mut candidates = candidates;
    if let Some(why) = non_patient_context(
        text.lower(),
        strong_reference,
        rare_event,
        patient_here,
        titled_name,
        kin_name_opens_post(text, 0),
        // Only a post with no patient of its own: "a lady who fell off the stage at the Luke
        // Combs show" is a patient at a famous man's concert, "Like Typhoid Mary, but it's the
        // line cook ... who came to our clinic" one at the author's clinic.
        !own_patient && names_a_famous_person(text),
    ) {
        let story = if why == OWN_LIFE {
            patient_paragraphs(text, &candidates)
        } else {
            Vec::new()
        };
        if story.is_empty() {
            return not_patient_data(candidates, why);
        }
        // Only the patient's paragraphs are assessed; the author's own news is theirs.
        candidates.retain(|c| story.iter().any(|p| p.contains(&c.range.start)));
    }

    // Rule 3: low-severity direct identifiers need patient evidence. An age the detector found
    // to be the author's child or a teaching case needs a patient in the post: a specific
    // reference ("my 4yo patient"), a courtesy-titled name ("Miss Bernice ... She's 91"), a
    // memorable event or a bed. "Dentist mom moment: my 7-year-old lost her first tooth" has a
    // "mom" but no patient. An organisation's phone line (low severity) needs the same.
    let mut candidates: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| {
            !c.category.is_direct()
                || c.confidence >= CUSTOM
                || c.severity > Severity::Low
                // An organisation's line ("Poison Control 1-800-222-1222") is nobody's; with
                // a patient it is still only the organisation's, unless the post is plainly
                // about one patient.
                || if matches!(c.category, Category::Age | Category::Phone) {
                    strong_reference || titled_name || rare_event || bed
                } else {
                    evidence
                }
        })
        .collect();

    // Rule 4: an age, a date or a place with nothing else is only a notice. A care setting ties
    // an age or a date to an encounter ("a 36yo in our ED"), but not a place: a hospital's town
    // is public ("our hospital in Tillamook County").
    let direct = || candidates.iter().filter(|c| c.category.is_direct());
    let only_places = direct().all(|c| c.category == Category::Location);
    // Two different kinds of them ("a 58yo ... here in Pruett", "a 20-year-old ... on October
    // 3rd") narrow a person down together: not lone.
    let mut direct_kinds: Vec<Category> = direct().map(|c| c.category).collect();
    direct_kinds.sort();
    direct_kinds.dedup();
    let lone_age_or_date = !evidence
        && (!care || only_places)
        && direct_kinds.len() <= 1
        && direct().all(|c| {
            // A house number and its street ("114 Ptarmigan Loop") is a home, not a town.
            let address = c.category == Category::Location
                && text.lower()[c.range.clone()].starts_with(|ch: char| ch.is_ascii_digit());
            matches!(
                c.category,
                Category::Age | Category::Date | Category::Location
            ) && c.severity == Severity::Medium
                && c.confidence < CUSTOM
                && !address
        });
    if lone_age_or_date && candidates.iter().any(|c| c.category.is_direct()) {
        reasons.push("An age, a date or a place alone, with nothing tying it to a patient.".into());
        candidates.retain(|c| !c.category.is_direct());
        let mut a = rate(Vec::new(), reasons);
        a.risk = RiskLevel::Notice;
        return a;
    }

    // Quasi kinds are counted before overlap resolution: a detail hidden under a direct
    // identifier still tells something.
    let mut quasi_kinds: Vec<Category> = candidates
        .iter()
        .filter(|c| !c.category.is_direct())
        .map(|c| c.category)
        .collect();
    quasi_kinds.sort();
    quasi_kinds.dedup();
    // A relative ("told a family their dad has cancer", "his family couldn't get here") says
    // who the patient's people are, not who the patient is (see rule 6's pairs below).
    let describes_patient = describes_someone(text, &candidates);
    let kept = select_non_overlapping(candidates);
    let mut a = rate(kept, reasons);

    // Rule 6.
    let personal = quasi_kinds
        .iter()
        .any(|k| matches!(k, Category::Demographic | Category::RareEvent))
        || strong_reference;
    // Who the patient is plus when it happened or what happened to them ("a teacher ... this
    // morning", "a pregnant woman ... a bear in her car") is the pair coworkers and neighbours
    // recognise, unless the person described is only a relative. Measured on 3,440 labelled
    // posts: these two pairs flag 22 more risky posts for 5 more harmless ones; every other
    // pair of kinds flags about as many harmless posts as risky ones.
    let described_pair = quasi_kinds.len() == 2
        && describes_patient
        && (quasi_kinds.contains(&Category::TimeContext)
            || quasi_kinds.contains(&Category::RareEvent));
    if (quasi_kinds.len() >= QUASI_KINDS_FOR_WARN && personal) || described_pair {
        let level = if quasi_kinds.len() >= QUASI_KINDS_FOR_HIGH && rare_event {
            RiskLevel::High
        } else {
            RiskLevel::Warn
        };
        a.risk = a.risk.max(level);
        a.reasons.push(format!(
            "Combines {}: people who know this patient could recognise them.",
            describe(quasi_kinds.iter().copied())
        ));
    } else if !quasi_kinds.is_empty() && a.risk == RiskLevel::None {
        a.risk = RiskLevel::Notice;
    }

    // Rule 7.
    if a.risk < RiskLevel::Warn {
        // Organisation terms stay underlined whatever the risk (rule 1).
        a.kept
            .retain(|c| c.category.is_direct() || c.confidence >= CUSTOM);
    }
    a
}

/// True when some demographic finding describes a person rather than naming their relative
/// ("a teacher", "the line cook", not "their dad").
fn describes_someone(text: &Text<'_>, candidates: &[Candidate]) -> bool {
    candidates.iter().any(|c| {
        c.category == Category::Demographic && !is_relative(&text.lower()[c.range.clone()])
    })
}

/// True when a demographic phrase names a relative or a family ("their dad", "her family",
/// "the parents"), by its last word. Not [`crate::detectors::context::is_family_word`]: that
/// list also holds "boy", "girl", "baby" and "kid", which describe the patient themself.
fn is_relative(phrase: &str) -> bool {
    let last = phrase
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let last = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix('\''))
        .unwrap_or(last);
    matches!(
        last,
        "family"
            | "families"
            | "parents"
            | "parent"
            | "father"
            | "mother"
            | "dad"
            | "mom"
            | "mum"
            | "husband"
            | "wife"
            | "son"
            | "daughter"
            | "kids"
            | "children"
            | "brother"
            | "sister"
            | "grandma"
            | "grandpa"
            | "grandmother"
            | "grandfather"
            | "relatives"
    )
}

/// Rule 2's verdict: only organisation terms are reported, and anything else found makes the
/// post a notice.
fn not_patient_data(candidates: Vec<Candidate>, why: String) -> Assessment {
    let found_any = candidates.iter().any(|c| c.confidence < CUSTOM);
    let custom: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| c.confidence >= CUSTOM)
        .collect();
    let mut a = rate(select_non_overlapping(custom), Vec::new());
    if a.risk == RiskLevel::None && found_any {
        a.risk = RiskLevel::Notice;
    }
    a.reasons.push(why);
    a
}

/// Rule 5 on the kept candidates: the level from direct identifiers.
fn rate(kept: Vec<Candidate>, mut reasons: Vec<String>) -> Assessment {
    let direct: Vec<&Candidate> = kept.iter().filter(|c| c.category.is_direct()).collect();
    let mut risk = RiskLevel::None;
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
    Assessment {
        kept,
        risk,
        reasons,
    }
}

/// Keeps the best candidate wherever candidates overlap (rule 8); the result is sorted by start.
pub fn select_non_overlapping(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        // Organisation terms first (rule 1), then direct identifiers.
        (b.confidence >= CUSTOM)
            .cmp(&(a.confidence >= CUSTOM))
            .then(b.category.is_direct().cmp(&a.category.is_direct()))
            .then(b.severity.cmp(&a.severity))
            .then(b.confidence.cmp(&a.confidence))
            .then((b.range.end - b.range.start).cmp(&(a.range.end - a.range.start)))
            .then(a.range.start.cmp(&b.range.start))
    });
    // Kept ranges are disjoint and non-empty, so ordered by start they are ordered by end too:
    // a candidate can only overlap the kept range with the greatest start before its end.
    let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
    for c in candidates {
        if c.range.is_empty() {
            continue;
        }
        let clash = kept
            .range(..c.range.end)
            .next_back()
            .is_some_and(|(_, k)| k.overlaps(&c));
        if !clash {
            kept.insert(c.range.start, c);
        }
    }
    kept.into_values().collect()
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

    const PAD: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    fn quasi(cats: &[Category]) -> Vec<Candidate> {
        cats.iter()
            .enumerate()
            .map(|(i, &c)| cand(i * 5, i * 5 + 4, c, Severity::Low))
            .collect()
    }

    #[test]
    fn rule1_custom_terms_are_always_kept() {
        let t = Text::new("Hypothetical: seen at St Elsewhere");
        let c = cand(20, 34, Category::CareSetting, Severity::Low).with_confidence(100);
        let a = assess(&t, vec![c]);
        assert_eq!(a.kept.len(), 1);
    }

    #[test]
    fn rule2_teaching_cases_are_not_patient_data() {
        let t = Text::new("Pop quiz: 62M presents with chest pain xxxxxxxxxx");
        let a = assess(&t, vec![cand(10, 13, Category::Age, Severity::Medium)]);
        assert_eq!(a.risk, RiskLevel::Notice);
        assert!(a.kept.is_empty());
        assert!(a.reasons[0].contains("teaching"));
        // ... unless the author says it is real.
        let t = Text::new("Board question, except it's real life: 67M walks in xxxxxx");
        let a = assess(&t, vec![cand(41, 44, Category::Age, Severity::Medium)]);
        assert!(!a.reasons.iter().any(|r| r.contains("teaching")));
        // A simulation manikin is no patient, whatever it "says".
        let t = Text::new("Sim lab today: our manikin coded 3 times. proud teacher moment");
        let quasi = vec![
            cand(8, 13, Category::TimeContext, Severity::Low),
            cand(48, 55, Category::Demographic, Severity::Low),
        ];
        assert!(assess(&t, quasi).risk < RiskLevel::Warn);
    }

    #[test]
    fn rule2_a_kin_word_opening_a_post_is_the_authors_relative() {
        let t = Text::new("Grandma turns 95 Sunday and wants 'a young priest.' I endorse it.");
        let a = assess(
            &t,
            vec![
                cand(17, 23, Category::Date, Severity::Low),
                cand(35, 49, Category::Demographic, Severity::Low),
            ],
        );
        assert!(a.risk < RiskLevel::Warn);
        assert!(a.reasons.iter().any(|r| r == OWN_LIFE));
        // Not when the post tells an encounter.
        let t = Text::new("Grandma in bed 4 came in last night, a retired priest. Sunday.");
        let a = assess(
            &t,
            vec![
                cand(37, 53, Category::Demographic, Severity::Low),
                cand(55, 61, Category::Date, Severity::Low),
            ],
        );
        assert!(!a.reasons.iter().any(|r| r == OWN_LIFE));
    }

    #[test]
    fn rule2_own_life_is_not_patient_data_but_a_real_patient_overrides() {
        // The author's own pregnancy, even with a memorable event in it.
        let t = Text::new("Some personal news: I'm 28 weeks pregnant with twins! xxxxxx");
        let a = assess(
            &t,
            vec![
                cand(47, 52, Category::RareEvent, Severity::Low),
                cand(25, 43, Category::Demographic, Severity::Low),
                cand(0, 4, Category::TimeContext, Severity::Low),
            ],
        );
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new("Update on our girl: Lily had her tonsils out Tuesday. xxxxxxxx");
        let a = assess(&t, vec![cand(20, 24, Category::Name, Severity::Medium)]);
        assert!(a.risk < RiskLevel::Warn);
        // The age detector makes the author's own family's ages Low.
        let t = Text::new("My dad turned 90 today!!! xxxxxxxxxxxxxxxxxxxxxxxxx");
        let a = assess(&t, vec![cand(14, 16, Category::Age, Severity::Low)]);
        assert!(a.risk < RiskLevel::Warn);
        // An age of 90+ not tied to the author's family is a patient's, whatever else is said.
        let t = Text::new("placed a 91 year old vet in care, in my husband's truck");
        let a = assess(&t, vec![cand(9, 11, Category::Age, Severity::High)]);
        assert_eq!(a.risk, RiskLevel::High);
        let t = Text::new("my pt's son said my dad turned 90 xxxxxxxxxxxxxxxxxxxx");
        let a = assess(
            &t,
            vec![
                cand(0, 5, Category::PatientReference, Severity::Low).with_confidence(STRONG),
                cand(31, 33, Category::Age, Severity::High),
            ],
        );
        assert_eq!(a.risk, RiskLevel::High);
    }

    #[test]
    fn rule2_a_patient_paragraph_in_a_post_about_own_life() {
        // A place and "a woman" in the second paragraph of a post that opens with the author's
        // son.
        let risk = |second: &str| {
            let post = format!("Proud dad moment: my son Eli pitched a full game.\n\n{second}");
            let t = Text::new(&post);
            let store = post.find("the Dollar General").unwrap();
            let woman = post.find("a woman").unwrap();
            assess(
                &t,
                vec![
                    cand(store, store + 31, Category::Location, Severity::Medium),
                    cand(woman, woman + 7, Category::Demographic, Severity::Low),
                ],
            )
            .risk
        };
        assert_eq!(
            risk("Then the shift: we got called to the Dollar General on Route 9 for a woman in labor."),
            RiskLevel::Warn
        );
        // Without an arrival or a patient in that paragraph, the post stays the author's.
        assert!(
            risk("Then we drove to the Dollar General on Route 9 with a woman from church.")
                < RiskLevel::Warn
        );
    }

    #[test]
    fn rule2_announcements_and_history_are_not_patient_data() {
        let t = Text::new("Clinic news! call 555-0162 xxxxxxxxxxxxxxxxxxxxxxxx");
        let a = assess(&t, vec![cand(18, 26, Category::Phone, Severity::Medium)]);
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new("Mark your calendars: the 5K is at Riverside Park");
        let a = assess(&t, vec![cand(34, 48, Category::Location, Severity::Medium)]);
        assert!(a.risk < RiskLevel::Warn);
        // Practice news with its phone line and hours.
        let t =
            Text::new("Big news from Elmwood Family Health! Open until 8pm. Call 555-884-2010.");
        let a = assess(&t, vec![cand(57, 69, Category::Phone, Severity::Medium)]);
        assert!(a.risk < RiskLevel::Warn);
        // A date of birth is one person's, even in a post that asks people to call.
        let t = Text::new("Parent of Aarav Deshmukh (DOB 04/11/2015): call us at 312-555-0864 x");
        let a = assess(
            &t,
            vec![
                cand(10, 24, Category::Name, Severity::High),
                cand(26, 40, Category::Date, Severity::High),
                cand(54, 66, Category::Phone, Severity::High),
            ],
        );
        assert!(a.risk >= RiskLevel::Warn);
        // A made-up practice case is no patient; "Teaching point:" is not enough, since real
        // cases end with one ("... worked, folks. Teaching point: think catatonia").
        let t = Text::new("A practice case (entirely made up): she's 93 and lives alone. xxxxx");
        let a = assess(&t, vec![cand(36, 44, Category::Age, Severity::High)]);
        assert!(a.risk < RiskLevel::Warn);
        // A public figure's age is public; a patient at a famous man's concert is a patient.
        let t = Text::new("fun fact: henry heimlich used his maneuver once. he was 96. legend");
        let a = assess(&t, vec![cand(51, 59, Category::Age, Severity::High)]);
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new(
            "set a wrist tonight on a lady who fell off the stage at the Luke Combs show",
        );
        let a = assess(
            &t,
            vec![
                cand(12, 19, Category::TimeContext, Severity::Low),
                cand(23, 29, Category::Demographic, Severity::Low),
                cand(34, 52, Category::RareEvent, Severity::Low),
            ],
        );
        assert!(a.risk >= RiskLevel::Warn);
        // A tribute to a colleague: her name and the date of her services are no patient's.
        let t = Text::new(
            "Our unit lost a legend. Barb Kowalski worked L&D for 38 years. Services are Saturday.",
        );
        let a = assess(
            &t,
            vec![
                cand(24, 37, Category::Name, Severity::High),
                cand(45, 48, Category::CareSetting, Severity::Low),
                cand(75, 83, Category::Date, Severity::Medium),
            ],
        );
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new("Phineas Gage took a tamping iron in 1848 xxxxxxxxxxxxx");
        let a = assess(&t, vec![cand(0, 12, Category::Name, Severity::High)]);
        assert!(a.risk < RiskLevel::Warn);
        assert!(mentions_old_year("in 1953 he"));
        assert!(!mentions_old_year("in 1984 battery") || mentions_old_year("in 1984"));
        assert!(!mentions_old_year("in 2019"));
        assert!(mentions_old_year(
            "henrietta lacks, 31, died oct 4, 1951 at"
        ));
        assert!(!mentions_old_year("dob jan 3, 1941"));
        assert!(!mentions_old_year("born in 1917"));
        // A history cue and an old year outweigh "patient": the famous Patient H.M.
        let t = Text::new("History nerd moment: Patient H.M. had surgery in 1953 xxxxx");
        let pt = cand(21, 28, Category::PatientReference, Severity::Low).with_confidence(80);
        assert!(assess(&t, vec![pt]).risk < RiskLevel::Warn);
        // An aged patient on our floor remembering 1944 is a patient, not history.
        let t = Text::new("a 92 y/o on our floor recalls 1944, in 1944 we");
        let a = assess(
            &t,
            vec![
                cand(2, 8, Category::Age, Severity::High),
                cand(14, 23, Category::CareSetting, Severity::Low),
            ],
        );
        assert!(a.risk >= RiskLevel::Warn);
        // A personal contact with patient evidence is not an announcement's ("sign up" is an
        // announcement cue; "her sister" ties the address to a patient's family).
        let t = Text::new("meals for the family, sign up through her sister at lupe@gmail.com");
        let a = assess(
            &t,
            vec![
                cand(39, 49, Category::Demographic, Severity::Low),
                cand(53, 67, Category::Email, Severity::High),
            ],
        );
        assert_eq!(a.risk, RiskLevel::High);
        // A public figure's own published health story.
        let t = Text::new("Grateful to see Chrissy Teigen speak so openly about her loss.");
        let a = assess(&t, vec![cand(16, 29, Category::Name, Severity::Medium)]);
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new("Someone asked in here whether to go to urgent care or the ER.");
        let a = assess(
            &t,
            quasi(&[
                Category::TimeContext,
                Category::CareSetting,
                Category::Demographic,
            ]),
        );
        assert!(a.risk < RiskLevel::Warn);
        let t = Text::new("Credit to James Okafor for going public about his colon cancer.");
        let a = assess(&t, vec![cand(10, 22, Category::Name, Severity::High)]);
        assert!(a.risk < RiskLevel::Warn);
        // Cues start a word: "your baby" does not hold "our baby".
        assert!(!Cues::find("congrats on your baby boy").own_life);
        // Quoted speech is someone else's life: "'who would take my kids?'".
        assert!(!Cues::find("'why not call out?' 'who would take my kids?'").own_life);
        assert!(!Cues::find("she said \"i can't, my kids need me\"").own_life);
        assert!(Cues::find("my kids said 'no way'").own_life);
        assert!(Cues::find("our baby is here").own_life);
        assert!(!Cues::find("the lady who runs the register at the dollar general").org);
        assert!(Cues::find("why i became a nurse: my dad lost two fingers").own_story);
        assert!(Cues::find("free screening, register here: ").org);
        assert!(Cues::find("story time, and for once it's not about a patient").org);
        assert!(Cues::find("saturday night's heart of lakeshore gala raised $412,000").org);
        // The author's own pregnancy.
        let t = Text::new("Happy 36 weeks to me! Baby boy due in January");
        let a = assess(
            &t,
            vec![
                cand(22, 30, Category::Demographic, Severity::Low),
                cand(35, 45, Category::Date, Severity::Low),
            ],
        );
        assert!(a.risk < RiskLevel::Warn);
    }

    #[test]
    fn rule3_low_direct_needs_patient_evidence() {
        let t = Text::new(PAD);
        // The author's child's age: a "mom" in the post is not a patient; "my pt" is.
        let child = cand(0, 4, Category::Age, Severity::Low);
        let mom = cand(10, 14, Category::Demographic, Severity::Low);
        assert!(assess(&t, vec![child.clone(), mom.clone()]).risk < RiskLevel::Warn);
        let pt = cand(20, 24, Category::PatientReference, Severity::Low).with_confidence(80);
        assert_eq!(assess(&t, vec![child, mom, pt]).risk, RiskLevel::Warn);
        let low = cand(0, 4, Category::Location, Severity::Low);
        assert_eq!(assess(&t, vec![low.clone()]).risk, RiskLevel::None);
        let a = assess(
            &t,
            vec![low, cand(10, 14, Category::PatientReference, Severity::Low)],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
        // A place alone too; with a patient reference it is an identifier again.
        let town = cand(0, 4, Category::Location, Severity::Medium);
        assert_eq!(assess(&t, vec![town.clone()]).risk, RiskLevel::Notice);
        let a = assess(
            &t,
            vec![
                town,
                cand(10, 14, Category::PatientReference, Severity::Low),
            ],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
    }

    #[test]
    fn rule4_a_lone_age_is_a_notice() {
        let t = Text::new(PAD);
        let a = assess(&t, vec![cand(0, 4, Category::Age, Severity::Medium)]);
        assert_eq!(a.risk, RiskLevel::Notice);
        assert!(a.kept.is_empty());
        // An age in case shorthand is a patient written up.
        let t = Text::new("inbound w/ 67F, GLF at the fairgrounds quilt show today xx");
        let age = || cand(11, 14, Category::Age, Severity::Medium);
        let a = assess(
            &t,
            vec![age(), cand(50, 55, Category::TimeContext, Severity::Low)],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
        // Without a time it may be a teaching vignette.
        assert_eq!(assess(&t, vec![age()]).risk, RiskLevel::Notice);
        assert!(is_case_shorthand("34f") && is_case_shorthand("m45") && !is_case_shorthand("45"));
        assert!(is_numbered_bed("bed 11") && is_numbered_bed("trauma bay #2"));
        assert!(!is_numbered_bed("our 12-bed icu") && !is_numbered_bed("a 4-bed ed"));
        let t = Text::new(PAD);
        let a = assess(
            &t,
            vec![
                cand(0, 4, Category::Age, Severity::Medium),
                cand(10, 14, Category::RareEvent, Severity::Low),
            ],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
        // A care setting ties an age to an encounter, but not a place.
        let with_care = |category| {
            assess(
                &t,
                vec![
                    cand(0, 4, category, Severity::Medium),
                    cand(10, 14, Category::CareSetting, Severity::Low),
                ],
            )
            .risk
        };
        assert_eq!(with_care(Category::Age), RiskLevel::Warn);
        assert_eq!(with_care(Category::Location), RiskLevel::Notice);
        // An age and a town together are not lone: they narrow a person down.
        let a = assess(
            &t,
            vec![
                cand(0, 4, Category::Age, Severity::Medium),
                cand(10, 14, Category::Location, Severity::Medium),
            ],
        );
        assert_eq!(a.risk, RiskLevel::Warn);
        // Two ages are still one kind.
        let a = assess(
            &t,
            vec![
                cand(0, 4, Category::Age, Severity::Medium),
                cand(10, 14, Category::Age, Severity::Medium),
            ],
        );
        assert_eq!(a.risk, RiskLevel::Notice);
    }

    #[test]
    fn rule5_one_direct_identifier_warns() {
        let t = Text::new("call 555-204-9981");
        let a = assess(&t, vec![cand(5, 17, Category::Phone, Severity::Medium)]);
        assert_eq!(a.risk, RiskLevel::Warn);
        assert_eq!(a.kept.len(), 1);
        assert!(a.reasons[0].contains("phone number"));
        let a = assess(&t, vec![cand(5, 17, Category::Email, Severity::High)]);
        assert_eq!(a.risk, RiskLevel::High);
    }

    #[test]
    fn rule6_quasi_identifiers_combine() {
        use Category::*;
        let t = Text::new(PAD);
        let a = assess(&t, quasi(&[TimeContext, CareSetting, RareEvent]));
        assert_eq!(a.risk, RiskLevel::Warn);
        assert_eq!(a.kept.len(), 3);
        assert!(a.reasons[0].contains("recognise"));
        let a = assess(
            &t,
            quasi(&[TimeContext, CareSetting, Demographic, RareEvent]),
        );
        assert_eq!(a.risk, RiskLevel::High);
        // When, where and "a patient" say nothing about who.
        let mut vague = quasi(&[TimeContext, CareSetting, PatientReference]);
        vague[2].confidence = STRONG - 20;
        assert_eq!(assess(&t, vague).risk, RiskLevel::Notice);
        // ... but a specific patient then and there does: the shift knows who.
        let mut specific = quasi(&[TimeContext, CareSetting, PatientReference]);
        specific[2].confidence = STRONG;
        assert_eq!(assess(&t, specific).risk, RiskLevel::Warn);
        let a = assess(&t, quasi(&[TimeContext, RareEvent]));
        assert_eq!(a.risk, RiskLevel::Notice);
        // Who plus when, or who plus what happened, is enough: "a pregnant teacher ... this
        // morning".
        assert_eq!(
            assess(&t, quasi(&[Demographic, TimeContext])).risk,
            RiskLevel::Warn
        );
        assert_eq!(
            assess(&t, quasi(&[Demographic, RareEvent])).risk,
            RiskLevel::Warn
        );
        // Who and where, or who and "a patient", are not; nor a relative and a time ("Today
        // I told a family their dad has terminal cancer").
        let t = Text::new("Today I told a family their dad has terminal cancer.");
        let dad = t.lower().find("their dad").unwrap();
        let pair = vec![
            cand(0, 5, TimeContext, Severity::Low),
            cand(dad, dad + 9, Demographic, Severity::Low),
        ];
        assert_eq!(assess(&t, pair).risk, RiskLevel::Notice);
        let t = Text::new(PAD);
        assert_eq!(
            assess(&t, quasi(&[Demographic, CareSetting])).risk,
            RiskLevel::Notice
        );
        assert_eq!(
            assess(&t, quasi(&[Demographic, PatientReference])).risk,
            RiskLevel::Notice
        );
    }

    #[test]
    fn rule7_a_lone_quasi_identifier_is_not_underlined() {
        let t = Text::new("tonight");
        let a = assess(&t, vec![cand(0, 7, Category::TimeContext, Severity::Low)]);
        assert_eq!(a.risk, RiskLevel::Notice);
        assert!(a.kept.is_empty());
    }

    #[test]
    fn rule8_direct_beats_quasi_on_overlap() {
        let kept = select_non_overlapping(vec![
            cand(0, 10, Category::TimeContext, Severity::Low),
            cand(5, 8, Category::Date, Severity::Medium),
        ]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].category, Category::Date);
    }

    #[test]
    fn rule2_tributes_to_colleagues_are_not_patient_data() {
        for post in [
            "Our beloved night nurse Denise Harlow died Saturday. She was 54. For 19 years on 6 North she held your hand.",
            "RIP Dr. Alan Feldstein, my residency PD, who died Sunday at 81.",
            "Rest easy, Captain Hal Svensen. Hal flew medevacs for 31 years.",
            "Huge thank you to Deb Marchetti, our DON for 22 years, who retires Friday.",
            "Our unit secretary Barb retires after 30 years",
            "Five years ago today we lost Firefighter Danny Ruiz in the line of duty.",
            "RIP Dr. Alan Feldstein: my residency PD, who died Sunday.",
        ] {
            assert!(staff_tribute(&post.to_lowercase()), "{post}");
        }
        for post in [
            "Just discharged my favorite patient ever, a 102-year-old retired Navy nurse.",
            "Our 90-something in 6 West, a retired Navy nurse, just extubated herself.",
            "Dr. Chen and I admitted a 91 yo who died overnight.",
            "Don died in our hospice last night, his aide holding his hand",
            "CNA life: held the hand of a resident this morning as she died",
        ] {
            assert!(!staff_tribute(&post.to_lowercase()), "{post}");
        }
        assert_eq!(
            first_sentence("rip dr. feldstein, my pd. service friday"),
            "rip dr. feldstein, my pd"
        );
    }

    #[test]
    fn birth_years_of_adults() {
        assert_eq!(birth_year("6/22/1948"), Some(1948));
        assert_eq!(birth_year("march 3, 1951"), Some(1951));
        assert_eq!(birth_year("6/22/48"), None);
    }

    #[test]
    fn hours_ranges() {
        assert!(has_hours_range("this saturday, 9am-1pm, at the library"));
        assert!(has_hours_range("open 8am \u{2013} 5pm"));
        assert!(!has_hours_range("came in at 3am with 2-3 days of pain"));
    }
}
