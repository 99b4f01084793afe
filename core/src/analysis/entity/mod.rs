//! Entities: PERSON, ORG, PLACE and GROUP mentions from gazetteers, name patterns and cues, with
//! in-document back-reference ("Gabuev" after "Alexander Gabuev") and stated aliases
//! ("the Storm Corps, known as the 11th Corps").
//!
//! The recogniser prefers silence to a guess: a capitalised word becomes an entity only when a
//! gazetteer names it or a pattern (organisation head, title, given name, family name, speech
//! cue, appositive) supports it.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

mod club;
mod document;
mod org;
mod person;
mod place;

use club::{club, club_by_nickname, is_sports_document, player_by_score};
use document::resolve_document_names;
use org::{org_ampersand, org_by_cue, org_camel_case, org_of_place, org_romance, org_ticker};
use person::{
    person_after_title, person_by_cue, person_by_family_name, person_by_given_name, person_named_as,
    person_over_known_word,
};
use place::{city_district, coordinated_place, facility, named_site, place_by_context, place_by_kind};

use super::gazetteer::{slug, Entry, EntryKind, Gazetteer};
use super::lexicon::Lexicon;
use super::ranges::RangeSet;
use super::span::Label;
use super::token::{Token, TokenKind};

/// One entity mention, before entities are numbered.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name.
    pub range: Range<usize>,
    /// PERSON, ORG, PLACE or GROUP.
    pub label: Label,
    /// Stable entity id: `person:kim-jong-un`, `place:north-korea`.
    pub id: String,
    /// The name as written (for persons, upgraded to the fullest name later).
    pub name: String,
    /// The rule that found it.
    pub rule: &'static str,
}

/// A sentence's tokens, and whether it is a title-cased heading, where capitals say nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenizedSentence {
    /// The tokens.
    pub tokens: Vec<Token>,
    /// Whether the sentence is a heading.
    pub in_heading: bool,
}

/// "Lisbon-based", "London-listed": an adjective made of a place, never part of a name.
fn is_locative_compound(word: &str) -> bool {
    word.ends_with("-based") || word.ends_with("-listed")
}

