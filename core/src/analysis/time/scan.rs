//! The scanner: the recognised expressions (`Hit`), the token tests every pattern uses, and
//! the order in which the patterns are tried at each token.

use std::cell::OnceCell;

use jiff::civil::Date;

use super::super::span::{Label, Span, SpanValue, TimeValue};
use super::anchor::Anchor;
use super::lexicon::*;

/// One recognised expression, in token indices (end exclusive).
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: TimeValue,
    pub(super) rule: &'static str,
}

pub(super) fn hit(start: usize, end: usize, value: Option<TimeValue>, rule: &'static str) -> Option<Hit> {
    Some(Hit { start, end, value: value?, rule })
}

/// Where a candidate starts (`start`, a modifier such as "early" when present) and where its
/// head is (`core`).
#[derive(Clone, Copy)]
pub(super) struct At {
    pub(super) start: usize,
    pub(super) core: usize,
}

impl At {
    pub(super) fn modified(self) -> bool {
        self.core > self.start
    }
}

pub(super) struct Scanner<'a> {
    pub(super) toks: Vec<Tok<'a>>,
    pub(super) reference: Option<Date>,
    /// Where the previous expression ended, so "June and August" can share "in".
    pub(super) prev_hit_end: Option<usize>,
    /// Whether any word of the sentence is a future cue, worked out on first need.
    pub(super) future_anywhere: OnceCell<bool>,
    /// The time last named in the document, for "a week later".
    pub(super) anchor: Anchor,
}

