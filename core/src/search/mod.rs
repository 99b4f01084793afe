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

mod eval;
pub mod index;
pub mod kwic;
pub mod normalize;
pub mod query;
mod run;

use std::fmt;

use crate::analysis::Label;
pub use index::{Entry, IndexedSpan, Postings, SearchIndex};
pub use run::SearchOutcome;

/// A facet filter, combined with the query by AND. Written in the address as its
/// [`Display`](fmt::Display) form and read back by [`Filter::parse`].
///
/// # Example
/// ```
/// use newslens_core::analysis::Label;
/// use newslens_core::search::Filter;
/// let filter = Filter::Label(Label::Quote);
/// assert_eq!(filter.to_string(), "label:QUOTE");
/// assert_eq!(Filter::parse("label:QUOTE"), Some(filter));
/// assert_eq!(Filter::parse("entity:person:kim-jong-un"), Some(Filter::Entity("person:kim-jong-un".into())));
/// assert_eq!(Filter::parse("colour:red"), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    /// Sentences of the document with this id.
    Doc(String),
    /// Sentences with a span of this label.
    Label(Label),
    /// Sentences mentioning this entity (id).
    Entity(String),
    /// Sentences with the theme of this id.
    Theme(String),
}

impl Filter {
    /// Reads a filter as the address writes it (`doc:<id>`, `label:QUOTE`, `entity:<id>`,
    /// `theme:<id>`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Filter> {
        let (kind, value) = text.split_once(':')?;
        if value.is_empty() {
            return None;
        }
        match kind {
            "doc" => Some(Filter::Doc(value.to_string())),
            "label" => Label::parse(value).map(Filter::Label),
            "entity" => Some(Filter::Entity(value.to_string())),
            "theme" => Some(Filter::Theme(value.to_string())),
            _ => None,
        }
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Filter::Doc(id) => write!(f, "doc:{id}"),
            Filter::Label(label) => write!(f, "label:{}", label.as_str()),
            Filter::Entity(id) => write!(f, "entity:{id}"),
            Filter::Theme(id) => write!(f, "theme:{id}"),
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
