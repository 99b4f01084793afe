//! `Speakers`: a document's mentions, sorted once, and the questions the attribution of a
//! quotation asks of them (the last person before a point, the body a noun stands for).

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::super::entity::Mention;
use super::super::lexicon::Lexicon;
use super::super::span::Label;

/// A document's mentions, sorted by start, with its persons apart: built once, so that finding
/// each quotation's speaker is a binary search, not a scan of the document.
pub struct Speakers<'a> {
    pub(super) all: &'a [Mention],
    persons: Vec<&'a Mention>,
    /// Each person's first mention, by id.
    first: HashMap<&'a str, &'a Mention>,
    /// The last organisation quoted, and where its quotation ended.
    org_speaker: Option<(Mention, usize)>,
}

impl<'a> Speakers<'a> {
    /// The mentions of one document, sorted by start.
    pub fn new(mentions: &'a [Mention]) -> Speakers<'a> {
        let persons: Vec<&Mention> = mentions.iter().filter(|m| m.label == Label::Person).collect();
        let mut first = HashMap::default();
        for m in &persons {
            first.entry(m.id.as_str()).or_insert(*m);
        }
        Speakers { all: mentions, persons, first, org_speaker: None }
    }

    /// Keeps the last organisation among a paragraph's speakers, for an "it" that follows.
    pub fn note_org_speaker(&mut self, quotes: &[super::Quotation]) {
        if let Some(q) =
            quotes.iter().rev().find(|q| q.speaker.as_ref().is_some_and(|m| m.label == Label::Org))
        {
            self.org_speaker = q.speaker.clone().map(|m| (m, q.range.end));
        }
    }

    /// The organisation an "it" at `at` stands for: the last one named before, in the same
    /// paragraph or the one before, unless one was quoted after it: "“…,” the bank said. ¶ It
    /// described the risks as “broadly balanced”", though the quotation named its council.
    pub(super) fn last_org_or_speaker(&self, text: &str, at: usize) -> Option<Mention> {
        let named = self.last_before(text, at, Label::Org);
        let quoted =
            self.org_speaker.as_ref().filter(|(_, end)| *end <= at && in_pronoun_reach(text, *end, at));
        match (named, quoted) {
            (Some(named), Some((speaker, end))) if named.range.end < *end => Some(speaker.clone()),
            (Some(named), _) => Some(named),
            (None, quoted) => quoted.map(|(speaker, _)| speaker.clone()),
        }
    }

    /// The person (or organisation) a pronoun before or after a quotation refers to: the last
    /// one mentioned, if in the same paragraph or the one before; further back, a "she" is as
    /// likely someone else.
    pub(super) fn last_before(&self, text: &str, at: usize, label: Label) -> Option<Mention> {
        let found = if label == Label::Person {
            let started = self.persons.partition_point(|m| m.range.start < at);
            self.persons[..started].iter().rev().copied().find(|m| m.range.end <= at)
        } else {
            let started = self.all.partition_point(|m| m.range.start < at);
            self.all[..started].iter().rev().take(ORG_REACH).find(|m| m.label == label && m.range.end <= at)
        }?;
        in_pronoun_reach(text, found.range.end, at).then(|| found.clone())
    }

    /// The last person named before `at`, within a pronoun's reach, if nobody else is named
    /// between the start of that mention's paragraph and `at` but as a possessor ("Sadykova's
    /// coach, Pavel Hrubý,").
    pub(super) fn only_person_before(&self, text: &str, at: usize) -> Option<Mention> {
        let last = self.last_before(text, at, Label::Person)?;
        let started = self.persons.partition_point(|m| m.range.start < at);
        let reach_start = paragraph_start(text, last.range.start);
        let possessor = |m: &Mention| text[m.range.end..].starts_with(['\'', '’']);
        let alone = self.persons[..started]
            .iter()
            .rev()
            .take_while(|m| m.range.start >= reach_start)
            .all(|m| m.id == last.id || possessor(m));
        alone.then_some(last)
    }

    /// The organisation mentioned most often before `at` (among the last few hundred
    /// mentions), the later one on a tie: what "the company" means in a story about it.
    pub(super) fn most_named_org_before(&self, text: &str, at: usize) -> Option<Mention> {
        let started = self.all.partition_point(|m| m.range.start < at);
        let recent = &self.all[started.saturating_sub(ORG_REACH)..started];
        // The outlet of a dateline, "(Reuters)", and the one a source "told" are no company.
        let outlet = |m: &Mention| {
            let before = text[..m.range.start].trim_end();
            (before.ends_with('(') && text[m.range.end..].starts_with(')')) || before.ends_with(" told")
        };
        let orgs = || recent.iter().filter(|m| m.label == Label::Org && !outlet(m));
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for m in orgs() {
            *counts.entry(m.id.as_str()).or_default() += 1;
        }
        // `max_by_key` keeps the last of equal maxima: the later mention.
        orgs().max_by_key(|m| counts[m.id.as_str()]).cloned()
    }

    /// The last organisation mentioned before `at` (among the last few hundred mentions) whose
    /// name has `noun`, ignoring case, or that `noun` introduced or described: "court" finds
    /// "High Court", "agency" finds "Bawaslu" after "the election agency, Bawaslu," and "board"
    /// finds "Mersey Care Trust" after "Mersey Care Trust, the health board that runs the hospital,".
    pub(super) fn last_org_named(&self, text: &str, at: usize, noun: &str) -> Option<Mention> {
        let started = self.all.partition_point(|m| m.range.start < at);
        // "The election supervisory agency, Bawaslu, said", "the intelligence agency, known by
        // its initials HUR,": a body given that noun before it, a comma between at most.
        let introduced = |m: &Mention| {
            let before = text[..m.range.start].trim_end_matches([' ', ',']);
            let named_after = |before: &str| {
                before.len() >= noun.len()
                    && before.is_char_boundary(before.len() - noun.len())
                    && before[before.len() - noun.len()..].eq_ignore_ascii_case(noun)
            };
            // Only a name given it: "known as", "called", not "working with Oxfam".
            let before_comma = before
                .rfind(',')
                .filter(|&k| before.len() - k <= INTRODUCTION_BYTES)
                .filter(|&k| ["known", "called", "named"].iter().any(|w| before[k..].contains(w)))
                .map(|k| before[..k].trim_end());
            named_after(before) || before_comma.is_some_and(named_after)
        };
        // "Ofwat, the water regulator,", "X, the health board that runs it": the head of an
        // appositive, the noun its last word before a comma, a relative word or a preposition
        // ("Acme, a rival of the company," and "Enviro Ltd, a council contractor," are no
        // company or council; "Acme, the court heard," is a report, not a description).
        let described = |m: &Mention| {
            let rest = text[m.range.end..].strip_prefix(", ");
            let rest = rest.and_then(|r| ["the ", "a ", "an "].iter().find_map(|a| r.strip_prefix(a)));
            let Some(rest) = rest else { return false };
            let words: Vec<&str> = rest.split(' ').take(APPOSITIVE_WORDS + 1).collect();
            // Not a report ("the court heard") nor a noun before another ("a council
            // contractor").
            let lex = Lexicon::builtin();
            let head_ends = |k: usize| {
                let word = words[k];
                word.ends_with([',', '.', ';'])
                    || words.get(k + 1).is_none_or(|next| {
                        let next = next.trim_end_matches([',', '.', ';']);
                        !REPORT_VERBS.contains(&next)
                            && !["role_nouns", "roles_of_firms", "company_nouns", "body_nouns"]
                                .iter()
                                .any(|list| lex.has(list, next))
                    })
            };
            (0..words.len().min(APPOSITIVE_WORDS))
                .take_while(|&k| !super::APPOSITIVE_TAILS.contains(&words[k].to_lowercase().as_str()))
                .any(|k| {
                    words[k].trim_end_matches([',', '.', ';']).eq_ignore_ascii_case(noun) && head_ends(k)
                })
        };
        let recent_orgs =
            || self.all[..started].iter().rev().take(ORG_REACH).filter(|m| m.label == Label::Org);
        recent_orgs()
            .find(|m| {
                m.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun)) || introduced(m) || described(m)
            })
            .or_else(|| {
                // "the National Intelligence Service … the agency said": failing that, a body
                // whose head is of the noun's kind.
                let lex = Lexicon::builtin();
                recent_orgs().find(|m| {
                    m.name.rsplit(' ').next().is_some_and(|head| {
                        lex.has("heads_of_kinds", &format!("{noun} {}", head.to_lowercase()))
                    })
                })
            })
            .cloned()
    }

    /// The organisation that opens the last sentence before `at` (before the quotation `at`
    /// follows, if any), in its paragraph or, when that paragraph has none before it, the one
    /// before: "The Kremlin dismissed the NIS report. “…,” it said". "The" and a place's
    /// possessive may come first ("Ukraine's military intelligence agency, known as HUR,").
    /// With `reporting`, that sentence must report what the body said ("Calder Ridge, which
    /// holds 9.8% of Wendelin, said it would tender"): "Greenpeace called the figures obscene"
    /// does not make Greenpeace "the company".
    pub(super) fn subject_of_last_sentence(&self, text: &str, at: usize, reporting: bool) -> Option<Mention> {
        let sentence = last_sentence(text, at);
        let start = sentence.start;
        let sentence = &text[sentence];
        let lo = self.all.partition_point(|m| m.range.start < start);
        let hi = self.all.partition_point(|m| m.range.start < start + sentence.len());
        let in_sentence = &self.all[lo..hi.max(lo)];
        let opener = |m: &Mention| {
            let gap = text[start..m.range.start].trim_end();
            let gap = gap.strip_prefix("The").unwrap_or(gap).trim();
            // "Ukraine's": a place's possessive, then the body's kind at most.
            let possessor = in_sentence.iter().any(|p| {
                p.label == Label::Place
                    && p.range.start == start
                    && text[p.range.end..].starts_with(['\'', '’'])
                    && m.range.start - p.range.end <= SUBJECT_BYTES
            });
            gap.is_empty() || possessor
        };
        let org = in_sentence.iter().find(|m| m.label == Label::Org && opener(m))?;
        (!reporting || reports_speech(&text[org.range.end..start + sentence.len()])).then(|| org.clone())
    }

    /// The first mention of the person `id`.
    pub(super) fn first_mention(&self, id: &str) -> Option<&'a Mention> {
        self.first.get(id).copied()
    }

    /// The most recent of the last `reach` persons mentioned before `at` for which `given` holds.
    pub(super) fn recent_person_before(
        &self,
        at: usize,
        reach: usize,
        given: impl Fn(&Mention) -> bool,
    ) -> Option<Mention> {
        let started = self.persons.partition_point(|m| m.range.start < at);
        self.persons[..started].iter().rev().take(reach).find(|m| given(m)).map(|m| (*m).clone())
    }

    /// The person whose mention starts exactly at `start`.
    pub(super) fn person_starting_at(&self, start: usize) -> Option<Mention> {
        let at = self.persons.partition_point(|m| m.range.start < start);
        self.persons.get(at).filter(|m| m.range.start == start).map(|m| (*m).clone())
    }

    /// The person whose mention ends exactly at `end`.
    pub(super) fn person_ending_at(&self, end: usize) -> Option<Mention> {
        let started = self.persons.partition_point(|m| m.range.start < end);
        self.persons[..started].last().filter(|m| m.range.end == end).map(|m| (*m).clone())
    }

    /// The mentions that start inside `span`.
    pub(super) fn starting_in(&self, span: &Range<usize>) -> &'a [Mention] {
        let lo = self.all.partition_point(|m| m.range.start < span.start);
        let hi = self.all.partition_point(|m| m.range.start < span.end);
        &self.all[lo..hi.max(lo)]
    }
}

