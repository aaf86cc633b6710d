//! Places near a patient: street addresses ("410 Elm Street", "Hillcrest Ln"), highways
//! ("I-95", "Route 9"), towns from the lexicon in context ("from Dayton", "a Dayton man"),
//! counties, ZIP codes, and named venues ("the Pinecrest Mall", "Maple Grove apts").
//! States and countries are allowed by Safe Harbor and never flagged.

use std::borrow::Cow;

use regex::Regex;

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

use super::lexicon::{lexicons, Lexicons};
use super::name::{is_cap, Tok};

/// Finds places that could locate a patient.
pub struct Location {
    lex: &'static Lexicons,
    /// Street addresses and named streets, on the original text (case matters).
    street: Regex,
    /// Highways, routes and exits, on the lowercased text.
    road: Regex,
    /// Counties and parishes, on the original text.
    county: Regex,
    /// ZIP codes after a state, "zip" or "near", on the original text.
    zip: Regex,
    /// Named venues: malls, arenas, schools, apartment complexes, on the original text.
    venue: Regex,
    /// "a town of 800 people", and a store or diner a patient was found near ("behind the Dollar
    /// General"), on the lowercased text.
    small_town_or_landmark: Regex,
    /// Any of [`PUBLIC_CUES`], in one pass over the lowercased text.
    public: Regex,
    /// A bare road number after a crash ("the rollover on 287").
    crash_road: Regex,
}

const REASON_ADDR: &str = "A street address or landmark can lead to where a patient lives.";
const REASON_TOWN: &str = "A town, county or ZIP code narrows down who the patient is.";

/// Words in the post that say the place is the author's workplace or an event, not a patient's.
const PUBLIC_CUES: &[&str] = &[
    "accepting new patients",
    "annual meeting",
    "book an appointment",
    "clinic news",
    "cme",
    "come see us",
    "conference",
    "confirmed cases",
    "congress",
    "convention",
    "converge",
    "free talk",
    "giving a talk",
    "grand rounds",
    "health fair",
    "job fair",
    "located at",
    "medical mission",
    "meeting in",
    "memorial service",
    "mission trip",
    "new location",
    "now accepting",
    "now hiring",
    "now open",
    "opens ",
    "our clinic",
    "our new",
    "our office",
    "our practice",
    "outbreak",
    "poster",
    "presented",
    "presenting",
    "public health",
    "services will be",
    "summit",
    "symposium",
    "to book",
    "vacation",
    "visit us",
    "we're hiring",
];

