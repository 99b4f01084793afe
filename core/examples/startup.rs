//! How long the engine's one-time loads take natively: `cargo run --release -p newslens-core --example startup`.
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let _ = newslens_core::analysis::analyze("Kim met Putin on Monday.", None);
    println!("first analyze (loads gazetteers, lexicons, time words): {:?}", t.elapsed());
    let t = Instant::now();
    let _ = newslens_core::analysis::analyze("Kim met Putin on Monday.", None);
    println!("second analyze: {:?}", t.elapsed());
}
