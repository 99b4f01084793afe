//! Resolution against the reference date: which way a bare weekday, month, month-day, season
//! or quarter points (the tense of its clause), and the occurrence that direction picks.

use jiff::civil::{Date, Weekday};

use super::lexicon::*;
use super::scan::Scanner;
use super::values::{days_between, shift_days, Period};

/// Which occurrence of a weekday, month or season a bare mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    /// The latest occurrence on or before the reference.
    Past,
    /// The earliest occurrence on or after the reference.
    Future,
    /// Whichever of the two is closer (ties go to the past).
    Nearest,
}

/// Picks between the occurrence before and after the reference, each with its distance.
pub(super) fn choose<T>(before: Option<(T, i64)>, after: Option<(T, i64)>, dir: Dir) -> Option<T> {
    let pick = match (dir, before, after) {
        (Dir::Past, before, _) => before,
        (Dir::Future, _, after) => after,
        (Dir::Nearest, Some(b), Some(a)) => Some(if a.1 < b.1 { a } else { b }),
        (Dir::Nearest, before, after) => before.or(after),
    };
    pick.map(|(value, _)| value)
}

pub(super) fn place_weekday(reference: Date, weekday: Weekday, dir: Dir) -> Option<Date> {
    let back = i64::from(reference.weekday().since(weekday));
    let ahead = i64::from(reference.weekday().until(weekday));
    let before = shift_days(reference, -back).map(|d| (d, back));
    let after = shift_days(reference, ahead).map(|d| (d, ahead));
    choose(before, after, dir)
}

pub(super) fn place_month(reference: Date, month: i8, dir: Dir) -> Option<(i16, i8)> {
    let (year, current) = (reference.year(), reference.month());
    let back = i64::from((current - month).rem_euclid(12));
    let ahead = i64::from((month - current).rem_euclid(12));
    let before = (if month <= current { year } else { year - 1 }, month);
    let after = (if month >= current { year } else { year + 1 }, month);
    choose(Some((before, back)), Some((after, ahead)), dir)
}

pub(super) fn place_month_day(reference: Date, month: i8, day: i8, dir: Dir) -> Option<Date> {
    // Eight years always contain a 29 February.
    let year = reference.year();
    let dated = |y: i16| Date::new(y, month, day).ok();
    let before = (year - 8..=year).rev().filter_map(dated).find(|d| *d <= reference);
    let after = (year..=year + 8).filter_map(dated).find(|d| *d >= reference);
    let with_distance = |d: Date| (d, days_between(d, reference));
    choose(before.map(with_distance), after.map(with_distance), dir)
}

/// The year label of the quarter or season meant: the latest that has begun by the reference
/// (past, so the one under way counts), the earliest not yet over (future), or the closer of
/// the two.
pub(super) fn place_period(reference: Date, period: Period, dir: Dir) -> Option<i16> {
    let distance = |(first, last): (Date, Date)| {
        if reference < first {
            days_between(reference, first)
        } else if reference > last {
            days_between(last, reference)
        } else {
            0
        }
    };
    let year = reference.year();
    let occurrences = || (year - 2..=year + 1).filter_map(|y| Some((y, period.bounds(y)?)));
    let before = occurrences().rev().find(|(_, b)| b.0 <= reference).map(|(y, b)| (y, distance(b)));
    let after = occurrences().find(|(_, b)| b.1 >= reference).map(|(y, b)| (y, distance(b)));
    choose(before, after, dir)
}

// ---------------------------------------------------------------------------------------------
// Tense: which way a bare weekday or month points
// ---------------------------------------------------------------------------------------------

/// How many words before and after a time expression its clause's tense cue is looked for.
const CLAUSE_REACH: usize = 40;

