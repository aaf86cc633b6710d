//! `phi-guard`: the scanner on the command line.
//!
//! ```text
//! phi-guard scan [FILE|-]              findings as compiler-style diagnostics
//! phi-guard scan --jsonl CORPUS.jsonl  one JSON line per corpus post
//! phi-guard eval CORPUS.jsonl [-v]     scores against the gold spans (SCHEMA.md)
//! phi-guard bench [CORPUS.jsonl]       native throughput
//! ```

use std::io::Read;
use std::process::ExitCode;
use std::time::Instant;

use phi_guard::eval::{self, Post};
use phi_guard::{Category, Config, Report, Scanner};

const USAGE: &str = "usage:
  phi-guard scan [FILE|-]              print findings like compiler diagnostics
  phi-guard scan --jsonl CORPUS.jsonl  one JSON line per post: id, spans, risk, flagged
  phi-guard eval CORPUS.jsonl [-v]     score against gold spans (-v lists misses and false alarms)
  phi-guard bench [CORPUS.jsonl]       native throughput in MB/s";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("scan") => scan(&args[1..]),
        Some("eval") => evaluate(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("expected a command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("phi-guard: {message}");
            ExitCode::from(2)
        }
    }
}

fn read_input(path: Option<&str>) -> Result<String, String> {
    match path {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(s)
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}")),
    }
}

fn read_corpus(path: Option<&String>) -> Result<Vec<Post>, String> {
    let path = path.ok_or("expected a corpus file (JSONL)")?;
    let text = read_input(Some(path))?;
    eval::parse_corpus(&text).map_err(|e| format!("{path}: {e}"))
}

fn scan(args: &[String]) -> Result<(), String> {
    let scanner = Scanner::new(Config::default());
    if args.first().map(String::as_str) == Some("--jsonl") {
        for post in read_corpus(args.get(1))? {
            let report = scanner.scan(&post.text);
            println!("{}", jsonl_line(&post.id, &report));
        }
        return Ok(());
    }
    let name = args.first().map(String::as_str).unwrap_or("-");
    let text = read_input(Some(name))?;
    let report = scanner.scan(&text);
    print!("{}", diagnostics(name, &text, &report));
    Ok(())
}

fn jsonl_line(id: &str, report: &Report) -> String {
    let spans: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "start": f.chars.start, "end": f.chars.end,
                "text": f.text, "label": f.category.label(),
            })
        })
        .collect();
    serde_json::json!({
        "id": id, "spans": spans, "risk": report.risk.label(), "flagged": report.flagged(),
    })
    .to_string()
}

/// Renders findings the way rustc renders errors: location, the line, a caret line, the reason.
fn diagnostics(name: &str, text: &str, report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let line_start = text[..f.bytes.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[f.bytes.start..]
            .find('\n')
            .map_or(text.len(), |i| f.bytes.start + i);
        let line_no = text[..f.bytes.start].matches('\n').count() + 1;
        let col = text[line_start..f.bytes.start].chars().count() + 1;
        let width = text[f.bytes.start..f.bytes.end.min(line_end)]
            .chars()
            .count()
            .max(1);
        let gutter = " ".repeat(line_no.to_string().len());
        out += &format!(
            "{sev}[{label}]: {reason}\n{gutter}--> {name}:{line_no}:{col}\n{gutter} |\n{line_no} | {line}\n{gutter} | {pad}{carets} {title}\n",
            sev = match f.severity {
                phi_guard::Severity::High => "high",
                phi_guard::Severity::Medium => "warning",
                phi_guard::Severity::Low => "note",
            },
            label = f.category.label(),
            reason = f.reason,
            line = &text[line_start..line_end],
            pad = " ".repeat(col - 1),
            carets = "^".repeat(width),
            title = f.category.title().to_lowercase(),
        );
        if !f.suggestions.is_empty() {
            out += &format!("{gutter} = try: {}\n", f.suggestions.join(" | "));
        }
        out += "\n";
    }
    out += &format!("risk: {}", report.risk.label());
    for r in &report.reasons {
        out += &format!("\n  - {r}");
    }
    out += "\n";
    out
}

fn evaluate(args: &[String]) -> Result<(), String> {
    let verbose = args.iter().any(|a| a == "-v" || a == "--verbose");
    let path = args.iter().find(|a| !a.starts_with('-'));
    let posts = read_corpus(path)?;
    let scanner = Scanner::new(Config::default());
    if verbose {
        for post in &posts {
            print_misses(&scanner, post);
        }
    }
    let s = eval::evaluate(&scanner, &posts);
    println!(
        "corpus: {} ({} posts: {} phi, {} ok)\n",
        path.map_or("", |p| p.as_str()),
        s.posts,
        s.phi_posts,
        s.ok_posts
    );
    println!(
        "{:<20} {:>6} {:>6} {:>8}",
        "label", "gold", "found", "recall"
    );
    for c in Category::ALL {
        if let Some(l) = s.labels.get(&c) {
            let recall = if l.gold == 0 {
                0.0
            } else {
                l.found as f64 / l.gold as f64
            };
            let group = if c.is_direct() { "" } else { " (quasi)" };
            println!(
                "{:<20} {:>6} {:>6} {:>8.3}",
                format!("{}{group}", c.label()),
                l.gold,
                l.found,
                recall
            );
        }
    }
    println!();
    println!("{:<32} {:>8.3}", "direct recall", s.direct_recall());
    println!("{:<32} {:>8.3}", "quasi recall", s.quasi_recall());
    println!(
        "{:<32} {:>8.3}",
        "false spans per ok post",
        s.false_spans_per_ok_post()
    );
    println!(
        "{:<32} {:>8}",
        "false spans in phi posts", s.false_spans_phi
    );
    println!("{:<32} {:>8.3}", "phi posts flagged", s.phi_flagged_share());
    println!("{:<32} {:>8.3}", "ok posts flagged", s.ok_flagged_share());
    Ok(())
}