impl Scanner<'_> {
    pub(super) fn span(&self, hit: Hit) -> Span {
        Span::new(
            self.toks[hit.start].start..self.toks[hit.end - 1].end,
            Label::Time,
            SpanValue::Time(hit.value),
            hit.rule,
        )
    }

    // --- token access; every index may be out of range ---

    pub(super) fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    pub(super) fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Other, |t| t.lex)
    }

    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` belongs to one of the word classes `words`.
    pub(super) fn is_any(&self, i: usize, words: Words) -> bool {
        self.toks.get(i).is_some_and(|t| t.words.0 & words.0 != 0)
    }

    /// Whether the token before `i` belongs to one of the word classes `words`.
    pub(super) fn after_any(&self, i: usize, words: Words) -> bool {
        i > 0 && self.is_any(i - 1, words)
    }

    /// Whether token `i` touches the token before it (no space between).
    pub(super) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    pub(super) fn glued_hyphen(&self, i: usize) -> bool {
        self.glued(i) && is_hyphen(self.text(i))
    }

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A lower-case word that is not a function word: a noun or verb the expression would
    /// modify or be the object of.
    pub(super) fn content_word(&self, i: usize) -> bool {
        let starts_lower = self.text(i).chars().next().is_some_and(char::is_lowercase);
        starts_lower && !self.is_any(i, FUNCTION_WORDS)
    }

    /// Whether an expression ending before `i` stands as a noun phrase of its own.
    pub(super) fn ends_phrase(&self, i: usize) -> bool {
        !self.content_word(i) && !self.glued_hyphen(i)
    }

    /// A count written in digits or words: "10", "1,000", "three", "twenty-five".
    pub(super) fn count(&self, i: usize) -> Option<(u64, usize)> {
        match self.lex(i) {
            Lex::Numeric => Some((count_digits(self.text(i))?, i + 1)),
            Lex::Count(tens) if tens >= 20 && self.glued_hyphen(i + 1) && self.glued(i + 2) => {
                match self.lex(i + 2) {
                    Lex::Count(units) if units < 10 => Some((u64::from(tens + units), i + 3)),
                    _ => Some((u64::from(tens), i + 1)),
                }
            }
            Lex::Count(n) => Some((u64::from(n), i + 1)),
            _ => None,
        }
    }

    /// An ordinal: "21st", "third", "twenty-first".
    pub(super) fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lex::Numeric => Some((ordinal_digits(self.text(i))?, i + 1)),
            Lex::Ordinal(n) => Some((n, i + 1)),
            Lex::Count(tens) if tens >= 20 && self.glued_hyphen(i + 1) && self.glued(i + 2) => {
                match self.lex(i + 2) {
                    Lex::Ordinal(units) if units < 10 => Some((tens + units, i + 3)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub(super) fn match_at(&self, i: usize) -> Option<Hit> {
        if self.lex(i) == Lex::Other && !self.is_any(i, HOLIDAY_STARTS) {
            return None;
        }
        self.decade_or_century(i)
            .or_else(|| self.around_now(i))
            .or_else(|| self.set(i))
            .or_else(|| self.duration(i))
            .or_else(|| self.vague_plural(i))
            .or_else(|| self.vague_ref(i))
            .or_else(|| self.anchored(i))
    }

    /// Expressions that may take a leading "early", "late", "mid-", "earlier" or "later".
    pub(super) fn anchored(&self, i: usize) -> Option<Hit> {
        let at = At { start: i, core: self.skip_modifier(i) };
        self.iso_date(at)
            .or_else(|| self.part_of_a_date(at))
            .or_else(|| self.day_month(at))
            .or_else(|| self.day_before_day_month(at))
            .or_else(|| self.day_after_month_day(at))
            .or_else(|| self.holiday(at))
            .or_else(|| self.clock(at))
            .or_else(|| self.month(at))
            .or_else(|| self.weekday(at))
            .or_else(|| self.season(at))
            .or_else(|| self.relative(at))
            .or_else(|| self.the_weekend(at))
            .or_else(|| self.phase_of_this_unit(at))
            .or_else(|| self.deictic_day(at))
            .or_else(|| self.that_part_of_day(at))
            .or_else(|| self.period_of_year(at))
            .or_else(|| self.quarter(at))
            .or_else(|| self.year(at))
    }

    pub(super) fn skip_modifier(&self, i: usize) -> usize {
        // "the end of 2017", "the start of March": the span keeps the phrase, the value is the
        // period itself.
        let phase = ["end", "start", "beginning", "middle"].iter().any(|w| self.is(i + 1, w));
        if self.is(i, "the") && phase && self.is(i + 2, "of") {
            return i + 3;
        }
        if self.is(i, "mid") {
            if self.glued_hyphen(i + 1) {
                i + 2
            } else {
                i + 1
            }
        } else if self.is_any(i, MODIFIERS) {
            // "late on Sunday" is "late Sunday", but not after a verb or a delay, where "late"
            // is tardy ("was 40 minutes late on Monday", "paid late on Friday").
            let tardy = i > 0 && {
                let before = self.text(i - 1);
                before.ends_with("ed") || self.is_any(i - 1, BE_FORMS) || self.is_any(i - 1, TARDY_BEFORE)
            };
            let on_weekday = !tardy && self.is(i + 1, "on") && matches!(self.lex(i + 2), Lex::Weekday(_));
            if on_weekday {
                i + 2
            } else {
                i + 1
            }
        } else {
            i
        }
    }

    /// Whether a bare month, season or year at `at` reads as a date: after a modifier, a time
    /// preposition, or a conjunction joining it to the previous date.
    pub(super) fn has_date_context(&self, at: At) -> bool {
        let joined = at.start > 0
            && self.prev_hit_end == Some(at.start - 1)
            && self.is_any(at.start - 1, DATE_CONJUNCTIONS);
        at.modified() || joined || self.after_any(at.start, DATE_PREPOSITIONS)
    }

    /// Resolves against the reference date when it is known, else builds the unresolved form.
    pub(super) fn resolve<T>(
        &self,
        known: impl FnOnce(Date) -> Option<T>,
        unknown: impl FnOnce() -> Option<T>,
    ) -> Option<T> {
        match self.reference {
            Some(reference) => known(reference),
            None => unknown(),
        }
    }
}
