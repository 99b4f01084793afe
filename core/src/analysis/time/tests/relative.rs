//! Relative expressions, decades and centuries, and vague references to now.

use jiff::civil::Date;

use super::{case, run, Case, JAN, UNDATED, WED};

const RELATIVE: &[Case] = &[
    case(
        "REGRESSION: right now",
        "The answer right now is: nowhere cheap.",
        WED,
        &[("right now", "PRESENT_REF")],
    ),
    case(
        "last, this and next week",
        "After last week, this week and next week look calmer.",
        WED,
        &[("last week", "2025-W10"), ("this week", "2025-W11"), ("next week", "2025-W12")],
    ),
    case(
        "last and next month",
        "Exports fell last month and will recover next month.",
        WED,
        &[("last month", "2025-02"), ("next month", "2025-04")],
    ),
    case(
        "last, this and next year",
        "Growth was weak last year, better this year and strong next year.",
        WED,
        &[("last year", "2024"), ("this year", "2025"), ("next year", "2026")],
    ),
    case(
        "modified relative years",
        "The plan was drafted earlier this year and starts early next year.",
        WED,
        &[("earlier this year", "2025"), ("early next year", "2026")],
    ),
    case(
        "last and next weekdays skip the reference day",
        "He arrived last Wednesday and leaves next Wednesday.",
        WED,
        &[("last Wednesday", "2025-03-05"), ("next Wednesday", "2025-03-19")],
    ),
    case(
        "REGRESSION: next and last skip tomorrow and yesterday",
        "They lost last Friday and travel to Leeds next Sunday.",
        Some(Date::constant(2025, 3, 15)),
        &[("last Friday", "2025-03-07"), ("next Sunday", "2025-03-23")],
    ),
    case(
        "last Monday and this Friday",
        "Shelling began last Monday and may end this Friday.",
        WED,
        &[("last Monday", "2025-03-10"), ("this Friday", "2025-03-14")],
    ),
    case(
        "last summer is the previous year's",
        "The governor visited the front last summer.",
        WED,
        &[("last summer", "2024-SU")],
    ),
    case(
        "this spring and next winter",
        "Harvests this spring may fail before next winter.",
        WED,
        &[("this spring", "2025-SP"), ("next winter", "2026-WI")],
    ),
    case(
        "last winter just ended in March",
        "Power cuts were common last winter.",
        WED,
        &[("last winter", "2024-WI")],
    ),
    case(
        "this winter in January began in December",
        "Power cuts have been common this winter.",
        JAN,
        &[("this winter", "2024-WI")],
    ),
    case(
        "last summer seen from January",
        "The governor visited the front last summer.",
        JAN,
        &[("last summer", "2024-SU")],
    ),
    case(
        "yesterday and tomorrow",
        "The strike began yesterday and ends tomorrow.",
        WED,
        &[("yesterday", "2025-03-11"), ("tomorrow", "2025-03-13")],
    ),
    case(
        "parts of the day",
        "Sirens sounded last night and again this morning.",
        WED,
        &[("last night", "2025-03-11TNI"), ("this morning", "2025-03-12TMO")],
    ),
    case("tonight", "The president will speak tonight.", WED, &[("tonight", "2025-03-12TNI")]),
    case(
        "counted back with ago",
        "The bridge fell three years ago, the dam two weeks ago.",
        WED,
        &[("three years ago", "2022"), ("two weeks ago", "2025-W09")],
    ),
    case(
        "ago with a single unit and days",
        "The mayor resigned a month ago, his deputy five days ago.",
        WED,
        &[("a month ago", "2025-02"), ("five days ago", "2025-03-07")],
    ),
    case("last weekend", "Crowds marched last weekend.", WED, &[("last weekend", "2025-W10-WE")]),
    case("this century", "It is the worst flood this century.", WED, &[("this century", "20")]),
    case(
        "today with an event verb is the day",
        "The minister announced today that talks had resumed.",
        WED,
        &[("today", "2025-03-12")],
    ),
    case(
        "today without a verb of its own is the era",
        "Russia today is a different country.",
        WED,
        &[("today", "PRESENT_REF")],
    ),
    case("no reference: last year", "Kim visited Russia last year.", UNDATED, &[("last year", "XXXX")]),
    case(
        "no reference: last week and yesterday",
        "Fighting eased last week but resumed yesterday.",
        UNDATED,
        &[("last week", "XXXX-WXX"), ("yesterday", "XXXX-XX-XX")],
    ),
    case(
        "no reference: last summer",
        "Kim visited the cosmodrome last summer.",
        UNDATED,
        &[("last summer", "XXXX-SU")],
    ),
];

