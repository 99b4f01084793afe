//! Search over sentences: an index built from the corpus's analysis ([`SearchIndex`]), a query
//! language ([`query::parse`]), filters that facets toggle ([`Filter`]), facet counts
//! ([`Facets`]) and the word ranges to mark in each result ([`SearchIndex::hits`]).
//!
//! # Example
//! ```
//! use newslens_core::search::{query::parse, SearchIndex};
//! use newslens_core::{study::Study, Corpus, DocMeta, Document};
//! let doc = Document::new(DocMeta::plain("a", None), "Troops moved. Alexander Gabuev said so.");
//! let (corpus, _) = Corpus::new([doc]);
//! let study = Study::new(&corpus, |_| None);
//! let index = SearchIndex::new(&corpus, &study);
//! let query = parse("gabuyev~ OR troop*").unwrap();
//! assert_eq!(index.search(query.as_ref(), &[]), vec![0, 1]);
//! ```

pub mod index;
pub mod normalize;
pub mod query;

use std::ops::Range;

use crate::analysis::Label;
pub use index::{Entry, Postings, SearchIndex};
use query::Query;

/// A facet filter, combined with the query by AND.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    /// Sentences of this document (index).
    Doc(usize),
    /// Sentences with a span of this label.
    Label(Label),
    /// Sentences mentioning this entity (id).
    Entity(String),
    /// Sentences with this theme (index).
    Theme(usize),
}

impl Filter {
    /// Reads a filter as the address writes it (`doc:<id>`, `label:QUOTE`, `entity:<id>`,
    /// `theme:<id>`); `None` for anything else.
    pub fn parse(corpus: &crate::Corpus, text: &str) -> Option<Filter> {
        let (kind, value) = text.split_once(':')?;
        match kind {
            "doc" => corpus.documents().iter().position(|d| d.id() == value).map(Filter::Doc),
            "label" => Label::parse(value).map(Filter::Label),
            "entity" => Some(Filter::Entity(value.to_string())),
            "theme" => crate::analysis::theme::themes().iter().position(|t| t.id == value).map(Filter::Theme),
            _ => None,
        }
    }
}

/// Counts of the results by facet value, most first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    /// Results per document (index), in corpus order.
    pub docs: Vec<(usize, usize)>,
    /// Results per label.
    pub labels: Vec<(Label, usize)>,
    /// Results per entity id, most first, at most [`Facets::TOP_ENTITIES`].
    pub entities: Vec<(String, usize)>,
    /// Results per theme (index).
    pub themes: Vec<(usize, usize)>,
}

impl Facets {
    /// How many entities the entity facet lists.
    pub const TOP_ENTITIES: usize = 12;
}

fn intersect(a: &[u32], b: &[u32]) -> Postings {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

fn union(a: &[u32], b: &[u32]) -> Postings {
    let (mut i, mut j, mut out) = (0, 0, Vec::with_capacity(a.len().max(b.len())));
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn difference(a: &[u32], b: &[u32]) -> Postings {
    let (mut j, mut out) = (0, Vec::with_capacity(a.len()));
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if b.get(j) != Some(&x) {
            out.push(x);
        }
    }
    out
}

/// Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`.
fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    // Most words differ in length by more than the budget: rule them out before allocating.
    if a.chars().count().abs_diff(b.chars().count()) > max {
        return max + 1;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] =
                (previous[j] + usize::from(ca != cb)).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|&m| m > max) {
            return max + 1;
        }
        previous = current;
    }
    previous[b.len()]
}

/// How far a fuzzy word may be from a word of the text: one edit for short words, two for long.
fn fuzzy_budget(word: &str) -> usize {
    if word.chars().count() >= 6 {
        2
    } else {
        1
    }
}

impl SearchIndex {
    fn all(&self) -> Postings {
        (0..self.entries.len() as u32).collect()
    }

