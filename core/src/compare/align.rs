//! Two documents side by side: their sentences aligned, the words changed inside each aligned
//! pair, and what each side lacks (the names, figures and quotations only the other keeps).
//!
//! The alignment is Gale and Church's dynamic programme over sentences, monotone, with beads
//! of one sentence to up to three (a rewrite that compresses three sentences into one) and
//! sentences left unmatched; its cost is lexical instead of length-based, because a
//! paraphrase keeps the words that carry meaning, not the lengths: a bead scores the
//! weighted overlap of its two sides' words (each word weighted by how few sentences of the
//! two texts have it) minus [`MIN_SIMILARITY`], so a bead is kept only when it beats leaving
//! both sides unmatched. Words inside an aligned bead are diffed by `similar` (Myers).

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};
use similar::{capture_diff_slices, Algorithm, DiffTag};

use super::pairs::{countable, figure_key, matched_quotations};
use super::quotes::quotation_ids;
use super::{stem_hash, word_hash, words_in};
use crate::analysis::{Analysis, SpanValue};
use crate::corpus::Corpus;
use crate::study::Study;
use crate::text::BlockKind;

/// A bead scores its similarity minus this: a pair of sentences sharing less is better left
/// unmatched.
pub const MIN_SIMILARITY: f64 = 0.18;

/// Each extra sentence in a bead costs this much, so that two sentences matching one are
/// merged only when together they match it better than one alone.
const MERGE_COST: f64 = 0.05;

/// The bead shapes tried: (sentences of A, sentences of B).
const BEADS: [(usize, usize); 7] = [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2), (3, 1), (1, 3)];

/// One piece of a side's text: changed (deleted from A, inserted in B) or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range into the document's text.
    pub range: Range<usize>,
    /// Whether the other side does not have these words here.
    pub changed: bool,
}

/// One row of the side-by-side view: sentences of A beside sentences of B; one side is empty
/// when a sentence has no counterpart.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Sentence indices of A (into its analysis's sentences), possibly empty.
    pub a: Range<usize>,
    /// Sentence indices of B.
    pub b: Range<usize>,
    /// The weighted word overlap of the two sides (0 when one is empty).
    pub similarity: f64,
    /// A's text of the row, pieces in order, covering its sentences (with what lies between).
    pub a_pieces: Vec<Piece>,
    /// B's text of the row.
    pub b_pieces: Vec<Piece>,
}

impl Row {
    /// Whether both sides have sentences.
    pub fn is_aligned(&self) -> bool {
        !self.a.is_empty() && !self.b.is_empty()
    }
}

/// A name, figure or quotation one document keeps and the other does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// What a reader is shown: the name, the figure or quotation as written.
    pub text: String,
    /// The entity id for a name, else empty.
    pub entity: String,
    /// The sentence it is first in.
    pub sentence: usize,
}

/// What one document keeps that the other lacks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Only {
    /// Entities, in order of first mention.
    pub names: Vec<Item>,
    /// Figures.
    pub figures: Vec<Item>,
    /// Quotations.
    pub quotations: Vec<Item>,
}

/// Documents `a` and `b` side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Document A (corpus index).
    pub a: usize,
    /// Document B.
    pub b: usize,
    /// Every content sentence of both, in order, in rows.
    pub rows: Vec<Row>,
    /// What A keeps and B lacks.
    pub only_a: Only,
    /// What B keeps and A lacks.
    pub only_b: Only,
}

impl Alignment {
    /// Aligns documents `a` and `b` of the study; `None` when either index names no document.
    pub fn new(corpus: &Corpus, study: &Study, a: usize, b: usize) -> Option<Alignment> {
        let side = |d: usize| Some((corpus.documents().get(d)?.text.as_str(), study.analyses.get(d)?));
        let (side_a, side_b) = (side(a)?, side(b)?);
        let (words_a, words_b) = (sentence_words(side_a.0, side_a.1), sentence_words(side_b.0, side_b.1));
        let beads = align(&words_a, &words_b);
        let rows = beads
            .into_iter()
            .map(|(ra, rb, similarity)| {
                let (a_pieces, b_pieces) = pieces(side_a, side_b, &words_a, &words_b, ra.clone(), rb.clone());
                Row { a: ra, b: rb, similarity, a_pieces, b_pieces }
            })
            .collect();
        let (only_a, only_b) = lacks(side_a, side_b);
        Some(Alignment { a, b, rows, only_a, only_b })
    }
}

/// One sentence's words: (token index, hashed word), in order; `None` for a sentence of a
/// leftover line, which is left out of the view.
type Words = Option<Vec<(usize, u64)>>;

