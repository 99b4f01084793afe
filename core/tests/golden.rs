//! Golden files: the whole analysis of each bundled document, rendered as stable text and
//! compared with `tests/data/golden/<id>.expected`. Run with `UPDATE_EXPECT=1` to re-bless.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use newslens_core::analysis::{analyze, theme, Analysis, Quantity, SpanValue};

fn render(text: &str, analysis: &Analysis) -> String {
    let mut out = String::new();
    for span in &analysis.spans {
        let value = match &span.value {
            SpanValue::Entity { id } => analysis.entities[*id].id.clone(),
            SpanValue::Time(t) => match (t.interval, t.precision) {
                (Some((a, b)), Some(p)) => format!("{} {:?} {a}..{b}", t.timex, p),
                _ => format!("{} {:?}", t.timex, t.kind),
            },
            SpanValue::Number(n) => {
                let q = match n.quantity {
                    Some(Quantity::Single(v)) => v.to_string(),
                    Some(Quantity::Range(a, b)) => format!("[{a}, {b}]"),
                    None => "vague".to_string(),
                };
                format!(
                    "{q} unit={} hedge={}",
                    n.unit.as_deref().unwrap_or("-"),
                    n.hedge.as_deref().unwrap_or("-")
                )
            }
            SpanValue::Quote(q) => format!(
                "speaker={} cue={:?}",
                q.speaker.as_deref().unwrap_or("-"),
                q.cue.clone().map(|c| &text[c]).unwrap_or("-")
            ),
        };
        let _ = writeln!(
            out,
            "{:<6} {:>5}..{:<5} {:?} {value} [{}]",
            span.label.as_str(),
            span.range.start,
            span.range.end,
            &text[span.range.clone()],
            span.rule
        );
    }
    for (k, themes) in analysis.sentence_themes.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        let ids: Vec<&str> = themes.iter().map(|&i| theme::themes()[i].id).collect();
        let _ = writeln!(out, "THEMES sentence {k}: {}", ids.join(", "));
    }
    for diagnostic in &analysis.diagnostics {
        let _ = writeln!(out, "DIAGNOSTIC {diagnostic}");
    }
    out
}

#[test]
fn corpus_analyses_match_their_golden_files() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let mut stale = Vec::new();
    for doc in common::bundled_corpus().documents() {
        let actual = render(&doc.text, &analyze(&doc.text, doc.meta.reference_date));
        let path = dir.join(format!("{}.expected", doc.id()));
        if update {
            std::fs::write(&path, &actual).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "analysis changed for {stale:?}; inspect with git diff after UPDATE_EXPECT=1");
}
