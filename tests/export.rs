//! Browser tests of the exports: each view's menu offers its files, and the content a button
//! would download (built by the same function the button calls) is what a reader expects;
//! "Copy with citation" copies the quotation with its source, or says the clipboard refused.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use common::{mount_at, query, query_all, until};
use newslens::bundled;
use newslens::components::export_menu::{reader_exports, search_exports, timeline_exports, Export};
use newslens::components::highlight_card::citation_for;
use newslens_core::highlight::{document_marks, Layer, Layers};
use newslens_core::route::SearchParams;
use newslens_core::search::SearchIndex;
use newslens_core::timeline::timeline;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const NBC: &str = "001_fd0447f87cd5aaab";

/// The file names the page's menu offers, in order.
fn offered(root: &Element) -> Vec<String> {
    query_all(root, ".export-menu [data-export]")
        .iter()
        .map(|b| b.get_attribute("data-export").unwrap())
        .collect()
}

fn files(exports: &[Export]) -> Vec<String> {
    exports.iter().map(|e| e.file.clone()).collect()
}

fn content(exports: &[Export], file: &str) -> String {
    exports.iter().find(|e| e.file == file).unwrap_or_else(|| panic!("no export {file}")).content()
}

/// Records of a CSV document, split naively: for content without quoted line breaks.
fn csv_lines(csv: &str) -> Vec<&str> {
    assert!(csv.ends_with("\r\n"), "CRLF line ends");
    csv.split_terminator("\r\n").collect()
}

