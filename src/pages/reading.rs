//! The reader: one document's exact text with layered highlights, a legend that toggles them,
//! a card explaining the highlight in focus, and a pane of the document's entities and themes.
//!
//! **Invariant:** the text content of `#reader` equals the document's text byte for byte:
//! paragraphs render as `<p>`, the line breaks between them as text nodes, and highlights as
//! nested `<mark>`s that split where they cross (see `newslens_core::highlight::nest`).

use std::cell::Cell;
use std::rc::Rc;

use newslens_core::analysis::SpanValue;
use newslens_core::explain::{provenance, SourceLink};
use newslens_core::highlight::Layers;
use newslens_core::highlight::{document_marks, layer_counts, nest, Layer, Mark, Node, Step};
use newslens_core::route::{ReaderParams, Route};
use newslens_core::search::query::parse_as_typed;
use newslens_core::text::BlockKind;
use newslens_core::Document;
use yew::prelude::*;

use crate::browser;
use crate::components::entity_pane::EntityPane;
use crate::components::export_menu::{reader_exports, ExportMenu};
use crate::components::highlight_card::HighlightCard;
use crate::components::legend::Legend;
use crate::components::metadata_editor::MetadataEditor;
use crate::components::reference_editor::ReferenceEditor;
use crate::hooks::{use_app, use_deferred_search_index, use_study};

