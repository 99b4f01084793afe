//! `newslens eval GOLD PRED`: reads two JSON Lines annotation files, checks them, and prints
//! the scores of `newslens_core::evaluate`.
//!
//! A file with a problem is not scored at all: a malformed line, a span that is not an object
//! of the schema, a start not before its end, a document given twice or a span given twice in
//! a document would each move the scores silently. Every problem is named with its file and
//! line (`pred.jsonl:12: "spans" must be an array`).

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;

use newslens_core::analysis::{Label, Quantity};
use newslens_core::evaluate::{score, Annotated, Expected};
use serde_json::{Map, Value};

use crate::input::{read_text, MAX_ANNOTATION_BYTES};
use crate::output::{count, say, Failure};

/// How many problems of one file are listed; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 20;

/// The documents and spans of one annotation file.
#[derive(Debug, Default)]
pub struct Annotations {
    /// Every document id, in file order, each once.
    pub docs: Vec<String>,
    /// Every span of every document.
    pub spans: Vec<Annotated>,
}

/// Scores `predicted` against `gold` and writes the table to `out`.
pub fn run(gold: &Path, predicted: &Path, out: &mut impl Write) -> Result<(), Failure> {
    let gold_annotations = read(gold)?;
    let predicted_annotations = read(predicted)?;
    let (gold_name, predicted_name) = (gold.display(), predicted.display());
    let unmatched = [
        (
            "no line for ",
            only_in(&gold_annotations, &predicted_annotations),
            "of",
            "their gold spans count as missed",
        ),
        ("", only_in(&predicted_annotations, &gold_annotations), "not in", "their spans count as wrong"),
    ];
    for (lead, docs, relation, consequence) in unmatched {
        if !docs.is_empty() {
            let docs_named =
                format!("{} {relation} {gold_name} ({})", count(docs.len(), "document"), some_of(&docs));
            say(format_args!("{predicted_name}: {lead}{docs_named}; {consequence}"));
        }
    }
    write!(out, "{}", score(&gold_annotations.spans, &predicted_annotations.spans).render())?;
    Ok(())
}

/// An annotation file read and checked; its problems are listed on standard error.
fn read(path: &Path) -> Result<Annotations, Failure> {
    let src = read_text(path, MAX_ANNOTATION_BYTES).map_err(Failure::Message)?;
    read_annotations(&src, &path.display().to_string()).map_err(|problems| {
        for problem in problems.iter().take(MAX_LISTED_PROBLEMS) {
            say(problem);
        }
        let listed = if problems.len() > MAX_LISTED_PROBLEMS {
            format!("the first {MAX_LISTED_PROBLEMS} listed above")
        } else {
            "listed above".to_string()
        };
        Failure::Message(format!(
            "{}: {} ({listed}); nothing was scored",
            path.display(),
            count(problems.len(), "problem")
        ))
    })
}

/// Reads a JSON Lines annotation file; every problem is an error `NAME:LINE: what`.
pub fn read_annotations(src: &str, name: &str) -> Result<Annotations, Vec<String>> {
    let mut annotations = Annotations::default();
    let mut problems = Vec::new();
    let mut line_of_doc: HashMap<String, usize> = HashMap::new();
    for (index, line) in src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let n = index + 1;
        match read_line(line) {
            Ok((doc, spans)) => match line_of_doc.get(&doc) {
                Some(first) => {
                    problems.push(format!("{name}:{n}: doc {doc:?} appears twice (lines {first} and {n})"))
                }
                None => {
                    line_of_doc.insert(doc.clone(), n);
                    annotations.docs.push(doc);
                    annotations.spans.extend(spans);
                }
            },
            Err(why) => problems.push(format!("{name}:{n}: {why}")),
        }
    }
    if problems.is_empty() {
        Ok(annotations)
    } else {
        Err(problems)
    }
}

