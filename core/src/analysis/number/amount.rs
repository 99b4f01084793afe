//! Amounts: one number with its sign, currency, scale and unit, written in digits (`$5bn`,
//! `SEK 20 billion`, `-20 degrees`, `.382`), in words (`three hundred and ten`, `half a
//! million`) or as a vague plural (`tens of thousands`).

use super::expr::{counted_noun, rate_at};
use super::tokens::*;
use super::words::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    Digits,
    Words,
    Vague,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Amount {
    /// Token range.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The number before its scale word; `None` for vague amounts such as "thousands".
    pub(super) base: Option<Decimal>,
    /// Power of ten from a scale word: `million` is 6.
    pub(super) scale: i32,
    pub(super) unit: Option<Unit>,
    pub(super) source: Source,
    /// A year or a number after a name (`Resolution 2231`): only a NUMBER when a unit or a
    /// people noun shows that it counts.
    pub(super) needs_noun: bool,
    /// The word "one" alone, usually a pronoun.
    pub(super) lone_one: bool,
}

impl Amount {
    pub(super) fn new(start: usize, end: usize, base: Option<Decimal>, source: Source) -> Self {
        Amount { start, end, base, scale: 0, unit: None, source, needs_noun: false, lone_one: false }
    }

    /// The value, with the scale applied and percentages as fractions.
    pub(super) fn number(&self) -> Option<f64> {
        let base = self.base?;
        let percent = if self.unit.is_some_and(|u| u.kind == UnitKind::Percent) { 2 } else { 0 };
        Decimal { mantissa: base.mantissa, exp: base.exp + self.scale - percent }.to_f64()
    }
}

/// Reads an amount starting at token `i`. `after_dash` is set for the second half of `10-20`,
/// whose digits are glued to the dash.
pub(super) fn amount_at(t: &Toks, i: usize, after_dash: bool) -> Option<Amount> {
    match t.kind(i)? {
        Kind::Numeral => digits_amount(t, i, i, None, after_dash),
        Kind::Symbol => symbol_amount(t, i).or_else(|| point_amount(t, i)),
        Kind::Word => dollar_prefix_amount(t, i)
            .or_else(|| currency_before_amount(t, i))
            .or_else(|| magnitude_amount(t, i))
            .or_else(|| minus_amount(t, i))
            .or_else(|| words_amount(t, i))
            .or_else(|| vague_amount(t, i)),
        Kind::Code => None,
    }
}

/// `$5`, `€10`, or a minus sign: `-20 degrees`.
fn symbol_amount(t: &Toks, i: usize) -> Option<Amount> {
    if !(t.kind(i + 1) == Some(Kind::Numeral) && t.glued(i + 1)) || (t.glued(i) && t.is_alnum(i - 1)) {
        return None;
    }
    if let Some((unit, _)) = t.longest(i, &words().currency_symbols) {
        return digits_amount(t, i, i + 1, Some(unit), false);
    }
    if !t.is_any(i, &["-", "−"]) {
        return None;
    }
    negated(digits_amount(t, i, i + 1, None, false)?)
}

/// `magnitude 6.1`: a quake's scale before its figure, which is below 10 and has no scale of
/// its own, is the figure's unit, as it is after it (`6.1 magnitude`).
fn magnitude_amount(t: &Toks, i: usize) -> Option<Amount> {
    if !t.is_any(i, &["magnitude", "Magnitude"]) || t.kind(i + 1) != Some(Kind::Numeral) {
        return None;
    }
    let (unit, _) = t.longest(i, &words().units_after).filter(|(u, _)| u.name == "magnitude")?;
    let amount = digits_amount(t, i, i + 1, Some(unit), false)?;
    (amount.scale == 0 && amount.number().is_some_and(|v| v < 10.0)).then_some(amount)
}

