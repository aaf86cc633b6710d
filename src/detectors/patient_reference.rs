//! Words that say the post is about a real, specific patient: "my patient", "my pt", "Pt's",
//! "the guy in bay 3", "one of my patients", "a kid came in", "we coded". Generic talk ("your
//! pts", "patients 65+") is not matched.
//!
//! Confidence carries strength: 80 for a specific reference ("my pt", "the pt", "Pt's"), 60 for
//! a weak one ("a patient once told me", "the guy who"), which the risk model counts as a kind
//! of detail but not as proof that a real case is described.

use crate::category::Category;
use crate::detector::{Candidate, Detector};
use crate::detectors::context::{has_clinical_encounter, mentions_own_family};
use crate::detectors::cues::{in_tag, previous_word_is, Rule, RuleSet};
use crate::text::Text;

const REASON: &str =
    "Says this is a real, specific patient: the other details in the post are about them.";
const SUGGEST: Option<&str> = Some("a patient");

/// Confidence of a specific reference ("my pt").
pub const STRONG: u8 = 80;
/// Confidence of a weak reference ("a patient once").
pub const WEAK: u8 = 60;

/// Tag of the bare "pt" rule.
const BARE_PT: u8 = 1;
/// Tag of the arrival rule: not the author's own ("I came in with coffee").
const ARRIVAL: u8 = 2;
/// Tag of the encounter rule: a subjectless "Saw a ..." must open its sentence.
const ENCOUNTER: u8 = 3;
/// Tag of "our 15yo": a patient only in a post about care that names no relative of the author.
const POSSESSED_AGE: u8 = 4;

/// Finds references to a specific patient.
pub struct PatientReference {
    rules: RuleSet,
}

