//! `newslens docs [DIR]`: a corpus folder's documents, one line each.
//!
//! The manifest names the files; `manifest::parse` already leaves out any entry whose path
//! would leave the folder (absolute, a drive, `..`). A file inside the folder may still be a
//! link to one outside it, which only the file system can tell, so that is checked here.

use std::io::{self, Write};
use std::path::Path;

use newslens_core::{manifest, Corpus, Diagnostic, Document, Severity};

use crate::input::{read_text, MAX_TEXT_BYTES};
use crate::output::{count, say, Failure};

/// Writes `id<TAB>kind<TAB>date (confidence)<TAB>label` for each document of `dir` to `out`.
/// A manifest error or a document left out is named on standard error; the others are listed,
/// and the command then fails.
pub fn run(dir: &Path, out: &mut impl Write) -> Result<(), Failure> {
    let (corpus, problems) = load(dir).map_err(Failure::Message)?;
    for doc in corpus.documents() {
        let date = doc.meta.reference_date.map_or("unknown".to_string(), |d| d.to_string());
        writeln!(
            out,
            "{}\t{}\t{} ({})\t{}",
            doc.id(),
            doc.meta.kind,
            date,
            doc.meta.date_confidence.as_str(),
            doc.label
        )?;
    }
    if problems > 0 {
        return Err(Failure::Message(format!(
            "{}: {} (named above)",
            dir.display(),
            count(problems, "problem")
        )));
    }
    Ok(())
}

/// Reads `DIR/manifest.toml` and the texts it names, with how many errors were named on
/// stderr (warnings are named too, but do not count); readable files load.
fn load(dir: &Path) -> Result<(Corpus, usize), String> {
    let manifest_path = dir.join("manifest.toml");
    let src = read_text(&manifest_path, MAX_TEXT_BYTES)?;
    let (metas, diagnostics) = manifest::parse(&src);
    let mut errors = report(&manifest_path, &diagnostics);
    let mut documents = Vec::new();
    for meta in metas {
        let path = dir.join(&meta.file);
        match inside(dir, &path).and_then(|()| read_text(&path, MAX_TEXT_BYTES)) {
            Ok(text) => documents.push(Document::new(meta, text)),
            Err(message) => {
                say(format_args!("{message}; left out"));
                errors += 1;
            }
        }
    }
    let (corpus, diagnostics) = Corpus::new(documents);
    errors += report(dir, &diagnostics);
    Ok((corpus, errors))
}

/// Names each diagnostic on stderr; how many were errors.
fn report(source: &Path, diagnostics: &[Diagnostic]) -> usize {
    for diagnostic in diagnostics {
        say(format_args!("{}: {diagnostic}", source.display()));
    }
    diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
}

/// Whether `path`, links resolved, is inside `dir`.
fn inside(dir: &Path, path: &Path) -> Result<(), String> {
    let resolved = |p: &Path| p.canonicalize().map_err(|e: io::Error| format!("{}: {e}", p.display()));
    if resolved(path)?.starts_with(resolved(dir)?) {
        Ok(())
    } else {
        Err(format!("{}: a link to a file outside {}", path.display(), dir.display()))
    }
}
