//! Browser tests: the app mounted in headless Chromium, checked through the DOM.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{document, listed_ids, mount_at, next_hash_change, query, query_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const DOC_001: &str = include_str!("../corpus/001_fd0447f87cd5aaab.txt");
const DOC_003: &str = include_str!("../corpus/003_59a4a1a89b4914cd.txt");

#[wasm_bindgen_test]
async fn lists_the_five_bundled_documents_with_their_dates() {
    let root = mount_at("").await;
    assert_eq!(
        listed_ids(&root),
        [
            "000_411ac30a76895b3f",
            "001_fd0447f87cd5aaab",
            "002_f395a87a0317fa07",
            "003_59a4a1a89b4914cd",
            "004_dc8a3dec1270afb0"
        ]
    );
    let item = query(&root, "[data-doc-id='002_f395a87a0317fa07']").text_content().unwrap();
    assert!(item.contains("date unknown (unknown confidence)"), "{item}");
    let item = query(&root, "[data-doc-id='001_fd0447f87cd5aaab']").text_content().unwrap();
    assert!(item.contains("2024-10-29 (high confidence)"), "{item}");
}

#[wasm_bindgen_test]
async fn selecting_a_document_shows_its_exact_text() {
    let root = mount_at("").await;
    query(&root, "[data-doc-id='003_59a4a1a89b4914cd'] a").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let reader = query(&root, "#reader");
    assert_eq!(reader.get_attribute("data-doc").as_deref(), Some("003_59a4a1a89b4914cd"));
    assert_eq!(reader.text_content().unwrap(), DOC_003);
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/doc/003_59a4a1a89b4914cd");
    let active = query(&root, "li.active").get_attribute("data-doc-id");
    assert_eq!(active.as_deref(), Some("003_59a4a1a89b4914cd"));
}

#[wasm_bindgen_test]
async fn the_hash_names_the_document_and_back_returns_to_the_previous_one() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    assert_eq!(query(&root, "#reader").text_content().unwrap(), DOC_001);
    query(&root, "[data-doc-id='003_59a4a1a89b4914cd'] a").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "#reader").get_attribute("data-doc").as_deref(), Some("003_59a4a1a89b4914cd"));
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    next_hash_change().await;
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "#reader").get_attribute("data-doc").as_deref(), Some("001_fd0447f87cd5aaab"));
}

#[wasm_bindgen_test]
async fn leftovers_are_kept_but_marked() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let leftovers = root.query_selector_all("#reader .leftover").unwrap();
    let texts: Vec<String> =
        (0..leftovers.length()).map(|i| leftovers.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(texts, ["close", "close"]);
    assert_eq!(query(&root, "#reader .credit").text_content().unwrap(), "Mikhail Metzel/AFP-Getty Images");
}

#[wasm_bindgen_test]
async fn an_unknown_id_gets_a_clear_message_not_html() {
    let root = mount_at("#/doc/%3Cimg%20src=x%3E").await;
    assert!(root.query_selector("#reader").unwrap().is_none());
    let message = query(&root, ".message").text_content().unwrap();
    assert!(message.contains("There is no document with the id “<img src=x>”"), "{message}");
    assert!(root.query_selector(".message img").unwrap().is_none(), "the id was rendered as HTML");
    assert_eq!(listed_ids(&root).len(), 5, "the list stays usable");
}

#[wasm_bindgen_test]
async fn an_unknown_view_says_so() {
    let root = mount_at("#/nowhere").await;
    let message = query(&root, ".message").text_content().unwrap();
    assert!(message.contains("NewsLens has no view at “#/nowhere”"), "{message}");
}

#[wasm_bindgen_test]
fn a_fatal_error_is_shown_in_the_page() {
    newslens::browser::show_fatal("boom <b>");
    let banner = document().get_element_by_id("fatal").unwrap();
    assert!(!banner.has_attribute("hidden"));
    let text = banner.text_content().unwrap();
    assert!(text.contains("Reload the page") && text.ends_with("Details: boom <b>"), "{text}");
    assert!(banner.query_selector("b").unwrap().is_none());
}

/// Links shaped to break the app (a query nested 3,000 deep, a window at the calendar's end)
/// open with a message, and the app stays alive.
#[wasm_bindgen_test]
async fn hostile_links_open_with_a_message() {
    let deep = format!("{}troops{}", "%28".repeat(3000), "%29".repeat(3000));
    let root = mount_at(&format!("#/search?q={deep}")).await;
    let error = query(&root, "#query-error").text_content().unwrap();
    assert!(error.contains("parentheses can nest at most 32 deep"), "{error}");
    let pasted = "word%20".repeat(5000);
    let root = mount_at(&format!("#/search?q={pasted}")).await;
    let error = query(&root, "#query-error").text_content().unwrap();
    assert!(error.contains("at most 256 words"), "{error}");
    let root = mount_at("#/timeline?from=9998-01-01&to=9999-12-31").await;
    let timeline = query(&root, "#timeline");
    assert_eq!(timeline.get_attribute("data-from").as_deref(), Some("9998-01-01"));
    assert_eq!(timeline.get_attribute("data-to").as_deref(), Some("9999-12-31"));
    assert!(!query_all(&root, "#timeline .tick").is_empty());
}
