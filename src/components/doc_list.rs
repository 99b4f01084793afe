//! The document list: each document's label, provenance and reference date, a page at a time.

use newslens_core::route::Route;
use newslens_core::Corpus;
use yew::prelude::*;

use crate::components::importer::Importer;
use crate::components::share::Share;
use crate::components::storage::Storage;
use crate::hooks::{use_app, use_study};
use crate::state::Shared;

/// How many documents the list shows at first, and how many more each "Show more" adds: a
/// page of 10,000 documents renders a hundred items, not 10,000, on start and on every move.
pub const PAGE: usize = 100;

/// Lists the documents (the first [`PAGE`], more on request, and always the open one);
/// clicking one opens it in the reader.
#[component]
pub fn DocList() -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let current = app.current_document().map(|(i, _)| i);
    let shown = use_state(|| PAGE);
    // On a narrow screen the list is a drawer, closed until asked for, so the article comes
    // first; choosing a document closes it.
    let drawer = use_state(|| false);
    // Stable across renders, so that an item whose `active` did not change is not drawn again.
    let open = {
        let app = app.clone();
        let close = drawer.setter();
        use_memo((), move |_| {
            Callback::from(move |route: Route| {
                close.set(false);
                app.navigate(route)
            })
        })
    };
    let toggle = {
        let drawer = drawer.clone();
        Callback::from(move |_: MouseEvent| drawer.set(!*drawer))
    };
    // Compared by identity (an `Rc<Corpus>` would compare every text).
    let shared = Shared(corpus.clone());
    let total = corpus.documents().len();
    let window = (*shown).min(total);
    let item = |index: usize| {
        html! {
            <DocItem
                key={corpus.documents()[index].id().to_string()}
                {index}
                corpus={shared.clone()}
                active={current == Some(index)}
                open={(*open).clone()}
            />
        }
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <nav class="doc-list" aria-label="Documents">
            <h2 class="doc-list-title">{ "Documents" }</h2>
            <button type="button" id="documents-toggle" class="drawer-toggle" aria-expanded={drawer.to_string()}
                    aria-controls="doc-drawer" onclick={toggle}>
                { format!("Documents ({total})") }<span aria-hidden="true">{ if *drawer { " ▴" } else { " ▾" } }</span>
            </button>
            <div id="doc-drawer" class={classes!("doc-drawer", drawer.then_some("open"))}>
            <ul>
                { for (0..window).map(item) }
                if let Some(index) = current.filter(|&i| i >= window) {
                    { item(index) }
                }
            </ul>
            if window < total {
                <p class="doc-more">
                    <button type="button" id="more-documents" onclick={more}>
                        { format!("Show {} more ({window} of {total} shown)", PAGE.min(total - window)) }
                    </button>
                </p>
            }
            <Importer />
            <Storage />
            <Share />
            </div>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct DocItemProps {
    index: usize,
    /// The documents, compared by identity: cheap, unlike a document's text.
    corpus: Shared<Corpus>,
    active: bool,
    open: Callback<Route>,
}

/// One document. It reads no state that changes on navigation, so moving between documents
/// draws again only the two items whose `active` changed.
#[component]
fn DocItem(props: &DocItemProps) -> Html {
    let study = use_study();
    let doc = &props.corpus.documents()[props.index];
    let route = Route::doc(doc.id());
    let href = route.to_hash();
    let open = props.open.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        // Let the browser open new tabs and windows itself.
        if event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
            event.prevent_default();
            open.emit(route.clone());
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
