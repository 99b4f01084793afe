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
//! - **Bare weekdays, months, month-days and seasons** are placed by the tense of their clause
//!   (the words up to the nearest "that", "which", "following", ";", dash or quote mark): the
//!   nearest tense cue before the expression, else after it. A past cue ("said", "-ed", "was")
//!   picks the latest occurrence on or before the reference; a future cue ("will", "expected
//!   to", "next week") the earliest on or after it. Both include the reference day itself,
//!   because news style names the day of publication by its weekday ("said Tuesday" in a Tuesday
//!   paper). "next" is a cue only before a time word: "the bloc's next budget" orders budgets.
//!   "failed/refused/declined to" + verb stay past ("failed to agree on Thursday"); "would" and
//!   "could" + verb look ahead from the report they sit in ("said results would be announced by
//!   Wednesday"), unless negated or perfect ("could not be reached", "would have"). A participle
//!   completing the object of a gerund or "with" has no tense ("keeping the government funded
//!   through ...", "with roads closed until ..."), and the search for a cue stops there; after
//!   "be", "remain" or "stay" a participle takes the tense of that verb. A clause without a cue
//!   inside a sentence with a future cue elsewhere takes the nearest occurrence ("will travel on
//!   Wednesday following a briefing on Monday"). A deadline ("by", "until", "till", "through")
//!   lies ahead unless a past cue governs it ("must answer by Friday", "funded through November
//!   21"); the end of a range ("from Monday through Friday") is no deadline. A sentence without
//!   any future cue defaults to the past, the usual tense of news. "over the weekend" is placed
//!   the same way.
//!   A weekday inside a capitalised name ("Good Friday", "Super Tuesday", "the Sunday Times")
//!   is left alone: it names a holiday, an event or a title, not a day to place.
//! - **last / this / next.** "last Monday" is the latest Monday strictly before the reference,
//!   "next Monday" the earliest strictly after it, "this Monday" the Monday of the reference's
//!   ISO week. "last week/month/quarter/year" shift the reference's ISO week, month, quarter or
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
//! - **Quarters**: "the third quarter", "third-quarter", "Q3" = `2025-Q3`, placed by tense like
//!   a season: in the past the latest such quarter that has begun by the reference (so the one
//!   under way counts), in the future the earliest not yet over. "the third quarter of 2024",
//!   "Q3 2024" and "the first quarter of last year" name their year. The value carries the
//!   quarter's days as its interval and no precision (there is no quarter precision). Not
//!   quarters: "a third quarter of" (a fraction), "the third quarter in a row" (a count),
//!   "fiscal" quarters (not calendar ones), "the first quarter of the century".
//! - **Years** (1000–2199) are years only where English makes them so: after a time preposition
//!   ("in", "since", "by", ...), a modifier ("early", "mid-") or another date, with a month or
//!   season, before a noun a year is a benchmark for ("from 2019 levels", "at 1990 prices"), or
//!   as a modifier between a determiner and a singular noun ("the 2022 invasion").
//!   A following plural noun makes them a count ("in 1500 cases"); numbers with commas never
//!   are years.
//! - **Decades and centuries**: "the 1950s" = `195X`, "the '90s" = `199X` ('00s and '10s are
//!   this century), "the 2000s" = `200X`; "the 1900s" and earlier hundreds name centuries
//!   (`19`), as they do in usage. "21st century" = `20`, the first two digits of its years.
//! - **Durations** need a count ("three years", "10-day", "several months") or, for a single
//!   unit ("a year"), a word that makes it a length ("for", "within", "nearly", "-long", "of");
//!   bare plurals ("months") need a verb or preposition of duration before them ("spent months",
//!   "for years", "in decades") or "of"/"ago"/"-long"/"-old" after. Ages ("a 25-year-old",
//!   "three years old") are not durations. Halves are decimals: "a year and a half" = `P1.5Y`.
//! - **Sets**: "a month" after an amount ("$2,000 a month", "twice a year"), "per month",
//!   "each week", "every day", "every two years", "on Mondays".
//! - **Vague**: `now` (also in "now that" and "until now": it still names the present),
//!   `currently`, `nowadays`, `these days`, "at present" → PRESENT_REF;
//!   `the future`, `the coming weeks`, `the next few weeks`, `the weeks ahead` → FUTURE_REF;
//!   `the past`, `the past few weeks`, `recent years`, `years ago` → PAST_REF. "today" is the
//!   reference day when its clause has a tense cue or a part of day ("said today", "today's
//!   meeting will"), else the present era ("North Korea today is"). "soon", "recently",
//!   "previously", "already", "once", "formerly" and "later" are judgements of order, not TIME.
//! - **Clock times** ("3 p.m.", "10:30 a.m.") get `XXXX-XX-XXT15:00`: the day they belong to
//!   is not reliably the reference day, so it stays unknown, unless their sentence places
//!   exactly one day ("struck at 4:10 a.m. on Monday" = `2025-03-10T04:10`).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};

use super::span::{Label, Precision, Span, SpanValue, TimeValue, TimexType};

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
    let sentence = char_bounded(text, sentence);
    let mut scanner = Scanner {
        toks: tokenize(text, sentence),
        reference,
        prev_hit_end: None,
        future_anywhere: OnceCell::new(),
    };
    let mut hits = Vec::new();
    let mut i = 0;
    while i < scanner.toks.len() {
        match scanner.match_at(i) {
            Some(hit) => {
                scanner.prev_hit_end = Some(hit.end);
                i = hit.end.max(i + 1);
                hits.push(hit);
            }
            None => i += 1,
        }
    }
    anchor_clock_times(&mut hits);
    hits.into_iter().map(|hit| scanner.span(hit)).collect()
}

/// A clock time takes the day of its sentence when the sentence places exactly one day: "the
/// polls close at 8 p.m. on Thursday" = `2025-03-13T20:00`.
fn anchor_clock_times(hits: &mut [Hit]) {
    let mut days = hits.iter().filter_map(|h| match h.value.interval {
        Some((first, last)) if first == last && h.value.precision == Some(Precision::Day) => Some(first),
        _ => None,
    });
    let Some(day) = days.next() else { return };
    if days.any(|other| other != day) {
        return;
    }
    for hit in hits.iter_mut().filter(|h| h.rule == "time:clock") {
        let (Some(anchored), Some(clock)) = (day_value(day), hit.value.timex.strip_prefix("XXXX-XX-XX"))
        else {
            continue;
        };
        hit.value = TimeValue { timex: format!("{}{clock}", anchored.timex), ..anchored };
    }
}

/// Clamps a caller's range to `text` and to character boundaries, so slicing cannot panic.
fn char_bounded(text: &str, range: Range<usize>) -> Range<usize> {
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

// ---------------------------------------------------------------------------------------------
// Tokens and the time lexicon
// ---------------------------------------------------------------------------------------------

/// One word (a run of letters and digits; "2,000" and "1.5" stay whole) or punctuation mark.
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    lex: Lex,
    /// The word classes of `time_words.txt` that the token belongs to.
    words: Words,
}

/// What a token can contribute to a time expression; `Other` tokens never start one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    Other,
    /// Starts with a digit: a number, year, day, ordinal ("21st") or decade ("1950s").
    Numeric,
    /// A month name or abbreviation, 1-based.
    Month(i8),
    Weekday(Weekday),
    /// "Mondays": a recurring weekday.
    Weekdays(Weekday),
    Season(Season),
    Unit(Unit, Plurality),
    /// A number word: "three", "twenty", "dozen".
    Count(u32),
    /// An ordinal word: "first" ... "twentieth".
    Ordinal(u32),
    /// A quarter of the year in short form, 1-based: "Q3".
    Quarter(i8),
    /// Any other word that can begin or modify an expression: "the", "last", "nearly", "now".
    Trigger,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plurality {
    One,
    Many,
}

/// A unit of duration with its TIMEX3 designator, from the shortest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
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
    /// The TIMEX3 duration letters: `P3Y`, `PT5H`, `P2DE`.
    fn designator(self) -> &'static str {
        match self {
            Unit::Minute | Unit::Month => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }

    /// A TIMEX3 duration of `count` units (`X` when vague): `P3Y`, `PXM`, `PT24H`.
    fn duration(self, count: Option<u64>) -> String {
        let time = if matches!(self, Unit::Minute | Unit::Hour) { "T" } else { "" };
        let n = count.map_or_else(|| "X".to_string(), |n| n.to_string());
        format!("P{time}{n}{}", self.designator())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// First and last day of the season labelled `year` (winter runs into the next year).
    fn bounds(self, year: i16) -> Option<(Date, Date)> {
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
    fn current_year(self, reference: Date) -> i16 {
        if self == Season::Winter && reference.month() <= 2 {
            reference.year() - 1
        } else {
            reference.year()
        }
    }
}

// The vocabulary: `core/data/time_words.txt`, read once into one hash map from a lower-cased
// word to its calendar meaning and the word classes it belongs to, so that every test of a
// token against a list is a bit test on flags computed when the sentence is split.

/// A set of word classes, one bit per list of `time_words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Words(u64);

impl std::ops::BitOr for Words {
    type Output = Words;
    fn bitor(self, other: Words) -> Words {
        Words(self.0 | other.0)
    }
}

/// Prepositions after which a month, season or year is a date ("in June", "since 2014").
const DATE_PREPOSITIONS: Words = Words(1 << 0);
/// Words that join a second date to the one just found: "June and August", "2020 to 2022".
const DATE_CONJUNCTIONS: Words = Words(1 << 1);
/// Determiners that make "last week" a noun phrase ("the last week of the war").
const DETERMINERS: Words = Words(1 << 2);
/// Determiners before an attributive year: "the 2022 invasion".
const YEAR_DETERMINERS: Words = Words(1 << 3);
/// Lower-case words that can follow a time expression without being a noun it modifies.
const FUNCTION_WORDS: Words = Words(1 << 4);
/// Words and marks that end a clause for the purpose of finding its tense.
const CLAUSE_WORDS: Words = Words(1 << 5);
const CLAUSE_MARKS: Words = Words(1 << 6);
/// Clause words that are prepositions when a date follows at once ("until Friday").
const TIME_PREPOSITIONS: Words = Words(1 << 7);
/// "by", "until": a date after one with no tense of its own lies ahead.
const DEADLINE_PREPOSITIONS: Words = Words(1 << 8);
const FUTURE_CUES: Words = Words(1 << 9);
/// Verbs of intention or schedule, future when followed by "to": "expected to", "plans to".
const INTENT_CUES: Words = Words(1 << 10);
/// Verbs of schedule, future when followed by "for": "scheduled for Thursday".
const SCHEDULE_CUES: Words = Words(1 << 11);
const PAST_CUES: Words = Words(1 << 12);
const BE_FORMS: Words = Words(1 << 13);
/// "early", "late", "earlier", "later" before a date.
const MODIFIERS: Words = Words(1 << 14);
/// Hedges kept inside a duration's span: "nearly three years".
const HEDGES: Words = Words(1 << 15);
/// Words before "a year" or a bare "years" that make it a length of time.
const DURATION_LEADS: Words = Words(1 << 16);
/// Words after a unit that make it a length of time: "a year of war", "months later".
const DURATION_TAILS: Words = Words(1 << 17);
/// Words after a bare plural unit that make it a length: "months of talks".
const PLURAL_TAILS: Words = Words(1 << 18);
/// Words after "a day" that make it a point in time, not a rate: "a day after the raid".
const RELATIVE_TAILS: Words = Words(1 << 19);
const IRREGULAR_PLURALS: Words = Words(1 << 20);
const WEEKEND_PREPOSITIONS: Words = Words(1 << 21);
const AMOUNT_WORDS: Words = Words(1 << 22);
const ARTICLES: Words = Words(1 << 23);
const VAGUE_COUNTS: Words = Words(1 << 24);
const PRESENT_WORDS: Words = Words(1 << 25);
const FUTURE_ADJECTIVES: Words = Words(1 << 26);
/// "would", "could": forward from the time of a report.
const FORWARD_MODALS: Words = Words(1 << 27);
/// Verbs that stay past before "to": "failed to agree on Thursday".
const PAST_BEFORE_TO: Words = Words(1 << 28);
/// Words after which a participle completes an object: "keeping the government funded".
const NON_FINITE_HEADS: Words = Words(1 << 29);
/// Nouns that make the year before them a date: "from 2019 levels".
const YEAR_BENCHMARKS: Words = Words(1 << 30);

/// The unordered sections of `time_words.txt` and their word classes.
const WORD_CLASSES: &[(&str, Words)] = &[
    ("date_prepositions", DATE_PREPOSITIONS),
    ("date_conjunctions", DATE_CONJUNCTIONS),
    ("determiners", DETERMINERS),
    ("year_determiners", YEAR_DETERMINERS),
    ("function_words", FUNCTION_WORDS),
    ("clause_words", CLAUSE_WORDS),
    ("clause_marks", CLAUSE_MARKS),
    ("time_prepositions", TIME_PREPOSITIONS),
    ("deadline_prepositions", DEADLINE_PREPOSITIONS),
    ("future_cues", FUTURE_CUES),
    ("intent_cues", INTENT_CUES),
    ("schedule_cues", SCHEDULE_CUES),
    ("past_cues", PAST_CUES),
    ("be_forms", BE_FORMS),
    ("modifiers", MODIFIERS),
    ("hedges", HEDGES),
    ("duration_leads", DURATION_LEADS),
    ("duration_tails", DURATION_TAILS),
    ("plural_tails", PLURAL_TAILS),
    ("relative_tails", RELATIVE_TAILS),
    ("irregular_plurals", IRREGULAR_PLURALS),
    ("weekend_prepositions", WEEKEND_PREPOSITIONS),
    ("amount_words", AMOUNT_WORDS),
    ("articles", ARTICLES),
    ("vague_counts", VAGUE_COUNTS),
    ("present_words", PRESENT_WORDS),
    ("future_adjectives", FUTURE_ADJECTIVES),
    ("forward_modals", FORWARD_MODALS),
    ("past_before_to", PAST_BEFORE_TO),
    ("non_finite_heads", NON_FINITE_HEADS),
    ("year_benchmarks", YEAR_BENCHMARKS),
];

const SEASONS: [Season; 4] = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];
const UNITS: [Unit; 8] =
    [Unit::Minute, Unit::Hour, Unit::Day, Unit::Week, Unit::Month, Unit::Year, Unit::Decade, Unit::Century];

