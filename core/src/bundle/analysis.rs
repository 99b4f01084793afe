//! One document's [`Analysis`] in a bundle, and its validation on the way back: every range
//! must lie on character boundaries of the document, every index must point at something, and
//! spans and sentences must be in text order, so that no view can panic on a decoded analysis.
//!
//! Tokens are not stored: they are a pure function of the text and the sentence ranges, and
//! re-tokenising costs a small part of what the analysis did. A span's sentence is derived
//! the same way [`analyze`](crate::analysis::analyze) derives it.

use std::borrow::Cow;
use std::collections::HashMap;

use super::wire::{error, Reader, Result, Writer};
use crate::analysis::{
    token, Analysis, Entity, Label, NumberValue, Precision, Quantity, QuoteValue, Span, SpanValue, TimeValue,
    TimexType,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::{Block, BlockKind};

const LABELS: [Label; 7] = Label::ALL;
const BLOCK_KINDS: [BlockKind; 3] = [BlockKind::Content, BlockKind::Heading, BlockKind::Leftover];
const SEVERITIES: [Severity; 2] = [Severity::Warning, Severity::Error];
const TIMEX_TYPES: [TimexType; 3] = [TimexType::Date, TimexType::Duration, TimexType::Set];
const PRECISIONS: [Precision; 7] = [
    Precision::Day,
    Precision::Week,
    Precision::Month,
    Precision::Season,
    Precision::Year,
    Precision::Decade,
    Precision::Century,
];

fn code<T: PartialEq>(choices: &[T], value: &T) -> u8 {
    choices.iter().position(|c| c == value).expect("every variant is listed") as u8
}

/// The names of the rules that made spans, stored once per bundle.
#[derive(Default)]
pub(super) struct RuleTable<'a> {
    pub(super) names: Vec<&'a str>,
    index: HashMap<&'a str, usize>,
}

impl<'a> RuleTable<'a> {
    pub(super) fn intern(&mut self, rule: &'a str) -> usize {
        *self.index.entry(rule).or_insert_with(|| {
            self.names.push(rule);
            self.names.len() - 1
        })
    }
}

pub(super) fn write<'a>(w: &mut Writer, analysis: &'a Analysis, rules: &mut RuleTable<'a>) {
    w.usize(analysis.paragraphs.len());
    for block in &analysis.paragraphs {
        w.range(&block.range);
        w.u8(code(&BLOCK_KINDS, &block.kind));
        w.option(block.credit.as_ref(), Writer::range);
    }
    w.usize(analysis.sentences.len());
    for sentence in &analysis.sentences {
        w.range(sentence);
    }
    w.usize(analysis.entities.len());
    for entity in &analysis.entities {
        w.str(&entity.id);
        w.u8(code(&LABELS, &entity.label));
        w.str(&entity.name);
    }
    w.usize(analysis.spans.len());
    for span in &analysis.spans {
        w.range(&span.range);
        w.u8(code(&LABELS, &span.label));
        w.usize(rules.intern(&span.rule));
        write_value(w, &span.value);
    }
    for themes in &analysis.sentence_themes {
        w.usize(themes.len());
        themes.iter().for_each(|&t| w.usize(t));
    }
    w.usize(analysis.diagnostics.len());
    for diagnostic in &analysis.diagnostics {
        w.u8(code(&SEVERITIES, &diagnostic.severity));
        w.str(&diagnostic.message);
        w.option(diagnostic.range.as_ref(), Writer::range);
    }
}

fn write_value(w: &mut Writer, value: &SpanValue) {
    match value {
        SpanValue::Entity { id } => {
            w.u8(0);
            w.usize(*id);
        }
        SpanValue::Time(time) => {
            w.u8(1);
            w.str(&time.timex);
            w.u8(code(&TIMEX_TYPES, &time.kind));
            w.option(time.interval, |w, (from, to)| {
                w.date(from);
                w.date(to);
            });
            w.option(time.precision, |w, p| w.u8(code(&PRECISIONS, &p)));
        }
        SpanValue::Number(number) => {
            w.u8(2);
            w.option(number.quantity, |w, q| match q {
                Quantity::Single(v) => {
                    w.u8(0);
                    w.f64(v);
                }
                Quantity::Range(from, to) => {
                    w.u8(1);
                    w.f64(from);
                    w.f64(to);
                }
            });
            w.opt_str(number.unit.as_deref());
            w.opt_str(number.hedge.as_deref());
        }
        SpanValue::Quote(quote) => {
            w.u8(3);
            w.opt_str(quote.speaker.as_deref());
            w.option(quote.cue.as_ref(), Writer::range);
        }
    }
}

