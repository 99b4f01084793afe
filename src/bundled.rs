//! The corpus embedded at build time (see `build.rs`): the texts are byte-identical to
//! `corpus/*.txt` and the metadata comes from `corpus/manifest.toml`.

use std::rc::Rc;

use newslens_core::analysis::theme::Themes;
use newslens_core::{Corpus, Date, DateConfidence, DocMeta, Document};

/// The bundled documents in manifest order.
pub fn documents() -> Vec<Document> {
    include!(concat!(env!("OUT_DIR"), "/bundled_documents.rs"))
}

/// The bundled corpus's themes, `corpus/themes.tsv`. The build script rejects a malformed file.
pub fn themes() -> Themes {
    Themes::parse(include_str!("../corpus/themes.tsv")).0
}

/// The bundled corpus with its themes. The build script rejects a manifest with errors, so
/// ids are unique.
pub fn corpus() -> Rc<Corpus> {
    Rc::new(Corpus::new(documents()).0.with_themes(themes()))
}
