//! Currencies of every kind (signs, ISO codes, abbreviations, names and minor units) and the
//! rates money is quoted in.

use super::{case, check, Case};

#[rustfmt::skip]
const CURRENCIES: &[Case] = &[
    case("name after a scale", "The utility lost 3.4 billion naira.", &[("3.4 billion naira", "3400000000", "NGN", "")]),
    case("shared name", "The fee raised 2.2 trillion dinars.", &[("2.2 trillion dinars", "2200000000000", "dinar", "")]),
    case("name with its adjective", "It paid 800 million Iraqi dinars.", &[("800 million Iraqi dinars", "800000000", "IQD", "")]),
    case("press name", "The fund bought 5 billion Norwegian crowns.", &[("5 billion Norwegian crowns", "5000000000", "NOK", "")]),
    case("pesos", "A ticket costs 2,950 pesos.", &[("2,950 pesos", "2950", "peso", "")]),
    case(
        "pounds after a scale are sterling",
        "It will cost up to 45 million pounds. They shipped 2 million pounds of beef.",
        &[("up to 45 million pounds", "45000000", "GBP", "up to"), ("2 million", "2000000", "", "")],
    ),
    case(
        "crowns, which several countries use",
        "Profit rose to 412 million crowns. She has won five crowns. Rents are 9,500 crowns; \
         a 3.2 billion crown plan passed, and a crown of 40 was won.",
        &[
            ("412 million crowns", "412000000", "crown", ""),
            ("five", "5", "", ""),
            ("9,500 crowns", "9500", "crown", ""),
            ("3.2 billion crown", "3200000000", "crown", ""),
            ("40", "40", "", ""),
        ],
    ),
    case("ISO code before", "The cuts total about NOK 3.5 billion.", &[("about NOK 3.5 billion", "3500000000", "NOK", "about")]),
    case("ISO code after", "Losses reached 12 million CHF.", &[("12 million CHF", "12000000", "CHF", "")]),
    case("ISO code glued with a scale", "Funding hit USD40m.", &[("USD40m", "40000000", "USD", "")]),
    case("abbreviation spaced", "Each farmer gets Rs 25,000.", &[("Rs 25,000", "25000", "rupee", "")]),
    case("abbreviation with a stop", "Tickets cost Rs. 450.", &[("Rs. 450", "450", "rupee", "")]),
    case("abbreviation glued", "The levy raised KSh12 billion.", &[("KSh12 billion", "12000000000", "KES", "")]),
    case("taka with crore", "It set aside Tk 40 crore.", &[("Tk 40 crore", "400000000", "BDT", "")]),
    case("rand letter with a scale", "A R2.4 million bond was issued.", &[("R2.4 million", "2400000", "ZAR", "")]),
    case("rand letter hedged", "Families save about R300 a month.", &[("about R300 a month", "300", "ZAR", "about")]),
    case("naira sign", "He lost ₦4.2 million.", &[("₦4.2 million", "4200000", "NGN", "")]),
    case("real prefix", "Sales hit R$8 billion.", &[("R$8 billion", "8000000000", "BRL", "")]),
    case("cents", "The shares fell to 38 cents.", &[("38 cents", "38", "cents", "")]),
    case("kobo", "Earnings were 175 kobo a share.", &[("175 kobo a share", "175", "kobo", "")]),
    case("won after a scale", "The group booked 12.5 trillion won last year.", &[("12.5 trillion won", "12500000000000", "KRW", "")]),
];

/// What looks like a currency but is not one.
#[rustfmt::skip]
const NOT_CURRENCIES: &[Case] = &[
    case("a road named with a letter", "Traffic stalled on the R40 near the town.", &[]),
    case("an ambiguous noun alone", "It offered two real options.", &[("two", "2", "", "")]),
    case("a code that is a word", "ALL 12 CREW SURVIVE", &[("12", "12", "people", "")]),
];

#[rustfmt::skip]
const RATES: &[Case] = &[
    case("price per any thing", "Growers sold at Rs 9,000 per maund.", &[("Rs 9,000 per maund", "9000", "rupee", "")]),
    case("measure per thing", "Yields reached 3.2 tonnes per hectare.", &[("3.2 tonnes per hectare", "3.2", "t", "")]),
    case("dividend per share", "It paid ₦0.85 per share.", &[("₦0.85 per share", "0.85", "NGN", "")]),
    case("exchange rate", "The rand weakened to 18.30 per dollar.", &[("18.30 per dollar", "18.3", "", "")]),
    case("exchange rate to the", "The lira traded at 34.2 to the euro.", &[("34.2 to the euro", "34.2", "", "")]),
    case("per the contract is no rate", "They owe $40 per the contract.", &[("$40", "40", "USD", "")]),
];

/// Bugs found on dev4, kept fixed (issue 11).
#[rustfmt::skip]
const REGRESSION: &[Case] = &[
    // "a year earlier" dated the figure; it was read as a rate.
    case(
        "a year earlier is no rate",
        "Revenue rose to 90 billion naira from 71 billion naira a year earlier.",
        &[("90 billion naira", "90000000000", "NGN", ""), ("71 billion naira", "71000000000", "NGN", "")],
    ),
    // A percentage and an exchange rate after it made one range.
    case(
        "a change and a level",
        "The peso firmed 0.8% to 17.10 per dollar.",
        &[("0.8%", "0.008", "percent", ""), ("17.10 per dollar", "17.1", "", "")],
    ),
    // Minor units lost their unit and the amount its span.
    case("minor unit", "Profit per share was 96 kobo.", &[("96 kobo", "96", "kobo", "")]),
    // An ISO code glued to digits names a thing: the climate conference.
    case("a code glued to digits", "Delegates met at COP29 in Baku.", &[]),
    // "as" ends the hedge "as many as", but alone it hedges nothing.
    case("a code after as", "The summit, known as COP29, opened.", &[]),
];

#[test]
fn currencies_are_read_before_and_after_the_number() {
    check(CURRENCIES);
}

#[test]
fn words_and_names_like_currencies_are_not_money() {
    check(NOT_CURRENCIES);
}

#[test]
fn rates_are_one_span() {
    check(RATES);
}

#[test]
fn currency_bugs_stay_fixed() {
    check(REGRESSION);
}

/// REGRESSION: the GROUP "Norwegian" and the PLACE "Hong Kong" found by the gazetteer
/// overlapped the amounts, which the analysis then dropped.
#[test]
fn a_currency_named_by_its_country_stays_one_amount_in_the_analysis() {
    let text =
        "It paid 4.2 billion Norwegian crowns and 40 million Hong Kong dollars to 10,000 Polish workers.";
    let spans: Vec<(&str, crate::analysis::Label)> =
        crate::analysis::analyze(text, None).spans.into_iter().map(|s| (&text[s.range], s.label)).collect();
    use crate::analysis::Label::{Group, Number};
    assert_eq!(
        spans,
        [
            ("4.2 billion Norwegian crowns", Number),
            ("40 million Hong Kong dollars", Number),
            ("10,000", Number),
            ("Polish", Group)
        ]
    );
}
