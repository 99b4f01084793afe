//! Coverage by source: which document argues which theme (with the sentences that do), and
//! who is mentioned by whom and how often, with each document's blind spots: the entities
//! the others name and it does not.

use crate::analysis::Label;
use crate::corpus::Corpus;
use crate::study::Study;

/// One theme across the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeRow {
    /// The theme's id (`money`).
    pub id: String,
    /// Its label ("Money and wages").
    pub label: String,
    /// For each document (corpus order), the sentences tagged with the theme.
    pub sentences: Vec<Vec<usize>>,
}

/// One entity across the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    /// The entity's id (`person:kim-jong-un`).
    pub id: String,
    /// Its fullest name.
    pub name: String,
    /// PERSON, ORG, PLACE or GROUP.
    pub label: Label,
    /// For each document, its mentions there.
    pub mentions: Vec<usize>,
    /// For each document, the sentence of its first mention there.
    pub first: Vec<Option<usize>>,
}

impl EntityRow {
    /// The documents that do not name an entity which at least two others name: a blind
    /// spot is a silence the other sources make visible, not a name only one source uses.
    pub fn blind_spots(&self) -> Vec<usize> {
        let naming = self.mentions.iter().filter(|&&n| n > 0).count();
        if naming < 2 {
            return Vec::new();
        }
        (0..self.mentions.len()).filter(|&d| self.mentions[d] == 0).collect()
    }
}

/// Themes and entities by document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    /// Every theme some document argues, in the corpus's order of themes.
    pub themes: Vec<ThemeRow>,
    /// Every PERSON and ORG entity, most mentioned first (places and groups are the story's
    /// setting, named by every article, and would bury the people and bodies).
    pub entities: Vec<EntityRow>,
}

impl Coverage {
    /// The coverage of `study`'s documents.
    pub fn new(corpus: &Corpus, study: &Study) -> Coverage {
        let documents = corpus.documents().len().min(study.analyses.len());
        let themes = corpus
            .themes()
            .list()
            .iter()
            .enumerate()
            .map(|(t, theme)| ThemeRow {
                id: theme.id.clone(),
                label: theme.label.clone(),
                sentences: study.analyses[..documents]
                    .iter()
                    .map(|a| {
                        (0..a.sentence_themes.len()).filter(|&s| a.sentence_themes[s].contains(&t)).collect()
                    })
                    .collect(),
            })
            .filter(|row| row.sentences.iter().any(|s| !s.is_empty()))
            .collect();
        let entities = study
            .entities
            .iter()
            .filter(|e| matches!(e.label, Label::Person | Label::Org))
            .map(|e| {
                let (mut mentions, mut first) = (vec![0; documents], vec![None; documents]);
                for &(doc, span) in e.mentions.iter().filter(|(doc, _)| *doc < documents) {
                    mentions[doc] += 1;
                    first[doc].get_or_insert(study.analyses[doc].spans[span].sentence);
                }
                EntityRow { id: e.id.clone(), name: e.name.clone(), label: e.label, mentions, first }
            })
            .collect();
        Coverage { themes, entities }
    }
}
