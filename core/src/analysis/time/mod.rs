//! TIME: dates, weekdays, months, seasons, years, decades, centuries, durations, sets and
//! vague references, resolved against the document's reference date.
//!
//! The recogniser splits one sentence into words and punctuation, then scans left to right. At
//! each word that can start a time expression it tries a fixed list of patterns; the first that
//! matches wins and scanning resumes after it, so spans never overlap. Matching is hand-written
//! over the token list: no regular expressions, no allocation per word. The word lists live in
//! `core/data/time_words.txt`; they are read once into one hash map, and each token is looked
//! up once, lower-cased, when the sentence is split, so testing it against a list is a bit test.
//!
//! # Decisions
//! Every rule is a general rule of English news writing; none is tuned to one text.
//! - **Span shape.** Leading prepositions stay out ("on Monday" → `Monday`). Determiners and
//!   modifiers that belong to the expression stay in: `the 1950s`, `the next few weeks`,
//!   `late last year`, `nearly three-year-long`. Before a decade, century, season, `future` or
//!   `past`, "the" is kept only when the expression is a noun phrase of its own, not the modifier
//!   of a following noun: "the 21st century" keeps it, "a 21st century war" gives `21st century`.
//! - **Bare weekdays, months, month-days, seasons and quarters** are placed by the tense of
//!   their clause (the words up to the nearest "that", "which", "following", ";", dash or
//!   quote mark; a parenthesis is stepped over): the nearest tense cue before the expression,
//!   else a present-tense verb of schedule a few words before it ("Game 4 is on Saturday",
//!   "starts debating it on Monday", "which starts on March 27, had sold out": ahead), else
//!   the nearest cue after it. A past cue ("said", "-ed", "was") picks the latest occurrence on
//!   or before the reference; a future cue ("will", "expected to", "next week") the earliest on
//!   or after it. Both include the reference day itself, because news style names the day of
//!   publication by its weekday ("said Tuesday" in a Tuesday paper). "next" is a cue only
//!   before a time word: "the party's next leader" orders leaders. A word inside a compound
//!   ("left-hander", "open-ended") and a participle after an article or possessive ("a revised
//!   budget") are no verbs. "failed/refused/declined to" + verb stay past ("refused to vote on
//!   Monday"); "would" and "could" + verb look ahead from the report they sit in ("said the
//!   figures would be published by Thursday", "would not start on Sunday"), unless perfect
//!   ("would have") or a failed attempt ("could not be reached"). An infinitive looks ahead
//!   ("a dividend to be paid on December 12"; "ordered the trial to resume on Thursday", "urged
//!   the government to act before November": verbs that order, decide or want), except as the
//!   purpose of another past verb ("had borrowed money to plant it in April"). A present verb
//!   of expectation looks ahead ("expects no move until December", "forecast more rain over
//!   the weekend"), not when the date follows it at once ("forecast in July"). A participle
//!   completing the object of a gerund or "with" has no tense ("keeping the ministries
//!   financed through ...", "with roads closed until ..."), and the search for a cue stops
//!   there; after "be", "remain" or "stay" a participle takes the tense of that verb. A
//!   deadline ("by", "until", "till", "through") with no cue lies ahead ("must answer by
//!   Friday"); the end of a range ("from Monday through Friday") is no deadline. A clause
//!   without a cue takes the nearest occurrence when a present-tense verb follows the
//!   expression ("Sunday's stage is 20 laps") or the sentence has a future cue elsewhere ("will
//!   travel on Wednesday following a briefing on Monday"); else it is unmarked, and a weekday
//!   is then in the past, the usual tense of news. "over the weekend" is placed the same way.
//!   A day after "closing price on" is past whatever the clause's tense: a takeover "will
//!   pay" a premium to a price already recorded.
//! - **The year of a date without one.** News writes the year of a date only when it is not
//!   the year of publication (the agencies' style books), so a month, month-day, season or
//!   quarter in a clause without a stated tense (unmarked, or the nearest) lies in the
//!   reference's year, unless the occurrence the clause points to lies within six months of
//!   the reference in the year before or after ("in December", said in January): "the
//!   election in September" and "a cut in the third quarter", said in March, are this year's.
//!   A stated tense is obeyed: "the treaty was signed in June", said in March, is last June;
//!   but a past act held "until" a date names it by this convention ("the trial was adjourned
//!   until September", said in May, is this September: "until last September" would say so),
//!   and what is put off to a date waits for it ("adjourned the case to July 3", "classes were
//!   suspended until Friday", said on Wednesday, are the coming ones) unless the sentence goes
//!   on past it ("suspended until Monday, when the runway reopened") or "had" puts it further
//!   back.
//!   A weekday inside a capitalised name ("Good Friday", "Super Tuesday", "the Sunday Times")
//!   is left alone: it names a holiday, an event or a title, not a day to place.
//! - **last / this / next.** "last Monday" is the latest Monday before yesterday, "next
//!   Monday" the earliest after tomorrow (the days beside the reference have their own names:
//!   "next Sunday" said on a Saturday is eight days ahead), "this Monday" the Monday of the
//!   reference's ISO week. "last week/month/quarter/year" shift the reference's ISO week, month, quarter or
//!   year by one.
//!   Seasons follow the same year arithmetic as "last year" (the TIMEX convention used by
//!   HeidelTime): "this summer" is the summer of the reference year, "last summer" the summer of
//!   the year before, whether or not this year's summer is over. Winter belongs to the year it
//!   starts in (`2024-WI` = December 2024 to February 2025), so in January "this winter" is the
//!   one that began in December. Seasons are meteorological: SP = Mar–May, SU = Jun–Aug,
//!   FA = Sep–Nov, WI = Dec–Feb.
//! - **Without a reference date** relative values keep their unknown parts as X: `XXXX-05-27`,
//!   `XXXX-WXX-1` (a Monday), `XXXX-06`, `XXXX-SU`, `XXXX-WXX` (a week), `XXXX-XX` (a month),
//!   `XXXX` (a year), `XXXX-XX-XX` (a day), `XXX` (a decade), `XX` (a century); no interval.
//! - **Quarters**: "the third quarter", "third-quarter", "Q3", "the July-September quarter" =
//!   `2025-Q3`, placed by tense like
//!   a season: in the past the latest such quarter that has begun by the reference (so the one
//!   under way counts), in the future the earliest not yet over. "the second quarter of 2023",
//!   "Q3 2024" and "the first quarter of last year" name their year. The value carries the
//!   quarter's days as its interval and no precision (there is no quarter precision). Not
//!   quarters: "a third quarter of" (a fraction), "the third quarter in a row" (a count),
//!   "fiscal" quarters (not calendar ones), "the first quarter of the century".
//! - **Years that straddle two**: "the 2023-24 season", "the 2026-27 financial year", "the
//!   2025/2026 academic session" = `2023/2024` (an ISO 8601 interval of years); "the 2026
//!   season" = `2026`. **Phases** keep their words and take the period's value: "the end of
//!   2019" = `2019`, "the end of the year" and "the start of the month" = the reference's year
//!   and month ("the end of the day" is an idiom); "the night of August 14, 2023" =
//!   `2023-08-14TNI`.
//! - **Years** (1000–2199) are years only where English makes them so: after a time preposition
//!   ("in", "since", "by", ...), a modifier ("early", "mid-") or another date, with a month or
//!   season, before a noun a year is a benchmark for ("below 2010 levels", "at 1990 prices"),
//!   as the period a figure is for ("revenue for 2024", "a budget for 2026 that"), or as a
//!   modifier between a determiner and a singular noun ("the 2022 invasion", "a 2021 buyout").
//!   A bare month is a date in the same places ("for January", "the board's January
//!   meeting"), and a bare season after "for" ("breaks for the summer").
//!   A year opening a clause before a verb is its subject ("2024 was the hottest year", "and
//!   2025 will be harder": news spells out a number that opens a sentence), and a possessive
//!   year is a year ("2024's hottest day", the span without "'s").
//!   A following plural noun makes them a count ("in 1500 cases"); numbers with commas never
//!   are years.
//! - **Days of a range** written before one month ("3 and 4 March", "from 12 to 15 June",
//!   "12-15 June") are spans of their own, as "from 2022 to 2024" is two, in the month and
//!   year of the second; the first must be the smaller. "the early hours of Sunday" is the day,
//!   the phrase in the span, as "late Thursday" is.
//! - **Holidays** by name are days ("Christmas Day", "New Year's Eve", "Good Friday" from
//!   Easter, "Thanksgiving" as the fourth Thursday of November: the rules are data in
//!   `[holidays]`), placed by tense like a month-day, or by their year ("Easter 2025") or a
//!   shift ("last Christmas"). A one-word name needs a preposition before it ("over Christmas";
//!   "Christmas shopping" is left alone), and a capitalised word after a name makes it part of
//!   another ("Christmas Island", "the Good Friday Agreement", "the Boxing Day Test"). Holidays
//!   whose day differs by country, and those of lunar calendars (Eid al-Fitr, Diwali), which no
//!   rule here places, are not recognised: a TIME without a value would be no help.
//! - **Decades and centuries**: "the 1950s" = `195X`, "the '90s" = `199X` ('00s and '10s are
//!   this century), "the 2000s" = `200X`; "the 1900s" and earlier hundreds name centuries
//!   (`19`), as they do in usage. "21st century" = `20`, the first two digits of its years.
//! - **Durations** need a count ("three years", "10-day", "several months", "18 consecutive
//!   months") or, for a single unit ("a year"), a word that makes it a length ("for",
//!   "within", "nearly", "-long", "of"); bare plurals ("months") need a verb or preposition of
//!   duration before them ("spent months", "for years", "in decades") or
//!   "of"/"before"/"after"/"ago"/"-long"/"-old" after. Counts of ever smaller units make one
//!   duration, as race times and match lengths are written: "3 hours 11 minutes 52 seconds" =
//!   `PT3H11M52S`, "two hours and 51 minutes", "3 hours, 12 minutes". Seconds count only in
//!   the plural ("a second" is an ordinal). A hyphenated age is a duration, as TIMEX3 has it
//!   ("a 25-year-old" = `P25Y`, without the article); other ages ("three years old", "aged 5
//!   to 17 months", "Jane Doe, 54,") are NUMBER, and "Minutes of the meeting" and "a day off"
//!   are no durations either. Decades and centuries count in years, as ANNOTATION.md writes
//!   durations ("a decade" = `P10Y`, "the past three decades" = `P30Y`; a vague "decades" =
//!   `PXDE`). A half is written in whole units of the next smaller unit where it divides
//!   evenly, as TIMEX3 does ("a year and a half" = `P18M`), a clock's units as a clock reads
//!   them ("two and a half hours" = `PT2H30M`); "a week and a half" = `P1.5W`.
//! - **Anchored**: "four years later", "A week later", "a year earlier", "11 minutes later"
//!   count from the last placed date (or, for minutes and hours, clock time) named before them
//!   in the document, the reference date before any, with the granularity of their unit: a
//!   year for years, a day for days and for weeks after a day. An anchor coarser than the unit
//!   leaves it unknown (`XXXX-WXX`). "later than planned" compares and anchors nothing.
//! - **Sets**: "a month" after an amount ("$2,000 a month", "R250 a month", "twice a year",
//!   "three doses a month apart"), "per month", "each week", "every day", "every two years",
//!   "on Mondays".
//! - **Vague**: `now` and `right now` (also in "now that" and "until now": it still names the
//!   present), `currently`, `nowadays`, `these days`, "at present" → PRESENT_REF;
//!   `the future`, `the coming weeks`, `the next few weeks`, `the weeks ahead` → FUTURE_REF;
//!   `the past`, `the past few weeks`, `recent years`, `years ago` → PAST_REF. "today" is the
//!   reference day when its clause has a tense cue or a part of day ("said today", "today's
//!   meeting will"), else the present era ("North Korea today is"). "soon", "recently",
//!   "previously", "already", "once", "formerly" and "later" are judgements of order, not TIME.
//! - **Clock times**: "3 p.m.", "10:30 a.m.", "3.30pm" (British), "around 8 p.m."; on the
//!   24-hour clock ("15:00", "16:40 GST") only after a preposition of time, before a zone or
//!   right after a date, since two numbers and a colon may be a ratio or a verse; four digits
//!   ("0830 GMT") only with their zone or, after a preposition, before "hours" or with a
//!   leading zero ("at 0400 local time"); "noon", "midday" and "midnight" (`T24:00`) only after a
//!   preposition. A zone stays in the span, not in the value. A clock time takes the day of
//!   its sentence: the day written next to it ("at 6 a.m. on Saturday", "Tuesday at 15:00"),
//!   else the one day the sentence places ("struck at 6:45 a.m. on Monday" =
//!   `2025-03-10T06:45`). Else it takes a day named before it in the document (the last
//!   eight are kept): the latest named with the part of day its hour falls in ("struck on
//!   Wednesday night. … at 10:42 p.m."; the small hours after a night are the next day's),
//!   else the latest named without a part of day; either only where the tense of its clause
//!   allows (a past "by 1:15 p.m." is not on the dividend date ahead), the reference day when
//!   none does. A clock in a sentence of a market's trading ("Shares rose 6.8% by 1200 GMT")
//!   is the reference day's, whatever day the paragraph before named. With no day named at all its day stays unknown (`XXXX-XX-XXT15:00`): it is
//!   not reliably the reference day. A day followed by its clock time, a comma between at
//!   most, is one span ("12 March 2025, 16:40 GST" = `2025-03-12T16:40`), and so is a clock
//!   before its day ("14:32, 3 March 2025"). A clock in brackets after another converts it
//!   ("11:05 p.m. local time (0305 GMT)"); the zones news names lie 10 hours behind to 13
//!   ahead of GMT, so when the two are further apart on the dial the conversion is on the next
//!   day (or the one before; when it names its own day, the clock it converts is). "that evening" is the evening of the latest day
//!   named as an evening that the tense allows, else of the latest day named it allows. "tonight" told in the past tense inside a quotation
//!   ("“Tonight I was ready”") is the night before the reference, the paper of the next
//!   morning.
//!
//! # Layout
//! - `lexicon`: tokens and the word classes of `time_words.txt`, and digits read as counts,
//!   years, days and ordinals. Its month names and units of duration serve NUMBER too.
//! - `scan`: the scanner, its token tests and the order in which patterns are tried.
//! - `dates`: explicit dates, months, weekdays, seasons, quarters, years, decades and
//!   centuries.
//! - `clock`: clock times and the day of its sentence or document each belongs to.
//! - `holidays`: holidays by name and the rules of their days (Easter by Meeus's algorithm).
//! - `relative`: last/this/next, yesterday/today/tomorrow and vague references to now.
//! - `durations`: durations, "ago" and sets.
//! - `anchor`: the time last named, which "a week later" and "a year earlier" count from, and
//!   the last days named, which a clock time without a day of its own belongs to.
//! - `resolve`: the tense of a clause and placing a cyclic expression against the reference.
//! - `values`: units, seasons and the TIMEX3 values with their calendar intervals.

