//! NUMBER: counts, money, percentages and measures, with ranges and hedges.
//!
//! The recogniser splits one sentence into tokens and tries, at each token, to read
//! `[hedge] amount [range tail] [rate]`. An amount is `[sign][currency] core [scale] [unit]`,
//! where the core is digits (`10,000`, `1.2`), spelled-out words (`twenty-five`, `a dozen`,
//! `three hundred`) or a vague plural (`thousands`, `tens of thousands`).
//!
//! Decisions, following `ANNOTATION.md`:
//! - The span keeps the hedge, currency, scale, unit and rate (`less than $1 a month`) but not
//!   the counted noun. A people noun after the number (`10,000 North Korean troops`) only sets
//!   the unit `people`.
//! - Percentages are fractions: `90%` is 0.9 and `3 percentage points` is 0.03.
//! - A range is one span: `90% to 95%`, `10-20`, `two or three`, `between 10 and 20` (with
//!   `between`). A leading `from` stays out, and `rose from 5% to 7%` is two numbers, a change
//!   rather than a range.
//! - Numbers TIME owns are left alone: years, dates, times of day and numbers followed by a
//!   time unit (`three years`). So are ordinals, identifiers (`F-16`, `G7`, `COVID-19`),
//!   phone and version numbers, numbered things (`section 3`, `Resolution 2231`) and
//!   hyphenated compounds (`three-year-long`, `two-thirds`) and ratios (`one in five`).
//! - `one` counts only before a scale, unit or people noun, or in a range; otherwise it is
//!   the pronoun (`one of the`, `no one`). Other small numbers count on their own: "the two
//!   are meeting" is NUMBER 2, with no unit because the text does not say what is counted.
//! - A bare four-digit number from 1000 to 2199 is a year unless a unit or a people noun
//!   follows (`1500 troops`); a number after a capitalised name (`Apollo 11`) likewise.
//! - Ambiguous unit words are read only where context settles them: `won` after digits
//!   unless a verb reading is likely, `m` as million only with a currency or a people noun;
//!   `pounds` (weight or sterling) is not read at all.
//! - Where a reading is doubtful the number is dropped, because a wrong NUMBER costs more than
//!   a missing one. The word lists are English news vocabulary, not fitted to one text.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::span::{Label, NumberValue, Quantity, Span, SpanValue};

/// Finds the NUMBER expressions in one sentence (`text[sentence]`).
pub fn find_numbers(text: &str, sentence: Range<usize>) -> Vec<Span> {
    let Some(slice) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    let toks = Toks::new(slice, sentence.start);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let expr = if can_start(&toks, i) { expression_at(&toks, i) } else { None };
        match expr {
            Some(expr) => {
                i = expr.end;
                spans.push(expr.into_span(&toks));
            }
            None => i += 1,
        }
    }
    spans
}

// ---------------------------------------------------------------------------------------------
// Word lists. They live here rather than in `core/data/` because they are grammar of the
// recogniser (what may follow a number), not open-ended gazetteers.

/// Hedges that may stand before a number, as space-separated tokens.
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under",
    "more than", "less than", "fewer than", "no more than", "no fewer than", "no less than", "up to",
    "at least", "at most", "as many as", "as much as", "as few as", "as little as", "an estimated",
    "estimated", "just over", "just under", "well over", "well under", "close to", "upwards of",
    "in excess of",
];

#[rustfmt::skip]
const ONES: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Scale words with their powers of ten; the abbreviations are the press's (`$5bn`).
const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("mn", 6),
    ("bn", 9),
    ("tn", 12),
    ("trn", 12),
];

/// Plurals that name a vague amount on their own: "dozens of men", "thousands fled".
const VAGUE_PLURALS: &[&str] = &["dozens", "hundreds", "thousands", "millions", "billions", "trillions"];

/// Words after which a number is a duration or frequency, which TIME owns or which counts
/// nothing: "three years", "two weeks", "10 times".
#[rustfmt::skip]
const TIME_UNITS: &[&str] = &[
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "hr", "hrs", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "night", "nights", "weekend", "weekends", "fortnight", "fortnights", "millennium", "millennia",
    "times",
];

/// Words that may sit between a number and its time unit: "10 more years".
#[rustfmt::skip]
const TIME_MODIFIERS: &[&str] = &[
    "more", "additional", "further", "consecutive", "straight", "long", "full", "whole", "successive",
];

/// Time units a rate may end in: "$2,000 a month", "5% per year".
const RATE_UNITS: &[&str] = &["day", "week", "month", "year", "hour", "night", "annum"];

/// Words after which a number names a thing rather than counting: "section 3", "flight 17".
#[rustfmt::skip]
const NUMBERED: &[&str] = &[
    "number", "no", "nos", "section", "article", "chapter", "page", "pp", "paragraph", "clause",
    "version", "route", "flight", "line", "room", "floor", "apartment", "suite", "episode", "season",
    "series", "game", "round", "level", "phase", "tier", "category", "grade", "size", "gate", "terminal",
    "platform", "resolution", "amendment", "act", "title", "item", "figure", "appendix", "volume", "vol",
    "model", "type", "class", "channel", "district", "ward", "precinct", "zone", "sector", "highway",
    "interstate", "day", "week",
];

/// Words that make a following `one` a pronoun: "the one who", "no one", "any one of".
#[rustfmt::skip]
const PRONOUN_ONE_BEFORE: &[&str] = &[
    "the", "no", "any", "every", "each", "this", "that", "which", "a", "an", "such", "some",
];

/// Words that may open a sentence before a number without naming it: "The 10 soldiers".
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "all", "only", "another", "just", "these", "those", "its", "their", "his", "her",
    "our", "with", "of", "in", "for", "at", "by", "on", "to", "from", "and", "but", "or", "so", "if",
    "when", "after", "before", "since", "until", "while", "any", "each", "both", "than", "as", "exactly",
    "precisely", "still", "also", "then", "now", "today", "nearly",
];

/// Month names and abbreviations, matched case-sensitively so that "may" stays a verb.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
];

/// Last words of street and building names: "10 Downing Street".
#[rustfmt::skip]
const STREETS: &[&str] = &[
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Drive", "Way", "Place", "Square",
    "Terrace", "Court", "Crescent", "Parkway", "Center", "Centre", "Plaza",
];

/// Words after a number that make it a time of day: "5 p.m." is handled apart.
#[rustfmt::skip]
const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "o'clock", "o’clock", "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PT", "PST",
    "PDT", "KST", "JST", "MSK", "hrs", "local",
];

/// Verbs and adverbs of change: after them "from 5% to 7%" is two values, not a range.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "grew",
    "grown", "grow", "grows", "growing", "went", "gone", "cut", "cuts", "up", "down", "sank", "slid",
    "shrank", "shrunk", "raised", "lowered", "reduced", "boosted", "lifted", "hiked", "edged", "dipped",
    "slipped", "jumped", "dropped", "climbed", "declined", "increased", "decreased", "doubled", "tripled",
    "soared", "surged", "plunged", "plummeted", "tumbled", "expanded", "improved", "changed", "moved",
    "revised", "widened", "narrowed",
];

/// People nouns: a count before them gets the unit `people`.
#[rustfmt::skip]
const PEOPLE_PLURAL: &[&str] = &[
    "people", "persons", "men", "women", "children", "kids", "boys", "girls", "babies", "infants",
    "adults", "teenagers", "youths", "troops", "soldiers", "servicemen", "servicewomen", "personnel",
    "forces", "fighters", "militants", "insurgents", "rebels", "guerrillas", "mercenaries", "conscripts",
    "recruits", "volunteers", "reservists", "marines", "sailors", "pilots", "officers", "officials",
    "police", "policemen", "guards", "commanders", "civilians", "residents", "citizens", "nationals",
    "villagers", "inhabitants", "locals", "refugees", "migrants", "evacuees", "prisoners", "detainees",
    "hostages", "captives", "casualties", "deaths", "dead", "victims", "wounded", "survivors", "workers",
    "labourers", "laborers", "employees", "staff", "staffers", "members", "students", "teachers",
    "doctors", "nurses", "patients", "journalists", "reporters", "protesters", "protestors",
    "demonstrators", "voters", "lawmakers", "legislators", "delegates", "diplomats", "experts",
    "tourists", "visitors", "passengers", "fans", "spectators", "individuals", "defectors", "veterans",
    "settlers", "pilgrims", "worshippers", "mourners", "supporters", "crew", "crewmen",
];

/// Singular people nouns, used only after a count of one: "one soldier".
#[rustfmt::skip]
const PEOPLE_SINGULAR: &[&str] = &[
    "person", "man", "woman", "child", "soldier", "civilian", "officer", "worker", "resident", "member",
    "fighter", "prisoner", "hostage", "refugee", "student", "journalist", "official",
];

