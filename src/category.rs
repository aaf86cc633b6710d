//! What a finding is about ([`Category`]), how serious it is on its own ([`Severity`]) and how
//! risky a whole post is ([`RiskLevel`]).

use serde::{Deserialize, Serialize};

/// The kind of identifying detail a finding points at. The names are the labels of the labeled
/// corpus schema (`shared/corpus/SCHEMA.md`), so scanner output and gold labels compare directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A patient's or relative's name, initials used as a name, a patient's handle.
    Name,
    /// Street address, town, county, ZIP code, neighborhood, landmark near the patient.
    Location,
    /// A date (not a bare year) tied to the patient.
    Date,
    /// A specific age; 90 and over identifies on its own.
    Age,
    /// Phone or fax number.
    Phone,
    /// Email address.
    Email,
    /// SSN, medical record, account, health-plan, licence, plate or device serial number.
    IdNumber,
    /// Web address or IP address.
    Url,
    /// Any other unique characteristic: a public role, a distinctive tattoo, a famous event.
    UniqueTrait,
    /// When the encounter happened ("last night").
    TimeContext,
    /// Where it happened ("our ED", "bed 4", a named hospital).
    CareSetting,
    /// Sex, occupation, family role, ethnicity or pregnancy tied to the patient.
    Demographic,
    /// A striking or rare condition or circumstance others would remember.
    RareEvent,
    /// Words saying this is a real, specific patient ("my patient").
    PatientReference,
}

impl Category {
    /// Every category, direct identifiers first.
    pub const ALL: [Category; 14] = [
        Category::Name,
        Category::Location,
        Category::Date,
        Category::Age,
        Category::Phone,
        Category::Email,
        Category::IdNumber,
        Category::Url,
        Category::UniqueTrait,
        Category::TimeContext,
        Category::CareSetting,
        Category::Demographic,
        Category::RareEvent,
        Category::PatientReference,
    ];

    /// The corpus label, e.g. `"id_number"`.
    pub fn label(self) -> &'static str {
        match self {
            Category::Name => "name",
            Category::Location => "location",
            Category::Date => "date",
            Category::Age => "age",
            Category::Phone => "phone",
            Category::Email => "email",
            Category::IdNumber => "id_number",
            Category::Url => "url",
            Category::UniqueTrait => "unique_trait",
            Category::TimeContext => "time_context",
            Category::CareSetting => "care_setting",
            Category::Demographic => "demographic",
            Category::RareEvent => "rare_event",
            Category::PatientReference => "patient_reference",
        }
    }

    /// The category with this corpus label, if any.
    pub fn from_label(label: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.label() == label)
    }

    /// True for HIPAA Safe Harbor style direct identifiers; false for quasi-identifiers, which
    /// only identify in combination.
    pub fn is_direct(self) -> bool {
        !matches!(
            self,
            Category::TimeContext
                | Category::CareSetting
                | Category::Demographic
                | Category::RareEvent
                | Category::PatientReference
        )
    }

    /// A short human name for cards and diagnostics ("ID number").
    pub fn title(self) -> &'static str {
        match self {
            Category::Name => "Name",
            Category::Location => "Place",
            Category::Date => "Date",
            Category::Age => "Age",
            Category::Phone => "Phone number",
            Category::Email => "Email address",
            Category::IdNumber => "ID number",
            Category::Url => "Web address",
            Category::UniqueTrait => "Unique trait",
            Category::TimeContext => "Time",
            Category::CareSetting => "Care setting",
            Category::Demographic => "Personal detail",
            Category::RareEvent => "Memorable event",
            Category::PatientReference => "Patient reference",
        }
    }
}

impl Category {
    /// The HIPAA rule a finding of this category relates to, in words for the card: a Safe
    /// Harbor identifier of 45 CFR 164.514(b)(2) (with its letter), or the "combination of
    /// details" test of 164.514(a) for quasi-identifiers.
    pub fn hipaa_basis(self) -> &'static str {
        match self {
            Category::Name => "HIPAA Safe Harbor identifier (A): names",
            Category::Location => "HIPAA Safe Harbor identifier (B): places smaller than a state",
            Category::Date => "HIPAA Safe Harbor identifier (C): dates other than the year",
            Category::Age => {
                "HIPAA Safe Harbor (C) covers ages over 89; any age narrows who the patient is"
            }
            Category::Phone => "HIPAA Safe Harbor identifier (D): telephone numbers",
            Category::Email => "HIPAA Safe Harbor identifier (F): email addresses",
            Category::IdNumber => {
                "HIPAA Safe Harbor identifiers (G)-(M): record, account and other ID numbers"
            }
            Category::Url => "HIPAA Safe Harbor identifier (N): web addresses",
            Category::UniqueTrait => {
                "HIPAA Safe Harbor identifier (R): any other unique identifying characteristic"
            }
            Category::TimeContext
            | Category::CareSetting
            | Category::Demographic
            | Category::RareEvent
            | Category::PatientReference => {
                "Combination of details: HIPAA forbids details that together identify a patient"
            }
        }
    }
}

/// How serious one finding is on its own. Ordered: `Low < Medium < High`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Harmless alone; matters in combination (most quasi-identifiers).
    #[default]
    Low,
    /// A direct identifier, or a detail that narrows the patient down a lot.
    Medium,
    /// Identifies on its own (an SSN, a full name, an age of 90 or more).
    High,
}

/// How risky a whole post is. Ordered: `None < Notice < Warn < High`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    /// Nothing found.
    #[default]
    None,
    /// Some details worth a look, not enough to identify anyone.
    Notice,
    /// A patient could reasonably be identified: warn before posting.
    Warn,
    /// Clearly identifying: a direct identifier tied to a patient, or many details together.
    High,
}

impl RiskLevel {
    /// `"none" | "notice" | "warn" | "high"`.
    pub fn label(self) -> &'static str {
        match self {
            RiskLevel::None => "none",
            RiskLevel::Notice => "notice",
            RiskLevel::Warn => "warn",
            RiskLevel::High => "high",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_label(c.label()), Some(c));
        }
        assert_eq!(Category::from_label("nope"), None);
    }

    #[test]
    fn direct_and_quasi_split_as_in_the_schema() {
        let direct: Vec<_> = Category::ALL
            .into_iter()
            .filter(|c| c.is_direct())
            .collect();
        assert_eq!(direct.len(), 9);
        assert!(Category::UniqueTrait.is_direct());
        assert!(!Category::TimeContext.is_direct());
    }
}