/// `.382`, a batting average: digits after a point that no digit stands before.
fn point_amount(t: &Toks, i: usize) -> Option<Amount> {
    let digits = t.text(i + 1);
    let shaped = t.is(i, ".")
        && t.glued(i + 1)
        && (1..=6).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (!t.glued(i) || !(t.is_alnum(i - 1) || t.is(i - 1, ".")));
    if !shaped {
        return None;
    }
    let mantissa = digits.bytes().fold(0i64, |m, d| m * 10 + i64::from(d - b'0'));
    let numeral = Numeral { value: Decimal { mantissa, exp: -(digits.len() as i32) }, plain: false };
    numeral_amount(t, i, i + 1, numeral, None, false)
}

/// `SEK 20 billion`, `Rs 600,000`, `Rs.500`, `KSh38bn`, `R1.5 million`: a currency before the
/// digits. An abbreviation may be spaced or glued. A single letter (`R`) is glued, and glued
/// digits after a letter or an ISO code (`COP30` names a thing, `USD5m` is money) need an
/// amount that is plainly money: a scale, a decimal or grouped numeral, a hedge or a rate.
fn currency_before_amount(t: &Toks, i: usize) -> Option<Amount> {
    // Runs at every word: only one with digits after it (or after its stop) can be a currency,
    // so test that before the tables.
    let digits_after = t.kind(i + 1) == Some(Kind::Numeral)
        || (t.is(i + 1, ".") && t.glued(i + 1) && t.kind(i + 2) == Some(Kind::Numeral));
    if !digits_after {
        return None;
    }
    let w = words();
    let word = t.text(i);
    let (unit, abbreviation, letter) = match (w.currency_codes.get(word), w.currency_before.get(word)) {
        (Some(unit), _) => (unit, false, false),
        (_, Some(unit)) => (unit, true, false),
        _ => (w.currency_letters.get(word)?, false, true),
    };
    let n = if abbreviation && t.is(i + 1, ".") && t.glued(i + 1) { i + 2 } else { i + 1 };
    if t.kind(n) != Some(Kind::Numeral) || (letter && !t.glued(n)) || (t.glued(i) && t.is_alnum(i - 1)) {
        return None;
    }
    let amount = digits_amount(t, i, n, Some(unit), false)?;
    let money = amount.scale > 0
        || t.text(n).contains(['.', ','])
        || after_hedge(t, i)
        || rate_at(t, amount.end).is_some();
    (abbreviation || !t.glued(n) || money).then_some(amount)
}

/// `minus 20 degrees`.
fn minus_amount(t: &Toks, i: usize) -> Option<Amount> {
    if !(t.is(i, "minus") && t.kind(i + 1) == Some(Kind::Numeral)) {
        return None;
    }
    negated(digits_amount(t, i, i + 1, None, false)?)
}

fn negated(mut amount: Amount) -> Option<Amount> {
    amount.base = amount.base.map(|b| Decimal { mantissa: -b.mantissa, ..b });
    Some(amount)
}

/// `US$5`, `HK$10`.
fn dollar_prefix_amount(t: &Toks, i: usize) -> Option<Amount> {
    let unit = words().dollar_prefixes.get(t.text(i))?;
    let shaped = t.is(i + 1, "$") && t.glued(i + 1) && t.glued(i + 2) && t.kind(i + 2) == Some(Kind::Numeral);
    if !shaped || (t.glued(i) && t.is_alnum(i - 1)) {
        return None;
    }
    digits_amount(t, i, i + 2, Some(unit), false)
}

/// Digits at token `n`, the amount starting at `start` (a currency symbol or sign, or `n`).
fn digits_amount(
    t: &Toks,
    start: usize,
    n: usize,
    currency: Option<Unit>,
    after_dash: bool,
) -> Option<Amount> {
    numeral_amount(t, start, n, read_numeral(t.text(n))?, currency, after_dash)
}

