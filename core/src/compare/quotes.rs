//! Quotations: who said what, which documents carry it, and what a rewrite changed.
//!
//! Every QUOTE span is a [`Carrier`]. Two carriers are one quotation
//! when their normalised words (folded: case, diacritics, apostrophes and punctuation
//! ignored) are equal, or when their longest common run of words in order (a word diff by
//! `similar`) covers most of the shorter one ([`MIN_COVERED`], at least [`MIN_SHARED`] words):
//! that tolerates trimmed ends and a few changed words. Candidates are found through the
//! three-word runs they share, so the cost grows with the quotations, not with their pairs.
//! A [`QuoteGroup`] is one quotation with every carrier, each labelled against the group's
//! first carrier (the earliest document's, for reference, not as the right one): exact,
//! trimmed (only words at its ends differ), altered (with the word diff), and whether the
//! documents name different speakers.
//!
//! [`QuoteLedger::pairs`] lists, for every two documents of one origin (a rewrite and its
//! source, or two rewrites of one article), the quotations of the first that the second
//! dropped, trimmed, altered or gave to another speaker.

use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::analysis::{Analysis, SpanValue};
use crate::corpus::Corpus;
use crate::export::csv::Csv;
use crate::export::outlet;
use crate::search::normalize::fold;
use crate::study::Study;

/// The least share of the shorter quotation's words the longer must keep, in order.
pub const MIN_COVERED: f64 = 0.6;
/// The least number of words two inexact matches share.
pub const MIN_SHARED: usize = 4;
/// A three-word run carried by more quotations than this is a stock phrase, not evidence.
const COMMON_RUN: usize = 64;

/// How a carrier's words compare with its group's first carrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The group's first carrier, the one the others are compared with.
    First,
    /// The same words.
    Exact,
    /// The same words with some cut from (or added at) its ends.
    Trimmed,
    /// Words changed inside.
    Altered,
}

impl Variant {
    /// The name used in `data-variant` and the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::First => "first",
            Variant::Exact => "exact",
            Variant::Trimmed => "trimmed",
            Variant::Altered => "altered",
        }
    }
}

/// A run of words in a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    /// Words both versions have.
    Same(String),
    /// Words of the first version the other lacks.
    Dropped(String),
    /// Words the other version has instead or besides.
    Added(String),
}

/// One document's copy of a quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Carrier {
    /// The document, by index.
    pub doc: usize,
    /// The QUOTE span, by index into the document's analysis.
    pub span: usize,
    /// The sentence it starts in.
    pub sentence: usize,
    /// Its byte range in the document's text.
    pub range: Range<usize>,
    /// Its text as the document has it.
    pub text: String,
    /// The speaker the document names.
    pub speaker: Option<String>,
    /// How its words compare with the group's first carrier.
    pub variant: Variant,
    /// Whether the document names a different speaker than the first carrier's.
    pub other_speaker: bool,
    /// Its words against the first carrier's; empty for the first and for exact copies.
    pub diff: Vec<WordChange>,
}

/// One quotation and every document that carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteGroup {
    /// Who said it: the first carrier's speaker, else the first any carrier names.
    pub speaker: Option<String>,
    /// Its carriers, the first carrier first, then in document order.
    pub carriers: Vec<Carrier>,
    /// How many independent origins carry it.
    pub origins: usize,
}

impl QuoteGroup {
    /// How many documents carry it.
    pub fn documents(&self) -> usize {
        let mut docs: Vec<usize> = self.carriers.iter().map(|c| c.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    }
}

/// What one document did with a quotation of another.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteChange {
    /// The quotation, by index into [`QuoteLedger::groups`].
    pub group: usize,
    /// The first document's carrier, by index into the group's carriers.
    pub from: usize,
    /// The second document's carrier, when it keeps one.
    pub to: Option<usize>,
    /// The second's words against the first's (empty when dropped).
    pub diff: Vec<WordChange>,
    /// Trimmed or altered; `None` when dropped or only given to another speaker.
    pub variant: Option<Variant>,
    /// Whether the second names another speaker.
    pub other_speaker: bool,
}

/// The quotations of a rewrite against those of a document of the same origin.
#[derive(Debug, Clone, PartialEq)]
pub struct PairChanges {
    /// The first document (the earlier in corpus order).
    pub a: usize,
    /// The second.
    pub b: usize,
    /// Each quotation of `a` that `b` dropped or changed.
    pub changes: Vec<QuoteChange>,
}

/// Every quotation once, by speaker, and what rewrites did to them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteLedger {
    /// Quotations by speaker name (unattributed last), each speaker's in order of appearance.
    pub groups: Vec<QuoteGroup>,
    /// Document pairs of one origin with a dropped or changed quotation.
    pub pairs: Vec<PairChanges>,
}

