//! Exports: what a user found, as files other tools read and text to paste with its source.
//!
//! Two hand-written writers serve every export, so that no serialiser ships in the wasm:
//! [`csv`] (RFC 4180, CRLF, formulas defused) and [`json`] (RFC 8259, byte for byte what
//! `serde_json` writes). On top of them:
//! - [`annotations_jsonl`]: annotations as JSON Lines in the schema of `ANNOTATION.md`, the
//!   lines `newslens annotate` writes ([`annotation`]);
//! - [`entities_csv`], [`quotations_csv`], [`figures_csv`]: a document's (or several
//!   documents') entities with their mentions per document, quotations with speaker and source,
//!   and figures with value, unit and hedge;
//! - [`results_csv`], [`results_markdown`]: search results with the source of every line;
//! - [`citation`]: a quotation or sentence with its outlet, title and date, for the clipboard.
//!
//! The source of a line is the document's title ([`Document::label`](crate::Document)), its
//! [`outlet`] and its reference date as the [`Study`](crate::study::Study) has it.

pub mod csv;
pub mod json;

mod annotations;
mod cite;
mod results;
mod tables;

pub use annotations::{annotation, annotations_jsonl};
pub use cite::{citation, outlet, sentence_at};
pub use results::{results_csv, results_markdown};
pub use tables::{entities_csv, figures_csv, quotations_csv};

/// The file name an export is offered under: `newslens-` then `parts` joined by `-`, each
/// reduced to ASCII letters, digits, `-` and `_` (at most 60 of them), then `.ext`.
///
/// # Example
/// ```
/// use newslens_core::export::file_name;
/// assert_eq!(file_name(&["quotations", "../Kim “Jong” Un"], "csv"), "newslens-quotations-Kim-Jong-Un.csv");
/// ```
pub fn file_name(parts: &[&str], ext: &str) -> String {
    let mut name = String::from("newslens");
    for part in parts {
        let mut clean = String::new();
        for c in part.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                clean.push(c);
            } else if !clean.is_empty() && !clean.ends_with('-') {
                clean.push('-');
            }
            if clean.len() >= 60 {
                break;
            }
        }
        let clean = clean.trim_end_matches('-');
        if !clean.is_empty() {
            name.push('-');
            name.push_str(clean);
        }
    }
    name.push('.');
    name.extend(ext.chars().filter(char::is_ascii_alphanumeric));
    name
}
