//! Moving a collection between pages and machines, which IndexedDB cannot do (Firefox gives
//! every page opened from disk its own storage): a workspace file, and a copy of this page
//! with the documents embedded.
//!
//! # Workspace file, version 2 (`*.newslens.json`)
//! ```json
//! {"newslens_workspace": 2,
//!  "documents": [{"id": "...", "file": "...", "title": "..." | null, "outlet": "...",
//!                 "derived_from": "...", "date": "YYYY-MM-DD" | null,
//!                 "date_confidence": "high" | "medium" | "low" | "unknown",
//!                 "date_evidence": "...", "text": "..."}],
//!  "edits": {"<document id>": {"date": "YYYY-MM-DD" | "", "title": "...", "outlet": "..."}}}
//! ```
//! The documents are as they were read; the edits are what the user changed, each field only
//! when set (`""` a date cleared), the same record the store keeps ([`store::Edit`]).
//! Version 1 was the same but for the edits, which held only the date: `{"<id>": "YYYY-MM-DD"
//! | ""}`; it is still read. Written with the browser's `JSON.stringify`, read with
//! `JSON.parse`. Opening merges: a document whose id or text is already open is skipped, the
//! others are analysed and added, and the edits apply. A file of a newer version is refused
//! with a message; nothing open changes.
//!
//! # A single file
//! The page's own HTML, with a `#newslens-bundle` data block (deflated, base64) holding every
//! open document and its analysis, the dates the user set folded into the documents. The
//! block is data, not code, so the page's script hashes still hold; `#app` is reset to its
//! boot placeholder first, so the copy is the page as it was served.

use std::collections::BTreeMap;

use js_sys::{Object, Reflect};
use newslens_core::corpus::parse_iso_date;
use newslens_core::study::Study;
use newslens_core::{bundle, Corpus, DateConfidence, DocMeta, Document};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::import::Read;
use crate::store::{self, Edit};

/// The version this build writes; it reads every version up to it.
pub const VERSION: u32 = 2;
const KEY: &str = "newslens_workspace";

/// Whether a parsed JSON value is a workspace file.
pub fn is_workspace(value: &JsValue) -> bool {
    value.is_object() && Reflect::has(value, &KEY.into()).unwrap_or(false)
}

fn get_str(value: &JsValue, key: &str) -> Option<String> {
    Reflect::get(value, &key.into()).ok()?.as_string()
}

/// The documents and edits of a workspace file.
pub fn read(name: &str, value: &JsValue) -> Read {
    let mut read = Read::default();
    let version = Reflect::get(value, &KEY.into()).ok().and_then(|v| v.as_f64());
    let Some(version) = version.filter(|&v| v >= 1.0 && v <= f64::from(VERSION) && v.fract() == 0.0) else {
        let said = version.map_or("an unknown version".to_string(), |v| format!("version {v}"));
        read.problems.push(format!(
            "{name}: a workspace of {said}; this NewsLens reads versions 1 to {VERSION}. Open it with the NewsLens that saved it; nothing was changed"
        ));
        return read;
    };
    let documents = Reflect::get(value, &"documents".into()).unwrap_or(JsValue::UNDEFINED);
    for (k, item) in js_sys::Array::from(&documents).iter().enumerate() {
        let Some(text) = get_str(&item, "text").filter(|t| !t.trim().is_empty()) else {
            read.problems.push(format!("{name}: document {} has no text; skipped", k + 1));
            continue;
        };
        let id = get_str(&item, "id")
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| newslens_core::import::content_id(&text));
        let meta = DocMeta {
            file: get_str(&item, "file").unwrap_or_else(|| format!("{id}.txt")),
            title: get_str(&item, "title"),
            kind: get_str(&item, "outlet").unwrap_or_default(),
            derived_from: get_str(&item, "derived_from").unwrap_or_default(),
            reference_date: get_str(&item, "date").as_deref().and_then(parse_iso_date),
            date_confidence: get_str(&item, "date_confidence")
                .as_deref()
                .and_then(DateConfidence::parse)
                .unwrap_or(DateConfidence::Unknown),
            date_evidence: get_str(&item, "date_evidence").unwrap_or_default(),
            id,
        };
        read.documents.push(Document::new(meta, text));
    }
    let edits = Reflect::get(value, &"edits".into()).unwrap_or(JsValue::UNDEFINED);
    if edits.is_object() {
        for key in Object::keys(edits.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()) {
            let value = Reflect::get(&edits, &key.clone().into()).unwrap_or(JsValue::UNDEFINED);
            let edit = match version {
                1.0 => value
                    .as_string()
                    .map(|date| Edit { date: Some(parse_iso_date(&date)), ..Edit::default() }),
                _ => Edit::from_js(&value),
            };
            match edit {
                Some(edit) => read.edits.push((key, edit)),
                None => read.problems.push(format!("{name}: the edit of document {key} is not one; skipped")),
            }
        }
    }
    read
}