impl Scanner<'_> {
    /// The direction of the clause around tokens `start..end`.
    pub(super) fn direction(&self, start: usize, end: usize) -> Dir {
        // A deadline lies ahead unless a past cue governs it: "must answer by Friday", "said the
        // figures would be published by Thursday", "financed through April 30". The end of a
        // range ("from Monday through Friday") is no deadline: it follows its start.
        let joined = start > 0 && self.prev_hit_end == Some(start - 1);
        let deadline = !joined && self.after_any(start, DEADLINE_PREPOSITIONS);
        // "The next meeting is on July 31", "which begins on July 1": a date a few words after a
        // present-tense verb of a schedule is the nearest one, most often just ahead.
        let scheduled = (start.saturating_sub(4)..start).any(|j| self.is_any(j, SCHEDULE_PRESENT));
        match self.local_cue(start, end) {
            Some(dir) => dir,
            None if deadline => Dir::Future,
            None if scheduled => Dir::Nearest,
            None if self.future_anywhere() => Dir::Nearest,
            None => Dir::Past,
        }
    }

    pub(super) fn future_anywhere(&self) -> bool {
        *self.future_anywhere.get_or_init(|| (0..self.toks.len()).any(|j| self.cue(j) == Some(Dir::Future)))
    }

    /// The tense cue nearest before `start..end` in its clause, else the nearest after it. A
    /// participle without a tense of its own ("keeping the ministries financed through ...")
    /// ends the search backwards: the verbs before it govern another phrase.
    pub(super) fn local_cue(&self, start: usize, end: usize) -> Option<Dir> {
        // A clause is searched at most CLAUSE_REACH words either way: a cue further off
        // belongs to another clause, and an unbounded search is quadratic in a sentence with
        // no clause boundary (a pasted list of weekdays).
        let floor = start.saturating_sub(CLAUSE_REACH);
        let ceiling = (end + CLAUSE_REACH).min(self.toks.len());
        let lo = (floor..start)
            .rev()
            .find(|&j| self.ends_clause(j) && !(j + 1 == start && self.is_any(j, TIME_PREPOSITIONS)))
            .map_or(floor, |j| j + 1);
        let hi = (end..ceiling).find(|&j| self.ends_clause(j)).unwrap_or(ceiling);
        let before =
            (lo..start).rev().take_while(|&j| !self.tenseless_participle(j)).find_map(|j| self.cue(j));
        before.or_else(|| (end..hi).find_map(|j| self.cue(j)))
    }

    fn ends_clause(&self, j: usize) -> bool {
        self.is_any(j, CLAUSE_WORDS | CLAUSE_MARKS)
    }

    /// The tense a word signals, if any.
    pub(super) fn cue(&self, j: usize) -> Option<Dir> {
        let apostrophe_before = self.glued(j) && is_apostrophe(self.text(j.wrapping_sub(1)));
        let future = self.is_any(j, FUTURE_CUES)
            || self.forward_modal(j)
            || (self.is(j, "next") && self.names_a_time(j + 1))
            || (self.is(j, "ll") && apostrophe_before)
            || (self.is(j, "won") && self.glued(j + 1) && is_apostrophe(self.text(j + 1)))
            || (self.is_any(j, INTENT_CUES) && self.is(j + 1, "to"))
            || (self.is_any(j, SCHEDULE_CUES) && self.is(j + 1, "for"));
        let past_word = self.is_any(j, PAST_CUES) && !self.passive(j) && !self.tenseless_participle(j);
        if future {
            Some(Dir::Future)
        } else if past_word
            || self.past_participle(j)
            || (self.is_any(j, PAST_BEFORE_TO) && self.is(j + 1, "to"))
        {
            Some(Dir::Past)
        } else {
            None
        }
    }

    /// Whether the words from `i` name a time, so that "next" before them looks ahead: "next
    /// week", "next Monday", "next few months", "next three years", "next quarter". In "the
    /// party's next leader" it only orders things.
    fn names_a_time(&self, i: usize) -> bool {
        let head = if self.is_any(i, VAGUE_COUNTS) {
            i + 1
        } else if self.is(i, "couple") && self.is(i + 1, "of") {
            i + 2
        } else {
            self.count(i).map_or(i, |(_, end)| end)
        };
        matches!(self.lex(head), Lex::Unit(..) | Lex::Weekday(_) | Lex::Month(_) | Lex::Season(_))
            || self.is(head, "weekend")
            || self.is(head, "quarter")
    }

    /// "would" or "could" before a verb: what a report says would happen lies after the report
    /// ("said the figures would be published by Thursday"). Not when negated ("could not be
    /// reached on Tuesday" was a past attempt) or perfect ("would have met on Monday").
    fn forward_modal(&self, j: usize) -> bool {
        let next = j + 1;
        self.is_any(j, FORWARD_MODALS)
            && !(self.is(next, "not") || self.is(next, "never") || self.is(next, "have"))
            && !(self.glued(next) && is_apostrophe(self.text(next)))
    }

    /// A word shaped like a regular past form: "confirmed", "funded".
    fn participle_shaped(&self, j: usize) -> bool {
        let word = self.text(j);
        word.len() >= 5
            && word.ends_with("ed")
            && !word.ends_with("eed")
            && word != "hundred"
            && word.bytes().all(|b| b.is_ascii_lowercase())
    }

    /// A regular past form ("confirmed"), unless passive, without a tense of its own, or
    /// followed by "to" or "for" ("agreed to meet" and "planned for" look ahead).
    fn past_participle(&self, j: usize) -> bool {
        let looks_ahead = self.is(j + 1, "to") || self.is(j + 1, "for");
        self.participle_shaped(j) && !looks_ahead && !self.passive(j) && !self.non_finite(j)
    }

    /// A participle, regular or not ("funded", "kept"), in a non-finite clause.
    fn tenseless_participle(&self, j: usize) -> bool {
        let verb = self.participle_shaped(j)
            || (self.is_any(j, PAST_CUES) && !self.is(j, "ago") && !self.is(j, "yesterday"));
        verb && self.non_finite(j)
    }

    /// A participle after a form of "be" takes its tense from the auxiliary ("will be held",
    /// "was held") or is an adjective ("is isolated", "remain closed").
    pub(super) fn passive(&self, j: usize) -> bool {
        self.after_any(j, BE_FORMS)
    }

    /// A participle completing the object of a gerund or of "with" has no tense of its own:
    /// "keeping the ministries financed", ", leaving the city cut off", "with prices capped".
    /// Looks back a few words for the head, stopping at a finite verb or a clause boundary.
    fn non_finite(&self, j: usize) -> bool {
        for k in (j.saturating_sub(6)..j).rev() {
            let opens_clause = k == 0 || self.text(k - 1) == "," || self.is(k - 1, "and");
            if self.is_any(k, NON_FINITE_HEADS) || (self.gerund(k) && opens_clause) {
                return true;
            }
            let finite = self.is_any(k, PAST_CUES | FUTURE_CUES | BE_FORMS | FORWARD_MODALS)
                || self.participle_shaped(k);
            if finite || self.text(k) == "," || self.ends_clause(k) {
                return false;
            }
        }
        false
    }

    /// A lower-case "-ing" form that can head a clause: "keeping", "sending".
    pub(super) fn gerund(&self, k: usize) -> bool {
        let word = self.text(k);
        word.len() >= 6
            && word.ends_with("ing")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !self.is_any(k, FUNCTION_WORDS | DATE_PREPOSITIONS | CLAUSE_WORDS)
    }
}
