//! The timeline: the events the articles mention, each a TIME span placed in the calendar with
//! its sentence, entities and themes. Events with the same interval whose sentences share an
//! entity merge across documents into one event "reported by N sources". TIME spans that
//! cannot be placed (no reference date, vague references) are kept with the reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use crate::analysis::{Precision, SpanValue, TimexType};
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
        let has_reference = corpus.documents()[d].meta.reference_date.is_some();
        for (s, span) in analysis.spans.iter().enumerate() {
            let SpanValue::Time(time) = &span.value else { continue };
            if time.kind != TimexType::Date {
                continue;
            }
            let Some(sentence) = analysis
                .sentences
                .iter()
                .position(|r| r.start <= span.range.start && span.range.end <= r.end)
            else {
                continue;
            };
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
            let range = &analysis.sentences[sentence];
            let entities = sentence_entities(study, d, range);
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

fn sentence_entities(study: &Study, doc: usize, range: &Range<usize>) -> Vec<String> {
    let analysis = &study.analyses[doc];
    let mut out: Vec<String> = analysis
        .spans
        .iter()
        .filter(|sp| sp.label.is_entity() && range.start <= sp.range.start && sp.range.end <= range.end)
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

/// The events as CSV: one row per source, with the event's dates and source count.
pub fn to_csv(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let mut out = String::from("start,end,timex,sources,document,expression,sentence\n");
    for event in &timeline.events {
        for source in &event.sources {
            let doc = &corpus.documents()[source.doc];
            let sentence = &doc.text[study.analyses[source.doc].sentences[source.sentence].clone()];
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{}",
                event.start,
                event.end,
                csv(&event.timex),
                event.source_count(),
                csv(doc.id()),
                csv(&source.expression),
                csv(sentence)
            );
        }
    }
    out
}

/// The events and unplaced TIMEs as JSON.
pub fn to_json(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let source_json = |s: &Source| {
        let doc = &corpus.documents()[s.doc];
        let sentence = &doc.text[study.analyses[s.doc].sentences[s.sentence].clone()];
        format!(
            "{{\"document\":{},\"expression\":{},\"sentence\":{}}}",
            json(doc.id()),
            json(&s.expression),
            json(sentence)
        )
    };
    let events: Vec<String> = timeline
        .events
        .iter()
        .map(|e| {
            let sources: Vec<String> = e.sources.iter().map(source_json).collect();
            let entities: Vec<String> = e.entities.iter().map(|x| json(x)).collect();
            format!(
                "{{\"start\":\"{}\",\"end\":\"{}\",\"timex\":{},\"source_count\":{},\"entities\":[{}],\"sources\":[{}]}}",
                e.start,
                e.end,
                json(&e.timex),
                e.source_count(),
                entities.join(","),
                sources.join(",")
            )
        })
        .collect();
    let unplaced: Vec<String> = timeline
        .unplaced
        .iter()
        .map(|u| {
            format!(
                "{{\"timex\":{},\"reason\":{},\"source\":{}}}",
                json(&u.timex),
                json(&u.reason),
                source_json(&u.source)
            )
        })
        .collect();
    format!("{{\"events\":[{}],\"unplaced\":[{}]}}\n", events.join(",\n"), unplaced.join(",\n"))
}

fn csv(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A JSON string literal.
fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_valid() {
        assert_eq!(csv("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv("plain"), "plain");
        assert_eq!(json("say \"hi\"\n\u{1}"), "\"say \\\"hi\\\"\\n\\u0001\"");
    }
}

/// Days since 1970-01-01 (negative before), for drawing dates on a linear axis.
pub fn day_number(date: Date) -> i32 {
    // Howard Hinnant's days_from_civil.
    let (y, m, d) = (i32::from(date.year()), i32::from(date.month()), i32::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number; out-of-range numbers clamp to jiff's limits.
pub fn from_day_number(days: i32) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    let y = i16::try_from(y.clamp(-9999, 9999)).unwrap_or(9999);
    Date::new(y, m as i8, d as i8).unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

/// The span the axis shows first: the placed events finer than a decade, with a margin, so
/// that a century does not squeeze last week into a pixel; everything when only wide ones exist.
pub fn default_range(timeline: &Timeline) -> (Date, Date) {
    let fine: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|e| !matches!(e.precision, Some(Precision::Decade | Precision::Century)))
        .collect();
    let shown = if fine.is_empty() { timeline.events.iter().collect() } else { fine };
    let (mut from, mut to) = (i32::MAX, i32::MIN);
    for e in shown {
        from = from.min(day_number(e.start));
        to = to.max(day_number(e.end));
    }
    if from > to {
        let today = day_number(Date::constant(2024, 1, 1));
        return (from_day_number(today - 365), from_day_number(today + 365));
    }
    let margin = ((to - from) / 20).max(15);
    (from_day_number(from - margin), from_day_number(to + margin))
}

/// Axis ticks for a view: a step that gives a handful of labels (days, weeks, months, quarters,
/// years, decades or centuries), each tick with its label.
///
/// # Example
/// ```
/// use newslens_core::timeline::ticks;
/// let labels: Vec<String> = ticks("2024-05-15".parse().unwrap(), "2024-11-10".parse().unwrap())
///     .into_iter().map(|(_, label)| label).collect();
/// assert_eq!(labels, ["Jun 2024", "Jul", "Aug", "Sep", "Oct", "Nov"]);
/// ```
pub fn ticks(from: Date, to: Date) -> Vec<(Date, String)> {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let span = day_number(to) - day_number(from);
    let mut out = Vec::new();
    if span <= 21 {
        for n in day_number(from)..=day_number(to) {
            let d = from_day_number(n);
            out.push((d, format!("{} {}", d.day(), MONTHS[(d.month() - 1) as usize])));
        }
    } else if span <= 120 {
        // Mondays.
        let first = day_number(from) + (7 - (day_number(from) + 3).rem_euclid(7)) % 7;
        for n in (first..=day_number(to)).step_by(7) {
            let d = from_day_number(n);
            out.push((d, format!("{} {}", d.day(), MONTHS[(d.month() - 1) as usize])));
        }
    } else if span <= 800 {
        let months_step = if span <= 400 { 1 } else { 3 };
        let (mut y, mut m) = (from.year(), from.month());
        loop {
            let d = Date::new(y, m, 1).unwrap_or(Date::MAX);
            if d > to {
                break;
            }
            if d >= from && (m - 1) % months_step == 0 {
                let first_of_year = out.is_empty() || m == 1;
                let label = if first_of_year {
                    format!("{} {y}", MONTHS[(m - 1) as usize])
                } else {
                    MONTHS[(m - 1) as usize].to_string()
                };
                out.push((d, label));
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    } else {
        let years = span / 365;
        let step: i16 = match years {
            0..=12 => 1,
            13..=40 => 5,
            41..=150 => 10,
            151..=600 => 50,
            _ => 100,
        };
        let mut y = from.year() + (step - from.year().rem_euclid(step)) % step;
        while let Ok(d) = Date::new(y, 1, 1) {
            if d > to {
                break;
            }
            if d >= from {
                let label = if step >= 10 { format!("{y}s") } else { y.to_string() };
                out.push((d, label));
            }
            y += step;
        }
    }
    out
}

#[cfg(test)]
mod axis_tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for date in ["1970-01-01", "2024-02-29", "1950-12-31", "2100-03-01", "0001-01-01"] {
            let d: Date = date.parse().unwrap();
            assert_eq!(from_day_number(day_number(d)), d, "{date}");
        }
        assert_eq!(day_number(Date::constant(1970, 1, 2)), 1);
    }

    #[test]
    fn ticks_adapt_to_the_span() {
        let labels = |a: &str, b: &str| -> Vec<String> {
            ticks(a.parse().unwrap(), b.parse().unwrap()).into_iter().map(|(_, l)| l).collect()
        };
        assert_eq!(labels("2024-10-26", "2024-10-30"), ["26 Oct", "27 Oct", "28 Oct", "29 Oct", "30 Oct"]);
        assert_eq!(labels("2024-10-01", "2024-11-05")[0], "7 Oct");
        assert_eq!(labels("2020-06-01", "2024-06-01"), ["2021", "2022", "2023", "2024"]);
        assert_eq!(labels("1940-01-01", "2030-01-01")[..3], ["1940s", "1950s", "1960s"]);
    }
}
