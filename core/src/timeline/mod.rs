//! The timeline: the events the articles mention, each a TIME span placed in the calendar with
//! its sentence, a label from its clause ([`label`]), entities and themes. One document's
//! mentions of one interval are one event (one mark); events of several documents with the
//! same interval merge into one "reported by N sources" only when they share a fact: an entity
//! and at least [`SHARED_WORDS`] content words or a number of their clauses, so that two
//! articles' "21st century" stay apart unless they say the same thing of it. TIME spans that
//! cannot be placed (no reference date, vague references) are kept with the reason.

mod axis;
mod export;
mod label;
mod view;

use crate::explain::MONTHS;
use std::collections::BTreeMap;

pub use axis::{day_number, default_range, from_day_number, ticks, Window};
pub use export::{to_csv, to_json};
pub use view::{ChronologyOrder, TimelineView};

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
    /// What its clause says: "Ukrainian troops penetrated Russian defenses".
    pub label: String,
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
    /// What happened, from its first source's clause (and, when one document mentions the
    /// interval more than once, from each of that document's clauses).
    pub label: String,
    /// Entity ids mentioned in its sentences.
    pub entities: Vec<String>,
    /// Theme indices of its sentences.
    pub themes: Vec<usize>,
}

impl Event {
    /// Whether it spans a decade or more: such periods go to the chart's "long periods" row.
    pub fn is_era(&self) -> bool {
        matches!(self.precision, Some(Precision::Decade | Precision::Century))
    }

    /// Its days, first and last included.
    pub fn days(&self) -> i32 {
        day_number(self.end) - day_number(self.start) + 1
    }

    /// When it was, in words: "28 October 2024", "the week of 21 October 2024", "June 2024",
    /// "summer 2023", "2023", "the 1950s", "the 21st century".
    ///
    /// # Example
    /// ```
    /// use newslens_core::{corpus::parse_iso_date, study::Study, timeline::timeline, Corpus, DocMeta, Document};
    /// let meta = DocMeta::plain("a", parse_iso_date("2024-10-29"));
    /// let text = "NATO met on Monday. It rained last summer. War came in the 1950s. It is a 21st century war.";
    /// let (corpus, _) = Corpus::new([Document::new(meta, text)]);
    /// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    /// let when: Vec<String> = timeline(&corpus, &study).events.iter().map(|e| e.when()).collect();
    /// assert_eq!(when, ["the 1950s", "the 21st century", "summer 2023", "28 October 2024"]);
    /// ```
    pub fn when(&self) -> String {
        let day = |d: Date| format!("{} {} {}", d.day(), MONTHS[(d.month() - 1) as usize], d.year());
        let (start, year) = (self.start, self.start.year());
        match self.precision {
            Some(Precision::Day) if self.start == self.end => day(start),
            Some(Precision::Week) => format!("the week of {}", day(start)),
            Some(Precision::Month) => format!("{} {year}", MONTHS[(start.month() - 1) as usize]),
            Some(Precision::Season) => {
                let season = match self.timex.rsplit('-').next() {
                    Some("SP") => "spring",
                    Some("SU") => "summer",
                    Some("FA" | "AU") => "autumn",
                    _ => "winter",
                };
                format!("{season} {}", self.end.year())
            }
            Some(Precision::Year) => year.to_string(),
            Some(Precision::Decade) => format!("the {year}s"),
            Some(Precision::Century) => {
                let century = year / 100 + 1;
                let suffix = match (century % 10, century % 100) {
                    (_, 11..=13) => "th",
                    (1, _) => "st",
                    (2, _) => "nd",
                    (3, _) => "rd",
                    _ => "th",
                };
                format!("the {century}{suffix} century")
            }
            _ => format!("{} to {}", day(start), day(self.end)),
        }
    }

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
    /// Each document's publication (reference) date, as the `Study` has it.
    pub published: Vec<Option<Date>>,
}

/// Content words (or numbers) two sources' clauses must share, besides an entity, to be one
/// fact reported twice.
pub const SHARED_WORDS: usize = 2;

/// Builds the timeline of a corpus from its analysis.
///
/// # Example
/// ```
/// use newslens_core::{corpus::parse_iso_date, study::Study, timeline::timeline, Corpus, DocMeta, Document};
/// let meta = |id: &str, date: Option<&str>| DocMeta::plain(id, date.and_then(parse_iso_date));
/// let (corpus, _) = Corpus::new([
///     Document::new(meta("a", Some("2024-10-29")), "NATO ministers met on Monday."),
///     Document::new(meta("b", Some("2024-10-30")), "NATO ministers met on October 28."),
///     Document::new(meta("c", None), "NATO ministers met on Monday."),
/// ]);
/// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
/// let t = timeline(&corpus, &study);
/// assert_eq!(t.events.len(), 1);
/// assert_eq!(t.events[0].start.to_string(), "2024-10-28");
/// assert_eq!(t.events[0].source_count(), 2);
/// assert_eq!(t.events[0].label, "NATO ministers met");
/// assert_eq!(t.unplaced[0].reason, "the document has no reference date");
/// ```
pub fn timeline(corpus: &Corpus, study: &Study) -> Timeline {
    let mut placed = Vec::new();
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
            let clause = label::clause(text, analysis, s);
            let expression = text[span.range.clone()].to_string();
            let source = Source { doc: d, sentence, span: s, expression, label: clause.label };
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
            let label = source.label.clone();
            let event = Event {
                start,
                end,
                precision: time.precision,
                timex: time.timex.clone(),
                sources: vec![source],
                label,
                entities,
                themes,
            };
            placed.push((event, clause.words));
        }
    }
    let published = (0..study.analyses.len()).map(|d| study.reference_date(d)).collect();
    Timeline { events: merge(placed), unplaced, published }
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

/// An event and the words of its clauses ([`label::Clause::words`]).
type WithWords = (Event, Vec<String>);

/// Merges events with the same interval: always within one document (one mark for two
/// mentions), across documents when they share a fact. Each event comes with its clause's words.
fn merge(events: Vec<WithWords>) -> Vec<Event> {
    let mut by_interval: BTreeMap<(Date, Date), Vec<WithWords>> = BTreeMap::new();
    for (event, words) in events {
        let group = by_interval.entry((event.start, event.end)).or_default();
        let doc = event.sources[0].doc;
        let same_document = group.iter().position(|(e, _)| e.sources.iter().any(|s| s.doc == doc));
        let same_fact = || {
            group.iter().position(|(e, known)| {
                e.sources.iter().all(|s| s.doc != doc)
                    && e.entities.iter().any(|x| event.entities.contains(x))
                    && words.iter().filter(|w| known.contains(w)).count() >= SHARED_WORDS
            })
        };
        match same_document.or_else(same_fact) {
            Some(at) => {
                let (existing, known) = &mut group[at];
                if existing.sources[0].doc == doc && !existing.label.contains(&event.label) {
                    existing.label = format!("{}; {}", existing.label, event.label);
                }
                existing.sources.extend(event.sources);
                existing.sources.sort_by_key(|s| (s.doc, s.span));
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
                known.extend(words);
            }
            None => group.push((event, words)),
        }
    }
    by_interval.into_values().flatten().map(|(event, _)| event).collect()
}
