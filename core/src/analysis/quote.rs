//! QUOTE: direct quotations between quotation marks, and who said them.
//!
//! Marks pair within a paragraph. Recovery stays local: an opening mark with no partner is
//! dropped unless the next paragraph opens with a mark (a quotation running on), and a
//! paragraph that ends on an opening mark after a closing one has them reversed (`” … “`).
//! Nothing ever swallows the rest of the text.

use std::ops::Range;

use crate::diagnostic::Diagnostic;

use super::entity::Mention;
use super::gazetteer::{country_of, Gazetteer};
use super::lexicon::Lexicon;
use super::span::Label;
use super::token::{tokenize, Token, TokenKind};

mod speakers;
pub use speakers::Speakers;

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The text between the marks.
    pub range: Range<usize>,
    /// The speaker's mention, when found (its name is upgraded to the fullest name later).
    pub speaker: Option<Mention>,
    /// The attributing words: "told", "said", "he reflects".
    pub cue: Option<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Close,
}

/// The quotation marks of a paragraph, with straight quotes read as opening or closing by the
/// characters beside them.
fn marks(text: &str, para: &Range<usize>) -> Vec<(usize, usize, Mark)> {
    let slice = &text[para.clone()];
    let mut out = Vec::new();
    let mut open_straight = false;
    for (i, c) in slice.char_indices() {
        let at = para.start + i;
        let end = at + c.len_utf8();
        match c {
            '“' | '„' => out.push((at, end, Mark::Open)),
            '”' => out.push((at, end, Mark::Close)),
            '"' => {
                let before = slice[..i].chars().next_back();
                let opens =
                    before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b)) && !open_straight;
                open_straight = opens;
                out.push((at, end, if opens { Mark::Open } else { Mark::Close }));
            }
            _ => {}
        }
    }
    out
}

/// Finds the quotations of one paragraph, with a warning for each mark it could not pair.
/// `next_paragraph_opens` says whether the next paragraph starts with an opening mark, which
/// lets a quotation run on.
pub fn find_quotations(
    text: &str,
    para: Range<usize>,
    next_paragraph_opens: bool,
) -> (Vec<Range<usize>>, Vec<Diagnostic>) {
    let marks = marks(text, &para);
    let mut found = Vec::new();
    let mut diagnostics = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    let mut last_close: Option<usize> = None;
    for &(start, end, mark) in &marks {
        match (mark, pending.take()) {
            (Mark::Open, earlier) => {
                if let Some(earlier) = earlier {
                    diagnostics.push(unpaired(earlier, "this opening quotation mark is never closed"));
                }
                pending = Some(start..end);
            }
            (Mark::Close, Some(open)) => {
                if start > open.end {
                    found.push(open.end..start);
                }
                last_close = Some(end);
            }
            (Mark::Close, None) => last_close = Some(end),
        }
    }
    if let Some(open) = pending {
        let rest_is_empty = text[open.end..para.end].trim().is_empty();
        let recovered = match (rest_is_empty, last_close) {
            // ” … “ at the end of a paragraph: the marks are reversed.
            (true, Some(close_end)) if close_end < open.start => {
                let inner = skip_attribution_tail(text, trimmed(text, close_end..open.start));
                let ok = !inner.is_empty();
                if ok {
                    found.push(inner);
                }
                ok
            }
            (false, _) if next_paragraph_opens => {
                found.push(trimmed(text, open.end..para.end));
                true
            }
            _ => false,
        };
        if !recovered {
            diagnostics.push(unpaired(
                open,
                "this opening quotation mark is never closed; what follows is not quoted",
            ));
        }
    }
    (found, diagnostics)
}

fn unpaired(mark: Range<usize>, message: &str) -> Diagnostic {
    Diagnostic::warning(message).at(mark)
}

/// After a closing mark, "he said. And then…" starts with the attribution of the quotation
/// before; the reversed quotation starts at the next sentence.
fn skip_attribution_tail(text: &str, r: Range<usize>) -> Range<usize> {
    if !text[r.clone()].starts_with(char::is_lowercase) {
        return r;
    }
    match text[r.clone()].find(". ") {
        Some(stop) => trimmed(text, r.start + stop + 1..r.end),
        None => r.end..r.end,
    }
}

fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Whether a paragraph starts with an opening quotation mark.
pub fn opens_with_quote(text: &str, para: &Range<usize>) -> bool {
    text[para.clone()].trim_start().starts_with(['“', '"', '„'])
}

