//! Golden files: the whole analysis of each bundled document, rendered as stable text and
//! compared with `tests/data/golden/<id>.expected` by `expect_test`, which prints a diff on a
//! mismatch. Run with `UPDATE_EXPECT=1` to re-bless, then inspect the change with `git diff`.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use expect_test::expect_file;

use newslens_core::analysis::{theme::Themes, Analysis, Quantity, SpanValue};
use newslens_core::study::Study;

fn render(text: &str, analysis: &Analysis, corpus_themes: &Themes) -> String {
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
        let ids: Vec<&str> =
            themes.iter().filter_map(|&i| corpus_themes.get(i)).map(|t| t.id.as_str()).collect();
        let _ = writeln!(out, "THEMES sentence {k}: {}", ids.join(", "));
    }
    for diagnostic in &analysis.diagnostics {
        let _ = writeln!(out, "DIAGNOSTIC {diagnostic}");
    }
    out
}

#[test]
fn corpus_analyses_match_their_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let corpus = common::bundled_corpus();
    assert!(!corpus.documents().is_empty(), "the bundled corpus has no documents");
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    for (doc, analysis) in corpus.documents().iter().zip(&study.analyses) {
        let actual = render(&doc.text, analysis, corpus.themes());
        // Fails with a diff of the first changed document; UPDATE_EXPECT=1 rewrites every file.
        expect_file![dir.join(format!("{}.expected", doc.id()))].assert_eq(&actual);
    }
    let mut expected: Vec<String> =
        corpus.documents().iter().map(|doc| format!("{}.expected", doc.id())).collect();
    let mut present: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    expected.sort();
    present.sort();
    assert_eq!(present, expected, "a golden file whose document is gone is stale: delete it");
}
