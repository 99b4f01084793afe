//! Bundles: a corpus and its analysis in one compact, versioned, checksummed binary, so that
//! analysis is computed once (natively, at build time, or once per imported article) and a
//! page only decodes it.
//!
//! # Format, version 1
//! All integers are unsigned LEB128 unless said otherwise; a string is its byte length then
//! its UTF-8 bytes; an option is a byte 0 (absent) or 1 then the value; a range is its start
//! and its length in bytes of the document's text; a date is year + 10000, month, day.
//!
//! ```text
//! header   "NLBUNDLE"  format version: u32 little-endian  section count: u32 LE
//! section  tag: 4 bytes  length: u32 LE  CRC-32 of the bytes: u32 LE  bytes
//! ```
//! Sections, in this order; a reader skips tags it does not know (a later minor addition):
//! - `DOCS` (required): count, then per document its metadata (id, file, title?, kind,
//!   derived_from, reference date?, date confidence as 0 high / 1 medium / 2 low / 3 unknown,
//!   date evidence) and its exact text.
//! - `THEM`: the corpus's themes as [`Themes::to_tsv`] writes them.
//! - `ANLS`: the rule names spans cite, then per document (as many as `DOCS`) the reference
//!   date it was analysed against and its [`Analysis`](crate::analysis::Analysis): paragraphs,
//!   sentences, entities, spans, each sentence's themes, diagnostics. Tokens and each span's
//!   sentence are derived again on reading.
//!
//! **Invariant:** reading never panics and never trusts the input: every range is checked
//! against its document and every index against what it indexes. A bundle of a newer format,
//! a bad checksum or a malformed `DOCS` is an error; a missing or unreadable `ANLS` (or
//! `THEM`) is a diagnostic, and the documents are analysed again.
//!
//! The search index is not stored: it is built from the analyses in a fraction of the time
//! analysing takes (see BENCHMARKS.md).
//!
//! # Example
//! ```
//! use newslens_core::{bundle, study::Study, Corpus, DocMeta, Document};
//! let (corpus, _) = Corpus::new([Document::new(DocMeta::plain("a", None), "Kim Jong Un arrived.")]);
//! let study = Study::new(&corpus, |_| None);
//! let bytes = bundle::encode(&corpus, &study);
//! let opened = bundle::open(&bytes).unwrap();
//! assert!(opened.diagnostics.is_empty());
//! assert_eq!((opened.corpus, opened.study), (corpus, study));
//!
//! let mut broken = bytes.clone();
//! *broken.last_mut().unwrap() ^= 1; // in the ANLS section: its checksum fails
//! let opened = bundle::open(&broken).unwrap();
//! assert!(opened.diagnostics[0].message.contains("analysed again"));
//! assert_eq!(opened.study.analyses[0].spans.len(), 1);
//! ```

mod analysis;
mod crc;
mod wire;

use crate::analysis::theme::Themes;
use crate::corpus::{Corpus, DateConfidence, DocMeta, Document};
use crate::diagnostic::Diagnostic;
use crate::study::Study;
use analysis::RuleTable;
pub use wire::BundleError;
use wire::{error, Reader, Result, Writer};

const MAGIC: &[u8; 8] = b"NLBUNDLE";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
const CONFIDENCES: [DateConfidence; 4] =
    [DateConfidence::High, DateConfidence::Medium, DateConfidence::Low, DateConfidence::Unknown];

/// A bundle read back.
#[derive(Debug)]
pub struct Opened {
    /// The documents and their themes.
    pub corpus: Corpus,
    /// Their analysis: decoded, or computed again when the bundle's could not be used.
    pub study: Study,
    /// What could not be used, for the user.
    pub diagnostics: Vec<Diagnostic>,
}

/// The bundle of `corpus` and its `study`.
pub fn encode(corpus: &Corpus, study: &Study) -> Vec<u8> {
    let mut out = Writer::default();
    out.bytes.extend_from_slice(MAGIC);
    out.bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.bytes.extend_from_slice(&3u32.to_le_bytes());
    section(&mut out, b"DOCS", |w| {
        w.usize(corpus.len());
        for doc in corpus.documents() {
            let meta = &doc.meta;
            for field in [&meta.id, &meta.file] {
                w.str(field);
            }
            w.opt_str(meta.title.as_deref());
            w.str(&meta.kind);
            w.str(&meta.derived_from);
            w.option(meta.reference_date, Writer::date);
            w.u8(CONFIDENCES.iter().position(|c| *c == meta.date_confidence).expect("listed") as u8);
            w.str(&meta.date_evidence);
            w.str(&doc.text);
        }
    });
    section(&mut out, b"THEM", |w| w.str(&corpus.themes().to_tsv()));
    section(&mut out, b"ANLS", |w| {
        let mut rules = RuleTable::default();
        let mut analyses = Writer::default();
        for (analysis, reference) in study.analyses.iter().zip(&study.references) {
            analyses.option(*reference, Writer::date);
            analysis::write(&mut analyses, analysis, &mut rules);
        }
        w.usize(rules.names.len());
        rules.names.iter().for_each(|name| w.str(name));
        w.usize(study.analyses.len());
        w.bytes.extend_from_slice(&analyses.bytes);
    });
    out.bytes
}

