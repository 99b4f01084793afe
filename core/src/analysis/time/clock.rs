//! Clock times ("3 p.m.", "3.30pm", "15:00", "0830 GMT", "noon") and the day each belongs to:
//! the day its sentence names, else one named before it in the document.

use super::super::span::{Precision, TimeValue, TimexType};
use super::lexicon::*;
use super::scan::{hit, At, Hit, Scanner};
use super::values::*;

/// The rule of a clock time. A clock joined to the day before it becomes `time:day-clock`.
pub(super) const CLOCK_RULE: &str = "time:clock";

impl Scanner<'_> {
    /// "3 p.m.", "10:30 a.m.", "9am", "3.30pm" (British), "around 8 p.m."; "15:00" and
    /// "16:40 GST" where a preposition, a zone or a date before makes a pair of numbers a
    /// time; "0830 GMT" with its zone; "noon", "midday", "midnight" after a preposition.
    /// The zone stays in the span, not in the value.
    pub(super) fn clock(&self, at: At) -> Option<Hit> {
        // "around 9 p.m.": a hedge stays in the span.
        let i = if self.is_any(at.core, HEDGES) { at.core + 1 } else { at.core };
        let (hour, minute, end) =
            self.twelve_hour(i).or_else(|| self.twenty_four_hour(at, i)).or_else(|| self.noon(i))?;
        let end = end + usize::from(self.zone(end));
        let value = unplaced(format!("XXXX-XX-XXT{hour:02}:{minute:02}"), TimexType::Date);
        hit(at.start, end, Some(value), CLOCK_RULE)
    }

    /// "3 p.m.", "10:30 a.m.", "3.30pm": the hour on the 24-hour clock, the minute, the end.
    fn twelve_hour(&self, i: usize) -> Option<(u32, u32, usize)> {
        let (text, glued_suffix) = split_meridiem(self.text(i));
        let (hour, minute) = hour_and_minute(text)?;
        if !(1..=12).contains(&hour) {
            return None;
        }
        let (minute, after) = match minute {
            None if glued_suffix.is_none() && self.glued(i + 1) && self.text(i + 1) == ":" => {
                let (text, suffix) = split_meridiem(self.text(i + 2));
                (two_digit_minute(text)?, (i + 3, suffix))
            }
            minute => (minute.unwrap_or(0), (i + 1, glued_suffix)),
        };
        let (end, pm) = match after {
            (end, Some(pm)) => (end, pm),
            (end, None) => self.meridiem(end)?,
        };
        Some((hour % 12 + if pm { 12 } else { 0 }, minute, end))
    }

    /// "15:00", "16:40 GST", "0830 GMT": the 24-hour clock. Two numbers joined by a colon are a
    /// time only after a preposition of time ("at 15:00", "until 18:30"), before a zone or
    /// right after or before a date ("12 March 2025, 16:40", "14:32, 3 March 2025"): elsewhere they may be a ratio, a score or
    /// a verse. Four digits need their zone or a military reading ([`Self::military`]); a
    /// third number ("2:05:30") makes a race time.
    fn twenty_four_hour(&self, at: At, i: usize) -> Option<(u32, u32, usize)> {
        let text = self.text(i);
        let (hour, minute, end) = if self.glued(i + 1) && self.text(i + 1) == ":" && self.glued(i + 2) {
            (digits(text).filter(|_| text.len() <= 2)?, two_digit_minute(self.text(i + 2))?, i + 3)
        } else if text.len() == 4 && (self.zone(i + 1) || self.military(i)) {
            // "0400 hours": the word is part of the reading, as a zone is.
            let end = i + 1 + usize::from(self.is(i + 1, "hours") || self.is(i + 1, "hrs"));
            (digits(text.get(..2)?)?, two_digit_minute(text.get(2..)?)?, end)
        } else {
            return None;
        };
        let race_time = self.glued(end) && self.text(end) == ":" && self.glued(end + 1);
        if hour > 23 || race_time {
            return None;
        }
        let after_date = at.start > 0
            && (self.prev_hit_end == Some(at.start)
                || (self.prev_hit_end == Some(at.start - 1) && self.text(at.start - 1) == ","));
        // "Last updated 14:32, 3 March 2025": a byline's clock before its date.
        let before_date =
            self.text(end) == "," && self.day_month(At { start: end + 1, core: end + 1 }).is_some();
        let placed = self.zone(end) || self.after_any(i, CLOCK_PREPOSITIONS) || after_date || before_date;
        placed.then_some((hour, minute, end))
    }

    /// Four digits read as a clock in military style: before "hours" or "hrs", or with a
    /// leading zero after a preposition of time ("at 0400 local time"). "1700 hours" without
    /// "at" may be a length, and "at 1900" a year or a price.
    fn military(&self, i: usize) -> bool {
        let hours = self.is(i + 1, "hours") || self.is(i + 1, "hrs");
        let prepositioned = self.after_any(i, CLOCK_PREPOSITIONS);
        prepositioned && (hours || self.text(i).starts_with('0'))
    }

    /// "at noon", "by midday", "until midnight" (`T24:00`, the end of its day, as TIMEX3 writes
    /// it): only after a preposition, since "the midnight deadline" and "Midnight Oil" are no
    /// times.
    fn noon(&self, i: usize) -> Option<(u32, u32, usize)> {
        let hour = if self.is(i, "noon") || self.is(i, "midday") {
            12
        } else if self.is(i, "midnight") {
            24
        } else {
            return None;
        };
        (self.after_any(i, CLOCK_PREPOSITIONS) && !self.capitalised(i)).then_some((hour, 0, i + 1))
    }

    /// "a.m." / "p.m." / "am" / "pm" at `i`: the end and whether it is afternoon.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        let pm = if self.is(i, "p") || self.is(i, "pm") {
            true
        } else if self.is(i, "a") || self.is(i, "am") {
            false
        } else {
            return None;
        };
        if self.text(i).len() == 2 {
            return Some((i + 1, pm));
        }
        let dotted = self.text(i + 1) == "." && self.is(i + 2, "m") && self.glued(i + 1) && self.glued(i + 2);
        let end = if self.glued(i + 3) && self.text(i + 3) == "." { i + 4 } else { i + 3 };
        dotted.then_some((end, pm))
    }

    /// A time zone's abbreviation in capitals: "GMT", "GST", "SAST".
    fn zone(&self, i: usize) -> bool {
        self.is_any(i, TIME_ZONES) && self.text(i).bytes().all(|b| b.is_ascii_uppercase())
    }

    /// "that evening", "that night": the part of the day last named in the document
    /// (`2026-01-24TEV`), unknown when none was named.
    pub(super) fn that_part_of_day(&self, at: At) -> Option<Hit> {
        let (part, end) = self.part_of_day(at.core + 1);
        let part = part.filter(|_| !at.modified() && self.is(at.core, "that"))?;
        let direction = self.direction(at.start, end);
        let value = match self.anchor.day_of_that(part, direction, self.reference) {
            Some(day) => day_part_value(day, Some(part)),
            None => Some(unplaced(format!("XXXX-XX-XXT{part}"), TimexType::Date)),
        };
        hit(at.start, end, value, "time:that-part-of-day")
    }

    /// Places a clock time found in this sentence by the days named before it in the document,
    /// in the tense of its clause; the day its own sentence names may still replace it
    /// ([`anchor_clock_times`]).
    /// A market's move at a clock time, told in a sentence that opens with it ("Shares rose
    /// 6.8% by 1200 GMT"), is the day's trading, whatever day the paragraph before named.
    pub(super) fn place_clock_by_earlier_days(&self, hit: &mut Hit) {
        let Some(hour) = clock_hour(&hit.value.timex) else { return };
        let trading = self.is_any(0, MARKET_WORDS) && self.capitalised(0);
        let direction = self.direction(hit.start, hit.end);
        let day =
            if trading { self.reference } else { self.anchor.day_of_clock(hour, direction, self.reference) };
        if let Some(day) = day {
            set_day(&mut hit.value, day);
        }
    }
}

