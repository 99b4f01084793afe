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
    let hits = index.hits(query.as_ref().unwrap(), results[0]).unwrap();
    let entry = &index.entries[results[0] as usize];
    let text = &corpus.documents()[entry.doc].text;
    let marked: Vec<&str> = hits.iter().map(|h| &text[h.clone()]).collect();
    assert!(!marked.is_empty() && marked.iter().all(|w| w.eq_ignore_ascii_case("troops")), "{marked:?}");
}

/// Every query form, one per row: a sentence is a result exactly when it has hits, and what
/// is marked in document 001 is what the form should mark there.
#[test]
fn a_hit_means_the_same_for_every_query_form() {
    let (corpus, index) = index();
    let doc = corpus.documents().iter().position(|d| d.id().starts_with("001")).unwrap();
    let text = &corpus.documents()[doc].text;
    // What each form marks in 001, in order, joined by "|".
    let table: &[(&str, &str)] = &[
        ("troops", &"troops|".repeat(8)),
        ("troops OR Kursk", "troops|Kursk|troops|Kursk|troops|troops|troops|Kursk|troops|troops|troops|"),
        ("Kursk -troops", "Kursk|"),
        ("troop*", &"troops|".repeat(8)),
        ("gabuyev~", "Gabuev|Gabuev|Gabuev|Gabuev|"),
        ("\"Kursk region\"", "Kursk region|Kursk region|Kursk region|"),
        ("person:gabuev", "Alexander Gabuev|Gabuev|Gabuev|Gabuev|"),
        ("date:2024-10-28", "Monday|Monday|"),
        ("doc:001 Pentagon", "Pentagon|Pentagon|"),
        ("label:quote Pentagon", "Pentagon|in the next few weeks.|"),
    ];
    for (src, expected) in table {
        let query = parse(src).unwrap().unwrap();
        let results = index.eval(&query);
        for id in 0..index.len() as u32 {
            assert_eq!(index.hits(&query, id).is_some(), results.contains(&id), "{src}: sentence {id}");
        }
        let marked: Vec<&str> = index.document_hits(&query, doc).into_iter().map(|r| &text[r]).collect();
        let marked: String = marked.iter().map(|m| format!("{m}|")).collect();
        assert_eq!(marked, *expected, "{src}");
    }
}

#[test]
fn field_queries_mark_spans_and_themed_sentences() {
    let (corpus, index) = index();
    let query = parse("label:quote").unwrap().unwrap();
    let results = index.eval(&query);
    assert!(!results.is_empty());
    for &id in &results {
        let entry = &index.entries[id as usize];
        let text = &corpus.documents()[entry.doc].text;
        let hits = index.hits(&query, id).unwrap();
        let quotes: Vec<_> =
            entry.spans.iter().filter(|s| s.label == Label::Quote).map(|s| s.range.clone()).collect();
        assert_eq!(hits, quotes, "{}", &text[entry.range.clone()]);
    }
    // A theme marks the words that tagged the sentence, each a cue of the theme.
    let theme = parse("theme:money").unwrap().unwrap();
    let themed = index.eval(&theme);
    assert!(!themed.is_empty());
    let cues = ["money", "cash", "wage", "salar", "paid", "payment", "revenue", "foreign currency", "income"];
    let cues =
        [&cues[..], &["compensat", "dollar", "earn", "lucrative", "financial gain", "mercenar"]].concat();
    let cues = [&cues[..], &["for hire", "hard currency"]].concat();
    for &id in &themed {
        let entry = &index.entries[id as usize];
        let text = &corpus.documents()[entry.doc].text;
        let hits = index.hits(&theme, id).unwrap();
        assert!(!hits.is_empty());
        for hit in hits {
            let word = text[hit].to_lowercase();
            assert!(cues.iter().any(|c| word.starts_with(c)), "{word:?} is no cue of money");
        }
    }
}

/// A facet-only search marks what its filters picked, and a sentence has marks exactly when
/// it is a result; with a query, the query's hits and the filters' together.
#[test]
fn facet_filters_mark_what_they_picked() {
    let (corpus, index) = index();
    let doc001 = corpus.documents().iter().find(|d| d.id().starts_with("001")).unwrap().id().to_string();
    let cases: Vec<(Option<&str>, Vec<Filter>)> = vec![
        (None, vec![Filter::Entity("person:alexander-gabuev".into())]),
        (None, vec![Filter::Label(Label::Quote), Filter::Doc(doc001.clone())]),
        (None, vec![Filter::Theme("money".into())]),
        (Some("troops"), vec![Filter::Label(Label::Number)]),
    ];
    for (query, filters) in cases {
        let query = query.map(|q| parse(q).unwrap().unwrap());
        let results = index.search(query.as_ref(), &filters);
        assert!(!results.is_empty(), "{filters:?}");
        for id in 0..index.len() as u32 {
            let hits = index.result_hits(query.as_ref(), &filters, id);
            assert_eq!(hits.is_some(), results.contains(&id), "{filters:?}: sentence {id}");
            assert!(hits.is_none_or(|h| !h.is_empty()), "{filters:?}: sentence {id} has nothing marked");
        }
    }
    let gabuev = [Filter::Entity("person:alexander-gabuev".into())];
    let marked: Vec<String> = index
        .search(None, &gabuev)
        .into_iter()
        .flat_map(|id| {
            let text = &corpus.documents()[index.entries[id as usize].doc].text;
            index.result_hits(None, &gabuev, id).unwrap().into_iter().map(|r| text[r].to_string())
        })
        .collect();
    assert!(marked.iter().all(|m| m.contains("Gabuev")), "{marked:?}");
}

/// While a query is typed its open last word is a prefix too: "gabu" finds Gabuev, and a space
/// after it asks for the word itself.
#[test]
fn the_last_word_being_typed_is_a_prefix() {
    use newslens_core::route::SearchParams;
    let (_, index) = index();
    let run = |q: &str| SearchParams { query: q.into(), filters: vec![] }.run(&index, None).results;
    let gabuev = run("gabuev");
    assert!(!gabuev.is_empty());
    assert_eq!(run("gabu"), gabuev);
    assert_eq!(run("Alexander Gabu"), run("Alexander Gabuev"));
    assert!(run("gabu ").is_empty());
    assert!(run("\"gabu\"").is_empty());
}