mod anchor;
mod clock;
mod dates;
mod durations;
mod holidays;
mod lexicon;
mod relative;
mod resolve;
mod scan;
mod values;

#[cfg(test)]
mod tests;

// NUMBER leaves dates and durations to TIME and asks its vocabulary what they are.
pub(in crate::analysis) use anchor::Anchor;
pub(in crate::analysis) use lexicon::{duration_unit, month_number, Plurality};
pub(in crate::analysis) use values::Unit as DurationUnit;

use std::cell::OnceCell;
use std::ops::Range;

use jiff::civil::Date;

use super::span::Span;
use clock::{anchor_clock_times, join_day_and_clock, shift_converted_clocks, CLOCK_RULE};
use lexicon::tokenize;
use scan::Scanner;

/// Finds the TIME expressions in one sentence (`text[sentence]`), resolving relative ones
/// against `reference` when it is known.
///
/// Spans come back sorted and non-overlapping, inside `sentence`. Any input is accepted: a
/// range outside `text` or off a character boundary is clamped, so this never panics.
///
/// # Example
/// ```
/// use jiff::civil::date;
/// use newslens_core::analysis::{time::find_times, SpanValue};
///
/// let text = "The ministry said on Monday that troops will leave in the coming weeks.";
/// let spans = find_times(text, 0..text.len(), Some(date(2024, 10, 29)));
/// let values: Vec<_> = spans
///     .iter()
///     .map(|s| match &s.value {
///         SpanValue::Time(v) => (&text[s.range.clone()], v.timex.as_str()),
///         _ => unreachable!(),
///     })
///     .collect();
/// assert_eq!(values, [("Monday", "2024-10-28"), ("the coming weeks", "FUTURE_REF")]);
/// ```
pub fn find_times(text: &str, sentence: Range<usize>, reference: Option<Date>) -> Vec<Span> {
    find_times_after(text, sentence, reference, &mut Anchor::default())
}

