//! What the timeline view shows for the address's [`TimelineParams`]: the events its search
//! allows, each in a lane, the lanes' names, the windows to show, which events are too long for
//! a window's lanes, where zooming is anchored and the chronology's order, computed here so
//! that the page only draws.

use std::collections::HashSet;

use super::{day_number, default_range, Event, Timeline, Window};
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
    /// The window shown first and by "Fit": most events and every publication date
    /// ([`default_range`]).
    pub fit: Window,
    /// Every placed event and publication date, when there is one.
    pub everything: Option<Window>,
}

/// How the chronology list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChronologyOrder {
    /// By date, the earliest first.
    #[default]
    Earliest,
    /// By date, the latest first.
    Latest,
    /// The events most documents report first, then by date.
    MostSources,
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
            everything: Window::around(timeline),
        }
    }

    /// Whether `event` belongs in the "long periods" row rather than a lane at `window`: a
    /// decade or century, or anything longer than the window is wide.
    pub fn is_long(event: &Event, window: Window) -> bool {
        event.is_era() || f64::from(event.days()) > window.to - window.from
    }

    /// The events shown at `window`, split into those drawn in lanes, as (index, lane), and
    /// those of the "long periods" row, by index; both in date order.
    pub fn rows(&self, timeline: &Timeline, window: Window) -> (Vec<(usize, usize)>, Vec<usize>) {
        let (long, lanes): (Vec<_>, Vec<_>) =
            self.events.iter().partition(|&&(i, _)| Self::is_long(&timeline.events[i], window));
        (lanes, long.into_iter().map(|(i, _)| i).collect())
    }

    /// The day zooming at `window` keeps in place: the `focused` event's middle when it is
    /// shown, else that of the shown event in view nearest the window's centre, else the centre.
    /// Zooming about an empty centre pushed the events out of view.
    pub fn anchor(&self, timeline: &Timeline, window: Window, focused: Option<usize>) -> f64 {
        let middle = |i: usize| {
            let e = &timeline.events[i];
            (f64::from(day_number(e.start)) + f64::from(day_number(e.end)) + 1.0) / 2.0
        };
        let centre = window.day_at(0.5);
        if let Some(i) = focused.filter(|f| self.events.iter().any(|&(i, _)| i == *f)) {
            return middle(i);
        }
        self.events
            .iter()
            .map(|&(i, _)| middle(i))
            .filter(|&day| window.shows(day))
            .min_by(|a, b| (a - centre).abs().total_cmp(&(b - centre).abs()))
            .unwrap_or(centre)
    }

    /// The events shown, as indices into [`Timeline::events`], in `order`.
    pub fn chronology(&self, timeline: &Timeline, order: ChronologyOrder) -> Vec<usize> {
        let mut out: Vec<usize> = self.events.iter().map(|&(i, _)| i).collect();
        match order {
            ChronologyOrder::Earliest => {}
            ChronologyOrder::Latest => out.reverse(),
            ChronologyOrder::MostSources => {
                out.sort_by_key(|&i| std::cmp::Reverse(timeline.events[i].source_count()));
            }
        }
        out
    }

    /// The window to show: the one the address asks for, else [`TimelineView::fit`]. Not part
    /// of the view, so that zooming and panning do not run the search again.
    pub fn window(&self, asked: Option<(Date, Date)>) -> Window {
        asked.map_or(self.fit, |(a, b)| Window::of(a, b))
    }

    /// The events shown that lie wholly outside `window`, to list beside the chart.
    pub fn outside<'a>(&self, timeline: &'a Timeline, window: Window) -> Vec<&'a Event> {
        let day = |d| f64::from(day_number(d));
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
            Document::new(meta("a"), "NATO ministers met on Monday. Troops left in June."),
            Document::new(meta("b"), "NATO ministers met on October 28. Nothing happened in 1995."),
            // The same day and entity, but not the same fact: not merged.
            Document::new(meta("c"), "NATO denied reports of a drone on October 28."),
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
            ("", vec![], vec![("1995", 1), ("2024-06", 0), ("2024-10-28", 3), ("2024-10-28", 2)], None),
            ("ministers", vec![], vec![("2024-10-28", 3)], None),
            ("", vec![Filter::Doc("b".into())], vec![("1995", 1), ("2024-10-28", 3)], None),
            (
                "(broken",
                vec![],
                vec![("1995", 1), ("2024-06", 0), ("2024-10-28", 3), ("2024-10-28", 2)],
                Some("this parenthesis is never closed"),
            ),
        ];
        for (query, filters, expected, error) in table {
            let expected: Vec<(String, usize)> =
                expected.into_iter().map(|(t, l)| (t.to_string(), l)).collect();
            assert_eq!(view(query, filters), (expected, error.map(String::from)), "query {query:?}");
        }
    }

    /// A view of one document with every event shown.
    fn single(text: &str) -> (Timeline, TimelineView) {
        let (corpus, _) =
            Corpus::new([Document::new(DocMeta::plain("a", parse_iso_date("2024-10-29")), text)]);
        let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
        let (index, line) = (SearchIndex::new(&corpus, &study), timeline(&corpus, &study));
        let view = TimelineView::new(&corpus, &line, &index, &TimelineParams::default());
        (line, view)
    }

    #[test]
    fn decades_and_periods_wider_than_the_window_go_to_the_long_row() {
        let (line, view) = single(
            "Troops left on Monday. Talks ran in June. War came in the 1950s. It is a 21st century war.",
        );
        let timex = |is: Vec<usize>| -> Vec<String> {
            is.into_iter().map(|i| line.events[i].timex.clone()).collect()
        };
        // Window width in days, then the TIMEX of the lanes' events and of the long row's.
        for (width, lanes, long) in [
            (400.0, vec!["2024-06", "2024-10-28"], vec!["195X", "20"]),
            (20.0, vec!["2024-10-28"], vec!["195X", "20", "2024-06"]),
        ] {
            let window = Window { from: 20_000.0, to: 20_000.0 + width };
            let (in_lanes, in_long) = view.rows(&line, window);
            assert_eq!(timex(in_lanes.into_iter().map(|(i, _)| i).collect()), lanes, "{width}");
            assert_eq!(timex(in_long), long, "{width}");
        }
    }

    #[test]
    fn zoom_is_anchored_at_the_focused_event_else_the_one_nearest_the_centre() {
        let (line, view) = single("Troops left on May 27. Talks began on October 28.");
        let may = f64::from(day_number(Date::constant(2024, 5, 27))) + 0.5;
        let october = f64::from(day_number(Date::constant(2024, 10, 28))) + 0.5;
        let window = Window { from: may - 10.0, to: october + 10.0 };
        assert_eq!(view.anchor(&line, window, Some(1)), october);
        assert_eq!(view.anchor(&line, window, None), may, "May 27 is nearer the empty centre");
        let empty = Window { from: 0.0, to: 10.0 };
        assert_eq!(view.anchor(&line, empty, None), 5.0);
        // "+" pressed three times on October 28 keeps it in view.
        let mut zoomed = window;
        for _ in 0..3 {
            zoomed = zoomed.zoomed_around(0.5, view.anchor(&line, zoomed, Some(1)));
            assert!(zoomed.shows(october), "{zoomed:?}");
        }
    }

    #[test]
    fn the_chronology_sorts_by_date_either_way_or_by_sources() {
        let (line, view) = single("Troops left on May 27. Talks began on October 28. Troops left on May 20.");
        let dates = |order| -> Vec<String> {
            view.chronology(&line, order).into_iter().map(|i| line.events[i].timex.clone()).collect()
        };
        assert_eq!(dates(ChronologyOrder::Earliest), ["2024-05-20", "2024-05-27", "2024-10-28"]);
        assert_eq!(dates(ChronologyOrder::Latest), ["2024-10-28", "2024-05-27", "2024-05-20"]);
        assert_eq!(dates(ChronologyOrder::MostSources).len(), 3);
    }
}
