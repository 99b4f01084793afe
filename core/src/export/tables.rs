//! Entities, quotations and figures of some documents, each as CSV.

use super::cite::outlet;
use super::csv::{Csv, Field};
use crate::analysis::{Label, Quantity, SpanValue};
use crate::corpus::Corpus;
use crate::study::Study;

/// The entities documents `docs` mention: one record per entity and document, with the
/// entity's name, type, every form the corpus uses (`aliases`, joined by ` | `), the document,
/// its title and the mentions there, and the entity's id; entities most mentioned first.
pub fn entities_csv(corpus: &Corpus, study: &Study, docs: &[usize]) -> String {
    let mut csv = Csv::new(&["name", "type", "aliases", "document", "title", "mentions", "id"]);
    for entity in &study.entities {
        let aliases = entity.aliases.join(" | ");
        for &d in docs {
            let (n, Some(doc)) = (entity.mentions_in(d), corpus.documents().get(d)) else { continue };
            if n == 0 {
                continue;
            }
            csv.record(&[
                (&entity.name).into(),
                entity.label.as_str().into(),
                (&aliases).into(),
                doc.id().into(),
                (&doc.label).into(),
                n.into(),
                (&entity.id).into(),
            ]);
        }
    }
    csv.finish()
}

/// The quotations of documents `docs`: speaker (empty when the text names none), document,
/// title, outlet, reference date, the quotation's text and its byte offsets.
pub fn quotations_csv(corpus: &Corpus, study: &Study, docs: &[usize]) -> String {
    let mut csv = Csv::new(&["speaker", "document", "title", "outlet", "date", "text", "start", "end"]);
    for &d in docs {
        let (Some(doc), Some(analysis)) = (corpus.documents().get(d), study.analyses.get(d)) else {
            continue;
        };
        let (outlet, date) = (outlet(doc), study.reference_date(d).map(|d| d.to_string()));
        for span in &analysis.spans {
            let SpanValue::Quote(quote) = &span.value else { continue };
            csv.record(&[
                quote.speaker.as_deref().into(),
                doc.id().into(),
                (&doc.label).into(),
                (&outlet).into(),
                date.as_deref().into(),
                doc.text.get(span.range.clone()).into(),
                span.range.start.into(),
                span.range.end.into(),
            ]);
        }
    }
    csv.finish()
}

/// The figures (NUMBER spans) of documents `docs`: the value (a range's low end, with its
/// high end as `value_max`; empty when vague), unit, hedge, the figure's text, its sentence,
/// the document and the figure's byte offsets.
pub fn figures_csv(corpus: &Corpus, study: &Study, docs: &[usize]) -> String {
    let mut csv =
        Csv::new(&["value", "value_max", "unit", "hedge", "text", "sentence", "document", "start", "end"]);
    for &d in docs {
        let (Some(doc), Some(analysis)) = (corpus.documents().get(d), study.analyses.get(d)) else {
            continue;
        };
        for span in analysis.spans.iter().filter(|s| s.label == Label::Number) {
            let SpanValue::Number(number) = &span.value else { continue };
            let (value, max) = match number.quantity {
                Some(Quantity::Single(v)) => (Field::Number(v), Field::Empty),
                Some(Quantity::Range(a, b)) => (Field::Number(a), Field::Number(b)),
                None => (Field::Empty, Field::Empty),
            };
            let sentence = analysis.sentences.get(span.sentence).and_then(|s| doc.text.get(s.clone()));
            csv.record(&[
                value,
                max,
                number.unit.as_deref().into(),
                number.hedge.as_deref().into(),
                doc.text.get(span.range.clone()).into(),
                sentence.into(),
                doc.id().into(),
                span.range.start.into(),
                span.range.end.into(),
            ]);
        }
    }
    csv.finish()
}
