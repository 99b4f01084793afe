//! Expressions anchored to the time last named in the document: "A week later" (after April 9)
//! = `2025-04-16`, "four years later" (after 2011) = `2015`, "a year earlier" (after 2024
//! revenue) = `2023`, "11 minutes later" (after 3:52 p.m.) = `T16:03`.

use jiff::civil::Date;

use super::super::span::{Precision, TimeValue, TimexType};
use super::values::*;

/// The last placed date and the last clock time of the document so far, which an anchored
/// expression counts from. Carried from sentence to sentence by the caller.
#[derive(Debug, Clone, Default)]
pub(in crate::analysis) struct Anchor {
    date: Option<TimeValue>,
    clock: Option<TimeValue>,
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
    /// Notes an expression just found: a placed date or a clock time becomes the anchor.
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
