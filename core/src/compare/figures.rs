//! Figures: the same quantity as every document gives it, side by side.
//!
//! A NUMBER span becomes a [`Figure`] when the text says what it counts: a counted noun after
//! it ("10,000 North Korean troops"), or for money a rate ("$2,000 a month"). Figures are
//! grouped into [`FigureRow`]s by what they count:
//! - the measure: unit, counted noun (synonyms of `core/data/compare/figures.txt` are one
//!   noun, other nouns meet by their stem) and rate;
//! - the subject: the entity named between the number and its noun ("North Korean"), else the
//!   first place or group of its clause, a demonym or capital read as its country;
//! - the setting: the other places of its sentence;
//! - the year: of a dated TIME in its clause, else in its sentence, else of its document's
//!   reference date.
//!
//! A figure joins the first row whose every figure has its measure, no other subject, no
//! other year and a place in common with its setting (a side that names none does not
//! object); else it starts a row. Comparing with every member, not with the first, keeps a
//! row from drifting through a chain of near neighbours.
//!
//! Each figure is read as the interval its hedge allows (the rules are the data file's,
//! beside the hedges). Two figures of different documents whose intervals do not meet are a
//! [`Conflict`]: both are kept, with their documents; the view never says which is right.
//! Intervals that meet but differ are an estimate spread. Documents are counted by their
//! independent origin too, so two rewrites of one article are one source.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::gazetteer::country_of;
use crate::analysis::token::{Token, TokenKind};
use crate::analysis::{Analysis, Label, Quantity, SpanValue};
use crate::corpus::Corpus;
use crate::export::csv::{Csv, Field};
use crate::export::outlet;
use crate::search::normalize::{fold, stem};
use crate::study::Study;
use crate::wordlist;

/// The interval a figure allows; either end may be open, the high end may be infinite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// The lowest value.
    pub low: f64,
    /// The highest value (`f64::INFINITY` for a floor such as "at least 40").
    pub high: f64,
    /// Whether `low` itself is excluded ("over 3,000").
    pub low_open: bool,
    /// Whether `high` itself is excluded ("under 50").
    pub high_open: bool,
}

impl Bounds {
    fn closed(low: f64, high: f64) -> Bounds {
        Bounds { low, high, low_open: false, high_open: false }
    }

    /// Whether some value lies in both intervals.
    pub fn meets(&self, other: &Bounds) -> bool {
        let below =
            |a: &Bounds, b: &Bounds| a.high < b.low || (a.high == b.low && (a.high_open || b.low_open));
        !below(self, other) && !below(other, self)
    }
}

/// One NUMBER span that says what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The document, by index.
    pub doc: usize,
    /// Its sentence, by index into the document's analysis.
    pub sentence: usize,
    /// The span's byte range in the document's text.
    pub range: Range<usize>,
    /// The span's text with its hedge: "about 10,000", "over 3,000".
    pub text: String,
    /// The interval it allows, when its hedge or vague amount has a reading.
    pub bounds: Option<Bounds>,
    /// Whether it is hedged or vague: an estimate, not a count.
    pub estimate: bool,
    /// The entity it is about, by id.
    pub subject: Option<String>,
    /// The other places of its sentence, by id.
    pub setting: Vec<String>,
    /// The year it refers to.
    pub year: Option<i16>,
}

/// What a row counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Measure {
    /// The NUMBER's unit: `people`, `USD`, `percent`, ...
    pub unit: Option<String>,
    /// The counted noun's group (its first form in the data file) or stem.
    pub noun: Option<String>,
    /// The period of a rate: "month" in "$2,000 a month".
    pub rate: Option<String>,
}

impl Measure {
    /// How the view names it: "troops", "USD a month", "percent of wages".
    pub fn label(&self) -> String {
        let mut label = match (&self.unit, &self.noun) {
            (Some(unit), Some(noun)) if unit != "people" => format!("{unit} of {noun}"),
            (_, Some(noun)) => noun.clone(),
            (Some(unit), None) => unit.clone(),
            (None, None) => String::new(),
        };
        if let Some(rate) = &self.rate {
            label.push_str(" a ");
            label.push_str(rate);
        }
        label
    }
}

/// How the documents of a row agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Only one document gives this quantity.
    Single,
    /// Every figure allows the same values.
    Agree,
    /// The figures differ but some value fits them all pairwise: an estimate spread.
    Spread,
    /// Two documents give figures that cannot both be true.
    Conflict,
}

