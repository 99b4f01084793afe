//! The timeline: the events the articles mention on a time axis ([`TimelineChart`]), lanes by
//! document or by theme, what lies outside the window, the TIMEs that cannot be placed with
//! their reason, and each document's editable reference date. What is shown is the core's
//! [`TimelineView`]; this page draws it and turns clicks into addresses.

use newslens_core::route::{ReaderParams, Route, TimelineParams};
use newslens_core::timeline::{TimelineView, Window};
use yew::prelude::*;

use crate::components::export_menu::{timeline_exports, ExportMenu};
use crate::components::reference_editor::ReferenceEditor;
use crate::components::timeline_chart::TimelineChart;
use crate::hooks::{use_app, use_search_index, use_study, use_timeline};

/// [`Timeline`]'s properties.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The search, lanes and window from the address.
    pub params: TimelineParams,
}

/// The timeline view.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let app = use_app();
    let (study, index, line) = (use_study(), use_search_index(), use_timeline());
    let corpus = app.corpus();
    let view = {
        let corpus = corpus.clone();
        // The window is not part of the view: zooming and panning do not search again.
        let params = TimelineParams { window: None, ..props.params.clone() };
        use_memo((line.clone(), index, params), move |(line, index, params)| {
            TimelineView::new(&corpus, line, index, params)
        })
    };
    let params = props.params.clone();
    let window = view.window(params.window);
    let commit = {
        let (app, params) = (app.clone(), params.clone());
        Callback::from(move |w: Option<Window>| {
            app.replace(Route::Timeline(TimelineParams { window: w.map(|w| w.dates()), ..params.clone() }))
        })
    };
    let button = |label: &'static str, title: &'static str, next: Option<Window>| {
        let commit = commit.clone();
        html! { <button type="button" class="zoom" {title} onclick={Callback::from(move |_| commit.emit(next))}>{ label }</button> }
    };
    let lanes_toggle = {
        let (app, params) = (app.clone(), params.clone());
        Callback::from(move |_| {
            app.navigate(Route::Timeline(TimelineParams { by_theme: !params.by_theme, ..params.clone() }))
        })
    };
    let (from, to) = window.dates();
    let documents = corpus.documents();
    let reader_at = |doc: usize, sentence: usize| {
        let params = ReaderParams { sentence: Some(sentence), ..ReaderParams::default() };
        Route::Doc { id: documents[doc].id().to_string(), params }.to_hash()
    };
    html! {
        <div class="timeline-view">
            <div class="timeline-toolbar" role="toolbar" aria-label="Timeline">
                { button("+", "Zoom in (+)", Some(window.zoomed(0.5, 0.5))) }
                { button("−", "Zoom out (-)", Some(window.zoomed(2.0, 0.5))) }
                { button("←", "Earlier (←)", Some(window.panned(-0.25))) }
                { button("→", "Later (→)", Some(window.panned(0.25))) }
                { button("Fit", "The recent events (0)", None) }
                { button("Everything", "Every placed event, the 1950s included", view.everything) }
                <button type="button" class="zoom" aria-pressed={params.by_theme.to_string()} onclick={lanes_toggle}>
                    { if params.by_theme { "Lanes: themes" } else { "Lanes: documents" } }
                </button>
                <ExportMenu exports={timeline_exports(&corpus, &study.0, &line.0)} />
                <span class="window-label">{ format!("{from} to {to} · {} events", view.events.len()) }</span>
            </div>
            if let Some(error) = &view.error {
                <p class="query-error" role="alert">{ format!("{} — the timeline shows every event.", error.message) }</p>
            }
            <TimelineChart view={view.clone()} {window} by_theme={params.by_theme} on_commit={commit} />
            <div class="timeline-side">
                if let outside @ [_, ..] = view.outside(&line, window).as_slice() {
                    <section class="outside">
                        <h3>{ "Outside this window" }</h3>
                        <ul>
                            for e in outside {
                                <li>{ format!("{} ({}, {} to {})", e.sources[0].expression, e.timex, e.start, e.end) }</li>
                            }
                        </ul>
                    </section>
                }
                <section>
                    <h3>{ "Not placed" }</h3>
                    <ul id="unplaced">
                        for u in line.unplaced.iter() {
                            <li data-doc={documents[u.source.doc].id().to_string()}>
                                <a href={reader_at(u.source.doc, u.source.sentence)}>{ format!("“{}”", u.source.expression) }</a>
                                { format!(" ({}) in {}: {}", u.timex, crate::truncate(&documents[u.source.doc].label, 40), u.reason) }
                            </li>
                        }
                    </ul>
                </section>
                <section class="references">
                    <h3>{ "Reference dates" }</h3>
                    for index in 0..documents.len() {
                        <ReferenceEditor {index} />
                    }
                </section>
            </div>
        </div>
    }
}
