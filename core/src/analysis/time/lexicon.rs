//! The time lexicon: tokens, the word classes of `core/data/time_words.txt` (read once into
//! one hash map, so that testing a token against a list is a bit test), and digits read as
//! counts, years, days of the month and ordinals.

use std::ops::Range;
use std::sync::OnceLock;

use jiff::civil::Weekday;
use rustc_hash::FxHashMap;

use super::holidays::HolidayRule;
use super::values::{Season, Unit};
use crate::wordlist;

/// One word (a run of letters and digits; "2,000" and "1.5" stay whole) or punctuation mark.
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) lex: Lex,
    /// The word classes of `time_words.txt` that the token belongs to.
    pub(super) words: Words,
}

/// What a token can contribute to a time expression; `Other` tokens never start one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lex {
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
pub(in crate::analysis) enum Plurality {
    One,
    Many,
}

// The vocabulary: `core/data/time_words.txt`, read once into one hash map from a lower-cased
// word to its calendar meaning and the word classes it belongs to, so that every test of a
// token against a list is a bit test on flags computed when the sentence is split.

/// A set of word classes, one bit per list of `time_words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Words(pub(super) u64);

impl std::ops::BitOr for Words {
    type Output = Words;
    fn bitor(self, other: Words) -> Words {
        Words(self.0 | other.0)
    }
}