/// Adjectives that may stand between a number and its noun: "10,000 more troops".
#[rustfmt::skip]
const NOUN_MODIFIERS: &[&str] = &[
    "more", "other", "new", "additional", "extra", "young", "old", "elite", "foreign", "local", "armed",
    "unarmed", "innocent", "ordinary", "enemy", "military", "civilian", "special", "regular", "active",
    "reserve", "combat", "ethnic", "female", "male", "former", "fellow", "frontline", "infantry", "army",
    "naval", "ground", "elderly", "senior", "junior", "illegal", "professional", "poor", "security",
    "border", "rescue", "aid", "medical",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Money,
    /// Values are divided by 100: `90%` is 0.9.
    Percent,
    Measure,
    /// Inferred from the counted noun; never written in the span.
    People,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unit {
    name: &'static str,
    kind: UnitKind,
}

const fn money(name: &'static str) -> Unit {
    Unit { name, kind: UnitKind::Money }
}

const fn measure(name: &'static str) -> Unit {
    Unit { name, kind: UnitKind::Measure }
}

const PERCENT: Unit = Unit { name: "percent", kind: UnitKind::Percent };
const POINTS: Unit = Unit { name: "percentage points", kind: UnitKind::Percent };
const PEOPLE: Unit = Unit { name: "people", kind: UnitKind::People };

/// Currency symbols written before the number.
const CURRENCY_SYMBOLS: &[(&str, Unit)] = &[
    ("$", money("USD")),
    ("£", money("GBP")),
    ("€", money("EUR")),
    ("₩", money("KRW")),
    ("¥", money("JPY")),
    ("₽", money("RUB")),
    ("₴", money("UAH")),
    ("₹", money("INR")),
];

/// Letters glued before `$` that name another dollar: `US$5`, `A$5`, `HK$5`.
const DOLLAR_PREFIXES: &[(&str, Unit)] = &[
    ("US", money("USD")),
    ("A", money("AUD")),
    ("AU", money("AUD")),
    ("C", money("CAD")),
    ("CA", money("CAD")),
    ("HK", money("HKD")),
    ("NZ", money("NZD")),
    ("S", money("SGD")),
];

/// Units written after the number, as space-separated tokens, matched case-insensitively.
/// "pounds" is left out: in news it is as often weight as sterling.
const UNITS_AFTER: &[(&str, Unit)] = &[
    ("%", PERCENT),
    ("percent", PERCENT),
    ("per cent", PERCENT),
    ("pct", PERCENT),
    ("percentage points", POINTS),
    ("percentage point", POINTS),
    ("basis points", measure("basis points")),
    ("dollars", money("USD")),
    ("dollar", money("USD")),
    ("US dollars", money("USD")),
    ("U . S . dollars", money("USD")),
    ("USD", money("USD")),
    ("euros", money("EUR")),
    ("euro", money("EUR")),
    ("EUR", money("EUR")),
    ("pounds sterling", money("GBP")),
    ("GBP", money("GBP")),
    ("yen", money("JPY")),
    ("JPY", money("JPY")),
    ("yuan", money("CNY")),
    ("renminbi", money("CNY")),
    ("CNY", money("CNY")),
    ("won", money("KRW")),
    ("KRW", money("KRW")),
    ("rubles", money("RUB")),
    ("ruble", money("RUB")),
    ("roubles", money("RUB")),
    ("rouble", money("RUB")),
    ("RUB", money("RUB")),
    ("hryvnias", money("UAH")),
    ("hryvnia", money("UAH")),
    ("UAH", money("UAH")),
    ("km", measure("km")),
    ("kilometres", measure("km")),
    ("kilometre", measure("km")),
    ("kilometers", measure("km")),
    ("kilometer", measure("km")),
    ("square kilometres", measure("km2")),
    ("square kilometers", measure("km2")),
    ("sq km", measure("km2")),
    ("miles", measure("mi")),
    ("mile", measure("mi")),
    ("square miles", measure("sq mi")),
    ("nautical miles", measure("nmi")),
    ("metres", measure("m")),
    ("metre", measure("m")),
    ("meters", measure("m")),
    ("meter", measure("m")),
    ("square metres", measure("m2")),
    ("square meters", measure("m2")),
    ("cm", measure("cm")),
    ("centimetres", measure("cm")),
    ("centimeters", measure("cm")),
    ("mm", measure("mm")),
    ("millimetres", measure("mm")),
    ("millimeters", measure("mm")),
    ("feet", measure("ft")),
    ("foot", measure("ft")),
    ("ft", measure("ft")),
    ("inches", measure("in")),
    ("kg", measure("kg")),
    ("kilograms", measure("kg")),
    ("kilogram", measure("kg")),
    ("kilos", measure("kg")),
    ("grams", measure("g")),
    ("tons", measure("t")),
    ("ton", measure("t")),
    ("tonnes", measure("t")),
    ("tonne", measure("t")),
    ("litres", measure("L")),
    ("liters", measure("L")),
    ("gallons", measure("gal")),
    ("barrels", measure("barrels")),
    ("hectares", measure("ha")),
    ("acres", measure("acres")),
    ("degrees", measure("degrees")),
    ("degrees Celsius", measure("°C")),
    ("degrees Fahrenheit", measure("°F")),
    ("° C", measure("°C")),
    ("° F", measure("°F")),
    ("°", measure("degrees")),
    ("mph", measure("mph")),
    ("km / h", measure("km/h")),
    ("kph", measure("km/h")),
    ("knots", measure("knots")),
    ("megawatts", measure("MW")),
    ("MW", measure("MW")),
    ("gigawatts", measure("GW")),
    ("GW", measure("GW")),
];

/// Units glued to the digits, matched case-sensitively: `40km`, `155mm`, `500MW`, and the
/// British press's `2.4pc` and `40C`.
const UNITS_GLUED: &[(&str, Unit)] = &[
    ("pc", PERCENT),
    ("km", measure("km")),
    ("kg", measure("kg")),
    ("mm", measure("mm")),
    ("cm", measure("cm")),
    ("ft", measure("ft")),
    ("mph", measure("mph")),
    ("kph", measure("km/h")),
    ("MW", measure("MW")),
    ("GW", measure("GW")),
    ("C", measure("°C")),
    ("F", measure("°F")),
];

/// Words after "won" that show it is the currency, not the verb ("5,000 won in wages").
#[rustfmt::skip]
const AFTER_WON: &[&str] = &[
    "per", "in", "for", "to", "and", "or", "each", "worth", "as", "on", "at", "by", "from", "of",
];

// ---------------------------------------------------------------------------------------------
// Tokens.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Letters, with inner apostrophes: `Kim's`, `o'clock`.
    Word,
    /// Digits with well-formed thousands separators and decimals: `10,000`, `1.2`.
    Numeral,
    /// Digits that are not a well-formed number: `1.2.3`, `007`, a 30-digit run.
    Code,
    /// Any other single character.
    Symbol,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: Kind,
}

/// A sentence's tokens, with lookups that answer "no" past either end.
struct Toks<'a>(Vec<Tok<'a>>);

impl<'a> Toks<'a> {
    fn new(sentence: &'a str, base: usize) -> Self {
        let mut toks = Vec::new();
        let mut pos = 0;
        loop {
            let rest = &sentence[pos..];
            let Some(c) = rest.chars().next() else { break };
            let (len, kind) = if c.is_ascii_digit() {
                let len = digit_cluster_len(rest);
                (len, if read_numeral(&rest[..len]).is_some() { Kind::Numeral } else { Kind::Code })
            } else if c.is_alphabetic() {
                (word_len(rest), Kind::Word)
            } else {
                (c.len_utf8(), Kind::Symbol)
            };
            if !c.is_whitespace() {
                let (start, end) = (base + pos, base + pos + len);
                toks.push(Tok { text: &rest[..len], start, end, kind });
            }
            pos += len;
        }
        Toks(toks)
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.0.get(i).map(|t| t.kind)
    }

