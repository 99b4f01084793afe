//! Small places that no list holds, placed by what the sentence says of them: "Bukalasi, a
//! village on the slopes", "Nsanje and Chikwawa, the worst-hit districts", "the Mbale
//! district", "Mount Elgon", "a tournament in Sitges, Spain", "in Norfolk and Lincolnshire",
//! "the town of Ocobamba", "suburbs such as Onehunga and Papatoetoe", and sites named with
//! their kind ("Willunga Hill", "Vostochny cosmodrome", "Plaza de Bolívar"), and a city's
//! districts ("Galway City East").

use super::super::gazetteer::{slug, EntryKind};
use super::super::span::Label;
use super::super::token::TokenKind;
use super::{mention, Found, Mention, Sentence};

/// Whether `word` is a kind of place, singular or plural ("village", "districts", "cities").
fn place_kind(s: &Sentence, word: &str) -> bool {
    s.lex.has("place_kinds", word)
        || word.strip_suffix('s').is_some_and(|w| s.lex.has("place_kinds", w))
        || word.strip_suffix("ies").is_some_and(|w| s.lex.has("place_kinds", &format!("{w}y")))
}

/// ", a village on ...", ", the worst-hit districts": an appositive from `k` (at the comma)
/// whose head, within three lower-case words, is a kind of place.
fn place_appositive(s: &Sentence, k: usize) -> bool {
    // "the port's two largest operators" is about operators: a possessor is not the head, nor
    // is a kind of place before a role ("a former district chief" is a person).
    let possessor = |j: usize| s.toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
    s.word(k) == ","
        && matches!(s.word(k + 1), "a" | "an" | "the")
        && (k + 2..k + 5)
            .take_while(|&j| s.word(j).starts_with(|c: char| c.is_lowercase()))
            .any(|j| place_kind(s, s.word(j)) && !possessor(j) && !s.is_role(j + 1))
}

/// "suburbs such as Mt Albert, Onehunga and Papatoetoe", "districts including Bosa": the name
/// at `i` is in a list, at most twelve tokens long, that follows a plural kind of place.
fn listed_after_kinds(s: &Sentence, i: usize) -> bool {
    let plural_kind = |k: usize| {
        let word = s.word(k);
        place_kind(s, word) && !s.lex.has("place_kinds", word)
    };
    let Some(opener) = (i.saturating_sub(12)..i)
        .rev()
        .take_while(|&k| s.is_cap(k) || matches!(s.word(k), "," | "and"))
        .last()
        .unwrap_or(i)
        .checked_sub(1)
    else {
        return false;
    };
    match s.word(opener) {
        "as" => opener >= 2 && s.word(opener - 1) == "such" && plural_kind(opener - 2),
        "including" | "like" => {
            let kind = opener.checked_sub(1 + usize::from(opener > 1 && s.word(opener - 1) == ","));
            kind.is_some_and(plural_kind)
        }
        _ => false,
    }
}

/// A known place of one or more words at `k`: a country, city or subdivision.
fn known_place_end(s: &Sentence, k: usize) -> Option<usize> {
    s.entry_at(k)
        .filter(|e| matches!(e.kind, EntryKind::Country | EntryKind::City | EntryKind::Subdivision))
        .map(|e| k + e.tokens.len())
}