/// Prepositions after which a month, season or year is a date ("in June", "since 2014").
pub(super) const DATE_PREPOSITIONS: Words = Words(1 << 0);
/// Words that join a second date to the one just found: "June and August", "2020 to 2022".
pub(super) const DATE_CONJUNCTIONS: Words = Words(1 << 1);
/// Determiners that make "last week" a noun phrase ("the last week of the war").
pub(super) const DETERMINERS: Words = Words(1 << 2);
/// Determiners before an attributive year: "the 2022 invasion".
pub(super) const YEAR_DETERMINERS: Words = Words(1 << 3);
/// Lower-case words that can follow a time expression without being a noun it modifies.
pub(super) const FUNCTION_WORDS: Words = Words(1 << 4);
/// Words and marks that end a clause for the purpose of finding its tense.
pub(super) const CLAUSE_WORDS: Words = Words(1 << 5);
pub(super) const CLAUSE_MARKS: Words = Words(1 << 6);
/// Clause words that are prepositions when a date follows at once ("until Friday").
pub(super) const TIME_PREPOSITIONS: Words = Words(1 << 7);
/// "by", "until": a date after one with no tense of its own lies ahead.
pub(super) const DEADLINE_PREPOSITIONS: Words = Words(1 << 8);
pub(super) const FUTURE_CUES: Words = Words(1 << 9);
/// Verbs of intention or schedule, future when followed by "to": "expected to", "plans to".
pub(super) const INTENT_CUES: Words = Words(1 << 10);
/// Verbs of schedule, future when followed by "for": "scheduled for Thursday".
pub(super) const SCHEDULE_CUES: Words = Words(1 << 11);
pub(super) const PAST_CUES: Words = Words(1 << 12);
pub(super) const BE_FORMS: Words = Words(1 << 13);
/// "early", "late", "earlier", "later" before a date.
pub(super) const MODIFIERS: Words = Words(1 << 14);
/// Hedges kept inside a duration's span: "nearly three years".
pub(super) const HEDGES: Words = Words(1 << 15);
/// Words before "a year" or a bare "years" that make it a length of time.
pub(super) const DURATION_LEADS: Words = Words(1 << 16);
/// Words after a unit that make it a length of time: "a year of war", "months later".
pub(super) const DURATION_TAILS: Words = Words(1 << 17);
/// Words after a bare plural unit that make it a length: "months of talks".
pub(super) const PLURAL_TAILS: Words = Words(1 << 18);
/// Words after "a day" that make it a point in time, not a rate: "a day after the raid".
pub(super) const RELATIVE_TAILS: Words = Words(1 << 19);
pub(super) const IRREGULAR_PLURALS: Words = Words(1 << 20);
pub(super) const WEEKEND_PREPOSITIONS: Words = Words(1 << 21);
pub(super) const AMOUNT_WORDS: Words = Words(1 << 22);
pub(super) const ARTICLES: Words = Words(1 << 23);
pub(super) const VAGUE_COUNTS: Words = Words(1 << 24);
pub(super) const PRESENT_WORDS: Words = Words(1 << 25);
pub(super) const FUTURE_ADJECTIVES: Words = Words(1 << 26);
/// "would", "could": forward from the time of a report.
pub(super) const FORWARD_MODALS: Words = Words(1 << 27);
/// Verbs that stay past before "to": "refused to vote on Monday".
pub(super) const PAST_BEFORE_TO: Words = Words(1 << 28);
/// Words after which a participle completes an object: "keeping the ministries financed".
pub(super) const NON_FINITE_HEADS: Words = Words(1 << 29);
/// Nouns that make the year before them a date: "below 2010 levels".
pub(super) const YEAR_BENCHMARKS: Words = Words(1 << 30);
/// Present-tense verbs of a schedule, which put a bare date at its nearest: "which starts on".
pub(super) const SCHEDULE_PRESENT: Words = Words(1 << 31);
/// Nouns that follow "to" as a verb would ("returned to power", "went to court"): no infinitive.
pub(super) const NOUNS_AFTER_TO: Words = Words(1 << 32);
/// Verbs of expectation whose object lies ahead: "expects no move until December".
pub(super) const EXPECTATION_VERBS: Words = Words(1 << 33);
/// Past verbs whose infinitive lies ahead of them: "ordered the trial to resume on Thursday".
pub(super) const DIRECTIVE_VERBS: Words = Words(1 << 34);
/// Adjectives of succession between a count and its unit: "18 consecutive months".
pub(super) const DURATION_ADJECTIVES: Words = Words(1 << 35);
/// Words naming a year that straddles two: "the 2026-27 financial year".
pub(super) const YEAR_SPAN_QUALIFIERS: Words = Words(1 << 36);
/// Time zones written after a clock time: "4:15 p.m. GMT", "0830 GMT".
pub(super) const TIME_ZONES: Words = Words(1 << 37);
/// Prepositions that make "15:00" or "noon" a clock time: "at 15:00", "by noon".
pub(super) const CLOCK_PREPOSITIONS: Words = Words(1 << 38);
/// Prepositions that make a one-word holiday a date: "over Easter", "for Christmas".
pub(super) const HOLIDAY_PREPOSITIONS: Words = Words(1 << 39);
/// The first words of the holidays' names ("christmas", "good"), which may start an
/// expression though they have no calendar meaning of their own.
pub(super) const HOLIDAY_STARTS: Words = Words(1 << 40);
/// Verbs after which a year opening a clause is its subject: "2024 was the hottest year".
pub(super) const YEAR_SUBJECT_VERBS: Words = Words(1 << 41);
/// Past verbs that put something off to a date: "adjourned the hearing to July 3".
pub(super) const POSTPONEMENT_VERBS: Words = Words(1 << 42);
/// Words of a market's trading: a clock time in their sentence is the reference day's.
pub(super) const MARKET_WORDS: Words = Words(1 << 43);
/// Verbs that report what was said, and tell of nothing that happened after a date.
pub(super) const REPORTING_VERBS: Words = Words(1 << 44);
/// Words after which "late" is tardy, not a part of a day: "40 minutes late on Monday".
pub(super) const TARDY_BEFORE: Words = Words(1 << 45);

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
    ("tardy_before", TARDY_BEFORE),
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
    ("schedule_present", SCHEDULE_PRESENT),
    ("nouns_after_to", NOUNS_AFTER_TO),
    ("expectation_verbs", EXPECTATION_VERBS),
    ("directive_verbs", DIRECTIVE_VERBS),
    ("duration_adjectives", DURATION_ADJECTIVES),
    ("year_span_qualifiers", YEAR_SPAN_QUALIFIERS),
    ("time_zones", TIME_ZONES),
    ("clock_prepositions", CLOCK_PREPOSITIONS),
    ("holiday_prepositions", HOLIDAY_PREPOSITIONS),
    ("year_subject_verbs", YEAR_SUBJECT_VERBS),
    ("postponement_verbs", POSTPONEMENT_VERBS),
    ("market_words", MARKET_WORDS),
    ("reporting_verbs", REPORTING_VERBS),
];

