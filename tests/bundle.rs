//! Browser tests: the collection a page carries (`window.newslensBundle`, as the boot script
//! leaves it for a page made by `newslens build`) is what the app opens, highlighted and
//! searchable without analysing at start; one that cannot be read falls back to the bundled
//! corpus and says so.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{listed_ids, mount_at, query, query_all, until};
use newslens_core::study::Study;
use newslens_core::{bundle, Corpus, DocMeta, Document};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Sets the page's bundle for the next mount.
fn carry(bytes: &[u8]) {
    let window = web_sys::window().unwrap();
    let array = js_sys::Uint8Array::from(bytes);
    js_sys::Reflect::set(&window, &"newslensBundle".into(), &array).unwrap();
}

fn forget() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::delete_property(&window, &"newslensBundle".into()).unwrap();
}

fn own_collection() -> Vec<u8> {
    let doc = |id: &str, date: &str, text: &str| {
        let mut meta = DocMeta::plain(id, date.parse().ok());
        meta.title = Some(format!("Article {id}"));
        Document::new(meta, text)
    };
    let (corpus, _) = Corpus::new([
        doc("harbour", "2025-03-04", "Mayor Ana Lima said on Tuesday the harbour would reopen.\n"),
        doc("vote", "2025-03-05", "The council of Porto Alegre voted on the zoning plan.\n"),
    ]);
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    bundle::encode(&corpus, &study)
}

#[wasm_bindgen_test]
async fn the_page_s_own_collection_is_opened_highlighted_and_searchable() {
    carry(&own_collection());
    let root = mount_at("#/doc/harbour").await;
    forget();
    assert_eq!(listed_ids(&root), ["harbour", "vote"]);
    assert!(root.query_selector("#notices").unwrap().is_none(), "a good bundle has nothing to report");
    let marks: Vec<String> =
        query_all(&root, "#reader mark").iter().map(|m| m.text_content().unwrap_or_default()).collect();
    assert!(marks.iter().any(|m| m == "Ana Lima"), "{marks:?}");
    assert!(marks.iter().any(|m| m == "Tuesday"), "{marks:?}");

    carry(&own_collection());
    let root = mount_at("#/search?q=zoning").await;
    forget();
    let results = query(&root, "#results").text_content().unwrap();
    assert!(results.contains("zoning plan"), "{results}");
    assert!(!results.contains("harbour"), "{results}");
}

#[wasm_bindgen_test]
async fn an_unreadable_collection_falls_back_to_the_bundled_corpus_and_says_so() {
    carry(b"NLBUNDLE\x07\0\0\0");
    let root = mount_at("").await;
    forget();
    assert_eq!(listed_ids(&root).len(), 5, "the bundled corpus");
    let notice = query(&root, "#notices").text_content().unwrap();
    assert!(notice.contains("could not be opened"), "{notice}");
    assert!(notice.contains("format 7"), "{notice}");
    assert!(notice.contains("showing the bundled corpus instead"), "{notice}");
}

#[wasm_bindgen_test]
async fn a_damaged_analysis_is_analysed_again_with_a_notice() {
    let mut bytes = own_collection();
    *bytes.last_mut().unwrap() ^= 1;
    carry(&bytes);
    let root = mount_at("#/doc/harbour").await;
    forget();
    assert_eq!(listed_ids(&root), ["harbour", "vote"]);
    let notice = query(&root, "#notices").text_content().unwrap();
    assert!(notice.contains("analysed again"), "{notice}");
    let marks: Vec<String> =
        query_all(&root, "#reader mark").iter().map(|m| m.text_content().unwrap_or_default()).collect();
    assert!(marks.iter().any(|m| m == "Ana Lima"), "{marks:?}");
}

/// A collection of `count` one-sentence reports, each mentioning the harbour once.
fn large_collection(count: usize) -> Vec<u8> {
    let (corpus, _) = Corpus::new((0..count).map(|i| {
        let mut meta = DocMeta::plain(&format!("report-{i:04}"), "2025-03-04".parse().ok());
        meta.title = Some(format!("Report {i}"));
        Document::new(meta, format!("Report {i} says the harbour reopened after {i} days.\n"))
    }));
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    bundle::encode(&corpus, &study)
}

fn click(root: &web_sys::Element, selector: &str) {
    query(root, selector).unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn a_large_collection_is_listed_a_page_at_a_time_and_keeps_the_open_document_listed() {
    carry(&large_collection(230));
    let root = mount_at("#/doc/report-0200").await;
    forget();
    let ids = listed_ids(&root);
    assert_eq!(ids.len(), 101, "the first 100 and the open one");
    assert_eq!(ids[99], "report-0099");
    assert_eq!(ids[100], "report-0200", "the open document stays listed");
    let more = query(&root, "#more-documents").text_content().unwrap();
    assert_eq!(more, "Show 100 more (100 of 230 shown)");
    click(&root, "#more-documents");
    // 200 and the open one, still listed after them.
    until("the second page", {
        let root = root.clone();
        move || listed_ids(&root).len() == 201
    })
    .await;
    click(&root, "#more-documents");
    until("the last page", {
        let root = root.clone();
        move || listed_ids(&root).len() == 230
    })
    .await;
    assert!(root.query_selector("#more-documents").unwrap().is_none(), "everything is listed");
}

#[wasm_bindgen_test]
async fn many_results_are_shown_a_page_at_a_time() {
    carry(&large_collection(120));
    let root = mount_at("#/search?q=harbour").await;
    forget();
    let lines = |root: &web_sys::Element| query_all(root, "#results .result-group li").len();
    assert_eq!(query(&root, "#results").get_attribute("data-total").as_deref(), Some("120"));
    assert_eq!(lines(&root), 50);
    let status = query(&root, ".more-results").text_content().unwrap();
    assert_eq!(status, "Show 50 more (50 of 120 sentences shown)");
    click(&root, "#more-results");
    until("the second page of results", {
        let root = root.clone();
        move || lines(&root) == 100
    })
    .await;
    click(&root, "#more-results");
    until("the last results", {
        let root = root.clone();
        move || lines(&root) == 120
    })
    .await;
    assert!(root.query_selector("#more-results").unwrap().is_none());
    let facet = query(&root, ".facet-more").text_content().unwrap();
    assert_eq!(facet, "and 70 more documents");
}
