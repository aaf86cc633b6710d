//! When the encounter happened: "last night", "this morning", "on Tuesday", "at 3am", "just"
//! (as in "Just intubated..."). Harmless alone; narrows a patient down with other details.

use crate::category::Category;
use crate::detector::{Candidate, Detector};
use crate::detectors::cues::{in_tag, Rule, RuleSet};
use crate::text::Text;

const REASON: &str =
    "Says when this happened: with other details, people who were there can place the patient.";
const SUGGEST: Option<&str> = Some("recently");

/// Finds time-of-encounter phrases.
pub struct TimeContext {
    rules: RuleSet,
}

impl TimeContext {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let day = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
        let rules = vec![
            // Relative days and parts of the day.
            Rule::new(
                &format!(
                    r"(?:(?:at lunch|earlier|late|early) )?(?:today|tonight|yesterday|tmrw|tomorrow)(?:'s)?(?: (?:morning|afternoon|evening|night|[0-9]{{1,2}}(?::[0-5][0-9])? ?(?:am|pm)))?|(?:last|this|(?:{day})) (?:night|morning|afternoon|evening|am|pm)|this (?:week|weekend|month)|(?:last|past) (?:week|weekend|month|spring|summer|fall|winter)|next (?:week|wk|month)|(?:sat|sun|mon|tue|wed|thu|fri) (?:night|morning|am|pm)|(?:sat|sun)'s|(?:[0-9]{{1,2}}(?::[0-5][0-9])? )?this (?:morning|am)|around midnight|at midnight|just now|overnight|hoy|anoche|ayer|esta mañana|esta noche|anteayer|(?:my |our |on my |on our )?(?:last|this|today's|tonight's|yesterday's|last night's) (?:shift|call|call shift|night shift|day shift)"
                ),
                Category::TimeContext,
                REASON,
                SUGGEST,
            ),
            // Week days ("on Tuesday", "Friday's", "Tues").
            Rule::new(
                &format!(r"(?:on |last |this )?(?:{day})(?:'s)?|tues|thurs"),
                Category::TimeContext,
                REASON,
                SUGGEST,
            )
            .confidence(60),
            // Clock times: "at 3am", "11pm", "0300" (military, 00xx-09xx only: not a year).
            Rule::new(
                r"(?:at |around )?(?:(?:1[0-2]|0?[1-9])(?::[0-5][0-9])? ?(?:am|pm)|0[0-9][0-5][0-9])|(?:at|around) (?:[01]?[0-9]|2[0-3]):[0-5][0-9]|(?:1[0-2]|[1-9]) in the (?:morning|afternoon|evening)",
                Category::TimeContext,
                REASON,
                SUGGEST,
            ),
            // "two years ago", "3 days ago", "a week ago".
            Rule::new(
                r"(?:[0-9]+|a|an|one|two|three|four|five|six|few|couple of) (?:min|mins|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?) ago",
                Category::TimeContext,
                REASON,
                SUGGEST,
            ),
            // Hospital/post-op day, shift words.
            Rule::new(
                r"pod ?[0-9]{1,2}|hd ?[0-9]{1,2}|(?:on )?(?:today's|tonight's|last night's|this) shift|all (?:night|shift)|night shift|graveyard shift|(?:at )?shift change|(?:[0-9]{4} )?handoff|at halftime|during halftime|day [0-9]+ of the (?:blizzard|storm|hurricane|flood|outage|power outage|heat wave|ice storm|snowstorm)",
                Category::TimeContext,
                REASON,
                SUGGEST,
            ),
            // "Just intubated", "just got here", "just told me": the event happened moments ago.
            Rule::new(
                r"(just)(?: now)? (?:intubated|extubated|delivered|admitted|discharged|transferred|coded|pronounced|told me|asked me|came in|rolled in|walked in|brought in|got brought|rolled up|pulled|removed|stitched|sutured|splinted|reduced|casted|diagnosed|scoped|airlifted|flew out|x-rayed|tubed|cathed|cardioverted|resuscitated|triaged|caught)|just got here",
                Category::TimeContext,
                REASON,
                SUGGEST,
            ),
        ];
        TimeContext {
            rules: RuleSet::new(rules),
        }
    }
}

