//! Web and IP addresses: `https://...`, `www...`, bare domains with a path
//! (`gofundme.com/f/help-jessie`, `instagram.com/handle`, `tiktok.com/@name`), and IPv4/IPv6
//! addresses.
//!
//! Severity: a fundraiser, news story, obituary, social profile or any other page is `Medium`
//! (it may be about the patient). Public reference sites (journals, PubMed, government health
//! agencies, DOI links) are `Low`: they point at literature, not people. A bare domain with no
//! path ("lakesidefamilyhealth.org") is an organisation's home page: `Low`. Version numbers
//! (`v1.2.3`), decimals and dotted lab values never match: a domain needs a letter TLD and an IP
//! address four octets of 0-255 (or hex groups with colons for IPv6).

use regex::Regex;

use super::context::digit_count;
use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::text::Text;

/// Finds web and IP addresses.
pub struct Url {
    web: Regex,
    ipv4: Regex,
    ipv6: Regex,
}

/// Domains of public references (matched as the domain or a parent domain).
const REFERENCE_DOMAINS: &[&str] = &[
    "nih.gov",
    "cdc.gov",
    "fda.gov",
    "hhs.gov",
    "cms.gov",
    "medlineplus.gov",
    "medicare.gov",
    "medicaid.gov",
    "healthcare.gov",
    "samhsa.gov",
    "ahrq.gov",
    "vaccines.gov",
    "va.gov",
    "who.int",
    "doi.org",
    "nejm.org",
    "jamanetwork.com",
    "thelancet.com",
    "bmj.com",
    "nature.com",
    "sciencedirect.com",
    "springer.com",
    "wiley.com",
    "acpjournals.org",
    "ahajournals.org",
    "uptodate.com",
    "cochranelibrary.com",
    "clinicaltrials.gov",
    "mdcalc.com",
    "wikipedia.org",
    "heart.org",
    "cancer.org",
    "aap.org",
    "acog.org",
    "acep.org",
    "nhs.uk",
    "medscape.com",
    "988lifeline.org",
];

/// Top-level domains accepted for bare (scheme-less) domains; keeps "e.g" and "p.o" out.
const TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "int", "mil", "io", "co", "us", "uk", "ca", "au", "de",
    "fr", "info", "me", "ly", "tv", "app", "health", "news", "link", "page", "site", "blog", "gg",
    "be", "nz", "ie", "in", "mx", "es", "it", "nl",
];

impl Url {
    /// Compiles the patterns.
    pub fn new() -> Self {
        Url {
            web: Regex::new(concat!(
                r"(?:https?://|www\.)[^\s<>()\[\]{}]+",
                r"|[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,12}",
                r"(?:/[^\s<>()\[\]{}]*)?"
            ))
            .expect("url pattern compiles"),
            ipv4: Regex::new(r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}")
                .expect("ipv4 pattern compiles"),
            ipv6: Regex::new(r"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}")
                .expect("ipv6 pattern compiles"),
        }
    }
}

impl Default for Url {
    fn default() -> Self {
        Url::new()
    }
}

/// Trims sentence punctuation that ends a URL in prose ("see x.com/a." -> "x.com/a").
fn trim_trailing(s: &str) -> &str {
    s.trim_end_matches(['.', ',', '!', '?', ';', ':', '\'', '"', '*', '…'])
}

/// The host part of a matched URL, without scheme and `www.`.
fn host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    &rest[..end]
}

/// True when the link's path says it is teaching or conference material
/// ("bit.ly/safesleep-rural-slides", "example.org/grand-rounds-talk"), not a person's page.
fn teaching_material(url: &str) -> bool {
    let h = host(url);
    let path = url.find(h).map_or("", |i| &url[i + h.len()..]);
    path.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w,
            "slides"
                | "slide"
                | "slidedeck"
                | "deck"
                | "talk"
                | "lecture"
                | "webinar"
                | "course"
                | "curriculum"
                | "poster"
                | "handout"
                | "syllabus"
                | "cme"
                | "toolkit"
        )
    })
}

