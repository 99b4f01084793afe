//! The values the analysis produces: labelled spans with their parsed values.

use std::borrow::Cow;
use std::ops::Range;

use jiff::civil::Date;

/// What a span names. The labels of `ANNOTATION.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// A named person: `Kim Jong Un`, `Gabuev`.
    Person,
    /// An organisation, agency, outlet, unit, party or institution: `Pentagon`, `NATO`.
    Org,
    /// A country, city, region, landmark or area: `North Korea`, `Kursk region`.
    Place,
    /// A nationality, religious or political group as adjective or noun: `North Korean`.
    Group,
    /// A date, time, duration, period or set: `Monday`, `last summer`, `the 1950s`.
    Time,
    /// A count, amount of money, percentage or measure: `about 10,000`, `$2,000 a month`.
    Number,
    /// A direct quotation, inside its marks.
    Quote,
}

impl Label {
    /// Every label, in the order of `ANNOTATION.md`.
    pub const ALL: [Label; 7] =
        [Label::Person, Label::Org, Label::Place, Label::Group, Label::Time, Label::Number, Label::Quote];

    /// The upper-case name used in JSON: `PERSON`, `ORG`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Group => "GROUP",
            Label::Time => "TIME",
            Label::Number => "NUMBER",
            Label::Quote => "QUOTE",
        }
    }

    /// Reads an upper-case name.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether spans of this label name an entity that aliases can merge.
    pub fn is_entity(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Place | Label::Group)
    }
}

/// One recognised expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// UTF-8 byte range into the document text.
    pub range: Range<usize>,
    /// What it is.
    pub label: Label,
    /// Its parsed value.
    pub value: SpanValue,
    /// The name of the rule that produced it, for explanations: `gazetteer:country`, ...
    /// Borrowed from the engine; owned only when read back from a [bundle](crate::bundle).
    pub rule: Cow<'static, str>,
    /// The index of the sentence it starts in, in [`Analysis::sentences`](super::Analysis):
    /// decided once, by [`analyze`](super::analyze), for every view that groups spans by
    /// sentence (search, timeline). Recognisers, which see one sentence, leave it 0.
    pub sentence: usize,
}

impl Span {
    /// A span found by a recogniser; [`analyze`](super::analyze) sets its sentence.
    pub fn new(range: Range<usize>, label: Label, value: SpanValue, rule: &'static str) -> Span {
        Span { range, label, value, rule: Cow::Borrowed(rule), sentence: 0 }
    }
}

/// The parsed value of a [`Span`], by label.
#[derive(Debug, Clone, PartialEq)]
pub enum SpanValue {
    /// An entity mention; `id` indexes [`crate::analysis::Analysis::entities`].
    Entity {
        /// The entity mentioned.
        id: usize,
    },
    /// A TIME value.
    Time(TimeValue),
    /// A NUMBER value.
    Number(NumberValue),
    /// A QUOTE's attribution.
    Quote(QuoteValue),
}

/// The TIMEX3 type of a TIME expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    /// A calendar point or period: `Monday`, `June`, `the 1950s`, `now`.
    Date,
    /// A length of time: `months`, `three-year-long`.
    Duration,
    /// A recurrence: `a month` in "$2,000 a month".
    Set,
}

/// How finely a resolved TIME is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// One day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// A TIME value: TIMEX3 string, type, and the interval it resolves to when it does.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeValue {
    /// TIMEX3 value: `2024-10-28`, `2024-06`, `2023-SU`, `195X`, `P3Y`, `FUTURE_REF`, `XXXX-05-27`.
    pub timex: String,
    /// Date, duration or set.
    pub kind: TimexType,
    /// The calendar interval, first day inclusive to last day inclusive, when it is placed.
    pub interval: Option<(Date, Date)>,
    /// How fine the interval is, when there is one.
    pub precision: Option<Precision>,
}

/// A NUMBER's value: one number or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Quantity {
    /// One value: `10000`, `0.9` for 90 %.
    Single(f64),
    /// A range: `[0.9, 0.95]`.
    Range(f64, f64),
}

/// A NUMBER value.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberValue {
    /// The number, or `None` for vague amounts such as "dozens" or "thousands".
    pub quantity: Option<Quantity>,
    /// The unit or currency: `USD`, `percent`, `people`, ...
    pub unit: Option<String>,
    /// A hedge before the number: `about`, `over`, `less than`, ...
    pub hedge: Option<String>,
}

/// A QUOTE's attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteValue {
    /// The speaker's fullest name in the document, if the text names one.
    pub speaker: Option<String>,
    /// The attributing cue: the range of "said", "told NBC News", "he reflects", ...
    pub cue: Option<Range<usize>>,
}
