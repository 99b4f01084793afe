//! Resolution against the reference date: which way a bare weekday, month, month-day, season
//! or quarter points (the tense of its clause), and the occurrence that direction picks.

use jiff::civil::{Date, Weekday};

use super::lexicon::*;

/// Articles and possessives, after which a participle is an adjective ("a revised budget").
const ATTRIBUTIVE_DETERMINERS: Words = Words(ARTICLES.0 | YEAR_DETERMINERS.0);
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
    /// No tense in the clause: the past, the usual tense of news, for a weekday; for a month,
    /// date, season or quarter the occurrence the convention of the year picks (see
    /// [`choose_in_year`]).
    Unmarked,
}

/// Picks between the occurrence before and after the reference, each with its distance.
pub(super) fn choose<T>(before: Option<(T, i64)>, after: Option<(T, i64)>, dir: Dir) -> Option<T> {
    let pick = match (dir, before, after) {
        (Dir::Past | Dir::Unmarked, before, _) => before,
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
    let year = reference.year();
    let before = if month <= reference.month() { year } else { year - 1 };
    let after = if month >= reference.month() { year } else { year + 1 };
    let occurrence =
        |y: i16| Date::new(y, month, 1).ok().map(|first| Occurrence::new(reference, (y, month), first, None));
    choose_in_year(occurrence(before), occurrence(after), dir)
}

pub(super) fn place_month_day(reference: Date, month: i8, day: i8, dir: Dir) -> Option<Date> {
    place_annual(reference, dir, |y| Date::new(y, month, day).ok())
}

/// Places a day that recurs every year, `date_in` giving it for a year (none in a year
/// without it): a month-day or a holiday. Eight years always contain a 29 February.
pub(super) fn place_annual(reference: Date, dir: Dir, date_in: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    let year = reference.year();
    let before = (year - 8..=year).rev().filter_map(&date_in).find(|d| *d <= reference);
    let after = (year..=year + 8).filter_map(&date_in).find(|d| *d >= reference);
    let occurrence = |d: Date| Occurrence::new(reference, d, d, Some(d));
    choose_in_year(before.map(occurrence), after.map(occurrence), dir)
}

/// The year label of the quarter or season meant: the latest that has begun by the reference
/// (past, so the one under way counts), the earliest not yet over (future), or the closer of
/// the two.
pub(super) fn place_period(reference: Date, period: Period, dir: Dir) -> Option<i16> {
    let year = reference.year();
    let occurrences = || (year - 2..=year + 1).filter_map(|y| Some((y, period.bounds(y)?)));
    let occurrence =
        |(y, (first, last)): (i16, (Date, Date))| Occurrence::new(reference, y, first, Some(last));
    let before = occurrences().rev().find(|(_, b)| b.0 <= reference).map(occurrence);
    let after = occurrences().find(|(_, b)| b.1 >= reference).map(occurrence);
    choose_in_year(before, after, dir)
}

/// One occurrence of a month, date, season or quarter named without its year, and how far it
/// lies from the reference.
struct Occurrence<T> {
    value: T,
    /// Days between the reference and the nearest day of the occurrence (0 when under way).
    days: i64,
    /// Whole months between the reference's month and the occurrence's first month.
    months: i64,
    /// Whether the occurrence starts in the reference's calendar year.
    this_year: bool,
}

impl<T> Occurrence<T> {
    /// The occurrence from `first` to `last` (its month when `last` is `None`).
    fn new(reference: Date, value: T, first: Date, last: Option<Date>) -> Occurrence<T> {
        let last = last.unwrap_or_else(|| first.last_of_month());
        let days = if reference < first {
            days_between(reference, first)
        } else if reference > last {
            days_between(last, reference)
        } else {
            0
        };
        let index = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month());
        let months = (index(first) - index(reference)).abs();
        Occurrence { value, days, months, this_year: first.year() == reference.year() }
    }
}

/// How far from the reference, in months, a date named without its year may lie in another
/// calendar year.
const OTHER_YEAR_REACH: i64 = 6;