/// Attributes each quotation of a paragraph: a cue after it ("…,” Gabuev said"), a cue before
/// it in its sentence ("Ahn … describes this as a gamble: “…”"), or the paragraph's previous
/// quotation. Pronouns ("he reflects") take the last person mentioned before the quotation.
pub fn attribute(
    text: &str,
    para: Range<usize>,
    quotes: &[Range<usize>],
    mentions: &Speakers,
) -> Vec<Quotation> {
    // Most paragraphs quote nobody: they need no tokens.
    if quotes.is_empty() {
        return Vec::new();
    }
    let lex = Lexicon::builtin();
    let tokens = tokenize(text, para.clone());
    let titles = titles(text, quotes.iter());
    let mut out: Vec<Quotation> = quotes
        .iter()
        .enumerate()
        .map(|(k, q)| {
            let (speaker, cue) = if is_title(&text[q.clone()]) {
                (None, None)
            } else {
                cue_after(text, &tokens, q, mentions, lex)
                    .or_else(|| {
                        cue_before(text, &tokens, q, &titles, mentions, lex).or_else(|| {
                            let first = k == 0 || quotes[..k].iter().all(|q| is_title(&text[q.clone()]));
                            first.then(|| cue_in_sentence_before(text, &tokens, q, &titles, mentions, lex))?
                        })
                    })
                    .map_or((None, None), |(m, cue)| (m, Some(cue)))
            };
            Quotation { range: q.clone(), speaker, cue }
        })
        .collect();
    fill_uncued(text, &mut out);
    out
}

/// Uncued quotations continue the paragraph's previous speaker, or take the next one; a title
/// in quotation marks has none, nor has a quotation an unnamed source is cued with.
fn fill_uncued(text: &str, out: &mut [Quotation]) {
    let open = |q: &Quotation| q.speaker.is_none() && q.cue.is_none() && !is_title(&text[q.range.clone()]);
    for k in 1..out.len() {
        if open(&out[k]) {
            out[k].speaker = out[k - 1].speaker.clone();
        }
    }
    for k in (0..out.len().saturating_sub(1)).rev() {
        if open(&out[k]) {
            out[k].speaker = out[k + 1].speaker.clone();
        }
    }
}

/// “The Salt Road,” and “Rain on Zinc”: a short title-cased phrase in quotation marks names a
/// work; nobody says it.
fn is_title(quoted: &str) -> bool {
    let quoted = quoted.trim_end_matches([',', ' ']);
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "on" | "in" | "a" | "an" | "to" | "for" | "at");
    (1..=6).contains(&words.len())
        && !quoted.ends_with(['.', '?', '!', ':', ';'])
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| small(w) || w.starts_with(char::is_uppercase))
        && words.len() >= 2
}

/// The quotations among `quotes` that are titles.
fn titles<'q>(text: &str, quotes: impl Iterator<Item = &'q Range<usize>>) -> Vec<Range<usize>> {
    quotes.filter(|q| is_title(&text[(*q).clone()])).cloned().collect()
}

/// A paragraph that opens with an unattributed, uncued quotation takes its speaker from the
/// paragraph before: the run-on quotation that ended it, or the speech verb of its last sentence ("In an
/// interview, she explained why she had come home.").
pub fn attribute_from_previous(
    text: &str,
    previous: &Range<usize>,
    previous_quotes: &[Quotation],
    para: &Range<usize>,
    quotes: &mut [Quotation],
    mentions: &Speakers,
) {
    let Some(first) = quotes.first() else { return };
    let opens_paragraph = text[para.start..first.range.start].trim().chars().all(|c| "“\"„".contains(c));
    if first.speaker.is_some()
        || first.cue.is_some()
        || !opens_paragraph
        || is_title(&text[first.range.clone()])
    {
        return;
    }
    let previous_end = trimmed(text, previous.clone()).end;
    let run_on =
        previous_quotes.last().filter(|q| q.range.end >= previous_end).and_then(|q| q.speaker.clone());
    let speaker = run_on.or_else(|| {
        let lex = Lexicon::builtin();
        let tokens = tokenize(text, previous.clone());
        let titles = titles(text, previous_quotes.iter().map(|q| &q.range));
        // A paragraph that is one quotation and nothing else continues the sentence before.
        let only_quoted = quotes.len() == 1
            && text[first.range.end..trimmed(text, para.clone()).end].chars().all(|c| "”\".,!?".contains(c));
        cue_before(text, &tokens, &(previous_end..previous_end), &titles, mentions, lex)
            .and_then(|(m, _)| m)
            .or_else(|| only_quoted.then(|| last_sentence_subject(text, &tokens, mentions, &first.range))?)
    });
    quotes[0].speaker = speaker;
    fill_uncued(text, quotes);
}

/// "Maria Ferreira, 63, a cleaner, waited four hours." before a paragraph that is only a
/// quotation: the person who opens the last sentence is the one quoted when that sentence
/// introduces them (their first mention, with an age or a description after the name) and
/// the quotation does not speak of someone in the third person ("He was the kindest man").
/// `tokens` are the paragraph before's.
fn last_sentence_subject(
    text: &str,
    tokens: &[Token],
    mentions: &Speakers,
    quote: &Range<usize>,
) -> Option<Mention> {
    let (_, before_end) = tokens.split_last()?;
    let start = before_end.iter().rposition(|t| is_sentence_end(text, t)).map_or(0, |k| k + 1);
    let person = mentions.person_starting_at(tokens.get(start)?.start)?;
    let after = &text[person.range.end..];
    let introduced = after.strip_prefix(", ").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("a ") || rest.starts_with("an ")
    }) && mentions.first_mention(&person.id).is_some_and(|m| m.range == person.range);
    let first_word = text[quote.clone()].split_whitespace().next().unwrap_or("");
    let of_someone_else = matches!(first_word, "He" | "She" | "His" | "Her");
    (introduced && !of_someone_else).then_some(person)
}

