//! Every query that parses, evaluated over a small index for the whole index and sentence by
//! sentence: no overflow of the stack, and a sentence is a result exactly when it has hits.
//! Run: `cargo xtask fuzz SECONDS`, or `cd core && RUSTC_BOOTSTRAP=1 cargo fuzz run search`.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newslens_core::search::query::parse;
use newslens_core::search::SearchIndex;
use newslens_core::{study::Study, Corpus, DocMeta, Document};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let text = "Kim Jong Un met Vladimir Putin in Moscow on Monday. About 10,000 troops moved. \
                    “We will see,” said Alexander Gabuev.";
        let meta = DocMeta::plain("a", "2024-10-29".parse().ok());
        let (corpus, _) = Corpus::new([Document::new(meta, text)]);
        let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
        SearchIndex::new(&corpus, &study)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok(Some(query)) = parse(src) else { return };
    let index = index();
    let results = index.eval(&query);
    for id in 0..index.len() as u32 {
        assert_eq!(index.hits(&query, id).is_some(), results.contains(&id), "{src:?}");
    }
});
