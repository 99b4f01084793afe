//! Ranges, hedges, vague amounts and rates.

use super::{case, check, Case};

#[rustfmt::skip]
const RANGES: &[Case] = &[
    case("percent to percent", "Estimates vary, with 80% to 85% backing it.", &[("80% to 85%", "[0.8,0.85]", "percent", "")]),
    case("unit written once", "Between 60 and 70 percent agreed.", &[("60 and 70 percent", "[0.6,0.7]", "percent", "")]),
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
    case("between without unit", "Estimates range between 100,000 and 200,000.", &[("100,000 and 200,000", "[100000,200000]", "", "")]),
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
