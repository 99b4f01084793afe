//! NUMBER's word lists, read once from `core/data/number_words.txt`: hedges, number words,
//! scales, the words around a number that make it something else (a duration, a name, a time
//! of day), people nouns, and the units written before or after a number; the currencies of
//! ISO 4217 come from `core/data/number_currencies.txt`, which `scripts/number/currencies.py`
//! derives from pycountry. Month names and units of duration are TIME's ([`is_month_name`],
//! [`is_duration_word`]).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::super::time;
use crate::wordlist;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UnitKind {
    Money,
    /// Values are divided by 100: `90%` is 0.9.
    Percent,
    Measure,
    /// Inferred from the counted noun; never written in the span.
    People,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Unit {
    pub(super) name: &'static str,
    pub(super) kind: UnitKind,
}

/// The unit of a glued percent sign: `90%`.
pub(super) const PERCENT: Unit = Unit { name: "percent", kind: UnitKind::Percent };
pub(super) const PEOPLE: Unit = Unit { name: "people", kind: UnitKind::People };
/// The unit of an age: "46-year-old".
pub(super) const AGE: Unit = Unit { name: "years", kind: UnitKind::Measure };
/// The unit of a height in feet and inches, "5-foot-11", given in inches.
pub(super) const INCHES: Unit = Unit { name: "in", kind: UnitKind::Measure };

/// The lists of `number_words.txt`, one field a section; phrases are space-separated tokens.
/// Lists matched ignoring case are hashed ([`WordSet`], [`WordMap`], [`Phrases`]), since
/// they are asked about most tokens of every sentence; those matched with their case are
/// [`Exact`] maps, and the short list of streets is scanned.
pub(super) struct Words {
    pub(super) hedges: Phrases<&'static str>,
    /// Hedges written after the number: "60 or so".
    pub(super) hedges_after: Phrases<&'static str>,
    /// "one" to "nineteen", with their values.
    pub(super) ones: WordMap<i64>,
    /// "twenty" to "ninety", with their values.
    pub(super) tens: WordMap<i64>,
    /// Denominators of fractions, singular and plural, with their value: `thirds` is 3.
    pub(super) fractions: WordMap<i64>,
    /// Scale words with their powers of ten: `million` is 6.
    pub(super) scales: Phrases<i32>,
    pub(super) vague_plurals: WordSet,
    /// Words besides TIME's units of duration after which a number is a duration or frequency.
    pub(super) time_words: WordSet,
    pub(super) time_modifiers: WordSet,
    /// Periods a rate may end in besides the hour, day, week, month and year.
    pub(super) rate_periods: WordSet,
    pub(super) numbered: WordSet,
    pub(super) pronoun_one_before: WordSet,
    pub(super) function_words: WordSet,
    /// Words after a number's hyphen that make an idiom rather than a count: "two-way".
    pub(super) hyphen_idioms: WordSet,
    /// Words after which a fraction written apart ends: "by a third in all".
    pub(super) after_fraction: WordSet,
    /// Matched with their case.
    pub(super) streets: Vec<&'static str>,
    pub(super) clock_words: WordSet,
    pub(super) change_words: WordSet,
    pub(super) people_plural: WordSet,
    pub(super) people_singular: WordSet,
    pub(super) human_groups: WordSet,
    pub(super) noun_modifiers: WordSet,
    pub(super) after_won: WordSet,
    pub(super) currency_symbols: Phrases<Unit>,
    pub(super) dollar_prefixes: Exact<Unit>,
    /// Abbreviations written before the number ("Rs", "KSh").
    pub(super) currency_before: Exact<Unit>,
    /// Single letters glued before money ("R250").
    pub(super) currency_letters: Exact<Unit>,
    /// ISO codes written before or after the number ("SEK 20 billion", "20 billion SEK").
    pub(super) currency_codes: Exact<Unit>,
    pub(super) units_after: Phrases<Unit>,
    pub(super) units_glued: Exact<Unit>,
}

const WORD_LISTS: &str = include_str!("../../../data/number_words.txt");
const CURRENCY_LISTS: &str = include_str!("../../../data/number_currencies.txt");

/// The word lists, read once from `core/data/number_words.txt` and
/// `core/data/number_currencies.txt`.
pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::parse(&[WORD_LISTS, CURRENCY_LISTS]))
}