/// What the vocabulary knows of one lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    lex: Option<Lex>,
    words: Words,
}

struct Vocabulary {
    entries: HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>,
    /// The longest entry in bytes: longer tokens are not looked up.
    longest: usize,
    /// The length of each month's full name, to tell "Sept" from "September".
    month_name_lens: [usize; 12],
}

/// FNV-1a: the vocabulary's keys are short words, for which SipHash is needlessly slow.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The vocabulary, built once from `core/data/time_words.txt`.
fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| Vocabulary::parse(include_str!("../../data/time_words.txt")))
}

impl Vocabulary {
    /// Reads `[section]` headers and one entry per line; `#` starts a comment line. Unknown
    /// sections are ignored, so the file can carry notes for other readers.
    fn parse(src: &'static str) -> Vocabulary {
        let sections = sections(src);
        let section = |name: &str| -> &[&'static str] {
            sections.iter().find(|(n, _)| *n == name).map_or(&[], |(_, entries)| entries.as_slice())
        };
        let mut vocabulary = Vocabulary { entries: HashMap::default(), longest: 0, month_name_lens: [0; 12] };
        let weekday = |i: usize| Weekday::from_monday_zero_offset(i as i8).unwrap_or(Weekday::Monday);
        type Meaning<'f> = &'f dyn Fn(usize) -> Option<Lex>;
        let ordered: [(&str, Meaning); 12] = [
            ("triggers", &|_| Some(Lex::Trigger)),
            ("months", &|i| Some(Lex::Month(i8::try_from(i + 1).ok().filter(|m| *m <= 12)?))),
            ("month_abbreviations", &|i| Some(Lex::Month(i8::try_from(i + 1).ok().filter(|m| *m <= 12)?))),
            ("weekdays", &|i| Some(Lex::Weekday(weekday(i)))),
            ("weekday_plurals", &|i| Some(Lex::Weekdays(weekday(i)))),
            ("seasons", &|i| Some(Lex::Season(*SEASONS.get(i)?))),
            ("units", &|i| Some(Lex::Unit(*UNITS.get(i)?, Plurality::One))),
            ("unit_plurals", &|i| Some(Lex::Unit(*UNITS.get(i)?, Plurality::Many))),
            ("counts", &|i| Some(Lex::Count(u32::try_from(i).ok()? + 1))),
            ("tens", &|i| Some(Lex::Count(u32::try_from(i).ok()? * 10 + 30))),
            ("ordinals", &|i| Some(Lex::Ordinal(u32::try_from(i).ok()? + 1))),
            ("quarters", &|i| Some(Lex::Quarter(i8::try_from(i + 1).ok().filter(|q| *q <= 4)?))),
        ];
        for (name, lex) in ordered {
            for (i, &word) in section(name).iter().enumerate() {
                vocabulary.entries.entry(word).or_default().lex = lex(i);
            }
        }
        for (i, word) in section("months").iter().take(12).enumerate() {
            vocabulary.month_name_lens[i] = word.len();
        }
        for line in section("aliases") {
            if let Some((alias, word)) = line.split_once(' ') {
                let lex = vocabulary.entries.get(word.trim()).and_then(|e| e.lex);
                vocabulary.entries.entry(alias).or_default().lex = lex;
            }
        }
        for &(name, class) in WORD_CLASSES {
            for &word in section(name) {
                let entry = vocabulary.entries.entry(word).or_default();
                entry.words = entry.words | class;
            }
        }
        vocabulary.longest = vocabulary.entries.keys().map(|k| k.len()).max().unwrap_or(0);
        vocabulary
    }

    /// The entry of `word`, compared case-insensitively (ASCII).
    fn lookup(&self, word: &str) -> Entry {
        const MAX: usize = 32;
        let bytes = word.as_bytes();
        if bytes.len() > self.longest || bytes.len() > MAX {
            return Entry::default();
        }
        let mut buf = [0u8; MAX];
        for (lower, b) in buf.iter_mut().zip(bytes) {
            *lower = b.to_ascii_lowercase();
        }
        // Lower-casing ASCII bytes keeps UTF-8 valid.
        let lower = std::str::from_utf8(&buf[..bytes.len()]).unwrap_or_default();
        self.entries.get(lower).copied().unwrap_or_default()
    }
}

/// The sections of a word-list file in order, each with its entries in order.
fn sections(src: &'static str) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut sections: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => sections.push((name, Vec::new())),
            None => {
                if let Some((_, entries)) = sections.last_mut() {
                    entries.push(line);
                }
            }
        }
    }
    sections
}

/// The length of a month's full name, to tell "Sept" from "September".
fn month_name_len(month: i8) -> usize {
    usize::try_from(month - 1).ok().and_then(|i| vocabulary().month_name_lens.get(i).copied()).unwrap_or(0)
}

/// Splits `text[range]` into tokens with absolute byte offsets.
fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let vocabulary = vocabulary();
    let base = range.start;
    let s = &text[range];
    let bytes = s.as_bytes();
    let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
    let mut toks = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            // A comma or point between digits keeps a number whole: "2,000", "1.5".
            while let Some(&(j, d)) = chars.peek() {
                let inside_number = matches!(d, ',' | '.') && digit_at(j.wrapping_sub(1)) && digit_at(j + 1);
                if !(d.is_alphanumeric() || inside_number) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        } else if c.is_whitespace() {
            continue;
        }
        let word = &s[start..end];
        let (lex, words) = if c.is_ascii_digit() {
            (Lex::Numeric, Words::default())
        } else {
            let entry = vocabulary.lookup(word);
            let lex = if c.is_ascii_alphabetic() {
                entry.lex.unwrap_or(Lex::Other)
            } else if is_apostrophe(word) {
                Lex::Trigger
            } else {
                Lex::Other
            };
            (lex, entry.words)
        };
        toks.push(Tok { text: word, start: base + start, end: base + end, lex, words });
    }
    toks
}

fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "\u{2019}")
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

// ---------------------------------------------------------------------------------------------
// Number parsing
// ---------------------------------------------------------------------------------------------

/// A run of ASCII digits, at most nine of them.
fn digits(s: &str) -> Option<u32> {
    let ok = !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}

/// A count written in digits, with thousands separators: "10", "1,000".
fn count_digits(s: &str) -> Option<u64> {
    let mut groups = s.split(',');
    let first = groups.next()?;
    // "0400 hours" is a clock reading, not a count.
    if first.len() > 1 && first.starts_with('0') {
        return None;
    }
    let mut n = u64::from(digits(first).filter(|_| first.len() <= 3 || !s.contains(','))?);
    for group in groups {
        n = n.checked_mul(1000)?.checked_add(u64::from(digits(group).filter(|_| group.len() == 3)?))?;
    }
    Some(n)
}

/// A plausible calendar year written as four digits: 1000 to 2199.
fn year_digits(s: &str) -> Option<i16> {
    let year = digits(s).filter(|_| s.len() == 4)?;
    (1000..=2199).contains(&year).then_some(year as i16)
}

/// A day of the month: "27" or "27th".
fn day_digits(s: &str) -> Option<i8> {
    let day = digits(s).filter(|_| s.len() <= 2).or_else(|| ordinal_digits(s))?;
    (1..=31).contains(&day).then_some(day as i8)
}

/// An ordinal in digits: "21st", "3rd", "100th".
fn ordinal_digits(s: &str) -> Option<u32> {
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (number, suffix) = s.split_at(split);
    let ok = ["st", "nd", "rd", "th"].iter().any(|x| x.eq_ignore_ascii_case(suffix));
    ok.then(|| digits(number).filter(|_| number.len() <= 3)).flatten()
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/// A value placed on the calendar.
fn placed(timex: String, first: Date, last: Date, precision: Precision) -> TimeValue {
    TimeValue { timex, kind: TimexType::Date, interval: Some((first, last)), precision: Some(precision) }
}

/// A value with no calendar interval: a duration, a set, a vague or an unresolved date.
fn unplaced(timex: impl Into<String>, kind: TimexType) -> TimeValue {
    TimeValue { timex: timex.into(), kind, interval: None, precision: None }
}

/// Years outside 0..=9999 cannot be written as TIMEX3 values.
fn timex_year(year: i16) -> Option<i16> {
    (0..=9999).contains(&year).then_some(year)
}

fn day_value(d: Date) -> Option<TimeValue> {
    let y = timex_year(d.year())?;
    Some(placed(format!("{y:04}-{:02}-{:02}", d.month(), d.day()), d, d, Precision::Day))
}

/// A day with a part of day: `2024-10-28TNI`.
fn day_part_value(d: Date, part: Option<&str>) -> Option<TimeValue> {
    let mut value = day_value(d)?;
    if let Some(part) = part {
        value.timex.push('T');
        value.timex.push_str(part);
    }
    Some(value)
}

fn month_value(year: i16, month: i8) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let first = Date::new(y, month, 1).ok()?;
    Some(placed(format!("{y:04}-{month:02}"), first, first.last_of_month(), Precision::Month))
}

fn year_value(year: i16) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let first = Date::new(y, 1, 1).ok()?;
    Some(placed(format!("{y:04}"), first, first.last_of_year(), Precision::Year))
}

/// The ISO week containing `d`, or its weekend (`2024-W44-WE`).
fn week_value(d: Date, weekend: bool) -> Option<TimeValue> {
    let week = d.iso_week_date();
    let y = timex_year(week.year())?;
    let monday = shift_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    let (first, suffix) = if weekend { (shift_days(monday, 5)?, "-WE") } else { (monday, "") };
    let last = shift_days(monday, 6)?;
    Some(placed(format!("{y:04}-W{:02}{suffix}", week.week()), first, last, Precision::Week))
}

fn season_value(year: i16, season: Season) -> Option<TimeValue> {
    let y = timex_year(year)?;
    let (first, last) = season.bounds(y)?;
    Some(placed(format!("{y:04}-{}", season.code()), first, last, Precision::Season))
}

