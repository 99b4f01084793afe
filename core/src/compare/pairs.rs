//! Rewrites: for every pair of documents, how much text they share and which of the names,
//! numbers and quotations of one the other keeps, and the relation that suggests.
//!
//! Two measures, because rewrites come in two kinds:
//! - word 3-shingles (hashed, sorted, compared by merging: linear in the two texts) find
//!   copies, trimmed copies and copies with their sentences reordered, which keep runs of
//!   words;
//! - a fingerprint finds paraphrases and translations of one source, which change the words
//!   but keep who is named, the figures and the quotations. Each item is weighted by how rare
//!   it is in the study (`ln((N + 1) / df)`), so "North Korea" in every article on the story
//!   weighs less than the one analyst two of them quote; the score is the weight both keep
//!   over the weight of the document with less.
//!
//! The thresholds are in [`Thresholds::DEFAULT`], set on the pair benchmark of
//! `core/tests/data/pairs/` (BENCHMARKS.md has its precision and recall).

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::quotes::{quotation_ids, QuoteId};
use super::{join, word_hash, words_in};
use crate::analysis::{Analysis, Quantity, SpanValue};
use crate::corpus::Corpus;
use crate::study::Study;
use crate::text::BlockKind;

/// What one document is to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// The same text, nearly word for word.
    Copy,
    /// One is the other with parts left out.
    ShortenedCopy,
    /// Other words, the same names, figures and quotations: a paraphrase or translation of
    /// the other or of a common source.
    Paraphrase,
    /// Independent texts that carry the same quotation.
    SharesQuotations,
    /// Nothing in common beyond the story.
    Independent,
}

impl Relation {
    /// Every relation, closest first.
    pub const ALL: [Relation; 5] = [
        Relation::Copy,
        Relation::ShortenedCopy,
        Relation::Paraphrase,
        Relation::SharesQuotations,
        Relation::Independent,
    ];

    /// The name used in addresses, attributes and exports: `copy`, `shortened-copy`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Copy => "copy",
            Relation::ShortenedCopy => "shortened-copy",
            Relation::Paraphrase => "paraphrase",
            Relation::SharesQuotations => "shares-quotations",
            Relation::Independent => "independent",
        }
    }

    /// Reads [`Relation::as_str`]'s names.
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// What a reader is told.
    pub fn describe(self) -> &'static str {
        match self {
            Relation::Copy => "copy",
            Relation::ShortenedCopy => "shortened copy",
            Relation::Paraphrase => "paraphrase or common source",
            Relation::SharesQuotations => "shares quotations only",
            Relation::Independent => "independent",
        }
    }

    /// Whether one text comes from the other or both from one article.
    pub fn is_derived(self) -> bool {
        matches!(self, Relation::Copy | Relation::ShortenedCopy | Relation::Paraphrase)
    }
}

/// The limits that decide a [`Relation`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Shingle Jaccard at or above which two texts are copies.
    pub copy: f64,
    /// Share of the shorter text's shingles found in the longer at or above which it is a
    /// shortened copy.
    pub shortened: f64,
    /// Fingerprint score at or above which two texts are a paraphrase.
    pub fingerprint: f64,
    /// Distinctive names and figures (kept by at most half the documents) and quotations a
    /// paraphrase must share at least: two short texts sharing the story's names prove
    /// nothing.
    pub min_shared: usize,
}

impl Thresholds {
    /// The limits the app uses.
    pub const DEFAULT: Thresholds = Thresholds { copy: 0.8, shortened: 0.6, fingerprint: 0.5, min_shared: 4 };
}

/// The names, figures and quotations two documents both keep.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shared {
    /// Entity ids (`person:alexander-gabuev`), rarest in the study first. Shared by every pair
    /// that keeps them (`Rc`): a study of 100 documents has 4,950 pairs.
    pub names: Vec<Rc<str>>,
    /// Figures as the first document writes them (`about 10,000`), rarest first.
    pub figures: Vec<Rc<str>>,
    /// Quotations carried by both, as (quote span of `a`, quote span of `b`), indices into
    /// each document's [`Analysis::spans`].
    pub quotations: Vec<(usize, usize)>,
}

