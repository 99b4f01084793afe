//! The relations between documents (copies, shortened copies, paraphrases, shared
//! quotations, independent) on the bundled corpus and on small hand-made pairs, and the
//! alignment of two versions of one text.

mod common;

use newslens_core::compare::{origins, Pairs, Relation};
use newslens_core::study::Study;

#[test]
fn the_bundled_rewrites_of_one_article_are_derived_and_the_others_are_not() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let pairs = Pairs::new(&corpus, &study);
    let relation = |a, b| pairs.get(a, b).unwrap().relation;
    assert_eq!(relation(1, 2), Relation::Paraphrase, "{:?}", pairs.get(1, 2));
    for (a, b) in [(0, 1), (0, 2), (0, 3), (0, 4), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)] {
        assert!(!relation(a, b).is_derived(), "{a}|{b}: {:?}", pairs.get(a, b));
    }
    // A paraphrase keeps the analyst it quotes and his words.
    let shared = &pairs.get(2, 1).unwrap().shared;
    assert!(shared.names.iter().any(|n| n == "person:alexander-gabuev"), "{shared:?}");
    assert!(!shared.quotations.is_empty());
    // 001 and 002 are one origin (the texts say so, and the manifest); the others their own.
    assert_eq!(origins(&corpus, &study), [0, 1, 1, 3, 4]);
    assert!(pairs.get(1, 2).unwrap().declared);
    assert!(!pairs.get(1, 3).unwrap().declared);
}

#[test]
fn pairs_are_found_in_either_order_and_never_with_themselves() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let pairs = Pairs::new(&corpus, &study);
    assert_eq!(pairs.pairs.len(), 10);
    for pair in &pairs.pairs {
        assert_eq!(pairs.get(pair.b, pair.a), Some(pair));
    }
    assert_eq!(pairs.get(2, 2), None);
    assert_eq!(pairs.get(0, 5), None);
}

#[test]
fn the_pairs_export_has_a_row_per_pair_with_its_relation() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let csv = Pairs::new(&corpus, &study).to_csv(&corpus);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    let row = rows.iter().find(|r| r[0].starts_with("001_") && r[1].starts_with("002_")).unwrap();
    assert_eq!((&row[2], &row[6]), ("paraphrase", "yes"));
    assert!(row[7].contains("person:alexander-gabuev"), "{row:?}");
}
