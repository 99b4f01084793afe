//! TIMEX3 values: units of duration, seasons, and the values of days, weeks, months, seasons,
//! quarters, years, decades and centuries with their calendar intervals, plus the calendar
//! arithmetic that shifts a date by whole units.

use jiff::civil::Date;

use super::super::span::{Precision, TimeValue, TimexType};

/// A unit of duration with its TIMEX3 designator, from the shortest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(in crate::analysis) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration letters: `P3Y`, `PT5H`, `PXDE`.
    pub(super) fn designator(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute | Unit::Month => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }

    /// Whether the unit is written after the `T` of a TIMEX3 duration.
    pub(super) fn of_the_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// A TIMEX3 duration of `count` units (`X` when vague): `P3Y`, `PXM`, `PT24H`. Decades and
    /// centuries are counted in years, as ANNOTATION.md writes "a decade" (`P10Y`, "three
    /// decades" `P30Y`), unless vague (`PXDE`).
    pub(super) fn duration(self, count: Option<u64>) -> String {
        let years = match self {
            Unit::Decade => Some(10),
            Unit::Century => Some(100),
            _ => None,
        };
        if let Some(total) = years.zip(count).and_then(|(per, n)| n.checked_mul(per)) {
            return format!("P{total}Y");
        }
        let time = if self.of_the_clock() { "T" } else { "" };
        let n = count.map_or_else(|| "X".to_string(), |n| n.to_string());
        format!("P{time}{n}{}", self.designator())
    }

    /// `n` and a half units, in whole units of the next smaller unit when it divides evenly
    /// (the TIMEX3 usage): "a year and a half" = `P18M`; a clock's units as a clock reads them,
    /// "two and a half hours" = `PT2H30M`; a week or a month and a half stays a decimal
    /// (`P1.5W`).
    pub(super) fn and_a_half(self, n: u64) -> String {
        let smaller = match self {
            Unit::Minute => Some((Unit::Second, 60)),
            Unit::Hour => Some((Unit::Minute, 60)),
            Unit::Day => Some((Unit::Hour, 24)),
            Unit::Year => Some((Unit::Month, 12)),
            Unit::Decade => Some((Unit::Year, 10)),
            Unit::Century => Some((Unit::Year, 100)),
            Unit::Second | Unit::Week | Unit::Month => None,
        };
        match smaller {
            Some((unit, factor)) if self.of_the_clock() => {
                compound_duration(&[(self, n), (unit, factor / 2)])
            }
            Some((unit, factor)) => {
                unit.duration(n.checked_mul(factor).and_then(|m| m.checked_add(factor / 2)))
            }
            None => {
                let time = if self.of_the_clock() { "T" } else { "" };
                format!("P{time}{n}.5{}", self.designator())
            }
        }
    }
}

/// A duration of several units, from the longest: "3 hours 11 minutes 52 seconds" =
/// `PT3H11M52S`, "two years and three months" = `P2Y3M`.
pub(super) fn compound_duration(parts: &[(Unit, u64)]) -> String {
    let mut timex = String::from("P");
    for &(unit, n) in parts {
        if unit.of_the_clock() && !timex.contains('T') {
            timex.push('T');
        }
        timex.push_str(&n.to_string());
        timex.push_str(unit.designator());
    }
    timex
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(super) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// First and last day of the season labelled `year` (winter runs into the next year).
    pub(super) fn bounds(self, year: i16) -> Option<(Date, Date)> {
        let first_month = match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        };
        let first = Date::new(year, first_month, 1).ok()?;
        let (last_year, last_month) = shift_month(year, first_month, 2)?;
        Some((first, Date::new(last_year, last_month, 1).ok()?.last_of_month()))
    }

    /// The year label of this season's occurrence that "this <season>" means at `reference`.
    pub(super) fn current_year(self, reference: Date) -> i16 {
        if self == Season::Winter && reference.month() <= 2 {
            reference.year() - 1
        } else {
            reference.year()
        }
    }
}

/// A period that recurs once a year, placed like a season: a quarter (1 to 4) or a season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Period {
    Quarter(i8),
    Season(Season),
}

