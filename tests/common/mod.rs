//! Helpers for the browser tests: mount the app at a hash, wait for events, query the DOM.
#![allow(dead_code)] // Each test binary uses some of them.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Sets the hash the app starts from (waiting for its `hashchange` when it changes), then
/// mounts the app into a fresh element.
pub async fn mount_at(hash: &str) -> Element {
    let location = web_sys::window().unwrap().location();
    // Let the hash change settle before mounting, so the new app does not see it as an event.
    let wanted = if hash == "#" { "" } else { hash };
    if location.hash().unwrap() != wanted {
        location.set_hash(hash).unwrap();
        next_hash_change().await;
    }
    // One app at a time: ids such as #q and #reader must be unique, and key listeners of an
    // earlier app must not answer.
    if let Some((app, old_root)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        app.destroy();
        old_root.remove();
    }
    forget_layers();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<newslens::App>::with_root(root.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some((app, root.clone())));
    yew::scheduler::flush().await;
    root
}

/// Forgets the reader's remembered layers, so each test starts from the default ones.
pub fn forget_layers() {
    if let Some(storage) = web_sys::window().unwrap().local_storage().unwrap() {
        storage.remove_item("newslens:layers").unwrap();
    }
}

thread_local! {
    static MOUNTED: std::cell::RefCell<Option<(yew::AppHandle<newslens::App>, Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// Resolves at the next `hashchange` event: an event, not a timer.
pub async fn next_hash_change() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        web_sys::window()
            .unwrap()
            .add_event_listener_with_callback_and_add_event_listener_options("hashchange", &resolve, &options)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

pub fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
}

pub fn listed_ids(root: &Element) -> Vec<String> {
    let items = root.query_selector_all("[data-doc-id]").unwrap();
    (0..items.length())
        .map(|i| items.item(i).unwrap().unchecked_into::<Element>().get_attribute("data-doc-id").unwrap())
        .collect()
}

/// Every element matching `selector` under `root`.
pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into::<Element>()).collect()
}

/// Resolves when `done` holds, checked on every change to the page; fails after 4 s.
pub async fn until(what: &str, done: impl Fn() -> bool + 'static) {
    if done() {
        return;
    }
    let done = std::rc::Rc::new(done);
    let promise = Promise::new(&mut |resolve, reject| {
        let check = done.clone();
        let observer = web_sys::MutationObserver::new(
            Closure::<dyn FnMut(JsValue, web_sys::MutationObserver)>::new(
                move |_, observer: web_sys::MutationObserver| {
                    if check() {
                        observer.disconnect();
                        let _ = resolve.call0(&JsValue::NULL);
                    }
                },
            )
            .into_js_value()
            .unchecked_ref(),
        )
        .unwrap();
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_character_data(true);
        options.set_attributes(true);
        observer.observe_with_options(&document(), &options).unwrap();
        // A guard against a test that would otherwise hang, not a wait for success.
        let message = JsValue::from(format!("timed out waiting for {what}"));
        let fail = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &message);
        });
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(fail.unchecked_ref(), 4_000)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A file as the picker gives it.
pub fn file(name: &str, bytes: &[u8]) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap()
}

/// Gives files to `#import-files` as a user's choice does, and fires its change.
pub fn choose(root: &Element, files: &[web_sys::File]) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    for f in files {
        transfer.items().add_with_file(f).unwrap();
    }
    let input: web_sys::HtmlInputElement = query(root, "#import-files").unchecked_into();
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

/// The text of the first element matching `selector` in the page, or "".
pub fn text_of(selector: &str) -> String {
    document().query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

/// Deletes the app's IndexedDB database and local storage, so a test starts with nothing kept.
pub async fn fresh_store() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let request = factory.delete_database("newslens").unwrap();
    // A connection still open when the deletion asks is told to close (the app's store does);
    // "blocked" only says that it had not yet, so the deletion is waited for.
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.expect("the test database is deleted");
}

/// Resolves once the storage panel has opened the store (or said why it cannot).
pub async fn store_opened() {
    until("the storage panel", || {
        text_of("#storage-summary").contains("kept in this browser")
            || !text_of("#storage-problems").is_empty()
    })
    .await;
}
