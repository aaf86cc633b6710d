//! Personal details tied to the patient: sex ("a lady"), occupation ("a roofer"), family role
//! ("her husband", "pt's wife"), pregnancy ("34 weeks", "G3P2", "3 days postpartum"), language
//! or ethnicity, military service. The author's own family ("my dad") is not matched.

use crate::category::Category;
use crate::detector::{Candidate, Detector};
use crate::detectors::context::{clause_tail, kin_name_opens_post};
use crate::detectors::cues::{in_tag, previous_word_is, Rule, RuleSet};
use crate::text::Text;

const FAMILY_REASON: &str =
    "Names a relative of the patient: family and neighbours recognise a family's story.";
const PERSON_REASON: &str =
    "Describes who the patient is (sex, age group): with other details, it narrows them down.";
const JOB_REASON: &str =
    "The patient's occupation narrows them down a lot, especially in a small community.";
const PREGNANCY_REASON: &str =
    "Pregnancy details (weeks, gravida/para, postpartum days) narrow the patient down.";
const ORIGIN_REASON: &str =
    "Language, ethnicity or military service narrows the patient down in a small community.";
const GENERALISE: Option<&str> = Some("remove or generalise this detail");

const RELATIVES: &str = r"great-grandbab(?:y|ies)|great-grandkids|great-grandson|great-granddaughter|great-grandchildren|twin girls|twin boys|big bro|little bro|big sis|little sis|hubby|wife|husband|son|daughter|mom|mother|mama|momma|dad|father|daddy|papa|parents|kids|children|twins|granddaughter|grandson|grandkids|grandchildren|grandma|grandpa|grandmother|grandfather|sister|brother|big sister|little sister|big brother|little brother|aunt|uncle|niece|nephew|cousin|roommates?|boyfriend|girlfriend|bf|gf|ex-wife|ex-husband|ex|fianc[eé]e?|partner|family|other kids|teenage son|teenage daughter|abuelo|abuela|abuelita|abuelito";

const JOBS: &str = r"(?:retired |former |local )?(?:ferris wheel operator|ride operator|heavy equipment operator|teacher|schoolteacher|(?:middle|high|elementary) school teacher|kindergarten teacher|construction worker|roofer|beekeeper|(?:dairy |cattle |corn )?farmer|rancher|(?:volunteer )?firefighter|cop|police officer|state trooper|deputy|mailman|mail carrier|postal worker|cashier|trucker|truck driver|bus driver|pilot|flight attendant|lawyer|attorney|pastor|priest|rabbi|imam|preacher|(?:high school|college) (?:junior|senior|freshman|sophomore)|college student|grad student|(?:[0-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) grader|kindergartner|marathoner|ultramarathoner|triathlete|bodybuilder|lineman|welder|electrician|plumber|mechanic|miner|coal miner|fisherman|lobsterman|logger|carpenter|landscaper|janitor|bartender|waitress|waiter|barista|chef|line cook|librarian|professor|soldier|marine|sailor|veteran|rodeo rider|bull rider|(?:saddle )?bronc rider|barrel racer|(?:team |calf )?roper|(?:[a-z]+ )?tour guides?|(?:fishing|hunting|river|rafting) guide|lifeguard|jockey|gymnast|cheerleader|dancer|ballerina|stripper|model|actor|actress|musician|drummer|singer|youth pastor|dental hygienist|realtor|accountant|engineer|programmer|golfer|deer hunter|cyclist|jogger|hiker|skier|snowboarder|surfer|skateboarder|pianist|concert pianist|violinist|cellist|organist|artist|sculptor|author|novelist|poet|journalist|reporter|photographer|baker|butcher|brewer|winemaker|hunter|trapper|park ranger|game warden|forest ranger|detective|prison guard|corrections officer|banker|bank teller|clerk|architect|scientist|chemist|astronaut|surveyor|blacksmith|auctioneer|undertaker|funeral director|mortician|seamstress|tailor|cobbler|chauffeur|cab driver|taxi driver|bus mechanic|zookeeper|veterinarian|vet tech|dog groomer|horse trainer|jockey|rancher|cowboy|rodeo clown|clown|magician|comedian|pastor's wife|deacon|choir director|band director|coach|athlete|ironworker|steelworker|farmworker|farmhand|ranch hand|oil rig worker|rig worker|roughneck|dock worker|longshoreman|crane operator|forklift driver|lumberjack|tree trimmer|arborist|house painter|drywaller|bricklayer|stonemason|pipefitter|boilermaker|lineworker|nanny|babysitter|hairdresser|hair stylist|barber|nail tech|uber driver|lyft driver|delivery driver|security guard|bouncer|(?:d1|d3|division i|college|high school|varsity|collegiate) (?:swimmer|runner|wrestler|pitcher|football player|basketball player|soccer player|volleyball player|athlete|gymnast|rower|sprinter)|swimmer|wrestler|boxer|lefty pitcher|pitcher|catcher|linebacker|goalie|umpire|referee|nun|monk|missionary|pro wrestler|mma fighter|unit secretary|lunch lady|crossing guard|school bus driver|mail lady|forklift operator|machine operator|equipment operator|dentist|orthodontist|ups driver|fedex driver|amazon driver|sophomore|freshman|(?:army|navy|air force|marine|national guard) (?:colonel|sergeant|captain|major|general|veteran|vet|medic|recruiter)|colonel|drill sergeant)";

