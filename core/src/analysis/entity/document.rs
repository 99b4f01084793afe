//! Document-level consistency: a name found once with a strong clue labels its other
//! occurrences in the document, and surnames and companies' short names join their full names.

use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::super::gazetteer::{EntryKind, Gazetteer};
use super::super::lexicon::Lexicon;
use super::super::ranges::RangeSet;
use super::super::span::Label;
use super::super::token::tokenize;
use super::super::token::{Token, TokenKind};
use super::{person_id, title_case, Mention, TokenizedSentence};

/// A name that a confident mention lends to its other occurrences in the document: a person's
/// surname, given name or full name, or a company's short name.
#[derive(Debug, Clone)]
struct Variant {
    words: Vec<String>,
    label: Label,
    id: String,
    /// The length of the full name it comes from; a longer one wins a shared variant.
    full_len: usize,
    /// A given name alone, which two people of the document may share.
    given_only: bool,
    /// A club named after its city or province ("Toulouse"): the place written in the
    /// document's other mentions is the club, except after "in" ("in Toulouse").
    club: bool,
}

/// The token texts of a name.
fn name_words(name: &str) -> Vec<String> {
    tokenize(name, 0..name.len()).iter().map(|t| t.text(name).to_string()).collect()
}

/// The units of a person's name's words: words joined by hyphens ("Lopez-Garrido") are one
/// unit, particles ("van", "de los") are their own, and a generational suffix ("Jr.") is
/// dropped. Each unit is a range of word indices.
fn name_units(words: &[String]) -> Vec<Range<usize>> {
    let mut end = words.len();
    while end > 0 && matches!(words[end - 1].as_str(), "." | "Jr" | "Sr" | "Jr." | "Sr.") {
        end -= 1;
    }
    let mut units: Vec<Range<usize>> = Vec::new();
    let mut k = 0;
    while k < end {
        let mut j = k + 1;
        while j + 1 < end && words[j] == "-" {
            j += 2;
        }
        units.push(k..j);
        k = j;
    }
    units
}

/// Whether the word at index `at` of a name is a particle: a lower-case one anywhere, a
/// capitalised one ("Al", "Mac") after the first word.
fn is_particle(lex: &Lexicon, word: &str, at: usize) -> bool {
    lex.has("name_particles", word) || (at > 0 && lex.has("capitalised_particles", word))
}

/// The other ways a document refers to a person: "Van der Berg" for "Pieter van der
/// Berg", "Lopez-Garrido", "Soto Ruiz" for "Ana Soto Ruiz", "Kim" for "Kim
/// Jong Un", and the given name alone ("Tomasz").
fn person_variants(words: &[String], gaz: &Gazetteer, lex: &Lexicon) -> Vec<(Vec<String>, bool)> {
    let units = name_units(words);
    let names: Vec<&Range<usize>> =
        units.iter().filter(|u| !is_particle(lex, &words[u.start], u.start)).collect();
    let mut out: Vec<(Vec<String>, bool)> = vec![(words.to_vec(), false)];
    if names.len() < 2 {
        return out;
    }
    let slice = |r: Range<usize>| words[r].to_vec();
    let end = units.last().map_or(0, |u| u.end);
    let first = names[0].clone();
    if gaz.is_east_asian_surname(&words[0]) {
        out.push((slice(first.clone()), false));
        // "Mai" for "Trần Thị Mai": Vietnamese names are shortened to the given name, last.
        if names.len() >= 3 {
            out.push((slice(names[names.len() - 1].clone()), true));
        }
        return out;
    }
    let particle = units.iter().skip(1).find(|u| is_particle(lex, &words[u.start], u.start));
    match particle {
        Some(p) => {
            let mut tail = slice(p.start..end);
            out.push((tail.clone(), false));
            // "Azevedo" for "Eleonora Bastos de Azevedo": one particle's name alone.
            if units.last().is_some_and(|u| u.start == p.end) {
                out.push((slice(p.end..end), false));
            }
            // "Van der Berg" at the start of a sentence or after a verb.
            let mut chars = tail[0].chars();
            if let Some(c) = chars.next() {
                tail[0] = c.to_uppercase().chain(chars).collect();
                out.push((tail, false));
            }
            // "Ruiz de Alda" for "Luz María Ruiz de Alda": the names before the particle.
            if let Some(before) = names.iter().rev().find(|u| u.end <= p.start && u.start > first.start) {
                out.push((slice(before.start..end), false));
                // "Lula" for "Luiz Inácio Lula da Silva", "Pérez" for "Andrés Pérez de la Fuente";
                // not a second given name right after the first ("María" of "Luz María de la Cruz").
                let second_given = names.get(1) == Some(before) && gaz.is_given_name(&words[before.start]);
                if !second_given {
                    out.push((slice((*before).clone()), false));
                }
            }
        }
        None => {
            let last = names[names.len() - 1].clone();
            out.push((slice(last.clone()), false));
            if names.len() >= 3 {
                // "Soto Ruiz" for "Ana Soto Ruiz", and "Ana Ruiz".
                let middle = names[names.len() - 2].clone();
                out.push((slice(middle.start..end), false));
                // "Soto" for "Ana Soto Ruiz": the first of two surnames.
                out.push((slice(middle), false));
                let mut short = slice(first.clone());
                short.extend(slice(last));
                out.push((short, false));
            }
        }
    }
    out.push((slice(first), true));
    out
}