fn section(out: &mut Writer, tag: &[u8; 4], write: impl FnOnce(&mut Writer)) {
    let mut body = Writer::default();
    write(&mut body);
    out.bytes.extend_from_slice(tag);
    out.bytes.extend_from_slice(&(body.bytes.len() as u32).to_le_bytes());
    out.bytes.extend_from_slice(&crc::crc32(&body.bytes).to_le_bytes());
    out.bytes.extend_from_slice(&body.bytes);
}

/// Reads a bundle. The analysis is decoded when it can be, else computed again (and
/// [`Opened::diagnostics`] says why); only unusable documents are an error.
pub fn open(bytes: &[u8]) -> std::result::Result<Opened, BundleError> {
    let sections = sections(bytes)?;
    let find = |tag: &[u8; 4]| sections.iter().find(|(t, _)| t == tag).map(|(_, body)| body.clone());
    let Some(docs) = find(b"DOCS") else { return error("the bundle holds no documents") };
    let documents = read_documents(docs?)?;
    let mut diagnostics = Vec::new();
    let themes = match find(b"THEM").map(|body| read_themes(body?)) {
        None => Themes::default(),
        Some(Ok(themes)) => themes,
        Some(Err(e)) => {
            diagnostics.push(Diagnostic::warning(format!("the bundle's themes could not be read ({e})")));
            Themes::default()
        }
    };
    let (corpus, duplicates) = Corpus::new(documents);
    if let Some(duplicate) = duplicates.first() {
        return error(format!("the bundle is inconsistent: {}", duplicate.message));
    }
    let corpus = corpus.with_themes(themes);
    let study = match find(b"ANLS").map(|body| read_study(body?, &corpus)) {
        Some(Ok(study)) => study,
        problem => {
            let why = match problem {
                Some(Err(e)) => e.to_string(),
                _ => "it has none".to_string(),
            };
            diagnostics.push(Diagnostic::warning(format!(
                "the bundle's precomputed analysis could not be used ({why}); its {} documents were analysed again",
                corpus.len()
            )));
            Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date)
        }
    };
    Ok(Opened { corpus, study, diagnostics })
}

/// A section's tag and its bytes, or why they cannot be used.
type Section<'b> = ([u8; 4], Result<&'b [u8]>);

/// The sections by tag; one that fails its checksum is an error for whoever reads it.
fn sections(bytes: &[u8]) -> Result<Vec<Section<'_>>> {
    let mut r = Reader::new(bytes);
    if r.take(MAGIC.len()).ok() != Some(MAGIC.as_slice()) {
        return error("this is not a NewsLens bundle");
    }
    let version = r.u32_le()?;
    if version != FORMAT_VERSION {
        return error(format!(
            "the bundle is in format {version}, and this NewsLens reads format {FORMAT_VERSION}: open it with the NewsLens that made it"
        ));
    }
    let mut sections = Vec::new();
    for _ in 0..r.u32_le()? {
        let tag: [u8; 4] = r.take(4)?.try_into().expect("four bytes");
        let len = r.u32_le()? as usize;
        let crc = r.u32_le()?;
        let body = r.take(len)?;
        let checked = if crc::crc32(body) == crc {
            Ok(body)
        } else {
            error(format!("section {} is damaged: it fails its checksum", String::from_utf8_lossy(&tag)))
        };
        sections.push((tag, checked));
    }
    Ok(sections)
}

fn read_documents(body: &[u8]) -> Result<Vec<Document>> {
    let mut r = Reader::new(body);
    let mut documents = Vec::new();
    for _ in 0..r.count(8)? {
        let (id, file) = (r.string()?, r.string()?);
        let title = r.opt_string()?;
        let (kind, derived_from) = (r.string()?, r.string()?);
        let reference_date = r.option(Reader::date)?;
        let date_confidence = r.choice(&CONFIDENCES, "date confidence")?;
        let date_evidence = r.string()?;
        let meta =
            DocMeta { id, file, title, kind, derived_from, reference_date, date_confidence, date_evidence };
        documents.push(Document::new(meta, r.string()?));
    }
    if !r.is_done() {
        return error("the bundle's documents section has bytes after its end");
    }
    Ok(documents)
}

fn read_themes(body: &[u8]) -> Result<Themes> {
    let mut r = Reader::new(body);
    let (themes, problems) = Themes::parse(r.str()?);
    match problems.first() {
        Some(problem) => error(problem.to_string()),
        None => Ok(themes),
    }
}

fn read_study(body: &[u8], corpus: &Corpus) -> Result<Study> {
    let mut r = Reader::new(body);
    let rules: Vec<String> = (0..r.count(1)?).map(|_| r.string()).collect::<Result<_>>()?;
    if r.usize()? != corpus.len() {
        return error("it does not analyse the same number of documents");
    }
    let mut analyses = Vec::with_capacity(corpus.len());
    let mut references = Vec::with_capacity(corpus.len());
    for doc in corpus.documents() {
        references.push(r.option(Reader::date)?);
        analyses.push(analysis::read(&mut r, &doc.text, &rules, corpus.themes().len())?);
    }
    if !r.is_done() {
        return error("it has bytes after its end");
    }
    Ok(Study::from_analyses(corpus, analyses, references))
}
