//! People whose names no list may hold: a known given name and the surname after it, a title
//! and the name after it, an East Asian family name and its given name, and unknown names that
//! the context shows are a person's ("Jane Doe said", "coach Jane Doe", ", 41,").

use super::super::span::Label;
use super::super::token::TokenKind;
use super::{is_acronym, mention, person_id, EntryKind, Found, Mention, Sentence};

/// The rest of a name after a given name or title: up to `max` units (unknown capitalised
/// words, hyphenated ones such as "Lopez-Garrido"), particles before one ("van Dam",
/// "de los Reyes", "bin Saeed al-Harthy"), a word that is also a small city's name ("Daniel
/// Chanda", Chanda being a town in India: after a given name, a surname is likelier than a
/// town), and a generational suffix ("Jr.").
fn surname_words(s: &Sentence, i: usize, max: usize) -> usize {
    let mut j = i;
    let mut units = 0;
    while j < s.toks.len() && units < max {
        let city_surname = s.is_name_word(j)
            && s.entry_at(j).is_some_and(|e| e.kind == EntryKind::City && e.tokens.len() == 1);
        // "Md. Rafiul Karim": an abbreviated Mohammad keeps its dot.
        if matches!(s.word(j), "Md" | "Mohd") && s.word(j + 1) == "." && s.touches_next(j) && s.is_cap(j + 2)
        {
            j += 2;
            continue;
        }
        // "Tim Game SC", "Jane Doe MP": letters after a name are no part of it.
        let suffix = matches!(s.word(j), "Jr" | "Sr" | "Jr." | "Sr.")
            || (units > 0 && s.lex.has("post_nominals", s.word(j)));
        if !suffix
            && ((s.is_name_word(j) && !s.known_at(j) && !s.lex.has("not_names", s.word(j))) || city_surname)
        {
            j = s.unit_end(j);
            units += 1;
            continue;
        }
        // Particles, at most three ("de la"), then a capitalised word; "al-Harthy" is a
        // particle joined to its word by a hyphen.
        // A capitalised particle after one is a particle too: "de La Roche", "van Der Berg".
        let mut k = j;
        // "Maria do Rosario": "do" is a particle only right after a given name ("Tom Hanks do
        // Shakespeare" is a verb).
        let portuguese_do =
            |k: usize| k == j && j > 0 && s.word(k) == "do" && s.gaz.is_given_name(s.word(j - 1));
        while k < j + 3
            && (s.lex.has("name_particles", s.word(k))
                || portuguese_do(k)
                || (k > j && s.lex.has("name_particles", &s.word(k).to_lowercase())))
        {
            if s.word(k + 1) == "-" && s.touches_next(k) && s.touches_next(k + 1) && s.is_cap(k + 2) {
                k += 2;
                break;
            }
            k += 1;
        }
        // After particles a surname is likelier than a known one-word name: "de La Roche",
        // though Roche is a company.
        let one_word_name =
            || s.entry_at(k).is_some_and(|e| e.tokens.len() == 1 && e.kind != EntryKind::Country);
        if k > j && s.is_cap(k) && (!s.known_at(k) || one_word_name()) {
            j = s.unit_end(k);
            units += 1;
            continue;
        }
        break;
    }
    // A name ends on a capitalised word, never on a particle.
    while j > i && !s.is_cap(j - 1) {
        j -= 1;
    }
    if j > i && matches!(s.word(j), "Jr" | "Sr" | "Jr." | "Sr.") {
        j += 1;
        if s.word(j) == "." && s.touches_next(j - 1) {
            j += 1;
        }
    }
    j
}

