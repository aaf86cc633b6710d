//! The structured identifier families (phone, SSN and ID numbers, URLs, dates, ages) through
//! `Scanner::scan`: one example per written form must be found, and the precision traps
//! (vitals, doses, lab values, years, ICD codes, scores, hotlines, counts) must not raise a
//! structured finding. Public or non-patient look-alikes must stay `Severity::Low`.

use phi_guard::{Category, Scanner, Severity};

const STRUCTURED: [Category; 6] = [
    Category::Phone,
    Category::IdNumber,
    Category::Url,
    Category::Date,
    Category::Age,
    Category::Email,
];

/// The structured findings of a post: (text, category, severity).
fn structured(scanner: &Scanner, post: &str) -> Vec<(String, Category, Severity)> {
    scanner
        .scan(post)
        .findings
        .into_iter()
        .filter(|f| STRUCTURED.contains(&f.category))
        .map(|f| (f.text, f.category, f.severity))
        .collect()
}

fn is_found(scanner: &Scanner, post: &str, phrase: &str, category: Category) -> bool {
    structured(scanner, post)
        .iter()
        .any(|(t, c, _)| *c == category && (t.contains(phrase) || phrase.contains(t.as_str())))
}

#[test]
fn every_form_is_found() {
    let s = Scanner::default();
    let cases: &[(&str, &str, Category)] = &[
        // Phones.
        (
            "Pt asked me to text her at 555.204.9981 tonight",
            "555.204.9981",
            Category::Phone,
        ),
        (
            "her son's cell is (608) 555-0144",
            "(608) 555-0144",
            Category::Phone,
        ),
        (
            "pt's son called from +1 702 555 0119 again",
            "+1 702 555 0119",
            Category::Phone,
        ),
        (
            "her work number is 317-555-0132 ext 4410",
            "317-555-0132 ext 4410",
            Category::Phone,
        ),
        (
            "his daughter in London: +44 20 7946 0958",
            "+44 20 7946 0958",
            Category::Phone,
        ),
        // SSN and ID numbers.
        (
            "Pt recited her SSN 212-09-7743 out loud",
            "212-09-7743",
            Category::IdNumber,
        ),
        (
            "pt's social security number 212 09 7743",
            "212 09 7743",
            Category::IdNumber,
        ),
        (
            "sticky note w/ pt med rec # 3349021",
            "3349021",
            Category::IdNumber,
        ),
        (
            "MRN 00451234 has been boarding",
            "00451234",
            Category::IdNumber,
        ),
        (
            "her account number 4410-228-917 printed",
            "4410-228-917",
            Category::IdNumber,
        ),
        (
            "insurance (member ID WXG884410273) denied",
            "WXG884410273",
            Category::IdNumber,
        ),
        (
            "found DL# S530-4417-8821 in the lot",
            "S530-4417-8821",
            Category::IdNumber,
        ),
        (
            "plate KTX-4471 in the ambulance bay",
            "KTX-4471",
            Category::IdNumber,
        ),
        (
            "pacemaker serial PJN402117S is recalled",
            "PJN402117S",
            Category::IdNumber,
        ),
        // URLs.
        (
            "Pt's GoFundMe: gofundme.com/f/help-jessie-beat-aml",
            "gofundme.com/f/help-jessie-beat-aml",
            Category::Url,
        ),
        (
            "news: https://www.ksat.com/news/local/2024/ximena-goes-home",
            "https://www.ksat.com/news/local/2024/ximena-goes-home",
            Category::Url,
        ),
        (
            "my pt's TikTok tiktok.com/@grandma.bev",
            "tiktok.com/@grandma.bev",
            Category::Url,
        ),
        (
            "Mr. D's logins come from 73.162.44.201 today",
            "73.162.44.201",
            Category::Url,
        ),
        // Dates.
        (
            "my hospice pt passed on 03-14-2025",
            "03-14-2025",
            Category::Date,
        ),
        ("my pt (James, DOB 7/2/61) today", "7/2/61", Category::Date),
        (
            "pt's hearing aids lost on 11/3 in transfer",
            "11/3",
            Category::Date,
        ),
        (
            "my patient passed on January 9th",
            "January 9th",
            Category::Date,
        ),
        (
            "twins born on Christmas Eve to my pt",
            "Christmas Eve",
            Category::Date,
        ),
        (
            "we had a pt on the 4th of July lose fingers",
            "the 4th of July",
            Category::Date,
        ),
        (
            "pt on our onc floor since August",
            "since August",
            Category::Date,
        ),
        // Ages.
        (
            "36yo guy came into our ED last night",
            "36yo",
            Category::Age,
        ),
        ("a 34 y/o new mom came in today", "34 y/o", Category::Age),
        (
            "a 31-year-old dad came in tonight",
            "31-year-old",
            Category::Age,
        ),
        ("61M brought in by his wife", "61M", Category::Age),
        (
            "lovely lady, aged 101 as of Sunday",
            "aged 101",
            Category::Age,
        ),
        (
            "Three kids admitted to our PICU tonight. Ages 4, 7 & 11.",
            "Ages 4, 7 & 11",
            Category::Age,
        ),
        (
            "Happy 100th birthday to my patient",
            "100th birthday",
            Category::Age,
        ),
        (
            "pt turned 104 today on our unit",
            "turned 104",
            Category::Age,
        ),
        (
            "I lost a patient today. She was 27. Pregnant.",
            "She was 27",
            Category::Age,
        ),
        (
            "the 7 month old we coded this morning",
            "7 month old",
            Category::Age,
        ),
        ("Mr. Hannigan, 98, passed this morning", "98", Category::Age),
        ("Man in his 90s came in today", "in his 90s", Category::Age),
    ];
    let missing: Vec<String> = cases
        .iter()
        .filter(|(post, phrase, category)| !is_found(&s, post, phrase, *category))
        .map(|(post, phrase, category)| format!("{category:?} {phrase:?} in {post:?}"))
        .collect();
    assert!(missing.is_empty(), "not found:\n{}", missing.join("\n"));
}

