//! `newslens`: NewsLens on the command line.
//!
//! `newslens docs [DIR]` lists the documents of a corpus folder (default `corpus`): id, kind,
//! reference date with its confidence, and label, with any manifest problems on stderr.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newslens_core::{manifest, Corpus, Document};

const USAGE: &str = "usage: newslens docs [CORPUS_DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("docs") => docs(&PathBuf::from(args.get(1).map_or("corpus", String::as_str))),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newslens: {message}");
            ExitCode::from(2)
        }
    }
}

fn docs(dir: &Path) -> Result<(), String> {
    let corpus = load(dir)?;
    for doc in corpus.documents() {
        let date = doc.meta.reference_date.map_or("unknown".to_string(), |d| d.to_string());
        println!(
            "{}\t{}\t{} ({})\t{}",
            doc.id(),
            doc.meta.kind,
            date,
            doc.meta.date_confidence.as_str(),
            doc.label
        );
    }
    Ok(())
}

/// Reads `DIR/manifest.toml` and the texts it names; problems go to stderr, readable files load.
fn load(dir: &Path) -> Result<Corpus, String> {
    let manifest_path = dir.join("manifest.toml");
    let src =
        std::fs::read_to_string(&manifest_path).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let (metas, diagnostics) = manifest::parse(&src);
    for diagnostic in &diagnostics {
        eprintln!("{}: {diagnostic}", manifest_path.display());
    }
    let documents = metas.into_iter().filter_map(|meta| {
        let path = dir.join(&meta.file);
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(Document::new(meta, text)),
            Err(e) => {
                eprintln!("{}: {e}; left out", path.display());
                None
            }
        }
    });
    let (corpus, diagnostics) = Corpus::new(documents);
    for diagnostic in &diagnostics {
        eprintln!("{}: {diagnostic}", dir.display());
    }
    Ok(corpus)
}
