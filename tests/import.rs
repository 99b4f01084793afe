//! Browser tests: the user's own articles. Files given to `#import-files` (as the picker gives
//! them) are listed, highlighted and found; a script in an HTML article never runs; bad files
//! are named with why; a remount (what a reload does) finds them in IndexedDB; removal asks
//! first and can be undone.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{
    choose, file, fresh_store, listed_ids, mount_at, query, query_all, store_opened, text_of, until,
};
use js_sys::{Array, Reflect, Uint8Array};
use newslens_core::import::content_id;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const STORM: &str = "Title: Storm closes the harbour\nDate: 2025-03-04\n\nMayor Ana Lima said on Tuesday that the harbour of Porto Velho would stay closed. Fishermen called it “a disaster for the zarzuela trade.”\n";
const COURT: &str = "<html><head><title>Court rules on quarry</title><script>window.pwned = 1</script></head><body><nav>Home</nav><article><h1>Court rules on quarry</h1><p>Judge Tomas Berg ruled on Monday that the Kvarn quarry may reopen.</p><img src=\"http://example.invalid/x.png\" onerror=\"window.pwned = 2\"></article></body></html>";

fn utf16le(text: &str) -> Vec<u8> {
    [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
}

#[wasm_bindgen_test]
async fn imported_articles_are_listed_highlighted_searchable_and_kept() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    let tiny_text = "The zoning board of Aldmere met on Friday.\n";
    choose(
        &root,
        &[
            file("storm.txt", STORM.as_bytes()),
            file("zoning.txt", &utf16le(tiny_text)),
            file("court.html", COURT.as_bytes()),
        ],
    );
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(text_of("#import-progress"), "Added 3 articles of 3 files read.");
    let ids = listed_ids(&root);
    assert_eq!(ids.len(), 8, "{ids:?}");
    let storm_id = content_id(STORM.split_once("\n\n").unwrap().1);
    assert!(ids.contains(&storm_id), "{ids:?}");
    let item = query(&root, &format!("[data-doc-id='{storm_id}']")).text_content().unwrap();
    assert!(item.contains("Storm closes the harbour") && item.contains("2025-03-04"), "{item}");
    assert!(
        text_of("#import-problems").contains("zoning.txt: read as UTF-16LE"),
        "{}",
        text_of("#import-problems")
    );
    // The first new article opened, highlighted; "Tuesday" resolved against its Date line.
    assert_eq!(query(&root, "#reader").get_attribute("data-doc").as_deref(), Some(storm_id.as_str()));
    let marks: Vec<String> =
        query_all(&root, "#reader mark").iter().filter_map(|m| m.text_content()).collect();
    assert!(marks.iter().any(|m| m == "Ana Lima"), "{marks:?}");
    assert!(marks.iter().any(|m| m == "Tuesday"), "{marks:?}");
    // Nothing in the HTML article ran.
    assert!(Reflect::get(&web_sys::window().unwrap(), &"pwned".into()).unwrap().is_undefined());
    let court = listed_ids(&root).into_iter().find(|id| {
        query(&root, &format!("[data-doc-id='{id}']"))
            .text_content()
            .unwrap()
            .contains("Court rules on quarry")
    });
    assert!(court.is_some(), "the HTML article is listed by its <title>");

    until("all three written", || text_of("#storage-summary").starts_with("3 articles of yours kept")).await;
    // What a reload does: a new app in the same browser profile finds them in IndexedDB.
    mount_at("#/search?q=zarzuela").await;
    until("the search over kept articles", || text_of("#results").contains("zarzuela")).await;
    assert!(text_of("#results").contains("Storm closes the harbour"), "{}", text_of("#results"));
    let root = mount_at("#/search?q=aldmere").await;
    until("the kept articles", || text_of("#storage-summary").starts_with("3 articles of yours")).await;
    until("the search over them", || text_of("#results").contains("Aldmere")).await;
    assert_eq!(listed_ids(&root).len(), 8);
}

#[wasm_bindgen_test]
async fn bad_files_are_named_with_why_and_the_good_ones_kept() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let lines = "{\"title\": \"Dam opens\", \"text\": \"The Ostrava dam opened on Monday.\", \"date\": \"2025-05-05\"}\n{broken\n{\"title\": \"No text\"}\n";
    choose(
        &root,
        &[
            file("photo.txt", png),
            file("empty.txt", b"  \n"),
            file("wire.jsonl", lines.as_bytes()),
            file("notes.pdf", b"%PDF-1.4"),
        ],
    );
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(text_of("#import-progress"), "Added 1 article of 4 files read.");
    let problems: Vec<String> =
        query_all(&root, "#import-problems li").iter().filter_map(|li| li.text_content()).collect();
    let has = |start: &str| problems.iter().any(|p| p.starts_with(start));
    assert!(has("photo.txt: looks binary, not text"), "{problems:?}");
    assert!(has("empty.txt: it has no text"), "{problems:?}");
    assert!(has("wire.jsonl: line 2: not a JSON object"), "{problems:?}");
    assert!(has("wire.jsonl: line 3: no \"text\""), "{problems:?}");
    assert!(has("notes.pdf: not an article format"), "{problems:?}");
    assert_eq!(listed_ids(&root).len(), 6);
}

