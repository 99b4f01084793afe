//! NUMBER's word lists: hedges, number words, scales, the words around a number that make it
//! something else (a duration, a date, a name, a time of day), people nouns, and the units
//! written before or after a number.

/// Hedges that may stand before a number, as space-separated tokens.
#[rustfmt::skip]
pub(super) const HEDGES: &[&str] = &[
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under",
    "more than", "less than", "fewer than", "no more than", "no fewer than", "no less than", "up to",
    "at least", "at most", "as many as", "as much as", "as few as", "as little as", "an estimated",
    "estimated", "just over", "just under", "well over", "well under", "close to", "upwards of",
    "in excess of",
];

#[rustfmt::skip]
pub(super) const ONES: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

pub(super) const TENS: &[&str] =
    &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Scale words with their powers of ten; the abbreviations are the press's (`$5bn`).
pub(super) const SCALES: &[(&str, i32)] = &[
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
pub(super) const VAGUE_PLURALS: &[&str] =
    &["dozens", "hundreds", "thousands", "millions", "billions", "trillions"];

/// Words after which a number is a duration or frequency, which TIME owns or which counts
/// nothing: "three years", "two weeks", "10 times".
#[rustfmt::skip]
pub(super) const TIME_UNITS: &[&str] = &[
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "hr", "hrs", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "night", "nights", "weekend", "weekends", "fortnight", "fortnights", "millennium", "millennia",
    "times",
];

/// Words that may sit between a number and its time unit: "10 more years".
#[rustfmt::skip]
pub(super) const TIME_MODIFIERS: &[&str] = &[
    "more", "additional", "further", "consecutive", "straight", "long", "full", "whole", "successive",
];

/// Time units a rate may end in: "$2,000 a month", "5% per year".
pub(super) const RATE_UNITS: &[&str] = &["day", "week", "month", "year", "hour", "night", "annum"];

/// Words after which a number names a thing rather than counting: "section 3", "flight 17".
#[rustfmt::skip]
pub(super) const NUMBERED: &[&str] = &[
    "number", "no", "nos", "section", "article", "chapter", "page", "pp", "paragraph", "clause",
    "version", "route", "flight", "line", "room", "floor", "apartment", "suite", "episode", "season",
    "series", "game", "round", "level", "phase", "tier", "category", "grade", "size", "gate", "terminal",
    "platform", "resolution", "amendment", "act", "title", "item", "figure", "appendix", "volume", "vol",
    "model", "type", "class", "channel", "district", "ward", "precinct", "zone", "sector", "highway",
    "interstate", "day", "week",
];

/// Words that make a following `one` a pronoun: "the one who", "no one", "any one of".
#[rustfmt::skip]
pub(super) const PRONOUN_ONE_BEFORE: &[&str] = &[
    "the", "no", "any", "every", "each", "this", "that", "which", "a", "an", "such", "some",
];

/// Words that may open a sentence before a number without naming it: "The 10 soldiers".
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "all", "only", "another", "just", "these", "those", "its", "their", "his", "her",
    "our", "with", "of", "in", "for", "at", "by", "on", "to", "from", "and", "but", "or", "so", "if",
    "when", "after", "before", "since", "until", "while", "any", "each", "both", "than", "as", "exactly",
    "precisely", "still", "also", "then", "now", "today", "nearly",
];

/// Month names and abbreviations, matched case-sensitively so that "may" stays a verb.
#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
];

/// Last words of street and building names: "10 Downing Street".
#[rustfmt::skip]
pub(super) const STREETS: &[&str] = &[
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Drive", "Way", "Place", "Square",
    "Terrace", "Court", "Crescent", "Parkway", "Center", "Centre", "Plaza",
];

/// Words after a number that make it a time of day: "5 p.m." is handled apart.
#[rustfmt::skip]
pub(super) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "o'clock", "o’clock", "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PT", "PST",
    "PDT", "KST", "JST", "MSK", "hrs", "local",
];

/// Verbs and adverbs of change: after them "from 5% to 7%" is two values, not a range.
#[rustfmt::skip]
pub(super) const CHANGE_WORDS: &[&str] = &[
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "grew",
    "grown", "grow", "grows", "growing", "went", "gone", "cut", "cuts", "up", "down", "sank", "slid",
    "shrank", "shrunk", "raised", "lowered", "reduced", "boosted", "lifted", "hiked", "edged", "dipped",
    "slipped", "jumped", "dropped", "climbed", "declined", "increased", "decreased", "doubled", "tripled",
    "soared", "surged", "plunged", "plummeted", "tumbled", "expanded", "improved", "changed", "moved",
    "revised", "widened", "narrowed",
];

/// People nouns: a count before them gets the unit `people`.
#[rustfmt::skip]
pub(super) const PEOPLE_PLURAL: &[&str] = &[
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
pub(super) const PEOPLE_SINGULAR: &[&str] = &[
    "person", "man", "woman", "child", "soldier", "civilian", "officer", "worker", "resident", "member",
    "fighter", "prisoner", "hostage", "refugee", "student", "journalist", "official",
];

/// Adjectives that may stand between a number and its noun: "10,000 more troops".
#[rustfmt::skip]
pub(super) const NOUN_MODIFIERS: &[&str] = &[
    "more", "other", "new", "additional", "extra", "young", "old", "elite", "foreign", "local", "armed",
    "unarmed", "innocent", "ordinary", "enemy", "military", "civilian", "special", "regular", "active",
    "reserve", "combat", "ethnic", "female", "male", "former", "fellow", "frontline", "infantry", "army",
    "naval", "ground", "elderly", "senior", "junior", "illegal", "professional", "poor", "security",
    "border", "rescue", "aid", "medical",
];

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

pub(super) const fn money(name: &'static str) -> Unit {
    Unit { name, kind: UnitKind::Money }
}

pub(super) const fn measure(name: &'static str) -> Unit {
    Unit { name, kind: UnitKind::Measure }
}

pub(super) const PERCENT: Unit = Unit { name: "percent", kind: UnitKind::Percent };
const POINTS: Unit = Unit { name: "percentage points", kind: UnitKind::Percent };
pub(super) const PEOPLE: Unit = Unit { name: "people", kind: UnitKind::People };

/// Currency symbols written before the number.
pub(super) const CURRENCY_SYMBOLS: &[(&str, Unit)] = &[
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
pub(super) const DOLLAR_PREFIXES: &[(&str, Unit)] = &[
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
pub(super) const UNITS_AFTER: &[(&str, Unit)] = &[
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
pub(super) const UNITS_GLUED: &[(&str, Unit)] = &[
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
pub(super) const AFTER_WON: &[&str] = &[
    "per", "in", "for", "to", "and", "or", "each", "worth", "as", "on", "at", "by", "from", "of",
];
