//! Synthetic news articles for `cargo xtask bench`: a fixed pseudo-random sequence (a 64-bit
//! linear congruential generator, so no `rand`) fills sentence templates with people,
//! organisations, places, weekdays and dates, hedged numbers and quotations. Each article is a
//! `.txt` file that opens with `Title:` and `Date:` lines, then a body of the size asked (about
//! 1.6 KB for `newslens build`, 5 KB for the import benchmark); the same seed always writes the
//! same bytes.

use std::path::Path;

use crate::Result;

/// Knuth's MMIX constants; the high bits are used, as the low ones of an LCG cycle quickly.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const GIVEN: &[&str] = &[
    "Maria", "James", "Amina", "Daniel", "Sofia", "Henrik", "Priya", "Tomas", "Grace", "Yusuf", "Elena",
    "Marcus", "Leila", "Oliver", "Chloe", "Rafael", "Ingrid", "Samuel", "Nadia", "Victor",
];
const SURNAMES: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreno",
    "Fischer",
    "Haddad",
    "Kowalski",
    "Brennan",
    "Tanaka",
    "Duarte",
    "Novak",
    "Petrov",
    "Whitfield",
    "Castillo",
    "Mensah",
    "Bauer",
    "Romano",
    "Ahmadi",
    "Sullivan",
    "Dubois",
    "Jensen",
];
const ROLES: &[&str] = &[
    "minister of transport",
    "chief executive",
    "finance minister",
    "spokesperson",
    "mayor",
    "union leader",
    "defence secretary",
    "chief economist",
    "health commissioner",
    "party chairman",
];
const ORGS: &[&str] = &[
    "the European Commission",
    "the World Health Organization",
    "Northwind Energy",
    "the Ministry of Defence",
    "the International Monetary Fund",
    "Harbour Logistics",
    "the Red Cross",
    "the National Grid",
    "the United Nations",
    "Atlas Mining",
    "the Central Bank",
    "the Transport Workers' Union",
];
const CITIES: &[&str] = &[
    "Lisbon",
    "Nairobi",
    "Warsaw",
    "Manila",
    "Toronto",
    "Lyon",
    "Rotterdam",
    "Bogota",
    "Hamburg",
    "Istanbul",
    "Osaka",
    "Glasgow",
    "Santiago",
    "Krakow",
    "Accra",
    "Melbourne",
];
const COUNTRIES: &[&str] = &[
    "Portugal",
    "Kenya",
    "Poland",
    "the Philippines",
    "Canada",
    "France",
    "the Netherlands",
    "Colombia",
    "Germany",
    "Turkey",
    "Japan",
    "Scotland",
    "Chile",
    "Ghana",
    "Australia",
    "Brazil",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
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
const PEOPLE: &[&str] = &[
    "troops",
    "workers",
    "protesters",
    "residents",
    "teachers",
    "nurses",
    "soldiers",
    "farmers",
    "students",
];
const ISSUES: &[&str] = &[
    "the new fuel tax",
    "cuts to the rail budget",
    "the closure of the steel plant",
    "rising rents",
    "the pension reform",
    "the port expansion",
    "water shortages",
    "the mining licence",
];
const PROJECTS: &[&str] = &[
    "new wind farms",
    "flood defences",
    "a high-speed rail line",
    "hospital repairs",
    "rural broadband",
    "border security",
    "a desalination plant",
    "school buildings",
];
const CLAUSES: &[&str] = &[
    "the government would not change course",
    "talks had made real progress",
    "the budget was under strain",
    "prices would keep rising through the winter",
    "the agreement was a first step",
    "more inspections were needed",
    "the strike would continue",
    "the deal protected local jobs",
];
const QUOTES: &[&str] = &[
    "We cannot wait another year for a decision",
    "This is the most serious crisis the region has faced in a generation",
    "Our members are ready to return to work as soon as the offer is fair",
    "Nobody expected the costs to rise this quickly",
    "The figures speak for themselves",
    "We will keep the border open for humanitarian convoys",
    "Families deserve a clear answer from the ministry",
];
const HEADLINES: &[&str] = &[
    "strike spreads",
    "warns of shortages",
    "approves budget",
    "faces protests",
    "signs deal",
    "cuts jobs",
    "sends troops",
    "reports record losses",
];

/// `n` distinct two-word queries, each a surname or a common noun of the templates with a
/// city (words that meet in many sentences), in lower case as a user types them.
pub fn two_word_queries(n: usize, seed: u64) -> Vec<String> {
    let mut first: Vec<&str> = SURNAMES.to_vec();
    first.extend(["troops", "strike", "minister", "protesters", "nurses", "talks", "officials"]);
    let mut rng = Lcg::new(seed);
    let mut queries: Vec<String> = Vec::new();
    while queries.len() < n {
        let query = format!("{} {}", rng.pick(&first), rng.pick(CITIES)).to_lowercase();
        if !queries.contains(&query) {
            queries.push(query);
        }
    }
    queries
}

fn person(rng: &mut Lcg) -> String {
    format!("{} {}", rng.pick(GIVEN), rng.pick(SURNAMES))
}

/// A hedged count such as "about 3,000 troops" or "more than 250 nurses".
fn count(rng: &mut Lcg) -> String {
    let people = rng.pick(PEOPLE);
    count_of(rng, people)
}

fn count_of(rng: &mut Lcg, people: &str) -> String {
    let hedge = rng.pick(&["about", "more than", "nearly", "at least", "some"]);
    let n = (1 + rng.below(90)) * [10, 100, 1000][rng.below(3)];
    let n = if n >= 1000 { format!("{},{:03}", n / 1000, n % 1000) } else { n.to_string() };
    format!("{hedge} {n} {people}")
}

fn money(rng: &mut Lcg) -> String {
    let currency = rng.pick(&["$", "€", "£"]);
    format!("{currency}{}.{} {}", 1 + rng.below(98), rng.below(10), rng.pick(&["million", "billion"]))
}

fn date(rng: &mut Lcg) -> String {
    format!("{} {}", rng.pick(MONTHS), 1 + rng.below(28))
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn sentence(rng: &mut Lcg) -> String {
    let org = rng.pick(ORGS);
    match rng.below(10) {
        0 => {
            let country = rng.pick(COUNTRIES);
            let possessive = if country.ends_with('s') { "'" } else { "'s" };
            format!(
                "{}, {country}{possessive} {}, said on {} that {}.",
                person(rng),
                rng.pick(ROLES),
                rng.pick(DAYS),
                rng.pick(CLAUSES)
            )
        }
        1 => format!("“{},” said {}.", rng.pick(QUOTES), person(rng)),
        2 => format!(
            "{} gathered in {} on {} to protest against {}.",
            capitalise(&count(rng)),
            rng.pick(CITIES),
            rng.pick(DAYS),
            rng.pick(ISSUES)
        ),
        3 => format!(
            "{} said it would spend {} on {} over the next {} years.",
            capitalise(org),
            money(rng),
            rng.pick(PROJECTS),
            2 + rng.below(9)
        ),
        4 => format!(
            "Officials in {} said {} had left the area since {}.",
            rng.pick(CITIES),
            count(rng),
            date(rng)
        ),
        5 => {
            let soldiers = rng.pick(&["troops", "soldiers", "police officers"]);
            format!(
                "{} has sent {} to the border, according to {}.",
                rng.pick(COUNTRIES),
                count_of(rng, soldiers),
                org
            )
        }
        6 => format!(
            "Talks between {} and {} are due to resume on {} in {}.",
            org,
            rng.pick(ORGS),
            date(rng),
            rng.pick(CITIES)
        ),
        7 => format!(
            "Last year {} reported a profit of {}, up {} per cent, while prices rose in {}.",
            org,
            money(rng),
            1 + rng.below(40),
            rng.pick(COUNTRIES)
        ),
        8 => format!(
            "{} met {} in {} last week, and the two agreed that {}.",
            person(rng),
            person(rng),
            rng.pick(CITIES),
            rng.pick(CLAUSES)
        ),
        _ => format!(
            "The minister told reporters in {} on {} that {} would decide by {}.",
            rng.pick(CITIES),
            rng.pick(DAYS),
            org,
            date(rng)
        ),
    }
}

/// The body of the articles `newslens build` is benchmarked on, in bytes (a little more: the
/// last paragraph is finished).
const BUILD_BODY: usize = 1550;

/// One article: `Title:` and `Date:` lines, a blank line, then paragraphs of two or three
/// sentences until the body has at least `body_bytes` bytes.
pub fn article(rng: &mut Lcg, body_bytes: usize) -> String {
    let title = format!("{} {} in {}", capitalise(rng.pick(ORGS)), rng.pick(HEADLINES), rng.pick(CITIES));
    let date = format!("{}-{:02}-{:02}", 2021 + rng.below(5), 1 + rng.below(12), 1 + rng.below(28));
    let mut body = String::new();
    while body.len() < body_bytes {
        let sentences: Vec<String> = (0..2 + rng.below(2)).map(|_| sentence(rng)).collect();
        body.push_str(&sentences.join(" "));
        body.push_str("\n\n");
    }
    format!("Title: {title}\nDate: {date}\n\n{}\n", body.trim_end())
}

/// `n` articles with bodies of at least `body_bytes` bytes each.
pub fn articles(n: usize, body_bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Lcg::new(seed);
    (0..n).map(|_| article(&mut rng, body_bytes)).collect()
}

/// Writes `n` articles of the `newslens build` size, `00000.txt` ..., into `dir` (emptied first);
/// returns the bytes written.
pub fn write_articles(dir: &Path, n: usize, seed: u64) -> Result<usize> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut total = 0;
    for (i, text) in articles(n, BUILD_BODY, seed).into_iter().enumerate() {
        total += text.len();
        let path = dir.join(format!("{i:05}.txt"));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_about_the_size_asked() {
        let one = article(&mut Lcg::new(7), BUILD_BODY);
        assert_eq!(one, article(&mut Lcg::new(7), BUILD_BODY));
        assert!(one.starts_with("Title: ") && one.contains("\nDate: 20") && one.contains("\n\n"), "{one}");
        let body = one.split_once("\n\n").unwrap().1;
        assert!((1550..2000).contains(&body.len()), "{} bytes", body.len());
        let mut rng = Lcg::new(1);
        let sizes: Vec<usize> = (0..200).map(|_| article(&mut rng, BUILD_BODY).len()).collect();
        let mean = sizes.iter().sum::<usize>() / sizes.len();
        assert!((1600..1800).contains(&mean), "mean {mean}");
        let imported: usize = articles(100, 4900, 12).iter().map(String::len).sum();
        assert!((490_000..540_000).contains(&imported), "{imported} bytes");
    }

    #[test]
    fn queries_are_distinct_pairs() {
        let queries = two_word_queries(21, 3);
        assert_eq!(queries.len(), 21);
        assert!(queries.iter().all(|q| q.split(' ').count() == 2));
    }
}
