//! The timeline's SVG: lanes, ticks, publication markers and events on a time axis, each event
//! labelled where its lane has room, and a "long periods" row (collapsed unless opened) for
//! decades, centuries and periods wider than the window. Zoom and pan by wheel, drag and keys;
//! keys zoom about the focused event or the pointer. Shift-drag brushes a range into a `date:`
//! search. A drag shows a live window and commits it to the address on release.
//!
//! The SVG is a `group` of links, not an `img`: an image cannot hold focusable events. The
//! chronology list under it says the same in text.

use newslens_core::route::{ReaderParams, Route, SearchParams};
use newslens_core::timeline::{day_number, from_day_number, ticks, Event, TimelineView, Window};
use yew::prelude::*;

use crate::hooks::{use_app, use_study, use_timeline};

const WIDTH: f64 = 1000.0;
const GUTTER: f64 = 190.0;
const PLOT_END: f64 = 985.0;
const AXIS: f64 = 30.0;
const LANE: f64 = 40.0;
/// The long-periods row's height when collapsed, and each period's when it is open.
const LONG_ROW: (f64, f64) = (22.0, 20.0);
/// How wide a character of an event's label is, on average, in the SVG's units (11px text).
const CHAR_WIDTH: f64 = 6.0;
/// Labels narrower than this many characters are not worth drawing.
const MIN_LABEL_CHARS: usize = 8;

fn x(window: &Window, day: f64) -> f64 {
    GUTTER + window.fraction_of(day) * (PLOT_END - GUTTER)
}

