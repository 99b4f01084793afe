//! Browser tests of the reading view: layered highlights, overlaps, the card, keys and the
//! entity pane, checked through the DOM of the app mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const DOC_001: &str = include_str!("../corpus/001_fd0447f87cd5aaab.txt");
const DOC_003: &str = include_str!("../corpus/003_59a4a1a89b4914cd.txt");
const LABELS: [&str; 9] = ["PERSON", "ORG", "PLACE", "GROUP", "TIME", "NUMBER", "QUOTE", "THEME", "HIT"];

fn count(root: &Element, label: &str) -> usize {
    query_all(root, &format!("#reader mark[data-label='{label}']")).len()
}

fn reader_text(root: &Element) -> String {
    query(root, "#reader").text_content().unwrap()
}

async fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn focused_mark() -> Option<String> {
    let active = common::document().active_element()?;
    active.get_attribute("data-mark")
}

#[wasm_bindgen_test]
async fn every_layer_marks_001_and_the_text_stays_exact() {
    let all = LABELS.join(",");
    let root = mount_at(&format!("#/doc/001_fd0447f87cd5aaab?q=Korea&layers={all}")).await;
    for label in LABELS {
        assert!(count(&root, label) > 0, "no {label} mark");
    }
    assert_eq!(reader_text(&root), DOC_001);
    let kim = query(&root, "#reader mark[data-label='PERSON'][data-entity='person:kim-jong-un']");
    assert_eq!(kim.text_content().unwrap(), "Kim Jong Un");
}

#[wasm_bindgen_test]
async fn turning_a_layer_off_removes_exactly_its_marks() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let before: Vec<usize> = LABELS.iter().map(|l| count(&root, l)).collect();
    query(&root, "button[data-layer='PERSON']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let after: Vec<usize> = LABELS.iter().map(|l| count(&root, l)).collect();
    let expected: Vec<usize> =
        before.iter().zip(LABELS).map(|(n, l)| if l == "PERSON" { 0 } else { *n }).collect();
    assert_eq!(after, expected);
    assert!(before[0] > 0);
    assert_eq!(reader_text(&root), DOC_001);
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#/doc/001_fd0447f87cd5aaab?layers=ORG,TIME,QUOTE,HIT");
    assert_eq!(
        query(&root, "button[data-layer='PERSON']").get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn overlapping_highlights_nest_without_losing_text() {
    let root = mount_at(&format!("#/doc/003_59a4a1a89b4914cd?layers={}", LABELS.join(","))).await;
    let rate = query(&root, "#reader mark[data-label='NUMBER'] mark[data-label='TIME']");
    assert_eq!(rate.text_content().unwrap(), "a month");
    assert!(!query_all(&root, "#reader mark[data-label='QUOTE'] mark[data-label='GROUP']").is_empty());
    // A quotation that runs over a sentence's end splits the sentence's theme mark.
    assert!(!query_all(&root, "#reader mark.continued").is_empty());
    assert_eq!(reader_text(&root), DOC_003);
}

#[wasm_bindgen_test]
async fn a_layer_that_is_off_renders_no_mark_even_nested() {
    let root = mount_at("#/doc/003_59a4a1a89b4914cd?layers=TIME").await;
    let labels: Vec<String> =
        query_all(&root, "#reader mark").iter().map(|m| m.get_attribute("data-label").unwrap()).collect();
    assert!(!labels.is_empty() && labels.iter().all(|l| l == "TIME"), "{labels:?}");
    assert_eq!(reader_text(&root), DOC_003);
}

#[wasm_bindgen_test]
async fn focusing_a_highlight_opens_a_card_that_explains_it() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let kim = query(&root, "#reader mark[data-entity='person:kim-jong-un'][tabindex]");
    kim.unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let card = query(&root, "#card");
    let text = card.text_content().unwrap();
    assert!(text.contains("Kim Jong Un") && text.contains("pattern:family-name"), "{text}");
    // In words first, the rule's code as a detail.
    assert_eq!(
        query(&card, "#card-rule").text_content().unwrap(),
        "found because it holds a known family name"
    );
    // Mentions per document, each a link to that document with the entity singled out.
    let links: Vec<String> =
        query_all(&card, ".mentions a").iter().map(|a| a.get_attribute("href").unwrap()).collect();
    assert!(links.contains(&"#/doc/004_dc8a3dec1270afb0?entity=person:kim-jong-un".to_string()), "{links:?}");
    let monday = query_all(&root, "#reader mark[data-label='TIME']")
        .into_iter()
        .find(|m| m.text_content().unwrap() == "Monday")
        .unwrap();
    monday.unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let text = query(&root, "#card").text_content().unwrap();
    assert!(
        text.contains("2024-10-28") && text.contains("counted from the article's date, 2024-10-29"),
        "{text}"
    );
    assert_eq!(query(&root, "#card-means").text_content().unwrap(), "28 October 2024");
}

#[wasm_bindgen_test]
async fn the_reader_starts_with_a_calm_set_of_layers_and_remembers_a_choice() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let on: Vec<String> = query_all(&root, ".legend button[aria-pressed='true']")
        .iter()
        .map(|b| b.get_attribute("data-layer").unwrap())
        .collect();
    assert_eq!(on, ["PERSON", "ORG", "TIME", "QUOTE", "HIT"]);
    for label in ["PLACE", "GROUP", "NUMBER", "THEME"] {
        assert_eq!(count(&root, label), 0, "{label} is on by default");
    }
    // Places switched on here are on in the next document opened without `layers=`.
    query(&root, "button[data-layer='PLACE']").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    query(&root, "[data-doc-id='003_59a4a1a89b4914cd'] a").unchecked_into::<HtmlElement>().click();
    common::until("the remembered layers", move || {
        web_sys::window()
            .unwrap()
            .location()
            .hash()
            .unwrap()
            .contains("layers=PERSON,ORG,PLACE,TIME,QUOTE,HIT")
    })
    .await;
    yew::scheduler::flush().await;
    assert!(count(&root, "PLACE") > 0);
    common::forget_layers();
}

