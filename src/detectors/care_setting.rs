//! Where the encounter happened: "our ED", "bed 4", "room 312", "3 North", "the burn unit", a
//! named hospital ("St. Luke's", "Mercy General"). Harmless alone; narrows a patient down with
//! other details. Whether a named hospital matters (a job post names one too) is the risk
//! model's call.

use regex::Regex;

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::detectors::cues::{in_tag, previous_word_is, Rule, RuleSet};
use crate::text::Text;

const UNIT_REASON: &str =
    "Names the unit or spot where the patient was: with other details, it narrows them down.";
const ROOM_REASON: &str = "A bed or room number points at one patient on one day.";
const NAMED_REASON: &str =
    "Names the hospital: with a time and an event, people nearby could work out who this was.";

/// Hospital and unit words that follow "our", "my", "the whole", "a 10 bed rural"...
const UNITS: &str = r"memory care(?: unit)?|infusion room|infusion suite|dayroom|day room|nurses'? station|er|ed|icu|nicu|picu|micu|sicu|cvicu|ccu|pacu|or|l&d|l and d|labor and delivery|labor & delivery|cath lab|burn unit|trauma bay|trauma center|pharmacy|office|infirmary|senior living|assisted living|onc floor|oncology floor|med[- ]surg floor|step[- ]?down|tele floor|unit|floor|ward|infusion center|dialysis unit|dialysis center|waiting room|ambulance bay|triage|med tent|medical tent|first aid tent|hospital|urgent care|clinic|nursing home|hospice|rehab|er waiting room|ob floor|mother[- ]baby|postpartum unit|psych unit|behavioral health unit|cafeteria|elevator|parking lot|helipad|hosp|imaging center|cancer center|a&e|a and e|casualty|resus|majors|hdu|theatre|theatres|burn center|transplant center|stroke center|sick bay|aid station|medical center";

/// Specialties and kinds of clinic before "clinic", "office", "appt" or "visit".
const SPECIALTIES: &str = r"peds|pediatric|derm|dermatology|optometry|eye|dental|ortho|orthopedic|occ health|occupational health|employee health|student health|wound|wound care|cardiology|onc|oncology|allergy|gi|ob|ob/gyn|obgyn|prenatal|walk-in|family medicine|family practice|urology|ent|neuro|neurology|sports medicine|travel|vaccine|vax|flu shot|free|pain|fertility|dialysis|infusion|rheum|endo|psych|podiatry|hand|sleep|weight loss|pulm|renal|cancer|methadone|suboxone|mobile|resort|ski resort|ski patrol|camp|ship|ship's|crew|jail|prison|campus|village|tribal|va|base|event|festival|race";

/// Modifiers between the determiner and the unit word.
const MODS: &str = r"(?:little|tiny|small|small-town|small town|rural|whole|own|busy|local|new|[0-9]+[- ]bed|critical access|adolescent|pediatric|peds|adult|geri|geriatric|paeds|paed|paediatric|psych|inpatient|outpatient|teaching|community|county|trauma|level (?:1|i|one|2|ii|two)|overflow|satellite|free-standing|freestanding|va|vamc|jail|prison|ship's|ship|resort|camp|base|campus)";

/// Two-capital words that are units, services or shorthand, not a patient's initials ("OR in
/// 412").
const UNIT_ACRONYMS: &[&str] = &[
    "AM", "CT", "ED", "ER", "GI", "IR", "IV", "MD", "MR", "OB", "OR", "OT", "PM", "PT", "RN", "RT",
    "US",
];

/// Words that make "our unit"/"our floor" an organisational phrase ("our unit secretary").
const STAFF_AFTER: &[&str] = &[
    "secretary",
    "manager",
    "director",
    "educator",
    "clerk",
    "staff",
    "team",
    "nurses",
    "nurse",
    "docs",
    "doctors",
    "techs",
    "policy",
    "meeting",
    "council",
    "reunion",
    "potluck",
    "is hiring",
    "hiring",
    "will",
];

/// Words that, right after a hospital-like name, make it a place or school instead.
const PLACE_AFTER_NAME: &[&str] = &[
    "Park",
    "Mall",
    "Plaza",
    "Road",
    "Rd",
    "Drive",
    "Avenue",
    "Ave",
    "Street",
    "Boulevard",
    "Blvd",
    "Lane",
    "Way",
    "Elementary",
    "Middle",
    "High",
    "Academy",
    "Church",
    "Cemetery",
    "Lake",
    "River",
    "Creek",
    "Stadium",
    "Arena",
    "Apartments",
    "Golf",
    "Zoo",
    "Library",
];

