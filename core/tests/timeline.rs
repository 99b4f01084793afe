//! The timeline of the bundled corpus: the events a reader expects, merged across sources, and
//! the TIMEs that cannot be placed.

mod common;

use newslens_core::study::Study;
use newslens_core::timeline::{timeline, to_csv, to_json};

fn events() -> Vec<String> {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    timeline(&corpus, &study)
        .events
        .iter()
        .map(|e| {
            let docs: Vec<&str> = e.sources.iter().map(|s| &corpus.documents()[s.doc].id()[..3]).collect();
            let words: Vec<&str> = e.sources.iter().map(|s| s.expression.as_str()).collect();
            format!("{} {}..{} {} {:?}", e.timex, e.start, e.end, docs.join("+"), words)
        })
        .collect()
}

#[test]
fn the_events_readers_expect_are_placed() {
    let events = events();
    let has = |prefix: &str| events.iter().any(|e| e.starts_with(prefix));
    for expected in [
        "2024-06 2024-06-01..2024-06-30 001",    // the defence pact signed in June
        "2024-05-27 2024-05-27..2024-05-27 001", // the failed satellite launch
        "2024-08 2024-08-01..2024-08-31 001",    // the Kursk incursion in August
        "2024-10-28 2024-10-28..2024-10-28 001", // the Pentagon's confirmation on Monday
        "2023-SU 2023-06-01..2023-08-31 001",    // Kim's cosmodrome visit last summer
        "195X 1950-01-01..1959-12-31 003",       // the 1950s, a band
    ] {
        assert!(has(expected), "missing {expected}\n{events:#?}");
    }
}

#[test]
fn the_same_interval_and_entity_merge_across_documents() {
    let events = events();
    let century = events.iter().find(|e| e.starts_with("20 2000-01-01..2099-12-31")).unwrap();
    assert!(century.contains(" 001+002 "), "{century}");
}

#[test]
fn exports_carry_every_source_and_the_unplaced() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let t = timeline(&corpus, &study);
    let csv = to_csv(&corpus, &study, &t);
    let rows = t.events.iter().map(|e| e.sources.len()).sum::<usize>();
    assert_eq!(csv.lines().count(), rows + 1);
    assert!(csv.starts_with("start,end,timex,sources,document,expression,sentence\r\n"));
    let json: serde_json::Value = serde_json::from_str(&to_json(&corpus, &study, &t)).unwrap();
    assert_eq!(json["events"].as_array().unwrap().len(), t.events.len());
    let reasons: Vec<&str> =
        json["unplaced"].as_array().unwrap().iter().map(|u| u["reason"].as_str().unwrap()).collect();
    assert!(reasons.contains(&"a vague reference (future ref)"), "{reasons:?}");
}