const SEASONS: [Season; 4] = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];
const UNITS: [Unit; 9] = [
    Unit::Second,
    Unit::Minute,
    Unit::Hour,
    Unit::Day,
    Unit::Week,
    Unit::Month,
    Unit::Year,
    Unit::Decade,
    Unit::Century,
];

/// What the vocabulary knows of one lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    lex: Option<Lex>,
    words: Words,
}

struct Vocabulary {
    /// By the word's bytes, so a lower-cased token is looked up as it is, with no UTF-8 check.
    entries: FxHashMap<&'static [u8], Entry>,
    /// The holidays of `[holidays]` by the first word of their name: the words after it, as
    /// tokens, and the rule of their day.
    holidays: FxHashMap<&'static str, Vec<(Vec<&'static str>, HolidayRule)>>,
    /// The longest entry in bytes: longer tokens are not looked up.
    longest: usize,
    /// The length of each month's full name, to tell "Sept" from "September".
    month_name_lens: [usize; 12],
}

/// The vocabulary, built once from `core/data/time_words.txt`.
fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| Vocabulary::parse(include_str!("../../../data/time_words.txt")))
}

impl Vocabulary {
    /// Reads a word list in the format of [`crate::wordlist`]. Unknown sections are ignored,
    /// so the file can carry notes for other readers.
    fn parse(src: &'static str) -> Vocabulary {
        let lists = wordlist::lists(src);
        let section = |name: &str| -> &[&'static str] { lists.get(name).map_or(&[], Vec::as_slice) };
        let mut vocabulary = Vocabulary {
            entries: FxHashMap::default(),
            holidays: FxHashMap::default(),
            longest: 0,
            month_name_lens: [0; 12],
        };
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
                vocabulary.entries.entry(word.as_bytes()).or_default().lex = lex(i);
            }
        }
        for (i, word) in section("months").iter().take(12).enumerate() {
            vocabulary.month_name_lens[i] = word.len();
        }
        for line in section("aliases") {
            if let Some((alias, word)) = line.split_once(' ') {
                let lex = vocabulary.entries.get(word.trim().as_bytes()).and_then(|e| e.lex);
                vocabulary.entries.entry(alias.as_bytes()).or_default().lex = lex;
            }
        }
        for &(name, class) in WORD_CLASSES {
            for &word in section(name) {
                let entry = vocabulary.entries.entry(word.as_bytes()).or_default();
                entry.words = entry.words | class;
            }
        }
        for line in section("holidays") {
            let Some((name, rule)) = line.split_once('|') else { continue };
            let (mut words, Some(rule)) = (name_tokens(name.trim()), HolidayRule::parse(rule.trim())) else {
                continue;
            };
            if words.is_empty() {
                continue;
            }
            let first = words.remove(0);
            let entry = vocabulary.entries.entry(first.as_bytes()).or_default();
            entry.words = entry.words | HOLIDAY_STARTS;
            vocabulary.holidays.entry(first).or_default().push((words, rule));
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
        self.entries.get(&buf[..bytes.len()]).copied().unwrap_or_default()
    }
}

/// The tokens of a holiday's name as the tokenizer splits text: runs of letters and digits,
/// and every other mark on its own ("new year's eve" → new, year, ', s, eve).
fn name_tokens(name: &'static str) -> Vec<&'static str> {
    let mut tokens = Vec::new();
    let mut word_start = None;
    for (i, c) in name.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            tokens.push(&name[start..i]);
        }
        if !c.is_whitespace() {
            tokens.push(&name[i..i + c.len_utf8()]);
        }
    }
    if let Some(start) = word_start {
        tokens.push(&name[start..]);
    }
    tokens
}

