//! Scores and records, counts inside compounds, multipliers, fractions and hedges after the
//! number: the ways match reports and statistics write figures.

use super::{case, check, Case};

#[rustfmt::skip]
const SCORES: &[Case] = &[
    case("a win", "Arsenal beat Fulham 2-0 at home.", &[("2", "2", "", ""), ("0", "0", "", "")]),
    case("a lead", "They took a 3-2 lead in the series.", &[("3", "3", "", ""), ("2", "2", "", "")]),
    case("a vote", "The House passed it 218-214.", &[("218", "218", "", ""), ("214", "214", "", "")]),
    case(
        "tennis sets with a tie-break",
        "She won 4-6, 7-6 (3), 6-2 on Sunday.",
        &[("4", "4", "", ""), ("6", "6", "", ""), ("7", "7", "", ""), ("6", "6", "", ""), ("3", "3", "", ""),
          ("6", "6", "", ""), ("2", "2", "", "")],
    ),
    case("a lost set first", "He won 6-7, 6-3.", &[("6", "6", "", ""), ("7", "7", "", ""), ("6", "6", "", ""), ("3", "3", "", "")]),
    case("a record after a name", "Starter Ruiz (1-3) lasted five innings.", &[("1", "1", "", ""), ("3", "3", "", ""), ("five", "5", "", "")]),
    case("an at-bat line", "He went 2 for 5 with a homer.", &[("2", "2", "", ""), ("5", "5", "", "")]),
    case("an average", "He is batting .317 this season.", &[(".317", "0.317", "", "")]),
    case("innings in thirds", "She pitched 6 2/3 innings.", &[("6 2/3", "6.666666666666667", "", "")]),
];

/// Dashes between numbers that are no score.
#[rustfmt::skip]
const NOT_SCORES: &[Case] = &[
    case("a range", "Each team fields 10-15 players.", &[("10-15", "[10,15]", "", "")]),
    case("a model number", "The airline flies the Boeing 777-300.", &[]),
    case("a formation", "They lined up 4-3-3 again.", &[]),
    case("a season", "The 2024-25 season ended.", &[]),
    case("a date and a slash", "The 9/11 attacks and 24/7 cover.", &[]),
];

#[rustfmt::skip]
const COMPOUNDS: &[Case] = &[
    case("a count before its noun", "A five-member panel heard the case.", &[("five", "5", "", "")]),
    case("digits before the noun", "The 120-seat chamber voted.", &[("120", "120", "", "")]),
    case("a measure with square", "A 3,500-square-metre hall burned.", &[("3,500-square-metre", "3500", "m2", "")]),
    case("idioms", "It was a one-off, two-way, three-time deal with two-factor checks.", &[]),
    case("a duration is TIME's", "It signed a 10-year lease and a three-month deal.", &[]),
    case("best of", "The best-of-five series resumes.", &[("five", "5", "", "")]),
    case("multiplier", "Rents are four times higher and rose 11 times.", &[("four", "4", "", ""), ("11", "11", "", "")]),
];

#[rustfmt::skip]
const HEDGES: &[Case] = &[
    case("or so", "The 40 or so staff were sent home.", &[("40 or so", "40", "people", "or so")]),
    case("or more", "Ten or more people were hurt.", &[("Ten or more", "10", "people", "or more")]),
    case("above", "Inflation stays above 6%.", &[("above 6%", "0.06", "percent", "above")]),
    case("title case after a hedge", "Floods Kill at Least Twelve", &[("at Least Twelve", "12", "", "at least")]),
    case("more than half", "More than half of voters stayed home.", &[("More than half", "0.5", "", "more than")]),
    case("half alone", "Half of them left.", &[]),
    case("a fraction before a preposition", "Sales fell by almost a quarter in May.", &[("almost a quarter", "0.25", "", "almost")]),
    case("an ordinal in a row", "It won a third in a row.", &[]),
];

/// Bugs found on dev4, kept fixed (issue 11).
#[rustfmt::skip]
const REGRESSION: &[Case] = &[
    // "over" after a count was taken for a hedge of the next number.
    case("over after a count", "He fanned 11 over eight innings.", &[("11", "11", "", ""), ("eight", "8", "", "")]),
    // Two figures with their own currencies, joined by "or", made a range.
    case("alternatives", "It adds $500 or $800 to the bill.", &[("$500", "500", "USD", ""), ("$800", "800", "USD", "")]),
    // A step and the level it leads to made a range.
    case(
        "a step and a level",
        "Fares rise by 200 pesos to 3,200 pesos.",
        &[("200 pesos", "200", "peso", ""), ("3,200 pesos", "3200", "peso", "")],
    ),
    case("a range after by", "It cuts costs by 5% to 8%.", &[("5% to 8%", "[0.05,0.08]", "percent", "")]),
    // "between" was inside the span; dev4 leaves it out.
    case(
        "between",
        "Debts are between $50 million and $100 million.",
        &[("$50 million and $100 million", "[50000000,100000000]", "USD", "")],
    ),
    // A record in brackets was read as a range.
    case("a record is no range", "Lopez (0-4) took the loss.", &[("0", "0", "", ""), ("4", "4", "", "")]),
];

#[test]
fn scores_are_two_counts() {
    check(SCORES);
}

#[test]
fn dashes_that_are_no_score() {
    check(NOT_SCORES);
}

#[test]
fn compounds_count_their_noun_unless_an_idiom_or_duration() {
    check(COMPOUNDS);
}

#[test]
fn hedges_after_and_fraction_hedges() {
    check(HEDGES);
}

#[test]
fn match_report_bugs_stay_fixed() {
    check(REGRESSION);
}
