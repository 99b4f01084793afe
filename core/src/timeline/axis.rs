//! The time axis: dates as day numbers, a [`Window`] of days that zooms
//! and pans, the window shown first, and ticks with labels.

use super::{Event, Timeline};
use crate::corpus::Date;

/// Days since 1970-01-01 (negative before), for drawing dates on a linear axis. Howard
/// Hinnant's `days_from_civil`, written out: jiff's `Date::until` costs about 70 KB of wasm
/// (its error and formatting machinery) for the same number.
pub fn day_number(date: Date) -> i32 {
    let (y, m, d) = (i32::from(date.year()), i32::from(date.month()), i32::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number, clamped to the calendar's first and last day, so that it is
/// monotonic however far a window is panned (`civil_from_days`).
pub fn from_day_number(days: i32) -> Date {
    let (first, last) = (day_number(Date::MIN), day_number(Date::MAX));
    if days <= first {
        return Date::MIN;
    }
    if days >= last {
        return Date::MAX;
    }
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    // In range by the checks above, so the conversions cannot fail.
    Date::new(y as i16, m as i8, d as i8).unwrap_or(Date::MAX)
}

/// The days an axis shows, as day numbers (fractions allowed while dragging).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// The first day shown.
    pub from: f64,
    /// The last day shown.
    pub to: f64,
}

impl Window {
    /// The narrowest window, a week, and the widest, four centuries.
    const SPAN: (f64, f64) = (7.0, 365.0 * 400.0);

    /// The window from one date to another.
    pub fn of(from: Date, to: Date) -> Window {
        Window { from: f64::from(day_number(from)), to: f64::from(day_number(to)) }
    }

    /// The day at `fraction` (0 to 1) of the way across.
    pub fn day_at(&self, fraction: f64) -> f64 {
        self.from + fraction * (self.to - self.from)
    }

    /// Where `day` falls, as a fraction of the way across (outside 0 to 1 when outside).
    pub fn fraction_of(&self, day: f64) -> f64 {
        (day - self.from) / (self.to - self.from)
    }

    /// Zoomed by `factor` (below 1 zooms in) around the day at `anchor` (a fraction across),
    /// which stays where it is; between a week and four centuries wide.
    ///
    /// # Example
    /// ```
    /// use newslens_core::timeline::Window;
    /// let w = Window { from: 0.0, to: 100.0 };
    /// assert_eq!(w.zoomed(0.5, 0.5), Window { from: 25.0, to: 75.0 });
    /// assert_eq!(w.zoomed(0.5, 0.0), Window { from: 0.0, to: 50.0 });
    /// ```
    pub fn zoomed(&self, factor: f64, anchor: f64) -> Window {
        let center = self.day_at(anchor);
        let span = ((self.to - self.from) * factor).clamp(Self::SPAN.0, Self::SPAN.1);
        Window { from: center - span * anchor, to: center + span * (1.0 - anchor) }
    }

    /// Shifted by `fraction` of its width (negative is earlier).
    pub fn panned(&self, fraction: f64) -> Window {
        let shift = (self.to - self.from) * fraction;
        Window { from: self.from + shift, to: self.to + shift }
    }

    /// Its first and last day as dates, clamped to the calendar.
    pub fn dates(&self) -> (Date, Date) {
        let day = |d: f64| from_day_number(d.round().clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32);
        (day(self.from), day(self.to))
    }

    /// Zoomed by `factor` around `day`: kept where it is when it is in view, else centred, so
    /// that zooming in on an event never pushes it out.
    ///
    /// # Example
    /// ```
    /// use newslens_core::timeline::Window;
    /// let w = Window { from: 0.0, to: 100.0 };
    /// assert_eq!(w.zoomed_around(0.5, 80.0), Window { from: 40.0, to: 90.0 });
    /// assert_eq!(w.zoomed_around(0.5, 300.0), Window { from: 275.0, to: 325.0 });
    /// ```
    pub fn zoomed_around(&self, factor: f64, day: f64) -> Window {
        let anchor = self.fraction_of(day);
        if (0.0..=1.0).contains(&anchor) {
            return self.zoomed(factor, anchor);
        }
        let half = (self.to - self.from) / 2.0;
        Window { from: day - half, to: day + half }.zoomed(factor, 0.5)
    }

    /// Whether `day` is in view.
    pub fn shows(&self, day: f64) -> bool {
        (self.from..=self.to).contains(&day)
    }

    /// Every event's whole interval and every publication date with a year's margin: the
    /// "Everything" button.
    pub fn around(timeline: &Timeline) -> Option<Window> {
        let days = timeline.events.iter().flat_map(|e| [day_number(e.start), day_number(e.end)]);
        let days = days.chain(timeline.published.iter().flatten().map(|&d| day_number(d)));
        let (from, to) = days.fold((i32::MAX, i32::MIN), |(a, b), d| (a.min(d), b.max(d)));
        (from <= to).then(|| Window { from: f64::from(from) - 365.0, to: f64::from(to) + 365.0 })
    }
}

/// The share of the events finer than a decade that the first window holds: the densest run of
/// them, so that one mention of 2014 does not stretch it over a decade of nothing.
const DEFAULT_SHARE: f64 = 0.8;

/// The span the axis shows first: the densest [`DEFAULT_SHARE`] of the events finer than a
/// decade (by their middle day), stretched to their whole intervals and to every document's
/// publication date, with a margin; everything when only decades and centuries exist.
///
/// # Example
/// ```
/// use newslens_core::{corpus::parse_iso_date, study::Study, timeline::{default_range, timeline}, Corpus, DocMeta, Document};
/// let meta = DocMeta::plain("a", parse_iso_date("2024-12-20"));
/// let text = "Troops left in 2014. Troops met on May 2. Talks began on May 6. Troops left on May 9. \
///             Talks ended on May 12. Troops met on June 3.";
/// let (corpus, _) = Corpus::new([Document::new(meta, text)]);
/// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
/// let (from, to) = default_range(&timeline(&corpus, &study));
/// // 2014 is left out; the publication date in December is in.
/// assert_eq!((from.to_string(), to.to_string()), ("2024-04-17".into(), "2025-01-04".into()));
/// ```
pub fn default_range(timeline: &Timeline) -> (Date, Date) {
    let mut fine: Vec<&Event> = timeline.events.iter().filter(|e| !e.is_era()).collect();
    if fine.is_empty() {
        fine = timeline.events.iter().collect();
    }
    let middle = |e: &Event| (i64::from(day_number(e.start)) + i64::from(day_number(e.end))) / 2;
    fine.sort_by_key(|e| middle(e));
    let held = (fine.len() as f64 * DEFAULT_SHARE).ceil() as usize;
    let densest = (0..=fine.len() - held)
        .filter(|_| held > 0)
        .min_by_key(|&i| middle(fine[i + held - 1]) - middle(fine[i]))
        .map_or(&fine[..0], |i| &fine[i..i + held]);
    let days = densest.iter().flat_map(|e| [day_number(e.start), day_number(e.end)]);
    let days = days.chain(timeline.published.iter().flatten().map(|&d| day_number(d)));
    let (from, to) = days.fold((i32::MAX, i32::MIN), |(a, b), d| (a.min(d), b.max(d)));
    if from > to {
        let today = day_number(Date::constant(2024, 1, 1));
        return (from_day_number(today - 365), from_day_number(today + 365));
    }
    let margin = ((to - from) / 20).max(15);
    (from_day_number(from - margin), from_day_number(to + margin))
}

/// Axis ticks for a view: a step that gives a handful of labels (days, every other day, weeks,
/// months, quarters, years, decades or centuries), at most 13 so that labels as wide as
/// "28 Oct" never touch on a chart of the page's width, each with its label.
///
/// # Example
/// ```
/// use newslens_core::timeline::ticks;
/// let labels: Vec<String> = ticks("2024-05-15".parse().unwrap(), "2024-11-10".parse().unwrap())
///     .into_iter().map(|(_, label)| label).collect();
/// assert_eq!(labels, ["Jun 2024", "Jul", "Aug", "Sep", "Oct", "Nov"]);
/// ```
pub fn ticks(from: Date, to: Date) -> Vec<(Date, String)> {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let span = day_number(to) - day_number(from);
    let mut out = Vec::new();
    if span <= 84 {
        // Every day, every other day (even day numbers, so that ticks stay put while panning),
        // or Mondays.
        let (step, first) = match span {
            0..=12 => (1, day_number(from)),
            13..=24 => (2, day_number(from) + day_number(from).rem_euclid(2)),
            _ => (7, day_number(from) + (7 - (day_number(from) + 3).rem_euclid(7)) % 7),
        };
        for n in (first..=day_number(to)).step_by(step) {
            let d = from_day_number(n);
            out.push((d, format!("{} {}", d.day(), MONTHS[(d.month() - 1) as usize])));
        }
    } else if span <= 1100 {
        let months_step = if span <= 365 { 1 } else { 3 };
        let (mut y, mut m) = (from.year(), from.month());
        loop {
            // Past the calendar's last month there is no next tick.
            let Ok(d) = Date::new(y, m, 1) else { break };
            if d > to {
                break;
            }
            if d >= from && (m - 1) % months_step == 0 {
                let first_of_year = out.is_empty() || m == 1;
                let label = if first_of_year {
                    format!("{} {y}", MONTHS[(m - 1) as usize])
                } else {
                    MONTHS[(m - 1) as usize].to_string()
                };
                out.push((d, label));
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    } else {
        let years = span / 365;
        let step: i16 = match years {
            0..=12 => 1,
            13..=60 => 5,
            61..=120 => 10,
            121..=600 => 50,
            _ => 100,
        };
        let mut y = from.year() + (step - from.year().rem_euclid(step)) % step;
        while let Some(d) = Date::new(y, 1, 1).ok().filter(|_| y <= 9999) {
            if d > to {
                break;
            }
            if d >= from {
                let label = if step >= 10 { format!("{y}s") } else { y.to_string() };
                out.push((d, label));
            }
            y += step;
        }
    }
    out
}

#[cfg(test)]
mod axis_tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for date in ["1970-01-01", "2024-02-29", "1950-12-31", "2100-03-01", "0001-01-01"] {
            let d: Date = date.parse().unwrap();
            assert_eq!(from_day_number(day_number(d)), d, "{date}");
        }
        assert_eq!(day_number(Date::constant(1970, 1, 2)), 1);
    }

    #[test]
    fn day_numbers_clamp_monotonically() {
        assert_eq!(from_day_number(3_000_000), Date::MAX);
        assert_eq!(from_day_number(i32::MAX), Date::MAX);
        assert_eq!(from_day_number(i32::MIN), Date::MIN);
        assert!(from_day_number(2_900_000) < from_day_number(2_932_896));
    }

    /// REGRESSION: a window at the calendar's end looped for ever looking for a next month.
    #[test]
    fn ticks_end_at_the_calendars_end() {
        let labels = ticks("9998-01-01".parse().unwrap(), Date::MAX);
        assert_eq!(labels.last().map(|(d, _)| d.to_string()).as_deref(), Some("9999-10-01"));
        assert!(ticks(Date::MIN, Date::MAX).len() < 200);
    }

    /// REGRESSION: at three weeks every day had a label, and labels ran into each other.
    #[test]
    fn ticks_never_crowd_the_axis() {
        const MAX_TICKS: usize = 13;
        let start = Date::constant(2024, 10, 3);
        // Every span up to eleven years, then samples up to the widest window, four centuries.
        for span in (0..4000).chain((4000..146_000).step_by(97)) {
            let end = from_day_number(day_number(start) + span);
            let count = ticks(start, end).len();
            assert!(count <= MAX_TICKS, "{count} ticks over {span} days");
        }
    }

    #[test]
    fn ticks_adapt_to_the_span() {
        let labels = |a: &str, b: &str| -> Vec<String> {
            ticks(a.parse().unwrap(), b.parse().unwrap()).into_iter().map(|(_, l)| l).collect()
        };
        assert_eq!(labels("2024-10-26", "2024-10-30"), ["26 Oct", "27 Oct", "28 Oct", "29 Oct", "30 Oct"]);
        assert_eq!(labels("2024-10-01", "2024-11-05")[0], "7 Oct");
        assert_eq!(labels("2024-10-20", "2024-11-05")[..3], ["20 Oct", "22 Oct", "24 Oct"]);
        assert_eq!(labels("2020-06-01", "2024-06-01"), ["2021", "2022", "2023", "2024"]);
        assert_eq!(labels("1940-01-01", "2030-01-01")[..3], ["1940s", "1950s", "1960s"]);
    }
}
