//! The timeline's SVG: lanes, ticks, publication markers and events on a time axis. Zoom and
//! pan by wheel, drag and keys; Shift-drag brushes a range into a `date:` search. A drag
//! shows a live window and commits it to the address on release.

use newslens_core::route::{ReaderParams, Route, SearchParams};
use newslens_core::timeline::{day_number, from_day_number, ticks, Event, TimelineView, Window};
use yew::prelude::*;

use crate::hooks::{use_app, use_study, use_timeline};

const WIDTH: f64 = 1000.0;
const GUTTER: f64 = 190.0;
const PLOT_END: f64 = 985.0;
const AXIS: f64 = 30.0;
const LANE: f64 = 40.0;

fn x(window: &Window, day: f64) -> f64 {
    GUTTER + window.fraction_of(day) * (PLOT_END - GUTTER)
}

/// [`TimelineChart`]'s properties.
#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// What to draw.
    pub view: std::rc::Rc<TimelineView>,
    /// The window in the address; a drag draws a live one until it is released.
    pub window: Window,
    /// Whether lanes are themes (then no publication markers).
    pub by_theme: bool,
    /// A window to put in the address (`None`: the default one).
    pub on_commit: Callback<Option<Window>>,
}

/// The chart.
#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let app = use_app();
    let study = use_study();
    let line = use_timeline();
    let drag = use_state(|| None::<(f64, Window, bool)>);
    let brush = use_state(|| None::<(f64, f64)>);
    let live = use_state(|| None::<Window>);
    let window = live.unwrap_or(props.window);
    let onkeydown = {
        let commit = props.on_commit.clone();
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
        let commit = props.on_commit.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            commit.emit(Some(window.zoomed(if e.delta_y() > 0.0 { 1.25 } else { 0.8 }, fraction(&e))));
        })
    };
    let onmousedown = {
        let (drag, brush) = (drag.clone(), brush.clone());
        Callback::from(move |e: MouseEvent| {
            let at = fraction(&e);
            drag.set(Some((at, window, e.shift_key())));
            if e.shift_key() {
                brush.set(Some((at, at)));
            }
        })
    };
    let onmousemove = {
        let (drag, brush, live) = (drag.clone(), brush.clone(), live.clone());
        Callback::from(move |e: MouseEvent| match *drag {
            Some((start, _, true)) => brush.set(Some((start, fraction(&e)))),
            Some((start, initial, false)) => live.set(Some(initial.panned(start - fraction(&e)))),
            None => {}
        })
    };
    let onmouseup = {
        let (drag, brush, commit, live) =
            (drag.clone(), brush.clone(), props.on_commit.clone(), live.clone());
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let (Some((_, initial, true)), Some((a, b))) = (*drag, *brush) {
                let (a, b) = (initial.day_at(a.min(b)), initial.day_at(a.max(b)));
                let (a, b) = (from_day_number(a as i32), from_day_number(b as i32));
                let query = format!("date:{a}..{b}");
                app.navigate(Route::Search(SearchParams { query, filters: Vec::new() }));
            } else if let Some(w) = *live {
                commit.emit(Some(w));
            }
            drag.set(None);
            brush.set(None);
            live.set(None);
        })
    };
    let lanes = &props.view.lanes;
    let height = AXIS + LANE * lanes.len() as f64 + 8.0;
    let y = |lane: usize| AXIS + LANE * lane as f64 + LANE / 2.0;
    let (from, to) = window.dates();
    let documents = app.corpus();
    let documents = documents.documents();
    html! {
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
                    <text class="lane-label" x="6" y={(y(lane) + 4.0).to_string()}>{ crate::truncate(name, 28) }</text>
                </g>
            }
            for (day, label) in ticks(from, to) {
                <g class="tick">
                    <line x1={x(&window, f64::from(day_number(day))).to_string()} x2={x(&window, f64::from(day_number(day))).to_string()}
                          y1={(AXIS - 6.0).to_string()} y2={height.to_string()} />
                    <text x={(x(&window, f64::from(day_number(day))) + 3.0).to_string()} y="16">{ label }</text>
                </g>
            }
            <g clip-path="url(#plot)">
                if !props.by_theme {
                    for (d, doc) in documents.iter().enumerate() {
                        if let Some(date) = study.reference_date(d) {
                            <g class="published" data-published={doc.id().to_string()} data-date={date.to_string()}>
                                <line x1={x(&window, f64::from(day_number(date)) + 0.5).to_string()} x2={x(&window, f64::from(day_number(date)) + 0.5).to_string()}
                                      y1={(y(d) - LANE / 2.0 + 2.0).to_string()} y2={(y(d) + LANE / 2.0 - 2.0).to_string()} />
                                <title>{ format!("{} published {date}", doc.label) }</title>
                            </g>
                        }
                    }
                }
                for &(i, lane) in props.view.events.iter() {
                    <EventMark index={i} event={line.events[i].clone()} {window} y={y(lane)} />
                }
                if let Some((a, b)) = *brush {
                    <rect class="brush" x={(GUTTER + a.min(b) * (PLOT_END - GUTTER)).to_string()} y={AXIS.to_string()}
                          width={((a - b).abs() * (PLOT_END - GUTTER)).to_string()} height={(height - AXIS).to_string()} />
                }
            </g>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct EventMarkProps {
    index: usize,
    event: Event,
    window: Window,
    y: f64,
}

/// One event: a point for a day, a band for anything longer, as wide as what it covers.
#[component]
fn EventMark(props: &EventMarkProps) -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let e = &props.event;
    let first = &e.sources[0];
    let doc = &corpus.documents()[first.doc];
    let route = Route::Doc {
        id: doc.id().to_string(),
        params: ReaderParams { sentence: Some(first.sentence), ..ReaderParams::default() },
    };
    let onclick = {
        let (app, route) = (app.clone(), route.clone());
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            app.navigate(route.clone());
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.stop_propagation();
            app.navigate(route.clone());
        }
    });
    let sources: Vec<String> = e
        .sources
        .iter()
        .map(|s| format!("“{}” in {}", s.expression, corpus.documents()[s.doc].label))
        .collect();
    let reported = if e.source_count() > 1 {
        format!(", reported by {} sources", e.source_count())
    } else {
        String::new()
    };
    let title = format!("{} to {} ({}){reported}\n{}", e.start, e.end, e.timex, sources.join("\n"));
    let precision = e.precision.map_or("span".to_string(), |p| format!("{p:?}").to_lowercase());
    let window = &props.window;
    let x0 = x(window, f64::from(day_number(e.start)));
    let x_end = x(window, f64::from(day_number(e.end)) + 1.0);
    html! {
        <g class={classes!("event", format!("precision-{precision}"), (e.source_count() > 1).then_some("merged"))}
           data-event={props.index.to_string()} data-start={e.start.to_string()} data-end={e.end.to_string()}
           data-sources={e.source_count().to_string()} tabindex="0" role="link" {onclick} {onkeydown}>
            <title>{ title }</title>
            if e.start == e.end {
                <circle cx={((x0 + x_end) / 2.0).to_string()} cy={props.y.to_string()} r="6" />
            } else {
                <rect x={x0.to_string()} y={(props.y - 8.0).to_string()} width={(x_end.max(x0 + 3.0) - x0).to_string()} height="16" rx="3" />
            }
        </g>
    }
}