impl Words {
    /// Reads word lists in the format of [`crate::wordlist`]; the files hold different
    /// sections. A missing section reads as an empty list, and an entry `written = value`
    /// whose value does not parse is skipped.
    fn parse(files: &[&'static str]) -> Words {
        let lists: FxHashMap<_, _> = files.iter().flat_map(|src| wordlist::lists(src)).collect();
        let list = |name: &str| lists.get(name).cloned().unwrap_or_default();
        let set = |name: &str| WordSet::of(list(name));
        // In [ones] and [tens] the order gives the value.
        let counted = |name: &str, value: fn(i64) -> i64| {
            WordMap::new(list(name).into_iter().zip(1..).map(|(word, n)| (word, value(n))))
        };
        // Each section holds units of one kind; a list may join several sections.
        let units = |sections: &[(&str, UnitKind)]| -> Vec<(&'static str, Unit)> {
            let unit = |kind| move |(written, name)| (written, Unit { name, kind });
            sections
                .iter()
                .flat_map(|&(section, kind)| valued(&lists, section, Some).into_iter().map(unit(kind)))
                .collect()
        };
        let hedges = |name: &str| Phrases::new(list(name).into_iter().map(|hedge| (hedge, hedge)).collect());
        Words {
            hedges: hedges("hedges"),
            hedges_after: hedges("hedges_after"),
            ones: counted("ones", |n| n),
            tens: counted("tens", |n| 10 * (n + 1)),
            fractions: WordMap::new(valued(&lists, "fractions", |n| n.parse().ok())),
            scales: Phrases::new(valued(&lists, "scales", |power| power.parse().ok())),
            vague_plurals: set("vague_plurals"),
            time_words: set("time_words"),
            time_modifiers: set("time_modifiers"),
            rate_periods: set("rate_periods"),
            numbered: set("numbered"),
            pronoun_one_before: set("pronoun_one_before"),
            function_words: set("function_words"),
            hyphen_idioms: set("hyphen_idioms"),
            after_fraction: set("after_fraction"),
            streets: list("streets"),
            clock_words: set("clock_words"),
            change_words: set("change_words"),
            people_plural: set("people_plural"),
            people_singular: set("people_singular"),
            human_groups: set("human_groups"),
            noun_modifiers: set("noun_modifiers"),
            after_won: set("after_won"),
            currency_symbols: Phrases::new(units(&[("currency_symbols", UnitKind::Money)])),
            dollar_prefixes: Exact::new(units(&[("dollar_prefixes", UnitKind::Money)])),
            currency_before: Exact::new(units(&[("currency_before", UnitKind::Money)])),
            currency_letters: Exact::new(units(&[("currency_letters", UnitKind::Money)])),
            currency_codes: Exact::new(units(&[("currency_codes", UnitKind::Money)])),
            units_after: Phrases::new(units(&[
                ("percent_after", UnitKind::Percent),
                ("money_after", UnitKind::Money),
                ("currency_names", UnitKind::Money),
                ("measures_after", UnitKind::Measure),
            ])),
            units_glued: Exact::new(units(&[
                ("percent_glued", UnitKind::Percent),
                ("measures_glued", UnitKind::Measure),
            ])),
        }
    }
}

/// Hash keys that compare as `eq_ignore_ascii_case` does: `word` with its ASCII letters in
/// lower case, folded on the stack unless it is long.
fn with_folded<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(folded) => {
            folded.copy_from_slice(word.as_bytes());
            folded.make_ascii_lowercase();
            f(folded)
        }
        None => f(word.to_ascii_lowercase().as_bytes()),
    }
}

fn folded_key(word: &str) -> Box<[u8]> {
    word.to_ascii_lowercase().into_bytes().into_boxed_slice()
}

/// Words matched ignoring ASCII case by one hash lookup, each with the form its list writes
/// and a value. Of two entries that fold alike the first wins, as a scan of the list finds it.
pub(super) struct WordMap<T> {
    entries: FxHashMap<Box<[u8]>, (&'static str, T)>,
    /// The longest entry in bytes: a longer word is none, and is not folded.
    longest: usize,
}

impl<T: Copy> WordMap<T> {
    pub(super) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let (mut map, mut longest) = (FxHashMap::default(), 0);
        for (written, value) in entries {
            longest = longest.max(written.len());
            map.entry(folded_key(written)).or_insert((written, value));
        }
        WordMap { entries: map, longest }
    }

