//! "Copy with citation": a quotation or sentence with its source, and the source's parts.

use std::ops::Range;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, Document};
use crate::study::Study;

/// Who published a document: its outlet as an import found it (`kind`), or for a derivative
/// what it is and what it derives from ("machine translation of NBC News, '…'"), as the
/// reader shows it.
pub fn outlet(doc: &Document) -> String {
    if doc.meta.derived_from.is_empty() {
        doc.meta.kind.clone()
    } else {
        format!("{} of {}", doc.meta.kind, doc.meta.derived_from)
    }
}

/// The text at `range` of document `doc` in quotation marks, with its `speaker` when given,
/// then a line with the outlet, the title and the reference date ("undated" without one).
/// Empty when there is no such document or range.
///
/// # Example
/// ```
/// use newslens_core::export::citation;
/// use newslens_core::{study::Study, Corpus, DocMeta, Document};
/// let mut meta = DocMeta::plain("a", Some("2024-10-29".parse().unwrap()));
/// meta.title = Some("Troops".into());
/// meta.kind = "example.com".into();
/// let (corpus, _) = Corpus::new([Document::new(meta, "Troops moved. More later.")]);
/// let study = Study::new(&corpus, |_| "2024-10-29".parse().ok());
/// assert_eq!(
///     citation(&corpus, &study, 0, 0..13, Some("Ahn")),
///     "“Troops moved.” — Ahn\nexample.com, “Troops”, 2024-10-29"
/// );
/// ```
pub fn citation(
    corpus: &Corpus,
    study: &Study,
    doc: usize,
    range: Range<usize>,
    speaker: Option<&str>,
) -> String {
    let Some(document) = corpus.documents().get(doc) else {
        return String::new();
    };
    let Some(text) = document.text.get(range) else {
        return String::new();
    };
    let mut out = format!("“{}”", text.trim());
    if let Some(speaker) = speaker {
        out.push_str(" — ");
        out.push_str(speaker);
    }
    let date = study.reference_date(doc).map_or("undated".to_string(), |d| d.to_string());
    out.push_str(&format!("\n{}, “{}”, {date}", outlet(document), document.label));
    out
}

/// The sentence of `analysis` that holds byte `at`, if one does.
pub fn sentence_at(analysis: &Analysis, at: usize) -> Option<usize> {
    let i = analysis.sentences.partition_point(|s| s.end <= at);
    analysis.sentences.get(i).filter(|s| s.start <= at).map(|_| i)
}
