//! Explanations in words for the reader's highlight card: how a span was found
//! ([`rule`]) and what a TIME value means ([`time_value`]), so the card can say "found because
//! a known first name precedes it" and "summer 2023" and keep `pattern:given-name` and
//! `2023-SU` as a small detail.
//!
//! These are view-models: plain strings, no markup. A code this module does not know gets a
//! general sentence for its family, or `None`, and the card then shows the code alone.

use std::ops::Range;

use crate::analysis::gazetteer::Gazetteer;
use crate::analysis::lexicon::Lexicon;
use crate::analysis::{Analysis, SpanValue, TimexType};
use crate::corpus::DocMeta;

/// How a span was found, for a reader: `pattern:given-name` → "found because a known first
/// name precedes it". Rules this table does not name are explained by their family
/// (`gazetteer:`, `pattern:`, `time:`, `number:`).
///
/// # Example
/// ```
/// use newslens_core::explain::rule;
/// assert_eq!(rule("pattern:given-name"), "found because a known first name precedes it");
/// ```
pub fn rule(rule: &str) -> String {
    let known = match rule {
        "gazetteer:country" => "found in the list of countries",
        "gazetteer:city" => "found in the list of cities",
        "gazetteer:subdivision" => "found in the list of countries' regions and provinces",
        "gazetteer:region" => "found in the list of world regions",
        "gazetteer:demonym" => "found in the list of nationalities (the word for a country's people)",
        "gazetteer:org" => "found in the list of known organisations",
        "pattern:person-age" => "a name with an age after it (\"Duma Boko, 54,\"), over a listed word",
        "pattern:org-chapter" => "a known organisation and a country: its national chapter or office",
        "gazetteer+suffix" => "a known place followed by its kind (region, province …)",
        "gazetteer+compass" => "a known province after a compass word that starts its name (East Kalimantan)",
        "pattern:player-score" => "a player either side of a match's set scores (“beat X 6-3 6-4”)",
        "back-reference" => "a shorter form of a name the text gave in full earlier",
        "acronym" => "an abbreviation the text gives in brackets after the full name",
        "aliases" => "a name the text says it is also known by",
        "photo-credit" => "the photographer named in a photo credit",
        "pattern:given-name" => "found because a known first name precedes it",
        "pattern:family-name" => "found because it holds a known family name",
        "pattern:title" => "found because a title or role precedes it (President, Dr, minister …)",
        "pattern:speech-cue" => "found because it says something (“said”, “told”) like a person",
        "pattern:org-head" => {
            "found because it ends in a word organisations are named with (Center, Ministry, News …)"
        }
        "pattern:org-suffix" => "found because it ends in a company's legal form (Inc, Ltd, AG …)",
        "pattern:org-body" => "a body named by its one word (Parliament, Senate …)",
        "pattern:org-domain" => "a web address used as a name",
        "pattern:org-cue" => "found because the sentence speaks of it as an organisation",
        "pattern:org-club" => "a club named after its city, in a match report",
        "pattern:facility" => "a building or site named with its kind (Airport, Bridge …)",
        "pattern:battlefront" => "a front of a war (the Eastern Front)",
        "pattern:dateline" => "the place of the article's dateline",
        "pattern:place-kind" => "a place the text calls a village, district, lake …",
        "pattern:place-coordinated" => "a place listed together with a known place",
        "pattern:place-context" => "a place named after a preposition of place (in, near …)",
        "pattern:place-based" => "the place in “X-based”",
        "pattern:city-district" => "a district of a known city (Galway City East)",
        "pattern:demonym-compound" => "the people in “X-born”",
        "pattern:coordinated" => "a name listed together with a known one of the same kind",
        "quote:marks" => "the words between quotation marks",
        "time:weekday" => "a day of the week, placed in the week of the article",
        "time:vague" => "a word for a time without a date (now, recently, the future)",
        "time:vague-period" => "a period the text does not date (in recent years …)",
        "time:duration" => "a length of time with its number",
        "time:duration-vague" => "a length of time without a number (months, years)",
        "time:set" => "something that repeats (a month, every year)",
        "time:century" => "a century",
        "time:decade" => "a decade",
        "time:month" => "a month, placed in the year the text implies",
        "time:month-day" => "a day of a month",
        "time:relative-unit" => "a time counted from the article's date (last year, next month)",
        "time:relative-season" => "a season counted from the article's date (last summer)",
        "number:digits" => "a number written in digits",
        "number:words" => "a number written in words",
        "number:vague" => "an amount without an exact number (dozens, thousands)",
        "number:rate" => "an amount per unit of time or thing (a month, per cent)",
        "number:range" => "a range of numbers",
        "number:money" => "an amount of money",
        "number:percent" => "a percentage",
        "number:measure" => "a measurement with its unit",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    let family = match rule.split_once(':').map_or(rule, |(family, _)| family) {
        "gazetteer" => "found in a list of known names",
        "pattern" => "found by a pattern of how such names are written",
        "time" => "recognised as an expression of time",
        "number" => "recognised as an amount",
        "quote" => "recognised as a quotation",
        _ => "found by a rule of the engine",
    };
    family.to_string()
}

/// The months' names in English, January first; the timeline's dates in words use them too.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A TIME value in words: `PRESENT_REF` → "the present", `P1M` → "one month", `2023-SU` →
/// "summer 2023", `195X` → "the 1950s", `2024-10-28` → "28 October 2024"; a set (`P1M` in
/// "$2,000 a month") → "every month". `None` for a value it cannot read.
///
/// # Example
/// ```
/// use newslens_core::analysis::TimexType;
/// use newslens_core::explain::time_value;
/// assert_eq!(time_value("2023-SU", TimexType::Date).as_deref(), Some("summer 2023"));
/// assert_eq!(time_value("P1M", TimexType::Duration).as_deref(), Some("one month"));
/// ```
pub fn time_value(timex: &str, kind: TimexType) -> Option<String> {
    match timex {
        "PRESENT_REF" => return Some("the present".into()),
        "PAST_REF" => return Some("the past".into()),
        "FUTURE_REF" => return Some("the future".into()),
        _ => {}
    }
    if let Some(duration) = timex.strip_prefix('P') {
        let (count, unit) = duration_parts(duration)?;
        return Some(match (kind, count) {
            (TimexType::Set, Some(1)) => format!("every {unit}"),
            (TimexType::Set, Some(n)) => format!("every {} {unit}s", count_word(n)),
            (_, Some(1)) => format!("one {unit}"),
            (_, Some(n)) => format!("{} {unit}s", count_word(n)),
            (_, None) => format!("some {unit}s"),
        });
    }
    date(timex)
}

/// `1M` → (Some(1), "month"), `XY` → (None, "year"), `T5H` → (Some(5), "hour").
fn duration_parts(duration: &str) -> Option<(Option<u64>, &'static str)> {
    let (time, rest) = match duration.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, duration),
    };
    let digits = rest.find(|c: char| !c.is_ascii_digit() && c != 'X')?;
    let (count, designator) = rest.split_at(digits);
    let count = match count {
        "X" => None,
        n => Some(n.parse().ok()?),
    };
    let unit = match (time, designator) {
        (true, "H") => "hour",
        (true, "M") => "minute",
        (true, "S") => "second",
        (false, "D") => "day",
        (false, "W") => "week",
        (false, "M") => "month",
        (false, "Y") => "year",
        (false, "DE") => "decade",
        (false, "CE") => "century",
        _ => return None,
    };
    Some((count, unit))
}