/// One line: its document id and spans.
fn read_line(line: &str) -> Result<(String, Vec<Annotated>), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| not_json(&e))?;
    let Value::Object(object) = &value else { return Err("a line must be a JSON object".into()) };
    let doc = object.get("doc").and_then(Value::as_str).ok_or("\"doc\" must be a string")?;
    let spans = object.get("spans").and_then(Value::as_array).ok_or("\"spans\" must be an array")?;
    let spans = spans
        .iter()
        .enumerate()
        .map(|(i, span)| read_span(doc, span).map_err(|why| format!("spans[{i}]: {why}")))
        .collect::<Result<Vec<_>, _>>()?;
    check_unique(&spans)?;
    Ok((doc.to_string(), spans))
}

/// serde_json's message without its `at line 1 column N`: a line is parsed alone.
fn not_json(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(what, _)| what);
    format!("not JSON at column {}: {message}", error.column())
}

fn read_span(doc: &str, span: &Value) -> Result<Annotated, String> {
    let Value::Object(span) = span else { return Err("a span must be a JSON object".into()) };
    let start = offset(span, "start")?;
    let end = offset(span, "end")?;
    if start > end {
        return Err(format!("start {start} > end {end}"));
    }
    if start == end {
        return Err(format!("start {start} = end {end}: a span is never empty"));
    }
    let label = match span.get("label") {
        None => return Err("\"label\" is missing".into()),
        Some(label) => label.as_str().and_then(Label::parse).ok_or_else(|| {
            let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
            format!("unknown label {label}; the labels are {}", known.join(", "))
        })?,
    };
    let given = |key: &str| span.get(key).filter(|v| !v.is_null());
    let value = match label {
        Label::Time => Expected::Time(match given("value") {
            None => String::new(),
            Some(Value::String(timex)) => timex.clone(),
            Some(_) => return Err("the \"value\" of a TIME must be a string".into()),
        }),
        Label::Number => Expected::Number(match given("value") {
            None => None,
            Some(value) => Some(quantity(value).ok_or(
                "the \"value\" of a NUMBER must be a number, a [low, high] pair of numbers or null",
            )?),
        }),
        Label::Quote => Expected::Speaker(match given("speaker") {
            None => None,
            Some(Value::String(speaker)) => Some(speaker.clone()),
            Some(_) => return Err("\"speaker\" must be a string or null".into()),
        }),
        _ => Expected::Nothing,
    };
    Ok(Annotated { doc: doc.to_string(), range: start..end, label, value })
}

fn offset(span: &Map<String, Value>, key: &str) -> Result<usize, String> {
    let value = span.get(key).ok_or_else(|| format!("\"{key}\" is missing"))?;
    value
        .as_u64()
        .and_then(|v| usize::try_from(v).ok())
        .ok_or_else(|| format!("\"{key}\" must be a byte offset (a whole number, 0 or more), not {value}"))
}

fn quantity(value: &Value) -> Option<Quantity> {
    match value {
        Value::Number(n) => n.as_f64().map(Quantity::Single),
        Value::Array(pair) if pair.len() == 2 => Some(Quantity::Range(pair[0].as_f64()?, pair[1].as_f64()?)),
        _ => None,
    }
}

/// A span given twice in one document would count twice in gold and once in predictions.
fn check_unique(spans: &[Annotated]) -> Result<(), String> {
    let key = |&i: &usize| (spans[i].range.start, spans[i].range.end, spans[i].label);
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(key);
    match order.windows(2).find(|pair| key(&pair[0]) == key(&pair[1])) {
        None => Ok(()),
        Some(pair) => {
            let span = &spans[pair[0]];
            Err(format!(
                "spans[{}] and spans[{}] are the same span, {}..{} {}",
                pair[0],
                pair[1],
                span.range.start,
                span.range.end,
                span.label.as_str()
            ))
        }
    }
}

/// The documents of `a` that `b` has no line for, in `a`'s order.
fn only_in<'a>(a: &'a Annotations, b: &Annotations) -> Vec<&'a str> {
    let in_b: HashSet<&str> = b.docs.iter().map(String::as_str).collect();
    a.docs.iter().map(String::as_str).filter(|doc| !in_b.contains(doc)).collect()
}