/// Two documents compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// The first document (corpus index), always the smaller index.
    pub a: usize,
    /// The second document.
    pub b: usize,
    /// Shingles in both over shingles in either (Jaccard).
    pub similarity: f64,
    /// Shingles in both over the shingles of the document with fewer.
    pub containment: f64,
    /// The weight of the names, figures and quotations both keep over the weight of the
    /// document with less (0 to 1).
    pub fingerprint: f64,
    /// What both keep.
    pub shared: Shared,
    /// What the texts suggest.
    pub relation: Relation,
    /// The documents' metadata says they come from one article (`derived_from`).
    pub declared: bool,
}

/// Every pair of a study's documents, and the documents' origins.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pairs {
    /// Each pair once, `(0, 1), (0, 2), ... (1, 2), ...`.
    pub pairs: Vec<Pair>,
    /// For each document, the smallest index of the documents that share its origin.
    pub origins: Vec<usize>,
    documents: usize,
}

/// For each document of the study, its independent-origin group: the smallest index among
/// the documents derived from the same article, by the texts ([`Relation::is_derived`]) or
/// by the metadata (`derived_from` equal, or naming the other document's id). Documents with
/// one origin count once as a source.
///
/// # Example
/// ```
/// use newslens_core::{compare, study::Study, Corpus, DocMeta, Document};
/// let text = "Kim Jong Un sent about 10,000 troops to Russia, the Pentagon said on Monday. \
///             Alexander Gabuev of the Carnegie Center called it a turning point.";
/// let (corpus, _) = Corpus::new([
///     Document::new(DocMeta::plain("a", None), text),
///     Document::new(DocMeta::plain("b", None), text),
///     Document::new(DocMeta::plain("c", None), "Floods closed three schools in Leeds."),
/// ]);
/// let study = Study::new(&corpus, |_| None);
/// assert_eq!(compare::origins(&corpus, &study), [0, 0, 2]);
/// ```
pub fn origins(corpus: &Corpus, study: &Study) -> Vec<usize> {
    Pairs::new(corpus, study).origins
}

impl Pairs {
    /// Compares every pair of `study`'s documents with [`Thresholds::DEFAULT`].
    pub fn new(corpus: &Corpus, study: &Study) -> Pairs {
        Pairs::with_thresholds(corpus, study, Thresholds::DEFAULT)
    }

    /// Compares every pair with the given limits.
    pub fn with_thresholds(corpus: &Corpus, study: &Study, limits: Thresholds) -> Pairs {
        let documents = corpus.documents().len().min(study.analyses.len());
        let mut keys = Keys::default();
        let sides = (0..documents).map(|d| (corpus.documents()[d].text.as_str(), &study.analyses[d]));
        let quotations = quotation_ids(sides.clone());
        let profiles: Vec<Profile> = sides
            .zip(&quotations)
            .map(|((text, analysis), quotes)| Profile::new(text, analysis, quotes, &mut keys))
            .collect();
        let weights = Weights {
            keys: keys.weights(documents),
            distinctive: keys.distinctive(documents),
            quote: ((documents as f64 + 1.0) / 2.0).ln(),
        };
        let declared = Declared::all(corpus);
        let mut pairs = Vec::with_capacity(documents * documents.saturating_sub(1) / 2);
        for a in 0..documents {
            for b in a + 1..documents {
                let pair = compare(&profiles, (a, b), &weights, limits);
                pairs.push(Pair { declared: Declared::same_origin(&declared, corpus, a, b), ..pair });
            }
        }
        let origins = group(documents, pairs.iter().filter(|p| p.relation.is_derived() || p.declared));
        let mut pairs = Pairs { pairs, origins, documents };
        pairs.name_shared(&profiles, &keys);
        pairs
    }