fn is_sentence_end(text: &str, t: &Token) -> bool {
    let before = text[..t.start].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let next_word = text[t.end..].trim_start();
    // The dot of "Dr." or "Mr." ends no sentence: "said Dr. Jane Doe". Nor does that of "Gov."
    // before a name, unless it is a name's own last word ("the villa of Hun Sen. Officials"),
    // nor that of "Jr." before a verb ("Terrence Whitfield Jr. told reporters").
    // "Republican Sen. Ted Cruz": two capitalised words after the title are its name.
    let title_before_name = || {
        let word_before = text[..t.start - before.len()].trim_end().rsplit(' ').next().unwrap_or("");
        let second = next_word.split_whitespace().nth(1).unwrap_or("");
        next_word.starts_with(char::is_uppercase)
            && (!word_before.starts_with(char::is_uppercase) || second.starts_with(char::is_uppercase))
    };
    let after_title = t.text(text) == "."
        && match before {
            "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "St" | "Md" => true,
            "Gov" | "Sen" | "Rep" | "Gen" | "Maj" | "Brig" | "Lt" | "Col" | "Capt" | "Sgt" | "Rev"
            | "Det" | "Supt" => title_before_name(),
            "Jr" | "Sr" => next_word.starts_with(char::is_lowercase),
            _ => false,
        };
    t.kind == TokenKind::Punct && matches!(t.text(text), "." | "?" | "!" | "“" | "\"") && !after_title
}

/// How many tokens around a quotation its cue is looked for: the rest of a sentence, bounded
/// so that a paragraph of many quotations in one endless sentence stays linear.
const CUE_REACH: usize = 60;

/// Tokens from the closing mark to the end of the sentence after it.
fn cue_after(
    text: &str,
    tokens: &[Token],
    q: &Range<usize>,
    mentions: &Speakers,
    lex: &Lexicon,
) -> Option<(Option<Mention>, Range<usize>)> {
    let first = tokens.partition_point(|t| t.start <= q.end);
    let window: Vec<&Token> =
        tokens[first..].iter().take(CUE_REACH).take_while(|t| !is_sentence_end(text, t)).collect();
    let words: Vec<&str> = window.iter().map(|t| t.text(text)).collect();
    let lead = words.iter().position(|w| *w != ",")?;
    // "…,” according to Jane Doe.": the source follows right behind the mark.
    if let Some((cue, source)) =
        according_to(text, &window[lead..]).filter(|(cue, _)| cue.start == window[lead].start)
    {
        return speaker_in(text, mentions, &source).map(|m| (Some(m), cue));
    }
    let verb = words.iter().position(|w| lex.has("speech_verbs", w))?;
    // "… ” Tomasz Wrobel said: “…”": a cue before a colon introduces the next quotation.
    if words.last() == Some(&":") {
        return None;
    }
    // “… weeks.” Some units …: a quotation that ends its sentence is attributed after it only
    // by a short "Putin said" / "He said" right behind the mark.
    // One that ends a sentence it does not open is reported speech, whose cue came before it.
    let ended_inside = text[q.clone()].trim_end().ends_with(['.', '?', '!']);
    let next_sentence = window.first().is_some_and(|t| t.is_capitalised(text));
    if ended_inside && next_sentence && (verb > 3 || !opens_sentence(text, tokens, q)) {
        return None;
    }
    let cue = window[verb].range();
    if is_pronoun(words[lead]) && lead + 1 == verb {
        let speaker = pronoun_referent(text, mentions, words[lead], q.start)?;
        return Some((Some(speaker), window[lead].start..cue.end));
    }
    // "…,” said Edward Howell": the speaker follows the verb. "…,” an official told Reuters":
    // the speaker is the subject before the verb, and an unnamed one ("an official", "the
    // Americans") leaves the quotation unattributed, with its cue, so that no speaker of the
    // paragraph before is lent to it; the listener after "told" never speaks.
    let span = if verb == lead { cue.end..window.last()?.end } else { window.first()?.start..cue.start };
    // "…,” said a colleague at the service": unnamed after the verb too.
    let unnamed = (verb > lead && verb - lead <= 4 && matches!(words[lead], "a" | "an" | "the"))
        || (verb == lead && words.get(verb + 1).is_some_and(|w| matches!(*w, "a" | "an" | "one")));
    if is_anonymous(text, mentions, &span) {
        return Some((None, cue));
    }
    match speaker_in(text, mentions, &span) {
        Some(m) => Some((Some(m), cue)),
        None => unnamed.then_some((None, cue)),
    }
}

