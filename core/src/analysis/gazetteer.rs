//! Gazetteers: the data files of `core/data/gazetteer/` (countries, cities, subdivisions,
//! regions, organisations, listed companies, sports clubs, names, titles), loaded once into
//! token-keyed lookup tables.
//!
//! Matching is by tokens, case-sensitive, with curly apostrophes read as straight ones, so
//! "Workers’ Party" finds the entry "Workers' Party". Every entry belongs to an entity with a
//! stable id (`place:north-korea`, `org:nato`, `group:north-korean`); aliases share it.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use super::span::Label;
use super::token::tokenize;
use crate::search::normalize::fold;
use crate::wordlist;

/// Where an entry comes from; recognisers treat the kinds differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A country name or alias.
    Country,
    /// A capital or city.
    City,
    /// A province, state or oblast.
    Subdivision,
    /// A world region or bloc: `East Asia`, `West`.
    Region,
    /// A nationality or regional adjective: `North Korean`, `Western`.
    Demonym,
    /// An organisation.
    Org,
}

/// One name in a gazetteer.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The name's tokens, normalised; borrowed from the embedded data where possible, since
    /// building thousands of small strings is most of the start-up cost in the browser.
    pub tokens: Vec<Cow<'static, str>>,
    /// The label it carries.
    pub label: Label,
    /// What sort of entry.
    pub kind: EntryKind,
    /// The entity's canonical name.
    pub canonical: &'static str,
}

impl Entry {
    /// The stable entity id: the label's prefix and the canonical name's slug.
    pub fn id(&self) -> String {
        let prefix = match self.label {
            Label::Group => "group",
            Label::Org => "org",
            _ => "place",
        };
        format!("{prefix}:{}", slug(self.canonical))
    }
}

/// All gazetteers, indexed by an entry's first token.
#[derive(Debug, Default)]
pub struct Gazetteer {
    by_first: HashMap<Cow<'static, str>, Vec<Entry>>,
    given_names: HashSet<String>,
    surnames: HashSet<String>,
    /// Subdivisions that are nations ("England", "Wales"): their teams are national teams.
    nations: HashSet<&'static str>,
    /// One-word club names that are also towns, words or given names ("Liverpool", "Heat",
    /// "Chelsea"): a club only where a match report's context says so.
    match_report_clubs: HashSet<&'static str>,
    titles: HashMap<Cow<'static, str>, Vec<Vec<Cow<'static, str>>>>,
}

/// The plural of a demonym that takes one: "Zambian" → "Zambians", "North Korean" → "North
/// Koreans"; "Chinese", "British" and "Swiss" do not.
fn plural_demonym(demonym: &str) -> Option<String> {
    let invariant = ["s", "sh", "ch", "se", "x", "z"].iter().any(|end| demonym.ends_with(end));
    (!invariant).then(|| format!("{demonym}s"))
}

/// Reads apostrophes alike, so data and text need not agree on ’ and '.
pub fn normalise<'a>(token: &'a str) -> Cow<'a, str> {
    // Called for every word of every lookup: a byte test (’'s first UTF-8 byte) settles most
    // words, which are short, without the searcher that `contains('’')` sets up.
    if token.bytes().any(|b| b == 0xE2) && token.contains('’') {
        Cow::Owned(token.replace('’', "'"))
    } else {
        Cow::Borrowed(token)
    }
}

/// Whether a text's word is a gazetteer's `normalised` one: equal, or equal once its
/// apostrophes are read alike (’ is longer than ', so only a longer word needs that).
fn same_word(normalised: &str, word: &str) -> bool {
    normalised == word || (word.len() > normalised.len() && normalise(word) == normalised)
}

/// A lower-case, hyphenated slug for ids: "North Korea" → "north-korea".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && !matches!(c, '\'' | '’' | '.') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The word with its Latin letters' accents removed and its case kept: "Zoë" → "Zoe",
/// "Ángel" → "Angel", "Øystein" → "Oystein". Letters the search's table does not fold stay as they are.
fn without_accents(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut buf = [0; 4];
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let base = fold(c.encode_utf8(&mut buf));
        let mut letters = base.chars();
        if c.is_uppercase() {
            out.extend(letters.next().into_iter().flat_map(char::to_uppercase));
        }
        out.extend(letters);
    }
    out
}