/// True when a care-setting phrase is an animal's ("Riverside Animal Hospital", "the vet
/// clinic", "Tall Pines Equine"): the author's pet's care, not a patient's.
fn is_animal_care(phrase: &str) -> bool {
    phrase.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "animal" | "animals" | "vet" | "vets" | "veterinary" | "pet" | "pets" | "equine"
        )
    })
}

/// Finds care settings.
pub struct CareSetting {
    rules: RuleSet,
    /// Named hospitals, matched on the original text (capitalisation matters).
    named: Regex,
    /// "the pt in 412", "Mrs. K in 302", "in 14B": a bare room number after a person.
    room_after_person: Regex,
    /// "JT in 418": two capitals (initials) and a room number, on the original text.
    initials_in_room: Regex,
    /// Unit codes "6N", "4 North", "5 West", "4 Tower", on the original text.
    unit_code: Regex,
}

impl CareSetting {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let rules = vec![
            // "our ED", "my ICU", "the whole ER", "our little 12-bed hospital", "a 10 bed rural ED",
            // "small town L&D", "Riverside trauma bay" is caught by the named pattern.
            Rule::new(
                &format!(
                    r"(?:our|my|the whole|this) (?:{MODS}\x20)*(?:{UNITS})|(?:a|an) (?:{MODS}\x20)+(?:{UNITS})|small[- ]town (?:{UNITS})|rural (?:{UNITS})"
                ),
                Category::CareSetting,
                UNIT_REASON,
                Some("the hospital"),
            ),
            // "the burn unit", "the OR", "the cafeteria", "the neuro floor", "the burn ICU",
            // "Peds ED": specific parts of the building (not "the bathroom floor").
            Rule::new(
                r"the (?:or|icu|nicu|picu|micu|sicu|cvicu|pacu|ccu|er|ed|l&d|burn unit|trauma bay|cath lab|infusion center|dialysis unit|waiting room|whole waiting room|cafeteria|med tent|medical tent|first aid tent|ambulance bay|va|cancer center|burn center|transplant center|imaging center|infusion suite|rehab gym|dialysis center|(?:[a-z]+ ){1,2}clinic|(?:[a-z]+ )?(?:crisis|detox|psych|psychiatric|behavioral health|crisis stabilization) (?:unit|ward|center)|(?:burn|neuro|trauma|cardiac|surgical|medical|peds|pediatric|cardiothoracic) icu|(?:neuro|ortho|med-surg|medsurg|surgical|medical|cardiac|oncology|onc|peds|pediatric|tele|telemetry|maternity|psych|rehab|[0-9]{1,2}(?:st|nd|rd|th)) floor)|(?:peds|pediatric) (?:ed|er|icu|floor)",
                Category::CareSetting,
                UNIT_REASON,
                Some("the hospital"),
            )
            .confidence(60),
            // Beds, bays and rooms: "bed 4", "bay 22", "room 312", "trauma bay 2", "rm 6", and in
            // Spanish "cama 4", "cuarto 12", "habitación 3".
            Rule::new(
                r"(?:trauma |er |icu )?(?:bed|bay|room|rm|pod|stall|cubicle|exam room|isolette|chair|ward|ldr|cama|cuarto|habitación|habitacion|sala) ?#?[0-9]{1,4}[a-z]?|(?:rooms|beds|bays) [0-9]{1,4}[a-z]? (?:and|&) [0-9]{1,4}[a-z]?|(?:in|from) (?:bed|bay|pod|isolette) [a-h]",
                Category::CareSetting,
                ROOM_REASON,
                Some("the unit"),
            ),
            // Where care happens outside a hospital, numbered like a bed: "cell 14", "cell block C",
            // "D-pod", "cabin 7214" (a ship's or a camp's).
            Rule::new(
                r"(?:cell|cabin|stateroom|tier|dorm|barracks) #?[0-9]{1,5}[a-z]?|cell ?block [a-z0-9]|[a-h]-pod",
                Category::CareSetting,
                ROOM_REASON,
                Some("the unit"),
            ),
            // Jails, prisons, bases and rigs: "the jail", "the state pen", "sick call", "the
            // BAS", "the back of our rig", "the ship's infirmary".
            Rule::new(
                r"(?:the |our )?(?:state pen|state prison|juvenile detention|juvie)|the (?:jail|prison|bas|battalion aid station|rig)|(?:to|at|for|from) sick call|(?:the back of|in the back of|in) (?:our|the|my) (?:rig|ambulance|truck|helicopter|aircraft)|(?:our|my) rig|(?:the )?ship'?s? (?:infirmary|medical center|hospital|clinic|doctor's office)",
                Category::CareSetting,
                UNIT_REASON,
                Some("the clinic"),
            )
            .confidence(55),
            // Outside the hospital: a specialty's clinic or an appointment type ("Derm clinic
            // this afternoon:", "peds clinic", "Home health visit", "DOT physical"), a unit noun
            // after any one word ("our transplant unit", "our mobile clinic"), an infirmary,
            // urgent care.
            Rule::new(
                &format!(
                    r"(?:{SPECIALTIES}) (?:clinic|office|practice|appt|appointment|visit)|(?:home|home health|video|telehealth|virtual|follow-?up|well-?child|well|house) (?:visit|call)s?|(?:dot|sports|school|camp|pre-?employment) physicals?|(?:our|my) (?:[a-z]+ ){{1,2}}(?:unit|clinic|floor|ward|infirmary|pharmacy|practice|van|center)|(?:(?:county |city )?jail|prison|the) infirmary|urgent care|outpatient (?:pt|rehab|clinic|surgery)|gp surgery|gp practice|(?:in|to) (?:a&e|casualty)"
                ),
                Category::CareSetting,
                UNIT_REASON,
                Some("the clinic"),
            )
            .confidence(55),
            // "in clinic today", "first aid tent", "L&D", "on my service" (a hospitalist's or
            // surgeon's inpatients).
            Rule::new(
                r"in clinic|first aid tent|l&d|on (?:my|our) (?:[a-z]+ )?service|(?:trauma|resus|resuscitation) ?[0-9]{1,2}|(?:in|into|to) (?:resus|triage|pre-?op|post-?op|pacu)|(?:en|a) (?:urgencias|emergencias|la sala de emergencias|la uci|terapia intensiva|triaje|triage)",
                Category::CareSetting,
                UNIT_REASON,
                None,
            )
            .confidence(55),
        ];
        CareSetting {
            rules: RuleSet::new(rules),
            named: Regex::new(
                r"(?-u:\b)(?:(?:St\.?|Saint) [A-Z][a-z]+(?:'s)?(?: (?:Hospital|Medical Center|Regional|General|Children's))?|(?:Mercy|Baptist|Methodist|Presbyterian|Providence|Riverside|Memorial|Sentara|Kaiser|Parkland|Bellevue|Harborview|Cedars|Beaumont|Geisinger|Ochsner|Vanderbilt|Sutter|Banner|Atrium|Novant|Adventist|Advent|Sinai|Sacred Heart|Good Sam|Good Samaritan|Good Shepherd|Holy Cross|Holy Family|Lady of [A-Z][a-z]+|Memorial Hermann|Mass General|Cleveland Clinic|Mayo|Johns Hopkins|Texas Children's|Children's)(?: (?:General|Hospital|Medical Center|Regional|Memorial|East|West|North|South|Hospice|Health|Norfolk|Hermann|of [A-Z][a-z]+|[A-Z][a-z]+ (?:Hospital|Medical Center)))?(?: (?:NICU|ICU|PICU|ER|ED|trauma bay|L&D))?|(?:[A-Z][a-z]+ ){1,2}(?:General|Memorial|Regional|Medical Center|Community Hospital|Hospital|Children's|Cancer Center|Health Center|Health Clinic|Critical Access|IHS(?: [Cc]linic)?|Nursing Home|Nursing Center|Care Center|Rehabilitation Center|Manor|Detention Center|Correctional(?: Facility| Center| Institution)?|Penitentiary|State Prison|VA(?: Medical Center| Hospital| Clinic)?|VAMC))(?-u:\b)",
            )
            .expect("named hospital pattern compiles"),
            room_after_person: Regex::new(
                r"(?-u:\b)(?:pt|patient|guy|lady|man|woman|kid|baby|gentleman|mom|dad|grandma|grandpa|girl|boy|dude|teen|toddler|newborn|surrogate|couple|family|mr\.? [a-z.]+|mrs\.? [a-z.]+|ms\.? [a-z.]+|miss [a-z]+) in (?:room |bed )?([0-9]{1,4}[a-z]?)(?-u:\b)",
            )
            .expect("room pattern compiles"),
            initials_in_room: Regex::new(r"(?-u:\b)([A-Z]{2}) in ([0-9]{3,4}[A-Za-z]?)(?-u:\b)")
                .expect("initials pattern compiles"),
            unit_code: Regex::new(
                r"(?-u:\b)[0-9]{1,2} ?(?:North|South|East|West|Tower|N|S|E|W|Peds|Ortho|Tele|Surg|Onc|Med)(?: (?:NICU|ICU|PICU|MICU|SICU|CCU))?(?-u:\b)",
            )
            .expect("unit code pattern compiles"),
        }
    }
}

