//! Fractions and ratios, which are NUMBERs with a fraction value: "nearly a third" = 1/3,
//! "Three-Quarters" = 0.75, "two-thirds of" = 2/3, "about one in six" = 1/6, "more than half"
//! = 0.5, "4 1/3" innings = 13/3.

use super::super::span::Quantity;
use super::amount::{free_before, tens_units};
use super::expr::Expr;
use super::tokens::*;
use super::words::*;

/// A fraction or a ratio starting at `i`, without its hedge.
pub(super) fn fraction_at(t: &Toks, i: usize) -> Option<Expr> {
    ratio_at(t, i).or_else(|| fraction_of(t, i, false)).or_else(|| mixed_number(t, i))
}

/// "half" after a hedge: "more than half of their income" = 0.5. Alone, "half of them" is
/// seldom a figure. After a hedge a fraction may be a clause's subject: "about a third were
/// quashed".
pub(super) fn hedged_half(t: &Toks, i: usize) -> Option<Expr> {
    if t.is_any(i, &["a", "an"]) {
        return fraction_of(t, i, true);
    }
    (t.is(i, "half") && ends_fraction(t, i + 1)).then(|| expr(i, i + 1, 1, 2, "number:fraction")).flatten()
}

/// Whether a fraction written apart may end before token `k`: "of", the end of a clause or a
/// word of [after_fraction] ("by a third in all", "a fifth since May"), but not "a third in a
/// row", an ordinal.
fn ends_fraction(t: &Toks, k: usize) -> bool {
    let in_a_row = t.is(k, "in") && t.is(k + 1, "a") && t.is(k + 2, "row");
    (t.is(k, "of") || !t.is_alnum(k) || t.is_in(k, &words().after_fraction)) && !in_a_row
}

/// "4 1/3" innings: a whole number and a fraction with a slash, read as 13/3; not a date
/// ("the 10 9/11 hijackers") nor a duration ("2 1/2 years", TIME's).
fn mixed_number(t: &Toks, i: usize) -> Option<Expr> {
    let plain = |k: usize| {
        let numeral = (t.kind(k) == Some(Kind::Numeral)).then(|| read_numeral(t.text(k))).flatten();
        numeral.filter(|n| n.plain).map(|n| n.value.mantissa)
    };
    let (whole, numerator, denominator) = (plain(i)?, plain(i + 1)?, plain(i + 3)?);
    let shaped = free_before(t, i)
        && !t.glued(i + 1)
        && t.is(i + 2, "/")
        && t.glued(i + 2)
        && t.glued(i + 3)
        && !(t.glued(i + 4) && (t.is_alnum(i + 4) || t.is(i + 4, "/")));
    // The denominators of mixed numbers in use: innings in thirds, inches in eighths.
    let proper = (1..denominator).contains(&numerator) && [2, 3, 4, 8, 16].contains(&denominator);
    if !(shaped && proper) || is_duration_word(t.text(i + 4)) {
        return None;
    }
    expr(i, i + 4, whole * denominator + numerator, denominator, "number:fraction")
}

/// A small count in words or digits at `k`: its value and end.
fn small_count(t: &Toks, k: usize) -> Option<(i64, usize)> {
    match t.kind(k)? {
        Kind::Numeral => {
            read_numeral(t.text(k)).filter(|n| n.plain && n.value.exp == 0).map(|n| (n.value.mantissa, k + 1))
        }
        Kind::Word => tens_units(t, k),
        _ => None,
    }
}

fn expr(start: usize, end: usize, numerator: i64, denominator: i64, rule: &'static str) -> Option<Expr> {
    let value = numerator as f64 / denominator as f64;
    Some(Expr { start, end, quantity: Some(Quantity::Single(value)), unit: None, hedge: None, rule })
}

/// "one in six", "9 in 10", "nine out of 10": a part of a whole, the first count at most ten
/// and the smaller.
fn ratio_at(t: &Toks, i: usize) -> Option<Expr> {
    let (a, after) = small_count(t, i)?;
    let whole = if t.is(after, "in") {
        after + 1
    } else if t.is(after, "out") && t.is(after + 1, "of") {
        after + 2
    } else {
        return None;
    };
    let (b, end) = small_count(t, whole)?;
    (a <= 10 && a < b && b <= 1000 && end == whole + 1).then(|| expr(i, end, a, b, "number:ratio")).flatten()
}

/// "a third of", "two-thirds", "three quarters of", "one-fifth": a count (or "a") and a
/// denominator that agrees with it. Written apart, the words need "of", the end of a clause or
/// a preposition after them ([`ends_fraction`]), since "a third term" and "two quarters" are
/// no fractions; after a hedge, a verb may follow too ("about a third were quashed").
fn fraction_of(t: &Toks, i: usize, hedged: bool) -> Option<Expr> {
    let (numerator, after) = if t.is_any(i, &["a", "an"]) { (1, i + 1) } else { small_count(t, i)? };
    let hyphenated = t.is(after, "-") && t.glued(after) && t.glued(after + 1);
    let at = after + usize::from(hyphenated);
    let word = t.word(at)?;
    let (written, denominator) = words().fractions.entry(word)?;
    let plural = written.ends_with('s');
    if plural != (numerator > 1) || numerator >= denominator || (hyphenated && t.is_any(i, &["a", "an"])) {
        return None;
    }
    let end = at + 1;
    let verb_after =
        hedged && t.is_any(end, &["were", "was", "are", "is", "have", "has", "had", "will", "would"]);
    (hyphenated || ends_fraction(t, end) || verb_after)
        .then(|| expr(i, end, numerator, denominator, "number:fraction"))
        .flatten()
}
