//! Expressions anchored to the time last named in the document: "A week later" (after April 9)
//! = `2025-04-16`, "four years later" (after 2011) = `2015`, "a year earlier" (after 2024
//! revenue) = `2023`, "11 minutes later" (after 3:52 p.m.) = `T16:03`; and the days named so
//! far, which a clock time without a day of its own belongs to.

use std::collections::VecDeque;

use jiff::civil::Date;

use super::super::span::{Precision, TimeValue, TimexType};
use super::resolve::Dir;
use super::values::*;

/// The last placed date and the last clock time of the document so far, which an anchored
/// expression counts from, and the days named so far. Carried from sentence to sentence by
/// the caller.
#[derive(Debug, Clone, Default)]
pub(in crate::analysis) struct Anchor {
    date: Option<TimeValue>,
    clock: Option<TimeValue>,
    days: Days,
}

/// The last days named in the document, latest last, each with the part of day it was named
/// with ("Wednesday night"). A clock time or "that evening" looks for its day among them.
#[derive(Debug, Clone, Default)]
struct Days(VecDeque<(Date, Option<usize>)>);

/// How many days named [`Days`] keeps: a clock time belongs to a day of the last paragraphs,
/// and a bounded search keeps a document's cost linear.
const DAYS_KEPT: usize = 8;

/// The TIMEX3 parts of day, and the hours each covers: a clock time in the evening belongs to
/// the day last named as an evening. The night runs past midnight.
const PARTS_OF_DAY: [(&str, std::ops::Range<u32>); 4] =
    [("MO", 5..12), ("AF", 12..17), ("EV", 17..21), ("NI", 21..29)];

/// Which of [`PARTS_OF_DAY`] an hour (0 to 24) falls in.
fn part_of_hour(hour: u32) -> usize {
    let hour = if hour < 5 { hour + 24 } else { hour };
    PARTS_OF_DAY.iter().position(|(_, hours)| hours.contains(&hour)).unwrap_or(3)
}

impl Days {
    /// Notes a day named, with what follows the `T` of its value (a part of day or a clock).
    fn note(&mut self, day: Date, time: Option<&str>) {
        if self.0.len() == DAYS_KEPT {
            self.0.pop_front();
        }
        let part = time.and_then(|time| PARTS_OF_DAY.iter().position(|(code, _)| *code == time));
        self.0.push_back((day, part));
    }

    /// The latest day named that `wanted` accepts.
    fn latest(&self, wanted: impl Fn(&(Date, Option<usize>)) -> bool) -> Option<Date> {
        self.0.iter().rev().find(|named| wanted(named)).map(|(day, _)| *day)
    }
}

/// Whether a day lies where the tense of its clause points: not ahead of the reference in the
/// past, not behind it in the future.
fn fits(day: Date, direction: Dir, reference: Option<Date>) -> bool {
    match (direction, reference) {
        (Dir::Past, Some(r)) => day <= r,
        (Dir::Future, Some(r)) => day >= r,
        _ => true,
    }
}

/// The precision a unit of duration counts in.
fn unit_precision(unit: Unit) -> Precision {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Year => Precision::Year,
        Unit::Decade => Precision::Decade,
        Unit::Century => Precision::Century,
    }
}

/// The clock part of a TIMEX3 value, `T15:52`, as minutes after midnight, and the part before it.
fn clock_of(timex: &str) -> Option<(&str, i64)> {
    let (day, clock) = timex.split_once('T')?;
    let (h, m) = clock.split_once(':')?;
    let (h, m) = (h.parse::<i64>().ok()?, m.get(..2)?.parse::<i64>().ok()?);
    Some((day, h * 60 + m))
}

impl Anchor {
    /// Notes an expression just found: a placed date or a clock time becomes the anchor, and a
    /// day joins the days named.
    pub(super) fn note(&mut self, value: &TimeValue) {
        if value.kind != TimexType::Date {
            return;
        }
        if clock_of(&value.timex).is_some() {
            self.clock = Some(value.clone());
        }
        if value.interval.is_some() {
            self.date = Some(value.clone());
        }
        if let (Some((day, last)), Some(Precision::Day)) = (value.interval, value.precision) {
            if day == last {
                self.days.note(day, value.timex.split_once('T').map(|(_, part)| part));
            }
        }
    }

