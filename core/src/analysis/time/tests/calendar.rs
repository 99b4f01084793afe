//! Weekdays and months placed by tense, explicit dates, years, seasons, clock times and
//! quarters.

use jiff::civil::Date;

use super::{case, run, Case, UNDATED, WED};

/// A Saturday, the day before a Sunday.
const SAT: Option<Date> = Some(Date::constant(2025, 3, 15));
/// A Thursday late in March, a few days before April.
const LATE_MARCH: Option<Date> = Some(Date::constant(2024, 3, 27));

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
        "a modifier and 'on' before a weekday",
        "She told supporters late on Sunday. The team trained early on. The train was 40 minutes late on Monday.",
        WED,
        &[("late on Sunday", "2025-03-09"), ("40 minutes", "PT40M"), ("Monday", "2025-03-10")],
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
    case("a month after since", "The crossing has been closed since August.", WED, &[("August", "2024-08")]),
    case(
        "a month-day in the past",
        "The rocket exploded on May 27, killing no one.",
        WED,
        &[("May 27", "2024-05-27")],
    ),
    case("a month-day in the future", "The summit will open on April 4.", WED, &[("April 4", "2025-04-04")]),
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
    case("no reference for a bare month", "The pact was signed in June.", UNDATED, &[("June", "XXXX-06")]),
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
    case("a range of years", "Output fell from 2020 to 2022.", WED, &[("2020", "2020"), ("2022", "2022")]),
    case("an attributive year", "The 2022 invasion reshaped the alliance.", WED, &[("2022", "2022")]),
    case("a year after a possessive", "Russia's 2014 annexation was condemned.", WED, &[("2014", "2014")]),
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
    case("a bare season in the future", "Construction will resume in spring.", WED, &[("spring", "2025-SP")]),
    case(
        "a clock time",
        "The curfew starts at 10:30 p.m. in the capital.",
        WED,
        &[("10:30 p.m.", "XXXX-XX-XXT22:30")],
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

/// Periods of a year, named in the ways reports and results name them.
const PERIODS: &[Case] = &[
    case(
        "REGRESSION: a quarter named by its months",
        "Profit tripled in the July-September quarter.",
        Some(Date::constant(2025, 10, 30)),
        &[("the July-September quarter", "2025-Q3")],
    ),
    case("months that are no quarter", "Output rose in the July-October quarter.", WED, &[]),
    case(
        "REGRESSION: a financial year over two years",
        "The council sets its budget for the 2026-27 financial year.",
        WED,
        &[("the 2026-27 financial year", "2026/2027")],
    ),
    case(
        "an academic session written with a slash",
        "Fees rise in the 2025/2026 academic session.",
        WED,
        &[("the 2025/2026 academic session", "2025/2026")],
    ),
    case(
        "REGRESSION: the season of one year",
        "She had won 15 of 17 matches in the 2026 season.",
        WED,
        &[("the 2026 season", "2026")],
    ),
    case(
        "REGRESSION: the end of the year is this year",
        "The chain will close 187 stores by the end of the year.",
        WED,
        &[("the end of the year", "2025")],
    ),
    case(
        "the start of the month",
        "Talks stalled at the start of the month.",
        WED,
        &[("the start of the month", "2025-03")],
    ),
    case("the end of the day is an idiom", "At the end of the day, voters decide.", WED, &[]),
    case(
        "REGRESSION: a part of a named day is one span",
        "The warehouse burned on the night of August 14, 2023.",
        WED,
        &[("the night of August 14, 2023", "2023-08-14TNI")],
    ),
    case(
        "REGRESSION: an attributive month",
        "Minutes of the board's January meeting were published.",
        WED,
        &[("January", "2025-01")],
    ),
    case("a month before a plural is no date", "The May elections were close.", WED, &[]),
    case(
        "REGRESSION: the period a figure is for",
        "Cases hit their highest level for January, and the ministry bought doses for 2025 and \
         a budget for 2026 that would raise fares.",
        WED,
        &[("January", "2025-01"), ("2025", "2025"), ("2026", "2026")],
    ),
    case(
        "REGRESSION: a season after for",
        "Parliament breaks for the summer in July.",
        WED,
        &[("the summer", "2025-SU"), ("July", "2025-07")],
    ),
    case(
        "REGRESSION: a year after an article",
        "It took on debt in a 2021 buyout.",
        WED,
        &[("2021", "2021")],
    ),
];

/// What tells the tense of a clause, and what only looks as if it did.
const TENSE_CUES: &[Case] = &[
    case(
        "REGRESSION: a past form inside a compound is no verb",
        "The coach said he will start left-hander Ana Ruiz on Saturday.",
        WED,
        &[("Saturday", "2025-03-15")],
    ),
    case(
        "REGRESSION: an -ed word inside a compound is no past tense",
        "Nurses will begin an open-ended strike on March 20.",
        WED,
        &[("March 20", "2025-03-20")],
    ),
    case(
        "REGRESSION: a participle after an article is an adjective",
        "The government will present a revised budget on April 15.",
        WED,
        &[("April 15", "2025-04-15")],
    ),
    case(
        "a participle after a relative pronoun keeps its tense",
        "He scored 27 goals in a season that ended in May.",
        Some(Date::constant(2025, 7, 2)),
        &[("May", "2025-05")],
    ),
    case(
        "REGRESSION: what is ordered lies ahead of the order",
        "The judge ordered the trial to resume on Thursday.",
        WED,
        &[("Thursday", "2025-03-13")],
    ),
    case(
        "REGRESSION: a passive infinitive is a schedule",
        "The board declared a dividend to be paid on June 12.",
        WED,
        &[("June 12", "2025-06-12")],
    ),
    case(
        "an infinitive of purpose happens when its past verb did",
        "The farmer had borrowed money to plant rice in April.",
        WED,
        &[("April", "2024-04")],
    ),
    case(
        "REGRESSION: a parenthesis does not cut the clause",
        "He had borrowed Rs 600,000 (about $2,100) to plant it in April.",
        WED,
        &[("April", "2024-04")],
    ),
    case(
        "a verb of expectation looks ahead",
        "The weather service forecast more rain on Sunday.",
        WED,
        &[("Sunday", "2025-03-16")],
    ),
    case(
        "the date of a forecast is not what it expects",
        "The weather service forecast on Monday that the rain would ease.",
        WED,
        &[("Monday", "2025-03-10")],
    ),
    case(
        "REGRESSION: would not still looks ahead",
        "His team said he would not start on Sunday.",
        WED,
        &[("Sunday", "2025-03-16")],
    ),
    case(
        "could not is a past attempt",
        "The minister could not be reached on Monday.",
        WED,
        &[("Monday", "2025-03-10")],
    ),
    case(
        "REGRESSION: a schedule before the date wins over a past verb after it",
        "Tickets for the final, which starts on March 27, had sold out.",
        WED,
        &[("March 27", "2025-03-27")],
    ),
    case(
        "REGRESSION: a present verb of schedule puts the day ahead",
        "Its budget committee starts debating the plan on Monday.",
        WED,
        &[("Monday", "2025-03-17")],
    ),
    case("Game 4 is on a coming day", "Game 4 is on Saturday.", WED, &[("Saturday", "2025-03-15")]),
    case(
        "a present verb after a weekday keeps it near",
        "Sunday's stage is 20 laps of the city centre.",
        SAT,
        &[("Sunday", "2025-03-16")],
    ),
];

/// A month, date, season or quarter without a year in a clause without a tense lies in the
/// year of publication, unless it lies within six months in the year before or after.
const YEAR_CONVENTION: &[Case] = &[
    case(
        "REGRESSION: a month-day a year back is this year's",
        "Wages rise by 10% from April 1.",
        LATE_MARCH,
        &[("April 1", "2024-04-01")],
    ),
    case(
        "REGRESSION: a quarter more than six months back is this year's",
        "Analysts see room for a cut in the third quarter.",
        WED,
        &[("the third quarter", "2025-Q3")],
    ),
    case(
        "REGRESSION: a season more than six months back is this year's",
        "Parliament has three weeks before the summer.",
        Some(Date::constant(2026, 3, 25)),
        &[("three weeks", "P3W"), ("the summer", "2026-SU")],
    ),
    case(
        "a month just before the new year stays last year's",
        "Output in December hit a record.",
        super::JAN,
        &[("December", "2024-12")],
    ),
    case("a stated past tense is obeyed", "The treaty was signed in June.", WED, &[("June", "2024-06")]),
    case(
        "a present verb after a month takes the nearer of two",
        "The election in September is the first test since the crisis.",
        Some(Date::constant(2026, 3, 25)),
        &[("September", "2026-09")],
    ),
];

/// Holidays by name, placed like a month-day (WED is 2025-03-12; Easter 2025 is April 20).
const HOLIDAYS: &[Case] = &[
    case(
        "fixed holidays placed by tense",
        "Shops closed at noon on Christmas Eve and will reopen on New Year's Day.",
        WED,
        &[("noon", "2024-12-24T12:00"), ("Christmas Eve", "2024-12-24"), ("New Year's Day", "2026-01-01")],
    ),
    case(
        "days counted from Easter",
        "Services will be held on Good Friday and Easter Monday.",
        WED,
        &[("Good Friday", "2025-04-18"), ("Easter Monday", "2025-04-21")],
    ),
    case(
        "a one-word holiday after a preposition",
        "Sales rose over Christmas. The talks will resume after Easter.",
        WED,
        &[("Christmas", "2024-12-25"), ("Easter", "2025-04-20")],
    ),
    case(
        "a holiday with its year or a shift",
        "Thanksgiving 2023 was busy, and last Christmas was quiet.",
        WED,
        &[("Thanksgiving 2023", "2023-11-23"), ("last Christmas", "2024-12-25")],
    ),
    case(
        "the nth weekday of a month",
        "Parades will mark St. Patrick’s Day and Memorial Day.",
        WED,
        &[("St. Patrick’s Day", "2025-03-17"), ("Memorial Day", "2025-05-26")],
    ),
    case("without a reference date", "Markets shut on Boxing Day.", UNDATED, &[("Boxing Day", "XXXX-12-26")]),
];

/// REGRESSION: names that start with a holiday's and words that modify a noun.
const NOT_HOLIDAYS: &[Case] = &[
    case("a name that goes on", "The Good Friday Agreement was signed in Belfast.", WED, &[]),
    case("a place", "Christmas Island lies south of Java.", WED, &[]),
    case("an event", "The Boxing Day Test was sold out.", WED, &[]),
    case("a one-word holiday modifying a noun", "Christmas shopping fell sharply.", WED, &[]),
    case("a lower-case word", "It was an epiphany for her.", WED, &[]),
];

/// REGRESSION: a year as the subject of its clause or as a possessive.
const YEARS_AS_NOUNS: &[Case] = &[
    case(
        "a year opening a sentence before its verb",
        "2024 was the hottest year on record, and 2023 was close behind.",
        WED,
        &[("2024", "2024"), ("2023", "2023")],
    ),
    case("a possessive year", "It was 2024's hottest day.", WED, &[("2024", "2024")]),
    case("a count opening a clause", "Officers said 2000 were arrested.", WED, &[]),
    case("a count before a plural noun", "2000 soldiers were sent.", WED, &[]),
];

/// REGRESSION: the first day of a pair or range written before one month, and the small
/// hours of a day.
const DAY_RANGES: &[Case] = &[
    case(
        "a pair of days",
        "Officials met on 3 and 4 March.",
        WED,
        &[("3", "2025-03-03"), ("4 March", "2025-03-04")],
    ),
    case(
        "a range of days",
        "The festival runs from 12 to 15 June and 20-22 July 2026.",
        WED,
        &[
            ("12", "2025-06-12"),
            ("15 June", "2025-06-15"),
            ("20", "2026-07-20"),
            ("22 July 2026", "2026-07-22"),
        ],
    ),
    case(
        "undated",
        "It runs from 12 to 15 June.",
        UNDATED,
        &[("12", "XXXX-06-12"), ("15 June", "XXXX-06-15")],
    ),
    case(
        "the second day after one month",
        "The summit is on June 10 and 11. The storm hit on Jan. 5-6, and the fair runs March 3-5, 2026.",
        WED,
        &[
            ("June 10", "2025-06-10"),
            ("11", "2025-06-11"),
            ("Jan. 5", "2025-01-05"),
            ("6", "2025-01-06"),
            ("March 3", "2026-03-03"),
            ("5, 2026", "2026-03-05"),
        ],
    ),
    case(
        "a later count is no day",
        "On June 10 he scored 3 and 11 others fell.",
        WED,
        &[("June 10", "2024-06-10")],
    ),
    case(
        "a count after a date is no day",
        "Two died on June 1 and 25 were injured.",
        WED,
        &[("June 1", "2024-06-01")],
    ),
    case(
        "a clock time after a date is no day",
        "Polls open on Nov. 5 until 8 p.m.",
        WED,
        &[("Nov. 5", "2024-11-05"), ("8 p.m.", "2024-11-05T20:00")],
    ),
    case("a range opening a sentence", "10-15 people were hurt. 3 and 4 were fine.", WED, &[]),
    case(
        "a count before a date is no day",
        "He scored 30 and 4 March was his best day.",
        WED,
        &[("4 March", "2025-03-04")],
    ),
    case(
        "the early hours of a day",
        "Rescuers worked through the early hours of Sunday.",
        WED,
        &[("the early hours of Sunday", "2025-03-09")],
    ),
];

#[test]
fn days_of_ranges_and_the_small_hours() {
    run(DAY_RANGES);
}

#[test]
fn years_as_subjects_and_possessives() {
    run(YEARS_AS_NOUNS);
}

#[test]
fn holidays_are_days_placed_by_tense() {
    run(HOLIDAYS);
    run(NOT_HOLIDAYS);
}

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
fn quarters_are_placed_like_seasons() {
    run(QUARTERS);
}

#[test]
fn periods_of_a_year() {
    run(PERIODS);
}

#[test]
fn the_tense_of_a_clause_comes_from_its_verbs() {
    run(TENSE_CUES);
}

#[test]
fn a_date_without_a_year_lies_in_the_year_of_publication() {
    run(YEAR_CONVENTION);
}
