//! The engine against hand-made gold: the bundled corpus (`tests/data/seeds.jsonl`, a copy of
//! `shared/gold/seeds.jsonl`) and a dev set of articles written for NewsLens (`tests/data/dev/`).
//! Both were used while developing the engine, so their scores overstate it on unseen news.
//! Prints each score table and fails when a label falls below its floor, so a change that
//! loses quality is caught.

mod common;

use newslens_core::analysis::{analyze, Label, Quantity};
use newslens_core::evaluate::{annotated, score, Annotated, Expected, Scores};
use serde_json::Value;

/// One document of a gold file: its id, reference date and spans, each with its gold `text`.
struct GoldDoc {
    id: String,
    reference: Option<String>,
    spans: Vec<(Annotated, String)>,
}

fn gold(src: &str) -> Vec<GoldDoc> {
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let doc: Value = serde_json::from_str(line).unwrap();
            let id = doc["doc"].as_str().unwrap().to_string();
            let spans = doc["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    let label = Label::parse(s["label"].as_str().unwrap()).unwrap();
                    let value = match label {
                        Label::Time => Expected::Time(s["value"].as_str().unwrap().to_string()),
                        Label::Number => Expected::Number(match &s["value"] {
                            Value::Number(n) => n.as_f64().map(Quantity::Single),
                            Value::Array(p) => {
                                Some(Quantity::Range(p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
                            }
                            _ => None,
                        }),
                        Label::Quote => Expected::Speaker(s["speaker"].as_str().map(str::to_string)),
                        _ => Expected::Nothing,
                    };
                    let range = s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize;
                    let text = s["text"].as_str().unwrap().to_string();
                    (Annotated { doc: id.clone(), range, label, value }, text)
                })
                .collect();
            GoldDoc { id, reference: doc["reference_date"].as_str().map(str::to_string), spans }
        })
        .collect()
}

const SEEDS: &str = include_str!("data/seeds.jsonl");
const DEV: &str = include_str!("data/dev/gold.jsonl");

fn seed_text(id: &str) -> String {
    common::read_corpus_file(&format!("{id}.txt"))
}

fn dev_text(id: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    std::fs::read_to_string(dir.join(format!("{id}.txt"))).unwrap()
}

/// Every gold span's `text` is its document's text at its byte offsets, as ANNOTATION.md asks.
fn assert_gold_texts_are_the_slices(src: &str, read_text: impl Fn(&str) -> String) {
    let docs = gold(src);
    assert!(!docs.is_empty(), "no gold documents");
    for doc in docs {
        assert!(!doc.spans.is_empty(), "{}: no gold spans", doc.id);
        let text = read_text(&doc.id);
        for (span, gold_text) in &doc.spans {
            assert_eq!(
                text.get(span.range.clone()),
                Some(gold_text.as_str()),
                "{} {} {:?}: the gold text is not the slice at its offsets",
                doc.id,
                span.label.as_str(),
                span.range
            );
        }
    }
}

#[test]
fn gold_span_texts_are_the_slices_of_the_seed_texts() {
    assert_gold_texts_are_the_slices(SEEDS, seed_text);
}

#[test]
fn gold_span_texts_are_the_slices_of_the_dev_texts() {
    assert_gold_texts_are_the_slices(DEV, dev_text);
}

/// Analyses every document of a gold file, read by `read_text(doc id)`, and scores it.
fn score_gold(src: &str, read_text: impl Fn(&str) -> String) -> Scores {
    let mut all_gold = Vec::new();
    let mut all_predicted = Vec::new();
    for doc in gold(src) {
        let analysis = analyze(&read_text(&doc.id), doc.reference.and_then(|d| d.parse().ok()));
        all_predicted.extend(annotated(&doc.id, &analysis));
        all_gold.extend(doc.spans.into_iter().map(|(span, _)| span));
    }
    let scores = score(&all_gold, &all_predicted);
    println!("{}", scores.render());
    scores
}

/// Fails when a label's F1 falls below its floor.
fn assert_f1_floors(set: &str, scores: &Scores, floors: [(Label, f64); 7]) {
    for (label, floor) in floors {
        let f1 = scores.label(label).f1();
        assert!(f1 >= floor, "{set}: {} F1 {f1:.3} fell below {floor}\n{}", label.as_str(), scores.render());
    }
}

#[test]
fn engine_meets_its_floors_on_the_dev_set() {
    let scores = score_gold(DEV, dev_text);
    // What the engine reaches on the dev set. Its errors guided general rules, so this is above
    // what unseen news would score; a drop is still a regression.
    let floors = [
        (Label::Person, 0.85),
        (Label::Org, 0.70),
        (Label::Place, 0.85),
        (Label::Group, 0.85),
        (Label::Time, 0.95),
        (Label::Number, 0.95),
        (Label::Quote, 0.95),
    ];
    assert_f1_floors("dev set", &scores, floors);
    assert!(scores.total.precision() >= 0.95, "dev set precision {:.3}", scores.total.precision());
}

#[test]
fn engine_meets_its_floors_on_the_seeds() {
    let scores = score_gold(SEEDS, seed_text);
    // The targets of issue 3; the engine is above each, so a drop below one is a regression.
    let floors = [
        (Label::Person, 0.95),
        (Label::Org, 0.95),
        (Label::Place, 0.95),
        (Label::Group, 0.95),
        (Label::Time, 0.90),
        (Label::Number, 0.90),
        (Label::Quote, 0.90),
    ];
    assert_f1_floors("seeds", &scores, floors);
    for (label, floor) in [(Label::Time, 0.90), (Label::Number, 0.90), (Label::Quote, 0.95)] {
        let accuracy = scores.label(label).value_accuracy();
        assert!(accuracy >= floor, "{} value accuracy {accuracy:.3} fell below {floor}", label.as_str());
    }
}
