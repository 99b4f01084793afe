//! Documents and the corpus: typed metadata from the manifest plus each document's exact text.

use crate::analysis::theme::Themes;
use crate::diagnostic::Diagnostic;
use crate::text;

pub use jiff::civil::Date;

/// How sure the manifest is of a document's reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateConfidence {
    /// Stated in, or pinned down by, the text.
    High,
    /// Inferred from the underlying publication.
    Medium,
    /// A guess.
    Low,
    /// No evidence.
    Unknown,
}

impl DateConfidence {
    /// The manifest spelling: `high`, `medium`, `low` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateConfidence::High => "high",
            DateConfidence::Medium => "medium",
            DateConfidence::Low => "low",
            DateConfidence::Unknown => "unknown",
        }
    }

    /// Reads the manifest spelling, ignoring case.
    pub fn parse(s: &str) -> Option<DateConfidence> {
        [DateConfidence::High, DateConfidence::Medium, DateConfidence::Low, DateConfidence::Unknown]
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// What the manifest says about one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    /// The file stem, unique in a corpus: `001_fd0447f87cd5aaab`.
    pub id: String,
    /// The file name in `corpus/`.
    pub file: String,
    /// The headline, when the manifest gives one.
    pub title: Option<String>,
    /// What sort of derivative it is: `machine translation`, `paraphrase`, ...
    pub kind: String,
    /// The published article it derives from.
    pub derived_from: String,
    /// The date relative expressions are resolved against, when known.
    pub reference_date: Option<Date>,
    /// How sure that date is.
    pub date_confidence: DateConfidence,
    /// Why that date.
    pub date_evidence: String,
}

impl DocMeta {
    /// Metadata for a text that comes without a manifest: its id, the file `<id>.txt`, and a
    /// reference date with high confidence when one is given.
    pub fn plain(id: &str, reference_date: Option<Date>) -> DocMeta {
        DocMeta {
            id: id.to_string(),
            file: format!("{id}.txt"),
            title: None,
            kind: "text".to_string(),
            derived_from: String::new(),
            reference_date,
            date_confidence: if reference_date.is_some() {
                DateConfidence::High
            } else {
                DateConfidence::Unknown
            },
            date_evidence: String::new(),
        }
    }
}

/// A document: its metadata, its exact text, and a label to list it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The manifest entry.
    pub meta: DocMeta,
    /// The exact text; every offset in NewsLens refers to these bytes.
    pub text: String,
    /// The title, or a label derived from the first sentence.
    pub label: String,
}

impl Document {
    /// A document from its metadata and text, labelled by its title or first sentence.
    pub fn new(meta: DocMeta, text: impl Into<String>) -> Document {
        let text = text.into();
        let label = match &meta.title {
            Some(title) if !title.trim().is_empty() => title.trim().to_string(),
            _ => text::derive_label(&text),
        };
        Document { meta, text, label }
    }

    /// The document id.
    pub fn id(&self) -> &str {
        &self.meta.id
    }
}

/// The documents NewsLens shows, in manifest order, with unique ids, and the themes their
/// sentences are tagged with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    documents: Vec<Document>,
    themes: Themes,
}

impl Corpus {
    /// A corpus of `documents`; a document whose id is taken already is left out with an error.
    pub fn new(documents: impl IntoIterator<Item = Document>) -> (Corpus, Vec<Diagnostic>) {
        let mut corpus = Corpus::default();
        let mut diagnostics = Vec::new();
        // A set, not `get`: a scan per document made 10,000 documents take 50 million compares.
        let mut ids = std::collections::HashSet::new();
        for document in documents {
            if !ids.insert(document.id().to_string()) {
                diagnostics.push(Diagnostic::error(format!(
                    "two documents have the id '{}'; the second was left out",
                    document.id()
                )));
            } else {
                corpus.documents.push(document);
            }
        }
        (corpus, diagnostics)
    }

    /// The same corpus with these themes (none by default).
    pub fn with_themes(self, themes: Themes) -> Corpus {
        Corpus { themes, ..self }
    }

    /// The themes its sentences are tagged with.
    pub fn themes(&self) -> &Themes {
        &self.themes
    }

    /// The document with this id.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id() == id)
    }

    /// All documents in order.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// How many documents there are.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }
}

/// Reads an ISO date `YYYY-MM-DD`. A small parser of our own: jiff's general one, with its
/// error messages, costs 25 KB of wasm.
///
/// # Example
/// ```
/// use newslens_core::corpus::parse_iso_date;
/// assert_eq!(parse_iso_date("2024-10-29").map(|d| d.day()), Some(29));
/// assert_eq!(parse_iso_date("2024-02-30"), None);
/// assert_eq!(parse_iso_date("29/10/2024"), None);
/// ```
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let mut parts = s.trim().splitn(3, '-');
    let mut number = |len: usize| {
        let part = parts.next()?;
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<i16>().ok())
            .flatten()
    };
    let (y, m, d) = (number(4)?, number(2)?, number(2)?);
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// The document id for a file name: its stem.
pub fn id_from_file(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str) -> DocMeta {
        DocMeta {
            id: id.to_string(),
            file: format!("{id}.txt"),
            title: None,
            kind: "rewrite".to_string(),
            derived_from: "somewhere".to_string(),
            reference_date: None,
            date_confidence: DateConfidence::Unknown,
            date_evidence: String::new(),
        }
    }

    #[test]
    fn duplicate_ids_are_reported_and_the_first_kept() {
        let (corpus, diagnostics) =
            Corpus::new([Document::new(meta("a"), "First."), Document::new(meta("a"), "Second.")]);
        assert_eq!(corpus.len(), 1);
        assert_eq!(corpus.get("a").unwrap().text, "First.");
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("'a'"), "{}", diagnostics[0]);
    }

    #[test]
    fn id_is_the_file_stem() {
        assert_eq!(id_from_file("corpus/001_fd04.txt"), "001_fd04");
        assert_eq!(id_from_file("notes"), "notes");
    }

    #[test]
    fn confidence_round_trips_and_ignores_case() {
        assert_eq!(DateConfidence::parse(" High "), Some(DateConfidence::High));
        assert_eq!(DateConfidence::parse("sure"), None);
        assert_eq!(DateConfidence::Medium.as_str(), "medium");
    }
}