/// The amount of `numeral`, the digits at token `n`, starting at `start`.
fn numeral_amount(
    t: &Toks,
    start: usize,
    n: usize,
    numeral: Numeral,
    currency: Option<Unit>,
    after_dash: bool,
) -> Option<Amount> {
    if (start == n && !after_dash && !free_before(t, n)) || names_or_dates(t, start, n, numeral) {
        return None;
    }
    let mut amount = Amount::new(start, n + 1, Some(numeral.value), Source::Digits);
    amount.unit = currency;
    glued_suffix(t, &mut amount)?;
    if clock_follows(t, amount.end) {
        return None;
    }
    if amount.scale == 0 {
        if let Some((exp, end)) = t.longest(amount.end, &words().scales) {
            amount.scale = exp;
            amount.end = end;
        }
    }
    // "₹4.5 lakh crore", "Rs 10,000 crore": a larger scale after a scale multiplies it.
    if let Some((exp, end)) =
        t.longest(amount.end, &words().scales).filter(|&(exp, _)| amount.scale > 0 && exp > amount.scale)
    {
        amount.scale += exp;
        amount.end = end;
    }
    if amount.scale > 0 && amount.unit.is_none() && is_strength(t, amount.end) {
        amount.unit = strength_unit(t, amount.end + 1);
        amount.end += 2;
    }
    if amount.unit.is_none() {
        unit_after(t, &mut amount);
    }
    let year = numeral.plain && (1000..=2199).contains(&numeral.value.mantissa) && amount.scale == 0;
    amount.needs_noun = (year && currency.is_none()) || named_before(t, start);
    Some(amount)
}

/// Whether the token before digits at `n` leaves them a number of their own: not `G7`,
/// `F-16`, `COVID-19`, `’90s`, `#1`, `+44`, `10:30`.
pub(super) fn free_before(t: &Toks, n: usize) -> bool {
    !t.glued(n) || t.is_any(n - 1, &["(", "[", "{", "“", "\"", "‘", "«", "—"])
}

/// Dates, numbered things and digit groups, which are not NUMBER: `May 27`, `27 May`,
/// `section 3`, `No. 10`, `#1`, `202 555 0100`, `10 Downing Street`.
fn names_or_dates(t: &Toks, start: usize, n: usize, numeral: Numeral) -> bool {
    let prev = start.checked_sub(1);
    let before_dot = prev.filter(|&p| t.is(p, ".")).and_then(|p| p.checked_sub(1));
    let is_month = |i: Option<usize>| i.and_then(|i| t.word(i)).is_some_and(is_month_name);
    let day_like = numeral.plain && numeral.value.mantissa <= 31;
    (numeral.plain && (is_month(prev) || is_month(before_dot)))
        || (day_like && is_month(Some(n + 1)))
        || prev.is_some_and(|p| t.is_in(p, &words().numbered))
        || before_dot.is_some_and(|p| t.is_in(p, &words().numbered))
        || prev.is_some_and(|p| t.is_any(p, &["#", "§", "№", "+"]))
        || digit_group_beside(t, start, n)
        || street_after(t, n + 1)
}

/// Digits beside another group of digits across a space, as in phone numbers.
fn digit_group_beside(t: &Toks, start: usize, n: usize) -> bool {
    let is_digits = |i: usize| matches!(t.kind(i), Some(Kind::Numeral | Kind::Code));
    let next = if t.is(n + 1, ")") && t.glued(n + 1) { n + 2 } else { n + 1 };
    (start > 0 && is_digits(start - 1) && !t.glued(start)) || (is_digits(next) && !t.glued(next))
}

fn street_after(t: &Toks, k: usize) -> bool {
    (k..k + 3).map_while(|i| t.word(i).filter(|w| has_uppercase(w))).any(|w| words().streets.contains(&w))
}

/// A capitalised word before the number: `Resolution 2231`, `Apollo 11`, `Boeing 737`.
/// Possessives (`Russia's 10,000`), hedges and function words (`The 10`) do not count.
fn named_before(t: &Toks, start: usize) -> bool {
    let Some(prev) = start.checked_sub(1) else { return false };
    let Some(w) = t.word(prev) else { return false };
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    let listed = words().hedges.has_word(t.text(prev)) || t.is_in(prev, &words().function_words);
    has_uppercase(w) && !possessive && !listed
}

