//! NewsLens in wasm, driven from Node.js by `tools/bench/search.mjs` and `analysis.mjs`: build the
//! search index over a JSON array of texts and run queries, or analyse a text; timing happens in
//! JavaScript, as for the peers.

use newslens_core::search::query::parse;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::{Corpus, DocMeta, Document};
use wasm_bindgen::prelude::*;

/// An analysed corpus and its search index.
#[wasm_bindgen]
pub struct Bench {
    index: SearchIndex,
}

#[wasm_bindgen]
impl Bench {
    /// Analyses and indexes the texts of a JSON array of strings.
    #[wasm_bindgen(constructor)]
    pub fn new(texts_json: &str) -> Result<Bench, JsError> {
        let texts: Vec<String> = serde_json::from_str(texts_json)?;
        let reference = newslens_core::corpus::parse_iso_date("2024-10-29");
        let docs = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Document::new(DocMeta::plain(&format!("s{i:05}"), reference), text));
        let corpus = Corpus::new(docs).0;
        let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
        Ok(Bench { index: SearchIndex::new(&corpus, &study) })
    }

    /// How many sentences a query finds.
    pub fn search(&self, query: &str) -> Result<u32, JsError> {
        let query = parse(query).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(self.index.search(query.as_ref(), &[]).len() as u32)
    }
}

/// Analyses one text (reference date 2024-10-29) and returns how many spans it found.
#[wasm_bindgen]
pub fn analyze_text(text: &str) -> u32 {
    newslens_core::analysis::analyze(text, newslens_core::corpus::parse_iso_date("2024-10-29")).spans.len()
        as u32
}

/// The wasm linear memory in bytes.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65_536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}
