//! Helpers shared by the integration tests: the bundled corpus read from `corpus/`.

use std::path::{Path, PathBuf};

use newslens_core::analysis::theme::Themes;
use newslens_core::{manifest, Corpus, Document};

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

pub fn read_corpus_file(name: &str) -> String {
    std::fs::read_to_string(corpus_dir().join(name)).unwrap()
}

/// The bundled corpus, as the app builds it.
#[allow(dead_code)] // Not every test binary uses every helper.
pub fn bundled_corpus() -> Corpus {
    let (metas, diagnostics) = manifest::parse(&read_corpus_file("manifest.toml"));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let documents = metas.into_iter().map(|meta| {
        let text = read_corpus_file(&meta.file);
        Document::new(meta, text)
    });
    let (themes, problems) = Themes::parse(&read_corpus_file("themes.tsv"));
    assert!(problems.is_empty(), "{problems:?}");
    Corpus::new(documents).0.with_themes(themes)
}
