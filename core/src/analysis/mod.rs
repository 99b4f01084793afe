//! The analysis engine: `analyze(text, reference_date)` finds paragraphs, sentences, tokens and
//! labelled spans (PERSON, ORG, PLACE, GROUP, TIME, NUMBER, QUOTE) with their values.

pub mod number;
pub mod span;
pub mod time;

pub use span::{Label, NumberValue, Precision, Quantity, QuoteValue, Span, SpanValue, TimeValue, TimexType};
