//! The chronology: the timeline's events as a table, one row per event with when, what (its
//! label), and a link to each source's sentence; sorted by date either way or by sources, and
//! restricted by the timeline's search like the chart. It is the chart's accessible twin and
//! what the timeline prints.

use std::rc::Rc;

use newslens_core::route::{ReaderParams, Route};
use newslens_core::timeline::{ChronologyOrder, TimelineView};
use yew::prelude::*;

use crate::hooks::{use_app, use_timeline};

/// [`Chronology`]'s properties.
#[derive(Properties, PartialEq)]
pub struct ChronologyProps {
    /// The events the timeline shows.
    pub view: Rc<TimelineView>,
}

/// The table `#chronology`.
#[component]
pub fn Chronology(props: &ChronologyProps) -> Html {
    let app = use_app();
    let line = use_timeline();
    let order = use_state(ChronologyOrder::default);
    let corpus = app.corpus();
    let documents = corpus.documents();
    let rows = props.view.chronology(&line, *order);
    let sort_button = |label: &'static str, next: ChronologyOrder, sorted: Option<&'static str>| {
        let order = order.clone();
        html! {
            <th scope="col" aria-sort={sorted.unwrap_or("none")}>
                <button type="button" class="sort" onclick={Callback::from(move |_| order.set(next))}>{ label }</button>
            </th>
        }
    };
    let by_date = match *order {
        ChronologyOrder::Earliest => sort_button("When", ChronologyOrder::Latest, Some("ascending")),
        ChronologyOrder::Latest => sort_button("When", ChronologyOrder::Earliest, Some("descending")),
        ChronologyOrder::MostSources => sort_button("When", ChronologyOrder::Earliest, None),
    };
    let most = (*order == ChronologyOrder::MostSources).then_some("descending");
    let by_sources = sort_button("Sources", ChronologyOrder::MostSources, most);
    html! {
        <table id="chronology" aria-labelledby="chronology-title" data-order={format!("{:?}", *order)}>
            <thead>
                <tr>
                    { by_date }
                    <th scope="col">{ "What" }</th>
                    { by_sources }
                </tr>
            </thead>
            <tbody>
                for i in rows {
                    {{
                        let e = &line.events[i];
                        html! {
                            <tr data-chronology={i.to_string()} data-start={e.start.to_string()} data-end={e.end.to_string()}>
                                <td class="when">{ e.when() }</td>
                                <td class="what">{ &e.label }</td>
                                <td class="sources">
                                    <ul>
                                        for s in e.sources.iter() {
                                            {{
                                                let doc = &documents[s.doc];
                                                let params = ReaderParams { sentence: Some(s.sentence), ..ReaderParams::default() };
                                                let href = Route::Doc { id: doc.id().to_string(), params }.to_hash();
                                                html! {
                                                    <li><a {href} title={s.label.clone()}>{ crate::truncate(&doc.label, 48) }</a>{ format!(" (“{}”)", s.expression) }</li>
                                                }
                                            }}
                                        }
                                    </ul>
                                </td>
                            </tr>
                        }
                    }}
                }
            </tbody>
        </table>
    }
}