#[wasm_bindgen_test]
async fn removing_asks_first_and_can_be_undone() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("storm.txt", STORM.as_bytes())]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(listed_ids(&root).len(), 6);
    query(&root, "#remove-doc").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(listed_ids(&root).len(), 6, "the first click only asks");
    query(&root, "#confirm-remove").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(listed_ids(&root).len(), 5);
    assert!(text_of("#removed").contains("Removed “Storm closes the harbour”"), "{}", text_of("#removed"));
    query(&root, "#undo-remove").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(listed_ids(&root).len(), 6);
    // The bundled documents have no remove button.
    let root = mount_at("#/doc/001_fd0447f87cd5aaab").await;
    assert!(root.query_selector("#remove-doc").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_saved_workspace_opens_in_another_profile_with_its_documents_and_edits() {
    use newslens::state::MetaEdit;
    use newslens::store::Edit;
    use newslens_core::{study::Study, Corpus, DocMeta, Document};
    // What "Save workspace" writes for an imported article retitled by the user and a date set
    // on a bundled one.
    let doc = newslens_core::import::text_article("storm.txt", STORM, false);
    let storm_id = doc.id().to_string();
    let mut edits = std::collections::BTreeMap::new();
    edits.insert(
        "001_fd0447f87cd5aaab".to_string(),
        Edit { date: Some("2024-11-05".parse().ok()), ..Edit::default() },
    );
    let retitled = MetaEdit { title: Some("Harbour shut".into()), outlet: Some("Harbour Gazette".into()) };
    edits.insert(storm_id.clone(), Edit { meta: retitled, ..Edit::default() });
    let json = newslens::workspace::write(&[&doc], &edits);
    assert!(json.contains("\"newslens_workspace\": 2"), "{json}");

    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("collection.newslens.json", json.as_bytes())]);
    until("the workspace", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(text_of("#import-progress"), "Added 1 article of 1 file read.");
    let item = query(&root, "[data-doc-id='001_fd0447f87cd5aaab']").text_content().unwrap();
    assert!(item.contains("2024-11-05 (set by you)"), "{item}");
    let item = query(&root, &format!("[data-doc-id='{storm_id}']")).text_content().unwrap();
    assert!(item.contains("Harbour shut") && item.contains("Harbour Gazette"), "{item}");

    // A workspace of a newer version is refused and changes nothing.
    let newer = json.replace("\"newslens_workspace\": 2", "\"newslens_workspace\": 3");
    choose(&root, &[file("newer.newslens.json", newer.as_bytes())]);
    until("the refusal", || text_of("#import-problems").contains("newer.newslens.json")).await;
    assert!(
        text_of("#import-problems").contains("a workspace of version 3; this NewsLens reads versions 1 to 2"),
        "{}",
        text_of("#import-problems")
    );
    assert_eq!(listed_ids(&root).len(), 6);

    // The single file carries every document, analysed, in its data block.
    let document = common::document();
    let wasm = document.create_element("script").unwrap();
    wasm.set_attribute("type", "application/octet-stream").unwrap();
    wasm.set_id("newslens-wasm");
    document.body().unwrap().append_child(&wasm).unwrap();
    let corpus = Corpus::new([Document::new(
        DocMeta::plain("a", "2025-01-01".parse().ok()),
        "Ana Lima left on Monday.",
    )])
    .0;
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let html = newslens::workspace::single_file(&corpus, &study).await.unwrap();
    wasm.remove();
    let parsed = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .unwrap();
    let block = parsed.get_element_by_id("newslens-bundle").expect("the data block").text_content().unwrap();
    let bytes = inflate(&block).await;
    let opened = newslens_core::bundle::open(&bytes).unwrap();
    assert_eq!(opened.corpus, corpus);
    assert_eq!(opened.study, study);
    assert!(
        parsed.get_element_by_id("newslens-bundle").unwrap().next_element_sibling().unwrap().id()
            == "newslens-wasm"
    );
}