impl Agreement {
    /// The name used in `data-agreement` and the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Agreement::Single => "single",
            Agreement::Agree => "agree",
            Agreement::Spread => "estimate spread",
            Agreement::Conflict => "conflict",
        }
    }
}

/// Two figures of a row, by index into [`FigureRow::figures`], that cannot both be true.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    /// The earlier figure.
    pub a: usize,
    /// The later figure, of another document.
    pub b: usize,
}

/// One quantity and every document's figure for it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    /// What is counted.
    pub measure: Measure,
    /// The subject's name, when the figures name one.
    pub subject: Option<String>,
    /// The figures, in document order.
    pub figures: Vec<Figure>,
    /// The documents that give one, in order.
    pub documents: Vec<usize>,
    /// How many independent origins those documents come from.
    pub origins: usize,
    /// How they agree.
    pub agreement: Agreement,
    /// Every pair of figures of different documents that cannot both be true.
    pub conflicts: Vec<Conflict>,
}

impl FigureRow {
    /// The row's figures from document `doc`.
    pub fn figures_of(&self, doc: usize) -> impl Iterator<Item = (usize, &Figure)> {
        self.figures.iter().enumerate().filter(move |(_, f)| f.doc == doc)
    }

    /// Whether figure `i` is one side of a conflict.
    pub fn in_conflict(&self, i: usize) -> bool {
        self.conflicts.iter().any(|c| c.a == i || c.b == i)
    }
}

/// The figures of a study grouped by quantity, the most widely reported first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FigureTable {
    /// One row per quantity.
    pub rows: Vec<FigureRow>,
}

/// The data file's lists, read once.
struct Words {
    /// Every form of a counted noun, folded, → its group's first form; phrases too.
    synonyms: HashMap<String, &'static str>,
    /// The longest synonym phrase, in words.
    longest: usize,
    openers: Vec<&'static str>,
    ends: Vec<&'static str>,
    hedges: Vec<(&'static str, Hedge)>,
    vague: Vec<(&'static str, f64)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Hedge {
    About,
    Nearly,
    Over,
    Under,
    Floor,
    Ceiling,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lists = wordlist::lists(include_str!("../../data/compare/figures.txt"));
        let list = |name: &str| lists.get(name).cloned().unwrap_or_default();
        let mut synonyms = HashMap::default();
        let mut longest = 1;
        for group in list("synonyms") {
            let forms: Vec<&'static str> =
                group.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
            let Some(&first) = forms.first() else { continue };
            for form in forms {
                longest = longest.max(form.split_whitespace().count());
                synonyms.insert(fold(form), first);
            }
        }
        let hedge_lists = [
            ("hedges_about", Hedge::About),
            ("hedges_nearly", Hedge::Nearly),
            ("hedges_over", Hedge::Over),
            ("hedges_under", Hedge::Under),
            ("hedges_floor", Hedge::Floor),
            ("hedges_ceiling", Hedge::Ceiling),
        ];
        let hedges = hedge_lists
            .iter()
            .flat_map(|&(name, hedge)| list(name).into_iter().map(move |h| (h, hedge)))
            .collect();
        let vague = list("vague_amounts")
            .into_iter()
            .filter_map(|entry| {
                let (word, amount) = entry.split_once('=')?;
                Some((word.trim(), amount.trim().parse().ok()?))
            })
            .collect();
        Words { synonyms, longest, openers: list("noun_openers"), ends: list("noun_ends"), hedges, vague }
    })
}

/// The place of `value`'s last significant digit: 1,000 for 3,000, 100,000 for 1,200,000.
fn step(value: f64) -> f64 {
    if !value.is_finite() || value <= 0.0 {
        return 1.0;
    }
    let mut place = 10f64.powf(value.log10().floor());
    while place > 1e-6 {
        let digits = value / place;
        if (digits - digits.round()).abs() <= 1e-9 * digits.max(1.0) {
            break;
        }
        place /= 10.0;
    }
    place
}

/// The interval `hedge` allows around `value`, by the data file's rules.
fn hedged(value: f64, hedge: Hedge) -> Bounds {
    let step = step(value);
    let half = (step / 2.0).max(value.abs() / 10.0);
    let open =
        |low: f64, high: f64, low_open: bool, high_open: bool| Bounds { low, high, low_open, high_open };
    match hedge {
        Hedge::About => Bounds::closed(value - half, value + half),
        Hedge::Nearly => Bounds::closed(value - half, value),
        Hedge::Over => open(value, value + step, true, false),
        Hedge::Under => open((value - step).max(0.0), value, false, true),
        Hedge::Floor => Bounds::closed(value, f64::INFINITY),
        Hedge::Ceiling => Bounds::closed(0.0, value),
    }
}

