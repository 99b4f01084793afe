//! The few browser services the app uses, each behind a plain function so components stay
//! free of `web_sys` plumbing.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// The page's document.
///
/// # Panics
/// Outside a browser page, where NewsLens cannot run at all.
pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("NewsLens runs in a browser page")
}

/// The location hash, with its `#`, or empty.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the location hash, which adds a history entry so back and forward work.
pub fn set_location_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Replaces the current history entry's hash, so typing does not fill the history.
pub fn replace_location_hash(hash: &str) {
    let replaced = web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash)).is_ok());
    if !replaced {
        set_location_hash(hash);
    }
}

/// Moves keyboard focus to the element with this id.
pub fn focus_id(id: &str) {
    let element = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the element with this id into view, a third of the screen down, so the text
/// before it gives it context.
pub fn scroll_into_view(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.scroll_into_view();
        if let Some(window) = web_sys::window() {
            let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            window.scroll_by_with_x_and_y(0.0, -height / 3.0);
        }
    }
}

/// Calls `performance.mark(name)`, for start-up measurements.
pub fn performance_mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The bundle the boot script decoded from the page's `#newslens-bundle` data block into
/// `window.newslensBundle`, if the page carries one (pages made by `newslens build` do),
/// taken from the window so that its bytes are held once.
pub fn page_bundle() -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &"newslensBundle".into()).ok()?;
    let bytes = value.dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec);
    // Read once: the page need not hold a second copy of a large collection.
    let _ = js_sys::Reflect::delete_property(&window, &"newslensBundle".into());
    bytes
}

/// Offers `bytes` as a download named `name`: a Blob's object URL on a temporary link, so
/// nothing is sent anywhere.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not hold the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not offer the file")?;
    let link: web_sys::HtmlAnchorElement =
        document().create_element("a").map_err(|_| "no link")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Listens to `hashchange` and `popstate` on the window until the returned listeners are
/// dropped, calling `on_change` with the new hash.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Vec<EventListener> {
    let window = web_sys::window().expect("a window");
    let on_change = std::rc::Rc::new(on_change);
    ["hashchange", "popstate"]
        .into_iter()
        .map(|event| {
            let on_change = on_change.clone();
            EventListener::new(&window, event, move |_| on_change(location_hash()))
        })
        .collect()
}

/// Listens to key presses outside text fields until the listener is dropped, calling
/// `on_key` with the key's name ("n", "N", "Escape"); when it returns true the key's default
/// action (typing it) is prevented.
pub fn on_key(on_key: impl Fn(String) -> bool + 'static) -> EventListener {
    let window = web_sys::window().expect("a window");
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&window, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing && !event.ctrl_key() && !event.meta_key() && !event.alt_key() && on_key(event.key()) {
            event.prevent_default();
        }
    })
}

/// Moves keyboard focus to the first piece of the reader's mark number `mark`.
pub fn focus_mark(mark: usize) {
    let selector = format!("#reader mark[data-mark='{mark}'][tabindex]");
    let element = document().query_selector(&selector).ok().flatten();
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Shows a fatal error in the page's `#fatal` banner (created if missing) and the console.
/// Used by the panic hook, so a failure is never a blank screen.
pub fn show_fatal(message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let banner = match document.get_element_by_id("fatal") {
        Some(banner) => banner,
        None => {
            let Ok(banner) = document.create_element("div") else {
                return;
            };
            banner.set_id("fatal");
            if let Some(body) = document.body() {
                let _ = body.append_child(&banner);
            }
            banner
        }
    };
    let _ = banner.remove_attribute("hidden");
    banner.set_attribute("role", "alert").ok();
    banner.set_text_content(Some(&format!(
        "NewsLens stopped because of an internal error. Reload the page to start again; \
         nothing you opened has been changed. Details: {message}"
    )));
}

/// Scrolls the page to its top, as a newly opened page would be.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Whether keyboard focus is on an element matching `selector`.
pub fn focus_is_in(selector: &str) -> bool {
    document().active_element().is_some_and(|e| e.matches(selector).unwrap_or(false))
}

/// The value this browser keeps under `key` in local storage, if any (none where storage is
/// refused, as in some private windows).
pub fn stored(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Keeps `value` under `key` in local storage; a refusal is no error: it is only remembered.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}