/// The short names of an organisation: "Brannock" for "Brannock plc", "Shopnest" for
/// "Shopnest.com", "Quarrow" for "Quarrow Resources" or "Quarrow Energie SE", "Hartley" and
/// "United" for "Hartley United".
fn org_variants(words: &[String], gaz: &Gazetteer, lex: &Lexicon) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut words = words.to_vec();
    let mut legal_form = false;
    if words.len() >= 3 && words[words.len() - 2] == "." {
        // "Shopnest.com"
        words.truncate(words.len() - 2);
        out.push(words.clone());
    } else {
        if words.last().is_some_and(|w| w == ".") {
            words.pop();
        }
        if words.len() >= 2 && words.last().is_some_and(|w| lex.has("legal_suffixes", w)) {
            words.pop();
            out.push(words.clone());
            legal_form = true;
        }
    }
    let common =
        |w: &str| gaz.is_given_name(w) || gaz.longest_match(&[w]).is_some_and(|e| e.label != Label::Place);
    // "Vanterra Crest" for "Vanterra Crest Properties": a longer company name less its head.
    if words.len() >= 3 && lex.has("company_heads", &words[words.len() - 1]) && !common(&words[0]) {
        out.push(words[..words.len() - 1].to_vec());
    }
    // "Pirates" for "Orlando Pirates", whatever its first word.
    if words.len() >= 2 && lex.has("team_nicknames", &words[words.len() - 1]) {
        out.push(vec![words[words.len() - 1].clone()]);
    }
    if words.len() == 2 && !common(&words[0]) {
        // "Hauck" for "Hauck Energie SE", "Harvest" for "Harvest Wallet Ltd": with its legal
        // form, a two-word company is surely one, and its first word its short name.
        let short_first = legal_form || lex.has("company_heads", &words[1]);
        if short_first && gaz.longest_match(&[words[0].as_str()]).is_none() {
            out.push(vec![words[0].clone()]);
        }
        if lex.has("sports_club_heads", &words[1]) {
            out.push(vec![words[0].clone()]);
            out.push(vec![words[1].clone()]);
        }
    }
    out
}

/// Whether `word` has the shape of a name's word that no list holds: capitalised, three letters
/// or more, not all capitals (an acronym), and none of the words that open sentences, end
/// names or are known names, titles or roles.
fn unlisted_name_word(word: &str, gaz: &Gazetteer, lex: &Lexicon) -> bool {
    word.chars().count() >= 3
        && word.chars().all(char::is_alphabetic)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && gaz.longest_match(&[word]).is_none()
        && gaz.title_len(&[word]).is_none()
        && !lex.has("sentence_openers", word)
        && !lex.has("not_names", word)
        && !lex.has("org_heads", word)
        && !lex.has("company_heads", word)
        && !lex.has("sports_club_heads", word)
        && !lex.has("team_nicknames", word)
        // "Carmaker Vinfast", "Startup Mistral", "Darmansyah Mosque": a role, a kind of firm or
        // of place.
        && {
            let lower = word.to_lowercase();
            ["role_nouns", "company_nouns", "body_nouns", "facility_heads"]
                .iter()
                .all(|section| !lex.has(section, &lower))
        }
}

/// Whether `word` after a name says it is a person's: a speech verb or a person's verb
/// ("Sabalenka said", "Okafor scored").
fn person_verb(lex: &Lexicon, word: &str) -> bool {
    lex.has("speech_verbs", word) || lex.has("person_verbs", word)
}

