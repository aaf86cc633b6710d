//! Email addresses, including plus-addressing (`jane+labs@example.org`).

use regex::Regex;

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds email addresses.
pub struct Email {
    pattern: Regex,
}

impl Email {
    /// Compiles the pattern.
    pub fn new() -> Self {
        Email {
            // Local part with dots, plus and hyphens; a dotted domain ending in a 2+ letter TLD.
            pattern: Regex::new(
                r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,}",
            )
            .expect("email pattern compiles"),
        }
    }
}

impl Detector for Email {
    fn name(&self) -> &'static str {
        "email"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for m in self.pattern.find_iter(text.lower()) {
            let local = m.as_str().split(['@', '+']).next().unwrap_or("");
            let role = ROLE_MAILBOXES.contains(&local)
                || ROLE_ROOTS.iter().any(|root| local.contains(root));
            let (severity, reason) = if role {
                // Low: counts only in a post about a patient (risk rule 3).
                (
                    Severity::Low,
                    "An organisation's mailbox, not a person's; it still places the post at one organisation.",
                )
            } else {
                (
                    Severity::High,
                    "An email address leads straight to a person.",
                )
            };
            out.push(
                Candidate::new(m.range(), Category::Email, severity, reason).with_confidence(95),
            );
        }
    }
}

/// Local parts of an organisation's shared mailboxes ("info@", "press@"): an announcement or a
/// job posting, not a patient. Names containing a [`ROLE_ROOTS`] part ("medstaff@") are not
/// repeated here.
const ROLE_MAILBOXES: &[&str] = &[
    "admissions",
    "cme",
    "comms",
    "contact",
    "donate",
    "education",
    "events",
    "giving",
    "gme",
    "hello",
    "help",
    "hr",
    "info",
    "media",
    "news",
    "newsletter",
    "noreply",
    "no-reply",
    "press",
    "support",
    "team",
    "webmaster",
];

/// Parts of shared-mailbox names ("mstaff@", "gme.office@", "nursing-jobs@").
const ROLE_ROOTS: &[&str] = &[
    "staff",
    "office",
    "admin",
    "career",
    "jobs",
    "recruit",
    "volunteer",
    "foundation",
    "billing",
    "records",
    "schedul",
    "appointment",
    "privacy",
    "compliance",
    "residency",
    "fellowship",
    "marketing",
    "communications",
    "frontdesk",
    "front.desk",
    "reception",
    "helpdesk",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut out = Vec::new();
        Email::new().detect(&t, &mut out);
        out.iter()
            .map(|c| t.slice(c.range.clone()).to_owned())
            .collect()
    }

    #[test]
    fn finds_addresses() {
        assert_eq!(
            found("her email dkessler.teach@gmail.com printed"),
            ["dkessler.teach@gmail.com"]
        );
        assert_eq!(found("Jane+Labs@Example.ORG."), ["Jane+Labs@Example.ORG"]);
    }

    #[test]
    fn role_mailboxes_are_low() {
        let t = Text::new("Questions? Contact medstaff@stjosephsmc.org or jane.doe@gmail.com");
        let mut out = Vec::new();
        Email::new().detect(&t, &mut out);
        let severities: Vec<Severity> = out.iter().map(|c| c.severity).collect();
        assert_eq!(severities, [Severity::Low, Severity::High]);
    }

    #[test]
    fn ignores_handles_and_prose() {
        assert!(found("shoutout to @EMCrit and @StEmlyns").is_empty());
        assert!(found("meet me @ 5").is_empty());
    }
}
