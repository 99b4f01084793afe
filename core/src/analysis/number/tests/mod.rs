//! Tests of the NUMBER recogniser: tables of sentences with the spans, values, units and
//! hedges expected in them, one submodule per family, plus properties of every span.

mod amounts;
mod currencies;
mod ranges;
mod regressions;
mod scores;

use std::ops::Range;

use super::find_numbers;
use crate::analysis::span::{Label, Quantity, SpanValue};

/// One table row: a sentence and the NUMBER spans expected in it, each as
/// (span text, value, unit, hedge); value is `null`, a number or `[low,high]`, and an
/// empty unit or hedge means none.
struct Case {
    name: &'static str,
    sentence: &'static str,
    expected: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

const fn case(
    name: &'static str,
    sentence: &'static str,
    expected: &'static [(&'static str, &'static str, &'static str, &'static str)],
) -> Case {
    Case { name, sentence, expected }
}

fn show(quantity: Option<Quantity>) -> String {
    match quantity {
        None => "null".to_string(),
        Some(Quantity::Single(v)) => format!("{v}"),
        Some(Quantity::Range(a, b)) => format!("[{a},{b}]"),
    }
}

fn actual(sentence: &str) -> Vec<(String, String, String, String)> {
    find_numbers(sentence, 0..sentence.len(), false)
        .into_iter()
        .map(|span| {
            let SpanValue::Number(value) = span.value else { panic!("not a number value: {span:?}") };
            (
                sentence[span.range].to_string(),
                show(value.quantity),
                value.unit.unwrap_or_default(),
                value.hedge.unwrap_or_default(),
            )
        })
        .collect()
}

fn check(table: &[Case]) {
    let failures: Vec<String> = table
        .iter()
        .filter_map(|c| {
            let got = actual(c.sentence);
            let want: Vec<_> = c
                .expected
                .iter()
                .map(|(s, v, u, h)| (s.to_string(), v.to_string(), u.to_string(), h.to_string()))
                .collect();
            (got != want).then(|| format!("{}: {:?}\n  want {want:?}\n  got  {got:?}", c.name, c.sentence))
        })
        .collect();
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn spans_are_sorted_labelled_and_inside_the_sentence() {
    let text = "Intro. Over 3,000 troops and $5bn, 90% to 95% of 10-20 men. Tail.";
    let sentence = 7..text.len() - 6;
    let spans = find_numbers(text, sentence.clone(), false);
    assert_eq!(spans.len(), 4);
    for pair in spans.windows(2) {
        assert!(pair[0].range.end <= pair[1].range.start);
    }
    for span in &spans {
        assert!(span.range.start >= sentence.start && span.range.end <= sentence.end);
        assert_eq!(span.label, Label::Number);
        assert!(span.rule.starts_with("number:"));
    }
}

#[test]
fn a_heading_counts_where_its_capitals_would_name_elsewhere() {
    let numbers = |text: &str, in_heading: bool| -> Vec<String> {
        find_numbers(text, 0..text.len(), in_heading).into_iter().map(|s| text[s.range].to_string()).collect()
    };
    let cases = [
        ("Quake Kills Three, Damages Homes", vec!["Three"]),
        ("Norovirus Closes Eight Wards at Hospital", vec!["Eight"]),
        ("Council Backs Plan by Four Votes", vec!["Four"]),
        // Names stay names: digits after a word, a number word after a name's word or "of",
        // or before a capitalised singular.
        ("Microsoft Ends Support for Windows 10", vec![]),
        ("Nasa Marks 55 Years Since Apollo 11", vec![]),
        ("Big Four Banks Post Record Profits", vec![]),
        ("England's Three Lions Face Serbia", vec![]),
        ("Group of Seven Leaders Meet", vec![]),
        ("Apollo Eleven Mission Ends", vec![]),
    ];
    for (heading, want) in cases {
        assert_eq!(numbers(heading, true), want, "{heading}");
    }
    // The same words in a sentence are names.
    assert!(numbers("Quake Kills Three in Chile", false).is_empty());
}

#[test]
fn hostile_input_never_panics() {
    let long_digits = "9".repeat(500);
    let long_grouped = format!("1{}", ",000".repeat(200));
    let inputs = [
        long_digits.as_str(),
        long_grouped.as_str(),
        "1e999 $ %% -- - – $$5 5$ ££ US$ -$ 0.0.0 ,5 5, .5 5. 1,23,456",
        "€٣ 五 ½ ¼ ①②③ 𝟙𝟚 x\u{301}1 👍🏽5 ₩ ₩₩ -−5 −",
        "twenty- -five a hundred and and a a million half a half",
        "\u{0}\u{feff}12\u{200b}34\r\n\t",
        "",
    ];
    for text in inputs {
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start).take(40) {
                let spans = find_numbers(text, start..end, false);
                assert!(spans.iter().all(|s| text.is_char_boundary(s.range.start) && s.range.end <= end));
            }
        }
    }
    // Ranges outside the text or off char boundaries yield nothing.
    let s = "5 km né";
    let backwards = Range { start: 7, end: 3 };
    for range in [0..99, backwards, 6..7, 99..100] {
        assert!(find_numbers(s, range, false).is_empty());
    }
}
