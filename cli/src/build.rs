//! `newslens build`: a single-file explorer of one's own corpus. Reads the articles (see
//! [`articles`](crate::articles); a folder's `manifest.toml` when it has one), analyses them
//! in parallel on every core, and writes a copy of the app's page with the corpus and its
//! analysis embedded as a [bundle](newslens_core::bundle) in a data block that the page's boot
//! script inflates: nothing in it is executed, so the page's script hashes stay valid.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use base64::Engine as _;
use indicatif::{ParallelProgressIterator as _, ProgressBar, ProgressStyle};
use newslens_core::analysis::theme::Themes;
use newslens_core::study::{analyze_document, Study};
use newslens_core::{bundle, manifest, Corpus, Document};
use rayon::prelude::*;

use crate::articles;
use crate::input::{read_text, MAX_TEXT_BYTES};
use crate::output::{count, say, Failure};

/// What to build.
pub struct Options<'a> {
    /// Folders and files of articles.
    pub inputs: &'a [PathBuf],
    /// The page written.
    pub out: &'a Path,
    /// The app's single file, whose copy carries the corpus.
    pub page: &'a Path,
    /// The page's title.
    pub title: Option<&'a str>,
    /// A themes file for the corpus (`corpus/themes.tsv`'s format).
    pub themes: Option<&'a Path>,
}

/// Builds the page; a file that cannot be used is named and skipped, and only a build with no
/// document at all fails.
pub fn run(options: &Options) -> Result<(), Failure> {
    let started = Instant::now();
    let page = std::fs::read_to_string(options.page).map_err(|e| {
        Failure::Message(format!(
            "{}: {e}; build the app first with `cargo xtask dist`, or pass --page",
            options.page.display()
        ))
    })?;
    if !page.contains("id=\"newslens-wasm\"") || page.contains("id=\"newslens-bundle\"") {
        return Err(Failure::Message(format!(
            "{} is not NewsLens's single-file page (dist/newslens.html)",
            options.page.display()
        )));
    }
    let themes = match options.themes {
        None => Themes::default(),
        Some(path) => {
            let (themes, problems) =
                Themes::parse(&read_text(path, MAX_TEXT_BYTES).map_err(Failure::Message)?);
            for problem in &problems {
                say(format_args!("{}: {problem}", path.display()));
            }
            themes
        }
    };
    let (documents, mut skipped) = read_inputs(options.inputs);
    let (corpus, duplicates) = Corpus::new(documents);
    skipped.extend(duplicates.into_iter().map(|d| d.message));
    if corpus.is_empty() {
        skipped.iter().for_each(say);
        return Err(Failure::Message("no article could be read; nothing was built".to_string()));
    }
    let corpus = corpus.with_themes(themes);
    let bar = ProgressBar::new(corpus.len() as u64).with_style(
        ProgressStyle::with_template("analysing {pos}/{len} {bar:40} {elapsed}").expect("a valid template"),
    );
    let analyses = corpus
        .documents()
        .par_iter()
        .progress_with(bar.clone())
        .map(|doc| analyze_document(&corpus, doc, doc.meta.reference_date))
        .collect();
    bar.finish_and_clear();
    let references = corpus.documents().iter().map(|d| d.meta.reference_date).collect();
    let study = Study::from_analyses(&corpus, analyses, references);
    let html = embed(&page, &bundle::encode(&corpus, &study), options.title);
    std::fs::write(options.out, &html)
        .map_err(|e| Failure::Message(format!("{}: {e}", options.out.display())))?;
    skipped.iter().for_each(say);
    say(format_args!(
        "wrote {} ({:.1} MB): {}{} in {:.1} s",
        options.out.display(),
        html.len() as f64 / 1e6,
        count(corpus.len(), "document"),
        if skipped.is_empty() {
            String::new()
        } else {
            format!(", {} skipped", count(skipped.len(), "problem"))
        },
        started.elapsed().as_secs_f64(),
    ));
    Ok(())
}