/// Tag of the bare parent rule ("Dad found them").
const BARE_PARENT: u8 = 1;
/// Tag of the occupation rule.
const JOB: u8 = 2;

/// Finds demographic details.
pub struct Demographic {
    rules: RuleSet,
}

impl Demographic {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let mut rules = vec![
            // Relatives of the patient: "her husband", "pt's wife", "their mama", "Grandpa and
            // grandson", "wife of 62 years".
            Rule::new(
                &format!(
                    r"(?:his|her|their|pt's|pts|patient's|the pt's|the patient's) (?:(?:new|late|adult|grown|teenage|older|younger|little|big|elderly|oldest|youngest|only|twin|baby)\x20)?(?:{RELATIVES})(?:'s)?|(?:wife|husband) of [0-9]+ (?:years|yrs)|grandpa and grandson|grandma and granddaughter|mom and baby|(?:a )?(?:dad|mom|father|mother) and (?:his|her) (?:teenage |little |baby |newborn |adult )?(?:son|daughter|kids|baby)"
                ),
                Category::Demographic,
                FAMILY_REASON,
                GENERALISE,
            ),
            // Sex and age group with an article: "a lady", "the 40s guy", "two little girls",
            // "older gentleman, maybe mid 70s", "a woman in her 30s", "80s M".
            Rule::new(
                r"(?:a|an|the|this|that|one|two|three|four|sweet|older|elderly|young) (?:(?:little|young|older|elderly|sweet|old|teenage|tiny|pregnant|[0-9]0s)\x20)*(?:lady|ladies|woman|women|man|guy|gentleman|boy|boys|girl|girls|teen|teenager|toddler|infant|newborn|preschooler|baby girl|baby boy|mom|dad|grandmother|grandfather|widow|widower)(?:, maybe (?:early |mid |late )?[0-9]0s)?(?: in (?:his|her) (?:early |mid |late |mid-)?[0-9]0s)?|[0-9]0s (?:guy|man|woman|lady|gentleman|m|f|male|female)|in (?:his|her) (?:early |mid |late |mid-)?[0-9]0s|(?:man|woman|guy|lady|gentleman) in (?:his|her) (?:early |mid |late |mid-)?[0-9]0s|(?:both|all three|all four|the two of them) in their (?:early |mid |late |mid-)?[0-9]0s|baby (?:girl|boy)|new mom|(?:a|the) (?:bride|groom|best man|maid of honor|bridesmaid|groomsman|birthday girl|birthday boy)|(?:[0-9]+[- ]?(?:yo|y/o|year[- ]old|yr[- ]old) )(?:lady|woman|man|guy|girl|boy|gentleman)",
                Category::Demographic,
                PERSON_REASON,
                GENERALISE,
            )
            .confidence(60),
            // A local business of one's own ("the lady who owns the little bakery"), a twin's
            // birth order ("twin B").
            Rule::new(
                r"(?:owns|runs|owned|ran|manages) (?:the|a|that|this) (?:[a-z'-]+ ){0,2}?(?:bakery|diner|cafe|café|coffee shop|restaurant|bar|pub|tavern|shop|store|salon|barbershop|barber shop|gym|farm|ranch|dairy|orchard|winery|brewery|garage|body shop|feed store|hardware store|pharmacy|funeral home|daycare|food truck|taco truck|bookstore|florist|motel|hotel|pizzeria|deli|laundromat|car wash|gas station)|(?:twin|triplet) [a-c]",
                Category::Demographic,
                PERSON_REASON,
                GENERALISE,
            ),
            // Pregnancy: "pregnant with her second", "31 wks pregnant", "at 34 weeks",
            // "3 days postpartum", "G3P2", "G1P0 at 20 wks".
            Rule::new(
                r"(?:a )?pregnant(?: (?:with (?:her|their) [a-z]+|woman|lady|pt|patient|teen)(?: at [0-9]{1,2} ?(?:wks|weeks))?)?|[0-9]{1,2} ?(?:wks|weeks) pregnant|(?:at|was|is) ([0-9]{1,2}(?:\+[0-6])? ?(?:wks|weeks))|[0-9]{1,2} (?:days|weeks) postpartum|postpartum day [0-9]+|g[0-9]{1,2} ?p[0-9]{1,2}(?:[0-9]{3})?(?: at [0-9]{1,2} ?(?:wks|weeks))?",
                Category::Demographic,
                PREGNANCY_REASON,
                Some("pregnant"),
            ),
            // Language, ethnicity, service history.
            Rule::new(
                r"speaks (?:zero|no|only|little|very little) english|(?:only speaks|speaks only|who speaks only|only spoke|spoke only) (?:amharic|somali|tigrinya|hmong|haitian creole|creole|vietnamese|mandarin|cantonese|arabic|russian|ukrainian|polish|portuguese|tagalog|punjabi|farsi|pashto|dari|swahili|navajo|lakota|cree|ojibwe|yupik|inuktitut|k'iche'|mam|mixtec|spanish|french|german|italian|korean|japanese|hindi|urdu|bengali|gujarati|tamil|nepali|burmese|karen|khmer|lao)|(amharic|somali|tigrinya|hmong|haitian creole|creole|vietnamese|mandarin|cantonese|arabic|russian|ukrainian|polish|portuguese|tagalog|punjabi|farsi|pashto|dari|swahili|navajo|k'iche'|mam|mixtec|spanish)[- ](?:speaking|speaker|interpreter)|amish|mennonite|served in (?:korea|vietnam|iraq|afghanistan|the gulf|desert storm|wwii|world war ii)(?: with the [0-9]+(?:st|nd|rd|th) [a-z]+ division)?|(?:the )?[0-9]+(?:st|nd|rd|th) (?:marine|armored|infantry|airborne|cavalry|mountain) division(?: at fort [a-z]+)?(?:, [0-9]{4}-[0-9]{4})?",
                Category::Demographic,
                ORIGIN_REASON,
                GENERALISE,
            ),
            // Service, custody, faith, culture and life roles: "WWII vet", "ex-Navy", "Lance
            // Cpl", "SSG", "inmate", "honeymooner", "widower", "Jehovah's Witness", "Hmong
            // grandmother", "a Deaf gentleman", "exchange student", "single mom".
            Rule::new(
                r"(?:wwii|ww2|world war ii|korea|korean war|vietnam|gulf war|desert storm|iraq|afghanistan|combat|army|navy|marine|air force|coast guard|disabled) (?:vet|veteran)s?|ex-(?:navy|army|marine|marines|military|air force|coast guard)|(?:lance cpl|lance corporal|lcpl|ssg|sfc|pfc|spc|staff sgt|staff sergeant|gunnery sergeant|gunny|petty officer|master chief|airman|seaman)|(?:an |the |a )?(?:inmate|detainee|prisoner)s?|(?:a |the )?(?:honeymooner|newlywed|widower|widow)s?|jehovah's witness|hasidic|orthodox jewish|(?:hmong|filipino|filipina|haitian|somali|navajo|lakota|cherokee|samoan|tongan|marshallese|chuukese|guatemalan|salvadoran|honduran|congolese|eritrean|ethiopian|afghan|syrian|yemeni|rohingya|burmese|karen|bhutanese|nepali|vietnamese|cambodian|laotian|ukrainian|amish) (?:grandmother|grandfather|grandma|grandpa|woman|man|lady|gentleman|elder|mom|dad|mother|father|family|kid|boy|girl|teen|baby|farmer|waiter|worker|patient|pt|refugee)|(?:a |the )?deaf (?:gentleman|man|woman|lady|patient|pt|kid|boy|girl|teen|mom|dad)|(?:exchange|foreign|international) student|single (?:mom|dad|mother|father)(?: of (?:one|two|three|four|five|six|[0-9]))?",
                Category::Demographic,
                ORIGIN_REASON,
                GENERALISE,
            ),
            // An age band with a sex: "my 20-something guy", "a thirty-something mom", "4th grade
            // girl".
            Rule::new(
                r"(?:[0-9]0|twenty|thirty|forty|fifty|sixty|seventy|eighty)[- ]?something (?:guy|man|woman|lady|dude|gal|female|male|mom|dad|mother|father)|(?:[1-8](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) grade (?:girl|boy|kid|student)|(?:[1-9](?:st|nd|rd|th)|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grader|kindergartn?er",
                Category::Demographic,
                PERSON_REASON,
                GENERALISE,
            ),
            // A patient who is one of the staff.
            Rule::new(
                r"one of our (?:own )?(?:nurses|docs|doctors|surgeons|physicians|residents|medics|paramedics|techs|attendings|pharmacists)|a (?:mom|dad|patient|pt) who(?:'s| is) (?:also )?one of our (?:own )?[a-z]+",
                Category::Demographic,
                JOB_REASON,
                GENERALISE,
            ),
        ];
        rules.push(
            // "Dad found them", "mom named the girl", "Dad's face": a parent in the story.
            Rule::new(
                r"(?:dad|mom|mama|papa|grandma|grandpa|granddaughter|grandson)(?:'s)?",
                Category::Demographic,
                FAMILY_REASON,
                GENERALISE,
            )
            .confidence(50)
            .tag(BARE_PARENT),
        );
        rules.push(
            Rule::new(
                &format!(
                    r"(?:(?:a|an|the|was a|is a|as a)\x20)?(?:(?:local|retired|volunteer|young|veteran|dairy|school|middle school|high school|part-time|off-duty)\x20)*(?:{JOBS})(?: from up the road)?"
                ),
                Category::Demographic,
                JOB_REASON,
                GENERALISE,
            )
            .tag(JOB),
        );
        rules.push(
            // A job told by what the person does: "works nights at the Amazon warehouse",
            // "drives the Route 9 bus", "teaches 2nd grade", "a retired ferry captain".
            Rule::new(
                r"works (?:nights |days |weekends |doubles )?(?:at|for) (?:the |a )?[a-z0-9'&-]+(?: [a-z0-9'&-]+){0,2}?(?: (?:plant|mill|factory|warehouse|store|bank|mine|school|station|office|counter|diner|restaurant|hotel|casino|farm|ranch|yard|port|depot))?|drives (?:a|the) (?:[a-z0-9]+ ){0,2}?(?:bus|school bus|truck|semi|cab|taxi|tractor|forklift|ambulance|tow truck|garbage truck)|teaches (?:[0-9](?:st|nd|rd|th) grade|first grade|second grade|third grade|kindergarten|year [0-9]+|spin|yoga|piano|dance|high school|middle school|sunday school)|(?:retired|retd\.?) (?:[a-z]+ )?(?:captain|manager|officer|engineer|machinist|salesman|executive|banker|foreman|superintendent|minister|conductor|crop duster|cook|nurse|postmaster)|teaches at (?:the |a )?[a-z0-9'&-]+(?: [a-z0-9'&-]+)?|works (?:construction|the (?:[a-z]+ )?(?:counter|desk|register|line|floor|night shift|graveyard shift))|cleans (?:at (?:the |a )?[a-z0-9'&-]+|houses|offices)|runs the (?:register|counter|front desk|desk|kitchen|grill) at",
                Category::Demographic,
                JOB_REASON,
                GENERALISE,
            )
            .tag(JOB),
        );
        Demographic {
            rules: RuleSet::new(rules),
        }
    }
}