/// The last sentence before `at` (before the quotation `at` follows, if any), in its paragraph
/// or, when that paragraph has none before it, the one before; without its leading space.
pub(super) fn last_sentence(text: &str, at: usize) -> Range<usize> {
    let trimmed = text[..at].trim_end();
    // "…,” the firm said": the sentence before the quotation's.
    let at = match trimmed.strip_suffix(['”', '"']) {
        Some(quoted) => quoted.rfind(['“', '"']).unwrap_or(at),
        None => at,
    };
    let mut from = paragraph_start(text, at);
    let mut before = text[from..at].trim_end_matches([' ', '\n', '“', '"']);
    if before.trim().is_empty() {
        let end = text[..from].trim_end().len();
        from = paragraph_start(text, end);
        before = &text[from..end];
    }
    let body = before.trim_end_matches(['.', '!', '?', ' ']);
    // A stop before a space ends a sentence; "9.8%" and "Oct. 13" do not.
    let abbreviation = |k: usize| {
        let word = body[..k].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        word.chars().count() == 1 || ABBREVIATIONS.contains(&word)
    };
    let stop = body
        .match_indices(['.', '?', '!'])
        .map(|(k, _)| k)
        .rfind(|&k| body[k + 1..].starts_with(' ') && !abbreviation(k));
    let start = from + stop.map_or(0, |k| k + 1);
    let sentence = &text[start..from + before.len()];
    let lead = sentence.len() - sentence.trim_start().len();
    start + lead..from + before.len()
}