impl Location {
    /// Compiles the patterns and loads the shared lexicons.
    pub fn new() -> Self {
        let cap = r"[A-Z][a-z]+";
        let suffix = r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Pike)";
        Location {
            lex: lexicons(),
            street: Regex::new(&format!(
                r"(?-u:\b)(?:[0-9]{{1,6}}\s+)?(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:{cap}\s+){{1,3}}{suffix}(?-u:\b)\.?|(?-u:\b)[0-9]{{1,6}}\s+(?:{cap}\s+){{1,2}}(?:Loop|Run|Row|Bend|Crossing|Cove|Path|Point|Square|Alley|Landing|Ridge|Hollow|Spur)(?-u:\b)|(?-u:\b)[0-9]{{1,6}}\s+(?:[NSEW]\.?\s+)?[0-9]{{1,3}}(?:st|nd|rd|th)\s+{suffix}(?-u:\b)|(?-u:\b)(?:at|on|of)\s+{cap}\s*&\s*(?:[0-9]{{1,3}}(?:st|nd|rd|th)|{cap})(?-u:\b)|(?-u:\b)[0-9]{{1,3}}(?:st|nd|rd|th)\s*&\s*{cap}(?-u:\b)|(?-u:\b)[0-9]{{1,3}}(?:st|nd|rd|th)\s+(?:Avenue|Ave|Street|St|Boulevard|Blvd|Road|Rd)(?-u:\b)"
            ))
            .expect("street pattern compiles"),
            road: Regex::new(
                r"(?-u:\b)(?:i-[0-9]{1,3}|interstate [0-9]{1,3}|(?:us|state|county|farm) (?:route|road|highway|rd|hwy) [0-9]{1,4}|route [0-9]{1,4}|rt\.? [0-9]{1,4}|hwy [0-9]{1,4}|highway [0-9]{1,4}|exit [0-9]{1,3}[a-z]?|mile marker [0-9]{1,4}|us-[0-9]{1,3}|(?:cr|sr|fm) ?[0-9]{1,4}|township (?:road|rd) [0-9]{1,4})(?-u:\b)",
            )
            .expect("road pattern compiles"),
            county: Regex::new(&format!(r"(?-u:\b){cap}(?:\s+{cap})?\s+(?:County|Parish)(?-u:\b)"))
                .expect("county pattern compiles"),
            zip: Regex::new(
                r"(?:(?-u:\b)[A-Z]{2},?\s+|(?-u:\b)(?:zip|zip code|ZIP|Zip|near|around|in|from|out of)\s+)([0-9]{5}(?:-[0-9]{4})?)(?-u:\b)",
            )
            .expect("zip pattern compiles"),
            venue: Regex::new(&format!(
                r"(?-u:\b)(?:(?:{cap}(?:'s)?\s+){{1,3}}(?:Mall|Forum|Arena|Stadium|Coliseum|Fairgrounds|Fair|Parade|Rodeo|Speedway|Plaza|Apartments|Apts|apts|Apt|Estates|Trailer Park|Mobile Home Park|Campground|Motel|Hotel|Inn|Resort|Lodge|Casino|Elementary|Middle School|Middle|High School|High|HS|Academy|Library|branch|Park|YMCA|Rec Center|Lake|River|Creek|Pond|Reservoir|Quarry|Marina|Canyon|Falls|Beach|Trailhead|Towers|Commons|Flats|Heights|Township|Amphitheater|Amphitheatre|Pavilion|Little League|Community Center|Pool|Aquatic Center|Ice Rink|Rink|Skate Park|Bowling Alley|Country Club|Golf Club|Golf Course|Yacht Club|Senior Center|rec center|Hall|Field|Hill|neighborhood|Neighborhood|subdivision|Subdivision|Twp|Elem|exit)|(?:{cap}\s+){{1,2}}(?:condos|apartments|apts|high-rise|highrise|trailer park|mobile home park|quarry|marina|(?:community |municipal |public )?pool|plant|mill|farm|ranch|campground|motel|dairy|feedlot|orchard|refinery|mine)|(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh) side of {cap}|(?:Lake|Camp|Fort)\s+{cap}(?:\s+{cap})?|(?:[Tt]own|[Cc]ity|[Vv]illage) of {cap}(?:\s+{cap})?)(?-u:\b)"
            ))
            .expect("venue pattern compiles"),
            public: Regex::new(
                &PUBLIC_CUES
                    .iter()
                    .map(|c| regex::escape(c))
                    .collect::<Vec<_>>()
                    .join("|"),
            )
            .expect("public cues compile"),
            crash_road: Regex::new(
                r"(?-u:\b)(?:rollover|crash|wreck|pileup|pile-up|accident|collision|mva|mvc) on (?:the )?([0-9]{2,3})(?-u:\b)(?: (?:north|south|east|west|[nsew]b))?",
            )
            .expect("crash road pattern compiles"),
            small_town_or_landmark: Regex::new(&format!(
                r"(?-u:\b)(?:a (?:small |tiny )?town of (?:about |only |like )?[0-9][0-9,]*(?: people| residents)?|(?:at|to|from|by|outside|in|of|near|behind) (?:the |that )((?:{0}|{local})(?: clinic| pharmacy| store| drive-thru| lot| parking lot)? (?:on (?:route |rt |hwy |highway |state road |county road )?[a-z0-9]+(?: (?:street|st|road|rd|ave|avenue|highway|hwy|blvd|pike|drive|dr))?|in [a-z]+))|(?:behind|next to|across from|across the street from|outside|out front of|in front of|in the parking lot of|parking lot of|near|down the road from|around the corner from|in the bathroom of|in the bathroom at|in the woods behind|by|past|just past) (?:the |that |a )?((?:{}|trailer park|mobile home park|truck stop|rest stop|rest area|boat ramp|feed store|grain elevator|water tower|grange hall|grange|vfw hall|legion hall|moose lodge|(?:methodist|baptist|lutheran|catholic|presbyterian|episcopal|pentecostal|nazarene|mennonite|amish) (?:church|cemetery|chapel)(?: basement)?)(?: on [a-z0-9]+(?: (?:street|st|road|rd|ave|avenue|highway|hwy))?)?))(?-u:\b)",
                LANDMARK_CHAINS.join("|"),
                local = LOCAL_LANDMARKS.join("|"),
            ))
            .expect("small town and landmark pattern compiles"),
        }
    }

    fn cand(
        &self,
        range: std::ops::Range<usize>,
        sev: Severity,
        reason: &'static str,
    ) -> Candidate {
        Candidate::new(range, Category::Location, sev, reason)
            .suggest("nearby")
            .suggest("in our area")
            .with_confidence(75)
    }
}

impl Default for Location {
    fn default() -> Self {
        Self::new()
    }
}

/// Local landmarks that a street or town makes one place ("the Greyhound station on Main", "the
/// shelter on Archer", "the gas station on Gratiot"); lowercase.
const LOCAL_LANDMARKS: &[&str] = &[
    "american legion",
    "bar",
    "bowling alley",
    "bus depot",
    "bus station",
    "elks lodge",
    "fairgrounds",
    "gas station",
    "greyhound station",
    "laundromat",
    "motel",
    "rodeo grounds",
    "sale barn",
    "shelter",
    "skate park",
    "train station",
    "vfw",
];

