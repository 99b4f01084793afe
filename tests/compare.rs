//! Browser tests of the Compare view: the pairs of documents with their relations, and two
//! documents side by side with their sentences aligned.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NBC_TRANSLATION: &str = "001_fd0447f87cd5aaab";
const NBC_PARAPHRASE: &str = "002_f395a87a0317fa07";
const AP_REWRITE: &str = "003_59a4a1a89b4914cd";

fn relation(root: &web_sys::Element, a: &str, b: &str) -> (String, String) {
    let row = query(root, &format!("[data-pair='{a}|{b}']"));
    (row.get_attribute("data-relation").unwrap(), row.get_attribute("data-derived").unwrap())
}

#[wasm_bindgen_test]
async fn the_two_rewrites_of_one_article_are_derived_and_the_independent_report_is_not() {
    let root = mount_at("#/compare").await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "Compare the documents");
    assert_eq!(query_all(&root, "[data-pair]").len(), 10);
    assert_eq!(relation(&root, NBC_TRANSLATION, NBC_PARAPHRASE), ("paraphrase".into(), "true".into()));
    for (a, b) in [(NBC_TRANSLATION, AP_REWRITE), (NBC_PARAPHRASE, AP_REWRITE)] {
        assert_eq!(relation(&root, a, b).1, "false", "{a}|{b}");
    }
    // The names both keep link to their mentions in the reader.
    let row = query(&root, &format!("[data-pair='{NBC_TRANSLATION}|{NBC_PARAPHRASE}']"));
    let names: Vec<String> =
        query_all(&row, ".shared-names a").iter().map(|a| a.get_attribute("href").unwrap()).collect();
    assert!(names.contains(&format!("#/doc/{NBC_TRANSLATION}?entity=person:alexander-gabuev")), "{names:?}");
    // The relation, the similarity and the last column open the side-by-side view.
    let side_by_side: Vec<String> =
        query_all(&row, &format!("a[href='#/compare/{NBC_TRANSLATION}/{NBC_PARAPHRASE}']"))
            .iter()
            .map(|a| a.text_content().unwrap())
            .collect();
    assert_eq!(side_by_side.len(), 3, "{side_by_side:?}");
    assert_eq!(side_by_side[0], "paraphrase or common source");
    assert!(side_by_side[1].contains("fingerprint"), "{side_by_side:?}");
    assert_eq!(side_by_side[2], "Compare");
}

#[wasm_bindgen_test]
async fn the_side_by_side_view_aligns_the_paraphrase_with_its_source() {
    let root = mount_at(&format!("#/compare/{NBC_TRANSLATION}/{NBC_PARAPHRASE}")).await;
    let rows = query_all(&root, "[data-aligned]");
    assert!(rows.len() >= 5, "{} aligned rows", rows.len());
    let howell = rows.iter().find(|r| r.text_content().unwrap().contains("says Edward Howell")).unwrap();
    let marked =
        |tag: &str| query_all(howell, tag).iter().map(|e| e.text_content().unwrap()).collect::<Vec<_>>();
    assert_eq!(marked("del"), ["much benefit", "possible", "said", "expert"]);
    assert_eq!(marked("ins"), ["many benefits", "it can", "says", "an expert on"]);
    // Each side's cell links to its sentence in the reader.
    let links: Vec<String> =
        query_all(howell, "a.to-reader").iter().map(|a| a.get_attribute("href").unwrap()).collect();
    assert!(links[0].starts_with(&format!("#/doc/{NBC_TRANSLATION}?s=")), "{links:?}");
    assert!(links[1].starts_with(&format!("#/doc/{NBC_PARAPHRASE}?s=")), "{links:?}");
    // What the paraphrase lacks: the Pentagon, named by the translation.
    let lacks = query(&root, &format!(".lacks[data-doc='{NBC_PARAPHRASE}'] [data-lacks='names']"))
        .text_content()
        .unwrap();
    assert!(lacks.contains("Pentagon"), "{lacks}");
    let heading = query(&root, "h1").text_content().unwrap();
    assert!(
        heading.starts_with("What does North Korea gain") && heading.contains(" beside North Korea Draws"),
        "{heading}"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_document_in_the_side_by_side_address_is_named() {
    let root = mount_at(&format!("#/compare/{NBC_TRANSLATION}/nope")).await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "No such document");
    assert!(query(&root, ".compare-view p").text_content().unwrap().contains("“nope”"));
}

#[wasm_bindgen_test]
async fn coverage_shows_who_names_whom_and_the_blind_spots() {
    let root = mount_at("#/compare").await;
    let gabuev = query(&root, "#coverage-entities [data-entity='person:alexander-gabuev']");
    let link = query(&gabuev, &format!("td[data-doc='{NBC_PARAPHRASE}'] a")).get_attribute("href").unwrap();
    assert!(link.starts_with(&format!("#/doc/{NBC_PARAPHRASE}?entity=person:alexander-gabuev&s=")), "{link}");
    let blind = query(&gabuev, &format!("td[data-doc='{AP_REWRITE}']"));
    assert_eq!(blind.get_attribute("data-blind").as_deref(), Some("true"));
    assert!(!query_all(&root, "#coverage-themes [data-theme] a").is_empty());
}
