//! Durations ("three years", "a year-long war", "months"), dates counted from now ("three
//! years ago") and sets ("a month" after an amount, "every two years", "on Mondays").

use super::super::span::{TimeValue, TimexType};
use super::lexicon::*;
use super::scan::{hit, Hit, Scanner};
use super::values::*;

const HEDGE_PAIRS: &[(&str, &str)] =
    &[("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("up", "to")];

/// How a duration's count was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Count {
    /// "three", "10".
    Exact(u64),
    /// "a", "an", "one": a single unit, which needs more evidence to be a duration.
    Single,
    /// "several", "a few", "many".
    Vague,
}

/// The TIMEX3 duration of `count` units: `P3Y`, `PXM`.
pub(super) fn duration_value(unit: Unit, count: Count) -> TimeValue {
    let n = match count {
        Count::Exact(n) => Some(n),
        Count::Single => Some(1),
        Count::Vague => None,
    };
    unplaced(unit.duration(n), TimexType::Duration)
}

impl Scanner<'_> {
    /// The end of a hedge starting at `i`, or `i` when there is none.
    fn skip_hedge(&self, i: usize) -> usize {
        if self.is_any(i, HEDGES) {
            return i + 1;
        }
        let pair = HEDGE_PAIRS.iter().any(|(a, b)| self.is(i, a) && self.is(i + 1, b));
        if pair {
            i + 2
        } else {
            i
        }
    }

    /// A count starting at `i`: the count and where it ends.
    pub(super) fn duration_count(&self, i: usize) -> Option<(Count, usize)> {
        if self.is_any(i, ARTICLES) {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let of = usize::from(self.is(i + 2, "of"));
                return Some((Count::Vague, i + 2 + of));
            }
            if self.is(i + 1, "dozen") {
                return Some((Count::Exact(12), i + 2));
            }
            return Some((Count::Single, i + 1));
        }
        if self.is_any(i, VAGUE_COUNTS) {
            // "many more months" is as vague as "many months".
            return Some((Count::Vague, i + 1 + usize::from(self.is(i + 1, "more"))));
        }
        let (n, end) = self.count(i)?;
        let count = match n {
            0 | 100_001.. => return None,
            1 => Count::Single,
            n => Count::Exact(n),
        };
        Some((count, end))
    }

    /// "three years", "nearly three-year-long", "a week", "several days", "10 years ago",
    /// "a long time".
    pub(super) fn duration(&self, i: usize) -> Option<Hit> {
        let body = self.skip_hedge(i);
        if self.is(body, "a") && self.is(body + 1, "long") && self.is(body + 2, "time") {
            return hit(i, body + 3, Some(unplaced("PXY", TimexType::Duration)), "time:duration-vague");
        }
        let (count, after_count) = self.duration_count(body)?;
        if count != Count::Vague && self.and_a_half(after_count) {
            return self.half_duration(i, count, after_count + 3, Plurality::Many);
        }
        if self.aged(body) {
            return None;
        }
        let hyphenated = self.glued_hyphen(after_count) && self.glued(after_count + 1);
        // "18 consecutive months": an adjective of succession between count and unit.
        let adjective = !hyphenated && self.is_any(after_count, DURATION_ADJECTIVES);
        let head = after_count + usize::from(hyphenated || adjective);
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        if count == Count::Single && !hyphenated && self.and_a_half(head + 1) {
            return self.half_duration(i, count, head, Plurality::One);
        }
        let agrees = match count {
            Count::Single => plurality == Plurality::One,
            Count::Vague => plurality == Plurality::Many && !hyphenated,
            Count::Exact(_) => hyphenated == (plurality == Plurality::One) || plurality == Plurality::Many,
        };
        // "a day off" is a day of rest, not a length of time.
        if !agrees || self.is(head + 1, "old") || (count == Count::Single && self.is(head + 1, "off")) {
            return None;
        }
        let end = head + 1;
        match self.suffix(end) {
            // "decades-old" is vague, no age.
            Some((_, true)) if count == Count::Vague => None,
            // "a 58-year-old", "65-years-old", "a two-year-old": an age is a length of life, as
            // TIMEX3 has it (P58Y), like "three-year-long".
            Some((suffix_end, _)) => {
                // In "a year-long war" the article belongs to "war".
                let start = if self.is_any(body, ARTICLES) && body == i { head } else { i };
                hit(start, suffix_end, Some(duration_value(unit, count)), "time:duration")
            }
            None => self.ago(i, count, unit, end).or_else(|| {
                let hit = self.plain_duration(i, body, count, unit, end, hyphenated)?;
                Some(self.compound(hit, count, unit))
            }),
        }
    }

    /// Whether the count at `i` is an age: "aged 17 months", "aged 5 to 17 months" (NUMBER).
    fn aged(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else { return false };
        let range_end = before >= 2
            && (self.is(before, "to") || self.is(before, "and") || is_hyphen(self.text(before)))
            && self.count(before - 1).is_some();
        self.is(before, "aged") || (range_end && self.is(before.wrapping_sub(2), "aged"))
    }

    /// "3 hours 11 minutes 52 seconds", "two hours and 51 minutes", "3 hours, 12 minutes": a
    /// duration followed by counts of ever smaller units is one duration.
    fn compound(&self, first: Hit, count: Count, unit: Unit) -> Hit {
        // "an hour and 24 minutes" starts with one.
        let n = match count {
            Count::Exact(n) => n,
            Count::Single => 1,
            Count::Vague => return first,
        };
        let mut parts = vec![(unit, n)];
        let mut end = first.end;
        loop {
            let joined = end + usize::from(self.text(end) == "," || self.is(end, "and"));
            let Some((Count::Exact(n), after)) = self.duration_count(joined) else { break };
            let (smaller, part_end) = match self.lex(after) {
                Lex::Unit(smaller, _) if parts.last().is_some_and(|&(last, _)| smaller < last) => {
                    (smaller, after + 1)
                }
                _ => break,
            };
            // "two hours, and 20 minutes later" names another time.
            if self.is_any(part_end, RELATIVE_TAILS) || self.suffix(part_end).is_some() {
                break;
            }
            parts.push((smaller, n));
            end = part_end;
        }
        if parts.len() == 1 {
            return first;
        }
        let value = unplaced(compound_duration(&parts), TimexType::Duration);
        Hit { end, value, ..first }
    }

    fn and_a_half(&self, i: usize) -> bool {
        self.is(i, "and") && self.is(i + 1, "a") && self.is(i + 2, "half")
    }

    /// "two and a half years" (`head` after the half) or "a year and a half" (before it).
    fn half_duration(&self, i: usize, count: Count, head: usize, plurality: Plurality) -> Option<Hit> {
        let Lex::Unit(unit, found) = self.lex(head) else { return None };
        let n = match count {
            Count::Exact(n) => n,
            _ => 1,
        };
        let end = if plurality == Plurality::One { head + 4 } else { head + 1 };
        let value = unplaced(unit.and_a_half(n), TimexType::Duration);
        (found == plurality).then(|| hit(i, end, Some(value), "time:duration")).flatten()
    }

    /// A glued "-long" or "-old" at `i`: its end and whether it is "-old" (an age).
    pub(super) fn suffix(&self, i: usize) -> Option<(usize, bool)> {
        let word = i + 1;
        let ok = self.glued_hyphen(i) && self.glued(word) && (self.is(word, "long") || self.is(word, "old"));
        ok.then(|| (word + 1, self.is(word, "old")))
    }

    /// A count and its unit; one alone ("a year") only with a word that makes it a length, or
    /// as a compound's adjective ("the one-week repo rate").
    fn plain_duration(
        &self,
        i: usize,
        body: usize,
        count: Count,
        unit: Unit,
        end: usize,
        hyphenated: bool,
    ) -> Option<Hit> {
        let evidenced =
            body != i || hyphenated || self.after_any(i, DURATION_LEADS) || self.is_any(end, DURATION_TAILS);
        if count == Count::Single && !evidenced {
            return None;
        }
        hit(i, end, Some(duration_value(unit, count)), "time:duration")
    }

    /// "three years ago", "a week from now": dates counted back or forward from the reference;
    /// "four years later", "a year earlier": from the time last named (see [`super::anchor`]).
    pub(super) fn ago(&self, i: usize, count: Count, unit: Unit, end: usize) -> Option<Hit> {
        // "two weeks later than planned" compares; it names no time.
        let anchored = |word: &str| self.is(end, word) && !self.is(end + 1, "than");
        let (sign, end) = if self.is(end, "ago") {
            (-1, end + 1)
        } else if self.is(end, "from") && self.is(end + 1, "now") {
            (1, end + 2)
        } else if anchored("later") || anchored("earlier") {
            let sign = if self.is(end, "later") { 1 } else { -1 };
            let n = match count {
                Count::Exact(n) => i64::try_from(n).ok()?,
                Count::Single => 1,
                Count::Vague => return None,
            };
            return hit(i, end + 1, self.anchor.shifted(unit, sign * n, self.reference), "time:anchored");
        } else {
            return None;
        };
        let n = match count {
            Count::Exact(n) => n as i64,
            Count::Single => 1,
            Count::Vague => {
                let vague = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return hit(i, end, Some(unplaced(vague, TimexType::Date)), "time:ago");
            }
        };
        let value = self.resolve(|r| unit_value(shift_unit(r, unit, sign * n)?, unit), || unknown_unit(unit));
        hit(i, end, value, "time:ago")
    }

    /// "months", "decades-old", "years ago": a vague length, only where a verb or preposition
    /// of duration governs it.
    pub(super) fn vague_plural(&self, i: usize) -> Option<Hit> {
        let Lex::Unit(unit, Plurality::Many) = self.lex(i) else { return None };
        // "65-years-old" is an age, read from its count.
        if i >= 2 && self.glued_hyphen(i - 1) && self.count(i - 2).is_some() {
            return None;
        }
        if let Some((end, _)) = self.suffix(i + 1) {
            return hit(i, end, Some(duration_value(unit, Count::Vague)), "time:duration-vague");
        }
        let determined = i > 0 && (self.is_any(i - 1, DETERMINERS) || self.count(i - 1).is_some());
        if determined {
            return None;
        }
        if self.is(i + 1, "ago") {
            return hit(i, i + 2, Some(unplaced("PAST_REF", TimexType::Date)), "time:ago");
        }
        // "Minutes of the board's January meeting" are its record.
        let record = unit == Unit::Minute
            && self.is(i + 1, "of")
            && (self.is_any(i + 2, DETERMINERS) || self.capitalised(i + 2));
        if record {
            return None;
        }
        let governed = self.after_any(i, DURATION_LEADS) || self.is_any(i + 1, PLURAL_TAILS);
        governed
            .then(|| hit(i, i + 1, Some(duration_value(unit, Count::Vague)), "time:duration-vague"))
            .flatten()
    }

    /// "a month" after an amount, "per month", "each week", "every day", "every two years".
    pub(super) fn set(&self, i: usize) -> Option<Hit> {
        let (count, head) = if self.is(i, "per") {
            (Some(1), i + 1)
        } else if self.is(i, "each") || self.is(i, "every") {
            match self.count(i + 1) {
                Some((n, end)) if n > 1 => (Some(n), end),
                _ if self.is(i + 1, "few") => (None, i + 2),
                _ => (Some(1), i + 1),
            }
        } else if self.is_any(i, ARTICLES) && self.follows_amount(i) {
            (Some(1), i + 1)
        } else {
            return None;
        };
        if let (Lex::Weekday(weekday), Some(1)) = (self.lex(head), count) {
            let value = unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Set);
            return hit(i, head + 1, Some(value), "time:set");
        }
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        // "killed 12 people a day after the attack" counts a day, it is no rate.
        let relative = self.is_any(head + 1, RELATIVE_TAILS);
        let agrees = (count == Some(1)) == (plurality == Plurality::One) && !relative;
        agrees
            .then(|| hit(i, head + 1, Some(unplaced(unit.duration(count), TimexType::Set)), "time:set"))
            .flatten()
    }

    /// Whether the token before `i` ends an amount, a frequency or a length: "$2,000 a month",
    /// "1,000 euros a month", "twice a year", "24 hours a day".
    fn follows_amount(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else { return false };
        let counted_noun = prev > 0 && self.content_word(prev) && self.amount(prev - 1);
        self.amount(prev) || counted_noun || matches!(self.lex(prev), Lex::Unit(_, Plurality::Many))
    }

    /// A number or amount word at `j`. A bare year is not an amount ("in 2022 a day later").
    pub(super) fn amount(&self, j: usize) -> bool {
        let currency = j > 0 && matches!(self.text(j - 1), "$" | "\u{a3}" | "\u{20ac}");
        let number = self.lex(j) == Lex::Numeric && (year_digits(self.text(j)).is_none() || currency);
        let number_word = matches!(self.lex(j), Lex::Count(_));
        number || number_word || self.currency_glued(j) || self.is_any(j, AMOUNT_WORDS)
    }

    /// An amount written with a currency's letters glued to it: "R250", "Rs600", "N5,000".
    fn currency_glued(&self, j: usize) -> bool {
        let text = self.text(j);
        let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
        let rest = &text[letters..];
        (1..=3).contains(&letters)
            && text.as_bytes()[0].is_ascii_uppercase()
            && !rest.is_empty()
            && rest.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    }
}