/// Whether the quotation `q` opens its sentence: nothing but its opening mark since the last
/// sentence end in `tokens` (its paragraph's), or since a quotation that ended one.
fn opens_sentence(text: &str, tokens: &[Token], q: &Range<usize>) -> bool {
    let open = tokens.partition_point(|t| t.end <= q.start);
    let ends = |k: usize| is_sentence_end(text, &tokens[k]);
    let closed_quotation = open >= 3 && tokens[open - 2].text(text) == "”" && ends(open - 3);
    open < 2 || ends(open - 2) || closed_quotation
}

/// "Jane Doe said the cuts were needed. “We had no choice.”": the first quotation of a paragraph
/// that opens its sentence with no cue takes the speech verb of the sentence before, as one
/// that opens a paragraph takes the paragraph before's.
fn cue_in_sentence_before(
    text: &str,
    tokens: &[Token],
    q: &Range<usize>,
    titles: &[Range<usize>],
    mentions: &Speakers,
    lex: &Lexicon,
) -> Option<(Option<Mention>, Range<usize>)> {
    let open = tokens.partition_point(|t| t.end <= q.start).checked_sub(1)?;
    let stop = &tokens[open.checked_sub(1)?];
    if !matches!(stop.text(text), "." | "?" | "!") || !is_sentence_end(text, stop) {
        return None;
    }
    cue_before(text, tokens, &(stop.end..stop.end), titles, mentions, lex)
}

/// The sentence before the opening mark, when it has a speech verb. The marks of a title
/// end no sentence: in "she said she read “Rain on Zinc” and “wept.”" the partial quotation
/// belongs to the reported speaker. A source who asked not to be named is cued, but nobody.
fn cue_before(
    text: &str,
    tokens: &[Token],
    q: &Range<usize>,
    titles: &[Range<usize>],
    mentions: &Speakers,
    lex: &Lexicon,
) -> Option<(Option<Mention>, Range<usize>)> {
    let open = tokens.partition_point(|t| t.end <= q.start).checked_sub(1)?;
    let floor = open.saturating_sub(CUE_REACH);
    // Titles are in text order: the last one starting by the token's end is the only candidate.
    let in_title = |t: &Token| {
        let before = titles.partition_point(|r| r.start <= t.end);
        before.checked_sub(1).is_some_and(|k| t.start <= titles[k].end)
    };
    let start = tokens[floor..open]
        .iter()
        .rposition(|t| (is_sentence_end(text, t) || t.text(text) == "”") && !in_title(t))
        .map_or(floor, |i| floor + i + 1);
    let window = &tokens[start..open];
    let speech = |w: &str| lex.has("speech_verbs", w) || lex.has("speech_participles", w);
    let Some(verb) = window.iter().rposition(|t| speech(t.text(text))) else {
        let refs: Vec<&Token> = window.iter().collect();
        if let Some((cue, source)) = according_to(text, &refs) {
            return speaker_in(text, mentions, &source).map(|m| (Some(m), cue));
        }
        return subject_before_colon(text, window, mentions).map(|(m, cue)| (Some(m), cue));
    };
    let cue = window[verb].range();
    // "he also acknowledges": the subject is the word before the verb, past any adverbs.
    let subject = window[..verb].iter().rev().find(|t| {
        !(t.text(text).ends_with("ly") || matches!(t.text(text), "also" | "then" | "later" | "again"))
    });
    if let Some(pronoun) = subject.map(|t| t.text(text)).filter(|w| is_pronoun(w)) {
        return Some((Some(pronoun_referent(text, mentions, pronoun, q.start)?), cue));
    }
    // "a position Jane Doe described as …": a name right before the verb is its subject.
    if let Some(person) = subject.and_then(|t| mentions.person_ending_at(t.end)) {
        return Some((Some(person), cue));
    }
    let span = window.first()?.start..window[verb].start;
    if is_anonymous(text, mentions, &span) {
        return Some((None, cue));
    }
    // "She ordered a retrial and warned against “…”": a pronoun opening a sentence that names
    // nobody before its verb is the verb's subject.
    let opener = window.first().map(|t| t.text(text)).filter(|w| is_pronoun(w));
    if let Some(pronoun) = opener.filter(|_| mentions.starting_in(&span).is_empty()) {
        return Some((Some(pronoun_referent(text, mentions, pronoun, q.start)?), cue));
    }
    speaker_in(text, mentions, &span).map(|m| (Some(m), cue))
}

/// "A senior party official, who asked not to be named, said", "said a person close to Jane
/// Doe, who asked not to be named": a subject that asks not to be named is nobody the text
/// names, unless it opens with a person's name ("Sarah Okafor, a lawyer, who asked not to be
/// named," is still Sarah Okafor).
fn is_anonymous(text: &str, mentions: &Speakers, subject: &Range<usize>) -> bool {
    let words = &text[subject.clone()];
    let asks = ["not to be named", "not to be identified", "condition of anonymity", "declined to be named"]
        .iter()
        .any(|p| words.contains(p));
    let lead = words.len() - words.trim_start().len();
    asks && mentions.person_starting_at(subject.start + lead).is_none()
}