    /// The pair of documents `a` and `b`, in either order.
    pub fn get(&self, a: usize, b: usize) -> Option<&Pair> {
        let (a, b) = (a.min(b), a.max(b));
        if a == b || b >= self.documents {
            return None;
        }
        // Pairs (a, a+1..n) start after the a rows before them, of n-1, n-2, ... pairs.
        let before = a * (2 * self.documents - a - 1) / 2;
        self.pairs.get(before + b - a - 1)
    }

    /// The pairs as CSV: documents, relation, measures and what both keep.
    pub fn to_csv(&self, corpus: &Corpus) -> String {
        use crate::export::csv::{Csv, Field};
        let mut csv = Csv::new(&[
            "document_a",
            "document_b",
            "relation",
            "similarity",
            "containment",
            "fingerprint",
            "declared",
            "shared_names",
            "shared_figures",
            "shared_quotations",
        ]);
        for pair in &self.pairs {
            let (names, figures) = (pair.shared.names.join("; "), pair.shared.figures.join("; "));
            csv.record(&[
                corpus.documents()[pair.a].id().into(),
                corpus.documents()[pair.b].id().into(),
                pair.relation.as_str().into(),
                Field::Number(round3(pair.similarity)),
                Field::Number(round3(pair.containment)),
                Field::Number(round3(pair.fingerprint)),
                if pair.declared { "yes" } else { "no" }.into(),
                (&names).into(),
                (&figures).into(),
                pair.shared.quotations.len().into(),
            ]);
        }
        csv.finish()
    }

