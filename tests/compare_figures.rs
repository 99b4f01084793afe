//! Browser tests of the Compare view's figures table and quotation ledger: the bundled troop
//! numbers side by side with the disagreement flagged and every cell linked into the reader;
//! each quotation once with its carriers and the rewrite's changed words; both as CSV.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_at, query, query_all};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NBC_TRANSLATION: &str = "001_fd0447f87cd5aaab";
const NBC_PARAPHRASE: &str = "002_f395a87a0317fa07";
const AP_REWRITE: &str = "003_59a4a1a89b4914cd";

fn text(e: &web_sys::Element) -> String {
    e.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_troop_numbers_sit_side_by_side_with_the_disagreement_flagged() {
    let root = mount_at("#/compare").await;
    let troops = query(&root, "#figures [data-figure='troops'][data-conflict]");
    assert_eq!(troops.get_attribute("data-agreement").as_deref(), Some("conflict"));
    assert!(text(&troops).contains("4 documents, 3 independent origins"), "{}", text(&troops));
    let cell = |doc: &str| text(&query(&troops, &format!("td[data-doc='{doc}']")));
    assert_eq!(cell(NBC_TRANSLATION), "about 10,000around 10,000thousands");
    assert_eq!(cell(NBC_PARAPHRASE), "thousands");
    assert_eq!(cell(AP_REWRITE), "thousandsaround 10,000over 3,000");
    // Each column names its document and date.
    let header = text(&query(&root, &format!("#figures th[data-doc='{AP_REWRITE}']")));
    assert!(header.contains("2024-10-30"), "{header}");
    // A flagged figure keeps its sentence on hover and links to it in the reader.
    let over =
        query_all(&troops, "a.figure[data-conflict]").into_iter().find(|a| text(a) == "over 3,000").unwrap();
    assert!(over.get_attribute("title").unwrap().starts_with("South Korea's presidential office"));
    let href = over.get_attribute("href").unwrap();
    assert!(href.starts_with(&format!("#/doc/{AP_REWRITE}?s=")), "{href}");
    assert!(text(&troops).contains("over 3,000 ("), "both sides are named: {}", text(&troops));
}

#[wasm_bindgen_test]
async fn each_quotation_is_listed_once_with_its_carriers_and_changed_words() {
    let root = mount_at("#/compare").await;
    let groups = query_all(&root, "[data-quote-group]");
    let shared: Vec<&web_sys::Element> =
        groups.iter().filter(|g| g.get_attribute("data-documents").as_deref() == Some("2")).collect();
    assert_eq!(shared.len(), 2, "Howell's two quotations are carried by 001 and 002");
    let altered = query(shared[0], &format!("[data-doc='{NBC_PARAPHRASE}'][data-variant='altered']"));
    let dropped: Vec<String> = query_all(&altered, "del").iter().map(text).collect();
    let added: Vec<String> = query_all(&altered, "ins").iter().map(text).collect();
    assert_eq!((dropped[0].as_str(), added[0].as_str()), ("much benefit", "many benefits"));
    assert!(text(shared[0]).contains("1 independent origins"), "{}", text(shared[0]));
    // The rewrite's pair lists the quotations it dropped or changed.
    let pair = query(&root, &format!("[data-quote-pair='{NBC_TRANSLATION}|{NBC_PARAPHRASE}']"));
    assert_eq!(query_all(&pair, "[data-change='altered']").len(), 2);
    assert_eq!(query_all(&pair, "[data-change='dropped']").len(), 9);
}

#[wasm_bindgen_test]
async fn the_figures_and_the_ledger_are_offered_as_csv() {
    let root = mount_at("#/compare").await;
    // The files' content is the core's writers', checked by its native tests.
    let figures = query(&root, ".compare-figures [data-export='newslens-figures-compared.csv']");
    assert_eq!(text(&figures), "Figures compared (CSV)");
    let ledger = query(&root, ".compare-quotes [data-export='newslens-quotations-ledger.csv']");
    assert_eq!(text(&ledger), "Quotation ledger (CSV)");
}
