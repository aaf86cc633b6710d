//! Dates tied to a person: numeric (`3/14`, `03-14-2025`, `7/2/61`, `DOB 04/11/1958`), written
//! ("March 14th", "Sept. 9", "Jan 6", "the 4th of July", "9 March"), holidays ("Christmas Eve",
//! "on Thanksgiving"), "on her birthday", and a month after "since/in/on/until" ("since August").
//!
//! Not dates: bare years, fractions and scores (`2/3 of`, `10/10`, `9/10`), vitals (`180/110`),
//! `24/7`, time ranges (`10-2`, `8-12`), weekday names (another family: time context). A numeric
//! month/day without a year needs a cue before it ("on", "since", "DOB", "born") unless it is
//! zero-padded (`03-15`).
//!
//! Severity: `Medium` when the post describes a real patient or encounter; `Low` when it reads
//! as an announcement (clinic closure, conference, awareness day), the author's own family, a
//! hypothetical, a multi-day event range ("April 14-17"), or a placeholder year (`1/1/1900`).

use regex::Regex;

use super::context::{has_any_word, last_word, number_continues, own_family_before};
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds dates.
pub struct Date {
    numeric: Regex,
    written: Regex,
    holiday: Regex,
    month_alone: Regex,
    weekday: Regex,
    iso: Regex,
}

/// Words before a year-less numeric date that make it a date ("on 11/3", "DOB 7/2").
const NUMERIC_CUES: &[&str] = &[
    "on",
    "since",
    "until",
    "till",
    "from",
    "by",
    "before",
    "after",
    "dob",
    "dos",
    "doa",
    "dod",
    "date",
    "dated",
    "born",
    "admitted",
    "discharged",
    "died",
    "passed",
    "due",
    "edd",
    "lmp",
];

/// Words shortly before a date that make it the date of a patient's life event.
const PATIENT_EVENT_CUES: &[&str] = &[
    "dob",
    "d.o.b",
    "date of birth",
    "born",
    "admitted",
    "admission",
    "discharged",
    "discharge",
    "died",
    "passed away",
    "dod",
    "date of death",
    "delivered",
];

/// Words before a bare month name that tie it to an event ("since August", "died in March").
const MONTH_CUES: &[&str] = &["since", "in", "on", "until", "till", "through", "by"];

/// Holidays that name one day and need no cue.
const STRONG_HOLIDAYS: &[&str] = &[
    "christmas eve",
    "christmas day",
    "new year's eve",
    "new year's day",
    "new years eve",
    "new years day",
    "fourth of july",
    "leap day",
    // Commonwealth holidays: "at 02:14 on Boxing Day".
    "boxing day",
    "anzac day",
    "canada day",
    "bonfire night",
];

/// The last birth year of people aged 90 or more in 2025.
const OLDEST_OLD_BIRTH_YEAR: u32 = 1935;

const BIRTH_YEAR_REASON: &str =
    "A birth year that long ago means an age over 89, rare enough to identify someone.";