    /// Fills each pair's shared names and figures as a reader reads them, rarest first; done
    /// once per pair after the comparisons, which work on interned keys.
    fn name_shared(&mut self, profiles: &[Profile], keys: &Keys) {
        let mut shared: Vec<u32> = Vec::new();
        for pair in &mut self.pairs {
            shared.clear();
            shared.extend(intersection(&profiles[pair.a].keys, &profiles[pair.b].keys));
            shared.sort_by_key(|&k| (keys.df[k as usize], k));
            for &key in &shared {
                match &keys.names[key as usize] {
                    Key::Name(id) => pair.shared.names.push(id.clone()),
                    Key::Figure(_) => pair.shared.figures.push(profiles[pair.a].figure_texts[&key].clone()),
                }
            }
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A name or figure, interned across the study.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// An entity id.
    Name(Rc<str>),
    /// A quantity and its unit: "10000..10000 people".
    Figure(String),
}

/// The study's names and figures, each with the number of documents that keep it.
#[derive(Default)]
struct Keys {
    ids: FxHashMap<Key, u32>,
    names: Vec<Key>,
    df: Vec<u32>,
}

impl Keys {
    fn intern(&mut self, key: Key) -> u32 {
        let next = self.names.len() as u32;
        *self.ids.entry(key.clone()).or_insert_with(|| {
            self.names.push(key);
            self.df.push(0);
            next
        })
    }

    /// `ln((N + 1) / df)`: a key every document keeps weighs little (it is the story, not
    /// the source), and still something, so that two documents alone can be compared.
    fn weights(&self, documents: usize) -> Vec<f64> {
        self.df.iter().map(|&df| ((documents as f64 + 1.0) / f64::from(df.max(1))).ln()).collect()
    }

    /// Whether a key is kept by few enough documents to tell a pair apart: at most half of
    /// them, or two.
    fn distinctive(&self, documents: usize) -> Vec<bool> {
        self.df.iter().map(|&df| df as usize <= (documents / 2).max(2)).collect()
    }
}

/// What one document brings to a comparison.
struct Profile {
    /// Hashed word 3-shingles of the article text (leftovers left out), sorted, distinct.
    shingles: Vec<u64>,
    /// Interned names and figures, sorted, distinct.
    keys: Vec<u32>,
    /// Each figure key as the document first writes it.
    figure_texts: FxHashMap<u32, Rc<str>>,
    /// Each quotation long enough to count, as (span index, quotation id), by id.
    quotations: Vec<(usize, usize)>,
}

impl Profile {
    fn new(text: &str, analysis: &Analysis, quotes: &[QuoteId], keys: &mut Keys) -> Profile {
        let mut words: Vec<u64> = Vec::new();
        for block in analysis.paragraphs.iter().filter(|b| b.kind != BlockKind::Leftover) {
            words.extend(words_in(text, analysis, block.range.clone(), word_hash).map(|(_, h)| h));
        }
        let mut shingles: Vec<u64> = words
            .windows(3)
            .map(|w| w[0].wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(21) ^ w[1].rotate_left(7) ^ w[2])
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        let mut profile = Profile {
            shingles,
            keys: Vec::new(),
            figure_texts: FxHashMap::default(),
            quotations: Vec::new(),
        };
        for span in &analysis.spans {
            match &span.value {
                SpanValue::Entity { id } if span.label.is_entity() => {
                    profile.keys.push(keys.intern(Key::Name(analysis.entities[*id].id.as_str().into())));
                }
                value @ SpanValue::Number(_) => {
                    let Some(figure) = figure_key(value) else { continue };
                    let key = keys.intern(Key::Figure(figure));
                    profile.keys.push(key);
                    profile.figure_texts.entry(key).or_insert_with(|| text[span.range.clone()].into());
                }
                _ => {}
            }
        }
        profile.quotations = countable(quotes);
        profile.keys.sort_unstable();
        profile.keys.dedup();
        for &key in &profile.keys {
            keys.df[key as usize] += 1;
        }
        profile
    }
}

/// A figure as the fingerprint compares it: its quantity and unit ("10000..10000 people"),
/// the hedge left out ("about 10,000" is "10,000"); `None` for a vague amount or another span.
pub(super) fn figure_key(value: &SpanValue) -> Option<String> {
    let SpanValue::Number(number) = value else { return None };
    let (low, high) = match number.quantity? {
        Quantity::Single(v) => (v, v),
        Quantity::Range(low, high) => (low, high),
    };
    Some(format!("{low}..{high} {}", number.unit.as_deref().unwrap_or("")))
}

/// The quotations long enough to show that one text carries another's, as (span index,
/// quotation id), sorted by id.
pub(super) fn countable(quotes: &[QuoteId]) -> Vec<(usize, usize)> {
    let mut countable: Vec<(usize, usize)> =
        quotes.iter().filter(|q| q.words >= MIN_QUOTE_WORDS).map(|q| (q.span, q.id)).collect();
    countable.sort_unstable_by_key(|&(span, id)| (id, span));
    countable
}

/// A quotation shorter than this ("no", "a turning point") is too common a phrase to show
/// that one text carries another's.
const MIN_QUOTE_WORDS: usize = 4;

/// What each name, figure and quotation counts for in a fingerprint.
struct Weights {
    /// By interned key.
    keys: Vec<f64>,
    /// By interned key: see [`Keys::distinctive`].
    distinctive: Vec<bool>,
    /// A quotation, as if only the two documents carried it.
    quote: f64,
}

fn compare(profiles: &[Profile], (a, b): (usize, usize), weights: &Weights, limits: Thresholds) -> Pair {
    let (pa, pb) = (&profiles[a], &profiles[b]);
    let common = intersection(&pa.shingles, &pb.shingles).count();
    let union = pa.shingles.len() + pb.shingles.len() - common;
    let fewer = pa.shingles.len().min(pb.shingles.len());
    let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    let (similarity, containment) = (ratio(common, union), ratio(common, fewer));

    let quotations = matched_quotations(&pa.quotations, &pb.quotations);
    let weight_of = |p: &Profile| {
        p.keys.iter().map(|&k| weights.keys[k as usize]).sum::<f64>()
            + weights.quote * p.quotations.len() as f64
    };
    let shared_keys = intersection(&pa.keys, &pb.keys).filter(|&k| weights.distinctive[k as usize]).count();
    let shared_weight = intersection(&pa.keys, &pb.keys).map(|k| weights.keys[k as usize]).sum::<f64>()
        + weights.quote * quotations.len() as f64;
    let lesser = weight_of(pa).min(weight_of(pb));
    let fingerprint = if lesser > 0.0 { (shared_weight / lesser).min(1.0) } else { 0.0 };

    let relation = if similarity >= limits.copy {
        Relation::Copy
    } else if containment >= limits.shortened {
        Relation::ShortenedCopy
    } else if fingerprint >= limits.fingerprint && shared_keys + quotations.len() >= limits.min_shared {
        Relation::Paraphrase
    } else if !quotations.is_empty() {
        Relation::SharesQuotations
    } else {
        Relation::Independent
    };
    let shared = Shared { quotations, ..Shared::default() };
    Pair { a, b, similarity, containment, fingerprint, shared, relation, declared: false }
}

/// The quotations of `a` that `b` carries too ([`countable`] lists of each), as (span of `a`,
/// span of `b`) in `a`'s order, each of `b`'s matched once.
pub(super) fn matched_quotations(a: &[(usize, usize)], b: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let (mut i, mut j, mut matches) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].1.cmp(&b[j].1) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                matches.push((a[i].0, b[j].0));
                i += 1;
                j += 1;
            }
        }
    }
    matches.sort_unstable();
    matches
}