/// Countries with their demonyms and capitals, read by the lookup and by [`country_of`].
const COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer/countries.tsv"));

/// The country a demonym or capital belongs to (`group:north-korean` and `place:pyongyang` →
/// `place:north-korea`), or a country itself, as its id and name; `None` for any other id.
/// Built on first use, since only comparisons ask it.
pub fn country_of(id: &str) -> Option<(&'static str, &'static str)> {
    static COUNTRY: OnceLock<HashMap<String, (String, &'static str)>> = OnceLock::new();
    let table = COUNTRY.get_or_init(|| {
        let mut table = HashMap::default();
        for row in rows(COUNTRIES) {
            let Some(&name) = row.get(1) else { continue };
            let country = (format!("place:{}", slug(name)), name);
            if let Some(demonym) = list(row.get(3)).next() {
                table.entry(format!("group:{}", slug(demonym))).or_insert_with(|| country.clone());
            }
            for capital in list(row.get(4)) {
                table.entry(format!("place:{}", slug(capital))).or_insert_with(|| country.clone());
            }
            table.insert(country.0.clone(), country);
        }
        table
    });
    table.get(id).map(|(id, name)| (id.as_str(), *name))
}

fn name_tokens(name: &'static str) -> Vec<Cow<'static, str>> {
    tokenize(name, 0..name.len()).iter().map(|t| normalise(t.text(name))).collect()
}

/// The rows of a gazetteer file, each a list of tab-separated columns.
fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    wordlist::entries(src).map(|line| line.split('\t').map(str::trim).collect())
}

fn list(field: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    field.copied().unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty())
}