/// A quotation's words: folded for matching (each an id of [`WordIds`]), as written for the
/// diff.
struct Words {
    folded: Vec<u64>,
    written: Vec<String>,
}

/// Each folded word's id, equal exactly when the folded words are: the diff, the hashing and
/// the comparisons run on numbers, and on the same instance of the diff as [`super::align`]'s.
#[derive(Default)]
struct WordIds(HashMap<String, u64>);

impl WordIds {
    fn words_of(&mut self, text: &str, analysis: &Analysis, range: &Range<usize>) -> Words {
        let written: Vec<String> =
            super::word_tokens(analysis, range.clone()).map(|(_, t)| t.text(text).to_string()).collect();
        let folded = written
            .iter()
            .map(|w| {
                let next = self.0.len() as u64;
                *self.0.entry(fold(w)).or_insert(next)
            })
            .collect();
        Words { folded, written }
    }
}

/// Whether two speakers' names are one person: equal, or one's words inside the other's in
/// order ("Gabuev", "Alexander Gabuev").
fn same_speaker(a: &str, b: &str) -> bool {
    let (a, b): (Vec<String>, Vec<String>) =
        (a.split_whitespace().map(fold).collect(), b.split_whitespace().map(fold).collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let mut rest = long.iter();
    !short.is_empty() && short.iter().all(|w| rest.any(|l| l == w))
}

fn differs(a: &Option<String>, b: &Option<String>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if !same_speaker(a, b))
}

/// The diff of `new` against `old` as runs of written words, and how it varies.
fn word_diff(old: &Words, new: &Words) -> (Variant, Vec<WordChange>, usize) {
    let ops = capture_diff_slices(Algorithm::Myers, &old.folded, &new.folded);
    let shared: usize = ops.iter().map(|op| if let DiffOp::Equal { len, .. } = op { *len } else { 0 }).sum();
    let mut diff = Vec::new();
    let join = |words: &[String]| words.join(" ");
    for op in &ops {
        match *op {
            DiffOp::Equal { old_index, len, .. } => {
                diff.push(WordChange::Same(join(&old.written[old_index..old_index + len])))
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                diff.push(WordChange::Dropped(join(&old.written[old_index..old_index + old_len])))
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                diff.push(WordChange::Added(join(&new.written[new_index..new_index + new_len])))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                diff.push(WordChange::Dropped(join(&old.written[old_index..old_index + old_len])));
                diff.push(WordChange::Added(join(&new.written[new_index..new_index + new_len])));
            }
        }
    }
    let same_runs = diff.iter().filter(|c| matches!(c, WordChange::Same(_))).count();
    let variant = if old.folded == new.folded {
        Variant::Exact
    } else if same_runs == 1 {
        Variant::Trimmed
    } else {
        Variant::Altered
    };
    if variant == Variant::Exact {
        diff.clear();
    }
    (variant, diff, shared)
}

/// Whether two quotations' words are one quotation.
fn matches(a: &Words, b: &Words) -> bool {
    if a.folded.is_empty() || b.folded.is_empty() {
        return false;
    }
    if a.folded == b.folded {
        return true;
    }
    let (_, _, shared) = word_diff(a, b);
    let shorter = a.folded.len().min(b.folded.len());
    shared >= MIN_SHARED && shared as f64 >= MIN_COVERED * shorter as f64
}

/// Every quotation of `study`, matched across documents. `origins[d]` names document `d`'s
/// independent origin; documents that share one are compared pair by pair.
pub fn quote_ledger(corpus: &Corpus, study: &Study, origins: &[usize]) -> QuoteLedger {
    let documents = corpus.documents().len().min(study.analyses.len());
    let mut quotes: Vec<(Carrier, Words)> = Vec::new();
    let mut ids = WordIds::default();
    for doc in 0..documents {
        let (text, analysis) = (&corpus.documents()[doc].text, &study.analyses[doc]);
        for (span, quoted, words) in quoted(text, analysis, &mut ids) {
            let s = &analysis.spans[span];
            let SpanValue::Quote(quote) = &s.value else { continue };
            let carrier = Carrier {
                doc,
                span,
                sentence: s.sentence,
                range: s.range.clone(),
                text: quoted.to_string(),
                speaker: quote.speaker.clone(),
                variant: Variant::First,
                other_speaker: false,
                diff: Vec::new(),
            };
            quotes.push((carrier, words));
        }
    }
    let roots = same_quotations(&quotes.iter().map(|(_, w)| w).collect::<Vec<_>>());
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for (i, &root) in roots.iter().enumerate() {
        members[root].push(i);
    }
    let mut groups: Vec<QuoteGroup> =
        members.into_iter().filter(|m| !m.is_empty()).map(|m| group(study, &quotes, m, origins)).collect();
    // By speaker, unattributed last; a speaker's quotations stay in order of appearance.
    groups.sort_by(|a, b| match (&a.speaker, &b.speaker) {
        (Some(x), Some(y)) => x.cmp(y),
        (x, y) => y.is_some().cmp(&x.is_some()),
    });
    let pairs = pair_changes(&groups, &quotes_words(&groups, &quotes), documents, origins);
    QuoteLedger { groups, pairs }
}