/// Small counts as words, the rest as digits: "three years", "24 hours".
fn count_word(n: u64) -> String {
    const WORDS: [&str; 11] =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.get(n as usize).map_or_else(|| n.to_string(), |w| w.to_string())
}

/// A calendar value: years, months, days, seasons, quarters, halves, weeks, decades,
/// centuries, fiscal years; `XXXX` for a year the text leaves open.
fn date(timex: &str) -> Option<String> {
    if let Some(fiscal) = timex.strip_prefix("FY") {
        let (year, rest) = fiscal.split_once('-').map_or((fiscal, None), |(y, r)| (y, Some(r)));
        let year = format!("fiscal year {}", number(year)?);
        return match rest {
            None => Some(year),
            Some(part) => Some(format!("{} of {year}", part_of_year(part)?)),
        };
    }
    if let Some((a, b)) = timex.split_once('/') {
        return Some(format!("{}–{}", number(a)?, number(b)?));
    }
    let (day, clock) = timex.split_once('T').map_or((timex, None), |(d, t)| (d, Some(t)));
    let mut parts = day.split('-');
    let year = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    let year_words = match year.len() {
        4 if year == "XXXX" => None,
        4 if year.ends_with('X') => return decade(year).filter(|_| rest.is_empty()),
        4 => Some(number(year)?.to_string()),
        2 if rest.is_empty() => return century(year),
        _ => return None,
    };
    let of_year = |what: String| match &year_words {
        Some(y) => format!("{what} {y}"),
        None => format!("{what}, year not given"),
    };
    let words = match rest.as_slice() {
        [] => year_words?,
        [month] if month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit()) => {
            of_year(month_name(month)?.to_string())
        }
        [month, day] if month.len() == 2 && !day.starts_with('W') => {
            of_year(format!("{} {}", number(day)?, month_name(month)?))
        }
        [part] => {
            let part = part_of_year(part)?;
            match (part.starts_with("the ") || part.starts_with("week "), &year_words) {
                (true, Some(year)) => format!("{part} of {year}"),
                (true, None) => format!("{part}, year not given"),
                (false, _) => of_year(part),
            }
        }
        [week, "WE"] => match &year_words {
            Some(year) => format!("the weekend of {} of {year}", week_name(week)?),
            None => return None,
        },
        _ => return None,
    };
    Some(match clock {
        Some(clock) => format!("{words}, {clock}"),
        None => words,
    })
}