/// Whether `words` report what someone said: "said it would tender", "announced a cut".
pub(super) fn reports_speech(words: &str) -> bool {
    words
        .split_whitespace()
        .any(|w| matches!(w, "said" | "says" | "told" | "announced" | "added" | "confirmed"))
}

/// Whether `from..at` lies within a pronoun's reach: at most PRONOUN_REACH bytes, in the same
/// paragraph or the next.
fn in_pronoun_reach(text: &str, from: usize, at: usize) -> bool {
    let between = &text[from..at];
    let paragraph_breaks = || between.split('\n').skip(1).filter(|line| !line.trim().is_empty()).count();
    between.len() <= PRONOUN_REACH && paragraph_breaks() <= 1
}

/// Where the paragraph holding byte `at` starts: after the last blank line before it, looked
/// for no further back than a pronoun reaches, so that a paragraph of many quotations stays
/// linear.
pub(super) fn paragraph_start(text: &str, at: usize) -> usize {
    let mut floor = at.saturating_sub(PRONOUN_REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    text[floor..at].rfind("\n\n").map_or(floor, |k| floor + k + 2)
}

/// Words whose dot ends no sentence: "Oct. 13", "Gen. Jane Doe", "Acme Inc. said".
const ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms",
    "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "No",
    "Co", "Corp", "Inc", "Ltd",
];

/// How long, in bytes, the words between a noun's comma and the body it introduces may run:
/// "agency, known by its initials HUR".
const INTRODUCTION_BYTES: usize = 30;

/// How long, in bytes, the words after a possessor that opens a sentence may run before the
/// body they name: "Ukraine's military intelligence agency, known by its initials HUR,".
const SUBJECT_BYTES: usize = 60;

/// How many words of an appositive after a body's name may come before the noun that describes
/// it: "the country's second-largest water regulator".
const APPOSITIVE_WORDS: usize = 4;

/// Verbs that make ", the court heard," a report rather than a description of the name before.
const REPORT_VERBS: &[&str] = &[
    "heard", "said", "says", "noted", "found", "ruled", "told", "added", "reported", "wrote", "argued",
    "claimed", "was",
];

/// How many mentions back an institution's noun, "it" or "the company" looks for the
/// organisation it stands for.
const ORG_REACH: usize = 300;

/// How far back, in bytes, a pronoun looks for the person it stands for: two long paragraphs.
pub(super) const PRONOUN_REACH: usize = 3000;