/// The QUOTE spans of one document with their text and words.
fn quoted<'a>(
    text: &'a str,
    analysis: &'a Analysis,
    ids: &'a mut WordIds,
) -> impl Iterator<Item = (usize, &'a str, Words)> + 'a {
    analysis.spans.iter().enumerate().filter_map(move |(span, s)| {
        let SpanValue::Quote(_) = &s.value else { return None };
        Some((span, text.get(s.range.clone())?, ids.words_of(text, analysis, &s.range)))
    })
}

/// Which of `quotes` are one quotation: for each, the index of the first of its group.
/// Equal folded words are one (found by hashing, so a quotation a thousand documents carry
/// costs no comparison); distinct wordings are one when [`matches`] says so, compared only
/// where they share a three-word run.
fn same_quotations(quotes: &[&Words]) -> Vec<usize> {
    let mut links = Vec::new();
    let mut wordings: HashMap<&[u64], usize> = HashMap::default();
    for (i, words) in quotes.iter().enumerate().filter(|(_, w)| !w.folded.is_empty()) {
        match wordings.get(&words.folded[..]) {
            Some(&first) => links.push((first, i)),
            None => {
                wordings.insert(&words.folded, i);
            }
        }
    }
    let mut distinct: Vec<usize> = wordings.into_values().collect();
    distinct.sort_unstable();
    for (i, j) in candidates(quotes, &distinct) {
        if matches(quotes[i], quotes[j]) {
            links.push((i, j));
        }
    }
    super::join(quotes.len(), links)
}

/// Pairs of `distinct` quotations that share a three-word run (the whole of a shorter one).
fn candidates(quotes: &[&Words], distinct: &[usize]) -> Vec<(usize, usize)> {
    let mut runs: HashMap<&[u64], Vec<usize>> = HashMap::default();
    for &i in distinct {
        let folded = &quotes[i].folded;
        let mut seen = HashSet::default();
        for run in folded.windows(3.min(folded.len()).max(1)) {
            if seen.insert(run) {
                runs.entry(run).or_default().push(i);
            }
        }
    }
    let mut pairs = HashSet::default();
    for holders in runs.values().filter(|h| h.len() <= COMMON_RUN) {
        for (k, &i) in holders.iter().enumerate() {
            for &j in &holders[k + 1..] {
                pairs.insert((i, j));
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    pairs
}

/// A QUOTE span as [`quotation_ids`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteId {
    /// The span, by index into the document's analysis.
    pub span: usize,
    /// Equal for the quotations of any of the documents that are one.
    pub id: usize,
    /// How many words it has.
    pub words: usize,
}

/// Every QUOTE span of `documents` (text and analysis), each document's in order, with the
/// ledger's rule for one quotation: the rewrites' fingerprint and the side-by-side view count
/// as kept what the ledger groups.
pub(crate) fn quotation_ids<'a>(
    documents: impl IntoIterator<Item = (&'a str, &'a Analysis)>,
) -> Vec<Vec<QuoteId>> {
    let (mut ids, mut words): (Vec<Vec<QuoteId>>, Vec<Words>) = (Vec::new(), Vec::new());
    let mut word_ids = WordIds::default();
    for (text, analysis) in documents {
        let mut own = Vec::new();
        for (span, _, w) in quoted(text, analysis, &mut word_ids) {
            // The id is the quotation's index among all for now, its group's below.
            own.push(QuoteId { span, id: words.len(), words: w.folded.len() });
            words.push(w);
        }
        ids.push(own);
    }
    let roots = same_quotations(&words.iter().collect::<Vec<_>>());
    for quote in ids.iter_mut().flatten() {
        quote.id = roots[quote.id];
    }
    ids
}

fn group(
    study: &Study,
    quotes: &[(Carrier, Words)],
    mut members: Vec<usize>,
    origins: &[usize],
) -> QuoteGroup {
    // The earliest document's carrier is the one the others are compared with; undated last.
    let first = *members
        .iter()
        .min_by_key(|&&i| {
            let doc = quotes[i].0.doc;
            (study.reference_date(doc).is_none(), study.reference_date(doc), doc, i)
        })
        .unwrap_or(&members[0]);
    members.retain(|&i| i != first);
    let reference = &quotes[first];
    let mut carriers = vec![reference.0.clone()];
    for i in members {
        let (carrier, words) = &quotes[i];
        let (variant, diff, _) = word_diff(&reference.1, words);
        let other_speaker = differs(&reference.0.speaker, &carrier.speaker);
        carriers.push(Carrier { variant, diff, other_speaker, ..carrier.clone() });
    }
    let speaker = carriers[0].speaker.clone().or_else(|| carriers.iter().find_map(|c| c.speaker.clone()));
    let mut roots: Vec<usize> =
        carriers.iter().map(|c| origins.get(c.doc).copied().unwrap_or(c.doc)).collect();
    roots.sort_unstable();
    roots.dedup();
    QuoteGroup { speaker, carriers, origins: roots.len() }
}

/// Each group's carriers' words, in the groups' order.
fn quotes_words<'q>(groups: &[QuoteGroup], quotes: &'q [(Carrier, Words)]) -> Vec<Vec<&'q Words>> {
    let by_span: HashMap<(usize, usize), &Words> = quotes.iter().map(|(c, w)| ((c.doc, c.span), w)).collect();
    groups.iter().map(|g| g.carriers.iter().map(|c| by_span[&(c.doc, c.span)]).collect()).collect()
}