/// "Aryna Sabalenka beat …" and later "Sabalenka said": two unlisted words in a row are a
/// person's name when the second, written alone elsewhere in
/// the document, is the subject of a speech verb or a person's verb, or follows "said". Neither
/// clue alone is enough: "Kuponik said" may be a firm's name, and two unknown words a thing's.
/// Returns each such name's words, its id and its length. A surname that follows two different
/// words is nobody's for sure, and is left out.
fn names_by_cued_surname(
    text: &str,
    sentences: &[TokenizedSentence],
    gaz: &Gazetteer,
    lex: &Lexicon,
    mentions: &[Mention],
) -> Vec<(Vec<String>, String, usize)> {
    let is_cap = |toks: &[Token], k: usize| toks.get(k).is_some_and(|t| t.is_capitalised(text));
    // Every word of a body's, a place's or a person's name is taken; a club that a match report
    // found by its context ("Sabalenka beat Swiatek") may be a player.
    let taken: RangeSet =
        mentions.iter().filter(|m| m.rule != "pattern:org-club").map(|m| m.range.clone()).collect();
    let group_ends: HashSet<usize> =
        mentions.iter().filter(|m| m.label == Label::Group).map(|m| m.range.end).collect();
    let mut cued: HashMap<&str, Option<&str>> = HashMap::default();
    for sentence in sentences.iter().filter(|s| !s.in_heading) {
        let toks = &sentence.tokens;
        // Runs at every token: the cheap tests first.
        for (k, t) in toks.iter().enumerate() {
            if !t.is_capitalised(text) || is_cap(toks, k + 1) || (k > 0 && is_cap(toks, k - 1)) {
                continue;
            }
            let word = t.text(text);
            let after = toks.get(k + 1).map_or("", |t| t.text(text));
            let before = k.checked_sub(1).map_or("", |b| toks[b].text(text));
            let cue = before == "said" || person_verb(lex, after);
            if cue && !taken.overlaps(&t.range()) && unlisted_name_word(word, gaz, lex) {
                cued.insert(word, None);
            }
        }
    }
    if cued.is_empty() {
        return Vec::new();
    }
    // Each cued surname's one given name, or "" once it has two.
    for sentence in sentences.iter().filter(|s| !s.in_heading) {
        let toks = &sentence.tokens;
        for g in 0..toks.len().saturating_sub(1) {
            if !is_cap(toks, g + 1) {
                continue;
            }
            let surname = toks[g + 1].text(text);
            let Some(given) = cued.get_mut(surname) else { continue };
            let word = toks[g].text(text);
            let pair = toks[g].start..toks[g + 1].end;
            // "Belarusian Aryna Sabalenka": a nationality before the name may be capitalised.
            let alone_before = g == 0 || !is_cap(toks, g - 1) || group_ends.contains(&toks[g - 1].end);
            // "the Polish daily Gazeta Wyborcza": a name after a kind of outlet or firm is its name.
            let kind_before = g > 0 && {
                let w = toks[g - 1].text(text);
                lex.has("company_nouns", w)
                    || lex.has("body_nouns", w)
                    || matches!(w, "daily" | "newspaper" | "weekly")
            };
            let pair_alone = alone_before
                && !kind_before
                && !is_cap(toks, g + 2)
                && toks[g].end + 1 == toks[g + 1].start
                && !taken.overlaps(&pair)
                && unlisted_name_word(word, gaz, lex);
            if pair_alone {
                *given = match *given {
                    None => Some(word),
                    Some(w) if w == word => Some(w),
                    Some(_) => Some(""),
                };
            }
        }
    }
    let mut out: Vec<(Vec<String>, String, usize)> = cued
        .into_iter()
        .filter_map(|(surname, given)| {
            let given = given.filter(|g| !g.is_empty())?;
            let name = format!("{given} {surname}");
            Some((vec![given.to_string(), surname.to_string()], person_id(&name), name.len()))
        })
        .collect();
    // Hash order is no order: the names are added in the same order on every run.
    out.sort();
    out
}

/// The rules that find a place no list holds by what its sentence says of it.
const PLACES_BY_CONTEXT: [&str; 3] =
    ["pattern:place-context", "pattern:place-coordinated", "pattern:place-kind"];

