//! The analysis engine: [`analyze`] finds a document's paragraphs, sentences, tokens and
//! labelled spans (PERSON, ORG, PLACE, GROUP, TIME, NUMBER, QUOTE) with their values and the
//! entities they mention; a corpus's themes tag its sentences afterwards ([`theme`]).
//!
//! Recognisers work sentence by sentence on tokens; [`analyze`] combines them, settles
//! overlaps (an entity yields to a TIME it overlaps, a NUMBER to an entity), and numbers the
//! entities. Scrape leftovers are never analysed; photo credits are only searched for names.

pub mod entity;
pub mod gazetteer;
pub mod lexicon;
pub mod number;
pub mod quote;
pub mod ranges;
pub mod span;
pub mod theme;
pub mod time;
pub mod token;

use std::collections::HashMap;
use std::ops::Range;

use jiff::civil::Date;

use crate::diagnostic::Diagnostic;
use crate::text::{blocks, sentences, Block, BlockKind};
use ranges::RangeSet;

pub use span::{Label, NumberValue, Precision, Quantity, QuoteValue, Span, SpanValue, TimeValue, TimexType};
pub use token::Token;

/// An entity mentioned in a document: its stable id, label and fullest name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable across documents: `person:kim-jong-un`, `place:north-korea`, `org:nato`.
    pub id: String,
    /// PERSON, ORG, PLACE or GROUP.
    pub label: Label,
    /// The fullest name the document uses, or the gazetteer's canonical name.
    pub name: String,
}

/// Everything [`analyze`] finds in one text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// Paragraphs, leftovers included.
    pub paragraphs: Vec<Block>,
    /// Sentences of the content paragraphs.
    pub sentences: Vec<Range<usize>>,
    /// Tokens of those sentences.
    pub tokens: Vec<Token>,
    /// Labelled spans, sorted by start, then longest first.
    pub spans: Vec<Span>,
    /// The entities the spans mention; `SpanValue::Entity { id }` indexes this.
    pub entities: Vec<Entity>,
    /// For each sentence (by index), the indices of its themes in its corpus's
    /// [`theme::Themes`]: filled by [`Study`](crate::study::Study) with
    /// [`Themes::tag`](theme::Themes::tag); empty from [`analyze`] alone, which knows no theme.
    pub sentence_themes: Vec<Vec<usize>>,
    /// Problems met on the way; the analysis is complete regardless.
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    /// The spans that start in sentence `sentence` (by index), in text order.
    pub fn spans_in(&self, sentence: usize) -> &[Span] {
        let start = self.spans.partition_point(|s| s.sentence < sentence);
        let end = self.spans.partition_point(|s| s.sentence <= sentence);
        &self.spans[start..end]
    }
}