/// The holiday whose name starts with the token `first` and goes on with `next(1)`,
/// `next(2)`, ...: its rule and how many tokens its name takes. The longest name wins
/// ("Christmas Day" over "Christmas"); apostrophes match any apostrophe.
pub(super) fn holiday_at<'t>(first: &str, next: impl Fn(usize) -> &'t str) -> Option<(HolidayRule, usize)> {
    let vocabulary = vocabulary();
    let mut buf = [0u8; 32];
    let bytes = first.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (lower, b) in buf.iter_mut().zip(bytes) {
        *lower = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
    let same = |word: &str, text: &str| {
        word.eq_ignore_ascii_case(text) || (is_apostrophe(word) && is_apostrophe(text))
    };
    vocabulary
        .holidays
        .get(lower)?
        .iter()
        .filter(|(rest, _)| rest.iter().enumerate().all(|(k, word)| same(word, next(k + 1))))
        .max_by_key(|(rest, _)| rest.len())
        .map(|(rest, rule)| (*rule, rest.len() + 1))
}

/// The month (1 to 12) that a month name or abbreviation names, in any case: "Sept" is 9.
pub(in crate::analysis) fn month_number(word: &str) -> Option<i8> {
    match vocabulary().lookup(word).lex? {
        Lex::Month(month) => Some(month),
        _ => None,
    }
}

/// The unit of duration that `word` names, in any case, and whether it is plural: "Days" is
/// a plural day.
pub(in crate::analysis) fn duration_unit(word: &str) -> Option<(Unit, Plurality)> {
    match vocabulary().lookup(word).lex? {
        Lex::Unit(unit, plurality) => Some((unit, plurality)),
        _ => None,
    }
}

/// The length of a month's full name, to tell "Sept" from "September".
pub(super) fn month_name_len(month: i8) -> usize {
    usize::try_from(month - 1).ok().and_then(|i| vocabulary().month_name_lens.get(i).copied()).unwrap_or(0)
}

/// Splits `text[range]` into tokens with absolute byte offsets.
pub(super) fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let vocabulary = vocabulary();
    let base = range.start;
    let s = &text[range];
    let bytes = s.as_bytes();
    let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
    let mut toks = Vec::with_capacity(s.len() / 5 + 1);
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

pub(super) fn is_apostrophe(s: &str) -> bool {
    matches!(s, "'" | "\u{2019}")
}

pub(super) fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

// ---------------------------------------------------------------------------------------------
// Number parsing
// ---------------------------------------------------------------------------------------------

/// A run of ASCII digits, at most nine of them.
pub(super) fn digits(s: &str) -> Option<u32> {
    let ok = !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}

/// A count written in digits, with thousands separators: "10", "1,000".
pub(super) fn count_digits(s: &str) -> Option<u64> {
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
pub(super) fn year_digits(s: &str) -> Option<i16> {
    let year = digits(s).filter(|_| s.len() == 4)?;
    (1000..=2199).contains(&year).then_some(year as i16)
}

/// A day of the month: "27" or "27th".
pub(super) fn day_digits(s: &str) -> Option<i8> {
    let day = digits(s).filter(|_| s.len() <= 2).or_else(|| ordinal_digits(s))?;
    (1..=31).contains(&day).then_some(day as i8)
}

/// An ordinal in digits: "21st", "3rd", "100th".
pub(super) fn ordinal_digits(s: &str) -> Option<u32> {
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (number, suffix) = s.split_at(split);
    let ok = ["st", "nd", "rd", "th"].iter().any(|x| x.eq_ignore_ascii_case(suffix));
    ok.then(|| digits(number).filter(|_| number.len() <= 3)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_complete_and_lower_case() {
        let lists = wordlist::lists(include_str!("../../../data/time_words.txt"));
        let entries = |name: &str| lists.get(name).map_or(&[][..], Vec::as_slice);
        let ordered = [
            ("months", 12),
            ("month_abbreviations", 12),
            ("weekdays", 7),
            ("weekday_plurals", 7),
            ("seasons", 4),
            ("units", 9),
            ("unit_plurals", 9),
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
        for (name, words) in &lists {
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
        assert_eq!(lex("second"), Some(Lex::Ordinal(2)));
        assert_eq!(lex("Seconds"), Some(Lex::Unit(Unit::Second, Plurality::Many)));
        assert!(vocabulary().lookup("\u{201d}").words.0 & CLAUSE_MARKS.0 != 0);
    }
}