/// The first few ids, then `...`.
fn some_of(ids: &[&str]) -> String {
    const SHOWN: usize = 3;
    let mut listed = ids.iter().take(SHOWN).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > SHOWN {
        listed.push_str(", ...");
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_by_label() {
        let annotations = read_annotations(
            r#"{"doc":"d","spans":[{"start":0,"end":5,"label":"TIME","value":"2024"},{"start":6,"end":9,"label":"NUMBER","value":[0.9,0.95]},{"start":10,"end":20,"label":"QUOTE","speaker":null}]}"#,
            "gold",
        )
        .unwrap();
        assert_eq!(annotations.docs, ["d"]);
        let values: Vec<Expected> = annotations.spans.into_iter().map(|s| s.value).collect();
        assert_eq!(
            values,
            [
                Expected::Time("2024".into()),
                Expected::Number(Some(Quantity::Range(0.9, 0.95))),
                Expected::Speaker(None)
            ]
        );
    }

    #[test]
    fn every_problem_names_its_line() {
        let span =
            |fields: &str| format!(r#"{{"doc":"a","spans":[{{"start":0,"end":4,"label":"ORG"}},{fields}]}}"#);
        let cases = [
            ("{not json".to_string(), "g.jsonl:1: not JSON at column 2: key must be a string"),
            ("[1, 2]".to_string(), "g.jsonl:1: a line must be a JSON object"),
            (r#"{"doc":7,"spans":[]}"#.to_string(), "g.jsonl:1: \"doc\" must be a string"),
            (r#"{"doc":"a","spans":"oops"}"#.to_string(), "g.jsonl:1: \"spans\" must be an array"),
            (r#"{"doc":"a"}"#.to_string(), "g.jsonl:1: \"spans\" must be an array"),
            (span("3"), "g.jsonl:1: spans[1]: a span must be a JSON object"),
            (span(r#"{"end":4,"label":"ORG"}"#), "g.jsonl:1: spans[1]: \"start\" is missing"),
            (
                span(r#"{"start":-1,"end":4,"label":"ORG"}"#),
                "g.jsonl:1: spans[1]: \"start\" must be a byte offset (a whole number, 0 or more), not -1",
            ),
            (span(r#"{"start":40,"end":12,"label":"ORG"}"#), "g.jsonl:1: spans[1]: start 40 > end 12"),
            (span(r#"{"start":4,"end":4,"label":"ORG"}"#), "g.jsonl:1: spans[1]: start 4 = end 4: a span is never empty"),
            (span(r#"{"start":0,"end":4}"#), "g.jsonl:1: spans[1]: \"label\" is missing"),
            (
                span(r#"{"start":0,"end":4,"label":"THING"}"#),
                "g.jsonl:1: spans[1]: unknown label \"THING\"; the labels are PERSON, ORG, PLACE, GROUP, TIME, NUMBER, QUOTE",
            ),
            (span(r#"{"start":0,"end":4,"label":"TIME","value":2024}"#), "g.jsonl:1: spans[1]: the \"value\" of a TIME must be a string"),
            (
                span(r#"{"start":0,"end":4,"label":"NUMBER","value":"ten"}"#),
                "g.jsonl:1: spans[1]: the \"value\" of a NUMBER must be a number, a [low, high] pair of numbers or null",
            ),
            (span(r#"{"start":0,"end":4,"label":"QUOTE","speaker":1}"#), "g.jsonl:1: spans[1]: \"speaker\" must be a string or null"),
            (span(r#"{"start":0,"end":4,"label":"ORG"}"#), "g.jsonl:1: spans[0] and spans[1] are the same span, 0..4 ORG"),
            (
                "{\"doc\":\"x\",\"spans\":[]}\n\n{\"doc\":\"x\",\"spans\":[]}".to_string(),
                "g.jsonl:3: doc \"x\" appears twice (lines 1 and 3)",
            ),
        ];
        for (src, problem) in cases {
            assert_eq!(read_annotations(&src, "g.jsonl").unwrap_err(), [problem], "{src}");
        }
    }

    #[test]
    fn the_same_range_with_another_label_is_another_span() {
        let src =
            r#"{"doc":"a","spans":[{"start":0,"end":4,"label":"ORG"},{"start":0,"end":4,"label":"PLACE"}]}"#;
        assert_eq!(read_annotations(src, "g").unwrap().spans.len(), 2);
    }
}