impl Date {
    /// Compiles the patterns.
    pub fn new() -> Self {
        const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
        Date {
            numeric: Regex::new(r"([0-9]{1,2})([/\-.])([0-9]{1,2})(?:([/\-.])([0-9]{4}|[0-9]{2}))?")
                .expect("numeric date compiles"),
            written: Regex::new(&format!(
                concat!(
                    r"(?-u:\b)(?:(?:the )?([0-9]{{1,2}})(?:st|nd|rd|th)? (?:of )?({m})(?-u:\b)",
                    r"|({m})\.? ([0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:(?:-|–| to )[0-9]{{1,2}}(?-u:\b))?(?:,? [0-9]{{4}}(?-u:\b))?)"
                ),
                m = MONTH
            ))
            .expect("written date compiles"),
            holiday: Regex::new(concat!(
                r"(?-u:\b)(?:(?:memorial|labor) day weekend|christmas(?: eve| day)?|new years?'? (?:eve|day)|new year's (?:eve|day)|",
                r"fourth of july|leap day|thanksgiving(?: day)?|easter(?: sunday)?|",
                r"halloween|valentine'?s day|mother'?s day|father'?s day|labor day|memorial day|",
                r"veterans'? day|independence day|juneteenth|hanukkah|rosh hashanah|yom kippur|",
                r"diwali|ramadan|eid|black friday|cyber monday|super bowl sunday|turkey trot|",
                r"st\.? patrick'?s day|saint patrick'?s day|cinco de mayo|mardi gras|good friday|palm sunday|ash wednesday|",
                r"martin luther king day|mlk day|presidents'? day|columbus day|election day|groundhog day|",
                r"boxing day|anzac day|canada day|bonfire night|",
                r"(?:her|his|their) birthday)(?-u:\b)"
            ))
            .expect("holiday pattern compiles"),
            iso: Regex::new(r"(?-u:\b)(1[89][0-9]{2}|20[0-9]{2})-([0-9]{2})-([0-9]{2})(?-u:\b)")
                .expect("iso date compiles"),
            month_alone: Regex::new(
                r"(?-u:\b)(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)",
            )
            .expect("month pattern compiles"),
            weekday: Regex::new(
                r"(?-u:\b)(?:(last|this|next|on|since|as of|until) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs)(?-u:\b)",
            )
            .expect("weekday pattern compiles"),
        }
    }

    fn severity(&self, text: &Text<'_>, start: usize, end: usize, real: bool) -> Severity {
        if !real || own_family_before(text, start) {
            return Severity::Low;
        }
        // A date that comes round every year is a season, not a visit ("Every year, the week of
        // the 4th of July, our ED sees the same injuries").
        let sentence = text.lower_before(start, 40);
        let sentence = sentence.rsplit(['.', '!', '?', '\n']).next().unwrap_or("");
        if sentence.contains("every ") || sentence.contains("each ") {
            return Severity::Low;
        }
        // The same, said once for the whole post ("Urgent care, summer edition, every year
        // without fail: ... burns starting around June 28").
        let lower = text.lower();
        if [
            "every year",
            "each year",
            "every summer",
            "every winter",
            "like clockwork",
            "without fail",
        ]
        .iter()
        .any(|w| lower.contains(w))
        {
            return Severity::Low;
        }
        // An observance named by its month ("Since May is Stroke Awareness Month").
        let after = text.lower_after(end, 48);
        let clause = after.split(['.', '!', '?', '\n']).next().unwrap_or("");
        if clause.contains("awareness month") || clause.contains("history month") {
            return Severity::Low;
        }
        // The day of a public event ("Come see it at the Fourth of July parade", "the March 3
        // blood drive").
        let next_word = clause
            .strip_prefix("'s")
            .or_else(|| clause.strip_prefix("’s"))
            .unwrap_or(clause)
            .trim_start()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if [
            "parade",
            "fundraiser",
            "festival",
            "fair",
            "gala",
            "cookout",
            "picnic",
            "potluck",
            "fireworks",
            "blood",
            "bake",
            "ceremony",
            "celebration",
            "concert",
            "5k",
            "10k",
            "marathon",
            "deadline",
            "conference",
        ]
        .contains(&next_word)
        {
            return Severity::Low;
        }
        // A multi-day range is an event ("April 14-17").
        let phrase = &text.lower()[start..end];
        if phrase.contains(['-', '–']) && phrase.chars().any(|c| c.is_ascii_alphabetic()) {
            return Severity::Low;
        }
        if text.lower_after(end, 8).starts_with(['-', '–']) {
            return Severity::Low;
        }
        // The date of a patient's birth, admission, discharge or death is a Safe Harbor
        // identifier on its own, not a detail that needs others.
        let before = text.lower_before(start, 24);
        if PATIENT_EVENT_CUES.iter().any(|cue| before.contains(cue)) {
            return Severity::High;
        }
        Severity::Medium
    }
}

