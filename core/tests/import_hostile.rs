//! The import rules on hostile shapes of text: one line of 10 MB.

use std::time::Instant;

use newslens_core::import::{decode, text_article};

#[test]
fn a_single_line_of_10_mb_is_one_article_with_a_short_title() {
    let line = "The harbour stayed closed on Tuesday. ".repeat(10_000_000 / 38 + 1);
    let start = Instant::now();
    let text = decode(line.clone().into_bytes()).unwrap().text;
    let doc = text_article("wire.txt", &text, false);
    eprintln!("read in {:?}", start.elapsed());
    // Not compared with assert_eq!, whose message would be the 10 MB.
    assert!(doc.text.trim_end() == line.trim_end(), "the text as it was");
    assert!(doc.label.chars().count() <= 120, "a label, not the line: {} chars", doc.label.len());
}
