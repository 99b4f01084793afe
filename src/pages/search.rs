//! The search view: results as keyword-in-context lines grouped by document, and facets with
//! live counts that toggle filters. A query that does not parse shows its error in place and
//! keeps the last good results.

use std::rc::Rc;

use newslens_core::analysis::{theme, Label};
use newslens_core::route::{ReaderParams, Route, SearchParams, TimelineParams};
use newslens_core::search::query::{parse, Query};
use newslens_core::search::Filter;
use yew::prelude::*;

use crate::hooks::{use_app, use_search_index, use_study};

/// [`Search`]'s properties.
#[derive(Properties, PartialEq)]
pub struct SearchProps {
    /// The query and filters from the address.
    pub params: SearchParams,
}

/// Results and facets for the address's query and filters.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let app = use_app();
    let index = use_search_index();
    let study = use_study();
    let corpus = app.corpus();
    // The last query that parsed, so a typo does not empty the page.
    let last_good = use_mut_ref(|| None::<Query>);
    let parsed = parse(&props.params.query);
    let (query, error) = match parsed {
        Ok(query) => {
            *last_good.borrow_mut() = query.clone();
            (query, None)
        }
        Err(error) => (last_good.borrow().clone(), Some(error)),
    };
    let filters: Vec<Filter> =
        props.params.filters.iter().filter_map(|f| Filter::parse(&corpus, f)).collect();
    let searching = query.is_some() || !filters.is_empty();
    let results = if searching { index.search(query.as_ref(), &filters) } else { Vec::new() };
    let facets = index.facets(&if searching { results.clone() } else { index.search(None, &[]) });
    let toggle = |filter: String| {
        let app = app.clone();
        let params = props.params.toggled(&filter);
        Callback::from(move |_: MouseEvent| app.navigate(Route::Search(params.clone())))
    };
    let active = |filter: &str| props.params.filters.iter().any(|f| f == filter);
    let facet_button = |filter: String, name: String, count: usize| {
        let pressed = active(&filter);
        html! {
            <li>
                <button type="button" class={classes!("facet", pressed.then_some("selected"))} data-filter={filter.clone()}
                        aria-pressed={pressed.to_string()} onclick={toggle(filter)}>
                    { name }<span class="count">{ count }</span>
                </button>
            </li>
        }
    };
    let documents = corpus.documents();
    html! {
        <div class="search-view">
            <section class="search-main" aria-label="Results">
                if let Some(error) = &error {
                    <p class="query-error" role="alert" id="query-error">
                        { format!("{} — at “{}”. ", error.message, props.params.query.get(error.at.clone()).unwrap_or("")) }
                        { if query.is_some() { "Showing the last results that parsed." } else { "" } }
                    </p>
                }
                if !searching {
                    <p class="hint">{ "Type a query above, or choose a facet. Press ? beside the box for the query language." }</p>
                } else {
                    <p class="summary">
                        <a class="on-timeline" href={Route::Timeline(TimelineParams { search: props.params.clone(), ..TimelineParams::default() }).to_hash()}>
                            { "Show on the timeline" }
                        </a>
                        { format!(" · {} sentences in {} documents", results.len(), facets.docs.len()) }
                        if results.is_empty() { { ". Try fewer words, a prefix (troop*), a fuzzy word (gabuyev~) or fewer filters." } }
                    </p>
                    <ol id="results">
                        for (doc_index, count) in facets.docs.iter().copied() {
                            <li class="result-group" data-doc={documents[doc_index].id().to_string()}>
                                <h3>{ &documents[doc_index].label }<span class="count">{ count }</span></h3>
                                <ol>
                                    { for results.iter().copied().filter(|&id| index.entries[id as usize].doc == doc_index)
                                        .map(|id| html! { <ResultLine {id} query={query.clone().map(Rc::new)} raw={props.params.query.clone()} /> }) }
                                </ol>
                            </li>
                        }
                    </ol>
                }
            </section>
            <aside class="facets" aria-label="Facets">
                <h3>{ "Documents" }</h3>
                <ul>{ for facets.docs.iter().map(|&(d, n)| facet_button(format!("doc:{}", documents[d].id()), documents[d].label.clone(), n)) }</ul>
                <h3>{ "Labels" }</h3>
                <ul>{ for facets.labels.iter().map(|&(l, n)| facet_button(format!("label:{}", l.as_str()), label_name(l).to_string(), n)) }</ul>
                <h3>{ "Entities" }</h3>
                <ul>{ for facets.entities.iter().map(|(id, n)| {
                    let name = study.entity(id).map_or(id.clone(), |e| e.name.clone());
                    facet_button(format!("entity:{id}"), name, *n)
                }) }</ul>
                <h3>{ "Themes" }</h3>
                <ul>{ for facets.themes.iter().map(|&(t, n)| facet_button(format!("theme:{}", theme::themes()[t].id), theme::themes()[t].label.to_string(), n)) }</ul>
            </aside>
        </div>
    }
}

fn label_name(label: Label) -> &'static str {
    match label {
        Label::Person => "has a person",
        Label::Org => "has an organisation",
        Label::Place => "has a place",
        Label::Group => "has a group",
        Label::Time => "has a date",
        Label::Number => "has a number",
        Label::Quote => "has a quotation",
    }
}

#[derive(Properties, PartialEq)]
struct ResultLineProps {
    id: u32,
    query: Option<Rc<Query>>,
    raw: String,
}

/// One matching sentence, its hits marked, linking to the reader at that sentence.
#[component]
fn ResultLine(props: &ResultLineProps) -> Html {
    let app = use_app();
    let index = use_search_index();
    let corpus = app.corpus();
    let entry = &index.entries[props.id as usize];
    let doc = &corpus.documents()[entry.doc];
    let hits = props.query.as_ref().map_or(Vec::new(), |q| index.hits(q, props.id));
    let params =
        ReaderParams { query: props.raw.clone(), sentence: Some(entry.sentence), ..ReaderParams::default() };
    let href = Route::Doc { id: doc.id().to_string(), params }.to_hash();
    html! {
        <li data-result={props.id.to_string()} data-doc={doc.id().to_string()}>
            <a class="kwic" {href}>{ kwic(&doc.text, entry.range.clone(), &hits) }</a>
        </li>
    }
}

/// The sentence with its hits marked, long sentences cut to a window around the first hit.
fn kwic(text: &str, sentence: std::ops::Range<usize>, hits: &[std::ops::Range<usize>]) -> Html {
    const CONTEXT: usize = 90;
    let first = hits.first().map_or(sentence.start, |h| h.start);
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start =
        if first.saturating_sub(sentence.start) > CONTEXT { floor(first - CONTEXT) } else { sentence.start };
    let last = hits.last().map_or(first, |h| h.end);
    let end = if sentence.end.saturating_sub(last) > CONTEXT { floor(last + CONTEXT) } else { sentence.end };
    let mut nodes = Vec::new();
    if start > sentence.start {
        nodes.push(html! { "…" });
    }
    let mut at = start;
    for hit in hits.iter().filter(|h| h.start >= start && h.end <= end) {
        nodes.push(html! { { &text[at..hit.start] } });
        nodes.push(html! { <mark class="hl hl-hit" data-label="HIT">{ &text[hit.clone()] }</mark> });
        at = hit.end;
    }
    nodes.push(html! { { &text[at..end] } });
    if end < sentence.end {
        nodes.push(html! { "…" });
    }
    nodes.into_iter().collect()
}