/// A date finding: the reason says whether it needs a patient in the post (low severity).
fn date_candidate(start: usize, end: usize, sev: Severity) -> Candidate {
    let reason = if sev == Severity::Low {
        LOW_REASON
    } else {
        REASON
    };
    Candidate::new(start..end, Category::Date, sev, reason)
        .suggest("recently")
        .with_confidence(82)
}

impl Date {
    /// Two day-exact phrases without a month, found by scanning for their anchors rather than
    /// another regex pass: a day of the month after a time preposition ("came in on the 14th",
    /// "booked for the 21st") and an anniversary ("One year ago today", "12 yrs ago today").
    fn day_of_month_and_anniversaries(
        &self,
        text: &Text<'_>,
        real: bool,
        out: &mut Vec<Candidate>,
    ) {
        let lower = text.lower();
        let mut found = Vec::new();
        for (at, _) in lower.match_indices(" the ") {
            let lead = last_word(&lower[..at]);
            if !matches!(
                lead,
                "on" | "since" | "until" | "till" | "by" | "before" | "after" | "for"
            ) {
                continue;
            }
            let num_at = at + 5;
            let digits = lower[num_at..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            let Some(day) = (1..=2)
                .contains(&digits)
                .then(|| lower[num_at..num_at + digits].parse::<u32>().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d))
            else {
                continue;
            };
            let end = num_at + digits + 2;
            let suffix = match day % 10 {
                1 if day != 11 => "st",
                2 if day != 12 => "nd",
                3 if day != 13 => "rd",
                _ => "th",
            };
            if lower.get(num_at + digits..end) != Some(suffix) {
                continue;
            }
            // "on the 3rd floor", "the 21st century", "the 4th of July" (a holiday, found
            // above): only a day that ends its phrase.
            let rest = &lower[end..];
            let ends = rest.is_empty()
                || rest.starts_with(['.', ',', '!', '?', ';', ':', ')'])
                || [" and", " for", " with", " at", " when", " after", " before"]
                    .iter()
                    .any(|w| {
                        rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphanumeric)
                    });
            if ends {
                found.push((at + 1, end));
            }
        }
        for (at, _) in lower.match_indices(" ago today") {
            let before = &lower[..at];
            let unit_start = before.rfind(' ').map_or(0, |i| i + 1);
            if !matches!(&before[unit_start..], "year" | "years" | "yr" | "yrs") {
                continue;
            }
            let count = before[..unit_start].trim_end();
            let count_start = count.rfind(' ').map_or(0, |i| i + 1);
            let n = &count[count_start..];
            let number = n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty()
                || matches!(
                    n,
                    "a" | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "twenty"
                );
            // "20 years ago today I started nursing school": the author's own milestone.
            let mut next = lower[at + " ago today".len()..]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let own_milestone = next.next() == Some("i")
                && next.next().is_some_and(|verb| {
                    matches!(
                        verb,
                        "started"
                            | "began"
                            | "graduated"
                            | "joined"
                            | "became"
                            | "passed"
                            | "met"
                            | "married"
                            | "moved"
                            | "signed"
                            | "matched"
                    )
                });
            if number && !own_milestone {
                found.push((count_start, at + " ago today".len()));
            }
        }
        for (start, end) in found {
            let sev = self.severity(text, start, end, real);
            out.push(date_candidate(start, end, sev));
        }
    }
}

impl Default for Date {
    fn default() -> Self {
        Date::new()
    }
}

fn valid_month_day(month: u32, day: u32) -> bool {
    let max = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=max).contains(&day)
}

fn month_number(name: &str) -> u32 {
    match &name[..3] {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    }
}

const REASON: &str =
    "An exact date (birth, admission, death, visit) helps pin down who the patient is.";
const LOW_REASON: &str =
    "A date, apparently for an event or announcement rather than a patient; only a risk if the post describes one.";