/// Store, diner and gas-station chains (lowercase, regex-escaped): "found behind the Dollar
/// General" tells locals which one when the town is small.
const LANDMARK_CHAINS: &[&str] = &[
    "7-eleven",
    "aldi",
    "asda",
    "bunnings",
    "canadian tire",
    "coles",
    "greggs",
    "lidl",
    "morrisons",
    "sainsbury's",
    "tesco",
    "tim hortons",
    "woolworths",
    "applebee's",
    "bass pro shops",
    "burger king",
    "chick-fil-a",
    "denny's",
    "dunkin",
    "dunkin'",
    "food lion",
    "h-e-b",
    "hy-vee",
    "ihop",
    "meijer",
    "rite aid",
    "safeway",
    "starbucks",
    "taco bell",
    "wendy's",
    "whataburger",
    "buc-ee's",
    "casey's",
    "circle k",
    "costco",
    "cracker barrel",
    "cvs",
    "dollar general",
    "dollar tree",
    "family dollar",
    "home depot",
    "kroger",
    "kwik trip",
    "lowe's",
    "love's",
    "mcdonald's",
    "piggly wiggly",
    "pilot",
    "publix",
    "quiktrip",
    "sheetz",
    "sonic",
    "speedway",
    "target",
    "tractor supply",
    "waffle house",
    "walgreens",
    "walmart",
    "wawa",
    // Fuel stations: "the Shell on 28th st", "the rollover by the Sunoco".
    "chevron",
    "citgo",
    "exxon",
    "marathon station",
    "shell",
    "sunoco",
    "valero",
];

/// US state names, lowercase: after a town ("Greenwood, Mississippi") they confirm it.
/// USPS state codes: "Greenwood, MS" places a town; "Jessica Kim, RN" does not.
const STATE_CODES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
    "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT",
    "WA", "WI", "WV", "WY",
];

pub(crate) const US_STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
];

/// Words that start a road's name in lowercase text ("on route 9", "on county road 12").
const ROAD_WORDS: &[&str] = &[
    "route ",
    "rt ",
    "hwy ",
    "highway ",
    "state road ",
    "county road ",
];

/// Words before a capitalised word that place it ("in", "from", "near", "a milk route through
/// Kankakee").
const PLACE_CUES: &[&str] = &[
    "around", "at", "between", "from", "in", "into", "near", "of", "off", "outside", "past",
    "through", "to",
];
/// Strong place cues: enough even for towns that are ordinary words ("from Mobile").
const STRONG_CUES: &[&str] = &["around", "from", "near", "outside"];
/// Words after a town that confirm it ("the Elkhart area", "a Dayton man"), or that speak to its
/// people ("Tulsa friends:", "Hi Briarwood neighbors", "small town medicine, Grafton Springs
/// edition").
const AFTER_CUES: &[&str] = &[
    "area",
    "boy",
    "community",
    "couple",
    "edition",
    "family",
    "folks",
    "friends",
    "girl",
    "local",
    "locals",
    "man",
    "native",
    "neighborhood",
    "neighbors",
    "neighbours",
    "resident",
    "residents",
    "teen",
    "people",
    "township",
    "woman",
];
/// Words before "from <town>" that make the person a colleague, not a patient ("a nurse
/// practitioner from Boise asked me..."): the town then counts only with patient evidence.
const COLLEAGUE_BEFORE_FROM: &[&str] = &[
    "attending",
    "colleague",
    "colleagues",
    "doc",
    "doctor",
    "fellow",
    "friend",
    "nurse",
    "nurses",
    "paramedic",
    "pharmacist",
    "physician",
    "practitioner",
    "resident",
    "residents",
    "speaker",
    "student",
    "students",
    "surgeon",
    "team",
];
/// Words after a capitalised place-like word that make it an institution, handled elsewhere.
const INSTITUTION_AFTER: &[&str] = &[
    "adventist",
    "baptist",
    "lutheran",
    "methodist",
    "presbyterian",
    "ambulance",
    "animal",
    "associates",
    "behavioral",
    "birth",
    "birthing",
    "cancer",
    "cardiology",
    "children's",
    "clinic",
    "college",
    "community",
    "dental",
    "dentistry",
    "dermatology",
    "ems",
    "equine",
    "fire",
    "general",
    "health",
    "healthcare",
    "heart",
    "hospital",
    "imaging",
    "internal",
    "med",
    "medical",
    "memorial",
    "ob",
    "obgyn",
    "oncology",
    "orthopedics",
    "pediatrics",
    "peds",
    "pet",
    "pharmacy",
    "physicians",
    "police",
    "primary",
    "radiology",
    "regional",
    "rehab",
    "rehabilitation",
    "school",
    "state",
    "surgery",
    "surgical",
    "university",
    "urgent",
    "va",
    "vet",
    "veterinary",
    "women's",
];

