//! Organisations that no list holds: named by the shape of their name ("Harrow & Finch",
//! "BlackOrchid") or shown by their context ("a spokesperson for Trivo", "shares of Acme").

use super::super::gazetteer::{slug, EntryKind};
use super::super::span::Label;
use super::super::token::TokenKind;
use super::{is_acronym, is_locative_compound, mention, Found, Mention, Sentence};

/// Up to three capitalised units either side of a spaced "&", and a legal suffix after:
/// "Harrow & Finch", "Procter & Gamble", "Dunmore & Sons Ltd". A firm's name, unless the
/// first side is a title ("Mr & Mrs") or a known place ("Trinidad & Tobago"), which the
/// gazetteer answers.
pub(super) fn org_ampersand(s: &Sentence, i: usize) -> Found {
    if !s.is_name_word(i) || s.lex.has("sentence_openers", s.word(i)) {
        return None;
    }
    let side_end = |from: usize| s.units_while(from, 3, |k| s.is_name_word(k));
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

/// Up to three capitalised words that the context shows are an organisation: "a spokesperson
/// for Trivo", "analysts at Hale Ridge", "the Lisbon-based Ostra Capital", "online retailer
/// Acme", "Acme's shareholders", "Acme shares fell", "Acme, the payroll group".
pub(super) fn org_by_cue(s: &Sentence, i: usize) -> Found {
    // A function word after a quotation mark or a bracket is capitalised too: "“The coach".
    if !s.is_name_word(i)
        || s.lex.has("sentence_openers", s.word(i))
        || s.known_at(i)
        || s.lex.has("not_names", s.word(i))
    {
        return None;
    }
    // A given name starts a person's name; alone, only an appositive that says what it is
    // makes it a firm ("Zenovia, a former steel company,").
    let given = s.gaz.is_given_name(s.word(i));
    // "Fine Gael won four seats", "the Umbrella for Democratic Change won 36 of the 61 seats":
    // only a party wins seats, so the whole capitalised run, connectors and all, is its name.
    // "Incumbent Jane Doe lost his seat" is a person's.
    let wins_seats = |end: usize| {
        s.lex.has("seat_verbs", s.word(end))
            && (end + 1..end + 8)
                .take_while(|&k| !matches!(s.word(k), "his" | "her" | "." | ";"))
                .any(|k| matches!(s.word(k), "seat" | "seats"))
    };
    // Runs longer than a party's name are not read (and each run is read once per word).
    let run = s.capitalised_run(i);
    let one_name = |k: usize| !s.known_at(k) && !matches!(s.word(k), "and" | "&") && !s.is_role(k);
    if !given && (i + 3..=i + 8).contains(&run) && !s.is_cap(run) && wins_seats(run) && (i..run).all(one_name)
    {
        let id = format!("org:{}", slug(s.name(i, run)));
        return Some((Some(mention(s, i, run, Label::Org, id, "pattern:org-cue")), run));
    }
    let end = s.unknown_name_end(i).or_else(|| ends_in_place(s, i))?;
    if given && end != i + 1 {
        return None;
    }
    let before = if i > 0 { s.word(i - 1) } else { "" };
    // As written or, at a sentence start, in lower case: "Shares in Tessaro rose".
    let cue_word = |list: &str| {
        let word = s.word(i.saturating_sub(2));
        s.lex.has(list, word) || s.lex.has(list, &word.to_lowercase())
    };
    // "analysts at Acme", and "Economist Ana Ruiz de la Vega at Acme": the role before the name.
    // The role opens the name's run ("Economist Ana Ruiz") or comes right before it ("said
    // economist Ana Ruiz").
    let role_then_name = |at: usize| {
        let in_name = |k: &usize| s.is_cap(*k) || s.lex.has("name_particles", s.word(*k));
        let run_start = (at.saturating_sub(8)..at).rev().take_while(in_name).last().unwrap_or(at);
        run_start < at
            && ((run_start..at).any(|k| s.has_lowercased("org_cue_before", k))
                || run_start.checked_sub(1).is_some_and(|k| s.lex.has("org_cue_before", s.word(k))))
    };
    let role_before = i >= 2
        && match before {
            "for" => s.lex.has("org_cue_before", &s.word(i - 2).to_lowercase()),
            "at" => s.lex.has("org_cue_before", &s.word(i - 2).to_lowercase()) || role_then_name(i - 1),
            // "shares of Bluebird", "the chief executive of Grayson", "a stake in Tessaro".
            "of" => cue_word("org_cue_before_of"),
            "in" => cue_word("org_cue_before_in"),
            _ => false,
        };
    let based = i > 0 && is_locative_compound(before) && s.is_cap(i - 1);
    // "online retailer Acme", "the employers' federation Spekter".
    let kind_before = s.lex.has("company_nouns", before) || s.lex.has("body_nouns", before);
    // "published by Heinemann", "operated by Transvia".
    let made_by = i >= 2 && before == "by" && s.lex.has("org_cue_before_by", s.word(i - 2));
    // "Mjölkfront, which represents 9,000 farms": what only a body does, after ", which".
    // Only a whole name: in "Salalah Port Services, which" the name starts before `i`.
    let which_does = s.stands_alone(i, end)
        && s.word(end) == ","
        && s.word(end + 1) == "which"
        && s.lex.has("org_verbs", s.word(end + 2));
    // "the world chess federation, FIDE, said", "her party, Alianza Libre, won", "according to
    // the electoral institute, IEEPCNL.": a name set off by commas after a lower-case noun of an
    // organisation's kind.
    // "the leader of the main opposition party, Tundu Lissu.": the name is the role's holder's.
    // (A one-word name is the body's: "the chief executive of the payments firm, Paystack,".)
    let holder_named = i >= 2 && end > s.unit_end(i) && {
        let of = (i.saturating_sub(9)..i - 2).rev().find(|&k| s.word(k) == "of");
        of.is_some_and(|of| of > 0 && (s.is_role(of - 1) || matches!(s.word(of - 1), "leader" | "head")))
    };
    let noun_appositive = i >= 2
        && before == ","
        && matches!(s.word(end), "," | "(" | "." | ";")
        && !holder_named
        && ["company_nouns", "body_nouns", "appositive_body_nouns"]
            .iter()
            .any(|list| s.lex.has(list, s.word(i - 2)));
    let possessive = s.toks.get(end).is_some_and(|t| t.kind == TokenKind::Possessive)
        && s.lex.has("org_cue_after_possessive", s.word(end + 1));
    // "Acme shares fell", "Acme chief executive Jane Doe": one word before a company's noun.
    // "the FNV union", "the DA party": an acronym before the noun of its kind.
    let acronym = s.word(i).len() <= 6 && is_acronym(s.word(i));
    let noun_after = end == i + 1
        && (s.lex.has("org_cue_after", s.word(end)) || (acronym && s.lex.has("acronym_kinds", s.word(end))));
    // "Acme, the London-listed payroll group,", "Sovereign Right, a nationalist party that won":
    // an appositive that says what it is, within a few words.
    let appositive = s.word(end) == ","
        && matches!(s.word(end + 1), "the" | "a" | "an")
        && (end + 2..end + 7)
            .take_while(|&k| !matches!(s.word(k), "," | "." | "that" | "which" | "who"))
            // "the agency’s representative", "a union leader" describe a person: the noun must
            // be the head.
            .any(|k| {
                (s.lex.has("company_nouns", s.word(k)) || s.lex.has("body_nouns", s.word(k)))
                    && !s.is_cap(k)
                    && s.toks.get(k + 1).is_none_or(|t| t.kind != TokenKind::Possessive)
                    && !s.lex.has("people_of_bodies", s.word(k + 1))
                    // "a supermarket cashier", "a newspaper editor": a noun before another
                    // lower-case noun modifies it.
                    && (!s.word(k + 1).starts_with(char::is_lowercase)
                        || s.word(k + 1).ends_with("ed")
                        || matches!(
                            s.word(k + 1),
                            "in" | "of" | "on" | "at" | "for" | "with" | "from" | "that" | "which" | "whose"
                                | "run" | "and"
                        ))
            });
    // "Open Croatia took 23 seats".
    let won_seats = wins_seats(end);
    // "the liberal Open Croatia": a political leaning before two or more capitalised words.
    let party_of_leaning = i >= 2
        && end >= i + 2
        && s.lex.has("political_leanings", before)
        && s.word(i - 2).eq_ignore_ascii_case("the");
    // "the party GroenLinks–PvdA": the cue names the whole, so a part is no name.
    let cued = (role_before || based || kind_before || made_by || which_does) && !s.dash_continues(end);
    let cues = if given {
        appositive
    } else {
        cued || noun_appositive || possessive || noun_after || appositive || won_seats || party_of_leaning
    };
    cues.then(|| {
        let id = format!("org:{}", slug(s.name(i, end)));
        (Some(mention(s, i, end, Label::Org, id, "pattern:org-cue")), end)
    })
}

/// "Tidewater Foods (TDWF.O)", "Hauck Energie SE (HAUK.DE)": a stock ticker with its exchange's
/// code, in brackets right after an organisation, names it too.
pub(super) fn org_ticker(s: &Sentence, i: usize, last: Option<&Mention>) -> Found {
    let ticker_word = |k: usize| {
        let w = s.word(k);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if i == 0 || s.word(i - 1) != "(" || !ticker_word(i) || s.word(i + 1) != "." || !ticker_word(i + 2) {
        return None;
    }
    let org =
        last.filter(|m| m.label == Label::Org && s.text[m.range.end..s.toks[i - 1].start].trim().is_empty())?;
    let exchange = s.word(i + 2).len() <= 2 && s.word(i + 2).chars().all(|c| c.is_ascii_uppercase());
    let closed = s.word(i + 3) == ")" && s.touches_next(i) && s.touches_next(i + 1) && s.touches_next(i + 2);
    (exchange && closed)
        .then(|| (Some(mention(s, i, i + 3, Label::Org, org.id.clone(), "pattern:org-ticker")), i + 3))
}

/// "Statistics Sweden", "Public Health Scotland", "Government of Sindh": a national body named
/// by a word and its country or province.
pub(super) fn org_of_place(s: &Sentence, i: usize) -> Found {
    // Runs at every token: most are lower-case, so test that before any list.
    if !s.is_cap(i) {
        return None;
    }
    let place_end = |k: usize, country_or_province: bool| {
        s.entry_at(k)
            .filter(|e| {
                e.label == Label::Place
                    && (!country_or_province || matches!(e.kind, EntryKind::Country | EntryKind::Subdivision))
            })
            .map(|e| k + e.tokens.len())
    };
    // "Public Health Scotland": a field before the body's word is part of its name.
    let body = i + usize::from(s.lex.has("field_modifiers", s.word(i)) && s.word(i + 1) == "Health");
    // "BBC Sport Wales", "Ministry of Health Uganda": inside another name, the words are that
    // name's.
    let inside_name = i > 0
        && ((s.is_cap(i - 1) && !s.lex.has("sentence_openers", s.word(i - 1))) || s.word(i - 1) == "of");
    let end = if inside_name {
        return None;
    } else if s.lex.has("bodies_before_country", s.word(body)) {
        // "Cricket India Tour of Australia Postponed": a heading's capitals say nothing.
        if s.in_heading {
            return None;
        }
        place_end(body + 1, true)?
    } else if s.lex.has("bodies_of_place", s.word(i)) && s.word(i + 1) == "of" {
        let article = usize::from(i > 0 && s.word(i - 1).eq_ignore_ascii_case("the"));
        let located = i > article
            && matches!(s.word(i - article - 1), "in" | "at" | "near" | "from" | "to" | "across" | "outside");
        if located {
            return None;
        }
        place_end(i + 2, false)?
    } else {
        return None;
    };
    if s.is_cap(end) {
        return None;
    }
    let id = format!("org:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, Label::Org, id, "pattern:org-of-place")), end))
}

/// "Liveable Auckland", "Independent Ireland": unknown words and one known place after them end
/// a name too (a party's, a campaign's), when nothing capitalised follows.
fn ends_in_place(s: &Sentence, i: usize) -> Option<usize> {
    let end = s.units_while(i, 2, |k| s.is_name_word(k) && !s.known_at(k));
    let place = s.entry_at(end).filter(|e| e.label == Label::Place && e.tokens.len() == 1);
    (end > i && place.is_some() && !s.is_cap(end + 1)).then_some(end + 1)
}

/// "Universidad de los Andes", "Banco de la República", and in a match report "Sultanes de
/// Monterrey", "Diablos Rojos del México": a Romance-language name of a body, its kind first,
/// then "de" and what it is of (a place inside it is not labelled apart).
pub(super) fn org_romance(s: &Sentence, i: usize) -> Found {
    // Runs at every token: outside a match report only a body's word starts such a name.
    let body_word = s.is_cap(i) && s.lex.has("romance_org_heads", s.word(i));
    if !(body_word || s.sporty) {
        return None;
    }
    let name_before = i > 0 && s.is_cap(i - 1) && !s.lex.has("sentence_openers", s.word(i - 1));
    if !s.is_name_word(i) || name_before {
        return None;
    }
    let club_word = s.sporty && !s.known_at(i) && !s.lex.has("sentence_openers", s.word(i));
    if !(body_word || club_word) {
        return None;
    }
    let de = s.units_while(i + 1, 2, |k| s.is_name_word(k) && !s.known_at(k));
    if !matches!(s.word(de), "de" | "del" | "do" | "da" | "di" | "della" | "des" | "du") {
        return None;
    }
    let named = de + 1 + usize::from(matches!(s.word(de + 1), "la" | "los" | "las" | "el" | "l"));
    let k = s.units_while(named, 3, |k| s.is_cap(k));
    // A club is named after its town ("Sultanes de Monterrey"); "Chamindu de Zoysa" is a person.
    let of_a_place = s.entry_at(named).is_some_and(|e| named + e.tokens.len() == k);
    (k > named && !s.is_cap(k) && (body_word || of_a_place)).then(|| {
        let id = format!("org:{}", slug(s.name(i, k)));
        (Some(mention(s, i, k, Label::Org, id, "pattern:org-head")), k)
    })
}
