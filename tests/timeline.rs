//! Browser tests of the timeline: placed events with the right dates, merging, zoom, and a
//! reference date edit that moves a document's relative events.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Every placed event as "start..end sources".
fn events(root: &Element) -> Vec<String> {
    query_all(root, "[data-event]")
        .iter()
        .map(|e| {
            let attr = |a: &str| e.get_attribute(a).unwrap();
            format!("{}..{} {}", attr("data-start"), attr("data-end"), attr("data-sources"))
        })
        .collect()
}

/// The tag names of the shapes that draw the events from `start` to `end`.
fn shapes(root: &Element, start: &str, end: &str) -> Vec<String> {
    query_all(root, &format!("[data-event][data-start='{start}'][data-end='{end}'] :is(circle, rect)"))
        .iter()
        .map(Element::tag_name)
        .collect()
}

#[wasm_bindgen_test]
async fn the_events_the_articles_mention_are_placed_with_their_dates() {
    let root = mount_at("#/timeline").await;
    let events = events(&root);
    for expected in [
        "2024-06-01..2024-06-30 1", // the defence pact of June 2024
        "2024-05-27..2024-05-27 1", // the failed satellite launch
        "2024-08-01..2024-08-31 1", // the August incursion into Kursk
        "2024-10-28..2024-10-28 1", // the Pentagon's confirmation
        "2023-06-01..2023-08-31 1", // Kim's cosmodrome visit, last summer
        "1950-01-01..1959-12-31 1", // the 1950s, as a band
    ] {
        assert!(events.iter().any(|e| e == expected), "missing {expected}: {events:?}");
    }
    // A day is a point; a decade a band.
    assert_eq!(shapes(&root, "2024-05-27", "2024-05-27"), ["circle"]);
    assert_eq!(shapes(&root, "1950-01-01", "1959-12-31"), ["rect"]);
    let unplaced = query(&root, "#unplaced").text_content().unwrap();
    assert!(
        unplaced.contains("“the next few weeks” (FUTURE_REF)") && unplaced.contains("a vague reference"),
        "{unplaced}"
    );
}

#[wasm_bindgen_test]
async fn an_event_reported_by_two_documents_is_one_event() {
    let root = mount_at("#/timeline").await;
    let merged = query(&root, "[data-event][data-sources='2']");
    assert_eq!(merged.get_attribute("data-start").as_deref(), Some("2000-01-01"));
    assert!(merged.text_content().unwrap().contains("reported by 2 sources"));
}

#[wasm_bindgen_test]
async fn zoom_buttons_narrow_and_widen_the_window_in_the_address() {
    let root = mount_at("#/timeline").await;
    let span = |root: &Element| {
        let svg = query(root, "#timeline");
        let from: newslens_core::Date = svg.get_attribute("data-from").unwrap().parse().unwrap();
        let to: newslens_core::Date = svg.get_attribute("data-to").unwrap().parse().unwrap();
        newslens_core::timeline::day_number(to) - newslens_core::timeline::day_number(from)
    };
    let before = span(&root);
    query(&root, "button[title='Zoom in (+)']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let after = span(&root);
    assert!((after - before / 2).abs() <= 1, "{before} -> {after}");
    assert!(web_sys::window().unwrap().location().hash().unwrap().contains("from="));
    query(&root, "button[title='Zoom out (-)']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!((span(&root) - before).abs() <= 2);
}

#[wasm_bindgen_test]
async fn editing_a_reference_date_moves_that_documents_relative_events() {
    let root = mount_at("#/timeline").await;
    assert!(events(&root).iter().any(|e| e.starts_with("2024-10-28..2024-10-28")));
    let input: HtmlInputElement = query(&root, "input[data-ref-doc='001_fd0447f87cd5aaab']").unchecked_into();
    assert_eq!(input.value(), "2024-10-29");
    input.set_value("2024-11-05");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
    let events = events(&root);
    // "The Pentagon confirmed Monday" is now the Monday before 5 November; May 27 stays.
    assert!(events.iter().any(|e| e.starts_with("2024-11-04..2024-11-04")), "{events:?}");
    assert!(!events.iter().any(|e| e.starts_with("2024-10-28..2024-10-28")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("2024-05-27..2024-05-27")));
    let marker = query(&root, "[data-published='001_fd0447f87cd5aaab']");
    assert_eq!(marker.get_attribute("data-date").as_deref(), Some("2024-11-05"));
}

/// Sets document 001's reference date in the timeline's editor ("" clears it).
async fn set_reference(root: &Element, date: &str) {
    let input: HtmlInputElement = query(root, "input[data-ref-doc='001_fd0447f87cd5aaab']").unchecked_into();
    input.set_value(date);
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

fn listed_date(root: &Element) -> String {
    query(root, "[data-doc-id='001_fd0447f87cd5aaab'] .doc-date").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn a_changed_or_cleared_reference_date_shows_in_every_view_at_once() {
    let root = mount_at("#/timeline").await;
    assert_eq!(listed_date(&root), "2024-10-29 (high confidence)");
    set_reference(&root, "2024-11-05").await;
    assert_eq!(listed_date(&root), "2024-11-05 (set by you)");
    set_reference(&root, "").await;
    assert_eq!(listed_date(&root), "date unknown (set by you)");
    let reasons: Vec<String> = query_all(&root, "#unplaced li[data-doc='001_fd0447f87cd5aaab']")
        .iter()
        .map(|li| li.text_content().unwrap())
        .collect();
    assert!(
        !reasons.is_empty() && reasons.iter().any(|r| r.ends_with("the document has no reference date")),
        "{reasons:?}"
    );
    assert!(query_all(&root, "[data-published='001_fd0447f87cd5aaab']").is_empty());
    // The reader, opened from the list, reads the same cleared date.
    query(&root, "[data-doc-id='001_fd0447f87cd5aaab'] a").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let shown = query(&root, ".doc-reference").text_content().unwrap();
    assert!(shown.starts_with("Reference date unknown"), "{shown}");
}

#[wasm_bindgen_test]
async fn the_query_restricts_the_events() {
    let root = mount_at("#/timeline?q=satellite").await;
    // The sentence on the spy agency's Tuesday statement names the satellite too.
    assert_eq!(events(&root), ["2024-05-27..2024-05-27 1", "2024-10-29..2024-10-29 1"]);
}

#[wasm_bindgen_test]
async fn facet_filters_restrict_the_events_too() {
    let root = mount_at("#/timeline?f=doc:003_59a4a1a89b4914cd").await;
    assert_eq!(events(&root), ["1950-01-01..1959-12-31 1"]);
}
