//! Reading what the user brings (files from the picker or a drop, pasted text or HTML) into
//! documents, by the core's import rules ([`newslens_core::import`]). Only the parsers the
//! core does not carry live here, and they are the browser's own: HTML through `DOMParser`
//! (a parsed document is inert: its scripts never run and its images never load, and only its
//! text is read) and JSON through `JSON.parse`.

use js_sys::{Array, Reflect, Uint8Array};
use newslens_core::import::{
    self, csv_articles, fields_article, html_article, text_article, Fields, Format, Page,
};
use newslens_core::Document;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, Node, SupportedType};

/// The most bytes read from one file: 50 MB is hundreds of long articles; beyond it a file is
/// refused with a message instead of freezing the page.
pub const MAX_FILE_BYTES: f64 = 50e6;

/// What one file gave: its articles, and problems named with the file.
#[derive(Debug, Default)]
pub struct Read {
    /// The articles.
    pub documents: Vec<Document>,
    /// What could not be used, and notes on how the file was read.
    pub problems: Vec<String>,
    /// What a workspace file says the user changed: (document id, edit).
    pub edits: Vec<(String, crate::store::Edit)>,
}

/// Reads a file the user chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Read {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return refused(
            &name,
            &format!("larger than {} MB, the most NewsLens reads from one file", MAX_FILE_BYTES / 1e6),
        );
    }
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => buffer,
        Err(_) => return refused(&name, "the browser could not read it"),
    };
    read_bytes(&name, Uint8Array::new(&buffer).to_vec())
}

fn refused(name: &str, why: &str) -> Read {
    Read { problems: vec![format!("{name}: {why}; not imported")], ..Read::default() }
}

/// Reads a file's bytes by its name's format.
pub fn read_bytes(name: &str, bytes: Vec<u8>) -> Read {
    let Some(format) = Format::of(name) else {
        return refused(name, &format!("not an article format NewsLens reads ({})", import::FORMATS));
    };
    let decoded = match import::decode(bytes) {
        Ok(decoded) => decoded,
        Err(why) => return refused(name, &why),
    };
    let mut read = read_text(name, format, &decoded.text);
    read.problems.splice(0..0, decoded.note.map(|note| format!("{name}: {note}")));
    read
}

/// Reads pasted content: HTML when the clipboard has it, else plain text.
pub fn read_paste(html: Option<String>, text: Option<String>) -> Read {
    match (html.filter(|h| !h.trim().is_empty()), text.filter(|t| !t.trim().is_empty())) {
        (Some(html), _) => read_text("pasted.html", Format::Html, &html),
        (None, Some(text)) => read_text("pasted.txt", Format::Text, &text),
        (None, None) => Read { problems: vec!["the clipboard holds no text".to_string()], ..Read::default() },
    }
}

fn read_text(name: &str, format: Format, text: &str) -> Read {
    let mut read = Read::default();
    if text.trim().is_empty() {
        return refused(name, "it has no text");
    }
    match format {
        Format::Text => read.documents.push(text_article(name, text, false)),
        Format::Markdown => read.documents.push(text_article(name, text, true)),
        Format::Html => match page(text) {
            Some(page) if page.paragraphs.iter().any(|p| !p.trim().is_empty()) => {
                read.documents.push(html_article(name, page))
            }
            _ => return refused(name, "its page has no article text"),
        },
        Format::Csv => (read.documents, read.problems) = csv_articles(name, text),
        Format::JsonLines => {
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                json_article(name, &format!("{name}: line {}", n + 1), js_sys::JSON::parse(line), &mut read);
            }
        }
        Format::Json => match js_sys::JSON::parse(text) {
            Ok(value) if crate::workspace::is_workspace(&value) => {
                return crate::workspace::read(name, &value)
            }
            Ok(value) if Array::is_array(&value) => {
                for (n, item) in Array::from(&value).iter().enumerate() {
                    json_article(name, &format!("{name}: item {}", n + 1), Ok(item), &mut read);
                }
            }
            parsed => json_article(name, name, parsed, &mut read),
        },
    }
    read
}

fn json_article(file: &str, at: &str, value: Result<JsValue, JsValue>, read: &mut Read) {
    let Ok(value) = value.map_err(|_| ()).and_then(|v| if v.is_object() { Ok(v) } else { Err(()) }) else {
        read.problems.push(format!("{at}: not a JSON object; skipped"));
        return;
    };
    let mut fields = Fields::default();
    for (field, names) in Fields::NAMES {
        if let Some(v) = names.iter().find_map(|n| Reflect::get(&value, &(*n).into()).ok()?.as_string()) {
            fields.set(field, v);
        }
    }
    match fields_article(file, at, fields) {
        Ok((doc, note)) => {
            read.documents.push(doc);
            read.problems.extend(note);
        }
        Err(problem) => read.problems.push(problem),
    }
}

/// An HTML page's parts, by the browser's parser.
fn page(source: &str) -> Option<Page> {
    let parsed = DomParser::new().ok()?.parse_from_string(source, SupportedType::TextHtml).ok()?;
    let first = |css: &str, attr: Option<&str>| {
        let element = parsed.query_selector(css).ok()??;
        let value = match attr {
            Some(attr) => element.get_attribute(attr)?,
            None => element.text_content()?,
        };
        Some(value).filter(|v| !v.trim().is_empty())
    };
    let root = Page::ROOTS.iter().find_map(|css| parsed.query_selector(css).ok().flatten())?;
    let mut paragraphs = vec![String::new()];
    collect_text(&root, &mut paragraphs);
    Some(Page::read(first, paragraphs))
}

fn collect_text(element: &Element, paragraphs: &mut Vec<String>) {
    let children = element.child_nodes();
    for k in 0..children.length() {
        let Some(child) = children.item(k) else { continue };
        match child.node_type() {
            Node::TEXT_NODE => paragraphs
                .last_mut()
                .expect("never empty")
                .push_str(&child.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let element: &Element = child.unchecked_ref();
                let tag = element.tag_name().to_ascii_lowercase();
                if Page::SKIPPED.contains(&tag.as_str()) {
                    continue;
                }
                let block = Page::BLOCKS.contains(&tag.as_str());
                if block {
                    paragraphs.push(String::new());
                }
                collect_text(element, paragraphs);
                if block {
                    paragraphs.push(String::new());
                }
            }
            _ => {}
        }
    }
}
