//! `newslens`: NewsLens on the command line.
//!
//! - `newslens docs [DIR]` lists a corpus folder's documents (default `corpus`).
//! - `newslens annotate [--reference-date YYYY-MM-DD] FILE...` writes one JSON line per file
//!   in the schema of ANNOTATION.md (`doc` = file stem; the date applies to every file).
//! - `newslens eval GOLD.jsonl PRED.jsonl` prints per-label precision, recall and F1, TIME and
//!   NUMBER value accuracy and QUOTE speaker accuracy.

mod annotate;
mod eval;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newslens_core::corpus::id_from_file;
use newslens_core::{manifest, Corpus, Date, Document};

const USAGE: &str = "usage:
  newslens docs [CORPUS_DIR]
  newslens annotate [--reference-date YYYY-MM-DD] FILE...
  newslens eval GOLD.jsonl PRED.jsonl";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("docs") => docs(&PathBuf::from(args.get(1).map_or("corpus", String::as_str))),
        Some("annotate") => annotate(&args[1..]),
        Some("eval") if args.len() == 3 => evaluate(&args[1], &args[2]),
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

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("{path}: not UTF-8 (byte {}); convert it to UTF-8 first", e.utf8_error().valid_up_to())
    })
}

fn annotate(args: &[String]) -> Result<(), String> {
    let (reference, files): (Option<Date>, &[String]) = match args {
        [flag, date, files @ ..] if flag == "--reference-date" => {
            let date =
                date.parse().map_err(|_| format!("--reference-date wants YYYY-MM-DD, not '{date}'"))?;
            (Some(date), files)
        }
        files => (None, files),
    };
    if files.is_empty() {
        return Err(USAGE.to_string());
    }
    let mut failed = 0;
    for file in files {
        match read(file) {
            Ok(text) => println!("{}", annotate::annotation(id_from_file(file), &text, reference)),
            Err(message) => {
                eprintln!("newslens: {message}; skipped");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        return Err(format!("{failed} of {} files could not be read", files.len()));
    }
    Ok(())
}

fn evaluate(gold: &str, predicted: &str) -> Result<(), String> {
    let gold = eval::read_annotations(&read(gold)?, gold)?;
    let predicted = eval::read_annotations(&read(predicted)?, predicted)?;
    print!("{}", newslens_core::evaluate::score(&gold, &predicted).render());
    Ok(())
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