/// First words of two-word town names: "Port Ellis", "Lower Eastfield", "Fort Collins".
const TOWN_PREFIXES: &[&str] = &[
    "east", "fort", "glen", "lake", "lower", "mount", "mt", "new", "north", "port", "south",
    "upper", "west",
];

/// Last words of two-word town names: "Harlow Springs", "Pine Hollow", "Oak Bluff".
const TOWN_SUFFIXES: &[&str] = &[
    "bluff", "bluffs", "creek", "crossing", "falls", "flats", "gap", "grove", "harbor", "heights",
    "hills", "hollow", "junction", "landing", "mills", "prairie", "ridge", "springs", "valley",
];

/// Endings of one-word town names: "Brennerville", "Ashburg", "Kettleboro", "Millbrook".
const TOWN_ENDINGS: &[&str] = &[
    "boro", "borough", "brook", "burg", "burgh", "bury", "chester", "dale", "field", "ford",
    "haven", "ville",
];

impl Detector for Location {
    fn name(&self) -> &'static str {
        "location"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let first_new = out.len();
        let s = text.original();
        let lower = text.lower();
        let public = self.public.is_match(lower);
        let sev = if public {
            Severity::Low
        } else {
            Severity::Medium
        };

        for m in self.street.find_iter(s) {
            let mut range = m.range();
            for p in ["at ", "on ", "of "] {
                if m.as_str().starts_with(p) {
                    range.start += p.len();
                }
            }
            let w = &s[range.clone()];
            // "Dr" after a capitalised word is usually a doctor ("Hi Dr Smith"), unless a house
            // number leads.
            let first = w.split_whitespace().next().unwrap_or("");
            let numbered = first.starts_with(|c: char| c.is_ascii_digit());
            // "a closet on Ridgeway Dr, husband ...": a street after "on", with no name after it.
            let street_dr = {
                let before = text.lower_before(range.start, 8);
                let after = &s[range.end..];
                ["on ", "off ", "near "].iter().any(|p| before.ends_with(p))
                    && !after
                        .strip_prefix(' ')
                        .is_some_and(|a| a.starts_with(char::is_uppercase))
            };
            if !numbered && !street_dr && (w.ends_with(" Dr") || w.ends_with(" Dr.")) {
                continue;
            }
            let lead = first.to_ascii_lowercase();
            if !numbered
                && ["the", "a", "my", "our", "i", "we", "and"].contains(&lead.as_str())
                && w.split_whitespace().count() <= 2
            {
                continue;
            }
            out.push(self.cand(range, sev, REASON_ADDR));
        }
        for m in self.road.find_iter(lower) {
            out.push(self.cand(m.range(), sev, REASON_ADDR));
        }
        for m in self.county.find_iter(s) {
            out.push(self.cand(m.range(), sev, REASON_TOWN));
        }
        for c in self.zip.captures_iter(s) {
            let z = c.get(1).expect("zip group");
            if s[z.end()..].starts_with(|ch: char| ch.is_ascii_digit() || ch == '-') {
                continue;
            }
            out.push(self.cand(z.range(), sev, REASON_TOWN));
        }
        for m in self.venue.find_iter(s) {
            let w = m.as_str();
            let lead = w
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if ["the", "a", "our", "my", "at", "in"].contains(&lead.as_str())
                && w.split_whitespace().count() == 2
            {
                continue;
            }
            // "Carver Hall", "Hollis Field", "Grayson Hill" but not people surnamed so ("Dr.
            // Hall", "Sally Field", "Anita Hill"): a title or given name before makes a person.
            let person_word = |word: &str| {
                let key = word.trim_end_matches('.').to_ascii_lowercase();
                matches!(key.as_str(), "dr" | "mr" | "mrs" | "ms" | "miss" | "prof")
                    || (self.lex.first_names.contains(&key) && !self.lex.places.contains(&key))
            };
            let words: Vec<&str> = w.split_whitespace().collect();
            if let [.., before, last] = words[..] {
                if matches!(last, "Hall" | "Field" | "Hill") && person_word(before) {
                    continue;
                }
            }
            // "Camp nurse life" is no camp's name; "Camp Wanaki" is.
            if matches!(words.first(), Some(&"Camp" | &"Fort"))
                && text.lower_before(m.start(), 3).trim().is_empty()
                && words
                    .get(1)
                    .is_some_and(|n| self.lex.common_words.contains(&n.to_ascii_lowercase()))
            {
                continue;
            }
            out.push(self.cand(m.range(), sev, REASON_ADDR));
        }
        for c in self.crash_road.captures_iter(lower) {
            let g = c.get(1).expect("road group");
            out.push(self.cand(g.range(), sev, REASON_ADDR));
        }
        for c in self.small_town_or_landmark.captures_iter(lower) {
            match (c.get(1), c.get(2)) {
                // One store of a chain, by its street or town: "the Waffle House on Peachtree",
                // "the Tesco in Hexley" (a capitalised town, not "in town").
                (Some(store), _) => {
                    let phrase = &lower[store.range()];
                    let by_town = phrase.rfind(" in ").map(|at| store.start() + at + 4);
                    if by_town.is_some_and(|at| !text.char_at(at).is_some_and(char::is_uppercase)) {
                        continue;
                    }
                    // "the Walmart on Route 9", "on 5th", "on Peachtree": a road; "the Walmart
                    // on my way home" is none.
                    let on_road = phrase.find(" on ").map(|at| store.start() + at + 4);
                    if on_road.is_some_and(|at| {
                        !text
                            .char_at(at)
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                            && !ROAD_WORDS.iter().any(|w| lower[at..].starts_with(w))
                    }) {
                        continue;
                    }
                    out.push(self.cand(store.range(), sev, REASON_ADDR))
                }
                // A chain store alone is everywhere: it needs patient evidence (low severity).
                (None, Some(place)) => {
                    out.push(self.cand(place.range(), Severity::Low, REASON_ADDR))
                }
                (None, None) => {
                    out.push(self.cand(c.get(0).expect("match").range(), sev, REASON_TOWN))
                }
            }
        }
        self.towns(text, public, out);
        // A venue that is also a listed town ("Chapel Hill") is found by both paths: once.
        let mut seen = Vec::new();
        let mut index = 0;
        out.retain(|c| {
            index += 1;
            if index <= first_new {
                return true;
            }
            let new = !seen.contains(&c.range);
            seen.push(c.range.clone());
            new
        });
    }
}