const DECADES_CENTURIES: &[Case] = &[
    case(
        "a decade with its determiner",
        "The last war there ended in the 1950s.",
        WED,
        &[("the 1950s", "195X")],
    ),
    case("a modified decade", "The factory closed in the early 1990s.", WED, &[("the early 1990s", "199X")]),
    case("a two-digit decade", "The city boomed in the '90s.", WED, &[("the '90s", "199X")]),
    case("the 2000s are a decade", "Oil prices soared in the 2000s.", WED, &[("the 2000s", "200X")]),
    case(
        "an earlier hundreds form is a century",
        "The fort was built in the 1800s.",
        WED,
        &[("the 1800s", "18")],
    ),
    case(
        "a mid decade without a determiner",
        "Reforms stalled by the mid-1980s.",
        WED,
        &[("the mid-1980s", "198X")],
    ),
    case(
        "a century noun phrase",
        "Drones define warfare in the 21st century.",
        WED,
        &[("the 21st century", "20")],
    ),
    case("a century modifying a noun", "It is a 21st century war.", WED, &[("21st century", "20")]),
    case(
        "a hyphenated century adjective",
        "They studied the 19th-century fortress.",
        WED,
        &[("19th-century", "18")],
    ),
    case(
        "a century in words",
        "The border was drawn in the twentieth century.",
        WED,
        &[("the twentieth century", "19")],
    ),
    case("a decade modifying a noun", "The 1970s economy was closed.", WED, &[("1970s", "197X")]),
];

const VAGUE: &[Case] = &[
    case("now", "Now the two countries are allies.", WED, &[("Now", "PRESENT_REF")]),
    case(
        "currently and at present",
        "The army currently has no reserves and at present cannot recruit.",
        WED,
        &[("currently", "PRESENT_REF"), ("present", "PRESENT_REF")],
    ),
    case("these days", "Few believe the promises these days.", WED, &[("these days", "PRESENT_REF")]),
    case(
        "the future",
        "The deal could shape the future of the region.",
        WED,
        &[("the future", "FUTURE_REF")],
    ),
    case(
        "the near future",
        "No talks are planned in the near future.",
        WED,
        &[("the near future", "FUTURE_REF")],
    ),
    case("the past", "Such threats were ignored in the past.", WED, &[("the past", "PAST_REF")]),
    case(
        "the next few weeks",
        "Troops are expected to deploy in the next few weeks.",
        WED,
        &[("the next few weeks", "FUTURE_REF")],
    ),
    case(
        "the coming months",
        "Prices will rise in the coming months.",
        WED,
        &[("the coming months", "FUTURE_REF")],
    ),
    case(
        "coming days without a determiner",
        "A decision is due in coming days.",
        WED,
        &[("coming days", "FUTURE_REF")],
    ),
    case("recent years", "Attacks have grown in recent years.", WED, &[("recent years", "PAST_REF")]),
    case("the weeks ahead", "The weeks ahead will be difficult.", WED, &[("The weeks ahead", "FUTURE_REF")]),
    case(
        "the past few days",
        "Shelling has intensified over the past few days.",
        WED,
        &[("the past few days", "PAST_REF")],
    ),
    case("years ago", "The mine closed years ago.", WED, &[("years ago", "PAST_REF")]),
];

#[test]
fn relative_expressions_resolve_against_the_reference() {
    run(RELATIVE);
}

#[test]
fn decades_and_centuries() {
    run(DECADES_CENTURIES);
}

#[test]
fn vague_references() {
    run(VAGUE);
}