fn pair_changes(
    groups: &[QuoteGroup],
    words: &[Vec<&Words>],
    documents: usize,
    origins: &[usize],
) -> Vec<PairChanges> {
    let origin = |d: usize| origins.get(d).copied().unwrap_or(d);
    let mut pairs = Vec::new();
    for a in 0..documents {
        for b in (a + 1..documents).filter(|&b| origin(b) == origin(a)) {
            let mut changes = Vec::new();
            for (g, group) in groups.iter().enumerate() {
                let Some(from) = group.carriers.iter().position(|c| c.doc == a) else { continue };
                let to = group.carriers.iter().position(|c| c.doc == b);
                let change = match to {
                    None => QuoteChange {
                        group: g,
                        from,
                        to,
                        diff: Vec::new(),
                        variant: None,
                        other_speaker: false,
                    },
                    Some(t) => {
                        let (variant, diff, _) = word_diff(words[g][from], words[g][t]);
                        let other_speaker =
                            differs(&group.carriers[from].speaker, &group.carriers[t].speaker);
                        if variant == Variant::Exact && !other_speaker {
                            continue;
                        }
                        let variant = (variant != Variant::Exact).then_some(variant);
                        QuoteChange { group: g, from, to, diff, variant, other_speaker }
                    }
                };
                changes.push(change);
            }
            if !changes.is_empty() {
                pairs.push(PairChanges { a, b, changes });
            }
        }
    }
    pairs
}

/// The word diff as one line: dropped words in `[-…-]`, added in `{+…+}`, as `git diff
/// --word-diff` writes them.
pub fn diff_line(diff: &[WordChange]) -> String {
    let parts: Vec<String> = diff
        .iter()
        .map(|c| match c {
            WordChange::Same(w) => w.clone(),
            WordChange::Dropped(w) => format!("[-{w}-]"),
            WordChange::Added(w) => format!("{{+{w}+}}"),
        })
        .collect();
    parts.join(" ")
}

/// The ledger as CSV, one record per carrier: the quotation's group and speaker, how many
/// documents and origins carry it, the document's speaker, the variant, whether the speaker
/// differs, the word diff against the first carrier, the document with outlet and date, the
/// text and its byte offsets.
pub fn quote_ledger_csv(corpus: &Corpus, study: &Study, ledger: &QuoteLedger) -> String {
    let mut csv = Csv::new(&[
        "quotation",
        "speaker",
        "documents",
        "origins",
        "document_speaker",
        "variant",
        "other_speaker",
        "diff",
        "document",
        "outlet",
        "date",
        "text",
        "start",
        "end",
    ]);
    for (g, group) in ledger.groups.iter().enumerate() {
        for carrier in &group.carriers {
            let Some(doc) = corpus.documents().get(carrier.doc) else { continue };
            let date = study.reference_date(carrier.doc).map(|d| d.to_string());
            csv.record(&[
                (g + 1).into(),
                group.speaker.as_deref().into(),
                group.documents().into(),
                group.origins.into(),
                carrier.speaker.as_deref().into(),
                carrier.variant.as_str().into(),
                (if carrier.other_speaker { "yes" } else { "" }).into(),
                (&diff_line(&carrier.diff)).into(),
                doc.id().into(),
                (&outlet(doc)).into(),
                date.as_deref().into(),
                (&carrier.text).into(),
                carrier.range.start.into(),
                carrier.range.end.into(),
            ]);
        }
    }
    csv.finish()
}
