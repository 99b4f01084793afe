//! The timeline: the events the articles mention, each a TIME span placed in the calendar with
//! its sentence, entities and themes. Events with the same interval whose sentences share an
//! entity merge across documents into one event "reported by N sources". TIME spans that
//! cannot be placed (no reference date, vague references) are kept with the reason.

mod axis;
mod export;
mod view;

use std::collections::BTreeMap;

pub use axis::{day_number, default_range, from_day_number, ticks, Window};
pub use export::{to_csv, to_json};
pub use view::TimelineView;

use crate::analysis::{Analysis, Precision, SpanValue, TimexType};
use crate::corpus::{Corpus, Date};
use crate::study::Study;

/// Where one source reports an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Document index.
    pub doc: usize,
    /// Sentence index in that document's analysis.
    pub sentence: usize,
    /// The TIME span's index in that document's analysis.
    pub span: usize,
    /// The TIME expression as written: "Monday", "last summer".
    pub expression: String,
}

/// A placed event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// First day.
    pub start: Date,
    /// Last day (inclusive).
    pub end: Date,
    /// How finely it is known, when the engine says.
    pub precision: Option<Precision>,
    /// TIMEX3 value: `2024-10-28`, `2023-SU`.
    pub timex: String,
    /// Every source, in document order.
    pub sources: Vec<Source>,
    /// Entity ids mentioned in its sentences.
    pub entities: Vec<String>,
    /// Theme indices of its sentences.
    pub themes: Vec<usize>,
}

impl Event {
    /// How many documents report it.
    pub fn source_count(&self) -> usize {
        let mut docs: Vec<usize> = self.sources.iter().map(|s| s.doc).collect();
        docs.dedup();
        docs.len()
    }
}

/// A TIME that names a date or period but cannot be placed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// Where it is.
    pub source: Source,
    /// TIMEX3 value: `XXXX-05-27`, `PAST_REF`.
    pub timex: String,
    /// Why it is not on the axis.
    pub reason: String,
}

/// Placed events by start date, and the unplaced ones.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// Placed events, by start then end.
    pub events: Vec<Event>,
    /// TIMEs that could not be placed, in document order.
    pub unplaced: Vec<Unplaced>,
}

/// Builds the timeline of a corpus from its analysis.
///
/// # Example
/// ```
/// use newslens_core::{corpus::parse_iso_date, study::Study, timeline::timeline, Corpus, DocMeta, Document};
/// let meta = |id: &str, date: Option<&str>| DocMeta::plain(id, date.and_then(parse_iso_date));
/// let (corpus, _) = Corpus::new([
///     Document::new(meta("a", Some("2024-10-29")), "NATO met on Monday."),
///     Document::new(meta("b", Some("2024-10-30")), "NATO met on October 28."),
///     Document::new(meta("c", None), "NATO met on Monday."),
/// ]);
/// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
/// let t = timeline(&corpus, &study);
/// assert_eq!(t.events.len(), 1);
/// assert_eq!(t.events[0].start.to_string(), "2024-10-28");
/// assert_eq!(t.events[0].source_count(), 2);
/// assert_eq!(t.unplaced[0].reason, "the document has no reference date");
/// ```
pub fn timeline(corpus: &Corpus, study: &Study) -> Timeline {
    let mut placed: Vec<Event> = Vec::new();
    let mut unplaced = Vec::new();
    for (d, analysis) in study.analyses.iter().enumerate() {
        let text = &corpus.documents()[d].text;
        let has_reference = study.reference_date(d).is_some();
        for (s, span) in analysis.spans.iter().enumerate() {
            let SpanValue::Time(time) = &span.value else { continue };
            if time.kind != TimexType::Date {
                continue;
            }
            let sentence = span.sentence;
            let source =
                Source { doc: d, sentence, span: s, expression: text[span.range.clone()].to_string() };
            let Some((start, end)) = time.interval else {
                let reason = if time.timex.ends_with("_REF") {
                    format!("a vague reference ({})", time.timex.to_lowercase().replace('_', " "))
                } else if !has_reference {
                    "the document has no reference date".to_string()
                } else {
                    "not resolvable to calendar days".to_string()
                };
                unplaced.push(Unplaced { source, timex: time.timex.clone(), reason });
                continue;
            };
            let entities = sentence_entities(analysis, sentence);
            let themes = analysis.sentence_themes[sentence].clone();
            placed.push(Event {
                start,
                end,
                precision: time.precision,
                timex: time.timex.clone(),
                sources: vec![source],
                entities,
                themes,
            });
        }
    }
    Timeline { events: merge(placed), unplaced }
}

fn sentence_entities(analysis: &Analysis, sentence: usize) -> Vec<String> {
    let mut out: Vec<String> = analysis
        .spans_in(sentence)
        .iter()
        .filter_map(|sp| match sp.value {
            SpanValue::Entity { id } => Some(analysis.entities[id].id.clone()),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Merges events with the same interval whose sentences share an entity, across documents.
fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut by_interval: BTreeMap<(Date, Date), Vec<Event>> = BTreeMap::new();
    for event in events {
        let group = by_interval.entry((event.start, event.end)).or_default();
        let shared = group.iter_mut().find(|e| {
            e.sources.iter().all(|s| s.doc != event.sources[0].doc)
                && e.entities.iter().any(|x| event.entities.contains(x))
        });
        match shared {
            Some(existing) => {
                existing.sources.extend(event.sources);
                for entity in event.entities {
                    if !existing.entities.contains(&entity) {
                        existing.entities.push(entity);
                    }
                }
                for theme in event.themes {
                    if !existing.themes.contains(&theme) {
                        existing.themes.push(theme);
                    }
                }
            }
            None => group.push(event),
        }
    }
    by_interval.into_values().flatten().collect()
}
