//! Compare: the documents of a study beside each other.
//!
//! - [`pairs`]: every pair of documents, a word-shingle similarity and a fingerprint of the
//!   names, numbers and quotations both keep, and the relation they suggest (copy, shortened
//!   copy, paraphrase, shared quotations, independent); [`origins`] groups the documents
//!   that come from one article, so a source is counted once per origin.
//! - [`align`]: two documents side by side, sentences aligned, words changed inside each
//!   aligned pair, and what each side lacks.
//! - [`coverage`]: themes and entities by document, with each document's blind spots.
//! - [`figures`]: the same quantity as every document gives it, disagreements flagged.
//! - [`quotes`]: every quotation once, by speaker, with the documents that carry it and how
//!   each changed it.

pub mod align;
pub mod coverage;
pub mod figures;
pub mod pairs;
pub mod quotes;

pub use align::Alignment;
pub use pairs::{origins, Pair, Pairs, Relation};

use crate::analysis::token::TokenKind;
use crate::analysis::Analysis;
use crate::search::normalize::fold;

/// The hash of a word folded for comparison (case, diacritics and apostrophes ignored), so
/// "Pyongyang’s" and "pyongyangs" are one word.
pub(crate) fn word_hash(word: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    fold(word).hash(&mut hasher);
    hasher.finish()
}

/// The hash of a word's stem, so that "benefit" and "benefits" are one word: for aligning a
/// paraphrase's sentences, where the cost of stemming is for two texts only.
pub(crate) fn stem_hash(word: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    crate::search::normalize::term(word).1.hash(&mut hasher);
    hasher.finish()
}

/// The word and number tokens of `analysis` within `range`, each with its index.
pub(crate) fn word_tokens(
    analysis: &Analysis,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = (usize, &crate::analysis::token::Token)> + '_ {
    let first = analysis.tokens.partition_point(|t| t.start < range.start);
    analysis.tokens[first..]
        .iter()
        .enumerate()
        .take_while(move |(_, t)| t.end <= range.end)
        .filter(|(_, t)| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(move |(i, t)| (first + i, t))
}

/// The words and numbers of `analysis` within `range` of `text`, hashed by `hash` (such as
/// [`word_hash`]), each with its token's index.
pub(crate) fn words_in<'a>(
    text: &'a str,
    analysis: &'a Analysis,
    range: std::ops::Range<usize>,
    hash: fn(&str) -> u64,
) -> impl Iterator<Item = (usize, u64)> + 'a {
    word_tokens(analysis, range).map(move |(i, t)| (i, hash(&text[t.start..t.end])))
}

/// For each of `n` items, the smallest index of the items that `links` join it to, directly
/// or through others: a group is named by its first member.
pub(crate) fn join(n: usize, links: impl IntoIterator<Item = (usize, usize)>) -> Vec<usize> {
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut parent: Vec<usize> = (0..n).collect();
    for (a, b) in links {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    (0..n).map(|x| root(&mut parent, x)).collect()
}