/// "Maria Kowalczyk was blunt: “…”": a colon before the quotation, in a sentence with no speech
/// verb, gives it to the person that opens the sentence, unless a possessor ("Kowalczyk's
/// plan has one aim:"). The colon is the cue.
fn subject_before_colon(
    text: &str,
    window: &[Token],
    mentions: &Speakers,
) -> Option<(Mention, Range<usize>)> {
    let colon = window.last().filter(|t| t.text(text) == ":")?;
    let first = window.first()?;
    let person = mentions.person_starting_at(first.start)?;
    let possessor = text[person.range.end..].starts_with(['\'', '’']);
    (!possessor).then(|| (person, colon.range()))
}

/// "according to Jane Doe, …": the words "according to" and the source after them, up to the
/// next comma or the end of `window`.
fn according_to(text: &str, window: &[&Token]) -> Option<(Range<usize>, Range<usize>)> {
    let at = window
        .windows(2)
        .rposition(|w| w[0].text(text).eq_ignore_ascii_case("according") && w[1].text(text) == "to")?;
    let rest = &window[at + 2..];
    let end = rest.iter().position(|t| t.text(text) == ",").unwrap_or(rest.len());
    let source = rest.first()?.start..rest[..end].last()?.end;
    Some((window[at].start..window[at + 1].end, source))
}

fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "He" | "She" | "it" | "It")
}

/// Who a pronoun subject of a speech verb stands for: "she" a person, "it" an organisation
/// ("“…,” it said in a statement"), each of the same or the previous paragraph; "it" the
/// organisation that opens the sentence before, if one does, else the last one named, or the
/// one quoted after it.
fn pronoun_referent(text: &str, mentions: &Speakers, pronoun: &str, at: usize) -> Option<Mention> {
    if pronoun.eq_ignore_ascii_case("it") {
        // "The Kremlin dismissed the NIS report. “…,” it said": the body the sentence is about.
        return mentions
            .subject_of_last_sentence(text, at, false)
            .or_else(|| institution_opening(text, mentions, at))
            .or_else(|| mentions.last_org_or_speaker(text, at));
    }
    mentions.last_before(text, at, Label::Person)
}

/// "The institute said the vote was calm. “…,” it said": the body a noun after "The" stands for,
/// when they open the sentence before `at` and it reports what the body said ("The court fined
/// Kestrel. “We accept the ruling,” it said" is Kestrel speaking).
fn institution_opening(text: &str, mentions: &Speakers, at: usize) -> Option<Mention> {
    let sentence = speakers::last_sentence(text, at);
    let mut words = text[sentence.clone()].split(' ');
    let the = words.next().filter(|w| *w == "The")?;
    let noun = words.next()?;
    let noun_end = sentence.start + the.len() + 1 + noun.len();
    if !speakers::reports_speech(&text[noun_end..sentence.end]) {
        return None;
    }
    institution_in(text, mentions, &(sentence.start..noun_end))
}

/// The first person mentioned in `span`, else the first organisation; possessors are skipped
/// unless a spokesperson or board speaks for them ("Acme's spokesperson said"); else an
/// institution named by its common noun ("the court said") is the last such organisation
/// mentioned before.
fn speaker_in(text: &str, mentions: &Speakers, span: &Range<usize>) -> Option<Mention> {
    let span = &without_relative_clause(text, span);
    let after = |m: &Mention| text[m.range.end..].trim_start_matches(['\'', '’']).trim_start_matches('s');
    // "Amaral's agent, Victor Price, told …": a possessor is not the speaker.
    let possessor = |m: &Mention| text[m.range.end..].starts_with(['\'', '’']);
    // "Acme's spokesperson", "Morena's state leadership": a word may come before the voice.
    let voice = |m: &Mention| {
        let rest = after(m).trim_start();
        let second = rest.split_once(' ').map_or("", |(_, r)| r);
        [
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "board",
            "management",
            "leadership",
            "lawyers",
            "statement",
            "press office",
        ]
        .iter()
        .any(|w| rest.starts_with(w) || second.starts_with(w))
    };
    let inside = |m: &&Mention| m.range.end <= span.end && (!possessor(m) || voice(m));
    // "Sri Lanka's government said": a country speaks through its government.
    let government_of = |m: &&Mention| {
        m.label == Label::Place && possessor(m) && after(m).trim_start().starts_with("government")
    };
    let starting = mentions.starting_in(span);
    starting
        .iter()
        .filter(inside)
        .find(|m| m.label == Label::Person)
        .or_else(|| starting.iter().filter(inside).find(|m| m.label == Label::Org))
        .or_else(|| starting.iter().find(government_of))
        .cloned()
        .or_else(|| institution_in(text, mentions, span))
        .or_else(|| role_holder(text, mentions, span))
        .or_else(|| described_person(text, mentions, span))
}