fn sentence_words(text: &str, analysis: &Analysis) -> Vec<Words> {
    analysis
        .sentences
        .iter()
        .map(|range| {
            let leftover = analysis.paragraphs.iter().any(|p| {
                p.kind == BlockKind::Leftover && p.range.start <= range.start && range.end <= p.range.end
            });
            (!leftover).then(|| words_in(text, analysis, range.clone(), stem_hash).collect())
        })
        .collect()
}

/// The monotone alignment of two texts' sentences: (sentences of A, sentences of B,
/// similarity) per row, every content sentence in exactly one row.
pub fn align(a: &[Words], b: &[Words]) -> Vec<(Range<usize>, Range<usize>, f64)> {
    // A sentence's words as a set, weighted by how few sentences of either text hold them.
    let sets = |side: &[Words]| -> Vec<FxHashSet<u64>> {
        side.iter().map(|w| w.iter().flatten().map(|&(_, h)| h).collect()).collect()
    };
    let (sets_a, sets_b) = (sets(a), sets(b));
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    for set in sets_a.iter().chain(&sets_b) {
        for &h in set {
            *df.entry(h).or_default() += 1;
        }
    }
    let total = (sets_a.len() + sets_b.len()) as f64;
    let weight = |h: &u64| (total / f64::from(df[h])).ln();
    let similarity = |ra: Range<usize>, rb: Range<usize>| -> f64 {
        let union = |sets: &[FxHashSet<u64>], r: Range<usize>| -> FxHashSet<u64> {
            sets[r].iter().flatten().copied().collect()
        };
        let (wa, wb) = (union(&sets_a, ra), union(&sets_b, rb));
        let common: f64 = wa.intersection(&wb).map(weight).sum();
        let all: f64 = wa.iter().map(weight).sum::<f64>() + wb.iter().map(weight).sum::<f64>();
        if all > 0.0 {
            2.0 * common / all
        } else {
            0.0
        }
    };
    // A leftover sentence is skipped at no cost and shown in no row.
    let content = |side: &[Words], i: usize| side[i].is_some();
    let (n, m) = (a.len(), b.len());
    let mut best = vec![vec![f64::NEG_INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![(0usize, 0usize, 0.0f64); m + 1]; n + 1];
    best[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if best[i][j] == f64::NEG_INFINITY {
                continue;
            }
            let here = best[i][j];
            // Ties go to the later path, which leaves A's unmatched sentences before B's, as
            // a diff shows a deletion before an insertion.
            let mut relax = |i2: usize, j2: usize, gain: f64, sim: f64| {
                if here + gain >= best[i2][j2] {
                    best[i2][j2] = here + gain;
                    back[i2][j2] = (i, j, sim);
                }
            };
            if i < n && !content(a, i) {
                relax(i + 1, j, 0.0, 0.0);
                continue;
            }
            if j < m && !content(b, j) {
                relax(i, j + 1, 0.0, 0.0);
                continue;
            }
            for (da, db) in BEADS {
                let (i2, j2) = (i + da, j + db);
                if i2 > n || j2 > m || !(i..i2).all(|k| content(a, k)) || !(j..j2).all(|k| content(b, k)) {
                    continue;
                }
                if da == 0 || db == 0 {
                    relax(i2, j2, 0.0, 0.0);
                } else {
                    let sim = similarity(i..i2, j..j2);
                    let gain = sim - MIN_SIMILARITY - MERGE_COST * (da + db - 2) as f64;
                    if gain > 0.0 {
                        relax(i2, j2, gain, sim);
                    }
                }
            }
        }
    }
    let mut rows = Vec::new();
    let (mut i, mut j) = (n, m);
    while (i, j) != (0, 0) {
        let (pi, pj, sim) = back[i][j];
        let skipped = (pi..i).all(|k| !content(a, k)) && (pj..j).all(|k| !content(b, k));
        if !skipped {
            rows.push((pi..i, pj..j, sim));
        }
        (i, j) = (pi, pj);
    }
    rows.reverse();
    rows
}

type Side<'a> = (&'a str, &'a Analysis);