/// The items two sorted, distinct lists both hold, in order, by one merge.
fn intersection<'a, T: Ord + Copy>(a: &'a [T], b: &'a [T]) -> impl Iterator<Item = T> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

/// What each document's metadata says of its source, read once for every pair.
struct Declared {
    /// `derived_from`, spaces collapsed, lower case.
    source: String,
    /// The words of `derived_from`.
    words: Vec<String>,
    /// The number the document's id starts with (`001` of `001_fd04...`) when no other id
    /// starts with it.
    number: Option<String>,
}

impl Declared {
    fn all(corpus: &Corpus) -> Vec<Declared> {
        let docs = corpus.documents();
        let number = |id: &str| id.split_once('_').map(|(n, _)| n.to_string()).filter(|n| !n.is_empty());
        let mut numbers: FxHashMap<String, usize> = FxHashMap::default();
        for doc in docs {
            if let Some(n) = number(doc.id()) {
                *numbers.entry(n).or_default() += 1;
            }
        }
        docs.iter()
            .map(|doc| {
                let from = &doc.meta.derived_from;
                Declared {
                    source: from.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
                    words: from
                        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase)
                        .collect(),
                    number: number(doc.id()).filter(|n| numbers[n] == 1),
                }
            })
            .collect()
    }

    /// Whether the metadata says documents `a` and `b` come from one article: the same
    /// `derived_from`, or one's naming the other (its id, or the number its id starts with, as
    /// in "the same article as 001").
    fn same_origin(all: &[Declared], corpus: &Corpus, a: usize, b: usize) -> bool {
        let (da, db) = (&all[a], &all[b]);
        if !da.source.is_empty() && da.source == db.source {
            return true;
        }
        let names = |source: &Declared, other: usize| {
            let id = corpus.documents()[other].id().to_lowercase();
            source.words.iter().any(|w| *w == id || all[other].number.as_ref() == Some(w))
        };
        names(da, b) || names(db, a)
    }
}

/// Each document's origin: the smallest index of the documents `links` join to it.
fn group<'a>(documents: usize, links: impl Iterator<Item = &'a Pair>) -> Vec<usize> {
    join(documents, links.map(|pair| (pair.a, pair.b)))
}