/// Picks the occurrence the tense points to. A clause without a tense of its own (`Unmarked`,
/// `Nearest`) follows the convention of news writing that a date without a year lies in the
/// year of publication ("the election in September", said in March): one in the year before
/// or after is meant only when it lies within six months ("in December", said in January),
/// else the occurrence in this year is; of two equally near occurrences, the one in this year
/// wins. A stated tense is obeyed: "the treaty was signed in June", said in March, is last June.
fn choose_in_year<T>(before: Option<Occurrence<T>>, after: Option<Occurrence<T>>, dir: Dir) -> Option<T> {
    let (picked, other) = match (dir, before, after) {
        (Dir::Past, before, _) => return before.map(|o| o.value),
        (Dir::Future, _, after) => return after.map(|o| o.value),
        (Dir::Unmarked, before, after) => (before, after),
        (Dir::Nearest, Some(b), Some(a)) => {
            let after_first = a.days < b.days || (a.days == b.days && a.this_year && !b.this_year);
            if after_first {
                (Some(a), Some(b))
            } else {
                (Some(b), Some(a))
            }
        }
        (Dir::Nearest, before, after) => (before.or(after), None),
    };
    let too_far = |o: &Occurrence<T>| !o.this_year && o.months > OTHER_YEAR_REACH;
    match (picked, other) {
        (Some(p), Some(o)) if too_far(&p) && o.this_year => Some(o.value),
        (picked, _) => picked.map(|p| p.value),
    }
}

// ---------------------------------------------------------------------------------------------
// Tense: which way a bare weekday or month points
// ---------------------------------------------------------------------------------------------

/// How many words before and after a time expression its clause's tense cue is looked for.
pub(super) const CLAUSE_REACH: usize = 40;
/// How many words before a date a present-tense verb of schedule governs it ("starts
/// debating it on Monday").
const SCHEDULE_REACH: usize = 6;
/// How many words before "to" and a date a verb of postponement governs it.
const POSTPONEMENT_REACH: usize = 10;
/// How many words after a date put off to it may tell what happened then: "until Monday, when
/// the runway reopened".
const TOLD_AFTER_REACH: usize = 6;

