//! Search benchmark, native: index build time and query latency (p50/p95) on the bundled corpus
//! and on synthetic corpora of 1,000 and 10,000 documents made of the corpus's sentences.
//! It also writes those corpora and the queries to `target/bench/` so that the wasm build and
//! the JavaScript peers (MiniSearch, FlexSearch) run on exactly the same input
//! (`cargo xtask bench-search` runs them all). Run: `cargo bench -p newslens-core --bench search`.

use std::path::Path;
use std::time::Instant;

use newslens_core::search::query::parse;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::text::{blocks, sentences};
use newslens_core::{manifest, Corpus, DocMeta, Document};

/// Queries every engine understands: (ours, MiniSearch/FlexSearch words, prefix, fuzzy).
const SHARED_QUERIES: [(&str, &str, bool, bool); 5] = [
    ("troops", "troops", false, false),
    ("north korean soldiers", "north korean soldiers", false, false),
    ("troop*", "troop", true, false),
    ("gabuyev~", "gabuyev", false, true),
    ("kim putin", "kim putin", false, false),
];
/// Queries only NewsLens understands.
const OWN_QUERIES: [&str; 5] = [
    "person:\"Kim Jong Un\" theme:money",
    "\"north korea\"",
    "-russia",
    "\"north korea\" -russia",
    "date:2024-10..2024-12",
];
const SENTENCES_PER_DOC: usize = 12;

fn corpus_sentences() -> (Vec<String>, Vec<DocMeta>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let (metas, _) = manifest::parse(&std::fs::read_to_string(dir.join("manifest.toml")).unwrap());
    let mut out = Vec::new();
    for meta in &metas {
        let text = std::fs::read_to_string(dir.join(&meta.file)).unwrap();
        for block in blocks(&text).into_iter().filter(|b| b.kind.is_article()) {
            out.extend(sentences(&text, block.range).into_iter().map(|r| text[r].to_string()));
        }
    }
    (out, metas)
}

/// `n` documents of sentences drawn by a fixed pseudo-random sequence, dated like the corpus.
fn synthetic(n: usize, pool: &[String]) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            (0..SENTENCES_PER_DOC)
                .map(|_| {
                    state =
                        state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    pool[(state >> 33) as usize % pool.len()].as_str()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn corpus_of(texts: &[String]) -> Corpus {
    let reference = newslens_core::corpus::parse_iso_date("2024-10-29");
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Document::new(DocMeta::plain(&format!("s{i:05}"), reference), text.clone()));
    Corpus::new(docs).0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let (pool, _) = corpus_sentences();
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out_dir).unwrap();
    let queries: Vec<String> =
        SHARED_QUERIES.iter().map(|q| q.0.to_string()).chain(OWN_QUERIES.map(String::from)).collect();
    let peer_queries: Vec<String> = SHARED_QUERIES
        .iter()
        .map(|(_, words, prefix, fuzzy)| {
            format!("{{\"q\":\"{words}\",\"prefix\":{prefix},\"fuzzy\":{fuzzy}}}")
        })
        .collect();
    std::fs::write(out_dir.join("queries.json"), format!("[{}]", peer_queries.join(","))).unwrap();
    println!("| corpus | docs | MB | analyse ms | index ms | query | p50 µs | p95 µs | results |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for n in [0usize, 1_000, 10_000] {
        let (name, texts) = if n == 0 {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
            let mut texts = Vec::new();
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
            texts.sort();
            ("bundled".to_string(), texts)
        } else {
            (format!("synthetic {n}"), synthetic(n, &pool))
        };
        let json: Vec<String> = texts.iter().map(|t| format!("{:?}", t).replace("\\'", "'")).collect();
        std::fs::write(out_dir.join(format!("docs-{}.json", texts.len())), format!("[{}]", json.join(",\n")))
            .unwrap();
        let corpus = corpus_of(&texts);
        let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
        let started = Instant::now();
        let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
        let analyse_ms = started.elapsed().as_secs_f64() * 1e3;
        let started = Instant::now();
        let index = SearchIndex::new(&corpus, &study);
        let index_ms = started.elapsed().as_secs_f64() * 1e3;
        for query in &queries {
            let runs = if n == 10_000 { 30 } else { 100 };
            let mut times = Vec::with_capacity(runs);
            let mut results = 0;
            for _ in 0..runs {
                let started = Instant::now();
                let parsed = parse(query).unwrap();
                results = index.search(parsed.as_ref(), &[]).len();
                times.push(started.elapsed().as_secs_f64() * 1e6);
            }
            times.sort_by(f64::total_cmp);
            println!(
                "| {name} | {} | {mb:.1} | {analyse_ms:.0} | {index_ms:.0} | `{query}` | {:.0} | {:.0} | {results} |",
                texts.len(),
                percentile(&times, 0.5),
                percentile(&times, 0.95)
            );
        }
    }
}
