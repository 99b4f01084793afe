//! Digits, spelled-out numbers, money, percentages and measures.

use super::{case, check, Case};

#[rustfmt::skip]
const DIGITS: &[Case] = &[
    case("separators", "The ministry counted 10,000 new applications.", &[("10,000", "10000", "", "")]),
    case("decimal", "The index fell to 1.25 on Friday.", &[("1.25", "1.25", "", "")]),
    case("scale word", "The region has 1.2 million residents.", &[("1.2 million", "1200000", "people", "")]),
    case("billion", "Officials cited 3 billion in losses.", &[("3 billion", "3000000000", "", "")]),
    case("count before people noun", "Police arrested 12 protesters.", &[("12", "12", "people", "")]),
    case("adjectives before the noun", "It sent 1,500 North Korean troops.", &[("1,500", "1500", "people", "")]),
    case("bare count", "The death toll rose to 37.", &[("37", "37", "", "")]),
    case("year-like count with people", "About 1500 troops crossed.", &[("About 1500", "1500", "people", "about")]),
    case("abbreviated million with people", "Some 2.5m people fled.", &[("Some 2.5m", "2500000", "people", "some")]),
    case("negative", "Temperatures hit -20 degrees overnight.", &[("-20 degrees", "-20", "degrees", "")]),
    case("possessive before", "Korea's 25.8 million people vote today.", &[("25.8 million", "25800000", "people", "")]),
    case("head count before a hyphen", "Its 1.2 million-strong army", &[("1.2 million-strong", "1200000", "people", "")]),
    case("spelled head count", "A thousand-strong crowd marched.", &[("A thousand-strong", "1000", "people", "")]),
    case("strong as a word", "Two strong candidates ran.", &[("Two", "2", "", "")]),
    // REGRESSION (review of 2026-12-03, helper-49): a fleet's head count counted people.
    case("head count of things", "Ryanair said its 600-strong fleet was grounded.", &[("600-strong", "600", "", "")]),
    case("head count before a group's description", "A 3,000-strong peacekeeping force", &[("3,000-strong", "3000", "people", "")]),
    case("demonym plural", "Seoul said 3,000 North Koreans had arrived.", &[("3,000", "3000", "people", "")]),
    case("count in a title", "Russia Sends 5,000 More Troops", &[("5,000", "5000", "people", "")]),
    case("minus word", "Nights fall to minus 15 degrees.", &[("minus 15 degrees", "-15", "degrees", "")]),
];

#[rustfmt::skip]
const WORDS: &[Case] = &[
    case("small count", "Two soldiers were wounded.", &[("Two", "2", "people", "")]),
    case("the two as a noun phrase", "Now the two are meeting again.", &[("two", "2", "", "")]),
    case("hyphenated tens", "Twenty-five villagers were evacuated.", &[("Twenty-five", "25", "people", "")]),
    case("hundreds with and", "It freed three hundred and ten prisoners.", &[("three hundred and ten", "310", "people", "")]),
    case("a dozen", "A dozen drones were shot down.", &[("A dozen", "12", "", "")]),
    case("two dozen", "Two dozen officers testified.", &[("Two dozen", "24", "people", "")]),
    case("a million", "A million people marched.", &[("A million", "1000000", "people", "")]),
    case("half a million", "Half a million refugees crossed.", &[("Half a million", "500000", "people", "")]),
    case("one before a people noun", "One soldier was killed.", &[("One", "1", "people", "")]),
    case("one before a scale", "It costs one million dollars.", &[("one million dollars", "1000000", "USD", "")]),
    case("spelled with a unit", "Prices rose five percent.", &[("five percent", "0.05", "percent", "")]),
    case("spelled compound scale", "two million three hundred thousand voters", &[("two million three hundred thousand", "2300000", "people", "")]),
];