impl Gazetteer {
    /// The gazetteers built into NewsLens, loaded on first use.
    pub fn builtin() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::load_builtin)
    }

    fn load_builtin() -> Gazetteer {
        let mut g = Gazetteer::default();
        for row in rows(COUNTRIES) {
            let Some(&name) = row.get(1) else { continue };
            g.add_aliased(name, row.get(2), Label::Place, EntryKind::Country);
            let demonyms: Vec<&str> = list(row.get(3)).collect();
            if let Some(&first) = demonyms.first() {
                for demonym in demonyms {
                    g.add(demonym, Label::Group, EntryKind::Demonym, first);
                    // "Zambians", "Israelis": the plural names the people too.
                    if let Some(plural) = plural_demonym(demonym) {
                        g.add_owned(plural, Label::Group, EntryKind::Demonym, first);
                    }
                }
            }
            for capital in list(row.get(4)) {
                g.add(capital, Label::Place, EntryKind::City, capital);
            }
        }
        let cities = rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/cities.tsv")))
            .chain(rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/places_extra.tsv"))));
        for row in cities {
            if let Some(&name) = row.first() {
                g.add(name, Label::Place, EntryKind::City, name);
            }
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/subdivisions.tsv"))) {
            if let Some(&name) = row.first() {
                g.add(name, Label::Place, EntryKind::Subdivision, name);
            }
        }
        // Three names; read from the committed file, which build.rs does not copy.
        for row in rows(include_str!("../../data/gazetteer/nations.txt")) {
            g.nations.insert(row[0]);
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/regions.tsv"))) {
            let Some(&name) = row.first() else { continue };
            g.add_aliased(name, row.get(1), Label::Place, EntryKind::Region);
            for adjective in list(row.get(2)) {
                g.add(adjective, Label::Group, EntryKind::Demonym, adjective);
            }
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/groups.tsv"))) {
            let Some(&name) = row.first() else { continue };
            g.add_aliased(name, row.get(1), Label::Group, EntryKind::Demonym);
        }
        // The curated organisations first, so that they win over the generated lists.
        let orgs = rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/orgs.tsv")))
            .chain(rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/companies.tsv"))));
        for row in orgs {
            let Some(&name) = row.first() else { continue };
            g.add_aliased(name, row.get(1), Label::Org, EntryKind::Org);
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/clubs.tsv"))) {
            let Some(&name) = row.first() else { continue };
            g.add_aliased(name, row.get(1), Label::Org, EntryKind::Org);
            g.match_report_clubs.extend(list(row.get(2)));
        }
        let given_names = rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/given_names.txt")))
            .chain(rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/given_names_extra.txt"))));
        for row in given_names {
            g.given_names.insert(row[0].to_string());
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/surnames_east_asian.txt"))) {
            g.surnames.insert(row[0].to_string());
        }
        for row in rows(include_str!(concat!(env!("OUT_DIR"), "/gazetteer/titles.txt"))) {
            let tokens = name_tokens(row[0]);
            if let Some(first) = tokens.first() {
                g.titles.entry(first.clone()).or_default().push(tokens);
            }
        }
        for entries in g.by_first.values_mut() {
            // Longest first, so the first entry that fits is the longest match.
            entries.sort_by_key(|e| std::cmp::Reverse(e.tokens.len()));
        }
        for titles in g.titles.values_mut() {
            titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        }
        g
    }

    /// Adds a name; a name already present keeps its first entry (countries load first, so a
    /// country beats a city of the same name).
    fn add(&mut self, name: &'static str, label: Label, kind: EntryKind, canonical: &'static str) {
        self.insert(name_tokens(name), label, kind, canonical);
    }

    /// Adds a name and its '|'-separated aliases, all of one entity named by `name`.
    fn add_aliased(
        &mut self,
        name: &'static str,
        aliases: Option<&&'static str>,
        label: Label,
        kind: EntryKind,
    ) {
        self.add(name, label, kind, name);
        for alias in list(aliases) {
            self.add(alias, label, kind, name);
        }
    }

    /// Adds a name made at load time ("Zambians").
    fn add_owned(&mut self, name: String, label: Label, kind: EntryKind, canonical: &'static str) {
        let tokens = tokenize(&name, 0..name.len())
            .iter()
            .map(|t| Cow::Owned(normalise(t.text(&name)).into_owned()))
            .collect();
        self.insert(tokens, label, kind, canonical);
    }

    fn insert(
        &mut self,
        tokens: Vec<Cow<'static, str>>,
        label: Label,
        kind: EntryKind,
        canonical: &'static str,
    ) {
        let Some(first) = tokens.first().cloned() else { return };
        let entries = self.by_first.entry(first).or_default();
        if entries.iter().any(|e| e.tokens == tokens) {
            return;
        }
        entries.push(Entry { tokens, label, kind, canonical });
    }

    /// The longest entry matching the token texts at the start of `words`.
    pub fn longest_match<'g>(&'g self, words: &[&str]) -> Option<&'g Entry> {
        let first = normalise(words.first()?);
        // The first word matched by the key; the others are compared entry by entry.
        self.by_first.get(first.as_ref())?.iter().find(|entry| {
            entry.tokens.len() <= words.len()
                && entry.tokens.iter().zip(words).skip(1).all(|(want, have)| same_word(want, have))
        })
    }

    /// How many tokens of a title ("President", "Secretary General") start `words`, if any.
    pub fn title_len(&self, words: &[&str]) -> Option<usize> {
        let first = normalise(words.first()?);
        self.titles
            .get(first.as_ref())?
            .iter()
            .find(|t| t.len() <= words.len() && t.iter().zip(words).skip(1).all(|(w, h)| same_word(w, h)))
            .map(Vec::len)
    }

    /// Whether `word` is a known given name: "Alexander", "Edward". The list holds most names
    /// without their accents, as news writes them either way, so "Zoë" is looked up as "Zoe".
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
            || (!word.is_ascii() && self.given_names.contains(&without_accents(word)))
    }

    /// Whether `name` is a country or a subdivision that is a nation ("Wales"), whose team is
    /// a national team, not a club.
    pub fn is_nation(&self, name: &str) -> bool {
        self.nations.contains(name)
            || self
                .longest_match(&[name])
                .is_some_and(|e| e.kind == EntryKind::Country && e.tokens.len() == 1)
    }

    /// Whether `word` is a club's one-word name that only a match report makes a club:
    /// "Liverpool", "Heat", "Chelsea".
    pub fn is_match_report_club(&self, word: &str) -> bool {
        self.match_report_clubs.contains(word)
    }

    /// Whether `word` is a common East Asian family name: "Kim", "Lee", "Xi".
    pub fn is_east_asian_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Descriptions such as "North Korean army" are not names; the schema labels their
    /// nationality GROUP and the rest nothing.
    #[test]
    fn organisation_names_and_aliases_are_proper_names() {
        let connectors = [
            "of", "for", "the", "a", "and", "on", "de", "in", "du", "des", "la", "al", "an", "at", "to", "&",
            "da", "do", "y", "et", "und", "van", "della", "+",
        ];
        let files = [
            include_str!(concat!(env!("OUT_DIR"), "/gazetteer/orgs.tsv")),
            include_str!(concat!(env!("OUT_DIR"), "/gazetteer/companies.tsv")),
            include_str!(concat!(env!("OUT_DIR"), "/gazetteer/clubs.tsv")),
        ];
        for row in files.into_iter().flat_map(rows) {
            for name in row.first().copied().into_iter().chain(list(row.get(1))) {
                // A one-word brand may be lower-case ("dpa").
                let descriptive = name.contains(' ')
                    && name
                        .split(' ')
                        .filter(|w| !connectors.contains(w) && !w.starts_with("al-") && !w.starts_with("el-"))
                        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
                assert!(!descriptive, "'{name}' is a description, not a name");
            }
        }
    }

    #[test]
    fn the_builtin_gazetteer_finds_countries_demonyms_and_aliases() {
        let g = Gazetteer::builtin();
        let id = |words: &[&str]| g.longest_match(words).map(|e| (e.id(), e.label));
        assert_eq!(id(&["North", "Korea"]), Some(("place:north-korea".to_string(), Label::Place)));
        assert_eq!(id(&["North", "Korean"]), Some(("group:north-korean".to_string(), Label::Group)));
        assert_eq!(id(&["USA"]), id(&["United", "States"]));
        assert_eq!(id(&["Workers", "’", "Party"]), id(&["Workers", "'", "Party"]));
        assert_eq!(id(&["Reading"]), None, "a common word is no city");
        assert!(g.is_given_name("Alexander") && g.is_east_asian_surname("Kim"));
        // Accents written or dropped: the list holds "Zoe", "Jose", "Dusan", and "Ángel" only
        // accented, since "Angel" is a word.
        for name in ["Zoë", "Zoe", "José", "Jose", "Dušan", "Dusan", "Ángel"] {
            assert!(g.is_given_name(name), "{name}");
        }
        assert!(!g.is_given_name("Angel") && !g.is_given_name("zoë"));
        assert_eq!(id(&["Zambians"]), id(&["Zambian"]));
        assert_eq!(id(&["Frenchs"]), None);
        assert_eq!(id(&["Republicans"]).map(|(_, label)| label), Some(Label::Group));
        assert_eq!(g.title_len(&["Secretary", "General", "Mark"]), Some(2));
    }

    /// Titles of local government, police, the church and business that news writes before a
    /// name, with the number of words each takes.
    #[test]
    fn titles_of_councils_police_clergy_and_firms() {
        let g = Gazetteer::builtin();
        let table: &[(&[&str], Option<usize>)] = &[
            (&["Councillor", "Jane"], Some(1)),
            (&["Cllr", "Jane"], Some(1)),
            (&["Assemblywoman", "Jane"], Some(1)),
            (&["Council", "Member", "Jane"], Some(2)),
            (&["Lord", "Mayor", "Jane"], Some(2)),
            (&["Taoiseach", "Jane"], Some(1)),
            (&["Tánaiste", "Jane"], Some(1)),
            (&["Detective", "Chief", "Inspector", "Jane"], Some(3)),
            (&["Chief", "Constable", "Jane"], Some(2)),
            (&["Chief", "Financial", "Officer", "Jane"], Some(3)),
            (&["Father", "Jane"], Some(1)),
            (&["Sheikha", "Jane"], Some(1)),
            // Not titles: a plural, and a word that is only a title with another after it.
            (&["Councillors", "Jane"], None),
            (&["Chief", "Jane"], None),
        ];
        for (words, want) in table {
            assert_eq!(g.title_len(words), *want, "{words:?}");
        }
    }

    #[test]
    fn slugs_are_stable_ids() {
        assert_eq!(slug("North Korea"), "north-korea");
        assert_eq!(slug("Workers’ Party of Korea"), "workers-party-of-korea");
        assert_eq!(slug("U.S."), "us");
    }
}