/// "Alexander Gabuev", "Pieter van Dam": a known given name and the surname after it.
pub(super) fn person_by_given_name(s: &Sentence, i: usize, last: Option<&Mention>) -> Found {
    if !s.gaz.is_given_name(s.word(i)) {
        return None;
    }
    // "Santa Cruz", "Victoria Falls": a longer known name that starts with a given name wins.
    if s.entry_at(i).is_some_and(|e| e.tokens.len() >= 2) {
        return None;
    }
    let given = s.unit_end(i);
    let end = surname_words(s, given, 4);
    // In a title-cased heading the words after a name are capitalised too ("Khoi Downs
    // Etxeberria to Reach …"): there the name is a given name and one surname that end the
    // capitalised words; the body's names label the rest.
    let heading_run = s.in_heading && (end > s.unit_end(given) || s.is_cap(end));
    if end == given || heading_run {
        return None;
    }
    // "a bowling club in Raymond Terrace": a town named like a person, by the word towns end
    // in ("faith in Keir Starmer" keeps him).
    let in_a_town = i > 0 && s.word(i - 1) == "in" && s.lex.has("town_endings", s.word(end - 1));
    if in_a_town {
        return None;
    }
    // "the sisters Shamma and Hessa Al Falasi": "Al" (a given name too) right after an unknown
    // name word starts the family name, and that word is the given name.
    let particle_after_name = i > 0
        && !s.in_heading
        && s.lex.has("capitalised_particles", s.word(i))
        && s.is_name_word(i - 1)
        && !s.known_at(i - 1)
        && !s.lex.has("not_names", s.word(i - 1))
        && !s.is_role(i - 1)
        && last.is_none_or(|m| m.range.end <= s.toks[i - 1].start);
    let from = if particle_after_name { i - 1 } else { i };
    let name = s.name(from, end);
    Some((Some(mention(s, from, end, Label::Person, person_id(name), "pattern:given-name")), end))
}

/// "Duma Boko, 54,", "Duma Boko, a 54-year-old lawyer": a one-word name the gazetteer knows (the
/// Russian Duma) and an unknown capitalised word after it are a person's names when an age
/// follows them, which says more than the list. Runs before the gazetteer.
pub(super) fn person_over_known_word(s: &Sentence, i: usize) -> Found {
    // Runs at every token: the cheap tests first.
    if !s.is_name_word(i) || (i > 0 && s.is_cap(i - 1)) || s.word(i + 2) != "," {
        return None;
    }
    let surname = i + 1;
    let end = surname + 1;
    let plain_word = s.is_name_word(surname)
        && s.unit_end(surname) == end
        && !s.known_at(surname)
        && !s.is_role(surname)
        && !s.lex.has("not_names", s.word(surname))
        && !s.lex.has("org_heads", s.word(surname));
    if !plain_word || s.entry_at(i).is_none_or(|e| e.tokens.len() != 1) {
        return None;
    }
    s.age_after(end).then(|| {
        let name = s.name(i, end);
        (Some(mention(s, i, end, Label::Person, person_id(name), "pattern:person-age")), end)
    })
}

/// "an office worker who gave only her surname, Moon,", "a farmer identified only as Kofi": a
/// name the text says is a person's, whatever else its word can be. Runs before the gazetteer.
pub(super) fn person_named_as(s: &Sentence, i: usize) -> Found {
    // Runs at every token: the cheap tests first.
    if i < 3 || !s.is_cap(i) || !matches!(s.word(i - 1), "," | "as") {
        return None;
    }
    let said_to_be_a_name = matches!(
        (s.word(i - 3), s.word(i - 2), s.word(i - 1)),
        (_, "surname", ",")
            | ("first" | "family" | "given" | "last", "name", ",")
            | ("identified" | "named", "only", "as")
            | (_, "name", "as")
            | ("name", "only", "as")
    );
    if !said_to_be_a_name || s.lex.has("sentence_openers", s.word(i)) {
        return None;
    }
    let end = s.units_while(i, 2, |k| s.is_cap(k));
    if s.is_cap(end) || s.toks.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
        return None;
    }
    let name = s.name(i, end);
    Some((Some(mention(s, i, end, Label::Person, person_id(name), "pattern:named-as")), end))
}

/// "President Vladimir Putin", "Secretary General Mark Rutte": a title, then the name.
pub(super) fn person_after_title(s: &Sentence, i: usize) -> Found {
    let title = s.gaz.title_len(s.words_from(i))?;
    // "Chief Executive Officer Jane Doe": capitalised role words after a title are the title's.
    let mut from = i + title;
    while s.is_cap(from) && s.is_cap(from + 1) && s.is_role(from) {
        from += 1;
    }
    // In a title-cased heading every word is capitalised ("Mayor Seeks Steepest Bus Fare"):
    // there only a known given name starts the name.
    let end = if s.in_heading {
        given_name_end(s, from)
    } else {
        surname_words(s, from, 4).max(given_name_end(s, from))
    };
    (end > from).then(|| {
        let name = s.name(from, end);
        (Some(mention(s, from, end, Label::Person, person_id(name), "pattern:title")), end)
    })
}

fn given_name_end(s: &Sentence, i: usize) -> usize {
    if s.gaz.is_given_name(s.word(i)) {
        surname_words(s, s.unit_end(i), 4)
    } else {
        i
    }
}

