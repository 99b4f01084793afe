//! How long the engine's one-time loads take natively: `cargo run --release -p newslens-core --example startup`.
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let _ = newslens_core::analysis::gazetteer::Gazetteer::builtin();
    println!("gazetteers: {:?}", t.elapsed());
    let t = Instant::now();
    let _ = newslens_core::analysis::analyze("Kim met Putin on Monday, said 10,000 people.", None);
    println!("first analyze after the gazetteers (lexicons, time and number words): {:?}", t.elapsed());
    let t = Instant::now();
    let _ = newslens_core::analysis::analyze("Kim met Putin on Monday, said 10,000 people.", None);
    println!("second analyze: {:?}", t.elapsed());
}