/// Reads one analysis of `text`; `themes` is how many themes the corpus has.
pub(super) fn read(r: &mut Reader, text: &str, rules: &[String], themes: usize) -> Result<Analysis> {
    let mut analysis = Analysis::default();
    for _ in 0..r.count(3)? {
        let range = r.range_in(text)?;
        let kind = r.choice(&BLOCK_KINDS, "kind of paragraph")?;
        let credit = r.option(|r| r.range_in(text))?;
        analysis.paragraphs.push(Block { range, kind, credit });
    }
    for _ in 0..r.count(2)? {
        let sentence = r.range_in(text)?;
        if analysis.sentences.last().is_some_and(|last| last.end > sentence.start) {
            return error("the bundle's sentences are out of order");
        }
        analysis.tokens.extend(token::tokenize(text, sentence.clone()));
        analysis.sentences.push(sentence);
    }
    for _ in 0..r.count(3)? {
        let id = r.string()?;
        let label = r.choice(&LABELS, "label")?;
        let name = r.string()?;
        analysis.entities.push(Entity { id, label, name });
    }
    let mut sentence = 0;
    for _ in 0..r.count(5)? {
        let range = r.range_in(text)?;
        let label = r.choice(&LABELS, "label")?;
        let rule = rules.get(r.usize()?).map_or_else(|| error("a span names an unknown rule"), Ok)?;
        let value = read_value(r, text, analysis.entities.len())?;
        if analysis.spans.last().is_some_and(|last| last.range.start > range.start) {
            return error("the bundle's spans are out of order");
        }
        while analysis.sentences.get(sentence + 1).is_some_and(|next| next.start <= range.start) {
            sentence += 1;
        }
        analysis.spans.push(Span { range, label, value, rule: Cow::Owned(rule.clone()), sentence });
    }
    for _ in 0..analysis.sentences.len() {
        let mut tagged = Vec::new();
        for _ in 0..r.count(1)? {
            let theme = r.usize()?;
            if theme >= themes {
                return error("a sentence has a theme the bundle does not define");
            }
            tagged.push(theme);
        }
        analysis.sentence_themes.push(tagged);
    }
    for _ in 0..r.count(3)? {
        let severity = r.choice(&SEVERITIES, "severity")?;
        let message = r.string()?;
        let range = r.option(|r| r.range_in(text))?;
        analysis.diagnostics.push(Diagnostic { severity, message, range });
    }
    Ok(analysis)
}

fn read_value(r: &mut Reader, text: &str, entities: usize) -> Result<SpanValue> {
    Ok(match r.u8()? {
        0 => {
            let id = r.usize()?;
            if id >= entities {
                return error("a span mentions an entity the bundle does not define");
            }
            SpanValue::Entity { id }
        }
        1 => {
            let timex = r.string()?;
            let kind = r.choice(&TIMEX_TYPES, "kind of time")?;
            let interval = r.option(|r| Ok((r.date()?, r.date()?)))?;
            if interval.is_some_and(|(from, to)| from > to) {
                return error("a time in the bundle ends before it starts");
            }
            let precision = r.option(|r| r.choice(&PRECISIONS, "precision"))?;
            SpanValue::Time(TimeValue { timex, kind, interval, precision })
        }
        2 => {
            let quantity = r.option(|r| match r.u8()? {
                0 => Ok(Quantity::Single(r.f64()?)),
                1 => Ok(Quantity::Range(r.f64()?, r.f64()?)),
                _ => error("the bundle has an unknown kind of quantity"),
            })?;
            let (unit, hedge) = (r.opt_string()?, r.opt_string()?);
            SpanValue::Number(NumberValue { quantity, unit, hedge })
        }
        3 => {
            let speaker = r.opt_string()?;
            let cue = r.option(|r| r.range_in(text))?;
            SpanValue::Quote(QuoteValue { speaker, cue })
        }
        _ => return error("the bundle has an unknown kind of value"),
    })
}