/// The interval a NUMBER's text and value allow, and whether it is an estimate. `None` when
/// the hedge has no reading here, so the figure never conflicts.
fn bounds(text: &str, quantity: Option<Quantity>, hedge: Option<&str>) -> (Option<Bounds>, bool) {
    let words = words();
    let hedge = match hedge {
        None => None,
        Some(h) => match words.hedges.iter().find(|(name, _)| name.eq_ignore_ascii_case(h)) {
            Some(&(_, hedge)) => Some(hedge),
            None => return (None, true),
        },
    };
    let Some(quantity) = quantity else {
        let amount: f64 = text
            .split_whitespace()
            .filter_map(|w| words.vague.iter().find(|(v, _)| v.eq_ignore_ascii_case(w)).map(|&(_, a)| a))
            .product();
        let known =
            text.split_whitespace().any(|w| words.vague.iter().any(|(v, _)| v.eq_ignore_ascii_case(w)));
        return (
            known.then(|| Bounds { high_open: true, ..Bounds::closed(2.0 * amount, 20.0 * amount) }),
            true,
        );
    };
    let (low, high) = match quantity {
        Quantity::Single(v) => (v, v),
        Quantity::Range(a, b) => (a, b),
    };
    match hedge {
        None => (Some(Bounds::closed(low, high)), false),
        Some(hedge) => {
            let (from, to) = (hedged(low, hedge), hedged(high, hedge));
            (Some(Bounds { high: to.high, high_open: to.high_open, ..from }), true)
        }
    }
}

/// Punctuation that ends a clause: what a figure's subject and time are looked for in.
fn ends_clause(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && matches!(token.text(text), "," | ";" | ":" | "(" | ")" | "–" | "—" | "-")
}

/// The tokens of `range` as token indices.
fn token_span(analysis: &Analysis, range: &Range<usize>) -> Range<usize> {
    let first = analysis.tokens.partition_point(|t| t.start < range.start);
    let end = analysis.tokens.partition_point(|t| t.start < range.end);
    first..end
}

/// What follows a NUMBER at token `after`: the counted noun's group or stem, and the first of
/// `entities` passed over on the way ("North Korean" in "10,000 North Korean troops").
fn counted_noun(
    text: &str,
    analysis: &Analysis,
    after: usize,
    sentence_end: usize,
    entities: &[Range<usize>],
) -> (Option<String>, Option<usize>) {
    let words = words();
    let tokens = &analysis.tokens[after..sentence_end];
    let mut collected: Vec<String> = Vec::new();
    let mut modifier = None;
    let mut i = 0;
    while i < tokens.len() && collected.len() < 4 {
        let token = tokens[i];
        if let Some(e) = entities.iter().position(|e| e.start == token.start) {
            modifier.get_or_insert(e);
            i += tokens[i..].partition_point(|t| t.start < entities[e].end);
            continue;
        }
        if token.kind != TokenKind::Word {
            break;
        }
        let word = fold(token.text(text));
        if collected.is_empty() && words.openers.contains(&word.as_str()) {
            i += 1;
            continue;
        }
        // The longest synonym phrase that starts here names the noun outright.
        for len in (1..=words.longest).rev() {
            let Some(phrase) = tokens.get(i..i + len) else { continue };
            if phrase.iter().any(|t| t.kind != TokenKind::Word) {
                continue;
            }
            let phrase: Vec<String> = phrase.iter().map(|t| fold(t.text(text))).collect();
            if let Some(group) = words.synonyms.get(&phrase.join(" ")) {
                return (Some(group.to_string()), modifier);
            }
        }
        if words.ends.contains(&word.as_str()) {
            break;
        }
        collected.push(word);
        i += 1;
    }
    // A noun no list names counts only as a plural: "40 tanks", not "the two met again".
    let plural = collected.last().filter(|w| w.len() > 2 && w.ends_with('s') && !w.ends_with("ss"));
    (plural.map(|w| stem(w)), modifier)
}

/// A rate's period from the end of a NUMBER's text: "month" in "$2,000 a month".
fn rate_of(text: &str) -> Option<String> {
    let mut words = text.split_whitespace().rev();
    let period = words.next()?;
    matches!(words.next()?.to_ascii_lowercase().as_str(), "a" | "an" | "per" | "each" | "every")
        .then(|| fold(period))
}

/// An entity id as a figure compares it: a demonym or capital as its country.
fn place_id(id: &str) -> String {
    country_of(id).map_or(id, |(country, _)| country).to_string()
}