    /// The sentences a query matches, ascending.
    pub fn eval(&self, query: &Query) -> Postings {
        match query {
            Query::Word { stem, .. } => {
                self.stem_id(stem).map_or(Vec::new(), |s| self.by_stem[s as usize].clone())
            }
            Query::Prefix(prefix) => {
                let start = self.vocabulary.partition_point(|(w, _)| w.as_str() < prefix.as_str());
                self.vocabulary[start..]
                    .iter()
                    .take_while(|(w, _)| w.starts_with(prefix.as_str()))
                    .fold(Vec::new(), |acc, (_, p)| union(&acc, p))
            }
            Query::Fuzzy(word) => {
                let budget = fuzzy_budget(word);
                self.vocabulary
                    .iter()
                    .filter(|(w, _)| edit_distance(w, word, budget) <= budget)
                    .fold(Vec::new(), |acc, (_, p)| union(&acc, p))
            }
            Query::Phrase(stems) => {
                let Some(ids) = stems.iter().map(|s| self.stem_id(s)).collect::<Option<Vec<u32>>>() else {
                    return Vec::new();
                };
                let mut by_rarity: Vec<&Postings> = ids.iter().map(|&s| &self.by_stem[s as usize]).collect();
                by_rarity.sort_by_key(|p| p.len());
                let candidates =
                    by_rarity[1..].iter().fold(by_rarity[0].clone(), |acc, p| intersect(&acc, p));
                candidates.into_iter().filter(|&id| self.has_phrase(id, &ids)).collect()
            }
            Query::Entity(label, words) => self
                .entity_names
                .iter()
                .filter(|(_, l, names)| l == label && names.iter().any(|n| name_has_words(n, words)))
                .filter_map(|(id, _, _)| self.by_entity.get(id))
                .fold(Vec::new(), |acc, p| union(&acc, p)),
            Query::Label(label) => self.by_label.get(label).cloned().unwrap_or_default(),
            Query::Doc(prefix) => self
                .doc_ids
                .iter()
                .zip(&self.by_doc)
                .filter(|(id, _)| id.starts_with(prefix.as_str()))
                .fold(Vec::new(), |acc, (_, r)| union(&acc, &r.clone().collect::<Vec<u32>>())),
            Query::Theme(prefix) => crate::analysis::theme::themes()
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.id.starts_with(prefix.as_str()) || normalize::fold(t.label).starts_with(prefix.as_str())
                })
                .filter_map(|(i, _)| self.by_theme.get(&i))
                .fold(Vec::new(), |acc, p| union(&acc, p)),
            Query::Date(from, to) => (0..self.entries.len() as u32)
                // A TIME falls in the range when its whole interval does: "the 21st century"
                // is not in October 2024.
                .filter(|&id| self.entries[id as usize].dates.iter().any(|(a, b)| from <= a && b <= to))
                .collect(),
            Query::And(a, b) => match (a.as_ref(), b.as_ref()) {
                (x, Query::Not(y)) | (Query::Not(y), x) => difference(&self.eval(x), &self.eval(y)),
                _ => intersect(&self.eval(a), &self.eval(b)),
            },
            Query::Or(a, b) => union(&self.eval(a), &self.eval(b)),
            Query::Not(a) => difference(&self.all(), &self.eval(a)),
        }
    }

    /// The sentences matching the query (all when there is none) and every filter.
    pub fn search(&self, query: Option<&Query>, filters: &[Filter]) -> Postings {
        let mut result = query.map_or_else(|| self.all(), |q| self.eval(q));
        for filter in filters {
            let matching = match filter {
                Filter::Doc(d) => self.by_doc.get(*d).map_or(Vec::new(), |r| r.clone().collect()),
                Filter::Label(l) => self.by_label.get(l).cloned().unwrap_or_default(),
                Filter::Entity(id) => self.by_entity.get(id).cloned().unwrap_or_default(),
                Filter::Theme(t) => self.by_theme.get(t).cloned().unwrap_or_default(),
            };
            result = intersect(&result, &matching);
        }
        result
    }

    /// Facet counts over `results`.
    pub fn facets(&self, results: &[u32]) -> Facets {
        let mut facets = Facets::default();
        let mut docs = vec![0usize; self.by_doc.len()];
        let mut labels: Vec<(Label, usize)> = Label::ALL.iter().map(|&l| (l, 0)).collect();
        let mut entities: rustc_hash::FxHashMap<&str, usize> = Default::default();
        let mut themes = vec![0usize; crate::analysis::theme::themes().len()];
        for &id in results {
            let entry = &self.entries[id as usize];
            docs[entry.doc] += 1;
            for (label, n) in labels.iter_mut() {
                *n += usize::from(entry.labels.contains(label));
            }
            for e in &entry.entities {
                *entities.entry(e.as_str()).or_default() += 1;
            }
            for &t in &entry.themes {
                themes[t] += 1;
            }
        }
        facets.docs = docs.into_iter().enumerate().filter(|(_, n)| *n > 0).collect();
        facets.labels = labels.into_iter().filter(|(_, n)| *n > 0).collect();
        let mut entities: Vec<(String, usize)> =
            entities.into_iter().map(|(e, n)| (e.to_string(), n)).collect();
        entities.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        entities.truncate(Facets::TOP_ENTITIES);
        facets.entities = entities;
        facets.themes = themes.into_iter().enumerate().filter(|(_, n)| *n > 0).collect();
        facets
    }

    /// The byte ranges of the words in sentence `id` that the query's positive words, prefixes,
    /// fuzzy words and phrases match: what a result line marks.
    pub fn hits(&self, query: &Query, id: u32) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        self.collect_hits(query, id, false, &mut out);
        out.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        out.dedup_by(|b, a| b.start < a.end);
        out
    }

    fn collect_hits(&self, query: &Query, id: u32, negated: bool, out: &mut Vec<Range<usize>>) {
        let entry = &self.entries[id as usize];
        let words = entry.words.iter();
        match query {
            _ if negated => {}
            Query::Word { stem, .. } => {
                let stem = self.stem_id(stem);
                out.extend(words.filter(|w| Some(w.1) == stem).map(|w| w.2.clone()));
            }
            Query::Prefix(prefix) => {
                out.extend(words.filter(|w| w.0.starts_with(prefix.as_str())).map(|w| w.2.clone()))
            }
            Query::Fuzzy(word) => {
                let budget = fuzzy_budget(word);
                out.extend(
                    words.filter(|w| edit_distance(&w.0, word, budget) <= budget).map(|w| w.2.clone()),
                );
            }
            Query::Phrase(stems) => {
                if let Some(ids) = stems.iter().map(|s| self.stem_id(s)).collect::<Option<Vec<u32>>>() {
                    out.extend(self.phrase_at(id, &ids));
                }
            }
            Query::And(a, b) | Query::Or(a, b) => {
                self.collect_hits(a, id, false, out);
                self.collect_hits(b, id, false, out);
            }
            Query::Not(a) => self.collect_hits(a, id, true, out),
            _ => {}
        }
    }

    /// Whether the stems (by id) occur in order in sentence `id`.
    fn has_phrase(&self, id: u32, stems: &[u32]) -> bool {
        let span = &self.stem_spans[id as usize];
        self.stems[span.start as usize..span.end as usize].windows(stems.len()).any(|w| w == stems)
    }

    /// Where the stems (by id) occur in order in sentence `id`, each occurrence as one range.
    fn phrase_at<'a>(&'a self, id: u32, stems: &'a [u32]) -> impl Iterator<Item = Range<usize>> + 'a {
        self.entries[id as usize]
            .words
            .windows(stems.len())
            .filter(move |w| w.iter().zip(stems).all(|(word, stem)| word.1 == *stem))
            .map(|w| w[0].2.start..w[w.len() - 1].2.end)
    }
}

/// Whether a folded name holds every word, as whole words: "kim jong un" has ["kim"].
fn name_has_words(name: &str, words: &[String]) -> bool {
    let name_words: Vec<&str> = name.split([' ', '-']).collect();
    words.iter().all(|w| name_words.iter().any(|n| n == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations_merge_sorted_postings() {
        assert_eq!(union(&[1, 3, 5], &[2, 3, 9]), [1, 2, 3, 5, 9]);
        assert_eq!(intersect(&[1, 3, 5], &[2, 3, 5]), [3, 5]);
        assert_eq!(difference(&[1, 3, 5, 7], &[0, 3, 7, 8]), [1, 5]);
        assert_eq!(difference(&[], &[1]), Vec::<u32>::new());
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("gabuyev", "gabuev", 2), 1);
        assert_eq!(edit_distance("kitten", "sitting", 3), 3);
        assert_eq!(edit_distance("a", "abcdef", 2), 3);
    }
}