/// A season, quarter, half or week of a year, in words: `SU` → "summer", `Q1` → "the first
/// quarter", `H2` → "the second half", `W23` → "week 23".
fn part_of_year(part: &str) -> Option<String> {
    const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
    let ordinal = |n: &str, max: usize| {
        let n: usize = n.parse().ok()?;
        (1..=max).contains(&n).then(|| ORDINALS[n - 1])
    };
    Some(match part {
        "SP" => "spring".into(),
        "SU" => "summer".into(),
        "FA" => "autumn".into(),
        "WI" => "winter".into(),
        _ => match part.split_at_checked(1)? {
            ("Q", n) => format!("the {} quarter", ordinal(n, 4)?),
            ("H", n) => format!("the {} half", ordinal(n, 2)?),
            ("W", _) => week_name(part)?,
            _ => return None,
        },
    })
}

fn week_name(week: &str) -> Option<String> {
    Some(format!("week {}", number(week.strip_prefix('W')?)?))
}

fn month_name(month: &str) -> Option<&'static str> {
    MONTHS.get(number(month)?.checked_sub(1)? as usize).copied()
}

/// `195X` → "the 1950s".
fn decade(year: &str) -> Option<String> {
    Some(format!("the {}0s", number(year.strip_suffix('X')?)?))
}

/// `20` (the years 2000 to 2099) → "the 21st century".
fn century(prefix: &str) -> Option<String> {
    let n = number(prefix)? + 1;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    Some(format!("the {n}{suffix} century"))
}

/// Digits only: "08" → 8.
fn number(digits: &str) -> Option<u32> {
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
}

/// The role the text states for entity `entity` of `analysis` (an index into its
/// `entities`), as a range of `text`: the description after a mention ("Alexander Gabuev,
/// director of the Carnegie Russia Eurasia Center in Berlin, told") or the role word before one
/// ("North Korean leader Kim Jong Un"). Only the text's own words, or `None`: a role guessed
/// wrong is worse than none.
pub fn role(text: &str, analysis: &Analysis, entity: usize) -> Option<Range<usize>> {
    let lexicon = Lexicon::builtin();
    let mentions =
        analysis.spans.iter().filter(|s| matches!(s.value, SpanValue::Entity { id } if id == entity));
    let mut before = None;
    for mention in mentions {
        let sentence = analysis.sentences.get(mention.sentence)?.clone();
        // "Name, director of X," up to the next comma or the sentence's end, at most 12 words.
        let after = &text[mention.range.end..sentence.end];
        if let Some(rest) = after.strip_prefix(", ") {
            let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let lower = first.to_lowercase();
            if lexicon.has("appositive_starters", &lower) || lexicon.has("role_nouns", &lower) {
                let end = rest.find([',', ';', '(', ')', '“', '"']).unwrap_or(rest.len());
                let phrase = rest[..end].trim_end_matches(['.', ' ']);
                let words = phrase.split_whitespace().count();
                if (1..=12).contains(&words) && lower != "who" {
                    let start = mention.range.end + 2;
                    return Some(start..start + phrase.len());
                }
            }
        }
        // "leader Kim Jong Un", with a group or organisation right before it: "North Korean leader".
        if before.is_none() {
            let head = text[sentence.start..mention.range.start].trim_end();
            let word_start = head.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
            let word = &head[word_start..];
            let mut capitalised = word.to_string();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            let is_role = lexicon.has("role_nouns", &word.to_lowercase())
                || Gazetteer::builtin().title_len(&[&capitalised]) == Some(1);
            if !word.is_empty() && is_role {
                let word_start = sentence.start + word_start;
                let start = analysis
                    .spans
                    .iter()
                    .find(|s| s.label.is_entity() && s.range.end + 1 == word_start)
                    .map_or(word_start, |s| s.range.start);
                before = Some(start..sentence.start + head.len());
            }
        }
    }
    before
}

