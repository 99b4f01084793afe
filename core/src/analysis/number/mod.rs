//! NUMBER: counts, money, percentages and measures, with ranges and hedges.
//!
//! The recogniser splits one sentence into tokens and tries, at each token, to read
//! `[hedge] amount [range tail] [hedge] [rate]`, after checking for a score (`3-1`). An amount
//! is `[sign][currency] core [scale] [unit]`, where the core is digits (`10,000`, `1.2`,
//! `.382`), spelled-out words (`twenty-five`, `a dozen`, `three hundred`) or a vague plural
//! (`thousands`, `tens of thousands`). A currency is a sign (`$`, `₦`), an ISO code (`SEK 20
//! billion`, `20 billion SEK`), an abbreviation (`Rs`, `KSh`, `R1.5 million`) or a name after
//! the number (`1.3 trillion dinars`, `41 cents`, `243 kobo`).
//!
//! Decisions, following `ANNOTATION.md`:
//! - The span keeps the hedge, currency, scale, unit and rate (`less than $1 a month`,
//!   `Rs 8,500 per maund`, an exchange rate `10.84 per euro`, `60 or so`) but not the counted
//!   noun, even inside a compound (`three` in "a three-judge bench", `64` in "64-page"). A
//!   people noun after the number (`10,000 North Korean troops`) only sets the unit `people`.
//!   "a year earlier" after a figure dates it; it is no rate.
//! - Percentages are fractions: `90%` is 0.9; a difference of them keeps its number, as basis
//!   points do: `3 percentage points` is 3.
//! - A range is one span: `90% to 95%`, `10-20`, `two or three`, `10 and 20` in "between 10
//!   and 20" (without `between`, dev4's decision). A leading `from` stays out, and `rose from
//!   5% to 7%` is two numbers, a change rather than a range; so are two figures that each carry
//!   their currency joined by "or" (`$2,000 or $3,000`), a percentage or measure before a bare
//!   number (`firmed 0.5% to 10.84 per euro`) and a step with the level it leads to (`by 250
//!   pesos to 3,450 pesos`).
//! - Scores and records are two counts, never a range: `3-1`, `(0-2)`, `3-6, 7-6 (5), 6-4`.
//! - Multipliers count: `three` in "three times larger", `12` in "12 times".
//! - Numbers TIME owns are left alone: years, dates, times of day and numbers followed by a
//!   time unit (`three years`). So are ordinals, identifiers (`F-16`, `G7`, `COVID-19`),
//!   phone and version numbers, numbered things (`section 3`, `Resolution 2231`) and
//!   hyphenated idioms and durations (`three-year-long`, `one-off`, `two-way`).
//! - Fractions and ratios are one NUMBER each with a fraction value, as the dev sets annotate
//!   them: `nearly a third` = 1/3, `Three-Quarters` = 0.75, `about one in six` = 1/6, `4 1/3`
//!   innings = 13/3. Written apart ("a third"), a fraction needs "of", the end of a clause or
//!   a preposition after it: "a third term" is an ordinal. "half" counts only after a hedge
//!   (`more than half`).
//! - `one` counts only before a scale, unit or people noun, or in a range; otherwise it is
//!   the pronoun (`one of the`, `no one`). Other small numbers count on their own: "the two
//!   are meeting" is NUMBER 2, with no unit because the text does not say what is counted.
//! - A bare four-digit number from 1000 to 2199 is a year unless a unit or a people noun
//!   follows (`1500 troops`); a number after a capitalised name (`Apollo 11`) likewise.
//! - Ambiguous unit words are read only where context settles them: `won` after digits
//!   unless a verb reading is likely, `m` as million only with a currency or a people noun;
//!   `pounds` (weight or sterling) is not read at all.
//! - Where a reading is doubtful the number is dropped, because a wrong NUMBER costs more than
//!   a missing one. The word lists are English news vocabulary, not fitted to one text.

//!
//! # Layout
//! - `words`: the word lists of `core/data/number_words.txt` and the units they name, and the
//!   ISO 4217 currencies of `core/data/number_currencies.txt` (derived from pycountry by
//!   `scripts/number/currencies.py`); month names and units of duration come from TIME's
//!   vocabulary.
//! - `tokens`: tokens and well-formed numerals as exact decimals.
//! - `amount`: one amount with its sign, currency, scale and unit, in digits or words.
//! - `fraction`: fractions and ratios ("a third of", "one in six", "4 1/3").
//! - `score`: scores and records, two NUMBERs each.
//! - `expr`: hedges, ranges and rates around amounts, and the checks of context that drop a
//!   doubtful reading.

mod amount;
mod expr;
mod fraction;
mod score;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

use super::span::Span;
use expr::{can_start, expression_at};
use score::score_at;
use tokens::Toks;

/// Finds the NUMBER expressions in one sentence (`text[sentence]`), a heading's if
/// `in_heading`, where capitals say nothing of names.
pub fn find_numbers(text: &str, sentence: Range<usize>, in_heading: bool) -> Vec<Span> {
    let Some(slice) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    let toks = Toks::new(slice, sentence.start, in_heading);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(sides) = score_at(&toks, i) {
            i = sides[1].end;
            spans.extend(sides.map(|side| side.into_span(&toks)));
            continue;
        }
        let expr = if can_start(&toks, i) { expression_at(&toks, i) } else { None };
        match expr {
            Some(expr) => {
                i = expr.end;
                spans.push(expr.into_span(&toks));
            }
            None => i += 1,
        }
    }
    spans
}
