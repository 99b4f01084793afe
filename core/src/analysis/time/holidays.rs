//! Holidays by name: "Christmas Day", "New Year's Eve", "Good Friday", "Thanksgiving", each a
//! day of its year by a rule of `[holidays]` in `core/data/time_words.txt` (a fixed date, a
//! day counted from Easter Sunday, or the nth weekday of a month), placed like a month-day.

use jiff::civil::{Date, Weekday};

use super::super::span::TimexType;
use super::lexicon::*;
use super::resolve::{place_annual, Dir};
use super::scan::{hit, At, Hit, Scanner};
use super::values::*;

/// The day of the year a holiday falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HolidayRule {
    /// A fixed month and day: Christmas Day, `12-25`.
    Fixed(i8, i8),
    /// Days after (before, when negative) Easter Sunday: Good Friday, `easter-2`.
    Easter(i16),
    /// The nth weekday of a month, the last when `n` is -1: Thanksgiving, `11-thu-4`.
    NthWeekday { month: i8, weekday: Weekday, n: i8 },
}

impl HolidayRule {
    /// Reads `12-25`, `easter+1`, `easter-2`, `11-thu-4` or `05-mon-last`.
    pub(super) fn parse(rule: &str) -> Option<HolidayRule> {
        if let Some(offset) = rule.strip_prefix("easter") {
            let days = if offset.is_empty() { 0 } else { offset.trim_start_matches('+').parse().ok()? };
            return Some(HolidayRule::Easter(days));
        }
        let mut parts = rule.split('-');
        let month = parts.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
        let second = parts.next()?;
        let rule = match parts.next() {
            None => HolidayRule::Fixed(month, second.parse().ok().filter(|d| (1..=31).contains(d))?),
            Some(n) => {
                let weekday =
                    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().position(|w| *w == second)?;
                let n = if n == "last" { -1 } else { n.parse().ok().filter(|n| (1..=5).contains(n))? };
                HolidayRule::NthWeekday {
                    month,
                    weekday: Weekday::from_monday_zero_offset(weekday as i8).ok()?,
                    n,
                }
            }
        };
        Some(rule)
    }

    /// The holiday's day in `year`.
    pub(super) fn date_in(self, year: i16) -> Option<Date> {
        match self {
            HolidayRule::Fixed(month, day) => Date::new(year, month, day).ok(),
            HolidayRule::Easter(days) => shift_days(easter_sunday(year)?, i64::from(days)),
            HolidayRule::NthWeekday { month, weekday, n } => {
                Date::new(year, month, 1).ok()?.nth_weekday_of_month(n, weekday).ok()
            }
        }
    }

    /// The value without a reference date: the month and day when fixed, else unknown.
    fn unplaced(self) -> String {
        match self {
            HolidayRule::Fixed(month, day) => format!("XXXX-{month:02}-{day:02}"),
            _ => "XXXX-XX-XX".to_string(),
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, "Astronomical
/// Algorithms", ch. 8).
fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

impl Scanner<'_> {
    /// "Christmas Day", "on New Year's Eve", "Easter 2025", "last Christmas", "over Easter".
    /// A one-word name needs the context of a date ("at Christmas", "over Easter"); a name
    /// that a capitalised word continues is another name ("Christmas Island", "the Good
    /// Friday Agreement", "the Boxing Day Test").
    pub(super) fn holiday(&self, at: At) -> Option<Hit> {
        let shift = self.shift_word(at.core).filter(|_| !at.modified());
        let head = at.core + usize::from(shift.is_some());
        if !self.capitalised(head) {
            return None;
        }
        let (rule, end) = holiday_at(self.text(head), |k| self.text(head + k))?;
        let end = head + end;
        if self.capitalised(end) && self.lex(end) == Lex::Other {
            return None;
        }
        let one_word = end == head + 1;
        let year = self.trailing_year(end).filter(|_| self.text(end) != ",");
        let in_context = shift.is_some()
            || year.is_some()
            || self.has_date_context(at)
            || self.after_any(at.start, CLOCK_PREPOSITIONS | HOLIDAY_PREPOSITIONS);
        if one_word && !in_context {
            return None;
        }
        if let Some((year, year_end)) = year {
            return hit(at.start, year_end, rule.date_in(year).and_then(day_value), "time:holiday-year");
        }
        let value = self.resolve(
            |r| {
                let day = match shift {
                    Some(0) => rule.date_in(r.year()),
                    Some(n) => {
                        place_annual(r, if n < 0 { Dir::Past } else { Dir::Future }, |y| rule.date_in(y))
                    }
                    None => place_annual(r, self.direction(at.start, end), |y| rule.date_in(y)),
                };
                day_value(day?)
            },
            || Some(unplaced(rule.unplaced(), TimexType::Date)),
        );
        hit(at.start, end, value, "time:holiday")
    }
}
