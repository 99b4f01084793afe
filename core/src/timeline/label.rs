//! An event's label: the clause of its sentence around the TIME span, so that a mark reads
//! "Ukrainian troops penetrated Russian defenses" rather than "August".
//!
//! A clause ends at the clause words and marks of `time_words.txt` ("that", "when", a
//! quotation mark, a dash), at a comma, and at "and"/"or" before a verb. The date itself, with
//! its preposition, is cut when it opens or closes the clause, since the axis says when; inside
//! a clause it stays ("in a 21st century war"). A clause too short to say anything, or a short
//! one that ends where what was said begins ("The Pentagon confirmed Monday that ..."), takes in
//! the clause after it. When the clause names nobody, the sentence's first person or
//! organisation leads it ("Putin: instead pointing to a pact signed in June"). Each label reads
//! at most [`REACH`] tokens either side of its date, so labelling is linear in the text.

use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::lexicon::Lexicon;
use crate::analysis::token::TokenKind;
use crate::analysis::{Analysis, Label, SpanValue, Token};

/// Fewer words than this say nothing on their own: the next clause is taken in.
const MIN_WORDS: usize = 4;
/// A clause shorter than this that ends in "that" or "when" takes in what follows.
const FULL_WORDS: usize = 7;
/// The longest label, in words; a longer clause ends in "…".
const MAX_WORDS: usize = 16;
/// How many tokens either side of the date a clause is looked for in.
const REACH: usize = 48;

/// What a TIME span's clause says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Clause {
    /// The label, as written in the sentence apart from the cut date and normalised spaces.
    pub(super) label: String,
    /// Its content words, lower-cased, and numbers: what two sources must share to be one fact.
    pub(super) words: Vec<String>,
}

fn time_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::parse(include_str!("../../data/time_words.txt")))
}

fn label_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::parse(include_str!("../../data/label_words.txt")))
}

/// One sentence's tokens, with the TIME spans in it, for finding clauses.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    lower: Vec<String>,
    /// For each token, whether a TIME span covers it.
    timed: Vec<bool>,
}

impl Sentence<'_> {
    fn is(&self, i: usize, lexicon: &Lexicon, section: &str) -> bool {
        self.lower.get(i).is_some_and(|w| lexicon.has(section, w))
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Number)
    }

    /// Whether token `i` looks like a verb: an auxiliary, a tense cue, a form of "be", a
    /// verb of speech, or a lower-case word in "-ed".
    fn is_verb(&self, i: usize) -> bool {
        let (time, labels) = (time_words(), label_words());
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised(self.text))
            && (self.is(i, labels, "auxiliaries")
                || ["past_cues", "be_forms", "future_cues", "forward_modals"]
                    .iter()
                    .any(|s| self.is(i, time, s))
                || self.is(i, Lexicon::builtin(), "speech_verbs")
                || self.lower[i].len() > 4 && self.lower[i].ends_with("ed"))
    }

    /// Whether token `i` separates two clauses.
    fn is_boundary(&self, i: usize) -> bool {
        let time = time_words();
        let w = self.lower[i].as_str();
        if self.timed[i] {
            return false;
        }
        if self.toks[i].kind == TokenKind::Punct {
            return w == "," || w == "." || time.has("clause_marks", w);
        }
        if time.has("clause_words", w) {
            // "until Friday" is a preposition, not a clause.
            let before_date = self.timed.get(i + 1) == Some(&true);
            return !(before_date && time.has("time_prepositions", w));
        }
        if label_words().has("coordinators", w) {
            let joins_dates = i > 0 && self.timed[i - 1] && self.timed.get(i + 1) == Some(&true);
            return !joins_dates && (self.is_verb(i + 1) || i > 0 && self.lower[i - 1] == ",");
        }
        false
    }

    /// The tokens of the clause that starts after `at`'s run of boundaries, if any.
    fn next_clause(&self, at: usize) -> Option<usize> {
        let start = (at..self.toks.len()).find(|&i| !self.is_boundary(i))?;
        Some((start..self.toks.len()).find(|&i| self.is_boundary(i)).unwrap_or(self.toks.len()))
    }

    /// Whether the boundaries from `at` open what was said or when: "that", "when", ":".
    fn opens_complement(&self, at: usize) -> bool {
        (at..self.toks.len())
            .take_while(|&i| self.is_boundary(i))
            .any(|i| matches!(self.lower[i].as_str(), "that" | "when" | ":"))
    }
}

