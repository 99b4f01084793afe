//! Expressions: a hedge, an amount or a range, and a rate, checked against their context
//! (durations, ratios, unconfirmed years and pronouns are dropped; people nouns give the unit
//! `people`).

use std::sync::OnceLock;

use super::super::span::{Label, NumberValue, Quantity, Span, SpanValue};
use super::amount::*;
use super::fraction::{fraction_at, hedged_half};
use super::tokens::*;
use super::words::*;

#[derive(Debug)]
pub(super) struct Expr {
    /// Token range.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) quantity: Option<Quantity>,
    pub(super) unit: Option<Unit>,
    pub(super) hedge: Option<&'static str>,
    pub(super) rule: &'static str,
}

impl Expr {
    pub(super) fn into_span(self, t: &Toks) -> Span {
        let value = NumberValue {
            quantity: self.quantity,
            unit: self.unit.map(|u| u.name.to_string()),
            hedge: self.hedge.map(str::to_string),
        };
        Span::new(
            t.0[self.start].start..t.0[self.end - 1].end,
            Label::Number,
            SpanValue::Number(value),
            self.rule,
        )
    }
}

/// Whether token `i` can begin an expression: digits, a currency sign, minus or a point, or a
/// word that starts a hedge or an amount. One set lookup skips most words quickly.
pub(super) fn can_start(t: &Toks, i: usize) -> bool {
    static FIRST_WORDS: OnceLock<WordSet> = OnceLock::new();
    let first_words = FIRST_WORDS.get_or_init(|| {
        let w = words();
        let hedges = w.hedges.iter().filter_map(|(h, _)| h.split(' ').next());
        let currencies = [&w.dollar_prefixes, &w.currency_before, &w.currency_letters, &w.currency_codes];
        let prefixes = currencies.into_iter().flat_map(Exact::keys);
        let others = ["between", "a", "an", "half", "several", "tens", "minus", "magnitude", "Magnitude"];
        let numbers = w.ones.written().chain(w.tens.written()).chain(w.vague_plurals.written());
        WordSet::of(hedges.chain(prefixes).chain(numbers).chain(others).collect())
    });
    match t.kind(i) {
        Some(Kind::Numeral) => true,
        Some(Kind::Symbol) => t.is_any(i, &["-", "−", "."]) || words().currency_symbols.has_word(t.text(i)),
        Some(Kind::Word) => t.is_in(i, first_words),
        _ => false,
    }
}

pub(super) fn expression_at(t: &Toks, i: usize) -> Option<Expr> {
    if t.is(i, "between") {
        if let Some(expr) = between_range(t, i) {
            return Some(expr);
        }
    }
    if let Some((hedge, j)) = hedge_at(t, i) {
        if let Some(expr) = quantity_at(t, j).or_else(|| hedged_half(t, j)) {
            return Some(Expr { start: i, hedge: Some(hedge), ..expr });
        }
    }
    quantity_at(t, i)
}

/// The longest hedge at `i`, with its end: "no more than" rather than "no". Right after a
/// count, "over" and its kin are prepositions: "struck out nine over seven innings".
fn hedge_at(t: &Toks, i: usize) -> Option<(&'static str, usize)> {
    let preposition = t.is_any(i, &["over", "under", "above", "below"]);
    let after_count = i > 0
        && (t.kind(i - 1) == Some(Kind::Numeral) || tens_units(t, i - 1).is_some_and(|(_, end)| end == i));
    if preposition && after_count {
        return None;
    }
    t.longest(i, &words().hedges)
}

/// A hedge written after the amount ending at `k`, with its end: "60 or so".
fn hedge_after(t: &Toks, k: usize) -> Option<(&'static str, usize)> {
    t.longest(k, &words().hedges_after)
}

fn quantity_at(t: &Toks, i: usize) -> Option<Expr> {
    if let Some(fraction) = fraction_at(t, i) {
        return Some(fraction);
    }
    let first = amount_at(t, i, false)?;
    match range_tail(t, first) {
        Tail::Single => finish(t, first, None),
        Tail::Range(a, b) => finish(t, a, Some(b)),
        Tail::Reject => None,
    }
}

/// `between 10 and 20`: one range, the span `10 and 20` without `between` (dev4's decision).
fn between_range(t: &Toks, i: usize) -> Option<Expr> {
    let first = amount_at(t, i + 1, false)?;
    if !t.is(first.end, "and") {
        return None;
    }
    let (a, b) = join_range(first, amount_at(t, first.end + 1, false)?)?;
    finish(t, a, Some(b))
}

pub(super) enum Tail {
    Single,
    Range(Amount, Amount),
    /// A glued dash that does not make a range: a score `3-1`, a phone `555-0100-22`.
    Reject,
}

