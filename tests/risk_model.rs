//! The risk model end to end, through `Scanner::scan`: verdicts and what gets underlined.

use phi_guard::{Category, RiskLevel, Scanner};

fn scan(s: &str) -> phi_guard::Report {
    Scanner::default().scan(s)
}

fn has(report: &phi_guard::Report, category: Category, text: &str) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.category == category && f.text.contains(text))
}

#[test]
fn time_place_person_and_event_together_warn() {
    let r = scan("The construction worker in bay 3 drove himself to our ER this morning with a piece of rebar through his thigh.");
    assert!(r.risk >= RiskLevel::Warn);
    assert!(has(&r, Category::Demographic, "construction worker"));
    assert!(has(&r, Category::CareSetting, "bay 3"));
    assert!(has(&r, Category::TimeContext, "this morning"));
    assert!(has(&r, Category::RareEvent, "rebar"));
    assert!(r.reasons.iter().any(|x| x.contains("recognise")));
}

#[test]
fn a_memorable_event_with_time_and_patient_warns() {
    let r = scan("the pt who swallowed 14 AAA batteries last night has now passed 11");
    assert!(r.risk >= RiskLevel::Warn);
    assert!(has(&r, Category::RareEvent, "swallowed 14 AAA batteries"));
}

#[test]
fn a_lone_time_is_fine_and_not_underlined() {
    let r = scan("Busy night tonight, send coffee.");
    assert!(r.risk < RiskLevel::Warn);
    assert!(r.findings.is_empty());
}

#[test]
fn a_patient_who_taught_me_something_is_fine() {
    let r = scan("A patient once told me \"you're the first doctor who let me finish my sentence.\" That was 8 years ago and I still think about it every clinic day.");
    assert!(r.risk < RiskLevel::Warn);
    assert!(r.findings.is_empty());
}

#[test]
fn when_and_where_without_who_is_fine() {
    let r = scan("A kid in the waiting room asked me if I was a real doctor. Honestly a valid question at 3am");
    assert!(r.risk < RiskLevel::Warn);
    assert!(r.findings.is_empty());
}

#[test]
fn the_authors_own_life_is_not_patient_data() {
    for post in [
        "My dad turned 90 today!!! He still mows his own lawn.",
        "My grandma turned 94 today and she still beats me at Scrabble",
        "I'm 36 and just had my first colonoscopy (family hx). Get screened!",
    ] {
        let r = scan(post);
        assert!(r.risk < RiskLevel::Warn, "{post}");
        assert!(r.findings.is_empty(), "{post}");
    }
}

#[test]
fn teaching_cases_are_not_patient_data() {
    for post in [
        "Pop quiz: 62M presents with crushing chest pain in the ED this morning after a car crash. Next step?",
        "Hypothetical for the students: 45M, crushing chest pain, BP 180/110, a construction worker, last night.",
        "Morning Report, case 12: a 32-year-old teacher with fatigue. Fictional case, real lesson.",
    ] {
        let r = scan(post);
        assert!(r.risk < RiskLevel::Warn, "{post}");
        assert!(r.findings.is_empty(), "{post}");
    }
}

#[test]
fn announcements_and_history_are_not_patient_data() {
    for post in [
        "Clinic news! Starting January 6, Dr. Nguyen will be seeing patients at our Brookside office at St. Luke's on Tuesdays.",
        "Phineas Gage took a tamping iron through his frontal lobe in 1848 and walked to the doctor.",
        "Shout out to the night shift crew on 6 North! You called me at 3am with exactly the right question.",
    ] {
        let r = scan(post);
        assert!(r.risk < RiskLevel::Warn, "{post}");
        assert!(r.findings.is_empty(), "{post}");
    }
}

#[test]
fn a_unique_trait_tied_to_a_patient_warns_alone() {
    let r = scan("POV: it's 3am and the pt in room 2 is the sheriff's wife. No pressure.");
    assert!(r.risk >= RiskLevel::Warn);
    assert!(has(&r, Category::UniqueTrait, "sheriff's wife"));
    let r = scan(
        "Y'all the pt in 412 has a tattoo of the entire Declaration of Independence on his back.",
    );
    assert!(r.risk >= RiskLevel::Warn);
    assert!(has(&r, Category::UniqueTrait, "tattoo"));
}

#[test]
fn a_real_patient_overrides_an_own_life_cue() {
    let r = scan("Small town life: the cashier said you're the nurse who took care of my husband after his tractor rolled, and hugged me in the checkout line today.");
    assert!(r.risk >= RiskLevel::Warn);
    assert!(has(&r, Category::RareEvent, "tractor rolled"));
}

#[test]
fn suggestions_are_offered() {
    let r = scan("Tonight in our ED: a guy who superglued his eyelids shut. Ophtho is here.");
    assert!(r.risk >= RiskLevel::Warn);
    let time = r
        .findings
        .iter()
        .find(|f| f.category == Category::TimeContext)
        .expect("time found");
    assert_eq!(
        time.suggestions.first().map(String::as_str),
        Some("recently")
    );
    assert!(r.findings.iter().all(|f| !f.reason.is_empty()));
}
