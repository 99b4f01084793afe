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

/// Race times, match lengths and the words that only look like durations.
const CLOCKED: &[Case] = &[
    case(
        "REGRESSION: a race time in three units",
        "She won the stage in 3 hours 11 minutes 52 seconds, four seconds ahead.",
        WED,
        &[("3 hours 11 minutes 52 seconds", "PT3H11M52S"), ("four seconds", "PT4S")],
    ),
    case(
        "REGRESSION: two units joined by and",
        "The final lasted two hours and 51 minutes.",
        WED,
        &[("two hours and 51 minutes", "PT2H51M")],
    ),
    case(
        "REGRESSION: one unit and a count of a smaller one",
        "He closed out the match in an hour and 24 minutes.",
        WED,
        &[("an hour and 24 minutes", "PT1H24M")],
    ),
    case(
        "REGRESSION: one unit as a compound's adjective",
        "The bank cut its one-week repo rate and a one-year bond yield.",
        WED,
        &[("one-week", "P1W"), ("one-year", "P1Y")],
    ),
    case(
        "REGRESSION: two units after a comma",
        "The game took 3 hours, 12 minutes and was delayed by rain.",
        WED,
        &[("3 hours, 12 minutes", "PT3H12M")],
    ),
    case(
        "REGRESSION: seconds spelled out",
        "Nineteen seconds separated them.",
        WED,
        &[("Nineteen seconds", "PT19S")],
    ),
    case(
        "years and months",
        "He spent two years and three months in jail.",
        WED,
        &[("two years and three months", "P2Y3M")],
    ),
    case(
        "a later time is no part of the length",
        "The talks took two hours, and 20 minutes later the deal was signed.",
        WED,
        &[("two hours", "PT2H"), ("20 minutes", "PT20M")],
    ),
    case(
        "REGRESSION: a half in whole months",
        "The case has dragged on for more than a year and a half.",
        WED,
        &[("more than a year and a half", "P18M")],
    ),
    case(
        "decades and centuries count in years",
        "It was the worst flood in nearly a decade, the first in two centuries and in the past three decades.",
        WED,
        &[("nearly a decade", "P10Y"), ("two centuries", "P200Y"), ("the past three decades", "P30Y")],
    ),
    case(
        "a clock's unit and a half as a clock reads it",
        "The meeting lasted five and a half hours.",
        WED,
        &[("five and a half hours", "PT5H30M")],
    ),
    case(
        "a week and a half stays a decimal",
        "It took a week and a half.",
        WED,
        &[("a week and a half", "P1.5W")],
    ),
    case(
        "REGRESSION: an adjective of succession",
        "The grocer has gained share for 18 consecutive months.",
        WED,
        &[("18 consecutive months", "P18M")],
    ),
    case(
        "REGRESSION: weeks before an event",
        "The floods destroyed the crop weeks before the harvest.",
        WED,
        &[("weeks", "PXW")],
    ),
    case(
        "REGRESSION: the next year after over is a length",
        "Rates could fall further over the next year.",
        WED,
        &[("the next year", "P1Y")],
    ),
    case("REGRESSION: the minutes of a meeting", "Minutes of the board's meeting showed a split.", WED, &[]),
    case("REGRESSION: a day off is a day of rest", "He will pitch after a day off.", WED, &[]),
    case(
        "REGRESSION: an age in months is a NUMBER",
        "The trial enrolled children aged 5 to 17 months and babies aged six months.",
        WED,
        &[],
    ),
];

const SETS: &[Case] = &[
    case(
        "REGRESSION: a rate after an amount with currency letters",
        "The cut saves a family about R250 a month.",
        WED,
        &[("a month", "P1M")],
    ),
    case(
        "REGRESSION: a rate after a counted noun in words",
        "Children received three doses a month apart.",
        WED,
        &[("a month", "P1M")],
    ),
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
fn race_times_and_compound_durations() {
    run(CLOCKED);
}

#[test]
fn sets() {
    run(SETS);
}

/// "A week later", "a year earlier": counted from the time last named, with their unit's
/// granularity. REGRESSION: each was a bare duration ("A week" = P1W) with "later" left out.
const ANCHORED: &[Case] = &[
    case(
        "years after a year",
        "Founded in 2011, it moved to California four years later.",
        WED,
        &[("2011", "2011"), ("four years later", "2015")],
    ),
    case(
        "a week after a day is a day",
        "The quake struck on March 3 and a week later the rains came.",
        WED,
        &[("March 3", "2025-03-03"), ("a week later", "2025-03-10")],
    ),
    case(
        "minutes after a clock time",
        "It landed at 3:52 p.m. and 11 minutes later sent its first signal.",
        WED,
        &[("3:52 p.m.", "XXXX-XX-XXT15:52"), ("11 minutes later", "XXXX-XX-XXT16:03")],
    ),
    case(
        "a year before the period a figure is for",
        "It reported revenue of $1.02 billion for 2024, up 17% from a year earlier.",
        WED,
        &[("2024", "2024"), ("a year earlier", "2023")],
    ),
    case(
        "before any date, from the reference",
        "Sales fell 5% from a year earlier.",
        WED,
        &[("a year earlier", "2024")],
    ),
    case(
        "an anchor coarser than the unit places nothing",
        "In 2011 it opened; a week later it shut.",
        WED,
        &[("2011", "2011"), ("a week later", "XXXX-WXX")],
    ),
    case(
        "a comparison is no anchored time",
        "The report came two weeks later than planned.",
        WED,
        &[("two weeks", "P2W")],
    ),
];

/// REGRESSION: "revenue for 2024," was no TIME: a year after "for" is the period a figure is
/// for, unless a noun after it makes it a count.
const YEAR_AFTER_FOR: &[Case] = &[
    case("the period of a forecast", "It raised its forecast for 2026.", WED, &[("2026", "2026")]),
    case("a count after for", "Aid for 2000 families arrived.", WED, &[]),
];

#[test]
fn anchored_to_the_time_last_named() {
    run(ANCHORED);
    run(YEAR_AFTER_FOR);
}

#[test]
fn a_week_later_counts_from_the_day_named_in_an_earlier_sentence() {
    let text = "The quake struck on April 9.\n\nA week later, aid finally arrived.";
    let analysis = crate::analysis::analyze(text, WED);
    let times: Vec<(&str, String)> = analysis
        .spans
        .iter()
        .filter_map(|s| match &s.value {
            crate::analysis::SpanValue::Time(t) => Some((&text[s.range.clone()], t.timex.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(times, [("April 9", "2024-04-09".to_string()), ("A week later", "2024-04-16".to_string())]);
}
