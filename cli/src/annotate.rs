//! `newslens annotate`: one JSON line per file, in the schema of ANNOTATION.md, written by the
//! core's [`newslens_core::export::annotation`].

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use newslens_core::analysis::analyze;
use newslens_core::corpus::id_from_file;
use newslens_core::Date;

use crate::input::{read_text, MAX_TEXT_BYTES};
use crate::output::{say, Failure};

/// Writes the annotation line of each file to `out`, in the order given, each as soon as it is
/// done. A file that cannot be read or is refused is named on standard error and skipped; the
/// others are still annotated, and the command then fails.
pub fn run(files: &[PathBuf], reference: Option<Date>, out: &mut impl Write) -> Result<(), Failure> {
    let mut skipped = 0;
    let mut first_with_id: HashMap<String, &Path> = HashMap::new();
    for path in files {
        let text = match read_text(path, MAX_TEXT_BYTES) {
            Ok(text) => text,
            Err(message) => {
                say(format_args!("{message}; skipped"));
                skipped += 1;
                continue;
            }
        };
        let name = path.to_string_lossy();
        let doc = id_from_file(&name);
        if let Some(first) = first_with_id.insert(doc.to_string(), path) {
            say(format_args!(
                "{}: its doc id \"{doc}\" is also {}'s, and eval refuses a doc given twice",
                path.display(),
                first.display()
            ));
        }
        writeln!(out, "{}", annotation(doc, &text, reference))?;
        out.flush()?;
    }
    if skipped > 0 {
        return Err(Failure::Message(format!("{skipped} of {} files could not be read", files.len())));
    }
    Ok(())
}

/// The annotation line for one document, by the core's writer: the same line the app's
/// "annotations" export writes.
pub fn annotation(doc: &str, text: &str, reference: Option<Date>) -> String {
    newslens_core::export::annotation(doc, text, reference, &analyze(text, reference)).to_string()
}