    fn text(&self, i: usize) -> &'a str {
        self.0.get(i).map_or("", |t| t.text)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.0.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(s)
    }

    fn is_any(&self, i: usize, list: &[&str]) -> bool {
        let text = self.text(i);
        !text.is_empty() && list.iter().any(|s| s.eq_ignore_ascii_case(text))
    }

    /// Whether token `i` touches token `i - 1`, with no space between.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.0[i - 1].end == self.0[i].start
    }

    /// Whether token `i` is a word or digits rather than a symbol.
    fn is_alnum(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Word | Kind::Numeral | Kind::Code))
    }

    /// Whether token `i` begins a clause: nothing before it, or only punctuation.
    fn starts_clause(&self, i: usize) -> bool {
        i == 0 || !self.is_alnum(i - 1)
    }

    /// Matches space-separated `pattern` tokens from `i`; returns the end.
    fn pattern(&self, i: usize, pattern: &str) -> Option<usize> {
        // Compares token by token without splitting `pattern` first: this runs for every
        // table entry at every candidate, so it must fail fast.
        let (mut k, mut rest) = (i, pattern);
        loop {
            let text = self.text(k);
            let head = rest.get(..text.len())?;
            if text.is_empty() || !head.eq_ignore_ascii_case(text) {
                return None;
            }
            k += 1;
            match rest[text.len()..].strip_prefix(' ') {
                Some(tail) => rest = tail,
                None => return (rest.len() == text.len()).then_some(k),
            }
        }
    }

    /// The longest entry of `table` that matches at `i`, with its end.
    fn longest<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        table
            .iter()
            .filter_map(|&(pattern, value)| self.pattern(i, pattern).map(|end| (value, end)))
            .max_by_key(|&(_, end)| end)
    }
}

/// Length of digits joined by `.` or `,` before another digit: `10,000.5`, `1.2.3`.
fn digit_cluster_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let joins = matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(b[i].is_ascii_digit() || joins) {
            break;
        }
        i += 1;
    }
    i
}

/// Length of a word: letters, and apostrophes between letters.
fn word_len(s: &str) -> usize {
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, '\'' | '’') && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if !(c.is_alphabetic() || joins) {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

// ---------------------------------------------------------------------------------------------
// Values.

/// An exact decimal, `mantissa × 10^exp`, so that `1.2 million` is exactly 1200000.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Decimal {
    mantissa: i64,
    exp: i32,
}

impl Decimal {
    const fn int(mantissa: i64) -> Self {
        Decimal { mantissa, exp: 0 }
    }

    /// The nearest `f64`: one correctly rounded operation, so `90 / 100` is exactly `0.9`.
    fn to_f64(self) -> Option<f64> {
        let m = self.mantissa as f64;
        let p = 10f64.powi(self.exp.abs());
        let v = if self.exp >= 0 { m * p } else { m / p };
        v.is_finite().then_some(v)
    }
}

/// A well-formed numeral: `10,000`, `1.25`, `0.5`; `None` for `1,23`, `1.2.3`, `007`, or
/// more than 15 digits (an identifier, and past what `f64` holds exactly).
#[derive(Debug, Clone, Copy)]
struct Numeral {
    value: Decimal,
    /// No separators and no decimals: `2024` but not `2,024`.
    plain: bool,
}

