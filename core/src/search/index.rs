//! The search index: one entry per sentence of every document, with its words (folded and
//! stemmed, positions kept for phrases), the entities, labels and themes it mentions and the
//! dates its TIME spans resolve to. Built from a [`Study`] in one pass.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::normalize::term;
use crate::analysis::token::TokenKind;
use crate::analysis::{Label, SpanValue};
use crate::corpus::{Corpus, Date};
use crate::study::Study;

/// One indexed sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The document's index in the corpus.
    pub doc: usize,
    /// The sentence's index in its document's analysis.
    pub sentence: usize,
    /// Its byte range in the document.
    pub range: Range<usize>,
    /// Its words in order: (folded word id, stem id, byte range); see [`SearchIndex::word`]
    /// and [`SearchIndex::stem_id`].
    pub words: Vec<(u32, u32, Range<usize>)>,
    /// The spans that start in it, in order: what field queries match, and mark.
    pub spans: Vec<IndexedSpan>,
    /// Its themes (indices into the corpus's [`Themes`](crate::analysis::theme::Themes)).
    pub themes: Vec<usize>,
    /// The words that tagged it with a theme: (theme, byte range), what `theme:` marks.
    pub cues: Vec<(usize, Range<usize>)>,
}

/// What the index keeps of a span: enough to match and mark `label:`, `person:`, `date:` ....
#[derive(Debug, Clone, PartialEq)]
pub struct IndexedSpan {
    /// Its byte range in the document.
    pub range: Range<usize>,
    /// Its label.
    pub label: Label,
    /// The entity it mentions (an index into [`SearchIndex::entity_ids`]), if any.
    pub entity: Option<u32>,
    /// The calendar interval a TIME resolves to, if it is placed.
    pub interval: Option<(Date, Date)>,
}

impl Entry {
    /// Whether a span of this label starts in the sentence.
    pub fn has_label(&self, label: Label) -> bool {
        self.spans.iter().any(|s| s.label == label)
    }
}

/// Sentence ids in ascending order.
pub type Postings = Vec<u32>;

/// The index over all sentences of a corpus.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Every sentence, documents in corpus order.
    pub entries: Vec<Entry>,
    /// Stems by id, and their postings: comparing ids keeps phrase checks cheap.
    pub(super) stem_ids: FxHashMap<String, u32>,
    pub(super) by_stem: Vec<Postings>,
    /// Every sentence's stem ids, one after another (`stem_spans` says where each starts), so
    /// phrase checks scan contiguous memory.
    pub(super) stems: Vec<u32>,
    pub(super) stem_spans: Vec<Range<u32>>,
    /// Folded words by id, with their postings.
    pub(super) words: Vec<String>,
    pub(super) by_word: Vec<Postings>,
    /// The word ids in the folded words' order: prefix queries search this.
    pub(super) vocabulary: Vec<u32>,
    /// Every entity id the corpus mentions, once; [`IndexedSpan::entity`] indexes this.
    pub entity_ids: Vec<String>,
    /// Postings by entity, in the order of `entity_ids`.
    pub(super) by_entity: Vec<Postings>,
    pub(super) entity_index: FxHashMap<String, u32>,
    pub(super) by_label: FxHashMap<Label, Postings>,
    pub(super) by_theme: FxHashMap<usize, Postings>,
    pub(super) by_doc: Vec<Range<u32>>,
    /// The corpus's themes as (id, folded label), for `theme:` queries and filters.
    pub(super) themes: Vec<(String, String)>,
    pub(super) doc_ids: Vec<String>,
    /// Each entity's index, label and folded names (fullest name and aliases), for field queries.
    pub(super) entity_names: Vec<(u32, Label, Vec<String>)>,
}

fn push(postings: &mut Postings, id: u32) {
    if postings.last() != Some(&id) {
        postings.push(id);
    }
}