/// The clause around TIME span `span` of `analysis`, over `text`.
pub(super) fn clause(text: &str, analysis: &Analysis, span: usize) -> Clause {
    let time = &analysis.spans[span];
    let range = analysis.sentences[time.sentence].clone();
    // Only the tokens within REACH of the date are read, so that a sentence of a thousand
    // dates (a pasted list) costs a thousand short reads, not a thousand whole sentences.
    let at = analysis.tokens.partition_point(|t| t.start < time.range.start);
    let after = analysis.tokens.partition_point(|t| t.start < time.range.end);
    let first = analysis.tokens.partition_point(|t| t.start < range.start).max(at.saturating_sub(REACH));
    let last = analysis.tokens.partition_point(|t| t.start < range.end).min(after + REACH);
    let toks = &analysis.tokens[first..last];
    let reach = toks.first().map_or(range.start, |t| t.start)..toks.last().map_or(range.end, |t| t.end);
    let sentence_spans = analysis.spans_in(time.sentence);
    let spans = &sentence_spans[sentence_spans.partition_point(|s| s.range.start < reach.start)
        ..sentence_spans.partition_point(|s| s.range.start < reach.end)];
    let time_ranges: Vec<&Range<usize>> =
        spans.iter().filter(|s| s.label == Label::Time).map(|s| &s.range).collect();
    let sentence = Sentence {
        text,
        toks,
        lower: toks.iter().map(|t| t.text(text).to_lowercase()).collect(),
        timed: toks.iter().map(|t| time_ranges.iter().any(|r| r.contains(&t.start))).collect(),
    };
    let n = toks.len();
    let Some(ts) = toks.iter().position(|t| t.start >= time.range.start) else {
        return fallback(text, time.range.clone());
    };
    let te = toks.iter().position(|t| t.start >= time.range.end).unwrap_or(n).max(ts + 1);
    let cut = date_phrase(&sentence, ts, te);
    let (mut a, mut b) = (
        (0..cut.start).rev().find(|&i| sentence.is_boundary(i)).map_or(0, |i| i + 1),
        (cut.end..n).find(|&i| sentence.is_boundary(i)).unwrap_or(n),
    );
    // The date goes when it opens or closes its clause; inside one it is part of what is said.
    let cut = if cut.start == a || cut.end == b { cut } else { cut.start..cut.start };
    let words = |a: usize, b: usize| (a..b).filter(|&i| !cut.contains(&i) && sentence.is_word(i)).count();
    for _ in 0..2 {
        let count = words(a, b);
        let short = count < MIN_WORDS || count < FULL_WORDS && sentence.opens_complement(b);
        if !short {
            break;
        }
        if let Some(end) = sentence.next_clause(b) {
            b = end;
        } else if a > 0 && count < MIN_WORDS {
            let before = (0..a).rev().find(|&i| !sentence.is_boundary(i)).unwrap_or(0);
            a = (0..before).rev().find(|&i| sentence.is_boundary(i)).map_or(0, |i| i + 1);
        } else {
            break;
        }
    }
    let kept: Vec<usize> = (a..b).filter(|i| !cut.contains(i)).collect();
    let kept = trim_punctuation(&sentence, &kept);
    if kept.is_empty() {
        return fallback(text, time.range.clone());
    }
    let mut label = capitalise(&join(&sentence, &kept));
    let named = |s: &&crate::analysis::Span| matches!(s.value, SpanValue::Entity { .. });
    let clause_bytes = toks[kept[0]].start..toks[kept[kept.len() - 1]].end;
    let names_someone = spans.iter().filter(named).any(|s| clause_bytes.contains(&s.range.start));
    if !names_someone {
        let actor = spans.iter().filter(named).find(|s| matches!(s.label, Label::Person | Label::Org));
        if let Some(SpanValue::Entity { id }) = actor.map(|s| &s.value) {
            label = format!("{}: {}", analysis.entities[*id].name, join(&sentence, &kept));
        }
    }
    // A shared entity is necessary for a shared fact but not enough: its name is not a word here.
    let in_name = |t: &Token| spans.iter().filter(named).any(|s| s.range.contains(&t.start));
    let stop = |w: &str| label_words().has("stopwords", w);
    let words = kept
        .iter()
        .filter(|&&i| {
            let w = &sentence.lower[i];
            let free = !sentence.timed[i] && !in_name(&toks[i]);
            match toks[i].kind {
                TokenKind::Number => free,
                TokenKind::Word => free && w.chars().count() >= 3 && !stop(w),
                _ => false,
            }
        })
        .map(|&i| sentence.lower[i].clone())
        .collect();
    Clause { label, words }
}

