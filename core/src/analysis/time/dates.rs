//! Calendar dates: ISO dates, day-month and month-day dates, months, weekdays, seasons,
//! quarters, years, clock times, decades and centuries.

use jiff::civil::{Date, Weekday};

use super::super::span::{TimeValue, TimexType};
use super::lexicon::*;
use super::resolve::*;
use super::scan::{hit, At, Hit, Scanner};
use super::values::*;

impl Scanner<'_> {
    /// "2024-10-28".
    pub(super) fn iso_date(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let year = year_digits(self.text(i))?;
        let part = |k: usize| {
            let ok = self.glued_hyphen(k) && self.glued(k + 1) && self.text(k + 1).len() <= 2;
            ok.then(|| digits(self.text(k + 1))).flatten()
        };
        let (month, day) = (part(i + 1)?, part(i + 3)?);
        let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        hit(at.start, i + 5, day_value(date), "time:iso-date")
    }

    /// A month name, capitalised; abbreviations only before a day or year ("Oct. 28").
    fn month_name(&self, i: usize) -> Option<(i8, usize)> {
        let Lex::Month(month) = self.lex(i) else { return None };
        if !self.capitalised(i) {
            return None;
        }
        let full = month_name_len(month) == self.text(i).len();
        let end = if !full && self.glued(i + 1) && self.text(i + 1) == "." { i + 2 } else { i + 1 };
        Some((month, end))
    }

    pub(super) fn is_abbreviation(&self, i: usize, month: i8) -> bool {
        month_name_len(month) != self.text(i).len()
    }

    /// A year after a date: ", 2024" or " 2024".
    pub(super) fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        let j = if self.text(i) == "," { i + 1 } else { i };
        let year = year_digits(self.text(j))?;
        let glued_after = self.glued(j + 1) && !matches!(self.text(j + 1), "," | "." | ";" | ":" | ")");
        (!glued_after).then_some((year, j + 1))
    }

    /// A day of the month at `i`, not part of a longer number or time.
    fn day_of_month(&self, i: usize) -> Option<i8> {
        let day = day_digits(self.text(i))?;
        let glued_after = self.glued(i + 1) && matches!(self.text(i + 1), ":" | "-" | "%" | "/");
        (!glued_after).then_some(day)
    }

    /// A day and month known, year possibly: the full date or the placed month-day.
    fn month_day_value(
        &self,
        month: i8,
        day: i8,
        year: Option<i16>,
        span: (usize, usize),
    ) -> Option<TimeValue> {
        if let Some(year) = year {
            return day_value(Date::new(year, month, day).ok()?);
        }
        Date::new(2000, month, day).ok()?;
        self.resolve(
            |r| day_value(place_month_day(r, month, day, self.direction(span.0, span.1))?),
            || Some(unplaced(format!("XXXX-{month:02}-{day:02}"), TimexType::Date)),
        )
    }

    /// "28 October", "28th Oct. 2024".
    pub(super) fn day_month(&self, at: At) -> Option<Hit> {
        let day = self.day_of_month(at.core)?;
        let (month, after_month) = self.month_name(at.core + 1)?;
        let year = self.trailing_year(after_month);
        let end = year.map_or(after_month, |(_, end)| end);
        let value = self.month_day_value(month, day, year.map(|(y, _)| y), (at.start, end));
        hit(at.start, end, value, "time:day-month")
    }

    /// "3 and 4 March", "from 12 to 15 June", "12-15 June": the first day of a pair or range
    /// written before one month, in the month and year of the second. "from 2022 to 2024" is
    /// two spans, so this day is a span of its own.
    pub(super) fn day_before_day_month(&self, at: At) -> Option<Hit> {
        let day = day_digits(self.text(at.core)).filter(|_| !at.modified())?;
        let joined = self.is_any(at.core + 1, DATE_CONJUNCTIONS);
        let second_at = At { start: at.core + 2, core: at.core + 2 };
        let second = self.day_month(second_at).filter(|_| joined)?;
        if second.value.timex.get(8..10)?.parse::<i8>().ok()? <= day {
            return None;
        }
        hit(at.start, at.core + 1, other_day(&second.value, day), "time:day-of-range")
    }

    /// The later day of a range glued to the day at `i` ("5-6", "3–5"), if any.
    fn range_second_day(&self, i: usize) -> Option<i8> {
        let first = day_digits(self.text(i))?;
        let second = day_digits(self.text(i + 2)).filter(|&d| d > first)?;
        (self.glued_hyphen(i + 1) && self.glued(i + 2) && self.ends_a_date(i + 3)).then_some(second)
    }

    /// Whether a date can end before token `i`: at punctuation, the sentence's end or a year.
    fn ends_a_date(&self, i: usize) -> bool {
        let t = self.text(i);
        t.is_empty() || matches!(t, "," | "." | ";" | ":" | ")" | "–" | "—") || year_digits(t).is_some()
    }

    /// "June 10 and 11", "Jan. 5-6", "March 3-5, 2025": the second day of a pair or range written
    /// after one month, in the month and year of the first (the mirror of
    /// [`Scanner::day_before_day_month`]); a year after it is its span's.
    pub(super) fn day_after_month_day(&self, at: At) -> Option<Hit> {
        let day =
            day_digits(self.text(at.core)).filter(|_| !at.modified() && self.ends_a_date(at.core + 1))?;
        let joiner = at.core.checked_sub(1)?;
        // "until 8 p.m." is a clock time, "June 1 and 25 were injured" a count: only "and",
        // "to", "through" or a hyphen join a second day, and only punctuation or a year follows it.
        let joined = matches!(self.text(joiner), "and" | "to" | "through")
            || (self.glued_hyphen(joiner) && self.glued(at.core));
        let first_day = joiner.checked_sub(1).filter(|_| joined)?;
        if day_digits(self.text(first_day))? >= day {
            return None;
        }
        let dotted = usize::from(first_day.checked_sub(1).is_some_and(|k| self.text(k) == "."));
        let month_at = first_day.checked_sub(1 + dotted)?;
        if self.month_name(month_at)?.1 != first_day {
            return None;
        }
        let first = self.month(At { start: month_at, core: month_at })?;
        let year = self.trailing_year(at.core + 1);
        let end = year.map_or(at.core + 1, |(_, end)| end);
        hit(at.start, end, other_day(&first.value, day), "time:day-of-range")
    }

    /// "October 28, 2024", "May 27", "June 2024", "June last year", "in August", and the first
    /// day of "Jan. 5-6" or "March 3-5, 2025" (in the year after the range).
    pub(super) fn month(&self, at: At) -> Option<Hit> {
        let (month, after) = self.month_name(at.core)?;
        let range = self.range_second_day(after).map(|_| after + 3);
        if let Some(day) = self.day_of_month(after).or_else(|| range.and(day_digits(self.text(after)))) {
            let year = self.trailing_year(range.unwrap_or(after + 1));
            let end = match (range, year) {
                (None, Some((_, end))) => end,
                _ => after + 1,
            };
            let value = self.month_day_value(month, day, year.map(|(y, _)| y), (at.start, end));
            return hit(at.start, end, value, "time:month-day");
        }
        let of = usize::from(self.is(after, "of"));
        if let Some((year, end)) = self.trailing_year(after + of).filter(|_| self.text(after) != ",") {
            return hit(at.start, end, month_value(year, month), "time:month-year");
        }
        if self.is_abbreviation(at.core, month) {
            return None;
        }
        self.month_relative_year(at, month, after).or_else(|| self.bare_month(at, month, after))
    }

    /// "June last year", "March next year".
    fn month_relative_year(&self, at: At, month: i8, after: usize) -> Option<Hit> {
        let shift = self.shift_word(after)?;
        if self.lex(after + 1) != Lex::Unit(Unit::Year, Plurality::One) {
            return None;
        }
        let value = self.resolve(
            |r| month_value(r.year().checked_add(shift)?, month),
            || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)),
        );
        hit(at.start, after + 2, value, "time:month-relative-year")
    }

    fn bare_month(&self, at: At, month: i8, after: usize) -> Option<Hit> {
        // "the board's January meeting", "its March report": a month modifying a noun.
        let attributive = !at.modified() && self.determined(at.start) && self.singular_noun(after);
        if !self.has_date_context(at) && !self.period_for(at, after) && !attributive {
            return None;
        }
        let value = self.resolve(
            |r| {
                let (year, month) = place_month(r, month, self.direction(at.start, after))?;
                month_value(year, month)
            },
            || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)),
        );
        hit(at.start, after, value, "time:month")
    }

    /// "last", "this" or "next" as a shift of -1, 0 or +1.
    pub(super) fn shift_word(&self, i: usize) -> Option<i16> {
        if self.is(i, "last") {
            Some(-1)
        } else if self.is(i, "this") {
            Some(0)
        } else if self.is(i, "next") {
            Some(1)
        } else {
            None
        }
    }

    /// "Monday", "Monday night", "Monday, Oct. 28", "Mondays".
    pub(super) fn weekday(&self, at: At) -> Option<Hit> {
        if !self.capitalised(at.core) || self.inside_name(at) {
            return None;
        }
        match self.lex(at.core) {
            Lex::Weekday(weekday) => self.dated_weekday(at).or_else(|| self.bare_weekday(at, weekday)),
            Lex::Weekdays(weekday) if !at.modified() => {
                let value = unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Set);
                hit(at.start, at.core + 1, Some(value), "time:weekday-set")
            }
            _ => None,
        }
    }

    /// "Good Friday", "Super Tuesday", "the Sunday Times": a weekday inside a capitalised name
    /// names a holiday, an event or a title, not a day to place.
    fn inside_name(&self, at: At) -> bool {
        let name_word = |j: usize| {
            self.capitalised(j)
                && self.lex(j) == Lex::Other
                && !self.is_any(j, FUNCTION_WORDS | DATE_PREPOSITIONS)
        };
        let after_name_word = at.start > 0 && name_word(at.start - 1);
        let titled = self.is(at.start.wrapping_sub(1), "the") && name_word(at.core + 1);
        after_name_word || titled
    }

    /// A weekday followed by the date it names: the date decides.
    fn dated_weekday(&self, at: At) -> Option<Hit> {
        let next = if self.text(at.core + 1) == "," { at.core + 2 } else { at.core + 1 };
        let date_at = At { start: next, core: next };
        let date = self.month(date_at).or_else(|| self.day_month(date_at))?;
        let day_level = matches!(date.rule, "time:month-day" | "time:day-month");
        day_level.then_some(Hit { start: at.start, rule: "time:weekday-date", ..date })
    }

    fn bare_weekday(&self, at: At, weekday: Weekday) -> Option<Hit> {
        let (part, end) = self.part_of_day(at.core + 1);
        let value = self.resolve(
            |r| day_part_value(place_weekday(r, weekday, self.direction(at.start, end))?, part),
            || Some(unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:weekday")
    }

    /// "the night of August 14, 2023", "the morning of Monday": a part of a day that is named
    /// after it (`2023-08-14TNI`).
    pub(super) fn part_of_a_date(&self, at: At) -> Option<Hit> {
        if let Some(hit) = self.early_hours_of(at) {
            return Some(hit);
        }
        let (part, of) = self.part_of_day(at.core + 1);
        let part = part.filter(|_| !at.modified() && self.is(at.core, "the") && self.is(of, "of"))?;
        let date_at = At { start: of + 1, core: of + 1 };
        let date =
            self.month(date_at).or_else(|| self.day_month(date_at)).or_else(|| self.weekday(date_at))?;
        let day_level =
            matches!(date.rule, "time:month-day" | "time:day-month" | "time:weekday" | "time:weekday-date");
        if !day_level || date.value.timex.contains('T') {
            return None;
        }
        let mut value = date.value;
        value.timex.push('T');
        value.timex.push_str(part);
        hit(at.start, date.end, Some(value), "time:part-of-date")
    }

    /// "the early hours of Sunday", "the small hours of March 3": the day itself, as "late
    /// Thursday" is, with the phrase in the span (not a vague "hours").
    fn early_hours_of(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let phrase = !at.modified()
            && self.is(i, "the")
            && (self.is(i + 1, "early") || self.is(i + 1, "small"))
            && self.is(i + 2, "hours")
            && self.is(i + 3, "of");
        let date_at = At { start: i + 4, core: i + 4 };
        let date = phrase
            .then(|| {
                self.month(date_at).or_else(|| self.day_month(date_at)).or_else(|| self.weekday(date_at))
            })
            .flatten()?;
        let day_level = date.value.precision == Some(super::super::span::Precision::Day);
        (day_level && !date.value.timex.contains('T'))
            .then(|| hit(at.start, date.end, Some(date.value), "time:early-hours-of"))
            .flatten()
    }

    /// An optional "morning", "afternoon", "evening" or "night" at `i`.
    pub(super) fn part_of_day(&self, i: usize) -> (Option<&'static str>, usize) {
        let part = [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")]
            .into_iter()
            .find(|(word, _)| self.is(i, word))
            .map(|(_, code)| code);
        (part, if part.is_some() { i + 1 } else { i })
    }

    /// "summer 2024", "the summer of 2023", "in the spring", "during winter".
    pub(super) fn season(&self, at: At) -> Option<Hit> {
        let the = usize::from(!at.modified() && self.is(at.core, "the"));
        let head = at.core + the;
        let Lex::Season(season) = self.lex(head) else { return None };
        let of = usize::from(self.is(head + 1, "of"));
        if let Some((year, end)) = self.trailing_year(head + 1 + of).filter(|_| self.text(head + 1) != ",") {
            return hit(at.start, end, season_value(year, season), "time:season-year");
        }
        let stands_alone =
            self.ends_phrase(head + 1) && !self.is(head + 1, "of") && !self.capitalised(head + 1);
        if !stands_alone || !(self.has_date_context(at) || self.period_for(at, head + 1)) {
            return None;
        }
        let value = self.resolve(
            |r| {
                season_value(
                    place_period(r, Period::Season(season), self.direction(at.start, head + 1))?,
                    season,
                )
            },
            || Some(unplaced(format!("XXXX-{}", season.code()), TimexType::Date)),
        );
        hit(at.start, head + 1, value, "time:season")
    }

    /// "the third quarter", "the second quarter of 2023", "third-quarter", "Q3", "Q4 2025",
    /// "the first quarter of next year". "a third quarter" counts, "fiscal" quarters are not
    /// calendar ones, and "the first quarter of the century" is no quarter of a year.
    /// "the second half of 2025" (`2025-H2`), "the second half of the year", "the first three
    /// months of 2026" (`2026-Q1`), "the 2023-24 season" and "the 2023-24 crop year"
    /// (`2023/2024`), "fiscal 2026" (`FY2026`) and "the first quarter of fiscal 2027"
    /// (`FY2027-Q1`).
    pub(super) fn period_of_year(&self, at: At) -> Option<Hit> {
        let i = at.core;
        if at.modified() {
            return None;
        }
        if self.is(i, "fiscal") {
            let (year, end) = self.trailing_year(i + 1)?;
            return hit(i, end, Some(unplaced(format!("FY{year:04}"), TimexType::Date)), "time:fiscal-year");
        }
        if !self.is(i, "the") {
            return None;
        }
        if let Some(first) = year_digits(self.text(i + 1)) {
            return self.year_span(i, first);
        }
        let (n, after) = self.ordinal(i + 1)?;
        // "the first three months of": three months are a quarter, six a half.
        let (part, of) = if self.is(after, "half") {
            (format!("H{n}"), after + 1)
        } else if self.is(after + 1, "months") && n == 1 {
            match self.count(after) {
                Some((3, _)) => ("Q1".to_string(), after + 2),
                Some((6, _)) => ("H1".to_string(), after + 2),
                _ => return None,
            }
        } else if self.is(after, "quarter") && self.is(after + 1, "of") && self.is(after + 2, "fiscal") {
            let (year, end) = self.trailing_year(after + 3)?;
            let value = unplaced(format!("FY{year:04}-Q{n}"), TimexType::Date);
            return (1..=4)
                .contains(&n)
                .then_some(())
                .and_then(|_| hit(i, end, Some(value), "time:fiscal-quarter"));
        } else {
            return None;
        };
        if !(1..=2).contains(&n) || !self.is(of, "of") {
            return None;
        }
        if let Some((year, end)) = self.trailing_year(of + 1) {
            return hit(
                i,
                end,
                Some(unplaced(format!("{year:04}-{part}"), TimexType::Date)),
                "time:half-year",
            );
        }
        // "the second half of the year": the year of the report.
        if self.is(of + 1, "the") && self.lex(of + 2) == Lex::Unit(Unit::Year, Plurality::One) {
            let value = self.resolve(
                |r| Some(unplaced(format!("{:04}-{part}", r.year()), TimexType::Date)),
                || Some(unplaced(format!("XXXX-{part}"), TimexType::Date)),
            );
            return hit(i, of + 3, value, "time:half-this-year");
        }
        None
    }

    /// "the 2023-24 season", "the 2026-27 financial year", "the 2025/2026 academic session"
    /// (`2023/2024`): a year, a glued hyphen or slash and the next year (or its last two
    /// digits), before the name of a season or a year that straddles two; "the 2026 season" =
    /// `2026`. `i` is "the", followed by the year `first`.
    fn year_span(&self, i: usize, first: i16) -> Option<Hit> {
        let joined =
            (self.glued_hyphen(i + 2) || self.text(i + 2) == "/") && self.glued(i + 2) && self.glued(i + 3);
        let second = digits(self.text(i + 3)).filter(|_| joined);
        let next_year = first + 1;
        let follows = second.is_some_and(|y| match self.text(i + 3).len() {
            2 => y as i16 == next_year % 100,
            4 => y as i16 == next_year,
            _ => false,
        });
        let head = if follows { i + 4 } else { i + 2 };
        let named = head + usize::from(self.is_any(head, YEAR_SPAN_QUALIFIERS));
        let period = self.is(named, "season")
            || (named > head && (self.is(named, "year") || self.is(named, "session")));
        if !period {
            return None;
        }
        if follows {
            let value = unplaced(format!("{first:04}/{next_year:04}"), TimexType::Date);
            return hit(i, named + 1, Some(value), "time:season-span");
        }
        // A single year before "season" alone: "the 2026 season".
        (named == head).then(|| hit(i, named + 1, year_value(first), "time:year-season")).flatten()
    }

    pub(super) fn quarter(&self, at: At) -> Option<Hit> {
        let i = at.core;
        if at.modified() || self.after_any(i, ARTICLES) || self.is(i.wrapping_sub(1), "fiscal") {
            return None;
        }
        let the = usize::from(self.is(i, "the"));
        let head = i + the;
        let (quarter, end) = match self.lex(head) {
            Lex::Quarter(q) if self.capitalised(head) => (q, head + 1),
            Lex::Month(first) => self.months_of_quarter(head, first)?,
            _ => {
                let (n, after) = self.ordinal(head)?;
                let word = if self.glued_hyphen(after) && self.glued(after + 1) { after + 1 } else { after };
                if !(1..=4).contains(&n) || !self.is(word, "quarter") || self.glued_hyphen(word + 1) {
                    return None;
                }
                (n as i8, word + 1)
            }
        };
        // "the third quarter in a row" counts quarters.
        if self.is(end, "in") && self.is(end + 1, "a") && self.is(end + 2, "row") {
            return None;
        }
        let of = usize::from(self.is(end, "of"));
        if let Some((year, year_end)) = self.trailing_year(end + of).filter(|_| self.text(end) != ",") {
            return hit(i, year_end, quarter_value(year, quarter), "time:quarter-year");
        }
        if of == 1 {
            let shift = self.shift_word(end + 1)?;
            if self.lex(end + 2) != Lex::Unit(Unit::Year, Plurality::One) {
                return None;
            }
            let value = self.resolve(
                |r| quarter_value(r.year().checked_add(shift)?, quarter),
                || Some(unplaced(format!("XXXX-Q{quarter}"), TimexType::Date)),
            );
            return hit(i, end + 3, value, "time:quarter-relative-year");
        }
        // "the" belongs to the expression unless a noun follows that it determines instead.
        let start = if the == 1 && self.ends_phrase(end) { i } else { head };
        let value = self.resolve(
            |r| {
                quarter_value(place_period(r, Period::Quarter(quarter), self.direction(start, end))?, quarter)
            },
            || Some(unplaced(format!("XXXX-Q{quarter}"), TimexType::Date)),
        );
        hit(start, end, value, "time:quarter")
    }

    /// "July-September quarter": the first and last months of a calendar quarter, joined,
    /// before "quarter". The quarter and where the words end.
    fn months_of_quarter(&self, head: usize, first: i8) -> Option<(i8, usize)> {
        let dash = self.text(head + 1);
        let joined = (is_hyphen(dash) || dash == "\u{2013}") && self.glued(head + 1) && self.glued(head + 2);
        let Lex::Month(last) = self.lex(head + 2) else { return None };
        let calendar_quarter = first % 3 == 1 && last == first + 2 && self.capitalised(head);
        (joined && calendar_quarter && self.is(head + 3, "quarter")).then_some((first / 3 + 1, head + 4))
    }

    /// A year where English makes a four-digit number one; see the module notes.
    pub(super) fn year(&self, at: At) -> Option<Hit> {
        let year = year_digits(self.text(at.core))?;
        let glued_before =
            self.glued(at.core) && !at.modified() && !matches!(self.text(at.core - 1), "(" | "\"");
        // "2024's hottest day": a possessive year is a year.
        let possessive = self.glued(at.core + 1)
            && is_apostrophe(self.text(at.core + 1))
            && self.is(at.core + 2, "s")
            && self.glued(at.core + 2)
            && (1900..=2100).contains(&year);
        let glued_after =
            self.glued(at.core + 1) && !matches!(self.text(at.core + 1), "," | "." | ";" | ":" | ")");
        if glued_before || (glued_after && !possessive) {
            return None;
        }
        let as_date = self.has_date_context(at) && !self.counted_noun(at.core + 1);
        // "below 2010 levels", "at 1990 prices": a year that a measure is compared against.
        let benchmark = self.is_any(at.core + 1, YEAR_BENCHMARKS) && (1900..=2100).contains(&year);
        // "revenue for 2024, up 17%", "its forecast for 2026.": the period a figure is for; "for
        // 2000 people" counts, and so would "for 2000 more".
        let next = at.core + 1;
        let ends_phrase =
            !self.is_any(next, FUNCTION_WORDS) || self.is_any(next, CLAUSE_WORDS) || self.is(next, "and");
        let period_for = (1900..=2100).contains(&year) && self.period_for(at, next) && ends_phrase;
        let dated = as_date || benchmark || period_for || possessive;
        if !dated && !self.attributive_year(at, year) && !self.year_as_subject(at, year) {
            return None;
        }
        hit(at.start, at.core + 1, year_value(year), "time:year")
    }

    /// "the 2022 invasion", "Russia's 2014 annexation": a modern year between a determiner and a
    /// singular noun. Plural nouns after it make it a count ("the 2000 soldiers").
    fn attributive_year(&self, at: At, year: i16) -> bool {
        let determined = self.determined(at.start) || self.after_any(at.start, ARTICLES);
        !at.modified() && determined && self.singular_noun(at.core + 1) && (1900..=2100).contains(&year)
    }

    /// "2024 was the hottest year", "and 2025 will be harder": a modern year opening a clause
    /// as the subject of a verb. News spells out a number that opens a sentence, so four digits
    /// there are a year.
    fn year_as_subject(&self, at: At, year: i16) -> bool {
        let opens_clause = at.start == 0
            || self.is_any(at.start - 1, CLAUSE_MARKS)
            || self.is(at.start - 1, "and")
            || self.is(at.start - 1, "but");
        !at.modified()
            && opens_clause
            && self.is_any(at.core + 1, YEAR_SUBJECT_VERBS)
            && (1900..=2100).contains(&year)
    }

    /// Whether a determiner or a possessive comes before `i`: "the", "its", "Russia's".
    fn determined(&self, i: usize) -> bool {
        let possessive = i >= 2 && self.is(i - 1, "s") && is_apostrophe(self.text(i - 2));
        possessive || self.after_any(i, YEAR_DETERMINERS)
    }

    fn singular_noun(&self, i: usize) -> bool {
        self.content_word(i) && !self.counted_noun(i)
    }

    /// "revenue for 2024", "the highest level for January", "breaks for the summer": the
    /// period a figure or an act is for, when nothing that it could count follows (`next`).
    fn period_for(&self, at: At, next: usize) -> bool {
        !at.modified() && at.start > 0 && self.is(at.start - 1, "for") && !self.content_word(next)
    }

    /// A word that makes the number before it a count: a plural noun ("1500 soldiers",
    /// "2000 people") or a unit.
    pub(super) fn counted_noun(&self, i: usize) -> bool {
        let word = self.text(i);
        let plural =
            word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
        self.content_word(i)
            && (plural || self.is_any(i, IRREGULAR_PLURALS) || matches!(self.lex(i), Lex::Unit(..)))
    }
}

// ---------------------------------------------------------------------------------------------
// Decades and centuries
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "the 1950s", "the early '90s", "mid-1990s", "the 21st century", "21st-century".
    pub(super) fn decade_or_century(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let start = i + usize::from(the);
        let core = self.skip_modifier(start);
        let (value, end, rule) = self.decade(core).or_else(|| self.century(core))?;
        // "the" belongs to the expression unless a noun follows that it determines instead.
        let start = if the && self.ends_phrase(end) { i } else { start };
        hit(start, end, Some(value), rule)
    }

    /// "1950s", "1950's", "'90s"; a hundreds form before 2000 ("1800s") names a century.
    pub(super) fn decade(&self, i: usize) -> Option<(TimeValue, usize, &'static str)> {
        let text = self.text(i);
        if is_apostrophe(text) && self.glued(i + 1) {
            let two =
                self.text(i + 1).strip_suffix('s').and_then(digits).filter(|n| n % 10 == 0 && *n < 100)?;
            let century = if two <= 10 { 2000 } else { 1900 };
            return Some((decade_value((century + two) as i16)?, i + 2, "time:decade"));
        }
        let (number, end) = match text.strip_suffix('s') {
            Some(number) => (number, i + 1),
            None if self.glued(i + 1) && is_apostrophe(self.text(i + 1)) && self.text(i + 2) == "s" => {
                (text, i + 3)
            }
            None => return None,
        };
        let year = year_digits(number).filter(|y| y % 10 == 0)?;
        if year % 100 == 0 && year < 2000 {
            return Some((century_value(year / 100)?, end, "time:century"));
        }
        Some((decade_value(year)?, end, "time:decade"))
    }

    /// "21st century", "21st-century", "twentieth century".
    pub(super) fn century(&self, i: usize) -> Option<(TimeValue, usize, &'static str)> {
        let (n, after) = self.ordinal(i)?;
        let head = if self.glued_hyphen(after) && self.glued(after + 1) { after + 1 } else { after };
        let ok = self.lex(head) == Lex::Unit(Unit::Century, Plurality::One) && (1..=22).contains(&n);
        ok.then(|| Some((century_value(n as i16 - 1)?, head + 1, "time:century"))).flatten()
    }
}

/// Another day of the month `date` names, placed as it is: "3" of "3 and 4 March", "11" of
/// "June 10 and 11".
fn other_day(date: &TimeValue, day: i8) -> Option<TimeValue> {
    match date.interval {
        Some((first, _)) => day_value(Date::new(first.year(), first.month(), day).ok()?),
        None => Some(unplaced(format!("{}{day:02}", date.timex.get(..8)?), TimexType::Date)),
    }
}
