//! The search view: results as keyword-in-context lines grouped by document, a page at a time
//! ([`RESULTS_PAGE`], "Show more" for the next), and facets with live counts that toggle
//! filters. A query that does not parse shows its error in place and keeps the last good
//! results.

use std::rc::Rc;

use newslens_core::analysis::Label;
use newslens_core::route::{ReaderParams, Route, SearchParams, TimelineParams};
use newslens_core::search::kwic::kwic;
use newslens_core::search::query::Query;
use newslens_core::search::{Filter, SearchIndex};
use yew::prelude::*;

use crate::components::export_menu::{search_exports, ExportMenu};
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
    // Run once per address and index, not on every render.
    let outcome = {
        let last_good = last_good.clone();
        use_memo((index.clone(), props.params.clone()), move |(index, params)| {
            let outcome = params.run(index, last_good.borrow().as_ref());
            if outcome.error.is_none() {
                *last_good.borrow_mut() = outcome.query.clone();
            }
            outcome
        })
    };
    let (query, error, results, facets) = (&outcome.query, &outcome.error, &outcome.results, &outcome.facets);
    // How many result lines are drawn: a page, and a page more per "Show more", for this address.
    let shown = use_state(|| (props.params.clone(), RESULTS_PAGE));
    let limit = if shown.0 == props.params { shown.1 } else { RESULTS_PAGE };
    let show_more = {
        let (shown, params) = (shown.clone(), props.params.clone());
        Callback::from(move |_: MouseEvent| shown.set((params.clone(), limit + RESULTS_PAGE)))
    };
    let query_rc = query.clone().map(Rc::new);
    let filters = Rc::new(props.params.filters.clone());
    // For measurements: the results of this address are on screen.
    use_effect_with(props.params.clone(), |_| crate::browser::performance_mark("newslens:results"));
    let facet_button = |filter: Filter, name: String, count: usize| {
        let pressed = props.params.filters.contains(&filter);
        let onclick = {
            let app = app.clone();
            let params = props.params.toggled(&filter);
            Callback::from(move |_: MouseEvent| app.navigate(Route::Search(params.clone())))
        };
        html! {
            <li>
                <button type="button" class={classes!("facet", pressed.then_some("selected"))} data-filter={filter.to_string()}
                        aria-pressed={pressed.to_string()} {onclick}>
                    { name }<span class="count">{ count }</span>
                </button>
            </li>
        }
    };
    let documents = corpus.documents();
    let remove = |filter: &Filter| {
        let app = app.clone();
        let params = props.params.toggled(filter);
        Callback::from(move |_: MouseEvent| app.navigate(Route::Search(params.clone())))
    };
    let clear_all = {
        let app = app.clone();
        let params = SearchParams { query: props.params.query.clone(), filters: Vec::new() };
        Callback::from(move |_: MouseEvent| app.navigate(Route::Search(params.clone())))
    };
    // What a chip says: the name the facet shows.
    let filter_name = |filter: &Filter| match filter {
        Filter::Doc(id) => corpus.get(id).map_or(id.clone(), |d| crate::truncate(&d.label, 40)),
        Filter::Label(label) => label_name(*label).to_string(),
        Filter::Entity(id) => study.entity(id).map_or(id.clone(), |e| e.name.clone()),
        Filter::Theme(id) => {
            corpus.themes().list().iter().find(|t| t.id == *id).map_or(id.clone(), |t| t.label.clone())
        }
    };
    html! {
        <div class="search-view">
            <section class="search-main" aria-labelledby="search-title">
                <h1 id="search-title" class="view-title">{ "Search" }</h1>
                if let Some(error) = &error {
                    <p class="query-error" role="alert" id="query-error">
                        { format!("{} — at “{}”. ", error.message, props.params.query.get(error.at.clone()).unwrap_or("")) }
                        { if query.is_some() { "Showing the last results that parsed." } else { "" } }
                    </p>
                }
                if !props.params.filters.is_empty() {
                    <ul class="chips" id="active-filters" aria-label="Filters on">
                        for filter in props.params.filters.iter() {
                            <li>
                                <button type="button" class="chip" data-filter={filter.to_string()}
                                        title="Remove this filter" onclick={remove(filter)}>
                                    { filter_name(filter) }<span aria-hidden="true">{ " ×" }</span>
                                </button>
                            </li>
                        }
                        <li>
                            <button type="button" class="chip clear" id="clear-filters" onclick={clear_all}>{ "Clear all" }</button>
                        </li>
                    </ul>
                }
                if !outcome.searching {
                    <p class="hint">{ "Type a query above, or choose a facet. Press ? beside the box for the query language." }</p>
                } else {
                    <p class="summary">
                        <a class="on-timeline" href={Route::Timeline(TimelineParams { search: props.params.clone(), ..TimelineParams::default() }).to_hash()}>
                            { "Show on the timeline" }
                        </a>
                        { format!(" · {}", outcome.summary()) }
                        if results.is_empty() { { ". Try fewer words, a prefix (troop*), a fuzzy word (gabuyev~) or fewer filters." } }
                    </p>
                    <ExportMenu exports={search_exports(&corpus, &study.0, &index.0, &props.params.query, Rc::new(results.clone()))} />
                    <ol id="results" data-total={results.len().to_string()}>
                        for (doc_index, lines, count) in groups(&index, results, limit) {
                            <li class="result-group" data-doc={documents[doc_index].id().to_string()}>
                                <h2>{ &documents[doc_index].label }<span class="count">{ count }</span></h2>
                                <ol>
                                    { for lines.iter().copied()
                                        .map(|id| html! { <ResultLine key={id} {id} query={query_rc.clone()} filters={filters.clone()} raw={props.params.query.clone()} /> }) }
                                </ol>
                            </li>
                        }
                    </ol>
                    if limit < results.len() {
                        <p class="more-results">
                            <button type="button" id="more-results" onclick={show_more}>
                                { format!("Show {} more", RESULTS_PAGE.min(results.len() - limit)) }
                            </button>
                            { format!(" ({limit} of {} sentences shown)", results.len()) }
                        </p>
                    }
                }
            </section>
            <aside class="facets" aria-label="Facets">
                <h2>{ "Documents" }</h2>
                <ul>{ for facets.docs.iter().take(FACET_DOCS).map(|&(d, n)| facet_button(Filter::Doc(documents[d].id().to_string()), documents[d].label.clone(), n)) }</ul>
                if facets.docs.len() > FACET_DOCS {
                    <p class="facet-more">{ format!("and {} more documents", facets.docs.len() - FACET_DOCS) }</p>
                }
                <h2>{ "Labels" }</h2>
                <ul>{ for facets.labels.iter().map(|&(l, n)| facet_button(Filter::Label(l), label_name(l).to_string(), n)) }</ul>
                <h2>{ "Entities" }</h2>
                <ul>{ for facets.entities.iter().map(|(id, n)| {
                    let name = study.entity(id).map_or(id.clone(), |e| e.name.clone());
                    facet_button(Filter::Entity(id.clone()), name, *n)
                }) }</ul>
                <h2>{ "Themes" }</h2>
                <ul>{ for facets.themes.iter().filter_map(|&(t, n)| Some((corpus.themes().get(t)?, n))).map(|(t, n)| facet_button(Filter::Theme(t.id.clone()), t.label.clone(), n)) }</ul>
            </aside>
        </div>
    }
}

