//! TIME: dates, weekdays, months, seasons, years, decades, centuries, durations, sets and
//! vague references, resolved against the document's reference date.

use std::ops::Range;

use jiff::civil::Date;

use super::span::Span;

/// Finds the TIME expressions in one sentence (`text[sentence]`), resolving relative ones
/// against `reference` when it is known.
pub fn find_times(text: &str, sentence: Range<usize>, reference: Option<Date>) -> Vec<Span> {
    let _ = (text, sentence, reference);
    Vec::new()
}
