//! Scores and records: "won 3-1", "a 2-1 lead", "(0-2)", "3-6, 7-6 (5), 6-4". Each side is a
//! count of its own, as the dev sets annotate them (like "51 votes to 49"), so a score is two
//! NUMBERs and never a range.

use super::super::span::Quantity;
use super::amount::free_before;
use super::expr::Expr;
use super::tokens::*;
use super::words::*;

/// The two sides of a score starting at token `i`. A pair whose first side is the larger can
/// be no range, so it is a score; a smaller first side (`3-6`, `0-2`) is a score only in a
/// list of scores or as a record in brackets after a name.
pub(super) fn score_at(t: &Toks, i: usize) -> Option<[Expr; 2]> {
    let (a, b) = pair_at(t, i)?;
    let score = a >= b || in_score_list(t, i) || record_after_name(t, i);
    score.then(|| [side(i, a), side(i + 2, b)])
}

fn side(k: usize, value: i64) -> Expr {
    let quantity = Some(Quantity::Single(value as f64));
    Expr { start: k, end: k + 1, quantity, unit: None, hedge: None, rule: "number:score" }
}

/// Two whole numbers below 1,000 joined by a dash and standing alone: `3-1`, `110-98`; not a
/// year range (`2014-2022`), a date or formation (`15-3-2024`, `4-3-3`), a code (`F-16`), a
/// measure (`5-10%`), a numbered thing (`route 3-1`) or a model (`Boeing 777-200`: both sides
/// in the hundreds and the second round; a vote of `218-214` is a score).
fn pair_at(t: &Toks, i: usize) -> Option<(i64, i64)> {
    let side = |k: usize| {
        let numeral = (t.kind(k) == Some(Kind::Numeral)).then(|| read_numeral(t.text(k))).flatten();
        numeral.filter(|n| n.plain && n.value.mantissa < 1000).map(|n| n.value.mantissa)
    };
    let (a, b) = (side(i)?, side(i + 2)?);
    let joined = t.is_any(i + 1, &["-", "–"]) && t.glued(i + 1) && t.glued(i + 2);
    let ends_free = !t.glued(i + 3) || t.is_any(i + 3, &[")", ",", ".", ";", ":", "!", "?", "”", "\"", "’"]);
    let numbered = i > 0 && t.is_in(i - 1, &words().numbered);
    let dated = t.word(i + 3).is_some_and(is_month_name);
    let model = a >= 100 && b >= 100 && b % 100 == 0;
    (joined && free_before(t, i) && ends_free && !numbered && !dated && !model).then_some((a, b))
}

/// Whether the pair at `i` stands in a comma-separated list of pairs (tie-breaks in brackets
/// between them allowed) of which one is plainly a score: a tennis match's sets.
fn in_score_list(t: &Toks, i: usize) -> bool {
    let won = |k: usize| pair_at(t, k).is_some_and(|(a, b)| a >= b);
    let tiebreak = |k: usize| t.is(k, "(") && t.kind(k + 1) == Some(Kind::Numeral) && t.is(k + 2, ")");
    // At most a few pairs either way, so the look stays short whatever the text.
    const REACH: usize = 4;
    let mut k = i;
    for _ in 0..REACH {
        let end = if tiebreak(k + 3) { k + 6 } else { k + 3 };
        if !(t.is(end, ",") && pair_at(t, end + 1).is_some()) {
            break;
        }
        k = end + 1;
        if won(k) {
            return true;
        }
    }
    let mut k = i;
    for _ in 0..REACH {
        let Some(comma) = k.checked_sub(1).filter(|&c| t.is(c, ",")) else { break };
        let end = if comma >= 3 && tiebreak(comma - 3) { comma - 3 } else { comma };
        let Some(start) = end.checked_sub(3).filter(|&s| pair_at(t, s).is_some()) else { break };
        k = start;
        if won(k) {
            return true;
        }
    }
    false
}

/// A win-loss record in brackets after a name: "Treviño Garza (0-2)".
fn record_after_name(t: &Toks, i: usize) -> bool {
    let bracketed = i >= 2 && t.is(i - 1, "(") && t.is_any(i + 3, &[")", ","]);
    bracketed && t.word(i - 2).is_some_and(has_uppercase)
}