impl Location {
    /// A town missing from the lexicon, by its shape (how many words), after "in", "from",
    /// "near" or "outside": "in Harlow Springs", "in Port Ellis", "in Lower Eastfield", "from
    /// Brennerville". Small towns and new developments are what the ZIP-code list lacks. Not
    /// a common word after a compass prefix ("in East Wing", "in North Campus").
    fn town_shaped(&self, s: &str, toks: &[Tok<'_>], i: usize) -> Option<usize> {
        let t = &toks[i];
        let plain = |w: &Tok<'_>| {
            is_cap(w.word) && !self.lex.common_words.contains(&w.key) && !w.possessive
        };
        if let Some(n) = toks.get(i + 1) {
            let spaced = &s[t.range.end..n.range.start] == " ";
            let prefix = TOWN_PREFIXES.contains(&t.key.as_ref()) && plain(n);
            let suffix =
                is_cap(t.word) && is_cap(n.word) && TOWN_SUFFIXES.contains(&n.key.as_ref());
            if spaced && (prefix || suffix) {
                return Some(2);
            }
        }
        let shaped = TOWN_ENDINGS
            .iter()
            .any(|e| t.key.len() > e.len() + 2 && t.key.ends_with(e));
        (shaped && plain(t) && !self.lex.first_names.contains(&t.key)).then_some(1)
    }

