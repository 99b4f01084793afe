//! Browser tests: the store and what the user changes. A schema 1 store is upgraded with its
//! dates; a newer or damaged store opens read-only and nothing in it is written or deleted; a
//! full quota keeps what was stored and says what to do; titles and outlets edited in the
//! reader show in every view and are kept; the page's own collection can be hidden and shown.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{choose, file, fresh_store, listed_ids, mount_at, query, store_opened, text_of, until};
use js_sys::{Promise, Reflect, Uint8Array};
use newslens_core::import::text_article;
use newslens_core::{bundle, study::Study, Corpus};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, IdbDatabase, IdbRequest};

wasm_bindgen_test_configure!(run_in_browser);

const STORM: &str = "Title: Storm closes the harbour\nDate: 2025-03-04\n\nMayor Ana Lima said on Tuesday that the harbour of Porto Velho would stay closed. Fishermen called it “a disaster for the zarzuela trade.”\n";
const BUNDLED: &str = "001_fd0447f87cd5aaab";

fn storm_id() -> String {
    text_article("storm.txt", STORM, false).id().to_string()
}

/// The bundle the app keeps for the storm article.
fn storm_bundle() -> JsValue {
    let corpus = Corpus::new([text_article("storm.txt", STORM, false)]).0;
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    Uint8Array::from(bundle::encode(&corpus, &study).as_slice()).into()
}

async fn result(request: &IdbRequest) -> JsValue {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.expect("the request succeeds");
    request.result().unwrap()
}