/// Every article of the inputs, the same text once; and what was skipped, and why.
fn read_inputs(inputs: &[PathBuf]) -> (Vec<Document>, Vec<String>) {
    let (mut documents, mut skipped) = (Vec::new(), Vec::new());
    for input in inputs {
        if input.is_dir() && input.join("manifest.toml").is_file() {
            read_manifest(input, &mut documents, &mut skipped);
        } else if input.is_dir() {
            match std::fs::read_dir(input) {
                Ok(entries) => {
                    let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
                    files.retain(|f| {
                        f.is_file() && !f.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
                    });
                    files.sort();
                    let read: Vec<_> = files.par_iter().map(|f| read_file(f)).collect();
                    for (docs, problems) in read {
                        documents.extend(docs);
                        skipped.extend(problems);
                    }
                }
                Err(e) => skipped.push(format!("{}: {e}", input.display())),
            }
        } else {
            let (docs, problems) = read_file(input);
            documents.extend(docs);
            skipped.extend(problems);
        }
    }
    // The same text is the same article, as the browser's import decides: by its content id,
    // so the texts are not copied to compare them.
    let mut seen = std::collections::HashMap::new();
    documents.retain(|doc| match seen.entry(newslens_core::import::content_id(&doc.text)) {
        std::collections::hash_map::Entry::Occupied(first) => {
            skipped.push(format!("{}: the same text as {}; kept once", doc.meta.file, first.get()));
            false
        }
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(doc.meta.file.clone());
            true
        }
    });
    (documents, skipped)
}

fn read_file(path: &Path) -> (Vec<Document>, Vec<String>) {
    match read_text(path, MAX_TEXT_BYTES) {
        Ok(text) => articles::read(path, &text),
        Err(e) => (Vec::new(), vec![format!("{e}; skipped")]),
    }
}

fn read_manifest(dir: &Path, documents: &mut Vec<Document>, skipped: &mut Vec<String>) {
    let path = dir.join("manifest.toml");
    let (metas, diagnostics) = match read_text(&path, MAX_TEXT_BYTES) {
        Ok(src) => manifest::parse(&src),
        Err(e) => return skipped.push(e),
    };
    skipped.extend(diagnostics.iter().map(|d| format!("{}: {d}", path.display())));
    for meta in metas {
        match read_text(&dir.join(&meta.file), MAX_TEXT_BYTES) {
            Ok(text) => documents.push(Document::new(meta, text)),
            Err(e) => skipped.push(format!("{e}; skipped")),
        }
    }
}

/// The page with the bundle in a data block before the app's own, and the title set.
fn embed(page: &str, bundle: &[u8], title: Option<&str>) -> String {
    let mut deflated = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    deflated.write_all(bundle).expect("writing to memory");
    let data =
        base64::engine::general_purpose::STANDARD.encode(deflated.finish().expect("writing to memory"));
    let block = format!("<script type=\"application/octet-stream\" id=\"newslens-bundle\">{data}</script>\n");
    let at =
        page.find("<script type=\"application/octet-stream\" id=\"newslens-wasm\">").expect("checked by run");
    let mut html = format!("{}{block}{}", &page[..at], &page[at..]);
    if let Some(title) = title {
        html = html.replacen(
            "<title>NewsLens</title>",
            &format!("<title>{} · NewsLens</title>", escape(title)),
            1,
        );
    }
    html
}

/// Text for an HTML element's content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><title>NewsLens</title></head><body>\n<script type=\"application/octet-stream\" id=\"newslens-wasm\">AAAA</script>\n<script>boot</script></body></html>";

    #[test]
    fn the_bundle_goes_before_the_app_and_the_title_is_escaped() {
        let html = embed(PAGE, b"NLBUNDLE", Some("Rates <&> courts"));
        let bundle = html.find("id=\"newslens-bundle\"").unwrap();
        assert!(bundle < html.find("id=\"newslens-wasm\"").unwrap());
        assert!(html.contains("<title>Rates &lt;&amp;&gt; courts · NewsLens</title>"), "{html}");
        assert!(html.ends_with("<script>boot</script></body></html>"));
    }
}
