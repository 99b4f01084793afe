//! `newslens annotate`: one JSON line per file, in the schema of ANNOTATION.md.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use newslens_core::analysis::{analyze, Analysis, Quantity, SpanValue};
use newslens_core::corpus::id_from_file;
use newslens_core::Date;
use serde_json::{json, Map, Value};

use crate::input::{read_text, MAX_TEXT_BYTES};
use crate::output::{say, Failure};

/// Writes the annotation line of each file to `out`, in the order given, each as soon as it is
/// done. A file that cannot be read or is refused is named on standard error and skipped; the
/// others are still annotated, and the command then fails.
pub fn run(files: &[PathBuf], reference: Option<Date>, out: &mut impl Write) -> Result<(), Failure> {
    let mut skipped = 0;
    let mut first_with_id: HashMap<String, &Path> = HashMap::new();
    for path in files {
        let text = match read_text(path, MAX_TEXT_BYTES) {
            Ok(text) => text,
            Err(message) => {
                say(format_args!("{message}; skipped"));
                skipped += 1;
                continue;
            }
        };
        let name = path.to_string_lossy();
        let doc = id_from_file(&name);
        if let Some(first) = first_with_id.insert(doc.to_string(), path) {
            say(format_args!(
                "{}: its doc id \"{doc}\" is also {}'s, and eval refuses a doc given twice",
                path.display(),
                first.display()
            ));
        }
        writeln!(out, "{}", annotation(doc, &text, reference))?;
        out.flush()?;
    }
    if skipped > 0 {
        return Err(Failure::Message(format!("{skipped} of {} files could not be read", files.len())));
    }
    Ok(())
}

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