/// Each side's text of a row in pieces, the words the other side lacks marked changed.
fn pieces(
    (text_a, an_a): Side,
    (text_b, an_b): Side,
    words_a: &[Words],
    words_b: &[Words],
    ra: Range<usize>,
    rb: Range<usize>,
) -> (Vec<Piece>, Vec<Piece>) {
    let flat = |words: &[Words], r: Range<usize>| -> Vec<(usize, u64)> {
        words[r].iter().flatten().flatten().copied().collect()
    };
    let (wa, wb) = (flat(words_a, ra.clone()), flat(words_b, rb.clone()));
    let (mut changed_a, mut changed_b) = (vec![false; wa.len()], vec![false; wb.len()]);
    if !wa.is_empty() && !wb.is_empty() {
        // Aligned by stems, diffed by words: "benefits" for "benefit" is a change to show.
        let hashes = |text: &str, analysis: &Analysis, w: &[(usize, u64)]| -> Vec<u64> {
            w.iter()
                .map(|&(t, _)| word_hash(&text[analysis.tokens[t].start..analysis.tokens[t].end]))
                .collect()
        };
        let (old, new) = (hashes(text_a, an_a, &wa), hashes(text_b, an_b, &wb));
        for op in capture_diff_slices(Algorithm::Myers, &old, &new) {
            let (tag, old, new) = op.as_tag_tuple();
            if tag != DiffTag::Equal {
                changed_a[old].fill(true);
                changed_b[new].fill(true);
            }
        }
    } else {
        changed_a.fill(true);
        changed_b.fill(true);
    }
    (side_pieces(an_a, ra, &wa, &changed_a), side_pieces(an_b, rb, &wb, &changed_b))
}

/// The text of sentences `sentences` as pieces: each changed word its own piece (with the
/// space or punctuation up to the next changed word when that follows at once), the rest kept.
fn side_pieces(
    analysis: &Analysis,
    sentences: Range<usize>,
    words: &[(usize, u64)],
    changed: &[bool],
) -> Vec<Piece> {
    let Some(span) = sentences
        .clone()
        .next()
        .map(|first| analysis.sentences[first].start..analysis.sentences[sentences.end - 1].end)
    else {
        return Vec::new();
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |range: Range<usize>, changed: bool| {
        if range.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(last) if last.changed == changed && last.range.end == range.start => {
                last.range.end = range.end
            }
            _ => pieces.push(Piece { range, changed }),
        }
    };
    let mut at = span.start;
    for (k, &(token, _)) in words.iter().enumerate() {
        let t = analysis.tokens[token];
        push(at..t.start, changed[k] && k > 0 && changed[k - 1]);
        push(t.start..t.end, changed[k]);
        at = t.end;
    }
    push(at..span.end, false);
    pieces
}

/// What each of two documents keeps that the other lacks: names (entities), figures
/// (quantity and unit) and quotations (matched as the pairs match them).
fn lacks((text_a, an_a): Side, (text_b, an_b): Side) -> (Only, Only) {
    let names = |analysis: &Analysis| -> FxHashSet<String> {
        analysis.entities.iter().map(|e| e.id.clone()).collect()
    };
    let figures = |analysis: &Analysis| -> FxHashSet<String> {
        analysis.spans.iter().filter_map(|s| figure_key(&s.value)).collect()
    };
    let ids = quotation_ids([(text_a, an_a), (text_b, an_b)]);
    let (qa, qb) = (countable(&ids[0]), countable(&ids[1]));
    let matched = matched_quotations(&qa, &qb);
    let only = |text: &str,
                analysis: &Analysis,
                other_names: &FxHashSet<String>,
                other_figures: &FxHashSet<String>,
                quotes: &[(usize, usize)],
                kept: &FxHashSet<usize>| {
        let mut only = Only::default();
        let (mut seen_names, mut seen_figures) = (FxHashSet::default(), FxHashSet::default());
        for span in &analysis.spans {
            let item = |entity: String| Item {
                text: text[span.range.clone()].to_string(),
                entity,
                sentence: span.sentence,
            };
            match &span.value {
                SpanValue::Entity { id } if span.label.is_entity() => {
                    let entity = &analysis.entities[*id];
                    if !other_names.contains(&entity.id) && seen_names.insert(entity.id.clone()) {
                        only.names.push(Item { text: entity.name.clone(), ..item(entity.id.clone()) });
                    }
                }
                value => {
                    if let Some(key) = figure_key(value) {
                        if !other_figures.contains(&key) && seen_figures.insert(key) {
                            only.figures.push(item(String::new()));
                        }
                    }
                }
            }
        }
        let mut dropped: Vec<usize> =
            quotes.iter().map(|&(span, _)| span).filter(|s| !kept.contains(s)).collect();
        dropped.sort_unstable();
        for span in dropped {
            let span = &analysis.spans[span];
            only.quotations.push(Item {
                text: text[span.range.clone()].to_string(),
                entity: String::new(),
                sentence: span.sentence,
            });
        }
        only
    };
    let kept_a: FxHashSet<usize> = matched.iter().map(|&(a, _)| a).collect();
    let kept_b: FxHashSet<usize> = matched.iter().map(|&(_, b)| b).collect();
    let (names_a, names_b, figures_a, figures_b) = (names(an_a), names(an_b), figures(an_a), figures(an_b));
    (
        only(text_a, an_a, &names_b, &figures_b, &qa, &kept_a),
        only(text_b, an_b, &names_a, &figures_a, &qb, &kept_b),
    )
}
