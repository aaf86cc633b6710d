//! Property test over `Scanner::scan`: whatever the input, the report is well formed. Runs on
//! every `cargo test` (a few hundred cases); the cargo-fuzz target in `fuzz/` runs the same checks
//! for millions of inputs.

use phi_guard::{Report, Scanner};
use proptest::prelude::*;

/// Checks every invariant the extension relies on; panics with a description otherwise.
pub fn check_report(input: &str, report: &Report) {
    let mut prev_end = 0;
    for f in &report.findings {
        assert!(f.bytes.start < f.bytes.end, "empty finding {f:?}");
        assert!(
            f.bytes.start >= prev_end,
            "findings overlap or are unsorted"
        );
        assert!(input.is_char_boundary(f.bytes.start) && input.is_char_boundary(f.bytes.end));
        assert_eq!(&input[f.bytes.start..f.bytes.end], f.text);
        let before = &input[..f.bytes.start];
        assert_eq!(f.chars.start, before.chars().count());
        assert_eq!(f.chars.end - f.chars.start, f.text.chars().count());
        assert_eq!(f.utf16.start, before.encode_utf16().count());
        assert_eq!(f.utf16.end - f.utf16.start, f.text.encode_utf16().count());
        prev_end = f.bytes.end;
    }
}

/// Text made of the pieces that trip scanners: digits and separators, identifier cue words,
/// emoji with joiners, combining marks, right-to-left text, invisible and full-width characters.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,12}",
        "[ .\\-/()+#:@]{1,3}",
        "[a-zA-Z]{1,9}",
        Just("MRN ".to_owned()),
        Just("yo ".to_owned()),
        Just("y/o".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("\u{200d}".to_owned()),
        Just("👩\u{200d}⚕️".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("مريض ".to_owned()),
        Just("５５５".to_owned()),
        Just("\n".to_owned()),
        Just("https://".to_owned()),
        Just("@".to_owned()),
        Just(".com/".to_owned()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn reports_are_well_formed(input in tricky_text()) {
        let scanner = Scanner::default();
        let report = scanner.scan(&input);
        check_report(&input, &report);
    }

    #[test]
    fn arbitrary_unicode_never_panics(input in "\\PC{0,200}") {
        let report = Scanner::default().scan(&input);
        check_report(&input, &report);
    }
}