/// Reads what is glued after the digits: a percent sign, a scale (`5bn`, `£3m`) or a unit
/// (`40km`). Returns `None` when the glue makes the digits something else: `11th`, `1950s`,
/// `5pm`, `3D`, `10-year`, `10:30`, `24/7`.
fn glued_suffix(t: &Toks, amount: &mut Amount) -> Option<()> {
    let k = amount.end;
    if !t.glued(k) {
        return Some(());
    }
    let next_glued =
        |kinds: &[Kind]| t.glued(k + 1) && t.kind(k + 1).is_some_and(|kind| kinds.contains(&kind));
    match t.kind(k)? {
        Kind::Word => glued_word(t, amount),
        Kind::Symbol if t.is(k, "%") && amount.unit.is_none() => {
            amount.unit = Some(PERCENT);
            amount.end = k + 1;
            Some(())
        }
        Kind::Symbol if t.is_any(k, &["-", "–"]) => {
            if !next_glued(&[Kind::Word]) {
                return Some(());
            }
            hyphenated_unit(t, amount, k)
        }
        Kind::Symbol if t.is_any(k, &[":", "/"]) => (!next_glued(&[Kind::Numeral, Kind::Code])).then_some(()),
        Kind::Symbol if t.is_any(k, &["'", "’"]) => (!next_glued(&[Kind::Word])).then_some(()),
        Kind::Symbol => (!t.is_any(k, &["_", "@", "%"])).then_some(()),
        _ => None,
    }
}

/// Whether "year-old" or "years-old" follows the hyphen at `k`.
fn is_age(t: &Toks, k: usize) -> bool {
    t.is_any(k + 1, &["year", "years"])
        && t.glued(k + 2)
        && t.is(k + 2, "-")
        && t.glued(k + 3)
        && t.is(k + 3, "old")
}

/// Whether the hyphen at `k` joins "strong": "a 10,000-strong force", which keeps "strong" in
/// its span.
fn is_strength(t: &Toks, k: usize) -> bool {
    t.is_any(k, &["-", "–"]) && t.glued(k) && t.glued(k + 1) && t.text(k + 1) == "strong"
}

/// The unit of the head count whose "strong" is at `k`: people when a group of them follows,
/// perhaps after a word that describes it ("a 10,000-strong force", "a 3,000-strong
/// peacekeeping force"), none for things ("its 12-strong fleet").
fn strength_unit(t: &Toks, k: usize) -> Option<Unit> {
    (t.is_in(k + 1, &words().human_groups) || t.is_in(k + 2, &words().human_groups)).then_some(PEOPLE)
}

/// "46-year-old" and "65-years-old" are ages; "1.2-tonne" and "4-kilometre" keep their measure
/// in the span, as "10,000-strong" keeps its head count; in "64-page judgment" the number counts
/// the noun, which stays out of it.
fn hyphenated_unit(t: &Toks, amount: &mut Amount, k: usize) -> Option<()> {
    if amount.unit.is_some() {
        return None;
    }
    if is_age(t, k) {
        amount.unit = Some(AGE);
        amount.end = k + 4;
        return Some(());
    }
    if is_strength(t, k) {
        amount.unit = strength_unit(t, k + 1);
        amount.end = k + 2;
        return Some(());
    }
    let Some((unit, end)) = t
        .longest(k + 1, &words().units_after)
        .filter(|(u, _)| u.kind == UnitKind::Measure && unit_fits(t, amount, *u))
    else {
        return counts_compound_noun(t, k, false).then_some(());
    };
    amount.unit = Some(unit);
    amount.end = end;
    // "5-foot-11": a height in feet and inches, read as inches (71).
    let inches = (unit.name == "ft" && t.is(end, "-") && t.glued(end) && t.glued(end + 1))
        .then(|| read_numeral(t.text(end + 1)))
        .flatten()
        .filter(|n| n.plain && n.value.mantissa < 12);
    if let (Some(inches), Some(feet)) = (inches, amount.base.filter(|b| b.exp == 0)) {
        amount.base = Some(Decimal::int(feet.mantissa * 12 + inches.value.mantissa));
        amount.unit = Some(INCHES);
        amount.end = end + 2;
    }
    Some(())
}

