//! Clubs named after their city or province ("Toulouse coach", "Leinster beat Toulouse"), told
//! from the places by the context of a match report, or by a team's nickname ("Orlando
//! Pirates"); nations stay places (national teams).

use super::super::gazetteer::{slug, EntryKind};
use super::super::lexicon::Lexicon;
use super::super::span::Label;
use super::super::token::TokenKind;
use super::{mention, person_id, Found, Sentence, TokenizedSentence};

/// Whether a document is a match report: a score ("2-1", "27-22") or two words of sport
/// ("striker", "season"). One pass over the tokens, stopping at the answer.
pub(super) fn is_sports_document(text: &str, sentences: &[TokenizedSentence], lex: &Lexicon) -> bool {
    let mut words = 0;
    for toks in sentences.iter().map(|s| s.tokens.as_slice()) {
        for (k, t) in toks.iter().enumerate() {
            let score = t.kind == TokenKind::Number
                && t.end - t.start <= 2
                && toks.get(k + 1).is_some_and(|h| h.start == t.end && h.text(text) == "-")
                && toks.get(k + 2).is_some_and(|n| {
                    n.kind == TokenKind::Number && n.start == t.end + 1 && n.end - n.start <= 2
                });
            if score {
                return true;
            }
            let w = t.text(text);
            if w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_lowercase()) && lex.has("sports_words", w) {
                words += 1;
                if words >= 2 {
                    return true;
                }
            }
        }
    }
    false
}

/// "Toulouse coach Ugo Mola", "Torino’s manager", "Leinster beat Toulouse 27-22", "a signing
/// from Genoa": in a match report a city or province (one word, never a nation, whose team is
/// a national team), a club's one-word name that clubs.tsv leaves to match reports ("Chelsea",
/// "Heat") or an unknown word next to a club's role or a match verb is a club.
pub(super) fn club(s: &Sentence, i: usize) -> Found {
    // "Yusupov-Karimov beat": the second half of a hyphenated name is no club.
    let inside_compound = i > 0 && s.word(i - 1) == "-" && s.touches_next(i - 1);
    if !s.sporty || !s.is_cap(i) || s.unit_end(i) != i + 1 || s.is_cap(i + 1) || inside_compound {
        return None;
    }
    let known = match s.entry_at(i) {
        Some(e) => {
            e.tokens.len() == 1
                && matches!(e.kind, EntryKind::City | EntryKind::Subdivision)
                && !s.gaz.is_nation(s.word(i))
        }
        // "Chelsea coach", "the Heat beat": a club's name that is also a given name or a word.
        None => s.gaz.is_match_report_club(s.word(i)),
    };
    let unknown = !s.known_at(i)
        && s.is_name_word(i)
        && !s.gaz.is_given_name(s.word(i))
        && !s.lex.has("not_names", s.word(i))
        && !s.lex.has("sentence_openers", s.word(i))
        && !s.is_role(i);
    if !(known || unknown) {
        return None;
    }
    let next = s.word(i + 1);
    let possessive = s.toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
    let role = s.lex.has("club_roles", next)
        || (next == "head" && s.word(i + 2) == "coach")
        || (possessive && s.lex.has("club_roles", s.word(i + 2)));
    // "Leinster beat Toulouse", "Toulouse led 22-20": the subject of a match verb.
    let opponent = |k: usize| {
        s.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            || (s.is_cap(k) && !s.gaz.is_nation(s.word(k)))
    };
    let subject = s.lex.has("match_verbs", next) && opponent(i + 2);
    // "beat Toulouse": the object of a match verb whose subject is capitalised, not a nation.
    let object = i >= 2 && s.lex.has("match_verbs", s.word(i - 1)) && opponent(i - 2) && s.is_cap(i - 2);
    // "a loan from Torino", "signed for Hearts", "joined Rovers": a transfer's clubs.
    let transfer =
        (i >= 2 && s.word(i - 1) == "from" && matches!(s.word(i - 2), "signing" | "loan" | "transfer"))
            || (i >= 2
                && s.word(i - 1) == "for"
                && matches!(s.word(i - 2), "signed" | "signs" | "sign" | "plays" | "played" | "playing"))
            || (i >= 1 && matches!(s.word(i - 1), "joined" | "joins" | "rejoined"));
    // "Belgian side Genk", "the club Lecce".
    let side = i >= 1 && matches!(s.word(i - 1), "side" | "club" | "outfit");
    // "Burnley, who lost 2-0": the subject of a match verb after ", who".
    let who =
        next == "," && s.word(i + 2) == "who" && s.lex.has("match_verbs", s.word(i + 3)) && opponent(i + 4);
    // "lost 2-0 at Brentford": the ground or opponent after a score.
    let number = |k: usize| s.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let after_score = i >= 4
        && matches!(s.word(i - 1), "at" | "against" | "to" | "over" | "with")
        && number(i - 2)
        && s.word(i - 3) == "-"
        && number(i - 4);
    (role || subject || object || transfer || side || who || after_score).then(|| {
        let id = format!("org:{}", slug(s.word(i)));
        (Some(mention(s, i, i + 1, Label::Org, id, "pattern:org-club")), i + 1)
    })
}

