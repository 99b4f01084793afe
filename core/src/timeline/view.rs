//! What the timeline view shows for the address's [`TimelineParams`]: the events its search
//! allows, each in a lane, the lanes' names and the windows to show, computed here so that
//! the page only draws.

use std::collections::HashSet;

use super::{default_range, Event, Timeline, Window};
use crate::corpus::{Corpus, Date};
use crate::route::TimelineParams;
use crate::search::query::QueryError;
use crate::search::SearchIndex;

/// The timeline as a view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineView {
    /// The events shown, as (index into [`Timeline::events`], lane), in date order.
    pub events: Vec<(usize, usize)>,
    /// The lanes' names, top to bottom: one per document (or theme, then "No theme"), then
    /// "Several sources" for events more than one document reports.
    pub lanes: Vec<String>,
    /// Why the search does not parse, if it does not (every event is shown then).
    pub error: Option<QueryError>,
    /// The window shown first: the events finer than a decade ([`default_range`]).
    pub fit: Window,
    /// Every placed event, when there is one.
    pub everything: Option<Window>,
}

impl TimelineView {
    /// The view of `timeline` for `params`: its search (query and filters) keeps the events
    /// one of whose sentences it finds.
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::{SearchParams, TimelineParams};
    /// use newslens_core::timeline::{timeline, TimelineView};
    /// use newslens_core::{corpus::parse_iso_date, search::SearchIndex, study::Study, Corpus, DocMeta, Document};
    /// let meta = DocMeta::plain("a", parse_iso_date("2024-10-29"));
    /// let (corpus, _) = Corpus::new([Document::new(meta, "NATO met on Monday. Troops left in June.")]);
    /// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    /// let (index, line) = (SearchIndex::new(&corpus, &study), timeline(&corpus, &study));
    /// let search = SearchParams { query: "troops".into(), filters: vec![] };
    /// let view = TimelineView::new(&corpus, &line, &index, &TimelineParams { search, ..Default::default() });
    /// assert_eq!(view.events.len(), 1);
    /// assert_eq!(line.events[view.events[0].0].timex, "2024-06");
    /// assert_eq!(view.lanes, ["NATO met on Monday.", "Several sources"]);
    /// ```
    pub fn new(
        corpus: &Corpus,
        timeline: &Timeline,
        index: &SearchIndex,
        params: &TimelineParams,
    ) -> TimelineView {
        let outcome = params.search.matches(index, None);
        let allowed: Option<HashSet<(usize, usize)>> = (outcome.searching && outcome.error.is_none())
            .then(|| outcome.sentences(index).into_iter().collect());
        let themes = corpus.themes();
        let lanes: Vec<String> = if params.by_theme {
            themes.list().iter().map(|t| t.label.clone()).chain(["No theme".to_string()]).collect()
        } else {
            corpus.documents().iter().map(|d| d.label.clone()).collect()
        };
        let several = lanes.len();
        let lane_of = |e: &Event| match (e.source_count() > 1, params.by_theme) {
            (true, _) => several,
            (false, true) => e.themes.first().copied().unwrap_or(themes.len()),
            (false, false) => e.sources[0].doc,
        };
        let events = timeline
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                allowed.as_ref().is_none_or(|a| e.sources.iter().any(|s| a.contains(&(s.doc, s.sentence))))
            })
            .map(|(i, e)| (i, lane_of(e)))
            .collect();
        let (first, last) = default_range(timeline);
        let fit = Window::of(first, last);
        TimelineView {
            events,
            lanes: lanes.into_iter().chain(["Several sources".to_string()]).collect(),
            error: outcome.error,
            fit,
            everything: Window::around(&timeline.events),
        }
    }

    /// The window to show: the one the address asks for, else [`TimelineView::fit`]. Not part
    /// of the view, so that zooming and panning do not run the search again.
    pub fn window(&self, asked: Option<(Date, Date)>) -> Window {
        asked.map_or(self.fit, |(a, b)| Window::of(a, b))
    }

    /// The events shown that lie wholly outside `window`, to list beside the chart.
    pub fn outside<'a>(&self, timeline: &'a Timeline, window: Window) -> Vec<&'a Event> {
        let day = |d| f64::from(super::day_number(d));
        self.events
            .iter()
            .map(|&(i, _)| &timeline.events[i])
            .filter(|e| day(e.end) < window.from || day(e.start) > window.to)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_iso_date;
    use crate::route::SearchParams;
    use crate::search::Filter;
    use crate::study::Study;
    use crate::timeline::timeline;
    use crate::{DocMeta, Document};

    #[test]
    fn the_search_restricts_events_and_lanes_follow_documents() {
        let meta = |id: &str| DocMeta::plain(id, parse_iso_date("2024-10-29"));
        let (corpus, _) = Corpus::new([
            Document::new(meta("a"), "NATO met on Monday. Troops left in June."),
            Document::new(meta("b"), "NATO met on October 28. Nothing happened in 1995."),
        ]);
        let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
        let (index, line) = (SearchIndex::new(&corpus, &study), timeline(&corpus, &study));
        let view = |query: &str, filters: Vec<Filter>| {
            let search = SearchParams { query: query.into(), filters };
            let v =
                TimelineView::new(&corpus, &line, &index, &TimelineParams { search, ..Default::default() });
            let shown: Vec<(String, usize)> =
                v.events.iter().map(|&(i, lane)| (line.events[i].timex.clone(), lane)).collect();
            (shown, v.error.map(|e| e.message))
        };
        // Query, filters, the events shown as (TIMEX, lane), and the error.
        type Case<'a> = (&'a str, Vec<Filter>, Vec<(&'a str, usize)>, Option<&'a str>);
        let table: Vec<Case> = vec![
            ("", vec![], vec![("1995", 1), ("2024-06", 0), ("2024-10-28", 2)], None),
            ("NATO", vec![], vec![("2024-10-28", 2)], None),
            ("", vec![Filter::Doc("b".into())], vec![("1995", 1), ("2024-10-28", 2)], None),
            (
                "(broken",
                vec![],
                vec![("1995", 1), ("2024-06", 0), ("2024-10-28", 2)],
                Some("this parenthesis is never closed"),
            ),
        ];
        for (query, filters, expected, error) in table {
            let expected: Vec<(String, usize)> =
                expected.into_iter().map(|(t, l)| (t.to_string(), l)).collect();
            assert_eq!(view(query, filters), (expected, error.map(String::from)), "query {query:?}");
        }
    }
}