impl Default for Demographic {
    fn default() -> Self {
        Self::new()
    }
}

/// Possessives that make a relative or a job the author's own or a generic one.
const NOT_THE_PATIENT: &[&str] = &[
    "my", "your", "our", "his", "her", "their", "pt's", "sorry", "dear", "happy", "every", "any",
];

impl Detector for Demographic {
    fn name(&self) -> &'static str {
        "demographic"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for (rule, r) in self.rules.matches(text) {
            // "at least one guy who 'was just holding it'", "there's always that one lady":
            // a type, not a patient.
            let before = text.lower_before(r.start, 16);
            let generic = [
                "at least ",
                "always ",
                "always that ",
                "every ",
                "than ",
                "like ",
                // "You might save someone's grandma": anyone's.
                "someone's ",
                "somebody's ",
                "anyone's ",
                // "If a mom says 'something's not right,' believe her": any mom ("asked if her
                // husband could stay" is the patient's).
                "if a ",
                "if an ",
            ]
            .iter()
            .any(|w| before.ends_with(w))
                || (before.ends_with("if ")
                    && ["a ", "an "]
                        .iter()
                        .any(|a| text.lower()[r.clone()].starts_with(a)))
                // "if you're a vet or vet tech who does home euthanasia": the reader.
                || {
                    let clause = clause_tail(text.lower_before(r.start, 32))
                        .rsplit([',', ':'])
                        .next()
                        .unwrap_or("");
                    [
                        "if you're ",
                        "if you\u{2019}re ",
                        "if you are ",
                        "whether you're ",
                        "whether you are ",
                    ]
                        .iter()
                        .any(|w| clause.contains(w))
                };
            // "3 weeks out", "2 weeks ago": a wait, not a pregnancy; "swimmer's ear", "boxer's
            // fracture": a condition named after a job or sport, not the patient's job.
            let after = text.lower_after(r.end, 8);
            let phrase = &text.lower()[r.clone()];
            let duration = ["weeks", "wks", "days", "months"]
                .iter()
                .any(|u| phrase.ends_with(u));
            let not_a_detail = (duration
                && [
                    " out", " ago", " away", " later", " behind", " left", " off",
                ]
                .iter()
                .any(|w| after.starts_with(w)))
                || after.starts_with("'s ");
            let generic = generic || not_a_detail;
            if !generic && !in_tag(text, r.start) && !not_about_the_patient(text, rule.tag, &r) {
                out.push(rule.candidate(r));
            }
        }
    }
}

