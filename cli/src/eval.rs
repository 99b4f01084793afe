//! `newslens eval GOLD PRED`: reads two JSON Lines annotation files and prints the scores of
//! `newslens_core::evaluate`.

use newslens_core::analysis::{Label, Quantity};
use newslens_core::evaluate::{Annotated, Expected};
use serde_json::Value;

/// Reads a JSON Lines annotation file; a bad line is an error naming its line number.
pub fn read_annotations(src: &str, name: &str) -> Result<Vec<Annotated>, String> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = |what: String| format!("{name}:{}: {what}", n + 1);
        let doc: Value = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
        let id = doc["doc"].as_str().ok_or_else(|| at("no \"doc\"".into()))?;
        for span in doc["spans"].as_array().into_iter().flatten() {
            let offset = |k: &str| {
                span[k].as_u64().map(|v| v as usize).ok_or_else(|| at(format!("a span lacks \"{k}\"")))
            };
            let label = span["label"].as_str().and_then(Label::parse);
            let label = label.ok_or_else(|| at(format!("unknown label {}", span["label"])))?;
            let value = match label {
                Label::Time => Expected::Time(span["value"].as_str().unwrap_or("").to_string()),
                Label::Number => Expected::Number(quantity(&span["value"])),
                Label::Quote => Expected::Speaker(span["speaker"].as_str().map(str::to_string)),
                _ => Expected::Nothing,
            };
            out.push(Annotated {
                doc: id.to_string(),
                range: offset("start")?..offset("end")?,
                label,
                value,
            });
        }
    }
    Ok(out)
}

fn quantity(value: &Value) -> Option<Quantity> {
    match value {
        Value::Number(n) => n.as_f64().map(Quantity::Single),
        Value::Array(pair) if pair.len() == 2 => Some(Quantity::Range(pair[0].as_f64()?, pair[1].as_f64()?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_by_label() {
        let spans = read_annotations(
            r#"{"doc":"d","spans":[{"start":0,"end":5,"label":"TIME","value":"2024"},{"start":6,"end":9,"label":"NUMBER","value":[0.9,0.95]},{"start":10,"end":20,"label":"QUOTE","speaker":null}]}"#,
            "gold",
        )
        .unwrap();
        let values: Vec<Expected> = spans.into_iter().map(|s| s.value).collect();
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
    fn a_malformed_line_names_its_line_number() {
        let err = read_annotations("{\"doc\":\"a\",\"spans\":[]}\n{not json", "gold.jsonl").unwrap_err();
        assert!(err.starts_with("gold.jsonl:2: "), "{err}");
        let err = read_annotations(r#"{"doc":"a","spans":[{"start":0,"end":1,"label":"THING"}]}"#, "g")
            .unwrap_err();
        assert!(err.contains("unknown label \"THING\""), "{err}");
    }
}