    /// Towns and cities from the lexicon, with context.
    fn towns(&self, text: &Text<'_>, public: bool, out: &mut Vec<Candidate>) {
        let s = text.original();
        let toks = text.tokens();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            // Typed in lowercase ("walked into our peds clinic in westfield today"): a listed
            // town that is no everyday word and no given name, right after "in" or "from".
            let lowercase_town = !is_cap(t.word)
                && t.word.len() >= 4
                && i > 0
                && matches!(toks[i - 1].key.as_ref(), "in" | "from" | "near" | "outside")
                && self.lex.places.contains(&t.key)
                && !self.lex.common_words.contains(&t.key)
                && !self.lex.first_names.contains(&t.key);
            if (!is_cap(t.word) && !lowercase_town)
                || text
                    .char_before(t.range.start)
                    .is_some_and(|c| c == '#' || c == '@')
            {
                i += 1;
                continue;
            }
            // Longest lexicon match over up to three capitalised words.
            // The one-word case first, without allocating: most capitalised words are no town.
            let first: &str = &t.key;
            let mut best: Option<(usize, Cow<'_, str>)> = self
                .lex
                .places
                .contains(first)
                .then_some((1, Cow::Borrowed(first)));
            if best.is_some() || self.lex.places.has_multiword_prefix(first) {
                let mut key = String::from(first);
                for (k, n) in toks[i..].iter().take(3).enumerate().skip(1) {
                    if !is_cap(n.word) {
                        break;
                    }
                    if &s[toks[i + k - 1].range.end..n.range.start] != " " {
                        break;
                    }
                    key.push(' ');
                    key.push_str(&n.key);
                    if self.lex.places.contains(&key) {
                        best = Some((k + 1, Cow::Owned(key.clone())));
                    }
                }
            }
            let prev_word = i.checked_sub(1).map(|p| toks[p].key.as_ref()).unwrap_or("");
            if best.is_none() && matches!(prev_word, "in" | "from" | "near" | "outside") {
                best = self.town_shaped(s, &toks, i).map(|len| {
                    let key: Vec<&str> = toks[i..i + len].iter().map(|t| t.key.as_ref()).collect();
                    (len, Cow::Owned(key.join(" ")))
                });
            }
            let Some((len, key)) = best else {
                i += 1;
                continue;
            };
            let end_tok = &toks[i + len - 1];
            let prev = i.checked_sub(1).map(|p| toks[p].key.as_ref()).unwrap_or("");
            let prev2 = i.checked_sub(2).map(|p| toks[p].key.as_ref()).unwrap_or("");
            let next = toks.get(i + len).map(|n| n.key.as_ref()).unwrap_or("");
            let after = text.lower_after(end_tok.range.end, 6);
            // "Greenwood, Mississippi": a town, then its state spelled out.
            let state_name_after = text
                .lower_after(end_tok.range.end, 18)
                .strip_prefix(", ")
                .is_some_and(|rest| US_STATES.iter().any(|st| rest.starts_with(st)));
            let state_after = state_name_after || {
                let a = &s.as_bytes()[end_tok.range.end..(end_tok.range.end + 5).min(s.len())];
                let a: Vec<u8> = a
                    .iter()
                    .copied()
                    .skip_while(|b| *b == b',' || *b == b' ')
                    .collect();
                a.len() >= 2
                    && std::str::from_utf8(&a[..2]).is_ok_and(|code| STATE_CODES.contains(&code))
                    && a.get(2).is_none_or(|b| !b.is_ascii_alphabetic())
            };
            // "Jessica Kim, RN": after a given name, a town word is a surname.
            let after_given_name = i > 0
                && is_cap(toks[i - 1].word)
                && self.lex.first_names.contains(&toks[i - 1].key)
                && &s[toks[i - 1].range.end..t.range.start] == " ";
            let common = self.lex.common_words.contains(&key);
            let name_too = self.lex.first_names.contains(&key) || self.lex.surnames.contains(&key);
            let cue = PLACE_CUES.contains(&prev);
            // "north of Jackman", "20 miles east of Dayton": a direction places a town.
            let direction_of = prev == "of"
                && matches!(
                    prev2,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                );
            let strong = STRONG_CUES.contains(&prev)
                || direction_of
                || (prev == "in" && !common)
                || AFTER_CUES.contains(&next)
                || (prev == "a" && AFTER_CUES.contains(&next))
                || state_after;
            let next2 = toks.get(i + len + 1).map(|n| n.key.as_ref()).unwrap_or("");
            // "Fairview Surgery" names a practice, "Fairview. Surgery went well" does not: the
            // institution word must follow in the same phrase.
            let joined = after.starts_with(' ');
            let institution = (joined && INSTITUTION_AFTER.contains(&next))
                || after.starts_with("'s")
                || (next == "family"
                    && matches!(
                        next2,
                        "health" | "medicine" | "practice" | "care" | "clinic"
                    ));
            let titled = matches!(prev, "mr" | "mrs" | "ms" | "dr" | "miss" | "st" | "saint");
            // "cells taken from Henrietta Lacks": a town that is also a given name, right before
            // another capitalised word that is no place, is a person's full name.
            let next_tok = toks.get(i + len);
            let given_name_first = len == 1
                && joined
                && self.lex.first_names.contains(&key)
                && next_tok.is_some_and(|n| {
                    is_cap(n.word)
                        && !self.lex.places.contains(&n.key)
                        && !US_STATES.contains(&n.key.as_ref())
                });
            let ok = !institution
                && !titled
                && !after_given_name
                && !given_name_first
                && if common {
                    strong && prev != "in" || state_after
                } else if name_too {
                    strong
                } else {
                    cue || strong
                };
            if ok {
                let colleague = prev == "from" && COLLEAGUE_BEFORE_FROM.contains(&prev2);
                let sev = if public || prev2 == "trip" || colleague {
                    Severity::Low
                } else {
                    Severity::Medium
                };
                out.push(self.cand(t.range.start..end_tok.range.end, sev, REASON_TOWN));
            }
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Location::new().detect(&t, &mut out);
        let mut v: Vec<String> = out
            .iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect();
        v.sort();
        v
    }

    fn sevs(s: &str) -> Vec<Severity> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Location::new().detect(&t, &mut out);
        out.iter().map(|c| c.severity).collect()
    }

    #[test]
    fn schools_and_state_codes() {
        assert_eq!(
            found("other girls at Jefferson High know recovery"),
            ["Jefferson High"]
        );
        // A credential after a surname is not a state code, and a town word after a given
        // name is a surname.
        assert!(found("thanks to Jessica Kim, RN, CNM, who ran").is_empty());
        assert_eq!(found("a farmer from Greenwood, MS came in"), ["Greenwood"]);
        // A town that is also a given name, before a capitalised word: a person.
        assert!(found("cells were taken from Henrietta Lacks at").is_empty());
        assert_eq!(
            found("a 6th grade teacher from Roosevelt Middle in clinic"),
            ["Roosevelt Middle"]
        );
        assert_eq!(
            found("before her ceremony at the Grand Hotel on"),
            ["Grand Hotel"]
        );
        assert_eq!(found("a logger from Henrietta came in"), ["Henrietta"]);
    }

