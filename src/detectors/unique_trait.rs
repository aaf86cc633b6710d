//! Unique identifying characteristics (a direct identifier, HIPAA's catch-all): a public role
//! ("the mayor's wife", "our starting QB", "the only OB in town"), a distinctive tattoo, fame
//! ("it's all over TikTok", "our local celebrity"), a named public event ("the Flying Pig
//! Marathon"), a jersey number in a sports context.
//!
//! Roles, tattoos and fame are Medium. A named public event is Low (a marathon is public; it
//! identifies only once the post shows a real patient there).

use regex::Regex;

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::detectors::cues::{in_tag, Rule, RuleSet};
use crate::text::Text;

const ROLE_REASON: &str =
    "A public role identifies the person: everyone in town knows who holds it.";
const TATTOO_REASON: &str = "A distinctive tattoo is as identifying as a name.";
const FAME_REASON: &str =
    "A person already in the news or on social media is easy to recognise from the story.";
const EVENT_REASON: &str =
    "A named public event plus a patient's story lets others work out who it was.";
const JERSEY_REASON: &str = "A jersey number names the player.";
const WORKPLACE_REASON: &str =
    "Where someone works (here, or a numbered station or precinct) narrows them to a few people coworkers know.";
const RARE_ROLE_REASON: &str =
    "Few people hold this role or background: in a story about a patient it points at one person.";

/// Tag of the rule for a town's office named by the town ("the Kessler Falls fire chief").
const TOWN_OFFICE: u8 = 1;

/// Finds unique traits.
pub struct UniqueTrait {
    rules: RuleSet,
    /// "Mayor Thornton": a title before a capitalised name (original text).
    titled: Regex,
    /// Named events and public incidents, original text: "the Flying Pig Marathon", "the Carson
    /// Valley fire", "the welder from the Kessling Steel explosion".
    event: Regex,
    jersey: Regex,
    /// A named employer, capitalised in the original text: "the manager of the Tractor Supply
    /// in Millbrook", "a Bass Pro Shops employee".
    workplace: Regex,
    /// A named team's leader, original text: "the Dunmore Rovers captain".
    team_role: Regex,
}

