//! # PHI Guard scanner
//!
//! Finds the phrases in a clinician's social-media post that could identify a patient, explains
//! why, suggests safer wording, and rates the whole post. Pure Rust, no DOM: the same library runs
//! natively (the `phi-guard` CLI, tests, benchmarks) and as WebAssembly in the browser extension's
//! background context.
//!
//! ## Organisation
//! - [`text`]: the post as detectors see it ([`text::Text`]: the original plus an ASCII-lowercased
//!   copy with identical byte offsets) and byte → char / UTF-16 offset conversion.
//! - [`category`]: the labels a finding can carry (the corpus schema's labels) and severities.
//! - [`detector`]: the one small trait every detector family implements, and [`detector::Candidate`],
//!   what a detector proposes.
//! - [`detectors`]: one module per detector family (phone, email, SSN, ID numbers, URLs, dates,
//!   ages, ...), each with its unit tests beside it.
//! - [`risk`]: the post-level risk model: turns overlapping candidates into the findings worth
//!   underlining and a risk level with the reasons that drove it.
//! - [`scanner`]: [`Scanner`], built once from a [`Config`], then `scan(&str) -> Report`.
//! - [`report`]: [`Finding`] and [`Report`], the serialisable results.
//! - `eval` (native only): scoring against a labeled corpus, used by the CLI.
//! - `wasm` (wasm32 only): the thin wasm-bindgen layer the extension calls.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod category;
pub mod detector;
pub mod detectors;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod report;
pub mod risk;
pub mod scanner;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use category::{Category, RiskLevel, Severity};
pub use report::{Finding, Report};
pub use scanner::{Config, CustomTerm, Scanner};
#[cfg(target_arch = "wasm32")]
pub use wasm::WasmScanner;