#[test]
fn ninety_and_over_is_high() {
    let s = Scanner::default();
    let found = structured(&s, "92F on 5 West at 0300 asking to feed the chickens");
    assert!(found
        .iter()
        .any(|(_, c, sev)| *c == Category::Age && *sev == Severity::High));
}

#[test]
fn precision_traps_raise_no_structured_finding() {
    let s = Scanner::default();
    for post in [
        "PSA: BP 180/110 with no symptoms is NOT a hypertensive emergency.",
        "Dose check: epi is 0.3-0.5 mg IM (1 mg/mL) in adults, 0.01 mg/kg in kids.",
        "K 6.8 with peaked T waves, HbA1c 7.2%, Hgb of 6.1. Recheck in 1-2 hrs.",
        "2019 me vs 2025 me. I've had my Littmann since 2016.",
        "Coding E11.9 and I21.4 all day.",
        "BIG congrats to our PGY-3s on being named chiefs!",
        "an Apgar of 9 at 5 minutes. 16 years in L&D and it never gets old",
        "GCS 15, no LOC. GCS 3? Check a glucose.",
        "If you're struggling, call or text 988. Emergencies: call 911.",
        "Shift tally: 14 flu, 3 RSV babies, 2 kidney stones, 0 breaks.",
        "Health fair this Saturday 10-2, clinic open 8-12.",
        "Celebrating 10 years as an RN today!",
        "That was 8 years ago and I still think about it.",
        "G3P2 at 23+4, abx x 3 days, a 36 hour priapism",
        "rated her pain 10/10, got 2/3 of the dose, 9/10 would recommend, we work 24/7",
        "Deaths in adults 25-44 went up 18% from 2022 to 2023.",
        "Adults 45+ should get screened. Patients 65+ get the high-dose flu shot.",
        "a man in his 80s and a woman in her 30s",
        "placed a 14F foley, then he spiked to 101F",
        "raised $45M and gave 45 mg over 45 min",
        "Kawasaki: fever >=5 days + 4 of 5 criteria",
        "running v1.2.3 of the EHR, ratio 3.5/4.0",
        "lot 23B0417 of a saline flush was recalled",
        "the best stethoscope is the one you don't lose",
    ] {
        let found = structured(&s, post);
        assert!(found.is_empty(), "{post:?} raised {found:?}");
    }
}

#[test]
fn public_and_non_patient_look_alikes_stay_low() {
    let s = Scanner::default();
    for post in [
        "Poison control: 1-800-222-1222.",
        "Our clinic is open Saturdays! Call (919) 555-0100 or just show up.",
        "To book, call 555-0162 or message us through the portal.",
        "Occult hypoxemia is real: pubmed.ncbi.nlm.nih.gov/33326721",
        "Check the shortage list at accessdata.fda.gov before calling.",
        "Our office will be CLOSED Monday, Sept 1 for Labor Day.",
        "ACEP 2025 in Salt Lake City, Oct 6-9! Who's going?",
        "My dad turned 90 today!!! Ninety years old and he still mows.",
        "Hypothetical for the students: 45M, crushing chest pain.",
        "Delirium pearl: haloperidol 0.5 mg in an 85-year-old, not 5 mg.",
        "My 6-year-old told her class I fix insides with a camera.",
        "When the pt's DOB is 1/1/1900 bc registration couldn't get it",
        "my NPI 1234567893 is on every claim",
    ] {
        let found = structured(&s, post);
        assert!(
            found.iter().all(|(_, _, sev)| *sev == Severity::Low),
            "{post:?} raised {found:?}"
        );
    }
}