impl PatientReference {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let adj = r"(?:favorite|favourite|sweet|sweetest|poor|former|old|little|long-?time|longest|oldest|youngest|young|elderly|teenage|pregnant|[a-z]+-year-old|dialysis|hospice|nicu|picu|icu|er|ed|l&d|ob|peds|onc|oncology|trauma|cardiac|clinic|frequent flyer|frequent flier|very first|adolescent|teen|pediatric|psych|geriatric|prenatal|postpartum|home health|new|newest|latest|ever|telehealth|telemedicine|virtual|dbs|transplant|rehab|surgical|dental|therapy|home care|wound care|infusion|chemo|radiation|stroke|burn|cardiology|clinic's|lvad|ecmo|trach|vent|assisted living|memory care|nursing home|long-term care|ltc|snf)";
        let mut strong = vec![
            Rule::new(
                &format!(
                    r"(?:my|our) (?:{adj}\x20)*(?:patient|pt|kiddo|nicu graduate|nicu grad|jane doe|john doe|frequent fl[iy]er|client)(?:'s)?|(?:one|the first|the last|the oldest|the youngest) of (?:my|our) (?:{adj}\x20)*(?:patients|pts|pts|kiddos|kids|babies|preemies|mamas|residents|regulars|frequent fl[iy]ers|[a-z0-9]+ graders|kindergartners|kindergarteners)|(?:the|this|that) (?:same )?pt(?:'s)?|the same patient|(patient) [a-z]\. ?[a-z]|our (?:jane|john) doe|(?:treated|patched up|stitched up|splinted|intubated) (?:our|my) (?:[a-z]+ )?(?:sergeant|lieutenant|captain|corporal|private|coach|neighbor|neighbour|mail carrier|mailman|pastor|mayor|principal|teacher|landlord|barber|plumber)|(?:a|one|another) (?:former |old |longtime |long-time )?(?:patient|pt) of (?:mine|ours)|(?:my|our) (?:favorite |favourite |resident |local |regular )?frequent fl[iy]er(?-u:\b)|on (?:my|our) (?:[a-z]+ )?caseload|(?:my|our) (?:[0-9]{{1,2}}(?::[0-9]{{2}})? ?(?:am|pm)|midnight) (?:guy|lady|man|woman|dude|kid|pt|patient|admit)"
                ),
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "Our newest NICU admit was born at mile marker 112": one admitted patient. Not "our
            // ED admit rate".
            Rule::new(
                &format!(
                    r"((?:my|our) (?:{adj}\x20)*admit)(?:[.,!:;]| (?:was|is|came|had|has|tonight|today|last|this|from|with|who|and))"
                ),
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "I've had the privilege of being Hope's nurse": the author cared for that person.
            Rule::new(
                r"(?:being|as|i'm|i am|i was|i've been) ([a-z]+'s (?:nurse|doctor|doc|surgeon|oncologist|therapist|medic|pediatrician|midwife))",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "Mrs. K in 302", "Mr. D from bay 4": a titled person placed in a bed or room is a
            // patient on the unit. The title and name are the phrase (the name detector's finding
            // wins the overlap), so the room stays a care setting.
            Rule::new(
                r"((?:mr|mrs|ms|miss)\.? [a-z]+)(?:'s)? (?:in|from) (?:bed |bay |room |rm )?[0-9]+[a-z]?",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "my 16yo patient", "our 3 y/o pt": the age is the age detector's phrase.
            Rule::new(
                r"(?:my|our) [0-9]+[- ]?(?:yo|y/o|year[- ]old|yr[- ]old|month[- ]old|week[- ]old|day[- ]old) (patient|pt)",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "Marisol, who came back to our ED today just to bring us cookies", "@brodie who came
            // into PT today": someone returning to the author's care.
            Rule::new(
                r"who (?:came|walked|rolled) (?:back )?(?:in|into|to) (?:our |my )?(?:ed|er|clinic|office|urgent care|pt|ot|practice|pharmacy|nicu|picu)(?: (?:today|yesterday|tonight|this (?:morning|week)|last (?:week|night|month)))?",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "Psych C/L consult: pt in 1122 insists ...": a patient placed in a room (not a
            // year: "a patient in 1893").
            Rule::new(
                r"(pt|patient) (?:in|from) (?:rm |room |#)?(?:[0-9]{2,3}|(?:1[0-7]|2[1-9]|[3-9][0-9])[0-9]{2})[a-z]?",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // "the guy in room 14", "the lady from bed 3": anyone placed in a numbered room or
            // bed is one patient on the unit.
            Rule::new(
                r"((?:the|that|this|our|a|my) (?:(?:fave|favorite|favourite|sweet)\x20)?(?:guy|man|woman|lady|gentleman|kid|boy|girl|baby|infant|toddler|teen|teenager|dude|patient|pt|resident|mom|dad|grandma|grandpa|surrogate))(?: [a-z.]+)? (?:in|from) (?:(?:[a-z&]+ )?(?:bed|bay|room|rm|chair) |room #|#)?[0-9]+[a-z]?",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            Rule::new(
                r"((?:a|the) (?:pt|patient)) (?:in|from) (?:bed|bay|room)",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // Someone the author cared for, named just before: "@jaydenruns_26 who I consented
            // for his liver transplant", "the trucker who we intubated".
            Rule::new(
                r"who (?:i|we) (?:consented|treated|stitched up|sutured|operated on|intubated|delivered|resuscitated|coded|took care of|cared for|admitted|discharged|transported|splinted)",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
            // An encounter told in the first person: "we had a patient admitted", "I saw a pt who".
            Rule::new(
                r"(?:we|i|just) (?:had|have|got|saw|treated|admitted|cared for|took care of) ((?:a|one|this) (?:pt|patient))",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
        ];
        // Care given to one person: "transported him 60 times", "just discharged the retired
        // firefighter", "I delivered Kayla's baby boy". Clinical verbs only ("saw him" is
        // anyone's), with a person as the object.
        let person = r"(?:guy|man|woman|lady|gentleman|kid|kiddo|boy|girl|baby|infant|teen|toddler|patient|pt|grandma|grandpa|mama|mom|dad|veteran|vet|firefighter|teacher|farmer|officer|trucker|driver|worker|student|coach|pastor)";
        strong.push(
            Rule::new(
                &format!(
                    r"(?:transported|intubated|extubated|resuscitated|coded|admitted|discharged|triaged|sutured|stitched up|splinted|cathed|cardioverted|pronounced|narcan'd|narcaned) (?:him|her)|(?:just|finally|we|i|we've|i've) (?:transported|intubated|extubated|admitted|discharged|triaged|scanned|resuscitated|coded) (?:the|a|an|this|our|one) (?:[a-z'-]+ ){{0,3}}?{person}|(?:i|we) (?:delivered|caught) (?:[a-z']+ ){{0,2}}?(?:baby|babies|twins|triplets)|(?:i|we) (?:was|were) (?:the|her|his|their) (?:[a-z&]+ )?(?:nurse|doctor|doc|midwife|medic|paramedic|surgeon|anesthesiologist|np|pa|therapist|rt|tech|cna) (?:for|to)|((?:a|one|the) (?:patient|pt)) (?:i|we) (?:had|saw|cared for|took care of|admitted|treated) (?:this|last|yesterday|today|tonight|on)|(?:patient|pt) on my (?:table|stretcher|list|caseload)"
                ),
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG),
        );
        let weak_rule =
            |p: &str| Rule::new(p, Category::PatientReference, REASON, SUGGEST).confidence(WEAK);
        let weak = vec![
            weak_rule(r"(?:a|one|the|this|that) (?:pt|patient)(?:'s)?"),
            // "Third overdose out of the same block tonight": a count of real incidents.
            // "4 ODs tonight", "ran a call on the Route 9 overpass": incidents the crew ran.
            weak_rule(
                r"(?:[2-9]|1[0-9]|two|three|four|five|six) (?:ods|overdoses|gsws|stabbings|shootings|mvcs|rollovers) (?:tonight|today|last night|this (?:morning|shift|week)|in one shift)|(?:we |i )?ran (?:a|an|the) (?:[a-z]+ )?call (?:on|to|at|for|out)",
            ),
            weak_rule(
                r"(?:first|second|third|fourth|fifth|sixth|another|[0-9]+(?:st|nd|rd|th)) (?:overdose|od|gsw|stabbing|shooting victim|code|stemi|mvc|rollover)(?: (?:of the (?:night|day|shift|week)|tonight|today|this (?:morning|shift|week)))?",
            ),
            // "kid on our adolescent unit told me", "a guy in our ED": someone in the author's
            // care setting; "a patient I've seen for two years", "my first ever patient".
            weak_rule(
                r"(?:^|(?:a|the|this|one|our) )?((?:kid|guy|lady|gentleman|man|woman|teen|teenager|toddler|boy|girl|grandma|grandpa|dude)) (?:on|in|at) (?:our|my) ",
            ),
            weak_rule(
                r"(?:a|one|my) (?:patient|pt) (?:i've|i have|we've|we have|i had|i've had) (?:seen|followed|known|cared for|treated)|my (?:very )?first(?: ever)? (?:patient|pt)",
            ),
            weak_rule(
                r"((?:the|this|that) (?:guy|toddler|kid|lady|gentleman|baby|infant|teen)) (?:who|in (?:bed|bay|room|[0-9])|from|with|we)",
            ),
            // "a 16yo who's been sleeping in the bus station", "dude on the vent in 9".
            weak_rule(
                r"(?:a|an|this|that|the|our) ([0-9]{1,3} ?(?:yo|y/o|yr old)|[0-9]{1,3}[- ]year[- ]old) who(?:'s| is| has| was| had)",
            ),
            weak_rule(
                r"((?:guy|dude|lady|gentleman|kid|man|woman|teen|grandma|grandpa)) on (?:the )?(?:vent|ventilator|ecmo|bipap|dialysis|the monitor) in (?:bed |bay |room )?[0-9]",
            ),
            weak_rule(
                r"((?:a|this) (?:kid|kiddo|guy|lady|toddler|teen|man|woman|gentleman|baby|mama|mom|dad)|kiddo)(?: in (?:his|her) (?:early |late |mid-)?[0-9]0s)? (?:came|rolled|walked|was brought|got brought|showed up|presented|told me|asked me|begged)",
            ),
            // "the 8 month old we saw", "the lady I admitted": someone the author treated.
            weak_rule(
                r"(?:the|that|this) (?:[0-9]+[- ]?(?:month|year|week|day)[- ]old|[0-9]+ ?(?:yo|y/o|yr old)|(?:little |old |young |elderly )?(?:boy|girl|man|woman|guy|lady|kid|baby|infant|toddler|teen|teenager|gentleman|grandma|grandpa)) ((?:we|i) (?:saw|admitted|treated|discharged|intubated|transferred|coded|scoped|sent home|resuscitated|pronounced|lost|flew|transported|delivered|stitched up|sutured|splinted|reduced|casted|scoped))",
            ),
            // A patient known by a nickname from a visit: "update on the trampoline kid from
            // last week", "remember the fishhook guy?".
            weak_rule(
                r"(?:update on|remember|news on) (the (?:[a-z-]+ ){1,2}(?:kid|guy|lady|man|woman|girl|boy|baby|dude|grandpa|grandma|toddler|teen))",
            ),
            weak_rule(
                r"(the [a-z-]+ (?:kid|guy|lady|dude|girl|boy|man|woman)) from (?:last (?:week|night|month|shift|weekend)|yesterday|the other (?:day|night)|this morning|earlier)",
            ),
            // "I told a 28yo she has", "we had to tell this lady": news given to a patient.
            weak_rule(
                r"((?:i|we) (?:had to tell|just told|told|diagnosed|broke the news to)) (?:a|an|this) (?:[0-9]+ ?(?:yo|y/o|m|f)|[0-9]+[- ]year[- ]old|young|old|elderly|man|woman|guy|lady|mom|dad|kid|teen|patient|pt)",
            ),
            // "during her dialysis", "after his chemo": someone's own treatment, described by a
            // clinician (the author's own family is the risk model's own-life rule).
            weak_rule(
                r"(?:during|after|before|through|throughout|at) (?:his|her|their) (?:dialysis|hemodialysis|chemo|chemotherapy|infusion|transfusion|radiation|colonoscopy|endoscopy|c-section|biopsy|mri|echo|stress test|procedure|surgery|intubation|extubation|rehab|physical therapy|blood draw|flu shot|vaccine|shots|exam|physical|cleaning|x-?ray|ct scan|ekg)(?: (?:session|run|appointment|treatment))?",
            ),
            weak_rule(
                r"we (?:coded|couldn't save|could not save|lost|intubated|transferred|airlifted|flew out|got (?:him|her|them) back)",
            ),
            // "We had a lightning strike victim tonight", "I saw a guy with", "we got a stabbing
            // out of Millbrook": an encounter (an injury or an overdose stands for its patient).
            weak_rule(
                r"((?:we|i) (?:had|got|saw|treated|admitted|took care of|transported|ran on|picked up|flew|intubated|scooped)) (?:a|an|one|this) (?:[a-z]+ ){0,3}?(?:victim|guy|lady|gentleman|man|woman|kid|toddler|teen|teenager|couple|stabbing|gsw|gunshot wound|rollover|mvc|overdose|drowning|near-drowning|hanging)(?-u:\b)",
            ),
            // ED shorthand for what happened to someone: "one airlifted", "found down", "tubed".
            weak_rule(
                r"(?:one|both|he|she|they|pt|was|were|got) (?:airlifted|life-?flighted|flown out|med-?flighted)|found down|tubed",
            ),
            // A bed or room doing what only its patient does: "Room 412 has pulled his IV out
            // three times", "bed 4 keeps pressing the call light" (not "room 5 is booked").
            weak_rule(
                r"(?:bed|bay|room|rm) ?#?[0-9]+[a-z]? (?:(?:just|has|has been|is|is still|keeps|still|finally|now) )?(?:pulled|pulling|asked|asking|wants|wanted|refused|refuses|refusing|yelled|yelling|screamed|screaming|told|tells|says|said|threw|throwing|tried|trying|won't|keeps|kept|called|calling|pressed|pressing|climbed|climbing|ripped|ripping|bit|spit|punched|kicked|escaped|eloped|coded|crashed|died|passed away)",
            ),
            // Someone back in the author's unit: "Sister Agnes ... is back on our tele unit for the
            // 4th time" (weak: a colleague back from leave reads the same).
            weak_rule(
                r"(?:is|was|'s) back (?:on|in|at|to) (?:our|my|the) (?:[a-z]+ )?(?:unit|floor|icu|nicu|picu|ed|er|clinic|office|ward|service|pharmacy)",
            ),
            // A 911 caller in trouble, as dispatchers write of the person on the line: "caller
            // whispering from a closet", "my 2am caller" (not "a caller asked about our hours").
            weak_rule(
                r"(?:(?:my|our|the|this|that|last|first) (?:[0-9]{1,2} ?(?:am|pm) )?)?(caller) (?:whispering|screaming|crying|sobbing|hiding|begging|gasping|pleading|trapped|barricaded|locked)",
            ),
            // "a pitcher who came in with a laceration", "Guy rolled in at 2am": an arrival.
            weak_rule(
                r"who (?:came|rolled|walked|was brought|got brought) in (?:with|for|after|complaining|c/o)|(?:was|were|got|both|been) admitted (?:with|for)|(?:guy|dude|lady|kid|man|woman) (?:came|rolled|walked|wandered) in",
            ),
        ];
        let mut rules = strong;
        rules.extend(weak);
        // An arrival with a reason or a time, whoever the subject ("a forklift operator from the
        // plant came in for his 3rd injury", "Sir came to clinic today", "limping into our
        // urgent care at 7:50", "came in at 38 weeks", "came in w/ road rash", "a nurse from
        // another unit admitted to our floor", "the driver from the bus crash came to us"), or an age
        // arriving ("8yo came in after failing").
        rules.push(
            weak_rule(
                r"(?:came|comes|rolled|walked|limped|limping|hobbled|wandered|showed up) (?:in|to (?:the |our |my )?(?:clinic|office|urgent care|triage|ed|er|pharmacy)|into (?:our|my|the) (?:[a-z]+ ){0,2}?(?:clinic|office|ed|er|urgent care|triage|pharmacy|trauma bay)) (?:for (?:his|her|their)|with (?:his|her|a|an)|w/ ?[a-z]+|w (?:his|her|a|an)|after|complaining|c/o|today|tonight|this (?:morning|afternoon|evening)|at [0-9][0-9a-z:]*)|admitted to (?:our|my) (?:floor|unit|icu|picu|nicu|ccu|micu|sicu|step-?down|tele|telemetry|service)|(?:came|was brought|were brought|got brought|was flown|was transferred) to us|([0-9]{1,3} ?(?:yo|y/o|yr old)|[0-9]{1,3}[- ](?:year|month|week)[- ]old) (?:came|rolled|walked|limped|showed up|was brought|got brought) in",
            )
            .tag(ARRIVAL),
        );
        // "patient in trauma bay 2 right now": a bare "patient" placed in a bed, bay or room is
        // one patient (the same generic-word check as a bare "pt": not "every patient in bed").
        rules.push(
            Rule::new(
                r"(patient) (?:in|from) (?:(?:trauma|resus|resuscitation|exam|isolation|triage|hallway|procedure) )?(?:bed|bay|room|rm|pod|cubicle) ?#?[0-9]",
                Category::PatientReference,
                REASON,
                SUGGEST,
            )
            .confidence(STRONG)
            .tag(BARE_PT),
        );
        // Care told to the patient ("Ma'am, I gave you an enema on Tuesday"), a person the
        // author had arrive ("I had a bride come in"), or saw in an opening without a subject
        // ("Saw a 6th grade teacher from Roosevelt Middle in clinic", "Took care of a local
        // pastor's teenage son in our ER tonight").
        rules.push(
            weak_rule(
                &format!(
                    r"(?:i|we) (?:gave you|started your|placed your|put in your|took out your|pulled your|stitched you|splinted you|intubated you|discharged you|admitted you|delivered your|did your (?:[a-z]+ )?(?:surgery|procedure|stitches|x-?rays?|scan|intake))|(?:i|we) had (?:a|an|this) (?:[a-z0-9-]+ ){{0,3}}?(?:come|roll|walk|show) (?:in|up)|((?:had|saw|treated|took care of|cared for) (?:a|an) (?:[a-z0-9'-]+ ){{0,3}}?(?:{person}|couple|bride|groom|teacher|nurse|cop|soldier|marine|manager|cashier|chef|pilot|priest|nun|son|daughter|husband|wife|grandson|granddaughter)) (?:from|in|at|with|who|today|tonight|yesterday|this|last)"
                ),
            )
            .tag(ENCOUNTER),
        );
        // Imaging read on someone of an age ("CXR on a 19yo"), and "our 15yo" in a post about
        // care ("11 weeks inpatient"): the author's own child needs no scan report.
        rules.push(
            weak_rule(
                r"(?:cxr|ct|cta|mri|x-?ray|xr|ekg|ecg|echo|ultrasound|films?) (?:on|of|for) ((?:a|an|this|that) (?:[0-9]{1,3} ?(?:yo|y/o|yr old|m|f)|[0-9]{1,3}[- ](?:year|month|week|day)[- ]old))",
            ),
        );
        rules.push(
            weak_rule(
                r"(?:my|our) (?:[0-9]{1,3} ?(?:yo|y/o|yr old)|[0-9]{1,3}[- ](?:year|month|week|day)[- ]old)",
            )
            .tag(POSSESSED_AGE),
        );
        // "Pt asked me", "pt's daughter", "Pt in our burn unit": a bare "pt" in the singular.
        rules.push(
            Rule::new(r"pt(?:'s)?", Category::PatientReference, REASON, SUGGEST)
                .confidence(STRONG)
                .tag(BARE_PT),
        );
        PatientReference {
            rules: RuleSet::new(rules),
        }
    }
}

impl Default for PatientReference {
    fn default() -> Self {
        Self::new()
    }
}

/// Words before "pt"/"patient" that make it generic or not a patient at all.
const GENERIC_BEFORE: &[&str] = &[
    "your", "each", "every", "any", "per", "a", "the", "this", "that", "my", "our", "same", "no",
    "first", "next", "new", "typical", "average", "given", "former", "poor", "sweet",
];

impl Detector for PatientReference {
    fn name(&self) -> &'static str {
        "patient_reference"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        // "don't let a hypothetical 45 y/o dialysis pt trick you": an invented patient is only
        // ever a weak reference.
        let hypothetical = text.is_hypothetical();
        let mut found: Vec<std::ops::Range<usize>> = Vec::new();
        for (rule, r) in self.rules.matches(text) {
            if in_tag(text, r.start) || found.iter().any(|f| f.start <= r.start && r.end <= f.end) {
                continue;
            }
            // "every single one of my patients": all of them, not one.
            if previous_word_is(text, r.start, &["every", "single"]) {
                continue;
            }
            if rule.tag == BARE_PT {
                // "PT" in capitals is physical therapy; "your pt", "each pt" are generic.
                // "every ortho pt I ever rolled my eyes at": a quantifier one word further back.
                let quantified = text
                    .lower_before(r.start, 32)
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| matches!(w, "every" | "each" | "any" | "no" | "your"));
                if previous_word_is(text, r.start, GENERIC_BEFORE)
                    || quantified
                    || text.slice(r.clone()).starts_with("PT")
                {
                    continue;
                }
            } else if (rule.tag == POSSESSED_AGE
                && (!has_clinical_encounter(text.lower())
                    || mentions_own_family(text.lower())
                    // "my 16yo patient" is the specific rule's.
                    || [" patient", " pt"]
                        .iter()
                        .any(|w| text.lower_after(r.end, 9).starts_with(w))))
                || (rule.tag == ENCOUNTER
                    && matches!(
                        text.lower()[r.clone()].split(' ').next(),
                        Some("had" | "saw" | "treated" | "took" | "cared")
                    )
                    && !opens_sentence(text, r.start))
                || (rule.tag == ARRIVAL
                    && (previous_word_is(text, r.start, &["i", "we", "you", "i'd", "we'd", "just"])
                        // The arrival of someone already referred to ("8yo came in", "who came
                        // in with") is the same reference.
                        || found.iter().any(|f| f.start <= r.start && r.start <= f.end + 24)))
            {
                continue;
            } else {
                // "your patient", "my next patient": still generic; "my PT" is the author's
                // physical therapist; "less than the guy who hands out samples" a comparison.
                let phrase = &text.lower()[r.clone()];
                // "I was the patient this time": the author.
                // "would be a patient of my own colleagues again": the author too.
                let author = (phrase.starts_with("the patient")
                    && ["i was ", "i'm ", "i am ", "i became "]
                        .iter()
                        .any(|w| text.lower_before(r.start, 12).ends_with(w)))
                    || (phrase.starts_with("a patient")
                        && previous_word_is(text, r.start, &["be"]));
                // "we lost Dr. Harold Kessler", "we lost our flight nurse Jenna": a colleague.
                let colleague_lost = phrase.ends_with(" lost")
                    && [
                        " dr",
                        " our colleague",
                        " a colleague",
                        " a legend",
                        " one of our own",
                        " our coworker",
                        " our co-worker",
                        " our flight",
                        " our nurse",
                        " our charge nurse",
                        " our medic",
                        " our paramedic",
                        " our pilot",
                        " our chief",
                        " our captain",
                    ]
                    .iter()
                    .any(|w| text.lower_after(r.end, 20).starts_with(w));
                if previous_word_is(text, r.start, &["your", "next", "than", "like"])
                    || author
                    || colleague_lost
                    || phrase.contains(" next ")
                    || text.slice(r.clone()).ends_with(" PT")
                {
                    continue;
                }
            }
            found.push(r.clone());
            let c = rule.candidate(r);
            out.push(if hypothetical {
                let confidence = c.confidence.min(WEAK);
                c.with_confidence(confidence)
            } else {
                c
            });
        }
    }
}

/// True when `at` starts the post or a sentence ("This. Saw a teacher ...").
fn opens_sentence(text: &Text<'_>, at: usize) -> bool {
    let before = text.lower_before(at, 8).trim_end_matches(' ');
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, u8)> {
        let t = Text::new(s);
        let mut out = Vec::new();
        PatientReference::new().detect(&t, &mut out);
        out.sort_by_key(|c| c.range.start);
        out.iter()
            .map(|c| (t.slice(c.range.clone()).to_owned(), c.confidence))
            .collect()
    }

    #[test]
    fn finds_specific_patients() {
        assert!(found("I owe every single one of my patients an apology").is_empty());
        assert!(found("I was the patient this time").is_empty());
        assert_eq!(
            found("3:12am. caller whispering from a closet"),
            [("caller".into(), WEAK)]
        );
        assert!(found("a caller asked about our flu shot hours").is_empty());
        assert_eq!(
            found("Sister Agnes is back on our tele unit for the 4th time"),
            [("is back on our tele unit".into(), WEAK)]
        );
        assert_eq!(
            found("same energy as my 4am guy tonight"),
            [("my 4am guy".into(), STRONG)]
        );
        assert_eq!(
            found("The mom in 7 who refused vit K"),
            [("The mom".into(), STRONG)]
        );
        assert!(found("10/10 would be a patient of my own colleagues again").is_empty());
        assert_eq!(
            found("Psych C/L consult: pt in 1122 insists"),
            [("pt".into(), STRONG)]
        );
        assert!(found("the first patient in 1893 was")
            .iter()
            .all(|(_, confidence)| *confidence < STRONG));
        assert_eq!(
            found("Shoutout to my client R.M. who hit 1 year sober today"),
            [("my client".into(), STRONG)]
        );
        assert_eq!(
            found("Shoutout to Marisol who came back to our ED today with cookies"),
            [("who came back to our ED today".into(), STRONG)]
        );
        assert_eq!(
            found("the guy in pacu bay 4 just woke up"),
            [("the guy".into(), STRONG)]
        );
        assert_eq!(
            found("recognized the man in chair 4 as her teacher"),
            [("the man".into(), STRONG)]
        );
        assert!(found("Last week we lost Dr. Harold Kessler, who taught").is_empty());
        assert!(found("Five years ago today we lost our flight nurse Jenna").is_empty());
        assert_eq!(
            found("the pt in 507 just ordered 14 pizzas"),
            [("the pt".into(), STRONG)]
        );
        assert_eq!(
            found("Update on the trampoline kid from last week: he's fine"),
            [("the trampoline kid".into(), WEAK)]
        );
        assert_eq!(found("my pt asked"), [("my pt".into(), STRONG)]);
        assert_eq!(
            found("Our youngest ever DBS patient sent a video"),
            [("Our youngest ever DBS patient".into(), STRONG)]
        );
        assert_eq!(
            found("One of my telehealth patients, a single mom"),
            [("One of my telehealth patients".into(), STRONG)]
        );
        assert_eq!(
            found("Shoutout to @jr_26 who I consented for his liver transplant"),
            [("who I consented".into(), STRONG)]
        );
        assert_eq!(
            found("One of my assisted living residents, 93, just won"),
            [("One of my assisted living residents".into(), STRONG)]
        );
        assert_eq!(
            found("the first of my home health pts to master"),
            [("the first of my home health pts".into(), STRONG)]
        );
        assert_eq!(
            found("Guess who's on our rehab caseload"),
            [("on our rehab caseload".into(), STRONG)]
        );
        assert_eq!(
            found("Room 412 has pulled his IV out three times"),
            [("Room 412 has pulled".into(), WEAK)]
        );
        assert_eq!(
            found("we got a stabbing out of Millbrook"),
            [("we got".into(), WEAK)]
        );
        assert_eq!(
            found("19 yo, overdose, we got him back"),
            [("we got him back".into(), WEAK)]
        );
        assert_eq!(
            found("Motorcyclist came in w/ road rash"),
            [("came in w/ road".into(), WEAK)]
        );
        assert_eq!(
            found("a nurse from another unit admitted to our floor after"),
            [("admitted to our floor".into(), WEAK)]
        );
        assert_eq!(
            found("Our newest NICU admit was born at mile marker 112"),
            [("Our newest NICU admit".into(), STRONG)]
        );
        assert!(found("our ED admit rate is up").is_empty());
        assert_eq!(
            found("I've had the privilege of being Hope's nurse for three years"),
            [("Hope's nurse".into(), STRONG)]
        );
        assert!(found("being my daughter's nurse for a day").is_empty());
        assert_eq!(found("Pt's wife emailed"), [("Pt's".into(), STRONG)]);
        assert_eq!(
            found("one of my long-time dialysis patients"),
            [("one of my long-time dialysis patients".into(), STRONG)]
        );
        assert_eq!(
            found("my NICU graduate Harper"),
            [("my NICU graduate".into(), STRONG)]
        );
        assert_eq!(found("the pt in 412 has"), [("the pt".into(), STRONG)]);
        assert_eq!(
            found("our newest MA is a former patient of mine, Jasmine"),
            [("a former patient of mine".into(), STRONG)]
        );
        assert_eq!(
            found("our frequent flyer posted a video"),
            [("our frequent flyer".into(), STRONG)]
        );
        assert_eq!(
            found("need placement for a 16yo who's been"),
            [("16yo".into(), WEAK)]
        );
        assert_eq!(found("dude on the vent in 9 has"), [("dude".into(), WEAK)]);
        assert_eq!(
            found("a forklift operator came in for his 3rd injury"),
            [("came in for his".into(), WEAK)]
        );
        assert_eq!(found("8yo came in after"), [("8yo".into(), WEAK)]);
        assert!(found("I came in with coffee for the team").is_empty());
        assert_eq!(
            found("Took care of a local pastor's teenage son in our ER tonight"),
            [("Took care of a local pastor's teenage son".into(), WEAK)]
        );
        assert!(found("My husband took care of a neighbor's son in June").is_empty());
        assert_eq!(
            found("The driver from the bus crash came to us. Quiet man."),
            [("came to us".into(), WEAK)]
        );
        assert_eq!(
            found("A teacher came in at 38 weeks this morning"),
            [("came in at 38".into(), WEAK)]
        );
        assert!(found("I came in at 10pm for the night shift").is_empty());
        assert_eq!(
            found("Ma'am, I gave you an enema on Tuesday"),
            [("I gave you".into(), WEAK)]
        );
        assert_eq!(
            found("@doc I had a bride come in 2 hrs before"),
            [("I had a bride come in".into(), WEAK)]
        );
        assert_eq!(
            found("This. Saw a 6th grade teacher from Roosevelt Middle"),
            [("Saw a 6th grade teacher".into(), WEAK)]
        );
        assert!(found("He saw a teacher from his old school").is_empty());
        assert_eq!(
            found("4 ODs tonight off the same pills"),
            [("4 ODs tonight".into(), WEAK)]
        );
        assert_eq!(
            found("ran a call on the Route 9 overpass"),
            [("ran a call on".into(), WEAK)]
        );
        assert_eq!(
            found("passed out during his blood draw"),
            [("during his blood draw".into(), WEAK)]
        );
        assert_eq!(
            found("Telerad at 3am: CXR on a 19yo out of Ketchikan"),
            [("a 19yo".into(), WEAK)]
        );
        assert_eq!(
            found("Our 15yo hit goal weight after 11 weeks inpatient"),
            [("Our 15yo".into(), WEAK)]
        );
        assert!(found("Our 15yo made varsity after 11 weeks of practice").is_empty());
        assert_eq!(
            found("shoutout to my guy JR in rm 402"),
            [("my guy".into(), STRONG)]
        );
        assert_eq!(
            found("we had an older couple admitted"),
            [("we had".into(), WEAK)]
        );
        assert_eq!(
            found("we transported a man who"),
            [("we transported a man".into(), STRONG)]
        );
        assert_eq!(
            found("patient in trauma bay 2 right now"),
            [("patient".into(), STRONG)]
        );
        assert_eq!(
            found("we had a patient admitted on her birthday"),
            [("a patient".into(), STRONG)]
        );
        assert_eq!(
            found("My 16yo patient with anorexia"),
            [("patient".into(), STRONG)]
        );
        assert_eq!(
            found("Our oldest L&D patient ever delivered"),
            [("Our oldest L&D patient".into(), STRONG)]
        );
        assert_eq!(
            found("our 3-month-old patient"),
            [("patient".into(), STRONG)]
        );
        assert_eq!(
            found("to the guy in room 14 who tried"),
            [("the guy".into(), STRONG)]
        );
        assert_eq!(
            found("the patient in 5102 went into VT"),
            [("the patient".into(), STRONG)]
        );
    }

    #[test]
    fn care_given_to_one_person_is_specific() {
        assert_eq!(
            found("I've probably transported him 60 times"),
            [("transported him".into(), STRONG)]
        );
        assert_eq!(
            found("Just discharged the retired firefighter who"),
            [("Just discharged the retired firefighter".into(), STRONG)]
        );
        assert_eq!(
            found("I delivered Kayla's baby boy at 2:14"),
            [("I delivered Kayla's baby".into(), STRONG)]
        );
        assert_eq!(
            found("One of my adolescent patients has been posting"),
            [("One of my adolescent patients".into(), STRONG)]
        );
        assert_eq!(
            found("one of our second graders came to my office"),
            [("one of our second graders".into(), STRONG)]
        );
        assert_eq!(
            found("This mama walked into triage"),
            [("This mama".into(), WEAK)]
        );
        assert_eq!(found("Kiddo showed up overnight"), [("Kiddo".into(), WEAK)]);
        // Not a person, or not care.
        assert!(found("we admitted the new policy was late").is_empty());
        assert_eq!(
            found("last night I was the nurse for Tamara Hughes, a"),
            [("I was the nurse for".into(), STRONG)]
        );
        assert_eq!(
            found("because of a patient I had this week."),
            [("a patient".into(), STRONG)]
        );
        assert_eq!(
            found("Patient on my table this morning is a retired"),
            [("Patient on my table".into(), STRONG)]
        );
        assert_eq!(
            found("happy 100th bday to my fave resident in room 7!!"),
            [("my fave resident".into(), STRONG)]
        );
        assert_eq!(
            found("my guy in bay 3 today turned out to be"),
            [("my guy".into(), STRONG)]
        );
        assert_eq!(
            found("Third overdose out of the same block tonight"),
            [("Third overdose".into(), WEAK)]
        );
        assert!(found("an overdose is a medical emergency").is_empty());
        assert!(found("I saw him at the grocery store").is_empty());
        assert!(found("she delivered the keynote").is_empty());
    }

    #[test]
    fn weak_references_are_marked_weak() {
        assert_eq!(
            found("A patient once told me"),
            [("A patient".into(), WEAK)]
        );
        assert_eq!(
            found("the 7 month old we coded"),
            [("we coded".into(), WEAK)]
        );
        assert_eq!(found("on the guy who ate"), [("the guy".into(), WEAK)]);
        assert_eq!(
            found("Mrs. K in 302 just told me"),
            [("Mrs. K".into(), STRONG)]
        );
        assert_eq!(
            found("The 8 month old we saw this morning"),
            [("we saw".into(), WEAK)]
        );
        assert_eq!(
            found("Today I told a 28yo she has"),
            [("I told".into(), WEAK)]
        );
        assert_eq!(
            found("Tonight a man in his 70s told me"),
            [("a man".into(), WEAK)]
        );
        assert_eq!(
            found("teaching the nurses to knit during her dialysis."),
            [("during her dialysis".into(), WEAK)]
        );
        assert_eq!(
            found("a pitcher who came in with a cut"),
            [("who came in with".into(), WEAK)]
        );
        assert_eq!(
            found("We had a lightning strike victim tonight"),
            [("We had".into(), WEAK)]
        );
        assert_eq!(
            found("2 kids unrestrained, one airlifted to"),
            [("one airlifted".into(), WEAK)]
        );
        assert_eq!(
            found("45M found down, GCS 6, tubed."),
            [("found down".into(), WEAK), ("tubed".into(), WEAK)]
        );
        assert_eq!(
            found("both admitted with STEMIs"),
            [("both admitted with".into(), WEAK)]
        );
        assert_eq!(
            found("Guy came in with a hook"),
            [("Guy came in".into(), WEAK)]
        );
    }

    #[test]
    fn ignores_generic_talk() {
        assert!(found("when your pt is admitted").is_empty());
        assert!(found("ask your fasting pts about it").is_empty());
        assert!(found("Patients 65+ should get").is_empty());
        assert!(found("went to see my next patient").is_empty());
        assert!(found("PT eval tomorrow").is_empty());
        assert!(found("the guy in the next room").is_empty());
        assert!(found("kids 5 to 11 years old").is_empty());
        assert!(found("every patient in room 3 gets a fall mat").is_empty());
        assert!(found("Apologies to every ortho pt I ever rolled my eyes at").is_empty());
        assert!(found("room 5 is booked for the M&M conference").is_empty());
        assert!(found("we had a shooting drill and a stabbing lecture").is_empty());
        assert!(found("grateful to my PT Joanna at Summit PT").is_empty());
        assert!(found("I make less than the guy who hands out samples").is_empty());
        assert_eq!(
            found("don't let a hypothetical 45 y/o dialysis pt trick you"),
            [("pt".into(), WEAK)]
        );
    }
}
