//! One module per detector family, each behind [`crate::detector::Detector`], with its unit tests
//! beside it. [`all`] lists them in the order they run.

use crate::detector::Detector;
use crate::scanner::Config;

mod age;
mod context;
mod custom_terms;
mod date;
mod email;
mod id_number;
mod phone;
mod ssn;
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
    ];
    if !config.custom_terms.is_empty() {
        detectors.push(Box::new(custom_terms::CustomTerms::new(
            &config.custom_terms,
        )));
    }
    detectors
}