fn read_numeral(s: &str) -> Option<Numeral> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.contains(['.', ',']) {
        return None;
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    let grouped_ok = groups.all(|g| g.len() == 3) && (first.len() <= 3 || !int.contains(','));
    let leading_zero = first.len() > 1 && first.starts_with('0');
    let digits = int.len() - int.matches(',').count() + frac.len();
    if !grouped_ok || leading_zero || first.is_empty() || digits > 15 {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .filter(u8::is_ascii_digit)
        .fold(0i64, |m, d| m * 10 + i64::from(d - b'0'));
    let exp = -(frac.len() as i32);
    Some(Numeral { value: Decimal { mantissa, exp }, plain: frac.is_empty() && !int.contains(',') })
}

fn lookup(list: &[&str], word: &str) -> Option<i64> {
    list.iter().position(|w| w.eq_ignore_ascii_case(word)).map(|p| p as i64 + 1)
}

fn has_uppercase(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

// ---------------------------------------------------------------------------------------------
// Amounts: one number with its currency, scale and unit.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Digits,
    Words,
    Vague,
}

#[derive(Debug, Clone, Copy)]
struct Amount {
    /// Token range.
    start: usize,
    end: usize,
    /// The number before its scale word; `None` for vague amounts such as "thousands".
    base: Option<Decimal>,
    /// Power of ten from a scale word: `million` is 6.
    scale: i32,
    unit: Option<Unit>,
    source: Source,
    /// A year or a number after a name (`Resolution 2231`): only a NUMBER when a unit or a
    /// people noun shows that it counts.
    needs_noun: bool,
    /// The word "one" alone, usually a pronoun.
    lone_one: bool,
}

impl Amount {
    fn new(start: usize, end: usize, base: Option<Decimal>, source: Source) -> Self {
        Amount { start, end, base, scale: 0, unit: None, source, needs_noun: false, lone_one: false }
    }

    /// The value, with the scale applied and percentages as fractions.
    fn number(&self) -> Option<f64> {
        let base = self.base?;
        let percent = if self.unit.is_some_and(|u| u.kind == UnitKind::Percent) { 2 } else { 0 };
        Decimal { mantissa: base.mantissa, exp: base.exp + self.scale - percent }.to_f64()
    }
}

/// Reads an amount starting at token `i`. `after_dash` is set for the second half of `10-20`,
/// whose digits are glued to the dash.
fn amount_at(t: &Toks, i: usize, after_dash: bool) -> Option<Amount> {
    match t.kind(i)? {
        Kind::Numeral => digits_amount(t, i, i, None, after_dash),
        Kind::Symbol => symbol_amount(t, i),
        Kind::Word => dollar_prefix_amount(t, i)
            .or_else(|| minus_amount(t, i))
            .or_else(|| words_amount(t, i))
            .or_else(|| vague_amount(t, i)),
        Kind::Code => None,
    }
}

/// `$5`, `€10`, or a minus sign: `-20 degrees`.
fn symbol_amount(t: &Toks, i: usize) -> Option<Amount> {
    if !(t.kind(i + 1) == Some(Kind::Numeral) && t.glued(i + 1)) || (t.glued(i) && t.is_alnum(i - 1)) {
        return None;
    }
    if let Some((unit, _)) = t.longest(i, CURRENCY_SYMBOLS) {
        return digits_amount(t, i, i + 1, Some(unit), false);
    }
    if !t.is_any(i, &["-", "−"]) {
        return None;
    }
    negated(digits_amount(t, i, i + 1, None, false)?)
}

/// `minus 20 degrees`.
fn minus_amount(t: &Toks, i: usize) -> Option<Amount> {
    if !(t.is(i, "minus") && t.kind(i + 1) == Some(Kind::Numeral)) {
        return None;
    }
    negated(digits_amount(t, i, i + 1, None, false)?)
}

fn negated(mut amount: Amount) -> Option<Amount> {
    amount.base = amount.base.map(|b| Decimal { mantissa: -b.mantissa, ..b });
    Some(amount)
}

/// `US$5`, `HK$10`.
fn dollar_prefix_amount(t: &Toks, i: usize) -> Option<Amount> {
    let unit = DOLLAR_PREFIXES.iter().find(|(prefix, _)| *prefix == t.text(i))?.1;
    let shaped = t.is(i + 1, "$") && t.glued(i + 1) && t.glued(i + 2) && t.kind(i + 2) == Some(Kind::Numeral);
    if !shaped || (t.glued(i) && t.is_alnum(i - 1)) {
        return None;
    }
    digits_amount(t, i, i + 2, Some(unit), false)
}

/// Digits at token `n`, the amount starting at `start` (a currency symbol or sign, or `n`).
fn digits_amount(
    t: &Toks,
    start: usize,
    n: usize,
    currency: Option<Unit>,
    after_dash: bool,
) -> Option<Amount> {
    let numeral = read_numeral(t.text(n))?;
    if (start == n && !after_dash && !free_before(t, n)) || names_or_dates(t, start, n, numeral) {
        return None;
    }
    let mut amount = Amount::new(start, n + 1, Some(numeral.value), Source::Digits);
    amount.unit = currency;
    glued_suffix(t, &mut amount)?;
    if clock_follows(t, amount.end) {
        return None;
    }
    if amount.scale == 0 {
        if let Some((exp, end)) = t.longest(amount.end, SCALES) {
            amount.scale = exp;
            amount.end = end;
        }
    }
    if amount.unit.is_none() {
        unit_after(t, &mut amount);
    }
    let year = numeral.plain && (1000..=2199).contains(&numeral.value.mantissa) && amount.scale == 0;
    amount.needs_noun = (year && currency.is_none()) || named_before(t, start);
    Some(amount)
}

/// Whether the token before digits at `n` leaves them a number of their own: not `G7`,
/// `F-16`, `COVID-19`, `’90s`, `#1`, `+44`, `10:30`.
fn free_before(t: &Toks, n: usize) -> bool {
    !t.glued(n) || t.is_any(n - 1, &["(", "[", "{", "“", "\"", "‘", "«", "—"])
}

/// Dates, numbered things and digit groups, which are not NUMBER: `May 27`, `27 May`,
/// `section 3`, `No. 10`, `#1`, `202 555 0100`, `10 Downing Street`.
fn names_or_dates(t: &Toks, start: usize, n: usize, numeral: Numeral) -> bool {
    let prev = start.checked_sub(1);
    let before_dot = prev.filter(|&p| t.is(p, ".")).and_then(|p| p.checked_sub(1));
    let is_month = |i: Option<usize>| i.and_then(|i| t.word(i)).is_some_and(|w| MONTHS.contains(&w));
    let day_like = numeral.plain && numeral.value.mantissa <= 31;
    (numeral.plain && (is_month(prev) || is_month(before_dot)))
        || (day_like && is_month(Some(n + 1)))
        || prev.is_some_and(|p| t.is_any(p, NUMBERED))
        || before_dot.is_some_and(|p| t.is_any(p, NUMBERED))
        || prev.is_some_and(|p| t.is_any(p, &["#", "§", "№", "+"]))
        || digit_group_beside(t, start, n)
        || street_after(t, n + 1)
}

/// Digits beside another group of digits across a space, as in phone numbers.
fn digit_group_beside(t: &Toks, start: usize, n: usize) -> bool {
    let is_digits = |i: usize| matches!(t.kind(i), Some(Kind::Numeral | Kind::Code));
    let next = if t.is(n + 1, ")") && t.glued(n + 1) { n + 2 } else { n + 1 };
    (start > 0 && is_digits(start - 1) && !t.glued(start)) || (is_digits(next) && !t.glued(next))
}

fn street_after(t: &Toks, k: usize) -> bool {
    (k..k + 3).map_while(|i| t.word(i).filter(|w| has_uppercase(w))).any(|w| STREETS.contains(&w))
}

/// A capitalised word before the number: `Resolution 2231`, `Apollo 11`, `Boeing 737`.
/// Possessives (`Russia's 10,000`), hedges and function words (`The 10`) do not count.
fn named_before(t: &Toks, start: usize) -> bool {
    let Some(prev) = start.checked_sub(1) else { return false };
    let Some(w) = t.word(prev) else { return false };
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    has_uppercase(w) && !possessive && !t.is_any(prev, HEDGES) && !t.is_any(prev, FUNCTION_WORDS)
}

/// Reads what is glued after the digits: a percent sign, a scale (`5bn`, `£3m`) or a unit
/// (`40km`). Returns `None` when the glue makes the digits something else: `11th`, `1950s`,
/// `5pm`, `3D`, `10-year`, `10:30`, `24/7`.
fn glued_suffix(t: &Toks, amount: &mut Amount) -> Option<()> {
    let k = amount.end;
    if !t.glued(k) {
        return Some(());
    }
    let next_glued =
        |kinds: &[Kind]| t.glued(k + 1) && t.kind(k + 1).is_some_and(|kind| kinds.contains(&kind));
    match t.kind(k)? {
        Kind::Word => glued_word(t, amount),
        Kind::Symbol if t.is(k, "%") && amount.unit.is_none() => {
            amount.unit = Some(PERCENT);
            amount.end = k + 1;
            Some(())
        }
        Kind::Symbol if t.is_any(k, &["-", "–"]) => (!next_glued(&[Kind::Word])).then_some(()),
        Kind::Symbol if t.is_any(k, &[":", "/"]) => (!next_glued(&[Kind::Numeral, Kind::Code])).then_some(()),
        Kind::Symbol if t.is_any(k, &["'", "’"]) => (!next_glued(&[Kind::Word])).then_some(()),
        Kind::Symbol => (!t.is_any(k, &["_", "@", "%"])).then_some(()),
        _ => None,
    }
}

/// A word glued to digits: a scale or a unit, else the digits are part of a code.
fn glued_word(t: &Toks, amount: &mut Amount) -> Option<()> {
    let k = amount.end;
    let suffix = t.text(k);
    let money = amount.unit.is_some_and(|u| u.kind == UnitKind::Money);
    // A bare `m` is metres as often as millions; "2.5m people" settles it.
    let million = suffix.eq_ignore_ascii_case("m") && (money || counted_noun(t, k + 1, false).is_some());
    let scale = match suffix.to_ascii_lowercase().as_str() {
        "bn" => Some(9),
        "b" if money => Some(9),
        "tn" | "trn" => Some(12),
        "mn" => Some(6),
        "m" if million => Some(6),
        "k" if money => Some(3),
        _ => None,
    };
    if let Some(exp) = scale {
        amount.scale = exp;
    } else if amount.unit.is_none() {
        amount.unit = Some(UNITS_GLUED.iter().find(|(s, _)| *s == suffix)?.1);
    } else {
        return None;
    }
    amount.end = k + 1;
    (!t.glued(k + 1) || !t.is_alnum(k + 1)).then_some(())
}

/// A unit written after the number: `percent`, `dollars`, `km`, `won` (when not the verb).
fn unit_after(t: &Toks, amount: &mut Amount) {
    let Some((unit, end)) = t.longest(amount.end, UNITS_AFTER) else { return };
    let is_won = unit.name == "KRW" && t.is(amount.end, "won");
    if is_won && (amount.source != Source::Digits || !won_is_currency(t, end)) {
        return;
    }
    amount.unit = Some(unit);
    amount.end = end;
}

/// "5,000 won in wages" is money; "30 won seats" is the verb.
fn won_is_currency(t: &Toks, k: usize) -> bool {
    t.word(k).is_none() || t.is_any(k, AFTER_WON) || rate_at(t, k).is_some()
}

fn clock_follows(t: &Toks, k: usize) -> bool {
    let dotted = t.is_any(k, &["a", "p"]) && t.is(k + 1, ".") && t.is(k + 2, "m");
    dotted || t.is_any(k, CLOCK_WORDS)
}

/// Spelled-out numbers: `two`, `twenty-five`, `three hundred`, `a dozen`, `two million`.
fn words_amount(t: &Toks, i: usize) -> Option<Amount> {
    let first = t.word(i)?;
    if !free_before(t, i) || (i > 0 && t.is_any(i - 1, NUMBERED)) {
        return None;
    }
    let (base, scale, end) = spelled(t, i).or_else(|| half_a(t, i))?;
    // "three-year-long", "two-thirds", "one-off": the number is part of a compound word.
    if t.is_any(end, &["-", "–"]) && t.glued(end) && t.glued(end + 1) && t.is_alnum(end + 1) {
        return None;
    }
    let mut amount = Amount::new(i, end, Some(base), Source::Words);
    amount.scale = scale;
    amount.lone_one = end == i + 1 && first.eq_ignore_ascii_case("one");
    if amount.lone_one && i > 0 && t.is_any(i - 1, PRONOUN_ONE_BEFORE) {
        return None;
    }
    // Capitalised inside a sentence it is a name: "Group of Seven", "Formula One".
    amount.needs_noun = has_uppercase(first) && !t.starts_clause(i);
    unit_after(t, &mut amount);
    Some(amount)
}

/// Reads spelled-out words as (base, scale, end): `two million` is (2, 6); compound forms
/// such as `one million two hundred thousand` are read whole with scale 0.
fn spelled(t: &Toks, i: usize) -> Option<(Decimal, i32, usize)> {
    let (group, k) = group_at(t, i)?;
    let Some((exp, k2)) = t.longest(k, SCALES) else {
        return Some((Decimal::int(group), 0, k));
    };
    if group_at(t, k2).is_none() {
        return Some((Decimal::int(group), exp, k2));
    }
    let mut total = group.checked_mul(10i64.pow(exp as u32))?;
    let (mut k, mut last) = (k2, exp);
    while let Some((group, next)) = group_at(t, k) {
        match t.longest(next, SCALES).filter(|&(e, _)| e < last) {
            Some((e, end)) => {
                total = total.checked_add(group.checked_mul(10i64.pow(e as u32))?)?;
                (k, last) = (end, e);
            }
            None => {
                total = total.checked_add(group)?;
                k = next;
                break;
            }
        }
    }
    Some((Decimal::int(total), 0, k))
}

/// One group below a thousand: `seven`, `forty-two`, `three hundred and ten`, `a hundred`,
/// `two dozen`. "a" counts as one only before `hundred`, `dozen` or a scale word.
fn group_at(t: &Toks, k: usize) -> Option<(i64, usize)> {
    let a_before_scale = t.is_any(k, &["a", "an"])
        && (t.is_any(k + 1, &["hundred", "dozen"]) || t.longest(k + 1, SCALES).is_some());
    let (mut value, mut k) = if a_before_scale { (1, k + 1) } else { tens_units(t, k)? };
    if t.is(k, "dozen") {
        return Some((value * 12, k + 1));
    }
    if t.is(k, "hundred") {
        value *= 100;
        k += 1;
        let after_and = if t.is(k, "and") { k + 1 } else { k };
        if let Some((units, next)) = tens_units(t, after_and).filter(|&(_, next)| !t.is(next, "hundred")) {
            value += units;
            k = next;
        }
    }
    Some((value, k))
}

/// `seven`, `nineteen`, `forty`, `forty-two`, `forty two`.
fn tens_units(t: &Toks, k: usize) -> Option<(i64, usize)> {
    let word = t.word(k)?;
    if let Some(value) = lookup(ONES, word) {
        return Some((value, k + 1));
    }
    let tens = 10 * (lookup(TENS, word)? + 1);
    let unit = |i: usize| lookup(&ONES[..9], t.text(i));
    if t.is(k + 1, "-") && t.glued(k + 1) && t.glued(k + 2) {
        if let Some(u) = unit(k + 2) {
            return Some((tens + u, k + 3));
        }
    }
    Some(unit(k + 1).map_or((tens, k + 1), |u| (tens + u, k + 2)))
}

/// `half a million`, `half a dozen`.
fn half_a(t: &Toks, i: usize) -> Option<(Decimal, i32, usize)> {
    if !(t.is(i, "half") && t.is(i + 1, "a")) {
        return None;
    }
    if t.is(i + 2, "dozen") {
        return Some((Decimal::int(6), 0, i + 3));
    }
    let (exp, end) = t.longest(i + 2, SCALES)?;
    Some((Decimal { mantissa: 5, exp: -1 }, exp, end))
}

/// Vague amounts: `dozens`, `thousands`, `tens of thousands`, `several hundred`, and money
/// such as `hundreds of millions of dollars`, whose currency joins the span.
fn vague_amount(t: &Toks, i: usize) -> Option<Amount> {
    let end = vague_head(t, i)?;
    let mut amount = Amount::new(i, end, None, Source::Vague);
    if t.is(end, "of") {
        if let Some((unit, e)) = t.longest(end + 1, UNITS_AFTER).filter(|(u, _)| u.kind == UnitKind::Money) {
            amount.unit = Some(unit);
            amount.end = e;
        }
    }
    Some(amount)
}

fn vague_head(t: &Toks, i: usize) -> Option<usize> {
    let big_plural = |k: usize| t.is_any(k, &["thousands", "millions", "billions"]);
    if t.is_any(i, &["tens", "hundreds"]) && t.is(i + 1, "of") && big_plural(i + 2) {
        return Some(i + 3);
    }
    if t.is_any(i, VAGUE_PLURALS) {
        return Some(i + 1);
    }
    let k = if t.is(i, "several") {
        i + 1
    } else if t.is(i, "a") && t.is(i + 1, "few") {
        i + 2
    } else {
        return None;
    };
    let end = (k..).find(|&e| !t.is_any(e, &["dozen", "hundred", "thousand", "million", "billion"]))?;
    (end > k).then_some(end)
}

// ---------------------------------------------------------------------------------------------
// Expressions: hedge, amount or range, rate.

#[derive(Debug)]
struct Expr {
    /// Token range.
    start: usize,
    end: usize,
    quantity: Option<Quantity>,
    unit: Option<Unit>,
    hedge: Option<&'static str>,
    rule: &'static str,
}

impl Expr {
    fn into_span(self, t: &Toks) -> Span {
        let value = NumberValue {
            quantity: self.quantity,
            unit: self.unit.map(|u| u.name.to_string()),
            hedge: self.hedge.map(str::to_string),
        };
        Span {
            range: t.0[self.start].start..t.0[self.end - 1].end,
            label: Label::Number,
            value: SpanValue::Number(value),
            rule: self.rule,
        }
    }
}

/// Whether token `i` can begin an expression: digits, a currency sign or minus, or a word
/// that starts a hedge or an amount. One set lookup skips most words quickly.
fn can_start(t: &Toks, i: usize) -> bool {
    static FIRST_WORDS: OnceLock<HashSet<Vec<u8>>> = OnceLock::new();
    let first_words = FIRST_WORDS.get_or_init(|| {
        let hedges = HEDGES.iter().filter_map(|h| h.split(' ').next());
        let prefixes = DOLLAR_PREFIXES.iter().map(|(p, _)| *p);
        let others = ["between", "a", "an", "half", "several", "tens", "minus"];
        let words = hedges.chain(prefixes).chain(ONES.iter().copied()).chain(TENS.iter().copied());
        let words = words.chain(VAGUE_PLURALS.iter().copied()).chain(others);
        words.map(|w| w.to_ascii_lowercase().into_bytes()).collect()
    });
    match t.kind(i) {
        Some(Kind::Numeral) => true,
        Some(Kind::Symbol) => t.is_any(i, &["-", "−"]) || CURRENCY_SYMBOLS.iter().any(|(s, _)| t.is(i, s)),
        Some(Kind::Word) => {
            let mut buf = [0u8; 16];
            let word = t.text(i).as_bytes();
            let Some(lower) = buf.get_mut(..word.len()) else { return false };
            lower.copy_from_slice(word);
            lower.make_ascii_lowercase();
            first_words.contains(&lower[..])
        }
        _ => false,
    }
}

fn expression_at(t: &Toks, i: usize) -> Option<Expr> {
    if t.is(i, "between") {
        if let Some(expr) = between_range(t, i) {
            return Some(expr);
        }
    }
    if let Some((hedge, j)) = hedge_at(t, i) {
        if let Some(expr) = quantity_at(t, j) {
            return Some(Expr { start: i, hedge: Some(hedge), ..expr });
        }
    }
    quantity_at(t, i)
}

/// The longest hedge at `i`, with its end: "no more than" rather than "no".
fn hedge_at(t: &Toks, i: usize) -> Option<(&'static str, usize)> {
    HEDGES.iter().filter_map(|&h| t.pattern(i, h).map(|end| (h, end))).max_by_key(|&(_, end)| end)
}

fn quantity_at(t: &Toks, i: usize) -> Option<Expr> {
    let first = amount_at(t, i, false)?;
    match range_tail(t, first) {
        Tail::Single => finish(t, first, None),
        Tail::Range(a, b) => finish(t, a, Some(b)),
        Tail::Reject => None,
    }
}

/// `between 10 and 20`: the word `between` belongs to the span.
fn between_range(t: &Toks, i: usize) -> Option<Expr> {
    let first = amount_at(t, i + 1, false)?;
    if !t.is(first.end, "and") {
        return None;
    }
    let (a, b) = join_range(first, amount_at(t, first.end + 1, false)?)?;
    Some(Expr { start: i, ..finish(t, a, Some(b))? })
}

enum Tail {
    Single,
    Range(Amount, Amount),
    /// A glued dash that does not make a range: a score `3-1`, a phone `555-0100-22`.
    Reject,
}

/// `10 to 20`, `10-20`, `two or three`, `90% to 95%`.
fn range_tail(t: &Toks, first: Amount) -> Tail {
    let c = first.end;
    let dash = t.is_any(c, &["-", "–"]) && t.glued(c) && t.glued(c + 1);
    let word = t.is_any(c, &["to", "or"]) || (t.is(c, "–") && !t.glued(c) && !t.glued(c + 1));
    if !(dash || word) {
        return Tail::Single;
    }
    let joined = amount_at(t, c + 1, dash).and_then(|second| join_range(first, second));
    match joined {
        Some((a, b)) if dash && !dash_follows(t, b.end) => Tail::Range(a, b),
        Some((a, b)) if word && !change_before(t, first.start) => Tail::Range(a, b),
        _ if dash => Tail::Reject,
        _ => Tail::Single,
    }
}

fn dash_follows(t: &Toks, k: usize) -> bool {
    t.is_any(k, &["-", "–"]) && t.glued(k) && t.glued(k + 1) && t.is_alnum(k + 1)
}

/// Whether a change verb precedes: "rose 5% to 7%", "went up from 10 to 20".
fn change_before(t: &Toks, start: usize) -> bool {
    let Some(prev) = start.checked_sub(1) else { return false };
    if !t.is(prev, "from") {
        return t.is_any(prev, CHANGE_WORDS);
    }
    (prev.saturating_sub(4)..prev).any(|k| t.is_any(k, CHANGE_WORDS))
}

/// Joins two amounts into a range when their units agree and the first is smaller. A unit or
/// scale written once applies to both ends: `90 to 95 percent`, `2 to 3 million`.
fn join_range(mut a: Amount, mut b: Amount) -> Option<(Amount, Amount)> {
    let (x, y) = (a.base?.to_f64()?, b.base?.to_f64()?);
    match (a.unit, b.unit) {
        (Some(u), Some(v)) if u != v => return None,
        (Some(u), None) => b.unit = Some(u),
        (None, Some(v)) => a.unit = Some(v),
        _ => {}
    }
    if a.scale == 0 && b.scale > 0 && x < y {
        a.scale = b.scale;
    }
    (a.number()? < b.number()?).then_some((a, b))
}

/// Checks an amount or range in its context and builds the expression: drops durations and
/// unconfirmed years, names and pronouns; infers `people`; adds a rate.
fn finish(t: &Toks, first: Amount, second: Option<Amount>) -> Option<Expr> {
    let end = second.map_or(first.end, |s| s.end);
    // A written unit settles the reading: "5% year on year" is no duration.
    if (first.unit.is_none() && time_follows(t, end)) || in_ratio(t, first.start, end) {
        return None;
    }
    let quantity = match (first.base, second) {
        (None, _) => None,
        (Some(_), None) => Some(Quantity::Single(first.number()?)),
        (Some(_), Some(s)) => Some(Quantity::Range(first.number()?, s.number()?)),
    };
    let is_one = quantity == Some(Quantity::Single(1.0));
    let unit = first.unit.or_else(|| counted_noun(t, end, is_one));
    let needs_noun =
        first.needs_noun || second.is_some_and(|s| s.needs_noun) || (first.lone_one && second.is_none());
    if needs_noun && unit.is_none() {
        return None;
    }
    let rate_end = first.unit.and_then(|_| rate_at(t, end));
    let rule = match (rate_end, second, first.source, unit.map(|u| u.kind)) {
        (Some(_), ..) => "number:rate",
        (_, Some(_), ..) => "number:range",
        (_, _, Source::Vague, _) => "number:vague",
        (.., Some(UnitKind::Money)) => "number:money",
        (.., Some(UnitKind::Percent)) => "number:percent",
        (.., Some(UnitKind::Measure)) => "number:measure",
        (_, _, Source::Words, _) => "number:words",
        _ => "number:digits",
    };
    Some(Expr { start: first.start, end: rate_end.unwrap_or(end), quantity, unit, hedge: None, rule })
}

/// Whether a time unit follows, so the number is a duration: "three years", "10 more days",
/// "thousands of years".
fn time_follows(t: &Toks, k: usize) -> bool {
    let mut k = if t.is(k, "of") { k + 1 } else { k };
    while t.is_any(k, TIME_MODIFIERS) {
        k += 1;
    }
    t.is_any(k, TIME_UNITS)
}

/// Whether the amount is half of a ratio such as "one in five" or "9 in 10", which names a
/// proportion rather than a count and is left alone. "12 in 3 cities" is no ratio.
fn in_ratio(t: &Toks, start: usize, end: usize) -> bool {
    let value = |i: usize| match t.kind(i)? {
        Kind::Numeral => read_numeral(t.text(i)).filter(|n| n.plain).map(|n| n.value.mantissa),
        Kind::Word => tens_units(t, i).filter(|&(_, next)| next == i + 1).map(|(v, _)| v),
        _ => None,
    };
    let ratio = |a: usize, b: usize| matches!((value(a), value(b)), (Some(x), Some(y)) if x <= 10 && x < y);
    (t.is(end, "in") && ratio(end - 1, end + 1))
        || (start >= 2 && t.is(start - 1, "in") && ratio(start - 2, start))
}

/// `a month`, `per year`, `an hour`.
fn rate_at(t: &Toks, k: usize) -> Option<usize> {
    (t.is_any(k, &["a", "an", "per"]) && t.is_any(k + 1, RATE_UNITS)).then_some(k + 2)
}

/// The unit `people` when a people noun follows within a few modifiers: "10,000 North Korean
/// troops", "dozens of men", "one soldier". The noun is not part of the span.
fn counted_noun(t: &Toks, k: usize, singular: bool) -> Option<Unit> {
    let mut k = if t.is(k, "of") { k + 1 } else { k };
    for _ in 0..4 {
        let word = t.word(k)?;
        if is_people_noun(word, singular) {
            return Some(PEOPLE);
        }
        if !is_modifier(t, k) {
            return None;
        }
        k += 1;
        while t.is(k, "-") && t.glued(k) && t.glued(k + 1) && t.word(k + 1).is_some() {
            k += 2;
        }
    }
    None
}

fn is_people_noun(word: &str, singular: bool) -> bool {
    let demonym = word.starts_with(char::is_uppercase) && word.ends_with("ans") && word.len() > 4;
    let listed = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    demonym || listed(PEOPLE_PLURAL) || (singular && listed(PEOPLE_SINGULAR))
}

/// Words that may stand between a count and its noun: names (`North Korean`), participles
/// (`trained`), common adjectives, hyphenated compounds (`well-trained`).
fn is_modifier(t: &Toks, k: usize) -> bool {
    let Some(word) = t.word(k) else { return false };
    let compound = t.is(k + 1, "-") && t.glued(k + 1) && t.glued(k + 2);
    has_uppercase(word) || (word.len() > 4 && word.ends_with("ed")) || t.is_any(k, NOUN_MODIFIERS) || compound
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One table row: a sentence and the NUMBER spans expected in it, each as
    /// (span text, value, unit, hedge); value is `null`, a number or `[low,high]`, and an
    /// empty unit or hedge means none.
    struct Case {
        name: &'static str,
        sentence: &'static str,
        expected: &'static [(&'static str, &'static str, &'static str, &'static str)],
    }

    const fn case(
        name: &'static str,
        sentence: &'static str,
        expected: &'static [(&'static str, &'static str, &'static str, &'static str)],
    ) -> Case {
        Case { name, sentence, expected }
    }

    #[rustfmt::skip]
    const DIGITS: &[Case] = &[
        case("separators", "The ministry counted 10,000 new applications.", &[("10,000", "10000", "", "")]),
        case("decimal", "The index fell to 1.25 on Friday.", &[("1.25", "1.25", "", "")]),
        case("scale word", "The region has 1.2 million residents.", &[("1.2 million", "1200000", "people", "")]),
        case("billion", "Officials cited 3 billion in losses.", &[("3 billion", "3000000000", "", "")]),
        case("count before people noun", "Police arrested 12 protesters.", &[("12", "12", "people", "")]),
        case("adjectives before the noun", "It sent 1,500 North Korean troops.", &[("1,500", "1500", "people", "")]),
        case("bare count", "The death toll rose to 37.", &[("37", "37", "", "")]),
        case("year-like count with people", "About 1500 troops crossed.", &[("About 1500", "1500", "people", "about")]),
        case("abbreviated million with people", "Some 2.5m people fled.", &[("Some 2.5m", "2500000", "people", "some")]),
        case("negative", "Temperatures hit -20 degrees overnight.", &[("-20 degrees", "-20", "degrees", "")]),
        case("possessive before", "Korea's 25.8 million people vote today.", &[("25.8 million", "25800000", "people", "")]),
        case("demonym plural", "Seoul said 3,000 North Koreans had arrived.", &[("3,000", "3000", "people", "")]),
        case("count in a title", "Russia Sends 5,000 More Troops", &[("5,000", "5000", "people", "")]),
        case("minus word", "Nights fall to minus 15 degrees.", &[("minus 15 degrees", "-15", "degrees", "")]),
    ];

    #[rustfmt::skip]
    const WORDS: &[Case] = &[
        case("small count", "Two soldiers were wounded.", &[("Two", "2", "people", "")]),
        case("the two as a noun phrase", "Now the two are meeting again.", &[("two", "2", "", "")]),
        case("hyphenated tens", "Twenty-five villagers were evacuated.", &[("Twenty-five", "25", "people", "")]),
        case("hundreds with and", "It freed three hundred and ten prisoners.", &[("three hundred and ten", "310", "people", "")]),
        case("a dozen", "A dozen drones were shot down.", &[("A dozen", "12", "", "")]),
        case("two dozen", "Two dozen officers testified.", &[("Two dozen", "24", "people", "")]),
        case("a million", "A million people marched.", &[("A million", "1000000", "people", "")]),
        case("half a million", "Half a million refugees crossed.", &[("Half a million", "500000", "people", "")]),
        case("one before a people noun", "One soldier was killed.", &[("One", "1", "people", "")]),
        case("one before a scale", "It costs one million dollars.", &[("one million dollars", "1000000", "USD", "")]),
        case("spelled with a unit", "Prices rose five percent.", &[("five percent", "0.05", "percent", "")]),
        case("spelled compound scale", "two million three hundred thousand voters", &[("two million three hundred thousand", "2300000", "people", "")]),
    ];

    #[rustfmt::skip]
    const MONEY: &[Case] = &[
        case("dollars with sign", "The deal is worth $2,000.", &[("$2,000", "2000", "USD", "")]),
        case("glued billion", "The fund holds $5bn.", &[("$5bn", "5000000000", "USD", "")]),
        case("pounds million", "The club paid £3m for him.", &[("£3m", "3000000", "GBP", "")]),
        case("euros", "Fines reach €40 million.", &[("€40 million", "40000000", "EUR", "")]),
        case("won word", "Each receives 2,000 won in cash.", &[("2,000 won", "2000", "KRW", "")]),
        case("won symbol", "It paid ₩500,000 in bonuses.", &[("₩500,000", "500000", "KRW", "")]),
        case("roubles", "Recruits get 200,000 roubles.", &[("200,000 roubles", "200000", "RUB", "")]),
        case("yuan", "The loan totals 8 billion yuan.", &[("8 billion yuan", "8000000000", "CNY", "")]),
        case("dollars word", "He was fined 500 dollars.", &[("500 dollars", "500", "USD", "")]),
        case("US dollar prefix", "Exports hit US$7.5 billion.", &[("US$7.5 billion", "7500000000", "USD", "")]),
        case("cents", "A loaf costs $1.50 now.", &[("$1.50", "1.5", "USD", "")]),
        case("won before a rate", "Miners earn 90,000 won a month.", &[("90,000 won a month", "90000", "KRW", "")]),
        case("change gives two values", "The fund grew from $2bn to $5bn.", &[("$2bn", "2000000000", "USD", ""), ("$5bn", "5000000000", "USD", "")]),
    ];

    #[rustfmt::skip]
    const PERCENT: &[Case] = &[
        case("sign", "Turnout reached 64%.", &[("64%", "0.64", "percent", "")]),
        case("spaced sign", "Support is at 40 %.", &[("40 %", "0.4", "percent", "")]),
        case("word", "Inflation hit 7.5 percent.", &[("7.5 percent", "0.075", "percent", "")]),
        case("two words", "Unemployment is 4 per cent.", &[("4 per cent", "0.04", "percent", "")]),
        case("points", "Rates rose 3 percentage points.", &[("3 percentage points", "0.03", "percentage points", "")]),
        case("glued pc", "Inflation was 2.4pc in May.", &[("2.4pc", "0.024", "percent", "")]),
        case("spelled one percent", "It grew by one percent.", &[("one percent", "0.01", "percent", "")]),
        case("year on year is no duration", "Exports rose 4% year on year.", &[("4%", "0.04", "percent", "")]),
    ];

    #[rustfmt::skip]
    const RANGES: &[Case] = &[
        case("percent to percent", "Estimates vary, with 80% to 85% backing it.", &[("80% to 85%", "[0.8,0.85]", "percent", "")]),
        case("unit written once", "Between 60 and 70 percent agreed.", &[("Between 60 and 70 percent", "[0.6,0.7]", "percent", "")]),
        case("hyphen", "Each unit has 10-20 men.", &[("10-20", "[10,20]", "people", "")]),
        case("to with people", "Groups of 30 to 40 soldiers moved.", &[("30 to 40", "[30,40]", "people", "")]),
        case("from without change verb", "Crews of from 5 to 8 sailors work there.", &[("5 to 8", "[5,8]", "people", "")]),
        case("scale written once", "It will cost 2 to 3 million euros.", &[("2 to 3 million euros", "[2000000,3000000]", "EUR", "")]),
        case("spelled or", "Two or three drones hit the depot.", &[("Two or three", "[2,3]", "", "")]),
        case("hyphen with percent", "Growth of 2-3% is expected.", &[("2-3%", "[0.02,0.03]", "percent", "")]),
        case("en dash money", "Tickets cost $10–$20.", &[("$10–$20", "[10,20]", "USD", "")]),
        case("change is not a range", "Prices rose from 5% to 7%.", &[("5%", "0.05", "percent", ""), ("7%", "0.07", "percent", "")]),
        case("falling pair is not a range", "The vote was 7 to 2.", &[("7", "7", "", ""), ("2", "2", "", "")]),
        case("mismatched units", "It rose 5% to $70.", &[("5%", "0.05", "percent", ""), ("$70", "70", "USD", "")]),
        case("between without unit", "Estimates range between 100,000 and 200,000.", &[("between 100,000 and 200,000", "[100000,200000]", "", "")]),
        case("percent hyphen range", "Polls show 55-60% support.", &[("55-60%", "[0.55,0.6]", "percent", "")]),
        case("one or two", "One or two soldiers stayed behind.", &[("One or two", "[1,2]", "people", "")]),
        case("hedged range", "Approximately 5,000-6,000 were detained.", &[("Approximately 5,000-6,000", "[5000,6000]", "", "approximately")]),
    ];

    #[rustfmt::skip]
    const HEDGED: &[Case] = &[
        case("about", "It deployed about 10,000 North Korean troops.", &[("about 10,000", "10000", "people", "about")]),
        case("more than", "More than 300 civilians died.", &[("More than 300", "300", "people", "more than")]),
        case("no more than", "No more than 50 guests attended.", &[("No more than 50", "50", "", "no more than")]),
        case("at least", "At least two journalists were hurt.", &[("At least two", "2", "people", "at least")]),
        case("up to", "It could cost up to $4bn.", &[("up to $4bn", "4000000000", "USD", "up to")]),
        case("an estimated", "An estimated 40,000 residents left.", &[("An estimated 40,000", "40000", "people", "an estimated")]),
        case("just over", "Just over 60% voted yes.", &[("Just over 60%", "0.6", "percent", "just over")]),
        case("over", "It lost over 3,000 men.", &[("over 3,000", "3000", "people", "over")]),
        case("nearly", "Nearly a dozen ships sank.", &[("Nearly a dozen", "12", "", "nearly")]),
        case("some", "Some 5,000 workers struck.", &[("Some 5,000", "5000", "people", "some")]),
    ];

    #[rustfmt::skip]
    const VAGUE: &[Case] = &[
        case("dozens of", "The unit lost dozens of men.", &[("dozens", "null", "people", "")]),
        case("thousands", "Thousands fled the city.", &[("Thousands", "null", "", "")]),
        case("thousands of adjectives", "It sent thousands of young conscripts.", &[("thousands", "null", "people", "")]),
        case("tens of thousands", "Tens of thousands of workers marched.", &[("Tens of thousands", "null", "people", "")]),
        case("hundreds of thousands", "Hundreds of thousands lost power.", &[("Hundreds of thousands", "null", "", "")]),
        case("money phrase", "It owes hundreds of millions of dollars in debt.", &[("hundreds of millions of dollars", "null", "USD", "")]),
        case("several hundred", "Several hundred protesters gathered.", &[("Several hundred", "null", "people", "")]),
        case("millions of euros", "Millions of euros vanished.", &[("Millions of euros", "null", "EUR", "")]),
    ];

    #[rustfmt::skip]
    const RATES: &[Case] = &[
        case("hedged rate", "Guards earned less than $1 a month.", &[("less than $1 a month", "1", "USD", "less than")]),
        case("rate", "Pilots could make $2,000 a month, officials said.", &[("$2,000 a month", "2000", "USD", "")]),
        case("per year", "It pays £30,000 per year.", &[("£30,000 per year", "30000", "GBP", "")]),
        case("percent rate", "Prices grew 2% a year.", &[("2% a year", "0.02", "percent", "")]),
        case("an hour", "Drivers earn $15 an hour.", &[("$15 an hour", "15", "USD", "")]),
    ];

    #[rustfmt::skip]
    const MEASURES: &[Case] = &[
        case("km", "The column is 5 km long.", &[("5 km", "5", "km", "")]),
        case("kilometres", "They advanced 300 kilometres.", &[("300 kilometres", "300", "km", "")]),
        case("glued", "A 155mm shell landed 40km away.", &[("155mm", "155", "mm", ""), ("40km", "40", "km", "")]),
        case("tons", "The ship carried 10 tons of grain.", &[("10 tons", "10", "t", "")]),
        case("degrees", "It reached 40 degrees.", &[("40 degrees", "40", "degrees", "")]),
        case("celsius sign", "It was 38°C in the shade.", &[("38°C", "38", "°C", "")]),
        case("square km", "It covers 1,000 square kilometres.", &[("1,000 square kilometres", "1000", "km2", "")]),
        case("glued celsius", "Heat reached 45C on Sunday.", &[("45C", "45", "°C", "")]),
        case("feet", "The drone flew at 10,000 feet.", &[("10,000 feet", "10000", "ft", "")]),
        case("basis points", "The bank raised rates by 25 basis points.", &[("25 basis points", "25", "basis points", "")]),
    ];

    /// Numbers that are not NUMBER.
    #[rustfmt::skip]
    const NEGATIVES: &[Case] = &[
        case("ordinals", "It is the fourth largest army and the 11th Corps.", &[]),
        case("century", "It is a 21st century war.", &[]),
        case("thousandth", "The war reached its thousandth day.", &[]),
        case("years", "In 2024 the talks resumed, as in 2019.", &[]),
        case("year before noun", "The 2022 invasion changed everything.", &[]),
        case("year range", "Fighting in 2014-2022 displaced many.", &[]),
        case("date", "They met on May 27, 2024 and on 5 June.", &[]),
        case("decade", "It began in the 1950s and the ’90s.", &[]),
        case("pronoun one", "It is one of the largest; no one knows which one.", &[]),
        case("one another", "The two sides accused one another.", &[("two", "2", "", "")]),
        case("a successful one", "It was a successful one, officials said.", &[]),
        case("time of day", "The strike came at 5 p.m. and again at 10:30.", &[]),
        case("time of day glued", "It ended at 11pm local time.", &[]),
        case("durations", "It lasted three years and 10 days, not two weeks.", &[]),
        case("duration with more", "He faces 10 more years in jail.", &[]),
        case("compound adjective", "The nearly three-year-long war and a 10-year plan.", &[]),
        case("fraction compound", "A two-thirds majority passed it.", &[]),
        case("identifiers", "The G7 discussed COVID-19, F-16 jets, Su-27s and KN-23 missiles.", &[]),
        case("paper size", "Print it on A4 paper.", &[]),
        case("phone", "Call 202-555-0143 or +44 20 7946 0958.", &[]),
        case("version", "Update to version 2.1.3 now, or v2.0.", &[]),
        case("section", "Under section 230 and Article 5, it is legal.", &[]),
        case("resolution", "It violates Resolution 2231.", &[]),
        case("a is not a number", "A soldier saw a drone.", &[]),
        case("score", "They won 3-1 on Sunday.", &[]),
        case("address", "He left 10 Downing Street.", &[]),
        case("name with a number", "The Group of Seven met.", &[]),
        case("won as verb", "The party won 30 seats and 30 won prizes.", &[("30", "30", "", ""), ("30", "30", "", "")]),
        case("slash", "Crews work 24/7 on route 9/11.", &[]),
        case("times", "It is three times larger.", &[]),
        case("hostile leftovers", "A lone $ and %% and 1e999 and 0x1F.", &[]),
        case("ranged duration", "The project will take 3-5 years.", &[]),
        case("date range", "Talks run 5-7 March.", &[]),
        case("ratio", "One in five adults and 1 in 4 children are affected.", &[]),
        case("time zone", "Shelling began at 0400 GMT and 1400 GMT.", &[]),
        case("military designations", "It fielded T-72 tanks, S-400 systems and A-10 jets.", &[]),
        case("rank", "He is the number two official.", &[]),
        case("years of change", "It grew 3.6% in 2023 and 1.3% in 2024.", &[("3.6%", "0.036", "percent", ""), ("1.3%", "0.013", "percent", "")]),
        case("years between", "Up to 1,000 people died between 2015 and 2016.", &[("Up to 1,000", "1000", "people", "up to")]),
        case("thousands of years", "Hundreds of years passed, then dozens of times more.", &[]),
        case("named law and product", "Under the Terrorism Act 2000, Windows 11 and the M25 are named.", &[]),
        case("referendum split", "The 2016 referendum split the country 52-48.", &[]),
        case("shirt number", "He wore the number 10 shirt, not the 7.", &[("7", "7", "", "")]),
        case("clock with zone", "Results are due at 10pm BST or 11 GMT.", &[]),
    ];

    /// Bugs found while checking the recogniser, kept fixed.
    #[rustfmt::skip]
    const REGRESSION: &[Case] = &[
        // A sentence-initial name was taken for a function word.
        case("name opening a sentence", "Apollo 11 landed and Flight 370 vanished.", &[]),
        // "one in five" gave NUMBER "five" with unit people.
        case("ratio with a people noun", "About one in three Ukrainians fled.", &[]),
        // "minus 20" lost its sign.
        case("minus sign word", "It was minus 20 degrees.", &[("minus 20 degrees", "-20", "degrees", "")]),
        // "2.4pc" was dropped as an identifier.
        case("british percent", "Growth slowed to 0.1pc.", &[("0.1pc", "0.001", "percent", "")]),
        // "number two" tagged the rank.
        case("spelled rank", "She became number two in the party.", &[]),
    ];

    fn show(quantity: Option<Quantity>) -> String {
        match quantity {
            None => "null".to_string(),
            Some(Quantity::Single(v)) => format!("{v}"),
            Some(Quantity::Range(a, b)) => format!("[{a},{b}]"),
        }
    }

    fn actual(sentence: &str) -> Vec<(String, String, String, String)> {
        find_numbers(sentence, 0..sentence.len())
            .into_iter()
            .map(|span| {
                let SpanValue::Number(value) = span.value else { panic!("not a number value: {span:?}") };
                (
                    sentence[span.range].to_string(),
                    show(value.quantity),
                    value.unit.unwrap_or_default(),
                    value.hedge.unwrap_or_default(),
                )
            })
            .collect()
    }

    fn check(table: &[Case]) {
        let failures: Vec<String> = table
            .iter()
            .filter_map(|c| {
                let got = actual(c.sentence);
                let want: Vec<_> = c
                    .expected
                    .iter()
                    .map(|(s, v, u, h)| (s.to_string(), v.to_string(), u.to_string(), h.to_string()))
                    .collect();
                (got != want)
                    .then(|| format!("{}: {:?}\n  want {want:?}\n  got  {got:?}", c.name, c.sentence))
            })
            .collect();
        assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn digits_are_read_with_separators_decimals_and_scales() {
        check(DIGITS);
    }

    #[test]
    fn spelled_out_numbers_are_read() {
        check(WORDS);
    }

    #[test]
    fn money_keeps_its_currency() {
        check(MONEY);
    }

    #[test]
    fn percentages_are_fractions() {
        check(PERCENT);
    }

    #[test]
    fn ranges_are_one_span() {
        check(RANGES);
    }

    #[test]
    fn hedges_join_the_span() {
        check(HEDGED);
    }

    #[test]
    fn vague_amounts_have_no_value() {
        check(VAGUE);
    }

    #[test]
    fn rates_include_their_period() {
        check(RATES);
    }

    #[test]
    fn measures_keep_their_unit() {
        check(MEASURES);
    }

    #[test]
    fn ordinals_years_names_and_durations_are_not_numbers() {
        check(NEGATIVES);
    }

    #[test]
    fn fixed_bugs_stay_fixed() {
        check(REGRESSION);
    }

    #[test]
    fn spans_are_sorted_labelled_and_inside_the_sentence() {
        let text = "Intro. Over 3,000 troops and $5bn, 90% to 95% of 10-20 men. Tail.";
        let sentence = 7..text.len() - 6;
        let spans = find_numbers(text, sentence.clone());
        assert_eq!(spans.len(), 4);
        for pair in spans.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
        for span in &spans {
            assert!(span.range.start >= sentence.start && span.range.end <= sentence.end);
            assert_eq!(span.label, Label::Number);
            assert!(span.rule.starts_with("number:"));
        }
    }

    #[test]
    fn hostile_input_never_panics() {
        let long_digits = "9".repeat(500);
        let long_grouped = format!("1{}", ",000".repeat(200));
        let inputs = [
            long_digits.as_str(),
            long_grouped.as_str(),
            "1e999 $ %% -- - – $$5 5$ ££ US$ -$ 0.0.0 ,5 5, .5 5. 1,23,456",
            "€٣ 五 ½ ¼ ①②③ 𝟙𝟚 x\u{301}1 👍🏽5 ₩ ₩₩ -−5 −",
            "twenty- -five a hundred and and a a million half a half",
            "\u{0}\u{feff}12\u{200b}34\r\n\t",
            "",
        ];
        for text in inputs {
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for &start in &bounds {
                for &end in bounds.iter().filter(|&&e| e >= start).take(40) {
                    let spans = find_numbers(text, start..end);
                    assert!(spans.iter().all(|s| text.is_char_boundary(s.range.start) && s.range.end <= end));
                }
            }
        }
        // Ranges outside the text or off char boundaries yield nothing.
        let s = "5 km né";
        let backwards = Range { start: 7, end: 3 };
        for range in [0..99, backwards, 6..7, 99..100] {
            assert!(find_numbers(s, range).is_empty());
        }
    }
}