/// Per-tag checks: the author's own family, a job that belongs to someone else.
fn not_about_the_patient(text: &Text<'_>, tag: u8, r: &std::ops::Range<usize>) -> bool {
    match tag {
        // "my dad", "your mom", "(sorry Mom)", "Mom, you ..." (one's own mother).
        BARE_PARENT => {
            previous_word_is(text, r.start, NOT_THE_PATIENT)
                || text.lower_after(r.end, 1) == ","
                // "Grandma turned 101 on Sunday": a kin word opening a post with no encounter,
                // used as a name, is the author's own relative.
                || kin_name_opens_post(text, r.start)
        }
        JOB => {
            // "my kid's teacher": someone else's.
            // "our unit clerk", "our night secretary": a colleague.
            let before = text.lower_before(r.start, 16);
            let colleague = [
                "our unit ",
                "our floor ",
                "our clinic ",
                "our office ",
                "our night ",
                "our day ",
                "our ward ",
                "our er ",
                "our ed ",
                "our icu ",
                "my unit ",
                "my floor ",
            ]
            .iter()
            .any(|p| before.ends_with(p));
            // "8 yrs as an Army medic before med school", "I was a lifeguard": the author's own
            // past, not a patient's job. The match may begin with its own "was a".
            let phrase = &text.lower()[r.clone()];
            let article = ["was a ", "is a ", "as a ", "an ", "a ", "the "]
                .iter()
                .find(|a| phrase.starts_with(**a))
                .map_or(0, |a| a.len());
            let before_job = text.lower_before(r.start + article, 24);
            let own_past = [
                "yrs as a ",
                "years as a ",
                "yrs as an ",
                "years as an ",
                "i was a ",
                "i was an ",
                "worked as a ",
                "worked as an ",
                "i'm a ",
                "i'm an ",
                "i am a ",
                "i am an ",
            ]
            .iter()
            .any(|p| before_job.ends_with(p));
            // "role model", "mandated reporter", "the unit clerk": a compound, not a job of the
            // patient's (a bare job word: "unit is a volunteer firefighter" is one).
            let compound = !text.lower()[r.clone()].contains(' ')
                && previous_word_is(text, r.start, &["role", "mandated", "unit", "ward"]);
            let owned = colleague
                || own_past
                || compound
                || previous_word_is(text, r.start, &["my", "your", "our", "her", "his", "their"])
                || (text.lower_before(r.start, 4).ends_with("'s ")
                    // "it's the line cook", "she's a teacher": a contraction, not an owner.
                    && !["it's ", "that's ", "he's ", "she's ", "there's ", "who's ", "here's ", "what's "]
                        .iter()
                        .any(|c| text.lower_before(r.start, 10).ends_with(c)));
            // A job title right before a capitalised name is a person ("Coach Smith").
            let bare = !text.lower()[r.clone()].contains(' ');
            let next_word_capitalised = text.lower_after(r.end, 1) == " "
                && text.char_at(r.end + 1).is_some_and(|c| c.is_uppercase());
            owned || (bare && next_word_capitalised)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        crate::detectors::test_support::longest_phrases(&Demographic::new(), s)
    }

    #[test]
    fn businesses_twins_colleagues_and_conditionals() {
        assert_eq!(
            found("the lady who owns the little bakery on Main"),
            ["the lady", "owns the little bakery"]
        );
        assert_eq!(found("24 weeker in pod C, twin B, pulled"), ["twin B"]);
        assert!(found("Tamales from our unit clerk").is_empty());
        assert!(found("The unit clerk knows everything.").is_empty());
        assert!(found("she's a role model").is_empty());
        assert_eq!(
            found("Pt in our burn unit is a volunteer firefighter who ran back in"),
            ["is a volunteer firefighter"]
        );
        assert!(found("a yearly mandated reporter video").is_empty());
        assert_eq!(found("a clerk at the Dollar General came in"), ["a clerk"]);
        assert!(found("If a mom says something's not right, believe her").is_empty());
        // The reader, not a patient.
        assert!(
            found("if you're a vet or vet tech who does home euthanasia: thank you").is_empty()
        );
        assert_eq!(
            found("if you're worried, the vet tech in bed 3 came in"),
            ["the vet tech"]
        );
    }

    #[test]
    fn relatives_with_an_adjective_and_more_jobs() {
        assert_eq!(found("and his new wife hasn't left"), ["his new wife"]);
        assert!(!found("my pt, a retired concert pianist, played").is_empty());
        assert!(!found("a retired crop duster came in").is_empty());
        assert!(!found("she teaches at the elementary school and").is_empty());
        assert!(!found("he works construction and").is_empty());
        assert!(!found("she cleans at the Super 8 on 5th").is_empty());
        assert!(found("the new protocol teaches a lot").is_empty());
        assert_eq!(
            found("Saddle bronc rider from the stampede"),
            ["Saddle bronc rider"]
        );
        assert_eq!(
            found("he works nights at the Amazon warehouse, came in"),
            ["works nights at the Amazon warehouse"]
        );
        assert_eq!(
            found("she drives the Route 9 bus"),
            ["drives the Route 9 bus"]
        );
        assert_eq!(found("teaches 2nd grade at Lincoln"), ["teaches 2nd grade"]);
        assert_eq!(found("a retired ferry captain"), ["retired ferry captain"]);
        assert!(found("the med works fast").is_empty());
        assert_eq!(
            found("one of the gator tour guides"),
            ["the gator tour guides"]
        );
        assert!(found("the next appointment is 3 weeks out").is_empty());
        assert!(found("swimmer's ear all summer").is_empty());
    }

    #[test]
    fn outpatient_jobs_and_age_bands() {
        assert_eq!(
            found("a forklift operator from the plant"),
            ["a forklift operator"]
        );
        assert_eq!(
            found("a UPS driver in his 40s limping"),
            ["a UPS driver", "in his 40s"]
        );
        assert_eq!(found("a retired Army colonel"), ["a retired Army colonel"]);
        assert_eq!(found("a widower who lives alone"), ["a widower"]);
        assert!(found("my dentist says floss").is_empty());
    }

    #[test]
    fn finds_relatives_of_the_patient() {
        assert_eq!(found("Her husband held her hand"), ["Her husband"]);
        assert_eq!(found("pt's wife emailed me"), ["pt's wife"]);
        assert_eq!(
            found("Dad found them when he got home, and both came in by ambulance"),
            ["Dad"]
        );
        // A kin word opening a post with no encounter is the author's own relative.
        assert!(found("Grandma turned 101 on Sunday!").is_empty());
        assert_eq!(found("crawled in: wife of 62 years"), ["wife of 62 years"]);
    }

    #[test]
    fn the_authors_own_past_jobs() {
        assert_eq!(
            found("but it's the line cook at the Blue Heron Diner"),
            ["the line cook"]
        );
        assert!(found("8 yrs as an Army medic before med school").is_empty());
        assert!(found("I was a lifeguard for six summers").is_empty());
        assert_eq!(
            found("a lifeguard got struck by lightning"),
            ["a lifeguard"]
        );
    }

    #[test]
    fn finds_service_custody_faith_culture_and_life_roles() {
        assert_eq!(
            found("at the county fair the ferris wheel operator fell"),
            ["the ferris wheel operator"]
        );
        assert_eq!(found("Vietnam vet in 4B today told me"), ["Vietnam vet"]);
        assert_eq!(found("Pt is 80, ex-Navy, and called this"), ["ex-Navy"]);
        assert_eq!(
            found("Sick call at the state pen. Inmate A-558913 has"),
            ["Inmate"]
        );
        assert_eq!(
            found("honeymooner got stung by a lionfish"),
            ["honeymooner"]
        );
        assert_eq!(
            found("He's a Jehovah's Witness, carried his card"),
            ["Jehovah's Witness"]
        );
        assert_eq!(
            found("We had a 91-year-old Hmong grandmother on"),
            ["Hmong grandmother"]
        );
        assert_eq!(
            found("I saw a Deaf gentleman, 81, retired"),
            ["a Deaf gentleman"]
        );
        assert_eq!(
            found("A 20-year-old exchange student from"),
            ["exchange student"]
        );
        assert_eq!(
            found("his mom. Single mom, works overnights"),
            ["his mom", "Single mom"]
        );
        assert_eq!(found("Her big bro Canyon cried for her"), ["Her big bro"]);
        // The author as a student is no patient's detail.
        assert!(found("Third-year med student here: today I learned").is_empty());
    }

    #[test]
    fn finds_sex_jobs_and_pregnancy() {
        assert_eq!(found("set a wrist on a lady who fell"), ["a lady"]);
        assert_eq!(found("Tonight a toddler swallowed magnets"), ["a toddler"]);
        assert_eq!(found("the newborn in bay 3"), ["the newborn"]);
        assert_eq!(
            found("weaned my 20-something guy off"),
            ["20-something guy"]
        );
        assert_eq!(found("a 4th grade girl brought"), ["4th grade girl"]);
        assert_eq!(found("Kindergartner got his head stuck"), ["Kindergartner"]);
        assert_eq!(
            found("The construction worker in bay 3"),
            ["The construction worker"]
        );
        assert_eq!(
            found("middle school teacher came in"),
            ["middle school teacher"]
        );
        assert_eq!(found("G1P0 at 20 wks"), ["G1P0 at 20 wks"]);
        assert_eq!(found("came in 3 days postpartum"), ["3 days postpartum"]);
        assert_eq!(found("at 34 weeks with"), ["34 weeks"]);
        assert_eq!(found("a 40s guy rolls in"), ["a 40s guy"]);
        assert_eq!(
            found("Twin brothers, both in their 50s, both"),
            ["both in their 50s"]
        );
        assert_eq!(found("an Amharic interpreter"), ["Amharic"]);
        assert_eq!(
            found("Kokum came along, only speaks Cree, and sang"),
            ["only speaks Cree"]
        );
    }

    #[test]
    fn ignores_the_authors_own_family_and_staff() {
        assert!(found("My dad turned 90 today").is_empty());
        assert!(found("Mom, you worked nights").is_empty());
        assert!(found("(sorry Mom)").is_empty());
        assert!(found("my kid's teacher asked").is_empty());
        assert!(found("Coach Smith said").is_empty());
        assert!(found("#teacher life").is_empty());
    }
}