/// The workspace file of `documents`, as they were read, with what the user changed.
pub fn write(documents: &[&Document], edits: &BTreeMap<String, store::Edit>) -> String {
    let set = |object: &Object, key: &str, value: JsValue| {
        let _ = Reflect::set(object, &key.into(), &value);
    };
    let text = |s: &str| JsValue::from_str(s);
    let items = js_sys::Array::new();
    for doc in documents {
        let item = Object::new();
        let meta = &doc.meta;
        set(&item, "id", text(&meta.id));
        set(&item, "file", text(&meta.file));
        set(&item, "title", meta.title.as_deref().map_or(JsValue::NULL, text));
        set(&item, "outlet", text(&meta.kind));
        set(&item, "derived_from", text(&meta.derived_from));
        set(&item, "date", meta.reference_date.map_or(JsValue::NULL, |d| text(&d.to_string())));
        set(&item, "date_confidence", text(meta.date_confidence.as_str()));
        set(&item, "date_evidence", text(&meta.date_evidence));
        set(&item, "text", text(&doc.text));
        items.push(&item);
    }
    let edited = Object::new();
    for (id, edit) in edits {
        set(&edited, id, edit.to_js());
    }
    let workspace = Object::new();
    set(&workspace, KEY, JsValue::from(VERSION));
    set(&workspace, "documents", items.into());
    set(&workspace, "edits", edited.into());
    js_sys::JSON::stringify_with_replacer_and_space(&workspace, &JsValue::NULL, &JsValue::from(1))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// This page with every document of `open` embedded with its analysis `study`, the dates the
/// user set folded in.
pub async fn single_file(open: &Corpus, study: &Study) -> Result<String, String> {
    let documents = open.documents().iter().enumerate().map(|(i, doc)| {
        let mut doc = doc.clone();
        doc.meta.reference_date = study.reference_date(i);
        doc
    });
    let corpus = Corpus::new(documents).0.with_themes(open.themes().clone());
    let study = Study::from_analyses(&corpus, study.analyses.clone(), study.references.clone());
    let data = deflate_base64(&bundle::encode(&corpus, &study)).await?;
    let document = crate::browser::document();
    let root = document.document_element().ok_or("the page has no root element")?;
    let copy: web_sys::Element =
        root.clone_node_with_deep(true).map_err(|_| "the page cannot be copied")?.unchecked_into();
    let find = |css: &str| copy.query_selector(css).ok().flatten();
    if let Some(app_root) = find("#app") {
        app_root.set_inner_html("<p class=\"boot\">Loading NewsLens…</p>");
    }
    if let Some(fatal) = find("#fatal") {
        fatal.set_text_content(None);
        let _ = fatal.set_attribute("hidden", "");
    }
    let block = match find("#newslens-bundle") {
        Some(block) => block,
        None => {
            let wasm = find("#newslens-wasm")
                .ok_or("this page is not the single-file NewsLens (dist/newslens.html)")?;
            let block = document.create_element("script").map_err(|_| "cannot make the data block")?;
            let _ = block.set_attribute("type", "application/octet-stream");
            block.set_id("newslens-bundle");
            let parent = wasm.parent_node().ok_or("the page's wasm block has no parent")?;
            parent.insert_before(&block, Some(&wasm)).map_err(|_| "cannot place the data block")?;
            block
        }
    };
    block.set_text_content(Some(&data));
    Ok(format!("<!doctype html>\n{}\n", copy.outer_html()))
}

/// `bytes` raw-deflated by the browser's `CompressionStream`, in base64: what the boot script
/// inflates.
async fn deflate_base64(bytes: &[u8]) -> Result<String, String> {
    let unsupported = "this browser cannot compress (CompressionStream)";
    let constructor: js_sys::Function = Reflect::get(&js_sys::global(), &"CompressionStream".into())
        .ok()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(unsupported)?;
    let stream = Reflect::construct(&constructor, &js_sys::Array::of1(&"deflate-raw".into()))
        .map_err(|_| unsupported)?;
    let blob =
        web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))
            .map_err(|_| "cannot make a blob")?;
    // A CompressionStream is itself a {readable, writable} pair.
    let compressed = blob.stream().pipe_through(stream.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed))
        .map_err(|_| "cannot read the compressed stream")?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "cannot read the compressed stream")?)
        .await
        .map_err(|_| "compressing failed")?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(base64(&bytes))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for k in 0..4 {
            out.push(if k <= chunk.len() {
                char::from(ALPHABET[(n >> (18 - 6 * k) & 63) as usize])
            } else {
                '='
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_is_the_standard_alphabet_with_padding() {
        for (input, want) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(super::base64(input.as_bytes()), want);
        }
    }
}