/// Document-level consistency: a name found once with a strong clue (a title, a speech verb,
/// an age, a legal suffix) labels its other occurrences in the document, and a surname or a
/// company's short name alone is the same entity as the full name. First pass: collect the
/// variants of confident names; second pass: label every uncovered occurrence. Both are linear.
pub(super) fn resolve_document_names(
    text: &str,
    sentences: &[TokenizedSentence],
    gaz: &Gazetteer,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let mut variants: HashMap<String, Vec<Variant>> = HashMap::default();
    let mut add =
        |words: Vec<String>, label: Label, id: &str, full_len: usize, given_only: bool, club: bool| {
            let Some(first) = words.first().cloned() else { return };
            if words.len() == 1 && (lex.has("sentence_openers", &first) || lex.has("not_names", &first)) {
                return;
            }
            let list = variants.entry(first).or_default();
            let room = list.len() < 16;
            match list.iter_mut().find(|v| v.words == words) {
                Some(v) if v.id == id => {}
                // A one-word person found by a cue ("Lan, 54,") is a short form of the document's
                // fuller name, not a second person sharing it: read after every fuller name.
                Some(_) if label == Label::Person && words.len() == 1 && full_len == words[0].len() => {}
                // A company's short name beats a person's surname ("Brannock plc", founded by
                // Tom Brannock); a longer full name beats a shorter one; two people sharing a given
                // name leave it to neither.
                // A person beats a club found by the context of a match ("Alcaraz beat Sinner").
                Some(v) if v.club && label == Label::Person => {
                    *v = Variant { words, label, id: id.to_string(), full_len, given_only, club };
                }
                Some(v) if club && v.label == Label::Person => {}
                Some(v) => {
                    let org_wins = v.label == Label::Org || label == Label::Org;
                    if org_wins {
                        if label == Label::Org && v.label != Label::Org {
                            *v = Variant { words, label, id: id.to_string(), full_len, given_only, club };
                        }
                    } else if v.given_only || given_only {
                        v.id.clear();
                    } else if full_len > v.full_len {
                        *v = Variant { words, label, id: id.to_string(), full_len, given_only, club };
                    }
                }
                None if room => {
                    list.push(Variant { words, label, id: id.to_string(), full_len, given_only, club })
                }
                None => {}
            }
        };
    // Each mention's words, tokenised once for both passes over the mentions.
    let mention_words: Vec<Vec<String>> = mentions.iter().map(|m| name_words(&m.name)).collect();
    // One-word persons last, so that the fuller names they may shorten are in first.
    let one_word_person = |m: &Mention, words: &Vec<String>| m.label == Label::Person && words.len() == 1;
    let fuller = mentions.iter().zip(&mention_words).filter(|(m, w)| !one_word_person(m, w));
    let one_word = mentions.iter().zip(&mention_words).filter(|(m, w)| one_word_person(m, w));
    for (m, words) in fuller.chain(one_word) {
        let words = words.clone();
        match m.label {
            Label::Org => {
                for short in org_variants(&words, gaz, lex) {
                    add(short, Label::Org, &m.id, m.name.len(), false, false);
                }
                // "City of London" the body is no reason to make "in the City of London" one.
                if m.rule.starts_with("pattern:org-") && m.rule != "pattern:org-of-place" {
                    add(words, Label::Org, &m.id, m.name.len(), false, m.rule == "pattern:org-club");
                }
            }
            Label::Person => {
                for (short, given_only) in person_variants(&words, gaz, lex) {
                    add(short, Label::Person, &m.id, m.name.len(), given_only, false);
                }
            }
            // "MBALE, Uganda" and then "in Mbale".
            Label::Place if m.rule == "pattern:dateline" => {
                let title_cased: Vec<String> = words.iter().map(|w| title_case(w)).collect();
                add(title_cased, Label::Place, &m.id, m.name.len(), false, false);
            }
            // "Nsanje and Chikwawa, the worst-hit districts" and then "a school in Chikwawa": a
            // place that no list holds, once its sentence has shown it is one.
            Label::Place if PLACES_BY_CONTEXT.contains(&m.rule) => {
                add(words, Label::Place, &m.id, m.name.len(), false, false);
            }
            _ => {}
        }
    }
    for (words, id, full_len) in names_by_cued_surname(text, sentences, gaz, lex, mentions) {
        add(words[1..].to_vec(), Label::Person, &id, full_len, false, false);
        add(words, Label::Person, &id, full_len, false, false);
    }
    for list in variants.values_mut() {
        list.retain(|v| !v.id.is_empty());
        list.sort_by_key(|v| std::cmp::Reverse(v.words.len()));
    }
    let lookup = |words: &[String]| -> Option<&Variant> {
        variants.get(words.first()?)?.iter().find(|v| v.words == words)
    };
    // Mentions already found take the entity their words name: a person that is a company's
    // short name, a shorter form of a fuller person's name. (A lone town that is a surname,
    // "Banda said", or a club, "Hartley", is replaced below.)
    // "in Toulouse": after a preposition of place a club's city is the city.
    let after_in = |start: usize| {
        let before = text[..start].trim_end();
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        matches!(word, "in" | "In" | "near" | "outside")
    };
    for (m, words) in mentions.iter_mut().zip(&mention_words) {
        let Some(v) = lookup(words) else { continue };
        // "Leinster" in the heading, "Toulouse" the city's name: the club of the document.
        let club_place = v.club
            && m.label == Label::Place
            && matches!(m.rule, "gazetteer:city" | "gazetteer:subdivision")
            && !after_in(m.range.start);
        // "Sinner" found as a club in "Alcaraz beat Sinner 6-4" is the person "Jannik Sinner".
        let club_person = m.rule == "pattern:org-club" && v.label == Label::Person;
        if club_place || club_person {
            m.label = v.label;
            m.id = v.id.clone();
            m.rule = "back-reference";
            continue;
        }
        let retype = m.label == Label::Person && v.label == Label::Org;
        if retype || (m.label == v.label && v.full_len > m.name.len()) {
            m.label = v.label;
            m.id = v.id.clone();
            m.rule = "back-reference";
        }
    }
    // A lone town ("Bello" in "Ojo-Bello", "Hartley" in "Hartley United") yields to a longer
    // name of the document written over it, and so does a one-word company under a longer
    // person's name ("Roche" in "De La Roche").
    // So does a country or province inside a longer name that the document confirmed
    // ("Ireland" in the party "Independent Ireland"), though never to a one-word name.
    let weak_org = |m: &Mention| m.rule == "gazetteer:org" && !m.name.contains(' ');
    let lone_town = |m: &Mention| m.rule == "gazetteer:city" && !m.name.contains(' ');
    let weak_place =
        |m: &Mention| m.label == Label::Place && m.rule.starts_with("gazetteer:") && !lone_town(m);
    // "Sabalenka", a club by a match report's context and then a person by a back-reference,
    // yields to "Aryna Sabalenka" written over it.
    let one_word_person = |m: &Mention| m.label == Label::Person && !m.name.contains(' ');
    let weak = |m: &Mention| {
        lone_town(m) || weak_org(m) || weak_place(m) || (m.rule == "back-reference" && one_word_person(m))
    };
    // What only a name of two words or more replaces.
    let org_at: RangeSet =
        mentions.iter().filter(|m| weak_org(m) || weak_place(m)).map(|m| m.range.clone()).collect();
    let covered: RangeSet = mentions.iter().filter(|m| !weak(m)).map(|m| m.range.clone()).collect();
    let weak_at: HashMap<usize, usize> =
        mentions.iter().enumerate().filter(|(_, m)| weak(m)).map(|(k, m)| (m.range.start, k)).collect();
    let mut replaced = vec![false; mentions.len()];
    let mut found_names = Vec::new();
    // Most words are lower-case and start no name: they skip the lookup, unless some name of
    // the document starts lower-case ("van der Berg").
    let lower_starts = variants.keys().any(|k| k.starts_with(char::is_lowercase));
    for sentence in sentences {
        let toks = &sentence.tokens;
        let mut i = 0;
        while i < toks.len() {
            let word = toks[i].text(text);
            if !lower_starts && !word.starts_with(char::is_uppercase) {
                i += 1;
                continue;
            }
            let person_cue_after = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    let w = t.text(text);
                    w == "," || t.kind == TokenKind::Possessive || person_verb(lex, w)
                })
            };
            // "Wulandari Setiabudi won …" before "Wulandari, a former midwife,": an unlisted word
            // right after a person known by one word is their surname.
            let surname_after = |v: &Variant| {
                v.label == Label::Person
                    && v.words.len() == 1
                    && v.full_len == v.words[0].len()
                    && !sentence.in_heading
                    && toks.get(i + 1).is_some_and(|t| {
                        toks[i].end + 1 == t.start
                            && !covered.overlaps(&t.range())
                            && unlisted_name_word(t.text(text), gaz, lex)
                    })
                    && !toks.get(i + 2).is_some_and(|t| t.is_capitalised(text))
            };
            let found = variants.get(word).and_then(|list| {
                list.iter().find(|v| {
                    let n = v.words.len();
                    i + n <= toks.len()
                        && v.words.iter().zip(&toks[i..i + n]).all(|(w, t)| t.text(text) == w)
                        && !covered.overlaps(&(toks[i].start..toks[i + n - 1].end))
                        && (n > 1 || !org_at.overlaps(&toks[i].range()))
                        // In a heading every word is capitalised, so a capital after says nothing;
                        // a given name alone needs more than a heading's capital ("Bill").
                        && (sentence.in_heading
                            || !toks.get(i + n).is_some_and(|t| t.is_capitalised(text))
                            || surname_after(v))
                        // At a sentence's start only with a person's cue after it ("Khoi, ranked
                        // 41st,", "Mai said"): "Long queues formed" is no "Nguyen Thanh Long".
                        && !(v.given_only && (sentence.in_heading || (i == 0 && !person_cue_after(i + 1))))
                        && !(i == 0 && n == 1 && lex.has("sentence_openers", word))
                        && !(v.club && after_in(toks[i].start))
                })
            });
            match found {
                Some(v) => {
                    let n = v.words.len() + usize::from(surname_after(v));
                    // "Jhonder Castellanos-Urbina hit …" before "said Castellanos-Urbina, 27,": an
                    // unknown capitalised word right before a person's surname is their given name
                    // (at a sentence's start, unless it is a word that opens sentences: "Later").
                    let given = i
                        .checked_sub(1)
                        .filter(|&g| {
                            let w = toks[g].text(text);
                            v.label == Label::Person
                                && !v.given_only
                                && !sentence.in_heading
                                && toks[g].is_capitalised(text)
                                && toks[g].end + 1 == toks[i].start
                                && (g == 0 || !toks[g - 1].is_capitalised(text))
                                && !covered.overlaps(&toks[g].range())
                                // "Santiago Ochoa Urquidi": a lone town's name may be a given name,
                                // unless a preposition shows it is the town ("at Liverpool Henderson").
                                && gaz.longest_match(&[w]).is_none_or(|e| {
                                    let preposition = g > 0
                                        && matches!(
                                            toks[g - 1].text(text),
                                            "in" | "at" | "from" | "to" | "for" | "with" | "against" | "of"
                                                | "near" | "outside" | "into" | "on" | "by" | "via"
                                        );
                                    e.kind == EntryKind::City && e.tokens.len() == 1 && !preposition
                                })
                                // Not the given name of a person the document names otherwise:
                                // "Luis Ramos" is not "Diego Ramos".
                                && v.full_len == toks[i + n - 1].end - toks[i].start
                                && gaz.title_len(&[w]).is_none()
                                && !lex.has("sentence_openers", w)
                                && !lex.has("not_names", w)
                                && !lex.has("role_nouns", &w.to_lowercase())
                        })
                        .unwrap_or(i);
                    for t in &toks[given..i + n] {
                        if let Some(&k) = weak_at.get(&t.start) {
                            replaced[k] = true;
                        }
                    }
                    let range = toks[given].start..toks[i + n - 1].end;
                    found_names.push(Mention {
                        name: text[range.clone()].to_string(),
                        range,
                        label: v.label,
                        id: v.id.clone(),
                        rule: "back-reference",
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !replaced[k - 1]
    });
    mentions.extend(found_names);
}

/// "X, known as the Y" / "X, also known as Y": Y is another name of X, and of X's kind when
/// only its context had typed it ("Health New Zealand, also known as Te Whatu Ora, said" is
/// no person's speech).
pub(super) fn apply_stated_aliases(text: &str, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        if !a.label.is_entity() || !b.label.is_entity() {
            continue;
        }
        let between = text[a.range.end..b.range.start].trim();
        let between = between.trim_end_matches(" the").trim_end_matches(" The");
        let known_as = matches!(between, ", known as" | ", also known as" | ", formerly known as");
        let same = a.label == b.label && (known_as || matches!(between, "(" | ", or"));
        // Only the subject's other name: in "The commander of the Rapid Support Forces, also
        // known as Hemedti," the alias is the commander's.
        let before = text[..a.range.start].trim_end();
        let before = before.strip_suffix("The").unwrap_or(before).trim_end();
        let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
        let retyped = a.label == Label::Org
            && b.label != a.label
            && known_as
            && opens_sentence
            && b.rule == "pattern:speech-cue";
        if same || retyped {
            let (id, label) = (a.id.clone(), a.label);
            mentions[k].id = id;
            mentions[k].label = label;
        }
    }
}