/// [`find_times`] for one sentence of a document, with the time last named before it, which
/// it updates: "A week later" counts from there.
pub(in crate::analysis) fn find_times_after(
    text: &str,
    sentence: Range<usize>,
    reference: Option<Date>,
    anchor: &mut Anchor,
) -> Vec<Span> {
    let sentence = char_bounded(text, sentence);
    let mut scanner = Scanner {
        toks: tokenize(text, sentence),
        reference,
        prev_hit_end: None,
        future_anywhere: OnceCell::new(),
        anchor: std::mem::take(anchor),
    };
    let mut hits = Vec::new();
    let mut i = 0;
    while i < scanner.toks.len() {
        match scanner.match_at(i) {
            Some(mut hit) => {
                if hit.rule == CLOCK_RULE {
                    scanner.place_clock_by_earlier_days(&mut hit);
                }
                scanner.prev_hit_end = Some(hit.end);
                scanner.anchor.note(&hit.value);
                i = hit.end.max(i + 1);
                hits.push(hit);
            }
            None => i += 1,
        }
    }
    *anchor = std::mem::take(&mut scanner.anchor);
    anchor_clock_times(&mut hits);
    shift_converted_clocks(&mut hits, |i| scanner.text(i) == "(");
    let hits = join_day_and_clock(hits, |i| scanner.text(i) == ",");
    hits.into_iter().map(|hit| scanner.span(hit)).collect()
}

/// Clamps a caller's range to `text` and to character boundaries, so slicing cannot panic.
pub(super) fn char_bounded(text: &str, range: Range<usize>) -> Range<usize> {
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start..end
}