fn print_misses(scanner: &Scanner, post: &Post) {
    let scored = eval::score_post(scanner, post);
    let chars: Vec<char> = post.text.chars().collect();
    let phrase = |(a, b): (usize, usize)| chars[a..b].iter().collect::<String>();
    let flagged = scored.report.flagged();
    let wrong_verdict = flagged != (post.verdict == "phi");
    let misses: Vec<String> = scored
        .gold
        .iter()
        .filter(|g| !g.2)
        .map(|g| format!("  miss  {:<18} {:?}", g.1.label(), phrase(g.0)))
        .collect();
    let false_alarms: Vec<String> = scored
        .report
        .findings
        .iter()
        .filter(|f| scored.false_spans.contains(&(f.chars.start, f.chars.end)))
        .map(|f| format!("  false {:<18} {:?}", f.category.label(), f.text))
        .collect();
    if wrong_verdict || !misses.is_empty() || !false_alarms.is_empty() {
        println!(
            "{} verdict={} risk={}{}",
            post.id,
            post.verdict,
            scored.report.risk.label(),
            if wrong_verdict {
                "  <-- WRONG VERDICT"
            } else {
                ""
            }
        );
        for line in misses.iter().chain(&false_alarms) {
            println!("{line}");
        }
    }
}

fn bench(args: &[String]) -> Result<(), String> {
    let corpus_path = args
        .first()
        .cloned()
        .unwrap_or_else(|| "../shared/corpus/dev.jsonl".to_owned());
    let texts: Vec<String> = read_corpus(Some(&corpus_path))?
        .into_iter()
        .map(|p| p.text)
        .collect();
    let t0 = Instant::now();
    let scanner = Scanner::new(Config::default());
    let build_ms = t0.elapsed().as_secs_f64() * 1e3;
    let corpus_bytes: usize = texts.iter().map(String::len).sum();
    let long_post = texts
        .join("\n\n")
        .repeat(1 + 1_000_000 / corpus_bytes.max(1));

    println!("scanner build: {build_ms:.1} ms");
    let per_post = throughput(corpus_bytes, || {
        for t in &texts {
            std::hint::black_box(scanner.scan(t));
        }
    });
    println!(
        "dev corpus ({} posts, {} bytes): {:.1} MB/s, {:.1} µs per post",
        texts.len(),
        corpus_bytes,
        per_post.0,
        per_post.1 * 1e6 / texts.len() as f64
    );
    // Which families cost the most: each detector alone over the corpus.
    let folded: Vec<phi_guard::text::Text> = texts
        .iter()
        .map(|t| phi_guard::text::Text::new(t))
        .collect();
    for detector in phi_guard::detectors::all(&Config::default()) {
        let (mbps, secs) = throughput(corpus_bytes, || {
            let mut out = Vec::new();
            for t in &folded {
                detector.detect(t, &mut out);
                out.clear();
            }
        });
        println!(
            "  detector {:<18} {:>8.1} MB/s  {:>7.1} µs per post",
            detector.name(),
            mbps,
            secs * 1e6 / texts.len() as f64
        );
    }
    // The longest post the extension meets (X's long-post limit is 25,000; a Facebook post can
    // reach 63,206 chars): the same text the wasm bench uses, cut to that many chars.
    let joined = texts.join("\n\n");
    let tweet_long: String = joined
        .chars()
        .cycle()
        .take(if joined.is_empty() { 0 } else { 63_206 })
        .collect();
    let one = throughput(tweet_long.len(), || {
        std::hint::black_box(scanner.scan(&tweet_long));
    });
    println!(
        "one 63,206-char post ({} bytes): {:.1} MB/s, {:.2} ms per scan",
        tweet_long.len(),
        one.0,
        one.1 * 1e3
    );
    let long = throughput(long_post.len(), || {
        std::hint::black_box(scanner.scan(&long_post));
    });
    println!(
        "one long post ({} bytes): {:.1} MB/s, {:.1} ms per scan",
        long_post.len(),
        long.0,
        long.1 * 1e3
    );
    Ok(())
}

/// Runs `work` (over `bytes` bytes) for at least half a second; returns (MB/s, seconds per run).
fn throughput(bytes: usize, mut work: impl FnMut()) -> (f64, f64) {
    work(); // warm-up
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed().as_secs_f64() < 0.5 || runs < 3 {
        work();
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(runs);
    (bytes as f64 / secs / 1e6, secs)
}
