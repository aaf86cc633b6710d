//! `cargo fuzz run scan`: any UTF-8 input must scan without panicking and give a well-formed
//! report (the same invariants as tests/properties.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;
use phi_guard::Scanner;
use std::sync::OnceLock;

static SCANNER: OnceLock<Scanner> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let report = SCANNER.get_or_init(Scanner::default).scan(input);
    let mut prev_end = 0;
    for f in &report.findings {
        assert!(f.bytes.start < f.bytes.end && f.bytes.start >= prev_end);
        assert!(input.is_char_boundary(f.bytes.start) && input.is_char_boundary(f.bytes.end));
        assert_eq!(&input[f.bytes.start..f.bytes.end], f.text);
        let before = &input[..f.bytes.start];
        assert_eq!(f.chars.start, before.chars().count());
        assert_eq!(f.utf16.start, before.encode_utf16().count());
        assert_eq!(f.utf16.end - f.utf16.start, f.text.encode_utf16().count());
        prev_end = f.bytes.end;
    }
});