/// The hour of a clock value's `Thh:mm`, 0 to 24.
pub(super) fn clock_hour(timex: &str) -> Option<u32> {
    let (_, clock) = timex.split_once('T')?;
    let (hour, _) = clock.split_once(':')?;
    digits(hour)
}

/// Gives a clock value the day `day`: `XXXX-XX-XXT15:00` → `2025-03-10T15:00`.
fn set_day(value: &mut TimeValue, day: jiff::civil::Date) {
    let (Some(dated), Some((_, clock))) = (day_value(day), value.timex.split_once('T')) else { return };
    *value = TimeValue { timex: format!("{}T{clock}", dated.timex), ..dated };
}

/// "3" → (3, None), "3.30" → (3, Some(30)): an hour with a British minute after a point.
fn hour_and_minute(text: &str) -> Option<(u32, Option<u32>)> {
    let (hour, minute) = match text.split_once('.') {
        Some((hour, minute)) => (hour, Some(two_digit_minute(minute)?)),
        None => (text, None),
    };
    let hour = digits(hour).filter(|_| hour.len() <= 2)?;
    Some((hour, minute))
}

fn two_digit_minute(text: &str) -> Option<u32> {
    digits(text).filter(|m| *m < 60 && text.len() == 2)
}

/// Splits a glued "am"/"pm" off a number: "9pm" → ("9", Some(true)).
fn split_meridiem(s: &str) -> (&str, Option<bool>) {
    let lower = |suffix: &str| {
        s.len() > 2 && s.is_char_boundary(s.len() - 2) && s[s.len() - 2..].eq_ignore_ascii_case(suffix)
    };
    if lower("pm") {
        (&s[..s.len() - 2], Some(true))
    } else if lower("am") {
        (&s[..s.len() - 2], Some(false))
    } else {
        (s, None)
    }
}

