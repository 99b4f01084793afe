//! The analysis of a whole corpus: every document analysed against its reference date, its
//! sentences tagged with the corpus's themes, and the entities merged across documents by
//! their stable ids, so that one entity finds all its mentions everywhere.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::analysis::{analyze, Analysis, Label, SpanValue};
use crate::corpus::{Corpus, Date};

/// `doc` analysed against `date`, its sentences tagged with the corpus's themes: one
/// document's part of [`Study::new`], for callers that analyse documents in parallel and then
/// make the study with [`Study::from_analyses`].
pub fn analyze_document(corpus: &Corpus, doc: &crate::Document, date: Option<Date>) -> Analysis {
    let mut analysis = analyze(&doc.text, date);
    analysis.sentence_themes = corpus.themes().tag(&doc.text, &analysis);
    analysis
}

/// An entity across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusEntity {
    /// Stable id: `person:kim-jong-un`.
    pub id: String,
    /// PERSON, ORG, PLACE or GROUP.
    pub label: Label,
    /// The fullest name any document uses.
    pub name: String,
    /// Every distinct form the documents use, most frequent first: "Kim", "Kim Jong Un", ...
    pub aliases: Vec<String>,
    /// Every mention as (document index, span index), in document order.
    pub mentions: Vec<(usize, usize)>,
}

impl CorpusEntity {
    /// How many mentions are in document `doc`.
    pub fn mentions_in(&self, doc: usize) -> usize {
        self.mentions.iter().filter(|(d, _)| *d == doc).count()
    }
}

/// Every document's analysis and the entities across them.
///
/// **Invariant:** a study owns the reference date each document was analysed against: every
/// view that shows or uses a document's date reads [`Study::reference_date`], never the
/// manifest, so an edited date shows everywhere at once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Study {
    /// One analysis per document, in corpus order.
    pub analyses: Vec<Analysis>,
    /// The date each document's relative dates were resolved against, in corpus order.
    pub references: Vec<Option<Date>>,
    /// Entities, most mentioned first.
    pub entities: Vec<CorpusEntity>,
    by_id: HashMap<String, usize>,
}

impl Study {
    /// Analyses each document of `corpus` against the reference date `reference(i)` gives it.
    ///
    /// # Example
    /// ```
    /// use newslens_core::{study::Study, Corpus, DocMeta, Document};
    /// let meta = |id: &str| DocMeta::plain(id, None);
    /// let (corpus, _) = Corpus::new([
    ///     Document::new(meta("a"), "Kim Jong Un arrived."),
    ///     Document::new(meta("b"), "Kim Jong-un left. Kim waved."),
    /// ]);
    /// let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    /// let kim = study.entity("person:kim-jong-un").unwrap();
    /// assert_eq!((kim.mentions_in(0), kim.mentions_in(1)), (1, 2));
    /// assert_eq!(kim.aliases, ["Kim", "Kim Jong Un", "Kim Jong-un"]);
    /// ```
    pub fn new(corpus: &Corpus, reference: impl Fn(usize) -> Option<Date>) -> Study {
        let references: Vec<Option<Date>> = (0..corpus.documents().len()).map(reference).collect();
        let analyses: Vec<Analysis> = corpus
            .documents()
            .iter()
            .zip(&references)
            .map(|(doc, date)| analyze_document(corpus, doc, *date))
            .collect();
        Study::from_analyses(corpus, analyses, references)
    }

    /// The same study with each `(document, date)` of `changes` analysed again against its
    /// date; the other documents keep their analyses.
    pub fn with_references(
        &self,
        corpus: &Corpus,
        changes: impl IntoIterator<Item = (usize, Option<Date>)>,
    ) -> Study {
        let (mut analyses, mut references) = (self.analyses.clone(), self.references.clone());
        for (doc, date) in changes {
            if let (Some(analysis), Some(document)) = (analyses.get_mut(doc), corpus.documents().get(doc)) {
                if references[doc] != date {
                    *analysis = analyze_document(corpus, document, date);
                    references[doc] = date;
                }
            }
        }
        Study::from_analyses(corpus, analyses, references)
    }

    /// A study of analyses already made, one per document of `corpus` in order (a
    /// [bundle](crate::bundle)'s), each against the date in `references`.
    pub fn from_analyses(corpus: &Corpus, analyses: Vec<Analysis>, references: Vec<Option<Date>>) -> Study {
        let mut entities: Vec<CorpusEntity> = Vec::new();
        let mut by_id: FxHashMap<&str, usize> = FxHashMap::default();
        // Each entity's forms as the texts write them, borrowed from the corpus, with counts.
        let mut alias_counts: Vec<FxHashMap<&str, usize>> = Vec::new();
        for (d, (analysis, doc)) in analyses.iter().zip(corpus.documents()).enumerate() {
            // The document's entities as indices into `entities`, found on first mention.
            let mut local_to_corpus: Vec<Option<usize>> = vec![None; analysis.entities.len()];
            for (s, span) in analysis.spans.iter().enumerate() {
                let SpanValue::Entity { id } = span.value else { continue };
                let local = &analysis.entities[id];
                let k = match local_to_corpus[id] {
                    Some(k) => k,
                    None => {
                        let k = *by_id.entry(local.id.as_str()).or_insert_with(|| {
                            entities.push(CorpusEntity {
                                id: local.id.clone(),
                                label: local.label,
                                name: local.name.clone(),
                                aliases: Vec::new(),
                                mentions: Vec::new(),
                            });
                            alias_counts.push(FxHashMap::default());
                            entities.len() - 1
                        });
                        if local.label == Label::Person && local.name.len() > entities[k].name.len() {
                            entities[k].name = local.name.clone();
                        }
                        local_to_corpus[id] = Some(k);
                        k
                    }
                };
                entities[k].mentions.push((d, s));
                *alias_counts[k].entry(&doc.text[span.range.clone()]).or_default() += 1;
            }
        }
        for (entity, counts) in entities.iter_mut().zip(alias_counts) {
            let mut aliases: Vec<(&str, usize)> = counts.into_iter().collect();
            aliases.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            entity.aliases = aliases.into_iter().map(|(alias, _)| alias.to_string()).collect();
        }
        entities.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.id.cmp(&b.id)));
        let by_id = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        Study { analyses, references, entities, by_id }
    }

    /// The date document `doc` was analysed against.
    pub fn reference_date(&self, doc: usize) -> Option<Date> {
        self.references.get(doc).copied().flatten()
    }

    /// Where document `doc`'s reference date comes from, for a reader: "high confidence" (the
    /// manifest's, with its confidence), or "set by you" when it differs from the manifest's.
    pub fn reference_source(&self, doc: usize, document: &crate::Document) -> String {
        if self.reference_date(doc) == document.meta.reference_date {
            format!("{} confidence", document.meta.date_confidence.as_str())
        } else {
            "set by you".to_string()
        }
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&CorpusEntity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The entity a span of document `doc` mentions, if it mentions one.
    pub fn entity_of(&self, doc: usize, span: usize) -> Option<&CorpusEntity> {
        let analysis = self.analyses.get(doc)?;
        match analysis.spans.get(span)?.value {
            SpanValue::Entity { id } => self.entity(&analysis.entities[id].id),
            _ => None,
        }
    }

    /// The entities document `doc` mentions, with their counts there, most mentioned first.
    pub fn entities_in(&self, doc: usize) -> Vec<(&CorpusEntity, usize)> {
        let mut found: Vec<(&CorpusEntity, usize)> =
            self.entities.iter().map(|e| (e, e.mentions_in(doc))).filter(|(_, n)| *n > 0).collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
        found
    }
}
