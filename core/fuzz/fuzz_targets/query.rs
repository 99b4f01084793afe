//! The query parser on arbitrary text: it must never panic, and an error must point inside the
//! query. Run: `cargo xtask fuzz SECONDS` (every target), or `cd core && RUSTC_BOOTSTRAP=1 cargo
//! fuzz run query fuzz/corpus/query fuzz/seeds/query`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_core::search::query::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    if let Err(error) = parse(src) {
        assert!(error.at.start <= error.at.end && error.at.end <= src.len());
    }
});
