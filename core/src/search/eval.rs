//! Evaluating a query: over the whole index by merging postings ([`SearchIndex::eval`]), and
//! over one sentence, returning what to mark ([`SearchIndex::hits`]). Both read the same leaf
//! rules, so a sentence is a result exactly when it has hits to mark (a test checks it).

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::query::Query;
use super::{difference, edit_distance, fuzzy_budget, intersect, union, Facets, Filter};
use super::{Label, Postings, SearchIndex};

impl SearchIndex {
    fn all(&self) -> Postings {
        (0..self.entries.len() as u32).collect()
    }

    fn doc_postings(&self, d: usize) -> Postings {
        self.by_doc.get(d).map_or(Vec::new(), |r| r.clone().collect())
    }

    /// The entities (by index) a `person:`/`org:`/... field names: those of its label whose
    /// fullest name or an alias holds every word.
    fn entities_named(&self, label: Label, words: &[String]) -> Vec<u32> {
        self.entity_names
            .iter()
            .filter(|(_, l, names)| *l == label && names.iter().any(|n| name_has_words(n, words)))
            .map(|(k, _, _)| *k)
            .collect()
    }

    /// The themes (by index) a `theme:` field names, by id or label prefix.
    fn themes_named(&self, prefix: &str) -> Vec<usize> {
        let named = |(id, label): &(String, String)| id.starts_with(prefix) || label.starts_with(prefix);
        (0..self.themes.len()).filter(|&t| named(&self.themes[t])).collect()
    }