/// Quarter `quarter` (1 to 4) of `year`: `2025-Q3`. It has a calendar interval but no
/// precision, as `Precision` has no quarter.
fn quarter_value(year: i16, quarter: i8) -> Option<TimeValue> {
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
fn decade_value(year: i16) -> Option<TimeValue> {
    let start = timex_year(year - year.rem_euclid(10))?;
    let first = Date::new(start, 1, 1).ok()?;
    let last = Date::new(start + 9, 12, 31).ok()?;
    Some(placed(format!("{:03}X", start / 10), first, last, Precision::Decade))
}

/// The century whose years start with `prefix`: `20` for 2000–2099 (the 21st century).
fn century_value(prefix: i16) -> Option<TimeValue> {
    let start = timex_year(prefix.checked_mul(100)?)?;
    let first = Date::new(start, 1, 1).ok()?;
    let last = Date::new(start + 99, 12, 31).ok()?;
    Some(placed(format!("{prefix:02}"), first, last, Precision::Century))
}

/// The value of a calendar unit containing `d` ("last year" once shifted).
fn unit_value(d: Date, unit: Unit) -> Option<TimeValue> {
    match unit {
        Unit::Minute | Unit::Hour => None,
        Unit::Day => day_value(d),
        Unit::Week => week_value(d, false),
        Unit::Month => month_value(d.year(), d.month()),
        Unit::Year => year_value(d.year()),
        Unit::Decade => decade_value(d.year()),
        Unit::Century => century_value(d.year().div_euclid(100)),
    }
}

/// The X form of a calendar unit whose position is unknown.
fn unknown_unit(unit: Unit) -> Option<TimeValue> {
    let timex = match unit {
        Unit::Minute | Unit::Hour => return None,
        Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    };
    Some(unplaced(timex, TimexType::Date))
}

fn shift_days(d: Date, days: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// `d` moved by `n` whole units, day of month clamped ("a month ago" on 31 March).
fn shift_unit(d: Date, unit: Unit, n: i64) -> Option<Date> {
    let years = |k: i64| i16::try_from(i64::from(d.year()).checked_add(k)?).ok();
    match unit {
        Unit::Minute | Unit::Hour => None,
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

fn shift_month(year: i16, month: i8, n: i64) -> Option<(i16, i8)> {
    let index = i64::from(year).checked_mul(12)?.checked_add(i64::from(month) - 1)?.checked_add(n)?;
    Some((i16::try_from(index.div_euclid(12)).ok()?, index.rem_euclid(12) as i8 + 1))
}

fn days_between(a: Date, b: Date) -> i64 {
    (a.duration_until(b).as_secs() / 86_400).abs()
}

// ---------------------------------------------------------------------------------------------
// Placing cyclic expressions
// ---------------------------------------------------------------------------------------------

/// Which occurrence of a weekday, month or season a bare mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// The latest occurrence on or before the reference.
    Past,
    /// The earliest occurrence on or after the reference.
    Future,
    /// Whichever of the two is closer (ties go to the past).
    Nearest,
}

/// Picks between the occurrence before and after the reference, each with its distance.
fn choose<T>(before: Option<(T, i64)>, after: Option<(T, i64)>, dir: Dir) -> Option<T> {
    let pick = match (dir, before, after) {
        (Dir::Past, before, _) => before,
        (Dir::Future, _, after) => after,
        (Dir::Nearest, Some(b), Some(a)) => Some(if a.1 < b.1 { a } else { b }),
        (Dir::Nearest, before, after) => before.or(after),
    };
    pick.map(|(value, _)| value)
}

fn place_weekday(reference: Date, weekday: Weekday, dir: Dir) -> Option<Date> {
    let back = i64::from(reference.weekday().since(weekday));
    let ahead = i64::from(reference.weekday().until(weekday));
    let before = shift_days(reference, -back).map(|d| (d, back));
    let after = shift_days(reference, ahead).map(|d| (d, ahead));
    choose(before, after, dir)
}

fn place_month(reference: Date, month: i8, dir: Dir) -> Option<(i16, i8)> {
    let (year, current) = (reference.year(), reference.month());
    let back = i64::from((current - month).rem_euclid(12));
    let ahead = i64::from((month - current).rem_euclid(12));
    let before = (if month <= current { year } else { year - 1 }, month);
    let after = (if month >= current { year } else { year + 1 }, month);
    choose(Some((before, back)), Some((after, ahead)), dir)
}

fn place_month_day(reference: Date, month: i8, day: i8, dir: Dir) -> Option<Date> {
    // Eight years always contain a 29 February.
    let year = reference.year();
    let dated = |y: i16| Date::new(y, month, day).ok();
    let before = (year - 8..=year).rev().filter_map(dated).find(|d| *d <= reference);
    let after = (year..=year + 8).filter_map(dated).find(|d| *d >= reference);
    let with_distance = |d: Date| (d, days_between(d, reference));
    choose(before.map(with_distance), after.map(with_distance), dir)
}

/// The year of the quarter meant: the latest that has begun by the reference (past), the
/// earliest not yet over (future), or the closer of the two.
fn place_quarter(reference: Date, quarter: i8, dir: Dir) -> Option<i16> {
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
    let occurrences = || (year - 1..=year + 1).filter_map(|y| Some((y, quarter_bounds(y, quarter)?)));
    let before = occurrences().rev().find(|(_, b)| b.0 <= reference).map(|(y, b)| (y, distance(b)));
    let after = occurrences().find(|(_, b)| b.1 >= reference).map(|(y, b)| (y, distance(b)));
    choose(before, after, dir)
}

fn place_season(reference: Date, season: Season, dir: Dir) -> Option<i16> {
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
    let occurrences = || (year - 2..=year + 1).filter_map(|y| Some((y, season.bounds(y)?)));
    let before = occurrences().rev().find(|(_, b)| b.0 <= reference).map(|(y, b)| (y, distance(b)));
    let after = occurrences().find(|(_, b)| b.1 >= reference).map(|(y, b)| (y, distance(b)));
    choose(before, after, dir)
}

// ---------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------

/// One recognised expression, in token indices (end exclusive).
struct Hit {
    start: usize,
    end: usize,
    value: TimeValue,
    rule: &'static str,
}

fn hit(start: usize, end: usize, value: Option<TimeValue>, rule: &'static str) -> Option<Hit> {
    Some(Hit { start, end, value: value?, rule })
}

/// Where a candidate starts (`start`, a modifier such as "early" when present) and where its
/// head is (`core`).
#[derive(Clone, Copy)]
struct At {
    start: usize,
    core: usize,
}

impl At {
    fn modified(self) -> bool {
        self.core > self.start
    }
}

struct Scanner<'a> {
    toks: Vec<Tok<'a>>,
    reference: Option<Date>,
    /// Where the previous expression ended, so "June and August" can share "in".
    prev_hit_end: Option<usize>,
    /// Whether any word of the sentence is a future cue, worked out on first need.
    future_anywhere: OnceCell<bool>,
}

impl Scanner<'_> {
    fn span(&self, hit: Hit) -> Span {
        Span {
            range: self.toks[hit.start].start..self.toks[hit.end - 1].end,
            label: Label::Time,
            value: SpanValue::Time(hit.value),
            rule: hit.rule,
        }
    }

    // --- token access; every index may be out of range ---

    fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Other, |t| t.lex)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` belongs to one of the word classes `words`.
    fn is_any(&self, i: usize, words: Words) -> bool {
        self.toks.get(i).is_some_and(|t| t.words.0 & words.0 != 0)
    }

    /// Whether the token before `i` belongs to one of the word classes `words`.
    fn after_any(&self, i: usize, words: Words) -> bool {
        i > 0 && self.is_any(i - 1, words)
    }

    /// Whether token `i` touches the token before it (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    fn glued_hyphen(&self, i: usize) -> bool {
        self.glued(i) && is_hyphen(self.text(i))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A lower-case word that is not a function word: a noun or verb the expression would
    /// modify or be the object of.
    fn content_word(&self, i: usize) -> bool {
        let starts_lower = self.text(i).chars().next().is_some_and(char::is_lowercase);
        starts_lower && !self.is_any(i, FUNCTION_WORDS)
    }

    /// Whether an expression ending before `i` stands as a noun phrase of its own.
    fn ends_phrase(&self, i: usize) -> bool {
        !self.content_word(i) && !self.glued_hyphen(i)
    }

    /// A count written in digits or words: "10", "1,000", "three", "twenty-five".
    fn count(&self, i: usize) -> Option<(u64, usize)> {
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
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
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

    fn match_at(&self, i: usize) -> Option<Hit> {
        if self.lex(i) == Lex::Other {
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
    fn anchored(&self, i: usize) -> Option<Hit> {
        let at = At { start: i, core: self.skip_modifier(i) };
        self.iso_date(at)
            .or_else(|| self.day_month(at))
            .or_else(|| self.clock(at))
            .or_else(|| self.month(at))
            .or_else(|| self.weekday(at))
            .or_else(|| self.season(at))
            .or_else(|| self.relative(at))
            .or_else(|| self.the_weekend(at))
            .or_else(|| self.deictic_day(at))
            .or_else(|| self.quarter(at))
            .or_else(|| self.year(at))
    }

    fn skip_modifier(&self, i: usize) -> usize {
        if self.is(i, "mid") {
            if self.glued_hyphen(i + 1) {
                i + 2
            } else {
                i + 1
            }
        } else if self.is_any(i, MODIFIERS) {
            i + 1
        } else {
            i
        }
    }

    /// Whether a bare month, season or year at `at` reads as a date: after a modifier, a time
    /// preposition, or a conjunction joining it to the previous date.
    fn has_date_context(&self, at: At) -> bool {
        let joined = at.start > 0
            && self.prev_hit_end == Some(at.start - 1)
            && self.is_any(at.start - 1, DATE_CONJUNCTIONS);
        at.modified() || joined || self.after_any(at.start, DATE_PREPOSITIONS)
    }

    /// Resolves against the reference date when it is known, else builds the unresolved form.
    fn resolve<T>(
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

// ---------------------------------------------------------------------------------------------
// Tense: which way a bare weekday or month points
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// The direction of the clause around tokens `start..end`.
    fn direction(&self, start: usize, end: usize) -> Dir {
        // A deadline lies ahead unless a past cue governs it: "must answer by Friday", "said
        // results would be announced by Wednesday", "funded through November 21". The end of a
        // range ("from Monday through Friday") is no deadline: it follows its start.
        let joined = start > 0 && self.prev_hit_end == Some(start - 1);
        let deadline = !joined && self.after_any(start, DEADLINE_PREPOSITIONS);
        match self.local_cue(start, end) {
            Some(dir) => dir,
            None if deadline => Dir::Future,
            None if self.future_anywhere() => Dir::Nearest,
            None => Dir::Past,
        }
    }

    fn future_anywhere(&self) -> bool {
        *self.future_anywhere.get_or_init(|| (0..self.toks.len()).any(|j| self.cue(j) == Some(Dir::Future)))
    }

    /// The tense cue nearest before `start..end` in its clause, else the nearest after it. A
    /// participle without a tense of its own ("keeping the government funded through ...")
    /// ends the search backwards: the verbs before it govern another phrase.
    fn local_cue(&self, start: usize, end: usize) -> Option<Dir> {
        let lo = (0..start)
            .rev()
            .find(|&j| self.ends_clause(j) && !(j + 1 == start && self.is_any(j, TIME_PREPOSITIONS)))
            .map_or(0, |j| j + 1);
        let hi = (end..self.toks.len()).find(|&j| self.ends_clause(j)).unwrap_or(self.toks.len());
        let before =
            (lo..start).rev().take_while(|&j| !self.tenseless_participle(j)).find_map(|j| self.cue(j));
        before.or_else(|| (end..hi).find_map(|j| self.cue(j)))
    }

    fn ends_clause(&self, j: usize) -> bool {
        self.is_any(j, CLAUSE_WORDS | CLAUSE_MARKS)
    }

    /// The tense a word signals, if any.
    fn cue(&self, j: usize) -> Option<Dir> {
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
    /// week", "next Monday", "next few months", "next two years", "next quarter". In "the
    /// bloc's next budget" it only orders things.
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
    /// ("said results would be announced by Wednesday"). Not when negated ("could not be
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
    fn passive(&self, j: usize) -> bool {
        self.after_any(j, BE_FORMS)
    }

    /// A participle completing the object of a gerund or of "with" has no tense of its own:
    /// "keeping the government funded", ", leaving the city cut off", "with prices capped".
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
    fn gerund(&self, k: usize) -> bool {
        let word = self.text(k);
        word.len() >= 6
            && word.ends_with("ing")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !self.is_any(k, FUNCTION_WORDS | DATE_PREPOSITIONS | CLAUSE_WORDS)
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar dates: explicit, weekdays, months, seasons, years
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "2024-10-28".
    fn iso_date(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let year = year_digits(self.text(i))?;
        let part = |k: usize| {
            let ok = self.glued_hyphen(k) && self.glued(k + 1) && self.text(k + 1).len() <= 2;
            ok.then(|| digits(self.text(k + 1))).flatten()
        };
        let (month, day) = (part(i + 1)?, part(i + 3)?);
        let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        hit(at.start, i + 5, day_value(date), "time:iso-date")
    }

    /// A month name, capitalised; abbreviations only before a day or year ("Oct. 28").
    fn month_name(&self, i: usize) -> Option<(i8, usize)> {
        let Lex::Month(month) = self.lex(i) else { return None };
        if !self.capitalised(i) {
            return None;
        }
        let full = month_name_len(month) == self.text(i).len();
        let end = if !full && self.glued(i + 1) && self.text(i + 1) == "." { i + 2 } else { i + 1 };
        Some((month, end))
    }

    fn is_abbreviation(&self, i: usize, month: i8) -> bool {
        month_name_len(month) != self.text(i).len()
    }

    /// A year after a date: ", 2024" or " 2024".
    fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        let j = if self.text(i) == "," { i + 1 } else { i };
        let year = year_digits(self.text(j))?;
        let glued_after = self.glued(j + 1) && !matches!(self.text(j + 1), "," | "." | ";" | ":" | ")");
        (!glued_after).then_some((year, j + 1))
    }

    /// A day of the month at `i`, not part of a longer number or time.
    fn day_of_month(&self, i: usize) -> Option<i8> {
        let day = day_digits(self.text(i))?;
        let glued_after = self.glued(i + 1) && matches!(self.text(i + 1), ":" | "-" | "%" | "/");
        (!glued_after).then_some(day)
    }

    /// A day and month known, year possibly: the full date or the placed month-day.
    fn month_day_value(
        &self,
        month: i8,
        day: i8,
        year: Option<i16>,
        span: (usize, usize),
    ) -> Option<TimeValue> {
        if let Some(year) = year {
            return day_value(Date::new(year, month, day).ok()?);
        }
        Date::new(2000, month, day).ok()?;
        self.resolve(
            |r| day_value(place_month_day(r, month, day, self.direction(span.0, span.1))?),
            || Some(unplaced(format!("XXXX-{month:02}-{day:02}"), TimexType::Date)),
        )
    }

    /// "28 October", "28th Oct. 2024".
    fn day_month(&self, at: At) -> Option<Hit> {
        let day = self.day_of_month(at.core)?;
        let (month, after_month) = self.month_name(at.core + 1)?;
        let year = self.trailing_year(after_month);
        let end = year.map_or(after_month, |(_, end)| end);
        let value = self.month_day_value(month, day, year.map(|(y, _)| y), (at.start, end));
        hit(at.start, end, value, "time:day-month")
    }

    /// "October 28, 2024", "May 27", "June 2024", "June last year", "in August".
    fn month(&self, at: At) -> Option<Hit> {
        let (month, after) = self.month_name(at.core)?;
        if let Some(day) = self.day_of_month(after) {
            let year = self.trailing_year(after + 1);
            let end = year.map_or(after + 1, |(_, end)| end);
            let value = self.month_day_value(month, day, year.map(|(y, _)| y), (at.start, end));
            return hit(at.start, end, value, "time:month-day");
        }
        let of = usize::from(self.is(after, "of"));
        if let Some((year, end)) = self.trailing_year(after + of).filter(|_| self.text(after) != ",") {
            return hit(at.start, end, month_value(year, month), "time:month-year");
        }
        if self.is_abbreviation(at.core, month) {
            return None;
        }
        self.month_relative_year(at, month, after).or_else(|| self.bare_month(at, month, after))
    }

    /// "June last year", "March next year".
    fn month_relative_year(&self, at: At, month: i8, after: usize) -> Option<Hit> {
        let shift = self.shift_word(after)?;
        if self.lex(after + 1) != Lex::Unit(Unit::Year, Plurality::One) {
            return None;
        }
        let value = self.resolve(
            |r| month_value(r.year().checked_add(shift)?, month),
            || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)),
        );
        hit(at.start, after + 2, value, "time:month-relative-year")
    }

    fn bare_month(&self, at: At, month: i8, after: usize) -> Option<Hit> {
        if !self.has_date_context(at) {
            return None;
        }
        let value = self.resolve(
            |r| {
                let (year, month) = place_month(r, month, self.direction(at.start, after))?;
                month_value(year, month)
            },
            || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)),
        );
        hit(at.start, after, value, "time:month")
    }

    /// "last", "this" or "next" as a shift of -1, 0 or +1.
    fn shift_word(&self, i: usize) -> Option<i16> {
        if self.is(i, "last") {
            Some(-1)
        } else if self.is(i, "this") {
            Some(0)
        } else if self.is(i, "next") {
            Some(1)
        } else {
            None
        }
    }

    /// "Monday", "Monday night", "Monday, Oct. 28", "Mondays".
    fn weekday(&self, at: At) -> Option<Hit> {
        if !self.capitalised(at.core) || self.inside_name(at) {
            return None;
        }
        match self.lex(at.core) {
            Lex::Weekday(weekday) => self.dated_weekday(at).or_else(|| self.bare_weekday(at, weekday)),
            Lex::Weekdays(weekday) if !at.modified() => {
                let value = unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Set);
                hit(at.start, at.core + 1, Some(value), "time:weekday-set")
            }
            _ => None,
        }
    }

    /// "Good Friday", "Super Tuesday", "the Sunday Times": a weekday inside a capitalised name
    /// names a holiday, an event or a title, not a day to place.
    fn inside_name(&self, at: At) -> bool {
        let name_word = |j: usize| {
            self.capitalised(j)
                && self.lex(j) == Lex::Other
                && !self.is_any(j, FUNCTION_WORDS | DATE_PREPOSITIONS)
        };
        let after_name_word = at.start > 0 && name_word(at.start - 1);
        let titled = self.is(at.start.wrapping_sub(1), "the") && name_word(at.core + 1);
        after_name_word || titled
    }

    /// A weekday followed by the date it names: the date decides.
    fn dated_weekday(&self, at: At) -> Option<Hit> {
        let next = if self.text(at.core + 1) == "," { at.core + 2 } else { at.core + 1 };
        let date_at = At { start: next, core: next };
        let date = self.month(date_at).or_else(|| self.day_month(date_at))?;
        let day_level = matches!(date.rule, "time:month-day" | "time:day-month");
        day_level.then_some(Hit { start: at.start, rule: "time:weekday-date", ..date })
    }

    fn bare_weekday(&self, at: At, weekday: Weekday) -> Option<Hit> {
        let (part, end) = self.part_of_day(at.core + 1);
        let value = self.resolve(
            |r| day_part_value(place_weekday(r, weekday, self.direction(at.start, end))?, part),
            || Some(unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:weekday")
    }

    /// An optional "morning", "afternoon", "evening" or "night" at `i`.
    fn part_of_day(&self, i: usize) -> (Option<&'static str>, usize) {
        let part = [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")]
            .into_iter()
            .find(|(word, _)| self.is(i, word))
            .map(|(_, code)| code);
        (part, if part.is_some() { i + 1 } else { i })
    }

    /// "summer 2024", "the summer of 2023", "in the spring", "during winter".
    fn season(&self, at: At) -> Option<Hit> {
        let the = usize::from(!at.modified() && self.is(at.core, "the"));
        let head = at.core + the;
        let Lex::Season(season) = self.lex(head) else { return None };
        let of = usize::from(self.is(head + 1, "of"));
        if let Some((year, end)) = self.trailing_year(head + 1 + of).filter(|_| self.text(head + 1) != ",") {
            return hit(at.start, end, season_value(year, season), "time:season-year");
        }
        let stands_alone =
            self.ends_phrase(head + 1) && !self.is(head + 1, "of") && !self.capitalised(head + 1);
        if !stands_alone || !self.has_date_context(at) {
            return None;
        }
        let value = self.resolve(
            |r| season_value(place_season(r, season, self.direction(at.start, head + 1))?, season),
            || Some(unplaced(format!("XXXX-{}", season.code()), TimexType::Date)),
        );
        hit(at.start, head + 1, value, "time:season")
    }

    /// "the third quarter", "the third quarter of 2024", "third-quarter", "Q3", "Q4 2025",
    /// "the first quarter of next year". "a third quarter" counts, "fiscal" quarters are not
    /// calendar ones, and "the first quarter of the century" is no quarter of a year.
    fn quarter(&self, at: At) -> Option<Hit> {
        let i = at.core;
        if at.modified() || self.after_any(i, ARTICLES) || self.is(i.wrapping_sub(1), "fiscal") {
            return None;
        }
        let the = usize::from(self.is(i, "the"));
        let head = i + the;
        let (quarter, end) = match self.lex(head) {
            Lex::Quarter(q) if self.capitalised(head) => (q, head + 1),
            _ => {
                let (n, after) = self.ordinal(head)?;
                let word = if self.glued_hyphen(after) && self.glued(after + 1) { after + 1 } else { after };
                if !(1..=4).contains(&n) || !self.is(word, "quarter") || self.glued_hyphen(word + 1) {
                    return None;
                }
                (n as i8, word + 1)
            }
        };
        // "the third quarter in a row" counts quarters.
        if self.is(end, "in") && self.is(end + 1, "a") && self.is(end + 2, "row") {
            return None;
        }
        let of = usize::from(self.is(end, "of"));
        if let Some((year, year_end)) = self.trailing_year(end + of).filter(|_| self.text(end) != ",") {
            return hit(i, year_end, quarter_value(year, quarter), "time:quarter-year");
        }
        if of == 1 {
            let shift = self.shift_word(end + 1)?;
            if self.lex(end + 2) != Lex::Unit(Unit::Year, Plurality::One) {
                return None;
            }
            let value = self.resolve(
                |r| quarter_value(r.year().checked_add(shift)?, quarter),
                || Some(unplaced(format!("XXXX-Q{quarter}"), TimexType::Date)),
            );
            return hit(i, end + 3, value, "time:quarter-relative-year");
        }
        // "the" belongs to the expression unless a noun follows that it determines instead.
        let start = if the == 1 && self.ends_phrase(end) { i } else { head };
        let value = self.resolve(
            |r| quarter_value(place_quarter(r, quarter, self.direction(start, end))?, quarter),
            || Some(unplaced(format!("XXXX-Q{quarter}"), TimexType::Date)),
        );
        hit(start, end, value, "time:quarter")
    }

    /// A year where English makes a four-digit number one; see the module notes.
    fn year(&self, at: At) -> Option<Hit> {
        let year = year_digits(self.text(at.core))?;
        let glued_before =
            self.glued(at.core) && !at.modified() && !matches!(self.text(at.core - 1), "(" | "\"");
        let glued_after =
            self.glued(at.core + 1) && !matches!(self.text(at.core + 1), "," | "." | ";" | ":" | ")");
        if glued_before || glued_after {
            return None;
        }
        let as_date = self.has_date_context(at) && !self.counted_noun(at.core + 1);
        // "from 2019 levels", "at 1990 prices": a year that a measure is compared against.
        let benchmark = self.is_any(at.core + 1, YEAR_BENCHMARKS) && (1900..=2100).contains(&year);
        if !as_date && !benchmark && !self.attributive_year(at, year) {
            return None;
        }
        hit(at.start, at.core + 1, year_value(year), "time:year")
    }

    /// "the 2022 invasion", "Russia's 2014 annexation": a modern year between a determiner and a
    /// singular noun. Plural nouns after it make it a count ("the 2000 soldiers").
    fn attributive_year(&self, at: At, year: i16) -> bool {
        let possessive =
            at.start >= 2 && self.is(at.start - 1, "s") && is_apostrophe(self.text(at.start - 2));
        let determined = possessive || self.after_any(at.start, YEAR_DETERMINERS);
        let noun = at.core + 1;
        let singular_noun = self.content_word(noun) && !self.counted_noun(noun);
        !at.modified() && determined && singular_noun && (1900..=2100).contains(&year)
    }

    /// A word that makes the number before it a count: a plural noun ("1500 soldiers",
    /// "2000 people") or a unit.
    fn counted_noun(&self, i: usize) -> bool {
        let word = self.text(i);
        let plural =
            word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
        self.content_word(i)
            && (plural || self.is_any(i, IRREGULAR_PLURALS) || matches!(self.lex(i), Lex::Unit(..)))
    }

    /// "3 p.m.", "10:30 a.m.", "9am".
    fn clock(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let (hour_text, glued_suffix) = split_meridiem(self.text(i));
        let hour = digits(hour_text).filter(|h| (1..=12).contains(h) && hour_text.len() <= 2)?;
        let (minute, after) = if glued_suffix.is_none() && self.glued(i + 1) && self.text(i + 1) == ":" {
            let (text, suffix) = split_meridiem(self.text(i + 2));
            let minute = digits(text).filter(|m| *m < 60 && text.len() == 2)?;
            (minute, (i + 3, suffix))
        } else {
            (0, (i + 1, glued_suffix))
        };
        let (end, pm) = match after {
            (end, Some(pm)) => (end, pm),
            (end, None) => self.meridiem(end)?,
        };
        let hour24 = hour % 12 + if pm { 12 } else { 0 };
        let value = unplaced(format!("XXXX-XX-XXT{hour24:02}:{minute:02}"), TimexType::Date);
        hit(at.start, end, Some(value), "time:clock")
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

// ---------------------------------------------------------------------------------------------
// Relative dates: last/this/next, yesterday/today/tomorrow, "three years ago"
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "last week", "this year", "next Monday", "last summer", "last night", "this morning".
    fn relative(&self, at: At) -> Option<Hit> {
        let shift = self.shift_word(at.core)?;
        let head = at.core + 1;
        let owned = at.start >= 2 && self.is(at.start - 1, "s") && is_apostrophe(self.text(at.start - 2));
        if owned || self.after_any(at.start, DETERMINERS) || self.is(head + 1, "of") {
            return None;
        }
        match self.lex(head) {
            Lex::Unit(unit, Plurality::One) if unit > Unit::Day => {
                let value = self
                    .resolve(|r| unit_value(shift_unit(r, unit, shift.into())?, unit), || unknown_unit(unit));
                hit(at.start, head + 1, value, "time:relative-unit")
            }
            Lex::Weekday(weekday) if self.capitalised(head) => self.shifted_weekday(at, weekday, shift),
            Lex::Season(season) => {
                let value = self.resolve(
                    |r| season_value(season.current_year(r).checked_add(shift)?, season),
                    || Some(unplaced(format!("XXXX-{}", season.code()), TimexType::Date)),
                );
                hit(at.start, head + 1, value, "time:relative-season")
            }
            Lex::Month(month) if self.capitalised(head) && !self.is_abbreviation(head, month) => {
                self.shifted_month(at, month, shift)
            }
            _ if self.is(head, "quarter") && !self.glued_hyphen(head + 1) => {
                let place = |r: Date| {
                    let (year, month) = shift_month(r.year(), r.month(), i64::from(shift) * 3)?;
                    quarter_value(year, (month - 1) / 3 + 1)
                };
                let value = self.resolve(place, || Some(unplaced("XXXX-QX", TimexType::Date)));
                hit(at.start, head + 1, value, "time:relative-quarter")
            }
            _ => self.shifted_day_part(at, shift),
        }
    }

    /// "last Monday" (strictly before), "next Monday" (strictly after), "this Monday" (same ISO
    /// week); "last weekend" and friends.
    fn shifted_weekday(&self, at: At, weekday: Weekday, shift: i16) -> Option<Hit> {
        let head = at.core + 1;
        let (part, end) = self.part_of_day(head + 1);
        let place = |r: Date| {
            // A distance of 0 means the reference day itself, which "last" and "next" skip.
            let at_least_one = |days: i8| if days == 0 { 7 } else { i64::from(days) };
            let days = match shift {
                -1 => -at_least_one(r.weekday().since(weekday)),
                1 => at_least_one(r.weekday().until(weekday)),
                _ => i64::from(weekday.to_monday_zero_offset() - r.weekday().to_monday_zero_offset()),
            };
            shift_days(r, days)
        };
        let value = self.resolve(
            |r| day_part_value(place(r)?, part),
            || Some(unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:relative-weekday")
    }

    /// "last June" (strictly before this month), "next June" (strictly after), "this June".
    fn shifted_month(&self, at: At, month: i8, shift: i16) -> Option<Hit> {
        let place = |r: Date| {
            let (year, current) = (r.year(), r.month());
            let year = match shift {
                -1 if month >= current => year - 1,
                1 if month <= current => year + 1,
                _ => year,
            };
            month_value(year, month)
        };
        let value = self.resolve(place, || Some(unplaced(format!("XXXX-{month:02}"), TimexType::Date)));
        hit(at.start, at.core + 2, value, "time:relative-month")
    }

    /// "last weekend", "last night", "this morning".
    fn shifted_day_part(&self, at: At, shift: i16) -> Option<Hit> {
        let head = at.core + 1;
        if self.is(head, "weekend") {
            let value = self.resolve(
                |r| week_value(shift_days(r, i64::from(shift) * 7)?, true),
                || Some(unplaced("XXXX-WXX-WE", TimexType::Date)),
            );
            return hit(at.start, head + 1, value, "time:relative-weekend");
        }
        let (part, end) = self.part_of_day(head);
        let days = match (shift, part) {
            (-1, Some("NI")) => -1,
            (0, Some(_)) => 0,
            _ => return None,
        };
        let value = self.resolve(
            |r| day_part_value(shift_days(r, days)?, part),
            || Some(unplaced(format!("XXXX-XX-XXT{}", part.unwrap_or_default()), TimexType::Date)),
        );
        hit(at.start, end, value, "time:relative-day-part")
    }

    /// "over the weekend", "at the weekend": the weekend of the reference's ISO week or of the
    /// week before, chosen by tense like a weekday.
    fn the_weekend(&self, at: At) -> Option<Hit> {
        let i = at.core;
        let ok = !at.modified()
            && self.is(i, "the")
            && self.is(i + 1, "weekend")
            && self.after_any(i, WEEKEND_PREPOSITIONS);
        if !ok {
            return None;
        }
        let place = |r: Date| {
            let offset = i64::from(r.weekday().to_monday_zero_offset());
            let saturday = shift_days(r, 5 - offset)?;
            // From Monday to Friday the last weekend is behind and the next ahead.
            let (before, after) = if offset >= 5 {
                ((saturday, 0), (saturday, 0))
            } else {
                ((shift_days(saturday, -7)?, offset + 1), (saturday, 5 - offset))
            };
            week_value(choose(Some(before), Some(after), self.direction(i, i + 2))?, true)
        };
        let value = self.resolve(place, || Some(unplaced("XXXX-WXX-WE", TimexType::Date)));
        hit(i, i + 2, value, "time:weekend")
    }

    /// "yesterday", "tomorrow morning", "tonight", and "today" in its day sense.
    fn deictic_day(&self, at: At) -> Option<Hit> {
        let i = at.core;
        // "USA Today", "Good Morning America Today": a title, not a date.
        if i > 0 && self.capitalised(i - 1) && self.capitalised(i) {
            return None;
        }
        let (days, part, end) = if self.is(i, "tonight") {
            (0, Some("NI"), i + 1)
        } else {
            let days = if self.is(i, "yesterday") {
                -1
            } else if self.is(i, "tomorrow") {
                1
            } else if self.is(i, "today") {
                0
            } else {
                return None;
            };
            let (part, end) = self.part_of_day(i + 1);
            (days, part, end)
        };
        if days == 0 && part.is_none() && !self.today_is_the_day(at, end) {
            return self.today_the_era(at);
        }
        let value = self.resolve(
            |r| day_part_value(shift_days(r, days)?, part),
            || {
                let suffix = part.map_or(String::new(), |p| format!("T{p}"));
                Some(unplaced(format!("XXXX-XX-XX{suffix}"), TimexType::Date))
            },
        );
        hit(at.start, end, value, "time:deictic-day")
    }

    /// "today" is the day when a modifier or a tense cue in its clause ties it to an event
    /// ("said today", "later today"); without one it is the present era ("Russia today").
    fn today_is_the_day(&self, at: At, end: usize) -> bool {
        at.modified() || self.local_cue(at.start, end).is_some()
    }

    fn today_the_era(&self, at: At) -> Option<Hit> {
        hit(at.start, at.start + 1, Some(unplaced("PRESENT_REF", TimexType::Date)), "time:today-present")
    }
}

// ---------------------------------------------------------------------------------------------
// Decades and centuries
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "the 1950s", "the early '90s", "mid-1990s", "the 21st century", "21st-century".
    fn decade_or_century(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let start = i + usize::from(the);
        let core = self.skip_modifier(start);
        let (value, end, rule) = self.decade(core).or_else(|| self.century(core))?;
        // "the" belongs to the expression unless a noun follows that it determines instead.
        let start = if the && self.ends_phrase(end) { i } else { start };
        hit(start, end, Some(value), rule)
    }

    /// "1950s", "1950's", "'90s"; a hundreds form before 2000 ("1800s") names a century.
    fn decade(&self, i: usize) -> Option<(TimeValue, usize, &'static str)> {
        let text = self.text(i);
        if is_apostrophe(text) && self.glued(i + 1) {
            let two =
                self.text(i + 1).strip_suffix('s').and_then(digits).filter(|n| n % 10 == 0 && *n < 100)?;
            let century = if two <= 10 { 2000 } else { 1900 };
            return Some((decade_value((century + two) as i16)?, i + 2, "time:decade"));
        }
        let (number, end) = match text.strip_suffix('s') {
            Some(number) => (number, i + 1),
            None if self.glued(i + 1) && is_apostrophe(self.text(i + 1)) && self.text(i + 2) == "s" => {
                (text, i + 3)
            }
            None => return None,
        };
        let year = year_digits(number).filter(|y| y % 10 == 0)?;
        if year % 100 == 0 && year < 2000 {
            return Some((century_value(year / 100)?, end, "time:century"));
        }
        Some((decade_value(year)?, end, "time:decade"))
    }

    /// "21st century", "21st-century", "twentieth century".
    fn century(&self, i: usize) -> Option<(TimeValue, usize, &'static str)> {
        let (n, after) = self.ordinal(i)?;
        let head = if self.glued_hyphen(after) && self.glued(after + 1) { after + 1 } else { after };
        let ok = self.lex(head) == Lex::Unit(Unit::Century, Plurality::One) && (1..=22).contains(&n);
        ok.then(|| Some((century_value(n as i16 - 1)?, head + 1, "time:century"))).flatten()
    }
}

// ---------------------------------------------------------------------------------------------
// Durations and sets
// ---------------------------------------------------------------------------------------------

const HEDGE_PAIRS: &[(&str, &str)] =
    &[("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("up", "to")];

/// How a duration's count was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    /// "three", "10".
    Exact(u64),
    /// "a", "an", "one": a single unit, which needs more evidence to be a duration.
    Single,
    /// "several", "a few", "many".
    Vague,
}

impl Scanner<'_> {
    /// The end of a hedge starting at `i`, or `i` when there is none.
    fn skip_hedge(&self, i: usize) -> usize {
        if self.is_any(i, HEDGES) {
            return i + 1;
        }
        let pair = HEDGE_PAIRS.iter().any(|(a, b)| self.is(i, a) && self.is(i + 1, b));
        if pair {
            i + 2
        } else {
            i
        }
    }

    /// A count starting at `i`: the count and where it ends.
    fn duration_count(&self, i: usize) -> Option<(Count, usize)> {
        if self.is_any(i, ARTICLES) {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let of = usize::from(self.is(i + 2, "of"));
                return Some((Count::Vague, i + 2 + of));
            }
            if self.is(i + 1, "dozen") {
                return Some((Count::Exact(12), i + 2));
            }
            return Some((Count::Single, i + 1));
        }
        if self.is_any(i, VAGUE_COUNTS) {
            // "many more months" is as vague as "many months".
            return Some((Count::Vague, i + 1 + usize::from(self.is(i + 1, "more"))));
        }
        let (n, end) = self.count(i)?;
        let count = match n {
            0 | 100_001.. => return None,
            1 => Count::Single,
            n => Count::Exact(n),
        };
        Some((count, end))
    }

    /// "three years", "nearly three-year-long", "a week", "several days", "10 years ago",
    /// "a long time".
    fn duration(&self, i: usize) -> Option<Hit> {
        let body = self.skip_hedge(i);
        if self.is(body, "a") && self.is(body + 1, "long") && self.is(body + 2, "time") {
            return hit(i, body + 3, Some(unplaced("PXY", TimexType::Duration)), "time:duration-vague");
        }
        let (count, after_count) = self.duration_count(body)?;
        if count != Count::Vague && self.and_a_half(after_count) {
            return self.half_duration(i, count, after_count + 3, Plurality::Many);
        }
        let hyphenated = self.glued_hyphen(after_count) && self.glued(after_count + 1);
        let head = after_count + usize::from(hyphenated);
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        if count == Count::Single && !hyphenated && self.and_a_half(head + 1) {
            return self.half_duration(i, count, head, Plurality::One);
        }
        let agrees = match count {
            Count::Single => plurality == Plurality::One,
            Count::Vague => plurality == Plurality::Many && !hyphenated,
            Count::Exact(_) => hyphenated == (plurality == Plurality::One) || plurality == Plurality::Many,
        };
        if !agrees || self.is(head + 1, "old") {
            return None;
        }
        let end = head + 1;
        match self.suffix(end) {
            Some((_, true)) if count != Count::Vague => None,
            Some((suffix_end, _)) => {
                // In "a year-long war" the article belongs to "war".
                let start = if self.is_any(body, ARTICLES) && body == i { head } else { i };
                hit(start, suffix_end, Some(duration_value(unit, count)), "time:duration")
            }
            None => self.ago(i, count, unit, end).or_else(|| self.plain_duration(i, body, count, unit, end)),
        }
    }

    fn and_a_half(&self, i: usize) -> bool {
        self.is(i, "and") && self.is(i + 1, "a") && self.is(i + 2, "half")
    }

    /// "two and a half years" (`head` after the half) or "a year and a half" (before it).
    fn half_duration(&self, i: usize, count: Count, head: usize, plurality: Plurality) -> Option<Hit> {
        let Lex::Unit(unit, found) = self.lex(head) else { return None };
        let n = match count {
            Count::Exact(n) => n,
            _ => 1,
        };
        let end = if plurality == Plurality::One { head + 4 } else { head + 1 };
        let time = if matches!(unit, Unit::Minute | Unit::Hour) { "T" } else { "" };
        let value = unplaced(format!("P{time}{n}.5{}", unit.designator()), TimexType::Duration);
        (found == plurality).then(|| hit(i, end, Some(value), "time:duration")).flatten()
    }

    /// A glued "-long" or "-old" at `i`: its end and whether it is "-old" (an age).
    fn suffix(&self, i: usize) -> Option<(usize, bool)> {
        let word = i + 1;
        let ok = self.glued_hyphen(i) && self.glued(word) && (self.is(word, "long") || self.is(word, "old"));
        ok.then(|| (word + 1, self.is(word, "old")))
    }

    fn plain_duration(&self, i: usize, body: usize, count: Count, unit: Unit, end: usize) -> Option<Hit> {
        let evidenced = body != i || self.after_any(i, DURATION_LEADS) || self.is_any(end, DURATION_TAILS);
        if count == Count::Single && !evidenced {
            return None;
        }
        hit(i, end, Some(duration_value(unit, count)), "time:duration")
    }

    /// "three years ago", "a week from now": dates counted back or forward from the reference.
    fn ago(&self, i: usize, count: Count, unit: Unit, end: usize) -> Option<Hit> {
        let (sign, end) = if self.is(end, "ago") {
            (-1, end + 1)
        } else if self.is(end, "from") && self.is(end + 1, "now") {
            (1, end + 2)
        } else {
            return None;
        };
        let n = match count {
            Count::Exact(n) => n as i64,
            Count::Single => 1,
            Count::Vague => {
                let vague = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return hit(i, end, Some(unplaced(vague, TimexType::Date)), "time:ago");
            }
        };
        let value = self.resolve(|r| unit_value(shift_unit(r, unit, sign * n)?, unit), || unknown_unit(unit));
        hit(i, end, value, "time:ago")
    }

    /// "months", "decades-old", "years ago": a vague length, only where a verb or preposition
    /// of duration governs it.
    fn vague_plural(&self, i: usize) -> Option<Hit> {
        let Lex::Unit(unit, Plurality::Many) = self.lex(i) else { return None };
        if let Some((end, _)) = self.suffix(i + 1) {
            return hit(i, end, Some(duration_value(unit, Count::Vague)), "time:duration-vague");
        }
        let determined = i > 0 && (self.is_any(i - 1, DETERMINERS) || self.count(i - 1).is_some());
        if determined {
            return None;
        }
        if self.is(i + 1, "ago") {
            return hit(i, i + 2, Some(unplaced("PAST_REF", TimexType::Date)), "time:ago");
        }
        let governed = self.after_any(i, DURATION_LEADS) || self.is_any(i + 1, PLURAL_TAILS);
        governed
            .then(|| hit(i, i + 1, Some(duration_value(unit, Count::Vague)), "time:duration-vague"))
            .flatten()
    }

    /// "a month" after an amount, "per month", "each week", "every day", "every two years".
    fn set(&self, i: usize) -> Option<Hit> {
        let (count, head) = if self.is(i, "per") {
            (Some(1), i + 1)
        } else if self.is(i, "each") || self.is(i, "every") {
            match self.count(i + 1) {
                Some((n, end)) if n > 1 => (Some(n), end),
                _ if self.is(i + 1, "few") => (None, i + 2),
                _ => (Some(1), i + 1),
            }
        } else if self.is_any(i, ARTICLES) && self.follows_amount(i) {
            (Some(1), i + 1)
        } else {
            return None;
        };
        if let (Lex::Weekday(weekday), Some(1)) = (self.lex(head), count) {
            let value = unplaced(format!("XXXX-WXX-{}", weekday.to_monday_one_offset()), TimexType::Set);
            return hit(i, head + 1, Some(value), "time:set");
        }
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        // "killed 12 people a day after the attack" counts a day, it is no rate.
        let relative = self.is_any(head + 1, RELATIVE_TAILS);
        let agrees = (count == Some(1)) == (plurality == Plurality::One) && !relative;
        agrees
            .then(|| hit(i, head + 1, Some(unplaced(unit.duration(count), TimexType::Set)), "time:set"))
            .flatten()
    }

    /// Whether the token before `i` ends an amount, a frequency or a length: "$2,000 a month",
    /// "1,000 euros a month", "twice a year", "24 hours a day".
    fn follows_amount(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else { return false };
        let counted_noun = prev > 0 && self.content_word(prev) && self.amount(prev - 1);
        self.amount(prev) || counted_noun || matches!(self.lex(prev), Lex::Unit(_, Plurality::Many))
    }

    /// A number or amount word at `j`. A bare year is not an amount ("in 2022 a day later").
    fn amount(&self, j: usize) -> bool {
        let currency = j > 0 && matches!(self.text(j - 1), "$" | "\u{a3}" | "\u{20ac}");
        let number = self.lex(j) == Lex::Numeric && (year_digits(self.text(j)).is_none() || currency);
        number || self.is_any(j, AMOUNT_WORDS)
    }
}

fn duration_value(unit: Unit, count: Count) -> TimeValue {
    let n = match count {
        Count::Exact(n) => Some(n),
        Count::Single => Some(1),
        Count::Vague => None,
    };
    unplaced(unit.duration(n), TimexType::Duration)
}

// ---------------------------------------------------------------------------------------------
// Vague references: now, the future, the next few weeks, recent years
// ---------------------------------------------------------------------------------------------

impl Scanner<'_> {
    /// "the past three years" (a duration), "the next few weeks", "the coming months", "recent
    /// years", "the weeks ahead".
    fn around_now(&self, i: usize) -> Option<Hit> {
        if self.is(i, "recent") || self.is(i, "coming") {
            let Lex::Unit(_, Plurality::Many) = self.lex(i + 1) else { return None };
            let vague = if self.is(i, "recent") { "PAST_REF" } else { "FUTURE_REF" };
            return hit(i, i + 2, Some(unplaced(vague, TimexType::Date)), "time:vague-period");
        }
        if !self.is(i, "the") {
            return None;
        }
        self.the_units_ahead(i).or_else(|| self.the_past_or_next(i))
    }

    /// "the weeks ahead", "the years to come".
    fn the_units_ahead(&self, i: usize) -> Option<Hit> {
        let Lex::Unit(_, Plurality::Many) = self.lex(i + 1) else { return None };
        let end = if self.is(i + 2, "ahead") {
            i + 3
        } else if self.is(i + 2, "to") && self.is(i + 3, "come") {
            i + 4
        } else {
            return None;
        };
        hit(i, end, Some(unplaced("FUTURE_REF", TimexType::Date)), "time:vague-period")
    }

    /// "the past/last/next/coming [N|few|several] units".
    fn the_past_or_next(&self, i: usize) -> Option<Hit> {
        let word = i + 1;
        let looking_back = self.is(word, "past") || self.is(word, "last");
        let looking_ahead = self.is(word, "next") || self.is(word, "coming");
        if !looking_back && !looking_ahead {
            return None;
        }
        let (count, head) = match self.duration_count(word + 1) {
            Some((Count::Single, _)) => return None,
            Some((count, end)) => (Some(count), end),
            None => (None, word + 1),
        };
        let Lex::Unit(unit, plurality) = self.lex(head) else { return None };
        // "the last year of the war" and "the next day" are positions, not periods.
        if self.is(head + 1, "of") && !self.is(word, "past") {
            return None;
        }
        let vague = if looking_back { "PAST_REF" } else { "FUTURE_REF" };
        let value = match (count, plurality) {
            (Some(Count::Exact(n)), Plurality::Many) => duration_value(unit, Count::Exact(n)),
            (Some(Count::Vague) | None, Plurality::Many) => unplaced(vague, TimexType::Date),
            (None, Plurality::One) if self.is(word, "past") => duration_value(unit, Count::Single),
            _ => return None,
        };
        hit(i, head + 1, Some(value), "time:vague-period")
    }

    /// "now", "currently", "at present", "these days", "the future", "the past".
    fn vague_ref(&self, i: usize) -> Option<Hit> {
        let present = |end| hit(i, end, Some(unplaced("PRESENT_REF", TimexType::Date)), "time:vague");
        if self.is_any(i, PRESENT_WORDS) {
            return (!self.glued_hyphen(i + 1)).then(|| present(i + 1)).flatten();
        }
        if self.is(i, "present") && self.is(i.wrapping_sub(1), "at") {
            return present(i + 1);
        }
        if self.is(i, "these") && self.is(i + 1, "days") && !self.is(i + 2, "of") {
            return present(i + 2);
        }
        self.the_future_or_past(i)
    }

    /// "the future", "the near future", "in future", "the past", "the distant past".
    fn the_future_or_past(&self, i: usize) -> Option<Hit> {
        let the = usize::from(self.is(i, "the"));
        if the == 0 && !(self.is(i, "future") && self.is(i.wrapping_sub(1), "in")) {
            return None;
        }
        let head = i + the + usize::from(the == 1 && self.is_any(i + 1, FUTURE_ADJECTIVES));
        let value = if self.is(head, "future") {
            "FUTURE_REF"
        } else if self.is(head, "past") {
            "PAST_REF"
        } else if self.is(head, "present") && head == i + 1 {
            "PRESENT_REF"
        } else {
            return None;
        };
        let ok = self.ends_phrase(head + 1) && !self.capitalised(head + 1) && self.count(head + 1).is_none();
        ok.then(|| hit(i, head + 1, Some(unplaced(value, TimexType::Date)), "time:vague")).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One table row: a news-style sentence, its reference date, and the expected TIME spans
    /// in order as (span text, TIMEX3 value).
    struct Case {
        name: &'static str,
        sentence: &'static str,
        reference: Option<Date>,
        expected: &'static [(&'static str, &'static str)],
    }

    const fn case(
        name: &'static str,
        sentence: &'static str,
        reference: Option<Date>,
        expected: &'static [(&'static str, &'static str)],
    ) -> Case {
        Case { name, sentence, reference, expected }
    }

    /// A Wednesday in ISO week 2025-W11.
    const WED: Option<Date> = Some(Date::constant(2025, 3, 12));
    /// A January day, inside the winter that began the December before.
    const JAN: Option<Date> = Some(Date::constant(2025, 1, 15));
    const UNDATED: Option<Date> = None;

    fn timex(span: &Span) -> String {
        match &span.value {
            SpanValue::Time(value) => value.timex.clone(),
            other => format!("{other:?}"),
        }
    }

    fn run(table: &[Case]) {
        let failures: Vec<String> = table
            .iter()
            .filter_map(|c| {
                let spans = find_times(c.sentence, 0..c.sentence.len(), c.reference);
                let found: Vec<(&str, String)> =
                    spans.iter().map(|s| (&c.sentence[s.range.clone()], timex(s))).collect();
                let expected: Vec<(&str, String)> =
                    c.expected.iter().map(|(t, v)| (*t, v.to_string())).collect();
                (found != expected).then(|| format!("{}: expected {expected:?}, found {found:?}", c.name))
            })
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    const WEEKDAYS: &[Case] = &[
        case(
            "past tense takes the latest such day",
            "The ministry said Monday that talks had stalled.",
            WED,
            &[("Monday", "2025-03-10")],
        ),
        case(
            "the reference day counts as the latest",
            "Officials confirmed on Wednesday that the border was shut.",
            WED,
            &[("Wednesday", "2025-03-12")],
        ),
        case(
            "future tense takes the next such day",
            "The delegation will fly to Geneva on Friday.",
            WED,
            &[("Friday", "2025-03-14")],
        ),
        case(
            "future tense on the reference weekday",
            "The council will vote Wednesday on the budget.",
            WED,
            &[("Wednesday", "2025-03-12")],
        ),
        case(
            "future tense wraps into next week",
            "Negotiators will meet again on Monday.",
            WED,
            &[("Monday", "2025-03-17")],
        ),
        case(
            "two weekdays share a future verb",
            "The envoys will hold talks on Thursday and Friday in Doha.",
            WED,
            &[("Thursday", "2025-03-13"), ("Friday", "2025-03-14")],
        ),
        case(
            "a clause without a cue takes the nearest day",
            "The ministers will visit Kyiv on Saturday following a summit in Paris on Tuesday.",
            WED,
            &[("Saturday", "2025-03-15"), ("Tuesday", "2025-03-11")],
        ),
        case(
            "a leading weekday takes the tense after it",
            "On Thursday, the army is expected to begin drills.",
            WED,
            &[("Thursday", "2025-03-13")],
        ),
        case(
            "a passive future is still future",
            "The new law will be signed on Monday.",
            WED,
            &[("Monday", "2025-03-17")],
        ),
        case(
            "the nearest verb decides",
            "The minister said he will travel to Ankara on Sunday.",
            WED,
            &[("Sunday", "2025-03-16")],
        ),
        case(
            "a modifier and a part of day",
            "Rescue teams reached the village late Sunday night.",
            WED,
            &[("late Sunday night", "2025-03-09TNI")],
        ),
        case(
            "a weekday with its date",
            "The vote took place on Monday, March 3, 2025.",
            WED,
            &[("Monday, March 3, 2025", "2025-03-03")],
        ),
        case(
            "a recurring weekday is a set",
            "Protesters have gathered on Fridays since the election.",
            WED,
            &[("Fridays", "XXXX-WXX-5")],
        ),
        case(
            "no reference keeps the weekday unresolved",
            "The spokesman said Monday the talks would continue.",
            UNDATED,
            &[("Monday", "XXXX-WXX-1")],
        ),
    ];

    const MONTHS: &[Case] = &[
        case(
            "a past month earlier this year",
            "Fighting intensified in January.",
            WED,
            &[("January", "2025-01")],
        ),
        case("a past month from last year", "The treaty was signed in June.", WED, &[("June", "2024-06")]),
        case("a future month", "Elections will be held in November.", WED, &[("November", "2025-11")]),
        case(
            "the reference month in the past tense",
            "Prices rose sharply in March.",
            WED,
            &[("March", "2025-03")],
        ),
        case(
            "a month after since",
            "The crossing has been closed since August.",
            WED,
            &[("August", "2024-08")],
        ),
        case(
            "a month-day in the past",
            "The rocket exploded on May 27, killing no one.",
            WED,
            &[("May 27", "2024-05-27")],
        ),
        case(
            "a month-day in the future",
            "The summit will open on April 4.",
            WED,
            &[("April 4", "2025-04-04")],
        ),
        case(
            "an abbreviated month with a day",
            "The order was issued Oct. 28 by the defence ministry.",
            WED,
            &[("Oct. 28", "2024-10-28")],
        ),
        case("a month and year", "Inflation peaked in July 2022.", WED, &[("July 2022", "2022-07")]),
        case(
            "a month with a relative year",
            "The plant was shut in June last year.",
            WED,
            &[("June last year", "2024-06")],
        ),
        case("a modified month", "Troops withdrew in mid-February.", WED, &[("mid-February", "2025-02")]),
        case(
            "a modified future month",
            "The report will be published in early June.",
            WED,
            &[("early June", "2025-06")],
        ),
        case(
            "two months share a preposition",
            "The talks ran between May and July.",
            WED,
            &[("May", "2024-05"), ("July", "2024-07")],
        ),
        case(
            "no reference keeps the year unknown",
            "Their last attempt came on May 27.",
            UNDATED,
            &[("May 27", "XXXX-05-27")],
        ),
        case(
            "no reference for a bare month",
            "The pact was signed in June.",
            UNDATED,
            &[("June", "XXXX-06")],
        ),
    ];

    const EXPLICIT: &[Case] = &[
        case(
            "month, day and year",
            "The ceasefire began on October 28, 2024.",
            WED,
            &[("October 28, 2024", "2024-10-28")],
        ),
        case(
            "day, month and year",
            "The accord was signed on 28 October 2024 in Cairo.",
            WED,
            &[("28 October 2024", "2024-10-28")],
        ),
        case(
            "an ISO date",
            "The decree dated 2024-10-28 was published online.",
            WED,
            &[("2024-10-28", "2024-10-28")],
        ),
        case("a year after in", "The port was rebuilt in 2019.", WED, &[("2019", "2019")]),
        case("a year after since", "The region has been occupied since 2014.", WED, &[("2014", "2014")]),
        case(
            "a modified year",
            "Sanctions were eased in early 2023 and again in mid-2024.",
            WED,
            &[("early 2023", "2023"), ("mid-2024", "2024")],
        ),
        case(
            "a range of years",
            "Output fell from 2020 to 2022.",
            WED,
            &[("2020", "2020"), ("2022", "2022")],
        ),
        case("an attributive year", "The 2022 invasion reshaped the alliance.", WED, &[("2022", "2022")]),
        case(
            "a year after a possessive",
            "Russia's 2014 annexation was condemned.",
            WED,
            &[("2014", "2014")],
        ),
        case(
            "a season with its year",
            "The offensive stalled in summer 2023.",
            WED,
            &[("summer 2023", "2023-SU")],
        ),
        case(
            "the season of a year",
            "Talks collapsed in the fall of 2021.",
            WED,
            &[("the fall of 2021", "2021-FA")],
        ),
        case(
            "a bare season in the past",
            "The dam was damaged in the autumn.",
            WED,
            &[("the autumn", "2024-FA")],
        ),
        case(
            "a bare season in the future",
            "Construction will resume in spring.",
            WED,
            &[("spring", "2025-SP")],
        ),
        case(
            "a clock time",
            "The curfew starts at 10:30 p.m. in the capital.",
            WED,
            &[("10:30 p.m.", "XXXX-XX-XXT22:30")],
        ),
    ];

    const RELATIVE: &[Case] = &[
        case(
            "last, this and next week",
            "After last week, this week and next week look calmer.",
            WED,
            &[("last week", "2025-W10"), ("this week", "2025-W11"), ("next week", "2025-W12")],
        ),
        case(
            "last and next month",
            "Exports fell last month and will recover next month.",
            WED,
            &[("last month", "2025-02"), ("next month", "2025-04")],
        ),
        case(
            "last, this and next year",
            "Growth was weak last year, better this year and strong next year.",
            WED,
            &[("last year", "2024"), ("this year", "2025"), ("next year", "2026")],
        ),
        case(
            "modified relative years",
            "The plan was drafted earlier this year and starts early next year.",
            WED,
            &[("earlier this year", "2025"), ("early next year", "2026")],
        ),
        case(
            "last and next weekdays skip the reference day",
            "He arrived last Wednesday and leaves next Wednesday.",
            WED,
            &[("last Wednesday", "2025-03-05"), ("next Wednesday", "2025-03-19")],
        ),
        case(
            "last Monday and this Friday",
            "Shelling began last Monday and may end this Friday.",
            WED,
            &[("last Monday", "2025-03-10"), ("this Friday", "2025-03-14")],
        ),
        case(
            "last summer is the previous year's",
            "The governor visited the front last summer.",
            WED,
            &[("last summer", "2024-SU")],
        ),
        case(
            "this spring and next winter",
            "Harvests this spring may fail before next winter.",
            WED,
            &[("this spring", "2025-SP"), ("next winter", "2026-WI")],
        ),
        case(
            "last winter just ended in March",
            "Power cuts were common last winter.",
            WED,
            &[("last winter", "2024-WI")],
        ),
        case(
            "this winter in January began in December",
            "Power cuts have been common this winter.",
            JAN,
            &[("this winter", "2024-WI")],
        ),
        case(
            "last summer seen from January",
            "The governor visited the front last summer.",
            JAN,
            &[("last summer", "2024-SU")],
        ),
        case(
            "yesterday and tomorrow",
            "The strike began yesterday and ends tomorrow.",
            WED,
            &[("yesterday", "2025-03-11"), ("tomorrow", "2025-03-13")],
        ),
        case(
            "parts of the day",
            "Sirens sounded last night and again this morning.",
            WED,
            &[("last night", "2025-03-11TNI"), ("this morning", "2025-03-12TMO")],
        ),
        case("tonight", "The president will speak tonight.", WED, &[("tonight", "2025-03-12TNI")]),
        case(
            "counted back with ago",
            "The bridge fell three years ago, the dam two weeks ago.",
            WED,
            &[("three years ago", "2022"), ("two weeks ago", "2025-W09")],
        ),
        case(
            "ago with a single unit and days",
            "The mayor resigned a month ago, his deputy five days ago.",
            WED,
            &[("a month ago", "2025-02"), ("five days ago", "2025-03-07")],
        ),
        case("last weekend", "Crowds marched last weekend.", WED, &[("last weekend", "2025-W10-WE")]),
        case("this century", "It is the worst flood this century.", WED, &[("this century", "20")]),
        case(
            "today with an event verb is the day",
            "The minister announced today that talks had resumed.",
            WED,
            &[("today", "2025-03-12")],
        ),
        case(
            "today without a verb of its own is the era",
            "Russia today is a different country.",
            WED,
            &[("today", "PRESENT_REF")],
        ),
        case("no reference: last year", "Kim visited Russia last year.", UNDATED, &[("last year", "XXXX")]),
        case(
            "no reference: last week and yesterday",
            "Fighting eased last week but resumed yesterday.",
            UNDATED,
            &[("last week", "XXXX-WXX"), ("yesterday", "XXXX-XX-XX")],
        ),
        case(
            "no reference: last summer",
            "Kim visited the cosmodrome last summer.",
            UNDATED,
            &[("last summer", "XXXX-SU")],
        ),
    ];

    const DECADES_CENTURIES: &[Case] = &[
        case(
            "a decade with its determiner",
            "The last war there ended in the 1950s.",
            WED,
            &[("the 1950s", "195X")],
        ),
        case(
            "a modified decade",
            "The factory closed in the early 1990s.",
            WED,
            &[("the early 1990s", "199X")],
        ),
        case("a two-digit decade", "The city boomed in the '90s.", WED, &[("the '90s", "199X")]),
        case("the 2000s are a decade", "Oil prices soared in the 2000s.", WED, &[("the 2000s", "200X")]),
        case(
            "an earlier hundreds form is a century",
            "The fort was built in the 1800s.",
            WED,
            &[("the 1800s", "18")],
        ),
        case(
            "a mid decade without a determiner",
            "Reforms stalled by the mid-1980s.",
            WED,
            &[("the mid-1980s", "198X")],
        ),
        case(
            "a century noun phrase",
            "Drones define warfare in the 21st century.",
            WED,
            &[("the 21st century", "20")],
        ),
        case("a century modifying a noun", "It is a 21st century war.", WED, &[("21st century", "20")]),
        case(
            "a hyphenated century adjective",
            "They studied the 19th-century fortress.",
            WED,
            &[("19th-century", "18")],
        ),
        case(
            "a century in words",
            "The border was drawn in the twentieth century.",
            WED,
            &[("the twentieth century", "19")],
        ),
        case("a decade modifying a noun", "The 1970s economy was closed.", WED, &[("1970s", "197X")]),
    ];

    const DURATIONS: &[Case] = &[
        case("a counted duration", "The siege lasted three years.", WED, &[("three years", "P3Y")]),
        case("a counted duration in digits", "He served 10 years in prison.", WED, &[("10 years", "P10Y")]),
        case("weeks", "The hostages were held for two weeks.", WED, &[("two weeks", "P2W")]),
        case("a vague count", "Talks dragged on for several days.", WED, &[("several days", "PXD")]),
        case(
            "a hedged hyphenated adjective",
            "It marks a nearly three-year-long conflict.",
            WED,
            &[("nearly three-year-long", "P3Y")],
        ),
        case(
            "a hedged single unit",
            "The blockade went on for more than a year.",
            WED,
            &[("more than a year", "P1Y")],
        ),
        case("a single unit after for", "The plant was closed for a year.", WED, &[("a year", "P1Y")]),
        case("hours", "The shelling went on for 24 hours.", WED, &[("24 hours", "PT24H")]),
        case(
            "a vague hyphenated age of a thing",
            "It ended a decades-old feud.",
            WED,
            &[("decades-old", "PXDE")],
        ),
        case("a vague hyphenated length", "It was a months-long standoff.", WED, &[("months-long", "PXM")]),
        case(
            "a bare plural after a verb of duration",
            "The general has spent months preparing.",
            WED,
            &[("months", "PXM")],
        ),
        case(
            "bare plurals after for",
            "The families waited for years, the town for decades.",
            WED,
            &[("years", "PXY"), ("decades", "PXDE")],
        ),
        case("a long time", "It has been a long time since the last summit.", WED, &[("a long time", "PXY")]),
        case(
            "the past N units",
            "Prices doubled over the past three years.",
            WED,
            &[("the past three years", "P3Y")],
        ),
        case(
            "a hyphenated count word",
            "The treaty ran for twenty-five years.",
            WED,
            &[("twenty-five years", "P25Y")],
        ),
        case("the article stays with the noun", "It was a year-long war.", WED, &[("year-long", "P1Y")]),
        case("a counted hyphenated adjective", "They agreed a 10-day truce.", WED, &[("10-day", "P10D")]),
    ];

    const SETS: &[Case] = &[
        case("a rate after money", "Soldiers earn $2,000 a month at the front.", WED, &[("a month", "P1M")]),
        case("a frequency", "The council meets twice a year.", WED, &[("a year", "P1Y")]),
        case("per", "The plant burns 40 tonnes per day.", WED, &[("per day", "P1D")]),
        case(
            "every and each",
            "Drones strike every day and ships dock each week.",
            WED,
            &[("every day", "P1D"), ("each week", "P1W")],
        ),
        case("every N units", "Elections are held every two years.", WED, &[("every two years", "P2Y")]),
        case(
            "a length and a rate",
            "Crews worked 24 hours a day.",
            WED,
            &[("24 hours", "PT24H"), ("a day", "P1D")],
        ),
    ];

    const QUARTERS: &[Case] = &[
        case(
            "a past quarter that ended last year",
            "Profits fell in the third quarter.",
            WED,
            &[("the third quarter", "2024-Q3")],
        ),
        case(
            "a future quarter",
            "Sales will recover in the third quarter.",
            WED,
            &[("the third quarter", "2025-Q3")],
        ),
        case(
            "the quarter under way counts as begun",
            "Output rose in the first quarter.",
            WED,
            &[("the first quarter", "2025-Q1")],
        ),
        case(
            "a hyphenated quarter modifying a noun",
            "The bank reported fourth-quarter losses on Tuesday.",
            WED,
            &[("fourth-quarter", "2024-Q4"), ("Tuesday", "2025-03-11")],
        ),
        case(
            "a quarter of a year",
            "Exports grew in the second quarter of 2023.",
            WED,
            &[("the second quarter of 2023", "2023-Q2")],
        ),
        case(
            "a short quarter with its year",
            "Deliveries in Q2 2024 were a record.",
            WED,
            &[("Q2 2024", "2024-Q2")],
        ),
        case(
            "a quarter of a relative year",
            "Growth slowed in the first quarter of last year.",
            WED,
            &[("the first quarter of last year", "2024-Q1")],
        ),
        case(
            "last and next quarter",
            "Margins narrowed last quarter and will widen next quarter.",
            WED,
            &[("last quarter", "2024-Q4"), ("next quarter", "2025-Q2")],
        ),
        case("no reference keeps the year unknown", "Sales fell in Q3.", UNDATED, &[("Q3", "XXXX-Q3")]),
    ];

    const VAGUE: &[Case] = &[
        case("now", "Now the two countries are allies.", WED, &[("Now", "PRESENT_REF")]),
        case(
            "currently and at present",
            "The army currently has no reserves and at present cannot recruit.",
            WED,
            &[("currently", "PRESENT_REF"), ("present", "PRESENT_REF")],
        ),
        case("these days", "Few believe the promises these days.", WED, &[("these days", "PRESENT_REF")]),
        case(
            "the future",
            "The deal could shape the future of the region.",
            WED,
            &[("the future", "FUTURE_REF")],
        ),
        case(
            "the near future",
            "No talks are planned in the near future.",
            WED,
            &[("the near future", "FUTURE_REF")],
        ),
        case("the past", "Such threats were ignored in the past.", WED, &[("the past", "PAST_REF")]),
        case(
            "the next few weeks",
            "Troops are expected to deploy in the next few weeks.",
            WED,
            &[("the next few weeks", "FUTURE_REF")],
        ),
        case(
            "the coming months",
            "Prices will rise in the coming months.",
            WED,
            &[("the coming months", "FUTURE_REF")],
        ),
        case(
            "coming days without a determiner",
            "A decision is due in coming days.",
            WED,
            &[("coming days", "FUTURE_REF")],
        ),
        case("recent years", "Attacks have grown in recent years.", WED, &[("recent years", "PAST_REF")]),
        case(
            "the weeks ahead",
            "The weeks ahead will be difficult.",
            WED,
            &[("The weeks ahead", "FUTURE_REF")],
        ),
        case(
            "the past few days",
            "Shelling has intensified over the past few days.",
            WED,
            &[("the past few days", "PAST_REF")],
        ),
        case("years ago", "The mine closed years ago.", WED, &[("years ago", "PAST_REF")]),
    ];

    const NEGATIVES: &[Case] = &[
        case(
            "adverbs of order",
            "The ministry had previously denied it and recently already admitted it once.",
            WED,
            &[],
        ),
        case("recent as an adjective", "Recent strikes hit the port.", WED, &[]),
        case(
            "traditional and long-standing",
            "Traditionally, the long-standing alliance held a once-in-a-lifetime summit.",
            WED,
            &[],
        ),
        case("may as a modal", "Officials may consider new sanctions. May they succeed.", WED, &[]),
        case("march as a verb", "March on the capital, the leaders urged.", WED, &[]),
        case("a count is not a year", "The army lost 1500 soldiers in the assault.", WED, &[]),
        case(
            "a count after a preposition is not a year",
            "In 1500 cases the courts ruled for the state.",
            WED,
            &[],
        ),
        case("a count after of is not a year", "A force of 2000 soldiers massed at the border.", WED, &[]),
        case("a count with a comma is not a year", "About 10,000 troops crossed the border.", WED, &[]),
        case("a plural noun makes it a count", "The 2000 people fled.", WED, &[]),
        case("ordinals", "The second round of talks failed.", WED, &[]),
        case("season names in names", "Summer Olympics organisers praised the Arab Spring.", WED, &[]),
        case("fall as a verb", "Prices could fall further, analysts said.", WED, &[]),
        case("the fall of a city", "Since the fall of Kabul, aid has dried up.", WED, &[]),
        case(
            "a season modifying a noun",
            "The spring water was contaminated in the spring offensive.",
            WED,
            &[],
        ),
        case("august as an adjective", "She was an august figure.", WED, &[]),
        case("event names", "The Korean War shaped the Eastern Front.", WED, &[]),
        case("one day as an idiom", "One day, the war will end.", WED, &[]),
        case("the last day is a position", "It was the last day of the offensive.", WED, &[]),
        case("the last year of", "It was the last year of his presidency.", WED, &[]),
        case(
            "ages are not durations",
            "The 25-year-old soldier was three years old when it began.",
            WED,
            &[],
        ),
        case("a newspaper title", "USA Today reported the figures.", WED, &[]),
        case("soon is left out", "Talks will resume soon.", WED, &[]),
        case("a determined plural unit", "The months that followed were hard.", WED, &[]),
        case(
            "quarters in a row are counted",
            "It was the retailer's third quarter in a row of losses.",
            WED,
            &[],
        ),
        case("a fraction is no quarter", "A third quarter of the workforce was laid off.", WED, &[]),
        case("a quarter of a century", "The first quarter of the century brought two wars.", WED, &[]),
        case("a quarter-final", "The second quarter-final was postponed.", WED, &[]),
    ];

    const REGRESSION: &[Case] = &[
        case(
            "an irregular passive participle is not a past cue",
            "Elections will be held in November.",
            WED,
            &[("November", "2025-11")],
        ),
        case(
            "a participle after is is an adjective, not a past",
            "Today, the country is isolated.",
            WED,
            &[("Today", "PRESENT_REF")],
        ),
        case(
            "scheduled for looks ahead",
            "The hearing is scheduled for Thursday.",
            WED,
            &[("Thursday", "2025-03-13")],
        ),
        case(
            "a deadline without a tense lies ahead",
            "Talks must conclude by Friday.",
            WED,
            &[("Friday", "2025-03-14")],
        ),
        case(
            "a verb after a year does not make it a count",
            "The offensive in 2023 failed to break through.",
            WED,
            &[("2023", "2023")],
        ),
        case(
            "at present before a modal",
            "The army at present cannot recruit.",
            WED,
            &[("present", "PRESENT_REF")],
        ),
        case(
            "many more months",
            "The siege could last for many more months.",
            WED,
            &[("many more months", "PXM")],
        ),
        case("a leading zero is a clock reading", "Troops moved in at 0400 hours.", WED, &[]),
        case(
            "weekdays inside names",
            "The Good Friday Agreement and Super Tuesday were cited by the Sunday Times.",
            WED,
            &[],
        ),
        case(
            "over the weekend",
            "Over the weekend, drones struck the refinery.",
            WED,
            &[("the weekend", "2025-W10-WE")],
        ),
        case(
            "a counted noun before a rate",
            "Contractors earn 1,000 euros a month.",
            WED,
            &[("a month", "P1M")],
        ),
        case(
            "a day after is no rate",
            "Gunmen killed 12 people a day after the raid.",
            WED,
            &[("a day", "P1D")],
        ),
        case(
            "and a half",
            "Talks lasted a year and a half, the siege two and a half years.",
            WED,
            &[("a year and a half", "P1.5Y"), ("two and a half years", "P2.5Y")],
        ),
        case(
            "next before a noun that is no time is no future cue",
            "Talks on Friday focused on the next coalition government.",
            WED,
            &[("Friday", "2025-03-07")],
        ),
        case(
            "refused to stays past before a later future cue",
            "Lawmakers refused to vote on Monday on next year's budget.",
            WED,
            &[("Monday", "2025-03-10"), ("next year", "2026")],
        ),
        case(
            "would in a past report looks ahead to a deadline",
            "The agency said the figures would be published by Thursday.",
            WED,
            &[("Thursday", "2025-03-13")],
        ),
        case(
            "would in a past report looks ahead",
            "Officials said the envoy would arrive in Doha on Saturday.",
            WED,
            &[("Saturday", "2025-03-15")],
        ),
        case(
            "a negated could is a past attempt",
            "The ministry could not be reached on Monday.",
            WED,
            &[("Monday", "2025-03-10")],
        ),
        case(
            "a perfect would is past",
            "He said he would have signed it on Tuesday.",
            WED,
            &[("Tuesday", "2025-03-11")],
        ),
        case(
            "a participle after a gerund has no tense; through is a deadline",
            "Parliament passed a budget on Tuesday, keeping the ministries financed through April 30.",
            WED,
            &[("Tuesday", "2025-03-11"), ("April 30", "2025-04-30")],
        ),
        case(
            "a participle after with has no tense",
            "The army withdrew on Monday, with checkpoints staffed until June.",
            WED,
            &[("Monday", "2025-03-10"), ("June", "2025-06")],
        ),
        case(
            "a past verb governs through",
            "The strike lasted through Sunday.",
            WED,
            &[("Sunday", "2025-03-09")],
        ),
        case(
            "the end of a range is no deadline",
            "Polling stations in the north, open from Monday through Tuesday.",
            WED,
            &[("Monday", "2025-03-10"), ("Tuesday", "2025-03-11")],
        ),
        case(
            "a participle after remain takes its tense from it",
            "The border will remain closed until Saturday.",
            WED,
            &[("Saturday", "2025-03-15")],
        ),
        case(
            "a year before levels or figures is a year",
            "Output is still below 2019 levels and far from 1990 figures.",
            WED,
            &[("2019", "2019"), ("1990", "1990")],
        ),
        case(
            "a clock time takes the one day of its sentence",
            "The quake struck at 4:10 a.m. on Monday.",
            WED,
            &[("4:10 a.m.", "2025-03-10T04:10"), ("Monday", "2025-03-10")],
        ),
        case(
            "a clock time among two days stays unanchored",
            "Shelling began at 6 a.m. on Saturday and ended on Monday.",
            WED,
            &[("6 a.m.", "XXXX-XX-XXT06:00"), ("Saturday", "2025-03-08"), ("Monday", "2025-03-10")],
        ),
        case(
            "a fiscal quarter is not a calendar one",
            "Its fiscal second quarter ended in December.",
            WED,
            &[("December", "2024-12")],
        ),
    ];

    #[test]
    fn weekdays_are_placed_by_the_tense_of_their_clause() {
        run(WEEKDAYS);
    }

    #[test]
    fn months_and_month_days_are_placed_by_tense() {
        run(MONTHS);
    }

    #[test]
    fn explicit_dates_years_seasons_and_clock_times() {
        run(EXPLICIT);
    }

    #[test]
    fn relative_expressions_resolve_against_the_reference() {
        run(RELATIVE);
    }

    #[test]
    fn decades_and_centuries() {
        run(DECADES_CENTURIES);
    }

    #[test]
    fn durations() {
        run(DURATIONS);
    }

    #[test]
    fn sets() {
        run(SETS);
    }

    #[test]
    fn the_word_lists_are_complete_and_lower_case() {
        let sections = sections(include_str!("../../data/time_words.txt"));
        let entries = |name: &str| sections.iter().find(|(n, _)| *n == name).map_or(&[][..], |(_, e)| e);
        let ordered = [
            ("months", 12),
            ("month_abbreviations", 12),
            ("weekdays", 7),
            ("weekday_plurals", 7),
            ("seasons", 4),
            ("units", 8),
            ("unit_plurals", 8),
            ("counts", 20),
            ("tens", 7),
            ("ordinals", 20),
            ("quarters", 4),
        ];
        for (name, len) in ordered {
            assert_eq!(entries(name).len(), len, "[{name}]");
        }
        for (name, _) in WORD_CLASSES {
            assert!(!entries(name).is_empty(), "[{name}] is missing");
        }
        for (name, words) in &sections {
            for word in words {
                assert_eq!(*word, word.to_lowercase(), "[{name}] {word}");
            }
        }
        assert_eq!((month_name_len(9), month_name_len(5)), (9, 3));
        let lex = |word: &str| vocabulary().lookup(word).lex;
        assert_eq!(lex("Sept"), Some(Lex::Month(9)));
        assert_eq!(lex("AUTUMN"), Some(Lex::Season(Season::Fall)));
        assert_eq!(lex("dozen"), Some(Lex::Count(12)));
        assert_eq!(lex("ninety"), Some(Lex::Count(90)));
        assert_eq!(lex("Sunday"), Some(Lex::Weekday(Weekday::Sunday)));
        assert!(vocabulary().lookup("\u{201d}").words.0 & CLAUSE_MARKS.0 != 0);
    }

    #[test]
    fn quarters_are_placed_like_seasons() {
        run(QUARTERS);
    }

    #[test]
    fn quarters_carry_their_days_but_no_precision() {
        let sentence = "Revenue rose in the third quarter of 2024.";
        let spans = find_times(sentence, 0..sentence.len(), WED);
        let Some(SpanValue::Time(value)) = spans.first().map(|s| &s.value) else { panic!("no TIME") };
        let interval = (Date::constant(2024, 7, 1), Date::constant(2024, 9, 30));
        assert_eq!((value.interval, value.precision), (Some(interval), None));
    }

    #[test]
    fn vague_references() {
        run(VAGUE);
    }

    #[test]
    fn words_that_are_not_time() {
        run(NEGATIVES);
    }

    #[test]
    fn regressions() {
        run(REGRESSION);
    }

    #[test]
    fn placed_values_carry_their_first_and_last_day() {
        let d = |y, m, day| Date::constant(y, m, day);
        let table = [
            ("Troops left on Monday.", (d(2025, 3, 10), d(2025, 3, 10)), Precision::Day),
            ("Troops left last week.", (d(2025, 3, 3), d(2025, 3, 9)), Precision::Week),
            ("Troops left in February.", (d(2025, 2, 1), d(2025, 2, 28)), Precision::Month),
            ("Troops left last winter.", (d(2024, 12, 1), d(2025, 2, 28)), Precision::Season),
            ("Troops left in 2024.", (d(2024, 1, 1), d(2024, 12, 31)), Precision::Year),
            ("Troops left in the 1950s.", (d(1950, 1, 1), d(1959, 12, 31)), Precision::Decade),
            ("Troops left in the 21st century.", (d(2000, 1, 1), d(2099, 12, 31)), Precision::Century),
        ];
        for (sentence, interval, precision) in table {
            let spans = find_times(sentence, 0..sentence.len(), WED);
            let Some(SpanValue::Time(value)) = spans.first().map(|s| &s.value) else {
                panic!("{sentence}: no TIME")
            };
            assert_eq!((value.interval, value.precision), (Some(interval), Some(precision)), "{sentence}");
        }
    }

    #[test]
    fn durations_sets_and_vague_values_have_no_interval() {
        let sentence = "For three years, $5 a day bought bread, and now the future is bleak.";
        let spans = find_times(sentence, 0..sentence.len(), WED);
        assert_eq!(spans.len(), 4);
        for span in spans {
            let SpanValue::Time(value) = span.value else { panic!("not a TIME value") };
            assert_eq!((value.interval, value.precision), (None, None), "{}", value.timex);
        }
    }

    #[test]
    fn hostile_input_never_panics_and_spans_stay_well_formed() {
        let long_digits = "9".repeat(5000);
        let inputs = [
            "",
            " ",
            "....,,,;;;---'''\u{2019}\u{2019}",
            long_digits.as_str(),
            "in 99999999999999999999999 years, every 99999999999999999999 days, May 99999999999",
            "the 999999999th century, the 9990s, '9s, '', mid-, the, a.m., 99:99 p.m., 2024-99-99",
            "В 2024 году, 2024年5月27日, ٢٠٢٤ في مايو, Montag und im Juni",
            "🎉 Monday 🎉 in 2024 🚀 the 1950s👍 last week🔥 a month",
            "May 27, 2024 — 3 p.m. Monday, Oct. 28 — 28th October 2024 — mid-1990s — 21st-century",
            "\u{202e}Monday\u{200b} June\u{feff}2024 e\u{301}t\u{e9} 1\u{fe0f}\u{20e3} years",
        ];
        for text in inputs {
            let len = text.len();
            #[allow(clippy::reversed_empty_ranges)]
            let ranges =
                [0..len, 1..len.saturating_sub(1), len / 2..len, 3..2, 0..len + 10, len + 5..len + 9];
            for range in ranges {
                for reference in [WED, UNDATED, Some(Date::MIN), Some(Date::MAX)] {
                    let spans = find_times(text, range.clone(), reference);
                    let bounded = char_bounded(text, range.clone());
                    let mut previous_end = bounded.start;
                    for span in &spans {
                        assert!(
                            span.range.start >= previous_end && span.range.end <= bounded.end,
                            "{text:?}"
                        );
                        assert!(text.get(span.range.clone()).is_some_and(|s| !s.is_empty()), "{text:?}");
                        previous_end = span.range.end;
                    }
                    assert_eq!(spans, find_times(text, range.clone(), reference), "deterministic");
                }
            }
        }
    }
}
