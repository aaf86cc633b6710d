//! One module per detector family, each behind [`crate::detector::Detector`], with its unit tests
//! beside it. [`all`] lists them in the order they run.

use crate::detector::Detector;
use crate::scanner::Config;

mod custom_terms;
mod email;
pub(crate) mod lexicon;
mod location;
mod name;

/// Every detector family, compiled for `config`.
pub fn all(config: &Config) -> Vec<Box<dyn Detector>> {
    let mut detectors: Vec<Box<dyn Detector>> = vec![
        Box::new(email::Email::new()),
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
