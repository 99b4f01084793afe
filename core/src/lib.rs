//! NewsLens's engine: everything the app does that is not rendering.
//!
//! NewsLens explores a corpus of news articles in the browser. This crate holds its logic as
//! plain Rust with no web dependency and no IO, so native `cargo test` covers it and the app
//! stays a thin layer of components over it.
//!
//! # Overview
//! - [`Corpus`] and [`Document`]: the documents, each with typed metadata ([`DocMeta`]) and its
//!   exact text. The app builds the corpus from files embedded at build time; the CLI reads
//!   files and [`manifest::parse`]s the manifest (feature `manifest`).
//! - [`text`]: paragraphs, scrape leftovers, photo credits, sentences and derived labels, all
//!   as byte ranges into the exact text.
//! - [`route`]: the URL state, parsed from and written to the location hash.
//! - [`Diagnostic`]: problems reported beside a value; nothing here fails on bad input.
//! - [`bundle`]: a corpus and its analysis as one versioned binary, decoded instead of
//!   analysed again.
//! - [`import`]: articles a user brings (text, Markdown, HTML parts, JSON fields, CSV) to
//!   documents, with their dates and outlets.
//! - [`wordlist`]: the one reader of the word lists in `core/data/`.
//! - [`explain`]: the reader's card in words: how a span was found, what a TIME value means.
//! - [`compare`]: the documents beside each other: which is a rewrite of which
//!   ([`compare::origins`]), two texts aligned sentence by sentence.
//! - [`export`]: annotations, entities, quotations, figures and search results as JSON Lines,
//!   CSV and Markdown, by one CSV writer and one JSON writer; quotations with their citation.
//!
//! # Example
//! ```
//! use newslens_core::{Corpus, DateConfidence, DocMeta, Document};
//!
//! let meta = DocMeta {
//!     id: "note".into(),
//!     file: "note.txt".into(),
//!     title: None,
//!     kind: "commentary".into(),
//!     derived_from: String::new(),
//!     reference_date: Some("2024-10-29".parse().unwrap()),
//!     date_confidence: DateConfidence::High,
//!     date_evidence: String::new(),
//! };
//! let (corpus, diagnostics) = Corpus::new([Document::new(meta, "Troops moved. More later.")]);
//! assert!(diagnostics.is_empty());
//! assert_eq!(corpus.get("note").unwrap().label, "Troops moved.");
//! ```
#![deny(missing_docs)]

pub mod analysis;
pub mod bundle;
pub mod compare;
pub mod corpus;
pub mod diagnostic;
pub mod evaluate;
pub mod explain;
pub mod export;
pub mod highlight;
pub mod import;
#[cfg(feature = "manifest")]
pub mod manifest;
pub mod route;
pub mod search;
pub mod study;
pub mod text;
pub mod timeline;
pub mod wordlist;

pub use corpus::{Corpus, Date, DateConfidence, DocMeta, Document};
pub use diagnostic::{Diagnostic, Severity};