impl UniqueTrait {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let role = r"mayor|sheriff|governor|lieutenant governor|senator|state senator|congressman|congresswoman|state rep|county commissioner|city councilman|city councilwoman|council member|judge|district attorney|police chief|fire chief|fire marshal|superintendent|(?:high school|middle school|elementary school|elementary|school) (?:vice )?principal|vice principal|assistant principal|headmistress|headmaster|head teacher|athletic director|band director|choir director|drama teacher|city manager|town clerk|councilman|councilwoman|alderman|alderwoman|selectman|bishop|weatherman|weather ?girl|weather lady|(?:news|morning|evening|nightly|weekend|sports) anchor|anchorman|anchorwoman|radio host|quarterback|starting qb|qb|starting (?:center|forward|guard|pitcher|catcher|goalie|goalkeeper|linebacker|striker|shortstop|midfielder|running back|wide receiver|tight end)|head coach|(?:football|basketball|baseball|softball|soccer|hockey|wrestling|volleyball|track|swim|varsity|jv|little league) coach|point guard|star pitcher|team captain|homecoming queen|homecoming king|prom queen|prom king|valedictorian|salutatorian|class president|student body president|head cheerleader|drum major|pastor of [a-z]+ [a-z]+|youth pastor|senior pastor|postmaster|postmistress|crossing guard|rodeo clown";
        let rules = vec![
            Rule::new(
                &format!(
                    r"(?:retired|former) (?:[a-z]+ ){{0,2}}?(?:{role})(?-u:\b)|(?:the|our|a|my|his|her|their|this year's|last year's) (?:(?:favorite|favourite|beloved|local|tv|channel [0-9]+(?:'s)?|town|town's|city|city's|county|county's|state|former|retired|school's|team's|high school's|high school|(?:[a-z]+ ){{1,2}}high(?:'s)?|(?:[a-z]+ ){{1,2}}hs|hs|starting|varsity|jv|head|assistant|[0-9]+ ?(?:yo|y/o)|[0-9]+-year-old)\x20)*(?:{role})(?:'s (?:wife|husband|son|daughter|mom|mother|dad|father|kid|kids|grandson|granddaughter))?|the (?:[a-z]+ ){{0,2}}[a-z]+s' (?:starting|star|backup) (?:{role}|center|forward|guard|pitcher|catcher|goalie|linebacker|striker|shortstop|midfielder)|(?:high|hs|high school|middle school|university|college|state)'s (?:(?:starting|star|varsity|head|assistant)\x20)*(?:{role})|the only (?:ob|obgyn|doctor|doc|dentist|pharmacist|vet|pediatrician|surgeon|midwife|np|pa|lawyer|pastor|priest|[a-z]+) in (?:town|our town|this town|the county|the valley|the village|our county|the parish)|the (?:town's|county's|city's|village's|island's|valley's|area's) (?:only|one|lone|last) (?:[a-z]+ )?[a-z]+|the only (?:one|case|patient|kid|person|(?:[a-z-]+ ){{0,2}}(?:woman|man|lady|guy|girl|boy|family|kid|person)) (?:with it |like (?:him|her|them) )?in (?:town|the county|the state|the country|(?:iowa|ohio|utah|maine|idaho|texas|alaska|[a-z]+ county))|the (?:oldest|youngest|last surviving|last living) (?:woman|man|person|resident|lady|gentleman|veteran|vet|living [a-z]+|[a-z]+ veteran) (?:in|of) (?:town|the county|the state|the valley|the parish|[a-z]+ county|[a-z]+ parish|[a-z]+)|olympian|olympic (?:trials )?(?:qualifier|athlete|hopeful|medalist|gold medalist|swimmer|runner|skier|gymnast)|(?:former |future )?(?:nfl|nba|mlb|nhl|wnba|mls|pro|professional) (?:player|athlete|prospect|quarterback|linebacker|pitcher|wrestler|boxer|fighter)|(?:wwii|ww2|world war ii|pearl harbor|d-day|korea|vietnam) (?:vet|veteran|survivor)(?:, the last one in (?:our|the) [a-z]+)?|the last (?:wwii |ww2 |living )?(?:vet|veteran|survivor) in (?:our|the) [a-z]+"
                ),
                Category::UniqueTrait,
                ROLE_REASON,
                Some("remove the role"),
            )
            .severity(Severity::Medium)
            .confidence(75),
            Rule::new(
                r"(?:our |a |the )?(?:local )?celebrity(?: patient)?|it's all over (?:tiktok|facebook|instagram|the news|twitter|social media|x)|all over (?:tiktok|facebook|the news|social media)|went viral|(?:seen|saw) (?:him |her |them |it |this )?on the (?:local |evening |nightly )?news|(?:you |y'all )?(?:probably |may have |might have |prob )?(?:saw|seen) (?:him|her|them|it|this) on (?:tv|channel [0-9]+)|if you watch channel [0-9]+|(?:the )?(?:local )?news (?:was|were|crew was|crews were) there|(?:you|y'all|everyone|everybody|half (?:of )?(?:you|this town|the town)(?: reading this)?) (?:all |probably |definitely |prob )?(?:know|knows|had|remember|recognize) (?:him|her)(?-u:\b)|you'll (?:all )?remember (?:him|her)|if you know (?:him|her)|(?:the )?(?:\$[0-9.,]+ (?:million |mil |billion |k )?)?(?:lottery|powerball|mega millions|lotto|jackpot) winner|(?:the )?(?:rightful )?heir to (?:the )?(?:[a-z]+ ){1,3}fortune|(?:a |the |that )?(?:youtuber|tiktoker|influencer|streamer) with|(?:local )?news covered it|made the (?:local )?news|(?:was |were )?on every (?:news )?(?:channel|station)|the [a-z]+ movie (?:guy|star|lady|actor|actress)|(?:a|the|that) (?:tiktok|youtube|instagram|reality tv|reality show) (?:star|famous [a-z]+|influencer|guy|girl)|(?:has |with |had )?(?:[0-9]+(?:\.[0-9])?[km]?|thousands of|millions of|a million) (?:followers|subscribers|subs)(?: on (?:tiktok|instagram|youtube|x|twitter|facebook|twitch))?|(?:train |amtrak |bus )?derailment|(?:the|that) (?:big |huge |massive |bad )?(?:fire|crash|wreck|explosion|shooting|pileup|pile-up|collapse|flood|stabbing) (?:everyone saw |you saw |you all saw |that was |that ended up )?(?:on|in) the news",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .severity(Severity::Medium)
            .confidence(75),
            // Known from the news or a viral video, or "won't say who": recognisable, but only
            // a patient's when the post is about one (low severity: risk rule 3). "That viral
            // video of the nurse dancing in the med room" is no patient.
            Rule::new(
                r"(?:the|that|a|his|her) viral (?:[a-z]+ ){0,2}(?:tiktok|video|clip|post|reel)|(?:gone|going|goes) viral|everyone(?:'s| is| has been) talking about|(?:was|were|been) (?:on|in) the (?:local |evening |nightly )?news|on the (?:[0-9]+ o'clock|6 o'clock|11 o'clock|local|evening|nightly) news|(?:won't|can't|cannot|not gonna|not going to) say who|you know exactly wh(?:o|ich)|yes,? that (?:one|guy|lady|kid)|(?:is|sits|serves|served) on the (?:county commission|city council|town council|school board|board of education|board of supervisors)|(?:the|our|a) (?:[a-z]+ )?(?:school|team|high school|hs) mascot",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .severity(Severity::Low)
            .confidence(70),
            // Tattoos with a description or a place on the body.
            Rule::new(
                r#"(?:(?:a|an|the|his|her|their)(?-u:\b)[a-z0-9 '&/-]{0,40}?)?tattoo(?: of [a-z0-9 '&/-]{1,60}?)?(?: (?:on|across) (?:his|her|their|the|l|r|lt|rt) (?:(?:whole|entire|left|right|l|r|upper|lower|inner|outer)\x20)*(?:neck|face|forehead|arm|forearm|wrist|hand|hands|knuckles|chest|back|shoulder|ankle|leg|calf|thigh|hip|foot|fingers?|cheek|scalp|head|stomach|belly|ribs))"#,
                Category::UniqueTrait,
                TATTOO_REASON,
                Some("a tattoo"),
            )
            .severity(Severity::Medium)
            .confidence(75),
            Rule::new(
                r#"((?:(?:a|an|the|his|her|their) (?:[a-z-]+ ){0,2}?|(?:full|whole|entire|huge|giant|big) (?:[a-z-]+ )?)tattoo of [a-z0-9 '&/-]{3,60}?)(?: on| across| just| who| that| and| came| got| is| was|[.,;!?\n]\s*[a-z0-9]+|$)"#,
                Category::UniqueTrait,
                TATTOO_REASON,
                Some("a tattoo"),
            )
            .severity(Severity::Medium)
            .confidence(70),
            // Large pieces and words inked on the face: "a full back piece of the 1986 Mets
            // roster", "a sleeve of koi fish", "MOM tattooed across both eyelids" (from "tattooed":
            // a rule that may start at any word runs its automaton at every word).
            Rule::new(
                r#"((?:a|an|the|his|her|their) (?:full |whole |entire |huge |giant )?(?:back ?piece|chest ?piece|sleeve|full sleeve|bodysuit) of [a-z0-9 '&/-]{3,60}?)(?: on| across| just| who| that| and| came| got| is| was|[.,;!?\n]\s*[a-z0-9]+|$)|tattooed (?:across|on|over|under|around) (?:his|her|their|both|each) (?:[a-z]+ )?(?:eyelids?|face|forehead|cheeks?|neck|throat|knuckles|fingers|lips?|scalp|skull|eyebrows?|back|chest|heart|belly|stomach)"#,
                Category::UniqueTrait,
                TATTOO_REASON,
                Some("a tattoo"),
            )
            .severity(Severity::Medium)
            .confidence(70),
            // A named institution's lead performer or chief: "the principal soprano at Seattle
            // Opera", "the head chef at Lupe's".
            Rule::new(
                r"(?:the|their|our) (?:principal|lead|star|first-chair|first chair|head|prima|principal guest) (?:soprano|tenor|baritone|mezzo|dancer|ballerina|violinist|cellist|pianist|conductor|chef|anchor|pastor|coach|trumpet|oboist|flutist|singer|actor|actress) (?:at|of|for|with) (?:the )?[a-z]+(?: [a-z]+)?",
                Category::UniqueTrait,
                ROLE_REASON,
                Some("remove the role"),
            )
            .severity(Severity::Medium)
            .confidence(70),
            // Award fame: "the Grammy nominee", "an Oscar-winning actress".
            Rule::new(
                r"(?:the|a|an|our|that) (?:[a-z]+ )?(?:grammy|oscar|emmy|tony|golden globe|pulitzer|heisman|nobel|olympic gold|cma|country music)(?:-winning| winning|-nominated| nominated)? (?:winner|nominee|winning [a-z]+|nominated [a-z]+|laureate|medalist|singer|actor|actress|rapper|artist|author)",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .severity(Severity::Medium)
            .confidence(70),
            // Dressed for an occasion everyone saw: "still wearing the Grand Marshal sash", "in a
            // full Santa suit", "still in full face paint".
            Rule::new(
                r"(?:still (?:wearing|in) (?:a |an |the |his |her |their |full )?(?:[a-z0-9'-]+ ){0,4}?|(?:wearing|in) (?:a |his |her )?full (?:[a-z0-9'-]+ ){0,3}?)(?:sash|costume|suit|uniform|bib|gown|wedding dress|veil|face paint|makeup|wig|tutu|cape|mascot head|onesie|jersey|crown|tiara|glasses|tux|tuxedo|kilt|armor|armour)",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .severity(Severity::Low)
            .confidence(60),
            // Local faces: "the morning anchor from Channel 6", "the chicken costume guy from the
            // Wing Barn commercials", "the principal's kid".
            Rule::new(
                r"(?:the|our|a) (?:morning|evening|nightly|weekend|sports|news|noon|local) (?:anchor|anchorwoman|anchorman|reporter|weatherman|meteorologist|news lady|radio host)(?: (?:from|on|at) channel [0-9]+)?|channel [0-9]+ (?:lady|guy|anchor|reporter|weatherman|news lady)|(?:guy|lady|man|woman) who does the (?:weather|news|traffic|sports|morning show) on (?:channel [0-9]+|the radio|[a-z]+)|(?:guy|lady|man|woman|kid|girl|boy|dude) from (?:the|those|that) (?:[a-z'-]+ ){1,3}(?:commercials?|ads|billboards?|infomercials?)|the (?:principal|superintendent|pastor|priest|rabbi|imam|coach|sheriff|mayor|police chief|fire chief)'s (?:kid|son|daughter|wife|husband|mom|dad|grandson|granddaughter)",
                Category::UniqueTrait,
                ROLE_REASON,
                Some("remove the role"),
            )
            .severity(Severity::Medium)
            .confidence(70),
            // The patient or a relative works here, or at a numbered station ("firefighter at
            // station 9"). Low: it identifies only in a post about a patient (risk rule 3).
            Rule::new(
                r"(?:(?:the )?(?:patient's|pt's|his|her|their) (?:wife|husband|son|daughter|mom|mother|dad|father|sister|brother|partner|girlfriend|boyfriend) |(?:he|she|the patient|the pt|pt) )(?:works|worked|used to work) (?:here|(?:at|in|on|for) (?:our|this) (?:hospital|unit|floor|clinic|ed|er|icu|department|practice|office|lab|pharmacy))(?: as (?:a|an) [a-z]+)?|(?:a|our|my) (?:coworker's|co-worker's|colleague's) (?:wife|husband|son|daughter|mom|mother|dad|father|sister|brother|kid|baby|grandma|grandpa)|(?:a|an|the) (?:[a-z]+ )?(?:firefighter|paramedic|emt|police officer|officer|cop|deputy|trooper|teacher|nurse|mail carrier|bus driver) (?:at|from|for|with) (?:station|engine|ladder|precinct|company|district|route) [0-9]+",
                Category::UniqueTrait,
                WORKPLACE_REASON,
                Some("remove where they work"),
            )
            .confidence(65),
            // Rare backgrounds ("a retired Navy SEAL", "a former NFL player", "a Dodgers
            // pitcher": a team's plural name before a playing position). Low, as above.
            Rule::new(
                r"(?:a|an|the|our|this|his|her) (?:(?:retired|former|ex-|ex|decorated|famous|local|professional|pro|certain)\x20?)*(?:[a-z]+s'? (?:(?:backup|starting|star|relief|closing|third-string|second-string) )?(?:pitcher|quarterback|goalie|goalkeeper|linebacker|shortstop|catcher|point guard|wide receiver|running back|tight end|outfielder|defenseman|placekicker)(?:'s (?:wife|husband|girlfriend|boyfriend|son|daughter|mom|dad|kid|baby))?|navy seal|green beret|army ranger|fighter pilot|astronaut|olympian|olympic (?:athlete|swimmer|skier|medalist|gymnast)|nfl (?:player|lineman|quarterback)|nba player|mlb player|nhl player|pro athlete|professional (?:athlete|boxer|wrestler|football player|baseball player|hockey player)|country singer|rock star|bestselling author|tv chef|news reporter|state trooper)",
                Category::UniqueTrait,
                RARE_ROLE_REASON,
                Some("remove this detail"),
            )
            .confidence(65),
            // "Only pharmacy in 40 miles": the one business or clinician of a wide area. Low: the
            // author's own practice is one too ("the only physician for 40 miles"), so it counts
            // only in a post about a patient (risk rule 3).
            Rule::new(
                r"(?:the )?only [a-z]+ (?:in|for|within) [0-9]+ (?:miles|mi)",
                Category::UniqueTrait,
                ROLE_REASON,
                Some("remove this detail"),
            )
            .confidence(65),
            // "the starting kicker for the @Bengals": a team's position player.
            Rule::new(
                r"(?:the|a|an|our) (?:(?:starting|backup|star|new|former)\x20)?(?:kicker|punter|quarterback|qb|pitcher|goalie|goalkeeper|linebacker|shortstop|catcher|point guard|wide receiver|running back|tight end|striker|defenseman) (?:for|on) the @?[a-z0-9_]+",
                Category::UniqueTrait,
                RARE_ROLE_REASON,
                Some("remove this detail"),
            )
            .confidence(65),
            // What a person was wearing or driving, as bystanders saw it: "19yo girl in a sparkly
            // cowboy hat", "the woman in the neon pink tutu", "a silver F-150", "his cherry-red
            // 1964 Ford pickup". Low: identifying only in a post about a patient (rule 3).
            Rule::new(
                r"(?:guy|man|woman|lady|girl|boy|kid|dude|gentleman|teen|teenager|toddler|runner|fan) ((?:in|wearing|w/|with) (?:a |an |the |his |her |their )?(?:[a-z'+-]+ ){1,3}(?:hat|cap|shirt|t-shirt|jersey|jacket|hoodie|tutu|costume|wings|dress|helmet|boots|cape|wig|onesie|pajamas|overalls|kilt|vest|mohawk|hair))|(?:red|blue|silver|black|white|green|yellow|orange|gold|gray|grey|maroon|tan|purple|pink|teal|cherry-red|candy-apple red|lime green|bright [a-z]+) (?:[0-9]{2,4} )?(?:ford|chevy|chevrolet|dodge|gmc|toyota|honda|nissan|jeep|subaru|tesla|harley|harley-davidson|f-150|f150|f-250|f-350|silverado|sierra|tacoma|tundra|camaro|mustang|corvette|civic|camry|prius|wrangler|bronco|pickup|motorcycle|lamborghini|ferrari|porsche)(?: [a-z0-9-]+)?",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .confidence(60),
            // Performers, champions and long-held local roles: "the drummer from the headliner",
            // "the junior national champ in slopestyle", "a former D1 water polo player", "the
            // assistant principal at the high school", "who has coached Pioneer football for 31
            // years", "the weather guy". Low, as above.
            Rule::new(
                r"the (?:lead )?(?:singer|drummer|guitarist|bassist|frontman|frontwoman|keyboardist|dj|rapper) (?:from|of|for|in) (?:the [a-z]+|[a-z]+(?: [a-z]+)?)|(?:the |a |our )?(?:junior |reigning |defending |two-time |three-time |[0-9]+-time )?(?:national|state|world|regional|district|ncaa|county) (?:champ|champion|title holder|record holder|medalist)|(?:the |a )?[0-9]{2,3}(?:-| )?(?:lb|lbs|pound) (?:state )?(?:champ|champion)|(?:former |current )?(?:d1|d-1|division (?:1|i)) (?:[a-z]+ ){0,2}(?:player|athlete|recruit|commit|swimmer|runner|wrestler|gymnast)|(?:the |an? )?(?:assistant |vice )?principal (?:at|of) (?:the )?[a-z]+(?: [a-z]+)?|(?:who|he|she|he's|she's) (?:has )?(?:coached|taught|pastored|ran|run|owned|flown|driven|led|directed|managed) (?:[a-z0-9'-]+ ){1,3}for [0-9]+ years|the weather (?:guy|man|lady|girl)",
                Category::UniqueTrait,
                RARE_ROLE_REASON,
                Some("remove this detail"),
            )
            .confidence(60),
            // A town's one office-holder, named by the town: "the Kessler Falls fire chief", "the
            // Calloway Springs postmaster".
            Rule::new(
                r"the (?:[a-z]+ ){1,2}(?:fire chief|police chief|sheriff|mayor|superintendent|postmaster|postmistress|town clerk|county judge|county attorney|district attorney|game warden)",
                Category::UniqueTrait,
                ROLE_REASON,
                Some("remove the role"),
            )
            .tag(TOWN_OFFICE)
            .severity(Severity::Medium)
            .confidence(70),
            // In the local paper, or known by a named service animal: "in the JV team photo in
            // the paper last week", "his service dog Bosco". Low, as above.
            Rule::new(
                r"(?:photo|picture|story|article|write-?up|was|were|been) in the (?:local )?(?:paper|newspaper)|(?:his|her|their) (?:service|guide|seeing-eye|emotional support) (?:dog|animal|horse|mini horse|pony) [a-z]+",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .confidence(60),
            // War history few living people share: "was at Iwo Jima", "went ashore at Omaha
            // Beach", "a mechanic for the Tuskegee Airmen", "got his Purple Heart". Low, as above.
            Rule::new(
                r"(?:was at|was on|landed at|landing at|landed on|went ashore at|survived|fought at|fought in|wounded at|wounded on|hit near|served at|stationed at|stormed) (?:the )?(?:beaches? (?:at|of) )?(?:normandy|omaha beach|utah beach|juno beach|iwo jima|pearl harbor|okinawa|guadalcanal|bastogne|the battle of the bulge|the bulge|the blitz|chosin|the chosin reservoir|inchon|khe sanh|hamburger hill|the tet offensive|ia drang|an loc|da nang|hue|fallujah|ramadi|mogadishu)|tuskegee airm[ae]n|navajo code talkers?|code talkers?|doolittle raiders?|flying tigers|(?:a |an )?(?:former )?(?:pow|prisoner of war)|(?:got|received|was awarded|awarded|earned) (?:his|her|a|the) (?:purple heart|bronze star|silver star|medal of honor|navy cross|distinguished service cross|distinguished flying cross)",
                Category::UniqueTrait,
                RARE_ROLE_REASON,
                Some("remove this detail"),
            )
            .confidence(60),
            // A coloured garment or gear in a description: "a red Cardinals jacket", "(maybe 6,
            // red Spider-Man shirt)", "pink helmet covered in stickers". Low, as above.
            Rule::new(
                r"(?:red|blue|navy|silver|black|white|green|yellow|orange|gold|gray|grey|maroon|tan|purple|pink|teal|neon [a-z]+|bright [a-z]+|hot pink|lime green) (?:[a-z'-]+ ){0,2}(?:jacket|shirt|t-shirt|hoodie|sweatshirt|cap|hat|beanie|helmet|backpack|coat|jersey|sneakers|boots|scarf|headband|bandana|cowboy hat|overalls|crocs)",
                Category::UniqueTrait,
                FAME_REASON,
                Some("remove this detail"),
            )
            .confidence(55),
        ];
        UniqueTrait {
            rules: RuleSet::new(rules),
            titled: Regex::new(r"(?-u:\b)(?:Mayor|Sheriff|Governor|Senator|Judge|Coach|Pastor|Chief|Councilman|Councilwoman|Commissioner|Rep\.) [A-Z][a-z]+")
                .expect("titled pattern compiles"),
            event: Regex::new(r"(?-u:\b)(?:[A-Z][a-z]+ ){1,3}(?:Marathon|Half Marathon|Ironman|Triathlon|fire|Fire|Tornado|tornado|Flood|Derby|Rodeo|Stampede|Air Show|Music Festival|Bowl|explosion|Explosion|shooting|Shooting|derailment|Derailment|collapse|Collapse|pileup|Pileup|blaze|Blaze)(?-u:\b)")
                .expect("event pattern compiles"),
            jersey: Regex::new(r"#[0-9]{1,2}(?-u:\b)").expect("jersey pattern compiles"),
            workplace: Regex::new(
                // ASCII case folding by hand: the crate is built without Unicode case tables.
                r"(?-u:\b)(?:(?:[Tt]he|[Aa]n?|[Oo]ur) (?:(?:night|day|store|assistant|general|shift|head) )?(?:manager|owner|cashier|bartender|cook|clerk|teller|bouncer|greeter|mechanic|barista|pharmacist|stocker) (?:of|at) (?:the )?[A-Z][A-Za-z'&]+(?: [A-Z][A-Za-z'&]+){0,2}|(?:[Aa]n?|[Tt]he) (?:[A-Z][A-Za-z'&]+ ){1,3}(?:employee|worker|cashier|manager|greeter|driver))(?-u:\b)",
            )
            .expect("workplace pattern compiles"),
            team_role: Regex::new(
                r"(?-u:\b)[Tt]he (?:[A-Z][a-z]+ ){1,2}(?:captain|skipper|goalkeeper|goalie|quarterback|QB)(?-u:\b)",
            )
            .expect("team role pattern compiles"),
        }
    }
}

impl Default for UniqueTrait {
    fn default() -> Self {
        Self::new()
    }
}

const SPORTS_CUES: &[&str] = &[
    "qb",
    "quarterback",
    "jersey",
    "football",
    "basketball",
    "soccer",
    "baseball",
    "the game",
    "varsity",
    "touchdown",
    "team",
];

impl Detector for UniqueTrait {
    fn name(&self) -> &'static str {
        "unique_trait"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for (rule, r) in self.rules.matches(text) {
            // "call their senator", "email your state rep": an office, not a patient.
            let before = text.lower_before(r.start, 24);
            let addressed = [
                "call ",
                "email ",
                "write ",
                "write to ",
                "text ",
                "contact ",
            ]
            .iter()
            .any(|v| before.ends_with(v));
            // "the retired Bluefield police chief" is the role rule's, with its modifiers.
            let modified = rule.tag == TOWN_OFFICE
                && text.lower()[r.clone()]
                    .split(' ')
                    .any(|w| matches!(w, "retired" | "former" | "new" | "old" | "local" | "late"));
            if !in_tag(text, r.start) && !addressed && !modified {
                out.push(rule.candidate(r));
            }
        }
        for m in self.workplace.find_iter(text.original()) {
            out.push(
                Candidate::new(
                    m.range(),
                    Category::UniqueTrait,
                    Severity::Low,
                    WORKPLACE_REASON,
                )
                .suggest("remove where they work")
                .with_confidence(65),
            );
        }
        let team_words = ["captain", "skipper", "goal", "quarterback", "qb"]
            .iter()
            .any(|w| text.lower().contains(w));
        let team_roles = team_words.then(|| self.team_role.find_iter(text.original()));
        for m in team_roles.into_iter().flatten() {
            out.push(
                Candidate::new(
                    m.range(),
                    Category::UniqueTrait,
                    Severity::Medium,
                    ROLE_REASON,
                )
                .suggest("remove the role")
                .with_confidence(70),
            );
        }
        for m in self.titled.find_iter(text.original()) {
            // The title alone: the name itself is the name detector's.
            let title_end = m.start() + m.as_str().find(char::is_whitespace).unwrap_or(0);
            out.push(
                Candidate::new(
                    m.start()..title_end,
                    Category::UniqueTrait,
                    Severity::Medium,
                    ROLE_REASON,
                )
                .suggest("remove the role")
                .with_confidence(75),
            );
        }
        for m in self.event.find_iter(text.original()) {
            // "Chicago Marathon" starts with a capital after a sentence end, fine; "The" alone
            // is not a name part.
            let s = m.as_str();
            let start = if s.starts_with("The ") {
                m.start() + 4
            } else {
                m.start()
            };
            if start >= m.end() || !text.slice(start..m.end()).contains(' ') {
                continue;
            }
            out.push(
                Candidate::new(
                    start..m.end(),
                    Category::UniqueTrait,
                    Severity::Low,
                    EVENT_REASON,
                )
                .suggest("a local event")
                .with_confidence(60),
            );
        }
        let lower = text.lower();
        if SPORTS_CUES.iter().any(|c| lower.contains(c)) {
            for m in self.jersey.find_iter(text.original()) {
                out.push(
                    Candidate::new(
                        m.range(),
                        Category::UniqueTrait,
                        Severity::Medium,
                        JERSEY_REASON,
                    )
                    .with_confidence(65),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        crate::detectors::test_support::longest_phrases(&UniqueTrait::new(), s)
    }

    #[test]
    fn news_viral_videos_boards_and_tattooed_content() {
        assert_eq!(
            found("so that viral TikTok of the guy riding a cart? I was his nurse"),
            ["that viral TikTok"]
        );
        assert_eq!(
            found("we admitted the woman who was in the news for driving into the lake"),
            ["was in the news"]
        );
        assert_eq!(
            found("Won't say who, but a singer came through tonight"),
            ["Won't say who"]
        );
        assert_eq!(
            found("Her son is on the county commission and he yelled"),
            ["is on the county commission"]
        );
        assert_eq!(
            found("my guy in bed 9 is a 41 yo HS football coach who"),
            ["a 41 yo HS football coach"]
        );
        assert_eq!(
            found("had the entire 1991 Detroit Lions roster tattooed across his back and"),
            ["tattooed across his back"]
        );
        assert_eq!(
            found("maybe 30s, full back tattoo of the Detroit skyline, no ID"),
            ["full back tattoo of the Detroit skyline"]
        );
        assert!(found("the news says flu is up; a viral illness is going around").is_empty());
        assert!(found("I got my first tattoo at 40").is_empty());
    }

    #[test]
    fn local_roles_and_public_incidents() {
        assert_eq!(
            found("our local TV weatherman came in for a mole check"),
            ["our local TV weatherman"]
        );
        assert_eq!(
            found("Had the high school band director in my chair"),
            ["the high school band director"]
        );
        assert_eq!(
            found("Sir came to clinic today, retired judge of the county court"),
            ["retired judge"]
        );
        assert_eq!(
            found("the rescue that was on every channel"),
            ["was on every channel"]
        );
        assert!(found("a retired teacher from Ohio").is_empty());
        assert_eq!(
            found("diagnosed Lyme in the manager of the Tractor Supply in Millbrook"),
            ["the manager of the Tractor Supply"]
        );
        assert_eq!(
            found("out of the eyelid of a Bass Pro Shops employee who"),
            ["a Bass Pro Shops employee"]
        );
        assert!(found("the manager of the store said no").is_empty());
        assert_eq!(
            found("she's the only pregnant woman in town"),
            ["the only pregnant woman in town"]
        );
        assert_eq!(
            found("he is the only deaf-blind man in the county"),
            ["the only deaf-blind man in the county"]
        );
        assert_eq!(
            found("a YouTuber with 400k subs"),
            ["a YouTuber with", "with 400k subs"]
        );
    }

    #[test]
    fn finds_public_roles() {
        assert_eq!(
            found("the pt in room 2 is the sheriff's wife."),
            ["the sheriff's wife"]
        );
        assert_eq!(
            found("The high school principal came in after a rollover"),
            ["The high school principal"]
        );
        assert!(found("thanks to the principal investigator").is_empty());
        assert_eq!(
            found("this year's homecoming queen has been in my office 4 times"),
            ["this year's homecoming queen"]
        );
        assert_eq!(
            found("the class president came in with a dislocated knee"),
            ["the class president"]
        );
        assert_eq!(
            found("the pt in room 2 is the sheriff's wife."),
            ["the sheriff's wife"]
        );
        assert_eq!(
            found("scrubbed in on our starting QB's ACL"),
            ["our starting QB"]
        );
        assert_eq!(found("that was Mayor Thornton in"), ["Mayor"]);
        assert_eq!(
            found("WWII vet, the last one in our county I think"),
            ["WWII vet, the last one in our county"]
        );
        assert_eq!(
            found("the only OB in town delivered"),
            ["the only OB in town"]
        );
        assert_eq!(
            found("The only dentist in our town came in w/ chest pain"),
            ["The only dentist in our town"]
        );
        assert_eq!(
            found("is the pharmacist. Only pharmacy in 40 miles."),
            ["Only pharmacy in 40 miles"]
        );
        assert_eq!(
            found("A local high school football coach coded"),
            ["A local high school football coach"]
        );
        assert!(found("the coach said to hydrate").is_empty());
        assert_eq!(
            found("The 17yo quarterback from Central High tore"),
            ["The 17yo quarterback"]
        );
    }

    #[test]
    fn finds_tattoos_fame_and_events() {
        assert_eq!(
            found("she had a tiny rose tattoo on her ankle, and"),
            ["a tiny rose tattoo on her ankle"]
        );
        assert_eq!(
            found("has a tattoo of the entire Declaration of Independence on his back. Full"),
            ["a tattoo of the entire Declaration of Independence on his back"]
        );
        assert_eq!(
            found("and it's all over TikTok now"),
            ["it's all over TikTok"]
        );
        assert_eq!(
            found("near the finish of the Flying Pig Marathon"),
            ["Flying Pig Marathon"]
        );
        assert_eq!(found("he wore #12 in the game"), ["#12"]);
        assert_eq!(
            found("the welder from the Kessling Steel explosion"),
            ["Kessling Steel explosion"]
        );
        assert_eq!(
            found("strapped the ankle of the Dunmore Rovers captain at half time"),
            ["the Dunmore Rovers captain"]
        );
        assert!(found("the captain of the ship said").is_empty());
        assert_eq!(
            found("the retired headmistress of Brackley Girls' came in"),
            ["the retired headmistress"]
        );
        assert_eq!(
            found("My patient today was the retired Bluefield police chief."),
            ["retired Bluefield police chief"]
        );
        assert_eq!(
            found("it was the Channel 8 morning anchor, the one"),
            ["the Channel 8 morning anchor"]
        );
        assert_eq!(
            found("pt with a full-back tattoo of Guy Fieri riding a dolphin just got admitted"),
            ["a full-back tattoo of Guy Fieri riding a dolphin"]
        );
        assert_eq!(
            found("pt with a full back piece of the entire 1986 Mets roster. every face"),
            ["a full back piece of the entire 1986 Mets roster"]
        );
        assert_eq!(
            found("dude in 9 has MOM tattooed across both eyelids. across."),
            ["tattooed across both eyelids"]
        );
        assert_eq!(
            found("a home visit on the oldest woman in Clark County. 107!"),
            ["the oldest woman in Clark County"]
        );
        assert_eq!(
            found("The Rockies' backup catcher came in last night"),
            ["The Rockies' backup catcher"]
        );
        assert_eq!(
            found("the retired judge in 3B won't"),
            ["the retired judge"]
        );
        assert_eq!(
            found("chest pain mid-wave, still wearing the Grand Marshal sash."),
            ["still wearing the Grand Marshal sash"]
        );
        assert_eq!(
            found("a man in a full Santa suit"),
            ["in a full Santa suit"]
        );
        assert!(found("wearing a suit to clinic, in uniform").is_empty());
        assert_eq!(
            found("the lady who does the weather on channel 7 came in"),
            ["lady who does the weather on channel 7"]
        );
        assert_eq!(
            found("talking about the Grammy nominee's hospitalization"),
            ["the Grammy nominee"]
        );
        assert_eq!(
            found("So the morning anchor from Channel 6 came through"),
            ["the morning anchor from Channel 6"]
        );
        assert_eq!(
            found("the chicken costume guy from the Wing Barn commercials is in"),
            ["guy from the Wing Barn commercials"]
        );
        assert_eq!(found("K.T. (the principal's kid)"), ["the principal's kid"]);
        assert_eq!(
            found("The principal soprano at Seattle Opera was on my table"),
            ["The principal soprano at Seattle Opera"]
        );
        assert!(found("every nurse in this state to call their senator").is_empty());
        assert_eq!(
            found("the Bremen High varsity football coach is on my service"),
            ["the Bremen High varsity football coach"]
        );
        assert_eq!(
            found("the Central High QB who went down"),
            ["the Central High QB"]
        );
    }

    #[test]
    fn finds_workplaces_and_rare_backgrounds() {
        assert_eq!(
            found("turned out to be the starting kicker for the @Bengals and begged"),
            ["the starting kicker for the @Bengals"]
        );
        assert!(found("the center of the room").is_empty());
        assert_eq!(
            found("Patient's daughter works at our hospital as a CNA so"),
            ["Patient's daughter works at our hospital as a CNA"]
        );
        assert_eq!(
            found("husband is a firefighter at station 9 and"),
            ["a firefighter at station 9"]
        );
        assert_eq!(
            found("Our patient in 7B is a retired Navy SEAL and"),
            ["a retired Navy SEAL"]
        );
        assert!(found("everyone who works at our hospital gets a flu shot").is_empty());
        assert!(found("thank you to the Navy SEALs who served").is_empty());
        assert_eq!(
            found("an autograph from a Dodgers pitcher who came in"),
            ["a Dodgers pitcher"]
        );
        assert!(found("a pitcher of water").is_empty());
    }

    #[test]
    fn ignores_generic_mentions() {
        assert!(found("tattoo ink and MRI safety").is_empty());
        assert!(found("don't judge a book").is_empty());
        assert!(found("#12 on the list of things").is_empty());
        assert!(found("a melanoma hiding inside the tattoo").is_empty());
        // Clothes and cars without a person or a colour; a performer with no act; ranks that
        // are no title.
        assert!(found("wearing a hat in the sun is smart").is_empty());
        assert!(found("a van pulled up").is_empty());
        assert!(found("the singer").is_empty());
        assert!(found("the state of the ED").is_empty());
    }

    #[test]
    fn what_people_wore_drove_won_and_held() {
        assert_eq!(
            found("We have the Kessler Falls fire chief on our unit"),
            // The named-event rule reads "Kessler Falls fire" too; the overlap is resolved
            // with the other findings.
            ["the Kessler Falls fire chief", "Kessler Falls fire"]
        );
        assert_eq!(
            found("19yo girl in a sparkly cowboy hat got crowd-surfed"),
            ["in a sparkly cowboy hat"]
        );
        assert_eq!(
            found("go get the woman in the neon pink tutu by the arch"),
            ["in the neon pink tutu"]
        );
        assert_eq!(found("Scene flight: silver F-150, plate"), ["silver F-150"]);
        assert_eq!(
            found("driving his cherry-red 1964 Ford pickup to the VFW"),
            ["cherry-red 1964 Ford pickup"]
        );
        assert_eq!(
            found("take care of the drummer from the headliner after"),
            ["the drummer from the headliner"]
        );
        assert_eq!(
            found("she's the junior national champ in slopestyle"),
            ["the junior national champ"]
        );
        assert_eq!(
            found("22yo, former D1 water polo player from Stanford"),
            ["former D1 water polo player"]
        );
        assert_eq!(
            found("turns out to be the assistant principal at the high school here"),
            ["the assistant principal at the high school"]
        );
        assert_eq!(
            found("it is Dale, who has coached Pioneer football for 31 years"),
            ["who has coached Pioneer football for 31 years"]
        );
        assert_eq!(
            found("He was in the JV team photo in the paper last week"),
            ["photo in the paper"]
        );
        assert_eq!(
            found("his wife, and his service dog Bosco."),
            ["his service dog Bosco"]
        );
    }

    #[test]
    fn finds_school_stars_recognition_war_history_and_garments() {
        assert_eq!(
            found("Transported the Hollis Creek HS starting QB after"),
            ["the Hollis Creek HS starting QB"]
        );
        assert_eq!(
            found("Saw the Rivermont Rockets' starting center in clinic"),
            ["the Rivermont Rockets' starting center"]
        );
        assert_eq!(
            found("it was the vice principal, 40-something"),
            ["the vice principal"]
        );
        assert_eq!(
            found("If you're from Ottumwa you know him: Coach B"),
            ["you know him"]
        );
        assert_eq!(
            found("the $2.1 million Powerball winner from Pahrump"),
            ["the $2.1 million Powerball winner"]
        );
        assert_eq!(
            found("he told me he was at Iwo Jima and showed me"),
            ["was at Iwo Jima"]
        );
        assert_eq!(
            found("He is wearing a red Cardinals jacket and tan slippers."),
            ["red Cardinals jacket"]
        );
    }

    #[test]
    fn ignores_news_about_pros_and_thanks_to_readers() {
        for post in [
            "Per ESPN, the Bills' QB is day-to-day with a high ankle sprain",
            "whoever restocked the med room, you know who you are",
            "Parents are the experts on their own kid. If you know them, ask",
            "Veterans Day: remember the ones who never came home",
        ] {
            assert!(found(post).is_empty(), "{post}");
        }
    }
}