impl Default for CareSetting {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector for CareSetting {
    fn name(&self) -> &'static str {
        "care_setting"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        {
            let mut seen: Vec<std::ops::Range<usize>> = Vec::new();
            for (rule, r) in self.rules.matches(text) {
                if in_tag(text, r.start) {
                    continue;
                }
                let after = text.lower_after(r.end, 16).trim_start();
                if STAFF_AFTER.iter().any(|w| after.starts_with(w)) {
                    continue; // "our unit secretary", "the NICU reunion"
                }
                // "your ED", "any ED": not a place the author is describing.
                if previous_word_is(text, r.start, &["your", "any", "every", "nearest", "an"]) {
                    continue;
                }
                // Two rules may find the same phrase ("our onc floor").
                if seen.contains(&r) || is_animal_care(&lower[r.clone()]) {
                    continue;
                }
                seen.push(r.clone());
                out.push(rule.candidate(r));
            }
        }
        for m in self.named.find_iter(text.original()) {
            if in_tag(text, m.start()) {
                continue;
            }
            // "Riverside Park", "Memorial Drive", "Mercy High": a place or school named alike.
            let next_word = text.original()[m.end()..]
                .strip_prefix(' ')
                .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
                .unwrap_or("");
            // "Dollar General" is a store.
            if PLACE_AFTER_NAME.contains(&next_word)
                || next_word == "Day"
                || m.as_str().starts_with("Dollar ")
                || is_animal_care(m.as_str())
            {
                continue;
            }
            out.push(
                Candidate::new(
                    m.range(),
                    Category::CareSetting,
                    Severity::Low,
                    NAMED_REASON,
                )
                .suggest("the hospital")
                .with_confidence(65),
            );
        }
        // Bare initials in a room, on the original text: "JT in 418 finally latched".
        let initials = self
            .initials_in_room
            .captures_iter(text.original())
            .filter(|caps| !UNIT_ACRONYMS.contains(&&caps[1]));
        let rooms = self
            .room_after_person
            .captures_iter(lower)
            .chain(initials)
            .filter_map(|caps| caps.get(caps.len() - 1));
        for g in rooms {
            // "had a baby in 2019", "the kid in 10 minutes": a year or a span of time, not a room.
            let number = &lower[g.range()];
            let after = text.lower_after(g.end(), 8);
            let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
            let span = [
                " min", " hour", " hr", " day", " week", " wk", " month", " year", " yr", "am",
                "pm", " am", " pm", "%",
            ]
            .iter()
            .any(|w| after.starts_with(w));
            if !year && !span {
                out.push(
                    Candidate::new(g.range(), Category::CareSetting, Severity::Low, ROOM_REASON)
                        .suggest("the unit")
                        .with_confidence(70),
                );
            }
        }
        for m in self.unit_code.find_iter(text.original()) {
            // "6N" yes; "5 W" alone too thin unless followed by a unit word.
            let s = m.as_str();
            let short = s.len() <= 4 && !s.contains(' ');
            if short && !s.ends_with('N') && !s.ends_with('S') {
                continue;
            }
            out.push(
                Candidate::new(m.range(), Category::CareSetting, Severity::Low, UNIT_REASON)
                    .suggest("our unit")
                    .with_confidence(65),
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
        CareSetting::new().detect(&t, &mut out);
        out.sort_by_key(|c| (c.range.start, std::cmp::Reverse(c.range.end)));
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    #[test]
    fn unit_words_with_more_modifiers() {
        assert_eq!(
            found("walks into our little critical access ER"),
            ["our little critical access ER"]
        );
        assert_eq!(
            found("kid on our adolescent unit told me"),
            ["our adolescent unit"]
        );
        assert_eq!(
            found("visit on our memory care unit"),
            ["our memory care unit"]
        );
        assert!(found("rang the bell on St. Patrick's Day").is_empty());
        assert_eq!(
            found("the coach is on my service w/ rhabdo"),
            ["on my service"]
        );
        assert_eq!(found("the Marine vet in trauma 2 is"), ["trauma 2"]);
        assert_eq!(found("Last night in resus: 30s woman"), ["in resus"]);
        assert_eq!(found("transferred to the MICU last night"), ["the MICU"]);
        assert_eq!(found("admitted to the burn ICU"), ["the burn ICU"]);
        assert_eq!(found("the neuro floor was slammed"), ["the neuro floor"]);
        assert_eq!(found("Peds ED this afternoon: a kid"), ["Peds ED"]);
        assert!(found("found down on the bathroom floor").is_empty());
    }

    #[test]
    fn outpatient_settings() {
        assert_eq!(
            found("Derm clinic this afternoon: our local"),
            ["Derm clinic"]
        );
        assert_eq!(found("Home health visit today"), ["Home health visit"]);
        assert_eq!(found("DOT physical on a driver"), ["DOT physical"]);
        assert_eq!(
            found("on our transplant unit got the call"),
            ["our transplant unit"]
        );
        assert_eq!(found("in chair 7 for her infusion"), ["chair 7"]);
        assert_eq!(
            found("admitted in rooms 412 and 414"),
            ["rooms 412 and 414"]
        );
        assert_eq!(
            found("the county jail infirmary"),
            ["county jail infirmary"]
        );
        // Not a setting: the author's own unit staff.
        assert!(found("our unit secretary retires").is_empty());
        // Clinics and centers by kind or by name, two-word units, "hosp".
        assert_eq!(
            found("at the Cedar Bluff clinic today"),
            ["the Cedar Bluff clinic"]
        );
        assert_eq!(
            found("read it at our imaging center"),
            ["our imaging center"]
        );
        assert_eq!(
            found("on our eating disorder unit"),
            ["our eating disorder unit"]
        );
        assert_eq!(
            found("beds at our critical access hosp"),
            ["our critical access hosp"]
        );
        assert_eq!(found("a vet at the VA in Fargo"), ["the VA"]);
        assert_eq!(found("back in the rehab gym"), ["the rehab gym"]);
        // British and Australian words.
        assert_eq!(found("ear of a 4yo in our paeds ED in"), ["our paeds ED"]);
        assert_eq!(found("GP surgery this am: the"), ["GP surgery"]);
        assert_eq!(found("brought him to A&E at 3"), ["to A&E"]);
        assert_eq!(found("the lad on ward 7 asked"), ["ward 7"]);
    }

    #[test]
    fn finds_units_beds_and_rooms() {
        assert_eq!(found("came into our ED"), ["our ED"]);
        assert_eq!(found("on our onc floor since"), ["our onc floor"]);
        assert_eq!(found("the guy in bay 22 shows"), ["bay 22"]);
        assert_eq!(found("she's in room 614"), ["room 614"]);
        assert_eq!(found("Abuela en la cama 4 me bendijo"), ["cama 4"]);
        assert_eq!(found("Mrs. K in 302 just"), ["302"]);
        assert_eq!(found("JT in 418 finally latched"), ["418"]);
        assert_eq!(found("The surrogate in LDR 5 just told me"), ["LDR 5"]);
        assert_eq!(found("The mom in 7 who refused vit K"), ["7"]);
        assert!(found("had a baby in 2019 and the kid in 10 minutes. OR in 415").is_empty());
        assert_eq!(
            found("the only doc in a 10 bed rural ED"),
            ["a 10 bed rural ED"]
        );
        assert_eq!(found("Nurses on 3 North I love you"), ["3 North"]);
        assert_eq!(
            found("the 9yo we've had on 7 Peds since Halloween"),
            ["7 Peds"]
        );
        assert_eq!(found("wrote it on 6N today"), ["6N"]);
        assert_eq!(found("admitted to the burn unit"), ["the burn unit"]);
        assert_eq!(
            found("admitted to the Bayside crisis unit"),
            ["the Bayside crisis unit"]
        );
        assert_eq!(found("24 weeker in pod C, twin B"), ["in pod C"]);
        assert_eq!(found("walked into triage at 9cm"), ["into triage"]);
        assert_eq!(found("hoy en urgencias llegó"), ["en urgencias"]);
        assert_eq!(found("He recognized me in pre-op and"), ["in pre-op"]);
        assert!(found("plan A, then bed rest").is_empty());
    }

    #[test]
    fn finds_named_hospitals() {
        assert_eq!(found("Night shift at St. Luke's and"), ["St. Luke's"]);
        assert_eq!(found("3am at Mercy General, living"), ["Mercy General"]);
        assert_eq!(
            found("conjoined twins at Texas Children's"),
            ["Texas Children's"]
        );
        assert_eq!(
            found("the ICU at Sentara Norfolk"),
            ["the ICU", "Sentara Norfolk"]
        );
        assert_eq!(
            found("flown from Prairie View Community Hospital"),
            ["Prairie View Community Hospital"]
        );
        assert_eq!(
            found("a chair at Rockport Cancer Center"),
            ["Rockport Cancer Center"]
        );
        assert_eq!(found("up at Sitting Crow IHS"), ["Sitting Crow IHS"]);
        assert_eq!(found("moved to Meadowlark Manor"), ["Meadowlark Manor"]);
        assert_eq!(
            found("Night shift at the Dunmore County Detention Center, 0140"),
            ["Dunmore County Detention Center"]
        );
        assert_eq!(
            found("I've been at the Ridgeway VA for 11 years"),
            ["Ridgeway VA"]
        );
    }

    #[test]
    fn jails_ships_bases_camps_and_rigs() {
        assert_eq!(found("told me at her well visit she's"), ["well visit"]);
        assert_eq!(found("on the floor of cell 14 with a CO"), ["cell 14"]);
        assert_eq!(found("cell block C keeps us humble"), ["cell block C"]);
        assert_eq!(found("a CO calls me down to D-pod because"), ["D-pod"]);
        assert_eq!(
            found("lady in cabin 7214 fell off the stage"),
            ["cabin 7214"]
        );
        assert_eq!(
            found("Sick call at the state pen. Inmate"),
            ["the state pen"]
        );
        assert_eq!(found("came to sick call on Fort Marlow"), ["to sick call"]);
        assert_eq!(found("he left our VA ER AMA yesterday"), ["our VA ER"]);
        assert_eq!(
            found("Resort clinic today: a honeymooner"),
            ["Resort clinic"]
        );
        assert_eq!(
            found("in the ship's infirmary delivering a baby"),
            ["the ship's infirmary"]
        );
        assert_eq!(
            found("Stitched him up in the back of our rig in"),
            ["in the back of our rig"]
        );
        assert_eq!(
            found("He's at the burn center in Omaha now"),
            ["the burn center"]
        );
        assert!(found("the pen ran out of ink").is_empty());
    }

    #[test]
    fn ignores_generic_and_organisational_phrases() {
        assert!(found("If your ED doesn't have one, start one").is_empty());
        assert!(found("our unit secretary Brenda").is_empty());
        assert!(found("go to the nearest ER").is_empty());
        assert!(found("#NICU #nursing").is_empty());
        // "Saint" before a lowercase word is no hospital; a bare "Mercy" is found, as a
        // low-severity setting that counts only with a patient in the post.
        assert_eq!(found("Saint bernards and Mercy me"), ["Mercy"]);
        assert!(found("in 2016 I bought 3 stethoscopes").is_empty());
        assert!(found("the 5K is next Sunday at Riverside Park").is_empty());
        assert!(found("she grew up on Memorial Drive").is_empty());
        // A pet's hospital is nobody's care setting.
        assert!(found("the team at Riverside Animal Hospital did").is_empty());
        assert!(found("took him to the vet clinic").is_empty());
        assert_eq!(
            found("the team at Riverside Hospital did"),
            ["Riverside Hospital"]
        );
    }
}
