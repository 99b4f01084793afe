//! Relative dates ("last week", "next Monday", "yesterday", "over the weekend") and vague
//! references to now ("now", "the future", "the next few weeks", "recent years").

use jiff::civil::{Date, Weekday};

use super::super::span::TimexType;
use super::durations::{duration_value, Count};
use super::lexicon::*;
use super::resolve::{choose, Dir, CLAUSE_REACH};
use super::scan::{hit, At, Hit, Scanner};
use super::values::*;

impl Scanner<'_> {
    /// "last week", "this year", "next Monday", "last summer", "last night", "this morning".
    pub(super) fn relative(&self, at: At) -> Option<Hit> {
        let shift = self.shift_word(at.core)?;
        let head = at.core + 1;
        let owned = at.start >= 2 && self.is(at.start - 1, "s") && is_apostrophe(self.text(at.start - 2));
        if owned || self.after_any(at.start, DETERMINERS) || self.is(head + 1, "of") {
            return None;
        }
        match self.lex(head) {
            Lex::Unit(unit, Plurality::One) if unit > Unit::Day => {
                let value = self
                    .resolve(|r| unit_value(shift_unit(r, unit, shift.into())?, unit), || unknown_unit(unit));
                hit(at.start, head + 1, value, "time:relative-unit")
            }
            Lex::Weekday(weekday) if self.capitalised(head) => self.shifted_weekday(at, weekday, shift),
            Lex::Season(season) => {
                let value = self.resolve(
                    |r| season_value(season.current_year(r).checked_add(shift)?, season),
                    || Some(unplaced(format!("XXXX-{}", season.code()), TimexType::Date)),
                );
                hit(at.start, head + 1, value, "time:relative-season")
            }
            Lex::Month(month) if self.capitalised(head) && !self.is_abbreviation(head, month) => {
                self.shifted_month(at, month, shift)
            }
            _ if self.is(head, "quarter") && !self.glued_hyphen(head + 1) => {
                let place = |r: Date| {
                    let (year, month) = shift_month(r.year(), r.month(), i64::from(shift) * 3)?;
                    quarter_value(year, (month - 1) / 3 + 1)
                };
                let value = self.resolve(place, || Some(unplaced("XXXX-QX", TimexType::Date)));
                hit(at.start, head + 1, value, "time:relative-quarter")
            }
            _ => self.shifted_day_part(at, shift),
        }
    }

    /// "last Monday" (before yesterday), "next Monday" (after tomorrow), "this Monday" (same
    /// ISO week); "last weekend" and friends.
    fn shifted_weekday(&self, at: At, weekday: Weekday, shift: i16) -> Option<Hit> {
        let head = at.core + 1;
        let (part, end) = self.part_of_day(head + 1);
        let place = |r: Date| {
            // "last" and "next" skip the reference day and the days beside it, which are
            // "today", "yesterday" and "tomorrow": "next Sunday" said on a Saturday is eight
            // days ahead.
            let beyond_adjacent = |days: i8| if days <= 1 { i64::from(days) + 7 } else { i64::from(days) };
            let days = match shift {
                -1 => -beyond_adjacent(r.weekday().since(weekday)),
                1 => beyond_adjacent(r.weekday().until(weekday)),
                _ => i64::from(weekday.to_monday_zero_offset() - r.weekday().to_monday_zero_offset()),
            };
            shift_days(r, days)
        };
        let value = self.resolve(
            |r| day_part_value(place(r)?, part),
            || Some(unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:relative-weekday")
    }

    /// "last June" (strictly before this month), "next June" (strictly after), "this June".
    fn shifted_month(&self, at: At, month: i8, shift: i16) -> Option<Hit> {
        let place = |r: Date| {
            let (year, current) = (r.year(), r.month());
            let year = match shift {
                -1 if month >= current => year - 1,
                1 if month <= current => year + 1,
                _ => year,
            };
            month_value(year, month)
        };
        let value = self.resolve(place, || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)));
        hit(at.start, at.core + 2, value, "time:relative-month")
    }

    /// "last weekend", "last night", "this morning".
    fn shifted_day_part(&self, at: At, shift: i16) -> Option<Hit> {
        let head = at.core + 1;
        if self.is(head, "weekend") {
            let value = self.resolve(
                |r| week_value(shift_days(r, i64::from(shift) * 7)?, true),
                || Some(unplaced("XXXX-WXX-WE", TimexType::Date)),
            );
            return hit(at.start, head + 1, value, "time:relative-weekend");
        }
        let (part, end) = self.part_of_day(head);
        let days = match (shift, part) {
            (-1, Some("NI")) => -1,
            (0, Some(_)) => 0,
            _ => return None,
        };
        let value = self.resolve(
            |r| day_part_value(shift_days(r, days)?, part),
            || Some(unplaced(format!("XXXX-XX-XXT{}", part.unwrap_or_default()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:relative-day-part")
    }

    /// "the end of the year", "the start of the month": the year, month or week of the
    /// reference (`2025`), like "the end of 2025". Not "the end of the day", an idiom.
    pub(super) fn phase_of_this_unit(&self, at: At) -> Option<Hit> {
        let phase = at.core == at.start + 3 && self.is(at.start, "the") && self.is(at.start + 2, "of");
        let head = at.core + 1;
        let unit = match self.lex(head) {
            Lex::Unit(unit, Plurality::One) if unit > Unit::Day && self.is(at.core, "the") => unit,
            _ => return None,
        };
        if !phase || self.is(head + 1, "of") {
            return None;
        }
        let value = self.resolve(|r| unit_value(r, unit), || unknown_unit(unit));
        hit(at.start, head + 1, value, "time:phase-of-unit")
    }

    /// "over the weekend", "at the weekend": the weekend of the reference's ISO week or of the
    /// week before, chosen by tense like a weekday.
    pub(super) fn the_weekend(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let ok = !at.modified()
            && self.is(i, "the")
            && self.is(i + 1, "weekend")
            && self.after_any(i, WEEKEND_PREPOSITIONS);
        if !ok {
            return None;
        }
        let place = |r: Date| {
            let offset = i64::from(r.weekday().to_monday_zero_offset());
            let saturday = shift_days(r, 5 - offset)?;
            // From Monday to Friday the last weekend is behind and the next ahead.
            let (before, after) = if offset >= 5 {
                ((saturday, 0), (saturday, 0))
            } else {
                ((shift_days(saturday, -7)?, offset + 1), (saturday, 5 - offset))
            };
            week_value(choose(Some(before), Some(after), self.direction(i, i + 2))?, true)
        };
        let value = self.resolve(place, || Some(unplaced("XXXX-WXX-WE", TimexType::Date)));
        hit(i, i + 2, value, "time:weekend")
    }

    /// "yesterday", "tomorrow morning", "tonight", and "today" in its day sense.
    pub(super) fn deictic_day(&self, at: At) -> Option<Hit> {
        let i = at.core;
        // "USA Today", "Good Morning America Today": a title, not a date.
        if i > 0 && self.capitalised(i - 1) && self.capitalised(i) {
            return None;
        }
        let (days, part, end) = if self.is(i, "tonight") {
            // "“Tonight I was ready,” said the pitcher": a night told of in the past tense by a
            // speaker is the night before the paper that quotes them.
            let told = self.inside_quotation(i) && self.local_cue(i, i + 1) == Some(Dir::Past);
            (if told { -1 } else { 0 }, Some("NI"), i + 1)
        } else {
            let days = if self.is(i, "yesterday") {
                -1
            } else if self.is(i, "tomorrow") {
                1
            } else if self.is(i, "today") {
                0
            } else {
                return None;
            };
            let (part, end) = self.part_of_day(i + 1);
            (days, part, end)
        };
        if days == 0 && part.is_none() && !self.today_is_the_day(at, end) {
            return self.today_the_era(at);
        }
        let value = self.resolve(
            |r| day_part_value(shift_days(r, days)?, part),
            || {
                let suffix = part.map_or(String::new(), |p| format!("T{p}"));
                Some(unplaced(format!("XXXX-XX-XX{suffix}"), TimexType::Date))
            },
        );
        hit(at.start, end, value, "time:deictic-day")
    }

    /// Whether token `i` stands inside a quotation: the nearest quotation mark before it opens
    /// one, or the nearest after it closes one. The search is bounded like a clause's.
    fn inside_quotation(&self, i: usize) -> bool {
        let quote_mark = |j: &usize| matches!(self.text(*j), "\"" | "\u{201c}" | "\u{201d}");
        let opens = |j: usize| self.glued(j + 1) && !self.glued(j);
        let before = (i.saturating_sub(CLAUSE_REACH)..i).rev().find(quote_mark);
        if let Some(j) = before {
            return self.text(j) == "\u{201c}" || (self.text(j) == "\"" && opens(j));
        }
        let after = (i + 1..(i + CLAUSE_REACH).min(self.toks.len())).find(quote_mark);
        after.is_some_and(|j| self.text(j) == "\u{201d}" || (self.text(j) == "\"" && !opens(j)))
    }

    /// "today" is the day when a modifier or a tense cue in its clause ties it to an event
    /// ("said today", "later today"); without one it is the present era ("Russia today").
    fn today_is_the_day(&self, at: At, end: usize) -> bool {
        at.modified() || self.local_cue(at.start, end).is_some()
    }

    fn today_the_era(&self, at: At) -> Option<Hit> {
        hit(at.start, at.start + 1, Some(unplaced("PRESENT_REF", TimexType::Date)), "time:today-present")
    }
}

// ---------------------------------------------------------------------------------------------
// Vague references: now, the future, the next few weeks, recent years
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "the past three years" (a duration), "the next few weeks", "the coming months", "recent
    /// years", "the weeks ahead".
    pub(super) fn around_now(&self, i: usize) -> Option<Hit> {
        if self.is(i, "recent") || self.is(i, "coming") {
            let Lex::Unit(_, Plurality::Many) = self.lex(i + 1) else { return None };
            let vague = if self.is(i, "recent") { "PAST_REF" } else { "FUTURE_REF" };
            return hit(i, i + 2, Some(unplaced(vague, TimexType::Date)), "time:vague-period");
        }
        if !self.is(i, "the") {
            return None;
        }
        self.the_units_ahead(i).or_else(|| self.the_past_or_next(i))
    }

    /// "the weeks ahead", "the years to come".
    fn the_units_ahead(&self, i: usize) -> Option<Hit> {
        let Lex::Unit(_, Plurality::Many) = self.lex(i + 1) else { return None };
        let end = if self.is(i + 2, "ahead") {
            i + 3
        } else if self.is(i + 2, "to") && self.is(i + 3, "come") {
            i + 4
        } else {
            return None;
        };
        hit(i, end, Some(unplaced("FUTURE_REF", TimexType::Date)), "time:vague-period")
    }

    /// "the past/last/next/coming [N|few|several] units".
    fn the_past_or_next(&self, i: usize) -> Option<Hit> {
        let word = i + 1;
        let looking_back = self.is(word, "past") || self.is(word, "last");
        let looking_ahead = self.is(word, "next") || self.is(word, "coming");
        if !looking_back && !looking_ahead {
            return None;
        }
        let (count, head) = match self.duration_count(word + 1) {
            Some((Count::Single, _)) => return None,
            Some((count, end)) => (Some(count), end),
            None => (None, word + 1),
        };
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        // "the last year of the war" and "the next day" are positions, not periods.
        if self.is(head + 1, "of") && !self.is(word, "past") {
            return None;
        }
        let vague = if looking_back { "PAST_REF" } else { "FUTURE_REF" };
        let value = match (count, plurality) {
            (Some(Count::Exact(n)), Plurality::Many) => duration_value(unit, Count::Exact(n)),
            (Some(Count::Vague) | None, Plurality::Many) => unplaced(vague, TimexType::Date),
            // "over the past year", "over the next year": a length of time.
            (None, Plurality::One) if self.is(word, "past") || self.after_any(i, DURATION_LEADS) => {
                duration_value(unit, Count::Single)
            }
            _ => return None,
        };
        hit(i, head + 1, Some(value), "time:vague-period")
    }

    /// "now", "right now", "currently", "at present", "these days", "the future", "the past".
    pub(super) fn vague_ref(&self, i: usize) -> Option<Hit> {
        let present = |end| hit(i, end, Some(unplaced("PRESENT_REF", TimexType::Date)), "time:vague");
        if self.is(i, "right") && self.is(i + 1, "now") {
            return present(i + 2);
        }
        if self.is_any(i, PRESENT_WORDS) {
            return (!self.glued_hyphen(i + 1)).then(|| present(i + 1)).flatten();
        }
        if self.is(i, "present") && self.is(i.wrapping_sub(1), "at") {
            return present(i + 1);
        }
        if self.is(i, "these") && self.is(i + 1, "days") && !self.is(i + 2, "of") {
            return present(i + 2);
        }
        self.the_future_or_past(i)
    }

    /// "the future", "the near future", "in future", "the past", "the distant past".
    fn the_future_or_past(&self, i: usize) -> Option<Hit> {
        let the = usize::from(self.is(i, "the"));
        if the == 0 && !(self.is(i, "future") && self.is(i.wrapping_sub(1), "in")) {
            return None;
        }
        let head = i + the + usize::from(the == 1 && self.is_any(i + 1, FUTURE_ADJECTIVES));
        let value = if self.is(head, "future") {
            "FUTURE_REF"
        } else if self.is(head, "past") {
            "PAST_REF"
        } else if self.is(head, "present") && head == i + 1 {
            "PRESENT_REF"
        } else {
            return None;
        };
        let ok = self.ends_phrase(head + 1) && !self.capitalised(head + 1) && self.count(head + 1).is_none();
        ok.then(|| hit(i, head + 1, Some(unplaced(value, TimexType::Date)), "time:vague")).flatten()
    }
}
