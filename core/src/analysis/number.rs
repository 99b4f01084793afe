//! NUMBER: counts, money, percentages and measures, with ranges and hedges.

use std::ops::Range;

use super::span::Span;

/// Finds the NUMBER expressions in one sentence (`text[sentence]`).
pub fn find_numbers(text: &str, sentence: Range<usize>) -> Vec<Span> {
    let _ = (text, sentence);
    Vec::new()
}
