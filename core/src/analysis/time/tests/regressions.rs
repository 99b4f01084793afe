//! Words that are not TIME, and fixed bugs kept fixed.

use super::{case, run, Case, WED};

const NEGATIVES: &[Case] = &[
    case(
        "adverbs of order",
        "The ministry had previously denied it and recently already admitted it once.",
        WED,
        &[],
    ),
    case("recent as an adjective", "Recent strikes hit the port.", WED, &[]),
    case(
        "traditional and long-standing",
        "Traditionally, the long-standing alliance held a once-in-a-lifetime summit.",
        WED,
        &[],
    ),
    case("may as a modal", "Officials may consider new sanctions. May they succeed.", WED, &[]),
    case("march as a verb", "March on the capital, the leaders urged.", WED, &[]),
    case("a count is not a year", "The army lost 1500 soldiers in the assault.", WED, &[]),
    case(
        "a count after a preposition is not a year",
        "In 1500 cases the courts ruled for the state.",
        WED,
        &[],
    ),
    case("a count after of is not a year", "A force of 2000 soldiers massed at the border.", WED, &[]),
    case("a count with a comma is not a year", "About 10,000 troops crossed the border.", WED, &[]),
    case("a plural noun makes it a count", "The 2000 people fled.", WED, &[]),
    case("ordinals", "The second round of talks failed.", WED, &[]),
    case("season names in names", "Summer Olympics organisers praised the Arab Spring.", WED, &[]),
    case("fall as a verb", "Prices could fall further, analysts said.", WED, &[]),
    case("the fall of a city", "Since the fall of Kabul, aid has dried up.", WED, &[]),
    case("a season modifying a noun", "The spring water was contaminated in the spring offensive.", WED, &[]),
    case("august as an adjective", "She was an august figure.", WED, &[]),
    case("event names", "The Korean War shaped the Eastern Front.", WED, &[]),
    case("one day as an idiom", "One day, the war will end.", WED, &[]),
    case("the last day is a position", "It was the last day of the offensive.", WED, &[]),
    case("the last year of", "It was the last year of his presidency.", WED, &[]),
    case(
        "a hyphenated age is a duration, an age in words after its count is not",
        "The 25-year-old soldier was three years old when it began.",
        WED,
        &[("25-year-old", "P25Y")],
    ),
    case("a newspaper title", "USA Today reported the figures.", WED, &[]),
    case("soon is left out", "Talks will resume soon.", WED, &[]),
    case("a determined plural unit", "The months that followed were hard.", WED, &[]),
    case(
        "quarters in a row are counted",
        "It was the retailer's third quarter in a row of losses.",
        WED,
        &[],
    ),
    case("a fraction is no quarter", "A third quarter of the workforce was laid off.", WED, &[]),
    case("a quarter of a century", "The first quarter of the century brought two wars.", WED, &[]),
    case("a quarter-final", "The second quarter-final was postponed.", WED, &[]),
];