/// Makes the database at `version` by hand, with these (store, key, value) records.
async fn make_store(version: u32, records: Vec<(&'static str, JsValue, JsValue)>) {
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let request = factory.open_with_u32("newslens", version).unwrap();
    let upgrading = request.clone();
    let upgrade = Closure::<dyn FnMut()>::new(move || {
        let db: IdbDatabase = upgrading.result().unwrap().unchecked_into();
        db.create_object_store("articles").unwrap();
        db.create_object_store("edits").unwrap();
        let transaction = upgrading.transaction().unwrap();
        for (store, key, value) in &records {
            transaction.object_store(store).unwrap().put_with_key(value, key).unwrap();
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db: IdbDatabase = result(&request).await.unchecked_into();
    db.close();
}

/// The database as it is now: its version, and how many records `store` holds.
async fn stored(store: &str) -> (u32, u32) {
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let db: IdbDatabase = result(&factory.open("newslens").unwrap()).await.unchecked_into();
    let count = result(&db.transaction_with_str(store).unwrap().object_store(store).unwrap().count().unwrap())
        .await
        .as_f64()
        .unwrap() as u32;
    let version = db.version() as u32;
    db.close();
    (version, count)
}

/// Resolves once the kept edit of document `id` has `field` equal to `value`; each look is
/// a read of the store, an event, not a timer.
async fn until_kept(id: &str, field: &str, value: &str) {
    for _ in 0..1000 {
        let edit = stored_edit(id).await;
        if edit.is_object()
            && Reflect::get(&edit, &field.into()).unwrap().as_string().as_deref() == Some(value)
        {
            return;
        }
    }
    panic!("the {field} of {id} was never kept as {value}");
}

async fn stored_edit(id: &str) -> JsValue {
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let db: IdbDatabase = result(&factory.open("newslens").unwrap()).await.unchecked_into();
    let edit = result(
        &db.transaction_with_str("edits").unwrap().object_store("edits").unwrap().get(&id.into()).unwrap(),
    )
    .await;
    db.close();
    edit
}

fn item(id: &str) -> String {
    text_of(&format!("[data-doc-id='{id}']"))
}

#[wasm_bindgen_test]
async fn a_schema_1_store_is_upgraded_and_keeps_its_dates() {
    fresh_store().await;
    make_store(
        1,
        vec![
            ("articles", storm_id().into(), storm_bundle()),
            ("edits", BUNDLED.into(), "2024-11-05".into()),
            ("edits", storm_id().into(), "".into()),
        ],
    )
    .await;
    let root = mount_at("").await;
    until("the kept article", || text_of("#storage-summary").starts_with("1 article of yours kept")).await;
    assert!(listed_ids(&root).contains(&storm_id()));
    assert!(item(BUNDLED).contains("2024-11-05 (set by you)"), "{}", item(BUNDLED));
    assert!(item(&storm_id()).contains("date unknown (set by you)"), "{}", item(&storm_id()));
    assert!(root.query_selector("#storage-read-only").unwrap().is_none(), "an upgraded store is written to");
    let edit = stored_edit(BUNDLED).await;
    assert_eq!(Reflect::get(&edit, &"date".into()).unwrap().as_string().as_deref(), Some("2024-11-05"));
    let cleared = stored_edit(&storm_id()).await;
    assert_eq!(Reflect::get(&cleared, &"date".into()).unwrap().as_string().as_deref(), Some(""));
    assert_eq!(stored("edits").await, (2, 2));
}

#[wasm_bindgen_test]
async fn a_store_of_a_newer_schema_opens_read_only_and_nothing_is_written() {
    fresh_store().await;
    make_store(9, vec![("articles", storm_id().into(), storm_bundle())]).await;
    let root = mount_at("").await;
    until("the read-only notice", || !text_of("#storage-read-only").is_empty()).await;
    let notice = text_of("#storage-read-only");
    assert!(notice.contains("kept by a newer NewsLens (storage schema 9; this one reads 2)"), "{notice}");
    assert!(notice.contains("Save the 1 article that could be read as a workspace"), "{notice}");
    assert!(listed_ids(&root).contains(&storm_id()), "what can be read is shown");
    choose(
        &root,
        &[file("ferry.txt", b"The ferry union of Lindholm said on Tuesday the strike was over.\n")],
    );
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    assert_eq!(listed_ids(&root).len(), 7, "an import is shown");
    assert_eq!(stored("articles").await, (9, 1), "nothing is written to a newer store");
}

#[wasm_bindgen_test]
async fn a_store_with_unreadable_records_opens_read_only_and_nothing_is_deleted() {
    fresh_store().await;
    make_store(
        2,
        vec![
            ("articles", storm_id().into(), storm_bundle()),
            ("articles", "garbage".into(), Uint8Array::from(&b"NLB? not a bundle"[..]).into()),
            ("articles", "text".into(), "not bytes".into()),
            ("edits", BUNDLED.into(), JsValue::from(7)),
        ],
    )
    .await;
    let root = mount_at(&format!("#/doc/{}", storm_id())).await;
    until("the read-only notice", || !text_of("#storage-read-only").is_empty()).await;
    let notice = text_of("#storage-read-only");
    assert!(notice.contains("3 records in storage could not be read"), "{notice}");
    assert!(notice.contains("nothing is deleted"), "{notice}");
    assert!(text_of("#storage-problems").contains("A kept article could not be read"));
    assert!(listed_ids(&root).contains(&storm_id()));
    // Removing the readable one from the view deletes nothing either.
    query(&root, "#remove-doc").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    query(&root, "#confirm-remove").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(!listed_ids(&root).contains(&storm_id()));
    assert_eq!(stored("articles").await, (2, 3));
    assert_eq!(stored("edits").await, (2, 1));
}

/// Makes every IndexedDB put fail as a full disk does; returns the real put, to restore.
fn fill_the_quota() -> JsValue {
    let patch = js_sys::Function::new_no_args(
        "const put = IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function () {
           throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
         };
         return put;",
    );
    patch.call0(&JsValue::NULL).unwrap()
}

fn free_the_quota(put: &JsValue) {
    js_sys::Function::new_with_args("put", "IDBObjectStore.prototype.put = put;")
        .call1(&JsValue::NULL, put)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_what_was_stored_and_says_what_to_do() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("storm.txt", STORM.as_bytes())]);
    until("the first article kept", || text_of("#storage-summary").starts_with("1 article of yours kept"))
        .await;
    let put = fill_the_quota();
    choose(
        &root,
        &[file("ferry.txt", b"The ferry union of Lindholm said on Tuesday the strike was over.\n")],
    );
    until("the quota's message", || !text_of("#storage-problems").is_empty()).await;
    free_the_quota(&put);
    let problems = text_of("#storage-problems");
    assert!(
        problems.contains("An article was not kept (the browser's storage for this page is full: remove articles you no longer need, or save a workspace)"),
        "{problems}"
    );
    assert_eq!(listed_ids(&root).len(), 7, "the article stays open");
    assert!(
        text_of("#storage-summary").starts_with("1 article of yours kept"),
        "{}",
        text_of("#storage-summary")
    );
    assert_eq!(stored("articles").await, (2, 1), "what was stored before is still there");
}

fn edit(root: &web_sys::Element, selector: &str, value: &str) {
    let input: HtmlInputElement = query(root, selector).unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_title_and_outlet_edited_in_the_reader_show_everywhere_and_are_kept() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("storm.txt", STORM.as_bytes())]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    edit(&root, "#edit-title", "Harbour shut by the storm");
    yew::scheduler::flush().await;
    edit(&root, "#edit-outlet", "Porto Velho Gazette");
    yew::scheduler::flush().await;
    assert_eq!(text_of(".doc-header h1"), "Harbour shut by the storm");
    assert!(text_of(".doc-provenance").contains("Porto Velho Gazette"));
    let listed = item(&storm_id());
    assert!(
        listed.contains("Harbour shut by the storm") && listed.contains("Porto Velho Gazette"),
        "{listed}"
    );

    until_kept(&storm_id(), "outlet", "Porto Velho Gazette").await;
    // A reload finds the edit; search and the timeline name the article by it.
    mount_at("#/search?q=zarzuela").await;
    until("the edited title in search", || text_of("#results").contains("Harbour shut by the storm")).await;
    let root = mount_at("#/timeline").await;
    until("the kept articles", || text_of("#storage-summary").starts_with("1 article of yours")).await;
    let chart = root.clone();
    until("the timeline names it", move || {
        common::query_all(&chart, "title")
            .iter()
            .any(|t| t.text_content().unwrap_or_default().starts_with("Harbour shut by the storm published"))
    })
    .await;
    let edit = stored_edit(&storm_id()).await;
    assert_eq!(
        Reflect::get(&edit, &"title".into()).unwrap().as_string().as_deref(),
        Some("Harbour shut by the storm")
    );
    assert_eq!(
        Reflect::get(&edit, &"outlet".into()).unwrap().as_string().as_deref(),
        Some("Porto Velho Gazette")
    );

    // Reset gives back what was read.
    let root = mount_at(&format!("#/doc/{}", storm_id())).await;
    until("the edit applied", || text_of(".doc-header h1") == "Harbour shut by the storm").await;
    query(&root, "#reset-metadata").unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(".doc-header h1"), "Storm closes the harbour");
    assert!(root.query_selector("#reset-metadata").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_bundled_collection_can_be_hidden_and_shown_again() {
    fresh_store().await;
    let root = mount_at("").await;
    store_opened().await;
    choose(&root, &[file("storm.txt", STORM.as_bytes())]);
    until("the import", || text_of("#import-progress").starts_with("Added")).await;
    let toggle = || {
        query(&common::document().document_element().unwrap(), "#show-collection")
            .unchecked_into::<HtmlElement>()
    };
    until("the article kept", || text_of("#storage-summary").starts_with("1 article of yours kept")).await;
    toggle().click();
    yew::scheduler::flush().await;
    assert_eq!(listed_ids(&root), [storm_id()], "only the user's articles are listed");

    // Remembered across a reload, and left out of search and the timeline.
    let root = mount_at("#/search?q=Pyongyang").await;
    assert_eq!(listed_ids(&root).len(), 0, "nothing kept is loaded yet, and the collection is hidden");
    until("the kept article", || listed_ids(&common::document().document_element().unwrap()).len() == 1)
        .await;
    assert_eq!(query(&root, "#results").get_attribute("data-total").as_deref(), Some("0"));
    assert!(!query(&root, "#show-collection").unchecked_into::<HtmlInputElement>().checked());
    let root = mount_at("#/timeline").await;
    until("the kept article", || listed_ids(&common::document().document_element().unwrap()).len() == 1)
        .await;
    assert!(common::query_all(&root, "[data-event]")
        .iter()
        .all(|e| e.get_attribute("data-sources").as_deref() == Some("1")));

    toggle().click();
    yew::scheduler::flush().await;
    assert_eq!(listed_ids(&root).len(), 6, "shown again");
    mount_at("").await;
    until("shown again after a reload too", || {
        listed_ids(&common::document().document_element().unwrap()).len() == 6
    })
    .await;
}
