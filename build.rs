//! Front-codes the word lists in `data/` at compile time: each sorted entry is stored as the
//! length of the prefix it shares with the previous entry (one byte) and the rest of it. Sorted
//! name and place lists share long prefixes ("spring", "springdale", "springfield"), so the
//! embedded lists take ~30 KB less of the gzipped wasm than the plain text. `data/*.txt` stay
//! the readable source of truth; `src/detectors/lexicon.rs` decodes these once per process.

use std::path::Path;

const LISTS: &[&str] = &[
    "first_names",
    "surnames",
    "places",
    "common_words",
    "eponyms",
    "not_names",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in LISTS {
        let source = format!("data/{name}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("word list is readable UTF-8");
        std::fs::write(
            Path::new(&out_dir).join(format!("{name}.fc")),
            front_code(&text),
        )
        .expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// The entries of `text` (one a line; blank and `#` lines dropped), each as
/// `[shared prefix length][rest]\n`.
fn front_code(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous: &[u8] = &[];
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = line.as_bytes();
        let mut shared = previous
            .iter()
            .zip(entry)
            .take(u8::MAX as usize)
            .take_while(|(a, b)| a == b)
            .count();
        // Cut only at a character boundary, so every stored rest is valid UTF-8.
        while !line.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(shared as u8);
        out.extend_from_slice(&entry[shared..]);
        out.push(b'\n');
        previous = entry;
    }
    out
}