/// A clock time takes the day of its sentence: the day written next to it ("at 6 a.m. on
/// Saturday and ended on Monday", "Tuesday at 15:00"), else the one day the sentence places
/// ("the polls close at 8 p.m. on Thursday" = `2025-03-13T20:00`).
pub(super) fn anchor_clock_times(hits: &mut [Hit]) {
    let day_of = |h: &Hit| match h.value.interval {
        Some((first, last))
            if first == last && h.value.precision == Some(Precision::Day) && h.rule != CLOCK_RULE =>
        {
            Some(first)
        }
        _ => None,
    };
    let mut days = hits.iter().filter_map(day_of);
    let only_day = days.next().filter(|day| days.all(|other| other == *day));
    for k in 0..hits.len() {
        if hits[k].rule != CLOCK_RULE {
            continue;
        }
        // At most the preposition "on" or "at" between the clock and its day.
        let next = hits.get(k + 1).filter(|h| h.start <= hits[k].end + 1).and_then(day_of);
        let previous =
            k.checked_sub(1).map(|p| &hits[p]).filter(|h| h.end + 1 >= hits[k].start).and_then(day_of);
        if let Some(day) = next.or(previous).or(only_day) {
            set_day(&mut hits[k].value, day);
        }
    }
}

/// "11:05 p.m. local time (0305 GMT)": a clock in brackets just after another converts it to
/// another zone. The zones news names lie from 10 hours behind GMT to 13 ahead, so when the
/// two clocks are further apart on the dial the conversion crossed midnight, and its day is
/// the next (or the one before) of the day the clock before it has; or, when the conversion
/// names its own day, the converted clock's is the one before (or the next).
pub(super) fn shift_converted_clocks(hits: &mut [Hit], opens_bracket: impl Fn(usize) -> bool) {
    let minutes = |h: &Hit| {
        let (_, clock) = h.value.timex.split_once('T')?;
        let (hour, minute) = clock.split_once(':')?;
        Some(i64::from(digits(hour)?) * 60 + i64::from(digits(minute)?))
    };
    let is_day = |h: &Hit| h.rule != CLOCK_RULE && h.value.precision == Some(Precision::Day);
    for k in 1..hits.len() {
        let (last, hit) = (&hits[k - 1], &hits[k]);
        let bracketed = hit.rule == CLOCK_RULE
            && hit.start > last.end
            && hit.start <= last.end + CONVERSION_GAP
            && opens_bracket(hit.start - 1);
        // "2 a.m. on Tuesday (1700 GMT)": the day written after a clock stands between.
        let converted = match k.checked_sub(2) {
            _ if last.rule == CLOCK_RULE => k - 1,
            Some(c) if hits[c].rule == CLOCK_RULE && last.start <= hits[c].end + 1 => c,
            _ => continue,
        };
        let (Some(from), Some(to)) = (minutes(&hits[converted]), minutes(hit)) else { continue };
        // Honolulu (10 hours behind) is the furthest zone news names to the west, Auckland and
        // Tonga (13 ahead) to the east: 14 hours or more ahead on the dial is the day before
        // GMT's, 11 or more behind the day after it.
        let days = match from - to {
            d if d >= 14 * 60 => 1,
            d if d <= -11 * 60 => -1,
            _ => continue,
        };
        // "4:10 a.m. local time (1910 GMT on Monday)": the conversion's own day places the
        // clock it converts, the other way round.
        let own_day = hits.get(k + 1).is_some_and(|d| is_day(d) && d.start <= hit.end + 1);
        let (placed, shifted, days) = if own_day { (k, converted, -days) } else { (converted, k, days) };
        let day = hits[placed].value.interval.map(|(first, _)| first).filter(|_| bracketed);
        if let Some(day) = day.and_then(|day| shift_days(day, days)) {
            set_day(&mut hits[shifted].value, day);
        }
    }
}

/// How many tokens may stand between a clock and its conversion's bracket: "local time (".
const CONVERSION_GAP: usize = 3;

/// "February 11, 2026 11:05 pm GMT", "12 March 2025, 16:40 GST", "14:32, 3 March 2025": a
/// day and its clock time side by side (a comma between at most) are one expression, valued
/// as the clock time (already anchored to that day).
pub(super) fn join_day_and_clock(hits: Vec<Hit>, comma_at: impl Fn(usize) -> bool) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        let is_day = |h: &Hit| h.value.precision == Some(Precision::Day) && h.rule != CLOCK_RULE;
        let joins = out.last().is_some_and(|first: &Hit| {
            let adjacent = first.end == hit.start || (first.end + 1 == hit.start && comma_at(first.end));
            let (day, clock) = if first.rule == CLOCK_RULE { (&hit, first) } else { (first, &hit) };
            adjacent
                && is_day(day)
                && clock.rule == CLOCK_RULE
                && clock.value.timex.starts_with(&day.value.timex)
        });
        match out.last_mut() {
            Some(first) if joins => {
                if first.rule != CLOCK_RULE {
                    first.value = hit.value;
                }
                first.end = hit.end;
                first.rule = "time:day-clock";
            }
            _ => out.push(hit),
        }
    }
    out
}
