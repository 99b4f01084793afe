//! Search over the bundled corpus: queries as a reader would type them.

mod common;

use newslens_core::analysis::Label;
use newslens_core::search::query::parse;
use newslens_core::search::{Filter, SearchIndex};
use newslens_core::study::Study;

fn index() -> (newslens_core::Corpus, SearchIndex) {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let index = SearchIndex::new(&corpus, &study);
    (corpus, index)
}

/// The documents (by number) of the sentences a query finds.
fn docs_of(query: &str) -> Vec<String> {
    let (corpus, index) = index();
    let query = parse(query).unwrap();
    let mut docs: Vec<String> = index
        .search(query.as_ref(), &[])
        .iter()
        .map(|&id| corpus.documents()[index.entries[id as usize].doc].id()[..3].to_string())
        .collect();
    docs.dedup();
    docs
}

#[test]
fn a_surname_finds_both_articles_that_quote_him() {
    assert_eq!(docs_of("Gabuev"), ["001", "002"]);
    assert_eq!(docs_of("gabuyev~"), ["001", "002"]);
}

#[test]
fn entity_fields_match_every_alias() {
    // "Kim Jong-un" in 004 and "Kim" alone are the same person as "Kim Jong Un".
    assert_eq!(docs_of("person:\"Kim Jong Un\""), ["000", "001", "002", "003", "004"]);
    assert_eq!(docs_of("person:\"Kim Jong Un\" theme:money"), ["000", "003"]);
}

#[test]
fn boolean_prefix_phrase_and_date_queries() {
    assert_eq!(docs_of("\"Kursk region\" -Ukrainian"), ["001", "004"]);
    assert_eq!(docs_of("cosmodrome* OR satellite"), ["001"]);
    assert_eq!(docs_of("date:2024-10-28"), ["001"]);
    assert_eq!(docs_of("label:quote Pentagon"), ["001"]);
    assert_eq!(docs_of("doc:002 troops"), ["002"]);
}

#[test]
fn filters_and_facets_combine_with_the_query() {
    let (corpus, index) = index();
    let query = parse("troops").unwrap();
    let results = index.search(query.as_ref(), &[Filter::Label(Label::Number)]);
    assert!(!results.is_empty());
    let facets = index.facets(&results);
    let total: usize = facets.docs.iter().map(|(_, n)| n).sum();
    assert_eq!(total, results.len());
    assert!(facets.labels.contains(&(Label::Number, results.len())));
    let hits = index.hits(query.as_ref().unwrap(), results[0]);
    let entry = &index.entries[results[0] as usize];
    let text = &corpus.documents()[entry.doc].text;
    assert!(
        !hits.is_empty() && hits.iter().all(|h| text[h.clone()].eq_ignore_ascii_case("troops")),
        "{hits:?}"
    );
}
