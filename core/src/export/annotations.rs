//! Annotations as JSON Lines in the schema of `ANNOTATION.md`: one object a document, its
//! spans with their values. `newslens annotate` writes its lines with [`annotation`].

use super::json::Json;
use crate::analysis::{Analysis, Quantity, SpanValue};
use crate::corpus::{Corpus, Date};
use crate::study::Study;

/// The annotation of one document, `{"doc", "reference_date", "spans"}`, each span with
/// `start`, `end`, `label`, `text` and its value (`value` for TIME and NUMBER, with `unit`
/// when there is one; `speaker` for QUOTE). Keys are in alphabetical order, as `serde_json`
/// orders them, so the CLI's lines are unchanged.
///
/// # Example
/// ```
/// use newslens_core::analysis::analyze;
/// use newslens_core::export::annotation;
/// let text = "About 10,000 troops arrived.";
/// let line = annotation("note", text, None, &analyze(text, None)).to_string();
/// assert_eq!(
///     line,
///     r#"{"doc":"note","reference_date":null,"spans":[{"end":12,"label":"NUMBER","start":0,"text":"About 10,000","unit":"people","value":10000}]}"#
/// );
/// ```
pub fn annotation(doc: &str, text: &str, reference: Option<Date>, analysis: &Analysis) -> Json {
    let spans = analysis
        .spans
        .iter()
        .map(|span| {
            let mut members =
                vec![("end", Json::Int(span.range.end as i64)), ("label", Json::str(span.label.as_str()))];
            let mut after = Vec::new();
            match &span.value {
                SpanValue::Entity { .. } => {}
                SpanValue::Time(time) => after.push(("value", Json::str(&time.timex))),
                SpanValue::Number(number) => {
                    if let Some(unit) = &number.unit {
                        after.push(("unit", Json::str(unit)));
                    }
                    after.push(("value", number.quantity.map_or(Json::Null, quantity)));
                }
                SpanValue::Quote(quote) => members.push(("speaker", Json::opt(quote.speaker.as_deref()))),
            }
            members.push(("start", Json::Int(span.range.start as i64)));
            members.push(("text", Json::str(text.get(span.range.clone()).unwrap_or(""))));
            members.extend(after);
            Json::object(members)
        })
        .collect();
    Json::object([
        ("doc", Json::str(doc)),
        ("reference_date", reference.map_or(Json::Null, |d| Json::Str(d.to_string()))),
        ("spans", Json::Array(spans)),
    ])
}

fn quantity(q: Quantity) -> Json {
    match q {
        Quantity::Single(v) => Json::number(v),
        Quantity::Range(a, b) => Json::Array(vec![Json::number(a), Json::number(b)]),
    }
}

/// The annotations of documents `docs` (indices into `corpus`), one line each, each against
/// the reference date the study analysed it with.
pub fn annotations_jsonl(corpus: &Corpus, study: &Study, docs: &[usize]) -> String {
    let mut out = String::new();
    for &i in docs {
        let (Some(doc), Some(analysis)) = (corpus.documents().get(i), study.analyses.get(i)) else {
            continue;
        };
        annotation(doc.id(), &doc.text, study.reference_date(i), analysis).write(&mut out);
        out.push('\n');
    }
    out
}