/// Whether the number before the hyphen at `k` counts the lower-case noun after it ("a
/// three-judge bench", "a 64-page ruling"), rather than making a duration ("10-year", TIME's),
/// an idiom ("two-way", "one-off") or a code ("3-D"). `one` is the word "one", whose compounds
/// ("one-man", "one-stop") are idioms.
fn counts_compound_noun(t: &Toks, k: usize, one: bool) -> bool {
    let Some(noun) = t.word(k + 1) else { return false };
    let lower = noun.chars().count() > 1 && noun.chars().all(char::is_lowercase);
    let listed = t.is_in(k + 1, &words().hyphen_idioms) || t.is_in(k + 1, &words().function_words);
    lower && !one && !listed && !is_duration_word(noun) && tens_units(t, k + 1).is_none()
}

/// A word glued to digits: a scale or a unit, else the digits are part of a code.
fn glued_word(t: &Toks, amount: &mut Amount) -> Option<()> {
    let k = amount.end;
    let suffix = t.text(k);
    let money = amount.unit.is_some_and(|u| u.kind == UnitKind::Money);
    // A bare `m` is metres as often as millions; "2.5m people" and "1.2m barrels" settle it,
    // "the 400m hurdles" does not.
    let unit_follows =
        t.longest(k + 1, &words().units_after).is_some_and(|(u, _)| u.kind != UnitKind::Percent);
    let million = suffix.eq_ignore_ascii_case("m")
        && (money || unit_follows || counted_noun(t, k + 1, false).is_some());
    let scale = match suffix.to_ascii_lowercase().as_str() {
        "bn" => Some(9),
        "b" if money => Some(9),
        "tn" | "trn" => Some(12),
        "mn" => Some(6),
        "m" if million => Some(6),
        "k" if money => Some(3),
        _ => None,
    };
    if let Some(exp) = scale {
        amount.scale = exp;
    } else if amount.unit.is_none() {
        amount.unit = Some(words().units_glued.get(suffix)?);
    } else {
        return None;
    }
    amount.end = k + 1;
    (!t.glued(k + 1) || !t.is_alnum(k + 1)).then_some(())
}

/// A unit written after the number: `percent`, `dollars`, `km`, `SEK`, `won` (when not the
/// verb: after a scale it never is, "41.2 trillion won").
fn unit_after(t: &Toks, amount: &mut Amount) {
    let code = || words().currency_codes.get(t.text(amount.end)).map(|unit| (unit, amount.end + 1));
    // "45 million pounds" is money; "5 pounds", "2 million pounds of beef" may weigh it.
    let sterling = || {
        (amount.scale > 0 && t.is(amount.end, "pounds") && !t.is(amount.end + 1, "of"))
            .then(|| words().currency_codes.get("GBP").map(|unit| (unit, amount.end + 1)))?
    };
    let Some((unit, end)) = t.longest(amount.end, &words().units_after).or_else(code).or_else(sterling)
    else {
        return;
    };
    if !unit_fits(t, amount, unit) {
        return;
    }
    let is_won = unit.name == "KRW" && t.is(amount.end, "won");
    if is_won && (amount.source != Source::Digits || !(amount.scale > 0 || won_is_currency(t, end))) {
        return;
    }
    amount.unit = Some(unit);
    amount.end = end;
}

/// Units that only some figures take: a quake's magnitude is below 10 ("the 2011 magnitude 9.0
/// quake" is a year before the word), and "crowns" are money after a scale, a figure of a
/// hundred or more or a fraction ("412 million crowns", "a 3.2 billion crown plan", "about
/// 9,500 crowns", "9.50 crowns"; "won five crowns" are titles).
fn unit_fits(t: &Toks, amount: &Amount, unit: Unit) -> bool {
    match unit.name {
        "magnitude" => amount.scale == 0 && t.text(amount.start).parse::<f64>().is_ok_and(|v| v < 10.0),
        "crown" => {
            let singular = t.is(amount.end, "crown");
            amount.scale > 0 || (!singular && amount.number().is_some_and(|v| v >= 100.0 || v.fract() != 0.0))
        }
        _ => true,
    }
}

