//! Embeds the corpus, analysed: reads `corpus/manifest.toml`, the texts and `corpus/themes.tsv`
//! at build time, analyses them natively and writes their [bundle](newslens_core::bundle) for
//! the app to `include_bytes!`. The app then carries no TOML parser and analyses nothing at
//! start-up: it decodes.

use std::path::Path;

use newslens_core::analysis::theme::Themes;
use newslens_core::study::Study;
use newslens_core::{bundle, manifest, Corpus, Document, Severity};

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
    if let Some(problem) = Themes::parse(&themes).1.first() {
        panic!("{}: {problem}", themes_path.display());
    }
    let mut documents = Vec::new();
    for meta in docs {
        let text_path = dir.join(&meta.file);
        println!("cargo:rerun-if-changed={}", text_path.display());
        let text = std::fs::read_to_string(&text_path)
            .unwrap_or_else(|e| panic!("the manifest names {}, which cannot be read: {e}", meta.file));
        documents.push(Document::new(meta, text));
    }
    let (corpus, problems) = Corpus::new(documents);
    if let Some(problem) = problems.first() {
        panic!("{}: {problem}", manifest_path.display());
    }
    let corpus = corpus.with_themes(Themes::parse(&themes).0);
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("corpus.nlb");
    std::fs::write(out_path, bundle::encode(&corpus, &study)).unwrap();
}
