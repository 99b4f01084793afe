//! Embeds the corpus: reads `corpus/manifest.toml` at build time and writes the Rust that builds
//! the typed documents, each text `include_str!`-ed. The app then carries no TOML parser and
//! does no parsing at start-up.

use std::fmt::Write as _;
use std::path::Path;

use newslens_core::{manifest, Severity};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let manifest_path = dir.join("manifest.toml");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let src = std::fs::read_to_string(&manifest_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", manifest_path.display()));
    let (docs, diagnostics) = manifest::parse(&src);
    for diagnostic in &diagnostics {
        match diagnostic.severity {
            Severity::Error => panic!("{}: {diagnostic}", manifest_path.display()),
            Severity::Warning => {
                println!("cargo:warning={}: {diagnostic}", manifest_path.display())
            }
        }
    }
    let themes_path = dir.join("themes.tsv");
    let themes = std::fs::read_to_string(&themes_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", themes_path.display()));
    if let Some(problem) = newslens_core::analysis::theme::Themes::parse(&themes).1.first() {
        panic!("{}: {problem}", themes_path.display());
    }
    let mut out = String::from("vec![\n");
    for doc in docs {
        let text_path = dir.join(&doc.file);
        assert!(text_path.is_file(), "the manifest names {}, which is not in corpus/", doc.file);
        println!("cargo:rerun-if-changed={}", text_path.display());
        let date = match doc.reference_date {
            Some(d) => format!("Some(Date::constant({}, {}, {}))", d.year(), d.month(), d.day()),
            None => "None".to_string(),
        };
        writeln!(
            out,
            "Document::new(DocMeta {{ id: {:?}.into(), file: {:?}.into(), title: {}, kind: {:?}.into(), \
             derived_from: {:?}.into(), reference_date: {date}, date_confidence: DateConfidence::{:?}, \
             date_evidence: {:?}.into() }}, include_str!({:?})),",
            doc.id,
            doc.file,
            doc.title.as_ref().map_or("None".to_string(), |t| format!("Some({t:?}.into())")),
            doc.kind,
            doc.derived_from,
            doc.date_confidence,
            doc.date_evidence,
            text_path.display().to_string(),
        )
        .unwrap();
    }
    out.push(']');
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled_documents.rs");
    std::fs::write(out_path, out).unwrap();
}
