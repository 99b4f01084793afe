//! The address parser on arbitrary text: it must never panic, and what it reads must write
//! back to an address that reads the same. Run: `cd core && RUSTC_BOOTSTRAP=1 cargo fuzz run route`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_core::route::Route;

fuzz_target!(|data: &[u8]| {
    let Ok(hash) = std::str::from_utf8(data) else { return };
    let route = Route::parse(hash);
    assert_eq!(Route::parse(&route.to_hash()), route, "{hash:?}");
});