/// The tokens of the date phrase at `ts..te`: its preposition ("on Monday") and the dates
/// joined to it ("on Wednesday and Thursday").
fn date_phrase(sentence: &Sentence, mut ts: usize, mut te: usize) -> Range<usize> {
    let time = time_words();
    let joins = |i: usize| sentence.is(i, time, "date_conjunctions");
    while ts >= 2 && joins(ts - 1) && sentence.timed[ts - 2] {
        ts -= 2;
        while ts > 0 && sentence.timed[ts - 1] {
            ts -= 1;
        }
    }
    while te + 1 < sentence.toks.len() && joins(te) && sentence.timed[te + 1] {
        te += 2;
        while te < sentence.toks.len() && sentence.timed[te] {
            te += 1;
        }
    }
    let preposition = |i: usize| {
        sentence.is(i, time, "date_prepositions") || sentence.is(i, label_words(), "day_prepositions")
    };
    if ts > 0 && preposition(ts - 1) {
        ts -= 1;
    }
    ts..te
}

/// `kept` without commas, dashes and colons at either end.
fn trim_punctuation(sentence: &Sentence, kept: &[usize]) -> Vec<usize> {
    let loose = |i: &&usize| {
        sentence.toks[**i].kind == TokenKind::Punct
            && matches!(sentence.lower[**i].as_str(), "," | ";" | ":" | "-" | "–" | "—" | ".")
    };
    let start = kept.iter().take_while(loose).count();
    let end = kept.len() - kept[start..].iter().rev().take_while(loose).count();
    kept[start..end].to_vec()
}

