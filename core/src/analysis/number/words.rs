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
pub(super) struct Words {
    pub(super) hedges: Vec<&'static str>,
    /// Hedges written after the number: "60 or so".
    pub(super) hedges_after: Vec<&'static str>,
    /// "one" to "nineteen", in order.
    pub(super) ones: Vec<&'static str>,
    /// "twenty" to "ninety", in order.
    pub(super) tens: Vec<&'static str>,
    /// Denominators of fractions, singular and plural, with their value: `thirds` is 3.
    pub(super) fractions: Vec<(&'static str, i64)>,
    /// Scale words with their powers of ten: `million` is 6.
    pub(super) scales: Vec<(&'static str, i32)>,
    pub(super) vague_plurals: Vec<&'static str>,
    /// Words besides TIME's units of duration after which a number is a duration or frequency.
    pub(super) time_words: Vec<&'static str>,
    pub(super) time_modifiers: Vec<&'static str>,
    /// Periods a rate may end in besides the hour, day, week, month and year.
    pub(super) rate_periods: Vec<&'static str>,
    pub(super) numbered: Vec<&'static str>,
    pub(super) pronoun_one_before: Vec<&'static str>,
    pub(super) function_words: Vec<&'static str>,
    /// Words after a number's hyphen that make an idiom rather than a count: "two-way".
    pub(super) hyphen_idioms: Vec<&'static str>,
    /// Words after which a fraction written apart ends: "by a third in all".
    pub(super) after_fraction: Vec<&'static str>,
    /// Matched with their case.
    pub(super) streets: Vec<&'static str>,
    pub(super) clock_words: Vec<&'static str>,
    pub(super) change_words: Vec<&'static str>,
    pub(super) people_plural: Vec<&'static str>,
    pub(super) people_singular: Vec<&'static str>,
    pub(super) noun_modifiers: Vec<&'static str>,
    pub(super) after_won: Vec<&'static str>,
    pub(super) currency_symbols: Vec<(&'static str, Unit)>,
    /// Matched with their case.
    pub(super) dollar_prefixes: Vec<(&'static str, Unit)>,
    /// Abbreviations written before the number ("Rs", "KSh"), matched with their case.
    pub(super) currency_before: Vec<(&'static str, Unit)>,
    /// Single letters glued before money ("R250"), matched with their case.
    pub(super) currency_letters: Vec<(&'static str, Unit)>,
    /// ISO codes written before or after the number ("SEK 20 billion", "20 billion SEK"),
    /// matched with their case.
    pub(super) currency_codes: Vec<(&'static str, Unit)>,
    pub(super) units_after: Vec<(&'static str, Unit)>,
    /// Matched with their case.
    pub(super) units_glued: Vec<(&'static str, Unit)>,
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
        // Each section holds units of one kind; a list may join several sections.
        let units = |sections: &[(&str, UnitKind)]| -> Vec<(&'static str, Unit)> {
            let unit = |kind| move |(written, name)| (written, Unit { name, kind });
            sections
                .iter()
                .flat_map(|&(section, kind)| valued(&lists, section, Some).into_iter().map(unit(kind)))
                .collect()
        };
        Words {
            hedges: list("hedges"),
            hedges_after: list("hedges_after"),
            ones: list("ones"),
            tens: list("tens"),
            fractions: valued(&lists, "fractions", |n| n.parse().ok()),
            scales: valued(&lists, "scales", |power| power.parse().ok()),
            vague_plurals: list("vague_plurals"),
            time_words: list("time_words"),
            time_modifiers: list("time_modifiers"),
            rate_periods: list("rate_periods"),
            numbered: list("numbered"),
            pronoun_one_before: list("pronoun_one_before"),
            function_words: list("function_words"),
            hyphen_idioms: list("hyphen_idioms"),
            after_fraction: list("after_fraction"),
            streets: list("streets"),
            clock_words: list("clock_words"),
            change_words: list("change_words"),
            people_plural: list("people_plural"),
            people_singular: list("people_singular"),
            noun_modifiers: list("noun_modifiers"),
            after_won: list("after_won"),
            currency_symbols: units(&[("currency_symbols", UnitKind::Money)]),
            dollar_prefixes: units(&[("dollar_prefixes", UnitKind::Money)]),
            currency_before: units(&[("currency_before", UnitKind::Money)]),
            currency_letters: units(&[("currency_letters", UnitKind::Money)]),
            currency_codes: units(&[("currency_codes", UnitKind::Money)]),
            units_after: units(&[
                ("percent_after", UnitKind::Percent),
                ("money_after", UnitKind::Money),
                ("currency_names", UnitKind::Money),
                ("measures_after", UnitKind::Measure),
            ]),
            units_glued: units(&[
                ("percent_glued", UnitKind::Percent),
                ("measures_glued", UnitKind::Measure),
            ]),
        }
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
    time::duration_unit(word).is_some() || words().time_words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` is a period a rate is quoted in: "a month", "per year", "a night".
pub(super) fn is_rate_period(word: &str) -> bool {
    use time::{DurationUnit as Unit, Plurality};
    let unit = matches!(
        time::duration_unit(word),
        Some((Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year, Plurality::One))
    );
    unit || words().rate_periods.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_whole() {
        let w = words();
        assert_eq!((w.ones.len(), w.tens.len()), (19, 8));
        assert_eq!((w.ones[8], w.tens[0]), ("nine", "twenty"));
        let lists = [
            &w.hedges,
            &w.hedges_after,
            &w.vague_plurals,
            &w.time_words,
            &w.time_modifiers,
            &w.rate_periods,
            &w.numbered,
            &w.pronoun_one_before,
            &w.function_words,
            &w.hyphen_idioms,
            &w.after_fraction,
            &w.streets,
            &w.clock_words,
            &w.change_words,
            &w.people_plural,
            &w.people_singular,
            &w.noun_modifiers,
            &w.after_won,
        ];
        assert!(lists.iter().all(|list| !list.is_empty()));
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
            "an entry did not parse"
        );
        assert!(w.currency_codes.contains(&("SEK", Unit { name: "SEK", kind: UnitKind::Money })));
        assert!(w.units_after.iter().any(|&(written, unit)| written == "dinars" && unit.name == "dinar"));
        assert_eq!(w.scales.iter().find(|(s, _)| *s == "billion"), Some(&("billion", 9)));
        assert!(w.units_after.contains(&("per cent", PERCENT)));
        assert!(w.units_glued.contains(&("C", Unit { name: "°C", kind: UnitKind::Measure })));
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