    #[test]
    fn towns_by_their_shape() {
        for (post, town) in [
            ("a line cook at the diner in Port Ellis lost", "Port Ellis"),
            (
                "She was a kindergarten teacher in Lower Eastfield.",
                "Lower Eastfield",
            ),
            (
                "our tiny critical access hospital in Harlow Springs, a 17yo",
                "Harlow Springs",
            ),
            ("a farmer from Brennerville came in", "Brennerville"),
        ] {
            assert_eq!(found(post), [town], "{post}");
        }
        assert!(found("she's in East Wing now, from New Year's to North Campus").is_empty());
    }

    #[test]
    fn finds_streets_and_roads() {
        assert_eq!(
            found("EMS got called to 114 Ptarmigan Loop again tonight."),
            ["114 Ptarmigan Loop"]
        );
        assert_eq!(found("lives at 410 Elm Street alone"), ["410 Elm Street"]);
        assert_eq!(found("fell at 4 Baker St yesterday"), ["4 Baker St"]);
        assert_eq!(
            found("near 300 W. Main St, by the bank"),
            ["300 W. Main St"]
        );
        assert_eq!(found("the house on Hillcrest Ln"), ["Hillcrest Ln"]);
        assert_eq!(found("crash off exit 42 on I-95"), ["I-95", "exit 42"]);
        assert_eq!(found("the Walmart on Route 9"), ["Route 9"]);
        assert!(found("stopped at the Walmart on my way home").is_empty());
        assert_eq!(
            found("he sleeps at the Greyhound station on 2nd, and"),
            ["Greyhound station on 2nd"]
        );
        assert_eq!(
            found("off the same pills from the gas station on Gratiot."),
            ["gas station on Gratiot"]
        );
        assert!(found("we met at the bar on friday").is_empty());
        assert_eq!(found("the bus station at 3rd & Grand for"), ["3rd & Grand"]);
        assert_eq!(
            found("the trailer park behind the Dollar General"),
            ["Dollar General"]
        );
        assert_eq!(found("asleep outside the Waffle House"), ["Waffle House"]);
        assert!(found("grabbed lunch at Target, on my way to the Sonic drive").is_empty());
        assert_eq!(found("hit at Elm & 5th"), ["Elm & 5th"]);
        assert_eq!(found("the church bus rollover on 287 today"), ["287"]);
        assert!(found("Leukemia & Lymphoma Society").is_empty());
        assert!(found("Hi Dr Smith, thanks. Shoutout on Dr Lee. Stopped off Dr Kim").is_empty());
        assert_eq!(
            found("caller whispering from a closet on Ridgeway Dr, husband pounding"),
            ["Ridgeway Dr"]
        );
    }

    #[test]
    fn finds_towns_counties_and_zips() {
        assert_eq!(found("a 50yo lady from Dayton"), ["Dayton"]);
        assert_eq!(
            found("born in Greenwood, Mississippi, taught"),
            ["Greenwood"]
        );
        assert_eq!(found("a rancher from north of Jackman"), ["Jackman"]);
        assert_eq!(found("she walks daily in Fresno"), ["Fresno"]);
        assert_eq!(found("a Dayton man was hurt"), ["Dayton"]);
        // "Riverside Methodist" is a hospital (care_setting's job), not a town.
        assert!(found("20 years at Riverside Methodist today").is_empty());
        // A sentence break is not a practice name ("Fairview Surgery").
        assert_eq!(
            found("a kid from Fairview. Surgery went well"),
            ["Fairview"]
        );
        assert_eq!(found("gardening in Chapel Hill this AM"), ["Chapel Hill"]);
        assert_eq!(
            found("the first aid tent at the Jefferson County Fair"),
            ["Jefferson County", "Jefferson County Fair"]
        );
        assert_eq!(found("Sandusky OH 44870"), ["44870", "Sandusky"]);
        assert_eq!(found("a therapist near 60629?"), ["60629"]);
        assert_eq!(found("drove himself in from 41749 today"), ["41749"]);
        assert_eq!(
            found("guy at the Rite Aid clinic on Fulton passed out"),
            ["Rite Aid clinic on Fulton"]
        );
        assert_eq!(
            found("night manager at the Waffle House on Peachtree"),
            ["Waffle House on Peachtree"]
        );
        assert_eq!(
            found("a baby in the car park of the Tesco in Hexley at 02:14"),
            ["Tesco in Hexley"]
        );
        assert!(
            found("met at the Tesco in town")
                .iter()
                .all(|p| p != "Tesco in town"),
            "a chain 'in town' is no town"
        );
        assert_eq!(found("from a town of 800 people"), ["a town of 800 people"]);
        assert_eq!(found("a 5K at the Turkey Trot in Carmel"), ["Carmel"]);
    }

