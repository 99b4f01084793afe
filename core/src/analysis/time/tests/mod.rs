//! Tests of the TIME recogniser: tables of news-style sentences with the spans and values
//! expected in them, one submodule per family of expressions, plus the properties every value
//! and span keeps.

mod calendar;
mod clock;
mod durations;
mod regressions;
mod relative;

use jiff::civil::Date;

use super::char_bounded;
use super::find_times;
use crate::analysis::span::{Precision, Span, SpanValue};

/// One table row: a news-style sentence, its reference date, and the expected TIME spans
/// in order as (span text, TIMEX3 value).
struct Case {
    name: &'static str,
    sentence: &'static str,
    reference: Option<Date>,
    expected: &'static [(&'static str, &'static str)],
}

const fn case(
    name: &'static str,
    sentence: &'static str,
    reference: Option<Date>,
    expected: &'static [(&'static str, &'static str)],
) -> Case {
    Case { name, sentence, reference, expected }
}

/// A Wednesday in ISO week 2025-W11.
const WED: Option<Date> = Some(Date::constant(2025, 3, 12));
/// A January day, inside the winter that began the December before.
const JAN: Option<Date> = Some(Date::constant(2025, 1, 15));
const UNDATED: Option<Date> = None;

fn timex(span: &Span) -> String {
    match &span.value {
        SpanValue::Time(value) => value.timex.clone(),
        other => format!("{other:?}"),
    }
}

fn run(table: &[Case]) {
    let failures: Vec<String> = table
        .iter()
        .filter_map(|c| {
            let spans = find_times(c.sentence, 0..c.sentence.len(), c.reference);
            let found: Vec<(&str, String)> =
                spans.iter().map(|s| (&c.sentence[s.range.clone()], timex(s))).collect();
            let expected: Vec<(&str, String)> = c.expected.iter().map(|(t, v)| (*t, v.to_string())).collect();
            (found != expected).then(|| format!("{}: expected {expected:?}, found {found:?}", c.name))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn quarters_carry_their_days_but_no_precision() {
    let sentence = "Revenue rose in the second quarter of 2023.";
    let spans = find_times(sentence, 0..sentence.len(), WED);
    let Some(SpanValue::Time(value)) = spans.first().map(|s| &s.value) else { panic!("no TIME") };
    let interval = (Date::constant(2023, 4, 1), Date::constant(2023, 6, 30));
    assert_eq!((value.interval, value.precision), (Some(interval), None));
}

#[test]
fn placed_values_carry_their_first_and_last_day() {
    let d = |y, m, day| Date::constant(y, m, day);
    let table = [
        ("Troops left on Monday.", (d(2025, 3, 10), d(2025, 3, 10)), Precision::Day),
        ("Troops left last week.", (d(2025, 3, 3), d(2025, 3, 9)), Precision::Week),
        ("Troops left in February.", (d(2025, 2, 1), d(2025, 2, 28)), Precision::Month),
        ("Troops left last winter.", (d(2024, 12, 1), d(2025, 2, 28)), Precision::Season),
        ("Troops left in 2024.", (d(2024, 1, 1), d(2024, 12, 31)), Precision::Year),
        ("Troops left in the 1950s.", (d(1950, 1, 1), d(1959, 12, 31)), Precision::Decade),
        ("Troops left in the 21st century.", (d(2000, 1, 1), d(2099, 12, 31)), Precision::Century),
    ];
    for (sentence, interval, precision) in table {
        let spans = find_times(sentence, 0..sentence.len(), WED);
        let Some(SpanValue::Time(value)) = spans.first().map(|s| &s.value) else {
            panic!("{sentence}: no TIME")
        };
        assert_eq!((value.interval, value.precision), (Some(interval), Some(precision)), "{sentence}");
    }
}

#[test]
fn durations_sets_and_vague_values_have_no_interval() {
    let sentence = "For three years, $5 a day bought bread, and now the future is bleak.";
    let spans = find_times(sentence, 0..sentence.len(), WED);
    assert_eq!(spans.len(), 4);
    for span in spans {
        let SpanValue::Time(value) = span.value else { panic!("not a TIME value") };
        assert_eq!((value.interval, value.precision), (None, None), "{}", value.timex);
    }
}

#[test]
fn hostile_input_never_panics_and_spans_stay_well_formed() {
    let long_digits = "9".repeat(5000);
    let inputs = [
        "",
        " ",
        "....,,,;;;---'''\u{2019}\u{2019}",
        long_digits.as_str(),
        "in 99999999999999999999999 years, every 99999999999999999999 days, May 99999999999",
        "the 999999999th century, the 9990s, '9s, '', mid-, the, a.m., 99:99 p.m., 2024-99-99",
        "В 2024 году, 2024年5月27日, ٢٠٢٤ في مايو, Montag und im Juni",
        "🎉 Monday 🎉 in 2024 🚀 the 1950s👍 last week🔥 a month",
        "May 27, 2024 — 3 p.m. Monday, Oct. 28 — 28th October 2024 — mid-1990s — 21st-century",
        "\u{202e}Monday\u{200b} June\u{feff}2024 e\u{301}t\u{e9} 1\u{fe0f}\u{20e3} years",
    ];
    for text in inputs {
        let len = text.len();
        #[allow(clippy::reversed_empty_ranges)]
        let ranges = [0..len, 1..len.saturating_sub(1), len / 2..len, 3..2, 0..len + 10, len + 5..len + 9];
        for range in ranges {
            for reference in [WED, UNDATED, Some(Date::MIN), Some(Date::MAX)] {
                let spans = find_times(text, range.clone(), reference);
                let bounded = char_bounded(text, range.clone());
                let mut previous_end = bounded.start;
                for span in &spans {
                    assert!(span.range.start >= previous_end && span.range.end <= bounded.end, "{text:?}");
                    assert!(text.get(span.range.clone()).is_some_and(|s| !s.is_empty()), "{text:?}");
                    previous_end = span.range.end;
                }
                assert_eq!(spans, find_times(text, range.clone(), reference), "deterministic");
            }
        }
    }
}