impl Detector for Date {
    fn name(&self) -> &'static str {
        "date"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        let original = text.original();
        let real = text.has_encounter() && !text.is_hypothetical() && !text.is_own_family_post();
        let bytes = lower.as_bytes();
        let first = out.len();
        let push = |out: &mut Vec<Candidate>, start: usize, end: usize, sev: Severity| {
            out.push(date_candidate(start, end, sev));
        };

        // Numeric dates.
        for caps in self.numeric.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let (start, end) = (m.start(), m.end());
            let glued_before = start > 0
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || matches!(
                        bytes[start - 1],
                        b'/' | b'.' | b'-' | b'+' | b'$' | b':' | b','
                    ));
            if glued_before || number_continues(lower, end) {
                continue;
            }
            if bytes
                .get(end)
                .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'%')
            {
                continue;
            }
            let sep = &caps[2];
            let month: u32 = caps[1].parse().unwrap_or(0);
            let day: u32 = caps[3].parse().unwrap_or(0);
            if !valid_month_day(month, day) {
                continue;
            }
            let year = caps.get(5).map(|y| y.as_str());
            if let Some(sep2) = caps.get(4) {
                if sep2.as_str() != sep {
                    continue;
                }
            }
            let mut sev = self.severity(text, start, end, real);
            match year {
                Some(y) => {
                    if sep == "." && y.len() == 2 {
                        continue; // "1.2.34": a version or a list, not a date
                    }
                    if y.len() == 4 && y.parse::<u32>().is_ok_and(|v| v < 1905) {
                        sev = Severity::Low; // placeholder DOB ("1/1/1900") or history
                    }
                }
                None => {
                    if sep == "." {
                        continue;
                    }
                    let padded =
                        caps[1].len() == 2 && caps[3].len() == 2 && caps[1].starts_with('0');
                    let before = text.lower_before(start, 20);
                    let cue = NUMERIC_CUES.contains(&last_word(before));
                    let next = text.lower_after(end, 12).trim_start();
                    let followed_by_unit = next.starts_with("of ")
                        || next.starts_with("pain")
                        || next.starts_with("units")
                        || next.starts_with("mg")
                        || next.starts_with("hr")
                        || next.starts_with("min");
                    // Dashed month-day pairs are usually ranges ("9-1", "1-2 hrs"): only the
                    // zero-padded form ("03-15") counts.
                    let ok = if sep == "-" { padded } else { cue };
                    if !ok || followed_by_unit {
                        continue;
                    }
                }
            }
            // Include a "DOB" label right before it.
            let before = text.lower_before(start, 5);
            let start = if before.ends_with("dob ") || before.ends_with("dob: ") {
                start - before.len() + before.find("dob").unwrap_or(0)
            } else {
                start
            };
            push(out, start, end, sev);
        }

        // ISO dates ("2025-03-14").
        for caps in self.iso.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let month: u32 = caps[2].parse().unwrap_or(0);
            let day: u32 = caps[3].parse().unwrap_or(0);
            if !valid_month_day(month, day) || number_continues(lower, m.end()) {
                continue;
            }
            let year: u32 = caps[1].parse().unwrap_or(0);
            let sev = if year < 1905 {
                Severity::Low
            } else {
                self.severity(text, m.start(), m.end(), real)
            };
            push(out, m.start(), m.end(), sev);
        }

        // Written dates.
        for caps in self.written.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let (month_name, day) = match (caps.get(2), caps.get(1), caps.get(3), caps.get(4)) {
                (Some(mo), Some(d), _, _) => (mo.as_str(), d.as_str()),
                (_, _, Some(mo), Some(d)) => (mo.as_str(), d.as_str()),
                _ => continue,
            };
            let day: u32 = day.parse().unwrap_or(0);
            if !valid_month_day(month_number(month_name), day) {
                continue;
            }
            // "may 5" and "march 3" are verbs in lowercase; "Jan" is also a name, and
            // "mar 3" / "jun 2" abbreviations need a capital too.
            let orig = &original[m.range()];
            let name_at = orig
                .to_ascii_lowercase()
                .find(month_name)
                .map_or(m.start(), |i| m.start() + i);
            let capital = original[name_at..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase());
            if matches!(
                month_name,
                "may" | "march" | "mar" | "jan" | "jun" | "aug" | "dec"
            ) && !capital
            {
                continue;
            }
            // Not "the 5 march" of a dose or a count: the day must not be a unit's number.
            if number_continues(lower, m.end()) {
                continue;
            }
            let after = text.lower_after(m.end(), 6).trim_start();
            if ["mg", "ml", "%", "kg", "units", "hours", "days"]
                .iter()
                .any(|u| after.starts_with(u))
            {
                continue;
            }
            let sev = self.severity(text, m.start(), m.end(), real);
            push(out, m.start(), m.end(), sev);
        }

        // Holidays and birthdays.
        for m in self.holiday.find_iter(lower) {
            let phrase = m.as_str();
            let strong = STRONG_HOLIDAYS.contains(&phrase);
            let before = last_word(text.lower_before(m.start(), 20));
            // "at the Turkey Trot", "since the Fourth of July": an article after a cue word.
            let window = text.lower_before(m.start(), 12);
            // "Christmas morning in our ED", "Halloween night", "Mardi Gras weekend": a part of
            // the day names the day itself.
            let day_part = [" morning", " night", " afternoon", " evening", " weekend"]
                .iter()
                .find(|w| {
                    lower[m.end()..].starts_with(*w)
                        && !lower[m.end() + w.len()..].starts_with(char::is_alphanumeric)
                })
                .map_or(0, |w| w.len());
            let cued = day_part > 0
                || matches!(
                    before,
                    "on" | "since"
                        | "over"
                        | "during"
                        | "before"
                        | "after"
                        | "until"
                        | "till"
                        | "of"
                )
                || [
                    "at the ",
                    "on the ",
                    "since the ",
                    "after the ",
                    "before the ",
                ]
                .iter()
                .any(|cue| window.ends_with(cue));
            if !(strong || cued) {
                continue;
            }
            if phrase.ends_with("birthday") && before != "on" {
                continue;
            }
            let (start, end) = if phrase.starts_with("4th") || phrase.starts_with("fourth") {
                // "the 4th of July": include the article.
                let b = text.lower_before(m.start(), 4);
                if b == "the " {
                    (m.start() - 4, m.end())
                } else {
                    (m.start(), m.end())
                }
            } else {
                (m.start(), m.end())
            };
            let end = end + day_part;
            let sev = self.severity(text, start, end, real);
            push(out, start, end, sev);
        }

        self.day_of_month_and_anniversaries(text, real, out);

        // A month alone after "since/in/on/until", capitalised ("since August", "in March").
        for m in self.month_alone.find_iter(lower) {
            let capital = original[m.start()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase());
            if !capital {
                continue;
            }
            let before = text.lower_before(m.start(), 12);
            let word = last_word(before);
            if !MONTH_CUES.contains(&word) || !before.ends_with(' ') {
                continue;
            }
            // Skip when a day or year follows (handled above, or a bare "March 2019").
            let after = text.lower_after(m.end(), 3).trim_start();
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let start = m.start() - word.len() - 1;
            // Months in announcements ("in August he starts", "starting in May") stay low.
            let sev = if has_any_word(
                text.lower_before(start, 40),
                &["starting", "starts", "opening"],
            ) {
                Severity::Low
            } else {
                self.severity(text, start, m.end(), real)
            };
            push(out, start, m.end(), sev);
        }

        // A weekday resolves to a calendar date: "last Wednesday", "admitted Thursday". Low:
        // it only counts in a post about a patient.
        for caps in self.weekday.captures_iter(lower) {
            let m = caps.get(0).expect("whole match");
            let day = caps.get(2).expect("a weekday");
            let capital = original[day.start()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase());
            if !capital || original[m.end()..].starts_with('\'') {
                continue;
            }
            // Opening hours ("Saturday 10-2") are a schedule, not an event.
            if text
                .lower_after(m.end(), 3)
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            // Part of a date or holiday already found ("Black Friday").
            if out[first..]
                .iter()
                .any(|c| c.range.start < m.end() && m.start() < c.range.end)
            {
                continue;
            }
            push(out, m.start(), m.end(), Severity::Low);
        }

        // "Born in 1917": a birth year that makes someone 90 or older is a Safe Harbor
        // identifier on its own. The cutoff is fixed (90 years before 2025) so results do not
        // change with the clock; it only errs towards flagging as years pass.
        for (at, _) in lower.match_indices("born in ") {
            let year_at = at + "born in ".len();
            let digits = &lower.as_bytes()[year_at..];
            if digits.len() < 4
                || !digits[..4].iter().all(u8::is_ascii_digit)
                || number_continues(lower, year_at + 4)
            {
                continue;
            }
            let year: u32 = lower[year_at..year_at + 4].parse().unwrap_or(0);
            if !(1880..=OLDEST_OLD_BIRTH_YEAR).contains(&year)
                || own_family_before(text, at)
                || text.is_hypothetical()
            {
                continue;
            }
            out.push(
                Candidate::new(
                    at..year_at + 4,
                    Category::Date,
                    Severity::High,
                    BIRTH_YEAR_REASON,
                )
                .suggest("long ago")
                .with_confidence(82),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, Severity)> {
        crate::detectors::test_support::found(&Date::new(), s)
    }

    fn texts(s: &str) -> Vec<String> {
        found(s).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn days_of_the_month_anniversaries_and_holiday_day_parts() {
        assert_eq!(texts("came in on the 14th for a pacemaker"), ["the 14th"]);
        assert_eq!(texts("Surgery is booked for the 21st and"), ["the 21st"]);
        assert!(texts("up on the 3rd floor, in the 21st century").is_empty());
        assert_eq!(
            texts("One year ago today we lost Tavita"),
            ["One year ago today"]
        );
        assert_eq!(texts("12 yrs ago today I did CPR"), ["12 yrs ago today"]);
        assert!(texts("years ago today feels like").is_empty());
        assert!(texts("20 years ago today I started nursing school").is_empty());
        assert_eq!(
            texts("Christmas morning in our ED and in walks a man"),
            ["Christmas morning"]
        );
        assert_eq!(
            texts("Halloween night: grown man in a T-rex suit"),
            ["Halloween night"]
        );
        assert!(texts("Christmas movies are the best").is_empty());
    }

    #[test]
    fn patient_life_event_dates_are_high() {
        assert_eq!(
            found("Discharged on 11/14 after a long stay"),
            [("11/14".to_owned(), Severity::High)]
        );
        assert_eq!(
            found("pt lost them on 11/14. Found?"),
            [("11/14".to_owned(), Severity::Medium)]
        );
        assert_eq!(
            found("107! Born in 1917 and still cooking"),
            [("Born in 1917".to_owned(), Severity::High)]
        );
        assert!(found("my grandma was born in 1931").is_empty());
        assert!(found("born in 1985, born in 19175").is_empty());
    }

    #[test]
    fn dates_that_recur_every_year_are_low() {
        assert_eq!(
            found("Every year, the week of the 4th of July, our ED sees burns. pt had one"),
            [("the 4th of July".to_owned(), Severity::Low)]
        );
        assert_eq!(
            found("Saw my pt on the 4th of July. Every shift I think of her"),
            [("the 4th of July".to_owned(), Severity::Medium)]
        );
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            texts("my pt passed on 03-14-2025 and the home put 03-15 on it"),
            ["03-14-2025", "03-15"]
        );
        assert_eq!(texts("my pt (DOB 7/2/61) got"), ["DOB 7/2/61"]);
        assert_eq!(texts("re: pt DOB 04/11/1958 —"), ["DOB 04/11/1958"]);
        assert_eq!(texts("pt lost them on 11/3. Found?"), ["11/3"]);
        assert_eq!(texts("pt born at 23+4 on 2/29!!"), ["2/29"]);
        assert_eq!(texts("pt admitted 2025-03-14 today"), ["2025-03-14"]);
    }

    #[test]
    fn an_annual_event_after_at_the_is_a_date() {
        assert!(texts("she ran her first 5K at the Turkey Trot in town")
            .contains(&"Turkey Trot".to_owned()));
        assert!(texts("the turkey trot is a fun race").is_empty());
    }

    #[test]
    fn written_dates_and_holidays() {
        assert_eq!(
            texts("my patient passed on January 9th at 94"),
            ["January 9th"]
        );
        assert_eq!(texts("Baby was born on October 2nd and"), ["October 2nd"]);
        assert_eq!(texts("pt admitted Sept. 9, 2024 today"), ["Sept. 9, 2024"]);
        assert_eq!(texts("pt seen Jan 6 today"), ["Jan 6"]);
        assert_eq!(texts("the pt on the 4th of July had"), ["the 4th of July"]);
        assert_eq!(texts("twins born on Christmas Eve"), ["Christmas Eve"]);
        assert_eq!(
            texts("delivered a baby in the car park at 02:14 on Boxing Day"),
            ["Boxing Day"]
        );
        assert_eq!(texts("pt admitted on Thanksgiving"), ["Thanksgiving"]);
        assert_eq!(texts("pt admitted on her birthday"), ["her birthday"]);
        assert_eq!(texts("pt born 9 March, today"), ["9 March"]);
        assert_eq!(texts("pt was admitted on Black Friday"), ["Black Friday"]);
        assert_eq!(
            texts("pt collapsed during the race on Memorial Day weekend"),
            ["Memorial Day weekend"]
        );
        assert!(texts("pt likes black friday deals").is_empty());
        assert_eq!(texts("pt fell last Wednesday"), ["last Wednesday"]);
        assert_eq!(texts("pt admitted Thursday"), ["Thursday"]);
        assert!(texts("pt says mondays are hard").is_empty());
    }

    #[test]
    fn months_after_since_in() {
        assert_eq!(texts("pt on our floor since August and"), ["since August"]);
        assert_eq!(texts("for a pt who DIED in March. Billing"), ["in March"]);
        assert!(texts("pt may need it in march madness").is_empty());
    }

    #[test]
    fn announcements_are_low() {
        for s in [
            "Our office will be CLOSED Monday, Sept 1 for Labor Day.",
            "World Down Syndrome Day is on 3/21!",
            "SHM Converge in Nashville (April 14-17) was great",
            "Starting January 6, Dr. Nguyen will see patients",
            "My dad turned 90 on March 3",
            "Tonight my son graduated. In August he starts work",
            "Since May is Stroke Awareness Month, a lesson from our ED today",
            "Our ED got a new rig today. Come see it at the Fourth of July parade!",
            "Our ED staff walk in the March 3 5k today",
        ] {
            assert!(found(s).iter().all(|(_, sev)| *sev == Severity::Low), "{s}");
        }
        assert_eq!(found("pt's DOB is 1/1/1900 bc")[0].1, Severity::Low);
        assert_ne!(
            found("pt came in today, on March 3 sale day")[0].1,
            Severity::Low
        );
    }

    #[test]
    fn ignores_ratios_scores_and_ranges() {
        for s in [
            "pt BP 180/110 today",
            "pt pain 10/10 today",
            "pt got 2/3 of the dose today",
            "pt is 9/10 today",
            "we work 24/7",
            "Saturday 10-2 and 8-12",
            "pt in 2019 had",
            "pt deaths 25-44 went up",
            "v1.2.3 today",
            "pt K 6.8 and HbA1c 7.2% today",
            "GCS 15, Apgar 9/9 today",
            "pt may 5 mg today",
            "icd E11.9 today",
            "pt 1-2 L of NS today",
            "open from 9-1 today, recheck by 1-2 hours",
        ] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
    }
}