/// An event's left and right edge at `window`.
fn extent(window: &Window, e: &Event) -> (f64, f64) {
    let x0 = x(window, f64::from(day_number(e.start)));
    (x0, x(window, f64::from(day_number(e.end)) + 1.0).max(x0 + 3.0))
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
    /// Whether the long-periods row is open.
    pub long_open: bool,
    /// The event last focused, which keys zoom about.
    pub focused: Option<usize>,
    /// Says which event took focus.
    pub on_focus: Callback<usize>,
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
    // Where the pointer is over the plot, as a fraction across: keys zoom about it when no
    // event has focus.
    let pointer = use_state(|| None::<f64>);
    let window = live.unwrap_or(props.window);
    let onkeydown = {
        let (commit, view, line, pointer) =
            (props.on_commit.clone(), props.view.clone(), line.clone(), pointer.clone());
        let focused = props.focused;
        Callback::from(move |e: KeyboardEvent| {
            // The event the key was pressed on, else the pointer, else the event last focused.
            let on_event = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|t| t.closest("[data-event]").ok().flatten())
                .and_then(|t| t.get_attribute("data-event")?.parse::<usize>().ok());
            let zoom = |factor: f64| match (on_event, *pointer) {
                (None, Some(at)) => window.zoomed(factor, at),
                _ => window.zoomed_around(factor, view.anchor(&line, window, on_event.or(focused))),
            };
            let next = match e.key().as_str() {
                "+" | "=" => Some(zoom(0.5)),
                "-" | "_" => Some(zoom(2.0)),
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
        let (drag, brush, live, pointer) = (drag.clone(), brush.clone(), live.clone(), pointer.clone());
        Callback::from(move |e: MouseEvent| match *drag {
            Some((start, _, true)) => brush.set(Some((start, fraction(&e)))),
            Some((start, initial, false)) => live.set(Some(initial.panned(start - fraction(&e)))),
            None => pointer.set(Some(fraction(&e))),
        })
    };
    let release = {
        let (drag, brush, commit, live) =
            (drag.clone(), brush.clone(), props.on_commit.clone(), live.clone());
        let app = app.clone();
        move || {
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
        }
    };
    let onmouseup = {
        let release = release.clone();
        Callback::from(move |_: MouseEvent| release())
    };
    let onmouseleave = {
        let pointer = pointer.clone();
        Callback::from(move |_: MouseEvent| {
            pointer.set(None);
            release();
        })
    };
    let (in_lanes, long) = props.view.rows(&line, window);
    let long_height = match (long.is_empty(), props.long_open) {
        (true, _) => 0.0,
        (false, false) => LONG_ROW.0,
        (false, true) => LONG_ROW.0 + LONG_ROW.1 * long.len() as f64,
    };
    let top = AXIS + long_height;
    let lanes = &props.view.lanes;
    let height = top + LANE * lanes.len() as f64 + 8.0;
    let y = |lane: usize| top + LANE * lane as f64 + LANE / 2.0;
    let (from, to) = window.dates();
    let documents = app.corpus();
    let documents = documents.documents();
    let room = label_room(&line.events, &in_lanes, &window);
    let mark = |i: usize, y: f64, height: f64, chars: usize| {
        html! {
            <EventMark index={i} event={line.events[i].clone()} {window} {y} {height} {chars}
                       on_focus={props.on_focus.clone()} />
        }
    };
    let described = format!(
        "{} events from {from} to {to}; the chronology below lists every one. + and − zoom about the \
         focused event, arrows pan, 0 fits, Shift-drag selects a range to search.",
        props.view.events.len()
    );
    html! {
        <svg id="timeline" viewBox={format!("0 0 {WIDTH} {height}")} role="group" tabindex="0"
             aria-label="Timeline chart" aria-describedby="timeline-help"
             data-from={from.to_string()} data-to={to.to_string()}
             {onkeydown} {onwheel} {onmousedown} {onmousemove} {onmouseup} {onmouseleave}>
            <desc id="timeline-help">{ described }</desc>
            <defs>
                <clipPath id="plot"><rect x={GUTTER.to_string()} y="0" width={(PLOT_END - GUTTER).to_string()} height={height.to_string()} /></clipPath>
            </defs>
            if !long.is_empty() {
                <g class="long-periods" data-long={long.len().to_string()} aria-hidden="true">
                    <rect class="lane-bg long" x="0" y={AXIS.to_string()} width={WIDTH.to_string()} height={long_height.to_string()} />
                    <text class="lane-label" x="6" y={(AXIS + 15.0).to_string()}>{ format!("Long periods ({})", long.len()) }</text>
                </g>
            }
            for (lane, name) in lanes.iter().enumerate() {
                <g class="lane" aria-hidden="true">
                    <rect class={classes!("lane-bg", (lane % 2 == 1).then_some("odd"))} x="0" y={(top + LANE * lane as f64).to_string()}
                          width={WIDTH.to_string()} height={LANE.to_string()} />
                    <text class="lane-label" x="6" y={(y(lane) + 4.0).to_string()}>{ crate::truncate(name, 28) }</text>
                </g>
            }
            for (day, label) in ticks(from, to) {
                <g class="tick" aria-hidden="true">
                    <line x1={x(&window, f64::from(day_number(day))).to_string()} x2={x(&window, f64::from(day_number(day))).to_string()}
                          y1={(AXIS - 6.0).to_string()} y2={height.to_string()} />
                    <text x={(x(&window, f64::from(day_number(day))) + 3.0).to_string()} y="16">{ label }</text>
                </g>
            }
            <g clip-path="url(#plot)">
                if !props.by_theme {
                    for (d, doc) in documents.iter().enumerate() {
                        if let Some(date) = study.reference_date(d) {
                            <g class="published" data-published={doc.id().to_string()} data-date={date.to_string()} aria-hidden="true">
                                <line x1={x(&window, f64::from(day_number(date)) + 0.5).to_string()} x2={x(&window, f64::from(day_number(date)) + 0.5).to_string()}
                                      y1={(y(d) - LANE / 2.0 + 2.0).to_string()} y2={(y(d) + LANE / 2.0 - 2.0).to_string()} />
                                <title>{ format!("{} published {date}", doc.label) }</title>
                            </g>
                        }
                    }
                }
                for (k, &i) in long.iter().enumerate() {
                    if props.long_open {
                        { mark(i, AXIS + LONG_ROW.0 + LONG_ROW.1 * (k as f64 + 0.5), 12.0, usize::MAX) }
                    } else {
                        { mark(i, AXIS + LONG_ROW.0 / 2.0, 6.0, 0) }
                    }
                }
                for (&(i, lane), &chars) in in_lanes.iter().zip(&room) {
                    { mark(i, y(lane), 16.0, chars) }
                }
                if let Some((a, b)) = *brush {
                    <rect class="brush" x={(GUTTER + a.min(b) * (PLOT_END - GUTTER)).to_string()} y={AXIS.to_string()}
                          width={((a - b).abs() * (PLOT_END - GUTTER)).to_string()} height={(height - AXIS).to_string()} />
                }
            </g>
        </svg>
    }
}

/// How many characters of each event's label fit before the next mark in its lane (or the
/// plot's end), 0 when too few to be worth drawing; in the order of `shown`.
fn label_room(events: &[Event], shown: &[(usize, usize)], window: &Window) -> Vec<usize> {
    let mut order: Vec<usize> = (0..shown.len()).collect();
    let extents: Vec<(f64, f64)> = shown.iter().map(|&(i, _)| extent(window, &events[i])).collect();
    order.sort_by(|&a, &b| shown[a].1.cmp(&shown[b].1).then(extents[a].0.total_cmp(&extents[b].0)));
    let mut room = vec![0; shown.len()];
    for (k, &a) in order.iter().enumerate() {
        let next =
            order.get(k + 1).filter(|&&b| shown[b].1 == shown[a].1).map_or(PLOT_END, |&b| extents[b].0);
        let start = extents[a].1.max(GUTTER) + 6.0;
        let chars = ((next.min(PLOT_END) - start - 6.0) / CHAR_WIDTH).max(0.0) as usize;
        // A mark wholly outside the plot gets no label: it would sit beside nothing.
        let in_plot = extents[a].1 > GUTTER && extents[a].1 < PLOT_END;
        room[a] = if chars >= MIN_LABEL_CHARS && in_plot { chars } else { 0 };
    }
    room
}

#[derive(Properties, PartialEq)]
struct EventMarkProps {
    index: usize,
    event: Event,
    window: Window,
    y: f64,
    /// The band's height (a day's point is a circle of half that radius, at least 3).
    height: f64,
    /// How many characters of its label fit beside it (0: none drawn, `usize::MAX`: all).
    chars: usize,
    on_focus: Callback<usize>,
}

/// One event: a point for a day, a band for anything longer, as wide as what it covers, with
/// its label beside it when there is room. A link to its first sentence.
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
    let onfocus = {
        let (on_focus, index) = (props.on_focus.clone(), props.index);
        Callback::from(move |_: FocusEvent| on_focus.emit(index))
    };
    let mut documents: Vec<&str> =
        e.sources.iter().map(|s| corpus.documents()[s.doc].label.as_str()).collect();
    documents.dedup();
    let reported = match e.source_count() {
        1 => format!("in {}", documents[0]),
        n => format!("reported by {n} sources: {}", documents.join("; ")),
    };
    let name = format!("{}: {}. {reported}", e.when(), e.label);
    let precision = e.precision.map_or("span".to_string(), |p| format!("{p:?}").to_lowercase());
    let (x0, x_end) = extent(&props.window, e);
    let y = props.y;
    // The label is drawn beside the link, not inside it: a link's visible text must be part of
    // its accessible name, and a label cut to fit is not.
    html! {
        <>
        <g class={classes!("event", format!("precision-{precision}"), (e.source_count() > 1).then_some("merged"))}
           data-event={props.index.to_string()} data-start={e.start.to_string()} data-end={e.end.to_string()}
           data-sources={e.source_count().to_string()} tabindex="0" role="link" aria-label={name.clone()}
           {onclick} {onkeydown} {onfocus}>
            <title>{ name }</title>
            if e.start == e.end {
                <circle cx={((x0 + x_end) / 2.0).to_string()} cy={y.to_string()} r={(props.height / 2.0 - 2.0).max(3.0).to_string()} />
            } else {
                <rect x={x0.to_string()} y={(y - props.height / 2.0).to_string()} width={(x_end - x0).to_string()}
                      height={props.height.to_string()} rx="3" />
            }
        </g>
            if props.chars == usize::MAX {
                // An open long period: its label over its band.
                <text class="event-label" x={(x0.max(GUTTER) + 6.0).to_string()} y={(y + 4.0).to_string()} aria-hidden="true">
                    { format!("{}: {}", e.when(), e.label) }
                </text>
            } else if props.chars > 0 {
                <text class="event-label" x={(x_end.max(GUTTER) + 6.0).to_string()} y={(y + 4.0).to_string()} aria-hidden="true">
                    { crate::truncate(&e.label, props.chars) }
                </text>
            }
        </>
    }
}