/// "5,000 won in wages" is money; "30 won seats" is the verb.
fn won_is_currency(t: &Toks, k: usize) -> bool {
    t.word(k).is_none() || t.is_in(k, &words().after_won) || rate_at(t, k).is_some()
}

fn clock_follows(t: &Toks, k: usize) -> bool {
    let dotted = t.is_any(k, &["a", "p"]) && t.is(k + 1, ".") && t.is(k + 2, "m");
    dotted || t.is_in(k, &words().clock_words)
}

/// Spelled-out numbers: `two`, `twenty-five`, `three hundred`, `a dozen`, `two million`.
fn words_amount(t: &Toks, i: usize) -> Option<Amount> {
    let first = t.word(i)?;
    // "a best-of-seven series" counts its games, though the number is glued to a hyphen.
    let best_of = i >= 4 && t.pattern(i - 4, "best - of -") == Some(i);
    if !(free_before(t, i) || best_of) || (i > 0 && t.is_in(i - 1, &words().numbered)) {
        return None;
    }
    let (base, scale, end) = spelled(t, i).or_else(|| half_a(t, i))?;
    // "two-hectare" keeps its measure, as "1.2-tonne" does; "three-judge" counts its noun, as
    // "64-page" does; in "three-year-long", "one-off" the number is part of a compound word.
    let hyphen = t.is_any(end, &["-", "–"]) && t.glued(end) && t.glued(end + 1) && t.is_alnum(end + 1);
    let measure = t.longest(end + 1, &words().units_after).filter(|(u, _)| u.kind == UnitKind::Measure);
    let one = end == i + 1 && first.eq_ignore_ascii_case("one");
    if hyphen && measure.is_none() && !counts_compound_noun(t, end, one) && !is_age(t, end) {
        return None;
    }
    let mut amount = Amount::new(i, end, Some(base), Source::Words);
    amount.scale = scale;
    // "a two-year-old boy" is an age, as "a 2-year-old" is; "a thousand-strong crowd" counts
    // people, as "a 1,000-strong crowd" does.
    if hyphen && is_age(t, end) {
        amount.unit = Some(AGE);
        amount.end = end + 4;
        return Some(amount);
    }
    if hyphen && is_strength(t, end) {
        amount.unit = strength_unit(t, end + 1);
        amount.end = end + 2;
        return Some(amount);
    }
    if let (true, Some((unit, unit_end))) = (hyphen, measure) {
        amount.unit = Some(unit);
        amount.end = unit_end;
        return Some(amount);
    }
    amount.lone_one = one;
    if amount.lone_one && i > 0 && t.is_in(i - 1, &words().pronoun_one_before) {
        return None;
    }
    // Capitalised inside a sentence it is a name ("Group of Seven", "Formula One"), unless a
    // hedge shows it counts, as in a title-case headline: "Killing at Least Nine".
    amount.needs_noun =
        has_uppercase(first) && !t.starts_clause(i) && !after_hedge(t, i) && !t.heading_count(i, end);
    unit_after(t, &mut amount);
    Some(amount)
}

/// Whether a hedge ends right before token `i`: "about R250" (not "known as COP30"), "at
/// Least Nine", "More Than Twenty".
fn after_hedge(t: &Toks, i: usize) -> bool {
    words().hedges.iter().any(|(h, _)| {
        let len = h.split(' ').count();
        i >= len && t.pattern(i - len, h) == Some(i)
    })
}

/// Reads spelled-out words as (base, scale, end): `two million` is (2, 6); compound forms
/// such as `one million two hundred thousand` are read whole with scale 0.
pub(super) fn spelled(t: &Toks, i: usize) -> Option<(Decimal, i32, usize)> {
    let (group, k) = group_at(t, i)?;
    let Some((exp, k2)) = t.longest(k, &words().scales) else {
        return Some((Decimal::int(group), 0, k));
    };
    if group_at(t, k2).is_none() {
        return Some((Decimal::int(group), exp, k2));
    }
    let mut total = group.checked_mul(10i64.pow(exp as u32))?;
    let (mut k, mut last) = (k2, exp);
    while let Some((group, next)) = group_at(t, k) {
        match t.longest(next, &words().scales).filter(|&(e, _)| e < last) {
            Some((e, end)) => {
                total = total.checked_add(group.checked_mul(10i64.pow(e as u32))?)?;
                (k, last) = (end, e);
            }
            None => {
                total = total.checked_add(group)?;
                k = next;
                break;
            }
        }
    }
    Some((Decimal::int(total), 0, k))
}