/// How many result lines are drawn at first, and how many more each "Show more" adds.
pub const RESULTS_PAGE: usize = 50;

/// How many documents the documents facet lists (in corpus order).
pub const FACET_DOCS: usize = 50;

/// The first `limit` results grouped by document, in order: (document, its lines drawn, how
/// many results it has). Results ascend, and a document's sentences are contiguous.
fn groups<'r>(index: &SearchIndex, results: &'r [u32], limit: usize) -> Vec<(usize, &'r [u32], usize)> {
    let mut out = Vec::new();
    let mut drawn = 0;
    let mut rest = results;
    while let Some(&first) = rest.first() {
        let doc = index.entries[first as usize].doc;
        let len = rest.partition_point(|&id| index.entries[id as usize].doc == doc);
        let (group, after) = rest.split_at(len);
        let take = len.min(limit - drawn);
        out.push((doc, &group[..take], len));
        drawn += take;
        rest = after;
        if drawn == limit {
            break;
        }
    }
    out
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
    /// The facet filters: what they picked is marked too.
    filters: Rc<Vec<Filter>>,
    raw: String,
}

/// One matching sentence, what matched marked (the query's hits and what the filters picked)
/// and the line centred on it, linking to the reader at that sentence.
#[component]
fn ResultLine(props: &ResultLineProps) -> Html {
    let app = use_app();
    let index = use_search_index();
    let corpus = app.corpus();
    let entry = &index.entries[props.id as usize];
    let doc = &corpus.documents()[entry.doc];
    let hits = index.result_hits(props.query.as_deref(), &props.filters, props.id).unwrap_or_default();
    let line = kwic(&doc.text, entry.range.clone(), &hits);
    let params =
        ReaderParams { query: props.raw.clone(), sentence: Some(entry.sentence), ..ReaderParams::default() };
    let href = Route::Doc { id: doc.id().to_string(), params }.to_hash();
    html! {
        <li data-result={props.id.to_string()} data-doc={doc.id().to_string()}>
            <a class="kwic" {href}>
                if line.cut_before { { "…" } }
                for (range, hit) in line.pieces {
                    if hit {
                        <mark class="hl hl-hit" data-label="HIT">{ &doc.text[range] }</mark>
                    } else {
                        { &doc.text[range] }
                    }
                }
                if line.cut_after { { "…" } }
            </a>
        </li>
    }
}
