//! Browser tests: a search hit means the same in every view. For each query form, the words
//! (or mentions, dates, spans, sentences) the search view marks in document 001 are exactly
//! those the reader marks when it opens 001 with that query.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query_all};
use newslens_core::route::{ReaderParams, Route, SearchParams};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DOC: &str = "001_fd0447f87cd5aaab";

/// What the search view marks in the results of document 001, in order.
async fn search_marks(query: &str) -> Vec<String> {
    let route = Route::Search(SearchParams { query: query.into(), filters: Vec::new() });
    let root = mount_at(&route.to_hash()).await;
    let selector = format!("#results [data-doc='{DOC}'] mark[data-label='HIT']");
    query_all(&root, &selector).iter().map(|m| m.text_content().unwrap()).collect()
}

/// What the reader marks in document 001 with this query, a hit split by other marks joined.
async fn reader_marks(query: &str) -> Vec<String> {
    let params = ReaderParams { query: query.into(), ..ReaderParams::default() };
    let root = mount_at(&Route::Doc { id: DOC.into(), params }.to_hash()).await;
    let mut marks: Vec<(String, String)> = Vec::new();
    for piece in query_all(&root, "#reader mark[data-label='HIT']") {
        let index = piece.get_attribute("data-mark").unwrap();
        let text = piece.text_content().unwrap();
        match marks.last_mut() {
            Some((last, joined)) if *last == index => joined.push_str(&text),
            _ => marks.push((index, text)),
        }
    }
    marks.into_iter().map(|(_, text)| text).collect()
}

#[wasm_bindgen_test]
async fn the_reader_marks_what_the_search_marks_for_every_query_form() {
    let forms = [
        "troops",
        "troops OR Kursk",
        "Kursk NOT troops",
        "Kursk -troops",
        "troop*",
        "gabuyev~",
        "\"Kursk region\"",
        "person:gabuev",
        "org:pentagon",
        "place:kursk",
        "group:korean",
        "label:number troops",
        "doc:001 Pentagon",
        "theme:money",
        "date:2024-10-28",
    ];
    for form in forms {
        let searched = search_marks(form).await;
        assert!(!searched.is_empty(), "{form}: the search marks nothing in 001");
        assert_eq!(reader_marks(form).await, searched, "{form}");
    }
}

#[wasm_bindgen_test]
async fn operators_are_not_words_to_mark() {
    // REGRESSION: the reader re-matched the raw query and marked every "or" of the text.
    let marks = reader_marks("troops OR Kursk").await;
    assert!(!marks.is_empty() && marks.iter().all(|m| m == "troops" || m == "Kursk"), "{marks:?}");
}