#[wasm_bindgen_test]
async fn the_highlights_are_one_tab_stop_and_arrows_move_between_them() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let stops = query_all(&root, "#reader mark[tabindex='0']");
    assert_eq!(stops.len(), 1, "one Tab stop among the highlights");
    stops[0].clone().unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let first = focused_mark().unwrap();
    press("ArrowRight").await;
    let second = focused_mark().expect("an arrow moves to the next highlight");
    assert_ne!(first, second);
    // The Tab stop follows the highlight in focus.
    let stops = query_all(&root, "#reader mark[tabindex='0']");
    assert_eq!(stops.len(), 1);
    assert_eq!(stops[0].get_attribute("data-mark"), Some(second));
    press("ArrowLeft").await;
    assert_eq!(focused_mark(), Some(first));
}

#[wasm_bindgen_test]
async fn a_quotation_card_gives_its_words_speaker_and_his_other_quotations() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let quote = query_all(&root, "#reader mark[data-label='QUOTE'][tabindex]")
        .into_iter()
        .find(|m| m.text_content().unwrap().contains("combat experience with drones"))
        .unwrap();
    quote.unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let card = query(&root, "#card");
    assert!(query(&card, "#card-words").text_content().unwrap().starts_with("North Korea could gain combat"));
    assert_eq!(query(&card, "#card-speaker").text_content().unwrap(), "Alexander Gabuev");
    let others: Vec<String> =
        query_all(&card, "#card-other-quotes a").iter().map(|a| a.text_content().unwrap()).collect();
    assert!(others.iter().any(|q| q.contains("secondary to the strategic capabilities")), "{others:?}");
    // A person's card gives the role the text states.
    let gabuev = query(&root, "#reader mark[data-entity='person:alexander-gabuev'][tabindex]");
    gabuev.unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    let role = query(&root, "#card-role").text_content().unwrap();
    assert!(role.starts_with("director of the Carnegie Russia Eurasia Center"), "{role}");
}

#[wasm_bindgen_test]
async fn the_provenance_is_a_sentence_linking_to_its_source_document() {
    let root = mount_at("#/doc/002_f395a87a0317fa07").await;
    let provenance = query(&root, ".doc-provenance");
    assert_eq!(
        provenance.text_content().unwrap(),
        "A paraphrase: Rewrite of the same NBC News article as 001."
    );
    let link = query(&provenance, "a[data-source-doc]");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/doc/001_fd0447f87cd5aaab"));
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let text = query(&root, ".doc-provenance").text_content().unwrap();
    assert!(text.starts_with("A machine translation of NBC News, "), "{text}");
}

#[wasm_bindgen_test]
async fn the_navigation_marks_the_view_on_screen() {
    let current = |root: &Element| -> Vec<String> {
        query_all(root, ".views a[aria-current='page']").iter().map(|a| a.text_content().unwrap()).collect()
    };
    assert_eq!(current(&mount_at("#/doc/001_fd0447f87cd5aaab").await), ["Read"]);
    assert_eq!(current(&mount_at("#/search?q=troops").await), ["Search"]);
    assert_eq!(current(&mount_at("#/timeline").await), ["Timeline"]);
}

#[wasm_bindgen_test]
async fn another_document_opens_at_its_top_and_a_result_at_its_sentence() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    let window = web_sys::window().unwrap();
    window.scroll_to_with_x_and_y(0.0, 2000.0);
    query(&root, "[data-doc-id='004_dc8a3dec1270afb0'] a").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(window.scroll_y().unwrap(), 0.0);
    let root = mount_at("#/doc/001_fd0447f87cd5aaab?s=20").await;
    let target = query(&root, "#target-sentence").get_bounding_client_rect();
    let height = window.inner_height().unwrap().as_f64().unwrap();
    assert!(
        target.top() > 0.0 && target.top() < height,
        "the sentence is on screen, below some context: {}",
        target.top()
    );
}

#[wasm_bindgen_test]
async fn keys_step_through_highlights_and_through_one_entity() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab?layers=PERSON").await;
    press("n").await;
    let first = focused_mark().expect("n focuses the first highlight");
    press("n").await;
    let second = focused_mark().unwrap();
    assert_ne!(first, second);
    press("p").await;
    assert_eq!(focused_mark(), Some(first));
    // From a mention of Kim, N goes to Kim's next mention, skipping everyone else.
    let kim = query(&root, "#reader mark[data-entity='person:kim-jong-un'][tabindex]");
    kim.clone().unchecked_into::<HtmlElement>().focus().unwrap();
    yew::scheduler::flush().await;
    press("N").await;
    let next = common::document().active_element().unwrap();
    assert_eq!(next.get_attribute("data-entity").as_deref(), Some("person:kim-jong-un"));
    assert_ne!(next.get_attribute("data-mark"), kim.get_attribute("data-mark"));
    press("Escape").await;
    assert!(query(&root, "#card").class_list().contains("card-empty"));
}

#[wasm_bindgen_test]
async fn clicking_an_entity_in_the_pane_singles_out_its_mentions() {
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    query(&root, ".entity-pane button[data-entity='person:alexander-gabuev']")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    let selected: Vec<String> =
        query_all(&root, "#reader mark.selected").iter().map(|m| m.text_content().unwrap()).collect();
    assert_eq!(selected, ["Alexander Gabuev", "Gabuev", "Gabuev", "Gabuev"]);
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.ends_with("?entity=person:alexander-gabuev"), "{hash}");
}
