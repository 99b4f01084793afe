//! The reader: one document's exact text, paragraph by paragraph.
//!
//! **Invariant:** the text content of `#reader` equals the document's text byte for byte:
//! paragraphs render as `<p>`, and the line breaks between them as text nodes.

use std::cell::Cell;

use newslens_core::route::Route;
use newslens_core::text::{blocks, BlockKind};
use newslens_core::Document;
use yew::prelude::*;

use crate::browser;
use crate::hooks::use_app;

thread_local! {
    static READY_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// The document the route names, or a message saying there is none.
#[component]
pub fn Reading() -> Html {
    let app = use_app();
    match (app.current_document(), app.route()) {
        (Some(doc), _) => html! { <Reader doc={doc.clone()} /> },
        (None, Route::Doc { id }) => html! {
            <section class="message" role="status">
                <h1>{ "No such document" }</h1>
                <p>{ "There is no document with the id “" }{ id }{ "”. Choose one from the list." }</p>
            </section>
        },
        (None, _) => html! {
            <section class="message" role="status">
                <h1>{ "No documents" }</h1>
                <p>{ "This corpus is empty." }</p>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ReaderProps {
    doc: Document,
}

#[component]
fn Reader(props: &ReaderProps) -> Html {
    let doc = &props.doc;
    use_effect_with(doc.id().to_string(), |_| {
        // The first document on screen is what start-up time is measured to.
        if !READY_MARKED.with(|marked| marked.replace(true)) {
            browser::performance_mark("newslens:ready");
        }
    });
    let date = doc.meta.reference_date.map_or("unknown".to_string(), |d| d.to_string());
    html! {
        <>
            <header class="doc-header">
                <h1>{ &doc.label }</h1>
                <p class="doc-provenance">
                    { format!("{} of {}", doc.meta.kind, doc.meta.derived_from) }
                </p>
                <p class="doc-reference" title={doc.meta.date_evidence.clone()}>
                    { format!("Reference date {date} ({} confidence)", doc.meta.date_confidence.as_str()) }
                </p>
            </header>
            <article id="reader" data-doc={doc.id().to_string()} lang="en">
                { paragraphs(&doc.text) }
            </article>
        </>
    }
}

/// The text as paragraphs, with every byte between them kept as a text node.
fn paragraphs(text: &str) -> Html {
    let mut nodes = Vec::new();
    let mut at = 0;
    for block in blocks(text) {
        if block.range.start > at {
            nodes.push(html! { { &text[at..block.range.start] } });
        }
        nodes.push(match (block.kind, block.credit) {
            (BlockKind::Leftover, _) => html! {
                <p class="leftover" title="Scrape leftover: page furniture copied with the article">
                    { &text[block.range.clone()] }
                </p>
            },
            (BlockKind::Heading, _) => html! {
                <p class="heading" role="heading" aria-level="2">{ &text[block.range.clone()] }</p>
            },
            (BlockKind::Content, Some(credit)) => html! {
                <p>
                    { &text[block.range.start..credit.start] }
                    <span class="credit" title="Photo credit">{ &text[credit.clone()] }</span>
                    { &text[credit.end..block.range.end] }
                </p>
            },
            (BlockKind::Content, None) => html! { <p>{ &text[block.range.clone()] }</p> },
        });
        at = block.range.end;
    }
    if at < text.len() {
        nodes.push(html! { { &text[at..] } });
    }
    nodes.into_iter().collect()
}