/// Analyses `text`, resolving relative dates against `reference` when it is known.
/// Deterministic; never panics.
///
/// # Example
/// ```
/// use newslens_core::analysis::{analyze, Label};
/// let text = "Kim Jong Un met Vladimir Putin in Moscow on Monday.";
/// let analysis = analyze(text, "2024-10-29".parse().ok());
/// let found: Vec<(&str, Label)> =
///     analysis.spans.iter().map(|s| (&text[s.range.clone()], s.label)).collect();
/// assert!(found.contains(&("Kim Jong Un", Label::Person)));
/// assert!(found.contains(&("Moscow", Label::Place)));
/// ```
pub fn analyze(text: &str, reference: Option<Date>) -> Analysis {
    let paragraphs = blocks(text);
    let mut analysis = Analysis { paragraphs: paragraphs.clone(), ..Analysis::default() };
    let content: Vec<&Block> = paragraphs.iter().filter(|b| b.kind.is_article()).collect();
    let mut sentence_tokens = Vec::new();
    for block in &content {
        for sentence in sentences(text, block.range.clone()) {
            let tokens = token::tokenize(text, sentence.clone());
            analysis.tokens.extend_from_slice(&tokens);
            analysis.sentence_themes.push(Vec::new());
            analysis.sentences.push(sentence);
            sentence_tokens
                .push(entity::TokenizedSentence { tokens, in_heading: block.kind == BlockKind::Heading });
        }
    }
    let mentions = entity::find_mentions(text, &sentence_tokens);
    // Every pass below compares spans with sets of ranges by binary search, never pairwise,
    // so that cost grows with the text, not its square.
    let credits: RangeSet = content.iter().filter_map(|b| b.credit.clone()).collect();
    let in_credit = |r: &Range<usize>| credits.overlaps(r);
    let mut times = Vec::new();
    let mut numbers = Vec::new();
    let mut anchor = time::Anchor::default();
    for (sentence, tokens) in analysis.sentences.iter().zip(&sentence_tokens) {
        times.extend(
            time::find_times_after(text, sentence.clone(), reference, &mut anchor)
                .into_iter()
                .filter(|s| !in_credit(&s.range)),
        );
        numbers.extend(
            number::find_numbers(text, sentence.clone(), tokens.in_heading)
                .into_iter()
                .filter(|s| !in_credit(&s.range)),
        );
    }
    let time_ranges: RangeSet = times.iter().map(|t| t.range.clone()).collect();
    // A photo credit names a photographer (a person) and an agency, which is not content.
    let mut mentions: Vec<_> = mentions
        .into_iter()
        .filter(|m| !time_ranges.overlaps(&m.range))
        .filter(|m| m.label == Label::Person || !in_credit(&m.range))
        .collect();
    add_photographers(text, &content, &mut mentions);
    // "4.2 billion Norwegian crowns", "40 million Hong Kong dollars": a nationality
    // or a place inside an amount names its currency, and the amount is what is labelled.
    let number_ranges: RangeSet = numbers.iter().map(|n| n.range.clone()).collect();
    mentions.retain(|m| !(matches!(m.label, Label::Group | Label::Place) && number_ranges.covers(&m.range)));
    let mention_ranges: RangeSet = mentions.iter().map(|m| m.range.clone()).collect();
    // "June 10 and 11": a number inside a date is the date's.
    numbers.retain(|n| !mention_ranges.overlaps(&n.range) && !time_ranges.covers(&n.range));

    let quotations = find_quotations(text, &content, &mentions, &mut analysis.diagnostics);
    let entities = number_entities(&mentions);
    let index: HashMap<&str, usize> = entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    let mut spans: Vec<Span> = mentions
        .iter()
        .map(|m| Span::new(m.range.clone(), m.label, SpanValue::Entity { id: index[m.id.as_str()] }, m.rule))
        .collect();
    spans.extend(times);
    spans.extend(numbers);
    spans.extend(quotations.into_iter().map(|q| {
        let speaker = q.speaker.map(|m| entities[index[m.id.as_str()]].name.clone());
        Span::new(q.range, Label::Quote, SpanValue::Quote(QuoteValue { speaker, cue: q.cue }), "quote:marks")
    }));
    spans.sort_by(|a, b| {
        a.range.start.cmp(&b.range.start).then(b.range.end.cmp(&a.range.end)).then(a.label.cmp(&b.label))
    });
    // Spans and sentences are both in text order: one walk gives each span its sentence.
    let mut sentence = 0;
    for span in &mut spans {
        while analysis.sentences.get(sentence + 1).is_some_and(|next| next.start <= span.range.start) {
            sentence += 1;
        }
        span.sentence = sentence;
    }
    analysis.spans = spans;
    analysis.entities = entities;
    analysis
}

/// The photographer a credit names is a person even when no name pattern knows them.
fn add_photographers(text: &str, content: &[&Block], mentions: &mut Vec<entity::Mention>) {
    let known: RangeSet = mentions.iter().map(|m| m.range.clone()).collect();
    let found: Vec<entity::Mention> = content
        .iter()
        .filter_map(|b| crate::text::credit_photographer(text, b.credit.clone()?))
        .filter(|name| !known.overlaps(name))
        .map(|name| entity::Mention {
            name: text[name.clone()].to_string(),
            id: format!("person:{}", gazetteer::slug(&text[name.clone()])),
            range: name,
            label: Label::Person,
            rule: "photo-credit",
        })
        .collect();
    if !found.is_empty() {
        // A new name overlaps no mention, so no two mentions start together: sorting is the
        // order inserting each at its place gave.
        mentions.extend(found);
        entity::sort_mentions(mentions);
    }
}

fn find_quotations(
    text: &str,
    content: &[&Block],
    mentions: &[entity::Mention],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<quote::Quotation> {
    let mut out = Vec::new();
    let mut speakers = quote::Speakers::new(mentions);
    for (k, block) in content.iter().enumerate() {
        let next_opens = content.get(k + 1).is_some_and(|b| quote::opens_with_quote(text, &b.range));
        let (found, problems) = quote::find_quotations(text, block.range.clone(), next_opens);
        diagnostics.extend(problems);
        let mut quotes = quote::attribute(text, block.range.clone(), &found, &speakers);
        if let Some(previous) = k.checked_sub(1).map(|p| &content[p].range) {
            let previous_quotes =
                &out[out.partition_point(|q: &quote::Quotation| q.range.start < previous.start)..];
            quote::attribute_from_previous(
                text,
                previous,
                previous_quotes,
                &block.range,
                &mut quotes,
                &speakers,
            );
        }
        speakers.note_org_speaker(&quotes);
        out.extend(quotes);
    }
    out
}

/// One entity per id; a person's name is the fullest (longest) name the document uses.
fn number_entities(mentions: &[entity::Mention]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for m in mentions {
        match index.get(m.id.as_str()) {
            Some(&i) => {
                if matches!(m.label, Label::Person | Label::Org) && m.name.len() > entities[i].name.len() {
                    entities[i].name = m.name.clone();
                }
            }
            None => {
                index.insert(&m.id, entities.len());
                entities.push(Entity { id: m.id.clone(), label: m.label, name: m.name.clone() });
            }
        }
    }
    entities
}