/// How many persons back a description ("the Belarusian", "the 26-year-old") looks for the
/// person the document described so.
const DESCRIPTION_REACH: usize = 20;

/// "Belarusian Tavia Orlenko …, “…,” the Belarusian said", "Spain's Iñaki Etxeberria … the
/// Spaniard said", "Jane Doe, 26, … the 26-year-old said", "Jane Doe, chief economist at Acme,
/// … the economist said": a subject that is "the" and one person's nationality, age or role
/// is the last person the document gave it (a demonym before the name or its title, the
/// country's possessive before it, "of" and the country after it; ", 26," after the name,
/// "26-year-old" before it; the role as a title before the name, before ", Name," or in the
/// appositive after it), among the last few persons. An age may come with other words ("the
/// 61-year-old retired teacher"), which then name the role. A nationality or age given to
/// none of them stands, as a pronoun does, for the last person named, if nobody else is named
/// from that mention's paragraph on, and if no unnamed "12-year-old boy" came between; a role
/// given to nobody stands for nobody ("the official said"). A people ("the Americans", "the
/// French") is no person.
fn described_person(text: &str, mentions: &Speakers, span: &Range<usize>) -> Option<Mention> {
    let subject = text[span.clone()].trim_matches(|c: char| c.is_whitespace() || c == ',');
    let (the, description) = subject.split_once(' ')?;
    let words: Vec<&str> = description.split(' ').collect();
    if !the.eq_ignore_ascii_case("the") || words.len() > DESCRIPTION_WORDS {
        return None;
    }
    let age = words[0]
        .strip_suffix("-year-old")
        .filter(|age| !age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()));
    let lex = Lexicon::builtin();
    let role = words.last().copied().filter(|w| {
        words.len() > usize::from(age.is_some())
            && (lex.has("role_nouns", w)
                || Gazetteer::builtin().title_len(&[capitalise(w).as_str()]) == Some(1))
    });
    if age.is_none() && role.is_none() {
        return (words.len() == 1).then(|| described_by_nation(text, mentions, span, description))?;
    }
    let by_age = age.and_then(|age| {
        let (after, before) = (format!(", {age},"), format!("{age}-year-old "));
        // "Jane Doe, a 26-year-old nurse,"
        let (a, an) = (format!(", a {age}-year-old"), format!(", an {age}-year-old"));
        let given = |m: &Mention| {
            let rest = &text[m.range.end..];
            rest.starts_with(&after)
                || rest.starts_with(&a)
                || rest.starts_with(&an)
                || text[..m.range.start].ends_with(&before)
        };
        mentions.recent_person_before(span.start, DESCRIPTION_REACH, given)
    });
    let by_role = || {
        role?;
        // "the deputy mayor" is not "the mayor": every word of the role is the person's.
        let role_words = &words[usize::from(age.is_some())..];
        let given = |m: &Mention| {
            // "Alderwoman Jane Doe", "its deputy mayor, Jane Doe,": the title right before.
            let before: Vec<&str> = text[..m.range.start]
                .trim_end_matches([' ', ','])
                .rsplit(' ')
                .take(role_words.len() + 1)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let titled =
                holds_role(&before, role_words).is_some_and(|at| at + role_words.len() == before.len());
            // "Jane Doe, chief economist at Acme,": the appositive's head, before "of", "for",
            // "whose" and the like ("chief of staff to the mayor" is no mayor).
            let appositive = text[m.range.end..].strip_prefix(", ").and_then(|rest| {
                let end = rest.find([',', '.', ';', '“', '"']).unwrap_or(rest.len());
                (end <= APPOSITIVE_BYTES).then(|| &rest[..end])
            });
            let in_appositive = appositive.is_some_and(|a| {
                let head: Vec<&str> = a
                    .split(' ')
                    .take_while(|w| !APPOSITIVE_TAILS.contains(&w.to_lowercase().as_str()))
                    .collect();
                holds_role(&head, role_words).is_some()
            });
            titled || in_appositive
        };
        mentions.recent_person_before(span.start, DESCRIPTION_REACH, given)
    };
    by_age.or_else(by_role).or_else(|| {
        // "A 12-year-old boy escaped. “…,” the 12-year-old said": someone unnamed.
        let only = mentions.only_person_before(text, span.start).filter(|_| age.is_some())?;
        (!text[only.range.end..span.start].contains(words[0])).then_some(only)
    })
}

/// Where `role` stands in `words` (ignoring case and brackets), unless a word before it ranks
/// it lower: "assistant coach" and "deputy mayor" are not "the coach" and "the mayor".
fn holds_role(words: &[&str], role: &[&str]) -> Option<usize> {
    let same = |a: &str, b: &str| a.trim_matches(['(', ')']).eq_ignore_ascii_case(b);
    (0..(words.len() + 1).saturating_sub(role.len())).find(|&at| {
        words[at..at + role.len()].iter().zip(role).all(|(a, b)| same(a, b))
            && (at == 0 || !RANK_MODIFIERS.contains(&words[at - 1].to_lowercase().as_str()))
    })
}

