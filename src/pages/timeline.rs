//! The timeline: the events the articles mention on an SVG time axis, lanes by document or by
//! theme, each document's reference date as a marker. Zoom and pan by wheel, drag, buttons and
//! keys; Shift-drag brushes a range into a `date:` search. TIMEs that cannot be placed are
//! listed with their reason; reference dates are editable and re-resolve at once.

use std::collections::HashSet;
use std::rc::Rc;

use newslens_core::analysis::theme::themes;
use newslens_core::route::{ReaderParams, Route, SearchParams, TimelineParams};
use newslens_core::search::query::parse;
use newslens_core::search::Filter;
use newslens_core::timeline::{
    day_number, default_range, from_day_number, ticks, timeline, to_csv, to_json, Event,
};
use newslens_core::Date;
use yew::prelude::*;

use crate::hooks::{use_app, use_search_index, use_study};
use crate::state::StudyHandle;

/// [`Timeline`]'s properties.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The search, lanes and window from the address.
    pub params: TimelineParams,
}

const WIDTH: f64 = 1000.0;
const GUTTER: f64 = 190.0;
const PLOT_END: f64 = 985.0;
const AXIS: f64 = 30.0;
const LANE: f64 = 40.0;

/// A window as day numbers.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Window {
    from: f64,
    to: f64,
}

impl Window {
    fn of(from: Date, to: Date) -> Window {
        Window { from: f64::from(day_number(from)), to: f64::from(day_number(to)) }
    }
    fn x(&self, day: f64) -> f64 {
        GUTTER + (day - self.from) / (self.to - self.from) * (PLOT_END - GUTTER)
    }
    fn day_at(&self, fraction: f64) -> f64 {
        self.from + fraction * (self.to - self.from)
    }
    fn zoomed(&self, factor: f64, anchor: f64) -> Window {
        let center = self.day_at(anchor);
        let span = ((self.to - self.from) * factor).clamp(7.0, 365.0 * 400.0);
        Window { from: center - span * anchor, to: center + span * (1.0 - anchor) }
    }
    fn panned(&self, fraction: f64) -> Window {
        let shift = (self.to - self.from) * fraction;
        Window { from: self.from + shift, to: self.to + shift }
    }
    fn dates(&self) -> (Date, Date) {
        (from_day_number(self.from.round() as i32), from_day_number(self.to.round() as i32))
    }
}

