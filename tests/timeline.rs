//! Browser tests of the timeline: placed events with the right dates and labels from their
//! sentences, merging, the chronology list, the default window, zoom about the focused event,
//! the long-periods row, and a reference date edit that moves a document's relative events.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use newslens::bundled;
use newslens_core::timeline::{day_number, timeline};
use newslens_core::Date;
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

/// The window the chart shows, from its `data-from` and `data-to`.
fn shown_window(root: &Element) -> (Date, Date) {
    let svg = query(root, "#timeline");
    let date = |a: &str| svg.get_attribute(a).unwrap().parse::<Date>().unwrap();
    (date("data-from"), date("data-to"))
}

#[wasm_bindgen_test]
async fn each_event_is_named_by_a_label_from_its_sentence() {
    let root = mount_at("#/timeline").await;
    let collection = bundled::open();
    let line = timeline(&collection.corpus, &collection.study);
    let marks = query_all(&root, "[data-event]");
    assert!(marks.len() >= 10, "{}", marks.len());
    for mark in &marks {
        let i: usize = mark.get_attribute("data-event").unwrap().parse().unwrap();
        let event = &line.events[i];
        let name = mark.get_attribute("aria-label").unwrap();
        assert!(name.starts_with(&format!("{}: {}", event.when(), event.label)), "{name}");
        // Every word of the label is a word of one of its sentences.
        let sentences: Vec<String> = event
            .sources
            .iter()
            .map(|s| {
                let doc = &collection.corpus.documents()[s.doc];
                doc.text[collection.study.analyses[s.doc].sentences[s.sentence].clone()].to_lowercase()
            })
            .collect();
        let words = event.label.split([' ', ';', ':', ',']).map(|w| w.trim_end_matches('…'));
        for word in words.filter(|w| w.len() > 3) {
            let word = word.to_lowercase();
            assert!(sentences.iter().any(|s| s.contains(&word)), "{word:?} of {name:?} not in {sentences:?}");
        }
    }
    let august = query(&root, "[data-event][data-start='2024-08-01']").get_attribute("aria-label").unwrap();
    assert!(august.starts_with("August 2024: Ukrainian troops penetrated Russian defenses."), "{august}");
    // Where a lane has room, the label is drawn beside its mark.
    let drawn: Vec<String> =
        query_all(&root, "[data-event] + .event-label").iter().map(|t| t.text_content().unwrap()).collect();
    assert!(drawn.iter().any(|t| t.starts_with("Ukrainian troops")), "{drawn:?}");
}

#[wasm_bindgen_test]
async fn the_chronology_lists_every_event_once_in_date_order_and_sorts() {
    let root = mount_at("#/timeline").await;
    let rows = |root: &Element| -> Vec<(String, String)> {
        query_all(root, "#chronology tbody tr")
            .iter()
            .map(|r| (r.get_attribute("data-chronology").unwrap(), r.get_attribute("data-start").unwrap()))
            .collect()
    };
    let listed = rows(&root);
    let mut drawn: Vec<String> =
        query_all(&root, "[data-event]").iter().map(|e| e.get_attribute("data-event").unwrap()).collect();
    let mut ids: Vec<String> = listed.iter().map(|(i, _)| i.clone()).collect();
    ids.sort();
    drawn.sort();
    assert_eq!(ids, drawn, "one row per event");
    let starts: Vec<&String> = listed.iter().map(|(_, s)| s).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    // A row links each source's sentence.
    let august = query(&root, "#chronology tr[data-start='2024-08-01']");
    assert!(august.text_content().unwrap().contains("Ukrainian troops penetrated Russian defenses"));
    let link = query(&august, "a").get_attribute("href").unwrap();
    assert!(link.starts_with("#/doc/001_fd0447f87cd5aaab") && link.contains("s="), "{link}");
    // "When" sorts the latest first.
    query(&root, "#chronology th .sort").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let reversed: Vec<String> = rows(&root).into_iter().map(|(_, s)| s).collect();
    assert!(reversed.windows(2).all(|w| w[0] >= w[1]) && reversed.len() == listed.len(), "{reversed:?}");
}

#[wasm_bindgen_test]
async fn the_search_restricts_the_chronology_like_the_chart() {
    let root = mount_at("#/timeline?q=satellite").await;
    let starts: Vec<String> = query_all(&root, "#chronology tbody tr")
        .iter()
        .map(|r| r.get_attribute("data-start").unwrap())
        .collect();
    assert_eq!(starts, ["2024-05-27", "2024-10-29"]);
}

#[wasm_bindgen_test]
async fn the_default_window_holds_every_publication_date() {
    let root = mount_at("#/timeline").await;
    let (from, to) = shown_window(&root);
    let published: Vec<Date> = query_all(&root, "[data-published]")
        .iter()
        .map(|p| p.get_attribute("data-date").unwrap().parse().unwrap())
        .collect();
    assert!(published.len() >= 4, "{published:?}");
    for date in published {
        assert!(from <= date && date <= to, "{date} outside {from}..{to}");
    }
}

#[wasm_bindgen_test]
async fn plus_keeps_the_focused_event_in_view() {
    let root = mount_at("#/timeline").await;
    let pentagon = "[data-event][data-start='2024-10-28']";
    query(&root, pentagon).unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let day = |d: Date| day_number(d);
    let target = day("2024-10-28".parse().unwrap());
    let mut span = i32::MAX;
    // Three times by the button (focus moves to it), then once by the key on the mark.
    for step in 0..4 {
        if step < 3 {
            query(&root, "button[title='Zoom in (+)']").unchecked_into::<HtmlElement>().click();
        } else {
            let mark = query(&root, pentagon);
            mark.unchecked_ref::<HtmlElement>().focus().unwrap();
            yew::scheduler::flush().await;
            let init = web_sys::KeyboardEventInit::new();
            init.set_key("+");
            init.set_bubbles(true);
            let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
            mark.dispatch_event(&event).unwrap();
        }
        yew::scheduler::flush().await;
        let (from, to) = shown_window(&root);
        assert!(day(from) <= target && target <= day(to), "step {step}: 28 October outside {from}..{to}");
        let now = day(to) - day(from);
        assert!(now < span, "step {step} zoomed in: {span} -> {now}");
        span = now;
    }
}

#[wasm_bindgen_test]
async fn decades_centuries_and_periods_wider_than_the_window_wait_in_a_collapsed_row() {
    let root = mount_at("#/timeline").await;
    // The 1950s, the 21st century, and 2023, a year wider than the seven months shown.
    assert_eq!(query(&root, "[data-long]").get_attribute("data-long").as_deref(), Some("3"));
    let toggle = query(&root, "#long-periods-toggle");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    let labels = |root: &Element| {
        query_all(root, "[data-event][data-start='1950-01-01'] + .event-label")
            .iter()
            .map(|t| t.text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert!(labels(&root).is_empty());
    toggle.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "#long-periods-toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        labels(&root),
        ["the 1950s: The last significant conflict involving North Korea occurred during the Korean War"]
    );
}

#[wasm_bindgen_test]
async fn the_chart_is_a_labelled_group_not_an_image_holding_links() {
    let root = mount_at("#/timeline").await;
    let svg = query(&root, "#timeline");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("Timeline chart"));
    let help = query(&root, "#timeline-help").text_content().unwrap();
    assert!(help.contains("the chronology below lists every one"), "{help}");
    // "Not placed" comes after the reference dates, folded.
    let unplaced = query(&root, "details.unplaced");
    assert!(!unplaced.has_attribute("open"));
    assert!(query(&root, ".references").contains(Some(&unplaced)));
}