const REGRESSION: &[Case] = &[
    case(
        "the second half of a year",
        "Sales should recover in the second half of 2026.",
        WED,
        &[("the second half of 2026", "2026-H2")],
    ),
    case(
        "the first three months of a year",
        "It lost money in the first three months of 2024.",
        WED,
        &[("the first three months of 2024", "2024-Q1")],
    ),
    case(
        "a sports season over two years",
        "He scored ten goals in the 2021-22 season.",
        WED,
        &[("the 2021-22 season", "2021/2022")],
    ),
    case("a fiscal year", "Profit will rise in fiscal 2027.", WED, &[("fiscal 2027", "FY2027")]),
    case(
        "a day and its clock time",
        "Posted March 3, 2024 9:15 am GMT",
        WED,
        &[("March 3, 2024 9:15 am GMT", "2024-03-03T09:15")],
    ),
    case(
        "another before a count stays in the span",
        "He will stay another three years.",
        WED,
        &[("another three years", "P3Y")],
    ),
    case(
        "a present-tense schedule is the nearest date",
        "The next hearing is on April 20.",
        WED,
        &[("April 20", "2025-04-20")],
    ),
    case(
        "due to before a date looks ahead",
        "The court is due to rule on January 20.",
        WED,
        &[("January 20", "2026-01-20")],
    ),
    case(
        "the end of a year keeps the phrase",
        "Sales fell until the end of 2017.",
        WED,
        &[("the end of 2017", "2017")],
    ),
    case(
        "a zone after a clock time is kept",
        "It landed at 4:15 p.m. GMT.",
        WED,
        &[("4:15 p.m. GMT", "XXXX-XX-XXT16:15")],
    ),
    case(
        "an irregular passive participle is not a past cue",
        "Elections will be held in November.",
        WED,
        &[("November", "2025-11")],
    ),
    case(
        "a participle after is is an adjective, not a past",
        "Today, the country is isolated.",
        WED,
        &[("Today", "PRESENT_REF")],
    ),
    case(
        "scheduled for looks ahead",
        "The hearing is scheduled for Thursday.",
        WED,
        &[("Thursday", "2025-03-13")],
    ),
    case(
        "a deadline without a tense lies ahead",
        "Talks must conclude by Friday.",
        WED,
        &[("Friday", "2025-03-14")],
    ),
    case(
        "a verb after a year does not make it a count",
        "The offensive in 2023 failed to break through.",
        WED,
        &[("2023", "2023")],
    ),
    case(
        "at present before a modal",
        "The army at present cannot recruit.",
        WED,
        &[("present", "PRESENT_REF")],
    ),
    case(
        "many more months",
        "The siege could last for many more months.",
        WED,
        &[("many more months", "PXM")],
    ),
    case(
        "a leading zero is a clock reading, not a count of hours",
        "Troops moved in at 0400 hours.",
        WED,
        &[("0400 hours", "XXXX-XX-XXT04:00")],
    ),
    case(
        "weekdays inside names",
        "The Good Friday Agreement and Super Tuesday were cited by the Sunday Times.",
        WED,
        &[],
    ),
    case(
        "over the weekend",
        "Over the weekend, drones struck the refinery.",
        WED,
        &[("the weekend", "2025-W10-WE")],
    ),
    case("a counted noun before a rate", "Contractors earn 1,000 euros a month.", WED, &[("a month", "P1M")]),
    case("a day after is no rate", "Gunmen killed 12 people a day after the raid.", WED, &[("a day", "P1D")]),
    case(
        "and a half",
        "Talks lasted a year and a half, the siege two and a half years.",
        WED,
        &[("a year and a half", "P18M"), ("two and a half years", "P30M")],
    ),
    case(
        "next before a noun that is no time is no future cue",
        "Talks on Friday focused on the next coalition government.",
        WED,
        &[("Friday", "2025-03-07")],
    ),
    case(
        "refused to stays past before a later future cue",
        "Lawmakers refused to vote on Monday on next year's budget.",
        WED,
        &[("Monday", "2025-03-10"), ("next year", "2026")],
    ),
    case(
        "would in a past report looks ahead to a deadline",
        "The agency said the figures would be published by Thursday.",
        WED,
        &[("Thursday", "2025-03-13")],
    ),
    case(
        "would in a past report looks ahead",
        "Officials said the envoy would arrive in Doha on Saturday.",
        WED,
        &[("Saturday", "2025-03-15")],
    ),
    case(
        "a negated could is a past attempt",
        "The ministry could not be reached on Monday.",
        WED,
        &[("Monday", "2025-03-10")],
    ),
    case(
        "a perfect would is past",
        "He said he would have signed it on Tuesday.",
        WED,
        &[("Tuesday", "2025-03-11")],
    ),
    case(
        "a participle after a gerund has no tense; through is a deadline",
        "Parliament passed a budget on Tuesday, keeping the ministries financed through April 30.",
        WED,
        &[("Tuesday", "2025-03-11"), ("April 30", "2025-04-30")],
    ),
    case(
        "a participle after with has no tense",
        "The army withdrew on Monday, with checkpoints staffed until June.",
        WED,
        &[("Monday", "2025-03-10"), ("June", "2025-06")],
    ),
    case(
        "a past verb governs through",
        "The strike lasted through Sunday.",
        WED,
        &[("Sunday", "2025-03-09")],
    ),
    case(
        "the end of a range is no deadline",
        "Polling stations in the north, open from Monday through Tuesday.",
        WED,
        &[("Monday", "2025-03-10"), ("Tuesday", "2025-03-11")],
    ),
    case(
        "a participle after remain takes its tense from it",
        "The border will remain closed until Saturday.",
        WED,
        &[("Saturday", "2025-03-15")],
    ),
    case(
        "a year before levels or figures is a year",
        "Output is still below 2010 levels and far from 1990 figures.",
        WED,
        &[("2010", "2010"), ("1990", "1990")],
    ),
    case(
        "a clock time takes the one day of its sentence",
        "The quake struck at 6:45 a.m. on Monday.",
        WED,
        &[("6:45 a.m.", "2025-03-10T06:45"), ("Monday", "2025-03-10")],
    ),
    case(
        "a past act held until a month names it by the convention of the year",
        "The judge adjourned the trial until September; it had opened in February.",
        Some(jiff::civil::Date::constant(2025, 5, 14)),
        &[("September", "2025-09"), ("February", "2025-02")],
    ),
    case(
        "a closing price is one already recorded",
        "Brightwell will pay $41.75 a share, a premium of 38% to the closing price on Friday.",
        WED,
        &[("Friday", "2025-03-07")],
    ),
    case(
        "REGRESSION: what is put off to a date waits for it",
        "Justice Bello adjourned the application over the forfeited assets to July 3.",
        Some(jiff::civil::Date::constant(2025, 6, 19)),
        &[("July 3", "2025-07-03")],
    ),
    case(
        "what is suspended until a weekday waits for it",
        "Classes were suspended in 14 towns until Friday; the trial was postponed until January.",
        WED,
        &[("Friday", "2025-03-14"), ("January", "2026-01")],
    ),
    case(
        "REGRESSION: what goes up to a date, or is told past it, is not put off",
        "Sales pushed up 4 percent in the three months to March. Flights were suspended until \
         Monday, when the runway reopened. The lockdown, which was extended until April 12, ended.",
        Some(jiff::civil::Date::constant(2026, 4, 22)),
        &[
            ("three months", "P3M"),
            ("March", "2026-03"),
            ("Monday", "2026-04-20"),
            ("April 12", "2026-04-12"),
        ],
    ),
    case(
        "REGRESSION: a cause after the date put off to is no later event",
        "The vote was postponed to Friday because opposition lawmakers walked out.",
        Some(jiff::civil::Date::constant(2026, 4, 22)),
        &[("Friday", "2026-04-24")],
    ),
    case(
        "a past act held until a weekday stays past",
        "The court was closed until Monday.",
        WED,
        &[("Monday", "2025-03-10")],
    ),
    case(
        "a fiscal quarter is not a calendar one",
        "Its fiscal second quarter ended in December.",
        WED,
        &[("December", "2024-12")],
    ),
];

#[test]
fn words_that_are_not_time() {
    run(NEGATIVES);
}

#[test]
fn regressions() {
    run(REGRESSION);
}

#[test]
fn a_clock_time_takes_the_day_last_named_in_the_document() {
    let text = "The storm hit on Monday.\n\nIt reached the coast at 9 p.m., officials said.";
    let analysis = crate::analysis::analyze(text, WED);
    let clock: Vec<String> = analysis
        .spans
        .iter()
        .filter_map(|s| match &s.value {
            crate::analysis::SpanValue::Time(t) if text[s.range.clone()].starts_with('9') => {
                Some(t.timex.clone())
            }
            _ => None,
        })
        .collect();
    assert_eq!(clock, ["2025-03-10T21:00"]);
}