/// Words that make a role another's: "assistant coach", "deputy mayor", "former president".
const RANK_MODIFIERS: &[&str] = &["assistant", "deputy", "vice", "associate", "former", "junior", "co"];

/// Words after which an appositive no longer names its person's role: "chief of staff to the
/// mayor", "a lawyer for the coach", "whose husband is an officer".
pub(super) const APPOSITIVE_TAILS: &[&str] =
    &["of", "to", "for", "at", "in", "with", "from", "on", "whose", "who", "which", "and", "said"];

/// How many words a description after "the" has at most: "the 31-year-old Samoan centre".
const DESCRIPTION_WORDS: usize = 4;

/// How long, in bytes, an appositive that gives a person's role is: "chief economist at Mzansi
/// Capital in Johannesburg".
const APPOSITIVE_BYTES: usize = 80;

/// "the Belarusian said": the last person the document gave that nationality ([`described_person`]).
fn described_by_nation(
    text: &str,
    mentions: &Speakers,
    span: &Range<usize>,
    description: &str,
) -> Option<Mention> {
    // "the French", "the Americans", "the Japanese": a people, or a side, no one person.
    let a_people = ["s", "ish", "ese"].iter().any(|end| description.ends_with(end))
        || matches!(description, "French" | "Dutch" | "Welsh");
    if a_people {
        return None;
    }
    let group = mentions
        .starting_in(span)
        .iter()
        .find(|m| m.label == Label::Group && text[m.range.clone()] == *description)?;
    let country = country_of(&group.id).map(|(id, _)| id);
    let of_country = |m: &Mention| m.label == Label::Place && Some(m.id.as_str()) == country;
    let gap = |a: usize, b: usize| text.get(a..b).unwrap_or("");
    // " ", or a title between: "Polish President Karol Nawrocki" (a short gap only: this is
    // asked of the last few persons for every described speaker).
    let title_gap = |g: &str| {
        g.len() <= 40
            && g.starts_with(' ')
            && g.ends_with(' ')
            && g.split_whitespace().count() <= 3
            && g.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    };
    let given = |m: &Mention| {
        let at = mentions.all.partition_point(|o| o.range.start < m.range.start);
        let before = at.checked_sub(1).map(|k| &mentions.all[k]);
        let after = mentions.all[at..].iter().find(|o| o.range.start >= m.range.end);
        before.is_some_and(|b| {
            (b.id == group.id && title_gap(gap(b.range.end, m.range.start)))
                || (of_country(b) && matches!(gap(b.range.end, m.range.start), "'s " | "’s "))
        }) || after.is_some_and(|a| {
            of_country(a) && matches!(gap(m.range.end, a.range.start), " of " | ", of " | " (")
        })
    };
    mentions
        .recent_person_before(span.start, DESCRIPTION_REACH, given)
        .or_else(|| mentions.only_person_before(text, span.start))
}

/// "Sri Lanka's government, which is bound by an IMF programme, said": the subject before a
/// verb is the part of `span` before a relative clause that runs up to the verb.
fn without_relative_clause(text: &str, span: &Range<usize>) -> Range<usize> {
    let subject = &text[span.clone()];
    if !subject.trim_end().ends_with(',') {
        return span.clone();
    }
    // Not ", whose chair, Jane Doe, called": the verb there is the clause's own.
    [", which ", ", who "]
        .iter()
        .filter_map(|clause| subject.find(clause))
        .min()
        .map_or(span.clone(), |at| span.start..span.start + at)
}

/// How many persons back a role ("the mayor") looks for the person it was given to.
const ROLE_REACH: usize = 20;