impl Period {
    /// First and last day of the period labelled `year` (winter runs into the next year).
    pub(super) fn bounds(self, year: i16) -> Option<(Date, Date)> {
        match self {
            Period::Quarter(quarter) => quarter_bounds(year, quarter),
            Period::Season(season) => season.bounds(year),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/// A value placed on the calendar.
pub(super) fn placed(timex: String, first: Date, last: Date, precision: Precision) -> TimeValue {
    TimeValue { timex, kind: TimexType::Date, interval: Some((first, last)), precision: Some(precision) }
}

/// A value with no calendar interval: a duration, a set, a vague or an unresolved date.
pub(super) fn unplaced(timex: impl Into<String>, kind: TimexType) -> TimeValue {
    TimeValue { timex: timex.into(), kind, interval: None, precision: None }
}

/// Years outside 0..=9999 cannot be written as TIMEX3 values.
fn timex_year(year: i16) -> Option<i16> {
    (0..=9999).contains(&year).then_some(year)
}

pub(super) fn day_value(d: Date) -> Option<TimeValue> {
    let y = timex_year(d.year())?;
    Some(placed(format!("{y:04}-{:02}-{:02}", d.month(), d.day()), d, d, Precision::Day))
}

/// A day with a part of day: `2024-10-28TNI`.
pub(super) fn day_part_value(d: Date, part: Option<&str>) -> Option<TimeValue> {
    let mut value = day_value(d)?;
    if let Some(part) = part {
        value.timex.push('T');
        value.timex.push_str(part);
    }
    Some(value)
}

pub(super) fn month_value(year: i16, month: i8) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let first = Date::new(y, month, 1).ok()?;
    Some(placed(format!("{y:04}-{month:02}"), first, first.last_of_month(), Precision::Month))
}

pub(super) fn year_value(year: i16) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let first = Date::new(y, 1, 1).ok()?;
    Some(placed(format!("{y:04}"), first, first.last_of_year(), Precision::Year))
}

/// The ISO week containing `d`, or its weekend (`2024-W44-WE`).
pub(super) fn week_value(d: Date, weekend: bool) -> Option<TimeValue> {
    let week = d.iso_week_date();
    let y = timex_year(week.year())?;
    let monday = shift_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    let (first, suffix) = if weekend { (shift_days(monday, 5)?, "-WE") } else { (monday, "") };
    let last = shift_days(monday, 6)?;
    Some(placed(format!("{y:04}-W{:02}{suffix}", week.week()), first, last, Precision::Week))
}

pub(super) fn season_value(year: i16, season: Season) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let (first, last) = season.bounds(y)?;
    Some(placed(format!("{y:04}-{}", season.code()), first, last, Precision::Season))
}

/// Quarter `quarter` (1 to 4) of `year`: `2025-Q3`. It has a calendar interval but no
/// precision, as `Precision` has no quarter.
pub(super) fn quarter_value(year: i16, quarter: i8) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let (first, last) = quarter_bounds(y, quarter)?;
    Some(TimeValue {
        timex: format!("{y:04}-Q{quarter}"),
        kind: TimexType::Date,
        interval: Some((first, last)),
        precision: None,
    })
}

fn quarter_bounds(year: i16, quarter: i8) -> Option<(Date, Date)> {
    let first = Date::new(year, quarter.checked_mul(3)? - 2, 1).ok()?;
    Some((first, Date::new(year, quarter * 3, 1).ok()?.last_of_month()))
}

/// The decade containing `year`: `195X`.
pub(super) fn decade_value(year: i16) -> Option<TimeValue> {
    let start = timex_year(year - year.rem_euclid(10))?;
    let first = Date::new(start, 1, 1).ok()?;
    let last = Date::new(start + 9, 12, 31).ok()?;
    Some(placed(format!("{:03}X", start / 10), first, last, Precision::Decade))
}

/// The century whose years start with `prefix`: `20` for 2000–2099 (the 21st century).
pub(super) fn century_value(prefix: i16) -> Option<TimeValue> {
    let start = timex_year(prefix.checked_mul(100)?)?;
    let first = Date::new(start, 1, 1).ok()?;
    let last = Date::new(start + 99, 12, 31).ok()?;
    Some(placed(format!("{prefix:02}"), first, last, Precision::Century))
}

/// The value of a calendar unit containing `d` ("last year" once shifted).
pub(super) fn unit_value(d: Date, unit: Unit) -> Option<TimeValue> {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => None,
        Unit::Day => day_value(d),
        Unit::Week => week_value(d, false),
        Unit::Month => month_value(d.year(), d.month()),
        Unit::Year => year_value(d.year()),
        Unit::Decade => decade_value(d.year()),
        Unit::Century => century_value(d.year().div_euclid(100)),
    }
}

/// The X form of a calendar unit whose position is unknown.
pub(super) fn unknown_unit(unit: Unit) -> Option<TimeValue> {
    let timex = match unit {
        Unit::Second | Unit::Minute | Unit::Hour => return None,
        Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    };
    Some(unplaced(timex, TimexType::Date))
}

pub(super) fn shift_days(d: Date, days: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// `d` moved by `n` whole units, day of month clamped ("a month ago" on 31 March).
pub(super) fn shift_unit(d: Date, unit: Unit, n: i64) -> Option<Date> {
    let years = |k: i64| i16::try_from(i64::from(d.year()).checked_add(k)?).ok();
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => None,
        Unit::Day => shift_days(d, n),
        Unit::Week => shift_days(d, n.checked_mul(7)?),
        Unit::Month => {
            let (y, m) = shift_month(d.year(), d.month(), n)?;
            Date::new(y, m, 1).ok()
        }
        Unit::Year => Date::new(years(n)?, 1, 1).ok(),
        Unit::Decade => Date::new(years(n.checked_mul(10)?)?, 1, 1).ok(),
        Unit::Century => Date::new(years(n.checked_mul(100)?)?, 1, 1).ok(),
    }
}

pub(super) fn shift_month(year: i16, month: i8, n: i64) -> Option<(i16, i8)> {
    let index = i64::from(year).checked_mul(12)?.checked_add(i64::from(month) - 1)?.checked_add(n)?;
    Some((i16::try_from(index.div_euclid(12)).ok()?, index.rem_euclid(12) as i8 + 1))
}

pub(super) fn days_between(a: Date, b: Date) -> i64 {
    (a.duration_until(b).as_secs() / 86_400).abs()
}
