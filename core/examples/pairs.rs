//! The pair benchmark: precision and recall of "derived" on the texts of
//! `core/tests/data/pairs/`, and the cost of comparing every pair of 100 and 1,000 articles.
//!
//! `cargo run --release -p newslens-core --example pairs`
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use newslens_core::compare::{Pairs, Relation};
use newslens_core::study::Study;
use newslens_core::{Corpus, DocMeta, Document};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pairs");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("core/tests/data/pairs")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(dir.join(f)).unwrap()).collect();
    let expected: BTreeMap<(String, String), Relation> = std::fs::read_to_string(dir.join("expected.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            ((f[0].to_string(), f[1].to_string()), Relation::parse(f[2]).unwrap())
        })
        .collect();
    let documents = files.iter().zip(&texts).map(|(f, t)| Document::new(DocMeta::plain(f, None), t.clone()));
    let (corpus, _) = Corpus::new(documents);
    let study = Study::new(&corpus, |_| None);
    let pairs = Pairs::new(&corpus, &study);
    let (mut true_pos, mut false_pos, mut false_neg, mut exact) = (0, 0, 0, 0);
    let (mut lowest_derived, mut highest_other) = (f64::INFINITY, 0.0f64);
    for pair in &pairs.pairs {
        let (a, b) = (corpus.documents()[pair.a].id(), corpus.documents()[pair.b].id());
        let listed = |x: &str, y: &str| expected.get(&(x.to_string(), y.to_string())).copied();
        let want = listed(a, b).or_else(|| listed(b, a)).unwrap_or(Relation::Independent);
        exact += usize::from(pair.relation == want);
        match (pair.relation.is_derived(), want.is_derived()) {
            (true, true) => true_pos += 1,
            (true, false) => false_pos += 1,
            (false, true) => false_neg += 1,
            (false, false) => {}
        }
        if want == Relation::Paraphrase {
            lowest_derived = lowest_derived.min(pair.fingerprint);
        } else if !want.is_derived() {
            highest_other = highest_other.max(pair.fingerprint);
        }
    }
    let derived = true_pos + false_neg;
    println!(
        "pair benchmark: {} texts, {} pairs ({derived} derived): precision {:.3}, recall {:.3}, relation exact {exact}/{}",
        corpus.len(),
        pairs.pairs.len(),
        true_pos as f64 / (true_pos + false_pos).max(1) as f64,
        true_pos as f64 / derived.max(1) as f64,
        pairs.pairs.len()
    );
    println!("fingerprint: lowest paraphrase {lowest_derived:.2}, highest non-derived {highest_other:.2}");

    let sentences: Vec<&str> = texts.iter().flat_map(|t| t.split("\n\n")).filter(|p| p.len() > 80).collect();
    for n in [100, 1_000] {
        let corpus = synthetic(&sentences, n);
        let study = Study::new(&corpus, |_| None);
        let mut times: Vec<(f64, f64)> = (0..5)
            .map(|_| {
                let (start, cpu) = (Instant::now(), cpu_ns());
                let pairs = Pairs::new(&corpus, &study);
                std::hint::black_box(&pairs);
                (start.elapsed().as_secs_f64() * 1000.0, (cpu_ns() - cpu) as f64 / 1e6)
            })
            .collect();
        times.sort_by(|a, b| a.1.total_cmp(&b.1));
        let words: usize = corpus.documents().iter().map(|d| d.text.split_whitespace().count()).sum();
        println!(
            "{n} articles ({} words each on average), {} pairs: Pairs::new on the CPU median {:.1} ms \
             (min {:.1}, max {:.1}; wall clock of the median run {:.1} ms)",
            words / n,
            n * (n - 1) / 2,
            times[2].1,
            times[0].1,
            times[4].1,
            times[2].0
        );
    }
}

/// The time this thread has run on a CPU, in nanoseconds (Linux's schedstat), so that a
/// machine shared with other builds does not inflate the numbers; 0 elsewhere.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// `n` articles of 30 paragraphs (about 700 words, a news article) drawn from `paragraphs` by a fixed-seed generator; every
/// tenth is the first half of the one before, so some pairs are derived.
fn synthetic(paragraphs: &[&str], n: usize) -> Corpus {
    let mut state: u64 = 13;
    let mut next = || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let mut texts: Vec<String> = Vec::with_capacity(n);
    for i in 0..n {
        let text = if i % 10 == 9 {
            let previous: Vec<&str> = texts[i - 1].split("\n\n").collect();
            previous[..previous.len() / 2].join("\n\n")
        } else {
            (0..30).map(|_| paragraphs[next() % paragraphs.len()]).collect::<Vec<_>>().join("\n\n")
        };
        texts.push(text);
    }
    let documents = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| Document::new(DocMeta::plain(&format!("synthetic-{i}"), None), t));
    Corpus::new(documents).0
}
