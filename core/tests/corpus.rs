//! The bundled corpus: bytes pinned by SHA256SUMS, a manifest that names every file, and the
//! typed documents the app shows.

mod common;

use common::{bundled_corpus, corpus_dir, read_corpus_file as read};
use newslens_core::{manifest, DateConfidence};
use sha2::{Digest, Sha256};

#[test]
fn texts_match_sha256sums() {
    let sums = read("SHA256SUMS");
    let mut checked = 0;
    for line in sums.lines().filter(|l| !l.trim().is_empty()) {
        let (expected, file) = line.split_once("  ").expect("'<hash>  <file>' lines");
        let bytes = std::fs::read(corpus_dir().join(file)).unwrap();
        let actual: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(actual, expected, "{file} differs from its SHA256SUMS entry");
        checked += 1;
    }
    assert_eq!(checked, 5);
}

#[test]
fn manifest_names_every_text_and_nothing_else() {
    let (docs, diagnostics) = manifest::parse(&read("manifest.toml"));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut in_manifest: Vec<_> = docs.iter().map(|d| d.file.clone()).collect();
    let mut on_disk: Vec<_> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    in_manifest.sort();
    on_disk.sort();
    assert_eq!(in_manifest, on_disk);
}

#[test]
fn manifest_becomes_typed_labelled_documents() {
    let corpus = bundled_corpus();
    let summary: Vec<String> = corpus
        .documents()
        .iter()
        .map(|d| {
            let date = d.meta.reference_date.map_or("none".to_string(), |d| d.to_string());
            format!(
                "{} | {} | {} | {} | {}",
                d.id(),
                d.meta.kind,
                date,
                d.meta.date_confidence.as_str(),
                d.label
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "000_411ac30a76895b3f | commentary | 2024-12-23 | medium | Sending troops to help Russia was apparently North Korea’s idea, according to U.S. officials.",
            "001_fd0447f87cd5aaab | machine translation | 2024-10-29 | high | What does North Korea gain from sending its soldiers to war against Russia?",
            "002_f395a87a0317fa07 | paraphrase | none | unknown | North Korea Draws Strategic Benefits as it Sends Troops to Aid Russia's War in Ukraine",
            "003_59a4a1a89b4914cd | rewrite | 2024-10-30 | high | In a bold and shocking move, North Korea has reportedly dispatched thousands of young soldiers to…",
            "004_dc8a3dec1270afb0 | paraphrase | 2024-12-18 | medium | The Alarming Rise of North Korean Mercenaries in Russia's War Efforts",
        ]
    );
    assert_eq!(corpus.get("002_f395a87a0317fa07").unwrap().meta.date_confidence, DateConfidence::Unknown);
}

#[test]
fn leftovers_and_the_photo_credit_are_found_in_001() {
    use newslens_core::text::{blocks, BlockKind};
    let text = read("001_fd0447f87cd5aaab.txt");
    let blocks = blocks(&text);
    let leftovers: Vec<&str> =
        blocks.iter().filter(|b| b.kind == BlockKind::Leftover).map(|b| &text[b.range.clone()]).collect();
    assert_eq!(leftovers, ["close", "close"]);
    let credits: Vec<&str> = blocks.iter().filter_map(|b| b.credit.clone()).map(|r| &text[r]).collect();
    assert_eq!(credits, ["Mikhail Metzel/AFP-Getty Images"]);
    let last = &read("003_59a4a1a89b4914cd.txt");
    let last_block = newslens_core::text::blocks(last).pop().unwrap();
    assert_eq!((&last[last_block.range], last_block.kind), ("Login", BlockKind::Leftover));
}
