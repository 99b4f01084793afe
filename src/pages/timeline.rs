//! The timeline: the events the articles mention on a time axis ([`TimelineChart`]), lanes by
//! document or by theme, the same events as a [`Chronology`] table, what lies outside the
//! window, each document's editable reference date and, collapsed after them, the TIMEs that
//! cannot be placed with their reason. What is shown is the core's [`TimelineView`]; this page
//! draws it and turns clicks into addresses. Zooming keeps the event last focused in place
//! (else the one nearest the centre): the window's centre is often empty.

use newslens_core::route::{ReaderParams, Route, TimelineParams};
use newslens_core::timeline::{TimelineView, Window};
use yew::prelude::*;

use crate::components::chronology::Chronology;
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
    let focused = use_state(|| None::<usize>);
    let long_open = use_state(|| false);
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |i: usize| focused.set(Some(i)))
    };
    let anchor = view.anchor(&line, window, *focused);
    let long_count = view.rows(&line, window).1.len();
    let long_toggle = {
        let long_open = long_open.clone();
        Callback::from(move |_| long_open.set(!*long_open))
    };
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
            <h1>{ "Timeline" }</h1>
            <div class="timeline-toolbar" role="toolbar" aria-label="Timeline">
                { button("+", "Zoom in (+)", Some(window.zoomed_around(0.5, anchor))) }
                { button("−", "Zoom out (-)", Some(window.zoomed_around(2.0, anchor))) }
                { button("←", "Earlier (←)", Some(window.panned(-0.25))) }
                { button("→", "Later (→)", Some(window.panned(0.25))) }
                { button("Fit", "Most events and every publication date (0)", None) }
                { button("Everything", "Every placed event and publication date", view.everything) }
                if long_count > 0 {
                    <button type="button" class="zoom" id="long-periods-toggle" aria-expanded={long_open.to_string()}
                            aria-controls="timeline" onclick={long_toggle}>
                        { format!("Long periods ({long_count})") }
                    </button>
                }
                <button type="button" class="zoom" aria-pressed={params.by_theme.to_string()} onclick={lanes_toggle}>
                    { if params.by_theme { "Lanes: themes" } else { "Lanes: documents" } }
                </button>
                <ExportMenu exports={timeline_exports(&corpus, &study.0, &line.0)} />
                <span class="window-label">{ format!("{from} to {to} · {} events", view.events.len()) }</span>
            </div>
            if let Some(error) = &view.error {
                <p class="query-error" role="alert">{ format!("{} — the timeline shows every event.", error.message) }</p>
            }
            <div class="timeline-scroll">
                <TimelineChart view={view.clone()} {window} by_theme={params.by_theme} long_open={*long_open}
                               focused={*focused} {on_focus} on_commit={commit} />
            </div>
            <section class="chronology">
                <h2 id="chronology-title">{ format!("Chronology: {} events", view.events.len()) }</h2>
                <Chronology view={view.clone()} />
            </section>
            <div class="timeline-side">
                if let outside @ [_, ..] = view.outside(&line, window).as_slice() {
                    <section class="outside">
                        <h2>{ "Outside this window" }</h2>
                        <ul>
                            for e in outside {
                                <li>{ format!("{}: {}", e.when(), crate::truncate(&e.label, 60)) }</li>
                            }
                        </ul>
                    </section>
                }
                <section class="references">
                    <h2>{ "Reference dates" }</h2>
                    for index in 0..documents.len() {
                        <ReferenceEditor {index} />
                    }
                    // After the editor that can place them, and folded: most are "now" and "the future".
                    <details class="unplaced">
                        <summary>{ format!("Not placed ({})", line.unplaced.len()) }</summary>
                        <ul id="unplaced">
                            for u in line.unplaced.iter() {
                                <li data-doc={documents[u.source.doc].id().to_string()}>
                                    <a href={reader_at(u.source.doc, u.source.sentence)}>{ format!("“{}”", u.source.expression) }</a>
                                    { format!(" ({}) in {}: {}", u.timex, crate::truncate(&documents[u.source.doc].label, 40), u.reason) }
                                </li>
                            }
                        </ul>
                    </details>
                </section>
            </div>
        </div>
    }
}