    /// The entry `word` matches, as its list writes it, with its value.
    pub(super) fn entry(&self, word: &str) -> Option<(&'static str, T)> {
        if word.len() > self.longest {
            return None;
        }
        with_folded(word, |key| self.entries.get(key).copied())
    }

    pub(super) fn get(&self, word: &str) -> Option<T> {
        self.entry(word).map(|(_, value)| value)
    }

    /// Every entry as its list writes it, in no order.
    pub(super) fn written(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.values().map(|&(written, _)| written)
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Words matched ignoring ASCII case by one hash lookup.
pub(super) type WordSet = WordMap<()>;

impl WordSet {
    pub(super) fn of(words: Vec<&'static str>) -> Self {
        WordMap::new(words.into_iter().map(|word| (word, ())))
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        self.entry(word).is_some()
    }
}

/// Phrases of space-separated tokens, each with a value, grouped by their first token folded
/// as [`WordMap`] folds it: a match at a token reads only the entries that can match there,
/// in list order.
pub(super) struct Phrases<T> {
    by_first: WordMap<usize>,
    groups: Vec<Vec<(&'static str, T)>>,
}

impl<T: Copy> Phrases<T> {
    fn new(entries: Vec<(&'static str, T)>) -> Self {
        let mut groups: Vec<Vec<(&'static str, T)>> = Vec::new();
        let mut index: FxHashMap<Box<[u8]>, usize> = FxHashMap::default();
        let mut firsts = Vec::new();
        for (phrase, value) in entries {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let group = *index.entry(folded_key(first)).or_insert_with(|| {
                firsts.push((first, groups.len()));
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[group].push((phrase, value));
        }
        Phrases { by_first: WordMap::new(firsts), groups }
    }

    /// The entries whose first token is `word`, ignoring ASCII case.
    pub(super) fn starting_with(&self, word: &str) -> &[(&'static str, T)] {
        self.by_first.get(word).map_or(&[], |group| &self.groups[group])
    }

    /// Whether `word` alone is an entry.
    pub(super) fn has_word(&self, word: &str) -> bool {
        self.starting_with(word).iter().any(|(phrase, _)| !phrase.contains(' '))
    }

    /// Every entry, grouped by first token.
    pub(super) fn iter(&self) -> impl Iterator<Item = (&'static str, T)> + '_ {
        self.groups.iter().flatten().copied()
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.groups.iter().map(Vec::len).sum()
    }
}

/// Words matched with their case by one hash lookup; of two equal entries the first wins.
pub(super) struct Exact<T>(FxHashMap<&'static str, T>);

impl<T: Copy> Exact<T> {
    fn new(entries: Vec<(&'static str, T)>) -> Self {
        let mut map = FxHashMap::default();
        for (written, value) in entries {
            map.entry(written).or_insert(value);
        }
        Exact(map)
    }

    pub(super) fn get(&self, word: &str) -> Option<T> {
        self.0.get(word).copied()
    }

    pub(super) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.0.len()
    }
}

/// The `written = value` entries of section `name`, with their values read by `read`.
fn valued<T>(
    lists: &FxHashMap<&'static str, Vec<&'static str>>,
    name: &str,
    read: impl Fn(&'static str) -> Option<T>,
) -> Vec<(&'static str, T)> {
    let entries = lists.get(name).map_or(&[][..], Vec::as_slice);
    let pair = |entry: &&'static str| {
        let (written, value) = entry.split_once('=')?;
        Some((written.trim(), read(value.trim())?))
    };
    entries.iter().filter_map(pair).collect()
}

/// A month name or abbreviation as a date writes it, capitalised ("May", "Sept"), so that
/// "may" stays a verb. The names are TIME's.
pub(super) fn is_month_name(word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised =
        chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase());
    capitalised && time::month_number(word).is_some()
}

/// Whether a number before `word` is a duration or a frequency, which TIME owns or which
/// counts nothing: one of TIME's units ("years", "day") or the other time words of the list
/// ("seconds", "nights", "times").
pub(super) fn is_duration_word(word: &str) -> bool {
    time::duration_unit(word).is_some() || words().time_words.contains(word)
}

/// Whether `word` is a period a rate is quoted in: "a month", "per year", "a night".
pub(super) fn is_rate_period(word: &str) -> bool {
    use time::{DurationUnit as Unit, Plurality};
    let unit = matches!(
        time::duration_unit(word),
        Some((Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year, Plurality::One))
    );
    unit || words().rate_periods.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_whole() {
        let w = words();
        assert_eq!((w.ones.len(), w.tens.len()), (19, 8));
        assert_eq!(
            (w.ones.get("nine"), w.tens.get("twenty"), w.tens.get("ninety")),
            (Some(9), Some(20), Some(90))
        );
        let sets = [
            &w.vague_plurals,
            &w.time_words,
            &w.time_modifiers,
            &w.rate_periods,
            &w.numbered,
            &w.pronoun_one_before,
            &w.function_words,
            &w.hyphen_idioms,
            &w.after_fraction,
            &w.clock_words,
            &w.change_words,
            &w.people_plural,
            &w.people_singular,
            &w.human_groups,
            &w.noun_modifiers,
            &w.after_won,
        ];
        assert!(sets.iter().all(|set| set.len() > 0));
        assert!(w.hedges.len() > 0 && w.hedges_after.len() > 0 && !w.streets.is_empty());
        let lists: FxHashMap<_, _> =
            [WORD_LISTS, CURRENCY_LISTS].iter().flat_map(|s| wordlist::lists(s)).collect();
        let valued_sections = [
            "scales",
            "fractions",
            "currency_symbols",
            "dollar_prefixes",
            "currency_before",
            "currency_letters",
            "currency_codes",
            "percent_after",
            "money_after",
            "currency_names",
            "measures_after",
            "percent_glued",
            "measures_glued",
        ];
        let written: usize = valued_sections.iter().map(|name| lists[name].len()).sum();
        let read = w.scales.len() + w.fractions.len() + w.currency_symbols.len() + w.dollar_prefixes.len();
        let currencies = w.currency_before.len() + w.currency_letters.len() + w.currency_codes.len();
        assert_eq!(
            written,
            read + currencies + w.units_after.len() + w.units_glued.len(),
            "an entry did not parse or is written twice"
        );
        assert_eq!(w.currency_codes.get("SEK"), Some(Unit { name: "SEK", kind: UnitKind::Money }));
        assert!(w.units_after.iter().any(|(written, unit)| written == "dinars" && unit.name == "dinar"));
        assert_eq!(w.scales.starting_with("Billion"), [("billion", 9)]);
        assert!(w.units_after.iter().any(|entry| entry == ("per cent", PERCENT)));
        assert_eq!(w.units_glued.get("C"), Some(Unit { name: "°C", kind: UnitKind::Measure }));
    }

    #[test]
    fn hashed_lists_match_as_a_scan_ignoring_ascii_case_would() {
        let set = WordSet::of(vec!["about", "Céntimos", "KSh"]);
        let found = ["about", "ABOUT", "About", "céntimos", "CéNTIMOS", "ksh"];
        assert!(found.into_iter().all(|word| set.contains(word)));
        // Only ASCII letters fold, as with `eq_ignore_ascii_case`.
        let missed = ["abou", "abouts", "", "CÉNTIMOS", "a much longer word than any entry is"];
        assert!(!missed.into_iter().any(|word| set.contains(word)));
        let map = WordMap::new([("Rs", 1), ("RS", 2)]);
        assert_eq!(map.entry("rs"), Some(("Rs", 1)), "the first entry wins");
        let phrases = Phrases::new(vec![("more than", 1), ("more", 2), ("no more than", 3), ("More", 4)]);
        assert_eq!(phrases.starting_with("MORE"), [("more than", 1), ("more", 2), ("More", 4)]);
        assert_eq!(phrases.starting_with("than"), []);
        assert!(phrases.has_word("more") && !phrases.has_word("no"));
        let exact = Exact::new(vec![("R", 1), ("R", 2), ("r", 3)]);
        assert_eq!((exact.get("R"), exact.get("r"), exact.get("RS")), (Some(1), Some(3), None));
    }

    #[test]
    fn months_and_durations_come_from_time() {
        let months = ["January", "May", "Sept", "Sep", "Dec"];
        assert!(months.into_iter().all(is_month_name));
        assert!(!["may", "MAY", "Mayday", "Monday", "Maý"].into_iter().any(is_month_name));
        assert!(["years", "Day", "seconds", "fortnight"].into_iter().all(is_duration_word));
        // "three times" is a multiplier, NUMBER "three" (dev2's decision), not a duration.
        assert!(!["troops", "annum", "times"].into_iter().any(is_duration_word));
        assert!(["month", "hour", "night", "annum"].into_iter().all(is_rate_period));
        assert!(!["months", "minute", "decade", "century"].into_iter().any(is_rate_period));
    }
}