    /// The sentences a query matches, ascending.
    pub fn eval(&self, query: &Query) -> Postings {
        match query {
            Query::Word { stem, .. } => {
                self.stem_id(stem).map_or(Vec::new(), |s| self.by_stem[s as usize].clone())
            }
            Query::Prefix(prefix) => {
                let start = self.vocabulary.partition_point(|&w| self.word(w) < prefix.as_str());
                self.vocabulary[start..]
                    .iter()
                    .take_while(|&&w| self.word(w).starts_with(prefix.as_str()))
                    .fold(Vec::new(), |acc, &w| union(&acc, &self.by_word[w as usize]))
            }
            Query::Fuzzy(word) => {
                let budget = fuzzy_budget(word);
                self.vocabulary
                    .iter()
                    .filter(|&&w| edit_distance(self.word(w), word, budget) <= budget)
                    .fold(Vec::new(), |acc, &w| union(&acc, &self.by_word[w as usize]))
            }
            Query::Phrase(stems) => {
                let Some(ids) = self.stem_ids_of(stems) else { return Vec::new() };
                let mut by_rarity: Vec<&Postings> = ids.iter().map(|&s| &self.by_stem[s as usize]).collect();
                by_rarity.sort_by_key(|p| p.len());
                let candidates =
                    by_rarity[1..].iter().fold(by_rarity[0].clone(), |acc, p| intersect(&acc, p));
                candidates.into_iter().filter(|&id| self.has_phrase(id, &ids)).collect()
            }
            Query::Entity(label, words) => self
                .entities_named(*label, words)
                .into_iter()
                .fold(Vec::new(), |acc, k| union(&acc, &self.by_entity[k as usize])),
            Query::Label(label) => self.by_label.get(label).cloned().unwrap_or_default(),
            Query::Doc(prefix) => (0..self.doc_ids.len())
                .filter(|&d| self.doc_ids[d].starts_with(prefix.as_str()))
                .fold(Vec::new(), |acc, d| union(&acc, &self.doc_postings(d))),
            Query::Theme(prefix) => self
                .themes_named(prefix)
                .into_iter()
                .filter_map(|t| self.by_theme.get(&t))
                .fold(Vec::new(), |acc, p| union(&acc, p)),
            Query::Date(from, to) => (0..self.entries.len() as u32)
                .filter(|&id| {
                    self.entries[id as usize].spans.iter().any(|s| in_range(s.interval, *from, *to))
                })
                .collect(),
            Query::And(items) => {
                // Intersect the positive parts, rarest first, then take the negated ones away.
                let (negated, positive): (Vec<&Query>, Vec<&Query>) =
                    items.iter().partition(|q| matches!(q, Query::Not(_)));
                let sets: Vec<Postings> = positive.iter().map(|q| self.eval(q)).collect();
                // Start from the smallest set: every intersection is then at most that long.
                let smallest = (0..sets.len()).min_by_key(|&k| sets[k].len());
                let mut result = match smallest {
                    Some(k) => sets
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != k)
                        .fold(sets[k].clone(), |acc, (_, p)| intersect(&acc, p)),
                    None => self.all(),
                };
                for q in negated {
                    let Query::Not(inner) = q else { continue };
                    result = difference(&result, &self.eval(inner));
                }
                result
            }
            Query::Or(items) => items.iter().fold(Vec::new(), |acc, q| union(&acc, &self.eval(q))),
            Query::Not(inner) => difference(&self.all(), &self.eval(inner)),
        }
    }

    /// The sentences matching the query (all when there is none) and every filter.
    pub fn search(&self, query: Option<&Query>, filters: &[Filter]) -> Postings {
        let mut result = query.map_or_else(|| self.all(), |q| self.eval(q));
        for filter in filters {
            let matching = match filter {
                Filter::Doc(id) => {
                    self.doc_ids.iter().position(|d| d == id).map_or(Vec::new(), |d| self.doc_postings(d))
                }
                Filter::Label(l) => self.by_label.get(l).cloned().unwrap_or_default(),
                Filter::Entity(id) => self.entity_postings(id).to_vec(),
                Filter::Theme(id) => (0..self.themes.len())
                    .find(|&t| self.themes[t].0 == *id)
                    .and_then(|t| self.by_theme.get(&t))
                    .cloned()
                    .unwrap_or_default(),
            };
            result = intersect(&result, &matching);
        }
        result
    }

    /// Facet counts over `results`.
    pub fn facets(&self, results: &[u32]) -> Facets {
        let mut docs = vec![0usize; self.by_doc.len()];
        let mut labels: Vec<(Label, usize)> = Label::ALL.iter().map(|&l| (l, 0)).collect();
        let mut entities: FxHashMap<u32, usize> = FxHashMap::default();
        let mut themes = vec![0usize; self.themes.len()];
        let mut seen = Vec::new();
        for &id in results {
            let entry = &self.entries[id as usize];
            docs[entry.doc] += 1;
            for (label, n) in labels.iter_mut() {
                *n += usize::from(entry.has_label(*label));
            }
            seen.clear();
            seen.extend(entry.spans.iter().filter_map(|s| s.entity));
            seen.sort_unstable();
            seen.dedup();
            for &e in &seen {
                *entities.entry(e).or_default() += 1;
            }
            for &t in &entry.themes {
                themes[t] += 1;
            }
        }
        let mut entities: Vec<(String, usize)> =
            entities.into_iter().map(|(e, n)| (self.entity_ids[e as usize].clone(), n)).collect();
        entities.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        entities.truncate(Facets::TOP_ENTITIES);
        Facets {
            docs: docs.into_iter().enumerate().filter(|(_, n)| *n > 0).collect(),
            labels: labels.into_iter().filter(|(_, n)| *n > 0).collect(),
            entities,
            themes: themes.into_iter().enumerate().filter(|(_, n)| *n > 0).collect(),
        }
    }

    /// What to mark in sentence `id` for `query`: `None` when the sentence does not match,
    /// else the byte ranges of what made it match, sorted and disjoint. Words, prefixes,
    /// fuzzy words and phrases mark words; `person:` and the like the entity's mentions;
    /// `label:` its spans; `date:` the TIMEs inside the range; `theme:` the words that tagged
    /// the sentence with the theme (the sentence when none is known); `doc:`
    /// and negated parts mark nothing.
    ///
    /// # Example
    /// ```
    /// use newslens_core::search::{query::parse, SearchIndex};
    /// use newslens_core::{study::Study, Corpus, DocMeta, Document};
    /// let text = "Troops moved. Kim Jong Un said so.";
    /// let (corpus, _) = Corpus::new([Document::new(DocMeta::plain("a", None), text)]);
    /// let index = SearchIndex::new(&corpus, &Study::new(&corpus, |_| None));
    /// let marked = |q: &str, id| index.hits(&parse(q).unwrap().unwrap(), id)
    ///     .map(|hits| hits.into_iter().map(|r| &text[r]).collect::<Vec<_>>());
    /// assert_eq!(marked("troop* OR kim", 0), Some(vec!["Troops"]));
    /// assert_eq!(marked("person:kim", 1), Some(vec!["Kim Jong Un"]));
    /// assert_eq!(marked("troops -moved", 0), None);
    /// ```
    pub fn hits(&self, query: &Query, id: u32) -> Option<Vec<Range<usize>>> {
        let mut out = self.sentence_hits(query, id)?;
        crate::analysis::ranges::sort_ranges(&mut out);
        out.dedup_by(|b, a| b.start < a.end);
        Some(out)
    }

    /// What to mark in sentence `id` for `query` and the facet `filters` together: the query's
    /// hits, plus what each filter picked (an entity's mentions, a label's spans, a theme's
    /// words; a document filter marks nothing). `None` when the sentence is not a result. A
    /// facet-only search (no query) marks what its filters picked.
    pub fn result_hits(
        &self,
        query: Option<&Query>,
        filters: &[Filter],
        id: u32,
    ) -> Option<Vec<Range<usize>>> {
        let mut out = match query {
            Some(query) => self.sentence_hits(query, id)?,
            None => Vec::new(),
        };
        let entry = &self.entries[id as usize];
        for filter in filters {
            let picked: Vec<Range<usize>> = match filter {
                Filter::Doc(doc) => {
                    if self.doc_ids[entry.doc] != *doc {
                        return None;
                    }
                    continue;
                }
                Filter::Label(label) => {
                    entry.spans.iter().filter(|s| s.label == *label).map(|s| s.range.clone()).collect()
                }
                Filter::Entity(entity) => {
                    let k = self.entity_index.get(entity).copied();
                    let spans = entry.spans.iter().filter(|s| k.is_some() && s.entity == k);
                    spans.map(|s| s.range.clone()).collect()
                }
                Filter::Theme(theme) => {
                    let t = self.themes.iter().position(|(id, _)| id == theme);
                    if !t.is_some_and(|t| entry.themes.contains(&t)) {
                        return None;
                    }
                    theme_marks(entry, |other| Some(other) == t)
                }
            };
            if picked.is_empty() {
                return None;
            }
            out.extend(picked);
        }
        crate::analysis::ranges::sort_ranges(&mut out);
        out.dedup_by(|b, a| b.start < a.end);
        Some(out)
    }

    /// What to mark in document `doc`: the hits of every sentence of it that the query matches.
    pub fn document_hits(&self, query: &Query, doc: usize) -> Vec<Range<usize>> {
        let sentences = self.by_doc.get(doc).cloned().unwrap_or_default();
        sentences.filter_map(|id| self.hits(query, id)).flatten().collect()
    }

    fn sentence_hits(&self, query: &Query, id: u32) -> Option<Vec<Range<usize>>> {
        let entry = &self.entries[id as usize];
        let words = entry.words.iter();
        let found = |hits: Vec<Range<usize>>| (!hits.is_empty()).then_some(hits);
        match query {
            Query::Word { stem, .. } => {
                let stem = self.stem_id(stem)?;
                found(words.filter(|w| w.1 == stem).map(|w| w.2.clone()).collect())
            }
            Query::Prefix(prefix) => found(
                words.filter(|w| self.word(w.0).starts_with(prefix.as_str())).map(|w| w.2.clone()).collect(),
            ),
            Query::Fuzzy(word) => {
                let budget = fuzzy_budget(word);
                found(
                    words
                        .filter(|w| edit_distance(self.word(w.0), word, budget) <= budget)
                        .map(|w| w.2.clone())
                        .collect(),
                )
            }
            Query::Phrase(stems) => found(self.phrase_at(id, &self.stem_ids_of(stems)?).collect()),
            Query::Entity(label, words) => {
                let named = self.entities_named(*label, words);
                let spans = entry.spans.iter().filter(|s| s.entity.is_some_and(|e| named.contains(&e)));
                found(spans.map(|s| s.range.clone()).collect())
            }
            Query::Label(label) => {
                found(entry.spans.iter().filter(|s| s.label == *label).map(|s| s.range.clone()).collect())
            }
            Query::Date(from, to) => found(
                entry
                    .spans
                    .iter()
                    .filter(|s| in_range(s.interval, *from, *to))
                    .map(|s| s.range.clone())
                    .collect(),
            ),
            Query::Theme(prefix) => {
                let named = self.themes_named(prefix);
                entry
                    .themes
                    .iter()
                    .any(|t| named.contains(t))
                    .then(|| theme_marks(entry, |t| named.contains(&t)))
            }
            Query::Doc(prefix) => self.doc_ids[entry.doc].starts_with(prefix.as_str()).then(Vec::new),
            Query::And(items) => {
                let mut out = Vec::new();
                for item in items {
                    out.extend(self.sentence_hits(item, id)?);
                }
                Some(out)
            }
            Query::Or(items) => {
                let matched: Vec<Vec<Range<usize>>> =
                    items.iter().filter_map(|item| self.sentence_hits(item, id)).collect();
                (!matched.is_empty()).then(|| matched.into_iter().flatten().collect())
            }
            Query::Not(inner) => self.sentence_hits(inner, id).is_none().then(Vec::new),
        }
    }

    fn stem_ids_of(&self, stems: &[String]) -> Option<Vec<u32>> {
        stems.iter().map(|s| self.stem_id(s)).collect()
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

/// The words that tagged `entry` with a theme `wanted` accepts, or the whole sentence when the
/// index knows none (a theme tagged by an older analysis).
fn theme_marks(entry: &super::Entry, wanted: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let cues: Vec<Range<usize>> =
        entry.cues.iter().filter(|(t, _)| wanted(*t)).map(|(_, r)| r.clone()).collect();
    if cues.is_empty() {
        vec![entry.range.clone()]
    } else {
        cues
    }
}

/// Whether a TIME's interval falls wholly inside the range: "the 21st century" is not in
/// October 2024.
fn in_range(
    interval: Option<(crate::corpus::Date, crate::corpus::Date)>,
    from: crate::corpus::Date,
    to: crate::corpus::Date,
) -> bool {
    interval.is_some_and(|(a, b)| from <= a && b <= to)
}

/// Whether a folded name holds every word, as whole words: "kim jong un" has ["kim"].
fn name_has_words(name: &str, words: &[String]) -> bool {
    let name_words: Vec<&str> = name.split([' ', '-']).collect();
    words.iter().all(|w| name_words.iter().any(|n| n == w))
}