/// "Kim Jong Un", "Lee Woong-gil", "Xi Jinping": an East Asian family name, then a hyphenated
/// given name, two short syllables, or one unknown word.
pub(super) fn person_by_family_name(s: &Sentence, i: usize) -> Found {
    if !s.gaz.is_east_asian_surname(s.word(i)) || !s.is_cap(i + 1) || s.known_at(i + 1) {
        return None;
    }
    let syllable = |k: usize| s.is_cap(k) && s.word(k).chars().count() <= 5 && !s.word(k).contains('-');
    let end = if s.word(i + 1).contains('-') {
        i + 2
    } else if syllable(i + 1) && s.word(i + 2) == "-" && syllable(i + 3) {
        // "Kim Jong-Un": a capitalised second syllable splits the given name into tokens.
        i + 4
    } else if syllable(i + 1) && syllable(i + 2) && !s.known_at(i + 2) {
        i + 3
    } else if s.is_name_word(i + 1) && s.word(i + 1).chars().count() >= 3 {
        i + 2
    } else {
        return None;
    };
    let name = s.name(i, end);
    Some((Some(mention(s, i, end, Label::Person, person_id(name), "pattern:family-name")), end))
}

/// Two to four unknown name units that the context shows are a person: followed by a speech
/// verb, ", a former ...", ", who" or an age (", 41,"); preceded by "said", an outlet's
/// possessive or a lower-case role ("chief executive Jane Doe", "midfielder John Roe").
pub(super) fn person_by_cue(s: &Sentence, i: usize) -> Found {
    if !s.is_name_word(i) || s.known_at(i) || s.lex.has("not_names", s.word(i)) {
        return None;
    }
    // "Striker Jane Doe scored": a role opening the sentence is no part of the name, nor is a
    // kind of site ("Teaching Hospital Karapitiya struck").
    if s.is_role(i) || s.has_lowercased("facility_heads", i) {
        return None;
    }
    // "Secretary for Finance Jane Doe": a word after "of"/"for" in a capitalised run ends a
    // title or a name; the person starts after it.
    if i >= 2 && matches!(s.word(i - 1), "of" | "for") && s.is_cap(i - 2) && s.is_cap(i + 1) {
        return None;
    }
    let first = s.unit_end(i);
    let end = surname_words(s, first, 3);
    // One unknown word is a person's name only when followed by an age or ", who" (below):
    // "Coca-Cola said" is a firm. A plain word needs more than a hyphenated one: an age
    // ("Sabalenka, 26,"), or ", who" outside a match report, where a club is "who" too.
    let single = end == first;
    let age = s.age_after(end);
    // "Darmansyah, a former district chief,": an appositive whose noun is a person's role.
    let role_appositive = s.word(end) == ","
        && matches!(s.word(end + 1), "a" | "an")
        && (end + 2..end + 5).take_while(|&k| s.word(k).starts_with(char::is_lowercase)).any(|k| {
            s.is_role(k)
                && !s.lex.has("roles_of_things", s.word(k))
                && !s.has_lowercased("company_nouns", k + 1)
        });
    // "Substitute Tonet scored", "Brazilian midfielder Thiaguinho": a role right before one
    // word, unless a firm or a club holds such roles too ("activist investor Elliott", "Resident
    // Evil") or an article makes the two a noun phrase ("the winger Wrexham signed").
    let firm_role = s.lex.has("roles_of_firms", &s.word(i.saturating_sub(1)).to_lowercase());
    let article = i >= 2 && matches!(s.word(i - 2), "the" | "The" | "a" | "A" | "an" | "An");
    // A speech verb right after settles it: "manager Parkinson said", "The manager Arteta told".
    let speaks = s.lex.has("speech_verbs", s.word(first));
    let role = i > 0 && role_before(s, i) && (speaks || (!firm_role && !article));
    let plain_cue =
        age || role_appositive || role || (!s.sporty && s.word(end) == "," && s.word(end + 1) == "who");
    if (single && first == i + 1 && !plain_cue) || s.is_cap(end) {
        return None;
    }
    // "Chief Financial Officer Jane Doe said": a role inside the run ends a title; the name
    // starts after it, where the scan finds it.
    if (first..end).any(|k| s.is_role(k)) {
        return None;
    }
    let after = s.word(end);
    let next = s.word(end + 1);
    // ", Acme's deputy director": an organisation's role.
    let role_of = s.is_cap(end + 1) && s.toks.get(end + 2).is_some_and(|t| t.kind == TokenKind::Possessive);
    // "Jane Doe of Acme said".
    let of_org = after == "of" && {
        let mut k = end + 1 + usize::from(s.word(end + 1) == "the");
        let org = k;
        while k < org + 4 && s.is_cap(k) {
            k += 1;
        }
        k > org && s.lex.has("speech_verbs", s.word(k))
    };
    // "Jane Doe's wife", "Jane Doe was born".
    let kin = s.toks.get(end).is_some_and(|t| t.kind == TokenKind::Possessive)
        && s.lex.has("person_cue_after_possessive", next);
    let passive = after == "was" && s.lex.has("person_passives", next);
    // "Tadeo Quispe and Ulrike Brandtner": a name joined to a person's known given name.
    let and_person = after == "and" && s.gaz.is_given_name(next) && s.is_cap(end + 2);
    // "the City Rail Link, the underground line": a name after "the" is a thing's, which an
    // appositive with an article describes as well as a person's.
    let run_start = (0..i).rev().take_while(|&k| s.is_cap(k)).last().unwrap_or(i);
    let after_the = run_start > 0 && s.word(run_start - 1).eq_ignore_ascii_case("the");
    let is_article = |w: &str| matches!(w, "a" | "an" | "the");
    let cued_after = s.lex.has("speech_verbs", after)
        || s.lex.has("person_verbs", after)
        || kin
        || passive
        || and_person
        || of_org
        || (after == ","
            && ((s.lex.has("appositive_starters", next) && !(after_the && is_article(next)))
                || s.lex.has("speech_verbs", next)
                || age
                || role_of));
    // "a bakery on Queens Quay, said": after a preposition of place the name is a place's,
    // and what follows it is said of the sentence's subject.
    let after_preposition = i > 0 && matches!(s.word(i - 1), "on" | "in" | "at" | "near" | "from" | "into");
    // At a sentence start only a cue after the name counts: "Jane Doe said ...".
    let cued = if single {
        role || (after == "," && (age || role_appositive || next == "who"))
    } else {
        (cued_after && !after_preposition) || (i > 0 && cued_before(s, i))
    };
    // "NHS Tayside, the health board,": an acronym opens a body's name more often than a
    // person's, which then needs a person's cue ("JPR Williams, the former Wales full-back,").
    let person_cue = || {
        // The role heads the appositive: "the former Wales full-back", not "the health board
        // led by chief executive Adam Coldwells" or "whose chief executive resigned".
        let appositive_role = after == ","
            && matches!(s.word(end + 1), "the" | "a" | "an")
            && (end + 2..end + 6)
                .take_while(|&k| !matches!(s.word(k), "," | "by" | "of" | "for" | "whose" | "who"))
                .any(|k| s.is_role(k));
        role || age || role_appositive || appositive_role || (i > 0 && cued_before(s, i))
    };
    // (Initials without dots, "JB Pritzker", are two capitals: no acronym here.)
    let acronym = s.word(i).len() >= 3 && is_acronym(s.word(i));
    let cued = cued && (!acronym || person_cue());
    cued.then(|| {
        let name = s.name(i, end);
        (Some(mention(s, i, end, Label::Person, person_id(name), "pattern:speech-cue")), end)
    })
}