impl Scanner<'_> {
    /// The direction of the clause around tokens `start..end`: the nearest tense cue before
    /// the expression in its clause; else a schedule (ahead); else the nearest cue after it;
    /// else a deadline (ahead); else, when a present-tense verb of schedule follows or the sentence looks
    /// ahead elsewhere, the nearest occurrence; else unmarked.
    pub(super) fn direction(&self, start: usize, end: usize) -> Dir {
        // A deadline lies ahead unless a past cue governs it: "must answer by Friday", "said the
        // figures would be published by Thursday", "financed through April 30". The end of a
        // range ("from Monday through Friday") is no deadline: it follows its start.
        let joined = start > 0 && self.prev_hit_end == Some(start - 1);
        let deadline = !joined && self.after_any(start, DEADLINE_PREPOSITIONS);
        // "Game 4 is on Saturday", "which begins on July 1", "starts debating it on Monday": a
        // date a few words after a present-tense verb of a schedule lies ahead, whatever the
        // clause it sits in says after it ("which starts on March 27, had sold out").
        let scheduled =
            (start.saturating_sub(SCHEDULE_REACH)..start).any(|j| self.is_any(j, SCHEDULE_PRESENT));
        // "Sunday's stage is 20 laps": a present-tense verb right after keeps the day near.
        let present_after = (end..end + 4).any(|j| self.is_any(j, SCHEDULE_PRESENT));
        // "a premium of 38% to its closing price on Tuesday": a closing price is one already
        // recorded, whatever the deal's tense ("will pay").
        let closing_price = start >= 3
            && self.is(start - 1, "on")
            && (self.is(start - 2, "price") || self.is(start - 2, "prices"))
            && self.is(start - 3, "closing");
        if closing_price {
            return Dir::Past;
        }
        let (before, after) = self.clause_cues(start, end);
        // "The trial was adjourned until September", said in May: a past act that holds until a
        // date names it by the convention of the year, not in the past ("until last
        // September" would say so).
        let held_until = deadline && (self.is(start - 1, "until") || self.is(start - 1, "till"));
        // "adjourned the application over the assets to July 3", "classes were suspended until
        // Friday": what is put off to a date waits for it, unless the sentence tells what
        // happened after ("suspended until Monday, when the runway reopened", "extended until
        // April 12, ended last week") or the act is further back ("had extended").
        let postponed = || {
            (start.saturating_sub(POSTPONEMENT_REACH)..start)
                .find(|&j| self.is_any(j, POSTPONEMENT_VERBS))
                .is_some_and(|j| !(j > 0 && self.is(j - 1, "had")))
        };
        let told_after = || {
            (end..(end + TOLD_AFTER_REACH).min(self.toks.len()))
                // "postponed to Friday because lawmakers walked out": a cause came before.
                .take_while(|&j| {
                    !matches!(self.text(j), ";" | "because" | "as" | "after" | "since" | "following")
                })
                .any(|j| self.cue(j) == Some(Dir::Past) && !self.is_any(j, REPORTING_VERBS))
        };
        let put_off = (held_until || (start > 0 && self.is(start - 1, "to"))) && postponed() && !told_after();
        match (before, after) {
            (Some(Dir::Past), _) if put_off => Dir::Future,
            (Some(Dir::Past), _) if held_until => Dir::Unmarked,
            (Some(dir), _) => dir,
            _ if scheduled => Dir::Future,
            (None, Some(dir)) => dir,
            _ if deadline => Dir::Future,
            _ if present_after || self.future_anywhere() => Dir::Nearest,
            _ => Dir::Unmarked,
        }
    }

    /// Whether a word of the sentence other than an infinitive's "to" looks ahead.
    pub(super) fn future_anywhere(&self) -> bool {
        *self.future_anywhere.get_or_init(|| {
            (0..self.toks.len()).any(|j| !self.is(j, "to") && self.cue(j) == Some(Dir::Future))
        })
    }

    /// The tense cue nearest before `start..end` in its clause, else the nearest after it.
    pub(super) fn local_cue(&self, start: usize, end: usize) -> Option<Dir> {
        let (before, after) = self.clause_cues(start, end);
        before.or(after)
    }

    /// The tense cues nearest before and after `start..end` in its clause. A participle
    /// without a tense of its own ("keeping the ministries financed through ...") ends the
    /// search backwards: the verbs before it govern another phrase.
    fn clause_cues(&self, start: usize, end: usize) -> (Option<Dir>, Option<Dir>) {
        // A clause is searched at most CLAUSE_REACH words either way: a cue further off
        // belongs to another clause, and an unbounded search is quadratic in a sentence with
        // no clause boundary (a pasted list of weekdays).
        let floor = start.saturating_sub(CLAUSE_REACH);
        let ceiling = (end + CLAUSE_REACH).min(self.toks.len());
        let lo = self.clause_start(floor, start);
        let hi = (end..ceiling).find(|&j| self.ends_clause(j)).unwrap_or(ceiling);
        let before = self.cue_back(lo, start).map(|j| self.governed(lo, j));
        (before, (end..hi).find_map(|j| self.cue(j)))
    }

    /// Where the nearest cue before `end` and from `lo` is. A participle without a tense of
    /// its own, or a verb of expectation dated by the phrase after it ("it forecast in July"),
    /// ends the search: the verbs before govern another phrase.
    fn cue_back(&self, lo: usize, end: usize) -> Option<usize> {
        (lo..end)
            .rev()
            .take_while(|&j| !self.tenseless_participle(j) && !self.dated_expectation(j))
            .find(|&j| self.cue(j).is_some())
    }

    /// The direction of the cue at `j`. An active infinitive ("to cut", "to plant") takes the
    /// tense of the past verb governing it, as a purpose does ("had borrowed money to plant it
    /// in April"), unless that verb orders, decides or wants what follows ("ordered the trial to
    /// resume on Thursday", "urged the government to act before November"). A passive one
    /// ("a dividend to be paid on December 12") is a schedule and looks ahead.
    fn governed(&self, lo: usize, j: usize) -> Dir {
        let cue = self.cue(j).unwrap_or(Dir::Unmarked);
        if !self.infinitive(j) || self.is(j + 1, "be") {
            return cue;
        }
        match self.cue_back(lo, j) {
            Some(k) if self.cue(k) == Some(Dir::Past) && !self.is_any(k, DIRECTIVE_VERBS) => Dir::Past,
            _ => cue,
        }
    }

    /// Where the clause holding token `start` begins, at `floor` at the earliest. A
    /// parenthesis before the expression is stepped over, not taken for a boundary: "had
    /// borrowed Rs 600,000 (about $2,100) to plant it in April".
    fn clause_start(&self, floor: usize, start: usize) -> usize {
        let mut j = start;
        while j > floor {
            j -= 1;
            if self.text(j) == ")" {
                match (floor..j).rev().find(|&k| self.text(k) == "(") {
                    Some(open) => j = open,
                    None => return j + 1,
                }
            } else if self.ends_clause(j) && !(j + 1 == start && self.is_any(j, TIME_PREPOSITIONS)) {
                return j + 1;
            }
        }
        floor
    }

    fn ends_clause(&self, j: usize) -> bool {
        self.is_any(j, CLAUSE_WORDS | CLAUSE_MARKS)
    }

    /// The tense a word signals, if any. A word inside a compound ("left-hander",
    /// "open-ended") is no verb.
    pub(super) fn cue(&self, j: usize) -> Option<Dir> {
        if self.in_compound(j) {
            return None;
        }
        let apostrophe_before = self.glued(j) && is_apostrophe(self.text(j.wrapping_sub(1)));
        let future = self.is_any(j, FUTURE_CUES)
            || self.forward_modal(j)
            || (self.is(j, "next") && self.names_a_time(j + 1))
            || (self.is(j, "ll") && apostrophe_before)
            || (self.is(j, "won") && self.glued(j + 1) && is_apostrophe(self.text(j + 1)))
            || (self.is_any(j, INTENT_CUES) && self.infinitive(j + 1))
            || (self.is_any(j, SCHEDULE_CUES) && self.is(j + 1, "for"))
            || self.expectation(j)
            || (self.infinitive(j) && !(j > 0 && self.past_before_to(j - 1)));
        let past_word = self.is_any(j, PAST_CUES)
            && !self.passive(j)
            && !self.tenseless_participle(j)
            && !self.after_any(j, ATTRIBUTIVE_DETERMINERS);
        if future {
            Some(Dir::Future)
        } else if past_word || self.past_participle(j) || self.past_before_to(j) {
            Some(Dir::Past)
        } else {
            None
        }
    }

    /// "refused to", "failed to": a past verb whose infinitive happens when it does.
    fn past_before_to(&self, j: usize) -> bool {
        self.is_any(j, PAST_BEFORE_TO) && self.is(j + 1, "to") && !self.passive(j)
    }

    /// Whether token `j` is joined by a hyphen to the word before or after it.
    fn in_compound(&self, j: usize) -> bool {
        let joined_before = j >= 2 && self.glued(j) && self.glued_hyphen(j - 1);
        let joined_after = self.glued_hyphen(j + 1) && self.glued(j + 2);
        joined_before || joined_after
    }

    /// "to" before a verb: what is to be done lies ahead of the clause that wants, orders or
    /// plans it ("ordered the trial to resume on Thursday", "a dividend to be paid on December
    /// 12", "urged the government to act before November"). After "failed", "refused" and the
    /// like the infinitive happens when they do (see `cue`).
    fn infinitive(&self, j: usize) -> bool {
        self.is(j, "to") && self.base_verb(j + 1)
    }

    /// A word that can be the bare verb of an infinitive: lower case, not a function word, an
    /// inflected form ("-s", "-ed", "-ing", "-ly") or a noun of its shape ("agreement") or
    /// list ("court", "power", "date").
    fn base_verb(&self, j: usize) -> bool {
        let word = self.text(j);
        let noun_shaped = ["ment", "tion", "sion", "ity", "ance", "ence", "ness", "ship"]
            .iter()
            .any(|suffix| word.ends_with(suffix));
        let inflected = (word.ends_with('s') && !word.ends_with("ss"))
            || ["ed", "ing", "ly"].iter().any(|suffix| word.ends_with(suffix));
        let verb_shaped = word.len() >= 2
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && self.lex(j) == Lex::Other
            && !self.is_any(j, FUNCTION_WORDS | DETERMINERS | DATE_PREPOSITIONS | NOUNS_AFTER_TO)
            && !noun_shaped
            && !inflected;
        verb_shaped || self.is(j, "be") || self.is(j, "have")
    }

    /// A present-tense verb of expectation with its object ("expects no move until December",
    /// "forecast more rain over the weekend"): what is expected lies ahead. Not the date of the
    /// forecast itself ("forecast on Monday that ...") nor the noun ("the forecast for June").
    fn expectation(&self, j: usize) -> bool {
        self.is_any(j, EXPECTATION_VERBS)
            && !self.after_any(j, ATTRIBUTIVE_DETERMINERS)
            && !self.dated_expectation(j)
    }

    /// A verb of expectation followed by the date of the expecting: "it forecast in July".
    fn dated_expectation(&self, j: usize) -> bool {
        let dated = self.is_any(j + 1, DATE_PREPOSITIONS) || self.is(j + 1, "on") || self.is(j + 1, "for");
        dated && self.is_any(j, EXPECTATION_VERBS)
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
    /// ("said the figures would be published by Thursday", "would not start on Sunday"). Not
    /// perfect ("would have met on Monday"), nor a "could" negated ("could not be reached on
    /// Tuesday" was a past attempt).
    fn forward_modal(&self, j: usize) -> bool {
        let next = j + 1;
        let perfect = self.is(next, "have")
            || (self.glued(next) && is_apostrophe(self.text(next)) && self.is(next + 1, "ve"));
        let past_ability = self.is(j, "could") && (self.is(next, "not") || self.is(next, "never"));
        self.is_any(j, FORWARD_MODALS) && !perfect && !past_ability
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

    /// A regular past form ("confirmed"), unless passive, without a tense of its own, an
    /// adjective after a determiner ("a revised budget"), or followed by "to" or "for" ("agreed
    /// to meet" and "planned for" look ahead).
    fn past_participle(&self, j: usize) -> bool {
        let looks_ahead = self.is(j + 1, "to") || self.is(j + 1, "for");
        self.participle_shaped(j)
            && !looks_ahead
            && !self.passive(j)
            && !self.non_finite(j)
            && !self.after_any(j, ATTRIBUTIVE_DETERMINERS)
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