/// The tokens `kept` as text: the sentence's own spacing between neighbours (line breaks made
/// spaces), one space where the date was cut, at most [`MAX_WORDS`] words.
fn join(sentence: &Sentence, kept: &[usize]) -> String {
    let (text, toks) = (sentence.text, sentence.toks);
    let mut out = String::new();
    let mut words = 0;
    for (k, &i) in kept.iter().enumerate() {
        if sentence.is_word(i) {
            words += 1;
            if words > MAX_WORDS {
                out.push('…');
                break;
            }
        }
        if k > 0 {
            let previous = kept[k - 1];
            let gap = &text[toks[previous].end..toks[i].start];
            let closes = toks[i].kind != TokenKind::Word
                && toks[i].kind != TokenKind::Number
                && matches!(sentence.lower[i].as_str(), "," | "." | ";" | ":" | ")" | "’s" | "'s" | "’");
            if previous + 1 == i {
                if !gap.is_empty() {
                    out.push(' ');
                }
            } else if !closes {
                out.push(' ');
            }
        }
        out.push_str(toks[i].text(text));
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The date as written, when its sentence has nothing else ("Last year." as a heading).
fn fallback(text: &str, range: Range<usize>) -> Clause {
    Clause { label: capitalise(&text[range]), words: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    /// The label of the `n`th TIME of `text`, analysed against 2024-10-29.
    fn label(text: &str, n: usize) -> String {
        let analysis = analyze(text, "2024-10-29".parse().ok());
        let span = analysis.spans.iter().enumerate().filter(|(_, s)| s.label == Label::Time).nth(n);
        let (span, _) = span.unwrap_or_else(|| panic!("no TIME {n} in {text:?}: {:?}", analysis.spans));
        clause(text, &analysis, span).label
    }

    #[test]
    fn a_label_is_the_clause_around_the_date_with_its_subject_and_verb() {
        // Sentence, which TIME, label.
        let table = [
            (
                "Ukrainian troops penetrated Russian defenses in August and seized part of the Kursk region.",
                0,
                "Ukrainian troops penetrated Russian defenses",
            ),
            (
                "The Pentagon confirmed Monday that around 10,000 North Korean soldiers have been sent to Russia for training.",
                0,
                "The Pentagon confirmed that around 10,000 North Korean soldiers have been sent to Russia for training",
            ),
            (
                "South Korea's foreign and defense ministers will travel to Washington on Wednesday and Thursday following a briefing by NATO leaders on Monday.",
                0,
                "South Korea's foreign and defense ministers will travel to Washington",
            ),
            (
                "South Korea's foreign and defense ministers will travel to Washington on Wednesday and Thursday following a briefing by NATO leaders on Monday.",
                1,
                "South Korea's foreign and defense ministers will travel to Washington",
            ),
            (
                "South Korea's foreign and defense ministers will travel to Washington on Wednesday and Thursday following a briefing by NATO leaders on Monday.",
                2,
                "A briefing by NATO leaders",
            ),
            (
                "When NBC's Keir Simmons was asked about it in Kazan last week, Putin stood by his statement.",
                0,
                "NBC's Keir Simmons was asked about it in Kazan",
            ),
            (
                "According to the Yonhap news agency, South Korea's spy agency said on Tuesday that North Korea was preparing a launch.",
                0,
                "South Korea's spy agency said that North Korea was preparing a launch",
            ),
            // A date inside its clause stays.
            (
                "North Korea could gain real combat experience in a 21st century war, Gabuev said.",
                0,
                "North Korea could gain real combat experience in a 21st century war",
            ),
            // A clause that names nobody is led by the sentence's person.
            (
                "Russian President Vladimir Putin did not deny the reports, instead pointing to a defense pact signed in June.",
                0,
                "Vladimir Putin: instead pointing to a defense pact signed",
            ),
            ("Last year.", 0, "Last year"),
        ];
        for (text, n, expected) in table {
            assert_eq!(label(text, n), expected, "{text}");
        }
    }

    /// A sentence of 3,000 dates: each label reads its neighbourhood, not the whole sentence.
    #[test]
    fn a_sentence_of_thousands_of_dates_gets_a_label_for_each_from_its_neighbourhood() {
        let text = format!("Talks were held on {} and Friday.", "Monday, ".repeat(3000));
        let analysis = analyze(&text, "2024-10-29".parse().ok());
        let times: Vec<usize> =
            (0..analysis.spans.len()).filter(|&i| analysis.spans[i].label == Label::Time).collect();
        assert!(times.len() > 1000, "{}", times.len());
        let labels: Vec<String> = times.iter().map(|&i| clause(&text, &analysis, i).label).collect();
        assert!(labels.iter().all(|l| !l.is_empty()));
    }

    #[test]
    fn a_long_clause_ends_in_an_ellipsis() {
        let text = "On Monday the committee of the regional assembly of the northern province voted to \
                    approve the plan for the new bridge across the river near the old town.";
        let got = label(text, 0);
        assert!(got.ends_with('…') && got.split(' ').count() == MAX_WORDS, "{got}");
    }
}