fn is_reference(host: &str) -> bool {
    REFERENCE_DOMAINS
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

impl Detector for Url {
    fn name(&self) -> &'static str {
        "url"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        let bytes = lower.as_bytes();
        for m in self.web.find_iter(lower) {
            let start = m.start();
            // Not the domain part of an email ("a@b.com") or a handle's tail.
            if start > 0 && matches!(bytes[start - 1], b'@' | b'.' | b'-' | b'_') {
                continue;
            }
            if start > 0 && (bytes[start - 1].is_ascii_alphanumeric()) {
                continue;
            }
            let url = trim_trailing(m.as_str());
            let end = start + url.len();
            if bytes.get(m.end()) == Some(&b'@') {
                continue;
            }
            let h = host(url);
            let schemed = url.starts_with("http") || url.starts_with("www.");
            let has_path = url.len() > url.find(h).map_or(0, |i| i + h.len()) + 1;
            if !schemed {
                let tld = h.rsplit('.').next().unwrap_or("");
                if !TLDS.contains(&tld) || h.split('.').count() < 2 {
                    continue;
                }
                // "e.g." / "i.e." / "vs.com" style noise: require a 2+ letter label.
                if h.split('.').next().is_some_and(|l| l.len() < 2) {
                    continue;
                }
            }
            let (severity, reason) = if is_reference(h) {
                (
                    Severity::Low,
                    "A link to a public reference site; it points at literature, not at a person.",
                )
            } else if teaching_material(url)
                // "Slides: bit.ly/acep24-ketamine": the material named just before the link.
                || ["slides", "slide deck", "deck", "handout", "poster", "recording"]
                    .iter()
                    .any(|w| text.lower_before(start, 24).contains(w))
            {
                (
                    Severity::Low,
                    "A link to slides, a talk or a course; only a risk if the post describes a patient.",
                )
            } else if !has_path && !schemed {
                (
                    Severity::Low,
                    "A website's home page, likely an organisation's; only a risk if the post describes a patient.",
                )
            } else {
                (
                    Severity::Medium,
                    "A link (fundraiser, news story, profile) can lead straight to the patient.",
                )
            };
            out.push(
                Candidate::new(start..end, Category::Url, severity, reason).with_confidence(88),
            );
        }
        if digit_count(lower) >= 4 {
            for m in self.ipv4.find_iter(lower) {
                let (s, e) = (m.start(), m.end());
                let glued = (s > 0
                    && (bytes[s - 1].is_ascii_alphanumeric()
                        || matches!(bytes[s - 1], b'.' | b'/')))
                    || bytes.get(e).is_some_and(|&c| {
                        c.is_ascii_alphanumeric()
                            || (c == b'.' && bytes.get(e + 1).is_some_and(u8::is_ascii_digit))
                    });
                let octets_ok = m.as_str().split('.').all(|o| {
                    o.parse::<u16>().is_ok_and(|v| v <= 255)
                        && (o.len() == 1 || !o.starts_with('0'))
                });
                if glued || !octets_ok {
                    continue;
                }
                out.push(
                    Candidate::new(
                        s..e,
                        Category::Url,
                        Severity::Medium,
                        "An IP address can be traced to a household or device.",
                    )
                    .with_confidence(85),
                );
            }
        }
        if lower.contains("::") || lower.bytes().filter(|&c| c == b':').count() >= 5 {
            for m in self.ipv6.find_iter(lower) {
                let s = m.as_str();
                let groups = s.split(':').filter(|g| !g.is_empty()).count();
                let glued = (m.start() > 0 && bytes[m.start() - 1].is_ascii_alphanumeric())
                    || bytes.get(m.end()).is_some_and(u8::is_ascii_alphanumeric);
                let hexy = s.bytes().any(|c| c.is_ascii_digit());
                if glued || !hexy || groups < 3 || (!s.contains("::") && groups != 8) {
                    continue;
                }
                out.push(
                    Candidate::new(
                        m.range(),
                        Category::Url,
                        Severity::Medium,
                        "An IP address can be traced to a household or device.",
                    )
                    .with_confidence(85),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, Severity)> {
        crate::detectors::test_support::found(&Url::new(), s)
    }

    fn texts(s: &str) -> Vec<String> {
        found(s).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn teaching_material_links_are_low() {
        assert_eq!(
            found("Slides from my talk are up here: https://bit.ly/safesleep-rural-slides (feel free)"),
            [(
                "https://bit.ly/safesleep-rural-slides".to_owned(),
                Severity::Low
            )]
        );
        assert_eq!(
            found("her GoFundMe: https://gofundme.com/f/help-tina-heal")[0].1,
            Severity::Medium
        );
        assert_eq!(
            found("no increase in intubation. Slides: bit.ly/acep24-ketamine")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("the staffing rating on Care Compare (medicare.gov/care-compare)")[0].1,
            Severity::Low
        );
        // A host named like material is still a person's link.
        assert_eq!(
            found("see https://talk.example/maria-lopez")[0].1,
            Severity::Medium
        );
    }

    #[test]
    fn schemed_and_bare_urls() {
        assert_eq!(
            texts("link: https://www.gofundme.com/f/josiah-strong-nicu \n"),
            ["https://www.gofundme.com/f/josiah-strong-nicu"]
        );
        assert_eq!(
            texts("GoFundMe is gofundme.com/f/help-jessie-beat-aml if"),
            ["gofundme.com/f/help-jessie-beat-aml"]
        );
        assert_eq!(
            texts("Instagram: instagram.com/taco.the.tiny 🌮"),
            ["instagram.com/taco.the.tiny"]
        );
        assert_eq!(
            texts("(tiktok.com/@grandma.bev.turns80) so"),
            ["tiktok.com/@grandma.bev.turns80"]
        );
        assert_eq!(texts("see www.example.org."), ["www.example.org"]);
    }

    #[test]
    fn references_and_home_pages_are_low() {
        assert_eq!(
            found("real: pubmed.ncbi.nlm.nih.gov/33326721 Know")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("list at accessdata.fda.gov before")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("book at lakesidefamilyhealth.org.")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("out: nejm.org/doi/full/10.1056/NEJMoa2215457 —")[0].1,
            Severity::Low
        );
        assert_eq!(
            found("wkyc.com/news/local/akron-firefighter-returns-home")[0].1,
            Severity::Medium
        );
    }

    #[test]
    fn ip_addresses() {
        assert_eq!(texts("logins from 73.162.44.201 look"), ["73.162.44.201"]);
        assert_eq!(
            texts("from 2001:db8::8a2e:370:7334 today"),
            ["2001:db8::8a2e:370:7334"]
        );
        assert!(texts("v1.2.3.4 release").is_empty());
        assert!(texts("values 300.1.2.3 and 1.2.3.4.5").is_empty());
    }

    #[test]
    fn ignores_prose_and_numbers() {
        for s in [
            "e.g. this, i.e. that",
            "HbA1c 7.2% and K 6.8",
            "version v1.2.3 shipped",
            "ICD E11.9",
            "email jane@example.org",
            "Dr. Smith and St. Mary's",
            "ratio 3.5/4.0",
            "at 10:30 and 14:15:00",
        ] {
            assert!(texts(s).is_empty(), "{s}");
        }
    }
}
