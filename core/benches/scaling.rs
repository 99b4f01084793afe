//! Does analysis cost grow linearly? Each pathological input (and the bundled corpus) is
//! doubled from 64 KB to 2 MB and analysed once per size; the table prints the time of each
//! size (the fastest of three runs) and the ratio to the size before. Linear cost gives ratios near 2; the target is at
//! most 2.2 at every step. A step slower than [`GIVE_UP`] ends that input's row.
//! Last, the bundled corpus repeated to 50 MB as one document: its time and peak memory.
//! Run: `cargo bench -p newslens-core --features manifest --bench scaling`.

use std::path::Path;
use std::time::{Duration, Instant};

use newslens_core::analysis::analyze;
use newslens_core::corpus::parse_iso_date;
use newslens_core::manifest;

const SIZES_KB: [usize; 6] = [64, 128, 256, 512, 1024, 2048];
const GIVE_UP: Duration = Duration::from_secs(20);
const RUNS: usize = 3;

/// A text of about `bytes` bytes made by repeating `unit(i)` for i = 0, 1, 2, ...
fn grow(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 64);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&unit(i));
        i += 1;
    }
    out
}

/// Capitalised pseudo-words that no gazetteer holds: "Bakoru", "Tesimo", ...
fn word(i: usize) -> String {
    const SYLLABLES: [&str; 12] = ["ba", "ko", "ru", "te", "si", "mo", "la", "ne", "vi", "da", "zu", "po"];
    let mut w = String::new();
    let mut n = i + 12;
    while n > 0 {
        w.push_str(SYLLABLES[n % 12]);
        n /= 12;
    }
    let mut chars = w.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// A named input: its text at a given size in bytes.
type Input<'a> = (&'static str, Box<dyn Fn(usize) -> String + 'a>);

fn inputs(corpus: &str) -> Vec<Input<'_>> {
    const WEEKDAYS: [&str; 7] =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    vec![
        ("bundled corpus", Box::new(move |n| grow(n, |_| format!("{corpus}\n\n")))),
        ("capitalised words", Box::new(|n| grow(n, |i| format!("{} ", word(i))))),
        ("one capitalised run per line", Box::new(|n| grow(n, |i| format!("{} {}\n", word(i), word(i + 7))))),
        ("weekday names", Box::new(|n| grow(n, |i| format!("{} ", WEEKDAYS[i % 7])))),
        ("X and X", Box::new(|n| grow(n, |i| format!("{} and {} ", word(i), word(i))))),
        ("ALL-CAPS words", Box::new(|n| grow(n, |i| format!("{} ", word(i).to_uppercase())))),
        (
            "initialisms A.A.A.",
            Box::new(|n| grow(n, |i| format!("{}.{}.{}. ", (b'A' + (i % 26) as u8) as char, 'B', 'C'))),
        ),
        (
            "a repeated acronym",
            Box::new(|n| grow(n, |_| "the Bakoru Tesimo Agency (BTA) said BTA ".to_string())),
        ),
        (
            "one-line quotations",
            Box::new(|n| grow(n, |i| format!("“Words number {i} here,” {} said.\n", word(i)))),
        ),
        (
            "sentences with a name",
            Box::new(|n| {
                grow(n, |i| format!("{} {} said on Monday that {} troops left. ", word(i), word(i + 3), i))
            }),
        ),
    ]
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let (metas, _) = manifest::parse(&std::fs::read_to_string(dir.join("manifest.toml")).unwrap());
    let corpus: String = metas
        .iter()
        .map(|m| std::fs::read_to_string(dir.join(&m.file)).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n");
    let reference = parse_iso_date("2024-10-29");
    let _ = analyze(&corpus, reference); // Load the word lists once.
    let header: Vec<String> = SIZES_KB.iter().map(|kb| format!("{kb} KB")).collect();
    println!("| input | {} | worst ratio |", header.join(" | "));
    println!("|---|{}---|", "---|".repeat(SIZES_KB.len()));
    for (name, make) in inputs(&corpus) {
        let mut cells = Vec::new();
        let mut previous: Option<f64> = None;
        let mut worst: f64 = 0.0;
        for kb in SIZES_KB {
            let text = make(kb * 1024);
            // The fastest of a few runs: noise from other work only ever adds time.
            let seconds = (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(analyze(&text, reference).spans.len());
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            let ratio = previous.map(|p| seconds / p);
            worst = worst.max(ratio.unwrap_or(0.0));
            cells.push(match ratio {
                Some(r) => format!("{:.0} ms ×{r:.2}", seconds * 1e3),
                None => format!("{:.0} ms", seconds * 1e3),
            });
            previous = Some(seconds);
            if seconds > GIVE_UP.as_secs_f64() {
                cells.push(format!("gave up after {kb} KB"));
                break;
            }
        }
        cells.resize(SIZES_KB.len(), String::new());
        println!("| {name} | {} | {worst:.2} |", cells.join(" | "));
    }
    // The bundled corpus repeated to 50 MB as one document: time, and the process's peak
    // memory (Linux's VmHWM) with it.
    let big = grow(50 << 20, |_| format!("{corpus}\n\n"));
    let start = Instant::now();
    let spans = analyze(&big, reference).spans.len();
    let seconds = start.elapsed().as_secs_f64();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or("unknown".to_string(), |kb| format!("{:.0} MB", kb / 1024.0));
    println!("\n50 MB corpus as one document: {seconds:.1} s, peak memory {peak}, {spans} spans");
}