/// Where a document comes from, as a sentence with its source: "A machine translation of",
/// then "NBC News, 'What does ...'". The source links to the document of this corpus it names
/// ("the same NBC News article as 001") or to its web address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The sentence's start: "A machine translation of ", or the kind alone.
    pub lead: String,
    /// What it derives from, as the manifest says it; empty when unknown.
    pub source: String,
    /// Where the source can be opened, if the text names it.
    pub link: Option<SourceLink>,
}

/// Where a document's source can be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceLink {
    /// Another document of the corpus, by id.
    Document(String),
    /// A web address (`http://` or `https://`), opened by the browser, not by NewsLens.
    Web(String),
}

/// The [`Provenance`] of `meta`, among documents with `ids`.
///
/// # Example
/// ```
/// use newslens_core::explain::{provenance, SourceLink};
/// use newslens_core::DocMeta;
/// let mut meta = DocMeta::plain("002", None);
/// meta.kind = "paraphrase".into();
/// meta.derived_from = "Rewrite of the same NBC News article as 001".into();
/// let said = provenance(&meta, ["001_fd0447f87cd5aaab", "002"]);
/// assert_eq!(said.lead, "A paraphrase: ");
/// assert_eq!(said.link, Some(SourceLink::Document("001_fd0447f87cd5aaab".into())));
/// ```
pub fn provenance<'a>(meta: &DocMeta, ids: impl IntoIterator<Item = &'a str>) -> Provenance {
    let kind = meta.kind.trim();
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "An" } else { "A" };
    let source = meta.derived_from.trim().to_string();
    if source.is_empty() {
        let lead = if kind.is_empty() { String::new() } else { format!("{article} {kind}.") };
        return Provenance { lead, source, link: None };
    }
    // "Rewrite of the same ..." already says what it is: the kind then stands alone.
    let says_its_kind = source.split_whitespace().take(3).any(|w| w == "of");
    let lead = match (kind.is_empty(), says_its_kind) {
        (true, _) => "From ".to_string(),
        (false, true) => format!("{article} {kind}: "),
        (false, false) => format!("{article} {kind} of "),
    };
    let web = source.split_whitespace().find(|w| w.starts_with("https://") || w.starts_with("http://"));
    let link = match web {
        Some(address) => Some(SourceLink::Web(address.trim_end_matches([',', '.', ')']).to_string())),
        None => {
            let named: Vec<&str> = source
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .filter(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit()))
                .collect();
            ids.into_iter()
                .filter(|id| *id != meta.id)
                .find(|id| named.iter().any(|n| id.split('_').next() == Some(n)))
                .map(|id| SourceLink::Document(id.to_string()))
        }
    };
    Provenance { lead, source, link }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_value_table() {
        use TimexType::{Date, Duration, Set};
        let table: &[(&str, TimexType, Option<&str>)] = &[
            ("PRESENT_REF", Date, Some("the present")),
            ("FUTURE_REF", Date, Some("the future")),
            ("PAST_REF", Date, Some("the past")),
            ("P1M", Duration, Some("one month")),
            ("P3Y", Duration, Some("three years")),
            ("PXM", Duration, Some("some months")),
            ("PXDE", Duration, Some("some decades")),
            ("PT24H", Duration, Some("24 hours")),
            ("P1M", Set, Some("every month")),
            ("P2W", Set, Some("every two weeks")),
            ("2023-SU", Date, Some("summer 2023")),
            ("2024-WI", Date, Some("winter 2024")),
            ("2024-10-28", Date, Some("28 October 2024")),
            ("2024-06", Date, Some("June 2024")),
            ("2024", Date, Some("2024")),
            ("195X", Date, Some("the 1950s")),
            ("20", Date, Some("the 21st century")),
            ("10", Date, Some("the 11th century")),
            ("2025-Q3", Date, Some("the third quarter of 2025")),
            ("2025-H2", Date, Some("the second half of 2025")),
            ("2024-W44", Date, Some("week 44 of 2024")),
            ("2024-W44-WE", Date, Some("the weekend of week 44 of 2024")),
            ("XXXX-05-27", Date, Some("27 May, year not given")),
            ("FY2026", Date, Some("fiscal year 2026")),
            ("FY2027-Q1", Date, Some("the first quarter of fiscal year 2027")),
            ("2023/2024", Date, Some("2023–2024")),
            ("2024-10-28T14:00", Date, Some("28 October 2024, 14:00")),
            // Nothing is guessed: what it cannot read, the card shows as code.
            ("2024-13", Date, None),
            ("2025-Q5", Date, None),
            ("PZZ", Duration, None),
            ("", Date, None),
        ];
        for (timex, kind, expected) in table {
            assert_eq!(time_value(timex, *kind).as_deref(), *expected, "{timex}");
        }
    }

    #[test]
    fn rule_table() {
        let table = [
            ("pattern:given-name", "found because a known first name precedes it"),
            ("gazetteer:country", "found in the list of countries"),
            ("back-reference", "a shorter form of a name the text gave in full earlier"),
            ("time:vague", "a word for a time without a date (now, recently, the future)"),
            // Unknown rules are explained by their family, never shown blank.
            ("gazetteer:rivers", "found in a list of known names"),
            ("time:fiscal-year", "recognised as an expression of time"),
            ("pattern:new-thing", "found by a pattern of how such names are written"),
            ("mystery", "found by a rule of the engine"),
        ];
        for (code, expected) in table {
            assert_eq!(rule(code), expected, "{code}");
        }
    }

    #[test]
    fn role_table() {
        let table = [
            (
                "Alexander Gabuev, director of the Carnegie Center in Berlin, told NBC News.",
                "Alexander Gabuev",
                Some("director of the Carnegie Center in Berlin"),
            ),
            (
                "North Korean leader Kim Jong Un met him.",
                "Kim Jong Un",
                Some("North Korean leader Kim Jong Un"),
            ),
            ("Kim Jong Un, who met him, left.", "Kim Jong Un", None),
            ("Alexander Gabuev said so.", "Alexander Gabuev", None),
        ];
        for (text, name, expected) in table {
            let analysis = crate::analysis::analyze(text, None);
            let entity =
                analysis.entities.iter().position(|e| e.name == name).unwrap_or_else(|| panic!("{name}"));
            let role = role(text, &analysis, entity).map(|r| &text[r]);
            let expected = expected.map(|e| e.strip_suffix(" Kim Jong Un").unwrap_or(e));
            assert_eq!(role, expected, "{text}");
        }
    }

    #[test]
    fn provenance_table() {
        let meta = |kind: &str, from: &str| {
            let mut meta = DocMeta::plain("003", None);
            meta.kind = kind.into();
            meta.derived_from = from.into();
            meta
        };
        let ids = ["001_a", "003"];
        let table = [
            (meta("machine translation", "NBC News, 'What'"), "A machine translation of ", None),
            (
                meta("rewrite", "Rewrite of the article in 001"),
                "A rewrite: ",
                Some(SourceLink::Document("001_a".into())),
            ),
            (
                meta("import", "https://example.org/a, 2024"),
                "An import of ",
                Some(SourceLink::Web("https://example.org/a".into())),
            ),
            (meta("", "Agence"), "From ", None),
            // Its own id is no source.
            (meta("copy", "the copy 003"), "A copy of ", None),
        ];
        for (meta, lead, link) in table {
            let said = provenance(&meta, ids);
            assert_eq!((said.lead.as_str(), said.link), (lead, link), "{}", meta.derived_from);
        }
    }

    /// Every rule the engine's sources name has its own sentence or its family's.
    #[test]
    fn every_rule_in_the_golden_files_is_explained_in_its_own_words() {
        let golden = concat!(
            include_str!("../tests/data/golden/000_411ac30a76895b3f.expected"),
            include_str!("../tests/data/golden/001_fd0447f87cd5aaab.expected"),
            include_str!("../tests/data/golden/002_f395a87a0317fa07.expected"),
            include_str!("../tests/data/golden/003_59a4a1a89b4914cd.expected"),
            include_str!("../tests/data/golden/004_dc8a3dec1270afb0.expected"),
        );
        for line in golden.lines() {
            let Some(code) = line.rsplit_once('[').and_then(|(_, r)| r.strip_suffix(']')) else { continue };
            let family = rule(&format!("{}:?", code.split(':').next().unwrap()));
            assert_ne!(rule(code), family, "{code} has only its family's sentence");
        }
    }
}
