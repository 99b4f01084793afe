//! Clock times, in British and 24-hour styles too, and the day each belongs to: the day of its
//! sentence, else one named before it in the document.

use jiff::civil::Date;

use super::{case, run, timex, Case, UNDATED, WED};
use crate::analysis::{analyze, Label};

const CLOCKS: &[Case] = &[
    case("a British time with a point", "The vote is due at 3.30pm.", WED, &[("3.30pm", "XXXX-XX-XXT15:30")]),
    case(
        "a British time with a point and a spaced meridiem",
        "Talks resumed at 9.15 a.m. and closed at 4pm.",
        WED,
        &[("9.15 a.m.", "XXXX-XX-XXT09:15"), ("4pm", "XXXX-XX-XXT16:00")],
    ),
    case(
        "the 24-hour clock after a preposition",
        "Talks resume at 15:00 and run until 18:30.",
        WED,
        &[("15:00", "XXXX-XX-XXT15:00"), ("18:30", "XXXX-XX-XXT18:30")],
    ),
    case(
        "a conversion to GMT that crosses midnight falls on the next day",
        "The quake struck on April 21, 2026, at 11:05 p.m. local time (0305 GMT).",
        Some(Date::constant(2026, 4, 22)),
        &[
            ("April 21, 2026", "2026-04-21"),
            ("11:05 p.m.", "2026-04-21T23:05"),
            ("0305 GMT", "2026-04-22T03:05"),
        ],
    ),
    case(
        "a conversion after the clock's day falls on the day before",
        "The blast came at 2:00 a.m. on Tuesday (1700 GMT); the vote closed at 8 p.m. (1900 GMT).",
        Some(Date::constant(2026, 4, 22)),
        &[
            ("2:00 a.m.", "2026-04-21T02:00"),
            ("Tuesday", "2026-04-21"),
            ("1700 GMT", "2026-04-20T17:00"),
            ("8 p.m.", "2026-04-21T20:00"),
            ("1900 GMT", "2026-04-21T19:00"),
        ],
    ),
    case(
        "a conversion that names its own day places the clock it converts",
        "The agency issued its warning at 4:10 a.m. local time (1910 GMT on Monday).",
        Some(Date::constant(2025, 7, 8)),
        &[("4:10 a.m.", "2025-07-08T04:10"), ("1910 GMT", "2025-07-07T19:10"), ("Monday", "2025-07-07")],
    ),
    case(
        "a zone 13 hours ahead of GMT is on the day before GMT's",
        "The quake struck New Zealand's South Island at 9:30 a.m. on Tuesday (2030 GMT).",
        Some(Date::constant(2026, 4, 22)),
        &[("9:30 a.m.", "2026-04-21T09:30"), ("Tuesday", "2026-04-21"), ("2030 GMT", "2026-04-20T20:30")],
    ),
    case(
        "the 24-hour clock with a hedge",
        "The train left at around 06:45.",
        WED,
        &[("around 06:45", "XXXX-XX-XXT06:45")],
    ),
    case(
        "the 24-hour clock before its zone",
        "The launch window opens 21:10 UTC.",
        WED,
        &[("21:10 UTC", "XXXX-XX-XXT21:10")],
    ),
    case(
        "four digits with a zone",
        "The decision was published at 9:30 a.m. (0830 GMT).",
        WED,
        &[("9:30 a.m.", "XXXX-XX-XXT09:30"), ("0830 GMT", "XXXX-XX-XXT08:30")],
    ),
    case(
        "four digits with a leading zero after a preposition",
        "The ceasefire took effect at 0400 local time on Sunday.",
        WED,
        &[("0400", "2025-03-09T04:00"), ("Sunday", "2025-03-09")],
    ),
    case(
        "four digits before hours after a preposition",
        "The raid began at 2130 hrs.",
        WED,
        &[("2130 hrs", "XXXX-XX-XXT21:30")],
    ),
    case(
        "noon and midnight after a preposition",
        "Clinics closed at noon and the curfew runs until midnight.",
        WED,
        &[("noon", "XXXX-XX-XXT12:00"), ("midnight", "XXXX-XX-XXT24:00")],
    ),
    case(
        "a day and its 24-hour clock after a comma are one byline",
        "Published: 12 March 2025, 16:40 GST",
        WED,
        &[("12 March 2025, 16:40 GST", "2025-03-12T16:40")],
    ),
    case(
        "a 24-hour clock before its date after a comma is one byline",
        "Last updated 14:32, 3 March 2025",
        WED,
        &[("14:32, 3 March 2025", "2025-03-03T14:32")],
    ),
    case(
        "a weekday before a 24-hour clock places it",
        "The court sits Tuesday at 15:00.",
        WED,
        &[("Tuesday", "2025-03-11"), ("15:00", "2025-03-11T15:00")],
    ),
    case(
        "a clock time takes the day written next to it among two days",
        "Shelling began at 6 a.m. on Saturday and ended on Monday.",
        WED,
        &[("6 a.m.", "2025-03-08T06:00"), ("Saturday", "2025-03-08"), ("Monday", "2025-03-10")],
    ),
];