/// The name of a subject: its country's, or the study's name for the entity.
fn subject_name(study: &Study, id: &str) -> String {
    match (country_of(id), study.entity(id)) {
        (Some((_, country)), _) => country.to_string(),
        (None, Some(entity)) => entity.name.clone(),
        (None, None) => id.to_string(),
    }
}

/// The figures of document `doc`.
fn figures_of(corpus: &Corpus, study: &Study, doc: usize) -> Vec<(Measure, Figure)> {
    let (Some(document), Some(analysis)) = (corpus.documents().get(doc), study.analyses.get(doc)) else {
        return Vec::new();
    };
    let text = &document.text;
    let mut out = Vec::new();
    for span in &analysis.spans {
        let SpanValue::Number(number) = &span.value else { continue };
        let Some(sentence_range) = analysis.sentences.get(span.sentence) else { continue };
        let Some(figure_text) = text.get(span.range.clone()) else { continue };
        let in_sentence = analysis.spans_in(span.sentence);
        let first_span = analysis.spans.partition_point(|s| s.sentence < span.sentence);
        // Entities of the sentence: range and id, places and groups only.
        let entities: Vec<(Range<usize>, String)> = in_sentence
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s.label, Label::Place | Label::Group))
            .filter_map(|(i, s)| Some((s.range.clone(), study.entity_of(doc, first_span + i)?.id.clone())))
            .collect();
        let sentence_tokens = token_span(analysis, sentence_range);
        let figure_tokens = token_span(analysis, &span.range);
        let entity_ranges: Vec<Range<usize>> = entities.iter().map(|(r, _)| r.clone()).collect();
        let (noun, modifier) =
            counted_noun(text, analysis, figure_tokens.end, sentence_tokens.end, &entity_ranges);
        let rate = rate_of(figure_text);
        let counts_something = noun.is_some() || (rate.is_some() && number.unit.is_some());
        if !counts_something {
            continue;
        }
        let clause_start = analysis.tokens[sentence_tokens.start..figure_tokens.start]
            .iter()
            .rposition(|t| ends_clause(t, text))
            .map_or(sentence_range.start, |i| analysis.tokens[sentence_tokens.start + i].end);
        let clause_end = analysis.tokens[figure_tokens.end..sentence_tokens.end]
            .iter()
            .position(|t| ends_clause(t, text))
            .map_or(sentence_range.end, |i| analysis.tokens[figure_tokens.end + i].start);
        let in_clause = |r: &Range<usize>| r.start >= clause_start && r.end <= clause_end;
        let subject = modifier
            .map(|e| place_id(&entities[e].1))
            .or_else(|| entities.iter().find(|(r, _)| in_clause(r)).map(|(_, id)| place_id(id)));
        let mut setting: Vec<String> = entities.iter().map(|(_, id)| place_id(id)).collect();
        setting.sort();
        setting.dedup();
        setting.retain(|id| Some(id) != subject.as_ref());
        let year_of = |s: &crate::analysis::Span| match &s.value {
            SpanValue::Time(t) => t.interval.filter(|(a, b)| a.year() == b.year()).map(|(a, _)| a.year()),
            _ => None,
        };
        // An opening "In 2022," stands before the clause's comma: the sentence's date counts next.
        let year = in_sentence
            .iter()
            .filter(|s| in_clause(&s.range))
            .find_map(year_of)
            .or_else(|| in_sentence.iter().find_map(year_of))
            .or_else(|| study.reference_date(doc).map(|d| d.year()));
        let (bounds, estimate) = bounds(figure_text, number.quantity, number.hedge.as_deref());
        let measure = Measure { unit: number.unit.clone(), noun, rate };
        out.push((
            measure,
            Figure {
                doc,
                sentence: span.sentence,
                range: span.range.clone(),
                text: figure_text.to_string(),
                bounds,
                estimate,
                subject,
                setting,
                year,
            },
        ));
    }
    out
}

/// Whether two figures of one measure can count the same thing.
fn same_quantity(a: &Figure, b: &Figure) -> bool {
    let agree = |x: &Option<String>, y: &Option<String>| x.is_none() || y.is_none() || x == y;
    let years = a.year.is_none() || b.year.is_none() || a.year == b.year;
    let settings =
        a.setting.is_empty() || b.setting.is_empty() || a.setting.iter().any(|p| b.setting.contains(p));
    agree(&a.subject, &b.subject) && years && settings
}