    #[test]
    fn finds_venues() {
        for (post, venue) in [
            (
                "transported her from the Cedar Knoll condos Thursday",
                "Cedar Knoll condos",
            ),
            (
                "a dirt bike accident at the Ridgefield quarry. His mom",
                "Ridgefield quarry",
            ),
            (
                "Hazmat at the Pruitt Chemical plant on Dock St",
                "Pruitt Chemical plant",
            ),
            (
                "lifeguard at the Bayview municipal pool, came in",
                "Bayview municipal pool",
            ),
        ] {
            assert!(
                found(post).contains(&venue.to_string()),
                "{post}: {:?}",
                found(post)
            );
        }
        assert!(found("Our farm. The pool is open. My apartments").is_empty());
        assert_eq!(
            found("at the Pinecrest Mall food court"),
            ["Pinecrest Mall"]
        );
        assert_eq!(found("lives in the Maple Grove apts"), ["Maple Grove apts"]);
        assert!(found("two blocks from Roosevelt HS").contains(&"Roosevelt HS".to_owned()));
        // Lakes, rivers and trailheads: the whole name, not a town called "Lake".
        assert!(
            found("a hunting accident near Lake Tahoe today").contains(&"Lake Tahoe".to_owned())
        );
        assert!(found("pulled from the Miller Creek after").contains(&"Miller Creek".to_owned()));
        assert!(found("swimming in the lake").is_empty());
        assert!(found("behind the Circle K on 3rd Ave, GCS 6").contains(&"3rd Ave".to_owned()));
        assert!(found("my 3rd shift this week").is_empty());
        assert!(found("a backcast at Miller's Pond this").contains(&"Miller's Pond".to_owned()));
        // Dorms, fields, camps, housing towers and townships.
        assert_eq!(found("living in Carver Hall (4th floor"), ["Carver Hall"]);
        assert_eq!(
            found("from Sat's tourney at Hollis Field: the"),
            ["Hollis Field"]
        );
        assert_eq!(
            found("a window at Brightwater Towers on"),
            ["Brightwater Towers"]
        );
        assert_eq!(
            found("the accident in Carver Township is"),
            ["Carver Township"]
        );
        assert_eq!(found("Camp Wanaki families, you know"), ["Camp Wanaki"]);
        assert_eq!(
            found("the whole town of Pruitt is gonna"),
            ["town of Pruitt"]
        );
        assert_eq!(
            found("from the Frogtown neighborhood who fell"),
            ["Frogtown neighborhood"]
        );
        assert_eq!(found("Structure fire, Danvers Twp. 8yo"), ["Danvers Twp"]);
        assert_eq!(
            found("a bus driver from the east side of Norwood (a lot"),
            ["east side of Norwood"]
        );
        assert_eq!(
            found("on US-52 at the Millersburg exit"),
            ["Millersburg exit", "US-52"]
        );
        assert_eq!(
            found("wandered off from the farm on CR 220 near"),
            ["CR 220"]
        );
        assert_eq!(
            found("Van rolled by the water tower, driver"),
            ["water tower"]
        );
        assert_eq!(
            found("a 58yo out behind the Lutheran cemetery off"),
            ["Lutheran cemetery"]
        );
        assert!(found("give us 5 minutes").is_empty());
        assert_eq!(
            found("walking home from the Eastgate rec center"),
            ["Eastgate rec center"]
        );
        // People surnamed like places, and a camp that is no name.
        assert!(found("thanks to Dr. Hall and Sally Field").is_empty());
        assert!(found("Camp nurse life, week 2").is_empty());
    }

    #[test]
    fn ignores_states_countries_and_word_towns() {
        assert!(found("moved here from Texas, born in Mexico").is_empty());
        assert!(found("Reading the chart. In normal times, hope and liberty.").is_empty());
        assert!(found("pt was in Mobile, she said").is_empty());
        assert!(found("Congratulations to Sarah Thompson and Jordan").is_empty());
        assert!(found("lost in Reading the ECG").is_empty());
        assert!(found("seen in Cardiology clinic in March").is_empty());
        assert!(found("the team at Riverside Pediatrics").is_empty());
        assert!(found("the team at Riverside Animal Hospital").is_empty());
    }

    #[test]
    fn public_places_are_low() {
        assert_eq!(
            sevs("Our clinic at 300 W. Main St is now open!"),
            [Severity::Low]
        );
        assert!(sevs("Great talks at SHM Converge in Nashville")
            .iter()
            .all(|s| *s == Severity::Low));
        // A colleague's town.
        assert_eq!(
            sevs("A nurse practitioner from Boise asked me about statins"),
            [Severity::Low]
        );
        assert_eq!(sevs("a 50yo lady from Boise"), [Severity::Medium]);
    }
}
