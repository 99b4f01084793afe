//! Any bytes given to `bundle::open`: an error or a corpus whose every span lies on character
//! boundaries of its document, never a panic. Seeds: a real bundle of a short document.
//! Run: `cargo xtask fuzz SECONDS`, or `cd core && RUSTC_BOOTSTRAP=1 cargo fuzz run bundle`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_core::bundle;

fuzz_target!(|data: &[u8]| {
    let Ok(opened) = bundle::open(data) else { return };
    for (analysis, doc) in opened.study.analyses.iter().zip(opened.corpus.documents()) {
        for span in &analysis.spans {
            assert!(doc.text.get(span.range.clone()).is_some());
        }
    }
});