/// The timeline view.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let app = use_app();
    let study = use_study();
    let handle = use_context::<StudyHandle>().expect("a StateProvider");
    let index = use_search_index();
    let corpus = app.corpus();
    let line = {
        let corpus = corpus.clone();
        use_memo(handle, move |handle| Rc::new(timeline(&corpus, &handle.0)))
    };
    let params = props.params.clone();
    // The search restricts the events to those whose sentence it finds.
    let parsed = parse(&params.search.query);
    let error = parsed.as_ref().err().cloned();
    let restricted = !params.search.query.trim().is_empty() || !params.search.filters.is_empty();
    let allowed: Option<HashSet<(usize, usize)>> = match (&parsed, restricted) {
        (Ok(query), true) => {
            let filters: Vec<Filter> =
                params.search.filters.iter().filter_map(|f| Filter::parse(&corpus, f)).collect();
            let ids = index.search(query.as_ref(), &filters);
            Some(
                ids.iter()
                    .map(|&id| (index.entries[id as usize].doc, index.entries[id as usize].sentence))
                    .collect(),
            )
        }
        _ => None,
    };
    let events: Vec<(usize, &Event)> = line
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            allowed.as_ref().is_none_or(|a| e.sources.iter().any(|s| a.contains(&(s.doc, s.sentence))))
        })
        .collect();
    let (first, last) = default_range(&line);
    let full = Window::of(first, last);
    let committed = params.window.map_or(full, |(a, b)| Window::of(a, b));
    let live = use_state(|| None::<Window>);
    let drag = use_state(|| None::<(f64, Window, bool)>);
    let brush = use_state(|| None::<(f64, f64)>);
    let window = live.unwrap_or(committed);

    let commit = {
        let app = app.clone();
        let params = params.clone();
        let live = live.clone();
        Callback::from(move |w: Option<Window>| {
            live.set(None);
            app.replace(Route::Timeline(TimelineParams { window: w.map(|w| w.dates()), ..params.clone() }));
        })
    };
    let button = |label: &'static str, title: &'static str, next: Option<Window>| {
        let commit = commit.clone();
        html! { <button type="button" class="zoom" {title} onclick={Callback::from(move |_| commit.emit(next))}>{ label }</button> }
    };
    let onkeydown = {
        let commit = commit.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "+" | "=" => Some(window.zoomed(0.5, 0.5)),
                "-" | "_" => Some(window.zoomed(2.0, 0.5)),
                "ArrowLeft" => Some(window.panned(-0.2)),
                "ArrowRight" => Some(window.panned(0.2)),
                "0" => None,
                _ => return,
            };
            e.prevent_default();
            commit.emit(next);
        })
    };
    // Pointer positions as a fraction of the plot, from the SVG's own size.
    let fraction = |e: &MouseEvent| {
        let svg: web_sys::Element =
            e.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok()).expect("the svg");
        let rect = svg.get_bounding_client_rect();
        let x = (f64::from(e.client_x()) - rect.left()) / rect.width() * WIDTH;
        ((x - GUTTER) / (PLOT_END - GUTTER)).clamp(0.0, 1.0)
    };
    let onwheel = {
        let commit = commit.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let at = fraction(&e);
            commit.emit(Some(window.zoomed(if e.delta_y() > 0.0 { 1.25 } else { 0.8 }, at)));
        })
    };
    let onmousedown = {
        let drag = drag.clone();
        let brush = brush.clone();
        Callback::from(move |e: MouseEvent| {
            let at = fraction(&e);
            drag.set(Some((at, window, e.shift_key())));
            if e.shift_key() {
                brush.set(Some((at, at)));
            }
        })
    };
    let onmousemove = {
        let drag = drag.clone();
        let live = live.clone();
        let brush = brush.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((start, initial, brushing)) = *drag {
                let at = fraction(&e);
                if brushing {
                    brush.set(Some((start, at)));
                } else {
                    live.set(Some(initial.panned(start - at)));
                }
            }
        })
    };
    let onmouseup = {
        let drag = drag.clone();
        let brush = brush.clone();
        let commit = commit.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((_, initial, brushing)) = *drag {
                if let (true, Some((a, b))) = (brushing, *brush) {
                    let (a, b) = (initial.day_at(a.min(b)), initial.day_at(a.max(b)));
                    let (a, b) = (from_day_number(a as i32), from_day_number(b as i32));
                    app.navigate(Route::Search(SearchParams {
                        query: format!("date:{a}..{b}"),
                        filters: Vec::new(),
                    }));
                } else if let Some(w) = *live {
                    commit.emit(Some(w));
                }
            }
            drag.set(None);
            brush.set(None);
        })
    };

    let documents = corpus.documents();
    let lanes: Vec<String> = if params.by_theme {
        themes()
            .iter()
            .map(|t| t.label.to_string())
            .chain(["No theme".to_string(), "Several sources".to_string()])
            .collect()
    } else {
        documents.iter().map(|d| d.label.clone()).chain(["Several sources".to_string()]).collect()
    };
    let several = lanes.len() - 1;
    let lane_of = |e: &Event| {
        if e.source_count() > 1 {
            several
        } else if params.by_theme {
            e.themes.first().copied().unwrap_or(themes().len())
        } else {
            e.sources[0].doc
        }
    };
    let height = AXIS + LANE * lanes.len() as f64 + 8.0;
    let y = |lane: usize| AXIS + LANE * lane as f64 + LANE / 2.0;
    let (from, to) = window.dates();
    let outside: Vec<&Event> = events
        .iter()
        .map(|(_, e)| *e)
        .filter(|e| f64::from(day_number(e.end)) < window.from || f64::from(day_number(e.start)) > window.to)
        .collect();
    let lanes_toggle = {
        let app = app.clone();
        let params = params.clone();
        Callback::from(move |_| {
            app.navigate(Route::Timeline(TimelineParams { by_theme: !params.by_theme, ..params.clone() }))
        })
    };
    let csv_href = format!(
        "data:text/csv;charset=utf-8,{}",
        js_sys::encode_uri_component(&to_csv(&corpus, &study, &line))
    );
    let json_href = format!(
        "data:application/json;charset=utf-8,{}",
        js_sys::encode_uri_component(&to_json(&corpus, &study, &line))
    );
    html! {
        <div class="timeline-view">
            <div class="timeline-toolbar" role="toolbar" aria-label="Timeline">
                { button("+", "Zoom in (+)", Some(window.zoomed(0.5, 0.5))) }
                { button("−", "Zoom out (-)", Some(window.zoomed(2.0, 0.5))) }
                { button("←", "Earlier (←)", Some(window.panned(-0.25))) }
                { button("→", "Later (→)", Some(window.panned(0.25))) }
                { button("Fit", "The recent events (0)", None) }
                { button("Everything", "Every placed event, the 1950s included", {
                    let all = line.events.iter().fold((i32::MAX, i32::MIN), |(a, b), e| (a.min(day_number(e.start)), b.max(day_number(e.end))));
                    (all.0 < all.1).then(|| Window { from: f64::from(all.0) - 365.0, to: f64::from(all.1) + 365.0 })
                }) }
                <button type="button" class="zoom" aria-pressed={params.by_theme.to_string()} onclick={lanes_toggle}>
                    { if params.by_theme { "Lanes: themes" } else { "Lanes: documents" } }
                </button>
                <a class="export" download="newslens-events.csv" href={csv_href}>{ "Export CSV" }</a>
                <a class="export" download="newslens-events.json" href={json_href}>{ "Export JSON" }</a>
                <span class="window-label">{ format!("{from} to {to} · {} events", events.len()) }</span>
            </div>
            if let Some(error) = error {
                <p class="query-error" role="alert">{ format!("{} — the timeline shows every event.", error.message) }</p>
            }
            <svg id="timeline" viewBox={format!("0 0 {WIDTH} {height}")} role="img" tabindex="0"
                 aria-label="Events on a time axis; + and - zoom, arrows pan, Shift-drag selects a range to search"
                 data-from={from.to_string()} data-to={to.to_string()}
                 {onkeydown} {onwheel} {onmousedown} {onmousemove} onmouseup={onmouseup.clone()} onmouseleave={onmouseup}>
                <defs>
                    <clipPath id="plot"><rect x={GUTTER.to_string()} y="0" width={(PLOT_END - GUTTER).to_string()} height={height.to_string()} /></clipPath>
                </defs>
                for (lane, name) in lanes.iter().enumerate() {
                    <g class="lane">
                        <rect class={classes!("lane-bg", (lane % 2 == 1).then_some("odd"))} x="0" y={(AXIS + LANE * lane as f64).to_string()}
                              width={WIDTH.to_string()} height={LANE.to_string()} />
                        <text class="lane-label" x="6" y={(y(lane) + 4.0).to_string()}>{ truncate(name, 28) }</text>
                    </g>
                }
                for (day, label) in ticks(from, to) {
                    <g class="tick">
                        <line x1={window.x(f64::from(day_number(day))).to_string()} x2={window.x(f64::from(day_number(day))).to_string()}
                              y1={(AXIS - 6.0).to_string()} y2={height.to_string()} />
                        <text x={(window.x(f64::from(day_number(day))) + 3.0).to_string()} y="16">{ label }</text>
                    </g>
                }
                <g clip-path="url(#plot)">
                    if !params.by_theme {
                        for (d, doc) in documents.iter().enumerate() {
                            if let Some(date) = app.reference_date(d) {
                                <g class="published" data-published={doc.id().to_string()} data-date={date.to_string()}>
                                    <line x1={window.x(f64::from(day_number(date)) + 0.5).to_string()} x2={window.x(f64::from(day_number(date)) + 0.5).to_string()}
                                          y1={(y(d) - LANE / 2.0 + 2.0).to_string()} y2={(y(d) + LANE / 2.0 - 2.0).to_string()} />
                                    <title>{ format!("{} published {date}", doc.label) }</title>
                                </g>
                            }
                        }
                    }
                    for (i, event) in events.iter().copied() {
                        <EventMark index={i} event={event.clone()} window_from={window.from} window_to={window.to} y={y(lane_of(event))} />
                    }
                    if let Some((a, b)) = *brush {
                        <rect class="brush" x={(GUTTER + a.min(b) * (PLOT_END - GUTTER)).to_string()} y={AXIS.to_string()}
                              width={((a - b).abs() * (PLOT_END - GUTTER)).to_string()} height={(height - AXIS).to_string()} />
                    }
                </g>
            </svg>
            <div class="timeline-side">
                if !outside.is_empty() {
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
                                <a href={Route::Doc { id: documents[u.source.doc].id().to_string(), params: ReaderParams { sentence: Some(u.source.sentence), ..ReaderParams::default() } }.to_hash()}>
                                    { format!("“{}”", u.source.expression) }
                                </a>
                                { format!(" ({}) in {}: {}", u.timex, truncate(&documents[u.source.doc].label, 40), u.reason) }
                            </li>
                        }
                    </ul>
                </section>
                <section class="references">
                    <h3>{ "Reference dates" }</h3>
                    for d in 0..documents.len() {
                        <ReferenceEditor index={d} />
                    }
                </section>
            </div>
        </div>
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

#[derive(Properties, PartialEq)]
struct EventMarkProps {
    index: usize,
    event: Event,
    window_from: f64,
    window_to: f64,
    y: f64,
}

/// One event: a point for a day, a band for anything longer, as wide as what it covers.
#[component]
fn EventMark(props: &EventMarkProps) -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let window = Window { from: props.window_from, to: props.window_to };
    let e = &props.event;
    let start = f64::from(day_number(e.start));
    let end = f64::from(day_number(e.end)) + 1.0;
    let first = &e.sources[0];
    let doc = &corpus.documents()[first.doc];
    let href = Route::Doc {
        id: doc.id().to_string(),
        params: ReaderParams { sentence: Some(first.sentence), ..ReaderParams::default() },
    }
    .to_hash();
    let onclick = {
        let app = app.clone();
        let route = Route::parse(&href);
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            app.navigate(route.clone());
        })
    };
    let onkeydown = {
        let app = app.clone();
        let route = Route::parse(&href);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.stop_propagation();
                app.navigate(route.clone());
            }
        })
    };
    let sources: Vec<String> = e
        .sources
        .iter()
        .map(|s| format!("“{}” in {}", s.expression, corpus.documents()[s.doc].label))
        .collect();
    let title = format!(
        "{} to {} ({}){}\n{}",
        e.start,
        e.end,
        e.timex,
        if e.source_count() > 1 {
            format!(", reported by {} sources", e.source_count())
        } else {
            String::new()
        },
        sources.join("\n")
    );
    let precision = match e.precision {
        Some(p) => format!("{p:?}").to_lowercase(),
        None => "span".to_string(),
    };
    let point = e.start == e.end;
    let x0 = window.x(start);
    let x1 = window.x(end).max(x0 + 3.0);
    html! {
        <g class={classes!("event", format!("precision-{precision}"), (e.source_count() > 1).then_some("merged"))}
           data-event={props.index.to_string()} data-start={e.start.to_string()} data-end={e.end.to_string()}
           data-sources={e.source_count().to_string()} tabindex="0" role="link" {onclick} {onkeydown}>
            <title>{ title }</title>
            if point {
                <circle cx={((x0 + window.x(end)) / 2.0).to_string()} cy={props.y.to_string()} r="6" />
            } else {
                <rect x={x0.to_string()} y={(props.y - 8.0).to_string()} width={(x1 - x0).to_string()} height="16" rx="3" />
            }
        </g>
    }
}

