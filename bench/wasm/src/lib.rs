//! NewsLens search in wasm, driven from Node.js by `tools/bench/search.mjs`: build the index over
//! a JSON array of texts, then run queries; timing happens in JavaScript, as for the peers.

use newslens_core::search::query::parse;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::{Corpus, DateConfidence, DocMeta, Document};
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
        let docs = texts.into_iter().enumerate().map(|(i, text)| {
            let meta = DocMeta {
                id: format!("s{i:05}"),
                file: format!("s{i:05}.txt"),
                title: None,
                kind: "synthetic".into(),
                derived_from: String::new(),
                reference_date: "2024-10-29".parse().ok(),
                date_confidence: DateConfidence::High,
                date_evidence: String::new(),
            };
            Document::new(meta, text)
        });
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
