//! Reading `corpus/manifest.toml` into typed [`DocMeta`] (feature `manifest`).
//!
//! The app parses the manifest at build time, so this module and its TOML parser stay out of
//! the wasm; the CLI and the tests use it at run time.
//!
//! A document's `file` is a path inside the corpus folder. An entry whose path could leave it
//! (absolute, a drive or root, a `..` component) is an error and is left out, so neither the
//! build, which embeds every file named, nor `newslens docs` ever reads it.

use serde::Deserialize;
use toml::Spanned;

use crate::corpus::{id_from_file, DateConfidence, DocMeta};
use crate::diagnostic::Diagnostic;

#[derive(Deserialize)]
struct ManifestFile {
    #[serde(default)]
    document: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    file: Spanned<String>,
    title: Option<String>,
    kind: Option<String>,
    derived_from: Option<String>,
    published: Option<String>,
    date_confidence: Option<String>,
    date_evidence: Option<String>,
}

/// Parses a manifest. A syntax error yields no documents and one error; a `file` outside the
/// folder yields an error at its byte range and leaves that document out; a bad field yields
/// the document with that field defaulted and a warning naming the file.
///
/// # Example
/// ```
/// let (docs, diagnostics) = newslens_core::manifest::parse(r#"
/// [[document]]
/// file = "001_abc.txt"
/// kind = "paraphrase"
/// published = "2024-10-29"
/// date_confidence = "high"
/// "#);
/// assert!(diagnostics.is_empty());
/// assert_eq!(docs[0].id, "001_abc");
/// assert_eq!(docs[0].reference_date.unwrap().to_string(), "2024-10-29");
/// ```
pub fn parse(src: &str) -> (Vec<DocMeta>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let manifest: ManifestFile = match toml::from_str(src) {
        Ok(manifest) => manifest,
        Err(err) => {
            let mut diagnostic =
                Diagnostic::error(format!("the manifest is not valid TOML: {}", err.message()));
            diagnostic.range = err.span();
            return (Vec::new(), vec![diagnostic]);
        }
    };
    let mut docs = Vec::new();
    for entry in manifest.document {
        match leaves_folder(entry.file.get_ref()) {
            None => docs.push(to_meta(entry, &mut diagnostics)),
            Some(why) => diagnostics.push(
                Diagnostic::error(format!(
                    "{}: a document's file must be inside the corpus folder, and this path {why}; \
                     the document is left out",
                    entry.file.get_ref()
                ))
                .at(entry.file.span()),
            ),
        }
    }
    (docs, diagnostics)
}

/// How `file` could name something outside the corpus folder, on any system: as an absolute
/// path, with a drive or a root (`C:`, `\\server`), or by going up a level (`..`).
fn leaves_folder(file: &str) -> Option<&'static str> {
    if file.trim().is_empty() {
        Some("is empty")
    } else if file.starts_with(['/', '\\']) {
        Some("is absolute")
    } else if file.contains(':') {
        Some("names a drive (it has a ':')")
    } else if file.split(['/', '\\']).any(|part| part == "..") {
        Some("goes up a level with '..'")
    } else {
        None
    }
}

fn to_meta(entry: Entry, diagnostics: &mut Vec<Diagnostic>) -> DocMeta {
    let file = entry.file.into_inner();
    let reference_date = entry.published.as_deref().and_then(|s| match s.trim().parse() {
        Ok(date) => Some(date),
        Err(_) => {
            diagnostics.push(Diagnostic::warning(format!(
                "{file}: published date '{s}' is not YYYY-MM-DD; it is treated as unknown"
            )));
            None
        }
    });
    let date_confidence = match entry.date_confidence.as_deref().map(DateConfidence::parse) {
        Some(Some(confidence)) => confidence,
        Some(None) => {
            diagnostics.push(Diagnostic::warning(format!(
                "{file}: date_confidence must be high, medium, low or unknown"
            )));
            DateConfidence::Unknown
        }
        None => DateConfidence::Unknown,
    };
    DocMeta {
        id: id_from_file(&file).to_string(),
        title: entry.title,
        kind: entry.kind.unwrap_or_else(|| "unknown".to_string()),
        derived_from: entry.derived_from.unwrap_or_default(),
        reference_date,
        date_confidence,
        date_evidence: entry.date_evidence.unwrap_or_default(),
        file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_is_one_error_with_a_range() {
        let (docs, diagnostics) = parse("[[document]\nfile = ");
        assert!(docs.is_empty());
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.starts_with("the manifest is not valid TOML"));
        assert!(diagnostics[0].range.is_some());
    }

    #[test]
    fn bad_fields_default_with_warnings() {
        let (docs, diagnostics) = parse(
            "[[document]]\nfile = \"x.txt\"\npublished = \"29 Oct 2024\"\ndate_confidence = \"sure\"\n",
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].reference_date, None);
        assert_eq!(docs[0].date_confidence, DateConfidence::Unknown);
        let messages: Vec<_> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            messages,
            [
                "warning: x.txt: published date '29 Oct 2024' is not YYYY-MM-DD; it is treated as unknown",
                "warning: x.txt: date_confidence must be high, medium, low or unknown",
            ]
        );
    }

    #[test]
    fn a_file_outside_the_folder_is_an_error_at_its_path_and_left_out() {
        let files = [
            ("../../etc/hostname", "goes up a level with '..'"),
            ("texts/../../secret.txt", "goes up a level with '..'"),
            ("..\\secret.txt", "goes up a level with '..'"),
            ("/etc/hostname", "is absolute"),
            ("\\\\server\\share\\x.txt", "is absolute"),
            ("C:\\Windows\\win.ini", "names a drive (it has a ':')"),
            ("C:win.ini", "names a drive (it has a ':')"),
            ("", "is empty"),
        ];
        for (file, why) in files {
            let src = format!(
                "[[document]]\nfile = \"inside.txt\"\n\n[[document]]\nfile = {file:?}\nkind = \"x\"\n"
            );
            let (docs, diagnostics) = parse(&src);
            let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
            assert_eq!(ids, ["inside"], "{file}");
            assert_eq!(diagnostics.len(), 1, "{file}");
            let diagnostic = &diagnostics[0];
            assert_eq!(diagnostic.severity, crate::Severity::Error);
            assert!(diagnostic.message.starts_with(&format!("{file}: a document's file must be inside")));
            assert!(diagnostic.message.contains(why), "{file}: {}", diagnostic.message);
            assert_eq!(&src[diagnostic.range.clone().unwrap()], format!("{file:?}"), "{file}");
        }
    }

    #[test]
    fn a_file_in_a_subfolder_or_with_dots_in_its_name_is_inside() {
        let (docs, diagnostics) =
            parse("[[document]]\nfile = \"texts/./a..b.txt\"\n[[document]]\nfile = \"texts\\\\c.txt\"\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(docs.len(), 2);
    }
}
