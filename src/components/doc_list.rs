//! The document list: each document's label, provenance and reference date.

use newslens_core::route::Route;
use newslens_core::Document;
use yew::prelude::*;

use crate::components::importer::Importer;
use crate::components::share::Share;
use crate::components::storage::Storage;
use crate::hooks::{use_app, use_study};

/// Lists every document; clicking one opens it in the reader.
#[component]
pub fn DocList() -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let current = app.current_document().map(|(_, d)| d.id().to_string());
    html! {
        <nav class="doc-list" aria-label="Documents">
            <h2>{ "Documents" }</h2>
            <ul>
                for (index, doc) in corpus.documents().iter().enumerate() {
                    <DocItem
                        key={doc.id().to_string()}
                        {index}
                        doc={doc.clone()}
                        active={current.as_deref() == Some(doc.id())}
                    />
                }
            </ul>
            <Importer />
            <Storage />
            <Share />
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct DocItemProps {
    index: usize,
    doc: Document,
    active: bool,
}

#[component]
fn DocItem(props: &DocItemProps) -> Html {
    let app = use_app();
    let study = use_study();
    let doc = &props.doc;
    let route = Route::doc(doc.id());
    let href = route.to_hash();
    let onclick = Callback::from(move |event: MouseEvent| {
        // Let the browser open new tabs and windows itself.
        if event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
            event.prevent_default();
            app.navigate(route.clone());
        }
    });
    let date = match study.reference_date(props.index) {
        Some(date) => date.to_string(),
        None => "date unknown".to_string(),
    };
    let confidence = doc.meta.date_confidence.as_str();
    html! {
        <li data-doc-id={doc.id().to_string()} class={classes!(props.active.then_some("active"))}>
            <a {href} {onclick} aria-current={props.active.then_some("page")}>
                <span class="doc-label">{ &doc.label }</span>
                <span class="doc-meta">
                    <span class="doc-kind">{ &doc.meta.kind }</span>
                    { " · " }
                    <span class={classes!("doc-date", format!("confidence-{confidence}"))}
                          title={doc.meta.date_evidence.clone()}>
                        { format!("{date} ({})", study.reference_source(props.index, doc)) }
                    </span>
                </span>
                if !doc.meta.derived_from.is_empty() {
                    <span class="doc-source">{ format!("From: {}", doc.meta.derived_from) }</span>
                }
            </a>
        </li>
    }
}