    /// The day of "that evening" (`part` its TIMEX3 code, `EV`) in a clause of tense
    /// `direction`: the latest day named that the tense allows ("his team said that evening",
    /// after "Sunday's final stage" and "on Saturday", is Saturday's), else the latest day
    /// named; but when that is the reference day, the day of the report, an earlier day named
    /// with that part of day ("capsized on Monday evening, officials said on Tuesday … three
    /// crossings that evening").
    pub(super) fn day_of_that(&self, part: &str, direction: Dir, reference: Option<Date>) -> Option<Date> {
        let latest = self
            .days
            .latest(|(day, _)| fits(*day, direction, reference))
            .or_else(|| self.days.latest(|_| true));
        let wanted = PARTS_OF_DAY.iter().position(|(code, _)| *code == part);
        let named_so = || {
            self.days.latest(|(day, named)| {
                wanted.is_some() && *named == wanted && fits(*day, direction, reference)
            })
        };
        match latest {
            Some(day) if Some(day) == reference => named_so().or(latest),
            _ => latest,
        }
    }

    /// The day a clock time at `hour` (0 to 24), in a clause of tense `direction`, belongs to
    /// when its sentence names none: the latest day named with the part of day the hour falls
    /// in ("on Wednesday night … at 10:42 p.m."; after a night, the small hours are the next
    /// day's), else the latest day named without a part of day; either only where the tense
    /// allows it (a past clause is not on a day ahead). When days were named but none fits a
    /// stated tense, the reference day; without a tense, the latest day named of any kind.
    pub(super) fn day_of_clock(&self, hour: u32, direction: Dir, reference: Option<Date>) -> Option<Date> {
        let part = part_of_hour(hour);
        let fitting = |wanted: Option<usize>| {
            self.days.latest(|(day, named)| *named == wanted && fits(*day, direction, reference))
        };
        if let Some(day) = fitting(Some(part)) {
            let small_hours = part == 3 && hour < 5;
            return if small_hours { shift_days(day, 1) } else { Some(day) };
        }
        let latest = self.days.latest(|_| true);
        let tensed = reference.is_some() && matches!(direction, Dir::Past | Dir::Future);
        fitting(None).or(if tensed && latest.is_some() { reference } else { latest })
    }

    /// The value `n` units after the anchor (before it when `n` is negative), with the
    /// granularity of the unit: a year for years, a day for days and for weeks after a day. An
    /// anchor coarser than the unit ("a week later" after "2011") leaves the value unknown.
    /// Before any date the document's reference date is the anchor ("up from a year earlier").
    pub(super) fn shifted(&self, unit: Unit, n: i64, reference: Option<Date>) -> Option<TimeValue> {
        if unit == Unit::Second {
            return None;
        }
        if matches!(unit, Unit::Minute | Unit::Hour) {
            let clock = self.clock.as_ref()?;
            let (day, minutes) = clock_of(&clock.timex)?;
            let moved = minutes + n.checked_mul(if unit == Unit::Hour { 60 } else { 1 })?;
            // Past midnight the day would change too: too far to place.
            if !(0..24 * 60).contains(&moved) {
                return None;
            }
            let timex = format!("{day}T{:02}:{:02}", moved / 60, moved % 60);
            return Some(TimeValue { timex, ..clock.clone() });
        }
        let base = match &self.date {
            Some(TimeValue { interval: Some((first, _)), precision: Some(precision), .. }) => {
                Some((*first, *precision))
            }
            _ => reference.map(|r| (r, Precision::Day)),
        };
        let Some((first, precision)) = base.filter(|(_, p)| *p <= unit_precision(unit)) else {
            return unknown_unit(unit);
        };
        let moved = shift_unit(first, unit, n)?;
        match unit {
            Unit::Week if precision == Precision::Day => day_value(moved),
            _ => unit_value(moved, unit),
        }
    }
}