thread_local! {
    static READY_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// The document the route names, or a message saying there is none.
#[component]
pub fn Reading() -> Html {
    let app = use_app();
    match (app.current_document(), app.route()) {
        (Some((index, doc)), _) => {
            html! { <Reader {index} doc={doc.clone()} params={app.reader_params()} /> }
        }
        (None, Route::Doc { id, .. }) => html! {
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
    index: usize,
    doc: Document,
    params: ReaderParams,
}

#[component]
fn Reader(props: &ReaderProps) -> Html {
    let app = use_app();
    let study = use_study();
    let doc = &props.doc;
    let analysis_index = props.index;
    // The search's own hits in this document: the reader marks what the search view marks.
    let index = use_deferred_search_index();
    let hits = use_memo((index, analysis_index, props.params.query.clone()), |(index, doc, query)| {
        match parse_as_typed(query) {
            Ok(Some(query)) => index.get().document_hits(&query, *doc),
            _ => Vec::new(),
        }
    });
    let marks = {
        let study = study.clone();
        use_memo((analysis_index, props.params.layers, hits.clone()), move |(i, layers, hits)| {
            Rc::new(document_marks(&study.analyses[*i], *layers, hits))
        })
    };
    let counts = {
        let study = study.clone();
        use_memo((analysis_index, hits), move |(i, hits)| layer_counts(&study.analyses[*i], hits))
    };
    let active = use_state(|| None::<usize>);
    {
        let active = active.clone();
        use_effect_with((doc.id().to_string(), props.params.clone()), move |_| active.set(None));
    }
    // Another document starts at its top; a search result's sentence is brought to the middle
    // of the screen, with the text before it in view.
    use_effect_with((doc.id().to_string(), props.params.sentence), |(_, sentence)| {
        if sentence.is_some() {
            browser::scroll_into_view(TARGET_ID);
        } else {
            browser::scroll_to_top();
        }
    });
    // Layers chosen once stay chosen in other documents: an address without `layers=` shows
    // the ones remembered.
    {
        let (app, params) = (app.clone(), props.params.clone());
        use_effect_with(doc.id().to_string(), move |id| {
            let remembered = browser::stored(LAYERS_KEY).map(|v| Layers::from_param(&v));
            if let Some(layers) =
                remembered.filter(|l| params.layers == Layers::default() && *l != params.layers)
            {
                app.replace(Route::Doc { id: id.clone(), params: ReaderParams { layers, ..params } });
            }
        });
    }
    use_effect_with(doc.id().to_string(), |_| {
        // The first document on screen is what start-up time is measured to.
        if !READY_MARKED.with(|marked| marked.replace(true)) {
            browser::performance_mark("newslens:ready");
        }
    });
    {
        let marks = marks.clone();
        let study = study.clone();
        let active = active.clone();
        use_effect_with((marks.clone(), *active), move |(marks, current)| {
            let marks = marks.clone();
            let current = *current;
            let listener = browser::on_key(move |key| {
                let entity_of = |i: usize| {
                    let mark: &Mark = &marks[i];
                    mark.layer
                        .label()
                        .and_then(|_| study.entity_of(analysis_index, mark.index))
                        .map(|e| e.id.as_str())
                };
                // Arrows move between highlights only from a highlight, so they still scroll the page.
                let key = match key.as_str() {
                    "ArrowRight" | "ArrowDown" if browser::focus_is_in("#reader mark") => "n".to_string(),
                    "ArrowLeft" | "ArrowUp" if browser::focus_is_in("#reader mark") => "p".to_string(),
                    _ => key,
                };
                let next = Step::from_key(&key).and_then(|step| step.from(current, marks.len(), entity_of));
                if let Some(next) = next {
                    browser::focus_mark(next);
                } else if key == "Escape" {
                    active.set(None);
                }
                next.is_some()
            });
            move || drop(listener)
        });
    }
    let on_toggle = {
        let app = app.clone();
        let params = props.params.clone();
        Callback::from(move |layer: Layer| {
            let mut params = params.clone();
            params.layers = params.layers.toggled(layer);
            browser::store(LAYERS_KEY, &params.layers.to_param());
            app.set_reader_params(params);
        })
    };
    let on_activate = {
        let active = active.clone();
        Callback::from(move |mark: usize| active.set(Some(mark)))
    };
    let date = study.reference_date(analysis_index).map_or("unknown".to_string(), |d| d.to_string());
    html! {
        <div class="reading">
            <div class="reading-main">
                <header class="doc-header">
                    <h1>{ &doc.label }</h1>
                    <Provenance doc={doc.clone()} />
                    <p class="doc-reference" title={doc.meta.date_evidence.clone()}>
                        { format!("Reference date {date} ({})", study.reference_source(analysis_index, doc)) }
                    </p>
                    <details class="doc-edit">
                        <summary>{ "Change the reference date" }</summary>
                        <ReferenceEditor index={analysis_index} />
                    </details>
                    <MetadataEditor index={analysis_index} />
                    <ExportMenu exports={reader_exports(&app.corpus(), &study.0, analysis_index)} />
                    if app.is_imported(doc.id()) {
                        <RemoveButton id={doc.id().to_string()} />
                    }
                </header>
                <Legend layers={props.params.layers} counts={(*counts).clone()} {on_toggle} />
                <article id="reader" data-doc={doc.id().to_string()} lang="en">
                    { paragraphs(doc, &study, analysis_index, &marks, &props.params, *active, &on_activate) }
                </article>
            </div>
            <aside class="reading-side" aria-label="About this document">
                <HighlightCard doc_index={analysis_index} mark={active.and_then(|i| marks.get(i).cloned())}
                               on_close={{ let active = active.clone(); Callback::from(move |()| active.set(None)) }} />
                <EntityPane doc_index={analysis_index} selected={props.params.entity.clone()} />
            </aside>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RemoveButtonProps {
    id: String,
}

/// Removes an imported document after a second click to confirm; undo is in the storage panel.
#[component]
fn RemoveButton(props: &RemoveButtonProps) -> Html {
    let app = use_app();
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let remove = {
        let id = props.id.clone();
        Callback::from(move |_| app.remove_document(&id))
    };
    html! {
        <p class="doc-remove">
            if *asking {
                { "Remove this article from NewsLens and from this browser's storage? " }
                <button type="button" id="confirm-remove" onclick={remove}>{ "Remove" }</button>
                <button type="button" onclick={cancel}>{ "Keep it" }</button>
            } else {
                <button type="button" id="remove-doc" onclick={ask}>{ "Remove this article…" }</button>
            }
        </p>
    }
}

/// Where the layers a reader last chose are remembered.
const LAYERS_KEY: &str = "newslens:layers";

#[derive(Properties, PartialEq)]
struct ProvenanceProps {
    doc: Document,
}

/// Where the document comes from, as a sentence; its source links to the document of the
/// collection it names, or to its web address (opened in a new tab, never by NewsLens).
#[component]
fn Provenance(props: &ProvenanceProps) -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let said = provenance(&props.doc.meta, corpus.documents().iter().map(|d| d.id()));
    let source = match &said.link {
        Some(SourceLink::Document(id)) => {
            html! { <a href={Route::doc(id).to_hash()} data-source-doc={id.clone()}>{ &said.source }</a> }
        }
        Some(SourceLink::Web(address)) => html! {
            <a href={address.clone()} target="_blank" rel="noopener noreferrer">{ &said.source }</a>
        },
        None => html! { &said.source },
    };
    html! {
        <p class="doc-provenance">
            { &said.lead }{ source }
            if !said.source.is_empty() && !said.source.ends_with('.') { { "." } }
        </p>
    }
}

/// The id of the sentence a search result opened the reader at.
const TARGET_ID: &str = "target-sentence";

/// The text as paragraphs with their marks, every byte between paragraphs kept as a text node.
fn paragraphs(
    doc: &Document,
    study: &newslens_core::study::Study,
    doc_index: usize,
    marks: &[Mark],
    params: &ReaderParams,
    active: Option<usize>,
    on_activate: &Callback<usize>,
) -> Html {
    let text = &doc.text;
    let target = params.sentence.and_then(|s| study.analyses[doc_index].sentences.get(s).cloned());
    let selected_entity = params.entity.as_deref();
    // One Tab stop among the highlights (the one in focus, else the first); n/p and the arrows
    // move between them.
    let roving = active.filter(|&i| i < marks.len()).unwrap_or(0);
    let render =
        MarkRenderer { text, study, doc_index, marks, selected_entity, active, roving, on_activate, target };
    let mut nodes = Vec::new();
    let mut at = 0;
    // The analysis split the paragraphs already; the reader uses its split.
    for block in study.analyses[doc_index].paragraphs.iter().cloned() {
        if block.range.start > at {
            nodes.push(html! { { &text[at..block.range.start] } });
        }
        let range = block.range.clone();
        nodes.push(match (block.kind, block.credit) {
            (BlockKind::Leftover, _) => html! {
                <p class="leftover" title="Scrape leftover: page furniture copied with the article">
                    { &text[range] }
                </p>
            },
            (BlockKind::Heading, _) => html! {
                <p class="heading" role="heading" aria-level="2">{ render.range(range) }</p>
            },
            (BlockKind::Content, Some(credit)) => html! {
                <p class="caption">
                    { render.range(range.start..credit.start) }
                    <span class="credit" title="Photo credit">{ render.range(credit.clone()) }</span>
                    { render.range(credit.end..range.end) }
                </p>
            },
            (BlockKind::Content, None) => html! { <p>{ render.range(range) }</p> },
        });
        at = block.range.end;
    }
    if at < text.len() {
        nodes.push(html! { { &text[at..] } });
    }
    nodes.into_iter().collect()
}

struct MarkRenderer<'a> {
    text: &'a str,
    study: &'a newslens_core::study::Study,
    doc_index: usize,
    marks: &'a [Mark],
    selected_entity: Option<&'a str>,
    active: Option<usize>,
    roving: usize,
    on_activate: &'a Callback<usize>,
    target: Option<std::ops::Range<usize>>,
}

impl MarkRenderer<'_> {
    /// The text of `range` with its marks, the target sentence wrapped so it can be scrolled to.
    fn range(&self, range: std::ops::Range<usize>) -> Html {
        match &self.target {
            Some(t) if range.start <= t.start && t.end <= range.end && !t.is_empty() => html! {
                <>
                    { self.marked(range.start..t.start) }
                    <span id={TARGET_ID} class="target">{ self.marked(t.clone()) }</span>
                    { self.marked(t.end..range.end) }
                </>
            },
            _ => self.marked(range),
        }
    }

    /// The text of `range` with the marks that touch it, nested.
    fn marked(&self, range: std::ops::Range<usize>) -> Html {
        if range.is_empty() {
            return Html::default();
        }
        let inside: Vec<usize> = (0..self.marks.len())
            .filter(|&i| self.marks[i].range.start < range.end && range.start < self.marks[i].range.end)
            .collect();
        let local: Vec<Mark> = inside.iter().map(|&i| self.marks[i].clone()).collect();
        self.nodes(&nest(range, &local), &inside)
    }

    /// `local` maps the tree's mark indices to indices into all of the document's marks.
    fn nodes(&self, tree: &[Node], local: &[usize]) -> Html {
        tree.iter()
            .map(|node| match node {
                Node::Text(range) => html! { { &self.text[range.clone()] } },
                Node::Mark { mark, first, children, .. } => {
                    self.mark(local[*mark], *first, self.nodes(children, local))
                }
            })
            .collect()
    }

    fn mark(&self, index: usize, first: bool, children: Html) -> Html {
        let mark = &self.marks[index];
        let layer = mark.layer;
        let entity = layer
            .label()
            .and_then(|_| self.study.entity_of(self.doc_index, mark.index))
            .map(|e| e.id.clone());
        let span = layer.label().and_then(|_| self.study.analyses[self.doc_index].spans.get(mark.index));
        let entity_class =
            matches!(span.map(|s| &s.value), Some(SpanValue::Entity { .. })).then_some("entity");
        let selected = entity.is_some() && entity.as_deref() == self.selected_entity;
        let class = classes!(
            "hl",
            format!("hl-{}", layer.as_str().to_lowercase()),
            entity_class,
            selected.then_some("selected"),
            (self.active == Some(index)).then_some("active"),
            (!first).then_some("continued"),
        );
        let on_activate = self.on_activate.clone();
        let onfocus = Callback::from(move |_: FocusEvent| on_activate.emit(index));
        let on_activate = self.on_activate.clone();
        let onmouseenter = Callback::from(move |_: MouseEvent| on_activate.emit(index));
        html! {
            <mark {class} data-label={layer.as_str()} data-entity={entity} data-mark={index.to_string()}
                  tabindex={first.then_some(if index == self.roving { "0" } else { "-1" })} {onfocus} {onmouseenter}>
                { children }
            </mark>
        }
    }
}