impl Default for TimeContext {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector for TimeContext {
    fn name(&self) -> &'static str {
        "time_context"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for (rule, r) in self.rules.matches(text) {
            if in_tag(text, r.start) {
                continue; // #nightshift, #MondayMotivation
            }
            out.push(rule.candidate(r));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        TimeContext::new().detect(&t, &mut out);
        out.sort_by_key(|c| c.range.start);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    #[test]
    fn finds_relative_times() {
        assert_eq!(found("came in last night"), ["last night"]);
        assert_eq!(found("Tonight's case"), ["Tonight's"]);
        assert_eq!(found("seen this morning"), ["this morning"]);
        assert_eq!(found("admitted yesterday"), ["yesterday"]);
        assert_eq!(found("busy this week"), ["this week"]);
        assert_eq!(found("bed 3 has been screaming all night"), ["all night"]);
        assert_eq!(found("my pt from last spring"), ["last spring"]);
        assert_eq!(found("Hoy fue un día bonito"), ["Hoy"]);
        assert_eq!(
            found("Day 3 of the blizzard and"),
            ["Day 3 of the blizzard"]
        );
        assert_eq!(found("came in at halftime of the"), ["at halftime"]);
        assert_eq!(found("0700 handoff and the"), ["0700", "0700 handoff"]);
    }

    #[test]
    fn finds_days_and_clock_times() {
        assert_eq!(found("delivered on Tuesday"), ["on Tuesday"]);
        assert_eq!(found("the apts Tues: extubated"), ["Tues"]);
        assert_eq!(found("and at 2:15 an 11-year-old got"), ["at 2:15"]);
        assert_eq!(
            found("first aid at the amphitheater sat night. 19yo"),
            ["sat night"]
        );
        assert_eq!(found("from Sat's tourney at"), ["Sat's"]);
        assert_eq!(found("his transplant 6 wks ago and"), ["6 wks ago"]);
        assert_eq!(found("grafts next wk."), ["next wk"]);
        assert!(found("the sat score").is_empty());
        assert_eq!(found("it's 3am"), ["3am"]);
        assert_eq!(found("92F at 0300 said"), ["at 0300"]);
        // Overlapping phrases of one time are resolved with the other findings (risk model).
        assert_eq!(
            found("at 4:12 this morning"),
            ["at 4:12", "4:12 this morning"]
        );
        assert_eq!(found("POD1 and walking"), ["POD1"]);
        assert_eq!(found("in the car park at 02:14 on"), ["at 02:14"]);
        assert_eq!(found("woke me at 3 in the morning"), ["3 in the morning"]);
        assert_eq!(found("walked out 40 min ago"), ["40 min ago"]);
        assert!(found("BP 12:30 ratio and 24:7").is_empty());
        assert_eq!(found("ayer atendí a un niño"), ["ayer"]);
    }

    #[test]
    fn finds_just_as_a_time() {
        assert_eq!(found("Just intubated a man"), ["Just"]);
        assert_eq!(found("just pulled a fishhook out of a kid"), ["just"]);
        assert_eq!(found("Just discharged my longest patient"), ["Just"]);
        assert!(found("I just wanted to say thank you").is_empty());
        assert_eq!(found("a 17yo just got here"), ["just got here"]);
        assert_eq!(found("Mrs. K just told me"), ["just"]);
    }

    #[test]
    fn ignores_plain_words_years_and_tags() {
        assert!(found("I just want to say thanks").is_empty());
        assert!(found("since 2016, and in 1942").is_empty());
        assert!(found("#nightshift #MondayMotivation").is_empty());
        assert!(found("clinic on Tuesdays and Thursdays").is_empty());
        assert!(found("just in case").is_empty());
    }
}