#[wasm_bindgen_test]
async fn a_version_1_workspace_still_opens_with_its_dates() {
    // As the first NewsLens with workspaces wrote it: the edits hold the date alone.
    let json = r#"{"newslens_workspace": 1,
      "documents": [{"id": "", "file": "ferry.txt", "title": "Ferry strike ends", "outlet": "ferry.txt",
                     "derived_from": "", "date": "2025-03-10", "date_confidence": "high",
                     "date_evidence": "a Date: line", "text": "The ferry union of Lindholm said on Tuesday the strike was over."}],
      "edits": {"001_fd0447f87cd5aaab": "2024-11-05", "000_411ac30a76895b3f": ""}}"#;
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("old.newslens.json", json.as_bytes())]);
    until("the workspace", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(
        text_of("#import-progress"),
        "Added 1 article of 1 file read.",
        "{}",
        text_of("#import-problems")
    );
    let item = query(&root, "[data-doc-id='001_fd0447f87cd5aaab']").text_content().unwrap();
    assert!(item.contains("2024-11-05 (set by you)"), "{item}");
    let item = query(&root, "[data-doc-id='000_411ac30a76895b3f']").text_content().unwrap();
    assert!(item.contains("date unknown (set by you)"), "a date cleared: {item}");
    let ferry = content_id("The ferry union of Lindholm said on Tuesday the strike was over.");
    let item = query(&root, &format!("[data-doc-id='{ferry}']")).text_content().unwrap();
    assert!(item.contains("Ferry strike ends") && item.contains("2025-03-10"), "{item}");
}

/// 73 s in a debug build, past the runner's default 20 s: run it with
/// `WASM_BINDGEN_TEST_TIMEOUT=300 ... --test import -- --include-ignored a_thousand`.
#[wasm_bindgen_test]
#[ignore = "73 s in a debug build; run with WASM_BINDGEN_TEST_TIMEOUT=300"]
async fn a_thousand_files_at_once_are_all_imported() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    let files: Vec<web_sys::File> = (0..1000)
        .map(|n| {
            file(&format!("note-{n}.txt"), format!("The council of Ward {n} met on Monday.\n").as_bytes())
        })
        .collect();
    choose(&root, &files);
    // Longer than one wait's guard: each wait is for the count to move on.
    loop {
        let before = text_of("#import-progress");
        if before.starts_with("Added") {
            break;
        }
        until("the import to move on", move || text_of("#import-progress") != before).await;
    }
    assert_eq!(text_of("#import-progress"), "Added 1000 articles of 1000 files read.");
    assert!(text_of("#more-documents").contains("of 1005 shown"), "{}", text_of("#more-documents"));
}

#[wasm_bindgen_test]
async fn a_file_over_50_mb_is_refused_and_what_is_open_stays() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("storm.txt", STORM.as_bytes())]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    let huge = vec![b'a'; 50_000_001];
    choose(&root, &[file("archive.txt", &huge)]);
    until("the refusal", || text_of("#import-problems").contains("archive.txt")).await;
    assert_eq!(
        text_of("#import-problems"),
        "archive.txt: larger than 50 MB, the most NewsLens reads from one file; not imported"
    );
    assert_eq!(listed_ids(&root).len(), 6);
}

#[wasm_bindgen_test]
async fn file_names_with_quotes_spaces_rtl_and_emoji_are_named_as_they_are() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    let name = "Q3 \"draft\" تقرير 📰 'final'.txt";
    let empty = "ملاحظات \"empty\" 🗒.txt";
    choose(&root, &[file(name, b"Ferries to Lindholm resumed on Friday.\n"), file(empty, b"")]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(text_of("#import-progress"), "Added 1 article of 2 files read.");
    assert_eq!(text_of("#import-problems"), format!("{empty}: it has no text; not imported"));
    let id = content_id("Ferries to Lindholm resumed on Friday.\n");
    assert!(text_of(&format!("[data-doc-id='{id}']")).contains("Ferries to Lindholm resumed on Friday."));
}

#[wasm_bindgen_test]
async fn the_same_file_twice_is_one_article() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    let storm = file("storm.txt", STORM.as_bytes());
    choose(&root, &[storm.clone(), file("storm copy.txt", STORM.as_bytes())]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(text_of("#import-progress"), "Added 1 article of 2 files read.");
    assert_eq!(
        text_of("#import-problems"),
        "storm copy.txt: the same text as an article above; imported once"
    );
    choose(&root, &[storm]);
    until("the second import", || text_of("#import-progress") == "Added 0 articles of 1 file read.").await;
    assert_eq!(
        text_of("#import-problems"),
        "storm.txt: already open as “Storm closes the harbour”; not imported again"
    );
    assert_eq!(listed_ids(&root).len(), 6);
}

/// What the boot script does to a data block.
async fn inflate(base64: &str) -> Vec<u8> {
    let window = web_sys::window().unwrap();
    let binary = window.atob(base64.trim()).unwrap();
    let bytes: Vec<u8> = binary.chars().map(|c| c as u8).collect();
    let blob =
        web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes.as_slice()))).unwrap();
    let constructor: js_sys::Function =
        Reflect::get(&js_sys::global(), &"DecompressionStream".into()).unwrap().unchecked_into();
    let stream = Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into())).unwrap();
    let inflated = blob.stream().pipe_through(stream.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&inflated)).unwrap();
    let buffer = JsFuture::from(response.array_buffer().unwrap()).await.unwrap();
    Uint8Array::new(&buffer).to_vec()
}
