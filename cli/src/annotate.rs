//! `newslens annotate`: one JSON line per file, in the schema of ANNOTATION.md.

use newslens_core::analysis::{analyze, Analysis, Quantity, SpanValue};
use newslens_core::Date;
use serde_json::{json, Map, Value};

/// The annotation line for one document.
pub fn annotation(doc: &str, text: &str, reference: Option<Date>) -> Value {
    let analysis = analyze(text, reference);
    json!({
        "doc": doc,
        "reference_date": reference.map(|d| d.to_string()),
        "spans": spans(text, &analysis),
    })
}

fn spans(text: &str, analysis: &Analysis) -> Vec<Value> {
    analysis
        .spans
        .iter()
        .map(|span| {
            let mut object = Map::new();
            object.insert("start".into(), json!(span.range.start));
            object.insert("end".into(), json!(span.range.end));
            object.insert("label".into(), json!(span.label.as_str()));
            object.insert("text".into(), json!(&text[span.range.clone()]));
            match &span.value {
                SpanValue::Entity { .. } => {}
                SpanValue::Time(time) => {
                    object.insert("value".into(), json!(time.timex));
                }
                SpanValue::Number(number) => {
                    object.insert("value".into(), number.quantity.map_or(Value::Null, quantity));
                    if let Some(unit) = &number.unit {
                        object.insert("unit".into(), json!(unit));
                    }
                }
                SpanValue::Quote(quote) => {
                    object.insert("speaker".into(), json!(quote.speaker));
                }
            }
            Value::Object(object)
        })
        .collect()
}

fn quantity(q: Quantity) -> Value {
    match q {
        Quantity::Single(v) => number(v),
        Quantity::Range(a, b) => json!([number(a), number(b)]),
    }
}

/// Whole numbers print without a fraction: `10000`, not `10000.0`.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}