/// `10 to 20`, `10-20`, `two or three`, `90% to 95%`.
fn range_tail(t: &Toks, first: Amount) -> Tail {
    let c = first.end;
    // "a 4-kilometre-wide crater": a measure inside a compound adjective keeps its span.
    let dimension = ["wide", "long", "high", "deep", "tall", "thick"];
    if first.unit.is_some_and(|u| u.kind == UnitKind::Measure)
        && t.is(c, "-")
        && t.glued(c)
        && t.is_any(c + 1, &dimension)
    {
        return Tail::Single;
    }
    let dash = t.is_any(c, &["-", "–"]) && t.glued(c) && t.glued(c + 1);
    let word = t.is_any(c, &["to", "or"]) || (t.is(c, "–") && !t.glued(c) && !t.glued(c + 1));
    // "a three-judge bench": the amount already checked that the number counts the noun.
    if !(dash || word) || (dash && t.kind(c + 1) == Some(Kind::Word)) {
        return Tail::Single;
    }
    let second = amount_at(t, c + 1, dash);
    if word && second.is_some_and(|second| two_figures(t, &first, &second)) {
        return Tail::Single;
    }
    match second.and_then(|second| join_range(first, second)) {
        Some((a, b)) if dash && !dash_follows(t, b.end) => Tail::Range(a, b),
        Some((a, b)) if word && !change_before(t, first.start) && !step_then_level(t, &a, &b) => {
            Tail::Range(a, b)
        }
        _ if dash => Tail::Reject,
        _ => Tail::Single,
    }
}

/// Whether "A to B" or "A or B" names two figures rather than a range: each with its own
/// currency ("$2,000 or $3,000", alternatives), or a percentage or measure before a bare number
/// ("firmed 0.5% to 10.84 per euro"), since a range writes its unit once at the end ("5 to 7%")
/// or on both ends.
fn two_figures(t: &Toks, first: &Amount, second: &Amount) -> bool {
    let unit_first_only = first.unit.is_some_and(|u| matches!(u.kind, UnitKind::Percent | UnitKind::Measure))
        && second.unit.is_none();
    (t.is(first.end, "or") && first.unit.is_some() && second.unit.is_some()) || unit_first_only
}

/// "raise the fare by 250 pesos to 3,450 pesos": after "by", the first figure is the step and
/// the second, many times larger, the new level; "cut ridership by 2% to 3%" is a range.
fn step_then_level(t: &Toks, a: &Amount, b: &Amount) -> bool {
    let by = a.start.checked_sub(1).is_some_and(|p| t.is(p, "by"));
    by && matches!((a.number(), b.number()), (Some(x), Some(y)) if y > 10.0 * x)
}

fn dash_follows(t: &Toks, k: usize) -> bool {
    t.is_any(k, &["-", "–"]) && t.glued(k) && t.glued(k + 1) && t.is_alnum(k + 1)
}

/// Whether a change verb precedes: "rose 5% to 7%", "went up from 10 to 20".
fn change_before(t: &Toks, start: usize) -> bool {
    let Some(prev) = start.checked_sub(1) else { return false };
    if !t.is(prev, "from") {
        return t.is_in(prev, &words().change_words);
    }
    (prev.saturating_sub(4)..prev).any(|k| t.is_in(k, &words().change_words))
}

/// Joins two amounts into a range when their units agree and the first is smaller. A unit or
/// scale written once applies to both ends: `90 to 95 percent`, `2 to 3 million`.
fn join_range(mut a: Amount, mut b: Amount) -> Option<(Amount, Amount)> {
    let (x, y) = (a.base?.to_f64()?, b.base?.to_f64()?);
    match (a.unit, b.unit) {
        (Some(u), Some(v)) if u != v => return None,
        (Some(u), None) => b.unit = Some(u),
        (None, Some(v)) => a.unit = Some(v),
        _ => {}
    }
    if a.scale == 0 && b.scale > 0 && x < y {
        a.scale = b.scale;
    }
    (a.number()? < b.number()?).then_some((a, b))
}

/// Checks an amount or range in its context and builds the expression: drops durations and
/// unconfirmed years, names and pronouns; infers `people`; adds a rate.
fn finish(t: &Toks, first: Amount, second: Option<Amount>) -> Option<Expr> {
    let mut end = second.map_or(first.end, |s| s.end);
    let hedge = hedge_after(t, end).map(|(hedge, hedge_end)| {
        end = hedge_end;
        hedge
    });
    // A written unit settles the reading: "5% year on year" is no duration.
    if (first.unit.is_none() && time_follows(t, end)) || in_ratio(t, first.start, end) {
        return None;
    }
    let quantity = match (first.base, second) {
        (None, _) => None,
        (Some(_), None) => Some(Quantity::Single(first.number()?)),
        (Some(_), Some(s)) => Some(Quantity::Range(first.number()?, s.number()?)),
    };
    let is_one = quantity == Some(Quantity::Single(1.0));
    let unit = first.unit.or_else(|| counted_noun(t, end, is_one));
    let needs_noun =
        first.needs_noun || second.is_some_and(|s| s.needs_noun) || (first.lone_one && second.is_none());
    if needs_noun && unit.is_none() {
        return None;
    }
    let rate_end = match first.unit {
        Some(unit) => rate_at(t, end).or_else(|| per_noun(t, end, unit)),
        None => exchange_rate(t, end),
    };
    let rule = match (rate_end, second, first.source, unit.map(|u| u.kind)) {
        (Some(_), ..) => "number:rate",
        (_, Some(_), ..) => "number:range",
        (_, _, Source::Vague, _) => "number:vague",
        (.., Some(UnitKind::Money)) => "number:money",
        (.., Some(UnitKind::Percent)) => "number:percent",
        (.., Some(UnitKind::Measure)) => "number:measure",
        (_, _, Source::Words, _) => "number:words",
        _ => "number:digits",
    };
    Some(Expr { start: first.start, end: rate_end.unwrap_or(end), quantity, unit, hedge, rule })
}

