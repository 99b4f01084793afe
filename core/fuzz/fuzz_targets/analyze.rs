//! `analyze` on arbitrary bytes: it must never panic, and its ranges must be in bounds and on
//! character boundaries. Run: `cd core && RUSTC_BOOTSTRAP=1 cargo fuzz run analyze`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_core::analysis::analyze;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let reference = "2024-10-29".parse().ok().filter(|_| data.len() % 2 == 0);
    let analysis = analyze(text, reference);
    for span in &analysis.spans {
        assert!(span.range.start <= span.range.end && span.range.end <= text.len());
        assert!(text.is_char_boundary(span.range.start) && text.is_char_boundary(span.range.end));
    }
});
