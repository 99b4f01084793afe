//! Scoring predicted spans against gold annotations, as ANNOTATION.md defines it: per-label and
//! micro-averaged precision, recall and F1 on exact (start, end, label) matches, a relaxed score
//! on overlapping spans of the same label, TIME and NUMBER value accuracy and QUOTE speaker
//! accuracy over exactly matched spans.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use crate::analysis::{Analysis, Label, Quantity, SpanValue};

/// The value a span carries, by label.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// Entities carry none.
    Nothing,
    /// A TIMEX3 value.
    Time(String),
    /// A number, range or vague amount (`None`).
    Number(Option<Quantity>),
    /// A quotation's speaker.
    Speaker(Option<String>),
}

/// One annotated span of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated {
    /// The document id.
    pub doc: String,
    /// Byte range.
    pub range: Range<usize>,
    /// Label.
    pub label: Label,
    /// Value.
    pub value: Expected,
}

/// The spans of an analysis, as [`Annotated`] for scoring.
pub fn annotated(doc: &str, analysis: &Analysis) -> Vec<Annotated> {
    analysis
        .spans
        .iter()
        .map(|span| Annotated {
            doc: doc.to_string(),
            range: span.range.clone(),
            label: span.label,
            value: match &span.value {
                SpanValue::Entity { .. } => Expected::Nothing,
                SpanValue::Time(t) => Expected::Time(t.timex.clone()),
                SpanValue::Number(n) => Expected::Number(n.quantity),
                SpanValue::Quote(q) => Expected::Speaker(q.speaker.clone()),
            },
        })
        .collect()
}

/// Counts for one label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Exact matches.
    pub exact: usize,
    /// Gold spans overlapped by a prediction of the same label.
    pub relaxed_gold: usize,
    /// Predictions overlapping a gold span of the same label.
    pub relaxed_predicted: usize,
    /// Exact matches whose value (or speaker) is right too.
    pub values_right: usize,
}

impl Counts {
    /// Exact-match precision.
    pub fn precision(&self) -> f64 {
        fraction(self.exact, self.predicted)
    }
    /// Exact-match recall.
    pub fn recall(&self) -> f64 {
        fraction(self.exact, self.gold)
    }
    /// Exact-match F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    /// Share of exact matches whose value is right.
    pub fn value_accuracy(&self) -> f64 {
        fraction(self.values_right, self.exact)
    }
}

fn fraction(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per label, in label order, plus the micro average.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// One row per label present in gold or predictions.
    pub by_label: Vec<(Label, Counts)>,
    /// Micro-averaged over all labels.
    pub total: Counts,
}

impl Scores {
    /// The counts of one label (zeros when absent).
    pub fn label(&self, label: Label) -> Counts {
        self.by_label.iter().find(|(l, _)| *l == label).map_or(Counts::default(), |(_, c)| *c)
    }

    /// A fixed-width table, one line per label and one for the total.
    pub fn render(&self) -> String {
        let mut out = format!(
            "{:<8} {:>5} {:>5} {:>6} {:>6} {:>6}   {:>6} {:>6}   values\n",
            "label", "gold", "pred", "P", "R", "F1", "relP", "relR"
        );
        let mut line = |name: &str, c: &Counts, values: String| {
            let _ = writeln!(
                out,
                "{name:<8} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3}   {values}",
                c.gold,
                c.predicted,
                c.precision(),
                c.recall(),
                c.f1(),
                fraction(c.relaxed_predicted, c.predicted),
                fraction(c.relaxed_gold, c.gold),
            );
        };
        for (label, c) in &self.by_label {
            let what = match label {
                Label::Time | Label::Number => "value accuracy",
                Label::Quote => "speaker accuracy",
                _ => "",
            };
            let values = if what.is_empty() {
                String::new()
            } else {
                format!("{what} {:.3} ({}/{})", c.value_accuracy(), c.values_right, c.exact)
            };
            line(label.as_str(), c, values);
        }
        line("ALL", &self.total, String::new());
        out
    }
}

/// Scores `predicted` against `gold`.
///
/// # Example
/// ```
/// use newslens_core::analysis::Label;
/// use newslens_core::evaluate::{score, Annotated, Expected};
/// let span = |start, end| Annotated { doc: "d".into(), range: start..end, label: Label::Place, value: Expected::Nothing };
/// let scores = score(&[span(0, 6), span(10, 16)], &[span(0, 6), span(10, 14)]);
/// assert_eq!(scores.label(Label::Place).f1(), 0.5);
/// assert_eq!(scores.label(Label::Place).relaxed_gold, 2);
/// ```
pub fn score(gold: &[Annotated], predicted: &[Annotated]) -> Scores {
    let key = |s: &Annotated| (s.doc.clone(), s.range.start, s.range.end, s.label);
    let predicted_by_key: HashMap<_, &Annotated> = predicted.iter().map(|s| (key(s), s)).collect();
    let overlaps = |a: &Annotated, b: &Annotated| {
        a.doc == b.doc && a.label == b.label && a.range.start < b.range.end && b.range.start < a.range.end
    };
    let mut counts: HashMap<Label, Counts> = HashMap::new();
    for g in gold {
        let c = counts.entry(g.label).or_default();
        c.gold += 1;
        if let Some(p) = predicted_by_key.get(&key(g)) {
            c.exact += 1;
            c.values_right += usize::from(values_agree(&g.value, &p.value));
        }
        c.relaxed_gold += usize::from(predicted.iter().any(|p| overlaps(g, p)));
    }
    for p in predicted {
        let c = counts.entry(p.label).or_default();
        c.predicted += 1;
        c.relaxed_predicted += usize::from(gold.iter().any(|g| overlaps(g, p)));
    }
    let by_label: Vec<(Label, Counts)> =
        Label::ALL.into_iter().filter_map(|l| counts.get(&l).map(|c| (l, *c))).collect();
    let mut total = Counts::default();
    for (_, c) in &by_label {
        total.gold += c.gold;
        total.predicted += c.predicted;
        total.exact += c.exact;
        total.relaxed_gold += c.relaxed_gold;
        total.relaxed_predicted += c.relaxed_predicted;
        total.values_right += c.values_right;
    }
    Scores { by_label, total }
}

/// Values agree when equal; numbers within a relative 1e-9.
fn values_agree(gold: &Expected, predicted: &Expected) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(1.0);
    match (gold, predicted) {
        (Expected::Number(Some(Quantity::Single(a))), Expected::Number(Some(Quantity::Single(b)))) => {
            close(*a, *b)
        }
        (Expected::Number(Some(Quantity::Range(a, b))), Expected::Number(Some(Quantity::Range(c, d)))) => {
            close(*a, *c) && close(*b, *d)
        }
        _ => gold == predicted,
    }
}
