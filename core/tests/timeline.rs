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
fn one_fact_merges_across_documents_and_one_documents_mentions_of_a_day_are_one_event() {
    let events = events();
    // 002 paraphrases 001's quotation: the same entity and the same words of the same period.
    let century = events.iter().find(|e| e.starts_with("20 2000-01-01..2099-12-31")).unwrap();
    assert!(century.contains(" 001+002 "), "{century}");
    // The Pentagon's confirmation and the NATO briefing, both "Monday" in 001: one mark.
    let monday: Vec<&String> = events.iter().filter(|e| e.starts_with("2024-10-28 ")).collect();
    assert_eq!(monday.len(), 1, "{monday:?}");
    assert!(monday[0].contains(" 001+001 "), "{monday:?}");
}

#[test]
fn each_event_is_labelled_by_the_clause_of_its_sentence() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let labels: Vec<(String, String)> =
        timeline(&corpus, &study).events.iter().map(|e| (e.timex.clone(), e.label.clone())).collect();
    for (timex, label) in [
        ("2024-08", "Ukrainian troops penetrated Russian defenses"),
        ("2023-SU", "A visit by Kim to Russia's Vostochny cosmodrome"),
        ("195X", "The last significant conflict involving North Korea occurred during the Korean War"),
    ] {
        assert!(labels.contains(&(timex.to_string(), label.to_string())), "{timex}: {labels:#?}");
    }
    assert!(labels.iter().all(|(_, label)| !label.is_empty()), "{labels:#?}");
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
