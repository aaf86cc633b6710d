//! One module per detector family, each behind [`crate::detector::Detector`], with its unit tests
//! beside it. [`all`] lists them in the order they run.

use crate::detector::Detector;
use crate::scanner::Config;

mod age;
mod care_setting;
pub(crate) mod context;
pub(crate) mod cues;
mod custom_terms;
mod date;
mod demographic;
mod email;
mod id_number;
pub(crate) mod lexicon;
mod location;
pub(crate) mod name;
mod openings;
pub mod patient_reference;
mod phone;
mod rare_event;
mod ssn;
mod time_context;
mod unique_trait;
mod url;

/// Every detector family, compiled for `config`.
pub fn all(config: &Config) -> Vec<Box<dyn Detector>> {
    let mut detectors: Vec<Box<dyn Detector>> = vec![
        Box::new(email::Email::new()),
        Box::new(phone::Phone::new()),
        Box::new(ssn::Ssn::new()),
        Box::new(id_number::IdNumber::new()),
        Box::new(url::Url::new()),
        Box::new(date::Date::new()),
        Box::new(age::Age::new()),
        Box::new(unique_trait::UniqueTrait::new()),
        Box::new(time_context::TimeContext::new()),
        Box::new(care_setting::CareSetting::new()),
        Box::new(demographic::Demographic::new()),
        Box::new(rare_event::RareEvent::new()),
        Box::new(patient_reference::PatientReference::new()),
        Box::new(name::Name::new()),
        Box::new(location::Location::new()),
    ];
    if !config.custom_terms.is_empty() {
        detectors.push(Box::new(custom_terms::CustomTerms::new(
            &config.custom_terms,
        )));
    }
    detectors
}

/// Helpers shared by the detectors' unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::category::Severity;
    use crate::detector::Detector;
    use crate::text::Text;

    /// What `detector` proposes for `s`, as (phrase, severity) in text order.
    pub(crate) fn found(detector: &dyn Detector, s: &str) -> Vec<(String, Severity)> {
        let t = Text::new(s);
        let mut out = Vec::new();
        detector.detect(&t, &mut out);
        out.sort_by_key(|c| c.range.start);
        out.iter()
            .map(|c| (t.slice(c.range.clone()).to_owned(), c.severity))
            .collect()
    }

    /// The phrases `detector` proposes for `s` in text order, keeping the longest where several
    /// start at the same place.
    pub(crate) fn longest_phrases(detector: &dyn Detector, s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        detector.detect(&t, &mut out);
        out.sort_by_key(|c| (c.range.start, std::cmp::Reverse(c.range.end)));
        out.dedup_by_key(|c| c.range.start);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }
}