/// "said Jane Doe", "NBC's Keir Simmons", "coach Jane Doe": a speech verb, an outlet's
/// possessive or a lower-case role noun before a name, or a role that opens the sentence.
/// A lower-case role right before token `i` ("striker Jane Doe"), or one opening the sentence,
/// after a dateline too ("Substitute Osian Pryce headed the winner").
fn role_before(s: &Sentence, i: usize) -> bool {
    let opens = i == 1 || (i >= 2 && matches!(s.word(i - 2), "-" | "–" | "—"));
    let opening_role = opens && s.lex.has("role_nouns", &s.word(i - 1).to_lowercase());
    opening_role || s.lex.has("role_nouns", s.word(i - 1))
}

fn cued_before(s: &Sentence, i: usize) -> bool {
    let outlet_possessive = s.toks[i - 1].kind == TokenKind::Possessive
        && i >= 2
        && s.gaz
            .longest_match(&[s.word(i - 2)])
            .is_some_and(|e| e.label == Label::Org && e.tokens.len() == 1);
    // "its chief executive, Jane Doe," and the byline "By Jane Doe".
    let role_comma = i >= 2 && s.word(i - 1) == "," && s.lex.has("role_nouns", s.word(i - 2));
    let byline = i == 1 && s.word(0) == "By";
    s.lex.has("speech_verbs", s.word(i - 1)) || role_before(s, i) || outlet_possessive || role_comma || byline
}
