//! Odd and hostile input: emoji and ZWJ sequences, right-to-left text, combining marks, invisible
//! characters inside numbers, full-width digits, 1 MB of text, 10,000 lines. The scanner must not
//! panic, must keep its offsets exact, and must still see identifiers through the disguises.

use phi_guard::{Category, Report, Scanner};

fn scan(text: &str) -> Report {
    let report = Scanner::default().scan(text);
    for f in &report.findings {
        assert_eq!(&text[f.bytes.start..f.bytes.end], f.text);
        assert_eq!(f.utf16.start, text[..f.bytes.start].encode_utf16().count());
        assert_eq!(f.chars.start, text[..f.bytes.start].chars().count());
    }
    report
}

fn categories(report: &Report) -> Vec<(Category, &str)> {
    report
        .findings
        .iter()
        .map(|f| (f.category, f.text.as_str()))
        .collect()
}

#[test]
fn zero_width_characters_do_not_hide_a_phone_number() {
    let text = "pt asked me to text her at 555\u{200b}204\u{200b}9981 tonight";
    let r = scan(text);
    assert!(
        categories(&r).contains(&(Category::Phone, "555\u{200b}204\u{200b}9981")),
        "{:?}",
        categories(&r)
    );
}

#[test]
fn full_width_digits_are_digits() {
    let text = "pt asked me to text her at ５５５-２０４-９９８１";
    let r = scan(text);
    assert!(
        categories(&r).contains(&(Category::Phone, "５５５-２０４-９９８１")),
        "{:?}",
        categories(&r)
    );
}

#[test]
fn emoji_zwj_sequences_keep_utf16_offsets_exact() {
    let text = "👩\u{200d}⚕️👨\u{200d}👩\u{200d}👧 email me: nurse.jo@example.org 🏳️\u{200d}🌈";
    let r = scan(text);
    let f = r
        .findings
        .iter()
        .find(|f| f.category == Category::Email)
        .expect("email found");
    assert_eq!(f.text, "nurse.jo@example.org");
}

#[test]
fn right_to_left_and_combining_marks() {
    let text = "المريض في الغرفة\u{200f} write to jose\u{301}.r@example.org";
    let r = scan(text);
    assert!(r.findings.iter().any(|f| f.category == Category::Email));
    let marks = "a\u{301}\u{302}\u{303}".repeat(5000);
    scan(&marks);
}

#[test]
fn one_megabyte_of_text() {
    let paragraph = "Long shift, lots of coffee, BP 180/110 on the board, 5 mg given. ";
    let mut text = paragraph.repeat(1_000_000 / paragraph.len() + 1);
    text.push_str("mail a.b@example.org");
    let r = scan(&text);
    assert_eq!(r.findings.last().map(|f| f.category), Some(Category::Email));
}

#[test]
fn ten_thousand_lines() {
    let mut text = "ok\n".repeat(10_000);
    text.push_str("MRN 00784512\n");
    let r = scan(&text);
    assert!(
        r.findings.iter().any(|f| f.category == Category::IdNumber),
        "{:?}",
        categories(&r)
    );
}

#[test]
fn only_invisible_characters() {
    let r = scan("\u{200b}\u{200d}\u{feff}\u{00ad}");
    assert!(r.findings.is_empty());
}

#[test]
fn fuzzer_found_inputs_scan_cleanly() {
    // Found by `cargo fuzz run scan`: a job word at the very end of the text made a detector look
    // one byte past the end.
    scan("\n########3M;\nimam");
    scan("my coach");
    scan("her teacher é");
}