impl SearchIndex {
    /// Indexes every sentence of every document.
    pub fn new(corpus: &Corpus, study: &Study) -> SearchIndex {
        let mut index = SearchIndex::default();
        // Each distinct token text is folded and stemmed once: (word id, stem id).
        let mut terms: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
        let mut word_ids: FxHashMap<String, u32> = FxHashMap::default();
        for (d, (doc, analysis)) in corpus.documents().iter().zip(&study.analyses).enumerate() {
            let first = index.entries.len() as u32;
            let mut tokens = analysis.tokens.iter().peekable();
            let mut spans = analysis.spans.iter().peekable();
            // The document's entities as indices into `entity_ids`, interned on first use.
            let mut entities: Vec<Option<u32>> = vec![None; analysis.entities.len()];
            for (s, range) in analysis.sentences.iter().enumerate() {
                let id = index.entries.len() as u32;
                let mut words = Vec::new();
                while let Some(t) = tokens.next_if(|t| t.start < range.end) {
                    if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                        let text = t.text(&doc.text);
                        let (word, stem) = match terms.get(text) {
                            Some(&ids) => ids,
                            None => {
                                let ids = index.intern_term(&mut word_ids, text);
                                terms.insert(text, ids);
                                ids
                            }
                        };
                        push(&mut index.by_stem[stem as usize], id);
                        push(&mut index.by_word[word as usize], id);
                        words.push((word, stem, t.range()));
                        index.stems.push(stem);
                    }
                }
                let mut indexed = Vec::new();
                // Spans are in text order, each with its sentence (see `Span::sentence`).
                while let Some(span) = spans.next_if(|sp| sp.sentence == s) {
                    push(index.by_label.entry(span.label).or_default(), id);
                    let entity = match &span.value {
                        SpanValue::Entity { id: e } => {
                            let entity = match entities[*e] {
                                Some(k) => k,
                                None => {
                                    let k = index.intern_entity(&analysis.entities[*e].id);
                                    entities[*e] = Some(k);
                                    k
                                }
                            };
                            push(&mut index.by_entity[entity as usize], id);
                            Some(entity)
                        }
                        _ => None,
                    };
                    let interval = match &span.value {
                        SpanValue::Time(time) => time.interval,
                        _ => None,
                    };
                    indexed.push(IndexedSpan {
                        range: span.range.clone(),
                        label: span.label,
                        entity,
                        interval,
                    });
                }
                for &t in &analysis.sentence_themes[s] {
                    push(index.by_theme.entry(t).or_default(), id);
                }
                let start = (index.stems.len() - words.len()) as u32;
                index.stem_spans.push(start..index.stems.len() as u32);
                let themes = analysis.sentence_themes[s].clone();
                let cues = if themes.is_empty() {
                    Vec::new()
                } else {
                    corpus.themes().cues_in(&doc.text, analysis, s)
                };
                index.entries.push(Entry {
                    doc: d,
                    sentence: s,
                    range: range.clone(),
                    words,
                    spans: indexed,
                    themes,
                    cues,
                });
            }
            index.by_doc.push(first..index.entries.len() as u32);
            index.doc_ids.push(doc.id().to_string());
        }
        index.entity_names = study
            .entities
            .iter()
            .filter_map(|e| {
                let names =
                    std::iter::once(&e.name).chain(&e.aliases).map(|n| super::normalize::fold(n)).collect();
                Some((*index.entity_index.get(&e.id)?, e.label, names))
            })
            .collect();
        index.themes =
            corpus.themes().list().iter().map(|t| (t.id.clone(), super::normalize::fold(&t.label))).collect();
        index.vocabulary = (0..index.words.len() as u32).collect();
        let words = &index.words;
        index.vocabulary.sort_unstable_by(|&a, &b| words[a as usize].cmp(&words[b as usize]));
        index
    }

    /// The (word id, stem id) of a token's text, folding and stemming it: the word and the
    /// stem are added on first sight.
    fn intern_term(&mut self, word_ids: &mut FxHashMap<String, u32>, text: &str) -> (u32, u32) {
        let (folded, stemmed) = term(text);
        let word = match word_ids.get(&folded) {
            Some(&w) => w,
            None => {
                let w = self.words.len() as u32;
                self.words.push(folded.clone());
                self.by_word.push(Postings::new());
                word_ids.insert(folded, w);
                w
            }
        };
        let next = self.stem_ids.len() as u32;
        let stem = *self.stem_ids.entry(stemmed).or_insert(next);
        if stem == next {
            self.by_stem.push(Postings::new());
        }
        (word, stem)
    }

    /// A folded word by its id (as [`Entry::words`] holds it).
    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// The index of an entity id, added on first sight.
    fn intern_entity(&mut self, id: &str) -> u32 {
        if let Some(&k) = self.entity_index.get(id) {
            return k;
        }
        let k = self.entity_ids.len() as u32;
        self.entity_ids.push(id.to_string());
        self.by_entity.push(Postings::new());
        self.entity_index.insert(id.to_string(), k);
        k
    }

    /// The postings of an entity id.
    pub(super) fn entity_postings(&self, id: &str) -> &[u32] {
        self.entity_index.get(id).map_or(&[], |&k| &self.by_entity[k as usize])
    }

    /// The id of a stem, if any sentence has it.
    pub fn stem_id(&self, stem: &str) -> Option<u32> {
        self.stem_ids.get(stem).copied()
    }

    /// How many sentences there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