/// "Maria Kowalczyk, the mayor, … “…,” the mayor said": a subject that is "the" and a title
/// ending the span is the last person introduced with that title, as "Mayor Maria
/// Kowalczyk", "Maria Kowalczyk, the mayor" or "the mayor, Maria Kowalczyk", among the
/// last few persons.
fn role_holder(text: &str, mentions: &Speakers, span: &Range<usize>) -> Option<Mention> {
    let subject = text[span.clone()].trim_matches(|c: char| c.is_whitespace() || c == ',');
    let words: Vec<&str> = subject.split(' ').collect();
    let gaz = Gazetteer::builtin();
    let role_len = (1..=2).rev().find(|&n| {
        let Some(role) = words.len().checked_sub(n).map(|at| &words[at..]) else { return false };
        let the = words.len().checked_sub(n + 1).map(|at| words[at]);
        let before_the = words.len().checked_sub(n + 2).map(|at| words[at]);
        let capitalised: Vec<String> = role.iter().map(|w| capitalise(w)).collect();
        let capitalised: Vec<&str> = capitalised.iter().map(String::as_str).collect();
        the.is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && before_the.is_none_or(|w| w.ends_with(','))
            && role.iter().all(|w| w.starts_with(char::is_lowercase))
            && gaz.title_len(&capitalised) == Some(n)
    })?;
    let role = words[words.len() - role_len..].join(" ");
    let title = role.split(' ').map(capitalise).collect::<Vec<_>>().join(" ");
    let (after_name, before_name) = (format!(", the {role}"), format!("the {role},"));
    let given = |m: &Mention| {
        let before = text[..m.range.start].trim_end_matches(' ');
        let ends_with = |tail: &str| {
            before
                .get(before.len().saturating_sub(tail.len())..)
                .is_some_and(|t| t.eq_ignore_ascii_case(tail))
        };
        // "Deputy Mayor Tom Reyes" is not "the mayor".
        let ranked_lower = before
            .strip_suffix(title.as_str())
            .and_then(|rest| rest.trim_end().rsplit(' ').next())
            .is_some_and(|w| RANK_MODIFIERS.contains(&w.to_lowercase().as_str()));
        (before.ends_with(&title) && !ranked_lower)
            || text[m.range.end..].starts_with(&after_name)
            || ends_with(&before_name)
    };
    mentions.recent_person_before(span.start, ROLE_REACH, given)
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// What a body issues and news quotes as if it spoke: "the report said".
const DOCUMENT_NOUNS: &[&str] = &["report", "statement", "ruling", "judgment", "judgement"];

/// "the court said", "The ministry said": the last organisation before `span` whose name has
/// that noun ("High Court", "Ministry of Finance"); "the company said", "the lender said": a
/// kind of company that no name spells is the organisation the document has named most so far.
fn institution_in(text: &str, mentions: &Speakers, span: &Range<usize>) -> Option<Mention> {
    let lex = Lexicon::builtin();
    let words: Vec<&str> = text[span.clone()].split_whitespace().collect();
    // "said a colleague at the service", "an investor at the board meeting": a place the
    // speaker stood, or a noun the body's name modifies, is no body speaking.
    // A body's own voice stands anywhere: "a spokesperson at the ministry", "an official from".
    let voice = words.iter().any(|w| w.starts_with("spokes") || w.starts_with("official"));
    let placed = |k: usize| {
        !voice && k > 0 && matches!(words[k - 1], "at" | "outside" | "inside" | "near" | "in" | "on")
    };
    let modifies = |k: usize| words.get(k + 2).is_some_and(|w| lex.has("institution_modified", w));
    let noun = (0..words.len().saturating_sub(1)).find_map(|k| {
        let the = words[k].eq_ignore_ascii_case("the") && !placed(k) && !modifies(k);
        let noun = words[k + 1].trim_end_matches([',', '\'', '’']);
        // "Cardiff also lost Pugh. “…,” the club said": a club is the team its paragraph is about.
        if the && (matches!(noun, "club" | "team") || DOCUMENT_NOUNS.contains(&noun)) {
            return Some(noun);
        }
        let institution = matches!(noun, "government" | "board")
            || lex.has("appositive_body_nouns", noun)
            || lex.has("company_nouns", noun)
            || lex.has("body_nouns", noun);
        (the && institution).then_some(noun)
    })?;
    // "The council said in a report that … “…,” the report said": a document speaks for the
    // body whose words the sentence before reports.
    if DOCUMENT_NOUNS.contains(&noun) {
        return mentions
            .subject_of_last_sentence(text, span.start, true)
            .or_else(|| institution_opening(text, mentions, span.start));
    }
    // Not the league or federation that fined it: "The Premier League fined Chelsea".
    if matches!(noun, "club" | "team") {
        let governing =
            |m: &Mention| m.name.rsplit(' ').next().is_some_and(|w| lex.has("body_nouns", &w.to_lowercase()));
        return mentions.subject_of_last_sentence(text, span.start, false).filter(|m| !governing(m));
    }
    // "NATO said Monday … “…,” the alliance said": a kind of body no name spells is the body
    // whose report the sentence before gives; a company, failing that, the one the document
    // names most.
    // "a spokesman for the force": a police force, unless a force was named since ("KFOR, the
    // NATO-led peacekeeping force,").
    let police = (noun == "force").then(|| mentions.last_org_named(text, span.start, "police")).flatten();
    let named = mentions.last_org_named(text, span.start, noun);
    let named = match (police, named) {
        (Some(police), Some(force)) => {
            Some(if force.range.start > police.range.start { force } else { police })
        }
        (police, named) => police.or(named),
    };
    named.or_else(|| {
        let company = lex.has("company_nouns", noun);
        (company || lex.has("body_nouns", noun)).then(|| {
            mentions
                .subject_of_last_sentence(text, span.start, true)
                .or_else(|| company.then(|| mentions.most_named_org_before(text, span.start))?)
        })?
    })
}

#[cfg(test)]
mod tests;
