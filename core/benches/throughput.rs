//! Analysis throughput: `analyze` over the bundled corpus, repeated to at least 5 MB, on one
//! core. Prints MB/s (median of 5 runs). Run: `cargo bench -p newslens-core --bench throughput`.

use std::path::Path;
use std::time::Instant;

use newslens_core::analysis::analyze;
use newslens_core::manifest;

const TARGET_BYTES: usize = 5 * 1024 * 1024;
const RUNS: usize = 5;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let (metas, _) = manifest::parse(&std::fs::read_to_string(dir.join("manifest.toml")).unwrap());
    let docs: Vec<(String, _)> = metas
        .iter()
        .map(|m| (std::fs::read_to_string(dir.join(&m.file)).unwrap(), m.reference_date))
        .collect();
    let corpus_bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let repeats = TARGET_BYTES.div_ceil(corpus_bytes);
    let total = corpus_bytes * repeats;
    // Warm the gazetteers and lexicons, which load once per process.
    let mut spans = analyze(&docs[0].0, docs[0].1).spans.len();
    let mut rates = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        for _ in 0..repeats {
            for (text, reference) in &docs {
                spans += analyze(text, *reference).spans.len();
            }
        }
        rates.push(total as f64 / 1e6 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "analyze: {:.1} MB/s median of {RUNS} runs over {:.1} MB ({} x the {} KB corpus; min {:.1}, max {:.1}; {spans} spans)",
        rates[RUNS / 2],
        total as f64 / 1e6,
        repeats,
        corpus_bytes / 1024,
        rates[0],
        rates[RUNS - 1]
    );
}
