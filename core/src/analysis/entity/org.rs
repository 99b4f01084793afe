//! Organisations named by the shape of their name: "Harrow & Finch", "BlackOrchid".

use super::super::gazetteer::slug;
use super::super::span::Label;
use super::{mention, Found, Sentence};

/// Up to three capitalised units either side of a spaced "&", and a legal suffix after:
/// "Harrow & Finch", "Procter & Gamble", "Dunmore & Sons Ltd". A firm's name, unless the
/// first side is a title ("Mr & Mrs") or a known place ("Trinidad & Tobago"), which the
/// gazetteer answers.
pub(super) fn org_ampersand(s: &Sentence, i: usize) -> Found {
    if !s.is_name_word(i) || s.lex.has("sentence_openers", s.word(i)) {
        return None;
    }
    let side_end = |from: usize| {
        let mut k = from;
        while k < from + 3 && s.is_name_word(k) {
            k = s.unit_end(k);
        }
        k
    };
    let amp = side_end(i);
    let spaced = amp > i && s.word(amp) == "&" && !s.touches_next(amp - 1) && !s.touches_next(amp);
    if !spaced || !s.is_name_word(amp + 1) {
        return None;
    }
    let mut end = side_end(amp + 1);
    // "Trinidad & Tobago", "Bosnia & Herzegovina": a place the gazetteer writes with "and".
    let with_and: Vec<&str> = (i..end).map(|k| if k == amp { "and" } else { s.word(k) }).collect();
    if let Some(entry) = s.gaz.longest_match(&with_and).filter(|e| e.tokens.len() == end - i) {
        return Some((Some(mention(s, i, end, entry.label, entry.id(), "gazetteer+ampersand")), end));
    }
    if s.known_at(i) || s.known_at(amp + 1) {
        return None;
    }
    let name_end = end;
    if s.lex.has("legal_suffixes", s.word(end)) {
        end += 1;
        // "Smith & Co." keeps its dot, as "Quillon Inc." does.
        if matches!(s.word(end - 1), "Inc" | "Corp" | "Co") && s.word(end) == "." && s.touches_next(end - 1) {
            end += 1;
        }
    }
    if !s.stands_alone(i, name_end) && !s.lex.has("legal_suffixes", s.word(name_end)) {
        return None;
    }
    let id = format!("org:{}", slug(s.name(i, name_end)));
    Some((Some(mention(s, i, end, Label::Org, id, "pattern:org-ampersand")), end))
}

/// Surname prefixes written with an inner capital ("McCarthy", "DeSantis", "LaGuardia",
/// "KwaZulu"), which make no brand.
const INNER_CAPITAL_PREFIXES: [&str; 14] =
    ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "Fitz", "Kwa", "Pyeong"];

/// "BlackOrchid", "ShadowKite", "PayPal": one word with a capital inside, after at least two
/// lower-case letters, is a company's or group's name, unless it starts like a surname
/// ("McCarthy", "DeSantis") or a list knows it ("LeBron").
pub(super) fn org_camel_case(s: &Sentence, i: usize) -> Found {
    let word = s.word(i);
    if !s.is_name_word(i) || s.unit_end(i) != i + 1 || s.known_at(i) || s.gaz.is_given_name(word) {
        return None;
    }
    let mut chars = word.char_indices().skip(1);
    let inner = chars.find(|&(_, c)| c.is_uppercase()).map(|(k, _)| k)?;
    let head = &word[..inner];
    let lower_head = head.chars().skip(1).all(char::is_lowercase) && head.chars().count() >= 3;
    if !lower_head || INNER_CAPITAL_PREFIXES.contains(&head) || !word.chars().all(char::is_alphanumeric) {
        return None;
    }
    // "GroenLinks–PvdA", "BlackRock Capital": part of a longer name, which other patterns read.
    if !s.stands_alone(i, i + 1) {
        return None;
    }
    let id = format!("org:{}", slug(word));
    Some((Some(mention(s, i, i + 1, Label::Org, id, "pattern:org-camel-case")), i + 1))
}