#[wasm_bindgen_test]
async fn the_reader_offers_the_document_s_annotations_entities_quotations_and_figures() {
    let root = mount_at(&format!("#/doc/{NBC}")).await;
    let collection = bundled::open();
    let doc = collection.corpus.documents().iter().position(|d| d.id() == NBC).unwrap();
    let exports = reader_exports(&collection.corpus, &collection.study, doc);
    assert_eq!(
        files(&exports),
        [
            format!("newslens-annotations-{NBC}.jsonl"),
            format!("newslens-entities-{NBC}.csv"),
            format!("newslens-quotations-{NBC}.csv"),
            format!("newslens-figures-{NBC}.csv"),
        ]
    );
    assert_eq!(offered(&root), files(&exports));
    let labels: Vec<String> =
        query_all(&root, ".export-menu [data-export]").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(labels, ["Annotations (JSON Lines)", "Entities (CSV)", "Quotations (CSV)", "Figures (CSV)"]);

    let jsonl = content(&exports, &format!("newslens-annotations-{NBC}.jsonl"));
    assert_eq!(jsonl.lines().count(), 1, "one document, one line");
    let line = js_sys::JSON::parse(jsonl.trim_end()).expect("valid JSON");
    let get = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &key.into()).unwrap();
    assert_eq!(get(&line, "doc").as_string().as_deref(), Some(NBC));
    assert_eq!(get(&line, "reference_date").as_string().as_deref(), Some("2024-10-29"));
    let spans: js_sys::Array = get(&line, "spans").unchecked_into();
    assert_eq!(spans.length() as usize, collection.study.analyses[doc].spans.len());
    assert!(jsonl.contains(r#""label":"QUOTE","speaker":"Alexander Gabuev""#), "{jsonl}");

    let quotations = content(&exports, &format!("newslens-quotations-{NBC}.csv"));
    let lines = csv_lines(&quotations);
    assert_eq!(lines[0], "speaker,document,title,outlet,date,text,start,end");
    assert!(lines.iter().any(|l| l.starts_with(&format!("Alexander Gabuev,{NBC},"))), "{quotations}");
    assert!(lines[1..].iter().all(|l| l.contains(",2024-10-29,")), "{quotations}");

    let entities = content(&exports, &format!("newslens-entities-{NBC}.csv"));
    assert!(entities.starts_with("name,type,aliases,document,title,mentions,id\r\n"), "{entities}");
    assert!(entities.contains("Kim Jong Un,PERSON,"), "{entities}");

    let figures = content(&exports, &format!("newslens-figures-{NBC}.csv"));
    assert!(
        figures.starts_with("value,value_max,unit,hedge,text,sentence,document,start,end\r\n"),
        "{figures}"
    );
    assert!(csv_lines(&figures).len() > 1, "the NBC translation has figures: {figures}");
}

#[wasm_bindgen_test]
async fn the_search_offers_its_results_with_their_sources() {
    let root = mount_at("#/search?q=troops").await;
    let collection = bundled::open();
    let index = Rc::new(SearchIndex::new(&collection.corpus, &collection.study));
    let outcome = SearchParams { query: "troops".into(), filters: vec![] }.run(&index, None);
    let shown = query_all(&root, "[data-result]").len();
    assert_eq!(outcome.results.len(), shown);
    let exports = search_exports(
        &collection.corpus,
        &collection.study,
        &index,
        "troops",
        Rc::new(outcome.results.clone()),
    );
    assert_eq!(files(&exports), ["newslens-search-troops.csv", "newslens-search-troops.md"]);
    assert_eq!(offered(&root), files(&exports));

    let csv = content(&exports, "newslens-search-troops.csv");
    let lines = csv_lines(&csv);
    assert_eq!(lines[0], "sentence,document,title,outlet,date,start,end");
    assert_eq!(lines.len(), shown + 1, "{csv}");
    let markdown = content(&exports, "newslens-search-troops.md");
    assert!(markdown.starts_with("# NewsLens search: troops\n\n"), "{markdown}");
    let items: Vec<&str> = markdown.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(items.len(), shown);
    // Every line names its document's title and date.
    let nbc = collection.corpus.get(NBC).unwrap();
    assert!(items.iter().any(|l| l.contains(&format!(" — *{}*, ", nbc.label))), "{markdown}");
    assert!(items.iter().all(|l| l.contains(", 20") || l.ends_with("undated")), "{markdown}");
}

#[wasm_bindgen_test]
async fn the_timeline_offers_its_events() {
    let root = mount_at("#/timeline").await;
    let collection = bundled::open();
    let line = Rc::new(timeline(&collection.corpus, &collection.study));
    let exports = timeline_exports(&collection.corpus, &collection.study, &line);
    assert_eq!(files(&exports), ["newslens-events.csv", "newslens-events.json"]);
    assert_eq!(offered(&root), files(&exports));
    let csv = content(&exports, "newslens-events.csv");
    assert!(csv.starts_with("start,end,timex,sources,document,expression,sentence\r\n"), "{csv}");
    assert!(csv.contains("2024-05-27,2024-05-27,"), "the failed satellite launch: {csv}");
    let json = js_sys::JSON::parse(&content(&exports, "newslens-events.json")).expect("valid JSON");
    let events: js_sys::Array = js_sys::Reflect::get(&json, &"events".into()).unwrap().unchecked_into();
    assert_eq!(events.length() as usize, line.events.len());
}

#[wasm_bindgen_test]
async fn a_quotation_is_copied_with_its_citation() {
    let root = mount_at(&format!("#/doc/{NBC}")).await;
    let collection = bundled::open();
    let (corpus, study) = (&collection.corpus, &collection.study);
    let doc = corpus.documents().iter().position(|d| d.id() == NBC).unwrap();
    let marks = document_marks(&study.analyses[doc], Layers::default(), &[]);
    let at = marks.iter().position(|m| m.layer == Layer::Quote).expect("a quotation");
    let (label, expected) = citation_for(corpus, study, doc, &marks[at]).unwrap();
    assert_eq!(label, "Copy quotation with citation");
    let document = &corpus.documents()[doc];
    assert!(expected.starts_with('“'), "{expected}");
    assert!(
        expected.ends_with(&format!(
            "\nmachine translation of {}, “{}”, 2024-10-29",
            document.meta.derived_from, document.label
        )),
        "{expected}"
    );

    let mark = query(&root, &format!("#reader mark[data-mark='{at}']"));
    mark.unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let button = query(&root, "#card #copy-citation");
    assert_eq!(button.text_content().unwrap(), label);
    button.unchecked_into::<HtmlElement>().click();
    until("the copy's outcome", || common::document().get_element_by_id("copy-status").is_some()).await;
    let status = query(&root, "#copy-status").text_content().unwrap();
    if status.trim() != "Copied" {
        // A headless browser may refuse the clipboard: the page says so and offers the text.
        assert!(status.contains("select the text below and copy it"), "{status}");
        let text: HtmlTextAreaElement = query(&root, "#copy-text").unchecked_into();
        assert_eq!(text.value(), expected);
    }

    // A sentence's highlight copies its sentence.
    let time = marks.iter().position(|m| m.layer == Layer::Time).unwrap();
    let (label, text) = citation_for(corpus, study, doc, &marks[time]).unwrap();
    assert_eq!(label, "Copy sentence with citation");
    let sentence = &study.analyses[doc].sentences[study.analyses[doc].spans[marks[time].index].sentence];
    assert!(text.starts_with(&format!("“{}”\n", document.text[sentence.clone()].trim())), "{text}");
}