/// One group below a thousand: `seven`, `forty-two`, `three hundred and ten`, `a hundred`,
/// `two dozen`. "a" counts as one only before `hundred`, `dozen` or a scale word.
fn group_at(t: &Toks, k: usize) -> Option<(i64, usize)> {
    let a_before_scale = t.is_any(k, &["a", "an"])
        && (t.is_any(k + 1, &["hundred", "dozen"]) || t.longest(k + 1, &words().scales).is_some());
    let (mut value, mut k) = if a_before_scale { (1, k + 1) } else { tens_units(t, k)? };
    if t.is(k, "dozen") {
        return Some((value * 12, k + 1));
    }
    if t.is(k, "hundred") {
        value *= 100;
        k += 1;
        let after_and = if t.is(k, "and") { k + 1 } else { k };
        if let Some((units, next)) = tens_units(t, after_and).filter(|&(_, next)| !t.is(next, "hundred")) {
            value += units;
            k = next;
        }
    }
    Some((value, k))
}

/// `seven`, `nineteen`, `forty`, `forty-two`, `forty two`.
pub(super) fn tens_units(t: &Toks, k: usize) -> Option<(i64, usize)> {
    let word = t.word(k)?;
    if let Some(value) = words().ones.get(word) {
        return Some((value, k + 1));
    }
    let tens = words().tens.get(word)?;
    let unit = |i: usize| words().ones.get(t.text(i)).filter(|&u| u <= 9);
    if t.is(k + 1, "-") && t.glued(k + 1) && t.glued(k + 2) {
        if let Some(u) = unit(k + 2) {
            return Some((tens + u, k + 3));
        }
    }
    Some(unit(k + 1).map_or((tens, k + 1), |u| (tens + u, k + 2)))
}

/// `half a million`, `half a dozen`.
fn half_a(t: &Toks, i: usize) -> Option<(Decimal, i32, usize)> {
    if !(t.is(i, "half") && t.is(i + 1, "a")) {
        return None;
    }
    if t.is(i + 2, "dozen") {
        return Some((Decimal::int(6), 0, i + 3));
    }
    let (exp, end) = t.longest(i + 2, &words().scales)?;
    Some((Decimal { mantissa: 5, exp: -1 }, exp, end))
}

/// Vague amounts: `dozens`, `thousands`, `tens of thousands`, `several hundred`, and money
/// such as `hundreds of millions of dollars`, whose currency joins the span.
fn vague_amount(t: &Toks, i: usize) -> Option<Amount> {
    let end = vague_head(t, i)?;
    let mut amount = Amount::new(i, end, None, Source::Vague);
    if t.is(end, "of") {
        if let Some((unit, e)) =
            t.longest(end + 1, &words().units_after).filter(|(u, _)| u.kind == UnitKind::Money)
        {
            amount.unit = Some(unit);
            amount.end = e;
        }
    }
    Some(amount)
}

fn vague_head(t: &Toks, i: usize) -> Option<usize> {
    let big_plural = |k: usize| t.is_any(k, &["thousands", "millions", "billions"]);
    if t.is_any(i, &["tens", "hundreds"]) && t.is(i + 1, "of") && big_plural(i + 2) {
        return Some(i + 3);
    }
    if t.is_in(i, &words().vague_plurals) {
        return Some(i + 1);
    }
    let k = if t.is(i, "several") {
        i + 1
    } else if t.is(i, "a") && t.is(i + 1, "few") {
        i + 2
    } else {
        return None;
    };
    let end = (k..).find(|&e| !t.is_any(e, &["dozen", "hundred", "thousand", "million", "billion"]))?;
    (end > k).then_some(end)
}