/// REGRESSION: pairs of numbers that are no clock time.
const NOT_CLOCKS: &[Case] = &[
    case("a ratio", "The bill passed 3:1 and the odds were 10:30 against.", WED, &[]),
    case("a race time", "She won at 2:05:30 in Berlin.", WED, &[]),
    case("a verse", "He quoted John 3:16 to the crowd.", WED, &[]),
    case("a year before a zone-like word", "It rained in Pt 2024 reports.", UNDATED, &[]),
    case("the midnight deadline", "The midnight deadline passed.", WED, &[]),
    case("a capitalised name", "Midnight Oil played at Noon.", WED, &[]),
    case("a decimal before pm", "The index rose 1.5pm.", WED, &[]),
    case(
        "a year after a preposition",
        "The town was founded by 1850 settlers in 1850.",
        WED,
        &[("1850", "1850")],
    ),
    case(
        "a length in hours stays a duration",
        "Volunteers gave 1700 hours of work.",
        WED,
        &[("1700 hours", "PT1700H")],
    ),
];

#[test]
fn clock_times_in_twelve_and_twenty_four_hour_styles() {
    run(CLOCKS);
}

#[test]
fn numbers_that_are_no_clock_time() {
    run(NOT_CLOCKS);
}

/// The TIME spans of a whole document, as (text, value).
fn document_times(text: &str, reference: Option<Date>) -> Vec<(String, String)> {
    analyze(text, reference)
        .spans
        .iter()
        .filter(|s| s.label == Label::Time)
        .map(|s| (text[s.range.clone()].to_string(), timex(s)))
        .collect()
}

/// One document and the values of the TIME spans expected in it whose text is listed.
struct Document {
    name: &'static str,
    text: &'static str,
    reference: Option<Date>,
    expected: &'static [(&'static str, &'static str)],
}

const THU: Option<Date> = Some(Date::constant(2025, 3, 13));

const DOCUMENTS: &[Document] = &[
    Document {
        name: "REGRESSION: a clock takes the day last named with its part of day",
        text: "The quake struck on Wednesday night, officials said on Thursday.\n\n\
               It hit at 10:42 p.m. at a depth of 38 km.",
        reference: THU,
        expected: &[("10:42 p.m.", "2025-03-12T22:42")],
    },
    Document {
        name: "REGRESSION: the small hours after a night are the next day's",
        text: "The recount began on Sunday night.\n\nThe last seat was declared at 2:10 a.m.",
        reference: WED,
        expected: &[("2:10 a.m.", "2025-03-10T02:10")],
    },
    Document {
        name: "REGRESSION: a past clock is not on a day ahead",
        text: "It will pay a dividend on March 20.\n\nShares rose 9% by 1:15 p.m.",
        reference: WED,
        expected: &[("1:15 p.m.", "2025-03-12T13:15")],
    },
    Document {
        name: "REGRESSION: a market's move at a clock time is the day's trading",
        text:
            "It offers a premium to the closing price on Nov. 6.\n\nShares in Wendelin rose 6.8% by 1200 GMT.",
        reference: Some(Date::constant(2026, 3, 10)),
        expected: &[("1200 GMT", "2026-03-10T12:00")],
    },
    Document {
        name: "REGRESSION: a market word inside a sentence does not make it the day's trading",
        text: "The gunman opened fire on Saturday night.\n\nPolice said the man, a former stock trader, was shot at 9:45 p.m.",
        reference: Some(Date::constant(2026, 4, 22)),
        expected: &[("9:45 p.m.", "2026-04-18T21:45")],
    },
    Document {
        name: "REGRESSION: a clock in the evening skips a day named as a morning",
        text: "Voters queued on Sunday. Counting resumed on Monday morning.\n\nPolls closed at 7 p.m.",
        reference: Some(Date::constant(2025, 3, 10)),
        expected: &[("7 p.m.", "2025-03-09T19:00")],
    },
    Document {
        name: "REGRESSION: that evening is the evening of the day its tense allows",
        text: "He won on Saturday and will defend the lead in Sunday's final stage.\n\n\
               His team said that evening that he was tired.",
        reference: Some(Date::constant(2025, 3, 8)),
        expected: &[("that evening", "2025-03-08TEV")],
    },
    Document {
        name: "REGRESSION: that evening is the day last named as an evening",
        text: "A boat capsized on Monday evening, officials said on Tuesday.\n\n\
               An officer said the boat had made three crossings that evening.",
        reference: Some(Date::constant(2025, 3, 11)),
        expected: &[("that evening", "2025-03-10TEV")],
    },
    Document {
        name: "REGRESSION: that evening is a later day's than an earlier evening named",
        text: "Talks broke down on Monday evening. Negotiators met again on Tuesday morning and a deal \
               was signed that evening, a spokesman said.",
        reference: Some(Date::constant(2025, 3, 12)),
        expected: &[("that evening", "2025-03-11TEV")],
    },
    Document {
        name: "REGRESSION: tonight told in the past inside a quotation is the night before",
        text: "The council voted on the plan.\n\n“I came in tonight ready to vote no,” she said. \
               “We will meet again tonight,” he said.",
        reference: WED,
        expected: &[("tonight", "2025-03-11TNI"), ("tonight", "2025-03-12TNI")],
    },
];

#[test]
fn clock_times_and_parts_of_day_take_a_day_named_before_them() {
    let failures: Vec<String> = DOCUMENTS
        .iter()
        .filter_map(|d| {
            let found = document_times(d.text, d.reference);
            let wanted = |(text, _): &&(String, String)| d.expected.iter().any(|(t, _)| t == text);
            let found: Vec<(&str, &str)> =
                found.iter().filter(wanted).map(|(t, v)| (t.as_str(), v.as_str())).collect();
            (found != d.expected).then(|| format!("{}: expected {:?}, found {found:?}", d.name, d.expected))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