/// A sentence's tokens, with the text, for the pattern helpers.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The tokens' texts, so lookups borrow slices instead of building them.
    words: Vec<&'a str>,
    in_heading: bool,
    gaz: &'a Gazetteer,
    lex: &'a Lexicon,
    /// For each token, where a capitalised run continuing through it ends: see
    /// [`Sentence::capitalised_run`]. Computed once, so a long run is not rescanned from each
    /// of its words.
    run_end: Vec<usize>,
    /// For each token position `k`, the last organisation head word before `k`, if any.
    head_before: Vec<Option<usize>>,
    /// Whether each token is a capitalised word, asked by nearly every pattern: decided once.
    caps: Vec<bool>,
    /// For each capitalised token, the gazetteer name that starts there: see
    /// [`Sentence::entry_at`].
    known_capitals: Vec<Option<&'a Entry>>,
    /// For each token, [`Sentence::is_name_word`].
    name_words: Vec<bool>,
    /// Whether the document is a match report (see [`is_sports_document`]).
    sporty: bool,
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn words_from(&self, i: usize) -> &[&'a str] {
        &self.words[i.min(self.words.len())..]
    }

    fn is_cap(&self, i: usize) -> bool {
        self.caps.get(i).copied().unwrap_or(false)
    }

    fn range(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].start..self.toks[to - 1].end
    }

    fn name(&self, from: usize, to: usize) -> &'a str {
        &self.text[self.range(from, to)]
    }

    /// Whether tokens `a` and `a + 1` touch, with no space between them.
    fn touches_next(&self, a: usize) -> bool {
        matches!((self.toks.get(a), self.toks.get(a + 1)), (Some(x), Some(y)) if x.end == y.start)
    }

    /// Whether token `k` is a hyphen joining two capitalised words with no space:
    /// "Lopez-Garrido", "Jean-Luc", "Agro-Industrial" (the tokeniser splits a hyphen
    /// before a capital, so that "Russian-Ukraine" stays two names).
    fn joins_capitals(&self, k: usize) -> bool {
        k > 0
            && self.word(k) == "-"
            && self.is_cap(k - 1)
            && self.is_cap(k + 1)
            && self.touches_next(k - 1)
            && self.touches_next(k)
    }

    /// The end of up to three unknown name words from `i` (a hyphenated word counts once);
    /// `None` when a capitalised word follows, for then the name goes on and is another one.
    fn unknown_name_end(&self, i: usize) -> Option<usize> {
        let end = self.units_while(i, 3, |k| self.is_name_word(k) && !self.known_at(k));
        (!self.is_cap(end)).then_some(end)
    }

    /// Where a run of units from `from` (a hyphenated word counts once) ends: at the first that
    /// `keep` refuses, or at the first unit starting `max` tokens or more after `from`.
    fn units_while(&self, from: usize, max: usize, keep: impl Fn(usize) -> bool) -> usize {
        let mut end = from;
        while end < from + max && keep(end) {
            end = self.unit_end(end);
        }
        end
    }

    /// Whether token `k` is a role noun, as written or capitalised ("coach", "Officer").
    fn is_role(&self, k: usize) -> bool {
        self.has_lowercased("role_nouns", k)
    }

    /// Whether token `k` in lower case is in the lexicon's `section`. Asked of many capitalised
    /// words, so a short ASCII word is lower-cased on the stack rather than in a new string.
    fn has_lowercased(&self, section: &str, k: usize) -> bool {
        let word = self.word(k);
        let mut buf = [0u8; 32];
        match buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|w| self.lex.has(section, w))
            }
            None => self.lex.has(section, &word.to_lowercase()),
        }
    }

    /// Whether the name ending before `end` goes on after a dash joining another capitalised
    /// word ("GroenLinks–PvdA", "Visma–Lease a Bike"), so that what ends there is only part of it.
    fn dash_continues(&self, end: usize) -> bool {
        matches!(self.word(end), "-" | "–" | "—")
            && self.touches_next(end - 1)
            && self.touches_next(end)
            && self.is_cap(end + 1)
    }

    /// Whether the capitalised words `from..end` stand alone: no capitalised word right before
    /// or after them and no dash joining them to one.
    fn stands_alone(&self, from: usize, end: usize) -> bool {
        let dash_before = from >= 2 && self.dash_continues(from - 1) && self.is_cap(from - 2);
        (from == 0 || !self.is_cap(from - 1))
            && !dash_before
            && !self.is_cap(end)
            && !self.dash_continues(end)
    }

    /// Where the name unit starting at `i` ends: one word, or capitalised words joined by
    /// hyphens ("Lopez-Garrido", "Jean-Luc").
    fn unit_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while self.joins_capitals(j) {
            j += 2;
        }
        j
    }

    /// The longest gazetteer name that starts at `i`: looked up once for each capitalised word,
    /// which the name patterns ask about many times.
    fn entry_at(&self, i: usize) -> Option<&'a Entry> {
        match self.known_capitals.get(i) {
            Some(&entry) if self.is_cap(i) => entry,
            _ => self.gaz.longest_match(self.words_from(i)),
        }
    }

    /// Whether a gazetteer name starts at `i`.
    fn known_at(&self, i: usize) -> bool {
        self.entry_at(i).is_some()
    }

    /// Whether an age follows a name ending at `k`: "Jane Doe, 54,", "Andriy, a 29-year-old".
    fn age_after(&self, k: usize) -> bool {
        let number = |j: usize| {
            self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number) && self.word(j).len() <= 3
        };
        // ", 29," and ", a 29-year-old"
        let bare = self.word(k) == "," && number(k + 1) && self.word(k + 2) == ",";
        // ", a 29-year-old infantryman": an age of a person, with a person's noun after it
        // ("Dunmore, a 900-year-old village" is none).
        let person_noun = |j: usize| {
            let noun = self.word(j);
            self.lex.has("role_nouns", noun)
                || matches!(noun, "man" | "woman" | "boy" | "girl" | "student" | "resident")
        };
        let aged = self.word(k) == ","
            && matches!(self.word(k + 1), "a" | "an")
            && self.toks.get(k + 2).is_some_and(|t| t.kind == TokenKind::Number)
            && if self.word(k + 2).ends_with("-year-old") {
                person_noun(k + 3)
            } else {
                self.word(k + 3) == "-" && self.word(k + 4) == "year" && person_noun(k + 7)
            };
        bare || aged
    }

    fn is_ordinal(&self, i: usize) -> bool {
        let w = self.word(i);
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Number)
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
    }

    /// A word that can be part of an unknown name: capitalised, not a sentence opener at the
    /// sentence start, and not a known title. Decided once per token in [`Sentence::new`]: the
    /// patterns ask it of the same words many times.
    fn is_name_word(&self, i: usize) -> bool {
        self.name_words.get(i).copied().unwrap_or(false)
    }

    fn decide_name_word(&self, i: usize) -> bool {
        self.is_cap(i)
            && !is_locative_compound(self.word(i))
            && !(i == 0 && self.lex.has("sentence_openers", self.word(i)))
            && self.gaz.title_len(self.words_from(i)).is_none()
    }

    fn new(
        text: &'a str,
        sentence: &'a TokenizedSentence,
        gaz: &'a Gazetteer,
        lex: &'a Lexicon,
        sporty: bool,
    ) -> Sentence<'a> {
        let toks = sentence.tokens.as_slice();
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let caps =
            (0..toks.len()).map(|k| toks[k].is_capitalised(text) || irish_mutated(&words, k)).collect();
        let mut s = Sentence {
            text,
            toks,
            words,
            in_heading: sentence.in_heading,
            gaz,
            lex,
            run_end: vec![],
            head_before: vec![],
            caps,
            known_capitals: vec![],
            name_words: vec![],
            sporty,
        };
        s.known_capitals = (0..toks.len())
            .map(|k| if s.caps[k] { gaz.longest_match(s.words_from(k)) } else { None })
            .collect();
        s.name_words = (0..toks.len()).map(|k| s.decide_name_word(k)).collect();
        // From the right: a word continues a run when it is capitalised, or a connector before a
        // capitalised word; the run through it ends where the run through its successor does.
        let mut run_end = vec![toks.len(); toks.len() + 1];
        for k in (0..toks.len()).rev() {
            let continues = (s.is_cap(k) && !is_locative_compound(s.word(k)))
                // "Court on Tuesday" is no name: a weekday or month after a connector ends it.
                || (s.lex.has("name_connectors", s.word(k))
                    && s.is_cap(k + 1)
                    && (!s.lex.has("not_names", s.word(k + 1)) || s.lex.has("body_adjectives", s.word(k + 1))))
                // "Council of the Isles": "of the" after an organisation's head.
                || (k > 0
                    && s.word(k) == "of"
                    && s.word(k + 1) == "the"
                    && s.is_cap(k + 2)
                    && s.lex.has("org_heads", s.word(k - 1)))
                || s.joins_capitals(k)
                // "Bakers’ Union": a plural possessive inside a name.
                || (k > 0
                    && matches!(s.word(k), "’" | "'")
                    && s.word(k - 1).ends_with('s')
                    && s.touches_next(k - 1)
                    && s.is_cap(k - 1)
                    && s.is_cap(k + 1))
                // "Council of the Isles": "of the" before a capitalised word.
                || (s.word(k) == "the"
                    && k > 1
                    && s.word(k - 1) == "of"
                    && s.is_cap(k + 1)
                    && s.lex.has("org_heads", s.word(k - 2)));
            run_end[k] = if continues { run_end[k + 1] } else { k };
        }
        let mut head_before = vec![None; toks.len() + 1];
        for k in 0..toks.len() {
            head_before[k + 1] = if s.lex.has("org_heads", s.word(k)) { Some(k) } else { head_before[k] };
        }
        s.run_end = run_end;
        s.head_before = head_before;
        s
    }

    /// The run of capitalised words from `i`, joined by name connectors ("of", "for"), which
    /// cannot start it.
    fn capitalised_run(&self, i: usize) -> usize {
        let start = if self.is_ordinal(i) && self.is_cap(i + 1) { i + 1 } else { i };
        if self.is_cap(start) {
            self.run_end[start + 1]
        } else {
            start
        }
    }
}