#[rustfmt::skip]
const MONEY: &[Case] = &[
    case("dollars with sign", "The deal is worth $2,000.", &[("$2,000", "2000", "USD", "")]),
    case("glued billion", "The fund holds $5bn.", &[("$5bn", "5000000000", "USD", "")]),
    case("pounds million", "The club paid £3m for him.", &[("£3m", "3000000", "GBP", "")]),
    case("euros", "Fines reach €40 million.", &[("€40 million", "40000000", "EUR", "")]),
    case("won word", "Each receives 2,000 won in cash.", &[("2,000 won", "2000", "KRW", "")]),
    case("won symbol", "It paid ₩500,000 in bonuses.", &[("₩500,000", "500000", "KRW", "")]),
    case("roubles", "Recruits get 200,000 roubles.", &[("200,000 roubles", "200000", "RUB", "")]),
    case("yuan", "The loan totals 8 billion yuan.", &[("8 billion yuan", "8000000000", "CNY", "")]),
    case("dollars word", "He was fined 500 dollars.", &[("500 dollars", "500", "USD", "")]),
    case("US dollar prefix", "Exports hit US$7.5 billion.", &[("US$7.5 billion", "7500000000", "USD", "")]),
    case("cents", "A loaf costs $1.50 now.", &[("$1.50", "1.5", "USD", "")]),
    case("won before a rate", "Miners earn 90,000 won a month.", &[("90,000 won a month", "90000", "KRW", "")]),
    case("change gives two values", "The fund grew from $2bn to $5bn.", &[("$2bn", "2000000000", "USD", ""), ("$5bn", "5000000000", "USD", "")]),
];

#[rustfmt::skip]
const PERCENT: &[Case] = &[
    case("sign", "Turnout reached 64%.", &[("64%", "0.64", "percent", "")]),
    case("spaced sign", "Support is at 40 %.", &[("40 %", "0.4", "percent", "")]),
    case("word", "Inflation hit 7.5 percent.", &[("7.5 percent", "0.075", "percent", "")]),
    case("two words", "Unemployment is 4 per cent.", &[("4 per cent", "0.04", "percent", "")]),
    case("points", "Rates rose 3 percentage points.", &[("3 percentage points", "3", "percentage points", "")]),
    case("glued pc", "Inflation was 2.4pc in May.", &[("2.4pc", "0.024", "percent", "")]),
    case("spelled one percent", "It grew by one percent.", &[("one percent", "0.01", "percent", "")]),
    case("year on year is no duration", "Exports rose 4% year on year.", &[("4%", "0.04", "percent", "")]),
];

#[rustfmt::skip]
const MEASURES: &[Case] = &[
    case("km", "The column is 5 km long.", &[("5 km", "5", "km", "")]),
    case("kilometres", "They advanced 300 kilometres.", &[("300 kilometres", "300", "km", "")]),
    case(
        "a quake's magnitude after the figure or before it",
        "A 6.1 magnitude quake and a 7.2-magnitude one; a magnitude 5.9 aftershock.",
        &[("6.1 magnitude", "6.1", "magnitude", ""), ("7.2-magnitude", "7.2", "magnitude", ""), ("magnitude 5.9", "5.9", "magnitude", "")],
    ),
    case("a year before 'magnitude' is no magnitude", "The 1999 magnitude 7.6 quake.", &[("7.6", "7.6", "", "")]),
    case("glued", "A 155mm shell landed 40km away.", &[("155mm", "155", "mm", ""), ("40km", "40", "km", "")]),
    case("tons", "The ship carried 10 tons of grain.", &[("10 tons", "10", "t", "")]),
    case("degrees", "It reached 40 degrees.", &[("40 degrees", "40", "degrees", "")]),
    case("celsius sign", "It was 38°C in the shade.", &[("38°C", "38", "°C", "")]),
    case("square km", "It covers 1,000 square kilometres.", &[("1,000 square kilometres", "1000", "km2", "")]),
    case("glued celsius", "Heat reached 45C on Sunday.", &[("45C", "45", "°C", "")]),
    case("feet", "The drone flew at 10,000 feet.", &[("10,000 feet", "10000", "ft", "")]),
    case("basis points", "The bank raised rates by 25 basis points.", &[("25 basis points", "25", "basis points", "")]),
    case("glued basis points", "Yields rose 15bps.", &[("15bps", "15", "basis points", "")]),
    case("m before a unit is million", "It exports 2.1m tonnes a year.", &[("2.1m tonnes a year", "2100000", "t", "")]),
    case("m alone is no million", "A 4m wall and the 400m hurdles.", &[]),
    case("cubic measure", "The dam released 9,000 cusecs.", &[("9,000 cusecs", "9000", "cusecs", "")]),
];

#[test]
fn digits_are_read_with_separators_decimals_and_scales() {
    check(DIGITS);
}

#[test]
fn spelled_out_numbers_are_read() {
    check(WORDS);
}

#[test]
fn money_keeps_its_currency() {
    check(MONEY);
}

#[test]
fn percentages_are_fractions() {
    check(PERCENT);
}

#[test]
fn measures_keep_their_unit() {
    check(MEASURES);
}