/// A document's reference date, editable, with the manifest's confidence and evidence.
#[derive(Properties, PartialEq)]
struct ReferenceEditorProps {
    index: usize,
}

#[component]
fn ReferenceEditor(props: &ReferenceEditorProps) -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let doc = &corpus.documents()[props.index];
    let current = app.reference_date(props.index);
    let onchange = {
        let app = app.clone();
        let index = props.index;
        Callback::from(move |e: yew::Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            app.set_reference_date(index, newslens_core::corpus::parse_iso_date(&input.value()));
        })
    };
    let reset = {
        let app = app.clone();
        let index = props.index;
        let original = doc.meta.reference_date;
        Callback::from(move |_| app.set_reference_date(index, original))
    };
    let edited = current != doc.meta.reference_date;
    let input_id = format!("ref-{}", doc.id());
    html! {
        <div class="reference" data-doc={doc.id().to_string()}>
            <label for={input_id.clone()}>{ truncate(&doc.label, 48) }</label>
            <input id={input_id} type="date" data-ref-doc={doc.id().to_string()}
                   value={current.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            if edited {
                <button type="button" class="zoom" onclick={reset}>{ "Reset" }</button>
            }
            <p class="evidence">
                { format!("Manifest: {} ({} confidence). {}", doc.meta.reference_date.map_or("none".to_string(), |d| d.to_string()),
                          doc.meta.date_confidence.as_str(), doc.meta.date_evidence) }
            </p>
        </div>
    }
}