/// Finds the entity mentions of one document, given its sentences' tokens.
pub fn find_mentions(text: &str, sentences: &[TokenizedSentence]) -> Vec<Mention> {
    let gaz = Gazetteer::builtin();
    let lex = Lexicon::builtin();
    let mut mentions = Vec::new();
    let sporty = is_sports_document(text, sentences, lex);
    for sentence in sentences {
        scan(&Sentence::new(text, sentence, gaz, lex, sporty), &mut mentions);
    }
    resolve_document_names(text, sentences, gaz, lex, &mut mentions);
    resolve_acronyms(text, sentences, gaz, lex, &mut mentions);
    sort_mentions(&mut mentions);
    document::apply_stated_aliases(text, &mut mentions);
    mentions
}

fn scan(s: &Sentence, out: &mut Vec<Mention>) {
    // In a title-cased heading every word is capitalised, so only known names count there.
    let capitals_mean_names = !s.in_heading;
    let mut i = 0;
    while i < s.toks.len() {
        let found = place_before_suffix(s, i)
            .or_else(|| {
                capitals_mean_names
                    .then(|| {
                        org_by_suffix(s, i)
                            .or_else(|| org_romance(s, i))
                            .or_else(|| org_ticker(s, i, out.last()))
                            .or_else(|| org_of_place(s, i))
                            .or_else(|| org_domain(s, i))
                            .or_else(|| org_by_head(s, i))
                            .or_else(|| org_ampersand(s, i))
                            .or_else(|| org_camel_case(s, i))
                    })
                    .flatten()
            })
            .or_else(|| capitals_mean_names.then(|| club_by_nickname(s, i)).flatten())
            .or_else(|| person_named_as(s, i))
            .or_else(|| person_by_given_name(s, i, out.last()))
            .or_else(|| capitals_mean_names.then(|| player_by_score(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| club(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| named_site(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| city_district(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| person_over_known_word(s, i)).flatten())
            .or_else(|| gazetteer_entry(s, i))
            .or_else(|| one_word_body(s, i))
            .or_else(|| body_after_adjective(s, i))
            .or_else(|| person_after_title(s, i))
            .or_else(|| person_by_family_name(s, i))
            .or_else(|| capitals_mean_names.then(|| place_by_kind(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| org_by_cue(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| person_by_cue(s, i)).flatten())
            .or_else(|| capitals_mean_names.then(|| facility(s, i)).flatten());
        let found = found
            .or_else(|| capitals_mean_names.then(|| coordinated(s, i, out.last())).flatten())
            .or_else(|| capitals_mean_names.then(|| coordinated_place(s, i, out.last())).flatten())
            .or_else(|| capitals_mean_names.then(|| place_by_context(s, i)).flatten());
        match found {
            Some((mention, next)) => {
                out.extend(mention);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// "Pesapap.com and Tuma", "Jane Doe and Kofi Mensah": an unknown name joined by "and" or "or"
/// to the organisation or person just before is of the same kind (a person needs two words).
fn coordinated(s: &Sentence, i: usize, last: Option<&Mention>) -> Found {
    let last = last.filter(|m| matches!(m.label, Label::Org | Label::Person))?;
    if i < 2 || !matches!(s.word(i - 1), "and" | "or") || last.range.end != s.toks[i - 2].end {
        return None;
    }
    if !s.is_name_word(i)
        || s.known_at(i)
        || s.gaz.is_given_name(s.word(i))
        || s.lex.has("not_names", s.word(i))
        || s.lex.has("sentence_openers", s.word(i))
    {
        return None;
    }
    let end = s.unknown_name_end(i)?;
    let units = {
        let (mut k, mut n) = (i, 0);
        while k < end {
            k = s.unit_end(k);
            n += 1;
        }
        n
    };
    if last.label == Label::Person && units < 2 {
        return None;
    }
    let (prefix, label) =
        if last.label == Label::Org { ("org", Label::Org) } else { ("person", Label::Person) };
    let id = format!("{prefix}:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, label, id, "pattern:coordinated")), end))
}

/// What a pattern found at a position: a mention (or none, for a name to skip) and the next
/// position to scan.
type Found = Option<(Option<Mention>, usize)>;

fn mention(s: &Sentence, from: usize, to: usize, label: Label, id: String, rule: &'static str) -> Mention {
    Mention { range: s.range(from, to), label, id, name: s.name(from, to).to_string(), rule }
}

/// "Qatar Tennis, Squash and Badminton Federation", "Kenya Medical Practitioners, Pharmacists
/// and Dentists Union": a capitalised run (`from..end`) before a comma continues through a list of
/// what the body covers, short unknown runs between commas and the last joined by "and" to the
/// head. Where the name ends, if it goes on so.
fn listed_name_end(s: &Sentence, from: usize, end: usize) -> Option<usize> {
    // Short runs only (and each is read once per word of it).
    if s.word(end) != "," || end > from + 5 || (from + 1..end).any(|k| s.known_at(k)) {
        return None;
    }
    let mut comma = end;
    for _ in 0..4 {
        // One word a part, the last "X and Y Head" with an association's head: "stakes in
        // Zenith Capital, Redwood and Meridian Holdings" lists firms.
        let part = comma + 1;
        if !s.is_cap(part) || s.known_at(part) {
            return None;
        }
        if s.word(part + 1) == "and" {
            let head = part + 3;
            let headed =
                s.is_cap(part + 2) && s.lex.has("listing_heads", s.word(head)) && !s.is_cap(head + 1);
            return headed.then_some(head + 1);
        }
        if s.word(part + 1) != "," {
            return None;
        }
        comma = part + 1;
    }
    None
}

/// Whether `from..end` is exactly one known city or country.
fn place_ends_run(s: &Sentence, from: usize, end: usize) -> bool {
    s.entry_at(from).is_some_and(|e| {
        from + e.tokens.len() == end && matches!(e.kind, EntryKind::City | EntryKind::Country)
    })
}

/// Whether word `k` is an Irish surname's, mutated after its particle: "hAodha" in "Ó hAodha",
/// "bhFoghlú" in "Ní bhFoghlú". It counts as capitalised.
fn irish_mutated(words: &[&str], k: usize) -> bool {
    let after_particle = k > 0 && matches!(words[k - 1], "Ó" | "Ní" | "Nic" | "Mac" | "Uí" | "Ua" | "Mag");
    let word = words[k];
    let rest = ["bh", "h", "n", "t", "m", "g", "d"].iter().find_map(|p| word.strip_prefix(p));
    after_particle && rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// "Carnegie Russia Eurasia Center", "Storm Corps", "World Institute for North Korean Studies":
/// a capitalised run whose last word, or the word before its "of/for ..." tail, is an
/// organisation head.
fn org_by_head(s: &Sentence, i: usize) -> Found {
    let mut from = i;
    // "Kuala Lumpur-based Institute for ...": the place the body is based in is no part of it.
    if s.lex.has("sentence_openers", s.word(i)) || is_locative_compound(s.word(i)) {
        from += 1;
    }
    let end = s.capitalised_run(from);
    if end < from + 2 {
        return None;
    }
    let end = listed_name_end(s, from, end).unwrap_or(end);
    // The head ends the name, or starts it before a complement ("Institute for ... Studies").
    // The last head word of the run; with two words or more, one at the start is a head too.
    let head = s.head_before[end].filter(|&h| h >= from)?;
    // "for Arctic Studies" completes the name; "and Arsenal" starts another one. (Every word
    // of the run after the head is capitalised or a connector, by the run's definition.)
    let complement = matches!(s.word(head + 1), "of" | "for" | "on" | "de");
    let end = match (complement, s.word(head + 1)) {
        // "Ministry of the Interior", "Bankruptcy Court for the District of Delaware": a
        // complement after "the" is the name's too.
        (true, "of" | "for") if head + 1 == end && s.word(end + 1) == "the" && s.is_cap(end + 2) => {
            s.capitalised_run(end + 2)
        }
        (true, _) => end,
        (false, "and" | "&") => head + 1,
        // "University College Cork", "Bank Indonesia": a city or country after the head
        // ends the name.
        // ("Lawyers for Bank Indonesia" names the bank from "Bank" on; "Bank of America
        // Securities Japan" is one name.)
        (false, _)
            if place_ends_run(s, head + 1, end)
                && !(from + 1..head).any(|k| {
                    s.lex.has("name_connectors", s.word(k)) && !s.lex.has("org_heads", s.word(k - 1))
                }) =>
        {
            end
        }
        // "Ikata Nuclear Power Station": the head word is inside some other name.
        (false, _) if head + 1 < end => return None,
        (false, _) => end,
    };
    // "the Scottish Government of Nicola Sturgeon": a government is of a place, not a person.
    let of_no_place = complement
        && s.word(head) == "Government"
        && s.entry_at(head + 2).is_none_or(|e| e.label != Label::Place);
    let end = if of_no_place { head + 1 } else { end };
    // "Sri Lanka Cricket and European Professional Club Rugby": a head before "and" ends the
    // first of two names (the second is scanned on its own).
    // Unless an acronym in brackets spells the whole run: "Australian Securities and
    // Investments Commission (ASIC)".
    let spelled = s.word(end) == "("
        && s.word(end + 2) == ")"
        && s.word(end + 1)
            == (from..end)
                .filter(|&k| s.is_cap(k))
                .filter_map(|k| s.word(k).chars().next())
                .collect::<String>();
    let end = (from + 2..head)
        .find(|&k| !spelled && matches!(s.word(k), "and" | "&") && s.lex.has("org_heads", s.word(k - 1)))
        .unwrap_or(end);
    let head = head.min(end - 1);
    // "President Bill Clinton and House Republicans": "and" joins two names when a person's
    // name or title comes before it; "Fire and Disaster Management Agency" is one name.
    let names_a_person =
        |k: usize| s.gaz.is_given_name(s.word(k)) || s.gaz.title_len(s.words_from(k)).is_some();
    // The names before "and" are scanned on their own (REGRESSION: "by Morgan Stanley and
    // Centerview Partners" skipped the bank): this position yields to them.
    if (from..head)
        .rev()
        .find(|&k| matches!(s.word(k), "and" | "&"))
        .is_some_and(|and| (from..and).any(names_a_person))
    {
        return None;
    }
    // "Shares of Bluebird Foods fell": at a sentence start a capitalised word before "of" with
    // no head of its own is an ordinary noun; the name starts after "of" ("Bank of Ghana" keeps it).
    let from = match (from..head).find(|&k| s.word(k) == "of") {
        Some(of) if from == 0 && s.head_before[of].is_none_or(|h| h < from) => of + 1,
        _ => from,
    };
    if end < from + 2 {
        return None;
    }
    // "the Labour Government" is the party in office: the party is the name.
    if s.word(head) == "Government" && s.entry_at(from).is_some_and(|e| e.label == Label::Org) {
        return None;
    }
    // "Public Health", "Mental Health": a field, not a body.
    if end == from + 2 && s.lex.has("field_modifiers", s.word(from)) {
        return None;
    }
    // "Sylhet Division": a known town or province and an administrative head is a place.
    let admin_place = end == from + 2
        && s.lex.has("admin_suffixes", &s.word(head).to_lowercase())
        && s.gaz.longest_match(&[s.word(from)]).is_some_and(|e| {
            e.tokens.len() == 1 && matches!(e.kind, EntryKind::City | EntryKind::Subdivision)
        });
    if admin_place {
        return None;
    }
    // "the Eastern Front": a compass word and "Front" name a battlefront, a place.
    if end == from + 2 && s.word(head) == "Front" && s.lex.has("compass_adjectives", s.word(from)) {
        let id = format!("place:{}", slug(s.name(from, end)));
        return Some((Some(mention(s, from, end, Label::Place, id, "pattern:battlefront")), end));
    }
    // "Coast General Hospital", "National Hospital of Sri Lanka": a head that is also a kind of
    // site names a place, found by the same run as a body's name.
    if s.has_lowercased("facility_heads", head) {
        let id = format!("place:{}", slug(s.name(from, end)));
        return Some((Some(mention(s, from, end, Label::Place, id, "pattern:facility")), end));
    }
    let id = match s.entry_at(from) {
        Some(entry) if entry.tokens.len() == end - from && entry.label == Label::Org => entry.id(),
        // A known place that ends in a head word is a place: "West Bank".
        Some(entry) if entry.tokens.len() == end - from => return None,
        _ => format!("org:{}", slug(s.name(from, end))),
    };
    Some((Some(mention(s, from, end, Label::Org, id, "pattern:org-head")), end))
}

/// "Brannock plc", "Quillon Inc.", "Quarrow Resources plc": up to three capitalised words before
/// a company's legal form, which is part of the name.
fn org_by_suffix(s: &Sentence, i: usize) -> Found {
    // Most words are lower-case: test that before any list.
    if !s.is_cap(i) {
        return None;
    }
    let from = if s.lex.has("sentence_openers", s.word(i)) { i + 1 } else { i };
    if !s.is_name_word(from) || s.lex.has("legal_suffixes", s.word(from)) {
        return None;
    }
    let j = s.units_while(from, 4, |k| s.is_cap(k) && !s.lex.has("legal_suffixes", s.word(k)));
    if j == from || !s.lex.has("legal_suffixes", s.word(j)) {
        return None;
    }
    let mut end = j + 1;
    if matches!(s.word(j), "Inc" | "Corp" | "Co") && s.word(end) == "." && s.touches_next(j) {
        end += 1;
    }
    let id = format!("org:{}", slug(s.name(from, j)));
    Some((Some(mention(s, from, end, Label::Org, id, "pattern:org-suffix")), end))
}

/// "Geneva-based", "London-listed": the place before a hyphenated locative suffix is a PLACE
/// (and a people's name a GROUP: "Irish-born").
fn place_before_suffix(s: &Sentence, i: usize) -> Found {
    if !s.is_cap(i) {
        return None;
    }
    let word = s.word(i);
    let (stem, _) = word.rsplit_once('-')?;
    let suffix = &word[stem.len() + 1..];
    if !matches!(suffix, "based" | "listed" | "born" | "headquartered") || !s.is_cap(i) {
        return None;
    }
    // "Nigerian-born": a demonym before the suffix is a GROUP.
    let entry = s
        .gaz
        .longest_match(&[stem])
        .filter(|e| matches!(e.label, Label::Place | Label::Group) && e.tokens.len() == 1)?;
    let start = s.toks[i].start;
    let rule = if entry.label == Label::Group { "pattern:demonym-compound" } else { "pattern:place-based" };
    let m = Mention {
        range: start..start + stem.len(),
        label: entry.label,
        id: entry.id(),
        name: stem.to_string(),
        rule,
    };
    Some((Some(m), i + 1))
}

/// "Shopnest.com": a capitalised web domain used as a company's name.
fn org_domain(s: &Sentence, i: usize) -> Found {
    if !s.is_cap(i) || s.word(i + 1) != "." {
        return None;
    }
    // A generic top-level domain, or a country's two letters ("Baytna.ae", "Pasarku.id").
    let top = s.word(i + 2);
    let tld =
        s.lex.has("generic_domains", top) || (top.len() == 2 && top.bytes().all(|b| b.is_ascii_lowercase()));
    if !(s.is_cap(i) && s.word(i + 1) == "." && tld && s.touches_next(i) && s.touches_next(i + 1)) {
        return None;
    }
    // "Kuponik.co.uk", "Zalvora.com.au": a second level before the country's two letters.
    let country = s.word(i + 4);
    let two_level = matches!(top, "co" | "com" | "org" | "net" | "gov" | "ac")
        && s.word(i + 3) == "."
        && country.len() == 2
        && country.bytes().all(|b| b.is_ascii_lowercase())
        && s.touches_next(i + 2)
        && s.touches_next(i + 3);
    let end = if two_level { i + 5 } else { i + 3 };
    let id = format!("org:{}", slug(s.word(i)));
    Some((Some(mention(s, i, end, Label::Org, id, "pattern:org-domain")), end))
}

/// "Parliament", "the Treasury", "Argentine Senate": an institution named by one word, with
/// the country or nationality written just before it.
fn one_word_body(s: &Sentence, i: usize) -> Found {
    if !s.is_cap(i) || !s.lex.has("one_word_bodies", s.word(i)) {
        return None;
    }
    // "the Senate building": the word names the body there too.
    let id = format!("org:{}", slug(s.word(i)));
    Some((Some(mention(s, i, i + 1, Label::Org, id, "pattern:org-body")), i + 1))
}

/// "Argentine Senate", "Chilean Congress": a nationality that no gazetteer lists, before a
/// one-word body; the two are one name.
fn body_after_adjective(s: &Sentence, i: usize) -> Found {
    if !s.is_cap(i) || !s.is_cap(i + 1) {
        return None;
    }
    let nationality = ["an", "ine", "ese", "ish", "ic"].iter().any(|e| s.word(i).ends_with(e));
    if !(nationality && s.is_name_word(i) && !s.known_at(i) && s.lex.has("one_word_bodies", s.word(i + 1))) {
        return None;
    }
    let id = format!("org:{}", slug(s.name(i, i + 2)));
    Some((Some(mention(s, i, i + 2, Label::Org, id, "pattern:org-body")), i + 2))
}

/// A gazetteer name, with the exceptions that keep it honest: "Korean War" is an event,
/// "the West" needs its "the", and "Kursk region" takes its suffix.
fn gazetteer_entry(s: &Sentence, i: usize) -> Found {
    let Some(entry) = s.entry_at(i) else {
        return dateline(s, i);
    };
    let end = i + entry.tokens.len();
    // "Labor Secretary Jane Doe", "Labour Minister Kari Eid": a longer title holds the name.
    let title =
        s.gaz.title_len(s.words_from(i)).filter(|&n| entry.kind == EntryKind::Org && n > entry.tokens.len());
    if let Some(n) = title {
        return Some((None, i + n));
    }
    // "Argentine Senate", "Kenyan Parliament": the body of that country, one name.
    if matches!(entry.kind, EntryKind::Country | EntryKind::Demonym)
        && s.lex.has("one_word_bodies", s.word(end))
    {
        let id = format!("org:{}", slug(s.name(i, end + 1)));
        return Some((Some(mention(s, i, end + 1, Label::Org, id, "pattern:org-body")), end + 1));
    }
    // "Transparency International Malaysia", "UNICEF Kenya": a body's national chapter or
    // office, one name.
    if entry.label == Label::Org && !s.in_heading {
        if let Some(country) = s.entry_at(end).filter(|e| e.kind == EntryKind::Country) {
            let to = end + country.tokens.len();
            // "UNICEF Kenya said", "Transparency International Malaysia welcomed the verdict,";
            // not "told Reuters Ukraine had", "the IMF Pakistan programme".
            let told = i > 0 && matches!(s.word(i - 1), "told" | "tells" | "telling" | "to");
            let then = s.word(to);
            let chapter_speaks =
                matches!(then, "," | "." | ";" | "office" | "chapter" | "welcomed" | "urged")
                    || s.lex.has("speech_verbs", then);
            if !told && chapter_speaks {
                let id = format!("org:{}", slug(s.name(i, to)));
                return Some((Some(mention(s, i, to, Label::Org, id, "pattern:org-chapter")), to));
            }
        }
    }
    // "western Japan", "Southern Ukraine": a direction, not a group; the place follows.
    if entry.kind == EntryKind::Demonym
        && s.lex.has("compass_adjectives", s.word(i))
        && s.entry_at(end).is_some_and(|e| e.label == Label::Place)
    {
        return Some((None, end));
    }
    // "Korean War", "Qatar Open", "Monaco Grand Prix": a nationality before an event's noun, or
    // a place before a tournament's, names the event, and nothing in it is labelled.
    let tournament =
        matches!(entry.label, Label::Group | Label::Place) && s.lex.has("tournament_nouns", s.word(end));
    if tournament || (entry.kind == EntryKind::Demonym && s.lex.has("event_nouns", s.word(end))) {
        let two_words = s.word(end) == "Grand" && s.word(end + 1) == "Prix";
        return Some((None, end + 1 + usize::from(two_words)));
    }
    // "Corsica Ferries", "Maui Jim", "Sicily Channel": a one-word region starting a longer
    // name names none.
    if entry.kind == EntryKind::Region && entry.tokens.len() == 1 && !s.in_heading && s.is_cap(end) {
        return None;
    }
    if entry.kind == EntryKind::Region && entry.tokens.len() == 1 && s.lex.has("compass_regions", s.word(i)) {
        let run_start = (0..i).rev().take_while(|&k| s.is_cap(k)).last().unwrap_or(i);
        let after_the = run_start > 0 && s.word(run_start - 1).eq_ignore_ascii_case("the");
        if !after_the || s.is_cap(end) {
            return None;
        }
    }
    let admin_suffix = matches!(entry.kind, EntryKind::City | EntryKind::Subdivision)
        && s.lex.has("admin_suffixes", &s.word(end).to_lowercase());
    // "Galle Harbour" is a site's name; "Chennai airport", "Umm Qasr port" are the town's site,
    // named by the town alone (a region keeps its lower-case kind: "Sinai peninsula"), as is
    // "Wards at Glasgow Hospital" in a title-cased heading, where every kind is capitalised.
    let described = (s.in_heading || s.word(end).starts_with(char::is_lowercase))
        && matches!(entry.kind, EntryKind::City | EntryKind::Country | EntryKind::Subdivision);
    let facility =
        entry.label == Label::Place && !described && s.lex.has("facility_heads", &s.word(end).to_lowercase());
    let to = if admin_suffix || facility { end + 1 } else { end };
    // "East Kalimantan province", "West Java": a capitalised compass word right before a
    // province is its name's first word.
    let compass = i > 0
        && entry.kind == EntryKind::Subdivision
        && s.lex.has("district_compass", s.word(i - 1))
        && s.toks[i - 1].end + 1 == s.toks[i].start
        && (i == 1 || !s.is_cap(i - 2));
    let from = if compass { i - 1 } else { i };
    let (id, rule) = if compass {
        (format!("place:{}", slug(s.name(from, to))), "gazetteer+compass")
    } else if to > end {
        (format!("place:{}", slug(s.name(i, to))), "gazetteer+suffix")
    } else {
        (entry.id(), gazetteer_rule(entry.kind))
    };
    Some((Some(mention(s, from, to, entry.label, id, rule)), to))
}

/// "CAIRO —", "SAN JOSE, California (Reuters) -": a wire dateline writes its place in capitals.
fn dateline(s: &Sentence, i: usize) -> Found {
    let all_caps = |k: usize| {
        s.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && s.word(k).chars().count() >= 2
            && s.word(k).chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    // Only the sentence's first words can be a dateline, or a second place after a slash
    // ("PERTH/LONDON"): test that before scanning them.
    if i != 0 && !(i >= 2 && s.word(i - 1) == "/" && all_caps(i - 2)) {
        return None;
    }
    let end = (i..s.toks.len()).find(|&k| !all_caps(k))?;
    if end == i || !matches!(s.word(end), "—" | "–" | "-" | "," | "(" | "/") {
        return None;
    }
    let title_cased: Vec<String> = (i..end).map(|k| title_case(s.word(k))).collect();
    let words: Vec<&str> = title_cased.iter().map(String::as_str).collect();
    let id =
        match s.gaz.longest_match(&words).filter(|e| e.label == Label::Place && e.tokens.len() == end - i) {
            Some(entry) => entry.id(),
            // "MBALE, Uganda": an unknown place, placed by the country or province after it.
            None if s.word(end) == ","
                && s.entry_at(end + 1).is_some_and(|e| {
                    matches!(e.kind, EntryKind::Country | EntryKind::Subdivision)
                        && matches!(s.word(end + 1 + e.tokens.len()), "," | "(" | "—" | "–" | "-")
                }) =>
            {
                format!("place:{}", slug(&words.join(" ")))
            }
            None => return None,
        };
    Some((Some(mention(s, i, end, Label::Place, id, "pattern:dateline")), end))
}

/// "committee" → "Committee".
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "MBALE" → "Mbale".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
}

fn gazetteer_rule(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Country => "gazetteer:country",
        EntryKind::City => "gazetteer:city",
        EntryKind::Subdivision => "gazetteer:subdivision",
        EntryKind::Region => "gazetteer:region",
        EntryKind::Demonym => "gazetteer:demonym",
        EntryKind::Org => "gazetteer:org",
    }
}

fn person_id(name: &str) -> String {
    format!("person:{}", slug(name))
}

/// Two to eight capital letters: "ECZ", "MPC".
fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// "the Electoral Commission of Zambia (ECZ)": the capitals in brackets are the organisation's
/// acronym there and wherever else the document uses it.
fn resolve_acronyms(
    text: &str,
    sentences: &[TokenizedSentence],
    gaz: &Gazetteer,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let mut acronyms: HashMap<&str, String> = HashMap::default();
    // "the Umbrella for Democratic Change", then "the UDC": the initials of a name of three
    // capitalised words or more, where the document writes them as a word.
    // Only after the name is written out, and never initials news uses for other things
    // ("CEO" after a "Centre for Economic Opportunity").
    let mut initials: HashMap<String, (String, usize)> = HashMap::default();
    for m in mentions.iter().filter(|m| m.label == Label::Org) {
        let letters: String = m
            .name
            .split([' ', '-'])
            .filter_map(|w| w.chars().next().filter(|c| c.is_ascii_uppercase()))
            .collect();
        if (3..=6).contains(&letters.len()) && !lex.has("common_initialisms", &letters) {
            let written = initials.entry(letters).or_insert_with(|| (m.id.clone(), m.range.end));
            written.1 = written.1.min(m.range.end);
        }
    }
    for m in mentions.iter().filter(|m| m.label == Label::Org) {
        let after = &text[m.range.end..];
        let Some(inner) =
            after.strip_prefix(" (").and_then(|rest| rest.split_once(')')).map(|(inner, _)| inner)
        else {
            continue;
        };
        let acronym = is_acronym(inner);
        // "the Oswaldo Cruz Foundation (Fiocruz)": a short name written as a word, which no list
        // gives another meaning ("(Reuters)", "(Japan)").
        let mut letters = inner.chars();
        let short_name = (3..=12).contains(&inner.chars().count())
            && letters.next().is_some_and(char::is_uppercase)
            && letters.all(char::is_lowercase)
            && gaz.longest_match(&[inner]).is_none()
            && !gaz.is_given_name(inner);
        if acronym || short_name {
            acronyms.insert(inner, m.id.clone());
        }
    }
    // "the monetary policy committee (MPC)": a body written in lower case, its acronym in
    // brackets; the acronym names it there and wherever else the document uses it.
    for toks in sentences.iter().map(|s| s.tokens.as_slice()) {
        for k in 1..toks.len().saturating_sub(2) {
            if toks[k].text(text) != "(" || toks[k + 2].text(text) != ")" {
                continue;
            }
            let (noun, inner) = (toks[k - 1].text(text), toks[k + 1].text(text));
            if is_acronym(inner)
                && noun.starts_with(char::is_lowercase)
                && lex.has("org_heads", &capitalise(noun))
                && !acronyms.contains_key(inner)
            {
                acronyms.insert(inner, format!("org:{}", slug(inner)));
            }
        }
        // "The committee, known as the MPC, meets": the same, by "known as".
        for k in 4..toks.len() {
            let inner = toks[k].text(text);
            let as_at = k - usize::from(toks[k - 1].text(text) == "the") - 1;
            if !is_acronym(inner) || toks[as_at].text(text) != "as" || toks[as_at - 1].text(text) != "known" {
                continue;
            }
            // The body's noun, before "known" and a comma if any.
            let before_known = as_at - 2;
            let noun_at = match toks[before_known].text(text) {
                "," => before_known.checked_sub(1),
                _ => Some(before_known),
            };
            let Some(noun) = noun_at.map(|n| toks[n].text(text)) else { continue };
            if noun.starts_with(char::is_lowercase) && lex.has("org_heads", &capitalise(noun)) {
                acronyms.entry(inner).or_insert_with(|| format!("org:{}", slug(inner)));
            }
        }
    }
    if acronyms.is_empty() && initials.is_empty() {
        return;
    }
    let covered: RangeSet = mentions.iter().map(|m| m.range.clone()).collect();
    for tok in sentences.iter().flat_map(|s| &s.tokens) {
        let word = tok.text(text);
        let spelled = || initials.get(word).filter(|(_, written)| tok.start >= *written).map(|(id, _)| id);
        let Some(id) = acronyms.get(word).or_else(spelled) else { continue };
        if !covered.overlaps(&tok.range()) {
            let name = word.to_string();
            mentions.push(Mention {
                range: tok.range(),
                label: Label::Org,
                id: id.clone(),
                name,
                rule: "acronym",
            });
        }
    }
}

#[cfg(test)]
mod tests;

/// Sorts mentions into text order: one function for every such sort, since each sort call
/// with its own key is another copy of the sort in the wasm.
pub(super) fn sort_mentions(mentions: &mut [Mention]) {
    mentions.sort_by_key(|m| (m.range.start, m.range.end));
}