/// An unknown name at `i` that the context shows is a place.
pub(super) fn place_by_context(s: &Sentence, i: usize) -> Found {
    if !s.is_name_word(i) || s.known_at(i) || s.lex.has("not_names", s.word(i)) {
        return None;
    }
    if s.lex.has("sentence_openers", s.word(i)) || s.gaz.is_given_name(s.word(i)) {
        return None;
    }
    // "Mount Elgon", "Lake Turkana": a landform's word and its name.
    let from = if matches!(s.word(i), "Mount" | "Lake" | "Cape") && s.is_cap(i + 1) { i + 1 } else { i };
    let end = if from > i {
        if s.known_at(from) {
            return None;
        }
        s.unknown_name_end(from)?
    } else {
        s.unknown_name_end(i)?
    };
    if (i..end).any(|k| s.lex.has("org_heads", s.word(k))) {
        return None;
    }
    let place = |to: usize| {
        let id = format!("place:{}", slug(s.name(i, to)));
        Some((Some(mention(s, i, to, Label::Place, id, "pattern:place-context")), to))
    };
    if from > i {
        return place(end);
    }
    // "the Mbale district": the kind is part of the name, as in "Kursk region".
    if i > 0 && s.word(i - 1) == "the" && s.lex.has("admin_suffixes", s.word(end)) {
        return place(end + 1);
    }
    // "Bukalasi, a village on the slopes"; "Nsanje and Chikwawa, the worst-hit districts".
    if place_appositive(s, end)
        || (s.word(end) == "and" && s.is_cap(end + 1) && {
            let other = s.unit_end(end + 1);
            !s.is_cap(other) && place_appositive(s, other)
        })
    {
        return place(end);
    }
    // "In states such as Kano, Sharia courts operate": the list ends at its comma.
    if listed_after_kinds(s, i) && matches!(s.word(end), "," | "and" | "or" | "." | ";" | ")" | "") {
        return place(end);
    }
    let locative = i > 0 && matches!(s.word(i - 1), "in" | "near" | "from" | "at" | "between");
    // "homes in Riverstown", "the jetty at Mtongwe", "going home to Likoni", "grew up in
    // Morriston": where people live or land, then the name.
    let home_to = i >= 2 && s.word(i - 1) == "to" && s.word(i - 2) == "home";
    let dwelling_at = |k: usize| s.lex.has("dwelling_nouns", &s.word(k).to_lowercase());
    let dwelling = (locative || home_to)
        && i >= 2
        && (dwelling_at(i - 2) || (i >= 3 && s.word(i - 2) == "up" && dwelling_at(i - 3)));
    let possessive = s.toks.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
    // "140 cows near Viborg": nearness is a place's ("near Smith's house" is the house's).
    let near = i > 0 && s.word(i - 1) == "near";
    if (dwelling || near || from_after_age(s, i)) && !possessive && !s.is_cap(end) {
        return place(end);
    }
    if !locative {
        return None;
    }
    // "in Sitges, Spain,": a country or province after the comma places it.
    if s.word(end) == "," {
        if let Some(after) = known_place_end(s, end + 1) {
            if matches!(s.word(after), "," | "." | ";" | "") {
                return place(end);
            }
        }
    }
    // "in Palakkad and Thrissur", "between Hakata and Kumamoto", "from Ikeja to Lagos": joined
    // to a known place.
    if s.word(end) == "and" || (s.word(end) == "to" && s.word(i - 1) == "from") {
        if let Some(after) = known_place_end(s, end + 1) {
            if !s.is_cap(after) {
                return place(end);
            }
        }
    }
    None
}

/// "Margaret O'Hare, 63, from Paisley", "Con Iomaire, 29, a fisherman from Ballybane": where a
/// person whose age was just given comes from (a company would be "of" or "at").
fn from_after_age(s: &Sentence, i: usize) -> bool {
    if i < 4 || s.word(i - 1) != "from" {
        return false;
    }
    // Back over "a fisherman" or "an unemployed bus driver" to the comma after the age.
    let described = (i.saturating_sub(6)..i - 1)
        .rev()
        .take_while(|&k| s.word(k).starts_with(char::is_lowercase))
        .last()
        .filter(|&k| matches!(s.word(k), "a" | "an"));
    let comma = described.unwrap_or(i - 1) - 1;
    let is_age = |w: &str| w.len() <= 3 && w.parse::<u8>().is_ok_and(|n| (1..=110).contains(&n));
    comma >= 2 && s.word(comma) == "," && is_age(s.word(comma - 1)) && s.word(comma - 2) == ","
}

