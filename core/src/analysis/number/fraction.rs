//! Fractions and ratios, which are NUMBERs with a fraction value: "nearly a third" = 1/3,
//! "Three-Quarters" = 0.75, "two-thirds of" = 2/3, "about one in six" = 1/6.

use super::super::span::Quantity;
use super::amount::tens_units;
use super::expr::Expr;
use super::tokens::*;
use super::words::*;

/// A fraction or a ratio starting at `i`, without its hedge.
pub(super) fn fraction_at(t: &Toks, i: usize) -> Option<Expr> {
    ratio_at(t, i).or_else(|| fraction_of(t, i))
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

/// "one in six", "9 in 10": a part of a whole, the first count at most ten and the smaller.
fn ratio_at(t: &Toks, i: usize) -> Option<Expr> {
    let (a, at_in) = small_count(t, i)?;
    if !t.is(at_in, "in") {
        return None;
    }
    let (b, end) = small_count(t, at_in + 1)?;
    (a <= 10 && a < b && b <= 1000 && end == at_in + 2).then(|| expr(i, end, a, b, "number:ratio")).flatten()
}

/// "a third of", "two-thirds", "three quarters of", "one-fifth": a count (or "a") and a
/// denominator that agrees with it. Written apart, the words need "of" or the end of a clause
/// after them, since "a third term" and "two quarters" are no fractions.
fn fraction_of(t: &Toks, i: usize) -> Option<Expr> {
    let (numerator, after) = if t.is_any(i, &["a", "an"]) { (1, i + 1) } else { small_count(t, i)? };
    let hyphenated = t.is(after, "-") && t.glued(after) && t.glued(after + 1);
    let at = after + usize::from(hyphenated);
    let word = t.word(at)?;
    let &(written, denominator) = words().fractions.iter().find(|(w, _)| w.eq_ignore_ascii_case(word))?;
    let plural = written.ends_with('s');
    if plural != (numerator > 1) || numerator >= denominator || (hyphenated && t.is_any(i, &["a", "an"])) {
        return None;
    }
    let end = at + 1;
    let free = t.is(end, "of") || !t.is_alnum(end);
    (hyphenated || free).then(|| expr(i, end, numerator, denominator, "number:fraction")).flatten()
}