fn conflicts(figures: &[Figure]) -> Vec<Conflict> {
    let mut found = Vec::new();
    for (a, fa) in figures.iter().enumerate() {
        for (b, fb) in figures.iter().enumerate().skip(a + 1) {
            if let (true, Some(x), Some(y)) = (fa.doc != fb.doc, fa.bounds, fb.bounds) {
                if !x.meets(&y) {
                    found.push(Conflict { a, b });
                }
            }
        }
    }
    found
}

/// Every figure of `study`, grouped by quantity. `origins[d]` names document `d`'s independent
/// origin (documents derived from one article share it); a row counts its documents by it.
pub fn figure_table(corpus: &Corpus, study: &Study, origins: &[usize]) -> FigureTable {
    let documents = corpus.documents().len().min(study.analyses.len());
    let mut by_measure: HashMap<Measure, Vec<Vec<Figure>>> = HashMap::default();
    let mut order: Vec<(Measure, usize)> = Vec::new();
    for doc in 0..documents {
        for (measure, figure) in figures_of(corpus, study, doc) {
            let rows = by_measure.entry(measure.clone()).or_default();
            match rows.iter_mut().find(|row| row.iter().all(|f| same_quantity(f, &figure))) {
                Some(row) => row.push(figure),
                None => {
                    order.push((measure, rows.len()));
                    rows.push(vec![figure]);
                }
            }
        }
    }
    let mut rows: Vec<FigureRow> = order
        .into_iter()
        .filter_map(|(measure, i)| {
            let figures = std::mem::take(by_measure.get_mut(&measure)?.get_mut(i)?);
            Some(row(study, measure, figures, origins))
        })
        .collect();
    // Stable: among equally reported quantities, the first met comes first.
    rows.sort_by_key(|r| std::cmp::Reverse((r.origins, r.documents.len())));
    FigureTable { rows }
}

fn row(study: &Study, measure: Measure, figures: Vec<Figure>, origins: &[usize]) -> FigureRow {
    let mut documents: Vec<usize> = figures.iter().map(|f| f.doc).collect();
    documents.dedup();
    let mut roots: Vec<usize> = documents.iter().map(|&d| origins.get(d).copied().unwrap_or(d)).collect();
    roots.sort_unstable();
    roots.dedup();
    let conflicts = conflicts(&figures);
    let agreement = if documents.len() < 2 {
        Agreement::Single
    } else if !conflicts.is_empty() {
        Agreement::Conflict
    } else if figures.windows(2).all(|w| w[0].bounds == w[1].bounds) {
        Agreement::Agree
    } else {
        Agreement::Spread
    };
    let subject = figures.iter().find_map(|f| f.subject.as_deref()).map(|id| subject_name(study, id));
    FigureRow { measure, subject, figures, documents, origins: roots.len(), agreement, conflicts }
}

/// The table as CSV, one record per figure: the quantity (what is counted and its subject),
/// how the row agrees, the figure's text, its interval (empty when it has no reading), whether
/// it conflicts with another document's, the document with its outlet and date, the sentence
/// and the figure's byte offsets.
pub fn figure_table_csv(corpus: &Corpus, study: &Study, table: &FigureTable) -> String {
    let mut csv = Csv::new(&[
        "quantity",
        "subject",
        "agreement",
        "origins",
        "text",
        "low",
        "high",
        "conflict",
        "document",
        "outlet",
        "date",
        "sentence",
        "start",
        "end",
    ]);
    for row in &table.rows {
        let label = row.measure.label();
        for (i, figure) in row.figures.iter().enumerate() {
            let Some(doc) = corpus.documents().get(figure.doc) else { continue };
            let sentence = study.analyses[figure.doc]
                .sentences
                .get(figure.sentence)
                .and_then(|s| doc.text.get(s.clone()));
            let number = |v: f64| if v.is_finite() { Field::Number(v) } else { Field::Empty };
            let (low, high) =
                figure.bounds.map_or((Field::Empty, Field::Empty), |b| (number(b.low), number(b.high)));
            let date = study.reference_date(figure.doc).map(|d| d.to_string());
            csv.record(&[
                (&label).into(),
                row.subject.as_deref().into(),
                row.agreement.as_str().into(),
                row.origins.into(),
                (&figure.text).into(),
                low,
                high,
                (if row.in_conflict(i) { "yes" } else { "" }).into(),
                doc.id().into(),
                (&outlet(doc)).into(),
                date.as_deref().into(),
                sentence.into(),
                figure.range.start.into(),
                figure.range.end.into(),
            ]);
        }
    }
    csv.finish()
}