/// "in Norfolk and Lincolnshire": an unknown name joined by "and" to a place just named after a
/// preposition of place.
pub(super) fn coordinated_place(s: &Sentence, i: usize, last: Option<&Mention>) -> Found {
    let last = last.filter(|m| m.label == Label::Place)?;
    if i < 3 || s.word(i - 1) != "and" || last.range.end != s.toks[i - 2].end {
        return None;
    }
    let first = (0..i - 1).rev().find(|&k| s.toks[k].start == last.range.start)?;
    if first == 0 || !matches!(s.word(first - 1), "in" | "near" | "from" | "across" | "between") {
        return None;
    }
    if !s.is_name_word(i)
        || s.known_at(i)
        || s.gaz.is_given_name(s.word(i))
        || s.lex.has("not_names", s.word(i))
    {
        return None;
    }
    let end = s.unknown_name_end(i)?;
    if end != s.unit_end(i) || (i..end).any(|k| s.lex.has("org_heads", s.word(k))) {
        return None;
    }
    let id = format!("place:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, Label::Place, id, "pattern:place-coordinated")), end))
}

/// "Willunga Hill", "Galle International Stadium", "Sukkur Barrage", "Plaza de Bolívar",
/// "Mount Elgon": up to three capitalised words ending in a capitalised kind of site, or after a
/// capitalised one that names its kind first, are one PLACE, a known town's name included
/// (the town is inside the name). Runs before the gazetteer, which would take the town alone.
pub(super) fn named_site(s: &Sentence, i: usize) -> Found {
    // Runs at every token: the cheap tests first.
    if !s.is_cap(i)
        || (i > 0 && s.is_cap(i - 1))
        || !s.is_name_word(i)
        || s.lex.has("sentence_openers", s.word(i))
    {
        return None;
    }
    // "Cape Town" is the gazetteer's, not the cape of "Town".
    let end = if s.lex.has("site_prefixes", s.word(i)) && !s.known_at(i) {
        // "Plaza de Bolívar", "Estadio Alfredo Harp Helú": the kind first, then the name.
        let start = i + 1 + usize::from(matches!(s.word(i + 1), "de" | "del" | "of" | "la"));
        let k = s.units_while(start, 4, |k| s.is_name_word(k));
        (k > start).then_some(k)?
    } else {
        let k = s.units_while(i, 3, |k| s.is_name_word(k) && !s.has_lowercased("facility_heads", k));
        let capital_head = s.is_cap(k) && s.has_lowercased("facility_heads", k);
        // A known place of the run's length is the gazetteer's ("Victoria Falls").
        (k > i && capital_head && known_place_end(s, i) != Some(k + 1)).then_some(k + 1)?
    };
    // "State Street said": a known company's name is the gazetteer's to judge.
    if s.is_cap(end) || s.entry_at(i).is_some_and(|e| e.label == Label::Org && e.tokens.len() == end - i) {
        return None;
    }
    let id = format!("place:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, Label::Place, id, "pattern:facility")), end))
}

/// "Galway City East", "Belfast South": a known city and a compass word, "City" between or not,
/// name a district or electoral area of the city, one PLACE. Runs before the gazetteer, which
/// would take the city alone and leave "City East" to nothing or worse.
pub(super) fn city_district(s: &Sentence, i: usize) -> Found {
    if !s.is_cap(i) || (i > 0 && s.is_cap(i - 1)) {
        return None;
    }
    let city = s.entry_at(i).filter(|e| e.kind == EntryKind::City)?;
    let mut end = i + city.tokens.len();
    end += usize::from(s.word(end) == "City");
    if !s.lex.has("district_compass", s.word(end)) || s.is_cap(end + 1) {
        return None;
    }
    let id = format!("place:{}", slug(s.name(i, end + 1)));
    Some((Some(mention(s, i, end + 1, Label::Place, id, "pattern:city-district")), end + 1))
}

/// "the town of Ocobamba", "the village of Pallca": a place named after the kind of place it is.
pub(super) fn place_by_kind(s: &Sentence, i: usize) -> Found {
    if i < 2 || s.word(i - 1) != "of" || !s.lex.has("place_kinds", s.word(i - 2)) {
        return None;
    }
    if !s.is_name_word(i) || s.known_at(i) {
        return None;
    }
    let end = s.unknown_name_end(i)?;
    let id = format!("place:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, Label::Place, id, "pattern:place-kind")), end))
}

/// "Vostochny cosmodrome": an unknown capitalised word before a facility noun, alone ("Teaching
/// Hospital Karapitiya" is longer than two words; "A road" is no name).
pub(super) fn facility(s: &Sentence, i: usize) -> Found {
    if !s.is_name_word(i)
        || s.known_at(i)
        || (i > 0 && s.is_name_word(i - 1))
        || s.is_cap(i + 2)
        || s.lex.has("sentence_openers", s.word(i))
    {
        return None;
    }
    s.has_lowercased("facility_heads", i + 1).then(|| {
        let name = s.name(i, i + 2);
        (Some(mention(s, i, i + 2, Label::Place, format!("place:{}", slug(name)), "pattern:facility")), i + 2)
    })
}