/// Whether a time unit follows, so the number is a duration: "three years", "10 more days",
/// "thousands of years".
fn time_follows(t: &Toks, k: usize) -> bool {
    let mut k = if t.is(k, "of") { k + 1 } else { k };
    while t.is_in(k, &words().time_modifiers) {
        k += 1;
    }
    is_duration_word(t.text(k))
}

/// Whether the amount is half of a ratio such as "one in five" or "9 in 10", which names a
/// proportion rather than a count and is left alone. "12 in 3 cities" is no ratio.
fn in_ratio(t: &Toks, start: usize, end: usize) -> bool {
    let value = |i: usize| match t.kind(i)? {
        Kind::Numeral => read_numeral(t.text(i)).filter(|n| n.plain).map(|n| n.value.mantissa),
        Kind::Word => tens_units(t, i).filter(|&(_, next)| next == i + 1).map(|(v, _)| v),
        _ => None,
    };
    let ratio = |a: usize, b: usize| matches!((value(a), value(b)), (Some(x), Some(y)) if x <= 10 && x < y);
    (t.is(end, "in") && ratio(end - 1, end + 1))
        || (start >= 2 && t.is(start - 1, "in") && ratio(start - 2, start))
}

/// `a month`, `per year`, `an hour`; not "a year earlier", which dates the figure.
pub(super) fn rate_at(t: &Toks, k: usize) -> Option<usize> {
    let dated = t.is_any(k + 2, &["earlier", "ago", "later", "previously", "prior"]);
    (t.is_any(k, &["a", "an", "per"]) && is_rate_period(t.text(k + 1)) && !dated).then_some(k + 2)
}

/// Money or a measure per any thing: "Rs 8,500 per maund", "$3 per passenger", "2 tonnes per
/// hectare"; not "per the contract".
fn per_noun(t: &Toks, k: usize, unit: Unit) -> Option<usize> {
    let noun = t.word(k + 1).is_some_and(|w| w.chars().all(char::is_lowercase));
    let counts = matches!(unit.kind, UnitKind::Money | UnitKind::Measure);
    (counts && noun && t.is(k, "per") && !t.is_in(k + 1, &words().function_words)).then_some(k + 2)
}

/// A bare number priced in a currency, an exchange rate: "17.94 per dollar", "10.84 to the
/// euro".
fn exchange_rate(t: &Toks, k: usize) -> Option<usize> {
    let at = if t.is(k, "per") {
        k + 1
    } else if t.is(k, "to") && t.is(k + 1, "the") {
        k + 2
    } else {
        return None;
    };
    let (unit, end) = t.longest(at, &words().units_after)?;
    (unit.kind == UnitKind::Money).then_some(end)
}

/// The unit `people` when a people noun follows within a few modifiers: "10,000 North Korean
/// troops", "dozens of men", "one soldier". The noun is not part of the span.
pub(super) fn counted_noun(t: &Toks, k: usize, singular: bool) -> Option<Unit> {
    let mut k = if t.is(k, "of") { k + 1 } else { k };
    for _ in 0..4 {
        let word = t.word(k)?;
        if is_people_noun(word, singular) {
            return Some(PEOPLE);
        }
        if !is_modifier(t, k) {
            return None;
        }
        k += 1;
        while t.is(k, "-") && t.glued(k) && t.glued(k + 1) && t.word(k + 1).is_some() {
            k += 2;
        }
    }
    None
}

fn is_people_noun(word: &str, singular: bool) -> bool {
    let demonym = word.starts_with(char::is_uppercase) && word.ends_with("ans") && word.len() > 4;
    demonym || words().people_plural.contains(word) || (singular && words().people_singular.contains(word))
}

/// Words that may stand between a count and its noun: names (`North Korean`), participles
/// (`trained`), common adjectives, hyphenated compounds (`well-trained`).
fn is_modifier(t: &Toks, k: usize) -> bool {
    let Some(word) = t.word(k) else { return false };
    let compound = t.is(k + 1, "-") && t.glued(k + 1) && t.glued(k + 2);
    has_uppercase(word)
        || (word.len() > 4 && word.ends_with("ed"))
        || t.is_in(k, &words().noun_modifiers)
        || compound
}
