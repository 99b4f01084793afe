//! Browser tests of the search view: the query box, results, facets and errors.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn result_docs(root: &Element) -> Vec<String> {
    let mut docs: Vec<String> = query_all(root, "#results [data-result]")
        .iter()
        .map(|r| r.get_attribute("data-doc").unwrap()[..3].to_string())
        .collect();
    docs.dedup();
    docs
}

async fn type_query(root: &Element, text: &str) {
    let input: HtmlInputElement = query(root, "#q").unchecked_into();
    input.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_surname_lists_his_sentences_in_both_articles() {
    let root = mount_at("#/search?q=Gabuev").await;
    assert_eq!(result_docs(&root), ["001", "002"]);
    for hit in query_all(&root, "#results mark[data-label='HIT']") {
        assert_eq!(hit.text_content().unwrap(), "Gabuev");
    }
    assert_eq!(query(&root, "#q").unchecked_into::<HtmlInputElement>().value(), "Gabuev");
}

#[wasm_bindgen_test]
async fn typing_searches_and_an_invalid_query_keeps_the_last_results() {
    let root = mount_at("#/search").await;
    type_query(&root, "person:\"Kim Jong Un\"").await;
    let all = query_all(&root, "#results [data-result]").len();
    type_query(&root, "person:\"Kim Jong Un\" theme:money").await;
    let narrowed = query_all(&root, "#results [data-result]").len();
    assert!(0 < narrowed && narrowed < all, "{narrowed} of {all}");
    assert_eq!(result_docs(&root), ["000", "003"]);
    type_query(&root, "person:\"Kim Jong Un\" theme:money AND (").await;
    let error = query(&root, "#query-error").text_content().unwrap();
    assert!(error.contains("the query ends where a word was expected"), "{error}");
    assert_eq!(query_all(&root, "#results [data-result]").len(), narrowed, "the last good results stay");
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.starts_with("#/search?q=person:%22Kim"), "{hash}");
}

#[wasm_bindgen_test]
async fn a_facet_toggles_a_filter_and_its_counts_follow() {
    let root = mount_at("#/search?q=troops").await;
    let before = query_all(&root, "#results [data-result]").len();
    query(&root, ".facets button[data-filter='label:NUMBER']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let after = query_all(&root, "#results [data-result]").len();
    assert!(0 < after && after < before, "{after} of {before}");
    let counted: usize = query_all(&root, ".facets button[data-filter^='doc:'] .count")
        .iter()
        .map(|c| c.text_content().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(counted, after, "document counts add up to the results");
    assert!(web_sys::window().unwrap().location().hash().unwrap().ends_with("&f=label:NUMBER"));
}

#[wasm_bindgen_test]
async fn a_result_opens_the_reader_at_its_sentence_with_hits_marked() {
    let root = mount_at("#/search?q=cosmodrome").await;
    query(&root, "#results [data-result] a").unchecked_into::<HtmlElement>().click();
    common::next_hash_change().await;
    yew::scheduler::flush().await;
    let target = query(&root, "#reader #target-sentence");
    assert!(target.text_content().unwrap().contains("Vostochny cosmodrome"));
    let hits: Vec<String> = query_all(&root, "#reader mark[data-label='HIT']")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(hits, ["cosmodrome", "Cosmodrome"]);
}

#[wasm_bindgen_test]
async fn slash_focuses_the_box_and_escape_clears_it() {
    let root = mount_at("#/search?q=troops").await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("/");
    let slash = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&slash).unwrap();
    let active = common::document().active_element().unwrap();
    assert_eq!(active.id(), "q");
    init.set_key("Escape");
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    active.dispatch_event(&escape).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "#q").unchecked_into::<HtmlInputElement>().value(), "");
    assert!(query_all(&root, "#results").is_empty());
}

#[wasm_bindgen_test]
async fn active_filters_show_as_chips_that_remove_them_and_clear_all() {
    let root = mount_at("#/search?q=troops&f=label:QUOTE&f=doc:001_fd0447f87cd5aaab").await;
    let chips: Vec<String> = query_all(&root, "#active-filters .chip[data-filter]")
        .iter()
        .map(|c| c.get_attribute("data-filter").unwrap())
        .collect();
    assert_eq!(chips, ["label:QUOTE", "doc:001_fd0447f87cd5aaab"]);
    let first = query(&root, "#active-filters .chip[data-filter]").text_content().unwrap();
    assert_eq!(first, "has a quotation ×");
    query(&root, "#active-filters .chip[data-filter='label:QUOTE']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#/search?q=troops&f=doc:001_fd0447f87cd5aaab");
    query(&root, "#clear-filters").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(query_all(&root, "#active-filters").is_empty());
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/search?q=troops");
}

#[wasm_bindgen_test]
async fn the_summary_counts_in_words() {
    let summary = |root: &Element| query(root, ".summary").text_content().unwrap();
    // 002 names Gabuev in two sentences, and his institute in one.
    let root = mount_at("#/search?q=gabuyev~&f=doc:002_f395a87a0317fa07").await;
    assert!(summary(&root).ends_with("· 2 sentences in 1 document"), "{}", summary(&root));
    let root = mount_at("#/search?q=Carnegie&f=doc:002_f395a87a0317fa07").await;
    assert!(summary(&root).ends_with("· 1 sentence in 1 document"), "{}", summary(&root));
}

/// The marked words of every result line, joined, and whether each line holds a mark.
fn marked_lines(root: &Element) -> Vec<(String, Vec<String>)> {
    query_all(root, "#results [data-result]")
        .iter()
        .map(|line| {
            let marks =
                query_all(line, "mark[data-label='HIT']").iter().map(|m| m.text_content().unwrap()).collect();
            (line.text_content().unwrap(), marks)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn field_and_facet_searches_show_and_mark_what_matched() {
    // Each form, and a word every line must show marked.
    let cases = [
        ("#/search?q=person:kim", "Kim"),
        ("#/search?q=theme:money", ""),
        ("#/search?q=label:quote%20Pentagon", "Pentagon"),
        ("#/search?q=Pentagon&f=label:QUOTE", "Pentagon"),
        ("#/search?q=date:2024-10-28", "Monday"),
        ("#/search?f=entity:person:alexander-gabuev", "Gabuev"),
        ("#/search?f=label:NUMBER&f=doc:001_fd0447f87cd5aaab", ""),
    ];
    for (hash, word) in cases {
        let root = mount_at(hash).await;
        let lines = marked_lines(&root);
        assert!(!lines.is_empty(), "{hash}: no result");
        for (text, marks) in lines {
            assert!(!marks.is_empty(), "{hash}: nothing marked in {text:?}");
            assert!(marks.iter().any(|m| m.contains(word)), "{hash}: {marks:?} in {text:?}");
            // The line is cut around the match, so what matched is in it.
            assert!(text.contains(&marks[0]), "{hash}: {text:?}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_word_being_typed_is_a_prefix_until_a_space_ends_it() {
    let root = mount_at("#/search").await;
    type_query(&root, "Gabu").await;
    assert_eq!(result_docs(&root), ["001", "002"]);
    assert!(marked_lines(&root).iter().all(|(_, marks)| marks.iter().all(|m| m.starts_with("Gabu"))));
    type_query(&root, "Gabu ").await;
    assert!(query_all(&root, "#results [data-result]").is_empty());
}

#[wasm_bindgen_test]
async fn the_search_view_has_a_title_and_the_navigation_marks_it() {
    let root = mount_at("#/search?q=troops").await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "Search");
    assert_eq!(query(&root, ".views a[aria-current='page']").text_content().unwrap(), "Search");
}
