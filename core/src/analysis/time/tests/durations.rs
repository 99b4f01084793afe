//! Durations and sets.

use super::{case, run, Case, WED};

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

#[test]
fn durations() {
    run(DURATIONS);
}

#[test]
fn sets() {
    run(SETS);
}