/// "Tavia Orlenko beat Iñaki Etxeberria 6-3 6-4": in a match report, up to three unknown name
/// units either side of a match verb are a player when two set scores follow the match's
/// sides (see [`set_scores`]), where a club's would be one score. Runs before [`club`].
pub(super) fn player_by_score(s: &Sentence, i: usize) -> Found {
    if !s.sporty || (i > 0 && s.is_cap(i - 1)) {
        return None;
    }
    // "Harlow Town", "Kaizer Chiefs": a club's word is no player's.
    let unknown = |k: usize| {
        s.is_name_word(k)
            && !s.known_at(k)
            && !s.lex.has("not_names", s.word(k))
            && !s.lex.has("sports_club_heads", s.word(k))
            && !s.lex.has("team_nicknames", s.word(k))
    };
    let end = s.units_while(i, 3, unknown);
    if end == i || s.is_cap(end) {
        return None;
    }
    let object = i > 0 && s.lex.has("match_verbs", s.word(i - 1)) && set_scores(s, end);
    let subject = s.lex.has("match_verbs", s.word(end)) && {
        let other = s.units_while(end + 1, 3, |k| s.is_cap(k));
        other > end + 1 && set_scores(s, other)
    };
    (object || subject).then(|| {
        let id = person_id(s.name(i, end));
        (Some(mention(s, i, end, Label::Person, id, "pattern:player-score")), end)
    })
}

/// The points of a score written at `k` ("6-3": three tokens that touch), if one is.
fn score_at(s: &Sentence, k: usize) -> Option<(u32, u32)> {
    let number = |k: usize| s.toks.get(k).filter(|t| t.kind == TokenKind::Number).and(s.word(k).parse().ok());
    (s.word(k + 1) == "-" && s.touches_next(k) && s.touches_next(k + 1)).then_some(())?;
    Some((number(k)?, number(k + 2)?))
}

/// Whether two set scores start at `k` ("6-3 6-4", "21-17, 21-19"), each set won with 6 to 21
/// points: tennis, badminton, squash or table tennis, sports of players; volleyball's sets go
/// to 25, and a football match has one score ("3-0, 2-1 over two legs" are two matches).
fn set_scores(s: &Sentence, k: usize) -> bool {
    let small = |score: Option<(u32, u32)>| score.is_some_and(|(a, b)| (6..=21).contains(&a.max(b)));
    let second = if s.word(k + 3) == "," { k + 4 } else { k + 3 };
    small(score_at(s, k)) && small(score_at(s, second))
}

/// "Orlando Pirates beat Kaizer Chiefs": in a match report, up to three capitalised words that
/// end in a team's plural nickname are one club, whatever a given name among them suggests.
pub(super) fn club_by_nickname(s: &Sentence, i: usize) -> Found {
    // "The Chiefs were poor", "When Pirates scored", "Former Chiefs midfielder": a word that
    // opens the sentence or describes the player is no part of the club's name.
    if !s.sporty
        || !s.is_name_word(i)
        || (i > 0 && s.is_cap(i - 1))
        || s.has_lowercased("appositive_starters", i)
    {
        return None;
    }
    let end = s.units_while(i, 3, |k| s.is_cap(k));
    if end < i + 2 || s.is_cap(end) || !s.lex.has("team_nicknames", s.word(end - 1)) {
        return None;
    }
    // A club the gazetteer knows is its own.
    if s.entry_at(i).is_some_and(|e| e.tokens.len() == end - i) {
        return None;
    }
    let id = format!("org:{}", slug(s.name(i, end)));
    Some((Some(mention(s, i, end, Label::Org, id, "pattern:org-club")), end))
}
